"""Export the knowledge base as the stores see it: ontology, data and derived dates."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError
from .namespaces import ID, PREFIXES

FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "jsonld": "JSON_LD"}


def export_store(fmt: str, output: Path | None, stdout) -> None:
    """Serialise the embedded store to ``output`` (atomically) or to ``stdout``."""
    import pyoxigraph

    from .store import EmbeddedStore, ensure_store

    store = EmbeddedStore(ensure_store())._store
    rdf_format = getattr(pyoxigraph.RdfFormat, FORMATS[fmt])
    kwargs = {}
    if fmt in ("ttl", "trig"):
        kwargs = {"prefixes": {**PREFIXES, "id": ID}}
    graph = {} if fmt == "trig" else {"from_graph": pyoxigraph.DefaultGraph()}
    if output is None:
        store.dump(stdout, rdf_format, **graph, **kwargs)
        stdout.flush()
        return
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"-o {output}: folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
    try:
        with os.fdopen(fd, "wb") as stream:
            store.dump(stream, rdf_format, **graph, **kwargs)
        os.replace(tmp, output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
