"""Shell completion: the scripts for bash, zsh and fish, click's completion protocol over our
commands, names of blocs and states from the store's name index, and the scripts run in the
real shells where they are installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from blocgraph.cli import cli
from needs import missing

SHELLS = ("bash", "zsh", "fish")


def _complete(shell: str, words: str, env: dict | None = None) -> list[str]:
    """What click's completion protocol answers for ``words`` (the last one being completed),
    the way the shell scripts ask: the completion values, without their type or help."""
    runner = CliRunner()
    parts = words.split(" ")
    protocol = {
        "_BLOCGRAPH_COMPLETE": f"{shell}_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
        **(env or {}),
    }
    if shell == "fish":  # fish passes the line up to the cursor and the current token
        protocol["COMP_CWORD"] = parts[-1]
    result = runner.invoke(cli, [], prog_name="blocgraph", env=protocol, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line]  # none: one empty line
    if shell == "bash":  # type,value
        return [line.split(",", 1)[1] for line in lines]
    if shell == "zsh":  # type, value, help: three lines each
        return [lines[i + 1] for i in range(0, len(lines), 3)]
    return [line.split("\t", 1)[0].split(",", 1)[1] for line in lines]  # fish: type,value\thelp


@pytest.mark.parametrize("shell", SHELLS)
def test_the_completion_command_prints_clicks_script(shell, cli_run):
    result = cli_run("completion", shell)
    assert result.exit_code == 0
    assert f"_BLOCGRAPH_COMPLETE={shell}_complete" in result.output
    # The same script as click's own environment variable gives.
    runner = CliRunner()
    direct = runner.invoke(
        cli, [], prog_name="blocgraph", env={"_BLOCGRAPH_COMPLETE": f"{shell}_source"}
    )
    assert direct.output.strip() == result.output.strip()


def test_an_unknown_shell_is_one_line(cli_run):
    result = cli_run("completion", "tcsh")
    assert result.exit_code == 2
    assert "'tcsh' is not one of 'bash', 'zsh', 'fish'" in result.output


@pytest.mark.parametrize("shell", SHELLS)
def test_completing_a_bloc_offers_the_sco(store, shell):
    offered = _complete(shell, "blocgraph members S")
    assert "SCO" in offered
    assert all(name.upper().startswith("S") for name in offered[: offered.index("SCO") + 1])


def test_a_bloc_is_found_by_a_part_of_its_name(store):
    assert "SCO" in _complete("bash", "blocgraph bloc shangh")


def test_completing_a_state(store):
    assert "BLR" in _complete("bash", "blocgraph state bel")
    assert "PAK" in _complete("bash", "blocgraph joint India pak")
    assert "BLR" in _complete("bash", "blocgraph timeline --state bela")
    assert "IND" in _complete("bash", "blocgraph meetings SCO --host ind")


def test_completing_a_meeting(store):
    offered = _complete("bash", "blocgraph meeting SCO/dsewg")
    assert "SCO/dsewg-9" in offered
    assert all(name.startswith("SCO/dsewg") for name in offered)


def _statuses(cli_run) -> list[str]:
    """The statuses the lookups accept, as the vocabulary query lists them."""
    result = cli_run(
        "query", "vocabulary", "--param", "scheme=membership-status", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    return [row["notation"] for row in json.loads(result.output)]


@pytest.mark.parametrize(
    "words",
    [
        "blocgraph members SCO --status ",
        "blocgraph attended SCO --status ",
        "blocgraph joint India Pakistan --status ",
        "blocgraph compare BRICS SCO --status ",
    ],
)
def test_completing_a_status_offers_every_status_the_lookups_accept(store, cli_run, words):
    statuses = _statuses(cli_run)
    assert {"member", "observer", "dialogue-partner", "suspended"} <= set(statuses)
    assert _complete("bash", words) == statuses


@pytest.mark.parametrize("shell", SHELLS)
def test_completing_a_status_by_its_start(store, shell):
    assert _complete(shell, "blocgraph members SCO --status obs") == ["observer"]
    assert _complete(shell, "blocgraph attended --status DIA") == ["dialogue-partner"]
    assert _complete(shell, "blocgraph members SCO --status xyz") == []


def test_a_completed_status_is_accepted(store, cli_run):
    for status in _complete("bash", "blocgraph members SCO --status "):
        result = cli_run("members", "SCO", "--status", status, "--format", "json")
        assert result.exit_code == 0, f"{status}: {result.output}"


def test_completing_a_query_name(store):
    offered = _complete("zsh", "blocgraph query members-")
    assert offered == ["members-during", "members-on"]
    assert "vocabulary" in _complete("bash", "blocgraph query voc")
    # A path is left to the shell's own file completion.
    assert _complete("bash", "blocgraph query ./my") == ["./my"]


def test_commands_and_options_complete_too(store):
    assert "timeline" in _complete("bash", "blocgraph tim")
    assert "--state" in _complete("bash", "blocgraph timeline SCO --st")


def test_without_a_built_store_completion_offers_nothing_and_builds_nothing(tmp_path):
    empty = tmp_path / "cache"
    empty.mkdir()
    offered = _complete("bash", "blocgraph members S", {"BLOCGRAPH_CACHE_DIR": str(empty)})
    assert offered == []
    status = "blocgraph members SCO --status "
    assert _complete("bash", status, {"BLOCGRAPH_CACHE_DIR": str(empty)}) == []
    assert not any(p.name.startswith("store-") for p in empty.iterdir())


# --- in the real shells -----------------------------------------------------------------------


@pytest.fixture()
def blocgraph_on_path(tmp_path, store):
    """A `blocgraph` command on PATH running this checkout's code, as the scripts call it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "blocgraph"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m blocgraph "$@"\n')
    exe.chmod(0o755)
    env = os.environ.copy()
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    src = Path(__file__).resolve().parents[1] / "src"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    return env


def _shell(name: str):
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed")
    return path


def test_bash_completes_with_the_script(blocgraph_on_path):
    bash = _shell("bash")
    script = (
        'eval "$(blocgraph completion bash)"\n'
        "COMP_WORDS=(blocgraph members S); COMP_CWORD=2\n"
        "_blocgraph_completion blocgraph\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        [bash, "--norc", "-c", script],
        capture_output=True,
        text=True,
        env=blocgraph_on_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "SCO" in done.stdout.split()


def test_zsh_loads_the_script(blocgraph_on_path):
    zsh = _shell("zsh")
    script = 'autoload -Uz compinit && compinit -u\neval "$(blocgraph completion zsh)"\n'
    script += "whence -w _blocgraph_completion\n"
    done = subprocess.run(
        [zsh, "-f", "-c", script],
        capture_output=True,
        text=True,
        env=blocgraph_on_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "_blocgraph_completion: function" in done.stdout


def test_fish_completes_with_the_script(blocgraph_on_path):
    fish = _shell("fish")
    script = "blocgraph completion fish | source; complete --do-complete 'blocgraph members S'"
    done = subprocess.run(
        [fish, "--no-config", "-c", script],
        capture_output=True,
        text=True,
        env=blocgraph_on_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "SCO" in [line.split("\t")[0] for line in done.stdout.splitlines()]
