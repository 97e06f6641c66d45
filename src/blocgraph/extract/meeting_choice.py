"""Which meetings a report is about: rules that keep the report's own meetings whole and tell
them from the meetings it names in passing (hooks in proposals.py call them).

- A bloc that takes part is no meeting of its own (``bloc_as_participant``, ``bloc_end``):
  "China, Japan, Korea, the European Union and the United States are attending the summit as
  observers", "representatives of international organisations: the United Nations, the CIS,
  ...", "accompanied by NATO Secretary General Jens Stoltenberg".
- "a joint session of the SCO Heads of State Council" is that body's meeting
  (``session_of_named``), not a joint session with a partner.
- A summit word far from the one bloc a sentence names is that bloc's summit
  (``sole_bloc_summit``); "the Astana summit" is a summit of its own (``summit_named_by_place``),
  and a later mention that says nothing more ("will attend the summit") is the meeting under
  discussion, not the one named in passing (``says_nothing_more``).
- A page's days date no meeting (``page_date``): "Updated: 00:00 GMT, Jan 1, 1970", a date line
  under the headline; the date a sentence opens with dates what it reports (``opening_date``).
- A meeting held "here" in a sentence that opens with a dateline is held in the dateline's
  city (``venue_here``); a dateline alone is only where the reporter is.
- Proposals of one recorded meeting are one (``merge_same_record``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .proposals import Matcher, Meeting, _MeetingMention

# A list separator, with an optional article: ", ", ", and ", " and ", " & ".
_SEPARATOR = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:the\s+)?"
_BEFORE_ITEM = re.compile(_SEPARATOR + r"$", re.IGNORECASE)
_AFTER_ITEM = re.compile(r"^(?:\s*\([A-Z][\w+-]{1,9}\))?" + _SEPARATOR, re.IGNORECASE)
# "organisations: the United Nations, ...", "organizations such as the CIS"
_ORGANISATIONS_LIST = re.compile(
    r"\borgani[sz]ations?\s*(?::|,?\s+(?:including|such\s+as|like|among\s+them|namely))"
    r"[^.;]*$",
    re.IGNORECASE,
)
# "... and European Union having observer status", "the EU as an observer"
_AS_OBSERVER = re.compile(
    r"^(?:\s*\([A-Z][\w+-]{1,9}\))?\s*(?:,\s*)?(?:having|with|holding)\s+(?:an?\s+)?observer\s+status|"
    r"^(?:\s*\([A-Z][\w+-]{1,9}\))?\s+as\s+(?:an?\s+)?observers?\b",
    re.IGNORECASE,
)


def bloc_as_participant(text: str, at: int, end: int, names_state: Callable[[str], bool]) -> bool:
    """The bloc named at ``text[at:end]`` is one of a meeting's participants: an item of a
    list whose neighbouring item is a state (``names_state(phrase)`` says whether a phrase
    ends, or begins, with a state's name), an item of a list of organisations, or named with
    an observer's status."""
    before, after = text[max(0, at - 300) : at], text[end : end + 160]
    if _ORGANISATIONS_LIST.search(before):
        return True
    if _AS_OBSERVER.match(after):
        return True
    sep = _BEFORE_ITEM.search(before)
    if sep is not None and names_state(before[: sep.start()][-40:]):
        return True
    sep = _AFTER_ITEM.match(after)
    return sep is not None and names_state(after[sep.end() :][:40])


def state_at_edge(matcher: Matcher) -> Callable[[str], bool]:
    """``names_state(phrase)`` for ``bloc_as_participant``: the phrase ends with a state's
    name (the item before the bloc) or begins with one (the item after it)."""

    def names_state(phrase: str) -> bool:
        lead, tail = len(phrase) - len(phrase.lstrip()), len(phrase.rstrip())
        return any(m.end == tail or m.begin == lead for m in matcher.states(phrase))

    return names_state


def bloc_end(matcher: Matcher, text: str, at: int) -> int:
    """Where the bloc's name that begins at ``at`` ends ("NATO" in "NATO Secretary General")."""
    m = matcher.bloc_re.match(text, at) if matcher.bloc_re is not None else None
    return m.end() if m is not None else at


# "Updated: 00:00 GMT, Jan 1, 1970 | Published: 05:36 GMT, May 27, 2016": a web page's stamps
_STAMP_BEFORE = re.compile(
    r"(?:^|\n|\|)[ \t]*(?i:updated|published|posted|last\s+modified|modified)[ \t]*"
    r"(?:on|at)?[ \t]*:?[^\n|]*$"
)


_DATE_LINE_REST = re.compile(
    r"^[\s,|·-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|IST|CET))?)?"
    r"[\s,|·-]*$"
)


def page_date(text: str, begin: int, finish: int) -> bool:
    """The date at ``text[begin:finish]`` is the page's, not a meeting's: a time stamp
    ("Updated: 00:00 GMT, Jan 1, 1970"), or a line holding nothing but the date under a
    headline the sentence joins it to ("Montevideo acogerá cumbre del Mercosur en diciembre\n
    12 de noviembre de 2024")."""
    if _STAMP_BEFORE.search(text[:begin]) is not None:
        return True
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", finish)
    line_end = len(text) if line_end < 0 else line_end
    alone = (
        _DATE_LINE_REST.match(text[line_start:begin]) is not None
        and _DATE_LINE_REST.match(text[finish:line_end]) is not None
    )
    return alone and bool(text[:line_start].strip() or text[line_end:].strip())


def _agrees_with_record(meeting: Meeting) -> bool:
    """The meeting's first day (as far as the text gives it) lies within its record's days,
    or the text gives none."""
    record = meeting.existing
    if record is None or meeting.start is None:
        return True
    first, last = record.start[:10], (record.end or record.start)[:10]
    said = str(meeting.start)
    return first[: len(said)] <= said <= last[: len(said)]


def merge_same_record(meetings: list[Meeting]) -> list[Meeting]:
    """One proposal for each recorded meeting: "The U.S. President will participate in the NATO
    Summit on June 14 in Brussels" and "the next Summit of #NATO leaders will take place on 14
    June 2021 in Brussels" are one meeting the report names twice. The proposal whose date
    agrees with the record (else the one with most participants) keeps its facts and takes
    the others' participants and invitations, and their dates, host and city where it has
    none."""
    by_record: dict[str, list[Meeting]] = {}
    for m in meetings:
        # (not "the 26th China-ASEAN Summit, the 26th ASEAN Plus Three Summit and the 18th East
        # Asia Summit", each its own meeting, whatever record their dates point to)
        if m.existing is not None and not m.joint and m.ordinal in (None, m.existing.ordinal):
            by_record.setdefault(m.existing.iri, []).append(m)
    dropped: set[int] = set()
    for group in by_record.values():
        if len(group) < 2:
            continue
        keeper = max(
            group,
            key=lambda m: (_agrees_with_record(m), len(m.participants), -m.first_offset),
        )
        for other in group:
            if other is keeper:
                continue
            for iso3, p in other.participants.items():
                keeper.participants.setdefault(iso3, p)
            for iso3, i in other.invitations.items():
                keeper.invitations.setdefault(iso3, i)
            keeper.mentions += other.mentions
            if keeper.start is None and other.start is not None and _agrees_with_record(other):
                keeper.start, keeper.end = other.start, other.end
                keeper.date_quote = other.date_quote
            if keeper.host is None and other.host is not None and _agrees_with_record(other):
                keeper.host, keeper.host_quote = other.host, other.host_quote
                keeper.host_from_city, keeper.host_from_name = (
                    other.host_from_city,
                    other.host_from_name,
                )
                keeper.city, keeper.city_quote = other.city, other.city_quote
            keeper.first_offset = min(keeper.first_offset, other.first_offset)
            dropped.add(id(other))
    return [m for m in meetings if id(m) not in dropped]


def merge_ordinal_only(meetings: list[Meeting]) -> list[Meeting]:
    """ "the 44th summit" (an ordinal, no body) and "the ASEAN Summit" (the bloc's body, no
    ordinal) in one report are one meeting: a proposal of the bloc with an ordinal and no body
    is folded into the report's one proposal of that bloc with a body and no other ordinal (nor
    another record, nor dates apart), which takes its ordinal, participants and invitations,
    and its date and host where it has none. Not a joint meeting, the next one, or a meeting
    with a partner."""

    def plain(m: Meeting) -> bool:
        return not (m.joint or m.next_one or m.partner is not None or m.partner_state)

    dropped: set[int] = set()
    for m in meetings:
        if m.ordinal is None or m.body is not None or not plain(m):
            continue
        keepers = [
            k
            for k in meetings
            if k is not m
            and id(k) not in dropped
            and k.bloc == m.bloc
            and k.body is not None
            and plain(k)
            and k.ordinal in (None, m.ordinal)
            and (k.existing is None or k.existing.ordinal in (None, m.ordinal))
            and (m.existing is None or k.existing is None or k.existing.iri == m.existing.iri)
            and (k.kind is None or m.kind is None or k.kind == m.kind)
            and not (
                k.start is not None
                and m.start is not None
                and not (k.start.covers(m.start) or m.start.covers(k.start))
            )
        ]
        if len(keepers) != 1:
            continue
        keeper = keepers[0]
        keeper.ordinal = m.ordinal
        for iso3, p in m.participants.items():
            keeper.participants.setdefault(iso3, p)
        for iso3, i in m.invitations.items():
            keeper.invitations.setdefault(iso3, i)
        keeper.mentions += m.mentions
        if keeper.start is None and m.start is not None:
            keeper.start, keeper.end, keeper.date_quote = m.start, m.end, m.date_quote
        if keeper.host is None and m.host is not None:
            keeper.host, keeper.host_quote = m.host, m.host_quote
            keeper.host_from_city, keeper.host_from_name = m.host_from_city, m.host_from_name
            keeper.city, keeper.city_quote = m.city, m.city_quote
        if keeper.existing is None and m.existing is not None:
            keeper.existing = m.existing  # (the record its ordinal linked)
        keeper.first_offset = min(keeper.first_offset, m.first_offset)
        dropped.add(id(m))
    return [m for m in meetings if id(m) not in dropped]


# "a summit", "una cumbre": a summit the sentence introduces (not "the summit", which may be a
# summit of the bloc with another party named before)
_A_SUMMIT = re.compile(r"\b(?i:a|an|una|um|uma|un|une)\s+$")


def summit_named_by_place(gaz: Gazetteer, text: str, word: re.Match[str]) -> bool:
    """ "the Astana summit", "the Kazan summit": a summit named by the city it was held in,
    one meeting in particular."""
    place = re.search(r"\bthe\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+$", text[: word.start()])
    return place is not None and (place[1] in gaz.places or place[1] in gaz.capitals)


def sole_bloc_summit(
    gaz: Gazetteer, text: str, word: re.Match[str], blocs: list[tuple[str, int]]
) -> bool:
    """The summit word ``word``, with no bloc next to it, is the summit of the one bloc the
    sentence names: "wrapping up a summit", or one named by its city ("the Astana summit")."""
    named = {b for b, _at in blocs}
    return (
        len(named) == 1
        and not word[0].lower().endswith("s")
        and (
            _A_SUMMIT.search(text[max(0, word.start() - 8) : word.start()]) is not None
            or summit_named_by_place(gaz, text, word)
        )
    )


def says_nothing_more(mention: _MeetingMention) -> bool:
    """A mention that gives no ordinal, date or place of its own ("will attend the summit"),
    nor says it is the next one or part of another: the meeting under discussion, where that
    one agrees, before one named since in passing ("... at the Astana summit in 2017")."""
    return not (mention.ordinal or mention.dates or mention.next_one or mention.other)


_OPENER = re.compile(r"^\s*(?i:on|el|le|em|no)?\s*$")


def opening_date(text: str, begin: int, finish: int) -> bool:
    """The sentence opens with the date, set off by a comma ("On 9 October 2024, ..."); the
    caller keeps this for a day written out, not a relative one ("Last month, ...")."""
    return _OPENER.match(text[:begin]) is not None and text[finish : finish + 1] == ","


# "New Delhi, Apr 3: The 14th summit ... opened here today", "THIMPHU: The 16th SAARC summit
# started here": a meeting held "here", in a sentence that opens with its dateline
_HELD_HERE = re.compile(
    r"\b(?:held|opened|opens|started|starts|began|begins|kicked\s+off|convened|met|meet|"
    r"gathered|got\s+under\s?way|is\s+(?:being\s+)?held|are\s+meeting)\s+here\b",
    re.IGNORECASE,
)
_DATELINE_END = re.compile(r"^[\w ,.'’-]{0,30}?(?::|\s+[-–—]|\s+>>)\s")


def venue_here(matcher: Matcher, text: str) -> tuple[str, str] | None:
    """(city, ISO3 of its state) where ``text`` opens with a dateline naming a known place
    and says the meeting is held "here"; the dateline alone says only where the reporter is."""
    if matcher.place_re is None or not _HELD_HERE.search(text):
        return None
    place = matcher.place_re.match(text.lstrip())
    if place is None or not _DATELINE_END.match(text.lstrip()[place.end() :]):
        return None
    name = re.sub(r"\s+", " ", place[0])
    state = matcher.place(name)
    return (name, state) if state is not None else None


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def session_of_named(text: str, end: int, named: list[int]) -> bool:
    """The meeting word ending at ``end`` is followed by "of (the)" and a bloc or body named
    at one of ``named`` ("a joint session of the SCO Heads of State Council")."""
    of = _OF_THE.match(text, end)
    return of is not None and of.end() in named
