"""A synthetic knowledge base N times the size of the shipped one, for benchmarks/lookup.py.

    python benchmarks/generate.py OUT --scale 10 [--seed 1]

OUT becomes a resources folder that ``BLOCGRAPH_RESOURCES=OUT`` points blocgraph at: copies of
``ontology/``, ``queries/`` and ``data/`` (so every lookup of the shipped data still answers the
same), plus ``data/synthetic/part-NNN.nt``: SCALE - 1 replicas of the shipped data's shapes,
each about as many triples as the shipped data (~420k), so the whole is about SCALE times it.

A replica has its own 250 states and 540 blocs (labels, other names, codes, founding dates),
36,000 memberships (consecutive observer -> member -> ... intervals dated by year, month or
day as the sources do, half of them still current), two bodies for each of 40 blocs, a meeting
of each body every year 2006-2024 with a host, dates and status, and about ten participations
per meeting (member, observer and guest capacities; some absences). Five percent of the
memberships go to real states (state/IND, state/BLR, ...), so the lookups of a real state and
of a pair of them grow with the scale as they would with more blocs; the shipped blocs (SCO
...) keep their size. Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

from blocgraph import paths
from blocgraph.namespaces import BG, ID, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

STATES, BLOCS, MEMBERSHIPS = 250, 540, 36_000
MEETING_BLOCS, BODIES, YEARS = 40, 2, range(2006, 2025)
PARTICIPANTS = 10
REAL_STATE_SHARE = 0.05

SOURCE = f"<{ID}source/synthetic>"
STATUSES = ("member", "observer", "associate-member", "dialogue-partner")


def iri(path: str) -> str:
    return f"<{ID}{path}>"


def lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    body = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if lang:
        return f"{body}@{lang}"
    return f"{body}^^<{datatype}>" if datatype else body


def date_literal(rng: random.Random, year: int, month: int, day: int) -> str:
    """A start or end as sources give it: a year (70%), a month (10%) or a day (20%)."""
    roll = rng.random()
    if roll < 0.7:
        return lit(f"{year:04d}", datatype=XSD + "gYear")
    if roll < 0.8:
        return lit(f"{year:04d}-{month:02d}", datatype=XSD + "gYearMonth")
    return lit(f"{year:04d}-{month:02d}-{day:02d}", datatype=XSD + "date")


def replica(number: int, rng: random.Random, real_states: list[str], out) -> int:
    """Write replica ``number`` as N-Triples to ``out``; returns its triple count."""
    tag = f"X{number:03d}"
    lines: list[str] = []

    def t(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {p} {o} .\n")

    states = []
    for n in range(STATES):
        code = f"{tag}S{n:03d}"
        s = iri(f"state/{code}")
        states.append((s, code))
        t(s, f"<{RDF}type>", f"<{BG}State>")
        t(s, f"<{RDFS}label>", lit(f"Synthland {number}-{n}", "en"))
        if n % 3 == 0:
            t(s, f"<{SKOS}altLabel>", lit(f"Republic of Synthland {number}-{n}", "en"))
        t(s, f"<{BG}iso3>", lit(code))
        t(s, f"<{BG}iso2>", lit(f"{tag}{n:03d}"))
    blocs = []
    for n in range(BLOCS):
        code = f"{tag}B{n:03d}"
        b = iri(f"bloc/{code}")
        blocs.append((b, code))
        t(b, f"<{RDF}type>", f"<{BG}Bloc>")
        t(b, f"<{RDFS}label>", lit(f"Synthetic Organisation {number}-{n}", "en"))
        t(b, f"<{SKOS}altLabel>", lit(f"SO {number}-{n}", "en"))
        t(b, f"<{SKOS}altLabel>", lit(f"Synthetic Org. {number}/{n}", "en"))
        t(b, f"<{BG}shortName>", lit(code))
        t(b, f"<{BG}foundingDate>", lit(str(rng.randint(1900, 2000)), datatype=XSD + "gYear"))
        t(b, f"<{PROV}wasDerivedFrom>", SOURCE)

    # Memberships: per bloc a share of the states, each with a run of consecutive statuses.
    members_of: dict[str, list[tuple[str, str, int, int | None]]] = {}
    made = 0
    while made < MEMBERSHIPS:
        b, bcode = blocs[rng.randrange(BLOCS)]
        if rng.random() < REAL_STATE_SHARE:
            s = rng.choice(real_states)
            scode = s.rsplit("/", 1)[1].rstrip(">")
        else:
            s, scode = states[rng.randrange(STATES)]
        year = rng.randint(1950, 2015)
        for step in range(rng.choice((1, 1, 2, 3))):
            status = STATUSES[1] if step == 0 and rng.random() < 0.3 else STATUSES[rng.randrange(4)]
            start = (year, rng.randint(1, 12), rng.randint(1, 28))
            end_year = year + rng.randint(1, 15)
            current = end_year > 2024 or rng.random() < 0.35
            m = iri(f"membership/{bcode}/{scode}/{status}/{year}-{made}")
            t(m, f"<{RDF}type>", f"<{BG}Membership>")
            t(m, f"<{ORG}member>", s)
            t(m, f"<{ORG}organization>", b)
            t(m, f"<{ORG}role>", iri(f"status/{status}"))
            t(m, f"<{SCHEMA}startDate>", date_literal(rng, *start))
            if not current:
                t(m, f"<{SCHEMA}endDate>", date_literal(rng, end_year - 1, 12, 28))
            t(m, f"<{PROV}wasDerivedFrom>", SOURCE)
            t(m, f"<{BG}quote>", lit(f"{scode} joined {bcode} as {status} in {year}"))
            members_of.setdefault(b, []).append((s, status, year, None if current else end_year))
            made += 1
            if current:
                break
            year = end_year

    # Bodies, meetings and participations for some of the blocs.
    for b, bcode in rng.sample(blocs, MEETING_BLOCS):
        pool = members_of.get(b) or [(states[0][0], "member", 1950, None)]
        for k in range(BODIES):
            body = iri(f"body/{bcode}/council-{k}")
            t(body, f"<{RDF}type>", f"<{BG}Body>")
            t(body, f"<{RDFS}label>", lit(f"Council {k} of {bcode}", "en"))
            t(body, f"<{ORG}unitOf>", b)
            for ordinal, year in enumerate(YEARS, 1):
                mid = f"{bcode}/c{k}-{year}"
                meeting = iri(f"meeting/{mid}")
                month, day = rng.randint(1, 12), rng.randint(1, 27)
                t(meeting, f"<{RDF}type>", f"<{BG}Meeting>")
                t(
                    meeting,
                    f"<{RDFS}label>",
                    lit(f"Meeting {ordinal} of council {k} of {bcode}", "en"),
                )
                t(meeting, f"<{BG}body>", body)
                t(meeting, f"<{BG}ordinal>", lit(str(ordinal), datatype=XSD + "integer"))
                t(meeting, f"<{BG}host>", rng.choice(pool)[0])
                t(
                    meeting,
                    f"<{SCHEMA}startDate>",
                    lit(f"{year}-{month:02d}-{day:02d}", datatype=XSD + "date"),
                )
                if rng.random() < 0.9:
                    end = f"{year}-{month:02d}-{day + 1:02d}"
                    t(meeting, f"<{SCHEMA}endDate>", lit(end, datatype=XSD + "date"))
                t(meeting, f"<{BG}meetingStatus>", iri("meeting-status/held"))
                t(meeting, f"<{PROV}wasDerivedFrom>", SOURCE)
                t(meeting, f"<{BG}quote>", lit(f"The council met in {year}."))
                current = {
                    p[0]: p[1] for p in pool if p[2] <= year and (p[3] is None or p[3] > year)
                }
                chosen = rng.sample(sorted(current), min(PARTICIPANTS, len(current)))
                for s, status in ((s, current[s]) for s in chosen):
                    part = iri(f"participation/{mid}/{s.rsplit('/', 1)[1].rstrip('>')}")
                    capacity = status if status in ("member", "observer") else "guest"
                    attendance = "attended" if rng.random() < 0.9 else "absent"
                    t(part, f"<{RDF}type>", f"<{BG}Participation>")
                    t(part, f"<{BG}meeting>", meeting)
                    t(part, f"<{BG}participant>", s)
                    t(part, f"<{BG}capacity>", iri(f"capacity/{capacity}"))
                    t(part, f"<{BG}attendance>", iri(f"attendance/{attendance}"))
                    t(part, f"<{PROV}wasDerivedFrom>", SOURCE)
                    t(part, f"<{BG}quote>", lit(f"{s} took part as {capacity}."))
    out.write("".join(lines))
    return len(lines)


def real_state_iris() -> list[str]:
    """The states of the shipped data (state/ABW ... state/ZWE)."""
    text = (paths.data_dir() / "states.ttl").read_text(encoding="utf-8")
    codes = sorted(
        {
            line.split("/", 1)[1].split(">", 1)[0]
            for line in text.splitlines()
            if line.startswith("<state/")
        }
    )
    return [iri(f"state/{code}") for code in codes]


def generate(out: Path, scale: int, seed: int = 1) -> int:
    """Write the resources folder; returns the number of synthetic triples."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    if out.exists():
        shutil.rmtree(out)
    for folder in (paths.ontology_dir(), paths.queries_dir(), paths.data_dir()):
        shutil.copytree(folder, out / folder.name)
    synthetic = out / "data" / "synthetic"
    synthetic.mkdir()
    real = real_state_iris()
    total = 0
    with (synthetic / "README.md").open("w", encoding="utf-8") as readme:
        readme.write(f"Generated by benchmarks/generate.py --scale {scale} --seed {seed}.\n")
    for number in range(1, scale):
        rng = random.Random(seed * 1_000_003 + number)
        with (synthetic / f"part-{number:03d}.nt").open("w", encoding="utf-8") as stream:
            total += replica(number, rng, real, stream)
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the resources folder to (re)create")
    parser.add_argument("--scale", type=int, required=True, help="times the shipped data (>= 1)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    n = generate(args.out, args.scale, args.seed)
    print(
        f"{args.out}: shipped data + {n} synthetic triples in {args.scale - 1} replica(s) "
        f"({time.perf_counter() - started:.1f} s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
