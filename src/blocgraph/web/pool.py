"""SPARQL evaluation that a deadline can stop: a small pool of worker processes, each with the
store opened read-only, for the queries ``serve`` takes from the network.

Oxigraph evaluates a query in Rust with no way to cancel it, so a query run in a thread of the
server keeps computing after its caller has given up: a few runaway queries (a cartesian
product) would keep the CPU busy for everyone long after their 503s. A process can be stopped.
Each query goes to an idle worker; the server's thread waits for the answer until the deadline,
and when the deadline passes it kills that worker (SIGKILL), starts a new one in its place and
answers 503. An answer that grows past the size cap stops itself in the worker (the
serialiser's buffer refuses to grow, which drops the lazy result and ends its evaluation), so
that worker is kept.

Each worker is a fresh interpreter (``python -c``), talking to the server over a socket pair:
forking a server that has threads and an open RocksDB is unsafe. Starting one takes a few
hundred milliseconds, paid at startup and after a kill, never by a request that finds a worker
idle; an idle worker costs the request one round trip on the socket (well under a
millisecond). A worker ignores Ctrl-C (the server stops it) and exits by itself if the server
dies.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from ..bounded import TimeoutExceeded
from ..errors import InputError, StoreError

DEFAULT_WORKERS = 2


class _Worker:
    """One worker process and the server's end of its socket."""

    def __init__(self, location: Path, allow_service: bool) -> None:
        # A fresh interpreter started as a command, not multiprocessing's spawn: that would
        # run the server's __main__ again in each worker (a script without a __main__ guard
        # would start servers; `python -` cannot be run again at all).
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[2])  # the folder holding blocgraph
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        command = "from blocgraph.web.pool import worker_main; worker_main()"
        arguments = [str(theirs.fileno()), str(location), str(int(allow_service)), str(os.getpid())]
        self.process = subprocess.Popen(
            [sys.executable, "-c", command, *arguments],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            pass_fds=(theirs.fileno(),),
            env=env,
        )
        theirs.close()
        self.conn = Connection(ours.detach())
        self.ready = False  # until it says it has opened the store

    def _receive(self, deadline: float | None) -> tuple | None:
        """The worker's next message, or None when the deadline passes first."""
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not self.conn.poll(wait):
            return None
        return self.conn.recv()

    def ask(self, request: tuple, deadline: float | None) -> tuple | None:
        """Send ``request`` and wait for its reply; None when the deadline passes first (the
        worker is then still busy with it). Raises EOFError/OSError if the worker died."""
        if not self.ready:
            message = self._receive(deadline)
            if message is None:
                return None
            if message[0] != "ready":
                return message  # it could not open the store: the reason
            self.ready = True
        self.conn.send(request)
        return self._receive(deadline)

    def stop(self) -> None:
        # Killed first: a thread waiting on its socket then sees it close, and wakes.
        self.process.kill()  # SIGKILL: Oxigraph's evaluation cannot be asked to stop
        self.process.wait()
        self.conn.close()


class QueryPool:
    """``size`` worker processes over the store at ``location``, opened read-only."""

    def __init__(
        self,
        location: Path,
        size: int = DEFAULT_WORKERS,
        allow_service: bool = False,
        timeout: float | None = None,
    ) -> None:
        if size < 1:
            raise InputError(f"the query pool needs at least one worker, not {size}")
        self.location = location
        self.size = size
        self.allow_service = allow_service
        self.timeout = timeout  # each query's deadline in seconds, waiting included; None: none
        self._lock = threading.Lock()
        self._closed = False
        self._workers: list[_Worker] = []
        self._idle: queue.Queue[_Worker] = queue.Queue()
        with self._lock:
            for _ in range(size):
                self._idle.put(self._start())

    def pids(self) -> list[int]:
        """The worker processes' ids (for tests and the curious)."""
        with self._lock:
            return [w.process.pid for w in self._workers]

    def run(self, text: str, form: str, media: str, limit: int) -> bytes:
        """The answer to a checked query (``sparql.prepare``), serialised as ``media``, at most
        ``limit`` bytes, from an idle worker within the deadline. Raises TimeoutExceeded (the
        worker that ran it is replaced), ResultTooLarge, InputError or StoreError."""
        from .sparql import ResultTooLarge

        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise self._timed_out(f"all {self.size} query workers were busy") from None
        reply: tuple | None = None
        try:
            reply = worker.ask((text, form, media, limit), deadline)
        except (EOFError, OSError):
            self._replace(worker)
            if self._closed:
                raise StoreError("the server is shutting down") from None
            raise StoreError("the query stopped its worker process unexpectedly") from None
        if reply is None:
            # Still computing: stop it for good, and put a fresh worker in its place.
            self._replace(worker)
            raise self._timed_out("it was stopped")
        if reply[0] == "error" and reply[1] == "open":
            self._replace(worker)
        else:
            self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1]
        kind, message = reply[1], reply[2]
        if kind == "input":
            raise InputError(message)
        if kind == "too-large":
            raise ResultTooLarge(message)
        raise StoreError(message)

    def _timed_out(self, why: str) -> TimeoutExceeded:
        return TimeoutExceeded(
            f"the query did not finish within {self.timeout:g} s; {why} "
            "(allow more with --timeout or BLOCGRAPH_TIMEOUT)"
        )

    def _start(self) -> _Worker:
        worker = _Worker(self.location, self.allow_service)
        self._workers.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:  # checked and started under the lock: close() cannot miss it
            if worker in self._workers:
                self._workers.remove(worker)
            if not self._closed:
                self._idle.put(self._start())

    def close(self) -> None:
        """Stop every worker, busy or not."""
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, []
        for worker in workers:
            worker.stop()


# --- in the worker process ------------------------------------------------------------------


def worker_main() -> None:
    """A worker's life (its arguments: socket fd, store location, allow SERVICE 1/0, the
    server's pid): open the store, say so, then answer one request at a time until the server
    closes the socket (or dies)."""
    import signal

    fd, location, allow, server_pid = sys.argv[1:5]
    conn = Connection(int(fd))
    allow_service = allow == "1"
    server = int(server_pid)

    # Ctrl-C in a terminal reaches the whole process group; the server stops its workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(server,), daemon=True).start()

    from ..store import EmbeddedStore
    from .sparql import ResultTooLarge, evaluate

    try:
        # The server has checked the store (its manifest) before starting the pool.
        store = EmbeddedStore(Path(location), allow_service=allow_service, verify=False)
    except Exception as err:  # noqa: BLE001  reported to the server, which answers with it
        conn.send(("error", "open", f"a query worker could not open the store: {err}"))
        return
    conn.send(("ready",))
    while True:
        try:
            text, form, media, limit = conn.recv()
        except (EOFError, OSError):
            return
        reply: tuple
        try:
            reply = ("ok", evaluate(store, text, form, media, limit))
        except ResultTooLarge as err:
            reply = ("error", "too-large", str(err))
        except InputError as err:
            reply = ("error", "input", str(err))
        except Exception as err:  # noqa: BLE001  StoreError and anything unforeseen
            reply = ("error", "store", str(err) or type(err).__name__)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


def _exit_with(server: int) -> None:
    """End this worker when the server that started it is gone (killed, say), even in the
    middle of a query: nothing else would stop it."""
    while os.getppid() == server:
        time.sleep(1.0)
    os._exit(0)
