"""The lookups behind the CLI: each one runs named queries with bound parameters.

``run_query`` is the general path (``blocgraph query NAME --param k=v``); the others are the
named lookups with their own options, each a thin layer over one or more library queries.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any

from . import lookup_index, queries
from .dates import PRECISIONS, parse_user_date, parse_user_year
from .errors import InputError
from .namespaces import XSD_DATE, XSD_INTEGER, short_id
from .resolve import Resolver, fold, resolver_for
from .terms import IRI, Literal, Row

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .store_protocol import Store


class Result:
    """Rows (dicts of terms.IRI / terms.Literal) and their columns, a title, the parts of a
    multi-part answer (``details``), lines for a person (``notes``: why an answer is empty,
    what to ask instead), and ``brief``: the columns a table shows (None: all; JSON, CSV and
    the API carry every column). A plain class, not a dataclass: see queries.Parameter."""

    def __init__(
        self,
        columns: list[str],
        rows: list[Row],
        title: str = "",
        details: dict | None = None,
        notes: list[str] | None = None,
        brief: list[str] | None = None,
    ) -> None:
        self.columns = columns
        self.rows = rows
        self.title = title
        self.details = {} if details is None else details
        self.notes = [] if notes is None else notes
        self.brief = brief

    @property
    def table_columns(self) -> list[str]:
        return self.columns if self.brief is None else self.brief

    def replace(self, **changes: Any) -> Result:
        """A copy with some attributes changed."""
        fields = ("columns", "rows", "title", "details", "notes", "brief")
        return Result(**{name: changes.get(name, getattr(self, name)) for name in fields})

    def __repr__(self) -> str:
        return f"Result({self.title!r}, {len(self.rows)} rows, columns={self.columns!r})"


# Columns a row of a membership interval carries besides what a table shows: the state's ISO
# code, and the interval as days (first day the start can denote, last day the end can) with
# the precision the sources give each end in.
DAY_COLUMNS = ["valid_from", "valid_until", "start_precision", "end_precision"]


# COW's code -9, "missing data": a row no one asked for unless they ask for it.
UNKNOWN = "unknown"


def _without_unknown(result: Result, status: str | None, all_rows: bool) -> Result:
    if all_rows or (status is not None and status.strip().lower() == UNKNOWN):
        return result
    rows = [r for r in result.rows if str(r.get("status")) != UNKNOWN]
    return result.replace(rows=rows)


def _convert(resolver: Resolver, param: queries.Parameter, raw: str, option: str) -> IRI | Literal:
    kind = param.type
    if kind == "bloc":
        return resolver.bloc(raw)
    if kind == "state":
        return resolver.state(raw)
    if kind == "meeting":
        return resolver.meeting(raw)
    if kind == "date":
        return Literal(parse_user_date(raw, option).isoformat(), XSD_DATE)
    if kind == "year":
        return Literal(str(parse_user_year(raw, option)), XSD_INTEGER)
    if kind == "status":
        return resolver.status(raw)
    if kind == "capacity":
        return resolver.capacity(raw)
    if kind == "iri":
        term = IRI(raw)
        try:
            term.n3()
        except ValueError:
            raise InputError(f"{option}: {raw!r} is not a valid IRI") from None
        return term
    return Literal(raw)


def bind_values(
    resolver: Resolver,
    query: queries.NamedQuery,
    raw: Mapping[str, str | None],
    options: dict[str, str] | None = None,
) -> dict:
    """Check and convert raw strings into RDF terms for each declared parameter."""
    options = options or {}
    for name in raw:
        query.parameter(name)  # raises on an undeclared parameter
    values: dict[str, IRI | Literal | None] = {}
    for param in query.parameters:
        option = options.get(param.name, f"--param {param.name}")
        value = raw.get(param.name)
        if value is None:
            value = param.default
        if value is None:
            if param.required:
                raise InputError(f"query {query.name!r} needs {option} ({param.type})")
            values[param.name] = None
            continue
        values[param.name] = _convert(resolver, param, value, option)
    return values


def run_query(
    store: Store,
    name_or_path: str,
    raw: Mapping[str, str | None],
    options: dict[str, str] | None = None,
) -> Result:
    query = queries.get(name_or_path)
    values = bind_values(resolver_for(store), query, raw, options)
    if query.user_supplied:
        from . import sparql_check

        text = queries.bind(query, values)
        shape = sparql_check.check(
            text, allow_service=getattr(store, "allow_service", True), where=str(query.path)
        )
        if shape.form != "SELECT":
            raise InputError(
                f"{query.path}: `blocgraph query` runs SELECT queries; this is {shape.form}"
            )
        columns, rows = store.select(text)
    else:
        # From the build's lookup index where it holds the answer (no store opened).
        columns, rows = lookup_index.select(store, query, values)
    return Result(columns, rows, query.title)


def _pick(result: Result, columns: list[str], brief: list[str] | None = None) -> Result:
    """``result`` with ``columns``; the state's ISO code after ``state`` where the query
    gives one (JSON, CSV and the API carry it; a table shows ``brief``, else ``columns``)."""
    if "state" in columns and "iso3" in result.columns and "iso3" not in columns:
        brief = brief or columns
        columns = [*columns]
        columns.insert(columns.index("state") + 1, "iso3")
    return Result(columns, result.rows, result.title, brief=brief)


def _intervals(result: Result, columns: list[str]) -> Result:
    """Membership rows with their days and precisions (DAY_COLUMNS) added; ``columns`` as a
    table shows them (``state``, ``start``, ``end``, ...), every row column after iso3."""
    # Each date once (a state's 262 memberships start on far fewer dates).
    found: dict[tuple[str, str | None, int], tuple[Literal | None, Literal | None]] = {}
    for row in result.rows:
        for end, (day, precision) in enumerate(
            (("valid_from", "start_precision"), ("valid_until", "end_precision"))
        ):
            literal = row.get("end" if end else "start")
            row[day] = row[precision] = None
            if isinstance(literal, Literal) and literal.datatype in PRECISIONS:
                key = (str(literal), literal.datatype, end)
                if key not in found:
                    found[key] = (None, None)
                    with suppress(ValueError):
                        found[key] = (
                            Literal(_day(literal, end), XSD_DATE),
                            Literal(PRECISIONS[literal.datatype]),
                        )
                row[day], row[precision] = found[key]
    picked = _pick(result, columns)
    return picked.replace(columns=picked.columns + DAY_COLUMNS, brief=picked.table_columns)


def members(
    store: Store,
    bloc: str,
    on: str | None = None,
    status: str | None = None,
    year: str | None = None,
    all_rows: bool = False,
) -> Result:
    """States holding a status in ``bloc`` on a day, or at any time in a year. Rows of COW's
    "unknown" (missing data) are left out unless ``status="unknown"`` or ``all_rows``."""
    columns = ["state", "label", "status", "start", "end"]
    if year is not None:
        if on is not None:
            raise InputError("give --on or --year, not both")
        y = parse_user_year(year, "year")
        result = run_query(
            store,
            "members-during",
            {"bloc": bloc, "from": f"{y:04d}-01-01", "until": f"{y:04d}-12-31", "status": status},
            {"status": "--status", "bloc": "BLOC"},
        )
        first, last = f"{y:04d}-01-01", f"{y:04d}-12-31"
    else:
        result = run_query(
            store,
            "members-on",
            {"bloc": bloc, "date": on, "status": status},
            {"date": "--on", "status": "--status", "bloc": "BLOC"},
        )
        first = last = parse_user_date(on or "today", "--on").isoformat()
    result = _without_unknown(
        _intervals(result, _with_name_then(result, columns)), status, all_rows
    )
    if not result.rows:
        result.notes += lifetime_notes(store, bloc, first, last)
    return result


def _with_name_then(result: Result, columns: list[str]) -> list[str]:
    """``columns``, with ``name_then`` after ``label`` when a row went by another name on the
    date asked about (the Soviet Union for RUS in 1980)."""
    for row in result.rows:  # the same name as today's label says nothing
        if row.get("name_then") is not None and str(row["name_then"]) == str(row.get("label")):
            row["name_then"] = None
    if any(row.get("name_then") is not None for row in result.rows):
        at = columns.index("label") + 1
        return [*columns[:at], "name_then", *columns[at:]]
    return columns


def lifetime_notes(store: Store, bloc: str, first: str, last: str) -> list[str]:
    """Why a bloc has no members between ``first`` and ``last`` (ISO dates), when the reason
    is that it did not exist then; and which predecessor or successor did."""
    rows = run_query(store, "bloc-lineage", {"bloc": bloc}, {"bloc": "BLOC"}).rows
    if not rows:
        return []
    head = rows[0]
    name = str(head.get("bloc_id") or head.get("label") or bloc)
    notes: list[str] = []
    founded, dissolved = head.get("founded"), head.get("dissolved")
    if founded is not None and last < _day(founded, 0):
        notes.append(f"{name} was founded on {founded}.")
        wanted = "predecessor"
    elif dissolved is not None and first > _day(dissolved, 1):
        notes.append(f"{name} was dissolved on {dissolved}.")
        wanted = "successor"
    else:
        return []
    for row in rows:
        if row.get("role") != wanted or row.get("other") is None:
            continue
        other = str(row.get("other_id") or row.get("other_label"))
        other_first = row.get("other_founded")
        other_last = row.get("other_dissolved")
        existed = (other_first is None or _day(other_first, 0) <= last) and (
            other_last is None or _day(other_last, 1) >= first
        )
        label = row.get("other_label") or other
        if existed:
            notes.append(
                f"Its {wanted}, {label}, existed then: blocgraph members {other} --on {first}"
            )
        else:
            notes.append(f"Its {wanted} was {label}.")
    return notes


def _day(literal: IRI | Literal, end: int) -> str:
    """The first (``end`` 0) or last (1) day a date literal of any precision denotes."""
    from .dates import bounds

    return bounds(str(literal), literal.datatype)[end].isoformat()  # type: ignore[union-attr]


def state(
    store: Store,
    state_id: str,
    on: str | None = None,
    all_rows: bool = False,
    bloc: str | None = None,
) -> Result:
    """Every status a state held in any bloc (on a day, if ``on``). Rows of COW's "unknown"
    (missing data) are left out unless ``all_rows``. With ``bloc``: its history in that bloc,
    as ``state_in_bloc`` shows it."""
    result = run_query(
        store,
        "state-memberships",
        {"state": state_id, "date": on, "bloc": bloc},
        {"state": "STATE", "date": "--on", "bloc": "--bloc"},
    )
    columns = ["state", "label", "bloc", "bloc_label", "status", "start", "end"]
    result = _without_unknown(_intervals(result, _with_name_then(result, columns)), None, all_rows)
    return result if bloc is None else _transitions(result)


def _transitions(result: Result) -> Result:
    """One state's memberships in one bloc, in time order, each with the status held just
    before it (``previous``: None when it followed a gap or came first); ``details["path"]``
    the same as one line (dialogue-partner 2009-06-16 -> observer 2015-07-10 -> ...)."""
    rows = sorted(result.rows, key=lambda r: (str(r.get("valid_from") or ""), str(r["status"])))
    steps: list[str] = []
    last_until: str | None = None
    for index, row in enumerate(rows):
        before = rows[index - 1] if index else None
        start, until = str(row.get("valid_from") or ""), row.get("valid_until")
        follows = before is not None and (
            before.get("valid_until") is None or _next_day(str(before["valid_until"])) >= start
        )
        row["previous"] = before["status"] if follows and before is not None else None
        if last_until is not None and _next_day(last_until) < start:
            steps.append(f"(out from {_next_day(last_until)})")
        steps.append(f"{row['status']} {row.get('start') or '?'}")
        last_until = None if until is None else str(until)
    if rows and last_until is not None:
        steps.append(f"(out from {_next_day(last_until)})")
    columns = [*result.columns]
    columns.insert(columns.index("status"), "previous")
    brief = ["previous", "status", "start", "end"]
    details = {"path": " -> ".join(steps)}
    return result.replace(rows=rows, columns=columns, brief=brief, details=details)


def _next_day(iso_day: str) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(iso_day) + dt.timedelta(days=1)).isoformat()


def compare(
    store: Store, bloc_a: str, bloc_b: str, on: str | None = None, status: str | None = None
) -> Result:
    """The states holding a status (any, or ``status``) in two blocs on a day (today): in
    both, only in the first, only in the second. COW's "unknown" (missing data) counts as
    not holding a status unless ``status="unknown"``."""
    resolver = resolver_for(store)
    first, second = resolver.bloc(bloc_a), resolver.bloc(bloc_b)
    found = run_query(
        store,
        "compare-blocs",
        {"bloc_a": first, "bloc_b": second, "date": on, "status": status},
        {"bloc_a": "BLOC", "bloc_b": "BLOC", "date": "--on", "status": "--status"},
    )
    found = _without_unknown(found, status, False)
    names = {"first": short_id(first), "second": short_id(second)}
    by_state: dict[str, Row] = {}
    for row in found.rows:
        entry = by_state.setdefault(
            str(row["state"]),
            {
                "state": row["state"],
                "iso3": row.get("iso3"),
                "label": row.get("label"),
                "first_status": None,
                "second_status": None,
            },
        )
        key = f"{row['side']}_status"
        held = [str(entry[key])] if entry[key] is not None else []
        entry[key] = Literal(", ".join(sorted({*held, str(row["status"])})))
    order = {"both": 0, "first": 1, "second": 2}
    rows = []
    for entry in by_state.values():
        side = (
            "both"
            if entry["first_status"] is not None and entry["second_status"] is not None
            else "first"
            if entry["first_status"] is not None
            else "second"
        )
        shown = "both" if side == "both" else f"only {names[side]}"
        rows.append((order[side], str(entry.get("label") or ""), {**entry, "in": Literal(shown)}))
    rows.sort(key=lambda t: (t[0], t[1]))
    day = parse_user_date(on or "today", "--on").isoformat()
    counts = {key: sum(1 for t in rows if t[0] == n) for key, n in order.items()}
    details = {"first": first, "second": second, "on": day, "counts": counts}
    note = (
        f"{counts['both']} in both, {counts['first']} only in {names['first']}, "
        f"{counts['second']} only in {names['second']} (on {day})"
    )
    columns = ["state", "iso3", "label", "in", "first_status", "second_status"]
    brief = ["state", "label", "in", "first_status", "second_status"]
    title = f"{names['first']} and {names['second']} on {day}"
    return Result(columns, [t[2] for t in rows], title, details, [note], brief)


def meetings(
    store: Store,
    bloc: str | None = None,
    year: str | None = None,
    host: str | None = None,
    series: str | None = None,
) -> Result:
    """Meetings of a bloc (or of every bloc), of a year, hosted by a state, of one series."""
    options = {"bloc": "BLOC", "year": "--year", "host": "--host", "series": "--series"}
    if series is not None and host is not None:
        raise InputError("give --series or --host, not both")
    if host is None:
        params: dict[str, str | None] = {"bloc": bloc, "year": year}
        if series is not None:
            if bloc is None:
                raise InputError("--series needs a BLOC (e.g. blocgraph meetings SCO --series chs)")
            params["series"] = str(find_series(store, bloc, series))
        result = run_query(store, "meetings", params, options)
    else:
        # Its own query: a host filter on "meetings" would walk every meeting.
        params = {"host": host, "bloc": bloc, "year": year}
        result = run_query(store, "meetings-hosted-by", params, options)
    return _pick(result, ["meeting", "label", "host_state", "start", "end", "status"])


def find_series(store: Store, bloc: str, name: str) -> IRI:
    """A series of ``bloc`` by its id (``council-of-heads-of-state``), its IRI, its label or
    a part of the label, or the initials of its id (``chs``); an unknown or ambiguous name is
    an UnknownIdError naming the series there are."""
    from .errors import UnknownIdError

    rows = run_query(store, "bloc-series", {"bloc": bloc}, {"bloc": "BLOC"}).rows
    wanted = fold(name)

    def names(row: Row) -> list[str]:
        slug = str(row["series"]).rsplit("/", 1)[1]
        initials = "".join(part[0] for part in slug.split("-") if part and part not in ("of",))
        label = fold(str(row.get("series_label") or ""))
        return [fold(str(row["series"])), fold(slug), initials, label]

    exact = [r for r in rows if wanted in names(r)]
    found = exact or [r for r in rows if wanted and wanted in names(r)[3]]
    if len(found) == 1:
        return IRI(str(found[0]["series"]))
    # ambiguous: the candidates; unknown: every series of the bloc
    slugs = sorted(str(r["series"]).rsplit("/", 1)[1] for r in (found or rows))
    raise UnknownIdError("series", name, slugs)


# How the span parameters are written on the command line, for messages.
_SPAN_OPTIONS = {"from_year": "--from", "to_year": "--to"}


def year_span(year: str | None, from_year: str | None, to_year: str | None) -> dict:
    if year is not None and (from_year is not None or to_year is not None):
        raise InputError("give --year, or --from and --to, not both")
    span = {
        "from_year": None if from_year is None else str(parse_user_year(from_year, "--from")),
        "to_year": None if to_year is None else str(parse_user_year(to_year, "--to")),
    }
    if span["from_year"] and span["to_year"] and int(span["from_year"]) > int(span["to_year"]):
        raise InputError(f"--from {from_year} is after --to {to_year}")
    return span


def attended(
    store: Store,
    bloc: str | None = None,
    status: str | None = None,
    year: str | None = None,
    from_year: str | None = None,
    to_year: str | None = None,
) -> Result:
    """States that attended meetings of a bloc while holding ``status`` (observer by default)
    on the meeting's first day: in a year, or from one year to another."""
    result = run_query(
        store,
        "observers-attended",
        {"bloc": bloc, "status": status, "year": year, **year_span(year, from_year, to_year)},
        {"bloc": "BLOC", "status": "--status", "year": "--year", **_SPAN_OPTIONS},
    )
    return _pick(
        result, ["state", "label", "status", "meeting", "meeting_label", "date", "capacity"]
    )


def absences(
    store: Store,
    bloc: str | None = None,
    year: str | None = None,
    from_year: str | None = None,
    to_year: str | None = None,
) -> Result:
    """States the sources say stayed away from a meeting they could have attended."""
    result = run_query(
        store,
        "absences",
        {"bloc": bloc, "year": year, **year_span(year, from_year, to_year)},
        {"bloc": "BLOC", "year": "--year", **_SPAN_OPTIONS},
    )
    return _pick(result, ["state", "label", "meeting", "meeting_label", "start", "capacity"])


def state_meetings(
    store: Store,
    state_id: str,
    bloc: str | None = None,
    from_year: str | None = None,
    to_year: str | None = None,
) -> Result:
    """The meetings the record has a state at, in which capacity, attended or not."""
    result = run_query(
        store,
        "state-meetings",
        {"state": state_id, "bloc": bloc, **year_span(None, from_year, to_year)},
        {"state": "STATE", "bloc": "--bloc", **_SPAN_OPTIONS},
    )
    columns = ["meeting", "meeting_label", "date", "capacity", "attendance", "representative"]
    return _pick(result, columns)


def bloc(store: Store, bloc_id: str, on: str | None = None) -> Result:
    """A bloc at a glance: its dates and lineage, counts by status on ``on`` (today), its
    bodies as a tree, its meeting series, and its sources. ``rows``: the counts by status;
    ``details``: the rest."""
    lineage = run_query(store, "bloc-lineage", {"bloc": bloc_id}, {"bloc": "BLOC"}).rows
    head = lineage[0] if lineage else {}
    day = parse_user_date(on or "today", "--on").isoformat()
    # The memberships `members BLOC --on DAY` lists, counted by the store (not read out a row
    # each); COW's "unknown" left out, as members leaves it out.
    tally = run_query(store, "bloc-status-counts", {"bloc": bloc_id, "date": day}, {"bloc": "BLOC"})
    counts = {
        str(row["status"]): int(str(row["states"]))
        for row in tally.rows
        if str(row["status"]) != UNKNOWN
    }
    bound = {"bloc": bloc_id}
    bodies = run_query(store, "bloc-bodies", bound, {"bloc": "BLOC"}).rows
    series = run_query(store, "bloc-series", bound, {"bloc": "BLOC"}).rows
    sources = run_query(store, "bloc-sources", bound, {"bloc": "BLOC"}).rows
    details = {
        "bloc": head.get("bloc"),
        "id": head.get("bloc_id"),
        "label": head.get("label"),
        "founded": head.get("founded"),
        "dissolved": head.get("dissolved"),
        "on": day,
        "predecessors": [r for r in lineage if r.get("role") == "predecessor"],
        "successors": [r for r in lineage if r.get("role") == "successor"],
        "bodies": bodies,
        "body_tree": body_tree(bodies),
        "series": series,
        "sources": sources,
    }
    rows: list[Row] = [
        {"status": Literal(status), "states": Literal(str(n), XSD_INTEGER)}
        for status, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    title = str(head.get("label") or bloc_id)
    return Result(["status", "states"], rows, title, details)


def body_tree(bodies: list[Row]) -> list[tuple[int, Row]]:
    """(depth, body) in tree order: the bodies that feed into none first, each followed by
    the bodies that feed into it. A body that feeds into a body of another bloc, or into a
    cycle, is shown at the top rather than lost."""
    by_iri = {str(b["body"]): b for b in bodies}
    children: dict[str, list[Row]] = {}
    roots: list[Row] = []
    for body in bodies:
        parent = body.get("feeds_into")
        if parent is not None and str(parent) in by_iri and str(parent) != str(body["body"]):
            children.setdefault(str(parent), []).append(body)
        else:
            roots.append(body)
    out: list[tuple[int, Row]] = []
    seen: set[str] = set()

    def walk(body: Row, depth: int) -> None:
        iri = str(body["body"])
        if iri in seen:
            return
        seen.add(iri)
        out.append((depth, body))
        for child in sorted(children.get(iri, []), key=lambda b: str(b.get("label") or "")):
            walk(child, depth + 1)

    for root in sorted(roots, key=lambda b: str(b.get("label") or "")):
        walk(root, 0)
    for body in bodies:  # bodies in a cycle of their own
        walk(body, 0)
    return out


def joint(
    store: Store, state_a: str, state_b: str, on: str | None = None, status: str | None = None
) -> Result:
    result = run_query(
        store,
        "joint-memberships",
        {"state_a": state_a, "state_b": state_b, "date": on, "status": status},
        {"state_a": "STATE", "state_b": "STATE", "date": "--on", "status": "--status"},
    )
    return _pick(result, ["bloc", "bloc_label", "status"])


def rests_on_count(row: Row) -> bool:
    """A participant row of ``meeting`` whose basis is collective: no source names the state;
    one counts or names a group it belonged to that day ("the 27 leaders")."""
    return str(row.get("basis") or "") == "collective"


def meeting(store: Store, meeting_id: str) -> Result:
    """A meeting's details, participants, invitations and sources in one result.

    ``rows`` are the participants; ``details`` holds the rest.
    """
    iri = resolver_for(store).meeting(meeting_id)
    bound: dict[str, IRI | Literal | None] = {"meeting": iri}

    def select(name: str) -> list[Row]:
        return lookup_index.select(store, queries.get(name), bound)[1]

    detail_rows = select("meeting-details")
    details: dict = {}
    if detail_rows:
        first = detail_rows[0]
        details = {k: v for k, v in first.items() if k != "topic" and v is not None}
        details["topics"] = sorted({str(r["topic"]) for r in detail_rows if r.get("topic")})
    details["invitations"] = select("meeting-invitations")
    details["sources"] = select("meeting-sources")
    participants = select("meeting-participants")
    brief = ["state", "label", "capacity", "attendance", "representative"]
    # basis: named (a source names the state) or collective (it rests on a count or a group);
    # the text table marks a collective one "(counted)" in its attendance instead.
    columns = ["state", "iso3", "label", "capacity", "attendance", "basis", "representative"]
    title = str(details.get("label", meeting_id))
    return Result(columns, participants, title, details, brief=brief)


def search(store: Store, text: str) -> Result:
    """Blocs and states whose id, code, name or other name contains ``text`` (any case).

    Exact matches come first, then names that start with the text, then the rest. A built
    store answers from its name index (one file read); other stores from the name queries.
    """
    needle = fold(text)
    if not needle:
        raise InputError("search: give some text to look for")
    index = resolver_for(store).index
    entries = index.search(needle) if index is not None else search_entries(store)
    best: dict[tuple[str, str], tuple[int, str, str | None]] = {}
    for kind, iri, name, folded, label in entries:
        if needle not in folded:
            continue
        rank = 0 if folded == needle else 1 if folded.startswith(needle) else 2
        key = (kind, iri)
        if key not in best or (rank, name) < best[key][:2]:
            best[key] = (rank, name, label)
    rows_out = [
        {
            "kind": Literal(kind),
            "id": IRI(iri),
            "label": None if label is None else Literal(label, language="en"),
            "matched": Literal(matched),
        }
        for (kind, iri), (rank, matched, label) in sorted(
            best.items(), key=lambda kv: (kv[1][0], kv[0][0], short_id(kv[0][1]))
        )
    ]
    return Result(["kind", "id", "label", "matched"], rows_out, "search")


def search_entries(store: Store) -> list[tuple[str, str, str, str, str | None]]:
    """Every name of every bloc and state: (kind, IRI, name, folded name, English label),
    the short id (SCO, BLR) among the names. From the name queries; a build writes the same
    entries into the store's name index (resolve.write_name_index)."""
    labels: dict[str, str] = {}
    for name, var in (("blocs", "bloc"), ("states", "state")):
        _, rows = store.select(queries.get(name).text)
        labels.update({str(r[var]): str(r["label"]) for r in rows if r.get("label") is not None})
    entries = []
    for kind, name, iri_var in (("bloc", "bloc-names", "bloc"), ("state", "state-names", "state")):
        _, rows = store.select(queries.get(name).text)
        pairs = {(str(r[iri_var]), str(r["name"])) for r in rows if r.get("name") is not None}
        pairs |= {(iri, short_id(iri)) for iri, _ in pairs}
        entries += [
            (kind, iri, label, fold(label), labels.get(iri)) for iri, label in sorted(pairs)
        ]
    return entries
