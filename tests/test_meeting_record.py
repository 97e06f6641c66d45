"""Issue 9: the meeting record. Every meeting's quotes state its date and its place, so a
reader can check both against the source; and the record is as large as the issue asks.

Checked on every meeting, not a sample: the year of the first day appears in a quote (or the
source quoted is dated that year: a news report of 23 October 2024 saying "in Kazan on October
22-24"), and the place's or the host's name, in any of its labels, appears in a quote (accents
and case aside). A meeting held by video has no place to name. A Russian or Arabic quote names
the place in its own grammar ("в Москве", "بالرياض"): the forms the extractor reads
(blocgraph.extract.languages) count too."""

from __future__ import annotations

import functools
import unicodedata

import pytest

from blocgraph.extract import cjk, languages
from blocgraph.lookups import run_query

PREFIXES = """
PREFIX bg: <https://w3id.org/blocgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

MEETINGS = (
    PREFIXES
    + """
SELECT ?meeting ?start ?format (SAMPLE(?hostState) AS ?host)
  (GROUP_CONCAT(DISTINCT ?quote; SEPARATOR=" | ") AS ?quotes)
  (GROUP_CONCAT(DISTINCT STR(?sourceDate); SEPARATOR="|") AS ?sourceDates)
  (GROUP_CONCAT(DISTINCT ?name; SEPARATOR="|") AS ?names)
WHERE {
  ?meeting a bg:Meeting ; schema:startDate ?start .
  # the quotes tied to a source (on the meeting's citations) and those on the meeting itself
  { ?meeting prov:qualifiedDerivation/bg:quote ?quote } UNION { ?meeting bg:quote ?quote }
  OPTIONAL { ?meeting bg:format ?format }
  OPTIONAL { ?meeting bg:host ?hostState }
  OPTIONAL { ?meeting prov:wasDerivedFrom/dcterms:date ?sourceDate }
  OPTIONAL {
    { ?meeting schema:location/rdfs:label ?name } UNION
    { ?meeting schema:location/skos:altLabel ?name } UNION
    { ?meeting bg:host/rdfs:label ?name } UNION
    { ?meeting bg:host/skos:altLabel ?name }
  }
} GROUP BY ?meeting ?start ?format
"""
)

VIDEO = "https://w3id.org/blocgraph/id/meeting-format/video-conference"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.cache
def _state_forms(iso3: str) -> tuple[str, ...]:
    # the Russian and Arabic names, and the Chinese and Japanese ones ("マレーシア")
    names = [*languages.state_names({iso3}), *cjk.state_names()]
    return tuple(form for form, of in names if of == iso3)


def place_forms(names: list[str], host: str | None = None) -> set[str]:
    """The folded forms a quote may name a meeting's place or host by: each label as written, a
    Russian label in its six cases and an Arabic one with its prefixes ("Москва": "Москве"),
    the Russian and Arabic names the extractor knows for an English place label ("Moscow":
    "в Москве"), and the host state's Russian, Arabic, Chinese and Japanese names (``host``
    its IRI or ISO3).
    The extractor's tables are reused, not copied, so the check reads what it reads."""
    forms = set(names)
    for name in names:
        forms.update(languages.all_forms(name))
        for native, (_iso3, english) in languages.PLACES.items():
            if _fold(english) == _fold(name):
                forms.update(languages.all_forms(native))
        # the city in Western European languages ("Bruxelles", "Brussel"): the extractor's
        # table of exonyms, as for the Russian and Arabic names above
        forms.update(
            n for n, english in languages.ENGLISH_CITY.items() if _fold(english) == _fold(name)
        )
    if host:
        iso3 = host.rsplit("/", 1)[-1]
        forms.update(_state_forms(iso3))
    return {_fold(form) for form in forms if form}


def _select(store, query: str):
    return store.select(query)[1]


@pytest.fixture(scope="module")
def meetings(store):
    rows = _select(store, MEETINGS)
    assert len(rows) >= 400
    return rows


def test_every_meeting_quotes_its_year(meetings):
    missing = []
    for row in meetings:
        year = str(row["start"])[:4]
        quotes = str(row["quotes"])
        dated = {d[:4] for d in str(row["sourceDates"] or "").split("|") if d}
        if year not in quotes and year not in dated:
            missing.append(f"{row['meeting']}: {year} not in {quotes[:120]!r}")
    assert not missing, "\n".join(missing)


def test_every_meeting_quotes_its_place_or_host(meetings):
    missing = []
    for row in meetings:
        names = [_fold(n) for n in str(row["names"] or "").split("|") if n]
        if not names or (row["format"] is not None and str(row["format"]) == VIDEO):
            continue
        quotes = _fold(str(row["quotes"]))
        host = str(row["host"]) if row["host"] is not None else None
        if not any(form in quotes for form in place_forms(names, host)):
            missing.append(f"{row['meeting']}: none of {names[:4]} in {quotes[:120]!r}")
    assert not missing, "\n".join(missing)


def test_place_forms_read_a_declined_place_and_nothing_else():
    forms = place_forms(["Moscow", "Москва"], "https://w3id.org/blocgraph/id/state/RUS")
    quote = _fold("совместного заседания ОДКБ, прошедшего сегодня в Москве, сообщил Лавров")
    assert any(form in quote for form in forms)
    # an English label alone finds its Russian forms in the extractor's table of places
    assert any(form in quote for form in place_forms(["Moscow"]))
    # the host state in Russian, declined
    assert any(form in _fold("переговоры в России") for form in place_forms([], "state/RUS"))
    assert "riyadh" in place_forms(["Riyadh"]) and _fold("بالرياض") in place_forms(["Riyadh"])
    assert {"bruxelles", "brussel"} <= place_forms(["Brussels"])
    # a quote naming another place and another state fails
    other = _fold("заседание прошло в Минске, в Белоруссии")
    assert not any(form in other for form in forms)
    assert not any(form in _fold("held in Minsk") for form in place_forms(["Moscow"], "RUS"))


def test_most_meetings_have_a_place_or_host(meetings):
    with_place = sum(1 for row in meetings if row["names"])
    assert with_place / len(meetings) > 0.9, f"{with_place} of {len(meetings)}"


def test_the_record_is_as_large_as_issue_9_asks(store):
    rows = run_query(store, "record-counts", {}).rows
    assert sum(int(r["meetings"]) for r in rows) >= 500
    assert sum(int(r["participations"] or 0) for r in rows) >= 2500
    blocs = {str(r["bloc_id"]) for r in rows}
    curated = {"SCO", "BRICS", "G7", "G20", "ASEAN", "NATO", "AU", "EU", "CSTO", "EAEU"}
    assert curated | {"CIS", "SAARC", "GCC", "OAS", "Mercosur", "OPEC"} <= blocs


def test_the_counts_in_data_readme_are_current(store):
    """The per-bloc table in data/README.md is what `blocgraph query record-counts` says."""
    from blocgraph import paths

    text = (paths.data_dir() / "README.md").read_text(encoding="utf-8")
    table = text.split("## The meeting record, counted", 1)[1]
    documented = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 9 and cells[1].isdigit() and cells[0] != "all":
            documented[cells[0]] = [int(c) for c in cells[1:]]
    columns = ["meetings", "participations", "attended", "absent", "invited", "non_member"]
    columns += ["collective", "sources"]
    actual = {
        str(r["bloc_id"]): [int(r.get(c) or 0) for c in columns]
        for r in run_query(store, "record-counts", {}).rows
    }
    assert documented == actual, (
        "data/README.md: update the table with `python scripts/record_counts_table.py`"
    )
