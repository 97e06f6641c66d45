"""Triples derived at build time so that "valid on date D" is a plain comparison everywhere.

For every subject with a ``schema:startDate`` we add ``bg:validFrom`` (the first day the start
can denote) and for every ``schema:endDate`` a ``bg:validUntil`` (the last day the end can
denote). A meeting without an end date lasted the span its start denotes. The same rules
(``derived_values``) feed the embedded store, ``validate`` and ``export``, so every store sees
the same triples.

Building the embedded store uses ``add_to_store``: the rules run once per distinct date
literal (a few hundred on the shipped data, however many subjects share them) and three
CONSTRUCT queries join the results back to their subjects inside Oxigraph, so no Python object
is made per subject. ``derived_quads`` is the straightforward per-row version it must agree
with (tests/test_store.py checks that on the shipped data).

Each meeting also gets ``bg:startYear``, the year of its ``bg:validFrom`` (an xsd:integer, as
YEAR() gives it), so that the year lookups are an index lookup, not a filter on every meeting.

Then ``bg:participantMembership`` links each participation to the participant's membership of
the meeting's bloc valid on the meeting's first day. As a SPARQL join over dates this is what
made "which observers attended" slow at scale (every membership of a state compared with every
meeting it attended); here it is one pass over the participations with a dictionary of
memberships by (bloc, state), the same rule ``participant_memberships`` for every store.
tests/test_store.py checks it against the SPARQL join on the shipped data.
"""

from __future__ import annotations

from collections.abc import Iterator

from .dates import DATE_DATATYPES, bounds
from .namespaces import BG, ORG, RDF, SCHEMA, XSD, XSD_DATE
from .terms import Literal

XSD_INTEGER = XSD + "integer"

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
    meetings = {r["s"] for r in rows if r["meeting"].value == "true"}
    quads = [
        ox.Quad(subject, ox.NamedNode(prop), ox.Literal(value, datatype=date))
        for subject, prop, value in derived_values(plain)
    ]
    integer = ox.NamedNode(XSD_INTEGER)
    return quads + [
        ox.Quad(
            q.subject,
            ox.NamedNode(_START_YEAR),
            ox.Literal(start_year(q.object.value), datatype=integer),
        )
        for q in quads
        if q.subject in meetings and q.predicate.value == _FROM
    ]


def start_year(iso_date: str) -> str:
    """The year of a derived xsd:date lexical form, as an xsd:integer lexical form."""
    return str(int(iso_date.split("-")[0]))


_START, _END = SCHEMA + "startDate", SCHEMA + "endDate"
_FROM, _UNTIL = BG + "validFrom", BG + "validUntil"
_START_YEAR = BG + "startYear"

# After validFrom: every meeting's first day, for its start year.
_MEETING_STARTS = f"""
SELECT ?s ?from WHERE {{ ?s <{RDF}type> <{BG}Meeting> ; <{_FROM}> ?from }}"""

# The distinct start and end date literals of the datatypes derived_values reads, each with how
# many triples use it.
_DATE_LITERALS = f"""
SELECT ?d (COUNT(*) AS ?uses) WHERE {{
  VALUES ?p {{ <{_START}> <{_END}> }}
  ?s ?p ?d .
  FILTER(isLiteral(?d) && DATATYPE(?d) IN ({", ".join(f"<{d}>" for d in DATE_DATATYPES)}))
}}
GROUP BY ?d"""

# The rules of derived_values that hold for every subject, as joins: the row they stand for
# (date property, is a meeting, has an end), the property derived, and the update, where
# $VALUES becomes (?d ?v) pairs: a date literal and the xsd:date derived from it.
_JOINED_RULES = (
    # every start: validFrom, the first day it can denote
    (
        _START,
        False,
        True,
        _FROM,
        f"INSERT {{ ?s <{_FROM}> ?v }} WHERE {{ $VALUES ?s <{_START}> ?d }}",
    ),
    # every end: validUntil, the last day it can denote
    (
        _END,
        False,
        True,
        _UNTIL,
        f"INSERT {{ ?s <{_UNTIL}> ?v }} WHERE {{ $VALUES ?s <{_END}> ?d }}",
    ),
)

# The meetings without an end (few): derived_values gives them a validUntil from their start.
_OPEN_MEETINGS = f"""
SELECT ?s ?d WHERE {{
  ?s <{RDF}type> <{BG}Meeting> ; <{_START}> ?d .
  FILTER NOT EXISTS {{ ?s <{_END}> ?end }}
}}"""

# Triples an update may insert at once (an update is one transaction, held in memory).
_UPDATE_BATCH = 250_000


def add_to_store(store) -> None:
    """Add the derived triples to a pyoxigraph store (during a build).

    Python applies ``derived_values`` once per distinct date literal (a few hundred on the
    shipped data, however many subjects share them); updates join the results to the subjects
    inside Oxigraph, so no Python object is made per subject.
    """
    import pyoxigraph as ox

    literals = [
        (row["d"].value, row["d"].datatype.value, int(row["uses"].value))
        for row in store.query(_DATE_LITERALS)
    ]
    for prop, is_meeting, has_end, derives, update in _JOINED_RULES:
        pairs, uses = [], 0
        for i, (lexical, datatype, n) in enumerate(literals):
            for _, p, value in derived_values([("", prop, lexical, datatype, is_meeting, has_end)]):
                if p == derives:
                    pairs.append(
                        f"({Literal(lexical, datatype).n3()} {Literal(value, XSD_DATE).n3()})"
                    )
                    uses += n
            if pairs and (uses >= _UPDATE_BATCH or i == len(literals) - 1):
                store.update(
                    update.replace("$VALUES", "VALUES (?d ?v) { " + " ".join(pairs) + " }")
                )
                pairs, uses = [], 0
    rows = [
        (r["s"], _START, r["d"].value, r["d"].datatype.value, True, False)
        for r in store.query(_OPEN_MEETINGS)
        if isinstance(r["d"], ox.Literal)
    ]
    date = ox.NamedNode(XSD_DATE)
    quads = [
        ox.Quad(s, ox.NamedNode(p), ox.Literal(v, datatype=date))
        for s, p, v in derived_values(rows)
        if p == _UNTIL
    ]
    store.extend(quads)
    integer = ox.NamedNode(XSD_INTEGER)
    store.extend(
        ox.Quad(
            r["s"],
            ox.NamedNode(_START_YEAR),
            ox.Literal(start_year(r["from"].value), datatype=integer),
        )
        for r in store.query(_MEETING_STARTS)
    )
    link = ox.NamedNode(_PARTICIPANTMEMBERSHIP)
    store.extend(
        ox.Quad(participation, link, membership)
        for participation, membership in participant_links(
            store.query, lexical=lambda term: term.value, n3=str
        )
    )


_PARTICIPANTMEMBERSHIP = BG + "participantMembership"

# Every participation with its state, the meeting's bloc and the meeting's first day. Three
# sub-SELECTs, so that Oxigraph hash-joins three scans instead of looking up each
# participation's meeting, body and date one by one (2.6x faster at 4.7M triples).
_PARTICIPATIONS = f"""
SELECT ?participation ?state ?bloc ?date WHERE {{
  {{ SELECT ?meeting ?bloc ?date WHERE {{
      ?meeting <{BG}body> ?body ; <{_FROM}> ?date .
      ?body <{ORG}unitOf> ?bloc .
  }} }}
  {{ SELECT ?participation ?meeting WHERE {{ ?participation <{BG}meeting> ?meeting }} }}
  {{ SELECT ?participation ?state WHERE {{ ?participation <{BG}participant> ?state }} }}
}}"""

# The memberships of the blocs that have meetings ($BLOCS), with their derived bounds.
_MEMBERSHIPS = f"""
SELECT ?membership ?bloc ?state ?from ?until WHERE {{
  VALUES ?bloc {{ $BLOCS }}
  ?membership <{ORG}organization> ?bloc ; <{ORG}member> ?state ; <{_FROM}> ?from .
  OPTIONAL {{ ?membership <{_UNTIL}> ?until }}
}}"""


def participant_memberships(participations, memberships) -> Iterator[tuple]:
    """(participation, membership) pairs: the membership of the meeting's bloc held by the
    participant on the meeting's first day.

    ``participations``: (participation, state, bloc, date); ``memberships``: (membership, bloc,
    state, from, until or None). Dates are xsd:date lexical forms (YYYY-MM-DD, as derived), which
    compare as strings; both ends are inclusive, an absent end is open.
    """
    by_pair: dict[tuple, list[tuple]] = {}
    for membership, bloc, state, start, until in memberships:
        by_pair.setdefault((bloc, state), []).append((membership, start, until))
    seen = set()
    for participation, state, bloc, date in participations:
        for membership, start, until in by_pair.get((bloc, state), ()):
            valid = start <= date and (until is None or until >= date)
            if valid and (participation, membership) not in seen:
                seen.add((participation, membership))
                yield participation, membership


def participant_links(select, lexical, n3) -> list[tuple]:
    """``participant_memberships`` of a store: ``select(query)`` runs a SELECT and gives rows
    indexed by variable name (pyoxigraph's or rdflib's), ``lexical(literal)`` is a literal's
    lexical form and ``n3(term)`` a term as SPARQL text."""
    participations = [
        (r["participation"], r["state"], r["bloc"], lexical(r["date"]))
        for r in select(_PARTICIPATIONS)
    ]
    # IRIs only: a blank node cannot go in VALUES (and the shapes refuse them anyway).
    blocs = sorted({n3(b) for _, _, b, _ in participations if n3(b).startswith("<")})
    if not blocs:
        return []
    memberships = (
        (
            r["membership"],
            r["bloc"],
            r["state"],
            lexical(r["from"]),
            None if r["until"] is None else lexical(r["until"]),
        )
        for r in select(_MEMBERSHIPS.replace("$BLOCS", " ".join(blocs)))
    )
    return list(participant_memberships(participations, memberships))


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
                    (
                        s,
                        str(prop),
                        str(o),
                        str(o.datatype) if o.datatype else None,
                        s in meetings,
                        s in ends,
                    )
                )
    added = 0
    start_year_prop = URIRef(_START_YEAR)
    for subject, prop, value in list(derived_values(rows)):
        graph.add((subject, URIRef(prop), Literal(value, datatype=XSD.date)))
        added += 1
        if prop == _FROM and subject in meetings:
            graph.add((subject, start_year_prop, Literal(start_year(value), datatype=XSD.integer)))
            added += 1
    link = URIRef(_PARTICIPANTMEMBERSHIP)
    for participation, membership in participant_links(
        graph.query, lexical=str, n3=lambda term: term.n3()
    ):
        graph.add((participation, link, membership))
        added += 1
    return added
