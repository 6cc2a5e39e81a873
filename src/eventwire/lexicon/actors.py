"""The words of actors: roles, titles and the words that join or follow a name.

Part of the lexicon (``eventwire.lexicon``): every word list and pattern the rules read.
"""

from __future__ import annotations

import re

# -- read by actors --


STATE_ROLES = frozenset({"military", "police", "government"})


ARMED_ROLES = frozenset({"military", "police", "group", "unidentified", "tribal militia", "clan militia"})


ROLE_TITLES = {"military": "Military Forces", "police": "Police Forces", "government": "Government"}


TOKEN = re.compile(r"\w+")


COUNTRY_SUFFIX = re.compile(r"\s+\((?!\d{4}-)[^)]*\)$")  # 'Islamic State (Syria)'; not a period, 'Military Forces of Artsakh (2007-)'


FUNCTION_WORDS = frozenset(
    {
        "and",
        "or",
        "but",
        "of",
        "the",
        "a",
        "an",
        "in",
        "at",
        "on",
        "to",
        "for",
        "from",
        "with",
        "by",
        "said",
        "says",
        "say",
        "were",
        "was",
        "is",
        "are",
        "had",
        "has",
        "have",
        "that",
        "which",
        "who",
        "as",
        "than",
    }
)


MEMBER_WORDS = frozenset(
    {
        "militants",
        "fighters",
        "rebels",
        "forces",
        "insurgents",
        "jihadists",
        "members",
        "gunmen",
        "militia",
        "militiamen",
        "troops",
        "group",
        "snipers",
        "bombers",
        "commanders",
        "elements",
        "militant",
        "fighter",
        "rebel",
        "member",
        "gunman",
        "sniper",
        "bomber",
        "commander",
    }
)


# Words that make a people's name that of its militia ('Fulani herdsmen attacked', 'Mayi Mayi
# elements killed', 'Karamajong pastoralists shot'): ACLED's '<People> Ethnic Militia', '<Area>
# Communal Militia', 'Mayi Mayi Militia'. The people's name alone is not the militia ('Fulani civilians').
# Not 'gunmen' nor 'assailants': 'Katsina gunmen' are bandits in Katsina, not its communal militia.
ARMED_KIN_WORDS = frozenset("militia militias militiaman militiamen militants elements fighters herders herdsmen pastoralists raiders warriors".split())
MILITIA_OF_A_PEOPLE = re.compile(r"^(?P<people>.+?) (?:(?:ethnic|communal|clan|tribal) )?militia$", re.IGNORECASE)
# Militias named by a kind, not a people ('Islamist Militia (Mozambique)', 'Tribal Militia (India)'):
# 'Islamist militants' elsewhere are not these; nor are the Donbas republics' 'People's Militia'.
NOT_A_PEOPLE = frozenset({"islamist", "tribal", "indigenous", "general caste", "donbass people s", "luhansk people s"})


# -- read by events.agents: the crowd an event is done by, the people it is done to --

# Words that count people, before 'of' and the people counted ('a group of Israeli settlers', 'a total of 28 migrants').
COUNTED_HEADS = frozenset({"group", "groups", "dozens", "hundreds", "thousands", "scores", "number", "band", "total"})
# Heads of a crowd of no one nation ('people, including Ukrainians', 'members of the Ukrainian community').
MIXED_CROWD_HEADS = frozenset({"people", "persons", "community", "communities", "members", "diaspora", "crowd", "supporters"})
MIGRANT_WORDS = frozenset({"migrants", "migrant", "refugees", "refugee", "immigrants", "seekers"})  # 'asylum seekers'


MINISTRY_OF_DEFENCE = re.compile(r"\b(defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|armed\s+forces|military)\b", re.IGNORECASE)


# -- the war in Ukraine: its own actors, whose ACLED names are fixed (read by actors) --

UKRAINIAN_WORDS = r"(ukrainian|ukraine['’]s|kyiv['’]s|kiev['’]s)"
RUSSIAN_WORDS = r"(russian|russia['’]s|moscow['’]s|kremlin['’]s|putin['’]s|pro-russian|pro-moscow)"
FORCE_WORDS = r"(armed\s+forces|forces|troops|army|military|soldiers?|units|servicem[ae]n|defenders|artillery|brigades?|navy|air\s+force|marines|paratroopers|special\s+forces|fighters|gunners|jets|warplanes|aircraft|drones?|gunships?)"
POLICE_WORDS = r"(police(\s+officers?)?|policemen|gendarmes?|gendarmerie)"
WEAPON_WORDS = r"(missiles?|rockets?|strikes?|attacks?|shelling|bombardment|aircraft|jets|warplanes|drones?|shells)"


# the phrases that name each of the war's actors, keyed by the actor (actors.WAR_PATTERNS binds them)
WAR_ACTOR_PATTERNS: dict[str, str] = {
    "ukraine_national_guard": rf"\b{UKRAINIAN_WORDS}\s+national\s+guard\b|\bnational\s+guard\s+of\s+ukraine\b",
    "russia_national_guard": r"\b(russian|russia['’]s)\s+national\s+guard\b|\bnational\s+guard\s+of\s+russia\b|\brosgvardia\b",
    "novorossiya": r"\b(separatists?|separatist\s+forces|dpr\s+forces|lpr\s+forces|donetsk\s+people['’]s\s+republic\s+forces)\b",
    "ukraine_police": rf"\b{UKRAINIAN_WORDS}\s+police\b|\bnational\s+police\s+of\s+ukraine\b|\bsbu\b|\bsecurity\s+service\s+of\s+ukraine\b",
    "russia_police": r"\b(russian\s+|russia['’]s\s+)?(fsb|federal\s+security\s+service)(\s+security\s+service)?\b",
    "ukraine_military": rf"\b{UKRAINIAN_WORDS}\s+(\w+\s+)?{FORCE_WORDS}\b|\barmed\s+forces\s+of\s+ukraine\b|\b{UKRAINIAN_WORDS}\s+{WEAPON_WORDS}\b|\bzsu\b",
    "russia_military": rf"\b{RUSSIAN_WORDS}\s+([\w-]+\s+)?{FORCE_WORDS}\b|\b{RUSSIAN_WORDS}\s+([\w-]+\s+)?{WEAPON_WORDS}\b|\b(the\s+)?(invaders|occupiers|occupation\s+forces)\b|\brussian\s+army\b",
}


# the phrases that name an actor of wherever the event happens (actors.HERE_PATTERNS)
HERE_ACTOR_PATTERNS: dict[str, str] = {
    "tribal_militia_here": r"\b((unidentified|unknown)\s+)?tribal\s+(militias?|militants?|groups?|gunmen|fighters|militiamen)\b|\b((unidentified|unknown)\s+)?tribesmen\b",
    "clan_militia_here": r"\b((unidentified|unknown|rival)\s+)?clan\s+(militias?|militiamen|militants?|fighters|gunmen)\b|\b(militias?|militiamen|gunmen)\s+(from|of)\s+rival\s+clans\b|\brival\s+clans\b|\binter-?clan\b|\bclan-based\b",
    "gunmen_here": r"\b((unidentified|unknown|masked)\s+)?(gunm[ae]n|armed\s+men|assailants?|attackers?|militants|militiamen|insurgents|rebels|bandits|jihadists|islamists|extremists|terrorists|raiders|paramilitar(y|ies))\b"
    r"|\b(rebel|jihadist|islamist)\s+(fighters|forces|groups?|militants)\b|\b(unidentified|unknown|masked)\s+(men|persons?|individuals?|people|shooters?|snipers?|armed\s+groups?|groups?|motorcyclists?)\b|\b(an|suspected|presumed|unnamed)\s+armed\s+group\b|\barmed\s+groups\b|\barmed\s+(individuals|persons|suspects|assailants|youths?|villagers|herders|civilians)\b"
    r"|\b((suspected|alleged|presumed)\s+)?(gang\s+(members?|leaders?)|gangsters?|drug\s+(traffickers?|dealers?)|cartel\s+(members?|gunmen|hitm[ae]n)|hitm[ae]n)\b"
    r"|\b(rival\s+)?(drug[- ]trafficking|criminal)\s+(groups?|gangs?|organi[sz]ations?|factions?|suspects?|leaders?)\b|\brival\s+gangs?\b"
    r"|\b(members?|leaders?)\s+of\s+(a|an|the)\s+(rival\s+|local\s+|criminal\s+)?([\w-]+\s+){0,3}?(gang|cartel|criminal\s+(group|gang|organi[sz]ation)|organi[sz]ed\s+crime\s+group|drug\s+cartel)\b",
    "state_police": rf"\b(the\s+)?{POLICE_WORDS}\b|\bsecurity\s+officers\b|\bpolice(wo)?man\b|\bpolicewomen\b",
    "state_military": r"\b(security\s+(forces|personnel|operatives)|(the\s+)?(junta|military\s+council)(\s*'s)?\s+(forces|troops|soldiers)|(government|governmental|federal)\s+(forces|troops|soldiers|positions)|regime\s+forces|military\s+forces|(military|army)\s+personnel|army\s+forces|soldiers?|troops|the\s+army|the\s+military|armed\s+forces|servicem[ae]n|army\s+troops|air\s+force|(\d+(st|nd|rd|th)\s+)?(division|battalion|regiment|brigade)|border\s+guards?)\b",
    "civilians_here": r"\b(civilians?|residents|inhabitants|citizens?|labou?rers?|businesswom[ae]n|drug\s+suspects?|locals|villagers|children|families|passers-by|people|worshippers|mourners|congregants|bystanders|onlookers|wedding\s+guests|farmers|students|journalists?|reporters?|drivers?|traders?|shopkeepers?|workers?|activists?|supporters|youths|women|men|man|woman|boys?|girls?|teachers?|pupils|patients|refugees?|migrants?|pilgrims|herders|shepherds|fishermen|vendors|motorists|commuters|passengers|worshipers|miners|doctors|nurses|lawyers?|priests?|pastors?|imams?|businessm[ae]n|village\s+chiefs?|elders?|community\s+members|cadres\s+of|party\s+cadres|members\s+of\s+(the\s+)?(\w+\s+){0,4}?communit(y|ies)|hooligans|(football\s+)?fans)\b",
    "protesters_here": r"\b(protesters|protestors|demonstrators|marchers|strikers)\b",
    "rioters_here": r"\b(rioters|mobs?)\b",
}


# the words that name a state force or a government by its role ("troops", "riot police", "the foreign ministry")
ROLE_PHRASES: dict[str, tuple[str, ...]] = {
    "military": (
        "armed forces",
        "military forces",
        "security forces",
        "special forces",
        "air force",
        "government forces",
        "government troops",
        "forces",
        "troops",
        "army",
        "military",
        "soldiers",
        "soldier",
        "serviceman",
        "units",
        "servicemen",
        "defenders",
        "artillery",
        "brigade",
        "brigades",
        "navy",
        "marines",
        "paratroopers",
        "fighters",
        "gunners",
        "jets",
        "warplanes",
        "aircraft",
        "drone",
        "drones",
        "gunship",
        "gunships",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "airstrike",
        "airstrikes",
        "air strikes",
        "strikes",
        "shelling",
        "warships",
        "mortar",
        "mortars",
        "fire",
        "border guards",
        "border guard",
        "guards",
        "sabotage group",
        "sabotage groups",
        "saboteurs",
        "commandos",
        "helicopters",
        "helicopter",
        "tanks",
        "air defences",
        "air defenses",
        "air defence",
        "air defense",
        "defence ministry",
        "defense ministry",
        "ministry of defence",
        "ministry of defense",
    ),
    "police": (
        "police",
        "police forces",  # 'Israeli police forces': not the 'forces' of the military
        "police force",
        "police officers",
        "police officer",
        "policeman",
        "policemen",
        "gendarme",
        "gendarmes",
        "gendarmerie",
        "riot police",
        "security officers",
        "security service",
        "fsb",
        "sbu",
        "interior ministry troops",
    ),
    "government": (
        "government",
        "authorities",
        "president",
        "prime minister",
        "foreign minister",
        "foreign ministry",
        "defence minister",
        "defense minister",
        "leader",
        "leaders",
        "officials",
        "cabinet",
        "presidency",
        "embassy",
        "diplomats",
        "ambassador",
        "treasury",
        "state department",
        "foreign office",
        "ministry",
        "secretary of state",
        "chancellor",
        "envoy",
        "special envoy",
        "negotiators",
        "delegation",
        "parliament",
        "lawmakers",
    ),
}


BRANCHES_ANY_STATE_HAS = frozenset({"Federal Police", "Military Police", "Civil Police"})  # not 'Supreme Political Council', the Houthis
