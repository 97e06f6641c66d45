"""Render result rows as a table, JSON (a list of objects keyed by column) or CSV.

Data can hold any character, including terminal control sequences (a label with
``\x1b]0;pwned\x07`` retitles a terminal; U+202E reverses what follows). What a person reads
is made printable: the table, the text of ``meeting`` and ``validate``, error messages, and CSV
when it goes to a terminal show such characters as escapes (``\x1b``, ``\u202e``). JSON keeps
every value exact, with those characters written as JSON escapes; CSV to a file or a pipe
keeps the data as it is.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from .namespaces import short_id
from .terms import IRI, Literal, Row

if TYPE_CHECKING:
    from collections.abc import Callable

FORMATS = ("table", "json", "csv")


# C0 and C1 controls, DEL, and the bidirectional overrides and isolates, each with the escape
# a person reads (\x1b, \u202e). Tables for str.translate, made on first use: a regular
# expression over these ranges costs a lookup's start half a millisecond to compile.
_BIDI = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_C1 = tuple(range(0x7F, 0xA0))


def _escaped(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@functools.cache
def _printable_table(keep_lines: bool) -> dict[int, str]:
    kept = (0x09, 0x0A) if keep_lines else ()
    codes = [c for c in range(0x20) if c not in kept] + [*_C1, *_BIDI]
    return {code: _escaped(code) for code in codes}


@functools.cache
def _json_table() -> dict[int, str]:
    return {code: f"\\u{code:04x}" for code in (*_C1, *_BIDI)}


def printable(text: str, keep_lines: bool = False) -> str:
    """``text`` with control characters shown as escapes; newlines and tabs kept if asked."""
    return text.translate(_printable_table(keep_lines))


def plain(value: Any) -> Any:
    """A result value as plain Python, as JSON shows it: integers as int, every other term
    (IRI, literal) as its string; dicts, lists and tuples of them alike."""
    if value is None:
        return None
    if isinstance(value, Literal):
        return value.to_python()
    if isinstance(value, IRI):
        return str(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def plain_rows(rows: list[Row], columns: list[str]) -> list[dict]:
    """Rows as dicts of plain values, one key per column in order: what JSON output holds."""
    return [{c: plain(r.get(c)) for c in columns} for r in rows]


def to_json(rows: list[Row], columns: list[str]) -> str:
    return json_text(plain_rows(rows, columns))


def json_text(value: Any) -> str:
    """Indented JSON: json.dumps escapes C0 controls; C1 controls and bidi overrides are
    written as \\uXXXX too (the same JSON value, nothing a terminal acts on)."""
    try:
        text = _indented(value, "\n", _string_escaper())
    except _NotPlain:  # a float, a tuple, a key that is no string...: json's own encoder
        import json

        text = json.dumps(value, ensure_ascii=False, indent=2)
    # str.translate looks every character of a non-ASCII text up in the table (3 ms for
    # `bloc SCO`'s 68 kB): translate only a text that holds one of its characters (none of
    # them is ASCII; a search for each is a few microseconds).
    table = _json_table()
    if text.isascii() or not any(chr(code) in text for code in table):
        return text
    return text.translate(table)


class _NotPlain(Exception):
    """A value ``_indented`` leaves to json.dumps."""


def _indented(value: Any, newline: str, escape: Callable[[str], str]) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, for what lookups
    print: dicts with string keys and lists, of strings, ints, booleans and None (else
    _NotPlain: json.dumps writes the rest). tests/test_output.py holds the two equal (random
    values, and real answers of eight lookups).

    Why not json.dumps (a review asked; kept after measuring): a cold lookup's time, which has
    a target (within 1.3x the floor of a Python CLI, benchmarks/lookup.py). On Python 3.11
    json.dumps writes indented JSON with its pure-Python encoder (JSONEncoder.iterencode uses
    the C one only for indent=None; CPython's gh-95382 gives the C encoder indent, in a later
    Python), and ``import json`` compiles its decoder's patterns, which a lookup never uses.
    Here each string goes to the encoder's own C function, json is not imported. Measured in
    a fresh process, CPU time, medians of 9 (a loaded 2-core machine): ``bloc SCO`` (88 kB)
    1.9 ms here against 5.3 (import 2.6, dumps 2.6), ``state Belarus`` (22 kB) 1.2 against
    3.4, ``members SCO --on`` (5 kB) 0.7 against 2.5: 2-3 ms of a 50-65 ms lookup. Nothing
    here streams or changes the layout: the text is json.dumps's, byte for byte."""
    if isinstance(value, str):
        return escape(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = newline + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise _NotPlain
            items.append(escape(key) + ": " + _indented(item, inner, escape))
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [_indented(item, inner, escape) for item in value]
        return "[" + inner + ("," + inner).join(items) + newline + "]"
    raise _NotPlain


@functools.cache
def _string_escaper() -> Callable[[str], str]:
    """json.encoder's own function for a string (its C version), without importing json: its
    decoder compiles patterns at import, 1.3 ms of a lookup that only writes JSON."""
    try:
        from _json import encode_basestring
    except ImportError:  # a Python without json's C accelerator
        from json.encoder import encode_basestring
    return encode_basestring


def to_csv(rows: list[Row], columns: list[str]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["" if r.get(c) is None else str(r.get(c)) for c in columns])
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, IRI):
        return printable(short_id(value))
    return printable(str(value).replace("\n", " "))


def to_table(rows: list[Row], columns: list[str], max_width: int = 60) -> str:
    if not rows:
        return "(no results)"
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    cells = [[v if len(v) <= max_width else v[: max_width - 1] + "…" for v in row] for row in cells]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)


def render(rows: list[Row], columns: list[str], fmt: str, terminal: bool = False) -> str:
    """``rows`` as ``fmt``; ``terminal``: the text goes to a terminal (CSV is made printable)."""
    if fmt == "json":
        return to_json(rows, columns)
    if fmt == "csv":
        text = to_csv(rows, columns).rstrip("\n")
        return printable(text, keep_lines=True) if terminal else text
    return to_table(rows, columns)


def bloc_record(result: Any) -> dict:
    """A multi-part result (rows and details) as one object of plain values: the details,
    with the rows under ``rows``; nested rows become lists of objects."""
    record = {k: plain(v) for k, v in result.details.items() if k != "body_tree"}
    record["rows"] = plain_rows(result.rows, result.columns)
    return record


def meeting_record(result: Any) -> list[dict]:
    """A meeting (``lookups.meeting``) as a list of one object of plain values: its details,
    with the participants, invitations and sources as lists of objects."""
    details = result.details
    record = {k: plain(v) for k, v in details.items() if k not in ("invitations", "sources")}
    record = {k: (v if isinstance(v, list) else str(v)) for k, v in record.items()}
    record["participants"] = plain_rows(result.rows, result.columns)
    for part in ("invitations", "sources"):
        rows = details.get(part, [])
        record[part] = plain_rows(rows, list(rows[0]) if rows else [])
    return [record]
