"""How faithfully data/cow/cow-igo-v3.nt.gz renders the COW IGO v3 CSV: every cell checked.

    python benchmarks/cow_agreement.py [COW_DIR] [--nt FILE]

For every (IGO, state column, year) cell of ``igo_year_formatv3.csv`` it asks which COW
memberships of the generated file cover that year for that state in that bloc, and compares
with what the cell says:

* 1 / 2 / 3 / -9 (state in the COW state system): exactly one membership, of status member /
  associate-member / observer / unknown;
* 0: no membership;
* -1, empty, and -9 for a state outside the state system: ignored by the importer, so no
  membership either (reported as their own lines);
* cells whose year curated data covers for that (bloc, state) pair are dropped by the importer:
  counted separately, per bloc, and checked to have no COW membership.

Prints the agreement rate and every kind of difference with its count. Exit status 0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox

from blocgraph.importers import cow
from blocgraph.namespaces import ID, ORG, RDF, SCHEMA

ROLE = {code: ID + "status/" + notation for code, notation in cow.STATUS_OF_CODE.items()}
NOTATION = {iri: iri.rsplit("/", 1)[1] for iri in ROLE.values()}


def read_memberships(nt_gz: Path) -> dict[tuple[str, str], dict[int, list[str]]]:
    """(bloc IRI, state IRI) -> year -> status IRIs of the memberships covering that year."""
    props: dict[str, dict[str, str]] = defaultdict(dict)
    memberships: set[str] = set()
    wanted = {
        ORG + "member",
        ORG + "organization",
        ORG + "role",
        SCHEMA + "startDate",
        SCHEMA + "endDate",
    }
    membership_class = "https://w3id.org/blocgraph/ontology#Membership"
    with gzip.open(nt_gz, "rb") as stream:
        for t in ox.parse(stream, format=ox.RdfFormat.N_TRIPLES):
            p = t.predicate.value
            if p == RDF + "type" and t.object.value == membership_class:
                memberships.add(t.subject.value)
            elif p in wanted:
                props[t.subject.value][p] = t.object.value
    covered: dict[tuple[str, str], dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in memberships:
        v = props[m]
        first = int(v[SCHEMA + "startDate"][:4])
        last = int(v[SCHEMA + "endDate"][:4]) if SCHEMA + "endDate" in v else 2014
        years = covered[(v[ORG + "organization"], v[ORG + "member"])]
        for year in range(first, last + 1):
            years[year].append(v[ORG + "role"])
    return covered


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cow_dir", nargs="?", type=Path, default=None)
    parser.add_argument("--nt", type=Path, default=None, help="default: the shipped file")
    args = parser.parse_args(argv)
    cow_dir = args.cow_dir or cow.default_cow_dir()
    nt = args.nt or cow.default_output()
    started = time.perf_counter()

    states = cow.read_states(cow_dir)
    curated = cow.read_curated()
    covered = read_memberships(nt)
    with cow.open_csv(cow_dir, cow.IGO_CSV) as stream:
        reader = csv.reader(stream)
        header = next(reader)
        rows = list(reader)
    col = {name: i for i, name in enumerate(header)}
    columns = header[col["year"] + 1 : col["sdate"]]

    siblings = {
        column: [c for c in columns if c != column and states[c].segment == states[column].segment]
        for column in columns
    }

    outcome: Counter[str] = Counter()
    overridden: Counter[str] = Counter()
    overridden_codes: Counter[str] = Counter()
    examples: dict[str, tuple] = {}
    empty: dict[int, list[str]] = {}
    for row in rows:
        ioname, year = row[col["ioname"]], int(row[col["year"]])
        bloc = ID + "bloc/" + cow.segment(ioname)
        for column in columns:
            code = row[col[column]]
            st = states[column]
            state = ID + "state/" + st.segment
            roles = covered.get((bloc, state), empty).get(year, [])
            got = "+".join(sorted(NOTATION.get(r, r) for r in roles)) or "nothing"
            if curated.touches(bloc, state, year):
                overridden[ioname] += 1
                overridden_codes[code or "empty"] += 1
                kind = "overridden by curated data" + ("" if not roles else f", yet COW {got}")
            elif code in ("1", "2", "3") or (code == "-9" and st.in_system(year)):
                want = NOTATION[ROLE[code]]
                kind = "agree" if roles == [ROLE[code]] else f"code {code}: want {want}, got {got}"
            elif code == "0":
                kind = "agree" if not roles else f"code 0: want nothing, got {got}"
            else:
                what = "-9 outside the state system" if code == "-9" else f"code {code or 'empty'}"
                kind = f"ignored ({what})" + ("" if not roles else f", yet got {got}")
            if kind != "agree" and siblings[column] and roles:
                # one state, two COW columns (GMY + GFR = DEU): the importer merged the cells
                other = [(c, row[col[c]]) for c in siblings[column]]
                if any(roles == [ROLE.get(v)] for _, v in other):
                    kind = (
                        f"merged: {column} {code or 'empty'} + "
                        + ", ".join(f"{c} {v or 'empty'}" for c, v in other)
                        + f" -> {st.segment} {got}"
                    )
            outcome[kind] += 1
            if kind != "agree" and kind not in examples:
                examples[kind] = (ioname, column, year, code)

    total = sum(outcome.values())
    ignored = sum(n for k, n in outcome.items() if k.startswith("ignored") and "yet" not in k)
    merged = sum(n for k, n in outcome.items() if k.startswith("merged"))
    overridden_total = sum(overridden.values())
    checked = total - ignored - overridden_total - merged
    agree = outcome["agree"]
    print(f"COW IGO v3 cells: {total:,} ({len(rows):,} IGO-years x {len(columns)} states)")
    print(f"file: {nt}")
    print(
        f"cells with a claim checked: {checked:,}; agree: {agree:,} = {100 * agree / checked:.4f} %"
    )
    print(f"ignored cells (-1 / empty / -9 outside the state system): {ignored:,}")
    print(f"cells of one state in two COW columns, merged (GMY + GFR = DEU): {merged:,}")
    print(
        f"overridden by curated data: {overridden_total:,} "
        f"(codes: {dict(sorted(overridden_codes.items()))})"
    )
    print()
    print("kinds (count, first example ioname/column/year/code):")
    for kind, n in sorted(outcome.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:>10,}  {kind}  {examples.get(kind, '')}")
    print()
    print("overridden by curated data, per bloc:")
    for ioname, n in sorted(overridden.items()):
        print(f"  {n:>10,}  {ioname}")
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
