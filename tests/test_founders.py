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
    + """
SELECT ?participation ?capacity ?state ?bloc ?from ?until WHERE {
  VALUES ?capacity { "founder" "guest" }
  ?concept skos:notation ?capacity ; skos:inScheme <%sscheme/participation-capacity> .
  ?participation bg:capacity ?concept ; bg:participant ?state ; bg:meeting ?meeting .
  ?meeting bg:validFrom ?from ; bg:validUntil ?until ; bg:body/org:unitOf ?bloc .
}"""
    % ID
)

MEMBER_STARTS = (
    PREFIXES
    + """
SELECT ?state ?bloc ?start WHERE {
  ?membership org:role <%sstatus/member> ; org:member ?state ; org:organization ?bloc ;
              bg:validFrom ?start .
}"""
    % ID
)


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
    saarc = {f"participation/SAARC/summit-1/{s}" for s in "BGD BTN IND LKA MDV NPL PAK".split()}
    opec = {f"participation/OPEC/conference-1/{s}" for s in "IRN IRQ KWT SAU VEN".split()}
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
