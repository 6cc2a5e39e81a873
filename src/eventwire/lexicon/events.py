"""The words events turn on: triggers by kind, and the words around them that change what they mean.

``TRIGGERS`` maps a lemma to the kind of event it can name ("recapture" regains ground,
"shell" is remote violence, "arrest" an arrest); ``POLITICAL_TRIGGERS`` maps the lemmas
of political interactions ACLED does not code to their PLOVER type. The sections after
them hold the words each part of the events stage reads (``events.triggers``,
``events.places``, ``events.mentions``) and the merge (``merge``).

Part of the lexicon (``eventwire.lexicon``): every word list and pattern the rules read.
"""

from __future__ import annotations

import re

from .places import ARABIC_ARTICLES

TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        [
            "recapture",
            "retake",
            "liberate",
            "reclaim",
            "regain",
            "reconquer",
            "reconquest",
            "liberation",
            "recapturing",
            "retaking",
            "reoccupy",
            "reseize",
            "reenter",
        ]
        + ["restore", "reestablish", "reassert"],  # only control restored (``triggers``)
        "regain",
    ),
    **dict.fromkeys(["capture", "seize", "occupy", "overrun", "enter", "take", "control", "gain", "wrest", "assume", "overtake"], "capture"),
    **dict.fromkeys(["hoist", "raise", "plant"], "capture"),  # only a flag raised over a place (``triggers``): 'raised the national flag over Snihurivka'
    "claim": "capture",  # only control claimed: 'claimed full control of Bakhmut' (``triggers``)
    **dict.fromkeys(
        ["fall", "come", "drive", "dislodge", "clear", "chase", "advance", "move", "flush"], "capture"
    ),  # 'fell to the rebels', 'drove the rebels out of Runyoni'
    **dict.fromkeys(["withdraw", "withdrawal", "retreat", "flee", "pullback", "leave", "pull", "abandon", "displace"], "withdraw"),
    **dict.fromkeys(
        [
            "clash",
            "fight",
            "fighting",
            "battle",
            "repel",
            "repulse",
            "ambush",
            "storm",
            "assault",
            "skirmish",
            "firefight",
            "push",
            "confrontation",
            "offensive",
        ],
        "clash",
    ),
    **dict.fromkeys(
        ["shell", "shelling", "bombard", "bombardment", "pound", "strike", "airstrike", "hit", "bomb", "bombing", "salvo", "attack", "projectile", "strafe"],
        "remote",
    ),
    **dict.fromkeys(
        ["crash", "slam", "smash", "land", "rain", "launch"], "remote"
    ),  # 'launch' only weapons ('launched a ballistic missile at a vessel', ``triggers``)  # only what is fired ('missiles crashed into the building', ``triggers``)
    **dict.fromkeys(["explosion", "blast", "explode", "detonate", "grenade", "explosive", "ied", "landmine"], "explosion"),
    **dict.fromkeys(["blow"], "explosion"),
    **dict.fromkeys(["artefact", "artifact"], "explosion"),  # only 'an explosive artefact' (``triggers``)
    **dict.fromkeys(["dissolution", "fusion", "formation"], "change"),
    **dict.fromkeys(
        ["demobilise", "demobilize"], "change"
    ),  # only fighters demobilised (``triggers``)  # only a group's own (``triggers``)  # only 'blew up', 'blew herself up' (``triggers``)
    **dict.fromkeys(["kill", "execute", "murder", "massacre", "torture", "die", "assassinate", "assassination", "gun"], "kill"),  # 'gunned down' (``triggers``)
    **dict.fromkeys(["abduct", "kidnap", "deport", "abduction", "kidnapping", "hostage", "snatch"], "abduct"),
    **dict.fromkeys(["make"], "abduct"),  # only people 'made off with' (``triggers``; people 'carried off' are taken in ``coding``)
    **dict.fromkeys(["rape"], "rape"),
    **dict.fromkeys(
        ["arrest", "detain", "detention", "remand", "round", "pick", "apprehend", "warrant"], "arrest"
    ),  # 'picked up' people (``triggers``)  # 'round' only 'rounded up' people (``triggers``)
    **dict.fromkeys(["grave", "exhume", "exhumation"], "grave"),
    **dict.fromkeys(["intercept", "down"], "shootdown"),
    **dict.fromkeys(["loot", "plunder", "pillage", "extort", "rustle"], "loot"),
    **dict.fromkeys(["ceasefire", "truce", "swap", "surrender", "pact", "pause"], "agreement"),  # ACLED: surrenders are agreements
    **dict.fromkeys(["protest", "rally", "demonstrate", "demonstration"], "protest"),
    **dict.fromkeys(["riot"], "riot"),
    **dict.fromkeys(
        [
            "protester",
            "demonstrator",
            "marcher",
            "gathering",
            "sit-in",
            "sit",
            "march",
            "picket",
            "blockade",
            "block",
            "obstruct",
            "barricade",
            "disperse",
            "gather",
            "close",
            "shut",
            "mob",
        ],
        "protest",
    ),  # 'close', 'shut': a road or a building, to demand something; 'mob': a flash mob (``triggers``)
    **dict.fromkeys(
        [
            "shoot",
            "shot",
            "shooting",
            "gunfire",
            "fire",
            "shootout",
            "shoot-out",
            "gunfight",
            "gunbattle",
            "stab",
            "stabbing",
            "ram",
            "beat",
            "club",  # 'officers clubbed demonstrators'
            "baton-charge",  # 'police baton-charged protesting teachers' (``MISREAD_VERB_NORMS``)
            "lathi-charge",
            "cane-charge",
            "lynch",
            "stone",
            "injure",
            "wound",
            "raid",
            "hack",
            "body",
            "find",
            "target",
            "behead",
            "destroy",
            "demolish",
            "raze",
            "bulldoze",
        ],
        "violence",
    ),
    **dict.fromkeys(
        ["burn", "torch", "vandalise", "vandalize", "ransack", "arson", "steal", "rob", "robbery", "set", "collect"], "loot"
    ),  # 'collect': by force (``triggers``)
    **dict.fromkeys(
        ["defuse", "dismantle", "diffuse", "recover", "confiscate", "deactivate", "thwart", "foil", "neutralise", "neutralize"], "shootdown"
    ),  # 'thwart', 'foil': an attack or bombing (``triggers``)
    **dict.fromkeys(["install", "build"], "base"),  # only a base installed ('installed their headquarters in the customs building', ``triggers``)
    **dict.fromkeys(
        [
            "reinforcement",
            "deploy",
            "deployment",
            "redeploy",
            "relocate",
            "patrol",
            "fortification",
            "fortify",
            "lockdown",
            "curfew",
            "defect",
            "release",
            "free",
            "depose",
            "overthrow",
            "oust",
            "topple",
            "coup",
            "putsch",
        ],
        "group",
    ),  # 'depose': only a head of state, in a coup (``triggers``)
    **dict.fromkeys(["procession", "motorcade", "chain", "vigil"], "protest"),
    **dict.fromkeys(["assemble", "congregate", "converge"], "protest"),  # only to protest, like 'gather' (``triggers``)
    **dict.fromkeys(["hang", "unfurl", "display", "hold", "wave", "carry"], "protest"),  # only banners or placards (``triggers``)
    **dict.fromkeys(["shout", "chant"], "protest"),  # only slogans (``triggers``)
    **dict.fromkeys(["conference"], "protest"),  # only a press conference held with banners or placards (``triggers``)
    **dict.fromkeys(["head", "operation"], "violence"),
    **dict.fromkeys(["drop", "use"], "remote"),  # only with a weapon: 'dropped barrel bombs', 'used chlorine gas' (triggers.py)
    **dict.fromkeys(["turn", "convert"], "base"),  # only into a base: 'turned a school into a headquarters' (``triggers``)
    **dict.fromkeys(["establish", "open", "inaugurate"], "base"),  # only with a base: 'set up a base', 'established a headquarters'
    **dict.fromkeys(["pitch"], "base"),  # only armed men pitching a camp (``triggers``)
    **dict.fromkeys(
        ["merge", "merger", "disband", "dissolve", "allegiance", "rename", "split", "break", "reunification", "reunify", "reunite", "alliance"], "change"
    ),  # 'split': into factions only; 'break' away (``triggers``)
    **dict.fromkeys(["change"], "change"),  # only a group's name changed (``triggers``)
    **dict.fromkeys(["appoint", "name", "elect", "appointment"], "change"),
    **dict.fromkeys(
        ["halt", "suspend", "suspension"], "change"
    ),  # only an armed group halting its own fighting (``triggers``)  # only an armed group choosing its leader (``triggers``)
    **dict.fromkeys(["agreement", "accord", "deal", "treaty", "exchange", "agree", "declaration", "statement"], "agreement"),  # only when reached or signed
    **dict.fromkeys(["hand", "handover"], "handover"),  # 'handed over the town to'
    **dict.fromkeys(["abuse", "violence", "harass"], "rape"),  # only sexual abuse, sexual violence, sexual harassment
    **dict.fromkeys(["molest", "defile", "sodomise", "sodomize", "violate"], "rape"),  # 'violate': only people (``triggers``)
    **dict.fromkeys(
        ["marry", "marriage", "strip"], "rape"
    ),  # only forced marriage, stripping naked (``triggers``)  # 'defiled a 12-year-old girl': rape, in East and West African English
    **dict.fromkeys(["pelt", "whip"], "violence"),  # 'pelted the police with stones', 'whipped a robber'
    **dict.fromkeys(["throw", "hurl"], "violence"),  # 'threw stones at two soldiers' (only stones and the like: ``triggers._thrown_at_someone``)
}
# Political interactions ACLED does not code: kind -> PLOVER event type
POLITICAL_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        ["talk", "meet", "meeting", "visit", "discuss", "negotiate", "negotiation", "call", "summit", "speak"], "CONSULT"
    ),  # 'speak': only with a leader (``triggers``)
    **dict.fromkeys(["support", "back", "solidarity", "endorse"], "SUPPORT"),
    **dict.fromkeys(["pledge", "aid", "donate", "deliver", "supply", "send", "provide", "package"], "AID"),
    **dict.fromkeys(["urge", "appeal", "request", "ask", "demand"], "REQUEST"),
    **dict.fromkeys(["accuse", "blame", "condemn"], "ACCUSE"),
    **dict.fromkeys(["threaten", "warn"], "THREATEN"),
    **dict.fromkeys(["sanction", "embargo", "expel", "ban"], "SANCTION"),
    **dict.fromkeys(["mobilise", "mobilize", "mobilisation", "mobilization", "conscript", "conscription", "call-up", "draft"], "MOBILIZE"),
    **dict.fromkeys(["reject", "refuse"], "REJECT"),
}
TRIGGERS.update({lemma: POLITICAL_TRIGGERS[lemma].lower() for lemma in POLITICAL_TRIGGERS if lemma not in TRIGGERS})
POLITICAL_KINDS = frozenset(t.lower() for t in POLITICAL_TRIGGERS.values())
AID_OBJECT = re.compile(
    r"\b(weapons?|arms|aid|assistance|ammunition|missiles?|tanks?|howitzers?|systems?|package|funds|funding|money|loans?|grants?|dollars|euros|\$|€|£|billion|million|supplies|generators|food|vehicles|jets|drones)\b",
    re.IGNORECASE,
)
KIND_PRIORITY = (
    "regain",
    "capture",
    "withdraw",
    "remote",
    "explosion",
    "clash",
    "arrest",
    "grave",
    "abduct",
    "rape",
    "shootdown",
    "loot",
    "agreement",
    "handover",
    "base",
    "change",
    "protest",
    "riot",
    "group",
    "violence",
    "kill",
    "mobilize",
    "sanction",
    "aid",
    "threaten",
    "accuse",
    "request",
    "consult",
    "support",
    "reject",
)
TERRITORY_KINDS = frozenset({"regain", "capture", "withdraw"})
DESTINATION_PREPOSITIONS = frozenset({"to", "into", "towards", "toward"})
BACKGROUND_MARKERS = frozenset({"since", "before", "until"})
REPORTING_LEMMAS = frozenset({"say", "tell", "claim", "confirm", "report", "announce", "state", "add", "note", "write", "acknowledge", "admit"})

# What a strike hit, when a report names it: two strikes on one town on one day that hit
# different things ("a market", "a power plant") are two events. Each pattern is one kind
# of target, named by its key.
TARGETS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("market", r"\b(market|bazaar)s?\b"),
        (
            "power plant",
            r"\b(power\s+(plant|station)s?|thermal\s+plant|substation|power\s+grid|energy\s+(facility|facilities|infrastructure)|electricity\s+infrastructure)\b",
        ),
        ("hospital", r"\b(hospital|clinic|maternity\s+ward|medical\s+(centre|center|facility))s?\b"),
        ("school", r"\b(school|kindergarten|university|college)s?\b"),
        ("railway station", r"\b(railway|train|rail)\s+(station|yard|depot|hub)s?\b"),
        ("bridge", r"\bbridges?\b"),
        ("residential building", r"\b(apartment|residential|housing|block\s+of\s+flats|high-rise)\b"),
        ("shopping centre", r"\b(shopping\s+(centre|center|mall)|mall|supermarket)s?\b"),
        ("fuel depot", r"\b(oil|fuel|ammunition|ammo|munitions?|arms)\s+(depot|dump|storage|facility|refinery)s?\b|\brefinery\b"),
        ("airport", r"\b(airport|airfield|air\s*base)s?\b"),
        ("dam", r"\bdams?\b"),
        ("port", r"\b(sea\s*)?ports?\b|\bharbou?r\b"),
        ("theatre", r"\btheat(re|er)s?\b"),
        ("church", r"\b(church|cathedral|mosque|monastery)s?\b"),
        ("television tower", r"\b(tv|television|radio|telecommunications?)\s+(tower|mast)s?\b"),
        ("factory", r"\b(factory|factories|(?<!power )(?<!thermal )plant|works)\b"),
    )
)


# -- read by events/triggers --


GROUND_FORCES = re.compile(r"\b(troops|forces|soldiers|units|fighters|infantry|army|military|peacekeepers|contingent|garrison)\b", re.IGNORECASE)


BLOCKED_THINGS = frozenset(
    {
        "road",
        "roads",
        "street",
        "streets",
        "highway",
        "rails",
        "railway",
        "entrance",
        "office",
        "offices",
        "bridge",
        "traffic",
        "access",
        "route",
        "junction",
        "gate",
        "gates",
        "intersection",
        "avenue",
        "port",
    }
)


# How crowds protest without saying so: roads barricaded, tyres burnt, slogans chanted, a party's supporters out.
PROTEST_FORMS = re.compile(
    r"\b(barricad\w*|burn\w*\s+tyres|burn\w*\s+tires|(blocked|blocking)\s+(the\s+|several\s+|main\s+)?(roads?|streets?|highways?)|chant\w*\s+slogans"
    r"|(opposition|party|candidate['’]s)\s+supporters)\b",
    re.IGNORECASE,
)
PROTEST_AIM = re.compile(
    r"\b(demand\w*|protest\w*|denounc\w*|against(?!\s+(the\s+)?(peaceful\s+)?(protest[eo]rs?|demonstrators?|marchers|crowds?)\b)|reject\w*|in\s+support|to\s+support|condemn\w*|call\w*\s+for|solidarity"
    r"|oppos(e|ed|ing)|urg(e|ed|ing)|request(ed|ing)?|at\s+the\s+call\s+of|raise\s+awareness|pay\s+tribute|in\s+favou?r\s+of|to\s+show\s+support|to\s+commemorate)\b",
    re.IGNORECASE,
)


MANOEUVRES = frozenset({"encircle", "surround", "overrun", "advance", "besiege", "outflank"})


COMMITTING_VERBS = frozenset({"agree", "decide", "vote", "pledge", "promise", "begin", "start", "continue", "offer", "refuse", "vow"})


WEAPONS = frozenset(
    "weapon weapons arms ammunition rifle rifles gun guns pistol pistols ied ieds explosive explosives device devices tnt grenade grenades mine mines landmine landmines cache bomb bombs rocket rockets mortar mortars"
    " unexploded ordnance uxo shahed shaheds".split()
)  # 'destroyed an unexploded shell': the shell is a weapon stopped


RENDERED_SAFE = re.compile(r"\b(made|rendered|making|rendering)\s+safe\b", re.IGNORECASE)  # 'officers made safe a pipe bomb'
# Explosives blown up to make them safe: a weapon stopped, not an attack.
MADE_SAFE = re.compile(
    r"\b(unexploded|controlled\s+(explosion|detonation)|bomb\s+disposal|sappers?|deminers?|de-miners?|explosive\s+ordnance\s+disposal)\b", re.IGNORECASE
)
SEIZING_VERBS = frozenset(
    {
        "defuse",
        "diffuse",
        "recover",
        "seize",
        "find",
        "discover",
        "dismantle",
        "destroy",
        "neutralise",
        "neutralize",
        "confiscate",
        "detonate",
        "clear",
        "deactivate",
        "secure",
        "remove",
        "locate",
    }
)


# -- read by events/places --


FEATURE_RANKS = (("city",), ("region", "landmark", "river"), ("country",))


NEIGHBOURHOOD_WORDS = frozenset(
    {"neighbourhood", "neighborhood", "suburb", "area", "community", "locality", "colony", "quarter", "sector", "zone", "commune", "ward"}
)


PLACE_KIND_WORDS = frozenset(
    {
        "city",
        "town",
        "village",
        "district",
        "municipality",
        "lga",
        "department",
        "province",
        "state",
        "governorate",
        "region",
        "county",
        "subdivision",
        "commune",
        "oblast",
    }
)


DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"}
)
NEAR_WORDS = frozenset({"near", "outside", "nearby", "close to", "not far from", "next to"})  # 'Vuhledar near Donetsk': a place said to lie by another


SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "settlement", "hamlet"})
AREA_NOUNS = (
    PLACE_KIND_WORDS | SETTLEMENT_NOUNS | frozenset({"circuit", "territory", "area", "soil", "airspace", "front", "frontline", "border"})
)  # 'several Ukrainian regions'
# buildings and sites that stand in their demonym's country: 'a strike on a Ukrainian mall'
# (not vehicles or ships, which go abroad: 'a Russian warship in the Black Sea')
SITE_NOUNS = frozenset(
    {"mall", "market", "hospital", "school", "airbase", "airfield", "airport", "refinery", "depot", "port", "railway", "station", "church", "plant"}
)


LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "through"}
)  # "marched through downtown Athens"


PLACE_PARTS = frozenset(
    {
        "district",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "suburbs",
        "area",
        "outskirts",
        "centre",
        "center",
        "quarter",
        "streets",
        "square",
        "locality",
        "community",
        "commune",
    }
)


ROAD_WORDS = frozenset({"road", "highway", "street", "avenue", "motorway", "expressway", "boulevard", "bypass"})


SETTING_PREPOSITIONS = frozenset(
    {"during", "on", "amid", "amidst", "near", "outside", "inside", "throughout"}
)  # not "in": "suspected of taking part in the attack on the bridge"


# -- read by events/mentions --


NAMED_FIGHTING = frozenset(
    {"clash", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight", "gunbattle", "shootout"}
)  # the text names the fighting: no classifier overrules it
EXCHANGES_OF_FIRE = frozenset({"shootout", "gunfight", "gunbattle", "firefight"})  # two armed sides, whoever the text names


FIGHTING_KINDS = frozenset({"remote", "clash", "explosion", "kill", "violence"})


CROWD_VIOLENCE_KINDS = frozenset({"clash", "violence", "loot", "remote", "kill"})


MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "'ll", "can", "must"})


INTENT_LEMMAS = frozenset(
    """expect plan intend prepare aim want hope seek try threaten promise vow pledge urge call ask need propose offer
    consider order vote predict forecast warn attempt able ready likely decision decide goal determined determine""".split()
)


BACKGROUND = re.compile(
    r"\b(in|since)\s+(the\s+)?(spring|summer|autumn|fall|winter)\b|\b(in|since|of)\s+(19|20)\d\d\b|\b(in|since|of|during)\s+the\s+(19|20)\d\d\s+(?!-)|\b(in|since|during)\s+the\s+((early|mid|late)[-\s])?(19|20)\d0s\b|\b(early|earliest|first)\s+(stages?|days|weeks|months)\s+of\s+the\s+(war|invasion)\b|"
    r"\bsince\s+the\s+(\w+\s+\d+\s+)?invasion\b|\bsince\s+the\s+(beginning|start)\s+of\s+the\s+(war|invasion|conflict)\b|\bat\s+the\s+(start|beginning)\s+of\s+the\s+(war|invasion)\b",
    re.IGNORECASE,
)


INTENTION_PHRASE = re.compile(r"\b(next\s+on\s+(the|our|their)\s+agenda|(is|are)\s+next)\b", re.IGNORECASE)


AIR = re.compile(
    r"\b(air\s*strikes?|airstrikes?|strafed|strafing|drones?|uavs?|unmanned\s+aerial\s+vehicles?|quadcopters?|aircraft|jets?|warplanes?|bombers?|helicopters?|shaheds?|kamikaze|aviation|glide\s+bombs?|(guided\s+)?aerial\s+bombs?|guided\s+bombs?|kabs?|air\s+raids?|air\s+force)\b",
    re.IGNORECASE,
)


GROUND_FIRED = re.compile(r"\b(missiles?|rockets?|artillery|shell(s|ing|ed)?|mortars?|howitzers?|tanks?)\b", re.IGNORECASE)  # what no aircraft fires
REMOTE_WEAPON = re.compile(
    r"\b(missiles?|rockets?|artillery|shell(s|ing|ed)?|mortars?|grad|himars|howitzers?|salvos?|strikes?|grenade\s+launchers?|ifvs?|bmps?|tanks?|anti-tank)\b",
    re.IGNORECASE,
)


INFRASTRUCTURE = re.compile(
    r"\b(infrastructure|power|energy|plants?|grid|substations?|buildings?|bridges?|depots?|towers?|refiner(y|ies)|pipelines?|dams?|railways?)\b", re.IGNORECASE
)


FIRE_BOMBS = re.compile(r"\b(petrol\s+bombs?|molotov(\s+cocktails?)?|fire\s*bombs?|incendiary\s+bottles?)\b", re.IGNORECASE)  # a rioter's weapon to ACLED
SHOOTING_LEMMAS = frozenset({"shoot", "shot", "shooting", "fire", "gunfire"})  # who shoots at police or soldiers is armed
ONE_HAND_LEMMAS = frozenset({"shoot", "shot", "stab", "gun"})  # what one person does with a weapon, no accident ('a guard shot dead a journalist')
LIVED_IN_PLACES = frozenset({"village", "hamlet", "settlement", "neighbourhood", "neighborhood"})  # where people live: attacked, its people are
CROWD_NOUNS = frozenset({"crowd", "mob", "group", "gang", "band", "throng", "horde"})  # one noun, many people
HIM_OR_THEM = frozenset({"him", "her", "them"})  # 'fired rubber bullets at them': whoever the sentence named
NEVER_PASSIVE = frozenset({"clash", "fight", "riot", "protest", "demonstrate", "march", "rally"})  # 'citizens clashed with police' is never 'were clashed'
# A coup (ACLED's 'Other'): the state's head deposed or seized, its bodies dissolved or
# suspended, where the sentence names the military or a coup's marks.
COUP_VERBS = frozenset({"depose", "overthrow", "oust", "topple"})
SEIZING_A_LEADER = frozenset({"seize", "capture", "detain", "arrest"})  # the head of state or government, in a coup
STATE_OFFICES = frozenset({"president", "government", "minister", "king", "regime", "leader"})
STATE_BODIES = frozenset({"constitution", "parliament", "congress", "government", "institution", "council", "assembly", "legislature", "senate", "cabinet"})
COUP_SIGNS = re.compile(
    r"\b(coup|junta|putsch|seized\s+power|rule\s+by\s+decree|state\s+of\s+emergency|martial\s+law|soldiers|officers|army|military|troops|general|colonel|special\s+forces|presidential\s+guard)\b",
    re.IGNORECASE,
)
# What a group is, when its formation or dissolution is announced ('the formation of the People's Defence Force').
GROUP_NOUNS = frozenset(
    "group movement front force forces council alliance coalition wing army militia brigade battalion organisation organization faction".split()
)
ARMS_GIVEN_UP = frozenset({"weapon", "firearm", "arm", "gun", "rifle", "ammunition"})  # handed over or burned by their own holders
AGREEMENT_NAMES = frozenset({"agreement", "accord", "treaty"})  # the head of an agreement's name ('the Bodo Peace Accord')
# A mob's violence told as such, or done with what a mob throws (``coding._fought_bare_handed``).
MOB_NAMED = re.compile(r"\b(mob|jungle|vigilante|instant)\s+justice\b|\bmob\s+(attacks?|killings?|lynchings?)\b", re.IGNORECASE)
PHYSICAL_CLASH = re.compile(r"\bphysical\s+(clash\w*|confrontations?|altercations?|fights?|scuffles?)\b", re.IGNORECASE)
THROWING_LEMMAS = frozenset({"pelt", "throw", "hurl", "stone"})
THROWN_BY_HAND = re.compile(r"\b(stones?|rocks?|bricks?|bottles?|molotov\s+cocktails?|petrol\s+bombs?|sticks)\b", re.IGNORECASE)
COUP_STAGING = frozenset({"stage", "launch", "attempt", "carry", "mount", "foil", "thwart", "lead", "announce", "declare"})  # 'staged a coup'
HARM_DONE_TO_CAPTIVES = frozenset({"kill", "murder", "execute", "torture", "beat", "behead", "wound", "injure", "shoot", "stab"})  # taken and killed: an attack
COUP_HAPPENED = frozenset({"take", "happen", "unfold", "occur", "begin"})  # 'a coup took place' (or ousted someone: ``COUP_VERBS``)
# Violence a paragraph tells of another time than its protest's (``coding._violence_of_another_time``).
VIOLENCE_AS_CAUSE = re.compile(r"\b(following|after|for)\s+(the\s+|a\s+|an\s+|their\s+)?([\w-]+\s+){0,2}$", re.IGNORECASE)
EARLIER_TIME = re.compile(r"\b(\w+\s+)?(days?|weeks?|months?|years?)\s+earlier\b|\bhad\s+(already\s+)?(generated|caused|sparked|seen)\b", re.IGNORECASE)
SELF_HARM = re.compile(r"set\s+(himself|herself|themselves)\b", re.IGNORECASE)
HELD_BY_FORCES = frozenset({"convoy", "patrol", "post", "checkpoint", "outpost", "base", "camp", "vehicle", "truck", "position"})  # 'a military convoy'
ROAD_VEHICLES = frozenset("car truck lorry bus minibus van taxi motorcycle motorbike tractor train vehicle".split())  # 'a truck hit a pedestrian': an accident
CIVILIAN_VEHICLES = frozenset({"ambulance", "bus", "car", "taxi", "truck", "lorry", "minibus", "boat", "tractor"})  # 'shot at an ambulance'
CIVILIAN_TARGET = re.compile(
    r"\b(civilians?|market|residential|hospital|school|people|residents|children|families|shop|station|villagers|worshippers|farmers|herders|passengers|students|pupils|patients|traders|refugees|women)\b",
    re.IGNORECASE,
)


# Gatherings and venues fired 'on' or 'into' (not 'at', which may only place the act): 'opened fire on a family party'.
CIVILIAN_VENUE = re.compile(r"\b(party|wedding|funeral|ceremony|gathering|bar|restaurant|church|mosque|hotel|bus|crowd)\b", re.IGNORECASE)


# What caused explosions a sentence does not explain, when its paragraph names it: the weapons
# of an attack, not aircraft or forces only described ('the landing place of assault helicopters').
PARAGRAPH_DRONES = re.compile(r"\b(drones?|shaheds?|kamikaze|uavs?)\b", re.IGNORECASE)
PARAGRAPH_MISSILES = re.compile(r"\b(missiles?|rockets?|artillery|shell(s|ing|ed)?)\b", re.IGNORECASE)
EXPLOSIVE = re.compile(r"\b(mines?|landmines?|ied|explosive\s+device|car\s+bomb|truck\s+bomb|bomb)\b", re.IGNORECASE)
RIOT_S_CROWD = re.compile(r"\b(crowds?|protest[eo]rs|demonstrators|rioters|mob|them)\b", re.IGNORECASE)  # whom force met at a riot
PROTEST_S_PEOPLE = re.compile(
    r"\b(protest[eo]rs?|demonstrators?|marchers|participants|organi[sz]ers|strikers|activists|crowds?|them|they|people|persons"
    r"|women|men|youths?|students|workers|supporters|members|individuals|detentions|teachers|farmers|lawyers|nurses|doctors|residents|villagers"
    r"|employees|pensioners|retirees|traders|vendors|drivers|mothers|relatives|families)\b",
    re.IGNORECASE,
)  # whom the next sentence's arrests may take at a protest: 'Police detained five of them.'
THE_CROWD = re.compile(r"\b(protest[eo]rs?|demonstrators?|marchers|crowds?|rall(y|ies)|them|they)\b", re.IGNORECASE)  # words that name a protest's crowd
CROWD_CONTROL_WORDS = frozenset(
    {"tear", "teargas", "tear-gas", "gas", "smoke", "pepper", "rubber"}
)  # "tear gas shells"; not "stun grenades", which ACLED codes as grenades unless thrown at a crowd (``STUN_WORDS``)
STUN_WORDS = frozenset({"stun", "flash", "flashbang", "flash-bang", "sound"})
PROTESTING_CROWD = re.compile(
    r"\b(protest\w*|demonstrat\w*|marche[sr]|march(ed|ing)|(?-i:march)|crowds?|rall(y|ies|ied)|sit-ins?|strikers|gathering|gathered|chant\w*|slogans?)\b",
    re.IGNORECASE,
)  # the words of a protest and its crowd
# Chemical weapons (ACLED's 'Chemical weapon'); tear gas against crowds is no chemical weapon in ACLED's sense.
CHEMICAL = re.compile(
    r"\b(chlorine|chloropicrin|riot\s+control\s+agents?|sarin|mustard\s+gas|nerve\s+agents?|novichok|phosgene|(toxic|irritant)\s+(gas|chemicals?|substances?|agents?)|poison(ous)?\s+(gas|substances?|chemicals?)|(greenish|yellowish|noxious|choking)\s+gas|mustard\s+agents?|chemical\s+(weapons?|attacks?|agents?|munitions?|shells?|bombs?|substances?|grenades?|gas)|chemical[-\s](laden|filled|tipped))\b"
    r"|(?<!tear\s)\bgas\s+attacks?\b"  # 'a gas attack on Douma', not a tear gas attack on protesters
    r"|\b(grenades?|munitions?|shells?|bombs?)\s+(filled|loaded|laden|packed)\s+with\s+(tear|cs|cn)\s+gas\b"
    r"|\bgas\s+(grenades?|munitions?)\s+containing\s+(cs|cn|chloropicrin)\b",  # dropped on trenches: war, not crowd control
    re.IGNORECASE,
)
# Police or soldiers acting on protesters, or on people at a protest: ACLED codes the protest.
FORCE_ON_CROWD_KINDS = frozenset({"arrest", "violence", "clash", "kill"})
AT_A_PROTEST = re.compile(
    r"\b(at|during|in|after|following)\s+(?!protest\b)(a|an|the|their|its)?\s*([\w-]+\s+){0,3}(protests?|demonstrations?|rall(y|ies)|sit-ins?|pickets?|vigils?)\b"
    r"|\b(at|during|after|following)\s+(a|an|the|their|its)\s+([\w-]+\s+){0,3}march(es)?\b",
    re.IGNORECASE,
)  # a march only after an article: 'at a Pride March', not 'arrested in March'; not 'in protest', the motive
SHELTERING = re.compile(r"\b(behind|sheltering|shelter|hiding)\b[\w\s-]*$", re.IGNORECASE)  # 'protesters sheltering behind sandbag barricades' did no violence
WORSHIP = re.compile(r"\b(worshipp?ers?|church(es)?|mosques?|temples?|parish\w*|congregations?|prayers?|mass)\b", re.IGNORECASE)  # a vigil of prayer
# Someone arrested who died or was killed in custody: ACLED codes the killing (an attack).
CUSTODY_DEATH = re.compile(
    r"\b(died|killed|death)\b[^.]*\b(custody|in\s+(the\s+)?prison|under\s+torture|police\s+station)\b|\b(custody|under\s+torture)\b[^.]*\b(died|killed|death)\b",
    re.IGNORECASE,
)
HURT_WITH_THE_ARREST = re.compile(
    r"\b(was|were)\s+(\w+\s+)?(beaten|slapped|assaulted|tortured|whipped|flogged|kicked|clubbed)(\s+up)?(\s*,\s*\w+(\s+\w+)?)*\s*,?\s+and\s+(then\s+)?(arrested|detained)\b"
    r"|\b(arrested|detained)\s+and\s+(then\s+)?(severely\s+|brutally\s+)?(beaten|tortured|whipped|flogged|assaulted)\b",
    re.IGNORECASE,
)  # 'was slapped, knocked over and arrested by the military', 'was arrested and beaten by Taliban forces': ACLED's attack
# What angers a crowd at the state: a death in custody or a killing by its forces ('set fire to a
# police post after a man died in custody', 'torched a station after officers shot a rider').
STATE_KILLING_GRIEVANCE = re.compile(
    r"\b(after|following)\b[^.;]{0,60}\b(police(men)?|officers?|soldiers|troops|security\s+forces|guards?)\s+(shot|killed|beat|beaten|shot\s+dead)\b"
    r"|\b(after|following)\b[^.;]{0,60}\b(tasered|shot|killed|beaten)\s+(\w+\s+)?by\s+(the\s+)?(police|officers|soldiers|troops|security\s+forces)\b"
    r"|\b(after|following|over)\s+the\s+(arrest|detention|sentencing|conviction|jailing)\s+of\b"  # 'following the arrest of Imran Khan, PTI supporters stormed ...'
    r"|\b(angered|angry|incensed|outraged|furious|enraged)\s+(by|at|over)\s+the\s+(arrest|detention|sentencing|conviction|jailing|killing|death)\b"
    r"|\bafter\s+the\s+death\s+of\b[^.;]{0,60}\b(detained|arrested|held|shot|beaten)\s+by\s+(the\s+)?(police|officers|soldiers|security\s+forces)\b"
    r"|\bafter\b[^.;]{0,60}\b(died|death)\b[^.;]{0,30}\b(custody|in\s+(a\s+|the\s+)?(prison|jail|police\s+cell))\b",
    re.IGNORECASE,
)
# A device that went off by accident, or while its makers handled it: ACLED's disrupted weapons use.
ACCIDENTAL_BLAST = re.compile(
    r"\b(by\s+mistake|accidental(ly)?|prematurely|while\s+(planting|making|assembling|testing|handling|transporting|defusing|being\s+(taken|transported|planted|made)))\b",
    re.IGNORECASE,
)
EXPLOSIVE_DEVICES = frozenset({"mine", "mines", "landmine", "landmines", "ied", "ieds", "explosive", "explosives", "bomb", "bombs"})
THROWN_EXPLOSIVE = re.compile(
    r"\b(hurl\w*|thr[eo]w\w*|lob\w*|toss\w*)\s+(a\s+|an\s+|two\s+|three\s+|several\s+|\d+\s+)?(hand[-\s]?made\s+|home[-\s]?made\s+|crude\s+)?(bombs?|explosives?|explosive\s+devices?)\b",
    re.IGNORECASE,
)  # ACLED codes an explosive thrown by hand as a grenade
ARMED_WITH = re.compile(r"\barmed\s+with\s+[^.;,]*", re.IGNORECASE)  # 'gunmen armed with rifles and grenades': what they carried, not what they used
HAND_GRENADE = re.compile(
    r"(?<!propelled\s)(?<!propelled-)(?<!rpg\s)(?<!rpg-)\bgrenades?\b(?![\s-]+launchers?)", re.IGNORECASE
)  # not 'rocket-propelled grenades', 'RPG grenades', 'grenade launchers'
SHOTS_FIRED = re.compile(
    r"\b(opened\s+fire|shot|shooting|gunfire|exchanged\s+fire|gunfights?|firefights?|gun\s*battles?|small\s+arms|shoot-?outs?)\b", re.IGNORECASE
)  # a grenade thrown in a gunfight is part of it
AIRBORNE_WEAPONS = frozenset({"rocket", "missile", "drone", "shell", "projectile", "uav", "munition", "bomb", "shahed"})  # what is intercepted
FLYING_WEAPONS = frozenset({"rocket", "missile", "drone", "uav", "shahed"})  # what is destroyed in flight, not on the ground ('destroyed a shell')
INTERCEPTED_ARMS = AIRBORNE_WEAPONS | {
    "weapon",
    "arm",
    "ammunition",
    "shipment",
    "explosive",
    "consignment",
    "rifle",
    "firearm",
    "gun",
    "grenade",
}  # and what is seized on the way
SUICIDE = re.compile(
    r"\bsuicide\b|\bblew\s+(himself|herself|themselves)\s+up\b|\bexplosives?[\s-]+(laden\s+)?(vests?|belts?)\b"
    r"|\bexplosives?\b[^.;]{0,80}\b(killing|killed)\s+(himself|herself|themselves)\b"
    r"|\bexplosives?\s+(he|she|they)\s+(was|were)\s+(carrying|wearing)\b|\bexplosives?\s+strapped\s+to\s+(his|her|their)\s+bod(y|ies)\b"
    r"|\bdetonated\s+(himself|herself|themselves)\b",
    re.IGNORECASE,
)  # 'an attacker wearing an explosive vest', 'drove a car packed with explosives into a checkpoint, killing himself',
# 'set off the explosives he was carrying', 'explosives strapped to their bodies'
# Ground taken without fighting (ACLED's 'Non-violent transfer of territory'): said outright,
# or taken after the other side left and no fighting is named.
NO_FIGHT = re.compile(
    r"\b(without\s+(a\s+|any\s+)?(reported\s+)?(fight|fighting|battle|resistance|shot|confrontations?|clash(es)?|combat)|without\s+firing\s+a\s+(single\s+)?shot|unopposed"
    r"|peacefully|hand(ed|ing)?\s+(it\s+|them\s+)?over|under\s+(a|an|the)\s+(\w+\s+){0,2}(deal|agreement|accord))\b",
    re.IGNORECASE,
)
NO_FIGHT_REPORTED = re.compile(
    r"\bno\s+((significant|major|serious|heavy)\s+)?(clashes|fighting|confrontations?|resistance|shots?)(\s+(was|were))?\s+(reported|fired)\b", re.IGNORECASE
)  # 'no significant fighting was reported', 'No fighting reported.'
LEFT_THEN_TAKEN = re.compile(
    r"\b(left|withdrew|abandoned|pulled\s+out|vacated|retreated)\b[^.;]*\band\b[^.;]*\b(entered|took\s+(over|control)|moved\s+in(to)?)\b", re.IGNORECASE
)  # 'Russian forces withdrew from Bucha and Ukrainian forces entered the town'
AFTER_LEAVING = re.compile(
    r"\b(after|following|as)\b[^.;]*\b(left|withdrew|abandoned|pulled\s+out|vacated|retreated|withdrawal|departure|pull-?out)\b", re.IGNORECASE
)  # 'took control of Kidal after the army left', 'entered Aghdam as Armenian forces completed their withdrawal'
FIGHTING_WORDS = re.compile(
    r"\b(fight|fights|fighting|fightings|fought|clash\w*|battle\w*|attack\w*|assault\w*|shell\w*|killed|kill\w*|fire|fired|firing|offensive|ambush\w*|raid\w*|combat|gunfire|stormed|confrontations?|hostilities"
    r"|shoot-?outs?|gunfights?|firefights?|skirmish\w*|besieg\w*|sieges?|overr(an|un|uns|unning)|repel\w*|repuls\w*|expell?\w*|dislodg\w*)\b"
    r"|\b(dr(o|i)ve|driven|driving|pushed|pushing)\s+([\w-]+\s+){0,6}?out\s+of\b",  # 'drove FARC dissidents out of several settlements'
    re.IGNORECASE,
)
DROPPED_WEAPONS = frozenset(
    {
        "bomb",
        "bombs",
        "barrel",
        "barrels",
        "munition",
        "munitions",
        "explosive",
        "explosives",
        "grenade",
        "grenades",
        "chlorine",
        "gas",
        "missile",
        "missiles",
        "mortar",
        "mortars",
        "shell",
        "shells",
    }
)
FENDING_OFF_LEMMAS = frozenset({"repel", "repulse", "thwart", "foil"})  # its subject defended: the side fended off attacked (ACLED's actor1)
FOILED_THINGS = frozenset({"attempt", "plot", "bombing", "plan"})  # what forces thwart or foil (a thwarted attack is a clash repelled: ACLED)
GAS_ACCIDENT = re.compile(
    r"\b((?<!tear\s)(?<!tear-)gas\s+(explosion|blast|leak|cylinders?|canisters?|pipeline|tanker)|faulty|boiler|short[-\s]circuit|electrical\s+(fault|fire)"
    r"|(fuel|petrol|oil|gasoline|diesel)\s+tankers?|tankers?\s+(truck\s+)?(carrying|loaded\s+with)\s+(\w+\s+){0,2}(gas|fuel|petrol|oil)"
    r"|fireworks?\s+(factory|factories|warehouse|depot|shop)|firecracker|mishandl\w*\s+(of\s+)?(the\s+)?chemicals|chemical\s+(plant|factory)\s+(explosion|blast)"
    r"|leaking\s+(petrol|fuel|gas))\b",
    re.IGNORECASE,
)  # no one's weapon
# 'killed when a bus overturned': the parse may make the clause a modifier of the vehicle
VEHICLE_ACCIDENT = re.compile(
    r"\bwhen\s+(a|an|the|their|his|her)\s+([\w-]+\s+){0,2}(bus|car|truck|lorry|minibus|van|vehicle|train|boat|ferry|plane|helicopter|motorbike|motorcycle|tanker)"
    r"\s+(overturned|crashed|plunged|collided|capsized|derailed|skidded|veered|flipped|fell|sank|overran)\b",
    re.IGNORECASE,
)
ACCIDENT_VERBS = frozenset(
    {"plunge", "crash", "collide", "overturn", "capsize", "derail", "sink", "skid", "collapse"}
)  # 'a bus plunged into a ravine, killing 14'
ACCIDENT_VEHICLES = frozenset(
    {"train", "bus", "car", "truck", "lorry", "plane", "aircraft", "boat", "ship", "ferry", "minibus", "van", "vehicle"}
)  # in accidents
SERIES_NOUNS = frozenset({"series", "wave", "spate", "string", "succession"})  # 'a series of strikes': many events, none told
HEAVY_WEAPON_WORDS = frozenset(
    {"shell", "shelling", "bombard", "bombardment", "airstrike", "bomb", "bombing", "missile", "rocket", "artillery", "mortar", "barrage"}
)  # what no crowd fires: 'two civilians killed in Kherson shelling' is no mob's doing
WRECKING_LEMMAS = frozenset({"destroy", "demolish", "raze", "bulldoze"})  # what armed men do to things: property destruction
HURTING_LEMMAS = frozenset({"kill", "die", "wound", "injure", "hurt", "treat", "hospitalise", "hospitalize", "poison"})  # what a strike does to those it hits
CAPTORS_VERBS = frozenset({"hold", "abduct", "kidnap", "seize", "capture"})  # 'the women it had held captive'
HELD_CAPTIVE = frozenset({"kidnap", "abduct", "kidnapped", "abducted", "detained", "captured", "detain", "capture"})  # 'freed two kidnapped aid workers'
CALLING_OFF = frozenset({"suspend", "cancel", "postpone", "halt", "abandon", "scrap", "shelve", "boycott", "delay"})  # talks not held
HOSTILITIES = frozenset({"operation", "attack", "hostility", "offensive", "fighting", "assault", "strike", "activity"})  # what a group halts
MILITARY_POST_WORDS = frozenset({"military", "army", "observation", "security", "border", "police", "forward", "command"})  # 'a military post' is a base
# what can be said to 'target' something when no one is named: the weapon ('a remotely detonated explosive targeted the convoy')
WEAPON_SUBJECTS = frozenset({"explosive", "bomb", "ied", "mine", "landmine", "device", "missile", "rocket", "drone", "shell", "grenade", "airstrike", "strike"})
BASE_WORDS = frozenset(
    {
        "base",
        "bases",
        "headquarters",
        "hq",
        "camp",
        "camps",
        "outpost",
        "outposts",
        "stronghold",
        "garrison",
        "checkpoint",
        "checkpoints",
        "barracks",
        "detachment",
        "hideout",  # 'established a hideout in the Wadi al-Shay valley'
        "hideouts",
        "encampment",
        "encampments",
    }
)
AGREEMENT_VERBS = frozenset({"sign", "reach", "conclude", "seal", "broker", "strike", "agree", "finalise", "finalize", "ink"})
WARRING_PARTIES = frozenset({"party", "side", "faction", "belligerent"})  # 'the warring parties agreed to ...'
AGREED_THINGS = frozenset(
    {
        "ceasefire",
        "cessation",  # 'agreed to a permanent cessation of hostilities'
        "truce",
        "exchange",
        "swap",
        "peace",
        "release",
        "deal",
        "agreement",
        "accord",
        "withdrawal",
        "handover",
        "feud",
        "hostilities",
        "dispute",
        "corridor",
        "corridors",
        "evacuation",
    }
)
# Verbs whose object has not happened: 'halt the handover', 'discuss a handover'.
UNDONE_BY = frozenset({"halt", "stop", "prevent", "oppose", "reject", "block", "cancel", "suspend", "demand", "discuss", "negotiate", "plan", "propose"})
WARTIME_DEALS = frozenset({"ceasefire", "truce", "swap", "surrender", "armistice", "withdrawal", "corridor", "evacuation"})  # deals armed forces make
CAPTIVES = frozenset({"prisoner", "prisoners", "pow", "pows", "captive", "captives", "detainee", "detainees", "hostage", "hostages", "body", "bodies"})

# Who a call or briefing is with when it is no talks between actors: 'told reporters during a phone call'.
PRESS_WORDS = frozenset({"reporters", "journalists", "press", "media", "correspondents", "newsmen"})
# A sentence that opens by moving elsewhere ('Elsewhere, large fires erupted at two fuel
# facilities in Bryansk'): its event is not the one told before, nor at its place.
ELSEWHERE_OPENING = re.compile(r"^\W*(elsewhere|separately|in other (news|developments))\b", re.IGNORECASE)
# 'was later blown up': later than an act told just before (``events.mentions._told_after_an_untold_act``)
# A capitalised name after a preposition of place, not a day or month: a place the text names,
# whether or not a gazetteer holds it ('a chlorine attack on Zorbaville').
PLACE_NAME_AFTER_PREPOSITION = re.compile(
    r"\b(in|on|at|near|outside|around|into)\s+(?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)[A-Z][\w'’-]+"
)
# A place or people set against the one named, to make a point: 'Grad rockets hit Mariupol, not
# European cities', 'the airport in Donetsk was destroyed, not in Frankfurt'.
CONTRAST_DRAWN = re.compile(r",\s+not\s+((in|on|at)\s+)?(the\s+)?([A-Z][\w'’-]+|(european|western|our|your)\s+\w+)")
CONTRASTED_PLACE = re.compile(r"(,|\bbut)\s+not\s+((in|on|at)\s+)?(the\s+)?$")  # what comes right after it is where the event was not
# Words before an event's noun that name it as one already told: 'his arrest', 'the explosions'.
REFERRING_BACK = re.compile(r"\b(the|this|that|these|those|his|her|their|its)\s+(\w+\s+)?$", re.IGNORECASE)
PRONOUN_BEFORE_TRIGGER = re.compile(
    r"^\W*(he|she|they)\s+(was|were|had\s+been|has\s+been|have\s+been)\s+(\w+ly\s+)?$", re.IGNORECASE
)  # 'He was detained in his apartment.': a sentence whose subject is someone already told
PRONOUN_AFTER_TRIGGER = re.compile(r"^\w*\s+(him|her|them)\b", re.IGNORECASE)  # 'police detained him on Friday'
LATER_BEFORE_TRIGGER = re.compile(r"\b(later|subsequently|afterwards?)\b[^.;,]{0,25}$", re.IGNORECASE)
# Words under which talks, aid or a summit are only proposed, wished, offered or held back, not
# held or given: 'suggest convening a summit', 'open to peace talks', 'inviting Putin to attend a
# summit', 'his hesitation in providing military aid', 'criticizes the supply of western weapons'.
PROPOSING_WORDS = frozenset(
    {"suggest", "propose", "invite", "seek", "want", "urge", "open", "ready", "willing", "prepared", "eager", "keen"}
    | {"hesitation", "reluctance", "refusal", "delay", "criticize", "criticise", "oppose"}
)
# Verbs that make sanctions an act ('imposed new sanctions', 'adopted a package of sanctions');
# the noun alone is mostly background ('sanctions over the war', 'the costs of sanctions').
SANCTIONING_VERBS = frozenset(
    {"impose", "announce", "adopt", "introduce", "slap", "extend", "expand", "approve", "unveil", "agree", "level", "tighten", "target", "hit", "place", "put"}
)
ARRIVING_VERBS = frozenset({"arrive", "reach", "land"})  # 'the first aid convoy arrived in Kherson'
# Verbs that give aid ('sent fresh military aid', 'approved $1bn in aid').
AID_GIVING_VERBS = frozenset(
    {
        "send",
        "provide",
        "deliver",
        "announce",
        "approve",
        "pledge",
        "give",
        "sign",
        "pass",
        "unveil",
        "allocate",
        "offer",
        "transfer",
        "receive",
        "ship",
        "donate",
        "promise",
        "commit",
        "grant",
    }
)
PROPOSAL_LINKS = frozenset({"dobj", "xcomp", "pobj", "prep", "pcomp", "ccomp", "acomp"})  # from the proposed act up to the proposing word
# Verbs that give support its act: 'expressed solidarity', 'promising unwavering solidarity'
# (not 'a powerful manifestation of Euro-Atlantic solidarity').
EXPRESSING_VERBS = frozenset({"express", "voice", "reaffirm", "pledge", "promise", "show", "declare", "offer", "confirm", "reiterate"})
# Whom a leader speaks with in talks ('spoke to the Russian president'), not to the press.
COUNTERPART_NOUNS = frozenset(
    {"president", "counterpart", "minister", "chancellor", "premier", "leader", "king", "pope", "envoy", "ambassador", "secretary", "emir", "prince"}
)
RELATION_NOUNS = frozenset({"opponent", "critic", "foe", "enemy", "rival", "ally", "friend", "supporter", "adversary", "opposition"})  # 'an opponent of Putin'
INSTITUTION_NOUNS = frozenset({"authority", "government", "leadership", "regime", "administration", "parliament", "court"})  # 'the authorities in Kiev'
# Verbs whose object is an event told elsewhere: reacted to, remembered, shown ('the Pope decried a
# missile strike on a mall', 'the recording shows the moment of the attack').
REACTION_LEMMAS = frozenset(
    {"decry", "condemn", "denounce", "deplore", "mourn", "praise", "criticise", "criticize", "recall", "remember", "commemorate"}
    | {"investigate", "probe", "show", "depict", "film", "document", "mark"}
)
CAPTIVES_EXCHANGED = re.compile(r"\bin\s+(return|exchange)\b|\b(prisoner|captive|hostage)[\s-]+(swap|exchange)\b|\bswapped\b", re.IGNORECASE)
RECALLING_LEMMAS = frozenset({"recall", "remember", "commemorate", "evoke", "invoke", "relive", "recount"})  # what is recalled is past
# Prepositions that tell an event as the background of another: 'despite the attacks last week'.
BACKGROUND_PREPOSITIONS = frozenset({"despite", "following", "amid", "amidst"})
CHARGING_LEMMAS = frozenset({"accuse", "blame", "condemn", "charge", "suspect", "convict", "criticise", "criticize"})  # 'accused X of ...'
TOPIC_PREPOSITIONS = frozenset({"for", "about", "over", "into", "on", "regarding", "concerning", "against", "including"})  # what an interaction is about
# Objects of an interaction that are people met, not a topic: 'met the officials in Kyiv'.
PEOPLE_NOUNS = frozenset(
    {
        "leader",
        "official",
        "delegation",
        "diplomat",
        "representative",
        "head",
        "chief",
        "governor",
        "mayor",
        "commander",
        "troop",
        "soldier",
        "people",
        "family",
    }
)
# The number that opens a numbered crosshead: '2. Ukraine takes war behind enemy lines'.
LIST_NUMBER = re.compile(r"^\s*(\d{1,2}|[IVX]{1,4})[.)]\s+")
# What two sides trade over an act ('traded accusations over strikes on the plant'): no attacker.
MUTUAL_BLAME = frozenset({"accusation", "blame", "claim", "recrimination"})
# Talks held at a distance ('a virtual meeting with the G7', 'a phone call'): held nowhere, they
# take no place from the talks before them.
REMOTE_TALK_WORDS = frozenset({"virtual", "video", "online", "phone", "telephone", "remote", "videoconference", "teleconference"})
# 'Putin presented the strikes as retaliation for the bomb attack': who presents an attack as
# their retaliation made it (``events.agents.retaliating_side``).
PRESENTING_LEMMAS = frozenset({"present", "describe", "portray", "justify", "frame", "characterise", "characterize", "depict"})
RETALIATION_WORDS = frozenset({"retaliation", "revenge", "response", "reprisal", "retribution", "punishment"})
# Verbs of what an act shows: 'the urgent request proves that the counterattack frightened the
# invaders' argues from an act told before; the speaker is not its actor.
EVIDENTIAL_VERBS = frozenset({"prove", "show", "demonstrate", "suggest", "indicate", "reveal", "reflect", "mean", "signal", "underline", "underscore"})
# Acts whose grounds follow 'for': 'sanctions on Belarus for supporting Russia', 'accused of...'.
GROUNDS_HEADS = frozenset(
    {
        "sanction",
        "sanctions",
        "punish",
        "accuse",
        "blame",
        "condemn",
        "criticise",
        "criticize",
        "penalise",
        "penalize",
        "fine",
        "charge",
        "arrest",
        "praise",
        "thank",
    }
)
# What an event word before it describes, not reports: 'attack helicopters', 'strike drones'.
VEHICLES = frozenset("helicopter aircraft plane jet drone submarine boat vessel ship craft vehicle".split())
# What an armed force owns and an attack hits: 'the Russian military airport', 'Ukrainian positions'.
MILITARY_FACILITIES = frozenset(
    """airport airports airfield airfields base bases depot depots warehouse warehouses positions position headquarters
    barracks convoy convoys ship ships vessel vessels airbase airbases garrison outpost outposts checkpoint checkpoints""".split()
)
TARGET_CUE = re.compile(r"\b(target\w*|against|on|at|hit\w*)\b", re.IGNORECASE)


CASUALTY_LEMMAS = frozenset({"kill", "die", "wound", "injure", "shoot"})


VICTIM_WORDS = frozenset({"people", "person", "civilian", "resident", "man", "woman", "child", "boy", "girl", "victim", "passer", "other", "one"})


POLITICAL_MODALS = MODALS - {"will", "would", "'ll"}  # 'Germany will send tanks', 'Kyiv would respond harshly': the pledge or threat is the event


POLITICAL_DECISIONS = frozenset(
    {"order", "vote", "decide", "decision", "pledge", "promise", "vow", "threaten", "warn", "offer", "propose", "call", "urge", "ask"}
)


PLEDGES = frozenset({"AID", "THREATEN", "SUPPORT"})


DURATION_WORDS = frozenset({"week", "month", "year"})  # "after two days of bombing" is news; "after months of fighting" background


GROUND_HELD = re.compile(
    r"\b(retain(ed|s)?|kept|maintain(ed|s)?)\s+(full\s+)?control\b|\bneither\s+side\s+(gain|gained|gaining|took|taking)\b"
    r"|\b(attack|assault|offensive|attempt)\s+(was|were)\s+(repelled|repulsed|thwarted|foiled)\b|\b(failed|attempted|tried|attempt)\s+to\s+(take|capture|seize|overrun)\b"
    r"|\bwithout\s+(any\s+)?change\s+(of|in)\s+control\b"
    r"|\b(held|holding)\s+(on\s+to\s+)?(the|their|its)\s+(town|city|village|positions?|lines?|ground|base|camp)\b"
    r"|\b(repelled|repulsed|thwarted|foiled|fought\s+off|beat\s+back|pushed\s+back)\s+(an?|the|their|its|several|two|three)\s+([\w-]+\s+){0,2}(attacks?|assaults?|offensives?|attempts?|advances?)\b"
    r"|\b(was|were|been)\s+(pushed|driven|beaten|forced)\s+back\b"
    r"|\bfought\s+(them|the\s+attackers|the\s+assailants|the\s+militants)\s+off\b|\bcontrol\b[^.;]{0,40}\bremain(s|ed)?\s+contested\b",
    re.IGNORECASE,
)  # 'the attack was repelled and the army retained control of the camp', 'neither side gaining control', 'Ukrainian forces held the town'
TERRITORY_OBJECTS = frozenset(
    {
        "hub",  # 'captured the border trade hub of Chinshwehaw'
        "town",
        "city",
        "village",
        "area",
        "territory",
        "base",
        "district",
        "position",
        "positions",
        "control",
        "airport",
        "region",
        "hill",
        "outpost",
        "camp",
        "settlement",
        "neighbourhood",
        "neighborhood",
        "border",
        "crossing",
        "port",
        "island",
        "locality",  # ACLED's word for a place in Congo and Burkina Faso: 'took the locality of Nizi'
        "tract",  # Myanmar's village tracts: 'regained control of a PDF-held village tract'
        "tracts",
        "localities",
        "towns",
        "villages",
        "areas",
        "districts",
        "hills",
        "outposts",
        "camps",
        "bases",
        "checkpoint",
        "checkpoints",
        "facility",  # 'seized the Great Man-Made River facility', 'the dam', 'the presidential palace'
        "facilities",
        "dam",
        "palace",
        "capital",  # 'seized Laukkai, the capital of the Kokang region'
        "compound",  # 'took control of the provincial governor's compound'
        "compounds",
        "refinery",
        "oilfield",
        "oilfields",
        "bridge",
        "post",  # 'seized the army post of Boni'
        "posts",
        "barracks",
        "garrison",
        "garrisons",
        "detachment",  # 'attacked the military detachment in Mansila and overran it'
        "detachments",
        "encampment",  # 'overran an NPA encampment'
        "encampments",
        "site",
        "sites",
        "location",
        "locations",
        "mountain",
        "mountains",
        "headquarters",  # 'the RSF seized the SAF 16th Infantry Division headquarters in Nyala'
        "stronghold",
        "strongholds",
        "enclave",
        "enclaves",
        "community",  # 'retook control of the community of El Salitre': Mexico's and Colombia's word for a village
        "zone",  # 'retook parts of the neutral zone'
        "zones",
        "township",  # Myanmar's: 'regained control of Kani township'
        "townships",
        "woreda",  # Ethiopia's district, 'kebele' its ward
        "woredas",
        "kebele",
        "chiefdom",
        "vereda",  # Colombia's rural ward: 'took control of several veredas in rural Tame'
        "veredas",
        "corregimiento",
        "corregimientos",
        "kebeles",
        "groupement",  # Congo's
        "hamlet",
        "hamlets",
        "suburb",
        "suburbs",
        "airbase",
        "airfield",
        "communities",
        "valley",  # 'the Taliban took over the Panjshir valley'
        "valleys",
        "ridge",
        "heights",
        "kilometer",  # 'recaptured more than 2,000 square kilometers' (lemmas and words)
        "kilometre",
        "mile",
        "hectare",
        "kilometers",
        "kilometres",
        "km",
        "miles",
        "hectares",
    }
)
PARTS_OF_A_WHOLE = frozenset(
    {
        "string",  # 'overran a string of hilltop positions'
        "chain",
        "cluster",
        "centre",
        "center",
        "heart",
        "number",
        "part",
        "parts",
        "most",
        "half",
        "rest",
        "series",
        "dozens",
        "several",
        "some",
        "all",
        "section",
        "sections",
        "portion",
        "portions",
        "swathes",
        "swaths",
    }
)  # 'control of a number of sites'


ARMED_WORDS = frozenset(
    "forces force militia militias militiamen militants troops soldiers personnel gang gangs criminal criminals rebels fighters gunmen police policemen army guards insurgents jihadists uniformed paramilitary paramilitaries terrorists marines commandos gendarmes rangers detectives".split()
)


KIN_WORDS = frozenset(
    "mother mothers father fathers parent parents family families relative relatives wife wives widow widows husband husbands "
    "son sons daughter daughters child children brother brothers sister sisters".split()
)  # 'the mothers of soldiers who were killed': kin, described by what befell their own
PERSON_NOUNS = frozenset(
    "man woman boy girl child leader person official worker farmer teacher trader driver journalist activist student resident villager member youth teenager civilian shepherd herder passer-by passerby pedestrian".split()
)
# what armed men can do to whom when they 'snatch' or 'round up': people, named or not (compared with the noun's lemma)
PEOPLE_TAKEN = (
    PERSON_NOUNS
    | KIN_WORDS
    | frozenset(
        "people lawyer suspect national passenger doctor nurse engineer priest pastor imam cleric chief businessman tourist foreigner pupil "
        "schoolgirl schoolboy hostage relative traveller traveler motorist fisherman miner contractor employee mayor councillor councilor "
        "governor administrator prefect deputy lawmaker politician candidate idp refugee migrant".split()  # 'seized a 12 year-old female IDP'
    )
)


PEOPLE_BY_THEIR_POSTS = frozenset(
    "leader lord kingpin boss commander secretary coordinator spokesman spokesperson official president chairman member activist "
    "journalist reporter editor student organiser organizer general".split()
)  # 'picked up the party's secretary general', 'captured a drug lord': a person, whatever the post
INTERVENTION = re.compile(
    r"\b(tear\s*gas\w*|water\s+cannons?|rubber\s+bullets?|batons?|dispers\w*|broke\s+up|detain\w*|detentions?|arrest\w*|clashed\s+with\s+police|beat\w*"
    r"|intervened|suppress\w*|stun\s+grenades?|pepper\s+spray\w*|forcibly|kettl\w*|remov\w*\s+(the\s+)?([\w-]+\s+){0,2}(protesters|demonstrators|activists|citizens|participants)"
    r"|used\s+(mild\s+)?force|(lathi|cane|baton)[-\s]?charg\w*|charged\s+at|prevented\s+(the\s+)?(protesters|demonstrators|marchers)"
    r"|(were|was)\s+(\w+ly\s+)?(dispersed|arrested|detained|removed|evicted|blocked|stopped)\s+by|broken\s+up|taken\s+into\s+([\w-]+\s+)?custody|took\s+away"
    r"|took\s+([\w-]+\s+){1,3}into\s+([\w-]+\s+)?custody|rounded\s+up|picked\s+up|intercepted|bundled\s+([\w-]+\s+){0,5}into|held\s+(them|several|some|dozens|\d+)(\s+\w+){0,3}\s+(briefly|for\s+(a\s+few\s+|several\s+)?hours)|(dragged|hauled)\s+(\w+\s+)?away"
    r"|(?<!being\s)prevented\s+(the\s+|opposition\s+|several\s+)?([\w-]+\s+)?(protesters|demonstrators|marchers|them|activists|supporters|participants|residents|students|workers)\s+from\s+(marching|reaching|gathering|holding|entering|protesting|demonstrating|sticking|putting|hanging|displaying|approaching|setting\s+up)|confiscat\w*\s+(\w+\s+){0,2}(placards|banners|flags|signs)"
    r"|surround\w*\s+(the\s+)?(protesters|demonstrators|marchers|crowd)|push\w*\s+back\s+(the\s+)?(protesters|demonstrators|marchers|crowd)"
    r"|stopp?\w*\s+(a|the)\s+([\w-]+\s+){0,2}(protest|march|rally|demonstration|sit-in)|forcibly\s+ended"
    r"|scatter\w*|break\s+up|(stepped|moved)\s+in|halt\w*\s+(a|the)\s+([\w-]+\s+){0,2}(march|protest|rally|demonstration)"
    r"|(?<!refused\sto\s)(?<!refuse\sto\s)(?<!refusing\sto\s)(clear|cleared|clearing)\s+(the\s+)?([\w-]+\s+){0,2}?(protesters|demonstrators|blockade|crowd|sit-in|encampment|camp)"
    r"|forced\s+(them|the\s+[\w-]+|participants|protesters|demonstrators)\s+to\s+(disperse|break\s+up|leave|end)|forced\s+to\s+(disperse|break\s+up)"
    r"|block\w*\s+(the\s+)?(path\s+of\s+(the\s+|a\s+)?)?((?!(in|to|for|as)\s)[\w-]+\s+){0,2}(march|protest|rally|demonstration|convoy|protesters|demonstrators|marchers))\b",
    re.IGNORECASE,
)
# any word of force, violence or a force present: without one, a protest went peacefully
# whatever the classifier guesses from its place or its cause ('migrant workers held a protest in Surat')
FORCE_OR_VIOLENCE_WORDS = re.compile(
    r"\b(police\w*|gendarm\w*|security|forces?|soldiers?|troops|army|military|guards?|authorities|officers?|militia\w*|fighters|elements"
    r"|arrest\w*|detain\w*|detention|dispers\w*|block\w*|prevent\w*|stopped|clash\w*|burn\w*|fire[ds]?|attack\w*|ston\w*|rocks?|threw|throw\w*"
    r"|damag\w*|destr\w*|demolish\w*|vandal\w*|loot\w*|storm\w*|smash\w*|injur\w*|wound\w*|kill\w*|dead|died|shot|shoot\w*|beat\w*"
    r"|rammed|manhandl\w*|assault\w*|fight\w*|fought|violen\w*|riot\w*|tear\s*gas|rubber|batons?|barricad\w*|interven\w*|remov\w*|forcibl\w*)\b",
    re.IGNORECASE,
)
KIN_OF = re.compile(
    r"\b(" + "|".join(sorted(KIN_WORDS)) + r")\s+of\s+(the\s+|their\s+|those\s+)?$", re.IGNORECASE
)  # 'the mothers of (soldiers who were killed)'
REMEMBRANCE = re.compile(
    r"\b(commemorat\w*|memorial|anniversary|in\s+memory|mourn\w*|portraits?|justice\s+for|(photograph|picture|photo)s?\s+of"
    r"|(famil(y|ies)|relatives|friends)(\s+and\s+(famil(y|ies)|relatives|friends|colleagues|neighbou?rs))?\s+of)\b"
    r"|\bvigils?\b[^.;]{0,100}?\bfor\b",
    re.IGNORECASE,
)  # 'a candlelight vigil in Hledan for protesters shot dead on 28 February'
# a sentence timed by another event it names, not by a date: 'the night of Iran's attack'
TIMED_BY_ANOTHER_EVENT = re.compile(
    r"\b(?:the\s+)?(?:night|day|morning|evening|eve|aftermath|wake)\s+of\s+(?:the\s+|an?\s+|\w+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|bombings?|invasion|raids?|assault|offensive|explosions?|blasts?|massacre|barrage)\b",
    re.IGNORECASE,
)
NOT_A_STRIKE = re.compile(
    r"\b(tear\s*gas|canisters?|rubber\s+bullets?|pellets?|water\s+cannon|stones?|rocks?|bricks?|cars?|vehicles?|trucks?|lorry|bus|train|stun\s+grenades?)\b",
    re.IGNORECASE,
)  # what hits someone without a strike: 'hit by a tear gas canister', 'hit by a car'
HIT_BY_WHAT_FORCES_FIRED = re.compile(
    r"\s+after\s+((being\s+)?(hit|struck)(\s+in\s+the\s+\w+)?\s+by|inhaling)\s+(a\s+|an\s+)?[\w\s-]{0,40}?\b(fired|shot|thrown)(\s+[\w-]+){0,3}?\s+by\s+(the\s+)?"
    r"(police\w*|security\s+forces|soldiers|troops|gendarmes?|army|military)\b",
    re.IGNORECASE,
)  # 'a protester died after being hit by a tear gas canister fired by police', '... after inhaling tear gas fired by police'
AFTER_SECURITY_FORCES_ACTED = re.compile(
    r"(\s+[\w-]+){0,3}?\s+(after|when)\s+(the\s+)?(armed\s+|riot\s+)?(police\w*|security\s+forces|soldiers|troops|gendarmes?|army|military)\s+(shot|fired|beat|hit|attacked|opened|dispersed|broke\s+up|tear-?gassed|charged|cracked\s+down)\b"
    r"|\s+after\s+being\s+(\w+ly\s+)?(beaten|shot|hit|struck|attacked|assaulted|tortured)\s+([\w-]+\s+){0,3}?by\s+(the\s+)?(armed\s+|riot\s+)?"
    r"(police\w*|security\s+forces|soldiers|troops|gendarmes?|army|military)\b",
    re.IGNORECASE,
)  # 'a student was seriously injured after police shot him with a rubber bullet', '... was killed when police fired tear gas
# canisters at demonstrators', 'a protester died after being beaten by police'
BY_SECURITY_FORCES = re.compile(
    r"(\s+dead)?(\s+and\s+[\w\s,]{0,50}?)?\s+by\s+(the\s+|a\s+|an\s+)?(armed\s+|riot\s+)?(police\w*|security\s+forces|soldiers?|troops|gendarmes?|the\s+army|army|military)\b",
    re.IGNORECASE,
)  # 'shot by police', 'shot and beaten with sticks by armed police\'
FIRE_BOTH_WAYS = re.compile(
    r"\b(shelling\s+exchanges?|exchange[sd]?\s+(of\s+)?(artillery|mortar|rocket|heavy\s+weapons?|shelling)|exchang\w*\s+(\w+\s+){0,2}(artillery|mortar|rocket)\s+fire"
    r"|fired\s+back|returned\s+(the\s+)?fire|responded\s+to\s+the\s+(fire|shelling|attack)|responded\s+with\s+(\w+\s+){0,2}(fire|weapons|shelling))\b",
    re.IGNORECASE,
)  # heavy weapons fired both ways: ACLED's armed clash, not shelling
DIRECT_FIRE = re.compile(
    r"\b((?<!heavy\s)(?<!calibre\s)(?<!caliber\s)machine[-\s]?guns?|small\s+arms|firearms|snipers?|rifles?|light\s+weapons|AK-?47s?)\b", re.IGNORECASE
)  # fired with the shells: a fight at range of sight (heavy machine guns are ACLED's shelling)
FORCES_POSITIONS = re.compile(r"\bpositions\b", re.IGNORECASE)  # 'army positions', 'the positions of the rebels': what only armed men hold
FIREARMS = re.compile(
    r"\b(gunpoint|firearms?|guns?|pistols?|rifles?|opened\s+fire|shot\s+at|shot\s+(and\s+)?(killed|dead|injured|wounded)|shot\s+(him|her|them)|gunshots?)\b",
    re.IGNORECASE,
)  # men who shoot are armed men, not a mob
GROUND_AND_AIR = re.compile(
    r"\b(ground\s+(operations?|offensives?|assaults?|attacks?)|air-?ground|ground-?air|(backed|supported|accompanied)\s+by\s+(air\s*strikes|airstrikes|air\s+support))\b",
    re.IGNORECASE,
)  # strikes that go with troops on the ground: ACLED's armed clash
HURT_TOLD = re.compile(r"\b(injur\w*|wound\w*|kill\w*|dead|died|death|deaths|fatalit\w*|hospitali[sz]\w*|hurt)\b", re.IGNORECASE)  # someone told hurt
CROWD_ASSAULTED = re.compile(r"\b(assault\w*|rammed|attack\w*|pushed|shoved)\b", re.IGNORECASE)  # force on a crowd no intervention word names
PROTESTERS_HELD = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many|at\s+least\s+\w+)\s+"
    r"(persons?|people|protesters?|protestors?|demonstrators?|activists?|participants?|students?)\s+(were|was)\s+(arrested|detained|taken\s+into\s+custody)\b"
    r"|\b(\w+\s+)?arrests\s+were\s+made\b|\b(\d+|dozens|hundreds|scores|several|many)\s+(of\s+)?(detentions|arrests)\b"
    r"|\band\s+(was|were)\s+(later\s+|then\s+|briefly\s+)?(arrested|detained|taken\s+into\s+custody)\b"
    r"|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many)\s+(of\s+them\s+)?(were|was)\s+(arrested|detained|taken\s+into\s+custody)\b",
    re.IGNORECASE,
)  # 'Two persons were arrested.': the authorities acted on the protest, named or not
SECURITY_FORCES = re.compile(
    r"\b(police\w*|(security\s+)?forces|security\s+(personnel|operatives|agents)|plain-?clothe(s|d)\s+(agents|officers|men)|soldiers|troops|gendarmes?|riot\s+police|army|military|(national\s+)?guards?|officers|fighters|militiamen)\b",
    re.IGNORECASE,
)


VIOLENT_CROWD = re.compile(
    r"\b(burn\w*\s+tyres|burning\s+tires|pelt\w*|threw\s+(stones|rocks|petrol|molotov|fireworks)|throwing\s+(stones|rocks)|stone[ds]?\s+(police|vehicles|cars)|torched|set\s+(fire|ablaze)|vandali[sz]\w*|smash\w*|ransack\w*|clash\w*\s+with\s+(the\s+)?(police|security|gendarmes|soldiers)|physical\s+confrontation|attacked\s+(a|an|the)\s|beat\s+(up\s+)?(a|an|the)|retaliat\w*"
    r"|hurl\w*\s+(\w+\s+){0,2}(stones|rocks|objects|bottles|bricks)|threw\s+(\w+\s+){0,2}(objects|bottles|bricks|stones|rocks)"
    r"|(stones?|rocks?|bricks?|bottles?)\s+(thrown|hurled)\s+by"
    r"|(beaten(\s+up)?|attacked|assaulted|roughed\s+up|stoned)\s+by\s+(the\s+|some\s+)?(demonstrators|protesters|protestors|rioters|marchers)"
    r"|broke\s+into|forced\s+(their\s+way\s+)?into|forcibly\s+entered|held\s+([\w-]+\s+){0,3}hostage|seized\s+(the\s+)?"
    r"|barricad\w*|set\w*\s+(\w+\s+){0,4}(on\s+fire|ablaze|alight)|burn\w*\s+(\w+\s+){0,3}(tyres|tires|homes|houses|vehicles|cars|buildings|offices?|stations?|posts?|shops?|stores?|headquarters|premises|residences?)"
    r"|(stormed|(attempt\w*|tr(y|ied|ying))\s+to\s+storm)\s+(and\s+\w+\s+)?(the|a|an)\s+(\S+\s+){0,3}(offices?|buildings?|police|parliament|compound|headquarters|stations?|premises|residences?|palace|court|prison)"
    r"|violent(ly)?\s+(demonstrat\w*|protest\w*)|(demonstrat|protest)\w*\s+violently|rioting\s+(\w+\s+)?(prisoners|inmates|detainees|youths?|crowds?|students|mobs?|people|residents|protesters|demonstrators|fans|workers|farmers|supporters)|(turned|became|grew)\s+violent|turned\s+into\s+a\s+riot|degenerated\s+into\s+(violence|clashes|a\s+riot)|clash\w*\s+between|attacked\s+(\w+\s+){0,2}(vehicles|cars|police|officers|journalists?|security\s+forces|soldiers|gendarmes)"
    r"|assault\w*\s+(a|an|the)\s+(\w+\s+)?(journalist|reporter|officer|policeman)"
    r"|(police(\s+officers?)?|policem[ae]n|officers?|soldiers?|gendarmes?|guards?)\s+(\w+\s+){0,2}(was|were)\s+(\w+\s+)?(killed|injured|wounded|hurt|stabbed)"
    r"|(policem[ae]n|officers?|soldiers?|gendarmes?|guards?)\s+died|stabb(ed|ing)\s+(a|an|the|one|two)\s+(\w+\s+)?(guards?|officers?|policem[ae]n|soldiers?|gendarmes?)"
    r"|wreck\w*\s+(\w+\s+){0,2}(the|a|an)\s+(\w+\s+){0,2}(stations?|offices?|posts?|clinics?|buildings?|vehicles?|cars?)|attempted\s+reprisals"
    r"|(take|took|taking|sought|seeking)\s+revenge"
    r"|(captured|seized|kidnapped|abducted|held)\s+(a|an|one|two|three|several|\d+)\s+(police(\s*(officers?|men))?|policem[ae]n|officers?|soldiers?|gendarmes?)\b"  # 'captured a police officer and beat him up'
    r"|injuring\s+(\w+\s+){0,2}(police(\s*officers|men)?|officers|soldiers|gendarmes)"  # the forces hurt: the crowd fought
    r"|block\w*\s+[^.]{0,60}\bwith\s+([\w,]+\s+){0,4}(rocks|stones|rubbish|woods?|tyres|tires|benches|trees|logs|obstacles))\b",
    re.IGNORECASE,
)
VIOLENT_CROWD_ACTS = re.compile(
    r"\b(rioters|looted|looting|set\s+alight|burn(ed|t)\s+(\w+\s+){0,2}(wood|machines?|bonfires|debris)|cut\s+down\s+trees"
    r"|(destroy\w*|damag\w*)\s+(\w+\s+){0,3}(property|vehicles?|cars?|shops?|machines?|offices?|buildings?|business\w*|furniture|gates?|windows)"
    r"|attack\w*\s+(a\s+|the\s+)?(vehicles?|commuters|motorists|passers-by|shops?|stores?)|used\s+(rocks|stones)\s+(\w+\s+){0,3}(as\s+)?barricades"
    r"|(turned|became|grew)\s+violent"  # 'the protest turned violent when marchers attacked shops'
    r"|confrontation\s+between\s+(the\s+)?(demonstrators|protesters)|clash\w*\s+with\s+each\s+other"
    r"|burn(ed|t)\s+([\w']+\s+){0,2}(machines?|vehicles?|cars?|equipment)"
    r"|(property|vehicles?|cars?|shops?|machines?|offices?|buildings?|chairs|furniture|houses|homes)\s+(were\s+|was\s+)?(burnt|burned|destroyed|damaged|vandali[sz]ed|torched|looted))\b",
    re.IGNORECASE,
)  # read only where no aim of the protest comes first in the sentence ('demanded the return of looted goods' is no looting)


INTO_THE_AIR = re.compile(r"\s+([\w-]+\s+){0,3}?(in|into)\s+the\s+air\b", re.IGNORECASE)  # 'fired live rounds into the air'
NO_ONE_HURT = re.compile(r"\bno\s+(injuries|casualties|one\s+was\s+(hurt|injured))\b|\bwithout\s+(injuring|hurting|casualties)\b", re.IGNORECASE)
AIMED_AFTER = re.compile(r"\s+(at|on|into|towards)\b", re.IGNORECASE)  # 'fired live bullets at youths': the shots' aim follows them
AIMED_SHOTS = re.compile(r"\b(at|on)$", re.IGNORECASE)  # 'fired at them' is lethal force, hurt or not
LETHAL_FORCE = re.compile(
    r"\b(live\s+(ammunition|rounds|fire|bullets)|shot\s+([\w-]+\s+){0,3}dead|(shot|shoot|shooting)\s+at|(were|was)\s+shot|shot\s+and\s+(\w+\s+)?(injured|wounded)|opened\s+fire|fired\s+(shots|bullets|on|at)|gunfire|gunshots?|killing|killed"
    r"|causing\s+the\s+death|died|fatally|bullet\s+wounds?|to\s+death|(seriously|severely|critically|gravely)\s+(injur\w*|wound\w*|hurt)|tortur(ed|ing)|(severely|brutally|badly)\s+beat(en|ing)?"
    r"|fractured\s+skulls?|blinding|blinded|r[au]n\s+over|pellets?|birdshot|buckshot|lost\s+(an|one|his|her|their)\s+eyes?|(lost|losing)\s+consciousness|knocked\s+unconscious|caus\w+\s+([\w-]+\s+){0,3}to\s+die"
    r"|(shot|hit|struck)\s+in\s+the\s+(head|face|eyes?|chest|neck|abdomen|stomach)"
    r"|shot\s+(a|an|one|two|three|\d+|several)\s+([\w-]+\s+){0,2}?in\s+the\s+(legs?|arms?|foot|feet|thighs?|hands?|shoulders?|back)"  # a gunshot wound: lethal weapons
    r"|(wounded|injured|hit)\s+by\s+(a\s+|an\s+)?(?!rubber\b|plastic\b)([\w-]+\s+)?(bullets?|gunfire|gunshots?)"
    r"|fired\s+([\w-]+\s+){0,2}?into\s+(the\s+)?(crowd|protesters|demonstrators|marchers)"
    r"|(drove|ploughed|plowed|rammed|careered)\s+([\w-]+\s+){0,2}?into\s+(the\s+|a\s+)?(crowds?|protesters|demonstrators|marchers)"  # 'a military vehicle drove into demonstrators'
    r"|hospitali[sz]ed\s+with\s+(\w+\s+)?(head|serious|severe|gunshot|bullet|stab)\s+(injuries|wounds)|head\s+injuries)\b",
    re.IGNORECASE,
)  # force that kills or can, or wounds gravely: ACLED's excessive force against protesters
SHOTS_ONLY = re.compile(r"^(live|shot\s+at|shoot|shooting|opened|fired|gunfire|gunshot)", re.IGNORECASE)  # shots, not a death or a wound
KILLING_OF_ANOTHER_PERSON = re.compile(
    r"\b(?P<who>[\w-]+)\s+(who|whom|that)\s+(had\s+|has\s+|have\s+)?(been\s+|was\s+|were\s+)?$"
    r"|\bof\s+(a|an|the|two|three|their|his|her|its|\d+)\s+(?P<whose>([\w-]+\s+){0,2})$",
    re.IGNORECASE,
)  # 'outside the home of a man who had been killed by police', 'the family of a man killed by police'
CROWD_AS_OBJECT = re.compile(
    r"\s+(a|an|the|one|two|three|four|five|several|\d+)?\s*(peaceful\s+)?(protest[eo]rs?|demonstrators?|marchers)\b", re.IGNORECASE
)  # 'gunmen shot dead a protester', 'killed two demonstrators'
CROWD_AS_SUBJECT = re.compile(
    r"\b(protest[eo]rs?|demonstrators?|marchers|(one|two|three|four|five|several|some|many|\d+)\s+of\s+them)\b[^,;.]{0,40}?\s(?P<be>(were|was)\s+)?$",
    re.IGNORECASE,
)  # 'protesters in Khartoum were killed', 'two demonstrators were shot', 'One of them was tortured and killed.'
SUFFERED_BY_THE_CROWD = re.compile(
    r"(died|bled|(lost|losing)\s+(consciousness|an\s+eye|one\s+eye|(his|her|their)\s+eyes?))\b", re.IGNORECASE
)  # 'One of them lost consciousness as a result of the beatings': the crowd, the subject, suffered it


CLASSIFIER_ONLY_KINDS: frozenset[str] = (
    frozenset()
)  # kinds with no rules of their own (none now: 'group' codes releases of captives, and leaves the rest to the classifier)


PRONOUN_SUBJECTS = frozenset({"it", "they", "we", "he", "she", "i"})  # 'I asked President Xi ...,' the chancellor wrote


ANNOUNCING_OWN_GAINS = frozenset({"announce", "declare", "claim", "complete"})  # 'announced the liberation of Bayhan': the announcer's gain
LIGHT_VERBS = frozenset(
    {"open", "carry", "launch", "conduct", "stage", "mount", "wage", "exchange", "unleash", "make", "fire", "take"}
)  # "fired shots", "took them hostage"


# -- read by merge --


ONE_SIDED_FAMILIES = frozenset(
    {"remote", "bomb", "chemical", "civilians", "abduction"}
)  # one perpetrator (clashes have two); not arrests, whose police is often a default


ADMISSION_CUE = re.compile(r"(acknowledg|admit|confirm|conced|recogni[sz])", re.IGNORECASE)


UNVERIFIED_HEDGES = frozenset({"unverified", "unconfirmed"})


INDEPENDENT_PARTIES = frozenset({"analyst", "international_org", "other_government"})


PARTIAL_CONTROL = re.compile(r"\b(half\s+of|part\s+of|parts\s+of|partially|partial\s+control|outskirts|some\s+districts|contested)\b", re.IGNORECASE)


FULL_CONTROL = re.compile(r"\b(completely|fully|entire|entirely|whole|full\s+control)\b", re.IGNORECASE)


NEARLY = re.compile(r"\b(almost|nearly|virtually|practically|most\s+of|not)\s+(the\s+)?$", re.IGNORECASE)  # 'almost the entire region' claims no full control


WIDER_AREA = re.compile(r"^\s+([\w’'-]+\s+){0,2}(region|oblast|province|area|front|country|territory)\b", re.IGNORECASE)


WORD = re.compile(r"\w+")


# -- read by parse --

# lemmas spaCy's rule lemmatizer gets wrong for words events and attributions turn on
LEMMA_FIXES: dict[str, str] = {
    "raped": "rape",
    "raping": "rape",
    "rapes": "rape",
    "staged": "stage",
    "staging": "stage",
    "hoped": "hope",
    "hoping": "hope",
    "hopes": "hope",
    "graves": "grave",  # not 'graf'
    # past tenses the tagger now and then reads as nouns, keeping them as their own lemma
    # ('members of the CTA-A protested to demand land')
    "protested": "protest",
    "demonstrated": "demonstrate",
    "rallied": "rally",
    "picketed": "picket",
    "marched": "march",
    "clashed": "clash",
    "abducted": "abduct",
    "kidnapped": "kidnap",
    "retook": "retake",  # the tagger does not know it and reads it as a noun
    "reoccupied": "reoccupy",  # not 'reoccupie'
    "reentered": "reenter",  # not 'reentere'
    **{f"{stick}-{form}": f"{stick}-charge" for stick in ("baton", "lathi", "cane") for form in ("charged", "charging")},  # ``MISREAD_VERB_NORMS``
    "reoccupies": "reoccupy",
    "reestablishe": "reestablish",  # 're-established', lemmatised without its hyphen
    "reestablished": "reestablish",
    "shoot-out": "shootout",  # one token (``HYPHENATED_NOUN_NORMS``)
    "shoot-outs": "shootout",
    "installed": "install",  # not 'instal'
    "salvos": "salvo",  # tagged as an adverb ('missile, rocket and drone salvos on Monday'): a noun (``parse.fix_lemmas``)
}
NOUNS_TAGGED_AS_OTHERS = frozenset({"salvos"})

# past tenses of taking ground the tagger does not know and reads as nouns ('the Malian army
# retook control of Menaka', 'Menaka was overrun'): the tokenizer gives each the norm of a verb
# it knows, which is what the tagger and the parser read, so the sentence is parsed as told
# Names written like a common word, read by the parser as that word ('IS Sahel militants clashed':
# 'IS' taken for the verb 'is'); the case is kept, so 'This is' is untouched.
NAMES_READ_AS_WORDS: dict[str, str] = {"IS": "isis"}

MISREAD_VERB_NORMS: dict[str, str] = {
    "retook": "took",
    "overran": "took",
    "overrun": "taken",
    **{f"{stick}-charged": "beat" for stick in ("baton", "lathi", "cane")},  # 'police baton-charged protesting teachers': one verb, not 'baton', '-', 'charged'
    **{f"{stick}-charging": "beating" for stick in ("baton", "lathi", "cane")},
}

# nouns of fighting written with a hyphen ('shoot-outs between unknown shooters'): one token, read as the word without it
HYPHENATED_NOUN_NORMS: dict[str, str] = {"shoot-out": "shootout", "shoot-outs": "shootouts"}

# verbs of taking ground written with a hyphen ('re-captured'): the tokenizer keeps them one
# word, which parse lemmatises without the hyphen ('recapture'), as if written 'recaptured'
RE_HYPHENATED_VERBS: tuple[str, ...] = tuple(
    f"re-{form}"
    for form in (
        "capture",
        "captured",
        "captures",
        "capturing",
        "take",
        "takes",
        "took",
        "taken",
        "taking",
        "gain",
        "gained",
        "gains",
        "gaining",
        "claim",
        "claimed",
        "claiming",
        "conquer",
        "conquered",
        "occupy",
        "occupied",
        "occupies",
        "occupying",
        "seize",
        "seized",
        "seizing",
        "establish",
        "established",
        "establishing",
        "enter",
        "entered",
        "enters",
        "entering",
    )
)


# -- read by events.reported: whether a candidate reports one real, recent occurrence --

# Works, games and drills: what is told inside them is staged or imagined ('a feature about a
# family trapped when fighting broke out', 'a Call of Duty instalment that lets players storm a
# city', 'drills simulating a blockade of key ports').
WORK_NOUNS = frozenset(
    """film movie feature documentary docudrama novel memoir book instalment installment sequel episode drama thriller opera
    musical exhibition podcast drill drills exercise exercises wargame wargames simulation manoeuvre manoeuvres maneuver
    maneuvers""".split()
)
GAME_MODIFIERS = frozenset({"video", "computer", "mobile", "board", "war"})  # 'a video game', not 'a game of cat and mouse'
STAGING_VERBS = frozenset({"imagine", "simulate", "depict", "portray", "rehearse", "dramatise", "dramatize", "recreate", "reenact", "re-enact"})
# A fact check: what the false picture or post claims never happened as told ('a photo shared as
# evidence of Indian airstrikes on Lahore actually shows the 2020 explosion at Beirut's port').
FACT_CHECK = re.compile(
    r"\bfact[\s-]?check\w*|\bdebunk\w*|\bactually\s+(shows?|showed|depicts?)\b|\bis\s+in\s+fact\s+(footage|a\s+video|an?\s+(old\s+)?(image|photo))"
    r"|\bpurport(s|ed|ing)?\s+to\s+show\b|\bclaim(s|ed|ing)?\s+to\s+show\b|\bfalsely\s+(claim\w*|shared|attributed|presented|described|captioned)\b"
    r"|\b(doctored|digitally\s+altered|ai[\s-]generated|fabricated)\s+(image|video|photo|picture|clip|footage)s?\b"
    r"|\bgeolocation\s+shows\b|\b(footage|video|clip)\s+was\s+(actually\s+)?(filmed|shot|taken)\s+in\b",
    re.IGNORECASE,
)
# An obituary: what the dead did in their lives is biography ('Henry Kissinger, who oversaw the
# secret bombing of Cambodia, has died aged 100').
OBITUARY = re.compile(r"\b(has\s+)?died\s+(aged|at\s+(the\s+age\s+of\s+)?)\s*\d{2,3}\b|\bdies\s+at\s+\d{2,3}\b", re.IGNORECASE)
# What a silence, a tribute or a memorial is for happened before: 'a minute's silence for the three people killed at the city festival'.
MOURNING_NOUNS = frozenset({"silence", "tribute", "memorial", "vigil", "funeral", "mourning", "commemoration", "wreath", "requiem", "minute"})
PROPERTY_BROKEN_INTO = frozenset({"shop", "store", "house", "home", "warehouse", "office", "bank", "pharmacy", "market", "depot"})
THIEVES = frozenset({"thief", "robber", "burglar", "pickpocket", "shoplifter", "fraudster", "poacher"})  # who steals for gain, not for a war
KIND_MODIFIERS = frozenset({"similar", "such"})  # 'blamed similar bombings on the Pakistani Taliban': a kind of event
# Words that make an act many acts: 'twice overrun by Islamic State fighters'.
REPEATED_ADVERBS = frozenset({"twice", "repeatedly", "often", "frequently", "regularly"})
# A contest that is not war: 'a hostile takeover battle', 'a legal battle', 'a price war'.
CONTEST_MODIFIERS = frozenset(
    """takeover legal court courtroom price bidding bid custody ratings trade tariff boardroom chart charts box-office
    budget culture copyright patent blistering scathing stinging withering verbal rhetorical""".split()
)  # 'a hostile takeover battle', 'a blistering attack on the budget'

# A violent word aimed at one of these is a figure of speech: 'an assault on sovereignty',
# 'fight climate change', 'attacked the decision', 'regain trust'.
ABSTRACT_OBJECTS = frozenset(
    """sovereignty democracy freedom freedoms liberty values value rights right truth decision decisions move plan plans policy
    policies idea ideas proposal proposals remark remarks comment comments statement statements law laws bill bills ruling rulings
    report reports claim claims critic critics media press record economy inflation corruption poverty disinformation
    misinformation propaganda climate change pandemic virus covid coronavirus crime impunity hunger famine fascism nazism
    injustice racism hate hatred antisemitism extremism tone blow chord balance deal note pose nerve support opinion opinions
    principle principles unity credibility reputation image price prices ban sanctions narrative narratives idea ideology
    confidence trust momentum initiative imagination attention mood moment opportunity headline headlines spirit essence
    role stake lead title championship election elections vote votes reform reforms
    agenda approach strategy stance rhetoric lie lies myth myths censorship dissent tradition culture identity future history
    memory legacy peace stability""".split()
)

# Objects that make one verb figurative whatever else the sentence says: 'strike a blow',
# 'struck a bellicose tone', 'seize the moment'.
FIGURATIVE_OBJECTS: dict[str, frozenset[str]] = {
    "strike": frozenset({"blow", "tone", "deal", "chord", "balance", "note", "pose", "bargain", "agreement", "compromise", "match", "nerve", "figure"}),
    "seize": frozenset({"moment", "opportunity", "initiative", "chance", "day"}),
    **dict.fromkeys(("bombard", "pound", "attack"), frozenset({"goal", "goalmouth", "net", "goalkeeper", "keeper", "inbox"})),  # 'bombarded the Barcelona goal'
    "capture": frozenset({"imagination", "attention", "mood", "moment", "spirit", "essence", "headlines", "market"}),
    "kill": frozenset({"bill", "deal", "plan", "proposal", "idea", "time", "mood"}),
    "fire": frozenset({"imagination", "salvo", "warning", "shot", "broadside"}),
    **dict.fromkeys(
        ("battle", "fight"),
        frozenset({"blaze", "fire", "fires", "flame", "wildfire", "flood", "disease", "cancer", "illness", "addiction", "virus", "heat", "snow", "obesity"}),
    ),  # 'firefighters battled a blaze'
}
# An arrest for an ordinary crime, and the theft it is for: no political violence or significant
# arrest in ACLED's sense ('two men were arrested for stealing copper wire').
COMMON_CRIME = re.compile(
    r"\b(arrest\w*|detain\w*|held)\b[^.;]{0,60}?\b(for|over|on\s+suspicion\s+of|on\s+charges\s+of)\s+(stealing|theft|thefts|robbery|robberies|burglary|burglaries"
    r"|shoplifting|pickpocketing|drug\s+(possession|dealing)|possessing\s+drugs|fraud|speeding|drunk[\s-]driving|poaching"
    r"|(murder(ing)?|killing|stabbing|assaulting|beating)\s+(his|her|their)\s+(partner|wife|husband|girlfriend|boyfriend|mother|father|son|daughter|children|child|baby|neighbou?r))\b",
    re.IGNORECASE,
)
# Violence from a private quarrel, no political violence ('shot and wounded in a dispute over a
# parking space', 'stabbed in a row over a debt', 'a road-rage attack'); land and water disputes
# between communities are ACLED's.
PERSONAL_QUARREL = re.compile(
    r"\b(dispute|row|quarrel|argument|fight|altercation|brawl)\s+over\s+(a\s+|an\s+|the\s+|his\s+|her\s+|unpaid\s+)?"
    r"(parking(\s+(space|spot|issues?))?|debts?|money|loans?|rent|bills?|phone|mobile|dog|football\s+match|card\s+game|drinks?|girlfriend|woman|inheritance)\b"
    r"|\broad[\s-]rage\b|\bdomestic\s+(dispute|violence|quarrel|row)\b|\bbar\s+(fight|brawl)\b",
    re.IGNORECASE,
)
DEATHS_TOLD = re.compile(r"\b(were|was)\s+(shot\s+dead|killed)\b|\bdied\b|\b[1-9]\d*\s+fatalit(y|ies)\b", re.IGNORECASE)  # a toll told after the force
PARTISANS = re.compile(
    r"\b(activists?|supporters?|cadres?|members|party|league|militants?|gangs?|clans?)\b", re.IGNORECASE
)  # a quarrel of a party's people is political
# A match report: a score and a word of sport ('battled past Chelsea 3-1 at the Emirates').
_SCORE = r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b"
_SPORT_WORD = r"\b(half|match|game|goals?|league|cup|season|stadium|striker|coach|final|victory|win|beat|defeat|draw)\b"
SPORTS_REPORT = re.compile(
    rf"{_SCORE}.*{_SPORT_WORD}|{_SPORT_WORD}.*{_SCORE}"
    r"|\b\d{1,3}(st|nd|rd|th)[\s-]+minute\b|\btop\s+corner\b|\bstoppage\s+time\b|\bhat[\s-]trick\b|\bpenalty\s+(kick|spot|area)\b"
    r"|\bon\s+\d{1,3}\s+minutes\b|\bseal(ed)?\s+the\s+(win|victory)\b",
    re.IGNORECASE,
)  # 'the striker fired a missile into the top corner in the 89th minute'
COMMEMORATION = re.compile(
    r"\b(commemorat\w*|mourn\w*|remember\w*|pay(ing)?\s+tribute|paid\s+tribute|mark(ed|ing)?\s+the\s+(\w+\s+)?anniversary|memorial|vigil|funeral|pray(ed|ing)?|celebrat\w*)\b",
    re.IGNORECASE,
)  # gatherings of remembrance, prayer or celebration: no protest unless a cause is voiced
POLITICAL_DAYS = re.compile(
    r"\b(labou?r\s+day|may\s+day|workers['’]?\s+day|women['’]s\s+day|pride)\b", re.IGNORECASE
)  # marked by rallies ACLED codes as protests
PEOPLE_HURT = re.compile(r"\b(injur\w*|wound\w*|kill\w*|dead|died|hurt|arrest\w*|stabb\w*)\b", re.IGNORECASE)
# Subjects that make a verb figurative: 'prices exploded', 'shares were hit'.
ECONOMIC_SUBJECTS = frozenset(
    {"price", "cost", "share", "sale", "demand", "market", "stock", "number", "popularity", "debt", "rent", "population", "inflation", "bill", "bitcoin"}
)
WEATHER_SUBJECTS = frozenset(
    """temperature mercury heat heatwave storm cyclone typhoon hurricane tornado earthquake quake tremor flood drought wildfire
    rain snow blizzard landslide tsunami pandemic epidemic outbreak recession""".split()
)  # 'temperatures hit 48C', 'an earthquake struck the region'
FIGURATIVE_SUBJECTS: dict[str, frozenset[str]] = {
    "explode": ECONOMIC_SUBJECTS | {"attack", "game", "match", "crowd", "stadium"},  # 'Arsenal's attack exploded into life'
    "hit": ECONOMIC_SUBJECTS | WEATHER_SUBJECTS,
    **dict.fromkeys(("bombard", "batter", "lash"), WEATHER_SUBJECTS),  # 'the storm bombarded parts of Oklahoma with hail'
    "strike": WEATHER_SUBJECTS,
    "pound": WEATHER_SUBJECTS,
    "crash": ECONOMIC_SUBJECTS,
    "flee": frozenset({"investor", "trader", "buyer", "capital", "money", "fund", "shareholder", "depositor"}),  # 'investors fled chipmakers'
}

# Verbs that, given an object or a clause, mean 'showed' or 'criticised', not an event:
# 'history has demonstrated that...', 'rally support', 'blasted the decision'.
SHOWING_LEMMAS = frozenset({"demonstrate"})
BECOMING_LEMMAS = frozenset({"turn", "become", "transform", "convert", "make"})  # 'towns turned into mass graves': a likeness
# what people demonstrate to do ('demonstrated to demand their wages'): a protest, not a showing
PROTEST_AIM_VERBS = frozenset(
    "ask demand denounce call protest reject express request press claim oppose support condemn urge seek defend commemorate decry voice "
    "criticise criticize complain insist reclaim".split()
)
RALLYING_LEMMAS = frozenset({"rally"})
RALLIED_OBJECTS = frozenset(
    {
        "support",
        "backing",
        "ally",
        "allies",
        "supporter",
        "supporters",
        "voter",
        "voters",
        "public",
        "nation",
        "country",
        "base",
        "opinion",
        "troops",
        "world",
        "partner",
        "partners",
    }
)
CRITICISING_LEMMAS = frozenset({"blast", "slam", "lash", "hammer"})

# Nouns under which an event is only possible, feared or argued about: 'an excuse to attack',
# 'the threat of an invasion', 'the worst scenario: a Russian attack', 'no signs of withdrawal'.
IRREALIS_NOUNS = frozenset(
    """pretext excuse justification threat risk fear fears possibility scenario prospect danger ability capability capacity
    capabilities means plan plans preparation preparations readiness need call calls demand demands sign signs anticipation
    chance likelihood potential option options intention goal aim argument arguments reason rationale warning warnings
    speculation rumour rumours rumor rumors condition conditions idea hope hopes willingness right strategy proposal proposals
    draft offer""".split()
)

# Verbs under which an event is prevented, feared or defended against, not reported.
IRREALIS_VERBS = frozenset(
    """prevent avoid deter defend protect counter resist fear predict anticipate imagine risk justify avert forestall foil
    discourage allow enable discuss propose seek urge""".split()
)

JUDICIAL_VERBS = frozenset({"sentence", "convict", "acquit", "charge", "indict", "try", "prosecute", "jail", "imprison", "fine"})
SUSPICION_NOUNS = frozenset(
    {"suspicion", "charge", "charges", "accusation", "accusations"}
)  # 'arrested on suspicion of murdering his partner'  # what a court judges ('sentenced for his role in the attack') happened before the news

# Modifiers of a trigger noun that make it possible, future or any, not one that happened.
IRREALIS_MODIFIERS = frozenset(
    {
        "potential",
        "possible",
        "future",
        "imminent",
        "looming",
        "planned",
        "feared",
        "hypothetical",
        "would-be",
        "any",
        "next",
        "expected",
        "prospective",
        "likely",
        "eventual",
    }
)

# Words that make a sentence habitual, cumulative or about a long stretch of time: not one
# occurrence ('killing 1,000 troops each day', 'have used cluster bombs during the war').
GENERIC_TIME = re.compile(
    r"\b(each|every)\s+(single\s+)?(day|night|week|month|year)\b|\bdaily\b|\bnightly\b|\bfor\s+(many\s+|several\s+)?(days|weeks|months|years|decades)\b|"
    r"\bin\s+total\b|\baltogether\b|\bthroughout\s+the\s+(war|conflict|invasion|year)\b|"
    r"\bduring\s+(the|this|that)\s+(\w+\s+)?(war|conflict|invasion|fighting|occupation)\b|"
    r"\b(over|in|during)\s+the\s+(past|last)\s+(\w+\s+)?(years|months|decades|year)\b|\bin\s+recent\s+(years|months|weeks)\b|"
    r"\b(routinely|regularly|constantly|continually|continuously|often|usually|typically|frequently|sometimes|systematically)\b|"
    r"\b(years|decades|months)\s+of\b|\bever\s+since\b|\bsince\s+(the\s+)?(start|beginning|outbreak)\b|\bsince\s+(early\s+|late\s+|mid-?)?(january|february|march|april|may|june|july|august|september|october|november|december|(19|20)\d\d)\b|"
    r"\bsince\s+([\w'’-]+\s+){1,3}(launched|began|started|invaded|annexed)\b",  # 'since Russia launched its full-scale invasion'
    re.IGNORECASE,
)

# Nouns that name the war as a whole (with a country as its object: 'Russia's attack on
# Ukraine', 'its fight against Russia's invasion'): the setting of the news, not an event of it.
WAR_AS_A_WHOLE_NOUNS = frozenset(
    {"war", "fight", "fighting", "conflict", "struggle", "invasion", "aggression", "attack", "offensive", "assault", "battle", "occupation", "campaign"}
)

# 'towns recently retaken by Russian forces', 'the newly liberated city': a participle with these
# describes a place as it now is, not an event the sentence reports.
BACKGROUND_ADVERBS = frozenset({"recently", "previously", "formerly", "once", "newly", "lately"})

# Words that place an event in history, whatever the dates say: World War II, the Soviet era.
HISTORICAL = re.compile(
    r"\b(world\s+war\s+(i|ii|one|two|1|2)|(first|second)\s+world\s+war|great\s+patriotic\s+war|ww\s*(i|ii|1|2)|nazis?|nazi\s+germany|"
    r"soviet\s+(army|union|troops|era|times)|the\s+ussr|cold\s+war|the\s+holocaust|stalingrad|(18|19)\d\d|2014|2015)\b",
    re.IGNORECASE,
)

# A war's, a year's or a campaign's toll: never the fatalities of one event.
CUMULATIVE_TOLL = re.compile(
    r"\b(so\s+far|to\s+date|overall|altogether|since\s+the\s+(start|beginning|outbreak|invasion|war)|"
    r"since\s+(january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|"
    r"(during|in|of|throughout)\s+the\s+(war|conflict|invasion)|losses|"
    r"since\s+([\w'’-]+\s+){1,3}(launched|began|started|invaded|annexed))\b",
    re.IGNORECASE,
)
# A toll over a stretch of time: 'killed in gang violence so far this year', 'killed more than
# 1,200 people in the first quarter alone'.
TOLL_OVER_A_PERIOD = re.compile(
    r"\bso\s+far\s+this\s+(year|month)\b|\bthis\s+year\b|\bin\s+the\s+(first|second|third|fourth|last|past)\s+(quarter|half|three\s+months|six\s+months|year)\b"
    r"|\bsince\s+the\s+(start|beginning)\s+of\s+the\s+year\b|\bso\s+far\b|\bto\s+date\b|\bsince\s+the\s+(start|beginning|outbreak)\s+of\s+the\s+(war|conflict|invasion)\b"
    r"|\bsince\s+([\w'’-]+\s+){1,3}(invasion|war|conflict|offensive)\s+(began|started)\b"  # 'since Russia's full-scale invasion began'
    r"|\bsince\s+the\s+(\w+\s+){0,2}(19|20)\d\d\s+(coup|invasion|war|uprising|revolution|takeover)\b"  # 'since the February 2021 coup'
    r"|\bin\s+(19|20)\d\d\b",  # 'were killed in gang violence in Haiti last year, more than 1,000 more than in 2023'
    re.IGNORECASE,
)
# Acts counted over days or weeks: 'neutralised 120 terrorists and arrested 230 suspects across the North East in the past two weeks'.
OVER_PAST_DAYS = re.compile(r"\b(in|over|during)\s+the\s+(past|last|previous)\s+(\w+\s+)?(weeks|months)\b", re.IGNORECASE)  # not 'the past two days'
MAX_EVENT_FATALITIES = 1000  # more dead than this in one reported event is a war's or a year's toll


# -- read by events.places: where a political interaction happened --

AREA_PREPOSITIONS = frozenset({"in", "across", "over", "throughout", "inside", "within", "on"})  # 'strikes across Ukraine'
VENUE_PREPOSITIONS = frozenset({"in", "at", "inside"})  # 'met in Sochi', 'talks at the White House'; not 'about', 'on', 'for', 'over'
VISIT_LEMMAS = frozenset({"visit", "travel", "arrive", "fly", "trip", "come", "go", "return", "head", "journey", "tour"})

# Verbs that say an event happens: a modal on them makes their subject hypothetical ('an
# attack could come'); on any other verb it does not ('the arrest may be a sign of...').
OCCURRENCE_VERBS = frozenset(
    {"happen", "occur", "come", "begin", "start", "follow", "continue", "resume", "take", "break", "erupt", "unfold", "ensue", "escalate"}
)


# -- read by events.confidence --

WAR_NOUNS = frozenset({"fight", "fighting", "battle", "war", "struggle", "conflict", "attack", "offensive", "aggression"})  # 'the fight', 'the war'
FIRST_PERSON = frozenset({"we", "our", "us", "i", "my"})  # a speech's voice, more often rhetoric than report


# ACLED's notes open some events with a tag naming what kind of development they record
# ('Property destruction: On 18 March, ...', 'Displacement: ...'): the tag decides the sub-event type.
NOTE_TAGS = {
    "property destruction": "Looting/property destruction",
    "looting": "Looting/property destruction",
    "land seizure": "Looting/property destruction",
    "movement of forces": "Change to group/activity",
    "security measures": "Change to group/activity",
    "change to armed group": "Change to group/activity",
    "recruitment": "Change to group/activity",
    "defusal": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use",
    "detonation": "Disrupted weapons use",
    "interception": "Disrupted weapons use",
    "displacement": "Other",
    "non-violent activity": "Other",
    "training": "Other",
    "mass grave": "Other",
    "explosive remnants of war": "Other",
    "elections/referendum": "Other",
    "other": "Other",
}
NOTE_TAG = re.compile(r"^\s*(?P<tag>[A-Z][A-Za-z /-]{2,40}):\s")


# a strike of workers, not a blow: ACLED codes a labour strike with a gathering as a protest
PEOPLE_WHO_STRIKE = frozenset(
    "worker employee staff teacher lecturer doctor nurse miner driver docker farmer student servant labourer laborer union member personnel trader".split()
)  # 'striking teachers'
LABOUR_STRIKE = re.compile(
    r"\b(on\s+strike|general\s+strike|hunger\s+strike|climate\s+strike|protest-strike|strike\s+committees?|strike\s+action|striking\s+\w+|strikers"
    r"|(labou?r|workers['’]?|teachers['’]?|doctors['’]?|nurses['’]?|drivers['’]?|national|nationwide|warning|sit-down|flash|silent|motorbike|motorcycle|bicycle|anti\s*-\s*\w+)\s+strike"
    r"|(began|begin|staged?|held|hold|called|launched|carried\s+out|went\s+on|joined|declared|observed)\s+(a\s+|an\s+|their\s+|its\s+)?(\w+\s+){0,2}strike)\b",
    re.IGNORECASE,
)
WAR_MEANS = re.compile(
    r"\b(missiles?|rockets?|drones?|air\s*strikes?|airstrikes?|artillery|shell(s|ing|ed)?|jets?|warplanes?|aircraft|forces|troops|army|military|militants|bombs?)\b",
    re.IGNORECASE,
)
TAKING_CONTROL_LEMMAS = frozenset(
    {"take", "overtake", "gain", "assume", "enter", "control", "come"}
)  # words of control that say nothing of force ('came under the control of'; 'seized', 'captured' do)
BANNER_WORDS = re.compile(r"\b(banners?|placards?|pickets?|picketed|signs)\b", re.IGNORECASE)  # what makes a press conference a protest


# -- read by events.coding, events.triggers and events.mentions: what the words around a trigger make of it --

FOR_AN_EARLIER_PROTEST = re.compile(
    r"\bfor\s+(having\s+)?(taking|taken|took)\s+part\s+in\b|\bfor\s+(their\s+|his\s+|her\s+)?(alleged(ly)?\s+)?(participating|joining|organi[sz]ing|participation)\s+in\b"
    r"|\b(who|that)\s+(had\s+)?(taken\s+part|took\s+part|joined|participated)\s+in\b|\b(an\s+|the\s+)?(earlier|previous|past)\s+(protests?|demonstrations?|strikes?)\b",
    re.IGNORECASE,
)  # 'detained an activist for taking part in a protest in 2020', 'shot dead a youth who had taken part in an earlier protest': not a protest broken up
EITHER_SIDES_ACT = re.compile(
    r"(beat|attack|assault|retaliat|storm|seiz|broke\s+into)", re.IGNORECASE
)  # crowd acts the forces do too ('police broke into the gathering')
GOODS = frozenset(
    {
        "livestock",
        "cattle",
        "goats",
        "sheep",
        "camels",
        "food",
        "supplies",
        "goods",
        "money",
        "cash",
        "property",
        "motorcycles",
        "motorbikes",
        "vehicles",
        "crops",
        "harvest",
    }
)  # what armed men seize as loot ('seized food supplies from villagers')
LEVIES = frozenset({"zakat", "tax", "taxes", "levy", "levies", "tribute", "protection"})  # what armed groups collect from people
CATTLE_DRIVEN_OFF = re.compile(
    r"\b(drove|driven|drive|driving|took|taken|made|making|carried|stole|stolen|looted|rustled)\s+(off|away)?\s*(with\s+)?([\w,]+\s+){0,4}?(cattle|cows|livestock|goats|sheep|camels)\b"
    r"|\bcattle\s+raid",
    re.IGNORECASE,
)  # 'raided a cattle camp and drove away about 1,000 head of cattle'
STATE_ARMED_WORDS = frozenset(
    {"troops", "soldiers", "army", "police", "policemen", "personnel", "guards", "government", "military"}
)  # armed words of a state's forces
HANDED_TO_ARMED_MEN = re.compile(
    r"\bhand\w*\s+(\w+\s+){0,2}(over\s+)?to\s+(the\s+)?([\w-]+\s+){0,2}(militias?|rebels|insurgents|fighters|militants|jihadists)\b", re.IGNORECASE
)
DISAPPEARED = re.compile(
    r"\bwhereabouts\s+(\w+\s+){0,2}(unknown|not\s+known)|\bunknown\s+(location|destination)|\bincommunicado\b|\bforcibly\s+disappeared\b"
    r"|\b(has|have|had)\s+not\s+been\s+(seen|heard\s+from)\s+since\b|\b(heard|known)\s+nothing\s+(of|from|about)\s+(him|her|them)\s+since\b"
    r"|\b(could|can)\s+not\s+(find|locate|trace)\s+(him|her|them)\b|\b(unable|failed)\s+to\s+(find|locate|trace)\s+(him|her|them)\b",
    re.IGNORECASE,
)  # an arrest that hides its captive: ACLED's forced disappearance
WHAT_IT_WAS_ABOUT = re.compile(r"\b(recovery|return|restitution|regarding|concerning)\b", re.IGNORECASE)  # 'regarding the recovery of looted funds'
PROTEST_NAMED = re.compile(
    r"\bprotest[eo]rs?\b|\b(a|an|the|their|this|that)\s+([\w-]+\s+){0,2}protests?\b", re.IGNORECASE
)  # the people or the protest itself, not an aim ('a protest in Algiers was broken up by police')
THE_PROTEST_ITSELF = re.compile(
    r"\b(a|an|the|their|this|that)\s+([\w-]+\s+){0,2}(protests?|demonstrations?)\b(?!\s+(against|over|at|for|about|denouncing|demanding|calling|condemning|to)\b)",
    re.IGNORECASE,
)  # PROTEST_NAMED's protest, but not where an aim follows it: 'beat participants in a candlelight protest': the protest, not what it was about ('a protest over the killing' is)
CARRYING_VERBS = frozenset({"carry", "possess", "transport", "smuggle", "hide", "store"})  # 'arrested two men carrying explosives'
DRIVEN_OUT_BY = frozenset({"drive", "push", "oust", "dislodge", "chase", "clear", "flush", "expel"})  # not "force": "forces" is its plural noun everywhere
SHOWN_IN_PROTEST = frozenset({"banner", "placard", "poster", "sign"})  # 'held placards outside the parliament'
SUPPORTING_VERBS = frozenset({"support", "back", "cover", "aid", "assist", "accompany"})  # 'supported by coalition air raids'


# An armed group's new leader: 'ISWAP named a new leader', 'al-Shabaab appointed a new emir'
# (a change to the group, ACLED's 'Change to group/activity'); a state's appointments are politics.
COUNTED_GROUPS = frozenset({"dozen", "score", "hundred", "thousand", "handful"})  # 'dozens of ...': the people are counted
FACTION_WORDS = frozenset(
    {"faction", "group", "wing", "movement", "militia", "brigade", "battalion", "commander", "fighter", "rebel", "splinter"}
)  # who breaks away
LEADER_WORDS = frozenset(
    {"leader", "commander", "emir", "amir", "chief", "head", "spokesman", "spokesperson", "successor", "wali", "secretary", "president", "chairman"}
)


# What a ceasefire already in force does: 'the truce appeared to be holding', 'the ceasefire
# collapsed'; no agreement is made ('breached the ceasefire' is read with the fighting).
STANDING_TRUCE_VERBS = frozenset({"hold", "remain", "last", "collapse", "break", "fail", "expire", "end", "survive", "falter"})
TRUCE_KEPT_OR_BROKEN = frozenset({"break", "violate", "breach", "respect", "observe", "honour", "honor", "uphold", "abandon", "undermine", "monitor"})
# What kills without anyone's violence: 'floods killed 30 people', 'died in a bus crash'.
DISASTER_WORDS = frozenset(
    """flood floods flooding earthquake quake landslide landslides mudslide storm storms cyclone hurricane typhoon tornado
    crash accident collision heatwave drought disease outbreak cholera covid pandemic lightning avalanche stampede
    collapse blizzard tsunami""".split()
)


# -- read by events.coding and events.triggers: crowds and their victims, grievances, raids, what is shut --

COMING_BACK = frozenset({"return", "come", "arrive", "head", "walk", "travel", "drive", "go"})  # 'returning from a campaign rally': the rally is over
PROTEST_VICTIMS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rally", "march", "demonstration", "protest", "sit-in"})  # whom a mob attacks
SUSPECTED_OF = frozenset(
    {"suspect", "accuse", "charge", "convict", "want", "indict", "wanted", "suspected", "accused", "charged", "convicted"}
)  # 'people suspected of ...'
ROLES_IN_A_DEED = frozenset({"involvement", "role", "complicity", "participation", "hand"})  # 'detained for their involvement in the kidnapping'
HURT_IN_A_RAID = re.compile(
    r"\b(kill\w*|dead|died|death|wound\w*|injur\w*|shot|fatalit\w*|abduct\w*|kidnap\w*)\b", re.IGNORECASE
)  # a cattle raid that hurt or took no one is looting
GRIEVANCE_WORDS = frozenset(  # 'angered by the port explosion': what stirred people
    "anger angered angry outrage outraged incense incensed enrage enraged infuriate infuriated upset frustrate frustrated fury furious".split()
)
SHUT_BUILDINGS = frozenset({"building", "school", "site", "headquarters", "premises", "hall"})  # shut to press a demand
TAKEN_FOR_CARE = frozenset({"hospital", "clinic", "safety", "shelter", "camp"})  # 'taken to hospital by soldiers': no abduction
VICTIM_IN_CRIME = re.compile(
    r"\bvictims?\s+(?:was|were|is|are|had\s+been)\s+(?:(?:reportedly|allegedly|presumably|recognized\s+as|identified\s+as|known\s+as)\s+)*(?:an?\s+)?"
    r"(?:(?:alleged|suspected|presumed)\s+)?(?:members?\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:gang|cartel|criminal\s+group|organi[sz]ed\s+crime\s+group)"
    r"|drug\s+(?:dealers?|traffickers?)|involved\s+in\s+(?:drug\s+trafficking|organi[sz]ed\s+crim\w*|criminal\s+activit\w*)|(?:[\w-]+\s+){0,3}gang\s+members?)\b"
    r"|\bvictims?\s+had\s+charges\s+against\s+(?:him|her|them)\s+for\s+(?:[\w,]+\s+){0,5}?drug\s+trafficking\b",  # not 'for robbery', nor 'a criminal record'
    re.IGNORECASE,
)  # 'The victim was a drug dealer': armed men killing one of a gang fight it (ACLED: 6 of the 7 read notes); 'a drug user' is a civilian
WRONGDOERS = frozenset({"thief", "pickpocket", "robber", "burglar", "kidnapper", "rapist", "criminal", "suspect"})  # whom crowds set upon


# A counter-protest beside the protest the note codes: ACLED's second actor is the other crowd
# ('Around 1,000 people gathered for a counter-demonstration', 'a counter-rally was staged').
COUNTER_PROTEST = re.compile(r"\bcounter[- ]?(demonstrat\w*|protest\w*|rall(y|ies)|march\w*)", re.IGNORECASE)


# Words of habits and talks (``events.assertion``, ``events.triggers``)
SERIES_WORDS = frozenset(
    {
        "repeated",
        "frequent",
        "constant",
        "regular",
        "continued",
        "continuing",
        "ongoing",
        "persistent",
        "recurrent",
        "relentless",
        "incessant",
        "numerous",
        "countless",
    }
)
FREQUENCY_WORDS = frozenset({"frequent", "common", "commonplace", "routine", "rare", "regular", "widespread"})
TALKS_ABOUT = frozenset({"talk", "negotiation", "proposal", "plan", "call", "push", "effort", "hope", "bid", "demand", "discussion", "framework", "offer"})
LEVELS_REACHED = frozenset({"low", "high", "record", "peak", "level", "bottom", "milestone", "headline", "headlines", "jackpot", "snag", "wall"})
PARTY_PEOPLE = frozenset(
    "chieftain chieftains candidate candidates aspirant aspirants supporter supporters official officials chairman chairperson "
    "councillor councillors councilor councilors stalwart stalwarts politician politicians delegate delegates".split()
)  # 'a PDP chieftain', 'APC supporters': people of a party, not its militia; not 'member' or 'leader' ('a Mara Salvatrucha member')
PLACE_NAME_WORDS = ARABIC_ARTICLES | frozenset(
    "ath jabal jebel tal tell wadi kafr ain bir deir khirbet ras qaryat mazraat".split()
)  # words that open an Arabic place name the tagger takes for a person's: 'Jabal al-Balaq', 'Lakmat al Qalah'


# Words of crowds, of the armed men who fire on them, and of ground only force takes
ANGRY_OVER = re.compile(r"\b(angry|angered|outraged|furious|incensed|enraged)\s+(over|at|about|by)\b", re.IGNORECASE)
ARMED_MEN_NAMED = re.compile(r"\b(gunmen|armed\s+men|snipers|assailants|militants|militiamen|rebels)\b", re.IGNORECASE)
TAKEN_BY_FORCE_LEMMAS = frozenset({"overrun", "storm"})  # 'attacked the SNA base and overran it, forcing the soldiers to retreat': never without a fight
GATHERINGS_BROKEN_UP = frozenset({"disperse", "break", "scatter", "attack", "storm", "raid", "ban", "prevent", "block", "at", "on", "into"})


# Buildings of the state a crowd's violence may be aimed at (``coding._turned_on_the_state``):
# 'stormed the Corps Commander's residence', 'set fire to the city administration building'.
STATE_BUILDINGS = frozenset(
    {
        "parliament",
        "congress",
        "assembly",
        "palace",
        "embassy",
        "consulate",
        "ministry",
        "courthouse",
        "court",
        "prefecture",
        "governorate",
        "townhall",
        "municipality",
        "administration",
        "residence",
        "barracks",
        "headquarters",
        "station",  # 'a police station', 'a television station' is rarer in riots
        "post",
    }
)


# Drugs and where they are made or grown: dismantled by the state, ACLED's destruction of property
# ('military police dismantled a cocaine lab in Petrolina').
DRUG_WORDS = frozenset(
    {"drug", "drugs", "cocaine", "marijuana", "cannabis", "heroin", "methamphetamine", "meth", "opium", "poppy", "coca", "narcotics", "fentanyl"}
)


FLAG_RAISING_LEMMAS = frozenset({"hoist", "raise", "plant", "fly"})


POLITICAL_CROWD_WORDS = frozenset(
    {"supporters", "activists", "partisans", "workers", "followers", "loyalists", "cadres"}
)  # not ACLED's own "rioters", a mob in its notes


CAPTIVE_WORDS = frozenset({"prisoners", "inmates", "detainees", "convicts", "prison", "jail"})


AIM_VERBS = PROTEST_AIM_VERBS | {"demonstrate", "mourn"}  # what a crowd does its act to: 'to demand justice for ...', 'to demonstrate against ...'


BLOCKADES_BROKEN_UP = frozenset({"remove", "clear", "lift", "dismantle", "break", "disperse", "end"})
