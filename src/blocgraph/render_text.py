"""Answers as text for a person: a bloc at a glance, a meeting with the quotes taken from
each source, a state's path in a bloc, two blocs compared.

The lookups return data (``lookups.Result``: rows and details); this module lays it out. The
CLI escapes control characters in what it prints (``cli._say``); tables are escaped here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .namespaces import short_id
from .output import to_table


def _when(row: Any, first: str, last: str) -> str:
    start, end = row.get(first), row.get(last)
    if start is None and end is None:
        return ""
    return f"{start or '?'} .. {end or ''}".rstrip()


def bloc_text(result: Any) -> str:
    d = result.details
    name = d.get("id") or short_id(str(d.get("bloc") or ""))
    lines = [f"{result.title}  [{name}]"]
    if d.get("founded"):
        lines.append(f"  {'founded:':<16}{d['founded']}")
    if d.get("dissolved"):
        lines.append(f"  {'dissolved:':<16}{d['dissolved']}")
    for key, label in (("predecessors", "predecessor"), ("successors", "successor")):
        for row in d.get(key, []):
            other = row.get("other_label") or row.get("other_id") or short_id(str(row["other"]))
            when = _when(row, "other_founded", "other_dissolved")
            suffix = f" ({when})" if when else ""
            lines.append(f"  {label + ':':<16}{other} [{short_id(str(row['other']))}]{suffix}")
    lines.append("")
    lines.append(f"States by status on {d.get('on')}")
    lines.append(to_table(result.rows, result.table_columns))
    if d.get("body_tree"):
        lines.append("")
        lines.append("Bodies (indented: feeds into the one above)")
        for depth, body in d["body_tree"]:
            kind = " (working group)" if str(body.get("kind")) == "working group" else ""
            label = body.get("label") or short_id(str(body["body"]))
            lines.append(f"  {'  ' * depth}{label}{kind}")
    if d.get("series"):
        lines.append("")
        lines.append("Meeting series")
        rows = [
            {
                "series": row["series"],
                "label": row.get("series_label"),
                "meetings": row.get("meetings"),
                "first": row.get("first"),
                "last": row.get("last"),
            }
            for row in d["series"]
        ]
        lines.append(to_table(rows, ["series", "label", "meetings", "first", "last"]))
    sources = d.get("sources", [])
    if sources:
        lines.append("")
        shown = sources[:10]
        more = (
            f" (the {len(shown)} cited most; `blocgraph query bloc-sources`)"
            if len(sources) > len(shown)
            else ""
        )
        lines.append(f"Sources: {len(sources)}{more}")
        for row in shown:
            parts = [row.get("title"), row.get("publisher"), row.get("date"), row.get("url")]
            facts = row.get("facts")
            lines.append("  - " + ", ".join(str(p) for p in parts if p) + f"  [{facts} fact(s)]")
    return "\n".join(lines)


def meeting_text(result: Any) -> str:
    """A meeting: its details, then participants, invitations and sources."""
    d = result.details
    lines = [f"{result.title}  [{short_id(d.get('meeting', ''))}]"]
    fields = [
        ("body", d.get("body_label")),
        ("bloc", short_id(d["bloc"]) if d.get("bloc") else None),
        ("series", f"{short_id(d['series'])} #{d['ordinal']}" if d.get("ordinal") else None),
        ("host", d.get("host_label")),
        ("place", d.get("place")),
        ("dates", " .. ".join(str(d[k]) for k in ("start", "end") if d.get(k))),
        ("status", d.get("status")),
        ("format", d.get("format")),
        ("plan", d.get("plan_label")),
        ("inaugurated by", d.get("inaugurated_by")),
        ("topics", ", ".join(d.get("topics", []))),
    ]
    lines += [f"  {key + ':':<16}{value}" for key, value in fields if value]
    # A participation resting on a collective statement ("the 27 leaders") is marked, so that
    # nobody reads "X attended" into a count that names no one.
    from .lookups import rests_on_count

    counted = [r for r in result.rows if rests_on_count(r)]
    rows = [
        {**r, "attendance": f"{r['attendance']} (counted)"} if rests_on_count(r) else r
        for r in result.rows
    ]
    lines += ["", "Participants", to_table(rows, result.table_columns)]
    if counted:
        lines.append(
            f"  (counted): {len(counted)} of {len(result.rows)} rest on a source counting or "
            'naming a group ("the 27 leaders"), not naming the state: the states that held '
            "that status that day"
        )
    if d.get("invitations"):
        cols = ["state", "label", "person", "invited_by", "announced_by", "announced_on"]
        lines += ["", "Invitations", to_table(d["invitations"], cols)]
    if d.get("sources"):
        lines += ["", "Sources, with the quotes taken from each"]
        lines += meeting_sources_lines(d["sources"])
    return "\n".join(lines)


def transitions_text(result: Any) -> str:
    """A state's path in one bloc: the path on one line, then each status as a row."""
    path = result.details.get("path")
    lines = [path] if path else []
    return "\n".join([*lines, to_table(result.rows, result.table_columns)])


def compare_text(result: Any) -> str:
    """Two blocs compared: the states in both, only in one, only in the other, and counts."""
    counts, d = result.details.get("counts", {}), result.details
    first, second = short_id(str(d.get("first", ""))), short_id(str(d.get("second", "")))
    summary = (
        f"{counts.get('both', 0)} in both, {counts.get('first', 0)} only in {first}, "
        f"{counts.get('second', 0)} only in {second}"
    )
    return "\n".join([result.title, to_table(result.rows, result.table_columns), "", summary])


def count_text(noun: str) -> Callable[[Any], str]:
    """A table followed by how many rows it has ("3 bloc(s)")."""

    def text(result: Any) -> str:
        return f"{to_table(result.rows, result.table_columns)}\n\n{len(result.rows)} {noun}"

    return text


def meeting_sources_lines(rows: list[dict]) -> list[str]:
    """The sources of a meeting's facts (rows of the ``meeting-sources`` query), each with the
    quotes taken from it, once each; then the quotes not tied to one source."""
    sources: dict[str, tuple[dict, list[str]]] = {}
    untied: list[str] = []
    for row in rows:
        quote = str(row["quote"]) if row.get("quote") is not None else None
        if row.get("source") is None:
            if quote is not None and quote not in untied:
                untied.append(quote)
            continue
        _, quotes = sources.setdefault(str(row["source"]), (row, []))
        if quote is not None and quote not in quotes:
            quotes.append(quote)
    lines = []
    for row, quotes in sources.values():
        parts = [row.get("title"), row.get("publisher"), row.get("date"), row.get("url")]
        lines.append("  - " + ", ".join(str(p) for p in parts if p))
        lines += [f'      "{q}"' for q in quotes]
    if untied:
        lines.append("  - quoted from one of a fact's sources, not recorded which:")
        lines += [f'      "{q}"' for q in untied]
    return lines
