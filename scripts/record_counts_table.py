"""Rewrite data/README.md's "The meeting record, counted" table from the data.

    python scripts/record_counts_table.py [--check]

The table is `blocgraph query record-counts` as Markdown, plus an "all" row. The all row's
sources are counted again over the whole record (a source cited by two blocs' meetings counts
once), so it is not the sum of the column; like the bloc rows, it counts the meetings of a bloc's
bodies. `--check` exits 1 if the README's table differs,
without writing. Run after a merge that adds meetings or participations, with
tests/golden/regenerate.py for the golden copy of the same query.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import blocgraph
from blocgraph.files import atomic_output

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "data" / "README.md"
COLUMNS = [
    "meetings", "participations", "attended", "absent", "invited", "non_member", "collective",
    "sources",
]  # fmt: skip
HEADER = "| bloc | meetings | participations | attended | absent | invited | non-member | collective | sources |"  # noqa: E501

ALL_SOURCES = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (COUNT(DISTINCT ?source) AS ?sources) WHERE {
  ?meeting bg:body/org:unitOf ?bloc .
  { ?meeting prov:wasDerivedFrom ?source }
  UNION
  { ?participation bg:meeting ?meeting ; prov:wasDerivedFrom ?source }
}
"""


def table() -> list[str]:
    kb = blocgraph.open(in_process=True)
    rows = kb.query("record-counts").rows
    with tempfile.TemporaryDirectory() as folder:
        query = Path(folder) / "all-sources.rq"
        query.write_text(ALL_SOURCES, encoding="utf-8")
        [total] = kb.query(str(query)).rows
    lines = [HEADER, "| --- |" + " ---: |" * len(COLUMNS)]
    for row in rows:
        lines.append(f"| {row['bloc_id']} | " + " | ".join(str(row[c]) for c in COLUMNS) + " |")
    sums = [sum(int(row[c]) for row in rows) for c in COLUMNS[:-1]]
    sums.append(int(total["sources"]))
    lines.append("| all | " + " | ".join(str(n) for n in sums) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report a difference")
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(text) if line.startswith(HEADER))
    end = next(i for i in range(start, len(text)) if not text[i].startswith("|"))
    new = [line + "\n" for line in table()]
    if text[start:end] == new:
        print("data/README.md: the record's counts table is current")
        return 0
    if args.check:
        print("data/README.md: the record's counts table is out of date", file=sys.stderr)
        return 1
    with atomic_output(README, option="") as f:
        f.write("".join(text[:start] + new + text[end:]).encode("utf-8"))
    print("data/README.md: the record's counts table rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
