"""`blocgraph queries`."""

from __future__ import annotations

import click

from . import example, output_options


@click.command("queries", epilog=example("queries"))
@output_options
def queries_cmd(fmt: str) -> None:
    """List the named queries: names, titles and parameters."""
    from .. import queries
    from ..output import render
    from ..terms import Literal, Row

    rows: list[Row] = [
        {
            "name": Literal(q.name),
            "title": Literal(q.title),
            "parameters": Literal(", ".join(p.describe() for p in q.parameters)),
        }
        for q in queries.library().values()
    ]
    if fmt == "table":
        for q in queries.library().values():
            params = ", ".join(p.describe() for p in q.parameters) or "no parameters"
            click.echo(f"{q.name}\n    {q.title}\n    {params}")
        return
    click.echo(render(rows, ["name", "title", "parameters"], fmt))
