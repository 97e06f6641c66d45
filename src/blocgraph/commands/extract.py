"""`blocgraph extract`."""

from __future__ import annotations

import click

from . import example, knowledge_base


@click.command(
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
def extract_cmd(
    ctx: click.Context, report: str, published: str | None, fmt: str, output: str | None
) -> None:
    """Propose the meetings, participants and invitations a news report states, each with
    its quote, checked against the knowledge base. REPORT is a text file (- for stdin).
    """
    from ..extract.report import read_report, write_output

    where = "standard input" if report == "-" else report
    result = knowledge_base(ctx).extract(read_report(report), published, where)
    write_output(result, fmt, output)
