"""Render result rows as a table, JSON (a list of objects keyed by column) or CSV."""

from __future__ import annotations

from .namespaces import short_id
from .terms import IRI, Literal, Row

FORMATS = ("table", "json", "csv")


def _json_value(value):
    if value is None:
        return None
    if isinstance(value, Literal):
        return value.to_python()
    return str(value)


def to_json(rows: list[Row], columns: list[str]) -> str:
    import json  # each format's module only when it is asked for (start-up time)

    return json.dumps(
        [{c: _json_value(r.get(c)) for c in columns} for r in rows], ensure_ascii=False, indent=2
    )


def to_csv(rows: list[Row], columns: list[str]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["" if r.get(c) is None else str(r.get(c)) for c in columns])
    return buffer.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, IRI):
        return short_id(value)
    return str(value).replace("\n", " ")


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


def render(rows: list[Row], columns: list[str], fmt: str) -> str:
    if fmt == "json":
        return to_json(rows, columns)
    if fmt == "csv":
        return to_csv(rows, columns).rstrip("\n")
    return to_table(rows, columns)
