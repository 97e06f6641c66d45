"""Where the ontology, shapes, data and queries are: the one place that knows.

In a wheel they sit inside the package (``blocgraph/_resources``); in a source checkout or
an editable install they are the top-level folders of the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_root() -> Path:
    """The folder holding ``ontology/``, ``data/`` and ``queries/``."""
    override = os.environ.get("BLOCGRAPH_RESOURCES")
    if override:
        return Path(override)
    bundled = _PACKAGE / "_resources"
    if (bundled / "ontology").is_dir():
        return bundled
    return _PACKAGE.parent.parent  # src/blocgraph -> repository root


def ontology_dir() -> Path:
    return resource_root() / "ontology"


def data_dir() -> Path:
    return resource_root() / "data"


def queries_dir() -> Path:
    return resource_root() / "queries"


RDF_SUFFIXES = (".ttl", ".nt", ".nt.gz", ".ttl.gz")


def _is_rdf(path: Path) -> bool:
    return path.name.endswith(RDF_SUFFIXES)


def shapes_files() -> list[Path]:
    return sorted(ontology_dir().glob("*.shapes.ttl"))


def ontology_files() -> list[Path]:
    """The ontology and its vocabularies (not the shapes)."""
    return sorted(p for p in ontology_dir().glob("*.ttl") if not p.name.endswith(".shapes.ttl"))


def data_files() -> list[Path]:
    # os.walk, not Path.rglob: every lookup lists these files (the store's fingerprint), and
    # rglob makes a Path of every entry first.
    found = []
    for top, _dirs, names in os.walk(data_dir()):
        found += [
            os.path.join(top, n)
            for n in names
            if n.endswith(RDF_SUFFIXES) and os.path.isfile(os.path.join(top, n))
        ]
    return sorted(Path(p) for p in found)


def reference_files() -> list[Path]:
    """What a user's own file is validated against: the ontology and the states."""
    return ontology_files() + [data_dir() / "states.ttl"]


def knowledge_base_files() -> list[Path]:
    """Everything the store is built from."""
    return ontology_files() + data_files()
