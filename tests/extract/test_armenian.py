"""Reports in Armenian (extract/armenian.py): states, blocs and bodies named in their cases,
dates with the month before the day, the full stop written as a colon, the verbs of taking
part, coming and staying away, and the group of "the heads of the EAEU member states".

The sentences are written for these tests in the wording of Armenian agencies' reports; the
meetings they name are the knowledge base's."""

from __future__ import annotations

import pytest

from blocgraph.extract import armenian
from blocgraph.extract.dates import PartialDate, find_dates


def _states(meeting: dict) -> dict[str, dict]:
    return {p["state"].rsplit("/", 1)[-1]: p for p in meeting["participants"]}


def test_armenian_forms_decline_the_last_word_and_keep_both_spellings():
    assert {"Ուկրաինայի", "Ուկրաինայից", "Ուկրաինան"} <= set(armenian.forms("Ուկրաինա"))
    assert {"Ղազախստանի", "Ղազախստանից", "Ղազախստանը"} <= set(armenian.forms("Ղազախստան"))
    # "-ություն" changes its stem; "խորհուրդ" drops its "ու"
    assert "Եվրասիական տնտեսական միության" in armenian.forms("Եվրասիական տնտեսական միություն")
    assert "Հավաքական անվտանգության խորհրդի" in armenian.forms("Հավաքական անվտանգության խորհուրդ")
    # an abbreviation takes its ending after a hyphen
    assert {"ԵԱՏՄ-ի", "ԵԱՏՄ-ում"} <= set(armenian.forms("ԵԱՏՄ"))
    # "և" is also written "եւ"
    assert "Երեւանում" in armenian.forms("Երևան")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ռուսաստանի վարչապետ Դմիտրի Մեդվեդևը և Բելառուսի վարչապետը", ["RUS", "BLR"]),
        ("Ղազախստանի և Ղրղզստանի կառավարությունների ղեկավարները", ["KAZ", "KGZ"]),
        # the locative names a place: "the situation in Syria and in Iran"
        ("Սիրիայում եւ Իրանում տիրող իրավիճակը", []),
        # where someone goes, in the nominative by the verb of going, is no party: "instead of
        # taking part, the Prime Minister of Armenia left for Georgia"
        ("մասնակցելու փոխարեն Հայաստանի վարչապետը մեկնել է Վրաստան", ["ARM"]),
        ("Հայաստանի վարչապետը Վրաստան կժամանի", ["ARM"]),
        # but a genitive after the verb is whose: "the Prime Minister of Armenia has left"
        ("Բիշքեկ է մեկնել Հայաստանի վարչապետ Կարեն Կարապետյանը", ["ARM"]),
    ],
)
def test_states_named_in_armenian(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


def test_armenian_dates_put_the_month_before_the_day():
    (span,) = find_dates("կանցկացվի 2023 թ. հոկտեմբերի 26-27-ը Բիշքեկում", None)
    assert (span.start, span.end) == (PartialDate(2023, 10, 26), PartialDate(2023, 10, 27))
    # "today, 20 May": both say the same day
    days = find_dates("այսօր՝ մայիսի 20-ին Հայաստանում մեկնարկում է", PartialDate(2016, 5, 20))
    assert [d.text for d in days] == ["այսօր", "մայիսի 20-ին"]
    assert {d.start for d in days} == {PartialDate(2016, 5, 20)}
    # with no year in the text nor a day of the report, the day is not pinned
    assert find_dates("մայիսի 20-ին Հայաստանում", None) == []
    # a dateline writes the day first
    (line,) = find_dates("ԵՐԵՎԱՆ, 25 օգոստոսի – Sputnik", PartialDate(2023, 8, 25))
    assert line.start == PartialDate(2023, 8, 25)


@pytest.mark.parametrize(
    "text, attend, absent, invite",
    [
        ("Նալբանդյանը մասնակցեց նիստին", True, False, False),
        # (the verb of taking part is read in its negative too, as in the other languages:
        # the absence is read first)
        ("Միրզոյանը չի կարողանա մասնակցել նիստին", True, True, False),
        ("Միրզոյանը չի մասնակցի նիստին", True, True, False),
        ("Կարապետյանը Բիշքեկում կմասնակցի նիստին", False, False, True),
        # "instead of taking part": an absence
        ("նիստին մասնակցելու փոխարեն մեկնել է Վրաստան", True, True, False),
    ],
)
def test_taking_part_coming_and_staying_away_in_armenian(text, attend, absent, invite):
    from blocgraph.extract.proposals import ABSENT, ATTEND, INVITE

    found = (bool(ATTEND.search(text)), bool(ABSENT.search(text)), bool(INVITE.search(text)))
    assert found == (attend, absent, invite)


NEXT_EIC = (
    "ԵՐԵՎԱՆ, 25 օգոստոսի – Sputnik. Եվրասիական միջկառավարական խորհրդի հաջորդ նիստը "
    "կանցկացվի 2023 թ. հոկտեմբերի 26-27-ը Ղրղզստանի Բիշքեկ քաղաքում: Նիստին կմասնակցեն ԵԱՏՄ "
    "անդամ պետությունների կառավարությունների ղեկավարները:"
)


def test_an_armenian_report_of_the_next_intergovernmental_council(extract_json):
    (meeting,) = extract_json(NEXT_EIC, "2023-08-25")["meetings"]
    assert meeting["body"].endswith("EAEU/eurasian-intergovernmental-council")
    assert (meeting["start"], meeting["end"]) == ("2023-10-26", "2023-10-27")
    assert meeting["host"].endswith("/KGZ")
    assert meeting["existing"].endswith("meeting/EAEU/eic-2023-10-26")
    states = _states(meeting)
    # the heads of government of the member states, with the article, said to come: the
    # members that day, from the knowledge base
    assert set(states) == {"ARM", "BLR", "KAZ", "KGZ", "RUS"}
    assert states["KGZ"]["capacity"] == "host"
    assert {p["attendance"] for p in states.values()} == {"invited"}
    assert states["RUS"]["inferred"] is True


def test_a_generic_plural_of_member_states_is_not_expanded(extract_json):
    text = NEXT_EIC.replace("կառավարությունների ղեկավարները", "կառավարությունները")
    (meeting,) = extract_json(text, "2023-08-25")["meetings"]
    assert "RUS" not in _states(meeting)


def test_an_armenian_colon_ends_a_sentence_and_an_arrival_day_is_not_the_meetings(
    extract_json,
):
    text = (
        "Ռուսաստանի վարչապետ Դմիտրի Մեդվեդևը մայիսի 19-ի ուշ երեկոյան ժամանել է Երեւան՝ "
        "մասնակցելու Եվրասիական միջկառավարական խորհրդի հերթական նիստին: Երևանում, այսօր՝ "
        "մայիսի 20-ին մեկնարկում է Եվրասիական միջկառավարական խորհրդի հերթական նիստը:"
    )
    (meeting,) = extract_json(text, "2016-05-20")["meetings"]
    assert meeting["start"] == "2016-05-20"
    assert meeting["existing"].endswith("meeting/EAEU/eic-2016-05-20")
    rus = _states(meeting)["RUS"]
    # the quote is the first sentence alone: the colon ended it
    assert rus["quote"].startswith("Ռուսաստանի վարչապետ")
    assert "մայիսի 20-ին" not in rus["quote"]
