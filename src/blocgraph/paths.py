"""Where the ontology, shapes, data and queries are: the one place that knows.

In a wheel they sit inside the package (``blocgraph/_resources``); in a source checkout or
an editable install they are the top-level folders of the repository.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# Strings here, pathlib only in the functions that return a Path: every lookup finds its files
# through this module, and importing pathlib (with urllib.parse and ipaddress) would cost its
# start about a tenth of a bare `import click, pyoxigraph`.
_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def lexical(path: str) -> str:
    """``path`` as ``str(pathlib.Path(path))`` gives it (no repeated or trailing slashes, no
    "." parts), without importing pathlib on POSIX."""
    if os.name != "posix":
        from pathlib import Path

        return str(Path(path))
    if path.startswith("//") and not path.startswith("///"):
        lead = "//"  # POSIX leaves the meaning of two leading slashes to the system
    else:
        lead = "/" if path.startswith("/") else ""
    return (lead + "/".join(p for p in path.split("/") if p and p != ".")) or "."


def root() -> str:
    """The folder holding ``ontology/``, ``data/`` and ``queries/``, as a string."""
    override = os.environ.get("BLOCGRAPH_RESOURCES")
    if override:
        return lexical(override)
    bundled = os.path.join(_PACKAGE, "_resources")
    if os.path.isdir(os.path.join(bundled, "ontology")):
        return bundled
    return os.path.dirname(os.path.dirname(_PACKAGE))  # src/blocgraph -> repository root


def resource_root() -> Path:
    """The folder holding ``ontology/``, ``data/`` and ``queries/``."""
    from pathlib import Path

    return Path(root())


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
    from pathlib import Path

    return [Path(p) for p in _data_paths()]


def _path_order(path: str) -> list[str]:
    """The order pathlib sorts paths in (part by part), for paths kept as strings."""
    return path.split(os.sep)


def _data_paths() -> list[str]:
    # os.walk, not Path.rglob: every lookup lists these files (the store's fingerprint), and
    # rglob makes a Path of every entry first.
    found = []
    for top, _dirs, names in os.walk(os.path.join(root(), "data")):
        found += [
            os.path.join(top, n)
            for n in names
            if n.endswith(RDF_SUFFIXES) and os.path.isfile(os.path.join(top, n))
        ]
    return sorted(found, key=_path_order)


def reference_files() -> list[Path]:
    """What a user's own file is validated against: the ontology and the states."""
    return ontology_files() + [data_dir() / "states.ttl"]


def knowledge_base_files() -> list[Path]:
    """Everything the store is built from."""
    return ontology_files() + data_files()


def knowledge_base_paths() -> list[str]:
    """knowledge_base_files() as strings, in the same order, listed without pathlib (every
    lookup lists them to check that the store is current)."""
    if os.name != "posix":
        return [str(p) for p in knowledge_base_files()]
    folder = os.path.join(root(), "ontology")
    try:
        names = os.listdir(folder)
    except OSError:  # as ontology_dir().glob(): no folder, no files
        names = []
    ontology = [
        os.path.join(folder, n)
        for n in names
        if n.endswith(".ttl") and not n.endswith(".shapes.ttl")
    ]
    return sorted(ontology, key=_path_order) + _data_paths()


def query_path(name: str) -> str:
    """The file of the named query ``name``, as a string."""
    return os.path.join(root(), "queries", f"{name}.rq")
