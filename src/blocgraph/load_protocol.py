"""The SPARQL protocols ``blocgraph load`` speaks, over ``load_http.Client``: queries and
updates (SPARQL 1.1 Protocol, form-encoded POSTs), ``INSERT DATA`` batches, Graph Store
Protocol URLs, and reading a graph back as canonical N-Triples lines.

Updates are always form-encoded, never a raw ``application/sparql-update`` body, and queries
too (Virtuoso hangs on raw ``application/sparql-query`` bodies: virtuoso-opensource#842).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote_from_bytes, urlencode, urlsplit

from .errors import StoreError
from .load_http import Client, Response

#: Oxigraph server refuses SPARQL bodies over 1 MiB (MAX_SPARQL_BODY_SIZE).
MAX_BODY = 1_000_000
#: Longer INSERT DATA requests fail on Virtuoso: "The length of generated SQL text has exceeded
#: 10000 lines of code" (2000 triples) or "memory exhausted".
VIRTUOSO_MAX_TRIPLES = 1000
#: Virtuoso cuts every result (CONSTRUCT and Graph Store GET too) at ResultSetMaxRows,
#: 100000 by default, without saying so: its graphs are read in pages.
VIRTUOSO_MAX_ROWS = 100_000
_MAX_PAGES = 100

# --- SPARQL over HTTP ------------------------------------------------------------------------

# Form encoding with a few bytes.replace passes (C speed; quote_plus goes byte by byte in
# Python and costs more than the store's own work): the bytes the form syntax gives a meaning
# to are escaped, other ASCII goes as it is (form decoders take it literally), and bytes of
# non-ASCII characters are percent-encoded in a second pass only where there are any.
_FORM_ESCAPES = (
    (b"%", b"%25"),  # first, so that later escapes are not escaped again
    (b"&", b"%26"),
    (b"+", b"%2B"),
    (b"=", b"%3D"),
    (b";", b"%3B"),
    (b"#", b"%23"),
    (b"\n", b"%0A"),
    (b"\r", b"%0D"),
    (b"\t", b"%09"),
    (b" ", b"+"),
)
_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")


def form_bytes(data: bytes) -> bytes:
    """``data`` (UTF-8) encoded as an application/x-www-form-urlencoded value."""
    for char, escape in _FORM_ESCAPES:
        if char in data:
            data = data.replace(char, escape)
    if not data.isascii():
        data = _HIGH_BYTES.sub(lambda m: quote_from_bytes(m[0], safe="").encode("ascii"), data)
    return data


def form_value(text: str) -> str:
    return form_bytes(text.encode("utf-8")).decode("ascii")


class Sparql:
    """Queries and updates against one store, through a ``load_http.Client``."""

    def __init__(self, client: Client, query_url: str, update_url: str) -> None:
        self.client = client
        self.query_url = query_url
        self.update_url = update_url
        self.server = ""

    def probe(self) -> str:
        """Check the query endpoint answers SPARQL; returns its ``Server`` header."""
        response = self.client.request(
            "GET",
            f"{self.query_url}?{urlencode({'query': 'ASK {}'})}",
            headers={"Accept": "application/sparql-results+json"},
            what="asking the query endpoint",
        )
        try:
            json.loads(response.body)["boolean"]  # noqa: B018 - shape check
        except (ValueError, KeyError, TypeError):
            raise StoreError(
                f"{self.query_url} did not answer like a SPARQL query endpoint"
            ) from None
        self.server = response.headers.get("Server", "") or ""
        return self.server

    @property
    def is_virtuoso(self) -> bool:
        return self.server.lower().startswith("virtuoso")

    @property
    def is_oxigraph(self) -> bool:
        return self.server.lower().startswith("oxigraph")

    def _results(self, query: str, what: str) -> dict:
        response = self.client.request(
            "POST",
            self.query_url,
            body=f"query={form_value(query)}".encode("ascii"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json",
            },
            what=what,
        )
        try:
            data = json.loads(response.body)
            if not isinstance(data, dict):
                raise ValueError
            return data
        except ValueError:
            raise StoreError(f"{what}: {self.query_url} sent an unexpected answer") from None

    def select_int(self, query: str, what: str) -> int:
        try:
            bindings = self._results(query, what)["results"]["bindings"]
            return int(next(iter(bindings[0].values()))["value"]) if bindings else 0
        except (ValueError, KeyError, TypeError, IndexError, StopIteration):
            raise StoreError(f"{what}: {self.query_url} sent an unexpected answer") from None

    def ask(self, query: str, what: str) -> bool:
        answer = self._results(query, what).get("boolean")
        if not isinstance(answer, bool):
            raise StoreError(f"{what}: {self.query_url} sent an unexpected answer")
        return answer

    def graphs(self, prefix: str, what: str) -> list[str]:
        """The named graphs whose IRI starts with ``prefix``. All the store's graphs are
        listed and picked here: with the prefix in a FILTER, Virtuoso took 5.7 s where the
        grouped list below takes 0.1 s (the knowledge base loaded). Oxigraph lists empty named
        graphs too; Virtuoso has none."""
        if self.is_oxigraph:  # its named graphs are listed without reading their triples
            query = "SELECT ?g WHERE { GRAPH ?g { } }"
        else:
            # Grouped, not SELECT DISTINCT (the same list): Virtuoso answers DISTINCT with its
            # procedure SPARQL_SELECT_KNOWN_GRAPHS, which ran past MaxQueryExecutionTime
            # (SR171 after 60 s) over the 0.7 M triples of the knowledge base, and lists only
            # the graphs it knows of, not always all (virtuoso-opensource#80, #953); grouped,
            # it is one pass over the graph column of its quads: 0.1 s. On every store but
            # Oxigraph, so that a proxy which hides Virtuoso's Server header changes nothing.
            # (``GRAPH ?g { }`` gives one unbound row on Virtuoso.)
            query = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        try:
            rows = self._results(query, what)["results"]["bindings"]
            names = [row["g"]["value"] for row in rows if row.get("g", {}).get("type") == "uri"]
        except (KeyError, TypeError, AttributeError):
            raise StoreError(f"{what}: {self.query_url} sent an unexpected answer") from None
        return sorted(name for name in names if name.startswith(prefix))

    def count(self, graph: str | None) -> int:
        pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
        if self.is_virtuoso:
            # Virtuoso keeps the plan it compiled for a query text. A count of the derived graph
            # planned while the graph was empty then ran past MaxQueryExecutionTime once the
            # load had filled it (SR171 "Transaction timed out", 60 s each try, in this load
            # and every later one), where the same count with another text took 0.2 s. A
            # comment makes each count's text its own.
            query += f" # {uuid.uuid4().hex[:12]}"
        return self.select_int(query, "counting the triples")

    def update(self, text: str, what: str, retries: int | None = None) -> Response:
        return self.update_body(f"update={form_value(text)}".encode("ascii"), what, retries)

    def update_body(self, body: bytes, what: str, retries: int | None = None) -> Response:
        return self.client.request(
            "POST",
            self.update_url,
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"},
            what=what,
            retries=retries,
        )


def default_update_endpoint(query_url: str) -> str:
    """Oxigraph and Fuseki answer updates at .../update next to .../query; others (Virtuoso,
    GraphDB's statements aside) take both at one URL."""
    parts = urlsplit(query_url)
    if parts.path.endswith("/query"):
        return parts._replace(path=parts.path[: -len("query")] + "update").geturl()
    return query_url


# --- batches ---------------------------------------------------------------------------------


def iter_batches(
    path: Path, graph: str, max_body: int = MAX_BODY, max_triples: int | None = None
) -> Iterator[tuple[bytes, int, int]]:
    """Form-encoded ``INSERT DATA`` bodies from an N-Triples file, each at most ``max_body``
    bytes and ``max_triples`` lines, cut at line ends: (body, triples, bytes of the file).
    N-Triples is SPARQL triple syntax already, so lines go in as they are."""
    head = b"update=" + form_bytes(f"INSERT DATA {{ GRAPH <{graph}> {{\n".encode())
    tail = form_bytes(b"} }")
    budget = max(256, int((max_body - len(head) - len(tail)) * 0.9))  # escapes add a little
    limit = max_triples or 1 << 62
    lines: list[bytes] = []
    size = 0
    with open(path, "rb") as stream:
        for line in stream:
            if not line.strip():
                continue
            if not line.endswith(b"\n"):
                line += b"\n"
            lines.append(line)
            size += len(line)
            if size >= budget or len(lines) >= limit:
                yield from _encode_batch(lines, head, tail, max_body)
                lines, size = [], 0
    if lines:
        yield from _encode_batch(lines, head, tail, max_body)


def _encode_batch(
    lines: list[bytes], head: bytes, tail: bytes, max_body: int
) -> Iterator[tuple[bytes, int, int]]:
    data = b"".join(lines)
    body = head + form_bytes(data) + tail
    if len(body) <= max_body or len(lines) == 1:
        yield body, len(lines), len(data)
        return
    half = len(lines) // 2
    yield from _encode_batch(lines[:half], head, tail, max_body)
    yield from _encode_batch(lines[half:], head, tail, max_body)


def _canonical_lines(body: bytes, content_type: str) -> tuple[set[bytes], bool] | None:
    """The triples of an RDF document as canonical N-Triples lines, and whether any has a
    blank node; None if it does not parse."""
    import pyoxigraph

    kind = content_type.split(";")[0].strip().lower()
    fmt = {
        "text/turtle": pyoxigraph.RdfFormat.TURTLE,
        "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
    }.get(kind, pyoxigraph.RdfFormat.N_TRIPLES)
    store = pyoxigraph.Store()
    try:
        store.load(body, format=fmt, to_graph=pyoxigraph.DefaultGraph())
    except (SyntaxError, ValueError, OSError):
        return None
    blank = bool(store.query("ASK { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }"))
    dump = store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return {line for line in dump.split(b"\n") if line.strip()}, blank  # type: ignore[union-attr]


def gsp_url(base: str, graph: str | None) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}{urlencode({'graph': graph})}" if graph else f"{base}{sep}default"


def fetch_graph(
    sparql: Sparql, graph: str | None, gsp: str | None, expected: int
) -> set[bytes] | None:
    """The target graph's triples as canonical N-Triples lines, or None if they cannot be had
    whole (then the caller replaces the graph without comparing).

    Whatever comes back is checked: as many distinct lines as the store counts triples, none
    with a blank node. Lines that still differ from the export's in form only (another
    serialiser's escapes) are harmless: they show up as removed and added again, in the one
    update that applies the changes."""
    if sparql.is_virtuoso:
        lines = _fetch_virtuoso(sparql, graph, expected)
    else:
        lines = _fetch_whole(sparql, graph, gsp)
    if lines is None or len(lines) != expected:
        return None  # cut short, or with blank nodes (which do not compare)
    return lines


_ACCEPT_NT = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"


def _construct(sparql: Sparql, graph: str | None, modifiers: str = "") -> Response:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}{modifiers}"
    return sparql.client.request(
        "POST",
        sparql.query_url,
        body=b"query=" + form_bytes(query.encode()),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT_NT},
        what="reading the target graph",
    )


def _fetch_whole(sparql: Sparql, graph: str | None, gsp: str | None) -> set[bytes] | None:
    if gsp:
        response = sparql.client.request(
            "GET",
            gsp_url(gsp, graph),
            headers={"Accept": _ACCEPT_NT},
            what="reading the target graph",
        )
    else:
        response = _construct(sparql, graph)
    content_type = response.headers.get("Content-Type", "")
    if sparql.is_oxigraph and content_type.startswith("application/n-triples"):
        # Oxigraph writes N-Triples as the export does (the same serialiser). "_:" anywhere,
        # even in a literal, counts as a blank node: that only costs a whole replacement.
        if b"_:" in response.body:
            return None
        return {line for line in response.body.split(b"\n") if line.strip()}
    parsed = _canonical_lines(response.body, content_type)
    return None if parsed is None or parsed[1] else parsed[0]


def _fetch_virtuoso(sparql: Sparql, graph: str | None, expected: int) -> set[bytes] | None:
    """Pages of CONSTRUCT .. LIMIT .. OFFSET (without ORDER BY, which costs more than it is
    worth here: should pages overlap or miss, the count check in ``fetch_graph`` notices)."""
    lines: set[bytes] = set()
    escaped: list[bytes] = []
    offset = 0
    for _ in range(_MAX_PAGES):
        if offset >= expected:
            break
        response = _construct(sparql, graph, f" LIMIT {VIRTUOSO_MAX_ROWS} OFFSET {offset}")
        if not response.headers.get("Content-Type", "").startswith("application/n-triples"):
            return None
        if b"_:" in response.body:
            return None
        page = [line for line in response.body.split(b"\n") if line.strip()]
        if not page:
            break
        offset += len(page)
        # Virtuoso separates terms with tabs and escapes non-ASCII as \uXXXX: tabs become
        # spaces (a tab inside a literal is written escaped), escaped lines are re-parsed.
        for line in page:
            if b"\\u" in line or b"\\U" in line:
                escaped.append(line)
            else:
                lines.add(line.replace(b"\t", b" "))
    if escaped:
        parsed = _canonical_lines(b"\n".join(escaped) + b"\n", "application/n-triples")
        if parsed is None:
            return None
        lines |= parsed[0]
    return lines
