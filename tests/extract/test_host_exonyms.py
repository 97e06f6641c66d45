"""The host read from the city a report in Spanish, Portuguese, French, German or Arabic names
in its own language ("en Riad", "à Manille", "em Montevidéu", "in Luxemburg", "في الكويت"):
the capitals and the blocs' cities by their exonyms (languages.EXONYMS, round 17)."""

from __future__ import annotations

import pytest


def _tail(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


@pytest.mark.parametrize(
    ("text", "published", "host", "city"),
    [
        (
            "La cumbre de la OPEP se celebró el sábado en Riad. Argelia y Venezuela participaron.",
            "2007-11-18",
            "SAU",
            "Riad",
        ),
        (
            "Le sommet de l'ASEAN s'est ouvert lundi à Manille avec la participation du Vietnam.",
            "2017-11-13",
            "PHL",
            "Manille",
        ),
        (
            "A cúpula do Mercosul foi realizada na terça-feira em Montevidéu. O Brasil participou.",
            "2011-12-20",
            "URY",
            "Montevidéu",
        ),
        (
            "Am 15. September wird in Luxemburg ein informelles Treffen der Minister für "
            "Landwirtschaft der EU stattfinden.",
            "2015-09-10",
            "LUX",
            "Luxemburg",
        ),
    ],
)
def test_a_city_named_in_the_reports_language_gives_the_host(
    extract_json, text, published, host, city
):
    meetings = extract_json(text, published)["meetings"]
    assert meetings, text
    meeting = meetings[0]
    assert _tail(meeting["host"]) == host
    assert meeting["city"] == city
    assert city in meeting["host_quote"]  # the quote names the place that gives the host
