"""Which meetings a report is about (src/blocgraph/extract/meeting_choice.py and its hooks in
proposals.py): a bloc that takes part is no meeting of its own, one recorded meeting is one
proposal, a summit is named in the languages the corpus has. Each text is written for the rule
it tests, after the families of the dev read set's misses (round 8)."""

from __future__ import annotations

ID = "https://w3id.org/blocgraph/id/"


def _tail(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def _blocs(result: dict) -> list[str | None]:
    return [_tail(m["bloc"]) for m in result["meetings"]]


def _states(meeting: dict) -> dict[str | None, str]:
    return {_tail(p["state"]): p["capacity"] for p in meeting["participants"]}


def test_a_bloc_listed_with_states_as_observers_is_no_meeting(extract_json):
    """ "China, Japan, the European Union and the United States are attending the summit as
    observers": the EU is one of the summit's observers; its states are the summit's."""
    text = (
        "New Delhi, Apr 3: The 14th summit of the South Asian Association for Regional "
        "Cooperation (SAARC) opened here today.\n"
        "China, Japan, Korea, the European Union and the United States are attending the summit "
        "as observers."
    )
    result = extract_json(text, "2007-04-03")
    assert _blocs(result) == ["SAARC"]
    states = _states(result["meetings"][0])
    assert {"CHN", "JPN", "USA"} <= states.keys()


def test_a_bloc_with_observer_status_is_no_meeting(extract_json):
    text = (
        "THIMPHU: The 16th SAARC summit started here on Wednesday.\n"
        "Representatives from the observer states including China, Iran, Japan and European "
        "Union having observer status to the Summit also reached Thimphu to participate in the "
        "Summit."
    )
    result = extract_json(text, "2010-04-28")
    assert _blocs(result) == ["SAARC"]
    assert {"CHN", "IRN", "JPN"} <= _states(result["meetings"][0]).keys()


def test_organisations_listed_after_a_colon_are_no_meetings(extract_json):
    """ "representatives of international organisations: the United Nations, the CIS, the
    CSTO ... and ASEAN": invited organisations, none of them holding a meeting; the states of
    the sentences after it are the SCO summit's."""
    text = (
        "UFA, July 10. /TASS/. Presidents of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan "
        "and Uzbekistan on Friday will participate in a session of the SCO Heads of State "
        "Council.\n"
        "Among those invited are also representatives of international organisations: the United "
        "Nations, the Commonwealth of Independent States (CIS), the Collective Security Treaty "
        "Organisation (CSTO), the Conference on Interaction and Confidence Building Measures in "
        "Asia (CICA) and the Association of Southeast Asian Nations (ASEAN), as well as heads of "
        "the SCO Business Council and Interbank Association.\n"
        "Over the past two days, Ufa, capital of Russia's Bashkortostan Republic, has turned into "
        "a centre of global political life, with the leaders of Belarus and Armenia attending."
    )
    result = extract_json(text, "2015-07-10")
    assert _blocs(result) == ["SCO"]
    assert {"BLR", "ARM"} <= _states(result["meetings"][0]).keys()


def test_a_blocs_official_is_no_meeting_of_that_bloc(extract_json):
    """ "accompanied by NATO Secretary General Jens Stoltenberg": NATO's official at the G7
    ministers' meeting, not a NATO meeting."""
    text = (
        "G7 foreign ministers gathered on the island of Capri on Wednesday.\n"
        "Minister of Foreign Affairs of Ukraine Dmytro Kuleba, who will arrive on the island on "
        "Thursday accompanied by NATO Secretary General Jens Stoltenberg, was invited to the "
        "extraordinary session."
    )
    result = extract_json(text, "2024-04-17")
    assert set(_blocs(result)) == {"G7"}


def test_a_joint_session_of_a_blocs_body_is_that_bodys_meeting(extract_json):
    """ "will participate in a joint session of the SCO Heads of State Council": the council's
    own meeting (not a joint session with a partner, a meeting apart)."""
    text = (
        "SCO heads of state to hold summit in Ufa\n\n"
        "Presidents of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan on "
        "Friday will participate in a joint session of the SCO Heads of State Council."
    )
    result = extract_json(text, "2015-07-09")
    assert _blocs(result) == ["SCO"]
    assert {"RUS", "CHN", "KAZ", "KGZ", "TJK", "UZB"} <= _states(result["meetings"][0]).keys()


def test_cimeira_is_a_summit(extract_json):
    """European Portuguese "cimeira": the summit ("participarão na cimeira do BRICS")."""
    text = (
        "Os presidentes da Rússia, Vladimir Putin, e da África do Sul, Cyril Ramaphosa, e o "
        "primeiro-ministro indiano, Narendra Modi, também participarão na cimeira do BRICS."
    )
    result = extract_json(text, "2019-11")
    assert _blocs(result) == ["BRICS"]
    assert _tail(result["meetings"][0]["body"]) == "summit"


def test_a_summit_between_two_blocs_in_portuguese(extract_json):
    """ "Esta cimeira entre UE e União Africana (UA)": a summit of the two blocs, no body of
    either (not the AU Assembly)."""
    text = (
        "Esta cimeira entre UE e União Africana (UA), originalmente prevista para 2020, pode "
        "finalmente ter lugar, com a presença em Bruxelas de chefes de Estado de Portugal, "
        "Angola e Moçambique."
    )
    result = extract_json(text, None)
    assert _blocs(result) == ["EU"]
    assert result["meetings"][0]["body"] is None


def test_a_page_stamp_dates_no_meeting(extract_json):
    """ "Updated: 00:00 GMT, Jan 1, 1970 | Published: ...": the page's stamps, under the
    headline, are not the summit's day (and make no second summit of 1970)."""
    text = (
        "G7 Summit 2016: G7 leaders hold talks with outreach countries including Sri Lanka\n\n"
        "Updated: 00:00 GMT, Jan 1, 1970 | Published: 05:36 GMT, May 27, 2016 |\n\n"
        "Japanese Prime Minister Shinzo Abe and other leaders from the Group of Seven nations "
        "(G7) met leaders of outreach countries on Friday (May 27) at the summit in Ise-Shima."
    )
    result = extract_json(text, "2016-05-27")
    assert _blocs(result) == ["G7"]
    assert result["meetings"][0]["start"] != "1970-01-01"


def test_one_recorded_meeting_named_twice_is_one_proposal(extract_json):
    """The NATO summit of 14 June 2021 named in the lead and again in a quoted tweet: one
    meeting, with the participants of both."""
    text = (
        "Brussels 25.04.2021 The U.S. President Joe Biden will participate in the NATO Summit on "
        "June 14 in Brussels, the White House said.\n"
        "“I am pleased to announce that the next Summit of #NATO leaders will take place on 14 "
        "June 2021 in Brussels,” Stoltenberg wrote, adding that Belgium will host it."
    )
    result = extract_json(text, "2021-04-25")
    summits = [m for m in result["meetings"] if _tail(m["bloc"]) == "NATO"]
    assert len(summits) == 1
    assert summits[0]["existing"] == ID + "meeting/NATO/summit-2021-06-14"


def test_a_summit_far_from_its_bloc_is_the_blocs_summit(extract_json):
    """ "Six of the Group of Seven leaders discussed ..., wrapping up a summit": the sentence
    names one bloc; the summit it wraps up is that bloc's."""
    text = (
        "KANANASKIS, Alberta >> Six of the Group of Seven leaders discussed Russia’s war in "
        "Ukraine and international cooperation on some non-military issues, wrapping up a "
        "summit that was forced to demonstrate how the wealthy nations’ club still can shape "
        "world events.\n"
        "Canadian Prime Minister Mark Carney and his counterparts from the U.K., France, Germany, "
        "Italy and Japan were joined during Tuesday’s final sessions by Ukrainian President "
        "Volodymyr Zelenskyy."
    )
    result = extract_json(text, None)
    assert _blocs(result) == ["G7"]
    assert _tail(result["meetings"][0]["body"]) == "summit"


def test_a_summit_named_by_its_city_in_passing_does_not_take_the_reports_summit(extract_json):
    """ "It will be the first SCO summit since ... at the Astana summit in Kazakhstan in 2017":
    the Astana summit is another meeting, named in passing; "will attend the summit" after it
    is the report's own summit, the Qingdao one."""
    text = (
        "Chinese President Xi Jinping will chair the 18th Shanghai Cooperation Organization (SCO) "
        "Summit, which is scheduled for June 9 to 10 in Qingdao.\n\n"
        "It will be the first SCO summit since its expansion when India and Pakistan were "
        "accepted as full members at the Astana summit in Kazakhstan in 2017.\n\n"
        "Leaders of the eight SCO member states and the four observer states will attend the "
        "summit to exchange their views on cooperation."
    )
    result = extract_json(text, "2018-06-05")
    qingdao = next(m for m in result["meetings"] if m["start"] == "2018-06-09")
    assert qingdao["existing"] == ID + "meeting/SCO/chs-2018"
    states = _states(qingdao)
    assert {"IND", "PAK", "RUS", "KAZ"} <= states.keys()
    assert states["MNG"] == "observer"
    astana = [m for m in result["meetings"] if m is not qingdao]
    assert all(not m["participants"] or _tail(m["existing"]) == "chs-2017" for m in astana)
    assert all("IND" not in _states(m) for m in astana)


def test_a_date_line_under_the_headline_is_the_pages_day(extract_json):
    """ "Montevideo acogerá cumbre del Mercosur en diciembre / 12 de noviembre de 2024": the
    line under the headline is the day the page was written, not a second summit's."""
    text = (
        "Montevideo acogerá cumbre del Mercosur en diciembre\n"
        "12 de noviembre de 2024\n\n"
        "La cumbre de presidentes del Mercosur se celebrará en Montevideo los días 5 y 6 de "
        "diciembre, con la presencia del presidente de Uruguay, Luis Lacalle Pou."
    )
    result = extract_json(text, "2024-11-12")
    assert [m["start"] for m in result["meetings"]] == ["2024-12-05"]
    assert result["meetings"][0]["existing"] == ID + "meeting/Mercosur/summit-65"


def test_sommet_extraordinaire_is_of_the_extraordinary_series(extract_json):
    text = (
        "Les travaux du sommet extraordinaire de l'Union africaine (UA), consacré au lancement "
        "officiel de la Zone de libre échange continentale (ZLEC), ont débuté mercredi à Kigali "
        "avec la participation du Premier ministre algérien et du président du Rwanda."
    )
    result = extract_json(text, None)
    assert _blocs(result) == ["AU"]
    assert result["meetings"][0]["series"].endswith("/AU/assembly-extraordinary-session")


def test_two_listed_summits_with_the_body_named_once(extract_json):
    """ "presided over the 44th ASEAN Summit (plenary session) and the 45th Summit (retreat
    session) with the attendance of ...": two summits, each with the states of the sentence."""
    text = (
        "On 9 October 2024, at the National Convention Centre in Vientiane, as the Chair of "
        "ASEAN 2024, the Prime Minister of the Lao PDR presided over the 44th ASEAN Summit "
        "(plenary session) and the 45th Summit (retreat session) with the attendance of ASEAN "
        "Leaders, a non-political representative of Myanmar and the Prime Minister of "
        "Timor-Leste."
    )
    result = extract_json(text, None)
    records = sorted(_tail(m["existing"]) for m in result["meetings"])
    assert records == ["summit-44", "summit-45"]
    for m in result["meetings"]:
        assert {"MMR", "TLS"} <= _states(m).keys()


def test_the_date_a_sentence_opens_with_dates_its_meeting(extract_json):
    """ "On 9 October 2024, at the National Convention Centre in Vientiane, as the Chair of
    ASEAN 2024, the Prime Minister ... presided over the 44th ASEAN Summit": the opening date
    is the summit's, however far the sentence runs before naming it."""
    text = (
        "On 9 October 2024, at the National Convention Centre in Vientiane, as the Chair of "
        "ASEAN 2024, the Prime Minister of the Lao PDR presided over the 44th ASEAN Summit "
        "(plenary session) with the attendance of the Prime Minister of Timor-Leste."
    )
    result = extract_json(text, None)
    assert [(m["start"], m["end"]) for m in result["meetings"]] == [("2024-10-09", "2024-10-09")]


def test_a_summit_held_here_is_held_in_the_datelines_city(extract_json):
    """ "New Delhi, Apr 3: The 14th summit of SAARC opened here today": "here" is the
    dateline's city, so the summit's venue and host."""
    text = (
        "New Delhi, Apr 3: The 14th summit of the South Asian Association for Regional "
        "Cooperation (SAARC) opened here today, with Prime Minister Manmohan Singh delivering "
        "the inaugural address."
    )
    result = extract_json(text, "2007-04-03")
    summit = result["meetings"][0]
    assert (_tail(summit["host"]), summit["city"]) == ("IND", "New Delhi")


def test_a_dateline_alone_is_not_the_venue(extract_json):
    """The same dateline over a summit held elsewhere: no "here", no venue from it."""
    text = (
        "New Delhi, Apr 3: The 14th summit of the South Asian Association for Regional "
        "Cooperation (SAARC) opened in Colombo today, with Prime Minister Manmohan Singh "
        "delivering the inaugural address."
    )
    result = extract_json(text, "2007-04-03")
    assert _tail(result["meetings"][0]["host"]) != "IND"


def test_an_ordinal_only_proposal_is_folded_into_the_blocs_one_body_proposal():
    """ "the 44th summit" (an ordinal, no body) and "the ASEAN Summit" (the body, no ordinal):
    one meeting, the body's, with the ordinal and both's participants; not where the body's
    proposal has another ordinal, nor where two of the bloc's body proposals could take it."""
    from blocgraph.extract.dates import PartialDate
    from blocgraph.extract.gazetteer import Body
    from blocgraph.extract.meeting_choice import merge_ordinal_only
    from blocgraph.extract.proposals import Meeting

    summit = Body(ID + "body/ASEAN/summit", "ASEAN", ["ASEAN Summit"], ID + "series/ASEAN/summit")
    ministers = Body(ID + "body/ASEAN/amm", "ASEAN", ["AMM"], ID + "series/ASEAN/amm")

    def meetings() -> tuple[Meeting, Meeting]:
        numbered = Meeting(bloc="ASEAN", ordinal=44, first_offset=0, quote="the 44th summit")
        numbered.participants["LAO"] = "a participant"  # type: ignore[assignment]
        named = Meeting(bloc="ASEAN", body=summit, first_offset=50, quote="the ASEAN Summit")
        named.participants["THA"] = "a participant"  # type: ignore[assignment]
        return numbered, named

    numbered, named = meetings()
    assert merge_ordinal_only([numbered, named]) == [named]
    assert named.ordinal == 44 and set(named.participants) == {"LAO", "THA"}

    numbered, named = meetings()
    named.ordinal = 43  # another summit of the series
    assert merge_ordinal_only([numbered, named]) == [numbered, named]

    numbered, named = meetings()
    numbered.start, named.start = PartialDate(2024, 10, 8), PartialDate(2024, 5, 2)  # apart
    assert merge_ordinal_only([numbered, named]) == [numbered, named]

    numbered, named = meetings()
    other = Meeting(bloc="ASEAN", body=ministers, first_offset=90, quote="the AMM")
    assert merge_ordinal_only([numbered, named, other]) == [numbered, named, other]
