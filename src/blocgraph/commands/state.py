"""`blocgraph state`."""

from __future__ import annotations

import click

from ..completion import complete_bloc, complete_state
from . import ALL_HELP, emit, example, knowledge_base, output_options


@click.command("state", epilog=example('state "Russian Federation"', "state Belarus --bloc SCO"))
@click.argument("state", shell_complete=complete_state)
@click.option("--on", "on", metavar="DATE", help="Only the statuses that held on this day.")
@click.option(
    "--bloc",
    metavar="BLOC",
    shell_complete=complete_bloc,
    help="Only this bloc: the state's history there as transitions (with --meetings: only "
    "this bloc's meetings).",
)
@click.option("--all", "all_rows", is_flag=True, help=ALL_HELP)
@click.option(
    "--meetings",
    "show_meetings",
    is_flag=True,
    help="The meetings the state was at (or stayed away from) instead of its memberships.",
)
@click.option("--from", "from_year", metavar="YEAR", help="With --meetings: from this year.")
@click.option("--to", "to_year", metavar="YEAR", help="With --meetings: to this year.")
@output_options
@click.pass_context
def state_cmd(
    ctx: click.Context,
    state: str,
    on: str | None,
    bloc: str | None,
    all_rows: bool,
    show_meetings: bool,
    from_year: str | None,
    to_year: str | None,
    fmt: str,
) -> None:
    """Every bloc STATE has belonged to, in which status and when.

    STATE is an ISO alpha-2 or alpha-3 code, a name or another name, in any case. A
    suspension shows as its own interval (status 'suspended') after the interval of the
    status it suspends (member or observer). Rows of COW's 'unknown' status (missing data)
    are left out unless --all.
    With --bloc, the state's path in that bloc: each status with the one it followed.
    """
    result = knowledge_base(ctx).state(
        state,
        on=on,
        bloc=bloc,
        meetings=show_meetings,
        from_year=from_year,
        to_year=to_year,
        all_rows=all_rows,
    )
    emit(result, fmt, "transitions_text" if bloc and not show_meetings else None)
