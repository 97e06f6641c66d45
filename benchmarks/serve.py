"""How long ``blocgraph serve`` takes to answer its main pages and the SPARQL endpoint.

    python benchmarks/serve.py [--runs 10] [--port PORT]

Starts ``blocgraph serve`` in its own process on a free loopback port (building the store first
if needed), asks each URL once ("first": nothing cached, e.g. a timeline drawn) and then --runs
times, and prints the first time and the median and maximum of the rest, in milliseconds,
with the size of the answer. A last line asks the SCO's page from 4 clients at once, --runs
times each, and prints the median and maximum.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

MEMBERS_QUERY = """PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?state ?status WHERE {
  ?m org:organization <https://w3id.org/blocgraph/id/bloc/SCO> ;
     org:member ?state ; org:role ?status .
}"""

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
    args = parser.parse_args()
    port = args.port or free_port()
    subprocess.run([sys.executable, "-m", "blocgraph", "build"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "blocgraph", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
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
            cases = [*URLS, ("SPARQL SELECT (JSON)", "/sparql", {"query": MEMBERS_QUERY})]
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
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
