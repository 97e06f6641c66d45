"""The shipped data: parses, has no blank nodes, and holds every fact of the seed report with
the report (or a source it quotes) as provenance."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from blocgraph import paths
from blocgraph.namespaces import BG, DCTERMS, ID, ORG, PROV, RDFS, SCHEMA, XSD

DATA_FILES = [p for p in paths.data_files() if p.suffix == ".ttl"]
REPORT = ID + "source/seed-report-2020-02"


def test_data_folders_are_not_empty():
    names = {p.relative_to(paths.data_dir()).as_posix() for p in paths.data_files()}
    assert "states.ttl" in names and "sources/seed-report.ttl" in names
    assert sum(n.startswith("sco/") for n in names) >= 3
    assert sum(n.startswith("blocs/") for n in names) >= 15
    assert "cow/cow-igo-v3.nt.gz" in names


@pytest.mark.parametrize(
    "path", DATA_FILES, ids=lambda p: p.relative_to(paths.data_dir()).as_posix()
)
def test_file_parses_without_blank_nodes(path):
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(store) > 0
    blank = [
        q
        for q in store
        if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
    ]
    assert not blank, f"{path.name}: blank nodes (external stores handle them badly): {blank[:3]}"


# --- the seed report, fact by fact ----------------------------------------------------------


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri if iri.startswith("http") else ID + iri)


def _objects(store, s: str, p: str) -> set[str]:
    return {
        q.object.value
        for q in store.pyoxigraph_store.quads_for_pattern(_n(s), ox.NamedNode(p), None, None)
    }


def _quotes(store, fact: str) -> set[str]:
    """The fact's quotes: on its citations (tied to a source) and on the fact itself."""
    citations = _objects(store, fact, PROV + "qualifiedDerivation")
    return _objects(store, fact, BG + "quote").union(
        *(_objects(store, c, BG + "quote") for c in citations)
    )


def _cites_report(store, fact: str, *fragments: str) -> None:
    sources = _objects(store, fact, PROV + "wasDerivedFrom")
    assert REPORT in sources or sources & {
        ID + "source/ispr-2020-02-20-ewg",
        ID + "source/dawn-2020-02-21-ewg",
    }, fact
    quotes = " ".join(_quotes(store, fact))
    for fragment in fragments:
        assert fragment in quotes, f"{fact}: no quote containing {fragment!r}"


def test_report_source_chain(store):
    quoted = _objects(store, "source/seed-report-2020-02", BG + "quotes")
    assert {ID + "source/ispr-2020-02-20-ewg", ID + "source/dawn-2020-02-21-ewg"} <= quoted
    assert _objects(store, "source/ispr-2020-02-20-ewg", BG + "sourceKind") == {
        ID + "source-kind/press-release"
    }
    assert _objects(store, "source/dawn-2020-02-21-ewg", DCTERMS + "publisher") == {"Dawn"}


def test_india_and_pakistan_members_since_2017(store):
    for code in ("IND", "PAK"):
        m = f"membership/SCO/{code}/member/2017-06-09"
        assert _objects(store, m, ORG + "role") == {ID + "status/member"}
        _cites_report(store, m, "Since becoming members of SCO in 2017")


def test_ninth_ewg_meeting(store):
    m = "meeting/SCO/dsewg-9"
    assert _objects(store, m, BG + "ordinal") == {"9"}
    assert _objects(store, m, BG + "host") == {ID + "state/PAK"}
    assert _objects(store, m, SCHEMA + "endDate") == {"2020-02-20"}
    assert _objects(store, m, SCHEMA + "startDate") == {"2020-02-19"}  # two days
    assert _objects(store, m, BG + "underPlan") == {
        ID + "plan/SCO/defence-security-cooperation-plan-2020"
    }
    assert _objects(store, m, BG + "firstUnderPlan") == {"true"}
    assert {
        ID + f"topic/{t}"
        for t in ("cooperation", "regional-security", "joint-training", "military-exercises")
    } <= _objects(store, m, BG + "topic")
    _cites_report(store, m, "concluded after two days on Thursday, February 20")
    for code in ("CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND"):
        p = f"participation/SCO/dsewg-9/{code}"
        assert _objects(store, p, BG + "capacity") == {ID + "capacity/member"}
        assert _objects(store, p, BG + "attendance") == {ID + "attendance/attended"}
        _cites_report(store, p)
    assert _objects(store, "participation/SCO/dsewg-9/PAK", BG + "capacity") == {
        ID + "capacity/host"
    }
    blr = "participation/SCO/dsewg-9/BLR"
    assert _objects(store, blr, BG + "capacity") == {ID + "capacity/observer"}
    _cites_report(store, blr, "Belarus attended the meeting as the observer state")


def test_ewg_feeds_into_the_defence_ministers(store):
    ewg = "body/SCO/defence-security-expert-working-group"
    assert _objects(store, ewg, BG + "feedsInto") == {ID + "body/SCO/defence-ministers-meeting"}
    assert ID + "source/dawn-2020-02-21-ewg" in _objects(store, ewg, PROV + "wasDerivedFrom")
    assert _objects(store, ewg, RDFS + "label")


def test_new_delhi_military_medicine_conference(store):
    m = "meeting/SCO/military-medicine-conference-2019"
    assert _objects(store, m, BG + "host") == {ID + "state/IND"}
    assert _objects(store, m, BG + "inauguratedBy") == {ID + "person/rajnath-singh"}
    assert _objects(store, m, BG + "underPlan")
    assert min(_objects(store, m, SCHEMA + "startDate")).startswith("2019-09")
    _cites_report(store, m, "inaugurated by then defence minister Rajnath Singh")
    pak = "participation/SCO/military-medicine-conference-2019/PAK"
    assert _objects(store, pak, BG + "attendance") == {ID + "attendance/absent"}
    _cites_report(store, pak, "Pakistan did not attend")


def test_heads_of_government_2020_invitations(store):
    m = "meeting/SCO/chg-2020"
    assert _objects(store, m, BG + "host") == {ID + "state/IND"}
    assert _objects(store, m, BG + "body") == {ID + "body/SCO/council-of-heads-of-government"}
    inv = "invitation/SCO/chg-2020/PAK"
    assert _objects(store, inv, BG + "inviteePerson") == {ID + "person/imran-khan"}
    assert _objects(store, inv, BG + "announcedBy") == {ID + "person/raveesh-kumar"}
    assert min(_objects(store, inv, BG + "announcedOn")).startswith("2020-01")
    _cites_report(store, inv, "Imran Khan would be issued an invitation")
    invited = {
        q.subject.value.rsplit("/", 1)[1]
        for q in store.pyoxigraph_store.quads_for_pattern(
            None, ox.NamedNode(BG + "meeting"), _n(m), None
        )
        if q.subject.value.startswith(ID + "invitation/")
    }
    # all eight members but the host, and the four observer states
    assert invited == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "PAK", "AFG", "BLR", "IRN", "MNG"}
    body = "body/SCO/council-of-heads-of-government"
    assert any("prime ministers" in q for q in _quotes(store, body))


def test_every_date_is_typed(store):
    """No plain-string dates anywhere in the knowledge base."""
    allowed = {XSD + "date", XSD + "gYear", XSD + "gYearMonth"}
    for prop in ("startDate", "endDate"):
        for q in store.pyoxigraph_store.quads_for_pattern(
            None, ox.NamedNode(SCHEMA + prop), None, None
        ):
            assert q.object.datatype.value in allowed, q
