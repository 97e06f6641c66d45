"""The Python API (blocgraph.open, api.KB, api.Result) on the real embedded store: answers
checked against the data files, the same rows as the CLI's JSON and CSV, pandas dtypes, and
the docstring examples of blocgraph.api run as doctests."""

from __future__ import annotations

import csv
import doctest
import io
import json
import os

import pytest

import blocgraph
from blocgraph import api
from processes import children, settles


@pytest.fixture(scope="module")
def kb(store):
    return api.KB(store)


def _codes(result, side=None):
    return sorted(r["iso3"] for r in result if side is None or r["in"] == side)


def test_open_gives_a_kb_on_the_embedded_store(store):
    kb = blocgraph.open()
    assert isinstance(kb, blocgraph.KB)
    assert len(kb.members("SCO", on="2020-02-20", status="member")) == 8


def test_sco_members_on_2020_02_20_are_the_eight(kb):
    # data/sco/memberships.ttl: the six founders (2001-06-15), India and Pakistan (2017-06-09)
    result = kb.members("SCO", on="2020-02-20", status="member")
    assert _codes(result) == ["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]
    india = next(r for r in result if r["iso3"] == "IND")
    assert india["valid_from"] == india["start"] == "2017-06-09"
    assert india["start_precision"] == "day"
    assert india["valid_until"] is None and india["end_precision"] is None


def test_year_precision_dates_become_first_and_last_days(kb):
    """COW gives years: a start of "1965" is valid from 1965-01-01; an end of "1990" until
    1990-12-31 (rows whose start or end is a gYear)."""
    rows = [r for r in kb.state("FRA") if r["start_precision"] == "year"]
    assert rows, "no year-precision membership of France"
    for row in rows:
        assert row["valid_from"] == f"{row['start']}-01-01"
        if row["end_precision"] == "year":
            assert row["valid_until"] == f"{row['end']}-12-31"


def test_belarus_in_the_sco_as_transitions(kb):
    # data/sco/memberships.ttl: dialogue partner 2009-06-16, observer 2015-07-10, member
    # 2024-07-04, each ending the day before the next
    result = kb.state("Belarus", bloc="SCO")
    steps = [(r["previous"], r["status"], r["start"], r["end"]) for r in result]
    assert steps == [
        (None, "dialogue-partner", "2009-06-16", "2015-07-09"),
        ("dialogue-partner", "observer", "2015-07-10", "2024-07-03"),
        ("observer", "member", "2024-07-04", None),
    ]
    assert result.details["path"] == (
        "dialogue-partner 2009-06-16 -> observer 2015-07-10 -> member 2024-07-04"
    )


def test_compare_brics_and_sco_on_2020_02_20(kb):
    # BRICS (data/blocs/BRICS.ttl) on 2020-02-20: Brazil, Russia, India, China, South Africa.
    # SCO (data/sco/memberships.ttl): 8 members, observers AFG BLR IRN MNG, dialogue partners
    # ARM AZE KHM NPL LKA TUR.
    result = kb.compare("BRICS", "SCO", on="2020-02-20")
    assert _codes(result, "both") == ["CHN", "IND", "RUS"]
    assert _codes(result, "only BRICS") == ["BRA", "ZAF"]
    sco_only = ["AFG", "ARM", "AZE", "BLR", "IRN", "KAZ", "KGZ", "KHM", "LKA", "MNG"]
    assert _codes(result, "only SCO") == [*sco_only, "NPL", "PAK", "TJK", "TUR", "UZB"]
    india = next(r for r in result if r["iso3"] == "IND")
    assert (india["first_status"], india["second_status"]) == ("member", "member")
    assert result.details["counts"] == {"both": 3, "first": 2, "second": 15}


def test_compare_with_a_status(kb):
    result = kb.compare("BRICS", "SCO", on="2020-02-20", status="observer")
    assert _codes(result, "both") == [] and _codes(result, "only BRICS") == []
    assert _codes(result, "only SCO") == ["AFG", "BLR", "IRN", "MNG"]


def test_rows_are_what_the_cli_prints_as_json(kb, cli_run):
    args = ["members", "SCO", "--on", "2020-02-20"]
    printed = json.loads(cli_run(*args, "--format", "json").output)
    assert printed == kb.members("SCO", on="2020-02-20").rows
    compared = json.loads(cli_run("compare", "BRICS", "SCO", "--format", "json").output)
    assert compared == kb.compare("BRICS", "SCO").rows


def test_csv_has_every_column_the_table_the_readable_ones(kb, cli_run):
    result = kb.members("SCO", on="2020-02-20")
    text = cli_run("members", "SCO", "--on", "2020-02-20", "--format", "csv").output
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == result.columns
    rows = list(reader)
    assert [r["iso3"] for r in rows] == [r["iso3"] for r in result]
    table = cli_run("members", "SCO", "--on", "2020-02-20").output.splitlines()[0].split()
    assert table == ["state", "label", "status", "start", "end"]


def test_query_by_name_with_keyword_parameters(kb):
    result = kb.query("observers-attended", bloc="SCO", year=2020)
    assert {r["iso3"] for r in result} == {"AFG", "BLR", "IRN", "MNG"}
    assert kb.query("members-on", {"bloc": "SCO", "date": "2020-02-20"}).columns[:2] == [
        "state",
        "iso3",
    ]


def test_repr_names_title_size_and_columns(kb):
    text = repr(kb.members("SCO", on="2020-02-20", status="member"))
    assert text.startswith("<Result") and "8 row(s)" in text and "iso3" in text


def test_to_pandas_dtypes(kb):
    pd = pytest.importorskip("pandas")
    frame = kb.members("SCO", on="2020-02-20").to_pandas()
    assert list(frame.columns) == kb.members("SCO", on="2020-02-20").columns
    assert pd.api.types.is_datetime64_any_dtype(frame["valid_from"])
    assert pd.api.types.is_datetime64_any_dtype(frame["valid_until"])
    assert isinstance(frame["status"].dtype, pd.CategoricalDtype)
    assert isinstance(frame["start_precision"].dtype, pd.CategoricalDtype)
    # as the sources give them, whatever precision this answer's rows happen to have
    assert not pd.api.types.is_datetime64_any_dtype(frame["start"])
    assert not pd.api.types.is_datetime64_any_dtype(frame["end"])
    assert frame.loc[frame.iso3 == "IND", "valid_from"].iloc[0] == pd.Timestamp("2017-06-09")
    counts = kb.bloc("SCO", on="2020-02-20").to_pandas()
    assert str(counts["states"].dtype) == "Int64"
    attended = kb.attended("SCO", year=2020).to_pandas()
    assert isinstance(attended["capacity"].dtype, pd.CategoricalDtype)


def test_to_pandas_without_pandas_is_one_line(kb, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'blocgraph\[pandas\]'"):
        kb.members("SCO", on="2020-02-20").to_pandas()


def test_bad_input_is_a_blocgraph_error(kb):
    from blocgraph.errors import InputError

    with pytest.raises(InputError, match="unknown bloc 'SOC'"):
        kb.members("SOC")
    with pytest.raises(InputError, match="--on"):
        kb.compare("BRICS", "SCO", on="yesterday-ish")


def test_docstring_examples(store):
    """Every example in blocgraph.api's docstrings, against the embedded store."""
    failures, tried = doctest.testmod(
        api, extraglobs={"kb": api.KB(store)}, optionflags=doctest.ELLIPSIS
    )
    assert tried >= 15, f"only {tried} doctest examples found"
    assert failures == 0


def test_cli_state_bloc_prints_the_path_then_the_steps(cli_run):
    lines = cli_run("state", "Belarus", "--bloc", "SCO").output.splitlines()
    assert lines[0] == "dialogue-partner 2009-06-16 -> observer 2015-07-10 -> member 2024-07-04"
    assert lines[1].split() == ["previous", "status", "start", "end"]


def test_cli_compare_counts_and_errors(cli_run):
    done = cli_run("compare", "BRICS", "SCO", "--on", "2020-02-20")
    assert done.exit_code == 0
    assert done.output.rstrip().endswith("3 in both, 2 only in BRICS, 15 only in SCO")
    bad = cli_run("compare", "BRICS", "SOC")
    assert bad.exit_code == 2
    assert bad.output.strip().splitlines() == [
        "Error: unknown bloc 'SOC'; did you mean SPC, SCO, SCH?"
    ]


# --- a query past its deadline is stopped ----------------------------------------------------

# Every pair of the store's triples, counted: it runs for hours and yields nothing until it ends.
OBSERVERS_2020 = ["AFG", "BLR", "IRN", "MNG"]  # at SCO meetings in 2020 (the doctest's answer)
RUNAWAY = """# title: Every pair of triples, counted (runs for hours: tests/test_api.py)
SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc (Linux)")
def test_a_query_past_the_deadline_raises_and_stops(store, tmp_path):
    """blocgraph.open(timeout=2): a runaway query raises TimeoutExceeded at the deadline and
    stops computing (neither this process nor its worker keeps a core busy); the next query
    is answered, right."""
    import time

    from blocgraph.bounded import TimeoutExceeded

    runaway = tmp_path / "runaway.rq"
    runaway.write_text(RUNAWAY)
    me = os.getpid()
    before = children(me)
    kb = blocgraph.open(timeout=2)
    try:
        assert sorted({r["iso3"] for r in kb.attended("SCO", year=2020)}) == OBSERVERS_2020
        # attended comes from the lookup index, in this process: the worker's first query
        # (it opens the store) is this one, which the index does not hold, so that the
        # deadline below is measured on a worker that is ready.
        assert len(kb.query("blocs")) > 100
        started = time.monotonic()
        with pytest.raises(TimeoutExceeded, match="did not finish within 2 s"):
            kb.query(str(runaway))
        took = time.monotonic() - started
        assert 2 <= took < 3.5, took
        assert settles({me, *children(me)}, within=15), "the query is still computing"
        assert sorted({r["iso3"] for r in kb.attended("SCO", year=2020)}) == OBSERVERS_2020
    finally:
        kb.close()
    assert children(me) <= before, "kb.close() left a worker behind"


def test_in_process_runs_queries_here(store):
    kb = blocgraph.open(in_process=True)
    assert kb.store.location == store.location and not hasattr(kb.store, "pool")
    assert len(kb.members("SCO", on="2020-02-20", status="member")) == 8
