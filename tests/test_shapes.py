"""Shape fixtures: every valid/*.ttl conforms; every invalid/<Shape>-<case>.ttl fails with a
result from the shape its name gives (and on the path its `# expect-path:` line gives; and, where
an `# expect-focus:` line lists IRIs, at exactly those focus nodes: a rule that compares two facts
must report both, which pins each comparison of the pair, scripts/mutate_shapes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocgraph.namespaces import SHAPES
from blocgraph.validate import validate_files

HERE = Path(__file__).parent / "shapes"
VALID = sorted((HERE / "valid").glob("*.ttl"))
INVALID = sorted((HERE / "invalid").glob("*.ttl"))


def test_fixture_folders_are_not_empty():
    assert VALID and len(INVALID) >= 15


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_conforms(path):
    report = validate_files([path])
    assert report.conforms, report.as_text()
    assert not report.violations, report.as_text()


ID = "https://w3id.org/blocgraph/id/"


def _expected_focus(path: Path) -> set[str] | None:
    for line in path.read_text().splitlines():
        if line.startswith("# expect-focus:"):
            return {ID + tail for tail in line.split(":", 1)[1].split()}
    return None


def _expected_path(path: Path) -> str | None:
    for line in path.read_text().splitlines():
        if line.startswith("# expect-path:"):
            value = line.split(":", 1)[1].strip()
            return value or None
    return None


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_fails_for_the_named_reason(path):
    shape = SHAPES + path.stem.split("-", 1)[0]
    report = validate_files([path])
    matching = [v for v in report.violations if any(s.startswith(shape) for s in v.source_shapes)]
    if matching and all(v.severity in ("Warning", "Info") for v in matching):
        # A warning shape (a source anomaly, not an error): reported, but the data conforms.
        assert report.conforms, report.as_text()
    else:
        assert not report.conforms, f"{path.name} conforms but should not"
    assert matching, f"no result from {shape}:\n{report.as_text()}"
    expected_path = _expected_path(path)
    if expected_path:
        assert any(v.path == expected_path for v in matching), report.as_text()
    expected_focus = _expected_focus(path)
    if expected_focus is not None:
        assert {v.focus for v in matching} == expected_focus, report.as_text()
    # The fixture breaks one rule: nothing else in it may be reported.
    others = [v for v in report.violations if v not in matching]
    assert not others, f"unexpected results:\n{report.as_text()}"


def test_every_shape_has_a_fixture():
    """A shape without an invalid fixture is a check nobody has seen fail. Every node shape
    with a target (of any kind: a shape the compiler refuses still needs a fixture) counts;
    there is no exemption list."""
    from rdflib import RDF, Graph, URIRef

    sh = "http://www.w3.org/ns/shacl#"
    targets = [URIRef(sh + t) for t in TARGET_PREDICATES]
    g = Graph()
    for p in (Path(__file__).parents[1] / "ontology").glob("*.shapes.ttl"):
        g.parse(p)
    node_shapes = {
        str(s).removeprefix(SHAPES)
        for s in g.subjects(RDF.type, URIRef(sh + "NodeShape"))
        if any(g.value(s, t) is not None for t in targets)
    }
    assert len(node_shapes) >= 16, sorted(node_shapes)
    assert all(":" not in name for name in node_shapes), "a targeted shape outside bgsh:"
    covered = {p.stem.split("-", 1)[0] for p in INVALID}
    # DerivedBoundsShape fires only on data blocgraph did not derive from, which validate never
    # sees: tests/test_shapes_dates.py runs stock pySHACL on raw data files to see it fail.
    missing = node_shapes - covered - {"DerivedBoundsShape"}
    assert not missing, f"shapes with no invalid fixture: {sorted(missing)}"
    unknown = covered - node_shapes
    assert not unknown, f"fixtures named after no targeted shape: {sorted(unknown)}"


TARGET_PREDICATES = ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "target")


def test_every_constraint_has_a_message():
    from rdflib import RDF, Graph, URIRef

    sh = "http://www.w3.org/ns/shacl#"
    g = Graph()
    for p in (Path(__file__).parents[1] / "ontology").glob("*.shapes.ttl"):
        g.parse(p)
    constrained = set(g.subjects(URIRef(sh + "path"), None)) | set(
        g.subjects(RDF.type, URIRef(sh + "SPARQLConstraint"))
    )
    # Property shapes nested in sh:node helpers carry no message of their own: their holder does.
    holders = set(g.objects(None, URIRef(sh + "node")))
    without = [
        str(s)
        for s in constrained
        if not g.value(s, URIRef(sh + "message"))
        and not any((h, URIRef(sh + "property"), s) in g for h in holders)
    ]
    assert not without, f"constraints without sh:message: {without}"
