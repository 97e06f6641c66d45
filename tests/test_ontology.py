"""The ontology files parse, and every class and property is documented."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from blocgraph import paths
from blocgraph.namespaces import BG
from needs import missing

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
        ("participation-basis", {"named", "collective"}),
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


# ---------------------------------------------------------------------------------------
# A reasoner: the ontology, with what it imports, is consistent and every class satisfiable
# ---------------------------------------------------------------------------------------

IMPORTS = paths.ontology_dir() / "imports"
# The local copy of each ontology blocgraph.ttl imports (ontology/imports/README.md).
LOCAL_COPIES = {
    "http://www.w3.org/ns/org#": IMPORTS / "org.ttl",
    "http://www.w3.org/ns/prov-o#": IMPORTS / "prov-o.ttl",
}
THING = "https://w3id.org/blocgraph/id/"


def _java() -> None:
    import shutil

    if shutil.which("java") is None:
        reason = "the reasoner (HermiT, in owlready2) needs java: apt-get install default-jre"
        missing(reason)


def _reason(files: list, tmp_path, extra: str = "") -> list[str]:
    """Run HermiT over ``files`` (Turtle) and the local copies of their imports, plus the
    Turtle ``extra``. Returns the unsatisfiable classes; raises OwlReadyInconsistentOntologyError
    when the whole is inconsistent.

    owl:imports is taken out (each import is loaded from its local copy instead, so nothing is
    fetched). xsd:date, xsd:gYear and xsd:gYearMonth, which blocgraph's dates use, are not in
    the OWL 2 datatype map: HermiT treats them as opaque (ignore_unsupported_datatypes), and the
    SHACL shapes check those values instead.
    """
    import owlready2

    _java()
    world = owlready2.World()
    graphs = [Graph().parse(p, format="turtle") for p in [*LOCAL_COPIES.values(), *files]]
    if extra:
        graphs.append(Graph().parse(data=extra, format="turtle"))
    for n, g in enumerate(graphs):
        g.remove((None, OWL.imports, None))
        nt = tmp_path / f"{n}.nt"
        g.serialize(nt, format="nt", encoding="utf-8")
        world.get_ontology(nt.as_uri()).load()
    with world:
        owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
    # owl:Nothing is listed with them whenever there are any: it is empty by definition.
    return sorted(str(c.iri) for c in world.inconsistent_classes() if c is not owlready2.Nothing)


def test_every_import_has_a_local_copy():
    """A new owl:imports without a copy here would send the reasoner to the network."""
    imports = {str(o) for p in ONTOLOGY_FILES for o in Graph().parse(p).objects(None, OWL.imports)}
    assert imports == set(LOCAL_COPIES), f"imports without a local copy: {imports}"
    for iri, copy in LOCAL_COPIES.items():
        assert (URIRef(iri), RDF.type, OWL.Ontology) in Graph().parse(copy), copy


def test_ontology_is_consistent_and_every_class_satisfiable(tmp_path):
    assert _reason(ONTOLOGY_FILES, tmp_path) == []


def test_ontology_with_the_sco_data_is_consistent(tmp_path):
    """The SCO's curated files (bloc, bodies, memberships, meetings of 2019-2020, the seed
    report's facts) with the states and sources they name: ABox and TBox together."""
    data = paths.data_dir()
    files = sorted((data / "sco").glob("*.ttl")) + sorted((data / "sources").glob("*.ttl"))
    assert len(files) >= 4
    assert _reason([*ONTOLOGY_FILES, *files, data / "states.ttl"], tmp_path) == []


BROKEN_PREFIXES = f"""
@prefix bg:   <{BG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
"""


def test_reasoner_reports_an_unsatisfiable_class(tmp_path):
    """The check can fail: a bloc that is a membership (ORG makes organisations and memberships
    disjoint) is a class nothing can belong to."""
    extra = BROKEN_PREFIXES + f"<{THING}BlocMembership> a owl:Class ;\n"
    extra += "    rdfs:subClassOf bg:Bloc, bg:Membership ."
    assert _reason(ONTOLOGY_FILES, tmp_path, extra) == [f"{THING}BlocMembership"]


def test_reasoner_reports_an_inconsistency(tmp_path):
    """The check can fail: one node typed both a state's membership and a bloc."""
    import owlready2

    extra = BROKEN_PREFIXES + f"<{THING}bloc/X> a bg:Bloc, bg:Membership ."
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(ONTOLOGY_FILES, tmp_path, extra)
