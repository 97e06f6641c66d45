"""Reports in Russian and Arabic (extract/languages.py): names in their cases and with their
prefixes, bloc names, dates, and whole sentences read to meetings and participants. The
sentences are written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from blocgraph.extract.dates import PartialDate, find_dates
from blocgraph.extract.languages import arabic_forms, russian_cases, strip_marks


def test_russian_cases_of_a_noun_an_adjective_and_a_plural():
    assert russian_cases("Армения") == ["Армения", "Армении", "Армению", "Арменией"]
    assert set(russian_cases("Казахстан")) == {
        "Казахстан", "Казахстана", "Казахстану", "Казахстаном", "Казахстане",
    }  # fmt: skip
    assert "Египта" in russian_cases("Египет")  # the vowel drops
    assert "Китае" in russian_cases("Китай")
    assert {"Беларуси", "Беларусью"} <= set(russian_cases("Беларусь"))
    assert {"Южной Кореи", "Южную Корею"} <= set(russian_cases("Южная Корея"))
    # the words after the head noun stay as they are; "ё" also written "е"
    assert "Организации Договора о коллективной безопасности" in russian_cases(
        "Организация Договора о коллективной безопасности"
    )
    assert "Объединенных Арабских Эмиратов" in russian_cases("Объединённые Арабские Эмираты")
    assert russian_cases("Перу") == ["Перу"]  # a foreign name in -у does not decline


def test_arabic_prefixes_and_marks():
    forms = arabic_forms("السّعوديّة")
    assert forms[0] == "السعودية"  # the catalogue's shadda dropped
    assert {"والسعودية", "بالسعودية", "للسعودية"} <= set(forms)  # ل before ال drops its alif
    assert "لالسعودية" not in forms
    assert {"ومصر", "بمصر", "لمصر"} <= set(arabic_forms("مصر"))
    assert "الامارات" in arabic_forms("الإمارات")  # written without the hamza
    assert strip_marks("Респу́блика") == "Республика"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("президенты России, Белоруссии и Армении", ["RUS", "BLR", "ARM"]),
        ("переговоры с Казахстаном и Киргизией", ["KAZ", "KGZ"]),
        ("саммит в Беларуси", ["BLR"]),
        ("Кыргызстан и Молдова", ["KGZ", "MDA"]),
        ("армянская делегация прибыла", ["ARM"]),  # an adjective before a delegation
        ("казахстанская сторона заявила", ["KAZ"]),
        ("китайский дипломат сказал", []),  # a nationality, not a government
        ("Армен Саркисян и Того же мнения", []),  # a given name; "of that"
        ("Китаец", []),  # a word that only begins like a name
        ("قادة السعودية والإمارات وسلطنة عمان", ["SAU", "ARE", "OMN"]),
        ("وصل إلى مصر وبالكويت", ["EGY", "KWT"]),
        ("زار عمان", []),  # Oman or Amman: left out
        ("قدمت دعم مالي", []),  # "financial", also Mali's name
        ("الجمهورية العربية السورية", ["SYR"]),  # pycountry's catalogue
        # an Arabic adjective after the title it qualifies: the king, crown prince, minister
        ("وصل الملك البحريني حمد بن عيسى", ["BHR"]),
        ("ووصل ولي العهد السعودي الأمير سلمان", ["SAU"]),
        ("وقال وزير الخارجية المصري سامح شكري", ["EGY"]),
        ("والتقى بالرئيس الروسي", ["RUS"]),
        ("المطبخ المصري", []),  # a nationality (Egyptian cuisine), not a government
    ],
)
def test_state_mentions_in_russian_and_arabic(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


@pytest.mark.parametrize(
    "text, bloc",
    [
        ("саммит ОДКБ", "CSTO"),
        ("заседание Совета организации Договора о коллективной безопасности", "CSTO"),
        ("государства — члены Шанхайской организации сотрудничества", "SCO"),
        ("лидеры стран СНГ", "CIS"),
        ("в рамках Евразийского экономического союза", "EAEU"),
        ("саммит БРИКС", "BRICS"),
        ("القمة الخليجية لمجلس التعاون لدول الخليج العربية", "GCC"),
        ("قمة مجلس التعاون الخليجي", "GCC"),
        ("دول بريكس", "BRICS"),
        ("منظمة شنغهاي للتعاون", "SCO"),
    ],
)
def test_bloc_names_in_russian_and_arabic(gaz, text, bloc):
    from blocgraph.extract.proposals import _matcher

    assert [b for b, _at in _matcher(gaz, text).blocs(text)] == [bloc]


def test_no_bloc_in_ordinary_russian_words(gaz):
    from blocgraph.extract.proposals import _matcher

    assert _matcher(gaz, "Весь мир").blocs("Весь мир и все страны") == []


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("30 ноября 2017 года прошла встреча", "2017-11-30", "2017-11-30"),
        ("Саммит пройдёт 29-30 ноября в Минске", "2017-11-29", "2017-11-30"),
        ("с 14 по 15 октября 2024 года", "2024-10-14", "2024-10-15"),
        ("в мае 2019 года", "2019-05", "2019-05"),
        ("Лидеры встретились в четверг", "2017-11-30", "2017-11-30"),
        ("Вчера в Минске", "2017-11-29", "2017-11-29"),
        ("يوم الثلاثاء 5 ديسمبر 2023", "2023-12-05", "2023-12-05"),
        ("في 9 و10 كانون الأول/ديسمبر 2023", "2023-12-09", "2023-12-10"),
        ("في حزيران 2022", "2022-06", "2022-06"),
        ("عقد القادة اجتماعهم يوم الخميس", "2017-11-30", "2017-11-30"),
    ],
)
def test_dates_in_russian_and_arabic(text, start, end):
    found = find_dates(text, PartialDate(2017, 11, 30))
    assert [(str(d.start), str(d.end)) for d in found] == [(start, end)]


def test_a_month_word_alone_is_no_date():
    assert find_dates("Март и май — весенние месяцы", PartialDate(2017, 11, 30)) == []


def test_a_day_ending_a_right_to_left_range_is_no_day_alone():
    # An Arabic date block written right to left: "5-8" of the Hijri month shows as "08-05",
    # and the line below begins with the Gregorian month. "05" is not the 5th of December.
    block = "جمادى الآخره 1411هـ 08-05\nديسمبر 1990م 25-22"
    assert find_dates(block, None) == []
    assert [str(d.start) for d in find_dates("في 05 ديسمبر 1990", None)] == ["1990-12-05"]


def test_the_period_from_a_hijri_range_to_its_gregorian_days(extract_json):
    # A long name between the meeting word and "in the period from": the Gregorian days after
    # "الموافق" (corresponding to) are still the session's.
    text = (
        "عقد الدورة الحادية عشرة للمجلس الاعلى لمجلس التعاون لدول الخليج العربية في مدينة الدوحة"
        " في الفترة من 5 الى 8 جمادى الآخره 1411هـ الموافق 22 الى 25 ديسمبر 1990م ، بحضور"
        " أمير دولة قطر."
    )
    [meeting] = [m for m in extract_json(text, None)["meetings"] if m["bloc"].endswith("GCC")]
    assert (meeting["start"], meeting["end"]) == ("1990-12-22", "1990-12-25")
    assert "22 الى 25 ديسمبر 1990" in meeting["date_quote"]


def test_sentences_open_in_cyrillic_and_arabic():
    from blocgraph.extract.proposals import split_sentences

    assert len(split_sentences("Саммит прошёл в Минске. Лидеры подписали декларацию.")) == 2
    assert len(split_sentences("عقدت القمة في الدوحة. وشارك فيها القادة.")) == 2


def test_a_cyrillic_initial_ends_no_sentence_nor_clause():
    from blocgraph.extract.proposals import _clauses, split_sentences

    text = "На встрече министр С. Лавров и Д.Ф. Мезенцев выступили. Лидеры подписали декларацию."
    assert len(split_sentences(text)) == 2
    # Kazakh's own capitals too ("Ә. Мусинов")
    assert len(split_sentences("Отырысқа Ә. Мусинов қатысты. Келесі жылы.")) == 2
    assert len(_clauses("министр С. Лавров и министр Е. Идрисов")) == 1


def test_ministers_named_with_their_initials_in_kazakh(extract_json):
    # (a list of ministers, each with an initial, and the verb of taking part at its end)
    text = (
        "ШЫҰ Сыртқы істер министрлері кеңесінің отырысына Қазақстан Республикасының Сыртқы "
        "істер министрі А. Мусинов, Ресей Федерациясының Сыртқы істер министрі С. Лавров, "
        "Қытай Халық Республикасының Сыртқы істер министрі Ван И қатысты."
    )
    [(bloc, _, _, participants)] = _facts(extract_json(text, "2014-07-31"))
    assert bloc == "bloc/SCO"
    assert participants == [
        ("state/CHN", "attended"),
        ("state/KAZ", "attended"),
        ("state/RUS", "attended"),
    ]


def test_the_leaders_of_states_in_indonesian(extract_json):
    # "para pemimpin" (the leaders of) before the list reads it as English's "leaders of";
    # the same list with no people ("Ekspor", exports) is no attendance
    summit = "KTT ASEAN ke-22 dibuka di Bandar Seri Begawan pada 24 April 2013. "
    text = summit + "Rabu pagi, para pemimpin Indonesia, Filipina dan Thailand disambut di bandara."
    [(_, _, _, participants)] = _facts(extract_json(text, "2013-04-24"))
    assert participants == [
        ("state/BRN", "attended"),
        ("state/IDN", "attended"),
        ("state/PHL", "attended"),
        ("state/THA", "attended"),
    ]
    text = summit + "Ekspor Indonesia, Filipina dan Thailand naik."
    [(_, _, _, participants)] = _facts(extract_json(text, "2013-04-24"))
    assert participants == [("state/BRN", "attended")]


def _facts(result):
    """(bloc, start, host, [(state, attendance)]) of each meeting, IRIs by their last two
    segments ("bloc/GCC")."""

    def tail(iri):
        return "/".join(iri.split("/")[-2:]) if iri else iri

    return [
        (
            tail(m["bloc"]),
            m["start"],
            tail(m.get("host")),
            sorted((tail(p["state"]), p["attendance"]) for p in m["participants"]),
        )
        for m in result["meetings"]
    ]


def test_a_russian_report(extract_json):
    text = (
        "В Астане 28 ноября 2024 года состоялась сессия Совета коллективной безопасности ОДКБ. "
        "В заседании приняли участие президенты России, Белоруссии, Казахстана, Киргизии и "
        "Таджикистана. Армения не приняла участия в саммите."
    )
    result = extract_json(text, "2024-11-28")
    [(bloc, start, host, participants)] = _facts(result)
    assert (bloc, start, host) == ("bloc/CSTO", "2024-11-28", "state/KAZ")
    assert participants == [
        ("state/ARM", "absent"),
        ("state/BLR", "attended"),
        ("state/KAZ", "attended"),
        ("state/KGZ", "attended"),
        ("state/RUS", "attended"),
        ("state/TJK", "attended"),
    ]


def test_an_arabic_report(extract_json):
    text = (
        "انطلقت في الدوحة يوم الثلاثاء 5 ديسمبر 2023 أعمال القمة الرابعة والأربعين لمجلس "
        "التعاون لدول الخليج العربية بمشاركة قادة السعودية والإمارات والبحرين وسلطنة عمان "
        "والكويت وقطر."
    )
    result = extract_json(text, "2023-12-05")
    [(bloc, start, host, participants)] = _facts(result)
    assert (bloc, start, host) == ("bloc/GCC", "2023-12-05", "state/QAT")
    assert [s for s, a in participants if a == "attended"] == [
        "state/ARE", "state/BHR", "state/KWT", "state/OMN", "state/QAT", "state/SAU",
    ]  # fmt: skip


def test_russian_event_and_present_tense_venue(extract_json):
    # "мероприятие" (officialese's "event") is the meeting just named; "проходит" (is being
    # held) says the meeting is held in the place before it, as "прошла" does
    text = (
        "В Ереване 14 октября 2016 года проходит сессия Совета коллективной безопасности ОДКБ. "
        "В мероприятии примут участие президенты России, Белоруссии и Казахстана."
    )
    result = extract_json(text, "2016-10-14")
    [(bloc, start, host, participants)] = _facts(result)
    assert (bloc, start, host) == ("bloc/CSTO", "2016-10-14", "state/ARM")
    assert {s for s, _a in participants} >= {"state/RUS", "state/BLR", "state/KAZ"}


@pytest.mark.parametrize(
    "text, start",
    [
        # a Russian agency's dateline ("МИНСК, 22 июня /ТАСС/.") dates a meeting going on
        # ("проходит", "собрались"), as "MINSK, June 22. /TASS/." does an English one
        (
            "МИНСК, 22 июня /ТАСС/. Заседание Совета министров обороны ОДКБ проходит в Минске. "
            "В заседании принимают участие министры обороны России и Белоруссии.",
            "2023-06-22",
        ),
        (
            "МИНСК, 22 июня /ТАСС/. Министры обороны России и Белоруссии собрались в Минске на "
            "заседание Совета министров обороны ОДКБ.",
            "2023-06-22",
        ),
        # not one the report says was held at another time
        (
            "МИНСК, 22 июня /ТАСС/. Заседание Совета министров обороны ОДКБ прошло в Минске в "
            "мае. В заседании приняли участие министры обороны России и Белоруссии.",
            None,
        ),
    ],
)
def test_a_russian_dateline_dates_a_meeting_going_on(extract_json, text, start):
    result = extract_json(text, "2023")
    [(bloc, got, host, _participants)] = _facts(result)
    assert (bloc, got, host) == ("bloc/CSTO", start, "state/BLR")


def test_belarusian_and_bengali_forms():
    from blocgraph.extract.languages import belarusian_cases, bengali_forms

    assert belarusian_cases("Расія") == ["Расія", "Расіі", "Расію", "Расіяй"]
    assert "Кітая" in belarusian_cases("Кітай") and "Казахстане" in belarusian_cases("Казахстан")
    assert belarusian_cases("Злучаныя Штаты") == ["Злучаныя Штаты"]  # a longer name as it is
    assert "ভারতের" in bengali_forms("ভারত")  # the genitive after a consonant
    assert "রাশিয়ার" in bengali_forms("রাশিয়া")  # after a vowel
    composed = "রাশি\u09dfা"
    assert composed + "র" in bengali_forms("রাশি\u09af\u09bcা")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("প্রধানমন্ত্রী ভারতের ও চীনের প্রেসিডেন্ট", ["IND", "CHN"]),  # the genitive
        ("রাশিয়ার প্রেসিডেন্ট এবং ব্রাজিল", ["RUS", "BRA"]),  # a short form, the catalogue's
        ("প্রাচীন শহর", []),  # "ancient": China's name inside a word
        ("Прэзідэнт Расіі і Кітая", ["RUS", "CHN"]),  # Belarusian cases
        ("у Рэспубліцы Беларусь і Казахстане", ["BLR", "KAZ"]),
    ],
)
def test_state_mentions_in_bengali_and_belarusian(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("расійская дэлегацыя прыбыла", ["RUS"]),  # a Belarusian adjective before a delegation
        ("беларускі бок заявіў", ["BLR"]),
        ("расійскі рынак", []),  # a market: no government
    ],
)
def test_belarusian_adjectives_before_their_people(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


def test_forms_of_the_eight_new_languages():
    from blocgraph.extract.languages import devanagari_forms, korean_forms, polish_cases

    assert polish_cases("Rosja") == ["Rosja", "Rosji", "Rosję", "Rosją"]
    assert polish_cases("Kanada") == ["Kanada", "Kanady", "Kanadzie", "Kanadę", "Kanadą"]
    assert polish_cases("Polska")[1:3] == ["Polski", "Polsce"]  # -i after k; k -> ce
    assert polish_cases("Kuwejt")[-1] == "Kuwejcie"  # t -> cie
    assert "Nepalu" in polish_cases("Nepal") and "Nepalie" not in polish_cases("Nepal")
    assert "Chinach" in polish_cases("Chiny")  # a plural, written out
    assert polish_cases("RPA") == ["RPA"]
    assert {"중국과", "중국은", "중국의"} <= set(korean_forms("중국"))
    forms = devanagari_forms("अफ़ग़ानिस्तान")
    assert "अफगानिस्तान" in forms and "अफगानिस्तानको" in forms  # without the nukta; Nepali's


@pytest.mark.parametrize(
    "text, expected",
    [
        # Vietnamese: short forms; "Mỹ Latinh" (Latin America); "Chủ Nhật" (Sunday)
        ("Tổng thống Nga Vladimir Putin và Thủ tướng Ấn Độ tham dự hội nghị", ["RUS", "IND"]),
        ("Hoa Kỳ và Trung Quốc, các nước Mỹ Latinh", ["USA", "CHN"]),
        ("Chủ Nhật, ông Nguyễn Minh Đức phát biểu", []),
        ("Minister Nguyen Thi Nga said on Monday", []),  # "Nga" counts in Vietnamese only
        # Korean: particles joined to the name; "인도" (India) not inside "인도네시아", "인도적"
        ("러시아와 중국은 정상회의에 참석했다", ["RUS", "CHN"]),
        ("인도네시아의 대통령과 인도 총리", ["IDN", "IND"]),
        ("인도적 지원을 논의했다", []),
        # Persian; "هند" (India) is the given name Hind in an Arabic text
        ("رئیس جمهور ایران و نخست وزیر هند در نشست شرکت کردند", ["IRN", "IND"]),
        ("قالت الفنانة هند صبري", []),
        # Nepali postpositions; Hindi, and "भारतीय" (Indian) is no name
        ("भारतको प्रधानमन्त्री र चीनका राष्ट्रपति नेपालमा", ["IND", "CHN", "NPL"]),
        ("रूस और चीन के नेता, अफगानिस्तान और पाकिस्तान", ["RUS", "CHN", "AFG", "PAK"]),
        ("भारतीय प्रधानमंत्री", ["IND"]),  # an adjective before a person: the government
        ("चीनी उत्पादन में", []),  # "चीनी" (Chinese, and sugar) before no person
        # Indonesian
        ("Presiden Rusia dan PM India menghadiri KTT di Tiongkok", ["RUS", "IND", "CHN"]),
        # Polish cases; "Chin" in English is no Polish genitive
        ("Prezydent Rosji i premier Indii byli na szczycie w Chinach", ["RUS", "IND", "CHN"]),
        ("fighting in Chin State", []),
        ("rosyjska delegacja i chiński prezydent", ["RUS", "CHN"]),  # adjectives before people
        ("polskie jabłka", []),  # Polish apples
        # Turkish: the case ending after an apostrophe
        ("Rusya'nın ve Çin'in liderleri zirveye katıldı", ["RUS", "CHN"]),
    ],
)
def test_state_mentions_in_the_eight_new_languages(gaz, text, expected):
    from blocgraph.extract.proposals import _matcher

    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == expected


@pytest.mark.parametrize(
    "text, absent, invite",
    [
        ("Thủ tướng Phạm Minh Chính tham dự hội nghị", False, False),
        ("Tổng thống vắng mặt tại hội nghị", True, False),
        ("윤석열 대통령이 정상회의에 참석했다", False, False),
        ("대통령은 이번 회의에 불참했다", True, False),
        ("사우디아라비아가 초청됐다", False, True),
        ("سران کشورها در نشست شرکت کردند", False, False),
        ("प्रधानमंत्री ने सम्मेलन में भाग लिया", False, False),
        ("राष्ट्रपति शिखर सम्मेलन में शामिल नहीं हुए", True, False),
        ("मिस्र को आमंत्रित किया गया", False, True),
        ("Presiden Joko Widodo menghadiri KTT", False, False),
        ("Presiden tidak hadir dalam KTT", True, False),
        ("Prezydent wziął udział w szczycie", False, False),
        ("Premier nie weźmie udziału w szczycie", True, False),
        ("Cumhurbaşkanı zirveye katıldı", False, False),
        ("Başbakan zirveye katılmadı", True, False),
        ("Mısır zirveye davet edildi", False, True),
    ],
)
def test_staying_away_and_invited_in_the_eight_new_languages(text, absent, invite):
    from blocgraph.extract.proposals import ABSENT, INVITE

    assert (bool(ABSENT.search(text)), bool(INVITE.search(text))) == (absent, invite)


def test_hindi_words_that_only_look_like_people(gaz):
    from blocgraph.extract.proposals import _matcher

    text = "भारतीय सरकारी कंपनी"  # a state-owned company: no government
    assert [m.iso3 for m in _matcher(gaz, text).states(text)] == []
