"""A second engine checks the fast validator on the whole knowledge base (issue 8).

pySHACL itself does not finish the full KB (the overlap constraint runs one query per
membership); pyshacl-turbo, a Rust SHACL engine behind pySHACL's API that reads a pyoxigraph
store, does, in minutes. Both engines must report the same results, messages and values
included, on all the shipped data with every invalid fixture added (one run: the shipped data's
results are a part of it, and each run takes minutes).

pyshacl-turbo needs Python 3.11 or later: it is in the test extra for those Pythons, CI runs
it, and on an older Python this test says so and skips."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from blocgraph import paths
from blocgraph.validate import memory_store, validate_graph, validate_store

INVALID = sorted((Path(__file__).parent / "shapes" / "invalid").glob("*.ttl"))

if sys.version_info < (3, 11):
    pytest.skip("pyshacl-turbo needs Python >= 3.11", allow_module_level=True)
try:
    import pyshacl_turbo
except ImportError:  # pragma: no cover - the test extra installs it on 3.11+
    if os.environ.get("CI"):
        raise
    pytest.skip("pyshacl-turbo is not installed: pip install '.[test]'", allow_module_level=True)


def _results(report) -> Counter:
    return Counter(
        (v.focus, v.shape, v.path, v.severity, v.value, v.message) for v in report.violations
    )


def test_turbo_agrees_with_the_fast_engine_on_the_whole_kb():
    files = list(paths.data_files()) + INVALID
    store = memory_store(files)
    fast = validate_store(store, files)
    turbo = validate_graph(store, files, engine=pyshacl_turbo)
    assert fast.conforms == turbo.conforms
    difference = (_results(fast) - _results(turbo)) + (_results(turbo) - _results(fast))
    assert not difference, f"{len(difference)} results differ: {list(difference)[:5]}"
    # every invalid fixture's violation, and the COW data's warnings, are among them
    assert sum(v.severity == "Violation" for v in fast.violations) >= len(INVALID)
    assert any(v.severity == "Warning" for v in fast.violations)
