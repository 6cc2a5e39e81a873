"""The words and patterns of tolls: numbers written as words, and the phrases that report deaths and bodies.

Part of the lexicon (``eventwire.lexicon``): every word list and pattern the rules read.
"""

from __future__ import annotations

import re

# -- read by quantities --


UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}


TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


VAGUE = {"dozens": 12, "a dozen": 12, "scores": 20, "hundreds": 100, "a hundred": 100, "thousands": 1000}


NO_DEATHS = re.compile(
    r"\b(no\s+one|nobody|no\s+(?:people|civilians|casualties|deaths|fatalities))\b(?=[^.]{0,40}\b(killed|died|dead|reported))", re.IGNORECASE
)
