"""The ``blocgraph`` command line: each command parses its options, calls one library
function and renders the result. Errors become one line on stderr and an exit code
(0 ok, 1 validation violations, 2 any error); no traceback reaches the user."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import BlocgraphError, InputError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


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


def _store(ctx: click.Context):
    """The store to answer from: a remote endpoint if one is given, else the embedded one."""
    obj = ctx.find_root().obj
    if obj.get("store") is None:
        endpoint = obj.get("endpoint")
        from .bounded import timeout_from_env

        timeout = timeout_from_env(obj.get("timeout"))
        if endpoint:
            from .store import RemoteStore

            obj["store"] = RemoteStore(endpoint, timeout=timeout)
        else:
            from .store import open_embedded

            obj["store"] = open_embedded(
                allow_service=bool(obj.get("allow_service")), timeout=timeout
            )
    return obj["store"]


def _emit(result, fmt: str) -> None:
    from .output import printable, render

    terminal = _on_terminal()
    click.echo(render(result.rows, result.columns, fmt, terminal=terminal))
    # Notes are for a person (why an answer is empty, what to ask instead): on a terminal
    # only, on stderr, so that piped data stays data.
    if terminal:
        for note in getattr(result, "notes", ()):
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


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
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

    Example:

        blocgraph attended SCO --status observer --year 2020
    """
    ctx.ensure_object(dict)
    ctx.obj["endpoint"] = endpoint
    ctx.obj["allow_service"] = allow_service
    ctx.obj["timeout"] = timeout


@cli.command()
@click.argument("bloc")
@click.option("--on", "on", metavar="DATE", help="The day (YYYY-MM-DD); default: today.")
@click.option("--year", metavar="YEAR", help="Any time in this year instead of one day.")
@click.option(
    "--status",
    metavar="STATUS",
    help="Only this status: member, observer, suspended, ... ('unknown': COW's missing data).",
)
@click.option("--all", "all_rows", is_flag=True, help=ALL_HELP)
@output_options
@click.pass_context
def members(
    ctx, bloc: str, on: str | None, year: str | None, status: str | None, all_rows: bool, fmt: str
):
    """States holding a status in BLOC on a date (or at any time in a year).

    A suspended member has status 'suspended' for the span of its suspension, so
    --status member leaves it out. Rows of COW's 'unknown' status are left out unless
    --status unknown or --all.

    Example:

        blocgraph members SCO --on 2017-06-09 --status member
    """
    from . import lookups

    result = lookups.members(_store(ctx), bloc, on=on, status=status, year=year, all_rows=all_rows)
    _emit(result, fmt)


@cli.command("search")
@click.argument("text")
@output_options
@click.pass_context
def search_cmd(ctx, text: str, fmt: str) -> None:
    """Find blocs and states by name, abbreviation or code.

    Example:

        blocgraph search shanghai
    """
    from . import lookups

    _emit(lookups.search(_store(ctx), text), fmt)


@cli.command("state")
@click.argument("state")
@click.option("--on", "on", metavar="DATE", help="Only the statuses that held on this day.")
@click.option("--all", "all_rows", is_flag=True, help=ALL_HELP)
@click.option(
    "--meetings",
    "show_meetings",
    is_flag=True,
    help="The meetings the state was at (or stayed away from) instead of its memberships.",
)
@click.option("--bloc", metavar="BLOC", help="With --meetings: only this bloc's meetings.")
@click.option("--from", "from_year", metavar="YEAR", help="With --meetings: from this year.")
@click.option("--to", "to_year", metavar="YEAR", help="With --meetings: to this year.")
@output_options
@click.pass_context
def state_cmd(
    ctx,
    state: str,
    on: str | None,
    all_rows: bool,
    show_meetings: bool,
    bloc: str | None,
    from_year: str | None,
    to_year: str | None,
    fmt: str,
) -> None:
    """Every bloc STATE has belonged to, in which status and when.

    STATE is an ISO alpha-2 or alpha-3 code, a name or another name, in any case. A
    suspension shows as its own interval (status 'suspended') between the member intervals
    around it. Rows of COW's 'unknown' status (missing data) are left out unless --all.

    Example:

        blocgraph state "Russian Federation"
    """
    from . import lookups

    if show_meetings:
        if on is not None:
            raise InputError("--on is for memberships; with --meetings use --from and --to")
        result = lookups.state_meetings(
            _store(ctx), state, bloc=bloc, from_year=from_year, to_year=to_year
        )
    else:
        if bloc or from_year or to_year:
            raise InputError("--bloc, --from and --to go with --meetings")
        result = lookups.state(_store(ctx), state, on=on, all_rows=all_rows)
    _emit(result, fmt)


@cli.command("meetings")
@click.argument("bloc", required=False)
@click.option("--year", metavar="YEAR", help="Only meetings that started in this year.")
@click.option("--host", metavar="STATE", help="Only meetings hosted by this state.")
@click.option(
    "--series",
    metavar="NAME",
    help="Only this series of BLOC: its id, initials (chs) or a part of its name "
    "(`blocgraph bloc BLOC` lists them).",
)
@output_options
@click.pass_context
def meetings_cmd(
    ctx, bloc: str | None, year: str | None, host: str | None, series: str | None, fmt: str
) -> None:
    """Meetings of BLOC's bodies (all blocs when omitted).

    Example:

        blocgraph meetings SCO --series chs
    """
    from . import lookups

    _emit(lookups.meetings(_store(ctx), bloc, year=year, host=host, series=series), fmt)


@cli.command("bloc")
@click.argument("bloc")
@click.option("--on", "on", metavar="DATE", help="Count the states by status on this day.")
@output_options
@click.pass_context
def bloc_cmd(ctx, bloc: str, on: str | None, fmt: str) -> None:
    """One bloc at a glance: founding, predecessor, states by status, bodies, series, sources.

    Example:

        blocgraph bloc SCO
    """
    from . import lookups
    from .render_text import bloc_text

    result = lookups.bloc(_store(ctx), bloc, on=on)
    if fmt == "table":
        _say(bloc_text(result))
    else:
        from .output import render, render_record

        if fmt == "json":
            click.echo(render_record(result))
        else:
            click.echo(render(result.rows, result.columns, "csv", terminal=_on_terminal()))


@cli.command("meeting")
@click.argument("meeting")
@output_options
@click.pass_context
def meeting_cmd(ctx, meeting: str, fmt: str) -> None:
    """One meeting: details, participants with capacity and attendance, sources.

    MEETING is a meeting id as `blocgraph meetings` lists it (e.g. SCO/dsewg-9).

    Example:

        blocgraph meeting SCO/dsewg-9
    """
    from . import lookups
    from .output import render, to_json

    result = lookups.meeting(_store(ctx), meeting)
    if fmt == "json":
        record = {k: v for k, v in result.details.items() if k not in ("invitations", "sources")}
        record = {k: (v if isinstance(v, list) else str(v)) for k, v in record.items()}
        import json

        record["participants"] = json.loads(to_json(result.rows, result.columns))
        for part in ("invitations", "sources"):
            rows = result.details[part]
            record[part] = json.loads(to_json(rows, list(rows[0]) if rows else []))
        from .output import json_text

        click.echo(json_text([record]))
        return
    if fmt == "csv":
        click.echo(render(result.rows, result.columns, "csv", terminal=_on_terminal()))
        return
    from .namespaces import short_id

    d = result.details
    _say(f"{result.title}  [{short_id(d.get('meeting', ''))}]")
    fields = [
        ("body", d.get("body_label")),
        ("bloc", short_id(d["bloc"]) if d.get("bloc") else None),
        ("series", f"{short_id(d['series'])} #{d['ordinal']}" if d.get("ordinal") else None),
        ("host", d.get("host_label")),
        ("place", d.get("place")),
        ("dates", " .. ".join(str(d[k]) for k in ("start", "end") if d.get(k))),
        ("status", d.get("status")),
        ("format", d.get("format")),
        ("plan", d.get("plan_label")),
        ("inaugurated by", d.get("inaugurated_by")),
        ("topics", ", ".join(d.get("topics", []))),
    ]
    for key, value in fields:
        if value:
            _say(f"  {key + ':':<16}{value}")
    click.echo("\nParticipants")
    click.echo(render(result.rows, result.columns, "table"))
    if d.get("invitations"):
        click.echo("\nInvitations")
        cols = ["state", "label", "person", "invited_by", "announced_by", "announced_on"]
        click.echo(render(d["invitations"], cols, "table"))
    if d.get("sources"):
        from .render_text import meeting_sources_lines

        click.echo("\nSources, with the quotes taken from each")
        for line in meeting_sources_lines(d["sources"]):
            _say(line)


@cli.command()
@click.argument("bloc", required=False)
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
def attended(
    ctx,
    bloc: str | None,
    status: str,
    year: str | None,
    from_year: str | None,
    to_year: str | None,
    fmt: str,
) -> None:
    """States that attended meetings of BLOC while holding a status (observer by default).

    Example:

        blocgraph attended SCO --status observer --from 2015 --to 2025
    """
    from . import lookups

    result = lookups.attended(
        _store(ctx), bloc, status=status, year=year, from_year=from_year, to_year=to_year
    )
    _emit(result, fmt)


@cli.command()
@click.argument("bloc", required=False)
@year_span_options
@output_options
@click.pass_context
def absences(
    ctx, bloc: str | None, year: str | None, from_year: str | None, to_year: str | None, fmt: str
) -> None:
    """States the sources say stayed away from a meeting of BLOC they could have attended.

    A head of state who stayed home while a minister came is not an absence: the state
    attended (see `blocgraph meeting` for who represented it).

    Example:

        blocgraph absences G20 --from 2015 --to 2025
    """
    from . import lookups

    _emit(lookups.absences(_store(ctx), bloc, year=year, from_year=from_year, to_year=to_year), fmt)


@cli.command()
@click.argument("state_a", metavar="STATE")
@click.argument("state_b", metavar="STATE")
@click.option("--on", "on", metavar="DATE", help="The day (YYYY-MM-DD); default: today.")
@click.option(
    "--status",
    metavar="STATUS",
    default="member",
    show_default=True,
    help="The status both must hold.",
)
@output_options
@click.pass_context
def joint(ctx, state_a: str, state_b: str, on: str | None, status: str, fmt: str) -> None:
    """Blocs both states belong to on a date (and how many).

    Example:

        blocgraph joint India Pakistan --on 2020-02-20
    """
    from . import lookups

    result = lookups.joint(_store(ctx), state_a, state_b, on=on, status=status)
    _emit(result, fmt)
    if fmt == "table":
        click.echo(f"\n{len(result.rows)} bloc(s)")


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {item!r} is not KEY=VALUE")
        params[key.strip()] = value
    return params


@cli.command()
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
def query(ctx, name: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a named query of the library, or a .rq file, with parameters.

    Parameters are bound as RDF terms (a VALUES block), never pasted into the query text.

    Example:

        blocgraph query members-on --param bloc=SCO --param date=2017-06-09
    """
    from . import lookups

    _emit(lookups.run_query(_store(ctx), name, _parse_params(params)), fmt)


@cli.command("queries")
@output_options
def queries_cmd(fmt: str) -> None:
    """List the named queries: names, titles and parameters.

    Example:

        blocgraph queries
    """
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


@cli.command()
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

    Example:

        blocgraph validate my-meetings.ttl
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


@cli.command()
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
def export(fmt: str, output: Path | None) -> None:
    """Export the whole knowledge base (ontology, data and derived dates).

    Example:

        blocgraph export --format nt -o blocgraph.nt
    """
    from .export import export_store

    export_store(fmt, output, sys.stdout.buffer)


@cli.command()
@click.option("--force", is_flag=True, help="Rebuild even if the store is current.")
def build(force: bool) -> None:
    """Build the embedded store from the ontology and data (done on first use anyway).

    Example:

        blocgraph build --force
    """
    import time

    from .bounded import run
    from .store import ensure_store

    started = time.perf_counter()
    location = run(lambda: ensure_store(force=force), None, "the build")
    from .store import EmbeddedStore

    count = len(EmbeddedStore(location))
    click.echo(f"{count} triples in {location} ({time.perf_counter() - started:.2f} s)")


@cli.group("import")
def import_group() -> None:
    """Convert external datasets into blocgraph's ontology.

    Example:

        blocgraph import cow -o cow.nt.gz
    """


@import_group.command("cow")
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

    Example:

        blocgraph import cow -o cow.nt.gz
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


@cli.command("load")
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
    help="The graph to load into (default: the default graph; on Virtuoso, which has "
    "no writable default graph, <https://w3id.org/blocgraph/kb>).",
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

    All or nothing: what the graph lacks (and, with --replace, what it has that the data
    lacks) goes into staging graphs first and is applied with one update, so a failure
    part-way leaves the target graph as it was; a reload of unchanged data sends nothing.
    Transient errors are retried; each step must end within BLOCGRAPH_TIMEOUT seconds
    (default 60; not counting the time the data takes to upload). Staging graphs that a load
    which did not finish left behind are removed first (--cleanup: only that). Credentials
    come from BLOCGRAPH_USER / BLOCGRAPH_PASSWORD (BLOCGRAPH_AUTH=basic|digest; Virtuoso
    needs digest) or ~/.netrc, never from the command line. Exit status 2 if the store cannot
    be reached or refuses the data.

    Example:

        blocgraph load --endpoint http://127.0.0.1:7878/query --replace
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
