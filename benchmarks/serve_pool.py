"""What running /sparql queries in worker processes costs a request, without HTTP around it.

    python benchmarks/serve_pool.py [--runs 300]

The same small queries (an ASK, a SELECT of the SCO's memberships as JSON, a DESCRIBE as
Turtle), alternately in the server's own process (a thread within the deadline, as ``serve``
ran them before the pool) and through a ``QueryPool`` worker (a round trip on a socket).
Prints the median and 90th percentile of each, in milliseconds, and the difference.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import time

from blocgraph.bounded import run
from blocgraph.pool import QueryPool
from blocgraph.store import open_embedded
from blocgraph.web import sparql

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300)
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
            h, t = statistics.median(here), statistics.median(there)
            h90 = statistics.quantiles(here, n=10)[-1]
            t90 = statistics.quantiles(there, n=10)[-1]
            print(f"{name:<20} {h:>10.2f} {h90:>11.2f} {t:>10.2f} {t90:>11.2f} {t - h:>+8.2f}")
    finally:
        pool.close()


if __name__ == "__main__":
    main()
