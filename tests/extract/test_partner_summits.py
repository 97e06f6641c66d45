"""Round 36: a bloc's summits with one state. "the ASEAN-Japan Commemorative Summit", "the
US-ASEAN summit" (also "the U.S.-ASEAN, or Association of Southeast Asian Nations, summit") and
"Japan and ASEAN met in a summit" are meetings of the bloc's partner-summit
body, in the series the record keeps for that state (its meetings' labels join the two names),
not of the ASEAN Summit; a state with no such series in the record gets no partner summit. And a
report with no year that gives a day and its weekday ("ce jeudi 12 février") is about the
recorded meeting whose year puts that day on that weekday."""

from __future__ import annotations

import pytest

from blocgraph.extract.proposals import _matcher, _partner_series


def _tail(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


@pytest.mark.parametrize(
    ("text", "published", "series", "existing", "host"),
    [
        (
            "Japanese Prime Minister Fumio Kishida hosted the ASEAN-Japan Commemorative Summit "
            "in Tokyo on Sunday, with Indonesian President Joko Widodo as co-chair.",
            "2023-12-17",
            "asean-japan-summit",
            "asean-japan-summit-2023-12",
            "JPN",
        ),
        (
            "Leaders gathered for the US-ASEAN summit in Washington on May 12, 2022.",
            None,
            "asean-us-summit",
            "asean-us-summit-2022-05",
            "USA",
        ),
        (
            "Vice President Kamala Harris spoke with Southeast Asian leaders during the "
            "U.S.-ASEAN, or Association of Southeast Asian Nations, summit in Jakarta hosted by "
            "outgoing chair Indonesia on Wednesday.",
            "2023-09-06",
            "asean-us-summit",
            "asean-us-summit-2023-09",
            "IDN",
        ),
        (
            "Japan and the Association of Southeast Asian Nations (ASEAN) met in a summit on "
            "Sunday in Tokyo to mark the 50th anniversary of their friendship.",
            "2023-12-17",
            "asean-japan-summit",
            "asean-japan-summit-2023-12",
            "JPN",
        ),
    ],
)
def test_a_summit_of_the_bloc_with_one_state(extract_json, text, published, series, existing, host):
    (meeting,) = extract_json(text, published)["meetings"]
    assert _tail(meeting["body"]) == "partner-summit"
    assert (_tail(meeting["series"]), _tail(meeting["existing"])) == (series, existing)
    assert _tail(meeting["host"]) == host


def test_the_asean_summit_stays_the_asean_summit(extract_json):
    text = "The 43rd ASEAN Summit opened in Jakarta on 5 September 2023."
    (meeting,) = extract_json(text, None)["meetings"]
    assert (_tail(meeting["body"]), _tail(meeting["existing"])) == ("summit", "summit-43")


def test_a_state_with_no_series_of_its_own_gets_no_partner_summit(gaz):
    """The record's partner series are read from its meetings' labels: Japan, the United
    States, India, Australia, Korea, Russia and China have one; Canada (whose summits with
    ASEAN the record does not keep) has none."""
    series = _partner_series(_matcher(gaz, "ASEAN"), "ASEAN")
    assert {"JPN", "USA", "IND", "AUS", "KOR", "RUS", "CHN"} <= set(series)
    assert "CAN" not in series
    assert {_tail(body.iri) for body, _series in series.values()} == {"partner-summit"}


def test_a_summit_with_a_state_the_record_has_no_series_for(extract_json):
    text = "Canada's prime minister called for an ASEAN-Canada Summit to be held in 2026."
    for meeting in extract_json(text, None)["meetings"]:
        assert _tail(meeting["body"]) != "partner-summit"


def test_the_china_asean_summit_in_its_series(extract_json):
    text = (
        "On the afternoon of November 11, 2022 local time, Premier Li Keqiang of the State "
        "Council attended the 25th China-ASEAN Summit in Phnom Penh, Cambodia."
    )
    (meeting,) = extract_json(text, None)["meetings"]
    assert _tail(meeting["body"]) == "partner-summit"
    assert _tail(meeting["series"]) == "asean-china-summit"
    assert _tail(meeting["existing"]) == "asean-china-summit-2022-11"


def test_a_day_and_its_weekday_choose_the_year(extract_json):
    """12 February was a Thursday in 2026 (NATO's defence ministers met that day) and a
    Wednesday in 2020 (they met on the 12th and 13th): "ce jeudi 12 février" is 2026's."""
    text = (
        "Les ministres de la Défense des pays membres de l'OTAN se sont réunis ce jeudi 12 "
        "février pour une session de travail.\nLa capitale belge a accueilli cette réunion "
        "importante des ministres de la Défense, à Bruxelles."
    )
    (meeting,) = extract_json(text, None)["meetings"]
    assert _tail(meeting["existing"]) == "dmm-2026-02"
