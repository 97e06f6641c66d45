"""Reports in Armenian: the names, words and dates the extractor reads in them.

Armenian news (Armenpress, Sputnik Armenia, news.am) reports the EAEU, CSTO and CIS meetings
Armenia takes part in, and the ones it stays away from. Armenian writes its cases as endings on
the noun, the abbreviations' after a hyphen: "Հայաստանի" (of Armenia), "Մոսկվայում" (in
Moscow), "Ռուսաստանից" (from Russia), "ԵԱՏՄ-ի" (of the EAEU). ``forms`` writes a name in its
cases, so the gazetteer's tables stay exact look-ups. The letter "և" is also written as the two
letters "եւ" ("Երեւան"); every form is made in both spellings.

Months come in the genitive before the day, the day with its own ending after a hyphen:
"մայիսի 20-ին" (on 20 May), "2023 թ. հոկտեմբերի 26-27-ը" (26-27 October 2023); a dateline
writes the day first, "25 օգոստոսի".
"""

from __future__ import annotations

import re

ARMENIAN_LETTERS = "\u0531-\u0587"
_ARMENIAN = re.compile(f"[{ARMENIAN_LETTERS}]")


def is_armenian(name: str) -> bool:
    return _ARMENIAN.search(name) is not None


def _both_spellings(forms: list[str]) -> list[str]:
    out = []
    for form in forms:
        for spelt in (form, form.replace("և", "եւ"), form.replace("եւ", "և")):
            if spelt not in out:
                out.append(spelt)
    return out


# Case endings after a consonant: the nominative with its article ("ը"), the genitive and
# dative ("ի", with the article "ին"), the ablative ("ից"), the instrumental ("ով") and the
# locative ("ում"). After "ա" or "ո" the endings that begin with a vowel take a "յ"
# ("Ուկրաինայի", "Մոսկվայում") and the article is "ն" ("Մոսկվան").
_AFTER_CONSONANT = ("ը", "ի", "ին", "ից", "ով", "ում")
_AFTER_VOWEL = ("ն", "յի", "յին", "յից", "յով", "յում")
_AFTER_I_E = ("ն", "ի", "ին", "ից", "ով", "ում")  # "Չիլիի", "Դուշանբեում"
# Nouns in "-ություն" (union, organisation, federation, republic) change their stem in the
# genitive, dative and instrumental: "միություն" -> "միության", "միությանը", "միությամբ".
_UTYUN = ("ությունը", "ության", "ությանը", "ությունից", "ությամբ", "ությունում", "ությունն")
# "խորհուրդ" (council) drops its "ու" before an ending: "խորհրդի", "խորհրդում".
_KHORHURD = ("խորհուրդը", "խորհրդի", "խորհրդին", "խորհրդից", "խորհրդով", "խորհրդում")


def word_forms(word: str) -> list[str]:
    """One Armenian word in its cases."""
    if word.endswith("ություն"):
        stem = word[: -len("ություն")]
        return [word, *(stem + e for e in _UTYUN)]
    if word.endswith("խորհուրդ"):
        stem = word[: -len("խորհուրդ")]
        return [word, *(stem + e for e in _KHORHURD)]
    if word[-1] in "աո":
        return [word, *(word + e for e in _AFTER_VOWEL)]
    if word[-1] in "իե" or word.endswith("ու"):
        return [word, *(word + e for e in _AFTER_I_E)]
    return [word, *(word + e for e in _AFTER_CONSONANT)]


def forms(name: str) -> list[str]:
    """A name in its cases (the last word declines: "Ռուսաստանի Դաշնությունից"), in both
    spellings of "և"; an abbreviation ("ԱՄՆ", "ՀԱՊԿ") as it is and with its endings after a
    hyphen ("ԱՄՆ-ի", "ԵԱՏՄ-ում")."""
    head, _, last = name.rpartition(" ")
    prefix = head + " " if head else ""
    if last.isupper():
        out = [name, *(name + "-" + e for e in ABBREVIATION_ENDINGS)]
    else:
        out = [prefix + form for form in word_forms(last)]
    return _both_spellings(out)


def locative_forms(name: str) -> list[str]:
    """A place's name in the locative ("Երևանում", "Մոսկվայում"), and with "և" written "եւ"."""
    locative = name + ("յում" if name[-1] in "աո" else "ում")
    return list(dict.fromkeys([locative, locative.replace("և", "եւ")]))


# An abbreviation's endings after its hyphen ("ԵԱՏՄ-ի", "ԵՏՄ-ին", "ՀԱՊԿ-ում", "ԱՊՀ-ից").
ABBREVIATION_ENDINGS = ("ն", "ը", "ի", "ին", "ից", "ով", "ում")

# States by their short names, where pycountry's "hy" catalogue gives the long one
# ("Ռուսաստանի Դաշնություն") or none; "ՌԴ" (the Russian Federation) and "ՀՀ" (the Republic of
# Armenia), as the ministries' releases write them.
NAMES = {
    "Ռուսաստան": "RUS", "ՌԴ": "RUS", "ՀՀ": "ARM", "Մոլդովա": "MDA", "Իրան": "IRN",
    "Սիրիա": "SYR", "Լաոս": "LAO", "Վենեսուելա": "VEN", "Բոլիվիա": "BOL",
    "Տանզանիա": "TZA", "Հարավային Կորեա": "KOR", "Հյուսիսային Կորեա": "PRK", "ԱՄՆ": "USA",
    "Միացյալ Նահանգներ": "USA", "Բրիտանիա": "GBR", "Թուրքիա": "TUR",
}  # fmt: skip

# The blocs, by their abbreviations and names: the Eurasian Economic Union ("ԵԱՏՄ", and "ԵՏՄ"
# as some papers write it), the CSTO ("ՀԱՊԿ"), the CIS ("ԱՊՀ"), the SCO ("ՇՀԿ"), the EU ("ԵՄ"),
# NATO ("ՆԱՏՕ"), BRICS ("ԲՐԻԿՍ").
BLOC_NAMES = {
    "ԵԱՏՄ": "EAEU", "ԵՏՄ": "EAEU", "Եվրասիական տնտեսական միություն": "EAEU",
    "ՀԱՊԿ": "CSTO", "Հավաքական անվտանգության պայմանագրի կազմակերպություն": "CSTO",
    "ԱՊՀ": "CIS", "Անկախ պետությունների համագործակցություն": "CIS",
    "ՇՀԿ": "SCO", "Շանհայի համագործակցության կազմակերպություն": "SCO",
    "ԵՄ": "EU", "Եվրոպական միություն": "EU", "ՆԱՏՕ": "NATO", "ԲՐԻԿՍ": "BRICS",
}  # fmt: skip

# Bodies by the last segment of their IRI (languages.BODY_NAMES), each name in its cases.
BODY_NAMES = {
    "eurasian-intergovernmental-council": ["Եվրասիական միջկառավարական խորհուրդ", "ԵԱՄԽ"],
    "supreme-eurasian-economic-council": [
        "Բարձրագույն եվրասիական տնտեսական խորհուրդ",
        "Եվրասիական տնտեսական բարձրագույն խորհուրդ",
        "ԲԵՏԽ",
    ],
    "council-of-foreign-ministers": [
        "արտաքին գործերի նախարարների խորհուրդ",
        "Արտաքին գործերի նախարարների խորհուրդ",
        "արտգործնախարարների խորհուրդ",
    ],
    "council-of-defence-ministers": ["պաշտպանության նախարարների խորհուրդ"],
    "council-of-heads-of-state": ["պետությունների ղեկավարների խորհուրդ"],
    "council-of-heads-of-government": ["կառավարությունների ղեկավարների խորհուրդ"],
    "collective-security-council": ["Հավաքական անվտանգության խորհուրդ"],
    "committee-of-secretaries-of-security-councils": [
        "անվտանգության խորհուրդների քարտուղարների կոմիտե",
        "անվտանգության խորհրդի քարտուղարների կոմիտե",
        "Անվտանգության խորհուրդների քարտուղարների կոմիտե",
    ],
}


def body_names(body_id: str) -> list[str]:
    """A body's Armenian names in their cases."""
    return [form for name in BODY_NAMES.get(body_id, []) for form in forms(name)]


# The months, in the genitive a day takes ("մայիսի 20-ին") and alone ("հոկտեմբերին", in
# October, is the genitive's dative).
_MONTH_STEMS = ("հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս",
                "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր")  # fmt: skip
MONTHS = {stem + "ի": n for n, stem in enumerate(_MONTH_STEMS, start=1)}
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
# A date: the year with "թ." or "թվականի" before it, the month, the day or two days with the
# ending after a hyphen: "2023 թ. հոկտեմբերի 26-27-ը", "մայիսի 19-ի", "նոյեմբերի 22-ին".
DATE = (
    r"(?<!\w)(?:(?P<y>(?:19|20)\d\d)\s*(?:թ\.|թվականի)\s*)?"
    r"(?P<m1>(?i:" + MONTH_ALTERNATION + r"))\s+(?P<d1>[0-3]?\d)"
    r"(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?"
    r"(?:\s*[-–]\s*(?:ին|ը|ի|ից|ն))?(?!\w)"
)
# Today, yesterday, tomorrow, capitalised at a sentence's head too.
DAYS = {"այսօր": 0, "Այսօր": 0, "երեկ": -1, "Երեկ": -1, "վաղը": 1, "Վաղը": 1}

# The meeting nouns, with their endings: "գագաթնաժողով" (summit), "նիստ" (a sitting),
# "նստաշրջան" (a session), "հանդիպում" (a meeting; genitive and dative "հանդիպման").
SUMMIT_NOUNS = r"գագաթնաժողով(?:ը|ի|ին|ից|ում|ով)?"
MEETING_NOUNS = (
    SUMMIT_NOUNS + r"|նիստ(?:ը|ի|ին|ից|ում|ով|երը|երի|երին)?|նստաշրջան(?:ը|ի|ին|ից|ում|ով)?|"
    r"հանդիպում(?:ը|ն|ից|ով|ներ\w*)?|հանդիպման(?:ը)?"
)
# Taking part ("մասնակցել", "մասնակցեց", "մասնակցելու"), arriving ("ժամանել է"); staying away
# ("չի մասնակցի", "չեն մասնակցել", "չի կարողանա մասնակցել", "հրաժարվել էր մասնակցել", "մասնակցելու
# փոխարեն", instead of taking part); to
# come (the future's prefix "կ": "կմասնակցի", "կմասնակցեն", "կժամանի"; "մասնակցելու է").
ABSENT_WORDS = (
    r"չ(?:ի|են|էր|էին)\s+(?:կարողանա\w*\s+)?մասնակց\w*|չմասնակց\w*|"
    r"հրաժարվ\w*|բացակայ\w*|բոյկոտ\w*|մասնակցելու\s+փոխարեն"
)
INVITE_WORDS = r"կմասնակց\w*|կժաման\w*|մասնակցելու\s+(?:է|են)|հրավիր\w*"
ATTEND_WORDS = r"(?<!չ)(?<!կ)մասնակց\w*|ժամանել\w*|ժամանեց\w*|մասնակիցներ\w*"
# The future: "կանցկացվի" (will be held), "կկայանա", "տեղի կունենա" (will take place),
# "նախատեսվող" (planned), "առաջիկա" (upcoming); the next meeting: "հաջորդ նիստը".
FUTURE_WORDS = r"կանցկացվ\w*|կկայան\w*|կունենա\w*|նախատեսվ\w*|նախատեսված\w*|առաջիկա|հաջորդ\w*"
PRESENT_WORDS = r"մեկնարկում|ընթանում"
NEXT_WORDS = r"հաջորդ\w*"
NEXT_MEETING = r"հաջորդ\s+(?:" + MEETING_NOUNS + r")"
# After a date, what makes it the day of something else than the meeting: an arrival
# ("մայիսի 19-ի ուշ երեկոյան ժամանել է", arrived late on the evening of 19 May), a statement
# ("հայտարարել է"), joining the bloc ("հունվարի 2-ին ԵՏՄ-ին անդամակցած"), its launch
# ("հունվարի 1-ին ԵՏՄ-ի գործարկումից հետո").
SAID_AFTER = (
    r"(?:[^\s.։:]+\s+){0,2}?(?:ժաման|հայտարար|հայտն|նշել|անդամակց|գործարկ|հեռախոսազրույց)\w*"
)
# Where someone goes is written in the nominative next to the verb of going: "մեկնել է
# Վրաստան" (left for Georgia), "Սանկտ Պետերբուրգ կժամանի" (will arrive in Saint Petersburg): a
# destination, not a state said to take part.
DESTINATION_BEFORE = re.compile(r"(?:մեկն|ժաման|այցել|գնաց|եկավ)\w*(?:\s+(?:է|են|էր|էին))?\s+$")
DESTINATION_AFTER = re.compile(r"\s+(?:կ)?(?:մեկն|ժաման|այցել)\w*|\s+(?:գնալ|գալ|կգա|կգնա)(?!\w)")
# A name in the genitive, dative, ablative or instrumental: whose, to whom, from where, by what
# ("Հայաստանի վարչապետ"), never where someone goes.
OBLIQUE_CASE = re.compile(r"(?:ի|ին|ից|ով)$")
