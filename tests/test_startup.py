"""A lookup imports only what it uses: not rdflib and its parsers, pySHACL, httpx or
the build machinery when the store already exists (start-up time is most of a lookup's time;
benchmarks/lookup.py measures it, this checks the imports that would cost it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = (
    "rdflib",
    "pyshacl",
    "httpx",  # remote lookups and load only
    "owlrl",
    "matplotlib",
    "blocgraph.derive",
    "blocgraph.validate",
    "blocgraph.plots",
    # The API's optional DataFrames: only Result.to_pandas() imports pandas.
    "pandas",
    "numpy",
)
# `blocgraph serve`'s stack: loaded by serve only, never by a lookup.
HEAVY += ("starlette", "uvicorn", "jinja2", "markupsafe", "blocgraph.web")
# The API's and serve's worker processes (subprocess, socket): a lookup runs its query itself.
HEAVY += ("blocgraph.pool",)

# The modules are listed before the probe imports json to report them (a lookup does not).
PROBE = """
import sys
from blocgraph.cli import cli

code = None
try:
    cli(sys.argv[1:], prog_name="blocgraph")
except SystemExit as exit:
    code = exit.code
modules = sorted(sys.modules)
import json
print(json.dumps({"exit": code, "modules": modules}), file=sys.stderr)
"""


def _lookup(*args: str, env: dict | None = None) -> tuple[int, str, set[str]]:
    """Run a CLI command in a fresh interpreter; its exit code, output and imported modules."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env or os.environ.copy(),
        timeout=120,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["exit"], done.stdout, set(report["modules"])


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY)


LOOKUPS = [
    ("members", "SCO", "--on", "2020-02-20", "--format", "json"),
    ("attended", "SCO", "--status", "observer", "--year", "2020"),
    ("state", "Belarus", "--on", "2020-02-20", "--format", "csv"),
    ("meeting", "SCO/dsewg-9"),
    ("joint", "India", "Pakistan", "--on", "2020-02-20"),
    ("query", "meetings", "--param", "bloc=SCO", "--param", "year=2020"),
    ("search", "ussr"),
    ("compare", "BRICS", "SCO", "--on", "2020-02-20"),
    ("state", "Belarus", "--bloc", "SCO"),
    ("bloc", "SCO", "--format", "json"),
]


# Standard modules a lookup does without: pathlib (with urllib.parse and ipaddress, a tenth of
# the floor: paths, store, queries and the name index use strings), calendar (dates) and json
# (its decoder compiles patterns on import; --format json is written by output._indented).
STDLIB_OFF = ("pathlib", "urllib", "ipaddress", "fnmatch", "calendar", "json")


def _stdlib(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in STDLIB_OFF)


@pytest.mark.parametrize("args", LOOKUPS, ids=lambda a: " ".join(a[:2]))
def test_a_lookup_imports_no_rdflib_pyshacl_or_httpx(store, args):
    code, out, modules = _lookup(*args)
    assert code in (0, None), out
    assert out.strip() and "(no results)" not in out
    assert not _heavy(modules), f"{' '.join(args)} imported {_heavy(modules)}"
    assert not _stdlib(modules), f"{' '.join(args)} imported {_stdlib(modules)}"


def test_an_error_imports_nothing_heavy_either(store):
    code, _, modules = _lookup("members", "SOC")
    assert code == 2
    assert not _heavy(modules), _heavy(modules)
    assert not _stdlib(modules), _stdlib(modules)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG shortcut is Linux's")
def test_the_default_cache_folder_needs_no_platformdirs(store, tmp_path):
    """Without BLOCGRAPH_CACHE_DIR the cache is $XDG_CACHE_HOME/blocgraph, found without
    importing platformdirs (which costs more than the lookup)."""
    from blocgraph.store import cache_dir

    xdg = tmp_path / "xdg"
    xdg.mkdir()
    (xdg / "blocgraph").symlink_to(cache_dir(), target_is_directory=True)
    env = {k: v for k, v in os.environ.items() if k != "BLOCGRAPH_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(xdg)
    code, out, modules = _lookup("members", "SCO", "--on", "2020-02-20", env=env)
    assert code in (0, None), out
    assert "BLR" in out
    assert "platformdirs" not in modules


def test_python_dash_m_blocgraph(store):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "blocgraph",
            "members",
            "SCO",
            "--on",
            "2020-02-20",
            "--status",
            "observer",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    states = {row["state"].rsplit("/", 1)[1] for row in json.loads(done.stdout)}
    assert states == {"AFG", "BLR", "IRN", "MNG"}
    usage = subprocess.run(
        [sys.executable, "-m", "blocgraph", "--help"], capture_output=True, text=True, timeout=60
    )
    assert usage.returncode == 0 and "Usage: blocgraph" in usage.stdout


def _imports(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_blocgraph_imports_neither_the_api_nor_a_store():
    """`import blocgraph` stays cheap: blocgraph.open() imports the API when called."""
    modules = _imports("import blocgraph")
    assert not {"blocgraph.api", "blocgraph.lookups", "blocgraph.store", "pyoxigraph"} & modules


def test_the_lookups_sit_below_the_api():
    """The layers: the API imports the lookups, never the other way round; neither imports
    click or pandas."""
    below = _imports("import blocgraph.lookups")
    assert "blocgraph.api" not in below
    api = _imports("import blocgraph.api")
    assert not {"click", "pandas"} & (below | api)


def _command_modules(modules: set[str]) -> set[str]:
    return {m for m in modules if m.startswith("blocgraph.commands.")}


def test_a_lookup_imports_its_own_command_only(store):
    """The group is lazy: a lookup does not define the other commands."""
    code, out, modules = _lookup("members", "SCO", "--on", "2020-02-20", "--format", "json")
    assert code in (0, None), out
    assert _command_modules(modules) == {"blocgraph.commands.members"}


def test_help_and_completion_import_no_command():
    """--help and completing a command name list the commands from cli.COMMANDS."""
    code, out, modules = _lookup("--help")
    assert code == 0 and "members " in out and "States holding a status in BLOC" in out
    assert not _command_modules(modules)
    env = {**os.environ, "_BLOCGRAPH_COMPLETE": "bash_complete", "COMP_WORDS": "blocgraph me"}
    code, out, modules = _lookup(env={**env, "COMP_CWORD": "1"})
    assert code == 0 and out.split() == ["plain,meeting", "plain,meetings", "plain,members"]
    assert not _command_modules(modules)


# Lookups the build's lookup index answers (src/blocgraph/lookup_index.py): they open neither
# pyoxigraph nor RocksDB (what costs a lookup about a fifth of the floor); sqlite3 is their one
# addition (about 2 ms).
INDEXED = [
    ("members", "SCO", "--on", "2020-02-20", "--format", "json"),
    ("members", "SCO", "--status", "observer"),
    ("members", "SCO", "--year", "2015"),
    ("state", "Belarus", "--format", "json"),
    ("state", "India", "--on", "2020-02-20", "--format", "csv"),
    ("state", "Belarus", "--bloc", "SCO"),
    ("joint", "India", "Pakistan", "--on", "2020-02-20"),
    ("compare", "BRICS", "SCO", "--on", "2020-02-20"),
    ("bloc", "SCO", "--format", "json"),
    ("meetings", "SCO", "--year", "2020"),
    ("meetings", "SCO", "--series", "chs"),
    ("meetings", "--year", "2020"),
    ("members", "ShanghaiFive", "--on", "2020-02-20"),  # empty: the bloc's lineage says why
    # The meeting record: a meeting's parts, and rows by year (spans filtered from them).
    ("meeting", "SCO/dsewg-9", "--format", "json"),
    ("attended", "SCO", "--status", "observer", "--year", "2020"),
    ("attended", "G20", "--status", "member", "--from", "2015", "--to", "2025"),
    ("attended", "--status", "observer", "--year", "2020", "--format", "json"),
    ("absences", "G20", "--from", "2015", "--to", "2025"),
    # Two meetings of one day (ASEAN's 38th and 39th summits): ordered by meeting, indexed.
    ("absences", "ASEAN", "--year", "2021"),
    ("absences", "--from", "2000", "--to", "2025"),
    ("state", "Belarus", "--meetings", "--format", "json"),
    ("meetings", "--host", "Pakistan"),
]


@pytest.mark.parametrize("args", INDEXED, ids=" ".join)
def test_a_lookup_the_index_answers_never_loads_pyoxigraph(store, args):
    code, out, modules = _lookup(*args)
    assert code in (0, None), out
    assert out.strip()
    assert "pyoxigraph" not in modules, f"{' '.join(args)} loaded pyoxigraph"


# Output a program reads (JSON, CSV) needs no text renderer: render_text is for tables.
@pytest.mark.parametrize(
    "args",
    [
        ("state", "Belarus", "--bloc", "SCO", "--format", "json"),
        ("meeting", "SCO/dsewg-9", "--format", "csv"),
        ("bloc", "SCO", "--format", "json"),
        ("compare", "BRICS", "SCO", "--on", "2020-02-20", "--format", "json"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_json_and_csv_import_no_text_renderer(store, args):
    code, out, modules = _lookup(*args)
    assert code in (0, None), out
    assert out.strip()
    assert "blocgraph.render_text" not in modules
    code, out, modules = _lookup(*args[:-2])  # the same as a table
    assert code in (0, None), out
    assert "blocgraph.render_text" in modules
