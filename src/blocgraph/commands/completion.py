"""`blocgraph completion`."""

from __future__ import annotations

import click

from . import example


@click.command("completion", epilog=example("completion bash"))
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
@click.pass_context
def completion_cmd(ctx: click.Context, shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish (see the README to install it):
    for bash, eval "$(blocgraph completion bash)" in ~/.bashrc."""
    from ..completion import script

    click.echo(script(ctx.find_root().command, shell))
