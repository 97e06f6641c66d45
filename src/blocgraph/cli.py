"""The ``blocgraph`` command line: each command parses its options, calls one library
function and renders the result. Errors become one line on stderr and an exit code
(0 ok, 1 validation violations, 2 any error); no traceback reaches the user."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .completion import complete_bloc, complete_meeting, complete_state
from .errors import BlocgraphError, InputError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def example(*commands: str) -> str:
    """A command's epilog: the examples its --help ends with (tests/test_help.py runs each)."""
    lines = "\n".join(f"  blocgraph {command}" for command in commands)
    return f"\b\nExample{'s' if len(commands) > 1 else ''}:\n{lines}"


class _Group(click.Group):
    """Turns our exceptions (and any other) into one-line errors with our exit codes."""

    def main(self, args=None, *rest, **kwargs):
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

    def invoke(self, ctx: click.Context):
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
        self.exit_code = code

    def show(self, file=None) -> None:
        from .output import printable

        click.echo(f"Error: {printable(self.format_message())}", err=True)


def year_span_options(fn):
    fn = click.option("--to", "to_year", metavar="YEAR", help="Up to this year (with --from).")(fn)
    fn = click.option(
        "--from", "from_year", metavar="YEAR", help="From this year (meetings' start years)."
    )(fn)
    return click.option("--year", metavar="YEAR", help="Only meetings that started in this year.")(
        fn
    )


def output_options(fn):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="Output format: an aligned table, JSON (a list of objects keyed by column) or CSV.",
    )(fn)


def _kb(ctx: click.Context):
    """The knowledge base to answer from (api.KB): a remote endpoint if one is given, else
    the embedded store; opened once per command line."""
    obj = ctx.find_root().obj
    if obj.get("kb") is None:
        from .api import open as open_kb

        obj["kb"] = open_kb(
            obj.get("endpoint"),
            allow_service=bool(obj.get("allow_service")),
            timeout=obj.get("timeout"),
        )
    return obj["kb"]


def _emit(result, fmt: str, text=None) -> None:
    """Print an api.Result: JSON as its rows (or record), CSV with every column, a table of
    the columns a person reads, or ``text(result.typed)`` for a multi-part answer."""
    from .output import json_text, printable, render

    terminal = _on_terminal()
    if fmt == "json":
        click.echo(json_text(result.record()))
    elif fmt == "csv":
        click.echo(render(result.typed.rows, result.columns, "csv", terminal=terminal))
    elif text is not None:
        _say(text(result.typed))
    else:
        click.echo(render(result.typed.rows, result.typed.table_columns, "table"))
    # Notes are for a person (why an answer is empty, what to ask instead): on a terminal
    # only, on stderr, so that piped data stays data.
    if terminal:
        for note in result.notes:
            click.echo(printable(note), err=True)


ALL_HELP = (
    "Also list rows of status 'unknown' (COW's 'missing data' marker), which are left out "
    "unless asked for with this or --status unknown."
)


def _on_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _say(text: str) -> None:
    """Echo text made of data (labels, messages, file names) with controls escaped."""
    from .output import printable

    click.echo(printable(text, keep_lines=True))


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


# --- lookups: each command is one call of an api.KB method of the same name -----------------


def on_option(fn):
    return click.option("--on", "on", metavar="DATE", help="The day (YYYY-MM-DD); default: today.")(
        fn
    )


@cli.command(epilog=example("members SCO --on 2017-06-09 --status member"))
@click.argument("bloc", shell_complete=complete_bloc)
@on_option
@click.option("--year", metavar="YEAR", help="Any time in this year instead of one day.")
@click.option(
    "--status",
    metavar="STATUS",
    help="Only this status: member, observer, suspended, ... ('unknown': COW's missing data).",
)
@click.option("--all", "all_rows", is_flag=True, help=ALL_HELP)
@output_options
@click.pass_context
def members(ctx, bloc, on, year, status, all_rows, fmt):
    """States holding a status in BLOC on a date (or at any time in a year).

    A suspended member has status 'suspended' for the span of its suspension, so
    --status member leaves it out. Rows of COW's 'unknown' status are left out unless
    --status unknown or --all. JSON and CSV also carry each state's ISO3 code and each
    interval as days (valid_from, valid_until) with the precision the sources give.
    """
    _emit(_kb(ctx).members(bloc, on=on, status=status, year=year, all_rows=all_rows), fmt)


@cli.command("search", epilog=example("search shanghai"))
@click.argument("text")
@output_options
@click.pass_context
def search_cmd(ctx, text, fmt):
    """Find blocs and states by name, abbreviation or code."""
    _emit(_kb(ctx).search(text), fmt)


@cli.command("state", epilog=example('state "Russian Federation"', "state Belarus --bloc SCO"))
@click.argument("state", shell_complete=complete_state)
@click.option("--on", "on", metavar="DATE", help="Only the statuses that held on this day.")
@click.option(
    "--bloc",
    metavar="BLOC",
    shell_complete=complete_bloc,
    help="Only this bloc: the state's history there as transitions (with --meetings: only "
    "this bloc's meetings).",
)
@click.option("--all", "all_rows", is_flag=True, help=ALL_HELP)
@click.option(
    "--meetings",
    "show_meetings",
    is_flag=True,
    help="The meetings the state was at (or stayed away from) instead of its memberships.",
)
@click.option("--from", "from_year", metavar="YEAR", help="With --meetings: from this year.")
@click.option("--to", "to_year", metavar="YEAR", help="With --meetings: to this year.")
@output_options
@click.pass_context
def state_cmd(ctx, state, on, bloc, all_rows, show_meetings, from_year, to_year, fmt):
    """Every bloc STATE has belonged to, in which status and when.

    STATE is an ISO alpha-2 or alpha-3 code, a name or another name, in any case. A
    suspension shows as its own interval (status 'suspended') between the member intervals
    around it. Rows of COW's 'unknown' status (missing data) are left out unless --all.
    With --bloc, the state's path in that bloc: each status with the one it followed.
    """
    from .render_text import transitions_text

    result = _kb(ctx).state(
        state,
        on=on,
        bloc=bloc,
        meetings=show_meetings,
        from_year=from_year,
        to_year=to_year,
        all_rows=all_rows,
    )
    _emit(result, fmt, transitions_text if bloc and not show_meetings else None)


@cli.command("meetings", epilog=example("meetings SCO --series chs"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@click.option("--year", metavar="YEAR", help="Only meetings that started in this year.")
@click.option(
    "--host",
    metavar="STATE",
    shell_complete=complete_state,
    help="Only meetings hosted by this state.",
)
@click.option(
    "--series",
    metavar="NAME",
    help="Only this series of BLOC: its id, initials (chs) or a part of its name "
    "(`blocgraph bloc BLOC` lists them).",
)
@output_options
@click.pass_context
def meetings_cmd(ctx, bloc, year, host, series, fmt):
    """Meetings of BLOC's bodies (all blocs when omitted)."""
    _emit(_kb(ctx).meetings(bloc, year=year, host=host, series=series), fmt)


@cli.command("bloc", epilog=example("bloc SCO"))
@click.argument("bloc", shell_complete=complete_bloc)
@click.option("--on", "on", metavar="DATE", help="Count the states by status on this day.")
@output_options
@click.pass_context
def bloc_cmd(ctx, bloc, on, fmt):
    """One bloc at a glance: founding, predecessor, states by status, bodies, series, sources."""
    from .render_text import bloc_text

    _emit(_kb(ctx).bloc(bloc, on=on), fmt, bloc_text)


@cli.command("meeting", epilog=example("meeting SCO/dsewg-9"))
@click.argument("meeting", shell_complete=complete_meeting)
@output_options
@click.pass_context
def meeting_cmd(ctx, meeting, fmt):
    """One meeting: details, participants with capacity and attendance, sources.

    MEETING is a meeting id as `blocgraph meetings` lists it (e.g. SCO/dsewg-9).
    """
    from .render_text import meeting_text

    _emit(_kb(ctx).meeting(meeting), fmt, meeting_text)


@cli.command(epilog=example("attended SCO --status observer --from 2015 --to 2025"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@click.option(
    "--status",
    metavar="STATUS",
    default="observer",
    show_default=True,
    help="The status held in the bloc on the meeting's date.",
)
@year_span_options
@output_options
@click.pass_context
def attended(ctx, bloc, status, year, from_year, to_year, fmt):
    """States that attended meetings of BLOC while holding a status (observer by default)."""
    kb = _kb(ctx)
    _emit(kb.attended(bloc, status, year=year, from_year=from_year, to_year=to_year), fmt)


@cli.command(epilog=example("absences G20 --from 2015 --to 2025"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@year_span_options
@output_options
@click.pass_context
def absences(ctx, bloc, year, from_year, to_year, fmt):
    """States the sources say stayed away from a meeting of BLOC they could have attended.

    A head of state who stayed home while a minister came is not an absence: the state
    attended (see `blocgraph meeting` for who represented it).
    """
    _emit(_kb(ctx).absences(bloc, year=year, from_year=from_year, to_year=to_year), fmt)


@cli.command(epilog=example("joint India Pakistan --on 2020-02-20"))
@click.argument("state_a", metavar="STATE", shell_complete=complete_state)
@click.argument("state_b", metavar="STATE", shell_complete=complete_state)
@on_option
@click.option(
    "--status",
    metavar="STATUS",
    default="member",
    show_default=True,
    help="The status both must hold.",
)
@output_options
@click.pass_context
def joint(ctx, state_a, state_b, on, status, fmt):
    """Blocs both states belong to on a date (and how many)."""
    from .render_text import count_text

    _emit(_kb(ctx).joint(state_a, state_b, on=on, status=status), fmt, count_text("bloc(s)"))


@cli.command(
    epilog=example("compare BRICS SCO --status member", "compare SCO BRICS --on 2020-02-20")
)
@click.argument("bloc_a", metavar="BLOC", shell_complete=complete_bloc)
@click.argument("bloc_b", metavar="BLOC", shell_complete=complete_bloc)
@on_option
@click.option("--status", metavar="STATUS", help="Only this status, in both blocs.")
@output_options
@click.pass_context
def compare(ctx, bloc_a, bloc_b, on, status, fmt):
    """States in both blocs on a date, only in the first, only in the second.

    Any status counts (member, observer, partner, ...) unless --status; each column
    first_status / second_status says which. COW's 'unknown' (missing data) counts as not
    in the bloc unless --status unknown.
    """
    from .render_text import compare_text

    _emit(_kb(ctx).compare(bloc_a, bloc_b, on=on, status=status), fmt, compare_text)


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {item!r} is not KEY=VALUE")
        params[key.strip()] = value
    return params


@cli.command(epilog=example("query members-on --param bloc=SCO --param date=2017-06-09"))
@click.argument("name")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter of the query; repeat for several.",
)
@output_options
@click.pass_context
def query(ctx, name, params, fmt):
    """Run a named query of the library, or a .rq file, with parameters.

    Parameters are bound as RDF terms (a VALUES block), never pasted into the query text.
    """
    _emit(_kb(ctx).query(name, _parse_params(params)), fmt)


@cli.command("queries", epilog=example("queries"))
@output_options
def queries_cmd(fmt: str) -> None:
    """List the named queries: names, titles and parameters."""
    from . import queries
    from .output import render
    from .terms import Literal

    rows = [
        {
            "name": Literal(q.name),
            "title": Literal(q.title),
            "parameters": Literal(", ".join(p.describe() for p in q.parameters)),
        }
        for q in queries.library().values()
    ]
    if fmt == "table":
        for q in queries.library().values():
            params = ", ".join(p.describe() for p in q.parameters) or "no parameters"
            click.echo(f"{q.name}\n    {q.title}\n    {params}")
        return
    click.echo(render(rows, ["name", "title", "parameters"], fmt))


@cli.command(epilog=example("validate"))
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--with-data", is_flag=True, help="Validate the given files together with the shipped data."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle"]),
    default="text",
    show_default=True,
    help="Report as text or as a SHACL validation report in Turtle.",
)
@click.option(
    "--engine",
    type=click.Choice(["fast", "pyshacl"]),
    default="fast",
    show_default=True,
    help="fast: the shapes compiled to SPARQL, run by Oxigraph (seconds on the whole "
    "knowledge base); pyshacl: the reference implementation (slow on large data).",
)
def validate(paths: tuple[Path, ...], with_data: bool, fmt: str, engine: str) -> None:
    """Check data against the SHACL shapes (default: the shipped data).

    Results of severity Warning or Info are listed but leave the data conforming.

    Exit status: 0 conforms, 1 violations found, 2 error (unreadable or unparsable input).
    """
    from .bounded import run
    from .validate import validate_files

    report = run(
        lambda: validate_files(list(paths), with_data=with_data, engine=engine),
        None,
        "validation",
    )
    if fmt == "turtle":
        click.echo(report.as_turtle())
    else:
        _say(report.as_text())
    if not report.conforms:
        sys.exit(1)


@cli.command(epilog=example("export --format nt -o blocgraph.nt"))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "nt", "trig", "jsonld"]),
    default="ttl",
    show_default=True,
    help="Serialisation.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write to this file (atomically); default: standard output.",
)
@click.option(
    "--asserted-only",
    is_flag=True,
    help="Only the asserted triples (ontology and data), without the derived ones.",
)
def export(fmt: str, output: Path | None, asserted_only: bool) -> None:
    """Export the whole knowledge base (ontology, data and derived triples).

    TriG keeps the derived triples in their own graph
    (https://w3id.org/blocgraph/graph/derived); the other formats carry both as one graph.
    """
    from .export import export_store

    export_store(fmt, output, sys.stdout.buffer, asserted_only=asserted_only)


@cli.command("timeline", epilog=example("timeline SCO -o sco.png"))
@click.argument("bloc", required=False, shell_complete=complete_bloc)
@click.option(
    "--state",
    metavar="STATE",
    shell_complete=complete_state,
    help="One row per bloc STATE held a status in (with BLOC: only STATE's row).",
)
@click.option("--from", "from_year", metavar="YEAR", help="Start the picture in this year.")
@click.option("--to", "to_year", metavar="YEAR", help="End the picture in this year.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write (atomically): .svg, .png or .html by its suffix; "
    "default: ID-timeline.svg in the current folder.",
)
@click.pass_context
def timeline_cmd(ctx, bloc, state, from_year, to_year, output: Path | None) -> None:
    """A picture of who held which status in BLOC, and when (or STATE across its blocs).

    One row per state, bars coloured by status, the bloc's founding marked; a lighter,
    hatched stretch is a date the sources give only to the month or year, an arrow a status
    that still holds. Needs matplotlib: pip install 'blocgraph[plot]'.
    """
    written = _kb(ctx).timeline(bloc, state, from_year, to_year, path=output)
    click.echo(f"wrote {written}", err=True)


@cli.command("completion", epilog=example("completion bash"))
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion_cmd(shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish (see the README to install it):
    for bash, eval "$(blocgraph completion bash)" in ~/.bashrc."""
    from .completion import script

    click.echo(script(cli, shell))


@cli.command(epilog=example("build"))
@click.option("--force", is_flag=True, help="Rebuild even if the store is current.")
def build(force: bool) -> None:
    """Build the embedded store from the ontology and data (done on first use anyway)."""
    import time

    from .bounded import run
    from .store import ensure_store

    started = time.perf_counter()
    location = run(lambda: ensure_store(force=force), None, "the build")
    from .store import EmbeddedStore

    count = len(EmbeddedStore(location))
    click.echo(f"{count} triples in {location} ({time.perf_counter() - started:.2f} s)")


@cli.command(epilog=example("serve --port 8000"))
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.pass_context
def serve(ctx, host: str, port: int) -> None:
    """Serve the knowledge base, read-only: a SPARQL endpoint at /sparql and a page for every
    IRI (/id/...), with search, the named queries and the ontology's documentation.

    Needs `pip install 'blocgraph[web]'`. Queries keep the CLI's --timeout, SERVICE refusal and
    answer-size cap (BLOCGRAPH_MAX_RESPONSE_MB).
    """
    if ctx.find_root().obj.get("endpoint"):
        raise InputError("serve serves the embedded store; leave out --endpoint")
    try:
        from .web.app import serve as run_server
    except ImportError as err:
        missing = (err.name or "a module").split(".")[0]
        raise InputError(
            f"serve needs the web extra ({missing} is missing): pip install 'blocgraph[web]'"
        ) from None
    run_server(_kb(ctx).store, host=host, port=port)


@cli.group("import", epilog=example("import cow -o cow.nt.gz"))
def import_group() -> None:
    """Convert external datasets into blocgraph's ontology."""


@import_group.command("cow", epilog=example("import cow -o cow.nt.gz"))
@click.argument("directory", required=False, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write the gzipped N-Triples (atomically); default: the shipped "
    "data/cow/cow-igo-v3.nt.gz.",
)
def import_cow(directory: Path | None, output: Path | None) -> None:
    """Import the Correlates of War IGO v3 dataset from DIRECTORY.

    DIRECTORY holds igo_year_formatv3.csv, state_columns.csv and states2016.csv, plain or
    gzipped (default: $BLOCGRAPH_COW_DIR, else the copy shipped with blocgraph, whose
    citation is in data/cow/source/README.md).
    """
    from .importers import cow

    directory = directory or cow.default_cow_dir()
    output = output or cow.default_output()
    on_terminal = sys.stderr.isatty()

    def progress(message: str) -> None:  # one updating status line, on a terminal only
        if on_terminal:
            click.echo(f"\r{message[:78]:<78}", err=True, nl=False)

    counts = cow.convert(directory, output, progress=progress)
    if on_terminal:
        click.echo("", err=True)
    click.echo(
        f"{counts['blocs']} blocs, {counts['states']} states, {counts['memberships']} "
        f"memberships, {counts['triples']} triples -> {output} ({counts['seconds']:.1f} s)"
    )


@cli.command("load", epilog=example("load --endpoint http://127.0.0.1:7878/query --replace"))
@click.option(
    "--endpoint",
    "endpoint",
    metavar="URL",
    help="The store's SPARQL query endpoint (default: the group's --endpoint / env "
    "BLOCGRAPH_ENDPOINT).",
)
@click.option(
    "--update-endpoint",
    metavar="URL",
    help="Its SPARQL Update endpoint (default: .../update next to .../query, else the "
    "query endpoint itself).",
)
@click.option(
    "--gsp",
    metavar="URL",
    help="Upload through this Graph Store Protocol endpoint (one streamed request; "
    "faster) instead of SPARQL Update batches.",
)
@click.option(
    "--graph",
    metavar="IRI",
    help="The graph to load the asserted triples into (default: "
    "<https://w3id.org/blocgraph/kb>); the derived ones go into "
    "<https://w3id.org/blocgraph/graph/derived>, or IRI/derived when --graph is given "
    "(on Virtuoso: into the graph itself).",
)
@click.option(
    "--replace", is_flag=True, help="Replace the graph's contents (default: add to them)."
)
@click.option(
    "--input",
    "source",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Load this N-Triples (or .ttl Turtle) file instead of the knowledge base, "
    "e.g. for benchmarks; blank nodes are refused.",
)
@click.option(
    "--cleanup",
    is_flag=True,
    help="Only remove the staging graphs that loads which did not finish left in the store "
    "(those of loads started over 6 hours ago; every load does this first).",
)
@click.pass_context
def load_cmd(ctx, endpoint, update_endpoint, gsp, graph, replace, source, cleanup) -> None:
    """Load the whole knowledge base (as `export` writes it) into an external triple store.

    The asserted triples go into one named graph and the derived ones into another, as in
    the embedded store (on Virtuoso, into one); lookups with --endpoint see both where the
    store's default graph is the union of its graphs (Virtuoso; `oxigraph serve
    --union-default-graph`). All or
    nothing: what the graphs lack (and, with --replace, what they have that the data lacks)
    goes into staging graphs first and is applied with one update, so a failure part-way
    leaves the graphs as they were; a reload of unchanged data sends nothing.
    Transient errors are retried; each step must end within BLOCGRAPH_TIMEOUT seconds
    (default 60; not counting the time the data takes to upload). Staging graphs that a load
    which did not finish left behind are removed first (--cleanup: only that). Credentials
    come from BLOCGRAPH_USER / BLOCGRAPH_PASSWORD (BLOCGRAPH_AUTH=basic|digest; Virtuoso
    needs digest) or ~/.netrc, never from the command line. Exit status 2 if the store cannot
    be reached or refuses the data.
    """
    from .errors import InputError
    from .load import load
    from .output import printable

    endpoint = endpoint or ctx.find_root().obj.get("endpoint")
    if not endpoint:
        raise InputError("load needs --endpoint URL (the store's SPARQL query endpoint)")
    if cleanup:
        from .load import cleanup as remove_stale

        if graph or replace or source:
            raise InputError(
                "--cleanup only removes stale staging graphs: drop --graph, --replace and --input"
            )
        done = remove_stale(endpoint, update_endpoint=update_endpoint)
        for line in done.lines():
            click.echo(printable(line), err=True)
        click.echo(done.summary())
        return
    bar = None
    progress = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=1, label="Loading", file=sys.stderr, show_eta=True)

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

    try:
        result = load(
            endpoint,
            update_endpoint=update_endpoint,
            gsp=gsp,
            graph=graph,
            replace=replace,
            source=source,
            progress=progress,
        )
    finally:
        if bar is not None:
            bar.render_finish()
    for line in [*(result.cleanup.lines() if result.cleanup else []), *result.notes]:
        click.echo(printable(line), err=True)
    click.echo(result.summary())


@cli.command(
    "extract",
    epilog=example("extract report.txt --published 2020-02 --format ttl -o draft.ttl"),
)
@click.argument("report", metavar="REPORT")
@click.option(
    "--published",
    metavar="DATE",
    help="The report's publication date (YYYY-MM-DD, YYYY-MM or YYYY): relative dates "
    "('on Thursday', 'later this year') are read from it. Default: a leading "
    "'date YYYY-MM-DD' line, else unknown.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "ttl", "table"]),
    default="table",
    show_default=True,
    help="table: a review sheet (fact, quote, from, conflicts); json: the proposals; "
    "ttl: a draft in the ontology for `blocgraph accept`.",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write to this file (atomically); default: standard output.",
)
@click.pass_context
def extract_cmd(ctx, report: str, published: str | None, fmt: str, output: str | None) -> None:
    """Propose the meetings, participants and invitations a news report states, each with
    its quote, checked against the knowledge base. REPORT is a text file (- for stdin).
    """
    from .extract.report import read_report, write_output

    where = "standard input" if report == "-" else report
    result = _kb(ctx).extract(read_report(report), published, where)
    write_output(result, fmt, output)


@cli.command("accept", epilog=example("accept draft.ttl"))
@click.argument("draft", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--into",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The data file to merge into; default: data/meetings/<BLOC>/extracted.ttl.",
)
@click.pass_context
def accept_cmd(ctx, draft: Path, into: Path | None) -> None:
    """Merge a reviewed draft (from `blocgraph extract --format ttl`) into the data: only
    what is not recorded yet, and only if the result validates. Prints what it added.
    """
    from .bounded import run

    kb = _kb(ctx)
    merge = run(lambda: kb.accept(draft, into), None, "the merge")
    for line in merge.lines():
        click.echo(line)
