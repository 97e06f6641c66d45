"""Triples derived at build time, so that plain SPARQL on any store sees what the rules say.

One rule table (``RULES``), run by ``derive`` over a back-end: a pyoxigraph store
(``OxigraphBackend``: the embedded store's build, ``validate``'s fast engine, ``export``,
``load``) or an rdflib graph (``RdflibBackend``: ``validate --engine pyshacl``). A rule reads
the asserted triples with SELECT queries and yields the triples it derives as the back-end's
own terms; no rule reads what another derived, so the order of the table does not matter and
every back-end derives the same triples.

The rules:

* ``date_bounds``: ``bg:validFrom`` (the first day a ``schema:startDate`` can denote) and
  ``bg:validUntil`` (the last day a ``schema:endDate`` can denote; a meeting without an end
  lasted the span its start denotes), so that "valid on date D" is a plain comparison.
* ``start_year``: a meeting's ``bg:startYear``, the year of its first day (xsd:integer, as
  YEAR() gives it), so that the year lookups are an index lookup, not a filter.
* ``participant_memberships``: ``bg:participantMembership`` links a participation to the
  participant's membership of the meeting's bloc valid on the meeting's first day (as a SPARQL
  join over dates this made "which observers attended" slow at scale).
* ``type_closure``: the ``rdf:type`` closure of the ontology's class hierarchy: a
  ``bg:WorkingGroup`` is also a ``bg:Body``, an ``org:OrganizationalUnit``, ...; so that
  ``?b a bg:Body`` finds it in any store, with no reasoner.
* ``time_intervals``: OWL-Time. Each dated subject gets an interval ``<s#interval>``
  (``org:memberDuring`` for a membership, ``time:hasTime`` for anything else) with
  ``time:hasBeginning <s#beginning>`` and, when it has an end, ``time:hasEnd <s#end>``. The
  instants carry the date at the precision the source gave (``time:inXSDDate``,
  ``time:inXSDgYearMonth`` or ``time:inXSDgYear``): an instant of a year-precision start is
  only known to lie in that year, so it is never given a day, and two subjects never share an
  instant (two memberships "from 2005" need not have begun on the same day).

A date that cannot be derived (not a lexical form of its datatype, another datatype, a year
outside 0001-9999: see ``dates.bounds``) fails the build (``strict=True``) with a
``DerivationError`` naming the subject; validation derives with ``strict=False`` and the
shapes report such dates (``bgsh:DerivableDateShape``), so both engines say the same.

In a pyoxigraph store the derived triples go to the named graph ``DERIVED_GRAPH``, apart from
the asserted ones in the default graph (the embedded store is queried with the default graph
as the union of all graphs; ``export --format trig`` keeps them apart).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .dates import bounds
from .errors import StoreError
from .namespaces import BG, DERIVED_GRAPH, ID, ORG, PROV, RDF, RDFS, SCHEMA, TIME, XSD

# The Correlates of War import's source (data/cow/): see time_intervals.
COW_SOURCE = ID + "source/cow-igo-v3"

XSD_DATE, XSD_INTEGER = XSD + "date", XSD + "integer"
_START, _END = SCHEMA + "startDate", SCHEMA + "endDate"
_FROM, _UNTIL = BG + "validFrom", BG + "validUntil"
_START_YEAR = BG + "startYear"
_PARTICIPANT_MEMBERSHIP = BG + "participantMembership"
_TYPE = RDF + "type"
# OWL-Time's property for an instant's position, by the datatype of the date.
_IN_XSD = {
    XSD + "date": TIME + "inXSDDate",
    XSD + "gYearMonth": TIME + "inXSDgYearMonth",
    XSD + "gYear": TIME + "inXSDgYear",
}

Term = Any  # a back-end's own term: pyoxigraph's or rdflib's
Triple = tuple[Term, Term, Term]


class DerivationError(StoreError):
    """A date the rules cannot derive bounds from (the build stops on it)."""

    def __init__(self, subject: str, prop: str, lexical: str, reason: str) -> None:
        self.subject, self.prop, self.lexical, self.reason = subject, prop, lexical, reason
        super().__init__(f"<{subject}> {_short(prop)}: {reason}")

    def in_file(self, path: object) -> DerivationError:
        """The same error, its message starting with the file that holds the date."""
        err = DerivationError(self.subject, self.prop, self.lexical, self.reason)
        err.args = (f"{path}: {err.args[0]}",)
        return err


def _short(iri: str) -> str:
    return "schema:" + iri[len(SCHEMA) :] if iri.startswith(SCHEMA) else f"<{iri}>"


class Backend(Protocol):
    """What a rule needs of a store: run a SELECT, read and make terms."""

    def select(self, query: str) -> Iterable[Mapping[str, Term]]: ...
    def value(self, term: Term) -> str: ...  # an IRI's text or a literal's lexical form
    def datatype(self, term: Term) -> str | None: ...  # None for an IRI or a blank node
    def is_iri(self, term: Term) -> bool: ...
    def iri(self, value: str) -> Term: ...
    def literal(self, lexical: str, datatype: str) -> Term: ...
    def add(self, triples: Iterable[Triple]) -> int: ...


class OxigraphBackend:
    """A pyoxigraph store. Reads every graph (the default graph as their union: a store being
    rebuilt may already hold derived triples from files that carry them, and validation
    stores hold everything in the default graph); writes to ``graph`` (default: the derived
    graph; None: the default graph)."""

    def __init__(self, store: Any, graph: str | None = DERIVED_GRAPH) -> None:
        import pyoxigraph as ox

        self.ox, self.store = ox, store
        self.graph = ox.NamedNode(graph) if graph else ox.DefaultGraph()

    def select(self, query: str) -> Iterable[Mapping[str, Term]]:
        return self.store.query(query, use_default_graph_as_union=True)

    def value(self, term: Term) -> str:
        return term.value

    def datatype(self, term: Term) -> str | None:
        return term.datatype.value if isinstance(term, self.ox.Literal) else None

    def is_iri(self, term: Term) -> bool:
        return isinstance(term, self.ox.NamedNode)

    def iri(self, value: str) -> Term:
        return self.ox.NamedNode(value)

    def literal(self, lexical: str, datatype: str) -> Term:
        return self.ox.Literal(lexical, datatype=self.ox.NamedNode(datatype))

    def add(self, triples: Iterable[Triple]) -> int:
        quads = [self.ox.Quad(s, p, o, self.graph) for s, p, o in triples]
        # bulk_extend: no transaction (the build writes a store nobody reads yet), several
        # times faster than extend for the few hundred thousand derived triples.
        self.store.bulk_extend(quads)
        return len(quads)


class RdflibBackend:
    """An rdflib graph (validation with pySHACL): derived triples go into the graph itself."""

    def __init__(self, graph: Any) -> None:
        import rdflib

        self.rdflib, self.graph = rdflib, graph

    def select(self, query: str) -> Iterable[Mapping[str, Term]]:
        return [row.asdict() for row in self.graph.query(query)]

    def value(self, term: Term) -> str:
        return str(term)

    def datatype(self, term: Term) -> str | None:
        if isinstance(term, self.rdflib.Literal):
            return str(term.datatype) if term.datatype else XSD + "string"
        return None

    def is_iri(self, term: Term) -> bool:
        return isinstance(term, self.rdflib.URIRef)

    def iri(self, value: str) -> Term:
        return self.rdflib.URIRef(value)

    def literal(self, lexical: str, datatype: str) -> Term:
        return self.rdflib.Literal(lexical, datatype=self.rdflib.URIRef(datatype))

    def add(self, triples: Iterable[Triple]) -> int:
        before = len(self.graph)
        for triple in triples:
            self.graph.add(triple)
        return len(self.graph) - before


@dataclass
class Facts:
    """What several rules read, read once: every start and end date, and which subjects are
    meetings and memberships."""

    backend: Backend
    strict: bool
    dates: list[tuple[Term, str, Term]] = field(default_factory=list)  # (s, prop, literal)
    meetings: set = field(default_factory=set)
    memberships: set = field(default_factory=set)
    with_end: set = field(default_factory=set)
    imported: set = field(default_factory=set)  # facts of the COW import (no OWL-Time, see below)
    _bounds: dict = field(default_factory=dict)

    def read(self) -> Facts:
        b = self.backend
        self.dates = [
            (r["s"], prop, r["d"])
            for prop in (_START, _END)
            for r in b.select(f"SELECT ?s ?d WHERE {{ ?s <{prop}> ?d }}")
        ]
        self.with_end = {s for s, p, _ in self.dates if p == _END}
        self.meetings = _subjects(b, f"SELECT ?s WHERE {{ ?s a <{BG}Meeting> }}")
        self.memberships = _subjects(b, f"SELECT ?s WHERE {{ ?s a <{BG}Membership> }}")
        self.imported = _subjects(
            b, f"SELECT ?s WHERE {{ ?s <{PROV}wasDerivedFrom> <{COW_SOURCE}> }}"
        )
        return self

    def bounds(self, subject: Term, prop: str, literal: Term) -> tuple[str, str] | None:
        """First and last day (YYYY-MM-DD) of a date literal; None (not strict) or a
        DerivationError (strict) when it cannot be derived."""
        b = self.backend
        key = (b.value(literal), b.datatype(literal))
        if key not in self._bounds:
            try:
                first, last = bounds(*key)
                self._bounds[key] = (first.isoformat(), last.isoformat())
            except ValueError as err:
                self._bounds[key] = str(err)
        found = self._bounds[key]
        if isinstance(found, str):
            if self.strict:
                raise DerivationError(b.value(subject), prop, key[0], found)
            return None
        return found

    def spans(self) -> Iterator[tuple[Term, str, Term, str]]:
        """(subject, derived property, the date literal it comes from, xsd:date lexical)."""
        for s, prop, literal in self.dates:
            days = self.bounds(s, prop, literal)
            if days is None:
                continue
            if prop == _START:
                yield s, _FROM, literal, days[0]
                if s in self.meetings and s not in self.with_end:
                    yield s, _UNTIL, literal, days[1]
            else:
                yield s, _UNTIL, literal, days[1]


def _subjects(b: Backend, query: str) -> set:
    return {r["s"] for r in b.select(query)}


# --- the rules ------------------------------------------------------------------------------


def date_bounds(f: Facts) -> Iterator[Triple]:
    b = f.backend
    for s, prop, _literal, day in f.spans():
        yield s, b.iri(prop), b.literal(day, XSD_DATE)


def start_year(f: Facts) -> Iterator[Triple]:
    b = f.backend
    for s, prop, _literal, day in f.spans():
        if prop == _FROM and s in f.meetings:
            yield s, b.iri(_START_YEAR), b.literal(str(int(day[:4])), XSD_INTEGER)


# Every participation with its state and the meeting's bloc. Three sub-SELECTs, so that
# Oxigraph hash-joins three scans instead of looking up each participation's meeting and body
# one by one (2.6x faster at 4.7M triples).
_PARTICIPATIONS = f"""
SELECT ?participation ?state ?meeting ?bloc WHERE {{
  {{ SELECT ?meeting ?bloc WHERE {{ ?meeting <{BG}body> ?body . ?body <{ORG}unitOf> ?bloc }} }}
  {{ SELECT ?participation ?meeting WHERE {{ ?participation <{BG}meeting> ?meeting }} }}
  {{ SELECT ?participation ?state WHERE {{ ?participation <{BG}participant> ?state }} }}
}}"""

# The memberships of the blocs that have meetings ($BLOCS).
_MEMBERSHIPS = f"""
SELECT ?membership ?bloc ?state WHERE {{
  VALUES ?bloc {{ $BLOCS }}
  ?membership <{ORG}organization> ?bloc ; <{ORG}member> ?state .
}}"""


def participant_memberships(f: Facts) -> Iterator[Triple]:
    b = f.backend
    froms: dict[Term, list[str]] = {}
    untils: dict[Term, list[str]] = {}
    for s, prop, _literal, day in f.spans():
        (froms if prop == _FROM else untils).setdefault(s, []).append(day)
    participations = [
        (r["participation"], r["state"], r["bloc"], day)
        for r in b.select(_PARTICIPATIONS)
        for day in froms.get(r["meeting"], ())
    ]
    # IRIs only: a blank node cannot go in VALUES (and the shapes refuse them anyway).
    blocs = sorted({f"<{b.value(bloc)}>" for _, _, bloc, _ in participations if b.is_iri(bloc)})
    if not blocs:
        return
    memberships = (
        (r["membership"], r["bloc"], r["state"], start, until)
        for r in b.select(_MEMBERSHIPS.replace("$BLOCS", " ".join(blocs)))
        for start in froms.get(r["membership"], ())
        for until in untils.get(r["membership"], [None])
    )
    link = b.iri(_PARTICIPANT_MEMBERSHIP)
    for participation, membership in memberships_held(participations, memberships):
        yield participation, link, membership


def memberships_held(
    participations: Iterable[tuple], memberships: Iterable[tuple]
) -> Iterator[tuple]:
    """(participation, membership) pairs: the membership of the meeting's bloc held by the
    participant on the meeting's first day.

    ``participations``: (participation, state, bloc, date); ``memberships``: (membership, bloc,
    state, from, until or None). Dates are YYYY-MM-DD (years 0001-9999, as derived), which
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


def type_closure(f: Facts) -> Iterator[Triple]:
    """Every superclass in the class hierarchy (rdfs:subClassOf, transitively) of every
    asserted type, unless already asserted."""
    b = f.backend
    supers: dict[str, set[str]] = {}
    for r in b.select(
        f"SELECT ?c ?super WHERE {{ ?c <{RDFS}subClassOf>+ ?super "
        "FILTER(isIRI(?c) && isIRI(?super) && ?c != ?super) }"
    ):
        supers.setdefault(b.value(r["c"]), set()).add(b.value(r["super"]))
    if not supers:
        return
    classes = " ".join(f"<{c}>" for c in sorted(supers))
    types: dict[Term, set[str]] = {}
    for r in b.select(f"SELECT ?s ?t WHERE {{ VALUES ?c {{ {classes} }} ?s a ?c . ?s a ?t }}"):
        types.setdefault(r["s"], set()).add(b.value(r["t"]))
    rdf_type = b.iri(_TYPE)
    for s, have in types.items():
        implied = set().union(*(supers.get(c, ()) for c in have)) - have
        for c in sorted(implied):
            yield s, rdf_type, b.iri(c)


def time_intervals(f: Facts) -> Iterator[Triple]:
    b = f.backend
    rdf_type = b.iri(_TYPE)
    interval_class = b.iri(TIME + "Interval")
    for s, prop, literal, _day in f.spans():
        if not b.is_iri(s):  # an interval's IRI is made from its subject's
            continue
        # Curated facts only: the COW import's ~38,000 year-precision memberships would add
        # some 200,000 interval triples (a quarter of the store, and a load Virtuoso chokes
        # on); they keep bg:validFrom / bg:validUntil, which every lookup reads.
        if s in f.imported:
            continue
        base = b.value(s)
        interval = b.iri(_fragment(base, "interval"))
        if prop == _FROM:
            link = ORG + "memberDuring" if s in f.memberships else TIME + "hasTime"
            yield s, b.iri(link), interval
            yield interval, rdf_type, interval_class
            point, edge = b.iri(_fragment(base, "beginning")), TIME + "hasBeginning"
        else:
            point, edge = b.iri(_fragment(base, "end")), TIME + "hasEnd"
        # No "a time:Instant": time:hasBeginning and time:hasEnd have that range, and the
        # instants are a third of what the build derives.
        yield interval, b.iri(edge), point
        yield point, b.iri(_IN_XSD[b.datatype(literal) or ""]), literal


def _fragment(iri: str, name: str) -> str:
    return f"{iri}#{name}" if "#" not in iri else f"{iri}-{name}"


@dataclass(frozen=True)
class Rule:
    name: str
    derives: tuple[str, ...]  # the properties it adds
    run: Callable[[Facts], Iterator[Triple]]


RULES = (
    Rule("date_bounds", (_FROM, _UNTIL), date_bounds),
    Rule("start_year", (_START_YEAR,), start_year),
    Rule("participant_memberships", (_PARTICIPANT_MEMBERSHIP,), participant_memberships),
    Rule("type_closure", (_TYPE,), type_closure),
    Rule(
        "time_intervals",
        (ORG + "memberDuring", TIME + "hasTime", TIME + "hasBeginning", TIME + "hasEnd", _TYPE),
        time_intervals,
    ),
)


def derive(backend: Backend, strict: bool = True, rules: Iterable[Rule] = RULES) -> int:
    """Run ``rules`` over ``backend`` and add what they derive; returns the count added.
    ``strict``: a date that cannot be derived raises DerivationError (else it is skipped,
    for the shapes to report)."""
    facts = Facts(backend, strict).read()
    # The mark that the derivation ran: the shapes' guard (bgsh:DerivedBoundsShape) fires on
    # data without it, where a date comparison would otherwise pass for want of bounds.
    derived: list[Triple] = [
        (backend.iri(DERIVED_GRAPH), backend.iri(_TYPE), backend.iri(BG + "DerivedGraph"))
    ]
    for rule in rules:  # every rule reads asserted triples only: all read, then all added
        derived.extend(rule.run(facts))
    return backend.add(derived)


def add_to_store(store: Any, strict: bool = True, graph: str | None = DERIVED_GRAPH) -> int:
    """Add the derived triples to a pyoxigraph store, in ``graph`` (None: the default graph)."""
    return derive(OxigraphBackend(store, graph), strict)


def add_derived(graph: Any, strict: bool = False) -> int:
    """Add the derived triples to an rdflib graph (validation of files); returns the count."""
    return derive(RdflibBackend(graph), strict)
