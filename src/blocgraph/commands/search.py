"""`blocgraph search`."""

from __future__ import annotations

import click

from . import emit, example, knowledge_base, output_options


@click.command("search", epilog=example("search shanghai"))
@click.argument("text")
@output_options
@click.pass_context
def search_cmd(ctx: click.Context, text: str, fmt: str) -> None:
    """Find blocs and states by name, abbreviation or code."""
    emit(knowledge_base(ctx).search(text), fmt)
