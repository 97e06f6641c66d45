"""The web face of the knowledge base: Starlette routes over the embedded store, read-only.

* ``/sparql``: the SPARQL 1.1 Protocol's query operation (GET, POST form, POST
  application/sparql-query), through ``sparql.answer`` (the CLI's checks, deadline and cap),
  evaluated in a pool of worker processes (``pool``): a query past its deadline is stopped by
  ending its worker, not left running;
* ``/id/…``: every IRI under https://w3id.org/blocgraph/id/, with content negotiation: an
  HTML page for a browser, its Concise Bounded Description (``DESCRIBE``) as Turtle, JSON-LD
  or N-Triples for a client that asks for them;
* ``/ontology``: the ontology's documentation (pyLODE, ``ontology_docs``), or the ontology
  itself as Turtle / JSON-LD;
* ``/search`` and ``/query``: the search lookup and the named queries, from forms.

Pages are filled by the lookups the CLI uses (``blocgraph.lookups``), never by SPARQL of
their own; Jinja2 escapes every value (autoescape). Every query they make runs in the same
pool of worker processes as /sparql (``pool.PooledStore``), within the store's deadline: a page
or a named query whose query outlives it gets a 503 page saying so, and its worker is killed,
not left computing. The server's own process only reads the name index, renders and draws.

Why Starlette: a small, well-kept ASGI toolkit (routing, requests, responses, Jinja2
templates, static files, a test client) without an ORM, auth or settings layer that a
read-only, local, single-store server would not use; uvicorn serves it.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import lookups, paths, queries
from ..bounded import TimeoutExceeded
from ..errors import BlocgraphError, InputError, UnknownIdError
from ..namespaces import BG, ID, PREFIXES, short_id
from ..pool import DEFAULT_WORKERS, PooledStore
from ..terms import IRI, Literal
from . import sparql

if TYPE_CHECKING:
    from ..pool import QueryPool
    from ..store import EmbeddedStore

    # What the pages read from: the server's pooled store (or the store itself, in benchmarks).
    PageStore = PooledStore | EmbeddedStore

HERE = Path(__file__).parent
ONTOLOGY_HTML = HERE / "static" / "ontology.html"
# What a page of an IRI can be besides HTML (a browser's Accept puts text/html first).
PAGE_TYPES = ["text/html", "text/turtle", "application/ld+json", "application/n-triples"]
# The widest span the record covers, for "members at any time" (members-during).
ALL_TIME = ("1800-01-01", "2999-12-31")
# The order statuses are listed in on a bloc's page; others follow alphabetically.
STATUS_ORDER = ["member", "suspended", "observer", "partner", "dialogue-partner", "guest"]
# The advice under a page or a named query that outlived the deadline.
ALLOW_MORE = "Whoever runs this server can allow more time: blocgraph --timeout SECONDS serve."


def href(iri: str) -> str:
    """Where a link to ``iri`` goes: our own IRIs to their local page, others as they are."""
    if iri.startswith(ID):
        return "/id/" + quote(iri[len(ID) :], safe="/-._~")
    if iri.startswith(BG):
        return "/ontology#" + quote(iri[len(BG) :], safe="-._~")
    if iri == BG.rstrip("#"):
        return "/ontology"
    return iri


def curie(iri: str) -> str:
    """``bg:Bloc`` for an IRI of a known prefix; the short id for a data IRI."""
    if iri.startswith(ID):
        return short_id(iri)
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def is_web_url(url: str) -> bool:
    """Whether ``url`` may be a link: http(s) only (never javascript:, data:, ...)."""
    return str(url).lower().startswith(("http://", "https://"))


def cell(value: IRI | Literal | None, label: IRI | Literal | None = None) -> Markup:
    """A result value as HTML: an IRI as a link (its label or short form as the text), a
    literal as text; everything escaped."""
    if value is None:
        return Markup("")
    if isinstance(value, IRI):
        text = str(label) if label else curie(str(value))
        target = href(str(value))
        if not target.startswith("/") and not is_web_url(target):
            return Markup(escape(text))  # urn:, mailto:, ...: shown, not linked
        external = "" if target.startswith("/") else ' rel="noopener nofollow"'
        return Markup(f'<a href="{escape(target)}"{external}>{escape(text)}</a>')
    if isinstance(value, Literal) and value.language:
        return Markup(f'<span lang="{escape(value.language)}">{escape(str(value))}</span>')
    return Markup(escape(str(value)))


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(
    store: EmbeddedStore, allowed_hosts: list[str] | None = None, workers: int = DEFAULT_WORKERS
) -> Starlette:
    """The application over ``store`` (an EmbeddedStore, opened read-only). ``allowed_hosts``:
    the Host headers it answers (default: any); ``workers``: how many queries (from /sparql,
    the pages and the named queries) run at once, each in its own process."""
    # The pages' lookups go through this: each of their queries in a worker, within the
    # deadline. The server itself never evaluates a query.
    pooled = PooledStore(store, workers)

    def query_pool() -> QueryPool:
        return pooled.pool

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        query_pool()  # the workers start with the server, not on its first query
        try:
            yield
        finally:
            pooled.close()

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["cell"] = cell
    templates.env.filters["href"] = href
    templates.env.filters["curie"] = curie
    templates.env.filters["is_web_url"] = is_web_url
    templates.env.globals["short_id"] = short_id

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def error_page(request: Request, err: Exception, status: int) -> Response:
        if isinstance(err, TimeoutExceeded):
            return page(request, "error.html", status, title="This page took too long",
                        message=_too_long(store.timeout),
                        hint=f"Reload to try again. {ALLOW_MORE}")  # fmt: skip
        return page(request, "error.html", status, message=str(err), title="Not found"
                    if status == 404 else "Error")  # fmt: skip

    async def home(request: Request) -> Response:
        blocs = await run_in_threadpool(lookups.run_query, pooled, "blocs", {})
        return page(request, "home.html", title="blocgraph", blocs=blocs.rows)

    async def search(request: Request) -> Response:
        text = request.query_params.get("q", "").strip()
        result = None
        message = ""
        if text:
            try:
                result = await run_in_threadpool(lookups.search, pooled, text)
            except InputError as err:
                message = str(err)
        return page(request, "search.html", title="Search", q=text, result=result,
                    message=message)  # fmt: skip

    async def query_list(request: Request) -> Response:
        library = queries.library()
        return page(request, "queries.html", title="Named queries", library=library)

    async def query_run(request: Request) -> Response:
        name = request.path_params["name"]
        library = queries.library()
        if name not in library:
            return error_page(request, UnknownIdError("query", name), 404)
        named = library[name]
        # Only the query's own parameters, and empty fields are left unbound.
        params = {
            p.name: request.query_params[p.name].strip()
            for p in named.parameters
            if request.query_params.get(p.name, "").strip()
        }
        result, message, hint, status = None, "", "", 200
        try:
            result = await run_in_threadpool(lookups.run_query, pooled, name, params)
        except TimeoutExceeded:
            message, status = _too_long(store.timeout), 503
            hint = f"Narrower parameters may help. {ALLOW_MORE}"
        except BlocgraphError as err:
            # A parameter naming nothing known is the request's fault here (400), not a page
            # that does not exist (404).
            message, status = str(err), _status_of(err)
            if status == 404:
                status = 400
        # Columns no row has a value in (an OPTIONAL that never matched) say nothing.
        columns = [
            c
            for c in (result.columns if result else [])
            if any(r.get(c) for r in result.rows)  # type: ignore[union-attr]  # result is set
        ] or (result.columns if result else [])
        return page(request, "query.html", status, title=named.title, query=named,
                    params=params, result=result, columns=columns, message=message,
                    hint=hint)  # fmt: skip

    async def endpoint(request: Request) -> Response:
        try:
            text, requested = await _protocol_query(request)
        except InputError as err:
            return PlainTextResponse(f"Error: {err}\n", status_code=400)
        if text is None:
            if "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/query", status_code=303)
            return PlainTextResponse(
                "Error: no query: give one as ?query=… (GET), a form field `query` or an "
                "application/sparql-query body (POST)\n",
                status_code=400,
            )
        return await _run_protocol(text, requested, request.headers.get("accept"))

    async def _run_protocol(text: str, requested: str | None, accept: str | None) -> Response:
        try:
            result = await run_in_threadpool(sparql.answer, query_pool(), text, requested, accept)
        except sparql.NotAcceptable as err:
            return PlainTextResponse(f"Error: {err}\n", status_code=406)
        except BlocgraphError as err:
            return PlainTextResponse(f"Error: {err}\n", status_code=_status_of(err))
        return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})

    async def resource(request: Request) -> Response:
        rest = request.path_params["rest"]
        iri = IRI(ID + rest)
        try:
            iri.n3()
        except ValueError:
            return error_page(request, InputError(f"not an IRI of the knowledge base: {rest}"), 404)
        accept = request.headers.get("accept")
        wanted = request.query_params.get("format")
        chosen = (
            sparql.GRAPH_TYPES.get(sparql.ALIASES.get(wanted, wanted), None) if wanted else None
        ) or sparql.negotiate(accept, PAGE_TYPES)
        if chosen is None:
            return PlainTextResponse(
                f"Error: this resource is offered as {', '.join(PAGE_TYPES)}\n", status_code=406
            )
        if chosen != "text/html":
            return await _run_protocol(f"DESCRIBE {iri.n3()}", chosen, None)
        kind = rest.split("/", 1)[0]
        try:
            if kind in ("bloc", "state", "meeting"):
                # The lookups take any spelling (sco, Belarus): one IRI, one page.
                canonical = await run_in_threadpool(_canonical, pooled, kind, short_id(iri))
                if canonical != iri:
                    return RedirectResponse(href(canonical), status_code=301)
            if kind == "bloc":
                context = await run_in_threadpool(_bloc_page, pooled, short_id(iri))
                return page(request, "bloc.html", **context)
            if kind == "state":
                every = request.query_params.get("all") == "1"
                context = await run_in_threadpool(_state_page, pooled, short_id(iri), every)
                return page(request, "state.html", **context)
            if kind == "meeting":
                context = await run_in_threadpool(_meeting_page, pooled, short_id(iri))
                return page(request, "meeting.html", **context)
            resource = await run_in_threadpool(_resource_page, pooled, iri)
        except UnknownIdError as err:
            return error_page(request, err, 404)
        except BlocgraphError as err:
            return error_page(request, err, _status_of(err))
        if resource is None:
            return error_page(request, InputError(f"the knowledge base has nothing on {iri}"), 404)
        return page(request, "resource.html", **resource)

    async def ontology(request: Request) -> Response:
        chosen = sparql.negotiate(request.headers.get("accept"), PAGE_TYPES)
        if chosen == "text/html" or chosen is None:
            if not ONTOLOGY_HTML.is_file():
                return PlainTextResponse(
                    "Error: the ontology documentation is missing: "
                    "python -m blocgraph.web.ontology_docs writes it\n",
                    status_code=500,
                )
            return HTMLResponse(ONTOLOGY_HTML.read_bytes())
        # The ontology document itself, as written (Turtle) or converted.
        source = paths.ontology_dir() / "blocgraph.ttl"
        if chosen == "text/turtle":
            return Response(source.read_bytes(), media_type="text/turtle; charset=utf-8")
        body = await run_in_threadpool(_convert_rdf, source, chosen)
        return Response(body, media_type=chosen + "; charset=utf-8")

    async def timeline(request: Request) -> Response:
        bloc = request.query_params.get("bloc")
        state = request.query_params.get("state")
        try:
            svg = await run_in_threadpool(_timeline_svg, pooled, bloc, state)
        except BlocgraphError as err:
            return PlainTextResponse(f"Error: {err}\n", status_code=_status_of(err))
        if svg is None:
            return PlainTextResponse(
                "Error: timelines need matplotlib: pip install 'blocgraph[plot]'\n",
                status_code=404,
            )
        return Response(svg, media_type="image/svg+xml")

    routes = [
        Route("/", home),
        Route("/search", search),
        Route("/query", query_list),
        Route("/query/{name}", query_run),
        Route("/sparql", endpoint, methods=["GET", "POST"]),
        Route("/id/{rest:path}", resource),
        Route("/ontology", ontology),
        Route("/timeline.svg", timeline),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    middleware = []
    if allowed_hosts:
        from starlette.middleware import Middleware
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.store = store
    app.state.pooled_store = pooled
    app.state.query_pool = query_pool
    return app


def _convert_rdf(source: Path, media_type: str) -> bytes:
    import pyoxigraph

    formats = {
        "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
        "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    }
    triples = pyoxigraph.parse(path=str(source), format=pyoxigraph.RdfFormat.TURTLE)
    return pyoxigraph.serialize(  # type: ignore[return-value]  # bytes: no output given
        triples, format=formats[media_type], prefixes=dict(PREFIXES)
    )


def _too_long(timeout: float | None) -> str:
    """What a person reads when a page or a named query outlived the server's deadline."""
    limit = f"{timeout:g} s" if timeout is not None else "the time"
    return (
        f"Answering this needed more than {limit} of work on the knowledge base, the limit "
        "this server sets, so it was stopped."
    )


def _status_of(err: BlocgraphError) -> int:
    from .. import sparql_check

    if isinstance(err, UnknownIdError):
        return 404
    if isinstance(err, InputError | sparql_check.ReadOnlyError | sparql_check.ServiceRefused):
        return 400
    if isinstance(err, TimeoutExceeded | sparql.ResultTooLarge):
        return 503
    return 500


async def _protocol_query(request: Request) -> tuple[str | None, str | None]:
    """The query text and the ``format`` parameter of a protocol request (SPARQL 1.1
    Protocol, 2.1: GET, POST of a form, POST of the query itself)."""
    params = request.query_params
    if request.method == "GET":
        return params.get("query"), params.get("format")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/sparql-query":
        body = await request.body()
        if len(body) > sparql.MAX_QUERY_BYTES:
            raise InputError(f"the query is longer than {sparql.MAX_QUERY_BYTES // 1024} KB")
        try:
            return body.decode("utf-8"), params.get("format")
        except UnicodeDecodeError:
            raise InputError("the query is not UTF-8 text") from None
    if kind == "application/x-www-form-urlencoded":
        form = await request.form(max_fields=100, max_part_size=sparql.MAX_QUERY_BYTES)
        if "update" in form:
            raise InputError(
                "this endpoint is read-only: it answers queries, not updates "
                "(to change a store, use `blocgraph load`)"
            )
        query = form.get("query")
        fmt = form.get("format") or params.get("format")
        return (str(query) if query is not None else None), (str(fmt) if fmt else None)
    raise InputError(
        f"a POST must be application/x-www-form-urlencoded or application/sparql-query, "
        f"not {kind or 'without a content type'}"
    )


# --- what the pages show, from the lookups ------------------------------------------------------


def _canonical(store: PageStore, kind: str, value: str) -> IRI:
    """The IRI the resolver gives ``value`` as a bloc, a state or a meeting."""
    from ..resolve import resolver_for

    return getattr(resolver_for(store), kind)(value)


def _status_key(status: str) -> tuple[int, str]:
    return (STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER), status)


def _bloc_page(store: PageStore, bloc_id: str) -> dict:
    overview = lookups.bloc(store, bloc_id)
    overview.rows.sort(key=lambda r: _status_key(str(r["status"])))
    history = lookups.run_query(
        store, "members-during", {"bloc": bloc_id, "from": ALL_TIME[0], "until": ALL_TIME[1]}
    )
    by_status: dict[str, list] = {}
    for row in history.rows:
        by_status.setdefault(str(row["status"]), []).append(row)
    meetings = lookups.meetings(store, bloc_id)
    return {
        "title": str(overview.details.get("label") or bloc_id),
        "bloc_id": bloc_id,
        "overview": overview,
        "details": overview.details,
        "by_status": sorted(by_status.items(), key=lambda kv: _status_key(kv[0])),
        "meetings": meetings.rows,
        "timeline": _timeline_drawable(store, bloc=bloc_id),
    }


def _state_page(store: PageStore, state_id: str, all_rows: bool = False) -> dict:
    everything = lookups.state(store, state_id, all_rows=True).rows
    shown = lookups.state(store, state_id, all_rows=all_rows).rows
    attended = lookups.state_meetings(store, state_id)
    label = next((str(r["label"]) for r in everything if r.get("label")), None)
    if label is None:
        names = lookups.search(store, state_id).rows
        label = next((str(r["label"]) for r in names if short_id(str(r["id"])) == state_id), None)
    return {
        "title": label or state_id,
        "state_id": state_id,
        "memberships": sorted(
            shown, key=lambda r: (str(r.get("bloc_label") or r["bloc"]).lower(), str(r["start"]))
        ),
        "hidden": len(everything) - len(shown),
        "meetings": attended.rows,
        "timeline": bool(everything) and _timeline_drawable(store, state=state_id),
    }


def _meeting_page(store: PageStore, meeting_id: str) -> dict:
    result = lookups.meeting(store, meeting_id)
    # What each fact is, for a person: the meeting, or whose participation / invitation.
    names = {str(result.details.get("meeting")): "The meeting"}
    for row in result.rows:
        if row.get("participation"):
            names[str(row["participation"])] = (
                f"{row.get('label') or short_id(str(row['state']))}: "
                f"{row.get('capacity')}, {row.get('attendance')}"
            )
    for row in result.details.get("invitations", []):
        for key in row:
            if key.endswith("invitation") and row.get(key):
                names[str(row[key])] = f"Invitation of {row.get('label') or row.get('state')}"
    facts: dict[str, dict] = {}
    for row in result.details.get("sources", []):
        fact = facts.setdefault(
            str(row["fact"]),
            {"iri": row["fact"], "label": names.get(str(row["fact"])), "sources": {}, "quotes": []},
        )
        fact["sources"].setdefault(str(row["source"]), row)
        if row.get("quote") and str(row["quote"]) not in fact["quotes"]:
            fact["quotes"].append(str(row["quote"]))
    for fact in facts.values():  # the quotes are listed once, under the fact, not per source
        fact["sources"] = [{**s, "quote": None} for s in fact["sources"].values()]
    return {
        "title": result.title,
        "meeting_id": meeting_id,
        "details": result.details,
        "participants": result.rows,
        "counted": sum(1 for r in result.rows if lookups.rests_on_count(r)),
        "facts": list(facts.values()),
    }


def _resource_page(store: PageStore, iri: IRI) -> dict | None:
    rows = lookups.run_query(store, "resource", {"iri": str(iri)}).rows
    if not rows:
        return None
    label = next(
        (
            r["value"]
            for r in rows
            if r["direction"] == "out" and str(r["property"]).endswith("#label")
        ),
        None,
    )
    return {
        "title": str(label or short_id(iri)),
        "iri": iri,
        "outgoing": [r for r in rows if r["direction"] == "out"],
        "incoming": [r for r in rows if r["direction"] == "in"],
        "truncated": sum(r["direction"] == "in" for r in rows) >= 1000,
    }


def _timeline_available() -> bool:
    """Whether pages can show timelines: blocgraph.plots and matplotlib (the plot extra)."""
    import importlib.util

    try:
        from .. import plots  # noqa: F401
    except ImportError:
        return False
    return importlib.util.find_spec("matplotlib") is not None


# matplotlib's settings (rcParams, which plots sets per drawing) are process-wide: one
# drawing at a time. Each picture is kept: the store is read-only, so it cannot change.
_PLOT_LOCK = threading.Lock()


@functools.lru_cache(maxsize=256)
def _timeline_cached(store: PageStore, bloc: str | None, state: str | None) -> bytes:
    from .. import plots

    with _PLOT_LOCK:
        return plots.timeline_svg(store, bloc=bloc, state=state).encode("utf-8")


def _timeline_drawable(store: PageStore, bloc: str | None = None, state: str | None = None) -> bool:
    """Whether the page can show a timeline: drawn now (and kept for the picture's request),
    so that a bloc with nothing to draw gets no broken image."""
    try:
        return _timeline_svg(store, bloc, state) is not None
    except InputError:  # nothing to draw (e.g. only COW's "unknown" rows)
        return False


def _timeline_svg(store: PageStore, bloc: str | None, state: str | None) -> bytes | None:
    if not bloc and not state:
        raise InputError("give ?bloc=ID or ?state=ID")
    if not _timeline_available():
        return None
    return _timeline_cached(store, bloc or None, state or None)


# --- running it ---------------------------------------------------------------------------------


def serve(
    store: EmbeddedStore, host: str = "127.0.0.1", port: int = 8000, workers: int = DEFAULT_WORKERS
) -> None:
    """Serve ``create_app(store)`` with uvicorn until Ctrl-C, with ``workers`` processes for
    the queries from /sparql.

    On a loopback address only requests naming a loopback host are answered: a web page
    elsewhere cannot reach the server through a name of its own that resolves to 127.0.0.1
    (DNS rebinding)."""
    import uvicorn

    allowed = list(LOOPBACK) if host in LOOPBACK else None
    uvicorn.run(create_app(store, allowed, workers), host=host, port=port, log_level="info")
