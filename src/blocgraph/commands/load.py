"""`blocgraph load`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError
from . import example


@click.command("load", epilog=example("load --endpoint http://127.0.0.1:7878/query --replace"))
@click.option(
    "--endpoint",
    "endpoint",
    metavar="URL",
    help="The store's SPARQL query endpoint (default: the group's --endpoint / env "
    "BLOCGRAPH_ENDPOINT).",
)
@click.option(
    "--update-endpoint",
    metavar="URL",
    help="Its SPARQL Update endpoint (default: .../update next to .../query, else the "
    "query endpoint itself).",
)
@click.option(
    "--gsp",
    metavar="URL",
    help="Upload through this Graph Store Protocol endpoint (one streamed request; "
    "faster) instead of SPARQL Update batches.",
)
@click.option(
    "--graph",
    metavar="IRI",
    help="The graph to load the asserted triples into (default: "
    "<https://w3id.org/blocgraph/kb>); the derived ones go into "
    "<https://w3id.org/blocgraph/graph/derived>, or IRI/derived when --graph is given "
    "(on Virtuoso: into the graph itself).",
)
@click.option(
    "--replace", is_flag=True, help="Replace the graph's contents (default: add to them)."
)
@click.option(
    "--input",
    "source",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Load this N-Triples (or .ttl Turtle) file instead of the knowledge base, "
    "e.g. for benchmarks; blank nodes are refused.",
)
@click.option(
    "--cleanup",
    is_flag=True,
    help="Only remove the staging graphs that loads which did not finish left in the store "
    "(those of loads started over 6 hours ago; every load does this first).",
)
@click.pass_context
def load_cmd(
    ctx: click.Context,
    endpoint: str | None,
    update_endpoint: str | None,
    gsp: str | None,
    graph: str | None,
    replace: bool,
    source: Path | None,
    cleanup: bool,
) -> None:
    """Load the whole knowledge base (as `export` writes it) into an external triple store.

    The asserted triples go into one named graph and the derived ones into another, as in
    the embedded store (on Virtuoso, into one); lookups with --endpoint see both where the
    store's default graph is the union of its graphs (Virtuoso; `oxigraph serve
    --union-default-graph`). All or nothing: what the graphs lack (and, with --replace, what
    they have that the data lacks) goes into staging graphs first and is applied with one
    update, so a failure part-way leaves the graphs as they were; a reload of unchanged data
    sends nothing.
    Transient errors are retried; each step must end within BLOCGRAPH_TIMEOUT seconds
    (default 60; not counting the time the data takes to upload). Staging graphs that a load
    which did not finish left behind are removed first (--cleanup: only that). Credentials
    come from BLOCGRAPH_USER / BLOCGRAPH_PASSWORD (BLOCGRAPH_AUTH=basic|digest; Virtuoso
    needs digest) or ~/.netrc, never from the command line. Exit status 2 if the store cannot
    be reached or refuses the data.
    """
    from ..load import load
    from ..output import printable

    endpoint = endpoint or ctx.find_root().obj.get("endpoint")
    if not endpoint:
        raise InputError("load needs --endpoint URL (the store's SPARQL query endpoint)")
    if cleanup:
        from ..load import cleanup as remove_stale

        if graph or replace or source:
            raise InputError(
                "--cleanup only removes stale staging graphs: drop --graph, --replace and --input"
            )
        done = remove_stale(endpoint, update_endpoint=update_endpoint)
        for line in done.lines():
            click.echo(printable(line), err=True)
        click.echo(done.summary())
        return
    bar = None
    progress = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=1, label="Loading", file=sys.stderr, show_eta=True)

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

    try:
        result = load(
            endpoint,
            update_endpoint=update_endpoint,
            gsp=gsp,
            graph=graph,
            replace=replace,
            source=source,
            progress=progress,
        )
    finally:
        if bar is not None:
            bar.render_finish()
    for line in [*(result.cleanup.lines() if result.cleanup else []), *result.notes]:
        click.echo(printable(line), err=True)
    click.echo(result.summary())
