"""`blocgraph extract` and `blocgraph accept` (issue 10): the seed report, dates, names, the
CLI, and accept on real drafts."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blocgraph.extract import gazetteer
from blocgraph.extract.dates import (
    PartialDate,
    duration_days,
    find_dates,
    parse_published,
    weekdays_named,
)
from blocgraph.extract.proposals import MEETING_WORDS, split_sentences
from blocgraph.extract.report import extract_report, to_json

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "extract" / "corpus" / "dev" / "01-seed-sco-ewg-2020.txt"
ID = "https://w3id.org/blocgraph/id/"


@pytest.fixture(scope="module")
def seed(extract_json):
    return extract_json(SEED.read_text(encoding="utf-8"), "2020-02")


def _tail(iri):
    return iri.rsplit("/", 1)[-1] if iri else iri


# --- the seed report ------------------------------------------------------------------------


def test_seed_first_meeting_is_the_9th_ewg(seed):
    ewg = seed["meetings"][0]
    assert ewg["existing"] == ID + "meeting/SCO/dsewg-9"
    assert ewg["bloc"] == ID + "bloc/SCO"
    assert ewg["body"] == ID + "body/SCO/defence-security-expert-working-group"
    assert ewg["ordinal"] == 9
    # "concluded after two days on Thursday, February 20" (published February 2020)
    assert (ewg["start"], ewg["end"]) == ("2020-02-19", "2020-02-20")
    assert _tail(ewg["host"]) == "PAK"
    assert ewg["city"] is None  # the report does not name Islamabad
    assert ewg["conflicts"] == []


def test_seed_participants_and_capacities(seed):
    ewg = seed["meetings"][0]
    got = {
        _tail(p["state"]): (p["capacity"], p["attendance"], p["from"]) for p in ewg["participants"]
    }
    assert got["BLR"] == ("observer", "attended", "text")
    assert got["PAK"] == ("host", "attended", "text")
    for iso3 in ("CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND"):
        assert got[iso3] == ("member", "attended", "kb"), iso3
    assert set(got) == {"BLR", "PAK", "CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND"}
    text = SEED.read_text(encoding="utf-8")
    for p in ewg["participants"]:
        assert p["quote"] in text and not p["inferred"] and p["conflicts"] == []


def test_seed_invitation_of_imran_khan(seed):
    chg = next(
        m for m in seed["meetings"] if m["body"] == ID + "body/SCO/council-of-heads-of-government"
    )
    assert chg["existing"] == ID + "meeting/SCO/chg-2020"
    assert _tail(chg["host"]) == "IND"
    assert chg["start"] is None  # "later this year": a year alone is not a date
    pakistan = next(i for i in chg["invitations"] if _tail(i["state"]) == "PAK")
    assert "Imran Khan" in pakistan["quote"]
    assert "Council of Heads of Government" in pakistan["to"]


def test_seed_military_medicine_absence(seed):
    mmc = next(
        m
        for m in seed["meetings"]
        if m["body"] and m["body"].endswith("military-medicine-conference")
    )
    assert mmc["existing"] == ID + "meeting/SCO/military-medicine-conference-2019"
    assert mmc["start"] == "2019-09"
    pakistan = next(p for p in mmc["participants"] if _tail(p["state"]) == "PAK")
    assert pakistan["attendance"] == "absent"


def test_capacity_conflicting_with_the_kb_is_flagged(store):
    text = (
        "India took part as an observer in the ninth Defence and Security Expert Working Group "
        "(EWG) meeting of SCO, the ISPR said."
    )
    result = to_json(extract_report(text, "2020-02-21", store=store))
    india = next(p for p in result["meetings"][0]["participants"] if _tail(p["state"]) == "IND")
    assert india["capacity"] == "observer" and india["from"] == "text"
    assert any("member" in c for c in india["conflicts"])


def test_host_that_is_not_a_member_is_flagged(store):
    text = (
        "The 9th Defence and Security Expert Working Group (EWG) meeting of SCO was hosted by "
        "Nepal."
    )
    result = to_json(extract_report(text, "2020-02-21", store=store))
    assert any("NPL" in c for c in result["meetings"][0]["conflicts"])


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("concluded on Thursday, February 20", "2020-02", ("2020-02-20", "2020-02-20")),
        ("held from 19-20 February 2020", None, ("2020-02-19", "2020-02-20")),
        ("from Nov. 2 to 5", "2021-10-28", ("2021-11-02", "2021-11-05")),
        ("November 30 - December 1, 2020", None, ("2020-11-30", "2020-12-01")),
        ("on Thursday", "2020-02-21", ("2020-02-20", "2020-02-20")),  # a Friday: the day before
        ("next Tuesday", "2020-02-21", ("2020-02-25", "2020-02-25")),
        ("yesterday", "2024-05-21", ("2024-05-20", "2024-05-20")),
        ("next month", "2020-12", ("2021-01", "2021-01")),
        ("later this year", "2020-02", ("2020", "2020")),
        ("in November last year", "2023-11-21", ("2022-11", "2022-11")),
        ("In September 2019", None, ("2019-09", "2019-09")),
        ("the summit ended Sunday", "2025-11-23", ("2025-11-23", "2025-11-23")),
        ("was elected Monday morning", "2017-01-31", ("2017-01-30", "2017-01-30")),
        ("will end on 6th of February", "2022-02-05", ("2022-02-06", "2022-02-06")),
        ("se celebró el 8 de julio de 2024", None, ("2024-07-08", "2024-07-08")),
        ("del 2 al 4 de julio", "2024-06", ("2024-07-02", "2024-07-04")),
        ("le 5 mai 2024 à Paris", None, ("2024-05-05", "2024-05-05")),
        ("kicked off this morning", "2022-02-05", ("2022-02-05", "2022-02-05")),
        ("scheduled for later Monday", "2025-12-22", ("2025-12-22", "2025-12-22")),  # a Monday
        ("later Friday", "2025-12-22", ("2025-12-26", "2025-12-26")),
        ("earlier Tuesday", "2025-08-01", ("2025-07-29", "2025-07-29")),
        ("Monday’s virtual session", "2025-08-01", ("2025-07-28", "2025-07-28")),  # a Friday
        ("attended the 2007 GCC summit", "2023-12-14", ("2007", "2007")),
        ("wird vom 18. bis 20. Mai in Bonn stattfinden", "2022-01", ("2022-05-18", "2022-05-20")),
        ("am 3. Oktober 2019 in Berlin", None, ("2019-10-03", "2019-10-03")),
        ("kamen am Sonntag in Elmau zusammen", "2015-06-09", ("2015-06-07", "2015-06-07")),
        # two German days with a slash or "und" between ("am 6./7. Dezember"); a French
        # weekday with no article after the verb ("se sont réunis mardi")
        ("am 6./7. Dezember 2016 in Brüssel", None, ("2016-12-06", "2016-12-07")),
        ("am 6. und 7. Dezember", "2016-11-30", ("2016-12-06", "2016-12-07")),
        ("se sont réunis mardi à Bruxelles", "2016-12-08", ("2016-12-06", "2016-12-06")),
        ("tuvo lugar esta mañana en Buenos Aires", "2018-03-19", ("2018-03-19", "2018-03-19")),
        ("chegaram ontem a Brasília", "2019-11-13", ("2019-11-12", "2019-11-12")),
        # Italian months, days and ranges; the first of a month as French, Spanish, Portuguese
        # and Italian write it ("1er", "1º", "1°")
        ("si è svolto dal 13 al 15 giugno 2024", None, ("2024-06-13", "2024-06-15")),
        ("il vertice di martedì 11 febbraio", "2025-02-12", ("2025-02-11", "2025-02-11")),
        ("si sono riuniti ieri a Roma", "2025-02-12", ("2025-02-11", "2025-02-11")),
        ("le 1er juillet 2024 à Astana", None, ("2024-07-01", "2024-07-01")),
        ("el 1º de diciembre", "2024-11-20", ("2024-12-01", "2024-12-01")),
        # a weekday with its day in brackets, checked against the report's month
        ("realiza-se nesta quinta-feira (9)", "2021-09", ("2021-09-09", "2021-09-09")),
        ("começa nesta segunda (18) e terça-feira (19)", "2024-11", ("2024-11-18", "2024-11-19")),
        # Indonesian, Polish, Turkish and Hindi months, capitalised or not; a range across two
        # months in any of the day-first languages
        ("berlangsung di Hua Hin, 23-25 Oktober 2009", None, ("2009-10-23", "2009-10-25")),
        ("digelar 10 Februari-12 Maret 2011 di Jakarta", None, ("2011-02-10", "2011-03-12")),
        ("odbyło się 12 grudnia 2018 w Brukseli", None, ("2018-12-12", "2018-12-12")),
        ("4-5 Aralık 2018 tarihlerinde Brüksel'de", None, ("2018-12-04", "2018-12-05")),
        ("शिखर सम्मेलन 10 दिसंबर 2018 को हुआ", None, ("2018-12-10", "2018-12-10")),
        ("du 30 juin au 2 juillet 2024", None, ("2024-06-30", "2024-07-02")),
    ],
)
def test_dates(text, published, expected):
    pub = parse_published(published) if published else None
    found = find_dates(text, pub)
    assert found, text
    assert (str(found[0].start), str(found[0].end)) == expected


def test_an_english_month_is_not_read_from_the_head_of_a_longer_word():
    """ "Feb" is not read from Indonesian "Februari" (which gave the first day as both ends of
    "27 Februari-1 Maret 2009"), nor "Mar" from "Maret"."""
    assert [(str(d.start), str(d.end)) for d in find_dates("27 Februari-1 Maret 2009", None)] == [
        ("2009-02-27", "2009-03-01")
    ]
    assert find_dates("a plan of 5 Marshalls", parse_published("2020-03-10")) == []


def test_a_weekday_whose_bracketed_day_falls_on_another_weekday_is_no_date():
    # 9 September 2021 is a Thursday: "quarta-feira (9)" pins no day of that month
    assert find_dates("nesta quarta-feira (9)", parse_published("2021-09")) == []
    assert find_dates("nesta quinta-feira (9)", None) == []


def test_german_months_need_the_day_dot_and_hier_is_no_day():
    # "April 18" is English, "18. April" German; German "hier" is "here", not French "yesterday"
    assert [d.text for d in find_dates("on 18 April", parse_published("2022-01"))] == ["18 April"]
    assert find_dates("Version 1.5. Mai", parse_published("2022-01")) == []
    assert find_dates("Die Minister sind hier in Bonn", parse_published("2022-05-18")) == []


def test_a_german_day_dot_ends_no_sentence():
    text = "Das Treffen wird vom 18. bis 20. Mai in Bonn stattfinden. Es kommen alle."
    assert [s.text for s in split_sentences(text)] == [
        "Das Treffen wird vom 18. bis 20. Mai in Bonn stattfinden.",
        "Es kommen alle.",
    ]


def test_a_day_held_on_is_the_meetings_before_reported(extract_json):
    text = (
        "ALMATY - Eight OPEC+ countries agreed to resume production adjustments during a "
        "virtual meeting held on March 1, reported the organization's press service.\n"
    )
    result = extract_json(text, "2026-03-02")
    assert [m["start"] for m in result["meetings"]] == ["2026-03-01"]


def test_weekday_needs_a_day_precise_publication_date():
    assert find_dates("on Thursday", parse_published("2020-02")) == []
    assert find_dates("on Thursday", None) == []
    assert find_dates("this week", parse_published("2020-02"))[0].start == PartialDate(2020)


def test_parse_published():
    assert parse_published("2020-02") == PartialDate(2020, 2)
    assert parse_published("2020").exact is None
    assert parse_published("2020-02-20").exact == date(2020, 2, 20)
    for bad in ("2020-13", "20-02-2020", "2020-02-30", "soon"):
        with pytest.raises(Exception, match="--published"):
            parse_published(bad)


def test_duration():
    assert duration_days("concluded after two days") == 2
    assert duration_days("the three-day summit") == 3
    assert duration_days("the summit") is None


# --- names ----------------------------------------------------------------------------------


def test_demonyms_and_capitals(gaz):
    assert gaz.demonyms["Indian"] == "IND"  # shared with the British Indian Ocean Territory
    assert gaz.demonyms["Chinese"] == "CHN"
    assert gaz.demonyms["Pakistani"] == "PAK"
    assert gaz.demonyms["Kazakh"] == "KAZ"  # derived from Kazakhstan
    assert gaz.capitals["Moscow"] == "RUS"
    assert gaz.capitals["New Delhi"] == "IND"
    assert gaz.places["Islamabad"] == "PAK"
    # shared with territories (French Southern Territories, Martinique, Réunion ...): the one
    # sovereign state among them
    assert gaz.demonyms["French"] == "FRA"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("French President Emmanuel Macron was running late", ["FRA"]),
        # Russian: a state's adjective and "Республика", in its cases
        ("Премьер-министр Кыргызской Республики Мухаммедкалый Абылгазиев", ["KGZ"]),
        ("заместитель Премьер-министра Азербайджанской Республики Ягуб Эюбов", ["AZE"]),
        # Portuguese and French common names the catalogues lack
        (
            "Os líderes do Brasil, Rússia, Índia, China e África do Sul",
            ["BRA", "RUS", "IND", "CHN", "ZAF"],
        ),
        ("Barack Obama (Etats-Unis), David Cameron (Grande-Bretagne)", ["USA", "GBR"]),
    ],
)
def test_state_forms_read(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An Indian official attended the meeting", ["IND"]),
        ("the Pakistani side said", ["PAK"]),
        ("a Chinese diplomat said", []),  # a nationality, not a government
        ("Moscow said it would attend", ["RUS"]),
        ("the meeting was held in Moscow", []),  # a place
        ("China, Russian Federation and India", ["CHN", "RUS", "IND"]),
    ],
)
def test_state_mentions(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz).states(text)] == expected


def test_gazetteer_is_cached_beside_the_store(store):
    path = gazetteer.cache_path()
    gazetteer.load(store)
    assert path.is_file()
    assert gazetteer.load(None).state_names == gazetteer.build(store).state_names


# --- the command line -----------------------------------------------------------------------


def test_cli_json(cli_run):
    result = cli_run("extract", str(SEED), "--published", "2020-02", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["meetings"][0]["existing"] == ID + "meeting/SCO/dsewg-9"


def test_cli_table(cli_run):
    result = cli_run("extract", str(SEED), "--published", "2020-02")
    assert result.exit_code == 0, result.output
    assert "participant: BLR observer attended" in result.output
    assert "whereas Belarus attended the meeting as the observer state" in result.output


def test_cli_turtle_parses(cli_run, tmp_path):
    import pyoxigraph

    out = tmp_path / "draft.ttl"
    result = cli_run(
        "extract", str(SEED), "--published", "2020-02", "--format", "ttl", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    triples = list(pyoxigraph.parse(path=str(out), format=pyoxigraph.RdfFormat.TURTLE))
    subjects = {t.subject.value for t in triples}
    assert ID + "participation/SCO/dsewg-9/BLR" in subjects
    assert ID + "invitation/SCO/chg-2020/PAK" in subjects


def test_cli_date_line_and_stdin(tmp_path):
    from click.testing import CliRunner

    from blocgraph.cli import cli

    text = "date 2020-02-21\n" + SEED.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "json"], input=text, obj={})
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["published"] == "2020-02-21"
    assert data["meetings"][0]["start"] == "2020-02-19"


@pytest.mark.parametrize(
    "args, content, message",
    [
        (["--published", "2020-13"], "text", "--published: '2020-13' is not a real date"),
        ([], "", "empty report"),
        ([], b"\x00\x01binary", "not a text file"),
        ([], b"caf\xe9", "not UTF-8 text"),
        ([], "date 2020-99-99\nSCO met.", "line 1"),
    ],
)
def test_cli_bad_input(cli_run, tmp_path, args, content, message):
    report = tmp_path / "report.txt"
    report.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = cli_run("extract", str(report), *args)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_missing_file(cli_run, tmp_path):
    result = cli_run("extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "nope.txt: cannot read" in result.output


def test_cli_output_is_atomic(cli_run, tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old")
    bad = cli_run("extract", str(tmp_path / "nope.txt"), "-o", str(out))
    assert bad.exit_code == 2 and out.read_text() == "old"
    good = cli_run("extract", str(SEED), "--format", "json", "-o", str(out))
    assert good.exit_code == 0 and json.loads(out.read_text())["meetings"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


# --- accept -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_draft(tmp_path_factory, store):
    from blocgraph.extract.draft import draft_turtle

    result = extract_report(SEED.read_text(encoding="utf-8"), "2020-02", store=store)
    path = tmp_path_factory.mktemp("draft") / "seed-draft.ttl"
    path.write_text(draft_turtle(result), encoding="utf-8")
    return path


def test_accept_seed_draft_adds_nothing(seed_draft, tmp_path, store):
    """Every fact of the seed report's draft is already in data/sco/seed-report-2020-02.ttl."""
    from blocgraph.extract.accept import accept

    into = tmp_path / "extracted.ttl"
    merge = accept(seed_draft, into, store=store)
    assert merge.added == {}
    assert ID + "participation/SCO/dsewg-9/BLR" in merge.recorded
    assert ID + "invitation/SCO/chg-2020/PAK" in merge.recorded
    assert not into.exists()


def test_accept_takes_the_edited_draft_and_validates(seed_draft, tmp_path, store):
    """A reviewer adds a fact by hand (Mongolia as an observer): only that is merged, with the
    draft's source, and the merged file validates."""
    from blocgraph.extract.accept import accept

    edited = tmp_path / "edited.ttl"
    text = seed_draft.read_text(encoding="utf-8")
    source = next(line.split()[0] for line in text.splitlines() if "a bg:Source" in line)
    edited.write_text(
        text
        + f"""
<participation/SCO/dsewg-9/MNG> a bg:Participation ;
    bg:meeting <meeting/SCO/dsewg-9> ;
    bg:participant <state/MNG> ;
    bg:capacity capacity:observer ;
    bg:attendance attendance:attended ;
    bg:basis basis:named ;
    prov:wasDerivedFrom {source} ;
    bg:quote "whereas Belarus attended the meeting as the observer state" .
""",
        encoding="utf-8",
    )
    into = tmp_path / "extracted.ttl"
    merge = accept(edited, into, store=store)
    assert list(merge.added) == [ID + "participation/SCO/dsewg-9/MNG"]
    merged = into.read_text(encoding="utf-8")
    assert "state/MNG" in merged and "bg:Source" in merged
    assert "dsewg-9/BLR" not in merged  # already recorded: not repeated


COLLECTIVE_TEXT = "The foreign ministers of all SCO member countries met in Astana on 21 May 2024."


def _basis_of(triples) -> dict[str, str]:
    """participation IRI's state -> the basis notation, from pyoxigraph triples."""
    basis = {}
    for t in triples:
        if t.predicate.value == "https://w3id.org/blocgraph/ontology#basis":
            basis[t.subject.value.rsplit("/", 1)[-1]] = t.object.value.rsplit("/", 1)[-1]
    return basis


def test_draft_marks_collective_participants_and_names_the_others(store, tmp_path):
    """ "all SCO member countries": the members expanded from the knowledge base are
    bg:basis basis:collective in the draft (as the data marks such participations, see
    scripts/mark_participation_basis.py); the host, named by its capital, is basis:named. The
    JSON report says the same."""
    import pyoxigraph

    from blocgraph.extract.draft import draft_turtle

    result = extract_report(COLLECTIVE_TEXT, "2024-05-21", store=store)
    draft = draft_turtle(result)
    basis = _basis_of(pyoxigraph.parse(draft, format=pyoxigraph.RdfFormat.TURTLE, base_iri=ID))
    members = {"CHN", "IND", "IRN", "KGZ", "PAK", "RUS", "TJK", "UZB"}
    assert members <= set(basis), draft
    assert all(basis[s] == "collective" for s in members), basis
    assert basis["KAZ"] == "named", basis
    # Every participation of the draft says what it rests on.
    assert draft.count("a bg:Participation") == len(basis)
    got = _meetings(store, COLLECTIVE_TEXT, "2024-05-21")[
        ("SCO", "council-of-foreign-ministers", "2024-05-21")
    ]
    assert {s: p["basis"] for s, p in got.items()} == basis


def test_draft_of_a_report_naming_each_state_is_all_named(seed_draft):
    import pyoxigraph

    basis = _basis_of(
        pyoxigraph.parse(seed_draft.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE, base_iri=ID)
    )
    assert basis and set(basis.values()) == {"named"}, basis


def test_accept_keeps_the_basis(store, tmp_path):
    """The accepted file carries each participation's basis as the draft has it, and the result
    validates (a collective member holds member status that day). A meeting the record does
    not have, so that every participation is new."""
    import pyoxigraph

    from blocgraph.extract.accept import accept
    from blocgraph.extract.draft import draft_turtle

    draft = tmp_path / "draft.ttl"
    text = "The defence ministers of all SCO member countries met in Astana on 26 June 2024."
    draft.write_text(
        draft_turtle(extract_report(text, "2024-06-26", store=store)), encoding="utf-8"
    )
    into = tmp_path / "extracted.ttl"
    merge = accept(draft, into, store=store)
    merged = _basis_of(
        pyoxigraph.parse(into.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE, base_iri=ID)
    )
    added = {iri.rsplit("/", 1)[-1] for iri in merge.added if "/participation/" in iri}
    assert len(added) == 9 and set(merged) == added, merge.lines()
    assert merged.pop("KAZ") == "named"  # the host, named by its capital
    assert set(merged.values()) == {"collective"}, merged


def test_accept_keeps_the_records_basis_over_the_drafts(seed_draft, tmp_path, store):
    """A draft calling a recorded participation collective where the record says named: the
    record's value is kept and the difference reported."""
    from blocgraph.extract.accept import accept

    edited = tmp_path / "edited.ttl"
    text = seed_draft.read_text(encoding="utf-8")
    start = text.index("<participation/SCO/dsewg-9/BLR>")
    end = text.index(" .", start)
    block = text[start:end]
    assert "bg:basis basis:named" in block
    edited.write_text(
        text[:start] + block.replace("basis:named", "basis:collective") + text[end:],
        encoding="utf-8",
    )
    merge = accept(edited, tmp_path / "extracted.ttl", store=store)
    assert merge.added == {}
    assert any("dsewg-9/BLR bg:basis" in k and "collective" in k for k in merge.kept), merge.kept


def test_accept_refuses_a_draft_that_would_not_validate(tmp_path, store):
    from blocgraph.errors import InputError
    from blocgraph.extract.accept import accept

    draft = tmp_path / "bad.ttl"
    draft.write_text(
        """@base <https://w3id.org/blocgraph/id/> .
@prefix bg: <https://w3id.org/blocgraph/ontology#> .
<participation/SCO/dsewg-9/MNG> a bg:Participation ;
    bg:meeting <meeting/SCO/dsewg-9> ;
    bg:participant <state/MNG> .
""",
        encoding="utf-8",
    )
    into = tmp_path / "extracted.ttl"
    with pytest.raises(InputError, match="would not validate"):
        accept(draft, into, store=store)
    assert not into.exists()


def test_accept_cli_errors(cli_run, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    result = cli_run("accept", str(bad), "--into", str(tmp_path / "x.ttl"))
    assert result.exit_code == 2 and "not valid Turtle" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_accept_cli_prints_what_is_recorded(cli_run, seed_draft, tmp_path):
    result = cli_run("accept", str(seed_draft), "--into", str(tmp_path / "x.ttl"))
    assert result.exit_code == 0, result.output
    assert "already recorded participation/SCO/dsewg-9/BLR" in result.output
    assert "nothing new" in result.output


# --- robustness and quality ------------------------------------------------------------------


# --- rule classes (texts written for the tests, not corpus reports) -------------------------


def _meetings(store, text, published):
    out = {}
    for m in to_json(extract_report(text, published, store=store))["meetings"]:
        got = {_tail(p["state"]): p for p in m["participants"]}
        out[(_tail(m["bloc"]), _tail(m["body"]), m["start"])] = got
    return out


def test_collective_with_all_and_no_count_is_expanded_inferred(store):
    """ "all SCO member countries": every member on the meeting's first day, inferred, quoting
    the collective phrase; the host keeps its own capacity."""
    text = "The foreign ministers of all SCO member countries met in Astana on 21 May 2024."
    got = _meetings(store, text, "2024-05-21")[
        ("SCO", "council-of-foreign-ministers", "2024-05-21")
    ]
    members = {"CHN", "IND", "IRN", "KGZ", "PAK", "RUS", "TJK", "UZB"}
    assert members <= set(got)
    assert all(got[s]["inferred"] and got[s]["capacity"] == "member" for s in members)
    assert got["KAZ"]["capacity"] == "host"
    assert "BLR" not in got  # an observer that day, not a member


def test_gathering_without_a_meeting_word_and_demonym_lists(store):
    text = (
        "NATO leaders met in Vilnius on 11 July 2023. Turkish, Hungarian and Polish leaders "
        "attended the summit."
    )
    [(key, got)] = _meetings(store, text, "2023-07-12").items()
    assert key[0] == "NATO" and key[2] == "2023-07-11"
    assert {"TUR", "HUN", "POL", "LTU"} <= set(got)


def test_a_leaders_absence_is_not_the_states_when_it_was_represented(store):
    text = (
        "Russian President Putin did not attend the CIS summit in Minsk on 12 June 2024; "
        "Russia was represented by Foreign Minister Lavrov."
    )
    got = next(iter(_meetings(store, text, "2024-06-12").values()))
    assert got["RUS"]["attendance"] == "attended"


def test_another_blocs_body_phrase_is_not_that_body(store):
    """ "the BRICS Foreign Ministers meeting" is no SCO body, though the SCO's council of
    foreign ministers goes by that phrase."""
    text = "China will host the BRICS Foreign Ministers meeting on 19 May 2022 via video link."
    [key] = _meetings(store, text, "2022-05-18")
    assert key[0] == "BRICS"


def test_no_day_reads_statuses_that_held_throughout(store):
    """No date and no publication date: a status that held over the bloc's whole life is the
    capacity (Russia in the CIS); one that changed (Turkmenistan, member then associate) is
    left empty, with a note, rather than guessed."""
    text = (
        "The CIS summit has kicked off in Dushanbe. Presidents of Russia, Belarus and "
        "Turkmenistan are participating in the summit."
    )
    [got] = _meetings(store, text, None).values()
    assert got["RUS"]["capacity"] == "member" and got["RUS"]["from"] == "kb"
    assert got["TKM"]["capacity"] is None and got["TKM"]["conflicts"]


def test_side_talks_and_joining_the_bloc_are_not_taking_part(store):
    text = (
        "The SCO summit was held in New Delhi on 4 July 2023, hosted by India. Iran joined the "
        "organisation as its ninth member at the summit. Pakistan's minister will hold meetings "
        "with his counterparts from Russia and Uzbekistan at the summit. Leaders of China and "
        "Kazakhstan took part in the summit."
    )
    got = next(iter(_meetings(store, text, "2023-07-05").values()))
    assert {"CHN", "KAZ", "IND"} <= set(got)
    assert not {"IRN", "RUS", "UZB"} & set(got)


def test_lists_of_places_and_topics_are_not_participants(store):
    text = (
        "The SCO foreign ministers meeting was held in Dushanbe on July 14, 2021. The ministers, "
        "who attended the session, discussed the situation in Afghanistan, Syria and Myanmar. "
        "Participants also discussed cooperation with Turkey, Egypt and Qatar."
    )
    got = next(iter(_meetings(store, text, "2021-07-14").values()))
    assert not {"AFG", "SYR", "MMR", "TUR", "EGY", "QAT"} & set(got)


def test_a_meeting_that_opened_one_day_and_closes_another(store):
    text = "The BRICS summit opened on Tuesday in Kazan and will close on 24 October 2024."
    [m] = to_json(extract_report(text, "2024-10-23", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2024-10-22", "2024-10-24")


def test_the_next_summit_is_another_meeting(store):
    text = (
        "NATO leaders met in Washington on 10 July 2024. Hungary attended the summit. The next "
        "summit will be held in the Netherlands."
    )
    meetings = to_json(extract_report(text, "2024-07-11", store=store))["meetings"]
    this = next(m for m in meetings if m["start"] == "2024-07-10")
    assert _tail(this["host"]) == "USA"
    assert any(_tail(m["host"]) == "NLD" and m["start"] is None for m in meetings)


def test_standing_given_elsewhere_and_groups_attending(store):
    """ "its four Indo-Pacific partners—New Zealand, Japan, ...": their capacity at NATO's
    summit; "attended by foreign ministers of ASEAN and dialogue partners": each group."""
    nato = (
        "NATO will build ties with its Indo-Pacific partners—New Zealand and Japan. Leaders "
        "from New Zealand and Japan will attend the NATO summit in Washington on 10 July 2024."
    )
    got = next(iter(_meetings(store, nato, "2024-07-09").values()))
    assert got["NZL"]["capacity"] == got["JPN"]["capacity"] == "partner"
    arf = (
        "The 26th ASEAN Regional Forum opened in Bangkok on 2 August 2019. The forum is attended "
        "by foreign ministers of ASEAN and dialogue partners."
    )
    got = next(iter(_meetings(store, arf, "2019-08-02").values()))
    assert got["SGP"]["capacity"] == "member" and got["SGP"]["inferred"]
    assert got["JPN"]["capacity"] == "dialogue-partner" and got["JPN"]["inferred"]


def test_a_count_of_the_blocs_leaders_is_expanded_only_when_it_fits(store):
    """ "the European Union's 26 other national leaders": the 26 and the one they are other
    to, all 27 members that day, inferred; a count the knowledge base does not have that day
    (28) expands nothing and says so."""
    text = (
        "At a summit in Brussels on 14 December 2023, the European Union's 26 other national "
        "leaders agreed to open accession talks."
    )
    [got] = _meetings(store, text, "2023-12-15").values()
    assert len(got) == 27 and {"HUN", "DEU", "HRV"} <= set(got)
    assert all(p["inferred"] for p in got.values())
    # Brussels is the EU's seat: Belgium does not host there, and is one of the 27 members.
    assert all(p["capacity"] == "member" for p in got.values())
    assert "GBR" not in got  # no longer a member that day
    wrong = text.replace("26 other", "27 other")
    result = to_json(extract_report(wrong, "2023-12-15", store=store))
    # nothing expanded: at most the host proposed from "in Brussels"
    assert not any(p["capacity"] != "host" for m in result["meetings"] for p in m["participants"])
    assert any("not expanded" in w for w in result["warnings"])


def test_the_blocs_leaders_and_one_more_named(store):
    """ "the nine ASEAN leaders and the Myanmar junta chief": nine and one more, all ten."""
    text = (
        "At an ASEAN summit in Jakarta on 24 April 2021, the nine ASEAN leaders and the Myanmar "
        "junta chief agreed to five points."
    )
    got = next(iter(_meetings(store, text, "2021-04-25").values()))
    assert {"BRN", "KHM", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "MMR"} <= set(got)


def test_all_the_blocs_nations_and_invitations_but_one(store):
    """ "all GCC nations": the members that day; "invitations to all Asean member states but
    Myanmar ... our Asean Dialogue Partners": invitations to the members but the one named
    (and the host) and to every dialogue partner, the bloc's name in any case."""
    gcc = "It was natural for all GCC nations to take part in the summit in Doha on 5 December 2023"
    got = next(iter(_meetings(store, gcc, "2023-12-06").values()))
    assert {"SAU", "ARE", "BHR", "KWT", "OMN"} <= set(got)
    assert all(got[s]["inferred"] for s in ("SAU", "OMN"))
    asean = (
        "Cambodia will host the 40th ASEAN Summit in Phnom Penh from 8 to 13 November 2022. "
        "A spokesman said: We have sent out invitations to all Asean member states but Myanmar "
        "... and to our Asean Dialogue Partners."
    )
    [m] = [
        m
        for m in to_json(extract_report(asean, "2022-10-05", store=store))["meetings"]
        if m["ordinal"] == 40
    ]
    invited = {_tail(i["state"]) for i in m["invitations"]}
    assert {"LAO", "VNM", "JPN", "USA", "IND"} <= invited
    assert not {"MMR", "KHM"} & invited


def test_a_collective_must_be_said_to_take_part(store):
    """ "the lack of concurrence from all member states": the members are named, but not as
    taking part in anything."""
    text = (
        "An official letter sent by the SAARC secretariat on 21 September 2021 said the SAARC "
        "meeting will not take place because of the lack of concurrence from all member states."
    )
    for m in to_json(extract_report(text, "2021-09-23", store=store))["meetings"]:
        assert not any(p["inferred"] for p in m["participants"])


def test_a_leaders_absence_alone_and_habits_are_not_the_states(store):
    """ "Azerbaijani President Aliyev will not be able to attend": who represents Azerbaijan
    the text does not say, so it is not listed; "regularly participates in CIS summits" and
    "suspended its participation in CIS meetings" are about no one meeting; staying away from a
    bloc one is not in is no absence."""
    text = (
        "Azerbaijani President Ilham Aliyev will not be able to attend the informal CIS summit "
        "in St. Petersburg on 22 December 2025. Azerbaijan regularly participates in official "
        "CIS summits. Moldova suspended its participation in CIS meetings in 2022. Belarusian "
        "President Lukashenko will attend the summit."
    )
    got = next(iter(_meetings(store, text, "2025-12-22").values()))
    assert "BLR" in got
    assert not {"AZE", "MDA"} & set(got)
    eaeu = (
        "Aliyev did not attend a meeting of Eurasian Economic Union leaders in St. Petersburg on "
        "21 December 2025, as Azerbaijan is not a member of the economic bloc."
    )
    for m in to_json(extract_report(eaeu, "2025-12-22", store=store))["meetings"]:
        assert "AZE" not in {_tail(p["state"]) for p in m["participants"]}


def test_invited_to_participate_and_joined_by_counterparts(store):
    """ "the Minister of Defense of Belarus have been invited to participate": an invitation,
    though the clause also says "including"; "will also be joined by their counter parts from
    Australia, Japan": taking part to come (the host of NATO's seat is no participant)."""
    sco = (
        "SCO defence ministers have gathered in Astana on 26 April 2024 for a meeting. "
        "Additionally, key figures including the Minister of Defense of Belarus have been "
        "invited to participate."
    )
    [m] = to_json(extract_report(sco, "2024-04-26", store=store))["meetings"]
    assert "BLR" in {_tail(i["state"]) for i in m["invitations"]}
    assert "BLR" not in {_tail(p["state"]) for p in m["participants"]}
    nato = (
        "NATO defence ministers will meet on 17 October 2024. Projects will be discussed. The "
        "defence ministers will also be joined by their counter parts from Australia, Japan "
        "and New Zealand."
    )
    got = next(iter(_meetings(store, nato, "2024-10-16").values()))
    assert {"AUS", "JPN", "NZL"} <= set(got)
    assert got["AUS"]["attendance"] == "invited"


def test_a_hosts_envoy_and_a_list_after_a_stray_comma(store):
    text = (
        "The G7 foreign ministers' meeting was held in Muenster on 4 November 2022. It was sunny. "
        "German foreign minister Annalena Baerbock, hosted the foreign ministers of, United "
        "States, France, Japan, Italy and Canada."
    )
    got = next(iter(_meetings(store, text, "2022-11-05").values()))
    assert got["DEU"]["capacity"] == "host"
    assert {"USA", "FRA", "JPN", "ITA", "CAN"} <= set(got)


def test_a_count_of_the_states_listed_just_before(store):
    """ "Mali, Burkina Faso and Guinea. All three nations ... cannot participate in the
    summit": the three, absent, quoted from the list to the verb; suspended in the knowledge
    base, they stay away as members."""
    text = (
        "The AU summit opens in Addis Ababa on 18 February 2023. The bloc will not lift the "
        "suspension of Mali, Burkina Faso and Guinea. All three nations have been suspended and "
        "cannot participate in the summit."
    )
    got = next(iter(_meetings(store, text, "2023-02-17").values()))
    for iso3 in ("MLI", "BFA", "GIN"):
        assert (got[iso3]["attendance"], got[iso3]["capacity"]) == ("absent", "member")
        assert got[iso3]["quote"].startswith("Mali, Burkina Faso and Guinea")
        assert got[iso3]["quote"] in text


def test_a_list_after_a_semicolon_and_the_latest_past_year(store):
    """ "Twelve delegations have confirmed ...; Argentina, Canada ...": the list goes with the
    clause before it. With no date at all, the statuses read are those that held from the
    latest year the text speaks of as past ("in 2009") to today: Canada, an OAS member since
    1990, is a member. Without that year the span runs from the bloc's beginning: Canada, with
    no status before 1990 and one since, is still proposed a member, flagged that the meeting
    might have come before it joined."""
    text = (
        "Los cancilleres de la OEA analizarán la crisis en una reunión. Un total de 12 "
        "delegaciones han confirmado que será su canciller quien les represente en el "
        "encuentro, entre ellas; Argentina, Canadá y Colombia. En 2009 se levantó la "
        "suspensión de Cuba."
    )
    got = next(iter(_meetings(store, text, None).values()))
    assert {"ARG", "CAN", "COL"} <= set(got)
    assert got["CAN"]["capacity"] == "member" and got["CAN"]["from"] == "kb"
    undated = text.replace("En 2009 se", "Se")
    assert undated != text
    got = next(iter(_meetings(store, undated, None).values()))
    assert got["CAN"]["capacity"] == "member" and got["CAN"]["from"] == "kb"
    assert any("only from 1990-01-08" in c for c in got["CAN"]["conflicts"])


def test_invited_and_announced_separately_is_both(store):
    """ "Finland has been invited to attend" and, apart, "Finland's representative at the
    meeting will be ...": an invitation and an announced participant."""
    text = (
        "The Meeting of NATO Ministers of Foreign Affairs will be held in Brussels on 5 December "
        "2017. Finland has been invited to attend the discussion. Finland's representative at "
        "the meeting will be Minister for Foreign Affairs Timo Soini."
    )
    [m] = to_json(extract_report(text, "2017-12-04", store=store))["meetings"]
    assert "FIN" in {_tail(i["state"]) for i in m["invitations"]}
    fin = next(p for p in m["participants"] if _tail(p["state"]) == "FIN")
    assert fin["attendance"] == "invited" and "representative" in fin["quote"]


def test_a_chair_taken_over_at_the_summit_and_a_cancelled_meetings_host(store):
    """ "Guinea's President ... has taken over as the new chairperson of the African Union",
    said before the summit is named: Guinea takes part as chair. "Nepal was the host of the
    meeting ... the meeting was cancelled": no one took part, the host neither."""
    au = (
        "Guinea's President Alpha Conde has taken over as the new chairperson of the African "
        "Union. He was elected at the opening of the African Union Summit in Addis Ababa on 30 "
        "January 2017."
    )
    got = next(iter(_meetings(store, au, "2017-01-31").values()))
    assert got["GIN"]["capacity"] == "chair" and got["GIN"]["from"] == "text"
    saarc = (
        "A meeting of SAARC foreign ministers, slated for 25 September 2021 in New York, has "
        "been cancelled. Nepal was the host of the meeting."
    )
    for m in to_json(extract_report(saarc, "2021-09-23", store=store))["meetings"]:
        assert "NPL" not in {_tail(p["state"]) for p in m["participants"]}


def test_spanish_presence_and_places(store):
    """ "estarán presentes ... junto a los mandatarios de Uruguay y Bolivia": their leaders are
    to be there; "la confirmación enviada a Brasil": a place the letter went to."""
    text = (
        "date 2025-11-12\nBrasil realizará la cumbre de jefes de Estado del Mercosur el próximo "
        "20 de diciembre. La decisión refleja tensiones. La diplomacia espera más. La "
        "confirmación oficial enviada a Brasil establece que ni Milei ni Peña estarán "
        "presentes, lo que deja a Lula en el rol de anfitrión junto a los mandatarios de "
        "Uruguay y Bolivia.\n"
    )
    got = next(iter(_meetings(store, text, None).values()))
    assert got["URY"]["attendance"] == got["BOL"]["attendance"] == "invited"
    assert "BRA" not in got or got["BRA"]["capacity"] == "host"


def test_ministers_listed_by_country_in_a_gathering_sentence(store):
    """ "The G7 foreign ministers of Canada, France, ... met in ...": no meeting word, but the
    gathering the sentence reports is the meeting, and each state listed takes part."""
    text = (
        "The G7 foreign ministers of Canada, France, Germany, Italy, Japan, the United Kingdom "
        "and the United States of America met in Muenster on 4 November 2022."
    )
    got = next(iter(_meetings(store, text, "2022-11-05").values()))
    assert {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"} <= set(got)
    assert all(got[s]["capacity"] == "member" for s in ("CAN", "USA"))


@pytest.mark.parametrize(
    "sentence",
    [
        "All SCO member states except India attended the summit.",
        "With the exception of India, all member states took part.",
        "All member states but India took part in the summit.",
    ],
)
def test_all_members_but_one_named(store, sentence):
    """The members that day but the one an exception names, which is not a participant."""
    text = "The SCO summit was held in Astana on 4 July 2024. " + sentence
    got = next(iter(_meetings(store, text, "2024-07-05").values()))
    assert "IND" not in got
    assert {"CHN", "RUS", "IRN", "BLR", "PAK"} <= set(got)
    assert got["CHN"]["inferred"]


def test_counted_members_without_all(store):
    """ "with all six member states attending", "The SCO's eight member states took part":
    a count of members (no bloc name before "member") is expanded where the KB agrees."""
    gcc = (
        "The GCC summit was held in Riyadh on 9 December 2021 with all six member states attending."
    )
    got = next(iter(_meetings(store, gcc, "2021-12-10").values()))
    assert {"ARE", "BHR", "KWT", "OMN", "QAT"} <= set(got)
    sco = "The SCO's eight member states took part in the summit in Qingdao on 9 June 2018."
    got = next(iter(_meetings(store, sco, "2018-06-10").values()))
    assert {"IND", "PAK", "RUS", "KAZ"} <= set(got) and "IRN" not in got


def test_chairmanship_taken_over_and_hosts_of_other_summits(store):
    """ "took over the chairmanship from Comoros": Mauritania chair, Comoros nothing; "South
    Africa hosted the one in 2023": another summit's host, not a participant of this one."""
    au = (
        "The AU summit was held in Addis Ababa on 18 February 2024. Mauritania's president took "
        "over the chairmanship from Comoros."
    )
    got = next(iter(_meetings(store, au, "2024-02-19").values()))
    assert got["MRT"]["capacity"] == "chair" and "COM" not in got
    brics = (
        "The BRICS summit opened in Kazan on 22 October 2024. Brazil hosted the previous summit "
        "in 2019, and South Africa hosted the one in 2023."
    )
    got = next(iter(_meetings(store, brics, "2024-10-23").values()))
    assert not {"BRA", "ZAF"} & set(got)


def test_a_leader_skips_but_sends_a_minister(store):
    """ "Modi skipped the summit but sent Foreign Minister Jaishankar": India attended."""
    text = (
        "The SCO summit was held in Astana on 4 July 2024. Indian Prime Minister Modi skipped "
        "the summit but sent Foreign Minister Jaishankar."
    )
    got = next(iter(_meetings(store, text, "2024-07-05").values()))
    assert got["IND"]["attendance"] == "attended"


def test_side_meetings_new_standing_and_partners_named_before(store):
    """ "met his Russian, Indian and Pakistani counterparts on the sidelines": side talks;
    "Turkey, Malaysia and Vietnam became partner countries": a standing, not taking part;
    "On behalf of India, ... delivered the address": India took part; "as did partners Japan
    and Australia": partners."""
    sco = (
        "The SCO foreign ministers met in Astana on 21 May 2024. Wang Yi met his Russian, "
        "Indian and Pakistani counterparts on the sidelines. On behalf of India, External "
        "Affairs Minister Jaishankar delivered the address."
    )
    got = next(iter(_meetings(store, sco, "2024-05-22").values()))
    assert "IND" in got and not {"RUS", "PAK"} & set(got)
    brics = (
        "The BRICS summit was held in Kazan on 23 October 2024. Thirteen countries including "
        "Turkey, Malaysia and Vietnam became partner countries."
    )
    got = next(iter(_meetings(store, brics, "2024-10-24").values()))
    assert not {"TUR", "MYS", "VNM"} & set(got)
    nato = (
        "The NATO summit took place in Washington on 10 July 2024. Finland and Sweden attended, "
        "as did partners Japan and Australia."
    )
    got = next(iter(_meetings(store, nato, "2024-07-11").values()))
    assert got["JPN"]["capacity"] == got["AUS"]["capacity"] == "partner"
    assert got["FIN"]["capacity"] == "member"


def test_a_suspension_between_memberships_is_membership_throughout(store):
    """Mali in the AU: member, suspended 2020-08-19, member again 2020-10-09, suspended
    since 2021-06-01, each span beginning the day after the last ended: over 2020 to 2024 a
    member throughout (taking part, or not, as one). Morocco, a member only from 2017, is
    none over 1980 to 2024."""
    from blocgraph.extract.report import kb_status_reader

    during = kb_status_reader(store).during("AU", date(2020, 1, 1), date(2024, 1, 1))
    assert during["MLI"] == during["BFA"] == "member"
    assert "MAR" not in kb_status_reader(store).during("AU", date(1980, 1, 1), date(2024, 1, 1))


def test_a_suspended_state_takes_part_in_the_status_it_holds_suspended(store, extract_json):
    """Russia's OAS permanent observer status is suspended from 2022-04-21: named at a 2023
    General Assembly, it is proposed as an observer (the status suspended), not as a member,
    and flagged, since a suspended state may not take part. Paraguay, suspended in Mercosur in
    2012, held a member's status."""
    from blocgraph.extract.report import kb_status_reader

    reader = kb_status_reader(store)
    assert reader("OAS", date(2023, 6, 21))["RUS"] == "suspended"
    assert reader.suspended_status("OAS", "RUS", date(2023, 6, 21)) == "observer"
    assert reader.suspended_status("Mercosur", "PRY", date(2012, 12, 7)) == "member"
    text = (
        "The 53rd regular session of the OAS General Assembly opened in Washington on June 21, "
        "2023. Russia attended the session. Brazil and Mexico also attended."
    )
    [meeting] = extract_json(text, "2023-06-22")["meetings"]
    got = {_tail(p["state"]): p for p in meeting["participants"]}
    assert (got["RUS"]["capacity"], got["RUS"]["from"]) == ("observer", "kb")
    assert got["RUS"]["conflicts"] == ["suspended in OAS on 2023-06-21 (its observer status)"]
    assert got["BRA"]["capacity"] == "member" and got["BRA"]["conflicts"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi Arabia has not yet decided whether to attend.",
        "Saudi Arabia may attend the summit.",
        "The summit could be moved if Saudi Arabia attends.",
    ],
)
def test_taking_part_not_announced_as_certain(store, sentence):
    text = "The BRICS summit will be held in Kazan on 22 October 2024. " + sentence
    for m in to_json(extract_report(text, "2024-10-10", store=store))["meetings"]:
        assert "SAU" not in {_tail(p["state"]) for p in m["participants"]}


def test_a_meeting_going_on_is_dated_by_the_date_line(store):
    text = (
        "date 2018-04-24\nRussian Foreign Minister Lavrov and Chinese Foreign Minister Wang Yi "
        "are attending the SCO Council of Foreign Ministers meeting.\n"
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (m["start"], m["date_quote"]) == ("2018-04-24", "date 2018-04-24")
    assert to_json(extract_report(text, "2018-04", store=store))["meetings"][0]["start"] is None


def test_a_generic_body_name_needs_its_bloc_named_nearby(store):
    """ "General Assembly" is the OAS's body in the knowledge base, but a SAARC report naming
    "the United Nations General Assembly" (or a bare "General Assembly" with no OAS near) has
    no OAS meeting; with the OAS named just before, the bare name is the OAS's."""
    text = (
        "The SAARC foreign ministers will meet in New York on 25 September 2021. The meeting "
        "is held on the sidelines of the United Nations General Assembly. Brazil and Chile "
        "attended the General Assembly."
    )
    assert {k[0] for k in _meetings(store, text, "2021-09-20")} == {"SAARC"}
    text = (
        "The OAS opened its session in Lima on 5 October 2022. Peru hosted the General "
        "Assembly, which Chile attended."
    )
    meetings = _meetings(store, text, "2022-10-05")
    assert ("OAS", "general-assembly", "2022-10-05") in meetings


def test_no_one_attends_a_cancelled_meeting(store):
    """A meeting called off has no one attending, neither its host nor the members a sentence
    about the cancellation names; a boycott stays an absence."""
    text = (
        "A meeting of SAARC foreign ministers, slated for 25 September 2021 in New York, was "
        "cancelled. Nepal was the host of the meeting. The letter was sent to all member "
        "states. Bhutan boycotted the meeting."
    )
    [got] = _meetings(store, text, "2021-09-23").values()
    assert {s: p["attendance"] for s, p in got.items()} == {"BTN": "absent"}


def test_a_summit_in_a_city_is_this_meetings_venue_where_it_names_this_meeting(store):
    """ "at an ASEAN summit in Jakarta": the city of the meeting the phrase names; "at a summit
    in Astana" said inside a sentence about another meeting is not that meeting's venue."""
    text = "Myanmar promised it at an ASEAN summit in Jakarta on 24 April 2021."
    [m] = to_json(extract_report(text, "2022-10-05", store=store))["meetings"]
    assert (m["city"], _tail(m["host"])) == ("Jakarta", "IDN")
    text = (
        "The SCO summit will be held in Qingdao on 9 June 2018, a year after admitting new "
        "members at a summit in Astana."
    )
    meetings = to_json(extract_report(text, "2018-04-24", store=store))["meetings"]
    qingdao = next(m for m in meetings if m["start"] == "2018-06-09")
    assert _tail(qingdao["host"]) == "CHN" and qingdao["city"] == "Qingdao"


def test_two_summits_named_together_are_two_meetings(store):
    """ "the 40th and 41st ASEAN summits": two meetings of one body, each with its ordinal,
    sharing the dates, the venue and what the text says of them; the host of a coming summit
    whose invitations the text gives takes part (invited). "ASEAN summits" are the body named
    "ASEAN Summit", whatever number of summits with one partner the record holds beside it."""
    text = (
        "Cambodia has invited Japan to the 40th and 41st ASEAN summits due to be held in the "
        "Cambodian capital, Phnom Penh, from 8 to 13 November."
    )
    meetings = to_json(extract_report(text, "2022-10-05", store=store))["meetings"]
    assert sorted(m["ordinal"] for m in meetings) == [40, 41]
    for m in meetings:
        assert (m["start"], m["end"], _tail(m["host"])) == ("2022-11-08", "2022-11-13", "KHM")
        # (the second's host quote begins at a word, not one letter into "summits")
        assert re.search(r"(?:^|\s)" + re.escape(m["host_quote"]) + "$", text)
        assert [_tail(i["state"]) for i in m["invitations"]] == ["JPN"]
        [host] = m["participants"]
        assert (_tail(host["state"]), host["capacity"], host["attendance"]) == (
            "KHM",
            "host",
            "invited",
        )


def test_a_place_in_a_demonyms_state_gives_the_host(store):
    """ "held at the German town of Muenster": Germany hosts (from the place, so inferred);
    "Baerbock hosted the foreign ministers of X, Y" two sentences on is that meeting's."""
    text = (
        "The G7 foreign ministers' meeting was held at the German town of Muenster on 4 "
        "November 2022. The treaty was signed in 1648 in the city.\n\nGerman foreign minister "
        "Annalena Baerbock hosted the foreign ministers of France and Japan."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["host"]), m["city"]) == ("DEU", "Muenster")
    got = {_tail(p["state"]): p["capacity"] for p in m["participants"]}
    assert got == {"DEU": "host", "FRA": "member", "JPN": "member"}


def test_a_council_named_by_its_blocs_opening_word_and_a_capitals_dateline(store):
    """ "the Eurasian Intergovernmental Council" (a body not in the knowledge base) in a report
    naming the EEU is the EAEU's; "YEREVAN, NOVEMBER 18, ARMENPRESS." dates a meeting the
    report says took place with no other day. Without the EEU named, the council's name alone
    is the EAEU's (round 28: the knowledge base now has the body); a generic "Intergovernmental
    Council" alone is no meeting."""
    text = (
        "YEREVAN, NOVEMBER 18, ARMENPRESS. The sitting of the Eurasian Intergovernmental "
        "Council took place in Yerevan. Pashinyan met the partners of the EEU member states."
    )
    [m] = to_json(extract_report(text, "2021-11-19", store=store))["meetings"]
    assert (_tail(m["bloc"]), m["start"], _tail(m["host"])) == ("EAEU", "2021-11-18", "ARM")
    assert m["date_quote"].startswith("YEREVAN, NOVEMBER 18")
    alone = "YEREVAN, NOVEMBER 18. The sitting of the Eurasian Intergovernmental Council ended."
    [m] = to_json(extract_report(alone, "2021-11-19", store=store))["meetings"]
    assert _tail(m["bloc"]) == "EAEU"
    generic = "YEREVAN, NOVEMBER 18. The sitting of the Intergovernmental Council ended."
    assert to_json(extract_report(generic, "2021-11-19", store=store))["meetings"] == []


def test_the_summit_of_a_report_that_names_one_bloc_and_never_its_meeting(store):
    """ "AU to discuss readmission ... this weekend's summit in Ethiopia's capital": the one
    bloc the report names holds "this weekend's summit"; with two blocs named, it is no one's,
    and a sentence about other talks is not the summit's."""
    text = (
        "AU to discuss readmission\n\nThe three nations cannot participate in this weekend's "
        "summit in Ethiopia's capital Addis Ababa. Diop met on Thursday with Rwandan "
        "officials."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["bloc"]), _tail(m["body"]), _tail(m["host"])) == (
        "AU",
        "assembly",
        "ETH",
    )
    assert "RWA" not in {_tail(p["state"]) for p in m["participants"]}
    two = text.replace("AU to discuss", "AU and ECOWAS to discuss").replace("ECOWAS", "EU")
    assert to_json(extract_report(two, None, store=store))["meetings"] == []


def test_the_day_of_a_statement_is_not_the_meetings(store):
    """ "China on Wednesday (July 2, 2025) said Li will attend the BRICS summit": the day of
    the statement; the summit is one meeting, on the days the text gives it."""
    text = (
        "China on Wednesday (July 2, 2025) said Premier Li Qiang will attend the BRICS summit "
        "in Brazil later this week. Li will attend the 17th BRICS Summit in Rio de Janeiro, "
        "Brazil, from July 5 to 8."
    )
    meetings = to_json(extract_report(text, "2025-07-02", store=store))["meetings"]
    assert [(m["ordinal"], m["start"], m["end"]) for m in meetings] == [
        (17, "2025-07-05", "2025-07-08")
    ]


def test_cyrillic_lookalikes_are_read_as_latin_and_quoted_as_written(store):
    """ "hostеd in Doha, Qatar on Dеcеmbеr 5, 2023" with Cyrillic "е"s: the date and host are
    read; the quotes are the text as written. "the 2007 GCC summit" is another meeting."""
    text = (
        "The 44th summit of th\u0435 Gulf Coop\u0435ration Council, host\u0435d in Doha, Qatar "
        "on D\u0435c\u0435mb\u0435r 5, 2023, was attended by Oman. Former Iranian President "
        "Ahmadinejad attended the 2007 GCC summit."
    )
    meetings = to_json(extract_report(text, "2023-12-14", store=store))["meetings"]
    doha = next(m for m in meetings if m["ordinal"] == 44)
    assert (doha["start"], _tail(doha["host"])) == ("2023-12-05", "QAT")
    assert "D\u0435c\u0435mb\u0435r 5" in doha["date_quote"] and doha["date_quote"] in text
    assert "IRN" not in {_tail(p["state"]) for p in doha["participants"]}
    assert any(
        "IRN" in {_tail(p["state"]) for p in m["participants"]} for m in meetings if m is not doha
    )


def test_meetings_in_general_and_the_sentence_after_that_opens_or_ends_it(store):
    """ "Moldova suspended its participation in CIS meetings": no meeting in particular, and
    no participant; "The summit kicked off this morning and will end on 6 February", right
    after the meeting's sentence, dates it (a drill that "began" is not it)."""
    text = (
        "The CIS summit is held in Moscow on 8 October 2024. The CIS was founded in 1991. "
        "Moldova suspended its participation in CIS meetings in 2022."
    )
    meetings = to_json(extract_report(text, "2024-10-08", store=store))["meetings"]
    assert len(meetings) == 1
    assert "MDA" not in {_tail(p["state"]) for p in meetings[0]["participants"]}
    text = (
        "Kiir skipped the 35th Ordinary Session of the African Union Assembly in Addis Ababa. "
        "The submit kicked-off this morning and will end on 6th of February."
    )
    [m] = to_json(extract_report(text, "2022-02-05", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2022-02-05", "2022-02-06")
    drill = text.replace("The submit kicked-off", "The drill in Russia began")
    [m] = to_json(extract_report(drill, "2022-02-05", store=store))["meetings"]
    assert m["start"] is None


def test_a_host_the_text_names_outranks_the_venues_country(store):
    """ "slated to be held on Saturday in New York ... Nepal was the host of the meet": Nepal
    hosts, not the country of the venue."""
    text = (
        "A meeting of SAARC foreign ministers is slated to be held on Saturday in New York. "
        "Nepal was the host of the meeting."
    )
    [m] = to_json(extract_report(text, "2021-09-23", store=store))["meetings"]
    assert (_tail(m["host"]), m["city"], m["start"]) == ("NPL", "New York", "2021-09-25")


def test_a_coming_summits_host_in_spanish(store):
    """ "fecha elegida por Brasil para realizar la cumbre": Brazil hosts the summit the report
    is about, announced ("invited"); "Brasil ejerce la presidencia pro tempore" says so too."""
    text = (
        "Milei no viajará a Foz el próximo 20 de diciembre, fecha elegida por Brasil para "
        "realizar la cumbre de jefes de Estado del Mercosur."
    )
    [m] = to_json(extract_report(text, "2025-11-12", store=store))["meetings"]
    assert (_tail(m["host"]), m["start"]) == ("BRA", "2025-12-20")
    [host] = m["participants"]
    assert (_tail(host["state"]), host["capacity"], host["attendance"]) == (
        "BRA",
        "host",
        "invited",
    )
    text = (
        "Brasil ejerce actualmente la presidencia pro tempore del Mercosur, cuya cumbre será el "
        "20 de diciembre."
    )
    [m] = to_json(extract_report(text, "2025-11-12", store=store))["meetings"]
    assert _tail(m["host"]) == "BRA"


def test_a_list_of_numbered_meetings_of_the_bloc(store):
    """ "The 188th Meeting of the OPEC Conference, the 54th Meeting of the Joint Ministerial
    Monitoring Committee (JMMC) and the 37th OPEC and non-OPEC Ministerial Meeting (ONOMM)":
    three meetings, each its ordinal, the JMMC with no body in the knowledge base."""
    text = (
        "The 188th Meeting of the OPEC Conference, the 54th Meeting of the Joint Ministerial "
        "Monitoring Committee (JMMC) and the 37th OPEC and non-OPEC Ministerial Meeting "
        "(ONOMM) will be held via video conference on Sunday."
    )
    meetings = to_json(extract_report(text, "2024-06-02", store=store))["meetings"]
    got = {(m["ordinal"], _tail(m["series"])) for m in meetings}
    assert {(54, None), (37, "onomm")} <= got and any(o == 188 for o, _s in got)
    assert all(m["start"] == "2024-06-02" for m in meetings)


def test_a_meeting_that_opened_and_lasts_n_days_said_in_another_sentence(store):
    """ "the SCO's Military Medicine Conference that kicked off here on Thursday" and, further
    on, "The two-day military medicine conference": its first and last day; without the
    opening, a two-day meeting on a day says nothing of which day that is."""
    text = (
        "Pakistan skipped the SCO's Military Medicine Conference that kicked off here on "
        "Thursday. The two-day military medicine conference in New Delhi is being held."
    )
    [m] = to_json(extract_report(text, "2019-09-12", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2019-09-12", "2019-09-13")
    held = text.replace("that kicked off here on Thursday", "held on Thursday")
    [m] = to_json(extract_report(held, "2019-09-12", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2019-09-12", "2019-09-12")


def test_a_meeting_of_the_blocs_leaders_in_a_city_the_report_placed(store):
    """ "a meeting of Eurasian Economic Union leaders in St. Petersburg": the bloc's summit
    body; St. Petersburg lies in Russia because the report says "the Russian city of St.
    Petersburg", which is the host's quote."""
    text = (
        "The CIS summit is scheduled for later Monday in the Russian city of St. Petersburg. "
        "Aliyev did not attend a meeting of Eurasian Economic Union leaders in St. Petersburg "
        "a day earlier."
    )
    meetings = to_json(extract_report(text, "2025-12-22", store=store))["meetings"]
    eaeu = next(m for m in meetings if _tail(m["bloc"]) == "EAEU")
    assert _tail(eaeu["series"]) == "supreme-eurasian-economic-council"
    assert (_tail(eaeu["host"]), eaeu["city"]) == ("RUS", "St. Petersburg")
    assert eaeu["host_quote"] == "Russian city of St. Petersburg"


def test_the_state_that_will_hold_next_years_summit_hosts_the_next_one(store):
    """ "the U.S. will hold next year's summit": another meeting than the one reported, whose
    host the text names, taking part as host (invited)."""
    text = (
        "The G20 summit in Johannesburg ended Sunday. Trump has said the U.S. will hold next "
        "year's summit at his golf club."
    )
    meetings = to_json(extract_report(text, "2025-11-23", store=store))["meetings"]
    this = next(m for m in meetings if m["start"] == "2025-11-23")
    assert _tail(this["host"]) == "ZAF"
    [nxt] = [m for m in meetings if m is not this]
    assert _tail(nxt["host"]) == "USA" and nxt["start"] is None
    assert [(_tail(p["state"]), p["capacity"], p["attendance"]) for p in nxt["participants"]] == [
        ("USA", "host", "invited")
    ]


def test_two_states_own_talks_are_no_meeting_of_the_bloc(store):
    """ "X and Y held a meeting in Riyadh to discuss cooperation between the two countries
    within the OPEC+ alliance": a bilateral meeting, the bloc its setting; the OPEC+ session
    named later has no host from it."""
    text = (
        "Saudi Energy Minister Abdulaziz and Russian Deputy Prime Minister Novak held a meeting "
        "in Riyadh to discuss cooperation between the two countries within the OPEC+ alliance. "
        "Both sides discussed the ninth session of the joint committee in Riyadh. Their meeting "
        "followed Monday's virtual session of the OPEC+ Joint Ministerial Monitoring Committee."
    )
    [m] = to_json(extract_report(text, "2025-08-01", store=store))["meetings"]
    assert (m["start"], m["host"], m["participants"]) == ("2025-07-28", None, [])


def test_scorer_pairs_an_undated_proposal_only_with_its_one_candidate():
    """The scorer's last pairing: one to one, nothing contradicting, something beyond the
    bloc agreeing; a proposal without the gold's date is then its meeting."""
    from blocgraph.extract.score import match

    def proposal(**kw):
        return {"bloc": ID + "bloc/G20", "series": None, "host": None, "city": None, **kw}

    gold = {"bloc": "G20", "series": None, "start": "2025-02-20", "host": "ZAF", "city": "Joburg"}
    undated = proposal(host=ID + "state/ZAF", city="Joburg")
    assert match([undated], [gold]) == {0: undated}
    # two candidates, or a date, host or city that contradicts: no pairing
    assert match([undated, dict(undated)], [gold]) == {}
    assert match([proposal(host=ID + "state/ZAF", start="2025-03-01")], [gold]) == {}
    assert match([proposal(host=ID + "state/USA", city="Joburg")], [gold]) == {}
    assert match([proposal(city="Cape Town")], [gold]) == {}
    # nothing beyond the bloc agreeing: no pairing
    assert match([proposal()], [gold]) == {}
    # two gold meetings the one proposal could be: no pairing
    assert match([undated], [gold, dict(gold, start="2025-11-22")]) == {}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(
        st.sampled_from(
            [
                "SCO",
                "summit",
                "meeting",
                "India",
                "Indian official",
                "attended",
                "as an observer",
                "did not attend",
                "on Thursday",
                "19-20 February",
                "in Moscow",
                "hosted by",
                ",",
                "and",
                ".",
                "\n\n",
                "the",
                "9th",
                "invited",
                "all eight members",
                "Belarus",
                "Council of Heads of State",
                "next month",
                "BRICS",
                "Brasil",
                "y",
                "cumbre",
            ]  # fmt: skip
        ),
        max_size=40,
    ),
    published=st.sampled_from([None, "2020", "2020-02", "2020-02-21"]),
)
def test_any_text_gives_proposals_with_verbatim_quotes(gaz, words, published):
    """Whatever the text, the extractor answers, and every quote is a piece of the text."""
    from blocgraph.extract.dates import parse_published as parse
    from blocgraph.extract.proposals import extract

    text = " ".join(words)
    result = extract(text, gaz, parse(published) if published else None)
    for m in result.meetings:
        for quote in [m.quote, m.date_quote, m.host_quote]:
            assert quote is None or quote in text
        for p in m.participants.values():
            assert p.quote in text or p.inferred
        for i in m.invitations.values():
            assert i.quote in text


def test_dev_corpus_quality(extract_json, gaz):
    """The scores benchmarks/extract.py prints for the dev split, held to a floor: no invented fact,
    and participant precision and recall no lower than they are now. The issue's targets (recall
    0.9, precision 0.95) are reported by the benchmark, not asserted here. On the 58 dev reports
    of round 4 (01-26, and the held-out splits of earlier rounds, 27-40 and 41-58) the rules of
    round 3 measured precision 0.837 and recall 0.689. Round 4's meeting rules (generic body
    names, second meetings, dates and hosts, the scorer's one-to-one pairing) and participant
    rules (collectives, attendance, who is named) bring them to precision 0.971 and recall
    0.840, dates 60/63 and hosts 68/74. Round 4's held-out split (31 reports, scored once at
    stop 16) then joined dev as 59-89: on the 89 reports the same rules measure precision 0.868,
    recall 0.652, dates 76/98 and hosts 88/112. Round 5's meeting rules (which meetings: summits
    and ministers' meetings kept apart, summits of two blocs, blocs that are represented or take
    part, meetings in passing; dates: dropped plans, weekdays in Spanish and French, a headline's
    year, second days and parts that follow on; hosts: a city in its state, a summit named by its
    city, a readout's place line; ordinals and the extraordinary series) and participant rules
    (counted collectives pinned in the bloc's history when the text gives no date,
    whole-membership and other-bloc collectives, roll calls, names without diacritics,
    invitations to join a bloc, votes, wars and publishers as no participation) bring them to
    precision 0.940, recall 0.815, dates 88/98 and hosts 94/112. Round 5's held-out split (35
    reports, scored twice at stop 17) then joined dev as 90-124: on the 124 reports the same rules
    measure precision 0.856, recall 0.653, dates 108/133 and hosts 116/160. Round 6's meeting rules
    (hosts before a relative clause, by a leader's possessive or a minister receiving the bloc's
    partners, none at the UN's margins; dates of agencies' datelines, events, documents, "as of"
    and "around" dropped, weekdays the report dates elsewhere; meetings of a bloc "under way" or
    of its people hosted, bodies named before their bloc) bring them to precision 0.913, recall
    0.695, dates 110/133 and hosts 124/160 (on 90-124 alone precision 0.807 and recall 0.409,
    from 0.520 and 0.267). Round 6's participant rules (a whole bloc's people, a list named in
    the next sentence, a city's state, relative clauses, a leader's or minister's absence,
    capacities and verbs of taking part in other languages) bring the merged rules to precision
    0.924, recall 0.724, dates 110/133 and hosts 124/160 (on 90-124 alone precision 0.851 and recall
    0.503). Round 6's held-out split (34 reports, scored three times at stop 18) then joined dev
    as 125-158: on the 158 reports the same rules measure precision 0.890, recall 0.629, dates
    122/166 and hosts 141/197. Round 7's meeting rules (time-stamp lines and readouts' verbs,
    hosts by chair, arrival or a city hosting, a stated host over the venue's country, weekdays
    of a dated week, a sentence's one year, other acts' days, ordinals counting places, bloc
    names in title case) bring them to precision 0.901, recall 0.643, dates 126/166 and hosts
    147/197 (the 17 reports 142-158, kept unread as a check, stay at precision 0.516, recall
    0.174, dates 4/15, hosts 7/17).
    Round 7's participant rules, written as families from the misses
    of 1-141 only (state names from pycountry's ISO 3166 catalogues in Spanish, Portuguese,
    French and German, lists that go on through an unknown item or a roll of people with their
    offices, verbs of arriving, guest lists and speeches, "with the other G7 leaders", bulleted
    roll calls, associated states in Spanish) alone bring the 158 reports to precision 0.887, recall
    0.658 (on 1-141 0.915 and 0.734, from 0.916 and 0.702; on the check set 142-158, scored as
    totals twice, precision 0.493 and recall 0.179, from 0.516 and 0.174). Merged, round 7's
    rules measure precision 0.899, recall 0.672, dates 126/166 and hosts 147/197 on the 158
    reports; the check set stays at precision 0.493 and recall 0.179, and round 7's held-out
    split did not move at all (precision 0.564, recall 0.230 before and after). That split then
    joined dev as 159-194: on the 194 reports the same rules measure precision 0.854, recall
    0.574, dates 140/191 and hosts 169/232. Round 8's meeting-choice rules, written as families
    from the misses of 1-175 only (a bloc that takes part or an official's bloc is no meeting,
    a joint session of a body is its meeting, "cimeira" and summits "entre" two blocs, a summit
    far from the one bloc a sentence names, a summit named by its city apart from the report's
    own, a page's stamp or date line and a sentence's opening date, a meeting held "here" at the
    dateline, "the 45th Summit" listed after the 44th, proposals of one record joined) bring
    them to precision 0.885, recall 0.601, dates 144/191 and hosts 172/232 (on 1-175 precision
    0.901 and recall 0.680, from 0.876 and 0.654; on the check set 176-194, scored as totals
    twice, precision 0.538 and recall 0.116, from 0.385 and 0.083). Round 8's generic reading of
    collective mentions (collectives.py: quantifier or count, bloc, status, exclusions and
    "other" relative to the states named, in English, Spanish, Portuguese, French and German),
    written as families from the misses of 1-175 only, brings them to precision 0.864, recall
    0.636, dates 140/191 and hosts 169/232 (missed collectives 220 to 114; on 1-175 precision
    0.880 and recall 0.690, from 0.876 and 0.654; on the check set 176-194, scored as totals
    twice, precision 0.689 and recall 0.303, from 0.385 and 0.083, before "the SCO foreign
    ministers met" was made a generic plural again). Merged, round 8's rules measure precision
    0.889, recall 0.659, dates 143/191 and hosts 172/232 on the 194 reports (on 1-175 precision
    0.900 and recall 0.711; on the check set 176-194, scored as totals a third time, precision
    0.764 and recall 0.336, from 0.385 and 0.083), with the knowledge base's new ministerial
    series; round 8's held-out split did not move (precision 0.457 and recall 0.103 before,
    0.463 and 0.103 after). That split then joined dev as 195-230: on the 230 reports the same
    rules measure precision 0.864, recall 0.563, dates 156/234 and hosts 188/281. Round 9's
    meeting finding (meeting_finding.py: an undated meeting linked to the one recorded around the
    publication date, meeting nouns, taking part and blocs' names in German, Russian and Arabic,
    the report's "meeting" when it never names it with its bloc, "the bloc's" summit, a summit
    body whose name says no summit, summits "between" the bloc and another party, the body of
    the ministers a meeting is of in seven languages), written from the misses of 1-194 only,
    brings them to precision 0.869, recall 0.569, dates 156/234 and hosts 191/281 (on 1-194
    precision 0.889 and recall 0.662, from 0.889 and 0.659; on the check set 195-230, scored as
    totals only, precision 0.549 and recall 0.125, from 0.463 and 0.103). Round 9's Russian and
    Arabic reading (languages.py: state names in six cases and with Arabic prefixes, state
    adjectives, cities, blocs, bodies, months and reading words), merged with it, brings them to
    precision 0.866, recall 0.580, dates 160/234 and hosts 196/281 (on 1-194 precision 0.890 and
    recall 0.665; on the check set precision 0.575 and recall 0.170); round 9's held-out split
    moved from precision 0.586 and recall 0.273 to 0.586 and 0.309 (totals only, scored twice).
    That split then joined dev as 231-266: on the 266 reports the same rules measure precision
    0.832, recall 0.540, dates 173/262 and hosts 213/327.
    Round 10's meeting rules (ordinals of summits of heads of state in French and Portuguese, a
    later summit of either bloc of a two-bloc summit, "representatives from" and "líderes de"
    as taking part, the town people go to "to attend", councils of a bloc and a partner the
    knowledge base lacks such as the NATO-Russia Council), written from the misses of 1-230
    only, bring them to precision 0.832, recall 0.545, dates 174/262 and hosts 215/327 (on 1-230
    precision 0.865 and recall 0.586, from 0.866 and 0.580; the check set 231-266, totals only,
    stays at precision 0.586 and recall 0.309). Round 10's reading of other languages
    (Russian and Arabic collectives, Arabic adjectives after a title, Russian datelines and words
    of a meeting going on, Spanish, Portuguese and French demonyms), written from the misses of
    1-230 only, alone brings them to precision 0.836, recall 0.547, dates 175/262 and hosts
    215/327 (on 1-230 precision 0.870 and recall 0.589; on the check set 231-266, totals only,
    precision 0.589 and recall 0.309, from 0.586 and 0.309).
    Merged, round 10's rules measure precision 0.836, recall 0.552, dates 176/262 and hosts
    217/327 on the 266 reports (on 1-230 precision 0.868 and recall 0.595; on the check set
    precision 0.589 and recall 0.309). Round 10's held-out split moved from precision 0.547 and
    recall 0.200 to 0.533 and 0.204 (totals only, scored twice). That split then joined dev as
    267-302: on the 302 reports the same rules measure precision 0.820, recall 0.522, dates
    194/300 and hosts 236/374.
    Round 11's meeting finding in the other languages (a bloc's name glued to a meeting noun,
    venues in the report's language, ordinals before the meeting word and after it in Arabic,
    "esta cumbre" as the report's own meeting, leaders' meetings named by their people, the
    Egyptian final yā'), written from the misses of 1-266 only, brings them to precision 0.821,
    recall 0.526, dates 196/300 and hosts 240/374 (on 1-266 precision 0.837 and recall 0.556,
    from 0.836 and 0.552; on the check set 267-302, totals only, precision 0.543 and recall
    0.213, from 0.533 and 0.204: its unpaired gold meetings stay 14 of 61). Round 11's reading
    (a demonym shared by several states read as the sovereign one, Russian "<adjective>
    Республика" in all cases, counts of states followed by a verb of taking part, a bloc's
    possessive only when capitalised) alone brings the check set to precision 0.538 and recall
    0.209. Merged, round 11's rules measure precision 0.822, recall 0.532, dates 196/300 and hosts
    240/374 on the 302 reports (on the check set precision 0.548 and recall 0.217); round 11's
    held-out split moved from precision 0.489 and recall 0.221 to 0.486 and 0.224 (totals only,
    scored twice). That split then joined dev as 303-338: on the 338 reports the same rules
    measure precision 0.797, recall 0.501, dates 202/325 and hosts 247/404.
    Round 12's dates (German day-month dates, days relative to the report in Spanish, Portuguese,
    French and German, a German day's dot no sentence end, a day a verb of holding gives kept
    before "reported"), written from the misses of 1-302 only, alone bring them to precision 0.797,
    recall 0.501, dates 209/325 and hosts 248/404 (on 1-302 precision 0.823, recall 0.532, dates
    202/300, hosts 241/374, gold meetings paired 362 of 492 from 358; on the check set 303-338,
    totals only, precision 0.486, recall 0.224, dates 7/25 from 6/25, hosts 7/30, paired 21 of 48).
    Round 12's attachment of named states (a later sentence of taking part or arriving is the
    meeting's however far on, a state named by an official of its in a sentence about the
    meeting where it holds a standing in the bloc, officials in a make-up clause, rolls of
    rulers, "will join the Summit"), written from the misses of 1-302 only, alone brings them to
    precision 0.798, recall 0.533, dates 203/325 and hosts 249/404 (on 1-302 precision 0.823 and
    recall 0.565, from 0.822 and 0.532; on the check set 303-338, totals only, precision 0.500
    and recall 0.251, from 0.486 and 0.224).
    Merged, round 12's rules measure precision 0.797, recall 0.533, dates 210/325 and hosts
    250/404 on the 338 reports (on 1-302 precision 0.822, recall 0.565, dates 203/300, hosts
    243/374; on the check set precision 0.500, recall 0.251, dates 7/25, hosts 7/30, paired 22 of
    48 gold meetings).
    Round 12's held-out split then joined dev as 339-374: on the 374 reports the same rules
    measure precision 0.782, recall 0.496, dates 223/360 and hosts 267/444.
    Round 13 reads reports in Chinese through a gloss (cjk.py: names, bodies, dates, ordinals and
    verbs found without word boundaries and written out in English): on the read set (1-338)
    precision 0.800, recall 0.542, dates 214/325, hosts 254/404 (from 0.797, 0.533, 210, 250);
    on the check set (339-374, totals only) precision 0.661, recall 0.323, dates 16/35, hosts
    20/40, paired 36 of 63 gold meetings (from 0.571, 0.214, 13, 17, 31); on the 374 reports
    precision 0.788, recall 0.517, dates 230/360 and hosts 274/444.
    Round 13's collective readings alone (the people of a group by "the" and its standing or its
    bloc's name, in French, German, Russian, Arabic and Chinese as in English; verbs of taking
    part in more languages; "all 32 leaders" checked against the knowledge base's count; a
    collective in a sentence that names no meeting, for the report's one meeting of its bloc)
    bring the read set (dev 1-338) to precision 0.796 and recall 0.563 (from 0.797 and 0.533),
    the check set (339-374, totals only) to precision 0.623 and recall 0.265 (from 0.571 and
    0.214), and the 374 reports to precision 0.783, recall 0.529, dates 223/360 and hosts
    267/444.
    Round 13's meeting rules (a joint meeting of several councils is one meeting, a number
    alone finds the recorded meeting, a report's only meeting kept, German compounds of a bloc's
    name) pair 9 more read-set meetings but move no total. Merged, round 13's rules measure
    precision 0.788, recall 0.543, dates 230/360 and hosts 275/444 on the 374 reports (on 1-338
    precision 0.799, recall 0.572, dates 214/325, hosts 255/404; on the check set precision
    0.665, recall 0.328, dates 16/35, hosts 20/40, paired 36 of 63 gold meetings).
    Round 13's held-out split then joined dev as 375-410: on the 410 reports the same rules
    measure precision 0.777, recall 0.504, dates 242/385 and hosts 287/481.
    Round 14's name reading (German state adjectives before a title and genitives, Spanish,
    Portuguese, French and Italian demonyms in both genders and numbers, after a title's
    complement or capitalised between an article and a name, Italian catalogue names) and
    capacities stated in those languages bring the read set 1-374 to precision 0.787 and recall
    0.550 (from 0.788 and 0.543), leave the check set 375-410 at recall 0.181 with one more wrong
    proposal (precision 0.577 from 0.581, totals only), and measure on the 410 reports precision
    0.776, recall 0.510, dates 242/385 and hosts 287/481.
    Round 14's meeting finding (meeting nouns, articles and bloc names in Italian and Ukrainian;
    ordinals spelled past ten as tens and units in seven languages; a session of the heads of
    state's conference and the leaders' talks as the summit body) brings the read set (dev
    1-374) to precision 0.790 and recall 0.545 (from 0.788 and 0.543; 442 participants lost to
    meetings not found, from 451), the check set (375-410, totals only) to precision 0.620 and
    recall 0.193 (from 0.581 and 0.181; 30 of 54 gold meetings paired, from 27), and the 410
    reports to precision 0.781, recall 0.507, dates 242/385 and hosts 288/481.
    Round 14's collective mechanisms (descriptions of a bloc's make-up and exhortations in ten
    languages are not attendance; exceptions before and after a group in every corpus language;
    Italian and Ukrainian groups; every form of "particip-") bring the read set (1-374) to
    precision 0.788 and recall 0.547 (from 0.788 and 0.543), the check set (375-410, totals
    only) to precision 0.597 and recall 0.200 (from 0.581 and 0.181), and the 410 reports to
    precision 0.778, recall 0.509, dates 242/385 and hosts 287/481.
    Merged, round 14's rules measure precision 0.782, recall 0.517, dates 242/385 and hosts
    288/481 on the 410 reports (on 1-374 precision 0.791, recall 0.555, dates 230/360, hosts
    276/444; on the check set precision 0.629, recall 0.212, dates 12/25, hosts 12/37, paired 30
    of 54 gold meetings).
    Round 14's held-out split then joined dev as 411-446: on the 446 reports the same rules
    measure precision 0.773, recall 0.485, dates 247/414 and hosts 298/505.
    Round 15's meeting finding (Arabic read without its short vowels, shadda and tatweel, its
    ordinal in brackets, the GCC's long name with "العربي" and Arabic prefixes on foreign bloc
    names; Belarusian and Bengali meeting nouns, taking part and bloc names; a proposal with an
    ordinal and no body folded into the bloc's one body proposal) alone brings the read set
    (1-410) to precision 0.782 and recall 0.520 (from 0.782 and 0.517; 568 participants lost to
    meetings not found, from 580), leaves the check set (411-446, totals only) at precision 0.479
    and recall 0.108 with 19 of 50 gold meetings paired (from 18), and measures on the 446
    reports precision 0.773, recall 0.488, dates 249/414 and hosts 298/505.
    Round 15's hosts and dates (a city and the state said beside it, or a state and the city it
    names as its own, in the corpus languages; places without their diacritics; the host said in
    seven languages; Italian dates, "1er"/"1º", and a weekday with its bracketed day checked
    against the report's month), written from the misses of 1-410 only, bring the read set
    (1-410) to precision 0.784, recall 0.520, dates 247/385 and hosts 298/481 (from 0.782, 0.517,
    242 and 288), leave the check set (411-446, totals only) at precision 0.479, recall 0.108,
    dates 5/29 and hosts 10/24, and measure on the 446 reports precision 0.776, recall 0.487,
    dates 252/414 and hosts 308/505.
    Round 15's collectives (an undated, uncounted group of a bloc whose group changed in the
    span left unexpanded, counts past twenty in words, German "aller" and "zusammenkommen", "the
    other leaders of" a bloc) bring the read set (1-410) to precision 0.790 and recall 0.517
    (1962/2485 proposed, from 2510), leave the check set (411-446, totals only) at precision
    0.479 and recall 0.108, and bring the 446 reports to precision 0.781, recall 0.485, dates
    247/414 and hosts 298/505.
    Round 15's names (state names in Japanese, Bengali and Belarusian from pycountry's catalogues,
    Bengali endings and Belarusian cases, Belarusian state adjectives before people, Japanese
    titles through the gloss) add no right proposal on either set and two wrong ones on the
    check set (a Bengali report's meeting that pairs with no gold meeting).
    Merged, round 15's rules measure precision 0.783, recall 0.490, dates 254/414 and hosts
    308/505 on the 446 reports (on 1-410 precision 0.793, recall 0.523, dates 249/385, hosts
    298/481; on the check set precision 0.467, recall 0.108, dates 5/29, hosts 10/24, paired 19
    of 50 gold meetings).
    Round 15's held-out split then joined dev as 447-482: on the 482 reports the same rules
    measure precision 0.777, recall 0.473, dates 260/436 and hosts 316/534.
    Round 16's chairs and counts (a state said to chair where the venue gives another host
    takes part as the chair; a count of members that the members with one other standing
    make, undated with the suspended members) measure precision 0.783, recall 0.486, dates
    260/436 and hosts 316/534 (read set 1-446: precision 0.789, recall 0.504; the check set
    447-482 unchanged, precision 0.516, recall 0.146).
    Round 16's names in eight more languages (Vietnamese, Korean, Persian, Nepali, Indonesian,
    Polish, Turkish, Hindi: catalogue and short names with their particles, postpositions and
    cases, Polish and Devanagari adjectives, verbs of staying away and being invited) leave the
    read set and the check set where they were, alone and with round 16's meeting nouns of
    those languages (their verbs of taking part, which gained one right proposal and seven wrong
    ones there, were left out).
    Round 16's meeting finding (meeting nouns and bloc names in the same eight languages, with
    their particles, endings and cases; Japanese bloc names, meeting words, era years and a Latin
    name set against the letters) pairs 20 of the check set's 42 gold meetings (from 16) and
    leaves its totals nearly where they were (precision 0.508, recall 0.146).
    Merged, round 16's rules measure precision 0.781, recall 0.487, dates 260/436 and hosts
    316/534 on the 482 reports; months in Indonesian, Polish, Turkish and Hindi, any case for the
    day-first languages' months, a range across two of their months, and an English month no
    longer read from the head of a longer word ("Feb" of "Februari") bring dates to 261/436
    (read set 1-446: precision 0.788, recall 0.505, dates 254/414, hosts 308/505; check set
    447-482: precision 0.508, recall 0.146, dates 7/22, hosts 8/29, paired 20 of 42).
    Round 16's held-out split then joined dev as 483-518: on the 518 reports the same rules
    measure precision 0.778, recall 0.474, dates 272/461 and hosts 322/563; the two facts the
    scorer had called invented there (Japan and South Korea from "中日韓外長") are named by a run of
    one-letter names, which the scorer now reads as the gloss does (they are still wrong: that
    is the ASEAN Plus Three ministers' meeting, not the one they are proposed for).
    Round 17's hosts from the names of capitals and meeting cities in Spanish, Portuguese,
    French, German and Italian, capitals written as their state ("Singapur", "الكويت"), and
    verbs of taking part read only with a meeting noun of their language as their object
    (Vietnamese, Polish, Turkish, Korean, Hindi, Nepali, Indonesian, Italian, Persian) measure
    precision 0.780, recall 0.476, dates 272/461 and hosts 331/563 on the 518 reports (read set
    1-482: precision 0.783, recall 0.489, dates 261/436, hosts 324/534; check set 483-518, totals
    only: precision 0.688, recall 0.258, dates 11/25, hosts 7/29, paired 26 of 51).
    Round 17's held-out split then joined dev as 519-554: on the 554 reports the same rules
    measure precision 0.782, recall 0.460 (2253 right of 2881 proposed), dates 277/489 and
    hosts 342/592.
    Round 18's hosts from the report's other sentences when its one meeting's own give none,
    Arabic, Portuguese, Ukrainian, Vietnamese and Indonesian words for "in" before a city, and
    meetings named by their people and a verb of gathering in German, French, Spanish,
    Portuguese, Italian and Russian (with meeting words and bloc names in Dutch, Romanian,
    Greek, Azerbaijani, Uzbek and Urdu) measure precision 0.783, recall 0.462 (2263 right of
    2890 proposed), dates 278/489 and hosts 352/592 on the 554 reports (read set 1-518:
    precision 0.781, recall 0.478, dates 272/461, hosts 338/563; check set 519-554, totals
    only: precision 0.873, recall 0.223, dates 6/28, hosts 14/29, paired 24 of 41). "meet"
    as a verb of the venue was left out: it made the host of an announced meeting ("will meet
    in Washington") attend beside announced absences.
    Round 18's held-out split then joined dev as 555-590: on the 590 reports the same rules
    measure precision 0.781, recall 0.438 (2317 right of 2966 proposed), dates 284/508 and
    hosts 362/621.
    Round 19's hosts and dates in Ukrainian and Belarusian, a venue standing for its city, a
    chair named by the host's head, "6./7. Dezember", an announced absence no longer making a
    coming meeting held; meeting words and bloc names in Czech, Slovak, Hungarian, Swahili,
    Kazakh and Kyrgyz, and states named in their cases in Uzbek, Kazakh, Kyrgyz, Ukrainian,
    Czech, Slovak and Hungarian measure precision 0.785, recall 0.447 (2367 right of 3016
    proposed), dates 286/508 and hosts 369/621 on the 590 reports (read set 1-554 after each
    helper's rules alone: recall 0.463, 0.463 and 0.469; check set 555-590, totals only,
    unchanged at precision 0.711, recall 0.139). The scorer then read a gold city written as
    the text writes it ("Минске") as the extractor's English name ("Minsk"): precision 0.795,
    recall 0.453 (2398 of 3016), dates 286/508, hosts 376/621, 592 of 881 gold meetings paired.
    Round 19's held-out split then joined dev as 591-626: on the 626 reports the same rules
    measure precision 0.791, recall 0.444 (2449 right of 3098 proposed), dates 297/536, hosts
    388/653, 614 of 928 gold meetings paired.
    Round 20's two weekdays joined ("on Thursday and Friday"), a meeting's length in Spanish,
    Portuguese, French and Italian after an opening on a weekday, an opening verb before the
    meeting's name, and officials named by their office before their state in Indonesian,
    Malay and Vietnamese measure precision 0.790, recall 0.445 (2454 right of 3105 proposed),
    dates 301/536, hosts 388/653 on the 626 reports (check set 591-626, totals only, unchanged).
    Round 20's held-out split then joined dev as 627-662: on the 662 reports the same rules
    measure precision 0.784, recall 0.430 (2497 right of 3184 proposed), dates 307/563, hosts
    396/681, 632 of 983 gold meetings paired.
    Round 21's rules (weekdays joined in Spanish, German, Russian, French and Arabic, a dateline's
    day that opened today, a Cyrillic initial ending no sentence, Indonesian 'para pemimpin')
    measure precision 0.784, recall 0.431 (2502 right of 3193 proposed), dates 308/563 and hosts
    396/681 on the 662 reports. Round 21's held-out split then joined dev as 663-697: on the 697
    reports the same rules measure precision 0.756, recall 0.424 (2535 right of 3354 proposed),
    dates 317/585, hosts 404/710, 651 of 1039 gold meetings paired.
    Round 22's collectives in Indonesian, Malay and Vietnamese, attendance words in Spanish,
    Portuguese and French ('está previsto que asistan', 'Parmi les présents'), a bloc joined to
    a German minister's title, 'los próximos jueves y viernes' and being in a city to attend
    measure precision 0.760, recall 0.432 (2584 right of 3401 proposed), dates 319/585, hosts
    404/710, 652 of 1039 gold meetings paired on the 697 reports. Round 22's held-out split then
    joined dev as 698-733: on the 733 reports the same rules measure precision 0.756, recall
    0.422 (2664 right of 3523 proposed), dates 330/615, hosts 410/733, 674 of 1090 gold meetings
    paired.
    Round 23's meeting words, dates and ordinals in Serbo-Croatian, Bulgarian, Czech and Slovak,
    a Polish opening weekday before a meeting's length, a Romanian venue after "la", collectives
    that only name the meeting or describe the bloc left unexpanded and lists of delegates split
    by semicolons measure precision 0.763, recall 0.422 (2667 right of 3496 proposed), dates
    333/615, hosts 411/733, 676 of 1090 gold meetings paired on the 733 reports. Round 23's
    held-out split then joined dev as 734-769: on the 769 reports the same rules measure
    precision 0.755, recall 0.411 (2720 right of 3602 proposed), dates 344/639, hosts 424/771,
    697 of 1152 gold meetings paired, and two invented dates (dev 752's right-to-left Hijri and
    Gregorian block read as 5 December 1990).
    Round 24's day that ends an unread range, "in the period from", months, capitals, meeting
    nouns and bloc names in Ukrainian, Dutch, the Nordic and Baltic languages, Romanian, Swahili
    and Greek, and no host at a bloc's own seat measure precision 0.759, recall 0.411 (2724
    right of 3587 proposed), dates 351/639, hosts 424/771, 705 of 1152 gold meetings paired.
    Round 24's held-out split then joined dev as 770-805: on the 805 reports the same rules
    measure precision 0.747, recall 0.400 (2743 right of 3674 proposed), dates 365/667, hosts
    434/817, 730 of 1215 gold meetings paired.
    Round 25's collectives in Dutch, Polish, Romanian, Serbian, Slovak and Turkish (counts,
    member nouns, a bloc after the noun, verbs of taking part), no meeting kept by inferred
    participants alone, venues in a locative case and venue verbs in Dutch and the Nordic and
    Baltic languages measure precision 0.761, recall 0.429 (2940 right of 3861 proposed), dates
    365/667, hosts 435/817, 734 of 1215 gold meetings paired on the 805 reports.
    Round 25's held-out split then joined dev as 806-841: on the 841 reports the same rules
    measure precision 0.760, recall 0.420 (2989 right of 3934 proposed), dates 371/690, hosts
    447/850, 758 of 1260 gold meetings paired.
    Round 26's collectives (a count between the article and the people, "26 NATO-Partner",
    beginning or ending a summit as taking part, Russian business verbs on the meeting's line),
    venues in their locative forms ("Москвада", "Düşənbədə", "काठमाडौंमा"), "today" and weekdays
    in more languages and a body known by its regular series measure precision 0.763, recall
    0.434 (3086 right of 4042 proposed), dates 384/690, hosts 456/850, 768 of 1260 gold meetings
    paired on the 841 reports.
    Round 26's held-out split then joined dev as 842-877: on the 877 reports the same rules
    measure precision 0.762, recall 0.414 (3117 right of 4092 proposed), dates 397/723, hosts
    464/884, 785 of 1320 gold meetings paired, and one invented fact that was the scorer's (a
    state's name drawn out with the Arabic tatweel, which the extractor reads and the check did
    not).
    Round 27's rules (collectives read to the end of a bloc's whole name or its glossed
    acronym, a count of states that take part; more date ranges, Arabic brackets and opening
    days; venues of assemblies, of cities named with their state's adjective and of convention
    centres; no venue taken from the summit a meeting prepares for; a day falling in the session
    recorded to the day) and round 27's record (new series: the AU Executive Council, the GCC
    Ministerial Council, the JMMC and others, to which 70 gold meetings now point) measure about
    precision 0.769, recall 0.428 (3218 right of 4187 proposed), dates 406/723, hosts 471/884
    on the 877 reports.
    Round 28's rule (officials in the plural before a list of their states, "the defence
    ministers of Belarus, Russia, Armenia and Kazakhstan", and Russian officials before a state
    in the genitive, "министры обороны Беларуси, России") measures precision 0.768, recall 0.431
    (3243 right of 4221 proposed), dates and hosts unchanged. Its bodies whose name is their
    bloc's alone ("Il Consiglio europeo", "the Eurasian Intergovernmental Council") and a
    recorded meeting's host where the text names the state measure precision 0.779, recall
    0.445 (3347 right of 4296 proposed), dates 407/723, hosts 540/884.
    Round 27's held-out split then joined dev as 878-913: on the 913 reports the same rules
    measure precision 0.778, recall 0.434 (3362 right of 4324 proposed), dates 419/762, hosts
    557/919, 822 of 1380 gold meetings paired. With the record's NATO foreign ministers' and G20
    finance ministers' meetings (37 gold meetings pointed at them) and the summit body of a bloc
    whose summit's name says "Heads of State and Government": precision 0.778, recall 0.434
    (3362 right of 4324 proposed), dates 419/762, hosts 561/919, 825 of 1380 paired.
    Round 29's rules (the EU's summit as the body that meets far more often, a report dated by
    its month read as the month's one recorded meeting, Italian "Ue" and "a Bruxelles", the
    EU's summit with a state kept apart, a state with one status since it joined taking part
    in it at an undated meeting) measure precision 0.785, recall 0.442 (3419 right of 4355
    proposed), hosts 566/919, 836 paired; with the record's OAU membership history and CIS
    ministers' councils (7 gold meetings pointed): precision 0.783, recall 0.442 (3422 right of
    4369 proposed), dates 422/762, hosts 571/919, 842 of 1380 paired.
    Round 30's undated report linked to the one recorded meeting in the city it names: precision
    0.787, recall 0.444 (3440 right of 4369 proposed), hosts 572/919, 843 paired. Round 31's
    days given with no year ("5 октября", "on September 15") choosing among those meetings, or
    among a body's meetings where no city is named: precision 0.790, recall 0.448 (3465 right
    of 4387 proposed), dates 422/762, hosts 575/919, 844 of 1380 paired; with Arabic ordinals
    in words ("القمة الخامسة والثلاثين") and "قمتهم" (their summit): precision 0.791, recall
    0.449 (3476 right of 4394 proposed), hosts 579/919, 847 paired; with Indonesian and
    Vietnamese ordinals after the noun or name ("KTT ke-17", "ASEAN lần thứ 35"): precision
    0.792, recall 0.451 (3488 right of 4404 proposed), dates 422/762, hosts 580/919, 848 of
    1380 paired.
    Round 32's counted group's people at the meeting's business ("die Staats- und
    Regierungschefs der 28 NATO-Staaten wollen ... beschließen", "dos 55 estados-membros ...
    debatem"), rolls of people "de" their state after "presentes son", Italian verbs of taking
    part, the bloc a meeting word's own phrase names after it ("della riunione dei ministri ...
    del G7"), a deadline ("d'ici juin 2012") no past year, the meeting that sat on more of the
    days said, Brussels and 60 other cities by their exonyms, and "se sont réunis", "reunidos":
    precision 0.798, recall 0.468 (3623 right of 4538 proposed), hosts 584/919, 852 paired;
    with the record's G7 foreign ministers' meetings (14) and NATO defence ministers' meetings
    (10), 24 dev gold meetings pointed: precision 0.800, recall 0.472 (3655 right of 4569
    proposed), dates 422/762, hosts 583/919, 854 of 1380 paired.
    Round 33's roll-call votes at the meeting ("Votaron en contra las delegaciones de
    Venezuela, Bolivia, ..."; not a vote at the UN), a counted group of the report's bloc before
    its meeting is named, an invitee's standing ("le statut d'invité") no invitation, a
    "réunion ministérielle" the body of the one kind of ministers named, and a month-dated
    report's meeting chosen by the weekdays named: precision 0.791, recall 0.483 (3738 right of
    4723 proposed; the votes' sessions were not yet recorded, so their proposals paired with
    nothing); with the record's OAS Permanent Council (15 sessions), ASEAN defence ministers
    (18), ASEAN Plus Three and East Asia summits (9 each), SAARC Council of Ministers (9) and
    EU foreign ministers (4): precision 0.805, recall 0.497 (3850 right of 4780 proposed),
    dates 428/762, hosts 585/919, 871 of 1380 paired. Round 34 (the sides of a roll-call vote
    counted and listed, "se ausentó", Turkish names, a habitual venue, "desde el viernes", a
    group's own verb before an invitation of others, Chinese "Plus" meetings), with the record's
    ASEAN partner summits, ASEAN economic ministers, G20 foreign and trade ministers,
    EU-Western Balkans summits and GCC Ministerial Council sessions: precision 0.812, recall
    0.506 (3918 right of 4828 proposed), dates 430/762, hosts 584/919, 872 of 1380 paired.
    Round 35 (a summit's ministers' meeting, a group opening a list of states, the EU's foreign
    ministers' councils in the Union's languages, German verbs last, resolution sponsors,
    "EE.UU.", official photo rows, summit names with acronym, kind and bloc in full): precision
    0.817, recall 0.517 (4004 right of 4901 proposed), dates 431/762, hosts 588/919; with the
    record's eight more NATO defence ministers' meetings: precision 0.817, recall 0.518 (4006
    right of 4903 proposed), dates 431/762, hosts 588/919, 876 of 1380 paired. Round 36 (a
    bloc's summits with one state in their own series, "the ASEAN summits" beside them, a day's
    weekday choosing its year), with the record's three more ASEAN partner summits, 18 NATO
    defence ministers' meetings, 13 G7/G8 foreign ministers' meetings and 16 CIS councils:
    precision 0.821, recall 0.520 (4028 right of 4906 proposed), dates 431/762, hosts 591/919,
    879 of 1380 paired. Round 37 (the European Council in nine more languages, Turkish and
    Swahili ministers, verbs and names, a time-stamp line's year, a dateline's "today", the
    ADMM-Plus without its hyphen, a name without its possessive's apostrophe, "invited guests"
    who came, a body's papers and a plan's period no meeting or date, a headline its own
    sentence): precision 0.829, recall 0.529 (4092 right of 4939 proposed), dates 433/762,
    hosts 591/919, 883 of 1380 paired. Round 38 (a roll of people with their states in
    brackets past its semicolons, the noun "participação", a surname that is a state's name,
    "Reunión" no state, Russian heads of agencies and counterparts from, "проходит" under way,
    a counted group with its states in apposition, "to kick off Wednesday"), with the record's
    16 ASEAN-Japan and ASEAN-ROK summits and three ASEAN-China summits: precision 0.831,
    recall 0.534 (4135 right of 4974 proposed), dates 435/762, hosts 592/919, 884 of 1380 paired.
    Round 39 (a day before its month no ordinal, "together with host", a Russian demonym
    between an official and the institution): 4136 right of 4975. Round 40 (Armenian: states,
    blocs, bodies and places in their cases, the month before the day, the colon as a full stop,
    taking part, coming and staying away, "the heads of the EAEU member states", a destination
    no party): precision 0.832, recall 0.539 (4169 right of 5011 proposed), dates 439/762,
    hosts 600/919, 895 of 1380 paired.
    The floor sits a little below, so that a regression fails.
    """
    from blocgraph.extract.score import score_split

    score = score_split(REPO / "tests" / "extract" / "corpus" / "dev", extract_json, gaz)
    assert score.documents >= 10
    assert score.invented == [], score.invented
    assert score.recall >= 0.534, score.misses
    assert score.precision >= 0.827, score.extras
    assert score.dates_right >= 434 and score.hosts_right >= 595, score.misses


def test_a_bloc_a_state_represents_names_no_meeting(store):
    """ "Comoros (representing the African Union) ... will also be in attendance": the AU is
    what Comoros speaks for, not a meeting; the guests are the G7 summit's."""
    text = (
        "The G7 leaders have gathered for the annual G7 summit in Hiroshima. India, Brazil, "
        "Comoros (representing the African Union), and the Cook Islands (representing the "
        "Pacific Islands Forum), will also be in attendance."
    )
    meetings = to_json(extract_report(text, "2023-05-20", store=store))["meetings"]
    assert [_tail(m["bloc"]) for m in meetings] == ["G7"]
    assert {"IND", "BRA", "COM"} <= {_tail(p["state"]) for p in meetings[0]["participants"]}


def test_a_ministers_meeting_its_second_day_and_a_summit_named_for_its_commitments(store):
    """ "The Meeting of NATO Foreign Ministers continues on Wednesday" and "On the second day of
    the meeting": it began on Tuesday. "the commitments made at the NATO Summit that took place
    14 years ago" names a past summit in passing: not this meeting, and not dated by the
    report's date line. The record holds this meeting of the foreign ministers' series."""
    text = (
        "date 2022-11-30\n"
        "The Meeting of NATO Foreign Ministers continues on Wednesday, in Bucharest.\n\n"
        "On the second day of the meeting, a session with partners will be held.\n\n"
        "The Foreign Ministers of the NATO member countries, gathered in Bucharest, reaffirm "
        "the commitments made at the NATO Summit that took place 14 years ago."
    )
    meetings = to_json(extract_report(text, None, store=store))["meetings"]
    fmm = meetings[0]
    assert _tail(fmm["series"]) == "foreign-ministers-meeting" and fmm["city"] == "Bucharest"
    assert _tail(fmm["existing"]) == "fmm-2022-11"
    assert (fmm["start"], fmm["end"]) == ("2022-11-29", "2022-11-30")
    assert all(m["start"] is None for m in meetings[1:])


def test_a_blocs_acronym_in_title_case_and_an_ordinal_in_portuguese(store):
    """ "a 12ª Cúpula dos Brics": the acronym as some papers write it names the bloc."""
    text = "Ao término da 12ª Cúpula dos Brics, realizada virtualmente, os presidentes falaram."
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["bloc"]), _tail(m["series"]), m["ordinal"]) == ("BRICS", "summit", 12)


def test_a_summit_between_two_blocs_hosted_by_a_capital_named_in_apposition(store):
    """ "the capital of Saudi Arabia, Riyadh, is hosting the first summit of its kind between
    the GCC countries and ASEAN": a summit of two blocs (no body of either, no ordinal), the
    host and its city; ASEAN's members take part as members. "dates back to March 1986, when
    the GCC Ministerial Council" names a past meeting, and "the summit" after it is still the
    summit."""
    text = (
        "Today, the capital of Saudi Arabia, Riyadh, is hosting the first summit of its kind "
        "between the Gulf Cooperation Council (GCC) countries and the Association of Southeast "
        "Asian Nations (ASEAN). The relationship dates back to March 1986, when the GCC "
        "Ministerial Council decided to approve communications with ASEAN. Malaysian Prime "
        "Minister Anwar Ibrahim arrived to participate in the summit."
    )
    meetings = to_json(extract_report(text, "2023-10-20", store=store))["meetings"]
    summit = meetings[0]
    assert (summit["series"], summit["ordinal"], summit["city"]) == (None, None, "Riyadh")
    assert _tail(summit["host"]) == "SAU" and summit["start"] is None
    got = {_tail(p["state"]): p["capacity"] for p in summit["participants"]}
    assert got == {"SAU": "host", "MYS": "member"}
    [past] = [m for m in meetings if m is not summit]
    assert past["start"] == "1986-03" and past["participants"] == []


def test_a_line_ending_on_a_preposition_goes_on_and_a_meeting_in_passing(store):
    """ "... meeting in\\nBishkek.": a hard-wrapped line that ends on "in" goes on. The foreign
    ministers' meeting named in passing, undated, has its city and host but nobody said to be
    there; "is in attendance" is said of the meeting held that day."""
    text = (
        "date 2023-10-13\n"
        "On October 13, a meeting of the CIS Heads of State Council has been held in Bishkek.\n"
        "Ararat Mirzoyan, the foreign minister of Armenia, had already declined to attend the\n"
        "CIS Council of Foreign Ministers meeting in\n"
        "Bishkek.\n"
        "The Deputy Foreign Affairs Minister of Armenia is in attendance to represent the country."
    )
    meetings = to_json(extract_report(text, None, store=store))["meetings"]
    summit = next(m for m in meetings if m["start"] == "2023-10-13")
    cfm = next(m for m in meetings if m is not summit)
    assert (_tail(cfm["host"]), cfm["city"]) == ("KGZ", "Bishkek")
    assert "KGZ" not in {_tail(p["state"]) for p in cfm["participants"]}
    assert "ARM" in {_tail(p["state"]) for p in summit["participants"]}


def test_french_and_spanish_weekdays_and_a_city_in_its_state(store):
    """ "Le 33e sommet de l’Union Africaine démarre ce dimanche 9 février à Addis-Abeba en
    Éthiopie ... du dimanche 09 à lundi 10 février 2020": the bloc's name with capitals, the
    ordinal before an elided article, the days with their weekdays, the city and its state.
    "en la mañana de este lunes" in a preview of Saturday 1 July 2023 is Monday 3 July."""
    text = (
        "Le 33e sommet de l’Union Africaine démarre ce dimanche 9 février à Addis-Abeba en "
        "Éthiopie. Ce sommet va se dérouler du dimanche 09 à lundi 10 février 2020."
    )
    [m] = to_json(extract_report(text, "2020-02-08", store=store))["meetings"]
    assert (_tail(m["bloc"]), m["ordinal"], m["start"], m["end"]) == (
        "AU",
        33,
        "2020-02-09",
        "2020-02-10",
    )
    assert (_tail(m["host"]), m["city"]) == ("ETH", "Addis-Abeba")
    assert find_dates(
        "tendrá como antesala en la mañana de este lunes una reunión",
        PartialDate(2023, 7, 1),
        future=True,
    )[0].start == PartialDate(2023, 7, 3)
    assert find_dates("Las deliberaciones del martes", PartialDate(2023, 7, 6))[0].start == (
        PartialDate(2023, 7, 4)
    )


def test_a_postponement_dates_the_new_days_not_the_dropped_plan(store):
    """ "earlier fixed for Saturday and Sunday, November 25 and 26, 2023, ... postponed to
    Thursday, November 30, 2023": the new day; "originally planned for 25 and 26 November" is
    the dropped plan."""
    text = (
        "The 187th Meeting of the OPEC Conference, originally planned for 25 and 26 November "
        "2023, has been rescheduled to Thursday, 30 November 2023, the statement read."
    )
    [m] = to_json(extract_report(text, "2023-11-22", store=store))["meetings"]
    assert (m["ordinal"], m["start"], m["end"]) == (187, "2023-11-30", "2023-11-30")


def test_parts_that_follow_on_and_a_weekday_far_from_the_meeting_word(store):
    """ "will start with informal meetings on October 22 followed by a formal summit on October
    23-24": the first day to the last. "will host a virtual summit for the SCO with ... on
    Tuesday": the sentence's one weekday is the summit's, however far from the word. An
    in-person format cancelled is no cancelled meeting: its host still takes part."""
    text = (
        "The BRICS summit will start with informal meetings on October 22 followed by a formal "
        "summit on October 23-24, Ushakov said."
    )
    [m] = to_json(extract_report(text, "2024-10-10", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2024-10-22", "2024-10-24")
    text = (
        "Indian Prime Minister Narendra Modi will host a virtual summit for Shanghai Cooperation "
        "Organisation with Russian President Vladimir Putin, Chinese President Xi Jinping and "
        "Pakistani counterpart Shehbaz Sharif on Tuesday. The summit was planned as an "
        "in-person meeting but was later cancelled."
    )
    [m] = to_json(extract_report(text, "2023-07-04", store=store))["meetings"]
    assert (m["start"], _tail(m["host"])) == ("2023-07-04", "IND")
    assert ("IND", "host") in {(_tail(p["state"]), p["capacity"]) for p in m["participants"]}


def test_a_videoconference_is_a_meeting_and_organisations_invited_are_not_its_bloc(store):
    """ "held a videoconference with the other G7 leaders on Monday": a meeting of its own,
    besides the summit planned for June. "Heads of international organisations including
    ASEAN and the CIS have also been invited to the summit": no ASEAN or CIS meeting."""
    text = (
        "The G7 Leaders’ Summit the U.S. was set to host in June will now be done by video. "
        "Mr. Trump held a videoconference with the other G7 leaders on Monday."
    )
    meetings = to_json(extract_report(text, "2020-03-19", store=store))["meetings"]
    assert {m["start"] for m in meetings} == {"2020-06", "2020-03-16"}
    text = (
        "Kazakhstan and Uzbekistan will attend the SCO summit. Heads of six international "
        "organisations including the UN, the Association of Southeast Asian Nations and the "
        "Commonwealth of Independent States have also been invited to the summit."
    )
    meetings = to_json(extract_report(text, "2023-07-04", store=store))["meetings"]
    assert [_tail(m["bloc"]) for m in meetings] == ["SCO"]


def test_a_summit_named_by_its_city_and_a_bloc_that_takes_part(store):
    """ "At the Madrid Summit on Wednesday": the city and its state host, though nothing says
    Spain took part. "The European Union and Georgia also took part in the meeting": the EU
    takes part in NATO's meeting; it holds no meeting of its own."""
    text = (
        "At the Madrid Summit on Wednesday (29 June 2022), NATO leaders were joined by partners. "
        "The European Union and Georgia also took part in the meeting."
    )
    meetings = to_json(extract_report(text, "2022-06-29", store=store))["meetings"]
    assert [_tail(m["bloc"]) for m in meetings] == ["NATO"]
    [m] = meetings
    assert (m["city"], _tail(m["host"]), m["start"]) == ("Madrid", "ESP", "2022-06-29")
    assert "ESP" not in {_tail(p["state"]) for p in m["participants"]}


def test_near_a_city_in_its_state_and_a_readouts_date_and_place_line(store):
    """ "the informal summit of the CIS near St Petersburg, Russia": the city and the host.
    "May 25, 2023, The Kremlin, Moscow" heading a readout of a meeting that "took place": its
    day."""
    text = (
        "Pashinyan will not participate in the informal summit of the Commonwealth of "
        "Independent States (CIS) near St Petersburg, Russia, on 25 December."
    )
    [m] = to_json(extract_report(text, "2024-12-25", store=store))["meetings"]
    assert (m["city"], _tail(m["host"]), m["start"]) == ("St Petersburg", "RUS", "2024-12-25")
    text = (
        "Meeting of the Supreme Eurasian Economic Council\n\n"
        "May 25, 2023, The Kremlin, Moscow\n\n"
        "The meeting of the Supreme Eurasian Economic Council in an expanded format took place "
        "at the Grand Kremlin Palace. The Eurasian Economic Union leaders signed documents."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2023-05-25", "2023-05-25")


@pytest.mark.parametrize(
    ("text", "city", "host"),
    [
        # a city no list holds, then its state, in the corpus languages
        (
            "Le sommet de l'OTAN s'est ouvert ce soir à Baden-Baden (Allemagne), en présence "
            "des dirigeants.",
            "Baden-Baden",
            "DEU",
        ),
        (
            "A presidente Dilma Rousseff chegou nesta terça-feira a Durban, na África do Sul, "
            "onde participa da cúpula do BRICS.",
            "Durban",
            "ZAF",
        ),
        (
            "Le sommet du G7 se tient les 26 et 27 mai à Taormine, en Sicile, en Italie.",
            "Taormine",
            "ITA",
        ),
        # the state, then the city it names as its own
        (
            "The leaders attended the 11th G20 summit from Sept 4 to 5 in China’s eastern city "
            "of Hangzhou.",
            "Hangzhou",
            "CHN",
        ),
        (
            "Los cancilleres de la ASEAN han asistido a la cumbre de la ASEAN hoy martes en la "
            "capital del Laos, Vientián.",
            "Vientián",
            "LAO",
        ),
        # a known city after "in the capital" in Arabic and Russian
        (
            "التقى جميع رؤساء دول مجلس التعاون في أعمال الدورة السابعة والعشرين للمجلس الأعلى "
            "لمجلس التعاون لدول الخليج العربية التي بدأت أعمالها أمس في العاصمة السعودية الرياض.",
            "Riyadh",
            "SAU",
        ),
        (
            "Заседание Совета министров иностранных дел ОДКБ прошло в столице Киргизии Бишкеке.",
            "Bishkek",
            "KGZ",
        ),
    ],
)
def test_a_city_and_its_state_said_beside_it_in_the_corpus_languages(store, text, city, host):
    [m] = to_json(extract_report(text, "2017-05-20", store=store))["meetings"]
    assert (m["city"], _tail(m["host"])) == (city, host)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Il vertice del G7 è ospitato dall'Italia a Taormina.", "ITA"),
        (
            "Die Staats- und Regierungschefs der G7 treffen sich zum Gipfel; Gastgeber "
            "Deutschland lädt Gäste ein.",
            "DEU",
        ),
        ("Казахстан принимает саммит ШОС в этом году.", "KAZ"),
        ("On 10 October 2025, Dushanbe will host the CIS Heads of State Council.", "TJK"),
    ],
)
def test_the_host_said_in_the_corpus_languages(store, text, host):
    [m] = to_json(extract_report(text, "2025-06-20", store=store))["meetings"]
    assert _tail(m["host"]) == host


def test_taking_part_and_welcoming_are_not_hosting(store):
    # "принимает участие": takes part; "accueille favorablement": welcomes a decision
    for text in (
        "Казахстан принимает участие в саммите ШОС.",
        "La France accueille favorablement la décision du sommet de l'OTAN.",
    ):
        [m] = to_json(extract_report(text, "2024-06-20", store=store))["meetings"]
        assert m["host"] is None, text


def test_a_place_written_without_its_diacritics_is_the_place(store):
    # "Brasilia" for "Brasília", as reports drop a state's diacritics ("Turkiye")
    text = "The 48th Mercosur summit will be held in Brasilia on 16 and 17 July."
    [m] = to_json(extract_report(text, "2015-07-10", store=store))["meetings"]
    assert (m["city"], _tail(m["host"])) == ("Brasilia", "BRA")


def test_a_state_named_beside_a_city_but_not_as_its_place_hosts_nothing(store):
    # "in Argentina, Brazil": no place noun before the state, so Brazil is no city of Argentina
    text = (
        "The Mercosur summit was held in Montevideo with leaders from Argentina, Brazil and "
        "Paraguay."
    )
    [m] = to_json(extract_report(text, "2017-05-20", store=store))["meetings"]
    assert _tail(m["host"]) == "URY"
    # a list of states after "a" is no city and its state
    text = (
        "In seguito si terrà una riunione del G8 allargata a Australia, Corea del Sud e Indonesia."
    )
    [m] = to_json(extract_report(text, "2009-07-08", store=store))["meetings"]
    assert m["host"] is None


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("The SCO ministers met in preparation for the XXIV SCO Summit in Astana.", 24),
        ("The 38th summit meeting of the Gulf Co-operation Council (GCC) opened on Tuesday.", 38),
        (
            "OPEC members took part in the 9th (Extraordinary) OPEC and non-OPEC Ministerial "
            "Meeting.",
            9,
        ),
        (
            "The African Union Assembly, at its 35th Ordinary Session held in February 2022, met.",
            35,
        ),
    ],
)
def test_ordinals_in_roman_numerals_brackets_and_after_the_name(store, text, ordinal):
    meetings = to_json(extract_report(text, "2024-05-21", store=store))["meetings"]
    assert ordinal in {m["ordinal"] for m in meetings}


def test_the_extraordinary_or_ordinary_series_and_an_arrivals_day(store):
    """A body whose recorded meetings fall in an ordinary and an extraordinary series: the one
    the text names. "has today, Friday, 27 May 2022 arrived ... to participate": the day of an
    arrival, not the summit's; "The Summit will take place ... on Saturday, 28 May 2022" is."""
    text = (
        "President Ramaphosa has today, Friday, 27 May 2022 arrived in Malabo to participate at "
        "the African Union's 16th Extraordinary Summit on Terrorism. The Summit will take place "
        "in Malabo on Saturday, 28 May 2022."
    )
    [m] = to_json(extract_report(text, "2022-05-30", store=store))["meetings"]
    assert (_tail(m["series"]), m["ordinal"], m["start"]) == (
        "assembly-extraordinary-session",
        16,
        "2022-05-28",
    )
    text = "The 188th Meeting of the OPEC Conference will be held via video conference on Sunday."
    [m] = to_json(extract_report(text, "2024-06-02", store=store))["meetings"]
    assert _tail(m["series"]) == "conference"


def test_a_bodys_name_before_a_title_is_no_meeting(store):
    """ "Xi hosted European Council President Charles Michel ... for the 24th Chinese-European
    Summit": a title; the summit of the EU with China is no European Council."""
    text = (
        "Chinese leader Xi Jinping hosted European Council President Charles Michel in Beijing "
        "for the 24th Chinese-European Summit. During the summit, Xi stressed the joint "
        "responsibility of China and the EU."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["bloc"]), m["series"], _tail(m["host"])) == ("EU", None, "CHN")


def test_a_headlines_year_a_last_day_alone_and_a_readouts_venue_line(store):
    """ "ASEAN Summit 2023 to begin" over a report of unknown date: the year of "September 9-10";
    "from today until September 7" (today unknown) gives the last day only. "May 25, 2023, The
    Kremlin, Moscow" over a readout of the meeting held: Moscow is the venue, Russia hosts."""
    text = (
        "ASEAN Summit 2023 to begin\n"
        "Indonesia is hosting the 43rd ASEAN Summit from today until September 7. Both are likely "
        "to be overshadowed by the G20 Summit in India, on September 9-10."
    )
    meetings = to_json(extract_report(text, None, store=store))["meetings"]
    got = {_tail(m["bloc"]): (m["start"], m["end"]) for m in meetings}
    assert got["ASEAN"] == (None, "2023-09-07")
    assert got["G20"] == ("2023-09-09", "2023-09-10")
    text = (
        "Meeting of the Supreme Eurasian Economic Council\n\n"
        "May 25, 2023, The Kremlin, Moscow\n\n"
        "The meeting of the Supreme Eurasian Economic Council in an expanded format took place "
        "at the Grand Kremlin Palace. The Eurasian Economic Union leaders signed documents."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (m["city"], _tail(m["host"])) == ("Moscow", "RUS")


def test_a_full_stop_without_its_space_ends_a_sentence():
    text = "The forum kicked off under the chair of Pramudwinai.The forum is attended by many."
    assert [s.text for s in split_sentences(text)] == [
        "The forum kicked off under the chair of Pramudwinai.",
        "The forum is attended by many.",
    ]


def test_a_ministers_meeting_named_after_a_summit_and_whose_date_is_whose(store):
    """ "Last year, Pashinyan did not attend the CIS summit in Kyrgyzstan, and in October this
    year, Armenia did not support two statements at the meeting of CIS foreign ministers": two
    meetings; the month is the ministers' (its clause), the year the summit's."""
    text = (
        "Last year, Nikol Pashinyan did not attend the CIS summit in Kyrgyzstan, and in October "
        "this year, Armenia did not support two statements at the meeting of CIS foreign "
        "ministers."
    )
    meetings = to_json(extract_report(text, "2024-12-25", store=store))["meetings"]
    summit = next(m for m in meetings if m["series"])
    ministers = next(m for m in meetings if m is not summit)
    assert (summit["start"], _tail(summit["host"])) == (None, "KGZ")
    assert ministers["start"] == "2024-10"


# --- round 5: participants (people5) ------------------------------------------------------


def test_a_count_pins_the_days_of_an_undated_meeting(store):
    """No date anywhere: "all eight SCO member states" fits the SCO only from India's and
    Pakistan's accession (2017) to Iran's (2023), one set of eight, so the eight are expanded
    (inferred). The EU's 27 are two sets (before Croatia, after Brexit): not expanded. (The
    meeting is named by its council: a collective alone keeps no meeting the text gives no
    date, place, series or record for.)"""
    sco = (
        "The foreign ministers of all eight SCO member states attended the meeting of the SCO "
        "Council of Foreign Ministers."
    )
    (got,) = _meetings(store, sco, None).values()
    assert set(got) == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK"}
    assert all(p["inferred"] and p["capacity"] == "member" for p in got.values())
    eu = "At a summit in Brussels, the European Union's 26 other national leaders attended."
    result = to_json(extract_report(eu, None, store=store))
    for m in result["meetings"]:
        assert {_tail(p["state"]) for p in m["participants"]} <= {"BEL"}  # Brussels: the host
    assert any("27" in w and "not expanded" in w for w in result["warnings"])


def test_the_remaining_states_are_those_not_named_before(store):
    """ "The 33 remaining states" after two named absent: the members but those two, in the
    stretch of days when that leaves 33 (the text gives no date)."""
    text = (
        "The foreign ministers of the OAS will meet in Washington. Venezuela will not attend. "
        "Cuba will not attend either. The 33 remaining states will be represented at the "
        "meeting. Argentina, Canada and Peru have confirmed that their foreign ministers will "
        "attend."
    )
    (got,) = _meetings(store, text, None).values()
    assert got["VEN"]["attendance"] == got["CUB"]["attendance"] == "absent"
    rest = {s for s, p in got.items() if p["inferred"]}
    assert len(rest | {"ARG", "CAN", "PER"}) == 33 and not rest & {"VEN", "CUB"}
    assert {"USA", "BRA", "MEX"} <= rest
    assert got["USA"]["attendance"] == "invited"  # "will be represented": yet to come


def test_an_announced_absence_does_not_make_a_coming_meeting_held(store):
    """ "Myanmar will not attend" a summit still to come: an absence is no attendance, so the
    host of the coming summit is to take part (invited), not said to have attended."""
    text = (
        "The 45th ASEAN Summit will be held in Vientiane, Laos, in October. Myanmar will not "
        "attend."
    )
    (got,) = _meetings(store, text, "2024-09-01").values()
    assert got["MMR"]["attendance"] == "absent"
    assert got["LAO"]["attendance"] == "invited"


@pytest.mark.parametrize(
    ("bloc", "text", "published", "count"),
    [
        # "gathered": a verb of taking part for "the NATO member countries"
        (
            "NATO",
            "The Foreign Ministers of the NATO member countries, gathered in Bucharest on "
            "29 November 2022, reaffirmed their support.",
            "2022-11-30",
            30,
        ),
        # a gloss in brackets between the bloc and "member states"
        (
            "ASEAN",
            "The meeting on 22 November 2022 brought together defence ministers from all ASEAN "
            "(the Association of Southeast Asian Nations) member states.",
            "2022-11-23",
            10,
        ),
        # "the 10-member association": the bloc by its kind of grouping
        (
            "ASEAN",
            "The 43rd ASEAN Summit opens on 5 September 2023. Leaders from the 10-member "
            "association will attend the summit.",
            "2023-09-01",
            10,
        ),
    ],
)
def test_collectives_of_the_whole_membership(store, bloc, text, published, count):
    got = [
        p
        for m in to_json(extract_report(text, published, store=store))["meetings"]
        if _tail(m["bloc"]) == bloc
        for p in m["participants"]
        if p["inferred"] or p["capacity"] == "member"
    ]
    assert len({_tail(p["state"]) for p in got}) >= count - 1  # the host may be counted apart
    assert all(p["capacity"] in ("member", "host") for p in got)


def test_a_list_welcomed_as_observers_ending_in_a_body(store):
    """ "X, Y and the International Energy Forum (IEF) were welcomed as observers": the states
    of the list attended as observers; the body that ends it is no state."""
    text = (
        "The 9th (Extraordinary) OPEC and non-OPEC Ministerial Meeting was held by "
        "videoconference on 12 April 2020. Argentina, Colombia, Norway and the International "
        "Energy Forum (IEF) were welcomed as observers."
    )
    (got,) = _meetings(store, text, "2020-04-13").values()
    for iso3 in ("ARG", "COL", "NOR"):
        assert (got[iso3]["capacity"], got[iso3]["attendance"]) == ("observer", "attended")
        assert got[iso3]["from"] == "text"


def test_all_the_leaders_of_another_bloc(store):
    """ "All the leaders of the regional CIS bloc would attend" the BRICS summit: the CIS's
    members and associate member that day, the host aside, each a guest (no BRICS standing
    then), inferred; a BRICS member among them keeps its BRICS status."""
    text = (
        "The BRICS summit will be held in Kazan on 22-24 October 2024. All the leaders of the "
        "regional CIS bloc of ex-Soviet countries would attend, he added."
    )
    (got,) = _meetings(store, text, "2024-10-10").values()
    cis = {"ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "TJK", "TKM", "UZB"}
    assert cis <= set(got)
    assert all(got[s]["capacity"] == "guest" and got[s]["inferred"] for s in cis)
    assert all(got[s]["attendance"] == "invited" for s in cis)  # "would attend"
    assert got.get("RUS", {}).get("capacity") in (None, "host")


def test_the_members_which_took_part_are_not_all_of_them(store):
    """ "the OPEC members and non-OPEC members which took part": a restrictive clause names
    some members, not the whole membership: nothing expanded."""
    text = (
        "The 9th OPEC and non-OPEC Ministerial Meeting was held on 12 April 2020. The decisions "
        "are part of the measures taken up by the OPEC members and non-OPEC members which took "
        "part in the meeting."
    )
    for got in _meetings(store, text, "2020-04-13").values():
        assert not any(p["inferred"] for p in got.values())


def test_the_members_who_founded_the_bloc_describe_it(store):
    """ "the five members who joined in 2009 -- Brazil, Russia, ...": the bloc's history, not
    who comes to the summit."""
    text = (
        "The BRICS summit will be held in Kazan on 22-24 October 2024. The group takes its name "
        "from the initial letters of the five members who joined in 2009 -- Brazil, Russia, "
        "India, China and South Africa -- but has since expanded."
    )
    for got in _meetings(store, text, "2024-10-10").values():
        assert not {"BRA", "IND", "ZAF", "CHN"} & set(got)


def test_a_roll_call_after_a_colon(store):
    """ "The participating leaders of the G7 are:" and one line each, "Name, title of State":
    each state named takes part; a line naming no state (the EU's) adds no one."""
    text = (
        "The G7 summit takes place in Hiroshima from 19 May until 21 May 2023.\n\n"
        "The participating leaders of the G7 are:\n\n"
        "Giorgia Meloni, prime minister of Italy\n\n"
        "Emmanuel Macron, president of France\n\n"
        "Charles Michel, president of the European council\n\n"
        "Olaf Scholz, chancellor of Germany\n"
    )
    (got,) = _meetings(store, text, "2023-05-20").values()
    for iso3 in ("ITA", "FRA", "DEU"):
        assert (got[iso3]["capacity"], got[iso3]["attendance"]) == ("member", "attended")
    assert got["ITA"]["quote"] == "Giorgia Meloni, prime minister of Italy"


def test_gazetteer_names_without_diacritics_and_adjectives(gaz, store):
    """ "Turkiye" (Türkiye without its diacritic) and "Philippine President" name their
    states; a plain spelling that two states' names share would be left out."""
    assert gaz.state_names["Turkiye"] == "TUR"
    assert gaz.state_names["Cote d'Ivoire"] == "CIV"
    assert gaz.demonyms["Philippine"] == "PHL"
    text = (
        "The 43rd ASEAN Summit was held in Jakarta on 5 September 2023. Philippine President "
        "Ferdinand Marcos Jr. attended the summit."
    )
    got = _meetings(store, text, "2023-09-06")
    assert any(ms.get("PHL", {}).get("capacity") == "member" for ms in got.values())


def test_invited_to_join_the_bloc_is_no_meeting_invitation(store):
    """ "a session will be held with Finland and Sweden, countries invited to join the
    organization": they take part (announced), they are not invited to the meeting; "the heads
    of diplomacy from Moldova, Georgia and ..., partner countries of the North Atlantic
    Alliance, will also join": partners (NATO has no status "partner country")."""
    text = (
        "NATO foreign ministers meet in Bucharest on 29-30 November 2022. On the second day of "
        "the meeting, a new session of the North Atlantic Council will be held with Finland and "
        "Sweden, countries invited to join the organization, followed by a session in which the "
        "heads of diplomacy from the Republic of Moldova, Georgia and Bosnia and Herzegovina, "
        "partner countries of the North Atlantic Alliance, will also join the discussions."
    )
    (meeting,) = to_json(extract_report(text, "2022-11-30", store=store))["meetings"]
    got = {_tail(p["state"]): p for p in meeting["participants"]}
    assert not meeting["invitations"]
    assert got["FIN"]["attendance"] == got["SWE"]["attendance"] == "invited"
    for iso3 in ("MDA", "GEO", "BIH"):
        assert (got[iso3]["capacity"], got[iso3]["from"]) == ("partner", "text")


def test_those_the_host_holds_the_summit_with_take_part(store):
    """ "Modi will host a virtual summit for the SCO with Russian President Vladimir Putin,
    Chinese President Xi Jinping and Pakistani counterpart Shehbaz Sharif": announced."""
    text = (
        "Indian Prime Minister Narendra Modi will host a virtual summit for Shanghai Cooperation "
        "Organisation with Russian President Vladimir Putin, Chinese President Xi Jinping and "
        "Pakistani counterpart Shehbaz Sharif on Tuesday."
    )
    (got,) = _meetings(store, text, "2023-07-03").values()
    assert got["IND"]["capacity"] == "host"
    for iso3 in ("RUS", "CHN", "PAK"):
        assert (got[iso3]["capacity"], got[iso3]["attendance"]) == ("member", "invited")


def test_the_full_attendance_of_a_blocs_leaders(store):
    """ "with the full attendance of ASEAN leaders": every ASEAN member that day, inferred."""
    text = (
        "The ASEAN summit was held in Jakarta on 5 September 2023, with the full attendance of "
        "ASEAN leaders."
    )
    (got,) = _meetings(store, text, "2023-09-06").values()
    members = {"BRN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"}
    assert members <= set(got)
    assert all(got[s]["inferred"] and got[s]["capacity"] == "member" for s in members)


@pytest.mark.parametrize(
    ("sentence", "not_there"),
    [
        # a war's object is a topic
        (
            "The G20 summit will be the first gathering of leaders since Russia invaded Ukraine.",
            {"UKR"},
        ),
        # how states voted at the UN is no attendance
        (
            "G20 members China, India and South Africa abstained in the vote, while the European "
            "Union is not represented at the UN body.",
            {"CHN", "IND", "ZAF"},
        ),
        # a publisher named after its state
        (
            "(APP - UrduPoint / Pakistan Point News) The leaders of 24 countries will attend the "
            "G20 summit.",
            {"PAK"},
        ),
    ],
)
def test_states_named_but_not_taking_part(store, sentence, not_there):
    text = "The G20 summit will be held in Bali on 15-16 November 2022. " + sentence
    for got in _meetings(store, text, "2022-11-10").values():
        assert not not_there & set(got)


# --- round 6: meetings ----------------------------------------------------------------------


def test_a_weekday_after_a_verb_in_the_past_without_ed_is_the_past_one():
    """ "who met on Tuesday" in a sentence about what the summit will do: the Tuesday before
    the report (the 26th is a Wednesday), not the next one."""
    text = "The summit will hear the report of the ministers, who met on Tuesday."
    [d] = find_dates(text, PartialDate(2014, 11, 26), future=True)
    assert d.start == PartialDate(2014, 11, 25)


def test_a_host_before_a_relative_clause_and_a_headlines_capitals(store):
    """ "Nepal, which lies between India and China, is hosting": Nepal hosts, not China; "Russian
    Defense Minister In Tajikistan Which Is Hosting": Tajikistan hosts, not Russia's envoy."""
    text = "Nepal, which lies between India and China, is hosting the SAARC summit."
    [m] = to_json(extract_report(text, "2014-11-26", store=store))["meetings"]
    assert _tail(m["host"]) == "NPL"
    assert {_tail(p["state"]): p["capacity"] for p in m["participants"]} == {"NPL": "host"}
    text = "Russian Defense Minister In Tajikistan Which Is Hosting CSTO Summit"
    [m] = to_json(extract_report(text, "2021-09-15", store=store))["meetings"]
    assert _tail(m["host"]) == "TJK"
    assert {_tail(p["state"]): p["capacity"] for p in m["participants"]}["RUS"] != "host"


def test_dates_of_people_and_of_events_are_not_the_meetings(store):
    """ "the ministers, who met on Tuesday": what people did; "the September 14 attacks": the
    day of an event of another kind. Neither dates the summit."""
    text = (
        "The SAARC summit opened in Kathmandu. The summit will hear the report of the ministers, "
        "who met on Tuesday. The summit comes after the September 14 attacks on two ports."
    )
    [m] = to_json(extract_report(text, "2014-11-26", store=store))["meetings"]
    assert m["start"] is None


def test_an_ordinal_after_a_long_bloc_name_and_its_abbreviation(store):
    """ "leaders from the Gulf Cooperation Council (GCC) countries for the 40th summit": the
    bloc's summit, and its 40th, though the long name ends more than 40 characters before."""
    text = (
        "The King welcomed the heads of delegations from the Gulf Cooperation Council (GCC) "
        "countries for the 40th summit in Riyadh."
    )
    [m] = to_json(extract_report(text, "2019-12", store=store))["meetings"]
    assert (_tail(m["series"]), m["ordinal"], _tail(m["host"])) == ("supreme-council", 40, "SAU")


def test_an_agencys_dateline_in_brackets_and_a_resort_with_two_words_before(store):
    """ "Rome, (APP - Pakistan Point News - 12th Jun, 2024)": the day the agency filed, not the
    summit's, so "a summit this week" and "the June 13-15 summit" are one; "at the luxury
    southern Italian resort of Borgo Egnazia": Italy hosts, in Borgo Egnazia."""
    text = (
        "Rome, (APP - Pakistan Point News - 12th Jun, 2024) Pope Francis will join G7 leaders "
        "this week during a summit focussed on Ukraine. The June 13-15 summit will see leaders "
        "of the Group of Seven gather at the luxury southern Italian resort of Borgo Egnazia."
    )
    [m] = to_json(extract_report(text, "2024-06-12", store=store))["meetings"]
    assert (m["start"], m["end"], _tail(m["host"]), m["city"]) == (
        "2024-06-13",
        "2024-06-15",
        "ITA",
        "Borgo Egnazia",
    )


def test_a_bloc_under_way_and_last_years_summit_elsewhere(store):
    """ "The G20 is underway.": the bloc's summit, going on the day of the report's date line;
    "everyone attended last year's summit in Riyadh, Saudi Arabia": another summit's place,
    which hosts not this one."""
    text = (
        "date 2021-10-30\nThe G20 is underway.\n\nThis summit is the first in person, after "
        "everyone attended last year's summit in Riyadh, Saudi Arabia via video-link."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["series"]), m["start"], m["host"], m["city"]) == (
        "leaders-summit",
        "2021-10-30",
        None,
        None,
    )


def test_a_blocs_body_named_before_the_bloc_and_an_approximate_day(store):
    """ "a meeting of the Supreme Eurasian Economic Council", in a report that names the EAEU
    (and no other bloc) only after it: the EAEU's body. "the next summit in Minsk 'around May
    29'": a day the text does not pin down, so no date."""
    text = (
        "The two leaders sparred at a meeting of the Supreme Eurasian Economic Council. "
        "In 2025 Belarus will preside over the bodies of the EAEU. Lukashenko proposed to hold "
        'the next summit in Minsk "around May 29" next year.'
    )
    got = to_json(extract_report(text, "2024-12-26", store=store))["meetings"]
    assert _tail(got[0]["body"]) == "supreme-eurasian-economic-council"
    assert all(m["start"] is None for m in got)


def test_a_states_leader_named_with_its_possessive_hosts(store):
    """ "Brazil's then president Lula da Silva hosted the second summit": Brazil hosts, as a
    demonym's leader does ("Indian Prime Minister ... hosted")."""
    text = "In April 2010, Brazil's then president Lula da Silva hosted the second BRICS summit."
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert _tail(m["host"]) == "BRA"
    assert {_tail(p["state"]): p["capacity"] for p in m["participants"]} == {"BRA": "host"}


def test_a_host_of_a_blocs_people_with_no_meeting_word_and_as_of(store):
    """ "Kenya will host ... heads of state and ... ministers from African Union (AU) member
    states in Nairobi on Sunday July 16 and Monday July 17": a meeting of the bloc, its days,
    host and city; "As of Saturday evening, ... had landed": when something was so, not the
    meeting's day."""
    text = (
        "Kenya will host at least 10 heads of state and 51 foreign ministers from African Union "
        "(AU) member states in Nairobi on Sunday July 16 and Monday July 17. As of Saturday "
        "evening, those who had already landed for the AU meeting were Egypt's President and "
        "Senegalese President Macky Sall."
    )
    [m] = to_json(extract_report(text, "2023-07-15", store=store))["meetings"]
    assert (m["start"], m["end"], _tail(m["host"]), m["city"]) == (
        "2023-07-16",
        "2023-07-17",
        "KEN",
        "Nairobi",
    )


def test_a_minister_with_two_titles_receives_the_blocs_partners(store):
    """ "Italian Foreign Minister and Deputy Prime Minister Antonio Tajani received the G7
    partners": a meeting of the G7, which Italy hosts (not "welcomed the decision")."""
    text = (
        "Italian Foreign Minister and Deputy Prime Minister Antonio Tajani received the G7 "
        "partners on the island of Capri."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["bloc"]), _tail(m["host"])) == ("G7", "ITA")
    text = (
        "The G7 summit opened. Italian Prime Minister Meloni welcomed the decision of the leaders."
    )
    got = to_json(extract_report(text, None, store=store))["meetings"]
    assert all(m["host"] is None for m in got)


def test_a_weekday_the_report_dates_elsewhere():
    """ "stated on Friday (June 2)" in a report dated only to the month: "held earlier on
    Friday" is June 2. A weekday the date contradicts, or given two dates, teaches nothing."""
    june = PartialDate(2023, 6)
    text = "The minister stated on Friday (June 2) that the bloc is strong."
    known = weekdays_named(text, june)
    assert known == {4: date(2023, 6, 2)}
    [d] = find_dates("The meeting was held earlier on Friday.", june, weekdays=known)
    assert d.start == PartialDate(2023, 6, 2)
    assert find_dates("The meeting was held on Friday.", june) == []
    assert weekdays_named("on Thursday (June 2)", june) == {}
    assert weekdays_named("on Friday (June 2) and on Friday (June 9)", june) == {}


def test_a_meeting_at_the_un_and_a_summit_that_would_have_been_hosted(store):
    """ "a SAARC meeting on the sideline of the United Nations General Assembly ... in New
    York": the UN's venue, no state hosts it. "the SAARC summit, which Pakistan would have
    hosted in Islamabad": its host, but one never held, with no one taking part."""
    text = (
        "Foreign ministers of Nepal and Pakistan attended a SAARC meeting on the sideline of the "
        "United Nations General Assembly. The ministers met in New York."
    )
    [m] = to_json(extract_report(text, "2019-09-27", store=store))["meetings"]
    assert (m["host"], m["city"]) == (None, "New York")
    assert "USA" not in {_tail(p["state"]) for p in m["participants"]}
    text = "Modi opted out of the SAARC summit, which Pakistan would have hosted in Islamabad."
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert _tail(m["host"]) == "PAK"
    assert "PAK" not in {_tail(p["state"]) for p in m["participants"]}


def test_a_documents_days_are_not_the_meetings(store):
    """ "The Treaty on the Eurasian Economic Union was signed on 29 May 2014 ... and came into
    force on 1 January 2015": a document's days; the meeting held "in Kyrgyzstan" stays
    undated."""
    text = (
        "The Eurasian Economic Union Intergovernmental Council meeting was held in Kyrgyzstan. "
        "The meeting was attended by Belarusian Prime Minister Roman Golovchenko. The Treaty on "
        "the Eurasian Economic Union was signed on 29 May 2014 by the leaders of Belarus, "
        "Kazakhstan, and Russia, and came into force on 1 January 2015."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (m["start"], m["end"]) == (None, None)


def test_a_ministers_meeting_with_an_apostrophe_and_ministerial_level(store):
    """ "the SCO foreign ministers' meeting": the Council of Foreign Ministers; "the
    ministerial-level meetings of the grouping": an adjective, no meeting."""
    text = "Jaishankar attended the SCO foreign ministers' meeting in Dushanbe."
    [m] = to_json(extract_report(text, "2021-07-14", store=store))["meetings"]
    assert _tail(m["body"]) == "council-of-foreign-ministers"
    assert MEETING_WORDS.search("the ministerial-level talks")[0] == "talks"
    assert MEETING_WORDS.search("the Bucharest Ministerial")[0] == "Ministerial"


def test_a_count_of_summits_in_a_place_and_a_founding_day(store):
    """ "the 7th GCC summit held in the State of Kuwait since the establishment of the
    Cooperation Council on May 25, 1981": how many Kuwait has held (not the 7th summit), and
    the bloc's founding day (not a meeting's)."""
    text = (
        "The 45th GCC summit opened in Kuwait on Sunday. This is the 7th GCC summit held in the "
        "State of Kuwait since the establishment of the Cooperation Council on May 25, 1981."
    )
    got = to_json(extract_report(text, "2024-12-01", store=store))["meetings"]
    assert [(m["ordinal"], m["start"]) for m in got] == [(45, "2024-12-01")]


def test_meetings_a_state_habitually_attends_are_none_in_particular():
    """ "India has generally participated in the ministerial-level meetings of the grouping":
    meetings in general, as "in CIS meetings" is."""
    from blocgraph.extract.proposals import _in_general

    text = "India has generally participated in the ministerial-level meetings of the grouping."
    word = MEETING_WORDS.search(text)
    assert word[0] == "meetings" and _in_general(text, word)
    text = "India participated in the meetings of the grouping on Monday."
    assert not _in_general(text, MEETING_WORDS.search(text))


def test_a_second_summit_is_another_not_the_second():
    """ "A second G20 summit ... is also scheduled": one more summit, not the series' 2nd (which
    would tie it to the recorded 2nd summit); "the 18th SAARC summit" keeps its number."""
    from blocgraph.extract.proposals import _ordinal_near

    text = "A second G20 summit of heads of state is also scheduled to be held in Brazil."
    assert _ordinal_near(text, ["G20"]) is None
    assert _ordinal_near("The second G20 summit was held in London.", ["G20"]) == 2


@pytest.mark.parametrize(
    ("text", "published", "bloc", "expected"),
    [
        (
            "The 18th SAARC summit opened in Kathmandu on 26 November 2014. All SAARC leaders "
            "and foreign ministers joined the summit.",
            "2014-11-26",
            "SAARC",
            {"AFG", "BGD", "BTN", "IND", "LKA", "MDV", "PAK"},
        ),
        (
            "The GCC Ministerial Council met in Kuwait on 1 December 2024. The meeting was "
            "attended by the GCC Foreign Ministers.",
            "2024-12-01",
            "GCC",
            {"ARE", "BHR", "OMN", "QAT", "SAU"},
        ),
        (
            "The BRICS ministerial meeting was held in Cape Town on 1 June 2023. It was attended "
            "by foreign ministers from the BRICS nations.",
            "2023-06-02",
            "BRICS",
            {"BRA", "CHN", "IND", "RUS"},
        ),
        (
            "The ASEAN-Australia Special Summit opens in Melbourne on 4 March 2024. We look "
            "forward to welcoming the leaders of every single ASEAN nation at the summit; all "
            "have said that they will be attending.",
            "2024-02-27",
            "ASEAN",
            {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"},
        ),
    ],
)
def test_all_the_people_of_the_bloc_are_its_members(store, text, published, bloc, expected):
    """ "All SAARC leaders ... joined the summit", "attended by the GCC Foreign Ministers", "the
    leaders of every single ASEAN nation": the whole bloc's people, so each member that day,
    inferred (the host, when the text gives one, keeps its own capacity)."""
    got = {
        _tail(p["state"]): p
        for m in to_json(extract_report(text, published, store=store))["meetings"]
        if _tail(m["bloc"]) == bloc
        for p in m["participants"]
    }
    assert expected <= set(got)
    assert all(got[s]["capacity"] == "member" and got[s]["inferred"] for s in expected)


def test_a_generic_plural_of_the_blocs_people_is_not_all_of_them(store):
    """ "EU leaders met", "The leaders of the CIS countries have arrived": maybe not every one
    of them, so no member is inferred."""
    for text, published in (
        ("EU leaders met in Brussels on 14 December 2023 for a summit.", "2023-12-15"),
        (
            "The CIS summit is held in Dushanbe on 11 October 2019. The leaders of the CIS "
            "countries have arrived at the summit.",
            "2019-10-11",
        ),
    ):
        for m in to_json(extract_report(text, published, store=store))["meetings"]:
            # (a host from the city, "in Brussels", is inferred too: it is the meeting rules')
            assert not any(p["inferred"] for p in m["participants"] if p["capacity"] != "host"), (
                text
            )


def test_the_states_a_sentence_spoke_of_named_in_the_next(store):
    """ "Some countries will be absent from the summit ... These countries are Gabon and Niger,
    as well as Mali": each state of the list stays away, its capacity its standing that day;
    a list after a sentence that says nothing of taking part is nobody's attendance."""
    text = (
        "The 37th AU summit opens in Addis Ababa on 17 February 2024. However, some countries "
        "will be absent from the summit, following their suspension. These countries are Gabon "
        "and Niger, as well as Mali."
    )
    (got,) = _meetings(store, text, "2024-02-15").values()
    for iso3 in ("GAB", "NER", "MLI"):
        assert (got[iso3]["capacity"], got[iso3]["attendance"]) == ("member", "absent"), iso3
        assert "These countries are Gabon" in got[iso3]["quote"]
    quiet = text.replace(
        "some countries will be absent from the summit, following their suspension",
        "some countries have had coups",
    )
    for m in to_json(extract_report(quiet, "2024-02-15", store=store))["meetings"]:
        assert not {"GAB", "NER", "MLI"} & {_tail(p["state"]) for p in m["participants"]}


def test_a_state_named_after_its_city_is_a_place(store):
    """ "Medellín, Colombia – The Uruguayan delegation walked out of the OAS General
    Assembly", "arrived Addis Ababa, capital of Ethiopia to attend": the state says where the
    city is; it is not said to take part (the one who walks out, or arrives, is)."""
    text = (
        "Medellín, Colombia – The Uruguayan delegation walked out of the OAS General Assembly "
        "on 27 June 2019, which the delegations of Brazil and Peru attended."
    )
    got = {s for m in _meetings(store, text, "2019-06-28").values() for s in m}
    assert {"URY", "BRA", "PER"} <= got
    assert "COL" not in got
    text = (
        "President Tinubu has arrived Addis Ababa, capital of Ethiopia to attend the 37th "
        "Ordinary Summit of the African Union on 17 February 2024."
    )
    for m in to_json(extract_report(text, "2024-02-15", store=store))["meetings"]:
        ethiopia = [p for p in m["participants"] if _tail(p["state"]) == "ETH"]
        assert all(p["capacity"] == "host" for p in ethiopia)


def test_a_state_ending_a_relative_clause_is_not_the_subject(store):
    """ "Nepal, which lies between India and China, is hosting the summit": Nepal hosts; China,
    which ends the clause, takes no part (nor India)."""
    text = (
        "The 18th SAARC summit opened in Kathmandu on 26 November 2014. Nepal, which lies "
        "between India and China, is hosting the summit for the third time."
    )
    got = {s: p for m in _meetings(store, text, "2014-11-26").values() for s, p in m.items()}
    assert "CHN" not in got and "IND" not in got
    assert got["NPL"]["capacity"] == "host"


def test_taking_part_in_the_present_and_future_of_other_languages(store):
    """ "también asisten representantes de Colombia y Ecuador", "participarán": the verbs of
    taking part in the present and future of Spanish, Portuguese and French, not only their
    past and infinitive forms."""
    for text, states in (
        (
            "La cumbre del Mercosur se celebra en Brasilia el 21 de diciembre de 2017. A la cita "
            "también asisten representantes de Colombia y Ecuador.",
            {"COL", "ECU"},
        ),
        (
            "La cumbre del Mercosur se celebra en Brasilia el 21 de diciembre de 2017. En la "
            "cumbre participan los cancilleres de Colombia y Ecuador.",
            {"COL", "ECU"},
        ),
    ):
        got = {s for m in _meetings(store, text, "2017-12-21").values() for s in m}
        assert states <= got, text


def test_a_capacity_said_before_the_people_of_the_states(store):
    """ "participarán como invitados especiales los presidentes de Bolivia, Evo Morales, y de
    Honduras", "will attend as observers the foreign ministers of Iran and Mongolia": the
    capacity is said of the states whose people follow it."""
    text = (
        "Se dio inicio al plenario de la cumbre del Mercosur en Montevideo el 12 de julio de "
        "2013, en la que participan como invitados especiales los presidentes de Bolivia, Evo "
        "Morales, y de Honduras, Porfirio Lobo."
    )
    (got,) = _meetings(store, text, "2013-07-12").values()
    assert (got["BOL"]["capacity"], got["BOL"]["from"]) == ("guest", "text")
    text = (
        "The SCO foreign ministers met in Astana on 21 May 2024, a meeting attended as "
        "observers by the foreign ministers of Mongolia and Belarus."
    )
    (got,) = _meetings(store, text, "2024-05-21").values()
    assert (got["MNG"]["capacity"], got["MNG"]["from"]) == ("observer", "text")


def test_the_absence_of_the_presidents_of_a_list_is_not_the_states(store):
    """ "in the absence of the Presidents of Kazakhstan, Tajikistan and Uzbekistan": the
    leaders' absence, said of every state of the list (not only the first); who represents
    the states, the text does not say, so none is listed."""
    text = (
        "The CIS summit will be held in Chisinau on 9 October 2009 in the absence of the "
        "Presidents of Kazakhstan, Tajikistan and Uzbekistan."
    )
    got = {s for m in _meetings(store, text, "2009-10-07").values() for s in m}
    assert not {"KAZ", "TJK", "UZB"} & got


def test_the_state_named_as_the_place_hosts_those_announced(store):
    """ "will be held in the Moldovan capital ... Kazakhstan will be represented": others are
    announced, and the place is named by its state, so Moldova hosts (announced); a city alone
    ("in Washington") leaves the state out of the participants, as before."""
    text = (
        "The CIS summit will be held in the Moldovan capital on 9 October 2009. Kazakhstan will "
        "be represented at the CIS summit by its prime minister."
    )
    (got,) = _meetings(store, text, "2009-10-07").values()
    assert (got["MDA"]["capacity"], got["MDA"]["attendance"]) == ("host", "invited")
    assert got["KAZ"]["attendance"] == "invited"
    text = (
        "The NATO summit will be held in Washington on 9 July 2024. Japan will be represented "
        "at the NATO summit by its prime minister."
    )
    for m in to_json(extract_report(text, "2024-07-01", store=store))["meetings"]:
        assert "USA" not in {_tail(p["state"]) for p in m["participants"]}


def test_a_ministers_absence_is_not_the_states(store):
    """ "Ararat Mirzoyan, the foreign minister of Armenia, declined to attend": the minister
    stays away; who, if anyone, represents Armenia the text does not say, so it is not listed
    (as with "Armenian Foreign Minister Mirzoyan declined"); a state that declines is absent."""
    text = (
        "The CIS foreign ministers met in Bishkek on 12 October 2023. Ararat Mirzoyan, the "
        "foreign minister of Armenia, declined to attend the CIS meeting in Bishkek."
    )
    got = {s for m in _meetings(store, text, "2023-10-13").values() for s in m}
    assert "ARM" not in got
    text = text.replace("Ararat Mirzoyan, the foreign minister of Armenia,", "Armenia")
    got = {s: p for m in _meetings(store, text, "2023-10-13").values() for s, p in m.items()}
    assert got["ARM"]["attendance"] == "absent"


def test_will_not_take_part_is_an_announced_absence(store):
    """ "Armenia will not take part in this week's summit": absent, not an announced
    participant; "Armenian Prime Minister Pashinyan will not participate": the leader only, so
    Armenia is not listed."""
    text = (
        "The CSTO summit will be held in Minsk on 23 November 2023. Armenia will not take part "
        "in the CSTO summit."
    )
    (got,) = _meetings(store, text, "2023-11-20").values()
    assert got["ARM"]["attendance"] == "absent"
    text = text.replace(
        "Armenia will not take part", "Armenian Prime Minister Nikol Pashinyan will not participate"
    )
    (got,) = _meetings(store, text, "2023-11-20").values()
    assert "ARM" not in got


def test_presidents_of_a_list_with_their_names_between(store):
    """ "os presidentes do Brasil, Jair Bolsonaro; da China, Xi Jinping, adotaram": the
    presidents of the states of a list, each followed by his name and a semicolon, take part
    (the list goes on after each semicolon)."""
    text = (
        "Ao término da 12ª Cúpula dos Brics, realizada em 17 de novembro de 2020, os presidentes "
        "do Brasil, Jair Bolsonaro; da China, Xi Jinping; e da Índia, Narendra Modi, adotaram a "
        "declaração."
    )
    got = {s for m in _meetings(store, text, "2020-11-18").values() for s in m}
    assert {"BRA", "CHN"} <= got


def test_including_after_a_group_of_states_is_no_taking_part(store):
    """ "Several G20 countries, including India and Brazil, maintain close ties with Russia":
    "including" picks states out of a group; it says nothing of the meeting. ("Delegations
    including India's attended" still does.)"""
    text = (
        "The G20 foreign ministers meet in Rio de Janeiro on 21 February 2024. Several G20 "
        "countries, including India and Indonesia, maintain close ties with Russia."
    )
    got = {s for m in _meetings(store, text, "2024-02-20").values() for s in m}
    assert not {"IND", "IDN"} & got


# --- round 7's meeting rules (meetings7): stamp lines, readouts, chairs, arrivals, capitals ---


def _proposed(store, text, published=None):
    return to_json(extract_report(text, published, store=store))["meetings"]


@pytest.mark.parametrize(
    ("stamp", "verb", "day"),
    [
        ("20 December 2019, 19:20", "has been held", "2019-12-20"),
        ("Published : 26 Nov 2014, 04:08 AM", "has got under way", "2014-11-26"),
        ("  • 2022-12-09 11:33:36Z", "was held", "2022-12-09"),
    ],
)
def test_a_time_stamp_line_dates_the_meeting_held(store, stamp, verb, day):
    """A report's time-stamp line near its top (a label or bullet, the day, a time of day)
    dates a meeting the report says is held or under way with no other day; the line is the
    date's quote."""
    text = (
        f"Leaders meet in the Russian city\n\nBy a staff writer\n{stamp}\n\n"
        f"A session of the EAEU Supreme Eurasian Economic Council {verb} in Saint Petersburg."
    )
    (m,) = _proposed(store, text)
    assert (m["start"], m["end"]) == (day, day)
    assert m["date_quote"] == stamp.strip()


def test_a_stamp_line_with_other_words_is_no_date(store):
    """ "Summit to open on 20 December 2019" is a headline, not a stamp: nothing dates the
    meeting held."""
    text = (
        "Leaders to meet on 20 December 2019 as planned\n\n"
        "A session of the EAEU Supreme Eurasian Economic Council has been held in Saint Petersburg."
    )
    for m in _proposed(store, text):
        assert m["start"] is None


def test_a_readout_line_dates_what_was_taken_part_in(store):
    """ "November 28, 2019, Bishkek" heading a readout: "The President took part in a meeting
    of the Council" is that day's (a readout's past tense, no other day said)."""
    text = (
        "CSTO summit\n\nNovember 28, 2019, Bishkek\n\nThe President of Russia took part in a "
        "meeting of the Collective Security Council of the Collective Security Treaty "
        "Organisation in Bishkek."
    )
    (m,) = _proposed(store, text)
    assert (m["start"], m["date_quote"]) == ("2019-11-28", "November 28, 2019, Bishkek")


@pytest.mark.parametrize(
    ("chair", "iso3"),
    [
        ("chaired by President of Belarus Alexander Lukashenko", "BLR"),
        ("held under the chairmanship of the President of the Russian Federation", "RUS"),
        (
            "chaired by the Chairman of the CSTO Collective Security Council, Prime Minister "
            "of the Republic of Armenia Nikol Pashinyan,",
            "ARM",
        ),
    ],
)
def test_the_state_whose_leader_chairs_hosts(store, chair, iso3):
    """ "The meeting chaired by President of Belarus ...", "under the chairmanship of the
    President of the Russian Federation": the chair's state hosts, by video link too."""
    text = (
        f"The session of the CSTO Collective Security Council {chair} was held by video "
        "conference on 2 December 2020."
    )
    (m,) = _proposed(store, text, "2020-12-03")
    assert _tail(m["host"]) == iso3


def test_a_state_attending_after_the_chair_is_no_host(store):
    """ "chaired by the CSTO Secretary General, was attended by the President of Belarus": the
    state follows another verb than the chair's, so it does not host."""
    text = (
        "The session of the CSTO Collective Security Council, chaired by the CSTO Secretary "
        "General, was attended by the President of Belarus on 2 December 2020."
    )
    for m in _proposed(store, text, "2020-12-03"):
        assert m["host"] is None


@pytest.mark.parametrize(
    ("text", "iso3", "city"),
    [
        (
            "Foreign dignitaries and heads of state have begun arriving in the Maldives for "
            "the 17th SAARC Summit.",
            "MDV",
            None,
        ),
        (
            "The 37th GCC summit opened on 6 December 2016. King Salman arrived in Manama on "
            "Tuesday to head the Saudi delegation.",
            "BHR",
            "Manama",
        ),
        (
            "President Bola Tinubu has arrived Addis Ababa, capital of Ethiopia to attend the "
            "37th Ordinary Session of the Assembly of the African Union.",
            "ETH",
            "Addis Ababa",
        ),
    ],
)
def test_where_people_arrive_for_the_meeting_hosts_it(store, text, iso3, city):
    """ "arriving in the Maldives for the 17th Summit", "arrived in Manama on Tuesday to head
    the delegation", "has arrived Addis Ababa, capital of Ethiopia to attend" (no "in", as
    Nigerian English writes it): the place of arrival for the meeting is its venue."""
    (m,) = [m for m in _proposed(store, text, "2016-12-06") if m["host"]]
    assert (_tail(m["host"]), m["city"]) == (iso3, city)


def test_arriving_elsewhere_names_no_host(store):
    """ "arrived in Moscow after the summit": an arrival that is not for the meeting."""
    text = "The GCC summit was held on 6 December 2016. The emir arrived in Moscow after it."
    for m in _proposed(store, text, "2016-12-07"):
        assert m["host"] is None


def test_a_blocs_name_with_capitals_on_its_small_words(store):
    """ "the 17th Summit of the South Asian Association For Regional Cooperation (SAARC)": a
    headline's capitals ("For") still name the bloc, so the summit is the bloc's 17th."""
    text = (
        "Foreign dignitaries have begun arriving in the Maldives for the 17th Summit of the "
        "South Asian Association For Regional Cooperation (SAARC)."
    )
    (m,) = _proposed(store, text, "2011-11-10")
    assert (m["series"].rsplit("/", 1)[-1], m["ordinal"]) == ("summit", 17)


@pytest.mark.parametrize(
    "text",
    [
        "Brasilia gets ready on 13 November 2019 to become the first city to host its second "
        "BRICS summit.",
        "South Africa became on 22 November 2025 the first African country to host the G20 summit.",
    ],
)
def test_an_ordinal_that_counts_places_is_no_meetings_number(store, text):
    """ "the first city to host its second BRICS summit", "the first African country to host
    the G20 summit": the ordinals count a city, a country and its hostings, not the meeting's
    number in its series."""
    for m in _proposed(store, text, "2019-11-13"):
        assert m["ordinal"] is None


def test_a_weekday_in_the_week_the_report_dates(store):
    """A report of unknown day that dates Friday ("on Friday (June 2)"): "On Thursday, Cape
    Town hosted a meeting" is the Thursday before (said in the past), a meeting of its own, not
    Friday's. Published in June 2017 (2 June was a Friday then too), when the record holds no
    BRICS meeting on those days. In June 2023 it holds the Cape Town foreign ministers' meeting
    of 1-2 June with its Friends of BRICS day, which both sentences report: one proposal."""
    text = (
        "The Friends of BRICS ministerial meeting was held on Friday (June 2) in Cape Town. "
        "India and Brazil attended the Friends of BRICS meeting. On Thursday, Cape Town hosted "
        "a meeting of top diplomats from the BRICS countries."
    )
    days = {m["start"] for m in _proposed(store, text, "2017-06")}
    assert {"2017-06-02", "2017-06-01"} <= days
    [m] = _proposed(store, text, "2023-06")
    assert _tail(m["existing"]) == "foreign-ministers-meeting-2023-06-01"


def test_a_stated_host_is_more_than_the_venues_country(store):
    """ "Announcement of the G20 Osaka Summit ... Japan will host the G20 Osaka Summit": Osaka
    names the venue (Japan, by the city's name alone, would not be said to take part), and
    Japan is said to host; so the host takes part (invited, the summit being planned)."""
    text = (
        "Announcement of the G20 Osaka Summit\nInvited Guest Countries\n\n1. Japan will host the "
        "G20 Osaka Summit in June 2019 and has selected 8 countries as invited guests.\n\n"
        "(Invited Guest Countries)\nSpain, Singapore, Vietnam\n"
    )
    (m,) = _proposed(store, text, "2018-12-18")
    host = [p for p in m["participants"] if p["capacity"] == "host"]
    assert [_tail(p["state"]) for p in host] == ["JPN"]


def test_days_without_a_year_take_the_one_year_their_sentence_names(store):
    """A report of unknown date: "holds the G7 presidency for 2018 and will host the summit in
    Charlevoix June 8-9" gives the days of 2018; two years in the sentence give none."""
    text = "Canada holds the G7 presidency for 2018 and will host the G7 summit June 8-9."
    (m,) = _proposed(store, text)
    assert (m["start"], m["end"]) == ("2018-06-08", "2018-06-09")
    text = "Canada held the presidency in 2010 and for 2018 will host the G7 summit June 8-9."
    for m in _proposed(store, text):
        assert m["start"] is None


def test_the_city_that_hosts_the_meeting_is_its_venue(store):
    """ "Saint Petersburg hosted the EAEU summit": the city said to host is the venue, and the
    state it lies in the host; a city that "hosted the previous summit" is another meeting's."""
    text = (
        "Leaders of the EAEU gathered. Saint Petersburg hosted the EAEU summit on 20 December 2019."
    )
    (m,) = _proposed(store, text, "2019-12-21")
    assert (_tail(m["host"]), m["city"]) == ("RUS", "Saint Petersburg")
    text = text.replace("hosted the EAEU summit", "hosted the previous EAEU summit")
    for m in _proposed(store, text, "2019-12-21"):
        assert m["city"] != "Saint Petersburg"


def test_the_day_of_another_act_is_not_the_meetings(store):
    """ "the first time Gulf authorities will meet after signing the AlUla agreement in
    January": January is the signing's; "after meeting in Riyadh on 14 December 2021" is the
    meeting's own day."""
    text = (
        "The GCC summit will be the first time GCC leaders meet after signing the historic "
        "AlUla agreement in January."
    )
    for m in _proposed(store, text, "2021-12-14"):
        assert m["start"] is None
    text = "GCC leaders issued a statement after meeting in Riyadh on 14 December 2021."
    assert [m["start"] for m in _proposed(store, text, "2021-12-15")] == ["2021-12-14"]


# --- round 7, participants (people7): rules written as families, for reports not yet read --


def test_state_names_from_pycountrys_catalogues(gaz):
    """pycountry's own gettext catalogues of ISO 3166-1 names give the names reports in
    Spanish, Portuguese, French and German write ("África do Sul", "Hungría", "Südafrika");
    a translation that is a common word ("Island", German for Iceland), another state's place
    ("Granada", Spanish for Grenada, a city of Spain), or a name with its accents dropped
    ("Franca", a surname, for "França") is no state's name."""
    names = gaz.state_names
    assert names.get("África do Sul") == "ZAF"
    assert names.get("Hungría") == "HUN"
    assert names.get("Südafrika") == "ZAF"
    assert names.get("Camarões") == "CMR"
    assert names.get("Federação Russa") == "RUS"
    for word in ("Island", "Granada", "Franca", "Maurice", "Mauricio"):
        assert word not in names, word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Spanish, Portuguese or French demonym after the title it qualifies
        ("Llegó el presidente argentino Mauricio Macri.", ["ARG"]),
        ("Chegou a presidenta brasileira Dilma Rousseff.", ["BRA"]),
        ("Le président sénégalais Macky Sall est arrivé.", ["SEN"]),
        # or between an article and a name
        ("participan el argentino Mauricio Macri y el uruguayo Tabaré Vázquez", ["ARG", "URY"]),
        # a nationality, not a government; "Mauricio" a given name, not Mauritius
        ("la cocina mexicana y el idioma ruso", []),
        ("Mauricio Macri llegó.", []),
    ],
)
def test_a_romance_demonym_after_its_title(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


def test_a_translated_state_name_takes_part(store):
    """A Portuguese report names South Africa as "África do Sul" in its list of presidents."""
    text = (
        "A 12ª Cúpula dos Brics foi realizada em 17 de novembro de 2020, com a presença dos "
        "presidentes da China e da África do Sul."
    )
    got = {s for m in _meetings(store, text, "2020-11-18").values() for s in m}
    assert {"CHN", "ZAF"} <= got


def test_a_list_goes_on_through_an_item_no_name_matches(store):
    """ "os presidentes do Brasil, Jair Bolsonaro; da Rússsia, ...; da China, Xi Jinping": an
    item the gazetteer does not know (a misspelling here) does not cut the list; the states
    after it are still the presidents'."""
    text = (
        "Ao término da 12ª Cúpula dos Brics, realizada em 17 de novembro de 2020, os presidentes "
        "do Brasil, Jair Bolsonaro; da Rússsia, Vladimir Putin; da China, Xi Jinping; e da Índia, "
        "Narendra Modi, adotaram a declaração."
    )
    got = {s for m in _meetings(store, text, "2020-11-18").values() for s in m}
    assert {"BRA", "CHN", "IND"} <= got


def test_a_roll_of_people_with_their_offices_across_semicolons(store):
    """ "The GCC leaders taking part are A, Emir of Kuwait; B, Emir of Qatar; and C, Deputy
    Premier of Oman": each person's office names the state, the list goes on after each
    semicolon, and the verb at its head is said of all of them."""
    text = (
        "The 37th GCC summit opened in Manama on 6 December 2016. The GCC leaders taking part "
        "in the summit are Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, Emir of Kuwait; Sheikh "
        "Tamim Bin Hamad Al Thani, Emir of Qatar; and Sayyid Fahd Bin Mahmoud Al Said, Deputy "
        "Premier for Cabinet Affairs of Oman."
    )
    got = {s for m in _meetings(store, text, "2016-12-06").values() for s in m}
    assert {"KWT", "QAT", "OMN"} <= got


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            # arriving: "landed here ... for the summit"
            "The 11th BRICS summit opens in Brasilia on 13 November 2019. President Xi Jinping "
            "of China and President Cyril Ramaphosa of South Africa landed here on Wednesday "
            "for the summit.",
            "2019-11-13",
            {"CHN", "ZAF"},
        ),
        (
            # a guest list: "the guest list also includes Turkish President Erdogan"
            "The G7 summit opens in Apulia on 13 June 2024. The guest list published on "
            "Tuesday also includes Turkish President Recep Tayyip Erdogan and Kenyan President "
            "William Ruto.",
            "2024-06-12",
            {"TUR", "KEN"},
        ),
        (
            # speaking there: "delivered speeches at the summit"
            "The 18th SAARC summit was held in Kathmandu on 26 November 2014. Bhutan and Sri "
            "Lanka delivered speeches at the summit.",
            "2014-11-27",
            {"BTN", "LKA"},
        ),
    ],
)
def test_verbs_of_taking_part_arriving_listed_speaking(store, text, published, expected):
    """Arriving ("landed here for the summit"), being on the guest list ("the guest list also
    includes"), speaking there ("delivered speeches at the summit") say a state takes part."""
    got = {s for m in _meetings(store, text, published).values() for s in m}
    assert expected <= got


def test_the_other_leaders_of_the_bloc_are_its_members(store):
    """ "held a videoconference with the other G7 leaders": all the bloc's people (but the
    subject, who is one of them too), so each member that day, inferred; "informed the other
    G7 members" says nothing of who took part."""
    text = "Mr. Trump held a videoconference with the other G7 leaders on 16 March 2020."
    got = {s: p for m in _meetings(store, text, "2020-03-17").values() for s, p in m.items()}
    expected = {"CAN", "DEU", "FRA", "GBR", "ITA", "JPN"}
    assert expected <= set(got)
    assert all(got[s]["inferred"] and got[s]["capacity"] == "member" for s in expected)
    text = (
        "The G7 summit will be held by video in June 2020. The White House informed the other "
        "G7 members of the change."
    )
    assert not any(_meetings(store, text, "2020-03-17").values())


def test_a_sentence_on_all_the_blocs_people_taking_part_is_about_its_meeting(store):
    """ "Confirming the participation of all the BRICS leaders, Sinha said": no meeting word,
    but all the bloc's people taking part: the sentence is about the bloc's meeting under
    discussion, and each member that day takes part, inferred."""
    text = (
        "India hosts the BRICS summit in Goa on 15 October 2016. Officials said terrorism "
        "would figure prominently. Confirming the participation of all the BRICS leaders, "
        "Sinha said the agenda was ready."
    )
    got = {s for m in _meetings(store, text, "2016-10-10").values() for s in m}
    assert {"BRA", "CHN", "RUS", "ZAF"} <= got


def test_a_roll_calls_bulleted_lines_with_their_capacity(store):
    """ "will bring together leaders from:" and then bulleted lines: each line's states take
    part (invited: the meeting is to come), in the capacity the line says ("the six Western
    Balkans partners: Albania, ...")."""
    text = (
        "The EU-Western Balkans summit will be held in Brdo pri Kranju on 6 October 2021. The "
        "summit will bring together leaders from:\n\n  • EU member states\n  • the six Western "
        "Balkans partners: Albania, Serbia, Montenegro and Kosovo\n\nThe leaders will adopt a "
        "declaration."
    )
    got = {s: p for m in _meetings(store, text, "2021-10-01").values() for s, p in m.items()}
    for iso3 in ("ALB", "SRB", "MNE"):
        assert got[iso3]["capacity"] == "partner", iso3
        assert got[iso3]["attendance"] == "invited", iso3


def test_spanish_associated_states_join(store):
    """ "se sumarán los representantes de los países asociados al bloque (Perú, Chile)": a
    Spanish verb of joining, and "países asociados" is the associate members' capacity."""
    text = (
        "La cumbre del Mercosur se realizará en Puerto Iguazú el 4 de julio de 2023. En la "
        "tarde del lunes, se sumarán los representantes de los países asociados al bloque "
        "(Perú, Chile y Ecuador)."
    )
    got = {s: p for m in _meetings(store, text, "2023-07-01").values() for s, p in m.items()}
    for iso3 in ("PER", "CHL", "ECU"):
        assert got[iso3]["capacity"] == "associate-member", iso3


@pytest.mark.parametrize(
    ("text", "bloc", "series", "ordinal"),
    [
        # "A": the Portuguese article, not the English "a" of "a second summit"
        ("Sputnik - A 13ª cúpula do Brics realiza-se nesta quinta-feira.", "BRICS", "summit", 13),
        # elided words ("d'Etat") and nine words between the ordinal and the bloc's name; the
        # summit "of the heads of state" of a bloc is its summit body, in French and Portuguese
        (
            "Le 29ème sommet des Chefs d'Etat et de Gouvernement de l'Union africaine (UA) "
            "s'ouvre à Addis Abeba ce lundi.",
            "AU",
            "assembly-ordinary-session",
            29,
        ),
        (
            "Na 32ª Cimeira de Chefes de Estado e de Governo da União Africana. Os líderes "
            "africanos escolheram 2019 como o ano dos refugiados.",
            "AU",
            "assembly-ordinary-session",
            32,
        ),
    ],
)
def test_an_ordinal_of_a_summit_of_heads_of_state_in_french_and_portuguese(
    store, text, bloc, series, ordinal
):
    meetings = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(meetings[0]["bloc"]), _tail(meetings[0]["series"]), meetings[0]["ordinal"]) == (
        bloc,
        series,
        ordinal,
    )


def test_a_later_summit_of_either_bloc_is_their_joint_summit(store):
    """ "Esta cimeira entre UE e União Africana": a summit of two blocs; "a cimeira de
    Bruxelas" the African Union did not invite four states to, named by no body of its own, is
    that joint summit (the EU's, the first named), not the AU Assembly."""
    text = (
        "Esta cimeira entre UE e União Africana (UA), originalmente prevista para 2020, pode "
        "finalmente ter lugar em Bruxelas.\n\nAusentes estarão quatro países que a União "
        "Africana suspendeu e não convidou para a cimeira de Bruxelas, designadamente Burkina "
        "Faso, Mali, Sudão e Guiné-Conacri."
    )
    meetings = to_json(extract_report(text, None, store=store))["meetings"]
    [summit] = [m for m in meetings if m["participants"]]
    assert (_tail(summit["bloc"]), summit["series"]) == ("EU", None)
    assert {_tail(p["state"]) for p in summit["participants"]} >= {"BFA", "MLI", "SDN"}


def test_representatives_from_states_and_the_town_they_travel_to_attend(store):
    """ "representatives from Britain, Canada, ... agreed", a sentence after one about the
    meeting: the states taking part; "took a bullet train ... to the resort town of Karuizawa in
    central Japan to attend the three-day meeting": Japan hosts."""
    text = (
        "The Group of Seven foreign ministers on Sunday agreed that unity will be key.\n\n"
        "The top diplomats took a bullet train from Tokyo to the resort town of Karuizawa in "
        "central Japan to attend the three-day meeting.\n\n"
        "Beginning with a working dinner, representatives from Britain, Canada, France, "
        "Germany, Italy, Japan and the United States agreed that unity will be important."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert _tail(m["host"]) == "JPN"
    assert {_tail(p["state"]) for p in m["participants"]} == {
        "GBR",
        "CAN",
        "FRA",
        "DEU",
        "ITA",
        "JPN",
        "USA",
    }


def test_the_leaders_of_states_in_portuguese_take_part(store):
    """ "Os líderes do Brasil, ... e África do Sul vão discutir", after the sentence naming the
    summit: the leaders of the states, as "leaders of", take part."""
    text = (
        "A 13ª cúpula do Brics realiza-se nesta quinta-feira em formato virtual.\n\n"
        "Os líderes do Brasil, Índia, China e África do Sul vão discutir uma ampla variedade de "
        "assuntos."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert {_tail(p["state"]) for p in m["participants"]} >= {"BRA", "IND", "CHN", "ZAF"}


def test_a_council_of_the_bloc_and_a_partner_state_is_a_meeting_of_its_own(store):
    """ "the NATO-Russia Council", a body the knowledge base does not record: still a meeting
    of NATO (no body, no series), with its ordinal, day and venue; Russia, the state the council
    joins NATO with, takes part as a partner."""
    text = (
        "The third summit in the history of the NATO-Russia Council (NRC) took place in Lisbon "
        "on 20 November 2010. At the end of this historic gathering, President Dmitri Medvedev "
        "of Russia and his counterparts issued a joint statement."
    )
    [m] = to_json(extract_report(text, "2010-11-20", store=store))["meetings"]
    assert (_tail(m["bloc"]), m["series"], m["ordinal"], m["start"]) == (
        "NATO",
        None,
        3,
        "2010-11-20",
    )
    assert ("RUS", "partner") in {(_tail(p["state"]), p["capacity"]) for p in m["participants"]}


# --- round 11: finding the meeting in the other languages -------------------------------------


def test_a_bloc_glued_to_a_meeting_noun_is_the_blocs_meeting(store):
    """ "Das G7-Finanzministertreffen", "der G20-Gipfel": German joins the bloc's name to the
    meeting noun with a hyphen; the meeting is the bloc's, held where the sentence says ("in
    Bonn ... stattfinden"). "Das EU-Japan-Treffen" is no meeting of the EU alone."""
    text = (
        "Das zentrale G7-Finanzministertreffen soll Mitte Mai in Bonn stattfinden. "
        "Bundesfinanzminister Lindner bereitet es vor."
    )
    [m] = to_json(extract_report(text, "2022-01-12", store=store))["meetings"]
    assert (_tail(m["bloc"]), _tail(m["host"]), m["city"]) == ("G7", "DEU", "Bonn")
    joint = "Das EU-Japan-Treffen soll im Mai in Brüssel stattfinden."
    assert to_json(extract_report(joint, "2022-01-12", store=store))["meetings"] == []


def test_a_venue_named_in_the_reports_language(store):
    """ "à Addis-Abeba à la 20ème session ordinaire du Conseil exécutif": the city as French
    writes it is the venue (kept as written), its state the host, and the ordinal before the
    meeting word the meeting's number."""
    text = (
        "Les ministres des Affaires étrangères des pays membres de l’Union africaine (UA) "
        "prennent part jusqu’à vendredi à Addis-Abeba à la 20ème session ordinaire du Conseil "
        "exécutif. Le Togo est représenté par son ministre."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["bloc"]), m["ordinal"], m["city"], _tail(m["host"])) == (
        "AU",
        20,
        "Addis-Abeba",
        "ETH",
    )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("à la 20ème session ordinaire", "session", 20),
        ("Bruxelas acolhe a VI cimeira", "cimeira", 6),
        ("Es wird das zwölfte Treffen der G20 sein", "Treffen", 12),
        ("das 12. Treffen", "Treffen", 12),
        ("na 13ª cúpula do Brics", "cúpula", 13),
        ("la sexta reunión ordinaria", "reunión", 6),
        ("на шестой саммит", "саммит", 6),
        # a German date, "the first" of a kind, a word that counts nothing, English (elsewhere)
        ("am 18. Treffen", "Treffen", None),
        ("la primera reunión presencial", "reunión", None),
        ("no segundo dia da cimeira", "cimeira", None),
        ("the 12th meeting", "meeting", None),
    ],
)
def test_ordinals_in_the_other_languages(text, word, expected):
    from blocgraph.extract.meeting_finding import ordinal_before

    assert ordinal_before(text, text.index(word)) == expected


def test_this_summit_in_spanish_is_the_report_blocs_summit(store):
    """ "Brasil estará representado en esta cumbre": a report that never names the meeting
    with its bloc ("tratado fundacional del grupo ... Mercosur" elsewhere) is about that bloc's
    summit; "esta cumbre" is the report's own, as "this summit" is in English."""
    text = (
        "Brasil estará representado en esta cumbre por el vicepresidente Hamilton Mourao.\n"
        "Los gobernantes de Argentina y Paraguay consideran que ello rompe con las reglas del "
        "Mercosur."
    )
    [m] = to_json(extract_report(text, "2022-12-06", store=store))["meetings"]
    assert (_tail(m["bloc"]), _tail(m["series"])) == ("Mercosur", "summit")
    assert "BRA" in {_tail(p["state"]) for p in m["participants"]}


def test_a_bloc_named_with_the_egyptian_final_ya(store):
    """ "مجلس التعاون الخليجى": Egyptian papers write a word's final yā' as alif maqṣūra; the
    bloc's name so written is still the GCC's."""
    text = (
        "يعقد وزراء خارجية دول مجلس التعاون الخليجى فى مدينة جدة يوم الأحد المقبل اجتماعهم "
        "الاعتيادى بمشاركة وزير خارجية مملكة البحرين."
    )
    meetings = to_json(extract_report(text, "2013-08-28", store=store))["meetings"]
    assert [_tail(m["bloc"]) for m in meetings] == ["GCC"]


def test_a_gathering_at_the_seat_is_placed_there_with_no_host(store):
    """ "Thursday's gathering of defense ministers at NATO headquarters in Brussels": a gathering
    names the venue as a meeting does; the bloc's seat gives the city, and Belgium no host."""
    text = (
        "The U.S. Defense Secretary did not attend Thursday's gathering of NATO defense ministers "
        "at NATO headquarters in Brussels. Germany's Defense Minister Boris Pistorius attended."
    )
    [m] = to_json(extract_report(text, None, store=store))["meetings"]
    assert (_tail(m["bloc"]), m["city"], m["host"]) == ("NATO", "Brussels", None)


def test_leaders_meeting_and_ordinal_in_german_and_arabic(store):
    """ "das zwölfte Treffen der Staats- und Regierungschefs der G20": the bloc's summit (its
    leaders' meeting) with its number, the recorded 12th G20 summit; "الدورة الـ191 لمؤتمر ...
    أوبك": the ordinal Arabic writes after the meeting noun."""
    text = (
        "Ende der Woche kommen die Staats- und Regierungschefs der G20 in Hamburg zusammen. "
        "Es wird das zwölfte Treffen der Staats- und Regierungschefs der G20 sein."
    )
    meetings = to_json(extract_report(text, "2017-07-03", store=store))["meetings"]
    assert [(m["ordinal"], _tail(m["series"])) for m in meetings] == [(12, "leaders-summit")]
    assert meetings[0]["existing"].endswith("meeting/G20/leaders-summit-12")
    arabic = (
        "شارك وزير الطاقة الجزائري في أشغال الدورة الـ191 لمؤتمر منظمة الدول المصدرة للنفط (أوبك)."
    )
    [m] = to_json(extract_report(arabic, None, store=store))["meetings"]
    assert (_tail(m["bloc"]), m["ordinal"]) == ("OPEC", 191)


def test_a_later_sentence_of_taking_part_is_the_meetings(store):
    """ "Bhutan's Prime Minister arrived late on Thursday", sentences after the summit's name
    with none about a meeting between: a verb of taking part or arriving that names a state,
    in a report about one meeting, is said of that meeting however many sentences on."""
    text = (
        "The 17th SAARC Summit opened in Addu City on Thursday. Trade and climate change "
        "dominate the agenda. Officials expect a declaration on connectivity. Bhutan's Prime "
        "Minister Jigme Thinley arrived late in the evening. El presidente de Nepal llegó el "
        "viernes."
    )
    [m] = to_json(extract_report(text, "2011-11-10", store=store))["meetings"]
    assert {"BTN", "NPL"} <= {_tail(p["state"]) for p in m["participants"]}


def test_an_official_named_at_the_meeting_takes_part_if_the_state_has_standing(store):
    """ "Speaking at the summit, Pakistani Prime Minister ...": no verb of taking part, but an
    official of the state in a sentence about the meeting; kept for a member (Pakistan), not for
    a state with no standing in the bloc (Russia's president commenting on the summit)."""
    text = (
        "The 17th SAARC Summit opened in Addu City on Thursday, November 10, 2011. Speaking at "
        "the summit, Pakistani Prime Minister Yousuf Raza Gilani called for more trade. Russian "
        "President Dmitry Medvedev praised the summit in a message."
    )
    [m] = to_json(extract_report(text, "2011-11-10", store=store))["meetings"]
    states = {_tail(p["state"]) for p in m["participants"]}
    assert "PAK" in states and "RUS" not in states


def test_joining_the_summit_and_a_roll_of_rulers_of_kingdoms(store):
    """ "will join the Summit as observers" is taking part in the summit, not joining the bloc;
    "; King Hamad bin Isa Al Khalifa of Kingdom of Bahrain; ..." goes on the roll "with presence
    of" begins."""
    text = (
        "The 17th SAARC Summit opened in Addu City on Thursday. In addition, ministers from "
        "Australia, Japan and China will join the Summit as observers."
    )
    [m] = to_json(extract_report(text, "2011-11-10", store=store))["meetings"]
    assert {"AUS", "JPN", "CHN"} <= {_tail(p["state"]) for p in m["participants"]}
    roll = (
        "The GCC Supreme Council held in Riyadh its 36th Session December 9-10, 2015, with "
        "presence of Sheikh Mohammed bin Rashid Al Maktoum, Vice-President of the United Arab "
        "Emirates; King Hamad bin Isa Al Khalifa of Kingdom of Bahrain; Sayyid Fahd bin Mahmoud "
        "Al Said, Deputy Prime Minister for the Cabinet's Affairs of the Sultanate of Oman; and "
        "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, Emir of the State of Kuwait."
    )
    [m] = to_json(extract_report(roll, "2015-12-10", store=store))["meetings"]
    assert {"ARE", "BHR", "OMN", "KWT"} <= {_tail(p["state"]) for p in m["participants"]}


def _capacities(store, text, published):
    (m,) = [m for m in _proposed(store, text, published) if m["participants"]]
    return {_tail(p["state"]): p["capacity"] for p in m["participants"]}, _tail(m["host"])


def test_a_state_that_chairs_where_another_hosts_is_the_chair(store):
    """ "held in Cholpon-Ata under the presidency of Kazakhstan Prime Minister": the venue's
    country hosts, the state whose minister presides takes part as the chair (a chair that
    hosts stays the host: see test_the_state_whose_leader_chairs_hosts)."""
    text = (
        "The Eurasian Economic Union Intergovernmental Council meeting was held in Cholpon-Ata, "
        "Kyrgyzstan, on 20 August 2021 under the presidency of Kazakhstan Prime Minister Askar "
        "Mamin. The meeting was attended by Armenian Prime Minister Nikol Pashinyan."
    )
    got, host = _capacities(store, text, "2021-08-21")
    assert host == "KGZ" and got["KAZ"] == "chair" and got["ARM"] == "member"


@pytest.mark.parametrize(
    ("title", "chair"),
    [
        ("President of Rwanda and the acting AU chairperson", True),
        ("President of Rwanda and the acting chairman of the G-8", False),
        ("President of Rwanda and the empty chair", False),
    ],
)
def test_a_chairs_title_of_the_meetings_bloc(store, title, chair):
    """ "Paul Kagame, President of Rwanda and the acting AU chairperson": a state the text has
    taking part, titled the bloc's chair, is the chair; another group's chair, or an empty
    chair, is not."""
    text = (
        "The 31st AU Assembly opened in Nouakchott, Mauritania, on 1 July 2018. The opening "
        f"session counted on addresses by Paul Kagame, {title}, and by the President of "
        "Senegal, who attended the summit."
    )
    got, _host = _capacities(store, text, "2018-07-02")
    assert (got.get("RWA") == "chair") is chair


def test_counted_with_one_other_standing():
    """Members and the states of one other standing make the count: that standing's states;
    no standing, or two that fit, none."""
    from blocgraph.extract.proposals import _counted_with

    statuses = {"A": "member", "B": "member", "C": "associate-member", "D": "suspended"}
    assert _counted_with(statuses, ["A", "B"], 3) is None  # two standings make three
    assert _counted_with({**statuses, "E": "associate-member"}, ["A", "B"], 4) == {
        "C": "associate-member",
        "E": "associate-member",
    }
    assert _counted_with(statuses, ["A", "B"], 5) is None


def test_a_count_with_the_suspended_members_of_an_undated_meeting(store):
    """No date: "the 54 member states of the African Union" fits the AU's members with the
    suspended ones from South Sudan's accession (2011) to Morocco's return (2017), one set of
    54, so they are expanded (inferred)."""
    text = (
        "The foreign ministers of the 54 member states of the African Union took part in the "
        "Executive Council session in Addis Ababa in 2012."
    )
    (got,) = _meetings(store, text, None).values()
    assert {"SSD", "ESH", "NGA", "ZAF"} <= set(got) and "MAR" not in got
    assert len(got) == 54


@pytest.mark.parametrize(
    ("text", "published", "state"),
    [
        # Vietnamese: the verb, then the meeting noun
        (
            "Ngày 3/11/2019, Hội nghị Cấp cao ASEAN lần thứ 35 khai mạc tại Bangkok. Đoàn đại "
            "biểu Việt Nam tham dự hội nghị.",
            "2019-11-03",
            "VNM",
        ),
        # Polish: "na szczycie" before the verb of representing
        (
            "Szczyt NATO w Wilnie odbył się 11 lipca 2023 roku. Polskę na szczycie reprezentował "
            "prezydent Andrzej Duda.",
            "2023-07-11",
            "POL",
        ),
        # Turkish: the noun in its case, then the verb
        (
            "NATO Dışişleri Bakanları Toplantısı 4 Aralık 2018'de Brüksel'de yapıldı. Dışişleri "
            "Bakanı, Toplantısı'nda Türkiye'yi temsil eden Çavuşoğlu oldu.",
            "2018-12-04",
            "TUR",
        ),
    ],
)
def test_a_verb_of_taking_part_tied_to_the_meeting_in_other_languages(
    store, text, published, state
):
    """In the languages whose verbs of taking part are too loose to read alone, the verb with
    the meeting as its object ("tham dự hội nghị", "na szczycie reprezentował", "Toplantısı'nda
    ... temsil eden") says the state named in or just before it took part."""
    states = {
        _tail(p["state"]) for m in _proposed(store, text, published) for p in m["participants"]
    }
    assert state in states


def test_a_verb_of_taking_part_tied_to_no_meeting_reads_no_state():
    """The tie needs the meeting noun as the verb's object: "wzięli udział w wojnie" (took part
    in the war) and "tham dự lễ ký" (attended a signing) are no taking part in the meeting."""
    from blocgraph.extract.proposals import _TIED_TAKING_PART

    assert _TIED_TAKING_PART.search("Polskę na szczycie reprezentował prezydent")
    assert _TIED_TAKING_PART.search("Đoàn đại biểu Việt Nam tham dự hội nghị")
    assert not _TIED_TAKING_PART.search("Żołnierze z Polski wzięli udział w wojnie w Iraku")
    assert not _TIED_TAKING_PART.search("Đoàn Việt Nam tham dự lễ ký hiệp định thương mại")
    assert not _TIED_TAKING_PART.search("Türkiye savaşa katıldı")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # the venue in a sentence before the meeting is named, read for the report's one meeting
        (
            "Gulf leaders gathered in Riyadh on Tuesday. The 42nd GCC summit adopted a "
            "declaration on regional security.",
            "SAU",
        ),
        # "no" (Portuguese "in the") before the city
        ("A cúpula do BRICS começa amanhã no Rio de Janeiro.", "BRA"),
        # "reached ... to participate": an arrival for the meeting
        (
            "Leaders of the SAARC states reached Thimphu to participate in the 16th SAARC Summit.",
            "BTN",
        ),
        # the Arabic "in" written as one word with the city ("بالرياض")
        (
            "التقى جميع رؤساء دول مجلس التعاون في أعمال الدورة السابعة والعشرين للمجلس الأعلى "
            "لمجلس التعاون لدول الخليج العربية التي بدأت أعمالها أمس بالرياض.",
            "SAU",
        ),
    ],
)
def test_a_venue_said_before_the_meeting_or_with_a_prefix_or_an_arrival(store, text, host):
    [m] = to_json(extract_report(text, "2021-12-14", store=store))["meetings"]
    assert _tail(m["host"]) == host


def test_a_prefix_that_is_part_of_an_arabic_city_is_no_preposition(gaz):
    """ "بكين" (Beijing) begins with ب, the Arabic "in": taken off, it leaves no place, so the
    name is no venue by that letter; "بالرياض" is Riyadh with "in" written onto it."""
    from blocgraph.extract.proposals import _AR_IN_CITY, _in_arabic_prefix, _matcher

    matcher = _matcher(gaz, "بكين")
    assert matcher.place("بكين") is not None  # (Beijing: a place the gazetteer knows)
    assert not _in_arabic_prefix(matcher, "بكين", "عقد الاجتماع ")
    assert _in_arabic_prefix(matcher, "بالرياض", "عقد الاجتماع ")
    # "بمدينة جدة": "in" written onto the word for city before the name
    assert _AR_IN_CITY.search("عقد الاجتماع بمدينة ")
    assert not _AR_IN_CITY.search("عقد الاجتماع في ")


# --- round 19: hosts (hosts19) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "host"),
    [
        # a state's adjective in the locative between "in" and the city
        (
            "В белорусском Минске прошло заседание Совета коллективной безопасности ОДКБ.",
            "2019-11-28",
            "BLR",
        ),
        # "فى": "in" as many Arabic papers spell it
        (
            "عقد وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية اجتماعهم أمس فى الرياض.",
            "2014-11-13",
            "SAU",
        ),
        # the Arabic meeting held "in" the state, a few words on
        (
            "عقد وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية اجتماعهم الـ 33 أمس في "
            "دولة الكويت.",
            "2014-11-13",
            "KWT",
        ),
        # chaired by the head of state, by his title alone (Arabic, Russian)
        (
            "انطلقت أعمال قمة مجلس التعاون الخليجي برئاسة أمير دولة قطر الشيخ تميم بن حمد.",
            "2014-12-09",
            "QAT",
        ),
        ("Саммит ОДКБ прошел под председательством Президента Казахстана.", "2014-12-09", "KAZ"),
        # a venue that stands for its city ("в Кремле": in Moscow), but not the Kremlin speaking
        ("В Кремле прошло заседание Совета коллективной безопасности ОДКБ.", "2011-12-20", "RUS"),
        ("В Кремле заявили, что саммит ОДКБ пройдет в Минске.", "2011-12-20", "BLR"),
        # Ukrainian and Belarusian cities and meeting words ("у Москві", "у Мінску")
        ("У Москві відкрився саміт ОДКБ.", "2008-09-05", "RUS"),
        ("У Мінску праходзіць пасяджэнне Савета кіраўнікоў дзяржаў СНД.", "2015-10-16", "BLR"),
    ],
)
def test_a_host_from_a_city_a_state_or_a_chair_in_russian_arabic_ukrainian_belarusian(
    store, text, published, host
):
    [m] = to_json(extract_report(text, published, store=store))["meetings"]
    assert _tail(m["host"]) == host


def test_the_previous_meetings_place_in_russian_gives_no_host(store):
    """ "Предыдущее заседание совета проходило ... в киргизской Чолпон-Ате": the previous
    meeting's venue, not this one's."""
    text = (
        "Главы правительств стран ЕАЭС собрались на заседание Евразийского "
        "межправительственного совета. Предыдущее заседание совета проходило в августе в "
        "киргизской Чолпон-Ате."
    )
    [m] = to_json(extract_report(text, "2025-09-30", store=store))["meetings"]
    assert m["host"] is None and m["city"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subjunctive after "está previsto que": an announced attendance
        (
            "Para la II Cumbre de la OPEP, el 27 de septiembre en Caracas, está previsto que "
            "asistan las máximas autoridades de Argelia, Indonesia, Irán y Nigeria.",
            {"DZA", "IDN", "IRN", "NGA"},
        ),
        # "están presentes" / "estão presentes": being there
        (
            "En la cumbre del Mercosur en Mendoza están presentes representantes de Perú, "
            "Ecuador y Colombia.",
            {"PER", "ECU", "COL"},
        ),
        (
            "Na cúpula do Mercosul em Mendoza estão presentes representantes do Peru e da "
            "Colômbia.",
            {"PER", "COL"},
        ),
        # "Parmi les présents, on note ...": the list of those there
        (
            "Le sommet de l'Union africaine s'est ouvert jeudi à Malabo. Parmi les présents, "
            "on note Yaya Jameh de Gambie, Yayi Boni du Bénin et Ali Bongo du Gabon.",
            {"GMB", "BEN", "GAB"},
        ),
    ],
)
def test_spanish_and_portuguese_subjunctive_and_being_present(store, text, expected):
    result = to_json(extract_report(text, "2000-09-20", store=store))
    got = {_tail(p["state"]) for m in result["meetings"] for p in m["participants"]}
    assert expected <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukrainian's and Belarusian's genitive months
        ("зустріч міністрів, яка пройде 15 жовтня 2025 в Брюсселі", ("2025-10-15", "2025-10-15")),
        ("пасяджэнне адбудзецца 5 лістапада 2025 ў Мінску", ("2025-11-05", "2025-11-05")),
        # Dutch, Romanian, Swedish, Swahili and Greek, day first
        ("de NAVO-ministers vergaderen op 23 maart 2021", ("2021-03-23", "2021-03-23")),
        ("miercuri, 16 martie 2022, la Bruxelles", ("2022-03-16", "2022-03-16")),
        ("mötet i Bryssel den 16 mars 2022", ("2022-03-16", "2022-03-16")),
        ("mkutano wa tarehe 23 Machi 2021", ("2021-03-23", "2021-03-23")),
        ("η σύνοδος της 16 Μαρτίου 2022", ("2022-03-16", "2022-03-16")),
        # Finnish's partitive and Latvian's locative after the day's dot
        ("kokous pidetään 15. lokakuuta 2025", ("2025-10-15", "2025-10-15")),
        ("6. martā Rīgā", ("2025-03-06", "2025-03-06")),
    ],
)
def test_day_first_months_of_more_languages(text, expected):
    found = find_dates(text, parse_published("2025-03-01"))
    assert found, text
    assert (str(found[0].start), str(found[0].end)) == expected


def test_a_meeting_at_the_blocs_headquarters_in_its_seat_has_no_host(store):
    """ "Штаб-квартира НАТО оприлюднила програму зустрічі ..., яка пройде 15 жовтня в
    Брюсселі": the meeting's date is read, and Brussels, named with the bloc's headquarters,
    is its venue; Belgium does not host it."""
    text = (
        "Штаб-квартира НАТО оприлюднила програму зустрічі міністрів оборони країн-членів "
        "альянсу, яка пройде 15 жовтня в Брюсселі."
    )
    [m] = to_json(extract_report(text, "2025-10-13", store=store))["meetings"]
    assert m["bloc"] == ID + "bloc/NATO"
    assert (m["start"], m["end"]) == ("2025-10-15", "2025-10-15")
    assert m["city"] == "Брюсселі" and m["host"] is None
    assert not any(p["capacity"] == "host" for p in m["participants"])


def test_brussels_in_more_languages_is_a_place(gaz):
    for name in (
        "Brussel",
        "Brukseli",
        "Bruselu",
        "Brüsszelben",
        "Brüksel",
        "Bryssel",
        "Βρυξέλλες",
        "Briselē",
        "Брюсселі",
    ):
        assert gaz.places.get(name) == "BEL", name


@pytest.mark.parametrize(
    ("text", "bloc", "start"),
    [
        # Norwegian: the genitive on the abbreviation and the noun in a compound
        (
            "Forsvarsminister Odd Roger Enoksen vil 21.-22. oktober 2021 møte sine kolleger "
            "under NATOs forsvarsministermøte i Brussel.",
            "NATO",
            "2021-10-21",
        ),
        # Finnish: "Nato" with its genitive, "kokous" in a compound
        ("Naton ulkoministerikokous alkoi 6. huhtikuuta 2022 Brysselissä.", "NATO", "2022-04-06"),
        # Estonian, Latvian and Swedish
        (
            "NATO välisministrite kohtumine toimub 22. ja 23. aprill 2015 Tallinnas.",
            "NATO",
            "2015-04-22",
        ),
        (
            "Eiropas Savienības ārlietu ministru sanāksme notiks 6. un 7. martā 2015 Rīgā.",
            "EU",
            "2015-03-06",
        ),
        ("EU:s jordbruksministrar har ett möte i Luxemburg den 12 juni 2017.", "EU", "2017-06-12"),
    ],
)
def test_meetings_named_in_nordic_and_baltic_languages(store, text, bloc, start):
    [m] = to_json(extract_report(text, "2022-04-05", store=store))["meetings"]
    assert m["bloc"] == ID + "bloc/" + bloc
    assert m["start"] == start


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # a bloc's council or ministers at its seat: the seat's country is not said to host
        ("NATO foreign ministers met in Brussels on 6 April 2022.", None),
        ("The OPEC Conference opened in Vienna on 6 April 2022.", None),
        # an informal meeting is the presidency's at home; another bloc's city is a host's
        (
            "The informal meeting of EU agriculture ministers opened in Luxembourg on 6 April "
            "2022.",
            "LUX",
        ),
        ("The ASEAN summit opened in Jakarta on 6 April 2022.", "IDN"),
    ],
)
def test_a_meeting_at_its_blocs_seat_city_has_no_host_from_the_city(store, text, host):
    [m] = to_json(extract_report(text, "2022-04-06", store=store))["meetings"]
    assert m["host"] == (ID + "state/" + host if host else None)
    hosts = {_tail(p["state"]) for p in m["participants"] if p["capacity"] == "host"}
    assert hosts == ({host} if host else set())


@pytest.mark.parametrize(
    ("text", "published", "city", "host", "start"),
    [
        # a place in a locative case needs no preposition: Finnish, Latvian, Turkish's ending
        # after the name's apostrophe (Brussels, the seat, gives no host)
        ("Naton ulkoministerikokous alkoi 6. huhtikuuta 2022 Brysselissä.", "2022-04-06",
         "Brysselissä", None, "2022-04-06"),
        ("NATO Dışişleri Bakanları Toplantısı 6 Nisan 2022 tarihinde Brüksel’de başladı.",
         "2022-04-06", "Brüksel", None, "2022-04-06"),
        ("6. un 7. martā Eiropas Savienības ārlietu ministri piedalīsies neformālā sanāksmē Rīgā.",
         "2015-03-05", "Rīgā", "LVA", "2015-03-06"),
        # "in" in Swedish and Polish
        ("EU:s jordbruksministrar har ett möte i Bryssel den 12 juni 2017.", "2017-06-01",
         "Bryssel", None, "2017-06-12"),
        ("Spotkanie ministrów spraw zagranicznych NATO odbyło się 6 kwietnia 2022 w Brukseli.",
         "2022-04-06", "Brukseli", None, "2022-04-06"),
    ],
)  # fmt: skip
def test_a_venue_in_a_locative_case_or_after_a_nordic_or_polish_in(
    store, text, published, city, host, start
):
    [m] = to_json(extract_report(text, published, store=store))["meetings"]
    assert m["city"] == city
    assert m["host"] == (ID + "state/" + host if host else None)
    assert m["start"] == start


@pytest.mark.parametrize("text", ["6 en 7 maart 2015", "6 och 7 mars 2015", "6 og 7 mars 2015"])
def test_a_two_day_range_joined_by_a_dutch_or_nordic_and(text):
    [d] = find_dates(text, parse_published("2015-03-01"))
    assert (str(d.start), str(d.end)) == ("2015-03-06", "2015-03-07")


def test_a_dutch_compound_of_the_blocs_ministers_and_topoverleg_name_its_meeting(store):
    text = "De NAVO-ministers houden op 6 en 7 maart 2015 topoverleg in Brussel."
    [m] = to_json(extract_report(text, "2015-03-01", store=store))["meetings"]
    assert m["bloc"] == ID + "bloc/NATO"
    assert (m["start"], m["end"]) == ("2015-03-06", "2015-03-07")
    assert m["city"] == "Brussel"


def test_a_kazakh_council_sitting_takes_the_ministers_listed_before_the_bloc_is_named(store):
    # (dev 565's opening, cut: the sitting is "кеңес", the bloc named only after it)
    text = (
        "Келелі кеңеске Қазақстан Республикасының Сыртқы істер министрі А. Мусинов, Ресей "
        "Федерациясының Сыртқы істер министрі С. Лавров қатысты. Бұдан басқа, алқа мәжілісіне "
        "ШЫҰ Бас хатшысы Д.Ф. Мезенцев қатысты."
    )
    [m] = to_json(extract_report(text, "2014-07-31", store=store))["meetings"]
    assert m["bloc"] == ID + "bloc/SCO"
    assert {(_tail(p["state"]), p["capacity"]) for p in m["participants"]} == {
        ("KAZ", "member"),
        ("RUS", "member"),
    }


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # today in Bulgarian, Finnish, Turkish, Dutch; yesterday in Polish
        ("Днес предстои среща на външните министри", "2025-12-03", "2025-12-03"),
        ("Brysselissä jatkuu tänään ulkoministerikokous.", "2022-04-06", "2022-04-06"),
        ("Bakanlar bugün toplandı.", "2020-04-15", "2020-04-15"),
        ("De ministers vergaderen vandaag in Brussel.", "2021-12-16", "2021-12-16"),
        ("Ministrowie spotkali się wczoraj w Brukseli.", "2022-04-07", "2022-04-06"),
        ("kamati ya amani na usalama itafanya mkutano leo mjini Skhirat.", "2019-06", "2019-06"),
        # a Dutch weekday with its part of the day, a Swedish and a Finnish one (16 December 2021
        # is a Thursday)
        ("Rutte schuift donderdagavond aan bij het overleg.", "2021-12-16", "2021-12-16"),
        ("Ministrarna möttes i Bryssel på torsdag.", "2021-12-17", "2021-12-16"),
        ("Ministerit kokoontuivat torstaina.", "2021-12-17", "2021-12-16"),
        # dated to the month only: today is a day of that month
        ("Brysselissä jatkuu tänään ulkoministerikokous.", "2022-04", "2022-04"),
    ],
)  # fmt: skip
def test_today_and_weekdays_in_more_languages(text, published, start):
    d = find_dates(text, parse_published(published))[0]
    assert str(d.start) == start


def test_two_dutch_weekdays_joined_by_and_are_the_first_and_last_day():
    # (15 February 2017 is a Wednesday)
    text = "De ministers voeren woensdag en donderdag topoverleg."
    [d] = find_dates(text, parse_published("2017-02-14"), future=True)
    assert (str(d.start), str(d.end)) == ("2017-02-15", "2017-02-16")


@pytest.mark.parametrize(
    "text",
    [
        "Leo Varadkar flew to Brussels.",  # Swahili's "leo" (today) only in lower case
        "Die Minister eilen nach Brüssel.",  # German "eilen" (to hurry), not Finnish's yesterday
        "Morgen overleggen de ministers.",  # Dutch "morgen": tomorrow, or a morning
        # a weekday needs the report's day: its month may be the one before
        "De ministers voeren woensdag en donderdag topoverleg.",
    ],
)
def test_words_that_give_no_day(text):
    published = parse_published("2017-02" if "woensdag" in text else "2021-12-16")
    assert find_dates(text, published) == []


def test_a_latvian_sentence_that_opens_with_its_only_date_dates_its_meeting(store):
    # (dev 704's first sentence: the meeting word stands far from the date, with no comma
    # after the date)
    text = (
        "6. un 7. martā Latvijas ārlietu ministrs Edgars Rinkēvičs Rīgā uzņems Eiropas "
        "Savienības (ES) valstu ārlietu ministrus, kuri piedalīsies neformālā ES ārlietu "
        "ministru sanāksmē."
    )
    [m] = to_json(extract_report(text, "2015-03-05", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2015-03-06", "2015-03-07")
    assert "6. un 7. martā" in m["date_quote"]


def test_a_date_far_from_the_meeting_word_after_a_verb_of_holding(store):
    # (dev 530's first sentence: the body's long name between "session" and its day)
    text = (
        "Une session régulière du Conseil des Chefs de gouvernement de la Communauté des États "
        "indépendants (CEI) s’est tenue à Achgabat, le 21 novembre, en présence du président "
        "turkmène Gourbangouly Berdymoukhamedov."
    )
    [m] = to_json(extract_report(text, "2014-11-21", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2014-11-21", "2014-11-21")


def test_a_date_far_from_the_meeting_word_with_no_verb_of_holding_stays_unread(store):
    # the same sentence with its day after another act: no date for the meeting
    text = (
        "Une session régulière du Conseil des Chefs de gouvernement de la Communauté des États "
        "indépendants (CEI) s’est tenue à Achgabat, et le président turkmène Gourbangouly "
        "Berdymoukhamedov avait signé un accord avec la Russie le 21 novembre."
    )
    meetings = to_json(extract_report(text, "2014-11-25", store=store))["meetings"]
    assert all(m["start"] is None for m in meetings)


@pytest.mark.parametrize(
    "text",
    [
        "16 și 17 martie 2022",  # Romanian
        "16 και 17 Μαρτίου 2022",  # Greek
        "tarehe 16 hadi 17 Machi 2022",  # Swahili
        "16 ve 17 Mart 2022",  # Turkish
        "16 dan 17 Maret 2022",  # Indonesian
        "16 та 17 березня 2022",  # Ukrainian
        "16.-17. mars 2022",  # Norwegian
        "16. og 17. marts 2022",  # Danish
    ],
)
def test_a_two_day_range_in_more_languages(text):
    [d] = find_dates(text, parse_published("2022-03-01"))
    assert (str(d.start), str(d.end)) == ("2022-03-16", "2022-03-17")


@pytest.mark.parametrize(
    ("text", "start"),
    [("ЕРЕВАН, 9 окт - Sputnik.", "2020-10-09"), ("ТАШКЕНТ, 16 сен — Sputnik.", "2020-09-16")],
)
def test_a_russian_agency_dateline_abbreviates_its_month(text, start):
    [d] = find_dates(text, parse_published("2020-10-09"))
    assert str(d.start) == start


def test_a_ukrainian_summit_going_on_is_dated_by_the_reports_stamp_line(store):
    # (after dev 396's first lines: "проходить" is going on, on the stamp line's day)
    text = (
        "5 вересня 2008 14:46\n\nУ Москві відкрився саміт ОДКБ\n\n"
        "Зараз у Великому Кремлівському палаці проходить засідання Ради колективної безпеки у "
        "вузькому складі."
    )
    [m] = to_json(extract_report(text, "2008-09-05", store=store))["meetings"]
    assert (m["start"], m["end"]) == ("2008-09-05", "2008-09-05")
    assert m["date_quote"].startswith("5 вересня 2008")


def test_a_body_with_several_series_is_known_by_its_regular_one(gaz, store):
    """The CSTO's Collective Security Council has its sessions and, since round 26, a series of
    informal summits; a report of a session ("в Кремле ... сессия Совета коллективной
    безопасности ОДКБ") gets the sessions' series, the one with the most recorded meetings."""
    [council] = [b for b in gaz.bodies if b.iri.endswith("body/CSTO/collective-security-council")]
    assert council.series.endswith("series/CSTO/collective-security-council")
    [retreats_body] = [
        b for b in gaz.bodies if b.iri.endswith("body/ASEAN/foreign-ministers-meeting")
    ]
    assert retreats_body.series.endswith("series/ASEAN/foreign-ministers-meeting")
    text = (
        "20 декабря в Кремле состоялась сессия Совета коллективной безопасности ОДКБ. "
        "Председательство в организации перешло к Казахстану."
    )
    [m] = to_json(extract_report(text, "2011-12-20", store=store))["meetings"]
    assert m["series"].endswith("series/CSTO/collective-security-council")
