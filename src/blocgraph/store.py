"""The stores blocgraph answers from.

* ``EmbeddedStore``: a persistent pyoxigraph store in the user's cache directory, built from
  ``ontology/`` + ``data/`` on first use, keyed by a fingerprint of those files and rebuilt when
  they change. A build goes into a temporary folder that is renamed into place, so a reader
  never sees a half-built store and concurrent builds cannot corrupt each other.
* ``RemoteStore``: any SPARQL 1.1 endpoint, through SPARQLWrapper (imported only when used).

Both run the same query text (parameters already bound as RDF terms by ``queries.bind``)
and return rows of ``terms.IRI`` / ``terms.Literal``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from . import __version__, paths
from .errors import StoreError
from .terms import IRI, Literal, Row


def cache_dir() -> Path:
    override = os.environ.get("BLOCGRAPH_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("blocgraph", appauthor=False))


def fingerprint(files: Iterable[Path]) -> str:
    """Changes whenever an input file is added, removed or modified (by size or mtime), or
    blocgraph itself changes version (the derivation rules may have changed)."""
    digest = hashlib.sha256(f"blocgraph {__version__}\n".encode())
    root = paths.resource_root()
    for path in sorted(files):
        st = path.stat()
        try:
            name = path.relative_to(root).as_posix()
        except ValueError:
            name = path.as_posix()
        digest.update(f"{name}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


class EmbeddedStore:
    """A read-only view of the built store (pyoxigraph)."""

    def __init__(self, location: Path, allow_service: bool = False) -> None:
        import pyoxigraph

        self.location = location
        # pyoxigraph evaluates SERVICE by calling the remote endpoint: local evaluation must
        # not touch the network unless the user asked for it (--allow-service).
        self.allow_service = allow_service
        try:
            self._store = pyoxigraph.Store.read_only(str(location))
        except OSError as err:
            raise StoreError(f"cannot open the store at {location}: {err}") from None

    def select(self, query: str) -> tuple[list[str], list[Row]]:
        """Column names and rows of a SELECT query."""
        self._check_service(query)
        try:
            solutions = self._store.query(query)
            variables = [v.value for v in solutions.variables]
            rows = [
                {name: _from_oxigraph(solution[name]) for name in variables}
                for solution in solutions
            ]
        except SyntaxError as err:
            raise StoreError(f"query does not parse: {_first_line(err)}") from None
        except (OSError, ValueError) as err:
            raise StoreError(f"query failed: {_first_line(err)}") from None
        except AttributeError:
            raise StoreError("not a SELECT query") from None
        return variables, rows

    def ask(self, query: str) -> bool:
        self._check_service(query)
        return bool(self._store.query(query))

    def _check_service(self, query: str) -> None:
        if not self.allow_service and uses_service(query):
            raise StoreError(
                "the query uses SERVICE, which would make the local store call a remote "
                "endpoint; refused (pass --allow-service to allow it)"
            )

    def triples(self):
        """Every triple of the default graph (pyoxigraph Quads)."""
        return self._store.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        return len(self._store)


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def _from_oxigraph(term) -> IRI | Literal | None:
    if term is None:
        return None
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return IRI(term.value)
    if isinstance(term, pyoxigraph.Literal):
        return Literal(term.value, term.datatype.value, term.language)
    # Blank nodes: the shipped data has none; show them as their label.
    return Literal("_:" + term.value)


def store_location(files: list[Path] | None = None) -> Path:
    files = paths.knowledge_base_files() if files is None else files
    return cache_dir() / f"store-{fingerprint(files)}"


def ensure_store(force: bool = False, progress=None) -> Path:
    """The location of a store built from the current inputs, building it if needed."""
    files = paths.knowledge_base_files()
    if not files:
        raise StoreError(f"no ontology or data files under {paths.resource_root()}")
    location = store_location(files)
    if location.is_dir() and not force:
        return location
    build_store(files, location, progress=progress)
    return location


def build_store(files: list[Path], location: Path, progress=None) -> int:
    """Build a store from ``files`` at ``location`` atomically; returns its triple count."""
    import pyoxigraph

    from .derive import derived_quads

    location.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=location.parent))
    try:
        store = pyoxigraph.Store(str(tmp))
        for path in files:
            if progress:
                progress(path)
            _bulk_load(store, path)
        store.bulk_extend(derived_quads(store))
        store.optimize()
        count = len(store)
        del store  # closes RocksDB before the folder moves
        if location.exists():  # a forced rebuild, or another process won the race
            old = location.with_name(location.name + f".old-{os.getpid()}")
            try:
                os.rename(location, old)
            except OSError:
                old = None
            try:
                os.rename(tmp, location)
            except OSError:
                pass  # someone else renamed theirs in between: theirs is as good as ours
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        else:
            try:
                os.rename(tmp, location)
            except OSError:
                pass  # another process finished first
        _remove_stale_stores(location)
        return count
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _bulk_load(store, path: Path) -> None:
    import gzip

    import pyoxigraph

    name = path.name
    fmt = pyoxigraph.RdfFormat.N_TRIPLES if ".nt" in name else pyoxigraph.RdfFormat.TURTLE
    try:
        if name.endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                store.bulk_load(stream, fmt)
        else:
            store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as err:
        raise StoreError(f"{path}: {_first_line(err)}") from None


def _remove_stale_stores(current: Path) -> None:
    for other in current.parent.glob("store-*"):
        if other != current and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)


def open_embedded(force_build: bool = False, allow_service: bool = False) -> EmbeddedStore:
    return EmbeddedStore(ensure_store(force=force_build), allow_service=allow_service)
