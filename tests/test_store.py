"""The embedded store: rebuilt when its inputs change, swapped atomically, safe under
concurrent builds and readers; the build's shortcuts (derived dates, name index) agree with the
straightforward versions.

Every test builds into its own cache folder from its own copy of ontology/, queries/ and data/
(BLOCGRAPH_RESOURCES), without data/cow: the bulk of the shipped data, it would make each build
take seconds and changes nothing the store machinery does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from blocgraph.lookups import run_query
from blocgraph.store import (
    MANIFEST,
    NAME_INDEX,
    STORE_MARKER,
    EmbeddedStore,
    ensure_store,
    open_embedded,
)

NEW_MEMBERSHIP = """
<membership/SCO/NZL/observer/2019-05-01> a bg:Membership ;
    org:member <state/NZL> ;
    org:organization <bloc/SCO> ;
    org:role status:observer ;
    schema:startDate "2019-05-01"^^xsd:date ;
    prov:wasDerivedFrom <source/sectsco-about> ;
    bg:quote "A membership made up for tests/test_store.py." .
"""


def _cache_entries(resources: Path) -> list[str]:
    """What the cache holds: its store folders, and in each what is not a lock or a pointer
    (so: the versions, and any temporary folder left behind)."""
    cache = resources.parent / "cache"
    return sorted(
        f"{folder.name}/{entry.name}"
        for folder in cache.iterdir()
        if folder.is_dir()
        for entry in folder.iterdir()
        if entry.name not in (".lock", "current", STORE_MARKER)
    )


def _name(location: Path) -> str:
    return f"{location.parent.name}/{location.name}"


def _states(store, date: str, status: str) -> set[str]:
    rows = run_query(store, "members-on", {"bloc": "SCO", "date": date, "status": status}).rows
    return {str(r["state"]).rsplit("/", 1)[1] for r in rows}


def _run(script: str, *args: str, **popen) -> subprocess.Popen:
    """A Python process running ``script`` with this process's environment."""
    code = textwrap.dedent(script)
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=os.environ.copy(),
        **popen,
    )


# --- rebuilds -------------------------------------------------------------------------------


def test_store_is_reused_while_inputs_are_unchanged(resources):
    first = ensure_store()
    built = first.stat().st_mtime_ns
    assert ensure_store() == first
    assert first.stat().st_mtime_ns == built
    assert (first / NAME_INDEX).is_dir()


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
def test_rebuilt_when_a_data_file_changes(resources):
    before = open_embedded()
    assert "NZL" not in _states(before, "2020-02-20", "observer")
    with (resources / "data" / "sco" / "memberships.ttl").open("a", encoding="utf-8") as f:
        f.write(NEW_MEMBERSHIP)
    after = open_embedded()
    assert after.location != before.location
    assert "NZL" in _states(after, "2020-02-20", "observer")
    assert "NZL" not in _states(after, "2019-04-30", "observer")
    assert _cache_entries(resources) == [_name(after.location)], "the old store is not removed"


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
def test_rebuilt_when_a_data_file_is_added_or_removed(resources):
    first = ensure_store()
    extra = resources / "data" / "extra.ttl"
    extra.write_text(
        (resources / "data" / "sco" / "memberships.ttl").read_text().split("\n<", 1)[0]
        + NEW_MEMBERSHIP,
        encoding="utf-8",
    )
    second = ensure_store()
    assert second.parent != first.parent
    assert "NZL" in _states(EmbeddedStore(second), "2020-02-20", "observer")
    extra.unlink()
    again = ensure_store()  # the first inputs again: their folder (rebuilt, it was removed)
    assert again.parent == first.parent and again.is_dir()


def test_a_broken_input_fails_the_build_and_leaves_nothing_behind(resources):
    (resources / "data" / "broken.ttl").write_text("<a> <b> ", encoding="utf-8")
    from blocgraph.errors import StoreError

    with pytest.raises(StoreError, match="broken.ttl"):
        ensure_store()
    assert _cache_entries(resources) == [], "a failed build left files behind"


# --- concurrency ----------------------------------------------------------------------------

READER = """
    import sys, time
    from pathlib import Path
    from blocgraph.store import EmbeddedStore, ensure_store

    mode, expected, stop = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    store = EmbeddedStore(ensure_store())
    reads = 0
    while not stop.exists() or reads < 3:
        if mode == "reopen":
            store = EmbeddedStore(ensure_store())
        n = int(store.select(query)[1][0]["n"])
        if n != expected:
            sys.exit(f"read {n} triples, expected {expected}")
        reads += 1
    print("reads", reads)
"""


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
@pytest.mark.parametrize("mode", ["hold", "reopen"])
def test_forced_rebuild_while_another_process_reads(resources, tmp_path, mode):
    """A reader holding the store open, or opening it again for every query, always sees the
    whole store while another process rebuilds and swaps it three times."""
    expected = len(open_embedded())
    stop = tmp_path / "stop"
    reader = _run(READER, mode, str(expected), str(stop))
    time.sleep(1.0)  # the reader is up and reading
    try:
        for _ in range(3):
            ensure_store(force=True)
    finally:
        stop.touch()
    out, _ = reader.communicate(timeout=120)
    assert reader.returncode == 0, out
    assert out.startswith("reads "), out
    current = ensure_store()
    assert len(EmbeddedStore(current)) == expected
    assert _cache_entries(resources) == [_name(current)], "old versions or temporary folders left"


BUILDER = """
    import sys, time
    from pathlib import Path
    from blocgraph.store import EmbeddedStore, ensure_store

    force, go = sys.argv[1] == "force", Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.01)
    location = ensure_store(force=force)
    print(location, len(EmbeddedStore(location)))
"""


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
@pytest.mark.parametrize("force", ["force", "no-force"])
def test_two_processes_build_at_once(resources, tmp_path, force):
    """Both succeed and see a complete store; without --force they agree on one store (the
    second finds the first's), with it the second replaces the first's. Nothing temporary is
    left behind."""
    reference = len(open_embedded())
    shutil.rmtree(resources.parent / "cache")
    go = tmp_path / "go"
    builders = [_run(BUILDER, force, str(go)) for _ in range(2)]
    time.sleep(0.5)  # both are waiting
    go.touch()
    outputs = [b.communicate(timeout=300)[0] for b in builders]
    assert [b.returncode for b in builders] == [0, 0], outputs
    counts = [int(out.split()[-1]) for out in outputs]
    assert counts == [reference, reference], outputs
    current = ensure_store()
    assert len(EmbeddedStore(current)) == reference
    if force == "no-force":
        assert {out.split()[0] for out in outputs} == {str(current)}, outputs
    assert _cache_entries(resources) == [_name(current)], "temporary folders left behind"


# --- the build's shortcuts (the rules themselves: tests/test_derive.py) ------------------------

# The temporal join that bg:participantMembership replaces, as observers-attended ran it before.
JOIN = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?participation ?membership WHERE {
  ?participation bg:meeting ?meeting ; bg:participant ?state .
  ?meeting bg:body ?body ; bg:validFrom ?date .
  ?body org:unitOf ?bloc .
  ?membership org:organization ?bloc ; org:member ?state ; bg:validFrom ?from .
  FILTER(?from <= ?date)
  OPTIONAL { ?membership bg:validUntil ?until }
  FILTER(!BOUND(?until) || ?until >= ?date)
}"""


def test_participant_memberships_of_the_shipped_data_match_the_join(store):
    columns, rows = store.select(JOIN)
    joined = {(str(r["participation"]), str(r["membership"])) for r in rows}
    columns, rows = store.select(
        "SELECT ?p ?m WHERE { ?p <https://w3id.org/blocgraph/ontology#participantMembership> ?m }"
    )
    linked = {(str(r["p"]), str(r["m"])) for r in rows}
    assert len(linked) > 50
    assert linked == joined


def test_name_index_holds_what_the_name_queries_give(store):
    """The index written by the build resolves exactly as reading every name would."""
    from blocgraph.resolve import NAME_QUERIES, NameIndex, Resolver

    assert store.name_index is not None
    indexed = NameIndex(store.name_index)
    plain = Resolver(store)
    plain.index = None
    for query_name, (iri_var, name_var) in NAME_QUERIES.items():
        table = plain._names(query_name, iri_var, name_var)
        assert table, query_name
        assert indexed.table(query_name) == table, query_name
        for key in ("sco", "belarus", "turkiye", "russian federation", "sco/dsewg-9", "nope"):
            assert indexed.lookup(query_name, key) == table.get(key, set()), (query_name, key)


def test_lookups_resolve_the_same_with_and_without_the_index(store):
    from blocgraph.errors import UnknownIdError
    from blocgraph.resolve import Resolver

    indexed, plain = Resolver(store), Resolver(store)
    plain.index = None
    for value in ("SCO", "sco", "Shanghai Cooperation Organization", "NATO", "brics"):
        assert indexed.bloc(value) == plain.bloc(value)
    for value in ("Türkiye", "turkiye", "BLR", "by", "Russian Federation"):
        assert indexed.state(value) == plain.state(value)
    assert indexed.meeting("SCO/dsewg-9") == plain.meeting("SCO/dsewg-9")
    for resolver in (indexed, plain):
        with pytest.raises(UnknownIdError) as err:
            resolver.bloc("SOC")
        assert "did you mean" in str(err.value)
    with pytest.raises(UnknownIdError) as a:
        indexed.state("Narnia")
    with pytest.raises(UnknownIdError) as b:
        plain.state("Narnia")
    assert str(a.value) == str(b.value)


# --- the cache is blocgraph's, and only blocgraph's (issue 7, sections 3, 4 and 6) ------------


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
def test_cleanup_leaves_otherfolders_in_the_cache_alone(resources):
    cache = resources.parent / "cache"
    photos = cache / "store-photos"
    photos.mkdir(parents=True)
    (photos / "img1.jpg").write_bytes(b"\xff\xd8 a photo")
    lookalike = cache / "store-0123456789abcdef"  # our name, but not marked as ours
    lookalike.mkdir()
    (lookalike / "notes.txt").write_text("mine")
    first = open_embedded()
    with (resources / "data" / "sco" / "memberships.ttl").open("a", encoding="utf-8") as f:
        f.write(NEW_MEMBERSHIP)  # a rebuild, which removes stale stores
    second = open_embedded()
    assert second.location.parent != first.location.parent
    assert not first.location.parent.exists(), "blocgraph's own stale store is removed"
    assert (photos / "img1.jpg").read_bytes() == b"\xff\xd8 a photo"
    assert (lookalike / "notes.txt").read_text() == "mine"


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
def test_current_is_never_followed_outside_the_storefolder(resources, tmp_path):
    location = ensure_store()
    outside = tmp_path / "elsewhere"
    shutil.copytree(location, outside / "v-evil")
    for target in ("../../elsewhere/v-evil", str(outside / "v-evil"), "v-../x", ""):
        (location.parent / "current").write_text(target + "\n")
        again = ensure_store()
        assert again.parent == location.parent, target
    assert (outside / "v-evil").is_dir(), "a folder outside the cache is never removed"


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
def test_a_store_keyed_on_content_survives_new_mtimes(resources):
    first = ensure_store()
    for path in (resources / "data").rglob("*.ttl"):
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # as after a reinstall
    assert ensure_store() == first


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
@pytest.mark.parametrize("damage", ["garbage", "truncate", "delete"])
def test_a_damaged_rocksdb_file_is_found_and_the_store_rebuilt(resources, damage, capfd):
    location = ensure_store()
    sst = max(location.glob("*.sst"), key=lambda p: p.stat().st_size)
    if damage == "garbage":
        with open(sst, "r+b") as f:
            f.seek(sst.stat().st_size // 3)
            f.write(os.urandom(64 * 1024))
    elif damage == "truncate":
        with open(sst, "r+b") as f:
            f.truncate(100)
    else:
        sst.unlink()
    store = open_embedded()
    assert "rebuilding" in capfd.readouterr().err
    assert store.location != location
    assert {"CHN", "IND"} <= _states(store, "2020-02-20", "member")


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
@pytest.mark.parametrize("damage", ["empty", "garbage", "delete", "extra"])
def test_a_damaged_name_index_is_found(resources, damage, capfd):
    location = ensure_store()
    store = open_embedded()
    from blocgraph.resolve import _shard, fold

    shard = location / NAME_INDEX / "bloc-names" / _shard(fold("SCO"))
    if damage == "empty":
        shard.write_text("")
    elif damage == "garbage":
        shard.write_bytes(os.urandom(300))
    elif damage == "delete":
        shard.unlink()
    else:
        (location / NAME_INDEX / "bloc-names" / "zz.tsv").write_text("sco\thttp://evil/\n")
    store = open_embedded()  # found by size / mtime / a new file: rebuilt
    assert "rebuilding" in capfd.readouterr().err
    assert store.location != location
    assert {"CHN", "IND"} <= _states(store, "2020-02-20", "member")


@pytest.mark.usefixtures("built_resources")  # a store to start from: no build to watch
def test_a_shard_changed_in_place_keeps_its_digest_check(resources):
    """Same size, same mtime, other bytes: the stat check cannot see it, the digest does."""
    location = ensure_store()
    from blocgraph.errors import StoreError
    from blocgraph.resolve import _shard, fold

    shard = location / NAME_INDEX / "bloc-names" / _shard(fold("SCO"))
    st = shard.stat()
    data = bytearray(shard.read_bytes())
    data[0] = ord("x") if data[0] != ord("x") else ord("y")
    shard.write_bytes(bytes(data))
    os.utime(shard, ns=(st.st_atime_ns, st.st_mtime_ns))
    store = open_embedded()
    with pytest.raises(StoreError, match="name index is damaged.*build --force"):
        _states(store, "2020-02-20", "member")


def test_a_manifest_is_written_with_every_store(resources):
    location = ensure_store()
    lines = (location / MANIFEST).read_text().splitlines()
    assert any(line.startswith(NAME_INDEX + "/bloc-names/") for line in lines)
    assert any(line.split("\t")[0].endswith(".sst") for line in lines)
