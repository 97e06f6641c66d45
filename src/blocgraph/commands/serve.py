"""`blocgraph serve`."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import click

from ..errors import InputError
from . import example, knowledge_base

if TYPE_CHECKING:
    from ..store import EmbeddedStore


@click.command(epilog=example("serve --port 8000"))
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Processes that run the queries (of /sparql, pages, named queries): how many at once.",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int) -> None:
    """Serve the knowledge base, read-only: a SPARQL endpoint at /sparql and a page for every
    IRI (/id/...), with search, the named queries and the ontology's documentation.

    Needs `pip install 'blocgraph[web]'`. Queries keep the CLI's --timeout, SERVICE refusal and
    answer-size cap (BLOCGRAPH_MAX_RESPONSE_MB). Every query (from /sparql, a page or a named
    query) runs in a worker process, which is stopped and replaced when the query outlives
    --timeout: the client gets a 503.
    """
    if ctx.find_root().obj.get("endpoint"):
        raise InputError("serve serves the embedded store; leave out --endpoint")
    try:
        from ..web.app import serve as run_server
    except ImportError as err:
        missing = (err.name or "a module").split(".")[0]
        raise InputError(
            f"serve needs the web extra ({missing} is missing): pip install 'blocgraph[web]'"
        ) from None
    # Without --endpoint (refused above) the knowledge base is the embedded store.
    store = cast("EmbeddedStore", knowledge_base(ctx).store)
    run_server(store, host=host, port=port, workers=workers)
