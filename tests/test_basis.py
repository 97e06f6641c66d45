"""What a participation rests on (bg:basis): the data is marked as
scripts/mark_participation_basis.py marks it, the script finds a file that forgets the marker,
restores a file's own layout when it writes, and a second run changes nothing; its rules on the
cases data/README.md names ("What a participation rests on")."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "mark_participation_basis.py"
ID = "https://w3id.org/blocgraph/id/"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("mark_participation_basis", SCRIPT)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    # dataclasses look their module up in sys.modules while the class is made
    sys.modules[spec.name] = module  # type: ignore[union-attr]
    try:
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        yield module
    finally:
        sys.modules.pop(spec.name, None)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def namer(script, store):
    from blocgraph.extract import gazetteer

    return script.Namer(gazetteer.load(store))


def test_the_data_is_marked_as_the_script_marks_it(script, namer):
    """Every participation in data/ carries the bg:basis the script decides. A file added
    without the marker (or with a wrong one) fails here, naming the file and the participation."""
    planned = script.plan(script.data_files(), namer)
    assert sum(len(d) for d in planned.values()) >= 5000, "the participations were not found"
    wrong = [
        f"{path.relative_to(REPO)}: <{script._relative(p.iri)}> has "
        f"{'basis:' + p.basis if p.basis else 'no bg:basis'}, should be basis:{basis}"
        for path, decided in planned.items()
        for p, basis in decided
        if p.basis != basis
    ]
    assert not wrong, (
        f"{len(wrong)} participations not marked: run python scripts/mark_participation_basis.py"
        "\n" + "\n".join(wrong[:20])
    )
    bases = {basis for decided in planned.values() for _, basis in decided}
    assert bases == {"named", "collective"}


SAMPLE = REPO / "data" / "meetings" / "ShanghaiFive" / "summit.ttl"


def _unmarked(text: str) -> str:
    text = re.sub(r"^@prefix basis:[^\n]*\n", "", text, flags=re.MULTILINE)
    return re.sub(r"^\s+bg:basis basis:\w+ ;\n", "", text, flags=re.MULTILINE)


def test_a_file_without_the_marker_is_named_then_marked_in_its_own_layout(
    script, namer, tmp_path, capsys, monkeypatch
):
    """--check names the file and each participation and exits 1; a run writes the markers
    back exactly where the data has them (the file comes back byte for byte); a second run
    writes nothing; --check then passes."""
    original = SAMPLE.read_text(encoding="utf-8")
    assert "bg:basis basis:collective" in original and "bg:basis basis:named" in original
    copy = tmp_path / "summit.ttl"
    copy.write_text(_unmarked(original), encoding="utf-8")
    assert "bg:basis" not in copy.read_text(encoding="utf-8")
    monkeypatch.setattr(script, "load_namer", lambda: namer)

    assert script.main(["--check", str(copy)]) == 1
    out = capsys.readouterr()
    assert f"{copy}: <participation/ShanghaiFive/summit-2/KAZ> has no bg:basis" in out.out
    assert "should be basis:collective" in out.out and "run it" in out.err
    assert copy.read_text(encoding="utf-8") == _unmarked(original)  # --check writes nothing

    assert script.main([str(copy)]) == 0
    assert copy.read_text(encoding="utf-8") == original
    stamp = copy.stat().st_mtime_ns
    assert script.main([str(copy)]) == 0
    assert copy.stat().st_mtime_ns == stamp  # nothing to do: not rewritten
    assert script.main(["--check", str(copy)]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["summit.ttl"]  # no temporary file left


def test_a_missing_or_broken_file_is_a_one_line_error(script, tmp_path, capsys):
    assert script.main(["--check", str(tmp_path / "nope.ttl")]) == 2
    assert "nope.ttl: no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("<participation/X/y/Z> a bg:Participation", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.ttl: not valid Turtle"):
        script.parse(bad)


def test_a_file_that_changes_a_fact_is_not_written(script, tmp_path):
    """The rewrite is checked by parsing: a block the script would break is refused, and the
    file is left as it was."""
    path = tmp_path / "odd.ttl"
    text = (
        "@base <https://w3id.org/blocgraph/id/> .\n"
        "@prefix bg: <https://w3id.org/blocgraph/ontology#> .\n"
        # the subject's statement ends on its own line: no place for a marker inside it
        "<participation/T/m/FRA> a bg:Participation .\n"
    )
    path.write_text(text, encoding="utf-8")
    p = script.Participation(ID + "participation/T/m/FRA", "FRA", False)
    with pytest.raises(SystemExit, match="cannot place bg:basis"):
        script.apply(path, [(p, "named")])
    assert path.read_text(encoding="utf-8") == text


def _p(script, state, quotes, host=False, reps=()):
    return script.Participation(ID + f"participation/T/m/{state}", state, host, quotes, list(reps))


@pytest.mark.parametrize(
    "state, quote, host, reps, expected",
    [
        # A count names no one; a leader named beside it is named (data/meetings/EU).
        (
            "DEU",
            "Boris Johnson and the 27 remaining EU leaders are tucking into dinner",
            False,
            (),
            "collective",
        ),
        (
            "GBR",
            "Boris Johnson and the 27 remaining EU leaders are tucking into dinner",
            False,
            ("Prime Minister Boris Johnson",),
            "named",
        ),
        # The meeting's place names the host, not the others.
        (
            "NLD",
            "Hosted at the World Forum in The Hague, the summit brought together all 32 members.",
            True,
            (),
            "named",
        ),
        (
            "BEL",
            "Live coverage as the 28 EU leaders meet in Brussels Friday.",
            False,
            (),
            "collective",
        ),
        # A demonym names; a title alone does not.
        ("NLD", "the Dutch prime minister arrived", False, (), "named"),
        ("NLD", "the prime minister arrived", False, ("Prime Minister",), "collective"),
        # A representative's surname, in capitals, and a two-word name of short words.
        (
            "UGA",
            "A FEW DID SHOW UP -- NOTABLY SENGHOR, AMIN, NIMEIRI",
            False,
            ("President Idi Amin",),
            "named",
        ),
        ("KHM", "PM Hun Sen attended", False, ("Prime Minister Hun Sen",), "named"),
        # Accents do not matter; a name in another script from FORMS counts.
        ("JPN", "Shinzo Abe (Host)", False, ("Prime Minister Shinzō Abe",), "named"),
        ("ARM", "президенты России Владимир Путин, Армении Серж Саргсян", False, (), "named"),
        # A name inside a longer word is no name ("Oman" in "Romania").
        ("OMN", "leaders of Romania and the 27 others", False, (), "collective"),
    ],
)
def test_the_rules(script, namer, state, quote, host, reps, expected):
    assert namer.basis(_p(script, state, [quote], host, reps)) == expected


def test_an_override_wins_and_says_why(script, namer):
    iri = "participation/EU/european-council-2014-07-16/GBR"
    basis, reason = script.OVERRIDES[iri]
    assert basis == "named" and reason
    p = script.Participation(ID + iri, "GBR", False, ["I attended the special European Council"])
    assert namer.names_state(p) is False  # the rules alone would call it collective
    assert namer.basis(p) == "named"


def test_every_override_is_a_participation_in_the_data(script):
    """An override for a participation that no longer exists is stale."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in script.data_files())
    missing = [iri for iri in script.OVERRIDES if f"<{iri}> a bg:Participation" not in text]
    assert not missing, missing


def test_the_script_reads_every_data_folder(script):
    """Any Turtle file with participations is found under data/, whatever its folder (the
    coordinator runs it after new blocs' files are merged)."""
    files = script.data_files()
    assert any("ASEAN" in p.parts for p in files) and any("OAS" in p.parts for p in files)
    assert not any("cow" in p.relative_to(REPO).parts for p in files)
