"""A scripted HTTP server on 127.0.0.1 for fault tests: it records every request and answers
as its ``behaviour`` says (SPARQL JSON, a redirect, a drip-feed, an endless body, garbage, a
hang). Bounded: each answer stops after ``limit_seconds``, and the server is closed by the
fixture that made it."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

EMPTY_SELECT = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeServer:
    behaviour: str = "json"  # json | redirect | drip | endless | garbage | hang
    redirect_to: str = ""
    limit_seconds: float = 20.0
    requests: list[Seen] = field(default_factory=list)

    def start(self) -> FakeServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                owner.requests.append(
                    Seen(
                        self.command,
                        self.path,
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                    )
                )
                getattr(owner, f"_answer_{owner.behaviour}")(self)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/sparql"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- behaviours ---------------------------------------------------------------------

    def _answer_json(self, h):
        h.send_response(200)
        h.send_header("Content-Type", "application/sparql-results+json")
        h.send_header("Content-Length", str(len(EMPTY_SELECT)))
        h.end_headers()
        h.wfile.write(EMPTY_SELECT)

    def _answer_redirect(self, h):
        h.send_response(302)
        h.send_header("Location", self.redirect_to + h.path)
        h.send_header("Content-Length", "0")
        h.end_headers()

    def _answer_garbage(self, h):
        body = b"\x00\xff<html>not sparql</html>"
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _answer_drip(self, h):
        """A valid start, then one byte every second: never finishes within a deadline."""
        h.send_response(200)
        h.send_header("Content-Type", "application/sparql-results+json")
        h.end_headers()
        stop = time.monotonic() + self.limit_seconds
        try:
            while time.monotonic() < stop:
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(1.0)
        except OSError:
            pass

    def _answer_endless(self, h):
        """A body that never ends (until the limit): megabytes of JSON whitespace."""
        h.send_response(200)
        h.send_header("Content-Type", "application/sparql-results+json")
        h.end_headers()
        chunk = b" " * (1 << 20)
        stop = time.monotonic() + self.limit_seconds
        try:
            h.wfile.write(b'{"head": {"vars": []}, "results": {"bindings": [')
            while time.monotonic() < stop:
                h.wfile.write(chunk)
        except OSError:
            pass

    def _answer_hang(self, h):
        """Reads the request, then says nothing (until the limit)."""
        time.sleep(self.limit_seconds)
