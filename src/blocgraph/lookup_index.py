"""The lookup index: what the hot lookups ask, answered without opening the store.

A cold lookup that opens the RocksDB store pays for pyoxigraph's import and for the open
itself (RocksDB starts some 180 threads), about a fifth of a bare Python's start, before its
first query (benchmarks/lookup.py). The build therefore writes, beside the store and from the
store's own query results, one read-only SQLite file (``INDEX_FILE``), and the lookups below
read it instead, through ``select``, which falls back to the store for anything else:

* **Mirrored queries** (``MIRRORED``): the membership lookups, whose parameters include a day
  (``members --on/--year``, ``state``, ``joint``, ``compare``, ``bloc``'s counts). A day cannot
  be enumerated, so the index holds tables of the triples these queries match, one table per
  property (read with ``queries/index/property-values.rq`` and ``english-labels.rq``, in the
  order ORDER BY puts their values, which ``rank`` keeps), and each query has one SQL
  statement that joins them as the SPARQL does: a pattern is a JOIN, an OPTIONAL a LEFT JOIN,
  a FILTER a WHERE, ORDER BY the ranks of the values. The build's derived days
  (``bg:validFrom``/``bg:validUntil``, all ``xsd:date``, checked) compare as text.
* **Stored answers** (``MEMOISED``): queries whose parameters are blocs, years and series
  (``bloc``'s lineage, bodies, series and sources; ``meetings``; the vocabulary the resolver
  checks statuses against): the build runs the named query itself for every binding it
  enumerates and stores its rows as they come, keyed by the bound terms. A binding the build
  did not enumerate is asked of the store. ``meeting``'s four parts are stored so for every
  meeting.
* **Rows by year** (``SPANNED``): the meeting record's lookups whose parameters include a
  year or a span of years (``attended``, ``absences``, ``state --meetings``, ``meetings
  --host``). A span cannot be enumerated either: the build stores each query's rows for every
  binding of its other parameters with the years left unbound, and each row's year (its
  meeting's ``bg:startYear``, from ``queries/index/meeting-starts.rq``); a year or a span
  keeps the rows of those years, in the stored order. That is the query's own answer when no
  two different rows tie on its ORDER BY (the rows it keeps are then in the one order ORDER
  BY allows), which the build checks for each binding; where rows tie, only the binding
  without years is answered, and the store answers its years and spans.

tests/test_lookup_index.py compares them all, row for row and in order, with the named queries
run on the store. Each query's text is digested into the index: a query edited since the build
(or an index of an older format, or a missing one) is answered by the store. The file's size
and mtime are in the store's manifest, as RocksDB's files are.

This module imports nothing beyond the standard library's ``sqlite3`` (when an answer is
first asked for: about 2 ms of a lookup's CPU, against pyoxigraph's 4 and RocksDB's 9), and
``marshal`` and ``zlib`` for the stored rows (compressed: format 4).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from . import paths, queries
from .namespaces import BG, ORG, SCHEMA, SKOS, XSD_DATE, XSD_INTEGER
from .terms import IRI, Literal, Row

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from .store_protocol import Store

INDEX_FILE = "blocgraph-lookups.sqlite"
# Bump when the tables or the SQL change: an index of another format is not read.
FORMAT = "4"

# The named queries answered by SQL over the index's tables (see the module's docstring).
MIRRORED = (
    "members-on",
    "members-during",
    "state-memberships",
    "joint-memberships",
    "compare-blocs",
    "bloc-status-counts",
)
# The named queries whose answers the build stores for every binding it enumerates.
MEETING_PARTS = (
    "meeting-details",
    "meeting-invitations",
    "meeting-sources",
    "meeting-participants",
)
MEMOISED = (
    "vocabulary",
    "bloc-lineage",
    "bloc-bodies",
    "bloc-series",
    "bloc-sources",
    "meetings",
    # `meeting`: each meeting's parts, stored for every meeting (meeting-ids).
    *MEETING_PARTS,
)
# The queries over the meeting record whose parameters include a year or a span of years
# (``attended``, ``absences``, ``state --meetings``, ``meetings --host``): the build stores
# each one's rows once per binding of its other parameters (the key), years left unbound, with
# each row's year (its meeting's bg:startYear); a year or a span keeps the rows of those years.
# That is the query's own answer only if the rows' order cannot depend on which rows are
# asked for: the build checks that no two different rows tie on the ORDER BY (given below, as
# columns, "@from" being the meeting's bg:validFrom), and answers only the unbounded binding
# of a key that has ties, leaving its years and spans to the store. Each query's ORDER BY
# ends with ?meeting, so that only rows of one meeting can tie: absences ordered by day and
# state alone tied on ASEAN's 38th and 39th summits (both on 2021-10-26, Myanmar absent from
# both), which the store itself ordered differently for different spans.
SPANNED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "observers-attended": (("bloc", "status"), ("date", "label", "meeting")),
    "absences": (("bloc",), ("@from", "label", "meeting")),
    "state-meetings": (("state", "bloc"), ("date", "meeting")),
    "meetings-hosted-by": (("host", "bloc"), ("@from", "meeting")),
}
YEAR_PARAMS = ("year", "from_year", "to_year")
# The queries the build reads the index's tables and bindings with (queries/index/).
INDEX_QUERIES = (
    "property-values",
    "value-order",
    "english-labels",
    "meeting-years",
    "blocs-with-bodies",
    "meeting-starts",
    "participant-blocs",
    "host-blocs",
)
# Queries the build runs to enumerate bindings (blocs, meetings) without storing their answers.
ENUMERATING = ("blocs", "meeting-ids")

# Table -> the property its rows are (subject, value) of; "day": the value is an xsd:date.
PROPERTY_TABLES = {
    "organization": ORG + "organization",
    "member": ORG + "member",
    "role": ORG + "role",
    "valid_from": BG + "validFrom",
    "valid_until": BG + "validUntil",
    "start_date": SCHEMA + "startDate",
    "end_date": SCHEMA + "endDate",
    "notation": SKOS + "notation",
    "iso3": BG + "iso3",
    "short_name": BG + "shortName",
    "name_of": BG + "nameOf",
}
DAY_TABLES = ("valid_from", "valid_until")
LABELS = "label_en"


def index_query_path(name: str) -> str:
    return os.path.join(paths.root(), "queries", "index", f"{name}.rq")


def source_queries() -> list[str]:
    """The query files the index is built from (in the store's fingerprint: editing one
    rebuilds the store and its index)."""
    named = [paths.query_path(name) for name in (*MIRRORED, *MEMOISED, *SPANNED, *ENUMERATING)]
    return [*named, *(index_query_path(name) for name in INDEX_QUERIES)]


def _digest(text: str) -> str:
    import zlib

    data = text.encode("utf-8")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


# --- terms as text --------------------------------------------------------------------------
#
# A term is one TEXT value: "I" + IRI, or "L" + lexical form + US + datatype + US + language.
# Equal texts are equal RDF terms, so the tables join on them as SPARQL joins on terms.

_US = "\x1f"


def encode(term: IRI | Literal | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        return f"L{term}{_US}{term.datatype or ''}{_US}{term.language or ''}"
    return "I" + term


def decode(cell: str | None) -> IRI | Literal | None:
    if cell is None:
        return None
    if cell[0] == "I":
        return IRI(cell[1:])
    rest, _, language = cell.rpartition(_US)
    value, _, datatype = rest.rpartition(_US)
    return Literal(value[1:], datatype or None, language or None)


def _decoding() -> Callable[[str | None], IRI | Literal | None]:
    """``decode``, once per distinct cell: an answer repeats its blocs, statuses and days
    (terms are never changed once made, so rows may share them)."""
    made: dict[str | None, IRI | Literal | None] = {}

    def term(cell: str | None) -> IRI | Literal | None:
        try:
            return made[cell]
        except KeyError:
            made[cell] = found = decode(cell)
            return found

    return term


def _pack(cells: list) -> bytes:
    """Stored rows (tuples of encoded terms, or years) as one compressed value: the rows of an
    answer repeat their IRIs and labels, and compress about sevenfold (27 of the index's 42 MB
    were such rows); unpacking one costs a lookup some tens of microseconds."""
    import marshal
    import zlib

    return zlib.compress(marshal.dumps(cells))


def _unpack(value: bytes) -> Any:
    import marshal
    import zlib

    return marshal.loads(zlib.decompress(value))


def _key(query: queries.NamedQuery, values: Mapping[str, IRI | Literal | None]) -> str:
    """A stored answer's key: the query's bound parameters as RDF terms, in their order."""
    return _US.join(encode(values.get(p.name)) or "" for p in query.parameters)


# --- reading ----------------------------------------------------------------------------------


def select(
    store: Store, query: queries.NamedQuery, values: Mapping[str, IRI | Literal | None]
) -> tuple[list[str], list[Row]]:
    """A named query's columns and rows: from the store's lookup index when it holds the
    answer, else from the store (with ``values`` bound as ``queries.bind`` binds them)."""
    index: LookupIndex | None = getattr(store, "lookup_index", None)
    if index is not None and not query.user_supplied:
        found = index.answer(query, values)
        if found is not None:
            return found
    return store.select(queries.bind(query, values))


class LookupIndex:
    """The lookup index of a built store (``INDEX_FILE`` in its folder), opened on first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._db: Any = None  # sqlite3.Connection; False once found unusable
        self._digests: dict[str, str] = {}

    def _connect(self) -> Any:
        if self._db is None:
            self._db = False
            import sqlite3

            try:
                # Read-only and immutable: any thread of serve's may ask (sqlite3 is
                # threadsafe for a connection shared without writes).
                db = sqlite3.connect(_read_only_uri(self.path), uri=True, check_same_thread=False)
                meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            except sqlite3.Error:
                return False  # damaged, or not there: the store answers
            if meta.get("format") == FORMAT:
                self._db = db
                self._digests = {k[7:]: v for k, v in meta.items() if k.startswith("digest:")}
        return self._db

    def answer(
        self, query: queries.NamedQuery, values: Mapping[str, IRI | Literal | None]
    ) -> tuple[list[str], list[Row]] | None:
        """The query's answer from the index, or None when it does not hold it (a query it
        does not answer, edited since the build, a binding the build did not store)."""
        name = query.name
        if name not in _SQL and name not in MEMOISED and name not in SPANNED:
            return None
        db = self._connect()
        if not db or self._digests.get(name) != _digest(query.text):
            return None
        import sqlite3

        try:
            if name in _SQL:
                return _mirrored(db, name, values)
            if name in SPANNED:
                return _spanned(db, name, values)
            row = db.execute(
                "SELECT columns, rows FROM answers WHERE query = ? AND key = ?",
                (name, _key(query, values)),
            ).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        columns = row[0].split(" ")
        stored = _unpack(row[1])
        term = _decoding()
        return columns, [dict(zip(columns, map(term, cells), strict=True)) for cells in stored]


def _spanned(
    db: Any, name: str, values: Mapping[str, IRI | Literal | None]
) -> tuple[list[str], list[Row]] | None:
    """A SPANNED query's answer: the stored rows of its key, those of the years asked for."""
    keys = SPANNED[name][0]
    found = db.execute(
        "SELECT columns, rows, years, total FROM spanned WHERE query = ? AND key = ?",
        (name, _US.join(encode(values.get(p)) or "" for p in keys)),
    ).fetchone()
    if found is None:
        return None
    asked = [values.get(p) for p in YEAR_PARAMS]
    wanted: list[int | None] = [None if term is None else _year(term) for term in asked]
    for term, year in zip(asked, wanted, strict=True):
        if term is not None and (not found[3] or year is None):
            return None  # rows that tie, or a year the index cannot compare: the store decides
    year, first, last = wanted
    columns = found[0].split(" ")
    decoded = _decoding()
    rows = [
        dict(zip(columns, map(decoded, cells), strict=True))
        for cells, held in zip(_unpack(found[1]), _unpack(found[2]), strict=True)
        if (year is None or held == year)
        and (first is None or held >= first)
        and (last is None or held <= last)
    ]
    return columns, rows


def _year(term: IRI | Literal) -> int | None:
    """A bound year as an int, if it is an xsd:integer in canonical form (which joins and
    compares with the meetings' bg:startYear as its int does); else None."""
    if isinstance(term, Literal) and term.datatype == XSD_INTEGER and _is_canonical(term):
        return int(term)
    return None


def _is_canonical(text: str) -> bool:
    digits = text[1:] if text.startswith("-") else text
    return digits.isdigit() and digits.isascii() and (digits == "0" or digits[0] != "0")


def _read_only_uri(path: str) -> str:
    """An SQLite URI opening ``path`` read-only and immutable (no locks, no journal: the
    build never changes a written index). %, ? and # escaped as RFC 3986 has them."""
    path = os.path.abspath(path).replace(os.sep, "/")
    for char, escaped in (("%", "%25"), ("?", "%3f"), ("#", "%23")):
        path = path.replace(char, escaped)
    return f"file:{'' if path.startswith('/') else '/'}{path}?mode=ro&immutable=1"


def _day(term: IRI | Literal | None) -> str | None:
    """A bound date parameter as the index's days are written (YYYY-MM-DD); else None."""
    if isinstance(term, Literal) and term.datatype == XSD_DATE and _is_day(term):
        return str(term)
    return None


def _is_day(text: str) -> bool:
    return len(text) == 10 and text[4] == text[7] == "-" and text.replace("-", "").isdigit()


def _mirrored(
    db: Any, name: str, values: Mapping[str, IRI | Literal | None]
) -> tuple[list[str], list[Row]] | None:
    columns, sql, dates = _SQL[name]
    params: dict[str, str | int | None] = dict.fromkeys(_PARAMS[name])
    for param, term in values.items():
        if term is None:
            continue
        if param in dates:
            params[param] = _day(term)
            if params[param] is None:
                return None  # not a day the index can compare: the store decides
        else:
            # A term the data does not hold matches nothing (id 0), as in SPARQL.
            found = db.execute("SELECT id FROM term WHERE text = ?", (encode(term),)).fetchone()
            params[param] = found[0] if found else 0
    cells = db.execute(sql, params).fetchall()
    if name == "bloc-status-counts":  # (status, COUNT): the count is no term of the data
        texts = _texts(db, {status for status, _ in cells})
        rows: list[Row] = [
            {"status": decode(texts[status]), "states": Literal(str(count), XSD_INTEGER)}
            for status, count in cells
        ]
        return columns, rows
    texts = _texts(db, {cell for row in cells for cell in row if isinstance(cell, int)})
    terms = {number: decode(text) for number, text in texts.items()}
    # compare-blocs' ?side is BIND("first"/"second"): text, not a term of the data.
    return columns, [
        {
            column: Literal(cell) if isinstance(cell, str) else terms.get(cell)
            for column, cell in zip(columns, row, strict=True)
        }
        for row in cells
    ]


def _texts(db: Any, ids: set[int]) -> dict[int, str]:
    """The encoded terms of ``ids``."""
    if not ids:
        return {}
    found: dict[int, str] = {}
    listed = sorted(ids)
    for at in range(0, len(listed), 500):  # well under SQLite's limit of bound variables
        part = listed[at : at + 500]
        marks = ", ".join("?" * len(part))
        found.update(db.execute(f"SELECT id, text FROM term WHERE id IN ({marks})", part))
    return found


# The SQL of each mirrored query: a pattern of the SPARQL is a JOIN of its property's table, an
# OPTIONAL a LEFT JOIN (with the OPTIONAL's FILTER in its ON), FILTERs are WHERE clauses, and
# ORDER BY orders by the ranks the build took from ORDER BY in SPARQL (NULL, SPARQL's
# unbound, first in both) and IRIs by their ids (numbered in the IRIs' order). Terms are ids
# of the table "term"; parameters left unbound (UNDEF) are NULL.

# A membership holding on :date (members-on's first group; the same in every query here).
_HOLDS_ON = "{f}.day <= :date AND ({u}.day IS NULL OR {u}.day >= :date)"

# ?former bg:nameOf ?state ; rdfs:label ?name_then ; bg:validFrom ?name_from .
# OPTIONAL { ?former bg:validUntil ?name_until }  -- English labels only, holding on :date
# (the table "former", written by the build with _FORMER_TABLE).
_FORMER_TABLE = """
CREATE TABLE former AS
SELECT n.value AS state, l.value AS name, f.day AS day_from, u.day AS day_until
FROM name_of n JOIN label_en l ON l.subject = n.subject
JOIN valid_from f ON f.subject = n.subject
LEFT JOIN valid_until u ON u.subject = n.subject
"""
_FORMER = """
LEFT JOIN former ON former.state = {state} AND {guard} former.day_from <= :date
  AND (former.day_until IS NULL OR former.day_until >= :date)
"""

# The patterns members-on, members-during, state-memberships and bloc-status-counts all
# require, joined once by the build (joins are associative: the same solutions as joining them
# in each query), so that a lookup reads one row per solution instead of probing six tables:
#   ?membership org:organization ?bloc ; bg:validFrom ?from ;
#               org:member ?state ; org:role/skos:notation ?status ; schema:startDate ?start .
#   OPTIONAL { ?membership bg:validUntil ?until }
_CORE_TABLE = """
CREATE TABLE core AS
SELECT o.subject AS membership, o.value AS bloc, m.value AS state, n.value AS status,
       n.rank AS status_rank, s.value AS start, s.rank AS start_rank, f.day AS day_from,
       u.day AS day_until
FROM organization o
JOIN valid_from f ON f.subject = o.subject
LEFT JOIN valid_until u ON u.subject = o.subject
JOIN member m ON m.subject = o.subject
JOIN role r ON r.subject = o.subject
JOIN notation n ON n.subject = r.value
JOIN start_date s ON s.subject = o.subject
"""
_CORE_INDEXES = (
    "CREATE INDEX core_bloc ON core (bloc, day_from)",
    "CREATE INDEX core_state ON core (state)",
)
# A row of core holding on :date (members-on's first group; the same in every query here).
_CORE_ON = "x.day_from <= :date AND (x.day_until IS NULL OR x.day_until >= :date)"

_MEMBERS_ON = (
    """
SELECT x.state, i.value, l.value, former.name, x.status, x.start, e.value, x.membership
FROM core x
LEFT JOIN end_date e ON e.subject = x.membership
LEFT JOIN label_en l ON l.subject = x.state
LEFT JOIN iso3 i ON i.subject = x.state
"""
    + _FORMER.format(guard="", state="x.state")
    + """
WHERE x.bloc = :bloc AND """
    + _CORE_ON
    + """ AND (:status IS NULL OR x.status = :status)
ORDER BY l.rank, x.state, x.start_rank
"""
)

_MEMBERS_DURING = """
SELECT x.state, i.value, l.value, x.status, x.start, e.value, x.membership
FROM core x
LEFT JOIN end_date e ON e.subject = x.membership
LEFT JOIN label_en l ON l.subject = x.state
LEFT JOIN iso3 i ON i.subject = x.state
WHERE x.bloc = :bloc AND x.day_from <= :until AND (x.day_until IS NULL OR x.day_until >= :from)
  AND (:status IS NULL OR x.status = :status)
ORDER BY l.rank, x.state, x.start_rank
"""

_STATE_MEMBERSHIPS = (
    """
SELECT x.state, i.value, l.value, former.name, x.bloc, b.value, bl.value, x.status, x.start,
       e.value, x.membership
FROM core x
LEFT JOIN end_date e ON e.subject = x.membership
LEFT JOIN short_name b ON b.subject = x.bloc
LEFT JOIN label_en bl ON bl.subject = x.bloc
LEFT JOIN label_en l ON l.subject = x.state
LEFT JOIN iso3 i ON i.subject = x.state
"""
    + _FORMER.format(guard=":date IS NOT NULL AND", state="x.state")
    + """
WHERE x.state = :state AND (:bloc IS NULL OR x.bloc = :bloc)
  AND (:date IS NULL OR ("""
    + _CORE_ON
    + """))
ORDER BY b.rank, x.bloc, x.start_rank, x.status_rank
"""
)

# Each state's (bloc, role) pairs on the day, joined by both; then the role's notation.
_HELD_BY = """
  SELECT o.value AS bloc, r.value AS role
  FROM member m
  JOIN valid_from f ON f.subject = m.subject
  LEFT JOIN valid_until u ON u.subject = m.subject
  JOIN organization o ON o.subject = m.subject
  JOIN role r ON r.subject = m.subject
  WHERE m.value = :{state} AND """ + _HOLDS_ON.format(f="f", u="u")

# MATERIALIZED: each side is read once and then joined by bloc (the planner would otherwise
# join every membership of one state with every one of the same role: thousands).
_JOINT = f"""
WITH a AS MATERIALIZED ({_HELD_BY.format(state="state_a")}),
     b AS MATERIALIZED ({_HELD_BY.format(state="state_b")})
SELECT a.bloc, sn.value, bl.value, n.value
FROM a JOIN b ON b.bloc = a.bloc AND b.role = a.role
JOIN notation n ON n.subject = a.role
LEFT JOIN short_name sn ON sn.subject = a.bloc
LEFT JOIN label_en bl ON bl.subject = a.bloc
WHERE :status IS NULL OR n.value = :status
ORDER BY sn.rank, a.bloc
"""

# One side of compare-blocs: a bloc's memberships on the day, their state and status.
_SIDE = """
  SELECT m.value AS state, '{side}' AS side, n.value AS status, n.rank AS status_rank
  FROM organization o
  JOIN valid_from f ON f.subject = o.subject
  LEFT JOIN valid_until u ON u.subject = o.subject
  JOIN member m ON m.subject = o.subject
  JOIN role r ON r.subject = o.subject
  JOIN notation n ON n.subject = r.value
  WHERE o.value = :{bloc} AND (:status IS NULL OR n.value = :status)
    AND """ + _HOLDS_ON.format(f="f", u="u")

_COMPARE = f"""
WITH sides AS ({_SIDE.format(side="first", bloc="bloc_a")}
  UNION ALL {_SIDE.format(side="second", bloc="bloc_b")})
SELECT sides.state, i.value, l.value, sides.side, sides.status
FROM sides
LEFT JOIN label_en l ON l.subject = sides.state
LEFT JOIN iso3 i ON i.subject = sides.state
ORDER BY l.rank, sides.state, sides.side, sides.status_rank
"""

_STATUS_COUNTS = (
    """
SELECT x.status, COUNT(x.membership) AS states
FROM core x
WHERE x.bloc = :bloc AND """
    + _CORE_ON
    + """
GROUP BY x.status
ORDER BY states DESC, MIN(x.status_rank)
"""
)

# Query -> (its SELECT's columns, the SQL, its date parameters).
_SQL: dict[str, tuple[list[str], str, tuple[str, ...]]] = {
    "members-on": (
        ["state", "iso3", "label", "name_then", "status", "start", "end", "membership"],
        _MEMBERS_ON,
        ("date",),
    ),
    "members-during": (
        ["state", "iso3", "label", "status", "start", "end", "membership"],
        _MEMBERS_DURING,
        ("from", "until"),
    ),
    "state-memberships": (
        [
            "state",
            "iso3",
            "label",
            "name_then",
            "bloc",
            "bloc_id",
            "bloc_label",
            "status",
            "start",
            "end",
            "membership",
        ],
        _STATE_MEMBERSHIPS,
        ("date",),
    ),
    "joint-memberships": (["bloc", "bloc_id", "bloc_label", "status"], _JOINT, ("date",)),
    "compare-blocs": (["state", "iso3", "label", "side", "status"], _COMPARE, ("date",)),
    "bloc-status-counts": (["status", "states"], _STATUS_COUNTS, ("date",)),
}
# The SQL parameters of each (bound or NULL).
_PARAMS = {
    "members-on": ("bloc", "date", "status"),
    "members-during": ("bloc", "from", "until", "status"),
    "state-memberships": ("state", "date", "bloc"),
    "joint-memberships": ("state_a", "state_b", "date", "status"),
    "compare-blocs": ("bloc_a", "bloc_b", "date", "status"),
    "bloc-status-counts": ("bloc", "date"),
}


# --- writing (the build) ----------------------------------------------------------------------


def write_lookup_index(store: Store, path: str | os.PathLike[str]) -> None:
    """Write the lookup index of ``store`` (a store being built) to ``path``: the property
    tables from the index queries, and the stored answers of the named queries, each run on
    the store itself."""
    import sqlite3

    db = sqlite3.connect(os.fspath(path))
    try:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        mirrors = _write_tables(db, store)
        _write_answers(db, store)
        spanned = _write_spanned(db, store)
        meta = {"format": FORMAT}
        names = (*MIRRORED, *MEMOISED) if mirrors else MEMOISED
        names = (*names, *spanned)
        for name in names:
            meta[f"digest:{name}"] = _digest(queries.get(name).text)
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()


def _rows(store: Store, query: queries.NamedQuery, values: Mapping[str, Any]) -> list[Row]:
    return store.select(queries.bind(query, values))[1]


def _encoded_rows(
    store: Store, query: queries.NamedQuery, values: Mapping[str, Any]
) -> list[tuple[str | None, ...]]:
    """The rows of ``query`` as encoded terms, in its SELECT's order."""
    return _encoded_answer(store, query, values)[1]


def _encoded_answer(
    store: Store, query: queries.NamedQuery, values: Mapping[str, Any]
) -> tuple[list[str], list[tuple[str | None, ...]]]:
    """The columns and rows of ``query`` as encoded terms (``encode`` of what store.select
    gives). On the embedded store, straight from pyoxigraph's solutions in this thread: no Row
    dicts, and no worker thread per query (store.select's, for Ctrl-C: the build already runs
    in one), which cost the build about a fifth of its index's time over 6,000 queries."""
    text = queries.bind(query, values)
    raw = getattr(store, "pyoxigraph_store", None)
    if raw is None:
        columns, rows = store.select(text)
        return columns, [tuple(encode(row.get(c)) for c in columns) for row in rows]
    import pyoxigraph

    def cell(term: Any) -> str | None:
        if term is None:
            return None
        if isinstance(term, pyoxigraph.NamedNode):
            return "I" + term.value
        if isinstance(term, pyoxigraph.Literal):
            return f"L{term.value}{_US}{term.datatype.value}{_US}{term.language or ''}"
        return encode(Literal("_:" + term.value))  # a blank node, as EmbeddedStore shows it

    solutions = raw.query(text, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return names, [tuple(cell(solution[name]) for name in names) for solution in solutions]


# Tables whose values an ORDER BY of a mirrored query sorts on: their ranks (value-order.rq).
RANKED = ("start_date", "notation", "short_name")
# Tables read only for memberships and former names: rows of other subjects (meetings' dates,
# ...) are never joined, and are left out.
MEMBERSHIP_FACTS = ("valid_from", "valid_until", "start_date", "end_date", "role")


def _write_tables(db: Any, store: Store) -> bool:
    """The term and property tables; False (and no mirrored query answered from the index)
    when a day of bg:validFrom / bg:validUntil is not an xsd:date the tables can compare as
    text, or a property's table would hold a pair twice."""
    values_of = queries.parse_query_file(index_query_path("property-values"))
    order_of = queries.parse_query_file(index_query_path("value-order"))
    labels = queries.parse_query_file(index_query_path("english-labels"))
    comparable = True
    read: dict[str, list[tuple[str | None, ...]]] = {}
    ranks: dict[str, dict[str | None, int]] = {}
    for table in (*PROPERTY_TABLES, LABELS):
        ranked: dict[str | None, int] = {}
        if table == LABELS:
            rows = _encoded_rows(store, labels, {})
            for _subject, value in rows:  # ORDER BY ?value: a new value, a new rank
                ranked.setdefault(value, len(ranked) + 1)
        else:
            prop = {"property": IRI(PROPERTY_TABLES[table])}
            rows = _encoded_rows(store, values_of, prop)
            if table in RANKED:
                for (value,) in _encoded_rows(store, order_of, prop):
                    ranked.setdefault(value, len(ranked) + 1)
        read[table], ranks[table] = rows, ranked
    # Rows of other subjects than memberships and former names are never joined (meetings'
    # dates, ...): left out.
    reached = {row[0] for table in ("organization", "name_of") for row in read[table]}
    for table in MEMBERSHIP_FACTS:
        read[table] = [row for row in read[table] if row[0] in reached]
    # Every term, numbered in its text's order: for IRIs ("I" + IRI) the order of the IRIs,
    # which ORDER BY ?state / ?bloc follow.
    texts = sorted({cell for rows in read.values() for row in rows for cell in row if cell})
    ids = {text: number for number, text in enumerate(texts, 1)}
    db.execute("CREATE TABLE term (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)")
    db.executemany("INSERT INTO term VALUES (?, ?)", enumerate(texts, 1))
    for table, rows in read.items():
        db.execute(
            f"CREATE TABLE {table} (subject INTEGER NOT NULL, value INTEGER NOT NULL, "
            "rank INTEGER, day TEXT, PRIMARY KEY (subject, value)) WITHOUT ROWID"
        )
        records = []
        for subject, value in rows:
            if subject is None or value is None:
                continue  # never: both are bound in every row of a property's values
            when = None
            if table in DAY_TABLES:
                lexical, _, rest = value[1:].partition(_US)
                when = lexical if rest == XSD_DATE + _US and _is_day(lexical) else None
                comparable = comparable and when is not None
            records.append((ids[subject], ids[value], ranks[table].get(value), when))
        if len({record[:2] for record in records}) != len(records):
            comparable = False  # a triple twice: the joins would not count as SPARQL's
            records = list({record[:2]: record for record in records}.values())
        db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?)", records)
    db.execute("CREATE INDEX organization_value ON organization (value)")
    db.execute("CREATE INDEX member_value ON member (value)")
    db.execute(_FORMER_TABLE)
    db.execute("CREATE INDEX former_state ON former (state)")
    db.execute(_CORE_TABLE)
    for statement in _CORE_INDEXES:
        db.execute(statement)
    return comparable


def _write_answers(db: Any, store: Store) -> None:
    """Every stored answer: the named query run on the store for each binding enumerated."""
    db.execute(
        "CREATE TABLE answers (query TEXT, key TEXT, columns TEXT, rows BLOB, "
        "PRIMARY KEY (query, key))"
    )
    named = {name: queries.get(name) for name in (*MEMOISED, *ENUMERATING)}

    def keep(name: str, values: dict[str, IRI | Literal | None], columns: str, cells: list) -> None:
        db.execute(
            "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
            (name, _key(named[name], values), columns, _pack(cells)),
        )

    def store_answer(name: str, values: dict[str, IRI | Literal | None]) -> list[dict]:
        """Store the answer; its rows, of encoded terms (``decode`` them to read them)."""
        columns, cells = _encoded_answer(store, named[name], values)
        keep(name, values, " ".join(columns), cells)
        return [dict(zip(columns, row, strict=True)) for row in cells]

    # The vocabulary the resolver checks statuses and capacities against: each scheme.
    schemes = {str(r["scheme_id"]) for r in _rows(store, named["vocabulary"], {})}
    for scheme in sorted(schemes):
        store_answer("vocabulary", {"scheme": Literal(scheme)})
    blocs = [IRI(str(r["bloc"])) for r in _rows(store, named["blocs"], {}) if r.get("bloc")]
    with_bodies_query = queries.parse_query_file(index_query_path("blocs-with-bodies"))
    with_bodies = {str(r["bloc"]) for r in _rows(store, with_bodies_query, {})}
    # bloc-bodies, bloc-series and meetings require a body of the bloc (org:unitOf): for a
    # bloc without one, the empty answer (its columns from the first such bloc, asked).
    empty: dict[str, str] = {}
    for bloc in blocs:
        for name in ("bloc-lineage", "bloc-sources"):
            store_answer(name, {"bloc": bloc})
        if str(bloc) not in with_bodies:
            for name in ("bloc-bodies", "bloc-series", "meetings"):
                if name not in empty:
                    columns, rows = store.select(queries.bind(named[name], {"bloc": bloc}))
                    if rows:
                        raise ValueError(
                            f"{name}: expected an empty answer for a bloc without bodies"
                        )
                    empty[name] = " ".join(columns)
                keep(name, {"bloc": bloc}, empty[name], [])
            continue
        store_answer("bloc-bodies", {"bloc": bloc})
        for series in store_answer("bloc-series", {"bloc": bloc}):
            found = decode(series.get("series"))
            if isinstance(found, IRI):
                store_answer("meetings", {"bloc": bloc, "series": found})
        store_answer("meetings", {"bloc": bloc})
    # meetings of a bloc in a year (and of every bloc in a year), as `meetings --year` binds
    # the year: an xsd:integer.
    years_query = queries.parse_query_file(index_query_path("meeting-years"))
    years: set[str] = set()
    for row in _rows(store, years_query, {}):
        year = str(row["year"])
        if not year.isdigit():
            continue
        years.add(year)
        store_answer("meetings", {"bloc": row["bloc"], "year": Literal(year, XSD_INTEGER)})
    for year in sorted(years):
        store_answer("meetings", {"year": Literal(year, XSD_INTEGER)})
    # `meeting`: the parts of every meeting that has an id.
    for row in _rows(store, named["meeting-ids"], {}):
        if isinstance(row.get("meeting"), IRI):
            for name in MEETING_PARTS:
                store_answer(name, {"meeting": row["meeting"]})


def _write_spanned(db: Any, store: Store) -> list[str]:
    """The SPANNED queries' rows for every key the build enumerates; the names of those it
    wrote (none when a meeting has two start years or first days: rows could not be given
    one year)."""
    db.execute(
        "CREATE TABLE spanned (query TEXT, key TEXT, columns TEXT, rows BLOB, years BLOB, "
        "total INTEGER, PRIMARY KEY (query, key))"
    )
    starts: dict[str, tuple[int, str | None]] = {}
    for meeting, year, first in _encoded_rows(store, _index_query("meeting-starts"), {}):
        held = None if year is None else _year(decode(year))  # type: ignore[arg-type]
        if meeting is None or held is None or meeting in starts:
            return []  # a start year that is no canonical integer, or two of one meeting
        starts[meeting] = (held, first)

    def run(name: str, keys: list[dict[str, IRI | Literal | None]]) -> bool:
        query = queries.get(name)
        params, order = SPANNED[name]
        if {p.name for p in query.parameters} != {*params, *(_names(query) & set(YEAR_PARAMS))}:
            return False  # parameters this table was not written for
        if _order_by(query.text) != [v.replace("@", "") for v in order]:
            return False  # an ORDER BY this table was not written for
        for values in keys:
            columns, cells = _encoded_answer(store, query, values)
            at = columns.index("meeting")
            if any(row[at] not in starts for row in cells):
                return False
            keyed: dict[tuple[str | None, ...], tuple[str | None, ...]] = {}
            total = True
            for row in cells:
                start = starts[row[at]]  # type: ignore[index]
                sort = tuple(start[1] if v == "@from" else row[columns.index(v)] for v in order)
                total = total and keyed.setdefault(sort, row) == row
            db.execute(
                "INSERT INTO spanned VALUES (?, ?, ?, ?, ?, ?)",
                (
                    name,
                    _US.join(encode(values.get(p)) or "" for p in params),
                    " ".join(columns),
                    _pack(cells),
                    _pack([starts[row[at]][0] for row in cells]),  # type: ignore[index]
                    int(total),
                ),
            )
        return True

    blocs = sorted(
        {r["bloc"] for r in _rows(store, _index_query("meeting-years"), {}) if r.get("bloc")},
        key=str,
    )
    statuses = _rows(store, queries.get("vocabulary"), {"scheme": Literal("membership-status")})
    with_blocs: list[dict[str, IRI | Literal | None]] = [{"bloc": None}]
    with_blocs += [{"bloc": bloc} for bloc in blocs]
    written = []
    attended = [
        {**bound, "status": Literal(str(row["notation"]))}
        for bound in with_blocs
        for row in statuses
    ]
    if run("observers-attended", attended):
        written.append("observers-attended")
    if run("absences", with_blocs):
        written.append("absences")
    for name, index_query, var in (
        ("state-meetings", "participant-blocs", "state"),
        ("meetings-hosted-by", "host-blocs", "host"),
    ):
        pairs = _rows(store, _index_query(index_query), {})
        keys: list[dict[str, IRI | Literal | None]] = [
            {var: term, "bloc": None} for term in sorted({row[var] for row in pairs}, key=str)
        ]
        keys += [{var: row[var], "bloc": row["bloc"]} for row in pairs]
        if run(name, keys):
            written.append(name)
    return written


def _index_query(name: str) -> queries.NamedQuery:
    return queries.parse_query_file(index_query_path(name))


def _names(query: queries.NamedQuery) -> set[str]:
    return {p.name for p in query.parameters}


def _order_by(text: str) -> list[str]:
    """The variables of a query's last ORDER BY (plain ones; anything else gives [])."""
    if "ORDER BY" not in text:
        return []
    terms = text.rsplit("ORDER BY", 1)[1].split("#", 1)[0].split()
    if not all(t.startswith("?") and t[1:].replace("_", "").isalnum() for t in terms):
        return []
    return [t[1:] for t in terms]
