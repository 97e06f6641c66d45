"""Long work that Ctrl-C and a deadline can always stop.

pyoxigraph evaluates a query in Rust with the GIL released, so Python's SIGINT handler (which
runs only between bytecodes of the main thread) waits until a long aggregate ends: 34 s of
Ctrl-C ignored. Here the work runs in a worker thread while the main thread waits in short
slices: Ctrl-C raises KeyboardInterrupt within 50 ms, and a deadline raises
``TimeoutExceeded``. The abandoned worker is a daemon thread: the process exits without
waiting for it, and what it was writing is a temporary file or a build folder that is never
made current (the next build removes it). That suits the command line, which exits once its
lookup is answered or refused; what lives on (``serve``, the Python API) runs its queries in
worker processes that a deadline can kill instead (``blocgraph.pool``).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from .errors import StoreError

T = TypeVar("T")
DEFAULT_TIMEOUT = 60.0  # seconds, for lookups; builds, exports and validation have none


class TimeoutExceeded(StoreError):
    """The work did not finish within its deadline."""


def timeout_from_env(value: float | None = None) -> float:
    """``value`` if given, else ``BLOCGRAPH_TIMEOUT``, else the default; checked."""
    if value is not None:
        raw = str(value)
    else:
        raw = os.environ.get("BLOCGRAPH_TIMEOUT", str(DEFAULT_TIMEOUT))
    try:
        seconds = float(raw)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds < float("inf"):  # also refuses nan
        raise StoreError(f"BLOCGRAPH_TIMEOUT must be a positive number of seconds, not {raw!r}")
    return seconds


# Workers abandoned to Ctrl-C or a deadline, each by the event it sets when its work ends:
# they may still be inside pyoxigraph (a dump, a build, a query) when the command line exits
# (cli.BlocgraphGroup.__call__ reads this). Not Thread.is_alive: in Python 3.11 a join that
# Ctrl-C interrupts releases the running thread's lock and marks it stopped (threading's
# _wait_for_tstate_lock), so is_alive() said False for a worker still dumping, the command
# line finalised the interpreter under it, and the worker crashed (exit -11 in CI, about one
# interrupted export in three on a loaded machine).
_abandoned: list[threading.Event] = []


def abandoned_work() -> bool:
    """Whether a worker that ``run`` gave up on (Ctrl-C, a deadline) is still running."""
    return any(not finished.is_set() for finished in _abandoned)


def run(work: Callable[[], T], timeout: float | None, what: str = "the query") -> T:
    """``work()`` in a worker thread, waited for in slices; its result or its exception."""
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as err:  # noqa: BLE001  re-raised in the caller's thread
            outcome["error"] = err
        finally:
            finished.set()

    worker = threading.Thread(target=target, name="blocgraph-work", daemon=True)
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        worker.start()  # inside the try: Ctrl-C while it starts still abandons the worker
        while not finished.is_set():
            wait = 0.05
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutExceeded(
                        f"{what} did not finish within {timeout:g} s "
                        "(allow more with --timeout or BLOCGRAPH_TIMEOUT)"
                    )
                wait = min(wait, left)
            finished.wait(wait)
    except BaseException:  # KeyboardInterrupt, TimeoutExceeded: the worker runs on
        _abandoned.append(finished)
        raise
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
