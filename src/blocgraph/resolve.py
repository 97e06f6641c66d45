"""Turn what a user types (an id, a code, a name, any case) into the IRI it means.

Names come from the store itself (the ``bloc-names``, ``state-names``, ``meeting-ids`` and
``vocabulary`` queries), so a new bloc or state is found as soon as it is in the data. An
unknown value raises ``UnknownIdError`` with the closest names.

Reading every name to resolve one costs time in proportion to the data (2,000 bloc names on the
shipped data, 200,000 at a hundred times that), so a build writes the same tables into the
store as a name index (``write_name_index``): resolving reads the one small file that can hold
the key. Stores without one (a SPARQL endpoint) are asked for every name, as before.
"""

from __future__ import annotations

import os
import unicodedata
import zlib
from typing import TYPE_CHECKING

from . import queries
from .errors import UnknownIdError
from .namespaces import ID, short_id
from .terms import IRI, Literal

if TYPE_CHECKING:
    import weakref
    from pathlib import Path

    from .errors import StoreError
    from .store_protocol import Store

# The queries naming what bloc(), state() and meeting() resolve: (IRI variable, name variable).
NAME_QUERIES = {
    "bloc-names": ("bloc", "name"),
    "state-names": ("state", "name"),
    "meeting-ids": ("meeting", "label"),
}


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Türkiye' and 'turkiye' match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


class Resolver:
    def __init__(self, store: Store, tables: dict[str, dict[str, set[str]]] | None = None) -> None:
        self.store = store
        # Name tables read so far, by query name; ``tables``: ones shared with other resolvers
        # of the same store (resolver_for).
        self._cache: dict[str, dict[str, set[str]]] = {} if tables is None else tables
        folder = getattr(store, "name_index", None)  # EmbeddedStore: a folder, or None
        digests = getattr(store, "name_digests", None)
        self.index = NameIndex(folder, digests) if folder is not None else None

    def _names(self, query_name: str, iri_var: str, name_var: str) -> dict[str, set[str]]:
        """Every folded name -> the IRIs it names (from the index when the store has one)."""
        if query_name not in self._cache:
            if self.index is not None:
                self._cache[query_name] = self.index.table(query_name)
                return self._cache[query_name]
            table: dict[str, set[str]] = {}
            for row in self.store.select(queries.get(query_name).text)[1]:
                iri, name = row.get(iri_var), row.get(name_var)
                if iri is None:
                    continue
                table.setdefault(fold(short_id(iri)), set()).add(str(iri))
                if name:
                    table.setdefault(fold(name), set()).add(str(iri))
            self._cache[query_name] = table
        return self._cache[query_name]

    def _resolve(self, kind: str, value: str, query_name: str, iri_var: str, name_var: str) -> IRI:
        full_iri = value.startswith(ID) and value == value.strip()
        # A full IRI is looked up by its short id: it must name a known thing of this kind.
        key = fold(short_id(value) if full_iri else value)
        found: set[str] | None
        if self.index is not None and query_name not in self._cache:
            found = self.index.lookup(query_name, key)
        else:
            found = self._names(query_name, iri_var, name_var).get(key)
        if full_iri:
            if found and value in found:
                return IRI(value)
            table = self._names(query_name, iri_var, name_var)
            raise UnknownIdError(kind, value, self._suggest(short_id(value), table))
        if found and len(found) == 1:
            return IRI(next(iter(found)))
        if found:
            raise UnknownIdError(
                kind, value, sorted(short_id(i) for i in found)[:5]
            )  # ambiguous: list the candidates
        table = self._names(query_name, iri_var, name_var)
        raise UnknownIdError(kind, value, self._suggest(value, table))

    @staticmethod
    def _suggest(value: str, table: dict[str, set[str]]) -> list[str]:
        import difflib

        close = difflib.get_close_matches(fold(value), list(table), n=3, cutoff=0.6)
        out: list[str] = []
        for key in close:
            for iri in sorted(table[key]):
                sid = short_id(iri)
                if sid not in out:
                    out.append(sid)
        return out[:3]

    def bloc(self, value: str) -> IRI:
        return self._resolve("bloc", value, "bloc-names", "bloc", "name")

    def state(self, value: str) -> IRI:
        return self._resolve("state", value, "state-names", "state", "name")

    def meeting(self, value: str) -> IRI:
        return self._resolve("meeting", value, "meeting-ids", "meeting", "label")

    def notation(self, kind: str, value: str, scheme: str) -> Literal:
        if scheme not in self._cache:
            from .lookup_index import select

            query = queries.get("vocabulary")
            _, rows = select(self.store, query, {"scheme": Literal(scheme)})
            self._cache[scheme] = {
                fold(r["notation"]): {str(r["notation"])}  # type: ignore[arg-type]  # bound
                for r in rows
            }
        table = self._cache[scheme]
        found = table.get(fold(value))
        if found:
            return Literal(next(iter(found)))
        import difflib

        suggestions = difflib.get_close_matches(fold(value), list(table), n=3, cutoff=0.5)
        raise UnknownIdError(kind, value, suggestions or sorted(table))

    def status(self, value: str) -> Literal:
        return self.notation("status", value, "membership-status")

    def capacity(self, value: str) -> Literal:
        return self.notation("capacity", value, "participation-capacity")


# Each store's name tables, kept beside the store (weakly: they go when it goes) rather than
# written onto it; created on first use.
_TABLES: weakref.WeakKeyDictionary[Store, dict[str, dict[str, set[str]]]] | None = None


def resolver_for(store: Store) -> Resolver:
    """A resolver sharing its name tables with every other one of ``store``, so that they are
    read once per process."""
    global _TABLES
    if _TABLES is None:
        import weakref

        _TABLES = weakref.WeakKeyDictionary()
    try:
        tables = _TABLES.setdefault(store, {})
    except TypeError:  # a store that cannot be weakly referenced: still correct, only slower
        return Resolver(store)
    return Resolver(store, tables)


# --- the name index ---------------------------------------------------------------------------
#
# One folder per name query; in it, shard files NN.tsv of lines "key<TAB>IRI", the key being the
# folded name (escaped so that it holds no tab or newline) and the shard chosen by a CRC of the
# key, so a lookup reads about 1/64 of the names.

_SHARDS = 64
# Every name of every bloc and state for `blocgraph search`, one line each:
# kind<TAB>IRI<TAB>name<TAB>folded name<TAB>English label, escaped as the shards are.
SEARCH_FILE = "search.tsv"


def _shard(key: str) -> str:
    return f"{zlib.crc32(key.encode('utf-8')) % _SHARDS:02d}.tsv"


def _escape(text: str) -> str:
    if text.isascii() and text.isprintable() and "\\" not in text:  # no codec to load
        return text
    return text.encode("unicode_escape").decode("ascii")


def _unescape(text: str) -> str:
    if "\\" not in text:  # nothing escaped (nearly every line): no codec to load
        return text
    return text.encode("ascii").decode("unicode_escape")


class NameIndex:
    """The name tables of a built store, read one shard at a time. ``digests`` (shard path ->
    blake2b digest, from the store's manifest) is checked before a shard is trusted: an
    emptied, truncated or overwritten shard is damage, never an "unknown" answer."""

    def __init__(
        self, folder: str | os.PathLike[str], digests: dict[str, str] | None = None
    ) -> None:
        self.folder = os.fspath(folder)  # a string: no pathlib on a lookup
        self.digests = digests

    def _read(self, rel: str) -> str | None:
        """A shard's text; None when the build wrote no such shard."""
        path = os.path.join(self.folder, rel)
        expected = None if self.digests is None else self.digests.get(rel)
        if self.digests is not None and expected is None:
            if os.path.exists(path):
                raise _damaged(path, "is not in the store's manifest")
            return None
        try:
            with open(path, "rb") as stream:
                data = stream.read()
        except FileNotFoundError:
            if expected is None:
                return None
            raise _damaged(path, "is missing") from None
        if expected is not None:
            try:  # hashlib's own blake2b, without hashlib loading OpenSSL (ms on a lookup)
                from _blake2 import blake2b
            except ImportError:
                from hashlib import blake2b

            if blake2b(data, digest_size=16).hexdigest() != expected:
                raise _damaged(path, "changed after the store was built")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise _damaged(path, "is not UTF-8") from None

    def lookup(self, query_name: str, key: str) -> set[str]:
        """The IRIs whose folded name or id is ``key``."""
        prefix = _escape(key) + "\t"
        text = self._read(f"{query_name}/{_shard(key)}")
        if text is None:
            return set()
        return {
            _unescape(line[len(prefix) :]) for line in text.splitlines() if line.startswith(prefix)
        }

    def search(self, needle: str) -> list[tuple[str, str, str, str, str | None]]:
        """The search entries (lookups.search_entries) whose line holds the folded ``needle``
        anywhere: a superset of those whose folded name contains it (the caller checks)."""
        text = self._read(SEARCH_FILE)
        if text is None:
            raise _damaged(os.path.join(self.folder, SEARCH_FILE), "is missing")
        wanted = _escape(needle)
        entries = []
        for line in text.splitlines():
            if wanted not in line:  # most lines: one substring test, nothing decoded
                continue
            kind, iri, name, folded, label = (_unescape(f) for f in line.split("\t"))
            entries.append((kind, iri, name, folded, label or None))
        return entries

    def table(self, query_name: str) -> dict[str, set[str]]:
        """The whole table (for suggestions after a miss)."""
        table: dict[str, set[str]] = {}
        try:
            names = os.listdir(os.path.join(self.folder, query_name))
        except OSError:  # no such table
            names = []
        for name in sorted(n for n in names if n.endswith(".tsv")):
            text = self._read(f"{query_name}/{name}") or ""
            for line in text.splitlines():
                key, _, iri = line.partition("\t")
                table.setdefault(_unescape(key), set()).add(_unescape(iri))
        return table


def _damaged(path: str, what: str) -> StoreError:
    from .errors import StoreError

    return StoreError(
        f"the store's name index is damaged ({path} {what}): run `blocgraph build --force`"
    )


def write_name_index(store: Store, folder: Path) -> None:
    """Write the name tables of ``store`` (read with the name queries, as a resolver without an
    index reads them) into ``folder``."""
    resolver = Resolver(store)
    resolver.index = None
    for query_name, (iri_var, name_var) in NAME_QUERIES.items():
        shards: dict[str, list[str]] = {}
        for key, iris in resolver._names(query_name, iri_var, name_var).items():
            lines = shards.setdefault(_shard(key), [])
            lines += [f"{_escape(key)}\t{_escape(iri)}\n" for iri in sorted(iris)]
        (folder / query_name).mkdir(parents=True)
        for shard, lines in shards.items():
            (folder / query_name / shard).write_text("".join(lines), encoding="utf-8")
    from .lookups import search_entries

    lines = [
        "\t".join(_escape(field or "") for field in entry) + "\n" for entry in search_entries(store)
    ]
    (folder / SEARCH_FILE).write_text("".join(lines), encoding="utf-8")
