"""Finding the report's meeting (src/blocgraph/extract/meeting_finding.py and its hooks in
proposals.py): an undated meeting linked to the one recorded around the publication date,
meeting nouns and taking part in German, Russian and Arabic, and "the meeting" of a report that
names one bloc and never names its meeting with it. Each text is written for the rule it tests,
after the families of the dev read set's misses (round 9)."""

from __future__ import annotations

import re
from datetime import date

from blocgraph.extract import dates, meeting_finding, proposals
from blocgraph.extract.gazetteer import Gazetteer, RecordedMeeting
from blocgraph.extract.proposals import ABSENT, ATTEND, MEETING_WORDS

ID = "https://w3id.org/blocgraph/id/"


def _tail(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def _record(iri: str, start: str, end: str | None, body: str = "b") -> RecordedMeeting:
    return RecordedMeeting(iri, "X", body, None, None, start, end, None, None)


def test_recorded_near_the_publication_date():
    gaz = Gazetteer(
        meetings=[
            _record("m1", "2024-11-28", "2024-11-28"),
            _record("m2", "2024-05-10", "2024-05-11"),
            _record("m3", "2024", None),  # a year only: no days to be near
        ]
    )
    near = meeting_finding.recorded_near
    assert near(gaz, "X", None, date(2024, 11, 25)).iri == "m1"  # a preview, three days before
    assert near(gaz, "X", None, date(2024, 11, 30)).iri == "m1"  # a report two days after
    assert near(gaz, "X", None, date(2024, 12, 5)) is None  # a week after: not this one
    assert near(gaz, "X", "other-body", date(2024, 11, 28)) is None
    assert near(gaz, "Y", None, date(2024, 11, 28)) is None


def test_two_recorded_meetings_near_the_date_link_neither_unless_one_is_under_way():
    gaz = Gazetteer(
        meetings=[
            _record("chs", "2024-07-04", "2024-07-04", "chs"),
            _record("cfm", "2024-07-02", "2024-07-02", "cfm"),
        ]
    )
    assert meeting_finding.recorded_near(gaz, "X", None, date(2024, 7, 1)) is None
    assert meeting_finding.recorded_near(gaz, "X", None, date(2024, 7, 4)).iri == "chs"
    assert meeting_finding.recorded_near(gaz, "X", "cfm", date(2024, 7, 1)).iri == "cfm"


def test_an_undated_summit_is_the_one_recorded_days_after_the_report(extract_json):
    """The report gives no day; the CSTO's Collective Security Council met in Astana on 28
    November 2024, three days after the report: that recorded meeting, its dates not quoted."""
    text = "Armenia will not take part in the summit of the CSTO, a Russian diplomat said."
    result = extract_json(text, "2024-11-25")
    meeting = result["meetings"][0]
    assert meeting["existing"] == ID + "meeting/CSTO/csc-2024-11-28"
    assert meeting["start"] is None  # the record's day is the KB's, not the text's


def test_meeting_nouns_in_german_russian_and_arabic():
    for text in ("das Gipfeltreffen der G20", "an den G20-Treffen", "die Jahrestagung"):
        assert MEETING_WORDS.search(text), text
    for text in ("В заседании Совета", "прошла встреча", "عقد الاجتماع الوزاري", "في القمة"):
        assert MEETING_WORDS.search(text), text
    assert not MEETING_WORDS.search("wir treffen uns morgen")  # the verb, not the noun


def test_taking_part_and_staying_away_in_german_russian_and_arabic():
    for text in ("nehmen Vertreter an den Treffen teil", "приняли участие президенты", "بمشاركة"):
        assert ATTEND.search(text), text
    assert not ATTEND.search("zum Teil")  # "partly"
    for text in ("hatte seine Teilnahme abgesagt", "не примет участие", "لن يشارك"):
        assert ABSENT.search(text), text


def test_a_german_report_of_a_summit(extract_json):
    text = (
        "Ende der Woche beginnt in Hamburg das Gipfeltreffen der G20.\n"
        "An dem Gipfel nehmen auch die Staats- und Regierungschefs von Frankreich und Italien "
        "teil."
    )
    result = extract_json(text, "2017-07-03")
    assert [_tail(m["bloc"]) for m in result["meetings"]] == ["G20"]
    states = {_tail(p["state"]) for p in result["meetings"][0]["participants"]}
    assert {"FRA", "ITA"} <= states


def test_the_meeting_of_a_report_that_never_names_it_with_its_bloc(extract_json):
    """ "the meeting held in Belarus's capital Minsk", the CSTO named only later: the CSTO's
    meeting, held in Minsk."""
    text = (
        "The Armenian Defense Ministry gave no reason for Defense Minister Suren Papikian's "
        "failure to attend the meeting held in Belarus's capital Minsk.\n"
        "Pashinian said on Monday that he will pull his country out of the CSTO.\n"
        "Speaking at the Minsk meeting, Russian Defense Minister Sergei Shoigu stressed the "
        "importance of Armenia's participation."
    )
    result = extract_json(text, None)
    assert [_tail(m["bloc"]) for m in result["meetings"]] == ["CSTO"]
    meeting = result["meetings"][0]
    assert meeting["city"] == "Minsk"


def test_a_ministers_meeting_of_no_known_body_is_not_the_summit_recorded_that_week(extract_json):
    """The CIS's ministers met in Bishkek the day before its heads of state: a meeting of
    ministers the record has no body of (the interior ministers) is not the summit recorded that
    week; the foreign ministers' meeting, recorded since round 46, is their council's."""
    text = (
        "BISHKEK. Armenia's interior minister declined to attend the CIS Council of Interior "
        "Ministers meeting in Bishkek."
    )
    result = extract_json(text, "2023-10-12")
    assert result["meetings"] and all(m["existing"] is None for m in result["meetings"])
    text = (
        "BISHKEK. Armenia's foreign minister declined to attend the CIS Council of Foreign "
        "Ministers meeting in Bishkek."
    )
    (meeting,) = extract_json(text, "2023-10-12")["meetings"]
    assert _tail(meeting["existing"]) == "cfm-2023-10"


def test_the_summit_of_the_bloc_in_spanish(extract_json):
    """ "la cumbre semestral del bloque", Mercosur named far before it: Mercosur's summit."""
    text = (
        "Los jefes de Estado del Mercado Común del Sur (Mercosur) dieron hoy comienzo en la "
        "ciudad argentina de Mendoza (oeste) a la cumbre semestral del bloque."
    )
    result = extract_json(text, "2017-07-21")
    assert [_tail(m["series"]) for m in result["meetings"]] == ["summit"]


def test_the_summit_body_of_a_bloc_whose_body_names_no_summit(gaz):
    """The CSTO's summits are its Collective Security Council's. OPEC's Conference is of
    ministers: its summit is the one body whose own name says so ("Summit of Heads of State and
    Government of OPEC Member Countries"), although that name also says "government"."""
    assert _tail(meeting_finding.summit_body(gaz, "CSTO").iri) == "collective-security-council"
    assert _tail(meeting_finding.summit_body(gaz, "OPEC").iri) == "summit"


def test_a_summit_between_the_bloc_and_another_party_is_not_its_own_body(extract_json):
    """ "a cúpula entre a UE e a Celac": a summit of the EU with another party, not the
    European Council."""
    text = (
        "Começou oficialmente a cúpula entre a UE e a Comunidade de Estados Latino-Americanos e "
        "Caribenhos (Celac), em Bruxelas.\n"
        "Do lado da UE, apenas os premiês de Eslovênia e Estônia não participam da cúpula."
    )
    result = extract_json(text, "2023-07-17")
    assert [_tail(m["bloc"]) for m in result["meetings"]] == ["EU"]
    assert result["meetings"][0]["body"] is None


def test_blocs_named_in_russian_and_arabic(gaz):
    from blocgraph.extract.proposals import _matcher

    # The matcher of a text's scripts: names in Cyrillic and Arabic letters are compiled only
    # for a text that has such letters.
    for text, bloc in (
        ("встреча Совета ОДКБ", "CSTO"),
        ("قمة مجلس التعاون الخليجي", "GCC"),
        ("Außenminister der Afrikanischen Union", "AU"),
    ):
        assert [b for b, _ in _matcher(gaz, text).blocs(text)] == [bloc]


def test_the_body_of_the_ministers_a_meeting_is_of_in_other_languages(extract_json):
    """ "La reunión de cancilleres de la OCS": the SCO's Council of Foreign Ministers, the
    meeting recorded that day."""
    text = (
        "La reunión de cancilleres de la OCS comenzó hoy en Astana con la presencia de los "
        "ministros de China, India y Pakistán."
    )
    result = extract_json(text, "2024-05-21")
    assert [_tail(m["series"]) for m in result["meetings"]] == ["council-of-foreign-ministers"]


def test_whose_meeting_in_russian_and_arabic(gaz):
    import re

    def body(bloc: str, text: str) -> str | None:
        word = re.search(r"заседани\w*|اجتماع", text)
        found = meeting_finding.body_by_ministry(gaz, bloc, text, word)
        return _tail(found.iri) if found else None

    assert body("SCO", "заседание Совета министров обороны ШОС") == "defence-ministers-meeting"
    assert body("CSTO", "اجتماع وزراء الخارجية") == "council-of-foreign-ministers"
    assert body("CIS", "заседание Совета глав правительств СНГ") == "council-of-heads-of-government"
    assert body("SCO", "заседание экспертов ШОС") is None


def test_meeting_nouns_in_italian_and_ukrainian():
    """Italian and Ukrainian spell their meetings in their own words ("vertice", "riunione";
    "саміт", "засідання", "зустріч"), which the Russian nouns ("саммит", "заседание") miss."""
    for text in ("il vertice della NATO", "alla riunione dei ministri", "l'incontro di Roma"):
        assert MEETING_WORDS.search(text), text
    for text in ("саміт ШОС", "на засіданні Ради", "під час зустрічі", "нарада міністрів"):
        assert MEETING_WORDS.search(text), text
    assert meeting_finding.summit_abroad("Al vertice partecipano i presidenti")
    assert meeting_finding.summit_abroad("Цей саміт відкрився в Астані")
    assert not meeting_finding.summit_abroad("la riunione dei ministri")


def test_blocs_named_in_italian_and_ukrainian(gaz):
    from blocgraph.extract.proposals import _matcher

    for text, bloc in (
        ("il vertice dell'Unione africana", "AU"),
        ("la Organizzazione per la cooperazione di Shanghai", "SCO"),
        ("засідання Ради глав держав СНД", "CIS"),
        ("саміт Шанхайської організації співробітництва", "SCO"),
        ("лідери Євросоюзу", "EU"),
    ):
        assert [b for b, _ in _matcher(gaz, text).blocs(text)] == [bloc], text


def test_an_italian_and_a_ukrainian_summit_are_the_recorded_meeting(extract_json):
    """ "Il ventiquattresimo vertice della Organizzazione per la cooperazione di Shanghai", "Саміт
    ШОС": the SCO's Council of Heads of State recorded in Astana that week (the 24th). The pages
    are dated the summit's recorded day, 4 July: "сьогодні" (today) is read as the page's day
    and must agree with the record's."""
    for text in (
        "Il ventiquattresimo vertice della Organizzazione per la cooperazione di Shanghai si "
        "apre ad Astana.",
        "Саміт ШОС відкрився сьогодні в Астані.",
    ):
        result = extract_json(text, "2024-07-04")
        assert [m["existing"] for m in result["meetings"]] == [ID + "meeting/SCO/chs-2024"], text
    assert result["meetings"][0]["ordinal"] is None  # the Ukrainian text gives none


def test_ordinals_spelled_past_ten():
    """Ordinals past ten spelled as tens and units, in seven languages; a unit alone and a
    cardinal are not read here (the single words' reading takes units)."""
    for words, value in (
        ("quincuagésima cuarta", 54),
        ("vigesimoquinta", 25),
        ("décimo tercero", 13),
        ("quadragésima quinta", 45),
        ("vingt-cinquième", 25),
        ("trente-et-unième", 31),
        ("treizième", 13),
        ("venticinquesimo", 25),
        ("cinquantaquattresimo", 54),
        ("tredicesimo", 13),
        ("fünfundzwanzigste", 25),
        ("dreizehnten", 13),
        ("двадцать пятый", 25),
        ("сорок второго", 42),
        ("двадцять п'ятий", 25),
        ("тринадцятого", 13),
    ):
        assert meeting_finding.spelled_ordinal(words) == value, words
    for words in ("vingt", "двадцать", "cuarta", "segundo", "Mai", "sesenta"):
        assert meeting_finding.spelled_ordinal(words) is None, words


def test_a_spelled_ordinal_before_the_meeting_word_is_the_whole_number():
    """ "la quincuagésima cuarta cumbre" is the 54th, not the 4th."""
    for text, noun, value in (
        ("el Mercosur celebra su quincuagésima cuarta cumbre", "cumbre", 54),
        ("la vingt-cinquième session ordinaire", "session", 25),
        ("двадцять п'яте засідання Ради", "засідання", 25),
        ("das fünfundzwanzigste Treffen", "Treffen", 25),
        ("la cuarta cumbre", "cumbre", 4),
    ):
        assert meeting_finding.ordinal_before(text, text.index(noun)) == value, text


def test_a_spelled_ordinal_links_the_recorded_meeting(extract_json):
    """ "la quincuagésima cuarta cumbre del Mercosur": its 54th summit (Santa Fe, July 2019)."""
    text = (
        "Los presidentes de Uruguay y de Paraguay llegaron a Santa Fe para participar en la "
        "quincuagésima cuarta cumbre del Mercosur."
    )
    result = extract_json(text, "2019-07-16")
    meeting = result["meetings"][0]
    assert meeting["ordinal"] == 54
    assert meeting["existing"] == ID + "meeting/Mercosur/summit-54"


def test_a_session_of_the_heads_of_states_conference_is_the_summit_body(extract_json):
    """ "la 30e Session Ordinaire de la Conférence des Chefs d'Etat ... de l'Union Africaine":
    the AU Assembly's 30th ordinary session (its leaders' body, not named as in English)."""
    text = (
        "Les travaux de la 30e Session Ordinaire de la Conférence des Chefs d'Etat et de "
        "Gouvernement de l'Union Africaine (UA) se sont ouverts à Addis-Abeba."
    )
    result = extract_json(text, None)
    meeting = result["meetings"][0]
    assert _tail(meeting["series"]) == "assembly-ordinary-session"
    assert meeting["existing"] == ID + "meeting/AU/assembly-ordinary-session-30"


def test_talks_and_sittings_of_the_leaders_in_russian_and_ukrainian(extract_json):
    """ "переговоры лидеров стран ОДКБ", "засідання глав держав СНД": the bloc's summit body."""
    from blocgraph.extract.proposals import _LEADERS_MEETING

    for text in (
        "завершились переговоры лидеров стран ОДКБ",
        "засідання глав держав СНД",
        "il vertice dei capi di Stato",
        "la 30e Session Ordinaire de la Conférence des Chefs d'Etat",
    ):
        assert _LEADERS_MEETING.search(text), text
    assert not _LEADERS_MEETING.search("переговоры министров обороны")
    text = (
        "В Кремле завершились переговоры лидеров стран ОДКБ.\n"
        "В заседании приняли участие Президент России Дмитрий Медведев и Президент Армении "
        "Серж Саргсян."
    )
    result = extract_json(text, None)
    assert [_tail(m["series"]) for m in result["meetings"]] == ["collective-security-council"]


def test_arabic_read_without_short_vowels_and_tatweel():
    """ "العربيَّة", "البحـــريـــن": read as the names are written in the tables ("العربية",
    "البحرين"), quoted as the report writes them; the tatweel that marks a number after the
    article ("الـ (132)") stays, and the ordinal is read through the bracket."""
    text = "مــــلك ممـــــلـكة البحـــــريـــن في الدورة الـ (132) لدول الخليج العربيَّة"
    reading = meeting_finding.arabic_reading(text)
    assert reading is not None
    assert reading.text == "ملك مملكة البحرين في الدورة الـ (132) لدول الخليج العربية"
    assert reading.quote("مملكة البحرين") == "ممـــــلـكة البحـــــريـــن"
    at = reading.text.index("الدورة") + len("الدورة")
    assert meeting_finding.ordinal_after(reading.text, at) == 132
    assert meeting_finding.arabic_reading("قمة مجلس التعاون") is None  # nothing to take out


def test_an_arabic_report_written_with_its_short_vowels(extract_json):
    """A GCC ministers' session named with the bloc's long name in its vowelled spelling and
    the ordinal in brackets: the GCC's 132nd meeting, quoted as written."""
    text = (
        "يعقد وزراء خارجية دول مجلس التعاون لدول الخليج العربيَّة في جدة اليوم السبت الدورة "
        "الـ (132) للمجلس الوزاري."
    )
    result = extract_json(text, None)
    assert [(_tail(m["bloc"]), m["ordinal"]) for m in result["meetings"]] == [("GCC", 132)]
    assert "العربيَّة" in result["meetings"][0]["quote"]


def test_arabic_ordinals_in_words():
    """ "القمة الخامسة والثلاثين" (the 35th summit), "الدورة الحادية عشرة" (the 11th session),
    "الدورة الثمانين بعد المائة" (the 180th), with one word between at most ("العادية"): the
    GCC's and OPEC's reports spell their numbers; "the first" is no number of a series."""
    cases = {
        "القمة الخامسة والثلاثين لقادة دول المجلس": 35,
        "الدورة الحادية عشرة للمجلس الأعلى": 11,
        "القمة التاسعة عشرة": 19,
        "الدورة الثمانين بعد المائة لمؤتمر أوبك": 180,
        "الدورة العادية السابعة والعشرين": 27,
        "القمة العشرين": 20,
        "الاجتماع الثاني": 2,
        "الاجتماع الأول": None,
        "الدورة الحادي": None,  # "الحادي" only within 11, 21, ...
        "الدورة في الرياض": None,
    }
    for text, value in cases.items():
        at = text.index(" ")
        assert meeting_finding.ordinal_after(text, at) == value, text


def test_indonesian_and_vietnamese_ordinals_after_the_noun():
    """ "KTT ke-17 ASEAN", "Pertemuan Puncak ke-14" (one word between), "Konferensi Tingkat
    Tinggi (KTT) ke-18" (an abbreviation in brackets), "Hội nghị lần thứ 48"; not a count
    two words on ("pertemuan para menteri ke-10")."""
    cases = {
        ("KTT ke-17 ASEAN", "KTT"): 17,
        ("Pertemuan Puncak ke-14 ASEAN", "Pertemuan"): 14,
        ("Konferensi Tingkat Tinggi (KTT) ke-18 ASEAN", "Konferensi Tingkat Tinggi"): 18,
        ("Hội nghị lần thứ 48 tại Kuala Lumpur", "Hội nghị"): 48,
        ("pertemuan para menteri ke-10", "pertemuan"): None,
    }
    for (text, noun), value in cases.items():
        assert meeting_finding.ordinal_after(text, len(noun)) == value, text


def test_an_asean_summit_numbered_after_its_name(extract_json):
    """ "Hội nghị cấp cao ASEAN lần thứ 35" (Vietnamese), "KTT ASEAN ke-19" (Indonesian): the
    number after the bloc's name is the summit's, the recorded one."""
    vietnamese = (
        "Sáng 3/11/2019, tại Thủ đô Bangkok, Thái Lan, Thủ tướng Chính phủ Nguyễn Xuân Phúc "
        "cùng lãnh đạo các nước ASEAN dự lễ khai mạc Hội nghị cấp cao ASEAN lần thứ 35."
    )
    meeting = extract_json(vietnamese, None)["meetings"][0]
    assert (meeting["ordinal"], _tail(meeting["existing"])) == (35, "summit-35")
    indonesian = "Presiden Susilo Bambang Yudhoyono menghadiri penutupan KTT ASEAN ke-19 di Bali."
    meeting = extract_json(indonesian, None)["meetings"][0]
    assert (meeting["ordinal"], _tail(meeting["existing"])) == (19, "summit-19")


def test_a_gcc_summit_numbered_in_words_is_the_recorded_one(extract_json):
    """ "أعمال القمة الخامسة والثلاثين للمجلس الأعلى ... الدوحة": the GCC Supreme Council's
    35th session (Doha, December 2014), in the record."""
    text = (
        "بدأ قادة ورؤساء وفود دول مجلس التعاون لدول الخليج العربية التوافد على العاصمة "
        "القطرية الدوحة للمشاركة في أعمال القمة الخامسة والثلاثين للمجلس الأعلى لدول مجلس "
        "التعاون."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert meeting["ordinal"] == 35
    assert _tail(meeting["existing"]) == "supreme-council-35"


def test_meeting_nouns_and_blocs_in_belarusian_and_bengali(gaz):
    """Belarusian's "пасяджэнне", "сустрэча", "нарадзе" and its abbreviations ("АДКБ",
    "ШАС"); Bengali's "শীর্ষ সম্মেলন" (summit), "বৈঠক" (meeting) and bloc names, with a case
    ending after them ("সার্কের": SAARC's, "সম্মেলনে": at the conference)."""
    from blocgraph.extract.proposals import _matcher

    for text in ("у пасяджэнні Савета", "падчас сустрэчы", "на нарадзе міністраў"):
        assert MEETING_WORDS.search(text), text
    for text in ("সার্কের শীর্ষ সম্মেলনে", "মন্ত্রীদের বৈঠক", "সম্মেলন শুরু"):
        assert MEETING_WORDS.search(text), text
    assert not MEETING_WORDS.search("সম্মানিত অতিথি")  # (honoured guest: no meeting)
    assert ATTEND.search("прынялі ўдзел прэзідэнты")
    assert ATTEND.search("নেতারা অংশ নেন")
    for text, bloc in (
        ("саміт АДКБ", "CSTO"),
        ("пасяджэнне Савета кіраўнікоў дзяржаў Садружнасці Незалежных Дзяржаў", "CIS"),
        ("সার্কের শীর্ষ সম্মেলন", "SAARC"),
        ("আসিয়ান বৈঠক", "ASEAN"),
    ):
        assert [b for b, _ in _matcher(gaz, text).blocs(text)] == [bloc], text
    summit = re.search(meeting_finding.FOREIGN_SUMMIT_NOUNS, "সার্কের শীর্ষ সম্মেলনে")
    assert summit is not None and summit[0] == "শীর্ষ সম্মেলন"


def test_meeting_nouns_in_eight_more_languages_with_their_inflections():
    summit = re.compile(proposals_summit_word(), re.IGNORECASE)
    for text in (
        "Hội nghị Cấp cao ASEAN lần thứ 46",  # Vietnamese
        "아세안 정상회의에서",  # Korean, with its particle
        "اجلاس سران سازمان همکاری شانگهای",  # Persian: the heads' session
        "शिखर सम्मेलनमा",  # Nepali, with its case ending
        "KTT ASEAN ke-42",  # Indonesian
        "na szczycie NATO",  # Polish, locative
        "NATO zirvesinde",  # Turkish, with its suffixes
    ):
        assert MEETING_WORDS.search(text) and summit.search(text), text
    for text in (
        "cuộc họp Bộ trưởng",
        "외교장관회의를",
        "نشست‌های",
        "सार्कको बैठकमा",
        "बैठक में",
        "pertemuannya",
        "posiedzeniu Rady",
        "toplantısında",
    ):
        assert MEETING_WORDS.search(text) and not summit.search(text), text
    # "temuan" (a finding) is no meeting; "KTT" only in capitals
    assert not MEETING_WORDS.search("temuan itu") and not summit.search("ktt")


def proposals_summit_word() -> str:
    from blocgraph.extract.proposals import _SUMMIT_WORD

    return _SUMMIT_WORD


def test_blocs_named_in_korean_persian_and_devanagari_with_their_endings(gaz):
    from blocgraph.extract.proposals import _matcher

    for text, bloc in (
        ("아세안의 정상회의", "ASEAN"),
        ("나토는 이번 회의에서", "NATO"),
        ("اجلاس سران سازمان همکاری شانگهای", "SCO"),
        ("सार्कको बैठकमा", "SAARC"),
        ("ब्रिक्स शिखर सम्मेलन", "BRICS"),
        ("posiedzenie Rady Unii Europejskiej", "EU"),
    ):
        assert [b for b, _ in _matcher(gaz, text).blocs(text)] == [bloc], text


def test_a_gathering_named_by_its_people_and_a_verb_of_meeting_in_other_languages(extract_json):
    """No meeting noun, only the people and a verb of meeting ("trafen sich", "se sont réunis",
    "se reunieron", "собрались"): the bloc's meeting, of the body of the people who met."""
    text = (
        "In Brüssel trafen sich am 6. Dezember 2016 die Außenminister der NATO aus "
        "Frankreich und Polen."
    )
    meetings = extract_json(text, "2016-12-07")["meetings"]
    assert [(_tail(m["bloc"]), m["start"]) for m in meetings] == [("NATO", "2016-12-06")]
    gathering = meeting_finding.foreign_gathering
    for text, kind in (
        ("Die Außenminister der Nato trafen sich in Brüssel", "foreign"),
        ("Les ministres de la Défense de l'OTAN se sont réunis jeudi", "defence"),
        ("Los presidentes del Mercosur se reunieron en Montevideo", "leaders"),
        ("os chanceleres do BRICS reuniram-se no Rio", "foreign"),
        ("Министры обороны стран СНГ собрались в Москве", "defence"),
    ):
        found = gathering(text)
        assert found is not None, text
        assert meeting_finding.gathering_kind(text, found) == kind, text
    # a minister meeting someone is no gathering; nor a verb of meeting with no people
    assert gathering("Le ministre a rencontré son homologue") is None
    assert gathering("Les pays de l'OTAN se sont réunis") is None


def test_meeting_nouns_and_blocs_in_the_languages_new_in_round_17(gaz):
    """Dutch, Romanian, Greek, Azerbaijani, Uzbek (in both scripts) and Urdu: their summit and
    meeting nouns with their endings, and the blocs' names and abbreviations."""
    from blocgraph.extract.proposals import _matcher

    summit = re.compile(proposals_summit_word(), re.IGNORECASE)
    for text in (
        "de NAVO-top in Vilnius",  # Dutch, only in the compound
        "de topontmoeting van de EU",
        "summitul Uniunii Europene",  # Romanian, the article on the noun
        "η Σύνοδος Κορυφής του ΝΑΤΟ",  # Greek
        "ŞƏT sammitində",  # Azerbaijani
        "ShHT sammiti",  # Uzbek
        "شنگھائی تعاون تنظیم کا سربراہی اجلاس",  # Urdu: the heads' session
    ):
        assert MEETING_WORDS.search(text) and summit.search(text), text
    for text in (
        "de bijeenkomst van de ministers",
        "reuniunea miniștrilor de externe",
        "ședința Consiliului",
        "συνάντηση των υπουργών Εξωτερικών",
        "iclasında",
        "yigʻilishida",
        "учрашувда",
        "وزرائے خارجہ کی ملاقات",
    ):
        assert MEETING_WORDS.search(text) and not summit.search(text), text
    # "top" alone is English's adjective as often as Dutch's summit
    assert not MEETING_WORDS.search("the top officials") and not MEETING_WORDS.search("laptop")
    for text, bloc in (
        ("de NAVO-top", "NATO"),
        ("de Europese Unie", "EU"),
        ("summitul Uniunii Africane", "AU"),
        ("Σύνοδος Κορυφής της ΕΕ", "EU"),
        ("MDB dövlət başçılarının iclası", "CIS"),
        ("Шанхай ҳамкорлик ташкилоти саммити", "SCO"),
        ("نیٹو کا سربراہی اجلاس", "NATO"),
    ):
        assert [b for b, _ in _matcher(gaz, text).blocs(text)] == [bloc], text


def test_meeting_nouns_and_blocs_in_czech_slovak_hungarian_swahili_kazakh_and_kyrgyz(gaz):
    """Czech, Slovak, Hungarian, Swahili, Kazakh and Kyrgyz: their summit and meeting nouns with
    their endings, and the blocs' names with the case endings written on them."""
    from blocgraph.extract.proposals import _matcher

    summit = re.compile(proposals_summit_word(), re.IGNORECASE)
    for text in (
        "na summitu EU v Bruselu",  # Czech, "summit" declined
        "vrcholná schůzka aliance",
        "na samite NATO",  # Slovak
        "az EU-csúcson",  # Hungarian: "csúcs" after a bloc and a hyphen
        "a csúcstalálkozó résztvevői",
        "mkutano wa kilele wa Umoja wa Afrika",  # Swahili: the summit's meeting
    ):
        assert MEETING_WORDS.search(text) and summit.search(text), text
    for text in (
        "zasedání ministrů zahraničí",
        "schůzce ministrů",
        "stretnutie ministrov obrany",
        "zasadnutia rady",
        "a külügyminiszterek ülésén",
        "a találkozón",
        "mkutanoni",
        "vikao vya mawaziri",
        "сыртқы істер министрлері кеңесінің отырысында",  # Kazakh
        "кездесуі",
        "министрлердин жыйынында",  # Kyrgyz
        "отурумунда",
    ):
        assert MEETING_WORDS.search(text) and not summit.search(text), text
    # "csúcs" alone is any peak; "találkozott" is the verb (met); "samit" no English word
    for text in ("a csúcsot elérte", "találkozott a miniszterrel", "laptop"):
        assert not MEETING_WORDS.search(text), text
    for text, bloc in (
        ("na summitu Evropské unie", "EU"),
        ("zasadnutie Severoatlantickej aliancie", "NATO"),
        ("az Európai Unióban", "EU"),
        ("az EU-ban", "EU"),
        ("a FÁK-csúcson", "CIS"),
        ("mkutano wa Umoja wa Afrika", "AU"),
        ("Шанхай ынтымақтастық ұйымының саммиті", "SCO"),
        ("ШЫҰ-ның отырысы", "SCO"),
        ("Евразиялык экономикалык биримдиктин жыйыны", "EAEU"),
        ("КМШ өлкөлөрүнүн", "CIS"),
    ):
        assert [b for b, _ in _matcher(gaz, text).blocs(text)] == [bloc], text
    # an English compound after the hyphen is no case ending
    assert [b for b, _ in _matcher(gaz, "NATO-led forces").blocs("NATO-led forces")] == []


def test_whose_meeting_in_czech_slovak_hungarian_swahili_kazakh_and_kyrgyz(gaz):
    """The ministers a meeting is of, in the six languages: the bloc's body of those ministers."""
    from blocgraph.extract.proposals import MEETING_WORDS as words

    for text, bloc, wanted in (
        ("zasedání ministrů zahraničí SCO", "SCO", "foreign"),
        ("a védelmi miniszterek ülése", "CSTO", "defence"),
        ("сыртқы істер министрлері кеңесінің отырысы", "SCO", "foreign"),
    ):
        word = words.search(text)
        assert word is not None, text
        body = meeting_finding.body_by_ministry(gaz, bloc, text, word)
        assert body is not None and wanted in " ".join(body.names).lower(), text


def test_a_bare_number_after_a_singular_article_is_the_ordinal():
    """ "La 42 Asamblea General": the 42nd, as "la 42ª"; not a count after a plural article or
    a number with no article."""
    for text, noun, value in (
        ("La 42 Asamblea General de la OEA", "Asamblea", 42),
        ("a 13 cúpula do bloco", "cúpula", 13),
        ("los 34 países de la reunión", "reunión", None),
        ("con 42 reuniones", "reuniones", None),
    ):
        assert meeting_finding.ordinal_before(text, text.index(noun)) == value, text


def test_a_body_named_in_another_language_with_its_ordinal_links_the_recorded_meeting(
    extract_json,
):
    """ "La 42 Asamblea General de la Organización de Estados Americanos": the OAS General
    Assembly's 42nd session, a body the knowledge base names only in English."""
    text = (
        "La 42 Asamblea General de la Organización de Estados Americanos (OEA) arrancó con "
        "la llegada de las primeras delegaciones: Chile y Perú."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert _tail(meeting["series"]) == "general-assembly"
    assert meeting["existing"] == ID + "meeting/OAS/general-assembly-42"
    from blocgraph.extract.proposals import MEETING_WORDS as words

    for text in ("la Asamblea de la OEA", "a Assembleia Geral", "l'Assemblée générale"):
        assert words.search(text), text


def test_a_bloc_joined_to_a_german_ministers_title_names_the_bloc(extract_json):
    """ "Treffen der NATO-Außenminister": the bloc joined to its ministers' title, in a headline
    too short to show it is German; not a state or another bloc after the hyphen."""
    text = "Treffen der NATO-Verteidigungsminister am 14. Juni 2023 in Brüssel"
    meeting = extract_json(text, None)["meetings"][0]
    assert _tail(meeting["bloc"]) == "NATO"
    assert meeting["start"] == "2023-06-14"
    for text, value in (
        ("NATO-Außenminister", True),
        ("EU-Agrarministern", True),
        ("NATO-Russland", False),
        ("NATO-Ministers", False),
    ):
        at = text.index("-") + 1
        assert meeting_finding.german_ministers_after_hyphen(text, at) is value, text


def test_in_a_city_to_attend_the_meeting_is_its_venue_in_spanish_and_french(extract_json):
    """ "se encuentran en Cartagena para asistir a la Asamblea": where the delegations are, to
    attend, is the venue, its state the host (as English "arrived in X to attend")."""
    for text, city in (
        (
            "Los cancilleres de la OEA se encuentran ya en Cartagena para asistir a la "
            "XL Asamblea General de la OEA.",
            "Cartagena",
        ),
        (
            "Les ministres de l'Union africaine sont à Dakar pour participer à la réunion "
            "du Conseil exécutif.",
            "Dakar",
        ),
    ):
        meeting = extract_json(text, None)["meetings"][0]
        assert meeting["city"] == city, text
        assert _tail(meeting["host"]) in ("COL", "SEN"), text


def test_meeting_nouns_and_blocs_in_serbo_croatian_and_bulgarian(gaz):
    """Serbian, Croatian, Bosnian and Montenegrin (both scripts) and Bulgarian: their summit and
    meeting nouns with their case endings, the blocs' names in their cases, and the
    abbreviation with a case ending after a hyphen ("NATO-a")."""
    from blocgraph.extract.proposals import _matcher

    summit = re.compile(proposals_summit_word(), re.IGNORECASE)
    for text in (
        "na samitu NATO-a u Vilniusu",
        "на самиту ЕУ",
        "срещата на върха на ЕС",  # Bulgarian: the summit's meeting
    ):
        assert MEETING_WORDS.search(text) and summit.search(text), text
    for text in (
        "na sastanku ministara vanjskih poslova",
        "Састанак министара спољних послова",
        "65. godišnjeg zasijedanja Parlamentarne skupštine",
        "на седници Савета",
        "срещата на министрите",
        "64-та годишна сесия",
    ):
        assert MEETING_WORDS.search(text) and not summit.search(text), text
    for text, bloc in (
        ("ministri vanjskih poslova članica NATO-a", "NATO"),
        ("u NATO-u", "NATO"),
        ("министри спољних послова ЕУ", "EU"),
        ("ministri Europske unije", "EU"),
        ("срещата на Европейския съюз", "EU"),
    ):
        assert [b for b, _ in _matcher(gaz, text).blocs(text)] == [bloc], text
    # an English word after the hyphen is no case ending; "samit" alone no Serbian case
    assert [b for b, _ in _matcher(gaz, "NATO-aligned").blocs("NATO-aligned")] == []


def test_a_serbo_croatian_meeting_is_found_by_its_dates(extract_json):
    """ "65. godišnjeg zasijedanja ... u periodu 11 - 15. oktobra 2019": the meeting, found by
    its noun, its bloc with a case ending and its dates written with the day's dot."""
    text = (
        "Delegacija Skupštine učestvovaće u radu godišnjeg zasijedanja Parlamentarne skupštine "
        "NATO-a, koje će biti održano u periodu 11 - 15. oktobra 2019. godine."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert _tail(meeting["bloc"]) == "NATO"
    assert (meeting["start"], meeting["end"]) == ("2019-10-11", "2019-10-15")


def test_a_romanian_venue_after_la(extract_json):
    """ "se reunesc la Sibiu": Romanian's "at", before the city the meeting is held in."""
    text = (
        "Summitul informal al liderilor UE – 9 mai 2019. Șefii de stat și de guvern ai "
        "statelor UE se reunesc la Sibiu, iar România este reprezentată de președinte."
    )
    meeting = extract_json(text, "2019-05-09")["meetings"][0]
    assert meeting["city"] == "Sibiu"
    assert _tail(meeting["host"]) == "ROU"


def test_ordinals_with_a_dot_or_a_bulgarian_ending():
    """ "65. godišnjeg zasijedanja", "32. zasedání", "64-та годишната сесия": the ordinal in the
    languages that write it with a dot (without German's article) or with a hyphened ending;
    not a day of a month before the noun, nor German's date."""
    for text, noun, value in (
        ("u radu 65. godišnjeg zasijedanja", "zasijedanja", 65),
        ("32. zasedání vlády", "zasedání", 32),
        ("64-та годишната сесия", "сесия", 64),
        ("1-ви samit", "samit", None),  # the first of a kind as often as of a series
        ("od 18. juna sastanak", "sastanak", None),
        ("am 18. Mai Treffen", "Treffen", None),
    ):
        assert meeting_finding.ordinal_before(text, text.index(noun)) == value, text


def test_the_venue_of_a_summit_the_meeting_prepares_for_is_not_its_own(extract_json):
    """ "suivie d'un sommet prévu à Washington": a ministers' meeting followed by a summit
    elsewhere; the summit's city is not the meeting's (the meeting was in Brussels, where the
    ministers "se sont rassemblés", French for "gathered")."""
    text = (
        "Réunion historique des ministres de l’OTAN\n\n"
        "Les ministres des Affaires étrangères des pays membres de l’OTAN se sont rassemblés "
        "les mercredi et jeudi au siège de l’Alliance atlantique à Bruxelles.\n\n"
        "Ce jeudi 4 avril, une cérémonie officielle marquera son 75ᵉ anniversaire, suivie d’un "
        "sommet prévu à Washington en juillet."
    )
    meeting = extract_json(text, "2024-04-04")["meetings"][0]
    assert _tail(meeting["bloc"]) == "NATO"
    assert meeting["city"] == "Bruxelles"
    assert meeting["host"] is None  # the seat of the alliance: a venue, no host


def test_a_summit_referred_to_names_its_own_venue():
    find = meeting_finding.summit_referred_to
    for text in (
        "rencontres préparatoires avant les sommets du G20 à Toronto",
        "NATO defence ministers met ahead of the leaders' summit in Vilnius",
        "eine Sitzung im Vorfeld des Gipfels in Madrid",
        "una reunión previa a la cumbre de presidentes en Asunción",
    ):
        place = text.rsplit(" ", 1)[1]
        assert find(text, text.index(place)) is not None, text
    for text in (
        "the leaders met at the summit in Vilnius",  # the meeting's own venue
        "ahead of the ministers' meeting in Brussels",  # no summit
        "avant la réunion à Bruxelles",
    ):
        place = text.rsplit(" ", 1)[1]
        assert find(text, text.index(place)) is None, text


def test_a_day_falls_in_the_session_recorded_to_the_day_not_one_known_by_its_year(extract_json):
    """The record holds the GCC summit of 7-9 December 1998 and a Ministerial Council session
    known only as "1998": a report's "yesterday" (9 December) is the summit's closing day, the
    recorded summit, not a tie between the two."""
    text = (
        "اختتم قادة دول مجلس التعاون لدول الخليج العربية أعمال مؤتمر القمة التاسع عشر "
        "لدول المجلس بعد ظهر أمس باصدار بيان ختامي"
    )
    meeting = extract_json(text, "1998-12-10")["meetings"][0]
    assert _tail(meeting["existing"]) == "supreme-council-19"


def test_the_au_executive_council_named_in_french(extract_json):
    """ "la 20ème session ordinaire du Conseil exécutif" of the Union africaine: the AU's
    Executive Council, in the series of its ordinary sessions, with its ordinal."""
    text = (
        "Les ministres des Affaires étrangères des pays membres de l'Union africaine (UA) "
        "prennent part jusqu'à vendredi à Addis Abeba à la 20ème session ordinaire du Conseil "
        "exécutif."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert _tail(meeting["series"]) == "executive-council-ordinary-session"
    assert meeting["ordinal"] == 20


def test_an_undated_report_names_its_meeting_by_the_one_recorded_in_its_city(extract_json):
    """No publication date, no date in the text, but the city: the SCO has met in Ufa once
    (its Council of Heads of State of July 2015), so the report is of that meeting, and its
    "observer states" are the record's observers of that day (round 30)."""
    text = (
        "The leaders of the SCO member states gathered in Ufa for the Council of Heads of "
        "State. All the observer states sent delegations."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert _tail(meeting["existing"]) == "chs-2015"
    assert meeting["start"] is None  # the record's link, not a date the text gives
    observers = sorted(
        _tail(p["state"]) for p in meeting["participants"] if p["capacity"] == "observer"
    )
    assert observers == ["AFG", "BLR", "IND", "IRN", "MNG", "PAK"]


def test_a_city_of_several_recorded_meetings_links_none(extract_json):
    """The CIS leaders have met in Dushanbe more than once: which of them is not known."""
    text = (
        "The CIS Council of Heads of State met in Dushanbe. Turkmenistan's leader did not attend."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert meeting["existing"] is None


def test_the_series_the_text_names_chooses_among_a_citys_meetings(extract_json):
    """The AU Assembly sat in Kigali in ordinary (July 2016) and extraordinary (March 2018)
    session: "extraordinary" says which; a plain "summit" says neither."""
    extraordinary = (
        "African leaders gathered in Kigali for an extraordinary summit of the African Union "
        "to sign the free trade agreement. Nigeria did not attend."
    )
    plain = "African leaders gathered in Kigali for the summit of the African Union."
    linked = extract_json(extraordinary, None)["meetings"][0]["existing"]
    assert _tail(linked) == "assembly-extraordinary-session-10"
    assert extract_json(plain, None)["meetings"][0]["existing"] is None


def test_same_city_across_languages_and_cases():
    same = meeting_finding._same_city
    fold = meeting_finding._folded_place
    assert same(fold("Addis Ababa"), fold("Addis-Abeba"))
    assert same(fold("Vientiane"), fold("Vientián"))
    assert same(fold("Minsk"), fold("Минске"))
    assert same(fold("Washington, D.C."), fold("Washington"))
    assert not same(fold("Astana"), fold("Ashgabat"))
    assert not same(fold("Santa Fe"), fold("Santa Cruz"))


def test_days_without_year():
    """The days a sentence gives with no year it could take, as (month, day) of the first and
    last: a day with its year, or with the one year its sentence names, is not one of them."""
    days = dates.days_without_year
    assert days("The CSTO Collective Security Council met on September 15.") == [((9, 15), (9, 15))]
    assert days("В Душанбе сегодня, 5 октября, открылся саммит СНГ.") == [((10, 5), (10, 5))]
    assert days("The ministers meet from 5 to 6 December.") == [((12, 5), (12, 6))]
    assert days("Leap day: the council met on 29 February.") == [((2, 29), (2, 29))]
    assert days("The council met on 15 September 2015.") == []
    assert days("In 2015 the council met on September 15.") == []  # the sentence's year
    assert days("The council met last year.") == []


def test_a_day_with_no_year_chooses_among_a_citys_recorded_meetings(extract_json):
    """The CIS leaders have met in Dushanbe more than once (see above); "5 октября" (no year,
    no publication date) is the day of one of them, the council of 5 October 2007."""
    text = (
        "В Душанбе сегодня, 5 октября, открылся саммит СНГ. В нем принимают участие "
        "президенты России, Таджикистана, Беларуси."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert _tail(meeting["existing"]) == "chs-2007-10-05"
    assert meeting["start"] is None  # the record's link, not a date the text gives


def test_a_body_and_a_day_with_no_year_name_its_one_meeting_that_day(extract_json):
    """No city, no year: of the CSTO Collective Security Council's sessions, one sat on 15
    September (2015, in Dushanbe); two sat on 23 November (2022 and 2023), so that day names
    none, nor does a day it never sat on."""
    met = "The CSTO Collective Security Council met on {} to discuss regional security."
    linked = extract_json(met.format("September 15"), None)["meetings"][0]["existing"]
    assert _tail(linked) == "csc-2015-09-15"
    assert extract_json(met.format("November 23"), None)["meetings"][0]["existing"] is None
    assert extract_json(met.format("September 17"), None)["meetings"][0]["existing"] is None
    # "CSTO leaders": the council of its heads of state, the same body
    leaders = extract_json("CSTO leaders met on September 15 in a closed session.", None)
    assert _tail(leaders["meetings"][0]["existing"]) == "csc-2015-09-15"


def test_of_several_meetings_on_a_day_the_one_that_sat_on_more_of_the_days_said(extract_json):
    """NATO's foreign ministers sat in Brussels on 4-5 April 2023 and on 3-4 April 2024 and
    2025: "4 April" alone names none of them, "4 and 5 April" the 2023 meeting; "Tuesday 4
    April" too (round 36: 4 April was a Tuesday in 2023, a Thursday in 2024, a Friday in 2025)."""
    text = "Les ministres des Affaires étrangères de l'OTAN se sont réunis à Bruxelles {}."
    both = extract_json(text.format("les mardi 4 et mercredi 5 avril"), None)["meetings"][0]
    assert _tail(both["existing"]) == "fmm-2023-04"
    one = extract_json(text.format("le 4 avril"), None)["meetings"][0]
    assert one["existing"] is None
    on_tuesday = extract_json(text.format("le mardi 4 avril"), None)["meetings"][0]
    assert _tail(on_tuesday["existing"]) == "fmm-2023-04"


def test_a_deadline_is_no_past_year(extract_json):
    """ "d'ici juin 2012" (by June 2012) is not a year the text speaks of as past: the G8's
    summit of 26-27 May in Deauville is 2011's, the report being undated."""
    text = (
        "Les chefs d'Etat et de gouvernement du G8 se sont réunis à Deauville les 26 et 27 mai. "
        "Le Caire réclame entre 10 et 12 milliards de dollars, d'ici juin 2012."
    )
    meeting = extract_json(text, None)["meetings"][0]
    assert _tail(meeting["existing"]) == "summit-37"
    latest = proposals._latest_past_year
    said = proposals.split_sentences
    assert latest(said("Le sommet s'est tenu en 2011 à Deauville, dit-il.")) == date(2011, 1, 1)
    assert latest(said("Le Caire réclame 12 milliards d'ici juin 2012, dit-il.")) is None
    assert latest(said("Tunis wants the money by 2013 at the latest.")) is None
