"""A meeting's last day read from its length in the corpus's other main languages: "una cumbre
de dos días", "dwudniowy szczyt", opened on the day the sentence gives."""

from __future__ import annotations

from blocgraph.extract.dates import PartialDate, find_dates, foreign_duration_days
from blocgraph.extract.report import extract_report, to_json


def test_foreign_duration_words():
    assert foreign_duration_days("una cumbre de dos días en Lima") == 2
    assert foreign_duration_days("uma cúpula de três dias") == 3
    assert foreign_duration_days("un sommet de deux jours") == 2
    assert foreign_duration_days("il vertice di due giorni") == 2
    assert foreign_duration_days("der zweitägige Gipfel") == 2
    assert foreign_duration_days("двухдневный саммит") == 2
    assert foreign_duration_days("trzydniowe spotkanie") == 3
    assert foreign_duration_days("la cumbre del martes") is None


def _dates(text: str, published: str, store) -> tuple[str | None, str | None]:
    meeting = to_json(extract_report(text, published, store=store))["meetings"][0]
    return meeting["start"], meeting["end"]


def test_opening_day_and_length_give_the_last_day(store):
    text = (
        "Los presidentes del Mercosur iniciaron este lunes en Montevideo una cumbre de dos días "
        "sobre el comercio regional."
    )
    assert _dates(text, "2019-12-02", store) == ("2019-12-02", "2019-12-03")
    text = (
        "Os líderes do G20 começaram nesta segunda-feira em Los Cabos uma cúpula de dois dias "
        "sobre a economia mundial."
    )
    assert _dates(text, "2012-06-18", store) == ("2012-06-18", "2012-06-19")
    # the first day by its number alone: the quote would not hold the last
    text = "Dnia 15 października rozpocznie się dwudniowy szczyt NATO w Brukseli."
    assert _dates(text, "2020-10-13", store) == ("2020-10-15", "2020-10-15")


def test_opening_day_with_its_weekday_and_length_give_the_last_day(store):
    """ "W czwartek 15 października rozpocznie się dwudniowy szczyt": the first day written with
    its weekday, as good as "this Monday" (the quote holds a day word for the last day)."""
    text = "W czwartek 15 października rozpocznie się dwudniowy szczyt NATO w Brukseli."
    assert _dates(text, "2020-10-13", store) == ("2020-10-15", "2020-10-16")
    text = "Am Dienstag, 14. April beginnt das zweitägige Treffen der G7-Außenminister in Lübeck."
    assert _dates(text, "2015-04-10", store) == ("2015-04-14", "2015-04-15")
    # no opening verb: which day of the two it is, the sentence does not say
    text = "W czwartek 15 października trwa dwudniowy szczyt NATO w Brukseli."
    assert _dates(text, "2020-10-13", store) == ("2020-10-15", "2020-10-15")


def test_length_without_an_opening_keeps_the_one_day(store):
    # which day of the two the date is, the sentence does not say
    text = (
        "Los presidentes del Mercosur se reunieron este lunes en Montevideo, en una cumbre de dos "
        "días."
    )
    assert _dates(text, "2019-12-02", store) == ("2019-12-02", "2019-12-02")


def test_consecutive_weekdays_are_the_meetings_days(store):
    text = "EU leaders meet in Brussels on Thursday and Friday to discuss migration."
    assert _dates(text, "2017-06-23", store) == ("2017-06-22", "2017-06-23")
    text = "NATO defence ministers will meet in Brussels on Monday through Wednesday."
    assert _dates(text, "2017-06-23", store) == ("2017-06-26", "2017-06-28")
    # two days apart: two days, not the days between them
    text = "EU leaders meet in Brussels on Monday and Thursday to discuss migration."
    assert _dates(text, "2017-06-23", store) == ("2017-06-19", "2017-06-19")


def _days(sentence: str, published: PartialDate) -> list[tuple[str, str]]:
    return [(str(d.start), str(d.end)) for d in find_dates(sentence, published, future=True)]


def test_consecutive_weekdays_in_other_languages():
    monday = PartialDate(2024, 6, 24)
    thursday_friday = [("2024-06-27", "2024-06-28")]
    assert _days("Los ministros se reúnen el jueves y viernes en Lima.", monday) == thursday_friday
    assert _days("Die Minister tagen am Donnerstag und Freitag in Berlin.", monday) == (
        thursday_friday
    )
    assert _days("Министры встретятся в четверг и пятницу в Минске.", monday) == thursday_friday
    assert _days("Les ministres se réunissent jeudi et vendredi à Paris.", monday) == (
        thursday_friday
    )
    # not the day after: two days, not the days between them
    assert _days("Los ministros hablan el jueves y el domingo.", monday) == [
        ("2024-06-27", "2024-06-27"),
        ("2024-06-30", "2024-06-30"),
    ]
    assert _days("Министры встретятся в четверг и обсудят торговлю.", monday) == [
        ("2024-06-27", "2024-06-27")
    ]


def test_opened_before_its_name_and_the_two_day_summit_later(store):
    text = (
        "Leaders of the Gulf Cooperation Council (GCC) states started the 40th session of the GCC "
        "Supreme Council here on Tuesday. Trade tops the agenda of the two-day summit, officials "
        "said."
    )
    assert _dates(text, "2019-12-11", store) == ("2019-12-10", "2019-12-11")


def test_dateline_day_that_opened_today_and_the_two_day_summit_later(store):
    text = (
        "Kathmandu, Nov 26: The 18th summit of the South Asian Association for Regional "
        "Cooperation (SAARC) opened here today with an address by the host. The two-day summit "
        "is expected to adopt a declaration on connectivity."
    )
    assert _dates(text, "2014-11-26", store) == ("2014-11-26", "2014-11-27")


def test_the_coming_weekday_in_spanish_and_portuguese():
    """ "los próximos jueves y viernes", "na próxima segunda-feira": the weekdays to come (a
    week on where the report is of that weekday), the second joined by "y" the last day."""
    monday = PartialDate(2015, 7, 13)

    def days(text: str) -> tuple[str, str]:
        found = find_dates(text, monday)[0]
        return str(found.start), str(found.end)

    cumbre = "La cumbre del bloque, que los próximos jueves y viernes se celebra en Brasilia."
    assert days(cumbre) == ("2015-07-16", "2015-07-17")
    assert days("La reunión será el próximo lunes en Asunción.") == ("2015-07-20", "2015-07-20")
    assert days("A cúpula será na próxima segunda-feira.") == ("2015-07-20", "2015-07-20")
    assert days("La cumbre se celebra este lunes.") == ("2015-07-13", "2015-07-13")


def test_dates_in_the_slavic_languages():
    """Serbo-Croatian, Czech and Slovak write the day with its dot and the month in the
    genitive ("11 - 15. oktobra 2019", "23. června 2025"), Bulgarian the month's own name ("от
    16 до 19 ноември 2018")."""
    published = PartialDate(2019)
    assert _days("u periodu 11 - 15. oktobra 2019. godine", published) == [
        ("2019-10-11", "2019-10-15")
    ]
    assert _days("od 11. do 15. oktobra 2019", published) == [("2019-10-11", "2019-10-15")]
    assert _days("Састанак ће бити одржан 23. јуна 2025.", published) == [
        ("2025-06-23", "2025-06-23")
    ]
    assert _days("se v pondělí 23. června 2025 zúčastní zasedání", published) == [
        ("2025-06-23", "2025-06-23")
    ]
    assert _days("zasadnutie 29. apríla 2017", published) == [("2017-04-29", "2017-04-29")]
    assert _days("се проведе от 16 до 19 ноември 2018", published) == [("2018-11-16", "2018-11-19")]
    # Croatian's "listopada" is October, Polish's November: left to Polish
    assert _days("15 listopada 2019", published) == [("2019-11-15", "2019-11-15")]


def test_a_range_written_with_a_minus_sign_or_a_non_breaking_hyphen():
    """ "3−4 April" (U+2212) and "9‑10 October" (U+2011) are ranges as "3-4 April" is."""
    published = PartialDate(2025, 2, 17)
    assert _days("will visit Uzbekistan on 3−4 April to participate", published) == [
        ("2025-04-03", "2025-04-04")
    ]
    assert _days("On 9‑10 October 2025, Dushanbe will host", published) == [
        ("2025-10-09", "2025-10-10")
    ]


def test_held_this_morning_and_going_on_until_tomorrow(store):
    """ "tuvo lugar esta mañana ..., donde se extenderá hasta mañana": today and tomorrow."""
    text = (
        "La reunión de ministros de Finanzas del G20 tuvo lugar esta mañana en Buenos Aires, "
        "donde se extenderá hasta mañana."
    )
    assert _dates(text, "2018-03-19", store) == ("2018-03-19", "2018-03-20")
    alone = "La reunión de ministros de Finanzas del G20 tuvo lugar esta mañana en Buenos Aires."
    assert _dates(alone, "2018-03-19", store) == ("2018-03-19", "2018-03-19")


def test_the_second_and_final_day(store):
    """ "on Tuesday for the second and final day of meetings": Monday and Tuesday."""
    text = (
        "BRICS foreign ministers gathered in Rio de Janeiro on Tuesday for the second and final "
        "day of meetings."
    )
    assert _dates(text, "2025-04-30", store) == ("2025-04-28", "2025-04-29")


def test_an_assembly_held_in_a_city_is_hosted_by_its_state(store):
    """ "The OAS General Assembly ends on Tuesday in Lima", "La Asamblea General de la OEA se
    celebra en Lima": an assembly in a city is held there, as a summit is."""
    for text in (
        "The OAS General Assembly ends on Tuesday in Lima.",
        "La Asamblea General de la OEA se celebra en Lima.",
        "La OEA inaugura este domingo su XLI Asamblea General en San Salvador.",
    ):
        meeting = to_json(extract_report(text, "2010-06-08", store=store))["meetings"][0]
        assert meeting["host"].rsplit("/", 1)[-1] in ("PER", "SLV"), text


def test_a_city_of_a_state_named_by_its_adjective_in_other_languages(store):
    """ "en la ciudad argentina de Mendoza", "dans la ville française d'Évian", "в киргизском
    городе Чолпон-Ата": the place noun, the state's adjective and the city, as English's "the
    German town of Muenster"; the state hosts the meeting held there."""
    cases = {
        "La cumbre del Mercosur se celebra en la ciudad argentina de Mendoza.": "ARG",
        "Le sommet du G8 s'ouvre dans la ville française d'Évian.": "FRA",
        "30 июня в киргизском городе Чолпон-Ата пройдет заседание совета министров "
        "иностранных дел ОДКБ.": "KGZ",
    }
    for text, host in cases.items():
        meeting = to_json(extract_report(text, "2019-06-28", store=store))["meetings"][0]
        assert meeting["host"].rsplit("/", 1)[-1] == host, text
    # an adjective that is no state's gives no host
    text = "La cumbre del Mercosur se celebra en la ciudad fronteriza de Foz."
    meeting = to_json(extract_report(text, "2019-06-28", store=store))["meetings"][0]
    assert meeting["host"] is None


def test_a_convention_centre_named_for_its_city_is_the_venue(store):
    """ "closed on Monday at the Kuala Lumpur Convention Center": the hall's city is the
    venue, its state the host."""
    text = (
        "The 11th ASEAN Summit closed on Monday at the Kuala Lumpur Convention Center with the "
        "signing of the charter."
    )
    meeting = to_json(extract_report(text, "2005-12-13", store=store))["meetings"][0]
    assert meeting["host"].rsplit("/", 1)[-1] == "MYS"


def test_from_a_weekday_is_the_first_day():
    """ "will host from Monday the 46th General Assembly": the Monday it begins on;
    "from Monday to Wednesday" the days between."""
    saturday = PartialDate(2016, 6, 11)
    assert _days("the country will host from Monday the 46th General Assembly", saturday) == [
        ("2016-06-13", "2016-06-13")
    ]
    assert _days("the ministers meet from Monday to Wednesday in Lima", saturday) == [
        ("2016-06-13", "2016-06-15")
    ]


def test_an_arabic_range_joined_by_the_tatweel(store):
    """ "الموافق 21 ـ 23 [كانون الأول] ديسمبر 1992م": two days joined by the tatweel (which the
    Arabic reading drops, leaving its two spaces), the month's Levantine name in brackets
    before its common one."""
    assert _days("الموافق 21  23 [كانون الأول] ديسمبر 1992م", PartialDate(1992)) == [
        ("1992-12-21", "1992-12-23")
    ]
    text = (
        "عقد المجلس الأعلى لمجلس التعاون لدول الخليج العربية دورته السادسة عشرة في مسقط خلال "
        "الفترة من 12 ـ 14 رجب 1416هـ الموافق 4 ـ 6 ديسمبر 1995م."
    )
    assert _dates(text, "1995-12-07", store) == ("1995-12-04", "1995-12-06")


def test_the_day_a_verb_of_opening_gives_is_the_first(store):
    """ "a été élu lundi, lors du 12e Sommet ... ouvert dimanche": the day the summit opened
    on is its first, the other day an act's within it; "ouvert dimanche" is a past day even
    in a sentence that speaks of the months to come, "sera ouvert dimanche" a coming one."""
    text = (
        "Le dirigeant libyen Mouammar Kadhafi a été élu lundi, lors du 12e Sommet de l'Union "
        "africaine ouvert dimanche à Addis-Abéba, pour les douze prochains mois."
    )
    assert _dates(text, "2009-02-02", store) == ("2009-02-01", "2009-02-01")
    monday = PartialDate(2009, 2, 2)
    assert [str(d.start) for d in find_dates("le sommet sera ouvert dimanche", monday, True)] == [
        "2009-02-08"
    ]


def test_a_weekday_after_a_present_verb_of_opening_is_the_coming_one():
    """ "Le sommet du G20 débute ce jeudi" on a Tuesday is two days on, not five days back; a
    verb of closing in the past still reads the weekday back."""
    tuesday = PartialDate(2011, 11, 1)

    def first_day(text: str) -> str:
        return str(find_dates(text, tuesday)[0].start)

    assert first_day("Le sommet du G20 débute ce jeudi.") == "2011-11-03"
    assert first_day("La cumbre comienza este jueves en Lima.") == "2011-11-03"
    assert first_day("A cúpula começa nesta quinta-feira.") == "2011-11-03"
    assert first_day("Le sommet s'est ouvert ce jeudi.") == "2011-10-27"
    assert first_day("La cumbre concluyó este jueves.") == "2011-10-27"
