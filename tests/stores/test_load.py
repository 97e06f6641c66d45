"""``blocgraph load``: replacing is repeatable, failures are one line with exit status 2 and
leave the target graph exactly as it was, transient errors are retried, credentials come from
the environment or ~/.netrc and are never shown."""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from pathlib import Path

import pytest

from .helpers import (
    Endpoint,
    FaultProxy,
    count_triples,
    drop_graph,
    free_port,
    graph_lines,
    run_cli,
    staging_graphs,
)

pytestmark = pytest.mark.stores


def one_error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got:\n{result.output}"
    assert lines[0].startswith("Error: "), lines[0]
    return lines[0]


def summary_of(result) -> dict[str, int]:
    m = re.search(
        r"Loaded (\d+) triples .*: (?:(\d+) added, (\d+) removed|nothing to change)"
        r"; the graphs? holds? (\d+)",
        result.output,
    )
    assert m, result.output
    return {
        "triples": int(m[1]),
        "added": int(m[2] or 0),
        "removed": int(m[3] or 0),
        "holds": int(m[4]),
    }


@pytest.fixture()
def test_graph(request):
    """A fresh graph IRI, dropped afterwards from every store the test used."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name)[:60]
    iri = f"https://w3id.org/blocgraph/test/{name}/{uuid.uuid4().hex[:8]}"
    used: list[Endpoint] = []
    yield iri, used
    for endpoint in used:
        drop_graph(endpoint, iri)


@pytest.fixture(scope="module")
def subsets(kb_lines, tmp_path_factory) -> dict[str, Path]:
    """Parts of the exported knowledge base, as N-Triples files."""
    folder = tmp_path_factory.mktemp("subsets")
    parts = {
        "small": kb_lines[:300],
        "a": kb_lines[:3000],
        "b": kb_lines[2000:14000],  # overlaps a; about 2 MB: several 1 MB batches
    }
    files = {}
    for name, lines in parts.items():
        path = folder / f"{name}.nt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files[name] = path
    return files


# --- replacing twice ----------------------------------------------------------------------


def test_oxigraph_replace_twice_keeps_the_count(oxigraph_kb, kb_lines):
    before = count_triples(oxigraph_kb.query, None)  # the union: both graphs
    assert before == len(kb_lines)
    for gsp in (False, True):
        result = run_cli(*oxigraph_kb.load_args("--replace", gsp=gsp))
        assert result.exit_code == 0, result.output
        summary = summary_of(result)
        assert summary["triples"] == summary["holds"] == len(kb_lines)
        assert summary["added"] == summary["removed"] == 0  # nothing changed: nothing sent
    assert count_triples(oxigraph_kb.query, None) == before
    assert not staging_graphs(oxigraph_kb.query)


@pytest.mark.parametrize("gsp", [False, True], ids=["update", "gsp"])
@pytest.mark.parametrize("store", ["oxigraph", "virtuoso"])
def test_replace_twice_into_a_named_graph(store, gsp, request, subsets, test_graph):
    endpoint: Endpoint = request.getfixturevalue(store)
    graph, used = test_graph
    used.append(endpoint)
    expected = sum(1 for line in subsets["b"].read_text().splitlines() if line.strip())
    for _ in range(2):
        args = endpoint.load_args(
            "--graph", graph, "--replace", "--input", str(subsets["b"]), gsp=gsp
        )
        result = run_cli(*args, env=endpoint.env)
        assert result.exit_code == 0, result.output
        assert summary_of(result)["holds"] == expected
        assert count_triples(endpoint.query, graph) == expected
    assert summary_of(result)["added"] == 0  # the second time there was nothing to send
    assert graph_lines(endpoint.query, graph) == set(
        line for line in subsets["b"].read_text(encoding="utf-8").splitlines() if line.strip()
    )
    assert not [g for g in staging_graphs(endpoint.query)]


@pytest.mark.parametrize("store", ["oxigraph", "virtuoso"])
def test_replace_removes_and_add_keeps(store, request, subsets, test_graph):
    endpoint: Endpoint = request.getfixturevalue(store)
    graph, used = test_graph
    used.append(endpoint)
    lines = {
        name: set(p.read_text(encoding="utf-8").splitlines()) - {""} for name, p in subsets.items()
    }

    def load(name, *extra):
        result = run_cli(
            *endpoint.load_args("--graph", graph, "--input", str(subsets[name]), *extra),
            env=endpoint.env,
        )
        assert result.exit_code == 0, result.output
        return summary_of(result)

    load("a", "--replace")
    summary = load("b")  # add: a ∪ b
    assert summary["added"] == len(lines["b"] - lines["a"]) and summary["removed"] == 0
    assert graph_lines(endpoint.query, graph) == lines["a"] | lines["b"]
    summary = load("small", "--replace")  # replace: exactly small
    assert summary["removed"] == len((lines["a"] | lines["b"]) - lines["small"])
    assert graph_lines(endpoint.query, graph) == lines["small"]


def test_virtuoso_replace_twice_keeps_the_count(virtuoso_kb, kb_lines):
    from blocgraph.load import KB_GRAPH

    result = run_cli(*virtuoso_kb.load_args("--replace", gsp=True), env=virtuoso_kb.env)
    assert result.exit_code == 0, result.output
    summary = summary_of(result)
    assert summary["holds"] == len(kb_lines)
    # read back in pages (Virtuoso cuts results at 100000 rows) and found complete and equal
    assert summary["added"] == summary["removed"] == 0, result.output
    assert count_triples(virtuoso_kb.query, KB_GRAPH) == len(kb_lines)
    assert not staging_graphs(virtuoso_kb.query)


# --- unreachable, refusing ------------------------------------------------------------------


def test_unreachable_store_is_one_line_and_exit_2():
    port = free_port()  # nothing listens there
    result = run_cli("load", "--endpoint", f"http://127.0.0.1:{port}/query")
    assert result.exit_code == 2
    line = one_error_line(result)
    assert "cannot reach" in line and f"127.0.0.1:{port}" in line


def test_not_a_sparql_endpoint_is_one_line_and_exit_2(fault_proxy, oxigraph):
    proxy = fault_proxy(oxigraph.query, lambda *request: 404)
    result = run_cli("load", "--endpoint", proxy.url(oxigraph.query))
    assert result.exit_code == 2
    assert "HTTP 404" in one_error_line(result)


def test_load_needs_an_endpoint():
    result = run_cli("load")
    assert result.exit_code == 2
    assert "--endpoint" in one_error_line(result)


# --- failures part-way leave the target as it was ---------------------------------------------


def _seed(endpoint: Endpoint, graph: str, path: Path) -> set[str]:
    result = run_cli(
        *endpoint.load_args("--graph", graph, "--replace", "--input", str(path)), env=endpoint.env
    )
    assert result.exit_code == 0, result.output
    return graph_lines(endpoint.query, graph)


def _through(proxy: FaultProxy, endpoint: Endpoint, *extra: str, gsp: bool = False):
    args = [
        "load",
        "--endpoint",
        proxy.url(endpoint.query),
        "--update-endpoint",
        proxy.url(endpoint.update),
    ]
    if gsp:
        args += ["--gsp", proxy.url(endpoint.gsp)]
    return run_cli(*args, *extra, env=endpoint.env)


FAILURES = {
    # (requests that fail, how many pass first, status, load options)
    # the second INSERT DATA batch and every one after it
    "500-after-first-batch": ("update", b"INSERT+DATA", 1, 500, ["--replace"]),
    # the one update that applies the staged triples (removals and additions)
    "500-on-apply-replace": ("update", b"?a+?b+?c", 0, 500, ["--replace"]),
    # ... (additions only)
    "500-on-apply-add": ("update", b"ADD+<", 0, 500, []),
    # an overloaded server, for good
    "503-forever": ("update", b"INSERT+DATA", 0, 503, ["--replace"]),
    # the Graph Store upload
    "500-on-upload": ("gsp", b"", 0, 500, ["--replace"]),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_failure_part_way_leaves_the_target_unchanged(
    failure, oxigraph, subsets, test_graph, fault_proxy
):
    kind, marker, allowed, status, options = FAILURES[failure]
    graph, used = test_graph
    used.append(oxigraph)
    before = _seed(oxigraph, graph, subsets["a"])
    seen = {"n": 0}

    def rule(method, path, body, headers):
        if kind == "update" and method == "POST" and path == "/update" and marker in body:
            seen["n"] += 1
            return status if seen["n"] > allowed else None
        if kind == "gsp" and method in ("PUT", "POST") and path.startswith("/store"):
            return status
        return None

    proxy = fault_proxy(oxigraph.query, rule)
    result = _through(
        proxy, oxigraph, "--graph", graph, *options, "--input", str(subsets["b"]), gsp=kind == "gsp"
    )
    assert result.exit_code == 2, result.output
    line = one_error_line(result)
    assert f"HTTP {status}" in line and "after 4 attempts" in line, line
    assert line.endswith("is unchanged"), line
    assert graph_lines(oxigraph.query, graph) == before
    assert not staging_graphs(oxigraph.query)


def test_a_transient_error_is_retried(oxigraph, subsets, test_graph, fault_proxy):
    graph, used = test_graph
    used.append(oxigraph)
    seen = {"n": 0}

    def rule(method, path, body, headers):
        if method == "POST" and b"INSERT+DATA" in body:
            seen["n"] += 1
            return 503 if seen["n"] == 1 else None
        return None

    proxy = fault_proxy(oxigraph.query, rule)
    result = _through(proxy, oxigraph, "--graph", graph, "--input", str(subsets["a"]))
    assert result.exit_code == 0, result.output
    assert "1 retries" in result.output
    assert count_triples(oxigraph.query, graph) == 3000


# --- credentials --------------------------------------------------------------------------

PASSWORD = "s3cret-pass-word"


class AuthProxy(FaultProxy):
    """Wants Basic or Digest credentials (user "loader", PASSWORD) before it passes a request
    on; counts the credentials it refused."""

    realm = "test-realm"
    nonce = "d1f0c0ffee"

    def __init__(self, upstream: str, scheme: str) -> None:
        self.scheme = scheme
        self.refused = 0
        super().__init__(upstream, self._check)

    def extra_headers(self, status):
        if status != 401:
            return []
        if self.scheme == "digest":
            challenge = (
                f'Digest realm="{self.realm}", nonce="{self.nonce}", qop="auth", '
                'algorithm=MD5, opaque="0pa"'
            )
        else:
            challenge = f'Basic realm="{self.realm}"'
        return [("WWW-Authenticate", challenge)]

    def _check(self, method, path, body, headers):
        header = headers.get("Authorization")
        if header is None:
            return 401
        if not self._valid(method, header):
            self.refused += 1
            return 401
        return None

    def _valid(self, method: str, header: str) -> bool:
        import base64
        from urllib.request import parse_http_list, parse_keqv_list

        if self.scheme == "basic":
            return header == "Basic " + base64.b64encode(f"loader:{PASSWORD}".encode()).decode()
        if not header.startswith("Digest "):
            return False
        f = parse_keqv_list(parse_http_list(header[len("Digest ") :]))

        def h(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = h(f"loader:{self.realm}:{PASSWORD}")
        ha2 = h(f"{method}:{f['uri']}")
        want = h(f"{ha1}:{self.nonce}:{f['nc']}:{f['cnonce']}:{f['qop']}:{ha2}")
        return f.get("username") == "loader" and f.get("response") == want


def _auth_proxy(scheme: str, upstream: str) -> AuthProxy:
    return AuthProxy(upstream, scheme)


def _load_small_through(proxy: AuthProxy, oxigraph, subsets, env: dict[str, str]):
    """``blocgraph load`` of the small subset into Oxigraph through the auth proxy."""
    endpoint = proxy.url(oxigraph.query)
    return run_cli("load", "--endpoint", endpoint, "--input", str(subsets["small"]), env=env)


@pytest.mark.parametrize("scheme", ["basic", "digest"])
@pytest.mark.parametrize("source", ["env", "netrc"])
def test_credentials_from_env_or_netrc(
    scheme, source, oxigraph, subsets, test_graph, monkeypatch, tmp_path
):
    graph, used = test_graph
    used.append(oxigraph)
    proxy = _auth_proxy(scheme, oxigraph.query)
    try:
        env = {"BLOCGRAPH_AUTH": scheme}
        if source == "env":
            env |= {"BLOCGRAPH_USER": "loader", "BLOCGRAPH_PASSWORD": PASSWORD}
        else:
            netrc = Path(os.environ["HOME"]) / ".netrc"
            netrc.write_text(f"machine 127.0.0.1 login loader password {PASSWORD}\n")
            netrc.chmod(0o600)
        endpoint = Endpoint(
            "proxy",
            proxy.url(oxigraph.query),
            proxy.url(oxigraph.update),
            proxy.url(oxigraph.gsp),
            env,
        )
        for gsp in (False, True):
            result = run_cli(
                *endpoint.load_args(
                    "--graph", graph, "--replace", "--input", str(subsets["small"]), gsp=gsp
                ),
                env=env,
            )
            assert result.exit_code == 0, result.output
            assert PASSWORD not in result.output
        assert proxy.refused == 0  # Digest answers the challenge: no failed login on the way
        assert count_triples(oxigraph.query, graph) == 300
    finally:
        proxy.close()


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_wrong_credentials_are_one_line_never_shown(scheme, oxigraph, subsets):
    proxy = _auth_proxy(scheme, oxigraph.query)
    try:
        wrong = "not-the-" + PASSWORD
        env = {"BLOCGRAPH_AUTH": scheme, "BLOCGRAPH_USER": "loader", "BLOCGRAPH_PASSWORD": wrong}
        result = _load_small_through(proxy, oxigraph, subsets, env)
        assert result.exit_code == 2
        line = one_error_line(result)
        assert "refused the credentials" in line
        assert wrong not in result.output
        assert proxy.refused <= 1  # one failed login, no retrying with a wrong password
    finally:
        proxy.close()


def test_basic_where_digest_is_wanted_says_so(oxigraph, subsets):
    proxy = _auth_proxy("digest", oxigraph.query)
    try:
        env = {"BLOCGRAPH_USER": "loader", "BLOCGRAPH_PASSWORD": PASSWORD}  # Basic by default
        result = _load_small_through(proxy, oxigraph, subsets, env)
        assert result.exit_code == 2
        assert "BLOCGRAPH_AUTH=digest" in one_error_line(result)
    finally:
        proxy.close()


def test_credentials_in_the_url_are_refused_and_not_echoed():
    result = run_cli("load", "--endpoint", f"http://loader:{PASSWORD}@127.0.0.1:1/query")
    assert result.exit_code == 2
    line = one_error_line(result)
    assert "BLOCGRAPH_USER" in line and PASSWORD not in result.output


def test_query_endpoint_credentials_in_the_url_are_refused():
    result = run_cli("--endpoint", f"http://loader:{PASSWORD}@127.0.0.1:1/query", "members", "SCO")
    assert result.exit_code == 2
    assert PASSWORD not in result.output
    one_error_line(result)
