"""Round 28's hosts from the record (proposals.py, `_finish`): a meeting the knowledge base
records, with its host, whose host state the text names ("Pakistani Prime Minister ... will
open the 12th summit of SAARC", "le sud de la France accueille ... le G20") has that host,
quoted where the text names it; the host's participation says it comes from the knowledge
base. A text that does not name the state gets no host. The sentences are written for these
tests, not taken from the corpus."""

from __future__ import annotations


def _by_state(meeting: dict) -> dict[str, dict]:
    return {p["state"].rsplit("/", 1)[-1]: p for p in meeting["participants"]}


def test_the_recorded_host_named_in_the_text_hosts(extract_json):
    result = extract_json(
        "Pakistani Prime Minister Zafarullah Jamali will open the 12th summit of the South "
        "Asian Association for Regional Cooperation (SAARC) on Sunday.",
        "2004-01-03",
    )
    (meeting,) = result["meetings"]
    assert meeting["existing"].endswith("meeting/SAARC/summit-12")
    assert meeting["host"].endswith("state/PAK")
    host = _by_state(meeting)["PAK"]
    assert host["capacity"] == "host" and host["from"] == "kb"
    assert "Pakistani" in host["quote"]


def test_a_french_report_naming_the_host_country(extract_json):
    result = extract_json(
        "Le sommet du G20 débute ce jeudi. La célèbre station balnéaire du sud de la France "
        "accueille les 3 et 4 novembre les chefs d’État des pays membres du G20.",
        "2011-11-01",
    )
    (meeting,) = result["meetings"]
    assert meeting["host"].endswith("state/FRA")
    assert meeting["start"] == "2011-11-03" and meeting["end"] == "2011-11-04"
    assert "France" in meeting["host_quote"]
    assert _by_state(meeting)["FRA"]["capacity"] == "host"


def test_no_host_where_the_text_does_not_name_the_state(extract_json):
    result = extract_json(
        "The 12th summit of the South Asian Association for Regional Cooperation (SAARC) opens "
        "on Sunday with the Indian Prime Minister Atal Behari Vajpayee.",
        "2004-01-03",
    )
    (meeting,) = result["meetings"]
    assert meeting["existing"].endswith("meeting/SAARC/summit-12")
    assert meeting["host"] is None
    assert "PAK" not in _by_state(meeting)
    assert _by_state(meeting)["IND"]["capacity"] == "member"
