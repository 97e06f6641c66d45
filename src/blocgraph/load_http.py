"""The HTTP under ``blocgraph load``: httpx, with Basic and Digest credentials for the URL's own
origin only, a deadline for each step and bounded retries. Every error becomes one
``StoreError`` line without credentials in it.

* **Credentials** come from the environment or ~/.netrc for the URL being requested (the
  endpoint, update endpoint or Graph Store URL the user gave). Basic is sent with the request;
  Digest answers the server's challenge (a first request without credentials is not a failed
  login: Virtuoso blocks an address after four), and the challenge is then answered ahead for
  later requests to the same path. A refused answer is never repeated. Redirects are followed
  (httpx drops the ``Authorization`` header when one leaves the origin), and a 401 from another
  origin is reported, never answered.
* **Streamed bodies** (a file, or the export as it is written) are not sent to meet a Digest
  challenge: httpx's own ``DigestAuth`` sends the request once without credentials, body and
  all, and cannot send a streamed body a second time. Here a body is re-opened for each try,
  and ``Client.preflight`` answers the challenge with a small request before a large upload.
* **Deadlines.** Each step (one request and its retries) must end within ``timeout`` seconds
  (``BLOCGRAPH_TIMEOUT``, default 60), whatever the server does: a watchdog shuts the
  connection down when the time is up, so a server that accepts a connection and never answers,
  or answers a byte at a time, cannot hold ``load``. The clock stops while a request body is
  being sent (a large upload takes what it takes), as long as each write goes through within
  ``timeout``; the wait for the answer that follows counts.
* **Retries.** Connection resets, HTTP 5xx/408/429 are retried ``retries`` times with
  exponential backoff (or the server's ``Retry-After``), while the step has time left.
* **The wire.** httpx builds the requests, follows the redirects and handles the bodies and
  timeouts; the bytes go through ``_Wire``, an httpx transport on ``http.client``. httpx's
  default transport (h11) parses a chunked answer one chunk at a time in Python, and Oxigraph
  sends a graph in 1 KB chunks: reading the knowledge base back for a reload cost 0.5 s more
  CPU and 20% more time that way (``benchmarks/load.py``).
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from . import __version__
from .deadline import Deadline
from .errors import StoreError
from .store import Credentials, credentials_for

RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
#: Error answers that come back the same however often they are retried, with what to do.
DETERMINISTIC = {
    b"SR325": "Virtuoso refuses a transaction this large: raise TransactionAfterImageLimit "
    "in the [Parameters] of virtuoso.ini (default 50000000 bytes) and restart it",
}
USER_AGENT = f"blocgraph/{__version__}"
CHUNK = 1 << 20


class GaveUp(StoreError):
    """Transient failures went on after every retry, or past the step's deadline (the store
    may still be fine)."""

    def __init__(self, message: str, detail: str = "", sent: bool = False) -> None:
        super().__init__(message)
        self.detail = detail  # the last failure, without "what ... failed"
        self.sent = sent  # the last try's request went out whole: it may have been carried out


class _Transient(Exception):
    """A failure worth retrying; ``str()`` says what happened."""

    def __init__(self, message: str, retry_after: float | None = None, sent: bool = False):
        super().__init__(message)
        self.retry_after = retry_after
        self.sent = sent


@dataclass
class Response:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes
    url: str = ""

    def first_line(self) -> str:
        text = self.body.decode("utf-8", "replace")
        for line in text.splitlines():
            line = re.sub(r"<[^>]+>", " ", line).strip()  # HTML error pages
            if line:
                return " ".join(line.split())[:200]
        return ""


# --- bodies ----------------------------------------------------------------------------------


class FileBody:
    """A request body streamed from a file with a Content-Length; re-readable for a retry."""

    def __init__(self, path: Path, progress: Callable[[int], None] | None = None) -> None:
        self.path = path
        self.size = path.stat().st_size
        self.progress = progress

    def chunks(self) -> Iterator[bytes]:
        with open(self.path, "rb") as stream:
            while data := stream.read(CHUNK):
                if self.progress:
                    self.progress(len(data))
                yield data


class _Stream(httpx.SyncByteStream):
    """A body for httpx that opens afresh each time it is iterated (a redirect that keeps the
    method sends it again), and stops the step's clock while it is being sent."""

    def __init__(self, body: FileBody, deadline: Deadline) -> None:
        self._body = body
        self._deadline = deadline
        self.sent = False

    def __iter__(self) -> Iterator[bytes]:
        self.sent = False
        self._deadline.pause()
        try:
            yield from self._body.chunks()
            self.sent = True
        finally:
            self._deadline.resume()


# --- deadlines -------------------------------------------------------------------------------


# --- Digest ----------------------------------------------------------------------------------


@dataclass
class _Digest:
    realm: str
    nonce: str
    qop: str | None
    algorithm: str
    opaque: str | None
    count: int = 0


def _parse_challenges(headers: httpx.Headers) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` challenges by lower-case scheme."""
    from urllib.request import parse_http_list, parse_keqv_list

    found: dict[str, dict[str, str]] = {}
    for value in headers.get_list("WWW-Authenticate"):
        scheme, _, rest = value.strip().partition(" ")
        try:
            params = parse_keqv_list(parse_http_list(rest)) if rest.strip() else {}
        except ValueError:
            params = {}
        found.setdefault(scheme.lower(), params)
    return found


def _pick_qop(value: str | None) -> str | None:
    if not value:
        return None
    options = [q.strip() for q in value.split(",")]
    return "auth" if "auth" in options else None


def _digest_header(method: str, url: httpx.URL, creds: Credentials, state: _Digest) -> str:
    uri = url.raw_path.decode("ascii")
    algorithm = state.algorithm.upper()
    base = algorithm[:-5] if algorithm.endswith("-SESS") else algorithm
    hasher = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}.get(base)
    if hasher is None:
        raise StoreError(f"{_where(url)} asks for Digest {state.algorithm}, not supported")

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


def _where(url: httpx.URL | str) -> str:
    """A URL for a message: without its query (which may be long, and holds the data)."""
    return str(url).split("?", 1)[0]


def _origin(url: httpx.URL) -> str:
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.scheme}://{url.host}:{port}"


def _read_capped(raw: httpx.Response, limit: int, url: httpx.URL) -> bytes:
    """The body of ``raw`` (decoded), or a StoreError once it passes ``limit`` bytes."""
    parts: list[bytes] = []
    size = 0
    for chunk in raw.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise StoreError(
                f"{_where(url)} sent more than {limit / 1048576:g} MB: stopped reading "
                "(raise BLOCGRAPH_MAX_RESPONSE_MB, or add a LIMIT to the query)"
            )
        parts.append(chunk)
    return b"".join(parts)


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


# --- the wire --------------------------------------------------------------------------------


class _Wire(httpx.BaseTransport):
    """HTTP/1.1 for httpx on ``http.client``, with keep-alive connections per origin (an
    idle one the server has closed is not reused).

    httpx's own transport parses responses with h11, which handles a chunked body one chunk
    at a time in Python: Oxigraph sends a graph in chunks of about 1 KB, and reading the
    knowledge base back (66 MB) took 0.5 s more CPU that way, 20% of a reload that changes
    nothing. ``http.client`` reads them through a C buffer. Everything above the wire (the
    requests, redirects and what they keep of the headers, the bodies, the timeouts) is
    httpx's. Errors come out as httpx's exceptions; ``on_socket`` is told each new socket (the
    step deadlines shut them down)."""

    def __init__(self, on_socket: Callable[[socket.socket], None]) -> None:
        self._idle: dict[tuple[str, str, int], list[http.client.HTTPConnection]] = {}
        self._on_socket = on_socket
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            for conns in self._idle.values():
                for conn in conns:
                    conn.close()
            self._idle.clear()

    def _connection(
        self, key: tuple[str, str, int], timeout: float | None
    ) -> http.client.HTTPConnection:
        with self._lock:
            while self._idle.get(key):
                conn = self._idle[key].pop()
                if conn.sock is not None and not _readable(conn.sock):
                    return conn
                conn.close()  # closed by the server while idle (or sent something unasked)
        scheme, host, port = key
        cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
        return cls(host, port, timeout=timeout, blocksize=CHUNK)

    def _release(
        self, key: tuple[str, str, int], conn: http.client.HTTPConnection, reusable: bool
    ) -> None:
        if reusable and conn.sock is not None:
            with self._lock:
                self._idle.setdefault(key, []).append(conn)
        else:
            conn.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        timeouts = request.extensions.get("timeout", {})
        conn = self._connection(key, timeouts.get("connect"))
        chunked = request.headers.get("Transfer-Encoding", "").lower() == "chunked"
        headers = {  # as spelled (http.client adds Transfer-Encoding, and encodes the chunks)
            name.decode("latin-1"): value.decode("latin-1")
            for name, value in request.headers.raw
            if name.lower() != b"transfer-encoding"
        }
        has_body = chunked or request.headers.get("Content-Length", "0") != "0"
        stage = "connect"
        try:
            if conn.sock is None:
                conn.connect()
                self._on_socket(conn.sock)  # type: ignore[arg-type]  # connected: a socket
            stage = "write"
            conn.sock.settimeout(timeouts.get("write"))
            conn.request(
                request.method,
                url.raw_path.decode("ascii"),
                body=iter(request.stream) if has_body else None,  # type: ignore[arg-type]
                headers=headers,
                encode_chunked=chunked,
            )
            stage = "read"
            conn.sock.settimeout(timeouts.get("read"))
            raw = conn.getresponse()
        except BaseException as err:
            conn.close()
            mapped = _httpx_error(err, stage, request)
            if mapped is err:
                raise
            raise mapped from err
        return httpx.Response(
            status_code=raw.status,
            headers=raw.getheaders(),
            stream=_WireBody(raw, lambda ok: self._release(key, conn, ok and not raw.will_close)),
            extensions={
                "reason_phrase": raw.reason.encode("latin-1", "replace"),
                "http_version": b"HTTP/1.1",
            },
        )


class _WireBody(httpx.SyncByteStream):
    def __init__(self, raw: http.client.HTTPResponse, release: Callable[[bool], None]) -> None:
        self._raw = raw
        self._release = release
        self._done = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            while data := self._raw.read(CHUNK):
                yield data
        except BaseException as err:
            self._finish(False)
            mapped = _httpx_error(err, "read", None)
            if mapped is err:
                raise
            raise mapped from err
        self._finish(True)

    def close(self) -> None:
        self._finish(self._raw.isclosed() and not self._raw.length)

    def _finish(self, complete: bool) -> None:
        if not self._done:
            self._done = True
            if not complete:
                self._raw.close()
            self._release(complete)


def _readable(sock: socket.socket) -> bool:
    """An idle keep-alive socket with something to read: the server closed it (or broke the
    protocol); either way not to be used again."""
    import select

    try:
        return bool(select.select([sock], [], [], 0)[0])
    except (OSError, ValueError):
        return True


def _httpx_error(err: BaseException, stage: str, request: httpx.Request | None) -> BaseException:
    """An ``http.client`` or socket error as the httpx exception for it."""
    if not isinstance(err, OSError | http.client.HTTPException):
        return err  # ours (a body that failed to read its file), or KeyboardInterrupt
    kwargs = {"request": request} if request is not None else {}
    text = str(err) or type(err).__name__
    if isinstance(err, TimeoutError):
        cls = {"connect": httpx.ConnectTimeout, "write": httpx.WriteTimeout}.get(
            stage, httpx.ReadTimeout
        )
        return cls(text, **kwargs)
    if stage == "connect":
        return httpx.ConnectError(text, **kwargs)
    if isinstance(err, http.client.RemoteDisconnected | http.client.IncompleteRead):
        return httpx.RemoteProtocolError(text, **kwargs)
    if isinstance(err, http.client.HTTPException):
        return httpx.RemoteProtocolError(text, **kwargs)
    if stage == "write":
        return httpx.WriteError(text, **kwargs)
    return httpx.ReadError(text, **kwargs)


# --- the client ------------------------------------------------------------------------------


class Client:
    """Requests to one store's endpoints: keep-alive connections (httpx), credentials, one
    deadline per step, bounded retries."""

    def __init__(
        self,
        timeout: float | None = None,
        retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        retry_status: frozenset[int] = RETRY_STATUS,
    ) -> None:
        if timeout is None:
            from .store import default_timeout

            timeout = default_timeout()
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.retry_status = retry_status
        self.retried = 0
        self._credentials: dict[str, Credentials | None] = {}
        self._digest: dict[tuple[str, str], _Digest] = {}
        self._reached: set[str] = set()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._http = httpx.Client(
            transport=_Wire(self._register),
            timeout=timeout,
            follow_redirects=True,
            trust_env=False,  # no proxies or ~/.netrc of httpx's own: credentials are ours
            headers={"User-Agent": USER_AGENT},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        max_bytes: int | None = None,
    ) -> Response:
        """Send a request, retrying transient failures within the step's deadline; a
        StoreError unless ``ok(status)``, a ``GaveUp`` when the failures went on. An answer
        longer than ``max_bytes`` (None: no cap) is a StoreError, and is not read further."""
        attempts = (self.retries if retries is None else retries) + 1
        deadline = Deadline(self.timeout, self._live_sockets)
        try:
            last: _Transient | None = None
            tried = 0
            for attempt in range(attempts):
                if attempt:
                    pause = self.retry_delay(attempt - 1, last.retry_after if last else None)
                    if pause >= deadline.left():
                        break  # no time left for another try
                    self.retried += 1
                    self.sleep(pause)
                tried += 1
                try:
                    response = self._authenticated(
                        method, url, body, headers or {}, deadline, max_bytes
                    )
                except _Transient as err:
                    last = err
                    if deadline.expired:
                        break
                    continue
                if ok(response.status):
                    return response
                raise StoreError(self._http_message(response, what))
            assert last is not None
            if deadline.expired:
                detail = f"{_origin(httpx.URL(url))} did not answer within {self.timeout:g} s"
                message = f"{what} failed: {detail} (set BLOCGRAPH_TIMEOUT to wait longer)"
            else:
                detail = str(last)
                tries = f" after {tried} attempts" if tried > 1 else ""
                message = f"{what} failed{tries}: {detail}"
            raise GaveUp(message, detail, last.sent)
        finally:
            deadline.cancel()

    def preflight(self, url: str) -> None:
        """Meet a Digest challenge for ``url`` with a HEAD request, so that the body that
        follows is sent once, with credentials (any answer will do: Virtuoso says 501)."""
        creds = self.credentials(url)
        if creds and creds.scheme == "digest" and self._space(httpx.URL(url)) not in self._digest:
            self.request("HEAD", url, what="reaching the Graph Store", ok=lambda status: True)

    def credentials(self, url: str) -> Credentials | None:
        if url not in self._credentials:
            self._credentials[url] = credentials_for(url)
        return self._credentials[url]

    def retry_delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before retry ``attempt + 1``: the server's Retry-After (at most
        30 s), else an exponential backoff (at most 10 s)."""
        if retry_after is not None:
            return min(retry_after, 30.0)
        return min(self.backoff * (2**attempt), 10.0)

    @staticmethod
    def _http_message(response: Response, what: str) -> str:
        detail = response.first_line()
        detail = f": {detail}" if detail else ""
        status = f"HTTP {response.status} {response.reason}"
        hints = [hint for key, hint in DETERMINISTIC.items() if key in response.body]
        hint = f" ({hints[0]})" if hints else ""
        return f"{what} failed: {_where(response.url)} answered {status}{detail}{hint}"

    # -- authentication --

    @staticmethod
    def _space(url: httpx.URL) -> tuple[str, str]:
        return _origin(url), url.path

    def _authenticated(
        self,
        method: str,
        url: str,
        body: bytes | FileBody | None,
        headers: dict[str, str],
        deadline: Deadline,
        max_bytes: int | None = None,
    ) -> Response:
        creds = self.credentials(url)
        target = httpx.URL(url)
        space = self._space(target)
        headers = dict(headers)
        sent_auth = False
        if creds and creds.scheme == "basic":
            token = base64.b64encode(f"{creds.user}:{creds.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
            sent_auth = True
        elif creds and space in self._digest:
            headers["Authorization"] = _digest_header(method, target, creds, self._digest[space])
            sent_auth = True
        response = self._send(method, target, body, headers, deadline, max_bytes)
        if response.status != 401:
            return response
        where = _where(target)
        answered = httpx.URL(response.url)
        if _origin(answered) != _origin(target):
            raise StoreError(
                f"{where} redirected to {_origin(answered)}, which asks for credentials: "
                "they go only to the origin of the URL given, so give that URL instead"
            )
        challenges = _parse_challenges(response.headers)
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
        headers["Authorization"] = _digest_header(method, target, creds, state)
        response = self._send(method, target, body, headers, deadline, max_bytes)
        if response.status == 401:
            raise StoreError(f"{where} refused the credentials from {creds.source}")
        return response

    # -- transport --

    def _live_sockets(self) -> list[socket.socket]:
        with self._lock:
            self._sockets = [s for s in self._sockets if s.fileno() != -1]
            return list(self._sockets)

    def _register(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _send(
        self,
        method: str,
        url: httpx.URL,
        body: bytes | FileBody | None,
        headers: dict[str, str],
        deadline: Deadline,
        max_bytes: int | None = None,
    ) -> Response:
        where = _origin(url)
        left = max(deadline.left(), 0.001)
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, left))
        stream = None
        if isinstance(body, FileBody):
            stream = _Stream(body, deadline)
            headers["Content-Length"] = str(body.size)
            request = self._http.build_request(method, url, headers=headers, timeout=timeout)
            request.stream = stream
        else:
            request = self._http.build_request(
                method,
                url,
                content=body,
                headers=headers,
                timeout=timeout,
            )
        sent = False
        try:
            raw = self._http.send(request, stream=True)
            sent = True
            try:
                data = raw.read() if max_bytes is None else _read_capped(raw, max_bytes, url)
            finally:
                raw.close()
        except httpx.ConnectError as err:
            cause = err.__context__ or err.__cause__
            if deadline.expired:
                raise _Transient(f"{where} did not answer within {self.timeout:g} s") from None
            if isinstance(cause, ConnectionRefusedError) or "refused" in str(err).lower():
                if where in self._reached:  # it was there a moment ago: a restart, perhaps
                    raise _Transient(f"{where} refused the connection") from None
                raise StoreError(f"cannot reach the store at {where}: connection refused") from None
            if isinstance(cause, socket.gaierror):
                raise StoreError(f"cannot reach the store at {where}: {cause.strerror}") from None
            raise StoreError(f"cannot reach the store at {where}: {err}") from None
        except httpx.TimeoutException:
            raise _Transient(
                f"{where} did not answer within {self.timeout:g} s",
                sent=stream is None or stream.sent,
            ) from None
        except httpx.TooManyRedirects:
            raise StoreError(f"{_where(url)} redirected too many times") from None
        except httpx.StreamConsumed:  # pragma: no cover - _Stream opens afresh each time
            raise StoreError(f"{_where(url)} redirected an upload that cannot be resent") from None
        except httpx.TransportError as err:
            # Sent whole, unless it broke while writing (a streamed body says for itself):
            # the server may have carried the request out.
            if stream is not None:
                body_sent = sent or stream.sent
            else:
                body_sent = sent or not isinstance(err, httpx.WriteError)
            if deadline.expired:
                raise _Transient(
                    f"{where} did not answer within {self.timeout:g} s", sent=body_sent
                ) from None
            raise _Transient(
                f"the connection to {where} broke ({type(err).__name__})", sent=body_sent
            ) from None
        except httpx.HTTPError as err:
            raise StoreError(f"cannot talk to the store at {where}: {err}") from None
        if deadline.expired:  # cut short by the watchdog, whatever it looked like
            raise _Transient(f"{where} did not answer within {self.timeout:g} s", sent=True)
        self._reached.add(where)
        reason = raw.reason_phrase or ""
        response = Response(raw.status_code, reason, raw.headers, data, str(raw.url))
        if raw.status_code in self.retry_status and not any(k in data for k in DETERMINISTIC):
            detail = response.first_line()
            raise _Transient(
                f"{_where(raw.url)} answered HTTP {raw.status_code} {reason}"
                + (f": {detail}" if detail else ""),
                _seconds(raw.headers.get("Retry-After")),
            )
        return response
