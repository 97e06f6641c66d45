"""The command line's process ends without collecting what it made (cli._Group.__call__
freezes it out of the garbage collector: about 7 ms of a lookup, benchmarks/lookup.py), and
still runs what exit runs; CliRunner's calls (``main``) leave the collector alone."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

PROBE = """
import atexit, gc, json, sys
from blocgraph.cli import cli

atexit.register(lambda: print("atexit ran", file=sys.stderr))
try:
    cli(sys.argv[1:], prog_name="blocgraph")
except SystemExit as exit:
    code = exit.code
print(json.dumps({"exit": code, "frozen": gc.get_freeze_count()}), file=sys.stderr)
"""


def test_the_command_line_freezes_its_objects_and_still_exits_cleanly(store):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "members", "SCO", "--on", "2020-02-20", "--format", "json"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    lines = done.stderr.strip().splitlines()
    report = json.loads(lines[-2])
    assert report["exit"] == 0, done.stderr
    assert report["frozen"] > 10_000, report  # click's, typing's, blocgraph's objects
    assert lines[-1] == "atexit ran"
    assert {row["iso3"] for row in json.loads(done.stdout)} >= {"CHN", "IND", "RUS"}


def test_an_error_still_exits_with_its_code(store):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "members", "NoSuchBloc"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    report = json.loads(done.stderr.strip().splitlines()[-2])
    assert report["exit"] == 2 and report["frozen"] > 10_000, done.stderr
    assert "NoSuchBloc" in done.stderr


def test_cli_runner_leaves_the_collector_alone(cli_run):
    before = gc.get_freeze_count()
    result = cli_run("members", "SCO", "--on", "2020-02-20", "--status", "observer")
    assert result.exit_code == 0, result.output
    assert gc.get_freeze_count() == before
