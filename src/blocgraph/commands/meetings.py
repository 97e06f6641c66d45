"""`blocgraph meetings`."""

from __future__ import annotations

import click

from ..completion import complete_bloc, complete_state
from . import emit, example, knowledge_base, output_options


@click.command("meetings", epilog=example("meetings SCO --series chs"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@click.option("--year", metavar="YEAR", help="Only meetings that started in this year.")
@click.option(
    "--host",
    metavar="STATE",
    shell_complete=complete_state,
    help="Only meetings hosted by this state.",
)
@click.option(
    "--series",
    metavar="NAME",
    help="Only this series of BLOC: its id, initials (chs) or a part of its name "
    "(`blocgraph bloc BLOC` lists them).",
)
@output_options
@click.pass_context
def meetings_cmd(
    ctx: click.Context,
    bloc: str | None,
    year: str | None,
    host: str | None,
    series: str | None,
    fmt: str,
) -> None:
    """Meetings of BLOC's bodies (all blocs when omitted)."""
    emit(knowledge_base(ctx).meetings(bloc, year=year, host=host, series=series), fmt)
