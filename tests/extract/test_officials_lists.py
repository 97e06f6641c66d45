"""Round 28's reading of officials in the plural before a list of their states (proposals.py,
`_officials_list`): "the defence ministers of Belarus, Russia, Armenia and Kazakhstan discussed",
"министры обороны Беларуси, России, Армении ... рассмотрят" (Russian puts the state in the
genitive right after the office, with no preposition). What is said of the officials is said of
every state listed, as for one official ("the defence minister of Russia"). A list that founded
the bloc, or that met in another bloc's body, is not this meeting's. The sentences are written
for these tests, not taken from the corpus."""

from __future__ import annotations


def _participants(result: dict) -> dict[str, str]:
    (meeting,) = result["meetings"]
    return {p["state"].rsplit("/", 1)[-1]: p["attendance"] for p in meeting["participants"]}


def test_defence_ministers_of_a_list_of_states_take_part(extract_json):
    result = extract_json(
        "At the meeting of the CSTO Council of Defence Ministers in Minsk, the defence "
        "ministers of Belarus, Russia, Armenia and Kazakhstan discussed the situation.",
        "2006-06-22",
    )
    assert _participants(result) == {
        "BLR": "attended",
        "RUS": "attended",
        "ARM": "attended",
        "KAZ": "attended",
    }


def test_russian_officials_with_the_states_in_the_genitive(extract_json):
    result = extract_json(
        "На заседании Совета министров обороны ОДКБ в Минске министры обороны Беларуси, "
        "России, Армении, Казахстана, Таджикистана, Кыргызстана рассмотрели обстановку.",
        "2006-06-22",
    )
    assert set(_participants(result)) == {"BLR", "RUS", "ARM", "KAZ", "TJK", "KGZ"}
    (meeting,) = result["meetings"]
    quotes = {p["state"].rsplit("/", 1)[-1]: p["quote"] for p in meeting["participants"]}
    assert "Кыргызстана" in quotes["KGZ"]


def test_one_russian_official_before_a_state_in_the_genitive(extract_json):
    result = extract_json(
        "На заседании Совета министров обороны ОДКБ в Минске министр обороны России "
        "рассмотрел обстановку.",
        "2006-06-22",
    )
    assert "RUS" in _participants(result)


def test_the_presidents_who_founded_the_bloc_are_not_at_its_meeting(extract_json):
    result = extract_json(
        "The SCO Council of Foreign Ministers met in Dushanbe on Wednesday. SCO was founded at "
        "a summit in Shanghai in 2001 by the Presidents of Russia, China, Kazakhstan, "
        "Tajikistan and Uzbekistan.",
        "2021-07-14",
    )
    read = {p["state"].rsplit("/", 1)[-1] for m in result["meetings"] for p in m["participants"]}
    assert not {"RUS", "CHN", "KAZ", "UZB"} & read


def _capacities(result: dict) -> dict[str, dict[str, str]]:
    return {
        m["label"]: {p["state"].rsplit("/", 1)[-1]: p["capacity"] for p in m["participants"]}
        for m in result["meetings"]
    }


def test_a_roll_of_people_each_with_de_and_their_state(extract_json):
    """Round 32: "presentes son X, de Alemania; Y, de los Estados Unidos; ...; y Z, de India":
    the people present, each of the state after "de" (an article or "del" included), the last
    after "y"."""
    result = extract_json(
        "La reunión de ministros de Finanzas del G20 tuvo lugar esta mañana en Buenos Aires. "
        "Los ministros de Finanzas presentes son Olaf Scholz, de Alemania; Zhu Guangyao, de "
        "China; Steven Mnuchin, de los Estados Unidos; Philip Hammond, del Reino Unido; y "
        "Arun Jaitley, de India.",
        "2018-03-19",
    )
    (meeting,) = result["meetings"]
    assert meeting["existing"].endswith("meeting/G20/fmcbg-2018-03")
    states = {p["state"].rsplit("/", 1)[-1] for p in meeting["participants"]}
    assert {"DEU", "CHN", "USA", "GBR", "IND"} <= states


def test_italian_taking_part_and_the_bloc_a_meeting_phrase_names_after_it(extract_json):
    """Round 32: "I Paesi coinvolti sono quelli del G-8 (Canada, ..., Gran Bretagna, ...)" takes
    part in Italian; and "della riunione dei ministri degli Esteri e dello sviluppo del G7" is
    the G7's meeting though ASEAN is named nearer before it (dev 712)."""
    summit = extract_json(
        "Si apre oggi all´Aquila il 35mo vertice del G8. I Paesi coinvolti sono quelli del G-8 "
        "(Canada, Francia, Germania, Giappone, Gran Bretagna, Italia, Russia e Stati Uniti).",
        "2009-07-08",
    )
    (meeting,) = summit["meetings"]
    assert meeting["existing"].endswith("meeting/G7/summit-35")
    states = {p["state"].rsplit("/", 1)[-1] for p in meeting["participants"]}
    assert states == {"CAN", "FRA", "DEU", "JPN", "GBR", "ITA", "RUS", "USA"}
    ministers = extract_json(
        "Il ministro degli Esteri sarà domani a Londra per partecipare alla ministeriale del "
        "G7. Oltre ai Paesi del G7 (Canada, Francia, Germania, Italia, Giappone, Stati Uniti e "
        "Regno Unito), alla ministeriale sono invitati anche l'India e l'Australia, oltre che il "
        "segretario generale dell'Associazione delle nazioni del Sud-est asiatico (Asean), che "
        "parteciperanno come ospiti a parti della riunione dei ministri degli Esteri e dello "
        "sviluppo del G7 di quest'anno.",
        "2021-05",
    )
    capacities = _capacities(ministers)
    assert not any("ASEAN" in label for label in capacities)
    (g7,) = capacities.values()
    assert g7["IND"] == g7["AUS"] == "guest"
    # (the record's meeting of 3-5 May 2021 in London: the United Kingdom its host)
    assert g7["CAN"] == "member" and g7["GBR"] == "host"
