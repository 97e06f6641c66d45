"""Finding the meeting a report is about when its text does not pin it down.

Reports in German, Russian and Arabic name a meeting by their own nouns ("Gipfeltreffen",
"заседание", "الاجتماع"): ``FOREIGN_MEETING_NOUNS`` and ``FOREIGN_SUMMIT_NOUNS`` are spliced
into the English (and Spanish, Portuguese, French) meeting words of proposals.py, so a
sentence naming a bloc with one of them mentions a meeting as an English one does. Italian,
Ukrainian, Belarusian and Bengali nouns join them; an Arabic report written with its short vowels
or tatweel is read without them (``arabic_reading``).

A report of a meeting held or about to be held is published within days of it: an undated
mention of the bloc's meeting (or of one of its bodies) in such a report is, where the
knowledge base records exactly one meeting of that bloc (and body) around the publication
date, that recorded meeting (``recorded_near``). The link is the knowledge base's: it sets
``existing`` and nothing the text is quoted for (no date, no host).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import armenian, cjk, dates, languages
from .gazetteer import Body, Gazetteer, RecordedMeeting

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .dates import PartialDate
    from .proposals import Meeting

# German nouns are capitalised (the verb "treffen" is not a meeting); compounds ("Gipfeltreffen",
# "G20-Treffen", "Ministertreffen") end or begin with the noun. Russian and Arabic nouns are
# languages.py's (proposals.py splices both in).
# Italian and Ukrainian, which languages.py does not cover: "il vertice", "la riunione",
# "l'incontro"; "саміт", "засідання", "зустріч", "нарада" (Ukrainian's own spellings, not
# Russian's "саммит", "заседание", "встреча").
ITALIAN_UKRAINIAN_SUMMIT_NOUNS = r"vertic[ei]|саміт\w*"
ITALIAN_UKRAINIAN_MEETING_NOUNS = (
    ITALIAN_UKRAINIAN_SUMMIT_NOUNS + r"|riunion[ei]|incontr[oi]|session[ei]|conferenz[ae]|"
    r"засіданн\w*|зустріч\w*|нарад[аиіу]\w*|конференці[їяю]\w*|сесі[їяю]\w*|"
    # Belarusian, which writes "саміт" as Ukrainian does: "пасяджэнне" (sitting), "сустрэча",
    # "нарадзе" (conference, locative), "канферэнцыя"
    r"пасяджэнн\w*|сустрэч\w*|нарадз\w*|канферэнцы\w*"
)
# Bengali: "শীর্ষ সম্মেলন" (summit), "সম্মেলন" (conference), "বৈঠক" and "সভা" (meeting),
# "অধিবেশন" (session). Its vowel signs are no word letters to the rules' patterns, so a noun
# with a case ending ("সম্মেলনে": at the conference) is read as the noun.
BENGALI_SUMMIT_NOUNS = r"শীর্ষ\s*সম্মেলন"
BENGALI_MEETING_NOUNS = BENGALI_SUMMIT_NOUNS + r"|সম্মেলন|বৈঠক|সভা|অধিবেশন"
# Eight more languages, each noun with the inflections its grammar puts on it:
# - Vietnamese (words of one syllable each, spaced): "hội nghị" (conference), "thượng đỉnh"
#   (summit), "hội nghị cấp cao" (summit), "cuộc họp", "phiên họp", "kỳ họp" (meeting, session),
#   (not "hội đàm", talks: between two states as often as not);
# - Korean (particles written on the noun: "정상회의에서", "회의를"; compounds: "외교장관회의"):
#   "정상회의"/"정상회담" (summit), "회의" (meeting), "회담" (talks), "총회" (general assembly);
# - Persian: "اجلاس" (session), "نشست" (meeting), "همایش" and "کنفرانس" (conference),
#   "گردهمایی" (gathering), "اجلاس سران"/"نشست سران" (the heads' meeting: a summit), with the
#   plural "‌ها" and the ezafe "ی" after a zero-width non-joiner;
# - Nepali and Hindi (Devanagari: Nepali writes its case endings on the noun, "बैठकमा", "सम्मेलनको";
#   a vowel sign is no word letter, so the ending is taken up to its last consonant):
#   "शिखर सम्मेलन" (summit), "सम्मेलन" (conference), "बैठक" (meeting), "सत्र" (session);
# - Indonesian: "KTT" (Konferensi Tingkat Tinggi, a summit), "pertemuan", "rapat", "sidang" and
#   "persidangan" (meeting, session), "konferensi", with the suffix "-nya";
# - Polish, declined: "szczyt" (summit: "szczytu", "szczycie", "szczytem"), "spotkanie",
#   "posiedzenie", "obrady", "konferencja", "sesja", "zgromadzenie";
# - Turkish, with its suffixes: "zirve" ("zirvesi", "zirvesinde"), "toplantı" ("toplantısı",
#   "toplantısında"), "konferans", "oturum", "Genel Kurul" (general assembly); not "görüşme"
#   (talks, often of two).
NEW_LANGUAGE_SUMMIT_NOUNS = (
    r"hội\s+nghị\s+(?:cấp\s+cao|thượng\s+đỉnh)|thượng\s+đỉnh|"
    r"\w*정상\s*회(?:의|담)\w*|"
    r"(?:اجلاس|نشست)(?:\u200c?ها)?\s+(?:سران|رهبران)|"
    r"शिखर\s*(?:सम्मेलन|बैठक|वार्ता)[" + languages.SCRIPT_LETTERS["devanagari"] + "]*|"
    r"(?-i:KTT)|"
    r"szczy(?:t|tu|cie|tem|ty|tów|tach|tami|tom)|"
    r"zirve\w*"
)
NEW_LANGUAGE_MEETING_NOUNS = (
    NEW_LANGUAGE_SUMMIT_NOUNS + r"|hội\s+nghị|(?:cuộc|phiên|kỳ)\s+họp|"
    r"\w*(?:회의|회담|총회)\w*|"
    r"(?:اجلاس|نشست|همایش|کنفرانس|گردهمایی)(?:\u200c?(?:ها|های|ی))?|"
    r"(?:सम्मेलन|बैठक|सत्र)[" + languages.SCRIPT_LETTERS["devanagari"] + "]*|"
    r"pertemuan(?:nya)?|rapat(?:nya)?|sidang(?:nya)?|persidangan(?:nya)?|konferensi(?:nya)?|"
    r"spotka(?:nie|nia|niu|niem|ń|niach|niami)|posiedze(?:nie|nia|niu|niem|ń)|obrad(?:y|ach|ami)?|"
    r"konferencj(?:a|i|ę|ą)|sesj(?:a|i|ę|ą)|zgromadze(?:nie|nia|niu|niem)|"
    r"toplant[ıi]\w*|konferans\w*|oturum\w*|Genel\s+Kurul\w*"
)
# Dutch, Romanian, Greek, Azerbaijani, Uzbek and Urdu (new in round 17's split), each noun with
# the endings its grammar writes on it:
# - Dutch: "top" only in its compounds ("NAVO-top", "topontmoeting": "top" alone is English's
#   adjective too), "bijeenkomst", "vergadering", "conferentie", "zitting";
# - Romanian, with the article written on the noun: "summitul", "reuniunea", "întâlnirea",
#   "ședința" (in both spellings of its comma letters), "conferința", "sesiunea";
# - Greek: "σύνοδος κορυφής" (summit), "συνάντηση", "συνεδρίαση", "σύσκεψη", "διάσκεψη", "σύνοδος";
# - Azerbaijani and Uzbek (Latin): "sammit", "zirvə görüşü" (summit), "iclas", "görüş" (with a
#   suffix only: "görüşü", "görüşündə"), "müşavirə"; "yig‘ilish", "uchrashuv", "majlis",
#   "anjuman", "sessiya"; Uzbek in Cyrillic: "йиғилиш", "учрашув", "мажлис", "анжуман" (its
#   "саммит", "конференция", "сессия" are Russian's);
# - Urdu: "سربراہی اجلاس" (the heads' session: a summit), "ملاقات", "کانفرنس", "میٹنگ" (its
#   "اجلاس" is Persian's).
# (Thai, written without spaces between words, is left out: the names' edges are no word edges.)
NL_RO_EL_AZ_UZ_UR_SUMMIT_NOUNS = (
    r"(?-i:(?<=\w-)top(?:pen)?)|[Tt]op(?:ontmoeting|bijeenkomst|conferentie)\w*|"
    r"summitul(?:ui)?|σ[υύ]νοδο[ςυ]?\s+κορυφ[ηή]ς|sammit\w*|zirvə\s+görüş\w*|"
    r"سربراہی\s+(?:اجلاس|کانفرنس|ملاقات)"
)
NL_RO_EL_AZ_UZ_UR_MEETING_NOUNS = (
    NL_RO_EL_AZ_UZ_UR_SUMMIT_NOUNS
    # ("topoverleg": talks at the top, the Dutch for a ministers' or leaders' meeting)
    + r"|bijeenkomst(?:en)?|vergadering(?:en)?|conferentie(?:s)?|zitting(?:en)?|topoverleg|"
    r"reuniun(?:e|ea|ii|i)|[îi]nt[âa]lnir(?:e|ea|ii|i)|[șş]edin[țţ](?:a|ă|e|ei)|"
    r"conferin[țţ](?:a|ă|e|ei)|sesiun(?:e|ea|ii|i)|"
    r"συν[αά]ντηση[ςς]?|συνεδρ[ιί]αση[ςς]?|σ[υύ]σκεψη[ςς]?|δι[αά]σκεψη[ςς]?|σ[υύ]νοδο[ςυ]?|"
    r"iclas\w*|görüş(?:ü|ün|ündə|də)\w*|müşavirə\w*|"
    r"yig[‘'ʻ’`]?ilish\w*|uchrashuv\w*|majlis\w*|anjuman\w*|sessiya\w*|"
    r"йиғилиш\w*|учрашув\w*|мажлис\w*|анжуман\w*|"
    r"ملاقات|کانفرنس|میٹنگ"
)
# Czech, Slovak, Hungarian, Swahili, Kazakh and Kyrgyz, each noun with the endings its grammar
# writes on it:
# - Czech and Slovak: "summit" and Slovak's "samit" declined ("summitu", "summitem", "samite"),
#   Czech's "vrcholná schůzka" (summit); "schůzka", "zasedání", "setkání", "konference";
#   Slovak's "stretnutie", "zasadnutie", "schôdza" and "schôdzka", "konferencia";
# - Hungarian, its suffixes and compounds on the noun: "csúcstalálkozó", "csúcsértekezlet" and
#   "csúcs" after a hyphen ("EU-csúcson": "csúcs" alone is any peak); "találkozó" ("találkozón":
#   not the verb "találkozott"), "ülés" ("ülésén", "ülésszak"), "értekezlet", "konferencia",
#   "tanácskozás";
# - Swahili: "mkutano wa kilele" (the summit's meeting), "mkutano" (plural "mikutano"), "kikao"
#   ("vikao"), "kongamano", with the locative "-ni";
# - Kazakh: "отырыс" ("отырысында"), "кездесу" ("кездесуі"), "жиналыс", "мәжіліс"; Kyrgyz:
#   "жыйын" ("жыйынында"), "отурум", "жолугушуу", "кеңешме" (both write "саммит" as Russian does).
CS_SK_HU_SW_KK_KY_SUMMIT_NOUNS = (
    r"s(?:u|a)mmit(?:u|em|e|om|y|ech|och|ov|ů)|samit(?:u|e|om|y|ov|och)?|"
    r"vrcholn(?:á|é|ou|ých)\s+sch(?:ů|u)zk\w*|"
    r"csúcs(?:találkozó|értekezlet)\w*|(?<=\w-)csúcs\w*|"
    r"m(?:k|ik)utano\s+wa\s+kilele"
)
CS_SK_HU_SW_KK_KY_MEETING_NOUNS = (
    CS_SK_HU_SW_KK_KY_SUMMIT_NOUNS
    + r"|sch(?:ů|u)z(?:ka|ky|ce|ku|kou|ek|e|i)|zased(?:ání|áních)|setkán(?:í|ích)|"
    r"konferenc(?:e|i|í|ia|ii|iu|iou|ián|iát|iája|iáján)|stretnuti(?:e|a|í|u)|"
    r"zasadnuti(?:e|a|í|u)|schôdz(?:a|e|i|u|ou)|schôdzk(?:a|y|e|u|ou|ach)|"
    r"találkozó\w*|ülés\w*|értekezlet\w*|tanácskozás\w*|"
    r"m(?:k|ik)utano(?:ni)?|[kv]ikao(?:ni)?|kongamano(?:ni)?|"
    r"отырыс\w*|кездесу\w*|жиналыс\w*|мәжіліс\w*|"
    r"жыйын\w*|отурум\w*|жолугушуу\w*|кеңешме\w*|"
    # Kazakh "кеңес" (a council's sitting: "Келелі кеңеске ... қатысты", took part in the
    # collegial meeting) only with a case ending: "Кеңес" alone is also the Soviet ("Кеңес
    # Одағы") and "advice"
    r"кеңес(?:ке|те|інде|інің|ін)"
)
# Serbian, Croatian, Bosnian and Montenegrin (one language in two scripts) and Bulgarian, each
# noun with the endings its cases write on it:
# - Serbo-Croatian: "samit" ("samita", "samitu", "samitom"; Cyrillic "самит": Russian writes
#   "саммит"); "sastanak" ("sastanka", "sastanku", "sastankom", "sastanci"), "sjednica" and
#   "sednica" ("sjednici", "sjednicu"), "zasjedanje", "zasijedanje" and "zasedanje" (a session:
#   "zasijedanja", "zasjedanju"), "konferencija", in both scripts;
# - Bulgarian: "среща на върха" (the summit's meeting), "среща" ("срещата", "срещи"), "сесия"
#   ("сесията"), "заседание" and "конференция" as Russian writes them.
SOUTH_SLAVIC_SUMMIT_NOUNS = (
    r"samit(?:a|u|om|i|ima)|самит(?:а|у|ом|и|има)?|"
    r"срещ(?:а|ата|и|ите)\s+на\s+върха"
)
SOUTH_SLAVIC_MEETING_NOUNS = (
    SOUTH_SLAVIC_SUMMIT_NOUNS
    + r"|sastan(?:ak|ka|ku|kom|ci|aka|cima)|састан(?:ак|ка|ку|ком|ци|ака|цима)|"
    r"s(?:j|)ednic(?:a|e|i|u|om|ama)|с(?:ј|)едниц(?:а|е|и|у|ом|ама)|"
    r"zas(?:i?j)?edanj(?:e|a|u|em|ima)|зас(?:и?ј)?едањ(?:е|а|у|ем|има)|"
    r"konferencij(?:a|e|i|u|om)|конференциј(?:а|е|и|у|ом)|"
    r"срещ(?:а|ата|и|ите)|сеси(?:я|ята|и|ите)"
)
# Finnish, Estonian, Latvian, Lithuanian and the Scandinavian languages, each noun with the
# endings and compounds its grammar writes:
# - Swedish "möte" ("mötet", "toppmöte", "ministerrådsmöte"), Norwegian "møte" ("NATO-møte",
#   "forsvarsministermøte"), Danish "møde" ("topmøde"); the summit is "toppmöte", "toppmøte",
#   "topmøde";
# - Finnish "kokous" ("kokouksessa", "ulkoministerikokous"), "huippukokous" (summit),
#   "tapaaminen", "istunto";
# - Estonian "kohtumine" ("kohtumisel", "tippkohtumine": summit), "istung";
# - Latvian "sanāksme" ("sanāksmē"), "tikšanās", "samits" ("samitā"), "sēde";
# - Lithuanian "susitikimas" ("susitikime", "viršūnių susitikimas": summit), "posėdis".
NORDIC_BALTIC_SUMMIT_NOUNS = (
    r"topp?m[öø](?:te|de)(?:t|n|na|r|ne|rne)?|\w*huippukokou\w*|tippkohtumi\w*|"
    r"samit(?:s|ā|am|a)|viršūnių\s+susitikim\w*"
)
NORDIC_BALTIC_MEETING_NOUNS = (
    NORDIC_BALTIC_SUMMIT_NOUNS
    + r"|\w*m[öø]te(?:t|n|na|r|ne|rne)?|\w*m[øö]de(?:t|r|rne)?|\w*kokou(?:s|ks\w*)|"
    r"tapaami(?:nen|se\w*)|istun(?:to|no\w*)|\w*kohtumi(?:ne|s\w*)|istung\w*|"
    r"sanāksm\w*|tikšanās|sēd(?:e|ē|es)|\w*susitikim\w*|posėd\w*"
)
FOREIGN_SUMMIT_NOUNS = (
    NORDIC_BALTIC_SUMMIT_NOUNS
    + "|"
    + armenian.SUMMIT_NOUNS
    + "|"
    + r"(?-i:Gipfel\w*|\w+gipfel[ns]?)|"
    + SOUTH_SLAVIC_SUMMIT_NOUNS
    + "|"
    + CS_SK_HU_SW_KK_KY_SUMMIT_NOUNS
    + "|"
    + NL_RO_EL_AZ_UZ_UR_SUMMIT_NOUNS
    + "|"
    + NEW_LANGUAGE_SUMMIT_NOUNS
    + "|"
    + languages.SUMMIT_NOUNS
    + "|"
    + ITALIAN_UKRAINIAN_SUMMIT_NOUNS
    + "|"
    + BENGALI_SUMMIT_NOUNS
)
FOREIGN_MEETING_NOUNS = (
    r"(?-i:(?:\w*T|\w+t)reffen|(?:\w*T|\w+t)agung(?:en)?|(?:\w*S|\w+s)itzung(?:en)?|"
    r"(?:\w*K|\w+k)onferenz(?:en)?|"
    r"Ministerrat\w*|Gipfel\w*|\w+gipfel[ns]?)|"
    r"encuentros?|conferencias?|sesi[oó]n(?:es)?|encontros?|confer[eê]ncias?|sess[aã]o|"
    r"sessões|réunions?|conférences?|"
    # Russian and Ukrainian talks ("переговоры лидеров стран ОДКБ"), as English "talks"
    r"переговор(?:ы|ов|ах|ами)|перемовин\w*|"
    + ITALIAN_UKRAINIAN_MEETING_NOUNS
    + "|"
    + BENGALI_MEETING_NOUNS
    + "|"
    + NEW_LANGUAGE_MEETING_NOUNS
    + "|"
    + NL_RO_EL_AZ_UZ_UR_MEETING_NOUNS
    + "|"
    + CS_SK_HU_SW_KK_KY_MEETING_NOUNS
    + "|"
    + SOUTH_SLAVIC_MEETING_NOUNS
    + "|"
    + NORDIC_BALTIC_MEETING_NOUNS
    + "|"
    + armenian.MEETING_NOUNS
)

# Arabic news text writes some words with their short vowels and shadda ("العربيَّة", "الإقليميَّة")
# and draws words out with the tatweel ("مــــلك ممـــــلـكة البحـــــريـــن"); the names and
# words the rules know are written without either, so such a report is read without them (and
# quoted as it is written, through cjk.Reading's map of where each letter came from).
ARABIC_DRAWN = re.compile("[\u064b-\u0652\u0670\u0640]")


def arabic_reading(text: str) -> cjk.Reading | None:
    """The report read without the Arabic short vowels, shadda and tatweel it writes; None
    where it writes none."""
    if not ARABIC_DRAWN.search(text):
        return None
    keep = [i for i, c in enumerate(text) if not ARABIC_DRAWN.match(c)]
    # ("الـ191", "الـ (132)": the tatweel after the article marks a number; it stays)
    keep = sorted(set(keep) | {m.start() for m in re.finditer(r"(?<=ال)\u0640+(?=\s*\(?\d)", text)})
    return cjk.Reading("".join(text[i] for i in keep), keep, [i + 1 for i in keep], text)


# A report comes out up to a week before a meeting (a preview) and up to a few days after it.
DAYS_BEFORE = 7
DAYS_AFTER = 3


def _day(value: str) -> date | None:
    """A recorded date to the day; None for a year or month only."""
    return date.fromisoformat(value[:10]) if len(value) >= 10 else None


def recorded_near(
    gaz: Gazetteer,
    bloc: str,
    body: str | None,
    published: date,
    before: int = DAYS_BEFORE,
    after: int = DAYS_AFTER,
) -> RecordedMeeting | None:
    """The one recorded meeting of ``bloc`` (of ``body``, its IRI, where given) under way on
    ``published`` or beginning up to ``before`` days after it or ending up to ``after`` days
    before it. None if there is none, or more than one and none under way that day (which of
    them the report means is not known)."""
    near = []
    for record in gaz.meetings:
        if record.bloc != bloc or (body is not None and record.body != body):
            continue
        first = _day(record.start)
        last = _day(record.end) if record.end else first
        if first is None or last is None:
            continue
        if first - timedelta(days=before) <= published <= last + timedelta(days=after):
            near.append((record, first <= published <= last))
    if len(near) == 1:
        return near[0][0]
    under_way = [record for record, on in near if on]
    return under_way[0] if len(under_way) == 1 else None


def record_of_undated(
    meeting: Meeting,
    published: PartialDate | None,
    gaz: Gazetteer,
    weekdays: AbstractSet[int] = frozenset(),
) -> RecordedMeeting | None:
    """The recorded meeting an undated proposal is, from the day the report came out: only for
    the bloc's own meeting (not the next one, nor a joint one with a partner, nor a ministers'
    meeting of no known body) whose text gives no date or year at all (see
    ``recorded_near``)."""
    if (
        published is None
        or published.month is None
        or meeting.start is not None
        or meeting.year_hint is not None
        or meeting.next_one
        or meeting.joint
        or meeting.partner is not None
        # "the CIS Council of Foreign Ministers meeting", a body the knowledge base lacks: not
        # the leaders' meeting recorded that week
        or (meeting.body is None and meeting.kind == "ministerial")
    ):
        return None
    body = meeting.body.iri if meeting.body is not None else None
    if published.exact is None:
        return recorded_in_month(gaz, meeting.bloc, body, published.year, published.month, weekdays)
    return recorded_near(gaz, meeting.bloc, body, published.exact)


def record_at_place(
    meeting: Meeting,
    published: PartialDate | None,
    floor: date | None,
    gaz: Gazetteer,
    days: Callable[[], Sequence[tuple[dates.MonthDay, dates.MonthDay]]] = tuple,
    weekdays: AbstractSet[int] = frozenset(),
) -> RecordedMeeting | None:
    """The recorded meeting an undated report is about, from where it sat: a report with no
    publication date whose text gives the meeting no date or year but names its city ("the SCO
    summit in Ufa") is about the one meeting of that bloc (and body, and number, where the text
    gives them) that the record holds in that city, held after ``floor`` (the latest year the
    text speaks of as past). None where the record holds none there, or several (the CIS
    leaders' councils in Dushanbe): which of them the text means is not known.

    ``days()``: the days the text gives with no year (see ``dates.days_without_year``), read
    only for a meeting that gets this far. Of a
    city's several meetings, the one held on such a day ("В Душанбе сегодня, 5 октября,
    открылся саммит СНГ": the CIS leaders' council of 5 October 2007); and with no city, the
    one meeting of the body held on such a day ("The CSTO Collective Security Council met on
    September 15")."""
    if (
        published is not None
        or meeting.start is not None
        or meeting.year_hint is not None
        or meeting.next_one
        or meeting.joint
        or meeting.partner is not None
    ):
        return None
    named = meeting.body is not None or meeting.ordinal is not None
    enough = meeting.city is not None and named  # a city and a body choose without a day
    said_days = days()
    # either of them with a day: a bloc's meetings of one day in any year, with nothing else
    # said of them, are too many to choose from by the day alone
    if not enough and not (said_days and (meeting.city is not None or named)):
        return None
    city = _folded_place(meeting.city) if meeting.city is not None else None
    candidates = [
        record
        for record in gaz.meetings
        if record.bloc == meeting.bloc
        and (meeting.body is None or record.body == meeting.body.iri)
        and (meeting.ordinal is None or record.ordinal == meeting.ordinal)
        and (
            city is None
            or (record.place is not None and _same_city(_folded_place(record.place), city))
        )
        and (floor is None or record.start[:10] >= floor.isoformat())
    ]
    on_day = [r for r in candidates if any(_held_on(r, first) for first, _ in said_days)]
    if len(on_day) > 1:
        # "le mercredi 3 avril ... ce jeudi 4 avril": the meeting that sat on more of the days
        # said (NATO's foreign ministers on 3-4 April 2024, not on 4-5 April 2023)
        days_said = {day for pair in said_days for day in pair}
        fits = [sum(_held_on(r, day) for day in days_said) for r in on_day]
        on_day = [r for r, fit in zip(on_day, fits, strict=True) if fit == max(fits)]
    if len(on_day) > 1 and weekdays:
        # "ce jeudi 12 février": the meeting whose year puts a day said on a weekday named
        # (NATO's defence ministers on Thursday 12 February 2026, not on 12-13 February 2020,
        # a Wednesday and a Thursday)
        on_weekday = [r for r in on_day if _said_day_on_weekday(r, said_days, weekdays)]
        on_day = on_weekday or on_day
    if on_day or not enough:
        candidates = on_day
    # "the extraordinary session in Kigali", not the ordinary one held there: a series the
    # text's words choose over the body's usual one (a plain "summit in Kigali" is either of
    # the two held there); but "the ASEAN foreign ministers' retreat in Kota Kinabalu", its
    # body's one meeting there, whatever series the text's words read as
    said = meeting.series if meeting.body and meeting.series != meeting.body.series else None
    of_series = [r for r in candidates if said is None or r.series in (None, said)]
    if of_series:
        candidates = of_series
    return candidates[0] if len(candidates) == 1 else None


def _said_day_on_weekday(
    record: RecordedMeeting,
    said_days: Sequence[tuple[dates.MonthDay, dates.MonthDay]],
    weekdays: AbstractSet[int],
) -> bool:
    """Whether a day the text gives with no year, in the recorded meeting's year, falls on a
    weekday the text names."""
    start = _day(record.start)
    if start is None:
        return False
    for first, _last in said_days:
        try:
            day = date(start.year, *first)
        except (TypeError, ValueError):  # (29 February in another year)
            continue
        if _held_on(record, first) and day.weekday() in weekdays:
            return True
    return False


def _held_on(record: RecordedMeeting, month_day: dates.MonthDay) -> bool:
    """Whether the recorded meeting sat on that day of the month, whatever the year (its first
    to its last day, within one year)."""
    start = _day(record.start)
    end = (_day(record.end) if record.end else None) or start
    if start is None or end is None or start.year != end.year:
        return False
    return (start.month, start.day) <= month_day <= (end.month, end.day)


def _folded_place(name: str) -> str:
    """A place's name in English where the tables know it ("Минске": "Minsk"), case and
    diacritics folded ("Vientián": "vientian")."""
    english = languages.ENGLISH_CITY.get(name) or languages.place_label(name) or name
    decomposed = unicodedata.normalize("NFKD", english.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ")


def _same_city(recorded: str, named: str) -> bool:
    """ "Washington" and "Washington, D.C.", "Addis Ababa" and "Addis Abeba", "Vientiane" and
    "Vientian": one name beginning the other, or the two sharing all but their last three
    letters (a name in another language or case) over at least five letters."""
    if recorded.startswith(named) or named.startswith(recorded):
        return True
    shared = len(os.path.commonprefix([recorded, named]))
    # (and the two part within their last word, two letters into it: not "Santa Fe" and
    # "Santa Cruz")
    within_last_word = all(name.rfind(" ") < shared - 2 for name in (recorded, named))
    return shared >= 5 and shared >= min(len(recorded), len(named)) - 3 and within_last_word


def recorded_in_month(
    gaz: Gazetteer,
    bloc: str,
    body: str | None,
    year: int,
    month: int,
    weekdays: AbstractSet[int] = frozenset(),
) -> RecordedMeeting | None:
    """For a report dated by its month alone ("date 2018-12"): the one recorded meeting of
    ``bloc`` (of ``body``) that a report written some day of that month can be about, as
    ``recorded_near`` reads it of each day. Of several (the European Council's formal and
    informal meetings of one month), the one that sat on every weekday the text names ("la
    cumbre ... que se celebra este jueves y viernes": 27-28 June 2024, not Monday 17 June);
    None where the month has none, or several and the weekdays do not choose."""
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    near = []
    for record in gaz.meetings:
        if record.bloc != bloc or (body is not None and record.body != body):
            continue
        start = _day(record.start)
        end = _day(record.end) if record.end else start
        if start is None or end is None:
            continue
        if start - timedelta(days=DAYS_BEFORE) <= last and first <= end + timedelta(
            days=DAYS_AFTER
        ):
            near.append(record)
    if len(near) > 1 and weekdays:
        near = [r for r in near if weekdays <= _weekdays_sat(r)]
    return near[0] if len(near) == 1 else None


def _weekdays_sat(record: RecordedMeeting) -> set[int]:
    """The weekdays (0 Monday) a recorded meeting of a week or less sat on."""
    start = _day(record.start)
    end = (_day(record.end) if record.end else None) or start
    if start is None or end is None or (end - start).days > 6:
        return set()
    return {(start + timedelta(days=k)).weekday() for k in range((end - start).days + 1)}


_WEEKDAY_NAMES = {**dates.WEEKDAYS, **dates.FOREIGN_WEEKDAYS}
_WEEKDAY_WORD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted(map(re.escape, _WEEKDAY_NAMES), key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


def weekdays_named(text: str) -> frozenset[int]:
    """The weekdays (0 Monday) a text names, in any language the extractor reads."""
    return frozenset(_WEEKDAY_NAMES[m[0].lower()] for m in _WEEKDAY_WORD.finditer(text))


# A meeting numbered in the text is held within weeks of a report that names it by its number
# alone ("the 180th meeting", "الاجتماع الـ60"); a number of another series of the bloc held
# years apart is not it.
ORDINAL_DAYS = 45


def record_by_ordinal(
    gaz: Gazetteer, meeting: Meeting, published: PartialDate | None
) -> RecordedMeeting | None:
    """The one recorded meeting of the meeting's bloc with its ordinal, of any body, that began
    within ``ORDINAL_DAYS`` of the meeting's first day as the text gives it to the day, else of
    the day the report came out; None where there is no such day, or no such meeting, or
    several (a joint session, a meeting with a partner: none)."""
    if meeting.ordinal is None or meeting.joint or meeting.partner is not None:
        return None
    day = meeting.start.exact if meeting.start is not None else None
    if day is None and published is not None:
        day = published.exact
    if day is None:
        return None
    near = [
        r
        for r in gaz.meetings
        if r.bloc == meeting.bloc
        and r.ordinal == meeting.ordinal
        and (first := _day(r.start)) is not None
        and abs((first - day).days) <= ORDINAL_DAYS
    ]
    return near[0] if len(near) == 1 else None


# Taking part and staying away in German, Russian and Arabic, spliced into proposals.ATTEND and
# proposals.ABSENT: "nehmen ... an den G20-Treffen teil", "приняли участие президенты",
# "بمشاركة وزراء خارجية". German's separable "teil" only in lower case ("zum Teil": partly).
FOREIGN_ATTEND = (
    r"(?-i:teil|teilnehm\w*|teilgenommen|Teilnehmer\w*|Teilnahme|anreisen|angereist|"
    r"vertreten|Delegation(?:en)?|Staats-\s+und\s+Regierungschefs|kommen\s+\w+\s+zusammen)"
)
FOREIGN_ABSENT = (
    r"(?-i:nicht\s+(?:teil|teilnehm\w*|anreisen|reisen|kommen)|abgesagt|fernbleib\w*|"
    r"ferngeblieben)"
)
# Taking part in Ukrainian and Belarusian: "взяли участь", "беруть участь"; "прынялі ўдзел",
# "удзельнічалі", "бяруць удзел"
FOREIGN_ATTEND += (
    r"|(?:взя\w*|бер\w*|бра\w*)\s+участь|учасник\w*|"
    r"(?:прыня\w*|бяр\w*|бра\w*)\s+[уў]дзел|[уў]дзельні\w*|дэлегацы\w*|"
    # Bengali: "অংশ নেন", "অংশগ্রহণ" (take part), "যোগ দেন" (join), "উপস্থিত" (present)
    r"অংশ\s*(?:নে|নি|গ্রহণ)|যোগ\s*(?:দে|দি|দান)|উপস্থিত|প্রতিনিধিদল"
)


# "the meeting held in Minsk", "the Minsk meeting", "this week's session": a meeting the text
# names as the one it reports on (not "a meeting", not "meetings" in general).
_THE_MEETING = re.compile(
    r"\b(?:the|this|today['’]s|yesterday['’]s|this\s+week['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|conference|session|talks|gathering|ministerial)\b(?!\s+(?:of|with|between)\b)",
    re.IGNORECASE,
)
# "Defense Minister Suren Papikian", "the foreign ministers of": the ministers a report is about.
_MINISTRY = re.compile(
    r"\b(foreign|defen[cs]e|finance|economy|trade|energy|oil|petroleum)\s+ministers?\b|"
    r"\bministers?\s+of\s+(foreign|defen[cs]e|finance)\b",
    re.IGNORECASE,
)


def the_meeting(text: str) -> bool:
    """Whether a sentence names "the meeting" it reports on, with no bloc or body."""
    return _THE_MEETING.search(text) is not None or the_meeting_abroad(text) is not None


# "esta cumbre", "la reunión", "cette réunion", "dieses Treffen", "der Gipfel", "этот саммит",
# "القمة": the meeting a report in another language reports on, named with its article or a
# demonstrative (and at most one word between: "la próxima cumbre", "a VI cimeira").
_ABROAD_NOUNS = (
    r"cumbres?|cúpulas?|cimeiras?|reuni[oó]n|reunião|sommets?|"
    + FOREIGN_MEETING_NOUNS
    + r"|(?-i:Gipfel\w*)|саммит\w*|заседани\w*|совещани\w*|встреч[аеиу]\w*"
)
_THE_MEETING_ABROAD = re.compile(
    r"(?<!\w)(?:est[ae]|ess[ae]|la|el|a|o|cette|ce|cet|le|l['’]|dies(?:e[rsmn]?)?|der|den|dem|"
    r"das|des|zum|zur|beim|эт(?:от|ого|ом|ому|а|ой|у|им)|"
    # Italian ("il vertice", "questa riunione", "al vertice") and Ukrainian ("цей саміт")
    r"il|lo|quest[oa]|quest['’]|del|dello|della|al|allo|alla|nel|nello|nella|"
    r"ц(?:ей|ього|ьому|им|я|ієї|ю|ій))\s*(?:[\w-]+\s+)?(?P<noun>"
    + _ABROAD_NOUNS
    + r")\b|(?<!\w)[وبلف]?(?P<ar>ال(?:قمة|اجتماع|مؤتمر|دورة))(?!\w)",
    re.IGNORECASE,
)


def the_meeting_abroad(text: str) -> re.Match[str] | None:
    """ "esta cumbre", "la reunión", "der Gipfel", "этот саммит", "القمة": a meeting a sentence
    in another language names as the one it reports on (the match; None if none)."""
    return _THE_MEETING_ABROAD.search(text)


def summit_abroad(text: str) -> bool:
    """Whether the meeting ``the_meeting_abroad`` finds is a summit ("esta cumbre", "القمة")."""
    m = _THE_MEETING_ABROAD.search(text)
    return m is not None and bool(
        re.fullmatch(
            r"cumbres?|cúpulas?|cimeiras?|sommets?|Gipfel\w*|\w+gipfel[ns]?|"
            r"саммит\w*|القمة|" + ITALIAN_UKRAINIAN_SUMMIT_NOUNS,
            m["noun"] or m["ar"],
            re.IGNORECASE,
        )
    )


# "rencontres préparatoires avant les sommets du G20 à Toronto", "suivie d'un sommet prévu à
# Washington", "ahead of the leaders' summit in Vilnius", "im Vorfeld des Gipfels in Madrid": a
# summit the report's meeting (of ministers, of officials) prepares for or is followed by, named
# with its venue. The place is that summit's, not the venue of the meeting the report is about.
_SUMMIT_REFERRED_TO = re.compile(
    r"(?<!\w)(?:ahead\s+of|before|prior\s+to|in\s+preparation\s+for|preparing\s+for|"
    r"preparatory\s+to|leading\s+up\s+to|followed\s+by|"
    r"avant|en\s+prévision\s+d|en\s+vue\s+d|suivie?s?\s+d|préparatoires?\s+(?:à|au|aux)|"
    r"antes\s+d|previ[ao]s?\s+a|preparatori[ao]s?\s+(?:para|de|a)|seguid[ao]s?\s+(?:de|por|pela|pelo)|"
    r"rumo\s+[àa]|prima\s+del|in\s+vista\s+del|in\s+preparazione\s+del|"
    r"(?-i:vor\s+de[nm]|im\s+Vorfeld|zur\s+Vorbereitung))"
    r"[^.;:!?]{0,50}?(?<!\w)(?:summits?|sommets?|cumbres?|cimeiras?|cúpulas?|"
    r"(?-i:Gipfel\w*|\w+gipfel[ns]?)|vertic[ei])(?!\w)"
    r"[^.;:!?]{0,50}?\s(?:in|at|à|en|em|na|no|a)\s+$",
    re.IGNORECASE,
)


def summit_referred_to(text: str, at: int) -> re.Match[str] | None:
    """A summit named just before ``at`` (a place) as one the report's meeting prepares for or
    is followed by ("avant les sommets du G20 à Toronto"): the place is that summit's venue."""
    return _SUMMIT_REFERRED_TO.search(text, max(0, at - 160), at)


def ministers_body(gaz: Gazetteer, bloc: str, text: str) -> Body | None:
    """The bloc's one body of the ministers a report names (all its ministers of one kind:
    "Defense Minister Papikian", "Russian Defense Minister Shoigu"); None where it names
    ministers of several kinds, or the bloc has no body (or several) of theirs."""
    kinds = {(m[1] or m[2]).lower().replace("defense", "defence") for m in _MINISTRY.finditer(text)}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    bodies = [
        b
        for b in gaz.bodies_of(bloc)
        if re.search(
            r"\b" + kind + r"\b[\w ]{0,20}ministers|ministers of " + kind,
            " ".join(b.names).replace("Defense", "Defence"),
            re.IGNORECASE,
        )
    ]
    return bodies[0] if len(bodies) == 1 else None


# "la cumbre semestral del bloque", "the summit of the alliance", "the bloc's summit", "der
# Gipfel des Bündnisses": the summit of the bloc the sentence names, however far from it.
_OF_THE_BLOC_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:of\s+the|del|de\s+la|de\s+l['’]|do|da|des|der|della|dell['’])\s*"
    r"(?:bloc|bloque|bloco|alliance|alianza|aliança|organi[sz]ation|organización|organização|"
    r"grouping|group|grupo|groupe|Blocks?|Bündnisses|Organisation|Gruppe|"
    r"blocco|alleanza|organizzazione|gruppo)\b",
    re.IGNORECASE,
)
_OF_THE_BLOC_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:bloc|alliance|organi[sz]ation|grouping|group)['’]s\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def of_the_bloc(text: str, word: re.Match[str]) -> bool:
    """Whether the meeting word ``word`` is said to be "the bloc's" ("la cumbre semestral del
    bloque", "the alliance's summit"): the one bloc the sentence names is its bloc."""
    return bool(
        _OF_THE_BLOC_AFTER.match(text, word.end())
        or _OF_THE_BLOC_BEFORE.search(text[max(0, word.start() - 40) : word.start()])
    )


# Blocs' names in the other languages reports come in, where the gazetteer gives none: Spanish,
# Portuguese, French, German, and the Russian and Arabic names languages.BLOC_NAMES (which the
# gazetteer declines and prefixes) lacks. Added to the matcher's bloc names
# (proposals.Matcher), never over a name the gazetteer gives.
FOREIGN_BLOC_NAMES = {
    # Russian
    "СААРК": "SAARC",
    "Меркосур": "Mercosur",
    "Меркосура": "Mercosur",
    # Arabic
    "شنغهاي للتعاون": "SCO",
    "أوبك+": "OPEC",
    "منظمة البلدان المصدرة للبترول": "OPEC",
    "سارك": "SAARC",
    "رابطة جنوب آسيا للتعاون الإقليمي": "SAARC",
    "منظمة الدول الأمريكية": "OAS",
    "ميركوسور": "Mercosur",
    # the GCC's long name with "العربي" agreeing with the Gulf rather than its states
    "مجلس التعاون لدول الخليج العربي": "GCC",
    # Spanish, Portuguese, French, German
    "OCS": "SCO",
    "Organización de Cooperación de Shanghái": "SCO",
    "Organisation de coopération de Shanghai": "SCO",
    "Organização para Cooperação de Xangai": "SCO",
    "Organização de Cooperação de Xangai": "SCO",
    "Schanghaier Organisation für Zusammenarbeit": "SCO",
    "OTSC": "CSTO",
    "Organización del Tratado de Seguridad Colectiva": "CSTO",
    "Organisation du traité de sécurité collective": "CSTO",
    "Organisation des Vertrags über kollektive Sicherheit": "CSTO",
    "CEI": "CIS",
    "Comunidad de Estados Independientes": "CIS",
    "Communauté des États indépendants": "CIS",
    "Gemeinschaft Unabhängiger Staaten": "CIS",
    "GUS": "CIS",
    "Unión Económica Euroasiática": "EAEU",
    "Union économique eurasiatique": "EAEU",
    "Eurasische Wirtschaftsunion": "EAEU",
    "Unión Europea": "EU",
    "União Europeia": "EU",
    "Unión Africana": "AU",
    "União Africana": "AU",
    "Afrikanische Union": "AU",
    "Afrikanischen Union": "AU",
    "Europäischen Union": "EU",
    "Consejo de Cooperación del Golfo": "GCC",
    "Conselho de Cooperação do Golfo": "GCC",
    "Conseil de coopération du Golfe": "GCC",
    "Golf-Kooperationsrat": "GCC",
    "Golfkooperationsrat": "GCC",
    "CCG": "GCC",
    "Grupo de los 20": "G20",
    "Grupo dos 20": "G20",
    "Groupe des Vingt": "G20",
    "Grupo de los Siete": "G7",
    "Grupo dos Sete": "G7",
    "Groupe des Sept": "G7",
    "Asociación de Naciones del Sudeste Asiático": "ASEAN",
    "Associação de Nações do Sudeste Asiático": "ASEAN",
    "Association des nations de l'Asie du Sud-Est": "ASEAN",
    "Organización de Países Exportadores de Petróleo": "OPEC",
    "Organização dos Países Exportadores de Petróleo": "OPEC",
    "Organisation erdölexportierender Länder": "OPEC",
    "Organización del Tratado del Atlántico Norte": "NATO",
    "Organização do Tratado do Atlântico Norte": "NATO",
    "Asociación Sudasiática para la Cooperación Regional": "SAARC",
    "Association sud-asiatique pour la coopération régionale": "SAARC",
    # Italian
    "Unione Europea": "EU",
    "Unione europea": "EU",
    # the Italian papers' abbreviation, in title case ("il Consiglio Ue", "della Ue")
    "Ue": "EU",
    "Unione Africana": "AU",
    "Unione africana": "AU",
    "Organizzazione per la cooperazione di Shanghai": "SCO",
    "Organizzazione di Shanghai per la cooperazione": "SCO",
    "Organizzazione del Trattato di sicurezza collettiva": "CSTO",
    "Comunità degli Stati Indipendenti": "CIS",
    "CSI": "CIS",
    "Unione economica eurasiatica": "EAEU",
    "Consiglio di cooperazione del Golfo": "GCC",
    "Organizzazione dei Paesi esportatori di petrolio": "OPEC",
    "Organizzazione degli Stati americani": "OAS",
    "OSA": "OAS",
    "Associazione delle Nazioni del Sud-est asiatico": "ASEAN",
    "Alleanza Atlantica": "NATO",
    "Gruppo dei Sette": "G7",
    "Gruppo dei Venti": "G20",
    # Ukrainian: the abbreviations (which do not decline) and the long names in the cases a
    # report uses them in (nominative, genitive, locative)
    "СНД": "CIS",
    "ЄС": "EU",
    "Євросоюз": "EU",
    "Євросоюзу": "EU",
    "Євросоюзі": "EU",
    "Європейський союз": "EU",
    "Європейського союзу": "EU",
    "Європейському союзі": "EU",
    "ЄАЕС": "EAEU",
    "Євразійський економічний союз": "EAEU",
    "Євразійського економічного союзу": "EAEU",
    "БРІКС": "BRICS",
    "Африканський союз": "AU",
    "Африканського союзу": "AU",
    "Шанхайська організація співробітництва": "SCO",
    "Шанхайської організації співробітництва": "SCO",
    "Організація Договору про колективну безпеку": "CSTO",
    "Організації Договору про колективну безпеку": "CSTO",
    "Співдружність Незалежних Держав": "CIS",
    "Співдружності Незалежних Держав": "CIS",
    "Велика сімка": "G7",
    "Великої сімки": "G7",
    "Групи семи": "G7",
    "Велика двадцятка": "G20",
    "Великої двадцятки": "G20",
    "Групи двадцяти": "G20",
    "Рада співробітництва арабських держав Перської затоки": "GCC",
    "Ради співробітництва арабських держав Перської затоки": "GCC",
    "Організація американських держав": "OAS",
    "Організації американських держав": "OAS",
    # Belarusian: the abbreviations (the EAEU's, "ЕАЭС", is Russian's) and the long names in
    # the nominative and the genitive
    "АДКБ": "CSTO",
    "ШАС": "SCO",
    "Арганізацыя Дагавора аб калектыўнай бяспецы": "CSTO",
    "Арганізацыі Дагавора аб калектыўнай бяспецы": "CSTO",
    "Шанхайская арганізацыя супрацоўніцтва": "SCO",
    "Шанхайскай арганізацыі супрацоўніцтва": "SCO",
    "Садружнасць Незалежных Дзяржаў": "CIS",
    "Садружнасці Незалежных Дзяржаў": "CIS",
    "Еўразійскі эканамічны саюз": "EAEU",
    "Еўразійскага эканамічнага саюза": "EAEU",
    "Еўрапейскі саюз": "EU",
    "Еўрапейскага саюза": "EU",
    "Еўрасаюз": "EU",
    "Еўрасаюза": "EU",
    # Bengali (a case ending after the name is read as the name: "সার্কের", SAARC's)
    "সার্ক": "SAARC",
    "আসিয়ান": "ASEAN",
    "ব্রিকস": "BRICS",
    "সাংহাই সহযোগিতা সংস্থা": "SCO",
    "ইউরোপীয় ইউনিয়ন": "EU",
    "ন্যাটো": "NATO",
    "ওপেক": "OPEC",
    "আফ্রিকান ইউনিয়ন": "AU",
    "জি-২০": "G20",
    "জি-৭": "G7",
    # Korean (particles are written on the name: ``name_forms``)
    "아세안": "ASEAN",
    "동남아시아국가연합": "ASEAN",
    "나토": "NATO",
    "북대서양조약기구": "NATO",
    "브릭스": "BRICS",
    "상하이협력기구": "SCO",
    "유럽연합": "EU",
    "석유수출국기구": "OPEC",
    "독립국가연합": "CIS",
    "집단안보조약기구": "CSTO",
    "유라시아경제연합": "EAEU",
    "걸프협력회의": "GCC",
    "아프리카연합": "AU",
    "미주기구": "OAS",
    "남아시아지역협력연합": "SAARC",
    "주요 7개국": "G7",
    "주요 20개국": "G20",
    # Persian
    "سازمان همکاری شانگهای": "SCO",
    "بریکس": "BRICS",
    "اوپک": "OPEC",
    "ناتو": "NATO",
    "اتحادیه اروپا": "EU",
    "اتحادیه آفریقا": "AU",
    "شورای همکاری خلیج فارس": "GCC",
    "پیمان امنیت جمعی": "CSTO",
    "سازمان پیمان امنیت جمعی": "CSTO",
    "اتحادیه اقتصادی اوراسیا": "EAEU",
    "کشورهای مستقل مشترک‌المنافع": "CIS",
    "آسه‌آن": "ASEAN",
    "سارک": "SAARC",
    # Nepali and Hindi (Devanagari; Nepali's case endings: ``name_forms``)
    "सार्क": "SAARC",
    "दक्षिण एशियाई क्षेत्रीय सहयोग संगठन": "SAARC",
    "ब्रिक्स": "BRICS",
    "आसियान": "ASEAN",
    "शंघाई सहयोग संगठन": "SCO",
    "यूरोपीय संघ": "EU",
    "युरोपेली संघ": "EU",
    "नाटो": "NATO",
    "ओपेक": "OPEC",
    "अफ्रीकी संघ": "AU",
    "जी-20": "G20",
    "जी20": "G20",
    "जी-7": "G7",
    "जी7": "G7",
    # Indonesian, Polish, Turkish, Vietnamese (their acronyms are mostly the English ones)
    "Uni Eropa": "EU",
    "Uni Afrika": "AU",
    "Organisasi Kerja Sama Shanghai": "SCO",
    "Unia Europejska": "EU",
    "Unii Europejskiej": "EU",
    "Unię Europejską": "EU",
    "UE": "EU",
    "Unia Afrykańska": "AU",
    "Unii Afrykańskiej": "AU",
    "Szanghajska Organizacja Współpracy": "SCO",
    "Szanghajskiej Organizacji Współpracy": "SCO",
    "Wspólnota Niepodległych Państw": "CIS",
    "Wspólnoty Niepodległych Państw": "CIS",
    "WNP": "CIS",
    "Sojusz Północnoatlantycki": "NATO",
    "Sojuszu Północnoatlantyckiego": "NATO",
    "Avrupa Birliği": "EU",
    "Afrika Birliği": "AU",
    "Şanghay İşbirliği Örgütü": "SCO",
    "ŞİÖ": "SCO",
    "Bağımsız Devletler Topluluğu": "CIS",
    "BDT": "CIS",
    "Körfez İşbirliği Konseyi": "GCC",
    "Liên minh châu Âu": "EU",
    "Liên minh Châu Âu": "EU",
    "Tổ chức Hợp tác Thượng Hải": "SCO",
    "Liên minh châu Phi": "AU",
    # Dutch
    "NAVO": "NATO",
    "Europese Unie": "EU",
    "Afrikaanse Unie": "AU",
    "Gemenebest van Onafhankelijke Staten": "CIS",
    "Organisatie van Amerikaanse Staten": "OAS",
    "Sjanghai-samenwerkingsorganisatie": "SCO",
    # Romanian, in the nominative and the genitive-dative
    "Uniunea Europeană": "EU",
    "Uniunii Europene": "EU",
    "Uniunea Africană": "AU",
    "Uniunii Africane": "AU",
    "Alianța Nord-Atlantică": "NATO",
    "Alianței Nord-Atlantice": "NATO",
    "Organizația de Cooperare de la Shanghai": "SCO",
    "Organizației de Cooperare de la Shanghai": "SCO",
    "Comunitatea Statelor Independente": "CIS",
    "Comunității Statelor Independente": "CIS",
    "Organizația Statelor Americane": "OAS",
    # Greek, in the nominative and the genitive
    "ΝΑΤΟ": "NATO",
    "ΕΕ": "EU",
    "Ευρωπαϊκή Ένωση": "EU",
    "Ευρωπαϊκής Ένωσης": "EU",
    "Αφρικανική Ένωση": "AU",
    "Αφρικανικής Ένωσης": "AU",
    "ΟΠΕΚ": "OPEC",
    "ΑΣΕΑΝ": "ASEAN",
    "Κοινοπολιτεία Ανεξάρτητων Κρατών": "CIS",
    "Κοινοπολιτείας Ανεξάρτητων Κρατών": "CIS",
    # Azerbaijani
    "Avropa İttifaqı": "EU",
    "Aİ": "EU",
    "Afrika İttifaqı": "AU",
    "Şanxay Əməkdaşlıq Təşkilatı": "SCO",
    "ŞƏT": "SCO",
    "Müstəqil Dövlətlər Birliyi": "CIS",
    "MDB": "CIS",
    "Kollektiv Təhlükəsizlik Müqaviləsi Təşkilatı": "CSTO",
    "KTMT": "CSTO",
    "Avrasiya İqtisadi İttifaqı": "EAEU",
    # Uzbek, in Latin and Cyrillic letters
    "Shanxay hamkorlik tashkiloti": "SCO",
    "ShHT": "SCO",
    "Шанхай ҳамкорлик ташкилоти": "SCO",
    "ШҲТ": "SCO",
    "Mustaqil Davlatlar Hamdo‘stligi": "CIS",
    "MDH": "CIS",
    "Мустақил Давлатлар Ҳамдўстлиги": "CIS",
    "МДҲ": "CIS",
    "Yevropa Ittifoqi": "EU",
    "Европа Иттифоқи": "EU",
    "Kollektiv xavfsizlik shartnomasi tashkiloti": "CSTO",
    "Коллектив хавфсизлик шартномаси ташкилоти": "CSTO",
    # Urdu (its keheh "ک" is not Arabic's kaf "ك"; "سارک", SAARC, is Persian's above)
    "شنگھائی تعاون تنظیم": "SCO",
    "نیٹو": "NATO",
    "یورپی یونین": "EU",
    "برکس": "BRICS",
    "اوپیک": "OPEC",
    "افریقی یونین": "AU",
    "خلیج تعاون کونسل": "GCC",
    # Czech and Slovak, in the cases reports use (nominative, genitive, dative-locative,
    # accusative, instrumental)
    "Evropská unie": "EU",
    "Evropské unie": "EU",
    "Evropské unii": "EU",
    "Evropskou unii": "EU",
    "Evropskou unií": "EU",
    "Africká unie": "AU",
    "Africké unie": "AU",
    "Severoatlantická aliance": "NATO",
    "Severoatlantické aliance": "NATO",
    "Šanghajská organizace pro spolupráci": "SCO",
    "Šanghajské organizace pro spolupráci": "SCO",
    "Organizace amerických států": "OAS",
    "EÚ": "EU",  # Slovak's abbreviation
    "Európska únia": "EU",
    "Európskej únie": "EU",
    "Európskej únii": "EU",
    "Európsku úniu": "EU",
    "Európskou úniou": "EU",
    "Africká únia": "AU",
    "Africkej únie": "AU",
    "Severoatlantická aliancia": "NATO",
    "Severoatlantickej aliancie": "NATO",
    "Šanghajská organizácia spolupráce": "SCO",
    "Šanghajskej organizácie spolupráce": "SCO",
    # Serbo-Croatian, in both scripts and in the cases reports use (nominative, genitive,
    # dative-locative, accusative); Bulgarian, with its article on the adjective
    "Evropska unija": "EU",
    "Evropske unije": "EU",
    "Evropskoj uniji": "EU",
    "Evropsku uniju": "EU",
    "Europska unija": "EU",
    "Europske unije": "EU",
    "Europskoj uniji": "EU",
    "Europsku uniju": "EU",
    "Европска унија": "EU",
    "Европске уније": "EU",
    "Европској унији": "EU",
    "Европску унију": "EU",
    "ЕУ": "EU",
    "Afrička unija": "AU",
    "Afričke unije": "AU",
    "Afričkoj uniji": "AU",
    "Афричка унија": "AU",
    "Афричке уније": "AU",
    "Европейския съюз": "EU",
    "Европейският съюз": "EU",
    "Европейски съюз": "EU",
    "Африканския съюз": "AU",
    "Африканският съюз": "AU",
    # Swahili
    "Umoja wa Ulaya": "EU",
    "Umoja wa Afrika": "AU",
    # abbreviations: Hungarian; Kazakh and Kyrgyz (their long names are below, with their
    # case endings)
    "FÁK": "CIS",
    "ШЫҰ": "SCO",
    "ТМД": "CIS",
    "ЕАЭО": "EAEU",
    "ҰҚШҰ": "CSTO",
    "ШКУ": "SCO",
    "КМШ": "CIS",
    "ЕАЭБ": "EAEU",
    "ЖККУ": "CSTO",
    # Finnish, Estonian, Latvian, Lithuanian, Swedish, Norwegian and Danish, in the cases
    # reports use: Finnish writes "Nato" with its endings ("Naton ulkoministerikokous"), the
    # Scandinavian languages their genitive on the abbreviation ("NATOs forsvarsministermøte")
    "Nato": "NATO",
    "Naton": "NATO",
    "Natoon": "NATO",
    "Natossa": "NATO",
    "NATOs": "NATO",
    "Natos": "NATO",
    "Euroopan unioni": "EU",
    "Euroopan unionin": "EU",
    "Euroopa Liit": "EU",
    "Euroopa Liidu": "EU",
    "Eiropas Savienība": "EU",
    "Eiropas Savienības": "EU",
    "Europos Sąjunga": "EU",
    "Europos Sąjungos": "EU",
    "Europeiska unionen": "EU",
    "Europeiska unionens": "EU",
    "Den Europæiske Union": "EU",
    "Den europeiske union": "EU",
}


# Hungarian and Kazakh and Kyrgyz write a case ending on the name ("az Európai Unióban", "Шанхай
# ынтымақтастық ұйымының"): ``name_forms`` writes them.
HUNGARIAN_BLOC_NAMES = {
    "Európai Unió": "EU",
    "Afrikai Unió": "AU",
    "Sanghaji Együttműködési Szervezet": "SCO",
    "Független Államok Közössége": "CIS",
}
KAZAKH_KYRGYZ_BLOC_NAMES = {
    "Шанхай ынтымақтастық ұйымы": "SCO",
    "Тәуелсіз Мемлекеттер Достастығы": "CIS",
    "Еуразиялық экономикалық одақ": "EAEU",
    "Ұжымдық қауіпсіздік туралы шарт ұйымы": "CSTO",
    "Еуропалық Одақ": "EU",
    "Шанхай кызматташтык уюму": "SCO",
    "Көз карандысыз мамлекеттердин шериктештиги": "CIS",
    "Евразиялык экономикалык биримдик": "EAEU",
}
FOREIGN_BLOC_NAMES |= HUNGARIAN_BLOC_NAMES | KAZAKH_KYRGYZ_BLOC_NAMES | armenian.BLOC_NAMES
# Hungarian's suffixes by the vowel harmony of the name's last vowel: in, into, to/for
# (dative), the accusative, with, towards, from, off, about, onto, on
_HU_BACK = ("ban", "ba", "nak", "t", "val", "hoz", "ból", "tól", "ról", "ra", "n")
_HU_FRONT = ("ben", "be", "nek", "t", "vel", "hez", "ből", "től", "ről", "re", "n")
# Kazakh's and Kyrgyz's case endings (genitive, dative, locative, accusative, ablative, with),
# after a vowel (with the "н" of a possessive stem: "ұйымы" -> "ұйымының") and a consonant
_KK_KY_AFTER_VOWEL = (
    "ның",
    "нің",
    "нын",
    "нин",
    "нун",
    "нүн",
    "на",
    "не",
    "нда",
    "нде",
    "ндо",
    "ндө",
    "н",
    "нан",
    "нен",
    "мен",
    "менен",
)
_KK_KY_AFTER_CONSONANT = ("тың", "тің", "дың", "дің", "тын", "тин", "тун", "дын", "дин", "дун",
                          "қа", "ке", "ға", "ге", "ка", "га", "та", "те", "да", "де", "то",
                          "до", "тан", "тен", "дан", "ден", "пен", "бен", "мен")  # fmt: skip


def _hungarian_forms(name: str) -> list[str]:
    vowels = re.findall("[aáoóuúeéiíöőüű]", name.lower())
    back = bool(vowels) and vowels[-1] in "aáoóuú"
    suffixes = _HU_BACK if back else _HU_FRONT
    if name[-1] in "aáeéiíoóöőuúüű":
        return [name, *(name + s for s in suffixes)]
    # after a consonant: "Szervezetet", "Szervezettel" (the "v" of "vel" takes its sound)
    forms = [name]
    for s in suffixes:
        if s == "t":
            s = "ot" if back else "et"
        elif s in ("val", "vel"):
            s = name[-1] + s[1:]
        elif s == "n":
            s = "on" if back else "en"
        forms.append(name + s)
    return forms


def _kazakh_kyrgyz_forms(name: str) -> list[str]:
    vowel_end = name[-1] in "аәеиоөуұүыіэюя"
    endings = _KK_KY_AFTER_VOWEL if vowel_end else _KK_KY_AFTER_CONSONANT
    return [name, *(name + ending for ending in endings)]


# An abbreviation with its case ending after a hyphen, as Hungarian, Kazakh and Kyrgyz write
# it ("az EU-ban", "a NATO-csúcson", "ШЫҰ-ның", "КМШнын" aside): the bloc, as a bloc's name
# joined to a meeting noun is ("NATO-Gipfel").
_CASE_AFTER_HYPHEN = re.compile(
    r"(?:"
    + "|".join(
        sorted(
            {*_HU_BACK, *_HU_FRONT, "on", "en", "ön", "ot", "et", "öt", "s", "hoz", "hez", "höz"}
            | {*_KK_KY_AFTER_VOWEL, *_KK_KY_AFTER_CONSONANT, "ның", "нің", "ға", "ге", "да", "де"}
            # Serbo-Croatian's genitive, dative-locative and instrumental ("NATO-a", "NATO-u")
            | {"a", "u", "om", "а", "у", "ом"}
            # Armenian's ("ԵԱՏՄ-ի", "ՀԱՊԿ-ում")
            | set(armenian.ABBREVIATION_ENDINGS),
            key=len,
            reverse=True,
        )
    )
    + r"|(?-i:csúcs\w*))(?![\w-])"
)


# German names the ministers of a bloc by joining the bloc to their title ("Treffen der
# NATO-Außenminister", "die EU-Verteidigungsministerinnen", "der G7-Finanzminister"): the bloc,
# in a headline too short to show it is German.
_GERMAN_MINISTERS_COMPOUND = re.compile(
    r"(?-i:[A-ZÄÖÜ][a-zäöüß]+minister(?:n|s|in|innen)?)(?![\w-])"
)


# Dutch and the Scandinavian languages join the bloc to its members and ministers the same way
# ("de 28 NAVO-landen", "de EU-lidstaten", "de NAVO-ministers", "EU-länderna", "NATO-landene",
# "EU-ministrene"): the bloc.
_DUTCH_NORDIC_MEMBERS_COMPOUND = re.compile(
    r"(?-i:landen|lidstaten|bondgenoten|\w*ministers|leiders|länder(?:na)?|medlemsländer(?:na)?|"
    r"lande(?:ne)?|landene|medlemsland(?:e|ene)|\w*ministrar(?:na)?|\w*ministrene|ledarna|"
    r"lederne)(?![\w-])"
)


def german_ministers_after_hyphen(text: str, at: int) -> bool:
    """Whether the text at ``at`` (after a bloc's name and a hyphen) is a German compound
    of a minister's title ("NATO-Außenminister", "EU-Agrarministern"), or a Dutch or
    Scandinavian compound of the bloc's members or ministers ("NAVO-landen", "EU-ministrene")."""
    return (
        _GERMAN_MINISTERS_COMPOUND.match(text, at) is not None
        or _DUTCH_NORDIC_MEMBERS_COMPOUND.match(text, at) is not None
    )


def case_after_hyphen(text: str, at: int) -> bool:
    """Whether the text at ``at`` (after a bloc's abbreviation and a hyphen) is a Hungarian,
    Kazakh, Kyrgyz or Serbo-Croatian case ending ("EU-ban", "ШЫҰ-ның", "NATO-a") or Hungarian's
    summit ("NATO-csúcs")."""
    return _CASE_AFTER_HYPHEN.match(text, at) is not None


# Bodies' names in the languages reports come in that the knowledge base gives only in English
# (and Russian), by bloc and the last segment of the body's IRI, in the cases reports use them
# in: "la XXXIX Asamblea General de la OEA", "le Conseil européen", "der Europäische Rat".
BODY_NAMES_ABROAD = {
    ("OAS", "general-assembly"): [
        "Asamblea General", "Assembleia Geral", "Assemblée générale", "Assemblea generale",
        # the heading of its minutes: "TRIGÉSIMO CUARTO PERÍODO ORDINARIO DE SESIONES"
        "período ordinario de sesiones",
    ],
    # the Council's configurations of foreign ministers, by their official names in the
    # Union's languages
    ("EU", "foreign-affairs-council"): [
        "Rat für Auswärtige Angelegenheiten", "Rat Auswärtige Angelegenheiten",
        "Conseil des affaires étrangères", "Conseil Affaires étrangères", "Consiglio Affari esteri",
        "Consejo de Asuntos Exteriores", "Conselho dos Negócios Estrangeiros",
        "Raad Buitenlandse Zaken", "Rada do Spraw Zagranicznych", "ulkoasiainneuvosto",
        "rådet för utrikes frågor", "Rada pro zahraniční věci", "Rada pre zahraničné veci",
        "Съвет по външни работи", "Consiliul Afaceri Externe", "Külügyek Tanácsa",
        "Vijeće za vanjske poslove", "Συμβούλιο Εξωτερικών Υποθέσεων",
    ],
    ("EU", "general-affairs-and-external-relations-council"): [
        "Rat für Allgemeine Angelegenheiten und Außenbeziehungen",
        "Conseil Affaires générales et relations extérieures",
        "Consiglio Affari generali e relazioni esterne",
        "Consejo de Asuntos Generales y Relaciones Exteriores",
    ],
    # Swahili: "kikao cha 43 cha Baraza Kuu la Mawaziri wa Umoja wa Afrika" (the great council
    # of ministers)
    ("AU", "executive-council"): ["Baraza Kuu la Mawaziri", "Baraza la Utendaji"],
    ("EU", "european-council"): [
        "Consejo Europeo", "Conselho Europeu", "Conseil européen", "Consiglio europeo",
        "Europäischer Rat", "Europäischen Rat", "Europäischen Rates", "Europese Raad",
        "Rada Europejska", "Rady Europejskiej", "Radzie Europejskiej", "Consiliul European",
        "Consiliului European", "Ευρωπαϊκό Συμβούλιο", "Ευρωπαϊκού Συμβουλίου",
        "Evropská rada", "Evropské rady", "Evropské radě", "Európska rada", "Európskej rady",
        "Európai Tanács", "Európai Tanácsban",
        # Bulgarian, Croatian, Slovene, Danish, Swedish, Finnish, Estonian, Latvian, Lithuanian
        "Европейския съвет", "Европейският съвет", "Европейски съвет", "Europsko vijeće",
        "Europskog vijeća", "Europskom vijeću", "Evropski svet", "Evropskega sveta",
        "Det Europæiske Råd", "Europeiska rådet", "Eurooppa-neuvosto", "Eurooppa-neuvoston",
        "Euroopa Ülemkogu", "Eiropadome", "Eiropadomes", "Europos Vadovų Taryba",
        "Europos Vadovų Tarybos",
    ],
}  # fmt: skip


# Bodies whose name belongs to one bloc only, so that the name alone says which bloc meets ("Il
# Consiglio europeo si è aperto oggi", "The European Council met", "el Consejo del Mercado
# Común"), unlike a generic name ("General Assembly", "Executive Council") that needs its bloc
# named nearby. By bloc and the last segment of the body's IRI.
SELF_NAMING_BODIES = frozenset(
    {
        ("EU", "european-council"),
        ("EU", "eastern-partnership-summit"),
        ("EAEU", "supreme-eurasian-economic-council"),
        ("EAEU", "eurasian-intergovernmental-council"),
        ("CSTO", "collective-security-council"),
        ("Mercosur", "common-market-council"),
    }
)
# "the European Council on Foreign Relations", "Europäischer Rat für ...": another body that
# opens with the name.
OTHER_BODY_AFTER = re.compile(
    r"\s+(?:on|for|of|für|pour|para|per|por|voor|dla|pentru)\s", re.IGNORECASE
)

# "the Sixth East Asia Summit (EAS) Economic Ministers' Meeting": the ministers' meeting of a
# summit's grouping, not the summit.
MINISTERS_MEETING_AFTER = re.compile(
    r"\s+(?:\([A-Z]{2,6}\)\s+)?(?:Economic|Foreign|Defen[cs]e|Finance|Trade|Energy)\s+"
    r"Ministers['’]?\s+Meeting"
)


def name_forms(name: str) -> list[str]:
    """A bloc's name in Korean or in Devanagari with the particles or case endings written on
    it ("아세안의", "सार्कको"), as languages.py writes them on a state's; the name alone in any
    other script."""
    if re.search(f"[{languages.SCRIPT_LETTERS['hangul']}]$", name):
        return languages.korean_forms(name)
    if re.search(f"[{languages.SCRIPT_LETTERS['devanagari']}]$", name):
        return languages.devanagari_forms(name)
    if name in HUNGARIAN_BLOC_NAMES:
        return _hungarian_forms(name)
    if name in KAZAKH_KYRGYZ_BLOC_NAMES:
        return _kazakh_kyrgyz_forms(name)
    if armenian.is_armenian(name):
        return armenian.forms(name)
    return [name]


# A body of ministers, of heads of government, of advisers or experts, or a standing structure:
# not the body of the bloc's summits.
_NOT_SUMMIT_BODY = re.compile(
    r"minister|government|intergovernmental|advis|working group|expert|conference on|"
    r"secretar|structure|committee|executive council|\bconference\b",
    re.IGNORECASE,
)


def summit_body(gaz: Gazetteer, bloc: str) -> Body | None:
    """The bloc's summit body where its name does not say so ("the CSTO summit": the Collective
    Security Council): the one body of the bloc with recorded meetings that is no body of
    ministers, heads of government, advisers or experts. None where there is not exactly one."""
    met = {r.body for r in gaz.meetings if r.bloc == bloc}
    bodies = [
        b
        for b in gaz.bodies_of(bloc)
        if b.iri in met and not _NOT_SUMMIT_BODY.search(" ".join(b.names))
    ]
    if not bodies:
        # "North Atlantic Council at the level of Heads of State and Government (NATO summit)"
        # beside the bloc's foreign ministers: the one body its own name calls the summit
        bodies = [
            b
            for b in gaz.bodies_of(bloc)
            if b.iri in met
            and re.search(r"\bsummit\b|heads of state", " ".join(b.names), re.IGNORECASE)
            and not re.search(r"minister", " ".join(b.names), re.IGNORECASE)
        ]
    if len(bodies) > 1:
        # "the summit of the European Union": the European Council (130 meetings recorded), not
        # the Eastern Partnership Summit it holds with six partners (one): the bloc's regular
        # summit is the body that meets far more often than any other (five times or more).
        held = Counter(r.body for r in gaz.meetings if r.bloc == bloc)
        bodies.sort(key=lambda b: (-held[b.iri], b.iri))
        if held[bodies[0].iri] >= 5 * held[bodies[1].iri]:
            return bodies[0]
    return bodies[0] if len(bodies) == 1 else None


# "a cúpula entre a União Europeia e a Comunidade de Estados Latino-Americanos", "the summit
# between the EU and Japan", "der Gipfel zwischen", "саммит между": a summit of the bloc with
# another party, not one of the bloc's own bodies.
_BETWEEN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:between|entre|zwischen|между|بين|tra|fra|між)\b", re.IGNORECASE
)


def between_parties(text: str, word: re.Match[str]) -> bool:
    """Whether the summit word ``word`` is a summit between the bloc and another party."""
    return _BETWEEN.match(text, word.end()) is not None


# Whose meeting, in the languages reports come in: foreign ministers ("ministros de Relaciones
# Exteriores", "cancilleres", "ministres des Affaires étrangères", "Außenminister", "министров
# иностранных дел", "وزراء الخارجية"), defence ministers, heads of government.
_MINISTRIES = {
    "foreign": r"foreign\s+ministers|ministers\s+of\s+foreign\s+affairs|relaciones\s+exteriores|"
    r"asuntos\s+exteriores|cancilleres|rela[cç][oõ]es\s+exteriores|neg[oó]cios\s+estrangeiros|"
    r"chanceleres|affaires\s+[ée]trang[èe]res|Au(?:ß|ss)enminister\w*|иностранных\s+дел|СМИД|"
    r"(?:و)?(?:ال)?خارجية|ministri\s+degli\s+(?:affari\s+)?esteri|закордонних\s+справ|"
    # Dutch, Romanian, Greek, Azerbaijani, Uzbek (both scripts), Urdu
    r"Buitenlandse\s+Zaken|buitenlandministers|(?:afacerilor|de|ai)\s+externe|Εξωτερικών|"
    r"xarici\s+işlər|tashqi\s+ishlar|ташқи\s+ишлар|وزرائے\s+خارجہ|"
    # Czech, Slovak, Hungarian, Swahili, Kazakh, Kyrgyz
    r"ministr\w*\s+zahraničí|ministr\w*\s+zahraničných\s+vecí|külügyminiszter\w*|"
    r"mawaziri\s+wa\s+mambo\s+ya\s+nje|"
    # Turkish: "NATO Dışişleri Bakanları Toplantısı"
    r"dışişleri\s+bakan\w*|"
    # (Kazakh and Kyrgyz put whose before the noun: "министрлері кеңесінің отырысы")
    r"сыртқы\s+істер\s+министрлер\w*(?:\s+кеңес\w*)?|"
    r"тышкы\s+иштер\s+министрлер\w*(?:\s+кеңеш\w*)?",
    "defence": r"defen[cs]e\s+ministers|ministers\s+of\s+defen[cs]e|ministros\s+de\s+defensa|"
    r"ministros\s+da\s+defesa|ministres\s+de\s+la\s+d[ée]fense|Verteidigungsminister\w*|"
    r"министров\s+обороны|(?:ال)?دفاع|ministri\s+della\s+difesa|міністрів\s+оборони|"
    r"ministers\s+van\s+Defensie|defensieministers|ap[ăa]r[ăa]rii|Άμυνας|müdafiə|mudofaa|"
    r"мудофаа|ministr\w*\s+obrany|védelmi\s+miniszter\w*|mawaziri\s+wa\s+ulinzi|"
    r"savunma\s+bakan\w*|"
    r"қорғаныс\s+министр\w*(?:\s+кеңес\w*)?|коргоо\s+министр\w*(?:\s+кеңеш\w*)?",
    "government": r"heads\s+of\s+government|prime\s+ministers|jefes\s+de\s+gobierno|"
    r"chefes\s+de\s+governo|chefs\s+de\s+gouvernement|Regierungschefs|глав\s+правительств|"
    r"رؤساء\s+(?:ال)?حكومات|capi\s+di\s+governo|глав\s+урядів|"
    r"předsed\w*\s+vlád|predsed\w*\s+vlád|kormányf(?:ő|ői|ők)\w*|"
    r"үкімет\s+басшы\w*|өкмөт\s+башчы\w*",
}
_MINISTRY_RE = {
    kind: re.compile(r"\b(?:" + words + r")", re.IGNORECASE) for kind, words in _MINISTRIES.items()
}
# Up to a few words between the meeting noun and whose it is: "reunión de los cancilleres",
# "заседание Совета министров иностранных дел", "اجتماع وزراء الخارجية".
_WHOSE_GAP = r"[^.;:]{0,40}?"


def body_by_ministry(gaz: Gazetteer, bloc: str, text: str, word: re.Match[str]) -> Body | None:
    """The bloc's one body of the people the meeting word ``word`` says it is of: "la reunión de
    cancilleres del Mercosur" (foreign ministers), "заседание Совета министров обороны". None
    where the words name no such people, or the bloc has no body (or several) of theirs."""
    after = text[word.end() : word.end() + 80]
    before = text[max(0, word.start() - 40) : word.start()]
    kinds = [
        kind
        for kind, pattern in _MINISTRY_RE.items()
        if re.match(_WHOSE_GAP + pattern.pattern, after, re.IGNORECASE)
        or re.search(pattern.pattern + r"['’]?\s+$", before, re.IGNORECASE)
        or pattern.match(word[0])  # "Außenministertreffen"
    ]
    return _body_of_kind(gaz, bloc, kinds[0]) if len(kinds) == 1 else None


def _body_of_kind(gaz: Gazetteer, bloc: str, kind: str) -> Body | None:
    """The bloc's one body of that kind of people ("foreign", "defence", "government"); None
    where it has none, or several."""
    if kind == "government":
        wanted = r"heads of government|intergovernmental"
    else:
        wanted = r"\b" + kind + r"\b[\w ]{0,20}ministers|ministers of " + kind
    bodies = [
        b
        for b in gaz.bodies_of(bloc)
        if re.search(wanted, " ".join(b.names).replace("Defense", "Defence"), re.IGNORECASE)
    ]
    return bodies[0] if len(bodies) == 1 else None


# A meeting said to be of ministers, not whose: "une réunion ministérielle de deux jours au
# siège de l'Otan", "the ministerial", "la reunión ministerial", "das Ministertreffen".
MINISTERIAL_WORD = re.compile(
    r"\b(?:ministerials?|minist[ée]riel(?:le)?s?|ministerial(?:es)?|ministeriale|"
    r"Ministertreffen\w*|Ministerrat\w*)\b",
    re.IGNORECASE,
)


def body_of_ministers_named(gaz: Gazetteer, bloc: str, text: str) -> Body | None:
    """The bloc's one body of the one kind of ministers a report names, in any of its
    languages ("Les ministres de la Défense des 31 pays membres"): for a meeting the report
    calls "ministerial" and no more. None where the report names ministers of several kinds
    (or of none), or the bloc has no body (or several) of theirs."""
    kinds = [
        kind
        for kind, pattern in _MINISTRY_RE.items()
        if kind != "government" and pattern.search(text)
    ]
    return _body_of_kind(gaz, bloc, kinds[0]) if len(kinds) == 1 else None


# Ordinals of the other languages, by the number they give: Spanish, Portuguese, French, German
# (with their endings: "vigésima", "zwölften") and Russian (adjective endings only, so not
# "вторник"). English ordinals are proposals.py's, read with their own exceptions.
_ROMANCE_GERMAN_RUSSIAN_ORDINALS = [
    (1, r"primer[oa]?|primeir[oa]|premi[eè]re?|erste[nrsm]?|перв"),
    # (Italian: "secondo", "terzo", "sesto"; Ukrainian stems: "друг", "п'ят", "шост", "сьом")
    (2, r"segund[oa]|second[oa]|deuxi[eè]me|seconde?|zweite[nrsm]?|втор|друг"),
    (3, r"tercer[oa]?|terceir[oa]|terz[oa]|troisi[eè]me|dritte[nrsm]?|треть?"),
    (4, r"cuart[oa]|quart[oa]|quatri[eè]me|vierte[nrsm]?|четв[её]рт"),
    (5, r"quint[oa]|cinqui[eè]me|f[üu]nfte[nrsm]?|пят|п['’]ят"),
    (6, r"sext[oa]|sest[oa]|sixi[eè]me|sechste[nrsm]?|шест|шост"),
    (7, r"s[ée]ptim[oa]|s[ée]tim[oa]|settim[oa]|septi[eè]me|siebte[nrsm]?|седьм|сьом"),
    (8, r"octav[oa]|oitav[oa]|ottav[oa]|huiti[eè]me|achte[nrsm]?|восьм"),
    (9, r"noven[oa]|non[oa]|neuvi[eè]me|neunte[nrsm]?|девят|дев['’]ят"),
    (10, r"d[ée]cim[oa]|dixi[eè]me|zehnte[nrsm]?|десят"),
    (11, r"und[ée]cim[oa]|d[ée]cimo\s+primeir[oa]|onzi[eè]me|undicesim[oa]|elfte[nrsm]?"),
    (12, r"duod[ée]cim[oa]|d[ée]cimo\s+segund[oa]|douzi[eè]me|dodicesim[oa]|zw[öo]lfte[nrsm]?"),
    (20, r"vig[ée]sim[oa]|vingti[eè]me|ventesim[oa]|zwanzigste[nrsm]?"),
]
# (and the Russian stems' endings in Ukrainian: "третій", "другого", "п'ята")
_RUSSIAN_ENDING = r"(?:ый|ой|ий|ая|ое|ого|ом|ому|ую|ей|ье|ьего|ьем|ья|ьей|ій|а|ої|у|е|им|ім)"
_ORDINAL_WORD = re.compile(
    "|".join(
        f"(?P<n{n}>(?:{words}){_RUSSIAN_ENDING}?)" for n, words in _ROMANCE_GERMAN_RUSSIAN_ORDINALS
    ),
    re.IGNORECASE,
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# "la 20ème session ordinaire", "a 13ª cúpula", "a VI cimeira", "das 12. Treffen", "das zwölfte
# Treffen", "шестой саммит": an ordinal, then at most one word, then the meeting word
_BEFORE_WORD = re.compile(
    # (and Bulgarian's hyphened endings: "64-та годишна сесия", "1-ви", "2-ри", "7-ми")
    r"(?<![\w.])(?P<ord>(?P<digits>\d{1,3})(?:ª|º|°|e|ème|eme|er|re|-(?:т|в|р|м)[иао])|"
    # (German "das 12. Treffen" after an article; not "am 18. Mai")
    r"(?P<dotted>\d{1,3})\.|"
    # (a bare number after a singular article, "La 42 Asamblea General": ``_BARE_ARTICLE``)
    r"(?P<bare>\d{1,3})|"
    r"(?-i:(?P<roman>[IVXLC]{1,6}))|(?P<word>\w+))\s+",
    re.IGNORECASE,
)
_ONE_WORD = re.compile(r"[\w-]+\s+")
_LAST_WORDS = re.compile(r"(?:[\w'’-]+\s+){1,2}$")
# "La 42 Asamblea General", "a 13 cúpula": a number with no ordinal's ending is the ordinal
# only after a singular article (not "los 34 países", "el 25 de mayo", "im Jahr 2012").
_BARE_ARTICLE = re.compile(r"(?<![\w'’])(?:la|el|le|il|lo|a|o|l['’])\s*$", re.IGNORECASE)
_GERMAN_ARTICLE = re.compile(r"\b(?:das|dem|des|der|den|die|zum|zur|vom|beim)\s+$")


def _roman(value: str) -> int | None:
    total = 0
    for i, c in enumerate(value):
        v = _ROMAN_VALUES[c]
        nxt = _ROMAN_VALUES[value[i + 1]] if i + 1 < len(value) else 0
        total += -v if v < nxt else v
    return total if 0 < total < 400 else None


# Ordinals spelled in words past the first ten, as a sum of tens and units, in the languages
# reports come in: "quincuagésima cuarta" (54), "vigesimoquinta", "vingt-cinquième",
# "trente-et-unième", "venticinquesimo", "fünfundzwanzigste", "двадцать пятый", "двадцять
# п'ятий", and the teens ("treizième", "tredicesimo", "dreizehnte", "тринадцатый").
_TENS_ORDINAL = {
    10: r"d[ée]cim[oa]|dixi[eè]me|decim[oa]|zehnte[nrsm]?|десят{e}",
    20: r"vig[ée]sim[oa]|vingti[eè]me|ventesim[oa]|zwanzigste[nrsm]?|двадцат{e}|двадцят{e}",
    30: r"trig[ée]sim[oa]|trenti[eè]me|trentesim[oa]|drei(?:ß|ss)igste[nrsm]?|тридцат{e}|"
    r"тридцят{e}",
    40: r"(?:cuadra|quadra)g[ée]sim[oa]|quaranti[eè]me|quarantesim[oa]|vierzigste[nrsm]?|"
    r"сороков{e}",
    50: r"(?:quincua|quinqua)g[ée]sim[oa]|cinquanti[eè]me|cinquantesim[oa]|f[üu]nfzigste[nrsm]?|"
    r"пятидесят{e}|п['’]ятдесят{e}",
    60: r"sexag[ée]sim[oa]|soixanti[eè]me|sessantesim[oa]|sechzigste[nrsm]?|шестидесят{e}|"
    r"шістдесят{e}",
}
_TENS_CARDINAL = {  # before a unit's ordinal: "vingt-cinquième", "двадцать пятый"
    20: r"vingt|двадцать|двадцять",
    30: r"trente|тридцать|тридцять",
    40: r"quarante|сорок",
    50: r"cinquante|пятьдесят|п['’]ятдесят",
    60: r"soixante|шестьдесят|шістдесят",
}
_TEEN_ORDINAL = {
    11: r"onzi[eè]me|undicesim[oa]|elfte[nrsm]?|одиннадцат{e}|одинадцят{e}",
    12: r"douzi[eè]me|dodicesim[oa]|zw[öo]lfte[nrsm]?|двенадцат{e}|дванадцят{e}",
    13: r"treizi[eè]me|tredicesim[oa]|dreizehnte[nrsm]?|тринадцат{e}|тринадцят{e}",
    14: r"quatorzi[eè]me|quattordicesim[oa]|vierzehnte[nrsm]?|четырнадцат{e}|чотирнадцят{e}",
    15: r"quinzi[eè]me|quindicesim[oa]|f[üu]nfzehnte[nrsm]?|пятнадцат{e}|п['’]ятнадцят{e}",
    16: r"seizi[eè]me|sedicesim[oa]|sechzehnte[nrsm]?|шестнадцат{e}|шістнадцят{e}",
    17: r"dix-septi[eè]me|diciassettesim[oa]|siebzehnte[nrsm]?|семнадцат{e}|сімнадцят{e}",
    18: r"dix-huiti[eè]me|diciottesim[oa]|achtzehnte[nrsm]?|восемнадцат{e}|вісімнадцят{e}",
    19: r"dix-neuvi[eè]me|diciannovesim[oa]|neunzehnte[nrsm]?|девятнадцат{e}|"
    r"дев['’]ятнадцат{e}|дев['’]ятнадцят{e}",
}
_UNIT_ORDINAL = {  # after a ten: "cuarta", "cinquième", "пятый", "п'ятий"
    1: r"primer[oa]?|primeir[oa]|uni[eè]me|перв{e}|перш{e}",
    2: r"segund[oa]|deuxi[eè]me|втор{e}|друг{e}",
    3: r"tercer[oa]?|terceir[oa]|troisi[eè]me|трет{e}",
    4: r"cuart[oa]|quart[oa]|quatri[eè]me|четв[её]рт{e}|четверт{e}",
    5: r"quint[oa]|cinqui[eè]me|пят{e}|п['’]ят{e}",
    6: r"sext[oa]|sixi[eè]me|шест{e}|шост{e}",
    7: r"s[ée]ptim[oa]|s[ée]tim[oa]|septi[eè]me|седьм{e}|сьом{e}",
    8: r"octav[oa]|oitav[oa]|huiti[eè]me|восьм{e}",
    9: r"noven[oa]|non[oa]|neuvi[eè]me|девят{e}|дев['’]ят{e}",
}
# Italian and German glue the units on: "venti|cinqu|esimo", "fünf|und|zwanzig|ste".
_ITALIAN_TENS = {20: r"vent[ia]?", 30: r"trent[a]?", 40: r"quarant[a]?", 50: r"cinquant[a]?",
                 60: r"sessant[a]?"}  # fmt: skip
_GERMAN_TENS = {20: "zwanzig", 30: "drei(?:ß|ss)ig", 40: "vierzig", 50: "f[üu]nfzig",
                60: "sechzig"}  # fmt: skip
_ITALIAN_UNITS = {1: "un", 2: "du", 3: "tre", 4: "quattr", 5: "cinqu", 6: "sei", 7: "sett",
                  8: "ott", 9: "nov"}  # fmt: skip
_GERMAN_UNITS = {1: "ein", 2: "zwei", 3: "drei", 4: "vier", 5: "f[üu]nf", 6: "sechs",
                 7: "sieben", 8: "acht", 9: "neun"}  # fmt: skip


def _group(table: dict[int, str], name: str) -> str:
    return "|".join(
        f"(?P<{name}{n}>{words.replace('{e}', _RUSSIAN_ENDING)})" for n, words in table.items()
    )


_SPELLED = re.compile(
    # a ten (ordinal or cardinal) and a unit's ordinal: "quincuagésima cuarta",
    # "vigesimoquinta", "vingt-cinquième", "trente-et-unième", "двадцать пятый"
    r"(?:"
    + _group(_TENS_ORDINAL, "a")
    + "|"
    + _group(_TENS_CARDINAL, "b")
    + r")(?:\s+|-et-|-|(?<=[oa]))(?:"
    + _group(_UNIT_ORDINAL, "c")
    + ")|"
    # a ten or a teen alone: "vigésimo", "trentième", "двадцатый", "treizième"
    + _group(_TENS_ORDINAL, "d")
    + "|"
    + _group(_TEEN_ORDINAL, "e")
    + "|(?:"
    # glued: "venticinquesimo", "ventesimo", "fünfundzwanzigste", "zwanzigsten"
    + _group(_ITALIAN_TENS, "f")
    + ")(?:"
    + _group(_ITALIAN_UNITS, "g")
    + r")?esim[oa]|(?:(?:"
    + _group(_GERMAN_UNITS, "h")
    + ")und)?(?:"
    + _group(_GERMAN_TENS, "i")
    + ")ste[nrsm]?",
    re.IGNORECASE,
)


def spelled_ordinal(words: str) -> int | None:
    """The number an ordinal spelled in words gives past the first ten ("quincuagésima
    cuarta": 54, "vingt-cinquième": 25, "двадцать пятый": 25, "venticinquesimo": 25); None for
    anything else (a unit alone, which the single words' reading takes; a cardinal)."""
    m = _SPELLED.fullmatch(words.strip())
    if m is None:
        return None
    return sum(int(key[1:]) for key, value in m.groupdict().items() if value is not None) or None


def ordinal_before(text: str, at: int) -> int | None:
    """The ordinal a meeting word at ``at`` is given in the other languages ("la 20ème session",
    "a VI cimeira", "das zwölfte Treffen"); None where none stands just before it. (A Roman
    "I" or "V" alone is taken only before the word, with nothing between.)"""
    starts = [at]
    gap = _ONE_WORD.fullmatch(text, text.rfind(" ", 0, max(0, at - 1)) + 1, at)
    if gap is not None:
        starts.append(gap.start())  # "la 20ème session", or one word between
    for end in starts:
        # a spelled ordinal past ten first ("la quincuagésima cuarta cumbre": not "cuarta")
        tail = _LAST_WORDS.search(text, max(0, end - 60), end)
        if tail is not None:
            words = tail[0].split()
            for k in (2, 1):
                if len(words) >= k and (value := spelled_ordinal(" ".join(words[-k:]))):
                    return value
        m = next(
            (
                found
                for begin in range(max(0, end - 25), end)
                if (found := _BEFORE_WORD.fullmatch(text, begin, end)) is not None
            ),
            None,
        )
        value = _ordinal_value(text, m, at) if m is not None else None
        if value is not None:
            return value
    return None


# The nouns of the languages that write every ordinal with a dot ("65. godišnjeg zasijedanja",
# "32. zasedání", "a 65. ülésén"): a dotted number before one is its ordinal, with no article.
_DOTTED_ORDINAL_NOUN = re.compile(
    r"(?:" + CS_SK_HU_SW_KK_KY_MEETING_NOUNS + "|" + SOUTH_SLAVIC_MEETING_NOUNS + r")(?!\w)",
    re.IGNORECASE,
)
_A_MONTH = re.compile(
    r"(?:"
    + "|".join(sorted({*dates.FOREIGN_MONTHS, *dates.MONTHS}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _ordinal_value(text: str, m: re.Match[str], at: int) -> int | None:
    if (
        m["dotted"]
        and not _GERMAN_ARTICLE.search(text, 0, m.start())
        and not (
            _DOTTED_ORDINAL_NOUN.match(text, at)
            # (not a day: "18. juna sastanak", "23. června zasedání")
            and not _A_MONTH.match(text, m.end())
        )
    ):
        return None  # "am 18. Mai": a German date, not "das 12. Treffen"
    if m["bare"]:
        if not _BARE_ARTICLE.search(text, max(0, m.start() - 4), m.start()):
            return None
        return int(m["bare"]) if int(m["bare"]) > 1 else None
    if m["digits"] or m["dotted"]:
        return int(m["digits"] or m["dotted"]) if int(m["digits"] or m["dotted"]) > 1 else None
    if m["roman"]:
        if len(m["roman"]) == 1 and m.end() != at:
            return None
        return _roman(m["roman"])
    word = _ORDINAL_WORD.fullmatch(m["word"])
    if word is None:
        return None
    value = next(int(k[1:]) for k, v in word.groupdict().items() if v)
    # ("la primera reunión presencial", "el primer encuentro de la cumbre": a first of a kind
    # or of a day as often as the first of a series)
    return value if value > 1 else None


# "الدورة الـ191", "الاجتماع الـ60", "الدورة العادية رقم 128", "الدورة الـ (132)": Arabic gives the
# ordinal after the meeting noun (with one word between at most: "العادية", "الوزاري").
_ARABIC_ORDINAL_AFTER = re.compile(
    r"(?:\s+[\u0600-\u06FF]+)?\s+(?:الـ\s?|ال|رقم\s*)\(?(?P<n>\d{1,3})(?!\d)"
)


# Arabic ordinals in words, after the noun: "القمة الخامسة والثلاثين" (the 35th summit), "الدورة
# الحادية عشرة" (the 11th session), "الدورة الثمانين بعد المائة" (the 180th); masculine and
# feminine, with and without the hamza. "الحادي" (first) is said only within 11, 21, ...
_ARABIC_UNITS = {
    **dict.fromkeys(("الأول", "الاول", "الأولى", "الاولى", "الحادي", "الحادية"), 1),
    **dict.fromkeys(("الثاني", "الثانية"), 2),
    **dict.fromkeys(("الثالث", "الثالثة"), 3),
    **dict.fromkeys(("الرابع", "الرابعة"), 4),
    **dict.fromkeys(("الخامس", "الخامسة"), 5),
    **dict.fromkeys(("السادس", "السادسة"), 6),
    **dict.fromkeys(("السابع", "السابعة"), 7),
    **dict.fromkeys(("الثامن", "الثامنة"), 8),
    **dict.fromkeys(("التاسع", "التاسعة"), 9),
    **dict.fromkeys(("العاشر", "العاشرة"), 10),
}
_ARABIC_TENS = {
    **dict.fromkeys(("العشرين", "العشرون"), 20),
    **dict.fromkeys(("الثلاثين", "الثلاثون"), 30),
    **dict.fromkeys(("الأربعين", "الاربعين", "الأربعون", "الاربعون"), 40),
    **dict.fromkeys(("الخمسين", "الخمسون"), 50),
    **dict.fromkeys(("الستين", "الستون"), 60),
    **dict.fromkeys(("السبعين", "السبعون"), 70),
    **dict.fromkeys(("الثمانين", "الثمانون"), 80),
    **dict.fromkeys(("التسعين", "التسعون"), 90),
}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ARABIC_LETTER = "[" + languages.SCRIPT_LETTERS["arabic"] + "]"
ARABIC_SPELLED_ORDINAL = (
    r"\s+(?:(?P<unit>" + _alternation(_ARABIC_UNITS) + r")"
    r"(?:\s+(?P<teen>عشرة?)|\s+و(?P<ten>" + _alternation(_ARABIC_TENS) + r"))?"
    r"|(?P<tens>" + _alternation(_ARABIC_TENS) + r"))"
    r"(?:\s+بعد\s+(?P<hundred>ال(?:مائة|مئة)))?"
    r"(?!" + _ARABIC_LETTER + r")"
)
_ARABIC_SPELLED = re.compile(ARABIC_SPELLED_ORDINAL)
_ONE_ARABIC_WORD = re.compile(r"\s+" + _ARABIC_LETTER + r"+")


def arabic_spelled_value(m: re.Match[str]) -> int | None:
    """The number an ARABIC_SPELLED_ORDINAL match spells; None for "the first" (and for
    "الحادي" alone, which is no number)."""
    if m["tens"]:
        value = _ARABIC_TENS[m["tens"]]
    elif m["teen"]:
        value = 10 + _ARABIC_UNITS[m["unit"]]
    elif m["ten"]:
        value = _ARABIC_UNITS[m["unit"]] + _ARABIC_TENS[m["ten"]]
    elif m["unit"].startswith("الحادي"):
        return None
    else:
        value = _ARABIC_UNITS[m["unit"]]
    value += 100 if m["hundred"] else 0
    return value if value > 1 else None


# Indonesian, Malay and Vietnamese give the number after the noun too: "KTT ke-17 ASEAN",
# "Pertemuan Puncak ke-14", "Konferensi Tingkat Tinggi (KTT) ke-18", "Hội nghị ... lần thứ 35"
# (an abbreviation in brackets between).
def ke_ordinal(group: str) -> str:
    """The pattern of such a number, captured as ``group``."""
    return r"\s*(?:\([^()]{1,15}\)\s*)?(?:ke-\s?|lần\s+thứ\s+)(?P<" + group + r">\d{1,3})(?!\d)"


_KE_ORDINAL_AFTER = re.compile(r"(?:\s+[^\W\d]+)?" + ke_ordinal("n"), re.IGNORECASE)  # "Puncak"


def ordinal_after(text: str, end: int) -> int | None:
    """The ordinal an Arabic meeting noun ending at ``end`` is given after it ("الدورة الـ191",
    "القمة الخامسة والثلاثين"), with one word between at most ("الدورة العادية الـ128"), or an
    Indonesian or Vietnamese one ("KTT ke-17"); None where there is none."""
    m = _ARABIC_ORDINAL_AFTER.match(text, end) or _KE_ORDINAL_AFTER.match(text, end)
    if m is not None:
        return int(m["n"]) if int(m["n"]) > 1 else None
    spelled = _ARABIC_SPELLED.match(text, end)
    if spelled is None and (between := _ONE_ARABIC_WORD.match(text, end)) is not None:
        spelled = _ARABIC_SPELLED.match(text, between.end())
    return arabic_spelled_value(spelled) if spelled is not None else None


# A gathering with no meeting noun in the other languages, as proposals.GATHERING reads one in
# English ("NATO leaders met"): "Die Außenminister der Nato trafen sich in Brüssel", "les
# ministres des Affaires étrangères de l'OTAN se sont réunis", "los cancilleres del Mercosur se
# reunieron", "os líderes do BRICS reuniram-se", "i ministri degli Esteri si sono riuniti",
# "министры обороны стран СНГ собрались". Whose people they are decides the body
# (``gathering_kind``).
_GATHERING_PEOPLE = (
    r"(?-i:\w*[Mm]inister(?:n|innen)?|Staats-\s+und\s+Regierungschefs|\w*[Ss]taatschefs|"
    r"\w*[Rr]egierungschefs)|"
    r"ministres|dirigeants|chefs\s+d['’][ée]tat|présidents|"
    r"ministros|cancilleres|chanceleres|mandatarios|presidentes|l[ií]deres|dirigentes|"
    r"jefes\s+de\s+Estado|chefes\s+de\s+Estado|"
    r"ministri|capi\s+di\s+Stato|"
    r"министр\w*|глав[аыи]\s+государств|лидер\w*|президент\w*"
)
_GATHERING_VERB = (
    r"(?-i:trafen\s+sich|treffen\s+sich|trifft\s+sich|tagten|versammelten\s+sich|"
    r"(?:kamen|kommen)\s+(?:[\w-]+\s+){0,6}?zusammen)|"
    r"(?:se\s+sont|s['’][ée]taient)\s+(?:r[ée]unis|rassembl[ée]s|retrouv[ée]s)|"
    r"se\s+(?:r[ée]uniss|rassembl|retrouv)(?:ent|eront)|"
    r"se\s+reun(?:ieron|irán|irian)|se\s+re[uú]nen|se\s+dieron\s+cita|se\s+congregaron|"
    r"reuniram-se|se\s+reuniram|re[uú]nem-se|se\s+re[uú]nem|se\s+reunir[aã]o|"
    r"si\s+sono\s+(?:riuniti|incontrati)|si\s+riuniscono|si\s+incontrano|"
    r"(?<!\w)(?:собрал(?:ись|ась)|встретил(?:ись|ась)|собер(?:ут|ёт)ся|встрет(?:ят|ит)ся)(?!\w)"
)
FOREIGN_GATHERING = re.compile(
    r"(?<!\w)(?P<people>"
    + _GATHERING_PEOPLE
    + r")(?!\w)(?:[^.;!?]|(?<=\d)\.){0,90}?(?<!\w)(?:"
    + _GATHERING_VERB
    + r")(?!\w)|(?<!\w)(?:"
    # (German's verb first: "In Brüssel trafen sich die Außenminister der Nato")
    + _GATHERING_VERB
    + r")(?!\w)(?:[^.;!?]|(?<=\d)\.){0,40}?(?<!\w)(?P<after>"
    + _GATHERING_PEOPLE
    + r")(?!\w)",
    re.IGNORECASE,
)


def foreign_gathering(text: str) -> re.Match[str] | None:
    """A gathering of people a sentence in another language names with a verb of meeting and
    no meeting noun ("Die Außenminister der Nato trafen sich"); None where there is none."""
    return FOREIGN_GATHERING.search(text)


def gathering_kind(text: str, gathering: re.Match[str]) -> str | None:
    """Whose gathering ``foreign_gathering`` found is: "leaders" (heads of state, presidents,
    leaders), "foreign" or "defence" (ministers of one kind, named up to a few words after the
    people: "les ministres des Affaires étrangères", "министры обороны"), "government" (heads of
    government); None where it does not say."""
    people = gathering["people"] or gathering["after"]
    at = gathering.start("people") if gathering["people"] else gathering.start("after")
    if re.match(
        r"(?-i:Staats|\w*[Ss]taatschefs)|dirigeants|chefs\s+d|présidents|mandatarios|presidentes|"
        r"l[ií]deres|dirigentes|jefes|chefes|capi|глав|лидер|президент",
        people,
        re.IGNORECASE,
    ):
        return "leaders"
    # "Außenminister", "Nato-Verteidigungsminister": the kind written on the noun
    words = text[at : at + len(people) + 45]
    kinds = [k for k, pattern in _MINISTRY_RE.items() if pattern.search(words)]
    if not kinds and re.search(r"(?<!\w)министр\w*\s+обороны", words, re.IGNORECASE):
        kinds = ["defence"]  # (the nominative, "министры обороны")
    return kinds[0] if len(kinds) == 1 else None


def dutch_compound_summit(text: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` is Dutch's "top" (summit) after a bloc's name and a hyphen
    ("NAVO-top", "EU-toppen"): a meeting noun only there."""
    return text[at - 1 : at] == "-" and re.fullmatch(r"top(?:pen)?", word) is not None
