"""Issue 7, section 6: ordinary conditions are one line that says what to do, with exit 2;
"internal error" is kept for real bugs. And a property test over every command's arguments:
whatever a user types, never a traceback, never "internal error", exit 0, 1 or 2."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blocgraph.cli import cli
from fakeserver import FakeServer


def _run(*args, env=None):
    return CliRunner().invoke(cli, list(args), obj={}, env=env or {}, catch_exceptions=False)


def _one_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ") and "internal error" not in lines[0], result.output
    return lines[0]


@pytest.mark.parametrize(
    "args, expected",
    [
        (["members", "SCO", "--on", "1999"], "Error: --on: '1999' is not a date"),
        (["members", "SCO", "--year", "19x9"], "Error: --year: '19x9' is not a year"),
        (
            ["query", "members-on", "--param", "bloc=SCO", "--param", "date=1999"],
            "Error: --param date: '1999' is not a date",
        ),
        (["attended", "SCO", "--year", "0"], "Error: --year: '0' is out of range"),
    ],
)
def test_option_names_are_written_once(args, expected, store):
    result = _run(*args)
    assert result.exit_code == 2
    assert _one_line(result).startswith(expected), result.output


@pytest.mark.parametrize(
    "iri",
    [
        "https://w3id.org/blocgraph/id/bloc/NOPE",
        "https://w3id.org/blocgraph/id/bloc/a>b",
        "https://w3id.org/blocgraph/id/state/IND",  # a state is not a bloc
    ],
)
def test_an_unknown_full_iri_is_unknown(iri, store):
    result = _run("members", iri)
    assert result.exit_code == 2
    assert "unknown bloc" in _one_line(result)


def test_a_known_full_iri_resolves(store):
    result = _run("members", "https://w3id.org/blocgraph/id/bloc/SCO", "--on", "2020-02-20")
    assert result.exit_code == 0 and "India" in result.output


def test_a_non_utf8_argument_is_one_line():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "blocgraph",
            "members",
            b"\xff\xfeSCO".decode("utf-8", "surrogateescape"),
        ],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
    )
    assert result.returncode == 2
    assert "is not valid UTF-8" in result.stderr and "Traceback" not in result.stderr


def test_validating_an_empty_file_warns_and_counts_nothing(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("")
    result = _run("validate", str(empty))
    assert result.exit_code == 0
    assert f"Warning: {empty} holds no triples" in result.output
    assert "0 triple(s) of yours" in result.output


def test_a_huge_literal_is_one_line(tmp_path):
    big = tmp_path / "big.ttl"
    big.write_text('<http://a/s> <http://a/p> "' + "x" * (17 << 20) + '" .\n')
    result = _run("validate", str(big))
    assert result.exit_code == 2
    assert "larger than 16 MB" in _one_line(result)


def test_wrong_credentials_are_called_wrong(tmp_path):
    class Refusing(FakeServer):
        def _answer_json(self, h):
            h.send_response(401)
            h.send_header("WWW-Authenticate", 'Basic realm="x"')
            h.send_header("Content-Length", "0")
            h.end_headers()

    server = Refusing().start()
    try:
        query = tmp_path / "q.rq"
        query.write_text("SELECT ?x {}")
        env = {"BLOCGRAPH_USER": "alice", "BLOCGRAPH_PASSWORD": "wrong"}
        result = _run("--endpoint", server.url, "query", str(query), env=env)
        line = _one_line(result)
        assert "refused the credentials from BLOCGRAPH_USER/BLOCGRAPH_PASSWORD" in line
        result = _run("--endpoint", server.url, "query", str(query))
        assert "set BLOCGRAPH_USER" in _one_line(result)
    finally:
        server.close()


# --- a property: any text in any argument -------------------------------------------------

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
COMMANDS = st.sampled_from(
    [
        ["members", "{a}"],
        ["members", "SCO", "--on", "{a}"],
        ["members", "SCO", "--year", "{a}"],
        ["members", "SCO", "--status", "{a}"],
        ["state", "{a}"],
        ["state", "India", "--on", "{a}"],
        ["meetings", "{a}"],
        ["meetings", "--host", "{a}"],
        ["meetings", "SCO", "--year", "{a}"],
        ["meeting", "{a}"],
        ["attended", "{a}", "--status", "{b}"],
        ["attended", "SCO", "--year", "{a}"],
        ["joint", "{a}", "{b}"],
        ["joint", "India", "Pakistan", "--on", "{a}"],
        ["search", "{a}"],
        ["query", "{a}"],
        ["query", "members-on", "--param", "{a}"],
        ["query", "members-on", "--param", "bloc={a}", "--param", "date={b}"],
        ["query", "observers-attended", "--param", "year={a}"],
        ["--timeout", "{a}", "members", "SCO"],
    ]
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(command=COMMANDS, a=TEXT, b=TEXT, fmt=st.sampled_from(["table", "json", "csv"]))
def test_any_argument_gives_an_answer_or_one_line(command, a, b, fmt, store):
    args = [part.format(a=a, b=b) for part in command]
    if args[0] not in ("--timeout", "query") or len(args) > 2:
        args += ["--format", fmt] if args[0] != "--timeout" else []
    result = CliRunner().invoke(cli, args, obj={})
    assert result.exit_code in (0, 1, 2), (args, result.output, result.exception)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{args}: {result.exception!r}")
    assert "Traceback" not in result.output, (args, result.output)
    assert "internal error" not in result.output, (args, result.output)
