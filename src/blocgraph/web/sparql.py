"""The SPARQL 1.1 Protocol's query operation over the embedded store, without the web framework:
which result format a request asks for, and the answer as bytes.

A query from the network is treated exactly as a ``.rq`` file given to ``blocgraph query``:

* ``sparql_check.check`` parses it first: query forms only (an update is refused with a clear
  message), SERVICE refused unless the server was started with ``--allow-service``;
* it runs in a worker process of ``pool`` within the store's deadline (``--timeout`` /
  BLOCGRAPH_TIMEOUT); past it, the worker is killed, so the query stops computing;
* its answer is capped at BLOCGRAPH_MAX_RESPONSE_MB, the cap a remote lookup reads up to:
  the serialiser writes into a buffer that refuses to grow past it, so a huge answer stops
  while it is being written instead of filling memory.

pyoxigraph's results are lazy: the query is evaluated while it is serialised, so both happen
in the worker, inside the deadline. ``prepare`` runs in the server, ``evaluate`` in a worker.
"""

from __future__ import annotations

import io
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InputError, StoreError
from ..namespaces import PREFIXES

if TYPE_CHECKING:
    from typing_extensions import Buffer

    from ..pool import QueryPool
    from ..store import EmbeddedStore

# Media types, by the short names the ``format`` parameter also accepts.
SOLUTION_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
}
# Other names clients send for the same things.
ALIASES = {
    "application/json": "json",
    "application/sparql-results+json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "ttl": "turtle",
    "application/ld+json": "jsonld",
    "json-ld": "jsonld",
    "application/n-triples": "ntriples",
    "nt": "ntriples",
}
COUNTERPARTS = {
    (True, "json"): "jsonld",
    (True, "xml"): "turtle",
    (True, "csv"): "turtle",
    (True, "tsv"): "turtle",
    (False, "jsonld"): "json",
    (False, "turtle"): "json",
    (False, "ntriples"): "json",
}
MAX_QUERY_BYTES = 1 << 20  # a query text longer than 1 MB is not a question a person wrote


class ResultTooLarge(StoreError):
    """The answer grew past BLOCGRAPH_MAX_RESPONSE_MB while it was written."""


class _CappedBuffer(io.RawIOBase):
    """A write-only buffer that raises once more than ``limit`` bytes are written."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.overflow: ResultTooLarge | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        chunk = bytes(data)
        self.size += len(chunk)
        if self.size > self.limit:
            # Kept as well as raised: the serialiser (Rust) may hand it back as an OSError.
            self.overflow = ResultTooLarge(
                f"the answer is larger than {self.limit / 1048576:g} MB "
                "(add a LIMIT to the query, or raise BLOCGRAPH_MAX_RESPONSE_MB)"
            )
            raise self.overflow
        self.parts.append(chunk)
        return len(chunk)

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header, best first (ties keep the client's order)."""
    ranges: list[tuple[str, float, int]] = []
    for position, item in enumerate((header or "").split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        if not media:
            continue
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranges.append((media.lower(), quality, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, quality) for media, quality, _ in ranges]


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The first of ``offered`` (media types, the server's preference first) that the Accept
    header takes at its highest quality; ``offered[0]`` for no header or ``*/*``; None when
    nothing offered is acceptable."""
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0]
    best: tuple[float, int, str] | None = None
    for preference, media in enumerate(offered):
        major = media.split("/")[0]
        for wanted, quality in ranges:
            if wanted in (media, f"{major}/*", "*/*"):
                # Exact types beat wildcards at the same quality.
                exact = 0 if wanted == media else 1
                key = (-quality, exact * 100 + preference, media)
                if best is None or key < best:
                    best = key
                break
    return None if best is None else best[2]


class NotAcceptable(InputError):
    """The Accept header names no type the answer can be given in (HTTP 406)."""


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str


def format_for(form: str, requested: str | None, accept: str | None) -> str:
    """The media type to answer a query of ``form`` in: the ``format`` parameter if given
    (a short name or a media type), else by the Accept header."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    table = GRAPH_TYPES if graph else SOLUTION_TYPES
    if form == "ASK":  # CSV and TSV have no boolean form (SPARQL 1.1 CSV/TSV results)
        table = {k: v for k, v in table.items() if k in ("json", "xml")}
    if requested:
        name = ALIASES.get(requested.strip().lower(), requested.strip().lower())
        # A format of the other kind (json for a CONSTRUCT, turtle for a SELECT: one form's
        # choice, whatever the query turns out to be) means its counterpart.
        name = COUNTERPARTS.get((graph, name), name)
        if form == "ASK" and name in ("csv", "tsv"):
            name = "json"
        if name not in table:
            raise InputError(
                f"format {requested!r} is not offered for {form} results "
                f"(one of: {', '.join(table)})"
            )
        return table[name]
    offered = list(table.values())
    if not graph:  # also JSON for a client that only says application/json
        offered.append("application/json")
    chosen = negotiate(accept, offered)
    if chosen is None:
        raise NotAcceptable(
            f"none of the accepted types ({accept}) is offered for {form} results: "
            f"{', '.join(table.values())}"
        )
    return SOLUTION_TYPES["json"] if chosen == "application/json" else chosen


def prepare(text: str, allow_service: bool, requested_format: str | None,
            accept: str | None) -> tuple[str, str]:  # fmt: skip
    """Check a user's query before it is run: its form and the media type to answer in.
    Raises InputError (refused, with the reason) or NotAcceptable."""
    from .. import sparql_check

    if len(text.encode("utf-8")) > MAX_QUERY_BYTES:
        raise InputError(f"the query is longer than {MAX_QUERY_BYTES // 1024} KB")
    shape = sparql_check.check(text, allow_service=allow_service, where="the query")
    return shape.form, format_for(shape.form, requested_format, accept)


def evaluate(store: EmbeddedStore, text: str, form: str, media: str, limit: int) -> bytes:
    """Run a checked query on ``store`` and serialise its answer as ``media``, at most
    ``limit`` bytes. Raises InputError, ResultTooLarge or StoreError, each with a one-line
    message. No deadline here: ``pool`` runs this in a worker process it can stop."""
    import pyoxigraph

    out = _CappedBuffer(limit)
    results: Any = None  # QuerySolutions, QueryBoolean or QueryTriples, by the query's form
    failure: Exception | None = None
    try:
        results = store.raw_query(text)
        if form in ("CONSTRUCT", "DESCRIBE"):
            rdf_format = {
                "text/turtle": pyoxigraph.RdfFormat.TURTLE,
                "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
                "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
            }[media]
            pyoxigraph.serialize(results, out, rdf_format, prefixes=dict(PREFIXES))  # type: ignore[arg-type]  # a binary stream
        else:
            results_format = {
                "application/sparql-results+json": pyoxigraph.QueryResultsFormat.JSON,
                "application/sparql-results+xml": pyoxigraph.QueryResultsFormat.XML,
                "text/csv": pyoxigraph.QueryResultsFormat.CSV,
                "text/tab-separated-values": pyoxigraph.QueryResultsFormat.TSV,
            }[media]
            results.serialize(out, results_format)
    except Exception as err:  # noqa: BLE001  turned into one of ours just below
        if out.overflow is not None:
            failure = ResultTooLarge(str(out.overflow))
        elif isinstance(err, SyntaxError):
            failure = InputError(f"the query does not parse: {_first_line(err)}")
        elif isinstance(err, InputError):
            failure = InputError(str(err))
        elif isinstance(err, StoreError):
            failure = StoreError(str(err))
        else:
            failure = StoreError(f"the query failed: {_first_line(err)}")
        # A new exception, and the old ones' frames cleared: a frame holds the result
        # object, which pyoxigraph requires to be dropped on the thread that made it.
        for raised in (err, out.overflow):
            if raised is not None:
                traceback.clear_frames(raised.__traceback__)
        out.overflow = None
    del results
    if failure is not None:
        raise failure
    return out.getvalue()


def answer(
    pool: QueryPool,
    text: str,
    requested_format: str | None,
    accept: str | None,
) -> Answer:
    """Check a user's query, then run and serialise it in one of ``pool``'s worker processes
    (stopped if it outlives the deadline)."""
    from ..remote_http import max_response_bytes

    form, media = prepare(text, pool.allow_service, requested_format, accept)
    body = pool.run(text, form, media, max_response_bytes())
    charset = "; charset=utf-8" if media.startswith(("text/", "application/")) else ""
    return Answer(body, media + charset)


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
