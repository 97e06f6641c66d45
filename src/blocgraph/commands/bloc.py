"""`blocgraph bloc`."""

from __future__ import annotations

import click

from ..completion import complete_bloc
from . import emit, example, knowledge_base, output_options


@click.command("bloc", epilog=example("bloc SCO"))
@click.argument("bloc", shell_complete=complete_bloc)
@click.option("--on", "on", metavar="DATE", help="Count the states by status on this day.")
@output_options
@click.pass_context
def bloc_cmd(ctx: click.Context, bloc: str, on: str | None, fmt: str) -> None:
    """One bloc at a glance: founding, predecessor, states by status, bodies, series, sources."""
    emit(knowledge_base(ctx).bloc(bloc, on=on), fmt, "bloc_text")
