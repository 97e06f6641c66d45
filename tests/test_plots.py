"""Timelines (blocgraph.plots, `blocgraph timeline`) on the shipped data.

What a picture should show is worked out independently from the data files with rdflib, not
through the store or the queries the picture is drawn from. The SCO and NATO pictures are also
written to tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from blocgraph import plots  # noqa: E402  (after the skip: the plot extra is optional)

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ID = "https://w3id.org/blocgraph/id/"
SVG = "{http://www.w3.org/2000/svg}"


@cache
def _graph_of(bloc: str):
    """The bloc and its memberships, read with rdflib from the data files (the COW import
    filtered to that bloc's memberships first, so as not to parse 340,000 lines)."""
    import rdflib

    graph = rdflib.Graph()
    for path in sorted((REPO / "data").rglob("*.ttl")):
        graph.parse(path, format="turtle")
    organization = f"<http://www.w3.org/ns/org#organization> <{ID}bloc/{bloc}>"
    with gzip.open(REPO / "data/cow/cow-igo-v3.nt.gz", "rt", encoding="utf-8") as lines:
        cow = lines.readlines()
    subjects = {line.split(" ", 1)[0] for line in cow if organization in line}
    graph.parse(
        data="".join(line for line in cow if line.split(" ", 1)[0] in subjects), format="nt"
    )
    return graph


def _memberships(bloc: str) -> list[tuple[str, str, str]]:
    """(state id, status, start as written) of every membership of ``bloc`` but COW's
    "unknown" ones."""
    import rdflib

    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    schema = rdflib.Namespace("https://schema.org/")
    graph = _graph_of(bloc)
    out = []
    for membership in graph.subjects(org.organization, rdflib.URIRef(f"{ID}bloc/{bloc}")):
        role = str(graph.value(membership, org.role))
        status = role.rsplit("/", 1)[1]
        if status == "unknown":
            continue
        state = str(graph.value(membership, org.member)).rsplit("/", 1)[1]
        out.append((state, status, str(graph.value(membership, schema.startDate))))
    return out


def _founded(bloc: str) -> str:
    import rdflib

    bg = rdflib.Namespace("https://w3id.org/blocgraph/ontology#")
    return str(_graph_of(bloc).value(rdflib.URIRef(f"{ID}bloc/{bloc}"), bg.foundingDate))


def _bars(svg: str) -> dict[str, dict]:
    """The bars of an SVG timeline by id: their fill colour and tooltip."""
    root = ET.fromstring(svg)
    bars = {}
    for group in root.iter(f"{SVG}g"):
        gid = group.get("id", "")
        if not gid.startswith("bar-") or gid.endswith(("-open", "-1", "-2")):
            continue
        path = group.find(f"{SVG}path")
        style = dict(
            part.strip().split(": ", 1) for part in path.get("style", "").split(";") if part.strip()
        )
        title = group.find(f"{SVG}title")
        bars[gid] = {"fill": style.get("fill"), "title": None if title is None else title.text}
    return bars


@pytest.fixture(scope="module")
def sco_svg(store):
    svg = plots.timeline_svg(store, "SCO")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "timeline-sco.svg").write_text(svg, encoding="utf-8")
    return svg


@pytest.fixture(scope="module")
def sco_figure(store):
    return plots.timeline_figure(store, "SCO")


def test_the_sco_picture_has_one_row_per_state_that_ever_held_a_status(sco_figure, sco_svg):
    expected = {state for state, _, _ in _memberships("SCO")}
    assert len(expected) >= 25  # the founders, the observers, the partners
    timeline = sco_figure.blocgraph_timeline
    assert {row.key for row in timeline.rows} == expected
    ax = sco_figure.axes[0]
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    assert len(labels) == len(expected) == len(set(labels))
    assert {gid.split("-")[1] for gid in _bars(sco_svg)} == expected


def test_rows_are_in_the_order_of_their_first_status(sco_figure):
    rows = sco_figure.blocgraph_timeline.rows
    firsts = [(row.first, row.label) for row in rows]
    assert firsts == sorted(firsts)
    assert rows[0].key in {"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}  # the founders


def test_belarus_bars_have_its_statuses_in_their_colours(sco_svg):
    expected = sorted(
        (start, status) for state, status, start in _memberships("SCO") if state == "BLR"
    )
    # The history the sources give: dialogue partner, then observer, then member.
    assert [status for _, status in expected] == ["dialogue-partner", "observer", "member"]
    bars = {gid: bar for gid, bar in _bars(sco_svg).items() if gid.startswith("bar-BLR-")}
    assert sorted(bars) == sorted(f"bar-BLR-{status}-{start}" for start, status in expected)
    for start, status in expected:
        bar = bars[f"bar-BLR-{status}-{start}"]
        assert bar["fill"].lower() == plots.STATUS_COLOURS[status].lower(), (status, bar)
        assert bar["title"].startswith(f"Belarus: {status.replace('-', ' ')}")
        assert start in bar["title"]
    assert len({bar["fill"] for bar in bars.values()}) == 3


def test_the_same_status_has_the_same_colour_everywhere(sco_svg, store):
    nato = _bars(plots.timeline_svg(store, "NATO"))
    member_fills = {
        bar["fill"].lower()
        for svg in (_bars(sco_svg), nato)
        for gid, bar in svg.items()
        if "-member-" in gid
    }
    assert member_fills == {plots.STATUS_COLOURS["member"].lower()}


def test_the_year_axis_spans_the_founding_to_today(sco_figure, sco_svg):
    from matplotlib import dates as mdates

    ax = sco_figure.axes[0]
    low, high = (mdates.num2date(x).date() for x in ax.get_xlim())
    founded = dt.date.fromisoformat(_founded("SCO"))
    assert low == dt.date(founded.year, 1, 1)
    assert high >= dt.date.today()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all(t.isdigit() for t in ticks)
    assert int(ticks[0]) <= founded.year + 2 and int(ticks[-1]) >= dt.date.today().year - 2
    assert f"{founded.year}\u2013{dt.date.today().year}" in sco_figure.get_suptitle()
    assert "Shanghai Cooperation Organisation" in sco_figure.get_suptitle()
    # The founding: a marked line with a label naming the day.
    root = ET.fromstring(sco_svg)
    ids = {g.get("id") for g in root.iter(f"{SVG}g")}
    assert {"founded", "founded-label"} <= ids
    label = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "founded-label")
    assert "founded 15 June 2001" in "".join(label.itertext())


def test_the_nato_picture(store):
    figure = plots.timeline_figure(store, "NATO")
    expected = {state for state, _, _ in _memberships("NATO")}
    assert {row.key for row in figure.blocgraph_timeline.rows} == expected
    assert len(figure.axes[0].get_yticklabels()) == len(expected)
    founded = _founded("NATO")
    assert figure.blocgraph_timeline.founded[1] == founded
    # Tall pictures grow with their rows rather than squeeze the labels together.
    assert figure.get_size_inches()[1] >= 0.25 * len(expected)
    ARTIFACTS.mkdir(exist_ok=True)
    for suffix in (".svg", ".png"):
        plots.write_timeline(store, "NATO", path=ARTIFACTS / f"timeline-nato{suffix}")


def test_the_sco_png_is_a_picture(store):
    from matplotlib import image

    ARTIFACTS.mkdir(exist_ok=True)
    path = plots.write_timeline(store, "SCO", path=ARTIFACTS / "timeline-sco.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    height, width, _ = image.imread(path).shape
    assert width > 1000 and height > 800


def test_a_state_across_its_blocs(store):
    from blocgraph import lookups

    figure = plots.timeline_figure(store, state="Belarus")
    timeline = figure.blocgraph_timeline
    blocs = {str(row["bloc"]).rsplit("/", 1)[1] for row in lookups.state(store, "BLR").rows}
    assert {row.key for row in timeline.rows} == blocs
    assert timeline.title.startswith("Belarus")
    sco = next(row for row in timeline.rows if row.key == "SCO")
    assert [bar.status for bar in sco.bars] == ["dialogue-partner", "observer", "member"]
    assert timeline.founded is None  # many blocs, no one founding


def test_a_span_keeps_the_rows_of_that_span(store):
    timeline = plots.timeline(store, "SCO", from_year=2005, to_year=2010)
    keys = {row.key for row in timeline.rows}
    assert {"IND", "PAK", "IRN", "MNG", "BLR", "LKA"} <= keys
    assert not keys & {"TUR", "AFG", "EGY", "LAO"}  # their first status came later
    assert timeline.first == dt.date(2005, 1, 1) and timeline.last == dt.date(2010, 12, 31)
    assert timeline.title.endswith("2005\u20132010")


def test_year_precision_dates_are_drawn_apart(store):
    """Mongolia's observer status starts in 2004, to the year: that year is a paler stretch
    of its own (a second patch of the bar), not a bar starting on 1 January."""
    svg = plots.timeline_svg(store, "SCO")
    root = ET.fromstring(svg)
    ids = {g.get("id") for g in root.iter(f"{SVG}g")}
    assert {"bar-MNG-observer-2004", "bar-MNG-observer-2004-1"} <= ids
    assert "bar-RUS-member-2001-06-15-1" not in ids  # a day-precision start has no such part


def test_html_embeds_the_svg_with_a_title_and_a_caption(store, tmp_path):
    path = plots.write_timeline(store, "SCO", path=tmp_path / "sco.html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "<title>Shanghai Cooperation Organisation (SCO)" in text
    assert "<figcaption>" in text and "<?xml" not in text
    svg = text[text.index("<svg") : text.index("</svg>") + len("</svg>")]
    assert "bar-BLR-member-2024-07-04" in _bars(svg)


def test_the_svg_is_the_same_for_the_same_data(store):
    assert plots.timeline_svg(store, "NATO") == plots.timeline_svg(store, "NATO")


# --- the command --------------------------------------------------------------------------


def _one_error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


def test_timeline_writes_the_file_its_suffix_names(cli_run, tmp_path, store):
    for suffix in (".svg", ".png", ".html"):
        out = tmp_path / f"sco{suffix}"
        result = cli_run("timeline", "SCO", "--from", "2010", "-o", str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    ET.fromstring((tmp_path / "sco.svg").read_text(encoding="utf-8"))


def test_timeline_without_o_writes_id_timeline_svg_here(cli_run, store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli_run("timeline", "shanghai cooperation organisation")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "SCO-timeline.svg").is_file()
    result = cli_run("timeline", "--state", "belarus")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "BLR-timeline.svg").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline"], "give a BLOC or --state STATE"),
        (["timeline", "SOC"], "unknown bloc 'SOC'"),
        (["timeline", "--state", "Atlantis"], "unknown state 'Atlantis'"),
        (["timeline", "SCO", "--from", "2010", "--to", "2001"], "--from 2010 is after --to 2001"),
        (["timeline", "SCO", "--from", "soon"], "--from: 'soon' is not a year"),
        (["timeline", "SCO", "--to", "1995"], "SCO was founded on 2001-06-15"),
        (["timeline", "SCO", "--state", "USA"], "USA held no status in SCO"),
        (["timeline", "SCO", "-o", "sco.pdf"], "unknown picture format '.pdf'"),
        (["timeline", "SCO", "-o", "no/such/folder/sco.svg"], "does not exist"),
    ],
)
def test_timeline_bad_input_is_one_line_and_writes_nothing(
    cli_run, store, tmp_path, monkeypatch, args, message
):
    monkeypatch.chdir(tmp_path)
    result = cli_run(*args)
    assert result.exit_code == 2
    assert message in _one_error_line(result)
    assert list(tmp_path.iterdir()) == []


def test_without_matplotlib_the_error_says_what_to_install(store, tmp_path):
    probe = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "from blocgraph.cli import cli\n"
        "cli(['timeline', 'SCO', '-o', sys.argv[1]], prog_name='blocgraph')\n"
    )
    out = tmp_path / "sco.svg"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(out)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "Error: timelines need matplotlib: pip install 'blocgraph[plot]'"
    )
    assert not out.exists()


def test_a_lookup_does_not_import_matplotlib(store):
    probe = (
        "import sys\nfrom blocgraph.cli import cli\n"
        "try:\n    cli(['members', 'SCO'], prog_name='blocgraph')\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('matplotlib', 'blocgraph.plots'))),"
        " file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr


def test_the_readme_shows_a_timeline_that_exists():
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    timelines = [image for image in images if "timeline" in image]
    assert timelines, "the README shows no timeline"
    for image in timelines:
        assert (REPO / image).is_file(), image
        assert (REPO / image).stat().st_size < 300_000, f"{image}: keep README pictures small"
