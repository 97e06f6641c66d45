"""`blocgraph absences`."""

from __future__ import annotations

import click

from ..completion import complete_bloc
from . import emit, example, knowledge_base, output_options, year_span_options


@click.command(epilog=example("absences G20 --from 2015 --to 2025"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@year_span_options
@output_options
@click.pass_context
def absences(
    ctx: click.Context,
    bloc: str | None,
    year: str | None,
    from_year: str | None,
    to_year: str | None,
    fmt: str,
) -> None:
    """States the sources say stayed away from a meeting of BLOC they could have attended.

    A head of state who stayed home while a minister came is not an absence: the state
    attended (see `blocgraph meeting` for who represented it).
    """
    emit(knowledge_base(ctx).absences(bloc, year=year, from_year=from_year, to_year=to_year), fmt)
