"""Both SHACL engines on the whole knowledge base: the fast one and pyshacl-turbo.

    python benchmarks/validate_turbo.py [--with-invalid]

The test (tests/test_validate_turbo.py) compares the engines on every shape fixture and on a
sample of the shipped data; pyshacl-turbo takes over a quarter of an hour on all of it, so the
comparison on the whole knowledge base is here. Prints the store's size, each engine's time and
results by severity and shape, and whether the two report the same results (focus node, shape,
path, severity, value and message); exits 1 when they do not. ``--with-invalid`` adds every
invalid shape fixture to the data, as the test's sample does. Figures only: nothing here
asserts a time. pyshacl-turbo needs Python 3.11 or later (``pip install '.[test]'``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from blocgraph import paths

INVALID = sorted((Path(__file__).parents[1] / "tests" / "shapes" / "invalid").glob("*.ttl"))


def _results(report) -> Counter:
    return Counter(
        (v.focus, v.shape, v.path, v.severity, v.value, v.message) for v in report.violations
    )


def _summary(report) -> str:
    """Whether it conforms, then one line per (severity, shape) with its count."""
    by_shape = Counter((v.severity, v.shape.rsplit("#", 1)[-1]) for v in report.violations)
    lines = [f"conforms: {'yes' if report.conforms else 'no'}"]
    lines += [f"    {n:6d} {severity} {shape}" for (severity, shape), n in sorted(by_shape.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--with-invalid", action="store_true", help="add every invalid shape fixture"
    )
    args = parser.parse_args(argv)
    try:
        import pyshacl_turbo
    except ImportError:
        print("pyshacl-turbo is not installed: pip install '.[test]' (Python >= 3.11)")
        return 2
    from blocgraph.validate import memory_store, validate_graph, validate_store

    files = paths.data_files() + (INVALID if args.with_invalid else [])
    started = time.perf_counter()
    store = memory_store(files)
    print(
        f"{len(files)} files, {len(store)} triples (with derived ones): "
        f"loaded in {time.perf_counter() - started:.1f} s"
    )
    started = time.perf_counter()
    fast = validate_store(store, files)
    print(f"fast engine: {time.perf_counter() - started:.1f} s; {_summary(fast)}")
    sys.stdout.flush()
    started = time.perf_counter()
    turbo = validate_graph(store, files, engine=pyshacl_turbo)
    print(f"pyshacl-turbo: {time.perf_counter() - started:.1f} s; {_summary(turbo)}")
    only_fast = _results(fast) - _results(turbo)
    only_turbo = _results(turbo) - _results(fast)
    if fast.conforms == turbo.conforms and not only_fast and not only_turbo:
        print("the same results")
        return 0
    print(f"DIFFERENT: {sum(only_fast.values())} only fast, {sum(only_turbo.values())} only turbo")
    for label, extra in (("only fast", only_fast), ("only turbo", only_turbo)):
        for result in list(extra)[:5]:
            print(f"  {label}: {result}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
