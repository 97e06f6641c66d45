"""Round 28's bodies whose name belongs to one bloc only (meeting_finding.SELF_NAMING_BODIES):
"The European Council met", "Il vertice del Consiglio europeo", "el Consejo del Mercado Común"
name their bloc's meeting without the bloc being named, unlike a generic name ("the General
Assembly", "the Executive Council"), which still needs its bloc named nearby. A title before
the name ("the President of the European Council", "il chairman del Consiglio europeo") and
another body opening with the name ("the European Council on Foreign Relations") are no
meeting. The sentences are written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest


def _meetings(result: dict) -> list[tuple[str, str | None]]:
    return [
        (m["bloc"].rsplit("/", 1)[-1], (m["body"] or "").rsplit("/", 1)[-1] or None)
        for m in result["meetings"]
    ]


@pytest.mark.parametrize(
    ("text", "bloc", "body"),
    [
        (
            "The European Council met in Brussels on Tuesday with French President Emmanuel "
            "Macron.",
            "EU",
            "european-council",
        ),
        (
            "Il vertice del Consiglio europeo si è aperto oggi a Bruxelles con il premier "
            "italiano Giuseppe Conte.",
            "EU",
            "european-council",
        ),
        (
            "Do Brukseli zjechali premierzy i prezydenci 28 państw członkowskich na posiedzenie "
            "Rady Europejskiej.",
            "EU",
            "european-council",
        ),
        (
            "В Ереване состоялось заседание Евразийского межправительственного совета, в котором "
            "приняли участие премьер-министр Республики Армения и премьер-министр Республики "
            "Беларусь.",
            "EAEU",
            "eurasian-intergovernmental-council",
        ),
    ],
)
def test_the_body_alone_names_its_blocs_meeting(extract_json, text, bloc, body):
    result = extract_json(text, "2019-06-20")
    assert (bloc, body) in _meetings(result)
    (meeting,) = [m for m in result["meetings"] if m["body"] and m["body"].endswith(body)]
    assert meeting["participants"], meeting


def test_the_european_councils_meeting_has_the_day_and_the_state_named(extract_json):
    result = extract_json(
        "The European Council met in Brussels on Tuesday with French President Emmanuel Macron.",
        "2020-12-30",
    )
    (meeting,) = result["meetings"]
    assert meeting["start"] == "2020-12-29"
    assert meeting["city"] == "Brussels"
    assert {p["state"].rsplit("/", 1)[-1] for p in meeting["participants"]} == {"FRA"}


@pytest.mark.parametrize(
    "text",
    [
        "The President of the European Council, Charles Michel, spoke to reporters in Brussels "
        "on Tuesday with French President Emmanuel Macron.",
        "A prenderne parte sono stati il presidente cinese Xi Jinping, il chairman del "
        "Consiglio europeo, Charles Michel, e il presidente francese Emmanuel Macron.",
        "The European Council on Foreign Relations met in Berlin on Tuesday with French "
        "President Emmanuel Macron.",
    ],
)
def test_a_title_or_another_body_is_no_meeting(extract_json, text):
    result = extract_json(text, "2020-12-30")
    assert ("EU", "european-council") not in _meetings(result)


def test_a_generic_body_name_still_needs_its_bloc(extract_json):
    result = extract_json(
        "The Executive Council met in Addis Ababa on Tuesday with the foreign minister of Kenya.",
        "2020-12-30",
    )
    assert not any(b == "AU" for b, _ in _meetings(result))
