"""Load the knowledge base into an external triple store, all or nothing: a failure part-way
leaves the target graphs exactly as they were.

Two graphs, as in the embedded store: the asserted triples (ontology, data) go into the target
graph (``KB_GRAPH`` unless ``--graph`` names another), the derived ones into
``derived_graph_for(target)``: ``DERIVED_GRAPH``, the embedded store's own name for them, or
``<target>/derived`` next to a target the user named. Both change in one update. A file given
with ``--input`` is one graph, the target. The named queries have no FROM: they see both graphs
where the store's default graph is the union of its graphs (Virtuoso always, Oxigraph server
with ``--union-default-graph``; ``load`` says so when it is not), or through ``default-graph-uri``
parameters naming both (``RemoteStore(default_graphs=...)``). On Virtuoso both parts go into the
target graph, for now (see ``load``).

The steps are here; the SPARQL requests are in ``load_protocol``, the HTTP (credentials,
deadlines, retries) in ``load_http``.

What is sent is the difference: each graph is read back (when the store gives it whole)
and compared with its data line by line (both canonical N-Triples), so only triples it lacks
are added and, with ``replace``, only triples it has that the data lacks are removed. A reload
of unchanged data sends nothing.

How it is sent:

* SPARQL 1.1 Update (default): ``INSERT DATA { GRAPH <staging> { ... } }`` in batches of at
  most ``max_body`` bytes (Oxigraph refuses update bodies over 1 MiB) and, on Virtuoso, 1000
  triples (its SQL compiler gives up on longer ones), form-encoded;
* Graph Store Protocol (``gsp``): one streamed ``PUT`` with a Content-Length (Virtuoso answers
  201 to a chunked body and loads nothing).

Either way additions and removals go into fresh staging graphs, and are applied with one
update operation once the store holds all of them (for one graph ``DELETE {..} WHERE { GRAPH
<staging-del> {..} }``, ``ADD <staging-add> TO <target>``, or ``MOVE`` when the target cannot be
read whole; for the two graphs of the knowledge base one ``DELETE {..} INSERT {..} WHERE``
over both). One request is one transaction in both
Oxigraph and Virtuoso. A direct ``PUT`` to the target is not safe on Virtuoso: a body that
fails half-way leaves the part before the failure loaded. On Oxigraph a Graph Store ``POST``
is one transaction (checked: a body cut short or failing to parse changes nothing), so data
that only adds to graphs goes straight there: one N-Triples POST to the target, or one
N-Quads POST to the store for both graphs of the knowledge base.

Transient failures (connection reset, HTTP 5xx/408/429) are retried a bounded number of
times with exponential backoff, within each step's deadline (``BLOCGRAPH_TIMEOUT``);
retrying ``INSERT DATA``, ``PUT`` or ``POST`` is harmless. The final update is never retried
blindly, and when its answer is lost (the connection dies after it was sent, or the store does
not answer in time) the store is asked what happened: the staged triples are compared with the
target graph, and the load either ends as done, is tried again (nothing happened), or says
what the graph holds. A second ``MOVE`` from a staging graph already moved would clear the
target on Virtuoso, which treats a missing source as empty: that is why.

Staging graphs are ``<STAGING_PREFIX><started>-<random>/add`` (and ``/del``, and
``/derived-add``, ``/derived-del`` for the derived graph), ``started``
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
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .errors import StoreError
from .load_http import Client, FileBody, GaveUp
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
from .namespaces import DERIVED_GRAPH
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

#: Where the asserted triples go unless ``--graph`` names another graph, on every store: a named
#: graph, because Virtuoso has no writable default graph (``INSERT DATA`` without ``GRAPH`` is
#: an error there), and because an Oxigraph server whose default graph is the union of its
#: graphs (as lookups need) cannot count its own default graph apart.
KB_GRAPH = "https://w3id.org/blocgraph/kb"
STAGING_PREFIX = "https://w3id.org/blocgraph/staging/"
#: Staging graphs of a load started longer ago than this are stale: no load runs that long
#: (the knowledge base takes seconds; each step of a load ends within BLOCGRAPH_TIMEOUT).
STALE_AFTER = timedelta(hours=6)
_STAMP = "%Y%m%dT%H%M%SZ"
#: The name of a staging graph after STAGING_PREFIX. Only names that match it whole are
#: removed (a name is pasted into DROP GRAPH, so nothing else may pass).
_STAGING_NAME = re.compile(
    r"(?:(?P<stamp>\d{8}T\d{6}Z)-[0-9a-f]{8,64}|(?P<legacy>[0-9a-f]{32}))/(?:derived-)?(?:add|del)"
)

#: The largest Graph Store request body of a staged load (bytes, cut at line ends): a staging
#: graph is sent as a PUT of the first part and POSTs of the rest. Virtuoso 7.2 on a new
#: database stalled on one 98 MB body (the whole KB, 600,000 triples: no answer, no CPU, its log
#: saying "Locks are held for a long time") but took the same triples in parts of 49 MB or less
#: in seconds. Staging keeps the load atomic: the parts meet the target in one update.
GSP_PART_BYTES = 32 << 20

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
    graph_size: int = 0  # triples in the graphs loaded afterwards, as the store counts them
    derived_graph: str | None = None  # where the derived triples went (None: no such part)
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
        if self.derived_graph:
            into, holds = f"{graph} (derived: <{self.derived_graph}>)", "the graphs hold"
        else:
            into, holds = graph, "the graph holds"
        return (
            f"Loaded {self.triples} triples into {into} at {self.endpoint} in "
            f"{self.seconds:.2f} s ({self.method}: {change}; {holds} "
            f"{self.graph_size}{retried})"
        )


@dataclass
class Plan:
    endpoint: str
    update_endpoint: str
    gsp: str | None
    graph: str | None  # the target graph (None: the default graph)
    replace: bool
    max_body: int = MAX_BODY
    max_triples: int | None = None
    derived: str | None = None  # the derived triples' graph; None: the data is one graph
    run: str = field(
        default_factory=lambda: f"{time.strftime(_STAMP, time.gmtime())}-{uuid.uuid4().hex[:16]}"
    )

    @property
    def graphs(self) -> list[str | None]:
        """The graphs the load writes: the target, then the derived graph if any."""
        return [self.graph] + ([self.derived] if self.derived else [])

    def staging(self, part: str, graph: str | None = None) -> str:
        """The staging graph of ``part`` (add, del) for ``graph`` (default: the target)."""
        if graph is not None and graph == self.derived:
            part = f"derived-{part}"
        return f"{STAGING_PREFIX}{self.run}/{part}"


def derived_graph_for(graph: str | None) -> str:
    """Where ``load`` puts the derived triples: the embedded store's own derived graph when the
    knowledge base goes to ``KB_GRAPH``, else ``<graph>/derived`` beside the graph given."""
    if graph is None or graph == KB_GRAPH:
        return DERIVED_GRAPH
    return graph + ("derived" if graph.endswith(("/", "#")) else "/derived")


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
    """Load ``source`` into ``graph`` (default: ``KB_GRAPH``) of the store whose query
    endpoint is ``endpoint``; ``replace`` makes the graph hold exactly the data, else the data
    is added. Without ``source`` the knowledge base is loaded: its asserted triples into
    ``graph``, its derived ones into ``derived_graph_for(graph)``, both in one change.
    ``progress(done, total)`` is told the bytes sent. ``timeout`` (default
    ``BLOCGRAPH_TIMEOUT``, 60 s) bounds each step."""
    started = time.perf_counter()
    check_endpoint_url(endpoint, "endpoint")
    check_endpoint_url(update_endpoint or default_update_endpoint(endpoint), "update endpoint")
    if gsp:
        check_endpoint_url(gsp, "Graph Store Protocol endpoint")
    if graph is not None:
        _check_graph(graph)
    graph = graph or KB_GRAPH
    derived = derived_graph_for(graph) if source is None else None
    own_client = client is None
    client = client or Client(timeout=timeout, retries=retries, backoff=backoff)
    try:
        sparql = _connect(endpoint, update_endpoint, client)
        if max_triples is None and sparql.is_virtuoso:
            max_triples = VIRTUOSO_MAX_TRIPLES
        if sparql.is_virtuoso:
            # One graph on Virtuoso, for now: two graphs changed in one transaction need one
            # INSERT..WHERE over both (two ADDs are two transactions there), and Virtuoso
            # 7.2 answered that update for the knowledge base with SR002 after carrying it
            # out, and later queries of the graphs timed out (SR171) in the same runs.
            derived = None
        plan = Plan(
            endpoint, sparql.update_url, gsp, graph, replace, max_body, max_triples, derived
        )
        # A no-op that checks we may write (and answers a Digest challenge) before any data.
        sparql.update(f"DROP SILENT GRAPH <{plan.staging('add')}>", "preparing the staging graph")
        cleaned = _cleanup(sparql, endpoint)
        before = {g: sparql.count(g) for g in plan.graphs}
        with tempfile.TemporaryDirectory(prefix="blocgraph-load-") as tmp:
            folder = Path(tmp)

            def prepare() -> dict[str | None, Path]:
                if source is None:
                    asserted, derived_path = export_ntriples(folder)
                    if plan.derived is None:  # both in the target graph
                        with open(asserted, "ab") as out, open(derived_path, "rb") as part:
                            shutil.copyfileobj(part, out, 1 << 20)
                        return {plan.graph: asserted}
                    return {plan.graph: asserted, plan.derived: derived_path}
                return {plan.graph: canonical_ntriples(source, folder / "input.nt")}

            old: dict[str | None, set[bytes] | None] = {g: set() for g in plan.graphs}
            if any(before.values()):
                # Read the target graphs back while the data is exported: both take seconds.
                from concurrent.futures import ThreadPoolExecutor

                with ThreadPoolExecutor(1, thread_name_prefix="blocgraph-export") as pool:
                    future = pool.submit(prepare)
                    for g in plan.graphs:
                        if before[g]:
                            old[g] = fetch_graph(sparql, g, plan.gsp, before[g])
                    paths = future.result()
            else:
                paths = prepare()
            result = _load(sparql, plan, paths, folder, before, old, progress)
        if plan.derived is not None and not _default_graph_sees(sparql, plan.derived):
            result.notes.append(
                f"queries without FROM at {endpoint} see its default graph only, not <{graph}> "
                f"and <{plan.derived}>: start Oxigraph with `oxigraph serve "
                "--union-default-graph` for `blocgraph --endpoint` lookups"
            )
        result.cleanup = cleaned
    finally:
        if own_client:
            client.close()
    result.seconds = time.perf_counter() - started
    result.retries = client.retried
    return result


def _default_graph_sees(sparql: Sparql, graph: str) -> bool:
    """Whether a triple of ``graph`` is in the store's default graph (Virtuoso's is the union
    of all graphs, Oxigraph's with --union-default-graph). Asked after a load that filled
    ``graph``; one triple is looked up."""
    return sparql.ask(
        f"ASK {{ {{ SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} LIMIT 1 }} "
        "?s ?p ?o }",
        "checking the default graph",
    )


@dataclass
class _Change:
    """What one graph of the load gets: the triples to add and remove, whether the graph is
    replaced whole (it could not be read back), and what it should hold after."""

    additions: set[bytes]
    removals: set[bytes]
    whole: bool
    expected: int | None


def _load(
    sparql: Sparql,
    plan: Plan,
    paths: dict[str | None, Path],
    folder: Path,
    before: dict[str | None, int],
    old: dict[str | None, set[bytes] | None],
    progress: Callable[[int, int], None] | None,
) -> LoadResult:
    """Send, for each graph of the plan, the difference between the data at ``paths[graph]``
    and ``old[graph]``, the ``before[graph]`` triples it holds (None: not known, send
    everything)."""
    new = {g: _read_lines(paths[g]) for g in plan.graphs}
    if not new[plan.graph]:
        raise StoreError(f"{paths[plan.graph]}: no triples to load")
    result = LoadResult(
        triples=sum(len(lines) for lines in new.values()),
        graph=plan.graph,
        endpoint=plan.endpoint,
        method="Graph Store Protocol" if plan.gsp else "SPARQL Update",
        derived_graph=plan.derived,
    )
    changes: dict[str | None, _Change] = {}
    for g in plan.graphs:
        lines, held = new[g], old[g]
        if held is None:
            # The graph cannot be read whole: send everything, and replace it whole (replace)
            # or add it.
            changes[g] = _Change(lines, set(), plan.replace, len(lines) if plan.replace else None)
        else:
            changes[g] = _Change(
                lines - held if held else lines,
                held - lines if plan.replace else set(),
                False,
                len(lines) if plan.replace else len(held | lines),
            )
    del old
    result.added = sum(len(c.additions) for c in changes.values())
    result.removed = sum(before[g] if c.whole else len(c.removals) for g, c in changes.items())
    files: list[tuple[str | None, str, Path, int]] = []  # graph, add|del, file, triples
    for i, (g, c) in enumerate(changes.items()):
        if c.additions or c.whole:
            path = paths[g] if c.additions is new[g] else None  # all of it: the file as it is
            path = path or _write_lines(folder / f"add-{i}.nt", c.additions)
            files.append((g, "add", path, len(c.additions)))
        if c.removals:
            path = _write_lines(folder / f"del-{i}.nt", c.removals)
            files.append((g, "del", path, len(c.removals)))
    if files:
        total = sum(f[2].stat().st_size for f in files)
        done = 0

        def advance(nbytes: int) -> None:
            nonlocal done
            done += nbytes
            if progress:
                progress(min(done, total), total)

        direct = (
            plan.gsp is not None
            and sparql.is_oxigraph
            and all(kind == "add" for _, kind, _, _ in files)
            and not any(c.whole for c in changes.values())
        )
        expected_values = [c.expected for c in changes.values()]
        expected = None if None in expected_values else sum(expected_values)  # type: ignore[arg-type]
        if direct:
            # Oxigraph loads one Graph Store POST in one transaction (checked: a body cut
            # short or failing to parse leaves the store as it was): no staging needed. Two
            # graphs go as one N-Quads POST to the store itself.
            if plan.derived is None:
                body, url, kind = FileBody(files[0][2], advance), None, "application/n-triples"
            else:
                quads = _write_quads(folder / "add.nq", files)
                body, url, kind = FileBody(quads, advance), plan.gsp, "application/n-quads"
            _post(sparql, plan, body, sum(before.values()), expected, result, url, kind)
            result.requests, result.staged = 1, False
        else:
            result.requests = _staged(
                sparql, plan, files, changes, advance, result, (before, expected)
            )
    sizes = {g: sparql.count(g) for g in plan.graphs}
    result.graph_size = sum(sizes.values())
    for g, c in changes.items():
        if c.expected is not None and sizes[g] != c.expected:
            raise StoreError(
                f"after loading, {_graph_name(g)} holds {sizes[g]} triples where "
                f"{c.expected} were expected (did something else write to it meanwhile?)"
            )
    return result


def _write_quads(path: Path, files: list[tuple[str | None, str, Path, int]]) -> Path:
    """The additions of every graph as one N-Quads file (an N-Triples line and its graph)."""
    with open(path, "wb") as out:
        for graph, _kind, file, _count in files:
            suffix = f" <{graph}> .\n".encode() if graph else b" .\n"
            with open(file, "rb") as stream:
                for line in stream:
                    line = line.rstrip()
                    if line:
                        out.write(line[:-1].rstrip())  # without its final "."
                        out.write(suffix)
    return path


def _post(
    sparql: Sparql,
    plan: Plan,
    body: FileBody,
    before: int,
    expected: int | None,
    result: LoadResult,
    url: str | None = None,
    content_type: str = "application/n-triples",
) -> None:
    """One Graph Store POST (Oxigraph: one transaction; retrying adds the same triples again,
    which changes nothing): into the target graph, or to ``url`` (N-Quads for several graphs).
    ``before``/``expected``: the plan's graphs' triples in all. When no answer came, the graphs
    are counted."""
    assert plan.gsp is not None
    url = url or gsp_url(plan.gsp, plan.graph)
    sparql.client.preflight(url)  # Digest: meet the challenge before the body goes
    name = _graphs_name(plan)
    verb = "are" if plan.derived else "is"
    try:
        sparql.client.request(
            "POST",
            url,
            body=body,
            headers={"Content-Type": content_type},
            what="uploading to the Graph Store",
        )
    except GaveUp as err:
        if not err.sent:
            raise type(err)(f"{err}; {name} {verb} unchanged") from None
        try:
            now = sum(sparql.count(g) for g in plan.graphs)
        except StoreError as check:
            raise _Unknown(
                f"{err}, after the upload was sent, and the target graph cannot be counted to "
                f"see whether it was loaded: {check}"
            ) from None
        holds = "hold" if plan.derived else "holds"
        if expected is not None and now == expected and now != before:
            result.notes.append(
                f"the answer to the upload was lost ({err.detail}); checked: {name} {holds} "
                f"the {now} triples expected"
            )
            return
        if now == before:
            raise type(err)(f"{err}; checked: {name} {verb} unchanged") from None
        raise _Unknown(
            f"{err}, after the upload was sent; {name} now {holds} {now} triples "
            f"(before: {before}{f', expected: {expected}' if expected is not None else ''})"
        ) from None


def _graphs_name(plan: Plan) -> str:
    return " and ".join(_graph_name(g) for g in plan.graphs)


def _staged(
    sparql: Sparql,
    plan: Plan,
    files: list[tuple[str | None, str, Path, int]],
    changes: dict[str | None, _Change],
    advance: Callable[[int], None],
    result: LoadResult,
    sizes: tuple[dict[str | None, int], int | None],
) -> int:
    """Send each graph's additions and removals to staging graphs, then apply them all with
    one update. ``sizes``: each graph's triples before, and all of them after (None: not
    known)."""
    staged: dict[str, int] = {}
    names = [plan.staging(kind, g) for g, kind, _, _ in files]
    requests = 0
    swapped = False
    try:
        for (_graph, _kind, file, want), staging in zip(files, names, strict=True):
            requests += _send(sparql, plan, file, staging, advance)
            got = sparql.count(staging)
            if got != want:
                raise StoreError(
                    f"the store holds {got} of the {want} triples sent to a staging graph"
                )
            staged[staging] = got
        _swap(sparql, plan, staged, changes, result, sizes)
        swapped = True
    except (_Unknown, _Checked):
        raise
    except StoreError as err:  # before the swap, or a swap the store refused as a whole
        verb = "are" if plan.derived else "is"
        raise type(err)(f"{err}; {_graphs_name(plan)} {verb} unchanged") from None
    finally:
        # After the change too: a separate request, as it need not be part of the change.
        drop = [s for s in names if s in staged or not swapped]
        _drop_quietly(sparql, drop)
    return requests


def _apply_update(plan: Plan, staged: dict[str, int], changes: dict[str | None, _Change]) -> str:
    """The one update operation that applies the staged changes.

    One operation, not several: Virtuoso runs each operation of a request on its own (checked:
    an INSERT DATA before a failing LOAD in the same request stays), so a DELETE and an ADD
    would not fail together. Retrying it after a lost answer is harmless (deleting and adding
    the same triples again changes nothing) except for MOVE, which ``_swap`` guards. With the
    derived graph, one DELETE/INSERT writes both graphs (``_apply_both``).
    """
    if plan.derived is not None:
        return _apply_both(plan, staged, changes)
    whole = changes[plan.graph].whole
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


def _apply_both(plan: Plan, staged: dict[str, int], changes: dict[str | None, _Change]) -> str:
    """One DELETE/INSERT for the target and the derived graph. Each side reads its staging
    graphs through a VALUES table of (source, graph) rows, ``GRAPH ?g`` in the templates: a
    graph replaced whole is its own source of removals. ADD and MOVE would take one operation
    per graph, and two operations are not one transaction on Virtuoso; and Virtuoso 7.2 answers
    an update whose templates name two graphs as constants with an error (SR002), after
    carrying it out. Sent again after a lost answer it changes nothing more."""
    removals: list[str] = []
    additions: list[str] = []
    for graph in plan.graphs:
        assert graph is not None  # the knowledge base goes into named graphs
        staging_add, staging_del = plan.staging("add", graph), plan.staging("del", graph)
        if changes[graph].whole:  # everything it holds goes, the staged triples come
            removals.append(f"(<{graph}> <{graph}>)")
        elif staging_del in staged:
            removals.append(f"(<{staging_del}> <{graph}>)")
        if staging_add in staged:
            additions.append(f"(<{staging_add}> <{graph}>)")
    removed = f"{{ VALUES (?from ?g) {{ {' '.join(removals)} }} GRAPH ?from {{ ?s ?p ?o }} }}"
    added = f"{{ VALUES (?add ?h) {{ {' '.join(additions)} }} GRAPH ?add {{ ?a ?b ?c }} }}"
    if removals and additions:
        return (
            "DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH ?h { ?a ?b ?c } } "
            f"WHERE {{ {removed} UNION {added} }}"
        )
    if removals:
        return f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {removed}"
    return f"INSERT {{ GRAPH ?h {{ ?a ?b ?c }} }} WHERE {added}"


def _send(
    sparql: Sparql, plan: Plan, file: Path, staging: str, advance: Callable[[int], None]
) -> int:
    """Put ``file`` into the (new) graph ``staging``; returns the number of data requests."""
    if plan.gsp:
        url = gsp_url(plan.gsp, staging)
        sparql.client.preflight(url)  # Digest: meet the challenge before the body goes
        sent = 0
        for part in _parts(file, GSP_PART_BYTES):
            sparql.client.request(
                "POST" if sent else "PUT",
                url,
                body=FileBody(part, advance),
                headers={"Content-Type": "application/n-triples"},
                what="uploading to the Graph Store",
            )
            sent += 1
        return sent
    requests = 0
    for body, triples, nbytes in iter_batches(file, staging, plan.max_body, plan.max_triples):
        requests += 1
        sparql.update_body(body, f"sending batch {requests} ({triples} triples)")
        advance(nbytes)
    return requests


def _parts(file: Path, limit: int) -> list[Path]:
    """``file`` itself when it holds at most ``limit`` bytes, else its whole lines in files of
    about ``limit`` bytes each, written beside it (in the load's temporary folder)."""
    if file.stat().st_size <= limit:
        return [file]
    parts: list[Path] = []
    with open(file, "rb") as source:
        while lines := source.readlines(limit):
            part = file.with_name(f"{file.name}.part{len(parts)}")
            part.write_bytes(b"".join(lines))
            parts.append(part)
    return parts


def _swap(
    sparql: Sparql,
    plan: Plan,
    staged: dict[str, int],
    changes: dict[str | None, _Change],
    result: LoadResult,
    sizes: tuple[dict[str | None, int], int | None],
) -> None:
    """Apply the staged changes with one update. Never retried blindly: after a failure
    without an answer saying what happened, the store is asked (``_outcome``), and the update
    is sent again only if nothing happened."""
    text = _apply_update(plan, staged, changes)
    name = _graphs_name(plan)
    verb, holds = ("are", "hold") if plan.derived else ("is", "holds")
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
            outcome = _outcome(sparql, plan, staged, changes, sizes[0])
        except StoreError as err:
            before, after = sum(sizes[0].values()), sizes[1]
            either = (
                f"{after} triples if it did, {before} if it did not"
                if after is not None
                else f"{before} triples if it did not"
            )
            raise _Unknown(
                f"applying the staged triples failed ({failure.detail}), and whether it "
                f"happened cannot be read back ({err}): {name} {holds} {either}"
            ) from None
        if outcome == "applied":
            result.notes.append(
                f"the answer to the final update was lost ({failure.detail}); checked: the "
                f"changes are in {name}"
            )
            return
        if outcome != "unchanged":
            size = _size_or_none(sparql, plan)
            now = f"now {holds} {size} triples, and " if size is not None else ""
            raise _Unknown(
                f"applying the staged triples failed ({failure.detail}); {name} {now}"
                f"{'have' if plan.derived else 'has'} part of the changes ({outcome}): "
                "something else may be writing to it, check it and load again"
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
            f"wait longer); checked: {name} {verb} unchanged so far, but the store may still be "
            "carrying the update out: look again in a while"
        )
    raise _Checked(
        f"applying the staged triples failed{tries}: {failure.detail}; checked: {name} {verb} "
        "unchanged"
    )


def _outcome(
    sparql: Sparql,
    plan: Plan,
    staged: dict[str, int],
    changes: dict[str | None, _Change],
    before: dict[str | None, int],
) -> str:
    """After the final update went unanswered: "applied", "unchanged", or what is partly
    there, read from the store by comparing the staging graphs with the plan's graphs."""
    single_whole = plan.derived is None and changes[plan.graph].whole
    if single_whole:  # MOVE empties the staging graph
        staging_add = plan.staging("add")
        left = sparql.count(staging_add)
        if left == 0:
            return "applied"
        if left == staged[staging_add]:
            return "unchanged"
        return f"the staging graph holds {left} of {staged[staging_add]} triples"

    def some(staging: str, graph: str | None, present: bool) -> bool:
        test = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        inner = test if present else f"FILTER NOT EXISTS {{ {test} }}"
        return sparql.ask(
            f"ASK {{ GRAPH <{staging}> {{ ?s ?p ?o }} {inner} }}", "checking the target graph"
        )

    done: list[bool] = []
    not_done: list[bool] = []
    parts = []
    for graph in plan.graphs:
        staging_add, staging_del = plan.staging("add", graph), plan.staging("del", graph)
        label = "" if graph == plan.graph else "derived "
        missing = staging_add in staged and some(staging_add, graph, False)
        if changes[graph].whole:  # replaced whole: it holds the staged triples and no more
            size = sparql.count(graph)
            applied = not missing and size == staged.get(staging_add, 0)
            done.append(applied)
            not_done.append(not applied and size == before[graph])
            parts.append(f"{label}graph with {size} triples")
            continue
        if staging_add in staged:
            in_target = some(staging_add, graph, True)
            done.append(not missing)
            not_done.append(not in_target)
            parts.append(f"{label}additions " + ("all in" if not missing else "partly in"))
        if staging_del in staged:
            in_target, gone_missing = (
                some(staging_del, graph, True),
                some(staging_del, graph, False),
            )
            done.append(not in_target)
            not_done.append(not gone_missing)
            parts.append(f"{label}removals " + ("all gone" if not in_target else "partly gone"))
    if all(done):
        return "applied"
    if all(not_done):
        return "unchanged"
    return ", ".join(parts)


def _size_or_none(sparql: Sparql, plan: Plan) -> int | None:
    try:
        return sum(sparql.count(graph) for graph in plan.graphs)
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


def export_ntriples(directory: Path) -> tuple[Path, Path]:
    """The knowledge base as two N-Triples files, its asserted triples and its derived ones
    (``blocgraph export --format nt`` writes both as one): one triple a line, each once, in
    pyoxigraph's canonical form. Written by pyoxigraph to the paths themselves, not through a
    Python file object: the graphs are read back from the store meanwhile, in another thread,
    and the two would otherwise take turns at the GIL."""
    import pyoxigraph

    from .store import EmbeddedStore, ensure_store

    store = EmbeddedStore(ensure_store()).pyoxigraph_store
    asserted, derived = directory / "asserted.nt", directory / "derived.nt"
    nt = pyoxigraph.RdfFormat.N_TRIPLES
    store.dump(str(asserted), nt, from_graph=pyoxigraph.DefaultGraph())
    store.dump(str(derived), nt, from_graph=pyoxigraph.NamedNode(DERIVED_GRAPH))
    return asserted, derived


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
