"""Timelines: who held which status in a bloc, and when, as a picture (SVG, PNG or HTML).

One row per state (or, for ``state=``, one row per bloc), one bar per status interval, coloured
by status from one fixed colour-blind-safe palette (Okabe & Ito), so a status has the same
colour in every picture. A start or end the sources give only to the month or the year is drawn
lighter over the span it could fall in; a status that still holds runs to today and ends in an
arrow.

The data come from the named queries the lookups use (``members-during``, ``state-memberships``,
``bloc-lineage``); :func:`timeline` gathers them without matplotlib, the drawing functions
import matplotlib only when called, so that it never weighs on a lookup's start-up.

Example::

    >>> from blocgraph.store import open_embedded
    >>> svg = timeline_svg(open_embedded(), "SCO")      # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import BlocgraphError, InputError
from .namespaces import short_id

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .store_protocol import Store

INSTALL_HINT = "timelines need matplotlib: pip install 'blocgraph[plot]'"

# Okabe & Ito's palette (distinguishable with every common colour-vision deficiency): one
# colour per status, in every picture. Statuses not listed get OTHER.
STATUS_COLOURS: dict[str, str] = {
    "member": "#0072B2",  # blue
    "observer": "#E69F00",  # orange
    "dialogue-partner": "#009E73",  # bluish green
    "partner": "#CC79A7",  # reddish purple
    "partner-country": "#56B4E9",  # sky blue
    "associate-member": "#000000",  # black
    "applicant": "#F0E442",  # yellow
    "suspended": "#D55E00",  # vermillion
    "unknown": "#BBBBBB",  # COW's "missing data": left out of pictures, its colour reserved
}
OTHER = "#888888"  # a status the palette does not know yet: grey, never another's colour

# Rows of this many states still fit a page; the figure grows with the rows beyond.
_ROW_INCHES = 0.27
_WIDTH_INCHES = 11.0


@dataclass(frozen=True)
class Bar:
    """One status interval. ``start``..``start_last`` is the span the start could fall in
    (one day for a day-precision date), ``end_first``..``end`` the span of the end; ``end`` is
    None while the status still holds."""

    status: str
    start: dt.date
    start_last: dt.date
    end_first: dt.date | None
    end: dt.date | None
    start_text: str
    end_text: str | None


@dataclass
class Row:
    key: str  # the state's (or bloc's) short id: BLR, SCO
    label: str
    bars: list[Bar] = field(default_factory=list)

    @property
    def first(self) -> dt.date:
        return min(bar.start for bar in self.bars)


@dataclass
class Timeline:
    """What a timeline picture shows, without the drawing."""

    title: str
    kind: str  # "bloc": one row per state; "state": one row per bloc
    key: str  # the bloc's or the state's short id (SCO, BLR): names the default file
    rows: list[Row]
    first: dt.date  # the axis' span
    last: dt.date
    today: dt.date
    founded: tuple[dt.date, str] | None = None  # first day, as written
    dissolved: tuple[dt.date, str] | None = None
    caption: str = ""

    @property
    def statuses(self) -> list[str]:
        """The statuses shown, in the palette's order."""
        seen = {bar.status for row in self.rows for bar in row.bars}
        known = [s for s in STATUS_COLOURS if s in seen]
        return known + sorted(seen - set(STATUS_COLOURS))


def colour(status: str) -> str:
    return STATUS_COLOURS.get(status, OTHER)


def _date_span(literal: Any) -> tuple[dt.date, dt.date]:  # a date literal of a row
    from .dates import bounds

    return bounds(str(literal), literal.datatype)


def _bar(status: str, start: Any, end: Any) -> Bar:  # date literals of a row (end: or None)
    start_first, start_last = _date_span(start)
    end_first, end_last = _date_span(end) if end is not None else (None, None)
    return Bar(
        status,
        start_first,
        start_last,
        end_first,
        end_last,
        str(start),
        None if end is None else str(end),
    )


def _span(from_year: str | None, to_year: str | None) -> tuple[int | None, int | None]:
    from .lookups import year_span

    span = year_span(None, from_year, to_year)
    return (
        None if span["from_year"] is None else int(span["from_year"]),
        None if span["to_year"] is None else int(span["to_year"]),
    )


def timeline(
    store: Store,
    bloc: str | None = None,
    state: str | None = None,
    from_year: str | int | None = None,
    to_year: str | int | None = None,
    today: dt.date | None = None,
) -> Timeline:
    """The rows of a timeline: of ``bloc`` (one row per state that held a status in it), or of
    ``state`` (one row per bloc it held a status in), or of one state in one bloc, between
    ``from_year`` and ``to_year`` (both included) when given. Rows of COW's "unknown" status
    (missing data) are left out, as ``blocgraph members`` leaves them out."""
    if bloc is None and state is None:
        raise InputError("give a BLOC or --state STATE")
    low, high = _span(
        None if from_year is None else str(from_year), None if to_year is None else str(to_year)
    )
    today = today or dt.date.today()
    if bloc is not None:
        return _bloc_timeline(store, bloc, state, low, high, today)
    assert state is not None
    return _state_timeline(store, state, low, high, today)


def _overlaps(bar: Bar, low: int | None, high: int | None) -> bool:
    if high is not None and bar.start > dt.date(high, 12, 31):
        return False
    return not (low is not None and bar.end is not None and bar.end < dt.date(low, 1, 1))


def _axis(
    rows: list[Row],
    low: int | None,
    high: int | None,
    today: dt.date,
    founded: dt.date | None,
    dissolved: dt.date | None,
) -> tuple[dt.date, dt.date]:
    first = min([row.first for row in rows] + ([founded] if founded else []))
    still = min(today, dissolved) if dissolved else today  # open bars end with the bloc
    ends = [bar.end or still for row in rows for bar in row.bars]
    last = max([*ends, *([dissolved] if dissolved else [])])
    first = dt.date(low, 1, 1) if low is not None else dt.date(first.year, 1, 1)
    last = dt.date(high, 12, 31) if high is not None else last
    return first, last


def _years(first: dt.date, last: dt.date) -> str:
    return str(first.year) if first.year == last.year else f"{first.year}\u2013{last.year}"


def _bloc_timeline(
    store: Store, bloc: str, state: str | None, low: int | None, high: int | None, today: dt.date
) -> Timeline:
    from .lookups import run_query
    from .resolve import resolver_for

    options = {"bloc": "BLOC"}
    head_rows = run_query(store, "bloc-lineage", {"bloc": bloc}, options).rows
    head = head_rows[0] if head_rows else {}
    bloc_id = str(head.get("bloc_id") or short_id(str(head.get("bloc") or bloc)))
    name = str(head.get("label") or bloc_id)
    span = {
        "bloc": bloc,
        "from": f"{low:04d}-01-01" if low is not None else "0001-01-01",
        "until": f"{high:04d}-12-31" if high is not None else "9999-12-31",
    }
    found = run_query(store, "members-during", span, {**options, "from": "--from", "until": "--to"})
    wanted = None if state is None else str(resolver_for(store).state(state))
    rows: dict[str, Row] = {}
    for r in found.rows:
        if str(r["status"]) == "unknown" or (wanted is not None and str(r["state"]) != wanted):
            continue
        key = short_id(str(r["state"]))
        row = rows.setdefault(key, Row(key, str(r.get("label") or key)))
        row.bars.append(_bar(str(r["status"]), r["start"], r.get("end")))
    founded = _date_span(head["founded"])[0] if head.get("founded") is not None else None
    dissolved = _date_span(head["dissolved"])[1] if head.get("dissolved") is not None else None
    where = "" if low is None and high is None else f" between {low or '…'} and {high or '…'}"
    if not rows:
        who = f"{state} held no status in {bloc_id}" if state else f"{bloc_id} has no members"
        why = ""
        if low is not None or high is not None:
            from .lookups import lifetime_notes

            notes = lifetime_notes(
                store, bloc, f"{low or 1:04d}-01-01", f"{high or 9999:04d}-12-31"
            )
            why = f" ({notes[0]})" if notes else ""
        raise InputError(f"{who}{where}: nothing to draw{why}")
    ordered = sorted(rows.values(), key=lambda row: (row.first, row.label))
    first, last = _axis(ordered, low, high, today, founded, dissolved)
    title = name if name == bloc_id else f"{name} ({bloc_id})"
    if state is not None:
        title = f"{ordered[0].label} in {title}"
    return Timeline(
        title=f"{title}, {_years(first, last)}",
        kind="bloc",
        key=bloc_id,
        rows=ordered,
        first=first,
        last=last,
        today=today,
        founded=(founded, str(head["founded"])) if founded else None,
        dissolved=(dissolved, str(head["dissolved"])) if dissolved else None,
        caption=(
            f"Every state that held a status in {bloc_id}{where}, one row each, in the order "
            "of their first status."
        ),
    )


def _state_timeline(
    store: Store, state: str, low: int | None, high: int | None, today: dt.date
) -> Timeline:
    from .lookups import run_query

    found = run_query(store, "state-memberships", {"state": state}, {"state": "--state"})
    rows: dict[str, Row] = {}
    label = key = state
    for r in found.rows:
        key = short_id(str(r["state"]))
        label = str(r.get("label") or key)
        if str(r["status"]) == "unknown":
            continue
        bar = _bar(str(r["status"]), r["start"], r.get("end"))
        if not _overlaps(bar, low, high):
            continue
        bloc_id = str(r.get("bloc_id") or short_id(str(r["bloc"])))
        name = str(r.get("bloc_label") or bloc_id)
        shown = bloc_id if name == bloc_id else f"{_short(name)} ({bloc_id})"
        row = rows.setdefault(bloc_id, Row(bloc_id, shown))
        row.bars.append(bar)
    where = "" if low is None and high is None else f" between {low or '…'} and {high or '…'}"
    if not rows:
        raise InputError(f"{state} held no status in any bloc{where}: nothing to draw")
    ordered = sorted(rows.values(), key=lambda row: (row.first, row.label))
    first, last = _axis(ordered, low, high, today, None, None)
    return Timeline(
        title=f"{label} in multilateral blocs, {_years(first, last)}",
        kind="state",
        key=key,
        rows=ordered,
        first=first,
        last=last,
        today=today,
        caption=(
            f"Every bloc {label} held a status in{where}, one row each, in the order of its "
            "first status there."
        ),
    )


def _short(text: str, width: int = 44) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


# --- drawing ----------------------------------------------------------------------------------


def _matplotlib() -> tuple[Any, type[Figure]]:  # the matplotlib module, its Figure class
    try:
        import matplotlib

        # A bare Figure, not pyplot: no backend is chosen or switched (a notebook's stays as it
        # is), no global figure list; savefig renders PNG with Agg and SVG with its own backend.
        from matplotlib.figure import Figure
    except ImportError:
        raise BlocgraphError(INSTALL_HINT) from None
    return matplotlib, Figure


def _year_step(years: int) -> int:
    for limit, step in ((16, 1), (32, 2), (80, 5), (160, 10), (400, 25)):
        if years <= limit:
            return step
    return 50


IMPRECISE = "date known to the month or year only"


def _pale(colour: str) -> str:
    """``colour`` mixed with three parts of white: the background of an uncertain stretch."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{(v + 3 * 255) // 4:02x}" for v in rgb)


def _gid(*parts: str) -> str:
    """An SVG id from data: letters, digits and - . _ only."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", "-".join(parts))


def _bar_title(row: Row, bar: Bar) -> str:
    status = bar.status.replace("-", " ")
    if bar.end_text is None:
        return f"{row.label}: {status} since {bar.start_text}"
    return f"{row.label}: {status}, {bar.start_text} \u2013 {bar.end_text}"


def figure_for(data: Timeline) -> Figure:
    """A matplotlib Figure of a :class:`Timeline` (no pyplot: no global state)."""
    _, Figure = _matplotlib()
    from matplotlib import dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    rows = data.rows
    height = 1.9 + _ROW_INCHES * max(len(rows), 4)
    fig = Figure(figsize=(_WIDTH_INCHES, height), layout="constrained")
    ax = fig.add_subplot()
    x0 = mdates.date2num(data.first)
    x1 = mdates.date2num(data.last)
    pad = (x1 - x0) * 0.015  # room for the arrows of what still holds
    today = mdates.date2num(data.today)
    end_of_bloc = mdates.date2num(data.dissolved[0]) if data.dissolved else None
    imprecise = cut = arrows = False
    for y, row in enumerate(rows):
        for bar in row.bars:
            c = colour(bar.status)
            start = mdates.date2num(bar.start)
            # Certainly held from the last day its start could be to the first day its end
            # could be; lighter either side, where the dates are only a month or a year.
            certain_from = start
            if bar.start_last != bar.start:
                certain_from = mdates.date2num(bar.start_last + dt.timedelta(days=1))
            if bar.end is None:
                end = min(today, end_of_bloc) + 1 if end_of_bloc else today + 1
                certain_to = end
            else:
                end = mdates.date2num(bar.end + dt.timedelta(days=1))
                certain_to = end
                if bar.end_first != bar.end:
                    certain_to = mdates.date2num(bar.end_first)
            # A bar --to cuts short stops at the picture's last day, so that its arrow shows.
            beyond = end > x1 + 1
            cut = cut or beyond
            end, certain_to = min(end, x1 + 1), min(certain_to, x1 + 1)
            certain_from, certain_to = min(certain_from, end), max(min(certain_to, end), start)
            gid = _gid("bar", row.key, bar.status, bar.start_text)
            group = []  # the certain stretch first: it carries the bar's id and tooltip
            if certain_to > certain_from:
                group.append(
                    Rectangle((certain_from, y - 0.32), certain_to - certain_from, 0.64, color=c)
                )
            # The span a month- or year-precision date could fall in: pale and hatched.
            for a, b in ((start, certain_from), (certain_to, end)):
                if b > a:
                    imprecise = True
                    group.append(
                        Rectangle((a, y - 0.32), b - a, 0.64, fc=_pale(c), ec=c, hatch="////", lw=0)
                    )
            for k, patch in enumerate(group):
                patch.set_gid(f"{gid}-{k}" if k else gid)
                patch.set_url(None)
                ax.add_patch(patch)
            if beyond or (bar.end is None and not (end_of_bloc and end_of_bloc < today)):
                # At the bar's end, or at the picture's edge when --to cuts the bar short.
                arrows = True
                ax.plot(
                    [end + pad * 0.35],
                    [y],
                    marker=">",
                    markersize=5,
                    color=c,
                    linestyle="none",
                    clip_on=False,
                    gid=f"{gid}-open",
                )[0].set_in_layout(False)
    # A band above the first row holds the founding and dissolution labels, off the bars.
    ax.set_ylim(len(rows) - 0.5, -1.4)
    ax.set_yticks(range(len(rows)), [row.label for row in rows])
    ax.tick_params(axis="y", length=0, labelsize=9)
    ax.set_xlim(x0, x1 + pad)
    years = data.last.year - data.first.year + 1
    step = _year_step(years)
    ax.xaxis.set_major_locator(mdates.YearLocator(step))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if step > 1:
        ax.xaxis.set_minor_locator(mdates.YearLocator(1))
    ax.tick_params(axis="x", labelsize=9, top=len(rows) > 25, labeltop=len(rows) > 25)
    ax.grid(axis="x", which="major", color="#dddddd", linewidth=0.8)
    ax.grid(axis="x", which="minor", color="#f0f0f0", linewidth=0.5)
    ax.set_axisbelow(True)
    for side in ("right", "top", "left"):
        ax.spines[side].set_visible(False)
    # Alternate row shading helps the eye follow a row across a wide picture.
    for y in range(0, len(rows), 2):
        ax.axhspan(y - 0.5, y + 0.5, color="#f6f6f6", zorder=0, lw=0)
    for marked, word, gid in (
        (data.founded, "founded", "founded"),
        (data.dissolved, "dissolved", "dissolved"),
    ):
        if marked is None:
            continue
        x = mdates.date2num(marked[0] + dt.timedelta(days=1 if word == "dissolved" else 0))
        if not x0 <= x <= x1 + pad:
            continue
        ax.axvline(x, color="#222222", linestyle=(0, (4, 3)), linewidth=1.1, gid=gid, zorder=3)
        ax.annotate(
            f"{word} {_written(marked[1])}",
            xy=(x, -0.95),
            xytext=(3 if word == "founded" else -3, 0),
            textcoords="offset points",
            ha="left" if word == "founded" else "right",
            va="center",
            fontsize=8.5,
            color="#222222",
            gid=f"{gid}-label",
            zorder=4,
        )
    handles: list[Any] = [Patch(color=colour(s), label=s.replace("-", " ")) for s in data.statuses]
    if imprecise:
        handles.append(
            Patch(fc=_pale("#555555"), ec="#555555", hatch="////", lw=0, label=IMPRECISE)
        )
    if arrows:
        handles.append(
            Line2D(
                [],
                [],
                marker=">",
                color="#444444",
                linestyle="none",
                label="continues after the picture's end" if cut else "still holds",
            )
        )
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=min(len(handles), 8),
        frameon=False,
        fontsize=9,
        handlelength=1.4,
    )
    fig.suptitle(data.title, fontsize=13, fontweight="bold")
    ax.set_xlabel(
        f"Drawn from the blocgraph knowledge base on {data.today.isoformat()}",
        fontsize=8,
        color="#555555",
        loc="right",
    )
    # For whoever reads the figure back (the tests do); matplotlib declares no such attribute.
    fig.blocgraph_timeline = data  # type: ignore[attr-defined]
    return fig


def _written(text: str) -> str:
    """A date as a person reads it: 2001-06-15 -> 15 June 2001; 2023-05 -> May 2023."""
    for fmt, out in (("%Y-%m-%d", "%-d %B %Y"), ("%Y-%m", "%B %Y")):
        try:
            return dt.datetime.strptime(text, fmt).strftime(out)
        except ValueError:
            continue
    return text


def timeline_figure(
    store: Store,
    bloc: str | None = None,
    state: str | None = None,
    from_year: str | int | None = None,
    to_year: str | int | None = None,
) -> Figure:
    """The timeline of ``bloc`` (or of ``state`` across its blocs) as a matplotlib Figure."""
    return figure_for(timeline(store, bloc, state, from_year, to_year))


def _render(fig: Figure, fmt: str) -> bytes:
    import io

    matplotlib, _ = _matplotlib()
    out = io.BytesIO()
    # Text stays text in SVG (smaller, searchable, selectable); fixed ids and no date make the
    # same data give the same file.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "blocgraph"}):
        metadata = {"Date": None} if fmt == "svg" else {"Software": "blocgraph (matplotlib)"}
        fig.savefig(out, format=fmt, dpi=130, metadata=metadata, facecolor="white")
    return out.getvalue()


def svg_of(data: Timeline) -> str:
    """A standalone SVG document of a :class:`Timeline`, each bar with a tooltip."""
    svg = _render(figure_for(data), "svg").decode("utf-8")
    titles = {
        _gid("bar", row.key, bar.status, bar.start_text): _bar_title(row, bar)
        for row in data.rows
        for bar in row.bars
    }

    def add_title(match: re.Match) -> str:
        text = titles.get(match.group(1))
        return (
            match.group(0)
            if text is None
            else f"{match.group(0)}\n   <title>{html.escape(text)}</title>"
        )

    return re.sub(r'<g id="([^"]+)">', add_title, svg)


def timeline_svg(
    store: Store,
    bloc: str | None = None,
    state: str | None = None,
    from_year: str | int | None = None,
    to_year: str | int | None = None,
) -> str:
    """The timeline as a standalone SVG document (text), for a file or a web page."""
    return svg_of(timeline(store, bloc, state, from_year, to_year))


def inline_svg(svg: str) -> str:
    """An SVG document without its XML prolog, to sit inside an HTML page."""
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


def html_of(data: Timeline) -> str:
    """A small standalone HTML page: the title, the SVG, and a caption saying how to read it."""
    title = html.escape(data.title)
    caption = html.escape(
        f"{data.caption} Colours: the status held. A lighter stretch: a start or end the sources "
        "give only to the month or year. An arrow: the status still holds."
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        "<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;"
        "padding:0 1rem;color:#222}figure{margin:0}svg{max-width:100%;height:auto}"
        "figcaption{color:#555;font-size:.9rem;margin-top:.5rem}</style>\n"
        "</head>\n<body>\n"
        f"<h1>{title}</h1>\n<figure>\n{inline_svg(svg_of(data))}\n"
        f"<figcaption>{caption}</figcaption>\n</figure>\n</body>\n</html>\n"
    )


FORMATS = (".svg", ".png", ".html")


def write_timeline(
    store: Store,
    bloc: str | None = None,
    state: str | None = None,
    from_year: str | int | None = None,
    to_year: str | int | None = None,
    path: Path | str | None = None,
    option: str = "-o",
) -> Path:
    """Write the timeline to ``path`` (atomically), as SVG, PNG or HTML by its suffix;
    without a path, to ``ID-timeline.svg`` in the current folder (``SCO-timeline.svg``)."""
    if path is not None:
        path = Path(path)
        if path.suffix.lower() not in FORMATS:
            raise InputError(
                f"{option} {path}: unknown picture format {path.suffix or '(none)'!r}; "
                f"give a file ending in {', '.join(FORMATS)}"
            )
    _matplotlib()  # a missing matplotlib is said before any query runs
    data = timeline(store, bloc, state, from_year, to_year)
    if path is None:
        path = Path(_gid(data.key) + "-timeline.svg")
    suffix = path.suffix.lower()
    if suffix == ".svg":
        content = svg_of(data).encode("utf-8")
    elif suffix == ".html":
        content = html_of(data).encode("utf-8")
    else:
        content = _render(figure_for(data), "png")
    from .files import atomic_output

    with atomic_output(path, option) as out:
        out.write(content)
    return path
