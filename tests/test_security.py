"""Issue 7, section 2 and the remote half of section 4: hostile queries and hostile servers.

Each class of defect has its test: SERVICE written every way SPARQL allows, updates through the
lookup path, credentials on a cross-origin redirect, a drip-feeding server, an endless body, a
server that never answers, garbage. The servers are tests/fakeserver.py on 127.0.0.1; every one
records what reached it, so "refused" means "nothing was sent"."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from blocgraph import queries
from blocgraph.cli import cli
from blocgraph.store import uses_service
from fakeserver import FakeServer


@pytest.fixture()
def server():
    made: list[FakeServer] = []

    def make(behaviour: str = "json", **kwargs) -> FakeServer:
        fake = FakeServer(behaviour=behaviour, **kwargs).start()
        made.append(fake)
        return fake

    yield make
    for fake in made:
        fake.close()


def _run(args, env=None):
    return CliRunner().invoke(cli, args, obj={}, env=env or {}, catch_exceptions=False)


def _rq(tmp_path, text: str, name: str = "q.rq"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- SERVICE on the embedded store: every spelling, nothing reaches the network --------------

SERVICE_FORMS = [
    "SELECT * WHERE {{ ?s ?p ?o . SERVICE <{url}> {{ ?x ?y ?z }} }} LIMIT 1",
    "SELECT * WHERE {{ ?s ?p ?o.SERVICE <{url}> {{?x ?y ?z}} }} LIMIT 1",
    "SELECT * WHERE {{ ?s ?p 1.SERVICE <{url}> {{?x ?y ?z}} }} LIMIT 1",
    "SELECT * WHERE {{ ?s ?p true.SERVICE <{url}> {{?x ?y ?z}} }} LIMIT 1",
    "select * where {{ service <{url}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ SeRvIcE <{url}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ SERVICE#comment\n<{url}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ OPTIONAL {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} LIMIT 1",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} LIMIT 1",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} }}",
    "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }} LIMIT 1",
    "PREFIX s: <{url}#> SELECT * WHERE {{ SERVICE <{url}> {{ ?x s:p ?z }} }}",
]


@pytest.mark.parametrize(
    "form",
    [
        *SERVICE_FORMS,
        "SELECT * WHERE {{ service <{url}> {{ ?x ?y ?z }} }}",
        "SELECT * WHERE {{ SeRvIcE <{url}> {{ ?x ?y ?z }} }}",
        "SELECT * WHERE {{ SERVI\\U00000043E <{url}> {{ ?x ?y ?z }} }}",
    ],
)
def test_the_stores_own_check_sees_service_in_every_spelling(form):
    """store.uses_service, the check the embedded store runs on every query (a text without
    "service" in any case and without escapes is passed without tokenising)."""
    assert uses_service(form.format(url="http://example.org/sparql"))


def test_the_stores_own_check_passes_every_named_query_and_service_in_names():
    assert not any(uses_service(q.text) for q in queries.library().values())
    assert not uses_service('SELECT ?service WHERE { ?s <http://x/service> "SERVICE" }')
    assert not uses_service("SELECT * WHERE { ?s ?p ?o } # SERVICE in a comment")


@pytest.mark.parametrize("form", SERVICE_FORMS, ids=range(len(SERVICE_FORMS)))
def test_service_is_refused_in_every_spelling(form, server, tmp_path, store):
    fake = server()
    result = _run(["query", _rq(tmp_path, form.format(url=fake.url))])
    assert result.exit_code == 2, result.output
    # Refused as federated, or (rdflib's parser fails on the last form) as unparsable: the
    # check fails closed either way, and nothing reaches the network.
    assert "SERVICE" in result.output, result.output
    assert "--allow-service" in result.output or "does not parse" in result.output
    assert fake.requests == [], "the query reached the remote server"


def test_allow_service_does_reach_the_server(server, tmp_path, store):
    """The control: the fake server does see a federated query when it is allowed."""
    fake = server()
    query = f"SELECT * WHERE {{ SERVICE <{fake.url}> {{ ?x ?y ?z }} }}"
    result = _run(["--allow-service", "query", _rq(tmp_path, query)])
    assert result.exit_code == 0, result.output
    assert fake.requests, "no request reached the server"


def test_service_word_in_strings_iris_and_variables_is_not_the_keyword(tmp_path, store):
    query = (
        'SELECT ?service WHERE { BIND("SERVICE <http://x/> {}" AS ?service) '
        "?s <http://example.org/SERVICE> ?o } LIMIT 1"
    )
    result = _run(["query", _rq(tmp_path, query)])
    assert result.exit_code == 0, result.output


# --- updates are never sent through the lookup path ------------------------------------------

UPDATES = [
    "DROP ALL",
    "CLEAR DEFAULT",
    "INSERT DATA { <http://a/s> <http://a/p> <http://a/o> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/x.ttl>",
    "CREATE GRAPH <http://a/g>",
    "drop silent graph <http://a/g> ; drop all",
]


@pytest.mark.parametrize("update", UPDATES, ids=range(len(UPDATES)))
def test_updates_are_refused_before_anything_is_sent(update, server, tmp_path):
    fake = server()
    result = _run(["--endpoint", fake.url, "query", _rq(tmp_path, update)])
    assert result.exit_code == 2, result.output
    assert "read-only" in result.output and "blocgraph load" in result.output, result.output
    assert fake.requests == []


@pytest.mark.parametrize("update", UPDATES[:3], ids=range(3))
def test_updates_on_the_embedded_store_point_to_load(update, tmp_path, store):
    result = _run(["query", _rq(tmp_path, update)])
    assert result.exit_code == 2, result.output
    assert "read-only" in result.output and "blocgraph load" in result.output, result.output


def test_a_query_followed_by_an_update_does_not_parse(server, tmp_path):
    fake = server()
    result = _run(["--endpoint", fake.url, "query", _rq(tmp_path, "ASK {} ; DROP ALL")])
    assert result.exit_code == 2 and "does not parse" in result.output, result.output
    assert fake.requests == []


# --- credentials stay with their origin --------------------------------------------------------


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_credentials_are_not_sent_to_a_redirect_target(scheme, server, tmp_path):
    target = server("json")
    origin = server("redirect", redirect_to=target.origin)
    env = {"BLOCGRAPH_USER": "alice", "BLOCGRAPH_PASSWORD": "s3cret", "BLOCGRAPH_AUTH": scheme}
    result = _run(["--endpoint", origin.url, "query", _rq(tmp_path, "SELECT ?x {}")], env)
    assert result.exit_code == 0, result.output
    assert origin.requests and target.requests
    if scheme == "basic":
        assert origin.requests[0].headers.get("authorization", "").startswith("Basic ")
    assert all("authorization" not in r.headers for r in target.requests)
    assert "s3cret" not in result.output


def test_same_origin_basic_credentials_are_sent(server, tmp_path):
    fake = server("json")
    env = {"BLOCGRAPH_USER": "alice", "BLOCGRAPH_PASSWORD": "s3cret"}
    result = _run(["--endpoint", fake.url, "query", _rq(tmp_path, "SELECT ?x {}")], env)
    assert result.exit_code == 0, result.output
    assert fake.requests[0].headers["authorization"].startswith("Basic ")


# --- hostile servers: a deadline for the whole request, a cap on the body ----------------------


def test_a_drip_feeding_server_meets_the_deadline(server, tmp_path):
    fake = server("drip", limit_seconds=30)
    started = time.monotonic()
    result = _run(
        ["--endpoint", fake.url, "query", _rq(tmp_path, "SELECT ?x {}")],
        {"BLOCGRAPH_TIMEOUT": "3"},
    )
    elapsed = time.monotonic() - started
    assert result.exit_code == 2, result.output
    assert "did not answer within 3 s" in result.output
    assert elapsed < 15, f"the lookup took {elapsed:.1f} s with a 3 s deadline"


def test_a_server_that_never_answers_meets_the_deadline(server, tmp_path):
    fake = server("hang", limit_seconds=30)
    result = _run(
        ["--endpoint", fake.url, "query", _rq(tmp_path, "SELECT ?x {}")],
        {"BLOCGRAPH_TIMEOUT": "2"},
    )
    assert result.exit_code == 2 and "did not answer within 2 s" in result.output, result.output


def test_an_endless_body_is_capped(server, tmp_path):
    fake = server("endless", limit_seconds=30)
    result = _run(
        ["--endpoint", fake.url, "query", _rq(tmp_path, "SELECT ?x {}")],
        {"BLOCGRAPH_MAX_RESPONSE_MB": "5", "BLOCGRAPH_TIMEOUT": "60"},
    )
    assert result.exit_code == 2, result.output
    assert "more than 5 MB" in result.output, result.output


def test_garbage_is_one_line(server, tmp_path):
    fake = server("garbage")
    result = _run(["--endpoint", fake.url, "query", _rq(tmp_path, "SELECT ?x {}")])
    assert result.exit_code == 2, result.output
    assert "did not answer with SPARQL JSON" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("value", ["nan", "-1", "0", "inf", "abc", ""])
def test_bad_limits_in_the_environment_are_one_line(value, server, tmp_path):
    fake = server()
    for name in ("BLOCGRAPH_TIMEOUT", "BLOCGRAPH_MAX_RESPONSE_MB"):
        result = _run(
            ["--endpoint", fake.url, "query", _rq(tmp_path, "SELECT ?x {}")], {name: value}
        )
        assert result.exit_code == 2, result.output
        assert name in result.output and "internal error" not in result.output, result.output
