"""Round 37: names the extractor lacked, and a page's time stamp.

- The European Council in Bulgarian, Croatian, Slovene and the Nordic and Baltic languages
  ("заседанието на Европейския съвет"), a body whose name alone says its bloc.
- Turkish foreign and defence ministers ("NATO Dışişleri Bakanları Toplantısı"): the bloc's
  body of those ministers.
- A time-stamp line labelled in another language ("Oluşturma Tarihi: 2015-05-12 12:57:54")
  gives the year of days the text names without one ("13-14 Mayıs'ta").
- A topic's list in Portuguese, Spanish, French, German or Italian ("em plena crise entre Rússia
  e Ucrânia") names no participants.
- "the ASEAN Defence Ministers' Meeting Plus (ADMM+)", "The ADMM+ took place": the ADMM-Plus,
  the hyphen left out or written "+", not the ADMM.
- "in line with the decision of the CSTO Collective Security Council", "the CSTO Collective
  Security Council projects": what a body decided or drafts, not a meeting of it; and "a plan for
  the joint training ... in 2020": the plan's period, not the meeting's date.
- "KATHMANDU, SEPTEMBER 24" over a report published on the 25th: its "today" is the 24th.
- "малой группы по Сирии" (the small group on Syria): a topic, no participant.
- "プローディ委員長(EU)が参加しました": the bloc an official serves, in brackets after the title,
  is not the meeting's bloc (the Kyushu-Okinawa summit is the G8's, not an EU meeting).
- "the Trade Ministers Meeting": a body's name with its possessive's apostrophe left out; and
  "Trade Ministers from each of the G20 member countries and invited guests ... came together":
  who came, not an invitation.
- A headline over a paragraph written as one long line is a sentence of its own, not the first
  line of a hard-wrapped one.
- Swahili: "utahudhuriwa na nchi wanachama 15 ..., zikiwemo Algeria, ..., Guinea Ikweta" (will
  be attended by, including; Equatorial Guinea, not Guinea); "kikao cha 43 cha Baraza Kuu la
  Mawaziri wa Umoja wa Afrika": the AU Executive Council's 43rd session.
"""

from __future__ import annotations


def _tail(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def test_the_european_council_named_in_bulgarian(extract_json):
    text = (
        "Бойко Борисов ще участва в заседанието на Европейския съвет. Държавните и "
        "правителствени ръководители от ЕС се събират днес и утре в Брюксел."
    )
    (meeting,) = extract_json(text, "2014-12-18")["meetings"]
    assert _tail(meeting["body"]) == "european-council"
    assert _tail(meeting["existing"]) == "european-council-2014-12-18"


def test_turkish_foreign_ministers_and_a_stamp_line_year(extract_json):
    text = (
        "Türkiye, NATO toplantısına evsahipliği yapacak\n"
        "Türkiye, 13-14 Mayıs'ta NATO Dışişleri Bakanları Toplantısı'na evsahipliği yapacak.\n\n"
        "Oluşturma Tarihi: 2015-05-12 12:57:54\n\n"
        "Dışişleri Bakanlığı açıklamasında, Antalya'da düzenlenecek toplantının, NATO Kararlı "
        "Destek Misyonu oturumuyla başlayacağı belirtildi."
    )
    (meeting,) = extract_json(text, None)["meetings"]
    assert _tail(meeting["body"]) == "north-atlantic-council-foreign-ministers"
    assert (meeting["start"], meeting["end"]) == ("2015-05-13", "2015-05-14")
    # the 2015 meeting in Antalya, not the informal one held there on 14-15 May 2025
    assert _tail(meeting["existing"]) == "fmm-2015-05"
    assert _tail(meeting["host"]) == "TUR"


def test_without_the_stamp_line_the_days_have_no_year(extract_json):
    text = (
        "Türkiye, 13-14 Mayıs'ta NATO Dışişleri Bakanları Toplantısı'na evsahipliği yapacak.\n\n"
        "Dışişleri Bakanlığı açıklamasında, toplantının NATO Kararlı Destek Misyonu oturumuyla "
        "başlayacağı belirtildi."
    )
    (meeting,) = extract_json(text, None)["meetings"]
    assert meeting["start"] is None


def test_a_crisis_between_two_states_names_no_participants(extract_json):
    text = (
        "A iniciativa realiza-se em plena crise entre Rússia e Ucrânia, o que levará os líderes "
        "da União Europeia a manterem uma reunião informal em Bruxelas."
    )
    result = extract_json(text, "2022-02-17")
    states = {_tail(p["state"]) for m in result["meetings"] for p in m["participants"]}
    assert not states & {"RUS", "UKR"}


def test_the_admm_plus_with_its_hyphen_left_out(store):
    from blocgraph.extract.gazetteer import load
    from blocgraph.extract.proposals import _matcher

    gaz = load(store)
    text = (
        "Defence ministers gathered at the fourth ASEAN Defence Ministers' Meeting Plus in "
        "Pampanga province."
    )
    found = [(_tail(b.iri), text[s:e]) for b, s, e in _matcher(gaz, text).bodies(text)]
    assert found == [("defence-ministers-meeting-plus", "ASEAN Defence Ministers' Meeting Plus")]
    # an acronym, ASEAN named in the sentences before: "ADMM+" the ADMM-Plus, "ADMM" the ADMM
    text = "The ADMM+ took place just one day after the 11th ADMM."
    found = [(_tail(b.iri), text[s:e]) for b, s, e in _matcher(gaz, text).bodies(text, ["ASEAN"])]
    assert found == [
        ("defence-ministers-meeting-plus", "ADMM+"),
        ("defence-ministers-meeting", "ADMM"),
    ]


def test_a_bodys_papers_and_a_plans_period_are_no_meeting(extract_json):
    text = (
        "A session of the Committee of Secretaries of Security Councils of the Collective "
        "Security Treaty Organization (CSTO) will take place in Bishkek on 27 June. Members of "
        "the Committee are set to discuss measures within the framework of the CSTO in line with "
        "the decision of the CSTO Collective Security Council. Plans are in place to approve "
        "several of the CSTO Collective Security Council projects. Participants of the meeting "
        "are expected to sign a plan for the joint training of forces and assets of the CSTO "
        "collective security system in 2020. Taking part in the event will be secretaries of "
        "the security councils of the CSTO member states."
    )
    (meeting,) = extract_json(text, "2019-06-25")["meetings"]
    assert _tail(meeting["body"]) == "committee-of-secretaries-of-security-councils"
    assert meeting["start"] == "2019-06-27"
    assert _tail(meeting["host"]) == "KGZ"
    # the five members besides the host that day, expanded from the collective, to come
    states = {_tail(p["state"]): (p["capacity"], p["attendance"]) for p in meeting["participants"]}
    assert states == {iso3: ("member", "invited") for iso3 in ("ARM", "BLR", "KAZ", "RUS", "TJK")}


def test_today_is_the_datelines_day(extract_json):
    text = (
        "KATHMANDU, SEPTEMBER 24\n\nDelivering his opening remarks at an informal meeting of the "
        "SAARC Council of Ministers held virtually today, Minister Gyawali stressed the need to "
        "make SAARC effective. The meeting was hosted by Nepal as the current chair of SAARC."
    )
    (meeting,) = extract_json(text, "2020-09-25")["meetings"]
    assert (meeting["start"], meeting["end"]) == ("2020-09-24", "2020-09-24")
    assert _tail(meeting["existing"]) == "cm-informal-2020-09"
    # a report of the day itself, or with no dateline: "today" is the day it came out
    (same_day,) = extract_json(text.replace("SEPTEMBER 24", "SEPTEMBER 25"), "2020-09-25")[
        "meetings"
    ]
    assert same_day["start"] == "2020-09-25"


def test_a_group_on_syria_is_a_topic(extract_json):
    text = (
        "Президенты государств ОДКБ встретились в Бишкеке 28 ноября 2019 года на сессии Совета "
        "коллективной безопасности ОДКБ. Президент России информировал участников о начавшемся "
        "в Стамбуле диалоге участников астанинского процесса и так называемой малой группы по "
        "Сирии."
    )
    result = extract_json(text, "2019-11-28")
    states = {_tail(p["state"]) for m in result["meetings"] for p in m["participants"]}
    assert "SYR" not in states


def test_an_officials_bloc_in_brackets_is_not_the_meeting(extract_json):
    text = (
        "2000年7月21日 九州・沖縄サミット首脳会合が沖縄で開幕\n\n"
        " 九州・沖縄サミット首脳会合には、議長国・日本の森首相を始め、クリントン大統領(アメリカ)、"
        "シラク大統領(フランス)、プローディ委員長(EU)が参加しました。\n"
        "7月21日(金) 15:00~18:00 G7首脳会合 万国津梁館会議棟\n"
    )
    meetings = extract_json(text, "2000-07-21")["meetings"]
    assert all(not m["bloc"].endswith("/EU") for m in meetings)
    (summit,) = meetings
    assert _tail(summit["existing"]) == "summit-26"
    states = {_tail(p["state"]): p["capacity"] for p in summit["participants"]}
    assert states == {"JPN": "host", "USA": "member", "FRA": "member"}


def test_a_name_without_its_apostrophe_and_invited_guests_who_came(extract_json):
    text = (
        "The G20\n\nTrade Ministers Meeting\n\nTrade Ministers from each of the G20 member "
        "countries and invited guests, along with representatives of the World Trade "
        "Organization came together in Sydney on 19 July 2014.\n\nGroup shot of attendees at "
        "the Trade Ministers Meeting in Sydney"
    )
    (meeting,) = extract_json(text, None)["meetings"]
    assert _tail(meeting["body"]) == "trade-ministers-meeting"
    assert _tail(meeting["existing"]) == "tmm-2014-07"
    assert meeting["start"] == "2014-07-19"
    assert not meeting["invitations"]
    members = {_tail(p["state"]) for p in meeting["participants"] if p["capacity"] == "member"}
    assert len(members) == 18 and "AUS" not in members  # the 19 members but the host
    assert {p["attendance"] for p in meeting["participants"]} == {"attended"}


def test_invited_guests_as_a_verb_still_invite():
    from blocgraph.extract.proposals import _invitation

    assert _invitation("Ministers of the G20 members and invited guests came together.") is None
    for said in (
        "Australia has invited guests from Spain and Singapore to the summit.",
        "Spain and Singapore were invited guests at the summit.",
        "Spain and Singapore were invited to the summit.",
    ):
        assert _invitation(said) is not None, said


def test_a_headline_over_one_long_line_is_its_own_sentence():
    from blocgraph.extract.proposals import split_sentences

    headline = "GCC ministerial council meeting held in Riyadh, strategic talks on agenda"
    paragraph = (
        "Foreign ministers of the Gulf Cooperation Council (GCC) countries convened in Riyadh on "
        "Monday for the 161st Ministerial council meeting during which separate ministerial "
        "meetings with Russia, Brazil and India have taken place."
    )
    assert [s.text for s in split_sentences(headline + "\n" + paragraph)] == [headline, paragraph]
    # a hard-wrapped copy: every line about as long, the sentence goes on after the break
    wrapped = (
        "Foreign ministers of the Gulf Cooperation Council (GCC) countries convened\n"
        "in Riyadh on Monday for the 161st Ministerial council meeting during which\n"
        "separate ministerial meetings with Russia, Brazil and India have taken place."
    )
    assert len(split_sentences(wrapped)) == 1


def test_the_ordinal_after_a_headline(extract_json):
    text = (
        "GCC ministerial council meeting held in Riyadh, strategic talks on agenda\n"
        "Foreign ministers of the Gulf Cooperation Council (GCC) countries convened in Riyadh on "
        "Monday for the 161st Ministerial council meeting during which separate ministerial "
        "meetings with Russia, Brazil and India have taken place."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert meeting["ordinal"] == 161
    assert _tail(meeting["existing"]) == "ministerial-council-161"


def test_swahili_attendance_and_names(extract_json):
    text = (
        "Waziri wa mambo ya nje wa Morocco juzi alitangaza kuwa, kamati ya amani na usalama ya "
        "Umoja wa Afrika itafanya mkutano leo mjini Skhirat.\nMkutano huo utahudhuriwa na nchi "
        "wanachama 15 wa kamati hiyo, zikiwemo Algeria, Angola, Burundi, Guinea Ikweta, Kenya "
        "na Morocco."
    )
    (meeting,) = extract_json(text, "2019-06-20")["meetings"]
    states = {_tail(p["state"]) for p in meeting["participants"]}
    assert {"DZA", "AGO", "BDI", "GNQ", "KEN", "MAR"} <= states
    assert "GIN" not in states  # "Guinea Ikweta" is Equatorial Guinea


def test_swahili_executive_council_and_its_number(extract_json):
    text = (
        "Ujumbe wa Jamhuri ya Kiarabu ya Misri washiriki katika kazi ya kikao cha 43 cha Baraza "
        "Kuu la Mawaziri wa Umoja wa Afrika, kilichoanza leo katika mji mkuu wa Kenya, Nairobi."
    )
    (meeting,) = extract_json(text, None)["meetings"]
    assert _tail(meeting["body"]) == "executive-council"
    assert meeting["ordinal"] == 43
    assert "EGY" in {_tail(p["state"]) for p in meeting["participants"]}
