"""A report's text to proposed facts: meetings, who took part in which capacity, invitations.

Rule-based on the knowledge-base gazetteer (gazetteer.py), in four steps:

1. The text is cut into sentences (character offsets kept, so every quote is verbatim).
2. Each sentence is read for names: states (names, demonyms before an official's title,
   capitals as the subject of a verb), blocs, bodies, places, dates (dates.py).
3. A sentence naming a bloc or body with a meeting word ("summit", "meeting", …) mentions a
   meeting; mentions of one bloc and body that do not disagree on ordinal or date are one
   meeting. A sentence that names no meeting but says "the meeting" continues the last one.
4. In a meeting's sentences, a state named near a participation cue ("attended", "took part",
   "participating countries") is a participant; "did not attend", "skipped", "boycotted" make
   it absent; "invited", "will attend" make it invited. A capacity phrase next to the state
   or its list ("as the observer state", "observer states X and Y") gives its capacity;
   otherwise the knowledge base's status on the meeting's first day does (``"from": "kb"``).

Then every proposal is checked against the knowledge base (``_finish``): a capacity that
disagrees with the state's status that day, a host that is not a member, a meeting already
recorded (its IRI in ``existing``). A state taking part with no status in the bloc that day is
a guest. The host takes part as host where the text says it hosts (or, for a meeting held,
where the text names its city).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Protocol

from ..errors import InputError
from ..namespaces import ID
from . import armenian, cjk, collectives, languages, meeting_choice, meeting_finding
from .dates import (
    A_YEAR,
    FOREIGN_WEEKDAY_ALTERNATION,
    GERMAN_MONTHS,
    WEEKDAYS,
    DateMention,
    MonthDay,
    PartialDate,
    days_without_year,
    duration_days,
    find_dates,
    foreign_duration_days,
    parse_published,
    second_and_last_day,
    until_tomorrow,
    weekdays_named,
)
from .gazetteer import Body, Gazetteer, RecordedMeeting, romance_demonyms

CAPACITY_WORDS = [
    # "socios de diálogo", "parceiros de diálogo", "partenaires de dialogue", "Dialogpartner"
    (
        r"dialogue[- ]partners?|socios?\s+(?:de|del)\s+di[aá]logo|parceiros?\s+de\s+di[aá]logo|"
        r"partenaires?\s+de\s+dialogue|Dialogpartner\w*|partner\s+di\s+dialogo",
        "dialogue-partner",
    ),
    (r"partner[- ]countr(?:y|ies)|partner states?|BRICS partners?", "partner-country"),
    # "los países asociados al bloque", "Estados Asociados", "pays associés"
    (
        r"associate(?:d)? (?:members?|states?|countr(?:y|ies))|"
        r"(?:países|Estados?|pa[ií]s) asociad[oa]s?|(?:países|Estados?) associados?|"
        r"(?:pays|États?) associés?",
        "associate-member",
    ),
    (
        r"observers?(?: states?| countr(?:y|ies)| status| nations?)?|"
        # "como observador", "en tant qu'observateur", "als Beobachter", "osservatore"
        r"observador(?:es|as?)?|observat(?:eur|rice)s?|Beobachter\w*|osservator[eia]",
        "observer",
    ),
    (
        r"(?:special )?guests?(?: states?| countr(?:y|ies)| nations?)?|(?:special )?invitees?|"
        r"invitad[oa]s?"
        r"(?: especial(?:es)?)?|convidad[oa]s?|invitée?s?|"
        # "als Gast", "Gastland", "ospite", "invitato"
        r"G[aä]ste?|Gastl[aä]nder?|ospit[ei]|invitat[oaie]",
        "guest",
    ),
    (
        r"hosts?(?: countr(?:y|ies)| nation| state)?|hosting|"
        r"pa[ií]s\s+(?:sede|anfitri[oó]n)|pays\s+(?:hôte|d['’]accueil)|Gastgeber\w*|"
        r"paese\s+ospitante",
        "host",
    ),
    (
        r"co-?chairs?|chair(?:man|woman|person|ing)?(?: countr(?:y|ies))?|"
        r"presid[eê]ncia\s+pro\s+tempore|présidence\s+tournante|président\s+en\s+exercice|"
        r"Vorsitz\w*",
        "chair",
    ),
    (
        r"full members?|members?(?: states?| countr(?:y|ies)| nations?)?|"
        r"(?:Estados?|pa[ií]s(?:es)?)\s+(?:miembros?|membros?|partes?)|"
        r"(?:États?|pays)\s+membres?|Mitgliedsl[aä]nder\w*|Mitgliedstaat\w*|Stati\s+membri",
        "member",
    ),
    (r"partners?", "partner"),  # "as did partners Japan and Australia"
    *languages.CAPACITY_WORDS,  # in Russian and Arabic: "наблюдатель", "مراقب"
]
# Membership statuses that are also capacities of taking part.
STATUS_CAPACITIES = {
    "member",
    "observer",
    "dialogue-partner",
    "partner-country",
    "partner",
    "associate-member",
}
_CAPACITY_RE = [(re.compile(r"\b(?:" + p + r")\b", re.IGNORECASE), c) for p, c in CAPACITY_WORDS]

MEETING_WORDS = re.compile(
    r"\b(?:summits?|meetings?|conferences?|sessions?|councils?|assembl(?:y|ies)|talks|forums?|"
    # (not "ministerial-level", an adjective)
    r"gatherings?|ministerials?(?!-level)|consultations|conclaves?|retreat|EWG|"
    r"video-?conferences?|video-?teleconferences?|teleconferences?|webinars?|"
    # Spanish, Portuguese, French: reports quoted in their own language
    r"cumbres?|cúpulas?|cimeiras?|reuni[oó]n|reunião|sommets?|"
    r"asambleas?|assembleias?|assembl[ée]es?|"
    # German, Russian, Arabic (and more Spanish, Portuguese, French): meeting_finding's;
    # Russian and Arabic also languages.py's ("саммит", "заседание", "قمة", "اجتماع")
    + meeting_finding.FOREIGN_MEETING_NOUNS
    + "|"
    + languages.MEETING_NOUNS
    + r")\b",
    re.IGNORECASE,
)
# A gathering with no meeting word: "NATO leaders met in Vilnius", "defence ministers of the CSTO
# member states gathered in Bishkek", "SCO foreign ministers held talks".
GATHERING = re.compile(
    r"\b(?:leaders|heads of (?:state|government)|(?:[\w-]+\s+)?ministers|ministers of [\w ]{3,30}?|"
    r"chiefs(?: of [\w ]{3,20}?)?|envoys|presidents|prime ministers|delegations)\b[^.;]{0,90}?"
    r"\b(?:met|meet|meets|gathered|gather|convened|convene|assembled|came together|held talks|"
    r"hold talks|conferred|decided|agreed)\b",
    re.IGNORECASE,
)
ANAPHORA = re.compile(
    r"\b(?:the|this|that|its|today's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|"
    r"Friday's|Saturday's|two-day|three-day|one-day|virtual|annual)\s+(?:\w+\s+){0,2}?"
    r"(?:summit|meeting|conference|session|talks|forum|gathering|assembly|council|conclave)\b",
    re.IGNORECASE,
)
ATTEND = re.compile(
    r"\b(?:attend(?:ed|s|ing|ance)?|participat\w*|took part|take part|taking part|joined|"
    r"present|represented|delegations?|delegates|leaders?\s+(?:of|from)|"
    r"(?:was|were)\s+(?:an?\s+|the\s+)?(?:special\s+)?guests?|"
    r"heads? of (?:state|government)|"
    r"sent|gathered|met|included|including|attendees?|participants?|were there|arriv\w*|"
    r"welcomed\s+as|"
    # arriving, in the guest list, speaking there: "landed here for the two-day summit", "the
    # guest list also includes Turkish President Erdogan", "would deliver speeches"
    r"landed\s+(?:here|there|in|at)|touched\s+down|"
    r"(?:(?:guest|invitation|attendance|participants['’]?)\s+list|guests|invitees|participants|"
    r"attendees|they|those)\s+(?:[\w-]+\s+){0,4}?"
    r"include[sd]?|"
    r"deliver(?:ed|s|ing)?\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+)?"
    r"(?:speech|speeches|address|addresses|statements?)|"
    r"address(?:ed|es)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|conference|gathering)|"
    r"brings? together|brought together|convened|counterparts|delegations?|hosting|hosted|hosts|"
    r"representatives?\s+(?:at|to)\s+the|on\s+behalf\s+of|"
    # "representatives from Britain, Canada, ... agreed", "Os líderes do Brasil, Rússia, ...":
    # the people of the states a meeting brings together (as "leaders of")
    r"representatives\s+from|l[ií]deres\s+d(?:e|el|o|a|os|as)\b|"
    # "with presence of Sheikh ..., Emir of the State of Qatar", "in the presence of"
    r"(?:with|in)\s+(?:the\s+)?presence\s+of|"
    r"presencia|presença|asisti\w*|representad[oa]s?|représentée?s?|présence|delegaciones|"
    # "también asisten representantes de Colombia", "participarán", "participeront"
    # "se sumarán los representantes de los países asociados", "se juntarão"
    r"se\s+(?:sum|junt)(?:a|an|am|ó|ou|aron|aram|ará|arán|arão)|"
    r"asist(?:e|en)|particip(?:a|an|am|ó|ou|aron|aram|ará|arán|arão|e|ent|era|eront)|"
    # the noun: "têm a participação do embaixador da Índia", "con la participación de"
    r"participa(?:ção|ções|ción)|"
    # the subjunctive after "está previsto que", "se prevé que", "é esperado que": "asistan",
    # "participen", "participem"; and being there: "están presentes representantes de Perú",
    # "estão presentes", "sont présents" (not a bare "presente": "el presente año")
    r"asist(?:a|an)|particip(?:en|em)|"
    # gathered, as English's "gathered" and "met": "se sont réunis à Deauville", "se
    # reunieron en Lima", "reuniram-se em Brasília", "reunidos en Panamá"
    r"se\s+sont\s+réuni(?:e|s|es)?|se\s+réuni(?:ssent|ront)|se\s+reun(?:ieron|irán|iram|irão)|"
    r"reuniram-se|reunid[oa]s|"
    # Italian: "Al vertice partecipano Canada, Francia ...", "I Paesi coinvolti sono quelli
    # del G-8 (Canada, ...)", "si uniranno quelli del Gruppo dei Cinque (Brasile, ...)"
    r"partecip(?:a|ano|ato|ata|ati|ate|erà|eranno|avano|ò|arono)|coinvolti|"
    r"si\s+(?:unir(?:à|anno)|uniscono|unisce|sono\s+unit[ie])|"
    r"(?:prend(?:e|ono)|prender(?:à|anno)|(?:ha|hanno)\s+preso|pres[eo])\s+parte|"
    r"(?:est(?:á|án|aba|aban|ará|arán|uvo|uvieron|ão|ava|avam|arão|eve|iveram)|"
    r"(?:sont|seront|étaient|était|est|sera))\s+(?:(?:también|tambem|também|aussi)\s+)?"
    r"pr[eé]sent[ea]?s?|"
    # "Parmi les présents, on note ...", "entre los presentes", "among those present": a list
    r"(?:parmi\s+les|entre\s+los|entre\s+os|among\s+those)\s+pr[eé]sent(?:e?s)?|"
    # "Los ministros de Finanzas presentes son Olaf Scholz, de Alemania; ...": the list after
    r"pr[eé]sent[ea]?s\s+(?:son|eran|fueron|serán|são|eram|foram|serão|sont|étaient|seront)|"
    r"represente|representen|representará\w*|mandatarios\s+de|presidentes\s+d(?:e|el|o|a|os|as)|cancilleres\s+de|"
    # the same in Portuguese and French: "os presidentes do Brasil ... e da África do Sul"
    r"chefes\s+de\s+Estado\s+d[eoa]s?|chanceleres\s+d[eoa]s?|chefs\s+d['’]État\s+d[eu]s?|"
    r"jefes\s+de\s+Estado\s+de|"
    # Swahili: "Mkutano huo utahudhuriwa na nchi wanachama 15 ..., zikiwemo Algeria, Angola"
    # (will be attended by), "walihudhuria", "wanashiriki" (take part)
    r"\w*hudhuri\w*|\w*shiriki\w*|zikiwemo|wakiwemo|"
    # German, Russian, Arabic: meeting_finding's and languages.py's ("приняли участие", "شارك")
    + meeting_finding.FOREIGN_ATTEND
    + "|"
    + languages.ATTEND_WORDS
    + r")\b",
    re.IGNORECASE,
)
ABSENT = re.compile(
    r"\b(?:did not attend|didn't attend|did not take part|did not participate|not attend(?:ing)?|"
    r"abstained (?:itself |himself |herself |themselves )?from (?:the |this |a )|"
    r"(?:did|will|would)\s+not\s+send|(?:didn't|won't)\s+send|"
    # "Armenia will not take part in this week's summit": a non-attendance announced
    r"(?:will|would|shall)\s+not\s+(?:participate|take\s+part|be\s+present)|"
    r"won't\s+(?:attend|participate|take\s+part|be\s+present)|"
    r"(?:decided|decision|chose|choice|plans?|planned)\s+not\s+to\s+(?:attend|participate|travel|go)|"
    r"skip(?:ped|s|ping)?|boycott\w*|absent(?:ees?)?|absence|stayed away|stay away|no-show|"
    # Swahili's negative: "hakuhudhuria" (did not attend), "hawatashiriki" (will not take part)
    r"ha(?:ku|wa|ta|ja|wata|waku|ija|ita)\w*(?:hudhuri|shiriki)\w*|"
    r"declined to "
    r"(?:attend|join|participate)|pulled out|withdrew from|was not represented|were not "
    r"represented|missed|sat out|stayed home|chose not to|(?:did|will|would) not travel|"
    r"ausentes?|no asisti\w*|no asistirá\w*|tampoco asistirá\w*|no participa\w*|"
    # "Venezuela ... se ausentó en protesta", "ausentou-se", "s'est absenté": absented itself
    r"se\s+ausent\w+|ausentou-se|ausentaram-se|s['’](?:est|sont)\s+absent\w*|"
    # "will not be able to attend", "cannot participate in this weekend's summit"
    r"(?:not\s+be\s+able|unable|not\s+able)\s+to\s+(?:attend|participate|take part|join)|"
    r"(?:cannot|can\s*not|can't|could\s+not|couldn't)\s+(?:attend|participate|take part|join)|"
    + meeting_finding.FOREIGN_ABSENT
    # Russian and Arabic (languages.py): "не приехал", "отсутствовал", "غاب"
    + "|"
    + languages.ABSENT_WORDS
    + r")\b",
    re.IGNORECASE,
)
# The future tense in Spanish and Portuguese ("tendrá", "asistirán"), and French's near future:
# what a sentence says of the days it names (not, like FUTURE, of the years it names).
_FUTURE_TENSE = re.compile(r"\b(?:\w+(?:rá|rán|rão)|sera|seront|va\s+se|vont\s+se)\b", re.I)
INVITE = re.compile(
    r"\b(?:invit\w*|will attend|would attend|to attend|expected to (?:attend|join|participate)|"
    r"will (?:also )?(?:take part|participate|join)|"
    r"is set to (?:attend|join)|are set to (?:attend|join)|"
    r"will send|would send|(?:is|are) sending|to send|" + languages.INVITE_WORDS + r")\b",
    # Russian and Arabic (languages.py): "приглашены", "примут участие", "سيشارك"
    re.IGNORECASE,
)
FUTURE = re.compile(
    r"\b(?:will|would|shall|to be held|is to|are to|scheduled|upcoming|next|planned|set to|slated|"
    r"forthcoming|due to (?:be|take|hold|meet|open|start|convene|attend)|"
    r"expected|later this|"
    # reports quoted in Spanish, Portuguese, French: "el próximo 31 de mayo", "será"
    r"próxim[oa]s?|será|serán|estará|estarán|se celebrará|se realizará|prochaine?s?|aura lieu|"
    # Romanian: "la care vor lua parte șefii statelor", "va participa"
    r"(?:vor|va)\s+(?:lua\s+parte|participa|fi\s+prezen\w+)|" + languages.FUTURE_WORDS + r")\b",
    # Russian and Arabic (languages.py): "состоится", "ستعقد", "المقبل"
    re.IGNORECASE,
)
HOST_BEFORE = re.compile(
    r"(?:hosted by|host(?:ed)? in|organi[sz]ed by|held in|holds? in|convened in|took place in|"
    r"takes place in|in the \w+ capital(?: of)?|\bin|\bat)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
HOST_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:\w+\s+){0,1}(?:hosts|hosted|will host|is hosting|was hosting|will be hosting|"
    # "the G7 Leaders’ Summit the U.S. was set to host"
    r"(?:was|is|were|are)\s+(?:set|due|scheduled|slated|expected|to)\s+(?:to\s+)?host|"
    r"as (?:a |the )?host|is the host|was the host|the host|"
    # "the U.S. will hold next year's summit"
    r"will hold (?:the |its |next year['’]s )?(?:next |\d{4} )?(?:[\w-]+ )?(?:summit|meeting)|"
    # "fecha elegida por Brasil para realizar la cumbre", "Brasil sediará a cúpula"
    r"para realizar (?:la|el) (?:cumbre|reunión|encuentro)|realizará|acogerá|albergará|"
    r"será (?:el |la )?(?:anfitri[oó]n[a]?|sede)|sediará|sediou|sedia|"
    # the host country named so, in French, Spanish, Portuguese, Italian and German: "la France,
    # pays d'accueil", "Brasil, país anfitrión", "Deutschland ist Gastgeber"
    r"pays\s+(?:hôte|d['’]accueil)|pa[ií]s\s+(?:anfitri[oó]n|anfitrião|sede)|paese\s+ospitante|"
    r"Gastgeber(?:land|in)?|"
    # verbs of hosting a meeting, the meeting noun required ("la France accueille le sommet",
    # not "accueille favorablement la décision")
    r"(?:accueill\w+|ospit\w+)\s+(?:(?:le|la|les|l['’]|il|lo|i|gli|un|une|uno|una)\s*)?"
    r"(?:[\w-]+\s+){0,2}?(?:sommet|réunion|conférence|rencontre|session|vertice|riunione|summit|"
    r"conferenza|incontro|sessione)|"
    # Russian "принимает саммит" (not "принимает участие": takes part)
    r"(?:принима(?:ет|ла|л|ть)|прим(?:ет|ут))(?!\s+участи)\s+(?:\w+\s+){0,2}?"
    r"(?:саммит\w*|заседани\w*|встреч\w*|совещани\w*|сесси\w*))(?!\w)",
    re.IGNORECASE,
)
PERSON_NOUNS = (
    r"(?:officials?|delegation|delegates|delegate|side|team|minister|ministers|prime minister|"
    r"president|leader|leaders|government|military officers?|officers?|representatives?|envoys?|"
    r"ambassadors?|counterparts?|foreign minister|defence minister|defense minister|"
    r"premier|chancellor|king|emir|head of state|troops|armed forces|navy|army|"
    # after a Russian state adjective: "армянская делегация", "казахстанская сторона"
    + languages.PERSON_NOUNS
    # after a German state adjective: "der russische Präsident", "die deutsche
    # G7-Präsidentschaft", "des chinesischen Außenministers", "die französische Seite"
    + r"|[\w-]*(?:präsident|minister|kanzler|regierung|delegation)\w*|regierungschef\w*|"
    r"staatschef\w*|seite|vertreter\w*|amtskolleg\w*" + r")"
)
# The titles a Spanish, Portuguese or French demonym follows: "el presidente argentino", "la
# presidenta chilena", "o anfitrião brasileiro", "le président sénégalais".
_ROMANCE_TITLE_BEFORE = re.compile(
    r"\b(?:president[ea]|mandatari[oa]|canciller|chanceler|primer\s+ministro|"
    r"primeir[oa][-\s]ministr[oa]|ministr[oa]|jefe\s+de\s+Estado|chefe\s+de\s+Estado|"
    r"vicepresident[ea]|vice-president[ea]|delegaci[oó]n|delegação|gobierno|governo|rey|rei|"
    r"anfitri[oó]n[a]?|anfitriã[o]?|homólog[oa]|líder|président(?:e)?|premier\s+ministre|"
    r"ministre|délégation|gouvernement|chef\s+de\s+l['’][ÉE]tat|homologue|dirigeant|"
    # "le chef d'Etat rwandais", "la chancelière allemande", "il primo ministro giapponese",
    # "la delegazione cinese", "el jefe de Gobierno español", "o premiê italiano"
    r"chef\s+d['’][ÉE]tat|chef\s+du\s+gouvernement|chancel\w+|cancillera?|cancelliere|"
    r"primo\s+ministro|delegazione|premi[eê]r?|jef[ea]\s+de\s+Gobierno|chefe\s+de\s+governo|"
    r"omolog[oa]|capo\s+dello\s+Stato|re|roi|émir|emir)"
    # a title's complement between it and the demonym: "le ministre des Affaires étrangères
    # algérien", "el ministro de Relaciones Exteriores peruano", "le président du Conseil
    # italien"
    r"(?:\s+(?:d[eo]s?|du|da|del|della|dell['’]|de\s+la|de\s+l['’])\s*"
    r"(?:[\w’'-]+\s+){0,3}?)?\s*$",
    re.IGNORECASE,
)
_ROMANCE_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|o|a|le)\s+$")
_NAME_AFTER = re.compile(r",?\s+[A-ZÁÉÍÓÚ][a-záéíóúñàâçèêëîïôûü]+")


def _title_before(text: str, name: str, begin: int, end: int) -> bool:
    """A demonym written after the title it qualifies: Arabic's ("الملك البحريني", the Bahraini
    king), and Spanish, Portuguese and French ones in lower case ("el presidente argentino";
    also between an article and a name: "el argentino Mauricio Macri")."""
    before = max(0, begin - 40)
    if languages.is_arabic(name):
        return bool(languages.AR_PERSON_BEFORE.search(text[before:begin]))
    if languages.is_cyrillic(name):
        # "секретарь российского Совбеза Николай Патрушев", "глава белорусского МИД": the
        # official of the state's institution, the demonym between them
        return bool(
            _RU_OFFICIAL_BEFORE.search(text, before, begin)
            and _RU_INSTITUTION_AFTER.match(text, end)
        )
    if not name[0].islower():
        # French writes a demonym standing for a person with a capital: "le Sénégalais Macky
        # Sall", "le Malien Ibrahim Boubacar Keïta" (only between an article and a name, or
        # after a title: "Le président Gabonais, Ali Bongo")
        return name in _capitalised_romance() and bool(
            (_ROMANCE_ARTICLE_BEFORE.search(text, before, begin) and _NAME_AFTER.match(text, end))
            or _ROMANCE_TITLE_BEFORE.search(text, before, begin)
        )
    return bool(
        _ROMANCE_TITLE_BEFORE.search(text, before, begin)
        or (_ROMANCE_ARTICLE_BEFORE.search(text, before, begin) and _NAME_AFTER.match(text, end))
    )


_RU_OFFICIAL_BEFORE = re.compile(
    r"(?<!\w)(?:секретар|глав|руководител|председател|заместител|министр|посл)[ьяюеоаыу]*"
    r"(?:м|й|ми)?\s+$",
    re.IGNORECASE,
)
_RU_INSTITUTION_AFTER = re.compile(
    r"\s+(?:Совбеза|Совета\s+безопасности|МИД\w*|Минобороны|министерства|правительства|"
    r"ведомства|делегации|Генштаба|Минфина|Минэкономразвития|парламента|Госдумы|Сената)(?!\w)"
)


@functools.cache
def _capitalised_romance() -> frozenset[str]:
    return frozenset(d for d, _iso3 in romance_demonyms() if d[0].isupper())


_DEMONYM_ROLE = re.compile(r"^\s+(?:[A-Z]?[a-z]+\s+){0,2}?" + PERSON_NOUNS + r"\b", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:the\s+)?")
_CAPITAL_AS_GOVERNMENT = re.compile(
    r"^\s+(?:has|have|had|was|is|will|would|did|sent|said|says|joined|attended|boycotted|"
    r"skipped|declined|refused|agreed|hosted|hosts)\b"
)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
# A Roman numeral of two or more capitals ("XXIV"; not "I", nor a word in capitals)
_ROMAN_NUMERAL = r"(?-i:C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
_ROMAN = re.compile(r"(?=[IVXLC]{2,})" + _ROMAN_NUMERAL)
_ORDINAL = (
    # ("the 43 rd ASEAN Economic Ministers' Meeting": a space before the suffix)
    # (and Armenian's "-րդ" after a hyphen: "8-րդ նիստը", the 8th session)
    r"(?P<ord>\d{1,3}(?:\s?(?:st|nd|rd|th)|ª|º|°|e|ème|er|-րդ)|"
    + "|".join(_ORDINAL_WORDS)
    + r"|(?-i:(?=[IVXLC]{2,}\b)"
    + _ROMAN_NUMERAL
    + r"))"
)
# An ordinal written the English way ("13th", "second", "XXIV"), not "13ª", "29ème", "32e"
_ENGLISH_ORDINAL = re.compile(
    r"\d{1,3}\s?(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r"|[IVXLC]+", re.IGNORECASE
)
# "all eight members", "all ten ASEAN member states", "foreign ministers of all SCO member
# countries": with a count, or with "all" and no count (the count is then the knowledge base's).
_COLLECTIVE = re.compile(
    r"\b(?:(?P<all>all)\s+(?:the\s+|of\s+the\s+|its\s+|their\s+)?|(?P<our>our|its|their)\s+)?"
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d+)\s+)?"
    r"(?:(?P<bloc>(?!member\b|observer\b|dialogue\b)[A-Z][\w-]*)\s+"
    # "all ASEAN (the Association of Southeast Asian Nations) member states": a gloss
    r"(?:\([^()]{1,80}\)\s+)?)?"
    r"(?P<what>member(?:s| states| countries| nations)?|"
    r"observer(?:s| states| countries)?|dialogue partners|nations|countries|states)\b",
    re.IGNORECASE,
)


class StatusReader(Protocol):
    """The knowledge-base checks: statuses in a bloc on a day, and the statuses that held
    throughout a span of days (report.KBStatus)."""

    def __call__(self, bloc: str, day: date) -> dict[str, str]: ...

    def during(self, bloc: str, first: date | None, last: date) -> dict[str, str]: ...

    def stretches(
        self, bloc: str, first: date | None, last: date
    ) -> list[tuple[date, date, dict[str, str]]]: ...

    def joined_during(
        self, bloc: str, first: date | None, last: date
    ) -> dict[str, tuple[str, str]]: ...

    def suspended_status(self, bloc: str, iso3: str, day: date | None) -> str: ...


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class StateMention:
    iso3: str
    begin: int  # offsets in the whole text
    end: int
    via: str  # name, demonym, capital


@dataclass
class Participant:
    state: str  # ISO3
    capacity: str | None
    attendance: str
    source: str  # text or kb
    inferred: bool
    quote: str
    conflicts: list[str] = field(default_factory=list)


@dataclass
class Invitation:
    state: str
    to: str
    quote: str


@dataclass
class Meeting:
    bloc: str
    body: Body | None = None
    ordinal: int | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    date_quote: str | None = None
    host: str | None = None
    host_quote: str | None = None
    city: str | None = None
    quote: str = ""
    first_offset: int = 0
    year_hint: int | None = None  # a year the text gives ("later this year"): not a date
    mentions: int = 0
    future: bool = False
    host_from_city: bool = False  # the host is the country of the city named
    host_from_name: bool = False  # ... named in the meeting's name ("the Madrid Summit")
    host_from_record: bool = False  # the recorded meeting's host, a state the text names
    city_quote: str | None = None
    called_off: bool = False  # "postponed", "cancelled"
    next_one: bool = False  # named as "the next meeting"
    part_of: Meeting | None = None  # "the AMM, as part of the 42nd ASEAN Summit"
    joint: bool = False  # "will attend a joint session by video link": with a partner
    named_at: set[int] = field(default_factory=set)  # where in the text a mention names it
    twin_of: Meeting | None = None  # "the 40th and 41st ASEAN summits": held with that one
    extraordinary: bool = False  # named "extraordinary" ("the 16th Extraordinary Summit")
    series: str | None = None  # the series IRI, where the body's meetings fall in several
    named_series: str | None = None  # the series the text's name for it gives
    kind: str | None = None  # "summit" or "ministerial", as named: one is not the other
    partner: str | None = None  # the other bloc of a summit between two blocs
    partner_state: str | None = None  # "the NATO-Russia Council": the state the bloc meets
    opened_on: date | None = None  # "kicked off on Thursday": the first day, the last not said
    # Collective mentions ("all eight members"): (status, count, attendance, quote), expanded
    # from the knowledge base once the meeting's first day is known.
    collective: list[tuple[str, int | None, str, str]] = field(default_factory=list)
    excepted: set[str] = field(default_factory=set)  # "the SCO nations save Pakistan"
    # "The 33 remaining states": for that collective (its index), the states named before it.
    named_before: dict[int, frozenset[str]] = field(default_factory=dict)
    existing: RecordedMeeting | None = None
    participants: dict[str, Participant] = field(default_factory=dict)
    invitations: dict[str, Invitation] = field(default_factory=dict)
    # States read only from an official of theirs named in a sentence about the meeting, kept
    # only where the state holds a standing in the bloc then (_read_officials)
    by_office: set[str] = field(default_factory=set)
    # "chaired by the President of Rwanda": the state whose envoy chairs the meeting, its quote
    # (and whether the text says it takes part: "chaired by" does, a title alone does not)
    chairs: dict[str, tuple[str, bool]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    label: str = ""


@dataclass
class Extraction:
    meetings: list[Meeting]
    warnings: list[str]
    published: PartialDate | None
    text: str


# --- sentences ----------------------------------------------------------------------------

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|Prof|Maj|Capt|vs|etc|i\.e|e\.g)|\b[A-Z]|U\.S|U\.K|U\.N)\.$"
)
# Cyrillic capitals, Kazakh's and Uzbek's letters too (a character class's inside).
_CYRILLIC_CAPITALS = "А-ЯЁӘҒҚҢӨҰҮҺІЎҲЈ"
# A Cyrillic initial ("министр С. Лавров", "Д.Ф. Мезенцев"): a name goes on after it, not a new
# sentence.
_CYRILLIC_INITIAL = re.compile(r"(?<![^\W\d_])[" + _CYRILLIC_CAPITALS + r"]\.$")
# (and "... Pramudwinai.The forum is attended": a full stop with the space after it lost)
# (a sentence in Russian opens with a Cyrillic capital, one in Arabic with any Arabic letter,
# and may end on the Arabic question mark)
_BOUNDARY = re.compile(
    r"[.!?؟][”\"’'»)]*\s+(?=[“\"‘'«(]?[A-Z0-9А-ЯЁ\u0621-\u064a\u0531-\u0556])|\n\s*\n|"
    # Armenian ends a sentence on its full stop "։", which many sites write as a colon
    r"[։:][”\"’'»)]*\s+(?=[“\"‘'«(]?[\u0531-\u0556])|\n(?=[A-Z“\"А-ЯЁ"
    + cjk.HAN
    + "\u0531-\u0556"
    + r"])|"
    r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2})|"
    # Chinese ends a sentence on "。", "！", "？" with no space after (cjk.py)
    r"[" + cjk.SENTENCE_ENDS + r"][”\"’'」』)]*\s*"
)


# A line that ends on a word no sentence ends on: the sentence goes on after the line break.
_DANGLING = re.compile(
    r"\s(?:in|at|of|the|a|an|to|and|or|for|by|with|from|on|into|its|their|his|her)$"
)


def _wrapped(text: str, at: int) -> bool:
    """Whether the line ending at ``at`` is a long line cut mid-sentence (copies of reports
    are often hard-wrapped), not a title or the end of a paragraph."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:at].rstrip()
    words = re.findall(r"[A-Za-z]\w*", line)
    headline = sum(w[0].isupper() for w in words) > 0.6 * max(1, len(words))
    if len(words) >= 5 and _DANGLING.search(line):
        return True  # "... the CIS Council of Foreign Ministers meeting in\nBishkek."
    next_end = text.find("\n", at + 1)
    next_line = text[at + 1 : next_end if next_end >= 0 else len(text)]
    if len(line) < 100 and len(next_line) > 2 * len(line) + 40:
        # "GCC ministerial council meeting held in Riyadh, strategic talks on agenda" over a
        # paragraph that is one long line: a headline (a hard-wrapped copy wraps every line)
        return False
    return (
        len(line) >= 70
        and not re.search(r"[.!?:;\"”’)]$", line)
        and not headline
        and not _NOT_REPORT.match(line)
    )


_GERMAN_DAY = re.compile(r"(?<![\d.])[0-3]?\d\.$")
_GERMAN_MONTH = re.compile(r"(?:" + "|".join(GERMAN_MONTHS) + r")\b", re.IGNORECASE)


def split_sentences(text: str) -> list[Sentence]:
    sentences, start = [], 0
    for m in _BOUNDARY.finditer(text):
        head = text[start : m.start() + 1]
        if m[0].startswith("\n") and _wrapped(text, m.start()):
            continue  # a hard-wrapped sentence goes on after the line break
        if "\n" in m[0] and text[m.end() : m.end() + 1].islower():
            continue  # "... Summit\n\nand the 18th East Asia Summit": the sentence goes on
        if "\n\n" not in m[0] and _ABBREVIATIONS.search(head.rstrip("”\"’')")):
            continue
        if "\n" not in m[0] and _CYRILLIC_INITIAL.search(head):
            continue
        if "\n" not in m[0] and _GERMAN_DAY.search(head) and _GERMAN_MONTH.match(text, m.end()):
            continue  # "vom 18. bis 20. Mai": a German day's dot, not a sentence's end
        end = m.end()
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(start + lead, start + lead + len(stripped), stripped))
        start = end
    chunk = text[start:]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(start + lead, start + lead + len(chunk.strip()), chunk.strip()))
    return sentences


# --- names ----------------------------------------------------------------------------------


# A name is a whole word: no letter, digit or hyphen beside it. (Bengali's and Devanagari's
# vowel signs are no \w: "চীন" is no name inside "প্রাচীন", ancient, nor "भारत" inside
# "भारतीय", Indian.) A state's name in Bengali is listed with its
# case endings (languages.py); a bloc's or a body's is not, so after those a Bengali ending may
# follow ("সার্কের", SAARC's): the ending starts with a vowel sign, which is no \w.
_EDGE_LETTERS = languages.SCRIPT_LETTERS["bengali"] + languages.SCRIPT_LETTERS["devanagari"]
_WHOLE_NAME_BEFORE = rf"(?<![\w{_EDGE_LETTERS}-])"
_WHOLE_NAME_AFTER = rf"(?![\w{_EDGE_LETTERS}-])"
_NAME_THEN_ENDING = r"(?![\w-])"


def _alternation(
    names: Iterable[str], flags: int = 0, after: str = _WHOLE_NAME_AFTER, summits: bool = False
) -> re.Pattern[str] | None:
    """One pattern for all the names, longest first, whole words only; with ``summits``, a
    summit's name also with its acronym and a kind of summit before the word "Summit"
    (``_SUMMIT_QUALIFIED``)."""
    ordered = sorted({n for n in names if n}, key=len, reverse=True)
    if not ordered:
        return None

    def pattern(name: str) -> str:
        written = re.escape(name).replace("\\ ", r"\s+").replace("'", "['’]")
        written = written.replace("\\-", r"[-\s]")
        if summits and name.lower().endswith(" summit"):
            written = written[: -len(r"\s+summit")] + _SUMMIT_QUALIFIED + written[-6:]
        return written

    body = "|".join(pattern(n) for n in ordered)
    return re.compile(_WHOLE_NAME_BEFORE + r"(?:" + body + r")" + after, flags)


# "the ASEAN Plus Three (APT) Commemorative Summit", "the ASEAN-Australia Special Summit": a
# summit's name with its acronym and its kind before the word "Summit" (taken out again to look
# the name up: _summit_name)
_SUMMIT_QUALIFIED = (
    r"\s+(?:\([A-Z]{2,6}\)\s+)?(?:(?:Commemorative|Special|Extraordinary|Emergency)\s+)?"
    r"(?:\([A-Z]{2,6}\)\s+)?"
)
_SUMMIT_QUALIFIERS = re.compile(_SUMMIT_QUALIFIED + r"(?=Summit$)", re.IGNORECASE)
# "the 20th Association of Southeast Asian Nations (ASEAN) Plus Three Commemorative (APT)
# Summit": a bloc's full name glossed by its short one, where a body's name has the short one
_GLOSSED_BLOC = re.compile(
    r"(?P<full>(?-i:[A-Z])[\w-]*(?:\s+(?:of|for|and|the|(?-i:[A-Z])[\w-]*)){1,8})"
    r"\s+\((?P<short>[A-Z]{2,6})\)"
)


def _summit_name(key: str) -> str:
    """A summit's name as matched, without the acronym and kind ``_SUMMIT_QUALIFIED`` allows."""
    return _SUMMIT_QUALIFIERS.sub(" ", key)


# "the NATO-Russia Council", "the NATO–Ukraine Council": two parties' names joined by a hyphen
_JOINT_COUNCIL = re.compile(r"(?<![\w-])(?P<a>[A-Z][\w.]*)[-–](?P<b>[A-Z][\w.]*)\s+Council\b")


def _normalise(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


_ACRONYM = re.compile(r"[A-Z]{4,6}")


class Matcher:
    """Compiled patterns over a gazetteer (built once per process)."""

    def __init__(self, gaz: Gazetteer, scripts: frozenset[str] = frozenset()) -> None:
        self.gaz = gaz
        # bloc -> {ISO3: (body, series)} of its summits with one state (_partner_series)
        self.partner_series: dict[str, dict[str, tuple[Body, str]]] = {}

        outside = languages.letters_outside(scripts)

        def written(names: Iterable[str]) -> list[str]:  # the names in the text's scripts
            # (names in Chinese are read through the gloss, in English: cjk.py)
            # (and "Nga", Russia in Vietnamese, only in a Vietnamese text: languages.py)
            return [
                n
                for n in names
                if not (outside is not None and outside.search(n))
                and not cjk.is_han(n)
                and languages.NAME_NEEDS_SCRIPT.get(n, "") in scripts | {""}
            ]

        self.state_re = _alternation(written(gaz.state_names))
        self.demonym_re = _alternation(written(gaz.demonyms))
        self.capital_re = _alternation(written(gaz.capitals))
        self.place_re = _alternation(written(gaz.places))
        # "Brics", "Nato", "Asean": an acronym as some papers write it, in title case
        # and a name in another language with its words capitalised ("Union Africaine")
        self.bloc_lookup = {
            **{
                n.title(): b
                for n, b in gaz.bloc_names.items()
                if _ACRONYM.fullmatch(n) or re.fullmatch(r"[A-Z][a-z]+(?: [a-zé]+)+", n)
            },
            # "the South Asian Association For Regional Cooperation": a headline's capitals
            # on the small words of a bloc's name
            **{
                " ".join(w[:1].upper() + w[1:] for w in n.split()): b
                for n, b in gaz.bloc_names.items()
                if re.search(r" (?:for|of|the|and) ", n)
            },
            # names in other languages the knowledge base does not give (meeting_finding's)
            # (an Arabic name with the prefixes Arabic writes on it: "لمجلس التعاون")
            **{
                form: b
                for n, b in meeting_finding.FOREIGN_BLOC_NAMES.items()
                if b in gaz.bloc_names.values()
                for form in (
                    languages.arabic_forms(n)
                    if languages.is_arabic(n)
                    else meeting_finding.name_forms(n)
                )
            },
            **gaz.bloc_names,
        }
        self.bloc_re = _alternation(written(self.bloc_lookup), after=_NAME_THEN_ENDING)
        # "G7-Gipfel", "NATO-Gipfel", "G20-Treffen", "G7-Finanzministertreffen": a bloc's name
        # joined by a hyphen to a meeting noun is the bloc (German writes its meetings so); not
        # "EU-Japan", "NATO-Russia" (a party after the hyphen: a joint meeting).
        self.bloc_compound_re = (
            re.compile(self.bloc_re.pattern.removesuffix(_NAME_THEN_ENDING) + r"(?=[-‐])")
            if self.bloc_re is not None
            else None
        )
        acronyms: dict[str, list[Body]] = {}
        phrases: dict[str, list[Body]] = {}
        for body in gaz.bodies:
            for alias in _body_aliases(body, gaz):
                target = acronyms if alias.isupper() and len(alias) <= 6 else phrases
                known = target.setdefault(alias.lower() if target is phrases else alias, [])
                if all(b.iri != body.iri for b in known):
                    known.append(body)
        self.body_acronyms = acronyms
        self.body_phrases = phrases
        self.acronym_re = _alternation(written(acronyms), after=_NAME_THEN_ENDING)
        self.phrase_re = _alternation(
            written(phrases), re.IGNORECASE, _NAME_THEN_ENDING, summits=True
        )
        # "Eurasian Economic Union" -> "Eurasian": the proper word a bloc's name opens with,
        # which also names its own councils ("the Eurasian Intergovernmental Council").
        openers: dict[str, set[str]] = {}
        for name, bloc in gaz.bloc_names.items():
            words = name.split()
            if (
                len(words) >= 3
                and re.fullmatch(r"[A-Z][a-z]+", words[0])
                and words[0] not in _NOT_PROPER
                and words[1].lower() not in ("of", "for", "de", "des", "du", "del", "dos", "das")
            ):
                openers.setdefault(words[0], set()).add(bloc)
        self.openers = {w: next(iter(b)) for w, b in openers.items() if len(b) == 1}
        self.opener_re = (
            re.compile(
                r"\b(?P<opener>" + "|".join(map(re.escape, sorted(self.openers))) + r")\s+"
                r"(?:[A-Z][\w-]+\s+){0,3}?(?:Council|Summit|Assembly|Conference|Forum)\b"
            )
            if self.openers
            else None
        )

    def states(self, text: str, offset: int = 0) -> list[StateMention]:
        found: list[StateMention] = []
        taken: list[tuple[int, int]] = []
        for pattern, table, via in (
            (self.state_re, self.gaz.state_names, "name"),
            (self.demonym_re, self.gaz.demonyms, "demonym"),
            (self.capital_re, self.gaz.capitals, "capital"),
        ):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                    continue
                name = re.sub(r"\s+", " ", m[0]).replace("’", "'")
                # "Timor Leste" for "Timor-Leste": the pattern allows either
                iso3 = table.get(name) or table.get(m[0]) or table.get(name.replace(" ", "-"))
                if iso3 is None:
                    continue
                after = text[m.end() : m.end() + 60]
                not_before = languages.NAME_NOT_BEFORE.get(name)
                if not_before is not None and not_before.match(after):
                    continue  # "Mỹ Latinh": Latin America, not the United States
                if via == "demonym" and not (
                    self._demonym_role(text, m.end())
                    or _title_before(text, name, m.start(), m.end())
                ):
                    continue  # a nationality ("a Chinese diplomat"), not a government
                if via == "capital" and not _CAPITAL_AS_GOVERNMENT.match(after):
                    continue  # a place, not a government
                if (
                    via == "name"
                    and armenian.is_armenian(name)
                    and not armenian.OBLIQUE_CASE.search(name)
                    and (
                        armenian.DESTINATION_BEFORE.search(text, max(0, m.start() - 30), m.start())
                        or armenian.DESTINATION_AFTER.match(text, m.end())
                    )
                ):
                    # "մեկնել է Վրաստան": where someone went, not who took part (not "մեկնել է
                    # Հայաստանի վարչապետը", the Prime Minister of Armenia has left)
                    continue
                if via == "name" and self._surname(text, m.start()):
                    continue  # "o chanceler Carlos Alberto França": a person's surname
                taken.append((m.start(), m.end()))
                found.append(StateMention(iso3, offset + m.start(), offset + m.end(), via))
        return sorted(found, key=lambda s: s.begin)

    def _surname(self, text: str, at: int) -> bool:
        """The state's name at ``at`` ends a person's name: two given names before it, neither
        a title nor a word of the gazetteer ("Carlos Alberto França", "Laurent Salvador")."""
        m = _GIVEN_NAMES.search(text, max(0, at - 40), at)
        if m is None:
            return False
        return not any(
            w in _NAME_TITLES
            or w in self.gaz.state_names
            or w in self.gaz.demonyms
            or w in self.gaz.capitals
            for w in (m["first"], m["second"])
        )

    def _demonym_role(self, text: str, at: int) -> bool:
        """A demonym before an official's title, or in a list of demonyms that ends in one
        ("Kenyan, Nigerian and Ghanaian leaders")."""
        for _ in range(12):
            if _DEMONYM_ROLE.match(text[at : at + 60]):
                return True
            sep = _LIST_SEP.match(text, at)
            if sep is None:
                return False
            nxt = self.demonym_re.match(text, sep.end()) if self.demonym_re else None
            if nxt is None:
                return False
            at = nxt.end()
        return False

    def blocs(self, text: str) -> list[tuple[str, int]]:
        if self.bloc_re is None:
            return []
        out = []
        for m in self.bloc_re.finditer(text):
            bloc = self.bloc_lookup.get(re.sub(r"\s+", " ", m[0]))
            if bloc:
                out.append((bloc, m.start()))
        if self.bloc_compound_re is not None and ("-" in text or "‐" in text):
            for m in self.bloc_compound_re.finditer(text):
                bloc = self.bloc_lookup.get(re.sub(r"\s+", " ", m[0]))
                if bloc and (
                    _compound_meeting(text, m.end() + 1)
                    or self._german_compound(text, m.end() + 1)
                    or meeting_finding.case_after_hyphen(text, m.end() + 1)
                    or meeting_finding.german_ministers_after_hyphen(text, m.end() + 1)
                ):
                    out.append((bloc, m.start()))
            out.sort(key=lambda b: b[1])
        return out

    def _german_compound(self, text: str, at: int) -> bool:
        """Whether the word at ``at`` (after a bloc's name and a hyphen) ends a German compound
        noun of the bloc ("NATO-Staaten", "G7-Präsidentschaft", "NATO-Raketenabwehr"): a
        capitalised noun in lower case after its first letter, in a German text, that names no
        state or bloc (not "EU-Japan", "NATO-Russland": another party)."""
        word = _GERMAN_NOUN.match(text, at)
        return (
            word is not None
            and len(_GERMAN_WORDS.findall(text)) >= 2
            and not (self.state_re is not None and self.state_re.match(text, at))
            and not (self.bloc_re is not None and self.bloc_re.match(text, at))
        )

    def bodies(self, text: str, nearby: Collection[str] = ()) -> list[tuple[Body, int, int]]:
        """Bodies the text names; a name several blocs' bodies share ("Heads of State
        summit") goes to the body of a bloc the text names, or to none. A generic name, one
        that does not itself name the bloc ("General Assembly", "Council of Foreign
        Ministers"), is its bloc's body only where that bloc is named in the text or among the
        ``nearby`` blocs (those the sentences just before name), and not where another
        organisation's name qualifies it ("the UN General Assembly")."""
        named = {b for b, _at in self.blocs(text)}
        out = []
        found = []
        if self.acronym_re is not None:
            for m in self.acronym_re.finditer(text):
                plus = self.body_phrases.get(m[0].lower() + "-plus")
                if plus and text.startswith("+", m.end()):
                    # "The ADMM+ took place": the ADMM-Plus, not the ADMM
                    plus_match = re.compile(re.escape(m[0]) + r"\+").match(text, m.start())
                    assert plus_match is not None  # (the "+" is there)
                    found.append((plus, plus_match))
                    continue
                found.append((self.body_acronyms[m[0]], m))
        if self.phrase_re is not None:
            for m in self.phrase_re.finditer(self._short_bloc_names(_normalise(text))):
                key = re.sub(r"\s+", " ", m[0])
                if key.lower() not in self.body_phrases:
                    key = _summit_name(key)
                if key.lower() in self.body_phrases:
                    found.append((self.body_phrases[key.lower()], m))
        bloc_words = self.bloc_re
        for bodies, m in found:
            if m[0].endswith("Summit") and meeting_finding.MINISTERS_MEETING_AFTER.match(
                text, m.end()
            ):
                continue
            own = [
                b
                for b in bodies
                if (b.bloc, b.iri.rsplit("/", 1)[-1]) in meeting_finding.SELF_NAMING_BODIES
            ]
            if len(own) == 1 and not meeting_finding.OTHER_BODY_AFTER.match(text, m.end()):
                out.append((own[0], m.start(), m.end()))
                continue
            if not any(self._names_bloc(m[0], b.bloc) for b in bodies):
                bodies = [
                    b
                    for b in bodies
                    if (b.bloc in named or b.bloc in nearby)
                    and not self._qualified_by_another(text[: m.start()], b.bloc)
                ]
                if not bodies:
                    continue  # "held on the sidelines of the United Nations General Assembly"
            if len(bodies) > 1:
                bodies = [b for b in bodies if b.bloc in named]
            elif (
                named
                and bodies[0].bloc not in named
                and not m[0].isupper()
                and (bloc_words is None or not bloc_words.search(m[0]))
            ):
                # "the BRICS Foreign Ministers meeting", "the UN General Assembly": a phrase
                # another bloc's body also goes by, said of the bloc the sentence names.
                continue
            if len(bodies) == 1:
                out.append((bodies[0], m.start(), m.end()))
        return sorted(out, key=lambda b: b[1])

    def _short_bloc_names(self, text: str) -> str:
        """The text with each bloc's full name that its short name glosses written as the
        short name, padded with spaces (the offsets stay the text's)."""

        def short(m: re.Match[str]) -> str:
            bloc = self.bloc_lookup.get(m["short"])
            if bloc is None or self.bloc_lookup.get(re.sub(r"\s+", " ", m["full"])) != bloc:
                return m[0]
            return m["short"] + " " * (len(m[0]) - len(m["short"]))

        return _GLOSSED_BLOC.sub(short, text)

    def councils_by_opener(self, text: str, named: Collection[str]) -> list[tuple[str, int]]:
        """ "the Eurasian Intergovernmental Council", in a report that names the Eurasian
        Economic Union: a council named with the word the bloc's name opens with is the
        bloc's (only for a bloc the report names)."""
        if self.opener_re is None:
            return []
        return [
            (self.openers[m["opener"]], m.start())
            for m in self.opener_re.finditer(text)
            if self.openers[m["opener"]] in named
        ]

    def _names_bloc(self, phrase: str, bloc: str) -> bool:
        """Whether a body's name as written names its bloc ("SCO Council of Heads of State",
        "Assembly of the African Union"), unlike a generic name ("General Assembly")."""
        return any(
            self.bloc_lookup.get(re.sub(r"\s+", " ", m[0])) == bloc
            for m in (self.bloc_re.finditer(phrase) if self.bloc_re else ())
        )

    def _qualified_by_another(self, before: str, bloc: str) -> bool:
        """ "the UN General Assembly", "the United Nations General Assembly": the words just
        before a generic body name are another organisation's name or acronym."""
        q = _QUALIFIER.search(before)
        return q is not None and self.gaz.bloc_names.get(re.sub(r"\s+", " ", q[1])) != bloc

    def joint_councils(self, text: str) -> list[tuple[str, int, str | None, str | None]]:
        """ "the NATO-Russia Council", "the NATO-Ukraine Council", "the GCC-ASEAN Council": a
        council of the bloc and a state (or another bloc) the knowledge base records no body
        of. (bloc, where its name is, the other bloc or None, the state or None); the bloc the
        one named first where both are blocs."""
        out: list[tuple[str, int, str | None, str | None]] = []
        for m in _JOINT_COUNCIL.finditer(text):
            a, b = self.bloc_lookup.get(m["a"]), self.bloc_lookup.get(m["b"])
            if any(self._names_bloc(m[0], body.bloc) for body, _at, _end in self.bodies(m[0])):
                continue  # a body the knowledge base records
            if a and b and a != b:
                out.append((a, m.start("a"), b, None))
            elif a and not b and m["b"] in self.gaz.state_names:
                out.append((a, m.start("a"), None, self.gaz.state_names[m["b"]]))
            elif b and not a and m["a"] in self.gaz.state_names:
                out.append((b, m.start("b"), None, self.gaz.state_names[m["a"]]))
        return out

    def place(self, name: str) -> str | None:
        return self.gaz.places.get(name)


# A day's number before its month ("30th November", "1er janvier"): a date, not an ordinal
_MONTH_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|février|"
    r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b",
    re.IGNORECASE,
)


def _ordinal_by_word(text: str, at: int) -> int | None:
    """The ordinal the other languages give the meeting word at ``at``, before it ("à la 20ème
    session", "a VI cimeira", "das zwölfte Treffen") or, in Arabic, after it ("الدورة الـ191")."""
    word = MEETING_WORDS.match(text, at)
    if word is None:
        return None
    return meeting_finding.ordinal_before(text, at) or meeting_finding.ordinal_after(
        text, word.end()
    )


# What stands between "الدورة" and the body's name: its ordinal, in digits or in words, and the
# preposition.
_SESSION_ORDINAL_BETWEEN = re.compile(
    r"(?:\s*(?:الـ|ال|رقم)?\s*\(?\d{1,3}\)?|"
    + meeting_finding.ARABIC_SPELLED_ORDINAL
    + r")\s*ل{0,2}"
)


def _ordinal_of_session_before(text: str, at: int) -> int | None:
    """The ordinal a meeting word just before a body's name gives it, in Arabic ("الدورة الـ
    (132) للمجلس الوزاري": the Ministerial Council's 132nd session, "الدورة السابعة والعشرين
    للمجلس الأعلى": the Supreme Council's 27th); only the ordinal and the preposition stand
    between them."""
    for word in reversed(list(MEETING_WORDS.finditer(text, max(0, at - 40), at))):
        if _SESSION_ORDINAL_BETWEEN.fullmatch(text, word.end(), at):
            return meeting_finding.ordinal_after(text, word.end())
    return None


_WORD = re.compile(r"\w+")


# A German noun ("Staaten", "Außenminister") and the small words that tell a German text.
_GERMAN_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?![\w-])")
_GERMAN_WORDS = re.compile(r"\b(?:der|die|das|und|den|dem|des|mit|nicht|sich|wird|werden|auf)\b")


def _compound_meeting(text: str, at: int) -> bool:
    """Whether the word at ``at`` (after a bloc's name and a hyphen) is a meeting noun, whole
    ("Gipfel", "Finanzministertreffen", "summit"), not another party ("Japan", "Russland")."""
    word = _WORD.match(text, at)  # (matched in place: no copy of the rest of the report)
    return word is not None and (
        MEETING_WORDS.fullmatch(word[0]) is not None
        or meeting_finding.dutch_compound_summit(text, at, word[0])
    )


# Words a bloc's name may open with that are no proper name of it ("North Atlantic", "South
# Asian", "Cooperation Council for the Arab States of the Gulf").
# Two given names just before a state's name, after a lower-case word: "o chanceler
# brasileiro Carlos Alberto França" (Brazil's foreign minister, not France).
_GIVEN_NAMES = re.compile(
    r"(?<![\w’'-])(?-i:[a-zà-ÿ][\w-]*)\s+(?P<first>(?-i:[A-ZÁÉÍÓÚ][a-zà-ÿ]+))\s+"
    r"(?P<second>(?-i:[A-ZÁÉÍÓÚ][a-zà-ÿ]+))\s+$"
)
# Capitalised words before a state's name that are no given names: titles and the words of
# states' long names ("el Rey Felipe", "President Donald", "República Federativa do").
_NAME_TITLES = {
    "President", "Presidente", "Président", "Minister", "Ministro", "Ministre", "Prime",
    "Premier", "King", "Rei", "Rey", "Roi", "Queen", "Emir", "Sultan", "Prince", "Crown",
    "Chancellor", "Secretary", "General", "Vice", "Deputy", "Sheikh", "His", "Her", "The",
    "Republic", "República", "République", "Kingdom", "Reino", "Royaume", "State", "Estado",
    "United", "Federal", "Federativa", "Islamic", "Democratic", "Popular", "Socialist",
    "People", "New", "South", "North", "East", "West", "Central", "Sur", "Sul", "Norte",
    "Nova", "Nueva", "Nouvelle", "Great", "Foreign", "Affairs", "Relations",
    # Indonesian and Malay: "Perdana Menteri Jepang" (Japan's Prime Minister), "Presiden"
    "Perdana", "Menteri", "Presiden", "Raja", "Wakil", "Luar", "Negeri",
}  # fmt: skip
_NOT_PROPER = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Cooperation", "Pan", "New", "United", "Common", "General",
}  # fmt: skip
# An organisation's acronym or name just before a body's name: "UN", "U.N.", "United Nations".
_QUALIFIER = re.compile(
    r"(?<![\w.])((?-i:[A-Z]{2,6}\+?)|(?-i:[A-Z]\.){2,4}|United\s+Nations|(?-i:[A-Z][a-z]+\s+)+"
    r"(?:Union|Organi[sz]ation|Nations|Community|Association))['’]?s?\s+$"
)
_GENERIC_BODY_WORDS = re.compile(
    r"^(?:council|summit|meeting|conference|assembly|secretariat|group)$", re.IGNORECASE
)


def _body_aliases(body: Body, gaz: Gazetteer) -> set[str]:
    bloc_names = [n for n, b in gaz.bloc_names.items() if b == body.bloc]
    aliases: set[str] = set()
    for name in body.names:
        name = _normalise(re.sub(r"\s*\(.*?\)\s*", " ", name).strip())
        aliases.add(name)
        for bn in bloc_names:
            if name.startswith(bn + " "):
                aliases.add(name[len(bn) + 1 :])
            if name.endswith(" of the " + bn):
                aliases.add(name[: -len(" of the " + bn)])
                aliases.add(bn + " " + name[: -len(" of the " + bn)])  # "African Union Assembly"
        if re.search(r"\w-Plus$", name):
            # "the fourth ASEAN Defence Ministers' Meeting Plus (ADMM+)": the hyphen left out
            aliases.add(name[: -len("-Plus")] + " Plus")
        m = re.fullmatch(r"(?:\w+ )?(Conference|Meeting|Summit) on (.+)", name)
        if m:  # "Conference on Military Medicine" -> "military medicine conference"
            aliases.add(f"{m[2]} {m[1]}")
        m = re.search(
            r"Council of (Heads of (?:State|Government)|Foreign Ministers|Defence Ministers)", name
        )
        if m and "Ministers" in m[1]:
            aliases.add(m[1] + "' Council")
            aliases.add(m[1] + " Council")
            aliases.add(m[1] + "' meeting")  # "the SCO foreign ministers' meeting"
        if m:
            aliases.add(m[1] + " meeting")
            aliases.add(m[1] + " summit")
            aliases.add("council of " + m[1])
    # its names in other languages (meeting_finding's)
    aliases.update(
        meeting_finding.BODY_NAMES_ABROAD.get((body.bloc, body.iri.rsplit("/", 1)[-1]), [])
    )
    # "the G20 Trade Ministers Meeting", "the Trade Ministers Meeting": a possessive's
    # apostrophe left out
    aliases |= {re.sub(r"(\w)' ", r"\1 ", a) for a in aliases if re.search(r"\w' ", a)}
    out = set()
    for a in aliases:
        a = a.strip()
        if not a or _GENERIC_BODY_WORDS.match(a) or a.lower() in {"summit", "economic summit"}:
            continue
        if len(a) < 3:
            continue
        out.add(a)
    return out


# --- the extractor ---------------------------------------------------------------------------


@dataclass
class _MeetingMention:
    sentence: int
    bloc: str
    body: Body | None
    ordinal: int | None
    dates: list[DateMention]
    offset: int
    at: int = 0  # where in the sentence the meeting is named
    next_one: bool = False  # "the next meeting": another meeting than the one under way
    other: bool = False  # "preparing for the SCO summit": not the meeting the text is about
    joint: bool = False  # "a joint session" with a partner: not the bloc's own meeting
    twin: bool = False  # "the 40th and 41st ASEAN summits": the second, named with the first
    kind: str | None = None  # "the Meeting of NATO Foreign Ministers": "ministerial", not "summit"
    partner: str | None = None  # "a summit between the GCC and ASEAN": the other bloc
    generic: bool = False  # "the summit" of a bloc, its summit body taken for want of a name
    partner_state: str | None = None  # "the NATO-Russia Council": Russia
    series: str | None = None  # "the ASEAN-Japan Summit": the series its name gives


_FIRST_OF_A_KIND = re.compile(
    r"\s+(?:(?:summit|meeting|session|conference)\s+)?(?:in|on|outside|since|ever|to be held in|"
    r"held in|hosted by|of its kind|for)\b",
    re.IGNORECASE,
)


# "This is the 7th GCC summit held in the State of Kuwait since the establishment of the
# Council": how many the place has held, not the meeting's number in its series.
_COUNT_IN_A_PLACE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:to\s+be\s+|being\s+)?(?:held|hosted)\s+(?:in|by)\s+[^.;]{0,40}?"
    r"\bsince\b",
    re.IGNORECASE,
)
_ORDINAL_OF_ANOTHER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:city|country|nation|state|capital|time|woman|man|person|leader|"
    r"president|host|venue|place)\s+(?:to|ever|in|on|that|which|where)\b",
    re.IGNORECASE,
)
# "the first time", "the 15th anniversary of the ASEAN Plus Three": an ordinal that counts
# something else than the meeting
_COUNTED_SPAN = re.compile(
    r"\b(?:time|day|week|year|anniversary|anniversaire|aniversario|aniversário|anniversario|"
    r"Jahrestag\w*)\b",
    re.IGNORECASE,
)
_HOSTS_ITS = re.compile(r"\bhost(?:s|ed|ing)?\s+(?:its|their|his|her)\s+$", re.IGNORECASE)
_OF_ITS_KIND = re.compile(r"\s+(?:[\w-]+\s+)?of\s+its\s+kind\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _ordinal_pattern(pattern: str) -> re.Pattern[str]:
    """``_ordinal_near``'s patterns compiled once a process (five for each name of each
    meeting's anchor: more than the re module's own cache keeps, with the other patterns)."""
    return re.compile(r"\b" + pattern, re.IGNORECASE)


def _ordinal_near(text: str, anchor_names: list[str]) -> int | None:
    """An ordinal that qualifies the meeting: "9th EWG meeting", "ninth ... meeting of SCO",
    "the 49th ASEAN Summit" (not "the first time", "first meeting under the plan")."""
    for name in anchor_names:
        n = re.escape(name).replace("\\ ", r"\s+")
        if not re.search(n, text, re.IGNORECASE):
            # every pattern below holds the name: a name the text lacks needs none of them
            # compiled (each is large, and a meeting has dozens of names)
            continue
        for pat in (
            # "Le 33e sommet de l’Union Africaine": an elided article before the name
            # "the 38th summit meeting of the Gulf Co-operation Council", "the 9th (Extraordinary)
            # OPEC and non-OPEC Ministerial Meeting", "the XXIV SCO Summit"
            # "Le 29ème sommet des Chefs d'Etat et de Gouvernement de l'Union africaine", "the 29th
            # summit of heads of state and government of the African Union": up to ten words,
            # elided ones among them
            _ORDINAL + r"\s+(?:\(?[\w'’-]+\)?\s+){0,10}?(?:[lLdD]['’]|\()?" + n + r"\b",
            _ORDINAL + r"\s+(?:summit|meeting|session|conference)\s+of\s+(?:the\s+)?" + n + r"\b",
            # "the African Union's 16th Extraordinary Summit", "ASEAN's 43rd summit"
            n
            + r"['’]s\s+"
            + _ORDINAL
            + r"\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|conference)\b",
            # "leaders of the GCC countries for the 40th summit": the bloc, then its meeting
            # named by the ordinal alone
            n
            + r"\)?(?:\s+[\w-]+){0,3}?\s+(?:for|to|at|in)\s+(?:the|its|their)\s+"
            + _ORDINAL
            + r"\s+(?:summit|meeting|session|conference)\b",
            # "the African Union Assembly, at its 35th Ordinary Session", "the GCC Ministerial
            # Council, during its eighteenth session"
            n
            + r"(?:\s+[A-Z][\w-]*){0,3},?\s+(?:at|during|in)\s+its\s+"
            + _ORDINAL
            + r"\s+(?:[\w-]+\s+)?(?:session|summit|meeting|conference)\b",
            # "KTT ASEAN ke-18", "Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN)ke-19",
            # "Hội nghị cấp cao ASEAN lần thứ 35": the number after the name
            n + r"\)?" + meeting_finding.ke_ordinal("ord"),
            # Swahili: "kikao cha 43 cha Baraza Kuu la Mawaziri", "mkutano wa 43 wa ...": the
            # number after the meeting's noun
            # (and "kikao chao cha kawaida cha 17": their ordinary 17th session)
            r"(?:mkutano|mikutano|kikao|vikao)\s+(?:(?:wao|chao|yao|huu|hiki)\s+)?"
            r"(?:wa|cha|vya)\s+(?:(?:kawaida|maalum|dharura)\s+(?:wa|cha|vya)\s+)?"
            r"(?P<ord>\d{1,3})\s+"
            r"(?:wa|cha|vya)\s+(?:[\w-]+\s+){0,2}?" + n + r"\b",
        ):
            m = _ordinal_pattern(pat).search(text)
            first = m is not None and m["ord"].lower() in ("first", "1st")
            if m and first and _FIRST_OF_A_KIND.match(text, m.end()):
                continue  # "the first G20 summit in Africa": a first of a kind, not a number
            if m and first and _OF_ITS_KIND.match(text, m.end("ord")):
                continue  # "the first summit of its kind between the GCC and ASEAN"
            if (
                m
                and _ENGLISH_ORDINAL.fullmatch(m["ord"])
                and re.search(r"\ban?\s+$", text[max(0, m.start("ord") - 4) : m.start("ord")], re.I)
            ):
                # (not "A 13ª cúpula do Brics", "a 13e réunion": the Portuguese "a" is "the",
                # and an ordinal of another language follows no English article)
                continue  # "A second G20 summit ... is also scheduled": another one, not the 2nd
            if m and m["ord"][:1].isdigit() and _MONTH_AFTER.match(text, m.end("ord")):
                continue  # "on Friday 30th November in Buenos Aires for the 2018 G20 Summit"
            if m and _COUNT_IN_A_PLACE.match(text, m.end()):
                continue  # "the 7th GCC summit held in the State of Kuwait since 1981": a count
            if m and (
                _ORDINAL_OF_ANOTHER.match(text, m.end("ord"))
                or _HOSTS_ITS.search(text, max(0, m.start("ord") - 30), m.start("ord"))
            ):
                # "the first city to host its second BRICS summit", "the first African country
                # to host the G20 summit": the ordinal counts a city, a country or a place's
                # hostings, not the meeting's number in its series
                continue
            if m and not _COUNTED_SPAN.search(m[0]):
                return _ordinal_value(m["ord"])
    return None


def extract(
    text: str,
    gaz: Gazetteer,
    published: PartialDate | None,
    kb_status: StatusReader | None = None,
    day_quote: str | None = None,
) -> Extraction:
    """Proposals for ``text``. ``kb_status(bloc, day) -> {ISO3: status}`` answers the
    knowledge-base checks (None: no checks). ``day_quote``: the report's own line giving
    ``published`` to the day (a leading ``date`` line), the quote for a meeting the report
    describes as going on."""
    # "Dеcеmbеr 5" with Cyrillic "е"s: read through Latin look-alikes, quote the text as given
    original, text = text, latin_lookalikes(text)
    # A report in Chinese: read through its gloss (cjk.py), quoted as it is written
    reading = cjk.read(text, gaz.state_labels, published) if cjk.written_in_han(text) else None
    if reading is None:
        # Arabic written with its short vowels or tatweel: read without them (meeting_finding)
        reading = meeting_finding.arabic_reading(text)
    if reading is not None:
        text = reading.text
    matcher = _matcher(gaz, text)
    sentences = split_sentences(text)
    warnings: list[str] = []
    meetings: list[Meeting] = []
    sentence_meeting: dict[int, Meeting] = {}
    listed_with: dict[int, list[Meeting]] = {}  # the other meetings a sentence lists
    joint_of: dict[int, Meeting] = {}  # a joint session a sentence names beside the bloc's own
    tails: list[tuple[int, int, Meeting]] = []  # (sentence, where named, meeting) after the first
    current: Meeting | None = None

    continued: set[int] = set()
    pending: list[tuple[int, list]] = []  # sentences about "the summit" before any is named
    dateline = _dateline(sentences[:3], published, text[:1200])
    headline_year = _headline_year(sentences)
    if headline_year is None and published is None and dateline is not None:
        # "Oluşturma Tarihi: 2015-05-12 12:57:54" under the headline: the year of the days the
        # text names without one ("13-14 Mayıs'ta"), as a headline's year would be
        headline_year = PartialDate(dateline[0].year)
    report_blocs = {b for b, _at in matcher.blocs(text)}
    learned = _learned_places(matcher, text)
    known_days = weekdays_named(text, published or headline_year)  # "on Friday (June 2)"
    if dateline is None and day_quote and published is not None and published.exact:
        dateline = published, day_quote
    # "KATHMANDU, SEPTEMBER 24" over a report published the next day: its "today" is the day
    # it was filed, the dateline's (a day to three before the publication date)
    filed_day = published
    if (
        dateline is not None
        and published is not None
        and published.exact is not None
        and dateline[0].exact is not None
        and 0 < (published.exact - dateline[0].exact).days <= 3
    ):
        filed_day = dateline[0]
    for index, s in enumerate(sentences):
        if _NOT_REPORT.match(s.text):
            continue  # a link to another story, not this report's text
        future = bool(FUTURE.search(s.text) or _FUTURE_TENSE.search(s.text))
        dates = find_dates(s.text, filed_day or headline_year, future=future, weekdays=known_days)
        # "has today, Friday, 27 May 2022 arrived": the day written out is what "today" means
        dates = [
            d
            for d in dates
            if not (d.relative and any(0 <= e.begin - d.finish <= 12 for e in dates if e is not d))
        ]
        # "Updated: 00:00 GMT, Jan 1, 1970", a date line under a headline: the page's day
        dates = [d for d in dates if not meeting_choice.page_date(s.text, d.begin, d.finish)]
        head = (_DATELINE_HEAD.match(s.text) if index < 3 else None) or _AGENCY_DATELINE.match(
            s.text
        )
        if head:  # "BEIJING, Sep 4:": the day the report was filed
            dates = [d for d in dates if d.begin >= head.end()]
        # The blocs the sentences just before name, and the meeting under discussion's: where
        # a generic body name ("the Council of Foreign Ministers") is that bloc's body.
        nearby = {
            b
            for earlier in sentences[max(0, index - 3) : index]
            for b, _ in matcher.blocs(earlier.text)
        }
        if current is not None:
            nearby.add(current.bloc)
        if len(report_blocs) == 1:
            # "sparred at a meeting of the Supreme Eurasian Economic Council", the EAEU named
            # only later: a report about one bloc names that bloc's bodies by their own names.
            nearby |= report_blocs
        mentions = _meeting_mentions(matcher, s, index, dates, nearby, report_blocs)
        if mentions:
            first_named: Meeting | None = None
            this_sentence: list[Meeting] = []
            for mention in mentions:
                # Two meetings one sentence names are two ("the AMM, part of the ASEAN Summit").
                found = _joint_summit_of(meetings, mention) or _merge(
                    [m for m in meetings if all(m is not t for t in this_sentence)],
                    mention,
                    gaz,
                    current,
                )
                if found is None:
                    found = Meeting(
                        bloc=mention.bloc,
                        first_offset=s.start,
                        quote=s.text,
                        next_one=mention.next_one,
                        joint=mention.joint,
                    )
                    meetings.append(found)
                _absorb(found, mention, s, future)
                if mention.twin and this_sentence:
                    found.twin_of = this_sentence[-1]
                this_sentence.append(found)
                if mention.other and mention.ordinal:
                    listed_with.setdefault(index, []).append(found)
                if first_named is not None and found is not first_named:
                    # "... to discuss the preparation for the SCO Heads of State Summit slated
                    # in July in Astana": a second meeting's venue follows its name.
                    # (a twin is set one character after the name it shares: the name's start)
                    named_at = mention.at - 1 if mention.twin else mention.at
                    tails.append((index, named_at, found))
                if mention.joint:
                    joint_of[index] = found
                elif first_named is None:
                    first_named = found
                elif mention.other and first_named is not found:
                    first_named.part_of = first_named.part_of or found
            # The sentence is about the first meeting it names (a joint session with a
            # partner only where it names nothing else).
            meeting = first_named or joint_of.pop(index)
            before_named = ANAPHORA.search(s.text[: mentions[0].at]) or _MADE_AT.search(
                s.text[: mentions[0].at]
            )
            in_passing = current is not None and current is not meeting and before_named
            if (
                dateline
                and not in_passing
                and not _AGO.search(s.text)
                # "has today, Friday, 27 May 2022 arrived ... to participate": a sentence that
                # gives its own day is not dated by the report's
                and not any(d.start.exact for d in dates)
                and meeting.start is None
                and (
                    _present(s.text)
                    or (_UNDER_WAY.search(s.text) and not dates)
                    # "November 28, 2019, Bishkek. The President took part in a meeting of the
                    # Council": a readout's line of date and place dates what it says was done
                    or (
                        _DATE_PLACE_LINE.match(dateline[1])
                        and _READOUT_VERB.search(s.text)
                        and not dates
                    )
                )
            ):
                # "MINSK, June 27. /TASS/. Leaders have gathered ...", "YEREVAN, NOVEMBER 18.
                # The sitting ... took place in Yerevan": a meeting going on, or held with no
                # other day said, on the day the report was filed
                meeting.start = meeting.end = dateline[0]
                meeting.date_quote = dateline[1]
                _venue_of_date_line(matcher, meeting, dateline[1])
            for early, early_dates in pending:
                sentence_meeting[early] = meeting
                if early_dates and meeting.start is None:
                    _take_dates(meeting, early_dates, sentences[early])
            pending = []
            if in_passing and current is not None:
                # "… named the meeting a final stage before the XXIV SCO Summit", "the
                # ministers ... reaffirm the commitments made at the NATO Summit": the sentence
                # is about the meeting already under way; the summit is named in passing.
                sentence_meeting[index] = current
                tails.append((index, mentions[0].at, meeting))
                continue
            current = meeting
            sentence_meeting[index] = meeting
        elif (
            ANAPHORA.search(s.text)
            or _continues(s.text)
            or any(not _in_general(s.text, w) for w in MEETING_WORDS.finditer(s.text))
            or (
                index - 1 in sentence_meeting
                and (
                    ATTEND.search(s.text)
                    or ABSENT.search(s.text)
                    or INVITE.search(s.text)
                    # "The submit kicked-off this morning and will end on 6th of February."
                    or (_OPENS_OR_ENDS.search(s.text) and not _OTHER_EVENT.search(s.text))
                )
            )
            or (
                # "Hungary's Prime Minister ..., also attended.": a verb of attending with no
                # object says the meeting under discussion, a sentence or two on.
                any(index - k in sentence_meeting for k in (2, 3))
                and _ATTENDED_ALONE.search(s.text)
            )
            or _takes_part_later(matcher, s.text, current)
            # "En contra de la resolución votaron las delegaciones de Venezuela, Bolivia, ...":
            # a roll-call vote while a meeting is under discussion is taken at it.
            or (current is not None and _vote_at_meeting(s.text))
            # "... solo se abstuvieron cuatro de ellos: ...", before the report names the
            # Permanent Council: a roll-call vote in a report on one bloc waits for its meeting.
            or (current is None and len(report_blocs) == 1 and _vote_at_meeting(s.text))
            # "Les ministres de la Défense des 31 pays membres ... ont examiné vendredi ...",
            # before the report names the NATO meeting: a counted group of the report's one
            # bloc, at the business of the meeting named next (the count is checked later).
            or (current is None and _counted_group_of(matcher, s.text, report_blocs))
            or (
                # "Confirming the participation of all the BRICS leaders, Sinha said": all the
                # people of the bloc under discussion taking part, a sentence about its meeting.
                current is not None
                and ATTEND.search(s.text)
                and _whole_bloc_people(gaz, s.text, current)
            )
        ):
            if current is None:
                if not _TWO_SIDES.search(s.text):  # two states' own talks wait for no meeting
                    pending.append((index, dates))
                continue
            target = current
            if current.future and not future:
                held = [m for m in meetings if not m.future]
                target = held[-1] if held else current
            if _earlier_year(target, published):
                # "In 2021, Xi did not travel to Italy for the G20 summit. Putin will not
                # attend the summit": "the summit" is the report's own, not a past one.
                recent = [m for m in meetings if not _earlier_year(m, published)]
                if recent:
                    target = recent[0]  # the report's subject: the meeting it names first
            if (
                target.start is None
                and published is not None
                and published.exact is not None
                and (_present(s.text) or _IN_ATTENDANCE.search(s.text))
            ):
                # "The Deputy Foreign Minister of Armenia is in attendance": the meeting going
                # on the day of the report, not an undated one named since.
                today = [m for m in meetings if m.start == published and m.bloc == target.bloc]
                target = today[0] if today else target
            anaphora = ANAPHORA.search(s.text)
            if (
                anaphora
                and target.kind == "ministerial"
                and re.search(_SUMMIT_WORD, anaphora[0], re.I)
            ):
                # "... arrived to participate in the summit": the summit the report named, not
                # the ministers' meeting named since.
                summits = [m for m in meetings if m.kind == "summit" and m.bloc == target.bloc]
                target = summits[-1] if summits else target
            if _NEXT_MEETING.search(s.text) and not target.next_one:
                # "The next summit will be held in the Netherlands": another meeting of the
                # bloc than the one under discussion (one per report, as named).
                nxt = [m for m in meetings if m.next_one and m.bloc == target.bloc]
                if nxt:
                    target = nxt[0]
                else:
                    target = Meeting(
                        bloc=target.bloc,
                        body=target.body,
                        first_offset=s.start,
                        quote=s.text,
                        next_one=True,
                        future=True,
                        mentions=1,
                    )
                    meetings.append(target)
            sentence_meeting[index] = target
            if not (ANAPHORA.search(s.text) or MEETING_WORDS.search(s.text)):
                continued.add(index)  # "Argentina was represented by ...": still that meeting
            if dates and not (
                index in continued
                and target.start is not None
                and not any(d.start == target.start and d.end != d.start for d in dates)
            ):
                # (a sentence that names no meeting does not move a day already read: "Министр
                # прибыл в Армению из Азербайджана, где он находился 14−15 августа"; it may give
                # the last day of one: "débute ce jeudi. ... accueille les 3 et 4 novembre")
                _take_dates(target, dates, s)

    if pending and not meetings and len(report_blocs) == 1:
        # "AU to discuss ... All three nations ... cannot participate in this weekend's summit
        # in Ethiopia's capital": a report that names one bloc and never names its meeting
        # with it; "this weekend's summit" is that bloc's. The same for "the meeting held in
        # Belarus's capital Minsk" in a report about the CSTO: its meeting, of the ministers
        # the report names, where the bloc has one body of theirs.
        bloc = next(iter(report_blocs))

        def own(text: str) -> bool:
            return bool(_THIS_SUMMIT.search(text) or meeting_finding.the_meeting(text))

        first = next((i for i, _d in pending if own(sentences[i].text)), None)
        if first is not None:
            owned = [sentences[i].text for i, _d in pending if own(sentences[i].text)]
            summit = any(_THIS_SUMMIT.search(t) or meeting_finding.summit_abroad(t) for t in owned)
            meeting = Meeting(
                bloc=bloc,
                body=_generic_body(gaz, bloc, "summit")
                if summit
                else meeting_finding.ministers_body(gaz, bloc, text),
                first_offset=sentences[first].start,
                quote=sentences[first].text,
                mentions=1,
            )
            meetings.append(meeting)
            for early, early_dates in pending:
                if not own(sentences[early].text):
                    continue  # "met on Thursday with ...": not said of the summit
                sentence_meeting[early] = meeting
                meeting.future = meeting.future or bool(FUTURE.search(sentences[early].text))
                if early_dates and meeting.start is None:
                    _take_dates(meeting, early_dates, sentences[early])
    for index, meeting in sentence_meeting.items():
        lasting = _LASTING.search(sentences[index].text)
        if lasting and meeting.opened_on and meeting.start == meeting.end:
            # "... Conference that kicked off here on Thursday", and in another sentence "The
            # two-day military medicine conference": its last day follows from its first.
            days = duration_days(lasting[0]) or 1
            meeting.end = PartialDate.of(meeting.opened_on + timedelta(days=days - 1))
    # (only a first day its quote gives as a weekday or as today: a quote that writes the first
    # day's number does not write the last's, nor holds it)
    opened = [
        m
        for m in meetings
        if m.opened_on and m.start == m.end and _RELATIVE_DAY.search(m.date_quote or "")
    ]
    if len(opened) == 1:
        # "The 14th summit of SAARC opened here today", and in a sentence that names no bloc,
        # "The two-day summit, which is being attended by ...": the report's one meeting known
        # to open that day is the one "the" two-day summit points back to.
        for index, s in enumerate(sentences):
            lasting = _THE_LASTING.search(s.text)
            if index not in sentence_meeting and lasting and opened[0].opened_on is not None:
                days = duration_days(lasting[0]) or 1
                opened[0].end = PartialDate.of(opened[0].opened_on + timedelta(days=days - 1))
                break
    for index, meeting in sentence_meeting.items():
        _second_day(meeting, sentences[index].text)
    for index, meeting in sentence_meeting.items():
        if _UNDER_WAY.search(sentences[index].text):
            # "The two-day meeting began in Goa on Thursday": whatever else its sentences say
            # "will" of ("will be successful"), the meeting is held, not planned.
            meeting.future = False
    for index, meeting in sentence_meeting.items():
        s = sentences[index]
        joint = joint_of.get(index)
        if joint is None:
            _read_participants(matcher, s, meeting, gaz, index in continued)
            _read_tied_participants(matcher, s, meeting)
        else:
            # "Biden will attend a joint session by video link, but ... at the ASEAN summit":
            # the states of the clause naming the joint session take part in that one.
            for a, b in _clauses(s.text):
                part = Sentence(s.start + a, s.start + b, s.text[a:b])
                target = joint if _JOINT.search(part.text) else meeting
                _read_participants(matcher, part, target, gaz, index in continued)
        _read_host(matcher, s, meeting, learned)
        _read_chair(matcher, s, meeting)
        here = meeting_choice.venue_here(matcher, s.text) if meeting.host is None else None
        if here is not None and meeting.city in (None, here[0]):
            meeting.city, meeting.city_quote = here[0], s.text
            meeting.host, meeting.host_quote, meeting.host_from_city = here[1], s.text, True
        _read_counted_apposition(matcher, s, meeting)
        if index > 0:
            _read_counted_states(matcher, text, sentences[index - 1], s, meeting)
        if index + 1 < len(sentences) and index + 1 not in sentence_meeting:
            _read_states_named_after(matcher, text, s, sentences[index + 1], meeting)
    _read_loose_collectives(matcher, sentences, sentence_meeting, meetings)
    for index, meeting in list(sentence_meeting.items()):
        _read_roll_call(matcher, sentences, index, meeting)
    for index, s in enumerate(sentences):
        # "First row from left to right:" after a sentence about the meeting's official
        # photo: the rows of the photo are the meeting's
        if index in sentence_meeting or not _PHOTO_ROW.search(s.text):
            continue
        earlier = [i for i in sentence_meeting if i < index]
        if earlier:
            _read_roll_call(matcher, sentences, index, sentence_meeting[max(earlier)])
    for index, meeting in sentence_meeting.items():
        _venue_is_the_seat(sentences[index].text, meeting)
    if _AT_THE_UN.search(text):
        for meeting in meetings:
            _venue_is_the_un(meeting)
    for index, at, meeting in tails:
        s = sentences[index]
        _read_host(matcher, Sentence(s.start + at, s.end, s.text[at:]), meeting, learned)
    for index, listed in listed_with.items():
        for meeting in listed:  # "... Summit and the 18th East Asia Summit to be held in Jakarta"
            _read_host(matcher, sentences[index], meeting, learned)
    _host_from_other_sentences(matcher, sentences, sentence_meeting, meetings, learned)

    for meeting in meetings:
        twin = meeting.twin_of
        if twin is not None:
            # "the 40th and 41st ASEAN summits ... in Phnom Penh": what the report says of the
            # summits it names together (who is invited, who comes) is said of each.
            for iso3, p in twin.participants.items():
                meeting.participants.setdefault(iso3, replace(p, conflicts=[]))
            for iso3, i in twin.invitations.items():
                meeting.invitations.setdefault(iso3, replace(i, to=_meeting_name(meeting)))
            meeting.collective = meeting.collective or list(twin.collective)
            if meeting.host is None and twin.host is not None:
                meeting.host, meeting.host_quote = twin.host, twin.host_quote
                meeting.host_from_city, meeting.city = twin.host_from_city, twin.city
    standing = _designations(matcher, sentences)
    # "Medellín, Colombia – The Uruguayan delegation walked out": a dateline's state says where
    # the report was filed, not where the meeting is (no venue is taken from a dateline)
    state_mentions = [
        m
        for m in matcher.states(text)
        if not (
            _PLACE_OF_FILING.search(text, max(0, m.begin - 45), m.begin)
            and _FILING_TAIL.match(text, m.end)
        )
    ]

    def named_in_text(iso3: str) -> str | None:
        first = next((m for m in state_mentions if m.iso3 == iso3), None)
        return _clip(text, first.begin, first.end) if first is not None else None

    @functools.cache
    def yearless_days() -> list[tuple[MonthDay, MonthDay]]:
        # the days an undated report gives with no year ("5 октября"): which recorded meeting;
        # read once, and only for a meeting that needs them (see record_at_place)
        return [d for s in sentences for d in days_without_year(s.text)]

    # the weekdays the text names: which of a month's recorded meetings a report dated by its
    # month alone is about (meeting_finding.recorded_in_month)
    weekdays = meeting_finding.weekdays_named(text)
    for meeting in meetings:
        if (
            meeting.body is None
            and not (meeting.joint or meeting.next_one or meeting.partner)
            and meeting_finding.MINISTERIAL_WORD.search(meeting.quote or "")
        ):
            # "à l'issue d'une réunion ministérielle ... de l'Otan", and before it "Les ministres
            # de la Défense des 31 pays membres": the meeting of the ministers the report names
            meeting.body = meeting_finding.body_of_ministers_named(gaz, meeting.bloc, text)
        for p in meeting.participants.values():
            said = standing.get((meeting.bloc, p.state))
            if p.capacity is None and said is not None:
                # "NATO ... its four Indo-Pacific partners—New Zealand, Japan, ...": the
                # standing the report gives the state in the bloc is its capacity there.
                p.capacity, p.source = said, "text"
        _finish(
            meeting,
            gaz,
            published,
            kb_status,
            warnings,
            meeting is meetings[0],
            _latest_past_year(sentences),
            named_in_text=named_in_text,
            days=yearless_days,
            weekdays=weekdays,
        )
    for meeting in meetings:
        partner = meeting.participants.get(meeting.partner_state or "")
        if partner is not None and partner.capacity in (None, "guest"):
            # "President Medvedev of Russia" at a meeting of the NATO-Russia Council: the state
            # the council joins the bloc with takes part as the bloc's partner there
            partner.capacity, partner.source = "partner", "text"
    meetings = meeting_choice.merge_same_record(meeting_choice.merge_ordinal_only(meetings))
    kept = [m for m in meetings if _has_facts(m)]
    if not kept:
        # "El presidente ... inauguró la Cumbre de la ASEAN", its leaders not read: a report
        # that names its meeting by the bloc's body (so its series) and gives no other fact
        # the extractor reads is still that meeting's report; the first such one named.
        kept = [m for m in meetings if m.body is not None and not m.next_one][:1]
    for m in meetings:
        if m not in kept:
            warnings.append(
                f"{m.label}: mentioned, but the text gives no date, host or participant"
            )
    meetings = kept
    meetings.sort(key=lambda m: (-(len(m.participants) * 2 + m.mentions), m.first_offset))
    for m in meetings:  # "в Минске": the city as the record names it, Minsk
        m.city = languages.place_label(m.city)
    if reading is not None:
        _quote_the_original(meetings, reading.quote)
    elif text != original:
        _quote_the_original(meetings, _same_place(text, original))
    return Extraction(meetings, warnings, published, original)


_PLACE_OF_FILING = re.compile(r"(?:^|\n)\s*[A-ZÀ-Ý][\w .'’-]{1,40},\s*$")
_FILING_TAIL = re.compile(r"\s*(?:[–—-]|\(|:|,\s*\w+\.?\s+\d)")


# Cyrillic letters that look like Latin ones, as copies of reports sometimes carry them inside
# Latin words ("Dеcеmbеr", "hostеd"); one letter for one, so offsets stay the same.
_LOOKALIKES = str.maketrans("аеорсухіјѕАВЕКМНОРСТХУ", "aeopcyxijsABEKMHOPCTXY")
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")


def latin_lookalikes(text: str) -> str:
    """The text with Cyrillic look-alikes inside Latin words read as Latin letters (a word all
    in Cyrillic stays as it is)."""
    if not re.search(r"[\u0400-\u04ff]", text):
        return text
    return _MIXED_WORD.sub(lambda w: w[0].translate(_LOOKALIKES), text)


def _same_place(read: str, original: str) -> Callable[[str | None], str | None]:
    """A quote from ``read`` as ``original`` writes it, at the same place (same length)."""

    def back(quote: str | None) -> str | None:
        at = read.find(quote) if quote else -1
        return original[at : at + len(quote)] if quote and at >= 0 else quote

    return back


def _quote_the_original(meetings: list[Meeting], back: Callable[[str | None], str | None]) -> None:
    """Quotes taken from the text as read, given back as the report writes them."""

    for m in meetings:
        m.quote = back(m.quote) or m.quote
        m.date_quote, m.host_quote, m.city_quote = (
            back(m.date_quote),
            back(m.host_quote),
            back(m.city_quote),
        )
        for p in m.participants.values():
            p.quote = back(p.quote) or p.quote
        for i in m.invitations.values():
            i.quote = back(i.quote) or i.quote


_STANDING_WORDS = (
    r"(?P<cap>dialogue\s+partners|partner\s+(?:countries|states|nations)|observer\s+(?:states|"
    r"countries|nations)|observers|partners|associate\s+members)"
)
# "its four Indo-Pacific partners—New Zealand, Japan, South Korea, and Australia"
_STANDING_BEFORE = re.compile(
    r"\b(?:its|their|the\s+(?:[A-Z][\w-]*['’]s?\s+)?|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?:\w+|[\w-]+)\s+){0,3}?"
    + _STANDING_WORDS
    + r"\s*(?:—|–|:|\(|,|\s-\s|\s+such as|\s+including)\s*"
)
# "Finland and Sweden are among the partners that ..."
_STANDING_AFTER = re.compile(
    r"^\s+(?:are|is|were|was|remain|became)\s+(?:among\s+)?(?:the\s+|its\s+|[A-Z][\w-]*['’]s?\s+)?"
    # a word or two of description ("key", "Indo-Pacific"), not a verb ("participating as")
    r"(?:(?!as\b)[\w-]+(?<!ing)\s+){0,2}?" + _STANDING_WORDS + r"\b"
)
_STANDING_CAPACITY = {"partners": "partner", "observers": "observer"}


def _designations(matcher: Matcher, sentences: list[Sentence]) -> dict[tuple[str, str], str]:
    """(bloc, ISO3) -> the standing a sentence naming one bloc gives a list of states ("its
    Indo-Pacific partners—X, Y", "X and Y are among the partners")."""
    out: dict[tuple[str, str], str] = {}
    for s in sentences:
        blocs = {b for b, _at in matcher.blocs(s.text)}
        if len(blocs) != 1:
            continue
        bloc = next(iter(blocs))
        mentions = matcher.states(s.text, 0)
        for run in _lists(mentions, s.text, 0):
            head = None
            for h in _STANDING_BEFORE.finditer(s.text, 0, run[0].begin):
                if h.end() == run[0].begin:
                    head = h
            tail = _STANDING_AFTER.match(s.text[run[-1].end :])
            found = head or tail
            if found is None:
                continue
            word = re.sub(r"\s+", " ", found["cap"].lower())
            cap = _STANDING_CAPACITY.get(word) or _capacity_word(word)
            if cap is None or cap in ("member", "host", "chair"):
                continue
            for m in run:
                out.setdefault((bloc, m.iso3), cap)
    return out


# Said of the meeting under discussion in the sentence after it: it opens, or it ends.
_OPENS_OR_ENDS = re.compile(
    r"\b(?:kicked[-\s]off|began|opened|got\s+under\s?way|will\s+(?:end|close|conclude)|"
    r"ended|closed|concluded|wrapped\s+up)\b(?!\s+(?:the|a|an|its|their)\b)",
    re.IGNORECASE,
)
# Events that open and end and are no meeting: "The 15-day-long military exercise began".
_OTHER_EVENT = re.compile(
    r"\b(?:exercises?|drills?|war|operations?|campaign|visit|tour|offensive|ceasefire|truce)\b",
    re.IGNORECASE,
)
_UNDER_WAY = re.compile(
    r"\b(?:began|opened|kicked[-\s]off|(?:was|were)\s+held|took\s+place|(?:has|have)\s+(?:begun|opened)|"
    r"got\s+under\s?way|(?:is|are)\s+(?:under\s?way|being\s+held|currently\s+under\s?way)|came\s+to\s+an\s+end|"
    r"(?:has|have)\s+been\s+(?:held|opened|convened)|"
    r"concluded|wrapped\s+up|"
    # Russian: "В Бишкеке проходит первое заседание" (is being held), "состоялось", "открылся"
    r"проход(?:ит|ят)|состоял(?:ось|ся|ась|ись)|открыл(?:ось|ся|ась|ись)|"
    r"начал(?:ось|ся|ась|ись)|завершил(?:ось|ся|ась|ись))\b",
    re.IGNORECASE,
)
# (and in Cyrillic capitals: "МИНСК, 27 июня /ТАСС/.")
_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]+,\s+")
_DATELINE_HEAD = re.compile(
    r"^[A-Z][A-Z .'-]+,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s+\d{4})?\s*(?:[:.(/—–-]|\s)|"
    r"^[А-ЯЁ][А-ЯЁ .-]+,\s+\d{1,2}\s+[а-яё]{3,8}"
    r"(?:,?\s+\d{4})?\s*(?:[:.(/—–-]|\s)"
)
# "Rome, (APP - UrduPoint / Pakistan Point News - 12th Jun, 2024) Pope Francis ...", "MOSCOW
# (UrduPoint News / Sputnik - 15th September, 2021)": a place and, in brackets, the agencies
# and the day they filed the report; that day is not the meeting's.
_AGENCY_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s*\([^()]{1,80}?\s[-–/]\s[^()]{0,40}?"
    r"\b(?:19|20)\d{2}\)"
)
_DATE_PLACE_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4},\s+"
    r"(?:[A-Z][\w'’-]*\s*,?\s*){1,6}$"
)
_READOUT_VERB = re.compile(
    r"\b(?:took\s+part|participated|attended|chaired|presided\s+over)\s+(?:in\s+|at\s+|over\s+)?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|sitting|conference)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:have|has)\s+(?:joined|gathered|met|opened|begun|started|arrived)|\b(?:is|are)\s+(?:meeting|"
    r"holding|hosting|gathering|taking part|attending|under\s?way|being\s+held|in\s+session)\b|"
    r"\btoday\b|" + languages.PRESENT_WORDS,
    # "проходит", "собрались", "відкрився", "انطلقت": Russian, Ukrainian, Belarusian and Arabic
    # (languages.py)
    re.IGNORECASE,
)


# A report's time stamp, a line of its own near the top: "20 December 2019, 19:20",
# "• 2022-12-09 11:33:36Z", "Published : 26 Nov 2014, 04:08 AM", "November 28, 2019, Bishkek"
# (a label, a bullet or dash, the day, a time of day, a place; nothing else).
_STAMP_LINE = re.compile(
    r"^[ \t]*(?:[-•·*–—][ \t]*)?(?:(?i:published|updated|posted|date|dated|fecha|publicado|"
    # French, German, Italian, Russian, Turkish ("Oluşturma Tarihi: 2015-05-12 12:57:54")
    r"publié\s+le|mis\s+à\s+jour\s+le|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|"
    r"pubblicato(?:\s+il)?|опубликовано|обновлено|oluşturma\s+tarihi|güncelleme\s+tarihi|"
    r"yayın\s+tarihi)"
    r"[ \t]*(?:on)?[ \t]*:?[ \t]*)?(?P<day>[^\n]{6,40}?)"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?|Z|GMT|UTC)?)?"
    r"(?:,[ \t]*(?:[A-Z][\w'’.-]*[ \t]*,?[ \t]*){1,4})?[ \t]*$",
    re.MULTILINE,
)
_ISO_DAY = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")


def _stamp_line(head: str, published: PartialDate | None) -> tuple[PartialDate, str] | None:
    """The day of the first time-stamp line among a report's first lines (see _STAMP_LINE):
    the whole of the line's day part must be one date to the day."""
    for line in head.splitlines()[:12]:
        m = _STAMP_LINE.match(line)
        if m is None:
            continue
        day = m["day"].strip()
        if _ISO_DAY.fullmatch(day):
            try:
                return parse_published(day), line.strip()
            except InputError:  # "2021-02-30": no real day
                continue
        found = find_dates(day, published)
        if (
            len(found) == 1
            and found[0].begin == 0
            and found[0].finish == len(day)
            and found[0].start.exact is not None
            and re.search(r"(?:19|20)\d{2}", day)  # the year written: a stamp, not a mention
        ):
            return found[0].start, line.strip()
    return None


def _dateline(
    sentences: list[Sentence], published: PartialDate | None, head: str = ""
) -> tuple[PartialDate, str] | None:
    """ "MINSK, June 27. /TASS/.": the day the report was filed, for a meeting the report
    describes as going on ("have joined", "are meeting"); else the report's time stamp line
    among its first lines ("20 December 2019, 19:20")."""
    for s in sentences:
        if _DATE_PLACE_LINE.match(s.text):
            # "May 25, 2023, The Kremlin, Moscow": a readout's line of date and place
            found = find_dates(s.text, published)
            if found and found[0].begin == 0 and found[0].start.exact is not None:
                return found[0].start, s.text
        if _DATELINE.match(s.text):
            # "YEREVAN, NOVEMBER 18, ARMENPRESS.": a month in capitals, as datelines write it
            head = re.sub(r"\b[A-Z]{3,9}\b", lambda w: w[0].title(), s.text[:40])
            found = find_dates(head, published)
            if found and found[0].start.exact is not None:
                d = found[0]
                return d.start, s.text[: max(d.finish, len(s.text.split(".")[0]))].strip()
    return _stamp_line(head, published) if head else None


def _venue_of_date_line(matcher: Matcher, meeting: Meeting, line: str) -> None:
    """ "May 25, 2023, The Kremlin, Moscow" heading a readout of the meeting held: the city the
    line ends on is the venue, its state the host (a "MINSK, June 27" dateline is not)."""
    if not _DATE_PLACE_LINE.match(line) or matcher.place_re is None or meeting.city is not None:
        return
    places = list(matcher.place_re.finditer(line))
    if not places or line[places[-1].end() :].strip(" ,"):
        return
    name = re.sub(r"\s+", " ", places[-1][0])
    meeting.city, meeting.city_quote = name, line
    state = matcher.place(name)
    if meeting.host is None and state is not None:
        meeting.host, meeting.host_quote, meeting.host_from_city = state, line, True


def _headline_year(sentences: list[Sentence]) -> PartialDate | None:
    """ "ASEAN Summit 2023 to begin": the one year a report's headline (a first line with no
    full stop) names with a meeting word, the year of the days its text names without one
    ("on September 9-10") when the report's date is not known."""
    if not sentences or "\n" in sentences[0].text or sentences[0].text.endswith("."):
        return None
    years = A_YEAR.findall(sentences[0].text)
    if len(years) != 1 or not MEETING_WORDS.search(sentences[0].text):
        return None
    return PartialDate(int(years[0]))


def _earlier_year(meeting: Meeting, published: PartialDate | None) -> bool:
    """A meeting of a year before the report's: background, not the report's subject."""
    year = meeting.start.year if meeting.start is not None else meeting.year_hint
    return published is not None and year is not None and year < published.year


# "the commitments made at the NATO Summit": a meeting named for what was decided there;
# "The relationship ... dates back to March 1986, when the GCC Ministerial Council": a meeting
# named for a history's beginning.
_MADE_AT = re.compile(
    r"\b(?:made|taken|adopted|agreed|reached|launched|signed|given|announced)\s+(?:at|during)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$|"
    r"\b(?:dates?|dated|dating|goes|went|going|traces?|traced)\s+back\s+to\b[^.;]{0,40}"
    r"\bwhen\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "the NATO Summit that took place 14 years ago": not the day the report was filed.
_AGO = re.compile(r"\b(?:\d+|[a-z]+)\s+(?:years?|months?|weeks?|decades?)\s+ago\b", re.I)


_IN_ATTENDANCE = re.compile(r"\b(?:is|are)\s+(?:also\s+)?in\s+attendance\b", re.IGNORECASE)


def _present(text: str) -> bool:
    return bool(_PRESENT.search(text))


# (and "cimeira", the summit of European Portuguese)
_SUMMIT_WORD = (
    r"\b(?:summits?|cumbres?|cúpulas?|cimeiras?|sommets?|"
    + meeting_finding.FOREIGN_SUMMIT_NOUNS
    + r")\b"
)
_NOT_REPORT = re.compile(r"^(?:also read|read also|read more|related|watch|see also)\b", re.I)


def _has_facts(m: Meeting) -> bool:
    # States inferred from a collective alone ("de 27 lidstaten") do not make a meeting of
    # one the text gives no date, place, series or record for: nothing would say which of the
    # bloc's meetings they attended.
    identified = m.start is not None or m.city or m.series
    return bool(
        m.existing
        or any(not p.inferred or identified for p in m.participants.values())
        or m.invitations
        or m.host
        or m.ordinal
        or (m.start is not None and m.start.month is not None)
    )


_MATCHERS: dict[tuple[int, frozenset[str]], Matcher] = {}


def _matcher(gaz: Gazetteer, text: str = "") -> Matcher:
    """The matcher of ``gaz`` for a text in the scripts ``text`` is written in: the names in
    Cyrillic and Arabic letters are compiled only for a text that has such letters (thousands
    of declined and prefixed forms: compiling them would double an English report's time)."""
    key = (id(gaz), languages.scripts(text))
    if key not in _MATCHERS:
        if any(k[0] != key[0] for k in _MATCHERS):
            _MATCHERS.clear()
        _MATCHERS[key] = Matcher(gaz, key[1])
    return _MATCHERS[key]


# "this weekend's summit", "the summit", "Sunday's summit": the report's own summit.
_THIS_SUMMIT = re.compile(
    r"\b(?:the|this|today['’]s|tomorrow['’]s|this\s+(?:weekend|week|month)['’]s|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:\w+\s+)?summit\b",
    re.IGNORECASE,
)
_NEXT_MEETING = re.compile(
    r"\b(?:(?:the|its|their)\s+(?:next|following|upcoming)|next\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|meeting|session|conference|gathering)\b|"
    + languages.NEXT_MEETING,  # "следующее заседание", "القمة المقبلة"
    re.IGNORECASE,
)
_ATTENDED_ALONE = re.compile(
    r"\b(?:attended|took\s+part|participated|did\s+not\s+attend|(?:was|were)\s+absent|"
    r"skipped\s+it|stayed\s+away)\s*(?:too|as\s+well)?\s*[.,;]|"
    r"\b(?:was|were)\s+represented\s+by\b|"
    r"\bsent\s+(?:a\s+|its\s+|their\s+)?(?:delegations?|ministers|representatives|envoys)\b|"
    # "Baerbock hosted the foreign ministers of ...": the gathering under discussion
    r"\bhost(?:ed|s)\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:ministers|leaders|heads\s+of|"
    r"delegations|counterparts)\b|"
    r"\b(?:was|were)\s+(?:an?\s+|the\s+)?(?:special\s+)?guests?\s+of\b|"
    # "ni Milei ni Peña estarán presentes": Spanish for "will be present"
    r"\b(?:estar[áa]n?|est[áa]n?|estuvieron)\s+presentes?\b|"
    # "welcomed the foreign ministers of ...": a gathering ("hosted ..." is the line above)
    r"\b(?:welcomed|received)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ministers|leaders|"
    r"delegations|heads\s+of\s+(?:state|government)|counterparts)\s+(?:of|from)\b",
    re.IGNORECASE,
)


# "Guinea's President has taken over as the new chairperson of the African Union": a chair
# handed over at the meeting (not "will take over next year")
_TAKES_CHAIR = re.compile(
    r"\b(?:(?:has|have|had)\s+taken|took)\s+over\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
    r"(?:rotating\s+)?(?:[\w-]+\s+)?chair",
    re.IGNORECASE,
)


# Taking part, arriving, being present or staying away, as a word class with its inflections in
# the languages the reports come in: "will also attend", "arrived", "were present", "chegou",
# "llegó", "desembarcou", "est arrivé", "приехал", "حضر". Narrower than ATTEND (no "met",
# "sent", "including"): said of a state far from the meeting's name, only these mean it.
_TAKES_PART = re.compile(
    r"\b(?:attend(?:ed|s|ing|ance)?|participat\w*|took\s+part|take\s+part|taking\s+part|"
    r"(?:was|were|are|is|be)\s+(?:also\s+)?present|represented|arriv\w*|"
    r"lleg(?:a|an|ó|aron|ará|arán|ada|ado|ar)|cheg(?:a|am|ou|aram|ará|arão|ada|ar)|"
    r"desembarc\w+|asist\w+|particip(?:a|an|am|ó|ou|aron|aram|ará|arán|arão|e|ent|era|eront)|"
    r"présents?|presentes?|приехал\w*|прибыл\w*|прибуд\w*|"
    + meeting_finding.FOREIGN_ATTEND
    + "|"
    + languages.ATTEND_WORDS
    + r")\b",
    re.IGNORECASE,
)


def _takes_part_later(matcher: Matcher, text: str, current: Meeting | None) -> bool:
    """A sentence further on in a report about a meeting that says a state takes part,
    arrives or stays away, and names no other bloc, event or pair of states: it is about the
    meeting under discussion ("Namibia will also attend as the incoming SADC chair", "El
    primero en llegar es el presidente de Paraguay") however many sentences on."""
    if current is None or not (_TAKES_PART.search(text) or ABSENT.search(text)):
        return False
    return _only_about(matcher, text, current.bloc) and bool(matcher.states(text))


def _only_about(matcher: Matcher, text: str, bloc: str) -> bool:
    """A sentence that can only be about the bloc's meeting under discussion: it names no other
    bloc, no other kind of event, no two states' own talks and nothing "N years ago"."""
    if _OTHER_EVENT.search(text) or _TWO_SIDES.search(text) or _AGO.search(text):
        return False
    return all(b == bloc for b, _at in matcher.blocs(text))


def _continues(text: str) -> bool:
    """A sentence that goes on about the meeting without naming it ("The participating
    countries ... included ...", "Belarus attended as an observer")."""
    if _TAKES_CHAIR.search(text):
        return True
    return bool(
        re.search(
            r"\b(?:participating (?:countries|states|nations)|participants|attendees|"
            r"the (?:leaders|delegations|heads of state)|as (?:an? |the )?observers?\b|"
            # "The defence ministers will also be joined by their counterparts from ..."
            r"\b(?:be|been|being|was|were|is|are)\s+(?:also\s+)?joined\s+by\b)",
            text,
            re.IGNORECASE,
        )
    )


# "プローディ委員長(EU)が参加しました", "Prodi, Commission President (EU)": the bloc an official
# serves, in brackets after the title, as a state is after a leader's ("クリントン大統領(アメリカ)")
_TITLE_THEN_BRACKET = re.compile(
    r"(?:\b(?:President|Chair(?:man|woman|person)?|Commissioner|Secretary[- ]General)|委員長|議長|"
    r"主席|事務総長)\s*[(（]\s*$"
)


def _meeting_mentions(
    matcher: Matcher,
    s: Sentence,
    index: int,
    dates: list[DateMention],
    nearby: Collection[str] = (),
    report_blocs: Collection[str] = (),
) -> list[_MeetingMention]:
    """The meetings a sentence names: the first body (or the bloc with a meeting word), and
    any other body after it ("... convenes today in preparation for the XXIV SCO Summit
    slated for 3-4 July"). Each date goes to the meeting named nearest to it."""
    blocs = matcher.blocs(s.text) or matcher.councils_by_opener(s.text, report_blocs)
    # "Comoros (representing the African Union)": a bloc a state speaks for is no meeting's.
    # "Heads of six international organisations including the UN, ASEAN, the CIS ... have also
    # been invited to the summit": organisations invited, not the meeting's bloc.
    blocs = [
        (b, at)
        for b, at in blocs
        if not _REPRESENTING.search(s.text[max(0, at - 30) : at])
        and not _ORGANISATIONS.search(s.text[max(0, at - 120) : at])
        and not _BLOC_TAKES_PART.match(s.text, at + _name_length(s.text, at))
        and not _TITLE_THEN_BRACKET.search(s.text, max(0, at - 40), at)
    ]
    # "China, Japan, Korea, the European Union and the United States are attending the summit
    # as observers", "accompanied by NATO Secretary General Jens Stoltenberg": with another
    # bloc's meeting under discussion, a bloc listed among the participants, or an official's,
    # is not the meeting's bloc.
    names_state = meeting_choice.state_at_edge(matcher)

    def taking_part(b: str, at: int) -> bool:
        if not any(other != b for other in nearby):
            return False
        end = meeting_choice.bloc_end(matcher, s.text, at)
        return bool(
            meeting_choice.bloc_as_participant(s.text, at, end, names_state)
            or _AFFILIATION.search(s.text[max(0, at - 60) : at])
            or _TITLE_AFTER.match(s.text, end)
        )

    blocs = [(b, at) for b, at in blocs if not taking_part(b, at)]
    # "The third summit in the history of the NATO-Russia Council (NRC) took place in Lisbon":
    # a council of the bloc with a partner the knowledge base records no body of, a meeting of
    # its own (no body, apart from the bloc's own meetings).
    councils = matcher.joint_councils(s.text)
    # "Moldova suspended its participation in CIS meetings", "participates in official CIS
    # summits": meetings in general, none of them in particular.
    specific = [w for w in MEETING_WORDS.finditer(s.text) if not _in_general(s.text, w)]
    has_word = (specific[0] if specific else None) or (
        (
            GATHERING.search(s.text)
            or _HOSTS_PEOPLE.search(s.text)
            # "Die Außenminister der Nato trafen sich": the same in the other languages
            or meeting_finding.foreign_gathering(s.text)
        )
        if blocs
        else None
    )
    # "after it joined the organisation in 2017": another event's date, not this meeting's.
    dates = [d for d in dates if not _statement_date(s.text, d)]
    found: list[tuple[Body | None, int]] = []
    partners: dict[int, tuple[str, str]] = {}  # a summit of two blocs: where named -> the blocs
    ordinals: dict[int, int] = {}  # a listed meeting's own ordinal, by where it is named
    twins: dict[int, int | None] = {}  # the ordinals of two meetings named together
    by_place: set[int] = set()  # where a summit named by its city is ("the Astana summit")
    generic_at: set[int] = set()  # where a bare summit word is taken as the bloc's summit body
    named_once: set[int] = set()  # "... and the 45th Summit": a listed meeting, its body said once
    named_series: dict[int, str] = {}  # "the ASEAN-Japan Summit": where named -> its series
    for candidate, at, _end in matcher.bodies(s.text, nearby):
        meeting_like = re.search(
            r"council|summit|meeting|conference|assembly|group|forum",
            " ".join(candidate.names),
            re.I,
        )
        if _AFFILIATION.search(s.text[max(0, at - 60) : at]) or _TITLE_AFTER.match(s.text, _end):
            # "Director of the Executive Committee of the SCO RATS", "European Council President
            # Charles Michel": a title
            continue
        if _PAPERS_AFTER.match(s.text, _end) or _DECISION_OF.search(s.text[max(0, at - 60) : at]):
            continue  # "the CSTO Collective Security Council projects": its papers, no meeting
        if not meeting_like and not _MEETING_AT.search(
            s.text[max(0, at - 25) : at] + "\0" + s.text[_end : _end + 25]
        ):
            # "the SCO Secretariat's activity" in a sentence about a meeting: a body that does
            # not meet (a secretariat, a committee's staff) is a meeting only where a meeting
            # word is said of it ("a meeting of the X", "the X session").
            continue
        if all(candidate is not b for b, _ in found):
            found.append((candidate, at))
    for word in re.finditer(_SUMMIT_WORD, s.text, re.IGNORECASE):
        partnered = _partner_summit(matcher, s.text, word.start())
        if partnered is not None and all(abs(at - word.start()) >= 60 for _b, at in found):
            # "the ASEAN-Japan Commemorative Summit": the bloc's summit with that one state
            found.append((partnered[0], word.start()))
            named_series[word.start()] = partnered[1]
    found, joint_bodies = _joint_of_bodies(s.text, found, blocs)
    if blocs and not has_word:
        found += _bloc_under_way(matcher.gaz, s.text, blocs)
    if blocs and has_word:
        bloc = _bloc_after_word(s.text, blocs, has_word.end()) or _bloc_near(
            blocs, has_word.start()
        )
        for word in re.finditer(_SUMMIT_WORD, s.text, re.IGNORECASE):
            near = [b for b, at in blocs if _bloc_by_word(s.text, at, word.start())]
            if not near and (
                meeting_choice.sole_bloc_summit(matcher.gaz, s.text, word, blocs)
                or (len({b for b, _ in blocs}) == 1 and meeting_finding.of_the_bloc(s.text, word))
            ):
                # "Six of the Group of Seven leaders discussed ..., wrapping up a summit": the
                # summit a sentence naming one bloc speaks of is that bloc's
                near = [blocs[0][0]]
            # ("G7-Gipfel": the bloc's name glued to the noun is its own summit)
            glued = word.start() > 0 and any(
                s.text[at : word.start() - 1] in matcher.bloc_lookup for _b, at in blocs
            )
            if (
                not near
                or _in_general(s.text, word)
                or (
                    not glued
                    and re.search(
                        r"-\s*$|\bPlus\b|East Asia|[\w.]+-[\w.]+\s+$",
                        s.text[word.start() - 40 : word.start()],
                    )
                )
            ):
                continue  # "the China-ASEAN Summit", "the East Asia summit": not the bloc's own
            partner = _between_blocs(matcher, s.text, word)
            if partner is not None:
                partners[word.start()] = partner
                continue  # "the first summit ... between the GCC countries and ASEAN": joint
            if meeting_finding.between_parties(s.text, word):
                continue  # "a cúpula entre a União Europeia e a Celac": not the bloc's own body
            if not glued and _bloc_and_state(matcher, s.text, blocs):
                # "un sommet en Sibérie ... un nouvel accord stratégique UE-Russie", "Sommet ...
                # entre l'Union européenne et la Russie": the bloc's summit with a state
                continue
            generic = _generic_body(matcher.gaz, near[-1], word[0])
            new = generic is not None and all(generic is not b for b, _ in found)
            if new and not any(abs(at - word.start()) < 60 for _b, at in found):
                found.append((generic, word.start()))
                generic_at.add(word.start())
            elif (
                generic is not None
                and not new
                and meeting_choice.summit_named_by_place(matcher.gaz, s.text, word)
                and not any(abs(at - word.start()) < 60 for _b, at in found)
            ):
                # "It will be the first SCO summit since ... at the Astana summit in Kazakhstan
                # in 2017": a summit named by its city is another meeting of the same body
                found.append((generic, word.start()))
                by_place.add(word.start())
        listed = list(_ORDINAL_MEETING.finditer(s.text))
        if len(listed) >= 2:
            # "the 26th China-ASEAN Summit, the 26th ASEAN Plus Three Summit and the 18th East
            # Asia Summit": a list of meetings, each its own, with its own ordinal.
            for lm in listed:
                # "the 49th ASEAN Summit", "the 188th Meeting of the OPEC Conference", "the
                # 37th OPEC and non-OPEC Ministerial Meeting" (not "the 26th China-ASEAN Summit")
                own = (
                    not (lm["name"] or lm["of"])  # "the 45th Summit", of the bloc named before
                    or (lm["name"] or lm["of"]).split()[0] in matcher.gaz.bloc_names
                    or any(
                        at == lm.end() + len(of[0]) - len(of["rest"])
                        for of in [_OF_BLOC.match(s.text, lm.end())]
                        if of is not None
                        for _b, at in blocs
                    )
                    or (  # "the 16th Extraordinary Summit of the AU", "the AU's 16th ... Summit"
                        re.search(r"['’]s\s+$", s.text[max(0, lm.start() - 3) : lm.start()])
                        is not None
                        and any(lm.start() - 40 <= at < lm.start() for _b, at in blocs)
                    )
                )
                inside = [(b, at) for b, at in found if lm.start() <= at < lm.end()]
                if inside and not own:
                    found = [f for f in found if f not in inside]  # not the bloc's own body
                    inside = []
                if not inside:
                    body = None
                    if not (lm["name"] or lm["of"]) and found:
                        # "the 44th ASEAN Summit (plenary session) and the 45th Summit (retreat
                        # session)": the body named once, the two held together
                        body = max(found, key=lambda f: f[1] if f[1] < lm.start() else -1)[0]
                        named_once.add(lm.start())
                    found.append((body, lm.start()))
                    inside = [(body, lm.start())]
                for _b, at in inside:
                    ordinals[at] = int(lm["n"])
        for pair in _ORDINAL_PAIR.finditer(s.text):
            # "the 40th and 41st ASEAN summits": two meetings of one body, named together, each
            # with its ordinal; the second is set just after the first.
            inside = [(b, at) for b, at in found if pair.start("second") <= at < pair.end()]
            if len(inside) == 1 and inside[0][0] is not None:
                body, at = inside[0]
                twins[at] = _ordinal_value(pair["first"])
                twins[at + 1] = _ordinal_value(pair["second"])
                found.append((body, at + 1))
        if found:
            _named_before_body(s.text, blocs, found)
        if not found and _TWO_SIDES.search(s.text):
            # "X and Y held a meeting in Riyadh to discuss ... between the two countries within
            # the OPEC+ alliance": two states' own talks, the bloc named as their setting.
            return []
        if not found:
            gathering = GATHERING.search(s.text)
            body = _gathering_body(matcher.gaz, bloc, gathering[0]) if gathering else None
            kinds = [(k[1] or k[2]).lower() for k in _MINISTER_KIND.finditer(s.text)]
            if body is None and has_word.re is meeting_finding.FOREIGN_GATHERING:
                # "les ministres des Affaires étrangères de l'OTAN se sont réunis": the bloc's
                # body of the people who gathered
                kind = meeting_finding.gathering_kind(s.text, has_word)
                if kind == "leaders":
                    body = _generic_body(matcher.gaz, bloc, "summit")
                elif kind in ("foreign", "defence"):
                    body = _gathering_body(matcher.gaz, bloc, f"{kind} ministers met")
            if body is None and _LEADERS_MEETING.search(s.text):
                # "a meeting of Eurasian Economic Union leaders": the bloc's summit
                body = _generic_body(matcher.gaz, bloc, "summit")
            if body is None:
                # "la reunión de cancilleres del Mercosur", "заседание Совета министров
                # иностранных дел ШОС": the bloc's body of the people the meeting is of
                body = meeting_finding.body_by_ministry(matcher.gaz, bloc, s.text, has_word)
            if body is None and kinds:
                # "Russian Foreign Minister Lavrov, Chinese Foreign Minister Wang Yi, ... are
                # attending the meeting": a meeting of the bloc's foreign ministers.
                kind = max(set(kinds), key=kinds.count)
                if kinds.count(kind) >= 2 and len(set(kinds)) == 1:
                    body = _gathering_body(matcher.gaz, bloc, f"{kind} ministers met")
            if body is not None and _summit_body(body) and _bloc_and_state(matcher, s.text, blocs):
                # "les dirigeants de l'UE ... un sommet en Sibérie ... accord stratégique
                # UE-Russie": the bloc's leaders at its summit with a state, not its own
                body = None
            found.append((body, has_word.start()))
    if blocs and found:
        # "did not attend the CIS summit in Kyrgyzstan, and in October this year, Armenia did
        # not support two statements at the meeting of CIS foreign ministers": a ministers'
        # meeting named after another meeting is a meeting of its own.
        for word in MEETING_WORDS.finditer(s.text):
            ministers = _MINISTERS_MEETING.match(s.text, word.start())
            if (
                ministers is not None
                and word.start() > max(at for _b, at in found) + 40
                and any(word.start() <= at < ministers.end() for _b, at in blocs)
            ):
                found.append((None, word.start()))
    named = [at for _b, at in [*found, *blocs]]
    joints = [
        j.start()
        for j in _JOINT.finditer(s.text)
        if blocs and found
        # "a joint session of the SCO Heads of State Council": that body's own meeting
        if not meeting_choice.session_of_named(s.text, j.end(), named)
    ]
    # "Biden will attend a joint session by video link, ... at the ASEAN summit": the joint
    # session with a partner is a meeting of its own.
    found += [(None, at) for at in joints if all(abs(at - f) > 2 for _b, f in found)]
    joints += list(joint_bodies)
    council_at = {at: other for _b, at, other, _state in councils}
    council_state = {at: state for _b, at, _other, state in councils}
    for bloc_of, at, _other, _state in councils:
        if all(abs(at - f) > 2 for _b, f in found):
            found.append((None, at))
            blocs = [*blocs, (bloc_of, at)]
    if not found:
        return []
    found.sort(key=lambda f: f[1])
    mentions: list[_MeetingMention] = []
    for number, (body, at) in enumerate(found):
        bloc = (
            body.bloc
            if body is not None
            else joint_bodies.get(at)
            or _bloc_after_word(s.text, blocs, _word_end(s.text, at))
            or _bloc_near(blocs, at)
        )
        mine = [d for d in dates if _date_owner(s.text, found, d) == number]
        names = list(_body_aliases(body, matcher.gaz)) if body is not None else []
        # (the names in other languages too: "a 32ª Cimeira ... da União Africana")
        names += [n for n, b in matcher.bloc_lookup.items() if b == bloc]
        ordinal = (
            ordinals.get(at)
            or twins.get(at)
            or _ordinal_near(
                s.text[max(0, at - 80) : at + 120], sorted(names, key=len, reverse=True)
            )
            # "à la 20ème session ordinaire", "a VI cimeira", "das zwölfte Treffen": the
            # other languages' ordinal just before the meeting word the mention is named by
            or _ordinal_by_word(s.text, at)
            # "الدورة الـ (132) للمجلس الوزاري": a body named after the session's ordinal
            or _ordinal_of_session_before(s.text, at)
        )
        next_one = bool(_NEXT.search(s.text[max(0, at - 40) : at]))
        other = bool(_PART_OF.search(s.text[max(0, at - 40) : at])) or at in ordinals
        twin = (at in twins and at - 1 in twins) or (at in named_once and bool(mentions))
        if twin:
            mine = sorted({*mentions[-1].dates, *mine}, key=lambda d: d.begin)
            mentions[-1].dates = list(mine)  # the dates of the one are the other's
        mention = _MeetingMention(
            index,
            bloc,
            body,
            ordinal,
            mine,
            s.start,
            at,
            next_one,
            other,
            at in joints or at in council_at,
            twin,
        )
        mention.kind = _kind(s.text, at, body)
        mention.generic = body is None or at in generic_at
        two_blocs = partners.get(at)
        if body is None and two_blocs is not None and bloc in two_blocs:
            mention.partner = two_blocs[1] if bloc == two_blocs[0] else two_blocs[0]
        mention.partner = mention.partner or council_at.get(at)
        mention.partner_state = council_state.get(at)
        mention.series = named_series.get(at)
        mentions.append(mention)
    last = found[-1][1]
    shared = [d for d in dates if d.begin > last]
    if len(mentions) > 1 and shared and len(dates) == len(shared) and last not in by_place:
        # "The 188th Meeting of the OPEC Conference, ... and the 37th ONOMM will be held on
        # Sunday": the date is each one's.
        for mention in mentions:
            mention.dates = list(shared)
    return mentions


# "a joint meeting of the", "совместное заседание", "una reunión conjunta de los", "une réunion
# conjointe des", "eine gemeinsame Sitzung der": a meeting several bodies hold together.
_JOINT_OF = re.compile(
    r"\b(?:joint|combined)\s+(?:session|meeting|sitting)\s+of\s+(?:the\s+)?|"
    r"(?<!\w)совместн\w+\s+(?:заседани|сессии|встреч)\w*\s+|"
    r"\b(?:reuni[oó]n|sesi[oó]n|reunião|sessão)\s+conjunta\s+(?:de\s+(?:l[oa]s\s+|os\s+|as\s+)?|"
    r"d[oa]s?\s+|del\s+)|"
    r"\bréunion\s+conjointe\s+(?:des|du|de\s+la)\s+|"
    r"\bgemeinsamen?\s+(?:Sitzung|Tagung|Treffen)\s+(?:des|der)\s+",
    re.IGNORECASE,
)
# A council or committee heading an item of a list (at its start, or after ", ", "and the",
# " и "): "the Council of Foreign Ministers, the Council of Defense Ministers and the Committee
# of Secretaries", "Совета министров иностранных дел, Совета министров обороны и Комитета".
_LISTED_COUNCIL = re.compile(
    r"(?:^|,\s*|\s(?:and|и|y|e|et|und)\s+)(?:(?:the|l[oa]s|os|as|des|der|du|de\s+la)\s+)?"
    r"(?:Councils?|Committees?|[СC]овет\w*|Комитет\w*|Consejos?|Conselhos?|Conseils?|"
    r"Comit[ée]s?|Rat(?:es|s)?|Ausschuss\w*)\b"
)


def _joint_of_bodies(
    text: str, found: list[tuple[Body | None, int]], blocs: list[tuple[str, int]]
) -> tuple[list[tuple[Body | None, int]], dict[int, str]]:
    """ "a joint meeting of the Council of Foreign Ministers, the Council of Defense Ministers
    and the Committee of Secretaries of Security Councils of the ... CSTO": one meeting of two
    or more councils or committees of a bloc, listed after a joint meeting's words, is no one
    body's own (nor the bloc's summit it precedes). The bodies named in the list give way to
    one meeting of no body where the joint words begin, of the bloc named after them (else
    before); returned with those places -> the bloc."""
    joint: dict[int, str] = {}
    for j in _JOINT_OF.finditer(text):
        end = min(len(text), j.end() + 250)
        heads = list(_LISTED_COUNCIL.finditer(text[j.end() : end]))
        if len(heads) < 2 or heads[0].start() != 0:
            continue
        listed = [(b, at) for b, at in found if j.end() <= at < j.end() + heads[-1].end() + 80]
        after = [b for b, at in blocs if at >= j.end()]
        before = [b for b, at in blocs if at < j.start()]
        bodies = {b.bloc for b, _at in listed if b is not None}
        named = [*bodies] if len(bodies) == 1 else after or before
        if not named:
            continue
        bloc = named[0]
        found = [f for f in found if f not in listed]
        found.append((None, j.start()))
        joint[j.start()] = bloc
    return found, joint


_REPRESENTING = re.compile(r"\b(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "The European Union and Georgia also took part in the meeting": the bloc takes part in
# another's meeting; it is not the meeting's bloc.
_BLOC_TAKES_PART = re.compile(
    r"(?:\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*\s+(?:also\s+)?"
    r"(?:took\s+part|participated|attended|joined)\b"
)


def _bloc_by_word(text: str, at: int, word: int) -> bool:
    """The bloc named at ``at`` is close enough to a meeting word at ``word`` to be its bloc:
    40 characters either side, counted from the end of a long name and its abbreviation in
    brackets ("the Gulf Cooperation Council (GCC) countries for the 40th summit")."""
    end = at + _name_length(text, at)
    brackets = re.match(r"\s*\([A-Z][\w+-]{1,9}\)", text[end:])
    if brackets:
        end += brackets.end()
    return at - 40 <= word <= end + 40


def _name_length(text: str, at: int) -> int:
    """The length of the capitalised name that begins at ``at`` ("European Union")."""
    m = re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", text[at:])
    return len(m[0]) if m else 0


_ORGANISATIONS = re.compile(
    r"\b(?:international|regional|multilateral)\s+organi[sz]ations\s+(?:including|such\s+as|"
    r"like|among\s+them)\b[^.;]*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;")


def _date_owner(text: str, found: list[tuple[Body | None, int]], d: DateMention) -> int:
    """Which of the meetings a sentence names (sorted by place) a date is of: the nearest, but
    not across a clause break when a meeting named after the date is in the date's clause
    ("did not attend the CIS summit ..., and in October this year, Armenia did not support two
    statements at the meeting of CIS foreign ministers")."""
    nearest = min(range(len(found)), key=lambda i: abs(found[i][1] - d.begin))
    at = found[nearest][1]
    later = [i for i in range(len(found)) if found[i][1] > d.finish]
    if at < d.begin and later and _CLAUSE_BREAK.search(text, at, d.begin):
        following = later[0]
        if not _CLAUSE_BREAK.search(text, d.finish, found[following][1]):
            return following
    return nearest


_PLURAL_MEETINGS = re.compile(
    r"(?:summits|meetings|sessions|conferences|cumbres|cúpulas|cimeiras|sommets|reuniones)$", re.I
)
_PARTICULAR = re.compile(
    r"\b(?:the|these|those|both|two|three|four|its|their|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?!(?:in|of|at|to|for|with|on|from)\b)[\w+-]+\s+){0,3}$",
    re.I,
)


# "the Meeting of NATO Foreign Ministers", "the foreign ministers' meeting", "the Bucharest
# Ministerial": a meeting of ministers, named where the meeting is.
_MINISTERS_MEETING = re.compile(
    r"(?:the\s+)?(?:meeting|session|conference|gathering)s?\s+of\s+(?:the\s+)?"
    r"(?:[\w+-]+\s+){0,3}?ministers\b|"
    r"(?:[\w+-]+\s+){0,3}?ministers['’]?\s+(?:meeting|session|conference|gathering)s?\b|"
    r"(?:[\w+-]+\s+){0,2}?ministerials?\b",
    re.IGNORECASE,
)


def _kind(text: str, at: int, body: Body | None) -> str | None:
    """ "ministerial" where the meeting named at ``at`` is named as a meeting of ministers ("the
    Meeting of NATO Foreign Ministers", "the GCC Ministerial Council"), "summit" where it is
    named as a summit or is a summit body's; else None."""
    if _MINISTERS_MEETING.match(text, at) or re.search(
        r"\bministerial\s+$", text[max(0, at - 15) : at], re.IGNORECASE
    ):
        return "ministerial"
    if _summit_body(body) or re.match(_SUMMIT_WORD, text[at:], re.IGNORECASE):
        return "summit"
    return None


_BETWEEN = re.compile(
    # ("cimeira entre UE e União Africana": the same in Portuguese, Spanish, French)
    r"\s+(?:(?:of|of\s+its\s+kind|ever)\s+)?(?:between|entre)\s+(?:the\s+|a\s+|la\s+|l[ae]\s+)?"
    r"(?P<a>[^.;]{2,80}?)\s+(?:and|with|e|y|et)\s+(?:the\s+|a\s+|la\s+|l[ae]\s+)?(?P<b>[^.;]{2,80})",
    re.IGNORECASE,
)


def _between_blocs(matcher: Matcher, text: str, word: re.Match[str]) -> tuple[str, str] | None:
    """ "the first summit of its kind between the Gulf Cooperation Council (GCC) countries and
    the Association of Southeast Asian Nations (ASEAN)": a summit of two blocs (the first named
    and the other), no body of either."""
    m = _BETWEEN.match(text, word.end())
    if m is None:
        return None
    first = matcher.blocs(m["a"])
    second = [b for b, at in matcher.blocs(m["b"]) if at < 40]
    if first and second and first[0][0] != second[0]:
        return first[0][0], second[0]
    return None


_GLUED_PAIR = re.compile(r"(?<![\w-])([^\W\d_][\w+]{1,9})[-–](?=[^\W\d_])")
_AND_WORD = re.compile(r"\s+(?:and|et|y|e|und|и)\s+(?:(?:the|la|le|l['’]|el|a|o|die|der)\s*)?")
_BETWEEN_WORD = re.compile(
    r"\b(?:between|entre|zwischen|tra|fra|между)\s+(?:(?:the|la|le|l['’]|el|a|o|die|der|dem)\s*)?$",
    re.IGNORECASE,
)


def _bloc_and_state(matcher: Matcher, text: str, blocs: list[tuple[str, int]]) -> bool:
    """Whether the sentence pairs a bloc with a state: "UE-Russie" (the bloc's name, a hyphen
    and the state's), or "entre l'Union européenne et la Russie"."""
    # (a bloc's name glued to a state's is no mention of the bloc in blocs())
    for name in _GLUED_PAIR.finditer(text):
        if name[1] in matcher.bloc_lookup:
            follow = matcher.states(text[name.end() : name.end() + 40])
            if follow and follow[0].begin == 0:
                return True
    for _bloc, at in blocs:
        end = meeting_choice.bloc_end(matcher, text, at)
        if end == at:
            continue
        if _BETWEEN_WORD.search(text[max(0, at - 30) : at]):
            joined = _AND_WORD.match(text, end)
            if joined:
                follow = matcher.states(text[joined.end() : joined.end() + 40])
                if follow and follow[0].begin == 0:
                    return True
    return False


def _summit_body(body: Body | None) -> bool:
    """A body whose meetings are the leaders' summits."""
    return body is not None and bool(
        re.search(r"summit|heads of state", " ".join(body.names), re.IGNORECASE)
    )


def _in_general(text: str, word: re.Match[str]) -> bool:
    """A plural meeting word with no article, number or ordinal before it ("in CIS meetings",
    "official CIS summits"): meetings in general (not "the 40th and 41st ASEAN summits")."""
    if not _PLURAL_MEETINGS.search(word[0]):
        return False
    if _HABITUAL_BEFORE.search(text[max(0, word.start() - 80) : word.start()]):
        return True  # "has generally participated in the ministerial-level meetings"
    return not _PARTICULAR.search(text[max(0, word.start() - 40) : word.start()])


_HABITUALLY_WORDS = (
    r"generally|usually|regularly|always|often|traditionally|routinely|normally|typically"
)
_HABITUAL_BEFORE = re.compile(r"\b(?:" + _HABITUALLY_WORDS + r")\b[^.;]{0,60}$", re.IGNORECASE)


# "Kenya will host at least 10 heads of state and 51 foreign ministers from African Union (AU)
# member states in Nairobi": a meeting of the bloc's people, with no meeting word.
_HOSTS_PEOPLE = re.compile(
    r"\b(?:will\s+host|hosts|hosted|is\s+hosting|was\s+hosting)\s+(?:[\w,-]+\s+){0,10}?"
    r"(?:heads\s+of\s+(?:state|government)|leaders|(?:[\w-]+\s+)?ministers|delegations)\s+"
    r"(?:from|of)\b|"
    # "Tajani received the G7 partners on the island of Capri"
    r"\b(?:received|receives|welcomed|welcomes)\s+the\s+(?-i:(?:[A-Z][\w-]*\s+){1,3})"
    r"(?:partners|counterparts|leaders|delegations)\b",
    re.IGNORECASE,
)
# "The G20 is underway", "the EAEU summit has opened": the bloc named for its meeting going on.
_BLOC_UNDER_WAY = re.compile(
    r"\s*(?:\([A-Z][\w+-]{1,9}\)\s*)?(?:is|are|has|have)\s+(?:now\s+)?"
    r"(?:under\s?way|begun|opened|started|kicked\s+off)\b",
    re.IGNORECASE,
)


def _bloc_under_way(
    gaz: Gazetteer, text: str, blocs: list[tuple[str, int]]
) -> list[tuple[Body | None, int]]:
    """The bloc's summit, where the text says the bloc itself is under way (a bloc whose one
    summit body is known; a sentence with no meeting word)."""
    out: list[tuple[Body | None, int]] = []
    for bloc, at in blocs:
        if _BLOC_UNDER_WAY.match(text, at + _name_length(text, at)):
            body = _generic_body(gaz, bloc, "summit")
            if body is not None:
                out.append((body, at))
    return out


def _gathering_body(gaz: Gazetteer, bloc: str, words: str) -> Body | None:
    """ "SCO foreign ministers met": the bloc's one body of foreign ministers; "NATO leaders
    met": its summit body."""
    m = GATHERING.match(words)
    if m is None:
        return None
    if re.match(r"leaders|heads of state|presidents", words, re.I):
        return _generic_body(gaz, bloc, "summit")
    kind = re.match(
        r"(?:ministers of\s+)?([\w-]+)\s+ministers|ministers of\s+([\w-]+)", words, re.I
    )
    if kind is None:
        return None
    word = (kind[1] or kind[2]).lower()
    word = {"defense": "defence", "foreign": "foreign"}.get(word, word)
    bodies = [
        b
        for b in gaz.bodies_of(bloc)
        if re.search(
            r"\b" + re.escape(word) + r"\b[\w ]{0,20}ministers|ministers of " + re.escape(word),
            " ".join(b.names),
            re.I,
        )
    ]
    return bodies[0] if len(bodies) == 1 else None


_TWO_SIDES = re.compile(
    r"\b(?:between\s+the\s+two\s+(?:countries|sides|nations|states|governments)|bilateral|"
    r"(?:the\s+two|both)\s+(?:officials|leaders|ministers|sides))\b",
    re.IGNORECASE,
)
_LEADERS_MEETING = re.compile(
    r"\b(?:meeting|summit|gathering)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:leaders|heads\s+of\s+state)\b|"
    # "Le 29ème sommet des Chefs d'Etat et de Gouvernement de l'Union africaine", "a 32ª Cimeira
    # de Chefes de Estado", "la cumbre de jefes de Estado": the same in French, Portuguese and
    # Spanish
    r"\b(?:sommet|cimeira|c[uú]pula|cumbre)\s+(?:des|de|dos|das|de\s+los)\s+"
    r"(?:chefs\s+d['’][EÉ]tat|chefes\s+de\s+Estado|jefes\s+de\s+Estado|dirigeants|"
    r"l[ií]deres|mandatarios|presidentes)\b|"
    # and with the other meeting nouns: "la reunión de jefes de Estado", "das zwölfte Treffen
    # der Staats- und Regierungschefs", "встреча глав государств", "اجتماع قادة"
    r"\b(?:reuni[oó]n|reunião|réunion|encuentro|encontro|(?-i:Treffen|Gipfel\w*|Sitzung))\s+"
    r"(?:des|de|dos|das|de\s+los|der)\s+(?:chefs\s+d['’][EÉ]tat|chefes\s+de\s+Estado|"
    r"jefes\s+de\s+Estado|dirigeants|l[ií]deres|mandatarios|(?-i:Staats-\s+und\s+"
    r"Regierungschefs|Staatschefs))\b|"
    r"(?:встреч\w+|саммит\w*)\s+(?:[\w-]+\s+)?(?:глав\s+государств|лидеров)|"
    r"(?<!\w)[وبلف]?(?:ال)?(?:اجتماع|قمة)\s+(?:ال)?قادة|"
    # a session of the heads of state's conference or assembly: "la 30e Session Ordinaire de
    # la Conférence des Chefs d'Etat", "el período de sesiones de la Asamblea de Jefes de
    # Estado", "la sessione del vertice dei capi di Stato"
    r"\b(?:sessions?|sesi[oó]n(?:es)?|sess[aã]o|sessione|conf[ée]rence|conferencia|"
    r"confer[eê]ncia)\s+(?:[\w'’-]+\s+){0,4}?(?:chefs\s+d['’][EÉ]tat|chefes\s+de\s+Estado|"
    r"jefes\s+de\s+Estado|capi\s+di\s+Stato)\b|"
    # Italian: "il vertice dei capi di Stato", "la riunione dei leader"
    r"\b(?:vertice|riunione|incontro)\s+(?:dei|tra\s+i)\s+(?:capi\s+di\s+Stato|leader|"
    r"presidenti)\b|"
    # Russian and Ukrainian talks, sittings and sessions of the leaders: "переговоры лидеров
    # стран ОДКБ", "заседание глав государств", "засідання глав держав", "саміт лідерів"
    r"(?<!\w)(?:переговор\w+|заседани\w+|сесси\w+|засіданн\w+|саміт\w*|зустріч\w*)\s+"
    r"(?:[\w-]+\s+)?(?:глав\s+государств|лидеров|глав\s+держав|лідерів)",
    re.IGNORECASE,
)
_MEETING_AT = re.compile(
    r"\b(?:meeting|session|summit|conference|gathering|sitting)s?\s+of\s+(?:the\s+)?\0|"
    r"\0\s*(?:\([^)]{1,12}\)\s*)?(?:meeting|session|summit|conference|gathering|sitting)s?\b",
    re.IGNORECASE,
)
_JOINT = re.compile(r"\bjoint\s+(?:session|summit|meeting)s?\b", re.IGNORECASE)
_AFFILIATION = re.compile(
    r"\b(?:Director|Secretary[- ]General|Chair(?:man|woman|person)?|Head|Executive Committee|"
    r"Secretariat|Deputy|Representative|Executive Secretary|Commissioner)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}$|"
    # "the President of the European Council, Charles Michel", "il chairman del Consiglio
    # europeo", "le président du Conseil européen", "der Präsident des Europäischen Rates"
    r"\b(?:[Pp]resident[ea]?|[Pp]résident|[Pp]räsident(?:en)?|[Cc]hairman|[Vv]orsitzenden?)\s+"
    r"(?:of\s+the|del(?:la)?|de\s+la|do|da|du|des|der)\s+$"
)
_TITLE_AFTER = re.compile(
    r"\s+(?:President|Vice[- ]President|Secretary[- ]General|Chair(?:man|woman|person)?|"
    r"Director|Head|Spokes(?:man|woman|person))\b"
)
# "several of the CSTO Collective Security Council projects", "in line with the decision of the
# CSTO Collective Security Council": what a body drafts or decided, not a meeting the report is
# about.
_PAPERS_AFTER = re.compile(r"\s+(?:projects|drafts|draft\s+decisions|documents)\b")
_DECISION_OF = re.compile(
    r"\b(?:in\s+line\s+with|pursuant\s+to|in\s+accordance\s+with|under)\s+(?:the\s+)?"
    r"(?:decisions?|resolutions?|instructions?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MINISTER_KIND = re.compile(
    r"\b(Foreign|Defen[cs]e|Finance|Economy|Trade|Agriculture|Energy|Health|Transport|Interior)"
    r"\s+Ministers?\b|\bMinisters?\s+of\s+(Foreign|Defen[cs]e|Finance)\b"
)
# "the 40th and 41st ASEAN summits", "the first and second sessions": two meetings, one body.
_ORDINAL_PAIR = re.compile(
    r"\b"
    + _ORDINAL.replace("?P<ord>", "?P<first>")
    + r"\s*(?:,|&|and|y|et)\s*"
    + _ORDINAL.replace("?P<ord>", "?P<second>")
    + r"\s+(?:[\w-]+\s+){0,4}?(?:summits|meetings|sessions|conferences|cumbres|sommets)\b",
    re.IGNORECASE,
)


def _ordinal_value(word: str) -> int | None:
    """ "9th", "ninth", "XXIV": the number an ordinal word or numeral gives."""
    if _ROMAN.fullmatch(word):
        values = [{"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}[c] for c in word]
        following = [*values[1:], 0]
        return sum(-v if v < after else v for v, after in zip(values, following, strict=True))
    word = word.lower()
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    digits = re.match(r"\d+", word)
    return int(digits[0]) if digits else None


_ORDINAL_MEETING = re.compile(
    r"\b(?P<n>\d{1,3})\s?(?:st|nd|rd|th)\s+(?:"
    r"(?P<name>(?:[A-Z][\w-]*\s+|\([A-Z]+\)\s+|and\s+|non-[A-Z][\w-]*\s+){1,6}?)"
    r"(?:Summit|Meeting|Conference)\b|"
    # "the 54th Meeting of the Joint Ministerial Monitoring Committee (JMMC)"
    r"(?:Meeting|Session|Summit)\s+of\s+the\s+(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})|"
    # ("the 44th ASEAN Summit ... and the 45th Summit": the name said once)
    r"(?P<bare>Summit|Meeting|Conference)\b(?!\s+of\b))"
    r"(?:\s*\([A-Z]+\))?"
)
_OF_BLOC = re.compile(r"\s+of\s+(?:the\s+)?(?P<rest>[A-Z])")
_SEAT = re.compile(
    r"\b(?i:headquarters|HQ|sede|siège|secretariat|Hauptquartier)\b[^.]{0,25}?\b(?:in|en|à)\s+"
    r"(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
# A bloc's headquarters in the languages reports come in: "NATO headquarters", "la sede",
# "le siège", "das Hauptquartier", "штаб-квартира" (Russian and Ukrainian), "штаб-кватэра",
# "het hoofdkwartier", "karargâhı", "siedziba", "sediul", "sídlo", "székháza"
_HEADQUARTERS = re.compile(
    r"\b(?:headquarters|HQ|sede|siège|Hauptquartier\w*|штаб-квартир\w*|штаб-кватэр\w*|"
    r"\w*hoofdkwartier\w*|karargah\w*|karargâh\w*|siedzib\w*|sediul\w*|sídl(?:o|e|a)|"
    r"székház\w*)",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"\b(?:as part of|on the (?:sidelines|margins) of|ahead of|in preparation for|prior to|"
    r"preparing for|in the run-up to|within the framework of)\b",
    re.I,
)
_NEXT = re.compile(
    r"\b(?:next|following|subsequent|" + languages.NEXT_WORDS + r")\s+(?:[\w'’-]+\s+){0,3}$", re.I
)


def _named_before_body(
    text: str, blocs: list[tuple[str, int]], found: list[tuple[Body | None, int]]
) -> None:
    """ "the Meeting of the Foreign Ministers of ASEAN, or AMM, as part of the 42nd ASEAN
    Summit": a meeting of its own (its body perhaps not in the knowledge base), named before
    the body it is part of, with its bloc named between."""
    first_body = min(at for _b, at in found)
    for word in MEETING_WORDS.finditer(text[:first_body]):
        part = _PART_OF.search(text, word.end(), first_body)
        if part is None or part.start() - word.end() < 10:
            continue
        if any(word.end() <= at < part.start() for _b, at in blocs):
            found.append((None, word.start()))
        return


def _bloc_near(blocs: list[tuple[str, int]], at: int) -> str:
    return min(blocs, key=lambda b: abs(b[1] - at))[0]


# The words between a meeting word and the bloc its own phrase names after it: "la riunione
# [dei ministri degli Esteri e dello sviluppo del] G7", "the meeting [of the foreign ministers
# of the] SCO" (no comma: the phrase goes on).
_OF_BLOC_TAIL = re.compile(
    r"(?:\s+[\w'’-]+){0,10}?\s+(?:of(?:\s+the)?|del|della|dello|dei|des|du|de(?:\s+la)?|der|do|da|"
    r"dos)(?:\s+|\s*l['’])",
    re.IGNORECASE,
)


_WORD = re.compile(r"\w*")


def _word_end(text: str, at: int) -> int:
    """Where the word beginning at ``at`` ends (``\\w*`` always matches, if only emptily)."""
    return _WORD.match(text, at).end()  # type: ignore[union-attr]


def _bloc_after_word(text: str, blocs: list[tuple[str, int]], end: int) -> str | None:
    """The bloc a meeting word's phrase names after it ("la riunione dei ministri degli Esteri
    e dello sviluppo del G7"), the meeting's bloc even where another is named nearer before it
    ("... dell'Associazione delle nazioni del Sud-est asiatico (Asean), che parteciperanno come
    ospiti a parti della riunione ...")."""
    for bloc, at in sorted(blocs, key=lambda b: b[1]):
        if end <= at <= end + 90 and _OF_BLOC_TAIL.fullmatch(text, end, at):
            return bloc
    return None


def _generic_body(gaz: Gazetteer, bloc: str, text: str) -> Body | None:
    """ "the BRICS summit": the bloc's summit body, when it has exactly one."""
    if not re.search(_SUMMIT_WORD + r"|\bleaders'? meeting\b", text, re.IGNORECASE):
        return None
    summits = [
        b
        for b in gaz.bodies_of(bloc)
        if re.search(
            r"summit|heads of state|supreme|european council|assembly", " ".join(b.names), re.I
        )
        and not re.search(r"government", b.names[0], re.I)
    ]
    if len(summits) == 1:
        return summits[0]
    # "the 40th and 41st ASEAN summits": the body named "ASEAN Summit", not the summits ASEAN
    # holds with one partner, however many of those the record holds
    names = [name.lower() for name, b in gaz.bloc_names.items() if b == bloc]
    own = [b for b in summits if any(n.lower() in (f"{m} summit" for m in names) for n in b.names)]
    if len(own) == 1:
        return own[0]
    with_meetings = {r.body for r in gaz.meetings if r.bloc == bloc}
    if len(with_meetings) == 1:  # "the Mercosur summit": its one body that meets
        return next((b for b in gaz.bodies_of(bloc) if b.iri in with_meetings), None)
    # "the CSTO summit": its one body that meets and is no body of ministers
    return meeting_finding.summit_body(gaz, bloc)


# "the ASEAN-Japan Commemorative Summit", "the US-ASEAN Summit", "ASEAN-Australia Special
# Summit", "the U.S.-ASEAN, or Association of Southeast Asian Nations, summit": two names
# joined by a hyphen before the summit word (the second one here)
_JOINED_BEFORE_SUMMIT = re.compile(
    r"(?<=\w|\.)\s*[-–]\s*(?P<b>[\w.]+(?:\s+[\w.]+){0,2}?)(?:,\s+or\s+[^,]{3,60},)?\s+"
    r"(?:(?:Commemorative|Special|Leaders['’]?|Plus\s+One|Partnership)\s+)*$",
    re.IGNORECASE,
)


# "Japan and the Association of Southeast Asian Nations (ASEAN) met in a summit": a state and
# a bloc (the second one here) meeting at a summit of the two
_STATE_AND_BLOC_MET = re.compile(
    r"(?<=\w|\.)\s+and\s+(?:the\s+)?(?P<b>[\w.]+(?:\s+[\w.]+){0,5}?)(?:\s+\([A-Z]+\))?\s+"
    r"(?:met|held|hold|will\s+hold|gathered|convened)\s+(?:in|for|at)\s+(?:a|an|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _partner_summit(matcher: Matcher, text: str, word_start: int) -> tuple[Body, str] | None:
    """ "the ASEAN-Japan Commemorative Summit": the body and series of the summits a bloc
    holds with that one state, where the record keeps them as a series of their own (its
    meetings' labels join the bloc's name and the state's: "ASEAN-Japan Friendship", "7th
    ASEAN-United States Summit"). None for any other summit word."""
    start = max(0, word_start - 60)
    joined = _JOINED_BEFORE_SUMMIT.search(text, start, word_start)
    if joined is None:
        start = max(0, word_start - 120)
        joined = _STATE_AND_BLOC_MET.search(text, start, word_start)
    if joined is None:
        return None
    words = text[start : joined.start()].split()
    for size in (1, 2, 3):  # the first name: "US", "United States"
        first = " ".join(words[-size:])
        for bloc_name, state_name in ((first, joined["b"]), (joined["b"], first)):
            bloc = matcher.bloc_lookup.get(bloc_name)
            states = matcher.states(state_name)
            whole = len(states) == 1 and states[0].end - states[0].begin == len(state_name)
            if bloc and whole:
                return _partner_series(matcher, bloc).get(states[0].iso3)
    return None


def _partner_series(matcher: Matcher, bloc: str) -> dict[str, tuple[Body, str]]:
    """ISO3 -> (body, series) of the bloc's summits with one state, read once per matcher from
    the recorded meetings' labels; a state two series name is left out."""
    cache = matcher.partner_series
    if bloc in cache:
        return cache[bloc]
    gaz = matcher.gaz
    names = sorted((n for n, b in matcher.bloc_lookup.items() if b == bloc), key=len)
    own = _generic_body(gaz, bloc, "summit")
    bodies = {b.iri: b for b in gaz.bodies_of(bloc)}
    found: dict[str, set[tuple[str, str]]] = {}
    for r in gaz.meetings:
        if r.bloc != bloc or not r.series or not r.label or (own and r.body == own.iri):
            continue
        for name in names:
            for joint in re.finditer(re.escape(name) + r"\s*[-–]\s*", r.label):
                after = [m for m in matcher.states(r.label[joint.end() :]) if m.begin == 0]
                for m in after:
                    found.setdefault(m.iso3, set()).add((r.body, r.series))
    cache[bloc] = {
        iso3: (bodies[body], series)
        for iso3, pairs in found.items()
        if len(pairs) == 1
        for body, series in pairs
        if body in bodies
    }
    return cache[bloc]


def _joint_summit_of(meetings: list[Meeting], mention: _MeetingMention) -> Meeting | None:
    """ "Esta cimeira entre UE e União Africana ... Ausentes estarão quatro países que a União
    Africana suspendeu e não convidou para a cimeira de Bruxelas": in a report of a summit
    between two blocs, a later summit of either named by no body of its own (no ordinal, not
    the next one) is that joint summit, not the bloc's own summit body. The mention is made
    the joint summit's (its bloc, no body)."""
    if (
        mention.kind != "summit"
        or not mention.generic
        or mention.ordinal
        or mention.next_one
        or mention.other
        or mention.joint
        or mention.partner
    ):
        return None
    joint = [
        m
        for m in meetings
        if m.partner
        and m.kind == "summit"
        and not m.next_one
        and mention.bloc in (m.bloc, m.partner)
        and _dates_agree(m, mention.dates)
    ]
    if len(joint) != 1:
        return None
    mention.bloc, mention.body = joint[0].bloc, None
    return joint[0]


def _merge(
    meetings: list[Meeting],
    mention: _MeetingMention,
    gaz: Gazetteer,
    current: Meeting | None = None,
) -> Meeting | None:
    """The meeting a mention is of: the latest one of its bloc and body it agrees with. A
    mention that names no body ("the AMM meeting", "the ASEAN meeting") is first taken as the
    meeting under discussion."""
    order = list(reversed(meetings))
    if (
        (mention.body is None or meeting_choice.says_nothing_more(mention))
        and current is not None
        and current in order
    ):
        order.remove(current)
        order.insert(0, current)
    for meeting in order:
        if meeting.bloc != mention.bloc:
            continue
        if meeting.body and mention.body and meeting.body.iri != mention.body.iri:
            continue
        if mention.other and mention.body is not None and meeting.body is None:
            continue  # "... will be preparing for the SCO summit": another meeting
        if mention.other and mention.ordinal and meeting.ordinal != mention.ordinal:
            continue  # one of a list of meetings, each with its ordinal
        if meeting.ordinal and mention.ordinal and meeting.ordinal != mention.ordinal:
            continue
        if not _dates_agree(meeting, mention.dates):
            continue
        if mention.joint != meeting.joint:
            continue  # a joint session with a partner is not the bloc's own meeting
        if mention.next_one != meeting.next_one:
            continue  # "the next prime ministers meeting will be held in Sochi": another one
        if meeting.kind and mention.kind and meeting.kind != mention.kind:
            continue  # "the Meeting of NATO Foreign Ministers ... the NATO Summit": two
        return meeting
    return None


# (and the French "sommet extraordinaire")
_EXTRAORDINARY = re.compile(r"\bextra-?ordina(?:r|ir)\w*", re.IGNORECASE)


def _series(meeting: Meeting, gaz: Gazetteer) -> str | None:
    """The series of the meeting: its body's, or, where the body's recorded meetings fall in an
    ordinary and an extraordinary series (the AU Assembly, the OPEC Conference), the one the
    text names it as ("extraordinary" or not)."""
    if meeting.body is None:
        return None
    if meeting.named_series is not None:
        return meeting.named_series
    kinds = {r.series for r in gaz.meetings if r.body == meeting.body.iri and r.series}
    extra = {k for k in kinds if _EXTRAORDINARY.search(k)}
    if not extra or not kinds - extra:
        return meeting.body.series
    chosen = extra if meeting.extraordinary else kinds - extra
    return next(iter(chosen)) if len(chosen) == 1 else meeting.body.series


def _dates_agree(meeting: Meeting, dates: list[DateMention]) -> bool:
    # A bare year ("for 2025-2027") says little of which meeting; "last year" does.
    dates = [d for d in dates if d.start.month is not None or d.relative]
    if not dates:
        return True
    if meeting.start is None:
        if meeting.year_hint is None:
            return True
        return any(d.start.year == meeting.year_hint for d in dates)
    for d in dates:
        if meeting.start.covers(d.start) or d.start.covers(meeting.start):
            return True
        if meeting.end is not None and (meeting.end.covers(d.end) or d.end.covers(meeting.end)):
            return True
    return False


def _absorb(meeting: Meeting, mention: _MeetingMention, s: Sentence, future: bool) -> None:
    meeting.mentions += 1
    meeting.named_at.add(s.start + mention.at)
    meeting.kind = meeting.kind or mention.kind
    window = s.text[max(0, mention.at - 30) : mention.at + 25]
    meeting.extraordinary = meeting.extraordinary or bool(_EXTRAORDINARY.search(window))
    meeting.partner = meeting.partner or mention.partner
    meeting.partner_state = meeting.partner_state or mention.partner_state
    meeting.named_series = meeting.named_series or mention.series
    if meeting.body is None and mention.body is not None:
        meeting.body = mention.body
        meeting.quote = s.text
    if meeting.ordinal is None and mention.ordinal is not None:
        meeting.ordinal = mention.ordinal
        meeting.quote = s.text
    if mention.dates:
        _take_dates(meeting, mention.dates, s)
    meeting.future = meeting.future or future


_NOT_MEETING_DATE = re.compile(
    r"\b(?:announced|said|told|reported|statement|since|founded|established|joined|became|"
    r"confirmed|stated|disclosed|revealed|informed|added|noted|arrived|arrives|landed)\b[^.]{0,25}$",
    re.IGNORECASE,
)


# "China on Wednesday (July 2, 2025) said ...": the day of a statement, said after the date.
# "during a virtual meeting held on March 1, reported the organization's press service": a day
# that a verb of holding gives is the meeting's, whatever reporting clause follows it.
_HELD_BEFORE = re.compile(
    r"\b(?:held|convened|took\s+place|met|opened|began|started)\s+(?:on\s+)?$", re.IGNORECASE
)
_SAID_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,30}\))?\s*,?\s*(?:said|says|announced|told|confirmed|stated|reported|"
    r"declared|added|arrived|arrives|landed|" + armenian.SAID_AFTER + r")\b"
    # Armenian's verb after the day (armenian.py): "մայիսի 19-ի ... ժամանել է"
)


# "The Treaty on the Eurasian Economic Union was signed on 29 May 2014 ... and came into force
# on 1 January 2015": the days of a document, not of a meeting.
_DOCUMENT_DATE = re.compile(
    r"\b(?:treaty|charter|agreement|accord|convention|protocol)\b[^.;]{0,60}?\b(?:signed|ratified)"
    r"\s+(?:on\s+|in\s+)?$|\b(?:came|comes|entered|enters)\s+into\s+force\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# "sign a plan for the joint training of ... forces of the CSTO collective security system in
# 2020": the period a plan or programme covers (no meeting named within it).
_PLAN_PERIOD = re.compile(
    r"\b(?:plans?|programmes?|programs?|strateg(?:y|ies)|roadmaps?)\s+(?:of|for|on)\s+"
    r"[^.;]{0,120}?\s(?:(?:in|for)\s+)?$",  # (a date's own "in" may open it: "in 2020")
    re.IGNORECASE,
)
_FOUNDING_DATE = re.compile(
    r"\b(?:establishment|founding|foundation|creation|inception)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:on|in)\s+$",
    re.IGNORECASE,
)
_APPROXIMATE = re.compile(
    r"\b(?:around|about|approximately|roughly|circa|some\s+time\s+(?:in|around))\s+[\"“'‘]?$",
    re.IGNORECASE,
)
# "the SAARC foreign ministers, who met on Tuesday": what people did, in a clause of their own.
_WHO_CLAUSE = re.compile(r",\s+who\s+(?:[\w-]+\s+){1,4}$", re.IGNORECASE)
# "the September 14 attacks": the day names an event of another kind.
_EVENT_AFTER = re.compile(
    r"^\s+(?:attacks?|bombings?|strikes?|raids?|elections?|earthquakes?|floods?|coup|killings?|"
    r"massacres?|explosions?|blasts?)\b",
    re.IGNORECASE,
)


# "the first time Gulf authorities will meet after signing the historic AlUla agreement in
# January", "since the adoption of the charter in 2008": the day of another act, in a clause
# that begins with a word of time and names the act (not "after meeting in Riyadh on June 5",
# not "before opening the summit on Friday": the meeting's own).
_ANOTHER_ACT = re.compile(
    r"\b(?:after|since|before|following|upon)\s+(?:the\s+)?"
    r"(?:(?!(?:meeting|gathering|convening|holding|attending|opening|closing|concluding|"
    r"wrapping|hosting|chairing|arriving|landing|talking)\b)[a-z]+ing|signature|adoption|"
    r"launch|approval|election|ratification)\b[^.;]{0,60}?\s+(?:(?:on|in)\s+)?$",
    re.IGNORECASE,
)


def _statement_date(text: str, d: DateMention) -> bool:
    """A date of something said, not of a meeting: "announced on Monday that ...", "since
    2017", "China on Wednesday (July 2, 2025) said"; a date of what people did in a "who"
    clause, or of an event the date names ("the September 14 attacks")."""
    if _NOT_MEETING_DATE.search(text[: d.begin]):
        return True
    if _FOUNDING_DATE.search(text, max(0, d.begin - 90), d.begin):
        return True  # "since the establishment of the Cooperation Council on May 25, 1981"
    if _DOCUMENT_DATE.search(text, max(0, d.begin - 90), d.begin):
        return True  # "The Treaty ... was signed on 29 May 2014": a document's day
    plan = _PLAN_PERIOD.search(text, max(0, d.begin - 150), d.begin)
    if plan is not None and not MEETING_WORDS.search(plan[0]):
        return True  # "a plan for the joint training ... in 2020": the plan's period
    if _ANOTHER_ACT.search(text, max(0, d.begin - 100), d.begin):
        return True  # "will meet after signing the AlUla agreement in January": the act's
    if _APPROXIMATE.search(text, max(0, d.begin - 25), d.begin):
        return True  # "around May 29": a day the text does not pin down
    if re.search(r"\bas\s+of\s+$", text[max(0, d.begin - 8) : d.begin], re.IGNORECASE):
        return True  # "As of Saturday evening, ... had landed": when something was so
    if _WHO_CLAUSE.search(text, max(0, d.begin - 60), d.begin) or _EVENT_AFTER.match(
        text[d.finish :]
    ):
        return True
    after = text[d.finish :]
    if _SAID_AFTER.match(after) and not _HELD_BEFORE.search(text, max(0, d.begin - 30), d.begin):
        return True
    # "on Wednesday (July 2, 2025) said": the date inside the brackets of a statement's day
    return bool(text[: d.begin].rstrip().endswith("(") and _SAID_AFTER.match(after[1:]))


# "The two-day military medicine conference": how many days the meeting lasts.
_LASTING = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|\d)[- ]day(?:-long)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|conference|session|forum|talks)\b",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE
)
_THE_LASTING = re.compile(r"\b(?:the|this|its)\s+" + _LASTING.pattern, re.IGNORECASE)
_OPENS = re.compile(
    r"\b(?:open\w*|began|begins|start\w*|kick\w*[- ]off|got under\s?way)\s+(?:here\s+|there\s+)?"
    r"(?:on\s+)?$",
    re.I,
)
_OPENED_TODAY = re.compile(
    r"\b(?:opened|began|started|kicked\s+off|got\s+under\s?way)\s+(?:here\s+|there\s+)?"
    r"(?:today|this\s+morning)\b",
    re.I,
)
# "started the 37th session of the GCC Supreme Council here on Tuesday": the verb of opening,
# then the meeting it opens (its name in a clause of its own), then the day.
_OPENS_NAMING = re.compile(
    r"\b(?:opened|began|begins|started|starts|kicked\s+off)\s+(?:the|its|a)\s+[^.;,]{0,60}?\b"
    r"(?:summit|meeting|session|conference|council)\b[^.;,]{0,50}?\s(?:here\s+|there\s+)?"
    r"(?:on\s+)?$",
    re.I,
)
_CLOSES = re.compile(
    r"\b(?:end|ends|ended|close|closes|closed|conclude|concludes|concluded|wrap up|run until|"
    r"runs until)\s+(?:on\s+)?$",
    re.I,
)


# "in the period from" before a meeting's days, with another calendar's days between them
_PERIOD_FROM = re.compile(
    r"(?:الفترة\s+(?:من|ما\s+بين)|\b(?:in|during)\s+the\s+period\s+from)[^.;،]{0,60}$", re.I
)


# A verb of holding and, at most, where, just before a date: "held in Astana on", "s'est tenue
# à Achgabat, le", "se celebró el", "fand am", "состоялось в Минске", "vond ... plaats op".
_HELD_ON = re.compile(
    r"(?<!\w)(?:held|took\s+place|s['’]est\s+tenue?|a\s+eu\s+lieu|tuvo\s+lugar|"
    r"se\s+celebr[óo]|se\s+realiz[óo]|foi\s+realizad[ao]|realizou-se|si\s+[èe]\s+tenut[oa]|"
    r"fand|vond|plaatsvond|состоял\w*|прош(?:[её]л|л[аио])|відбул\w*|odbył\w*\s+się|"
    r"proběhl\w*|konal\w*\s+se|gerçekleştiril\w*|yapıldı)"
    r"(?![\w-])[^.;:()]{0,30}$",
    re.IGNORECASE,
)


# Before a date that opens a sentence: "on" in the languages that put it there ("Am 6. März",
# "Op 6 maart", "W czwartek 15 października", "В 6 марта" is not written; "6. un 7. martā").
_OPENING_ON = re.compile(r"^\s*(?i:on|el|le|em|no|am|op|den|på|w|il|la|dne|dňa)?\s*$")


def _sole_opening_date(text: str, d: DateMention, usable: list[DateMention]) -> bool:
    """ "6. un 7. martā Latvijas ārlietu ministrs ... uzņems ... ministrus, kuri piedalīsies
    neformālā ES ārlietu ministru sanāksmē", "Am 6. März empfängt ...": a sentence that opens
    with its one date, set off by no comma (the word order of German, Dutch, the Nordic and
    Baltic languages puts the verb straight after it), dates all it says, however far on its
    meeting word stands."""
    return _OPENING_ON.match(text[: d.begin]) is not None and all(
        e is d or (e.relative and e.start.exact is None) for e in usable
    )


def _take_dates(meeting: Meeting, dates: list[DateMention], s: Sentence) -> None:
    """The most precise date of the sentence that is not about something else ("announced on
    Monday that ...", "since 2017")."""
    usable = [d for d in dates if not _statement_date(s.text, d)]
    # "originally planned for 25 and 26 November 2023, have been rescheduled to Thursday, 30
    # November 2023": the dropped plan's dates are not the meeting's.
    usable = [d for d in usable if not _OLD_PLAN.search(s.text[max(0, d.begin - 40) : d.begin])]
    words = [w.start() for w in MEETING_WORDS.finditer(s.text)]
    if words and not (len(usable) == 1 and usable[0].relative and usable[0].start.exact):
        # a date far from any meeting word is another event's ("an attack in September"); a
        # sentence's one weekday ("will host a virtual summit ... on Tuesday") is its own
        usable = [
            d
            for d in usable
            if min(abs(d.begin - w) for w in words) <= 120
            # "On 9 October 2024, at the National Convention Centre ..., presided over the 44th
            # ASEAN Summit": the day the sentence opens with is what it reports (not "Last
            # month, the ministry had announced ...", a relative day of another act)
            or (
                not d.relative
                and d.start.exact is not None
                and (
                    meeting_choice.opening_date(s.text, d.begin, d.finish)
                    or _sole_opening_date(s.text, d, usable)
                )
            )
            # "Une session régulière du Conseil des Chefs de gouvernement de la Communauté des
            # États indépendants (CEI) s'est tenue à Achgabat, le 21 novembre": the day a verb
            # of holding gives, however long the name before it
            or _HELD_ON.search(s.text[max(0, d.begin - 45) : d.begin])
            # "عقد الدورة الحادية عشرة للمجلس الاعلى ... في الفترة من 5 الى 8 جمادى الآخره
            # 1411هـ الموافق 22 الى 25 ديسمبر 1990م": a long name between the meeting word and
            # "the period from" its dates (the Hijri ones first) does not make them another's
            or _PERIOD_FROM.search(s.text[max(0, d.begin - 80) : d.begin])
        ]
    if not usable:
        return
    joined = _followed_by(s.text, usable)
    if joined is not None:
        # "will start with informal meetings on October 22 followed by a formal summit on
        # October 23-24": from the first day to the last
        meeting.start, meeting.end, meeting.date_quote = joined
        return
    opened = [d for d in usable if _OPENS.search(s.text[max(0, d.begin - 30) : d.begin])]
    closes = [d for d in usable if _CLOSES.search(s.text[max(0, d.begin - 30) : d.begin])]
    if opened and closes and opened[0].start.exact and closes[-1].end.exact:
        # "kicked off this morning and will end on 6th of February": the first and last day
        first, last = opened[0].start.exact, closes[-1].end.exact
        if timedelta(0) < last - first <= timedelta(days=31):
            meeting.start, meeting.end = PartialDate.of(first), PartialDate.of(last)
            meeting.date_quote = _clip(s.text, opened[0].begin, closes[-1].finish)
            return
    words = words or [0]
    # "a été élu lundi, lors du 12e Sommet ... ouvert dimanche à Addis-Abéba": of two days,
    # the one a verb of opening gives is the meeting's first; the other is an act's within it
    opening = [
        d
        for d in usable
        if d.start.exact is not None
        and _OPENED_JUST_BEFORE.search(s.text[max(0, d.begin - 25) : d.begin])
    ]
    if (
        len(opening) == 1
        and not closes
        and all(d is opening[0] or d.start.exact is not None for d in usable)
    ):
        usable = opening
    best = max(
        usable,
        key=lambda d: (
            _precision(d.start),
            d.start != d.end,  # "from 5 to 6 December" says more than a dateline's day
            -min(abs(d.begin - w) for w in words),
        ),
    )
    if _precision(best.start) == 1:  # a year alone is not a date
        meeting.year_hint = meeting.year_hint or best.start.year
        return
    if re.search(r"\b(?:until|till|through)\s+$", s.text[max(0, best.begin - 12) : best.begin]):
        # "from today until September 7" (the report's day unknown), "lasts until Friday": the
        # last day; the first is not said
        if meeting.start is None:
            meeting.end = best.end
            meeting.date_quote = _clip(s.text, best.begin, best.finish)
        return
    start, end = best.start, best.end
    days = duration_days(s.text)
    day = start.exact
    if start == end and day is not None and days and days > 1:
        before = s.text[: best.begin]
        if re.search(r"\b(?:conclud\w*|ended|ends|closed|wrapped up|culminat\w*)\b", before, re.I):
            start = PartialDate.of(day - timedelta(days=days - 1))
        elif re.search(r"\b(?:open\w*|began|begins|start\w*|kick\w* off|from)\b", before, re.I):
            end = PartialDate.of(day + timedelta(days=days - 1))
        else:
            return  # which day of the meeting the date is, the text does not say
    foreign_days = None if days else foreign_duration_days(s.text)
    # "W czwartek 15 października rozpocznie się dwudniowy szczyt": a day written with its
    # weekday is as good as a relative one (the quote, from the weekday on, holds a day word)
    weekday = _WEEKDAY_BEFORE_DATE.search(s.text[max(0, best.begin - 25) : best.begin])
    quote_begin = best.begin - len(weekday[0]) if weekday and foreign_days else best.begin
    weekday = weekday or _WEEKDAY_FIRST.match(best.text)
    # "começaram nesta segunda-feira uma cúpula de dois dias", "abrirá hoy ... durante dos
    # días": the day it opens, and its length; the last day follows (where the sentence does not
    # say it opens, the day stays the one day read). Only a day the quote gives as a weekday or
    # as today: a quote that writes the first day's number ("15 października") does not write
    # the last's, nor holds it.
    if (
        start == end
        and (best.relative or weekday)
        and day is not None
        and foreign_days
        and foreign_days > 1
        and _FOREIGN_OPENS.search(s.text)
        and not _FOREIGN_CLOSES.search(s.text)
    ):
        end = PartialDate.of(day + timedelta(days=foreign_days - 1))
    finish = best.finish
    if start == end and day is not None:
        tomorrow_ends = until_tomorrow(s.text, best)
        last_ends = second_and_last_day(s.text, best)
        if tomorrow_ends is not None:  # "esta mañana ... hasta mañana": today and tomorrow
            end, finish = PartialDate.of(day + timedelta(days=1)), tomorrow_ends
        elif last_ends is not None:  # "on Tuesday for the second and final day": Monday to Tuesday
            start, finish = PartialDate.of(day - timedelta(days=1)), last_ends
    if (
        meeting.start is not None
        and _precision(meeting.start) >= _precision(start)
        and (meeting.end is None or meeting.start != meeting.end or start == end)
    ):
        return  # no more precise, and no span where a single day was known
    meeting.start, meeting.end = start, end
    meeting.date_quote = _clip(s.text, quote_begin if end != start else best.begin, finish)
    opens = (
        _OPENS.search(s.text[max(0, best.begin - 30) : best.begin])
        or _OPENS_NAMING.search(s.text[: best.begin])
        # "New Delhi, Apr 3: The 14th summit ... opened here today": the dateline's day is
        # "today", the first day (a "two-day summit" later gives the last)
        or (
            _OPENED_TODAY.search(s.text)
            and any(d.relative and d.start == start for d in usable if d is not best)
        )
    )
    meeting.opened_on = start.exact if opens and start == end else None


# A verb of opening just before a day, in English and the corpus's Romance languages and German
# ("opened on Sunday", "ouvert dimanche", "s'est ouvert ce lundi", "inaugurada el martes",
# "aberta nesta segunda-feira", "am Montag eröffnet" is the other order and not read here)
_OPENED_JUST_BEFORE = re.compile(
    r"(?<!\w)(?:opened|began|started|kicked\s+off|ouverte?s?|s['’]est\s+ouverte?|"
    r"se\s+sont\s+ouverte?s|inaugur(?:ée?s?|ad[oa]s?|ato|ata)|abiert[oa]s?|abert[oa]s?|"
    r"aperto|aperta|comenzó|começou|débuté|commencé)"
    r"(?:\s+(?:here|there|ici|aquí|aqui))?\s*,?\s*$",
    re.IGNORECASE,
)


# A weekday just before a date or opening it, in the languages of FOREIGN_WEEKDAYS ("W czwartek
# 15 października", "am Dienstag, 14. April", "в среду, 15 июня")
_WEEKDAY_BEFORE_DATE = re.compile(
    r"(?<!\w)(?:" + FOREIGN_WEEKDAY_ALTERNATION + r"),?\s+$", re.IGNORECASE
)
_WEEKDAY_FIRST = re.compile(r"(?:" + FOREIGN_WEEKDAY_ALTERNATION + r")(?!\w)", re.IGNORECASE)


# Opening and closing verbs in Spanish, Portuguese, French, Italian, German, Russian and Polish
# ("comenzó", "abrirá" (not "abril"), "começaram", "s'ouvre", "si apre", "beginnt", "eröffnet",
# "открылся", "начнется", "rozpocznie się"; "concluyó", "terminou", "s'achève", "endet",
# "завершился", "zakończy").
_FOREIGN_OPENS = re.compile(
    r"\b(?:comenz\w*|comienz\w*|empez\w*|empiez\w*|inici(?:a|an|ó|ou|aram|aron|ará|arán)|"
    r"abr(?:e|en|ió|iu|irá|irán|ieron|iram)|começ\w*|s['’]ouvr\w*|s['’]est\s+ouvert|"
    r"début\w*|commenc\w*|si\s+apr\w*|inizi(?:a|ano|ato|ata|erà|eranno)|beginn\w*|begann|"
    r"eröffn\w*|начал\w*|начн\w*|начина\w*|открыл\w*|откро\w*|открыва\w*|стартова\w*|"
    r"стартует|rozpocz\w*)\b",
    re.IGNORECASE,
)
_FOREIGN_CLOSES = re.compile(
    r"\b(?:conclu\w*|termin\w*|finaliz\w*|clausur\w*|encerr\w*|s['’]ach[eè]v\w*|"
    r"chiu[sd]\w*|endet|endete|beende\w*|заверш\w*|закончи\w*|zako[nń]cz\w*)\b",
    re.IGNORECASE,
)


# "The Meeting of NATO Foreign Ministers continues on Wednesday" and "On the second day of the
# meeting": the day it goes on is its second; it began the day before.
_GOES_ON = re.compile(r"\b(?:continues|continued|resumes|resumed|goes\s+on|went\s+on)\b", re.I)
_SECOND_DAY = re.compile(
    r"\b(?:the|its)\s+second\s+(?:and\s+(?:final|last)\s+)?day\s+of\s+(?:the|this|its)\s+"
    r"(?:[\w-]+\s+)?(?:meeting|summit|conference|session|ministerial|talks)\b",
    re.IGNORECASE,
)


def _second_day(meeting: Meeting, text: str) -> None:
    """A meeting dated by the day it "continues" on, called "the second day" in a sentence
    about it, began the day before."""
    day = meeting.start.exact if meeting.start is not None else None
    if (
        day is not None
        and meeting.start == meeting.end
        and _GOES_ON.search(meeting.date_quote or "")
        and _SECOND_DAY.search(text)
    ):
        meeting.start = PartialDate.of(day - timedelta(days=1))


# "originally planned for", "earlier fixed for Saturday and Sunday,", "not holding the summit
# scheduled from": the days of a plan dropped.
_OLD_PLAN = re.compile(
    r"(?:\b(?:originally|initially|earlier|previously|first)\s+(?:been\s+)?|"
    r"\bnot\s+(?:holding|hold|be\s+held)\b[^.;]{0,40}?)"
    r"(?:planned|scheduled|fixed|set|slated|due)\s+(?:for|on|from)\s+"
    r"(?:[A-Z][a-z]+day,?\s+(?:and\s+)?)*$",
    re.IGNORECASE,
)
_FOLLOWED_BY = re.compile(r"^[^.;]{0,60}?\b(?:followed\s+by|and\s+then|then)\b[^.;]{0,60}$", re.I)


def _followed_by(
    text: str, dates: list[DateMention]
) -> tuple[PartialDate, PartialDate, str] | None:
    """ "informal meetings on October 22 followed by a formal summit on October 23-24": two
    parts of one meeting on days that follow on, the first day to the last."""
    days = [d for d in dates if d.start.exact and d.end.exact]
    for a, b in zip(days, days[1:], strict=False):
        gap = b.start.exact - a.end.exact  # type: ignore[operator]
        if timedelta(days=1) <= gap <= timedelta(days=1) and _FOLLOWED_BY.match(
            text[a.finish : b.begin]
        ):
            return a.start, b.end, _clip(text, a.begin, b.finish)
    return None


def _precision(d: PartialDate) -> int:
    return 3 if d.day is not None else 2 if d.month is not None else 1


def _clip(text: str, begin: int, end: int, words: int = 40) -> str:
    """A verbatim piece of ``text`` of at most ``words`` words holding [begin, end)."""
    if len(text.split()) <= words:
        return text
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    first = next(i for i, (a, b) in enumerate(spans) if b > begin)
    last = max(i for i, (a, b) in enumerate(spans) if a < end)
    slack = max(0, words - (last - first + 1))
    lo = max(0, min(first - slack // 2, len(spans) - words))
    hi = min(len(spans) - 1, max(last, lo + words - 1))
    return text[spans[lo][0] : spans[hi][1]]


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans: a capacity phrase in one clause does not reach a state in another."""
    cuts = [0]
    # (not the full stop of "U.S." or "Gen.": an initial or a short title; nor of a Cyrillic
    # initial, "министрі С. Лавров")
    for m in re.finditer(
        r";|,?\s+(?:whereas|while|but|although|though)\s+|"
        r"(?<![A-Z" + _CYRILLIC_CAPITALS + r".])(?<!\b[A-Z][a-z])\.\s",
        text,
    ):
        cuts.append(m.start())
    cuts.append(len(text))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


# What may stand between a semicolon and the next state of a list: "; the", "; and of", and the
# same in Spanish, Portuguese, French ("los presidentes de Guyana, David Granger; Bolivia, Evo
# Morales", "os presidentes do Brasil, Jair Bolsonaro; da Rússia, Vladimir Putin; e da China").
_LIST_GOES_ON = re.compile(
    r"[\s;:]*(?:(?:and|y|e|et)\s+)?(?:(?:of|de|del|do|da|du|des)\s+)?(?:the\s+|la\s+|l['’])?"
)


# A clause of a list whose first item is a capitalised name the gazetteer does not know.
_UNKNOWN_ITEM = re.compile(
    r";\s*(?:(?:and|y|e|et)\s+)?(?:(?:of|de|del|do|da|du|des)\s+)?(?:the\s+|la\s+|l['’])?"
    r"(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇÜ][\w-]+)(?:\s+[\w-]+){0,3}?\s*,"
)
# A roll of people after a semicolon, each with the office they hold in the state named next:
# "; Sheikh Tamim Bin Hamad Al Thani, Emir of Qatar; and Sayyid Fahd ..., Deputy Premier of".
_PERSON_WITH_OFFICE = re.compile(
    r";\s*(?:(?:and|y|e|et)\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*|bin|al|de|da|van|von)){0,7}"
    # "; Sayyid Fahd ..., Deputy Prime Minister for the Cabinet's Affairs of the Sultanate of";
    # "; King Hamad bin Isa Al Khalifa of Kingdom of": the office after a comma, or only "of"
    r"(?:,?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,9}?)?(?:of|de|del|do|da|du|des)\s+"
    # "; Steven Minuchin, de los Estados Unidos; ... Philip Hammond, del Reino Unido"
    r"(?:the\s+|los\s+|las\s+|la\s+|el\s+|l['’])?$"
)
# A roll of people after a semicolon, each with the state in brackets after the name:
# "(Cazaquistão); Bruno Eduardo Rodríguez Parrilla (Cuba); Dato' Seri Utama Haji Mohamad bin
# Hasan (Malásia)".
_PERSON_THEN_BRACKET = re.compile(
    r";\s*(?:(?:and|y|e|et)\s+)?(?-i:[A-Z][\w.'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w.'’-]*|bin|binti|al|de|da|del|van|von)){0,8}\s*\($"
)
# The same roll with an office that has commas in it, or the state after a comma: "; H.E Dato
# Seri S Samy Vellu, Minister of Energy, Telecommunications and Posts of Malaysia", "; Honorable
# Delfin L. Lazaro, Secretary of Energy, the Republic of the Philippines".
_PERSON_WITH_LONG_OFFICE = re.compile(
    r";\s*(?:and\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*|bin|al|de|da|van|von)){0,7},"
    r"\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,12}?"
    r"(?:(?:of|de|do|da|du)\s+|(?<=,\s))(?:the\s+)?$"
)
# A roll of offices after a semicolon, each of the state named next: "; el ministro de
# Agricultura de India, Radha Mohan Singh; el viceministro de Agricultura de China", "; the
# Minister of Foreign Affairs of", "; le ministre des Affaires étrangères du".
_ROLL_OF_OFFICES = re.compile(
    r";\s*(?:(?:and|y|e|et)\s+)?(?:(?:the|el|la|le|les|o|a)\s+|l['’])?(?:[\w'’-]+\s+){0,2}?"
    r"(?:minist(?:er|ro|ra|re)|vice-?minist(?:er|ro|ra|re)|president[ea]?|présidente?|"
    r"secretary|secretari[oa]|secrétaire|premier|chancellor|canciller|chanceler)\b"
    r"(?:\s+[\w'’-]+,?){0,8}?\s+(?:of|de|del|do|da|du|des)\s+(?:the\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)


def _list_clauses(text: str, mentions: list[StateMention], base: int) -> list[tuple[int, int]]:
    """Clauses, but a clause that is only a list after a semicolon or colon ("... delegations
    have confirmed, among them; Argentina, Canada ...") goes with the clause before it."""
    out: list[tuple[int, int]] = []
    for a, b in _clauses(text):
        first = next((m.begin - base for m in mentions if a <= m.begin - base < b), None)
        # An item the gazetteer does not know ("; da Rússia, Vladimir Putin;"): the list goes
        # on through it, so the states after it are still the list's.
        item = first is None and _UNKNOWN_ITEM.match(text, a, b)
        goes_on = first is not None and (
            _LIST_GOES_ON.fullmatch(text[a:first])
            or _PERSON_WITH_OFFICE.fullmatch(text[a:first])
            or _PERSON_WITH_LONG_OFFICE.fullmatch(text[a:first])
            or _PERSON_THEN_BRACKET.fullmatch(text[a:first])
            or _ROLL_OF_OFFICES.fullmatch(text[a:first])
        )
        if out and (item or goes_on):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _lists(mentions: list[StateMention], text: str, base: int) -> list[list[StateMention]]:
    """Runs of states written as one list ("China, Russia and India")."""
    runs: list[list[StateMention]] = []
    for m in mentions:
        if runs:
            gap = text[runs[-1][-1].end - base : m.begin - base]
            if re.fullmatch(r"\s*(?:,|&|,?\s*(?:and|y|e|et)|,?\s*as well as|/)\s*(?:the\s+)?", gap):
                runs[-1].append(m)
                continue
        runs.append([m])
    return runs


def _capacity_for(
    run: list[StateMention], text: str, base: int, clause: tuple[int, int]
) -> str | None:
    """A capacity phrase that qualifies the list: just before it ("observer states X and Y",
    "besides X as a host") or just after it ("X and Y attended as observers")."""
    first, last = run[0].begin - base, run[-1].end - base
    after = text[last : clause[1]]
    m = _APPOSITION.match(after) or _WAS_A_GUEST.match(after)
    if m:  # "the Prime Minister of Mongolia, an SCO observer state, ...": said of the state
        cap = _capacity_word(m["cap"] or m.groupdict().get("cap2") or "")
        if cap:
            return cap
    # "Turkmenistan's Deputy Chairman of the Cabinet of Ministers will join as special guests":
    # the capacity said of the state's envoy is the state's.
    after = _ENVOY.sub("", after, count=1)
    took = re.match(r"(?:['’]s)?\s*(?:\w+\s+){0,2}?(?=(?:has\s+taken|took)\s)", after)
    if took and _TAKES_CHAIR.match(after, took.end()):
        return "chair"  # "Mauritania's president took over the chairmanship"
    # "X, Y and the International Energy Forum (IEF) were welcomed as observers": the list
    # ends with a body that is no state; the capacity is still said of the states.
    after = _NOT_A_STATE_TAIL.sub("", after, count=1)
    m = re.match(
        # (not "together with host president, Mauricio Macri": another party, not a capacity)
        r"^(?:\s*(?:,\s*)?(?:\w+\s+){0,4}?)"
        r"(?:as|in the capacity of|(?<!together )(?<!along )with|como|comme)\s+"
        r"(?:an?\s+|the\s+|its\s+)?(?:new\s+)?(?P<cap>[\w -]{3,40})",
        after,
        re.IGNORECASE,
    )
    if m:
        cap = _capacity_word(m["cap"])
        if cap:
            return cap
    before = text[clause[0] : first]
    if re.search(
        r"\b(?:in addition to|besides|apart from|other than)\s+[\w\s-]{0,40}?,?\s*$", before, re.I
    ):
        return None  # "In addition to the NATO member countries, Sweden": not a member
    said = _AS_CAPACITY_THE_PEOPLE_OF.search(before)
    if said:  # "participarán como invitados especiales los presidentes de Bolivia"
        cap = _capacity_word(said["cap"])
        if cap and cap not in ("host", "chair"):
            return cap
    m = re.search(
        r"(?P<cap>[\w-]+(?:\s+[\w-]+){0,2}?)"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?"
        r"(?:\s*(?:,|:|\(|-|–|—|such as|including|namely|like|from|are|were|is|was))*"
        r"\s*(?:the\s+)?$",
        before,
    )
    if m:
        cap = _capacity_word(m["cap"], at_end=True)
        if cap and (cap not in ("host", "chair") or re.search(r"\bchair\s+$", before)):
            return cap  # "observer states X and Y", "new AU chair Senegal"
    return None


# "will take part as special guests the presidents of Bolivia and Honduras", "participarán como
# invitados especiales los presidentes de Bolivia": the capacity, then the people of the states.
_AS_CAPACITY_THE_PEOPLE_OF = re.compile(
    r"\b(?:as|como|comme|en\s+tant\s+que|au\s+titre\s+d['’])\s*(?:an?\s+)?"
    r"(?P<cap>[\w-]+(?:\s+[\w-]+)?)\s*,?\s*(?:(?:are|were|will\s+be)\s+)?"
    r"(?:the|los|las|les|os|as)?\s*(?:[\w-]+\s+)?"
    r"(?:presidents?|presidentes?|présidents?|leaders?|heads\s+of\s+(?:state|government)|"
    r"jefes\s+de\s+Estado|ministers?|ministros?|ministres?|cancilleres|delegations?|"
    r"delegaciones|représentants?|representatives?|representantes?)\s+"
    r"(?:of|from|de|del|du|des|da|do)\s+(?:the\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
# Talks on the side of a meeting, with the states named after "with": not taking part in it.
_BILATERAL = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|talks|bilaterals?|(?:one-on-one|tête-à-tête)s?)"
    r"\s+with\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:counterparts?|leaders?|ministers?|officials?|delegations?)\s+(?:from|of)\s+)?"
    r"(?:the\s+)?$|"
    # "Wang Yi met his Russian, Indian and Pakistani counterparts on the sidelines"
    r"\b(?:meet|meets|met|will\s+meet)\s+(?:with\s+)?(?:his|her)\s+$",
    re.IGNORECASE,
)
# "Turkmen President Berdimuhamedov was a guest of the chairman"
_WAS_A_GUEST = re.compile(
    r"^(?:['’]s)?(?:\s+[A-Z][\w-]*){0,4}\s+(?:was|were)\s+(?:an?\s+|the\s+)?"
    r"(?P<cap>(?:special\s+)?guests?)\b"
)
_APPOSITION = re.compile(
    r"^\s*,\s*(?:an?|the|its|one of the)\s+(?:[\w-]+['’]s\s+|[A-Z][\w-]*\s+)?(?:new\s+|full\s+)?"
    r"(?P<cap>(?:observer|member|dialogue[- ]partner|partner|associate member|guest)"
    r"(?:\s+(?:state|country|nation))?s?)\s*(?:,|\)|$)|"
    # "Moldova, Georgia and Bosnia and Herzegovina, partner countries of the North Atlantic
    # Alliance, will also join": a plural apposition with the bloc's name
    r"^\s*,\s*(?P<cap2>(?:observer|member|dialogue[- ]partner|partner|associate member)\s+"
    r"(?:states|countries|nations))\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}"
    r"\s*(?:,|\)|$)"
)
_NOT_A_STATE_TAIL = re.compile(
    r"^\s*,?\s*(?:and|&)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w-]*){0,6}"
    r"(?:\s+\([A-Z][\w-]*\))?(?=\s*,?\s+(?:were|are|have\s+been|will\s+be)\b)"
)
_ENVOY = re.compile(
    r"^['’]s\s+(?:[A-Z][\w-]*|of|the|and)(?:\s+(?:[A-Z][\w-]*|of|the|and)){0,8}"
    r"(?=\s+(?:will|would|is|was|are|were|has|had|also|attended|joined|took|participated)\b)"
)


def _capacity_word(phrase: str, at_end: bool = False) -> str | None:
    for pattern, cap in _CAPACITY_RE:
        m = pattern.search(phrase)
        if m and (not at_end or m.end() >= len(phrase.rstrip()) - 1):
            if not at_end and m.start() > 3:
                continue
            return cap
    return None


# "Finland and Sweden, who have been invited to become NATO members": an invitation to join
# the bloc, not to the meeting.
_INVITED_TO_JOIN = re.compile(
    r"\binvit\w*\s+to\s+(?:become|join)\s+(?:the\s+|its\s+|an?\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:members?|organi[sz]ation|alliance|bloc|group(?:ing)?|union)\b"
)


# "la Suède, qui a le statut d'"invité"", "Montenegro ... as an invitee": NATO's standing of a
# state invited to join (an invitee takes part in the meetings), not an invitation to one.
_INVITEE_STANDING = re.compile(
    r"invitees?\b|(?<=statut d['’])[\"«“]?invit|(?<=statut d['’][\"«“])invit|"
    r"(?<=status of )[\"“]?invit|(?<=status of [\"“])invit",
    re.IGNORECASE,
)


# "Trade Ministers from each of the G20 member countries and invited guests ... came together":
# who the guests are, not an invitation (unlike "has invited guests", "were invited guests")
_INVITED_AS_NOUN = re.compile(
    r"invited\s+(?:guests?|countries|states|nations|organi[sz]ations|partners)\b", re.IGNORECASE
)
_BEING_INVITED_BEFORE = re.compile(
    r"\b(?:has|have|had|was|were|been|be|is|are|will|to)\s+(?:also\s+)?$", re.IGNORECASE
)


def _invitation(text: str) -> re.Match[str] | None:
    """A word of invitation or of taking part to come, not an invitation to join the bloc (nor
    an invitee's standing, nor "invited guests" saying who came)."""
    return next(
        (
            m
            for m in INVITE.finditer(text)
            if not _INVITED_TO_JOIN.match(text, m.start())
            and not _INVITEE_STANDING.match(text, m.start())
            and not (
                _INVITED_AS_NOUN.match(text, m.start())
                and not _BEING_INVITED_BEFORE.search(text, max(0, m.start() - 20), m.start())
            )
        ),
        None,
    )


# "Modi will host a virtual summit for the SCO with Russian President Vladimir Putin, ...":
# those the host holds the meeting with take part in it.
_HOSTED_WITH = re.compile(
    r"\bhost(?:s|ed|ing)?\s+(?:an?|the|its|this\s+year['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|session|conference|talks)\b[^.;:]{0,80}?\bwith\s+",
    re.IGNORECASE,
)


def _hosted_with(clause: str, at: int) -> bool:
    """Whether the state named at ``at`` follows "hosts a summit ... with" in the clause."""
    m = _HOSTED_WITH.search(clause, 0, at + 1)
    return m is not None and m.end() <= at


# "since Russia invaded Ukraine": the state a war is waged on is a topic.
_WAR_OBJECT = re.compile(
    r"\b(?:invaded|invading|invade|invasion\s+of|attacked|annexed|occupied|occupation\s+of|"
    r"war\s+(?:in|on|against)|"
    # Romanian, Spanish, French, Portuguese, Italian, German: "invazia Ucrainei", "la invasión
    # de Ucrania", "l'invasion de l'Ukraine", "a invasão da Ucrânia", "die Invasion der Ukraine"
    r"invazia|invaziei|invasi[oó]n\s+(?:de|a)|invasion\s+(?:de|der|in)|invasão\s+d[aoe]|"
    r"invasione\s+(?:de|del|della|dell['’])|"
    # Russian: a topic ("малой группы по Сирии": the small group on Syria) or a state's
    # decision ("в свете решения Соединённых Штатов Америки о выходе": its withdrawal)
    r"(?<!\w)по|решени[яеюи]\w*)\s*(?:the\s+|l['’]|la\s+)?$",
    re.IGNORECASE,
)
# "Pakistan Point News", "Saudi Press Agency": a publisher named after its state.
_MEDIA_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w-]*\s+){0,2}(?:News|Daily|Times|Today|Post|Herald|Tribune|Gazette|"
    r"Press|Telegraph|Journal|Radio|Television|TV|Agency)\b"
)
# "China, India and South Africa abstained in the vote": how states voted (at the UN), not
# who came to the meeting.
_A_VOTE = re.compile(
    r"\b(?:abstained|abstentions?)\s+(?:in|on)\s+(?:the\s+)?(?:vote|resolution|motion)\b|"
    r"\b(?:in|during)\s+the\s+vote\b|\bvoted\s+(?:for|against|in\s+favou?r)\b",
    re.IGNORECASE,
)
# A roll-call vote at the meeting itself ("Votaron a favor las misiones permanentes de
# Argentina, Bahamas, ...", "18 votes in favor (Argentina, The Bahamas, ...)", "Ecuador,
# Nicaragua y El Salvador se hayan abstenido"): a state that voted sat at the meeting. Not a
# vote at the United Nations (``_UN_BODY`` in the sentence), which ``_A_VOTE`` leaves out.
_VOTE_AT_MEETING = re.compile(
    r"\b(?:votaron|votó|vot(?:a|an|ou|aram)\s+(?:a\s+favor|en\s+contra|contra)|"
    r"votos?\s+(?:a\s+favor|en\s+contra|de\s+abstención)|abstenciones|abstenções|"
    r"se\s+(?:abstuvo|abstuvieron|abstiveram|absteve|(?:hayan?|han?)\s+abstenido)|"
    r"votes?\s+(?:in\s+favou?r|against)|voted|voting\s+(?:for|against|in\s+favou?r)|"
    r"abstentions|abstained(?!\s+(?:itself|himself|herself|themselves|from)\b)|"
    r"(?:ont|a)\s+voté|se\s+sont\s+abstenus|s['’]est\s+abstenu|stimmten|enthielten\s+sich|"
    # the sponsors of a resolution put to the meeting: "El documento lo presentaron Argentina,
    # Brasil, ...", "la resolución, presentada por ...", "co-sponsored by"
    r"(?:lo|la)\s+presentaron|presentad[oa]\s+por|(?:co)?patrocinad[oa]\s+por|"
    r"(?:co-?)?sponsored\s+by)\b",
    re.IGNORECASE,
)
# "Apoyaron la propuesta de Bogotá diecisiete países: Costa Rica, ...", "Cinco naciones
# secundaron ... el rechazo ...: Ecuador, ...": a side of a roll-call vote, counted and listed.
_SIDE_VERB = (
    r"apoyaron|respaldaron|secundaron|rechazaron|se\s+opusieron|apoiaram|rejeitaram|"
    r"supported|backed|opposed"
)
_STATES_COUNTED = (
    r"(?:\d{1,2}|"
    + "|".join(sorted((w for w in collectives.NUMBERS if " " not in w), key=len, reverse=True))
    + r")\s+(?:países|naciones|Estados|delegaciones|países-membros|countries|nations|states|"
    r"delegations)\b"
)
_TALLY_SIDE = re.compile(
    # the verb, then the count and its list: "Apoyaron la propuesta diecisiete países: ..."
    r"\b(?:" + _SIDE_VERB + r")\b(?=[^.:;]*\b" + _STATES_COUNTED + r"[^.:;]*:)|"
    # the count, then the verb and the list: "Cinco naciones secundaron ...: ..."
    r"\b" + _STATES_COUNTED + r"\s+(?:" + _SIDE_VERB + r")\b(?=[^.:;]*:)",
    re.IGNORECASE,
)

_UN_BODY = re.compile(
    r"\b(?:UN|U\.N\.|UNGA|United\s+Nations|ONU|Naciones\s+Unidas|Nações\s+Unidas|"
    r"Nations\s+unies|Vereinten\s+Nationen|Security\s+Council|Consejo\s+de\s+Seguridad|"
    r"Conselho\s+de\s+Segurança|Conseil\s+de\s+sécurité|Sicherheitsrat)\b"
)


def _counted_group_of(matcher: Matcher, text: str, blocs: set[str]) -> bool:
    """Whether the sentence speaks of a counted group of the report's one bloc taking part."""
    if len(blocs) != 1:
        return False
    bloc = next(iter(blocs))
    return any(
        c.count is not None and c.bloc == bloc for c in collectives.read(matcher, text, bloc)
    )


def _vote_at_meeting(text: str) -> re.Match[str] | None:
    """The roll-call cue of a vote taken at the meeting, if the sentence has one (and names
    no United Nations body, where the states of a bloc also vote)."""
    if _UN_BODY.search(text):
        return None
    return _vote_cue(text)


def _vote_cue(text: str) -> re.Match[str] | None:
    """A roll-call cue in the text: a vote or abstention, or a side counted and listed."""
    return _VOTE_AT_MEETING.search(text) or _TALLY_SIDE.search(text)


_COUNTRIES_BEFORE = re.compile(
    r"\b(?:countries|nations|states|members|economies),?\s*$", re.IGNORECASE
)


def _subset_including(text: str, cue: re.Match[str]) -> bool:
    """ "Several G20 countries, including India and Brazil, maintain close ties": "including"
    after a group of states picks some of them out; it says nothing of taking part."""
    return cue[0].lower() in ("including", "included") and bool(
        _COUNTRIES_BEFORE.search(text, 0, cue.start())
    )


def _invites(text: str) -> bool:
    """Whether the text invites someone to the meeting (not "invited to join the bloc")."""
    return any(
        not _INVITED_TO_JOIN.match(text, m.start()) for m in re.finditer(r"invit", text, re.I)
    )


def _read_participants(
    matcher: Matcher, s: Sentence, meeting: Meeting, gaz: Gazetteer, continued: bool = False
) -> None:
    text = s.text
    mentions = matcher.states(text, s.start)
    invite = _invitation(text)
    absent = ABSENT.search(text)
    attend = next((a for a in ATTEND.finditer(text) if not _subset_including(text, a)), None)
    vote = _vote_at_meeting(text)
    attend = attend or vote
    host_cue = re.search(r"\bhost(?:s|ed|ing)?\b", text, re.IGNORECASE)
    anchored = (
        continued
        or MEETING_WORDS.search(text)
        or ANAPHORA.search(text)
        or _continues(text)
        or matcher.bodies(text)
        or GATHERING.search(text)  # "The G7 foreign ministers of Canada, France ... met"
        or vote
    )
    _read_collective(matcher, text, meeting, bool(invite), attend)
    if not mentions:
        return
    chair_cue = _TAKES_CHAIR.search(text)
    if anchored and not (attend or absent or invite or host_cue or chair_cue):
        _read_officials(matcher, s, mentions, meeting, gaz)
    if not anchored or not (attend or absent or invite or host_cue or chair_cue):
        return
    for clause in _list_clauses(text, mentions, s.start):
        in_clause = [m for m in mentions if clause[0] <= m.begin - s.start < clause[1]]
        if not in_clause:
            continue
        ctext = text[clause[0] : clause[1]]
        if _COMPOSITION.search(ctext):
            # the bloc's make-up, not who took part; but "the leaders of G20 members include
            # Argentine President Mauricio Macri, ...": states by their officials, who come
            part = Sentence(s.start + clause[0], s.start + clause[1], ctext)
            _read_officials(matcher, part, in_clause, meeting, gaz)
            continue
        c_absent = ABSENT.search(ctext) or (absent and not ATTEND.search(ctext))
        c_invite = _invitation(ctext)
        # "have been invited to participate": an invitation, not taking part
        c_attend = next(
            (
                a
                for a in ATTEND.finditer(ctext)
                if not _INVITED_TO.search(ctext, 0, a.start()) and not _subset_including(ctext, a)
            ),
            None,
        ) or (vote and _vote_cue(ctext))
        if (
            _SUSPENDED_PARTICIPATION.search(ctext)
            or _HABITUALLY.search(ctext)
            or _UNDECIDED.search(ctext)
            or (_A_VOTE.search(ctext) and not vote)
        ):
            continue  # "Moldova suspended its participation in CIS meetings": no meeting's
        for run in _lists(in_clause, text, s.start):
            if _BILATERAL.search(
                text[max(clause[0], run[0].begin - s.start - 80) : run[0].begin - s.start]
            ):
                continue  # "will hold meetings with his counterparts from Russia": a side talk
            head = run[0].begin - s.start
            head_after = text[run[0].end - s.start : run[0].end - s.start + 40]
            if (
                len(run) > 1
                and run[0].via == "name"
                and (_is_location(text[max(0, head - 40) : head]) or _TOPIC.search(text[:head]))
                and not HOST_AFTER.match(head_after)
            ):
                # "the situation in Afghanistan, Syria and Myanmar", "sanctions against Iran and
                # Venezuela": a list of places or topics, every state in it.
                continue
            if _JOINS_BLOC.match(text, run[-1].end - s.start, run[-1].end - s.start + 80):
                continue  # "Turkey, Malaysia and Vietnam became partner countries": standing
            capacity = _capacity_for(run, text, s.start, clause)
            # "in the absence of the Presidents of Kazakhstan, Tajikistan and Uzbekistan": what is
            # said is said of the people of every state of the list, as of a demonym's
            led_by_people = bool(_PEOPLE_OF_LIST.search(text[max(0, head - 40) : head]))
            for m in run:
                local = m.begin - s.start
                before = text[max(0, local - 40) : local]
                after = text[m.end - s.start : m.end - s.start + 40]
                if m.via == "name" and _is_location(before) and not HOST_AFTER.match(after):
                    continue  # "held in Pakistan", "exercises in Russia": a place
                if m.via == "name" and _place_in_state(gaz, text[max(0, local - 60) : local], m):
                    continue  # "Medellin, Colombia", "Addis Ababa, capital of Ethiopia": a place
                if _ends_relative_clause(text[clause[0] : local], after):
                    continue  # "Nepal, which lies between India and China, is hosting": Nepal
                if _is_inviter(after):
                    continue
                if _EXCEPTION_BEFORE.search(
                    text[max(0, local - 40) : local]
                ) or _SAVE_BEFORE.search(before):
                    continue  # "all member states except India attended": India did not
                place_before = re.search(r"\b([A-Z][a-z]+),\s*$", before)
                if (
                    place_before
                    and re.match(r"(?:Republic|Kingdom|State|Sultanate)\b", text[local:])
                    and not matcher.states(place_before[1])
                ):
                    # "Lachin, Republic of Azerbaijan": a place's country; not "Australia,
                    # Japan, Republic of Korea": a list of states
                    continue
                said_of = _REPORTS_THAT.match(text, m.end - s.start)
                if said_of and not matcher.states(said_of["who"]):
                    continue  # "Azerbaijan's office told ... that Aliyev will not": a person
                if _SPEAKER.match(after) and not c_absent:
                    continue  # "the Kazakh Minister added that ...": who speaks, not who came
                if _NOT_A_PARTY.match(after):
                    continue  # "the Ukraine war": a topic, not a participant
                if _WAR_OBJECT.search(before) or _MEDIA_AFTER.match(after):
                    continue  # "since Russia invaded Ukraine", "Pakistan Point News": no party
                if _JOINS_BLOC.match(text, m.end - s.start, m.end - s.start + 80):
                    continue  # "Iran joined the organisation": membership
                if _HOSTED_ANOTHER.match(text, m.end - s.start):
                    continue  # "South Africa hosted the one in 2023": another meeting's host
                is_host = (
                    _host_after(text, m.end - s.start, local)
                    or re.search(_HOSTED_BY, before, re.I)
                    or _envoy_hosts(text, m.end - s.start, m.via)
                )
                if ABSENT.search(ctext) and _IN_PERSON.search(ctext):
                    continue  # a leader not there in person: the state may still take part
                personal = m.via == "demonym" or bool(_PERSON_AFTER.match(after)) or led_by_people
                if personal and _NOT_TRAVEL.search(ctext) and not _REPRESENTED.search(ctext):
                    continue  # "Xi did not travel to Italy": the leader's absence, not the state's
                if (
                    c_absent
                    and (_LEADER_AFTER.match(text, m.end - s.start) or _OFFICE_OF.search(before))
                    and not _REPRESENTED.search(text)
                ):
                    # "Azerbaijani President Aliyev will not be able to attend": the leader's
                    # absence; who (if anyone) represents the state, the text does not say.
                    continue
                if (
                    c_absent
                    and ABSENT.search(ctext)
                    and personal
                    and (
                        _REPRESENTED.search(ctext)
                        # "Modi skipped the summit but sent Foreign Minister Jaishankar"
                        or (_LEADER_AFTER.match(after) and _REPRESENTED.search(text, clause[1]))
                    )
                ):
                    # "Xi will not attend ... the delegation will be led by Premier Li": the
                    # leader is absent, the state is not.
                    attendance = "invited" if meeting.future and not _past(ctext) else "attended"
                elif c_absent and ABSENT.search(ctext) and not is_host:
                    if (personal or _LEADER_OF.search(before)) and _ABSENTEES.search(ctext):
                        # "Absentees ... President Cyril Ramaphosa of South Africa and Uganda's
                        # Yoweri Museveni": leaders missing, which says nothing of their states.
                        continue
                    attendance = "absent"
                elif c_invite and (not c_attend or meeting.future or _BEEN_INVITED.search(ctext)):
                    attendance = "invited"
                elif c_attend or is_host or capacity or _hosted_with(ctext, local - clause[0]):
                    attendance = "invited" if meeting.future and not _past(ctext) else "attended"
                else:
                    continue
                cap = "host" if is_host else capacity
                if cap == "chair" and m is not run[0]:
                    cap = None  # "new AU chair Senegal and Kenya": the chair is one state
                quote = _clip(text, local, m.end - s.start)
                if attendance == "invited" and invite and _invites(ctext):
                    meeting.invitations.setdefault(
                        m.iso3, Invitation(m.iso3, _meeting_name(meeting), quote)
                    )
                    continue
                if m.iso3 in meeting.participants:
                    old = meeting.participants[m.iso3]
                    if old.attendance == "absent" and attendance == "attended":
                        if _REPRESENTED.search(ctext):
                            # "Putin did not attend; Russia was represented by Lavrov": a
                            # leader's absence, not the state's.
                            old.attendance, old.quote = "attended", quote
                            old.capacity = cap or (old.capacity if old.source == "text" else None)
                        continue
                    if (
                        old.attendance == "attended"
                        and attendance == "absent"
                        and (_REPRESENTED.search(text) or m.via == "demonym")
                    ):
                        continue  # the state was represented; only one person stayed away
                    if old.capacity is None and cap:
                        old.capacity = cap
                        old.quote = quote
                    continue
                meeting.participants[m.iso3] = Participant(
                    m.iso3, cap, attendance, "text" if cap else "kb", False, quote
                )
                if is_host and meeting.host is None:
                    meeting.host, meeting.host_quote = m.iso3, quote


# A verb of taking part whose object is the meeting, in the languages whose verbs alone are too
# loose to read (round 16 measured them as words: one right proposal, seven wrong): the verb
# and a meeting noun of the same language joined as the grammar joins them, so the sentence
# says someone took part in *the meeting* (not in a war, a debate or a trade). Vietnamese
# "tham dự Hội nghị" (verb, then the noun); Polish "wzięli udział w szczycie", "na spotkaniu
# reprezentował" (either order, with "w"/"na"); Turkish "toplantısına katıldı", "Toplantısı'nda
# ... temsil eden" (the noun's case, then the verb); Korean "회의에 참석" (the noun with its
# locative, then the verb); Hindi and Nepali "बैठक में भाग", "सम्मेलनमा सहभागी";
# Indonesian "menghadiri KTT", "hadir dalam pertemuan"; Italian
# "partecipa al vertice", "presenti alla riunione"; Persian "در اجلاس ... شرکت کرد".
_TIE_GAP = r"(?:[^\s.;!?。]+\s+){0,3}?"
_NEW_NOUN = "(?:" + meeting_finding.NEW_LANGUAGE_MEETING_NOUNS + ")"
_TIED_TAKING_PART = re.compile(
    r"(?:tham\s+dự|tham\s+gia|(?<!\w)dự|có\s+mặt\s+tại)\s+(?:lễ\s+khai\s+mạc\s+)?"
    + r"(?:các\s+|cuộc\s+)?"
    + _NEW_NOUN
    + r"|"
    r"(?:udział\w*|uczestnicz\w*|reprezentowa\w*|obecn\w*)\s+(?:w|we|na)\s+"
    + _TIE_GAP
    + _NEW_NOUN
    + r"|(?<!\w)(?:w|we|na)\s+"
    + _NEW_NOUN
    + r"\s+"
    + _TIE_GAP
    + r"(?:reprezentowa\w*|uczestnicz\w*|(?:wzi[ąę]\w*|bra\w*)\s+udział)|"
    r"(?:toplant[ıi]|zirve|oturum|konferans)\w*(?:['’]\w+)?\s+"
    + _TIE_GAP
    + r"(?:katıl\w*|temsil\s+ed\w*)|"
    r"(?:회의|회담|총회)(?:에는|에서는|에|에서)\s[^.!?。]{0,400}?(?:참석|참가|참여)|"
    r"(?:सम्मेलन|बैठक|सत्र)\w*\s+(?:में|मा)?\s*(?:भाग|शामिल|सहभाग\w*)|"
    r"(?:menghadiri|hadir\s+(?:dalam|di|pada)|mengikuti|berpartisipasi\s+(?:dalam|di)|"
    r"ikut\s+serta\s+(?:dalam|di))\s+" + _NEW_NOUN + r"|"
    r"(?:partecip\w*|present[ie]|intervenut[oiae])\s+(?:a|al|alla|allo|ai|agli|alle|all['’])\s*"
    + r"(?:[\w-]+\s+){0,2}?(?:"
    + meeting_finding.ITALIAN_UKRAINIAN_MEETING_NOUNS
    + r")|"
    r"(?:در|به)\s+(?:اجلاس|نشست|همایش|کنفرانس)[^.!?؟]{0,120}?(?:شرکت|حضور)\s+(?:کرد|کردند|یافت|"
    r"یافتند|داشت|داشتند)",
    re.IGNORECASE | re.MULTILINE,
)
_TIED_BEFORE = 60  # how far before the tie a state may be its subject: "Polskę na spotkaniu"


def _read_tied_participants(matcher: Matcher, s: Sentence, meeting: Meeting) -> None:
    """The states of a sentence whose verb of taking part has the meeting as its object, said
    of the states named in the tie or just before it (its subject: "Đoàn đại biểu Việt Nam
    tham dự hội nghị", "Türkiye'yi temsil eden")."""
    text = s.text
    ties = list(_TIED_TAKING_PART.finditer(text))
    if not ties or ABSENT.search(text) or _invitation(text):
        return
    attendance = "invited" if meeting.future and not _past(text) else "attended"
    for m in matcher.states(text, s.start):
        local = m.begin - s.start
        if m.iso3 in meeting.participants or m.iso3 in meeting.invitations:
            continue
        if not any(t.start() - _TIED_BEFORE <= local < t.end() for t in ties):
            continue
        before = text[max(0, local - 40) : local]
        if m.via == "name" and _is_location(before):
            continue
        quote = _clip(text, local, m.end - s.start)
        meeting.participants[m.iso3] = Participant(m.iso3, None, attendance, "kb", False, quote)


# An official of a state by office, in English and the Romance languages the reports come in:
# "Russian Defense Minister Sergei Shoigu", "Pakistan Prime Minister Shaukat Aziz", "Prime
# Minister Khaleda Zia of Bangladesh", "o primeiro-ministro da Índia", "el presidente de
# Paraguay", "Cristina Kirchner (Argentina)".
_OFFICIAL_NOUNS = (
    r"(?:(?:Deputy|Vice|First)\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|"
    r"Amir|Sultan|Crown\s+Prince|"
    r"(?:[\w-]+\s+){0,2}?Minister|Secretary|Vice[\s-]President|head\s+of\s+(?:state|government)|"
    r"leader)"
)
_OFFICIAL_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:then|former|outgoing|acting|new|newly[\s-]elected)\s+)?"
    + _OFFICIAL_NOUNS
    + r"\b|^\s+(?:"
    + languages.PERSON_NOUNS
    + r")",
    re.IGNORECASE,
)
_OFFICIAL_OF = re.compile(
    r"\b(?:"
    + _OFFICIAL_NOUNS
    + r"(?:\s+(?-i:[A-Z][\w.'’-]*)){0,4}|presidente|presidenta|mandatari[oa]|"
    r"primer[oa]?\s+ministr[oa]|primeir[oa][\s-]ministr[oa]|canciller|chanceler|"
    r"ministr[oa]\s+(?:[\w-]+\s+){0,5}?|président|premier\s+ministre|jefe\s+de\s+Estado)\s+"
    r"(?:of|de|del|da|do|de\s+la|du|de\s+l['’])\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_NAME_THEN_STATE = re.compile(r"(?-i:[A-Z][\w'’-]+)\s+\($")
# An official by office right before the state's name, with no preposition between, as
# Indonesian and Malay write it ("Perdana Menteri Kamboja Hun Sen", "Presiden Filipina",
# "Menteri Luar Negeri Malaysia") and Vietnamese ("Thủ tướng Campuchia", "Bộ trưởng Ngoại
# giao Lào"). (Not a minister "di"/"dari" a place, nor "yang" of a relative clause: only
# the words of the office's name between.)
_BARE_OFFICIAL_BEFORE = re.compile(
    r"(?<!\w)(?:(?:Wakil\s+)?(?:Presiden|Perdana\s+Menteri)|Sultan|Raja|Kanselir|Emir|"
    r"Menteri(?:\s+(?!(?:di|ke|dari|dan|yang|untuk|dengan|dalam|pada)\b)\w+){0,3}?|"
    r"Kepala\s+(?:Negara|Pemerintahan)|Delegasi|"
    r"(?:Phó\s+)?(?:Thủ\s+tướng|Tổng\s+thống|Chủ\s+tịch\s+nước)|Quốc\s+vương|Nhà\s+vua|"
    r"Bộ\s+trưởng(?:\s+(?:Ngoại\s+giao|Quốc\s+phòng|Tài\s+chính|Kinh\s+tế|Thương\s+mại))?|"
    r"(?:Trưởng\s+)?[Đđ]oàn(?:\s+đại\s+biểu)?)\s+$",
    re.IGNORECASE,
)


# Officials in the plural before a list of their states: "the defence ministers of Belarus,
# Russia and Armenia", "los cancilleres de Argentina, Brasil y Uruguay", "les chefs d'État du
# Sénégal, du Mali et du Niger". What is said of the officials is said of every state listed.
_OFFICIALS_OF = re.compile(
    r"(?<!\w)(?:(?:[\w-]+\s+){0,2}?(?:Ministers|Presidents|Premiers|Chancellors|leaders|"
    r"heads\s+of\s+(?:state|government)(?:\s+(?:and|or)\s+government)?)|"
    r"ministros(?:\s+[\w-]+){0,4}?|presidentes|cancilleres|mandatarios|"
    r"jefes\s+de\s+(?:Estado|Gobierno)(?:\s+y\s+de\s+Gobierno)?|"
    r"ministres(?:\s+[\w'’-]+){0,4}?|présidents|chefs\s+d['’]État(?:\s+et\s+de\s+gouvernement)?)"
    r"\s+(?:of|de|del|da|do|das|dos|des|du|de\s+la|de\s+l['’])\s*(?:the\s+|la\s+|l['’]|le\s+)?$",
    re.IGNORECASE,
)
# Russian, Ukrainian and Belarusian put the state in the genitive right after the office, with
# no preposition: "министры обороны Беларуси, России", "министр иностранных дел Казахстана",
# "главы правительств России и Казахстана", "президенты России, Казахстана".
_OFFICIAL_GENITIVE = re.compile(
    r"(?<![\w-])(?:(?:вице-|первый\s+)?(?:премьер-)?министр\w*|президент\w*|премьер\w*|"
    r"глав[аыу]|лидер\w*|руководител\w+|міністр\w*|прэзідэнт\w*)"
    r"(?:\s+(?:обороны|иностранных|внутренних|дел|финансов|экономики|энергетики|МИД|"
    r"государств\w*|правительств\w*|оборонн\w+|военн\w+|ведомств\w*|закордонних|справ|"
    r"оборони)){0,3}\s+$",
    re.IGNORECASE,
)
# States that follow one another in a list: commas, "and" in the languages of the officials above.
_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s*(?:and|y|e|et|и|і|та|і)\s)\s*(?:the\s+|la\s+|l['’]|le\s+|de\s+(?:la\s+|l['’])?|"
    r"du\s+|des\s+|del\s+|da\s+|do\s+)?",
    re.IGNORECASE,
)


_FOUNDING = re.compile(
    r"\b(?:found(?:ed|ing)|establish(?:ed|ing)|создан\w*|основа\w*|учрежд\w*|fundad\w*|fondé\w*)\b|"
    # "Earlier that day, the presidents of Russia, Belarus ... held a meeting of the SEEC"
    r"\b(?:earlier|later)\s+(?:that|the\s+same)\s+day\b|\bthe\s+day\s+before\b",
    re.IGNORECASE,
)
_SUMMIT_OF_OTHERS = re.compile(r"[–—-]\s*\w+[\"”’]?\s+(?:Summit|format)\b")


def _officials_list(text: str, base: int, mentions: list[StateMention]) -> set[int]:
    """The positions in ``mentions`` of states in a list that officials in the plural head,
    or that one official heads in the Russian genitive ("министр обороны России"). Only the
    mentions by name: "the ministers of Russian and Chinese ..." is no list of states."""
    found: set[int] = set()
    i = 0
    while i < len(mentions):
        m = mentions[i]
        before = text[max(0, m.begin - base - 80) : m.begin - base]
        if m.via != "name" or not (
            _OFFICIALS_OF.search(before) or _OFFICIAL_GENITIVE.search(before)
        ):
            i += 1
            continue
        found.add(i)
        j = i + 1
        while j < len(mentions) and mentions[j].via == "name":
            gap = text[mentions[j - 1].end - base : mentions[j].begin - base]
            if not _LIST_GAP.fullmatch(gap):
                break
            found.add(j)
            j += 1
        i = j
    return found


def _read_officials(
    matcher: Matcher, s: Sentence, mentions: list[StateMention], meeting: Meeting, gaz: Gazetteer
) -> None:
    """A sentence about the meeting with no verb of taking part that names a state by an
    official of its ("Speaking at the Minsk meeting, Russian Defense Minister Sergei Shoigu",
    "Pakistan Prime Minister Shaukat Aziz was in the chair"): the official's state takes part.
    Only a state with a standing in the bloc then is kept (_finish): the leader of an outsider
    commenting on a summit is no participant."""
    text = s.text
    if not _only_about(matcher, text, meeting.bloc):
        return
    # A list of officials is read only in a sentence about this meeting alone: not where it
    # founded the bloc ("founded ... by the Presidents of Russia, China, ..."), met on another
    # occasion ("Earlier that day, the presidents of ... held"), or where it
    # names another bloc's body or another summit ("held a meeting of the Supreme Eurasian
    # Economic Council", "convene for the second 'Central Asia–Russia' Summit").
    listed = (
        _officials_list(text, s.start, mentions)
        if not _FOUNDING.search(text)
        and not _SUMMIT_OF_OTHERS.search(text)
        and all(body.bloc == meeting.bloc for body, _b, _e in matcher.bodies(text))
        else set()
    )
    for index, m in enumerate(mentions):
        local = m.begin - s.start
        before = text[max(0, local - 60) : local]
        after = text[m.end - s.start : m.end - s.start + 60]
        official = (
            index in listed
            or m.via == "demonym"
            or _OFFICIAL_AFTER.match(after)
            or _OFFICIAL_OF.search(before)
            or (_NAME_THEN_STATE.search(before) and after.startswith(")"))
            or _BARE_OFFICIAL_BEFORE.search(before)
        )
        if not official or m.iso3 in meeting.participants:
            continue
        if m.via == "name" and _place_in_state(gaz, before, m):
            continue
        if _EXCEPTION_BEFORE.search(before[-40:]) or _SAVE_BEFORE.search(before[-40:]):
            continue
        attendance = "invited" if meeting.future and not _past(text) else "attended"
        meeting.participants[m.iso3] = Participant(
            m.iso3, None, attendance, "kb", False, _clip(text, local, m.end - s.start)
        )
        meeting.by_office.add(m.iso3)


# "The participating leaders of the G7 are:" and then one line each, "Giorgia Meloni, prime
# minister of Italy": a roll call of who takes part.
_ROLL_CALL = re.compile(r":\s*$")
_ROLL_LINE = re.compile(
    r"^\W{0,2}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4},\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + PERSON_NOUNS
    + r"\s+of\s+(?:the\s+)?(?P<rest>.*)$",
    re.IGNORECASE,
)


# "First row from left to right:": the meeting's official photo, who stands in it.
_PHOTO_ROW = re.compile(
    r"^(?:first|second|third|front|back|top|bottom)\s+row\b,?\s+(?:from\s+)?left\s+to\s+right\b"
    r"[\s:]*$",
    re.IGNORECASE,
)


def _read_roll_call(
    matcher: Matcher, sentences: list[Sentence], index: int, meeting: Meeting
) -> None:
    """After a sentence about the meeting that ends in a colon and says who takes part, the
    lines that follow, each a person and the state they hold office in, are participants."""
    intro = sentences[index].text
    if not ((_ROLL_CALL.search(intro) and ATTEND.search(intro)) or _PHOTO_ROW.search(intro)):
        return
    attendance = "invited" if meeting.future and not _past(intro) else "attended"
    for s in sentences[index + 1 :]:
        if _BULLET.match(s.text):
            # "the summit will bring together leaders from:": those of a meeting to come
            to_come = FUTURE.search(intro) and not _past(intro)
            # (bulleted lines the splitter kept together: each line is one of the roll's)
            offset = 0
            for text in s.text.split("\n"):
                if _BULLET.match(text) and len(text.split()) <= 40:
                    part = Sentence(s.start + offset, s.start + offset + len(text), text)
                    _read_bullet(matcher, part, meeting, "invited" if to_come else attendance)
                offset += len(text) + 1
            continue
        line = _ROLL_LINE.match(s.text)
        if line is None or len(s.text.split()) > 15:
            return  # the roll call ends where a line is not "Name, title of State"
        at = line.start("rest")
        named = matcher.states(s.text[at:], s.start + at)
        if not named or named[0].begin != s.start + at or named[0].via != "name":
            continue  # "Charles Michel, president of the European Council": no state
        iso3 = named[0].iso3
        if iso3 not in meeting.participants:
            quote = _clip(s.text, 0, named[0].end - s.start)
            meeting.participants[iso3] = Participant(iso3, None, attendance, "kb", False, quote)


# A bulleted line of a roll call: "• the six Western Balkans partners: Albania, Serbia, ...".
_BULLET = re.compile(r"^\s*[•●▪◦·*–-]\s+")


def _read_bullet(matcher: Matcher, s: Sentence, meeting: Meeting, attendance: str) -> None:
    """The states of a roll call's bulleted line take part, in the capacity the line says of
    them ("the six Western Balkans partners: Albania, ..."), else their standing that day."""
    text = s.text
    mentions = matcher.states(text, s.start)
    if not mentions or _COMPOSITION.search(text):
        return
    clause = (0, len(text))
    for run in _lists(mentions, text, s.start):
        capacity = _capacity_for(run, text, s.start, clause)
        if capacity in ("host", "chair"):
            capacity = None
        for m in run:
            local = m.begin - s.start
            if m.via == "name" and _is_location(text[max(0, local - 40) : local]):
                continue  # "• leaders meeting in Serbia": a place
            if m.iso3 not in meeting.participants:
                quote = _clip(text, local, m.end - s.start)
                meeting.participants[m.iso3] = Participant(
                    m.iso3, capacity, attendance, "text" if capacity else "kb", False, quote
                )


_HOSTED_BY = (
    r"(?:(?:hosted|organi[sz]ed|chaired)\s+by\s+(?:the\s+)?(?:(?:kingdom|republic|state|sultanate|government)\s+of\s+(?:the\s+)?)?"
    r"|\bhost(?:\s+country|\s+nation|\s+state)?,?\s+(?:the\s+)?"
    # the same in French, Spanish, Portuguese, Italian and German: "organisé par la France",
    # "le pays hôte, la France", "organizada por Brasil", "ospitato dall'Italia", "Gastgeber
    # Deutschland"; Arabic "تستضيف السعودية" (the verb before the state)
    r"|\b(?:accueilli|organis[ée]|organizad[ao]|organizzat[oa]|ospitat[oa]|acolhid[ao]|"
    r"sediad[ao])e?s?\s+(?:par|por|pel[ao]|da|dal|dall['’]|dalla)\s*"
    r"(?:(?:la|le|l['’]|el|o|a)\s*)?"
    r"|\b(?:pays\s+(?:hôte|d['’]accueil)|pa[ií]s\s+(?:anfitri[oó]n|anfitrião|sede)|"
    r"paese\s+ospitante|Gastgeber(?:land)?)\s*,?\s+(?:(?:la|le|l['’]|el|o|a|l)\s*)?"
    r"|(?:^|\s)(?:تستضيف|استضافت|يستضيف|ستستضيف)\s+)$"
)
# "the UK will use its G7 presidency": the state chairing the bloc this year hosts (not "will
# assume the chairmanship next year").
_PRESIDENCY = re.compile(
    r"^\s+(?:will use|holds|uses|is using|used)\s+(?:its|the)\s+(?:rotating\s+)?(?:[\w-]+\s+)?"
    r"(?:presidency|chairmanship)\b|"
    # "Brasil ejerce actualmente la presidencia pro tempore del bloque"
    r"^\s+(?:ejerce|ocupa|exerce|ostenta)\s+(?:actualmente\s+|atualmente\s+)?(?:la|a)\s+"
    r"presid[eê]ncia\b"
)
_HELD_IN = re.compile(
    r"(?:held in|host(?:ed)? in|convened in|took place in|takes place in|will be held in|"
    r"to be held in|se llevó a cabo en|se celebró en|realizad[ao] en|realizad[ao] em)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_A_PARTY = re.compile(
    r"^['’]?s?\s+(?:war|crisis|conflict|invasion|issue|question|border|problem|attack|peace|"
    r"situation|dispute)\b",
    re.IGNORECASE,
)
# The Arabic meeting, or its verb of holding, then "in" the state, a few words on: "عقد ...
# اجتماعهم الـ 33 أمس في دولة الكويت", "القمة الخليجية في قطر" (as "a summit in Qatar").
_AR_HELD_IN = re.compile(
    r"(?<!\S)[وف]?(?:ال)?(?:اجتماع|قمة|دورة|عقد|انعقد|تعقد|يعقد|تنعقد)\S*"
    r"(?:\s+\S+){0,3}\s+(?:في|فى)\s+$"
)
_TRAVEL_TO = re.compile(r"\b(?:travel\w*|went|go|going|come|coming|fly|flew)\s+to\s+$", re.I)
# "took a bullet train from Tokyo to the resort town of Karuizawa in central Japan to attend the
# three-day meeting": the place people go to, to attend, is in the state that hosts
_TO_PLACE_IN = re.compile(
    r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[A-Z][\w'’-]+\s+in\s+(?:(?:central|northern|southern|"
    r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$"
)
_TO_ATTEND = re.compile(r"^\s+(?:to|for)\s+(?:attend|participate|take part|join|the)\b", re.I)
# "leaders have begun arriving in the Maldives for the 17th Summit", "King Salman arrived in
# Manama on Tuesday to head the Saudi delegation": where people arrive for the meeting is its
# venue (the arrival's day may come between).
# ("has arrived Addis Ababa, capital of Ethiopia to attend": "arrived" with no "in", as
# Nigerian English writes it)
_ARRIVE_IN = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|landed|lands|reach(?:ed|es)?)\s+(?:(?:in|at|to)\s+)?(?:the\s+)?$",
    re.I,
)
_PLACE_HOSTS = re.compile(
    r"\s+(?:hosted|hosts|will\s+host|is\s+hosting|was\s+hosting|(?:is|was)\s+(?:set|due)\s+to\s+"
    r"host|played\s+host\s+to|plays\s+host\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?"
    # ("Dushanbe will host the CIS Heads of State Council": the council's meeting)
    r"(?:meeting|summit|session|conference|ministerial|talks|gathering|council|forum)\b",
    re.IGNORECASE,
)
_ARRIVE_FOR = re.compile(
    r"(?:,\s+(?:the\s+)?capital\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},?)?"
    r"(?:\s+(?:on|this|last|late|early)\s+[\w,]+(?:\s+(?:morning|evening|night|afternoon))?)?"
    r",?\s+(?:to|for)\s+(?:attend|participate|take part|join|head|lead|the)\b",
    re.I,
)
# "se encuentran ya en Medellín para asistir hoy a la inauguración", "sont à Addis-Abeba pour
# participer au sommet", "sono a Roma per partecipare": in the place, to attend the meeting (the
# Spanish, Portuguese, French and Italian of _ARRIVE_FOR), the place is its venue.
_IN_PLACE_TO_ATTEND = re.compile(
    r",?\s+(?:para\s+(?:asistir|assistir|participar|tomar\s+parte)|"
    r"pour\s+(?:assister|participer|prendre\s+part)|per\s+(?:partecipare|assistere))\b",
    re.IGNORECASE,
)
_VENUE_VERBS = re.compile(
    r"\b(?:held|hosted|host|meeting|summit|conference|session|sitting|convened|gathered|met|"
    # (the other English meeting nouns: "Thursday's gathering of defense ministers at NATO
    # headquarters in Brussels", "the retreat in Siem Reap")
    r"gathering|talks|retreat|ministerial|conclave|forum|"
    # a body that meets as the meeting's name ("The OAS General Assembly ends on Tuesday in
    # Lima", "La Asamblea General de la OEA se celebra en Lima")
    r"assembly|asamblea|assemblée|assembleia|assemblea|"
    r"opened|took place|takes place|opens|begins|ends|closes|"
    r"se\s+celebra|inaugur\w*|conclu(?:ye|yó|irá|ir[aá]n)|"
    r"concluded|will be|cumbre|reunión|se llevó a cabo|se celebró|cúpula|cimeira|sommet|"
    # held, in Spanish, Portuguese, French and German: "tendrá lugar", "acolhe", "se tiendra",
    # "findet ... statt", "kommen ... zusammen"
    r"tendr[áa]\s+lugar|tuvo\s+lugar|se\s+celebrar[áa]|se\s+realiz\w+|realiza-se|"
    r"acolhe\w*|decorre\w*|se\s+d[ée]roule\w*|se\s+tien\w+|s['’]est\s+tenue?|aura\s+lieu|"
    r"a\s+eu\s+lieu|accueill\w+|(?-i:stattfinden|statt|tagen|tagt|zusammen)|"
    # met, gathered: "se sont réunis", "se sont rassemblés", "se sont retrouvés à Incheon",
    # "se reunieron", "reuniram-se", "si sono riuniti"
    r"se\s+(?:sont\s+)?(?:réuni\w*|rassembl\w*|retrouv\w*)|se\s+re[uú]n\w+|"
    r"reun\w+-se|se\s+dieron\s+cita|si\s+(?:sono\s+)?riun\w+|"
    # Dutch, Swedish, Norwegian, Danish, Finnish, Estonian, Latvian and Lithuanian: "vindt
    # plaats", "komen bijeen", "äger rum", "hålls", "holdes", "afholdes", "finder sted",
    # "pidetään", "järjestetään", "toimub", "võõrustab" (hosts), "notiks", "uzņems" (will
    # host), "vyks"
    r"vindt\s+\w*\s*plaats|plaatsvind\w*|bijeen|gehouden|äger\s+rum|hålls|holdes|afholdes|"
    r"finder\s+sted|pidetään|järjestetään|toimu(?:b|s|vad)|võõrusta\w*|"
    r"notiks|notiek|notika|uzņem(?:s|a)?|vyks(?:ta)?|vyko|"
    # and any meeting noun of theirs ("Treffen", "encuentro", "réunion")
    + meeting_finding.FOREIGN_MEETING_NOUNS
    + "|"
    + languages.VENUE_WORDS  # "прошла", "состоялся", "عقدت"
    # an Arabic session ("أعمال الدورة السابعة والعشرين": the work of the 27th session)
    + r"|(?:[وف]?(?:ال|لل))?دورة|(?:ال|لل)?دورته"
    + r")\b",
    re.IGNORECASE,
)
_PEOPLE_FROM = re.compile(
    r"\b(?:delegations?|delegates?|leaders?|officials?|representatives?|heads of state|envoys?|"
    r"ministers|presidents|premiers|those|counter\s?parts|participants|heads of government|"
    r"heads of (?:diplomacy|delegations?))"
    r"\s+from\s+"
    r"(?:the\s+)?$|"
    # Russian: "его коллеги из Армении, Белоруссии, Казахстана" (his counterparts from)
    r"\b(?:коллег(?:и|ами)|делегаци(?:и|ями)|делегат(?:ы|ами)|представител(?:и|ями)|"
    r"руководител(?:и|ями)|министр(?:ы|ами)|лидер(?:ы|ами))\s+из\s+$|"
    # "a session of the Council will be held with Finland and Sweden": they take part
    r"\b(?:be|been|is|was|were)\s+held\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A clause that says what the bloc is made of, not who came: "The G7 — made up of the UK, …".
_COMPOSITION = re.compile(
    r"\b(?:made up of|comprising|comprises|consists? of|consisting of|whose members|it includes|"
    r"members are|member states are|founded by|formed by|groups together|brings together the|"
    r"members\s+(?:of\s+the\s+\w+\s+)?include[sd]?|"  # "the ten full members include ..."
    # "the five members who joined in 2009 -- Brazil, ...", "its founding members":
    # the bloc's history
    r"members\s+who\s+(?:joined|founded|formed|created)|(?:founding|original)\s+members)\b",
    re.IGNORECASE,
)
# A state joining the bloc: membership, not taking part ("Iran joined the organisation as its
# ninth member at the summit").
_JOINS_BLOC = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|will\s+|officially\s+|formally\s+){0,2}"
    r"(?:join(?:ed|s)?|bec(?:ame|omes?))"
    r"\s+(?:the\s+)?(?:organi[sz]ation|bloc|grouping|group|alliance|association|union|club|"
    r"(?:[A-Z][\w-]+\s+)?(?:partner|observer|member|associate)\s+(?:countries|states|nations)|"
    r"(?:[A-Z][\w-]+\s+)?(?:members|observers|partners|dialogue\s+partners)\b|"
    r"(?:an?|its|the)\s+(?:\w+\s+){0,2}member|"
    # ("will join the Summit as observers": taking part in a meeting, not joining the bloc)
    r"(?!(?:summit|meeting|talks|session|conference|gathering|retreat)s?\b)"
    r"[A-Z][\w-]+\b(?!\s+(?:summit|meeting|talks)))",
    re.IGNORECASE,
)


_PERSON_AFTER = re.compile(
    r"^['’]s\s+(?:(?:[A-Z]?[a-z]+\s+){0,2}?" + PERSON_NOUNS + r"\b|"
    # "Uganda's Yoweri Museveni": a person, named
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))",
    re.IGNORECASE,
)
# "have been invited to participate": invited, whatever else the clause says ("including")
_BEEN_INVITED = re.compile(
    r"\b(?:has|have|had|was|were|been|being|is|are)\s+(?:also\s+)?invited\b(?![^.;]*\b(?:attended|"
    r"took part|participated)\b)",
    re.IGNORECASE,
)
# The state as the one who reports a person's plans: "Azerbaijan's presidential administration
# told the state news agency that Aliyev will be unable to attend".
_REPORTS_THAT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:administration|ministry|office|spokes\w+|government|media|"
    r"press\s+service|agency)\s+(?:told|said|says|announced|reported|confirmed)\b[^.;]{0,80}?"
    r"\bthat\s+(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:will|would|did|was|is|has|had)\b"
)
# "Saudi Arabia has not yet decided whether to attend", "if the Prime Minister attends it":
# taking part not announced as certain
_UNDECIDED = re.compile(
    r"\b(?:(?:not\s+yet|yet\s+to)\s+(?:decided?|confirm(?:ed)?)|undecided|whether\s+to\s+"
    r"(?:attend|participate|take\s+part|join|go)|(?:may|might|could)\s+(?:attend|participate|"
    r"take\s+part|join)|if\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:attends|participates|takes\s+part|"
    r"joins|comes))\b",
    re.IGNORECASE,
)
# "Azerbaijan regularly participates in official CIS summits": a habit, not this meeting
_HABITUALLY = re.compile(
    r"\b(?:regularly|usually|always|traditionally|often|normally|routinely)\s+(?:participates|"
    r"attends|takes\s+part|joins|sends)\b",
    re.IGNORECASE,
)
# "Russia hosted the previous summit", "South Africa hosted the one in 2023"
_HOSTED_ANOTHER = re.compile(
    r"\s+(?:has\s+|had\s+)?hosted\s+(?:the\s+|its\s+)?(?:previous|last|first|one\s+in|"
    r"(?:19|20)\d{2}|earlier|prior|past)\b",
    re.IGNORECASE,
)
_INVITED_TO = re.compile(r"\binvit\w*\s+to\s+$", re.IGNORECASE)


def _envoy_hosts(text: str, end: int, via: str) -> bool:
    """ "German foreign minister Annalena Baerbock hosted", "Brazil's then president Lula da
    Silva hosted": the state whose leader or envoy hosts (a demonym, or a name and "'s")."""
    if via == "name":
        possessive = re.compile(r"['’]s(?=\s)").match(text, end)
        if possessive is None:
            return False
        end += 2
    elif via != "demonym":
        return False
    return _PERSON_HOSTS.match(text, end, end + 140) is not None


# "Nepal, which lies between India and China, is hosting the meet": the verb after a relative
# clause is said of the state before the clause, not of the states inside it.
_RELATIVE_CLAUSE = re.compile(r"\s*,\s+(?:which|who)\b[^,.;:]{0,80},", re.IGNORECASE)
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\b[^,.;:]{0,80}$", re.IGNORECASE)


def _host_after(text: str, end: int, begin: int) -> bool:
    """The state named from ``begin`` to ``end`` is said to host, by the words after it ("India
    will host", "Nepal, which ..., is hosting"), and is not inside a relative clause."""
    if _IN_RELATIVE_CLAUSE.search(text, max(0, begin - 90), begin):
        return False
    clause = _RELATIVE_CLAUSE.match(text, end)
    at = clause.end() if clause else end
    return HOST_AFTER.match(text[at : at + 40]) is not None


_SUSPENDED_PARTICIPATION = re.compile(
    r"\bsuspend\w*\s+(?:its|their|his|her)\s+participation\b", re.IGNORECASE
)
# A state's leader ("Azerbaijani President Ilham Aliyev", "Uganda's president"), not its envoys.
_LEADER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:then|former|outgoing|acting)\s+)?(?:President|Prime\s+Minister|Premier|"
    r"King|Emir|Sultan|Chancellor|leader|head\s+of\s+state)\b",
    re.IGNORECASE,
)
# "German foreign minister Annalena Baerbock, hosted the ...": the state of the host's envoy
_PERSON_HOSTS = re.compile(
    r"\s+(?:[A-Z]?[a-z]+\s+){0,2}?"
    + PERSON_NOUNS
    # a second title: "Foreign Minister and Deputy Prime Minister Antonio Tajani"
    + r"(?:\s+and\s+(?:[A-Z][a-z]+\s+){0,2}?"
    + PERSON_NOUNS
    + r")?"
    # the envoy's name, not a headline's capitalised words ("Minister In Tajikistan Which Is
    # Hosting": Tajikistan hosts)
    + r"(?:\s+(?!(?:in|at|which|who|that|of|to|is|was)\b)[A-Z][\w-]+){0,3},?\s+"
    r"(?:hosts|hosted|will host|is hosting|was hosting|"
    # "received the G7 partners", "welcomed the heads of delegations": the bloc's people, as
    # a host receives them
    r"(?:received|receives|welcomed|welcomes)\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]*\s+){0,3})"
    r"(?:partners|counterparts|leaders|heads\s+of\s+(?:state|delegations?)|delegations|guests))\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(
    r"^(?:['’]s)?\s+(?:[A-Z]?[a-z]+\s+){0,3}?" + PERSON_NOUNS + r"(?:\s+[A-Z][\w-]+){0,3},?\s+"
    r"(?:said|says|added|adds|noted|notes|stressed|stresses|told|tells|announced|announces|"
    r"emphasi[sz]ed|remarked|underlined|pointed out|recalled|welcomed)\b",
    re.IGNORECASE,
)
# What a list is about, not who came: "discussed cooperation with Turkey, Egypt and Qatar".
_TOPIC = re.compile(
    r"\b(?:discuss\w*|situation|cooperation|relations?|ties|sanctions|concerns?|crisis|conflict|"
    r"issues?|talks|dialogue|trade|tensions?|war|dispute|"
    # the same in Portuguese, Spanish, French, German, Italian: "em plena crise entre Rússia e
    # Ucrânia", "la guerre entre la Russie et l'Ukraine", "die Spannungen zwischen ..."
    r"crise|conflito|conflicto|conflit|conflitto|Konflikt\w*|Krise|Krieg\w*|guerra|guerre|"
    r"tens(?:ão|ões|ión|iones|ione|ioni)|Spannungen|rela(?:ções|ciones|zioni)|Beziehungen|"
    r"coopera(?:ção|ción|zione)|coopération|Zusammenarbeit|situa(?:ção|ción|zione)|Lage|"
    r"san(?:ções|ciones|zioni)|Sanktionen)\s+(?:\w+\s+){0,3}?"
    r"(?:in|with|on|over|about|against|between|regarding|concerning|of|involving|"
    r"entre|zwischen|tra|fra|com|con|avec|mit|contra|contre|gegen|sobre|über|em|na|no|en)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|a\s+|o\s+|die\s+|der\s+|den\s+|dem\s+)?$",
    re.IGNORECASE,
)
_NOT_TRAVEL = re.compile(r"\b(?:did|will|would)\s+not\s+travel\b|\bstayed\s+home\b", re.I)
_ABSENTEES = re.compile(r"\b(?:absentees?|absence\s+of)\b", re.IGNORECASE)
_LEADER_OF = re.compile(
    r"\b(?:President|Prime Minister|Premier|King|Emir|Chancellor|Minister)\s+"
    r"(?:[A-Z][\w.-]*\s+){1,3}of\s+(?:the\s+)?$"
)
# "Ararat Mirzoyan, the foreign minister of Armenia, had declined to attend": a person's office
# in the state, named before it.
_OFFICE_OF = re.compile(
    r"\b(?:president|prime\s+minister|premier|minister(?:\s+for\s+[\w\s]{3,30}?)?|"
    r"chancellor|king|emir|sultan|leader|head\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The leaders of the states of a list, named before it: "the Presidents of", "leaders of both".
_PEOPLE_OF_LIST = re.compile(
    r"\b(?:presidents?|prime\s+ministers?|premiers?|leaders?|heads?\s+of\s+(?:state|government)|"
    r"kings?|emirs?)\s+of\s+(?:the\s+)?(?:both\s+)?$",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(r"\bin person\b|\bpersonally\b", re.IGNORECASE)
_REPRESENTED = re.compile(
    r"\b(?:represent\w*|delegations?|led by|on (?:his|her|its|their)? ?behalf|in (?:his|her) place|"
    r"instead|sent|headed by)\b",
    re.IGNORECASE,
)


def _past(text: str) -> bool:
    # ("will also be joined by": to come)
    text = re.sub(r"\b(?:will|would|to)\s+(?:also\s+)?be\s+\w+", "", text)
    return bool(
        re.search(r"\b(?:attended|took part|participated|joined|was|were|met|held)\b", text)
    )


def _is_location(before: str) -> bool:
    return bool(
        re.search(
            r"(?:\b(?:in|at|to|from|into|across|against|with|visit(?:ed|ing)?|towards|near|between|"
            # Spanish, after a participle or verb ("enviada a Brasil", "celebrada en Chile")
            r"(?<=[a-záéíóú]{3}\s)(?:a|en|hacia|desde)|"
            # Russian and Arabic: "в России", "с Казахстаном", "في مصر"
            r"(?<!\w)(?:в|во|из|на|с|со|против|между|في|إلى|من|ضد|بين))\s+(?:the\s+)?)$",
            before,
            re.IGNORECASE,
        )
    ) and not (
        _PEOPLE_FROM.search(before)
        # "along with Iran's first vice president": company, not a place
        or re.search(r"\b(?:along|together)\s+with\s+(?:the\s+)?$", before, re.IGNORECASE)
    )


# "Medellin, Colombia –", "arrived Addis Ababa, capital of Ethiopia": a city and the state it
# is in, the state named only to say where the city is.
_CITY_COMMA = re.compile(
    r"(?P<city>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}),\s+"
    r"(?P<capital>(?:the\s+)?(?:capital|city)\s+of\s+)?(?:the\s+)?$"
)


def _plain(name: str) -> str:
    """A place name without its accents, case folded ("Medellín" and "Medellin")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _place_in_state(gaz: Gazetteer, before: str, m: StateMention) -> bool:
    """Whether the state named just after ``before`` follows a city of its own with a comma
    (or "City, capital of"): the city's state, not a party."""
    city = _CITY_COMMA.search(before)
    if city is None:
        return False
    if city["capital"]:
        return True
    name = _plain(city["city"])
    known = {_plain(n): iso3 for n, iso3 in (*gaz.places.items(), *gaz.capitals.items())}
    return known.get(name) == m.iso3


# "Nepal, which is located between India and China, is hosting the meet": the verb after the
# clause's closing comma is said of the state before "which", not of the one ending the clause.
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b[^,;:()]*$", re.IGNORECASE)
_RELATIVE_CLOSE = re.compile(
    r"^\s*,\s*(?:(?:is|was|are|were|has|have|had|will|would)\s+)?(?:also\s+)?"
    r"(?:host\w*|attend\w*|participat\w*|join\w*|took|takes|sent|sends|led|leads|chair\w*)\b",
    re.IGNORECASE,
)


def _ends_relative_clause(before: str, after: str) -> bool:
    """Whether the state between ``before`` and ``after`` ends a relative clause whose closing
    comma is followed by the main clause's verb of taking part."""
    return bool(_RELATIVE_OPEN.search(before) and _RELATIVE_CLOSE.match(after))


def _is_inviter(after: str) -> bool:
    return bool(
        re.match(
            r"^\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:invited|invites|invite|extended)\b", after
        )
    )


def _read_collective(
    matcher: Matcher, text: str, meeting: Meeting, invite: bool, attend: re.Match[str] | None
) -> None:
    """ "all eight members of SCO ... will be invited": the members that day, inferred."""
    gaz = matcher.gaz
    if _COMPOSITION.search(text) or ABSENT.search(text) or collectives.describes_bloc(text):
        return
    _read_bloc_people(matcher, text, meeting, bool(invite))
    if MEETING_WORDS.search(text) or ANAPHORA.search(text):
        for m in _THE_OTHER_PEOPLE.finditer(text):
            # "held a videoconference with the other G7 leaders": the bloc's people but the
            # subject's, and the subject is of the bloc too: each member that day.
            if _bloc_named(gaz, m["bloc"]) == meeting.bloc:
                future = bool(invite) or (meeting.future and not _past(text))
                meeting.collective.append(
                    (
                        "member",
                        None,
                        "invited" if future else "attended",
                        _clip(text, m.start(), m.end()),
                    )
                )
    if not (invite or attend):
        _add_collectives(matcher, text, meeting, invite)
        return
    attendance = _group_attendance(text, meeting, invite)
    for m in _MEMBER_BLOC.finditer(text):
        # "counterparts from the five-member bloc": each member that day.
        if not _PEOPLE_FROM_BEFORE.search(text, 0, m.start()):
            # "The ten-member Association of Southeast Asian Nations concluded its summit": a
            # description of the bloc, not its people at the meeting (corpus README, rule 2)
            continue
        meeting.collective.append(
            ("member", collectives.number(m["n"]), attendance, _clip(text, m.start(), m.end()))
        )
    for m in _THE_MEMBERS.finditer(text):
        # "In addition to the NATO member countries, Sweden will participate": the bloc named,
        # with "the" and a verb of taking part in the sentence: all its members.
        if _SOME_OF_THEM.match(text, m.end()):
            continue  # "the OPEC members and non-OPEC members which took part": those that did
        if collectives.exhorted(text, m.start(), m.end()):
            continue  # "the NATO member countries must ...": told to, not reported
        if gaz.bloc_names.get(m["bloc"]) == meeting.bloc and _TAKING_PART.search(text):
            meeting.collective.append(("member", None, attendance, _clip(text, m.start(), m.end())))
            but = _SAVE.match(text, m.end())
            if but:  # "the SCO nations save Pakistan": all but the states named
                runs = _lists(matcher.states(text[but.end() :], but.end()), text, 0)
                if runs and runs[0][0].begin == but.end():
                    meeting.excepted |= {x.iso3 for x in runs[0]}
    for m in _FULL_ATTENDANCE.finditer(text):
        # "with the full attendance of ASEAN leaders": all of the bloc's members
        named = _bloc_named(gaz, m["bloc"])
        quote = _clip(text, m.start(), m.end())
        if named == meeting.bloc:
            meeting.collective.append(("member", None, attendance, quote))
        elif named is not None:
            meeting.collective.append((f"{_WHOLE_BLOC}{named}", None, attendance, quote))
    for m in _OTHER_BLOC_LEADERS.finditer(text):
        # "All the leaders of the regional CIS bloc would attend" the BRICS summit: another
        # bloc's states, whole, each with its own standing in this meeting's bloc.
        other = _bloc_named(gaz, m["bloc"])
        if other is not None and other != meeting.bloc:
            quote = _clip(text, m.start(), m.end())
            meeting.collective.append((f"{_WHOLE_BLOC}{other}", None, attendance, quote))
    for quote in _whole_bloc_people(gaz, text, meeting):
        # "All SAARC leaders ... joined the summit", "attended by the GCC Foreign Ministers":
        # the bloc's people, every one of them, so each member that day.
        meeting.collective.append(("member", None, attendance, quote))
    for status, quote in _groups_attending(text, meeting, gaz):
        # "attended by foreign ministers of ASEAN and dialogue partners, along with
        # representatives of observer countries": each group, all of it that day.
        meeting.collective.append((status, None, attendance, quote))
    for m in _REMAINING.finditer(text):
        # "The 33 remaining states will be represented": the members but those already named.
        meeting.named_before[len(meeting.collective)] = frozenset(meeting.participants) | set(
            meeting.invitations
        )
        meeting.collective.append(
            (
                "member-rest",
                collectives.number(m["n"] or m["n2"]),
                attendance,
                _clip(text, m.start(), m.end()),
            )
        )
    for m in _COLLECTIVE.finditer(text):
        if not (m["n"] or m["all"] or m["our"]):
            continue  # "the member states laid high hopes": a generic plural, not a count
        if collectives.exhorted(text, m.start(), m.end()):
            continue  # "all member states must ...", "urged all members to": told to
        if re.match(r"\s*[:(–—]", text[m.end() :]):
            continue  # "six ASEAN member countries: Malaysia, ...": named one by one
        named_bloc = _bloc_named(gaz, m["bloc"]) if m["bloc"] else None
        if m["bloc"] and m["bloc"][0].isupper() and named_bloc != meeting.bloc:
            continue  # another bloc's members ("all ASEAN members" at the East Asia Summit)
        if m["bloc"] and m["bloc"].lower() in ("other", "remaining", "non", "new", "founding"):
            continue  # "all other members": not all of them
        what = m["what"].lower()
        if what in ("nations", "countries", "states") and named_bloc is None:
            continue  # "all countries": no bloc says whose
        if m["our"] and not what.startswith(("dialogue", "observer")):
            continue  # "our member states" may be some of them; "our dialogue partners", all
        if not _COLLECTIVE_CUE.search(text):
            continue  # "the lack of concurrence from all member states": not taking part
        status = (
            "observer"
            if what.startswith("observer")
            else ("dialogue-partner" if what.startswith("dialogue") else "member")
        )
        # Expanded in _finish, where the knowledge base's statuses that day are known.
        meeting.collective.append(
            (
                status,
                collectives.number(m["n"]),
                attendance,
                _clip(text, m.start(), m.end()),
            )
        )
        but = _SAVE.match(text, m.end())
        if but:  # "all Asean member states but Myanmar": all but the states named
            runs = _lists(matcher.states(text[but.end() :], but.end()), text, 0)
            if runs and runs[0][0].begin == but.end():
                meeting.excepted |= {x.iso3 for x in runs[0]}
        meeting.excepted |= _excepted_before(matcher, text, m.start())
    _add_collectives(matcher, text, meeting, invite)


def _read_loose_collectives(
    matcher: Matcher,
    sentences: list[Sentence],
    sentence_meeting: dict[int, Meeting],
    meetings: list[Meeting],
) -> None:
    """A collective in a sentence that names no meeting ("he greeted Mr Putin and the other
    G20 leaders at the Brisbane Convention and Exhibition Centre"), in a report about one
    meeting of the bloc: the group takes part in that one, as the sentence says (the reading
    of collectives.read, a verb of taking part included). Only a group whose bloc the sentence
    names, or whose count the knowledge base checks in _finish."""
    by_bloc: dict[str, list[Meeting]] = {}
    for m in meetings:
        by_bloc.setdefault(m.bloc, []).append(m)
    # which of a bloc's several meetings (or its next one) a sentence is about, no one can say
    only = {bloc: own[0] for bloc, own in by_bloc.items() if len(own) == 1 and not own[0].next_one}
    for index, s in enumerate(sentences):
        if index in sentence_meeting or _COMPOSITION.search(s.text) or ABSENT.search(s.text):
            continue
        named = {b for b, *_ in matcher.blocs(s.text)} if only else set()
        for bloc, meeting in only.items():
            if any(
                c.bloc == bloc and (c.count is not None or bloc in named)
                for c in collectives.read(matcher, s.text, bloc)
            ):
                _add_collectives(matcher, s.text, meeting, bool(_invitation(s.text)))


def _group_attendance(
    text: str, meeting: Meeting, invite: bool, *, future_tense: bool = False
) -> str:
    """A group's attendance: "will be invited", invitations; "the 33 remaining states will be
    represented", participants yet to come ("invited"); else "attended". ``future_tense`` also
    reads a verb's future form ("tendrá ... la presencia")."""
    if invite:
        return "invitation" if _invites(text) else "invited"
    future = FUTURE.search(text) or (future_tense and _FUTURE_TENSE.search(text))
    return "invited" if meeting.future and future and not _past(text) else "attended"


def _own_verb_before_invite(text: str, end: int) -> bool:
    """Whether the group ending at ``end`` has its own verb of taking part just after it, and
    the sentence's invitation comes after that verb (said of others)."""
    verb = collectives.TAKES_PART.search(text, end, end + 25)
    if verb is None or re.match(r"invit", verb[0], re.I):
        return False
    first_invite = INVITE.search(text)
    return first_invite is not None and first_invite.start() > verb.end()


def _add_collectives(matcher: Matcher, text: str, meeting: Meeting, invite: bool) -> None:
    """The collectives the generic reading finds (collectives.read), where the rules of
    _read_collective left the phrase unread; each expanded in _finish like theirs."""
    said_of_all = _group_attendance(text, meeting, invite, future_tense=True)
    for c in collectives.read(matcher, text, meeting.bloc):
        quote = _clip(text, c.begin, c.end)
        attendance = said_of_all
        if invite and _own_verb_before_invite(text, c.end):
            # "Miniștrii Apărării din cadrul statelor NATO participă miercuri ..., la care sunt
            # invitați și omologii din Finlanda": the group takes part; others are invited
            attendance = _group_attendance(text, meeting, False, future_tense=True)
        status = c.status if c.bloc == meeting.bloc else f"{_WHOLE_BLOC}{c.bloc}"
        if c.bloc != meeting.bloc and (c.status != "member" or c.count is not None):
            continue  # another bloc's members, all of them (see _expand_other_bloc), only
        if any(q == quote and s in (status, "member-rest") for s, _n, _a, q in meeting.collective):
            continue  # read already, by one of the rules above
        meeting.collective.append((status, c.count, attendance, quote))
        meeting.excepted |= c.excepted | _excepted_before(matcher, text, c.begin)
        for iso3 in c.named if attendance != "invitation" else ():
            # "India, China, Pakistan, and five other member countries": named, so not inferred
            # ("With the exception of Armenia, the five other members": left out, not named in)
            if iso3 not in {*meeting.participants, *meeting.excepted, meeting.host}:
                meeting.participants[iso3] = Participant(iso3, None, attendance, "kb", False, quote)


# "All the leaders of the regional CIS bloc", "all the heads of state of the EAEU": every state
# another bloc counts (members and associate members), at a meeting of this one.
_OTHER_BLOC_LEADERS = re.compile(
    r"\b[Aa]ll\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents)\s+of\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?P<bloc>[A-Z][\w-]+)\b"
)
_FULL_ATTENDANCE = re.compile(
    r"\b(?:full|complete)\s+(?:attendance|participation)\s+of\s+(?:the\s+|all\s+)?"
    r"(?P<bloc>[A-Z][\w-]+)\s+(?:leaders|members|member\s+states|heads\s+of\s+state)\b"
)
_WHOLE_BLOC = "whole-bloc:"  # a collective's status: another bloc, all of it


# "With the exception of India, all member states took part": the states named are left out.
_EXCEPTION_BEFORE = re.compile(
    r"\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|apart\s+from|save\s+for|other\s+than|"
    r"excluding)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _excepted_before(matcher: Matcher, text: str, at: int) -> set[str]:
    """The states of a list that an exception phrase opens, just before ``at``."""
    runs = _lists(matcher.states(text[:at]), text, 0)
    if not runs or not re.fullmatch(r"\s*,\s*(?:the\s+)?", text[runs[-1][-1].end : at]):
        return set()
    # collectives.EXCEPT_BEFORE holds _EXCEPTION_BEFORE's English phrases and the other languages'
    if not collectives.EXCEPT_BEFORE.search(text[: runs[-1][0].begin]):
        return set()
    return {x.iso3 for x in runs[-1]}


# "All three nations have been suspended ... and cannot participate": the subject of the
# sentence counts the states the sentence before listed.
_COUNTED_STATES = re.compile(
    r"^(?:(?:Additionally|However|Meanwhile|Moreover),?\s+)?(?:all|the|these|those)\s+(?:the\s+)?"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:nations|countries|states)\b",
    re.IGNORECASE,
)


def _read_counted_states(
    matcher: Matcher, text: str, before: Sentence, s: Sentence, meeting: Meeting
) -> None:
    """The states of the last list of the sentence before, as many as the count says, take
    part (or stay away) as the sentence says; the quote runs from the list to the verb."""
    head = _COUNTED_STATES.match(s.text)
    count = collectives.number(head["n"]) if head else None
    if head is None or count is None:
        return
    runs = [
        r for r in _lists(matcher.states(before.text, before.start), text, 0) if len(r) == count
    ]
    if not runs:
        return
    cue = ABSENT.search(s.text) or INVITE.search(s.text) or _COLLECTIVE_CUE.search(s.text)
    if cue is None or _COMPOSITION.search(s.text):
        return
    if ABSENT.search(s.text):
        attendance = "absent"
    elif INVITE.search(s.text) or (meeting.future and not _past(s.text)):
        attendance = "invited"
    else:
        attendance = "attended"
    quote = text[runs[-1][0].begin : s.start + cue.end()]
    if len(quote.split()) > 60:
        return  # too far apart to quote as one
    for m in runs[-1]:
        if m.iso3 not in meeting.participants and m.iso3 != meeting.host:
            meeting.participants[m.iso3] = Participant(m.iso3, None, attendance, "kb", False, quote)


# "Eight OPEC+ countries, Saudi Arabia, Russia, ... and Oman, agreed ... during a virtual
# meeting held on March 1": a counted group that opens the sentence, its states in apposition.
_COUNTED_GROUP_OPENS = re.compile(
    r"^(?:[A-ZА-Я][\w .'-]+\s+[–—-]\s+)?(?:the\s+)?(?P<n>[\w-]+)\s+(?:[\w+-]+\s+){0,2}?"
    r"(?:countries|states|nations|producers|members|allies|governments)\s*,\s*",
    re.IGNORECASE,
)


def _read_counted_apposition(matcher: Matcher, s: Sentence, meeting: Meeting) -> None:
    """The states of a list in apposition to a counted group that opens the sentence, as many
    as the count says, take part in the meeting the sentence reports them at."""
    head = _COUNTED_GROUP_OPENS.match(s.text)
    count = collectives.number(head["n"]) if head else None
    if head is None or count is None or count < 2:
        return
    runs = _lists(matcher.states(s.text, s.start), s.text, s.start)
    run = next((r for r in runs if r[0].begin - s.start == head.end()), None)
    if run is None or len(run) != count:
        return
    rest = s.text[run[-1].end - s.start :]
    # the list closes with a comma, and the meeting is the sentence's, after the list
    if not re.match(r"\s*,\s+", rest) or not MEETING_WORDS.search(rest) or ABSENT.search(rest):
        return
    if _COMPOSITION.search(s.text) or (meeting.future and not _past(rest)):
        return
    for m in run:
        if m.iso3 not in meeting.participants and m.iso3 != meeting.host:
            meeting.participants[m.iso3] = Participant(
                m.iso3, None, "attended", "kb", False, _clip(s.text, 0, len(s.text))
            )


# "Some countries will be absent from the summit. These countries are Gabon and Niger, as well
# as Mali": the sentence after names the states the sentence about the meeting spoke of.
_THESE_STATES_ARE = re.compile(
    r"^(?:These|Those|The)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:countries|states|nations|member\s+states)\s+(?:are|were|include|included)\s*:?\s*"
)
_SOME_STATES = re.compile(
    r"\b(?:some|several|a\s+few|few|many|(?:two|three|four|five|six|seven|eight|nine|ten|\d+))"
    r"\s+(?:[\w-]+\s+)?(?:countries|states|nations|member\s+states)\b",
    re.IGNORECASE,
)


def _read_states_named_after(
    matcher: Matcher, text: str, s: Sentence, after: Sentence, meeting: Meeting
) -> None:
    """A sentence about the meeting that speaks of some states taking part or staying away
    ("some countries will be absent from the summit"), followed by one that names them ("These
    countries are Gabon and Niger, as well as Mali"): each state of that list, as the first
    sentence says. The quote runs from the states spoken of to the list's end."""
    head = _THESE_STATES_ARE.match(after.text)
    group = _SOME_STATES.search(s.text)
    if head is None or group is None or _COMPOSITION.search(s.text):
        return
    if ABSENT.search(s.text):
        attendance = "absent"
    elif INVITE.search(s.text) or (meeting.future and not _past(s.text)):
        attendance = "invited"
    elif ATTEND.search(s.text):
        attendance = "attended"
    else:
        return  # the states are spoken of, but not as taking part or staying away
    named = matcher.states(after.text[head.end() :], after.start + head.end())
    runs = _lists(named, text, 0)
    if not runs or runs[0][0].begin != after.start + head.end():
        return  # the list must follow "These countries are" at once
    quote = text[s.start + group.start() : runs[0][-1].end]
    if len(quote.split()) > 60:
        quote = text[after.start : runs[0][-1].end]
    for m in runs[0]:
        if m.iso3 not in meeting.participants and m.iso3 != meeting.host:
            meeting.participants[m.iso3] = Participant(m.iso3, None, attendance, "kb", False, quote)


# A verb of taking part (or being invited) in the sentence of a collective mention.
_COLLECTIVE_CUE = re.compile(
    r"\b(?:attend\w*|participat\w*|took part|take part|taking part|present|represent\w*|"
    r"gathered|met|meet|joined|invit\w*|delegations?|counterparts|brought together|"
    r"brings together|convened|asisti\w*|estarán representad\w*)\b",
    re.IGNORECASE,
)


def _bloc_named(gaz: Gazetteer, word: str) -> str | None:
    """The bloc a word names, in any case ("Asean" for ASEAN)."""
    found = gaz.bloc_names.get(word)
    if found is None:
        lowered = {n.lower(): b for n, b in gaz.bloc_names.items()}
        found = lowered.get(word.lower())
    return found


# "the European Union's 26 other national leaders", "the nine ASEAN leaders and the Myanmar
# junta chief", "the 27 EU leaders": the people of a bloc, counted, at the meeting.
_BLOC_PEOPLE = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d+)\s+"
    r"(?P<other>other\s+|remaining\s+)?(?:(?P<bloc>[A-Z][\w-]+)\s+)?"
    r"(?:national\s+|member[- ]state\s+)?"
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents|"
    r"prime\s+ministers|(?:foreign|defen[cs]e|finance|economy|trade)\s+ministers)\b"
)
_POSSESSIVE_BLOC = re.compile(r"(?P<bloc>[A-Z][\w -]{1,40}?)['’]s\s+$")
# "... leaders and the Myanmar junta chief": one more of the bloc's states, named by a person.
_AND_ONE_MORE = re.compile(r"\s+and\s+(?:the\s+)?")


def _read_bloc_people(matcher: Matcher, text: str, meeting: Meeting, invite: bool) -> None:
    """A count of a bloc's leaders (or ministers) in a sentence about the meeting: with
    "other" (or "and" one more named), one fewer than the bloc's members. Expanded in _finish
    to all members only where the count fits the knowledge base that day."""
    gaz = matcher.gaz
    if not (MEETING_WORDS.search(text) or ANAPHORA.search(text)):
        return
    for m in _BLOC_PEOPLE.finditer(text):
        bloc = _bloc_named(gaz, m["bloc"]) if m["bloc"] else None
        if bloc is None:
            owner = _POSSESSIVE_BLOC.search(text[max(0, m.start() - 45) : m.start()])
            named = matcher.blocs(owner["bloc"]) if owner else []
            bloc = named[-1][0] if named else None
        if bloc != meeting.bloc:
            continue  # no bloc, or another one
        count = collectives.number(m["n"])
        if count is None:
            continue
        one_more = _AND_ONE_MORE.match(text, m.end())
        if m["other"] or (one_more and matcher.states(text[one_more.end() : one_more.end() + 30])):
            count += 1  # the others and the one they are other to: all of them
        attendance = "invited" if invite or FUTURE.search(text) else "attended"
        meeting.collective.append(("member", count, attendance, _clip(text, m.start(), m.end())))


_PEOPLE = (
    r"(?:(?:foreign|defen[cs]e|finance|trade|economy|energy|[A-Z]\w+)\s+)?(?:ministers|leaders|"
    r"heads of (?:state|government)|representatives|delegations|delegates|officials|envoys|"
    r"presidents|prime ministers)"
)
# A group named by its standing in the bloc: "dialogue partners", "observer countries",
# "ASEAN member states", or the bloc itself ("ministers of ASEAN": its members).
_GROUP = (
    r"(?:the\s+)?(?:(?P<bloc>[A-Z][\w-]+)\s+)?(?P<what>member\s+(?:states|countries|nations)|"
    r"dialogue\s+partners|observer\s+(?:states|countries|nations)|observers)\b|"
    r"(?:the\s+)?(?P<alone>[A-Z][\w-]+)(?=\s*(?:,|and\b|as well as|along with|together with|"
    r"attended|took part|participated|were present|$|\.))"
)
_GROUP_RE = re.compile(_GROUP)
# The people of the groups come (before the verb of attending, or after it): "attended by
# foreign ministers of ASEAN", "leaders of the member states and dialogue partners took part".
_GROUPS_BY = re.compile(
    r"\b(?:(?:is|are|was|were|being)\s+attended|joined|brought together|brings together|"
    r"bringing together)\s+by\s+(?:the\s+)?" + _PEOPLE + r"\s+(?:of|from)\s+|"
    r"\b(?:brought together|brings together|bringing together)\s+(?:the\s+)?"
    + _PEOPLE
    + r"\s+(?:of|from)\s+",
    re.IGNORECASE,
)
_GROUP_JOIN = re.compile(
    r"\s*,?\s*(?:and|as well as|along with|together with)\s+(?:(?:the\s+)?"
    + _PEOPLE
    + r"\s+(?:of|from)\s+)?",
    re.IGNORECASE,
)


def _groups_attending(text: str, meeting: Meeting, gaz: Gazetteer) -> list[tuple[str, str]]:
    """(status, quote) for each group a list after "attended by <people> of" names."""
    out: list[tuple[str, str]] = []
    for head in _GROUPS_BY.finditer(text):
        at = head.end()
        while True:
            g = _GROUP_RE.match(text, at)
            if g is None:
                break
            bloc = g["bloc"] or g["alone"]
            if bloc is not None and gaz.bloc_names.get(bloc) != meeting.bloc:
                break  # another bloc's members, or not a bloc at all
            what = (g["what"] or "member").lower()
            status = (
                "observer"
                if what.startswith("observer")
                else "dialogue-partner"
                if what.startswith("dialogue")
                else "member"
            )
            out.append((status, _clip(text, head.start(), g.end())))
            join = _GROUP_JOIN.match(text, g.end())
            if join is None:
                break
            at = join.end()
    return out


# The people of a whole bloc, in words that leave none out: "all SAARC leaders", "the leaders
# of every single ASEAN nation", "attended by the GCC Foreign Ministers", "attended by foreign
# ministers from the BRICS nations". (Not "EU leaders met" nor "the leaders of the CIS
# countries arrived": a generic plural may be some of them.)
_BLOC_WORD = r"(?-i:(?P<bloc>[A-Z][\w-]+))"
_WHOLE_PEOPLE = (
    r"(?:(?:foreign|defen[cs]e|finance|trade|economy|energy|oil)\s+ministers|leaders|"
    r"heads\s+of\s+(?:state|government)(?:\s+and\s+(?:state|government))?|presidents|"
    r"prime\s+ministers)"
)
_WHOLE_BLOC_PEOPLE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\ball\s+(?:of\s+)?(?:the\s+)?" + _BLOC_WORD + r"\s+" + _WHOLE_PEOPLE + r"\b",
        r"\b"
        + _WHOLE_PEOPLE
        + r"\s+(?:of|from)\s+(?:every|each)\s+(?:single\s+)?"
        + _BLOC_WORD
        + r"\s+(?:nation|country|state|member(?:\s+state)?)\b",
        r"\battended\s+by\s+(?:all\s+)?the\s+" + _BLOC_WORD + r"\s+" + _WHOLE_PEOPLE + r"\b",
        r"\battended\s+by\s+(?:the\s+)?"
        + _WHOLE_PEOPLE
        + r"\s+(?:of|from)\s+(?:all\s+)?the\s+"
        + _BLOC_WORD
        + r"\s+(?:nations|countries|states|member\s+(?:states|countries)|members)\b",
    )
]


def _whole_bloc_people(gaz: Gazetteer, text: str, meeting: Meeting) -> list[str]:
    """Quotes of the mentions of all the people of the meeting's own bloc in ``text``."""
    found = []
    for pattern in _WHOLE_BLOC_PEOPLE:
        for m in pattern.finditer(text):
            if _bloc_named(gaz, m["bloc"]) == meeting.bloc:
                found.append(_clip(text, m.start(), m.end()))
    return found


# "with the other G7 leaders", "joined his other BRICS counterparts": every one of the bloc's
# people but one, in company ("informed the other G7 members" says nothing of a meeting).
_THE_OTHER_PEOPLE = re.compile(
    r"\b(?:with|alongside|joined|joins|join|and|among)\s+(?:the|his|her|their)\s+other\s+"
    + _BLOC_WORD
    + r"\s+(?:"
    + _WHOLE_PEOPLE
    + r"|"
    r"counterparts|member\s+(?:states|countries|nations)|members|allies)\b",
    re.IGNORECASE,
)
_MEMBER_BLOC = re.compile(
    r"\b(?:the\s+)(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)-member\s+"
    r"(?:bloc|group(?:ing)?|organi[sz]ation|alliance|club|association|union|community)\b",
    re.IGNORECASE,
)
# The people of the group just before it: "counterparts from", "Leaders from", "the heads of
# government of".
_PEOPLE_FROM_BEFORE = re.compile(
    r"\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|"
    r"presidents|prime\s+ministers|ministers|counterparts|delegations|delegates|"
    r"representatives)\s+(?:from|of)\s+$",
    re.IGNORECASE,
)
_THE_MEMBERS = re.compile(
    r"\bthe\s+(?P<bloc>[A-Z][A-Za-z-]+)\s+(?:member\s+(?:states|countries|nations)|members|allies|"
    r"nations|countries)\b"
)
# A restrictive relative clause after "the NATO members": only those of them it says.
_SOME_OF_THEM = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){1,2}?(?:members|countries|states|nations))?\s+(?:which|that|who)\b"
)
_SAVE_BEFORE = re.compile(
    r"\b(?:members?|states|countries|nations|partners|observers)\s*,?\s*(?:save|but|bar)\s+"
    r"(?:for\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_SAVE = re.compile(r"\s*,?\s*(?:save|except(?:\s+for)?|excluding|bar|but)\s+(?:for\s+)?")
_TAKING_PART = re.compile(
    r"\b(?:attend(?:ed|s|ing)?|will attend|participat(?:e|ed|es|ing)|take part|took part|"
    r"taking part|gathered|convened|assembled|"
    r"(?:are|were|will be) represented)\b",
    re.IGNORECASE,
)
_REMAINING = re.compile(
    r"\b(?:the\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:remaining|other)\s+"
    r"(?:member\s+)?(?:states|countries|members)\b|"
    r"\b(?:los|las)\s+(?P<n2>\d+)\s+(?:Estados|países|miembros)\s+restantes\b",
    re.IGNORECASE,
)


# "The meeting chaired by President of Belarus Alexander Lukashenko", "held under the
# chairmanship of the President of the Russian Federation", "a summit helmed by Saudi Crown
# Prince Mohammed bin Salman", "chaired by the Chairman of the Council, Prime Minister of the
# Republic of Armenia": the state whose leader chairs the meeting hosts it (the chair of a
# meeting by video link included). The state follows the cue through a leader's title.
_CHAIR_CUE = re.compile(
    r"(?:\b(?:chaired|helmed|presided\s+over|headed|convened)\s+by|"
    r"\bunder\s+the\s+(?:chairmanship|chairpersonship|presidency|chair)\s+of|"
    r"\bpresidid[ao]\s+por|\bsous\s+la\s+présidence\s+de|"
    # the same in French, Spanish, Portuguese, German, Russian and Arabic: "présidée par",
    # "bajo la presidencia de", "sob a presidência de", "unter dem Vorsitz von", "под
    # председательством", "برئاسة"
    r"\bprésidée?s?\s+par|\bbajo\s+la\s+presidencia\s+de|\bsob\s+a\s+presid[eê]ncia\s+d[eoa]|"
    r"\bunter\s+(?:dem\s+)?Vorsitz\s+(?:von|des|der)|(?<!\w)под\s+председательством|"
    r"(?<!\w)(?:تحت\s+)?برئاسة)"
    r"\s+(?P<gap>[^.;:()]{0,90})$",
    re.IGNORECASE,
)
_LEADER_TITLE = (
    r"(?:president|prime\s+minister|premier|chairman|chairwoman|chair|king|emir|amir|"
    r"crown\s+prince|sultan|leader|(?:foreign\s+|deputy\s+prime\s+)?minister|chancellor|"
    r"presidente|primer\s+ministro|head\s+of\s+state)"
)
_TITLE_OF_STATE = re.compile(
    r"(?:^|\b)" + _LEADER_TITLE + r"\s+of\s+(?:the\s+)?"
    r"(?:(?:republic|kingdom|state|sultanate|federation|principality)\s+of\s+(?:the\s+)?)?$|"
    r"\b(?:el|del)\s+" + _LEADER_TITLE + r"\s+(?:de|del)\s+$|"
    # the head of state's title straight before the state, in Arabic and Russian: "برئاسة أمير
    # دولة الكويت", "под председательством Президента Казахстана"
    r"(?<!\S)(?:أمير|ملك|سلطان|رئيس|عاهل)\s+$|(?<!\w)(?:президента|короля|эмира)\s+$",
    re.IGNORECASE,
)
# What may stand between the cue and the leader's title: an article, another title of the same
# person ("the Chairman of the CSTO Collective Security Council,"), no other person's name.
_TITLE_GAP = re.compile(
    r"(?:(?:the|el|la|le)\s+)?(?:(?:" + _LEADER_TITLE + r"|incumbent|current|rotating|acting)"
    r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?\s*,?\s*)*",
    re.IGNORECASE,
)


def _chaired_by(text: str, begin: int, via: str) -> bool:
    """The state named at ``begin`` is its leader's, and the leader chairs the meeting (see
    _CHAIR_CUE)."""
    cue = _CHAIR_CUE.search(text[max(0, begin - 120) : begin])
    if cue is None:
        return False
    gap = cue["gap"]
    if via == "demonym":
        # "helmed by Saudi Crown Prince ...": the demonym begins the leader's title
        return re.fullmatch(r"(?:the\s+)?", gap, re.IGNORECASE) is not None
    title = _TITLE_OF_STATE.search(gap) if via == "name" else None
    return title is not None and _TITLE_GAP.fullmatch(gap[: title.start()]) is not None


# What may stand between a chair cue and a state named by its name or demonym, besides a
# leader's title of _TITLE_OF_STATE: nothing or an article ("chaired by Cambodia", "under the
# presidency of Kazakhstan Prime Minister Mamin"); a Russian title in the genitive ("под
# председательством главы оборонного ведомства Казахстана"); an Arabic minister's or
# president's title ("برئاسة ... وزير خارجية مملكة البحرين").
_CHAIR_GAP = re.compile(
    r"(?:the\s+|la\s+|le\s+|l['’])?|"
    r"(?:[а-яё-]+\s+){1,4}|"
    # (and a head of state's: "برئاسة أمير دولة الكويت", "الملك", "سلطان عمان")
    r"(?:[" + languages.SCRIPT_LETTERS["arabic"] + r"]+\s+){0,8}?(?:وزير|رئيس|أمير|ملك|سلطان)"
    r"(?:\s+[" + languages.SCRIPT_LETTERS["arabic"] + r"]+){0,2}\s+"
)


# A chair's title: "the outgoing SAARC chairman", "the acting AU chairperson", "Chair of the
# SAARC Council of Ministers", "président en exercice de l'UA" (outgoing, current and new chairs
# alike: the gold gives each the chair's capacity).
_CHAIR_TITLE = (
    r"(?:(?:current|outgoing|out\s*going|incoming|acting|rotating|new|nouveau|sitting)\s+)?"
    r"(?:(?P<pre>(?-i:[A-Z])[\w-]*)\s+)?"
    r"(?P<noun>chair(?:man|person|woman)?|co-chair(?:man|person)?|"
    r"président\s+en\s+exercice(?:\s+sortant)?)\b"
    r"(?:\s+(?:of|de|du)\s+(?:the\s+|la\s+|l['’]\s*)?"
    r"(?P<post>(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w-]*){0,4}))?"
)
# The state (its leader or minister, by name and title) and then the chair's title:
# "Paul Kagamé, President of Rwanda and the acting AU chairperson", "India’s External Affairs
# Minister Pranab Mukherjee, the outgoing SAARC chairman".
_CHAIR_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?-i:[A-Z])[\w’'.-]*){0,5}\s*,?\s*(?:and\s+)?(?:the\s+)?" + _CHAIR_TITLE,
    re.IGNORECASE,
)
# The chair's title and then the state: "Current chairperson of the eight-member group, Maldives
# President ...", "The out going Chairman of the SAARC President of Sri Lanka", "le président en
# exercice sortant de l'organisation, le Malawien Bingu wa Mutharika".
_CHAIR_BEFORE = re.compile(
    _CHAIR_TITLE
    + r"(?:\s+(?!(?:from|by|to|with|and|et|de)\b)[\w'’-]+){0,5}?\s*,?\s*(?:(?:the|le|la)\s+)?"
    r"(?:" + _LEADER_TITLE + r"\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _chair_of_this_bloc(
    matcher: Matcher, text: str, title: re.Match[str], meeting: Meeting
) -> bool:
    """Whether a chair's title names the meeting's bloc or one of its bodies: "président en
    exercice du G-8" at an AU summit is another group's chair, "Chairman of the Cabinet of
    Ministers" a state's office, "the empty chair" no one's, "Deputy Chairman" not the chair."""
    if re.search(
        r"(?:empty|vice|deputy|vice-)[\s-]*$",
        text[max(0, title.start("noun") - 10) : title.start("noun")],
        re.I,
    ):
        return False
    named = " ".join(x for x in (title["pre"], title["post"]) if x)
    if meeting.bloc in {b for b, _ in matcher.blocs(named)}:
        return True
    return title["post"] is not None and any(
        body.bloc == meeting.bloc for body, _, _ in matcher.bodies(title["post"])
    )


def _counted_with(
    statuses: dict[str, str], members: list[str], count: int
) -> dict[str, str] | None:
    """The states of the one other standing that, with ``members``, make ``count`` states
    ({ISO3: standing}); None if no standing, or more than one, does."""
    found = []
    for other in _WIDER_STANDINGS:
        more = {s: st for s, st in statuses.items() if st == other}
        if more and len(members) + len(more) == count:
            found.append(more)
    return found[0] if len(found) == 1 else None


# The standings a count of a bloc's states may take in besides its members' ("ten CIS states":
# nine members and Turkmenistan, an associate member)
_WIDER_STANDINGS = (
    "suspended",
    "associate-member",
    "observer",
    "partner-country",
    "dialogue-partner",
    "partner",
)


def _read_chair(matcher: Matcher, s: Sentence, meeting: Meeting) -> None:
    """The states said to chair the meeting ("chaired by Cambodian Deputy Prime Minister Tea
    Banh", "под председательством ... Казахстана"): a chair takes part as the chair, unless it
    hosts (see _finish's use of ``meeting.chairs``)."""
    text = s.text
    for m in matcher.states(text, s.start):
        local = m.begin - s.start
        if m.via in ("name", "demonym"):
            end = m.end - s.start
            title = _CHAIR_AFTER.match(text, end, min(len(text), end + 90))
            if title is None:
                title = _CHAIR_BEFORE.search(text, max(0, local - 90), local)
            if (
                title is not None
                and not matcher.states(title[0])  # no other state between them
                # ("Nigeria, new AU chair Senegal and Kenya": the title is Senegal's)
                and (
                    title.start() < local
                    or not matcher.states(text[title.end() : title.end() + 40].lstrip()[:30])
                )
                and _chair_of_this_bloc(matcher, text, title, meeting)
            ):
                # A title says who chairs, not that the state takes part: only a state the
                # text has taken part is the chair ("the invitation is co-signed by ... the
                # Chairperson of the African Union")
                meeting.chairs.setdefault(m.iso3, (_clip(text, local, end), False))
                continue
        cue = _CHAIR_CUE.search(text[max(0, local - 120) : local])
        if cue is None:
            continue
        gap = cue["gap"]
        if m.via not in ("name", "demonym"):
            continue
        if not (_CHAIR_GAP.fullmatch(gap) or _chaired_by(text, local, m.via)):
            continue
        meeting.chairs.setdefault(m.iso3, (_clip(text, local, m.end - s.start), True))


def _read_host(
    matcher: Matcher,
    s: Sentence,
    meeting: Meeting,
    learned: dict[str, tuple[str, str]] | None = None,
) -> None:
    """The host state and the city: "held in Pakistan", "hosted by India", "in Islamabad"."""
    text = s.text
    # ("the summit, which Pakistan would have hosted in Islamabad": one never held)
    if re.search(
        r"\b(?:postponed|cancell?ed|called off|put off|would\s+have\s+(?:hosted|been\s+held))\b",
        text,
        re.I,
    ) and not (_FORMAT_CHANGED.search(text)):
        meeting.called_off = True
    place = _DEMONYM_PLACE.search(text)
    if meeting.host is None and place and _VENUE_VERBS.search(text):
        # "held at the German town of Muenster", "in the Russian city of St. Petersburg": the
        # state the place is said to be in hosts it.
        state = matcher.gaz.demonyms.get(place["dem"])
        if state is not None:
            meeting.host = state
            meeting.host_quote = _clip(text, place.start("dem"), place.end())
            meeting.host_from_city = True
            if meeting.city is None and place["city"]:
                meeting.city = place["city"]
                meeting.city_quote = meeting.host_quote
    foreign = _FOREIGN_DEMONYM_PLACE.search(text)
    if meeting.host is None and foreign and _VENUE_VERBS.search(text):
        dem = "dem" if foreign["dem"] else "rdem"
        city = foreign["city"] or foreign["rcity"]
        state = matcher.gaz.demonyms.get(foreign[dem])
        # (a city the gazetteer places in another state is not this one's)
        if state is not None and matcher.place(city) in (state, None):
            meeting.host = state
            meeting.host_quote = _clip(text, foreign.start(), foreign.end())
            meeting.host_from_city = True
            if meeting.city is None:
                meeting.city, meeting.city_quote = city, meeting.host_quote
    if meeting.host is None or meeting.host_from_city:
        for m in matcher.states(text, s.start):
            local = m.begin - s.start
            before = text[max(0, local - 30) : local]
            after = text[m.end - s.start : m.end - s.start + 40]
            if _HOSTED_ANOTHER.match(after):
                continue  # "Brazil hosted the previous summit": another meeting's host
            said = (
                re.search(_HOSTED_BY, before, re.I)
                or (_host_after(text, m.end - s.start, local) and m.via != "demonym")
                or _envoy_hosts(text, m.end - s.start, m.via)
                # (a chair named where the venue gives the host chairs; it does not host:
                # "held in Cholpon-Ata under the presidency of Kazakhstan's prime minister")
                or (meeting.host is None and _chaired_by(text, local, m.via))
            )
            if meeting.host is not None:
                # "slated to be held in New York ... Nepal was the host of the meet": a host the
                # text names outranks the country of the venue.
                if said and m.iso3 != meeting.host:
                    meeting.host, meeting.host_quote = m.iso3, _clip(text, local, m.end - s.start)
                    meeting.host_from_city = False
                    break
                if said and m.via != "demonym":
                    # "the G20 Osaka Summit ... Japan will host": the state the city lies in,
                    # now said to host; a host stated, not only the venue's country
                    meeting.host_quote = _clip(text, local, m.end - s.start)
                    meeting.host_from_city = meeting.host_from_name = False
                    break
                continue
            if (
                re.search(_HOSTED_BY, before, re.I)
                or _HELD_IN.search(before)
                or (_TRAVEL_TO.search(before) and _TO_ATTEND.match(after))
                or (
                    _TO_PLACE_IN.search(text[max(0, local - 80) : local])
                    and _TO_ATTEND.match(after)
                )
                or (_ARRIVE_IN.search(before) and _ARRIVE_FOR.match(after))
                or (_PRESIDENCY.match(after))
                or (_host_after(text, m.end - s.start, local) and m.via != "demonym")
                or _envoy_hosts(text, m.end - s.start, m.via)
                or _chaired_by(text, local, m.via)
                # ("the ASEAN Defence Ministers' Meeting-Plus in Laos held": a Chinese gloss)
                or re.search(
                    r"\b(?:meeting|summit|conference|session)(?:-Plus)?\s+in\s+$", before, re.I
                )
                or _AR_HELD_IN.search(text[max(0, local - 60) : local])
                or (
                    # "which began in Russia's Nizhny Novgorod": a city of the state
                    re.search(r"\b(?:in|at)\s+$", before)
                    and re.match(r"['’]s\s+[A-Z][\w-]+", after)
                    and _VENUE_VERBS.search(text)
                    and m.via == "name"
                )
            ):
                meeting.host, meeting.host_quote = m.iso3, _clip(text, local, m.end - s.start)
                break
            city_in = _CITY_IN_STATE.search(before)
            if (
                city_in
                # ("allargata a Australia, Corea del Sud": a list of states, no city)
                and city_in["city"] not in matcher.gaz.state_names
                and not _of_another_meeting(s, max(0, local - 30) + city_in.start("city"), meeting)
                and _VENUE_VERBS.search(text)
                and matcher.place(city_in["city"])
                in (
                    m.iso3,
                    None,
                )
            ):
                # "à Addis-Abeba en Éthiopie", "in Goa, India": a city, then the state it is in
                meeting.host = m.iso3
                meeting.host_quote = _clip(text, local - len(city_in[0]), m.end - s.start)
                meeting.host_from_city = True
                if meeting.city is None:
                    meeting.city = city_in["city"]
                    meeting.city_quote = meeting.host_quote
                break
            city = _city_of_state(text, local, m.end - s.start, m.via)
            if (
                city is not None
                and city[0] not in matcher.gaz.state_names
                and _VENUE_VERBS.search(text)
                and matcher.place(city[0]) in (m.iso3, None)
                and not _of_another_meeting(s, local, meeting)
            ):
                meeting.host = m.iso3
                meeting.host_quote = _clip(text, local, city[1])
                meeting.host_from_city = True
                if meeting.city is None:
                    meeting.city, meeting.city_quote = city[0], meeting.host_quote
                break
            apposed = _CITY_HOSTS.match(after)
            if apposed and matcher.place(apposed["city"]) in (m.iso3, None):
                # "the capital of Saudi Arabia, Riyadh, is hosting": the state and its city
                end = m.end - s.start + apposed.end()
                meeting.host, meeting.host_quote = m.iso3, _clip(text, local, end)
                meeting.city, meeting.city_quote = apposed["city"], meeting.host_quote
                break
    named_by = _CITY_SUMMIT.finditer(text) if matcher.place_re is not None else ()
    for word in named_by:
        place = matcher.place_re.search(text, max(0, word.start() - 40), word.start())  # type: ignore[union-attr]
        if (
            meeting.city is None
            and place is not None
            and re.fullmatch(r"\s+", text[place.end() : word.start()])
            and any(
                s.start + word.start() - 60 <= at <= s.start + word.end() for at in meeting.named_at
            )
        ):
            # "At the Madrid Summit", "the Bucharest Ministerial": a meeting named by its city
            name = re.sub(r"\s+", " ", place[0])
            meeting.city = name
            meeting.city_quote = _clip(text, place.start(), word.end())
            state = matcher.place(name)
            if meeting.host is None and state is not None:
                meeting.host, meeting.host_quote = state, meeting.city_quote
                meeting.host_from_city = meeting.host_from_name = True
    known = [p for p in (matcher.place_re, _names_re(learned or {})) if p is not None]
    if meeting.city is None and known:
        places = sorted((m for p in known for m in p.finditer(text)), key=lambda m: m.start())
        for place in places:
            before = text[max(0, place.start() - 30) : place.start()]
            at_place = re.search(
                r"\b(?:in|at|en|em|à|"
                # "no Rio de Janeiro" (Portuguese), "у Москві" (Ukrainian, Belarusian), "tại
                # Thủ đô Bangkok" (Vietnamese), "di Hua Hin" (Indonesian)
                r"no|na|[уУ]|tại|di|"
                # Romanian: "se reunesc astăzi la Sibiu", "în București"
                r"la|în|"
                # Swedish, Norwegian and Danish "i Bryssel", Polish "w Brukseli", Czech and
                # Slovak "v Bruselu", Greek "στις Βρυξέλλες"
                r"(?-i:i)|w|we|v|ve|στη|στην|στις|στο|"
                + languages.IN_PLACE  # "в Минске", "في الرياض"
                + r")\s+(?:(?:the\s+\w+|[A-Z]\w+['’]s)\s+capital(?:,|\s+of)?\s+|[Tt]hủ\s+đô\s+|"
                # "في العاصمة السعودية الرياض", "в столице Киргизии Бишкеке", "dans la
                # capitale vietnamienne, Hanoï", "en la capital argentina,"
                r"(?:العاصمة|مدينة)(?:\s+\S+)?\s+|(?:столице|городе)(?:\s+\w+)?\s+|"
                r"(?:la|a)\s+(?:capital|capitale|ciudad|cidade|ville|città)(?:\s+\w+)?,?\s+|"
                # a state's adjective in the locative: "в казахстанском Бурабае", "у
                # казахстанскім Бурабаі", "в білоруському Мінську"
                r"[а-яёіїєў]+[сц]к(?:ом|ой|ім|ай|ому|ій)\s+|"
                r"[A-Z][a-z]+\s+)?$",
                before,
            )
            # "after admitting new members at a summit in Astana in 2017": another meeting,
            # unless that is where the text names this one ("at an ASEAN summit in Jakarta").
            exercise = re.search(
                r"\b(?:exercises?|drills?)\s+in\s+$", before, re.I
            ) is not None or _of_another_meeting(s, place.start(), meeting)
            # "is taking place in the capital of Ukraine, which usually occurs in Brussels":
            # where the meetings are habitually held, not this one
            exercise = exercise or _HABITUAL_PLACE.search(before) is not None
            arrival = bool(_ARRIVE_IN.search(before) and _ARRIVE_FOR.match(text, place.end())) or (
                at_place is not None and _IN_PLACE_TO_ATTEND.match(text, place.end()) is not None
            )
            # "On Thursday, Cape Town hosted a meeting of top diplomats", "Saint Petersburg
            # hosts session of SEEC": the city hosting the meeting is its venue
            hosting = bool(_PLACE_HOSTS.match(text, place.end())) and not _HOSTED_ANOTHER.match(
                text, place.end()
            )
            speaks = bool(languages.VENUE_SPEAKS.match(text, place.end())) and any(
                place[0] in languages.all_forms(name) for name in languages.VENUES_OF_CITIES
            )
            # "will meet at the Kuala Lumpur Convention Center": a hall named for its city
            building = re.search(r"\b(?:at|in)\s+the\s+$", before) is not None and bool(
                _VENUE_BUILDING.match(text, place.end())
            )
            venue = not speaks and (
                at_place is not None
                # Italian's "a" before a city ("il vertice a Bruxelles"), where "a" in Spanish
                # and Portuguese is "to" ("viajó a Bruselas"): in an Italian report only
                or (
                    re.search(r"(?<!\w)a\s+$", before) is not None and languages.reads_italian(text)
                )
                or building
                or _glued_locative(matcher, text, place)
                or hosting
                or arrival
                or _in_arabic_prefix(matcher, place[0], before)
            )
            if venue and not exercise and (_VENUE_VERBS.search(text) or arrival):
                name = re.sub(r"\s+", " ", place[0])
                taught = (learned or {}).get(name)
                state = matcher.place(name) or (taught[0] if taught else None)
                # (a locative, "Москвада", is the city its name is made from: "Москва")
                meeting.city = matcher.gaz.locatives.get(name, name)
                meeting.city_quote = _clip(text, place.start(), place.end())
                seat = re.search(
                    r"\b(?:headquarters|HQ|sede|siège|secretariat|seat)\b[^.]{0,25}$",
                    text[max(0, place.start() - 60) : place.start()],
                    re.I,
                )
                if meeting.host is None and state and not seat:
                    # (not "at NATO Headquarters in Brussels": a venue, not a host)
                    meeting.host = state
                    meeting.host_quote = _clip(text, place.start(), place.end())
                    if taught and matcher.place(name) is None:
                        meeting.host_quote = taught[1]  # where the report says it lies
                    meeting.host_from_city = True
                break


_HABITUAL_PLACE = re.compile(
    r"\b(?:" + _HABITUALLY_WORDS + r"|habitualmente|normalmente|généralement|habituellement|"
    r"gewöhnlich|üblicherweise)\s+(?:[\w-]+\s+){0,2}?(?:in|at|en|à|em|a)\s+$",
    re.IGNORECASE,
)
_VENUE_BUILDING = re.compile(
    r"\s+(?:International\s+)?(?:Convention|Conference|Exhibition|Congress|Expo)\s+"
    r"(?:and\s+Exhibition\s+)?(?:Cent(?:er|re)|Hall|Palace)\b"
)


# Turkish writes a case ending after a proper name's apostrophe: "Brüksel’de" (in Brussels),
# "Ankara'da", "Bakü’de".
# ("Ankara’daki": the one in Ankara)
_TURKISH_LOCATIVE = re.compile(r"['’][dt][aeə](?:ki)?\b")


def _glued_locative(matcher: Matcher, text: str, place: re.Match[str]) -> bool:
    """The place is said in a locative case, which needs no preposition before it: a Finnish,
    Estonian, Latvian, Lithuanian or Hungarian locative form ("Brysselissä", "Tallinnas",
    "Rīgā"), one the gazetteer makes from a place's name ("Москвада", "Budapesten":
    languages.locative_forms), or a Turkish locative ending after the name's apostrophe
    ("Brüksel’de")."""
    name = re.sub(r"\s+", " ", place[0])
    base = matcher.gaz.locatives.get(name)
    return (
        name in languages.LOCATIVE_PLACES
        or (base is not None and name != languages.polish_locative(base))
        or _TURKISH_LOCATIVE.match(text, place.end()) is not None
    )


# The Arabic preposition "in" written as one word with the place ("بالرياض", "بأديس أبابا",
# "وبالدوحة") or with the word for city or capital before it ("بمدينة جدة", "بالعاصمة الرياض").
_AR_IN_PREFIX = ("وب", "فب", "ب")  # (the longer first: "وبالدوحة" is "and in Doha")
_AR_IN_CITY = re.compile(r"(?<!\S)[وف]?ب(?:مدينة|العاصمة)(?:\s+\S+)?\s+$")


def _in_arabic_prefix(matcher: Matcher, name: str, before: str) -> bool:
    """The place is said with the Arabic "in" (see _AR_IN_PREFIX): the prefix, taken off,
    leaves the same place (not "بكين", Beijing, whose ب is its own)."""
    if _AR_IN_CITY.search(before):
        return True
    for prefix in _AR_IN_PREFIX:
        if name.startswith(prefix):
            place_without_prefix = matcher.place(name[len(prefix) :])
            return place_without_prefix is not None and place_without_prefix == matcher.place(name)
    return False


# "The summit was planned as an in-person meeting but was later cancelled", "canceled plans to
# hold the summit at Camp David ... opted instead to meet by video": the format is dropped, not
# the meeting.
_FORMAT_CHANGED = re.compile(
    r"\bin[- ]person\b|\binstead\b|\b(?:by|via)\s+video|\bvirtual(?:ly)?\b", re.IGNORECASE
)
_CITY_SUMMIT = re.compile(r"(?<=\s)(?:Summit|Ministerial|Conference)\b")
# A city, then the state it is in, in the corpus languages: "in Goa, India", "à Addis-Abeba en
# Éthiopie", "à Baden-Baden (Allemagne)", "a Durban, na África do Sul", "à Taormine, en Sicile,
# en Italie": the state said beside an unknown city places it, no list of cities needed.
_CITY_IN_STATE = re.compile(
    # ("opened in the North Sulawesi provincial capital city of Manado, Indonesia")
    r"(?<![\w-])(?:in|at|near|à|a|en|em|no|na|nel|nella|(?:city|town)\s+of)\s+"
    r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:\s*,\s+(?:en|in|em|na|no|nel|nella)\s+[A-Z][\w’'-]+)?"
    r"(?:\s*,\s+|\s*\(\s*|\s*,?\s+(?:in|en|em|na|no|nel|nella|au|aux)\s+)$"
)
# The state, then the city it names as its own: "in China’s eastern city of Hangzhou", "en la
# ciudad argentina de Mendoza", "en la capital del Laos, Vientián", "в столице Казахстана
# Нур-Султане", "في العاصمة السعودية الرياض": the words before the state ...
_PLACE_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:in|at|en|em|à|a|no|na|nella|nel|в|во|في)\s+(?:(?:the|la|a|le|l['’]|del|della)\s*)?"
    r"(?:(?P<noun>ciudad|cidade|ville|città|capital|capitale|столице|городе|العاصمة|مدينة)"
    r"(?:\s+(?:de|del|da|do|di|du|de\s+la))?\s+(?:(?:la|el|le|les|o|a)\s+)?)?$",
    re.IGNORECASE,
)
# ... and the words after it, up to the city: "’s eastern city of", " de", ",", "" (Russian and
# Arabic name the city straight after).
_CITY_AFTER_STATE = re.compile(
    r"(?P<noun>['’]s\s+(?:[a-z]+\s+){0,2}(?:city|town|capital|resort)\s+of\s+|"
    r"\s+(?:de|di|da|do)\s+|\s*,\s+|\s+)"
    r"(?P<city>[A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+)?|(?:ال)?[\u0621-\u064A]{3,}"
    r"(?:\s+[\u0621-\u064A]{3,})?)"
)
_CITY_HOSTS = re.compile(
    r"\s*,\s*(?P<city>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2})\s*,\s*"
    r"(?:is\s+|was\s+|will\s+be\s+)?host(?:s|ed|ing)\b"
)
_DEMONYM_PLACE = re.compile(
    r"\b(?:in|at)\s+the\s+(?:[a-z]+\s+){0,2}(?P<dem>[A-Z][\w-]+)\s+(?:city|town|capital|resort|port|"
    r"village)(?:\s+(?:city|town))?(?:(?:\s+of|,)\s+(?P<city>[A-Z][\w-]+(?:\.?\s+[A-Z][\w-]+)?))?"
)
# The same where the adjective of the state follows its place noun, in Spanish, Portuguese,
# French and Italian ("en la ciudad argentina de Santa Fe", "na cidade brasileira de Bonito",
# "dans la ville française d'Évian", "nella città giapponese di Nago"), or stands before it in
# Russian ("в киргизском городе Чолпон-Ата"): the state the place lies in hosts the meeting.
_FOREIGN_DEMONYM_PLACE = re.compile(
    r"(?<!\w)(?:en|em|à|a|in|na|no|dans)\s+(?:(?:la|a|el|o|le|l['’]|della|nella)\s*)?"
    r"(?:ciudad|cidade|ville|città|localidad|provincia|província|province|provincia|station|"
    r"balneario|estância)\s+(?P<dem>[a-záéíóúâêôãõçèëïñ]+)\s+(?:de\s+|da\s+|do\s+|d['’]\s*|di\s+)?"
    r"(?P<city>[A-ZÁÉÍÓÚ][\w-]+(?:\s+[A-ZÁÉÍÓÚ][\w-]+)?)|"
    r"(?<!\w)(?:в|во)\s+(?P<rdem>[а-яё]+[сц]ком)\s+(?:городе|курорте|посёлке|поселке)\s+"
    r"(?P<rcity>[А-ЯЁ][\w-]+(?:-[А-ЯЁ][\w-]+)?)"
)


def _city_of_state(text: str, begin: int, end: int, via: str) -> tuple[str, int] | None:
    """(the city, where it ends) where the state named from ``begin`` to ``end`` is said to hold
    the city that follows: "in China’s eastern city of Hangzhou", "en la ciudad argentina de
    Mendoza", "в столице Казахстана Нур-Султане" (see _PLACE_NOUN_BEFORE)."""
    before = _PLACE_NOUN_BEFORE.search(text[max(0, begin - 40) : begin])
    after = _CITY_AFTER_STATE.match(text, end)
    if before is None or after is None:
        return None
    noun_before = before["noun"] is not None
    if after["noun"].startswith(("'", "’")):
        return (after["city"], after.end()) if via == "name" else None
    # a place noun must stand before the state ("la ciudad argentina de", "столице Казахстана"),
    # else "in Argentina, Brazil" would read Brazil as a city of Argentina
    if not noun_before:
        return None
    return after["city"], after.end()


# "after admitting new members at a summit in Astana in 2017", "everyone attended last year's
# summit in Riyadh": the place of another meeting than the one under discussion.
_ANOTHER_MEETING_IN = re.compile(
    r"\b(?:an?|last\s+year['’]s|last|previous|past|former)\s+(?:\w+\s+)?"
    r"(?P<word>summit|meeting|conference|session)\s+(?:in|at)\s+$",
    re.IGNORECASE,
)


# The same in Russian, Ukrainian and Belarusian, the place a few words on: "Предыдущее
# заседание совета проходило в августе в киргизской Чолпон-Ате", "следующий саммит пройдет в".
_ANOTHER_MEETING_CYRILLIC = re.compile(
    r"(?<!\w)(?:предыдущ\w+|прошл(?:ое|ый|ого|ом|ым|ая|ой|ую)|следующ\w+|попередн\w+|"
    r"наступн\w+|папярэдн\w+)\s+(?:\w+\s+)?"
    r"(?P<word>(?:заседани|саммит|встреч|засідан|саміт|зустріч|пасяджэнн|сустрэч)\w*)"
    r"(?:\s+\S+){0,6}\s+$",
    re.IGNORECASE,
)


def _of_another_meeting(s: Sentence, at: int, meeting: Meeting) -> bool:
    """The place named at ``at`` (in the sentence) is another meeting's, unless that is where
    the text names this one ("at an ASEAN summit in Jakarta")."""
    begin = max(0, at - 50)
    another = _ANOTHER_MEETING_IN.search(s.text, begin, at) or _ANOTHER_MEETING_CYRILLIC.search(
        s.text, max(0, at - 90), at
    )
    if another is None and not (meeting.kind == "summit" or _summit_body(meeting.body)):
        # (a meeting of ministers or officials: the summit it prepares for is held elsewhere)
        return meeting_finding.summit_referred_to(s.text, at) is not None
    return another is not None and not any(
        s.start + another.start() <= named < s.start + another.end("word")
        for named in meeting.named_at
    )


def _host_from_other_sentences(
    matcher: Matcher,
    sentences: list[Sentence],
    sentence_meeting: dict[int, Meeting],
    meetings: list[Meeting],
    learned: dict[str, tuple[str, str]],
) -> None:
    """A report about one meeting that names its venue in a sentence not tied to it ("Gulf
    leaders gathered in Riyadh on Tuesday" before the summit is named): the venue the
    report gives, read by the same rules as in the meeting's own sentences (_read_host), is
    that meeting's. Not where the report has more than one meeting: the venue could be any
    of theirs."""
    if len(meetings) != 1:
        return
    meeting = meetings[0]
    if meeting.host is not None or meeting.city is not None:
        return
    for index, s in enumerate(sentences):
        # (not a sentence naming a meeting the finder did not take for this one: "X and Y held
        # a meeting in Riyadh", two states' own talks)
        if index in sentence_meeting or MEETING_WORDS.search(s.text):
            continue
        _read_host(matcher, s, meeting, learned)
        if meeting.host is not None or meeting.city is not None:
            return


def _learned_places(matcher: Matcher, text: str) -> dict[str, tuple[str, str]]:
    """Places the report itself says where they are ("the Russian city of St. Petersburg"),
    for its other sentences ("a meeting ... in St. Petersburg a day earlier"): the state and
    the words that say so (the host's quote)."""
    out = {}
    for m in _DEMONYM_PLACE.finditer(text):
        state = matcher.gaz.demonyms.get(m["dem"])
        if state and m["city"] and matcher.place(m["city"]) is None:
            out[m["city"]] = (state, text[m.start("dem") : m.end()])
    return out


def _names_re(names: Mapping[str, object]) -> re.Pattern[str] | None:
    return _alternation(names) if names else None


def _no_host(meeting: Meeting) -> None:
    """The city read is a venue no state hosts (a bloc's seat, the UN): the host read from it
    goes."""
    meeting.host = meeting.host_quote = None
    meeting.host_from_city = meeting.host_from_record = False


def _venue_is_the_seat(text: str, meeting: Meeting) -> None:
    """ "… meeting in Brussels" and "at NATO Headquarters in Brussels": the bloc's seat is a
    venue; the country it is in does not host."""
    seat_at = _SEAT.search(text)
    if seat_at and meeting.host_from_city and meeting.city == re.sub(r"\s+", " ", seat_at["city"]):
        _no_host(meeting)
    elif (
        meeting.host_from_city
        and meeting.city
        and meeting.host_quote
        and meeting.city in meeting.host_quote
        and meeting.host_quote in text
        and _HEADQUARTERS.search(text)
    ):
        # "Штаб-квартира НАТО оприлюднила програму зустрічі ..., яка пройде 15 жовтня в
        # Брюсселі": the sentence the venue is read from places the meeting at the bloc's
        # headquarters, in its seat; the country the seat is in does not host.
        _no_host(meeting)


# "a SAARC meeting on the sideline of the United Nations General Assembly", "within the General
# Assembly High-level Week": a meeting at the UN in New York, where no state hosts.
_AT_THE_UN = re.compile(
    r"\b(?:sidelines?|margins?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:UN|U\.N\.|United\s+Nations)"
    r"\s+General\s+Assembly|\bGeneral\s+Assembly\s+High-level\s+Week",
    re.IGNORECASE,
)


def _venue_is_the_un(meeting: Meeting) -> None:
    """A meeting of a report about the UN General Assembly's margins, placed in New York: the
    city is the UN's venue; the United States does not host it."""
    if meeting.host_from_city and meeting.city == "New York":
        _no_host(meeting)


# The cities blocs have their seats in, where their councils and ministers meet at the bloc's
# own buildings (the EU's Council in Brussels and Luxembourg, NATO's headquarters, OPEC's
# secretariat, the OAS's headquarters), in the forms reports write them; the state they are
# in hosts no meeting held there unless the text says it does.
_SEATS = {
    "EU": ("BEL", "LUX"),
    "NATO": ("BEL",),
    "OPEC": ("AUT",),
    "OAS": ("USA",),
}
_SEAT_CITIES = re.compile(
    r"(?i:brussels?|bruxel\w*|brüssel\w*|bruselas|bruksel\w*|brusel\w*|brüsszel\w*|"
    r"brüksel\w*|bryssel\w*|briusel\w*|briselē|βρυξέλλ\w*|брюссел\w*|брусел\w*|брусэл\w*|"
    # (Bulgarian and Macedonian, Korean)
    r"брюксел\w*|브뤼셀|"
    r"بروكسل|luxemb\w*|lussemburgo|luksemburg\w*|люксембург\w*|لوكسمبورغ|"
    r"vienn?[ae]|viena|wien|вен[аеуы]|فيينا|washington(?:,?\s+D\.?C\.?)?|вашингтон\w*|واشنطن)"
)


def _at_the_blocs_seat(meeting: Meeting) -> bool:
    """Whether the meeting's host was read only from its city, and that city is a seat of the
    meeting's bloc (``_SEATS``)."""
    return bool(
        meeting.host_from_city
        and meeting.host in _SEATS.get(meeting.bloc, ())
        and meeting.city
        and _SEAT_CITIES.fullmatch(meeting.city.strip())
        # (a body that meets in its members' capitals in turn, as the OAS General Assembly,
        # and an informal meeting, which the presidency hosts at home, are hosted there too)
        and not (meeting.body is not None and meeting.body.iri.endswith("/general-assembly"))
        and not re.search(r"\binform(?:al|el|ell)\w*", meeting.quote or "", re.IGNORECASE)
    )


def _meeting_name(meeting: Meeting) -> str:
    if meeting.body is not None:
        return meeting.body.names[0]
    return f"{meeting.bloc} meeting"


def _finish(
    meeting: Meeting,
    gaz: Gazetteer,
    published: PartialDate | None,
    kb_status: StatusReader | None,
    warnings: list[str],
    main: bool = False,
    floor: date | None = None,
    named_in_text: Callable[[str], str | None] | None = None,
    days: Callable[[], Sequence[tuple[MonthDay, MonthDay]]] = tuple,
    weekdays: frozenset[int] = frozenset(),
) -> None:
    """``floor``: the first day of the latest year the text speaks of as past, when it gives
    no date: the report, and the meeting it is about, come after it. ``named_in_text(iso3)``:
    a quote of the text naming the state, or None."""
    meeting.series = _series(meeting, gaz)
    meeting.existing = _existing(meeting, gaz)
    if meeting.existing is None and meeting.body is None and meeting.ordinal:
        # "the 180th meeting" of OPEC, its body not read: the bloc's one recorded meeting with
        # that number held near the report's (or the text's) day gives the body
        record = meeting_finding.record_by_ordinal(gaz, meeting, published)
        if record is not None:
            meeting.body = next((b for b in gaz.bodies if b.iri == record.body), None)
            meeting.series = _series(meeting, gaz) if meeting.body is not None else None
            meeting.existing = record if meeting.body is not None else None
    if meeting.existing is None:
        record = meeting_finding.record_at_place(meeting, published, floor, gaz, days, weekdays)
        if record is not None and meeting.body is None:
            # "the 14th meeting in Zhengzhou": the record's meeting of that number there
            meeting.body = next((b for b in gaz.bodies if b.iri == record.body), None)
            meeting.series = _series(meeting, gaz) if meeting.body is not None else None
        meeting.existing = record if meeting.body is not None else None
    if meeting.existing is None:
        meeting.existing = meeting_finding.record_of_undated(meeting, published, gaz, weekdays)
        summit = _generic_body(gaz, meeting.bloc, "summit")
        if (
            meeting.existing is not None
            and meeting.body is None
            and meeting.ordinal is None
            and summit is not None
            and meeting.existing.body == summit.iri
        ):
            # "la riunione del Consiglio Ue", the bloc's one meeting of those days, its leaders'
            # summit: the meeting is of the summit's body and series (not "the 15th" meeting,
            # nor the agriculture ministers' one the record lacks, that the bloc's foreign
            # ministers' meeting of the same days is not)
            meeting.body = summit
            meeting.series = meeting.existing.series or _series(meeting, gaz)
    record_host = meeting.existing.host if meeting.existing is not None else None
    if meeting.host is None and record_host and named_in_text is not None:
        # "Pakistani Prime Minister Zafarullah Jamali will open the 12th summit of SAARC", "La
        # célèbre station balnéaire du sud de la France accueille": the meeting is one the
        # knowledge base records, with its host, and the text names that state: the host, on
        # the record's word (its participation comes from the knowledge base, inferred).
        quote = named_in_text(record_host)
        if quote is not None:
            meeting.host, meeting.host_quote = record_host, quote
            meeting.host_from_record = True
    # The day the KB status is read on: the meeting's first day, else the recorded meeting's,
    # else the publication date (said in a warning).
    day = None
    if meeting.start is not None and meeting.start.exact is not None:
        day = meeting.start.exact
    elif meeting.existing is not None:
        day = (
            date.fromisoformat(meeting.existing.start[:10])
            if len(meeting.existing.start) >= 10
            else None
        )
    elif meeting.part_of is not None and _first_day(meeting.part_of, gaz) is not None:
        # "the AMM, as part of the 42nd ASEAN Summit": held within the summit's days
        day = _first_day(meeting.part_of, gaz)
    elif published is not None and published.exact is not None:
        day = published.exact
    elif published is not None:
        day = date(published.year, published.month or 1, 1)
    label = _meeting_name(meeting)
    if meeting.ordinal:
        label = (
            f"{_ordinal_text(meeting.ordinal)} meeting of the {label}" if meeting.body else label
        )
    meeting.label = label
    statuses = kb_status(meeting.bloc, day) if (kb_status and day) else {}
    when: object = day
    span_reader = kb_status if day is None else None
    spanned = span_reader is not None
    if span_reader is not None:
        # No day to read statuses on: a status that held throughout the days the meeting can
        # have been on (the month or year the text gives, else the bloc's whole life up to
        # today) is its status then; a state whose status changed in that span gets none.
        first, last = _span_of(meeting, floor)
        statuses = span_reader.during(meeting.bloc, first, last)
        when = f"from {first or 'the bloc’s beginning'} to {last}"
    if _at_the_blocs_seat(meeting):
        # "EU foreign ministers meet in Luxembourg", "the OPEC Conference in Vienna": the bloc
        # meets at its own seat; the country the seat is in is not said to host (before
        # the collectives are expanded: a member there is one of "the 27", not a host left out)
        _no_host(meeting)
    for iso3 in meeting.by_office:
        p = meeting.participants.get(iso3)
        if p is not None and p.capacity is None and iso3 not in statuses:
            del meeting.participants[iso3]  # an outsider's official: no standing, no part
    named = set(meeting.participants) | set(meeting.invitations)
    for index, (status, count, attendance, quote) in enumerate(meeting.collective):
        if status.startswith(_WHOLE_BLOC):
            _expand_other_bloc(
                meeting, status[len(_WHOLE_BLOC) :], day, kb_status, attendance, quote
            )
            continue
        if status == "partner" and "partner" not in statuses.values():
            # "the BRICS partners": the bloc's partners by their named status; "the G7
            # partners", of a bloc with no partners' status: its members, each other's partners
            named_status = "partner-country" in statuses.values()
            status = "partner-country" if named_status else "member"
        rest = status == "member-rest"
        if rest:
            status = "member"
            chosen = sorted(s for s, st in statuses.items() if st == status and s not in named)
        else:
            chosen = sorted(s for s, st in statuses.items() if st == status)
        if count is not None and len(chosen) != count and spanned:
            # No day, but a count: the stretches of the span when the bloc had that many
            # (besides those named before "the 33 remaining") may all be one set of states.
            leave_out = meeting.named_before.get(index, frozenset()) if rest else frozenset()
            stretches = span_reader.stretches(meeting.bloc, first, last)  # type: ignore[union-attr]  # spanned: a reader
            pinned = _pinned_by_count(stretches, status, count, leave_out)
            if pinned is None and status == "member":
                # "54 AU member states" of 2011-2017, when some were always suspended: the
                # members with the suspended ones make the count
                pinned = _pinned_by_count(stretches, status, count, leave_out, ("suspended",))
            if pinned is not None:
                chosen, first, last = pinned
                # The count pins the days: the statuses that held throughout them are the
                # statuses then.
                statuses = span_reader.during(meeting.bloc, first, last)  # type: ignore[union-attr]  # spanned
                when = f"from {first} to {last}"
        changed = spanned and not _one_set(span_reader, meeting.bloc, status, first, last)
        if count is None and changed:
            # No day and no count ("all members" of a meeting the text does not date, in a
            # report with no date), of a bloc whose group changed in the span: the states
            # that held the status throughout it (its founders, and a few more) are not the
            # group the text speaks of, so no one is inferred. (A group that never changed in
            # the span, the GCC's six, is the same on any day.)
            warnings.append(
                f"{meeting.label}: all {status}s, but no day or count pins who they were "
                f"({when}); not expanded"
            )
            continue
        # "the ten CIS states", "54 AU member states": a count of members that the members
        # with the states of one other standing (associates, suspended members, observers,
        # partners) make, that group; each takes part in its own standing, but the suspended
        # (counted among the bloc's states, they take no part)
        widened = (
            _counted_with(statuses, chosen, count)
            if count is not None and len(chosen) != count and status == "member" and not rest
            else None
        )
        standing_of = {iso3: status for iso3 in chosen}
        if widened is not None:
            # (a suspended member is counted, not there)
            standing_of.update({s: more for s, more in widened.items() if more != "suspended"})
        elif count is not None and len(chosen) != count:
            warnings.append(
                f"{meeting.label}: the text says {count} {status}s, the knowledge base has "
                f"{len(chosen)} {'' if spanned else 'on '}{when}; not expanded"
            )
            continue
        for iso3, in_standing in standing_of.items():
            if iso3 == meeting.host or iso3 in meeting.excepted:
                continue  # the host invites; it is not invited
            if attendance == "invitation":
                meeting.invitations.setdefault(iso3, Invitation(iso3, label, quote))
            elif iso3 not in meeting.participants:
                meeting.participants[iso3] = Participant(
                    iso3, in_standing, attendance, "kb", True, quote
                )
    if meeting.called_off:
        # The host of a postponed or cancelled meeting is not absent, nor did it attend
        # ("Nepal was the host of the meet ... the meeting was cancelled").
        for iso3, p in list(meeting.participants.items()):
            if p.capacity == "host" or iso3 == meeting.host:
                del meeting.participants[iso3]
    for iso3, (quote, takes_part) in meeting.chairs.items():
        # "chaired by the President of Rwanda": the chair takes part as the chair (a host that
        # chairs is the host)
        if iso3 == meeting.host or meeting.called_off:
            continue
        present = meeting.participants.get(iso3)
        if present is None and takes_part:
            attendance = "invited" if meeting.future else "attended"
            meeting.participants[iso3] = Participant(
                iso3, "chair", attendance, "text", False, quote
            )
        elif present is not None and present.attendance != "absent":
            present.capacity, present.source = "chair", "text"
    if meeting.host:
        # Only an attendance makes a coming meeting one held: an announced absence ("Venezuela
        # will not attend") says nothing of the meeting having taken place.
        held_by_any = any(p.attendance == "attended" for p in meeting.participants.values())
        attendance = "invited" if meeting.future and not held_by_any else "attended"
        # Anyone said to come or stay away is a meeting with people announced, not one only
        # planned in a city: its host is to take part (invited, where no one has attended).
        announced = any(p.attendance != "invited" for p in meeting.participants.values())
        present = meeting.participants.get(meeting.host)
        from_city = meeting.host_from_city or meeting.host_from_record
        said_by = "kb" if meeting.host_from_record else "text"
        if present is not None:
            present.capacity, present.source = "host", said_by
            if present.attendance == "absent" and not meeting.future and meeting.host_quote:
                # The host of a meeting held is there: a boycott sentence naming it ("over
                # claims that South Africa ...") is about the others.
                present.attendance, present.quote = "attended", meeting.host_quote
        elif (
            meeting.called_off
            or (
                from_city
                and meeting.future
                and not announced
                and not meeting.invitations
                and not (meeting.participants and _names_host(gaz, meeting))
            )
            or (from_city and meeting.host_from_name)
        ):
            # ("the Madrid Summit" names the meeting; it says nothing of Spain taking part)
            pass  # a summit postponed, or only planned in a city: no one there yet
        elif (
            from_city
            and meeting.start is None
            and meeting.year_hint is None
            and not _WHEN_WORDS.search(meeting.quote)
            and meeting.mentions <= 1
            and not held_by_any
            and not meeting.invitations
            and not main
        ):
            pass  # a meeting in passing, undated, placed in a city: no one said to be there
        elif meeting.host_from_record and (not main or not meeting.participants):
            # the record's host, at a meeting the report is not about or says no one attends:
            # the host is said, not its taking part
            pass
        elif (
            attendance == "invited"
            and meeting.mentions <= 1
            and not meeting.participants
            and not meeting.invitations
            and not main
            and (from_city or not meeting.next_one)
        ):
            # a coming meeting named in passing: its host is not yet taking part (one whose
            # invitations the text gives, or the one the report names first, is no meeting
            # in passing; "the U.S. will hold next year's summit" says who hosts the next)
            pass
        else:
            meeting.participants[meeting.host] = Participant(
                meeting.host, "host", attendance, said_by, bool(from_city), meeting.host_quote or ""
            )
    if meeting.called_off:
        # "the meeting was cancelled": no one attended a meeting that did not take place (the
        # host it would have had, "all member states" named about the cancellation); those
        # who stayed away stay absent.
        for iso3 in [s for s, p in meeting.participants.items() if p.attendance == "attended"]:
            del meeting.participants[iso3]
    meeting.invitations.pop(meeting.host or "", None)  # the host invites; it is not invited
    for iso3 in list(meeting.participants):
        # An invitation the text states is the record of an invited state ("will invite a
        # representative from Myanmar"), not a second, vaguer participation.
        # (Announced separately, "Finland's representative at the meeting will be ...", it is
        # both: invited, and to take part.)
        p = meeting.participants[iso3]
        if (
            iso3 in meeting.invitations
            and p.attendance == "invited"
            and not _ANNOUNCED.search(p.quote)
        ):
            del meeting.participants[iso3]
    own = set(statuses)
    if meeting.partner and kb_status is not None:
        # A summit of two blocs: a state of the other bloc takes part in its standing there.
        if spanned:
            other = kb_status.during(meeting.partner, *_span_of(meeting, floor))
        else:
            other = kb_status(meeting.partner, day) if day else {}
        statuses = {**other, **statuses}
    for p in list(meeting.participants.values()):
        standing = statuses.get(p.state)
        if standing == "suspended" and kb_status is not None:
            # A suspended state takes part (or stays away) in the status it holds suspended: a
            # member (Paraguay in Mercosur, 2012) as a member, an observer (Russia in the OAS
            # since 2022) as an observer.
            # Flagged: a suspended state may not take part, so the reviewer decides (the
            # record holds no participation of a state in the days of its suspension).
            bloc = meeting.bloc if p.state in own else meeting.partner or meeting.bloc
            standing = kb_status.suspended_status(bloc, p.state, day)
            p.conflicts.append(f"suspended in {bloc} on {when} (its {standing} status)")
        if (
            p.attendance == "absent"
            and p.capacity is None
            and statuses
            and not spanned
            and standing not in STATUS_CAPACITIES
        ):
            # "Aliyev did not attend a meeting of Eurasian Economic Union leaders, as Azerbaijan
            # is not a member": staying away from a bloc one has no standing in is no absence.
            del meeting.participants[p.state]
            continue
        if spanned:
            # Only a status that held throughout the span says anything: a state missing from
            # it may have changed status then, so it is neither a guest nor a conflict.
            if p.capacity is None and standing in STATUS_CAPACITIES:
                p.capacity, p.source = standing, "kb"
            elif p.capacity is None:
                p.source = "kb"
                joined = (
                    kb_status.joined_during(meeting.bloc, *_span_of(meeting, floor))
                    if kb_status is not None and meeting.partner is None
                    else {}
                ).get(p.state)
                if (
                    joined is not None
                    and joined[0] in STATUS_CAPACITIES
                    and joined[0] != "suspended"
                ):
                    # "the Kyrgyz prime minister" at an undated meeting of the EAEU, a member
                    # only since 2015 and nothing before: it took part as a member, unless the
                    # meeting came before (for the reviewer to see)
                    p.capacity = joined[0]
                    p.conflicts.append(
                        f"{joined[0]} of {meeting.bloc} only from {joined[1]}; the meeting's "
                        "day is not known"
                    )
                else:
                    p.conflicts.append(f"no single status in {meeting.bloc} {when}")
            continue
        if p.capacity is None:
            if standing in STATUS_CAPACITIES:
                p.capacity = standing
                p.source = "kb"
            elif statuses:
                # Taking part with no standing in the bloc that day: a guest.
                p.capacity = "guest"
                p.source = "kb"
            else:
                p.conflicts.append(f"no status in {meeting.bloc} on {when} in the knowledge base")
                p.source = "kb"
        elif p.capacity in ("member", "observer", "dialogue-partner", "partner-country", "partner"):
            if p.capacity == "partner" and standing in ("partner-country", "dialogue-partner"):
                # "partners Malaysia and Thailand" of a bloc whose partners have a named status
                p.capacity, p.source = standing, "kb"
            elif p.capacity == "partner-country" and (
                standing == "partner" or "partner-country" not in statuses.values()
            ):
                # "partner countries of the North Atlantic Alliance": partners of a bloc that
                # has no status "partner country" (BRICS's) are its partners
                p.capacity = "partner"
            if statuses and standing != p.capacity:
                p.conflicts.append(
                    f"the knowledge base has {meeting.bloc} status {standing or 'none'} on {when}"
                )
        elif p.capacity == "host" and statuses and standing != "member":
            p.conflicts.append(f"host, but {meeting.bloc} status {standing or 'none'} on {when}")
    if meeting.host and statuses and not spanned and statuses.get(meeting.host) != "member":
        meeting.conflicts.append(
            f"host {meeting.host} is not a member of {meeting.bloc} on {when} in the knowledge base"
        )


def _names_host(gaz: Gazetteer, meeting: Meeting) -> bool:
    """Whether the host's quote names the state itself ("the Moldovan capital"), not only a
    city of it ("Washington, D.C."): with others announced to take part, the state that is
    named as the place hosts them."""
    quote = meeting.host_quote or ""
    names = [
        n for n, iso3 in (*gaz.state_names.items(), *gaz.demonyms.items()) if iso3 == meeting.host
    ]
    # (Armenian names the host country in the locative: "Հայաստանում մեկնարկում է", it opens in
    # Armenia; the gazetteer leaves that case out of the state's names)
    names += [f for n in names if armenian.is_armenian(n) for f in languages.locative_forms(n)]
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", quote) for n in names)


# Words that say when, short of a date: "a day earlier", "last year".
_WHEN_WORDS = re.compile(
    r"\b(?:earlier|later|ago|last|previous|yesterday|today|tomorrow|this\s+(?:week|month|year))\b",
    re.IGNORECASE,
)


def _expand_other_bloc(
    meeting: Meeting,
    other: str,
    day: date | None,
    kb_status: StatusReader | None,
    attendance: str,
    quote: str,
) -> None:
    """The states counted in another bloc that day (members, associate members), as
    participants whose capacity is their standing in the meeting's bloc (else guests)."""
    if day is None or kb_status is None:
        return  # no day to say who was in the other bloc: not expanded
    for iso3, status in sorted(kb_status(other, day).items()):
        if status not in ("member", "associate-member"):
            continue
        if iso3 == meeting.host or iso3 in meeting.excepted:
            continue
        if attendance == "invitation":
            meeting.invitations.setdefault(iso3, Invitation(iso3, meeting.label, quote))
        elif iso3 not in meeting.participants:
            meeting.participants[iso3] = Participant(iso3, None, attendance, "kb", True, quote)


def _one_set(
    reader: StatusReader | None, bloc: str, status: str, first: date | None, last: date
) -> bool:
    """Whether the states holding ``status`` in ``bloc`` were one set on every day from
    ``first`` (None: the bloc's beginning) to ``last``."""
    if reader is None:
        return False
    sets = {
        frozenset(s for s, st in held.items() if st == status)
        for _first, _last, held in reader.stretches(bloc, first, last)
    }
    return len(sets) == 1


def _pinned_by_count(
    stretches: list[tuple[date, date, dict[str, str]]],
    status: str,
    count: int,
    leave_out: frozenset[str],
    also: tuple[str, ...] = (),
) -> tuple[list[str], date, date] | None:
    """The states holding ``status`` (or one of ``also``; but ``leave_out``) on the stretches
    when there were ``count`` of them, and the first and last day of those stretches, if the
    states were the same on each (the EU's 27 of 2007-2013 and of 2020 on are two sets: None)."""
    sets: dict[frozenset[str], tuple[date, date]] = {}
    for first, last, held in stretches:
        states = frozenset(s for s, st in held.items() if st == status or st in also) - leave_out
        if len(states) == count:
            old = sets.get(states)
            sets[states] = (old[0], last) if old else (first, last)
    if len(sets) != 1:
        return None
    ((states, (first, last)),) = sets.items()
    return sorted(states), first, last


# Taking part announced in so many words (not "would only agree to its head of state").
_ANNOUNCED = re.compile(
    r"\b(?:will|is\s+to|are\s+to)\s+(?:attend|take\s+part|participate|lead|be\s+present)\b|"
    r"\brepresentatives?\s+(?:at|to)\s+the\s+(?:meeting|summit|session|conference)\b",
    re.IGNORECASE,
)


def _latest_past_year(sentences: list[Sentence]) -> date | None:
    """The first day of the latest year a sentence not about the future names ("in 2009 its
    suspension was lifted"), up to this year; None when it names none."""
    this_year = date.today().year
    years = [
        int(y[0])
        for s in sentences
        if not FUTURE.search(s.text)
        for y in A_YEAR.finditer(s.text)
        if int(y[0]) <= this_year and not _DEADLINE_BEFORE.search(s.text, 0, y.start())
    ]
    return date(max(years), 1, 1) if years else None


# A deadline, not the past: "d'ici juin 2012", "by 2030", "hasta 2025", "bis Ende 2012".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:d['’]ici(?:\s+(?:à|a))?|by|until|till|hasta|até|bis|entro|jusqu['’](?:en|à|au))\s+"
    r"(?:(?:the\s+)?(?:end|fin|finales|final|Ende)\s+(?:of|de|del|des)?\s*)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _first_day(meeting: Meeting, gaz: Gazetteer) -> date | None:
    """A meeting's first day, from the text or else from its record."""
    if meeting.start is not None and meeting.start.exact is not None:
        return meeting.start.exact
    record = meeting.existing or _existing(meeting, gaz)
    if record is not None and len(record.start) >= 10:
        return date.fromisoformat(record.start[:10])
    return None


def _span_of(meeting: Meeting, floor: date | None) -> tuple[date | None, date]:
    """The days an undated meeting can have been on: the month or year the text gives, else
    from ``floor`` (the latest year the text speaks of as past) or the bloc's beginning to
    today."""
    year = PartialDate(meeting.year_hint) if meeting.year_hint else None
    first, last = _span(meeting.start or year)
    if meeting.start is None and year is None and floor is not None and floor <= last:
        first = max(first, floor) if first else floor
    return first, last


def _span(when: PartialDate | None) -> tuple[date | None, date]:
    """The first and last day a month or year covers (None: from the bloc's beginning to
    today)."""
    today = date.today()
    if when is None:
        return None, today
    if when.month is None:
        return date(when.year, 1, 1), min(today, date(when.year, 12, 31))
    following = date(when.year + when.month // 12, when.month % 12 + 1, 1)
    return date(when.year, when.month, 1), min(today, following - timedelta(days=1))


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _existing(meeting: Meeting, gaz: Gazetteer) -> RecordedMeeting | None:
    """The recorded meeting of the same bloc and body (or series) with the same ordinal, or
    whose dates the text's dates fall in (or the same year, for a year-only date)."""
    candidates = [
        r
        for r in gaz.meetings
        if r.bloc == meeting.bloc
        and (meeting.body is None or r.body == meeting.body.iri)
        and (meeting.series is None or r.series in (None, meeting.series))
    ]
    if meeting.body is not None and meeting.ordinal is not None:
        same = [r for r in candidates if r.ordinal == meeting.ordinal]
        if len(same) == 1:
            return same[0]
    if meeting.start is None and meeting.year_hint is None:
        return None
    when = meeting.start or PartialDate(meeting.year_hint or 0)
    matches = []
    for r in candidates:
        start = PartialDate(*_ymd(r.start))
        end = PartialDate(*_ymd(r.end)) if r.end else start
        if _within(when, start, end) or (
            meeting.end is not None and _within(meeting.end, start, end)
        ):
            matches.append(r)
    if len(matches) > 1 and when.exact:
        # a day the text gives falls in the session recorded to the day (the GCC summit of 7-9
        # December 1998), not in one the record knows only by its year or month
        to_the_day = [r for r in matches if len(r.start) >= 10]
        if len(to_the_day) == 1:
            matches = to_the_day
    if meeting.body is None and len(matches) != 1:
        return None
    return matches[0] if len(matches) == 1 else None


def _ymd(value: str) -> tuple[int, int | None, int | None]:
    parts = [int(p) for p in value[:10].split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


def _within(d: PartialDate, start: PartialDate, end: PartialDate) -> bool:
    if d.exact and start.exact and end.exact:
        return start.exact <= d.exact <= end.exact
    return start.covers(d) or d.covers(start) or end.covers(d) or d.covers(end)


def state_iri(iso3: str) -> str:
    return f"{ID}state/{iso3}"


def bloc_iri(bloc: str) -> str:
    return f"{ID}bloc/{bloc}"
