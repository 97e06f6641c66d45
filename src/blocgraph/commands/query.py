"""`blocgraph query`."""

from __future__ import annotations

import click

from ..completion import complete_query
from ..errors import InputError
from . import emit, example, knowledge_base, output_options


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {item!r} is not KEY=VALUE")
        params[key.strip()] = value
    return params


@click.command(epilog=example("query members-on --param bloc=SCO --param date=2017-06-09"))
@click.argument("name", shell_complete=complete_query)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter of the query; repeat for several.",
)
@output_options
@click.pass_context
def query(ctx: click.Context, name: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a named query of the library, or a .rq file, with parameters.

    Parameters are bound as RDF terms (a VALUES block), never pasted into the query text.
    """
    emit(knowledge_base(ctx).query(name, _parse_params(params)), fmt)
