"""What every store blocgraph answers from offers: ``store.EmbeddedStore`` (pyoxigraph) and
``store.RemoteStore`` (a SPARQL endpoint), and any object a caller passes to the lookups.

Used in annotations only (imported under ``TYPE_CHECKING``), so it costs the lookup path
nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .terms import Row


class Store(Protocol):
    """A store the named queries run on: SELECT text in (parameters already bound by
    ``queries.bind``), column names and rows of ``terms.IRI`` / ``terms.Literal`` out."""

    @property
    def timeout(self) -> float | None:
        """Each query's deadline in seconds; None: no deadline."""
        ...

    def select(self, query: str) -> tuple[list[str], list[Row]]:
        """Column names and rows of a SELECT query; ``errors.StoreError`` when it fails."""
        ...
