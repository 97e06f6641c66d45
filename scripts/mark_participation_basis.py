"""Mark every participation in data/ with what it rests on: ``bg:basis basis:named`` when one of
its quotes names the state, ``basis:collective`` when none does (the participation rests on a
collective statement, "the 29 member nations", expanded to the states holding that status that
day).

    python scripts/mark_participation_basis.py [--check] [--show named|collective] [FILE ...]

With no FILE, every Turtle file under data/ that holds a participation. ``--check`` writes
nothing and exits 1 when a file is not marked as this script would mark it (listing each
participation), so new data that forgets the marker is caught (tests/test_basis.py runs it).
Run it after adding participations (the ASEAN and OAS files of round 17 included): it is
re-runnable, and a second run changes nothing. ``--show collective FILE`` lists what it called
collective, with the first quote, for a person to check (a name in a language or spelling it
does not know yet goes into ``FORMS``, a case its rules cannot see into ``OVERRIDES``).

How a quote names the state (a participation's quotes: those on its citations and any untied
ones on the participation itself):

* a name of the state as the extractor's gazetteer knows it (src/blocgraph/extract/gazetteer.py:
  English label, other and former names, codes written as names such as "U.S.", the names in
  Spanish, French, German and Italian that countryinfo gives), or a demonym ("Dutch", "Kazakh");
* a form that a quote in the data uses and the gazetteer lacks (``FORMS`` below: Portuguese,
  Spanish, German, Russian, Arabic, Indonesian, Malay, Japanese and French forms, and
  misspellings such as "Kasakhstan", each taken from a quote in data/);
* the state's representative, as the participation records them (``bg:representedBy``'s label,
  ``bg:representativeDescription``): each word of four letters or more that is not a title
  ("Merkel" for "Chancellor Angela Merkel", "Naimi" for "al-Naimi"), and each run of two or
  more name words however short ("Hun Sen");
* for the meeting's host only, a place in it (its capital, a place of the record): "the summit in
  Muenster" names the host. For any other participant a place names where the meeting was, not
  who came ("the 28 EU leaders meet in Brussels" does not name Belgium).

Names are matched as whole words, accents ignored on both sides ("Shinzo" for "Shinzō"); state
names of five letters or more and representatives' names in any letter case ("Guinea-bissau",
"SENGHOR, AMIN"), shorter state names as written ("Chad", "Iran", "US"). Names in Japanese
script, written without spaces, are matched anywhere. Everything else is collective: no quote
names the state, so it rests on a count or a group. ``OVERRIDES`` lists, with the reason, the
participations those rules decide wrongly (found reviewing the marks by hand).

Edge cases:

* A quote that counts the leaders and names some ("Boris Johnson and the 27 remaining EU
  leaders"): named for the United Kingdom, collective for the others.
* A quote naming a representative only by title ("the Prime Minister", "an Indian official") is
  matched through the demonym or not at all: titles are never names.
* A state named for something else than being there (a list of the bloc's partners, a "without
  Britain") still counts as named by these rules; where the participation rests on the count
  instead (BRICS 2025's partners: "representatives of all the countries were in the photo") it
  is an override. An absent state named as absent is named.
* A leader's own statement ("I attended", "proud to host you", the Taoiseach reporting to the
  Dáil) names no state in its words: overrides, named, since the source is the state's own.
* A representative spelt otherwise than the record has it ("Maktoom" for Maktoum, "Kadhafi",
  "Zelensky") or written in another script: overrides, named.
* A heading quoted above a list ("Participating G8 Leaders", "in the presence of Their
  Majesties and Highnesses:") names no one: the participation is named only if another of its
  quotes (the list's line) gives the name, or by override where no representative is recorded.
* A place used for a government ("Moscow said") is not counted for non-hosts: no quote in the
  data uses one so, and the meeting's place is in many collective quotes.
* A quote that only says the meeting was held ("The 188th Meeting of the OPEC Conference ...
  were held today") rests on the meeting being the bloc's: collective.

The text of each file is edited in place, keeping its comments and layout: the ``bg:basis`` line
goes after the participation's ``bg:attendance`` line (or replaces a ``bg:basis`` line already
there), and the ``basis:`` prefix is declared after the file's last ``@prefix``. The result is
parsed again and must hold the same triples as before plus (or with changed) ``bg:basis``;
otherwise nothing is written. Files are replaced atomically (blocgraph.files.atomic_output).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/blocgraph/id/"
BG = "https://w3id.org/blocgraph/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
BASIS = ID + "participation-basis/"
BASIS_PREFIX = f"@prefix basis:   <{BASIS}> ."

# Forms of state names that quotes in data/ use and the gazetteer does not know (it has English
# names, Spanish/French/German/Italian names, English demonyms). Each is taken from a quote in
# the data; matched as a whole word, as written.
FORMS: dict[str, list[str]] = {
    # Portuguese (Mercosur, BRICS, G20 quotes)
    "BOL": ["Bolívia", "البوليفي"],
    "BRA": ["brasileiro", "巴西"],
    "DOM": ["Dominicana"],
    "GUY": ["Guiana"],
    "IND": ["indiano", "印度总理"],
    # Italian demonym: CRI's "Il rappresentante libico" at the 160th OPEC Conference
    "LBY": ["libico"],
    # Japanese: VOI's Japanese edition on Myanmar's absence from the 43rd ASEAN summit
    "MMR": ["ミャンマー"],
    "NAM": ["Namíbia"],
    "PRY": ["Paraguai"],
    "RUS": [
        "russo",
        "Rússia",
        "russische",
        "Russians",
        "России",
        "Росії",
        "РФ",
        "российского",
        "Российской Федерации",
        "俄罗斯",
        # Traditional Chinese: Xinhua on the SCO defence ministers at Moscow 2009 (round 37)
        "俄羅斯",
    ],
    "URY": ["Uruguai"],
    "ZAF": ["sul-africano", "Südafrika", "جنوب إفريقيا", "南非"],
    # Spanish and German
    "CHL": ["chileño"],
    "DEU": ["Alemana"],
    "GRD": ["Granada"],
    "VCT": ["San Vicente y las Granadinas"],
    "USA": ["Vereinigte Staaten", "America", "الأمريكي"],
    # Russian (CSTO, EAEU, SCO quotes), in the case the quote has; and Traditional Chinese
    # (Xinhua on the SCO defence ministers at Moscow 2009, round 37)
    "ARM": ["Армении", "Армения", "Вірменії", "Армению"],
    "BLR": ["Белоруссии", "Беларуси", "Беларусь", "Білорусії", "Белорусская"],
    "KAZ": ["Казахстана", "Kasakhstan", "Казахстан", "Казахстану", "哈薩克斯坦"],
    "KGZ": [
        "Киргизии",
        "Кыргызстана",
        "Киргизії",
        "Кыргызстан",
        "Кыргызской Республики",
        "吉爾吉斯",
    ],
    "MDA": ["Молдовы", "Молдова", "Молдавию", "Молдавии", "Молдавия"],
    "TJK": ["Таджикистана", "Tajikstan", "Таджикистан", "Таджикистану", "塔吉克斯坦"],
    "UZB": [
        "Узбекистана",
        "Узбекистану",
        "Узбекістана",
        "Узбекистан",
        "Республики Узбекистан",
        "Узбекскую",
        "烏茲別克斯坦",
        # Uzbek Cyrillic: Gazeta.uz on the SCO defence ministers at Moscow 2020 (round 37)
        "Ўзбекистон",
    ],
    # Russian forms (CIS quotes, round 19); the Ukrainian and Russian nominative forms
    # above come from the CIS and CSTO quotes of the same round
    "AZE": ["Азербайджана", "Азербайджан"],
    "GEO": ["Грузии"],
    # Russian and Belarusian forms (EAEU Intergovernmental Council quotes, round 20)
    "CUB": ["Куба", "Кубы", "кубинского"],
    "IRN": ["Ирана", "Ірана", "伊朗"],
    # Russian forms (CIS Council of Heads of Government quotes, round 20)
    "TKM": ["Туркменистана", "Туркменистан", "Туркмении", "Туркмения"],
    "UKR": ["Украина", "Украины", "Украину"],
    # Arabic (AU, EU, OPEC quotes)
    "AGO": ["الأنجولى"],
    "CMR": ["الكاميرونية"],
    "COG": ["الكونغو"],
    "DZA": ["الجزائري"],
    "ECU": ["الاكواتوري"],
    "ESH": ["البوليساريو"],
    "GAB": ["الجابون"],
    "GNQ": ["غينيا الاستوائية"],
    "KWT": ["الكويت"],  # round 24: Al-Sabah on the 38th OPEC+ ministerial meeting
    "HUN": ["المجر"],
    "KEN": ["الكيني"],
    "MDG": ["مدغشقر"],
    "NER": ["النيجر"],
    "NGA": ["نيجيريا"],
    "MWI": ["ملاوي"],
    "RWA": ["الرواندي"],
    "SAU": [
        "المملكة العربية السعودية",
        "沙特",
        "السعودي",
    ],  # round 37: Okaz, "الوفد السعودي" (G20 2013)
    "SEN": ["السنغالي"],
    "SLE": ["السيراليوني"],
    "SDN": ["السوداني"],  # round 36: sarmady.net on the AU's 26th ordinary session
    "TZA": ["التانزاني"],
    "ZMB": ["الزامبي"],
    "ZWE": ["زيمبابوي"],
    # Indonesian, Malay, Japanese (ASEAN quotes)
    "BRN": ["ブルネイ"],
    "KHM": ["Kamboja", "Kemboja", "カンボジア", "Khmer Republic"],  # the last: the 4th AMM, 1971
    "TLS": ["Timor L'este"],
    # French (OAU quotes); "Congo (Kinshasa)": Walta on the AU Executive Council's 42nd session
    # (round 39)
    "COD": ["Congo (Leopoldville)", "Congo (Kinshasa)"],
    # Portuguese (G20 2024 invitations)
    "MOZ": ["Moçambique"],
    "VAT": ["Vaticano"],
    "VNM": ["Vietnã"],
    # Spellings in quotes added at stop 17 (ASEAN and OAS records)
    "PHL": ["Phillipines"],
    "TTO": ["Trinidad"],
    "COK": ["Kepulauan Cook"],
    # Chinese (People's Daily on the 2026 BRICS and SCO summits; "印度总理", India's prime
    # minister, rather than "印度", which is also the start of "印度尼西亚", Indonesia)
    "CHN": ["chinês", "中国", "Китая", "Китайской Народной Республики", "КНР"],
    # Arabic "مصر" (Egypt): Ma'an on Egypt's delegation at the AU's 15th ordinary session (round 36)
    "EGY": ["埃及", "مصر"],
    "ETH": ["埃塞俄比亚"],
    "IDN": ["印度尼西亚"],
    "ARE": ["阿联酋"],
    # Russian forms (SCO defence ministers' quotes, round 20)
    "PAK": ["Пакистана"],
    # Greek: politisonline (from ANA-MPA) on the Greek prime minister at Gothenburg 2017 (round 39)
    "GRC": ["Έλληνας"],
}

# Participations the rules above decide wrongly, each with the reason (hand review).
OVERRIDES: dict[str, tuple[str, str]] = {
    # CSTO (eur26, round 38): Armenia's president named in Russian without the state
    "participation/CSTO/informal-2009-07-31/ARM": (
        "named",
        "Analitika.at.ua's 'В нем принял участие президент Серж Саргсян' names Armenia's"
        " President Serzh Sargsyan in Russian, without the state (the digest reprints an"
        " Armenian report; the other presidents follow as 'также присутствовали')",
    ),
    # AU (afr25, round 37): Palestine's president named in Arabic without the state
    "participation/AU/assembly-ordinary-session-15/PSE": (
        "named",
        "Ma'an's 'وبحضور الرئيس محمود عباس' names Palestine's President Mahmoud Abbas in"
        " Arabic, without the state (Ma'an is a Palestinian agency; its headline has"
        " 'بمشاركة الرئيس عباس')",
    ),
    # AU (afr24, round 36): Egypt's president named in Arabic without the country
    "participation/AU/assembly-ordinary-session-24/EGY": (
        "named",
        "sarmady.net's 'بمشاركة الرئيس عبدالفتاح السيسي' names Egypt's President al-Sisi in"
        " Arabic, without the country",
    ),
    "participation/AU/assembly-ordinary-session-26/EGY": (
        "named",
        "sarmady.net's 'على رأسهم الرئيس عبدالفتاح السيسي' names Egypt's President al-Sisi in"
        " Arabic, without the country",
    ),
    "participation/CSTO/cfm-2019-11-27/KGZ": (
        "named",
        "Kabar's 'министр иностранных дел КР Чингиз Айдарбеков' names Kyrgyzstan by its"
        " abbreviation КР (Кыргызская Республика), too short a form to look for everywhere",
    ),
    "participation/OAU/assembly-ordinary-session-11/TZA": (
        "named",
        "The US cable's 'NYRERE' is Tanzania's President Julius Nyerere, misspelt in the cable",
    ),
    "participation/AU/assembly-extraordinary-session-15/LBY": (
        "named",
        "African Power's 'رئيس المجلس الرئاسي، محمد المنفي' (the President of the Presidential"
        " Council, Mohamed al-Menfi) is Libya's head of state, named without the country",
    ),
    "participation/EU/european-council-2023-03-23/BEL": (
        "collective",
        "Pledge Times' 'the Belgian capital' is the summit's place (Brussels, no host),"
        " not Belgium's leader: Belgium is one of 'The Twenty-seven members of the EU'",
    ),
    "participation/OPEC/summit-3/DZA": (
        "named",
        "El Massa's 'رئيس الجمهورية السيد عبد العزيز بوتفليقة' (the President of the"
        " Republic, Abdelaziz Bouteflika) is Algeria's president, named without the country",
    ),
    "participation/CIS/chs-2012-05-15/BLR": (
        "named",
        "Times.am runs the eight presidents' states together without spaces ('ArmeniaRussiaBelarus"
        "UkraineKyrgyzstanTurkmenistanTajikistan'): Belarus is in the list",
    ),
    "participation/CIS/chs-2012-05-15/KGZ": (
        "named",
        "Times.am runs the eight presidents' states together without spaces ('ArmeniaRussiaBelarus"
        "UkraineKyrgyzstanTurkmenistanTajikistan'): Kyrgyzstan is in the list",
    ),
    "participation/CIS/chs-2012-05-15/TJK": (
        "named",
        "Times.am runs the eight presidents' states together without spaces ('ArmeniaRussiaBelarus"
        "UkraineKyrgyzstanTurkmenistanTajikistan'): Tajikistan is in the list",
    ),
    "participation/EAEU/eic-2020-10-09/ARM": (
        "named",
        "the host, by its capital in Russian ('ЕРЕВАН'), and its prime minister Никол Пашинян",
    ),
    "participation/OPEC/conference-21/VEN": (
        "named",
        "the host, by its capital as the source misspells it ('opened at Caracus')",
    ),
    "participation/OPEC/conference-1979-06/IRN": (
        "named",
        "'the Persian delegation' (raising the price of Persian light crude) is Iran's",
    ),
    "participation/ASEAN/foreign-ministers-meeting-50/MMR": (
        "named",
        "'Myamar' among Cayetano's counterparts at the 50th AMM plenary is Myanmar, misspelt",
    ),
    "participation/ASEAN/summit-4/MYS": (
        "named",
        "the quote is from Prime Minister Mahathir's own address to the summit",
    ),
    "participation/ASEAN/summit-15/KOR": (
        "named",
        "'Korea' among the neighbouring dialogue partners is the Republic of Korea",
    ),
    "participation/OAS/general-assembly-3/USA": (
        "named",
        "the quote is the US Secretary of State's own report on the assembly (FRUS)",
    ),
    "participation/OAS/general-assembly-25/USA": (
        "named",
        "the quote is the US Secretary of State's own address to the assembly",
    ),
    "participation/OAU/assembly-ordinary-session-8/ETH": (
        "named",
        "the host, by its capital in French ('Addis-Abéba'), a form the gazetteer lacks",
    ),
    "participation/OAU/assembly-ordinary-session-24/ETH": (
        "named",
        "the host, by its capital in French ('Addis-Abeba'), a form the gazetteer lacks",
    ),
    "participation/OAU/assembly-ordinary-session-9/MAR": (
        "named",
        "the host, by its capital in Arabic ('الرباط', Rabat)",
    ),
    "participation/OAU/assembly-ordinary-session-16/TCD": (
        "named",
        "the cable, in capitals, names Chad as 'CHAD' (short names match only as written)",
    ),
    "participation/SCO/cfm-2006/CHN": (
        "named",
        "'Li' in the list of the six foreign ministers is the host's Foreign Minister Li Zhaoxing",
    ),
    **{
        f"participation/BRICS/summit-2025/{iso3}": (
            "collective",
            "the quote naming it lists the bloc's partners, not who came; its presence rests "
            "on 'representatives of all the countries were in the photo'",
        )
        for iso3 in ("BLR", "BOL", "CUB", "KAZ", "NGA", "THA", "UGA", "UZB")
    },
    **{
        f"participation/G7/summit-3/{iso3}": (
            "named",
            "the source's list of delegations names its leader (no representative recorded)",
        )
        for iso3 in ("CAN", "FRA", "DEU", "ITA", "JPN", "USA")
    },
    **{
        f"participation/G7/summit-31/{iso3}": (
            "named",
            "the source's list of participating leaders names its leader (no representative "
            "recorded)",
        )
        for iso3 in ("GBR", "FRA", "RUS", "USA", "DEU", "JPN", "ITA", "CAN")
    },
    **{
        f"participation/G7/summit-35/{iso3}": (
            "named",
            "the source's list of leaders names its leader (no representative recorded)",
        )
        for iso3 in ("KOR", "EGY", "AUS", "IDN", "AGO")
    },
    **{
        f"participation/GCC/supreme-council-{n}/ARE": (
            "named",
            "the source spells the representative 'Maktoom bin Rashed Al - Maktoom'",
        )
        for n in (20, 21, 22, 23)
    },
    "participation/GCC/supreme-council-25/SAU": (
        "named",
        "the source spells the representative 'Sultan Bin Abdul Aziz Al-Saud'",
    ),
    "participation/GCC/supreme-council-30/OMN": (
        "named",
        "the source spells the representative 'Fahad Bin Mahmood Al-Saeed'",
    ),
    "participation/G7/summit-15/JPN": ("named", "the source spells Sōsuke Uno 'Sousuke Uno'"),
    "participation/G7/summit-50/VAT": ("named", "'Papa Francesco', the Holy See's head"),
    "participation/OAU/assembly-ordinary-session-36/LBY": (
        "named",
        "the source spells Gaddafi 'Moamer Kadhafi'",
    ),
    "participation/AU/assembly-ordinary-session-28/LBR": (
        "named",
        "the source misspells Sirleaf 'Sirealf'",
    ),
    "participation/EU/european-council-2014-06-26/GBR": (
        "named",
        "the quote names Cameron in Arabic script",
    ),
    "participation/EU/european-council-2023-02-09/UKR": (
        "named",
        "the source spells Zelenskyy 'Zelensky'",
    ),
    "participation/EU/european-council-2024-11-08/ESP": (
        "named",
        "the quote names Pedro Sánchez, Spain's head of government (no representative "
        "recorded: he stayed away)",
    ),
    "participation/SCO/chs-2013/KAZ": ("named", "the quote names Nazarbayev in Cyrillic"),
    "participation/OPEC/conference-2004-06-03/QAT": (
        "named",
        "the source spells Al-Attiyah 'Attiya'",
    ),
    "participation/CSTO/csc-2021-08-23/TJK": (
        "named",
        "the meeting was 'chaired by Emomali Rahmon', Tajikistan's president, its host",
    ),
    # The source is the state's own statement: its leader speaks ("I attended").
    "participation/EU/european-council-2013-05-22/IRL": (
        "named",
        "the quote is the Taoiseach's own report to the Dáil",
    ),
    "participation/EU/european-council-2014-07-16/GBR": (
        "named",
        "the quote is the Prime Minister's own statement ('I attended')",
    ),
    "participation/EU/european-council-2020-03-17/FRA": (
        "named",
        "the source is the French presidency: 'The President of the Republic' is Macron",
    ),
    "participation/CSTO/csc-2006-06-23/RUS": (
        "named",
        "the source is the Kremlin's: 'He attends' is Putin",
    ),
    "participation/CSTO/cfm-2024-06-21/RUS": (
        "named",
        "the quote is Foreign Minister Lavrov's own remarks after the meeting ('we focused on')",
    ),
    "participation/ASEAN/summit-5/MYS": (
        "named",
        "the quote is Mahathir Mohamad's own speech at the meeting",
    ),
    "participation/OPEC/extraordinary-conference-141/VEN": (
        "named",
        "the quote is the host minister's own welcome ('proud to host you')",
    ),
    "participation/OPEC/conference-152/DZA": (
        "named",
        "the quote is Chakib Khelil's own words, the source attributing them to him",
    ),
    "participation/OPEC/onomm-38/BHR": (
        "named",
        "the quote names Bahrain's oil minister in Arabic ('محمد بن مبارك بن دينه')",
    ),
    "participation/OPEC/onomm-5/ARE": (
        "named",
        "'Opec's president' is the United Arab Emirates' minister, President of the Conference",
    ),
    "participation/CIS/chs-2000-08-18/UKR": (
        "named",
        "the host, by the meeting's place in Russian ('в Ялте', Yalta in Crimea, then Ukraine)",
    ),
    "participation/CIS/chg-2009-11-20/UKR": (
        "named",
        "the host, by the meeting's place in Russian ('в Ялте', Yalta in Crimea, then Ukraine)",
    ),
    "participation/CIS/chs-2002-10/RUS": (
        "named",
        "the quote names Russia's president in Cyrillic ('Владимир Путин')",
    ),
    "participation/CIS/chg-2008-05-23/RUS": (
        "named",
        "the quote names Russia's prime minister in Cyrillic, declined ('с Путиным')",
    ),
    "participation/BRICS/summit-2026/CHN": (
        "named",
        "the quote names China's president in Chinese ('国家主席习近平')",
    ),
    "participation/SCO/chs-2026/CHN": (
        "named",
        "the quote names China's president in Chinese ('国家主席习近平')",
    ),
    "participation/SCO/dmm-2007/KGZ": (
        "named",
        "'министр обороны КР Исмаил Исаков': КР is the Kyrgyz Republic, Isakov its minister",
    ),
    "participation/SCO/dmm-2012/CHN": (
        "named",
        "the Korean quote names China ('중국') first among the states whose officials attended",
    ),
    # OAU/AU (au17, round 29)
    "participation/AU/assembly-ordinary-session-5/NGA": (
        "named",
        "the quote is Obasanjo's own opening speech as AU chairman ('a pleasure for me to be in"
        " Libya'), on the AU's site",
    ),
    # ASEAN foreign ministers (asean17, round 29)
    "participation/ASEAN/foreign-ministers-retreat-2011-01-15/MMR": (
        "collective",
        "the Thai News Agency's count of the foreign ministers of 10 members names Myanmar only as"
        " the target of the sanctions they appealed against, not as one of those who came",
    ),
    # OAU/AU (afr18, round 30)
    "participation/OAU/assembly-ordinary-session-27/DZA": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Алжир')",
    ),
    "participation/OAU/assembly-ordinary-session-27/AGO": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Ангола')",
    ),
    "participation/OAU/assembly-ordinary-session-27/BWA": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Ботсвана')",
    ),
    "participation/OAU/assembly-ordinary-session-27/BFA": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Буркина-Фасо')",
    ),
    "participation/OAU/assembly-ordinary-session-27/BDI": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Бурунди')",
    ),
    "participation/OAU/assembly-ordinary-session-27/GAB": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Габон')",
    ),
    "participation/OAU/assembly-ordinary-session-27/GMB": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Гамбия')",
    ),
    "participation/OAU/assembly-ordinary-session-27/GHA": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Гана')",
    ),
    "participation/OAU/assembly-ordinary-session-27/GIN": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Гвинея')",
    ),
    "participation/OAU/assembly-ordinary-session-27/GNB": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Гвинея-Бисау')",
    ),
    "participation/OAU/assembly-ordinary-session-27/DJI": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Джибути')",
    ),
    "participation/OAU/assembly-ordinary-session-27/EGY": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Египет')",
    ),
    "participation/OAU/assembly-ordinary-session-27/ZMB": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Замбия')",
    ),
    "participation/OAU/assembly-ordinary-session-27/ZWE": (
        "named",
        "WIPO Lex's table of the Abuja Treaty's signatories names it in Russian ('Зимбабве')",
    ),
    # OPEC (opec18, round 30): Algeria's energy minister named in Arabic script in Algerian reports
    "participation/OPEC/onomm-24/DZA": (
        "named",
        "the quote names Algeria's energy minister in Arabic ('وزير الطاقة والمناجم محمد عرقاب')",
    ),
    "participation/OPEC/onomm-39/DZA": (
        "named",
        "the quote names Algeria's energy minister in Arabic ('عرقاب')",
    ),
    "participation/OPEC/conference-191/DZA": (
        "named",
        "the quotes name Algeria's energy minister in Arabic ('محمد عرقاب')",
    ),
    "participation/OPEC/onomm-36/BHR": (
        "named",
        "the quote names Bahrain's oil minister in Arabic ('محمد بن مبارك بن دينه')",
    ),
    # CIS (cis18, round 30)
    "participation/CIS/chs-2002-10/UKR": (
        "named",
        "the quote names Ukraine's president in Cyrillic, declined ('поддержал Леонида Кучму')",
    ),
    "participation/CIS/chs-2004-09-16/KAZ": (
        "named",
        "the quote names Kazakhstan's president in Cyrillic, declined ('хозяина саммита Нурсултана"
        " Назарбаева')",
    ),
    "participation/CIS/chs-2004-09-16/RUS": (
        "named",
        "the quote names Russia's president in Cyrillic ('Путин поблагодарил')",
    ),
    "participation/EAEU/eic-2016-05-20/RUS": (
        "named",
        "the Armenian quote names Russia's prime minister ('Ռուսաստանի վարչապետ Դմիտրի Մեդվեդևը')",
    ),
    "participation/EAEU/eic-2016-05-20/BLR": (
        "named",
        "the Armenian quote names Belarus's prime minister ('Բելառուսի վարչապետ Անդրեյ Կոբյակովը')",
    ),
    "participation/EAEU/eic-2016-05-20/KAZ": (
        "named",
        "the Armenian quote names Kazakhstan's prime minister ('Ղազախստանի վարչապետ Կարիմ"
        " Մասիմովը')",
    ),
    "participation/EAEU/eic-2016-05-20/KGZ": (
        "named",
        "the Armenian quote names Kyrgyzstan's prime minister ('Ղրղզստանի վարչապետ Սոորոնբայ"
        " Ժեենբեկովը')",
    ),
    # afr19 (OPEC/OAU, round 31)
    "participation/OPEC/conference-184/DZA": (
        "named",
        "El Khabar names Algeria's minister in Arabic script ('وزير الطاقة والمناجم محمد عرقاب',"
        " the Minister of Energy and Mines Mohamed Arkab), without the country",
    ),
    "participation/OPEC/conference-185/AGO": (
        "named",
        "Al Jareeda names Angola's minister in Arabic script ('وزير النفط والغاز والثروة المعدنية"
        " الأنغولي ديامونتينو أزيفيدو', the Angolan minister Diamantino Azevedo)",
    ),
    # eur19 (round 31: CIS, EAEU, CSTO, SCO, BRICS)
    "participation/CIS/chg-2016-10-28/ARM": (
        "named",
        "168.am's Armenian 'Հայաստանի Հանրապետության վարչապետ Կարեն Կարապետյանը' (the Prime"
        " Minister of the Republic of Armenia Karen Karapetyan): a script the forms lack",
    ),
    "participation/EAEU/seec-2018-05-14/KAZ": (
        "named",
        "Topwar's Japanese 'カザフスタンの首長' (Kazakhstan's head) and"
        " 'ヌルスルタン・ナザルバエフ' (Nursultan Nazarbayev): a script the forms lack",
    ),
    "participation/BRICS/foreign-ministers-meeting-2008-09-25/RUS": (
        "named",
        "CRI's Japanese list of the four BRICs countries whose ministers met"
        " names ロシア (Russia): a script the forms lack",
    ),
    "participation/BRICS/foreign-ministers-meeting-2008-09-25/BRA": (
        "named",
        "CRI's Japanese list of the four BRICs countries whose ministers met"
        " names ブラジル (Brazil): a script the forms lack",
    ),
    "participation/BRICS/foreign-ministers-meeting-2008-09-25/IND": (
        "named",
        "CRI's Japanese list of the four BRICs countries whose ministers met"
        " names インド (India): a script the forms lack",
    ),
    "participation/BRICS/foreign-ministers-meeting-2013-09-26/CHN": (
        "named",
        "Xinhua's '外交部長王毅' is China's foreign minister Wang Yi, named without the country"
        " (the traditional-script report of the Chinese government's portal)",
    ),
    "participation/CIS/chs-2018-12-06/RUS": (
        "named",
        "the Kremlin's 'Владимир Путин и участники саммита' names Russia's president, the host,"
        " without the country",
    ),
    # NATO (round 32, ame20).
    "participation/NATO/summit-1991-11-07/ESP": (
        "named",
        "taz's report from Rome spells Spain's Prime Minister González 'Gonzales'",
    ),
    # --- OPEC (afr20, round 32) ---
    "participation/OPEC/conference-2008-09-09/IRN": (
        "named",
        "Mehr's Arabic 'وزير نفط الجمهورية الاسلامية الايرانية' names Iran's oil minister:"
        " an Arabic form of Iran the forms lack",
    ),
    # --- ASEAN foreign ministers (round 33, ame21) ---
    "participation/ASEAN/foreign-ministers-meeting-30/VNM": (
        "named",
        "Viet Nam's foreign minister's own opening statement at the 30th AMM ('We are delighted"
        " to come ... to attend this ASEAN Ministerial Meeting'), the ASEAN Secretariat's copy",
    ),
    "participation/ASEAN/foreign-ministers-meeting-31/VNM": (
        "named",
        "Viet Nam's foreign minister's own speech at the 31st AMM's opening session (the ASEAN"
        " Secretariat's copy); its thanks name the host, the Philippines, not Viet Nam",
    ),
    # --- ASEAN foreign ministers (round 38, asia26): speakers' own opening statements ---
    "participation/ASEAN/foreign-ministers-meeting-30/BRN": (
        "named",
        "Brunei's foreign minister's own opening statement at the 30th AMM (the ASEAN Secretariat's"
        " copy); its thanks name the host, Malaysia, not Brunei",
    ),
    "participation/ASEAN/foreign-ministers-meeting-30/SGP": (
        "named",
        "Singapore's foreign minister's own opening statement at the 30th AMM (Singapore's foreign"
        " ministry's copy); its congratulations name Malaysia's minister, the chairman",
    ),
    "participation/ASEAN/foreign-ministers-meeting-31/MYS": (
        "named",
        "Malaysia's foreign minister's own opening statement at the 31st AMM (the ASEAN"
        " Secretariat's copy: 'On behalf of my Delegation'); it names the chairman only",
    ),
    "participation/ASEAN/foreign-ministers-meeting-31/LAO": (
        "named",
        "Laos's foreign minister's own opening statement at the 31st AMM (the ASEAN Secretariat's"
        " copy); its thanks name the host, the Philippines ('Philippino'), not Laos",
    ),
    "participation/ASEAN/foreign-ministers-meeting-43/SGP": (
        "named",
        "Singapore's foreign ministry's transcript of its minister's doorstop interview after the"
        " 43rd AMM's plenary: the minister's own 'We had a good series of meetings'",
    ),
    # --- SCO foreign ministers (round 34, eur22) ---
    "participation/SCO/cfm-2003/CHN": (
        "named",
        "China News Service's '中、哈、吉、俄、塔外長以及烏副外長' (Almaty 2003) names the"
        " ministers' states by one-character abbreviations: here 中 (and 中國外交部長李肇星)",
    ),
    "participation/SCO/cfm-2003/KAZ": (
        "named",
        "China News Service's '中、哈、吉、俄、塔外長以及烏副外長' (Almaty 2003) names the"
        " ministers' states by one-character abbreviations: here 哈",
    ),
    "participation/SCO/cfm-2003/KGZ": (
        "named",
        "China News Service's '中、哈、吉、俄、塔外長以及烏副外長' (Almaty 2003) names the"
        " ministers' states by one-character abbreviations: here 吉",
    ),
    "participation/SCO/cfm-2003/RUS": (
        "named",
        "China News Service's '中、哈、吉、俄、塔外長以及烏副外長' (Almaty 2003) names the"
        " ministers' states by one-character abbreviations: here 俄",
    ),
    "participation/SCO/cfm-2003/TJK": (
        "named",
        "China News Service's '中、哈、吉、俄、塔外長以及烏副外長' (Almaty 2003) names the"
        " ministers' states by one-character abbreviations: here 塔",
    ),
    "participation/SCO/cfm-2003/UZB": (
        "named",
        "China News Service's '中、哈、吉、俄、塔外長以及烏副外長' (Almaty 2003) names the"
        " ministers' states by one-character abbreviations: here 烏",
    ),
    "participation/CIS/chg-2012-05-30/TKM": (
        "named",
        "AZE.az's 'председательствующий в это время в СНГ Туркменистан принимает глав"
        " правительств' names the host, Turkmenistan, in a Russian form the forms may lack",
    ),
    # --- OPEC (afr22, round 22 of issue 10) ---
    "participation/OPEC/conference-1994-06-15/VEN": (
        "collective",
        "Reuters' '11 ministers were unable to convince Iran ... allow Venezuela's former Oil"
        " Minister Alirio Parra' names Venezuela's candidate for Secretary General, not its"
        " delegation: Venezuela rests on the count, as the other nine do",
    ),
    # --- OAS General Assembly (ame23, round 23 of issue 10) ---
    "participation/OAS/general-assembly-45/USA": (
        "named",
        "Deputy Secretary Blinken's own remarks at the State Department's reception for the"
        " 45th session ('welcome all of you here to the Department of State'): the host's own"
        " statement, naming no state in its words",
    ),
}

# Words of a representative's description that are titles, not names.
TITLES = {
    "President",
    "Prime",
    "Minister",
    "Ministers",
    "Chancellor",
    "King",
    "Queen",
    "Sultan",
    "Sheikh",
    "Emir",
    "Amir",
    "Crown",
    "Prince",
    "Princess",
    "Highness",
    "Majesty",
    "Royal",
    "Foreign",
    "Vice",
    "Deputy",
    "First",
    "Secretary",
    "State",
    "General",
    "Chairman",
    "Chair",
    "Head",
    "Government",
    "Affairs",
    "Federal",
    "Council",
    "Acting",
    "Interim",
    "Transitional",
    "Senior",
    "Ambassador",
    "Permanent",
    "Representative",
    "Defence",
    "Defense",
    "Finance",
    "Economy",
    "Trade",
    "Oil",
    "Energy",
    "Petroleum",
    "Mineral",
    "Resources",
    "Minister's",
    "Delegation",
    "Republic",
    "Kingdom",
    "People's",
    "National",
    "Assembly",
    "Speaker",
    "Governor",
    "Bank",
    "Central",
    "Only",
    "Both",
    "Days",
    "Day",
    "Dinner",
    "Sultanate",
    "Under",
    "Undersecretary",
    "Director",
    "Special",
    "Envoy",
    "Leader",
    "Supreme",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Sir",
    "Lord",
    "Bin",
    "Ibn",
    "Al",
}


@dataclass
class Participation:
    iri: str
    state: str  # ISO3
    host: bool  # the participant is the meeting's host
    quotes: list[str] = field(default_factory=list)
    representatives: list[str] = field(default_factory=list)
    basis: str | None = None  # as the file has it


def _value(term: object) -> str:
    return term.value if hasattr(term, "value") else str(term)  # type: ignore[attr-defined]


def read_participations(
    triples: list, persons: dict[str, list[str]], hosts: dict[str, str]
) -> list[Participation]:
    """The participations of one file's triples. ``persons``: person IRI -> labels (all files);
    ``hosts``: meeting IRI -> the ISO3 of its host (all files)."""
    by_subject: dict[str, list] = {}
    for t in triples:
        by_subject.setdefault(_value(t.subject), []).append(t)
    out = []
    for subject, own in by_subject.items():
        if not any(
            _value(t.predicate) == RDF_TYPE and _value(t.object) == BG + "Participation"
            for t in own
        ):
            continue
        values: dict[str, list[str]] = {}
        for t in own:
            values.setdefault(_value(t.predicate), []).append(_value(t.object))
        state = values.get(BG + "participant", [""])[0].rsplit("/", 1)[-1]
        meeting = values.get(BG + "meeting", [""])[0]
        quotes = list(values.get(BG + "quote", []))
        for citation in values.get(PROV + "qualifiedDerivation", []):
            quotes += [
                _value(t.object)
                for t in by_subject.get(citation, [])
                if _value(t.predicate) == BG + "quote"
            ]
        reps = list(values.get(BG + "representativeDescription", []))
        for person in values.get(BG + "representedBy", []):
            reps += persons.get(person, [])
        basis = values.get(BG + "basis", [None])[0]
        out.append(
            Participation(
                subject,
                state,
                hosts.get(meeting) == state,
                quotes,
                reps,
                basis.rsplit("/", 1)[-1] if basis else None,
            )
        )
    return out


def fold(text: str) -> str:
    """Accents off and typographic apostrophes plain: "Shinzō" matches "Shinzo"."""
    text = text.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _alternatives(names: list[str]) -> str:
    # Each name as a whole word: not inside a longer one. Names in scripts written without
    # spaces (Japanese) have no word boundary to look for. "Timor Leste" names Timor-Leste: a
    # hyphen may be written as a space (as the extractor does), and any run of spaces as one.
    out = []
    for name in sorted(set(names), key=len, reverse=True):
        text = re.escape(fold(name)).replace("\\-", r"[-\s]").replace("\\ ", r"\s+")
        if _UNSPACED.search(name):
            out.append(text)
        else:
            out.append(r"(?<!\w)" + text + r"(?!\w)")
    return "|".join(out)


_UNSPACED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


class Namer:
    """Which names name a state: built once from the extractor's gazetteer."""

    def __init__(self, gaz: object) -> None:
        self.names: dict[str, list[str]] = {}
        self.places: dict[str, list[str]] = {}
        for table in (gaz.state_names, gaz.demonyms):  # type: ignore[attr-defined]
            for name, iso3 in table.items():
                self.names.setdefault(iso3, []).append(name)
        for table in (gaz.capitals, gaz.places):  # type: ignore[attr-defined]
            for name, iso3 in table.items():
                self.places.setdefault(iso3, []).append(name)
        for iso3, forms in FORMS.items():
            self.names.setdefault(iso3, []).extend(forms)

    def _pattern(self, names: list[str], any_case: list[str]) -> re.Pattern | None:
        # State names of five letters or more, and a representative's names, match in any
        # letter case ("Guinea-bissau", a quote in capitals: "SENGHOR, AMIN"); shorter state
        # names (codes written as names, "Chad", "Iran") as written.
        names = [n for n in names if n]
        any_case = [n for n in any_case if n] + [n for n in names if len(n) >= 5]
        as_written = [n for n in names if len(n) < 5]
        parts = []
        if any_case:
            parts.append("(?i:" + _alternatives(any_case) + ")")
        if as_written:
            parts.append("(?:" + _alternatives(as_written) + ")")
        if not parts:
            return None
        return re.compile("|".join(parts))

    def names_state(self, p: Participation) -> bool:
        names = list(self.names.get(p.state, []))
        if p.host:
            names += self.places.get(p.state, [])
        pattern = self._pattern(names, representative_names(p.representatives))
        if pattern is None:
            return False
        return any(pattern.search(fold(q)) for q in p.quotes)

    def basis(self, p: Participation) -> str:
        override = OVERRIDES.get(_relative(p.iri))
        if override is not None:
            return override[0]
        return "named" if self.names_state(p) else "collective"


def representative_names(descriptions: list[str]) -> list[str]:
    """The names in a representative's description or label: each word (or part of a
    hyphenated word: "al-Naimi") of four letters or more that is capitalised and not a title,
    and each run of two or more such words of any length ("Hun Sen", "Lee Hsien Loong")."""
    out = []
    for text in descriptions:
        run: list[str] = []
        for word in re.findall(r"[\w'’.-]+", text) + [""]:
            word = word.strip(".'’-")
            pieces = [w for w in word.split("-") if w]
            if word and word[0].isupper() and word not in TITLES:
                run.append(word)
            else:
                if len(run) >= 2:
                    out.append(" ".join(run))
                run = []
            out += [
                w for w in [word, *pieces] if len(w) >= 4 and w[0].isupper() and w not in TITLES
            ]
    return out


# ---------------------------------------------------------------------------------------
# Reading the data, deciding, writing
# ---------------------------------------------------------------------------------------


def parse(path: Path, text: str | None = None) -> list:
    data = (text if text is not None else path.read_text(encoding="utf-8")).encode("utf-8")
    try:
        return list(
            pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE, base_iri=path.as_uri())
        )
    except SyntaxError as err:
        raise SystemExit(f"{path}: not valid Turtle: {' '.join(str(err).split())[:300]}") from None


def data_files() -> list[Path]:
    """Every Turtle file of data/ (the COW import has no participations: skipped for speed)."""
    return sorted(
        p for p in (ROOT / "data").rglob("*.ttl") if "cow" not in p.relative_to(ROOT).parts
    )


def context(files: list[Path]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Person labels and meeting hosts of every data file (a participation may name a person
    or a meeting another file describes)."""
    persons: dict[str, list[str]] = {}
    hosts: dict[str, str] = {}
    for path in files:
        for t in parse(path):
            p = _value(t.predicate)
            if p in (RDFS_LABEL, SKOS_ALT) and _value(t.subject).startswith(ID + "person/"):
                persons.setdefault(_value(t.subject), []).append(_value(t.object))
            elif p == BG + "host":
                hosts[_value(t.subject)] = _value(t.object).rsplit("/", 1)[-1]
    return persons, hosts


def _relative(iri: str) -> str:
    return iri[len(ID) :] if iri.startswith(ID) else iri


def rewrite(text: str, decisions: dict[str, str]) -> str:
    """``text`` with each participation of ``decisions`` (IRI -> basis) carrying that basis."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    subject_line = re.compile(r"^<([^>]+)>\s")
    while i < len(lines):
        line = lines[i]
        m = subject_line.match(line)
        iri = ID + m.group(1) if m and not m.group(1).startswith("http") else (m and m.group(1))
        if not m or iri not in decisions:
            out.append(line)
            i += 1
            continue
        # The block: the subject line and the indented lines that follow it.
        block = [line]
        i += 1
        while i < len(lines) and lines[i].startswith((" ", "\t")):
            block.append(lines[i])
            i += 1
        block = [b for b in block if not re.match(r"^\s+bg:basis\s+basis:\w+\s*;\s*$", b)]
        new = f"bg:basis basis:{decisions[iri]} ;"
        at = next(
            (k for k, b in enumerate(block) if re.match(r"^\s+bg:attendance\s+\S+\s*;\s*$", b)),
            None,
        )
        if at is None:
            if not block[0].rstrip().endswith(";"):
                raise SystemExit(f"cannot place bg:basis for <{_relative(iri)}>: {block[0]!r}")
            block.insert(1, "    " + new)
        else:
            indent = re.match(r"^\s+", block[at]).group(0)  # type: ignore[union-attr]
            block.insert(at + 1, indent + new)
        out += block
    text = "\n".join(out)
    if BASIS_PREFIX.split()[1] not in re.findall(r"^@prefix\s+(\S+)", text, re.MULTILINE):
        last = None
        for m in re.finditer(r"^@prefix[^\n]*\n", text, re.MULTILINE):
            last = m
        if last is None:
            raise SystemExit("no @prefix line to put the basis: prefix after")
        text = text[: last.end()] + BASIS_PREFIX + "\n" + text[last.end() :]
    return text


def _triples(triples: list) -> set[tuple[str, str, str]]:
    return {(str(t.subject), str(t.predicate), str(t.object)) for t in triples}


def plan(files: list[Path], namer: Namer, everything: list[Path] | None = None) -> dict:
    """For each file with participations: its participations and the basis each should have."""
    persons, hosts = context(everything or files)
    result = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        if "bg:Participation" not in text:
            continue
        parts = read_participations(parse(path, text), persons, hosts)
        if parts:
            result[path] = [(p, namer.basis(p)) for p in parts]
    return result


def apply(path: Path, decided: list[tuple[Participation, str]]) -> bool:
    """Write the decided bases into ``path``; False when it already has them."""
    from blocgraph.files import atomic_output

    if all(p.basis == basis for p, basis in decided):
        return False
    text = path.read_text(encoding="utf-8")
    new_text = rewrite(text, {p.iri: basis for p, basis in decided})
    before, after = _triples(parse(path, text)), _triples(parse(path, new_text))
    basis_p = f"<{BG}basis>"
    expected = {t for t in before if t[1] != basis_p} | {
        (f"<{p.iri}>", basis_p, f"<{BASIS}{basis}>") for p, basis in decided
    }
    if after != expected:
        raise SystemExit(f"{path}: the rewritten file would not hold the same facts; not written")
    with atomic_output(path, "") as stream:
        stream.write(new_text.encode("utf-8"))
    return True


def load_namer() -> Namer:
    from blocgraph.extract import gazetteer

    return Namer(gazetteer.load())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="Turtle files (default: data/)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if unmarked")
    parser.add_argument(
        "--show",
        choices=["named", "collective"],
        help="also list each participation decided so, with its first quote (for review)",
    )
    args = parser.parse_args(argv)
    everything = data_files()
    files = [f.resolve() for f in args.files] or everything
    for f in files:
        if not f.is_file():
            print(f"{f}: no such file", file=sys.stderr)
            return 2
    planned = plan(files, load_namer(), everything + [f for f in files if f not in everything])
    wrong = 0
    for path, decided in planned.items():
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for p, basis in decided:
            if basis == args.show:
                quote = " ".join((p.quotes or [""])[0].split())[:120]
                print(f"{shown}: <{_relative(p.iri)}> {basis}: {quote}")
        if args.check:
            for p, basis in decided:
                if p.basis != basis:
                    wrong += 1
                    had = f"bg:basis basis:{p.basis}" if p.basis else "no bg:basis"
                    print(f"{shown}: <{_relative(p.iri)}> has {had}; should be basis:{basis}")
        elif apply(path, decided):
            counts = {b: sum(1 for _, x in decided if x == b) for b in ("named", "collective")}
            print(f"{shown}: {counts['named']} named, {counts['collective']} collective")
    if args.check and wrong:
        print(
            f"{wrong} participations not marked as scripts/mark_participation_basis.py "
            "would mark them: run it",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
