"""Round 35 (proposals.py, collectives.py, meeting_finding.py, gazetteer.py): a summit's
ministers' meeting ("the East Asia Summit (EAS) Economic Ministers' Meeting") is not the
summit; a group that opens a list of states ("all ASEAN Member States (AMS), Australia, ...
met") is said to take part by the verb after the list; "Japan, Republic of Korea" is a list,
not a place and its country; "the 43 rd" is an ordinal; "the capital city of Manado,
Indonesia" gives the host; the EU Council's foreign ministers' configurations by their names
in the Union's languages; a German auxiliary puts the verb of taking part at the clause's end;
the sponsors of a resolution sat at the meeting; "EE.UU." is the United States; the rows of a
meeting's official photo are its participants; a summit's name with its acronym and kind
inside it ("the ASEAN Plus Three (APT) Commemorative Summit") is its body's; "the 15th
anniversary" is no ordinal. The sentences are written for these tests, in the corpus's
phrasing, not taken from it."""

from __future__ import annotations

ASEAN_MEMBERS = {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"}


def _states(meeting: dict) -> set[str]:
    return {p["state"].rsplit("/", 1)[-1] for p in meeting["participants"]}


def test_a_summits_ministers_meeting_and_a_group_opening_a_list(extract_json):
    result = extract_json(
        "Economic Ministers from all ASEAN Member States (AMS), Australia, China, India, "
        "Japan, Republic of Korea, New Zealand, the Russian Federation and the United States "
        "met on 1 September 2018 in Singapore, for the Sixth East Asia Summit (EAS) Economic "
        "Ministers' Meeting.",
        "2018-09-02",
    )
    (meeting,) = result["meetings"]
    assert meeting["body"].endswith("body/ASEAN/asean-economic-ministers")
    assert meeting["start"] == "2018-09-01"
    partners = {"AUS", "CHN", "IND", "JPN", "KOR", "NZL", "RUS", "USA"}
    assert _states(meeting) == ASEAN_MEMBERS | partners
    by_state = {p["state"].rsplit("/", 1)[-1]: p for p in meeting["participants"]}
    assert by_state["KOR"]["capacity"] == "dialogue-partner"
    assert by_state["SGP"]["capacity"] == "host"
    assert by_state["BRN"]["inferred"] is True


def test_a_place_and_its_country_is_still_no_state_in_a_list(extract_json):
    """The rule that "Republic of Korea" after "Japan, " keeps: a city before the comma."""
    result = extract_json(
        "The CIS foreign ministers met in Moscow on 12 May 2023. Armenia and Kazakhstan "
        "attended, and a delegation from Lachin, Republic of Azerbaijan took part.",
        "2023-05-13",
    )
    (meeting,) = result["meetings"]
    assert _states(meeting) == {"ARM", "KAZ", "RUS"}


def test_an_ordinal_with_a_space_and_a_city_of_a_state(extract_json):
    result = extract_json(
        "The 43 rd ASEAN Economic Ministers’ Meeting (AEM 43) and Related Meetings opened in "
        "the North Sulawesi provincial capital city of Manado, Indonesia on August 10, 2011.",
        "2011-08-10",
    )
    (meeting,) = result["meetings"]
    assert meeting["ordinal"] == 43
    assert meeting["host"].endswith("state/IDN")
    assert meeting["city"] == "Manado"


def test_the_eu_foreign_ministers_council_in_german_with_the_verb_last(extract_json):
    result = extract_json(
        "Die Außenminister der 27 Mitgliedstaaten der Europäischen Union sind am Abend des "
        "17. Juni in Luxemburg zu ihrem monatlich stattfindenden Rat für Allgemeine "
        "Angelegenheiten und Außenbeziehungen zusammen gekommen.",
        "2007-06-17",
    )
    (meeting,) = result["meetings"]
    assert meeting["body"].endswith("body/EU/general-affairs-and-external-relations-council")
    assert len(_states(meeting)) == 27
    assert {"DEU", "FRA", "ROU", "BGR"} <= _states(meeting)
    assert "HRV" not in _states(meeting)  # a member from 2013 only


def test_the_foreign_affairs_council_by_its_italian_name(extract_json):
    result = extract_json(
        "Il ministro degli Esteri è a Lussemburgo per partecipare al Consiglio Affari Esteri "
        "dell’Unione Europea del 23 ottobre 2023.",
        "2023-10-23",
    )
    assert [m["body"].rsplit("/", 1)[-1] for m in result["meetings"]] == ["foreign-affairs-council"]


def test_the_sponsors_of_a_resolution_sat_at_the_meeting(extract_json):
    result = extract_json(
        "El Consejo Permanente de la OEA aprobó el lunes en Washington una resolución sobre "
        "Venezuela. El documento lo presentaron Argentina, Brasil, Canadá y EE.UU.",
        "2017-04-04",
    )
    (meeting,) = result["meetings"]
    assert {"ARG", "BRA", "CAN", "USA"} <= _states(meeting)
    assert {p["attendance"] for p in meeting["participants"]} == {"attended"}


def test_the_rows_of_the_official_photo(extract_json):
    result = extract_json(
        "San Salvador - The Organization of American States (OAS) presents the official photo "
        "from the 41 General Assembly in San Salvador which concluded on June 8th.\n\n"
        "First row from left to right:\n\n"
        "- Minister of Foreign Affairs of Paraguay, Jorge Lara Castro;\n"
        "- Minister of Foreign Affairs and Foreign Trade of Jamaica, Kenneth Baugh\n"
        "- The Secretary General of the OAS, José Miguel Insulza\n\n"
        "Second row, from left to right\n\n"
        "- Minister of Foreign Affairs of Surinam, Winston Lackin\n",
        "2011-06-08",
    )
    (meeting,) = result["meetings"]
    assert {"PRY", "JAM", "SUR"} <= _states(meeting)


def test_a_summits_acronym_and_kind_inside_its_name_and_an_anniversary(extract_json):
    result = extract_json(
        "The ten ASEAN leaders plus their counterparts from the East Asia nations of China, "
        "Japan and South Korea joined together in the ASEAN Plus Three (APT) Commemorative "
        "Summit in Phnom Penh on "
        "19 November 2012. Chinese Premier Wen Jiabao, South Korean President Lee Myung-bak and "
        "Japan Prime Minister Yoshihiko Noda attended the summit commemorating the 15th "
        "anniversary of the ASEAN Plus Three Cooperation.",
        "2012-11-20",
    )
    bodies = {m["body"].rsplit("/", 1)[-1]: m for m in result["meetings"]}
    meeting = bodies["plus-three-summit"]
    assert meeting["ordinal"] is None  # the 15th anniversary, not the 15th summit
    assert meeting["host"].endswith("state/KHM")
    assert {"CHN", "JPN", "KOR", "VNM"} <= _states(meeting)


def test_a_summits_name_with_its_bloc_written_in_full(extract_json):
    result = extract_json(
        "The 20th Association of Southeast Asian Nations (ASEAN) Plus Three Commemorative (APT) "
        "Summit was held on Tuesday at the Philippine International Convention Center in "
        "Manila. Leaders from China, Japan and South Korea attended the meeting.",
        "2017-11-14",
    )
    (meeting,) = result["meetings"]
    assert meeting["body"].endswith("body/ASEAN/plus-three-summit")
    assert (meeting["ordinal"], meeting["start"]) == (20, "2017-11-14")
    assert {"CHN", "JPN", "KOR"} <= _states(meeting)
