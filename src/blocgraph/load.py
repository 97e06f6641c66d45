"""Load the knowledge base (as ``blocgraph export`` writes it) into an external triple store.

Two ways in, both all-or-nothing for the target graph:

* SPARQL 1.1 Update (default): ``INSERT DATA { GRAPH <staging> { ... } }`` in batches of at
  most ``max_body`` bytes (Oxigraph refuses update bodies over 1 MiB), form-encoded.
* Graph Store Protocol (``gsp``): one streamed ``PUT`` of the whole N-Triples file (with a
  Content-Length: Virtuoso answers 201 to a chunked body and loads nothing).

Either way the triples go into a fresh staging graph first; only when the staging graph holds
them all is it swapped in with one update (``MOVE`` to replace, ``ADD`` to add), so a failure
part-way leaves the target graph exactly as it was. A direct GSP ``PUT`` to the target is not
safe: Oxigraph clears the graph in one transaction and loads in another.

Transient failures (connection reset, HTTP 5xx/429) are retried a bounded number of times
with exponential backoff; retrying an ``INSERT DATA`` or a ``PUT`` is harmless. The swap is
never retried blindly (a second ``MOVE`` from a staging graph already moved would clear the
target on Virtuoso): the state is read back first.

Credentials come from the environment or ~/.netrc (``store.credentials_for``), Basic or Digest
(Virtuoso's ``/sparql-auth`` takes Digest only); Digest answers the server's challenge, so a
first request without credentials is not a failed login (Virtuoso blocks an address after four).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import os
import re
import socket
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from . import __version__
from .errors import StoreError
from .store import Credentials, check_endpoint_url, credentials_for
from .terms import IRI

#: Where the knowledge base goes when the store has no writable default graph (Virtuoso:
#: ``INSERT DATA`` without ``GRAPH`` is an error there, and its queries see every graph).
KB_GRAPH = "https://w3id.org/blocgraph/kb"
STAGING_PREFIX = "https://w3id.org/blocgraph/staging/"
#: Oxigraph server refuses SPARQL bodies over 1 MiB (MAX_SPARQL_BODY_SIZE).
MAX_BODY = 1_000_000
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
USER_AGENT = f"blocgraph/{__version__}"


@dataclass
class LoadResult:
    triples: int  # triples sent
    graph: str | None  # None: the default graph
    seconds: float
    method: str  # "SPARQL Update" or "Graph Store Protocol"
    requests: int  # batches (update) or uploads (GSP)
    graph_size: int | None  # triples in the target graph afterwards, as the store counts them
    endpoint: str = ""
    retries: int = 0

    def summary(self) -> str:
        graph = f"<{self.graph}>" if self.graph else "the default graph"
        size = ""
        if self.graph_size is not None and self.graph_size != self.triples:
            size = f", which now holds {self.graph_size}"
        unit = "batch" if self.method == "SPARQL Update" else "upload"
        plural = "es" if unit == "batch" and self.requests != 1 else ""
        if unit == "upload" and self.requests != 1:
            plural = "s"
        retried = f", {self.retries} retried" if self.retries else ""
        return (
            f"Loaded {self.triples} triples into {graph}{size} at {self.endpoint} in "
            f"{self.seconds:.2f} s ({self.method}, {self.requests} {unit}{plural}{retried})"
        )


# --- HTTP ------------------------------------------------------------------------------------


class GaveUp(StoreError):
    """Transient failures went on after every retry (the store may still be fine)."""


class _Transient(Exception):
    """A failure worth retrying; ``str()`` says what happened."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class Response:
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes

    def first_line(self) -> str:
        text = self.body.decode("utf-8", "replace")
        for line in text.splitlines():
            line = re.sub(r"<[^>]+>", " ", line).strip()  # HTML error pages
            if line:
                return " ".join(line.split())[:200]
        return ""


class FileBody:
    """A request body streamed from a file, re-readable for a retry."""

    def __init__(self, path: Path, progress: Callable[[int], None] | None = None) -> None:
        self.path = path
        self.size = path.stat().st_size
        self.progress = progress

    def open(self):
        return _ProgressReader(open(self.path, "rb"), self.progress)  # noqa: SIM115 - closed by the caller


class _ProgressReader:
    def __init__(self, stream, progress) -> None:
        self._stream = stream
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if data and self._progress:
            self._progress(len(data))
        return data

    def close(self) -> None:
        self._stream.close()


@dataclass
class _Digest:
    realm: str
    nonce: str
    qop: str | None
    algorithm: str
    opaque: str | None
    count: int = 0


def _parse_challenges(headers: http.client.HTTPMessage) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` challenges by lower-case scheme."""
    from urllib.request import parse_http_list, parse_keqv_list

    found: dict[str, dict[str, str]] = {}
    for value in headers.get_all("WWW-Authenticate") or []:
        scheme, _, rest = value.strip().partition(" ")
        try:
            params = parse_keqv_list(parse_http_list(rest)) if rest.strip() else {}
        except ValueError:
            params = {}
        found.setdefault(scheme.lower(), params)
    return found


class HttpClient:
    """A small HTTP/1.1 client: keep-alive connections, Basic and Digest auth, bounded retries
    with exponential backoff for transient failures. Every error becomes one ``StoreError``
    line without credentials in it."""

    def __init__(
        self,
        timeout: float = 300.0,
        retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.retried = 0
        self._connections: dict[tuple[str, str, int], http.client.HTTPConnection] = {}
        self._credentials: dict[str, Credentials | None] = {}
        self._digest: dict[tuple[str, int, str], _Digest] = {}
        self._reached: set[tuple[str, int]] = set()

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()

    # -- public --

    def request(
        self,
        method: str,
        url: str,
        body: bytes | FileBody | None = None,
        headers: dict[str, str] | None = None,
        what: str = "the request",
        retries: int | None = None,
        ok: Callable[[int], bool] = lambda status: 200 <= status < 300,
    ) -> Response:
        """Send a request, retrying transient failures; a StoreError unless ``ok(status)``."""
        attempts = (self.retries if retries is None else retries) + 1
        last = ""
        for attempt in range(attempts):
            if attempt:
                self.retried += 1
            try:
                response = self._authenticated(method, url, body, headers or {})
            except _Transient as err:
                last = str(err)
                if attempt + 1 < attempts:
                    self.sleep(self._delay(attempt, err.retry_after))
                continue
            if ok(response.status):
                return response
            raise StoreError(self._http_message(response, url, what))
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        raise GaveUp(f"{what} failed{tries}: {last}")

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, 30.0)
        return min(self.backoff * (2**attempt), 10.0)

    @staticmethod
    def _http_message(response: Response, url: str, what: str) -> str:
        detail = response.first_line()
        detail = f": {detail}" if detail else ""
        status = f"HTTP {response.status} {response.reason}"
        return f"{what} failed: {_strip_query(url)} answered {status}{detail}"

    # -- authentication --

    def credentials(self, url: str) -> Credentials | None:
        if url not in self._credentials:
            self._credentials[url] = credentials_for(url)
        return self._credentials[url]

    def _authenticated(self, method, url, body, headers) -> Response:
        creds = self.credentials(url)
        parts = urlsplit(url)
        space = (parts.hostname or "", parts.port or 0, parts.path)
        headers = {"User-Agent": USER_AGENT, **headers}
        sent_auth = False
        if creds and creds.scheme == "basic":
            token = base64.b64encode(f"{creds.user}:{creds.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
            sent_auth = True
        elif creds and space in self._digest:
            headers["Authorization"] = self._digest_header(method, url, creds, self._digest[space])
            sent_auth = True
        response = self._send(method, url, body, headers)
        if response.status != 401:
            return response
        challenges = _parse_challenges(response.headers)
        where = _strip_query(url)
        if creds is None:
            raise StoreError(
                f"{where} needs credentials (HTTP 401): set BLOCGRAPH_USER and BLOCGRAPH_PASSWORD "
                "or add a ~/.netrc entry for its host"
            )
        digest = challenges.get("digest")
        if creds.scheme == "basic":
            hint = " (it asks for Digest: set BLOCGRAPH_AUTH=digest)" if digest is not None else ""
            raise StoreError(f"{where} refused the credentials from {creds.source}{hint}")
        if digest is None or "nonce" not in digest:
            hint = " (it asks for Basic: set BLOCGRAPH_AUTH=basic)" if "basic" in challenges else ""
            raise StoreError(f"{where} did not offer Digest authentication{hint}")
        stale = digest.get("stale", "").lower() == "true"
        if sent_auth and not stale:
            # Our Digest answer was refused: a wrong user or password. Do not try again (four
            # failed logins block the address on Virtuoso).
            raise StoreError(f"{where} refused the credentials from {creds.source}")
        state = _Digest(
            realm=digest.get("realm", ""),
            nonce=digest["nonce"],
            qop=_pick_qop(digest.get("qop")),
            algorithm=digest.get("algorithm", "MD5"),
            opaque=digest.get("opaque"),
        )
        self._digest[space] = state
        headers["Authorization"] = self._digest_header(method, url, creds, state)
        response = self._send(method, url, body, headers)
        if response.status == 401:
            raise StoreError(f"{where} refused the credentials from {creds.source}")
        return response

    @staticmethod
    def _digest_header(method: str, url: str, creds: Credentials, state: _Digest) -> str:
        parts = urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        algorithm = state.algorithm.upper()
        base = algorithm[:-5] if algorithm.endswith("-SESS") else algorithm
        hasher = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}.get(base)
        if hasher is None:
            raise StoreError(
                f"{_strip_query(url)} asks for Digest {state.algorithm}, not supported"
            )

        def h(text: str) -> str:
            return hasher(text.encode("utf-8")).hexdigest()

        state.count += 1
        nc = f"{state.count:08x}"
        cnonce = os.urandom(8).hex()
        ha1 = h(f"{creds.user}:{state.realm}:{creds.password}")
        if algorithm.endswith("-SESS"):
            ha1 = h(f"{ha1}:{state.nonce}:{cnonce}")
        ha2 = h(f"{method}:{uri}")
        if state.qop:
            answer = h(f"{ha1}:{state.nonce}:{nc}:{cnonce}:{state.qop}:{ha2}")
        else:
            answer = h(f"{ha1}:{state.nonce}:{ha2}")
        fields = [
            f'username="{creds.user}"',
            f'realm="{state.realm}"',
            f'nonce="{state.nonce}"',
            f'uri="{uri}"',
            f'response="{answer}"',
            f"algorithm={state.algorithm}",
        ]
        if state.qop:
            fields += [f"qop={state.qop}", f"nc={nc}", f'cnonce="{cnonce}"']
        if state.opaque is not None:
            fields.append(f'opaque="{state.opaque}"')
        return "Digest " + ", ".join(fields)

    # -- transport --

    def _connection(self, parts) -> tuple[http.client.HTTPConnection, bool]:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        key = (parts.scheme, parts.hostname or "", port)
        conn = self._connections.get(key)
        if conn is not None:
            return conn, True
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(parts.hostname, port, timeout=self.timeout, blocksize=1 << 20)
        self._connections[key] = conn
        return conn, False

    def _drop(self, parts) -> None:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        conn = self._connections.pop((parts.scheme, parts.hostname or "", port), None)
        if conn is not None:
            conn.close()

    def _send(self, method: str, url: str, body, headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        host = (parts.hostname or "", parts.port or 0)
        where = f"{parts.scheme}://{parts.netloc}"
        for fresh_try in (False, True):
            conn, reused = self._connection(parts)
            stream = None
            try:
                send_headers = dict(headers)
                if isinstance(body, FileBody):
                    stream = body.open()
                    send_headers["Content-Length"] = str(body.size)
                    conn.request(method, target, body=stream, headers=send_headers)
                else:
                    conn.request(method, target, body=body, headers=send_headers)
                raw = conn.getresponse()
                data = raw.read()
                if raw.will_close:
                    self._drop(parts)
                self._reached.add(host)
                response = Response(raw.status, raw.reason, raw.headers, data)
                if raw.status in RETRY_STATUS:
                    detail = response.first_line()
                    raise _Transient(
                        f"{_strip_query(url)} answered HTTP {raw.status} {raw.reason}"
                        + (f": {detail}" if detail else ""),
                        _seconds(raw.headers.get("Retry-After")),
                    )
                return response
            except _Transient:
                raise
            except ConnectionRefusedError:
                self._drop(parts)
                if host in self._reached:  # it was there a moment ago: a restart, perhaps
                    raise _Transient(f"{where} refused the connection") from None
                raise StoreError(f"cannot reach the store at {where}: connection refused") from None
            except socket.gaierror as err:
                self._drop(parts)
                raise StoreError(f"cannot reach the store at {where}: {err.strerror}") from None
            except TimeoutError:
                self._drop(parts)
                raise _Transient(f"{where} did not answer within {self.timeout:g} s") from None
            except (
                ConnectionResetError,
                ConnectionAbortedError,
                BrokenPipeError,
                http.client.RemoteDisconnected,
                http.client.IncompleteRead,
            ) as err:
                self._drop(parts)
                if reused and not fresh_try:
                    continue  # a kept-alive connection the server had closed: reconnect once
                raise _Transient(
                    f"the connection to {where} broke ({type(err).__name__})"
                ) from None
            except (OSError, http.client.HTTPException) as err:
                self._drop(parts)
                text = getattr(err, "strerror", None) or str(err) or type(err).__name__
                raise StoreError(f"cannot talk to the store at {where}: {text}") from None
            finally:
                if stream is not None:
                    stream.close()
        raise AssertionError("unreachable")  # pragma: no cover


def _pick_qop(value: str | None) -> str | None:
    if not value:
        return None
    options = [q.strip() for q in value.split(",")]
    return "auth" if "auth" in options else None


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _strip_query(url: str) -> str:
    return url.split("?", 1)[0]


# --- SPARQL over HTTP ------------------------------------------------------------------------

# Form encoding by one str.translate (C speed) instead of quote_plus byte by byte: the
# characters the form syntax gives a meaning to are escaped; other ASCII goes as it is
# (servers decode form bodies leniently); non-ASCII is percent-encoded as UTF-8 below.
_FORM = str.maketrans(
    {
        "%": "%25",
        "&": "%26",
        "+": "%2B",
        "=": "%3D",
        ";": "%3B",
        "#": "%23",
        " ": "+",
        "\n": "%0A",
        "\r": "%0D",
        "\t": "%09",
    }
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def form_value(text: str) -> str:
    out = text.translate(_FORM)
    if not out.isascii():
        out = _NON_ASCII.sub(lambda m: quote(m[0], safe=""), out)
    return out


class Sparql:
    """Queries and updates against one store, through an ``HttpClient``."""

    def __init__(self, client: HttpClient, query_url: str, update_url: str) -> None:
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
            import json

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

    def select_int(self, query: str, what: str) -> int:
        import json

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
            bindings = json.loads(response.body)["results"]["bindings"]
            return int(next(iter(bindings[0].values()))["value"]) if bindings else 0
        except (ValueError, KeyError, TypeError, IndexError, StopIteration):
            raise StoreError(f"{what}: {self.query_url} sent an unexpected answer") from None

    def count(self, graph: str | None) -> int:
        pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        return self.select_int(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", "counting the triples"
        )

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
    path: Path, graph: str, max_body: int = MAX_BODY
) -> Iterator[tuple[bytes, int, int]]:
    """Form-encoded ``INSERT DATA`` bodies of at most ``max_body`` bytes from an N-Triples
    file: (body, triples in it, bytes of the file it covers)."""
    head = f"INSERT DATA {{ GRAPH <{graph}> {{\n"
    tail = "} }"
    overhead = len("update=") + len(form_value(head + tail))
    budget = max(1, int((max_body - overhead) * 0.85))  # escapes grow the text a little
    lines: list[str] = []
    size = 0
    with open(path, encoding="utf-8", newline="\n") as stream:
        for line in stream:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.endswith("\n"):
                line += "\n"
            lines.append(line)
            size += len(line)
            if size >= budget:
                yield from _encode_batch(lines, head, tail, max_body)
                lines, size = [], 0
    if lines:
        yield from _encode_batch(lines, head, tail, max_body)


def _encode_batch(lines, head, tail, max_body) -> Iterator[tuple[bytes, int, int]]:
    text = "".join(lines)
    body = ("update=" + form_value(head + text + tail)).encode("ascii")
    if len(body) <= max_body or len(lines) == 1:
        yield body, len(lines), len(text.encode("utf-8"))
        return
    half = len(lines) // 2
    yield from _encode_batch(lines[:half], head, tail, max_body)
    yield from _encode_batch(lines[half:], head, tail, max_body)


# --- loading ---------------------------------------------------------------------------------


@dataclass
class Plan:
    endpoint: str
    update_endpoint: str
    gsp: str | None
    graph: str | None
    replace: bool
    staging: str = field(default_factory=lambda: STAGING_PREFIX + uuid.uuid4().hex)


def _check_graph(graph: str) -> str:
    try:
        IRI(graph).n3()
    except ValueError:
        raise StoreError(f"--graph {graph!r} is not a valid IRI") from None
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", graph):
        raise StoreError(f"--graph {graph!r} is not an absolute IRI")
    return graph


def export_ntriples(directory: Path) -> Path:
    """The knowledge base as N-Triples (what ``blocgraph export --format nt`` writes)."""
    from .export import export_store

    path = directory / "blocgraph.nt"
    export_store("nt", path, None)
    return path


def count_lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as stream:
        for line in stream:
            stripped = line.strip()
            if stripped and not stripped.startswith(b"#"):
                count += 1
    return count


def load(
    endpoint: str,
    update_endpoint: str | None = None,
    gsp: str | None = None,
    graph: str | None = None,
    replace: bool = False,
    source: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    max_body: int = MAX_BODY,
    timeout: float = 300.0,
    retries: int = 3,
    backoff: float = 0.5,
    client: HttpClient | None = None,
) -> LoadResult:
    """Load ``source`` (default: the exported knowledge base) into ``graph`` of the store at
    ``endpoint`` (query) / ``update_endpoint`` / ``gsp``. ``progress(done, total)`` gets bytes.
    """
    started = time.perf_counter()
    check_endpoint_url(endpoint, "endpoint")
    update_endpoint = check_endpoint_url(
        update_endpoint or default_update_endpoint(endpoint), "update endpoint"
    )
    if gsp:
        check_endpoint_url(gsp, "Graph Store Protocol endpoint")
    if graph is not None:
        _check_graph(graph)
    own_client = client is None
    client = client or HttpClient(timeout=timeout, retries=retries, backoff=backoff)
    sparql = Sparql(client, endpoint, update_endpoint)
    try:
        sparql.probe()
        if graph is None and sparql.is_virtuoso:
            graph = KB_GRAPH
        plan = Plan(endpoint, update_endpoint, gsp, graph, replace)
        with tempfile.TemporaryDirectory(prefix="blocgraph-load-") as tmp:
            if source is None:
                path = export_ntriples(Path(tmp))
                exact = True  # a dump of a store: every triple once
            else:
                path = source
                exact = False
            result = _load_file(sparql, plan, path, exact, progress, max_body)
    finally:
        if own_client:
            client.close()
    result.seconds = time.perf_counter() - started
    result.retries = client.retried
    return result


def _load_file(sparql: Sparql, plan: Plan, path: Path, exact: bool, progress, max_body):
    total = path.stat().st_size
    done = 0

    def advance(nbytes: int) -> None:
        nonlocal done
        done += nbytes
        if progress:
            progress(min(done, total), total)

    staging = plan.staging
    # A no-op that checks we may write (and answers a Digest challenge) before any data goes.
    sparql.update(f"DROP SILENT GRAPH <{staging}>", "preparing the staging graph")
    swapped = False
    try:
        if plan.gsp:
            triples = count_lines(path)
            _upload_gsp(sparql, plan, path, advance)
            requests = 1
        else:
            triples = requests = 0
            for body, n, nbytes in iter_batches(path, staging, max_body):
                requests += 1
                sparql.update_body(body, f"sending batch {requests} ({n} triples)")
                triples += n
                advance(nbytes)
        if triples == 0:
            raise StoreError(f"{path}: no triples to load")
        staged = sparql.count(staging)
        if staged == 0 or (exact and staged != triples) or staged > triples:
            raise StoreError(
                f"the store holds {staged} of the {triples} triples sent to the staging graph; "
                "nothing was changed"
            )
        _swap(sparql, plan, staged)
        swapped = True
    finally:
        if not swapped:
            _drop_quietly(sparql, staging)
    graph_size = sparql.count(plan.graph)
    return LoadResult(
        triples=triples,
        graph=plan.graph,
        seconds=0.0,
        method="Graph Store Protocol" if plan.gsp else "SPARQL Update",
        requests=requests,
        graph_size=graph_size,
        endpoint=plan.endpoint,
    )


def _upload_gsp(sparql: Sparql, plan: Plan, path: Path, advance) -> None:
    assert plan.gsp is not None
    sep = "&" if "?" in plan.gsp else "?"
    url = f"{plan.gsp}{sep}{urlencode({'graph': plan.staging})}"
    client = sparql.client
    creds = client.credentials(url)
    if creds and creds.scheme == "digest":
        # Answer the Digest challenge with a small request, not with the whole file.
        client.request(
            "HEAD", url, what="reaching the Graph Store", ok=lambda s: s < 400 or s == 404
        )
    client.request(
        "PUT",
        url,
        body=FileBody(path, advance),
        headers={"Content-Type": "application/n-triples"},
        what="uploading to the Graph Store",
    )


def _swap(sparql: Sparql, plan: Plan, staged: int) -> None:
    """Put the staging graph in place with one update. Never retried blindly: after a
    transient failure the staging graph is counted first (a second MOVE from a graph already
    moved would clear the target on Virtuoso)."""
    target = f"<{plan.graph}>" if plan.graph else "DEFAULT"
    staging = f"<{plan.staging}>"
    if plan.replace:
        text = f"MOVE {staging} TO {target}"
    else:
        text = f"ADD {staging} TO {target} ; DROP SILENT GRAPH {staging}"
    client = sparql.client
    for attempt in range(client.retries + 1):
        try:
            sparql.update(text, "swapping the staging graph in", retries=0)
            return
        except GaveUp as err:
            failure = err
        left = sparql.count(plan.staging)
        if left == 0:
            return  # it happened; only the answer was lost
        if left != staged or attempt == client.retries:
            raise failure
        client.retried += 1
        client.sleep(client._delay(attempt, None))


def _drop_quietly(sparql: Sparql, staging: str) -> None:
    with contextlib.suppress(StoreError):
        sparql.update(f"DROP SILENT GRAPH <{staging}>", "removing the staging graph", retries=1)
