"""`blocgraph build`."""

from __future__ import annotations

import click

from . import example


@click.command(epilog=example("build"))
@click.option("--force", is_flag=True, help="Rebuild even if the store is current.")
def build(force: bool) -> None:
    """Build the embedded store from the ontology and data (done on first use anyway)."""
    import time

    from ..bounded import run
    from ..store import ensure_store

    started = time.perf_counter()
    location = run(lambda: ensure_store(force=force), None, "the build")
    from ..store import EmbeddedStore

    count = len(EmbeddedStore(location))
    click.echo(f"{count} triples in {location} ({time.perf_counter() - started:.2f} s)")
