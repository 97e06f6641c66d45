"""How long `blocgraph load` takes into an Oxigraph server, against Oxigraph's own bulk loader.

    python benchmarks/load.py [--runs 3] [--work DIR]

Uses the knowledge base of the current resources (point ``BLOCGRAPH_RESOURCES`` at a folder made
by ``benchmarks/generate.py`` for a larger one). Each run starts from empty stores:

* bulk loader: ``oxigraph load --location NEW --file kb.nt`` (offline, into a new folder);
* ``blocgraph load --gsp`` into an empty server: what a user runs (the export streamed into one
  transactional Graph Store POST);
* the same from the exported file (``--input kb.nt``): the load without the export;
* ``--replace`` again with the graph unchanged: the reload, which sends only the difference.

Prints the median of --runs for each, with its ratio to the bulk loader. ``oxigraph`` is the
binary of the test extra (next to this interpreter, or on PATH). Figures only: nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if not found:
        sys.exit("load.py: no oxigraph binary (pip install '.[test]' installs it)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"load.py: {' '.join(argv[:3])} … failed: {result.stderr.strip()[-500:]}")
    return seconds


class Server:
    """An Oxigraph server on a free loopback port, on a new folder; stopped by its PID."""

    def __init__(self, binary: str, folder: Path) -> None:
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{self.base}/query?query=ASK%7B%7D", timeout=2).read()
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    sys.exit(f"load.py: oxigraph serve did not start on {self.base}")
                time.sleep(0.1)

    def load_args(self, *extra: str) -> list[str]:
        return [
            sys.executable, "-m", "blocgraph", "load",
            "--endpoint", f"{self.base}/query", "--gsp", f"{self.base}/store", *extra,
        ]  # fmt: skip

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: temp)")
    args = parser.parse_args(argv)
    binary = oxigraph_binary()
    work = Path(tempfile.mkdtemp(prefix="blocgraph-load-bench-", dir=args.work))
    try:
        subprocess.run([sys.executable, "-m", "blocgraph", "build"], check=True)
        kb = work / "kb.nt"
        export = timed(
            [sys.executable, "-m", "blocgraph", "export", "--format", "nt", "-o", str(kb)]
        )
        with open(kb, "rb") as stream:
            triples = sum(1 for line in stream if line.strip())
        print(f"{triples} triples, {kb.stat().st_size / 1e6:.0f} MB; export {export:.1f} s")
        figures: dict[str, list[float]] = {}
        for run in range(args.runs):
            folder = work / f"run-{run}"
            folder.mkdir()
            figures.setdefault("oxigraph load (bulk, offline)", []).append(
                timed([binary, "load", "--location", str(folder / "bulk"), "--file", str(kb)])
            )
            for label, extra in (
                ("blocgraph load --gsp (export + POST)", ()),
                ("blocgraph load --gsp --input kb.nt", ("--input", str(kb))),
            ):
                server = Server(binary, folder / label.split()[-1].replace(".", "-"))
                try:
                    figures.setdefault(label, []).append(timed(server.load_args(*extra)))
                    if not extra:
                        again = timed(server.load_args("--replace"))
                        figures.setdefault("… --replace, unchanged", []).append(again)
                finally:
                    server.stop()
            shutil.rmtree(folder, ignore_errors=True)
        bulk = statistics.median(figures["oxigraph load (bulk, offline)"])
        print(f"median of {args.runs} runs{'':17}seconds   × bulk")
        for label, seconds in figures.items():
            median = statistics.median(seconds)
            print(f"  {label:40} {median:7.2f}   {median / bulk:5.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
