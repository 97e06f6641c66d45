"""Every command through click's CliRunner: success paths on the shipped data, error paths
with one-line messages and exit codes, and the installed console script."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from blocgraph.cli import cli
from blocgraph.namespaces import ID, ORG


def _one_error_line(result):
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got:\n{result.output}"
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_every_command_has_help_with_an_example(cli_run):
    for name, command in cli.commands.items():
        shown = cli_run(name, "--help")
        assert shown.exit_code == 0
        assert command.help and "Example" in shown.output, f"{name} has no help/example"


def test_every_command_is_in_the_readme():
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    missing = [name for name in cli.commands if f"blocgraph {name}" not in readme]
    assert not missing, f"commands not shown in README.md: {missing}"


# --- members -------------------------------------------------------------------------------


def test_members_json(cli_run, store):
    result = cli_run("members", "SCO", "--on", "2020-02-20", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert list(rows[0]) == [
        "state",
        "iso3",
        "label",
        "status",
        "start",
        "end",
        "valid_from",
        "valid_until",
        "start_precision",
        "end_precision",
    ]
    by_label = {r["label"]: r for r in rows}
    assert by_label["Belarus"]["status"] == "observer"
    assert by_label["Belarus"]["iso3"] == "BLR"
    # BLR observer 2015-07-10 .. 2024-07-03 (data/sco/memberships.ttl), both to the day
    assert (by_label["Belarus"]["valid_from"], by_label["Belarus"]["valid_until"]) == (
        "2015-07-10",
        "2024-07-03",
    )
    assert by_label["Belarus"]["state"] == "https://w3id.org/blocgraph/id/state/BLR"
    assert sum(r["status"] == "member" for r in rows) == 8


def test_members_any_case_and_status(cli_run, store):
    result = cli_run(
        "members", "sco", "--on", "2017-06-09", "--status", "MEMBER", "--format", "csv"
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == (
        "state,iso3,label,status,start,end,valid_from,valid_until,start_precision,end_precision"
    )
    assert len(lines) == 1 + 8 and any(",India," in line for line in lines)


def test_members_year(cli_run, store):
    result = cli_run("members", "SCO", "--year", "2017", "--status", "observer", "--format", "json")
    labels = {r["label"] for r in json.loads(result.output)}
    assert {"India", "Pakistan", "Iran"} <= labels  # observers until June 2017


def test_members_table(cli_run, store):
    result = cli_run("members", "SCO", "--on", "2020-02-20")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["state", "label", "status", "start", "end"]
    assert "BLR" in result.output and "Belarus" in result.output


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["members", "XYZ"], "unknown bloc 'XYZ'"),
        (["members", "SOC"], "SCO"),
        (["members", "SCO", "--on", "2020-13-45"], "--on"),
        (["members", "SCO", "--status", "obsrver"], "did you mean observer"),
        (["members", "SCO", "--year", "twenty"], "--year"),
        (["members", "SCO", "--year", "2020", "--on", "2020-01-01"], "not both"),
    ],
)
def test_members_errors(cli_run, store, args, fragment):
    result = cli_run(*args)
    assert result.exit_code == 2
    assert fragment in _one_error_line(result)


# --- state ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["BLR", "by", "Belarus", "belarus", "Republic of Belarus"])
def test_state_by_code_or_name(cli_run, store, name):
    result = cli_run("state", name, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    sco = sorted((r["status"], r["start"]) for r in rows if r["bloc"].endswith("/bloc/SCO"))
    assert ("member", "2024-07-04") in sco and ("observer", "2015-07-10") in sco
    assert {r["state"] for r in rows} == {"https://w3id.org/blocgraph/id/state/BLR"}


def test_state_alternative_name(cli_run, store):
    result = cli_run("state", "russian federation", "--on", "2020-02-20", "--format", "json")
    rows = json.loads(result.output)
    assert rows and rows[0]["label"] == "Russia"
    assert "https://w3id.org/blocgraph/id/bloc/SCO" in {r["bloc"] for r in rows}


def test_state_injection_is_just_an_unknown_state(cli_run, store):
    result = cli_run("state", 'x" } ; DROP ALL ; #')
    assert result.exit_code == 2
    assert "unknown state" in _one_error_line(result)
    # and the store is intact
    assert "Belarus" in cli_run("members", "SCO", "--on", "2020-02-20").output


# --- meetings, meeting, attended, joint, search ----------------------------------------------


def test_meetings(cli_run, store):
    result = cli_run("meetings", "SCO", "--year", "2020", "--format", "json")
    ids = {r["meeting"].rsplit("/id/meeting/", 1)[1] for r in json.loads(result.output)}
    assert "SCO/dsewg-9" in ids and "SCO/chg-2020" in ids
    assert "SCO/military-medicine-conference-2019" not in ids


def test_meetings_by_host(cli_run, store):
    result = cli_run("meetings", "--host", "Pakistan", "--format", "json")
    rows = json.loads(result.output)
    assert rows and all(r["host_state"].endswith("/PAK") for r in rows)


def test_meeting_details(cli_run, store):
    result = cli_run("meeting", "SCO/dsewg-9")
    assert result.exit_code == 0, result.output
    for fragment in (
        "Defence and Security Expert Working Group",
        "Islamabad",
        "2020-02-19",
        "Belarus",
        "observer",
        "SCO Defence & Security Cooperation Plan – 2020",
        "Dawn",
    ):
        assert fragment in result.output


def test_meeting_json(cli_run, store):
    rows = json.loads(
        cli_run("meeting", "sco/MILITARY-medicine-conference-2019", "--format", "json").output
    )
    record = rows[0]
    assert record["inaugurated_by"] == "Rajnath Singh"
    attendance = {p["label"]: p["attendance"] for p in record["participants"]}
    assert attendance["Pakistan"] == "absent" and attendance["India"] == "attended"
    assert record["sources"] and all("quote" in s for s in record["sources"])


def test_meeting_marks_participations_resting_on_a_count(cli_run, store):
    """NATO's 2019 London meeting: "the leaders of the 29 member states met in the United
    Kingdom" names only the host; the 28 others rest on the count and are marked "(counted)"
    in the text, basis collective in JSON. A meeting whose sources name everyone has no mark."""
    text = cli_run("meeting", "NATO/summit-2019-12-03").output
    rows = {line.split()[0]: line for line in text.splitlines() if re.match(r"[A-Z]{3}  ", line)}
    assert "attended (counted)" in rows["ITA"] and "(counted)" not in rows["GBR"]
    assert "(counted): 28 of 29 rest on a source counting or naming a group" in text
    record = json.loads(cli_run("meeting", "NATO/summit-2019-12-03", "--format", "json").output)[0]
    basis = {p["iso3"]: p["basis"] for p in record["participants"]}
    assert basis["GBR"] == "named" and basis["ITA"] == "collective"
    assert sum(b == "collective" for b in basis.values()) == 28
    assert "(counted)" not in cli_run("meeting", "SCO/dsewg-9").output


def test_meeting_unknown(cli_run, store):
    result = cli_run("meeting", "SCO/dsewg-99")
    assert result.exit_code == 2
    assert "did you mean" in _one_error_line(result)


def test_attended(cli_run, store):
    result = cli_run(
        "attended", "SCO", "--status", "observer", "--year", "2020", "--format", "json"
    )
    rows = json.loads(result.output)
    assert {"Belarus", "Afghanistan", "Iran", "Mongolia"} == {r["label"] for r in rows}
    assert all(r["date"].startswith("2020") for r in rows)


def test_joint(cli_run, store):
    result = cli_run("joint", "India", "PAK", "--on", "2020-02-20")
    assert result.exit_code == 0
    assert "SCO" in result.output and "bloc(s)" in result.output


def test_search(cli_run, store):
    rows = json.loads(cli_run("search", "shanghai", "--format", "json").output)
    assert rows[0]["id"].endswith("/bloc/SCO") and rows[0]["kind"] == "bloc"
    rows = json.loads(cli_run("search", "BY", "--format", "json").output)
    assert rows[0]["id"].endswith("/state/BLR")


# --- query, queries --------------------------------------------------------------------------


def test_query_by_name(cli_run, store):
    result = cli_run(
        "query", "members-on", "--param", "bloc=SCO", "-p", "date=2017-06-09", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert "India" in {r["label"] for r in json.loads(result.output)}


def test_query_file(cli_run, store, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text(
        "# title: count blocs\n"
        "SELECT (COUNT(*) AS ?n) WHERE { ?b a <https://w3id.org/blocgraph/ontology#Bloc> }\n"
    )
    result = cli_run("query", str(rq), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["n"] >= 16


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["query", "members-of"], "unknown query 'members-of'"),
        (["query", "members-on", "--param", "bloc"], "KEY=VALUE"),
        (
            ["query", "members-on", "--param", "colour=red", "-p", "bloc=SCO"],
            "no parameter 'colour'",
        ),
        (["query", "members-on"], "needs"),
        (["query", "/nonexistent/x.rq"], "not found"),
    ],
)
def test_query_errors(cli_run, store, args, fragment):
    result = cli_run(*args)
    assert result.exit_code == 2
    assert fragment in _one_error_line(result)


def test_query_syntax_error_is_one_line(cli_run, store, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x WHERE { ?x ?y }\n")
    result = cli_run("query", str(rq))
    assert result.exit_code == 2
    _one_error_line(result)


def test_queries_lists_the_library(cli_run):
    result = cli_run("queries")
    assert result.exit_code == 0
    for name in ("observers-attended", "members-on", "joint-memberships"):
        assert name in result.output
    rows = json.loads(cli_run("queries", "--format", "json").output)
    assert {"name", "title", "parameters"} == set(rows[0])


# --- validate, export, build -----------------------------------------------------------------

SHAPES = Path(__file__).parent / "shapes"


def test_validate_valid_file(cli_run):
    result = cli_run("validate", str(SHAPES / "valid" / "small-bloc.ttl"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Conforms")


def test_validate_invalid_file(cli_run):
    result = cli_run(
        "validate", str(SHAPES / "invalid" / "MembershipOverlapShape-observer-then-member.ttl")
    )
    assert result.exit_code == 1
    assert "overlaps" in result.output


def test_validate_unparsable_file(cli_run, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    result = cli_run("validate", str(bad))
    assert result.exit_code == 2
    assert str(bad) in _one_error_line(result)


def test_validate_missing_file(cli_run, tmp_path):
    result = cli_run("validate", str(tmp_path / "nope.ttl"))
    assert result.exit_code == 2
    assert "no such file" in _one_error_line(result)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "jsonld"])
def test_export_formats(cli_run, store, tmp_path, fmt):
    out = tmp_path / f"kb.{fmt}"
    result = cli_run("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    # The file parses in its own format, holds every triple of the store, and a known fact.
    import pyoxigraph

    reloaded = pyoxigraph.Store()
    reloaded.load(path=str(out), format=pyoxigraph.RdfFormat.from_extension(fmt))
    triples = {(q.subject, q.predicate, q.object) for q in reloaded}
    assert len(triples) == len(store)
    india = pyoxigraph.NamedNode(f"{ID}membership/SCO/IND/member/2017-06-09")
    assert (
        india,
        pyoxigraph.NamedNode(f"{ORG}member"),
        pyoxigraph.NamedNode(f"{ID}state/IND"),
    ) in triples
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temp file left behind"


def test_export_round_trips_without_blank_nodes(cli_run, store, tmp_path):
    import pyoxigraph

    out = tmp_path / "kb.nt"
    cli_run("export", "--format", "nt", "-o", str(out))
    reloaded = pyoxigraph.Store()
    reloaded.bulk_load(path=str(out), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert len(reloaded) == len(store)
    assert "_:" not in out.read_text(encoding="utf-8").split('"')[0]
    for quad in reloaded:
        assert not isinstance(quad.subject, pyoxigraph.BlankNode)
        assert not isinstance(quad.object, pyoxigraph.BlankNode)


def test_export_to_missing_folder(cli_run, store, tmp_path):
    result = cli_run("export", "-o", str(tmp_path / "no" / "such" / "kb.ttl"))
    assert result.exit_code == 2
    _one_error_line(result)


def test_build(cli_run, store, _private_cache):
    """`build` reports the store it built: its size and where it is, in the cache."""
    import re

    from blocgraph.store import EmbeddedStore

    result = cli_run("build")
    assert result.exit_code == 0, result.output
    m = re.fullmatch(r"(\d+) triples in (.+) \((\d+\.\d\d) s\)\n", result.output)
    assert m, result.output
    location = Path(m[2])
    assert location.is_dir() and location.is_relative_to(_private_cache), result.output
    assert int(m[1]) == len(store) == len(EmbeddedStore(location)) > 400_000


def test_version_and_help(cli_run):
    assert cli_run("--version").output.startswith("blocgraph")
    assert "members" in cli_run("--help").output


# --- the installed console script ------------------------------------------------------------


def test_installed_console_script(store):
    exe = shutil.which("blocgraph") or str(Path(sys.executable).parent / "blocgraph")
    assert Path(exe).exists(), "the blocgraph console script is not installed"
    env = dict(os.environ)
    done = subprocess.run(
        [exe, "attended", "SCO", "--status", "observer", "--year", "2020", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Belarus" in {r["label"] for r in json.loads(done.stdout)}
    done = subprocess.run([exe, "members", "NOPE"], capture_output=True, text=True, env=env)
    assert (
        done.returncode == 2
        and done.stderr.startswith("Error: ")
        and "Traceback" not in done.stderr
    )
