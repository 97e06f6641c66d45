"""Date literals of any precision, read as the interval of days they can denote.

A source may give a day (xsd:date), a month (xsd:gYearMonth) or only a year (xsd:gYear).
"valid on D" compares D with the first day a start can denote and the last day an end can
denote, so a year-precision interval covers the whole year in every query.
"""

from __future__ import annotations

import datetime as dt

from .errors import InputError
from .namespaces import XSD_DATE, XSD_GYEAR, XSD_GYEARMONTH

DATE_DATATYPES = (XSD_DATE, XSD_GYEARMONTH, XSD_GYEAR)
# How precisely a date literal of each datatype is known.
PRECISIONS = {XSD_DATE: "day", XSD_GYEARMONTH: "month", XSD_GYEAR: "year"}


def bounds(lexical: str, datatype: str) -> tuple[dt.date, dt.date]:
    """First and last day a date literal denotes; ValueError if it is not one we accept."""
    # YYYY-MM-DD, YYYY-MM, YYYY: string tests rather than patterns (this runs on every row of
    # a lookup, and compiling patterns costs a lookup more than the rows do).
    parts = lexical.split("-")
    widths = (4, 2, 2)[: len(parts)]
    if len(parts) > 3 or not all(
        len(part) == n and part.isascii() and part.isdigit()
        for part, n in zip(parts, widths, strict=True)
    ):
        parts = []
    if datatype == XSD_DATE and len(parts) == 3:
        day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        return day, day
    if datatype == XSD_GYEARMONTH and len(parts) == 2:
        import calendar

        year, month = int(parts[0]), int(parts[1])
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last)
    if datatype == XSD_GYEAR and len(parts) == 1 and parts[0]:
        year = int(parts[0])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    raise ValueError(f"not a date, year-month or year: {lexical!r}^^<{datatype}>")


def parse_user_date(value: str, name: str = "date") -> dt.date:
    """A date typed by a user: YYYY-MM-DD, or 'today'."""
    if value.strip().lower() == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
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
