"""Queries that a deadline can stop: a small pool of worker processes, each with the embedded
store opened read-only. ``serve`` runs every query of a request in one (/sparql, the pages, the
named queries), and so does the Python API (``blocgraph.open()``): a query past its deadline is
stopped, not left computing.

Oxigraph evaluates a query in Rust with no way to cancel it (pyoxigraph 0.5 offers none), so a
query run in a thread keeps computing after its caller has given up: a few runaway queries (a
cartesian product) would keep the CPU busy long after their 503s, or, in a notebook, after
``TimeoutExceeded``. A process can be stopped. Each query goes to an idle worker; the caller's
thread waits for the answer until the deadline, and when the deadline passes it kills that
worker (SIGKILL), starts a new one in its place and raises ``TimeoutExceeded``. An answer of
/sparql that grows past the size cap stops itself in the worker (the serialiser's buffer refuses
to grow, which drops the lazy result and ends its evaluation), so that worker is kept.

Each worker is a fresh interpreter (``python -c``), talking to its owner over a socket pair:
forking a process that has threads and an open RocksDB is unsafe. Starting one takes a few
hundred milliseconds, paid when the pool starts and after a kill, never by a query that finds a
worker idle; an idle worker costs a query one round trip on the socket (well under a
millisecond) and its rows' transfer. A worker ignores Ctrl-C (its owner stops it) and exits by
itself if its owner dies.

The command line does not use this: it runs one lookup and exits, which ends its query too.
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
from typing import TYPE_CHECKING, Any

from .bounded import TimeoutExceeded
from .errors import InputError, StoreError
from .terms import IRI, Literal

if TYPE_CHECKING:
    from .store import EmbeddedStore
    from .terms import Row

DEFAULT_WORKERS = 2
# How long a worker may take to start (an interpreter, the imports, the store opened).
START_TIMEOUT = 60.0


class _Worker:
    """One worker process and its owner's end (the server, or the API's store) of its socket."""

    def __init__(self, location: Path, allow_service: bool) -> None:
        # A fresh interpreter started as a command, not multiprocessing's spawn: that would
        # run the owner's __main__ again in each worker (a script without a __main__ guard
        # would start servers; `python -` cannot be run again at all).
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[1])  # the folder holding blocgraph
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        command = "from blocgraph.pool import worker_main; worker_main()"
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

    def ask(self, request: tuple, deadline: float | None, timeout: float | None) -> tuple | None:
        """Send ``request`` and wait for its reply; None when the deadline passes first (the
        worker is then still busy with it). A worker still starting is waited for first, up
        to START_TIMEOUT, and its start is not charged to the query: the query then has at
        least ``timeout`` seconds. Raises EOFError/OSError if the worker died."""
        if not self.ready:
            message = self._receive(time.monotonic() + START_TIMEOUT)
            if message is None:
                return None
            if message[0] != "ready":
                return message  # it could not open the store: the reason
            self.ready = True
            if deadline is not None and timeout is not None:
                deadline = max(deadline, time.monotonic() + timeout)
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
        """The answer to a checked query (``web.sparql.prepare``), serialised as ``media``, at
        most ``limit`` bytes, from an idle worker within the deadline. Raises TimeoutExceeded
        (the worker that ran it is replaced), ResultTooLarge, InputError or StoreError."""
        answer: bytes = self._ask(("sparql", text, form, media, limit))
        return answer

    def select(self, text: str) -> tuple[list[str], list[Row]]:
        """Column names and rows of a SELECT query, as ``EmbeddedStore.select`` gives them,
        from an idle worker within the deadline. Raises TimeoutExceeded (the worker that ran
        it is replaced) or StoreError."""
        variables, packed = self._ask(("select", text))
        return variables, [dict(zip(variables, map(_unpack, row), strict=True)) for row in packed]

    def _ask(self, request: tuple) -> Any:
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise self._timed_out(f"all {self.size} query workers were busy") from None
        reply: tuple | None = None
        try:
            reply = worker.ask(request, deadline, self.timeout)
        except (EOFError, OSError):
            self._replace(worker)
            if self._closed:
                raise StoreError("the query workers have been stopped") from None
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
            from .web.sparql import ResultTooLarge

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


class PooledStore:
    """The embedded store ``store``, with every SELECT run in a worker process of a
    ``QueryPool`` (``size`` workers, started on the first query): what the lookups, the pages
    and the API ask is stopped at the store's deadline, not abandoned to run on. Everything
    else (the name index, the location, the deadline) is ``store``'s."""

    def __init__(self, store: EmbeddedStore, size: int = 1) -> None:
        self.embedded = store
        self.size = size
        self.timeout = store.timeout
        self.allow_service = store.allow_service
        # What the resolver reads in this process (files, no query): resolve.Resolver.
        self.name_index = store.name_index
        self.name_digests = store.name_digests
        # The build's lookup index, read in this process too (lookup_index.select): a lookup
        # it answers needs no worker.
        self.lookup_index = store.lookup_index
        self._lock = threading.Lock()
        self._pool: QueryPool | None = None
        self._closed = False

    @property
    def location(self) -> Path:
        return self.embedded.location

    @property
    def pool(self) -> QueryPool:
        """The workers, started on first use."""
        with self._lock:
            if self._closed:
                raise StoreError("the query workers have been stopped")
            if self._pool is None:
                self._pool = QueryPool(self.location, self.size, self.allow_service, self.timeout)
                # Stopped when this store is collected or the interpreter exits (a worker
                # would notice its owner gone within a second anyway).
                import weakref

                weakref.finalize(self, self._pool.close)
            return self._pool

    def select(self, query: str) -> tuple[list[str], list[Row]]:
        """Column names and rows of a SELECT query, in a worker, within the deadline."""
        return self.pool.select(query)

    def close(self) -> None:
        """Stop the workers (a query afterwards raises StoreError)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def __len__(self) -> int:
        return len(self.embedded)

    def __repr__(self) -> str:
        return f"PooledStore({self.location}, timeout={self.timeout})"


# Rows cross the socket as plain tuples: an IRI as its string, a literal as (value, datatype,
# language). Pickling the terms themselves costs about twice as much (their __slots__).
def _pack(value: IRI | Literal | None) -> str | tuple | None:
    if value is None or type(value) is IRI:
        return value if value is None else str(value)
    return (str(value), value.datatype, value.language)  # type: ignore[union-attr]  # a Literal


def _unpack(value: str | tuple | None) -> IRI | Literal | None:
    if value is None:
        return None
    if type(value) is str:
        return IRI(value)
    return Literal(*value)


# --- in the worker process ------------------------------------------------------------------


def worker_main() -> None:
    """A worker's life (its arguments: socket fd, store location, allow SERVICE 1/0, its
    owner's pid): open the store, say so, then answer one request at a time until the owner
    closes the socket (or dies)."""
    import signal

    fd, location, allow, owner_pid = sys.argv[1:5]
    conn = Connection(int(fd))
    allow_service = allow == "1"
    owner = int(owner_pid)

    # Ctrl-C in a terminal reaches the whole process group; the owner stops its workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(owner,), daemon=True).start()

    from .store import EmbeddedStore

    try:
        # The owner has checked the store (its manifest) before starting the pool.
        store = EmbeddedStore(Path(location), allow_service=allow_service, verify=False)
    except Exception as err:  # noqa: BLE001  reported to the owner, which answers with it
        conn.send(("error", "open", f"a query worker could not open the store: {err}"))
        return
    conn.send(("ready",))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(_answer(store, request))
        except (EOFError, OSError):
            return


def _answer(store: EmbeddedStore, request: tuple) -> tuple:
    """The reply to one request: ("ok", value) or ("error", kind, message)."""
    try:
        if request[0] == "select":
            variables, rows = store.select(request[1])
            return ("ok", (variables, [[_pack(row.get(v)) for v in variables] for row in rows]))
        from .web.sparql import ResultTooLarge, evaluate

        try:
            return ("ok", evaluate(store, *request[1:]))
        except ResultTooLarge as err:
            return ("error", "too-large", str(err))
    except InputError as err:
        return ("error", "input", str(err))
    except Exception as err:  # noqa: BLE001  StoreError and anything unforeseen
        return ("error", "store", str(err) or type(err).__name__)


def _exit_with(owner: int) -> None:
    """End this worker when the process that started it is gone (killed, say), even in the
    middle of a query: nothing else would stop it."""
    while os.getppid() == owner:
        time.sleep(1.0)
    os._exit(0)
