"""Finding the meeting a report is about when its text does not pin it down.

Reports in German, Russian and Arabic name a meeting by their own nouns ("Gipfeltreffen",
"заседание", "الاجتماع"): ``FOREIGN_MEETING_NOUNS`` and ``FOREIGN_SUMMIT_NOUNS`` are spliced
into the English (and Spanish, Portuguese, French) meeting words of proposals.py, so a
sentence naming a bloc with one of them mentions a meeting as an English one does.

A report of a meeting held or about to be held is published within days of it: an undated
mention of the bloc's meeting (or of one of its bodies) in such a report is, where the
knowledge base records exactly one meeting of that bloc (and body) around the publication
date, that recorded meeting (``recorded_near``). The link is the knowledge base's: it sets
``existing`` and nothing the text is quoted for (no date, no host).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .gazetteer import Body, Gazetteer, RecordedMeeting

if TYPE_CHECKING:
    from .dates import PartialDate
    from .proposals import Meeting

# German nouns are capitalised (the verb "treffen" is not a meeting); compounds ("Gipfeltreffen",
# "G20-Treffen", "Ministertreffen") end or begin with the noun. Russian and Arabic nouns in all
# their case endings; Arabic with its article and the prepositions written joined to it.
_AR = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?"
FOREIGN_SUMMIT_NOUNS = (
    r"(?-i:Gipfel\w*|\w+gipfel[ns]?)|"
    r"саммит\w*|" + _AR + r"قم(?:ة|م|تين)"
)
FOREIGN_MEETING_NOUNS = (
    r"(?-i:(?:\w*T|\w+t)reffen|(?:\w*T|\w+t)agung(?:en)?|(?:\w*S|\w+s)itzung(?:en)?|"
    r"(?:\w*K|\w+k)onferenz(?:en)?|"
    r"Ministerrat\w*|Gipfel\w*|\w+gipfel[ns]?)|"
    r"encuentros?|conferencias?|sesi[oó]n(?:es)?|encontros?|confer[eê]ncias?|sess[aã]o|"
    r"sessões|réunions?|conférences?|"
    r"саммит\w*|заседани\w*|встреч[аеиуой]\w*|совещани\w*|конференци\w*|сесси\w*|"
    + _AR
    + r"(?:قم(?:ة|م|تين)|اجتماع(?:ات|ي|ين)?|مؤتمر(?:ات)?|دور(?:ة|ات))"
)

# A report comes out up to a week before a meeting (a preview) and up to a few days after it.
DAYS_BEFORE = 7
DAYS_AFTER = 3


def _day(value: str) -> date | None:
    """A recorded date to the day; None for a year or month only."""
    return date.fromisoformat(value[:10]) if len(value) >= 10 else None


def recorded_near(
    gaz: Gazetteer,
    bloc: str,
    body: str | None,
    published: date,
    before: int = DAYS_BEFORE,
    after: int = DAYS_AFTER,
) -> RecordedMeeting | None:
    """The one recorded meeting of ``bloc`` (of ``body``, its IRI, where given) under way on
    ``published`` or beginning up to ``before`` days after it or ending up to ``after`` days
    before it. None if there is none, or more than one and none under way that day (which of
    them the report means is not known)."""
    near = []
    for record in gaz.meetings:
        if record.bloc != bloc or (body is not None and record.body != body):
            continue
        first = _day(record.start)
        last = _day(record.end) if record.end else first
        if first is None or last is None:
            continue
        if first - timedelta(days=before) <= published <= last + timedelta(days=after):
            near.append((record, first <= published <= last))
    if len(near) == 1:
        return near[0][0]
    under_way = [record for record, on in near if on]
    return under_way[0] if len(under_way) == 1 else None


def record_of_undated(
    meeting: Meeting, published: PartialDate | None, gaz: Gazetteer
) -> RecordedMeeting | None:
    """The recorded meeting an undated proposal is, from the day the report came out: only for
    the bloc's own meeting (not the next one, nor a joint one with a partner) whose text gives
    no date or year at all (see ``recorded_near``)."""
    if (
        published is None
        or published.exact is None
        or meeting.start is not None
        or meeting.year_hint is not None
        or meeting.next_one
        or meeting.joint
        or meeting.partner is not None
    ):
        return None
    body = meeting.body.iri if meeting.body is not None else None
    return recorded_near(gaz, meeting.bloc, body, published.exact)


# Taking part and staying away in German, Russian and Arabic, spliced into proposals.ATTEND and
# proposals.ABSENT: "nehmen ... an den G20-Treffen teil", "приняли участие президенты",
# "بمشاركة وزراء خارجية". German's separable "teil" only in lower case ("zum Teil": partly).
FOREIGN_ATTEND = (
    r"(?-i:teil|teilnehm\w*|teilgenommen|Teilnehmer\w*|Teilnahme|anreisen|angereist|"
    r"vertreten|Delegation(?:en)?|Staats-\s+und\s+Regierungschefs|kommen\s+\w+\s+zusammen)|"
    r"(?:принял\w*|примут|принима\w*|прим\w*)\s+участие|участвова\w*|участник\w*|"
    r"присутств(?:овал\w*|ова\w*|у\w*)|делегаци\w*|"
    r"(?:و|ف)?(?:ب|ل)?(?:ال)?(?:مشارك(?:ة|ين|ون)|شارك(?:ت|وا)?|يشارك(?:ون)?|حضور|حضر(?:ت|وا)?|"
    r"وفد|وفود)"
)
FOREIGN_ABSENT = (
    r"(?-i:nicht\s+(?:teil|teilnehm\w*|anreisen|reisen|kommen)|abgesagt|fernbleib\w*|"
    r"ferngeblieben)|"
    r"не\s+(?:принял\w*|примет|примут|участвова\w*|приехал\w*|приед\w*)|отсутствова\w*|"
    r"бойкотир\w*|"
    r"(?:لم|لن)\s+(?:ت|ي)شارك\w*|(?:ال)?غياب|تغيب\w*|(?:و)?قاطع\w*"
)


# "the meeting held in Minsk", "the Minsk meeting", "this week's session": a meeting the text
# names as the one it reports on (not "a meeting", not "meetings" in general).
_THE_MEETING = re.compile(
    r"\b(?:the|this|today['’]s|yesterday['’]s|this\s+week['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|conference|session|talks|gathering|ministerial)\b(?!\s+(?:of|with|between)\b)",
    re.IGNORECASE,
)
# "Defense Minister Suren Papikian", "the foreign ministers of": the ministers a report is about.
_MINISTRY = re.compile(
    r"\b(foreign|defen[cs]e|finance|economy|trade|energy|oil|petroleum)\s+ministers?\b|"
    r"\bministers?\s+of\s+(foreign|defen[cs]e|finance)\b",
    re.IGNORECASE,
)


def the_meeting(text: str) -> bool:
    """Whether a sentence names "the meeting" it reports on, with no bloc or body."""
    return _THE_MEETING.search(text) is not None


def ministers_body(gaz: Gazetteer, bloc: str, text: str) -> Body | None:
    """The bloc's one body of the ministers a report names (all its ministers of one kind:
    "Defense Minister Papikian", "Russian Defense Minister Shoigu"); None where it names
    ministers of several kinds, or the bloc has no body (or several) of theirs."""
    kinds = {(m[1] or m[2]).lower().replace("defense", "defence") for m in _MINISTRY.finditer(text)}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    bodies = [
        b
        for b in gaz.bodies_of(bloc)
        if re.search(
            r"\b" + kind + r"\b[\w ]{0,20}ministers|ministers of " + kind,
            " ".join(b.names).replace("Defense", "Defence"),
            re.IGNORECASE,
        )
    ]
    return bodies[0] if len(bodies) == 1 else None
