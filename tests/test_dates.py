"""dates.bounds and the date parsers, pinned by tables written by hand.

The expected days are typed out here, never computed with calendar or datetime arithmetic:
a test that used the code's own rule (monthrange, "12-31") would pass however the rule broke.
"""

from __future__ import annotations

import datetime as dt

import pytest

from blocgraph.dates import bounds, parse_user_date, parse_user_year
from blocgraph.errors import InputError

XSD = "http://www.w3.org/2001/XMLSchema#"
DATE, MONTH, YEAR = XSD + "date", XSD + "gYearMonth", XSD + "gYear"
D = dt.date

# (lexical form, datatype, first day, last day)
BOUNDS = [
    # year precision: the whole year, both ends
    ("2005", YEAR, D(2005, 1, 1), D(2005, 12, 31)),
    ("1900", YEAR, D(1900, 1, 1), D(1900, 12, 31)),
    ("0001", YEAR, D(1, 1, 1), D(1, 12, 31)),
    ("9999", YEAR, D(9999, 1, 1), D(9999, 12, 31)),
    # month precision: every month end, leap years by the Gregorian rules
    ("2019-01", MONTH, D(2019, 1, 1), D(2019, 1, 31)),
    ("2023-02", MONTH, D(2023, 2, 1), D(2023, 2, 28)),  # not a leap year
    ("2024-02", MONTH, D(2024, 2, 1), D(2024, 2, 29)),  # divisible by 4
    ("1900-02", MONTH, D(1900, 2, 1), D(1900, 2, 28)),  # by 100, not by 400
    ("2000-02", MONTH, D(2000, 2, 1), D(2000, 2, 29)),  # by 400
    ("2019-03", MONTH, D(2019, 3, 1), D(2019, 3, 31)),
    ("2019-04", MONTH, D(2019, 4, 1), D(2019, 4, 30)),
    ("2019-05", MONTH, D(2019, 5, 1), D(2019, 5, 31)),
    ("2019-06", MONTH, D(2019, 6, 1), D(2019, 6, 30)),
    ("2019-07", MONTH, D(2019, 7, 1), D(2019, 7, 31)),
    ("2019-08", MONTH, D(2019, 8, 1), D(2019, 8, 31)),
    ("2019-09", MONTH, D(2019, 9, 1), D(2019, 9, 30)),
    ("2019-10", MONTH, D(2019, 10, 1), D(2019, 10, 31)),
    ("2019-11", MONTH, D(2019, 11, 1), D(2019, 11, 30)),
    ("2019-12", MONTH, D(2019, 12, 1), D(2019, 12, 31)),
    # day precision: the day itself
    ("2017-06-09", DATE, D(2017, 6, 9), D(2017, 6, 9)),
    ("2024-02-29", DATE, D(2024, 2, 29), D(2024, 2, 29)),
    ("2000-02-29", DATE, D(2000, 2, 29), D(2000, 2, 29)),
    ("2019-04-30", DATE, D(2019, 4, 30), D(2019, 4, 30)),
    ("2019-12-31", DATE, D(2019, 12, 31), D(2019, 12, 31)),
    ("2019-01-01", DATE, D(2019, 1, 1), D(2019, 1, 1)),
    # timezones: the calendar day (or month, or year) as written, never shifted
    ("2017-01-01Z", DATE, D(2017, 1, 1), D(2017, 1, 1)),
    ("2017-01-01+05:30", DATE, D(2017, 1, 1), D(2017, 1, 1)),
    ("2017-01-01-14:00", DATE, D(2017, 1, 1), D(2017, 1, 1)),
    ("2017-12-31+14:00", DATE, D(2017, 12, 31), D(2017, 12, 31)),
    ("2019-09Z", MONTH, D(2019, 9, 1), D(2019, 9, 30)),
    ("2024-02-03:00", MONTH, D(2024, 2, 1), D(2024, 2, 29)),
    ("2005Z", YEAR, D(2005, 1, 1), D(2005, 12, 31)),
    ("2005+00:00", YEAR, D(2005, 1, 1), D(2005, 12, 31)),
]


@pytest.mark.parametrize(("lexical", "datatype", "first", "last"), BOUNDS)
def test_bounds(lexical, datatype, first, last):
    assert bounds(lexical, datatype) == (first, last)


# (lexical form, datatype, words the refusal must contain)
REFUSED = [
    # not lexical forms of their datatype
    ("2019-13", MONTH, "not a valid xsd:gYearMonth"),
    ("2019-00", MONTH, "not a valid xsd:gYearMonth"),
    ("2019-13-01", DATE, "not a valid xsd:date"),
    ("2019-04-31", DATE, "2019-04 has 30 days"),
    ("2023-02-29", DATE, "2023-02 has 28 days"),
    ("1900-02-29", DATE, "1900-02 has 28 days"),
    ("2019-02-30", DATE, "2019-02 has 28 days"),
    ("2019-01-32", DATE, "not a valid xsd:date"),
    ("2019-01-00", DATE, "not a valid xsd:date"),
    ("2019-1-5", DATE, "not a valid xsd:date"),
    ("2019", DATE, "not a valid xsd:date"),
    ("2019-06", YEAR, "not a valid xsd:gYear"),
    ("2019-06-01", MONTH, "not a valid xsd:gYearMonth"),
    ("05", YEAR, "not a valid xsd:gYear"),
    ("someday", YEAR, "not a valid xsd:gYear"),
    (" 2019", YEAR, "not a valid xsd:gYear"),
    ("2019 ", YEAR, "not a valid xsd:gYear"),
    ("01234", YEAR, "not a valid xsd:gYear"),  # a leading zero beyond four digits
    ("2017-01-01+14:30", DATE, "not a valid xsd:date"),  # beyond +14:00
    ("2017-01-01+05", DATE, "not a valid xsd:date"),
    ("2017-01-01z", DATE, "not a valid xsd:date"),
    ("2017-01-01T00:00:00", DATE, "not a valid xsd:date"),
    ("２０１９", YEAR, "not a valid xsd:gYear"),  # fullwidth digits are not XSD digits
    # valid XSD, but years blocgraph does not derive
    ("-0044", YEAR, "outside 0001-9999"),
    ("0000", YEAR, "outside 0001-9999"),
    ("12019", YEAR, "outside 0001-9999"),
    ("-0044-03-15", DATE, "outside 0001-9999"),
    ("10000-01", MONTH, "outside 0001-9999"),
    # other datatypes
    ("2001-06-15T00:00:00", XSD + "dateTime", "not xsd:date, xsd:gYearMonth or xsd:gYear"),
    ("2001", XSD + "string", "not xsd:date, xsd:gYearMonth or xsd:gYear"),
    ("2001", None, "not xsd:date, xsd:gYearMonth or xsd:gYear"),
]


@pytest.mark.parametrize(("lexical", "datatype", "why"), REFUSED)
def test_bounds_refuses(lexical, datatype, why):
    with pytest.raises(ValueError, match=why.replace("+", r"\+")) as caught:
        bounds(lexical, datatype)
    assert repr(lexical) in str(caught.value)  # the message names the value


@pytest.mark.parametrize("year", ["1900", "2000", "2023", "2024"])
def test_plain_forms_read_without_the_pattern_agree_with_it(year):
    """bounds reads YYYY, YYYY-MM and YYYY-MM-DD without the XSD pattern; the same form with
    a timezone (which does not move the bounds) goes through the pattern. Every day number
    01-32 of every month: both answer alike, or both refuse with the same message."""

    def answer(lexical, datatype):
        try:
            return bounds(lexical, datatype)
        except ValueError as err:
            return str(err).replace(repr(lexical), "VALUE")

    forms = [(year, YEAR)] + [(f"{year}-{m:02d}", MONTH) for m in range(0, 14)]
    forms += [(f"{year}-{m:02d}-{d:02d}", DATE) for m in range(1, 13) for d in range(0, 33)]
    for lexical, datatype in forms:
        assert answer(lexical, datatype) == answer(lexical + "Z", datatype), lexical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-02-20", D(2020, 2, 20)),
        (" 2020-02-20 ", D(2020, 2, 20)),
        ("2024-02-29", D(2024, 2, 29)),
        ("2000-02-29", D(2000, 2, 29)),
        ("0001-01-01", D(1, 1, 1)),
        ("9999-12-31", D(9999, 12, 31)),
    ],
)
def test_parse_user_date(text, expected):
    assert parse_user_date(text) == expected


def test_parse_user_date_today():
    assert parse_user_date("Today") == dt.date.today()


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-29",
        "1900-02-29",
        "2019-04-31",
        "2019-13-01",
        "2019-00-10",
        "20200220",
        "2020-W08-4",
        "2020-2-20",
        "2020-02",
        "2020",
        "2020-02-20Z",
        "2020-02-20T00:00",
        "２０２０-02-20",
        "",
        "yesterday",
    ],
)
def test_parse_user_date_refuses(text):
    with pytest.raises(InputError, match=r"^--on: .* is not a date \(expected YYYY-MM-DD\)$"):
        parse_user_date(text, "--on")


def test_parse_user_date_names_the_date_option_by_default():
    # the library's callers that pass no name are the --date options; mutmut found the default
    # name unpinned
    with pytest.raises(InputError, match=r"^--date: '2019-13-01' is not a date"):
        parse_user_date("2019-13-01")


@pytest.mark.parametrize(
    ("text", "expected"), [("2020", 2020), (" 1945 ", 1945), (1, 1), ("9999", 9999)]
)
def test_parse_user_year(text, expected):
    assert parse_user_year(text) == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("0", "out of range"),
        ("10000", "out of range"),
        ("-44", "out of range"),
        ("2020.5", "is not a year"),
        ("MMXX", "is not a year"),
        ("", "is not a year"),
    ],
)
def test_parse_user_year_refuses(text, why):
    with pytest.raises(InputError, match=f"^--year: .*{why}"):
        parse_user_year(text)
