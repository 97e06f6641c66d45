"""Export the knowledge base as the stores see it: ontology, data and derived dates."""

from __future__ import annotations

from pathlib import Path

from .namespaces import ID, PREFIXES

FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "jsonld": "JSON_LD"}


def export_store(fmt: str, output: Path | None, stdout) -> None:
    """Serialise the embedded store to ``output`` (atomically) or to ``stdout``."""
    import pyoxigraph

    from .bounded import run
    from .store import EmbeddedStore, ensure_store

    # The build and the dump run where Ctrl-C can stop them at once (bounded.run).
    store = EmbeddedStore(run(ensure_store, None, "the build"))._store
    rdf_format = getattr(pyoxigraph.RdfFormat, FORMATS[fmt])
    kwargs = {}
    if fmt in ("ttl", "trig"):
        kwargs = {"prefixes": {**PREFIXES, "id": ID}}
    graph = {} if fmt == "trig" else {"from_graph": pyoxigraph.DefaultGraph()}
    if output is None:
        run(lambda: store.dump(stdout, rdf_format, **graph, **kwargs), None, "the export")
        stdout.flush()
        return
    from .files import atomic_output

    with atomic_output(output) as stream:
        run(lambda: store.dump(stream, rdf_format, **graph, **kwargs), None, "the export")
