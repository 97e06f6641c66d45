"""``blocgraph load`` keeps the derived triples apart, as the embedded store does: the asserted
ones in the target graph, the derived ones in ``<target>/derived`` (``DERIVED_GRAPH`` for the
default target, checked by the ``oxigraph_kb`` / ``virtuoso_kb`` fixtures), both changed by
one update; and it says so when the store's default graph would not show lookups either."""

from __future__ import annotations

import re
import uuid

import pytest

from .helpers import (
    KB_LOAD_ENV,
    Endpoint,
    FaultProxy,
    count_triples,
    drop_graph,
    graph_lines,
    run_cli,
    staging_graphs,
    start_oxigraph,
    stop,
)
from .test_load_faults import is_final_update

pytestmark = pytest.mark.stores


@pytest.fixture()
def kb_graph(oxigraph):
    """A fresh target graph on the session's Oxigraph server; it and its derived graph are
    dropped afterwards."""
    iri = f"https://w3id.org/blocgraph/test/derived/{uuid.uuid4().hex[:8]}"
    yield iri
    for graph in (iri, iri + "/derived"):
        drop_graph(oxigraph, graph)


def _update(endpoint: Endpoint, text: str) -> None:
    from blocgraph.load_http import Client
    from blocgraph.load_protocol import Sparql

    with Client(retries=1) as client:
        Sparql(client, endpoint.query, endpoint.update).update(text, "changing a test graph")


def test_the_knowledge_base_into_a_named_graph_and_a_two_graph_reload(
    oxigraph, kb_graph, kb_lines, kb_asserted, fault_proxy
):
    """The knowledge base into --graph G: G holds the asserted triples, G/derived the derived
    ones. Then both graphs are changed behind blocgraph's back, and a --replace reload through
    SPARQL Update (staging graphs, one DELETE/INSERT over both graphs) whose answer is lost
    puts both back exactly, and says it checked."""
    derived = set(kb_lines) - kb_asserted
    result = run_cli(
        *oxigraph.load_args("--graph", kb_graph, "--replace", gsp=True), env=KB_LOAD_ENV
    )
    assert result.exit_code == 0, result.output
    assert f"(derived: <{kb_graph}/derived>)" in result.output
    assert count_triples(oxigraph.query, kb_graph) == len(kb_asserted)
    assert count_triples(oxigraph.query, kb_graph + "/derived") == len(derived)

    # One triple of each graph removed, a stray one added to each.
    gone_asserted, gone_derived = sorted(kb_asserted)[0], sorted(derived)[0]
    stray = "<https://w3id.org/blocgraph/test/s> <https://w3id.org/blocgraph/test/p> 1"
    _update(
        oxigraph,
        f"DELETE DATA {{ GRAPH <{kb_graph}> {{ {gone_asserted} }} "
        f"GRAPH <{kb_graph}/derived> {{ {gone_derived} }} }} ; "
        f"INSERT DATA {{ GRAPH <{kb_graph}> {{ {stray} }} "
        f"GRAPH <{kb_graph}/derived> {{ {stray} }} }}",
    )

    def rule(method, path, body, headers):
        return FaultProxy.PASS_DROP if is_final_update(method, path, body) else None

    proxy = fault_proxy(oxigraph.query, rule)
    result = run_cli(
        "load",
        "--endpoint",
        proxy.url(oxigraph.query),
        "--update-endpoint",
        proxy.url(oxigraph.update),
        "--graph",
        kb_graph,
        "--replace",
        env=KB_LOAD_ENV,
    )
    assert result.exit_code == 0, result.output
    assert "the answer to the final update was lost" in result.output, result.output
    assert re.search(r": 2 added, 2 removed; the graphs hold (\d+)", result.output), result.output
    assert [status for _m, _p, status in proxy.log if status == 0] == [0]  # the lost answer
    assert graph_lines(oxigraph.query, kb_graph) == kb_asserted
    assert graph_lines(oxigraph.query, kb_graph + "/derived") == derived
    assert not staging_graphs(oxigraph.query)


def test_load_says_when_the_default_graph_is_not_the_union(tmp_path, kb_nt):
    """An Oxigraph server started without --union-default-graph: the load works, and a note
    says that lookups without FROM would not see the two graphs, and how to start it."""
    endpoint, process = start_oxigraph(tmp_path, union=False)
    try:
        result = run_cli(*endpoint.load_args(gsp=True), env=KB_LOAD_ENV)
        assert result.exit_code == 0, result.output
        assert "--union-default-graph" in result.output, result.output
        assert count_triples(endpoint.query, None) == 0  # its default graph: nothing
    finally:
        stop(process)
