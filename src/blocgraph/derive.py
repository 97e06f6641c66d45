"""Triples derived at build time so that "valid on date D" is a plain comparison everywhere.

For every subject with a ``schema:startDate`` we add ``bg:validFrom`` (the first day the start
can denote) and for every ``schema:endDate`` a ``bg:validUntil`` (the last day the end can
denote). A meeting without an end date lasted the span its start denotes. The same function
feeds the embedded store, ``validate`` and ``export``, so every store sees the same triples.
"""

from __future__ import annotations

from collections.abc import Iterator

from .dates import DATE_DATATYPES, bounds
from .namespaces import BG, RDF, SCHEMA, XSD_DATE

_QUERY = f"""
SELECT ?s ?p ?d ?meeting WHERE {{
  VALUES ?p {{ <{SCHEMA}startDate> <{SCHEMA}endDate> }}
  ?s ?p ?d .
  BIND(EXISTS {{ ?s <{RDF}type> <{BG}Meeting> }} AS ?meeting)
}}"""


def derived_values(rows) -> Iterator[tuple[str, str, str]]:
    """(subject IRI, property IRI, xsd:date lexical) for rows of (s, p, lexical, datatype,
    is_meeting, has_end). Literals that are not dates are skipped: the shapes report them."""
    for subject, prop, lexical, datatype, is_meeting, has_end in rows:
        if datatype not in DATE_DATATYPES:
            continue
        try:
            first, last = bounds(lexical, datatype)
        except ValueError:
            continue
        if prop == SCHEMA + "startDate":
            yield subject, BG + "validFrom", first.isoformat()
            if is_meeting and not has_end:
                yield subject, BG + "validUntil", last.isoformat()
        else:
            yield subject, BG + "validUntil", last.isoformat()


def derived_quads(store) -> list:
    """Derived quads for a pyoxigraph store."""
    import pyoxigraph as ox

    rows = list(store.query(_QUERY))
    has_end = {r["s"] for r in rows if r["p"].value == SCHEMA + "endDate"}
    plain = (
        (
            r["s"],
            r["p"].value,
            r["d"].value,
            r["d"].datatype.value if isinstance(r["d"], ox.Literal) else None,
            r["meeting"].value == "true",
            r["s"] in has_end,
        )
        for r in rows
    )
    date = ox.NamedNode(XSD_DATE)
    return [
        ox.Quad(subject, ox.NamedNode(prop), ox.Literal(value, datatype=date))
        for subject, prop, value in derived_values(plain)
    ]


def add_derived(graph) -> int:
    """Add the derived triples to an rdflib graph (for validation of files); returns count."""
    from rdflib import XSD, Literal, URIRef
    from rdflib.namespace import RDF as RDFNS

    meetings = set(graph.subjects(RDFNS.type, URIRef(BG + "Meeting")))
    start, end = URIRef(SCHEMA + "startDate"), URIRef(SCHEMA + "endDate")
    ends = set(graph.subjects(end, None))
    rows = []
    for prop in (start, end):
        for s, o in graph.subject_objects(prop):
            if isinstance(o, Literal):
                rows.append(
                    (s, str(prop), str(o), str(o.datatype) if o.datatype else None,
                     s in meetings, s in ends)
                )
    added = 0
    for subject, prop, value in list(derived_values(rows)):
        graph.add((subject, URIRef(prop), Literal(value, datatype=XSD.date)))
        added += 1
    return added
