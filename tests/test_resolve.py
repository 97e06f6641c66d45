"""Resolving what a user types into the IRI it means, with and without the store's name index.

Written against mutants of ``blocgraph.resolve`` that the rest of the suite left alive
(docs/mutation.md): a store without a name index (a SPARQL endpoint) reads the names with the
name queries, so the columns it reads them from matter; an unknown value's message names its
kind; the capacity parameter type resolves a notation.
"""

from __future__ import annotations

import pytest

from blocgraph.errors import UnknownIdError
from blocgraph.lookups import run_query
from blocgraph.namespaces import ID
from blocgraph.resolve import Resolver


@pytest.fixture()
def plain(store):
    """A resolver reading every name with the name queries, as on a SPARQL endpoint."""
    resolver = Resolver(store)
    resolver.index = None
    return resolver


@pytest.fixture()
def indexed(store):
    resolver = Resolver(store)
    assert resolver.index is not None, "the embedded store is built with a name index"
    return resolver


IRI_SCO = ID + "bloc/SCO"

# data/sco/seed-report-2020-02.ttl, data/states.ttl, data/sco/bloc.ttl
BY_NAME = [
    (
        "meeting",
        "9th meeting of the SCO Defence and Security Expert Working Group",
        "meeting/SCO/dsewg-9",
    ),
    ("meeting", "sco/DSEWG-9", "meeting/SCO/dsewg-9"),
    ("state", "Republic of India", "state/IND"),
    ("state", "in", "state/IND"),
    ("bloc", "Shanghai Cooperation Organization", "bloc/SCO"),
]


@pytest.mark.parametrize("kind, name, expected", BY_NAME)
def test_names_resolve_without_the_index(plain, kind, name, expected):
    assert str(getattr(plain, kind)(name)) == ID + expected


@pytest.mark.parametrize("kind, name, expected", BY_NAME)
def test_names_resolve_with_the_index(indexed, kind, name, expected):
    assert str(getattr(indexed, kind)(name)) == ID + expected


@pytest.mark.parametrize("which", ["plain", "indexed"])
@pytest.mark.parametrize(
    "kind, typo", [("meeting", "SCO/dsewg-99"), ("state", "Indiaa"), ("bloc", "SOC")]
)
def test_an_unknown_value_names_its_kind(request, which, kind, typo):
    resolver = request.getfixturevalue(which)
    with pytest.raises(UnknownIdError) as caught:
        getattr(resolver, kind)(typo)
    assert caught.value.kind == kind
    assert str(caught.value).startswith(f"unknown {kind} {typo!r}")
    assert 1 <= len(caught.value.suggestions) <= 3


def test_a_capacity_parameter_resolves_its_notation(store, tmp_path):
    """No library query takes a capacity; a user's .rq can (queries.PARAM_TYPES)."""
    rq = tmp_path / "by-capacity.rq"
    rq.write_text(
        "# title: Participants of a meeting in one capacity\n"
        "# param: meeting   meeting   required  the meeting\n"
        "# param: capacity  capacity  required  the capacity\n"
        "PREFIX bg: <https://w3id.org/blocgraph/ontology#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?state WHERE {\n"
        "  # @parameters\n"
        "  ?p bg:meeting ?meeting ; bg:participant ?state ; bg:capacity ?c .\n"
        "  ?c skos:notation ?capacity .\n"
        "}\n",
        encoding="utf-8",
    )
    # data/sco/seed-report-2020-02.ttl: Belarus was the EWG's one observer.
    rows = run_query(store, str(rq), {"meeting": "SCO/dsewg-9", "capacity": "Observer"}).rows
    assert [str(r["state"]) for r in rows] == [ID + "state/BLR"]
    with pytest.raises(UnknownIdError, match="unknown capacity 'observr'; did you mean observer"):
        run_query(store, str(rq), {"meeting": "SCO/dsewg-9", "capacity": "observr"})


# ontology/vocabularies.ttl: the nine concepts of scheme:membership-status.
STATUSES = [
    "applicant",
    "associate-member",
    "dialogue-partner",
    "member",
    "observer",
    "partner",
    "partner-country",
    "suspended",
    "unknown",
]


@pytest.mark.parametrize("other_scheme", ["host", "attended", "held"])
def test_a_status_is_one_of_the_membership_statuses_only(store, other_scheme):
    """A capacity (host), an attendance (attended) or a meeting status (held) is a notation
    of another scheme: refused, never matched against the membership status."""
    with pytest.raises(UnknownIdError) as caught:
        run_query(store, "members-on", {"bloc": "SCO", "status": other_scheme})
    assert caught.value.kind == "status"
    assert str(caught.value).startswith(f"unknown status {other_scheme!r}")


def test_a_status_with_no_close_match_lists_every_status(store):
    with pytest.raises(UnknownIdError) as caught:
        run_query(store, "members-on", {"bloc": "SCO", "status": "zzzz"})
    assert str(caught.value).startswith("unknown status 'zzzz'; did you mean")
    assert caught.value.suggestions == STATUSES


def test_a_short_status_prefix_is_suggested(store):
    """'obs' is half of 'observer' (difflib ratio 6/11): close enough for a hint (0.5)."""
    with pytest.raises(UnknownIdError) as caught:
        run_query(store, "members-on", {"bloc": "SCO", "status": "obs"})
    assert caught.value.suggestions == ["observer"]


# --- the name index: written from a store, read back shard by shard, damage refused -------------
#
# Written against the mutants of write_name_index and NameIndex._read (docs/mutation.md): the
# build writes the index with the unmutated code in a mutation run (the store is shared), so
# these tests write their own, and check each damage the manifest's digests guard against.


def test_a_written_name_index_reads_back_what_the_name_queries_give(store, tmp_path):
    from blocgraph.lookups import search_entries
    from blocgraph.resolve import NAME_QUERIES, NameIndex, Resolver, write_name_index

    folder = tmp_path / "index"  # not there yet, as in a build: written with its parents
    write_name_index(store, folder)
    index = NameIndex(folder)
    plain = Resolver(store)
    plain.index = None
    for query_name, (iri_var, name_var) in NAME_QUERIES.items():
        table = plain._names(query_name, iri_var, name_var)
        assert len(table) > 100, query_name
        assert index.table(query_name) == table, query_name
        shards = sorted(p.name for p in (folder / query_name).iterdir())
        assert len(shards) > 32 and all(len(s) == len("00.tsv") for s in shards), shards
        for key in ("sco", "turkiye", "russian federation", "sco/dsewg-9", "nope"):
            assert index.lookup(query_name, key) == table.get(key, set()), (query_name, key)
    # every name, escaped: one line per (key, IRI), a tab between them, ASCII only
    for path in folder.rglob("*.tsv"):
        text = path.read_text(encoding="utf-8")
        assert text.isascii() and text.endswith("\n"), path
    # `blocgraph search` reads the same entries, in the same order, from the index
    assert index.search("") == search_entries(store)
    assert index.search("belarus") == [e for e in search_entries(store) if "belarus" in e[3]]


def test_an_entry_without_an_english_label_reads_back_without_one(store, tmp_path, monkeypatch):
    """A bloc or state with no English label (none in the shipped data, so the entries are
    stubbed) is written with an empty label field and read back as None, never as text that
    `blocgraph search` would show as its label (mutant write_name_index 41, docs/mutation.md)."""
    import blocgraph.lookups
    from blocgraph.resolve import NameIndex, write_name_index

    unlabelled = ("bloc", "https://w3id.org/blocgraph/id/bloc/XYZ", "XYZ", "xyz", None)
    labelled = ("state", "https://w3id.org/blocgraph/id/state/BLR", "Belarus", "belarus", "Belarus")
    monkeypatch.setattr(blocgraph.lookups, "search_entries", lambda _store: [unlabelled, labelled])
    folder = tmp_path / "index"
    write_name_index(store, folder)
    assert NameIndex(folder).search("") == [unlabelled, labelled]
    assert NameIndex(folder).search("xyz") == [unlabelled]


def _index_with_digests(folder, shards: dict[str, bytes]) -> dict[str, str]:
    """An index folder holding ``shards`` (path -> bytes), and its manifest's digests."""
    import hashlib

    for rel, data in shards.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
    return {rel: hashlib.blake2b(data, digest_size=16).hexdigest() for rel, data in shards.items()}


def test_a_shard_in_the_manifest_is_read_and_looked_up(tmp_path):
    from blocgraph.resolve import NameIndex, _shard

    rel = f"bloc-names/{_shard('sco')}"
    digests = _index_with_digests(tmp_path, {rel: f"sco\t{ID}bloc/SCO\n".encode()})
    for index in (NameIndex(tmp_path, digests), NameIndex(tmp_path)):
        assert index.lookup("bloc-names", "sco") == {ID + "bloc/SCO"}
        assert index.lookup("bloc-names", "scoo") == set()  # its shard was never written


@pytest.mark.parametrize(
    "damage, message",
    [
        ("not in the manifest", "is not in the store's manifest"),
        ("deleted", "is missing"),
        ("changed", "changed after the store was built"),
        ("not UTF-8", "is not UTF-8"),
    ],
)
def test_a_damaged_shard_is_an_error_never_an_unknown_name(tmp_path, damage, message):
    from blocgraph.errors import StoreError
    from blocgraph.resolve import NameIndex, _shard

    rel = f"bloc-names/{_shard('sco')}"
    data = b"\xff\xfe" if damage == "not UTF-8" else f"sco\t{ID}bloc/SCO\n".encode()
    digests = _index_with_digests(tmp_path, {rel: data})
    if damage == "not in the manifest":
        digests = {}
    elif damage == "deleted":
        (tmp_path / rel).unlink()
    elif damage == "changed":
        (tmp_path / rel).write_bytes(f"sco\t{ID}bloc/NATO\n".encode())
    with pytest.raises(StoreError) as caught:
        NameIndex(tmp_path, digests).lookup("bloc-names", "sco")
    assert str(caught.value) == (
        f"the store's name index is damaged ({tmp_path / rel} {message}): "
        "run `blocgraph build --force`"
    )


def test_resolvers_of_one_store_share_their_name_tables(store):
    """resolver_for: the name tables are read once per store and process, not per lookup."""
    from blocgraph.resolve import resolver_for

    first, second = resolver_for(store), resolver_for(store)
    assert first is not second and first.store is store and second.store is store
    assert first.bloc("SCO") == IRI_SCO
    assert str(first.status("Member")) == "member"  # the status vocabulary, read by `first`
    assert second._cache is first._cache
    assert "membership-status" in second._cache


class _Unreferenceable:
    """A store that cannot be weakly referenced (``__slots__`` without ``__weakref__``)."""

    __slots__ = ("inner", "timeout")

    def __init__(self, inner):
        self.inner, self.timeout = inner, None

    def select(self, query):
        return self.inner.select(query)


def test_a_store_that_cannot_be_weakly_referenced_still_resolves(store):
    from blocgraph.resolve import resolver_for

    plain = resolver_for(_Unreferenceable(store))
    assert plain.index is None  # no name index on this store: every name from the queries
    assert plain.bloc("Shanghai Cooperation Organization") == IRI_SCO
    assert resolver_for(plain.store)._cache is not plain._cache


@pytest.mark.parametrize("which", ["plain", "indexed"])
def test_an_iri_of_another_kind_is_not_taken_for_its_last_segment(request, which):
    """``…/id/state/SCO`` names no state, and no bloc: with or without trailing blanks, it is
    not the SCO (a full IRI must name a known thing of the kind asked for)."""
    resolver = request.getfixturevalue(which)
    assert resolver.bloc(IRI_SCO) == IRI_SCO
    for value in (ID + "state/SCO", ID + "state/SCO ", ID + "meeting/SCO\t"):
        with pytest.raises(UnknownIdError):
            resolver.bloc(value)


@pytest.mark.parametrize("which", ["plain", "indexed"])
def test_an_ambiguous_code_lists_every_state_it_names(request, which):
    """SWZ is Eswatini's ISO 3166 code (data/states.ttl) and Switzerland's Correlates of War
    state abbreviation (data/cow): neither is chosen, both are listed."""
    resolver = request.getfixturevalue(which)
    with pytest.raises(UnknownIdError) as caught:
        resolver.state("swz")
    assert caught.value.kind == "state"
    assert str(caught.value).startswith("unknown state 'swz'")
    assert caught.value.suggestions == ["CHE", "SWZ"]


@pytest.mark.parametrize("which", ["plain", "indexed"])
def test_an_unknown_full_iri_is_named_in_the_error(request, which):
    resolver = request.getfixturevalue(which)
    with pytest.raises(UnknownIdError) as caught:
        resolver.bloc(ID + "bloc/SOC")
    assert caught.value.kind == "bloc" and caught.value.value == ID + "bloc/SOC"
    assert str(caught.value).startswith(f"unknown bloc '{ID}bloc/SOC'; did you mean")
    assert "SCO" in caught.value.suggestions
