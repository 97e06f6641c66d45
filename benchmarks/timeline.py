"""How long a timeline takes to draw, and a completion to answer.

    python benchmarks/timeline.py [--runs 3]

For blocs of growing size (SCO ~27 rows, NATO ~33, the AU ~55, the UN ~190) and one state across
its blocs (Belarus), the median time to gather the rows (the queries), and to render SVG and PNG
(matplotlib), in one warm process. Then the whole-process time of `blocgraph timeline SCO` and of
one Tab (`blocgraph members S<Tab>` through click's completion protocol), each a fresh process
("cold": a new interpreter; the store already built), next to `blocgraph members SCO`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _cold(args: list[str], env: dict, runs: int) -> float:
    def run() -> None:
        subprocess.run(args, env=env, capture_output=True, check=True)

    return _median_seconds(run, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()

    from blocgraph import plots
    from blocgraph.store import open_embedded

    store = open_embedded()
    print(f"{'picture':<22} {'rows':>5} {'data ms':>8} {'svg ms':>8} {'png ms':>8} {'svg kB':>7}")
    for label, kwargs in (
        ("SCO", {"bloc": "SCO"}),
        ("NATO", {"bloc": "NATO"}),
        ("AU", {"bloc": "AU"}),
        ("UN (COW)", {"bloc": "UN"}),
        ("--state Belarus", {"state": "BLR"}),
    ):
        data = plots.timeline(store, **kwargs)
        gather = _median_seconds(lambda kw=kwargs: plots.timeline(store, **kw), options.runs)
        svg = _median_seconds(lambda d=data: plots.svg_of(d), options.runs)
        png = _median_seconds(
            lambda d=data: plots._render(plots.figure_for(d), "png"), options.runs
        )
        size = len(plots.svg_of(data).encode()) / 1000
        print(
            f"{label:<22} {len(data.rows):>5} {gather * 1000:>8.0f} {svg * 1000:>8.0f} "
            f"{png * 1000:>8.0f} {size:>7.0f}"
        )

    env = os.environ.copy()
    exe = [sys.executable, "-m", "blocgraph"]
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "sco.svg")
        timeline = _cold([*exe, "timeline", "SCO", "-o", out], env, options.runs)
    members = _cold([*exe, "members", "SCO"], env, options.runs)
    tab_env = {
        **env,
        "_BLOCGRAPH_COMPLETE": "bash_complete",
        "COMP_WORDS": "blocgraph members S",
        "COMP_CWORD": "2",
    }
    tab = _cold(exe, tab_env, options.runs)
    print()
    print(f"{'cold process':<40} {'ms':>6}")
    print(f"{'blocgraph timeline SCO -o sco.svg':<40} {timeline * 1000:>6.0f}")
    print(f"{'blocgraph members SCO (for reference)':<40} {members * 1000:>6.0f}")
    print(f"{'blocgraph members S<Tab> (completion)':<40} {tab * 1000:>6.0f}")


if __name__ == "__main__":
    main()
