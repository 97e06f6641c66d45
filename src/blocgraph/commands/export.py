"""`blocgraph export`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import example


@click.command(epilog=example("export --format nt -o blocgraph.nt"))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "nt", "trig", "jsonld"]),
    default="ttl",
    show_default=True,
    help="Serialisation.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write to this file (atomically); default: standard output.",
)
@click.option(
    "--asserted-only",
    is_flag=True,
    help="Only the asserted triples (ontology and data), without the derived ones.",
)
def export(fmt: str, output: Path | None, asserted_only: bool) -> None:
    """Export the whole knowledge base (ontology, data and derived triples).

    TriG keeps the derived triples in their own graph
    (https://w3id.org/blocgraph/graph/derived); the other formats carry both as one graph.
    """
    from ..export import export_store

    export_store(fmt, output, sys.stdout.buffer, asserted_only=asserted_only)
