"""How golden answers are computed and compared: rows as sorted lists of [column, value]."""

from __future__ import annotations

from blocgraph import lookups


def answer(store, name: str, params: dict) -> list[list[list]]:
    result = lookups.run_query(store, name, params)
    rows = [
        [[c, None if r.get(c) is None else str(r.get(c))] for c in result.columns]
        for r in result.rows
    ]
    return sorted(rows, key=lambda row: [str(v) for _, v in row])
