"""Round 38: rolls of people with their states, and names that are no states.

- "têm a participação do embaixador da Índia ... e dos ministros ... - Wang Yi (China), Sergey
  Lavrov (Rússia)": the noun of taking part ("participação", "participación") is a verb's cue.
- "Akan Rakhmetullin (Cazaquistão); Bruno Eduardo Rodríguez Parrilla (Cuba); ...": a roll whose
  items are people with their state in brackets goes on past each semicolon.
- "Usbequistão": Brazil's spelling of Uzbekistan.
- "nesta terça-feira, 29, da última plenária": a weekday with its day between commas.
- "la Octava Reunión de Consulta": Spanish's meeting, not Réunion.
- "o chanceler brasileiro Carlos Alberto França": a person's surname, not France.
- "заседание руководителей ... ведомств Беларуси, Индии" (the heads of): who takes part;
  "проходит" (is being held): a meeting under way; "коллеги из Армении" (counterparts from):
  people, not a place.
- A sentence that names no meeting ("Министр прибыл в Армению из Азербайджана, где он
  находился 14−15 августа") does not move the day a meeting was given.
- "Eight OPEC+ countries, Saudi Arabia, Russia, ... and Oman, agreed ... during a virtual
  meeting": a counted group that opens the sentence, with as many states in apposition.
- "which is to kick off Wednesday": a weekday after a verb of opening to come, the coming one.
"""

from __future__ import annotations

RIO_2025 = (
    "Representantes da diplomacia dos países do Brics participam na manhã desta terça-feira, 29, "
    "da última plenária da reunião de chanceleres do grupo, no Palácio do Itamaraty, na região "
    "central do Rio de Janeiro.\n\n"
    "Os trabalhos, coordenados pelo embaixador Mauro Vieira, ministro das Relações Exteriores do "
    "Brasil, têm a participação do embaixador da Índia Dammu Ravi e dos ministros de relações "
    "internacionais de outros países fundadores do grupo - Wang Yi (China), Sergey Lavrov "
    "(Rússia) e Ronald Lamola (África do Sul).\n\n"
    "Também participam autoridades de relações exteriores de outros países: Reem Al-Hashimy "
    "(Emirados Árabes Unidos), Akan Rakhmetullin (Cazaquistão); Bruno Eduardo Rodríguez "
    "Parrilla (Cuba); Dato' Seri Utama Haji Mohamad bin Hasan (Malásia); Yusuf Maitama Tuggar "
    "(Nigéria); Odongo Jeje Abubakhar (Uganda) e Furkat Sidikov (Usbequistão)."
)


def _states(meeting: dict) -> dict[str, tuple[str, str]]:
    return {
        p["state"].rsplit("/", 1)[-1]: (p["capacity"], p["attendance"])
        for p in meeting["participants"]
    }


def test_a_roll_of_people_with_their_states_in_brackets(extract_json):
    (meeting,) = extract_json(RIO_2025, "2025-04")["meetings"]
    states = _states(meeting)
    # the founders, named after "têm a participação"
    for iso3 in ("IND", "CHN", "RUS", "ZAF"):
        assert states[iso3] == ("member", "attended"), iso3
    # the roll after the semicolons, to its last item in Brazil's spelling
    for iso3 in ("CUB", "MYS", "NGA", "UGA", "UZB"):
        assert states[iso3] == ("partner-country", "attended"), iso3
    assert states["BRA"] == ("host", "attended")


def test_a_weekday_with_its_day_between_commas(extract_json):
    (meeting,) = extract_json(RIO_2025, "2025-04")["meetings"]
    assert (meeting["start"], meeting["end"]) == ("2025-04-29", "2025-04-29")
    # a weekday that does not fall on that day in the month pins nothing
    wrong_day = RIO_2025.replace("terça-feira, 29,", "quarta-feira, 29,")
    (meeting,) = extract_json(wrong_day, "2025-04")["meetings"]
    assert meeting["start"] is None


def test_a_meeting_called_reunion_is_not_reunion_island(extract_json):
    text = (
        "La ministra de Exteriores de Honduras, que preside la XXXIX Asamblea General de la OEA, "
        "pidió la ratificación. La resolución VI adoptada el 31 de enero de 1962 en la Octava "
        "Reunión de Consulta de ministros de Exteriores de la OEA excluyó a Cuba de su "
        "participación."
    )
    states = {s for m in extract_json(text, "2009-06-03")["meetings"] for s in _states(m)}
    assert "REU" not in states


def test_a_surname_that_is_a_states_name(extract_json):
    text = (
        "Realizada por meio de videoconferência, a reunião dos chanceleres do BRICS contou com "
        "a participação do chanceler brasileiro Carlos Alberto França e seus homólogos da "
        "Índia, Subrahmanyam Jaishankar; da Rússia, Sergey Lavrov; da China, Wang Yi; e da "
        "África do Sul, Naledi Pandor."
    )
    (meeting,) = extract_json(text, "2021-06-01")["meetings"]
    states = _states(meeting)
    assert "FRA" not in states
    assert {"IND", "RUS", "CHN", "ZAF"} <= set(states)
    # a state after a title in two capitalised words is still the state
    text = (
        "KTT ASEAN ke-3 berlangsung di Manila pada 14-15 Desember 1987. Dalam rangkaian acara "
        "KTT ASEAN ke-3 itu juga hadir Perdana Menteri Jepang, Noboru Takeshita."
    )
    states = {s for m in extract_json(text, "1987-12-16")["meetings"] for s in _states(m)}
    assert "JPN" in states


def test_russian_heads_of_agencies_at_a_meeting_under_way(extract_json):
    text = (
        "Бишкек, 26.02.26 /Кабар/. В Бишкеке проходит первое заседание руководителей "
        "структурных подразделений международного военного сотрудничества оборонных ведомств "
        "Беларуси, Индии, Ирана, Казахстана, Китая, Кыргызстана, Пакистана, России, "
        "Таджикистана и Узбекистана, а также представителей Секретариата ШОС.\n"
        "По итогам заседания представителями государств - членов ШОС будет подписан протокол "
        "заседания."
    )
    (meeting,) = extract_json(text, "2026-02-26")["meetings"]
    states = _states(meeting)
    # "руководителей ... ведомств <states>": the heads the meeting brings together
    assert set(states) == {"BLR", "IND", "IRN", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"}
    # "проходит" (is being held): held, though a later sentence says "будет подписан"
    assert meeting["status"] == "held"
    assert states["RUS"] == ("member", "attended")


def test_russian_counterparts_from_a_list_of_states(extract_json):
    text = (
        "Заседание Комитета секретарей советов безопасности государств, входящих в ОДКБ, "
        "проходит в пятницу в Ереване. В мероприятии участвуют его коллеги из Армении, "
        "Казахстана, Киргизии и Таджикистана."
    )
    (meeting,) = extract_json(text, "2022-06-17")["meetings"]
    # "коллеги из" (counterparts from): the people of the states, not a place they came from
    assert {"KAZ", "TJK"} <= set(_states(meeting))


def test_a_sentence_without_a_meeting_does_not_move_its_day(extract_json):
    text = (
        "Глава военного ведомства России генерал армии Сергей Шойгу прибыл в Ереван для участия "
        "в заседании Совета министров обороны Организации Договора о коллективной безопасности "
        "16 августа. Министр прибыл в Армению из Азербайджана, где он находился 14−15 августа с "
        "кратким рабочим визитом."
    )
    (meeting,) = extract_json(text, "2016-08-16")["meetings"]
    assert (meeting["start"], meeting["end"]) == ("2016-08-16", "2016-08-16")


OPEC_PLUS_EIGHT = (
    "ALMATY – Eight OPEC+ countries, Saudi Arabia, Russia, Iraq, the United Arab Emirates, "
    "Kuwait, Kazakhstan, Algeria and Oman, agreed to gradually resume oil production adjustments "
    "during a virtual meeting held on March 1, reported the organization’s press service."
)


def test_a_counted_group_with_its_states_in_apposition(extract_json):
    (meeting,) = extract_json(OPEC_PLUS_EIGHT, "2026-03-02")["meetings"]
    states = _states(meeting)
    assert set(states) == {"SAU", "RUS", "IRQ", "ARE", "KWT", "KAZ", "DZA", "OMN"}
    # capacities from the knowledge base: Russia, Kazakhstan and Oman are no OPEC members
    assert states["RUS"] == ("guest", "attended")
    assert states["SAU"] == ("member", "attended")
    assert meeting["start"] == "2026-03-01"


def test_a_count_that_does_not_fit_its_list_names_nobody(extract_json):
    # seven said, eight listed: not the apposition of the group
    text = OPEC_PLUS_EIGHT.replace("Eight OPEC+", "Seven OPEC+")
    (meeting,) = extract_json(text, "2026-03-02")["meetings"]
    assert meeting["participants"] == []


def test_a_weekday_after_a_verb_of_opening_to_come(extract_json):
    text = (
        "BANDAR SERI BEGAWAN -- The 23rd Association of Southeast Asian Nations (ASEAN) Summit, "
        "which is to kick off Wednesday, will reaffirm the goal of realizing an ASEAN Community "
        "by 2015."
    )
    (meeting,) = extract_json(text, "2013-10-08")["meetings"]
    # published on a Tuesday: the Wednesday to come, not the one before
    assert meeting["start"] == "2013-10-09"
    # "ended Sunday" stays the past one
    past = "The 23rd ASEAN Summit ended Sunday in Bandar Seri Begawan."
    (meeting,) = extract_json(past, "2013-10-08")["meetings"]
    assert meeting["start"] == "2013-10-06"
