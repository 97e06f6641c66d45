"""The lookup index (src/blocgraph/lookup_index.py) answers as the named queries answer on the
store: row for row, in order, every term with its datatype and language, for every bloc and a
spread of days (each bloc's first and last days, the days around them, days of year- and
month-precision dates, open ends, days before any bloc existed), for every state, for pairs of
states and blocs; the command line prints the same bytes with and without it; a missing,
stale or damaged index leaves the answers to the store.

The sweeps (marked ``exhaustive``) check, by default, a deterministic sample of their cases
that still reaches every bloc, state, meeting and status (tests/conftest.py's ``sweep``);
``python -m pytest --exhaustive tests/test_lookup_index.py`` checks every case."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3

import pytest

from blocgraph import lookup_index, lookups, paths, queries
from blocgraph.dates import bounds
from blocgraph.namespaces import XSD_DATE
from blocgraph.resolve import resolver_for
from blocgraph.terms import IRI, Literal

# Blocs with curated histories (suspensions, year- and month-precision dates, predecessors):
# every day a status of theirs starts or ends, and the days around it.
SHOWCASE = ("SCO", "BRICS", "ASEAN", "NATO", "EU", "OAS", "G20", "AU", "CIS", "ShanghaiFive")
# Days no membership starts or ends on, across the record (before COW's first year, today).
FIXED_DAYS = ("1800-01-01", "1919-06-28", "1945-10-24", "1991-12-26", "2020-02-20")


def _term(value):
    """A term with everything that tells terms apart (a str subclass compares as text)."""
    if value is None:
        return None
    return (type(value).__name__, str(value), getattr(value, "datatype", None),
            getattr(value, "language", None))  # fmt: skip


def _same(store, name: str, values: dict) -> int:
    """Assert that the index answers ``name`` with ``values`` as the store does; the number of
    rows."""
    return len(_same_rows(store, name, values))


def _same_rows(store, name: str, values: dict) -> list:
    """Assert that the index answers ``name`` with ``values`` as the store does; the store's
    rows."""
    query = queries.get(name)
    bound = {p.name: values.get(p.name) for p in query.parameters}
    answer = store.lookup_index.answer(query, bound)
    assert answer is not None, f"the index does not answer {name} {values}"
    columns, rows = store.select(queries.bind(query, bound))
    assert answer[0] == columns, (name, values)
    got = [[_term(row.get(c)) for c in columns] for row in answer[1]]
    expected = [[_term(row.get(c)) for c in columns] for row in rows]
    assert got == expected, f"{name} {values}"
    return rows


def _day(text: str) -> Literal:
    return Literal(text, XSD_DATE)


def _boundary_days(store, bloc: IRI) -> list[str]:
    """The days a status in ``bloc`` starts or ends on, as the sources date them (the first
    day a start can denote, the last an end can), and the day before and after each."""
    query = queries.get("members-during")
    wide = {"bloc": bloc, "from": _day("0001-01-01"), "until": _day("9999-12-31")}
    days: set[dt.date] = set()
    for row in store.select(queries.bind(query, wide))[1]:
        for column, end in (("start", 0), ("end", 1)):
            literal = row.get(column)
            if isinstance(literal, Literal):
                try:
                    day = bounds(str(literal), literal.datatype)[end]
                except ValueError:
                    continue
                days |= {day, day + dt.timedelta(days=-1 if end == 0 else 1)}
    return sorted(d.isoformat() for d in days)


def _blocs(store) -> list[IRI]:
    return [IRI(str(r["bloc"])) for r in store.select(queries.get("blocs").text)[1]]


def _spread(days: list[str], n: int) -> list[str]:
    """At most ``n`` of ``days``, evenly spaced, the first and last among them."""
    if len(days) <= n:
        return days
    return [days[round(i * (len(days) - 1) / (n - 1))] for i in range(n)]


@pytest.fixture(scope="module")
def resolve(store):
    return resolver_for(store)


def test_the_built_store_has_a_lookup_index(store):
    assert store.lookup_index is not None
    assert os.path.isfile(store.lookup_index.path)
    assert lookup_index.INDEX_FILE in store.manifest


@pytest.mark.exhaustive
def test_members_and_counts_of_every_bloc_on_a_spread_of_days(store, sweep):
    """members-on for every bloc on its first and last boundary days and a day of 2020,
    bloc-status-counts on that day, members-during for the year of its first (the curated
    blocs below on every boundary day). Sampled: a third of these for each bloc."""
    blocs = _blocs(store)
    assert len(blocs) > 500
    rows = 0
    for number, bloc in enumerate(blocs):
        boundary = _boundary_days(store, bloc)
        year = (boundary or ["2020"])[0][:4]
        span = {"from": _day(f"{year}-01-01"), "until": _day(f"{year}-12-31")}
        cases = [("members-on", {"date": _day(day)})
                 for day in sorted({*_spread(boundary, 2), FIXED_DAYS[-1]})]  # fmt: skip
        cases.append(("bloc-status-counts", {"date": _day(FIXED_DAYS[-1])}))
        cases.append(("members-during", span))
        for name, values in sweep(cases, number):
            answered = _same(store, name, {"bloc": bloc, **values})
            rows += answered if name != "bloc-status-counts" else 0
    assert rows > (5000 if sweep.every else 5000 // sweep.share)


@pytest.mark.exhaustive
@pytest.mark.parametrize("bloc_id", SHOWCASE)
def test_members_of_curated_blocs_on_every_boundary_day(store, resolve, sweep, bloc_id):
    """Every day a status starts or ends (year- and month-precision ones as the first and last
    day they cover), the day before and after; each status on its own; each year. Sampled:
    every day, with a third of the statuses asked on it (in turn) and the counts."""
    bloc = resolve.bloc(bloc_id)
    days = _boundary_days(store, bloc)
    assert days
    every = [None, resolve.status("member")]
    some = [resolve.status("observer"), resolve.status("suspended")]
    spread = set(_spread(days, 8))
    for number, day in enumerate([*days, *FIXED_DAYS]):
        for status in sweep(every + (some if day in spread else []), number):
            _same(store, "members-on", {"bloc": bloc, "date": _day(day), "status": status})
        _same(store, "bloc-status-counts", {"bloc": bloc, "date": _day(day)})
    for year in sorted({d[:4] for d in days}):
        span = {"from": _day(f"{year}-01-01"), "until": _day(f"{year}-12-31")}
        for status in every:
            _same(store, "members-during", {"bloc": bloc, **span, "status": status})


def test_every_state_with_and_without_a_day(store, resolve):
    """state-memberships for every state: all its memberships, and on several days (the
    Soviet Union's name on a day of 1980 included)."""
    states = [IRI(str(r["state"])) for r in store.select(queries.get("states").text)[1]]
    assert len(states) > 200
    rows = 0
    for number, state in enumerate(states):
        rows += _same(store, "state-memberships", {"state": state})
        if number % 3 == 0:  # a third of them on a day too (every one with --bloc below)
            on = {"state": state, "date": _day("2020-02-20")}
            rows += _same(store, "state-memberships", on)
    assert rows > 30000
    # The days a state went by another name (former names: bg:nameOf), and around them.
    named = [("RUS", "1980-01-01"), ("RUS", "1991-12-25"), ("RUS", "1991-12-26")]
    named += [("SRB", "1929-10-02"), ("SRB", "1929-10-03"), ("SRB", "1963-04-06")]
    for code, day in named:
        on = {"state": resolve.state(code), "date": _day(day)}
        _same(store, "state-memberships", on)
        # and members-on of each bloc it was in then (name_then there too)
        held = store.select(queries.bind(queries.get("state-memberships"), on))[1]
        for bloc in sorted({IRI(str(r["bloc"])) for r in held}):
            _same(store, "members-on", {"bloc": bloc, "date": _day(day)})


@pytest.mark.exhaustive
@pytest.mark.parametrize("bloc_id", ["SCO", "BRICS", "NATO", "ASEAN", "EU", "OAS"])
def test_every_state_of_a_bloc_in_that_bloc(store, resolve, sweep, bloc_id):
    """`state X --bloc B` for every state that ever held a status in B, and on a day.
    Sampled: each state with or without the day, in turn."""
    bloc = resolve.bloc(bloc_id)
    query = queries.get("members-during")
    wide = {"bloc": bloc, "from": _day("0001-01-01"), "until": _day("9999-12-31")}
    states = {IRI(str(r["state"])) for r in store.select(queries.bind(query, wide))[1]}
    assert states
    for number, state in enumerate(sorted(states)):
        for day in sweep([None, _day("2020-02-20")], number):
            _same(store, "state-memberships", {"state": state, "bloc": bloc, "date": day})


PAIRS_OF_STATES = [
    ("India", "Pakistan"),
    ("China", "Russia"),
    ("Belarus", "Russia"),
    ("United States", "Canada"),
    ("France", "Germany"),
    ("Brazil", "Argentina"),
    ("Iran", "Turkey"),
]


@pytest.mark.exhaustive
@pytest.mark.parametrize("pair", PAIRS_OF_STATES, ids="-".join)
def test_joint_memberships_of_pairs_of_states(store, resolve, sweep, pair):
    """Sampled: each day with one of the statuses, in turn."""
    a, b = (resolve.state(s) for s in pair)
    days = ("1950-01-01", "1991-12-26", "2001-06-15", "2020-02-20", "2025-01-06")
    for number, day in enumerate(days):
        for status in sweep(("member", "observer", "suspended"), number):
            values = {"state_a": a, "state_b": b, "date": _day(day)}
            _same(store, "joint-memberships", {**values, "status": resolve.status(status)})


PAIRS_OF_BLOCS = [("BRICS", "SCO"), ("NATO", "EU"), ("ASEAN", "SCO"), ("OAS", "G20"), ("AU", "CIS")]


@pytest.mark.exhaustive
@pytest.mark.parametrize("pair", PAIRS_OF_BLOCS, ids="-".join)
def test_compare_pairs_of_blocs(store, resolve, sweep, pair):
    """Sampled: each day with one of the statuses, in turn."""
    a, b = (resolve.bloc(x) for x in pair)
    days = sorted({*_spread(_boundary_days(store, a), 6), *_spread(_boundary_days(store, b), 6)})
    statuses = (None, resolve.status("member"), resolve.status("observer"))
    for number, day in enumerate([*days, *FIXED_DAYS]):
        for status in sweep(statuses, number):
            values = {"bloc_a": a, "bloc_b": b, "date": _day(day), "status": status}
            _same(store, "compare-blocs", values)


@pytest.mark.exhaustive
def test_stored_answers_of_every_bloc(store, sweep):
    """bloc-lineage, bloc-bodies, bloc-series, bloc-sources and meetings for every bloc, the
    meetings of each of its series and of each year it met in, and of every bloc in a year.
    Sampled: a third of the bloc's own queries, its series and its years, for each bloc."""
    answered = 0
    for number, bloc in enumerate(_blocs(store)):
        for name in sweep(("bloc-lineage", "bloc-bodies", "bloc-sources"), number):
            answered += _same(store, name, {"bloc": bloc})
        meetings = _same_rows(store, "meetings", {"bloc": bloc})
        answered += len(meetings)
        for row in sweep(_same_rows(store, "bloc-series", {"bloc": bloc}), number):
            _same(store, "meetings", {"bloc": bloc, "series": row["series"]})
        for year in sweep(sorted({str(r["start"])[:4] for r in meetings}), number):
            year_term = Literal(year, "http://www.w3.org/2001/XMLSchema#integer")
            _same(store, "meetings", {"bloc": bloc, "year": year_term})
            _same(store, "meetings", {"year": year_term})
    assert answered > (3000 if sweep.every else 3000 // sweep.share)


def test_the_vocabulary_of_every_scheme(store):
    schemes = {str(r["scheme_id"]) for r in store.select(queries.get("vocabulary").text)[1]}
    assert {"membership-status", "participation-capacity"} <= schemes
    for scheme in schemes:
        assert _same(store, "vocabulary", {"scheme": Literal(scheme)}) > 0


@pytest.mark.exhaustive
def test_the_parts_of_every_meeting(store, sweep):
    """`meeting`: its details, invitations, sources and participants, for every meeting.
    Sampled: a third of the parts of each meeting, in turn."""
    rows = store.select(queries.get("meeting-ids").text)[1]
    meetings = sorted({IRI(str(r["meeting"])) for r in rows})
    assert len(meetings) > 500
    answered = 0
    for number, meeting in enumerate(meetings):
        for name in sweep(lookup_index.MEETING_PARTS, number):
            answered += _same(store, name, {"meeting": meeting})
    assert answered > (10000 if sweep.every else 10000 // (2 * sweep.share))


def _year(year: int) -> Literal:
    return Literal(str(year), "http://www.w3.org/2001/XMLSchema#integer")


def _meeting_years(store) -> dict[str, int]:
    query = queries.parse_query_file(lookup_index.index_query_path("meeting-starts"))
    return {str(r["meeting"]): int(r["year"]) for r in store.select(query.text)[1]}


def _spans(name: str, years: list[int]) -> list[dict]:
    """Bindings of a year and of spans of years the query takes, around ``years``."""
    params = {p.name for p in queries.get(name).parameters}
    picked = _spread(sorted(set(years)), 4) if years else [2020]
    spans: list[dict] = []
    if "year" in params:
        spans += [{"year": _year(y)} for y in picked] + [{"year": _year(1850)}]
    if "from_year" in params:
        first, last = picked[0], picked[-1]
        middle = picked[len(picked) // 2]
        spans += [
            {"from_year": _year(first), "to_year": _year(last)},
            {"from_year": _year(middle)},
            {"to_year": _year(middle)},
            {"from_year": _year(middle), "to_year": _year(middle)},
            {"from_year": _year(last + 1), "to_year": _year(last + 30)},
        ]
    return spans


def _check_spanned(store, sweep, name: str, keys: list[dict]) -> tuple[int, int]:
    """Each key's rows, and its years and spans where the index answers them (as the store
    does): (keys whose years and spans it answered, keys it left to the store). Sampled: a
    third of the years and spans of each key, in turn."""
    starts = _meeting_years(store)
    query = queries.get(name)
    answered = declined = 0
    for number, key in enumerate(keys):
        full = {p.name: key.get(p.name) for p in query.parameters}
        rows = _same_rows(store, name, full)
        years = [starts[str(r["meeting"])] for r in rows]
        results = []
        for span in sweep(_spans(name, years), number):
            bound = {**full, **span}
            if store.lookup_index.answer(query, bound) is None:
                results.append(False)
                continue
            _same(store, name, bound)
            results.append(True)
        assert len(set(results)) <= 1, f"{name} {key}: some years answered, some not"
        answered += all(results)
        declined += not all(results)
    return answered, declined


@pytest.mark.exhaustive
def test_attended_of_every_bloc_and_status(store, resolve, sweep):
    """observers-attended for every bloc with meetings (and every bloc at once) and every
    status: all its rows, a spread of years and spans."""
    query = queries.parse_query_file(lookup_index.index_query_path("meeting-years"))
    blocs = sorted({IRI(str(r["bloc"])) for r in store.select(query.text)[1]})
    assert len(blocs) > 10
    statuses = ["member", "observer", "dialogue-partner", "partner", "suspended"]
    keys = [{"bloc": b, "status": resolve.status(s)} for b in blocs for s in statuses]
    keys += [{"bloc": None, "status": resolve.status(s)} for s in ("observer", "member")]
    answered, declined = _check_spanned(store, sweep, "observers-attended", keys)
    assert answered >= len(keys) - 3, (answered, declined)


@pytest.mark.exhaustive
def test_absences_of_every_bloc(store, sweep):
    query = queries.parse_query_file(lookup_index.index_query_path("meeting-years"))
    blocs = sorted({IRI(str(r["bloc"])) for r in store.select(query.text)[1]})
    answered, declined = _check_spanned(
        store, sweep, "absences", [{"bloc": None}, *({"bloc": b} for b in blocs)]
    )
    assert answered > 10


def test_absences_of_one_day_are_ordered_by_meeting_and_answered_by_the_index(store, resolve):
    """Myanmar stayed away from ASEAN's 38th and 39th summits and the 24th ASEAN-China summit,
    all held on 2021-10-26 (and from the special ASEAN-China summit of 22 November). Ordered by
    day and state alone the rows of one day tied, and the store ordered them differently for
    different spans; absences now ends its ORDER BY with ?meeting (as the other queries over
    meetings do), so the index answers a year and a span of them too, as the store does."""
    query = queries.get("absences")
    asean = {"bloc": resolve.bloc("ASEAN"), "year": None, "from_year": None, "to_year": None}
    _same(store, "absences", asean)
    spans = ({"year": _year(2021)}, {"from_year": _year(2000), "to_year": _year(2025)})
    for span in spans:
        assert store.lookup_index.answer(query, {**asean, **span}) is not None
        _same(store, "absences", {**asean, **span})
    year = store.lookup_index.answer(query, {**asean, "year": _year(2021)})[1]
    myanmar = [str(r["meeting"]).rsplit("/", 1)[1] for r in year if str(r["iso3"]) == "MMR"]
    assert myanmar == [
        "asean-china-summit-2021-10",
        "summit-38",
        "summit-39",
        "asean-china-summit-2021-11",
    ], myanmar


@pytest.mark.exhaustive
def test_meetings_of_states_and_hosts(store, sweep):
    """state-meetings for a third of the states the record names (each alone and in each of
    its blocs), meetings-hosted-by for a third of the hosts: rows, years and spans."""
    for name, index_query, var in (
        ("state-meetings", "participant-blocs", "state"),
        ("meetings-hosted-by", "host-blocs", "host"),
    ):
        found = queries.parse_query_file(lookup_index.index_query_path(index_query))
        pairs = store.select(found.text)[1]
        terms = sorted({IRI(str(r[var])) for r in pairs})
        assert len(terms) > 50
        picked = set(terms[::3])
        keys = [{var: t, "bloc": None} for t in sorted(picked)]
        keys += [{var: r[var], "bloc": r["bloc"]} for r in pairs if r[var] in picked]
        answered, declined = _check_spanned(store, sweep, name, keys)
        assert answered >= len(keys) - 5, (name, answered, declined)


def test_a_binding_the_build_did_not_store_is_left_to_the_store(store, resolve):
    sco = resolve.bloc("SCO")
    query = queries.get("meetings")
    year = Literal("1850", "http://www.w3.org/2001/XMLSchema#integer")
    bound = {"bloc": sco, "year": year, "series": None}
    assert store.lookup_index.answer(query, bound) is None
    assert lookup_index.select(store, query, bound) == store.select(queries.bind(query, bound))
    # A term the data does not hold matches nothing in a mirrored query, as in SPARQL.
    nowhere = IRI("https://w3id.org/blocgraph/id/bloc/Nowhere")
    unknown = {"bloc": nowhere, "date": _day("2020-02-20")}
    assert _same(store, "members-on", unknown) == 0


def test_a_query_edited_since_the_build_is_answered_by_the_store(store, resolve):
    query = queries.get("members-on")
    edited = query._replace(text=query.text.replace("ORDER BY ?label", "ORDER BY DESC(?label)"))
    bound = {"bloc": resolve.bloc("SCO"), "date": _day("2020-02-20"), "status": None}
    assert store.lookup_index.answer(query, bound) is not None
    assert store.lookup_index.answer(edited, bound) is None
    expected = store.select(queries.bind(edited, bound))
    assert lookup_index.select(store, edited, bound) == expected
    assert expected[1] != store.select(queries.bind(query, bound))[1]  # the edit shows


def test_user_query_files_never_come_from_the_index(store, resolve, tmp_path):
    copy = tmp_path / "members-on.rq"
    shutil.copy(paths.query_path("members-on"), copy)
    query = queries.get(str(copy))
    assert query.user_supplied and query.name == "members-on"
    bound = {"bloc": resolve.bloc("SCO"), "date": _day("2020-02-20"), "status": None}
    calls = []
    original = store.select
    try:
        store.select = lambda text: calls.append(text) or original(text)
        lookup_index.select(store, query, bound)
    finally:
        del store.select
    assert calls


def test_terms_survive_their_encoding():
    for term in (
        IRI("https://w3id.org/blocgraph/id/state/BLR"),
        Literal("Belarus", language="en"),
        Literal("2009", "http://www.w3.org/2001/XMLSchema#gYear"),
        Literal("a \x1f b\tc\n", None),
        Literal(""),
        None,
    ):
        assert _term(lookup_index.decode(lookup_index.encode(term))) == _term(term)


# --- the command line prints the same bytes ---------------------------------------------------

# benchmarks/lookup.py's lookups (all of them: those the index answers and those it does not),
# and the membership lookups in each format.
BENCHMARK_LOOKUPS = [
    ["members", "SCO", "--on", "2020-02-20", "--format", "json"],
    ["attended", "SCO", "--status", "observer", "--year", "2020", "--format", "json"],
    ["state", "Belarus", "--format", "json"],
    ["state", "India", "--on", "2020-02-20", "--format", "json"],
    ["meetings", "SCO", "--year", "2020", "--format", "json"],
    ["meeting", "SCO/dsewg-9", "--format", "json"],
    ["joint", "India", "Pakistan", "--on", "2020-02-20"],
    ["members", "SCO", "--status", "observer"],
    ["bloc", "SCO", "--format", "json"],
    ["meetings", "SCO", "--series", "chs", "--format", "json"],
    ["state", "Belarus", "--meetings", "--format", "json"],
    ["compare", "BRICS", "SCO", "--on", "2020-02-20"],
    ["state", "Belarus", "--bloc", "SCO", "--format", "json"],
    ["meetings", "--year", "2020", "--format", "json"],
    ["meetings", "--host", "Pakistan"],
    ["attended", "G20", "--status", "member", "--from", "2015", "--to", "2025"],
    ["absences", "--from", "2000", "--to", "2025"],
    ["attended", "--status", "observer", "--year", "2020", "--format", "json"],
]
MORE_LOOKUPS = [
    ["members", "SCO", "--year", "2015"],
    ["members", "ShanghaiFive", "--on", "2020-02-20"],  # empty: the lifetime notes
    ["members", "NATO", "--on", "1966-03-10", "--all"],
    ["state", "Russia", "--on", "1980-01-01"],
    ["state", "Belarus", "--bloc", "SCO"],
    ["state", "Venezuela", "--bloc", "Mercosur"],
    ["joint", "Belarus", "Russia", "--on", "2024-07-04", "--status", "member"],
    ["compare", "NATO", "EU", "--on", "2004-05-01", "--status", "member"],
    ["bloc", "SCO", "--on", "2020-02-20"],
    ["bloc", "NATO", "--on", "1966-03-10"],
    ["meetings", "SCO", "--series", "chs"],
    # The meeting record (issue 11's second round): each lookup, each format.
    ["meeting", "SCO/dsewg-9"],
    ["meeting", "SCO/chs-2020"],
    ["attended", "SCO", "--status", "observer", "--year", "2020"],
    ["attended", "G20", "--status", "member", "--from", "2015", "--to", "2025"],
    ["attended", "SCO", "--status", "dialogue-partner"],
    ["attended", "--status", "observer", "--from", "2019"],
    ["absences", "--from", "2000", "--to", "2025"],
    ["absences", "ASEAN", "--year", "2021"],
    ["absences", "G20", "--to", "2020"],
    ["state", "Belarus", "--meetings"],
    ["state", "India", "--meetings", "--bloc", "SCO", "--from", "2018", "--to", "2022"],
    ["meetings", "--host", "Pakistan"],
    ["meetings", "SCO", "--host", "China", "--year", "2018"],
]


def _cases():
    for args in BENCHMARK_LOOKUPS:
        yield args
    for args in MORE_LOOKUPS:
        for fmt in ("table", "json", "csv"):
            yield [*args, "--format", fmt]


@pytest.mark.parametrize("args", list(_cases()), ids=" ".join)
def test_the_command_line_prints_the_same_with_and_without_the_index(
    store, cli_run, monkeypatch, args
):
    with_index = cli_run(*args)
    assert with_index.exit_code == 0, with_index.output
    monkeypatch.setattr(lookup_index.LookupIndex, "answer", lambda *_: None)
    without = cli_run(*args)
    assert without.exit_code == 0, without.output
    assert with_index.output == without.output
    assert with_index.output.strip()


# --- when the store answers instead -----------------------------------------------------------


def _observers(store) -> tuple[list[str], bool]:
    """SCO's observers on 2020-02-20, and whether RocksDB was opened to find them."""
    rows = lookups.members(store, "SCO", on="2020-02-20", status="observer").rows
    return [str(r["iso3"]) for r in rows], store._opened is not None


def test_answers_come_from_the_index_without_opening_rocksdb(store):
    """The session's store, opened afresh (nothing read yet); a test that only reads needs no
    copy of its own (`built_resources` copies a store for tests that change it)."""
    from blocgraph.store import open_embedded

    assert _observers(open_embedded()) == (["AFG", "BLR", "IRN", "MNG"], False)


def test_a_missing_index_leaves_the_answers_to_the_store(built_resources):
    from blocgraph.store import ensure_store, open_embedded, write_manifest

    location = ensure_store()
    (location / lookup_index.INDEX_FILE).unlink()
    write_manifest(location)  # a store as an older build left it: no index in its manifest
    store = open_embedded()
    assert store.location == location and store.lookup_index is None
    assert _observers(store) == (["AFG", "BLR", "IRN", "MNG"], True)


@pytest.mark.parametrize("change", ["format", "digest"])
def test_a_stale_index_leaves_the_answers_to_the_store(built_resources, change):
    """An index of another format, or built from another text of the query: not read."""
    from blocgraph.store import ensure_store, open_embedded, write_manifest

    location = ensure_store()
    db = sqlite3.connect(location / lookup_index.INDEX_FILE)
    if change == "format":
        db.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
    else:
        db.execute("UPDATE meta SET value = 'x' WHERE key = 'digest:members-on'")
    db.commit()
    db.close()
    write_manifest(location)
    store = open_embedded()
    assert store.location == location and store.lookup_index is not None
    assert _observers(store) == (["AFG", "BLR", "IRN", "MNG"], True)


def test_a_damaged_index_is_found_and_the_store_rebuilt(built_resources, capfd):
    from blocgraph.store import ensure_store, open_embedded

    location = ensure_store()
    index = location / lookup_index.INDEX_FILE
    with open(index, "r+b") as f:
        f.seek(index.stat().st_size // 2)
        f.write(os.urandom(4096))
    store = open_embedded()
    assert "rebuilding" in capfd.readouterr().err
    assert store.location != location
    assert _observers(store) == (["AFG", "BLR", "IRN", "MNG"], False)


def test_a_data_change_rebuilds_the_index(built_resources):
    from blocgraph.store import open_embedded

    assert _observers(open_embedded())[0] == ["AFG", "BLR", "IRN", "MNG"]
    sco = built_resources / "data" / "sco" / "memberships.ttl"
    assert sco.is_file()
    with open(sco, "a", encoding="utf-8") as out:
        out.write(
            "\n<membership/SCO/NZL/observer/2019-05-01> a bg:Membership ;\n"
            "    org:member <state/NZL> ; org:organization <bloc/SCO> ;\n"
            '    org:role status:observer ; schema:startDate "2019-05-01"^^xsd:date ;\n'
            "    prov:wasDerivedFrom <source/sectsco-about> ;\n"
            '    bg:quote "A membership made up for tests/test_lookup_index.py." .\n'
        )
    assert _observers(open_embedded()) == (["AFG", "BLR", "IRN", "MNG", "NZL"], False)


def test_the_api_answers_from_the_index_in_its_own_process(store):
    """blocgraph.open()'s lookups read the index where the CLI does: no query reaches the
    worker process for them."""
    import blocgraph

    kb = blocgraph.open()
    try:
        asked = []
        original = kb.store.select
        kb.store.select = lambda text: asked.append(text) or original(text)
        assert [r["iso3"] for r in kb.members("SCO", on="2020-02-20", status="observer")] == [
            "AFG",
            "BLR",
            "IRN",
            "MNG",
        ]
        assert kb.state("Belarus", bloc="SCO").details["path"].endswith("member 2024-07-04")
        assert kb.meeting("SCO/dsewg-9").title
        assert len(kb.attended("SCO", year=2020)) > 0
        # Two summits of one day (Myanmar absent from both): the index orders them by meeting.
        assert {r["iso3"] for r in kb.absences("ASEAN", year=2021)} == {"MMR"}
        assert not asked
        # A query the index does not hold: the worker answers it.
        assert len(kb.query("blocs")) > 100
        assert asked
    finally:
        kb.close()
