"""The ``blocgraph`` command line: each command parses its options, calls one library
function and renders the result. Errors become one line on stderr and an exit code
(0 ok, 1 validation violations, 2 any error); no traceback reaches the user.

The group is lazy (click's LazyGroup pattern): a command's module (``blocgraph.commands.*``)
is imported only when that command runs, so a lookup's start does not pay for defining the
twenty other commands. ``--help`` and shell completion list the commands from the table
below without importing them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, MutableMapping, Sequence
from typing import IO, TYPE_CHECKING, Any

import click

from . import __version__
from .commands import example
from .errors import BlocgraphError

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

# Every command: its module and attribute under blocgraph.commands, and the first paragraph of
# its help, which `blocgraph --help` and completion show (tests/test_help.py checks that it is
# the command's own).
COMMANDS: dict[str, tuple[str, str]] = {
    "absences": (
        "absences.absences",
        "States the sources say stayed away from a meeting of BLOC they could have attended.",
    ),
    "accept": (
        "accept.accept_cmd",
        "Merge a reviewed draft (from `blocgraph extract --format ttl`) into the data: only "
        "what is not recorded yet, and only if the result validates. Prints what it added.",
    ),
    "attended": (
        "attended.attended",
        "States that attended meetings of BLOC while holding a status (observer by default).",
    ),
    "bloc": (
        "bloc.bloc_cmd",
        "One bloc at a glance: founding, predecessor, states by status, bodies, series, sources.",
    ),
    "build": (
        "build.build",
        "Build the embedded store from the ontology and data (done on first use anyway).",
    ),
    "compare": (
        "compare.compare",
        "States in both blocs on a date, only in the first, only in the second.",
    ),
    "completion": (
        "completion.completion_cmd",
        "Print the shell completion script for bash, zsh or fish (see the README to install "
        'it): for bash, eval "$(blocgraph completion bash)" in ~/.bashrc.',
    ),
    "export": (
        "export.export",
        "Export the whole knowledge base (ontology, data and derived triples).",
    ),
    "extract": (
        "extract.extract_cmd",
        "Propose the meetings, participants and invitations a news report states, each with "
        "its quote, checked against the knowledge base. REPORT is a text file (- for stdin).",
    ),
    "import": (
        "imports.import_group",
        "Convert external datasets into blocgraph's ontology.",
    ),
    "joint": (
        "joint.joint",
        "Blocs both states belong to on a date (and how many).",
    ),
    "load": (
        "load.load_cmd",
        "Load the whole knowledge base (as `export` writes it) into an external triple store.",
    ),
    "meeting": (
        "meeting.meeting_cmd",
        "One meeting: details, participants with capacity and attendance, sources.",
    ),
    "meetings": (
        "meetings.meetings_cmd",
        "Meetings of BLOC's bodies (all blocs when omitted).",
    ),
    "members": (
        "members.members",
        "States holding a status in BLOC on a date (or at any time in a year).",
    ),
    "queries": (
        "queries.queries_cmd",
        "List the named queries: names, titles and parameters.",
    ),
    "query": (
        "query.query",
        "Run a named query of the library, or a .rq file, with parameters.",
    ),
    "search": (
        "search.search_cmd",
        "Find blocs and states by name, abbreviation or code.",
    ),
    "serve": (
        "serve.serve",
        "Serve the knowledge base, read-only: a SPARQL endpoint at /sparql and a page for "
        "every IRI (/id/...), with search, the named queries and the ontology's "
        "documentation.",
    ),
    "state": (
        "state.state_cmd",
        "Every bloc STATE has belonged to, in which status and when.",
    ),
    "timeline": (
        "timeline.timeline_cmd",
        "A picture of who held which status in BLOC, and when (or STATE across its blocs).",
    ),
    "validate": (
        "validate.validate",
        "Check data against the SHACL shapes (default: the shipped data).",
    ),
}


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's ``commands``: the names in ``COMMANDS``, each command imported on first use."""

    def __init__(self, table: dict[str, tuple[str, str]]) -> None:
        self.table = table
        self.loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self.loaded:
            if name not in self.table:
                raise KeyError(name)
            from importlib import import_module

            module, _, attr = self.table[name][0].rpartition(".")
            self.loaded[name] = getattr(import_module(f"blocgraph.commands.{module}"), attr)
        return self.loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        del self.loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self.table), **dict.fromkeys(self.loaded)})

    def __len__(self) -> int:
        return len(self.table.keys() | self.loaded.keys())

    def __contains__(self, name: object) -> bool:
        return name in self.table or name in self.loaded


class _Group(click.Group):
    """Commands imported when used (``LazyCommands``); turns our exceptions (and any other)
    into one-line errors with our exit codes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands: MutableMapping[str, click.Command] = LazyCommands(COMMANDS)

    def _listed(self, name: str) -> click.Command:
        """A stand-in with the command's help from the table, so that --help and completion
        show it without importing the command."""
        loaded = self.commands.loaded if isinstance(self.commands, LazyCommands) else {}
        return loaded.get(name) or click.Command(name, help=COMMANDS[name][1])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from gettext import gettext as _  # as click does

        # As click.Group.format_commands, with the table's help.
        names = self.list_commands(ctx)
        if names:
            limit = formatter.width - 6 - max(len(name) for name in names)
            rows = [(name, self._listed(name).get_short_help_str(limit)) for name in names]
            with formatter.section(_("Commands")):
                formatter.write_dl(rows)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        from click.shell_completion import CompletionItem

        # As click.Group.shell_complete, with the table's help.
        results = [
            CompletionItem(name, help=self._listed(name).get_short_help_str())
            for name in self.list_commands(ctx)
            if name.startswith(incomplete)
        ]
        results.extend(click.Command.shell_complete(self, ctx, incomplete))
        return results

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """The command line of this process (the console script, ``python -m blocgraph``;
        CliRunner calls ``main``). When the command is done, the objects the process made
        (click's, typing's and enum's among them: some 100k) are frozen out of the garbage
        collector: the interpreter's exit then skips collecting them, about 7 ms of a
        lookup's CPU (benchmarks/lookup.py), a seventh of a bare ``import click``. Exit still
        runs atexit handlers and closes files; memory goes back to the system as it does."""
        try:
            return self.main(*args, **kwargs)
        except SystemExit as done:
            bounded = sys.modules.get("blocgraph.bounded")
            if bounded is not None and bounded.abandoned_work():
                # Ctrl-C or a deadline left a worker inside pyoxigraph (a dump, a build, a
                # query; bounded.run). The interpreter's finalisation would free what that
                # thread is using under it: a crash (exit -11, seen once in CI when Ctrl-C
                # stopped an export). Leave at once with the code, as a signal would; the
                # temporary files were removed as the interrupt unwound.
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
                import contextlib

                for stream in (sys.stdout, sys.stderr):
                    with contextlib.suppress(OSError, ValueError):
                        stream.flush()
                os._exit(code)
            raise
        finally:
            import gc

            gc.freeze()

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        # Python decodes argv with surrogateescape: a non-UTF-8 argument would surface as a
        # UnicodeEncodeError deep in a lookup. Refuse it here, naming the argument.
        argv = sys.argv[1:] if args is None else list(args)
        for number, arg in enumerate(argv, 1):
            try:
                arg.encode("utf-8")
            except UnicodeEncodeError:
                from .output import printable

                shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                click.echo(
                    f"Error: argument {number} ({printable(shown)}) is not valid UTF-8 text",
                    err=True,
                )
                sys.exit(2)
        return super().main(args, *rest, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            value = super().invoke(ctx)
            sys.stdout.flush()  # a full disk shows here, not in an ignored error at exit
            return value
        except BlocgraphError as err:
            raise _Fail(str(err), err.exit_code) from None
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except BrokenPipeError:
            _quiet_stdout()
            raise click.exceptions.Exit(0) from None
        except OSError as err:  # an ordinary condition (full disk, permissions), not a bug
            from .files import os_error_message

            _quiet_stdout()
            where = err.filename if err.filename is not None else "standard output"
            raise _Fail(os_error_message(err, where), 2) from None
        except MemoryError:
            raise _Fail("out of memory: narrow the question (a LIMIT, a bloc, a year)", 2) from None
        except Exception as err:  # a bug of ours: still one line, unless debugging
            if os.environ.get("BLOCGRAPH_DEBUG"):
                raise
            raise _Fail(f"internal error: {type(err).__name__}: {err}", 2) from None


def _quiet_stdout() -> None:
    """After a failed write to stdout, point it at /dev/null so the interpreter's own flush at
    exit does not print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


class _Fail(click.ClickException):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        # click declares exit_code a class variable; ours is per error (1 violations, 2 ...)
        self.exit_code = code  # type: ignore[misc]

    def show(self, file: IO[Any] | None = None) -> None:
        from .output import printable

        click.echo(f"Error: {printable(self.format_message())}", err=True)


@click.group(
    cls=_Group,
    context_settings=CONTEXT_SETTINGS,
    epilog=example("attended SCO --status observer --year 2020"),
)
@click.version_option(__version__, "-V", "--version", prog_name="blocgraph")
@click.option(
    "--endpoint",
    envvar="BLOCGRAPH_ENDPOINT",
    metavar="URL",
    help="Answer from this SPARQL 1.1 query endpoint instead of the embedded store "
    "(env BLOCGRAPH_ENDPOINT).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let queries on the embedded store use SERVICE (federated query), which calls the "
    "remote endpoints it names; refused by default so that local answers never touch the network.",
)
@click.option(
    "--timeout",
    metavar="SECONDS",
    type=float,
    help="Give up on a lookup's query after this many seconds (env BLOCGRAPH_TIMEOUT; "
    "default 60). Ctrl-C stops any command at once.",
)
@click.pass_context
def cli(
    ctx: click.Context, endpoint: str | None, allow_service: bool, timeout: float | None
) -> None:
    """blocgraph: multilateral blocs, their members over time, their bodies and meetings.

    Answers come from an embedded store built from the shipped data on first use (no server
    needed), or from any SPARQL endpoint with --endpoint.
    """
    ctx.ensure_object(dict)
    ctx.obj["endpoint"] = endpoint
    ctx.obj["allow_service"] = allow_service
    ctx.obj["timeout"] = timeout
