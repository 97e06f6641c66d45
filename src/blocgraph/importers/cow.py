"""Correlates of War IGO v3 as linked data: ``data/cow/cow-igo-v3.nt.gz``.

    python -m blocgraph.importers.cow [DIR] [-o FILE]      (blocgraph import cow)

DIR is the folder holding the COW CSV files (``igo_year_formatv3.csv``,
``state_columns.csv``, ``states2016.csv``, each plain or gzipped as ``.csv.gz``); default:
``$BLOCGRAPH_COW_DIR``, else the copy that ships with blocgraph in ``data/cow/source/`` (gzipped,
with its citation in the README there). The output is sorted N-Triples, gzipped with
mtime 0, so that the same inputs always give the same bytes (a test checks the shipped file is
current). N-Triples lines are written directly (no RDF graph is built): the whole run takes a
few seconds.

What is written
---------------
* ``<source/cow-igo-v3>``: the dataset as a bg:Source.
* Each IGO: ``<bloc/IONAME>`` (the ioname percent-encoded where it is not IRI-safe) with
  rdfs:label (orgname), bg:shortName, skos:altLabel (ioname, longorgname), bg:foundingDate
  (sdate), bg:dissolutionDate (deaddate, when there is one), bg:purpose (the political / social /
  economic flags, set in any year) and bg:cowIonum. A bloc that curated data also defines
  (``<bloc/X> a bg:Bloc`` in ``data/sco/*.ttl`` or ``data/blocs/*.ttl``) gets only the COW names
  as skos:altLabel and bg:cowIonum: its label, short name and dates are curated.
  The ``replaced`` / ``integrated`` columns are 0/1 flags that do not name the successor, so
  no bg:replacedBy / bg:integratedInto is written.
* Each COW state: bg:cowCode and bg:cowAbbreviation on ``<state/ISO3>``; states without an
  ISO 3166-1 code get their own ``<state/cow-CCODE>`` (see ``STATE_TABLE``).
* Memberships, one per run of a status (below), ``<membership/IONAME/STATE/status/Y1>``.

Cells and runs (the rules, also stated in the ontology's comments)
------------------------------------------------------------------
Cell codes: 1 member, 2 associate-member, 3 observer, -9 unknown (status:unknown, "missing
data"), 0 not a member; -1 and empty cells (the Stata release's missing value, which is where
the CSV has its "not a system member" cells) say nothing and are ignored. A -9 cell for a state
that is not in the COW state system that year (states2016) is ignored too: COW filled whole
rows with -9, including long-gone states such as Baden in 1970.

A membership is a maximal run of observations of one IGO, in year order, in which the state
has the same code 1, 2, 3 or -9; any other cell (0, -1, empty, a different code, a cell
dropped for curated data) ends the run. The run covers its first to its last observed year,
``schema:startDate`` / ``schema:endDate`` as xsd:gYear, both inclusive.

Gaps between observations: COW v3 is annual for the whole of 1816-2014 (earlier versions
sampled every five years before 1965); only two IGOs have gaps (CCNR: 1869 -> 1906, AGC:
1989 -> 2002). Two observations A < B of the same IGO with nothing in between are adjacent: if
the state has the same status at A and at B, it is one run, continuous through the gap; if
the status differs, the earlier run ends at A and the later one starts at B, and the years
A+1 .. B-1 carry no claim (we do not guess when the change happened).

Open ends: a run of status 1, 2 or 3 that reaches COW's last year (2014) in an IGO with no
deaddate gets no schema:endDate (still current as far as COW knows). Runs of -9 always end
(an open "unknown" would claim ignorance for years COW never covered), as do runs in an IGO
that has a deaddate (ACCT keeps rows after its 2005 deaddate).

Curated data takes precedence, over the whole span it covers:

* A curated bloc declares the span its file covers (``bg:curatedFrom``, optional
  ``bg:curatedUntil``; ``data/blocs/curated-spans.ttl``). Inside that span COW adds nothing:
  every cell of that bloc in a year the span touches is dropped, for every state (no status,
  no observer, no gap-filling row).
* Outside it, COW adds only what falls within the bloc's curated lifetime
  (``bg:foundingDate`` .. ``bg:dissolutionDate``). A cell from before the founding belongs to
  the bloc's predecessor when curated data names one (``<P> bg:replacedBy <B>``): COW counts
  the Shanghai Five as the SCO from 1996 and the Pan American Union as the OAS from 1890, so
  those rows become memberships of the predecessor (and its own span and lifetime then
  apply). A cell before the founding of a bloc with no predecessor, or after its
  dissolution, is dropped.
* For every (bloc, state) pair with a curated bg:Membership, every cell whose year a curated
  interval of that pair touches is dropped as well (at year level; an open end touches every
  later year), so no COW membership overlaps a curated one even without a declared span.

Two COW columns map to one state (255 Germany and 260 German Federal Republic -> DEU): per
IGO-year, the most informative code wins (1 > 2 > 3 > 0 > -9 > none); their years in the state
system overlap only in 1990.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote

from .. import paths
from ..dates import bounds
from ..errors import InputError
from ..namespaces import BG, DCTERMS, ID, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

if TYPE_CHECKING:
    import pyoxigraph as ox

COMMAND = "python -m blocgraph.importers.cow"
IGO_CSV = "igo_year_formatv3.csv"
COLUMNS_CSV = "state_columns.csv"
STATES_CSV = "states2016.csv"
OUTPUT_NAME = "cow-igo-v3.nt.gz"
SOURCE = "source/cow-igo-v3"
CURATED_FOLDERS = ("sco", "blocs")

# COW cell code -> status notation (the last segment of the status concept's IRI).
STATUS_OF_CODE: dict[str, str] = {
    "1": "member",
    "2": "associate-member",
    "3": "observer",
    "-9": "unknown",
}
KNOWN_STATUS_CODES = ("1", "2", "3")
# When two COW columns are one state (GMY + GFR -> DEU), the most informative code wins.
_MERGE_RANK = {"1": 5, "2": 4, "3": 3, "0": 2, "-9": 1}

PURPOSES = ("political", "social", "economic")

# ---------------------------------------------------------------------------------------
# COW states -> ISO 3166-1 alpha-3. Every other COW state is matched by its states2016 name
# against the English names of data/states.ttl (pycountry + our alternative names); these
# are the ones that do not match, or match wrongly. None: no ISO code, the state becomes
# <state/cow-CCODE>. (ccode: (ISO3 or None, reason))
# ---------------------------------------------------------------------------------------
STATE_TABLE: dict[int, tuple[str | None, str]] = {
    56: ("LCA", "COW 'St. Lucia' is ISO 'Saint Lucia'"),
    57: ("VCT", "COW 'St. Vincent and the Grenadines' is ISO 'Saint Vincent and the Grenadines'"),
    58: ("ATG", "COW 'Antigua & Barbuda' is ISO 'Antigua and Barbuda'"),
    60: ("KNA", "COW 'St. Kitts and Nevis' is ISO 'Saint Kitts and Nevis'"),
    240: (None, "Hanover (1837-1866): historical, no ISO code"),
    245: (None, "Bavaria (until 1871): historical, no ISO code"),
    255: ("DEU", "Germany: GMY 1816-1945 and again from 1990-10-03 (unified Germany)"),
    260: ("DEU", "German Federal Republic: continued as Germany after unification (GFR -> DEU)"),
    265: (None, "German Democratic Republic (1954-1990): acceded to the FRG, no ISO code now"),
    267: (None, "Baden (until 1871): historical, no ISO code"),
    269: (None, "Saxony (until 1867): historical, no ISO code"),
    271: (None, "Wuerttemberg (until 1871): historical, no ISO code"),
    273: (None, "Hesse Electoral (until 1866): historical, no ISO code"),
    275: (None, "Hesse Grand Ducal (until 1867): historical, no ISO code"),
    280: (None, "Mecklenburg-Schwerin (1843-1867): historical, no ISO code"),
    300: (None, "Austria-Hungary (until 1918): historical; Austria is COW 305"),
    315: (None, "Czechoslovakia (1918-1992): historical; Czechia is COW 316, Slovakia 317"),
    316: ("CZE", "COW 'Czech Republic' is ISO 'Czechia' (matched by name; pinned here)"),
    327: (None, "Papal States (until 1860): historical; the Holy See is not a COW state"),
    329: (None, "Two Sicilies (until 1861): historical, no ISO code"),
    332: (None, "Modena (1842-1860): historical, no ISO code"),
    335: (None, "Parma (1851-1860): historical, no ISO code"),
    337: (None, "Tuscany (until 1860): historical, no ISO code"),
    343: ("MKD", "COW 'Macedonia' is ISO 'North Macedonia' (matched by name; pinned here)"),
    345: (
        "SRB",
        "COW ccode 345 is one state throughout, Yugoslavia -> Serbia and Montenegro -> "
        "Serbia (like 365 USSR -> Russia): kept as one state, Serbia, the continuator",
    ),
    347: (None, "Kosovo: no ISO 3166-1 code (XK is user-assigned)"),
    365: ("RUS", "Russia: COW ccode 365 is Russia / the USSR throughout; kept as one state"),
    484: ("COG", "COW 'Congo' is the Republic of the Congo (Brazzaville)"),
    490: ("COD", "COW 'Democratic Republic of the Congo' (column 'zaire')"),
    511: (None, "Zanzibar (1963-1964): merged into Tanzania, no ISO code"),
    678: (None, "Yemen Arab Republic (North Yemen, until 1990): historical; Yemen is COW 679"),
    680: (None, "Yemen People's Republic (South Yemen, 1967-1990): historical"),
    730: (None, "Korea (1887-1905): historical; the two Koreas are COW 731 and 732"),
    816: ("VNM", "COW 'Vietnam' (DRV, North Vietnam from 1954) continued as Viet Nam"),
    817: (None, "Republic of Vietnam (South Vietnam, 1954-1975): historical"),
}

# Labels for states without an ISO code where the COW name is a misspelling or abbreviation;
# the COW name stays as skos:altLabel.
HISTORICAL_LABELS: dict[int, str] = {
    271: "Württemberg",
    280: "Mecklenburg-Schwerin",
}

# states2016 starts in 1816 and ends in 2016: those entry / exit dates are the edges of the
# COW state system, not a founding or a dissolution, and are not written.
_SYSTEM_START = dt.date(1816, 1, 1)
_SYSTEM_END = dt.date(2016, 12, 31)
_OPEN = 9999  # the last year an open-ended curated membership touches


# ---------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------


def default_cow_dir() -> Path:
    """``$BLOCGRAPH_COW_DIR``, else the shipped copy, ``data/cow/source/``."""
    override = os.environ.get("BLOCGRAPH_COW_DIR")
    if override:
        return Path(override)
    return paths.data_dir() / "cow" / "source"


def csv_path(cow_dir: Path, name: str) -> Path | None:
    """``cow_dir/name``, else its gzipped copy ``name.gz``; None when neither is a file."""
    for candidate in (cow_dir / name, cow_dir / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def open_csv(cow_dir: Path, name: str) -> IO[str]:
    """One of the COW CSV files as text, plain or gzipped."""
    path = csv_path(cow_dir, name)
    if path is None:
        raise InputError(f"{cow_dir}: no {name} (is this the COW IGO v3 folder?)")
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", newline="", encoding="utf-8")
    return open(path, newline="", encoding="utf-8")


def default_output() -> Path:
    return paths.data_dir() / "cow" / OUTPUT_NAME


@dataclass
class CowState:
    """One COW state column and the blocgraph state it maps to."""

    column: str
    ccode: int
    abbreviation: str
    name: str
    segment: str  # the state's IRI segment: ISO3 or cow-CCODE
    iso3: str | None
    entries: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    reason: str = "matched by name"

    def in_system(self, year: int) -> bool:
        """Whether the state was in the COW state system at some point of ``year``."""
        return year in self.system_years

    @property
    def system_years(self) -> frozenset[int]:
        years = self.__dict__.get("_system_years")
        if years is None:
            years = frozenset(
                y for start, end in self.entries for y in range(start.year, end.year + 1)
            )
            self.__dict__["_system_years"] = years
        return years


def _name_index() -> dict[str, str]:
    """Lower-cased English name -> ISO3, from the generator of data/states.ttl; names that
    would map to two states are left out."""
    import pycountry

    from .states import state_names

    index: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        label, others = state_names(country)
        for name in (label, *others):
            index[name.casefold()].add(country.alpha_3)
    return {name: next(iter(codes)) for name, codes in index.items() if len(codes) == 1}


def read_states(cow_dir: Path) -> dict[str, CowState]:
    """COW state column -> CowState (with its ISO3 or cow-CCODE segment)."""
    import pycountry

    with open_csv(cow_dir, COLUMNS_CSV) as stream:
        columns = {row["state"]: int(row["ccode"]) for row in csv.DictReader(stream)}
    system: dict[int, list[dict[str, str]]] = defaultdict(list)
    with open_csv(cow_dir, STATES_CSV) as stream:
        for row in csv.DictReader(stream):
            system[int(row["ccode"])].append(row)
    names = _name_index()
    known_iso = {c.alpha_3 for c in pycountry.countries}
    states: dict[str, CowState] = {}
    for column, ccode in columns.items():
        rows = system.get(ccode)
        if not rows:
            raise InputError(f"{STATES_CSV}: no entry for ccode {ccode} (column {column!r})")
        entries = sorted(
            (
                dt.date(int(r["styear"]), int(r["stmonth"]), int(r["stday"])),
                dt.date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"])),
            )
            for r in rows
        )
        name = rows[0]["statenme"]
        if ccode in STATE_TABLE:
            iso3, reason = STATE_TABLE[ccode]
        else:
            iso3, reason = names.get(name.casefold()), "matched by name"
            if iso3 is None:
                raise InputError(
                    f"COW state {ccode} {name!r} matches no ISO 3166 name: add it to STATE_TABLE"
                )
        if iso3 is not None and iso3 not in known_iso:
            raise InputError(f"STATE_TABLE: {iso3} (for COW {ccode}) is not an ISO 3166-1 code")
        states[column] = CowState(
            column=column,
            ccode=ccode,
            abbreviation=rows[0]["stateabb"],
            name=name,
            segment=iso3 or f"cow-{ccode}",
            iso3=iso3,
            entries=entries,
            reason=reason,
        )
    return states


@dataclass
class Igo:
    ioname: str
    orgname: str
    longorgnames: list[str]
    ionum: str
    sdate: str
    deaddate: str
    purposes: list[str]
    years: list[int]
    rows: list[list[str]]  # the raw CSV rows, in year order


def cow_name(value: str) -> str:
    """A name from the COW IGO CSV as it was meant. The file is UTF-8, but a few names were
    MacRoman bytes read as Latin-1 on the way: "Communaut\x8e" for "Communauté" (C1 control
    characters, never right in a name) and a trailing "Ê" for a MacRoman no-break space
    ("International Renewable Energy AgencyÊ"). Those are decoded again as MacRoman (all nine
    checked by hand) and trimmed; any other name is left as it is."""
    damaged = any(0x80 <= ord(ch) <= 0x9F for ch in value) or value.endswith("Ê")
    if not damaged or any(ord(ch) > 0xFF for ch in value):
        return value
    return value.encode("latin-1").decode("mac_roman").replace("\xa0", " ").strip()


def read_igos(cow_dir: Path) -> tuple[list[str], list[Igo]]:
    """(state columns in CSV order, IGOs in ioname order)."""
    with open_csv(cow_dir, IGO_CSV) as stream:
        reader = csv.reader(stream)
        header = next(reader)
        rows = list(reader)
    col = {name: i for i, name in enumerate(header)}
    state_columns = header[col["year"] + 1 : col["sdate"]]
    grouped: dict[str, list[list[str]]] = defaultdict(list)
    for row in rows:
        grouped[row[col["ioname"]]].append(row)
    igos = []
    for ioname in sorted(grouped):
        igo_rows = sorted(grouped[ioname], key=lambda r: int(r[col["year"]]))
        first, last = igo_rows[0], igo_rows[-1]
        long_names = sorted(
            {cow_name(r[col["longorgname"]]) for r in igo_rows if r[col["longorgname"]]}
        )
        purposes = [p for p in PURPOSES if any(r[col[p]] == "1" for r in igo_rows)]
        igos.append(
            Igo(
                ioname=ioname,
                orgname=cow_name(first[col["orgname"]]),
                longorgnames=long_names,
                ionum=first[col["ionum"]],
                sdate=first[col["sdate"]],
                deaddate=last[col["deaddate"]],
                purposes=purposes,
                years=[int(r[col["year"]]) for r in igo_rows],
                rows=igo_rows,
            )
        )
    return state_columns, igos


def _turtle_files(data_dir: Path) -> list[Path]:
    return sorted(p for folder in CURATED_FOLDERS for p in (data_dir / folder).glob("*.ttl"))


@dataclass
class Curated:
    """What curated data says that the import must not contradict."""

    blocs: set[str]  # bloc IRIs
    # (bloc IRI, state IRI) -> the (first, last) years of each curated membership of the pair
    intervals: dict[tuple[str, str], list[tuple[int, int]]]
    # bloc IRI -> (first, last) years of the span its curated file covers (bg:curatedFrom ..)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # bloc IRI -> (founding, dissolution) years from curated data (None where not given)
    lifetimes: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    # successor bloc IRI -> its predecessor (curated <P> bg:replacedBy <B>)
    predecessors: dict[str, str] = field(default_factory=dict)

    def target(self, bloc: str, year: int, depth: int = 0) -> str | None:
        """The bloc a COW cell of ``bloc`` in ``year`` belongs to, or None if it is dropped:
        inside a curated span, nothing; before the founding, the predecessor (if any);
        after the dissolution, nothing."""
        span = self.spans.get(bloc)
        if span and span[0] <= year <= span[1]:
            return None
        founded, dissolved = self.lifetimes.get(bloc, (None, None))
        if founded is not None and year < founded:
            predecessor = self.predecessors.get(bloc)
            if predecessor is None or depth > 5:
                return None
            return self.target(predecessor, year, depth + 1)
        if dissolved is not None and year > dissolved:
            return None
        return bloc

    def touches(self, bloc: str, state: str, year: int) -> bool:
        """Whether a curated membership of (bloc, state) touches ``year``."""
        return any(a <= year <= b for a, b in self.intervals.get((bloc, state), ()))


def read_curated(data_dir: Path | None = None) -> Curated:
    """Blocs and membership intervals of ``data/sco/*.ttl`` and ``data/blocs/*.ttl``."""
    import pyoxigraph as ox

    data_dir = paths.data_dir() if data_dir is None else data_dir
    rdf_type, bloc_class = RDF + "type", BG + "Bloc"
    wanted = {
        ORG + "member",
        ORG + "organization",
        SCHEMA + "startDate",
        SCHEMA + "endDate",
        BG + "curatedFrom",
        BG + "curatedUntil",
        BG + "foundingDate",
        BG + "dissolutionDate",
    }
    blocs: set[str] = set()
    memberships: set[str] = set()
    predecessors: dict[str, str] = {}
    props: dict[str, dict[str, ox.NamedNode | ox.Literal]] = defaultdict(dict)
    for path in _turtle_files(data_dir):
        try:
            triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        except SyntaxError as err:
            raise InputError(f"{path}: {str(err).strip().splitlines()[0]}") from None
        for t in triples:
            s, p, o = t.subject, t.predicate.value, t.object
            if not isinstance(s, ox.NamedNode):
                continue
            if p == rdf_type and isinstance(o, ox.NamedNode):
                if o.value == bloc_class:
                    blocs.add(s.value)
                elif o.value == BG + "Membership":
                    memberships.add(s.value)
            elif p == BG + "replacedBy" and isinstance(o, ox.NamedNode):
                predecessors[o.value] = s.value
            elif p in wanted:
                props[s.value][p] = o
    spans: dict[str, tuple[int, int]] = {}
    lifetimes: dict[str, tuple[int | None, int | None]] = {}
    for bloc_iri, values in props.items():
        first, until = values.get(BG + "curatedFrom"), values.get(BG + "curatedUntil")
        if isinstance(first, ox.Literal):
            last = (
                _literal_bounds(until, bloc_iri)[1].year if isinstance(until, ox.Literal) else _OPEN
            )
            spans[bloc_iri] = (_literal_bounds(first, bloc_iri)[0].year, last)
        if bloc_iri in blocs:
            founded, dissolved = values.get(BG + "foundingDate"), values.get(BG + "dissolutionDate")
            lifetimes[bloc_iri] = (
                _literal_bounds(founded, bloc_iri)[0].year
                if isinstance(founded, ox.Literal)
                else None,
                _literal_bounds(dissolved, bloc_iri)[1].year
                if isinstance(dissolved, ox.Literal)
                else None,
            )
    intervals: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for m in sorted(memberships):
        values = props.get(m, {})
        member, bloc = values.get(ORG + "member"), values.get(ORG + "organization")
        if not isinstance(member, ox.NamedNode) or not isinstance(bloc, ox.NamedNode):
            continue  # the shapes report it; nothing to protect
        first_year, last_year = 0, _OPEN
        start, end = values.get(SCHEMA + "startDate"), values.get(SCHEMA + "endDate")
        if isinstance(start, ox.Literal):
            first_year = _literal_bounds(start, m)[0].year
        if isinstance(end, ox.Literal):
            last_year = _literal_bounds(end, m)[1].year
        intervals[(bloc.value, member.value)].append((first_year, last_year))
    return Curated(
        blocs=blocs,
        intervals={k: sorted(v) for k, v in intervals.items()},
        spans=spans,
        lifetimes=lifetimes,
        predecessors=predecessors,
    )


def _literal_bounds(literal: ox.Literal, subject: str) -> tuple[dt.date, dt.date]:
    try:
        return bounds(literal.value, literal.datatype.value)
    except ValueError as err:
        raise InputError(f"curated membership {subject}: {err}") from None


# ---------------------------------------------------------------------------------------
# N-Triples
# ---------------------------------------------------------------------------------------

_ESCAPES = {
    ord("\\"): "\\\\",
    ord('"'): '\\"',
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
    ord("\b"): "\\b",
    ord("\f"): "\\f",
}
_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _ESCAPES})
_IRI_SAFE = re.compile(r"^[A-Za-z0-9\-._~]+$")


def segment(text: str) -> str:
    """An IRI path segment: unreserved characters as they are, the rest percent-encoded."""
    return text if _IRI_SAFE.match(text) else quote(text, safe="-._~")


def _iri(rel_or_abs: str) -> str:
    return f"<{rel_or_abs if '://' in rel_or_abs else ID + rel_or_abs}>"


def _lit(text: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    body = '"' + text.translate(_ESCAPES) + '"'
    if lang:
        return f"{body}@{lang}"
    if datatype:
        return f"{body}^^<{datatype}>"
    return body


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} <{p}> {o} .\n")


# ---------------------------------------------------------------------------------------
# Conversion
# ---------------------------------------------------------------------------------------

_A = RDF + "type"
_GYEAR = XSD + "gYear"
_INT = XSD + "integer"


def _source(out: _Lines) -> None:
    s = _iri(SOURCE)
    out.add(s, _A, _iri(BG + "Source"))
    title = "Correlates of War Intergovernmental Organizations (IGO) data, version 3.0"
    out.add(s, DCTERMS + "title", _lit(title))
    out.add(s, DCTERMS + "publisher", _lit("The Correlates of War Project"))
    out.add(s, DCTERMS + "date", _lit("2020", datatype=_GYEAR))
    out.add(s, BG + "sourceKind", _iri(ID + "source-kind/dataset"))
    out.add(
        s,
        DCTERMS + "bibliographicCitation",
        _lit(
            "Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus, Anne Spencer Jamison, "
            '"Tracking Organizations in the World: The Correlates of War IGO Version 3.0 '
            'Datasets", Journal of Peace Research 57(3), 2020, 492\u2013503. '
            "doi:10.1177/0022343319881175."
        ),
    )
    url = "https://correlatesofwar.org/data-sets/IGOs/"
    out.add(s, SCHEMA + "url", _lit(url, datatype=XSD + "anyURI"))


def _states(out: _Lines, states: Iterable[CowState]) -> None:
    for st in states:
        s = _iri(f"state/{st.segment}")
        out.add(s, BG + "cowCode", _lit(str(st.ccode), datatype=_INT))
        out.add(s, BG + "cowAbbreviation", _lit(st.abbreviation))
        if st.iso3 is not None:
            continue
        out.add(s, _A, _iri(BG + "State"))
        label = HISTORICAL_LABELS.get(st.ccode, st.name)
        out.add(s, RDFS + "label", _lit(label, lang="en"))
        if label != st.name:
            out.add(s, SKOS + "altLabel", _lit(st.name, lang="en"))
        founded, dissolved = st.entries[0][0], max(end for _, end in st.entries)
        if founded != _SYSTEM_START:
            out.add(s, SCHEMA + "foundingDate", _lit(founded.isoformat(), datatype=XSD + "date"))
        if dissolved != _SYSTEM_END:
            out.add(
                s, SCHEMA + "dissolutionDate", _lit(dissolved.isoformat(), datatype=XSD + "date")
            )


def _bloc(out: _Lines, igo: Igo, curated: bool) -> None:
    s = _iri(f"bloc/{segment(igo.ioname)}")
    names = {igo.orgname, *igo.longorgnames}
    if curated:
        for name in sorted(names):
            out.add(s, SKOS + "altLabel", _lit(name, lang="en"))
        out.add(s, BG + "cowIonum", _lit(igo.ionum, datatype=_INT))
        return
    out.add(s, _A, _iri(BG + "Bloc"))
    out.add(s, RDFS + "label", _lit(igo.orgname, lang="en"))
    out.add(s, BG + "shortName", _lit(igo.ioname))
    for name in sorted((names | {igo.ioname}) - {igo.orgname}):
        out.add(s, SKOS + "altLabel", _lit(name, lang="en"))
    out.add(s, BG + "foundingDate", _lit(igo.sdate, datatype=_GYEAR))
    if igo.deaddate:
        out.add(s, BG + "dissolutionDate", _lit(igo.deaddate, datatype=_GYEAR))
    for purpose in igo.purposes:
        out.add(s, BG + "purpose", _iri(f"bloc-purpose/{purpose}"))
    out.add(s, BG + "cowIonum", _lit(igo.ionum, datatype=_INT))
    out.add(s, PROV + "wasDerivedFrom", _iri(SOURCE))


@dataclass
class Run:
    code: str
    start: int
    end: int
    columns: set[str]
    open: bool = False


def runs_for(
    years: list[int], codes: list[str | None], columns: list[set[str]], open_year: int | None
) -> list[Run]:
    """Runs of equal status codes over the IGO's observations (see the module docstring).

    ``codes[i]`` is the cell at ``years[i]`` after merging, filtering and curated drops
    (None: nothing). ``open_year``: a run of status 1/2/3 reaching it is left open.
    """
    runs: list[Run] = []
    current: Run | None = None
    for year, code, cols in zip(years, codes, columns, strict=True):
        if code is not None and code in STATUS_OF_CODE:
            if current is not None and current.code == code:
                current.end = year
                current.columns |= cols
                continue
            current = Run(code, year, year, set(cols))
            runs.append(current)
        else:
            current = None
    for run in runs:
        run.open = open_year is not None and run.end == open_year and run.code in KNOWN_STATUS_CODES
    return runs


def _merged_codes(
    years: list[int], cells: list[tuple[CowState, tuple[str, ...]]]
) -> tuple[list[str | None], list[set[str]]]:
    """Per observed year: the code that counts (None: nothing) and the columns giving it.

    -1 / empty cells and -9 cells of a state outside the state system give nothing; when two
    columns are one state the most informative code wins (``_MERGE_RANK``).
    """
    if len(cells) == 1:
        st, values = cells[0]
        in_system, column = st.system_years, {st.column}
        codes = [
            v if v in _MERGE_RANK and (v != "-9" or y in in_system) else None
            for y, v in zip(years, values, strict=True)
        ]
        return codes, [column] * len(codes)
    merged: list[str | None] = []
    contributors: list[set[str]] = []
    for i, year in enumerate(years):
        best, cols = None, set()
        for st, values in cells:
            v = values[i]
            rank = _MERGE_RANK.get(v)
            if rank is None or (v == "-9" and year not in st.system_years):
                continue
            if best is None or rank > _MERGE_RANK[best]:
                best, cols = v, {st.column}
            elif v == best:
                cols.add(st.column)
        merged.append(best)
        contributors.append(cols)
    return merged, contributors


@dataclass
class Result:
    lines: list[str]
    counts: dict[str, object]
    dropped: dict[str, dict[str, int]]  # ioname -> code -> cells dropped for curated data


def build(
    cow_dir: Path, data_dir: Path | None = None, progress: Callable[[str], None] | None = None
) -> Result:
    """Everything ``convert`` writes, as N-Triples lines (unsorted) and counts."""
    say = progress or (lambda _message: None)
    say("reading COW states")
    states = read_states(cow_dir)
    say("reading curated data")
    curated = read_curated(data_dir)
    say("reading COW IGO-years")
    state_columns, igos = read_igos(cow_dir)
    missing = [c for c in state_columns if c not in states]
    if missing:
        raise InputError(f"{IGO_CSV}: state columns not in {COLUMNS_CSV}: {missing}")
    last_year = max(igo.years[-1] for igo in igos)

    out = _Lines()
    _source(out)
    by_segment: dict[str, list[CowState]] = defaultdict(list)
    for column in state_columns:
        by_segment[states[column].segment].append(states[column])
    _states(out, sorted(states.values(), key=lambda st: st.ccode))

    say(f"converting {len(igos)} IGOs")
    header_index = {name: i for i, name in enumerate(state_columns, start=3)}
    memberships = 0
    dropped: dict[str, dict[str, int]] = {}
    status_iri = {code: _iri(f"status/{notation}") for code, notation in STATUS_OF_CODE.items()}
    source = _iri(SOURCE)
    membership_codes = frozenset(STATUS_OF_CODE)
    for igo in igos:
        bloc_rel = f"bloc/{segment(igo.ioname)}"
        bloc_iri = ID + bloc_rel
        _bloc(out, igo, bloc_iri in curated.blocs)
        open_year = last_year if (igo.years[-1] == last_year and not igo.deaddate) else None
        by_column = list(zip(*igo.rows, strict=True))  # every row has every column
        for seg in sorted(by_segment):
            group = by_segment[seg]
            cells = [(st, by_column[header_index[st.column]]) for st in group]
            if all(membership_codes.isdisjoint(values) for _, values in cells):
                continue  # no cell of this state in this IGO makes a membership
            codes, contributors = _merged_codes(igo.years, cells)
            # Which bloc each cell belongs to (None: dropped for curated data, see above).
            targets = [curated.target(bloc_iri, year) for year in igo.years]
            for target in dict.fromkeys(t for t in targets if t is not None):
                target_codes = list(codes)
                target_cols = list(contributors)
                for i, year in enumerate(igo.years):
                    protected = curated.touches(target, ID + f"state/{seg}", year)
                    if targets[i] != target or protected:
                        code = target_codes[i]
                        if targets[i] == target and code is not None and code in STATUS_OF_CODE:
                            # counted: cells that would have made (part of) a membership
                            counts = dropped.setdefault(igo.ioname, {})
                            counts[code] = counts.get(code, 0) + 1
                        target_codes[i], target_cols[i] = None, set()
                target_rel = target.removeprefix(ID)
                target_segment = target_rel.removeprefix("bloc/")
                open_here = open_year if target == bloc_iri else None
                for run in runs_for(igo.years, target_codes, target_cols, open_here):
                    notation = STATUS_OF_CODE[run.code]
                    m = _iri(f"membership/{target_segment}/{seg}/{notation}/{run.start}")
                    out.add(m, _A, _iri(BG + "Membership"))
                    out.add(m, ORG + "member", _iri(f"state/{seg}"))
                    out.add(m, ORG + "organization", _iri(target_rel))
                    out.add(m, ORG + "role", status_iri[run.code])
                    out.add(m, SCHEMA + "startDate", _lit(str(run.start), datatype=_GYEAR))
                    if not run.open:
                        out.add(m, SCHEMA + "endDate", _lit(str(run.end), datatype=_GYEAR))
                    out.add(m, PROV + "wasDerivedFrom", source)
                    span = (
                        f"year {run.start}"
                        if run.start == run.end
                        else (f"years {run.start}-{run.end}")
                    )
                    out.add(
                        m,
                        BG + "quote",
                        _lit(
                            f"COW IGO v3 ioname={igo.ioname} state={'/'.join(sorted(run.columns))} "
                            f"{span} code {run.code}"
                        ),
                    )
                    if run.code == "-9":
                        out.add(
                            m,
                            BG + "statusUnknownNote",
                            _lit("COW IGO v3 code -9: missing data for these years", lang="en"),
                        )
                    memberships += 1
            # cells of the IGO dropped outright (inside a span, outside the lifetime)
            for cell_target, code in zip(targets, codes, strict=True):
                if cell_target is None and code is not None and code in STATUS_OF_CODE:
                    counts = dropped.setdefault(igo.ioname, {})
                    counts[code] = counts.get(code, 0) + 1
    historical = sum(1 for st in states.values() if st.iso3 is None)
    totals: dict[str, object] = {
        "blocs": len(igos),
        "curated_blocs": sum(
            1 for igo in igos if ID + f"bloc/{segment(igo.ioname)}" in curated.blocs
        ),
        "states": len(by_segment),
        "historical_states": historical,
        "memberships": memberships,
        "triples": len(out.lines),
        "dropped_cells": sum(sum(c.values()) for c in dropped.values()),
    }
    return Result(lines=out.lines, counts=totals, dropped=dropped)


def header_line() -> str:
    return (
        f"# Generated by `{COMMAND} DIR` (blocgraph import cow) from the Correlates of War "
        "IGO v3 CSV files: do not edit by hand.\n"
    )


def render(result: Result) -> bytes:
    """The uncompressed N-Triples document: one header comment, then sorted lines."""
    return (header_line() + "".join(sorted(result.lines))).encode("utf-8")


def convert(
    cow_dir: Path,
    out: Path,
    progress: Callable[[str], None] | None = None,
    *,
    data_dir: Path | None = None,
) -> dict[str, Any]:
    """Convert COW IGO v3 in ``cow_dir`` to gzipped N-Triples at ``out``.

    Returns counts: blocs, curated_blocs, states, historical_states, memberships, triples,
    dropped_cells (cells of code 1, 2, 3 or -9 dropped because curated data covers their
    year), dropped_by_bloc (ioname -> code -> cells) and seconds. ``data_dir`` (default: the
    repository's data/) is where curated data is read.
    """
    started = time.perf_counter()
    cow_dir = Path(cow_dir)
    for name in (IGO_CSV, COLUMNS_CSV, STATES_CSV):
        if csv_path(cow_dir, name) is None:
            raise InputError(f"{cow_dir}: no {name} (is this the COW IGO v3 folder?)")
    result = build(cow_dir, data_dir=data_dir, progress=progress)
    if progress:
        progress(f"writing {len(result.lines)} triples to {out}")
    document = render(result)
    from ..files import atomic_output

    # filename="" and mtime=0: no name or time in the gzip header, reproducible bytes
    with (
        atomic_output(Path(out)) as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz,
    ):
        gz.write(document)
    counts = dict(result.counts)
    counts["dropped_by_bloc"] = {
        ioname: dict(sorted(codes.items())) for ioname, codes in sorted(result.dropped.items())
    }
    counts["seconds"] = round(time.perf_counter() - started, 2)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=COMMAND, description="Convert Correlates of War IGO v3 to blocgraph N-Triples."
    )
    parser.add_argument(
        "cow_dir",
        nargs="?",
        type=Path,
        default=None,
        help="folder with the COW CSV files, plain or .csv.gz "
        "(default: $BLOCGRAPH_COW_DIR, else the shipped data/cow/source)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=None, help=f"default: data/cow/{OUTPUT_NAME}"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    args = parser.parse_args(argv)
    cow_dir = args.cow_dir or default_cow_dir()
    out = args.output or default_output()

    def progress(message: str) -> None:
        print(message, file=sys.stderr)

    try:
        counts = convert(cow_dir, out, None if args.quiet else progress)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    by_bloc = counts.pop("dropped_by_bloc")
    for key, value in counts.items():
        print(f"{key}: {value}")
    for ioname, codes in by_bloc.items():
        print(f"dropped for curated {ioname}: {codes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
