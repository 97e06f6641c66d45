"""`blocgraph accept`."""

from __future__ import annotations

from pathlib import Path

import click

from . import example, knowledge_base


@click.command("accept", epilog=example("accept draft.ttl"))
@click.argument("draft", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--into",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The data file to merge into; default: data/meetings/<BLOC>/extracted.ttl.",
)
@click.pass_context
def accept_cmd(ctx: click.Context, draft: Path, into: Path | None) -> None:
    """Merge a reviewed draft (from `blocgraph extract --format ttl`) into the data: only
    what is not recorded yet, and only if the result validates. Prints what it added.
    """
    from ..bounded import run

    kb = knowledge_base(ctx)
    merge = run(lambda: kb.accept(draft, into), None, "the merge")
    for line in merge.lines():
        click.echo(line)
