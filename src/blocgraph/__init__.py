"""blocgraph: an open, SHACL-validated RDF knowledge base of multilateral blocs.

>>> import blocgraph
>>> kb = blocgraph.open()                      # or blocgraph.open(endpoint=URL)
>>> kb.members("SCO", on="2020-02-20").rows    # doctest: +SKIP

The API lives in ``blocgraph.api``, imported on first use so that ``import blocgraph`` (and
every command-line lookup) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import KB

__version__ = "0.1.0"

__all__ = ["KB", "Result", "__version__", "open"]


def open(endpoint: str | None = None, **options: Any) -> KB:  # noqa: A001  as sqlite_utils / dbm.open
    """The knowledge base (``api.KB``): the embedded store, or the SPARQL endpoint at
    ``endpoint``; ``options``: ``timeout`` (seconds per query: past it, the query raises and is
    stopped), ``allow_service``, ``in_process`` (see ``api.open``)."""
    from .api import open as open_kb

    return open_kb(endpoint, **options)


def __getattr__(name: str) -> Any:
    if name in ("KB", "Result"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'blocgraph' has no attribute {name!r}")
