"""How well and how fast `blocgraph extract` reads reports: the gold corpus, both splits.

    python benchmarks/extract.py [--split dev|heldout|both] [--details]

For each split of tests/extract/corpus: participant precision and recall on (meeting, state,
capacity), date and host accuracy on the gold meetings whose text pins them, and invented facts
(a proposed participant, host or date whose quote is not verbatim in the text or does not
name the state or hold the date). Targets: recall >= 0.9, precision >= 0.95, 0 invented.

Timing: the first run (gazetteer built from the store and cached; the store itself already
built) and a warm run, both as `blocgraph extract` processes on a 2,000-character report.

Where it loses: every missed gold participant, wrong proposal, wrong date and wrong host,
counted by the stage that lost it (blocgraph.extract.score.LOSS_STAGES). These are totals with
no report named, printed for both splits.

The misses and extras are listed for the dev split only (or with --details): the held-out
split is for measuring, not for reading while the extractor is tuned.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "extract" / "corpus"


def run_split(name: str, details: bool) -> bool:
    from blocgraph.extract import gazetteer
    from blocgraph.extract.report import extract_report, to_json
    from blocgraph.extract.score import score_split
    from blocgraph.store import open_embedded

    folder = CORPUS / name
    if not any(folder.glob("*.json")):
        print(f"{name}: no reports in {folder}")
        return True
    store = open_embedded()
    gaz = gazetteer.load(store)

    def run(text: str, published: str | None) -> dict:
        return to_json(extract_report(text, published, name, store=store))

    score = score_split(folder, run, gaz)
    print(f"== {name}: {score.documents} reports")
    print(
        f"participants  precision {score.precision:.3f}  recall {score.recall:.3f}  "
        f"({score.true_positives} right of {score.proposed} proposed, {score.gold} gold)"
    )
    dates, hosts = (
        f"{score.dates_right}/{score.dates_pinned}",
        f"{score.hosts_right}/{score.hosts_pinned}",
    )
    print(f"dates         {score.date_accuracy:.3f}  ({dates} pinned)")
    print(f"hosts         {score.host_accuracy:.3f}  ({hosts} pinned)")
    print(f"invented      {len(score.invented)}")
    print_losses(score)
    if details:
        for line in score.invented:
            print(f"  invented: {line}")
        for line in score.misses:
            print(f"  missed:   {line}")
        for line in score.extras:
            print(f"  extra:    {line}")
    return score.recall >= 0.9 and score.precision >= 0.95 and not score.invented


def print_losses(score) -> None:
    from blocgraph.extract.score import LOSS_STAGES

    wrong = score.proposed - score.true_positives
    print(
        f"where it loses: {score.gold - score.true_positives} gold participants missed, "
        f"{wrong} proposals wrong; meetings paired {score.gold_meetings_paired}/"
        f"{score.gold_meetings} gold, {score.proposed_meetings} proposed"
    )
    for stage, meaning in LOSS_STAGES.items():
        count = score.losses.get(stage, 0)
        print(f"  {stage:<40} {count:>5}   {meaning}")


def timing() -> None:
    """Wall time of `blocgraph extract` on a 2,000-character report, with the gazetteer cache
    removed (first run) and then kept (warm runs)."""
    from blocgraph.extract import gazetteer

    text = (REPO / "tests" / "extract" / "corpus" / "dev" / "01-seed-sco-ewg-2020.txt").read_text(
        encoding="utf-8"
    )
    report = (text * 2)[:2000]
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(report)
    command = [
        sys.executable,
        "-m",
        "blocgraph",
        "extract",
        f.name,
        "--published",
        "2020-02",
        "--format",
        "json",
        "-o",
        os.devnull,
    ]
    subprocess.run(command, env=env, check=True)  # the store, built if needed: not timed
    gazetteer.cache_path().unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True)
    first = time.perf_counter() - start
    warm = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True)
        warm.append(time.perf_counter() - start)
    os.unlink(f.name)
    warm.sort()
    print(f"== timing: a {len(report)}-character report, `blocgraph extract` as a process")
    print(f"first run (gazetteer built and cached)  {first:.2f} s")
    print(f"warm run, median of 5                   {warm[2]:.2f} s   (target < 2 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
    parser.add_argument("--details", action="store_true", help="list misses on every split")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    met = [run_split(s, args.details or s == "dev") for s in splits]
    if not args.no_timing:
        timing()
    print("targets met" if all(met) else "targets NOT met")


if __name__ == "__main__":
    main()
