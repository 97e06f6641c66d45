"""``blocgraph extract``: read a report, propose its facts, write them as JSON, a table or a
Turtle draft."""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .dates import PartialDate, parse_published
from .draft import participation_basis
from .proposals import Extraction, Meeting, bloc_iri, extract, state_iri

if TYPE_CHECKING:
    from ..store_protocol import Store

FORMATS = ("json", "ttl", "table")
_DATE_LINE = re.compile(r"\A\s*date\s+(\S+)[ \t]*\r?\n")
MAX_BYTES = 2_000_000  # a report, not a book: bigger inputs are refused with a message


def read_report(path: str) -> str:
    """The report's text (``-``: standard input)."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(path, "rb") as stream:
                data = stream.read(MAX_BYTES + 1)
    except OSError as err:
        from ..files import os_error_message

        raise InputError(os_error_message(err, path, "read")) from None
    where = "standard input" if path == "-" else path
    if len(data) > MAX_BYTES:
        raise InputError(f"{where}: larger than {MAX_BYTES // 1_000_000} MB; is it a report?")
    if b"\0" in data:
        raise InputError(f"{where}: not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: not UTF-8 text (byte {err.start})") from None
    if not text.strip():
        raise InputError(f"{where}: empty report")
    return text


def split_date_line(text: str, where: str) -> tuple[str, PartialDate | None]:
    """A leading ``date YYYY-MM-DD`` line gives the publication date; it is blanked (same
    length, so quotes keep their offsets) rather than removed."""
    m = _DATE_LINE.match(text)
    if not m:
        return text, None
    published = parse_published(m[1], f"{where}: line 1")
    return " " * m.end() + text[m.end() :], published


class KBStatus:
    """The knowledge base's statuses in a bloc, from the named queries members-on and
    members-during (bound parameters), cached per question."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._on: dict[tuple[str, datetime.date], dict[str, str]] = {}
        self._during: dict[tuple[str, datetime.date | None, datetime.date], dict[str, str]] = {}
        self._rows: dict[tuple[str, datetime.date, datetime.date], list[dict]] = {}

    def __call__(self, bloc: str, day: datetime.date) -> dict[str, str]:
        """``{ISO3: status}`` on ``day``."""
        from ..lookups import run_query

        key = (bloc, day)
        if key not in self._on:
            rows = run_query(self.store, "members-on", {"bloc": bloc, "date": day.isoformat()}).rows
            found: dict[str, str] = {}
            for row in rows:
                iso3 = str(row["state"]).rsplit("/", 1)[-1]
                status = str(row["status"])
                # A member and a suspension on one day: the suspension is what holds.
                if iso3 not in found or status == "suspended":
                    found[iso3] = status
            self._on[key] = found
        return self._on[key]

    def during(self, bloc: str, first: datetime.date | None, last: datetime.date) -> dict[str, str]:
        """``{ISO3: status}`` for the states whose status held on every day from ``first``
        (None: the bloc's beginning) to ``last``: one membership, begun by ``first`` (or with
        the bloc) and not ended before ``last``. For a meeting whose day the text does not
        give, a status that held throughout the days it can have been on is its status."""
        key = (bloc, first, last)
        if key in self._during:
            return self._during[key]
        begin = first or datetime.date(1, 1, 1)
        rows = self._memberships(bloc, begin, last)
        spans: dict[str, list[tuple[str, str, str | None]]] = {}
        for row in rows:
            iso3 = str(row["state"]).rsplit("/", 1)[-1]
            ended = row.get("end")
            spans.setdefault(iso3, []).append(
                (str(row["status"]), str(row["start"]), str(ended) if ended is not None else None)
            )
        bloc_start = min((s for held in spans.values() for _st, s, _e in held), default="")
        found: dict[str, str] = {}
        for iso3, held in spans.items():
            held = _suspensions_as_membership(held)
            if len(held) != 1:
                continue  # its status changed (or lapsed) within the span
            status, start, end = held[0]
            begun = start == bloc_start if first is None else _before(start, begin, or_on=True)
            lasting = end is None or _surely_from(end, last)
            if begun and lasting:
                found[iso3] = status
        self._during[key] = found
        return found

    def joined_during(
        self, bloc: str, first: datetime.date | None, last: datetime.date
    ) -> dict[str, tuple[str, str]]:
        """``{ISO3: (status, start)}`` for the states that had one status in the span from
        ``first`` (None: the bloc's beginning) to ``last`` and no other, begun within the span
        and not ended before ``last``: Canada in the G7 from 1976, Kyrgyzstan in the EAEU from
        2015. Such a state, said to take part in a meeting of those days, took part in that
        status unless the meeting came before it began (the proposal says so)."""
        begin = first or datetime.date(1, 1, 1)
        spans: dict[str, list[tuple[str, str, str | None]]] = {}
        for row in self._memberships(bloc, begin, last):
            ended = row.get("end")
            spans.setdefault(str(row["state"]).rsplit("/", 1)[-1], []).append(
                (str(row["status"]), str(row["start"]), str(ended) if ended is not None else None)
            )
        found: dict[str, tuple[str, str]] = {}
        for iso3, held in spans.items():
            held = _suspensions_as_membership(held)
            if len(held) == 1 and (held[0][2] is None or _surely_from(held[0][2], last)):
                found[iso3] = (held[0][0], held[0][1][:10])
        return found

    def suspended_status(self, bloc: str, iso3: str, day: datetime.date | None) -> str:
        """The status a suspension of ``iso3`` in ``bloc`` suspends: that of the interval ending
        the day before the suspension begins (bgsh:SuspensionShape guarantees one), a member's
        (Paraguay in Mercosur) or an observer's (Russia in the OAS); of the latest suspension
        begun by ``day`` (None: the latest). "member" if none is found."""
        rows = self._memberships(bloc, datetime.date(1, 1, 1), day or datetime.date.today())
        spans = [(s, start, end) for state, s, start, end in _spans(rows) if state == iso3]
        begun = sorted(_first_day_of(start) for s, start, _end in spans if s == "suspended")
        if not begun:
            return "member"
        for status, _start, end in spans:
            if status != "suspended" and end is not None and _day_after(end) == begun[-1]:
                return status
        return "member"

    def _memberships(self, bloc: str, first: datetime.date, last: datetime.date) -> list[dict]:
        """The rows of the named query members-during: memberships that held on some day
        from ``first`` to ``last``."""
        from ..lookups import run_query

        key = (bloc, first, last)
        if key not in self._rows:
            self._rows[key] = run_query(
                self.store,
                "members-during",
                {"bloc": bloc, "from": first.isoformat(), "until": last.isoformat()},
            ).rows
        return self._rows[key]

    def stretches(
        self, bloc: str, first: datetime.date | None, last: datetime.date
    ) -> list[tuple[datetime.date, datetime.date, dict[str, str]]]:
        """``(from, to, {ISO3: status})`` for each stretch of days from ``first`` (None: the
        bloc's beginning) to ``last`` on which no status in the bloc changed. A stretch on
        which some state's status is not known to the day (a membership dated by its year or
        month begins or ends in it) is left out: what held then is not known."""
        spans = _spans(self._memberships(bloc, first or datetime.date(1, 1, 1), last))
        if not spans:
            return []
        begin = first or _first_day_of(min(start for _i, _s, start, _e in spans))
        cuts = {begin}
        for _iso3, _status, start, end in spans:
            # A stretch begins where a status begins, or the day after it ends; with a year or
            # month only, where it may have and where it surely has.
            days = [_first_day_of(start)]
            if len(start) < 10:
                days.append(_day_after(start))
            if end is not None:
                days.append(_day_after(end))
                if len(end) < 10:
                    days.append(_first_day_of(end))
            cuts |= {day for day in days if begin < day <= last}
        days = sorted(cuts)
        out = []
        for here, following in zip(days, [*days[1:], None], strict=True):
            until = following - datetime.timedelta(days=1) if following else last
            held: dict[str, str] = {}
            known = True
            for iso3, status, start, end in spans:
                began = _before(start, here, or_on=True)
                lasting = end is None or _surely_from(end, until)
                if began and lasting:
                    # A member and a suspension at once: the suspension is what holds.
                    if iso3 not in held or status == "suspended":
                        held[iso3] = status
                elif not (_after(start, until) or (end is not None and _before(end, here, False))):
                    known = False  # begun or ended on a day in the stretch not known
            if known:
                out.append((here, until, held))
        return out


def _spans(rows: list[dict]) -> list[tuple[str, str, str, str | None]]:
    """``(ISO3, status, start, end)`` of members-during's rows, dates as written (to the day)."""
    return [
        (
            str(r["state"]).rsplit("/", 1)[-1],
            str(r["status"]),
            str(r["start"])[:10],
            str(r["end"])[:10] if r.get("end") is not None else None,
        )
        for r in rows
    ]


def _first_day_of(value: str) -> datetime.date:
    """The first day a date of year, month or day precision can be."""
    parts = [int(p) for p in value[:10].split("-")]
    return datetime.date(parts[0], *(parts[1:] + [1, 1])[:2])


def _day_after(value: str) -> datetime.date:
    """The day after the last day a date of year, month or day precision can be."""
    first = _first_day_of(value)
    if len(value[:10]) >= 10:
        return first + datetime.timedelta(days=1)
    if len(value[:10]) == 4:
        return datetime.date(first.year + 1, 1, 1)
    return datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _after(value: str, day: datetime.date) -> bool:
    """Whether a start (YYYY, YYYY-MM or YYYY-MM-DD) is surely after ``day``."""
    value = value[:10]
    return value > day.isoformat()[: len(value)]


def _suspensions_as_membership(
    held: list[tuple[str, str, str | None]],
) -> list[tuple[str, str, str | None]]:
    """A membership, suspended and restored without a day's gap, is one membership: a
    suspended member takes part (or stays away) as a member."""
    spans = sorted(
        ("member" if status == "suspended" else status, start, end) for status, start, end in held
    )
    if len(spans) < 2 or any(status != "member" for status, _s, _e in spans):
        return held
    merged = [spans[0]]
    for status, start, end in spans[1:]:
        _st, first, last = merged[-1]
        try:
            joined = (
                last is not None
                and (
                    datetime.date.fromisoformat(start[:10]) - datetime.date.fromisoformat(last[:10])
                ).days
                <= 1
            )
        except ValueError:  # a year or month only: whether the two meet is not known
            joined = False
        if not joined:
            return held
        merged[-1] = (status, first, end)
    return merged


def _before(value: str, day: datetime.date, or_on: bool) -> bool:
    """Whether a start or end (YYYY, YYYY-MM or YYYY-MM-DD) is surely before ``day`` (or on
    it, with ``or_on``): a year- or month-precision value may be any day of its span."""
    value = value[:10]
    whole = day.isoformat()[: len(value)]
    if len(value) < 10:
        return value < whole
    return value <= whole if or_on else value < whole


def _surely_from(value: str, day: datetime.date) -> bool:
    """Whether an end (YYYY, YYYY-MM or YYYY-MM-DD) is surely on or after ``day``."""
    value = value[:10]
    whole = day.isoformat()[: len(value)]
    return value > whole if len(value) < 10 else value >= whole


def kb_status_reader(store: Store) -> KBStatus:
    """The knowledge-base checks ``extract`` makes (see KBStatus)."""
    return KBStatus(store)


def extract_report(
    text: str,
    published: str | PartialDate | None = None,
    where: str = "report",
    store: Store | None = None,
) -> Extraction:
    """Proposals for a report's text. ``published``: YYYY-MM-DD, YYYY-MM or YYYY; else a
    leading ``date`` line; else unknown."""
    from . import gazetteer

    line = _DATE_LINE.match(text)
    text, from_line = split_date_line(text, where)
    if isinstance(published, str):
        published = parse_published(published)
    published = published or from_line
    # The date line is the report's own statement of its day: the quote for a meeting the
    # report describes as going on ("are attending the meeting").
    day_quote = line[0].strip() if line and from_line == published else None
    if store is None:
        from ..store import open_embedded

        store = open_embedded()
    gaz = gazetteer.load(store)
    return extract(text, gaz, published, kb_status_reader(store), day_quote)


def _date(d: object) -> str | None:
    return str(d) if d is not None else None


def meeting_json(m: Meeting) -> dict:
    return {
        "bloc": bloc_iri(m.bloc),
        "body": m.body.iri if m.body else None,
        "series": m.series or (m.body.series if m.body else None),
        "label": m.label,
        "ordinal": m.ordinal,
        "start": _date(m.start),
        "end": _date(m.end),
        "host": state_iri(m.host) if m.host else None,
        "city": m.city,
        "existing": m.existing.iri if m.existing else None,
        "status": "planned" if m.future and not _held(m) else "held",
        "quote": m.quote,
        "date_quote": m.date_quote,
        "host_quote": m.host_quote,
        "conflicts": m.conflicts,
        "participants": [
            {
                "state": state_iri(p.state),
                "capacity": p.capacity,
                "attendance": p.attendance,
                "from": p.source,
                "inferred": p.inferred,
                "basis": participation_basis(m, p),
                "quote": p.quote,
                "conflicts": p.conflicts,
            }
            for p in m.participants.values()
        ],
        "invitations": [
            {"state": state_iri(i.state), "to": i.to, "quote": i.quote}
            for i in m.invitations.values()
        ],
    }


def _held(m: Meeting) -> bool:
    return any(p.attendance in ("attended", "absent") for p in m.participants.values())


def to_json(result: Extraction) -> dict:
    return {
        "published": _date(result.published),
        "meetings": [meeting_json(m) for m in result.meetings],
        "warnings": result.warnings,
    }


def to_table(result: Extraction) -> list[dict]:
    """A review sheet: one row per fact, with its quote, where it came from and conflicts."""
    rows = []
    for index, m in enumerate(result.meetings, 1):
        name = f"{index}. {m.label}"
        facts = [
            (
                "meeting",
                m.label + (f" (recorded: {m.existing.iri})" if m.existing else ""),
                m.quote,
                "text",
                m.conflicts,
            ),
            (
                "dates",
                f"{_date(m.start) or '?'} .. {_date(m.end) or '?'}",
                m.date_quote or "",
                "text",
                [],
            ),
            (
                "host",
                f"{m.host or '?'}" + (f", {m.city}" if m.city else ""),
                m.host_quote or "",
                "text",
                [],
            ),
        ]
        for p in m.participants.values():
            what = f"{p.state} {p.capacity or '?'} {p.attendance}" + (
                " (inferred)" if p.inferred else ""
            )
            facts.append(("participant", what, p.quote, p.source, p.conflicts))
        for i in m.invitations.values():
            facts.append(("invitation", f"{i.state} to {i.to}", i.quote, "text", []))
        for kind, what, quote, source, conflicts in facts:
            rows.append(
                {
                    "meeting": name,
                    "fact": f"{kind}: {what}",
                    "quote": quote,
                    "from": source,
                    "conflicts": "; ".join(conflicts),
                }
            )
    return rows


def write_output(
    result: Extraction, fmt: str, output: str | None, source: dict | None = None
) -> None:
    """Write ``result`` in ``fmt`` to ``output`` (atomically) or standard output."""
    import json

    if fmt not in FORMATS:
        raise InputError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "json":
        text = json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "ttl":
        from .draft import draft_turtle

        text = draft_turtle(result, source or {})
    else:
        from ..output import to_table as table_text

        rows = to_table(result)
        columns = ["meeting", "fact", "quote", "from", "conflicts"]
        # Quotes in full: the sheet is read to check each fact against its quote.
        text = table_text(rows, columns, max_width=400) + "\n" if rows else "no meetings found\n"
        if result.warnings:
            text += "".join(f"warning: {w}\n" for w in result.warnings)
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    from ..files import atomic_output

    with atomic_output(Path(output)) as stream:
        stream.write(text.encode("utf-8"))
