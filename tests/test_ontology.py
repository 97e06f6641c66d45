"""The ontology files parse, and every class and property is documented."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from blocgraph import paths
from blocgraph.namespaces import BG

ONTOLOGY_FILES = paths.ontology_files()


def test_ontology_folder_is_not_empty():
    names = {p.name for p in ONTOLOGY_FILES}
    assert {"blocgraph.ttl", "vocabularies.ttl"} <= names
    assert paths.shapes_files(), "no *.shapes.ttl in ontology/"


@pytest.mark.parametrize("path", ONTOLOGY_FILES + paths.shapes_files(), ids=lambda p: p.name)
def test_parses(path):
    assert len(Graph().parse(path, format="turtle")) > 0


def _ontology():
    g = Graph()
    for p in ONTOLOGY_FILES:
        g.parse(p, format="turtle")
    return g


def test_every_term_is_documented():
    g = _ontology()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    terms = {s for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(BG)}
    assert len(terms) > 40
    undocumented = [
        str(t) for t in terms if not (g.value(t, RDFS.label) and g.value(t, RDFS.comment))
    ]
    assert not undocumented, f"terms without rdfs:label and rdfs:comment: {undocumented}"


def test_terms_used_in_data_are_declared(store):
    """Every bg: property or class the data uses is declared in the ontology (catches typos)."""
    g = _ontology()
    declared = {str(s) for s in g.subjects() if str(s).startswith(BG)}
    from blocgraph.store import _from_oxigraph  # noqa: F401  (store fixture builds the KB)

    used = set()
    for quad in store.triples():
        for term in (quad.predicate, quad.object):
            value = getattr(term, "value", "")
            if isinstance(value, str) and value.startswith(BG):
                used.add(value)
    assert used - declared == set(), f"undeclared terms: {sorted(used - declared)}"


@pytest.mark.parametrize(
    "scheme, notations",
    [
        (
            "membership-status",
            {
                "member",
                "observer",
                "dialogue-partner",
                "associate-member",
                "partner-country",
                "partner",
                "applicant",
            },
        ),
        ("participation-capacity", {"member", "observer", "dialogue-partner", "guest", "host"}),
        ("attendance", {"attended", "absent", "invited"}),
    ],
)
def test_controlled_values(scheme, notations):
    g = _ontology()
    skos = "http://www.w3.org/2004/02/skos/core#"
    scheme_iri = URIRef(f"https://w3id.org/blocgraph/id/scheme/{scheme}")
    found = {
        str(g.value(c, URIRef(skos + "notation")))
        for c in g.subjects(URIRef(skos + "inScheme"), scheme_iri)
    }
    assert notations <= found
