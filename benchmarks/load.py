"""How long `blocgraph load` takes into an Oxigraph server, against Oxigraph's own bulk loader.

    python benchmarks/load.py [--runs 3] [--work DIR]

Uses the knowledge base of the current resources (point ``BLOCGRAPH_RESOURCES`` at a folder made
by ``benchmarks/generate.py`` for a larger one). Each run starts from empty stores:

* bulk loader: ``oxigraph load --location NEW --file kb.nt`` (offline, into a new folder);
* ``blocgraph load --gsp`` into an empty server: what a user runs (the export, asserted and
  derived triples apart, into one transactional N-Quads Graph Store POST);
* the same from the exported file (``--input kb.nt``): the load without the export;
* ``--replace`` again with the graph unchanged: the reload, which sends only the difference.

Prints the median of --runs for each, with its ratio to the bulk loader, and the CPU time the
loading process itself used (user + system: what the HTTP client and the diff cost, steadier
than wall time on a busy machine). The server is started as the store tests start it
(``tests/stores/helpers.py``). Figures only: nothing here asserts a time.

To compare two versions of blocgraph, run this with ``PYTHONPATH`` pointing at each one's
``src`` (the loads run as ``python -m blocgraph``).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The store tests' own way of finding, starting and stopping an Oxigraph server.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from stores.helpers import oxigraph_binary, start_oxigraph, stop  # noqa: E402

BLOCGRAPH = [sys.executable, "-m", "blocgraph"]


CPU: dict[str, list[float]] = {}


def timed(argv: list[str], label: str | None = None) -> float:
    """Wall seconds of running ``argv``; its CPU seconds go to ``CPU[label]``."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"load.py: {' '.join(argv[:3])} … failed: {result.stderr.strip()[-500:]}")
    if label:
        cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
        CPU.setdefault(label, []).append(cpu)
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: temp)")
    args = parser.parse_args(argv)
    binary = oxigraph_binary()
    if binary is None:
        sys.exit("load.py: no oxigraph binary (pip install '.[test]' installs it)")
    work = Path(tempfile.mkdtemp(prefix="blocgraph-load-bench-", dir=args.work))
    try:
        subprocess.run([*BLOCGRAPH, "build"], check=True)
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
            bulk_label = "oxigraph load (bulk, offline)"
            figures.setdefault(bulk_label, []).append(
                timed(
                    [binary, "load", "--location", str(folder / "bulk"), "--file", str(kb)],
                    bulk_label,
                )
            )
            for label, extra in (
                ("blocgraph load --gsp (export + POST)", ()),
                ("blocgraph load --gsp --input kb.nt", ("--input", str(kb))),
            ):
                server_folder = folder / label.split()[-1].replace(".", "-")
                server_folder.mkdir()
                endpoint, process = start_oxigraph(server_folder)
                try:
                    load = [*BLOCGRAPH, *endpoint.load_args(*extra, gsp=True)]
                    figures.setdefault(label, []).append(timed(load, label))
                    if not extra:
                        again_label = "… --replace, unchanged"
                        again = timed([*load, "--replace"], again_label)
                        figures.setdefault(again_label, []).append(again)
                finally:
                    stop(process)
            shutil.rmtree(folder, ignore_errors=True)
        bulk = statistics.median(figures["oxigraph load (bulk, offline)"])
        print(f"median of {args.runs} runs{'':17}seconds   × bulk   CPU s")
        for label, seconds in figures.items():
            median = statistics.median(seconds)
            cpu = statistics.median(CPU[label])
            print(f"  {label:40} {median:7.2f}   {median / bulk:5.2f}x  {cpu:6.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
