"""How long ``blocgraph serve`` takes to answer its main pages and the SPARQL endpoint.

    python benchmarks/serve.py [--runs 10] [--port PORT]

Starts ``blocgraph serve`` in its own process on a free loopback port (building the store first
if needed), asks each URL once ("first": nothing cached, e.g. a timeline drawn) and then --runs
times, and prints the first time and the median and maximum of the rest, in milliseconds,
with the size of the answer. A last line asks the SCO's page from 4 clients at once, --runs
times each, and prints the median and maximum.

Then a runaway query (a cartesian product, counted) against the server's deadline (--timeout, 5 s by
default), from /sparql and as a named query on /query (``runaway-pairs``, with a bloc as its
parameter, which the server sees beside the real queries: BLOCGRAPH_RESOURCES is a temporary
copy of them plus that one): how long its 503 took, how much CPU the server and its query
workers used in the 3 s after it (a query left running would use about a core), and how long
the next small query took.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

MEMBERS_QUERY = """PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?state ?status WHERE {
  ?m org:organization <https://w3id.org/blocgraph/id/bloc/SCO> ;
     org:member ?state ; org:role ?status .
}"""

ASK_QUERY = "ASK { <https://w3id.org/blocgraph/id/bloc/SCO> ?p ?o }"
# Every pair of triples, counted: nothing to send until it ends (hours), so neither the size cap
# nor a client going away stops it; only the deadline.
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
# The same as a named query with a parameter (the /query page runs it).
RUNAWAY_NAMED = """# title: Pairs of facts beside a bloc's memberships (runs for hours)
# param: bloc  bloc  required  the bloc
SELECT (COUNT(*) AS ?n) WHERE {
  # @parameters
  ?m <http://www.w3.org/ns/org#organization> ?bloc .
  ?a ?b ?c . ?d ?e ?f
}
"""


def resources_with_runaway(folder: str) -> str:
    """A resources folder: the real ontology and data (linked), the real queries and
    ``runaway-pairs.rq``. Query files keep their times, so the store is the same one."""
    from blocgraph import paths

    root = os.path.join(folder, "resources")
    os.makedirs(root)
    for name in ("ontology", "data"):
        os.symlink(paths.resource_root() / name, os.path.join(root, name))
    shutil.copytree(paths.queries_dir(), os.path.join(root, "queries"))
    with open(os.path.join(root, "queries", "runaway-pairs.rq"), "w") as out:
        out.write(RUNAWAY_NAMED)
    return root


URLS = [
    ("home", "/", {}),
    ("bloc page SCO", "/id/bloc/SCO", {}),
    ("timeline SCO (svg)", "/timeline.svg?bloc=SCO", {}),
    ("state page BLR", "/id/state/BLR", {}),
    ("meeting page", "/id/meeting/SCO/dsewg-9", {}),
    ("generic page (body)", "/id/body/SCO/council-of-heads-of-state", {}),
    ("state BLR as Turtle", "/id/state/BLR", {"Accept": "text/turtle"}),
    ("search 'shanghai'", "/search?q=shanghai", {}),
    ("named query members-on", "/query/members-on?bloc=SCO&date=2017-06-09", {}),
    ("ontology docs", "/ontology", {}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(client: httpx.Client, path: str, headers: dict, params=None) -> tuple[float, int]:
    started = time.perf_counter()
    response = client.get(path, headers=headers, params=params)
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed, len(response.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=5.0, help="the server's --timeout")
    parser.add_argument("--runaway-only", action="store_true", help="skip the page timings")
    args = parser.parse_args()
    port = args.port or free_port()
    subprocess.run([sys.executable, "-m", "blocgraph", "build"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    scratch = tempfile.mkdtemp(prefix="blocgraph-bench-")
    env = {**os.environ, "BLOCGRAPH_RESOURCES": resources_with_runaway(scratch)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "blocgraph",
            "--timeout",
            f"{args.timeout:g}",
            "serve",
            "--port",
            str(port),
        ],  # fmt: skip
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            for _ in range(200):
                try:
                    client.get("/sparql", params={"query": "ASK {}"})
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            if args.runaway_only:
                runaway(client, server.pid, args.timeout)
                return
            cases = [
                *URLS,
                ("SPARQL SELECT (JSON)", "/sparql", {"query": MEMBERS_QUERY}),
                ("SPARQL ASK", "/sparql", {"query": ASK_QUERY}),
            ]
            print(f"{'what':<28} {'first ms':>9} {'median ms':>10} {'max ms':>8} {'bytes':>9}")
            for name, path, extra in cases:
                params = extra if "query" in extra else None
                headers = {} if params else extra
                first, size = timed(client, path, headers, params)
                rest = [timed(client, path, headers, params)[0] for _ in range(args.runs)]
                print(f"{name:<28} {first:>9.1f} {statistics.median(rest):>10.1f} "
                      f"{max(rest):>8.1f} {size:>9}")  # fmt: skip

            def bloc_page(_: int) -> list[float]:
                with httpx.Client(base_url=base, timeout=120) as own:
                    return [timed(own, "/id/bloc/SCO", {})[0] for _ in range(args.runs)]

            with ThreadPoolExecutor(4) as pool:
                times = [t for batch in pool.map(bloc_page, range(4)) for t in batch]
            print(f"{'bloc page SCO, 4 clients':<28} {'':>9} {statistics.median(times):>10.1f} "
                  f"{max(times):>8.1f}")  # fmt: skip
            runaway(client, server.pid, args.timeout)
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(scratch, ignore_errors=True)


def runaway(client: httpx.Client, server: int, timeout: float) -> None:
    for what, path, params in [
        ("runaway query (/sparql)", "/sparql", {"query": CARTESIAN}),
        ("runaway named query (/query)", "/query/runaway-pairs", {"bloc": "SCO"}),
    ]:
        started = time.perf_counter()
        response = client.get(path, params=params)
        took = time.perf_counter() - started
        print(f"\n{what}: HTTP {response.status_code} after {took:.2f} s (deadline {timeout:g} s)")
        if os.path.isdir("/proc/self"):
            aftermath(client, server)


def aftermath(client: httpx.Client, server: int) -> None:
    family = {server, *children(server)}
    before = sum(cpu_seconds(p) for p in family)
    time.sleep(3)
    used = sum(cpu_seconds(p) for p in {server, *children(server)}) - before
    print(f"CPU of the server and its workers in the 3 s after: {used:.2f} s")
    started = time.perf_counter()
    client.get("/sparql", params={"query": MEMBERS_QUERY}).raise_for_status()
    print(f"next small query: {(time.perf_counter() - started) * 1000:.1f} ms")


def children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.add(int(entry))
            except OSError:
                continue
    return found


def cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
