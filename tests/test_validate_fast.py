"""The fast validation engine (shapes compiled to SPARQL, ``blocgraph.shacl_sparql``) against
pySHACL, the reference: both must report the same results.

* every shape fixture (tests/shapes/valid and invalid), one test id per file;
* the shipped data: the fast engine on all of it (pySHACL would take hours: the overlap
  constraint runs one query per membership), both engines on each curated bloc's files and on
  a slice of the COW import;
* SHACL features our shapes do not use yet but the compiler supports (inline shapes below);
* every SHACL feature the compiler does not support raises ``UnsupportedShapeError``.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest

from blocgraph import paths
from blocgraph.shacl_sparql import (
    UnsupportedShapeError,
    Validator,
    check_prebinding,
    rewrite_for_oxigraph,
)
from blocgraph.validate import (
    data_graph,
    memory_store,
    validate_files,
    validate_graph,
    validate_store,
)

HERE = Path(__file__).parent / "shapes"
FIXTURES = sorted((HERE / "valid").glob("*.ttl")) + sorted((HERE / "invalid").glob("*.ttl"))


def _key(report) -> set[tuple]:
    """What both engines must agree on: (focus node, source shape, result path, severity)."""
    return {(v.focus, v.shape, v.path, v.severity) for v in report.violations}


def _full(report) -> Counter:
    """Every result with its value and message, counted."""
    return Counter(
        (v.focus, v.shape, v.path, v.severity, v.value, v.message) for v in report.violations
    )


def _assert_same(fast, reference) -> None:
    text = f"fast:\n{fast.as_text()}\npyshacl:\n{reference.as_text()}"
    assert _key(fast) == _key(reference), text
    assert _full(fast) == _full(reference), text
    assert fast.conforms == reference.conforms, text


def test_fixture_folders_are_not_empty():
    assert (HERE / "valid").is_dir() and (HERE / "invalid").is_dir()
    assert len(FIXTURES) >= 16


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_same_results_as_pyshacl(path):
    fast = validate_files([path], engine="fast")
    reference = validate_files([path], engine="pyshacl")
    _assert_same(fast, reference)
    warnings_only = fast.violations and all(v.severity != "Violation" for v in fast.violations)
    assert fast.conforms == (path.parent.name == "valid" or warnings_only), fast.as_text()


# ---------------------------------------------------------------------------------------
# The shipped data
# ---------------------------------------------------------------------------------------


def test_shipped_data_conforms(cli_run):
    """All of it (~420k triples, the COW import included), through the CLI's default engine."""
    result = cli_run("validate")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Conforms:"), result.output


def _curated_groups() -> list[tuple[str, list[Path]]]:
    data = paths.data_dir()
    sources = sorted((data / "sources").glob("*.ttl"))
    groups = [("sco", sorted((data / "sco").glob("*.ttl")) + sources)]
    groups += [(f"blocs/{p.stem}", [p, *sources]) for p in sorted((data / "blocs").glob("*.ttl"))]
    return groups


CURATED = _curated_groups()


def test_curated_groups_are_not_empty():
    assert len(CURATED) >= 10 and all(files for _, files in CURATED)


@pytest.mark.parametrize("files", [f for _, f in CURATED], ids=[n for n, _ in CURATED])
def test_curated_data_same_results_as_pyshacl(files):
    fast = validate_files(files, engine="fast")
    reference = validate_files(files, engine="pyshacl")
    _assert_same(fast, reference)
    assert fast.conforms, fast.as_text()


COW_IGOS = ("ACCT", "OAS")  # one with a deaddate, one a curated bloc too


def test_cow_slice_same_results_as_pyshacl(tmp_path):
    """The COW import's memberships of a few IGOs, with the states and sources they cite."""
    cow = paths.data_dir() / "cow" / "cow-igo-v3.nt.gz"
    base = "<https://w3id.org/blocgraph/id/"
    keep = tuple(
        [f"{base}membership/{igo}/" for igo in COW_IGOS]
        + [f"{base}bloc/{igo}>" for igo in COW_IGOS]
        + [f"{base}source/", f"{base}state/"]
    )
    with gzip.open(cow, "rt", encoding="utf-8") as stream:
        lines = [line for line in stream if line.startswith(keep)]
    assert len(lines) > 500
    sample = tmp_path / "cow-slice.nt"
    sample.write_text("".join(lines), encoding="utf-8")
    files = [sample, *sorted((paths.data_dir() / "sources").glob("*.ttl"))]
    files += sorted((paths.data_dir() / "blocs").glob("OAS.ttl"))
    fast = validate_files(files, engine="fast")
    reference = validate_files(files, engine="pyshacl")
    _assert_same(fast, reference)


# ---------------------------------------------------------------------------------------
# Features the compiler supports beyond what our shapes use today, and severities
# ---------------------------------------------------------------------------------------

PREFIXES = """
@prefix ex:   <http://example.org/> .
@prefix exs:  <http://example.org/shapes#> .
@prefix sh:   <http://www.w3.org/ns/shacl#> .
@prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
"""

FEATURE_SHAPES = (
    PREFIXES
    + """
exs:Prefixes sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .

exs:ThingShape a sh:NodeShape ;
    sh:targetClass ex:Thing ;
    sh:property exs:date, exs:code, exs:label, exs:n, exs:tag, exs:kind, exs:part, exs:unique,
        exs:either, exs:missing, exs:none ;
    sh:sparql exs:noSelfLink .
exs:date a sh:PropertyShape ; sh:path ex:date ; sh:datatype xsd:date ;
    sh:message "dates are xsd:date" .
exs:code a sh:PropertyShape ; sh:path ex:code ; sh:pattern "^ab" ; sh:flags "i" ;
    sh:message "codes start with ab" .
exs:label a sh:PropertyShape ; sh:path ex:label ; sh:languageIn ( "en" "de" ) ;
    sh:message "labels in English or German" .
exs:unique a sh:PropertyShape ; sh:path ex:label ; sh:uniqueLang true ;
    sh:message "one label per language" .
exs:n a sh:PropertyShape ; sh:path ex:n ; sh:minInclusive 1 ; sh:maxCount 2 ;
    sh:message "n >= 1, at most two" .
exs:tag a sh:PropertyShape ; sh:path ex:tag ; sh:minCount 2 ; sh:class ex:Tag ;
    sh:message "two or more ex:Tag tags" .
exs:kind a sh:PropertyShape ; sh:path ex:kind ; sh:hasValue ex:good ; sh:severity sh:Warning ;
    sh:message "kind should include ex:good" .
exs:part a sh:PropertyShape ; sh:path ex:part ; sh:severity sh:Info ;
    sh:node exs:PartShape ; sh:message "parts have one or two names and a tag" .
exs:PartShape a sh:NodeShape ;
    sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:maxCount 2 ] ,
        [ sh:path ex:tag ; sh:minCount 1 ; sh:class ex:Tag ] .
exs:either a sh:PropertyShape ; sh:path ex:either ;
    sh:or ( [ sh:datatype xsd:gYear ] [ sh:class ex:Tag ] [ sh:hasValue "none" ] ) ;
    sh:message "a year, a tag or none" .
exs:missing a sh:PropertyShape ; sh:path ex:required ; sh:minCount 1 ;
    sh:message "required is required" .
exs:none a sh:PropertyShape ; sh:path ex:forbidden ; sh:maxCount 0 ;
    sh:message "forbidden is forbidden" .
exs:noSelfLink a sh:SPARQLConstraint ;
    sh:message "{$this} links to itself through {?path} ({?value})" ;
    sh:prefixes exs:Prefixes ;
    sh:select \"\"\"
        SELECT $this ?path ?value WHERE {
            $this ?path ?value .
            FILTER(sameTerm($this, ?value))
            FILTER NOT EXISTS { $this ex:selfLinkAllowed true }
        }\"\"\" .

exs:TagShape a sh:NodeShape ; sh:targetClass ex:SpecialTag ; sh:class ex:Kind ;
    sh:hasValue ex:tagA ; sh:message "the only special tag is ex:tagA, a kind" .

exs:SixShape a sh:NodeShape ; sh:targetClass ex:SubThing ; sh:property exs:six .
exs:six a sh:PropertyShape ; sh:path ex:six ; sh:minCount 6 ; sh:message "six or more" .

exs:Off a sh:NodeShape ; sh:targetClass ex:Thing ; sh:deactivated true ;
    sh:property [ sh:path ex:date ; sh:minCount 5 ] .
"""
)

FEATURE_DATA = (
    PREFIXES
    + """
ex:SubThing rdfs:subClassOf ex:Thing .
ex:SpecialTag rdfs:subClassOf ex:Tag .
ex:tagA a ex:Tag .
ex:tagB a ex:SpecialTag .
ex:good a ex:Kind .

ex:ok a ex:SubThing ; ex:date "2020-02-29"^^xsd:date ; ex:code "ABC" ; ex:label "x"@en-GB ;
    ex:n 1, 2 ; ex:tag ex:tagA, ex:tagB ; ex:kind ex:good ; ex:required 1 ;
    ex:part ex:p1 ; ex:either "2001"^^xsd:gYear, ex:tagA, "none" ; ex:six 1, 2, 3, 4, 5, 6 .
ex:short a ex:SubThing ; ex:six 1, 2, 3, 4, 5 .
ex:p1 ex:name "one" ; ex:tag ex:tagA .

ex:bad a ex:Thing ; ex:date "2019-02-29"^^xsd:date, "2019-01-01", "abc"^^xsd:date ;
    ex:code "xab", ex:abc ; ex:label "y"@fr, "z"@EN, "q"@en, "plain" ;
    ex:n 0, "x"^^xsd:integer, ex:one ; ex:tag ex:tagA, "tagB" ; ex:kind ex:bad ;
    ex:part ex:p2, ex:p3 ; ex:either "2001-01"^^xsd:gYearMonth, ex:bad, "None" ;
    ex:forbidden 1 ; ex:self ex:bad .
ex:p2 ex:name "a", "b", "c" ; ex:tag "notATag" .
ex:p3 ex:name "solo" .

ex:allowed a ex:Thing ; ex:self ex:allowed ; ex:selfLinkAllowed true ; ex:required 1 ;
    ex:tag ex:tagA, ex:tagB ; ex:kind ex:good .
"""
)

WARNINGS_ONLY = (
    PREFIXES
    + """
ex:warned a ex:Thing ; ex:required 1 ; ex:tag ex:tagA, ex:tagB ; ex:kind ex:other ;
    ex:part ex:p4 .
ex:tagA a ex:Tag .
ex:tagB a ex:Tag .
ex:p4 ex:name "four" .
"""
)


def _both(tmp_path, shapes: str, data: str):
    shapes_file = tmp_path / "shapes.ttl"
    shapes_file.write_text(shapes, encoding="utf-8")
    data_file = tmp_path / "data.ttl"
    data_file.write_text(data, encoding="utf-8")
    import pyoxigraph
    from rdflib import Graph

    store = pyoxigraph.Store()
    store.load(path=str(data_file), format=pyoxigraph.RdfFormat.TURTLE)
    fast = validate_store(store, [data_file], shapes_files=[shapes_file])
    graph = Graph().parse(data_file, format="turtle")
    reference = validate_graph(graph, [data_file], shapes_files=[shapes_file])
    return fast, reference


def test_features_same_results_as_pyshacl(tmp_path):
    fast, reference = _both(tmp_path, FEATURE_SHAPES, FEATURE_DATA)
    _assert_same(fast, reference)
    assert not fast.conforms
    failed = {v.shape.rsplit("#", 1)[-1] for v in fast.violations}
    # every constraint above fails somewhere in the data, so each is compared
    assert failed == {
        "date",
        "code",
        "label",
        "unique",
        "n",
        "tag",
        "kind",
        "part",
        "either",
        "missing",
        "none",
        "six",
        "ThingShape",
        "TagShape",
    }, fast.as_text()
    assert not any(v.focus.endswith(("/ok", "/allowed")) for v in fast.violations)


def test_warnings_and_infos_leave_the_data_conforming(tmp_path):
    fast, reference = _both(tmp_path, FEATURE_SHAPES, WARNINGS_ONLY)
    _assert_same(fast, reference)
    assert {v.severity for v in fast.violations} == {"Warning", "Info"}, fast.as_text()
    assert fast.conforms and reference.conforms
    assert fast.as_text().startswith("Conforms: yes, with warnings")


# ---------------------------------------------------------------------------------------
# What the compiler refuses
# ---------------------------------------------------------------------------------------

UNSUPPORTED = {
    "sh:minLength": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:property [ sh:path ex:p ; sh:minLength 2 ] .",
    "sh:targetNode": "exs:S a sh:NodeShape ; sh:targetNode ex:a ; sh:class ex:T .",
    "sh:targetSubjectsOf": "exs:S a sh:NodeShape ; sh:targetSubjectsOf ex:p ; sh:class ex:T .",
    "sh:in": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:property [ sh:path ex:p ; sh:in ( ex:a ex:b ) ] .",
    "sh:not": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:not [ sh:class ex:U ] .",
    "sh:closed": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:closed true .",
    "sh:inversePath": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
    "property paths other than a single IRI": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .",
    "sh:rule": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:rule [ a sh:TripleRule ; sh:subject sh:this ; sh:predicate ex:p ; sh:object 1 ] .",
    "sh:ConstraintComponent": "ex:C a sh:ConstraintComponent ; sh:parameter [ sh:path ex:size ] .",
    "$this inside MINUS": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ "
    "sh:select 'SELECT $this WHERE { $this ?p ?o MINUS { $this a ?c } }' ] .",
    "a SELECT that does not project $this": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:sparql [ sh:select 'SELECT ?o WHERE { $this ?p ?o }' ] .",
    "aggregates or GROUP BY": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ "
    "sh:select 'SELECT $this WHERE { $this ?p ?o } GROUP BY $this' ] .",
    "$this in a (NOT) EXISTS where it may be unbound": "exs:S a sh:NodeShape ; "
    "sh:targetClass ex:T ; "
    "sh:sparql [ sh:select 'SELECT $this WHERE { FILTER NOT EXISTS { $this ?p ?o } }' ] .",
    "$this not bound by a triple pattern in every solution": "exs:S a sh:NodeShape ; "
    "sh:targetClass ex:T ; sh:sparql [ "
    "sh:select 'SELECT $this WHERE { { $this ?p ?o } UNION { ?s ?p ?o } }' ] .",
    "$this in an OPTIONAL whose group may leave it unbound": "exs:S a sh:NodeShape ; "
    "sh:targetClass ex:T ; sh:sparql [ sh:select 'SELECT $this WHERE { $this ?p ?o . "
    "{ ?o ?q ?r OPTIONAL { ?r ?s $this } } }' ] .",
    "$this in an expression where it may be unbound": "exs:S a sh:NodeShape ; "
    "sh:targetClass ex:T ; sh:sparql [ sh:select 'SELECT $this WHERE { $this ?p ?o . "
    "{ ?o ?q ?r FILTER(?r != $this) } }' ] .",
    "aggregates": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ sh:select "
    "'SELECT $this (COUNT(?o) AS ?n) WHERE { $this ?p ?o } GROUP BY $this' ] .",
    "LIMIT or OFFSET": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ sh:select "
    "'SELECT $this WHERE { $this ?p ?o } LIMIT 1' ] .",
    "$this in a sub-select": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ "
    "sh:select 'SELECT $this WHERE { $this ?p ?o { SELECT $this WHERE { $this ?q ?r } } }' ] .",
    "$this in VALUES": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ sh:select "
    "'SELECT $this WHERE { $this ?p ?o VALUES $this { <http://example.org/a> } }' ] .",
    "BIND(... AS $this)": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ "
    "sh:select 'SELECT $this WHERE { ?s ?p ?o BIND(?s AS $this) }' ] .",
    "the variable $currentShape": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ "
    "sh:select 'SELECT $this WHERE { $this ?p $currentShape }' ] .",
    "a SPARQL query that does not parse": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:sparql [ sh:select 'SELECT $this WHERE { $this ?p ?o ' ] .",
    "sh:sparql on a property shape": "exs:S a sh:NodeShape ; sh:targetClass ex:T ; "
    "sh:property [ sh:path ex:p ; sh:sparql [ sh:select 'SELECT $this WHERE { $this ?p ?o }' ]"
    " ] .",
}


@pytest.mark.parametrize("feature", sorted(UNSUPPORTED))
def test_unsupported_feature_raises(tmp_path, feature):
    shapes = tmp_path / "unsupported.shapes.ttl"
    shapes.write_text(PREFIXES + UNSUPPORTED[feature], encoding="utf-8")
    with pytest.raises(UnsupportedShapeError) as caught:
        Validator([shapes])
    assert feature in str(caught.value)


def test_unsupported_feature_is_a_cli_error(tmp_path, cli_run, monkeypatch):
    """An unsupported shape in the project's shapes stops validation with exit status 2."""
    shapes = tmp_path / "extra.shapes.ttl"
    shapes.write_text(PREFIXES + UNSUPPORTED["sh:minLength"], encoding="utf-8")
    monkeypatch.setattr(paths, "shapes_files", lambda: [shapes])
    result = cli_run("validate", str(FIXTURES[0]))
    assert result.exit_code == 2
    assert "sh:minLength" in result.output


# ---------------------------------------------------------------------------------------
# SPARQL constraints: pre-binding check and rewrites
# ---------------------------------------------------------------------------------------


def test_our_sparql_constraints_pass_the_prebinding_check():
    validator = Validator(paths.shapes_files())
    constraints = [c for shape in validator.shapes for c in shape.sparql]
    assert len(constraints) >= 8
    for c in constraints:
        assert "this" in check_prebinding(c.select, prefixes=c.prefixes)


# Pre-binding against running once: a small graph where focus nodes (ex:T) share values, and
# queries the check accepts (the two must give the same solutions) or refuses (on this graph,
# the two differ: the refusal is needed, not only cautious).
PREBINDING_DATA = """
@prefix ex: <http://example.org/> .
ex:a a ex:T ; ex:p ex:m, ex:n .
ex:b a ex:T ; ex:p ex:m .
ex:c a ex:T .
ex:m ex:q ex:a ; ex:r ex:z .
ex:n ex:q ex:b .
ex:z ex:p ex:m .
"""
PREBINDING_ACCEPTED = [
    "SELECT $this ?o WHERE { $this ex:p ?o FILTER(?o != $this) }",
    "SELECT $this ?o WHERE { $this ex:p ?o OPTIONAL { ?o ex:q ?x FILTER(?x != $this) } "
    "FILTER(!BOUND(?x)) }",
    "SELECT $this ?o WHERE { $this ex:p ?o FILTER NOT EXISTS { ?o ex:q $this } }",
    "SELECT $this ?o WHERE { $this ex:p ?o FILTER EXISTS { ?o ex:q ?x FILTER(?x = $this) } }",
    "SELECT $this ?s WHERE { $this ex:p ?o BIND(STR($this) AS ?s) }",
    "SELECT $this ?r WHERE { $this ex:p ?o { ?o ex:q ?r } UNION { ?o ex:r ?r } }",
    "SELECT $this ?o WHERE { $this a ex:T OPTIONAL { $this ex:p ?o } }",
    "SELECT $this ?o ?x WHERE { ?o ex:q $this . { ?o ex:r ?x } UNION { ?o ex:q ?x } }",
]
PREBINDING_REFUSED = [
    # a filter of a nested group: pre-bound, it sees $this; joined, it does not
    "SELECT $this ?o WHERE { ?o ex:q $this . { ?o ex:q ?x FILTER(?x = $this) } }",
    # an OPTIONAL in a nested group whose left side does not bind $this
    "SELECT $this ?o ?z WHERE { $this a ex:T . { ?o ex:r ?z OPTIONAL { ?z ex:p ?w . ?w ex:q "
    "$this } } }",
    # MINUS: pre-bound, $this is no longer a shared variable
    "SELECT $this WHERE { $this a ex:T MINUS { $this ex:p ex:n } }",
]


def _prebinding_answers(query: str):
    """(solutions of the query run once, kept for focus nodes; solutions pre-bound per node)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(PREBINDING_DATA.encode(), ox.RdfFormat.TURTLE)
    prefixes = {"ex": "http://example.org/"}
    focus = [
        r["this"] for r in store.query("SELECT ?this WHERE { ?this a ex:T }", prefixes=prefixes)
    ]

    def rows(solutions):
        names = [v.value for v in solutions.variables]
        return {tuple((n, str(r[n])) for n in sorted(names)) for r in solutions}

    keep = {("this", str(f)) for f in focus}
    once = {row for row in rows(store.query(query, prefixes=prefixes)) if keep & set(row)}
    head, body = query.split("WHERE", 1)
    bound = set()
    for f in focus:
        text = head.replace("$this", f"({f} AS ?this)") + "WHERE" + body.replace("$this", str(f))
        bound |= rows(store.query(text, prefixes=prefixes))
    return once, bound


@pytest.mark.parametrize("query", PREBINDING_ACCEPTED)
def test_an_accepted_query_gives_the_pre_bound_answers(query):
    check_prebinding(query, prefixes={"ex": "http://example.org/"})
    once, bound = _prebinding_answers(query)
    assert once == bound and bound, (once, bound)


@pytest.mark.parametrize("query", PREBINDING_REFUSED)
def test_a_refused_query_would_give_other_answers(query):
    with pytest.raises(UnsupportedShapeError):
        check_prebinding(query, prefixes={"ex": "http://example.org/"})
    once, bound = _prebinding_answers(query)
    assert once != bound


def test_rewrite_leaves_what_it_cannot_prove_alone():
    # a nested OPTIONAL of the NOT EXISTS uses ?date, bound only outside it: no left join
    query = (
        "SELECT $this WHERE { $this <p> ?date . FILTER NOT EXISTS { ?m <q> $this "
        "OPTIONAL { ?m <r> ?date } } }"
    )
    assert "NOT EXISTS" in rewrite_for_oxigraph(query)
    # blank nodes keep their basic graph pattern: no star split
    query = "SELECT $this WHERE { $this <p> [ <q> ?x ] . ?x <r> ?y }"
    assert "SELECT *" not in rewrite_for_oxigraph(query)
    # two stars, one NOT EXISTS: both rewrites
    query = "SELECT $this WHERE { $this <p> ?x . ?x <r> ?y FILTER NOT EXISTS { ?y <s> $this } }"
    rewritten = rewrite_for_oxigraph(query)
    assert rewritten.count("SELECT *") == 2 and "OPTIONAL" in rewritten


# ---------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_cli_engines_exit_codes(cli_run, engine):
    valid = HERE / "valid" / "small-bloc.ttl"
    invalid = HERE / "invalid" / "MembershipShape-no-member.ttl"
    assert cli_run("validate", "--engine", engine, str(valid)).exit_code == 0
    result = cli_run("validate", "--engine", engine, str(invalid))
    assert result.exit_code == 1
    assert "MembershipShape-member" in result.output


def test_cli_bad_input_is_one_line_naming_file_and_line(cli_run, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b .\n")
    result = cli_run("validate", str(bad))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert str(bad) in lines[0] and "line 3" in lines[0], result.output


def test_cli_turtle_report(cli_run):
    from rdflib import Graph, Literal, Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    invalid = HERE / "invalid" / "MembershipOverlapShape-two-open-ended.ttl"
    result = cli_run("validate", "--format", "turtle", str(invalid))
    assert result.exit_code == 1
    report = Graph().parse(data=result.output, format="turtle")
    assert (None, sh.conforms, Literal(False)) in report
    assert len(list(report.subjects(None, sh.ValidationResult))) == 2


def test_memory_store_holds_the_derived_dates():
    store = memory_store([HERE / "valid" / "small-bloc.ttl"])
    assert bool(store.query("ASK { ?s <https://w3id.org/blocgraph/ontology#validFrom> ?d }"))
    graph = data_graph([HERE / "valid" / "small-bloc.ttl"])
    assert len(store) == len(graph)


def test_an_accepted_verdict_is_kept_and_a_damaged_one_checked_again(monkeypatch):
    """Parsing with rdflib costs about a second: a second compile of the same shapes reads the
    verdict from the cache instead; a damaged verdict file is checked again, never trusted."""
    from blocgraph import shacl_sparql

    query = "SELECT $this ?v WHERE { $this <http://example.org/cached> ?v }"
    assert check_prebinding(query) == ["this", "v"]
    path = shacl_sparql._verdict_file(shacl_sparql._verdict_key(query, None))
    assert path.is_file()

    def no_parser(self, select, prefixes):
        raise AssertionError("parsed again")

    monkeypatch.setattr(shacl_sparql._PrebindingCheck, "run", no_parser)
    assert check_prebinding(query) == ["this", "v"]
    path.write_text('["v"]', encoding="utf-8")  # no $this: not a verdict we could have written
    with pytest.raises(AssertionError, match="parsed again"):
        check_prebinding(query)
