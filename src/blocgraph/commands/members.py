"""`blocgraph members`."""

from __future__ import annotations

import click

from ..completion import complete_bloc
from . import ALL_HELP, emit, example, knowledge_base, on_option, output_options, status_option


@click.command(epilog=example("members SCO --on 2017-06-09 --status member"))
@click.argument("bloc", shell_complete=complete_bloc)
@on_option
@click.option("--year", metavar="YEAR", help="Any time in this year instead of one day.")
@status_option(
    "Only this status: member, observer, suspended, ... ('unknown': COW's missing data)."
)
@click.option("--all", "all_rows", is_flag=True, help=ALL_HELP)
@output_options
@click.pass_context
def members(
    ctx: click.Context,
    bloc: str,
    on: str | None,
    year: str | None,
    status: str | None,
    all_rows: bool,
    fmt: str,
) -> None:
    """States holding a status in BLOC on a date (or at any time in a year).

    A suspended state has status 'suspended' for the span of its suspension, so
    --status member (or observer, for a suspended observer) leaves it out. Rows of COW's
    'unknown' status are left out unless --status unknown or --all. JSON and CSV also carry
    each state's ISO3 code and each interval as days (valid_from, valid_until) with the
    precision the sources give.
    """
    emit(knowledge_base(ctx).members(bloc, on=on, status=status, year=year, all_rows=all_rows), fmt)
