"""Dates end to end: timezones read alike by both engines and by the lookups, dates that
cannot be derived reported by both engines and fatal to the build (naming file and subject),
and the guard a third party meets when validating data/ without blocgraph's derivation."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocgraph import paths
from blocgraph.validate import memory_store, shapes_graph, validate_files

HERE = Path(__file__).parent / "shapes"
TIMEZONES = HERE / "valid" / "timezones.ttl"
UNDERIVABLE = sorted((HERE / "invalid").glob("DerivableDateShape-*.ttl"))
BG = "https://w3id.org/blocgraph/ontology#"


def _results(report) -> set[tuple]:
    return {(v.focus, v.path, v.shape, v.severity) for v in report.violations}


@pytest.mark.parametrize("path", [TIMEZONES, *UNDERIVABLE], ids=lambda p: p.stem)
def test_both_engines_agree_on_timezones_and_years(path):
    fast = validate_files([path], engine="fast")
    reference = validate_files([path], engine="pyshacl")
    assert _results(fast) == _results(reference), fast.as_text() + "\n" + reference.as_text()
    assert fast.conforms == reference.conforms == (path == TIMEZONES), fast.as_text()


def test_dates_with_timezones_get_the_calendar_day_as_bounds():
    store = memory_store([TIMEZONES])
    rows = store.query(
        f"SELECT ?m ?from ?until WHERE {{ ?m a <{BG}Membership> ; <{BG}validFrom> ?from . "
        f"OPTIONAL {{ ?m <{BG}validUntil> ?until }} FILTER(CONTAINS(STR(?m), '/TZT/')) }}"
    )
    got = {
        (r["m"].value.rsplit("/TZT/", 1)[1], r["from"].value, r["until"] and r["until"].value)
        for r in rows
    }
    assert got == {
        ("FRA/member/2017-01-01Z", "2017-01-01", "2019-12-31"),
        ("FRA/observer/2020-01-01+05:30", "2020-01-01", None),
        ("DEU/member/2019-09-05:00", "2019-09-01", "2021-12-31"),
        ("DEU/observer/2022-14:00", "2022-01-01", None),
    }


@pytest.fixture()
def resources(tmp_path, monkeypatch) -> Path:
    """A private copy of the ontology and queries, the states as data, a private cache."""
    import shutil

    root = tmp_path / "resources"
    for folder in (paths.ontology_dir(), paths.queries_dir()):
        shutil.copytree(folder, root / folder.name)
    (root / "data").mkdir()
    shutil.copy(paths.data_dir() / "states.ttl", root / "data" / "states.ttl")
    monkeypatch.setenv("BLOCGRAPH_RESOURCES", str(root))
    monkeypatch.setenv("BLOCGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return root


def test_the_build_fails_on_a_date_it_cannot_derive_naming_file_and_subject(resources, cli_run):
    """The build never drops a dated fact: it stops, naming the file and the subject."""
    bad = resources / "data" / "zz-bad-date.ttl"
    bad.write_text(
        "@prefix bg: <https://w3id.org/blocgraph/ontology#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "<https://w3id.org/blocgraph/id/membership/X/FRA/member/1> a bg:Membership ;\n"
        '    schema:startDate "2019-04-31"^^xsd:date .\n',
        encoding="utf-8",
    )
    result = cli_run("build")
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-1] == (
        f"Error: {bad}: <https://w3id.org/blocgraph/id/membership/X/FRA/member/1> "
        "schema:startDate: '2019-04-31' is not a valid xsd:date: 2019-04 has 30 days"
    ), result.output
    assert "Traceback" not in result.output


def _stock_pyshacl(files: list[Path]):
    """pySHACL as a third party runs it: the files and the ontology, no blocgraph derivation."""
    import pyshacl
    from rdflib import Graph

    data = Graph()
    for path in [*paths.ontology_files(), *files]:
        data.parse(path, format="turtle")
    return pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", advanced=True)


def test_stock_pyshacl_on_raw_data_files_fails_clearly_on_missing_bounds():
    files = [p for p in paths.data_files() if p.parent.name == "sco" and p.suffix == ".ttl"]
    assert files
    conforms, _graph, text = _stock_pyshacl(files)
    assert not conforms
    assert "derived bounds missing: run blocgraph validate or blocgraph export" in text


def test_the_guard_is_silent_once_blocgraph_derived_the_bounds():
    files = [p for p in paths.data_files() if p.parent.name == "sco" and p.suffix == ".ttl"]
    report = validate_files(files, engine="pyshacl")
    assert not any("derived bounds missing" in v.message for v in report.violations)
