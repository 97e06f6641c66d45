"""IRIs of the ontology, the data and the vocabularies we reuse (plain strings: importing
this module must stay free, the CLI's start-up depends on it)."""

from __future__ import annotations

BG = "https://w3id.org/blocgraph/ontology#"
ID = "https://w3id.org/blocgraph/id/"
SHAPES = "https://w3id.org/blocgraph/shapes#"

ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
TIME = "http://www.w3.org/2006/time#"

# The named graph the build puts derived triples in (derive.py), apart from the asserted ones.
DERIVED_GRAPH = "https://w3id.org/blocgraph/graph/derived"

STATE = ID + "state/"
BLOC = ID + "bloc/"
MEETING = ID + "meeting/"
STATUS = ID + "status/"
CAPACITY = ID + "capacity/"
ATTENDANCE = ID + "attendance/"

XSD_DATE = XSD + "date"
XSD_GYEAR = XSD + "gYear"
XSD_GYEARMONTH = XSD + "gYearMonth"
XSD_INTEGER = XSD + "integer"
XSD_STRING = XSD + "string"

# Prefixes for serialisations and for shortening IRIs in tables.
PREFIXES: dict[str, str] = {
    "bg": BG,
    "org": ORG,
    "prov": PROV,
    "schema": SCHEMA,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dcterms": DCTERMS,
    "owl": OWL,
    "time": TIME,
    "status": STATUS,
    "capacity": CAPACITY,
    "attendance": ATTENDANCE,
}


def short_id(iri: str) -> str:
    """``…/id/state/IND`` -> ``IND``; ``…/id/meeting/SCO/dsewg-9`` -> ``SCO/dsewg-9``.

    The first path segment under the id base names the kind of thing; what follows is the
    id the CLI accepts back.
    """
    if iri.startswith(ID):
        _, _, rest = iri[len(ID) :].partition("/")
        return rest or iri
    return iri
