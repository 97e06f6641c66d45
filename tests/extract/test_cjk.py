"""Reports in Chinese (extract/cjk.py): the gloss the rules read, names found without word
boundaries (and not inside longer words), dates, ordinals, traditional letters, and whole
reports read to meetings and participants. The sentences are the read set's (dev 291, 304,
338), shortened."""

from __future__ import annotations

from blocgraph.extract import cjk
from blocgraph.extract.dates import PartialDate

LABELS = {"CHN": "China", "KAZ": "Kazakhstan", "RUS": "Russia", "USA": "United States",
          "JPN": "Japan", "KOR": "South Korea", "IND": "India", "IDN": "Indonesia",
          "PNG": "Papua New Guinea", "GIN": "Guinea", "TJK": "Tajikistan",
          "ZAF": "South Africa", "MYS": "Malaysia"}  # fmt: skip


def gloss(text: str, published: PartialDate | None = None) -> str:
    return " ".join(cjk.read(text, LABELS, published).text.split())


def test_names_and_words_without_word_boundaries():
    text = "上海合作组织成员国元首理事会第十一次会议15日在哈萨克斯坦首都阿斯塔纳举行"
    assert gloss(text, PartialDate(2011, 6, 15)) == (
        "SCO member states 11th meeting of the Council of Heads of State 15 June in Astana, "
        "capital of Kazakhstan held"
    )


def test_a_name_is_not_read_inside_a_longer_one():
    assert "Indonesia" in gloss("成员国包括印度尼西亚、泰国") and "India" not in gloss("印度尼西亚")
    assert gloss("巴布亚新几内亚") == "Papua New Guinea"
    # one-letter names: only before 方 or in a run before a word of several states
    assert "United States" not in gloss("美元汇率")
    assert "China" not in gloss("中美洲国家") and "China" not in gloss("中国人民")[6:]
    assert gloss("中方表示") == "China 表示"  # "the Chinese side"
    assert gloss("东盟与中日韩(10+3)外长会") == (
        "ASEAN and China, Japan and South Korea (10+3) Foreign Ministers' Meeting"
    )
    assert gloss("方法") == "方法"


def test_a_quantified_group_of_members_reads_as_english_writes_it():
    assert gloss("东盟各成员国外长") == "all ASEAN member states Foreign Minister"
    assert gloss("其他成员国元首出席") == "the other member states heads of state attended"
    assert gloss("该组织六个成员国元首") == "该组织 the 6 member states heads of state"


def test_a_city_in_its_state_and_a_count_of_the_blocs_states():
    assert gloss("在南非约翰内斯堡举行") == "in Johannesburg, South Africa held"
    assert gloss("东盟十国防长") == "the 10 ASEAN member states Defence Minister"


def test_dates_ordinals_and_the_report_month():
    assert gloss("2006年6月15日") == "15 June 2006"
    assert gloss("7月24日至25日") == "24-25 July"
    # a day alone is the report's month's, or the month before's for a day past the report's
    assert gloss("15日", PartialDate(2011, 6, 16)) == "15 June"
    assert gloss("28日", PartialDate(2011, 7, 2)) == "28 June"
    assert gloss("本月", PartialDate(2016, 12, 3)) == "December 2016"
    assert gloss("第49届") == "49th" and gloss("第十九次") == "19th"
    assert cjk.chinese_number("四十九") == 49 and cjk.chinese_number("十一") == 11


def test_traditional_letters_and_pronunciations_in_brackets():
    text = "上海合作組織成員國元首理事會(huì)第十四次會(huì)議在塔吉克斯坦首都杜尚別舉行。"
    reading = cjk.read(text, LABELS)
    assert " ".join(reading.text.split()) == (
        "SCO member states 14th meeting of the Council of Heads of State in Dushanbe, capital of "
        "Tajikistan held 。"
    )
    # a quote from the gloss is given back as the report writes it
    at = reading.text.index("14th meeting")
    begin, end = reading.span(at, at + len("14th meeting of the Council of Heads of State"))
    assert text[begin:end] == "元首理事會(huì)第十四次會(huì)議"
    assert reading.quote("Dushanbe, capital of Tajikistan") == "塔吉克斯坦首都杜尚別"


def test_traditional_letters_of_blocs_and_cities():
    assert gloss("金磚國家領導人") == "BRICS leaders"
    assert gloss("在萬象舉行") == "in Vientiane held"
    # a traditional letter the table reads is never one simplified Chinese writes
    simplified_words = "".join([*cjk.WORDS, *cjk.BLOC_NAMES, *cjk.PLACES])
    assert not set(cjk._to_simplified()) & {ord(c) for c in simplified_words}


def test_an_english_report_is_not_glossed():
    assert not cjk.written_in_han("The SCO summit (上海合作组织峰会) opened in Astana on Friday.")
    assert cjk.written_in_han(
        "上海合作组织成员国元首理事会第十一次会议15日在哈萨克斯坦首都阿斯塔纳举行"
    )


def test_a_chinese_report_read_to_its_meeting(extract_json):
    text = (
        "新華社杜尚別9月12日電 9月12日,上海合作組織成員國元首理事會(huì)第十四次會(huì)議"
        "在塔吉克斯坦首都杜尚別舉行。中國國家主席習近平、哈薩克斯坦總統納扎爾巴耶夫、"
        "俄羅斯總統普京、塔吉克斯坦總統拉赫蒙出席會議。成員國元首先舉行小范圍會談,"
        "隨後邀請觀察員國阿富汗總統卡爾扎伊、伊朗總統魯哈尼和印度、巴基斯坦代表,"
        "主席國客人土庫曼斯坦總統別爾德穆哈梅多夫參加大范圍會談。"
    )
    result = extract_json(text, "2014-09-12")
    [meeting] = result["meetings"]
    assert meeting["bloc"].endswith("/SCO") and meeting["start"] == "2014-09-12"
    assert meeting["host"].endswith("/TJK")
    got = {(p["state"][-3:], p["capacity"]) for p in meeting["participants"]}
    assert {("CHN", "member"), ("RUS", "member"), ("KAZ", "member"), ("TJK", "host")} <= got
    assert {("AFG", "observer"), ("IRN", "observer"), ("IND", "observer")} <= got
    assert ("TKM", "guest") in got
    # quotes as the report writes them
    assert all(p["quote"] in text for p in meeting["participants"])
    assert meeting["date_quote"] in text and meeting["host_quote"] in text


def test_invited_states_at_an_asean_meeting(extract_json):
    text = (
        "新华社万象7月24日电 第49届东南亚国家联盟(东盟)外长会议24日在老挝首都万象开幕。"
        "东盟各成员国外长、东盟高级别官员参加开幕式,东帝汶、巴布亚新几内亚以及挪威外长也应邀出席。"
    )
    result = extract_json(text, "2016-07-24")
    [meeting] = result["meetings"]
    assert meeting["bloc"].endswith("/ASEAN") and meeting["ordinal"] == 49
    assert meeting["start"] == "2016-07-24" and meeting["host"].endswith("/LAO")
    got = {p["state"][-3:] for p in meeting["participants"]}
    assert {"TLS", "PNG", "NOR"} <= got


def test_japanese_names_in_katakana_and_titles():
    # the "ja" catalogue and its short forms; kana counts as the gloss's script
    text = "ロシアのプーチン大統領と中国の習近平国家主席、インドネシアとインドの首脳が出席した"
    assert cjk.written_in_han(text)
    glossed = gloss(text)
    assert glossed.startswith("Russia のプーチン President と China")
    assert "Indonesia と India の leaders" in glossed
    # a katakana name is not read inside a longer katakana word
    assert gloss("マレーシアのインドネシア料理") == "Malaysia の Indonesia 料理"
    assert "India" not in gloss("インドア")
    assert gloss("韓国と米国") == "South Korea と United States"


def test_japanese_meetings_era_years_and_latin_names_against_the_letters():
    # "G7外相会合": the bloc spaced off the letters, the meeting glossed
    assert "G7 Foreign Ministers' Meeting" in gloss("G7外相会合に参加")
    assert "G8 各国" in gloss("G8各国の首脳")
    assert "summit" in gloss("北海道洞爺湖サミットの最終日")
    # the Heisei and Reiwa eras' years ("令和" is no "和", and)
    assert gloss("平成20年7月9日").strip() == "9 July 2008"
    assert gloss("令和4年9月21日").strip() == "21 September 2022"
    assert gloss("令和元年6月28日").strip() == "28 June 2019"
    assert "and" in gloss("EU及びG7")


def test_a_japanese_report_of_a_g8_summit(extract_json):
    text = (
        "平成20年7月9日、福田総理は北海道洞爺湖サミットの最終日を迎え、"
        "G8各国の首脳と議論を行いました。"
    )
    [meeting] = extract_json(text, None)["meetings"]
    assert meeting["bloc"].endswith("/G7") and meeting["start"] == "2008-07-09"


def test_a_katakana_name_against_hiragana_names_the_state():
    # "(イタリアのみ副大臣)": Italy, no boundary but a longer katakana word's
    from blocgraph.extract.score import _names_state

    assert _names_state("G7各国外相(イタリアのみ副大臣)", ["イタリア"], "ITA")
    assert not _names_state("インドネシア料理", ["インド"], "IND")


def test_the_day_in_japan_time_after_the_local_one_is_no_date():
    glossed = gloss("現地時間9月21日、午後6時10分(日本時間9月22日午前7時10分)から")
    assert "21 September" in glossed and "22 September" not in glossed
