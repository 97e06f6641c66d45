"""Shell completion: the scripts for bash, zsh and fish, and the names of blocs, states and
meetings.

The scripts are click's own (``_BLOCGRAPH_COMPLETE=bash_source blocgraph`` prints the bash one;
``blocgraph completion bash`` prints the same). Completing a BLOC, a STATE or a MEETING reads
the name index the build writes into the store (see ``resolve.NameIndex``): a few small files,
no database opened. A STATUS (``--status``) completes from the built store's vocabulary (the
values the lookups accept), a query NAME from the query library. Without a built store there
are no names or statuses to offer, and completion never builds one: a Tab must not start a
minute of work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .namespaces import short_id

if TYPE_CHECKING:
    import click
    from click.shell_completion import CompletionItem

SHELLS = ("bash", "zsh", "fish")
PROG_NAME = "blocgraph"
COMPLETE_VAR = "_BLOCGRAPH_COMPLETE"


def script(cli: click.Command, shell: str) -> str:
    """The completion script of ``shell`` for the ``cli`` command group."""
    from click.shell_completion import get_completion_class

    from .errors import InputError

    cls = get_completion_class(shell)
    if cls is None or shell not in SHELLS:
        raise InputError(f"no completion for shell {shell!r}; give one of {', '.join(SHELLS)}")
    return cls(cli, {}, PROG_NAME, COMPLETE_VAR).source()


def _name_table(query_name: str) -> dict[str, set[str]]:
    """Folded name -> IRIs from the built store's name index; empty when there is no store."""
    from .resolve import NameIndex
    from .store import NAME_INDEX, current_version, store_location

    try:
        version = current_version(store_location())
        if version is None or not (version / NAME_INDEX).is_dir():
            return {}
        return NameIndex(version / NAME_INDEX).table(query_name)
    except Exception:  # a Tab must never print a traceback into the shell
        return {}


def candidates(query_name: str, incomplete: str) -> list[tuple[str, str]]:
    """(id, a name of it) for every bloc or state whose id or one of whose names starts with
    ``incomplete`` (any case, any accents): the ids that start with it first."""
    from .resolve import fold

    needle = fold(incomplete)
    names: dict[str, list[str]] = {}
    for key, iris in _name_table(query_name).items():
        for iri in iris:
            names.setdefault(short_id(iri), []).append(key)
    by_id, by_name = [], []
    for ident, keys in names.items():
        # The longest name that still reads as a name, to show beside the id.
        shown = max((k for k in keys if len(k) <= 48 and k != fold(ident)), key=len, default="")
        if fold(ident).startswith(needle):
            by_id.append((ident, shown))
        elif any(k.startswith(needle) for k in keys):
            matched = min((k for k in keys if k.startswith(needle)), key=len)
            by_name.append((ident, matched))
    return sorted(by_id) + sorted(by_name)


def _items(query_name: str, incomplete: str) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    return [
        CompletionItem(ident, help=name or None)
        for ident, name in candidates(query_name, incomplete)
    ]


def complete_bloc(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """click ``shell_complete`` callback for a BLOC."""
    return _items("bloc-names", incomplete)


def complete_state(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """click ``shell_complete`` callback for a STATE."""
    return _items("state-names", incomplete)


def complete_meeting(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """click ``shell_complete`` callback for a MEETING (``SCO/chs-2020``)."""
    return _items("meeting-ids", incomplete)


def vocabulary(scheme: str) -> list[tuple[str, str | None]]:
    """(notation, English label) of every value of a concept scheme (``membership-status``),
    as the lookups accept them: the ``vocabulary`` query on the built store; empty when there
    is no built store."""
    from . import queries
    from .lookup_index import select
    from .store import EmbeddedStore, current_version, store_location
    from .terms import Literal

    try:
        version = current_version(store_location())
        if version is None:
            return []
        store = EmbeddedStore(version, lazy=True)  # the lookup index answers, if it can
        _, rows = select(store, queries.get("vocabulary"), {"scheme": Literal(scheme)})
    except Exception:  # a Tab must never print a traceback into the shell
        return []
    return [
        (str(r["notation"]), None if r.get("label") is None else str(r["label"]))
        for r in rows
        if r.get("notation") is not None
    ]


def complete_status(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """click ``shell_complete`` callback for a STATUS (``member``, ``observer`` ...)."""
    from click.shell_completion import CompletionItem

    from .resolve import fold

    needle = fold(incomplete)
    return [
        CompletionItem(notation, help=label if label != notation else None)
        for notation, label in vocabulary("membership-status")
        if fold(notation).startswith(needle)
    ]


def complete_query(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """click ``shell_complete`` callback for a named query (``members-on`` ...), with its
    title; a path to a .rq file completes as a file."""
    from click.shell_completion import CompletionItem

    from . import queries

    if "/" in incomplete or incomplete.endswith(".rq"):
        return [CompletionItem(incomplete, type="file")]
    try:
        library = queries.library()
    except Exception:  # a Tab must never print a traceback into the shell
        return []
    return [
        CompletionItem(name, help=query.title)
        for name, query in sorted(library.items())
        if name.startswith(incomplete)
    ]
