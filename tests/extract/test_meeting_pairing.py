"""Finding and keeping the report's meetings (round 13, issue 10): a joint meeting of several of
a bloc's councils is one meeting of its own, not each council's; a meeting named by its number
alone takes its body from the bloc's one recorded meeting of that number near the report's day;
a report whose only meeting is named by a body of the bloc keeps it with no other fact. The
sentences are the dev read set's (reports 274, 311, 303)."""

from __future__ import annotations

from datetime import date

from blocgraph.extract import meeting_finding
from blocgraph.extract.dates import PartialDate
from blocgraph.extract.gazetteer import Gazetteer, RecordedMeeting
from blocgraph.extract.proposals import Meeting

ID = "https://w3id.org/blocgraph/id/"


def _tail(iri: str | None) -> str | None:
    return iri[len(ID) :] if iri else None


def test_a_joint_meeting_of_three_councils_is_one_meeting_of_no_council(extract_json):
    """274: "Defence Minister Belousov took part in the joint meeting of the Council of Foreign
    Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security
    Councils of the CSTO": not a meeting of the foreign ministers' council nor of the defence
    ministers' (as both were proposed before), one meeting the three hold together."""
    text = (
        "Министр обороны России Андрей Белоусов принял участие в совместном заседании Совета "
        "министров иностранных дел, Совета министров обороны и Комитета секретарей советов "
        "безопасности ОДКБ."
    )
    result = extract_json(text, "2025-11-27")
    assert [(_tail(m["bloc"]), m["series"]) for m in result["meetings"]] == [("bloc/CSTO", None)]
    assert [_tail(p["state"]) for p in result["meetings"][0]["participants"]] == ["state/RUS"]


def test_a_joint_meeting_needs_a_list_of_councils(extract_json):
    """ "a joint meeting of the Council of Foreign Ministers" alone is that council's meeting."""
    text = (
        "Russian Foreign Minister Sergei Lavrov took part in a joint meeting of the Council of "
        "Foreign Ministers of the Collective Security Treaty Organization (CSTO)."
    )
    result = extract_json(text, "2025-11-27")
    assert [_tail(m["series"]) for m in result["meetings"]] == [
        "series/CSTO/council-of-foreign-ministers"
    ]


def test_a_meeting_named_by_its_number_is_the_one_recorded_with_it_that_week(extract_json):
    """311: "the 177th meeting of OPEC" names no body; the OPEC Conference's 177th meeting was
    held on 5 December 2019, the day of the report: that meeting, of that series. The same
    sentence in a report of August 2021, when OPEC held no meeting that week, names no recorded
    meeting (its 177th was years before)."""
    text = (
        "Iran’s Oil Minister Bijan Namdar Zanganeh landed in Vienna Thursday morning to take part "
        "in the 177th meeting of the Organization of Petroleum Exporting Countries (OPEC) in "
        "order to assess the situation of this resource in the international market."
    )
    meeting = extract_json(text, "2019-12-05")["meetings"][0]
    assert _tail(meeting["existing"]) == "meeting/OPEC/conference-177"
    assert _tail(meeting["series"]) == "series/OPEC/conference"
    later = extract_json(text, "2021-08-15")["meetings"][0]
    assert later["existing"] is None and later["series"] is None


def test_record_by_ordinal_wants_one_meeting_of_that_number_near_the_day():
    def record(iri: str, body: str, ordinal: int, start: str) -> RecordedMeeting:
        return RecordedMeeting(iri, "X", body, None, ordinal, start, None, None, None)

    gaz = Gazetteer(
        meetings=[
            record("conf-20", "conf", 20, "2013-01-27"),
            record("council-20", "council", 20, "2012-01-26"),
            record("conf-21", "conf", 21, "2013-05-26"),
            record("council-21", "council", 21, "2013-05-20"),
        ]
    )
    by = meeting_finding.record_by_ordinal
    numbered = Meeting(bloc="X", ordinal=20)
    assert by(gaz, numbered, PartialDate.of(date(2012, 1, 20))).iri == "council-20"
    assert by(gaz, numbered, PartialDate.of(date(2013, 2, 1))).iri == "conf-20"
    assert by(gaz, numbered, PartialDate.of(date(2014, 1, 20))) is None  # none that year
    assert by(gaz, numbered, None) is None  # no day to be near
    assert by(gaz, Meeting(bloc="X", ordinal=21), PartialDate.of(date(2013, 5, 22))) is None
    joint = Meeting(bloc="X", ordinal=20, joint=True)  # with a partner: not the bloc's own
    assert by(gaz, joint, PartialDate.of(date(2012, 1, 20))) is None


def test_a_summit_with_no_other_fact_read_is_kept_for_its_series(extract_json):
    """303: a Spanish report of the ASEAN summit in Vientiane whose leaders the extractor does
    not read: its summit, named by the bloc's summit body ("Esta cumbre ... ASEAN"), is kept."""
    text = (
        "Los 10 líderes asiáticos han asistido a la ceremonia de apertura hoy martes en la "
        "capital del Laos, Vientián, con el presidente Bounnhang Vorachith del país anfitrión.\n"
        "La Asociación de Naciones del Sudeste Asiático (ASEAN) consta de 10 Estados del sudeste "
        "de Asia: Indonesia, Malasia, Filipinas, Singapur, Tailandia, Vietnam, Brunéi, Laos, "
        "Camboya y Myanmar.\n"
        "Esta cumbre busca promover la cooperación intergubernamental y facilitar la integración "
        "económica entre sus países miembros."
    )
    result = extract_json(text, None)
    assert [_tail(m["series"]) for m in result["meetings"]] == ["series/ASEAN/summit"]


def test_a_bloc_named_in_a_german_compound_noun(gaz):
    """308: "der 28 NATO-Staaten", "der neuen NATO-Raketenabwehr": German writes the bloc's
    name joined to a noun; the bloc is named. "NATO-Russland" joins another party, and an
    English "EU-Western" is no German compound."""
    from blocgraph.extract.proposals import _matcher

    text = "Die Staats- und Regierungschefs der 28 NATO-Staaten wollen am Sonntag beraten."
    assert [b for b, _at in _matcher(gaz, text).blocs(text)] == ["NATO"]
    other = "Der NATO-Russland-Rat tagt nicht, sagte die Sprecherin der Allianz."
    assert _matcher(gaz, other).blocs(other) == []
    english = "The EU-Western Balkans summit will be held in Brdo on Wednesday."
    assert [b for b, _at in _matcher(gaz, english).blocs(english)] == []


def test_the_meeting_of_a_german_report_naming_its_bloc_only_in_compounds(extract_json):
    """308: the report names NATO only in "NATO-Staaten" and "NATO-Raketenabwehr", and its
    meeting only as "dem Gipfel": a NATO meeting, the one the knowledge base records on the day
    the report came out (before, no bloc was read and no meeting proposed)."""
    text = (
        "Chicago - Die Staats- und Regierungschefs der 28 NATO-Staaten wollen am Sonntag in "
        "Chicago eine engere Zusammenarbeit bei größeren Rüstungsprojekten beschließen. Damit "
        "reagieren sie auf die Finanznot der Verteidigungshaushalte in den Bündnisländern.\n\n"
        "Bei dem Gipfel soll auch eine erste Stufe der neuen NATO-Raketenabwehr in Europa für "
        "einsatzbereit erklärt werden."
    )
    result = extract_json(text, "2012-05-20")
    assert [(_tail(m["bloc"]), _tail(m["existing"])) for m in result["meetings"]] == [
        ("bloc/NATO", "meeting/NATO/summit-2012-05-20")
    ]
