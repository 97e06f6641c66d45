"""A meeting's venue said in a locative case or with a postposition (extract/languages.py's
locative_forms): the case forms are made from the names the gazetteer knows, in the script each
language writes them in, and a venue read so gives the meeting its city and, where the city
gives a host, its host. The sentences are written for these tests or cut from read-set dev
reports (764, 634, 790, 580)."""

from __future__ import annotations

import pytest

from blocgraph.extract.languages import locative_forms, polish_locative
from blocgraph.extract.report import extract_report, to_json

ID = "https://w3id.org/blocgraph/id/"


@pytest.mark.parametrize(
    ("name", "form"),
    [
        # Kazakh and Kyrgyz: the ending follows the last vowel and the last sound
        ("Москва", "Москвада"),
        ("Бишкек", "Бишкекте"),
        ("Душанбе", "Душанбеде"),
        ("Мәскеу", "Мәскеуде"),
        ("Остона", "Остонада"),  # Uzbek
        # Azerbaijani, Turkish without the apostrophe, Hungarian, Finnish
        ("Düşənbə", "Düşənbədə"),
        ("Nur-Sultan", "Nur-Sultanda"),
        ("Budapest", "Budapesten"),
        ("Moszkva", "Moszkvában"),
        ("Madrid", "Madridissa"),
        # Nepali, Korean, Georgian and Armenian postpositions joined to the name
        ("काठमाडौं", "काठमाडौंमा"),
        ("서울", "서울에서"),
        ("თბილისი", "თბილისში"),
        ("Երևան", "Երևանում"),
        ("Մոսկվա", "Մոսկվայում"),
    ],
)
def test_a_place_takes_the_locative_endings_of_its_script(name, form):
    assert form in locative_forms(name)


def test_no_locative_of_a_short_or_a_two_word_name_and_no_latin_ending_on_cyrillic():
    assert locative_forms("Ош") == []
    assert locative_forms("Buenos Aires") == []
    assert not any(f.isascii() for f in locative_forms("Москва"))
    assert "Минскиде" not in locative_forms("Минск")


def test_the_polish_locative_softens_the_last_consonant():
    assert polish_locative("Berlin") == "Berlinie"
    assert polish_locative("Madryt") == "Madrycie"
    assert polish_locative("Warszawa") is None  # (a vowel's stem change: left out)


def test_the_gazetteer_knows_the_locatives_as_places_of_their_state(gaz):
    assert gaz.places["Москвада"] == "RUS" and gaz.locatives["Москвада"] == "Москва"
    assert gaz.places["Budapesten"] == "HUN" and gaz.locatives["Budapesten"] == "Budapest"
    assert gaz.places["Düşənbədə"] == "TJK"
    assert gaz.places["काठमाडौंमा"] == "NPL"


def _meeting(store, text, published):
    [m] = to_json(extract_report(text, published, store=store))["meetings"]
    return m


@pytest.mark.parametrize(
    ("text", "published", "bloc", "city", "host"),
    [
        # Kyrgyz (dev 764): "in Moscow" as a case ending, no preposition before it
        ("БИШКЕК. 26-октябрда Москвада Шанхай кызматташтык уюмунун өкмөт башчылар кеңешинин "
         "кезектеги отуруму башталды.", "2006-10-26", "SCO", "Moscow", "RUS"),
        # Azerbaijani (dev 634): a capital the gazetteer knows in Azerbaijani
        ("Tacikistanın paytaxtı Düşənbədə MDB Xarici İşlər Nazirləri Şurasının iclası "
         "başlayıb.", "2021-04-16", "CIS", "Dushanbe", "TJK"),
        # Hungarian: an informal meeting at home, hosted by the presidency
        ("Az Európai Unió külügyminisztereinek informális találkozója Budapesten kezdődött "
         "csütörtökön.", "2024-08-29", "EU", "Budapest", "HUN"),
        # Polish after "w" (dev 790)
        ("Wiceszef polskiej dyplomacji wziął udział w nieformalnym spotkaniu ministrów spraw "
         "zagranicznych NATO w Berlinie, które odbyło się w dniach 14-15 maja 2022 roku.",
         "2022-05-15", "NATO", "Berlin", "DEU"),
        # Nepali (dev 580) and Korean postpositions
        ("सार्क मुख्यसचिवस्तरीय चौथो सम्मेलन बिहीबार र शुक्रबार काठमाडौंमा हुने भएको छ ।",
         "2016-06-08", "SAARC", "Kathmandu", "NPL"),
        ("G20 재정장관 회의가 22일 서울에서 개막되였습니다.", "2010-10-22", "G20", "Seoul", "KOR"),
        # Bulgarian: Brussels, NATO's seat, is the venue; Belgium does not host
        ("Срещата на външните министри на НАТО се проведе в Брюксел на 4 април 2023 г.",
         "2023-04-05", "NATO", "Brussels", None),
    ],
)  # fmt: skip
def test_a_venue_in_a_locative_case_gives_the_city_and_its_host(
    store, text, published, bloc, city, host
):
    m = _meeting(store, text, published)
    assert m["bloc"] == ID + "bloc/" + bloc
    assert m["city"] == city
    assert m["host"] == (ID + "state/" + host if host else None)


def test_a_polish_locative_is_no_venue_without_its_preposition(store):
    # "Bernie" is Bern's Polish locative and a given name: only "w Bernie" is in Bern
    m = _meeting(
        store, "Bernie Sanders criticised the NATO summit, held on 11 July 2023.", "2023-07-11"
    )
    assert m["city"] is None and m["host"] is None
