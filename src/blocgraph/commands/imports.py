"""`blocgraph imports`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import example


@click.group("import", epilog=example("import cow -o cow.nt.gz"))
def import_group() -> None:
    """Convert external datasets into blocgraph's ontology."""


@import_group.command("cow", epilog=example("import cow -o cow.nt.gz"))
@click.argument("directory", required=False, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write the gzipped N-Triples (atomically); default: the shipped "
    "data/cow/cow-igo-v3.nt.gz.",
)
def import_cow(directory: Path | None, output: Path | None) -> None:
    """Import the Correlates of War IGO v3 dataset from DIRECTORY.

    DIRECTORY holds igo_year_formatv3.csv, state_columns.csv and states2016.csv, plain or
    gzipped (default: $BLOCGRAPH_COW_DIR, else the copy shipped with blocgraph, whose
    citation is in data/cow/source/README.md).
    """
    from ..importers import cow

    directory = directory or cow.default_cow_dir()
    output = output or cow.default_output()
    on_terminal = sys.stderr.isatty()

    def progress(message: str) -> None:  # one updating status line, on a terminal only
        if on_terminal:
            click.echo(f"\r{message[:78]:<78}", err=True, nl=False)

    counts = cow.convert(directory, output, progress=progress)
    if on_terminal:
        click.echo("", err=True)
    click.echo(
        f"{counts['blocs']} blocs, {counts['states']} states, {counts['memberships']} "
        f"memberships, {counts['triples']} triples -> {output} ({counts['seconds']:.1f} s)"
    )
