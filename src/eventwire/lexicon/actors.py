"""The words of actors: roles, titles and the words that join or follow a name.

Part of the lexicon (``eventwire.lexicon``): every word list and pattern the rules read.
"""

from __future__ import annotations

import re

# -- read by actors --


STATE_ROLES = frozenset({"military", "police", "government"})


ARMED_ROLES = frozenset({"military", "police", "group", "unidentified"})


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


MINISTRY_OF_DEFENCE = re.compile(r"\b(defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|armed\s+forces|military)\b", re.IGNORECASE)
