"""Exports keep asserted and derived triples apart where the format can (TriG) and carry both,
or the asserted ones alone (--asserted-only), where it cannot."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from blocgraph.derive import add_to_store
from blocgraph.export import write
from blocgraph.namespaces import DERIVED_GRAPH

BG = "https://w3id.org/blocgraph/ontology#"
INPUT = b"""
@prefix bg: <https://w3id.org/blocgraph/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/blocgraph/id/membership/X/FRA/member/2005> a bg:Membership ;
    schema:startDate "2005"^^xsd:gYear ; schema:endDate "2019-09"^^xsd:gYearMonth .
"""
PARSE = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.load(INPUT, ox.RdfFormat.TURTLE)
    add_to_store(store)
    return store


def _split(store: ox.Store) -> tuple[set, set]:
    asserted = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    derived = {
        q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(DERIVED_GRAPH))
    }
    return asserted, derived


def _exported(store, fmt: str, asserted_only: bool, to_path=None) -> list:
    if to_path is not None:
        write(store, str(to_path), fmt, asserted_only)
        data = to_path.read_bytes()
    else:
        out = io.BytesIO()
        write(store, out, fmt, asserted_only)
        data = out.getvalue()
    return list(ox.parse(data, PARSE[fmt]))


def test_the_store_holds_both_kinds(store):
    asserted, derived = _split(store)
    assert len(asserted) == 3
    validity = {
        (t.predicate.value, t.object.value) for t in derived if "valid" in t.predicate.value
    }
    assert validity == {(BG + "validFrom", "2005-01-01"), (BG + "validUntil", "2019-09-30")}


def test_trig_keeps_the_graphs_apart(store):
    asserted, derived = _split(store)
    quads = _exported(store, "trig", False)
    assert {q.triple for q in quads if q.graph_name == ox.DefaultGraph()} == asserted
    assert {q.triple for q in quads if q.graph_name == ox.NamedNode(DERIVED_GRAPH)} == derived
    assert len(quads) == len(asserted) + len(derived)


@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld", "trig"])
@pytest.mark.parametrize("to_file", [False, True], ids=["stream", "path"])
def test_asserted_only_leaves_out_the_derived_triples(store, fmt, to_file, tmp_path):
    asserted, _derived = _split(store)
    found = _exported(store, fmt, True, tmp_path / f"kb.{fmt}" if to_file else None)
    assert {getattr(q, "triple", q) for q in found} == asserted


@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld"])
@pytest.mark.parametrize("to_file", [False, True], ids=["stream", "path"])
def test_graphless_formats_carry_both_as_one_graph(store, fmt, to_file, tmp_path):
    asserted, derived = _split(store)
    found = _exported(store, fmt, False, tmp_path / f"kb.{fmt}" if to_file else None)
    triples = [getattr(q, "triple", q) for q in found]
    assert all(getattr(q, "graph_name", ox.DefaultGraph()) == ox.DefaultGraph() for q in found)
    assert set(triples) == asserted | derived
    assert len(triples) == len(asserted | derived)  # each once
    assert not list(tmp_path.glob("*.part")), "a part file left behind"


def test_cli_asserted_only(cli_run, store, tmp_path):
    """The flag through the CLI, on the shipped knowledge base: no derived property left."""
    out = tmp_path / "kb.nt"
    result = cli_run("export", "--format", "nt", "--asserted-only", "-o", str(out))
    assert result.exit_code == 0, result.output
    predicates = {t.predicate.value for t in ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES)}
    assert BG + "validFrom" not in predicates and BG + "participantMembership" not in predicates
    assert "http://www.w3.org/ns/org#member" in predicates
