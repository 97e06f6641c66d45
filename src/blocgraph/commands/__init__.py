"""The ``blocgraph`` commands, one module each, and what they share.

``blocgraph.cli`` imports a command's module only when that command runs (its group is lazy:
see ``cli.COMMANDS``), so a lookup's start pays for its own options and nothing else.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from ..api import KB, Result

F = TypeVar("F", bound=Callable[..., Any])


def example(*commands: str) -> str:
    """A command's epilog: the examples its --help ends with (tests/test_help.py runs each)."""
    lines = "\n".join(f"  blocgraph {command}" for command in commands)
    return f"\b\nExample{'s' if len(commands) > 1 else ''}:\n{lines}"


def year_span_options(fn: F) -> F:
    fn = click.option("--to", "to_year", metavar="YEAR", help="Up to this year (with --from).")(fn)
    fn = click.option(
        "--from", "from_year", metavar="YEAR", help="From this year (meetings' start years)."
    )(fn)
    return click.option("--year", metavar="YEAR", help="Only meetings that started in this year.")(
        fn
    )


def output_options(fn: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="Output format: an aligned table, JSON (a list of objects keyed by column) or CSV.",
    )(fn)


def on_option(fn: F) -> F:
    return click.option("--on", "on", metavar="DATE", help="The day (YYYY-MM-DD); default: today.")(
        fn
    )


def status_option(help: str, default: str | None = None) -> Callable[[F], F]:
    """``--status STATUS``, completed from the store's membership statuses (members, attended,
    joint, compare: each with its own help and default)."""
    from ..completion import complete_status

    extra: dict[str, Any] = {"default": default, "show_default": True} if default else {}
    return click.option(
        "--status", metavar="STATUS", shell_complete=complete_status, help=help, **extra
    )


ALL_HELP = (
    "Also list rows of status 'unknown' (COW's 'missing data' marker), which are left out "
    "unless asked for with this or --status unknown."
)


def knowledge_base(ctx: click.Context) -> KB:
    """The knowledge base to answer from (api.KB): a remote endpoint if one is given, else
    the embedded store; opened once per command line."""
    obj = ctx.find_root().obj
    if obj.get("kb") is None:
        from ..api import open as open_kb

        obj["kb"] = open_kb(
            obj.get("endpoint"),
            allow_service=bool(obj.get("allow_service")),
            timeout=obj.get("timeout"),
            # One lookup, then the process exits (ending a query past its deadline with it):
            # no worker process to start.
            in_process=True,
        )
    kb: KB = obj["kb"]
    return kb


def emit(result: Result, fmt: str, text: Callable[[Any], str] | str | None = None) -> None:
    """Print an api.Result: JSON as its rows (or record), CSV with every column, a table of
    the columns a person reads, or ``text(result.typed)`` for a multi-part answer (``text``
    may name a function of render_text, imported only for a table)."""
    from ..output import json_text, printable, render

    terminal = on_terminal()
    if fmt == "json":
        click.echo(json_text(result.record()))
    elif fmt == "csv":
        click.echo(render(result.typed.rows, result.columns, "csv", terminal=terminal))
    elif isinstance(text, str):
        from .. import render_text

        renderer: Callable[[Any], str] = getattr(render_text, text)
        say(renderer(result.typed))
    elif text is not None:
        say(text(result.typed))
    else:
        click.echo(render(result.typed.rows, result.typed.table_columns, "table"))
    # Notes are for a person (why an answer is empty, what to ask instead): on a terminal
    # only, on stderr, so that piped data stays data.
    if terminal:
        for note in result.notes:
            click.echo(printable(note), err=True)


def on_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def say(text: str) -> None:
    """Echo text made of data (labels, messages, file names) with controls escaped."""
    from ..output import printable

    click.echo(printable(text, keep_lines=True))
