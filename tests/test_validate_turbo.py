"""A second engine checks the fast validator (issue 8): pyshacl-turbo, a Rust SHACL engine behind
pySHACL's API that reads a pyoxigraph store. Both engines must report the same results,
messages and values included:

* on every shape fixture, valid and invalid, each on its own (with the ontology and the
  reference states);
* on a sample of the shipped data, with every invalid fixture added: every hand-written file
  but the meeting records of blocs other than the SCO, and a slice of the Correlates of War
  import chosen by name, not by chance (its blocs, states and source whole; the memberships of
  every curated bloc, of every 20th COW bloc in IRI order, and of ACCT, the bloc whose COW rows
  reach outside its lifetime: the warnings of ``MembershipBlocLifetimeShape``). Every shape
  has focus nodes in the sample (checked), and both kinds of warning the shipped data raises
  are among its results.

The whole knowledge base (588k triples) takes pyshacl-turbo over a quarter of an hour, so that
comparison is a benchmark, not a test: ``python benchmarks/validate_turbo.py`` runs both
engines on all of it and prints their results, whether they agree, and their times.

pyshacl-turbo needs Python 3.11 or later: it is in the test extra for those Pythons, CI runs
it, and on an older Python this test says so and skips."""

from __future__ import annotations

import gzip
import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from blocgraph import paths
from blocgraph.namespaces import ID
from blocgraph.validate import memory_store, validate_graph, validate_store

SHAPES = Path(__file__).parent / "shapes"
INVALID = sorted((SHAPES / "invalid").glob("*.ttl"))
FIXTURES = sorted((SHAPES / "valid").glob("*.ttl")) + INVALID
# The sample's COW slice: every COW_STRIDE-th COW bloc (in IRI order), and these blocs.
COW_STRIDE = 20
COW_BLOCS = {"ACCT"}  # the COW rows outside the bloc's lifetime (warnings)

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


def _compare(files: list[Path]):
    """Both engines on ``files`` (with the ontology and reference states): the fast report, once
    the two agree."""
    store = memory_store(files)
    fast = validate_store(store, files)
    turbo = validate_graph(store, files, engine=pyshacl_turbo)
    assert fast.conforms == turbo.conforms
    difference = (_results(fast) - _results(turbo)) + (_results(turbo) - _results(fast))
    assert not difference, f"{len(difference)} results differ: {list(difference)[:5]}"
    return fast, store


def test_there_are_fixtures_of_both_kinds():
    assert INVALID and len(FIXTURES) > len(INVALID)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_turbo_agrees_with_the_fast_engine_on_each_fixture(fixture):
    fast, _ = _compare([fixture])
    if fixture.parent.name == "valid":
        assert fast.conforms, fast.as_text()
    else:  # <Shape>-<case>.ttl: a result of that shape, or of a property shape it holds
        shape = fixture.name.split("-", 1)[0]
        named = {s.rsplit("#", 1)[-1] for v in fast.violations for s in v.source_shapes}
        assert shape in named, fast.as_text()


def cow_slice(folder: Path) -> Path:
    """The sample's part of the COW import, as an N-Triples file in ``folder``."""
    data = paths.data_dir()
    lines = gzip.decompress((data / "cow" / "cow-igo-v3.nt.gz").read_bytes()).decode("utf-8")
    lines = lines.splitlines(keepends=True)
    bloc, membership = f"<{ID}bloc/", f"<{ID}membership/"
    cow_blocs = sorted(
        {line[len(bloc) :].split(">", 1)[0] for line in lines if line.startswith(bloc)}
    )
    curated = {p.stem for p in (data / "blocs").glob("*.ttl")} | {"SCO"}
    chosen = curated | set(cow_blocs[::COW_STRIDE]) | COW_BLOCS
    assert set(cow_blocs) >= COW_BLOCS, "a bloc named for the sample is not in the COW import"
    kept = [
        line
        for line in lines
        if not line.startswith(membership) or line[len(membership) :].split("/", 1)[0] in chosen
    ]
    out = folder / "cow-slice.nt"
    out.write_text("".join(kept), encoding="utf-8")
    return out


def sample_files(folder: Path) -> list[Path]:
    """The sample of the shipped data (see the module's docstring)."""
    data = paths.data_dir()
    hand = [
        f
        for f in paths.data_files()
        if f.relative_to(data).parts[0] != "cow"
        and not (f.relative_to(data).parts[0] == "meetings" and f.parent.name != "SCO")
    ]
    assert any(f.relative_to(data).parts[0] == "meetings" for f in hand)
    return hand + [cow_slice(folder)]


def test_turbo_agrees_with_the_fast_engine_on_a_sample_of_the_kb(tmp_path):
    from blocgraph.shacl_sparql import QueryBuilder, Validator

    fast, store = _compare(sample_files(tmp_path) + INVALID)
    # every shape is exercised: each has focus nodes in the sample
    shapes = Validator(paths.shapes_files()).shapes
    idle = [
        str(shape.node)
        for shape in shapes
        if not list(store.query(f"SELECT ?this WHERE {QueryBuilder.targets(shape)} LIMIT 1"))
    ]
    assert not idle, f"shapes without a focus node in the sample: {idle}"
    # every invalid fixture's violation, and both kinds of warning of the shipped data
    assert sum(v.severity == "Violation" for v in fast.violations) >= len(INVALID)
    warned = {v.shape.rsplit("#", 1)[-1] for v in fast.violations if v.severity == "Warning"}
    assert {"MembershipBlocLifetimeShape", "UntiedQuoteShape"} <= warned, warned
