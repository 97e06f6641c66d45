"""Scoring proposals against the gold corpus (tests/extract/corpus): what benchmarks/extract.py
prints and what the dev-split test asserts.

* Proposed meetings are matched to gold meetings of the same bloc by start date (the same,
  or overlapping) or by series and ordinal, or by the recorded meeting both point at; what is
  left, one to one only: a gold meeting and a proposal that are each other's only candidate,
  contradict each other in nothing (series, dates, host, city) and agree in the series, the
  host or the city (an undated proposal of a meeting the gold dates from the URL).
* Participants: precision and recall on (meeting, state, capacity).
* Dates and hosts: on the gold meetings whose text pins them (gold value not null), the share
  the matched proposal gets right.
* Invented facts: a proposed participant, host or date with no support in the text: its quote
  is not a verbatim piece of the text, or the quote does not name the state (by a name,
  demonym, capital or a place in it) or hold the date.
* Losses: every missed gold participant, every wrong proposal, and every wrong date or host,
  counted by the stage that lost it (`LOSS_STAGES`). These are totals with no report named, so
  they can be printed for the held-out split too: they say where an unseen split loses without
  showing what to tune against.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..namespaces import ID
from .cjk import KATAKANA, is_han, one_letter_names, simplified
from .dates import FOREIGN_DAYS, FOREIGN_MONTHS, FOREIGN_WEEKDAYS, GERMAN_MONTHS, MONTHS
from .gazetteer import Gazetteer
from .languages import place_label
from .meeting_finding import ARABIC_DRAWN
from .proposals import latin_lookalikes

if TYPE_CHECKING:
    from collections.abc import Callable


# Where a missed gold participant, a wrong proposal, a wrong date or a wrong host was lost.
# The miss stages of one split add up to gold - right, the extra stages to proposed - right.
LOSS_STAGES = {
    "missed: meeting not found": "its gold meeting paired with no proposed meeting",
    "missed: meeting in passing not found": "the same, for a gold meeting in passing",
    "missed: state under another meeting": "proposed, but under another of the report's meetings",
    "missed: capacity differs": "the state is proposed for this meeting in another capacity",
    "missed: named state not read": "the gold names it; no proposal for it at this meeting",
    "missed: collective not expanded": "the gold infers it from a collective; no proposal",
    "extra: meeting not in gold": "proposed under a meeting that paired with no gold meeting",
    "extra: capacity differs": "the state is gold for this meeting in another capacity",
    "extra: state of another gold meeting": "gold at another of the report's meetings",
    "extra: not a participant, from text": "no gold participant; capacity from the text",
    "extra: not a participant, from kb": "no gold participant; capacity from the KB",
    "extra: not a participant, inferred": "no gold participant; a collective expanded",
    "meetings: gold, not paired": "a gold meeting (not one in passing) no proposal paired with",
    "meetings: gold in passing, not paired": "a gold meeting in passing no proposal paired with",
    "meetings: proposed, not paired": "a proposed meeting that paired with no gold meeting",
    "dates: meeting not found": "a pinned gold date whose meeting paired with nothing",
    "dates: none proposed": "the paired proposal has no date",
    "dates: wrong": "the paired proposal has another date",
    "hosts: meeting not found": "a pinned gold host whose meeting paired with nothing",
    "hosts: none proposed": "the paired proposal has no host",
    "hosts: wrong": "the paired proposal has another host",
}


@dataclass
class Score:
    documents: int = 0
    true_positives: int = 0
    proposed: int = 0
    gold: int = 0
    dates_right: int = 0
    dates_pinned: int = 0
    hosts_right: int = 0
    hosts_pinned: int = 0
    invented: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    losses: Counter[str] = field(default_factory=Counter)
    gold_meetings: int = 0
    gold_meetings_paired: int = 0
    proposed_meetings: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_pinned if self.dates_pinned else 1.0

    @property
    def host_accuracy(self) -> float:
        return self.hosts_right / self.hosts_pinned if self.hosts_pinned else 1.0


def corpus(split_dir: Path) -> list[tuple[str, str, dict]]:
    """(name, text, gold) for each report of a split."""
    out = []
    for gold_path in sorted(split_dir.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if text_path.is_file():
            out.append(
                (
                    gold_path.stem,
                    text_path.read_text(encoding="utf-8"),
                    json.loads(gold_path.read_text(encoding="utf-8")),
                )
            )
    return out


def _tail(iri: str | None, prefix: str) -> str | None:
    if iri is None:
        return None
    return iri[len(ID + prefix) :] if iri.startswith(ID + prefix) else iri


def _overlap(
    a_start: str | None, a_end: str | None, b_start: str | None, b_end: str | None
) -> bool:
    if not a_start or not b_start:
        return False
    a_end, b_end = a_end or a_start, b_end or b_start
    return a_start[: len(b_end)] <= b_end and b_start[: len(a_end)] <= a_end


def match(proposed: list[dict], gold: list[dict]) -> dict[int, dict]:
    """gold index -> the proposed meeting matched to it (each used once): first by the
    recorded meeting both name or by series and ordinal, then by overlapping dates or series."""
    used: set[int] = set()
    pairs: dict[int, dict] = {}
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(proposed):
                if pi in used or _tail(p["bloc"], "bloc/") != g["bloc"]:
                    continue
                series = _tail(p.get("series"), f"series/{g['bloc']}/")
                same_record = g.get("existing") and _tail(p.get("existing"), "") == g["existing"]
                by_ordinal = (
                    g.get("ordinal")
                    and series == g.get("series")
                    and p.get("ordinal") == g["ordinal"]
                )
                by_date = g.get("start") and _overlap(
                    p.get("start"), p.get("end"), g["start"], g.get("end")
                )
                by_series = (
                    series is not None
                    and series == g.get("series")
                    and not (g.get("start") and p.get("start") and not by_date)
                )
                if (same_record or by_ordinal) if strict else (by_date or by_series):
                    pairs[gi] = p
                    used.add(pi)
                    break

    # What is left pairs only one to one: a gold meeting and a proposal of the same bloc that
    # are each other's only candidate, where nothing they say contradicts (series, dates, host
    # or city: equal, or one of the two not saying) and something beyond the bloc agrees (the
    # series, the city or the host). A proposal that misses the date the gold has (the text
    # gives it only through the URL) is then still that meeting; its date counts as wrong.
    def compatible(g: dict, p: dict) -> bool:
        if _tail(p["bloc"], "bloc/") != g["bloc"]:
            return False
        series = _tail(p.get("series"), f"series/{g['bloc']}/")
        host = _tail(p.get("host"), "state/")
        dated = g.get("start") and p.get("start")
        if dated and not _overlap(p["start"], p.get("end"), g["start"], g.get("end")):
            return False
        for mine, theirs in ((series, g.get("series")), (host, g.get("host"))):
            if mine and theirs and mine != theirs:
                return False
        if p.get("city") and g.get("city") and not _same_place(p["city"], g["city"]):
            return False
        return bool(
            (series and series == g.get("series"))
            or (host and host == g.get("host"))
            or (p.get("city") and g.get("city"))
        )

    free_gold = [gi for gi in range(len(gold)) if gi not in pairs]
    free_proposed = [pi for pi in range(len(proposed)) if pi not in used]
    for gi in free_gold:
        candidates = [pi for pi in free_proposed if compatible(gold[gi], proposed[pi])]
        if len(candidates) != 1:
            continue
        rivals = [gj for gj in free_gold if compatible(gold[gj], proposed[candidates[0]])]
        if rivals == [gi]:
            pairs[gi] = proposed[candidates[0]]
            used.add(candidates[0])
    return pairs


def _same_place(a: str, b: str) -> bool:
    """ "Washington" and "Washington, D.C.": one name beginning the other. The gold writes the
    city as the text does ("Минске") and the extractor in English ("Minsk"): both are read
    through the extractor's table of places' names before they are compared."""
    a, b = (str(place_label(x)).casefold() for x in (a, b))
    return a.startswith(b) or b.startswith(a)


def names_of(gaz: Gazetteer, iso3: str) -> list[str]:
    names = [n for n, s in gaz.state_names.items() if s == iso3]
    names += [n for n, s in gaz.demonyms.items() if s == iso3]
    names += [n for n, s in gaz.capitals.items() if s == iso3]
    names += [n for n, s in gaz.places.items() if s == iso3]
    return names


def _names_state(quote: str, names: list[str], iso3: str) -> bool:
    folded = latin_lookalikes(quote).replace("’", "'")
    # "امير دولــة البحــريــن": Arabic drawn out with the tatweel or written with short vowels
    # names the state as the plain letters do (the extractor reads it so: arabic_reading)
    folded = ARABIC_DRAWN.sub("", folded)
    if is_han(folded):  # "俄羅斯": traditional letters, read as simplified (cjk.py)
        if iso3 in one_letter_names(folded):  # "中日韓外長" names Japan (cjk.py reads it so)
            return True
        folded += " " + simplified(folded)
    # "Timor Leste" names Timor-Leste: the extractor's names allow a space for a hyphen.
    return any(re.search(_whole(n), folded) for n in names)


def _whole(name: str) -> str:
    """A pattern for the name as a whole word; a name in Chinese, written without spaces
    between words, needs no boundary (cjk.py reads it so)."""
    body = re.escape(name).replace("\\-", r"[-\s]")
    if is_han(name):
        return body
    if re.search(f"[{KATAKANA}]", name):
        # a name in Japanese katakana ("イタリアのみ"): no boundary but a longer katakana word's
        # (the gloss reads it so: cjk._kana_bounded)
        return f"(?<![{KATAKANA}])" + body + f"(?![{KATAKANA}])"
    return r"(?<!\w)" + body + r"(?!\w)"


# Words that give a day relative to the report's ("this morning", "on Monday").
_DAY_WORDS = (
    r"today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    # the same in reports quoted in Spanish, French, Portuguese ("este lunes"), Russian and
    # Arabic ("в четверг", "сегодня": the extractor resolves them as it does "today")
    + "|".join(FOREIGN_WEEKDAYS)
    + "|"
    + "|".join(FOREIGN_DAYS)
)


def _holds_date(quote: str, value: str) -> bool:
    quote = latin_lookalikes(quote)  # "Dеcеmbеr 5" with Cyrillic "е"s is December 5
    if is_han(quote) and _holds_chinese_date(quote, value):
        return True
    if re.search(r"(?<!\d)" + re.escape(value) + r"(?!\d)", quote):
        return True  # written out in ISO form ("date 2018-04-24", the report's date line)
    parts = value.split("-")
    if len(parts) >= 2:
        month = int(parts[1])
        names = [m for m, n in {**MONTHS, **FOREIGN_MONTHS, **GERMAN_MONTHS}.items() if n == month]
        if not any(
            re.search(r"\b" + m + r"\b", quote, re.IGNORECASE) for m in names
        ) and not re.search(
            r"\b(?:month|week|" + _DAY_WORDS + r")\b",
            quote,
            re.IGNORECASE,
        ):
            return False
    if len(parts) == 3:
        day = str(int(parts[2]))
        if not re.search(r"(?<!\d)" + day + r"(?!\d)", quote) and not re.search(
            r"\b(?:days?|" + _DAY_WORDS + r")\b",
            quote,
            re.IGNORECASE,
        ):
            return False
    return parts[0] in quote or len(parts) > 1


# Words of a quote in Chinese that give the day or the month relative to the report's.
_ZH_RELATIVE_DAY = "今天|昨天|明天|今日|昨日|明日"
_ZH_RELATIVE_MONTH = r"本月|上月|下月|(?<!\d)\d{1,2}日|" + _ZH_RELATIVE_DAY


def _holds_chinese_date(quote: str, value: str) -> bool:
    """ "2006年6月15日", "6月15日", "15日" (a day of the report's month), "本月" (this month):
    a quote in Chinese that holds the date (cjk.py reads these)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return re.search(rf"(?<!\d){parts[0]}年", quote) is not None
    if not re.search(rf"(?<!\d)0?{parts[1]}月|{_ZH_RELATIVE_MONTH}", quote):
        return False
    return len(parts) == 2 or bool(re.search(rf"(?<!\d)0?{parts[2]}日|{_ZH_RELATIVE_DAY}", quote))


def invented(text: str, result: dict, gaz: Gazetteer) -> list[str]:
    """Proposals with no support in the text (see the module's docstring)."""
    flat = " ".join(text.split())
    out = []

    def verbatim(quote: str | None) -> bool:
        return bool(quote) and (quote in text or " ".join(quote.split()) in flat)  # type: ignore[operator, union-attr]  # bool(quote): a str

    for m in result["meetings"]:
        label = m["label"]
        for p in m["participants"]:
            iso3 = _tail(p["state"], "state/")
            if not verbatim(p["quote"]):
                out.append(f"{label}: {iso3}: quote not in the text")
            elif not p["inferred"] and not _names_state(p["quote"], names_of(gaz, iso3), iso3):  # type: ignore[arg-type]
                out.append(f"{label}: {iso3}: the quote does not name it")
        if m.get("host"):
            iso3 = _tail(m["host"], "state/")
            if not verbatim(m.get("host_quote")):
                out.append(f"{label}: host {iso3}: quote not in the text")
            elif not _names_state(m["host_quote"], names_of(gaz, iso3), iso3):  # type: ignore[arg-type]
                out.append(f"{label}: host {iso3}: the quote does not name it")
        for key in ("start", "end"):
            if m.get(key):
                if not verbatim(m.get("date_quote")):
                    out.append(f"{label}: {key} {m[key]}: quote not in the text")
                elif not _holds_date(m["date_quote"], m[key]):
                    out.append(f"{label}: {key} {m[key]}: the quote does not hold it")
    return out


def _rows(proposal: dict) -> dict[tuple[str | None, str], dict]:
    """(state, capacity) -> the proposed participant, for one proposed meeting."""
    return {(_tail(x["state"], "state/"), x["capacity"]): x for x in proposal["participants"]}


def score_document(
    name: str, text: str, gold: dict, result: dict, gaz: Gazetteer, score: Score
) -> None:
    score.documents += 1
    pairs = match(result["meetings"], gold["meetings"])
    matched_ids = {id(p) for p in pairs.values()}
    score.gold_meetings += len(gold["meetings"])
    score.gold_meetings_paired += len(pairs)
    score.proposed_meetings += len(result["meetings"])
    losses = score.losses
    for gi, g in enumerate(gold["meetings"]):
        if gi not in pairs:
            passing = g.get("mentioned_in_passing")
            losses[f"meetings: gold{' in passing' if passing else ''}, not paired"] += 1
    losses["meetings: proposed, not paired"] += len(result["meetings"]) - len(pairs)
    # The report's states by meeting, to tell a state put under the wrong meeting from one
    # that is no participant at all.
    gold_states = [{x["state"] for x in g["participants"]} for g in gold["meetings"]]
    proposed_states = [{s for s, _ in _rows(p)} for p in result["meetings"]]
    for gi, g in enumerate(gold["meetings"]):
        p = pairs.get(gi)
        gold_rows = {(x["state"], x["capacity"]): x for x in g["participants"]}
        got = _rows(p) if p else {}
        score.gold += len(gold_rows)
        score.true_positives += len(gold_rows.keys() & got.keys())
        got_states = {s for s, _ in got}
        elsewhere = set().union(
            *(s for q, s in zip(result["meetings"], proposed_states, strict=True) if q is not p)
        )
        for row in sorted(gold_rows.keys() - got.keys()):
            score.misses.append(f"{name}: {g['label']}: {row[0]} {row[1]}")
            if p is None:
                passing = " in passing" if g.get("mentioned_in_passing") else ""
                losses[f"missed: meeting{passing} not found"] += 1
            elif row[0] in got_states:
                losses["missed: capacity differs"] += 1
            elif row[0] in elsewhere:
                losses["missed: state under another meeting"] += 1
            elif gold_rows[row].get("inferred"):
                losses["missed: collective not expanded"] += 1
            else:
                losses["missed: named state not read"] += 1
        if p:
            score.proposed += len(got)
            gold_here = {s for s, _ in gold_rows}
            gold_elsewhere = set().union(*(s for j, s in enumerate(gold_states) if j != gi))
            for row in sorted(got.keys() - gold_rows.keys()):
                score.extras.append(f"{name}: {g['label']}: {row[0]} {row[1]}")
                if row[0] in gold_here:
                    losses["extra: capacity differs"] += 1
                elif row[0] in gold_elsewhere:
                    losses["extra: state of another gold meeting"] += 1
                else:
                    losses[_not_a_participant(got[row])] += 1
        if g.get("start"):
            score.dates_pinned += 1
            if (
                p
                and p.get("start") == g["start"]
                and (p.get("end") or p.get("start")) == (g.get("end") or g["start"])
            ):
                score.dates_right += 1
            else:
                said = f"{p.get('start')}..{p.get('end')}" if p else "no meeting"
                score.misses.append(
                    f"{name}: {g['label']}: dates {g['start']}..{g.get('end')}, got {said}"
                )
                losses[
                    "dates: meeting not found"
                    if p is None
                    else "dates: none proposed"
                    if not p.get("start")
                    else "dates: wrong"
                ] += 1
        if g.get("host"):
            score.hosts_pinned += 1
            if p and _tail(p.get("host"), "state/") == g["host"]:
                score.hosts_right += 1
            else:
                said = _tail(p.get("host"), "state/") if p else "no meeting"  # type: ignore[assignment]
                score.misses.append(f"{name}: {g['label']}: host {g['host']}, got {said}")
                losses[
                    "hosts: meeting not found"
                    if p is None
                    else "hosts: none proposed"
                    if not p.get("host")
                    else "hosts: wrong"
                ] += 1
    for p in result["meetings"]:
        if id(p) not in matched_ids:
            rows = _rows(p)
            score.proposed += len(rows)
            losses["extra: meeting not in gold"] += len(rows)
            for row in sorted(rows):
                score.extras.append(
                    f"{name}: unmatched {p['label']} {p.get('start')}: {row[0]} {row[1]}"
                )
    score.invented += [f"{name}: {line}" for line in invented(text, result, gaz)]


def _not_a_participant(proposal: dict) -> str:
    if proposal.get("inferred"):
        return "extra: not a participant, inferred"
    if proposal.get("from") == "kb":
        return "extra: not a participant, from kb"
    return "extra: not a participant, from text"


def score_split(
    split_dir: Path, run: Callable[[str, str | None], dict[str, Any]], gaz: Gazetteer
) -> Score:
    """``run(text, published) -> result dict`` over every report of the split."""
    score = Score()
    for name, text, gold in corpus(split_dir):
        result = run(text, gold["source"].get("published"))
        score_document(name, text, gold, result, gaz, score)
    return score
