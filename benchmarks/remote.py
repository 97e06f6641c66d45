"""How long a lookup takes against a SPARQL endpoint (``blocgraph --endpoint URL ...``).

    python benchmarks/remote.py URL [--runs 9]

Two figures per named query, medians of --runs:

* in-process: ``RemoteStore(URL).select(...)`` after a first warm-up call (the HTTP client, the
  query and the server's answer; no start-up);
* cold: ``python -m blocgraph --endpoint URL members SCO --on 2020-02-20`` as a new process
  (what a user waits for), wall and CPU (user + system) time.

Point it at a store that ``blocgraph load`` filled. To compare two versions of blocgraph, run
it with ``PYTHONPATH`` pointing at each one's ``src``. Figures only: nothing here asserts a
time.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time

CASES = [
    ("members-on", {"bloc": "SCO", "date": "2020-02-20"}),
    ("blocs", {}),
    ("observers-attended", {"bloc": "SCO", "year": "2020"}),
]
COLD = ["members", "SCO", "--on", "2020-02-20", "--format", "json"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)

    from blocgraph import lookups
    from blocgraph.store import RemoteStore

    store = RemoteStore(args.url)
    print(f"{args.url}, medians of {args.runs}")
    for name, params in CASES:
        rows = len(lookups.run_query(store, name, params).rows)  # warm-up
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            lookups.run_query(store, name, params)
            times.append(time.perf_counter() - started)
        print(f"  {name:<12} in-process {statistics.median(times) * 1000:7.1f} ms ({rows} rows)")
    wall, cpu = [], []
    for _ in range(args.runs):
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "blocgraph", "--endpoint", args.url, *COLD],
            capture_output=True,
            text=True,
            check=False,
        )
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime)
        if result.returncode != 0:
            sys.exit(f"remote.py: the lookup failed: {result.stderr.strip()[-300:]}")
    print(
        f"  cold `members SCO --on 2020-02-20`: wall {statistics.median(wall) * 1000:.0f} ms, "
        f"CPU {statistics.median(cpu) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
