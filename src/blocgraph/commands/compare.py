"""`blocgraph compare`."""

from __future__ import annotations

import click

from ..completion import complete_bloc
from . import emit, example, knowledge_base, on_option, output_options, status_option


@click.command(
    epilog=example("compare BRICS SCO --status member", "compare SCO BRICS --on 2020-02-20")
)
@click.argument("bloc_a", metavar="BLOC", shell_complete=complete_bloc)
@click.argument("bloc_b", metavar="BLOC", shell_complete=complete_bloc)
@on_option
@status_option("Only this status, in both blocs.")
@output_options
@click.pass_context
def compare(
    ctx: click.Context, bloc_a: str, bloc_b: str, on: str | None, status: str | None, fmt: str
) -> None:
    """States in both blocs on a date, only in the first, only in the second.

    Any status counts (member, observer, partner, ...) unless --status; each column
    first_status / second_status says which. COW's 'unknown' (missing data) counts as not
    in the bloc unless --status unknown.
    """
    emit(knowledge_base(ctx).compare(bloc_a, bloc_b, on=on, status=status), fmt, "compare_text")
