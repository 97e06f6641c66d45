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
