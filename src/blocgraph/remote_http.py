"""The HTTP under remote lookups (SPARQLWrapper builds the request; this opens it).

SPARQLWrapper opens requests with ``urllib``'s global opener, which gives three defects a
lookup must not have: a Basic ``Authorization`` header is copied onto a redirect to any host,
the timeout is per socket read (a server that sends a byte every few seconds holds a lookup
forever), and a body is read whole, however large. Here:

* credentials go only to the endpoint's own origin (scheme, host, port): Basic is added per
  request, as an unredirected header, when the request's origin is the endpoint's; Digest
  answers challenges only for URLs under that origin. A redirect elsewhere is followed
  without them (and a 401 there says so);
* the timeout is a deadline for the whole request: a watchdog shuts the sockets down when it
  passes, whatever the server is doing;
* the body is read in chunks up to a cap (``BLOCGRAPH_MAX_RESPONSE_MB``, default 256).

Imported by RemoteStore only, never on the embedded lookup path.
"""

from __future__ import annotations

import base64
import http.client
import os
import urllib.request
from typing import IO
from urllib.parse import urlsplit

from .deadline import Deadline
from .errors import StoreError

DEFAULT_MAX_RESPONSE_MB = 256.0
CHUNK = 1 << 16


def max_response_bytes() -> int:
    raw = os.environ.get("BLOCGRAPH_MAX_RESPONSE_MB", str(DEFAULT_MAX_RESPONSE_MB))
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):  # also catches nan
        raise StoreError(
            f"BLOCGRAPH_MAX_RESPONSE_MB must be a positive number of megabytes, not {raw!r}"
        )
    return int(value * 1024 * 1024)


def origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return scheme, (parts.hostname or "").lower(), port


class _SameOriginBasic(urllib.request.BaseHandler):
    """Adds Basic credentials to requests for the endpoint's origin, and to no other."""

    handler_order = 400

    def __init__(self, endpoint: str, user: str, password: str) -> None:
        self._origin = origin(endpoint)
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._header = f"Basic {token}"

    def _add(self, request: urllib.request.Request) -> urllib.request.Request:
        request.headers.pop("Authorization", None)
        request.unredirected_hdrs.pop("Authorization", None)
        if origin(request.full_url) == self._origin:
            request.add_unredirected_header("Authorization", self._header)
        return request

    http_request = https_request = _add


class _CrossOriginRedirect(urllib.request.HTTPRedirectHandler):
    """Follows redirects with urllib's rules, minus any Authorization header on the way."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.headers.pop("Authorization", None)
            new.unredirected_hdrs.pop("Authorization", None)
        return new


def _watched(
    base: type[http.client.HTTPConnection], deadline: Deadline
) -> type[http.client.HTTPConnection]:
    class Connection(base):  # type: ignore[misc, valid-type]
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self._deadline), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            _watched(http.client.HTTPSConnection, self._deadline),
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


def opener(
    endpoint: str,
    deadline: Deadline,
    user: str | None = None,
    password: str | None = None,
    scheme: str = "basic",
) -> urllib.request.OpenerDirector:
    """An opener for one request to ``endpoint`` under ``deadline``, with credentials for
    the endpoint's origin only. No global state is touched (urllib's install_opener is not)."""
    handlers: list[urllib.request.BaseHandler] = [
        _HTTP(deadline),
        _HTTPS(deadline),
        _CrossOriginRedirect(),
    ]
    if user is not None and password is not None:
        if scheme == "digest":
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            o_scheme, host, port = origin(endpoint)
            manager.add_password(None, f"{o_scheme}://{host}:{port}/", user, password)
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        else:
            handlers.append(_SameOriginBasic(endpoint, user, password))
    return urllib.request.build_opener(*handlers)


def read_body(
    response: http.client.HTTPResponse, deadline: Deadline, limit: int, where: str
) -> bytes:
    """The whole body, in chunks, within the deadline and the size cap."""
    parts: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = response.read(CHUNK)
        except (OSError, http.client.HTTPException):
            if deadline.expired:
                raise StoreError(f"{where} did not answer within {deadline.seconds:g} s") from None
            raise
        if not chunk:
            if deadline.expired:
                raise StoreError(f"{where} did not answer within {deadline.seconds:g} s")
            return b"".join(parts)
        size += len(chunk)
        if size > limit:
            raise StoreError(
                f"{where} sent more than {limit / 1048576:g} MB: stopped reading "
                "(raise BLOCGRAPH_MAX_RESPONSE_MB, or add a LIMIT to the query)"
            )
        parts.append(chunk)
