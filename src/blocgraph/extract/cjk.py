"""Reports written without spaces between words (Chinese): read through a gloss.

The extractor's rules find names and words between word boundaries (``\\b``, ``(?<!\\w)``),
and Chinese has none: "上海合作组织成员国元首理事会第十一次会议15日在哈萨克斯坦首都阿斯塔纳举行" is
one run of letters. Rather than write every rule again for such text, ``read`` glosses the
report: each name and word it knows (a state, a capital, a bloc, a body, a meeting noun, a
verb of taking part, a date, an ordinal) is written out in English between spaces, the rest
of the text is left as it is, and a map keeps where each glossed letter came from, so that a
quote taken from the gloss is given back as the report writes it (``Reading.original``):
"SCO member states Council of Heads of State 11th meeting 15 June in Kazakhstan capital
Astana held". The rules then read the gloss as they read English.

Names are found longest first at each place in the text, so a shorter name is never read
inside a longer one the tables know ("印度" inside "印度尼西亚", "几内亚" inside "巴布亚新几内亚").
The one-letter short names ("中", "俄", "美") are read only where Chinese uses them as names:
before "方" (side: "中方", "俄方") and in a run of two or more ("中俄", "中日韩") before a word
that says two or more states ("两国", "外长", "关系", "(10+3)"); never alone ("美元", "中国人民"
and "中美洲" are no states).

State names come from pycountry's gettext catalogues of ISO 3166-1 names (zh_CN, zh_TW,
zh_HK) and the short forms below; the traditional letters of the words below are read as
simplified ones.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from blocgraph.extract import languages

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_LETTER = re.compile(f"[{HAN}]")


def is_han(text: str) -> bool:
    return bool(_HAN_LETTER.search(text))


# katakana with its long-vowel mark, which writes a foreign word's length inside it ("マレーシア")
KATAKANA = languages.SCRIPT_LETTERS["kana"] + "\u30fc"
KANA = "\u3041-\u3096" + KATAKANA
_KANA_LETTER = re.compile(f"[{KANA}]")


def written_in_han(text: str) -> bool:
    """A report in Chinese or Japanese: more Chinese letters and Japanese kana than Latin ones
    (an English report that quotes a name in Chinese is read as English)."""
    han = len(_HAN_LETTER.findall(text)) + len(_KANA_LETTER.findall(text))
    return han >= 20 and han > len(re.findall(r"[A-Za-z]", text))


# --- names -------------------------------------------------------------------------------
# Short forms news text uses that the catalogues give only in a long official form (or not
# at all): Xinhua's and the Chinese foreign ministry's usual names.
STATE_NAMES = {
    "中国": "CHN", "中华人民共和国": "CHN", "俄罗斯": "RUS", "俄联邦": "RUS", "美国": "USA",
    "英国": "GBR", "法国": "FRA", "德国": "DEU", "日本": "JPN", "韩国": "KOR", "朝鲜": "PRK",
    "印度": "IND", "巴基斯坦": "PAK", "伊朗": "IRN", "蒙古国": "MNG", "蒙古": "MNG",
    "阿富汗": "AFG", "白俄罗斯": "BLR", "哈萨克斯坦": "KAZ", "吉尔吉斯斯坦": "KGZ",
    "吉尔吉斯": "KGZ", "塔吉克斯坦": "TJK", "乌兹别克斯坦": "UZB", "土库曼斯坦": "TKM",
    "亚美尼亚": "ARM", "阿塞拜疆": "AZE", "摩尔多瓦": "MDA", "乌克兰": "UKR",
    "格鲁吉亚": "GEO", "土耳其": "TUR", "老挝": "LAO", "越南": "VNM", "柬埔寨": "KHM",
    "缅甸": "MMR", "泰国": "THA", "马来西亚": "MYS", "新加坡": "SGP", "印度尼西亚": "IDN",
    "印尼": "IDN", "菲律宾": "PHL", "文莱": "BRN", "东帝汶": "TLS", "澳大利亚": "AUS",
    "新西兰": "NZL", "巴西": "BRA", "南非": "ZAF", "阿根廷": "ARG", "墨西哥": "MEX",
    "加拿大": "CAN", "意大利": "ITA", "沙特阿拉伯": "SAU", "沙特": "SAU", "阿联酋": "ARE",
    "卡塔尔": "QAT", "科威特": "KWT", "巴林": "BHR", "阿曼": "OMN", "埃及": "EGY",
    "埃塞俄比亚": "ETH", "斯里兰卡": "LKA", "尼泊尔": "NPL", "孟加拉国": "BGD",
    "马尔代夫": "MDV", "不丹": "BTN", "委内瑞拉": "VEN", "玻利维亚": "BOL", "叙利亚": "SYR",
    "坦桑尼亚": "TZA", "巴布亚新几内亚": "PNG", "挪威": "NOR", "西班牙": "ESP",
    # Hong Kong's and Taiwan's usual names (after ``simplified``): "澳洲", "南韓", "紐西蘭"
    "澳洲": "AUS", "南韩": "KOR", "纽西兰": "NZL",
}  # fmt: skip
# Japanese: pycountry's "ja" catalogue writes most names in katakana ("ブラジル", "カザフスタン")
# and a few in kanji ("中国", "韓国", "米国"); these short forms it gives only in a long
# official form ("ロシア連邦") or not at all ("イギリス" beside its "英国").
JAPANESE_NAMES = {
    "ロシア": "RUS", "アメリカ": "USA", "イギリス": "GBR", "南アフリカ": "ZAF",
    "サウジ": "SAU", "北朝鮮": "PRK", "ベラルーシ": "BLR", "キルギス": "KGZ",
    "トルクメニスタン": "TKM", "モルドバ": "MDA", "アラブ首長国連邦": "ARE",
}  # fmt: skip
# Catalogue names in katakana that are also words or parts of names in Japanese text: "マリ"
# (Mali; also Marie, "マリア"), "チャド" (Chad; a given name), "ジョージア" (Georgia; the US state),
# "ドミニカ" (Dominica; the Dominican Republic's short name too).
JAPANESE_LEFT_OUT = {"マリ", "チャド", "ジョージア", "ドミニカ"}
# Catalogue names that are other words in running text: "苏丹" (Sudan) is also a sultan
# ("文莱苏丹", the Sultan of Brunei); "中非" (the Central African Republic's common name)
# is also "China and Africa".
NAMES_LEFT_OUT = {"苏丹", "中非", "乍得湖"}
# One-letter names, read only before "方" or in a run of two or more (the module's docstring).
SHORT_NAMES = {
    "中": "CHN", "俄": "RUS", "美": "USA", "英": "GBR", "法": "FRA", "德": "DEU", "日": "JPN",
    "韩": "KOR", "朝": "PRK", "印": "IND", "越": "VNM", "蒙": "MNG", "哈": "KAZ",
}  # fmt: skip
# What follows a run of one-letter names that makes them states ("中俄两国", "中日韩外长").
_AFTER_RUN = r"(?:[两三四五]国|外长|领导人|元首|首脑|关系|合作|双方|三方|峰会|会晤|总统|总理|[（(])"
_SHORT = "".join(SHORT_NAMES)
# A run of one-letter names, or one before "方" (side), as ``read`` reads them.
_ONE_LETTER_NAMES = (
    f"(?P<run>[{_SHORT}]{{2,4}})(?={_AFTER_RUN})|(?P<side>[{_SHORT}])方(?![面法式向案针])"
)


def one_letter_names(text: str) -> set[str]:
    """The ISO3 codes of the states ``read`` finds by their one-letter names in ``text``
    ("中日韓外長": CHN, JPN, KOR): the scorer asks it whether a quote names a state."""
    found = re.finditer(_ONE_LETTER_NAMES, simplified(text))
    return {SHORT_NAMES[c] for m in found for c in m["run"] or m["side"]}


# Capitals and the cities the blocs meet in (Xinhua's spellings), by the name the gazetteer
# knows them by in English.
PLACES = {
    "北京": "Beijing", "上海": "Shanghai", "青岛": "Qingdao", "成都": "Chengdu",
    "杭州": "Hangzhou", "厦门": "Xiamen", "天津": "Tianjin", "阿斯塔纳": "Astana",
    "努尔苏丹": "Nur-Sultan", "阿拉木图": "Almaty", "杜尚别": "Dushanbe",
    "比什凯克": "Bishkek", "塔什干": "Tashkent", "撒马尔罕": "Samarkand", "莫斯科": "Moscow",
    "圣彼得堡": "Saint Petersburg", "乌法": "Ufa", "喀山": "Kazan", "新德里": "New Delhi",
    "果阿": "Goa", "伊斯兰堡": "Islamabad", "万象": "Vientiane", "斯里巴加湾市":
    "Bandar Seri Begawan", "斯里巴加湾": "Bandar Seri Begawan", "雅加达": "Jakarta",
    "吉隆坡": "Kuala Lumpur", "曼谷": "Bangkok", "马尼拉": "Manila", "河内": "Hanoi",
    "金边": "Phnom Penh", "内比都": "Naypyidaw", "仰光": "Yangon", "东京": "Tokyo",
    "首尔": "Seoul", "华盛顿": "Washington", "布鲁塞尔": "Brussels", "约翰内斯堡":
    "Johannesburg", "德班": "Durban", "巴西利亚": "Brasília", "福塔莱萨": "Fortaleza",
    "利雅得": "Riyadh", "多哈": "Doha", "麦纳麦": "Manama", "马斯喀特": "Muscat",
    "阿布扎比": "Abu Dhabi", "亚的斯亚贝巴": "Addis Ababa", "明斯克": "Minsk",
    "埃里温": "Yerevan", "巴库": "Baku", "阿什哈巴德": "Ashgabat", "安卡拉": "Ankara",
    "大阪": "Osaka", "汉堡": "Hamburg", "布宜诺斯艾利斯": "Buenos Aires", "罗马": "Rome",
    "巴黎": "Paris", "伦敦": "London", "柏林": "Berlin", "维尔纽斯": "Vilnius",
    "马德里": "Madrid", "华沙": "Warsaw", "加德满都": "Kathmandu", "科伦坡": "Colombo",
    "达卡": "Dhaka", "喀布尔": "Kabul", "德黑兰": "Tehran", "乌兰巴托": "Ulaanbaatar",
}  # fmt: skip

# The cities above that the knowledge base records no place or capital by, and their states.
PLACE_STATES = {"Chengdu": "CHN", "Yangon": "MMR"}

# Blocs, by the name the gazetteer knows (the Chinese foreign ministry's names of them and
# their short forms).
BLOC_NAMES = {
    "上海合作组织": "SCO", "上合组织": "SCO", "上合": "SCO", "上海五国": "Shanghai Five",
    "金砖国家": "BRICS", "金砖": "BRICS", "东南亚国家联盟": "ASEAN", "东盟": "ASEAN",
    "海湾阿拉伯国家合作委员会": "GCC", "海湾合作委员会": "GCC", "海合会": "GCC",
    "集体安全条约组织": "CSTO", "集安组织": "CSTO", "欧亚经济联盟": "Eurasian Economic Union",
    "七国集团": "G7", "八国集团": "G8", "南亚区域合作联盟": "SAARC", "南盟": "SAARC",
    "独立国家联合体": "CIS", "独联体": "CIS", "欧洲联盟": "EU", "欧盟": "EU",
    "南方共同市场": "Mercosur", "南共市": "Mercosur", "二十国集团": "G20",
    "石油输出国组织": "OPEC", "欧佩克": "OPEC", "北大西洋公约组织": "NATO", "北约": "NATO",
    "非洲联盟": "African Union", "非盟": "African Union", "美洲国家组织": "OAS",
}  # fmt: skip

# Bodies and meeting words, in the English the gazetteer's body names and the rules use.
_BODIES = {
    "元首理事会", "政府首脑理事会", "总理理事会", "外长理事会", "外交部长理事会",
    "集体安全理事会", "最高欧亚经济理事会", "欧亚政府间理事会", "最高理事会", "领导人",
}  # fmt: skip
WORDS = {
    # bodies
    "元首理事会": "Council of Heads of State", "政府首脑理事会": "Council of Heads of Government",
    "总理理事会": "Council of Heads of Government", "外长理事会": "Council of Foreign Ministers",
    "外交部长理事会": "Council of Foreign Ministers",
    "国防部长会议": "Defence Ministers' Meeting", "防长会议": "Defence Ministers' Meeting",
    "国防部长扩大会议": "Defence Ministers' Meeting-Plus",
    "防长扩大会议": "Defence Ministers' Meeting-Plus",
    # the forum as an institution ("东盟防长扩大会议机制建立以来", since the ADMM-Plus mechanism
    # was set up), no meeting of it
    "防长扩大会议机制": "Plus mechanism", "国防部长扩大会议机制": "Plus mechanism",
    "防长会议机制": "ministers' mechanism", "国防部长会议机制": "ministers' mechanism",
    "外长会议": "Foreign Ministers' Meeting", "外长会": "Foreign Ministers' Meeting",
    "外交部长会议": "Foreign Ministers' Meeting",
    "财长和央行行长会议": "Finance Ministers and Central Bank Governors Meeting",
    "集体安全理事会": "Collective Security Council",
    "最高欧亚经济理事会": "Supreme Eurasian Economic Council",
    "欧亚政府间理事会": "Eurasian Intergovernmental Council", "最高理事会": "Supreme Council",
    "领导人峰会": "Leaders' Summit", "首脑会议": "summit", "峰会": "summit",
    "东亚峰会": "East Asia Summit", "地区论坛": "Regional Forum",
    # (not "会谈": a summit's own sessions, "小范围会谈" and "大范围会谈", which English
    # "talks" would make a side meeting of)
    "会议": "meeting", "会晤": "meeting", "论坛": "forum",
    "系列会议": "meetings", "开幕式": "opening ceremony",
    # taking part, staying away, being invited
    "出席": "attended", "与会": "attended", "参加": "took part in", "参与": "took part in",
    "未出席": "did not attend", "没有出席": "did not attend", "缺席": "did not attend",
    "应邀": "invited", "邀请": "invited", "观察员国": "observer states",
    "观察员": "observers", "对话伙伴国": "dialogue partners", "对话伙伴": "dialogue partners",
    "成员国": "member states", "轮值主席国": "chair",
    "主席国": "chair", "客人": "guests", "东道国": "host", "东道主": "host", "主办": "hosted",
    "主持": "chaired",
    # being held, the future
    "举行": "held", "召开": "held", "举办": "held", "开幕": "opened", "闭幕": "closed",
    "将于": "will on", "将": "will", "即将": "will", "届时": "then",
    # people
    "元首": "heads of state", "领导人": "leaders", "国家主席": "President", "总统": "President",
    "总理": "Prime Minister", "首相": "Prime Minister", "外交部长": "Foreign Minister",
    "外长": "Foreign Minister", "国防部长": "Defence Minister", "防长": "Defence Minister",
    "财政部长": "Finance Minister", "财长": "Finance Minister", "代表": "representatives",
    "代表团": "delegation", "首都": "capital", "其他": "other", "新华社": "Xinhua",
    # small words
    "在": "in", "于": "in", "和": "and", "及": "and", "以及": "and", "与": "and",
    "并": "and", "成立": "founded", "共和国": "Republic", "和平": "peace",
    "今天": "today", "今日": "today", "昨天": "yesterday", "昨日": "yesterday",
    "明天": "tomorrow", "明日": "tomorrow",
}  # fmt: skip

# Japanese titles and words of taking part the Chinese ones above do not cover ("プーチン大統領",
# "首脳", "外相"): read into the same English.
JAPANESE_WORDS = {
    "大統領": "President", "首脳": "leaders", "外相": "Foreign Minister",
    "外務大臣": "Foreign Minister", "国防相": "Defence Minister", "財務相": "Finance Minister",
    "代表団": "delegation",
    # meetings: "サミット" (summit, in katakana), "首脳会議"/"首脳会合" (leaders' meeting: a
    # summit), "会合" (meeting), "外相会合"/"外相会議" (foreign ministers' meeting); "及び" and
    # "並びに" (and: not "及" glossed and "び" left over)
    "サミット": "summit", "首脳会議": "summit", "首脳会合": "summit", "会合": "meeting",
    "外相会合": "Foreign Ministers' Meeting", "外相会議": "Foreign Ministers' Meeting",
    "及び": "and", "並びに": "and",
    "閣僚会合": "Ministerial Meeting", "閣僚会議": "Ministerial Meeting",
    "国防相会議": "Defence Ministers' Meeting", "防衛相会議": "Defence Ministers' Meeting",
    "国防相会合": "Defence Ministers' Meeting", "防衛相会合": "Defence Ministers' Meeting",
    "開催": "held",
}  # fmt: skip
# Blocs in Japanese (the foreign ministry's names and their short forms), read as the Chinese
# names are; "主要7か国" (the major seven countries) is the G7.
JAPANESE_BLOC_NAMES = {
    "東南アジア諸国連合": "ASEAN", "アセアン": "ASEAN", "上海協力機構": "SCO",
    "北大西洋条約機構": "NATO", "欧州連合": "EU", "石油輸出国機構": "OPEC",
    "アフリカ連合": "African Union", "独立国家共同体": "CIS", "集団安全保障条約機構": "CSTO",
    "湾岸協力会議": "GCC", "南アジア地域協力連合": "SAARC",
    "ユーラシア経済連合": "Eurasian Economic Union",
    "米州機構": "OAS", "主要7か国": "G7", "主要7カ国": "G7", "主要20か国": "G20",
    "主要20カ国": "G20",
}  # fmt: skip

# The councils among the words above, and "领导人" (leaders: "金砖国家领导人第十五次会晤"),
# that an ordinal follows in a meeting's name.
BODY_WORDS = [w for w in WORDS if w in _BODIES]

PUNCTUATION = {
    "，": ", ", "、": ", ", "；": "; ", "：": ": ", "（": " (", "）": ") ", "“": ' "', "”": '" ',
    "「": ' "', "」": '" ', "《": ' "', "》": '" ', "！": "!", "？": "?", "—": " - ",
}  # fmt: skip
# A sentence ends on these (proposals.split_sentences reads them as it reads ". ").
SENTENCE_ENDS = "。！？"

# Traditional letters of the words above that the catalogues' pairs do not give.
_TRADITIONAL = (
    "會议舉參觀員組織與屆總統開將際國聯盟東亞歐經濟長為時們這個統領導議論壇對話夥伴邀請"
    "應邀團體閉幕須邊區歷發戰關係兩華別爾薩蘭羅維貝庫烏達馬來亞韓喬魯納幹齊衛莫斯瑪紐幾內茲"
    "磚獨場辦財並沒談腦間凱萬灣頓麥溫漢倫滿島廈門聖蘇圖萊擴撾機"
)
_SIMPLIFIED = (
    "会议举参观员组织与届总统开将际国联盟东亚欧经济长为时们这个统领导议论坛对话伙伴邀请"
    "应邀团体闭幕须边区历发战关系两华别尔萨兰罗维贝库乌达马来亚韩乔鲁纳干齐卫莫斯玛纽几内兹"
    "砖独场办财并没谈脑间凯万湾顿麦温汉伦满岛厦门圣苏图莱扩挝机"
)


@functools.cache
def _to_simplified() -> dict[int, str]:
    """Traditional letter -> simplified, for the letters of the words above. (The catalogues'
    names of a state in both scripts would give more pairs, but many are two transliterations,
    "寮國" and "老挝", not one name in two scripts: their letters are read as names instead.)"""
    return {ord(t): s for t, s in zip(_TRADITIONAL, _SIMPLIFIED, strict=True) if t != s}


def simplified(text: str) -> str:
    """The text with traditional letters read as simplified (letter for letter)."""
    return text.translate(_to_simplified())


# (the gloss reads the text in simplified letters: "大統領" as "大统领")
WORDS.update({simplified(k): v for k, v in JAPANESE_WORDS.items()})
BLOC_NAMES.update({simplified(k): v for k, v in JAPANESE_BLOC_NAMES.items()})


def state_names() -> list[tuple[str, str]]:
    """(Chinese name, ISO3): the catalogues' names (simplified and traditional) and the short
    forms above."""
    pairs = list(STATE_NAMES.items())
    for english, name, iso3 in languages.catalogue_names(("zh_CN", "zh_TW", "zh_HK")):
        if name == english or not is_han(name):  # a name the catalogue does not translate
            continue
        name = re.sub(r"\s*[（][^（）]*[）]", "", name).strip()  # full-width brackets too
        if name and "," not in name and "，" not in name:
            pairs.append((name, iso3))
            pairs.append((simplified(name), iso3))
    # Japanese: the "ja" catalogue (a name in kanji is read as simplified letters too, as the
    # gloss reads the text: "韓国" as "韩国")
    japanese = list(JAPANESE_NAMES.items())
    for english, name, iso3 in languages.catalogue_names(("ja",)):
        name = re.sub(r"\s*[（(][^（）()]*[）)]", "", name).strip()
        if name != english and (is_han(name) or _KANA_LETTER.search(name)) and "、" not in name:
            japanese.append((name, iso3))
    for name, iso3 in japanese:
        if name not in JAPANESE_LEFT_OUT and name not in NAMES_LEFT_OUT:
            pairs += [(name, iso3), (simplified(name), iso3)]
    return list(dict.fromkeys((n, i) for n, i in pairs if n not in NAMES_LEFT_OUT and len(n) >= 2))


# --- the gloss -------------------------------------------------------------------------------
_NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def chinese_number(word: str) -> int | None:
    """ "十一" -> 11, "四十九" -> 49, "19" -> 19; None for what is no number below 1000."""
    if word.isdigit():
        return int(word)
    total, digit = 0, None
    for letter in word:
        if letter in _NUMERALS:
            digit = _NUMERALS[letter]
        elif letter in "十百":
            total += (1 if digit is None else digit) * (10 if letter == "十" else 100)
            digit = None
        else:
            return None
    return total + (digit or 0)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_NUM = r"[0-9零〇一二两三四五六七八九十百]+"
_DATE = (
    r"(?:(?P<y>(?:19|20)\d\d)年|(?P<era>昭和|平成|令和)(?P<ey>元|\d{1,2})年)?"
    r"(?P<m>1[0-2]|0?[1-9])月(?P<d>[0-3]?\d)日"
    r"(?:(?:至|到|-|－|—|～|~)(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>[0-3]?\d)日)?"
    r"|(?P<ym_y>(?:19|20)\d\d)年(?P<ym_m>1[0-2]|0?[1-9])月(?!\d)"
    r"|(?<![\d月])(?P<dd>[0-3]?\d)日(?:(?:至|到|-|－|—)(?P<dd2>[0-3]?\d)日)?"
    r"|(?<!\d)(?P<mo>1[0-2]|0?[1-9])月(?![\d日])"
    r"|(?P<yr>(?:19|20)\d\d)年"
    r"|(?P<this_month>本月|这个月)|(?P<next_month>下月|下个月)|(?P<last_month>上月|上个月)"
)
# Japanese era years before a month and day ("平成20年7月9日": 2008; "令和元年": 2019): the
# year before each era's first (Shōwa from 1926, Heisei from 1989, Reiwa from 2019).
_ERAS = {"昭和": 1925, "平成": 1988, "令和": 2018}
_ORDINAL = r"第(?P<n{}>" + _NUM + r")(?:次|届|轮)"
_PINYIN_AT = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")


@dataclass
class Reading:
    """The gloss of a report and, for each of its letters, the span of the report's it stands
    for."""

    text: str
    starts: list[int]
    ends: list[int]
    original: str

    def span(self, begin: int, end: int) -> tuple[int, int]:
        """The report's span for the gloss's ``text[begin:end]``."""
        if begin >= end:
            at = self.starts[begin] if begin < len(self.starts) else len(self.original)
            return at, at
        return self.starts[begin], self.ends[end - 1]

    def quote(self, quote: str | None) -> str | None:
        """A quote taken from the gloss, as the report writes it (trimmed of the spaces and
        commas the gloss put at its ends)."""
        if not quote:
            return quote
        at = self.text.find(quote)
        if at < 0:
            return quote
        begin, end = self.span(at, at + len(quote))
        return self.original[begin:end].strip(" ,，、")


def _kana_bounded(name: str) -> str:
    """The name as a pattern; one that begins or ends in katakana is not read inside a longer
    katakana word ("インド" in "インドネシア" is left to the longer name, but "マレーシア" holds no
    name either way): katakana writes foreign words letter by letter, with no boundary."""
    head = f"(?<![{KATAKANA}])" if re.match(f"[{KATAKANA}]", name) else ""
    tail = f"(?![{KATAKANA}])" if re.search(f"[{KATAKANA}]$", name) else ""
    return head + re.escape(name) + tail


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = {**{n: "" for n, _ in state_names()}, **PLACES, **BLOC_NAMES, **WORDS}
    words = "|".join(_kana_bounded(w) for w in sorted(names, key=len, reverse=True))
    states = "|".join(_kana_bounded(n) for n, _ in sorted(state_names(), key=lambda p: -len(p[0])))
    places = "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True))
    bodies = "|".join(re.escape(w) for w in sorted(BODY_WORDS, key=len, reverse=True))
    blocs = "|".join(re.escape(b) for b in sorted(BLOC_NAMES, key=len, reverse=True))
    return re.compile(
        # (not the day in Japan time a Japanese report gives after the local one:
        # "現地時間9月21日…(日本時間9月22日午前7時10分)")
        f"(?<!日本时间)(?P<date>{_DATE})|(?P<ord>{_ORDINAL.format('')})"
        # "东盟各成员国" (ASEAN each member state), "其他成员国", "六个成员国": the quantifier
        # before the bloc, as English writes it ("all ASEAN member states")
        f"|(?P<gbloc>{blocs})?(?P<q>各|所有|全体|其他|其余|(?P<count>{_NUM})个)成员国"
        # "东盟十国" (the ten ASEAN states), "金砖五国"
        f"|(?P<nbloc>{blocs})(?P<ncount>{_NUM})国(?!家)"
        # "老挝首都万象" (Laos's capital Vientiane), "南非约翰内斯堡": read as "Vientiane, capital
        # of Laos", "Johannesburg, South Africa"
        f"|(?P<state>{states})(?P<capital>首都)?(?P<city>{places})"
        # "元首理事会第十一次会议" (the Council of Heads of State's 11th meeting): the ordinal
        # before the body, as English writes it ("the 11th meeting of the Council of ...")
        f"|(?P<body>{bodies})(?P<bord>{_ORDINAL.format(2)})(?P<noun>会议|会晤|峰会)"
        f"|{_ONE_LETTER_NAMES}"
        f"|(?P<word>{words})|(?P<punct>[{''.join(PUNCTUATION)}])"
        # a Latin name written against Chinese or Japanese letters ("G8各国", "G7外相会合",
        # "EU外務"): spaced off them, so that it is a whole word to the rules
        f"|(?P<latin>(?<=[{HAN}{KANA}])[A-Za-z][A-Za-z0-9+]*|[A-Za-z][A-Za-z0-9+]*(?=[{HAN}{KANA}]))"
    )


@functools.cache
def _lexicon(labels: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Chinese -> English: states by their label in the gazetteer, then the tables above."""
    label = dict(labels)
    out = {n: label[i] for n, i in state_names() if i in label}
    return {**out, **PLACES, **BLOC_NAMES, **WORDS}


def read(text: str, labels: dict[str, str], published: object = None) -> Reading:
    """The gloss of ``text`` (see the module's docstring). ``labels``: ISO3 -> the state's
    English name; ``published``: the report's day (a PartialDate), for a day or a month
    written without the month or the year ("15日", "本月")."""
    # "會(huì)議": a pronunciation some copies write after each letter; read without it (``keep``:
    # where each letter of what is read is in the report)
    keep = [i for i in range(len(text)) if not _in_pinyin(text, i)]
    source = simplified("".join(text[i] for i in keep))
    lexicon = _lexicon(tuple(sorted(labels.items())))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def put(piece: str, begin: int, end: int) -> None:
        out.append(piece)
        starts.extend([begin] * len(piece))
        ends.extend([end] * len(piece))

    def spaced(word: str, begin: int, end: int) -> None:
        if out and not out[-1].endswith((" ", "\n")):
            put(" ", begin, begin)
        put(word, begin, end)
        put(" ", end, end)

    at = 0
    for m in _pattern().finditer(source):
        for i in keep[at : m.start()]:
            put(text[i], i, i + 1)
        at = m.end()
        begin, end = keep[m.start()], keep[m.end() - 1] + 1
        if m["punct"]:
            put(PUNCTUATION[m["punct"]], begin, end)
        elif m["date"]:
            spaced(_date(m, published), begin, end)
        elif m["ord"]:
            n = chinese_number(m["n"])
            spaced(_ordinal(n) if n else m[0], begin, end)
        elif m["q"]:
            bloc = BLOC_NAMES[m["gbloc"]] + " " if m["gbloc"] else ""
            n = chinese_number(m["count"]) if m["count"] else None
            head = f"the {n}" if n else "the other" if m["q"] in ("其他", "其余") else "all"
            spaced(f"{head} {bloc}member states", begin, end)
        elif m["ncount"]:
            n = chinese_number(m["ncount"])
            spaced(f"the {n} {BLOC_NAMES[m['nbloc']]} member states", begin, end)
        elif m["city"]:
            state, city = lexicon.get(m["state"], m["state"]), PLACES[m["city"]]
            spaced(f"{city}, {'capital of ' if m['capital'] else ''}{state}", begin, end)
        elif m["body"]:
            n = chinese_number(m["n2"])
            noun = WORDS[m["noun"]]
            spaced(f"{_ordinal(n) if n else ''} {noun} of the {WORDS[m['body']]}", begin, end)
        elif m["run"]:
            named = [labels.get(SHORT_NAMES[c], SHORT_NAMES[c]) for c in m["run"]]
            spaced(", ".join(named[:-1]) + " and " + named[-1], begin, end)
        elif m["latin"]:
            spaced(m[0], begin, end)
        elif m["side"]:
            iso3 = SHORT_NAMES[m["side"]]
            spaced(labels.get(iso3, iso3), begin, end)
        else:
            spaced(lexicon.get(m[0], m[0]), begin, end)
    for i in keep[at:]:
        put(text[i], i, i + 1)
    return Reading("".join(out), starts, ends, text)


def _in_pinyin(text: str, at: int) -> bool:
    """Whether the letter at ``at`` is part of a pronunciation in brackets after a Chinese
    letter ("會(huì)")."""
    start = text.rfind("(", max(0, at - 9), at + 1)
    if start <= 0 or not is_han(text[start - 1]):
        return False
    m = _PINYIN_AT.match(text, start)
    return m is not None and at < m.end()


def _date(m: re.Match[str], published: object) -> str:
    year, month, day = (getattr(published, k, None) for k in ("year", "month", "day"))
    if m["m"]:
        head = f"{m['d']}"
        if m["d2"]:
            head += f"-{m['d2']}" if not m["m2"] or m["m2"] == m["m"] else ""
        words = f"{head} {_MONTHS[int(m['m']) - 1]}"
        if m["d2"] and m["m2"] and m["m2"] != m["m"]:
            words += f" - {m['d2']} {_MONTHS[int(m['m2']) - 1]}"
        year = m["y"] or (
            _ERAS[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"])) if m["era"] else None
        )
        return f"{words} {year}" if year else words
    if m["ym_y"]:
        return f"{_MONTHS[int(m['ym_m']) - 1]} {m['ym_y']}"
    if m["dd"]:
        # "15日": a day of the report's month (of the month before, for a day past the report's)
        if not isinstance(month, int):
            return m[0]
        d = int(m["dd"])
        if isinstance(day, int) and d > day + 1:
            month = 12 if month == 1 else month - 1
        days = f"{d}-{m['dd2']}" if m["dd2"] else str(d)
        return f"{days} {_MONTHS[month - 1]}"
    if m["mo"]:
        return _MONTHS[int(m["mo"]) - 1]
    if m["yr"]:
        return m["yr"]
    if isinstance(month, int) and isinstance(year, int):
        shift = 1 if m["next_month"] else -1 if m["last_month"] else 0
        n = (year * 12 + month - 1) + shift
        return f"{_MONTHS[n % 12]} {n // 12}"
    return m[0]
