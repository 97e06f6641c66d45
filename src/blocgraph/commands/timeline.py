"""`blocgraph timeline`."""

from __future__ import annotations

from pathlib import Path

import click

from ..completion import complete_bloc, complete_state
from . import example, knowledge_base


@click.command("timeline", epilog=example("timeline SCO -o sco.png"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@click.option(
    "--state",
    metavar="STATE",
    shell_complete=complete_state,
    help="One row per bloc STATE held a status in (with BLOC: only STATE's row).",
)
@click.option("--from", "from_year", metavar="YEAR", help="Start the picture in this year.")
@click.option("--to", "to_year", metavar="YEAR", help="End the picture in this year.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write (atomically): .svg, .png or .html by its suffix; "
    "default: ID-timeline.svg in the current folder.",
)
@click.pass_context
def timeline_cmd(
    ctx: click.Context,
    bloc: str | None,
    state: str | None,
    from_year: str | None,
    to_year: str | None,
    output: Path | None,
) -> None:
    """A picture of who held which status in BLOC, and when (or STATE across its blocs).

    One row per state, bars coloured by status, the bloc's founding marked; a lighter,
    hatched stretch is a date the sources give only to the month or year, an arrow a status
    that still holds. Needs matplotlib: pip install 'blocgraph[plot]'.
    """
    written = knowledge_base(ctx).timeline(bloc, state, from_year, to_year, path=output)
    click.echo(f"wrote {written}", err=True)
