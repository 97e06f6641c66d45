"""Which meetings a report is about: rules that keep the report's own meetings whole.

proposals.py reads a meeting wherever a bloc is named beside a meeting word. These rules stop
that reading where the bloc is one of the meeting's participants rather than its organiser,
and join proposals the report makes twice of one recorded meeting.

- ``bloc_as_participant``: "China, Japan, Korea, the European Union and the United States are
  attending the summit as observers", "representatives of international organisations: the
  United Nations, the CIS, the CSTO ...": a bloc named as one item of a list of states or of
  organisations takes part in the meeting under discussion; the meeting is not its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .proposals import Matcher

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


def bloc_as_participant(
    text: str, at: int, end: int, names_state: Callable[[str], bool]
) -> bool:
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
