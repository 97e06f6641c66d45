"""Load the knowledge base (as ``blocgraph export`` writes it) into an external triple store,
all or nothing: a failure part-way leaves the target graph exactly as it was.

What is sent is the difference: the target graph is read back (when the store gives it whole)
and compared with the data line by line (both canonical N-Triples), so only triples it lacks
are added and, with ``replace``, only triples it has that the data lacks are removed. A reload
of unchanged data sends nothing.

How it is sent:

* SPARQL 1.1 Update (default): ``INSERT DATA { GRAPH <staging> { ... } }`` in batches of at
  most ``max_body`` bytes (Oxigraph refuses update bodies over 1 MiB) and, on Virtuoso, 1000
  triples (its SQL compiler gives up on longer ones), form-encoded;
* Graph Store Protocol (``gsp``): one streamed ``PUT`` with a Content-Length (Virtuoso answers
  201 to a chunked body and loads nothing).

Either way additions and removals go into fresh staging graphs, and are applied with one
update once the store holds all of them (``DELETE {..} WHERE { GRAPH <staging-del> {..} } ;
ADD <staging-add> TO <target>``; ``MOVE`` when the target cannot be read whole, as with a
Virtuoso graph over its 100000-row result limit). One request is one transaction in both
Oxigraph and Virtuoso. A direct ``PUT`` to the target is not safe on Virtuoso: a body that
fails half-way leaves the part before the failure loaded. On Oxigraph a Graph Store ``POST``
is one transaction (checked: a body cut short or failing to parse changes nothing), so data
that only adds to a graph goes straight there, and the knowledge base going into an empty
graph is streamed into the request as the export writes it.

Transient failures (connection reset, HTTP 5xx/408/429) are retried a bounded number of
times with exponential backoff; retrying ``INSERT DATA`` or ``PUT`` is harmless. The final
update is never retried blindly (a second ``MOVE`` from a staging graph already moved would
clear the target on Virtuoso, which treats a missing source as empty): the staging graph is
counted first.

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
from urllib.parse import quote_from_bytes, urlencode, urlsplit

from . import __version__
from .errors import StoreError
from .store import Credentials, check_endpoint_url, credentials_for

#: Where the knowledge base goes when the store has no writable default graph (Virtuoso:
#: ``INSERT DATA`` without ``GRAPH`` is an error there, and its queries see every graph).
KB_GRAPH = "https://w3id.org/blocgraph/kb"
STAGING_PREFIX = "https://w3id.org/blocgraph/staging/"
#: Oxigraph server refuses SPARQL bodies over 1 MiB (MAX_SPARQL_BODY_SIZE).
MAX_BODY = 1_000_000
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
#: Error answers that come back the same however often they are retried, with what to do.
DETERMINISTIC = {
    b"SR325": "Virtuoso refuses a transaction this large: raise TransactionAfterImageLimit "
    "in the [Parameters] of virtuoso.ini (default 50000000 bytes) and restart it",
}
USER_AGENT = f"blocgraph/{__version__}"


@dataclass
class LoadResult:
    triples: int  # triples in the data loaded
    graph: str | None  # None: the default graph
    endpoint: str
    method: str  # "SPARQL Update" or "Graph Store Protocol"
    added: int = 0  # triples the target graph did not hold, sent
    removed: int = 0  # triples of the target graph not in the data, removed (--replace)
    requests: int = 0  # data requests: INSERT DATA batches or uploads
    graph_size: int = 0  # triples in the target graph afterwards, as the store counts them
    staged: bool = True  # through a staging graph (else one atomic request)
    seconds: float = 0.0
    retries: int = 0

    def summary(self) -> str:
        graph = f"<{self.graph}>" if self.graph else "the default graph"
        if self.added or self.removed:
            change = f"{self.added} added, {self.removed} removed"
        else:
            change = "nothing to change"
        retried = f", {self.retries} retries" if self.retries else ""
        return (
            f"Loaded {self.triples} triples into {graph} at {self.endpoint} in "
            f"{self.seconds:.2f} s ({self.method}: {change}; the graph holds "
            f"{self.graph_size}{retried})"
        )


# --- HTTP ------------------------------------------------------------------------------------


class GaveUp(StoreError):
    """Transient failures went on after every retry (the store may still be fine)."""


class _Unknown(StoreError):
    """The swap may or may not have happened."""


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


class DumpBody:
    """A request body written as it is sent: a store's default graph as N-Triples, dumped by
    a thread into a pipe (sent chunked). Each ``open`` dumps afresh, so a retry resends it
    all; ``lines`` counts the triples of the last complete dump."""

    size = None

    def __init__(self, store, progress: Callable[[int, int], None] | None = None) -> None:
        self.store = store
        self.total = len(store)
        self.progress = progress
        self.lines = 0

    def open(self):
        import threading

        import pyoxigraph

        read_fd, write_fd = os.pipe()

        def dump() -> None:
            try:
                with os.fdopen(write_fd, "wb", buffering=1 << 20) as out:
                    self.store.dump(
                        out, pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph()
                    )
            except (OSError, ValueError):
                pass  # the reader went away (the request failed): it reports the error

        thread = threading.Thread(target=dump, name="blocgraph-export", daemon=True)
        thread.start()
        return _DumpReader(os.fdopen(read_fd, "rb", buffering=1 << 20), thread, self)


class _DumpReader:
    def __init__(self, stream, thread, body: DumpBody) -> None:
        self._stream = stream
        self._thread = thread
        self._body = body
        self._lines = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if data:
            self._lines += data.count(b"\n")
            if self._body.progress:
                self._body.progress(min(self._lines, self._body.total), self._body.total)
        else:
            self._body.lines = self._lines
        return data

    def close(self) -> None:
        self._stream.close()  # a dump still writing gets a broken pipe and stops
        self._thread.join()


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
        body: bytes | FileBody | DumpBody | None = None,
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
        hints = [hint for key, hint in DETERMINISTIC.items() if key in response.body]
        hint = f" ({hints[0]})" if hints else ""
        return f"{what} failed: {_strip_query(url)} answered {status}{detail}{hint}"

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
                elif isinstance(body, DumpBody):
                    stream = body.open()
                    conn.request(
                        method, target, body=stream, headers=send_headers, encode_chunked=True
                    )
                else:
                    conn.request(method, target, body=body, headers=send_headers)
                raw = conn.getresponse()
                data = raw.read()
                if raw.will_close:
                    self._drop(parts)
                self._reached.add(host)
                response = Response(raw.status, raw.reason, raw.headers, data)
                if raw.status in RETRY_STATUS and not any(k in data for k in DETERMINISTIC):
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

    @property
    def is_oxigraph(self) -> bool:
        return self.server.lower().startswith("oxigraph")

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


def _encode_batch(lines: list[bytes], head: bytes, tail: bytes, max_body: int):
    data = b"".join(lines)
    body = head + form_bytes(data) + tail
    if len(body) <= max_body or len(lines) == 1:
        yield body, len(lines), len(data)
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
    graph: str | None  # None: the default graph
    replace: bool
    max_body: int = MAX_BODY
    max_triples: int | None = None
    run: str = field(default_factory=lambda: uuid.uuid4().hex)

    def staging(self, part: str) -> str:
        return f"{STAGING_PREFIX}{self.run}/{part}"


def _check_graph(graph: str) -> str:
    """``graph`` if it is an absolute IRI (RFC 3987, as Oxigraph checks it), else an error."""
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(graph)
    except ValueError as err:
        raise StoreError(f"--graph {graph!r} is not an absolute IRI: {err}") from None
    return graph


def export_ntriples(directory: Path) -> Path:
    """The knowledge base as N-Triples, as ``blocgraph export --format nt`` writes it: one
    triple a line, each once, in pyoxigraph's canonical form."""
    from .export import export_store

    path = directory / "blocgraph.nt"
    export_store("nt", path, None)
    return path


def canonical_ntriples(source: Path, target: Path) -> Path:
    """``source`` (N-Triples or Turtle) rewritten the way the export is written, so that its
    lines compare with a store's; refused if it has blank nodes (stores rename them, so they
    neither round-trip nor compare)."""
    import pyoxigraph

    from .errors import InputError

    name = source.name.lower()
    fmt = pyoxigraph.RdfFormat.TURTLE if ".ttl" in name else pyoxigraph.RdfFormat.N_TRIPLES
    store = pyoxigraph.Store()
    try:
        store.bulk_load(path=str(source), format=fmt, to_graph=pyoxigraph.DefaultGraph())
    except SyntaxError as err:
        raise InputError(f"{source}: {str(err).strip().splitlines()[0]}") from None
    except OSError as err:
        raise InputError(f"{source}: cannot read: {err.strerror or err}") from None
    if store.query("ASK { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }"):
        raise InputError(f"{source}: has blank nodes; give every node an IRI to load it")
    store.dump(str(target), pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return target


def _read_lines(path: Path) -> set[bytes]:
    return {line for line in path.read_bytes().split(b"\n") if line.strip()}


def _write_lines(path: Path, lines: set[bytes]) -> Path:
    with open(path, "wb") as stream:
        for line in lines:
            stream.write(line)
            stream.write(b"\n")
    return path


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
    return {line for line in dump.split(b"\n") if line.strip()}, blank


def _gsp_url(base: str, graph: str | None) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}{urlencode({'graph': graph})}" if graph else f"{base}{sep}default"


#: Virtuoso cuts every result (CONSTRUCT and Graph Store GET too) at ResultSetMaxRows,
#: 100000 by default, without saying so: its graphs are read in pages.
VIRTUOSO_MAX_ROWS = 100_000
_MAX_PAGES = 100


def _fetch_graph(sparql: Sparql, plan: Plan, expected: int) -> set[bytes] | None:
    """The target graph's triples as canonical N-Triples lines, or None if they cannot be had
    whole (then the caller replaces the graph without comparing).

    Whatever comes back is checked: as many distinct lines as the store counts triples, none
    with a blank node. Lines that still differ from the export's in form only (another
    serialiser's escapes) are harmless: they show up as removed and added again, in the one
    update that applies the changes."""
    if sparql.is_virtuoso:
        lines = _fetch_virtuoso(sparql, plan, expected)
    else:
        lines = _fetch_whole(sparql, plan)
    if lines is None or len(lines) != expected:
        return None  # cut short, or with blank nodes (which do not compare)
    return lines


_ACCEPT_NT = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"


def _construct(sparql: Sparql, plan: Plan, modifiers: str = "") -> Response:
    pattern = f"GRAPH <{plan.graph}> {{ ?s ?p ?o }}" if plan.graph else "?s ?p ?o"
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}{modifiers}"
    return sparql.client.request(
        "POST",
        sparql.query_url,
        body=b"query=" + form_bytes(query.encode()),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT_NT},
        what="reading the target graph",
    )


def _fetch_whole(sparql: Sparql, plan: Plan) -> set[bytes] | None:
    if plan.gsp:
        response = sparql.client.request(
            "GET",
            _gsp_url(plan.gsp, plan.graph),
            headers={"Accept": _ACCEPT_NT},
            what="reading the target graph",
        )
    else:
        response = _construct(sparql, plan)
    content_type = response.headers.get("Content-Type", "")
    if sparql.is_oxigraph and content_type.startswith("application/n-triples"):
        # Oxigraph writes N-Triples as the export does (the same serialiser). "_:" anywhere,
        # even in a literal, counts as a blank node: that only costs a whole replacement.
        if b"_:" in response.body:
            return None
        return {line for line in response.body.split(b"\n") if line.strip()}
    parsed = _canonical_lines(response.body, content_type)
    return None if parsed is None or parsed[1] else parsed[0]


def _fetch_virtuoso(sparql: Sparql, plan: Plan, expected: int) -> set[bytes] | None:
    """Pages of CONSTRUCT .. LIMIT .. OFFSET (without ORDER BY, which costs more than it is
    worth here: should pages overlap or miss, the count check in ``_fetch_graph`` notices)."""
    lines: set[bytes] = set()
    escaped: list[bytes] = []
    offset = 0
    for _ in range(_MAX_PAGES):
        if offset >= expected:
            break
        response = _construct(sparql, plan, f" LIMIT {VIRTUOSO_MAX_ROWS} OFFSET {offset}")
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


def load(
    endpoint: str,
    update_endpoint: str | None = None,
    gsp: str | None = None,
    graph: str | None = None,
    replace: bool = False,
    source: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    max_body: int = MAX_BODY,
    max_triples: int | None = None,
    timeout: float = 300.0,
    retries: int = 3,
    backoff: float = 0.5,
    client: HttpClient | None = None,
) -> LoadResult:
    """Load ``source`` (default: the exported knowledge base) into ``graph`` (default: the
    default graph; on Virtuoso ``KB_GRAPH``) of the store whose query endpoint is
    ``endpoint``; ``replace`` makes the graph hold exactly the data, else the data is added.
    ``progress(done, total)`` is told the bytes sent."""
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
        if max_triples is None and sparql.is_virtuoso:
            # Longer INSERT DATA requests fail there: "The length of generated SQL text has
            # exceeded 10000 lines of code" (2000 triples) or "memory exhausted".
            max_triples = VIRTUOSO_MAX_TRIPLES
        plan = Plan(endpoint, update_endpoint, gsp, graph, replace, max_body, max_triples)
        # A no-op that checks we may write (and answers a Digest challenge) before any data.
        sparql.update(f"DROP SILENT GRAPH <{plan.staging('add')}>", "preparing the staging graph")
        before = sparql.count(plan.graph)
        if source is None and before == 0 and gsp and sparql.is_oxigraph:
            # Into an empty graph of Oxigraph: one POST, its body written by the export as it
            # goes (the export and the store's parsing overlap).
            result = _stream_export(sparql, plan, progress)
        else:
            with tempfile.TemporaryDirectory(prefix="blocgraph-load-") as tmp:
                folder = Path(tmp)

                def prepare() -> Path:
                    if source is None:
                        return export_ntriples(folder)
                    return canonical_ntriples(source, folder / "input.nt")

                old: set[bytes] | None = set()
                if before:
                    # Read the target graph back while the data is exported: both take seconds.
                    from concurrent.futures import ThreadPoolExecutor

                    with ThreadPoolExecutor(1, thread_name_prefix="blocgraph-export") as pool:
                        future = pool.submit(prepare)
                        old = _fetch_graph(sparql, plan, before)
                        path = future.result()
                else:
                    path = prepare()
                result = _load(sparql, plan, path, folder, before, old, progress)
    finally:
        if own_client:
            client.close()
    result.seconds = time.perf_counter() - started
    result.retries = client.retried
    return result


VIRTUOSO_MAX_TRIPLES = 1000


def _load(
    sparql: Sparql,
    plan: Plan,
    path: Path,
    folder: Path,
    before: int,
    old: set[bytes] | None,
    progress,
) -> LoadResult:
    """Send the difference between the data at ``path`` and ``old``, the ``before`` triples
    of the target graph (None: not known, send everything)."""
    new = _read_lines(path)
    if not new:
        raise StoreError(f"{path}: no triples to load")
    result = LoadResult(
        triples=len(new),
        graph=plan.graph,
        endpoint=plan.endpoint,
        method="Graph Store Protocol" if plan.gsp else "SPARQL Update",
    )
    if old is None:
        # The target cannot be read whole: send everything, MOVE it in (replace) or ADD it.
        additions, removals = new, set()
        expected = len(new) if plan.replace else None
        whole = plan.replace
    else:
        additions = new - old if old else new
        removals = old - new if plan.replace else set()
        expected = len(new) if plan.replace else len(old | new)
        whole = False
    del old
    result.added, result.removed = len(additions), len(removals) if not whole else before
    if additions or removals or whole:
        if additions is new:
            add_file: Path | None = path  # all of it: send the file as it is
        else:
            add_file = _write_lines(folder / "add.nt", additions) if additions else None
        del_file = _write_lines(folder / "del.nt", removals) if removals else None
        total = sum(f.stat().st_size for f in (add_file, del_file) if f is not None)
        done = 0

        def advance(nbytes: int) -> None:
            nonlocal done
            done += nbytes
            if progress:
                progress(min(done, total), total)

        direct = plan.gsp is not None and sparql.is_oxigraph and not removals and not whole
        if direct and add_file is not None:
            # Oxigraph loads one Graph Store POST in one transaction (checked: a body cut
            # short or failing to parse leaves the graph as it was): no staging needed.
            sparql.client.request(
                "POST",
                _gsp_url(plan.gsp, plan.graph),
                body=FileBody(add_file, advance),
                headers={"Content-Type": "application/n-triples"},
                what="uploading to the Graph Store",
            )
            result.requests, result.staged = 1, False
        else:
            counts = {add_file: len(additions), del_file: len(removals)}
            result.requests = _staged(sparql, plan, add_file, del_file, counts, whole, advance)
    result.graph_size = sparql.count(plan.graph)
    if expected is not None and result.graph_size != expected:
        raise StoreError(
            f"after loading, {_graph_name(plan.graph)} holds {result.graph_size} triples where "
            f"{expected} were expected (did something else write to it meanwhile?)"
        )
    return result


def _stream_export(sparql: Sparql, plan: Plan, progress) -> LoadResult:
    """The knowledge base into an empty graph of an Oxigraph server: one POST (Oxigraph loads
    it in one transaction), its chunked body the export as pyoxigraph writes it."""
    from .store import EmbeddedStore, ensure_store

    assert plan.gsp is not None
    store = EmbeddedStore(ensure_store())._store
    body = DumpBody(store, progress)
    sparql.client.request(
        "POST",
        _gsp_url(plan.gsp, plan.graph),
        body=body,
        headers={"Content-Type": "application/n-triples"},
        what="uploading to the Graph Store",
    )
    result = LoadResult(
        triples=body.lines,
        graph=plan.graph,
        endpoint=plan.endpoint,
        method="Graph Store Protocol",
        added=body.lines,
        requests=1,
        staged=False,
    )
    result.graph_size = sparql.count(plan.graph)
    if result.graph_size != body.lines:
        raise StoreError(
            f"after loading, {_graph_name(plan.graph)} holds {result.graph_size} triples where "
            f"{body.lines} were sent (did something else write to it meanwhile?)"
        )
    return result


def _graph_name(graph: str | None) -> str:
    return f"<{graph}>" if graph else "the default graph"


def _staged(
    sparql: Sparql, plan: Plan, add_file, del_file, counts: dict, whole: bool, advance
) -> int:
    """Send additions and removals to staging graphs, then apply both with one update."""
    staging_add, staging_del = plan.staging("add"), plan.staging("del")
    staged: dict[str, int] = {}
    requests = 0
    swapped = False
    try:
        for file, staging in ((add_file, staging_add), (del_file, staging_del)):
            if file is None:
                continue
            requests += _send(sparql, plan, file, staging, advance)
            want = counts[file]
            got = sparql.count(staging)
            if got != want:
                raise StoreError(
                    f"the store holds {got} of the {want} triples sent to a staging graph"
                )
            staged[staging] = got
        check = next(iter(staged))
        _swap(sparql, _apply_update(plan, staged, whole), check, staged[check])
        swapped = True
    except _Unknown:
        raise
    except StoreError as err:  # before the swap, or a swap the store refused as a whole
        raise type(err)(f"{err}; {_graph_name(plan.graph)} is unchanged") from None
    finally:
        # After the change too: a separate request, as it need not be part of the change.
        for staging in (staging_add, staging_del):
            if staging in staged or not swapped:
                _drop_quietly(sparql, staging)
    return requests


def _apply_update(plan: Plan, staged: dict[str, int], whole: bool) -> str:
    """The one update operation that applies the staged changes.

    One operation, not several: Virtuoso runs each operation of a request on its own (checked:
    an INSERT DATA before a failing LOAD in the same request stays), so a DELETE and an ADD
    would not fail together. Retrying it after a lost answer is harmless (deleting and adding
    the same triples again changes nothing) except for MOVE, which ``_swap`` guards.
    """
    staging_add, staging_del = plan.staging("add"), plan.staging("del")

    def into(pattern: str) -> str:
        return f"GRAPH <{plan.graph}> {{ {pattern} }}" if plan.graph else pattern

    if whole:
        return f"MOVE <{staging_add}> TO {f'<{plan.graph}>' if plan.graph else 'DEFAULT'}"
    removed = f"GRAPH <{staging_del}> {{ ?s ?p ?o }}"
    added = f"GRAPH <{staging_add}> {{ ?a ?b ?c }}"
    if staging_del in staged and staging_add in staged:
        return (
            f"DELETE {{ {into('?s ?p ?o')} }} INSERT {{ {into('?a ?b ?c')} }} "
            f"WHERE {{ {{ {removed} }} UNION {{ {added} }} }}"
        )
    if staging_del in staged:
        return f"DELETE {{ {into('?s ?p ?o')} }} WHERE {{ {removed} }}"
    # ADD rather than INSERT..WHERE: Virtuoso copies a graph 7 times faster that way.
    return f"ADD <{staging_add}> TO {f'<{plan.graph}>' if plan.graph else 'DEFAULT'}"


def _send(sparql: Sparql, plan: Plan, file: Path, staging: str, advance) -> int:
    """Put ``file`` into the (new) graph ``staging``; returns the number of data requests."""
    if plan.gsp:
        url = _gsp_url(plan.gsp, staging)
        client = sparql.client
        creds = client.credentials(url)
        if creds and creds.scheme == "digest":
            # Answer the Digest challenge with a small request, not with the whole file.
            client.request(
                "HEAD", url, what="reaching the Graph Store", ok=lambda status: True
            )  # any answer will do (Virtuoso: 501), once the challenge is met
        client.request(
            "PUT",
            url,
            body=FileBody(file, advance),
            headers={"Content-Type": "application/n-triples"},
            what="uploading to the Graph Store",
        )
        return 1
    requests = 0
    for body, triples, nbytes in iter_batches(file, staging, plan.max_body, plan.max_triples):
        requests += 1
        sparql.update_body(body, f"sending batch {requests} ({triples} triples)")
        advance(nbytes)
    return requests


def _swap(sparql: Sparql, text: str, check: str, staged: int) -> None:
    """Apply the staged changes with one update. Never retried blindly: after a transient
    failure the staging graph is counted first (a second MOVE from a graph already moved
    would clear the target on Virtuoso, which treats a missing source as empty)."""
    client = sparql.client
    attempts = client.retries + 1
    for attempt in range(attempts):
        try:
            sparql.update(text, "applying the staged triples", retries=0)
            return
        except GaveUp as err:
            detail = str(err).split(" failed: ", 1)[-1]
        try:
            left = sparql.count(check)
        except StoreError as err:
            raise _Unknown(
                f"applying the staged triples failed ({detail}), and whether it happened "
                f"cannot be read back: {err}"
            ) from None
        if left == 0:
            return  # it happened; only the answer was lost
        if left != staged:
            raise _Unknown(
                f"applying the staged triples failed ({detail}) and the staging graph <{check}> "
                f"now holds {left} of {staged} triples: check the target graph"
            )
        if attempt + 1 < attempts:
            client.retried += 1
            client.sleep(client._delay(attempt, None))
    raise GaveUp(f"applying the staged triples failed after {attempts} attempts: {detail}")


def _drop_quietly(sparql: Sparql, staging: str) -> None:
    with contextlib.suppress(StoreError):
        sparql.update(f"DROP SILENT GRAPH <{staging}>", "removing a staging graph", retries=1)
