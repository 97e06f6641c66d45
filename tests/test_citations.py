"""Issue 11, "Sources per fact": each quote is tied to the source it quotes by a citation
(PROV-O's qualified derivation), and the queries and `blocgraph meeting` show which quote came
from which source. The expectations are written by hand from the data files named."""

from __future__ import annotations

from blocgraph.lookups import run_query

ID = "https://w3id.org/blocgraph/id/"
INDIA_MEMBER = ID + "membership/SCO/IND/member/2017-06-09"


def _pairs(rows, length: int = 30) -> set[tuple]:
    """(source slug, the quote's first ``length`` characters) per row; None where unbound."""
    return {
        (
            str(r["source"]).removeprefix(ID + "source/") if r.get("source") else None,
            str(r["quote"])[:length] if r.get("quote") else None,
        )
        for r in rows
    }


def test_each_quote_comes_with_its_source(store):
    """data/sco/memberships.ttl cites TASS for India's accession, with TASS's words;
    data/sco/seed-report-2020-02.ttl cites the seed report for it, with the report's words."""
    rows = run_query(store, "fact-citations", {"fact": INDIA_MEMBER}).rows
    assert _pairs(rows) == {
        ("tass-2017-06-09-india-pakistan-join-sco", "ASTANA, June 9. /TASS/. Leader"),
        ("seed-report-2020-02", "Since becoming members of SCO "),
    }
    tass = next(r for r in rows if "tass" in str(r["source"]))
    assert tass["title"] == "India and Pakistan join SCO"
    assert str(tass["url"]) == "http://tass.com/world/950697"


def test_an_untied_quote_has_no_source(store):
    """The 9th EWG meeting (data/sco/seed-report-2020-02.ttl) cites the seed report and Dawn;
    the ISPR's words quoted by Dawn are not in the seed report's text, and are not tied."""
    rows = run_query(store, "fact-citations", {"fact": ID + "meeting/SCO/dsewg-9"}).rows
    pairs = _pairs(rows)
    assert (None, "“The 9th Defence and Security ") in pairs
    assert ("dawn-2020-02-21-ewg", None) in pairs  # cited, no quote tied to it
    assert ("seed-report-2020-02", "This was the first meeting of ") in pairs


def test_the_cow_import_short_form_takes_its_one_source(store):
    """The COW import writes one source and the quote on the fact: the quote is that source's."""
    fact = ID + "membership/AAAID/AFG/unknown/1976"
    rows = run_query(store, "fact-citations", {"fact": fact}).rows
    assert _pairs(rows) == {("cow-igo-v3", "COW IGO v3 ioname=AAAID state=")}


def test_curated_facts_with_one_source_use_citations(store):
    """New data is written with citations: a quote left on a hand-written fact is only ever an
    untied quote of a fact with several sources (the COW import, generated, is the exception)."""
    _, rows = store.select(
        """
        PREFIX bg: <https://w3id.org/blocgraph/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT DISTINCT ?fact WHERE {
          ?fact bg:quote ?quote ; prov:wasDerivedFrom ?source .
          FILTER(?source != <https://w3id.org/blocgraph/id/source/cow-igo-v3>)
          FILTER NOT EXISTS { ?fact prov:wasDerivedFrom ?other FILTER(?other != ?source) }
          FILTER NOT EXISTS { ?fact a <https://w3id.org/blocgraph/ontology#Citation> }
        }"""
    )
    assert rows == [], f"quotes on single-source facts, not on a citation: {rows[:5]}"


def test_meeting_sources_give_each_quote_its_source(store):
    rows = run_query(store, "meeting-sources", {"meeting": "SCO/dsewg-9"}).rows
    belarus = [r for r in rows if str(r["fact"]).endswith("/participation/SCO/dsewg-9/BLR")]
    assert _pairs(belarus) == {
        ("ispr-2020-02-20-ewg", None),
        ("seed-report-2020-02", "whereas Belarus attended the m"),
    }


def test_meeting_shows_quotes_under_their_source(cli_run):
    out = cli_run("meeting", "SCO/dsewg-9").output
    sources = out.split("Sources, with the quotes taken from each", 1)[1]
    report = sources.index("News report (New Delhi dateline)")
    ispr = sources.index("Press release on the 9th SCO Defence")
    belarus = sources.index('"whereas Belarus attended the meeting as the observer state"')
    untied = sources.index("not recorded which:")
    assert report < belarus < ispr < untied, sources
    assert sources.index("the ISPR said") > untied, sources
