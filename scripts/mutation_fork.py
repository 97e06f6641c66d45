"""Run mutants that mutmut generated against a few chosen tests, one forked child per mutant.

    cd mutants   # after `bash scripts/mutation.sh ...` generated them (mutmut 3)
    PYTHONPATH=$PWD/src BLOCGRAPH_TEST_CACHE_DIR=DIR python ../scripts/mutation_fork.py \\
        OUT.txt 'xǁNameIndexǁ_read' -- tests/test_resolve.py -k shard

mutmut starts a new Python for every mutant and runs every test that calls the mutated
function; on the shared two-core machine that is a minute or more per mutant of `resolve.py`
(every lookup calls it). Here the heavy modules are imported once, and each mutant runs in a
forked child (so no cache of one mutant leaks into the next) against the tests named on the
command line, stopping at the first failure. MUTANT_UNDER_TEST selects the mutant, as in
mutmut's own runs. The first line is the unmutated code, which must survive.

OUT.txt gets one line per mutant: ``NAME killed(EXIT)`` or ``NAME survived``, then ``DONE``.
FAMILY is a regular expression over mutmut's mangled function names in ``src/blocgraph/
resolve.py`` (``xǁClassǁmethod``, ``x_function``); MODULE (``--module``) picks another file.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

# -n 0: the tests in this forked process (pyproject's addopts would start xdist workers, which
# import the code afresh, without the mutant).
ONE_PROCESS = ["-x", "-q", "-p", "no:cacheprovider", "-n", "0"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("family", help="regex over the mangled names, e.g. 'x_fold|x_shard'")
    parser.add_argument("--module", default="resolve", help="a module of blocgraph")
    parser.add_argument("pytest_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    pytest_args = [a for a in args.pytest_args if a != "--"]
    os.environ["MUTANT_UNDER_TEST"] = ""  # the original code while importing
    from pathlib import Path

    import pytest

    import blocgraph.lookups  # noqa: F401  - the heavy imports, once, before forking
    import blocgraph.store  # noqa: F401

    text = Path(f"src/blocgraph/{args.module}.py").read_text(encoding="utf-8")
    found = set(re.findall(r"def ((?:" + args.family + r")__mutmut_\d+)\(", text))
    names = sorted(found, key=lambda n: (n.rsplit("__mutmut_", 1)[0], int(n.rsplit("_", 1)[1])))
    with open(args.out, "a", encoding="utf-8") as log:
        for name in ["ORIGINAL", *names]:
            full = f"blocgraph.{args.module}.{name}"
            pid = os.fork()
            if pid == 0:
                os.environ["MUTANT_UNDER_TEST"] = "" if name == "ORIGINAL" else full
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                os._exit(int(pytest.main([*ONE_PROCESS, *pytest_args])))
            _, status = os.waitpid(pid, 0)
            code = os.waitstatus_to_exitcode(status)
            log.write(f"{full} {'survived' if code == 0 else f'killed({code})'}\n")
            log.flush()
        log.write("DONE\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
