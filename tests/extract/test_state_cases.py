"""States named in Uzbek (Cyrillic and Latin letters), Kazakh, Kyrgyz and Ukrainian
(extract/languages.py): the names with the case endings these languages join to them, the
people after a name that make it a government's, and the verbs of taking part, arriving and
staying away (and Indonesian's of arriving). The sentences are written for these tests, not
taken from the corpus."""

from __future__ import annotations

import pytest

from blocgraph.extract.languages import turkic_forms


def test_turkic_forms_take_the_endings_of_their_script_but_not_the_locative():
    forms = set(turkic_forms("Туркманистон"))
    assert {"Туркманистон", "Туркманистондан", "Туркманистоннинг"} <= forms
    assert "Туркманистонда" not in forms  # "in Turkmenistan": a place, not a government
    assert "Туркманистонdan" not in forms  # a Latin ending on a Cyrillic name
    latin = set(turkic_forms("Qozog‘iston"))
    assert {"Qozog‘istonning", "Qozog'istondan", "Qozogʻiston"} <= latin
    assert {"Ресейдің", "Ресейден"} <= set(turkic_forms("Ресей"))
    assert {"АҚШнинг", "АҚШ-нинг"} <= set(turkic_forms("АҚШ"))


@pytest.mark.parametrize(
    "text, expected",
    [
        # Uzbek in Cyrillic: a name, a name in the ablative ("from Moldova")
        ("Қозоғистон Бош вазири ва Молдовадан вакил", ["KAZ", "MDA"]),
        # Uzbek in Latin letters, in two spellings of its apostrophe
        ("Qirg‘iziston bosh vaziri va Qozog'iston bosh vaziri", ["KGZ", "KAZ"]),
        # Kazakh and Kyrgyz, in the genitive
        ("Ресейдің Президенті және Өзбекстан Президенті", ["RUS", "UZB"]),
        ("Кыргызстандын жана Тажикстандын өкмөт башчылары", ["KGZ", "TJK"]),
        # the locative names a place: "the ambassador in Kyrgyzstan"
        ("Qirg‘izistondagi elchisi", []),
    ],
)
def test_state_mentions_in_uzbek_kazakh_and_kyrgyz(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


@pytest.mark.parametrize(
    "text, attend, absent",
    [
        ("Бош вазир мажлисда иштирок этди", True, False),
        ("Bosh vazir yig‘ilishda ishtirok etmadi", True, True),
        ("Премьер-министр отырысқа қатысты", True, False),
        ("Премьер-министр отырысқа қатыспады", False, True),
        ("Премьер-министр жыйынга катышкан жок", True, True),
        ("Tojikiston delegatsiyasi yetib keldi", True, False),
    ],
)
def test_taking_part_and_staying_away_in_uzbek_kazakh_and_kyrgyz(text, attend, absent):
    from blocgraph.extract.proposals import ABSENT, ATTEND

    assert (bool(ATTEND.search(text)), bool(ABSENT.search(text))) == (attend, absent)


def test_an_uzbek_report_reads_its_prime_ministers(extract_json):
    text = (
        "Тошкентда 2017 йил 3 ноябрь куни МДҲ давлатлари ҳукумат раҳбарлари мажлиси бўлиб "
        "ўтди. Мажлисда Қозоғистон Бош вазири, Тожикистон Бош вазири ва Туркманистондан Бош "
        "вазир ўринбосари иштирок этди."
    )
    result = extract_json(text, "2017-11-03")
    states = {p["state"].rsplit("/", 1)[-1] for m in result["meetings"] for p in m["participants"]}
    assert {"KAZ", "TJK", "TKM"} <= states


@pytest.mark.parametrize(
    "text, attend, absent",
    [
        ("Menlu Filipina tiba di Jakarta pada Selasa", True, False),
        ("Urutan kedatangan para delegasi yakni Singapura dan Malaysia", True, False),
        ("Pertemuan itu dihadiri oleh Presiden Vietnam", True, False),
        ("Hujan turun tiba-tiba di Jakarta", False, False),  # "suddenly"
        ("Presiden Myanmar tidak hadir dalam pertemuan", True, True),
    ],
)
def test_arriving_and_present_in_indonesian(text, attend, absent):
    from blocgraph.extract.proposals import ABSENT, ATTEND

    assert (bool(ATTEND.search(text)), bool(ABSENT.search(text))) == (attend, absent)


def test_an_indonesian_report_reads_the_order_of_arrivals(extract_json):
    text = (
        "Para Menteri Luar Negeri ASEAN melangsungkan pertemuan ASEAN Coordinating Council di "
        "Jakarta pada 3 Februari 2023. Urutan kedatangan para delegasi yakni Malaysia, Kamboja "
        "dan Filipina."
    )
    result = extract_json(text, "2023-02-03")
    states = {p["state"].rsplit("/", 1)[-1] for m in result["meetings"] for p in m["participants"]}
    assert {"MYS", "KHM", "PHL"} <= states


def test_ukrainian_cases():
    from blocgraph.extract.languages import ukrainian_cases

    assert ukrainian_cases("Вірменія") == ["Вірменія", "Вірменії", "Вірменію", "Вірменією"]
    assert {"України", "Україні", "Україною"} <= set(ukrainian_cases("Україна"))
    assert {"Польщі", "Польщею"} <= set(ukrainian_cases("Польща"))  # after a hushing letter
    assert {"Казахстану", "Казахстаном"} <= set(ukrainian_cases("Казахстан"))
    assert {"Китаю", "Китаєм"} <= set(ukrainian_cases("Китай"))
    assert "Білорусі" in ukrainian_cases("Білорусь")


def test_state_mentions_in_ukrainian(gaz):
    from blocgraph.extract.proposals import _matcher

    text = "У саміті беруть участь президенти Вірменії, Білорусії, Киргизії та Росії."
    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == ["ARM", "BLR", "KGZ", "RUS"]


def test_czech_slovak_and_hungarian_forms():
    from blocgraph.extract.languages import hungarian_forms, west_slavic_cases

    assert west_slavic_cases("Rusko") == ["Rusko", "Ruska", "Rusku", "Ruskem", "Ruskom"]
    assert {"Číny", "Číně", "Čínou"} <= set(west_slavic_cases("Čína"))
    assert "Francii" in west_slavic_cases("Francie")
    assert {"Oroszországot", "Oroszországnak", "Oroszországgal"} <= set(
        hungarian_forms("Oroszország")
    )
    assert {"Kínát", "Kínával"} <= set(hungarian_forms("Kína"))  # the final "a" lengthens
    assert "Oroszországban" not in hungarian_forms("Oroszország")  # "in Russia": a place


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Premiér Česka jednal s prezidentem Francie a kancléřem Německa", ["CZE", "FRA", "DEU"]),
        ("lídri Slovenska a Maďarska", ["SVK", "HUN"]),
        ("Németország kancellárja és Franciaország elnöke", ["DEU", "FRA"]),
    ],
)
def test_state_mentions_in_czech_slovak_and_hungarian(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected
