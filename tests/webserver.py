"""``blocgraph serve``'s application on a free loopback port, in a thread of the test process
(uvicorn, as ``serve`` runs it), for the HTTP and browser tests; the real command in a
subprocess, for the tests that must see ``blocgraph serve`` itself; and resources with queries
that run for hours, for the tests of the deadline."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest


class ServedApp:
    """``create_app(store)`` served by uvicorn on 127.0.0.1:<free port> until ``close``, with
    its lifespan (which starts and stops the query workers) as ``serve`` runs it."""

    def __init__(self, store, workers: int = 2) -> None:
        import uvicorn

        from blocgraph.web.app import create_app

        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(store, workers=workers)
        config = uvicorn.Config(self.app, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)

    @property
    def pool(self):
        """The application's pool of query workers (``blocgraph.pool.QueryPool``)."""
        return self.app.state.query_pool()

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()


@pytest.fixture(scope="module")
def server(store):
    """The application over the session's store, served for one test module (shared by
    test_web.py and test_web_browser.py, which import it)."""
    served = ServedApp(store)
    yield served
    served.close()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServeCommand:
    """``python -m blocgraph serve --port N`` in a subprocess (the caller's environment, so its
    BLOCGRAPH_CACHE_DIR and BLOCGRAPH_RESOURCES), stopped by its PID."""

    def __init__(self, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "blocgraph", *extra, "serve", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=os.environ.copy(),
        )
        deadline = time.monotonic() + 120  # a first run builds the store
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"blocgraph serve exited: {self.process.stderr.read()!r}")
            try:
                httpx.get(self.url + "/sparql?query=ASK%7B%7D", timeout=2)
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError("blocgraph serve did not answer in 120 s") from None
                time.sleep(0.2)

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()


# A named query with a parameter that runs for hours (the SCO's memberships, each with every
# pair of triples), and the generic page's query made to do the same: in a copy of the
# resources, beside the real queries. The store is the session's (same data, same fingerprint).
RUNAWAY_NAMED = """# title: Pairs of facts beside a bloc's memberships (runs for hours)
# param: bloc  bloc  required  the bloc
SELECT (COUNT(*) AS ?n) WHERE {
  # @parameters
  ?m <http://www.w3.org/ns/org#organization> ?bloc .
  ?a ?b ?c . ?d ?e ?f
}
"""
RUNAWAY_RESOURCE = """# title: Everything about one IRI, after counting every pair of triples
# param: iri  iri  required  the IRI
SELECT ?direction ?property ?value ?value_label WHERE {
  # @parameters
  ?iri ?property ?value .
  BIND("out" AS ?direction)
  { SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } }
}
"""


@pytest.fixture()
def runaway_resources(tmp_path, monkeypatch, store):
    """BLOCGRAPH_RESOURCES: the current ontology and data, their queries (mtimes kept, so the
    store's fingerprint is the same) plus ``runaway-pairs`` and a runaway ``resource``."""
    import shutil

    from blocgraph import paths

    root = tmp_path / "resources"
    root.mkdir()
    for folder in ("ontology", "data"):
        (root / folder).symlink_to(paths.resource_root() / folder, target_is_directory=True)
    shutil.copytree(paths.queries_dir(), root / "queries")
    (root / "queries" / "runaway-pairs.rq").write_text(RUNAWAY_NAMED)
    (root / "queries" / "resource.rq").write_text(RUNAWAY_RESOURCE)
    monkeypatch.setenv("BLOCGRAPH_RESOURCES", str(root))
    return root
