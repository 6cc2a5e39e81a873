"""Actors: who did it, in ACLED's names, with their side and ACLED ``inter`` code.

A table of canonical actors and the phrases that name them ("Ukrainian troops",
"Kyiv's forces", "the invaders", "Russia's national guard"). ``actors_in`` finds every
phrase in a sentence with its offsets; the events stage decides who is actor1 (the
one acting) and actor2 (the one acted upon) from the sentence's grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Actor

# ACLED inter codes
STATE_FORCES, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL_FORCES = range(1, 9)

UKRAINE_MILITARY = Actor("Military Forces of Ukraine (2019-)", "Ukraine", STATE_FORCES)
UKRAINE_POLICE = Actor("Police Forces of Ukraine (2019-)", "Ukraine", STATE_FORCES)
RUSSIA_MILITARY = Actor("Military Forces of Russia (2000-)", "Russia", EXTERNAL_FORCES)
UKRAINE_NATIONAL_GUARD = Actor("Military Forces of Ukraine (2019-) National Guard", "Ukraine", STATE_FORCES)
RUSSIA_NATIONAL_GUARD = Actor("Police Forces of Russia (2000-) National Guard", "Russia", EXTERNAL_FORCES)
NOVOROSSIYA = Actor("NAF: United Armed Forces of Novorossiya", "Russia", REBELS)
UKRAINE_CIVILIANS = Actor("Civilians (Ukraine)", "civilians", CIVILIANS)
UKRAINE_PROTESTERS = Actor("Protesters (Ukraine)", "protesters", PROTESTERS)
RUSSIA_PROTESTERS = Actor("Protesters (Russia)", "protesters", PROTESTERS)
RIOTERS_UKRAINE = Actor("Rioters (Ukraine)", "rioters", RIOTERS)

_UKRAINIAN = r"(ukrainian|ukraine['’]s|kyiv['’]s|kiev['’]s)"
_RUSSIAN = r"(russian|russia['’]s|moscow['’]s|kremlin['’]s|putin['’]s|pro-russian|pro-moscow)"
_FORCES = r"(armed\s+forces|forces|troops|army|military|soldiers|units|servicemen|defenders|artillery|brigades?|navy|air\s+force|marines|paratroopers|special\s+forces|fighters|gunners)"
_WEAPONS = r"(missiles?|rockets?|strikes?|attacks?|shelling|bombardment|aircraft|jets|warplanes|drones?|shells)"

ACTOR_PATTERNS: tuple[tuple[Actor, re.Pattern[str]], ...] = tuple(
    (actor, re.compile(pattern, re.IGNORECASE))
    for actor, pattern in (
        (UKRAINE_NATIONAL_GUARD, rf"\b{_UKRAINIAN}\s+national\s+guard\b|\bnational\s+guard\s+of\s+ukraine\b"),
        (RUSSIA_NATIONAL_GUARD, r"\b(russian|russia['’]s)\s+national\s+guard\b|\bnational\s+guard\s+of\s+russia\b|\brosgvardia\b"),
        (NOVOROSSIYA, r"\b(separatists?|separatist\s+forces|dpr\s+forces|lpr\s+forces|donetsk\s+people['’]s\s+republic\s+forces)\b"),
        (UKRAINE_POLICE, rf"\b{_UKRAINIAN}\s+police\b|\bnational\s+police\s+of\s+ukraine\b"),
        (UKRAINE_MILITARY, rf"\b{_UKRAINIAN}\s+(\w+\s+)?{_FORCES}\b|\barmed\s+forces\s+of\s+ukraine\b|\b{_UKRAINIAN}\s+{_WEAPONS}\b|\bzsu\b"),
        (RUSSIA_MILITARY, rf"\b{_RUSSIAN}\s+(\w+\s+)?{_FORCES}\b|\b{_RUSSIAN}\s+(\w+\s+)?{_WEAPONS}\b|\b(the\s+)?(invaders|occupiers|occupation\s+forces)\b|\brussian\s+army\b"),
        (UKRAINE_CIVILIANS, r"\b(civilians?|residents|inhabitants|locals|children|families|passers-by|people)\b"),
        (UKRAINE_PROTESTERS, r"\b(protesters|demonstrators)\b"),
        (RIOTERS_UKRAINE, r"\b(rioters|mob)\b"),
    )
)
COUNTRY_AS_ACTOR = {"ukraine": UKRAINE_MILITARY, "kyiv": UKRAINE_MILITARY, "kiev": UKRAINE_MILITARY, "russia": RUSSIA_MILITARY, "moscow": RUSSIA_MILITARY}


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int  # offsets within the sentence text
    end: int


def actors_in(sentence: str) -> list[ActorMention]:
    """Every actor phrase in ``sentence``, left to right, overlaps resolved by table order."""
    found: list[ActorMention] = []
    for actor, pattern in ACTOR_PATTERNS:
        for match in pattern.finditer(sentence):
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(ActorMention(actor, match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def actor_for_name(text: str) -> Actor | None:
    """A country or capital used as an actor ("Ukraine recaptured...", "Moscow said")."""
    return COUNTRY_AS_ACTOR.get(text.strip().casefold())


def opponent_of(actor: Actor | None) -> Actor | None:
    if actor is None:
        return None
    if actor.side == "Ukraine":
        return RUSSIA_MILITARY
    if actor.side == "Russia":
        return UKRAINE_MILITARY
    return None
