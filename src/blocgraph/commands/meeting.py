"""`blocgraph meeting`."""

from __future__ import annotations

import click

from ..completion import complete_meeting
from . import emit, example, knowledge_base, output_options


@click.command("meeting", epilog=example("meeting SCO/dsewg-9"))
@click.argument("meeting", shell_complete=complete_meeting)
@output_options
@click.pass_context
def meeting_cmd(ctx: click.Context, meeting: str, fmt: str) -> None:
    """One meeting: details, participants with capacity and attendance, sources.

    MEETING is a meeting id as `blocgraph meetings` lists it (e.g. SCO/dsewg-9).
    """
    emit(knowledge_base(ctx).meeting(meeting), fmt, "meeting_text")
