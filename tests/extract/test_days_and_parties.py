"""Round 39: a day that looks like an ordinal, and a party listed "together with" the host.

- "on Friday 30th November in Buenos Aires for the 2018 G20 Summit": a day before its month, not
  the summit's ordinal.
- "The presidents of France, Germany and the United States, together with host president,
  Argentina's Mauricio Macri": the host is another party the list goes with; the list's states
  are not hosts.
"""

from __future__ import annotations

G20_2018 = (
    "The presidents of France, Germany and the United States, together with host president, "
    "Argentina's Mauricio Macri, are among the Summit's participants. Key world leaders will "
    "meet tomorrow on Friday 30th November in Buenos Aires for the 2018 G20 Summit."
)


def _states(meeting: dict) -> dict[str, dict]:
    return {p["state"].rsplit("/", 1)[-1]: p for p in meeting["participants"]}


def test_a_day_before_its_month_is_no_ordinal(extract_json):
    (meeting,) = extract_json(G20_2018, "2018-11-29")["meetings"]
    assert meeting["ordinal"] is None
    assert meeting["start"] == "2018-11-30"
    assert meeting["existing"].endswith("meeting/G20/leaders-summit-13")


def test_states_listed_together_with_the_host_are_not_hosts(extract_json):
    (meeting,) = extract_json(G20_2018, "2018-11-29")["meetings"]
    states = _states(meeting)
    assert states["ARG"]["capacity"] == "host"
    assert {states[s]["capacity"] for s in ("FRA", "DEU", "USA")} == {"member"}


def test_an_ordinal_before_a_meeting_word_is_still_read(extract_json):
    (meeting,) = extract_json(
        "The 13th G20 Summit opened in Buenos Aires on Friday 30 November.", "2018-11-30"
    )["meetings"]
    assert meeting["ordinal"] == 13
