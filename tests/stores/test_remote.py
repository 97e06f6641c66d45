"""The CLI answering from a SPARQL endpoint (``--endpoint``) as it answers from the embedded
store; what the stores are given (``export``) is data they accept; and local evaluation never
touches the network: SERVICE is refused unless allowed, parsing fetches nothing."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from blocgraph.errors import StoreError
from blocgraph.store import RemoteStore, uses_service

from .helpers import free_port, run_cli

MEMBERS = ("members", "SCO", "--on", "2020-02-20", "--format", "json")


def records(output: str) -> list[dict]:
    return sorted(json.loads(output), key=lambda r: json.dumps(r, sort_keys=True))


# --- (c) the same answer from an endpoint ------------------------------------------------------


@pytest.mark.stores
def test_members_from_oxigraph_equal_the_embedded_answer(oxigraph_kb, store):
    embedded = run_cli(*MEMBERS)
    remote = run_cli("--endpoint", oxigraph_kb.query, *MEMBERS)
    assert embedded.exit_code == 0 and remote.exit_code == 0, remote.output
    assert json.loads(remote.output) == json.loads(embedded.output)  # same order, too


@pytest.mark.stores
def test_members_from_virtuoso_equal_the_embedded_answer(virtuoso_kb, store):
    embedded = run_cli(*MEMBERS)
    remote = run_cli("--endpoint", virtuoso_kb.query, *MEMBERS)
    assert embedded.exit_code == 0 and remote.exit_code == 0, remote.output
    # As sets of records: Virtuoso breaks ORDER BY ties its own way.
    assert records(remote.output) == records(embedded.output)


@pytest.mark.stores
def test_endpoint_from_the_environment(oxigraph_kb, store):
    result = run_cli(*MEMBERS, env={"BLOCGRAPH_ENDPOINT": oxigraph_kb.query})
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(run_cli(*MEMBERS).output)


def test_unreachable_endpoint_is_one_line_and_exit_2():
    port = free_port()
    result = run_cli("--endpoint", f"http://127.0.0.1:{port}/sparql", *MEMBERS)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: cannot reach"), result.output


class _Answer(BaseHTTPRequestHandler):
    """Answers every request with ``status``/``body`` and records what it was asked."""

    status = 200
    body = b"<html>not SPARQL</html>"
    content_type = "text/html"
    seen: list[dict] = []

    def log_message(self, *args):
        pass

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.seen.append(
            {
                "method": self.command,
                "path": self.path,
                "content-type": self.headers.get("Content-Type", ""),
                "accept": self.headers.get("Accept", ""),
                "body": self.rfile.read(length).decode() if length else "",
            }
        )
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = _answer


@pytest.fixture()
def answering_server():
    servers = []

    def make(status=200, body=b"<html>not SPARQL</html>", content_type="text/html"):
        handler = type(
            "Handler",
            (_Answer,),
            {"status": status, "body": body, "content_type": content_type, "seen": []},
        )
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/sparql", handler

    yield make
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("status", "body", "content_type", "message"),
    [
        (200, b"<html>hello</html>", "text/html", "did not answer with SPARQL JSON results"),
        (404, b"no", "text/plain", "HTTP 404"),
        (500, b"boom", "text/plain", "HTTP 500"),
        (401, b"who?", "text/plain", "BLOCGRAPH_USER"),
        (400, b"bad query at line 1", "text/plain", "bad query at line 1"),
    ],
)
def test_endpoint_failures_are_one_line(answering_server, status, body, content_type, message):
    url, _ = answering_server(status, body, content_type)
    result = run_cli("--endpoint", url, "query", "blocs")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], result.output


def test_remote_queries_ask_for_json_and_never_post_a_raw_query(answering_server):
    body = json.dumps(
        {
            "head": {"vars": ["x"]},
            "results": {
                "bindings": [
                    {
                        "x": {
                            "type": "typed-literal",
                            "value": "1",
                            "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                        }
                    },
                    {"x": {"type": "literal", "value": "chat", "xml:lang": "fr"}},
                ]
            },
        }
    ).encode()
    url, handler = answering_server(200, body, "application/sparql-results+json")
    store = RemoteStore(url)
    short = "SELECT ?x WHERE { ?s ?p ?x }"
    long = short + " # " + "x" * 6000  # too long for a GET: POSTed, form-encoded
    for query in (short, long):
        columns, rows = store.select(query)
        assert columns == ["x"] and rows[0]["x"].to_python() == 1
        assert rows[1]["x"].language == "fr"
    get, post = handler.seen
    assert get["method"] == "GET" and "query=SELECT" in get["path"]
    assert post["method"] == "POST" and post["body"].startswith("query=")
    assert post["content-type"] == "application/x-www-form-urlencoded"  # never sparql-query
    for request in handler.seen:  # JSON asked for explicitly, and only JSON
        assert request["accept"].startswith("application/sparql-results+json"), request


def test_remote_store_imports_httpx_lazily(answering_server):
    """httpx comes in with the first remote query, not with the store module or the CLI."""
    import subprocess
    import sys

    url, _ = answering_server(200, b'{"head": {"vars": []}, "results": {"bindings": []}}')
    code = (
        "import blocgraph.store, blocgraph.cli, sys; before = 'httpx' in sys.modules; "
        f"blocgraph.store.RemoteStore({url!r}).select('SELECT * {{}}'); "
        "print(before, 'httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False True"


# --- (d) SERVICE is refused locally -----------------------------------------------------------

FEDERATED = """PREFIX bg: <https://w3id.org/blocgraph/ontology#>
SELECT ?x WHERE {
  SERVICE <%s> { BIND(42 AS ?x) }
}
"""


def test_service_is_refused_on_the_embedded_store(tmp_path, store, answering_server):
    url, handler = answering_server()
    query = tmp_path / "federated.rq"
    query.write_text("# title: federated\n" + FEDERATED % url)
    result = run_cli("query", str(query))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "SERVICE" in lines[0] and "--allow-service" in lines[0]
    assert handler.seen == []  # nothing was asked of the remote endpoint
    with pytest.raises(StoreError, match="SERVICE"):
        store.select(FEDERATED % url)


@pytest.mark.stores
def test_allow_service_lets_it_through(tmp_path, store, oxigraph_kb):
    query = tmp_path / "federated.rq"
    bloc = "<https://w3id.org/blocgraph/ontology#Bloc>"
    query.write_text(
        "# title: federated\nSELECT (COUNT(*) AS ?n) WHERE {\n"
        f"  SERVICE <{oxigraph_kb.query}> {{ ?s a {bloc} }}\n}}\n"
    )
    result = run_cli("--allow-service", "query", str(query), "--format", "json")
    assert result.exit_code == 0, result.output
    assert int(json.loads(result.output)[0]["n"]) > 10


@pytest.mark.parametrize(
    ("query", "federated"),
    [
        ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
        ("select * { service silent <http://x/> {} }", True),
        ("SELECT * { SeRvIcE?endpoint {} }", True),
        ("SELECT * { \\u0053ERVICE <http://x/> {} }", True),  # escapes are undone first
        ("SELECT * { ?s ?p ?o FILTER(?x<3) SERVICE <http://a/> {} }", True),
        ('SELECT * { ?service ?p "SERVICE" } # SERVICE', False),
        ("SELECT * { <http://x/SERVICE> ex:service service:x }", False),
        ("SELECT * { ?s ?p '''a SERVICE \\''' b''' FILTER(?x < 3 && ?y > 2) }", False),
    ],
)
def test_service_detection(query, federated):
    assert uses_service(query) is federated


def test_named_queries_do_not_use_service():
    from blocgraph import queries

    assert [n for n, q in queries.library().items() if uses_service(q.text)] == []


# --- what the stores are given ------------------------------------------------------------------

XSD = "http://www.w3.org/2001/XMLSchema#"
LEXICAL = {
    XSD + "string": re.compile(r"(?s).*"),
    XSD + "date": re.compile(r"-?\d{4,}-\d\d-\d\d(Z|[+-]\d\d:\d\d)?"),
    XSD + "gYear": re.compile(r"-?\d{4,}(Z|[+-]\d\d:\d\d)?"),
    XSD + "gYearMonth": re.compile(r"-?\d{4,}-\d\d(Z|[+-]\d\d:\d\d)?"),
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "nonNegativeInteger": re.compile(r"\+?\d+"),
    XSD + "positiveInteger": re.compile(r"\+?0*[1-9]\d*"),
    XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    XSD + "boolean": re.compile(r"true|false|1|0"),
    XSD + "anyURI": re.compile(r"\S*"),
    XSD + "dateTime": re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?"),
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString": re.compile(r"(?s).*"),
}
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def test_export_is_data_stores_accept(kb_nt):
    """No blank nodes (stores rename them), absolute IRIs that parse, and every literal with a
    datatype a store knows and a lexical form valid for it (Virtuoso stores typed values, so an
    invalid form would come back changed or be refused)."""
    import pyoxigraph

    problems: list[str] = []
    count = 0
    for triple in pyoxigraph.parse(path=str(kb_nt), format=pyoxigraph.RdfFormat.N_TRIPLES):
        count += 1
        for term in (triple.subject, triple.predicate, triple.object):
            if isinstance(term, pyoxigraph.BlankNode):
                problems.append(f"blank node in {triple}")
            elif isinstance(term, pyoxigraph.NamedNode):
                if not SCHEME.match(term.value) or any(c in term.value for c in ' <>"{}|^`\\'):
                    problems.append(f"bad IRI {term.value!r}")
            elif isinstance(term, pyoxigraph.Literal):
                pattern = LEXICAL.get(term.datatype.value)
                if pattern is None:
                    problems.append(f"unexpected datatype {term.datatype.value} in {triple}")
                elif not pattern.fullmatch(term.value):
                    problems.append(f"{term.value!r} is not a valid {term.datatype.value}")
        if len(problems) > 20:
            break
    assert count > 1000
    assert not problems, "\n".join(problems[:20])


# --- parsing fetches nothing ------------------------------------------------------------------


def test_validating_a_file_fetches_nothing(tmp_path, answering_server):
    """A file that imports a remote ontology and names a remote context: validation reads the
    file only (rdflib is given local paths and a format; pySHACL does not follow imports)."""
    url, handler = answering_server(200, b"@prefix x: <http://x/> .", "text/turtle")
    data = tmp_path / "imports.ttl"
    data.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        f"<http://example.org/onto> a owl:Ontology ; owl:imports <{url}> .\n"
    )
    result = run_cli("validate", str(data))
    assert result.exit_code in (0, 1), result.output
    assert handler.seen == [], f"validation fetched {handler.seen}"
