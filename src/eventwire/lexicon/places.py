"""The words around place names: what precedes or follows a name, what is not a place, particles inside names.

Part of the lexicon (``eventwire.lexicon``): every word list and pattern the rules read.
"""

from __future__ import annotations

import re

# -- read by geo/place_names --


REGION_CUES = frozenset(
    {"region", "regions", "oblast", "oblasts", "province", "provinces", "department", "departments", "governorate", "governorates", "state"}
)  # 'Merida state', 'Rakhine state' (not 'states': 'the Baltic states')


NAME_PREFIXES = frozenset(
    """north south east west northern southern eastern western central upper lower st saint mt ft
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern""".split()
)  # words that start a place's name ('South Korea', 'St. Louis') but are no place alone


ARABIC_NAME_HEADS = frozenset(
    "abu wadi ras deir dayr bab khan tell tall tal kafr bir jabal jebel umm beit bayt qasr sheikh shaykh".split()
)  # 'Abu Salim', 'Wadi al-Rabi', 'Khan Yunis': the first word of a name, no place alone ('Abu' is not Abu, India)
TOPONYM_HEADS = ARABIC_NAME_HEADS - {"abu", "umm", "sheikh", "shaykh"}  # a hill, a village, a valley...: 'Tal Rifaat' is no man, 'Abu Salim' may be one


WATERS_AND_LANDS = frozenset({"landmark", "river", "country", "continent"})


COMMON_NOUNS = frozenset(
    """
    street road avenue drive lane boulevard highway route square court hall center centre station airport
    police union state valley city town village county park church school college university hospital
    officer sergeant detective deputy lieutenant captain sheriff trooper judge chief colonel major corporal
    agent senator representative congressman councilman commissioner superintendent principal coach pastor
    reverend king queen prince princess pope bishop line
    """.split()
)  # alone, 'Street', 'Police' or 'Officer' is a word, not the town of Street, Somerset; 'Line' (of Control) is no Lin’e


DIVISION_WORDS = frozenset({"county", "parish", "township", "borough", "oblast", "raion", "province"})
DIVISIONS_BY_PLURAL = {"counties": "County", "parishes": "Parish", "townships": "Township", "boroughs": "Borough"}  # 'Clarke and Oconee counties'
NAMED_DIVISION_NOUNS = frozenset({"County", "Parish"})  # 'DeKalb County' named once, then 'DeKalb' alone
DISTRICT_NOUNS = frozenset({"lga", "district", "subdistrict", "county", "township", "municipality", "upazila", "raion", "woreda"})  # 'Mariga LGA (Niger)'


WORD_ABBREVIATIONS = frozenset("ill mass wash man miss mo ind del ore cal me col la pa penn tex".split())


NUMBERED_NAME = re.compile(r"(\w[\w' -]*\w)-\d{1,2}")  # 'Zolote-4', a settlement's numbered mine or quarter


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # 'U.S.', 'U.K.', 'L.A.'


LIST_JOINT = re.compile(r"\s*(,\s*(and\s+|or\s+)?|\s(and|or)\s+)")


ROMANISED_COUNTRIES = frozenset({"UA", "RU", "BY"})  # names spelt many ways from Cyrillic


FEATURE_PREFIXES = frozenset({"lake", "mount", "greater", "port", "fort", "cape", "new", "old", "great", "little", "big"})


COMMON_WORD_TAGS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX", "PRON", "DET", "ADP"})


NAME_CONNECTORS = frozenset({"of", "and", "the", "&", "y"})  # "y": Spanish names, "Castilla y Leon"


NAME_PARTICLES = frozenset({"von", "van", "der", "den", "al", "bin", "ibn", "da", "di", "du", "le"})  # lowercase, inside surnames


PLACE_NAME_PARTICLES = frozenset(
    """al el ez es ed ad ash as an ar at az adh bin bani ibn abu de del della des da do dos das di du la le les los las
    van von der den sub sur am on upon au aux en sous""".split()
)  # lowercase inside a place's name: 'Deir ez-Zor', 'Dar es Salaam', 'Playa del Carmen', 'Southend-on-Sea', 'Port-au-Prince'


NAME_CONTINUING_PARTICLES = frozenset("al el ez es ed ad ash az adh bin bani ibn".split())


# after a word and before a capitalised one, an Arabic name goes on ('Wadi al-Rabi'); not English words ('as', 'an'), nor
# Spanish ones, whose head is often the short name of the same town ('San Martin Texmelucan [de Labastida]')
ARABIC_ARTICLES = frozenset("al el ar as ad an ash az at ed es ez adh".split())  # may open a name: 'al-Bukamal', 'el Hermel'


SPACED_OPENING_ARTICLES = frozenset({"al", "el"})  # the others open a name only hyphenated ('as-Suwayda', not 'as Syria')


HYPHENS = frozenset({"-", "‐"})


RAION_CUES = frozenset({"raion", "rayon", "district", "raions", "districts"})


LOCATIVE_CUES = frozenset({"in", "near", "at", "from", "to", "of", "outside", "around", "towards", "toward", "into", "across"})


PLACE_NOUNS = frozenset({"town", "city", "village", "villages", "towns", "cities", "settlement", "outskirts", "region", "oblast"})


LANDMARK_NOUNS = frozenset({"river", "lake", "sea", "bridge", "dam", "reservoir", "canal", "bay", "strait", "island", "spit"})


# Currencies named after their country ('US dollar', 'Hong Kong dollars', 'the Turkish lira'): the
# country's money, not a place or a people. Not 'pound', 'real' nor 'won' ('Russia pounds Kharkiv',
# 'Miami real estate', 'South Korea won').
CURRENCY_WORDS = frozenset(
    "dollar dollars euro euros lira liras lire rouble roubles ruble rubles hryvnia hryvnias rial rials riyal riyals "
    "dinar dinars dirham dirhams rupee rupees peso pesos naira shilling shillings franc francs yen yuan renminbi "
    "kwacha cedi cedis birr kyat taka rupiah ringgit baht zloty forint leu lari manat tenge bolivar bolivars".split()
)
# Seats of government the news names for the government: speakers, not places ('the White House
# said'); the gazetteer has towns of these names (White House, Tennessee; Whitehall, Ohio).
GOVERNMENT_SEATS = frozenset({"white house", "whitehall", "elysee", "élysée"})
THING_WORDS = frozenset({"cocktail", "cocktails"})  # 'Molotov cocktails': a thing named after someone, not Perm (once Molotov)
# An institution or a public space named after a place or a person, written before the town it
# stands in: 'Pomona high school in Arvada', 'Texas Southern University in Houston', 'Harvey Milk
# Park in Long Beach', 'San Maurizio square in Venezia' (the town after 'in' is where it is).
INSTITUTION_NOUNS = frozenset(
    {
        "school",
        "university",
        "college",
        "academy",
        "hospital",
        "clinic",
        "church",
        "mosque",
        "temple",
        "stadium",
        "prison",
        "factory",
        "mall",
        "park",
        "square",
        "cemetery",
        "plaza",
        "roundabout",
    }
)
# Words that open the name of a quarter of a Spanish-speaking town ('Colonia Montellano', 'Barrio
# San Antonio'): the word alone is no town (Colonia, Uruguay).
QUARTER_WORDS = frozenset({"colonia", "barrio", "fraccionamiento", "vereda", "calle", "avenida"})
INSTITUTION_QUALIFIERS = frozenset({"high", "middle", "elementary", "primary", "secondary", "state", "southern", "northern", "central", "general", "memorial"})
# Armed units named after a place: 'the Azov battalion', 'the Kholodnyi Yar brigade' are actors, not
# where anything happened ('division' is left out: 'Dhaka division' is a province of Bangladesh).
UNIT_WORDS = frozenset({"battalion", "battalions", "regiment", "regiments", "brigade", "brigades", "legion", "squadron"})
# Words that make a name spaCy calls a person a body's ('the Luhansk People's Republic', 'the
# Donetsk National Council'): its words stay free to name the town.
BODY_NAME_WORDS = frozenset(
    {
        "republic",
        "people",
        "people's",
        "peoples",
        "council",
        "party",
        "army",
        "front",
        "union",
        "movement",
        "committee",
        "ministry",
        "government",
        "assembly",
        "federation",
    }
)
# The second word of a publication named after its city: 'The New York Times', 'the Kyiv Independent'
PUBLICATION_WORDS = frozenset({"times", "post", "independent", "herald", "tribune", "journal", "gazette", "telegraph", "chronicle", "examiner", "courier"})


DONBAS_REGIONS = ("Donetsk region", "Luhansk region")


COUNTRY_OF_ADMINISTRATIVE_WORD = {  # the words of one country's own administrative divisions: 'Mariga LGA (Niger)' is Nigeria's Niger state
    "lga": "NG",
    "woreda": "ET",
    "kebele": "ET",
    "upazila": "BD",
    "barangay": "PH",
    "groupement": "CD",
    "chefferie": "CD",
    "vereda": "CO",
    "taluk": "IN",
    "taluka": "IN",
    "mandal": "IN",
    "kabupaten": "ID",
    "kecamatan": "ID",
    "regency": "ID",
    "tambon": "TH",
    "amphoe": "TH",
    "voivodeship": "PL",
    "dzongkhag": "BT",
    "gewog": "BT",
    "hromada": "UA",
}
COUNTRY_OF_ADMINISTRATIVE_PHRASE = re.compile(
    r"\b(?P<NP>(?i:rural municipality|village development committee))\b|\b(?P<LK>(?i:divisional secretariat|grama niladhari))\b"
    r"|\b[A-Z][a-z]+-(?P<KR>myeon|eup|dong|ri)\b"
)  # several words, or the ending of a Korean township or village ('Okseo-myeon', 'Seonyeon-ri'): the group's name is the country
AREAS_NAMED_BY = (("OSCE SMM", DONBAS_REGIONS), ("Special Monitoring Mission", DONBAS_REGIONS))


# (words, regions): the OSCE's monitors in Ukraine counted the ceasefire's breaches in Donbas
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "governor", "general", "spokesman", "mayor", "chancellor", "leader"})


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


PLACE_NOUNS_AFTER = (
    REGION_CUES
    | RAION_CUES
    | frozenset(
        """city town village villages subdistrict subdivision governorate municipality state township countryside prefecture
    commune locality lga upazila tehsil""".split()
    )
)  # 'Diwaniya city', 'Majzar district': the word after a name that says it is a place; not 'area' or 'neighborhood',


# whose names are a town's parts, which the gazetteer knows only as towns elsewhere
PLACE_NOUNS_BEFORE = frozenset(
    {"city", "town", "village", "district", "governorate", "province", "outskirts", "countryside", "control"}
)  # 'the city of Idleb'; 'regained control of Rutshuru' (held by ground, not by a person)


PART_OF_TOWN_WORDS = frozenset(
    {"downtown", "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west"}
)  # between a locating word and the town: 'in downtown Malchow', 'in central Joensuu'
LOCATING_PREPOSITIONS = frozenset(
    {"in", "near", "outside", "around", "through", "within"}
)  # not 'at' or 'from', said of companies too; 'marched through Norwich'
# People and parts of a place: 'residents of Luanda', 'the streets of Minsk', 'the beach of Knokke-Heist' ('of' alone is said of anything)
DWELLER_NOUNS = frozenset(
    {"residents", "inhabitants", "citizens", "people", "population", "streets", "mayor", "suburbs", "beach", "coast", "seafront", "port", "harbour", "harbor"}
)


QUALIFIER_NOUNS = frozenset(
    "city town village district subdistrict subdivision municipality governorate province state locality lga upazila"
    " township commune county department sector area center centre".split()
)  # may stand between a name and its qualifier, two at most: 'Rawalpindi city (Rawalpindi, Punjab)', 'Ahmadabad district, Paktia', 'Harib district center (Marib)'


PLACE_PART_NOUNS = frozenset({"area", "neighborhood", "neighbourhood", "street", "road", "market", "square", "quarter"})


# 'Moscow-annexed Crimea', 'Kremlin-backed separatists': a name before these says who holds or backs.
SIDE_PARTICIPLES = frozenset(
    {"annexed", "occupied", "controlled", "held", "backed", "installed", "appointed", "aligned", "allied", "led", "supported", "friendly", "leaning"}
)

NOT_PLACE_WORDS = frozenset(
    """
    russian ukrainian western eastern southern northern european american british german french turkish human
    president minister general governor mayor spokesman spokeswoman commander chief head secretary chancellor
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december today yesterday tonight east west south north
    ramadan easter christmas eid diwali hanukkah passover nowruz muharram ashura
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    the a an this that these those there here it its he she they we i you his her their our
    army forces troops military ministry defence defense kremlin nato un eu telegram
    mr mrs ms dr sir lord lady saint st
    """.split()
)


RARE_NAME_ZIPF = 2.0  # wordfreq's Zipf frequency below which a one-word name is no common first name ('Mohamed' 3.6; 'Rutshuru', 'Boulkessi' below 1)
GROUND_VERBS = frozenset({"capture", "seize", "overrun", "retake", "recapture", "liberate", "occupy", "shell", "bomb", "storm"})  # take or strike a place
SETTING_NOUNS = frozenset(
    {"street", "protest", "rally", "march", "demonstration", "vigil", "sit-in", "strike", "gathering", "walk", "procession", "picket"}
)  # 'took to the streets in Brake', 'held a rally in Sevran', 'gathered for a walk in Viechtach'
