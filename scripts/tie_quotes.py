"""Rewrite the hand-written data so that each quote sits on a citation of the source it quotes.

    python scripts/tie_quotes.py [--check]

Run once (issue 11, "Sources per fact") to convert ``data/`` from

    <fact> prov:wasDerivedFrom <source/a>, <source/b> ;
        bg:quote "q1", "q2" .

to PROV-O's qualified form, one citation per (fact, source):

    <fact> prov:wasDerivedFrom <source/a>, <source/b> ;
        prov:qualifiedDerivation <citation/FACT/a>, <citation/FACT/b> .
    <citation/FACT/a> a bg:Citation, prov:Derivation ;
        prov:entity <source/a> ;
        bg:quote "q1" .

where FACT is the fact's IRI below ``https://w3id.org/blocgraph/id/`` and ``a`` the source's
slug (its IRI below ``id/source/``). It is kept in the repository because it documents how
every existing quote was paired with its source, and because it is idempotent: run on converted
data it changes nothing. ``--check`` only reports what it would do.

A quote is tied to a source only where that is established:

* the fact has one source: each of its quotes is that source's;
* the fact has several sources: a quote is tied to a source whose own quoted text elsewhere in
  the data (a quote of a fact citing that source alone, or already tied to it) contains it
  verbatim. Nothing else (not the order of the sources, not elimination): a quote that cannot
  be paired stays on the fact as an untied ``bg:quote``, and the SHACL warning
  ``bgsh:UntiedQuoteShape`` reports it.

Run on converted data, it ties the quotes still untied that can now be paired (a row added to
the verified file, say): each moves from the fact to the end of its source's citation.

The COW import (``data/cow/``, generated) is left in the short form: its facts have one source
each, so their quotes are unambiguous (see data/README.md).

The text of each file is edited in place, keeping its comments and layout: in every block the
``bg:quote`` statement (always the block's last, checked) is replaced, and the citations follow
the block. The result is parsed again and compared, quote by quote, with the input.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from blocgraph.namespaces import BG, ID, PROV

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
QUOTE = URIRef(BG + "quote")
DERIVED_FROM = URIRef(PROV + "wasDerivedFrom")
QUALIFIED = URIRef(PROV + "qualifiedDerivation")
ENTITY = URIRef(PROV + "entity")

VERIFIED = Path(__file__).with_name("tie_quotes_verified.tsv")
STRING = r'"(?:[^"\\\n]|\\.)*"'
QUOTE_STATEMENT = re.compile(rf"^    bg:quote ((?:{STRING}\s*,\s*)*{STRING})\s*\.\s*$", re.S)
STRING_TOKEN = re.compile(STRING)


def curated_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*.ttl") if "cow" not in p.relative_to(DATA).parts)


def citation_iri(fact: str, source: str) -> str:
    """The relative IRI of the citation of ``source`` by ``fact`` (both absolute IRIs)."""
    if not (fact.startswith(ID) and source.startswith(ID + "source/")):
        raise SystemExit(f"cannot name a citation of {source} by {fact}")
    return f"citation/{fact.removeprefix(ID)}/{source.removeprefix(ID + 'source/')}"


def _unescape(token: str) -> str:
    g = Graph().parse(data=f"<x:s> <x:p> {token} .", format="turtle")
    return str(next(iter(g.objects())))


def quote_blocks(path: Path) -> list[dict]:
    """The blocks of a file that carry a ``bg:quote`` statement, each parsed on its own.

    A fact may be stated in several blocks, in several files (an SCO membership in
    memberships.ttl and again, with the seed report as its source, in seed-report-2020-02.ttl):
    each block names the source its quotes come from, so pairing is done block by block.
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    header = "\n".join(line for line in lines if line.startswith("@"))
    blocks, start, i = [], None, 0
    while i < len(lines):
        if lines[i].startswith("<"):
            start = i
        if not lines[i].startswith("    bg:quote ") or start is None:
            i += 1
            continue
        # the statement runs to the line that ends the block (or, converted, to its ;)
        j = _statement_end(lines, i)
        statement = "\n".join(lines[i : j + 1])
        if statement.rstrip().endswith(";"):
            # An untied quote of a block already converted (prov:qualifiedDerivation follows).
            i = j + 1
            continue
        match = QUOTE_STATEMENT.match(statement)
        block = Graph().parse(data=header + "\n" + "\n".join(lines[start : j + 1]), format="turtle")
        subjects = set(block.subjects(QUOTE, None))
        if not match or len(subjects) != 1:
            raise SystemExit(f"{path}:{i + 1}: not a block-ending bg:quote statement")
        subject = next(iter(subjects))
        tokens = STRING_TOKEN.findall(match[1])
        if {Literal(_unescape(t)) for t in tokens} != set(block.objects(subject, QUOTE)):
            raise SystemExit(f"{path}:{i + 1}: the quotes read are not {subject}'s")
        blocks.append(
            {
                "lines": (i, j),
                "fact": str(subject),
                "tokens": tokens,
                "values": [_unescape(t) for t in tokens],
                "sources": sorted(str(s) for s in block.objects(subject, DERIVED_FROM)),
                "converted": (subject, QUALIFIED, None) in block
                or str(subject).startswith(ID + "citation/"),
            }
        )
        i = j + 1
    return blocks


def known_text(blocks: list[dict], graph: Graph) -> dict[str, list[str]]:
    """Per source, the quotes the data already ties to it (blocks naming that source alone,
    citations)."""
    text: dict[str, list[str]] = defaultdict(list)
    for block in blocks:
        if len(block["sources"]) == 1 and not block["converted"]:
            text[block["sources"][0]] += block["values"]
    for citation, source in graph.subject_objects(ENTITY):
        text[str(source)] += [str(q) for q in graph.objects(citation, QUOTE)]
    return text


def verified_pairs(path: Path) -> dict[str, list[str]]:
    """Quotes found on their source's page (``search`` tool, corpus ``pages``), from the TSV
    file: source slug, where it was found, the quote as written in the data."""
    text: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, _evidence, quote = line.split("\t")
        text[ID + "source/" + slug].append(quote)
    return text


def pair(quote: str, sources: list[str], text: dict[str, list[str]]) -> list[str]:
    """The sources among ``sources`` whose known quoted text contains ``quote`` verbatim."""
    return [s for s in sources if any(quote in known for known in text.get(s, ()))]


def _list(tokens: list[str]) -> str:
    return ",\n        ".join(tokens)


def convert_file(
    path: Path, blocks: list[dict], graph: Graph, text: dict[str, list[str]], counts: dict
) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    i = 0
    for block in blocks:
        first, last = block["lines"]
        out += lines[i:first]
        i = last + 1
        if block["converted"]:
            out += lines[first : last + 1]
            continue
        fact = block["fact"]
        # A block without its own prov:wasDerivedFrom: the fact's sources stated elsewhere.
        sources = block["sources"] or sorted(
            str(s) for s in graph.objects(URIRef(fact), DERIVED_FROM)
        )
        if not sources:
            raise SystemExit(f"{path}:{first + 1}: {fact} has quotes but no source")
        tied: dict[str, list[str]] = {s: [] for s in sources}
        untied: list[str] = []
        for token, value in zip(block["tokens"], block["values"], strict=True):
            owners = sources if len(sources) == 1 else pair(value, sources, text)
            for owner in owners:
                tied[owner].append(token)
            if owners:
                counts["tied"] += 1
                counts["tied-single" if len(sources) == 1 else "tied-by-text"] += 1
            else:
                untied.append(token)
                counts["untied"] += 1
        citations = {s: citation_iri(fact, s) for s in sources}
        if untied:
            out.append(f"    bg:quote {_list(untied)} ;")
        refs = ",\n        ".join(f"<{c}>" for c in citations.values())
        out.append(f"    prov:qualifiedDerivation {refs} .")
        for source, iri in citations.items():
            head = f"<{iri}> a bg:Citation, prov:Derivation ;"
            entity = f"    prov:entity <source/{source.removeprefix(ID + 'source/')}>"
            if tied[source]:
                out += [head, entity + " ;", f"    bg:quote {_list(tied[source])} ."]
            else:
                out += [head, entity + " ."]
            counts["citations"] += 1
        counts["blocks"] += 1
        counts["multi-source blocks" if len(sources) > 1 else "single-source blocks"] += 1
    out += lines[i:]
    return "\n".join(out)


STATEMENT_END = re.compile(r'(\s|")[.;]$')


def _statement_end(lines: list[str], i: int) -> int:
    """The line that ends the statement starting at line ``i`` (its last ``.`` or ``;``)."""
    while not STATEMENT_END.search(lines[i].rstrip()):
        i += 1
    return i


def tie_untied(path: Path, body: str, text: dict[str, list[str]], counts: dict) -> str:
    """Move the untied quotes of converted blocks that can now be paired onto their citations.

    A converted block keeps a quote it could not pair as ``bg:quote … ;`` before its
    ``prov:qualifiedDerivation``; once the quote is established as a source's (a row of the
    verified file, or text tied since), it goes to the end of that source's citation block (a
    ``bg:quote`` statement is added where the citation had none) and leaves the fact.
    """
    lines = body.split("\n")
    header = "\n".join(line for line in lines if line.startswith("@"))
    edits: list[tuple[int, int, list[str]]] = []  # (first, last, replacement), disjoint ranges
    additions: dict[str, list[str]] = defaultdict(list)  # citation IRI -> tokens to add
    start, i = None, 0
    while i < len(lines):
        if lines[i].startswith("<"):
            start = i
        if not lines[i].startswith("    bg:quote ") or start is None:
            i += 1
            continue
        j = _statement_end(lines, i)
        if not lines[j].rstrip().endswith(";") or lines[start].startswith("<citation/"):
            i = j + 1
            continue
        end = j
        while not lines[end].rstrip().endswith(" ."):
            end = _statement_end(lines, end + 1)
        text_of_block = header + "\n" + "\n".join(lines[start : end + 1])
        block = Graph().parse(data=text_of_block, format="turtle")
        subjects = set(block.subjects(QUOTE, None))
        match = QUOTE_STATEMENT.match("\n".join(lines[i : j + 1]).rstrip()[:-1] + ".")
        if not match or len(subjects) != 1:
            raise SystemExit(f"{path}:{i + 1}: not an untied bg:quote statement")
        fact = next(iter(subjects))
        sources = sorted(str(s) for s in block.objects(fact, DERIVED_FROM))
        untied = []
        for token in STRING_TOKEN.findall(match[1]):
            owners = pair(_unescape(token), sources, text)
            for owner in owners:
                additions[citation_iri(str(fact), owner)].append(token)
            if owners:
                counts["tied-untied"] += 1
            else:
                untied.append(token)
        if len(untied) < len(STRING_TOKEN.findall(match[1])):
            edits.append((i, j, [f"    bg:quote {_list(untied)} ;"] if untied else []))
        i = end + 1
    for iri, tokens in additions.items():
        heads = [n for n, line in enumerate(lines) if line.startswith(f"<{iri}> a bg:Citation")]
        if len(heads) != 1:
            raise SystemExit(f"{path}: no single citation block <{iri}>")
        first = heads[0]
        last = first
        while not lines[last].rstrip().endswith(" ."):
            last = _statement_end(lines, last + 1)
        quoting = [n for n in range(first, last + 1) if lines[n].startswith("    bg:quote ")]
        quote_line = quoting[0] if quoting else None
        if quote_line is not None:  # the citation's quotes are its last statement: extend them
            if any(re.match(r"    \S", line) for line in lines[quote_line + 1 : last + 1]):
                raise SystemExit(
                    f"{path}:{quote_line + 1}: bg:quote is not <{iri}>'s last statement"
                )
            have = set(STRING_TOKEN.findall("\n".join(lines[quote_line : last + 1])))
            tokens = [t for t in dict.fromkeys(tokens) if t not in have]
            replacement = lines[first:last] + [lines[last].rstrip()[:-2] + ","] if tokens else None
            if replacement:
                replacement += [f"        {_list(tokens)} ."]
        else:
            tokens = list(dict.fromkeys(tokens))
            replacement = lines[first:last] + [lines[last].rstrip()[:-2] + " ;"]
            replacement += [f"    bg:quote {_list(tokens)} ."]
        if replacement:
            edits.append((first, last, replacement))
    for first, last, replacement in sorted(edits, reverse=True):
        lines[first : last + 1] = replacement
    return "\n".join(lines)


def quotes_by_fact(graph: Graph) -> dict:
    """(fact, quote) pairs, a citation's quotes counted for the fact that cites it."""
    pairs = {
        (s, q) for s, q in graph.subject_objects(QUOTE) if not str(s).startswith(ID + "citation/")
    }
    for fact, citation in graph.subject_objects(QUALIFIED):
        pairs |= {(fact, q) for q in graph.objects(citation, QUOTE)}
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    parser.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="SLUG=FILE",
        help="a local copy of a source's text (e.g. the seed report's): quotes in it are its",
    )
    args = parser.parse_args(argv)
    files = curated_files()
    graph = Graph()
    for p in files:
        graph.parse(p, format="turtle")
    before = quotes_by_fact(graph)
    blocks = {p: quote_blocks(p) for p in files}
    # A quote tied by text is contained in text already known, so tying it adds nothing that
    # could tie another: one pass over the text as read is the fixpoint.
    text = known_text([b for bs in blocks.values() for b in bs], graph)
    for slug, quotes in verified_pairs(VERIFIED).items():
        text[slug] += quotes
    for item in args.text:
        slug, _, file = item.partition("=")
        text[ID + "source/" + slug].append(Path(file).read_text(encoding="utf-8"))
    counts: dict = defaultdict(int)
    converted = {p: convert_file(p, blocks[p], graph, text, counts) for p in files}
    converted = {p: tie_untied(p, body, text, counts) for p, body in converted.items()}
    after = Graph()
    for body in converted.values():
        after.parse(data=body, format="turtle", publicID=ID)
    if quotes_by_fact(after) != before:
        lost = before - quotes_by_fact(after)
        raise SystemExit(f"conversion would change quotes: {sorted(lost)[:5]}")
    keys = ("blocks", "single-source blocks", "multi-source blocks", "citations")
    for key in (*keys, "tied", "tied-single", "tied-by-text", "untied", "tied-untied"):
        print(f"{key:>14}: {counts[key]}")
    if not args.check:
        for p, body in converted.items():
            if body != p.read_text(encoding="utf-8"):
                tmp = p.with_suffix(".ttl.tmp")
                tmp.write_text(body, encoding="utf-8")
                tmp.replace(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
