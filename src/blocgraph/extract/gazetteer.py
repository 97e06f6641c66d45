"""The extractor's gazetteer: every name by which a report can name a state, a bloc, a body or
a place, built from the knowledge base and cached beside the store.

From the knowledge base (named queries): state labels, other names and former names
(``state-names``), bloc names (``bloc-names``), bodies and their series (``bodies``), places
of the meeting record (``places``) and the meeting record itself (``meeting-index``), so that a
report's meeting can be matched to one already recorded.

Demonyms ("Indian official") and capitals used for governments ("Moscow said") are not in the
knowledge base: they come from the ``countryinfo`` package (MIT, its data ships inside the
wheel: nothing is downloaded), keyed by ISO alpha-3 code. A name that would point at more than
one state is left out rather than guessed.

Names in other languages, for reports in Spanish, Portuguese, French or German ("África do Sul",
"Hungría", "Südafrika"), come from pycountry's own gettext catalogues of ISO 3166-1 names
(``TRANSLATION_LANGUAGES``) and from countryinfo's translations; a translated name that is also
a common word or a given name (``TRANSLATIONS_LEFT_OUT``) or another state's name, demonym,
capital or place ("Granada": Grenada in Spanish, a city of Spain) is left out.

The gazetteer is built once per knowledge base: a JSON file in the cache folder named by the
store's fingerprint, so a second run reads one file instead of running five queries.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..namespaces import ID
from . import armenian, cjk, languages

if TYPE_CHECKING:
    from ..store_protocol import Store

# Bump when what the gazetteer holds changes: older cached gazetteers are then rebuilt.
GAZETTEER_FORMAT = 34

# Codes a report writes for a state (most ISO and COW codes would match ordinary words).
CODES_USED_AS_NAMES = {"US", "USA", "UK", "UAE", "PRC", "DRC", "ROK", "DPRK", "USSR", "EEUU"}
# Spanish abbreviates the United States by doubling its letters, with dots: "EE.UU.", "EE. UU."
# (the undotted "EEUU" is the knowledge base's, data/names/exonyms.ttl)
SPANISH_DOTTED_NAMES = {"EE.UU.": "USA", "EE. UU.": "USA"}
# Demonyms that name more than a state in running text ("Latin American", "the Americas").
_DEMONYMS_LEFT_OUT = {"American"}
# Forms news reports use that countryinfo lists under another spelling ("Saudi Arabian",
# "Argentinean"); the -stan forms ("Kazakh", "Uzbek") are derived from the names below.
EXTRA_DEMONYMS = {
    "Saudi": "SAU",
    "Argentine": "ARG",
    "Lao": "LAO",
    "Kyrgyz": "KGZ",
    "Philippine": "PHL",  # "Philippine President": countryinfo has only "Filipino"
    "Maldivian": "MDV",
    "Timorese": "TLS",
}


# pycountry's catalogues read for state names in other languages (pt: Portugal's spellings,
# "Irão"; pt_BR: Brazil's, "Irã").
TRANSLATION_LANGUAGES = ("es", "pt", "pt_BR", "fr", "de", "it")
# Translated names that running text uses as words of its own: "Island" (German for Iceland) in
# English, "Maurice" (French for Mauritius) and "Mauricio" (Spanish) given names ("Mauricio
# Macri"), "Gana" (Spanish for Ghana) the verb "gana" at a sentence's start, "Guiana"
# (Portuguese for Guyana) the region, "Salvador" (French for El Salvador) a given name ("Laurent
# Salvador Lamothe") and a Brazilian city; "Reunión" and "Reunião" (Réunion) the Spanish and
# Portuguese for a meeting, capitalised in its name ("la Octava Reunión de Consulta").
TRANSLATIONS_LEFT_OUT = {"Island", "Maurice", "Mauricio", "Gana", "Guiana", "Salvador", "Reunión",
                         "Reunião"}  # fmt: skip
# Demonyms in Spanish, Portuguese and French, written in lower case after the title they
# qualify ("el presidente argentino", "a presidenta brasileira", "le président sénégalais") or
# between an article and a name ("el argentino Mauricio Macri"): by the masculine; the
# feminine is read from it (-o/-a, -ês/-esa, -ais/-aise, -ien/-ienne, -ain/-aine, -and/-ande).
ROMANCE_DEMONYMS = {
    "argentino": "ARG", "brasileño": "BRA", "brasileiro": "BRA", "uruguayo": "URY",
    "uruguaio": "URY", "paraguayo": "PRY", "paraguaio": "PRY", "boliviano": "BOL",
    "chileno": "CHL", "venezolano": "VEN", "venezuelano": "VEN", "peruano": "PER",
    "ecuatoriano": "ECU", "equatoriano": "ECU", "colombiano": "COL", "mexicano": "MEX",
    "cubano": "CUB", "panameño": "PAN", "estadounidense": "USA", "norte-americano": "USA",
    "español": "ESP", "espanhol": "ESP", "italiano": "ITA", "indiano": "IND",
    "sudafricano": "ZAF", "sul-africano": "ZAF", "francés": "FRA", "francês": "FRA",
    "chinês": "CHN", "português": "PRT", "portugués": "PRT",
    "sénégalais": "SEN", "rwandais": "RWA", "égyptien": "EGY", "sud-africain": "ZAF",
    "français": "FRA", "américain": "USA", "italien": "ITA", "allemand": "DEU",
    "canadien": "CAN", "japonais": "JPN", "chinois": "CHN", "indien": "IND",
    "brésilien": "BRA", "nigérian": "NGA", "éthiopien": "ETH", "marocain": "MAR",
    "algérien": "DZA", "tunisien": "TUN", "camerounais": "CMR", "gabonais": "GAB",
    "ivoirien": "CIV", "malien": "MLI", "tchadien": "TCD", "ghanéen": "GHA",
    "kényan": "KEN", "argentin": "ARG", "mexicain": "MEX",
    # Spanish
    "ruso": "RUS", "chino": "CHN", "japonés": "JPN", "alemán": "DEU", "británico": "GBR",
    "canadiense": "CAN", "turco": "TUR", "egipcio": "EGY", "australiano": "AUS",
    "surcoreano": "KOR", "indonesio": "IDN", "iraquí": "IRQ", "iraní": "IRN", "saudí": "SAU",
    "catarí": "QAT", "kuwaití": "KWT", "emiratí": "ARE", "argelino": "DZA", "libio": "LBY",
    "nigeriano": "NGA", "ucraniano": "UKR", "polaco": "POL", "griego": "GRC",
    "neerlandés": "NLD", "holandés": "NLD", "belga": "BEL", "sueco": "SWE", "húngaro": "HUN",
    "guatemalteco": "GTM", "hondureño": "HND", "salvadoreño": "SLV", "nicaragüense": "NIC",
    "costarricense": "CRI", "dominicano": "DOM", "haitiano": "HTI", "guyanés": "GUY",
    "surinamés": "SUR",
    # Portuguese
    "japonês": "JPN", "alemão": "DEU", "britânico": "GBR", "canadense": "CAN",
    "egípcio": "EGY", "angolano": "AGO", "moçambicano": "MOZ", "cabo-verdiano": "CPV",
    "sul-coreano": "KOR", "iraniano": "IRN", "iraquiano": "IRQ", "saudita": "SAU",
    "etíope": "ETH", "queniano": "KEN",
    # French
    "russe": "RUS", "britannique": "GBR", "saoudien": "SAU", "qatari": "QAT",
    "émirati": "ARE", "koweïtien": "KWT", "iranien": "IRN", "irakien": "IRQ", "syrien": "SYR",
    "libanais": "LBN", "jordanien": "JOR", "libyen": "LBY", "mauritanien": "MRT",
    "nigérien": "NER", "guinéen": "GIN", "béninois": "BEN", "togolais": "TGO",
    "angolais": "AGO", "zimbabwéen": "ZWE", "zambien": "ZMB", "ougandais": "UGA",
    "tanzanien": "TZA", "soudanais": "SDN", "somalien": "SOM", "djiboutien": "DJI",
    "érythréen": "ERI", "malgache": "MDG", "mozambicain": "MOZ", "namibien": "NAM",
    "burkinabè": "BFA", "gambien": "GMB", "libérien": "LBR", "espagnol": "ESP",
    "ukrainien": "UKR", "polonais": "POL", "belge": "BEL", "néerlandais": "NLD",
    "australien": "AUS", "indonésien": "IDN", "turc": "TUR", "coréen": "KOR",
    # Italian (its -o/-a as in Spanish; -e for both genders)
    "cinese": "CHN", "francese": "FRA", "tedesco": "DEU", "statunitense": "USA",
    "britannico": "GBR", "giapponese": "JPN", "canadese": "CAN", "brasiliano": "BRA",
    "ucraino": "UKR", "egiziano": "EGY", "olandese": "NLD", "spagnolo": "ESP",
    "polacco": "POL",
}  # fmt: skip
# Common names in Portuguese and French that neither catalogue gives (pycountry's Portuguese
# has only "Federação Russa"; "Irã" is under the three letters translations need; "Etats-Unis"
# without its accent): "os líderes do Brasil, Rússia, Índia, China e África do Sul".
ROMANCE_NAMES = {
    "Rússia": "RUS", "Irã": "IRN", "Grã-Bretanha": "GBR", "Grande-Bretagne": "GBR",
    "Etats-Unis": "USA", "Großbritannien": "GBR", "Stati Uniti": "USA", "Regno Unito": "GBR",
    "Gran Bretagna": "GBR", "Gran Bretaña": "GBR",
    # the Emirates without "Unidos": "los presidentes de ... Emiratos Árabes"
    "Emiratos Árabes": "ARE", "Emiratos Arabes": "ARE", "Emirados Árabes": "ARE",
    # Brazil's spelling beside Portugal's "Uzbequistão" (the Agência Brasil's list of partners)
    "Usbequistão": "UZB",
}  # fmt: skip
_ROMANCE_FEMININE = (("o", "a"), ("ês", "esa"), ("és", "esa"), ("ais", "aise"), ("ien", "ienne"),
                     ("éen", "éenne"), ("ain", "aine"), ("and", "ande"), ("ol", "ola"),
                     ("an", "ane"), ("in", "ine"))  # fmt: skip


# Irregular feminines: "alemã", "turque", "grecque".
_ROMANCE_FEMININE_OF = {"alemão": "alemã", "turc": "turque", "alemán": "alemana"}


def romance_demonyms() -> list[tuple[str, str]]:
    """(demonym, ISO3) for ROMANCE_DEMONYMS in the masculine and feminine, singular, and in the
    plural ("los presidentes argentinos", "les dirigeants africains"); French writes a
    demonym that stands for a person with a capital ("le Sénégalais Macky Sall"), so that form
    is given too (``_title_before`` reads it only between an article and a name)."""
    out = []
    for word, iso3 in ROMANCE_DEMONYMS.items():
        forms = [word]
        if word in _ROMANCE_FEMININE_OF:
            forms.append(_ROMANCE_FEMININE_OF[word])
        else:
            for masculine, feminine in _ROMANCE_FEMININE:
                if word.endswith(masculine):
                    forms.append(word[: -len(masculine)] + feminine)
                    break
        # plurals: -s after a vowel, -es after a consonant (Spanish) or -s (French, Portuguese
        # "brasileiros"); French masculines in -s stay as they are
        plurals = []
        for f in forms:
            if len(f) > 3 and f[-2] in "áéíóú" and f[-1] in "ns":  # "alemán": "alemanes"
                plurals.append(f[:-2] + "aeiou"["áéíóú".index(f[-2])] + f[-1] + "es")
            elif f[-1] in "aeiouáéíóúè":
                plurals.append(f + "s")
            elif f[-1] not in "sx":
                plurals += [f + "s", f + "es"]
        forms += plurals
        for f in forms:
            out += [(f, iso3), (f[0].upper() + f[1:], iso3)]
    return out


# German adjectives of states, by their stem: "der russische Präsident", "des chinesischen
# Außenministers", "die deutsche G7-Präsidentschaft" (each in its five endings). Like a
# demonym, one counts only before an official's title (proposals.PERSON_NOUNS).
GERMAN_DEMONYMS = {
    "russisch": "RUS", "chinesisch": "CHN", "deutsch": "DEU", "französisch": "FRA",
    "britisch": "GBR", "amerikanisch": "USA", "italienisch": "ITA", "japanisch": "JPN",
    "kanadisch": "CAN", "indisch": "IND", "brasilianisch": "BRA", "südafrikanisch": "ZAF",
    "türkisch": "TUR", "saudi-arabisch": "SAU", "saudisch": "SAU", "iranisch": "IRN",
    "irakisch": "IRQ", "ägyptisch": "EGY", "tunesisch": "TUN", "nigerianisch": "NGA",
    "äthiopisch": "ETH", "senegalesisch": "SEN", "algerisch": "DZA", "marokkanisch": "MAR",
    "ghanaisch": "GHA", "kenianisch": "KEN", "australisch": "AUS", "indonesisch": "IDN",
    "mexikanisch": "MEX", "argentinisch": "ARG", "südkoreanisch": "KOR", "ukrainisch": "UKR",
    "polnisch": "POL", "spanisch": "ESP", "niederländisch": "NLD", "belgisch": "BEL",
    "österreichisch": "AUT", "schwedisch": "SWE", "finnisch": "FIN", "norwegisch": "NOR",
    "dänisch": "DNK", "griechisch": "GRC", "ungarisch": "HUN", "tschechisch": "CZE",
    "portugiesisch": "PRT", "irisch": "IRL", "kasachisch": "KAZ", "belarussisch": "BLR",
    "weißrussisch": "BLR", "armenisch": "ARM", "kirgisisch": "KGZ", "tadschikisch": "TJK",
    "usbekisch": "UZB", "aserbaidschanisch": "AZE", "pakistanisch": "PAK", "katarisch": "QAT",
    "kuwaitisch": "KWT", "omanisch": "OMN", "bahrainisch": "BHR", "venezolanisch": "VEN",
    "chilenisch": "CHL", "kolumbianisch": "COL", "peruanisch": "PER", "kubanisch": "CUB",
    "vietnamesisch": "VNM", "thailändisch": "THA", "philippinisch": "PHL",
    "malaysisch": "MYS", "israelisch": "ISR", "syrisch": "SYR", "jordanisch": "JOR",
    "libanesisch": "LBN", "mongolisch": "MNG", "serbisch": "SRB", "georgisch": "GEO",
    "estnisch": "EST", "lettisch": "LVA", "litauisch": "LTU", "slowakisch": "SVK",
    "slowenisch": "SVN", "kroatisch": "HRV", "rumänisch": "ROU", "bulgarisch": "BGR",
    "luxemburgisch": "LUX", "maltesisch": "MLT", "zyprisch": "CYP", "isländisch": "ISL",
    "albanisch": "ALB", "libysch": "LBY", "ruandisch": "RWA", "angolanisch": "AGO",
}  # fmt: skip


def german_demonyms() -> list[tuple[str, str]]:
    """(adjective, ISO3) for GERMAN_DEMONYMS in their endings (-e, -en, -er, -es, -em), in
    lower case only: with a capital it is a name's part ("Deutsche Bank")."""
    return [
        (stem + ending, iso3)
        for stem, iso3 in GERMAN_DEMONYMS.items()
        for ending in ("e", "en", "er", "es", "em")
    ]


# Names whose English plural is a word of its own ("the two Koreas", "the Guineas").
_NO_GENITIVE = {"Korea", "Guinea", "Congo", "America"}


def german_genitives(names: dict[str, str]) -> list[tuple[str, str]]:
    """(genitive, ISO3) of German state names: "Russlands Präsident", "Frankreichs
    Außenminister", "Kanadas Premierminister" (a name ending in s, x, z or ß takes none)."""
    out = []
    for _english, name, iso3 in languages.catalogue_names(("de",)):
        if (
            " " in name
            or name[-1] in "sxzß"
            or len(name) < 4
            or name in _NO_GENITIVE
            or name in TRANSLATIONS_LEFT_OUT  # "Island" (Iceland): "Islands" is English
        ):
            continue
        out.append((name + "s", iso3))
    out += [(n + "s", i) for n, i in names.items() if n in ("Russland", "Großbritannien")]
    return out


@dataclass
class Body:
    iri: str
    bloc: str
    names: list[str]
    series: str | None


@dataclass
class RecordedMeeting:
    iri: str
    bloc: str
    body: str
    series: str | None
    ordinal: int | None
    start: str
    end: str | None
    host: str | None
    label: str | None
    place: str | None = None  # its place's English name ("Ufa")


@dataclass
class Gazetteer:
    # folded name -> ISO3 (state IRIs are <state/ISO3>)
    state_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    # place name -> ISO3 of the state it is in (capitals, the record's places)
    places: dict[str, str] = field(default_factory=dict)
    state_labels: dict[str, str] = field(default_factory=dict)  # ISO3 -> English label
    # bloc name -> bloc id (the last segment of its IRI); only blocs with bodies
    bloc_names: dict[str, str] = field(default_factory=dict)
    bodies: list[Body] = field(default_factory=list)
    meetings: list[RecordedMeeting] = field(default_factory=list)
    # a place's name in a locative case ("Москвада", "Budapesten") -> the name it is made from
    # (each is also in ``places``: languages.locative_forms)
    locatives: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "format": GAZETTEER_FORMAT,
            "state_names": self.state_names,
            "demonyms": self.demonyms,
            "capitals": self.capitals,
            "places": self.places,
            "state_labels": self.state_labels,
            "bloc_names": self.bloc_names,
            "bodies": [vars(b) for b in self.bodies],
            "meetings": [vars(m) for m in self.meetings],
            "locatives": self.locatives,
        }

    @classmethod
    def from_json(cls, data: dict) -> Gazetteer:
        return cls(
            state_names=data["state_names"],
            demonyms=data["demonyms"],
            capitals=data["capitals"],
            places=data["places"],
            state_labels=data["state_labels"],
            bloc_names=data["bloc_names"],
            bodies=[Body(**b) for b in data["bodies"]],
            meetings=[RecordedMeeting(**m) for m in data["meetings"]],
            locatives=data["locatives"],
        )

    def bodies_of(self, bloc: str) -> list[Body]:
        return [b for b in self.bodies if b.bloc == bloc]


def _tail(iri: str, prefix: str) -> str:
    return iri[len(prefix) :] if iri.startswith(prefix) else iri


def _unambiguous(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """name -> value for the names that point at one value only."""
    seen: dict[str, set[str]] = {}
    for name, value in pairs:
        seen.setdefault(name, set()).add(value)
    return {name: next(iter(v)) for name, v in seen.items() if len(v) == 1}


def _closest(
    pairs: list[tuple[str, str]], labels: dict[str, str], sovereign: AbstractSet[str] = frozenset()
) -> dict[str, str]:
    """name -> ISO3; a demonym several countries share goes to the one sovereign state among
    them ("French": France, not the French Southern Territories, Martinique, Mayotte or
    Réunion; sovereign: a Correlates of War code), else to the state whose name it shares the
    longest beginning with ("Chinese": China, Hong Kong, Macao, Taiwan), when that state is the
    only one."""
    seen: dict[str, set[str]] = {}
    for name, value in pairs:
        seen.setdefault(name, set()).add(value)
    out = {}
    for name, values in seen.items():
        if len(values & sovereign) == 1:
            values = values & sovereign
        if len(values) == 1:
            out[name] = next(iter(values))
            continue
        shared = {v: _common_prefix(name, labels.get(v, "")) for v in values}
        best = max(shared.values())
        winners = [v for v, n in shared.items() if n == best]
        if best >= 4 and len(winners) == 1:
            out[name] = winners[0]
    return out


def _without_diacritics(table: dict[str, str]) -> dict[str, str]:
    """name -> ISO3 for each name with diacritics, written without them, where the plain
    spelling points at one state only."""
    import unicodedata

    pairs = []
    for name, iso3 in table.items():
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if plain != name and len(plain) >= 4 and len(plain) >= len(name) - 2:
            pairs.append((plain, iso3))
    return _unambiguous(pairs)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


def _is_code(name: str) -> bool:
    return name.isupper() and len(name) <= 4 and name not in CODES_USED_AS_NAMES


def country_facts() -> list[tuple[str, str, str, list[str]]]:
    """(ISO3, demonym, capital, names in other languages) for every country countryinfo
    knows (its translations: Spanish, French, German, Italian)."""
    try:
        import countryinfo
    except ImportError:
        raise InputError(
            "blocgraph extract needs the countryinfo package (demonyms and capitals): "
            "pip install 'blocgraph[extract]'"
        ) from None
    facts = []
    for country in countryinfo.all_countries():
        try:
            iso3 = country.iso(3)
            demonym, capital = country.demonym() or "", country.capital() or ""
        except Exception:  # countryinfo raises KeyError for a field a country lacks
            continue
        try:
            translations = country.translations() or {}
        except Exception:  # a country without translations
            translations = {}
        other = [str(v) for k, v in translations.items() if k in ("es", "fr", "de", "it") and v]
        if iso3:
            facts.append((str(iso3), str(demonym), str(capital), other))
    return facts


def pycountry_translations(known: set[str]) -> list[tuple[str, str]]:
    """(name, ISO3) for each state's ISO 3166-1 name, official name and common name in
    pycountry's catalogues of ``TRANSLATION_LANGUAGES`` ("Bolivia (Estado Plurinacional de)"
    without its bracket; an inverted "Corea, República de" left out)."""
    return [
        (name, iso3)
        for english, name, iso3 in languages.catalogue_names(TRANSLATION_LANGUAGES)
        if iso3 in known and name != english and "," not in name
    ]


def build(store: Store) -> Gazetteer:
    """The gazetteer from the knowledge base behind ``store`` (five named queries)."""
    from ..lookups import run_query

    state_prefix, bloc_prefix = ID + "state/", ID + "bloc/"
    gaz = Gazetteer()
    known_states: set[str] = set()
    sovereign: set[str] = set()  # states with a Correlates of War code
    names: list[tuple[str, str]] = []
    for row in run_query(store, "states", {}).rows:
        iso3 = _tail(str(row["state"]), state_prefix)
        known_states.add(iso3)
        if row.get("cow_code"):
            sovereign.add(iso3)
        if row.get("label"):
            gaz.state_labels[iso3] = str(row["label"])
    for row in run_query(store, "state-names", {}).rows:
        iso3 = _tail(str(row["state"]), state_prefix)
        name = str(row["name"]).strip()
        if len(iso3) == 3 and iso3.isupper() and name and not _is_code(name):
            names.append((name, iso3))
            if name.startswith("The "):
                names.append((name[4:], iso3))
    gaz.state_names = _unambiguous(names)
    for name, iso3 in list(gaz.state_names.items()):
        if name in CODES_USED_AS_NAMES and len(name) <= 3:  # "U.S. President", "the U.K."
            gaz.state_names.setdefault(".".join(name) + ".", iso3)
    for name, iso3 in SPANISH_DOTTED_NAMES.items():
        gaz.state_names.setdefault(name, iso3)

    demonyms, capitals, translated = [], [], []
    for iso3, demonym, capital, other in country_facts():
        if iso3 not in known_states:
            continue
        translated += [(n, iso3) for n in other]
        for d in demonym.split(","):
            d = d.strip()
            if d and d not in _DEMONYMS_LEFT_OUT:
                demonyms.append((d, iso3))
        if capital:
            capitals.append((capital.strip(), iso3))
    for iso3, label in gaz.state_labels.items():
        for suffix in ("istan", "stan"):  # Kazakhstan -> Kazakh, Uzbekistan -> Uzbek
            stem = label[: -len(suffix)]
            if label.endswith(suffix) and len(stem) >= 5 and " " not in label:
                demonyms.append((stem, iso3))
                break
    demonyms += [(d, iso3) for d, iso3 in EXTRA_DEMONYMS.items() if iso3 in known_states]
    gaz.demonyms = _closest(demonyms, gaz.state_labels, sovereign)
    gaz.capitals = _unambiguous(capitals)
    places = list(capitals)
    # "in Delhi" for New Delhi: a capital named "New X" is also called X (when X is no
    # state's name).
    places += [
        (c[4:], iso3)
        for c, iso3 in capitals
        if c.startswith("New ") and c[4:] not in gaz.state_names
    ]
    # "in Washington" for Washington D.C.: a capital with a district suffix goes without it
    # (a name another state's place also has is then dropped as ambiguous).
    places += [
        (re.sub(r",?\s+D\.C\.$", "", c), iso3) for c, iso3 in capitals if re.search(r"\sD\.C\.$", c)
    ]
    for row in run_query(store, "places", {}).rows:
        places.append((str(row["name"]), _tail(str(row["state"]), state_prefix)))
    gaz.places = _unambiguous(places)
    # Names in other languages ("Brasil", "Panamá") for reports not in English; a name that
    # is already another state's (or its demonym, capital or place) stays that state's.
    others = [gaz.demonyms, gaz.capitals, gaz.places, dict(places)]

    def add_translations(pairs: list[tuple[str, str]]) -> None:
        for name, iso3 in _unambiguous(
            [(n, i) for n, i in pairs if len(n) >= 4 and n[0].isupper()]
        ).items():
            if name in TRANSLATIONS_LEFT_OUT or any(t.get(name, iso3) != iso3 for t in others):
                continue
            gaz.state_names.setdefault(name, iso3)

    add_translations(translated)
    # "Turkiye" for "Türkiye", "Cote d'Ivoire": reports often drop the diacritics.
    for table in (gaz.state_names, gaz.demonyms):
        for name, iso3 in _without_diacritics(table).items():
            table.setdefault(name, iso3)
    # pycountry's catalogues ("África do Sul", "Hungría") after that step: a report in the
    # language keeps its accents, and without them a name may be a word or a surname
    # ("França" is Brazil's foreign minister Carlos Franca).
    add_translations(pycountry_translations(known_states))
    for name, iso3 in ROMANCE_NAMES.items():
        if iso3 in known_states and not any(t.get(name, iso3) != iso3 for t in others):
            gaz.state_names.setdefault(name, iso3)
    # Russian and Arabic (languages.py): names in their cases or with their prefixes, state
    # adjectives, and the cities the blocs meet in; a name already another state's stays its.
    for name, iso3 in _unambiguous(languages.state_names(known_states)).items():
        if not any(t.get(name, iso3) != iso3 for t in others):
            gaz.state_names.setdefault(name, iso3)
    for name, iso3 in _unambiguous(languages.russian_adjectives(known_states)).items():
        gaz.demonyms.setdefault(name, iso3)
    # Polish, Hindi and Nepali adjectives of states, before their people as the Russian ones
    for name, iso3 in _unambiguous(languages.new_language_adjectives(known_states)).items():
        if not any(t.get(name, iso3) != iso3 for t in others):
            gaz.demonyms.setdefault(name, iso3)
    for name, iso3 in _unambiguous(romance_demonyms() + german_demonyms()).items():
        if iso3 in known_states and not any(t.get(name, iso3) != iso3 for t in others):
            gaz.demonyms.setdefault(name, iso3)
    for name, iso3 in _unambiguous(german_genitives(gaz.state_names)).items():
        if iso3 in known_states and not any(t.get(name, iso3) != iso3 for t in others):
            gaz.state_names.setdefault(name, iso3)
    state_names = set(gaz.state_names)
    for name, iso3 in _unambiguous(languages.arabic_adjectives(known_states, state_names)).items():
        gaz.demonyms.setdefault(name, iso3)
    for name, iso3 in _unambiguous(languages.places()).items():
        if iso3 in known_states:
            gaz.places.setdefault(name, iso3)
    # Chinese (cjk.py): the extractor reads a Chinese report through an English gloss; the names
    # as written let a quote in Chinese be checked for the state it names (score.py).
    for name, iso3 in _unambiguous(cjk.state_names()).items():
        if iso3 in known_states and not any(t.get(name, iso3) != iso3 for t in others):
            gaz.state_names.setdefault(name, iso3)
    for name, english in cjk.PLACES.items():
        place_of = gaz.places.get(english) or cjk.PLACE_STATES.get(english)
        if place_of in known_states:
            gaz.places.setdefault(name, place_of)
            gaz.places.setdefault(english, place_of)
    # "Brasilia", "Asuncion", "Bogota": reports drop a place's diacritics as they do a state's
    # (above); the plain spelling joins where no state's name or demonym is spelled so.
    for name, iso3 in _without_diacritics(gaz.places).items():
        if not any(t.get(name, iso3) != iso3 for t in (gaz.state_names, gaz.demonyms)):
            gaz.places.setdefault(name, iso3)
    # The places in their locative cases, made from the names above in the scripts the
    # languages write them in ("Москвада" from "Москва", "Budapesten" from "Budapest"); a form
    # that two places make, or that is already a name of a state, a people or a place, is left
    # out. (A Russian place is known in its cases: only its nominative, PLACES' key, is used.)
    bases = [n for n in gaz.places if not languages.is_cyrillic(n)]
    bases += [
        n
        for n in (*languages.PLACES, *languages.CAPITALS_IN_MORE_LANGUAGES)
        if languages.is_cyrillic(n) and n in gaz.places
    ]
    made = [(form, name) for name in bases for form in languages.locative_forms(name)]
    taken = (gaz.state_names, gaz.demonyms, gaz.capitals, gaz.places)
    for form, name in _unambiguous(made).items():
        if not any(form in table for table in taken):
            gaz.locatives[form] = name
    for form, name in gaz.locatives.items():
        gaz.places[form] = gaz.places[name]

    by_body: dict[str, Body] = {}
    series_of: dict[str, set[str]] = {}
    for row in run_query(store, "bodies", {}).rows:
        iri = str(row["body"])
        body = by_body.setdefault(iri, Body(iri, _tail(str(row["bloc"]), bloc_prefix), [], None))
        if str(row["name"]) not in body.names:
            body.names.append(str(row["name"]))
        if row.get("series"):
            series_of.setdefault(iri, set()).add(str(row["series"]))
    for body in by_body.values():  # in Russian and Arabic: "Совета глав государств"
        body.names += [
            n for n in languages.body_names(body.iri.rsplit("/", 1)[-1]) if n not in body.names
        ]
    gaz.bodies = list(by_body.values())
    with_bodies = {b.bloc for b in gaz.bodies}
    bloc_names = []
    for row in run_query(store, "bloc-names", {}).rows:
        bloc = _tail(str(row["bloc"]), bloc_prefix)
        if bloc in with_bodies:
            bloc_names.append((str(row["name"]).strip(), bloc))
    bloc_names += languages.bloc_names(with_bodies)
    gaz.bloc_names = _unambiguous(bloc_names)

    for row in run_query(store, "meeting-index", {}).rows:
        ordinal = row.get("ordinal")
        gaz.meetings.append(
            RecordedMeeting(
                iri=str(row["meeting"]),
                bloc=_tail(str(row["bloc"]), bloc_prefix),
                body=str(row["body"]),
                series=str(row["series"]) if row.get("series") else None,
                ordinal=int(ordinal) if ordinal is not None and str(ordinal).isdigit() else None,
                start=str(row["start"]),
                end=str(row["end"]) if row.get("end") else None,
                host=_tail(str(row["host"]), state_prefix) if row.get("host") else None,
                label=str(row["label"]) if row.get("label") else None,
                place=str(row["place"]) if row.get("place") else None,
            )
        )
    # A body is known by its regular series: where its meetings fall in several (the CSTO's
    # Collective Security Council and its informal summits, the ASEAN foreign ministers'
    # meetings and retreats), the one with the most recorded meetings.
    held = Counter(m.series for m in gaz.meetings if m.series)
    for body in gaz.bodies:
        if body.iri in series_of:
            body.series = max(sorted(series_of[body.iri]), key=lambda series: held[series])
    return gaz


_CACHE_NAME = re.compile(r"gazetteer-[0-9a-f]{16}-[0-9a-f]{16}-\d+\.json")
GAZETTEER_QUERIES = ("states", "state-names", "places", "bodies", "bloc-names", "meeting-index")


def cache_path() -> Path:
    """The cached gazetteer of the current knowledge base: beside its store, named by the
    store's fingerprint (which changes whenever a data file does)."""
    import hashlib

    from .. import paths
    from ..store import cache_dir, store_location

    fingerprint = store_location().name.removeprefix("store-")
    # The store's fingerprint covers the data; the queries the gazetteer is read with and
    # the countryinfo and pycountry releases count too.
    digest = hashlib.blake2b(digest_size=8)
    for name in GAZETTEER_QUERIES:
        with contextlib.suppress(OSError):
            digest.update((paths.queries_dir() / f"{name}.rq").read_bytes())
    digest.update(_version("countryinfo").encode())
    digest.update(_version("pycountry").encode())
    # and the names written in languages.py, armenian.py and cjk.py, and this module's own
    # source: an edit to how the gazetteer is built then rebuilds it even if GAZETTEER_FORMAT
    # was not bumped.
    digest.update(Path(languages.__file__).read_bytes())
    digest.update(Path(armenian.__file__).read_bytes())
    digest.update(Path(cjk.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return cache_dir() / f"gazetteer-{fingerprint}-{digest.hexdigest()}-{GAZETTEER_FORMAT}.json"


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


def load(store: Store | None = None) -> Gazetteer:
    """The gazetteer of the current knowledge base: from the cache, or built from ``store``
    (the embedded store when None) and cached (best effort: an unwritable cache only costs a
    rebuild next time)."""
    path = cache_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") == GAZETTEER_FORMAT:
            return Gazetteer.from_json(data)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if store is None:
        from ..store import open_embedded

        store = open_embedded()
    gaz = build(store)
    _write_cache(path, gaz)
    return gaz


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer.", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(gaz.to_json(), out, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    # Gazetteers of older knowledge bases: ours only (the name says so).
    for old in path.parent.glob("gazetteer-*.json"):
        if old != path and _CACHE_NAME.fullmatch(old.name):
            old.unlink(missing_ok=True)
