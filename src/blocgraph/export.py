"""Export the knowledge base as the stores see it: ontology, data and derived triples.

The embedded store holds the asserted triples (ontology, data) in its default graph and the
derived ones in the named graph ``DERIVED_GRAPH`` (derive.py). TriG keeps the two apart;
Turtle, N-Triples and JSON-LD have no graphs and carry both as one graph, or the asserted
triples alone (``asserted_only``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any, BinaryIO

from .namespaces import DERIVED_GRAPH, ID, PREFIXES

FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "jsonld": "JSON_LD"}


def export_store(
    fmt: str, output: Path | None, stdout: BinaryIO, asserted_only: bool = False
) -> None:
    """Serialise the embedded store to ``output`` (atomically) or to ``stdout``."""
    from .bounded import run
    from .store import EmbeddedStore, ensure_store

    # The build and the dump run where Ctrl-C can stop them at once (bounded.run).
    store = EmbeddedStore(run(ensure_store, None, "the build")).pyoxigraph_store
    if output is None:
        run(lambda: write(store, stdout, fmt, asserted_only), None, "the export")
        stdout.flush()
        return
    from .files import atomic_output

    with atomic_output(output) as stream:
        run(lambda: write(store, stream, fmt, asserted_only), None, "the export")


def write(store: Any, output: BinaryIO | str, fmt: str, asserted_only: bool = False) -> None:
    """Write a pyoxigraph store in ``fmt`` (a key of FORMATS) to ``output``, a binary stream
    or a file path (written by pyoxigraph itself: no Python file object, no GIL turns)."""
    import pyoxigraph

    rdf_format = getattr(pyoxigraph.RdfFormat, FORMATS[fmt])
    options: dict[str, Any] = (
        {"prefixes": {**PREFIXES, "id": ID}} if fmt in ("ttl", "trig", "jsonld") else {}
    )
    graphs: list[pyoxigraph.DefaultGraph | pyoxigraph.NamedNode] = [pyoxigraph.DefaultGraph()]
    if not asserted_only:
        graphs.append(pyoxigraph.NamedNode(DERIVED_GRAPH))
    if fmt == "trig":
        if asserted_only:
            quads = store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
            pyoxigraph.serialize(quads, output, rdf_format, **options)
        else:
            store.dump(output, rdf_format, **options)
    elif fmt == "jsonld":
        # One JSON document: the graphs' triples through one serialiser.
        triples = (q.triple for g in graphs for q in store.quads_for_pattern(None, None, None, g))
        pyoxigraph.serialize(triples, output, rdf_format, **options)
    elif isinstance(output, str):
        # N-Triples and Turtle: one dump per graph, one after the other (Turtle may declare its
        # prefixes again). Each written by pyoxigraph to a path, then appended.
        store.dump(output, rdf_format, from_graph=graphs[0], **options)
        for graph in graphs[1:]:
            part = output + ".part"
            try:
                store.dump(part, rdf_format, from_graph=graph, **options)
                with open(part, "rb") as source, open(output, "ab") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
            finally:
                if os.path.exists(part):
                    os.unlink(part)
    else:
        for graph in graphs:
            store.dump(output, rdf_format, from_graph=graph, **options)
