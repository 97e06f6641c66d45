"""`blocgraph validate`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import example, say


@click.command(epilog=example("validate"))
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--with-data", is_flag=True, help="Validate the given files together with the shipped data."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle"]),
    default="text",
    show_default=True,
    help="Report as text or as a SHACL validation report in Turtle.",
)
@click.option(
    "--engine",
    type=click.Choice(["fast", "pyshacl"]),
    default="fast",
    show_default=True,
    help="fast: the shapes compiled to SPARQL, run by Oxigraph (seconds on the whole "
    "knowledge base); pyshacl: the reference implementation (slow on large data).",
)
def validate(paths: tuple[Path, ...], with_data: bool, fmt: str, engine: str) -> None:
    """Check data against the SHACL shapes (default: the shipped data).

    Results of severity Warning or Info are listed but leave the data conforming.

    Exit status: 0 conforms, 1 violations found, 2 error (unreadable or unparsable input).
    """
    from ..bounded import run
    from ..validate import validate_files

    report = run(
        lambda: validate_files(list(paths), with_data=with_data, engine=engine),
        None,
        "validation",
    )
    if fmt == "turtle":
        click.echo(report.as_turtle())
    else:
        say(report.as_text())
    if not report.conforms:
        sys.exit(1)
