"""Every named query gives the same answers on the embedded store, on an Oxigraph server and
on Virtuoso, each loaded with the same knowledge base by ``blocgraph load``, and through
``blocgraph serve``'s SPARQL endpoint (the embedded store over HTTP).

Cases come from the queries' own headers: each ``# example: blocgraph query NAME --param k=v``
line (parameters exactly as written there), and every query that takes no parameter.

How answers are compared (the normalisation, in one place: ``normal``):

* as *sets* of rows, each a tuple in the query's column order: stores order rows differently
  where ORDER BY leaves ties (and Virtuoso sorts mixed language-tagged and plain literals
  differently from Oxigraph), and duplicates are not what these queries promise;
* a value is its lexical form, with its language tag for tagged literals; an IRI is its text;
* datatypes are compared by family, not by name: xsd:int/long/short/... count as
  xsd:integer (Virtuoso reports some integers with narrower types), and numeric lexical
  forms are compared as numbers ("01" = "1");
* an xsd:date or xsd:dateTime in UTC compares equal with or without its "Z" / "+00:00" (Virtuoso
  may add a time zone to dates it stores).

On this data none of these rules changed a comparison when they were written (Oxigraph 0.5.13,
Virtuoso 07.20.3229): Oxigraph's answers are identical, datatypes included (checked strictly
below), and Virtuoso's identical up to datatype names.
"""

from __future__ import annotations

import re
import shlex
from decimal import Decimal, InvalidOperation

import pytest

from blocgraph import lookups, queries
from blocgraph.load import KB_GRAPH
from blocgraph.store import RemoteStore

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {
    XSD + t
    for t in [
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
        "unsignedByte",
    ]
}  # fmt: skip
NUMERIC_TYPES = INTEGER_TYPES | {XSD + "decimal", XSD + "double", XSD + "float"}
UTC = re.compile(r"(Z|[+-]00:00)$")


def example_cases() -> list[tuple[str, dict[str, str]]]:
    cases = []
    for name, query in queries.library().items():
        found = False
        for example in query.examples:
            args = shlex.split(example)
            if args[:3] != ["blocgraph", "query", name]:
                continue  # an example of a lookup command, not of the query itself
            params = {}
            rest = args[3:]
            while rest:
                flag, value, *rest = rest
                assert flag in ("--param", "-p"), f"{name}: unexpected {flag!r} in {example!r}"
                key, _, val = value.partition("=")
                params[key] = val
            cases.append((name, params))
            found = True
        if not found and not query.parameters:
            cases.append((name, {}))
    return cases


CASES = example_cases()


def case_id(case) -> str:
    name, params = case
    return name + "".join(f"-{k}={v}" for k, v in sorted(params.items()))


def test_the_query_folder_is_not_empty():
    assert len(queries.library()) >= 10, "queries/ lost its files?"
    assert len(CASES) >= len(queries.library())


@pytest.mark.parametrize("name", sorted(queries.library()))
def test_every_query_with_parameters_has_a_query_example(name):
    query = queries.library()[name]
    if query.parameters:
        assert any(case[0] == name for case in CASES), (
            f"queries/{name}.rq takes parameters but has no "
            f"'# example: blocgraph query {name} --param ...' line to test it with"
        )


def normal(value):
    """A value as the comparison sees it (see the module docstring)."""
    if value is None:
        return None
    datatype = getattr(value, "datatype", None)
    language = getattr(value, "language", None)
    text = str(value)
    if language:
        return (text, language.lower())
    if datatype in NUMERIC_TYPES:
        try:
            return ("number", Decimal(text).normalize())
        except InvalidOperation:
            return text
    if datatype in (XSD + "date", XSD + "dateTime"):
        return UTC.sub("", text)
    return text


def answer_set(result) -> set[tuple]:
    return {tuple(normal(row.get(col)) for col in result.columns) for row in result.rows}


def strict_set(result) -> set[tuple]:
    def exact(value):
        if value is None:
            return None
        return (str(value), getattr(value, "datatype", "IRI"), getattr(value, "language", None))

    return {tuple(exact(row.get(col)) for col in result.columns) for row in result.rows}


@pytest.fixture(scope="module")
def embedded_answers(store):
    return {case_id(c): lookups.run_query(store, c[0], c[1]) for c in CASES}


def check_same(embedded, remote, name):
    assert remote.columns == embedded.columns
    expected, got = answer_set(embedded), answer_set(remote)
    missing = sorted(expected - got, key=repr)[:5]
    extra = sorted(got - expected, key=repr)[:5]
    assert expected == got, (
        f"{name}: {len(embedded.rows)} rows embedded, {len(remote.rows)} remote; "
        f"only embedded: {missing}; only remote: {extra}"
    )


@pytest.mark.stores
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_oxigraph_server_answers_like_the_embedded_store(case, oxigraph_kb, embedded_answers):
    name, params = case
    embedded = embedded_answers[case_id(case)]
    remote = lookups.run_query(RemoteStore(oxigraph_kb.query), name, params)
    check_same(embedded, remote, name)
    # Oxigraph on both sides: identical, datatypes and all.
    assert strict_set(embedded) == strict_set(remote)


@pytest.mark.stores
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_the_serve_endpoint_answers_like_the_embedded_store(case, serve_endpoint, embedded_answers):
    name, params = case
    embedded = embedded_answers[case_id(case)]
    remote = lookups.run_query(RemoteStore(serve_endpoint), name, params)
    check_same(embedded, remote, name)
    # The same store behind the protocol: identical, datatypes and all.
    assert strict_set(embedded) == strict_set(remote)


@pytest.mark.stores
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_virtuoso_answers_like_the_embedded_store(case, virtuoso_kb, embedded_answers):
    name, params = case
    embedded = embedded_answers[case_id(case)]
    # default-graph-uri: only the knowledge base's graph, whatever else the database holds.
    remote_store = RemoteStore(virtuoso_kb.query, default_graphs=(KB_GRAPH,))
    # No xfail for Virtuoso 7.2.5's "no SPART_VARR_FIXED" compiler error (a multi-variable
    # VALUES next to an OPTIONAL): queries.bind writes one single-variable VALUES per bound
    # parameter, which Virtuoso compiles; tests/test_queries.py pins that form. Any error here
    # is a regression.
    remote = lookups.run_query(remote_store, name, params)
    check_same(embedded, remote, name)
