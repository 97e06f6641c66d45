#!/usr/bin/env bash
# Mutation testing with mutmut 3 (configured in pyproject.toml, [tool.mutmut]); see
# docs/mutation.md for the last run's survivors and why each is harmless or was killed.
#
#   bash scripts/mutation.sh                       # resolve.py and queries.bind (the default)
#   bash scripts/mutation.sh 'blocgraph.dates.*'   # any mutmut name patterns (fnmatch)
#   bash scripts/mutation.sh 'blocgraph.dates.*' 'blocgraph.derive.*'
#
# Environment: MUTATION_CHILDREN (parallel mutants, default 1: the machine is shared).
# The mutants are generated for the files in [tool.mutmut] only_mutate (resolve, queries, dates,
# derive); a pattern naming another module matches nothing until it is added there.
# Prints mutmut's summary, then one line per surviving or timed-out mutant; `mutmut show NAME`
# gives a mutant's diff. The working folder mutants/ is left for that (it is git-ignored).
# A timeout on a loaded machine is often a kill: re-run one mutant without the time limit with
#   cd mutants && MUTANT_UNDER_TEST=NAME PYTHONPATH=$PWD/src python -m pytest -x tests/test_derive.py
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "$#" -eq 0 ]; then
    set -- 'blocgraph.resolve.*' 'blocgraph.queries.x_bind*'
fi

# mutmut imports the mutated copy (mutants/src); nothing may put the original first.
unset PYTHONPATH
export BLOCGRAPH_RESOURCES="$root"
# One store for every test session: built here once by the unmutated code (tests/conftest.py
# honours BLOCGRAPH_TEST_CACHE_DIR). Builds the tests make themselves still run mutated code.
cache=$(mktemp -d "${TMPDIR:-/tmp}/blocgraph-mutation.XXXXXX")
trap 'rm -rf "$cache"' EXIT
export BLOCGRAPH_TEST_CACHE_DIR="$cache"
BLOCGRAPH_CACHE_DIR="$cache" PYTHONPATH="$root/src" python -m blocgraph build >/dev/null

rm -rf mutants
mutmut run --max-children "${MUTATION_CHILDREN:-1}" "$@"
echo
echo "not killed (survived, timeout, no tests, suspicious):"
mutmut results
