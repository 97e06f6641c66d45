"""`blocgraph --help` lists every command, and every example a command's --help shows runs
and exits 0 (commands added later are covered as they come: the examples are read from the
help text itself)."""

from __future__ import annotations

import shlex

import click
import pytest

from blocgraph.cli import COMMANDS as TABLE
from blocgraph.cli import cli

# Examples that need something a test run does not have, with the reason.
NEEDS = {
    "load": "an external triple store (tests/stores/ loads into one)",
    "extract": "a report file (tests/extract/test_extract.py runs it on the seed report)",
    "accept": "a draft from extract (tests/extract/test_extract.py accepts the seed's draft)",
    "serve": "to run until stopped (tests/test_web.py serves on a free port and stops it)",
}


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def _examples(output: str) -> list[str]:
    """The `blocgraph ...` lines of the Example(s) block of a --help text."""
    found, inside = [], False
    for line in output.splitlines():
        if line.strip().rstrip(":") in ("Example", "Examples"):
            inside = True
            continue
        if inside and line.strip().startswith("blocgraph "):
            found.append(line.strip())
        elif inside and line.strip() and not line.startswith(" "):
            inside = False
    return found


COMMANDS = list(_commands(cli))


def test_the_command_table_holds_each_commands_own_help():
    """`blocgraph --help` and completion show the help in cli.COMMANDS without importing the
    commands: it must be the first paragraph of each command's own help."""
    assert sorted(TABLE) == sorted(cli.commands) and len(TABLE) >= 20
    for name, (_, shown) in TABLE.items():
        command = cli.commands[name]
        assert command.name == name
        assert command.help, name
        assert " ".join(command.help.partition("\n\n")[0].split()) == shown, name


def test_the_top_help_lists_every_command(cli_run):
    shown = cli_run("--help").output
    for name in cli.commands:
        assert f"  {name} " in shown or shown.rstrip().endswith(name), f"{name} not in --help"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=" ".join)
def test_every_command_help_ends_with_an_example(cli_run, path):
    shown = cli_run(*path, "--help")
    assert shown.exit_code == 0, shown.output
    assert _examples(shown.output), f"blocgraph {' '.join(path)} --help shows no example"


def _all_examples() -> list[str]:
    from click.testing import CliRunner

    runner = CliRunner()
    out: list[str] = []
    for path in [(), *(p for p, _ in COMMANDS)]:
        shown = runner.invoke(cli, [*path, "--help"], obj={})
        out += [e for e in _examples(shown.output) if e not in out]
    return out


@pytest.mark.parametrize("example", _all_examples())
def test_every_example_in_help_runs(example, store, tmp_path, monkeypatch):
    words = shlex.split(example)[1:]
    if words[0] in NEEDS:
        pytest.skip(f"{example}: needs {NEEDS[words[0]]}")
    monkeypatch.chdir(tmp_path)  # an example that writes a file writes it here
    from click.testing import CliRunner

    done = CliRunner().invoke(cli, words, obj={}, catch_exceptions=False)
    assert done.exit_code == 0, f"{example} exited {done.exit_code}:\n{done.output}"
