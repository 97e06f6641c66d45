"""States named in the forms other languages give them (extract/gazetteer.py, proposals.py):
German adjectives before a title and genitives, Spanish, Portuguese, French and Italian
demonyms in both genders and numbers, after a title and its complement or, capitalised, between
an article and a name; and the capacities the text states in those languages. The sentences
are written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from blocgraph.extract.gazetteer import german_demonyms, romance_demonyms


def test_romance_demonyms_in_their_genders_numbers_and_capitals():
    forms = dict(romance_demonyms())
    assert forms["argentina"] == forms["argentinos"] == forms["Argentino"] == "ARG"
    assert forms["algérienne"] == forms["Algérien"] == "DZA"
    assert forms["alemã"] == forms["alemana"] == forms["alemanes"] == "DEU"
    assert forms["giapponese"] == "JPN"


def test_german_demonyms_in_their_endings_and_only_in_lower_case():
    forms = dict(german_demonyms())
    assert {forms[w] for w in ("russische", "russischen", "russischer", "russisches")} == {"RUS"}
    assert "Deutsche" not in forms  # "Deutsche Bank": a name's part


@pytest.mark.parametrize(
    "text, expected",
    [
        # German: an adjective before a title, a genitive before one
        ("Der irakische Ministerpräsident Haidar al-Abadi nimmt teil.", ["IRQ"]),
        ("des chinesischen Außenministers Wang Yi", ["CHN"]),
        ("Die deutsche G7-Präsidentschaft lädt ein.", ["DEU"]),
        ("Russlands Präsident und Kanadas Premierminister", ["RUS", "CAN"]),
        ("die Präsidentin Chiles", ["CHL"]),
        ("die russische Sprache und die deutsche Wirtschaft", []),  # no government
        ("Deutsche Bank officials said", []),
        # French: a capitalised demonym between an article and a name, after a title
        ("le Mauritanien Mohamed Ould Abdel Aziz et le Sénégalais Macky Sall", ["MRT", "SEN"]),
        ("Le président Gabonais, Ali Bongo Ondimba", ["GAB"]),
        ("le ministre des Affaires étrangères algérien Ramtane Lamamra", ["DZA"]),
        ("le chef de l'Etat tchadien et la chancelière allemande", ["TCD", "DEU"]),
        ("la cuisine sénégalaise", []),  # a nationality, not a government
        # Spanish, Portuguese, Italian
        ("seguido por el iraquí, Yalal Talabani", ["IRQ"]),
        ("el ministro de Relaciones Exteriores peruano", ["PER"]),
        ("o presidente angolano e a chanceler alemã", ["AGO", "DEU"]),
        ("il primo ministro giapponese Fumio Kishida e il cancelliere tedesco", ["JPN", "DEU"]),
        ("i leader di Francia, Regno Unito e Stati Uniti", ["FRA", "GBR", "USA"]),
        ("los presidentes de Argelia y Emiratos Árabes", ["DZA", "ARE"]),
        # Arabic: Oman after its sultan's title (alone, "عمان" is also Amman)
        ("وشارك سلطان عمان هيثم بن طارق", ["OMN"]),
    ],
)
def test_state_forms_in_other_languages(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


@pytest.mark.parametrize(
    "phrase, capacity",
    [
        ("como observador", "observer"),
        ("en tant qu'observateurs", "observer"),
        ("als Beobachter", "observer"),
        ("in qualità di osservatore", "observer"),
        ("als Gast", "guest"),
        ("come ospite", "guest"),
        ("socios de diálogo", "dialogue-partner"),
        ("partenaires de dialogue", "dialogue-partner"),
        ("país sede", "host"),
        ("pays hôte", "host"),
        ("Estados partes", "member"),
        ("États membres", "member"),
    ],
)
def test_capacity_words_in_other_languages(phrase, capacity):
    from blocgraph.extract.proposals import _capacity_word

    # the capacity word closes the phrase before a list ("observer states X and Y")
    assert _capacity_word(phrase, at_end=True) == capacity


@pytest.mark.parametrize(
    "text, expected",
    [
        # Indonesian: the office right before the state, no preposition between
        (
            "KTT ASEAN ke-35 digelar di Bangkok pada 2 November 2019. Pemimpin yang menghadiri "
            "KTT adalah Perdana Menteri Kamboja Hun Sen, Presiden Filipina Rodrigo Duterte dan "
            "Menteri Luar Negeri Singapura Vivian Balakrishnan.",
            ["KHM", "PHL", "SGP", "THA"],
        ),
        # Vietnamese: the same order
        (
            "Hội nghị Cấp cao ASEAN lần thứ 35 khai mạc tại Bangkok ngày 2/11/2019. Thủ tướng "
            "Malaysia Mahathir Mohamad và Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan "
            "phát biểu tại hội nghị.",
            ["MYS", "SGP", "THA"],
        ),
        # ministers travelling "ke" (to) a state after the summit: no office of that state
        (
            "KTT ASEAN ke-35 digelar di Bangkok pada 2 November 2019. Para menteri KTT kemudian "
            "berkunjung ke Kamboja dan Filipina.",
            ["THA"],
        ),
    ],
)
def test_an_official_named_by_office_before_the_state_takes_part(extract_json, text, expected):
    """Indonesian, Malay and Vietnamese write an official's office right before the state's
    name ("Perdana Menteri Kamboja", "Thủ tướng Malaysia"): the state takes part, as it does
    for "Cambodian Prime Minister" (proposals._BARE_OFFICIAL_BEFORE)."""
    (meeting,) = extract_json(text, None)["meetings"]
    assert sorted(p["state"].rsplit("/", 1)[-1] for p in meeting["participants"]) == expected
