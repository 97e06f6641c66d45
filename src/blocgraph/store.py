"""The stores blocgraph answers from.

* ``EmbeddedStore``: a persistent pyoxigraph store in the user's cache directory, built from
  ``ontology/`` + ``data/`` on first use, keyed by a fingerprint of those files and rebuilt when
  they change. A build goes into a temporary folder that becomes a new version of the store
  only when complete, and a pointer file names the version to use (see ``build_store``), so a
  reader never sees a half-built store and concurrent builds cannot corrupt each other.
* ``RemoteStore``: any SPARQL 1.1 endpoint, over the HTTP client of ``blocgraph load``
  (``remote_http``, ``load_http``; imported only when used).

Both run the same query text (parameters already bound as RDF terms by ``queries.bind``)
and return rows of ``terms.IRI`` / ``terms.Literal``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from . import __version__, paths
from .errors import StoreError
from .terms import IRI, Literal, Row

if TYPE_CHECKING:
    from pathlib import Path

    import pyoxigraph

    from .load_http import Client


def cache_dir() -> Path:
    from pathlib import Path

    return Path(_cache_folder())


def _cache_folder() -> str:
    """cache_dir() as a string (the lookups check their store without pathlib)."""
    override = os.environ.get("BLOCGRAPH_CACHE_DIR")
    if override:
        return paths.lexical(override)
    # platformdirs costs more to import than a lookup takes to run: on Linux, the case it
    # answers with the XDG rule alone is done here (same answer as platformdirs 4).
    android = hasattr(sys, "getandroidapilevel") or "ANDROID_DATA" in os.environ
    if sys.platform == "linux" and not android:
        xdg, home = os.environ.get("XDG_CACHE_HOME", ""), os.environ.get("HOME", "")
        if xdg.startswith("/"):
            return paths.lexical(xdg + "/blocgraph")
        if home.startswith("/"):
            return paths.lexical(home.rstrip("/") + "/.cache/blocgraph")
    import platformdirs

    return paths.lexical(platformdirs.user_cache_dir("blocgraph", appauthor=False))


# Bump when what a build writes changes (the derived triples, the name index): stores built by
# an older blocgraph are then rebuilt even at the same version.
# 4: bg:startYear, bg:participantMembership; 5: derived graph, closure, OWL-Time;
# 6: the name index's search.tsv; 7: OWL-Time intervals for curated facts only; 8: the lookup
# index (lookup_index.py)
_BUILD_FORMAT = 8

# The folder inside a built store holding its name index (see resolve.NameIndex).
NAME_INDEX = "blocgraph-names"


def fingerprint(files: Iterable[str | os.PathLike[str]]) -> str:
    """Changes whenever the content of an input file changes, a file is added or removed, one
    of the queries the name index or the lookup index is built from changes, or blocgraph
    itself changes version or build format (the derivation rules may have changed).

    Keyed on content, not modification times, so a reinstall (new mtimes, same bytes) reuses
    the store. Hashing every input on every lookup would cost milliseconds: the digest of the
    inputs is remembered in the cache under a key of their sizes and mtimes, and the files are
    read only when that key is new. Paths as strings: this runs on every lookup."""
    import zlib

    from .lookup_index import FORMAT, source_queries
    from .resolve import NAME_QUERIES

    root = paths.root()
    queries = [paths.query_path(name) for name in NAME_QUERIES] + source_queries()
    inputs = [
        *sorted((os.fspath(f) for f in files), key=lambda p: p.split(os.sep)),  # pathlib's order
        *(q for q in queries if os.path.isfile(q)),
    ]
    names, stat_lines = [], [f"blocgraph {__version__} build {_BUILD_FORMAT}.{FORMAT}\n"]
    for path in inputs:
        st = os.stat(path)
        # As Path.relative_to(root).as_posix(), the name the digest has always used.
        name = path[len(root) + 1 :] if path.startswith(root + os.sep) else path
        name = name.replace(os.sep, "/")
        names.append(name)
        stat_lines.append(f"{name}\t{st.st_size}\t{st.st_mtime_ns}\n")
    stat_data = "".join(stat_lines).encode()
    stat_key = f"{zlib.crc32(stat_data):08x}{zlib.adler32(stat_data):08x}{len(stat_data):x}"
    remembered = _remembered_fingerprints()
    if stat_key in remembered:
        return remembered[stat_key]
    import hashlib

    digest = hashlib.blake2b(stat_lines[0].encode(), digest_size=8)
    for name, path in zip(names, inputs, strict=True):
        digest.update(name.encode() + b"\0")
        with open(path, "rb") as stream:
            digest.update(stream.read())
        digest.update(b"\0")
    value = digest.hexdigest()
    _remember_fingerprint(stat_key, value)
    return value


_FINGERPRINTS = "fingerprints.tsv"  # in the cache folder: stat key -> content fingerprint


def _remembered_fingerprints() -> dict[str, str]:
    try:
        with open(os.path.join(_cache_folder(), _FINGERPRINTS), encoding="utf-8") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError):
        return {}
    pairs = (line.split("\t") for line in text.splitlines())
    return {p[0]: p[1] for p in pairs if len(p) == 2 and _is_hex16(p[1])}


def _is_hex16(text: str) -> bool:
    """Sixteen lower-case hex digits (a string test: no pattern to compile on a lookup)."""
    return len(text) == 16 and not text.strip("0123456789abcdef")


def _remember_fingerprint(key: str, value: str) -> None:
    """Best effort (an unwritable cache only costs a re-hash next time)."""
    import tempfile

    folder = _cache_folder()
    kept = list(_remembered_fingerprints().items())[-31:] + [(key, value)]
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".fingerprints.", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.writelines(f"{k}\t{v}\n" for k, v in kept)
        os.replace(tmp, os.path.join(folder, _FINGERPRINTS))
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


# What blocgraph makes in its cache folder, and nothing else is ever removed by it: store
# folders are named store-<16 hex> and hold the marker file; their versions v-<id>, builds
# .build-<id>. (Patterns compiled when first used: a lookup needs none of them.)
_STORE_NAME = r"store-[0-9a-f]{16}"
_VERSION_NAME = r"(v|\.build)-[a-z0-9_]+"
STORE_MARKER = ".blocgraph-store"
MANIFEST = "blocgraph-manifest.tsv"


class StoreDamaged(StoreError):
    """A built store whose files changed after it was built."""


def write_manifest(version: Path) -> None:
    """Record every file of a built store: size and mtime (RocksDB files), and a digest too
    for the name index, so that damage is found before a query reads it."""
    import hashlib

    lines = []
    for path in sorted(version.rglob("*")):
        rel = path.relative_to(version).as_posix()
        if not path.is_file() or _volatile(rel):
            continue
        st = path.stat()
        digest = ""
        if rel.startswith(NAME_INDEX + "/"):
            digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
        lines.append(f"{rel}\t{st.st_size}\t{st.st_mtime_ns}\t{digest}\n")
    (version / MANIFEST).write_text("".join(lines), encoding="utf-8")


def _volatile(rel: str) -> bool:
    """Files RocksDB itself writes when a store is merely opened (its info log, its lock)."""
    name = rel.rsplit("/", 1)[-1]
    return name == MANIFEST or name == "LOCK" or name.startswith("LOG")


def read_manifest(version: str | os.PathLike[str]) -> dict[str, tuple[int, int, str]]:
    manifest = os.path.join(version, MANIFEST)
    try:
        with open(manifest, encoding="utf-8") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError):
        raise StoreDamaged(f"the store at {version} has no readable manifest") from None
    entries: dict[str, tuple[int, int, str]] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or not parts[1].isdigit() or not parts[2].isdigit():
            raise StoreDamaged(f"the store's manifest {manifest} is damaged")
        entries[parts[0]] = (int(parts[1]), int(parts[2]), parts[3])
    if not entries:
        raise StoreDamaged(f"the store's manifest {manifest} is empty")
    return entries


def verify_store(version: str | os.PathLike[str]) -> dict[str, tuple[int, int, str]]:
    """Check that no file of the built store changed, appeared or vanished since the build
    (sizes and mtimes: a stat per file, well under a millisecond); returns the manifest.
    Paths as strings, not Path objects: this runs on every lookup, for some 200 files."""
    entries = read_manifest(version)
    root = os.fspath(version) + os.sep
    for rel, (size, mtime, _digest) in entries.items():
        try:
            st = os.stat(root + rel)
        except OSError:
            raise StoreDamaged(f"{root}{rel} is missing from the store") from None
        if st.st_size != size or st.st_mtime_ns != mtime:
            raise StoreDamaged(f"{root}{rel} changed after the store was built")
    for top, _dirs, names in os.walk(version):  # files that are not in the manifest
        folder = (top + os.sep)[len(root) :].replace(os.sep, "/")
        for name in names:
            rel = folder + name
            if rel not in entries and not _volatile(rel):
                raise StoreDamaged(f"{root}{rel} appeared in the store after it was built")
    return entries


class EmbeddedStore:
    """A read-only view of the built store (pyoxigraph).

    ``lazy``: open RocksDB on the first query rather than here. Opening costs a lookup about
    10 ms of CPU (RocksDB starts 15 threads per column family to open its files), which a
    lookup answered from the name index alone (``search``, an unknown id) never needs. The
    manifest is checked here either way."""

    def __init__(
        self,
        location: str | os.PathLike[str],
        allow_service: bool = False,
        verify: bool = True,
        timeout: float | None = None,
        lazy: bool = False,
    ) -> None:
        # Each query's deadline (seconds); None: no deadline (builds, exports, validation).
        self.timeout = timeout

        # pyoxigraph evaluates SERVICE by calling the remote endpoint: local evaluation must
        # not touch the network unless the user asked for it (--allow-service).
        self.allow_service = allow_service
        self.manifest: dict[str, tuple[int, int, str]] = {}
        self._verify = verify
        self._opened: pyoxigraph.Store | None = None
        self._attach(os.fspath(location), open_now=not lazy)  # a string: no pathlib on a lookup

    def _attach(self, location: str, open_now: bool) -> None:
        """Verify the store at ``location`` and, with ``open_now``, open it. A forced rebuild
        in another process may remove this version of the store just before it is opened:
        the one its folder's `current` names is opened instead."""
        verified = location if self.manifest else None
        for delay in (0.02, 0.05, 0.1, 0.2, 0.4, None):
            try:
                # Checked before RocksDB reads a byte: a damaged file can make it allocate
                # without bound instead of failing.
                if self._verify and location != verified:
                    self.manifest = verify_store(location)
                    verified = location
                if open_now:
                    import pyoxigraph

                    self._opened = pyoxigraph.Store.read_only(str(location))
                break
            except StoreDamaged:
                newer = _current_version(os.path.dirname(location))
                if newer is None or newer == location:
                    raise
                location = newer
            except (OSError, RuntimeError) as err:  # RuntimeError: a folder half removed
                newer = _current_version(os.path.dirname(location))
                if newer is not None and newer != location:
                    location = newer
                elif delay is None:
                    raise StoreError(f"cannot open the store at {location}: {err}") from None
                else:
                    import time

                    time.sleep(delay)
        self._location = location
        # Folded names -> IRIs, written by the build, so that resolving "SCO" reads a few lines
        # instead of every name in the store (resolve.Resolver); None for other stores. Each
        # shard's digest is in the manifest: the resolver checks it before trusting a shard.
        index = os.path.join(location, NAME_INDEX)
        self.name_index: str | None = index if os.path.isdir(index) else None
        self.name_digests: dict[str, str] | None = (
            {
                rel.removeprefix(NAME_INDEX + "/"): digest
                for rel, (_size, _mtime, digest) in self.manifest.items()
                if digest
            }
            if self.manifest
            else None
        )
        # The lookup index the build wrote beside the store (lookup_index.py): what the hot
        # lookups read instead of opening RocksDB; None when there is none (the store answers).
        from .lookup_index import INDEX_FILE, LookupIndex

        listed = INDEX_FILE in self.manifest if self.manifest else None
        found = os.path.isfile(os.path.join(location, INDEX_FILE)) if listed is None else listed
        self.lookup_index: LookupIndex | None = (
            LookupIndex(os.path.join(location, INDEX_FILE)) if found else None
        )

    @property
    def _store(self) -> pyoxigraph.Store:
        """The RocksDB store, opened on first use (see ``lazy``)."""
        if self._opened is None:
            self._attach(self._location, open_now=True)
        assert self._opened is not None
        return self._opened

    @property
    def location(self) -> Path:
        """The folder of this version of the store."""
        from pathlib import Path

        return Path(self._location)

    def select(self, query: str) -> tuple[list[str], list[Row]]:
        """Column names and rows of a SELECT query, within the store's deadline; Ctrl-C stops
        it at once (bounded.run)."""
        self._check_service(query)
        store = self._store  # opened here, not in the worker: its errors are its own

        def evaluate() -> tuple[list[str], list[Row]]:
            # The default graph as the union of the asserted triples (default graph) and
            # the derived ones (derive.DERIVED_GRAPH): the named queries see both.
            solutions: pyoxigraph.QuerySolutions = store.query(  # type: ignore[assignment]
                query, use_default_graph_as_union=True
            )  # a SELECT's solutions (other forms fail below: AttributeError)
            variables = [v.value for v in solutions.variables]
            rows = [
                {name: _from_oxigraph(solution[name]) for name in variables}
                for solution in solutions
            ]
            return variables, rows

        from .bounded import run

        try:
            variables, rows = run(evaluate, self.timeout)
        except SyntaxError as err:
            raise StoreError(f"query does not parse: {_first_line(err)}") from None
        except (OSError, ValueError) as err:
            raise StoreError(f"query failed: {_first_line(err)}") from None
        except AttributeError:
            raise StoreError("not a SELECT query") from None
        return variables, rows

    def raw_query(
        self, query: str
    ) -> pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | pyoxigraph.QueryTriples:
        """pyoxigraph's own result of any query form (lazy: evaluated as it is read), for
        ``serve``, which serialises it as the client asks. SERVICE checked; no deadline here:
        the caller reads it within one (bounded.run)."""
        self._check_service(query)
        return self._store.query(query, use_default_graph_as_union=True)

    def _check_service(self, query: str) -> None:
        if not self.allow_service and uses_service(query):
            raise StoreError(
                "the query uses SERVICE, which would make the local store call a remote "
                "endpoint; refused (pass --allow-service to allow it)"
            )

    def triples(self) -> Iterator[pyoxigraph.Quad]:
        """Every triple, asserted and derived (pyoxigraph Quads, in their graphs)."""
        return self._store.quads_for_pattern(None, None, None, None)

    @property
    def pyoxigraph_store(self) -> pyoxigraph.Store:
        """The read-only pyoxigraph store itself, for what reads every triple (export, load)."""
        return self._store

    def __len__(self) -> int:
        return len(self._store)


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def _from_oxigraph(term: Any) -> IRI | Literal | None:
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
    """The folder of the store built from ``files``: it holds the versions of that store and a
    file ``current`` naming the complete one (see build_store)."""
    from pathlib import Path

    return Path(_store_folder(files))


def _store_folder(files: Iterable[str | os.PathLike[str]] | None = None) -> str:
    """store_location() as a string."""
    files = paths.knowledge_base_paths() if files is None else files
    return os.path.join(_cache_folder(), f"store-{fingerprint(files)}")


def current_store() -> str | None:
    """The built store of the current inputs if there is one (its version folder), else None:
    what a lookup opens, found with strings only (no pathlib on a lookup's start)."""
    files = paths.knowledge_base_paths()
    return _current_version(_store_folder(files)) if files else None


def ensure_store(force: bool = False, progress: Callable[[Path], object] | None = None) -> Path:
    """The location of a store built from the current inputs, building it if needed."""
    files = paths.knowledge_base_files()
    if not files:
        raise StoreError(f"no ontology or data files under {paths.resource_root()}")
    folder = store_location(files)
    if not force and (current := current_version(folder)) is not None:
        return current
    if progress is None and _stderr_is_terminal():
        print("blocgraph: building the local store (once per install)…", file=sys.stderr)
    try:
        build_store(files, folder, progress=progress, replace=force)
    except OSError as err:
        from .files import os_error_message

        raise StoreError(
            os_error_message(err, err.filename or folder, "build the store")
            + f" (cache folder {cache_dir()}: set BLOCGRAPH_CACHE_DIR to a writable folder)"
        ) from None
    current = current_version(folder)
    if current is None:
        raise StoreError(f"the store at {folder} disappeared while it was being built")
    return current


def build_store(
    files: list[Path],
    folder: Path,
    progress: Callable[[Path], object] | None = None,
    replace: bool = True,
) -> int:
    """Build a store from ``files`` as a new version in ``folder``; returns its triple count.

    Layout: ``folder/v-XXXX/`` are complete stores (RocksDB files and the name index) that are
    never modified, and ``folder/current`` names the one to use. A build writes under
    ``folder/.build-XXXX/``, renames the result to a new version, points ``current`` at it
    (``os.replace``, atomic) and then removes the older versions: a reader reads ``current``,
    opens that version, and sees a whole store, old or new, never a part, however the folders
    move meanwhile (a reader that finds its version just removed opens the new one). Builds of
    one folder take turns on ``folder/.lock``; a build that waited for another and finds the
    store there keeps it (``replace=False``).

    Where the time goes (about 420k triples): the bulk load of the COW N-Triples, the derived
    dates (derive.add_to_store), the final compaction, the name index and the lookup index
    (lookup_index.write_lookup_index, about half of the build's CPU). Small files are parsed
    into one batch: a bulk load of its own costs each file tens of milliseconds.
    """
    import shutil
    import tempfile
    from pathlib import Path

    import pyoxigraph

    from .derive import DerivationError, add_to_store
    from .lookup_index import INDEX_FILE, write_lookup_index
    from .resolve import write_name_index

    folder.mkdir(parents=True, exist_ok=True)
    (folder / STORE_MARKER).touch()
    with _locked(folder / ".lock"):
        if not replace and (current := current_version(folder)) is not None:
            return len(EmbeddedStore(current))  # built by another process while we waited
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=folder))
        try:
            built = tmp / "store"
            store = pyoxigraph.Store(str(built))
            batch: list = []
            for path in files:
                if progress:
                    progress(path)
                _bulk_load(store, path, tmp, batch)
            store.bulk_extend(batch)
            del batch
            try:
                add_to_store(store)
            except DerivationError as err:
                raise err.in_file(_file_holding(files, err.subject, err.prop)) from None
            store.optimize()
            count = len(store)
            del store  # closes RocksDB before the folder is read again and moves
            # Opening it again drops the write-ahead log of the derived dates' updates: no
            # longer needed, but as large as what they wrote (tens of MB, GB at scale).
            pyoxigraph.Store(str(built))
            built_store = EmbeddedStore(built, verify=False)
            write_name_index(built_store, built / NAME_INDEX)
            write_lookup_index(built_store, built / INDEX_FILE)
            write_manifest(built)
            version = folder / ("v-" + tmp.name.removeprefix(".build-"))
            os.rename(built, version)
            pointer = tmp / "current"
            pointer.write_text(version.name + "\n", encoding="utf-8")
            os.replace(pointer, folder / "current")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        for old in folder.iterdir():  # older versions, builds that died: ours only
            if old != version and re.fullmatch(_VERSION_NAME, old.name) and _real_dir(old):
                shutil.rmtree(old, ignore_errors=True)
    _remove_stale_stores(folder)
    return count


def _file_holding(files: list[Path], subject: str, prop: str) -> Path | str:
    """The first of ``files`` stating something ``prop`` of ``subject`` (for an error message:
    the build does not keep which file each triple came from)."""
    import gzip

    import pyoxigraph

    for path in files:
        name = path.name
        fmt = pyoxigraph.RdfFormat.N_TRIPLES if ".nt" in name else pyoxigraph.RdfFormat.TURTLE
        try:
            data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
            for triple in pyoxigraph.parse(data, format=fmt, base_iri=path.resolve().as_uri()):
                if (
                    triple.predicate.value == prop
                    and getattr(triple.subject, "value", "") == subject
                ):
                    return path
        except (OSError, SyntaxError, ValueError, EOFError):
            continue
    return "the knowledge base"


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def current_version(folder: Path) -> Path | None:
    """The complete store ``folder/current`` names, or None. Only a version folder of ours,
    directly inside ``folder``, is ever followed: never a path elsewhere, never a symlink."""
    version = _current_version(os.fspath(folder))
    if version is None:
        return None
    from pathlib import Path

    return Path(version)


def _current_version(folder: str) -> str | None:
    """current_version() with strings."""
    try:
        with open(os.path.join(folder, "current"), encoding="utf-8") as stream:
            name = stream.read().strip()
    except (OSError, UnicodeDecodeError):
        return None
    # As _VERSION_NAME, without compiling it on every lookup.
    if not (name.startswith("v-") and len(name) > 2 and name[2:].isascii()):
        return None
    if name[2:].strip("abcdefghijklmnopqrstuvwxyz0123456789_"):
        return None
    version = os.path.join(folder, name)
    return version if _real_dir(version) else None


def _real_dir(path: str | os.PathLike[str]) -> bool:
    return os.path.isdir(path) and not os.path.islink(path)


@contextlib.contextmanager
def _locked(path: Path, wait: bool = True) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (released when the process ends, whatever happens);
    with ``wait=False``, raise BlockingIOError if another process holds it."""
    import time

    with open(path, "a+b") as handle:
        if os.name == "nt":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
                    break
                except OSError:
                    if not wait:
                        raise BlockingIOError(path) from None
                    time.sleep(0.1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        yield
        # Closing the file releases the lock.


# Files up to this size are parsed into one batch; larger ones get a bulk load of their own.
_BATCH_BYTES = 8 << 20


def _bulk_load(store: pyoxigraph.Store, path: Path, scratch: Path, batch: list) -> None:
    """Load ``path`` into ``store``, or parse it into ``batch`` if it is small. A ``.gz`` file
    is decompressed into ``scratch`` first: a bulk load from a path parses in Rust, one from a
    Python gzip stream goes through Python for every chunk."""
    import gzip
    import shutil

    import pyoxigraph

    name = path.name
    fmt = pyoxigraph.RdfFormat.N_TRIPLES if ".nt" in name else pyoxigraph.RdfFormat.TURTLE
    source = path
    try:
        if name.endswith(".gz"):
            source = scratch / "input"
            with gzip.open(path, "rb") as packed, open(source, "wb") as plain:
                shutil.copyfileobj(packed, plain, 1 << 20)
        if source.stat().st_size <= _BATCH_BYTES:
            batch.extend(pyoxigraph.parse(path=str(source), format=fmt))
        else:
            store.bulk_load(path=str(source), format=fmt)
    except SyntaxError as err:
        raise StoreError(f"{path}: {_first_line(err)}") from None
    except (OSError, EOFError) as err:
        raise StoreError(f"{path}: cannot read: {_first_line(err)}") from None
    except MemoryError as err:
        from .validate import too_large

        raise StoreError(f"{path}: {too_large(err)}") from None
    finally:
        if source != path:
            source.unlink(missing_ok=True)


def _remove_stale_stores(current: Path) -> None:
    """Remove the stores of other inputs (other fingerprints), unless one is being built.
    Only folders blocgraph made and marked (store-<16 hex> holding the marker file): a user's
    own folder that happens to sit in the cache folder is never touched."""
    import shutil

    for other in current.parent.glob("store-*"):
        if other == current or not re.fullmatch(_STORE_NAME, other.name) or not _real_dir(other):
            continue
        if not (other / STORE_MARKER).is_file():
            continue
        try:
            with _locked(other / ".lock", wait=False):
                shutil.rmtree(other, ignore_errors=True)
        except OSError:  # being built (BlockingIOError), or not ours to touch
            continue


def open_embedded(
    force_build: bool = False, allow_service: bool = False, timeout: float | None = None
) -> EmbeddedStore:
    """The embedded store, built if needed (a build can be interrupted: bounded.run). The
    cache is blocgraph's own: a store found damaged is rebuilt, with a notice on stderr.
    ``timeout``: each query's deadline in seconds (None: no deadline)."""
    from .bounded import run

    try:
        # The usual case first, with strings only: the store of the current inputs is built.
        found = None if force_build else current_store()
        location = found or run(lambda: ensure_store(force=force_build), None, "the build")
        return EmbeddedStore(location, allow_service=allow_service, timeout=timeout, lazy=True)
    except StoreDamaged as err:
        print(f"blocgraph: {err}; rebuilding the store", file=sys.stderr)
        rebuilt = run(lambda: ensure_store(force=True), None, "the build")
        return EmbeddedStore(rebuilt, allow_service=allow_service, timeout=timeout, lazy=True)


# --- SERVICE detection ------------------------------------------------------------------------

_CODEPOINT_ESCAPE = r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})"
_IRIREF = r'<[^<>"{}|^`\\\x00-\x20]*>'
_NAME = r"[\w:.\-%\\]+"
_VARNAME = r"\w+"


def uses_service(query: str) -> bool:
    """Whether a query uses the SERVICE keyword (federated query) anywhere outside strings,
    comments and IRIs. Conservative: any token spelled SERVICE (any case) counts, so a query
    that merely looks federated is refused rather than one that is federated let through.

    The second wall, on every query the embedded store runs: a user's own query is first
    checked on its parse tree (sparql_check), which is what decides."""
    # A text that cannot spell the keyword (no "service" in any case, no \\u escape) needs no
    # tokenising: the named queries, on every lookup. Lower-casing works character by
    # character, so a token spelled SERVICE in any case is "service" in query.lower().
    if "service" not in query.lower() and "\\u" not in query and "\\U" not in query:
        return False
    # SPARQL processes \\uXXXX escapes before parsing (SPARQL 1.1, 19.2): undo them first so
    # that an escaped keyword cannot slip past.
    text = re.sub(_CODEPOINT_ESCAPE, lambda m: chr(int(m[1] or m[2], 16)), query)
    iriref, name, varname = re.compile(_IRIREF), re.compile(_NAME), re.compile(_VARNAME)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<":
            m = iriref.match(text, i)
            i = m.end() if m else i + 1
        elif c in "?$":  # a variable: ?service is not the keyword (a name has no '.')
            m = varname.match(text, i + 1)
            i = m.end() if m else i + 1
        elif c.isalnum() or c in "_:":
            m = name.match(text, i)
            assert m is not None
            # "1.SERVICE", "true.SERVICE", "ex:a.SERVICE": a '.' ends a triple as well as
            # sitting inside a name, so any piece spelled SERVICE counts.
            if any(piece.lower() == "service" for piece in m[0].split(".")):
                return True
            i = m.end()
        else:
            i += 1
    return False


# --- credentials ------------------------------------------------------------------------------

AUTH_SCHEMES = ("basic", "digest")


class Credentials(NamedTuple):
    """A user name and password for an endpoint: from BLOCGRAPH_USER / BLOCGRAPH_PASSWORD or
    from ~/.netrc, never from the command line. The password never appears in a repr, a
    message or a log line. (A NamedTuple, not a dataclass: this module is on every lookup's
    path, and the dataclasses module costs its start a millisecond.)"""

    user: str
    password: str
    scheme: str = "basic"  # BLOCGRAPH_AUTH: basic | digest
    source: str = "environment"

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, scheme={self.scheme!r}, source={self.source!r})"


def auth_scheme() -> str:
    scheme = os.environ.get("BLOCGRAPH_AUTH", "basic").strip().lower() or "basic"
    if scheme not in AUTH_SCHEMES:
        raise StoreError(f"BLOCGRAPH_AUTH must be basic or digest, not {scheme!r}")
    return scheme


def check_endpoint_url(url: str, what: str = "endpoint") -> str:
    """``url`` if it is an http(s) URL without credentials in it; else a StoreError."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a bad port
    except ValueError:
        parts, port = None, None
    if parts is not None and (parts.username is not None or parts.password is not None):
        # Never echo this URL: it holds a password.
        raise StoreError(
            f"the {what} URL carries credentials: remove them and set BLOCGRAPH_USER and "
            "BLOCGRAPH_PASSWORD (or use ~/.netrc) instead"
        )
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"the {what} {url!r} is not an http(s) URL")
    del port
    return url


def credentials_for(url: str) -> Credentials | None:
    """Credentials for ``url``: the environment first, then the ``machine`` entry (or
    ``default``) of ~/.netrc for the URL's host; None if neither has any."""
    scheme = auth_scheme()
    user = os.environ.get("BLOCGRAPH_USER")
    password = os.environ.get("BLOCGRAPH_PASSWORD")
    if user or password:
        if not (user and password is not None):
            raise StoreError("set both BLOCGRAPH_USER and BLOCGRAPH_PASSWORD, or neither")
        return Credentials(user, password, scheme, "BLOCGRAPH_USER/BLOCGRAPH_PASSWORD")
    import netrc
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc().authenticators(host)
    except FileNotFoundError:
        return None
    except netrc.NetrcParseError as err:
        if err.lineno is None:  # the owner or permission checks: nothing of the file in it
            raise StoreError(err.msg) from None
        # A syntax error's message may quote a token of the file (a password): the line only.
        raise StoreError(f"~/.netrc cannot be read (line {err.lineno}): fix or remove it") from None
    except OSError as err:
        raise StoreError(f"~/.netrc cannot be read: {err.strerror}") from None
    if not entry:
        return None
    login, _account, password = entry
    if not login or password is None:
        return None
    return Credentials(login, password, scheme, "~/.netrc")


# --- RemoteStore ------------------------------------------------------------------------------

RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def default_timeout() -> float:
    from .bounded import timeout_from_env

    return timeout_from_env()


class RemoteStore:
    """A SPARQL 1.1 query endpoint, over the HTTP client ``blocgraph load`` uses
    (``remote_http``; httpx is imported only when the first query runs).

    Results are asked for as SPARQL JSON. A query goes by GET, or as a form-encoded POST when
    its URL would be long. ``default_graphs`` are sent as ``default-graph-uri`` parameters, so
    that only their merge is queried (Virtuoso otherwise queries the union of all its graphs,
    staging graphs of a load under way included).
    """

    def __init__(
        self,
        endpoint: str,
        timeout: float | None = None,
        default_graphs: Sequence[str] = (),
    ) -> None:
        self.endpoint = check_endpoint_url(endpoint)
        self.timeout = timeout if timeout is not None else default_timeout()
        self.default_graphs = tuple(default_graphs)
        self.credentials = credentials_for(self.endpoint)
        self._client: Client | None = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    def _run(self, query: str) -> dict:
        from . import remote_http

        if self._client is None:
            self._client = remote_http.client(self.timeout)
        return remote_http.query_json(self._client, self.endpoint, query, self.default_graphs)

    def select(self, query: str) -> tuple[list[str], list[Row]]:
        """Column names and rows of a SELECT query."""
        data = self._run(query)
        try:
            variables = list(data["head"]["vars"])
            rows = [
                {name: _from_json(binding.get(name)) for name in variables}
                for binding in data["results"]["bindings"]
            ]
        except (KeyError, TypeError, AttributeError):
            raise StoreError(
                f"{self.endpoint}: not a SELECT result (is this a SELECT query?)"
            ) from None
        return variables, rows


def _from_json(cell: dict | None) -> IRI | Literal | None:
    if cell is None:
        return None
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return IRI(value)
    if kind in ("literal", "typed-literal"):  # typed-literal: Virtuoso's pre-1.1 form
        language = cell.get("xml:lang") or cell.get("lang")
        datatype = cell.get("datatype") or (RDF_LANGSTRING if language else None)
        return Literal(value, datatype, language)
    # Blank nodes: the shipped data has none; show them as their label (as EmbeddedStore).
    return Literal("_:" + value)
