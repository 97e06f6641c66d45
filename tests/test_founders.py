"""Capacity founder on the shipped data: the states at a bloc's founding meeting whose
membership starts within the meeting (or on the day after its last day) take part as founders,
and no one else does. The dates are compared here in Python, apart from the shape
(bgsh:FounderCapacityShape) that checks the same rule in SPARQL."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pytest

from blocgraph.namespaces import ID

PREFIXES = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# Founding and guest participations, with the meeting's first and last day and its bloc.
PARTICIPATIONS = (
    PREFIXES
    + f"""
SELECT ?participation ?capacity ?state ?bloc ?from ?until WHERE {{
  VALUES ?capacity {{ "founder" "guest" }}
  ?concept skos:notation ?capacity ; skos:inScheme <{ID}scheme/participation-capacity> .
  ?participation bg:capacity ?concept ; bg:participant ?state ; bg:meeting ?meeting .
  ?meeting bg:validFrom ?from ; bg:validUntil ?until ; bg:body/org:unitOf ?bloc .
}}"""
)

MEMBER_STARTS = (
    PREFIXES
    + f"""
SELECT ?state ?bloc ?start WHERE {{
  ?membership org:role <{ID}status/member> ; org:member ?state ; org:organization ?bloc ;
              bg:validFrom ?start .
}}"""
)


# The states that signed SAARC's charter at Dhaka (data/blocs/SAARC.ttl: members from
# 1985-12-08) and OPEC's founders at Baghdad (members from 1960-09-14).
SAARC_FOUNDERS = ["BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"]
OPEC_FOUNDERS = ["IRN", "IRQ", "KWT", "SAU", "VEN"]


def _day(term) -> date:
    return date.fromisoformat(str(term)[:10])


@pytest.fixture(scope="module")
def founding(store):
    starts: dict[tuple[str, str], list[date]] = defaultdict(list)
    for row in store.select(MEMBER_STARTS)[1]:
        starts[(str(row["state"]), str(row["bloc"]))].append(_day(row["start"]))
    rows = []
    for row in store.select(PARTICIPATIONS)[1]:
        first, last = _day(row["from"]), _day(row["until"])
        begins_there = any(
            first <= s <= last + timedelta(days=1)
            for s in starts[(str(row["state"]), str(row["bloc"]))]
        )
        rows.append(
            (str(row["participation"]).removeprefix(ID), str(row["capacity"]), begins_there)
        )
    return rows


def test_the_founding_states_of_saarc_and_opec_are_founders(founding):
    founders = {p for p, capacity, _ in founding if capacity == "founder"}
    saarc = {f"participation/SAARC/summit-1/{s}" for s in SAARC_FOUNDERS}
    opec = {f"participation/OPEC/conference-1/{s}" for s in OPEC_FOUNDERS}
    assert saarc | opec <= founders


def test_every_founder_becomes_a_member_at_the_meeting(founding):
    wrong = [
        p for p, capacity, begins_there in founding if capacity == "founder" and not begins_there
    ]
    assert wrong == []


def test_no_founding_state_is_left_a_guest(founding):
    """A guest whose membership starts within the meeting, or the day after, was a founder."""
    guests = [p for p, capacity, begins_there in founding if capacity == "guest" and begins_there]
    assert guests == []
