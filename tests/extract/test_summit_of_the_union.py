"""Round 29's meeting rules for a bloc with several summit-level bodies and a report dated by its
month (meeting_finding.summit_body, record_of_undated; proposals.py): "the summit of the
European Union" is the European Council, the body that meets far more often than the Eastern
Partnership Summit; a report dated "2018-12" about the bloc's meeting is the one meeting the
record holds that month; the Italian papers' "Ue" and "a Bruxelles" are the EU and a venue; and
the EU's summit with a state ("UE-Russie", "entre l'Union européenne et la Russie") is not the
European Council. The sentences are written for these tests, not taken from the corpus."""

from __future__ import annotations

from blocgraph.extract import meeting_finding


def _tail(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def test_the_eu_summit_body_is_the_one_that_meets_far_more_often(gaz):
    assert _tail(meeting_finding.summit_body(gaz, "EU").iri) == "european-council"


def test_the_summit_of_the_union_named_after_the_noun(extract_json):
    [m] = extract_json(
        "At the opening of the summit of the European Union in Brussels on Thursday, the "
        "leaders observed a minute of silence.",
        "2018-12-14",
    )["meetings"]
    assert (_tail(m["series"]), m["start"], m["city"]) == (
        "european-council",
        "2018-12-13",
        "Brussels",
    )
    assert _tail(m["existing"]) == "european-council-2018-12-13"


def test_a_report_dated_by_its_month_is_about_the_months_one_recorded_meeting(extract_json):
    """ "date 2018-12", no day in the text: the European Council of 13-14 December 2018, the
    one recorded that month; read from the Italian "Consiglio Ue", with its venue "a
    Bruxelles"; its body and series are the record's (the text says "riunione", not "vertice")."""
    [m] = extract_json(
        "In apertura della riunione del Consiglio Ue a Bruxelles, i capi di Stato e di governo "
        "della Ue hanno osservato un minuto di silenzio per le vittime. Il premier italiano è "
        "arrivato alle 16.00 alla sede del Consiglio in cui si svolge il vertice.",
        "2018-12",
    )["meetings"]
    assert _tail(m["existing"]) == "european-council-2018-12-13"
    assert _tail(m["series"]) == "european-council"
    assert m["city"] == "Bruxelles" and m["start"] is None
    # the Italian premier at the bloc's meeting: a member, from the knowledge base
    italy = next(p for p in m["participants"] if p["state"].endswith("/ITA"))
    assert (italy["capacity"], italy["from"]) == ("member", "kb")


def test_a_month_with_two_recorded_meetings_names_neither():
    """The month's one meeting or none: where the record holds two meetings of the body in
    the window, the report's is not known."""
    from blocgraph.extract.gazetteer import Gazetteer, RecordedMeeting

    gaz = Gazetteer()
    gaz.meetings = [
        RecordedMeeting("m1", "EU", "ec", "s", None, "2020-10-01", "2020-10-02", None, None),
        RecordedMeeting("m2", "EU", "ec", "s", None, "2020-10-15", "2020-10-16", None, None),
        RecordedMeeting("m3", "EU", "ec", "s", None, "2020-12-10", "2020-12-11", None, None),
    ]
    assert meeting_finding.recorded_in_month(gaz, "EU", "ec", 2020, 10) is None
    assert meeting_finding.recorded_in_month(gaz, "EU", "ec", 2020, 12).iri == "m3"
    assert meeting_finding.recorded_in_month(gaz, "EU", "ec", 2020, 8) is None
    # a meeting a few days into the next month is one a report of the month's end previews
    assert meeting_finding.recorded_in_month(gaz, "EU", "ec", 2020, 9).iri == "m1"


def test_a_spanish_a_before_a_city_is_no_venue(extract_json):
    """ "viajó a Bruselas": Spanish's "a" is "to"; only an Italian report's "a" places a
    meeting."""
    result = extract_json(
        "El presidente viajó a Bruselas el jueves para una cumbre de la Unión Europea con los "
        "líderes.",
        "2018-12-14",
    )
    assert all(m["city"] is None for m in result["meetings"])


def test_the_unions_summit_with_a_state_is_not_the_european_council(extract_json):
    for text in (
        "Les dirigeants de l’UE dînaient hier soir avec le président russe, premier rendez-vous "
        "d’un sommet en Sibérie qui doit lancer des négociations sur un accord UE-Russie.",
        "Sommet en Sibérie pour des négociations sur un accord stratégique entre l’Union "
        "européenne et la Russie.",
    ):
        meetings = extract_json(text, "2008-06-27")["meetings"]
        assert all(_tail(m["series"]) != "european-council" for m in meetings), text


def test_the_unions_own_summit_where_a_pair_is_only_discussed(extract_json):
    """ "the EU summit" glued: the European Council, though its leaders discussed EU-China
    relations."""
    [m] = extract_json(
        "At the EU summit on Thursday, leaders discussed EU-China relations.", "2018-12-14"
    )["meetings"]
    assert _tail(m["series"]) == "european-council"


def test_an_undated_meeting_and_a_state_with_one_status_since_it_joined(extract_json):
    """No date anywhere: Armenia has been an EAEU member since 2015 and held no other status,
    so it took part as a member, flagged for the reviewer; Sweden, an invitee before it was a
    NATO member, gets no capacity."""
    [m] = extract_json(
        "The Armenian prime minister attended the meeting of the Eurasian Intergovernmental "
        "Council in Cholpon-Ata.",
        None,
    )["meetings"]
    armenia = next(p for p in m["participants"] if p["state"].endswith("/ARM"))
    assert (armenia["capacity"], armenia["from"]) == ("member", "kb")
    assert any("only from 2015" in c for c in armenia["conflicts"])
    [m] = extract_json(
        "The Swedish Foreign Minister attended the meeting of NATO foreign ministers in Brussels.",
        None,
    )["meetings"]
    sweden = next(p for p in m["participants"] if p["state"].endswith("/SWE"))
    assert sweden["capacity"] is None
