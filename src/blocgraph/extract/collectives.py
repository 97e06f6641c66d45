"""Collective mentions of states: "leaders of the eight SCO member states and the four observer
states", "all ten ASEAN members", "the other 26 EU leaders", "India, China, Pakistan and five
other member countries", "los cuatro Estados parte", "alle 20 Mitgliedstaaten".

A text that speaks of a group of states instead of naming them says four things about it, in
any of a few word orders: how much of the group (a quantifier, "all", or a count), whose group
(a bloc, or "other"/"remaining" relative to states named just before), which standing in the
bloc (members, observers, dialogue partners, ...), and whom it leaves out ("but Myanmar").
``read`` finds those phrases and reads the four parts; the extractor (proposals._finish)
expands each from the knowledge base's statuses on the meeting's day, as proposals marked
inferred, and leaves it unexpanded where a stated count disagrees with the knowledge base.
The day is the meeting's first day; for a meeting the text does not date, the first day of
the meeting the knowledge base records for it, else the publication date, else only the
statuses that held throughout the days the meeting can have been on (see _finish: a count
may pin those days, "all eight SCO member states" in 2017-2023).

What a careful reader expands and what not (tests/extract/corpus/README.md, rule 2):
- the whole group in so many words: "all", "every", a count, "the other N", or "the" with the
  bloc and its states named and a verb of taking part ("the leaders of the BRICS countries are
  expected to converge", "the NATO member countries, gathered");
- not a generic plural: "EU leaders", "NATO allies and partners", "ASEAN member states"
  with no article, "the SCO foreign ministers met", "the BRICS leaders" (the bloc's people by
  its name alone), "the leaders of the CIS countries have arrived" (arriving, not taking
  part); not an approximate or partial count: "more than 30 countries", "six of the G7
  leaders", "24 member states confirmed" (a count the knowledge base does not have);
- not a list announced one by one ("six ASEAN member countries: Malaysia, ..."), nor a
  description of the bloc ("the nine-member bloc", "its members are ...");
- and only in a sentence that says the group takes part (attends, meets, gathers, is invited,
  is represented), not in one that hopes it will ("la expectativa de que asistan todos").
The people of a group by "the" and its standing or its bloc's name after them ("the foreign
ministers of the Association of Southeast Asian Nations met", "les ministres des pays membres",
"главы государств-членов", "قادة الدول الأعضاء", "成员国元首") are read on the terms of "the
leaders of the BRICS countries"; a count of people with "all" and no bloc ("all 32 leaders") is
the meeting's bloc's where the count is the knowledge base's that day; the bloc may be named by
the first words of one of its names ("государств Содружества", "دول مجلس التعاون").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from . import armenian

# Counts in the languages the extractor reads (en, es, pt, fr, de). Not Spanish "once" (11),
# which is also an English word.
_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty",
    # (not "dos", Portuguese for "of the": "os presidentes dos países membros")
    # (nor "once", 11, nor French "seize", 16: English words)
    "es": "_ tres cuatro cinco seis siete ocho nueve diez _ doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte",
    "pt": "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
    "dezesseis dezessete dezoito dezenove vinte",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze _ "
    "dix-sept dix-huit dix-neuf vingt",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
    # (not "due", 2, an English word: "due process"; nor "sei", 6, German "be")
    "it": "_ tre quattro cinque _ sette otto _ dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove venti",
}
NUMBERS = {w: i for words in _WORDS.values() for i, w in enumerate(words.split(), start=2)}
# the European Union's count since 2020 and the Portuguese of Portugal
NUMBERS |= {"duas": 2, "dezasseis": 16, "dezassete": 17, "dezanove": 19}
NUMBERS |= {"veintisiete": 27, "vinte e sete": 27, "vingt-sept": 27, "siebenundzwanzig": 27}
NUMBERS |= {"ventisette": 27, "ventisei": 26, "ventuno": 21, "trentadue": 32, "cinquantacinque": 55}
del NUMBERS["_"]


def _compounds() -> dict[str, int]:
    """The counts from 21 to 99 in words, as each language builds them from its tens and
    units ("fifty-five", "cincuenta y cinco", "vinte e oito", "vingt-huit", "achtundzwanzig",
    "ventotto"), and the tens alone ("thirty", "trente"): a bloc's membership reaches them (the
    African Union's 55, NATO's 32, the OAS's 35)."""
    tens = {
        "en": "twenty thirty forty fifty sixty seventy eighty ninety",
        "es": "_ treinta cuarenta cincuenta sesenta setenta ochenta noventa",
        "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
        # (French 70 to 99 count by twenties: no bloc of the corpus has that many)
        "fr": "vingt trente quarante cinquante soixante",
        "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
        "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    }
    units = {
        "en": "one two three four five six seven eight nine",
        "es": "uno dos tres cuatro cinco seis siete ocho nueve",
        "pt": "um dois três quatro cinco seis sete oito nove",
        "fr": "un deux trois quatre cinq six sept huit neuf",
        "de": "ein zwei drei vier fünf sechs sieben acht neun",
        "it": "uno due tre quattro cinque sei sette otto nove",
    }
    out: dict[str, int] = {}
    for lang, words in tens.items():
        for t, ten in enumerate(words.split(), start=2):
            if ten == "_":
                continue
            out[ten] = 10 * t
            for u, unit in enumerate(units[lang].split(), start=1):
                n = 10 * t + u
                if lang == "en":
                    out[f"{ten}-{unit}"] = out[f"{ten} {unit}"] = n
                elif lang == "es":
                    out[f"{ten} y {unit}"] = n
                elif lang == "pt":
                    out[f"{ten} e {unit}"] = n
                elif lang == "fr":
                    joined = f"{ten} et {unit}" if u == 1 else f"{ten}-{unit}"
                    out[joined] = out[joined.replace(" ", "-")] = n
                elif lang == "de":
                    out[f"{unit}und{ten}"] = n
                else:  # Italian drops the tens' vowel before "uno" and "otto": "ventotto"
                    out[(ten[:-1] if u in (1, 8) else ten) + unit.replace("tre", "tré")] = n
    # Spanish writes the twenties as one word; Portuguese units have a feminine
    twenties = ["veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco"]
    twenties += ["veintiséis", "veintisiete", "veintiocho", "veintinueve"]
    out |= dict(zip(twenties, range(21, 30), strict=True))
    for t, ten in enumerate(["vinte", "trinta", "quarenta", "cinquenta", "sessenta"], start=2):
        out[f"{ten} e uma"], out[f"{ten} e duas"] = 10 * t + 1, 10 * t + 2
    out["veinte"] = out["vingt"] = 20  # (and "vinte", "zwanzig", "venti" above)
    return out


NUMBERS |= _compounds()
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
# "all", "all of the", "every", "todos los", "tous les", "alle"
_ALL = (
    r"(?P<all>all|every|each(?:\s+of)?|todos|todas|tous|toutes|alle|aller|allen|sämtliche|tutti|tutte)"
    r"(?:\s+(?:of\s+)?(?:the|its|their|los|las|os|as|les|die|der|den|gli|i|le))?"
)
# (not Portuguese "as", an English word: "attended as ASEAN members")
_ARTICLE = r"(?P<art>the|its|their|los|las|os|les|die|der|den|des|gli|dei|degli)"
# "the European Union's", "the Alliance's", "the bloc's": the group's owner before it
# (its words capitalised whatever the pattern's flags: not "leaders from the Alliance's")
_POSSESSIVE = r"(?P<poss>(?:the\s+)?(?P<pbloc>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})))['’]s"
# Short of the whole: "more than 30 countries", "some member states", "most EU leaders".
_APPROXIMATE = re.compile(
    r"\b(?:more|fewer|less)\s+than|\bover|\bat\s+least|\babout|\baround|\bnearly|\balmost|"
    r"\bsome|\bup\s+to|\bseveral|\bmany|\bmost|\bfew|\bmás\s+de|\bmais\s+de|\bplus\s+de|"
    r"\bmehr\s+als|\bcerca\s+de|\bunos|\bunas|\balrededor\s+de|\benviron|\bapproximately",
    re.IGNORECASE,
)
_OTHER = (
    r"(?P<other>other|remaining|fellow|otros|otras|demás|restantes|demais|outros|outras|autres|"
    r"anderen|übrigen|restlichen|altri|altre|restanti|andere|overige|pozostałych|pozostali|"
    r"celelalte|celorlalte|ostalih|ostale|ostatných|ostatních|diğer)"
)
# The group's standing in the bloc, by its noun (with "member" the default): "member states",
# "observer countries", "dialogue partners", "Estados parte", "États membres",
# "Mitgliedstaaten". A bare "states", "countries" or "nations" counts as members only with a
# bloc or a count that says whose.
_STATUS_NOUNS = [
    (
        "observer",
        r"observers?(?:\s+(?:states|countries|nations))?|(?:Estados|países|pays|[ÉE]tats|Staaten|"
        r"Stati|paesi)\s+(?:observ|osservator)\w+|Beobachter(?:staaten)?|osservatori",
    ),
    ("dialogue-partner", r"dialogue\s+partners"),
    (
        "associate-member",
        r"associate(?:d)?\s+(?:members|states|countries)|(?:Estados|países)\s+asociados|"
        r"membres\s+associés",
    ),
    # (German "Partner" is plural too: "ein Treffen der 26 NATO-Partner", capitalised as a
    # noun; not the English singular)
    (
        "partner",
        r"partner\s+(?:countries|states|nations)|partners|(?-i:Partner)(?:staaten|länder)?",
    ),
    (
        "member",
        r"member[- ](?:states|countries|nations)|members|allies|member[- ](?:state|country|nation)|"
        r"(?:Estados|países)[\s-]+(?:miembros?|parte|partes|membros?)|miembros|"
        r"membros|(?:[ÉE]tats|pays)\s+membres|membres|Mitglied(?:s)?(?:staaten|länder)|Mitglieder|"
        r"(?:Stati|paesi)\s+membri|membri|"
        # Dutch, Polish, Romanian, Serbian and Croatian, Slovak and Czech, Turkish
        r"lidstaten|lidlanden|(?:państw|krajów)\s+członkowskich|państwa\s+członkowskie|"
        r"(?:state|statele|statelor|țări|țările|țărilor|tarile|tarilor)\s+membre|"
        r"(?:zemalja|zemlje|država|države|drzava)\s+članica|članic[ae]|"
        r"členských\s+(?:štátov|krajín|států|zemí)|členské\s+(?:štáty|krajiny|státy|země)|"
        r"üye\s+ülke\w*|müttefik(?:\s+ülke\w*)?",
    ),
    (
        "states",
        r"states|countries|nations|Estados|países|pays|[ÉE]tats|Staaten|Länder|Stati|paesi|"
        r"landen|państw|krajów|statelor|statele|țărilor|zemalja|država|krajín|štátov|států|zemí",
    ),
]
# The people of the states: "leaders", "heads of state and government", "foreign ministers",
# "cancilleres", "chefs d'État", "Staats- und Regierungschefs".
_PEOPLE = (
    r"(?:(?:national|foreign|defen[cs]e|finance|trade|economy|energy|oil|agriculture|health)\s+)?"
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government|"
    r"\s*/\s*government)?|"
    r"presidents|prime\s+ministers|ministers|counterparts|delegations|representatives|"
    r"líderes|presidentes|cancilleres|mandatarios|jefes\s+de\s+Estado(?:\s+y\s+de\s+Gobierno)?|"
    r"representantes|delegaciones|delegações|représentants|délégations|Vertreter|Delegationen|"
    r"chanceleres|chefes\s+de\s+Estado(?:\s+e\s+de\s+Governo)?|dirigeants|"
    r"chefs\s+d['’][ÉE]tat(?:\s+et\s+de\s+gouvernement)?|ministres|"
    r"Staats-\s+und\s+Regierungschefs|Außenminister|Regierungschefs|"
    r"leader|capi\s+di\s+Stato(?:\s+e\s+di\s+governo)?|ministri|rappresentanti|delegazioni|"
    r"presidenti|"
    # Dutch, Polish, Romanian, Serbian and Croatian, Slovak and Czech, Turkish
    r"regeringsleiders(?:\s+en\s+staatshoofden)?|staatshoofden(?:\s+en\s+regeringsleiders)?|"
    r"leiders|premierzy(?:\s+i\s+prezydenci)?|prezydenci|przywódcy|ministrowie|"
    r"șefii(?:\s+de\s+stat(?:\s+și\s+(?:de\s+|a\s+)?guvern\w*)?)?|miniștrii|liderii|"
    r"parlamentarc[ie]|lideri|predsjednici|predsednici|lídrov|lídri|lídři|premiéri|"
    r"bakan(?:lar)?(?:ı|ın|ının|ları|larının)?)"
)
_STATUS_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<s_{i}>{p})" for i, (_s, p) in enumerate(_STATUS_NOUNS)) + r")\b",
    re.IGNORECASE,
)
# The standings a group's noun names in so many words (not a bare "states", nor "partners":
# "the G7 partners" are its members)
_STANDINGS = ("member", "observer", "dialogue-partner", "associate-member")
# The people's portfolio after them: "les ministres de la Défense (des pays membres)", "De
# ministers van Defensie (van de 28 NAVO-landen)", "Miniștrii Apărării (din cadrul statelor)".
_PORTFOLIO = (
    r"(?:\s+(?:of|de|del|da|do|della|van|für|der|des)(?:\s+(?:la|the|l['’]))?\s*"
    r"(?-i:[A-ZÉ][\w'’-]+)|\s+(?-i:[A-ZĂȘȚ][\w-]+))?"
)
_PEOPLE_RE = re.compile(r"\b" + _PEOPLE + r"\b", re.IGNORECASE)
# "of the", "from", "de los", "des", "der": people of a group, a group of a bloc
_OF = (
    r"(?:of|from|de|del|dos|das|do|da|des|du|der|aus|dei|degli|delle|della|di|dell['’]|van|iz|"
    r"din(?:\s+cadrul)?|ai|ale)"
    r"(?:\s+(?:the|los|las|la|les|os|as|die|den|het)|\s+l['’])?"
)
# Received or welcomed by the host, and arriving, in the other languages: "devait recevoir
# ensuite les 26 autres chefs d'Etat", "als ze donderdagmiddag in Brussel aankomen" (English
# and French "arriv-" is in both patterns that use this already).
_RECEIVED = (
    r"accueill\w*|re[çc]u[es]?|recev\w*|recib\w*|acolh\w*|receb\w*|empf[aä]ng\w*|"
    r"begrüß\w*|accolt\w*|ricev\w*|aankom\w*|aangekomen"
)
# A verb (or noun) of taking part or being invited, in the sentence of the mention.
TAKES_PART = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|in\s+attendance|participat(?:e|es|ed|ing)|take\s+part|took\s+part|"
    r"taking\s+part|takes\s+part|(?:be|been|are|were|is|was)\s+(?:present|gathering)|"
    r"represented|gathered|"
    r"gather|meet|met|meets|convened?|convening|assembled|converge\w*|joined|"
    r"joins|invit\w*|arriv\w*|came\s+together|come\s+together|brought\s+together|"
    r"brings\s+together|bring(?:ing)?\s+together|received|welcomed|greet(?:s|ed|ing)?|"
    + _RECEIVED
    + r"|deliver(?:s|ed|ing)?\s+(?:their\s+|his\s+|her\s+)?(?:speeches|statements|addresses)|"
    # (every form of "particip-" in the Romance languages: "ont participé", "participan",
    # "participou", "partecipano" and the nouns, "la participation de tous les membres")
    r"asist\w*|particip\w*|partecip\w*|presencia|presença|présence|estarán\s+representad\w*|"
    r"reun\w*|réun\w*|riun\w*|congreg\w*|présents|presentes|presenti|"
    r"preso\s+parte|prendono\s+parte|"
    r"(?:nehmen|nahmen|nimmt|nahm)\b[^.;]{0,60}\bteil|teilnehm\w*|treffen|trafen|versammel\w*|kommen\s+zusammen|"
    r"anwesend|eingeladen|teilgenommen|"
    # "kamen zusammen", "wollen ... zusammenkommen", "sind zusammengekommen": to meet, in German
    r"zusammen(?:zu|ge)?k[oa]mm?\w*|zusammen\s+gekommen|(?:kam|kamen|kommt)\s+[^.;]{0,60}\bzusammen|"
    # "prennent part", "ont pris part", "tomaron parte", "tomam parte": to take part, in French,
    # Spanish and Portuguese, in any person and tense
    r"(?:pren\w*|pris|tom\w*)\s+part(?:e)?|"
    # the same in Dutch, Polish, Romanian, Serbian and Croatian, Slovak and Czech, Turkish
    r"(?:komen|kwamen|komt|kwam)\s+[^.;]{0,40}\bbijeen|bijeen(?:ge)?kom\w*|vergader\w*|"
    r"(?:nemen|namen|neemt|nam)\s+[^.;]{0,40}\bdeel|deelnem\w*|aanwezig|topoverleg|"
    r"uczestnicz\w*|udział\w*|zjecha\w*|spotka\w*|zebra\w*|obrad\w*|"
    r"(?:lua|iau|luat|luă)\s+parte|întâlni\w*|ședinț\w*|"
    r"okup\w*|sastan\w*|učestv\w*|sudjel\w*|prisustv\w*|zasjedanj\w*|zasedanj\w*|"
    r"zúčastn\w*|účastn\w*|schôdz\w*|zasadn\w*|stretnut\w*|sešli|zišli|stretli|"
    r"bir\s+araya|katıl\w*|toplant\w*|"
    # beginning the meeting, its subject there: "began a two-day summit", "começaram nesta
    # segunda-feira uma cúpula", "comenzaron una cumbre", "ont entamé leur sommet"
    # (or ending it: "ended their two-day summit meeting")
    r"(?:beg[ai]n|begins|start(?:s|ed)?|open(?:s|ed)?|comenz\w+|inici\w+|começ\w+|entam\w+|"
    r"ouvr\w+|ouvert|début\w+|eröffne\w*|beg[ao]nn\w*|end(?:s|ed)?|conclud\w+|"
    r"clos(?:e|es|ed)|wrapped\s+up|terminar\w+|conclu\w+|encerr\w+|clôtur\w+|beende\w*)"
    r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|talks|conference|session|cumbre|reuni[oó]n|reunião|cúpula|cimeira|"
    r"sommet|réunion|conférence|Gipfel|Treffen|Konferenz|Tagung|Sitzung)s?)\b",
    re.IGNORECASE,
)
# Hoped for, not announced: "la expectativa de que asistan todos los presidentes".
_HOPED = re.compile(
    r"\b(?:expectativa|esperanza|espera\s+que|hopes?\s+(?:that|to)|hoping|wish(?:es)?\s+to|"
    r"would\s+like|espère|hofft)\b",
    re.IGNORECASE,
)
# A description of the bloc, not of the meeting: what it is made of, who founded it, how many
# it counts ("the bloc, made up of ...", "l'organisation, composée de ...", "integrado por",
# "besteht aus", "composta da", "в состав входят", "تضم", "由……组成"). A group in such a
# sentence is the bloc's membership, never attendance (corpus README, rule 2).
_DESCRIBES_BLOC = re.compile(
    r"\b(?:made\s+up\s+of|comprising|comprises|consists?\s+of|consisting\s+of|whose\s+members|"
    r"founding\s+members|original\s+members|"
    r"compos[ée]e?s?\s+de|constitu[ée]e?s?\s+de|form[ée]e?s?\s+de|regroupe|regroupant|"
    r"dont\s+les\s+membres|membres\s+fondateurs|pays\s+fondateurs|qui\s+compte|"
    r"integrad[oa]s?\s+por|compuest[oa]s?\s+por|conformad[oa]s?\s+por|formad[oa]s?\s+por|"
    r"compost[oa]s?\s+por|que\s+agrupa|cuyos\s+miembros|cujos\s+membros|"
    r"miembros\s+fundadores|membros\s+fundadores|países\s+fundadores|que\s+cuenta\s+con|"
    r"besteht\s+aus|bestehend\s+aus|angehören|Gründungs\w+|umfasst|"
    r"compost[oa]\s+da|format[oa]\s+da|costituit[oa]\s+da|membri\s+fondatori|"
    r"paesi\s+fondatori|fanno\s+parte|"
    r"bestaat\s+uit|bestaande\s+uit|składa\s+się\s+z|format[ăe]\s+din|alcătuit\w*\s+din|"
    r"sastoji\s+se\s+od|pozostáva\s+z|skladá\s+sa\s+z|oluşan|oluşur|"
    r"входят|входит|в\s+состав|состоит\s+из|объединяет|основател\w*|насчитывает|"
    r"входять|до\s+складу|складається\s+з|об['’]єднує|засновник\w*|налічує)\b|"
    r"(?<!\w)[وف]?(?:تضم|يضم|تتألف|يتألف|تتكون|يتكون|المؤسسة|المؤسسين)(?!\w)|"
    r"由.{1,40}组成|创始成员|共有.{0,6}成员国|拥有.{0,6}成员国",
    re.IGNORECASE,
)
# Told to, not reported: "all member states must ...", "tous les États membres doivent",
# "все государства-члены должны", "يجب على جميع الدول الأعضاء", "各成员国应": an obligation
# or an exhortation (a modal after the group, a verb of urging before it).
_OBLIGED_AFTER = re.compile(
    r"^(?:\W*\w+\W+){0,3}?\W*(?:must|should|shall|ought\s+to|need\s+to|have\s+to|"
    r"doivent|devraient|devront|sont\s+tenus|deben|deberían|deberán|tienen\s+que|han\s+de|"
    r"devem|deveriam|deverão|têm\s+(?:de|que)|müssen|sollten|müssten|devono|"
    r"dovrebbero|dovranno|должны|обязаны|следует|повинні|зобов['’]язані|мають\s+\w+ти)\b",
    re.IGNORECASE,
)
_URGED_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed)?\s+to|exhort\w*|"
    r"encourag\w*|appel\w*\s+(?:à|a)|demand\w*\s+(?:à|a)|inst[óoa]\w*\s+a|"
    r"llam\w*\s+a|pid\w*\s+a|apel\w*\s+(?:a|à|aos)|fordert\w*|forderte\w*|appelliert\w*|"
    r"aufgerufen|esort\w*|sollecit\w*|chiesto\s+a|призва\w*|призыва\w*|закликал\w*|"
    r"закликав\w*|закликає)\b(?:\W+\w+){0,8}\W*$|"
    r"(?<!\w)[وف]?(?:دعا|يدعو|تدعو|دعت|حث|يحث|تحث|يجب|ينبغي|يتعين)(?!\w)(?:\W+\w+){0,6}\W*$|"
    r"(?:呼吁|敦促|要求).{0,12}$",
    re.IGNORECASE,
)
# (not "应邀", at the invitation of: "应邀出席", invited and there)
_ZH_OBLIGED_AFTER = re.compile(r"^.{0,4}?(?:应(?!邀)|必须|应当|需要)")


def describes_bloc(text: str) -> bool:
    """Whether the sentence describes the bloc's make-up (see _DESCRIBES_BLOC)."""
    return bool(_DESCRIBES_BLOC.search(text))


def exhorted(text: str, begin: int, end: int) -> bool:
    """Whether the group at [begin, end) is told to do something, not reported doing it: a
    modal just after it ("all member states must"), a verb of urging just before it ("called
    on all member states")."""
    if _URGED_BEFORE.search(text[max(0, begin - 200) : begin]):
        return True
    modal = _OBLIGED_AFTER.match(text[end:]) or _ZH_OBLIGED_AFTER.match(text[end:])
    if modal is None:
        return False
    # ("should attend", "devraient participer", "должны принять участие", "应出席": a
    # prediction of the group's taking part, read as the sentence's tense says)
    then = text[end + modal.end() : end + modal.end() + 40]
    return not (
        TAKES_PART.match(then.lstrip())
        or _FOREIGN_TAKES_PART.match(then.lstrip())
        or _ZH_TAKES_PART.match(then.lstrip())
        or re.match(r"\s*(?:be\s+)?(?:present|represented|there)\b", then)
    )


# A group named one by one right after it: "six ASEAN member countries: Malaysia, ...",
# "five observer states - Afghanistan, India, ...", "the two remaining member countries,
# Singapore and Brunei".
# (not a bracketed acronym: "all the ASEAN Member States (AMS)")
_LIST_FOLLOWS = re.compile(
    r"\s*(?:[:–—]|\((?![A-Z]{2,6}\))|\s-\s|,\s*(?:namely\s+|i\.e\.\s+)?(?=[A-Z]))"
)
# A dash that adds someone to the group, not one that lists it: "Les ministres de la Défense
# des 31 pays membres - ainsi que la Suède, qui a le statut d'invité - ont examiné".
_ADDED_AFTER_DASH = re.compile(
    r"\s+[-–—]\s*(?:ainsi\s+que|as\s+well\s+as|along\s+with|together\s+with|plus|and|et|y|e|"
    r"und|sowie|así\s+como|assim\s+como|oltre\s+a|nonché|en|i|și)\b",
    re.IGNORECASE,
)
# A restrictive clause: "the OPEC members which took part", "the members who joined in 2009".
# (and after a second group: "the OPEC members and non-OPEC members which took part")
_RESTRICTED = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){1,2}?(?:members|countries|states|nations))?"
    r"\s+(?:which|that|who|whose|que|qui|die)\b"
)
# The meeting, named near a group's people: "At a summit in Brussels, the European Union's 26
# other national leaders took the historic step", "... five other member countries began a
# key meeting": they are there.
_MEETING_NOUN = re.compile(
    r"\b(?:summit|meeting|conference|session|talks|gathering|cumbre|reuni[oó]n|reunião|"
    r"cúpula|cimeira|sommet|réunion|Gipfel|Treffen|vergadering|bijeenkomst|topoverleg|"
    r"szczyt\w*|spotkani\w*|summitul\w*|reuniun\w*|ședinț\w*|samit\w*|sastan\w*|"
    r"zasjedanj\w*|schôdz\w*|zasadnut\w*|zirve\w*|toplantı\w*)s?\b",
    re.IGNORECASE,
)
# The noun names something else: "the SCO Leaders Summit", "the CIS Heads of State Meeting",
# "the SCO foreign ministers' meeting".
_ATTRIBUTIVE = re.compile(
    r"['’](?!s\b)|\s+(?:summit|meeting|council|conference|session|forum|format|level|"
    r"ministerial|secretariat|bloc)s?\b",
    re.IGNORECASE,
)
# A meeting named by the people it is for ("a similar meeting of the SAARC foreign
# ministers"): who it is for, not who came.
_MEETING_OF = re.compile(
    r"\b(?:summit|meeting|session|conference|gathering|council)s?\s+of\s+$", re.IGNORECASE
)
# A meeting named by the people of the group it is for: "took part in the meeting of the
# foreign ministers of the NATO member states", "a participé à la réunion des ministres des
# affaires étrangères des États membres", "la cumbre de los jefes de Estado de los países
# miembros": who the meeting is for, not who came (corpus README, rule 2, dev 668).
_MEETING_OF_PEOPLE = re.compile(
    r"\b(?:summit|meeting|session|conference|gathering|r[ée]union|sommet|conf[ée]rence|"
    r"reuni[oó]n|reunião|cumbre|cúpula|cimeira|conferencia|conferência|sesi[oó]n|sessão|"
    r"Treffen|Gipfel|Konferenz|Sitzung|Tagung)s?\s+" + _OF + r"\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + _PEOPLE + r"|ministros|jefes|chefes|\w*minister)"
    r"(?:\s+[\w'’-]+){0,3}?"
    r"(?:\s+" + _OF + r")?\s+$",
    re.IGNORECASE,
)
# A habit, not this meeting: "At their annual gathering, the ASEAN leaders meet in their own
# summit".
_HABIT = re.compile(
    r"\b(?:annual(?:ly)?|every\s+year|each\s+year|usually|traditionally|regularly|normally|"
    r"customarily)\b",
    re.IGNORECASE,
)


# Deliberating or deciding, the meeting's business: "Die Staats- und Regierungschefs der 28
# NATO-Staaten wollen ... beschließen", "Os líderes e representantes dos 55 estados-membros ...
# debatem" (said of a counted group's people, whose count the knowledge base checks).
_DELIBERATES = re.compile(
    r"\b(?:discuss\w*|debat\w*|adopt\w*|agree[ds]?|agreeing|decid\w*|approv\w*|endors\w*|"
    r"discut\w*|débat\w*|approuv\w*|décid\w*|examin\w*|aprob\w*|acord\w*|analiz\w*|"
    r"aprov\w*|analis\w*|berat\w*|beschlie(?:ß|ss)\w*|beschloss\w*|diskutier\w*|"
    r"verabschied\w*|einigt\w*|decis\w*|delibera\w*|confront\w*)\b",
    re.IGNORECASE,
)


_MEETING_OF_COUNT = re.compile(
    r"(?:" + _MEETING_NOUN.pattern + r")\s+(?:" + _OF + r"\s+)?$", re.IGNORECASE
)


def _said_to_take_part(text: str, p: _Phrase, list_end: int | None = None) -> bool:
    """Whether the words around the group (ten before it, fifteen after, or after the list of
    states that follows it, ``list_end``) say it takes part; for a group's people, naming the
    meeting there is saying so."""
    before = text[: p.begin].split()[-10:]
    # (German puts the participle last: "Die Außenminister der 27 Mitgliedstaaten der
    # Europäischen Union sind am Abend des 17. Juni in Luxemburg zu ihrem monatlich
    # stattfindenden Rat ... zusammen gekommen": after an auxiliary, the clause's end)
    reach = 30 if _GERMAN_AUXILIARY.match(text, p.end) else 15
    after = text[list_end or p.end :].split()[:reach]
    window = " ".join([*before, "·", *after])
    if _HABIT.search(window):
        return False
    if p.definite_only:
        # "the" and the bloc alone say less than "all" or a count: only a verb of taking part
        # itself says the whole group came ("The leaders of the BRICS countries are expected
        # to converge", not "The leaders of the CIS countries have arrived at the summit":
        # maybe not every one of them)
        return any(not _ARRIVING.fullmatch(m[0]) for m in TAKES_PART.finditer(window))
    if p.count is not None and _MEETING_OF_COUNT.search(text, 0, p.begin):
        # "der 11. Gipfel der 16 Nato-Mitglieder", "a meeting of the 28 NATO members": the
        # meeting named by a counted group is theirs, all of them (the count is checked)
        return True
    if p.people and p.count is not None and _MEETING_NOUN.search(text, p.end):
        # "leaders from the Alliance's 28 member nations will take key decisions ... at a
        # two-day Summit": a counted group's people in the sentence of the meeting, anywhere
        # after it (the count is checked against the knowledge base)
        return True
    if p.people and p.count is not None and _DELIBERATES.search(window):
        return True  # a counted group's people at the meeting's business (count checked)
    return bool(TAKES_PART.search(window) or (p.people and _MEETING_NOUN.search(window)))


_GERMAN_AUXILIARY = re.compile(r"\s+(?:sind|ist|haben|hat|werden|wird|wollen|wollten|waren|war)\b")


_QUANTIFIED = re.compile(r"(?:all|todos|todas|tous|toutes|alle)\b", re.IGNORECASE)


# Being there, short of taking part in so many words: said of a group by "the" alone, some of
# it may be all the text means.
_ARRIVING = re.compile(
    r"arriv\w*|received|welcomed|deliver\w*\s+.*|brought\s+together|brings\s+together|"
    r"bring(?:ing)?\s+together|greet\w*|" + _RECEIVED,
    re.IGNORECASE,
)


# "Six of the Group of Seven leaders", "one of the ASEAN members": some of them.
_PARTITIVE = re.compile(
    r"\b(?:" + _COUNT.replace("(?P<n>", "(?:") + r"|one|some|most|few|none|several|many|half)"
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# "but Myanmar", "except for India", "excepto Venezuela", "sauf la Hongrie", "außer Ungarn"
# (and "à l'exception de", "con excepción de", "com exceção de", "mit Ausnahme von", "ad
# eccezione di", "tranne", "кроме", "за исключением", "крім", "за винятком", "باستثناء", "ما عدا")
_EXCEPT_WORDS = (
    r"but|except(?:\s+for)?|save(?:\s+for)?|excluding|bar|apart\s+from|other\s+than|"
    r"excepto|salvo|menos|exceto|sauf|excepté|hormis|à\s+l['’]exception\s+(?:de|du|des)|"
    r"(?:con|a|com|à)\s+(?:la\s+)?(?:excepción|exceção)\s+(?:de|del|da|do|dos|das)|"
    r"außer|ausgenommen|mit\s+Ausnahme\s+(?:von|der|des)|tranne|eccetto|"
    r"ad\s+eccezione\s+(?:di|del|della|dell['’]|dei|degli)|"
    r"кроме|за\s+исключением|крім|окрім|за\s+винятком|باستثناء|ما\s+عدا|عدا|سوى|"
    # Indonesian and Malay (not "selain", also "besides")
    r"kecuali"
)
EXCEPT_AFTER = re.compile(
    r"\s*,?\s*(?:" + _EXCEPT_WORDS + r")\s+"
    r"(?:for\s+)?(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+)?"
)
# "With the exception of India, all member states took part", "À l'exception de l'Arménie,
# tous les États membres", "За исключением Армении, все": the list it opens, before the group.
EXCEPT_BEFORE = re.compile(
    r"(?:\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|apart\s+from|save\s+for|"
    r"other\s+than|excluding|sauf|excepté|hormis|à\s+l['’]exception\s+(?:de|du|des)|"
    r"(?:con|a|com|à)\s+(?:la\s+)?(?:excepción|exceção)\s+(?:de|del|da|do|dos|das)|"
    r"excepto|exceto|außer|mit\s+Ausnahme\s+(?:von|der|des)|tranne|eccetto|"
    r"ad\s+eccezione\s+(?:di|del|della|dei|degli)|кроме|за\s+исключением|крім|окрім|"
    r"за\s+винятком)|(?<!\w)(?:باستثناء|ما\s+عدا))\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$",
    re.IGNORECASE,
)
_AND = re.compile(
    r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with|together\s+with|plus|y|e|et|und)\s+",
    re.IGNORECASE,
)
# Blocs written as an adjective: "all 30 Allied nations".
_BLOC_ADJECTIVES = {"Allied": "NATO"}
# A generic word for the bloc the text is about: "the Alliance's 28 member nations".
_BLOC_KINDS = re.compile(
    r"(?:the\s+)?(?:alliance|bloc|organi[sz]ation|grouping|group|association|union|community)$",
    re.IGNORECASE,
)


class BlocFinder(Protocol):
    """What ``read`` needs of the extractor's matcher: bloc names, and states in a text."""

    bloc_re: re.Pattern[str] | None
    bloc_lookup: dict[str, str]

    def states(self, text: str, offset: int = 0) -> list: ...


@dataclass(frozen=True)
class Collective:
    """A group of states the text speaks of as a whole."""

    status: str  # member, observer, dialogue-partner, associate-member, partner
    bloc: str  # the bloc whose statuses say who is in it
    count: int | None  # as many as the text says (None: "all", as many as the knowledge base)
    begin: int  # the phrase, in the sentence
    end: int
    excepted: frozenset[str] = frozenset()  # "all Asean member states but Myanmar"
    # "India, China, Pakistan, and five other member countries": the states named with them
    named: frozenset[str] = frozenset()


def number(word: str | None) -> int | None:
    """A count in digits or words (NUMBERS); None for none ("all members": as many as the
    knowledge base has that day)."""
    if word is None:
        return None
    return int(word) if word.isdigit() else NUMBERS.get(word.lower())


# An acronym with a case ending after a hyphen: "NATO-a", "NATO-s", "UE-ului".
_CASE_ENDED_ACRONYM = re.compile(r"(?-i:([A-Z][\w&]+))-[a-zăâîșțşţ]{1,5}")


def _bloc_of(finder: BlocFinder, word: str | None, meeting_bloc: str) -> str | None:
    """The bloc a word names: a bloc's name or acronym in any case ("Asean"), an adjective
    ("Allied"), or a generic word ("the Alliance", "the bloc") for the meeting's own."""
    if not word:
        return None
    word = re.sub(r"\s*\([^()]*\)$", "", word.strip())  # "ASEAN (the Association of ...)"
    word = re.sub(r"^(?:the|la|el|le|l['’]|die|der|o|a)\s+", "", word, flags=re.IGNORECASE)
    if word in _BLOC_ADJECTIVES:
        return _BLOC_ADJECTIVES[word]
    found = finder.bloc_lookup.get(word)
    if found is None:
        found = {n.lower(): b for n, b in finder.bloc_lookup.items()}.get(word.lower())
    if found is None and _BLOC_KINDS.fullmatch(word):
        found = meeting_bloc
    if found is None and word.endswith("."):
        return _bloc_of(finder, word[:-1], meeting_bloc)  # "dell'UE." at the sentence's end
    inflected = _CASE_ENDED_ACRONYM.fullmatch(word)
    if found is None and inflected:
        # "NATO-a", "NATO-s", "UE-ului": an acronym with a case ending after a hyphen
        return _bloc_of(finder, inflected[1], meeting_bloc)
    return found


_NAME_RUN = re.compile(
    r"(?:[A-Z][\w&.-]*\s+(?:(?:of|for|the|and|de|del|des|du|la)\s+)*){0,6}[A-Z][\w&.-]*$"
)


def _is_bloc_word(finder: BlocFinder, word: str) -> bool:
    return (
        word in _BLOC_ADJECTIVES
        or word in finder.bloc_lookup
        or word.lower() in {n.lower() for n in finder.bloc_lookup}
    )


def _bloc_before(finder: BlocFinder, text: str, at: int) -> tuple[str | None, int]:
    """The bloc named just before ``at`` ("the eight SCO ", "the 10 Association of Southeast
    Asian Nations (ASEAN) ", "G20-"), as (bloc word, where its name begins); (None, at) when
    the words before are not a bloc."""
    head = text[:at]
    bloc_word = None
    gloss = re.search(r"\(([^()]{1,80})\)\s*$", head)
    if gloss:
        head = head[: gloss.start()]
        if _is_bloc_word(finder, gloss[1].strip()):
            bloc_word = gloss[1].strip()
    trimmed = head.rstrip()
    if trimmed.endswith("-"):
        trimmed = trimmed[:-1]  # "G20-Staaten", "EU-Mitgliedstaaten"
    elif len(trimmed) == len(head) and not gloss:
        return None, at  # no space before the noun: not a word of its own
    run = _NAME_RUN.search(trimmed)
    if run is not None:
        words = run.group(0).split()
        for i in range(len(words)):
            candidate = " ".join(words[i:])
            if candidate[0].isupper() and _is_bloc_word(finder, candidate):
                begin = run.start() + len(" ".join(words[:i])) + (1 if i else 0)
                return bloc_word or candidate, begin
    if bloc_word is not None and gloss is not None:
        return bloc_word, gloss.start()
    return None, at


_LEFT = re.compile(
    r"(?<![\w-])(?:(?:" + _ALL + r"|" + _ARTICLE + r"|" + _POSSESSIVE + r")\s+)?"
    r"(?:" + _COUNT + r"\s+)?(?:" + _OTHER + r"\s+)?"
    r"(?:(?P<adj>national|full|full-fledged|fellow|sovereign)\s+)?$",
    re.IGNORECASE,
)
_LEFT_OTHER_FIRST = re.compile(
    r"(?<![\w-])(?:(?:" + _ALL + r"|" + _ARTICLE + r")\s+)?" + _OTHER + r"\s+" + _COUNT + r"\s+$",
    re.IGNORECASE,
)


# A capitalised word just before the group that names no bloc the knowledge base has ("all UN
# member states", "the Arab countries"): the group is someone else's. (Not a sentence's first
# word, nor a quantifier, article or count written with a capital.)
_UNKNOWN_OWNER = re.compile(
    r"(?<![.!?:;\n]\s)(?<!^)\b(?!(?:All|Every|Each|The|Its|Their|Other|Remaining|Todos|Todas|"
    r"Tous|Toutes|Alle|Los|Las|Les|Die|Der|Os|Member|Members|Tutti|Tutte|Gli)\b)[A-Z][\w&.-]*\s+"
    r"(?:(?:" + _COUNT.replace("(?P<n>", "(?:") + r")\s+)?$"
)


@dataclass
class _Phrase:
    begin: int
    end: int
    status: str  # a status, or "states" (a bare "states", "countries", "nations")
    bloc_word: str | None
    whole: bool  # "all", a count, "the" with the bloc named: the whole group
    count: int | None
    other: bool  # "the other 26", "and other SCO observer states"
    people: bool  # the group's people: "leaders of ...", "the BRICS leaders"
    definite_only: bool = False  # whole by "the" (or a possessive) and the bloc alone


# Short of the whole, just before the group: "more than 30 countries", "some member states".
_APPROXIMATE_BEFORE = re.compile(r"(?:" + _APPROXIMATE.pattern + r")\s+$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|los|las|les|die|os|i|gli)\s+$", re.IGNORECASE)
_ALL_BEFORE = re.compile(
    r"\b(?:all|todos|todas|tous|toutes|alle)\s+(?:(?:of\s+)?(?:the|los|las|les|os)\s+)?$",
    re.IGNORECASE,
)
_BLOC_AFTER = re.compile(
    r"\s+" + _OF + r"(?:\s+|(?<=['’]))(?P<bloc>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
)


# A group's noun in the genitive ("of the states") where the language needs no preposition.
_GENITIVE_GROUP = re.compile(
    r"(?:statelor|țărilor|tarilor|państw|krajów|zemalja|država|krajín|štátov|států|zemí|"
    r"členských)\b",
    re.IGNORECASE,
)
_SUFFIXED_ARTICLE = re.compile(r"(?:șefii|sefii|miniștrii|ministrii|liderii)\b", re.IGNORECASE)
_BLOC_BARE_AFTER = re.compile(
    r"\s+(?P<bloc>(?-i:[A-Z][A-Za-zÉÚ0-9+]{1,6}(?:-[a-zăâîșțşţ]{1,5})?))(?![\w-])"
)


# A bloc's long name, its acronym in brackets after it: "Organización de Estados Americanos
# (OEA)" (capitalised first, at most eight words, none a sentence's end)
_GLOSSED_NAME = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,7}?\s*\((?P<acronym>[A-Z][\w+-]{1,9})\)"
)


def _gloss_end(finder: BlocFinder, text: str, end: int) -> int:
    """Where a bloc's name ends, with the acronym in brackets after it if there is one
    ("the Shanghai Cooperation Organisation (SCO)")."""
    gloss = re.match(r"\s*\(([^()]{1,80})\)", text[end:])
    return end + gloss.end() if gloss and _is_bloc_word(finder, gloss[1].strip()) else end


def _phrase(
    finder: BlocFinder, text: str, begin: int, end: int, status: str, meeting_bloc: str
) -> _Phrase | None:
    """The group whose noun is at [begin, end), with what stands before and after it; None
    when it is short of the whole in so many words ("more than 30 countries")."""
    bloc_word, at = _bloc_before(finder, text, begin)
    # the longer reading of the words before: "the other 27" as well as "the 27 other"
    lefts = [x for x in (_LEFT.search(text, 0, at), _LEFT_OTHER_FIRST.search(text, 0, at)) if x]
    left = min(lefts, key=lambda x: x.start()) if lefts else None
    start = left.start() if left is not None and left.group(0) else at
    if _APPROXIMATE_BEFORE.search(text, 0, start) or _PARTITIVE.search(text, 0, start):
        return None  # "more than 30 countries", "six of the G7 leaders": some of them
    groups = left.groupdict() if left is not None else {}
    count = number(groups.get("n"))
    other = bool(groups.get("other"))
    quantified = bool(groups.get("all"))
    if re.fullmatch(r"member[- ](?:state|country|nation)|observer", text[begin:end], re.I):
        # one of them: the whole group only as "every member state", "each member country"
        if not (groups.get("all") or "").lower().startswith(("every", "each")) or count:
            return None
    elif (groups.get("all") or "").lower() == "each" and not count:
        # "each members"? not English; "each of the G20 member countries": all of them (dev 656)
        return None
    owner = _UNKNOWN_OWNER.search(text, 0, start if left else at)
    if owner is not None and _PEOPLE_RE.fullmatch(owner[0].split()[0]):
        owner = None  # "die Vertreter der Mitgliedstaaten": a German noun, the group's people
    if owner is not None and re.search(
        _PEOPLE + r"\s+" + _OF + r"\s+$", text[: owner.start()], re.I
    ):
        owner = None  # "les ministres de la Défense des pays membres": the people's portfolio
    if bloc_word is None and owner is not None:
        return None  # "all UN member states", "all African countries": a group of no bloc
    definite = bool(groups.get("art"))
    if groups.get("poss"):
        if bloc_word is None and _bloc_of(finder, groups["pbloc"], meeting_bloc) is not None:
            bloc_word = groups["pbloc"]  # "the European Union's 26 other national leaders"
            definite = True
        else:
            definite = False  # "China's": a state's, not a bloc's
    # "of the BRICS", "de la OCS", "du G7", "der EU": the bloc after the noun
    right = _BLOC_AFTER.match(text, end)
    full = finder.bloc_re.match(text, right.start("bloc")) if right and finder.bloc_re else None
    glossed = _GLOSSED_NAME.match(text, right.start("bloc")) if right and not full else None
    if bloc_word is None and full is not None and _bloc_of(finder, full[0], meeting_bloc):
        # "de la Organización de los Estados Americanos (OEA)": the bloc's whole name, lower-
        # case words in it, where the gazetteer has it (its first word alone is no bloc's)
        bloc_word, end = full[0], _gloss_end(finder, text, full.end())
    elif (
        bloc_word is None
        and glossed is not None
        and _bloc_of(finder, glossed["acronym"], meeting_bloc)
    ):
        # "de la Organización de Estados Americanos (OEA)": a long name the gazetteer lacks
        # in this wording, glossed by the bloc's acronym
        bloc_word, end = glossed["acronym"], glossed.end()
    elif bloc_word is None and right:
        if _bloc_of(finder, right["bloc"], meeting_bloc) is None:
            return None  # "los países miembros de la Celac": a group the knowledge base lacks
        bloc_word = (
            right["bloc"].removesuffix(".")
            if _bloc_of(finder, right["bloc"].removesuffix("."), meeting_bloc)
            else right["bloc"]
        )
        end = right.start("bloc") + len(bloc_word)
        end = _gloss_end(finder, text, end)  # "of the Shanghai Cooperation Organisation (SCO)"
    bare = _BLOC_BARE_AFTER.match(text, end) if bloc_word is None and not right else None
    if bare is not None and _bloc_of(finder, bare["bloc"], meeting_bloc):
        # "27 krajín EÚ", "statelor membre NATO", "29 zemalja članica NATO-a": the bloc in the
        # genitive after the noun, with no preposition
        bloc_word, end = bare["bloc"], bare.end()
    if re.match(r"\s+(?:restantes|remaining)\b", text[end:]):
        other = True  # "los 33 Estados restantes"
    # "the leaders of ASEAN member states", "todos los presidentes de los países miembros":
    # the people's article or quantifier is the group's
    # (or before the states named with them: "Foreign ministers of India, China, Pakistan, and
    # five other member countries")
    named, list_start = _list_just_before(finder, text, start) if other else (0, start)
    people = re.search(_PEOPLE + _PORTFOLIO + r"\s+" + _OF + r"\s+$", text[:list_start], re.I)
    if people is None and _GENITIVE_GROUP.match(text, begin):
        # "șefii statelor membre NATO", "lídrov 27 krajín EÚ": the group in the genitive right
        # after its people, with no preposition
        people = re.search(_PEOPLE + _PORTFOLIO + r"\s+$", text[:list_start], re.IGNORECASE)
    if people is not None and not (quantified or definite or count):
        head = text[: people.start()]
        # (Romanian puts the article at the noun's end: "șefii", "miniștrii", the heads)
        definite = bool(_DEFINITE_BEFORE.search(head) or _SUFFIXED_ARTICLE.match(people[0]))
        quantified = bool(_ALL_BEFORE.search(head))
    if people is None and (groups.get("art") or "").lower() in ("des", "der", "dei", "degli"):
        # "les ministres des pays membres", "die Vertreter der Mitgliedstaaten": "des" and
        # "der" join the people to the group ("of the"), the people's article is the group's
        people = re.search(_PEOPLE + _PORTFOLIO + r"\s+$", text[:start], re.IGNORECASE)
        if people is not None:
            definite = bool(_DEFINITE_BEFORE.search(text, 0, people.start()))
    whole = (
        quantified
        or count is not None
        or (definite and bloc_word is not None)
        or (other and (definite or named > 0))
        # "the leaders of the member states", "les ministres des pays membres": the people of
        # a group by its standing, with "the", are the meeting's bloc's, all of them (only
        # where a verb says they take part, as for "the" and a bloc's name)
        or (definite and people is not None and status in _STANDINGS)
    )
    definite_only = whole and not (quantified or count is not None or other)
    return _Phrase(
        start, end, status, bloc_word, whole, count, other, people is not None, definite_only
    )


def read(finder: BlocFinder, text: str, meeting_bloc: str) -> list[Collective]:
    """The collectives of a sentence that says they take part (see the module's docstring)."""
    if _HOPED.search(text) or describes_bloc(text):
        return []
    return [c for c in _read(finder, text, meeting_bloc) if not exhorted(text, c.begin, c.end)]


def _read(finder: BlocFinder, text: str, meeting_bloc: str) -> list[Collective]:
    if armenian.is_armenian(text):
        return _read_armenian(finder, text, meeting_bloc)
    if re.search(r"[\u0400-\u04ff\u0600-\u06ff]", text):
        return _read_russian_arabic(finder, text, meeting_bloc)
    if re.search(r"[\u4e00-\u9fff]", text):
        return _read_chinese(finder, text, meeting_bloc)
    if _VI_LETTERS.search(text):
        vietnamese = _read_vietnamese(finder, text, meeting_bloc)
        if vietnamese:
            return vietnamese
    if _ID_TAKES_PART.search(text) and _ID_FUNCTION_WORDS.search(text):
        indonesian = _read_indonesian(finder, text, meeting_bloc)
        if indonesian:
            return indonesian
    if not (TAKES_PART.search(text) or _MEETING_NOUN.search(text) or _DELIBERATES.search(text)):
        return []
    # "the Commonwealth of Independent States", "the Organization of American States": a
    # bloc's name, not a group of states
    names = [x.span() for x in finder.bloc_re.finditer(text)] if finder.bloc_re else []
    phrases: list[_Phrase] = []
    for m in _STATUS_RE.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in names):
            continue
        index = next(i for i in range(len(_STATUS_NOUNS)) if m.group(f"s_{i}") is not None)
        p = _phrase(finder, text, m.start(), m.end(), _STATUS_NOUNS[index][0], meeting_bloc)
        if p is not None:
            phrases.append(p)
    for m in _PEOPLE_RE.finditer(text):
        of_bloc = _BLOC_AFTER.match(text, m.end())
        if (
            of_bloc
            and not _STATUS_RE.match(text, of_bloc.end() + 1)
            and _bloc_of(finder, of_bloc["bloc"], meeting_bloc)
            and _ALL_BEFORE.search(text, 0, m.start())
        ):
            # "all the leaders of the SCO", "todos los presidentes del Mercosur": the bloc's
            # people, all of them
            quantifier = _ALL_BEFORE.search(text, 0, m.start())
            assert quantifier is not None  # (searched just above)
            phrases.append(
                _Phrase(
                    begin=quantifier.start(),
                    end=of_bloc.end(),
                    status="member",
                    bloc_word=of_bloc["bloc"],
                    whole=True,
                    count=None,
                    other=False,
                    people=True,
                )
            )
            continue
        bloc_re = finder.bloc_re
        full = bloc_re.match(text, of_bloc.start("bloc")) if of_bloc and bloc_re else None
        left = _LEFT.search(text, 0, m.start())
        if (
            of_bloc
            and left is not None
            # (or a count after the article or "all": "Les 25 ministres de l'Union européenne
            # ont accueilli", "the 27 leaders of the EU met": all of them, the count checked)
            and (
                left["other"]
                and (left["art"] or left["n"])
                or left["n"]
                and (left["art"] or left["all"])
            )
            and not _PARTITIVE.search(text, 0, left.start())
            and not _APPROXIMATE_BEFORE.search(text, 0, left.start())
            and not _STATUS_RE.match(text, of_bloc.end() + 1)
            and _bloc_of(finder, full[0] if full else of_bloc["bloc"], meeting_bloc)
        ):
            # "the other leaders of NATO", "los demás líderes de la OTAN", "les 26 autres chefs
            # d'État de l'Organisation du traité de l'Atlantique Nord": the bloc's people but
            # the ones named before, all of them as "the other 26 EU leaders" are
            phrases.append(
                _Phrase(
                    begin=left.start(),
                    end=_gloss_end(finder, text, full.end() if full else of_bloc.end()),
                    status="member",
                    bloc_word=full[0] if full else of_bloc["bloc"],
                    whole=True,
                    count=number(left["n"]),
                    other=bool(left["other"]),
                    people=True,
                )
            )
            continue
        the = _DEFINITE_BEFORE.search(text, 0, m.start())
        # ("of the Association of Southeast Asian Nations": its first word is no bloc's; "of
        # ASEAN Member States": a status after the whole name, read as such elsewhere)
        whole_name = (
            finder.bloc_re.match(text, of_bloc.start("bloc"))
            if of_bloc and finder.bloc_re
            else None
        )
        if (
            of_bloc
            and the is not None
            and not _STATUS_RE.match(text, of_bloc.end() + 1)
            and not (whole_name and _STATUS_RE.match(text, whole_name.end() + 1))
            and _bloc_of(finder, whole_name[0] if whole_name else of_bloc["bloc"], meeting_bloc)
        ):
            # "The foreign ministers of the Association of Southeast Asian Nations (Asean) met":
            # the bloc's people by "the" and the bloc named after them, whole as "the leaders
            # of the BRICS countries" is: only where a verb says they take part (not arrive)
            # (the bloc's whole name where the gazetteer has it: "the Association of Southeast
            # Asian Nations", not its first word)
            full = whole_name
            bloc_end = full.end() if full else of_bloc.end()
            phrases.append(
                _Phrase(
                    begin=the.start(),
                    end=_gloss_end(finder, text, bloc_end),
                    status="member",
                    bloc_word=full[0] if full else of_bloc["bloc"],
                    whole=True,
                    count=None,
                    other=False,
                    people=True,
                    definite_only=True,
                )
            )
            continue
        if re.match(r"\s+" + _OF + r"\s", text[m.end() :], re.IGNORECASE):
            continue  # "leaders of the BRICS countries": the group after it is read
        p = _phrase(finder, text, m.start(), m.end(), "member", meeting_bloc)
        # "the 27 EU leaders", "the other G7 leaders"; not "the SCO foreign ministers met", "the
        # BRICS leaders": a generic plural of the bloc's people, like "EU leaders"
        if p is not None and p.bloc_word is not None and not p.definite_only:
            p.people = True
            phrases.append(p)
        elif (
            p is not None
            and p.count is not None
            and (p.other or _TAKING_PART_CLAUSE.match(text, p.end))
        ):
            # "Çavuşoğlu ve diğer 29 bakan" (and the other 29 ministers), "i 28 capi di Stato e
            # di governo che prendono parte al summit": a count of people, the one named before
            # them and all the others, or all those who take part: the meeting's bloc's, where
            # the count is its members' that day (_finish)
            p.people = True
            phrases.append(p)
        elif p is not None and p.count is not None and _QUANTIFIED.match(text, p.begin):
            # "all 32 leaders are set to commit": a count of people, all of them, with no bloc
            # named: the meeting's bloc's, where the count is its members' that day (_finish)
            p.people = True
            phrases.append(p)
    phrases.sort(key=lambda p: p.begin)
    found: list[Collective] = []
    previous: _Phrase | None = None
    for p in phrases:
        # "the eight SCO member states and the four observer states": the second group is the
        # first one's bloc's
        chained = previous is not None and _AND.fullmatch(text[previous.end : p.begin]) is not None
        bloc_word = p.bloc_word or (previous.bloc_word if chained and previous else None)
        bloc = _bloc_of(finder, bloc_word, meeting_bloc)
        if bloc is None and (p.status != "states" or _counted_subject(text, p)):
            # "all eight members", "los cuatro Estados parte": the noun says whose (not "all
            # countries"); "Ten countries took part in the summit": a count of states that
            # take part says whose, the meeting's bloc's when it is its count that day
            # (_finish checks it)
            bloc = meeting_bloc
        if p.whole:
            previous = p
        if bloc is None or not (p.whole or chained):
            continue
        if _ATTRIBUTIVE.match(text, p.end) or not _said_to_take_part(
            text, p, _list_after(finder, text, p.end)
        ):
            continue
        if p.count is None and (
            _MEETING_OF.search(text, 0, p.begin) or _MEETING_OF_PEOPLE.search(text, 0, p.begin)
        ):
            continue
        if _RESTRICTED.match(text, p.end) and not (
            p.count is not None and _TAKING_PART_CLAUSE.match(text, p.end)
        ):
            # (but "the 28 heads of state who take part": the count says all of them)
            continue  # "the OPEC members which took part": those of them that did
        after = text[p.end :]
        if (
            _LIST_FOLLOWS.match(after)
            and not re.match(r"\s*,\s*(?:as|including)\b", after)
            and not _ADDED_AFTER_DASH.match(after)
        ):
            continue  # named one by one: the names are read as such
        count = p.count
        named = _states_just_before(finder, text, p.begin) if p.other else []
        if p.other and count is not None:
            # "India, China, Pakistan, and five other member countries": the others and the
            # states named before them; "the other 26 EU leaders": and the one they are other to
            count += max(1, len(named))
        status = "member" if p.status == "states" else p.status
        excepted = _excepted_after(finder, text, p.end)
        found.append(Collective(status, bloc, count, p.begin, p.end, excepted, frozenset(named)))
    return found


# A clause of taking part after a counted group: "i 28 capi di Stato e di governo che prendono
# parte al summit", "the 28 leaders who attend the summit".
_TAKING_PART_CLAUSE = re.compile(
    r"\s*,?\s+(?:who|that|which|que|qui|che|die|care|koji|które|którzy)\s+(?:\w+\s+){0,2}?"
    r"(?:" + TAKES_PART.pattern + r")",
    re.IGNORECASE,
)


# A verb of taking part just after a group, the group its subject: "Ten countries took part",
# "the eight countries were represented", "los doce países participaron".
_VERB_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|will|would|all|were|are|also|todos|han|habían|ont|haben)\s+){0,2}"
    r"(?:took\s+part|take\s+part|attended|participated|were\s+represented|met|gathered|"
    r"participaron|participarán|asistieron|participaram|participeront|ont\s+participé|"
    r"nahmen\s+teil|prennent\s+part|ont\s+pris\s+part|tomaron\s+parte|tomaram\s+parte)\b",
    re.IGNORECASE,
)


def _counted_subject(text: str, p: _Phrase) -> bool:
    """A bare count of states ("ten countries", no bloc, not "other") that a verb of taking
    part follows at once, or a clause of taking part ("los 34 países que participan en la
    XXXIX Asamblea General": all those that take part, as for a count of people)."""
    return (
        p.count is not None
        and not p.other
        and bool(_VERB_AFTER.match(text, p.end) or _TAKING_PART_CLAUSE.match(text, p.end))
    )


def _list_just_before(finder: BlocFinder, text: str, at: int) -> tuple[int, int]:
    """(how many states, where the list begins) for a list ending just before ``at``; (0, at)
    when no list ends there."""
    run = _run_before(finder, text, at)
    return (len(run), run[-1].begin) if run else (0, at)


def _states_just_before(finder: BlocFinder, text: str, at: int) -> list[str]:
    """The states of a list ending just before ``at`` ("India, China, Pakistan, and five
    other"), in the order named."""
    return [m.iso3 for m in reversed(_run_before(finder, text, at))]


# Between two states of a list: "India, China", "Brazil and the United States", "Chile y Perú".
_IN_LIST = re.compile(r"\s*(?:,|,?\s*(?:and|y|e|et|und))\s*(?:the\s+)?")


def _run_before(finder: BlocFinder, text: str, at: int) -> list:
    """The state mentions of a list ending just before ``at``, last first."""
    mentions = finder.states(text[:at])
    if not mentions:
        return []
    run = [mentions[-1]]
    if not re.fullmatch(r"\s*,?\s*(?:and|y|e|et|und)?\s*", text[mentions[-1].end : at]):
        return []
    for m in reversed(mentions[:-1]):
        if _IN_LIST.fullmatch(text, m.end, run[-1].begin):
            run.append(m)
        else:
            break
    return run


# "all ASEAN Member States (AMS), Australia, China, ... and the United States met": the list
# of states the group opens, with its gloss.
_OPENS_LIST = re.compile(r"\s*(?:\([A-Z]{2,6}\)\s*)?,\s*(?:the\s+)?")


def _list_after(finder: BlocFinder, text: str, end: int) -> int | None:
    """The end of a list of at least two states that follows a group just after ``end``, or
    None."""
    opens = _OPENS_LIST.match(text, end)
    if opens is None:
        return None
    at, run, last = opens.end(), 0, end
    for m in finder.states(text[at:], at):
        if m.begin != at:
            break
        run += 1
        joined = _IN_LIST.match(text, m.end)
        last = m.end
        if joined is None:
            break
        at = joined.end()
    return last if run >= 2 else None


def _excepted_after(finder: BlocFinder, text: str, end: int) -> frozenset[str]:
    """The states of the list that "but", "except", "excepto", "außer" opens after a group."""
    but = EXCEPT_AFTER.match(text, end)
    if but is None:
        return frozenset()
    mentions = finder.states(text[but.end() :], but.end())
    if not mentions or mentions[0].begin != but.end():
        return frozenset()
    out = [mentions[0]]
    for m in mentions[1:]:
        if re.fullmatch(
            r"\s*(?:,|,?\s*(?:and|or|y|o|e|et|und|oder))\s*(?:the\s+)?", text[out[-1].end : m.begin]
        ):
            out.append(m)
        else:
            break
    return frozenset(m.iso3 for m in out)


# --- Russian and Arabic -------------------------------------------------------------------
# Neither has an article: "главы государств СНГ" (the heads of state of the CIS), "دول مجلس
# التعاون" (the states of the GCC) are definite by the bloc named after them, as "the leaders of
# the CIS countries" is, and expanded on the same terms: with "все"/"جميع" (all) or a count
# always, by the bloc alone only where a verb says they take part (not arrive).
_RU_COUNTS = {
    "два": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4,
    "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
    "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20, "двадцати": 20,
    "двадцать семь": 27, "двадцати семи": 27,
    # Ukrainian
    "дві": 2, "двох": 2, "трьох": 3, "чотири": 4, "чотирьох": 4, "п'ять": 5, "п’ять": 5,
    "п'яти": 5, "п’яти": 5, "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9,
    "дев’ять": 9, "дев'яти": 9, "дев’яти": 9,
}  # fmt: skip
# "все государства — члены", "всех государств-членов", "восьми стран", "государства-
# наблюдатели"; "جميع الدول الأعضاء", "دول", "الدول المراقبة"
_FOREIGN_GROUP = re.compile(
    r"(?<![\w-])(?:(?P<all>вс[еи]|всех|всем|всеми|усі|всіх|усіх|усім|всім|جميع|كافة|كل)\s+)?"
    r"(?:(?P<n>\d{1,2}|" + "|".join(sorted(_RU_COUNTS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<noun>(?:государств|стран|держав|країн)\w*|[وبل]?(?:ال|لل)?دول)"
    r"(?:\s*[-–—]\s*(?P<member>(?:член|участни|учасни)\w*)|"
    r"\s*[-–—]\s*(?P<observer>(?:наблюдател|спостерігач)\w*)|"
    r"\s+(?P<ar_member>(?:ال)?أعضاء)|\s+(?P<ar_observer>(?:ال)?مراقبة))?"
    r"(?:\s+(?:в|во|في)?\s*)?",
    re.IGNORECASE,
)
_FOREIGN_PEOPLE_BEFORE = re.compile(
    r"(?:глав[аыеу]?|лидер\w*|президент\w*|руководител\w*|министр\w*(?:\s+\w+){0,2}|"
    r"делегаци\w*|представител\w*|голов[аиі]?|керівник\w*|представник\w*|очільник\w*|قادة|زعماء|رؤساء|وفود|ممثلي|وزراء(?:\s+\S+)?)\s+$",
    re.IGNORECASE,
)
_FOREIGN_TAKES_PART = re.compile(
    # (Ukrainian too: "взяли участь", "беруть участь", "учасники")
    r"(?:принял\w*|примут|примет|принима\w*|принять|взял\w*|взяти|беруть|бере|брал\w*|"
    r"візьм\w*)\s+участ(?:и[ея]|ь)|участв\w+|собрал\w*|соберут\w*|зібрал\w*|зберу\w*|"
    r"присутн\w+|запрош\w+|"
    r"присутств\w+|приглаш\w+|провед[уё]т|провели|проводят|"
    # "سيعقدون الدورة" (they will hold the session), "عقدوا": the group holds the meeting
    r"(?<!\w)[وف]?(?:سي|ست|ي|ت)عقد\w*|(?<!\w)[وف]?عقد(?:وا|ت)(?!\w)|"
    r"(?<!\w)[وف]?(?:بال|لل|ال|ب|ل)?(?:مشارك\w*|شارك\w*|يشارك\w*|تشارك\w*|حضور|حضر\w*|يحضر\w*|"
    r"اجتمع\w*|يجتمع\w*)",
    re.IGNORECASE,
)

# The meeting the group's people are the complement of: "во встрече министров иностранных дел
# государств — членов НАТО", "في اجتماع وزراء خارجية الدول الأعضاء" (an Arabic meeting noun
# with no article heads the phrase; "في الاجتماع وزراء ..." has the group as its subject):
# who the meeting is for, not who came (corpus README, rule 2, dev 668).
_FOREIGN_MEETING_OF = re.compile(
    r"(?:(?<![\w-])(?:встреч|заседани|совещани|саммит|сесси|конференци|зустріч|засіданн|"
    r"нарад|саміт|конференці)\w*|(?<!\w)[وبلف]?(?:اجتماعا?ت?|قمة|مؤتمر|دورة|لقاء|ملتقى))\s+$",
    re.IGNORECASE,
)

# A meeting "in the format of 32 member states" ("у форматі 32 країни-члена", "в формате 32
# государств"): held by all of them (the count is checked).
_FORMAT_OF_COUNT = re.compile(
    r"(?<!\w)(?:у|в|во)\s+формат[іеу]\s+\d{1,2}\s+(?:країн|держав|государств|стран)",
    re.IGNORECASE,
)

_WORD = re.compile(r"[^\W\d_]+")


def _stem(word: str) -> str:
    """A word without the Arabic prefixes ("و", "ب", "ل", "ال") or a Russian case ending."""
    word = re.sub(r"^[وبلف]?(?:ال|لل)", "", word)
    return re.sub(r"(?<=[а-яё]{4})(?:ами|ями|ах|ях|ой|ом|ем|ы|и|а|я|у|ю|е|о)$", "", word)


def _short_name(finder: BlocFinder, text: str, at: int, meeting_bloc: str) -> re.Match[str] | None:
    """The words at ``at`` (one or two, then no capitalised word) when they begin one of the
    meeting's bloc's names in the gazetteer, inflected or with a prefix ("Содружества" for
    "Содружество Независимых Государств", "مجلس التعاون" for "مجلس التعاون الخليجي")."""
    names = [
        " ".join(_stem(w).lower() for w in n.split())
        for n, b in finder.bloc_lookup.items()
        if b == meeting_bloc and not n.isascii()
    ]
    for size in (2, 1):
        m = re.compile(r"\s*" + r"\s+".join([_WORD.pattern] * size)).match(text, at)
        if m is None:
            continue
        after = _WORD.match(text[m.end() :].lstrip())
        if after and after[0][0].isupper():
            continue  # "стран Организации Объединённых Наций": another body's name
        words = " ".join(_stem(w).lower() for w in m[0].split())
        if len(words) >= 4 and any(n.startswith(words) for n in names):
            return m
    return None


# The meeting's business, done by the group's people ("Лидеры государств ОДКБ на саммите в
# Сочи в понедельник обсудят", "примут решение", "подведут итоги"): they are there, as a verb
# of taking part says, where they open the sentence as its subject and the sentence is the
# meeting's own (it names it: "на саммите"); not "Министры стран СНГ ... обсудят" alone, which
# may be some of them (dev 418).
_FOREIGN_BUSINESS = re.compile(
    r"(?<![\w-])(?:(?:примут|приняли|принимают)\s+(?:\w+\s+)?решени\w*|"
    r"(?:подведут|подвели|подводят)\s+(?:\w+\s+){0,2}?итог\w*|обсуд\w+|обсужда\w+|"
    r"рассмотр\w+|подпиш\w+|подписал\w*|утвердя\w*|утвердил\w*)",
    re.IGNORECASE,
)

_RU_MEETING_NOUN = re.compile(
    r"(?<![\w-])(?:саммит|заседани|совещани|сесси|встреч|конференци)\w*", re.IGNORECASE
)


def _read_russian_arabic(finder: BlocFinder, text: str, meeting_bloc: str) -> list[Collective]:
    """The collectives of a sentence in Russian or Arabic (see the comment above)."""
    said = _FOREIGN_TAKES_PART.search(text) or _FORMAT_OF_COUNT.search(text)
    business = None if said else _FOREIGN_BUSINESS.search(text)
    if business is not None:
        # (in the line of the verb: a headline with no full stop is a sentence of its own)
        line = text[text.rfind("\n", 0, business.start()) + 1 :].split("\n", 1)[0]
        business = business if _RU_MEETING_NOUN.search(line) else None
    if said is None and business is None:
        return []
    found: list[Collective] = []
    for m in _FOREIGN_GROUP.finditer(text):
        status = "observer" if (m["observer"] or m["ar_observer"]) else "member"
        bloc_name = finder.bloc_re.match(text, m.end()) if finder.bloc_re else None
        bloc = _bloc_of(finder, bloc_name[0], meeting_bloc) if bloc_name else None
        if bloc_name is None:
            # "государств Содружества", "دول مجلس التعاون": the meeting's bloc by the first
            # words of one of its names
            bloc_name = _short_name(finder, text, m.end(), meeting_bloc)
            bloc = meeting_bloc if bloc_name else None
        if bloc is None and (m["member"] or m["ar_member"] or m["observer"] or m["ar_observer"]):
            bloc = meeting_bloc  # "все государства-члены": the meeting's bloc's
        if bloc is None:
            continue  # "все страны": no bloc says whose
        count = (
            int(m["n"]) if m["n"] and m["n"].isdigit() else _RU_COUNTS.get((m["n"] or "").lower())
        )
        people = _FOREIGN_PEOPLE_BEFORE.search(text, 0, m.start())
        # "главы государств-членов", "قادة الدول الأعضاء": the people of the group by its
        # standing (in Arabic with the article: "the member states"), the meeting's bloc's
        standing = (
            m["member"]
            or m["observer"]
            or ((m["ar_member"] or m["ar_observer"]) and "ال" in m["noun"])
        )
        if not (m["all"] or count or (people and (bloc_name or standing))):
            continue  # "государства-члены" alone: a generic plural
        if business is not None and not (
            people is not None
            and not text[: people.start()].strip()
            and people.end() == m.start()
            and business.start() > m.end()
        ):
            continue  # the business is someone else's, or the group not its subject
        meeting_of = _FOREIGN_MEETING_OF.search(text, 0, (people or m).start())
        if (
            not (m["all"] or count)
            and meeting_of
            and _FOREIGN_TAKES_PART.search(text, 0, meeting_of.start())
        ):
            # someone took part in the meeting of the group's people: who it is for, not who
            # came ("a statement from the summit of the GCC leaders" still says they met)
            continue
        end = bloc_name.end() if bloc_name else m.start() + len(m[0].rstrip())
        if not bloc_name:
            # (not the preposition the group's pattern reads after it: "в", "في")
            end = m.start() + len(re.sub(r"\s+(?:в|во|في)$", "", text[m.start() : end]))
        if _LIST_FOLLOWS.match(text[end:]) and re.match(r"\s*[:(–—-]", text[end:]):
            continue  # named one by one: the names are read as such
        excepted = _excepted_after(finder, text, end)
        found.append(Collective(status, bloc, count, (people or m).start(), end, excepted))
    return found


# --- Chinese ------------------------------------------------------------------------------
# No article either: "各成员国" (each member state), "所有成员国" (all the member states), "八个
# 成员国" (the eight member states), and "上合组织成员国领导人" / "成员国元首" (the leaders of the
# (SCO) member states), "其他成员国元首" (the other member states' heads) are the whole
# group, in a sentence whose verb says it takes part (出席, 参加, 与会, 会晤); the bloc is the one
# named just before the noun, else the meeting's.
_ZH_COUNTS = dict(zip("两二三四五六七八九十", (2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True))
_ZH_GROUP = re.compile(
    r"(?P<all>各|所有|全体|全部|其他|其余)?(?P<n>\d{1,2}|十[一二三四五六七八九]?|[两二三四五六七八九])?个?"
    r"(?P<noun>成员国|观察员国)"
)
# (not a body named by them: "成员国元首理事会", the Council of Heads of State)
_ZH_PEOPLE_AFTER = re.compile(
    r"的?(?:国家元首|政府首脑|领导人|元首|首脑|外长|外交部长|代表团?)(?!理事会|会议|峰会|会晤|机制)"
)
_ZH_TAKES_PART = re.compile(r"出席|参加|与会|参会|齐聚|会晤|聚首")


def _zh_count(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    if word.startswith("十"):
        return 10 + _ZH_COUNTS.get(word[1:], 0)
    return _ZH_COUNTS.get(word)


def _read_chinese(finder: BlocFinder, text: str, meeting_bloc: str) -> list[Collective]:
    """The collectives of a sentence in Chinese (see the comment above)."""
    if not _ZH_TAKES_PART.search(text):
        return []
    names = list(finder.bloc_re.finditer(text)) if finder.bloc_re else []
    found: list[Collective] = []
    for m in _ZH_GROUP.finditer(text):
        before = next((b for b in names if b.end() == m.start()), None)
        bloc = _bloc_of(finder, before[0], meeting_bloc) if before else meeting_bloc
        if bloc is None:
            continue
        people = _ZH_PEOPLE_AFTER.match(text, m.end())
        count = _zh_count(m["n"])
        if not (m["all"] or count or people):
            continue  # "成员国" alone: a generic plural
        status = "observer" if m["noun"] == "观察员国" else "member"
        begin = before.start() if before else m.start()
        end = people.end() if people else m.end()
        # "除亚美尼亚外，所有成员国" (all member states but Armenia): the states between 除 and
        # 外 before the group
        buts = list(re.finditer(r"除(?:了)?(?P<list>[^，,。；]{1,40}?)(?:之|以)?外", text[:begin]))
        excepted = (
            frozenset(x.iso3 for x in finder.states(buts[-1]["list"], buts[-1].start("list")))
            if buts
            else frozenset()
        )
        found.append(Collective(status, bloc, count, begin, end, excepted))
    return found


# --- Indonesian and Malay -----------------------------------------------------------------
# No article either, and the count and the people before the bloc, "other" after it:
# "Sepuluh kepala negara dan kepala pemerintahan ASEAN menghadiri" (the ten ASEAN heads of
# state and government attended), "sembilan pemimpin ASEAN lainnya akan hadir" (the nine other
# ASEAN leaders will be present), "seluruh negara anggota ASEAN" (all the ASEAN member
# states), "para menteri luar negeri dari 10 negara anggota ASEAN". A quantifier or a count
# makes the whole group; "para pemimpin ASEAN" alone is a generic plural (rule 2), as is a
# group in a sentence with no verb of taking part.
_ID_UNITS = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _indonesian_counts() -> dict[str, int]:
    """The counts from 2 to 59 in words ("sepuluh", "dua belas", "dua puluh satu"), with
    Malay's "lapan" (8), and the prefix "ke-" that makes the count a whole ("kesepuluh
    pemimpin", all ten leaders; before a people's or a group's noun only, see _ID_GROUP)."""
    units = dict(zip(_ID_UNITS, range(1, 10), strict=True)) | {"lapan": 8}
    out = {w: n for w, n in units.items() if n > 1} | {"sepuluh": 10, "sebelas": 11}
    for word, n in units.items():
        if n > 1:
            out[f"{word} belas"] = 10 + n
    for tens in (2, 3, 4, 5):
        ten = _ID_UNITS[tens - 1]
        out[f"{ten} puluh"] = 10 * tens
        for word, n in units.items():
            out[f"{ten} puluh {word}"] = 10 * tens + n
    return out | {"ke" + w: n for w, n in out.items()}


_ID_COUNTS = _indonesian_counts()
_ID_COUNT = r"\d{1,2}|" + "|".join(sorted(_ID_COUNTS, key=len, reverse=True))
_ID_PEOPLE = (
    r"(?:kepala\s+negara(?:\s*(?:dan|atau|/)\s*(?:kepala\s+)?pemerintahan)?|"
    r"kepala\s+pemerintahan|pemimpin(?:\s+negara)?|pimpinan(?:\s+negara)?|presiden|"
    r"menteri(?:\s+luar\s+negeri|\s+pertahanan|\s+keuangan|\s+ekonomi|\s+perdagangan)?|"
    r"delegasi|perwakilan|utusan)"
)
_ID_GROUP = re.compile(
    r"(?<![\w-])(?:(?P<all>seluruh|semua|segenap)\s+)?(?:para\s+)?"
    r"(?:(?P<n>" + _ID_COUNT + r")\s+)?"
    r"(?:(?P<people>" + _ID_PEOPLE + r")\s+(?:(?:dari|negara)\s+)?)?"
    r"(?:(?P<n2>" + _ID_COUNT + r")\s+)?"
    r"(?:(?P<noun>negara(?:-negara)?(?:\s+(?P<status>anggota|pengamat))?|anggota)\s+)?",
    re.IGNORECASE,
)
_ID_OTHER = re.compile(r"\s+(?:yang\s+)?(?:lainnya|lain)(?![\w-])", re.IGNORECASE)
# attends, is present, takes part, is attended by ("diikuti oleh"), gathers, meets, is invited
# (not "tidak hadir": see below)
_ID_TAKES_PART = re.compile(
    r"(?<![\w-])(?:menghadiri|hadir|dihadiri|mengikuti|berpartisipasi|ikut\s+serta|"
    r"diikuti\s+oleh|berkumpul|bertemu|berunding|diundang|tiba)(?![\w-])",
    re.IGNORECASE,
)
_ID_NOT = re.compile(r"(?<![\w-])(?:tidak|tak|belum|batal)\s+(?:bisa\s+|dapat\s+|akan\s+)?$")
_ID_FUNCTION_WORDS = re.compile(
    r"(?<![\w-])(?:yang|dan|di|dari|oleh|dalam|para|dengan|pada|untuk|akan|tersebut|itu|ini)(?![\w-])",
    re.IGNORECASE,
)


def _read_indonesian(finder: BlocFinder, text: str, meeting_bloc: str) -> list[Collective]:
    """The collectives of a sentence in Indonesian or Malay (see the comment above)."""
    if not any(not _ID_NOT.search(text, 0, v.start()) for v in _ID_TAKES_PART.finditer(text)):
        return []  # "tidak bisa menghadiri": staying away, not taking part
    found: list[Collective] = []
    for m in _ID_GROUP.finditer(text):
        if not m[0] or not (m["people"] or m["noun"]):
            continue
        word = m["n"] or m["n2"]
        count = (int(word) if word.isdigit() else _ID_COUNTS[word.lower()]) if word else None
        if not (m["all"] or count):
            continue  # "para pemimpin ASEAN": a generic plural
        bloc_name = finder.bloc_re.match(text, m.end()) if finder.bloc_re else None
        bloc = _bloc_of(finder, bloc_name[0], meeting_bloc) if bloc_name else None
        if bloc is None and m["status"]:
            bloc = meeting_bloc  # "kesepuluh negara anggota": the meeting's bloc's
        if bloc is None:
            continue  # "sepuluh negara": no bloc says whose
        end = bloc_name.end() if bloc_name else m.end() - (len(m[0]) - len(m[0].rstrip()))
        other = _ID_OTHER.match(text, end)
        if other:
            # "sembilan pemimpin ASEAN lainnya": the nine and the one they are other to
            named = _states_just_before(finder, text, m.start())
            count = count + max(1, len(named)) if count else None
            end = other.end()
        if _LIST_FOLLOWS.match(text[end:]) and re.match(r"\s*[:(–—-]", text[end:]):
            continue  # named one by one: the names are read as such
        status = "observer" if (m["status"] or "").lower() == "pengamat" else "member"
        found.append(
            Collective(status, bloc, count, m.start(), end, _excepted_after(finder, text, end))
        )
    return found


# --- Vietnamese ---------------------------------------------------------------------------
# "các" makes a plural definite as the bloc named after it does in Russian: "lãnh đạo các nước
# ASEAN" (the leaders of the ASEAN countries), "các Bộ trưởng Quốc phòng các nước ASEAN", "tất
# cả các nước thành viên ASEAN" (all the ASEAN member countries), "mười nước ASEAN" (the ten
# ASEAN countries); the bloc by its name or by its acronym in brackets after its long name
# ("các nước Hiệp hội các quốc gia Đông Nam Á (ASEAN)"). The whole group with a quantifier, a
# count, or the people of the group by "các", in a sentence whose verb says it takes part.
_VI_LETTERS = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_VI_COUNTS = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12, "hai mươi": 20,
}  # fmt: skip
_VI_GROUP = re.compile(
    r"(?<!\w)(?:(?P<all>tất\s+cả)\s+)?"
    r"(?:(?P<n>\d{1,2}|" + "|".join(sorted(_VI_COUNTS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<the>các\s+)?(?:nước|quốc\s+gia)(?:\s+(?P<status>thành\s+viên|quan\s+sát\s+viên))?\s+",
    re.IGNORECASE,
)
_VI_LONG_NAME = re.compile(r"(?:\w+\s+){2,8}?\((?P<acronym>[A-Z][\w+-]{1,9})\)")
_VI_PEOPLE_BEFORE = re.compile(
    r"(?<!\w)(?:lãnh\s+đạo|trưởng\s+đoàn|nguyên\s+thủ|người\s+đứng\s+đầu|ngoại\s+trưởng|"
    r"bộ\s+trưởng(?:\s+\w+){0,3}?|đại\s+diện)\s+$",
    re.IGNORECASE,
)
_VI_TAKES_PART = re.compile(
    r"(?<!\w)(?:tham\s+dự|dự|tham\s+gia|có\s+mặt|chào\s+đón|họp)(?!\w)", re.IGNORECASE
)


def _read_vietnamese(finder: BlocFinder, text: str, meeting_bloc: str) -> list[Collective]:
    """The collectives of a sentence in Vietnamese (see the comment above)."""
    if not _VI_TAKES_PART.search(text):
        return []
    found: list[Collective] = []
    for m in _VI_GROUP.finditer(text):
        bloc_name = finder.bloc_re.match(text, m.end()) if finder.bloc_re else None
        if bloc_name is not None:
            bloc, end = _bloc_of(finder, bloc_name[0], meeting_bloc), bloc_name.end()
        else:
            long_name = _VI_LONG_NAME.match(text, m.end())
            bloc = _bloc_of(finder, long_name["acronym"], meeting_bloc) if long_name else None
            end = long_name.end() if long_name else m.end()
        if bloc is None:
            continue  # "các nước đối thoại" (the dialogue countries): no bloc says whose
        word = m["n"]
        count = (int(word) if word.isdigit() else _VI_COUNTS[word.lower()]) if word else None
        people = _VI_PEOPLE_BEFORE.search(text, 0, m.start())
        if not (m["all"] or count or (people and m["the"])):
            continue  # "nước ASEAN" alone: a generic plural
        if _LIST_FOLLOWS.match(text[end:]) and re.match(r"\s*[:(–—-]", text[end:]):
            continue  # named one by one: the names are read as such
        status = "observer" if (m["status"] or "").lower().startswith("quan") else "member"
        begin = people.start() if people else m.start()
        found.append(
            Collective(status, bloc, count, begin, end, _excepted_after(finder, text, end))
        )
    return found


# Armenian names a group by its bloc, its standing and its noun in the genitive, its people
# after it with the article: "ԵՏՄ անդամ պետությունների կառավարությունների ղեկավարները" (the
# heads of government of the EAEU member states), "ՀԱՊԿ բոլոր անդամ երկրների արտգործնախարարները"
# (the foreign ministers of all CSTO member countries). The whole group where "all" (բոլոր) or a
# count says so, or the people with the article in a sentence that says they take part
# (մասնակցել, կմասնակցեն), as "the leaders of the BRICS countries are expected to converge".
_HY_GROUP = re.compile(
    r"(?<!\w)(?:(?P<all>բոլոր)\s+)?(?:(?P<n>\d{1,2})\s+)?"
    r"(?P<status>անդամ|դիտորդ)\s+(?:պետություն|երկր)(?:ների|ները|ներն)"
    r"(?P<people>(?:\s+[^\s.,։:]+ների){0,2}\s+(?:ղեկավար|նախարար|արտգործնախարար|առաջնորդ|"
    r"վարչապետ|նախագահ|պատվիրակություն|ներկայացուցիչ)(?:ները|ներն))?"
)
_HY_TAKES_PART = re.compile(r"(?<!չ)(?:կ)?մասնակց|ժաման|հավաքվ")
_HY_ABSENT = re.compile(armenian.ABSENT_WORDS)


def _read_armenian(finder: BlocFinder, text: str, meeting_bloc: str) -> list[Collective]:
    """The collectives of a sentence in Armenian (see the comment above)."""
    if not _HY_TAKES_PART.search(text) or _HY_ABSENT.search(text) or finder.bloc_re is None:
        return []
    found: list[Collective] = []
    for m in _HY_GROUP.finditer(text):
        head = text[max(0, m.start() - 60) : m.start()]
        blocs = [b for b in finder.bloc_re.finditer(head) if not head[b.end() :].strip()]
        bloc = _bloc_of(finder, blocs[-1][0], meeting_bloc) if blocs else None
        if bloc is None:
            continue  # "անդամ երկրների" with no bloc before it: whose, the text does not say
        count = int(m["n"]) if m["n"] else None
        if not (m["all"] or count or m["people"]):
            continue  # "ԵԱՏՄ անդամ երկրների" alone: a generic plural
        status = "observer" if m["status"] == "դիտորդ" else "member"
        begin = m.start() - len(head) + blocs[-1].start()
        found.append(Collective(status, bloc, count, begin, m.end()))
    return found
