"""Shared fixtures. The embedded store is built once per test session into a private cache
folder, so tests never touch (or depend on) the user's own cache.

Keeping the suite quick (README, Development): work that several tests read (a built store,
an extraction over a corpus) is a session- or module-scoped fixture, built once, never once
per test. The suite runs on every core (pyproject's addopts: pytest-xdist's ``-n auto``):
each worker is its own session, with its own private cache (``tmp_path_factory`` is per
worker); the tests of tests/stores/, which load into the servers every worker would share,
all run in one worker (``pytest_xdist_make_scheduler`` below). A sweep over every bloc,
state or meeting takes a deterministic sample that still reaches every bloc and status
(``sweep`` below); the whole of it runs with ``--exhaustive`` (CI runs it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]

# tests/webserver.py's `server` fixture (the web application served on a free port), for the
# HTTP and browser tests of `blocgraph serve`.
pytest_plugins = ["webserver"]
STORE_TESTS = REPO / "tests" / "stores"


def pytest_addoption(parser):
    parser.addoption(
        "--exhaustive",
        action="store_true",
        help="run the sweeps marked `exhaustive` over every case, not a sample of them",
    )


def pytest_xdist_make_scheduler(config, log):
    """xdist's scheduler: tests go to whichever worker is free, one at a time, except those
    of tests/stores/, which load into the Oxigraph and Virtuoso servers every worker would
    share: all of them go to one worker, as one unit. (--dist loadgroup with xdist_group marks
    would do this, but xdist 3.8 marks a group in a way pytest 9 no longer reads.)"""
    from xdist.scheduler import LoadScopeScheduling

    stores = STORE_TESTS.relative_to(REPO).as_posix() + "/"

    class StoreTestsTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return stores if nodeid.startswith(stores) else nodeid

    return StoreTestsTogether(config, log)


class Sweep:
    """Which cases of a sweep a run checks. With --exhaustive: all of them. Otherwise one case
    in ``share``, from an offset that turns with ``key`` (the number of the bloc, state or
    meeting the cases are of), and at least one for each key: every key is still checked, and
    over the keys every kind of case (each day, status or span in its place in the list)."""

    def __init__(self, every: bool, share: int = 3) -> None:
        self.every = every
        self.share = share

    def __call__(self, cases, key: int) -> list:
        cases = list(cases)
        if self.every or len(cases) <= 1:
            return cases
        return cases[key % self.share :: self.share] or [cases[key % len(cases)]]

    def keys(self, keys) -> list:
        """One key in ``share`` (every one with --exhaustive), the first and last among them,
        for a sweep whose keys each cost a lot and check the same thing."""
        keys = list(keys)
        if self.every or len(keys) <= 2:
            return keys
        picked = sorted({*range(0, len(keys), self.share), len(keys) - 1})
        return [keys[i] for i in picked]


@pytest.fixture(scope="session")
def sweep(request) -> Sweep:
    """The cases of a sweep to check (tests marked ``exhaustive``): a sample, or all of them
    with --exhaustive."""
    return Sweep(bool(request.config.getoption("--exhaustive")))


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


def _copy_resources(root: Path) -> Path:
    """The ontology, queries and data (without data/cow: a quicker build) copied to ``root``."""
    import shutil

    from blocgraph import paths

    for folder in (paths.ontology_dir(), paths.queries_dir()):
        shutil.copytree(folder, root / folder.name)
    shutil.copytree(paths.data_dir(), root / "data", ignore=shutil.ignore_patterns("cow"))
    return root


@pytest.fixture()
def resources(tmp_path, monkeypatch) -> Path:
    """A private copy of the resources (without data/cow) and a private, empty cache, for tests
    that change data or watch the cache (a module may define its own)."""
    root = _copy_resources(tmp_path / "resources")
    monkeypatch.setenv("BLOCGRAPH_RESOURCES", str(root))
    monkeypatch.setenv("BLOCGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return root


@pytest.fixture(scope="session")
def _resources_cache(tmp_path_factory) -> Path:
    """A cache holding the store of `resources`' copy, built once a session (the store is keyed
    on the files' names and contents, not on where the copy lies)."""
    from blocgraph.store import ensure_store

    folder = tmp_path_factory.mktemp("built-resources")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BLOCGRAPH_RESOURCES", str(_copy_resources(folder / "resources")))
        env.setenv("BLOCGRAPH_CACHE_DIR", str(folder / "cache"))
        ensure_store()
    return folder / "cache"


@pytest.fixture()
def built_resources(resources, _resources_cache) -> Path:
    """`resources` with its store already built in the private cache (a copy of the one built
    once a session, every file's mtime kept, as the store's manifest records them), for tests
    that read, damage or change a store but do not watch a build."""
    import shutil

    shutil.copytree(_resources_cache, os.environ["BLOCGRAPH_CACHE_DIR"])
    return resources


@pytest.fixture()
def cli_run():
    """Run the CLI in-process; returns the click Result."""
    from blocgraph.cli import cli

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, list(args), obj={}, catch_exceptions=False)

    return run
