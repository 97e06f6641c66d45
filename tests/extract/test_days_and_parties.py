"""Rounds 39 and 40: a day that looks like an ordinal, a party listed "together with" the host, a
Russian demonym between an official and the institution, leaders who "will deliver addresses",
"v Praze".

- "on Friday 30th November in Buenos Aires for the 2018 G20 Summit": a day before its month, not
  the summit's ordinal.
- "The presidents of France, Germany and the United States, together with host president,
  Argentina's Mauricio Macri": the host is another party the list goes with; the list's states
  are not hosts.
- "секретарь российского Совбеза Николай Патрушев" (the secretary of the Russian Security
  Council): Russia, named by its demonym after the official's title; not "представители
  российского бизнеса" (representatives of Russian business), no state's institution.
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


def test_a_russian_demonym_between_an_official_and_an_institution(extract_json):
    text = (
        "ЕРЕВАН, 17 июня. Заседание Комитета секретарей советов безопасности государств, "
        "входящих в ОДКБ, проходит в пятницу в Ереване. В мероприятии участвуют секретарь "
        "российского Совбеза Николай Патрушев и глава белорусского МИД."
    )
    (meeting,) = extract_json(text, "2022-06-17")["meetings"]
    states = _states(meeting)
    assert {"RUS", "BLR"} <= set(states)
    assert "российского Совбеза" in states["RUS"]["quote"]
    business = extract_json(
        "ЕРЕВАН, 17 июня. Заседание Комитета секретарей советов безопасности государств, "
        "входящих в ОДКБ, проходит в пятницу в Ереване. В мероприятии участвуют представители "
        "российского бизнеса.",
        "2022-06-17",
    )["meetings"]
    assert "RUS" not in _states(business[0])


def test_leaders_who_will_deliver_addresses_take_part(extract_json):
    """ "... India's Vajpayee and Sri Lankan President Chandrika Kumaratunga will deliver
    addresses": the plural of "address" says they speak there, as "deliver speeches" does."""
    text = (
        "Pakistani Prime Minister Zafarullah Jamali will open the 12th summit of the South Asian "
        "Association for Regional Cooperation (SAARC). At Sunday's opening, Prime Minister "
        "Khaleda Zia of Bangladesh, Bhutan Prime Minister Lyonpo Jigme Yaeser Thinley, India's "
        "Vajpayee and Sri Lankan President Chandrika Kumaratunga will deliver addresses."
    )
    (meeting,) = extract_json(text, "2004-01-04")["meetings"]
    states = _states(meeting)
    assert {"BGD", "BTN", "IND", "LKA"} <= set(states)
    assert states["PAK"]["capacity"] == "host"
    assert meeting["start"] == "2004-01-04"


def test_a_union_capital_in_the_czech_locative_is_the_venue(extract_json):
    """ "na neformálním setkání v Praze" (at the informal meeting in Prague): the Union's
    capitals in Czech and Slovak, in the locative "v" takes, place the meeting and its host."""
    text = "Ministři obrany EU se sešli 29. srpna na neformálním setkání v Praze."
    (meeting,) = extract_json(text, "2022-08-30")["meetings"]
    assert meeting["host"].endswith("/CZE")
    assert meeting["existing"].endswith("meeting/EU/informal-defence-ministers-2022-08-29")
