"""Count the quotes still to be worked on in the hand-written data (issue 11, "Sources per fact").

    python scripts/quote_report.py [--untied FILE.tsv] [--long FILE.tsv] [--words N]

Prints, per file and per bloc, the untied quotes (a ``bg:quote`` on a fact with several
sources, on none of their citations: ``bgsh:UntiedQuoteShape``'s warnings) and the tied quotes
longer than N words (40, data/README.md's standard). ``--untied`` and ``--long`` write the
quotes themselves, one per line, with the fact, its sources and their URLs: the work list.

The bloc is read from the fact's IRI (``meeting/ASEAN/…``, ``membership/SCO/…``), so a fact
stated in another bloc's file counts for its own bloc. The COW import (``data/cow/``,
generated, one source per fact) is left out, as in scripts/tie_quotes.py.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from rdflib import Graph, URIRef
from tie_quotes import DATA, DERIVED_FROM, ENTITY, QUALIFIED, QUOTE, ROOT  # scripts/ on the path

from blocgraph.namespaces import ID

URL = URIRef("https://schema.org/url")


def words(quote: str) -> int:
    return len(quote.split())


def bloc_of(fact: str) -> str:
    """``meeting/ASEAN/summit-46`` -> ASEAN, ``bloc/SCO`` -> SCO; a state's name in time
    (``name/SRB/…``) belongs to no bloc."""
    parts = fact.removeprefix(ID).split("/")
    if parts[0] == "name":
        return "(names of states)"
    return parts[1] if len(parts) > 1 else parts[0]


def collect(max_words: int) -> tuple[list[dict], list[dict]]:
    files = sorted(p for p in DATA.rglob("*.ttl") if "cow" not in p.relative_to(DATA).parts)
    graphs = {p: Graph().parse(p, format="turtle") for p in files}
    whole = Graph()
    for g in graphs.values():
        whole += g
    urls = {str(s): str(u) for s, u in whole.subject_objects(URL)}

    def sources(fact: URIRef) -> list[str]:
        slugs = (str(s).removeprefix(ID + "source/") for s in whole.objects(fact, DERIVED_FROM))
        return sorted(slugs)

    untied, long = [], []
    for path, g in graphs.items():
        rel = str(path.relative_to(ROOT))
        for subject, quote in g.subject_objects(QUOTE):
            s = str(subject)
            if s.startswith(ID + "citation/"):
                if words(str(quote)) <= max_words:
                    continue
                source = str(whole.value(subject, ENTITY))
                facts = list(whole.subjects(QUALIFIED, subject))
                fact = str(facts[0]) if facts else s
                long.append(
                    {
                        "file": rel,
                        "bloc": bloc_of(fact),
                        "fact": fact.removeprefix(ID),
                        "words": words(str(quote)),
                        "source": source.removeprefix(ID + "source/"),
                        "url": urls.get(source, ""),
                        "quote": str(quote),
                    }
                )
            elif len(set(whole.objects(subject, DERIVED_FROM))) > 1:
                srcs = sources(subject)
                untied.append(
                    {
                        "file": rel,
                        "bloc": bloc_of(s),
                        "fact": s.removeprefix(ID),
                        "words": words(str(quote)),
                        "sources": " ".join(srcs),
                        "urls": " ".join(urls.get(ID + "source/" + x, "-") for x in srcs),
                        "quote": str(quote),
                    }
                )
    long.sort(key=lambda r: -r["words"])
    return untied, long


def _table(title: str, counts: Counter) -> None:
    print(f"{title}  (total {sum(counts.values())})")
    for key, n in counts.most_common():
        print(f"  {n:5d}  {key}")


def _write(path: str, rows: list[dict]) -> None:
    if not rows:
        Path(path).write_text("", encoding="utf-8")
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=40, help="longest quote allowed (40)")
    parser.add_argument("--untied", metavar="FILE", help="write the untied quotes (TSV)")
    parser.add_argument("--long", metavar="FILE", help="write the long tied quotes (TSV)")
    args = parser.parse_args(argv)
    untied, long = collect(args.words)
    _table("untied quotes per file", Counter(r["file"] for r in untied))
    _table("untied quotes per bloc", Counter(r["bloc"] for r in untied))
    _table(f"tied quotes over {args.words} words per file", Counter(r["file"] for r in long))
    _table(f"tied quotes over {args.words} words per bloc", Counter(r["bloc"] for r in long))
    if args.untied:
        _write(args.untied, untied)
    if args.long:
        _write(args.long, long)
    return 0


if __name__ == "__main__":
    sys.exit(main())
