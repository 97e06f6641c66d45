"""Issue 7, section 2: what reaches a terminal is printable. A label holding a terminal escape
(OSC "set title", BEL) or a bidi override is shown escaped in tables, in `meeting`, in error
messages and in CSV on a terminal; JSON keeps the exact value; CSV to a pipe keeps the data."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner

from blocgraph import paths
from blocgraph.cli import cli
from blocgraph.output import printable, render
from blocgraph.terms import Literal

HOSTILE = "Evil\x1b]0;pwned\x07 \u202eland\x9b31m"

BLOC = f"""@base <https://w3id.org/blocgraph/id/> .
@prefix bg: <https://w3id.org/blocgraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix status: <https://w3id.org/blocgraph/id/status/> .
<bloc/EVIL> a bg:Bloc ; rdfs:label {json.dumps(HOSTILE)}@en ; bg:shortName "EVIL" .
<membership/EVIL/FRA/member/2000> a bg:Membership ; org:member <state/FRA> ;
    org:organization <bloc/EVIL> ; org:role status:member ;
    schema:startDate "2000"^^xsd:gYear ; prov:wasDerivedFrom <source/x> ;
    bg:quote {json.dumps(HOSTILE)} .
"""


def _has_raw_controls(text: str) -> bool:
    return any(c in text for c in ("\x1b", "\x07", "\x9b", "\u202e"))


def test_printable_escapes_controls_and_bidi():
    assert printable(HOSTILE) == "Evil\\x1b]0;pwned\\x07 \\u202eland\\x9b31m"
    assert printable("a\nb\tc", keep_lines=True) == "a\nb\tc"
    assert printable("a\nb") == "a\\x0ab"


def test_render_table_json_csv():
    rows = [{"label": Literal(HOSTILE)}]
    assert not _has_raw_controls(render(rows, ["label"], "table"))
    as_json = render(rows, ["label"], "json")
    assert not _has_raw_controls(as_json)
    assert json.loads(as_json)[0]["label"] == HOSTILE  # exact
    assert HOSTILE in render(rows, ["label"], "csv")  # a pipe gets the data
    assert not _has_raw_controls(render(rows, ["label"], "csv", terminal=True))


@pytest.mark.parametrize(
    "value",
    ["Côte d'Ivoire " * 200, "Côte " * 200 + "\u2066x\x85", "plain " * 200, HOSTILE * 50],
    ids=["not-ascii", "bidi-and-c1-at-the-end", "ascii", "hostile"],
)
def test_json_escapes_c1_and_bidi_and_nothing_else(value):
    from blocgraph.output import json_text

    text = json_text([{"label": value}])
    assert json.loads(text) == [{"label": value}]
    expected = json.dumps([{"label": value}], ensure_ascii=False, indent=2)
    for char in ("\u2066", "\x85", "\x9b", "\u202e"):
        expected = expected.replace(char, f"\\u{ord(char):04x}")
    assert text == expected


@pytest.fixture(scope="module")
def hostile_resources(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(paths.ontology_dir(), root / "ontology")
    shutil.copytree(paths.queries_dir(), root / "queries")
    (root / "data").mkdir()
    shutil.copy(paths.data_dir() / "states.ttl", root / "data" / "states.ttl")
    (root / "data" / "evil.ttl").write_text(BLOC, encoding="utf-8")
    env = {
        "BLOCGRAPH_RESOURCES": str(root),
        "BLOCGRAPH_CACHE_DIR": str(tmp_path_factory.mktemp("hostile-cache")),
    }
    return env


def _run(args, env):
    return CliRunner().invoke(cli, args, obj={}, env=env, catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_a_hostile_label_in_lookups(fmt, hostile_resources):
    result = _run(["state", "FRA", "--format", fmt], hostile_resources)
    assert result.exit_code == 0, result.output
    if fmt == "csv":  # CliRunner's output is not a terminal: the data as it is
        assert HOSTILE in result.output
    else:
        assert not _has_raw_controls(result.output), result.output
        assert "pwned" in result.output


def test_a_hostile_file_name_in_an_error(tmp_path):
    name = str(tmp_path / "x\x1b]0;pwned\x07.rq")
    result = CliRunner().invoke(cli, ["query", name], obj={})
    assert result.exit_code == 2
    assert not _has_raw_controls(result.output), repr(result.output)
    assert "\\x1b]0;pwned\\x07" in result.output


def test_a_hostile_literal_in_validate(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        BLOC.replace(
            "<bloc/EVIL> a bg:Bloc ;",
            f"<bloc/EVIL> a bg:Bloc ; bg:foundingDate {json.dumps(HOSTILE)} ;",
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["validate", str(bad)], obj={}, env=dict(os.environ))
    assert result.exit_code == 1, result.output
    assert not _has_raw_controls(result.output), repr(result.output)
