"""`blocgraph attended`."""

from __future__ import annotations

import click

from ..completion import complete_bloc
from . import emit, example, knowledge_base, output_options, status_option, year_span_options


@click.command(epilog=example("attended SCO --status observer --from 2015 --to 2025"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@status_option("The status held in the bloc on the meeting's date.", default="observer")
@year_span_options
@output_options
@click.pass_context
def attended(
    ctx: click.Context,
    bloc: str | None,
    status: str,
    year: str | None,
    from_year: str | None,
    to_year: str | None,
    fmt: str,
) -> None:
    """States that attended meetings of BLOC while holding a status (observer by default)."""
    kb = knowledge_base(ctx)
    emit(kb.attended(bloc, status, year=year, from_year=from_year, to_year=to_year), fmt)
