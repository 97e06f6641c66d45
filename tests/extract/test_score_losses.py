"""The scorer's losses by stage (benchmarks/extract.py's "where it loses"): each missed gold
participant and each wrong proposal is put down to exactly one stage, so that the held-out split
can say where it loses with totals alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from blocgraph.extract import gazetteer
from blocgraph.extract.report import extract_report, to_json
from blocgraph.extract.score import LOSS_STAGES, Score, score_document, score_split

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "tests" / "extract" / "corpus" / "dev"
ID = "https://w3id.org/blocgraph/id/"


def _participant(iso3, capacity, **kw):
    return {"state": ID + "state/" + iso3, "capacity": capacity, "inferred": False,
            "from": "text", "quote": iso3, **kw}  # fmt: skip


def _gold_row(iso3, capacity, inferred=False):
    return {"state": iso3, "capacity": capacity, "attendance": "attended", "inferred": inferred}


def test_each_miss_and_extra_goes_to_one_stage():
    summit = {"bloc": "G20", "series": None, "label": "summit", "start": "2025-11-22",
              "end": "2025-11-23", "host": "ZAF", "city": "Johannesburg",
              "mentioned_in_passing": False,
              "participants": [_gold_row("ZAF", "host"), _gold_row("BRA", "member"),
                               _gold_row("IND", "member"), _gold_row("FRA", "member", True),
                               _gold_row("EGY", "guest"), _gold_row("JPN", "member")]}  # fmt: skip
    ministers = {"bloc": "G20", "series": None, "label": "ministers", "start": "2025-02-20",
                 "end": "2025-02-21", "host": "ZAF", "city": "Johannesburg",
                 "mentioned_in_passing": True,
                 "participants": [_gold_row("CHN", "member"),
                                  _gold_row("ARG", "member")]}  # fmt: skip
    proposed = {"bloc": ID + "bloc/G20", "series": None, "label": "p", "start": "2025-11-22",
                "end": "2025-11-22", "host": None, "city": None,
                "participants": [_participant("ZAF", "host"), _participant("BRA", "member"),
                                 _participant("EGY", "member"), _participant("USA", "member",
                                 **{"from": "kb"}), _participant("CHN", "member")]}  # fmt: skip
    elsewhere = {"bloc": ID + "bloc/OPEC", "series": None, "label": "q", "start": None,
                 "end": None, "host": None, "city": None,
                 "participants": [_participant("JPN", "guest")]}  # fmt: skip
    score = Score()
    result = {"meetings": [proposed, elsewhere]}
    score_document("r", "", {"meetings": [summit, ministers]}, result, gaz_stub(), score)

    assert score.losses["missed: capacity differs"] == 1  # EGY: guest, proposed as member
    assert score.losses["missed: named state not read"] == 1  # IND
    assert score.losses["missed: collective not expanded"] == 1  # FRA, gold inferred
    assert score.losses["missed: state under another meeting"] == 1  # JPN, under OPEC's
    assert score.losses["missed: meeting in passing not found"] == 2  # CHN, ARG
    assert score.losses["extra: capacity differs"] == 1  # EGY member
    assert score.losses["extra: not a participant, from kb"] == 1  # USA
    assert score.losses["extra: state of another gold meeting"] == 1  # CHN
    assert score.losses["extra: meeting not in gold"] == 1  # JPN under OPEC
    assert score.losses["meetings: gold in passing, not paired"] == 1
    assert score.losses["meetings: proposed, not paired"] == 1
    assert score.losses["dates: wrong"] == 1 and score.losses["dates: meeting not found"] == 1
    assert score.losses["hosts: none proposed"] == 1
    assert score.losses["hosts: meeting not found"] == 1
    _assert_adds_up(score)


def gaz_stub():
    # invented() only reads the gazetteer for proposals whose quote is in the text; the text
    # here is empty, so it never gets that far.
    return None


def _assert_adds_up(score: Score) -> None:
    assert set(score.losses) <= set(LOSS_STAGES)
    missed = sum(n for s, n in score.losses.items() if s.startswith("missed: "))
    extra = sum(n for s, n in score.losses.items() if s.startswith("extra: "))
    assert missed == score.gold - score.true_positives
    assert extra == score.proposed - score.true_positives
    dates = sum(n for s, n in score.losses.items() if s.startswith("dates: "))
    hosts = sum(n for s, n in score.losses.items() if s.startswith("hosts: "))
    assert dates == score.dates_pinned - score.dates_right
    assert hosts == score.hosts_pinned - score.hosts_right
    unpaired = sum(n for s, n in score.losses.items() if s.startswith("meetings: gold"))
    assert unpaired == score.gold_meetings - score.gold_meetings_paired


@pytest.mark.parametrize("first", [1, 125])
def test_losses_add_up_on_real_reports(store, tmp_path, first):
    """On real reports and real proposals (ten dev reports from two rounds), the stages
    account for every miss and every wrong proposal, once."""
    for gold in sorted(DEV.glob("*.json")):
        if first <= int(gold.name.split("-")[0]) < first + 10:
            shutil.copy(gold, tmp_path)
            shutil.copy(gold.with_suffix(".txt"), tmp_path)
    gaz = gazetteer.load(store)
    score = score_split(
        tmp_path, lambda text, published: to_json(extract_report(text, published, store=store)), gaz
    )
    assert score.documents == 10
    assert score.gold > score.true_positives  # there are losses to account for
    _assert_adds_up(score)


@pytest.mark.parametrize(
    ("quote", "day", "held"),
    [
        ("Решение было принято сегодня в ходе заседания Совета", "2020-12-11", True),
        ("Саммит прошёл в четверг в Минске", "2024-06-27", True),
        ("أعلن أمس عن انعقاد القمة", "2024-05-16", True),
        ("Решение было принято в ходе заседания Совета", "2020-12-11", False),
    ],
)
def test_a_relative_day_in_russian_or_arabic_holds_the_date(quote, day, held):
    """The extractor resolves "сегодня", "в четверг", "أمس" against the publication date as it
    does "today" and "on Thursday"; the scorer's check that the date quote holds the date (an
    invented fact otherwise) must know them too. A quote with no day word still holds none."""
    from blocgraph.extract.score import _holds_date

    assert _holds_date(quote, day) is held


@pytest.mark.parametrize(
    ("quote", "iso3", "named"),
    [
        ("將應邀出席10號至12號舉行的東盟與中日韓外長會", "JPN", True),
        ("将出席东盟与中日韩外长会", "KOR", True),
        ("中方愿同各方加强合作", "CHN", True),
        ("以美元计价的贸易", "USA", False),
        ("日本外相出席会议", "KOR", False),
    ],
)
def test_a_run_of_one_letter_names_in_chinese_names_each_state(quote, iso3, named):
    """ "中日韓外長" (the Chinese, Japanese and Korean foreign ministers): the gloss reads each
    letter of the run as its state, and the scorer's check that a participant's quote names the
    state (an invented fact otherwise) must read it so too; "美元" (the dollar) names no state."""
    from blocgraph.extract.score import _names_state

    assert _names_state(quote, [], iso3) is named


@pytest.mark.parametrize(
    ("quote", "named"),
    [
        ("صاحب السمو الشيخ عيسى بن سلمان ال خليفـة\nامير دولــة البحــريــن", True),
        ("مــــلك ممـــــلـكة البَحْرَيْن", True),
        ("امير دولــة قطر", False),
    ],
)
def test_arabic_drawn_out_with_the_tatweel_still_names_the_state(quote, named):
    """A list of GCC leaders writes "امير دولــة البحــريــن" with the tatweel that draws words
    out: the extractor reads it as Bahrain, and the scorer's check that the quote names the
    state must read it so too, not count it an invented fact; Qatar's emir names no Bahrain."""
    from blocgraph.extract.score import _names_state

    assert _names_state(quote, ["البحرين"], "BHR") is named


def test_a_city_the_gold_writes_as_the_text_does_pairs_with_its_english_name():
    """The gold writes the venue as the text does ("в Минске": "Минске"), the extractor in
    English ("Minsk"): the same place, so the undated proposal pairs on it; another city does
    not."""
    gold = {"bloc": "CIS", "series": None, "label": "summit", "start": "2021-10-15",
            "end": "2021-10-15", "host": None, "city": "Минске", "mentioned_in_passing": False,
            "participants": [_gold_row("BLR", "member")]}  # fmt: skip
    for city, paired in (("Minsk", 1), ("Moscow", 0)):
        proposed = {"bloc": ID + "bloc/CIS", "series": None, "label": "p", "start": None,
                    "end": None, "host": None, "city": city,
                    "participants": [_participant("BLR", "member")]}  # fmt: skip
        score = Score()
        score_document("r", "", {"meetings": [gold]}, {"meetings": [proposed]}, gaz_stub(), score)
        assert (score.gold_meetings_paired, score.true_positives) == (paired, paired), city
