"""`blocgraph joint`."""

from __future__ import annotations

import click

from ..completion import complete_state
from . import emit, example, knowledge_base, on_option, output_options, status_option


@click.command(epilog=example("joint India Pakistan --on 2020-02-20"))
@click.argument("state_a", metavar="STATE", shell_complete=complete_state)
@click.argument("state_b", metavar="STATE", shell_complete=complete_state)
@on_option
@status_option("The status both must hold.", default="member")
@output_options
@click.pass_context
def joint(
    ctx: click.Context, state_a: str, state_b: str, on: str | None, status: str, fmt: str
) -> None:
    """Blocs both states belong to on a date (and how many)."""
    from ..render_text import count_text

    emit(
        knowledge_base(ctx).joint(state_a, state_b, on=on, status=status),
        fmt,
        count_text("bloc(s)"),
    )
