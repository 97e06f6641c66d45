"""Helpers of the store tests: finding and starting stores, reading graphs back, running the
CLI in-process, and a proxy that fails on purpose.

* Oxigraph: each test session starts its own ``oxigraph serve`` (PyPI ``oxigraph``, in the
  ``test`` extra) on a free loopback port with its data in a temporary folder, and stops it by
  PID at the end.
* Virtuoso: the one ``scripts/stores.sh start`` runs, found through the variables it exports
  (VIRTUOSO_QUERY_URL, VIRTUOSO_UPDATE_URL, VIRTUOSO_GSP_URL, VIRTUOSO_USER,
  VIRTUOSO_PASSWORD, VIRTUOSO_AUTH).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from click.testing import CliRunner

from blocgraph.cli import cli
from needs import missing  # noqa: F401  (re-exported for the store tests' fixtures)

#: Oxigraph answers the one N-Quads POST of the whole knowledge base (0.6 M triples, two graphs)
#: after it has stored it: 20 s on a quiet 2-core machine, over 60 s (the default timeout) at a
#: load average of 10. These tests check answers; benchmarks/load.py the time.
KB_LOAD_ENV = {"BLOCGRAPH_TIMEOUT": os.environ.get("BLOCGRAPH_TIMEOUT", "300")}


CREDENTIAL_VARS = ("BLOCGRAPH_USER", "BLOCGRAPH_PASSWORD", "BLOCGRAPH_AUTH", "BLOCGRAPH_ENDPOINT")


@dataclass
class Endpoint:
    """One store: its URLs and the environment its writes need (credentials)."""

    name: str
    query: str
    update: str
    gsp: str
    env: dict[str, str] = field(default_factory=dict)
    pid: int | None = None

    def load_args(self, *extra: str, gsp: bool = False) -> list[str]:
        args = ["load", "--endpoint", self.query, "--update-endpoint", self.update]
        if gsp:
            args += ["--gsp", self.gsp]
        return args + list(extra)


def run_cli(*args: str, env: dict[str, str] | None = None):
    """The CLI in-process; stdout and stderr apart."""
    return CliRunner().invoke(cli, list(args), obj={}, env=env, catch_exceptions=False)


def sparql_json(query_url: str, query: str, graph: str | None = None) -> dict:
    params = {"query": query}
    if graph:
        params["default-graph-uri"] = graph
    request = urllib.request.Request(
        f"{query_url}?{urllib.parse.urlencode(params)}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def count_triples(query_url: str, graph: str | None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    data = sparql_json(query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(data["results"]["bindings"][0]["n"]["value"])


def graph_lines(query_url: str, graph: str | None) -> set[str]:
    """A graph's triples as canonical N-Triples lines (through pyoxigraph)."""
    import pyoxigraph

    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    data = sparql_json(query_url, f"SELECT ?s ?p ?o WHERE {{ {pattern} }}")
    lines = set()
    for b in data["results"]["bindings"]:
        terms = []
        for name in ("s", "p", "o"):
            cell = b[name]
            if cell["type"] == "uri":
                terms.append(pyoxigraph.NamedNode(cell["value"]))
            elif cell["type"] == "bnode":
                terms.append(pyoxigraph.BlankNode(cell["value"]))
            else:
                terms.append(
                    pyoxigraph.Literal(
                        cell["value"],
                        datatype=pyoxigraph.NamedNode(cell["datatype"])
                        if cell.get("datatype") and not cell.get("xml:lang")
                        else None,
                        language=cell.get("xml:lang"),
                    )
                )
        lines.add(f"{pyoxigraph.Triple(*terms)} .")
    return lines


def staging_graphs(query_url: str) -> list[str]:
    from blocgraph.load import STAGING_PREFIX

    # Grouped and picked here: on Virtuoso, with the FILTER in the query or as SELECT
    # DISTINCT, the list takes seconds to minutes (see Sparql.graphs).
    query = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    data = sparql_json(query_url, query)
    names = [b["g"]["value"] for b in data["results"]["bindings"] if "g" in b]
    return [name for name in names if name.startswith(STAGING_PREFIX)]


def drop_graph(endpoint: Endpoint, graph: str) -> None:
    from blocgraph.load_http import Client
    from blocgraph.load_protocol import Sparql

    saved = {k: os.environ.get(k) for k in endpoint.env}
    os.environ.update(endpoint.env)
    try:
        client = Client(retries=1)
        Sparql(client, endpoint.query, endpoint.update).update(
            f"DROP SILENT GRAPH <{graph}>", "dropping a test graph"
        )
        client.close()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# --- Oxigraph --------------------------------------------------------------------------------


def virtuoso_from_env(env: dict[str, str] | None = None) -> Endpoint | None:
    """The Virtuoso that ``scripts/stores.sh start`` runs, from the variables it exports, with
    its credentials as blocgraph reads them and ``env`` added; None when they are not set."""
    names = ("VIRTUOSO_QUERY_URL", "VIRTUOSO_UPDATE_URL", "VIRTUOSO_GSP_URL")
    if not all(os.environ.get(n) for n in names):
        return None
    credentials = {
        "BLOCGRAPH_USER": os.environ.get("VIRTUOSO_USER", "dba"),
        "BLOCGRAPH_PASSWORD": os.environ.get("VIRTUOSO_PASSWORD", "dba"),
        "BLOCGRAPH_AUTH": os.environ.get("VIRTUOSO_AUTH", "digest"),
    }
    query, update, gsp = (os.environ[n] for n in names)
    return Endpoint("virtuoso", query, update, gsp, {**credentials, **(env or {})})


def oxigraph_binary() -> str | None:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "oxigraph", Path(sys.executable).parent / "oxigraph"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def start_oxigraph(folder: Path, union: bool = True) -> tuple[Endpoint, subprocess.Popen]:
    """``oxigraph serve`` on a free port; ``union``: with --union-default-graph."""
    binary = oxigraph_binary()
    if binary is None:
        missing("no oxigraph binary (pip install -e '.[test]' installs it)")
    port = free_port()
    log = open(folder / "server.log", "wb")  # noqa: SIM115 - lives as long as the server
    process = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(folder / "data"),
            "--bind",
            f"127.0.0.1:{port}",
            # Queries without FROM see every graph, the knowledge base's two included (as
            # Virtuoso's do, and as the README tells users to start it).
            *(["--union-default-graph"] if union else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/query?query=ASK%7B%7D", process, 30)
    except RuntimeError as err:
        stop(process)
        missing(f"oxigraph serve did not start: {err}; see {folder / 'server.log'}")
    endpoint = Endpoint("oxigraph", f"{base}/query", f"{base}/update", f"{base}/store")
    endpoint.pid = process.pid
    return endpoint, process


def stop(process: subprocess.Popen) -> None:
    """Stop the server we started, by its PID."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# --- Virtuoso --------------------------------------------------------------------------------


# --- a proxy that fails on purpose -------------------------------------------------------------


class FaultProxy:
    """An HTTP proxy on loopback in front of a store. ``rule(method, path, body, headers)``
    may answer a request itself with a status code (the request then never reaches the
    store), or fail it in one of these ways:

    * ``DROP``: close the connection without an answer (the request never reaches the store);
    * ``PASS_DROP``: pass the request on, then close the connection without an answer (the
      store did it; the client never hears so);
    * ``HANG``: never answer (the connection stays open until the proxy closes);

    None passes it on. Every request is recorded as (method, path, status) in ``log``
    (status 0 for the failures above), and its headers in ``headers``."""

    DROP, PASS_DROP, HANG = "drop", "pass-drop", "hang"

    def __init__(self, upstream: str, rule=None) -> None:
        self.upstream = urllib.parse.urlsplit(upstream)
        self.rule = rule or (lambda method, path, body, headers: None)
        self.log: list[tuple[str, str, int]] = []
        self.headers: list[dict[str, str]] = []
        self.closing = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                    body = self._chunked()
                proxy.headers.append(dict(self.headers.items()))
                status = proxy.rule(self.command, self.path, body, self.headers)
                if status in (proxy.DROP, proxy.HANG):
                    proxy.log.append((self.command, self.path, 0))
                    if status == proxy.HANG:
                        proxy.closing.wait(120)
                    self._drop()
                    return
                if status is not None and status != proxy.PASS_DROP:
                    payload = f"injected failure {status}".encode()
                    self.send_response(status)
                    for name, value in proxy.extra_headers(status):
                        self.send_header(name, value)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(payload)
                    proxy.log.append((self.command, self.path, status))
                    return
                conn = http.client.HTTPConnection(
                    proxy.upstream.hostname, proxy.upstream.port, timeout=300
                )
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "connection", "authorization")
                }
                headers.pop("Transfer-Encoding", None)
                headers.pop("transfer-encoding", None)
                conn.request(self.command, self.path, body=body or None, headers=headers)
                response = conn.getresponse()
                data = response.read()
                conn.close()
                if status == proxy.PASS_DROP:
                    proxy.log.append((self.command, self.path, 0))
                    self._drop()
                    return
                self.send_response(response.status, response.reason)
                for name, value in response.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)
                proxy.log.append((self.command, self.path, response.status))

            def _chunked(self) -> bytes:
                parts = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(parts)
                    parts.append(self.rfile.read(size))
                    self.rfile.readline()

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def extra_headers(self, status: int) -> list[tuple[str, str]]:
        return []

    def url(self, upstream_url: str) -> str:
        parts = urllib.parse.urlsplit(upstream_url)
        return self.base + parts.path + (f"?{parts.query}" if parts.query else "")

    def close(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()
