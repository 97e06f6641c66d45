"""Date literals of any precision, read as the interval of days they can denote.

A source may give a day (xsd:date), a month (xsd:gYearMonth) or only a year (xsd:gYear).
"valid on D" compares D with the first day a start can denote and the last day an end can
denote, so a year-precision interval covers the whole year in every query.

Every lexical form XSD 1.1 allows for the three datatypes is read, timezones included
(``2017-01-01Z``, ``2019-09+05:30``, ``2005-14:00``), except years outside 0001-9999:
negative years, year 0000 (1 BCE in XSD 1.1) and years of five or more digits are valid XSD
but have no place in this knowledge base, and the derived xsd:date bounds are compared as
``YYYY-MM-DD`` strings (derive.participant_memberships), which such years would break. They
are refused with a message saying so, as is anything else that is not a lexical form of its
datatype: the build fails on them and the shapes report them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .errors import InputError
from .namespaces import XSD_DATE, XSD_GYEAR, XSD_GYEARMONTH

# XSD 1.1 Part 2, 3.3.9 / 3.3.14 / 3.3.11 and the timezone fragment of D.3.1: an optional
# sign, a year of four or more digits (no leading zero beyond four), then -MM, -MM-DD, and an
# optional timezone Z or +hh:mm / -hh:mm up to 14:00.
_YEAR = r"(?P<year>-?(?:[1-9][0-9]{3,}|0[0-9]{3}))"
_TIMEZONE = r"(?P<tz>Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
_LEXICAL = {
    XSD_DATE: _YEAR + r"-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])" + _TIMEZONE,
    XSD_GYEARMONTH: _YEAR + r"-(?P<month>0[1-9]|1[0-2])" + _TIMEZONE,
    XSD_GYEAR: _YEAR + _TIMEZONE,
}
_NAMES = {XSD_DATE: "xsd:date", XSD_GYEARMONTH: "xsd:gYearMonth", XSD_GYEAR: "xsd:gYear"}

DATE_DATATYPES = (XSD_DATE, XSD_GYEARMONTH, XSD_GYEAR)
# How precisely a date literal of each datatype is known.
PRECISIONS = {XSD_DATE: "day", XSD_GYEARMONTH: "month", XSD_GYEAR: "year"}


def bounds(lexical: str, datatype: str | None) -> tuple[dt.date, dt.date]:
    """First and last day a date literal denotes; ValueError (its message says why) if it is
    not one of the three datatypes, not a lexical form of its datatype, or outside 0001-9999.

    A timezone does not move the bounds: ``2017-01-01+05:30`` is the calendar day 2017-01-01,
    as its source wrote it. XSD reads it as the 24 hours starting at midnight in that zone, but
    every comparison here is between calendar days without a zone (the dates a user asks about,
    the other bounds): shifting it to UTC would move the day a source gave to the one before,
    and a day cannot be split. The same holds for a month or a year with a timezone.
    """
    if datatype not in _LEXICAL:
        raise ValueError(
            f"{lexical!r} is typed <{datatype}>, not xsd:date, xsd:gYearMonth or xsd:gYear"
        )
    fields = _plain_fields(lexical, datatype)
    if fields is None:  # a timezone, a sign, a long year or no valid form: the full pattern
        m = _compiled(datatype).fullmatch(lexical)
        if m is None:
            raise ValueError(f"{lexical!r} is not a valid {_NAMES[datatype]}")
        found = m.groupdict()
        fields = (int(found["year"]), int(found.get("month") or 0), int(found.get("day") or 0))
    year, month, day = fields
    if not 1 <= year <= 9999:
        raise ValueError(
            f"{lexical!r}: the year is outside 0001-9999, which blocgraph does not derive"
        )
    if datatype == XSD_GYEAR:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    last = _days_in_month(year, month)
    if datatype == XSD_GYEARMONTH:
        return dt.date(year, month, 1), dt.date(year, month, last)
    if day > last:
        raise ValueError(
            f"{lexical!r} is not a valid xsd:date: {year:04d}-{month:02d} has {last} days"
        )
    date = dt.date(year, month, day)
    return date, date


_SHAPES = {XSD_GYEAR: "dddd", XSD_GYEARMONTH: "dddd-dd", XSD_DATE: "dddd-dd-dd"}


def _plain_fields(lexical: str, datatype: str) -> tuple[int, int, int] | None:
    """(year, month, day; 0 where the datatype has none) of the plain forms ``YYYY``,
    ``YYYY-MM`` and ``YYYY-MM-DD`` with a valid month and day number, read without the
    pattern (compiling it costs a lookup more than reading all its dates); None otherwise."""
    shape = _SHAPES[datatype]
    if len(lexical) != len(shape) or not lexical.isascii():
        return None
    for char, kind in zip(lexical, shape, strict=True):
        if (kind == "d") != char.isdigit() or (kind == "-" and char != "-"):
            return None
    year = int(lexical[:4])
    month = int(lexical[5:7]) if len(lexical) >= 7 else 0
    day = int(lexical[8:10]) if len(lexical) == 10 else 0
    if (len(lexical) >= 7 and not 1 <= month <= 12) or (len(lexical) == 10 and not 1 <= day <= 31):
        return None
    return year, month, day


def _days_in_month(year: int, month: int) -> int:
    """As calendar.monthrange(year, month)[1] (proleptic Gregorian), without importing
    calendar (which imports locale)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@functools.cache
def _compiled(datatype: str) -> re.Pattern[str]:
    """Compiled when first used: the lookups import this module, and most never read a date
    literal."""
    return re.compile(_LEXICAL[datatype])


def parse_user_date(value: str, name: str = "date") -> dt.date:
    """A date typed by a user: YYYY-MM-DD, or 'today'. Only that form: Python's fromisoformat
    would also take 20200220 and week dates (2020-W08-4), which the message does not offer."""
    text = value.strip()
    if text.lower() == "today":
        return dt.date.today()
    try:
        if not (len(text) == 10 and text[4] == text[7] == "-" and text.replace("-", "").isascii()):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"{_option(name)}: {value!r} is not a date (expected YYYY-MM-DD)"
        ) from None


def parse_user_year(value: str | int, name: str = "year") -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise InputError(f"{_option(name)}: {value!r} is not a year (expected e.g. 2020)") from None
    if not 1 <= year <= 9999:
        raise InputError(f"{_option(name)}: {value!r} is out of range")
    return year


def _option(name: str) -> str:
    """How a user wrote the argument: "date" -> "--date"; "--on", "--param date" as given."""
    return name if name.startswith("-") else f"--{name}"
