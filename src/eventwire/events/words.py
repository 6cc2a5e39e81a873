"""The words events turn on: triggers by kind, and the words around them that change what they mean.

``TRIGGERS`` maps a lemma to the kind of event it can name ("recapture" regains ground,
"shell" is remote violence, "arrest" an arrest); ``POLITICAL_TRIGGERS`` maps the lemmas
of political interactions ACLED does not code to their PLOVER type. Reporting verbs,
background markers and destination prepositions are shared by the events stage and its
place choice (``event_places``).
"""

from __future__ import annotations

import re

TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["recapture", "retake", "liberate", "reclaim", "regain", "reconquer", "reconquest", "liberation", "recapturing", "retaking"], "regain"),
    **dict.fromkeys(["capture", "seize", "occupy", "overrun", "enter", "take", "control"], "capture"),
    **dict.fromkeys(["withdraw", "withdrawal", "retreat", "flee", "pullback", "leave", "pull", "abandon"], "withdraw"),
    **dict.fromkeys(["clash", "fight", "fighting", "battle", "repel", "repulse", "ambush", "storm", "assault", "skirmish", "firefight", "push"], "clash"),
    **dict.fromkeys(
        ["shell", "shelling", "bombard", "bombardment", "pound", "strike", "airstrike", "hit", "bomb", "bombing", "salvo", "attack", "projectile"], "remote"
    ),
    **dict.fromkeys(["explosion", "blast", "explode", "detonate", "grenade", "explosive", "ied", "landmine"], "explosion"),
    **dict.fromkeys(["kill", "execute", "murder", "massacre", "torture", "die", "assassinate", "assassination"], "kill"),
    **dict.fromkeys(["abduct", "kidnap", "deport", "abduction"], "abduct"),
    **dict.fromkeys(["rape"], "rape"),
    **dict.fromkeys(["arrest", "detain", "detention"], "arrest"),
    **dict.fromkeys(["grave", "exhume", "exhumation"], "grave"),
    **dict.fromkeys(["intercept", "down"], "shootdown"),
    **dict.fromkeys(["loot", "plunder", "pillage"], "loot"),
    **dict.fromkeys(["ceasefire", "truce", "swap"], "agreement"),
    **dict.fromkeys(["protest", "rally", "demonstrate", "demonstration"], "protest"),
    **dict.fromkeys(["riot"], "riot"),
    **dict.fromkeys(["protester", "demonstrator", "sit-in", "sit", "march", "picket", "blockade", "block", "barricade", "disperse", "gather"], "protest"),
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
            "beat",
            "lynch",
            "injure",
            "wound",
            "raid",
            "hack",
            "body",
            "find",
            "target",
            "behead",
            "destroy",
        ],
        "violence",
    ),
    **dict.fromkeys(["burn", "torch", "vandalise", "vandalize", "ransack", "arson", "steal", "rob", "robbery", "set"], "loot"),
    **dict.fromkeys(["defuse", "dismantle", "diffuse", "recover", "confiscate"], "shootdown"),
    **dict.fromkeys(
        ["reinforcement", "deploy", "deployment", "redeploy", "relocate", "patrol", "fortification", "fortify", "lockdown", "curfew", "defect", "release"],
        "group",
    ),
    **dict.fromkeys(["procession", "motorcade", "chain"], "protest"),
    **dict.fromkeys(["head", "operation"], "violence"),
}
# Political interactions ACLED does not code: kind -> PLOVER event type
POLITICAL_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["talk", "meet", "meeting", "visit", "discuss", "negotiate", "negotiation", "call", "summit"], "CONSULT"),
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
        ("fuel depot", r"\b(oil|fuel|ammunition|ammo)\s+(depot|storage|facility|refinery)s?\b|\brefinery\b"),
        ("airport", r"\b(airport|airfield|air\s+base)s?\b"),
        ("dam", r"\bdams?\b"),
        ("port", r"\b(sea\s*)?ports?\b|\bharbou?r\b"),
        ("theatre", r"\btheat(re|er)s?\b"),
        ("church", r"\b(church|cathedral|mosque|monastery)s?\b"),
        ("factory", r"\b(factory|factories|(?<!power )(?<!thermal )plant|works)\b"),
    )
)
