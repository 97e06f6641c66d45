"""How long a load's look for stale staging graphs takes, with the knowledge base loaded:
``SELECT DISTINCT ?g`` over every quad (what blocgraph sent to every store but Oxigraph
before) against what ``Sparql.graphs`` sends now (``GROUP BY ?g``; on Oxigraph, as before,
``GRAPH ?g { }``), on Virtuoso and on an Oxigraph server.

    eval "$(bash scripts/stores.sh start)"    # Virtuoso (VIRTUOSO_QUERY_URL etc.)
    python benchmarks/stale_staging.py [--runs 3] [--busy] [--skip-oxigraph]

Virtuoso is the one ``scripts/stores.sh`` started (credentials from VIRTUOSO_USER /
VIRTUOSO_PASSWORD, digest); the knowledge base is loaded into it first if its graph is empty.
The Oxigraph server is started here, as the store tests start it, and the knowledge base
loaded into it. One stale staging graph is written into each store so that there is
something to find, and removed at the end. Each query text is sent ``--runs`` times as the
load sends it (the same text each time, so the store's plan cache counts, as it does for
loads); a query the store gives up on is shown with the time it took and its error.
``--busy``: then again while another load of the knowledge base runs, into a graph of its
own (as the store tests' two workers share one Virtuoso).
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from blocgraph.errors import StoreError  # noqa: E402
from blocgraph.load import KB_GRAPH, STAGING_PREFIX  # noqa: E402
from blocgraph.load_http import Client  # noqa: E402
from blocgraph.load_protocol import Sparql  # noqa: E402
from stores.helpers import Endpoint, start_oxigraph, stop, virtuoso_from_env  # noqa: E402

#: What blocgraph sent on every store but Oxigraph before.
OLD = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def timed(call) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        call()
        return time.perf_counter() - started, ""
    except StoreError as err:
        code = re.search(r"\b(S[A-Z]\d{3})\b[^\n]*", str(err))  # Virtuoso's SR171 etc.
        return time.perf_counter() - started, code[0][:60] if code else str(err)[:60]


def report(label: str, results: list[tuple[float, str]]) -> None:
    seconds = [s for s, _ in results]
    errors = sorted({e for _, e in results if e})
    line = f"  {label:26} median {statistics.median(seconds):7.3f} s  max {max(seconds):7.3f} s"
    line += f"  ({len(results)} runs"
    failed = sum(1 for _, e in results if e)
    print(line + (f", {failed} failed: {'; '.join(errors)})" if failed else ")"), flush=True)


def while_loading(endpoint: Endpoint, cases: dict) -> None:
    """The same queries while another load of the knowledge base (into a graph of its own)
    runs: the tests' two workers sharing one server."""
    graph = f"https://w3id.org/blocgraph/test/bench-busy-{uuid.uuid4().hex[:8]}"
    load = [sys.executable, "-m", "blocgraph", *endpoint.load_args("--graph", graph, gsp=True)]
    env = {**os.environ, "BLOCGRAPH_TIMEOUT": "600"}
    process = subprocess.Popen(load, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    print(f"  while another load runs (into <{graph}>):", flush=True)
    try:
        time.sleep(5)  # past its export, into its upload
        for label, call in reversed(cases.items()):  # the quick one first, while it runs
            results = []
            while process.poll() is None and len(results) < 20:
                results.append(timed(call))
                time.sleep(1)
            if results:
                report(label, results)
        if process.wait() != 0:
            print(f"  (the other load failed: {process.stderr.read().decode()[-300:]})")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        with Client(retries=1) as client:
            Sparql(client, endpoint.query, endpoint.update).update(
                f"DROP SILENT GRAPH <{graph}>", "removing the busy graph"
            )


def measure(endpoint: Endpoint, runs: int, busy: bool = False) -> None:
    for name in ("BLOCGRAPH_USER", "BLOCGRAPH_PASSWORD", "BLOCGRAPH_AUTH"):
        os.environ.pop(name, None)  # Oxigraph's writes need none
    os.environ.update(endpoint.env)
    with Client(timeout=300, retries=0) as client:
        sparql = Sparql(client, endpoint.query, endpoint.update)
        sparql.probe()
        if not sparql.count(KB_GRAPH):
            print(f"{endpoint.name}: loading the knowledge base …", flush=True)
            load = [sys.executable, "-m", "blocgraph", *endpoint.load_args(gsp=True)]
            subprocess.run(load, check=True, env={**os.environ, "BLOCGRAPH_TIMEOUT": "600"})
        triples = sparql.count(None)
        stale = f"{STAGING_PREFIX}20200101T000000Z-{uuid.uuid4().hex[:16]}/add"
        sparql.update(f"INSERT DATA {{ GRAPH <{stale}> {{ <urn:x:s> <urn:x:p> 1 }} }}", "seed")
        try:
            found = sparql.graphs(STAGING_PREFIX, "listing")
            assert stale in found, found
            cases = {
                "SELECT DISTINCT ?g": lambda: sparql._results(OLD, "old listing"),
                "Sparql.graphs": lambda: sparql.graphs(STAGING_PREFIX, "new listing"),
            }
            print(f"{endpoint.name} ({sparql.server.strip()}), {triples} triples:")
            for label, call in cases.items():
                report(label, [timed(call) for _ in range(runs)])
            if busy:
                while_loading(endpoint, cases)
        finally:
            sparql.update(f"DROP SILENT GRAPH <{stale}>", "removing the seed")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-oxigraph", action="store_true")
    parser.add_argument(
        "--busy", action="store_true", help="time them again while another load runs"
    )
    args = parser.parse_args(argv)
    virtuoso = virtuoso_from_env()
    if virtuoso is not None:
        measure(virtuoso, args.runs, args.busy)
    else:
        print('no Virtuoso: eval "$(bash scripts/stores.sh start)" starts one')
    if not args.skip_oxigraph:
        with tempfile.TemporaryDirectory(prefix="blocgraph-stale-bench-") as folder:
            endpoint, process = start_oxigraph(Path(folder))
            try:
                measure(endpoint, args.runs, args.busy)
            finally:
                stop(process)


if __name__ == "__main__":
    main()
