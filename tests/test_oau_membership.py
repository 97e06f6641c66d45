"""The OAU's curated membership history (data/blocs/OAU.ttl, round 41) on the shipped data, read
with the named query members-on: Zaire / the Democratic Republic of the Congo stays a member
through 2002 (the Correlates of War import had ended it in 1984, at its suspension of
participation), the SADR is a member from 1982, Morocco is out from November 1984, South Africa
is in from May 1994, and the OAU's 53 members on the eve of the AU are the AU's 53 founders."""

from __future__ import annotations

from blocgraph.lookups import run_query


def _members(store, bloc: str, day: str) -> set[str]:
    rows = run_query(store, "members-on", {"bloc": bloc, "date": day, "status": "member"}).rows
    return {str(r["state"]).rsplit("/", 1)[-1] for r in rows}


def test_zaire_stays_a_member_to_the_end_and_the_eve_of_the_au_is_its_founders(store):
    oau = _members(store, "OAU", "2000-07-10")
    assert {"COD", "ESH", "ZAF", "ERI"} <= oau and "MAR" not in oau
    assert _members(store, "OAU", "2002-07-08") == _members(store, "AU", "2002-07-09")
    assert len(_members(store, "OAU", "2002-07-08")) == 53


def test_morocco_leaves_and_south_africa_joins_on_their_days(store):
    assert "MAR" in _members(store, "OAU", "1984-01-01")
    assert "MAR" not in _members(store, "OAU", "1985-06-01")
    assert "ZAF" not in _members(store, "OAU", "1994-05-22")
    assert "ZAF" in _members(store, "OAU", "1994-05-23")
    assert "ESH" not in _members(store, "OAU", "1981-12-31")
    assert _members(store, "OAU", "2002-07-09") == set()
