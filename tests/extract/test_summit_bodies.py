"""Round 28's summit bodies (meeting_finding.summit_body): "the summit" of a bloc whose summit
body's name does not say "summit" is the one body of the bloc with recorded meetings that is no
body of ministers, heads of government, secretaries or an executive council; where none is left
(NATO's "Heads of State and Government" beside its foreign ministers), the one body whose own
name says summit or heads of state. SAARC's cabinet secretaries and the AU's Executive Council
are not their blocs' summits."""

from __future__ import annotations

import pytest

from blocgraph.extract import meeting_finding


@pytest.mark.parametrize(
    ("bloc", "body"),
    [
        ("NATO", "north-atlantic-council-summit"),
        ("SAARC", "summit"),
        ("AU", "assembly"),
        ("OAU", "assembly"),
        ("CSTO", "collective-security-council"),
        ("GCC", "supreme-council"),
    ],
)
def test_the_blocs_summit_body(gaz, bloc, body):
    found = meeting_finding.summit_body(gaz, bloc)
    assert found is not None and found.iri.rsplit("/", 1)[-1] == body


def test_a_german_nato_summit_with_its_members_counted(extract_json):
    result = extract_json("In London begann der Gipfel der 16 Nato-Mitglieder.", None)
    (meeting,) = result["meetings"]
    assert meeting["body"].endswith("body/NATO/north-atlantic-council-summit")
    assert len(meeting["participants"]) == 16
