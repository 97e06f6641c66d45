"""What running queries in worker processes costs, without HTTP around it.

    python benchmarks/serve_pool.py [--runs 300] [--page-runs 40]

1. /sparql: the same small queries (an ASK, a SELECT of the SCO's memberships as JSON, a
   DESCRIBE as Turtle), alternately in the server's own process (a thread within the deadline,
   as ``serve`` ran them before the pool) and through a ``QueryPool`` worker (a round trip on a
   socket).
2. The pages: what ``serve`` computes for a bloc page (SCO), a state page (BLR), a meeting page
   and a named query (members-on), alternately over the store in the server's own process (as
   before) and over a ``PooledStore`` (each of the page's queries in a worker, rows sent back).
3. The Python API: ``blocgraph.open()`` and its first lookup, then a warm lookup, in process
   (``in_process=True``) and with its worker (the default), each in a fresh interpreter.

Prints the median and 90th percentile of each, in milliseconds, and the difference.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from blocgraph import lookups
from blocgraph.bounded import run
from blocgraph.pool import PooledStore, QueryPool
from blocgraph.store import open_embedded
from blocgraph.web import app, sparql

QUERIES = [
    ("ASK", "ASK { <https://w3id.org/blocgraph/id/bloc/SCO> ?p ?o }", None),
    (
        "SELECT (JSON)",
        """PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?state ?status WHERE {
  ?m org:organization <https://w3id.org/blocgraph/id/bloc/SCO> ;
     org:member ?state ; org:role ?status .
}""",
        None,
    ),
    ("DESCRIBE (Turtle)", "DESCRIBE <https://w3id.org/blocgraph/id/state/BLR>", "text/turtle"),
]
LIMIT = 256 << 20


def _print_row(name: str, width: int, here: list[float], there: list[float]) -> None:
    """One row: median and p90 (ms) in this process and through the pool, and what it adds."""
    h, t = statistics.median(here), statistics.median(there)
    h90 = statistics.quantiles(here, n=10)[-1]
    t90 = statistics.quantiles(there, n=10)[-1]
    print(f"{name:<{width}} {h:>10.2f} {h90:>11.2f} {t:>10.2f} {t90:>11.2f} {t - h:>+8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--page-runs", type=int, default=40)
    args = parser.parse_args()
    store = open_embedded(timeout=60)
    pool = QueryPool(store.location, 1, timeout=60)
    try:
        print(f"{'query':<20} {'in process':>22} {'pool worker':>22} {'added':>8}")
        print(f"{'':<20} {'median':>10} {'p90':>11} {'median':>10} {'p90':>11} {'median':>8}")
        for name, text, accept in QUERIES:
            form, media = sparql.prepare(text, False, None, accept)
            pool.run(text, form, media, LIMIT)  # the worker is up and warm
            here: list[float] = []
            there: list[float] = []
            for _ in range(args.runs):
                started = time.perf_counter()
                run(functools.partial(sparql.evaluate, store, text, form, media, LIMIT), 60)
                here.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                pool.run(text, form, media, LIMIT)
                there.append((time.perf_counter() - started) * 1000)
            _print_row(name, 20, here, there)
    finally:
        pool.close()
    pages(store, args.page_runs)
    api(max(5, args.page_runs // 4))


PAGES: list[tuple[str, Callable]] = [
    ("bloc page SCO", lambda s: app._bloc_page(s, "SCO")),
    ("state page BLR", lambda s: app._state_page(s, "BLR")),
    ("meeting page", lambda s: app._meeting_page(s, "SCO/dsewg-9")),
    (
        "named query members-on",
        lambda s: lookups.run_query(s, "members-on", {"bloc": "SCO", "date": "2017-06-09"}),
    ),  # fmt: skip
]


def pages(store, runs: int) -> None:
    pooled = PooledStore(store, 1)
    try:
        print(f"\n{'page (its queries)':<24} {'in process':>22} {'pool workers':>22} {'added':>8}")
        print(f"{'':<24} {'median':>10} {'p90':>11} {'median':>10} {'p90':>11} {'median':>8}")
        for name, compute in PAGES:
            compute(store), compute(pooled)  # warm: timelines drawn, name tables read
            here: list[float] = []
            there: list[float] = []
            for _ in range(runs):
                for target, times in ((store, here), (pooled, there)):
                    started = time.perf_counter()
                    compute(target)
                    times.append((time.perf_counter() - started) * 1000)
            _print_row(name, 24, here, there)
    finally:
        pooled.close()


API_PROBE = """
import json, sys, time
started = time.perf_counter()
import blocgraph
kb = blocgraph.open(in_process=sys.argv[1] == "1")
kb.members("SCO", on="2020-02-20")
first = time.perf_counter() - started
warm = []
for _ in range(20):
    t = time.perf_counter()
    kb.members("SCO", on="2020-02-20")
    warm.append(time.perf_counter() - t)
kb.close()
print(json.dumps([first * 1000, sorted(warm)[10] * 1000]))
"""


def api(runs: int) -> None:
    print(f"\n{'Python API':<24} {'import+open+1st lookup':>22} {'warm lookup':>12}")
    for label, flag in (("in process", "1"), ("with its worker", "0")):
        firsts, warms = [], []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", API_PROBE, flag], check=True,
                                 capture_output=True, text=True, env=os.environ.copy())  # fmt: skip
            first, warm = json.loads(out.stdout)
            firsts.append(first)
            warms.append(warm)
        print(f"{label:<24} {statistics.median(firsts):>19.1f} ms "
              f"{statistics.median(warms):>9.2f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
