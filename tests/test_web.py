"""``blocgraph serve`` over HTTP: the SPARQL 1.1 Protocol at /sparql, content negotiation on the
linked-data pages, escaping, and the ontology's documentation (current with ``ontology/``).

The server is the real application under uvicorn on a free loopback port (tests/webserver.py);
answers are compared with what the embedded store and the lookups give for the same question.
"""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET

import httpx
import pytest

from blocgraph import lookups, queries
from blocgraph.namespaces import ID, RDFS
from blocgraph.resolve import resolver_for

pytest.importorskip("starlette", reason="pip install 'blocgraph[web]'")
from processes import children, settles  # noqa: E402
from webserver import ServeCommand, ServedApp  # noqa: E402

SCO = ID + "bloc/SCO"
BLR = ID + "state/BLR"
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def members_query(store) -> str:
    """The members-on query with SCO and 2017-06-09 bound, as ``blocgraph members`` runs it."""
    named = queries.get("members-on")
    values = lookups.bind_values(
        resolver_for(store), named, {"bloc": "SCO", "date": "2017-06-09", "status": None}
    )
    return queries.bind(named, values)


@pytest.fixture(scope="module")
def expected_states(store) -> set[str]:
    rows = lookups.members(store, "SCO", on="2017-06-09", all_rows=True).rows
    assert len(rows) > 10
    return {str(r["state"]) for r in rows}


def json_states(body: dict) -> set[str]:
    return {b["state"]["value"] for b in body["results"]["bindings"]}


# --- the SPARQL 1.1 Protocol -------------------------------------------------------------------


def test_get_answers_as_the_embedded_store_does(http, members_query, expected_states):
    response = http.get("/sparql", params={"query": members_query})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert json_states(response.json()) == expected_states


def test_post_as_a_form_and_as_a_query_body_answer_the_same(http, members_query, expected_states):
    form = http.post("/sparql", data={"query": members_query})
    assert form.status_code == 200, form.text
    assert json_states(form.json()) == expected_states
    body = http.post(
        "/sparql",
        content=members_query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert body.status_code == 200, body.text
    assert json_states(body.json()) == expected_states


def test_results_as_xml_csv_and_tsv_by_accept(http, members_query, expected_states):
    xml = http.get("/sparql", params={"query": members_query},
                   headers={"Accept": "application/sparql-results+xml"})  # fmt: skip
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(xml.content)
    uris = {
        binding.find(f"{SPARQL_RESULTS}uri").text
        for binding in root.iter(f"{SPARQL_RESULTS}binding")
        if binding.get("name") == "state"
    }
    assert uris == expected_states

    table = http.get("/sparql", params={"query": members_query}, headers={"Accept": "text/csv"})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert {r["state"] for r in rows} == expected_states

    tsv = http.get("/sparql", params={"query": members_query},
                   headers={"Accept": "text/tab-separated-values"})  # fmt: skip
    lines = tsv.text.splitlines()
    header = lines[0].split("\t")
    column = header.index("?state")
    assert {line.split("\t")[column].strip("<>") for line in lines[1:]} == expected_states


def test_the_format_parameter_wins_over_accept(http, members_query, expected_states):
    response = http.get("/sparql", params={"query": members_query, "format": "csv"},
                        headers={"Accept": "application/sparql-results+json"})  # fmt: skip
    assert response.headers["content-type"].startswith("text/csv")
    assert {r["state"] for r in csv.DictReader(io.StringIO(response.text))} == expected_states


def test_a_format_of_the_other_kind_means_its_counterpart(http):
    """The /query page's form has one format menu for every query form."""
    construct = f"CONSTRUCT {{ <{BLR}> ?p ?o }} WHERE {{ <{BLR}> ?p ?o }}"
    graph = http.post("/sparql", data={"query": construct, "format": "json"})
    assert graph.headers["content-type"].startswith("application/ld+json")
    assert any(node.get("@id") == BLR for node in graph.json())
    select = http.post("/sparql", data={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1",
                                        "format": "turtle"})  # fmt: skip
    assert select.headers["content-type"].startswith("application/sparql-results+json")
    unknown = http.post("/sparql", data={"query": construct, "format": "yaml"})
    assert unknown.status_code == 400 and "yaml" in unknown.text


def test_ask(http):
    query = f"ASK {{ <{SCO}> <{RDFS}label> ?label }}"
    assert http.get("/sparql", params={"query": query}).json()["boolean"] is True
    nothing = f"ASK {{ <{ID}bloc/NO-SUCH-BLOC> ?p ?o }}"
    assert http.get("/sparql", params={"query": nothing}).json()["boolean"] is False
    refused = http.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert refused.status_code == 406


def test_construct_as_turtle_and_json_ld_is_the_same_graph(http):
    from rdflib import Graph, URIRef
    from rdflib.compare import isomorphic

    query = f"CONSTRUCT {{ <{BLR}> ?p ?o }} WHERE {{ <{BLR}> ?p ?o }}"
    turtle = http.get("/sparql", params={"query": query}, headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    jsonld = http.get("/sparql", params={"query": query},
                      headers={"Accept": "application/ld+json"})  # fmt: skip
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    g1 = Graph().parse(data=turtle.text, format="turtle")
    g2 = Graph().parse(data=jsonld.text, format="json-ld")
    assert len(g1) > 5
    assert isomorphic(g1, g2)
    assert str(g1.value(URIRef(BLR), URIRef(RDFS + "label"))) == "Belarus"


@pytest.mark.parametrize(
    ("how", "text", "expected"),
    [
        ("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "read-only"),
        ("query", "DROP ALL", "read-only"),
        ("update", "DELETE WHERE { ?s ?p ?o }", "read-only"),
        ("query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("query", "SELECT * WHERE { ?s ?p }", "does not parse"),
    ],
    ids=["insert", "drop", "update-field", "service", "syntax"],
)
def test_what_is_refused_is_a_400_with_a_clear_message(http, store, how, text, expected):
    before = len(store)
    response = http.post("/sparql", data={how: text})
    assert response.status_code == 400, response.text
    assert expected in response.text
    assert response.text.startswith("Error: ") and response.text.count("\n") == 1
    assert len(store) == before


def test_an_update_as_a_query_body_is_refused_too(http):
    response = http.post("/sparql", content=b"CLEAR DEFAULT",
                         headers={"Content-Type": "application/sparql-query"})  # fmt: skip
    assert response.status_code == 400
    assert "read-only" in response.text and "CLEAR" in response.text


def test_no_query_and_unacceptable_types(http):
    assert http.get("/sparql", headers={"Accept": "application/json"}).status_code == 400
    assert http.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=False)\
        .headers["location"] == "/query"  # fmt: skip
    response = http.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"},
                        headers={"Accept": "image/png"})  # fmt: skip
    assert response.status_code == 406
    post = http.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"})
    assert post.status_code == 400 and "application/sparql-query" in post.text


def test_the_deadline_and_the_size_cap_apply(monkeypatch, _private_cache):
    from blocgraph.store import open_embedded

    def get(store, query: str) -> httpx.Response:
        served = ServedApp(store)
        try:
            return httpx.get(served.url + "/sparql", params={"query": query}, timeout=60)
        finally:
            served.close()

    response = get(open_embedded(timeout=0.001), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert response.status_code == 503
    assert "did not finish within" in response.text

    monkeypatch.setenv("BLOCGRAPH_MAX_RESPONSE_MB", "0.01")
    served = ServedApp(open_embedded(timeout=60), workers=1)
    try:
        workers = served.pool.pids()
        everything = {"query": "SELECT * WHERE { ?s ?p ?o }"}
        response = httpx.get(served.url + "/sparql", params=everything, timeout=60)
        assert response.status_code == 503
        assert "larger than" in response.text and "LIMIT" in response.text
        # The answer stopped itself as it outgrew the cap: its worker is kept, and answers.
        three = {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}
        small = httpx.get(served.url + "/sparql", params=three, timeout=60)
        assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 3
        assert served.pool.pids() == workers
    finally:
        served.close()


# --- a runaway query is stopped --------------------------------------------------------------

# Every pair of the store's 588k triples, counted: it runs for hours and sends nothing until it
# ends, so only the deadline can stop it (not the size cap).
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc (Linux)")
def test_a_runaway_query_is_stopped_and_its_worker_replaced(members_query, expected_states):
    """`blocgraph --timeout 2 serve`: a cartesian product gets its 503 at the deadline, the
    worker that ran it is killed and replaced, nothing keeps burning CPU, and the next query
    is answered, right and within the deadline."""
    import time

    timeout = 2.0
    served = ServeCommand("--timeout", f"{timeout:g}")
    try:
        server = served.process.pid
        workers = children(server)
        assert len(workers) == 2, workers  # serve's default --workers

        started = time.monotonic()
        runaway = httpx.get(served.url + "/sparql", params={"query": CARTESIAN}, timeout=60)
        took = time.monotonic() - started
        assert runaway.status_code == 503, runaway.text
        assert f"did not finish within {timeout:g} s; it was stopped" in runaway.text
        assert timeout <= took < timeout + 1.5, took

        now = children(server)
        assert len(now) == 2 and len(now & workers) == 1, (workers, now)  # one replaced
        (killed,) = workers - now
        assert not os.path.exists(f"/proc/{killed}"), "the stopped worker was not reaped"
        assert settles({server, *now}, within=15), "the server or a worker keeps computing"

        for _ in range(2):  # both workers, the new one included (a pool hands them round)
            started = time.monotonic()
            normal = httpx.get(served.url + "/sparql", params={"query": members_query},
                               timeout=60)  # fmt: skip
            assert normal.status_code == 200, normal.text
            assert json_states(normal.json()) == expected_states
            assert time.monotonic() - started < timeout
        assert children(server) == now
    finally:
        served.close()
    assert not children(server), "workers outlived the server"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc (Linux)")
def test_a_runaway_named_query_or_page_is_stopped_and_its_worker_replaced(runaway_resources):
    """`blocgraph --timeout 2 serve`: a named query and a page whose queries run for hours get
    a 503 page saying so at the deadline, the worker computing each is killed and replaced,
    nothing keeps burning CPU, and the next pages are right and quick."""
    import time

    timeout = 2.0
    served = ServeCommand("--timeout", f"{timeout:g}")
    try:
        server = served.process.pid
        workers = children(server)
        assert len(workers) == 2, workers
        runaways = [
            ("/query/runaway-pairs", {"bloc": "SCO"}),
            ("/id/body/SCO/council-of-heads-of-state", {}),  # the generic page: `resource`
        ]
        for path, params in runaways:
            started = time.monotonic()
            page = httpx.get(served.url + path, params=params, timeout=60,
                             headers={"Accept": "text/html"})  # fmt: skip
            took = time.monotonic() - started
            assert page.status_code == 503, (path, page.status_code, page.text[:500])
            assert page.headers["content-type"].startswith("text/html")
            assert f"needed more than {timeout:g} s" in page.text and "was stopped" in page.text
            assert timeout <= took < timeout + 1.5, (path, took)

            now = children(server)
            assert len(now) == 2 and len(now & workers) == 1, (path, workers, now)
            (killed,) = workers - now
            assert not os.path.exists(f"/proc/{killed}"), "the stopped worker was not reaped"
            assert settles({server, *now}, within=15), f"{path}: something keeps computing"
            workers = now

        for _ in range(2):  # both workers, the new ones included
            # (A bloc page is not timed: the first one imports matplotlib to draw a timeline.)
            bloc = httpx.get(served.url + "/id/bloc/SCO", timeout=60)
            assert bloc.status_code == 200 and 'href="/id/state/IND"' in bloc.text
            started = time.monotonic()
            named = httpx.get(served.url + "/query/members-on", timeout=60,
                              params={"bloc": "SCO", "date": "2017-06-09"})  # fmt: skip
            assert named.status_code == 200 and 'href="/id/state/IND">IND</a>' in named.text
            assert time.monotonic() - started < timeout
        assert children(server) == workers
    finally:
        served.close()
    assert not children(server), "workers outlived the server"


def test_the_serve_command_answers_blocgraph_endpoint(store, cli_run):
    """`blocgraph serve` in its own process, and `blocgraph --endpoint …/sparql members SCO`
    against it: the same rows as the embedded store."""
    served = ServeCommand()
    try:
        # On loopback it answers only loopback host names (no DNS rebinding).
        rebound = httpx.get(served.url + "/", headers={"Host": "rebind.example"}, timeout=30)
        assert rebound.status_code == 400
        remote = cli_run("--endpoint", served.url + "/sparql", "members", "SCO",
                         "--on", "2020-02-20", "--format", "json")  # fmt: skip
        local = cli_run("members", "SCO", "--on", "2020-02-20", "--format", "json")
    finally:
        served.close()
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.output) == json.loads(local.output)
    assert {r["state"] for r in json.loads(local.output)} >= {
        ID + f"state/{c}" for c in ("IND", "PAK")
    }


def test_serve_without_the_web_extra_says_what_to_install(store):
    import subprocess
    import sys

    probe = (
        "import sys; sys.modules['starlette'] = None\n"
        "from blocgraph.cli import cli\n"
        "cli(['serve', '--port', '0'], prog_name='blocgraph')"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "Error: serve needs the web extra (starlette is missing): pip install 'blocgraph[web]'"
    ]


def test_serve_refuses_an_endpoint(cli_run):
    result = cli_run("--endpoint", "http://127.0.0.1:9/sparql", "serve")
    assert result.exit_code == 2
    assert "serve serves the embedded store" in result.output


# --- linked-data pages -------------------------------------------------------------------------


def test_a_browser_gets_a_page_and_a_client_gets_the_description(http):
    from rdflib import Graph, URIRef
    from rdflib.compare import isomorphic

    page = http.get("/id/state/BLR", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>Belarus</h1>" in page.text

    turtle = http.get("/id/state/BLR", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert str(graph.value(URIRef(BLR), URIRef(RDFS + "label"))) == "Belarus"
    assert {str(s) for s in graph.subjects()} == {BLR}  # its description, not its neighbours'

    jsonld = http.get("/id/state/BLR", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert isomorphic(graph, Graph().parse(data=jsonld.text, format="json-ld"))
    by_parameter = http.get("/id/state/BLR?format=turtle", headers={"Accept": "text/html"})
    assert isomorphic(graph, Graph().parse(data=by_parameter.text, format="turtle"))


def test_the_bloc_page_lists_members_by_status_with_dates(http):
    page = http.get("/id/bloc/SCO").text
    assert "<h1>Shanghai Cooperation Organisation</h1>" in page
    # India: observer 2005-07-05 until 2017-06-08, member from 2017-06-09 (data/sco/).
    assert page.index(">Member <") < page.index(">Observer <")
    member_table = page[page.index(">Member <") : page.index(">Observer <")]
    assert 'href="/id/state/IND">India</a>' in member_table and "2017-06-09" in member_table
    observer_table = page[page.index(">Observer <") :]
    observer_table = observer_table[: observer_table.index("</table>")]
    assert "2005-07-05" in observer_table and "2017-06-08" in observer_table
    assert "SCO Council of Heads of State" in page  # a body
    assert 'href="/id/meeting/SCO/dsewg-9"' in page  # a meeting
    assert "dawn.com" in page  # a source


def test_the_meeting_page_shows_participants_capacities_and_quotes(http):
    page = http.get("/id/meeting/SCO/dsewg-9").text
    assert "9th meeting of the SCO Defence and Security Expert Working Group" in page
    assert 'href="/id/state/IND">India</a>' in page and 'href="/id/state/PAK">Pakistan</a>' in page
    assert "<td>host</td>" in page
    assert "<blockquote>" in page and "https://www.dawn.com/news/1535703" in page
    assert "<td>named</td>" in page and "<td>collective</td>" not in page


def test_the_meeting_page_shows_participations_resting_on_a_count(http):
    page = http.get("/id/meeting/NATO/summit-2019-12-03").text
    assert page.count("<td>collective</td>") == 28 and page.count("<td>named</td>") == 1
    assert "28 with basis <em>collective</em>: no source names the state" in page


def test_other_iris_get_a_generic_page_with_links(http):
    page = http.get("/id/body/SCO/council-of-heads-of-state").text
    assert "<h1>SCO Council of Heads of State</h1>" in page
    assert 'href="/id/bloc/SCO">Shanghai Cooperation Organisation</a>' in page
    assert 'href="/ontology#Body"' in page
    assert 'href="/id/meeting/SCO/chs-2001"' in page  # used by its meetings
    status = http.get("/id/status/member").text  # the object of ~18,000 memberships
    assert "Used by (1000+)" in status and "The first 1000 found" in status
    assert 'href="/ontology#MembershipStatus"' in status or "skos:Concept" in status


def test_another_spelling_of_an_id_redirects_to_its_iri(http):
    response = http.get("/id/state/belarus", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == "/id/state/BLR"
    assert http.get("/id/bloc/sco", follow_redirects=False).headers["location"] == "/id/bloc/SCO"


def test_unknown_iris_are_404(http):
    assert http.get("/id/bloc/NO-SUCH-BLOC").status_code == 404
    assert http.get("/id/thing/nothing-here").status_code == 404
    assert http.get("/id/state/%3Cscript%3E").status_code == 404


def test_everything_shown_is_escaped(http):
    attack = "<script>alert(1)</script>"
    page = http.get("/search", params={"q": attack}).text
    assert attack not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    result = http.get("/query/members-on", params={"bloc": attack}).text
    assert attack not in result and "&lt;script&gt;" in result


def test_search_and_named_queries(http):
    found = http.get("/search", params={"q": "shanghai"}).text
    assert 'href="/id/bloc/SCO">Shanghai Cooperation Organisation</a>' in found
    listing = http.get("/query").text
    assert all(f'action="/query/{name}"' in listing for name in queries.library())
    run = http.get("/query/members-on", params={"bloc": "SCO", "date": "2017-06-09"})
    assert run.status_code == 200
    assert 'href="/id/state/IND">IND</a>' in run.text
    bad = http.get("/query/members-on", params={"bloc": "SOC"})
    assert bad.status_code == 400 and "unknown bloc" in bad.text


# --- the ontology --------------------------------------------------------------------------------


def test_the_ontology_is_documented_at_its_iri(http):
    page = http.get("/ontology", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "blocgraph ontology" in page.text
    # each term's local name is an anchor, so ontology#CooperationPlan finds its section
    assert 'id="CooperationPlan"' in page.text and 'id="Bloc"' in page.text
    turtle = http.get("/ontology", headers={"Accept": "text/turtle"})
    from blocgraph import paths

    assert turtle.content == (paths.ontology_dir() / "blocgraph.ttl").read_bytes()


def test_the_ontology_documentation_shows_angle_brackets_as_written():
    """pyLODE reads text as Markdown: `id/state/<ISO3>` must not lose `<ISO3>` as a tag."""
    from html.parser import HTMLParser

    from rdflib import Graph
    from rdflib.namespace import RDFS

    from blocgraph import paths
    from blocgraph.web import ontology_docs

    class Text(HTMLParser):
        parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    reader = Text()
    reader.feed(ontology_docs.OUTPUT.read_text(encoding="utf-8"))
    shown = " ".join(" ".join(reader.parts).split())
    graph = Graph().parse(paths.ontology_dir() / "blocgraph.ttl")
    with_brackets = [str(c) for c in graph.objects(None, RDFS.comment) if "<" in str(c)]
    assert with_brackets, "no comment with <...> left to check"
    for comment in with_brackets:
        assert " ".join(comment.split()) in shown, comment


def test_the_ontology_documentation_is_current():
    """The committed HTML is what `python -m blocgraph.web.ontology_docs` writes now."""
    import importlib.util

    if importlib.util.find_spec("pylode") is None and os.environ.get("CI", "") != "true":
        pytest.skip("pyLODE is not installed: pip install 'blocgraph[docs]'")
    from blocgraph.web import ontology_docs

    assert ontology_docs.OUTPUT.read_text(encoding="utf-8") == ontology_docs.render(), (
        "src/blocgraph/web/static/ontology.html is stale: python -m blocgraph.web.ontology_docs"
    )
