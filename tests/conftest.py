"""Shared fixtures. The embedded store is built once per test session into a private cache
folder, so tests never touch (or depend on) the user's own cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]

# tests/webserver.py's `server` fixture (the web application served on a free port), for the
# HTTP and browser tests of `blocgraph serve`.
pytest_plugins = ["webserver"]


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    # BLOCGRAPH_TEST_CACHE_DIR: a cache folder shared by many test sessions. The mutation run
    # (scripts/mutation.sh) starts one session per mutant; with it, the store is built once,
    # not once per mutant. The store is keyed on the data, so a shared one is never stale.
    shared = os.environ.get("BLOCGRAPH_TEST_CACHE_DIR")
    cache = Path(shared) if shared else tmp_path_factory.mktemp("blocgraph-cache")
    old = os.environ.get("BLOCGRAPH_CACHE_DIR")
    os.environ["BLOCGRAPH_CACHE_DIR"] = str(cache)
    os.environ.pop("BLOCGRAPH_ENDPOINT", None)
    yield cache
    if old is None:
        os.environ.pop("BLOCGRAPH_CACHE_DIR", None)
    else:
        os.environ["BLOCGRAPH_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def store(_private_cache):
    from blocgraph.store import open_embedded

    return open_embedded()


@pytest.fixture()
def resources(tmp_path, monkeypatch) -> Path:
    """A private copy of the resources (without data/cow: a build of seconds) and a private,
    empty cache, for tests that change data or watch the cache (a module may define its own)."""
    import shutil

    from blocgraph import paths

    root = tmp_path / "resources"
    for folder in (paths.ontology_dir(), paths.queries_dir()):
        shutil.copytree(folder, root / folder.name)
    shutil.copytree(paths.data_dir(), root / "data", ignore=shutil.ignore_patterns("cow"))
    monkeypatch.setenv("BLOCGRAPH_RESOURCES", str(root))
    monkeypatch.setenv("BLOCGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return root


@pytest.fixture()
def cli_run():
    """Run the CLI in-process; returns the click Result."""
    from blocgraph.cli import cli

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, list(args), obj={}, catch_exceptions=False)

    return run
