"""A deadline for one HTTP exchange, enforced by shutting its sockets down.

Socket timeouts bound each read, not the whole exchange: a server that sends a byte every
few seconds never trips them. A watchdog thread waits for the deadline and then shuts down
every socket of the exchange, which ends any blocked read or write at once. Used by remote
lookups and by ``load`` (both through ``load_http``, which pauses it while an upload is
being sent, so that the time data takes to upload does not count)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable


class Deadline:
    """``seconds`` for one exchange, not counting paused time. When it passes, the watchdog
    shuts down the sockets that ``sockets()`` names."""

    def __init__(
        self, seconds: float, sockets: Callable[[], list[socket.socket]] | None = None
    ) -> None:
        self.seconds = seconds
        self.expired = False
        self._due = time.monotonic() + seconds
        self._paused_at: float | None = None
        self._done = False
        self._sockets = sockets or (lambda: [])
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._watch, name="blocgraph-deadline", daemon=True)
        self._thread.start()

    def left(self) -> float:
        with self._cond:
            now = self._paused_at if self._paused_at is not None else time.monotonic()
            return self._due - now

    def pause(self) -> None:
        with self._cond:
            if self._paused_at is None:
                self._paused_at = time.monotonic()

    def resume(self) -> None:
        with self._cond:
            if self._paused_at is not None:
                self._due += time.monotonic() - self._paused_at
                self._paused_at = None
                self._cond.notify()

    def cancel(self) -> None:
        with self._cond:
            self._done = True
            self._cond.notify()

    def _watch(self) -> None:
        with self._cond:
            while not self._done:
                if self._paused_at is not None:
                    self._cond.wait()
                    continue
                left = self._due - time.monotonic()
                if left <= 0:
                    self.expired = True
                    for sock in self._sockets():
                        _shutdown(sock)
                    return
                self._cond.wait(left)


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
