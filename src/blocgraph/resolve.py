"""Turn what a user types (an id, a code, a name, any case) into the IRI it means.

Names come from the store itself (the ``bloc-names``, ``state-names``, ``meeting-ids`` and
``vocabulary`` queries), so a new bloc or state is found as soon as it is in the data. An
unknown value raises ``UnknownIdError`` with the closest names.
"""

from __future__ import annotations

import difflib
import unicodedata

from . import queries
from .errors import UnknownIdError
from .namespaces import ID, short_id
from .terms import IRI, Literal


def _fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Türkiye' and 'turkiye' match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


class Resolver:
    def __init__(self, store) -> None:
        self.store = store
        self._cache: dict[str, dict[str, set[str]]] = {}

    def _names(self, query_name: str, iri_var: str, name_var: str) -> dict[str, set[str]]:
        if query_name not in self._cache:
            table: dict[str, set[str]] = {}
            for row in self.store.select(queries.get(query_name).text)[1]:
                iri, name = row.get(iri_var), row.get(name_var)
                if iri is None:
                    continue
                table.setdefault(_fold(short_id(iri)), set()).add(str(iri))
                if name:
                    table.setdefault(_fold(name), set()).add(str(iri))
            self._cache[query_name] = table
        return self._cache[query_name]

    def _resolve(self, kind: str, value: str, query_name: str, iri_var: str, name_var: str) -> IRI:
        if value.startswith(ID) and value == value.strip():
            return IRI(value)
        table = self._names(query_name, iri_var, name_var)
        found = table.get(_fold(value))
        if found and len(found) == 1:
            return IRI(next(iter(found)))
        if found:
            raise UnknownIdError(
                kind, value, sorted(short_id(i) for i in found)[:5]
            )  # ambiguous: list the candidates
        raise UnknownIdError(kind, value, self._suggest(value, table))

    @staticmethod
    def _suggest(value: str, table: dict[str, set[str]]) -> list[str]:
        close = difflib.get_close_matches(_fold(value), list(table), n=3, cutoff=0.6)
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
            query = queries.get("vocabulary")
            _, rows = self.store.select(queries.bind(query, {"scheme": Literal(scheme)}))
            self._cache[scheme] = {_fold(r["notation"]): {str(r["notation"])} for r in rows}
        table = self._cache[scheme]
        found = table.get(_fold(value))
        if found:
            return Literal(next(iter(found)))
        suggestions = difflib.get_close_matches(_fold(value), list(table), n=3, cutoff=0.5)
        raise UnknownIdError(kind, value, suggestions or sorted(table))

    def status(self, value: str) -> Literal:
        return self.notation("status", value, "membership-status")

    def capacity(self, value: str) -> Literal:
        return self.notation("capacity", value, "participation-capacity")


def resolver_for(store) -> Resolver:
    """One resolver per store, so its name tables are read once per process."""
    resolver = getattr(store, "_blocgraph_resolver", None)
    if resolver is None:
        resolver = Resolver(store)
        try:
            store._blocgraph_resolver = resolver
        except AttributeError:  # a store class with __slots__: no caching, still correct
            pass
    return resolver

