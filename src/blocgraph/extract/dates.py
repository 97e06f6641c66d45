"""Dates in a report: absolute ("19-20 February 2020", "from Nov. 2 to 5") and relative to the
publication date ("on Thursday", "next month", "later this year").

A date the text does not pin down stays unknown: "this week" gives nothing, "later this year"
gives the year only, a weekday needs a publication date known to the day. Partial dates are
written as the data writes them: ``2020``, ``2020-02``, ``2020-02-20``.

Rules rather than dateparser: dateparser's ``search_dates`` finds dates in running text with
many false hits ("May" the verb, "March" the noun, bare numbers) and costs a second of import;
the forms news reports use are few and are written out here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import InputError
from . import armenian, languages

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Serbian, Bosnian and Montenegrin in the genitive a day takes, in both scripts ("15. oktobra
# 2019", "23. јуна"), Croatian's own months ("23. lipnja"; not "listopada", October there and
# November in Polish), Czech's and Slovak's genitives ("23. června", "29. apríla") and
# Bulgarian's months ("19 ноември"): the day often written with its dot (the "SD" orders below).
DOTTED_DAY_MONTHS = {
    "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "maja": 5, "juna": 6, "jula": 7,
    "avgusta": 8, "augusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12,
    "јануара": 1, "фебруара": 2, "марта": 3, "априла": 4, "маја": 5, "јуна": 6, "јула": 7,
    "августа": 8, "септембра": 9, "октобра": 10, "новембра": 11, "децембра": 12,
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6,
    "srpnja": 7, "kolovoza": 8, "rujna": 9, "studenoga": 11, "studenog": 11, "prosinca": 12,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
    "októbra": 10,
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
    "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Ukrainian's and Belarusian's genitives ("15 жовтня", "5 лістапада"): Russian's are
    # languages.py's
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "чэрвеня": 6, "ліпеня": 7,
    "жніўня": 8, "верасня": 9, "кастрычніка": 10, "лістапада": 11, "снежня": 12,
    # Finnish's partitive, Latvian's locative and Estonian's months, also after a day with its
    # dot ("15. lokakuuta", "6. martā")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6,
    "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
    # and the Nordic languages' ("16.-17. mars", "16. og 17. marts"; those German shares are
    # German's)
    "januari": 1, "februari": 2, "mars": 3, "marts": 3, "maj": 5, "augusti": 8,
    "desember": 12,
    # and Estonian's ("22. aprill"; "mai", "august", "november" are German's too)
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7,
    "oktoober": 10, "detsember": 12,
}  # fmt: skip
# Reports quoted in Spanish, Portuguese or French ("31 de mayo de 2018", "5 mai 2024"): only in
# the day-first orders below, so that "mars" or "mayo" never reads an English sentence.
FOREIGN_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "janvier": 1,
    "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    # Italian ("dal 13 al 15 giugno 2024"): "marzo", "agosto", "novembre" are written above
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Indonesian ("27 Februari 2009"), Polish in the genitive a day takes ("12 grudnia 2018")
    # and Turkish ("4 Aralık 2018"); the names other languages share are written above
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "juli": 7, "agustus": 8,
    "desember": 12, "juni": 6, "oktober": 10,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Dutch ("23 maart 2021"), Swedish, Norwegian and Danish ("16 mars", "12. juni"),
    # Romanian ("16 martie 2022"), Swahili ("tarehe 23 Machi") and Greek's genitive ("16
    # Μαρτίου"); the month names English shares are read day-first here as they are in English
    "maart": 3, "april": 4, "augustus": 8, "september": 9, "november": 11, "december": 12,
    "januar": 1, "februar": 2, "marts": 3, "maj": 5, "augusti": 8, "august": 8,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "machi": 3, "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10,
    "novemba": 11, "desemba": 12,
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # Hindi ("10 दिसंबर 2018"), with and without the nukta
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Russian agencies' datelines abbreviate the month ("ЕРЕВАН, 9 окт - Sputnik", "16 сен")
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "окт": 10, "ноя": 11, "дек": 12,
    # Russian and Arabic (languages.py): "30 ноября 2017 года", "30 نوفمبر 2017"
    **languages.MONTHS,
    **DOTTED_DAY_MONTHS,
    # Armenian's genitive, as a dateline writes it after the day ("25 օգոստոսի")
    **armenian.MONTHS,
}  # fmt: skip
# German months, only after a day written with its dot ("18. Mai", "vom 18. bis 20. Mai 2022"),
# so that "April" or "August" in an English sentence is never read as German.
GERMAN_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
# Weekdays in reports quoted in Spanish, French, Portuguese: "este lunes", "ce dimanche 9 février"
FOREIGN_WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "domingo": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6, "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2,
    "quinta-feira": 3, "sexta-feira": 4,
    # Italian: "lunedì 13 giugno", "lo scorso giovedì"
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4,
    # German, after "am", "diesen", "kommenden", "vergangenen": "am Sonntag"
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    # Polish, in the accusative "w" takes too: "w czwartek", "w środę"
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4,
    "sobota": 5, "sobotę": 5, "niedziela": 6, "niedzielę": 6,
    **languages.WEEKDAYS,  # "в четверг", "يوم الخميس"
}  # fmt: skip
# Dutch, Swedish, Danish and Norwegian weekdays ("op donderdag", "på torsdag"), Finnish's in the
# essive that says "on" ("torstaina"): bare or after "op"/"på" (NORTH_WEEKDAY_ALTERNATION).
# Dutch glues a part of the day to its weekday ("donderdagavond", Thursday evening): that day.
_DUTCH_WEEKDAYS = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6,
}  # fmt: skip
_DUTCH_DAY_PARTS = ("ochtend", "middag", "avond", "nacht")
NORTH_WEEKDAYS = {
    **_DUTCH_WEEKDAYS,
    **{name + part: n for name, n in _DUTCH_WEEKDAYS.items() for part in _DUTCH_DAY_PARTS},
    "måndag": 0, "mandag": 0, "tisdag": 1, "tirsdag": 1, "onsdag": 2, "torsdag": 3,
    "fredag": 4, "lördag": 5, "lørdag": 5, "söndag": 6, "søndag": 6,
    "maanantaina": 0, "tiistaina": 1, "keskiviikkona": 2, "torstaina": 3, "perjantaina": 4,
    "lauantaina": 5, "sunnuntaina": 6,
}  # fmt: skip
FOREIGN_WEEKDAYS.update(NORTH_WEEKDAYS)
NORTH_WEEKDAY_ALTERNATION = "|".join(sorted(NORTH_WEEKDAYS, key=len, reverse=True))
# the foreign weekdays as one alternation, longest first (proposals.py reads it too)
FOREIGN_WEEKDAY_ALTERNATION = "|".join(sorted(FOREIGN_WEEKDAYS, key=len, reverse=True))
# Days named relative to the report's in Spanish, Portuguese, French and German ("tuvo lugar
# esta mañana", "hoje", "hier", "am Montag" is a weekday's): with the Russian and Arabic ones of
# languages.DAYS. Not the bare "mañana" (tomorrow, or a morning), "morgen", nor French "hier"
# (German's "here").
FOREIGN_DAYS = {
    "hoy": 0, "Hoy": 0, "esta mañana": 0, "Esta mañana": 0, "esta tarde": 0, "ayer": -1,
    "Ayer": -1, "hoje": 0, "Hoje": 0, "nesta manhã": 0, "ontem": -1, "Ontem": -1,
    "aujourd'hui": 0, "aujourd’hui": 0, "Aujourd'hui": 0, "Aujourd’hui": 0, "ce matin": 0,
    "Ce matin": 0, "heute": 0, "Heute": 0, "gestern": -1, "Gestern": -1, "oggi": 0, "Oggi": 0,
    "ieri": -1, "Ieri": -1, "ce soir": 0, "Ce soir": 0, "cet après-midi": 0, "hier soir": -1,
    "Hier soir": -1, "hier matin": -1, "Hier matin": -1, "esta noche": 0, "anoche": -1,
    "Anoche": -1, "esta noite": 0, "stamattina": 0, "stasera": 0, "Stasera": 0,
    **languages.DAYS,
}  # fmt: skip
# Today, yesterday and tomorrow in the corpus's other languages, each as its report writes it
# at a sentence's head and within it ("Днес предстои среща", "Brysselissä jatkuu tänään"):
# Dutch, Swedish, Danish and Norwegian, Finnish, Estonian, Latvian, Lithuanian, Bulgarian,
# Ukrainian, Serbo-Croatian, Czech and Slovak, Polish, Turkish, Azerbaijani, Romanian, Greek,
# Indonesian, Swahili, Vietnamese, Hebrew. Left out where the word means something else too
# (Dutch "morgen" a morning, Estonian "homme", Hungarian "ma", Hindi "कल" either way, Finnish
# "eilen" German's "to hurry", Polish "jutro" Croatian's morning).
_OTHER_DAYS = {
    "vandaag": 0, "vanavond": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0,
    "gisteren": -1, "gisteravond": -1, "idag": 0, "i dag": 0, "igår": -1, "i går": -1,
    "i morgon": 1, "i morgen": 1, "tänään": 0, "huomenna": 1, "täna": 0,
    "eile": -1, "šodien": 0, "vakar": -1, "šiandien": 0, "rytoj": 1, "днес": 0, "утре": 1,
    "сьогодні": 0, "вчора": -1, "danas": 0, "jučer": -1, "juče": -1, "данас": 0,
    "јуче": -1, "dnes": 0, "včera": -1, "zítra": 1, "zajtra": 1, "dziś": 0, "dzisiaj": 0,
    "wczoraj": -1, "bugün": 0, "dün": -1, "yarın": 1, "dünən": -1, "astăzi": 0,
    "mâine": 1, "σήμερα": 0, "χθες": -1, "αύριο": 1, "hari ini": 0, "kemarin": -1,
    "besok": 1, "leo": 0, "kesho": 1, "hôm nay": 0, "hôm qua": -1, "היום": 0, "אתמול": -1,
}  # fmt: skip
FOREIGN_DAYS.update(_OTHER_DAYS)
# (capitalised at a sentence's head, but not Estonian's "eile" nor Swahili's "leo": German's
# "Eile" is haste, "Leo" a name)
FOREIGN_DAYS.update(
    {w[0].upper() + w[1:]: n for w, n in _OTHER_DAYS.items() if w not in ("eile", "leo")}
)
FOREIGN_DAYS.update(armenian.DAYS)
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "single": 1,
}  # fmt: skip


@dataclass(frozen=True)
class PartialDate:
    """A day, or only a month, or only a year."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def exact(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    @classmethod
    def of(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    def covers(self, other: PartialDate) -> bool:
        """Whether ``other`` lies within this (a year covers its months and days)."""
        if self.year != other.year:
            return False
        if self.month is None or other.month is None:
            return True
        if self.month != other.month:
            return False
        return self.day is None or other.day is None or self.day == other.day


_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_published(value: str, where: str = "--published") -> PartialDate:
    """YYYY-MM-DD, YYYY-MM or YYYY."""
    m = _PUBLISHED.fullmatch(value.strip())
    if not m:
        raise InputError(f"{where}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day is not None:
            return PartialDate.of(date(year, int(month), int(day)))
        if month is not None:
            if not 1 <= int(month) <= 12:
                raise ValueError
            return PartialDate(year, int(month))
        return PartialDate(year)
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a real date") from None


@dataclass(frozen=True)
class DateMention:
    start: PartialDate
    end: PartialDate
    begin: int  # character span in the sentence
    finish: int
    text: str
    relative: bool = False  # resolved against the publication date ("last year")


_MON = (
    r"(?P<{n}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)  # \b: not "Feb" of Indonesian "Februari" nor "Mar" of "Maret"
# The dashes a range is written with: the hyphen, the en and em dashes, and the minus sign,
# hyphen, non-breaking hyphen and figure dash some sites set instead ("3−4 April"), and the
# Arabic tatweel Arabic sites set between two days ("21 ـ 23 ديسمبر": a day's digits before it,
# never the letter it draws out, as in "1413هـ")
DASHES = "\\-–—−‐‑‒ـ"
_DASH = r"\s*(?:[" + DASHES + r"]|to|and|until|till|through)\s*"
_YEAR = r"(?:,?\s*(?P<{n}>(?:19|20)\d\d))?"
# "1st", and the first of a month in French, Spanish, Portuguese, Italian ("1er", "1º", "1°")
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"
_WD = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"


_FOREIGN_MONTH = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
_DOTTED_DAY_MONTH = "|".join(sorted(DOTTED_DAY_MONTHS, key=len, reverse=True))


# The word orders a date or date range is written in, one row each: the parts in order, joined
# by whitespace where a space may stand (DASH and the year carry their own). One table rather
# than one hand-built pattern per order, so that an order is added in one line.
_PARTS = {
    "WD": _WD,
    "D1": _DAY.format(n="d1"),
    "D2": _DAY.format(n="d2"),
    "M1": _MON.format(n="m1"),
    "M2": _MON.format(n="m2"),
    # "Nov. 2 to 5", not "November 2-3 per cent" or "June 1-2 days"
    "D2-NOT-A-COUNT": _DAY.format(n="d2") + r"\b(?!\s*(?:per|%|percent|million|billion|days?))",
    "D1-NOT-A-TIME": _DAY.format(n="d1") + r"\b(?![:.]\d)",  # not "May 10:30"
    "DASH": _DASH,
    # any case: Indonesian and Turkish write their months capitalised ("27 Februari", "4 Aralık")
    "X1": "(?P<m1>(?i:" + _FOREIGN_MONTH + r"))\b",
    "X2": "(?P<m2>(?i:" + _FOREIGN_MONTH + r"))\b",
    # "31 de mayo", "5 mai"; "21 ـ 23 [كانون الأول] ديسمبر" (the month's Levantine name in
    # brackets before its common one)
    "DE": r"\s+(?:de\s+)?(?:\[[^\]\d]{1,20}\]\s+)?",
    # "del 2 al 4 de julio", "du 2 au 4 juillet", "29-30 ноября", "с 29 по 30 ноября", "29 و30"
    # (and Bulgarian's and Russian's "от 16 до 19 ноември", "с 16 до 19 ноября")
    # (and the "and" of Dutch, Swedish, Norwegian and Danish: "6 en 7 maart", "6 och 7 mars")
    # (and Romanian's, Greek's, Swahili's, Turkish's, Indonesian's, Ukrainian's and Lithuanian's
    # "and" or "until": "16 și 17 martie", "16 και 17 Μαρτίου", "23 hadi 24 Machi", "16 ve 17
    # Mart", "16 dan 17 Maret", "16 та 17 березня")
    "AL": r"(?:\s*["
    + DASHES
    + r"]\s*|\s+(?:al|a|à|au|y|e|et|en|och|og|до|și|şi|και|έως|na|hadi|ve|"
    r"dan|hingga|sampai|та|і|ir|" + languages.RANGE_WORDS + r")\s+|\s+و\s*)",
    # "du dimanche 09 à lundi 10 février 2020"
    "XWD": r"(?:(?i:" + FOREIGN_WEEKDAY_ALTERNATION + r"),?\s+)?",
    # The two spaces a tatweel set between two days leaves where the Arabic reading drops it
    # (meeting_finding.arabic_reading reads "4 ـ 6 ديسمبر" as "4  6 ديسمبر"): the range's dash
    "TT": r"\x20\x20",
    "YDE": r"(?:\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?",
    # German: "18. Mai", "vom 18. bis 20. Mai", "18.-20. Mai 2022" (the day's dot required)
    "GD1": r"(?<![\d.])(?P<d1>[0-3]?\d)\.",
    "GD2": r"(?P<d2>[0-3]?\d)\.",
    # ("6./7. Dezember", "6. und 7. Dezember": two days, as "19 and 20 February")
    "GBIS": r"\s*(?:[" + DASHES + r"/]|bis(?:\s+(?:zum|einschließlich))?|und)\s*",
    "GM": r"\s*(?P<m1>(?i:" + "|".join(sorted(GERMAN_MONTHS, key=len, reverse=True)) + r"))\b",
    "GY": r"(?:\s+(?P<y>(?:19|20)\d\d)\b)?",
    # Serbo-Croatian's day with its dot, alone or ending a range ("15. oktobra", "11 - 15.
    # oktobra", "od 11. do 15. oktobra"): only before one of its months
    "SD1": r"(?<![\d.])(?P<d1>[0-3]?\d)\.",
    "SR1": r"(?<![\d.])(?P<d1>[0-3]?\d)\.?",
    # (and Latvian's, Finnish's, Scandinavian's "and": "6. un 7. martā", "21. ja 22. lokakuuta")
    "SAL": r"\s*(?:[" + DASHES + r"]|do|до|un|ja|og|och)\s*",
    "SD2": r"(?P<d2>[0-3]?\d)\.",
    "SM": r"\s*(?P<m1>(?i:" + _DOTTED_DAY_MONTH + r"))\b",
    "OF": r"\s+of\s+",  # "the 6th of February"
    "Y": _YEAR.format(n="y"),
    "YEAR": r",?\s+(?P<y>(?:19|20)\d\d)\b",
    # a month of a year in Russian or Arabic: "в ноябре 2017 года", "نوفمبر 2017"
    "XM": r"(?<!\w)(?P<m1>"
    + "|".join(sorted(languages.MONTHS, key=len, reverse=True))
    + r")(?!\w)",
}
_SPACED = {"D1", "D2", "M1", "M2", "D2-NOT-A-COUNT", "D1-NOT-A-TIME"}
_ORDERS = [
    "WD D1 M1 DASH WD D2 M2 Y",  # 30 November - 1 December 2020
    "WD M1 D1 DASH WD M2 D2 Y",  # November 30 - December 1, 2020
    "WD D1 DASH WD D2 M1 Y",  # 19-20 February 2020, 19 and 20 February
    "WD M1 D1 DASH D2-NOT-A-COUNT Y",  # February 19-20, 2020, Nov. 2 to 5
    "WD D1 M1 Y",  # Thursday, 20 February 2020
    "WD M1 D1-NOT-A-TIME Y",  # Thursday, February 20, 2020
    "M1 YEAR",  # September 2019 (a month of a year)
    "WD D1 OF M1 Y",  # the 6th of February 2022
    "XWD D1 DE X1 AL XWD D2 DE X2 YDE",  # del 30 de junio al 2 de julio, 27 Februari-1 Maret 2009
    "XWD D1 AL XWD D2 DE X1 YDE",  # del 2 al 4 de julio de 2024, du 2 au 4 juillet 2024
    "XWD D1 TT D2 DE X1 YDE",  # 4  6 ديسمبر 1995 (the tatweel of "4 ـ 6" read away)
    "XWD D1 DE X1 YDE",  # 31 de mayo de 2018, 5 mai 2024
    "XM YEAR",  # в ноябре 2017 года, نوفمبر 2017
    "GD1 GBIS GD2 GM GY",  # vom 18. bis 20. Mai 2022
    "GD1 GM GY",  # am 18. Mai 2022
    "SR1 SAL SD2 SM YDE",  # 11 - 15. oktobra 2019
    "SD1 SM YDE",  # 23. juna 2025
]


def _order(parts: str) -> re.Pattern[str]:
    """The pattern of one word order: a space between two adjacent words of the date."""
    names = parts.split()
    out = ""
    for before, name in zip([None, *names[:-1]], names, strict=True):
        if before in _SPACED and name in _SPACED:
            out += r"\s+"
        out += _PARTS[name]
    return re.compile(out)


# (Armenian's month before its day, "մայիսի 20-ին", first: its day's ending is no range)
_PATTERNS = [re.compile(armenian.DATE), *(_order(parts) for parts in _ORDERS)]
_RANGE_BEFORE = re.compile(r"\d\s*[" + DASHES + r"]\s*$")

# The weekdays a language writes with no article: French and Italian after a verb, and Dutch,
# the Nordic languages and Finnish ("Rutte schuift donderdagavond aan", "osallistuu torstaina")
_BARE_WEEKDAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|" + NORTH_WEEKDAY_ALTERNATION
)
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|"
    # "scheduled for later Monday", "earlier Tuesday": that weekday of the week
    # ("On Thursday, Cape Town hosted": at the head of a sentence too)
    # ("will host from Monday the 46th General Assembly": the day it begins, as "on Monday")
    r"(?:(?i:on|last|this|next|later|earlier|from|starting|beginning)|"
    r"on\s+the\s+(?:previous|following))\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"in\s+(?P<ym>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<yrel>last|this|next)\s+year|"
    # ("Last year, ...": at the head of a sentence too)
    r"(?P<mrel>(?i:last|this|next|later\s+this|earlier\s+this))\s+(?P<unit>month|year|week(?:['’]s)?)|"
    r"in\s+(?P<bare_month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d))|"
    # "the summit ended Sunday": a weekday straight after a verb of opening or closing
    r"(?:(?<=\bended )|(?<=\bbegan )|(?<=\bopened )|(?<=\bclosed )|(?<=\bstarted )|"
    r"(?<=\bconcluded ))(?P<verb_wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    # and in the present or to come: "which is to kick off Wednesday", "opens Monday" (as "on
    # Wednesday": the coming one in a preview)
    r"(?:(?<=\bkick off )|(?<=\bkicks off )|(?<=\bopens )|(?<=\bbegins )|(?<=\bstarts )|"
    r"(?<=\bends )|(?<=\bcloses )|(?<=\bconvenes ))"
    r"(?P<next_wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    # "Monday's virtual session": a weekday's event, as "on Monday"
    r"(?P<poss_wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b|"
    # "was elected Monday morning": a weekday with a part of the day, as "on Monday"
    r"(?P<part_wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?:morning|afternoon|evening|night)\b|"
    # "en la mañana de este lunes", "las deliberaciones del martes", "ce dimanche"; "los
    # próximos jueves y viernes", "na próxima segunda-feira": the coming one (fnext)
    r"(?:(?P<fnext>(?i:(?:el|los|la|las|o|os|a|as|na|no|nas|nos)\s+pr[oó]xim[oa]s?))|"
    r"(?i:este|esta|el|del|ce|le|nesta|neste|na|no|am|diesen|kommenden|vergangenen|"
    + languages.WEEKDAY_ON
    + r"))\s+"
    r"(?P<fwd>(?i:" + FOREIGN_WEEKDAY_ALTERNATION + r"))\b(?!\s+\d)|"
    # a French or Italian weekday with no article, as those languages write it after a verb
    # ("se sont réunis mardi", "la réunion de jeudi", "si riuniscono lunedì"): as "ce mardi"
    r"(?<!\w)(?P<bare_fwd>(?i:" + _BARE_WEEKDAYS + r"))(?!\w)(?!\s+\d)|"
    # "сегодня", "вчера", "أمس" (languages.DAYS)
    r"(?<!\w)(?P<fday>" + "|".join(sorted(FOREIGN_DAYS, key=len, reverse=True)) + r")(?!\w)"
)
# "EU leaders meet in Brussels on Thursday and Friday", "on Monday through Wednesday": the
# weekday joined to the first (with "and", the day after it) is the last day of the meeting.
_AND_NEXT_WEEKDAY = re.compile(
    r"\s+(?:(?P<and>and)|through|to|-|–)\s+(?P<wd>"
    + "|".join(map(str.capitalize, WEEKDAYS))
    + r")\b(?!['’])"
)


# The same in the other languages of FOREIGN_WEEKDAYS: "el lunes y martes", "am Sonntag und
# Montag", "в понедельник и вторник", "mardi et mercredi", "woensdag en donderdag", "tiistaina
# ja keskiviikkona", "يوم الاثنين والثلاثاء" (the "and"
# written on the Arabic name); only "and", so only the day after the first.
_AND_NEXT_FOREIGN_WEEKDAY = re.compile(
    r"(?:\s+(?:y|und|et|e|и|en|och|og|ja)\s+|\s+و\s*)(?:(?:el|le|am|в|во)\s+)?(?P<wd>(?i:"
    + FOREIGN_WEEKDAY_ALTERNATION
    + r"))(?!\w)"
)


def _next_weekday_after(
    sentence: str, m: re.Match[str], first: PartialDate
) -> tuple[PartialDate, int]:
    """The last day of "on Thursday and Friday" read from its first, and where its words end;
    the first day and its own end where no such weekday follows."""
    day = first.exact
    if day is None:
        return first, m.end()
    if m["fwd"] or m["bare_fwd"]:
        joined = _AND_NEXT_FOREIGN_WEEKDAY.match(sentence, m.end())
        names, most = FOREIGN_WEEKDAYS, 1  # only "and": the day after
    elif m["wd"]:
        joined = _AND_NEXT_WEEKDAY.match(sentence, m.end())
        names, most = WEEKDAYS, 1 if joined and joined["and"] else 3
    else:
        return first, m.end()
    if joined is None:
        return first, m.end()
    days = (names[joined["wd"].lower()] - day.weekday()) % 7
    if not 1 <= days <= most:
        return first, m.end()  # "on Monday and Thursday": two days, not the days between
    return PartialDate.of(day + timedelta(days=days)), joined.end()


# "in 2021", "since 2017", and "the 2007 GCC summit" (a year naming an event that follows)
_YEAR_ALONE = re.compile(
    r"\b(?:(?P<prep>in|since|of|during|" + languages.IN_YEAR + r")\s+(?P<y>(?:19|20)\d\d)\b|"
    r"(?-i:the)\s+(?P<named>(?:19|20)\d\d)(?=\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)


A_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-])")
_PAST_BEFORE = re.compile(
    r"\b(?:(?!(?:scheduled|expected|planned|slated|set|due|postponed|delayed)\b)[a-z]+ed|"
    # "the ministers, who met on Tuesday": a verb in the past without "-ed"
    r"met|began|sat|spoke|said|told|came|went|flew|took\s+place)\s+(?:on\s+)?$"
)


# "quien está desde el viernes en el reino", "who has been there since Friday": the day a
# stay began, not a meeting's (but "desde el viernes hasta el domingo" is a span).
_SINCE_BEFORE = re.compile(
    r"(?<!\w)(?:since|desde|depuis|seit|dal|dalla)\s+(?:(?:el|la|o|a|le|the|last)\s+)?$",
    re.IGNORECASE,
)
_UNTIL_AFTER = re.compile(r"\s*,?\s*(?:hasta|until|till|to|through|au|jusqu|bis|al|até)\b", re.I)


# The same in French, Spanish, Portuguese and Italian: a participle of opening, holding or
# closing ("ouvert dimanche", "inaugurada el martes", "clôturé lundi")
_FOREIGN_PAST_BEFORE = re.compile(
    r"(?<!\w)(?:ouverte?s?|inaugur(?:ée?s?|ad[oa]s?|ó|ou|ato|ata)|abiert[oa]s?|abert[oa]s?|"
    r"apert[oa]|tenue?s?|réunie?s?|clôturée?s?|clos|close|achevée?s?|terminée?s?)"
    r"\s*,?\s*(?:(?:le|el|la|o|a|ce|este|esta|nesta|neste)\s+)?$",
    re.IGNORECASE,
)

# ("le sommet sera ouvert dimanche", "será inaugurada el martes": a participle of the future)
_FOREIGN_TO_BE = re.compile(
    r"(?<!\w)(?:sera|seront|será|serán|ser|sarà|saranno|être|estará|estarão)\s+\w+\s*,?\s*"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)

# ("le sommet du G20 débute ce jeudi", "la cumbre comienza este lunes": a present-tense verb of
# opening before the weekday speaks of the one to come, as "kicks off Wednesday" does)
_FOREIGN_OPENS_BEFORE = re.compile(
    r"(?<!\w)(?:débute|débutent|commence|commencent|s['’]ouvre|s['’]ouvrent|démarre|démarrent|"
    r"empieza|empiezan|comienza|comienzan|arranca|arrancan|começa|começam|inicia|iniciam|"
    r"inizia|iniziano|si\s+apre|si\s+aprono)"
    r"\s*,?\s*(?:(?:le|el|la|o|a|ce|este|esta|nesta|neste|questo)\s+)?$",
    re.IGNORECASE,
)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or FOREIGN_MONTHS.get(key) or GERMAN_MONTHS[key]


def _year_for(month: int, published: PartialDate | None, future: bool) -> int | None:
    """The year of a month named without one: the publication year, or the nearest year
    around the publication month (a report of January on "December 12" means the past one)."""
    if published is None:
        return None
    if published.month is None:
        return published.year
    gap = month - published.month
    if gap > 6 and not future:
        return published.year - 1
    if gap < -6 and future:
        return published.year + 1
    return published.year


def _make(year: int | None, month: int, day: int) -> PartialDate | None:
    if year is None:
        return None
    try:
        return PartialDate.of(date(year, month, day))
    except ValueError:
        return None


_WEEKDAY_WITH_DATE = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*(?:\(|,)\s*"
)


def weekdays_named(text: str, published: PartialDate | None) -> dict[int, date]:
    """The days a report gives its weekdays ("on Friday (June 2)", "Thursday, June 1"), where
    the weekday and the date agree and the report gives each weekday one date: what "on Friday"
    elsewhere in a report whose own day is unknown means."""
    seen: dict[int, set[date]] = {}
    for m in _WEEKDAY_WITH_DATE.finditer(text):
        found = find_dates(text[m.end() : m.end() + 30], published)
        day = found[0].start.exact if found and found[0].begin == 0 else None
        weekday = WEEKDAYS[m["wd"].lower()]
        if day is not None and found[0].start == found[0].end and day.weekday() == weekday:
            seen.setdefault(weekday, set()).add(day)
    return {wd: next(iter(days)) for wd, days in seen.items() if len(days) == 1}


# "nesta quinta-feira (9)", "el martes (15)", "Friday (2)": a weekday with the day of the month
# in brackets (or between commas), as Brazilian reports write it; a short Portuguese weekday
# ("segunda") only as the first day of a range whose second is written out ("nesta segunda
# (18) e terça-feira (19)").
_WD_NAMES = "|".join(sorted([*WEEKDAYS, *FOREIGN_WEEKDAYS], key=len, reverse=True))
_PT_SHORT = {"segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4}
_WEEKDAY_DAY = re.compile(
    r"(?<!\w)(?:(?P<wd1>(?i:"
    + _WD_NAMES
    + r"|segunda|terça|quarta|quinta|sexta))\s*\((?P<d1>[0-3]?\d)\)\s*(?:e|y|et|and|a|à|-)\s+)?"
    # or the day between commas: "nesta terça-feira, 29, da última plenária"
    r"(?P<wd>(?i:" + _WD_NAMES + r"))\s*(?:\((?P<d>[0-3]?\d)\)|,\s*(?P<dc>[0-3]?\d)(?=\s*,))"
)


def _weekday_day(wd: str, day: int, published: PartialDate) -> date | None:
    """The day ``day`` that falls on weekday ``wd`` in the report's month (or, for a report
    dated to the day, within two weeks of it); none where no day or more than one fits."""
    target = WEEKDAYS.get(wd.lower(), FOREIGN_WEEKDAYS.get(wd.lower(), _PT_SHORT.get(wd.lower())))
    if target is None or published.year is None or published.month is None:
        return None
    months = [(published.year, published.month)]
    if published.day is not None:
        prev = (published.year - (published.month == 1), (published.month - 2) % 12 + 1)
        nxt = (published.year + (published.month == 12), published.month % 12 + 1)
        months = [prev, *months, nxt]
    fits = []
    for year, month in months:
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        near = published.exact is None or abs((d - published.exact).days) <= 14
        if d.weekday() == target and near:
            fits.append(d)
    return fits[0] if len(fits) == 1 else None


def find_dates(
    sentence: str,
    published: PartialDate | None,
    future: bool = False,
    weekdays: dict[int, date] | None = None,
) -> list[DateMention]:
    """Every date or date range the sentence pins down, in order. ``weekdays``: the days the
    report gives its weekdays (see weekdays_named), for a report whose own day is unknown."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    # "Canada holds the G7 presidency for 2018 and will host the summit in Charlevoix June
    # 8-9": in a report whose own date is unknown, the one year its sentence names is the year
    # of the days it gives without one.
    years = set(A_YEAR.findall(sentence)) if published is None else set()
    year_of_days = PartialDate(int(years.pop())) if len(years) == 1 else published
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            if m.start() > 0 and sentence[m.start() - 1].isdigit():
                continue  # "Press release 209/20174 December": digits run together, no date
            if _RANGE_BEFORE.search(sentence, 0, m.start()):
                # "08-05\nديسمبر 1990" (a right-to-left block's "5-8" of the Hijri month above
                # its Gregorian month): the day ends a range no order could read, not a day alone
                continue
            g = m.groupdict()
            year = int(g["y"]) if g.get("y") else None
            m1 = _month(g["m1"])
            if g.get("d1") is None:  # month and year
                start = end = PartialDate(year, m1) if year else None
            else:
                m2 = _month(g["m2"]) if g.get("m2") else m1
                y = year if year is not None else _year_for(m2, year_of_days, future)
                y1 = y - 1 if (y is not None and m2 < m1) else y  # Dec 30 - Jan 2
                start = _make(y1, m1, int(g["d1"]))
                end = _make(y, m2, int(g["d2"])) if g.get("d2") else start
            if start is None or end is None:
                continue
            if (
                start.exact
                and end.exact
                and not (timedelta(0) <= end.exact - start.exact <= timedelta(days=31))
            ):
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(start, end, m.start(), m.end(), m[0]))
    for m in _WEEKDAY_DAY.finditer(sentence) if published is not None else ():
        if not free(m.start(), m.end()):
            continue
        last = _weekday_day(m["wd"], int(m["d"] or m["dc"]), published)  # type: ignore[arg-type]
        first = _weekday_day(m["wd1"], int(m["d1"]), published) if m["wd1"] else last  # type: ignore[arg-type]
        if first is None or last is None or not timedelta(0) <= last - first <= timedelta(7):
            continue
        taken.append((m.start(), m.end()))
        found.append(
            DateMention(PartialDate.of(first), PartialDate.of(last), m.start(), m.end(), m[0], True)
        )
    for m in _RELATIVE.finditer(sentence):
        if not free(m.start(), m.end()) or published is None:
            continue
        # "opened on Tuesday and will close on ...": a verb in the past before the weekday
        # reads it back, whatever the sentence says of later days.
        window = sentence[max(0, m.start() - 30) : m.start()]
        if _SINCE_BEFORE.search(window) and not _UNTIL_AFTER.match(sentence, m.end()):
            continue  # "quien está desde el viernes en el reino": a stay's start, no event's
        past = _PAST_BEFORE.search(window) or (
            _FOREIGN_PAST_BEFORE.search(window) and not _FOREIGN_TO_BE.search(window)
        )
        coming = bool(_FOREIGN_OPENS_BEFORE.search(window))
        resolved = _relative(m, published, (future and not past) or coming)
        learned = (weekdays or {}).get(WEEKDAYS.get((m["wd"] or "").lower(), -1))
        said_as = (m["rel"] or "").lower().split()[:1]
        if (
            resolved is None
            and learned is not None
            and published.exact is None
            and said_as in (["on"], ["this"], ["earlier"], ["later"])
        ):
            resolved = PartialDate.of(learned)  # "held earlier on Friday": Friday (June 2)
        if (
            resolved is None
            and learned is None
            and weekdays
            and published.exact is None
            and said_as in (["on"], ["this"], ["earlier"], ["later"])
        ):
            resolved = _same_week(weekdays, m["wd"], future and not past)
        if resolved is not None:
            final_day, finish = _next_weekday_after(sentence, m, resolved)
            taken.append((m.start(), finish))
            found.append(
                DateMention(
                    resolved, final_day, m.start(), finish, sentence[m.start() : finish], True
                )
            )
    for m in _YEAR_ALONE.finditer(sentence):
        if free(m.start(), m.end()):
            alone = PartialDate(int(m["y"] or m["named"]))
            taken.append((m.start(), m.end()))
            # "In 2021, ... the G20 summit": when an event was (not "since 2017").
            when = m["named"] is not None or m["prep"].lower() in (
                "in",
                "during",
                *languages.IN_YEAR_WORDS,
            )
            found.append(DateMention(alone, alone, m.start(), m.end(), m[0], when))
    return sorted(found, key=lambda d: d.begin)


# A leap year to read a day written without one against ("29 February" is a day in it).
_ANY_YEAR = PartialDate(2000)
MonthDay = tuple[int, int]


def days_without_year(sentence: str) -> list[tuple[MonthDay, MonthDay]]:
    """The days a sentence gives with no year it could take ("В Душанбе сегодня, 5 октября,
    открылся саммит СНГ", "met on September 15"), as the month and day of the first and last:
    in a report whose own date is unknown, which of a body's meetings it is about."""
    dated = {d.begin for d in find_dates(sentence, None)}
    return [
        ((d.start.month, d.start.day), (d.end.month, d.end.day))  # type: ignore[misc]
        for d in find_dates(sentence, _ANY_YEAR)
        if not d.relative and d.start.exact and d.end.exact and d.begin not in dated
    ]


def _same_week(weekdays: dict[int, date], name: str | None, future: bool) -> PartialDate | None:
    """ "Jaishankar said on Friday (June 2) ... On Thursday, Cape Town hosted a meeting": in a
    report whose own day is unknown and whose dated weekdays fall within one week, another
    weekday is the one just before them (said in the past) or just after (in the future)."""
    wd = WEEKDAYS.get((name or "").lower())
    anchors = sorted(set(weekdays.values()))
    if wd is None or not anchors or anchors[-1] - anchors[0] > timedelta(days=6):
        return None
    if future:
        day = anchors[-1] + timedelta(days=(wd - anchors[-1].weekday()) % 7 or 7)
    else:
        day = anchors[0] - timedelta(days=(anchors[0].weekday() - wd) % 7 or 7)
    return PartialDate.of(day)


_PART_OF_TODAY = re.compile(r"this\s+(?:morning|afternoon|evening)")


def _month_of_today(published: PartialDate, shift: int) -> PartialDate | None:
    """ "Brysselissä jatkuu tänään ... ulkoministerikokous" in a report dated to the month only:
    today is a day of that month (yesterday or tomorrow may be the month's neighbour's)."""
    if shift != 0 or published.month is None:
        return None
    return PartialDate(published.year, published.month)


def _relative(m: re.Match, published: PartialDate, future: bool) -> PartialDate | None:
    rel = (m["rel"] or "").lower()
    day = published.exact
    if rel in ("yesterday", "tomorrow", "today", "tonight") or _PART_OF_TODAY.fullmatch(rel):
        shift = {"yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if day is None:
            return _month_of_today(published, shift)
        return PartialDate.of(day + timedelta(days=shift))
    if m["fday"]:
        shift = FOREIGN_DAYS[m["fday"]]
        return (
            PartialDate.of(day + timedelta(days=shift))
            if day
            else _month_of_today(published, shift)
        )
    if m["verb_wd"]:  # "ended Sunday": the past one (or the publication day itself)
        if day is None:
            return None
        back = (day.weekday() - WEEKDAYS[m["verb_wd"].lower()]) % 7
        return PartialDate.of(day - timedelta(days=back))
    if m["fwd"] or m["bare_fwd"]:  # "este lunes": the coming one in a preview, else the past
        if day is None:  # one (or today)
            return None
        target = FOREIGN_WEEKDAYS[(m["fwd"] or m["bare_fwd"]).lower()]
        if m["fnext"]:  # "el próximo lunes" on a Monday: the one a week on
            return PartialDate.of(day + timedelta(days=(target - day.weekday()) % 7 or 7))
        if future:
            return PartialDate.of(day + timedelta(days=(target - day.weekday()) % 7))
        return PartialDate.of(day - timedelta(days=(day.weekday() - target) % 7))
    if m["wd"] or m["part_wd"] or m["poss_wd"] or m["next_wd"]:
        if day is None:
            return None
        target = WEEKDAYS[(m["wd"] or m["part_wd"] or m["poss_wd"] or m["next_wd"]).lower()]
        words = rel.split() or ["on"]
        if words[0] in ("from", "starting", "beginning"):
            words = ["on"]
        if words[0] == "later":
            words = ["next" if target != day.weekday() else "on"]  # this day, or one to come
        elif words[0] == "earlier":  # this day, or one past
            return PartialDate.of(day - timedelta(days=(day.weekday() - target) % 7))
        if words[0] == "next" or "following" in rel or (words[0] in ("on", "this") and future):
            ahead = (target - day.weekday()) % 7 or (7 if words[0] == "next" else 0)
            return PartialDate.of(day + timedelta(days=ahead))
        back = (day.weekday() - target) % 7
        if words[0] == "last" and back == 0:
            back = 7
        return PartialDate.of(day - timedelta(days=back))
    if m["ym"]:
        shift = {"last": -1, "next": 1}.get(m["yrel"].lower(), 0)
        return PartialDate(published.year + shift, _month(m["ym"]))
    if m["unit"]:
        which = m["mrel"].lower().split()[0]
        shift = {"last": -1, "next": 1}.get(which, 0)
        if m["unit"] == "year":
            return PartialDate(published.year + shift)
        if m["unit"].startswith("week"):  # no day, but the year is the publication's
            return PartialDate(published.year) if shift == 0 else None
        if published.month is None:
            return None
        month0 = published.year * 12 + published.month - 1 + shift
        return PartialDate(month0 // 12, month0 % 12 + 1)
    if m["bare_month"]:
        month = _month(m["bare_month"])
        year = _year_for(month, published, future)
        return PartialDate(year, month) if year else None
    return None


_DURATION = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|single|\d)[- ]day\b|"
    r"\bafter\s+(?P<n2>two|three|four|five|\d)\s+days\b|"
    r"\bthe\s+(?P<n3>two|three|four|five|\d)\s+days\s+of\s+(?:talks|meetings|deliberations)\b",
    re.IGNORECASE,
)


# The same in the corpus's other main languages: "una cumbre de dos días", "durante dos días",
# "uma cúpula de dois dias", "un sommet de deux jours", "il vertice di due giorni", "la tre
# giorni", "der zweitägige Gipfel", "двухдневный саммит", "dwudniowy szczyt".
_FOREIGN_DAY_COUNTS = {
    "dos": 2, "tres": 3, "cuatro": 4, "dois": 2, "três": 3, "quatro": 4, "deux": 2, "trois": 3,
    "quatre": 4, "due": 2, "tre": 3, "quattro": 4, "zwei": 2, "drei": 3, "vier": 4,
    "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "dwu": 2, "trzy": 3, "cztero": 4,
}  # fmt: skip
_FOREIGN_DURATION = re.compile(
    r"\b(?:de|durante|pendant|durant|di|la|per)\s+(?P<n>dos|tres|cuatro|dois|três|quatro|deux|"
    r"trois|quatre|due|tre|quattro|\d)\s+(?:d[ií]as|jours|giorni)\b|"
    r"\b(?P<n2>zwei|drei|vier|\d)-?tägig\w*|"
    r"\b(?P<n3>двух|тр[её]х|четыр[её]х)дневн\w*|"
    r"\b(?P<n4>dwu|trzy|cztero)dniow\w*",
    re.IGNORECASE,
)


def duration_days(sentence: str) -> int | None:
    """ "two-day summit", "concluded after two days": the meeting's length in days."""
    m = _DURATION.search(sentence)
    if not m:
        return None
    word = (m["n"] or m["n2"] or m["n3"]).lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def foreign_duration_days(sentence: str) -> int | None:
    """ "cumbre de dos días", "zweitägiger Gipfel", "dwudniowy szczyt": the meeting's length in
    days, in the corpus's other main languages."""
    m = _FOREIGN_DURATION.search(sentence)
    if not m:
        return None
    word = next(w for w in m.groups() if w).lower()
    return int(word) if word.isdigit() else _FOREIGN_DAY_COUNTS.get(word)


# The words of "today" a DateMention's text may be ("today", "esta mañana", "сегодня")
_TODAY_WORDS = {"today", "tonight", "this morning", "this afternoon", "this evening"} | {
    word.lower() for word, shift in FOREIGN_DAYS.items() if shift == 0
}
# "goes on until tomorrow" in English, Spanish, Portuguese, French, German, Italian and Russian
# (not "hasta la mañana", until the morning)
_UNTIL_TOMORROW = re.compile(
    r"(?<!\w)(?:until|till|through)\s+tomorrow\b|(?<!\w)hasta\s+mañana(?!\w)|"
    r"(?<!\w)até\s+amanhã(?!\w)|(?<!\w)jusqu['’]\s*à\s+demain(?!\w)|(?<!\w)bis\s+morgen(?!\w)|"
    r"(?<!\w)fino\s+a\s+domani(?!\w)|(?<!\w)до\s+завтра(?!\w)",
    re.IGNORECASE,
)


def until_tomorrow(sentence: str, mention: DateMention) -> int | None:
    """ "tuvo lugar esta mañana ..., donde se extenderá hasta mañana": a day given as today
    that the sentence says goes on until tomorrow (its last day the next); where those words
    end."""
    if not mention.relative or mention.text.lower() not in _TODAY_WORDS:
        return None
    m = _UNTIL_TOMORROW.search(sentence, mention.finish)
    return m.end() if m else None


# "gathered in Rio de Janeiro on Tuesday for the second and final day of meetings", "el martes,
# segundo y último día de la cumbre": the day is the last of two
_SECOND_AND_LAST_DAY = re.compile(
    r"\s*,?\s*(?:(?:for|on|in|during|para|en|pour|au|am|no|na)\s+)?"
    r"(?:(?:the|its|el|la|le|o|a|al|du|dem|der)\s+)?"
    r"(?:second|segundo|segunda|deuxième|second|zweiten|secondo|seconda)\s+"
    r"(?:and|y|et|e|und)\s+(?:final|last|último|última|dernier|dernière|letzten|ultimo|ultima)\s+"
    r"(?:day|día|dia|jour|journée|Tag|giorno|giornata)\b",
    re.IGNORECASE,
)


def second_and_last_day(sentence: str, mention: DateMention) -> int | None:
    """Where "for the second and final day" ends, when it follows the day just read."""
    m = _SECOND_AND_LAST_DAY.match(sentence, mention.finish)
    return m.end() if m else None
