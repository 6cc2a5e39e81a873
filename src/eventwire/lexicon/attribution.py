"""Attribution's words: reporting verbs and cues, hedges, denials, and the patterns that name a speaker's party and side.

Part of the lexicon (``eventwire.lexicon``): every word list and pattern the rules read.
"""

from __future__ import annotations

import re

from .events import REPORTING_LEMMAS

# -- read by attribution --


# Reporting verbs that introduce a speaker's claim: the plain ones events know too
# (``events.REPORTING_LEMMAS``), and the verbs of posting, insisting and denying.
REPORTING_CUE_LEMMAS = REPORTING_LEMMAS | frozenset(
    """deny tweet post assure insist allege declare publish show accuse warn stress remark reiterate reject dismiss refute share""".split()
)


DENIAL_LEMMAS = frozenset({"deny", "reject", "dismiss", "refute"})


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


HEDGE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "unverified",
            r"\b(could|can|has|have|was|were|is|are)\s*(not|n['’]t)\s+(been\s+able\s+to\s+|be\s+)?((immediately|independently)\s+)*(verif|confirm)\w*|\bunable\s+to\s+((immediately|independently)\s+)?(verify|confirm)\b|\bnot\s+(been\s+)?(immediately\s+|independently\s+)(verified|confirmed)\b",
        ),
        ("unconfirmed", r"\bunconfirmed\b"),
        ("appears", r"\b(appears?|appeared|apparently|seems?|seemed)\b"),
        ("reportedly", r"\breportedly\b|\ballegedly\b"),
        ("claims", r"\bclaim(s|ed)?\b"),
        ("probably", r"\b(probably|likely|possibly)\b"),
    )
)


HEDGE_CUES: dict[str, tuple[str, ...]] = {  # a hedge's pattern cannot match a text whose lower case holds none of its words
    "unverified": ("verif", "confirm"),
    "unconfirmed": ("unconfirmed",),
    "appears": ("appear", "apparently", "seem"),
    "reportedly": ("reportedly", "allegedly"),
    "claims": ("claim",),
    "probably": ("probably", "likely", "possibly"),
}


TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?P<speaker>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,6}?)\s+(?P<cue>said|says|told|reported|announced|claimed|confirmed|stated)\b[^,]{0,40}(?:,|\.|$)"
)


DENIAL_PHRASE = re.compile(r"\b(denied|denies|deny|rejected|dismissed|refuted|it\s+is\s+a\s+lie|fake\s+news|false\s+claims?)\b", re.IGNORECASE)


# The words that name a speaker's party, earliest first in the speaker's phrase wins. The
# public figures of each party are added from data/people.csv (``attribution.party_patterns``).
PARTY_CUES: tuple[tuple[str, str], ...] = (
    (
        "russian_installed",
        r"russian-installed|russia-installed|russian-backed|pro-russian\s+(official|authorit|administration)|separatist|\bdpr\b|\blpr\b",
    ),
    (
        "pro_russian_media",
        r"pro-russian?\b|pro-kremlin|military\s+blogger|ria\s+novosti|\btass\b|state\s+media|russian\s+(state\s+)?(media|television|tv|telegram)|military\s+informant",
    ),
    ("social_media", r"telegram|blogger|netizen|social\s+media|twitter|video|channels?"),
    ("russian_government", r"\brussia|\bkremlin|\bmoscow"),
    (
        "ukrainian_government",
        r"ukrain|\bkyiv|\bkiev|general\s+staff|governor|regional\s+(military\s+)?administration|presidency|mayor|head\s+of\s+the\s+\w+\s+region|emergency\s+service",
    ),
    (
        "international_org",
        r"\bnato\b|united\s+nations|\bun\b|\biaea\b|european\s+union|\beu\b|\bosce\b|red\s+cross|amnesty|human\s+rights\s+watch",
    ),
    (
        "other_government",
        r"british|britain|\buk\b|\bus\b|u\.s\.|american|white\s+house|pentagon|german|french|turkish|ministry\s+of\s+defen[cs]e|intelligence",
    ),
    ("analyst", r"analyst|think-?\s?tank|institute|\bisw\b|expert|university|researcher"),
    (
        "media",
        r"\bbbc\b|reuters|\bafp\b|associated\s+press|\bap\b|guardian|times|journalist|correspondent|outlet|newspaper|al\s+jazeera|\bcnn\b|news|reporter|agency|\bmedia\b|independent|\bpost\b|gazette|herald|tribune|pravda",
    ),
    ("anonymous", r"\bsources?\b|\bofficials?\b|\bdiplomats?\b"),
)


NATIONALITY_WORD = re.compile(r"\b(ukrainian|russian|pro-russian|pro-kremlin|pro-ukrainian|british|american|german|french|western)\b", re.IGNORECASE)


INDEPENDENT_VOICES = frozenset({"media", "social_media", "pro_russian_media", "analyst"})


GOVERNMENT_PARTIES = frozenset({"ukrainian_government", "russian_government", "russian_installed", "other_government"})


NATIONAL_PARTIES = frozenset({"media", "social_media", "anonymous"})


SIDE_BY_NATIONALITY = (
    ("russia", re.compile(r"\b(russian|pro-russian|pro-kremlin|kremlin)\b", re.IGNORECASE)),
    ("ukraine", re.compile(r"\b(ukrainian|pro-ukrainian|kyiv)\b", re.IGNORECASE)),
)


BASED_IN = re.compile(r"\b[\w.]+-based\b", re.IGNORECASE)  # 'US-based thinktank' is a think-tank, not the US


SIDE_OF_PARTY = {
    "ukrainian_government": "ukraine",
    "russian_government": "russia",
    "russian_installed": "russia",
    "pro_russian_media": "russia",
}


CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "for", "against", "over"})


TOPIC_CUES = frozenset({"talk", "speak", "comment", "complain", "write", "warn", "worry", "joke", "caution", "ask", "call"})


ATTRIBUTION_CUES = REPORTING_CUE_LEMMAS | frozenset(
    """believe think argue explain suggest ask learn call describe predict point continue recall agree
    expect fear hope know feel estimate find indicate reveal testify urge promise vow propose recommend
    complain contend maintain concede observe emphasize emphasise claim say add cite mention question
    respond blast demand defend discuss encourage charge criticize criticise slam praise want plan reply
    counter talk speak comment attack see offer echo identify chant support endorse pledge consider
    reference refuse decline understand joke caution worry decry tout rail wonder express lament rebut
    list condemn conclude mock voice denounce blame outline repeat envision assert invoke boast promote
    quote apologize knock disclose portray thank compare email unveil imply realize plead prefer disavow
    hint refer signal remember remind deem congratulate seek like advocate coin doubt project answer
    issue release rule oppose challenge threaten request highlight underscore recognize order name aim
    press resist welcome share back accept push present decide nominate favor view read""".split()
)  # the verbs that attribute words or beliefs to someone, wider than the reporting verbs of claims


QUOTATION_MARKS = re.compile(r"“|”|\"|''")


BELIEF_CUES = frozenset({"think", "know", "want", "believe", "feel", "hope", "expect", "fear", "see"})


LEAD_IN_ENDS = frozenset({"—", "–", "―", "--"})  # 'WASHINGTON (AP) — Donald Trump said...'
