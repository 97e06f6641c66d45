"""Load the knowledge base (as ``blocgraph export`` writes it) into an external triple store,
all or nothing: a failure part-way leaves the target graph exactly as it was.

The steps are here; the SPARQL requests are in ``load_protocol``, the HTTP (credentials,
deadlines, retries) in ``load_http``.

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
times with exponential backoff, within each step's deadline (``BLOCGRAPH_TIMEOUT``);
retrying ``INSERT DATA``, ``PUT`` or ``POST`` is harmless. The final update is never retried
blindly, and when its answer is lost (the connection dies after it was sent, or the store does
not answer in time) the store is asked what happened: the staged triples are compared with the
target graph, and the load either ends as done, is tried again (nothing happened), or says
what the graph holds. A second ``MOVE`` from a staging graph already moved would clear the
target on Virtuoso, which treats a missing source as empty: that is why.

Staging graphs are ``<STAGING_PREFIX><started>-<random>/add`` (and ``/del``), ``started``
the UTC time the load began (``20261128T231500Z``). A load removes its own when it ends, even
when it fails; a load that was killed leaves them behind. Every load (and ``load --cleanup``,
which does only that) first removes the stale ones: staging graphs of loads started more than
``STALE_AFTER`` (6 hours) ago, which no running load can still be using, and those named as
blocgraph named them before the time was in the name (a bare 32-digit hex run id). Younger
ones are left alone (a load may be running) and counted.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .errors import StoreError
from .load_http import Client, DumpBody, FileBody, GaveUp
from .load_protocol import (
    MAX_BODY,
    VIRTUOSO_MAX_TRIPLES,
    Sparql,
    default_update_endpoint,
    fetch_graph,
    form_bytes,
    gsp_url,
    iter_batches,
)
from .store import check_endpoint_url

__all__ = [
    "KB_GRAPH",
    "MAX_BODY",
    "STAGING_PREFIX",
    "CleanupResult",
    "HttpClient",
    "LoadResult",
    "Sparql",
    "cleanup",
    "default_update_endpoint",
    "form_bytes",
    "iter_batches",
    "load",
]

#: Where the knowledge base goes when the store has no writable default graph (Virtuoso:
#: ``INSERT DATA`` without ``GRAPH`` is an error there, and its queries see every graph).
KB_GRAPH = "https://w3id.org/blocgraph/kb"
STAGING_PREFIX = "https://w3id.org/blocgraph/staging/"
#: Staging graphs of a load started longer ago than this are stale: no load runs that long
#: (the knowledge base takes seconds; each step of a load ends within BLOCGRAPH_TIMEOUT).
STALE_AFTER = timedelta(hours=6)
_STAMP = "%Y%m%dT%H%M%SZ"
#: The name of a staging graph after STAGING_PREFIX. Only names that match it whole are
#: removed (a name is pasted into DROP GRAPH, so nothing else may pass).
_STAGING_NAME = re.compile(
    r"(?:(?P<stamp>\d{8}T\d{6}Z)-[0-9a-f]{8,64}|(?P<legacy>[0-9a-f]{32}))/(?:add|del)"
)

#: The HTTP client, under the name it had when it lived here.
HttpClient = Client


class _Unknown(StoreError):
    """The change may or may not have happened, and the store could not say which."""


class _Checked(GaveUp):
    """The final update failed, and the store was asked what the target graph holds: the
    message says."""


@dataclass
class StaleGraph:
    graph: str
    triples: int
    started: datetime | None  # None: named before the time was in the name

    def line(self) -> str:
        when = f"started {self.started:%Y-%m-%d %H:%M} UTC" if self.started else "of an old version"
        return (
            f"removed the stale staging graph <{self.graph}> ({self.triples} triples, left by a "
            f"load {when} that did not finish)"
        )


@dataclass
class CleanupResult:
    endpoint: str
    removed: list[StaleGraph] = field(default_factory=list)
    young: int = 0  # staging graphs of loads that may still be running, left alone

    #: at most this many stale graphs get a line each; more are counted
    LINES = 5

    def lines(self) -> list[str]:
        if len(self.removed) <= self.LINES:
            return [stale.line() for stale in self.removed]
        triples = sum(stale.triples for stale in self.removed)
        return [
            f"removed {len(self.removed)} stale staging graphs ({triples} triples) left by "
            f"loads that did not finish, started over {_hours(STALE_AFTER)} ago"
        ]

    def summary(self) -> str:
        if self.removed:
            triples = sum(stale.triples for stale in self.removed)
            text = (
                f"Removed {len(self.removed)} stale staging graph"
                f"{'s' if len(self.removed) != 1 else ''} ({triples} triples) at {self.endpoint}"
            )
        else:
            text = f"No stale staging graphs at {self.endpoint}"
        if self.young:
            text += (
                f"; {self.young} staging graph{'s' if self.young != 1 else ''} of loads started "
                f"within {_hours(STALE_AFTER)} left alone (a load may be running)"
            )
        return text


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:g} hour{'s' if hours != 1 else ''}"


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
    notes: list[str] = field(default_factory=list)  # what the user should know, one line each
    cleanup: CleanupResult | None = None

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


@dataclass
class Plan:
    endpoint: str
    update_endpoint: str
    gsp: str | None
    graph: str | None  # None: the default graph
    replace: bool
    max_body: int = MAX_BODY
    max_triples: int | None = None
    run: str = field(
        default_factory=lambda: f"{time.strftime(_STAMP, time.gmtime())}-{uuid.uuid4().hex[:16]}"
    )

    def staging(self, part: str) -> str:
        return f"{STAGING_PREFIX}{self.run}/{part}"


def _graph_name(graph: str | None) -> str:
    return f"<{graph}>" if graph else "the default graph"


# --- the steps -------------------------------------------------------------------------------


def _connect(endpoint: str, update_endpoint: str | None, client: Client) -> Sparql:
    check_endpoint_url(endpoint, "endpoint")
    update_endpoint = check_endpoint_url(
        update_endpoint or default_update_endpoint(endpoint), "update endpoint"
    )
    sparql = Sparql(client, endpoint, update_endpoint)
    sparql.probe()
    return sparql


def cleanup(
    endpoint: str,
    update_endpoint: str | None = None,
    timeout: float | None = None,
    retries: int = 3,
    now: datetime | None = None,
) -> CleanupResult:
    """Remove the stale staging graphs of the store whose query endpoint is ``endpoint``
    (what ``blocgraph load --cleanup`` does, and every load first)."""
    with Client(timeout=timeout, retries=retries) as client:
        sparql = _connect(endpoint, update_endpoint, client)
        return _cleanup(sparql, endpoint, now)


def _cleanup(sparql: Sparql, endpoint: str, now: datetime | None = None) -> CleanupResult:
    now = now or datetime.now(timezone.utc)
    result = CleanupResult(endpoint)
    for graph in sparql.graphs(STAGING_PREFIX, "looking for stale staging graphs"):
        match = _STAGING_NAME.fullmatch(graph[len(STAGING_PREFIX) :])
        if match is None:
            continue  # not a name load gives: not ours to remove
        started = None
        if match["stamp"]:
            started = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=timezone.utc)
            if now - started <= STALE_AFTER:
                result.young += 1
                continue
        triples = sparql.count(graph)
        sparql.update(f"DROP SILENT GRAPH <{graph}>", "removing a stale staging graph")
        result.removed.append(StaleGraph(graph, triples, started))
    return result


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
    timeout: float | None = None,
    retries: int = 3,
    backoff: float = 0.5,
    client: Client | None = None,
) -> LoadResult:
    """Load ``source`` (default: the exported knowledge base) into ``graph`` (default: the
    default graph; on Virtuoso ``KB_GRAPH``) of the store whose query endpoint is
    ``endpoint``; ``replace`` makes the graph hold exactly the data, else the data is added.
    ``progress(done, total)`` is told the bytes sent. ``timeout`` (default
    ``BLOCGRAPH_TIMEOUT``, 60 s) bounds each step."""
    started = time.perf_counter()
    check_endpoint_url(endpoint, "endpoint")
    check_endpoint_url(update_endpoint or default_update_endpoint(endpoint), "update endpoint")
    if gsp:
        check_endpoint_url(gsp, "Graph Store Protocol endpoint")
    if graph is not None:
        _check_graph(graph)
    own_client = client is None
    client = client or Client(timeout=timeout, retries=retries, backoff=backoff)
    try:
        sparql = _connect(endpoint, update_endpoint, client)
        if graph is None and sparql.is_virtuoso:
            graph = KB_GRAPH
        if max_triples is None and sparql.is_virtuoso:
            max_triples = VIRTUOSO_MAX_TRIPLES
        plan = Plan(endpoint, sparql.update_url, gsp, graph, replace, max_body, max_triples)
        # A no-op that checks we may write (and answers a Digest challenge) before any data.
        sparql.update(f"DROP SILENT GRAPH <{plan.staging('add')}>", "preparing the staging graph")
        cleaned = _cleanup(sparql, endpoint)
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
                        old = fetch_graph(sparql, plan.graph, plan.gsp, before)
                        path = future.result()
                else:
                    path = prepare()
                result = _load(sparql, plan, path, folder, before, old, progress)
        result.cleanup = cleaned
    finally:
        if own_client:
            client.close()
    result.seconds = time.perf_counter() - started
    result.retries = client.retried
    return result


def _load(
    sparql: Sparql,
    plan: Plan,
    path: Path,
    folder: Path,
    before: int,
    old: set[bytes] | None,
    progress: Callable[[int, int], None] | None,
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
            _post(sparql, plan, FileBody(add_file, advance), before, expected, result)
            result.requests, result.staged = 1, False
        else:
            counts = {add_file: len(additions), del_file: len(removals)}
            result.requests = _staged(
                sparql, plan, add_file, del_file, counts, whole, advance, result, (before, expected)
            )
    result.graph_size = sparql.count(plan.graph)
    if expected is not None and result.graph_size != expected:
        raise StoreError(
            f"after loading, {_graph_name(plan.graph)} holds {result.graph_size} triples where "
            f"{expected} were expected (did something else write to it meanwhile?)"
        )
    return result


def _post(
    sparql: Sparql,
    plan: Plan,
    body: FileBody | DumpBody,
    before: int,
    expected: int | None,
    result: LoadResult,
) -> None:
    """One Graph Store POST into the target (Oxigraph: one transaction; retrying adds the same
    triples again, which changes nothing). When no answer came, the target is counted."""
    assert plan.gsp is not None
    url = gsp_url(plan.gsp, plan.graph)
    sparql.client.preflight(url)  # Digest: meet the challenge before the body goes
    try:
        sparql.client.request(
            "POST",
            url,
            body=body,
            headers={"Content-Type": "application/n-triples"},
            what="uploading to the Graph Store",
        )
    except GaveUp as err:
        if not err.sent:
            raise type(err)(f"{err}; {_graph_name(plan.graph)} is unchanged") from None
        if expected is None and isinstance(body, DumpBody):
            expected = body.lines or None
        try:
            now = sparql.count(plan.graph)
        except StoreError as check:
            raise _Unknown(
                f"{err}, after the upload was sent, and the target graph cannot be counted to "
                f"see whether it was loaded: {check}"
            ) from None
        name = _graph_name(plan.graph)
        if expected is not None and now == expected and now != before:
            result.notes.append(
                f"the answer to the upload was lost ({err.detail}); checked: {name} holds the "
                f"{now} triples expected"
            )
            return
        if now == before:
            raise type(err)(f"{err}; checked: {name} is unchanged") from None
        raise _Unknown(
            f"{err}, after the upload was sent; {name} now holds {now} triples "
            f"(before: {before}{f', expected: {expected}' if expected is not None else ''})"
        ) from None


def _stream_export(
    sparql: Sparql, plan: Plan, progress: Callable[[int, int], None] | None
) -> LoadResult:
    """The knowledge base into an empty graph of an Oxigraph server: one POST (Oxigraph loads
    it in one transaction), its chunked body the export as pyoxigraph writes it."""
    from .store import EmbeddedStore, ensure_store

    store = EmbeddedStore(ensure_store()).pyoxigraph_store
    body = DumpBody(store, progress)
    result = LoadResult(
        triples=0,
        graph=plan.graph,
        endpoint=plan.endpoint,
        method="Graph Store Protocol",
        requests=1,
        staged=False,
    )
    _post(sparql, plan, body, 0, None, result)
    result.triples = result.added = body.lines
    result.graph_size = sparql.count(plan.graph)
    if result.graph_size != body.lines:
        raise StoreError(
            f"after loading, {_graph_name(plan.graph)} holds {result.graph_size} triples where "
            f"{body.lines} were sent (did something else write to it meanwhile?)"
        )
    return result


def _staged(
    sparql: Sparql,
    plan: Plan,
    add_file: Path | None,
    del_file: Path | None,
    counts: dict,
    whole: bool,
    advance: Callable[[int], None],
    result: LoadResult,
    sizes: tuple[int, int | None],
) -> int:
    """Send additions and removals to staging graphs, then apply both with one update.
    ``sizes``: the target graph's triples before, and after (None: not known)."""
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
        _swap(sparql, plan, staged, whole, result, sizes)
        swapped = True
    except (_Unknown, _Checked):
        raise
    except StoreError as err:  # before the swap, or a swap the store refused as a whole
        raise type(err)(f"{err}; {_graph_name(plan.graph)} is unchanged") from None
    finally:
        # After the change too: a separate request, as it need not be part of the change.
        drop = [s for s in (staging_add, staging_del) if s in staged or not swapped]
        _drop_quietly(sparql, drop)
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


def _send(
    sparql: Sparql, plan: Plan, file: Path, staging: str, advance: Callable[[int], None]
) -> int:
    """Put ``file`` into the (new) graph ``staging``; returns the number of data requests."""
    if plan.gsp:
        url = gsp_url(plan.gsp, staging)
        sparql.client.preflight(url)  # Digest: meet the challenge before the body goes
        sparql.client.request(
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


def _swap(
    sparql: Sparql,
    plan: Plan,
    staged: dict[str, int],
    whole: bool,
    result: LoadResult,
    sizes: tuple[int, int | None],
) -> None:
    """Apply the staged changes with one update. Never retried blindly: after a failure
    without an answer saying what happened, the store is asked (``_outcome``), and the update
    is sent again only if nothing happened."""
    text = _apply_update(plan, staged, whole)
    name = _graph_name(plan.graph)
    client = sparql.client
    attempts = client.retries + 1
    for attempt in range(attempts):
        try:
            sparql.update(text, "applying the staged triples", retries=0)
            return
        except GaveUp as err:
            failure = err
        timed_out = "did not answer within" in failure.detail
        try:
            outcome = _outcome(sparql, plan, staged, whole)
        except StoreError as err:
            before, after = sizes
            either = (
                f"{after} triples if it did, {before} if it did not"
                if after is not None
                else f"{before} triples if it did not"
            )
            raise _Unknown(
                f"applying the staged triples failed ({failure.detail}), and whether it "
                f"happened cannot be read back ({err}): {name} holds {either}"
            ) from None
        if outcome == "applied":
            result.notes.append(
                f"the answer to the final update was lost ({failure.detail}); checked: the "
                f"changes are in {name}"
            )
            return
        if outcome != "unchanged":
            size = _size_or_none(sparql, plan.graph)
            holds = f"now holds {size} triples, and " if size is not None else ""
            raise _Unknown(
                f"applying the staged triples failed ({failure.detail}); {name} {holds}"
                f"has part of the changes ({outcome}): something else may be writing to it, "
                "check it and load again"
            )
        if timed_out:
            break  # the store takes updates but does not answer them: no point in waiting more
        if attempt + 1 < attempts:
            client.retried += 1
            client.sleep(client.retry_delay(attempt, None))
    tries = f" after {attempt + 1} attempts" if attempt else ""
    if timed_out:
        # Sent, and perhaps still being carried out: the check only tells what is there now.
        raise _Checked(
            f"applying the staged triples failed: {failure.detail} (set BLOCGRAPH_TIMEOUT to "
            f"wait longer); checked: {name} is unchanged so far, but the store may still be "
            "carrying the update out: look again in a while"
        )
    raise _Checked(
        f"applying the staged triples failed{tries}: {failure.detail}; checked: {name} is unchanged"
    )


def _outcome(sparql: Sparql, plan: Plan, staged: dict[str, int], whole: bool) -> str:
    """After the final update went unanswered: "applied", "unchanged", or what is partly
    there, read from the store by comparing the staging graphs with the target."""
    staging_add, staging_del = plan.staging("add"), plan.staging("del")
    if whole:  # MOVE empties the staging graph
        left = sparql.count(staging_add)
        if left == 0:
            return "applied"
        if left == staged[staging_add]:
            return "unchanged"
        return f"the staging graph holds {left} of {staged[staging_add]} triples"

    def target(pattern: str) -> str:
        return f"GRAPH <{plan.graph}> {{ {pattern} }}" if plan.graph else pattern

    def some(staging: str, present: bool) -> bool:
        test = target("?s ?p ?o")
        inner = test if present else f"FILTER NOT EXISTS {{ {test} }}"
        return sparql.ask(
            f"ASK {{ GRAPH <{staging}> {{ ?s ?p ?o }} {inner} }}", "checking the target graph"
        )

    done: list[bool] = []
    not_done: list[bool] = []
    parts = []
    if staging_add in staged:
        in_target, missing = some(staging_add, True), some(staging_add, False)
        done.append(not missing)
        not_done.append(not in_target)
        parts.append("additions " + ("all in" if not missing else "partly in"))
    if staging_del in staged:
        in_target, missing = some(staging_del, True), some(staging_del, False)
        done.append(not in_target)
        not_done.append(not missing)
        parts.append("removals " + ("all gone" if not in_target else "partly gone"))
    if all(done):
        return "applied"
    if all(not_done):
        return "unchanged"
    return ", ".join(parts)


def _size_or_none(sparql: Sparql, graph: str | None) -> int | None:
    try:
        return sparql.count(graph)
    except StoreError:
        return None


def _drop_quietly(sparql: Sparql, graphs: list[str]) -> None:
    if not graphs:
        return
    text = " ; ".join(f"DROP SILENT GRAPH <{graph}>" for graph in graphs)
    with contextlib.suppress(StoreError):
        sparql.update(text, "removing the staging graphs", retries=1)


# --- the data --------------------------------------------------------------------------------


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
    triple a line, each once, in pyoxigraph's canonical form. Written by pyoxigraph to the
    path itself, not through a Python file object: the graph is read back from the store
    meanwhile, in another thread, and the two would otherwise take turns at the GIL."""
    from .export import write
    from .store import EmbeddedStore, ensure_store

    path = directory / "blocgraph.nt"
    store = EmbeddedStore(ensure_store()).pyoxigraph_store
    write(store, str(path), "nt")  # asserted and derived triples, one graph
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
