"""Quantities: how many were killed, as ACLED counts them.

Numerals and number words ("seven", "twenty-five"), vague amounts as ACLED codes them
("dozens" 12, "hundreds" 100, "a dozen" 12), qualifiers kept conservative ("at least
seven" 7, "more than 50" 50), one victim named ("killed a 60-year-old man", "killing a
woman and her son" 2), and a death toll that "has risen to 40". Only numbers tied to a
word for death count: the wounded and injured are not fatalities, and bodies found are
reported separately (``bodies_in``) because they are not people killed in the reported
event, unless pulled from the rubble of what was hit.
"""

from __future__ import annotations

import re

from .lexicon.quantities import NO_DEATHS, TENS, UNITS, VAGUE

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[-\s](?:" + "|".join(k for k in UNITS if len(k) > 2) + r"))?|" + "|".join(k for k in UNITS if len(k) > 2) + r")"
)
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(VAGUE, key=len, reverse=True)) + r"|" + _WORD_NUMBER + r")"
_QUALIFIER = r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to|some|roughly)\s+)?"
_VICTIMS = r"(?:[\w-]+\s+){0,4}?"
_TO_DEATH = r"(?:shot|shooting|beat(?:en|ing)?|stabb(?:ed|ing)|hack(?:ed|ing)|ston(?:ed|ing)|burn(?:ed|t|ing)|clubb(?:ed|ing)|tortur(?:ed|ing))"  # ... to death
DEATH_AFTER = re.compile(
    _QUALIFIER
    + _NUMBER
    + r"\s+(?:of\s+)?"
    + _VICTIMS
    + r"(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?(?:(?:reportedly|reported|confirmed)\s+)?(?P<word>killed|dead|died|deaths|lives|fatalities|fatality|perished|were\s+killed|"
    + _TO_DEATH
    + r"\s+to\s+death)\b",
    re.IGNORECASE,
)
_KILLING = r"(?:killing|killed|kills|claimed\s+the\s+lives\s+of|executed|executing|murdered|murdering|beheaded|lynched|shot\s+dead|shot\s+and\s+killed|shooting\s+dead)"
_PERSON = r"(?:civilian|person|man|woman|child|adolescent|soldier|prisoner|inmate|detainee|resident|boy|girl|serviceman|volunteer|journalist|policeman|policewoman|officer|teacher|farmer|worker|waiter|driver|trader|student|pensioner|doctor|nurse|guard|teenager|baby|infant|commander|militant|fighter|member|official|leader|protester|protestor|demonstrator|bystander|passer-by|passerby|pedestrian|motorcyclist|villager|youth|vendor)"
_RELATIVE = r"(?:\s+and\s+(?:his|her|their)\s+(?:son|daughter|wife|husband|brother|sister|child|mother|father|grandson|granddaughter))?"
BEATEN_TO_DEATH = re.compile(
    r"\b"
    + _TO_DEATH
    + r"\s+(?:(?P<one>(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?"
    + _PERSON
    + r"|him|her)\s+|"
    + _QUALIFIER
    + _NUMBER
    + r"\s+(?:[\w-]+\s+){0,3}?)to\s+death\b",
    re.IGNORECASE,
)  # 'soldiers beat a young protester to death', 'beat him to death', 'stabbed two men to death'
DEATH_BEFORE = re.compile(r"\b" + _KILLING + r"\s+" + _QUALIFIER + _NUMBER + r"(?![-\w]|,\s*\d)(?!\s+(?:wounded|injured|hurt))", re.IGNORECASE)
ONE_KILLED = re.compile(
    r"\b" + _KILLING + r"\s+(?:a|an|one)\s+(?:(?:[\w-]+\s+){0,3}?" + _PERSON + r"|\d{1,3}-year-old)\b(?P<relative>" + _RELATIVE + r")", re.IGNORECASE
)
SELF_AND_OTHERS = re.compile(r"\b" + _KILLING + r"\s+(?:himself|herself)\s+and\s+" + _QUALIFIER + _NUMBER + r"(?![-\w,])", re.IGNORECASE)
ONE_DEATH = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?"
    + _PERSON
    + r"\s+(?:(?:was|has\s+been|had\s+been)\s+(?:killed|shot\s+dead|"
    + _TO_DEATH
    + r"\s+to\s+death)|(?:[a-z]+ed\s+and\s+)?died|has\s+died)\b",
    re.IGNORECASE,
)
DEATH_TOLL = re.compile(r"\bdeath\s+toll\b[^.]{0,80}?\b(?:to|at|reached|of|is|stands\s+at)\s+" + _QUALIFIER + _NUMBER + r"(?![-\w])", re.IGNORECASE)
BODIES_FROM_RUBBLE = re.compile(
    _QUALIFIER
    + _NUMBER
    + r"\s+(?:[\w-]+\s+){0,2}?bod(?:y|ies)\s+(?:have\s+been\s+|were\s+)?(?:pulled\s+|recovered\s+|retrieved\s+)?from\s+(?:the\s+)?(?:rubble|debris|ruins)\b",
    re.IGNORECASE,
)
_PEOPLE = r"(?:men|women|people|persons|civilians|villagers|youths|boys|girls|children|brothers|farmers|herders|students|soldiers|fighters|militants|suspects|traders|miners|workers|passengers)"
THEM_KILLED = re.compile(
    _QUALIFIER
    + _NUMBER
    + r"\s+(?:[\w-]+\s+){0,3}?"
    + _PEOPLE
    + r"\b[^.;]{0,120}?\b(?:(?:killed|executed|murdered|beheaded|lynched)\s+them|shot\s+them\s+(?:dead|to\s+death)|"
    + _TO_DEATH
    + r"\s+them\s+to\s+death)\b",
    re.IGNORECASE,
)  # 'soldiers pulled two young men from their homes and shot them dead'
DEATH_CUES = ("kill", "dead", "died", "death", "lives", "fatalit", "perish", "execut", "murder", "behead", "lynch", "rubble", "debris", "ruins", "neutrali")
"""Every death pattern above holds one of these words (in lower case): a sentence without any states no death toll."""
BODIES = re.compile(_QUALIFIER + _NUMBER + r"\s+(?:[\w-]+\s+){0,2}?bod(?:y|ies)\b", re.IGNORECASE)
_ARMED_MEN = r"(?:terrorists|militants|jihadists|insurgents|fighters|bandits|gunmen|assailants|attackers|rebels)"
NEUTRALISED = re.compile(
    r"\bneutrali[sz](?:ed|ing)\s+" + _QUALIFIER + _NUMBER + r"\s+(?:[\w-]+\s+){0,2}?" + _ARMED_MEN + r"\b", re.IGNORECASE
)  # 'the army neutralised 12 terrorists': killed, in the army's word
WERE_NEUTRALISED = re.compile(
    _QUALIFIER + _NUMBER + r"\s+(?:[\w-]+\s+){0,2}?" + _ARMED_MEN + r"\s+(?:were|had\s+been|have\s+been)\s+neutrali[sz]ed\b", re.IGNORECASE
)  # 'three militants were neutralised'
BODIES_OF = re.compile(r"\bbodies\s+of\s+" + _QUALIFIER + _NUMBER + r"\b", re.IGNORECASE)


def number_value(text: str) -> int | None:
    """The value of a numeral, number word or vague amount; None if it is none of them."""
    text = " ".join(text.lower().replace(",", "").split())
    if text.isdigit():
        return int(text)
    if text in VAGUE:
        return VAGUE[text]
    if text in UNITS:
        return UNITS[text]
    parts = re.split(r"[-\s]", text)
    if parts[0] in TENS:
        return TENS[parts[0]] + (UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def fatalities_in(sentence: str) -> int | None:
    """The most conservative death toll stated in the sentence, or None."""
    lowered = sentence.lower()
    if not any(cue in lowered for cue in DEATH_CUES):  # most sentences: no death pattern can match, and they are slow to try
        return 0 if NO_DEATHS.search(sentence) else None
    without_nobody = NO_DEATHS.sub(" ", sentence)
    values = [
        number_value(m["number"])
        for pattern in (DEATH_AFTER, DEATH_BEFORE, DEATH_TOLL, BODIES_FROM_RUBBLE, THEM_KILLED)
        for m in pattern.finditer(without_nobody)
    ]
    figures = [f for f in values if f is not None] + [1 for _ in ONE_DEATH.finditer(without_nobody)]
    figures += [2 if m["relative"] else 1 for m in ONE_KILLED.finditer(without_nobody)]  # 'killing a woman and her son'
    figures += [1 if m["one"] else number_value(m["number"]) or 1 for m in BEATEN_TO_DEATH.finditer(without_nobody)]
    figures += [f for pattern in (NEUTRALISED, WERE_NEUTRALISED) for m in pattern.finditer(without_nobody) if (f := number_value(m["number"])) is not None]
    for m in SELF_AND_OTHERS.finditer(without_nobody):
        others = number_value(m["number"])
        if others is not None:
            figures.append(others + 1)  # 'killing herself and two soldiers': ACLED counts the bomber
    if figures:
        return min(figures)
    return 0 if NO_DEATHS.search(sentence) else None


def bodies_in(sentence: str) -> int | None:
    values = [number_value(m["number"]) for pattern in (BODIES, BODIES_OF) for m in pattern.finditer(sentence)]
    figures = [f for f in values if f is not None]
    return max(figures) if figures else None
