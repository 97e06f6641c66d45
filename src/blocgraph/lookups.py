"""The lookups behind the CLI: each one runs named queries with bound parameters.

``run_query`` is the general path (``blocgraph query NAME --param k=v``); the others are the
named lookups with their own options, each a thin layer over one or more library queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import queries
from .dates import parse_user_date, parse_user_year
from .errors import InputError
from .namespaces import XSD_DATE, XSD_INTEGER
from .resolve import Resolver, resolver_for
from .terms import IRI, Literal, Row


@dataclass
class Result:
    columns: list[str]
    rows: list[Row]
    title: str = ""
    details: dict = field(default_factory=dict)


def _convert(resolver: Resolver, param: queries.Parameter, raw: str, option: str):
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
    raw: dict[str, str | None],
    options: dict[str, str] | None = None,
) -> dict:
    """Check and convert raw strings into RDF terms for each declared parameter."""
    options = options or {}
    for name in raw:
        query.parameter(name)  # raises on an undeclared parameter
    values = {}
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


def run_query(store, name_or_path: str, raw: dict[str, str | None], options=None) -> Result:
    query = queries.get(name_or_path)
    values = bind_values(resolver_for(store), query, raw, options)
    text = queries.bind(query, values)
    if query.user_supplied:
        from . import sparql_check

        shape = sparql_check.check(
            text, allow_service=getattr(store, "allow_service", True), where=str(query.path)
        )
        if shape.form != "SELECT":
            raise InputError(
                f"{query.path}: `blocgraph query` runs SELECT queries; this is {shape.form}"
            )
    columns, rows = store.select(text)
    return Result(columns, rows, query.title)


def _pick(result: Result, columns: list[str]) -> Result:
    return Result(columns, result.rows, result.title)


def members(
    store, bloc: str, on: str | None = None, status: str | None = None, year: str | None = None
) -> Result:
    """States holding a status in ``bloc`` on a day, or at any time in a year."""
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
        return _pick(result, ["state", "label", "status", "start", "end"])
    result = run_query(
        store,
        "members-on",
        {"bloc": bloc, "date": on, "status": status},
        {"date": "--on", "status": "--status", "bloc": "BLOC"},
    )
    return _pick(result, ["state", "label", "status", "start", "end"])


def state(store, state_id: str, on: str | None = None) -> Result:
    result = run_query(
        store,
        "state-memberships",
        {"state": state_id, "date": on},
        {"state": "STATE", "date": "--on"},
    )
    return _pick(result, ["state", "label", "bloc", "bloc_label", "status", "start", "end"])


def meetings(store, bloc: str | None = None, year: str | None = None, host: str | None = None):
    options = {"bloc": "BLOC", "year": "--year", "host": "--host"}
    if host is None:
        result = run_query(store, "meetings", {"bloc": bloc, "year": year}, options)
    else:
        # Its own query: a host filter on "meetings" would walk every meeting.
        params = {"host": host, "bloc": bloc, "year": year}
        result = run_query(store, "meetings-hosted-by", params, options)
    return _pick(result, ["meeting", "label", "host_state", "start", "end", "status"])


def attended(store, bloc: str | None = None, status: str | None = None, year: str | None = None):
    result = run_query(
        store,
        "observers-attended",
        {"bloc": bloc, "status": status, "year": year},
        {"bloc": "BLOC", "status": "--status", "year": "--year"},
    )
    return _pick(
        result, ["state", "label", "status", "meeting", "meeting_label", "date", "capacity"]
    )


def joint(store, state_a: str, state_b: str, on: str | None = None, status: str | None = None):
    result = run_query(
        store,
        "joint-memberships",
        {"state_a": state_a, "state_b": state_b, "date": on, "status": status},
        {"state_a": "STATE", "state_b": "STATE", "date": "--on", "status": "--status"},
    )
    return _pick(result, ["bloc", "bloc_label", "status"])


def meeting(store, meeting_id: str) -> Result:
    """A meeting's details, participants, invitations and sources in one result.

    ``rows`` are the participants; ``details`` holds the rest.
    """
    iri = resolver_for(store).meeting(meeting_id)
    bound = {"meeting": iri}

    def select(name: str):
        return store.select(queries.bind(queries.get(name), bound))[1]

    detail_rows = select("meeting-details")
    details: dict = {}
    if detail_rows:
        first = detail_rows[0]
        details = {k: v for k, v in first.items() if k != "topic" and v is not None}
        details["topics"] = sorted({str(r["topic"]) for r in detail_rows if r.get("topic")})
    details["invitations"] = select("meeting-invitations")
    details["sources"] = select("meeting-sources")
    participants = select("meeting-participants")
    columns = ["state", "label", "capacity", "attendance", "representative"]
    return Result(columns, participants, str(details.get("label", meeting_id)), details)


def search(store, text: str) -> Result:
    """Blocs and states whose id, code, name or other name contains ``text`` (any case).

    Exact matches come first, then names that start with the text, then the rest.
    """
    from .namespaces import short_id
    from .resolve import _fold

    needle = _fold(text)
    if not needle:
        raise InputError("search: give some text to look for")
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for kind, name, iri_var in (("bloc", "bloc-names", "bloc"), ("state", "state-names", "state")):
        _, rows = store.select(queries.get(name).text)
        pairs = [(str(r[iri_var]), str(r["name"])) for r in rows if r.get("name") is not None]
        pairs += [(iri, short_id(iri)) for iri in {iri for iri, _ in pairs}]
        for iri, label in pairs:
            folded = _fold(label)
            if needle not in folded:
                continue
            rank = 0 if folded == needle else 1 if folded.startswith(needle) else 2
            key = (kind, iri)
            if key not in best or (rank, label) < best[key]:
                best[key] = (rank, label)
    labels = _labels(store)
    rows_out = [
        {
            "kind": Literal(kind),
            "id": IRI(iri),
            "label": labels.get(iri),
            "matched": Literal(matched),
        }
        for (kind, iri), (rank, matched) in sorted(
            best.items(), key=lambda kv: (kv[1][0], kv[0][0], short_id(kv[0][1]))
        )
    ]
    return Result(["kind", "id", "label", "matched"], rows_out, "search")


def _labels(store) -> dict[str, Literal]:
    """English labels of every bloc and state, by IRI."""
    out: dict[str, Literal] = {}
    for name, var in (("blocs", "bloc"), ("states", "state")):
        _, rows = store.select(queries.get(name).text)
        out.update({str(r[var]): r["label"] for r in rows if r.get("label") is not None})
    return out
