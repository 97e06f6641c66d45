"""Mutation run over the temporal shapes' SPARQL constraints (issue 12; docs/mutation.md).

    python scripts/mutate_shapes.py [--list]

mutmut mutates Python, not the SPARQL text of ``ontology/blocgraph.shapes.ttl``, which both
validation engines run. This script makes the mutants itself: in every ``sh:select`` of a
constraint that compares the derived bounds (``bg:validFrom`` / ``bg:validUntil``), one
operator at a time is changed (``<`` / ``<=`` / ``>`` / ``>=`` swapped for their neighbours,
``&&`` / ``||`` swapped, ``NOT EXISTS`` / ``EXISTS`` swapped, a ``!`` dropped). Each mutant's
shapes file is written into a copy of the resources folder (``BLOCGRAPH_RESOURCES``), and the
shape-fixture tests run against it (``tests/test_shapes.py``: every valid fixture conforms,
every invalid one fails for its named shape and nothing else). A mutant is killed when they
fail. ``--list`` prints the mutants without running them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "blocgraph.shapes.ttl"
SELECT = re.compile(r'sh:select """(.*?)"""', re.S)
# Operators between spaces only: "<" also opens IRIs.
OPERATORS = {
    " < ": [" <= ", " > "],
    " <= ": [" < ", " >= "],
    " > ": [" >= ", " < "],
    " >= ": [" > ", " <= "],
    " && ": [" || "],
    " || ": [" && "],
    "NOT EXISTS": ["EXISTS"],
    "!BOUND": ["BOUND"],
    "!(": ["("],
}
TOKEN = re.compile("|".join(re.escape(op) for op in sorted(OPERATORS, key=len, reverse=True)))


def mutants(text: str) -> list[tuple[str, str]]:
    """(description, mutated shapes text) for every operator of every temporal constraint."""
    found = []
    for block in SELECT.finditer(text):
        body = block.group(1)
        if "bg:validFrom" not in body and "bg:validUntil" not in body:
            continue
        line = text.count("\n", 0, block.start()) + 1
        for token in TOKEN.finditer(body):
            op = token.group(0)
            at = block.start(1) + token.start()
            line_start = text.rfind("\n", 0, at) + 1
            if text[line_start:at].lstrip().startswith("#"):
                continue  # a comment in the query: not a mutant
            for replacement in OPERATORS[op]:
                mutated = text[:at] + replacement + text[at + len(op) :]
                row = text.count("\n", 0, at) + 1
                found.append(
                    (
                        f"select at line {line}, line {row}: {op.strip()!r} -> "
                        f"{replacement.strip()!r}",
                        mutated,
                    )
                )
    return found


def killed(mutated: str, workdir: Path) -> bool:
    resources = workdir / "resources"
    if resources.exists():
        shutil.rmtree(resources)
    (resources / "ontology").mkdir(parents=True)
    for entry in (ROOT / "ontology").iterdir():
        target = resources / "ontology" / entry.name
        if entry.name == SHAPES.name:
            target.write_text(mutated, encoding="utf-8")
        elif entry.is_dir():
            shutil.copytree(entry, target)
        else:
            shutil.copy2(entry, target)
    for name in ("data", "queries"):
        (resources / name).symlink_to(ROOT / name)
    env = dict(os.environ, BLOCGRAPH_RESOURCES=str(resources))
    env["BLOCGRAPH_CACHE_DIR"] = str(workdir / "cache")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "-n",  # one process: pyproject's addopts would start a worker per core
            "0",
            "tests/test_shapes.py",
            "-k",
            "fixture",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    return run.returncode != 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="only list the mutants")
    args = parser.parse_args()
    found = mutants(SHAPES.read_text(encoding="utf-8"))
    if args.list:
        for description, _ in found:
            print(description)
        return 0
    survivors = []
    with tempfile.TemporaryDirectory() as tmp:
        if killed(SHAPES.read_text(encoding="utf-8"), Path(tmp)):
            print("the unmutated shapes fail the fixture tests: nothing to measure")
            return 2
        for description, mutated in found:
            verdict = "killed" if killed(mutated, Path(tmp)) else "SURVIVED"
            print(f"{verdict:8}  {description}", flush=True)
            if verdict == "SURVIVED":
                survivors.append(description)
    print(f"{len(found)} mutants, {len(found) - len(survivors)} killed, {len(survivors)} survived")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
