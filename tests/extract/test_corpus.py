"""Mechanical checks of the evaluation corpus for `blocgraph extract` (tests/extract/corpus).

The gold facts were written by hand from the report texts; these tests only check that they are
well formed and quote the texts exactly. They import no extractor code on purpose: the corpus is
an independent gold standard.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
SPLITS = ("dev", "heldout")
DATA = Path(__file__).parents[2] / "data"

CAPACITIES = {
    "member",
    "observer",
    "dialogue-partner",
    "partner",
    "partner-country",
    "associate-member",
    "guest",
    "host",
    "chair",
}
ATTENDANCES = {"attended", "absent", "invited"}
TOP_KEYS = {"source", "excerpt", "meetings", "traps"}
SOURCE_KEYS = {"url", "publisher", "title", "published"}
MEETING_KEYS = {
    "bloc",
    "series",
    "label",
    "ordinal",
    "start",
    "end",
    "host",
    "city",
    "existing",
    "mentioned_in_passing",
    "participants",
    "invitations",
}
PARTICIPANT_KEYS = {"state", "capacity", "attendance", "inferred", "evidence"}
INVITATION_KEYS = {"state", "to", "evidence"}
DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
MAX_WORDS = 350


def _reports() -> list[tuple[str, Path]]:
    return [(split, p) for split in SPLITS for p in sorted((CORPUS / split).glob("*.json"))]


REPORTS = _reports()
IDS = [f"{split}/{p.stem}" for split, p in REPORTS]


def _iso3_codes() -> set[str]:
    text = (DATA / "states.ttl").read_text(encoding="utf-8")
    return set(re.findall(r'bg:iso3 "([A-Z]{3})"', text))


def _kb_iris(kind: str) -> set[str]:
    """Tails of the IRIs of one kind ('bloc', 'series', 'meeting') the data declares."""
    found: set[str] = set()
    pattern = re.compile(rf"^<({kind}/[^>]+)> a bg:", re.MULTILINE)
    for path in DATA.rglob("*.ttl"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def _predecessor_blocs() -> set[str]:
    """Blocs the data names as replaced by another (`<bloc/X> bg:replacedBy <bloc/Y>`).

    Some blocs are declared only by the COW import at build time (the OAU, the EEC), so no .ttl
    file has a `<bloc/X> a bg:` line for them; data/blocs/*.ttl still states them as predecessors,
    and their meetings (meeting/OAU/...) must be filed under them, not under their successors.
    """
    pattern = re.compile(r"^<bloc/([^>]+)> bg:replacedBy <bloc/[^>]+>", re.MULTILINE)
    found: set[str] = set()
    for path in (DATA / "blocs").glob("*.ttl"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


ISO3 = _iso3_codes()
BLOCS = {iri.split("/", 1)[1] for iri in _kb_iris("bloc")} | _predecessor_blocs()
SERIES = _kb_iris("series")
MEETINGS = _kb_iris("meeting")


def _day(value: str, last: bool) -> date:
    """The first (or last) day a YYYY-MM-DD or YYYY-MM value covers, for ordering."""
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    year, month = parts
    return date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def _check_date(value: object, where: str) -> None:
    if value is None:
        return
    assert isinstance(value, str) and DATE_RE.match(value), f"{where}: bad date {value!r}"
    _day(value, last=False)  # raises on an impossible day such as 2021-02-30


def test_corpus_size_and_splits() -> None:
    assert len(REPORTS) >= 20
    for split in SPLITS:
        jsons = {p.stem for p in (CORPUS / split).glob("*.json")}
        texts = {p.stem for p in (CORPUS / split).glob("*.txt")}
        assert jsons, f"split {split} is empty"
        assert jsons == texts, f"{split}: unpaired files {sorted(jsons ^ texts)}"


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_covers_several_blocs(split: str) -> None:
    blocs = set()
    for s, path in REPORTS:
        if s == split:
            gold = json.loads(path.read_text(encoding="utf-8"))
            blocs.update(m["bloc"] for m in gold["meetings"])
    assert len(blocs) >= 5, f"{split}: only {sorted(blocs)}"


def test_the_kb_lists_were_read() -> None:
    # Guards the regexes above: if they stopped matching, every check below would be vacuous.
    assert {"SCO", "BRICS", "ASEAN", "NATO"} <= BLOCS
    assert {"OAU", "EEC"} <= _predecessor_blocs()
    assert "series/SCO/council-of-heads-of-state" in SERIES
    assert "meeting/SCO/dsewg-9" in MEETINGS
    assert {"PAK", "BLR", "IND"} <= ISO3 and len(ISO3) > 240


@pytest.mark.parametrize(("split", "path"), REPORTS, ids=IDS)
def test_report(split: str, path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    name = f"{split}/{path.name}"

    assert set(gold) == TOP_KEYS, f"{name}: keys {sorted(gold)}"
    assert set(gold["source"]) == SOURCE_KEYS, f"{name}: source keys"
    _check_date(gold["source"]["published"], f"{name} published")
    title = gold["source"]["title"]
    assert title is None or (isinstance(title, str) and title), f"{name}: title"
    if not path.stem.startswith("01-seed"):
        # Third-party pages: trimmed to the passages about meetings, with their address.
        assert gold["source"]["url"].startswith("http"), f"{name}: no url"
        assert gold["source"]["publisher"], f"{name}: no publisher"
        assert len(text.split()) <= MAX_WORDS, f"{name}: {len(text.split())} words"
    first = text.splitlines()[0]
    if first.startswith("date "):
        assert first == f"date {gold['source']['published']}", f"{name}: date line"
    assert isinstance(gold["traps"], list) and gold["traps"], f"{name}: no traps listed"
    assert gold["meetings"], f"{name}: no meetings"

    for i, meeting in enumerate(gold["meetings"]):
        where = f"{name} meeting {i}"
        assert set(meeting) == MEETING_KEYS, f"{where}: keys {sorted(meeting)}"
        bloc = meeting["bloc"]
        assert bloc in BLOCS, f"{where}: unknown bloc {bloc}"
        if meeting["series"] is not None:
            assert f"series/{bloc}/{meeting['series']}" in SERIES, f"{where}: series"
        if meeting["existing"] is not None:
            assert meeting["existing"] in MEETINGS, f"{where}: {meeting['existing']}"
            assert meeting["existing"].startswith(f"meeting/{bloc}/"), where
        assert meeting["label"], where
        assert meeting["ordinal"] is None or (
            isinstance(meeting["ordinal"], int) and meeting["ordinal"] > 0
        ), where
        _check_date(meeting["start"], f"{where} start")
        _check_date(meeting["end"], f"{where} end")
        if meeting["start"] and meeting["end"]:
            assert _day(meeting["start"], False) <= _day(meeting["end"], True), where
        assert meeting["host"] is None or meeting["host"] in ISO3, f"{where}: host"
        assert isinstance(meeting["mentioned_in_passing"], bool), where

        seen = set()
        for p in meeting["participants"]:
            assert set(p) == PARTICIPANT_KEYS, f"{where}: participant keys {sorted(p)}"
            assert p["state"] in ISO3, f"{where}: unknown state {p['state']}"
            assert p["state"] not in seen, f"{where}: {p['state']} twice"
            seen.add(p["state"])
            assert p["capacity"] in CAPACITIES, f"{where}: capacity {p['capacity']}"
            assert p["attendance"] in ATTENDANCES, f"{where}: attendance {p['attendance']}"
            assert isinstance(p["inferred"], bool), where
            assert p["evidence"] and p["evidence"] in text, f"{where}: evidence {p['evidence']!r}"
            if p["capacity"] == "host":
                assert p["state"] == meeting["host"], f"{where}: host capacity for {p['state']}"
        if meeting["host"] is not None and meeting["participants"]:
            hosts = [p["state"] for p in meeting["participants"] if p["capacity"] == "host"]
            assert hosts in ([], [meeting["host"]]), f"{where}: hosts {hosts}"

        invited = set()
        for inv in meeting["invitations"]:
            assert INVITATION_KEYS <= set(inv) <= INVITATION_KEYS | {"inferred"}, where
            assert inv["state"] in ISO3, f"{where}: unknown invitee {inv['state']}"
            assert inv["state"] not in invited, f"{where}: invitee {inv['state']} twice"
            invited.add(inv["state"])
            assert inv["to"], where
            assert inv["evidence"] and inv["evidence"] in text, f"{where}: {inv['evidence']!r}"


def test_seed_report_is_the_shared_source_verbatim() -> None:
    shared = Path("/work/shared/sources/000_3e21fec28c1b1024.txt")
    if not shared.exists():
        pytest.skip("the shared sources are not on this machine")
    seed = CORPUS / "dev" / "01-seed-sco-ewg-2020.txt"
    assert seed.read_bytes() == shared.read_bytes()
