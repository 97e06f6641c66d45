"""The derivation rules (derive.py), against triples a person wrote down from the inputs.

The oracle is here, not in derive.py: ``EXPECTED`` lists, in N-Triples by hand, every triple
the rules must derive from ``INPUT``, and both back-ends (pyoxigraph, rdflib) must derive
exactly those, no more. A date that cannot be derived fails a strict derivation (the build)
with a message naming the subject, and is skipped by a lenient one (validation: the shapes
report it, tests/test_shapes_dates.py).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.util import from_n3

from blocgraph.derive import (
    DerivationError,
    Facts,
    OxigraphBackend,
    add_derived,
    add_to_store,
    date_bounds,
    derive,
    time_intervals,
)
from blocgraph.namespaces import DERIVED_GRAPH

PREFIXES = """
@prefix bg:     <https://w3id.org/blocgraph/ontology#> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
"""

INPUT = (
    PREFIXES
    + """
# A class hierarchy, as the ontology gives one.
bg:WorkingGroup rdfs:subClassOf bg:Body .
bg:Body rdfs:subClassOf org:OrganizationalUnit .
bg:Membership rdfs:subClassOf org:Membership .

<urn:body> a bg:WorkingGroup ; org:unitOf <urn:bloc> .
<urn:unit> a bg:Body , org:OrganizationalUnit .   # the closure adds nothing already there

# a: observer to the day of the meeting (year precision start), member from the next day.
<urn:m-a1> a bg:Membership ; org:organization <urn:bloc> ; org:member <urn:a> ;
    schema:startDate "2005"^^xsd:gYear ; schema:endDate "2020-02-20"^^xsd:date .
<urn:m-a2> a bg:Membership ; org:organization <urn:bloc> ; org:member <urn:a> ;
    schema:startDate "2020-02-21"^^xsd:date .
# b: ended the day before the meeting (month precision, leap year).
<urn:m-b> a bg:Membership ; org:organization <urn:bloc> ; org:member <urn:b> ;
    schema:startDate "1900-02"^^xsd:gYearMonth ; schema:endDate "2020-02-19Z"^^xsd:date .
# c: open-ended, month precision with a timezone: from 1 February.
<urn:m-c> a bg:Membership ; org:organization <urn:bloc> ; org:member <urn:c> ;
    schema:startDate "2020-02+05:30"^^xsd:gYearMonth .

<urn:meeting> a bg:Meeting ; bg:body <urn:body> ; schema:startDate "2020-02-20"^^xsd:date .
<urn:meeting-2024> a bg:Meeting ; bg:body <urn:body> ;
    schema:startDate "2024-02"^^xsd:gYearMonth ; schema:endDate "2024"^^xsd:gYear .
<urn:p-a> bg:meeting <urn:meeting> ; bg:participant <urn:a> .
<urn:p-b> bg:meeting <urn:meeting> ; bg:participant <urn:b> .
<urn:p-c> bg:meeting <urn:meeting> ; bg:participant <urn:c> .
<urn:p-c-2024> bg:meeting <urn:meeting-2024> ; bg:participant <urn:c> .
"""
)

BG = "https://w3id.org/blocgraph/ontology#"
TIME = "http://www.w3.org/2006/time#"
ORG = "http://www.w3.org/ns/org#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
START_DATE = "https://schema.org/startDate"
XSD_DATE = ox.NamedNode(XSD + "date")


def _lit(value: str, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def _interval(s: str, link: str, start: tuple[str, str], end: tuple[str, str] | None) -> list:
    rows = [
        (f"<{s}>", f"<{link}>", f"<{s}#interval>"),
        (f"<{s}#interval>", f"<{TYPE}>", f"<{TIME}Interval>"),
        (f"<{s}#interval>", f"<{TIME}hasBeginning>", f"<{s}#beginning>"),
        (f"<{s}#beginning>", f"<{TIME}inXSD{start[1]}>", start[0]),
    ]
    if end:
        rows += [
            (f"<{s}#interval>", f"<{TIME}hasEnd>", f"<{s}#end>"),
            (f"<{s}#end>", f"<{TIME}inXSD{end[1]}>", end[0]),
        ]
    return rows


def _t(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (f"<{s}>", f"<{p}>", o)


MEMBER_DURING = ORG + "memberDuring"
EXPECTED = {
    # the mark that the derivation ran (the shapes' guard reads it)
    _t("https://w3id.org/blocgraph/graph/derived", TYPE, f"<{BG}DerivedGraph>"),
    # bounds: the first day a start can denote, the last day an end can denote
    _t("urn:m-a1", BG + "validFrom", _lit("2005-01-01", "date")),
    _t("urn:m-a1", BG + "validUntil", _lit("2020-02-20", "date")),
    _t("urn:m-a2", BG + "validFrom", _lit("2020-02-21", "date")),
    _t("urn:m-b", BG + "validFrom", _lit("1900-02-01", "date")),
    _t("urn:m-b", BG + "validUntil", _lit("2020-02-19", "date")),
    _t("urn:m-c", BG + "validFrom", _lit("2020-02-01", "date")),
    _t("urn:meeting", BG + "validFrom", _lit("2020-02-20", "date")),
    _t("urn:meeting", BG + "validUntil", _lit("2020-02-20", "date")),  # no end: its start's day
    _t("urn:meeting-2024", BG + "validFrom", _lit("2024-02-01", "date")),
    _t("urn:meeting-2024", BG + "validUntil", _lit("2024-12-31", "date")),
    # start years of meetings
    _t("urn:meeting", BG + "startYear", _lit("2020", "integer")),
    _t("urn:meeting-2024", BG + "startYear", _lit("2024", "integer")),
    # the membership held on the meeting's first day
    _t("urn:p-a", BG + "participantMembership", "<urn:m-a1>"),  # the end day is included
    _t("urn:p-c", BG + "participantMembership", "<urn:m-c>"),
    _t("urn:p-c-2024", BG + "participantMembership", "<urn:m-c>"),
    # the class closure
    _t("urn:body", TYPE, f"<{BG}Body>"),
    _t("urn:body", TYPE, f"<{ORG}OrganizationalUnit>"),
    *(_t(f"urn:m-{x}", TYPE, f"<{ORG}Membership>") for x in ("a1", "a2", "b", "c")),
    # OWL-Time: the dates as the source gave them, at their precision
    *_interval(
        "urn:m-a1",
        MEMBER_DURING,
        (_lit("2005", "gYear"), "gYear"),
        (_lit("2020-02-20", "date"), "Date"),
    ),
    *_interval("urn:m-a2", MEMBER_DURING, (_lit("2020-02-21", "date"), "Date"), None),
    *_interval(
        "urn:m-b",
        MEMBER_DURING,
        (_lit("1900-02", "gYearMonth"), "gYearMonth"),
        (_lit("2020-02-19Z", "date"), "Date"),
    ),
    *_interval("urn:m-c", MEMBER_DURING, (_lit("2020-02+05:30", "gYearMonth"), "gYearMonth"), None),
    *_interval(
        "urn:meeting",
        TIME + "hasTime",
        (_lit("2020-02-20", "date"), "Date"),
        (_lit("2020-02-20", "date"), "Date"),
    ),
    *_interval(
        "urn:meeting-2024",
        TIME + "hasTime",
        (_lit("2024-02", "gYearMonth"), "gYearMonth"),
        (_lit("2024", "gYear"), "gYear"),
    ),
}


def _oxigraph(turtle: str) -> ox.Store:
    store = ox.Store()
    store.load(turtle.encode(), ox.RdfFormat.TURTLE)
    return store


def test_oxigraph_derives_exactly_the_expected_triples_into_the_derived_graph():
    store = _oxigraph(INPUT)
    asserted = set(store)
    add_to_store(store)
    added = set(store) - asserted
    assert {q.graph_name for q in added} == {ox.NamedNode(DERIVED_GRAPH)}
    got = {(str(q.subject), str(q.predicate), str(q.object)) for q in added}
    assert got == EXPECTED, f"missing {sorted(EXPECTED - got)}\nextra {sorted(got - EXPECTED)}"


def test_oxigraph_into_the_default_graph_for_validation():
    store = _oxigraph(INPUT)
    asserted = len(store)
    add_to_store(store, graph=None)
    assert len(store) == asserted + len(EXPECTED)
    assert not list(store.named_graphs())


def test_rdflib_derives_the_same():
    graph = rdflib.Graph().parse(data=INPUT, format="turtle")
    asserted = set(graph)
    add_derived(graph)
    got = {tuple(term.n3() for term in t) for t in set(graph) - asserted}
    # rdflib parses a literal into its canonical form ("2020-02-19Z" -> "2020-02-19"), its own
    # literals and the expected ones alike.
    expected = {(s, p, from_n3(o).n3()) for s, p, o in EXPECTED}
    assert got == expected, f"missing {sorted(expected - got)}\nextra {sorted(got - expected)}"


BAD = [
    ('"2019-02-30"^^xsd:date', "2019-02 has 28 days"),
    ('"2019-13"^^xsd:gYearMonth', "not a valid xsd:gYearMonth"),
    ('"-0044"^^xsd:gYear', "outside 0001-9999"),
    ('"2001-06-15T00:00:00"^^xsd:dateTime', "not xsd:date, xsd:gYearMonth or xsd:gYear"),
    ('"someday"', "not xsd:date, xsd:gYearMonth or xsd:gYear"),
]


@pytest.mark.parametrize(("value", "why"), BAD)
def test_a_strict_derivation_refuses_a_date_naming_the_subject(value, why):
    turtle = PREFIXES + f"<urn:x> a bg:Membership ; schema:endDate {value} ."
    with pytest.raises(DerivationError, match=why) as caught:
        add_to_store(_oxigraph(turtle))
    assert str(caught.value).startswith("<urn:x> schema:endDate: ")
    with pytest.raises(DerivationError, match=why):
        add_derived(rdflib.Graph().parse(data=turtle, format="turtle"), strict=True)


@pytest.mark.parametrize(("value", "why"), BAD)
def test_a_lenient_derivation_skips_the_date_and_keeps_the_rest(value, why):
    turtle = PREFIXES + (
        f'<urn:x> a bg:Membership ; schema:startDate "2001"^^xsd:gYear ; schema:endDate {value} .'
    )
    store = _oxigraph(turtle)
    add_to_store(store, strict=False)
    until = ox.NamedNode(BG + "validUntil")
    assert not list(store.quads_for_pattern(None, until, None))
    assert list(store.quads_for_pattern(None, ox.NamedNode(BG + "validFrom"), None))


# Edge cases, each a mutant of derive.py that the input above let live (docs/mutation.md): a
# meeting over New Year (its start year is the year it began), subject IRIs with a fragment
# (an interval's IRI then appends "-interval"), a membership that began on the meeting's first
# day, a guest with no membership, a membership and a meeting without a start, two blocs with
# meetings (VALUES lists both), and a meeting held by two bodies of one bloc (the link once).
EDGE_INPUT = (
    PREFIXES
    + """
<urn:body1> org:unitOf <http://example.org/kb#bloc1> .
<urn:body1b> org:unitOf <http://example.org/kb#bloc1> .
<urn:body2> org:unitOf <urn:bloc2> .

<http://example.org/kb#summit> a bg:Meeting ; bg:body <urn:body1> , <urn:body1b> ;
    schema:startDate "2019-12-30"^^xsd:date ; schema:endDate "2020-01-02"^^xsd:date .
<urn:m-x> a bg:Membership ; org:organization <http://example.org/kb#bloc1> ;
    org:member <urn:x> ; schema:startDate "2019-12-30"^^xsd:date .
<urn:m-nostart> a bg:Membership ; org:organization <http://example.org/kb#bloc1> ;
    org:member <urn:y> .
<urn:p-x> bg:meeting <http://example.org/kb#summit> ; bg:participant <urn:x> .
<urn:p-guest> bg:meeting <http://example.org/kb#summit> ; bg:participant <urn:guest> .

<urn:meeting2> a bg:Meeting ; bg:body <urn:body2> ; schema:startDate "2021"^^xsd:gYear .
<urn:m-z> a bg:Membership ; org:organization <urn:bloc2> ; org:member <urn:z> ;
    schema:startDate "2000"^^xsd:gYear .
<urn:p-z> bg:meeting <urn:meeting2> ; bg:participant <urn:z> .

<urn:undated> a bg:Meeting ; bg:body <urn:body2> .
<urn:p-undated> bg:meeting <urn:undated> ; bg:participant <urn:z> .
"""
)

SUMMIT = "http://example.org/kb#summit"
EDGE_EXPECTED = {
    _t("https://w3id.org/blocgraph/graph/derived", TYPE, f"<{BG}DerivedGraph>"),
    _t(SUMMIT, BG + "validFrom", _lit("2019-12-30", "date")),
    _t(SUMMIT, BG + "validUntil", _lit("2020-01-02", "date")),
    _t(SUMMIT, BG + "startYear", _lit("2019", "integer")),
    _t(SUMMIT, TIME + "hasTime", f"<{SUMMIT}-interval>"),
    _t(SUMMIT + "-interval", TYPE, f"<{TIME}Interval>"),
    _t(SUMMIT + "-interval", TIME + "hasBeginning", f"<{SUMMIT}-beginning>"),
    _t(SUMMIT + "-beginning", TIME + "inXSDDate", _lit("2019-12-30", "date")),
    _t(SUMMIT + "-interval", TIME + "hasEnd", f"<{SUMMIT}-end>"),
    _t(SUMMIT + "-end", TIME + "inXSDDate", _lit("2020-01-02", "date")),
    _t("urn:m-x", BG + "validFrom", _lit("2019-12-30", "date")),
    *_interval("urn:m-x", MEMBER_DURING, (_lit("2019-12-30", "date"), "Date"), None),
    _t("urn:p-x", BG + "participantMembership", "<urn:m-x>"),  # its first day is included
    _t("urn:meeting2", BG + "validFrom", _lit("2021-01-01", "date")),
    _t("urn:meeting2", BG + "validUntil", _lit("2021-12-31", "date")),
    _t("urn:meeting2", BG + "startYear", _lit("2021", "integer")),
    *_interval(
        "urn:meeting2",
        TIME + "hasTime",
        (_lit("2021", "gYear"), "gYear"),
        (_lit("2021", "gYear"), "gYear"),
    ),
    _t("urn:m-z", BG + "validFrom", _lit("2000-01-01", "date")),
    *_interval("urn:m-z", MEMBER_DURING, (_lit("2000", "gYear"), "gYear"), None),
    _t("urn:p-z", BG + "participantMembership", "<urn:m-z>"),
}


def test_edge_cases_derive_exactly_the_expected_triples_and_count_them_once():
    store = _oxigraph(EDGE_INPUT)
    asserted = set(store)
    count = add_to_store(store)
    got = {(str(q.subject), str(q.predicate), str(q.object)) for q in set(store) - asserted}
    assert got == EDGE_EXPECTED, (
        f"missing {sorted(EDGE_EXPECTED - got)}\nextra {sorted(got - EDGE_EXPECTED)}"
    )
    assert count == len(EDGE_EXPECTED)  # no triple added twice (p-x's link, via two bodies)

    graph = rdflib.Graph().parse(data=EDGE_INPUT, format="turtle")
    asserted = set(graph)
    assert add_derived(graph) == len(EDGE_EXPECTED)
    got = {tuple(term.n3() for term in t) for t in set(graph) - asserted}
    assert got == {(s, p, from_n3(o).n3()) for s, p, o in EDGE_EXPECTED}


def test_a_plain_literal_is_named_as_an_xsd_string_and_an_iri_date_is_skipped():
    # both back-ends name a plain literal's datatype (RDF 1.1: xsd:string) in the message
    turtle = PREFIXES + '<urn:x> a bg:Membership ; schema:endDate "someday" .'
    message = (
        r"^<urn:x> schema:endDate: 'someday' is typed <http://www\.w3\.org/2001/XMLSchema#string>"
    )
    with pytest.raises(DerivationError, match=message):
        add_to_store(_oxigraph(turtle))
    with pytest.raises(DerivationError, match=message):
        add_derived(rdflib.Graph().parse(data=turtle, format="turtle"), strict=True)
    # an IRI where a date belongs has no datatype: skipped by validation (the shapes report it)
    turtle = PREFIXES + "<urn:x> a bg:Membership ; schema:endDate <urn:someday> ."
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert add_derived(graph) == 1  # the mark that the derivation ran, nothing else
    assert add_to_store(_oxigraph(turtle), strict=False) == 1


def test_oxigraph_reads_the_asserted_triples_of_every_graph():
    # a store may hold its inputs in named graphs (a TriG file): the rules read them all
    store = ox.Store()
    store.load(INPUT.encode(), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("urn:g"))
    asserted = set(store)
    add_to_store(store)
    got = {(str(q.subject), str(q.predicate), str(q.object)) for q in set(store) - asserted}
    assert got == EXPECTED


def test_a_blank_node_subject_gets_no_interval_and_does_not_stop_the_others():
    # The order of the dates is the store's; here the blank node comes first, by hand.
    backend = OxigraphBackend(ox.Store())
    gyear = ox.NamedNode(XSD + "gYear")
    facts = Facts(backend, strict=True)
    facts.dates = [
        (ox.BlankNode(), START_DATE, ox.Literal("1999", datatype=gyear)),
        (ox.NamedNode("urn:m"), START_DATE, ox.Literal("2001", datatype=gyear)),
    ]
    facts.memberships = {ox.NamedNode("urn:m")}
    got = {(str(s), str(p), str(o)) for s, p, o in time_intervals(facts)}
    assert got == set(_interval("urn:m", MEMBER_DURING, (_lit("2001", "gYear"), "gYear"), None))


def test_a_lenient_derivation_skips_an_underivable_date_and_goes_on_to_the_next():
    # The order of the dates is the store's; here the bad one comes first, by hand.
    backend = OxigraphBackend(ox.Store())
    facts = Facts(backend, strict=False)
    facts.dates = [
        (ox.NamedNode("urn:bad"), START_DATE, ox.Literal("2019-02-30", datatype=XSD_DATE)),
        (ox.NamedNode("urn:good"), START_DATE, ox.Literal("2019-02-28", datatype=XSD_DATE)),
    ]
    got = {(str(s), str(p), str(o)) for s, p, o in date_bounds(facts)}
    assert got == {_t("urn:good", BG + "validFrom", _lit("2019-02-28", "date"))}


def test_derive_is_strict_unless_told_otherwise():
    turtle = PREFIXES + '<urn:x> a bg:Membership ; schema:endDate "2019-02-30"^^xsd:date .'
    with pytest.raises(DerivationError, match="2019-02 has 28 days"):
        derive(OxigraphBackend(_oxigraph(turtle)))


# --- on the shipped knowledge base (the embedded store: derived graph seen as one with the rest)


def test_a_working_group_is_a_body_in_plain_sparql(store):
    """Issue 11: `?b a bg:Body` finds the SCO's Defence and Security Expert Working Group,
    typed bg:WorkingGroup in data/sco/ (the closure is materialised at build time)."""
    body = "https://w3id.org/blocgraph/id/body/SCO/defence-security-expert-working-group"
    _, rows = store.select(f"SELECT ?b WHERE {{ ?b a <{BG}Body> }}")
    assert body in {str(r["b"]) for r in rows}
    _, rows = store.select(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ <{body}> a <{BG}Body> }} }}"  # and it is a derived one
    )
    assert [str(r["g"]) for r in rows] == [DERIVED_GRAPH]


def test_india_in_the_sco_as_owl_time(store):
    """data/sco/: India observer from 2005-07-05 to 2017-06-08, member from 2017-06-09."""
    india = "https://w3id.org/blocgraph/id/state/IND"
    sco = "https://w3id.org/blocgraph/id/bloc/SCO"
    _, rows = store.select(
        f"""SELECT ?begin ?end WHERE {{
          ?m <{ORG}member> <{india}> ; <{ORG}organization> <{sco}> ;
             <{ORG}memberDuring> ?i .
          ?i a <{TIME}Interval> ; <{TIME}hasBeginning>/<{TIME}inXSDDate> ?begin .
          OPTIONAL {{ ?i <{TIME}hasEnd>/<{TIME}inXSDDate> ?end }}
        }}"""
    )
    got = {(str(r["begin"]), r["end"] and str(r["end"])) for r in rows}
    assert got == {("2005-07-05", "2017-06-08"), ("2017-06-09", None)}
