"""Triggers: which tokens of a sentence name an event.

A token is a trigger when its lemma is in ``lexicon.events.TRIGGERS`` (or ``POLITICAL_TRIGGERS``),
it heads its phrase as a verb or noun, and it is used as a trigger here. Most trigger words
always are; the ones that are triggers only in some uses ('take back' but not 'take
part', 'shoot down' but not 'shoot a film') each have one rule, registered for their lemma
with ``@use_of``. To add a trigger word: put it in ``lexicon.events.TRIGGERS``; if it names an
event only in some uses, add its rule here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice, takewhile

from spacy.tokens import Span, Token

from .. import actors as act
from ..classify import load_detector
from ..geo.place_names import is_rare_name
from ..lexicon.events import (
    ACCIDENT_VEHICLES,
    ACCIDENT_VERBS,
    AGREED_THINGS,
    AGREEMENT_NAMES,
    AGREEMENT_VERBS,
    AID_GIVING_VERBS,
    AID_OBJECT,
    AIRBORNE_WEAPONS,
    ARMED_WORDS,
    ARRIVING_VERBS,
    BANNER_WORDS,
    BASE_WORDS,
    BLOCKADES_BROKEN_UP,
    BLOCKED_THINGS,
    CALLING_OFF,
    CAPTIVES,
    CAPTORS_VERBS,
    CARRYING_VERBS,
    CHEMICAL,
    COMMITTING_VERBS,
    COUNTED_GROUPS,
    COUNTERPART_NOUNS,
    COUP_HAPPENED,
    COUP_SIGNS,
    COUP_STAGING,
    COUP_VERBS,
    CROWD_CONTROL_WORDS,
    DISASTER_WORDS,
    DRIVEN_OUT_BY,
    DROPPED_WEAPONS,
    DRUG_WORDS,
    EXPLOSIVE,
    EXPRESSING_VERBS,
    FACTION_WORDS,
    FLAG_RAISING_LEMMAS,
    FOILED_THINGS,
    GAS_ACCIDENT,
    GATHERINGS_BROKEN_UP,
    GOODS,
    GROUND_FIRED,
    GROUND_FORCES,
    GROUP_NOUNS,
    HELD_CAPTIVE,
    HIM_OR_THEM,
    HOSTILITIES,
    INTERCEPTED_ARMS,
    KIND_PRIORITY,
    LABOUR_STRIKE,
    LEADER_WORDS,
    LEVELS_REACHED,
    LEVIES,
    MANOEUVRES,
    MILITARY_POST_WORDS,
    NAMED_FIGHTING,
    NOT_A_STRIKE,
    PARTS_OF_A_WHOLE,
    PEOPLE_BY_THEIR_POSTS,
    PEOPLE_TAKEN,
    PEOPLE_WHO_STRIKE,
    PLACE_KIND_WORDS,
    PLACE_NAME_WORDS,
    POLITICAL_KINDS,
    POLITICAL_TRIGGERS,
    PRESS_WORDS,
    PROPERTY_BROKEN_INTO,
    PROPOSAL_LINKS,
    PROPOSING_WORDS,
    PROTEST_AIM,
    PROTEST_AIM_VERBS,
    PROTESTING_CROWD,
    RENDERED_SAFE,
    SANCTIONING_VERBS,
    SEIZING_A_LEADER,
    SEIZING_VERBS,
    SERIES_NOUNS,
    SHOWN_IN_PROTEST,
    SHUT_BUILDINGS,
    STANDING_TRUCE_VERBS,
    STATE_BODIES,
    STATE_OFFICES,
    STUN_WORDS,
    SUICIDE,
    TAKEN_FOR_CARE,
    TALKS_ABOUT,
    TERRITORY_OBJECTS,
    TRIGGERS,
    TRUCE_KEPT_OR_BROKEN,
    UNDONE_BY,
    VEHICLE_ACCIDENT,
    VEHICLES,
    WARRING_PARTIES,
    WEAPON_SUBJECTS,
    WEAPONS,
    WRONGDOERS,
)
from ..parse import paragraph_text, span_text
from ..phrases import actors_within, text_of
from .agents import (
    is_someone,
    nominal_subjects,
    objects_and_conjuncts,
    objects_of,
    participle_after_an_object,
    passive_agent_words,
    referent_of,
    subject_words,
    verb_of_a_verbless_parse,
)
from .dating import time_before
from .places import is_participle, sets_the_scene


def is_weapons_seizure(trigger: Token) -> bool:
    """'The army defused 55 IEDs', 'police recovered arms and ammunition', 'seized a weapons cache'."""
    lemma = trigger.lemma_.lower()
    if lemma in SEIZING_VERBS and trigger.pos_ == "VERB":
        taken = object_words(trigger)
        struck = {t.lower_ for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "by", "in") for t in c.subtree} & STRIKING_MEANS
        return (
            bool(taken & WEAPONS) and not taken & {"town", "city", "village", "area", "base", "territory"} and not struck
        )  # not 'destroyed a depot with rockets'
    if (
        trigger.pos_ == "NOUN"
        and trigger.head.lemma_.lower() in CARRYING_VERBS
        and any(t.lemma_.lower() in ("arrest", "detain", "apprehend", "nab") for t in trigger.sent)
    ):
        return True  # 'police arrested two men carrying explosives': the explosives are seized with them
    if trigger.pos_ != "NOUN":
        return False
    if RENDERED_SAFE.search(trigger.sent.text):
        return True  # 'army technical officers made safe a viable pipe bomb'
    held = _holder_of(trigger)  # 'discovered a weapons cache containing rifles and grenades': what holds them is seized
    return any(t.dep_ in ("dobj", "nsubjpass", "conj") and t.head.lemma_.lower() in SEIZING_VERBS - {"detonate"} for t in (trigger, held))


CONTAINING_VERBS = frozenset({"contain", "include", "hold"})
STRIKING_MEANS = frozenset(
    "rocket rockets missile missiles drone drones artillery strike strikes airstrike airstrikes himars shelling".split()  # what a strike destroys with
)


def _holder_of(weapon: Token) -> Token:
    """The cache or store a weapon is said to be in ('a cache containing rifles and grenades'), else the weapon."""
    token = weapon
    while token.dep_ == "conj" and token.head is not token:
        token = token.head  # 'rifles and grenades'
    verb = token.head
    if token.dep_ == "dobj" and verb.dep_ == "acl" and verb.lemma_.lower() in CONTAINING_VERBS:
        return verb.head
    return weapon


def triggers_in(sentence: Span) -> list[Token]:
    """The trigger tokens of a sentence, the most telling kind first (``KIND_PRIORITY``)."""
    found = [
        t
        for t in sentence
        if TRIGGERS.get(t.lemma_.lower())
        and (
            (t.dep_ not in ("compound", "amod") and not _is_protest_modifier(t) and not _opens_a_compound(t))
            or _is_hyphenated(t)
            or verb_read_as_modifier(t)
            or _rioting_people(t)
        )
        and (
            t.pos_ in ("VERB", "NOUN") or t.lemma_.lower() == "hostage" or (t.pos_ == "PROPN" and (t.lemma_.lower() in AGREEMENT_NAMES or t.text.islower()))
        )  # 'held them hostage': the tagger's adverb; 'signed the Bodo Peace Accord': a name; 'to break up a trade union march': no name in lower case
    ]
    found = [t for t in found if is_trigger_use(t) and not _weapon_carried(t) and not _weapons_supplied(t) and not _names_a_scene(t) and not _in_a_tag(t)]
    earlier = [t for t in found if told_as_days_before(t)]  # 'killed civilians ..., a day after taking over the garrison': an earlier event, told apart
    kept = _without_tolls([t for t in found if t not in earlier]) + _without_tolls(earlier)
    return sorted(kept, key=lambda t: (KIND_PRIORITY.index(TRIGGERS[t.lemma_.lower()]), t.i))


def _rioting_people(token: Token) -> bool:
    """'police fired tear gas at rioting prisoners': the people named by their riot riot."""
    return token.lemma_.lower() == "riot" and token.tag_ == "VBG" and token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN"


SCENE_NOUNS = frozenset({"site", "scene"})


def _names_a_scene(token: Token) -> bool:
    """'rioters at the site of an explosion', 'at the scene of the attack': where something else
    happens, named by an event told elsewhere."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SCENE_NOUNS


def _weapon_carried(token: Token) -> bool:
    """'three gunmen armed with rifles and grenades': what they carried, no event of its own."""
    head = token
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lower_ == "armed"


SUPPLIES = frozenset({"shipment", "delivery", "consignment", "supply", "supplies", "batch", "stockpile", "sale", "transfer", "purchase"})


def _weapons_supplied(token: Token) -> bool:
    """'a shipment of MK-84 heavy bombs arrived', 'the sale of drones to Russia': arms delivered or
    sold, no event of their use (a cache seized is read by its verb)."""
    head = token
    while head.dep_ == "conj":
        head = head.head
    weapon = TRIGGERS.get(token.lemma_.lower()) in ("remote", "explosion")
    return weapon and token.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in SUPPLIES


def _without_tolls(found: list[Token]) -> list[Token]:
    """The triggers of one time, without those that only tell another's toll or setting."""
    leading = {TRIGGERS[t.lemma_.lower()] for t in found if not sets_the_scene(t)}  # 'killed 6 civilians during a raid': the raid only sets the scene
    # a killing told with another event is its toll, but not with arrests or looting: 'killed 4 militiamen and detained 2
    # others' is the fight, 'killed a trader and burned his shop' the attack
    if any((sets_the_scene(t) or _what_it_came_of(t)) and t.lemma_.lower() in FIGHT_AS_SCENE for t in found):
        return [
            t for t in found if sets_the_scene(t) or TRIGGERS[t.lemma_.lower()] not in ("kill", "violence", "arrest")
        ]  # 'three people were shot dead during a clash between PCJSS and ALP': the clash, its toll
    if "kill" in leading and _another_event_the_killing_may_belong_to(found):  # not 'killed civilians after summoning them to meetings'
        return [t for t in found if TRIGGERS[t.lemma_.lower()] != "kill"]
    if "kill" in leading:
        return [t for t in found if not sets_the_scene(t)]
    wounded = [t for t in found if _wounded_told_as_a_toll(t)]
    if wounded and _another_event_the_killing_may_belong_to([t for t in found if t not in wounded], wounded):
        return [t for t in found if t not in wounded]  # 'six people were wounded when GDA and PPP activists fought': the fight
    return found


def _wounded_told_as_a_toll(token: Token) -> bool:
    """'Six people were wounded when ...', 'two were injured': the toll of the act the sentence goes on to tell."""
    return token.lemma_.lower() in ("wound", "injure", "hurt") and token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children)


def _what_it_came_of(noun: Token) -> bool:
    """'shot dead as a result of a skirmish', 'in the course of the fighting': the fight the killing came of."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("result", "course")


def _another_event_the_killing_may_belong_to(found: list[Token], tolls: list[Token] | None = None) -> bool:
    """An event of another kind told with the killing, whose toll or charge the killing may be:
    not arrests, looting or a meeting; a statement or a curfew only when the killing is what it says ('accused
    Putin of killing women and children'), not '... killed when his tractor drove over a mine, the
    governor said, urging residents not to work in the fields'. ``tolls`` are the words of the toll
    to weigh (the killings by default; 'were wounded' for a toll of wounded)."""
    kills = tolls if tolls is not None else [t for t in found if TRIGGERS[t.lemma_.lower()] == "kill"]
    for t in found:
        kind = TRIGGERS[t.lemma_.lower()]
        if sets_the_scene(t) or kind in ("kill", "arrest", "loot", "consult"):
            continue
        if kind == "violence" and t.pos_ == "NOUN" and any(t in k.subtree for k in kills):
            continue  # 'killed 22 villagers ... in an overnight raid on Masala': the killing tells the raid
        opening = answer_to_what_came_before(t) if kind == "protest" else None
        if opening is not None and all(k.i < opening.i for k in kills):
            continue  # 'soldiers killed two civilians; residents then blocked the road in protest': the killing is what was protested
        if kind not in POLITICAL_KINDS | {"group"} or any(k in t.subtree for k in kills):  # 'killed by a bullet fired by police enforcing the curfew'
            return True
    return False


CONSEQUENT_ADVERBS = frozenset({"later", "then", "afterwards", "afterward", "subsequently", "thereafter"})  # 'residents later protested'
CAUSING_LEMMAS = frozenset({"spark", "prompt", "trigger", "provoke", "spur", "ignite", "fuel", "lead", "cause"})  # ', sparking protests'
ANSWERING_NOUNS = frozenset({"protest", "response", "reaction", "retaliation", "anger", "outrage"})  # 'blocked the road in protest'
CLAUSE_BREAKS = frozenset({";", ",", ":", "—", "--"})


def answer_to_what_came_before(trigger: Token) -> Token | None:
    """The first word of the protest's own clause, when the sentence or paragraph tells it as
    the crowd's answer to something told before it ('police shot dead a motorcyclist, sparking
    protests', 'soldiers killed two civilians; residents then blocked the road in protest',
    'Police killed a boy. Residents marched in protest.'): the force told before is what was
    protested, not what the crowd met. None when the protest is not told so."""
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" else trigger  # 'in protest' of 'blocked'
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        verb = verb.head  # 'staged protests'
    causing = _cause_of(trigger)
    if causing is not None:
        return _clause_opening(causing)  # ', sparking protests by residents', 'prompting residents to block the road'
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # 'blocked the road in protest': the parse may hang 'in' on 'road'
    answered = any(c.dep_ == "advmod" and c.lower_ in CONSEQUENT_ADVERBS for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in ANSWERING_NOUNS for p in c.children)
        for word in (verb, *objects)
        for c in word.children
    )
    return _clause_opening(verb) if answered else None


def _cause_of(protest: Token) -> Token | None:
    """The verb told as causing the protest: its object ('sparking protests'), 'leading to
    protests', or the verb it completes ('prompting residents to block the road')."""
    head = protest.head
    if protest.dep_ in ("dobj", "xcomp") and head.lemma_.lower() in CAUSING_LEMMAS:
        return head
    if protest.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in CAUSING_LEMMAS:
        return head.head
    return None


def _clause_opening(word: Token) -> Token:
    """The first word of ``word``'s clause: after the nearest break (a semicolon, a comma, a
    coordinating 'and' or 'but') before it in its sentence, or the sentence's first word."""
    sentence = word.sent
    for i in range(word.i - 1, sentence.start - 1, -1):
        token = word.doc[i]
        if token.text in CLAUSE_BREAKS or (token.dep_ == "cc" and token.lower_ in ("and", "but")):
            return word.doc[i + 1]
    return sentence[0]


def told_as_days_before(trigger: Token) -> bool:
    """'killed civilians ..., a day after taking over the garrison', 'days after she took part in a
    protest': an event told as at least a day earlier than what the sentence reports."""
    lag = time_before(trigger)
    return lag is not None and lag[1] >= 1


FIGHT_AS_SCENE = NAMED_FIGHTING | {"shootout", "shoot-out", "gunfight", "confrontation"}  # 'killed during a clash': the fight is the event, the deaths its toll


DETECTOR_SURE = 0.9  # how sure the event detector must be that a sentence with no trigger word reports an ACLED event
DETECTED_MIN_WORDS = 6


def detected_event_verb(sentence: Span) -> Token | None:
    """The main verb of a sentence no trigger word speaks for, when the event detector
    (``classify.load_detector``) is at least ``DETECTOR_SURE`` that it reports an ACLED event
    ('about 2,500 refugees from Ukraine arrived in Slovakia', 'Patriot Front members dropped a
    banner over an overpass'); else None."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or sum(t.is_alpha for t in sentence) < DETECTED_MIN_WORDS or _in_brackets(root, sentence):
        return None
    if GAS_ACCIDENT.search(span_text(sentence)) or VEHICLE_ACCIDENT.search(span_text(sentence)):
        return None  # 'a gas cylinder exploded in a restaurant': an accident, whatever the detector reads
    return root if load_detector().probabilities(span_text(sentence))["event"] >= DETECTOR_SURE else None


TAG_REACH = 40  # tokens: how far back a tag's '[' may lie


def _in_a_tag(token: Token) -> bool:
    """'[women targeted: Activists]', '[size=no report]': a coder's tag in square brackets names no event."""
    for left in reversed(token.doc[max(0, token.i - TAG_REACH) : token.i]):
        if left.text == "]":
            return False
        if left.text == "[":
            return True
    return False


def _in_brackets(token: Token, sentence: Span) -> bool:
    """'(coded as Namtu town)': an aside in brackets reports nothing."""
    for left in reversed(sentence.doc[sentence.start : token.i]):
        if left.text in (")", "]"):
            return False
        if left.text in ("(", "["):
            return True
    return False


def verb_read_as_modifier(token: Token) -> bool:
    """'the Giants Brigades liberated Ain district': the parse made the verb a modifier of
    'district', but left it its subject; 'soldiers had gang-raped women': the second half of a
    hyphenated verb made a modifier of its object."""
    after_a_hyphen = token.i >= 2 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_
    has_subject = any(c.dep_ == "nsubj" for c in token.children)
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN"):
        return False
    return has_subject or (after_a_hyphen and token.head.dep_ == "dobj") or verb_of_a_verbless_parse(token)


def _is_protest_modifier(token: Token) -> bool:
    """'distraction and demonstration events': a protest word describing another noun; 'attack
    and troop-carrying helicopters': any event word describing a vehicle."""
    modifier = token.dep_ == "nmod" or (token.dep_ == "conj" and token.head.dep_ in ("compound", "amod", "nmod"))
    return modifier and (TRIGGERS.get(token.lemma_.lower()) == "protest" or token.head.lemma_.lower() in VEHICLES) and not _a_noun_of_its_own(token)


def _a_noun_of_its_own(token: Token) -> bool:
    """'staged a protest and blackened posters': a protest word after 'a' and before 'and' or a
    comma heads its own phrase, whatever the parser hung it on."""
    doc = token.doc
    after_article = token.i > 0 and doc[token.i - 1].lower_ in ("a", "an")
    before_a_break = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("and", ",")
    return after_article and before_a_break


def _opens_a_compound(token: Token) -> bool:
    """'a bomb-making factory', 'fire-fighting crews': the first half of a hyphenated word names
    no event of its own."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].is_alpha and not doc[token.i + 1].whitespace_ and not token.whitespace_


def _is_hyphenated(token: Token) -> bool:
    """'a shoot-out', 'a sit-in': spaCy splits them, and the first word becomes a compound."""
    doc = token.doc
    tail = {"shoot": ("out", "outs"), "sit": ("in", "ins")}.get(token.lower_, ())
    return bool(tail) and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in tail


# -- words that are triggers only in some uses: one rule per lemma, registered by ``use_of`` --


UseRule = Callable[[Token], bool]
GROUND = frozenset({"control", "ground"})  # what a verb takes when it takes territory
USE_RULES: dict[str, UseRule] = {}


def use_of(*lemmas: str) -> Callable[[UseRule], UseRule]:
    """Register the decorated rule as what makes each of ``lemmas`` a trigger."""

    def register(rule: UseRule) -> UseRule:
        for lemma in lemmas:
            if lemma in USE_RULES:
                raise ValueError(f"two use rules for {lemma!r}: {USE_RULES[lemma].__name__} and {rule.__name__}")
            USE_RULES[lemma] = rule
        return rule

    return register


def is_trigger_use(token: Token) -> bool:
    """Whether a trigger word is used as one here: its lemma's rule says so; a political
    interaction's word follows ``is_political_use``; any other trigger word always is."""
    lemma = token.lemma_.lower()
    rule = USE_RULES.get(lemma)
    if rule is not None:
        return rule(token)
    return is_political_use(token, lemma) if lemma in POLITICAL_TRIGGERS else True


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prt"}


def _objects(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("dobj", "attr")}


@use_of("take")
def _take_back_or_control(token: Token) -> bool:
    """'took back', 'took control of', 'took ground'; 'took over' a place ('the rebels took over the
    district'), or any name when armed men take it over ('ISWAP fighters took over Malam Fatori')."""
    if _back(token) or _objects(token) & GROUND or took_to_the_streets(token):
        return True
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in token.children):
        return takes_people(token)  # 'armed men took away five young men': an abduction
    if taken_away_in_the_phrase(token):
        return True  # 'took her and her sisters away': the parse hangs 'away' on the last person
    if not _particles(token) - {"off"} and taken_by_armed_men(token):
        return True  # 'passengers taken off a bus by gunmen', 'five young men were taken by armed men': an abduction
    if taken_from_home(token) or taken_into_custody(token):
        return True  # 'security agents took him from his home': a detention or an abduction; 'was taken into custody'
    if "over" not in _particles(token):
        named_place = any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in token.children)
        return not _particles(token) and (_takes_a_settlement(token) or (named_place and armed_men_take_a_name(token)))  # 'the Taliban took Jalalabad'
    return any(c.dep_ in ("dobj", "nsubjpass") and (is_ground(c) or _part_of_ground(c)) for c in token.children) or armed_men_take_a_name(
        token
    )  # 'the town of Mindat was taken over by CDF fighters', 'taken over a section of Rwanguba'


def taken_away_in_the_phrase(verb: Token) -> bool:
    """'took her and her sisters away': people or 'him', 'her', 'them' taken, and an 'away' the parse
    hung inside the object."""
    taken = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PRON"))]  # 'her and her sisters'
    people = any(names_people(c) or c.lower_ in ("him", "her", "them") for c in taken)
    return people and any(t.lower_ == "away" and t.dep_ in ("advmod", "prt") for c in taken for t in c.subtree)


def _part_of_ground(noun: Token) -> bool:
    """'a section of Rwanguba', 'parts of the district': a share of ground is ground."""
    return noun.lemma_.lower() in PARTS_OF_A_WHOLE and any(is_ground(t) for t in _what_is_taken(noun) if t is not noun)


def _back_next_to(token: Token) -> bool:
    """'took back the town', 'units pulled back'; 'took back Kafr Nabl', where the parse reads 'back' as an adverb."""
    return any(c.lower_ == "back" and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == token.i + 1)) for c in token.children)


def _back(token: Token) -> bool:
    """'back' next to the verb, or 'back to' after its object: 'handed Lashio back to the junta'."""
    return _back_next_to(token) or any(c.lower_ == "back" and c.dep_ == "advmod" and any(p.lower_ == "to" for p in c.children) for c in token.children)


def _takes_a_settlement(token: Token) -> bool:
    """Armed men take a town, not hostages nor positions: 'TPLF forces clashed with ENDF and took the town of Lalibela'."""
    armed = _armed_words(subject_words(token))
    return armed and any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_PLACES for c in token.children)


TAKEN_PLACES = TERRITORY_OBJECTS - {"control", "position", "positions"}  # 'took up positions' is no capture


def armed_men_take_a_name(token: Token) -> bool:
    """An armed subject and a proper name taken: 'M23 fighters overtook Tanda', not 'China overtook the US economy'."""
    words = subject_words(token)
    armed = any(t.lower_ in ARMED_WORDS for t in words) or any(
        a.role == "group" and act.is_armed(a) for a in actors_within(words)
    )  # 'fighters launched an attack and took over Malam Fatori', 'the Taliban took Jalalabad'
    placed = any(
        c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.pos_ == "PROPN" or any(is_ground(t) for t in _what_is_taken(c))) for c in token.children
    )
    return armed and placed


def takes_ground(trigger: Token) -> bool:
    """Whether what is taken is ground: a named place or a word for one ('seized the town', 'took
    control'), a place that fell to someone, or a place armed men were driven out of."""
    if trigger.dep_ in ("acl", "relcl") and not participle_after_an_object(trigger):
        return False  # 'an area controlled by the gang': a state of affairs, not an event
    if (
        new_holder(trigger) is not None
        or drives_out_of_ground(trigger)
        or (trigger.lemma_.lower() in ("advance", "move", "drive") and entered_place(trigger) is not None)
    ):
        return True
    taken = [referent_of(c) for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.lemma_.lower() in FLAG_RAISING_LEMMAS:
        taken = flag_raised_over(trigger)  # 'raised the national flag over Snihurivka': the place is what was taken
    if not taken and trigger.pos_ == "VERB":
        taken = [c for conj in trigger.conjuncts if conj.i > trigger.i for c in conj.children if c.dep_ == "dobj"]  # 'captured and briefly held the town'
    if verb_read_as_modifier(trigger):
        taken.append(trigger.head)  # 'liberated Ain district': the noun it was read to modify is what was taken
    if trigger.pos_ == "NOUN":
        taken += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]  # 'the capture of the port'
    if trigger.lemma_.lower() in ("overtake", "take") and armed_men_take_a_name(trigger):
        return True  # 'M23 fighters overtook Tanda', 'ISWAP fighters took over Malam Fatori'
    if trigger.pos_ == "VERB" and _armed_doers(trigger) and any(_placed_name(c) and c.lemma_.lower() not in PEOPLE_TAKEN for c in taken):
        return True  # 'TPLF forces launched an offensive and captured Abala (Afar)', 'Wad Madani (Al Jazirah) was captured by the RSF'
    return any(is_ground(t) for c in taken for t in _what_is_taken(c))


def _armed_doers(verb: Token) -> bool:
    """Armed men do it: the subject's words say so ('TPLF forces'), or the armed group named as
    its subject or as the agent of the passive ('was captured by the RSF')."""
    words = subject_words(verb) + passive_agent_words(verb)
    return any(t.lower_ in ARMED_WORDS for t in words) or any(act.is_armed(a) for a in actors_within(words))


def _placed_name(noun: Token) -> bool:
    """A proper name placed by the brackets after it ('Abala (Afar)'), as ACLED notes and wires
    place a town, though the tagger took it for a person."""
    if noun.pos_ != "PROPN":
        return False
    return (
        noun.ent_type_ != "PERSON"
        or (noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == "(")
        or is_rare_lone_name(noun)
        or any(c.dep_ == "compound" and c.lower_ in PLACE_NAME_WORDS for c in noun.children)  # 'Jabal al-Balaq', 'Lakmat al Qalah'
        or _taken_from_armed_men(noun.head)
    )


def _taken_from_armed_men(verb: Token) -> bool:
    """'wrested Burkan and Dhi Masal in Mukayras district from the Houthis': what armed men lose is ground."""
    return verb.pos_ == "VERB" and any(t.lower_ == "from" and t.dep_ == "prep" and _armed_words(t.subtree) for t in verb.subtree)


def is_rare_lone_name(noun: Token) -> bool:
    """A one-word name too rare to be a common first name ('M23 rebels seized Rutshuru'): the
    tagger calls many African and Asian towns persons; 'captured Mohamed' is a man."""
    alone = not any(c.dep_ in ("compound", "flat") for c in noun.children) and noun.dep_ != "compound"
    followed = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text[:1].isupper()
    return alone and not followed and is_rare_name(noun.text)


def is_ground(token: Token) -> bool:
    """A word for ground: a place named as such, a word for land or a site ('town', 'outpost'), a police station, a district centre."""
    police_station = token.lemma_.lower() in ("station", "substation") and any(
        c.lower_ == "police" for c in token.children if c.dep_ == "compound"
    )  # 'seized a police station'
    town_centre = token.lemma_.lower() in ("centre", "center") and any(
        c.dep_ == "compound" and c.lemma_.lower() in PLACE_KIND_WORDS for c in token.children
    )  # 'took control of the district centre': the town the district is run from
    return (
        token.ent_type_ in ("GPE", "LOC", "FAC")
        or token.lemma_.lower() in TERRITORY_OBJECTS
        or token.lower_ in TERRITORY_OBJECTS  # 'several heights', whose lemma is 'height'
        or token.lemma_.lower() in PLACE_KIND_WORDS
        or police_station
        or town_centre
    )


def _what_is_taken(noun: Token) -> Iterator[Token]:
    """The object's own words and what it is 'of' ('control of the town', 'the town of Izium'),
    not where it lay ('tons of marijuana hidden in a warehouse', 'migrants ... off the coast of Dikili')."""
    noun = referent_of(noun)
    controlled = [referent_of(p) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "over") for p in c.children if p.dep_ == "pobj"]
    if noun.lemma_.lower() == "control" and not controlled and (misplaced := _of_phrase_on_the_verb(noun)):
        controlled = misplaced  # 'took control of an agricultural factory', the 'of' read as the verb's
        yield from (t for p in misplaced for t in _what_is_taken(p))
    if not (noun.lemma_.lower() == "control" and controlled and not any(p.pos_ == "PROPN" for p in controlled)):
        yield noun  # 'control of Kidal' is ground; 'control of an oil truck' is not: what is controlled says
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.lemma_.lower() in TERRITORY_OBJECTS and noun.pos_ == "NOUN":
            continue  # 'the town hall', 'the district office', 'the camp commander': a building or a man, no ground
        if child.dep_ in ("compound", "amod", "appos", "conj", "nmod"):
            yield from _what_is_taken(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "over"):
            for place in child.children:
                if place.dep_ == "pobj" and (noun.lemma_.lower() in TERRITORY_OBJECTS or noun.lemma_.lower() in PARTS_OF_A_WHOLE):
                    yield from _what_is_taken(place)


def _of_phrase_on_the_verb(noun: Token) -> list[Token]:
    """What follows the noun as 'of ...' when the parser hung the phrase on the verb."""
    verb = noun.head
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1 for p in c.children if p.dep_ == "pobj"]


def new_holder(trigger: Token) -> list[Token] | None:
    """The words naming who a place passed to: 'Kherson fell to Russian forces', 'the town fell
    into the hands of JNIM militants', 'Kaya came under the control of militants'; else None."""
    lemma = trigger.lemma_.lower()
    if lemma not in ("fall", "come") or trigger.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or any(is_ground(t) for t in _what_is_taken(c))) for c in trigger.children):
        return None  # 'prices fell to a record low'
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "to" and lemma == "fall" and _armed_words(noun.subtree):
                return list(noun.subtree)
            if (prep.lower_ == "into" and noun.lemma_.lower() == "hand") or (prep.lower_ == "under" and noun.lemma_.lower() == "control"):
                holder = [t for c in noun.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for t in c.subtree]
                if _armed_words(holder):
                    return holder
    return None


def _armed_words(tokens: Iterable[Token]) -> bool:
    tokens = list(tokens)
    return any(t.lower_ in ARMED_WORDS for t in tokens) or any(act.is_armed(a) for a in actors_within(tokens))


def blockade_by_armed_men(trigger: Token) -> bool:
    """'JNIM announced a blockade of Timbuktu', 'militants imposed a blockade on the town': an armed
    group's change of activity (ACLED), not a crowd's blockade of a road."""
    if trigger.lemma_.lower() != "blockade":
        return False
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") else trigger
    if verb is not trigger and verb.lemma_.lower() in BLOCKADES_BROKEN_UP:
        return False  # 'police removed a road blockade by CNTE teachers': the crowd's, broken up
    makers = [t for c in trigger.children if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree]
    if makers and not _armed_words(makers):
        return False  # 'a blockade by farmers'
    return _armed_words(subject_words(verb) + passive_agent_words(verb))


def drives_out_of_ground(trigger: Token) -> bool:
    """Armed men driven out of a place: 'FARDC drove M23 rebels out of Runyoni', 'pushed them out
    of Kobo', 'dislodged Al Shabaab from Elbur'; not 'police drove the protesters out of the square'."""
    if trigger.lemma_.lower() not in DRIVEN_OUT_BY or trigger.pos_ != "VERB":
        return False
    driven = [c for c in trigger.children if c.dep_ == "dobj"]
    subject = [t for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree]
    if not driven or any(t.lower_ in ("police", "policemen", "officers") for t in subject):
        return False
    if trigger.lemma_.lower() == "clear" and any(_cleared_of_armed_men(c) for c in driven):
        return True
    if not all(_armed_words(c.subtree) or c.lower_ == "them" for c in driven):
        return False
    attached = [*trigger.children, *(c for d in driven for c in d.children)]  # 'dislodged JNIM militants from Boulkessi': the place may hang on the men
    if any(c.lower_ in ("out", "from") and any(t.pos_ == "PROPN" or is_ground(t) for t in c.subtree) for c in attached if c.dep_ in ("prep", "prt", "advmod")):
        return True
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in trigger.children)
    return out and any(_holding_ground(c) for d in driven for c in d.children if c.dep_ == "relcl")


def _holding_ground(clause: Token) -> bool:
    """'militants who had been occupying several hamlets': the men driven out held ground."""
    return clause.lemma_.lower() in ("occupy", "hold", "control") and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or is_ground(c)) for c in clause.children)


def _cleared_of_armed_men(ground: Token) -> bool:
    """'cleared Janale of Al Shabaab', 'cleared the area of militants': a place rid of armed men."""
    if not (ground.pos_ == "PROPN" or is_ground(ground)):
        return False
    of = [c for c in (*ground.children, *ground.head.children) if c.dep_ == "prep" and c.lower_ == "of"]
    return any(_armed_words(c.subtree) for c in of)


@use_of("expel")
def _expelled(token: Token) -> bool:
    """'expelled JNIM militants from the town': ground taken (``coding``); armed men expelled from
    nowhere named were fought off, not sent away; 'expelled three diplomats': a sanction."""
    if any(_armed_words(c.subtree) for c in token.children if c.dep_ == "dobj"):
        return drives_out_of_ground(token)
    return is_political_use(token, "expel")


@use_of("fall", "come")
def _fell_to_someone(token: Token) -> bool:
    return new_holder(token) is not None


@use_of("drive", "oust", "dislodge", "clear", "chase", "flush")
def _driven_out(token: Token) -> bool:
    """'drove the rebels out of Runyoni', 'ousted government troops from Moqokori'; armed men who
    'drove into Wad Madani' enter it; and soldiers who 'ousted the president' make a coup."""
    lemma = token.lemma_.lower()
    if driven_back(token):
        return True  # 'tried to capture the police station but were driven back by military reinforcements': a fight
    return drives_out_of_ground(token) or (lemma == "drive" and _advanced_into_a_place(token)) or (lemma == "oust" and _head_of_state_deposed(token))


def driven_back(token: Token) -> bool:
    """'were driven back by troops', 'drove back the assault': an attack repelled, as 'pushed back' is."""
    return token.lemma_.lower() == "drive" and token.pos_ == "VERB" and _back(token)


@use_of("reenter")
def _reentered_by_armed_men(token: Token) -> bool:
    """'the Malian army re-entered Menaka'; not 'displaced families re-entered the town'."""
    return token.pos_ == "VERB" and _armed_doers(token)


@use_of("restore", "reestablish", "reassert")
def _control_restored(token: Token) -> bool:
    """'restored control over the town of Boulkessi', 're-established control of Damboa'; not 'restored power'."""
    return token.pos_ == "VERB" and bool(_objects(token) & GROUND)


@use_of("advance", "move")
def _advanced_into_a_place(token: Token) -> bool:
    """Armed men who advance or move into a town: 'M23 rebels moved into Bunagana', 'advanced
    into the town of Bulo Burte'; not 'moved into position' nor 'advanced into Ukraine'."""
    return token.pos_ == "VERB" and _armed_words(subject_words(token)) and entered_place(token) is not None


def entered_place(token: Token) -> Token | None:
    """The town a verb goes 'into', a settlement or a named place that is no country."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "into"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            named = place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC", "FAC")
            if place.lemma_.lower() in TAKEN_PLACES or (named and act.actor_for_name(place.text) is None):
                return place
    return None


@use_of("stone")
def _stoned_someone(token: Token) -> bool:
    """'residents stoned a man to death', 'the convoy was stoned'; not 'a stone wall'."""
    return token.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)


THROWN_AT_PEOPLE = frozenset({"stone", "rock", "brick", "bottle", "object", "projectile", "stick", "brickbat"})  # compared with the lemma
THROWN_AT_FORCES = frozenset({"cocktail", "firework", "firecracker"})  # 'hurled Molotov cocktails at gendarmes': a crowd's violence; at a bank, damage


@use_of("throw", "hurl")
def _thrown_at_someone(token: Token) -> bool:
    """'villagers threw stones at police', 'settlers hurled rocks at passing cars': a crowd's
    violence (grenades and bombs thrown are explosions, told by their own words; 'threw its
    weight behind' and 'threw out a case' are nothing). 'They threw stones at the police', after
    a protest, is how that protest went (``coding._code_protest`` reads it), not a second event."""
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children):
        return False
    thrown = [c for c in token.children if c.dep_ == "dobj"]
    targets = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "towards", "toward", "on") for o in c.children if o.dep_ == "pobj"]
    if any(c.lemma_.lower() in THROWN_AT_FORCES for c in thrown):
        at_forces = any(w.lower_ in ARMED_WORDS for t in targets for w in t.subtree) or any(act.is_armed(a) for t in targets for a in actors_within(t.subtree))
        return token.pos_ == "VERB" and at_forces  # at gendarmes, not at a store
    return token.pos_ == "VERB" and bool(targets) and any(c.lemma_.lower() in THROWN_AT_PEOPLE for c in thrown)


@use_of("hostage")
def _taken_hostage(token: Token) -> bool:
    """'workers were taken as hostages', 'held two men hostage', not 'the release of hostages'."""
    head = token.head.head if token.head.lower_ == "as" else (_verb_over_an_of_phrase(token) or token.head)  # 'held a busload of volunteers hostage'
    return head.lemma_.lower() in ("take", "hold", "seize")


def _verb_over_an_of_phrase(noun: Token) -> Token | None:
    """The verb whose object the noun ends, where the parse hangs the noun on 'of': 'held [a
    busload of church volunteers] hostage', 'signed [a cessation of hostilities] agreement'."""
    of = noun.head
    return of.head.head if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "dobj" else None


@use_of("overtake")
def _overtake_a_place(token: Token) -> bool:
    """'M23 fighters overtook Tanda', not 'China overtook the US economy': armed men take a named place."""
    return armed_men_take_a_name(token)


@use_of("surrender")
def _fighters_surrender(token: Token) -> bool:
    """'ten ADF fighters surrendered to the army', 'two Maoist commanders surrendered to police';
    not 'surrendered their passports' or 'refused to surrender' (a verb with no armed subject)."""
    if token.pos_ != "VERB" or any(c.dep_ == "dobj" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    armed = subject is not None and any(
        t.lower_ in ARMED_WORDS or t.lower_ in ("commander", "commanders", "cadres", "members", "combatants", "armed") for t in subject.subtree
    )  # 'the Mayi Mayi UPLC armed group surrendered'

    to_forces = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(t.lower_ in ARMED_WORDS or t.lower_ in ("authorities", "police") for t in c.subtree)
        for c in token.children
    )
    return armed or to_forces


@use_of("gain", "assume")
def _gain_control(token: Token) -> bool:
    return bool(_objects(token) & GROUND)  # 'gained control over the district', not 'gained support'


@use_of("wrest")
def _wrested(token: Token) -> bool:
    """'wrested control of the district', 'wrested the Usaylan district centre from the Houthis'; not 'wrested a concession'."""
    return bool(_objects(token) & GROUND) or takes_ground(token)


@use_of("pull")
def _pull_back_or_out(token: Token) -> bool:
    """'pulled back', 'pulled out', 'pulled out of Tal Rifaat' (the parse may read 'out' as a preposition)."""
    return (
        "out" in _particles(token) or _back_next_to(token) or any(c.dep_ == "prep" and c.lower_ == "out" for c in token.children)
    )  # 'units pulled back'; not 'pulled its forces back to the left bank'


@use_of("push")
def _push_back_or_out(token: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children):
        return False  # 'have pushed back against that notion': opposed it
    return _back(token) or drives_out_of_ground(token)  # 'pushed back the attack', 'were pushed back by police', 'pushed them out of Kobo'


@use_of("offensive")
def _offensive_on_a_position(token: Token) -> bool:
    """'launched an offensive on government positions in Sirwah district': one assault on a
    place; not 'Russia's military offensive against Ukraine' nor 'the counteroffensive', the war."""
    launched = token.dep_ == "dobj" and token.head.lemma_.lower() in ("launch", "mount", "begin", "start")
    aimed = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "towards", "toward") for o in c.children if o.dep_ == "pobj"]
    return token.pos_ == "NOUN" and launched and any(o.lemma_.lower() in BASE_WORDS | {"position", "post", "town", "village", "city", "area"} for o in aimed)


@use_of("shoot")
def _shoot_not_a_film(token: Token) -> bool:
    return not _objects(token) & {"film", "video", "photo", "photos", "scene", "movie", "footage", "documentary"}


@use_of("chain")
def _human_chain(token: Token) -> bool:
    return any(c.lower_ == "human" for c in token.children)  # 'formed a human chain'


@use_of("head")
def _head_found(token: Token) -> bool:
    return token.pos_ == "NOUN" and (
        token.head.lemma_.lower() in ("find", "discover", "dump") or any(c.lemma_.lower() in ("find", "discover") for c in token.children)
    )


@use_of("operation")
def _operation_with_fighting(token: Token) -> bool:
    return any(c.lower_ == "against" for c in token.children) and bool(
        re.search(r"\b(shoot-?outs?|gunfire|shots|exchange\s+of\s+fire|killed|wounded)\b", paragraph_text(token.doc), re.IGNORECASE)
    )


@use_of("release", "free")
def _release_of_captives(token: Token) -> bool:
    """'released 98 Taliban prisoners', 'freed two kidnapped aid workers' (not 'released a statement', 'free trade')."""
    freed = [h for c in token.children if c.dep_ in ("dobj", "nsubjpass") for h in (c, *c.conjuncts)]  # who is freed, not 'photographs of soldiers'
    return token.pos_ == "VERB" and any(
        h.lemma_.lower() in ("prisoner", "detainee", "hostage", "soldier", "captive", "pow")
        or any(a.dep_ == "amod" and a.lemma_.lower() in HELD_CAPTIVE for a in h.subtree if a.i < h.i)  # 'two kidnapped aid workers'
        or any(
            a.dep_ == "relcl" and a.lemma_.lower() in CAPTORS_VERBS for a in h.subtree
        )  # '30 women it had held captive', 'the crew of a ship they had seized'
        for h in freed
    )


@use_of("confiscate", "diffuse", "deactivate", "neutralise", "neutralize")
def _seizing_weapons(token: Token) -> bool:
    """'confiscated weapons', 'sappers neutralised 120 explosive objects'; and armed men 'neutralised'
    ('the army neutralised 12 terrorists': killed, in the words of the army)."""
    return is_weapons_seizure(token) or armed_men_neutralised(token)


def armed_men_neutralised(token: Token) -> bool:
    """'neutralised 12 terrorists', 'three militants were neutralised': armed men killed."""
    if token.lemma_.lower() not in ("neutralise", "neutralize") or token.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _armed_words(c.subtree) for c in token.children)


@use_of("recover")
def _recovering_weapons_or_ground(token: Token) -> bool:
    """'police recovered arms and ammunition', or 'the army recovered the village of Chai' (ground regained)."""
    return is_weapons_seizure(token) or recovers_ground(token)


def recovers_ground(token: Token) -> bool:
    return token.lemma_.lower() == "recover" and token.pos_ == "VERB" and takes_ground(token) and not is_weapons_seizure(token)


@use_of("sit")
def _sit_in(token: Token) -> bool:
    return token.i + 2 < len(token.doc) and token.doc[token.i + 1].text == "-" and token.doc[token.i + 2].lower_ == "in"  # 'staged a sit-in'


@use_of("block", "barricade", "obstruct")
def _blocking_a_way(token: Token) -> bool:
    """'residents blocked the highway'; not 'gunmen blocked the highway and abducted travellers',
    where armed men stop traffic to attack it (unless they say what they want: 'clan militia
    blocked the main roads, complaining about the seat allocation')."""
    if _armed_words(subject_words(token)) and not _voices_a_grievance(token):
        return False
    return bool(_objects(token) & BLOCKED_THINGS) or any(t.lemma_.lower() in BLOCKED_THINGS for c in token.children if c.dep_ == "dobj" for t in c.subtree)


def _voices_a_grievance(verb: Token) -> bool:
    """The verb's sentence says what its doers demand or oppose ('complaining about', 'demanding')."""
    return bool(PROTEST_AIM.search(verb.sent.text)) or any(t.lemma_.lower() in PROTEST_AIM_VERBS for t in verb.sent if t.pos_ == "VERB")


@use_of("close", "shut")
def _closed_in_protest(token: Token) -> bool:
    """'residents closed a road to denounce a power cut', 'graduates closed the governorate
    building, demanding jobs': people who shut a way or a building to press a demand; not
    'authorities closed the border' nor 'police shut the market'."""
    shut = {t.lemma_.lower() for c in token.children if c.dep_ == "dobj" for t in c.subtree}
    closers = subject_words(token)
    by_the_state = any(a.role in ("government", "police", "military", "fixed") for a in actors_within(closers))
    return token.pos_ == "VERB" and bool(shut & (BLOCKED_THINGS | SHUT_BUILDINGS)) and not by_the_state and _voices_a_grievance(token)


@use_of("mob")
def _flash_mob(token: Token) -> bool:
    """'organized a flash mob in front of a Total station': a protest, not a mob's violence."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ == "flash" for c in token.children)


def taken_into_custody(verb: Token) -> bool:
    """'was taken into custody', 'police took three journalists into custody': an arrest."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() in ("custody", "detention") for p in c.children) for c in verb.children
    )


def held_by_the_state(verb: Token) -> bool:
    """'a TikToker was held by the DSS', 'two reporters were held by police': a detention."""
    agents = passive_agent_words(verb)
    held = any(c.dep_ == "nsubjpass" and (names_people(c) or _someone_held(c)) for c in verb.children)
    return verb.lemma_.lower() == "hold" and held and any(a.role in ("police", "military", "fixed") for a in actors_within(agents))


def _someone_held(noun: Token) -> bool:
    """'a blogger', 'a TikToker': a person the parse names, not ground ('the town was held by the army') nor a meeting."""
    if any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.children):
        return True  # 'a TikToker who mocked the governor', whatever the tagger calls the name
    return is_someone(noun) and not is_ground(noun) and not TRIGGERS.get(noun.lemma_.lower())


@use_of("hang", "unfurl", "display", "hold", "wave", "carry")
def _banners_shown(token: Token) -> bool:
    """'activists hung a banner reading "Stop the war"', 'women held placards outside the
    parliament': a protest; not 'held talks' nor 'carried out an attack' ('armed men carried off
    three aid workers': people taken, see ``people_carried_off``; 'was held by the DSS': people
    detained, see ``held_by_the_state``)."""
    shown = token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in SHOWN_IN_PROTEST for c in token.children)
    return shown or people_carried_off(token) or held_by_the_state(token)


@use_of("shout", "chant")
def _slogans(token: Token) -> bool:
    """'dozens of women shouted slogans in front of the governor's office'."""
    return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == "slogan" for c in token.children)


JOINING_A_PROTEST = re.compile(r"\bto\s+join\s+([\w'’-]+\s+){0,4}(march|rally|protest|sit-in|procession|demonstration|dharna)\b", re.IGNORECASE)
CHANTING = re.compile(r"\b(chant(ed|ing)|shout(ed|ing)\s+slogans|slogans)\b", re.IGNORECASE)


@use_of("gather", "assemble", "congregate", "converge")
def _gathering_to_protest(token: Token) -> bool:
    """'residents gathered ... to demand', 'a crowd assembled near the cathedral chanting "No to
    mobilisation"', 'workers converging on Batti Chowk to join Imran Khan's Azadi March'."""
    told = token.sent.text
    return not _objects(token) and bool(PROTEST_AIM.search(told) or CHANTING.search(told) or JOINING_A_PROTEST.search(told))


@use_of("club")
def _clubbed(token: Token) -> bool:
    """'officers clubbed demonstrators'; not 'the press club', 'a football club'."""
    return token.pos_ == "VERB"


@use_of("gathering")
def _a_gathering_to_protest(token: Token) -> bool:
    """'fired tear gas to break up a gathering of opposition supporters', 'a gathering to demand
    justice'; not 'a gathering of elders', 'a family gathering' or 'intelligence gathering'."""
    if token.pos_ != "NOUN":
        return False
    acted_on = token.dep_ in ("dobj", "pobj", "nsubjpass") and token.head.lemma_.lower() in GATHERINGS_BROKEN_UP
    return acted_on or bool(PROTEST_AIM.search(token.sent.text) or CHANTING.search(token.sent.text))


@use_of("dismantle")
def _weapons_dismantled(token: Token) -> bool:
    """'sappers dismantled an IED', 'dismantled a bomb-making workshop', 'dismantled a cocaine lab';
    not 'dismantled CJNG checkpoints and trenches', told of ground retaken, nor 'a plan to
    dismantle the MFDC'."""
    return bool(object_words(token) & (WEAPONS | DRUG_WORDS))


def drugs_destroyed(token: Token) -> bool:
    """'military police dismantled a cocaine lab': drugs or their making destroyed, which ACLED
    codes as the state's destruction of property, not a weapon stopped."""
    destroyed = object_words(token)
    return token.lemma_.lower() == "dismantle" and bool(destroyed & DRUG_WORDS) and not destroyed & WEAPONS


def object_words(verb: Token) -> set[str]:
    """The words, in lower case, of what the verb acts on: its object or passive subject."""
    return {t.lower_ for c in objects_of(verb) for t in c.subtree}


@use_of("hoist", "raise", "plant")
def _flag_raised_over_a_place(token: Token) -> bool:
    """'Ukrainian troops raised the national flag over Snihurivka', 'planted their flag on the
    Aleppo citadel': a mark of control; not 'raised concerns', 'raised a flag at a rally' nor
    'planted an IED'."""
    return bool(flag_raised_over(token))


def raises_a_flag(verb: Token) -> bool:
    """'hoisted their flag', 'raised the national flag', 'planted their flag': a mark of control."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in FLAG_RAISING_LEMMAS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("flag", "banner") for c in verb.children)
    )


def flag_raised_over(verb: Token) -> list[Token]:
    """The places a flag the verb raises is raised over or on: its own preposition's or the flag's."""
    if not raises_a_flag(verb):
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    places = [
        p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("over", "on", "above", "atop") for p in c.children if p.dep_ == "pobj"
    ]
    return [p for p in places if is_ground(p) or p.pos_ == "PROPN"]


@use_of("march")
def _marched_by_a_crowd(token: Token) -> bool:
    """'thousands marched through Colombo', 'a march in Minsk'; not 'Prigozhin's forces marched
    towards Moscow' or 'troops marched into the town': armed men on the move are no protest; nor
    the month ('on 9 March 2022')."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    if token.pos_ != "VERB":
        return True
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    heads = [[t for t in c.subtree if t is c or (t.head is c and t.dep_ in ("compound", "amod", "poss"))] for c in subjects]  # not 'relatives of soldiers'
    return not any(GROUND_FORCES.search(text_of(head)) or any(act.is_armed(a) for a in actors_within(head)) for head in heads)


@use_of("conference")
def _press_conference_with_banners(token: Token) -> bool:
    """'held a press conference with a banner in front of the City Hall, urging...': a protest to
    ACLED; a press conference alone is no event."""
    return any(t.lower_ == "press" for t in token.children) and bool(BANNER_WORDS.search(token.sent.text))


@use_of("find")
def _found_dead(token: Token) -> bool:
    return any(c.lower_ == "dead" for c in token.children)  # 'three people were found dead'


@use_of("set")
def _set_on_fire(token: Token) -> bool:
    """'set on fire', 'set fire to', 'set the office ablaze', or 'set up a base'; not a fire that an
    accident 'set off' ('a gas cylinder exploded, setting off a fire')."""
    if "off" in _particles(token):
        return False
    return any(t.lower_ in ("fire", "ablaze", "alight") for t in token.subtree if token.i < t.i <= token.i + 6) or _sets_up_a_base(token) or sets_upon(token)


def sets_upon(token: Token) -> bool:
    """'a crowd set upon a suspected pickpocket': people attacked, not property set on fire."""
    return token.lemma_.lower() == "set" and any(
        c.dep_ == "prep" and c.lower_ in ("upon", "on") and any(names_people(o) or _a_wrongdoer(o) for o in c.children if o.dep_ == "pobj")
        for c in token.children
    )


def _a_wrongdoer(noun: Token) -> bool:
    """'a suspected pickpocket', 'an alleged thief': someone a crowd sets upon."""
    return noun.lemma_.lower() in WRONGDOERS or any(c.dep_ == "amod" and c.lower_ in ("suspected", "alleged") for c in noun.children)


@use_of("establish")
def _base_or_control_established(token: Token) -> bool:
    """'established a headquarters', or 'established full control over Sievierodonetsk' (ground taken)."""
    return sets_up_a_base(token) or establishes_control(token)


@use_of("claim")
def _control_claimed(token: Token) -> bool:
    """'Wagner forces claimed full control of Bakhmut': ground taken, as its taker tells it; not 'claimed responsibility'."""
    return establishes_control(token)


def establishes_control(token: Token) -> bool:
    """'established full control over Sievierodonetsk', 'claimed control of Goma'."""
    return token.lemma_.lower() in ("establish", "claim") and token.pos_ == "VERB" and bool(_objects(token) & GROUND) and takes_ground(token)


def sets_up_a_base(token: Token) -> bool:
    """'set up a new base', 'established a headquarters', 'opened a camp': ACLED's
    'Headquarters or base established'."""
    return token.pos_ == "VERB" and (
        any(t.lower_ in BASE_WORDS or _a_military_post(t) for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)
        or _a_presence_at_a_base(token)
    )


def _a_presence_at_a_base(verb: Token) -> bool:
    """'established a presence at Al Jufra air base' (the parse may hang the 'at' on the verb)."""
    presence = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "presence"]
    places = [p for holder in [verb, *presence] for p in holder.children if p.dep_ == "prep" and p.lower_ in ("at", "in")]
    return bool(presence) and any(t.lower_ in BASE_WORDS for p in places for t in p.subtree)


def _a_military_post(word: Token) -> bool:
    """'a new military post', 'an observation post' (not 'a post office', 'a Facebook post')."""
    return word.lemma_.lower() == "post" and any(c.lower_ in MILITARY_POST_WORDS for c in word.children if c.dep_ in ("amod", "compound"))


def _sets_up_a_base(token: Token) -> bool:
    return "up" in _particles(token) and sets_up_a_base(token)


@use_of("open", "install", "inaugurate")
def _base_established(token: Token) -> bool:
    return sets_up_a_base(token)


@use_of("turn", "convert")
def _turned_into_a_base(token: Token) -> bool:
    """'militias turned a school into a headquarters'; not 'towns turned into mass graves'."""
    made_into = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]
    return token.pos_ == "VERB" and any(t.lower_ in BASE_WORDS for o in made_into for t in o.subtree) and _armed_words(subject_words(token))


@use_of("build", "pitch")
def _base_built(token: Token) -> bool:
    """'ISWAP fighters built a camp on an island', 'ELN guerrillas have pitched a camp next to a school';
    not 'villagers built a school' nor 'the army built a road'."""
    return sets_up_a_base(token) and _armed_words(subject_words(token))


@use_of("drop")
def _weapons_dropped(token: Token) -> bool:
    """'helicopters dropped barrel bombs', 'a drone dropped a canister of chloropicrin', not
    'dropped the charges' or 'prices dropped'."""
    dropped = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    chemical = bool(CHEMICAL.search(text_of(token.subtree))) and bool(dropped)  # 'dropped canisters releasing yellow, choking gas'
    return token.pos_ == "VERB" and (chemical or any(t.lower_ in DROPPED_WEAPONS for c in dropped for t in c.subtree))


@use_of("use")
def _chemical_weapon_used(token: Token) -> bool:
    """'used chlorine gas against the fighters': only a chemical weapon makes 'use' an event word."""
    return token.pos_ == "VERB" and any(CHEMICAL.search(text_of(c.subtree)) for c in token.children if c.dep_ in ("dobj", "nsubjpass"))


@use_of("declaration", "statement")
def _declaration_signed(token: Token) -> bool:
    """'M23 rebels and the government signed a declaration of principles', 'signed a trilateral
    statement ending hostilities'; not 'a declaration of war' nor one read out, nor a statement issued."""
    return token.pos_ == "NOUN" and token.head.lemma_.lower() == "sign" and not any(t.lower_ in ("war", "independence") for t in token.subtree)


@use_of("agreement", "accord", "deal", "treaty")
def _agreement_reached(token: Token) -> bool:
    """'signed a peace agreement', 'the deal reached in Istanbul', 'signed the Bodo Peace Accord'
    (a name, which the tagger reads as a proper noun): an agreement made, not one hoped for or discussed."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = _verb_over_an_of_phrase(token) or token.head  # 'signed a cessation of hostilities agreement'
    return head.lemma_.lower() in AGREEMENT_VERBS or any(c.lemma_.lower() in AGREEMENT_VERBS and c.dep_ in ("acl", "relcl") for c in token.children)


@use_of("agree")
def _agreed_to_something(token: Token) -> bool:
    """'the two sides agreed to a prisoner exchange', 'agreed a ceasefire', 'the warring parties
    agreed to protect civilians'; not 'analysts agree that' nor 'he agreed to resign'."""
    if token.pos_ != "VERB":
        return False
    if any(t.lemma_.lower() in AGREED_THINGS for c in token.children if c.dep_ in ("dobj", "prep", "xcomp") for t in c.subtree):
        return True
    agreed_to_do = any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)) for c in token.children)
    return agreed_to_do and (_warring_parties(subject_words(token)) or _armed_words(subject_words(token)))


def _warring_parties(words: Iterable[Token]) -> bool:
    """'the warring parties', 'the two sides', 'both factions'; not 'opposition parties'."""
    return any(w.lemma_.lower() in WARRING_PARTIES and any(m.lower_ in ("warring", "two", "both", "rival", "fighting") for m in w.children) for w in words)


TRUCE_ENDED = frozenset({"end", "collapse", "breakdown", "expiry", "expiration", "termination", "violation", "breach"})


@use_of("ceasefire", "truce")
def _truce_made(token: Token) -> bool:
    """'the sides agreed a ceasefire', 'a truce took effect'; not 'the ceasefire appeared to be
    holding' or 'the truce collapsed': what a truce in force does is no agreement made."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in TRUCE_KEPT_OR_BROKEN:
        return False  # 'traded accusations over who had broken the truce first'
    if token.dep_ == "pobj" and token.head.lower_ in ("on", "about", "over", "for", "towards", "toward") and token.head.head.lemma_.lower() in TALKS_ABOUT:
        return False  # 'talks on a ceasefire ... were stalled', 'a proposal for a truce': what is talked of is not yet made
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in TRUCE_ENDED:
        return False  # 'the TTP announced the end of its ceasefire': a truce over, no agreement
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in STANDING_TRUCE_VERBS for c in token.children):
        return False  # 'the ceasefire between Israel and Hezbollah largely held on Wednesday', the verb read as a modifier
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    while verb is not None:
        if verb.lemma_.lower() in STANDING_TRUCE_VERBS:
            return False
        due = next((c for c in verb.children if c.dep_ == "acomp"), None)  # 'the truce is due to expire at midnight'
        verb = next((c for c in (due or verb).children if c.dep_ == "xcomp"), None)  # 'appeared to be holding'
    return True


@use_of("kill", "die", "displace", "flee", "injure", "wound")
def _by_violence(token: Token) -> bool:
    """'gunmen killed 30 people', not 'floods killed 30 people' or 'died in a bus crash'; 'were
    displaced by fighting', not 'drought has displaced herders' or 'fled the floods'."""
    if token.lemma_.lower() == "flee":
        return not any(
            t.lower_ in DISASTER_WORDS or t.lemma_.lower() in DISASTER_WORDS for c in token.children if c.dep_ in ("dobj", "prep") for t in c.subtree
        )
    clause = token
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # 'flattening villages ... and killing 1,000'
    if clause.dep_ == "advcl" and (clause.head.lemma_.lower() in ACCIDENT_VERBS or _a_vehicle_struck(clause.head) or _done_by_nature(clause.head)):
        return False  # 'a bus plunged into a ravine, killing 14 passengers', 'a train ... slammed into a freight train, killing 300'
    accident = GAS_ACCIDENT.search(span_text(token.sent)) or VEHICLE_ACCIDENT.search(span_text(token.sent))
    if any(c.dep_ == "advcl" and c.lemma_.lower() in ACCIDENT_VERBS for c in token.children) or accident:
        return False  # 'miners were killed when a wall collapsed', 'a gas cylinder exploded, setting off a fire that killed three'
    if token.lemma_.lower() in ("kill", "displace"):
        causes = [c for c in token.children if c.dep_ in ("nsubj", "agent")]
        heads = [c if c.dep_ == "nsubj" else next((p for p in c.children if p.dep_ == "pobj"), c) for c in causes]
        heads += [token.head] if token.dep_ == "acl" else []  # 'a heatwave killed 40 pilgrims', parsed as a heatwave that killed
    else:
        heads = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "after", "during") for p in c.children if p.dep_ == "pobj"]
    return not any(h.lemma_.lower() in DISASTER_WORDS or h.lower_ in DISASTER_WORDS for h in heads)


def _done_by_nature(verb: Token) -> bool:
    """'an earthquake struck ..., killing 1,000': a disaster is the verb's subject."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in DISASTER_WORDS or c.lower_ in DISASTER_WORDS) for c in verb.children)


def _a_vehicle_struck(verb: Token) -> bool:
    """'a passenger train derailed and slammed into a freight train': a vehicle ran into something."""
    return verb.lemma_.lower() in ("slam", "smash", "plough", "plow", "hit") and any(s.lemma_.lower() in ACCIDENT_VEHICLES for s in nominal_subjects(verb))


@use_of("strike")
def _struck_by_people(token: Token) -> bool:
    """'missiles struck Kyiv', 'Russia struck'; not 'an earthquake struck western Afghanistan' nor a canister or a car."""
    if _names_a_strike_committee(token) or _a_shutdown_imposed(token) or _a_strike_not_held(token) or _people_on_strike(token):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is not None and NOT_A_STRIKE.search(text_of(agent.subtree)):
        return False  # 'struck in the head by a tear gas canister': the force on a crowd, read with the protest
    return not any(c.lemma_.lower() in DISASTER_WORDS or c.lower_ in DISASTER_WORDS for c in subjects)  # 'a magnitude 6.3 earthquake': two subjects


def _people_on_strike(token: Token) -> bool:
    """'fired tear gas at striking public sector workers': people on strike, who struck no one
    (the parser may read 'striking' as the verb of a clause whose subject they are)."""
    if token.lower_ != "striking" or any(c.dep_ == "dobj" for c in token.children):
        return False
    phrase = list(takewhile(lambda t: t.pos_ in ("ADJ", "NOUN", "PROPN"), token.doc[token.i + 1 : token.i + 5]))
    return bool(phrase) and phrase[-1].lemma_.lower() in PEOPLE_WHO_STRIKE  # the last word of 'public sector workers' names them


def _a_strike_not_held(token: Token) -> bool:
    """'the teachers' union postponed a strike planned for next week': a strike that did not take
    place is neither a blow nor a walkout (one held is a protest, ``is_a_walkout``)."""
    return token.pos_ == "NOUN" and not_held(token)


PUT_OFF = frozenset({"postpone", "cancel", "abandon", "scrap", "suspend", "avert", "threaten"})


def not_held(noun: Token) -> bool:
    """A gathering or a strike still planned, or called off, put off or cancelled: 'the protests
    planned for Monday', 'called off the march', 'postponed a strike'."""
    planned = any(c.dep_ == "acl" and c.lemma_.lower() in ("plan", "schedule") and c.tag_ == "VBN" for c in noun.children)
    head = noun.head
    called_off = head.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
    return planned or called_off or (noun.dep_ == "dobj" and head.lemma_.lower() in PUT_OFF)


def is_a_walkout(token: Token) -> bool:
    """'a flash strike', 'a general strike', 'the hunger strike': people who stop work or march,
    no blow, told by the words of the strike's own phrase (``LABOUR_STRIKE``)."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
    return token.lemma_.lower() == "strike" and any(LABOUR_STRIKE.fullmatch(f"{c.text} {token.text}") for c in modifiers)


def _a_shutdown_imposed(token: Token) -> bool:
    """'during the armed strike declared by the Clan del Golfo', 'a strike called by the rebels':
    a shutdown an armed group imposes on a region (Colombia's 'paro armado', India's bandhs), no blow."""
    armed = any(c.dep_ == "amod" and c.lower_ == "armed" for c in token.children)
    declared = any(c.dep_ == "acl" and c.lemma_.lower() in ("declare", "call", "impose", "enforce", "announce") for c in token.children)
    return token.pos_ == "NOUN" and (armed or declared)


def _names_a_strike_committee(token: Token) -> bool:
    """'Let Pa Daung main strike', 'Monywa Youths strike', 'the Universities' Strike held a protest':
    a protest group named for its strike (Myanmar's strike committees), where the sentence tells of
    a protest; not 'a US strike' or 'a Russian strike', whose names are countries or peoples."""
    names = [c for c in token.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"]
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "conj") or not names or any(c.ent_type_ in ("GPE", "NORP") for n in names for c in n.subtree):
        return False
    return any(TRIGGERS.get(t.lemma_.lower()) == "protest" and is_trigger_use(t) for t in token.sent if t is not token)


@use_of("confrontation")
def _armed_confrontation(token: Token) -> bool:
    """'an armed confrontation between the army and the ELN'; not a war of words."""
    return any(c.dep_ == "amod" and c.lower_ in ("armed", "violent", "deadly", "bloody") for c in token.children)


@use_of("exchange")
def _captives_exchanged(token: Token) -> bool:
    """'a prisoner exchange', 'exchanged 50 prisoners', not 'an exchange of fire' or 'of views'."""
    return any(t.lower_ in CAPTIVES for t in token.subtree) or any(c.lower_ in CAPTIVES for c in token.head.subtree if token.head.pos_ == "VERB")


@use_of("hand", "handover")
def _territory_handed_over(token: Token) -> bool:
    """'handed over the town to the militants', 'the handover of Kherson'."""
    if token.pos_ == "VERB" and "over" not in _particles(token) and not _back(token) and not _objects(token) & GROUND:
        return False  # 'handed over the town', 'handed Lashio back', 'handed control of the town to the army'
    if token.pos_ == "NOUN" and token.head.lemma_.lower() in UNDONE_BY:
        return False  # 'demanding that the government halt the handover of border villages'
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in TERRITORY_OBJECTS for c in token.children for t in c.subtree)


@use_of("violate")
def _someone_violated(token: Token) -> bool:
    """'seized six women and violated them'; not 'violated the ceasefire'."""
    return token.pos_ == "VERB" and any(c.lower_ in HIM_OR_THEM or names_people(c) for c in objects_of(token))


@use_of("abuse", "violence", "harass")
def _sexual_abuse(token: Token) -> bool:
    """'sexually abused', 'sexual violence', 'gender-based violence', 'sexually harassed'; not
    'violence' alone (too wide to code)."""
    return any(c.lower_ in ("sexual", "sexually") or (c.lower_ == "based" and token.lemma_ == "violence") for c in token.children)


@use_of("crash", "slam", "smash", "land", "rain")
def _fired_and_fallen(token: Token) -> bool:
    """'five Himars missiles crashed into the building', 'a shell landed in a courtyard', 'rockets
    rained on the city'; not 'a plane crashed', 'the delegation landed in Kyiv', nor a drone
    that crashed (a spy drone falls of itself: 'the drone crashed into the Black Sea')."""
    subjects = [t for c in token.children if c.dep_ == "nsubj" for t in c.subtree]
    drones_too = token.lemma_.lower() in ("slam", "smash")  # 'a drone slammed into a refinery'; a drone that 'crashed' fell of itself
    return token.pos_ == "VERB" and any(_fired(t.lemma_.lower(), drones_too) or _fired(t.lower_.removesuffix("s"), drones_too) for t in subjects)


def _fired(word: str, drones_too: bool = False) -> bool:
    return (word in AIRBORNE_WEAPONS or word in ("mortar", "round")) and (drones_too or word not in ("drone", "uav"))  # 'mortar rounds slammed into a market'


@use_of("explosion", "blast", "explode")
def _not_an_accident(token: Token) -> bool:
    """'an explosion hit the depot', not 'a gas explosion at a restaurant ... caused by a faulty cylinder'."""
    return not GAS_ACCIDENT.search(span_text(token.sent))


@use_of("blow")
def _blown_up(token: Token) -> bool:
    """'a suicide bomber blew herself up', 'militants blew up a bridge'; not 'the wind blew'."""
    return token.pos_ == "VERB" and "up" in _particles(token)


@use_of("extort")
def _extorted(token: Token) -> bool:
    """'JNIM militants extorted zakat from villagers'; not 'accused him of extorting people'."""
    return token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


@use_of("procession")
def _procession_of_protest(token: Token) -> bool:
    """'a procession to the governor's office', not 'a religious procession' (a feast, whose clashes
    are mob violence), nor 'a funeral procession' that demands nothing ('a man attending a funeral
    procession was shot': a mourner, not a protester)."""
    before = [c for c in token.subtree if c.i < token.i]
    if any(c.lower_ in ("religious", "wedding") or c.text in ("Ram", "Navami", "Muharram", "Ashura") for c in before):
        return False
    return not any(c.lower_ == "funeral" for c in before) or bool(PROTEST_AIM.search(token.sent.text))


@use_of("marry", "marriage")
def _forced_marriage(token: Token) -> bool:
    """'forcibly married two girls', 'a forced marriage', 'forced her to marry a fighter': sexual
    violence to ACLED; not 'the couple married'."""
    forced = any(c.lower_ in ("forcibly", "forced", "forcefully") for c in token.children)
    return forced or (token.dep_ == "xcomp" and token.head.lemma_.lower() == "force")


@use_of("strip")
def _stripped_naked(token: Token) -> bool:
    """'stripped naked and paraded', 'stripped the women of their clothes'."""
    return token.pos_ == "VERB" and any(t.lower_ in ("naked", "nude", "clothes", "clothing") for t in token.subtree if t.i > token.i)


@use_of("demobilise", "demobilize")
def _fighters_demobilised(token: Token) -> bool:
    """'the final group of its fighters was demobilised', 'the militia demobilised 300 combatants'."""
    demobilised = [t for c in objects_of(token) for t in c.subtree]
    return token.pos_ == "VERB" and (_armed_words(demobilised) or any(t.lemma_.lower() == "combatant" for t in demobilised))


@use_of("coup", "putsch")
def _coup_staged(token: Token) -> bool:
    """'soldiers staged a coup in Niamey', 'a military coup ousted the president', 'an attempted
    coup'; not 'where a military coup last year derailed the transition' (a coup recalled) nor 'a
    diplomatic coup'."""
    if token.pos_ != "NOUN" or any(c.lower_ in ("diplomatic", "political", "publicity", "media") for c in token.children):
        return False
    staged = token.dep_ in ("dobj", "pobj") and token.head.lemma_.lower() in COUP_STAGING  # 'staged a coup'
    done = token.dep_ == "nsubj" and token.head.lemma_.lower() in COUP_VERBS | COUP_HAPPENED  # 'a military coup ousted the president'
    return staged or done or any(c.lower_ in ("attempted", "failed", "foiled") for c in token.children)


@use_of("depose", "overthrow", "topple")  # and "oust" (``_driven_out``)
def _head_of_state_deposed(token: Token) -> bool:
    """'soldiers deposed President Kabore'; not 'sent troops into a country to overthrow its government' (an aim)."""
    return overturns_the_state(token) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _head_of_state_or_government(word: Token) -> bool:
    """'President Alpha Conde', 'the president', 'Prime Minister Hamdok'; not 'a deputy minister'."""
    lemma = word.lemma_.lower()
    return lemma == "president" or (lemma == "minister" and any(c.lower_ == "prime" for c in word.children))


def overturns_the_state(token: Token) -> bool:
    """A coup, ACLED's 'Other': a head of state or government deposed or seized ('soldiers
    deposed President Kabore', 'special forces seized President Alpha Conde'), the state's bodies
    dissolved ('dissolved the Sovereignty Council'), the constitution or parliament suspended,
    where the sentence names the military or a coup's marks (``COUP_SIGNS``); not 'voters ousted
    the mayor' nor 'the president dissolved parliament and called elections'."""
    lemma = token.lemma_.lower()
    if (
        (lemma not in COUP_VERBS and lemma not in SEIZING_A_LEADER and lemma not in ("dissolve", "suspend"))
        or token.pos_ != "VERB"
        or not COUP_SIGNS.search(token.sent.text)
        or drives_out_of_ground(token)  # 'Al Shabaab ousted government troops from the town of Moqokori'
    ):
        return False
    heads = objects_and_conjuncts(token)  # 'dissolved the council and the government'
    words = {t.lemma_.lower() for h in heads for t in (h, *h.children) if t is h or t.dep_ in ("compound", "amod")}
    if lemma in SEIZING_A_LEADER:  # 'seized President Alpha Conde', not 'arrested the president of a youth association'
        leaders = [h for h in heads for t in (h, *h.children) if (t is h or t.dep_ == "compound") and _head_of_state_or_government(t)]
        return bool(leaders) and "former" not in words and not any(c.dep_ == "prep" and c.lower_ == "of" for h in leaders for c in h.children)
    if lemma in COUP_VERBS:
        return bool(words & STATE_OFFICES) and "former" not in words
    if lemma == "dissolve":
        return bool(words & STATE_BODIES)
    return lemma == "suspend" and bool(words & {"constitution", "parliament", "congress", "legislature", "assembly"})


@use_of("dissolve")
def _group_dissolved(token: Token) -> bool:
    """'the militia dissolved itself', 'the group was dissolved', not 'sugar dissolves'."""
    named = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    itself = any(
        c.dep_ == "dobj" and (c.lower_ in ("itself", "themselves") or any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children))
        for c in token.children
    )  # 'the PKK ... was dissolving itself', 'HTS said it had dissolved its military wing'
    subject = _subject_of_clause(token) if itself else []
    return overturns_the_state(token) or (token.pos_ == "VERB" and (any(actors_within(c.subtree) for c in named) or bool(actors_within(subject))))


def _subject_of_clause(verb: Token) -> list[Token]:
    """The words of the verb's subject, else of the subject of the clause it reports on ('the PKK
    announced that it was dissolving itself': 'it' names no one, the PKK does). All the subject
    words the parse found: it may split a name ('Hayat Tahrir al-Sham')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = verb.head if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp" else verb
    return sorted((t for c in clause.children if c.dep_ == "nsubj" for t in c.subtree), key=lambda t: t.i)


@use_of("fight", "fighting")
def _not_without_a_fight(token: Token) -> bool:
    return not (token.head.lower_ == "without" and token.dep_ in ("pobj", "pcomp"))  # 'took the town without a fight', 'entered the city without fighting'


@use_of("target", "destroy")
def _targeted_by_someone(token: Token) -> bool:
    if token.pos_ != "VERB":
        return False
    by_an_actor = any(c.dep_ in ("nsubj", "agent") and (actors_within(c.subtree) or c.ent_type_ in ("ORG", "NORP")) for c in token.children)
    by_a_weapon = any(c.dep_ == "nsubj" and c.lemma_.lower() in WEAPON_SUBJECTS for c in token.children)  # 'a remotely detonated explosive targeted the convoy'
    return by_an_actor or by_a_weapon or any(c.dep_ == "nsubjpass" for c in token.children)


@use_of("down", "control")
def _as_a_verb(token: Token) -> bool:
    """'downed a drone', 'Russian forces control the town', 'now control half of Bilohorivka'; not
    'al-Shabaab still controls most of the Jubba valley', a state of affairs that lasts."""
    lasting = token.lemma_.lower() == "control" and any(c.dep_ == "advmod" and c.lower_ in ("still", "largely", "mostly") for c in token.children)
    return token.pos_ == "VERB" and not lasting


@use_of("change")
def _name_changed(token: Token) -> bool:
    """'the armed group changed its name to ...'."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in token.children)


@use_of("appoint", "name", "elect", "appointment")
def _group_leader_chosen(token: Token) -> bool:
    """'Islamic State's West Africa Province named a new leader', 'al-Shabaab appointed a new
    emir', 'the Islamic State announced the appointment of a new leader': an armed group (not a
    state, not a company) choosing who leads it."""
    if token.pos_ == "NOUN":
        chosen = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not any(p.lemma_.lower() in LEADER_WORDS for p in chosen) or token.head.pos_ != "VERB":
            return False
        token = token.head  # who announced the appointment chose
    elif not any(c.dep_ in ("dobj", "oprd", "attr") and c.lemma_.lower() in LEADER_WORDS for c in token.children) and not _named_as_leader(token):
        return False
    chooser_of = token.head if token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children) else token
    chooser = [a for c in chooser_of.children if c.dep_ in ("nsubj", "agent") for a in actors_within(c.subtree)]  # '... and named his successor'
    named = _a_non_state_group(chooser)
    unnamed = (
        not chooser and any(t.lower_ == "armed" for t in subject_words(token)) and any(t.lower_ in ("group", "groups", "militia") for t in subject_words(token))
    )
    return named or unnamed  # 'the armed group named a new military commander'


def _named_as_leader(verb: Token) -> bool:
    """'named Naim Qassem as its new secretary-general'."""
    return any(p.lemma_.lower() in LEADER_WORDS for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj")


@use_of("occupy")
def _occupied_by_someone(token: Token) -> bool:
    """'troops occupied the town', not 'in occupied south' or 'the occupied territories' (a
    participle describing ground, whatever the parse makes of it)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is None or before.pos_ not in ("ADP", "DET")


@use_of("halt", "suspend", "suspension")
def _fighting_halted(token: Token) -> bool:
    """'the TNLA announced a unilateral halt to offensive operations', 'the group suspended its
    attacks': an armed group changing its own activity; not 'halted traffic' or 'suspended talks'."""
    halted = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    halted += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "in") for p in c.children if p.dep_ == "pobj"]
    if overturns_the_state(token):
        return True  # 'suspended the constitution': a coup
    if not any(h.lemma_.lower() in HOSTILITIES for h in halted):
        return False
    verb = token if token.pos_ == "VERB" else token.head
    return _a_non_state_group([a for c in _subjects_meant(verb) for a in actors_within(c.subtree)])


def _subjects_meant(verb: Token) -> list[Token]:
    """The verb's subjects; for 'it' or 'they' in what someone announced, the announcer ('Kataib
    Hezbollah announced that it was suspending military operations')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "ccomp" and subjects and all(s.lower_ in ("it", "they") for s in subjects):
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _a_non_state_group(actors: list[act.Actor]) -> bool:
    """Rebels or a militia among the actors: a group that names its leaders and halts its attacks, unlike a state or a company."""
    return any(a.role == "group" and a.inter in act.NON_STATE_ARMED for a in actors)


@use_of("intercept")
def _arms_intercepted(token: Token) -> bool:
    """'intercepted rockets fired from Gaza', 'intercepted an arms shipment'; not 'intercepted a boat carrying migrants'."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    taken = taken or [
        o for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"
    ]  # 'intercepted and destroyed a drone'
    taken = taken or [
        o for c in token.children if c.dep_ in ("advcl", "ccomp") for o in c.children if o.dep_ == "nsubj" and o.i > token.i
    ]  # 'intercepted most of the rockets fired from Gaza', parsed as a clause of 'fired'
    return any(
        t.lemma_.lower() in INTERCEPTED_ARMS
        for c in taken
        for t in c.subtree
        if t.dep_ in ("dobj", "nsubjpass", "compound", "conj") or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head == c)
    )  # 'intercepted most of the rockets'


@use_of("launch")
def _weapon_launched(token: Token) -> bool:
    """'launched a ballistic missile at a vessel', 'drones launched by Russia'; not 'launched an
    appeal' nor 'launched an attack' (the attack is the event word)."""
    launched = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return token.pos_ == "VERB" and any(c.lemma_.lower() in AIRBORNE_WEAPONS for c in launched)


@use_of("gun")
def _gunned_down(token: Token) -> bool:
    """'a reporter was gunned down', 'gunmen gunned down two traders'."""
    return token.pos_ == "VERB" and "down" in _particles(token)


@use_of("pick")
def _picked_up(token: Token) -> bool:
    """'three councillors were picked up by police', 'agents picked up a student'; not 'picked up the pace'."""
    passive_by = any(c.dep_ == "nsubjpass" for c in token.children) and any(c.dep_ == "agent" for c in token.children)  # 'picked up by police'
    return token.pos_ == "VERB" and "up" in _particles(token) and (takes_people(token) or passive_by)


@use_of("detention")
def _detention_made(token: Token) -> bool:
    """'the detention of three activists'; not 'more than 20,000 people remain in detention', a state of affairs."""
    return not (token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_.lower() in ("remain", "be", "stay", "languish", "die"))


@use_of("warrant")
def _arrest_warrants_served(token: Token) -> bool:
    """'federal police executed arrest warrants against ...', 'arrest warrants were served': people
    arrested; not 'a court issued an arrest warrant' nor 'a search warrant'."""
    served = token.head.lemma_.lower() in ("execute", "serve", "enforce") and token.dep_ in ("dobj", "nsubjpass")
    return token.pos_ == "NOUN" and served and any(c.dep_ == "compound" and c.lemma_.lower() == "arrest" for c in token.children)


@use_of("collect")
def _collected_by_force(token: Token) -> bool:
    """'militants collected livestock by force from herders', 'Al Shabaab collected zakat from
    villagers': armed men taking goods or levies; not 'volunteers collected donations'."""
    if token.pos_ != "VERB":
        return False
    by_force = any(c.dep_ == "prep" and c.lower_ == "by" and any(p.lemma_.lower() == "force" for p in c.children) for c in token.children)
    taken = {t.lemma_.lower() for c in objects_of(token) for t in c.subtree}
    return by_force or (bool(taken & (LEVIES | GOODS)) and _armed_words(subject_words(token)))


@use_of("thwart", "foil")
def _attack_foiled(token: Token) -> bool:
    """'an attempt to plant a bomb was thwarted', 'police foiled a bombing plot'; not 'thwarted his ambitions'."""
    foiled = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return token.pos_ == "VERB" and any(c.lemma_.lower() in FOILED_THINGS for c in foiled)


@use_of("shell", "grenade")
def _not_for_crowd_control(token: Token) -> bool:
    """'shelled the town', 'a grenade attack', 'threw a stun grenade on a house'; not 'fired tear
    gas shells at farmers', 'lobbed smoke grenades', 'used stun grenades ... to break up a
    march': crowd control, read with the protest."""
    described = {t.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree}
    stunned_crowd = bool(described & STUN_WORDS) and bool(PROTESTING_CROWD.search(token.sent.text))
    return (
        token.pos_ == "VERB" or not (described & CROWD_CONTROL_WORDS or stunned_crowd) or bool(CHEMICAL.search(token.sent.text))
    )  # 'gas grenades containing CS' on trenches


@use_of("round")
def _rounded_up(token: Token) -> bool:
    """'police rounded up 14 suspects', 'rounded up 20 suspected militants'; not 'rounded up the figures'."""
    rounded = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    armed_men = any(actors_within([t for t in c.subtree if t.i <= c.i]) for c in rounded)
    return token.pos_ == "VERB" and "up" in _particles(token) and (takes_people(token) or armed_men)


@use_of("snatch")
def _person_snatched(token: Token) -> bool:
    """'gunmen snatched a lawyer from his office'; not 'snatched a bag'."""
    return token.pos_ == "VERB" and takes_people(token)


@use_of("storm")
def _stormed(token: Token) -> bool:
    """'gunmen stormed the village', 'the storming of the base'; not 'the storm bombarded Oklahoma with hail'."""
    return token.pos_ == "VERB" or token.lower_ == "storming"


@use_of("make")
def people_carried_off(token: Token) -> bool:
    """'bandits made off with 280 pupils', 'armed men carried off three aid workers', 'carried
    away two girls'; not 'made off with the cash' nor 'carried off the prize'."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() == "make":
        taken = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        return "off" in _particles(token) and any(names_people(p) for p in taken)
    away = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")} & {"off", "away"}
    return bool(away) and takes_people(token)


def taken_from_home(verb: Token) -> bool:
    """'took him from his home', 'took them from their houses', 'armed men took six young people from a house'."""
    person = any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in ("him", "her", "them") or names_people(c)) for c in verb.children)
    taken = objects_of(verb)
    taken += [c for t in taken for c in t.children if c.dep_ == "conj"]
    home = any(
        c.dep_ == "prep" and c.lower_ == "from" and any(p.lemma_.lower() in ("home", "house", "office", "bed") for p in c.subtree)
        for c in [*verb.children, *(c for t in taken for c in t.children)]
    )  # 'from his home', 'from outside his home', 'took an activist and her sisters from their home'
    takers = subject_words(verb)
    armed = bool({t.lower_ for t in takers} & (ARMED_WORDS | {"agents", "officers", "security", "men"})) or _armed_words(
        takers
    )  # not 'her parents took her from her home'
    return verb.lemma_.lower() == "take" and person and home and armed


def took_to_the_streets(verb: Token) -> bool:
    """'tens of thousands took to the streets of Tel Aviv': a protest."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(p.lemma_.lower() == "street" for p in c.children) for c in verb.children
    )


def taken_by_armed_men(verb: Token) -> bool:
    """'the 15 passengers taken off a bus by gunmen', 'five young men were taken by armed men'; not
    'the wounded were taken to hospital by soldiers'."""
    agents = passive_agent_words(verb)
    if verb.lemma_.lower() != "take" or not _armed_words(agents) or _taken_for_care(verb):
        return False
    return (verb.dep_ == "acl" and names_people(verb.head)) or any(c.dep_ == "nsubjpass" and names_people(c) for c in verb.children)


def _taken_for_care(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lemma_.lower() in TAKEN_FOR_CARE for p in c.children) for c in verb.children)


def takes_people(verb: Token) -> bool:
    """The verb acts on people: 'seized two Chinese nationals', 'rounded up 14 suspects', 'took away five young men'."""
    return any(c.dep_ in ("dobj", "nsubjpass") and names_people(c) for c in verb.children)


def _a_full_name(noun: Token) -> bool:
    """A person's name of two words or more after the post it holds ('drug lord Rafael Caro
    Quintero', 'secretary general Mirza Fakhrul Islam Alamgir'); a name alone may be a place the
    tagger took for a person ('entered Kherson')."""
    entity = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    titled = any(t.lemma_.lower() in PEOPLE_BY_THEIR_POSTS or t.lemma_.lower() in PEOPLE_TAKEN for t in noun.subtree if t.i < noun.i)
    return entity is not None and entity.label_ == "PERSON" and len(entity) >= 2 and titled


def names_people(noun: Token) -> bool:
    """A noun naming people: 'a lawyer', '14 suspects', 'two Chinese nationals', 'five young men'
    ('him', 'them' taken 'from his home': see ``_take_back_or_control``)."""
    if noun.lemma_.lower() in COUNTED_GROUPS:  # 'dozens of suspected Islamic State members': the people counted
        counted = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return any(names_people(p) for p in counted)
    named = [t for t in noun.subtree if t.i <= noun.i]  # the noun and what precedes it: not 'the car of a man who ...'
    if noun.lemma_.lower() in PEOPLE_TAKEN or (noun.ent_type_ == "NORP" and noun.pos_ != "ADJ") or _a_full_name(noun):
        return True  # 'captured drug lord Rafael Caro Quintero', 'picked up BNP secretary general Mirza Fakhrul Islam Alamgir'
    return noun.lemma_.lower() in PEOPLE_BY_THEIR_POSTS or any(a.role == "civilians" for a in actors_within(named))


@use_of("protest")
def _not_a_note_of_protest(token: Token) -> bool:
    """'protesters marched', 'a protest in Nairobi'; not 'summoned the charge d'affaires to lodge a
    strong protest': a government's complaint, no crowd."""
    return not (token.pos_ == "NOUN" and token.head.lemma_.lower() in ("lodge", "register", "file", "deliver", "submit", "convey"))


@use_of("split")
def _split_into_factions(token: Token) -> bool:
    """'the rebel group split into two factions', 'commanders announced their split from the
    Estado Mayor Central'; not 'the vote split along party lines'."""
    into = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    if token.pos_ == "NOUN":
        return _a_group_s_own(token) and any(c.dep_ == "prep" and c.lower_ == "from" for c in (*token.children, *token.head.children))
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
        return False  # 'leaving the region effectively split between the two forces': ground divided
    if token.pos_ == "VERB" and not objects_of(token) and _a_non_state_group(actors_within(subject_words(token))):
        return True  # 'the Central General Staff of FARC dissidents formally split'
    return token.pos_ == "VERB" and any(p.lemma_.lower() in ("faction", "group", "wing", "movement") for p in into)


@use_of("dissolution", "fusion", "formation")
def _a_group_dissolved_or_merged(token: Token) -> bool:
    """'the movements announced their dissolution and their fusion into a new entity', 'HTS
    announced its dissolution', 'announced the formation of the People's Defence Force' or 'the
    dissolution of the group'; not 'the dissolution of parliament' nor 'a rock formation'."""
    return _a_group_s_own(token) or (token.dep_ == "conj" and _a_group_s_own(token.head)) or _of_a_group_announced(token)


def _of_a_group_announced(noun: Token) -> bool:
    """'announced the formation of a presidential council', 'announced the dissolution of the group'."""
    of_what = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return _announced(noun) and any(p.lemma_.lower() in GROUP_NOUNS or any(act.is_armed(a) for a in actors_within(p.subtree)) for p in of_what)


def _a_group_s_own(noun: Token) -> bool:
    """A noun of what a group does to itself, announced by it: 'announced their split', 'its dissolution'."""
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)
    return owned and _announced(noun)


def _announced(noun: Token) -> bool:
    """The noun is what was announced, declared, confirmed or proclaimed ('announced the formation')."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("announce", "declare", "confirm", "proclaim")


@use_of("artefact", "artifact")
def _explosive_artefact(token: Token) -> bool:
    """'an explosive artefact activated at the passage of a patrol' (a translation of 'artefacto explosivo')."""
    return any(c.dep_ == "amod" and c.lower_ == "explosive" for c in token.children)


@use_of("break")
def _broke_in(token: Token) -> bool:
    """'a splinter faction broke away from the armed group' (``_broke_away``), or 'uniformed men
    broke into shops' (looting)."""
    return _broke_away(token) or broke_into_property(token)


def broke_into_property(token: Token) -> bool:
    return token.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() in PROPERTY_BROKEN_INTO for p in c.children) for c in token.children
    )


@use_of("alliance")
def _armed_alliance_formed(token: Token) -> bool:
    """'rival gang coalitions formed an alliance', 'the rebel groups announced an alliance'; not 'the NATO alliance'."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in ("form", "create", "announce", "establish", "launch", "forge"):
        return False
    makers = [t for c in token.head.children if c.dep_ == "nsubj" for t in c.subtree]
    return any(t.lower_ in ARMED_WORDS or t.lemma_.lower() in FACTION_WORDS | {"gang", "coalition"} for t in makers) or _a_non_state_group(
        actors_within(makers)
    )


@use_of("pause")
def _pause_in_fighting_agreed(token: Token) -> bool:
    """'agreed to a humanitarian pause', 'a pause in fighting agreed on Sunday'; not 'paused the talks'."""
    humanitarian = any(c.dep_ == "amod" and c.lower_ == "humanitarian" for c in token.children)
    in_fighting = any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in ("fighting", "hostility", "attack") for p in c.children) for c in token.children
    )
    agreed = any(a.lemma_.lower() in ("agree", "announce", "declare", "reach", "observe") for a in list(token.ancestors)[:3])
    return token.pos_ == "NOUN" and (humanitarian or in_fighting) and agreed


def _broke_away(token: Token) -> bool:
    """'a splinter faction broke away from the armed group', 'commanders of the Estado Mayor
    Central broke with Iván Mordisco'; not 'the talks broke down'."""
    broken_with = [p for c in token.children if c.lower_ == "with" and c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    with_someone = any(p.pos_ == "PROPN" or p.lemma_.lower() in FACTION_WORDS | LEADER_WORDS for p in broken_with)  # not 'broke with tradition'
    away = with_someone or any(c.lower_ == "away" and c.dep_ in ("advmod", "prt") for c in token.children)
    breaking = [t for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    left = [t for c in token.children if c.lower_ == "away" for p in c.children if p.lower_ == "from" for t in p.subtree]
    return token.pos_ == "VERB" and away and any(t.lemma_.lower() in FACTION_WORDS or t.lower_ in ARMED_WORDS for t in breaking + left)


@use_of("ram")
def _rammed_with_explosives(token: Token) -> bool:
    """'suicide attackers rammed an explosives-laden truck into a base'; not 'a ship rammed a boat'."""
    return bool(EXPLOSIVE.search(token.sent.text) or SUICIDE.search(token.sent.text) or re.search(r"\bexplosives?\b", token.sent.text, re.IGNORECASE))


@use_of("hit")
def _hit_by_a_weapon(token: Token) -> bool:
    """'a missile hit the market'; not 'hit by a tear gas canister', 'hit by a car': crowd-control
    rounds and traffic are no strike (the force on protesters is read with the protest)."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    heavy_fire = (
        subject is not None
        and subject.lemma_.lower() == "fire"
        and any(GROUND_FIRED.search(c.text) for c in subject.children if c.dep_ in ("compound", "amod"))
    )  # 'Ukrainian rocket fire hit a residential neighbourhood'
    if (
        subject is not None
        and not heavy_fire
        and (TRIGGERS.get(subject.lemma_.lower()) not in (None, "remote", "explosion") or subject.lemma_.lower() in SERIES_NOUNS)
    ):
        return False  # 'a spate of kidnappings hit Zamfara', 'fighting hit the town': the subject is the event
    if any(c.dep_ == "dobj" and c.lemma_.lower() in LEVELS_REACHED for c in token.children):
        return False  # 'the rouble hitting a record low', 'hit a new high'
    if any(t.lemma_.lower() in DISASTER_WORDS or t.lower_ in DISASTER_WORDS for c in (agent, subject) if c is not None for t in c.subtree):
        return False  # 'people hit by the floods', 'an earthquake hit the province'
    return agent is None or not NOT_A_STRIKE.search(text_of(agent.subtree))


@use_of("body")
def _body_found(token: Token) -> bool:
    return token.head.lemma_.lower() in ("find", "discover", "recover", "dump", "retrieve") or any(
        c.lemma_.lower() in ("find", "discover", "recover", "dump") for c in token.children
    )


@use_of("fire")
def _gunfire(token: Token) -> bool:
    return is_gunfire(token)


@use_of("grave")
def _mass_grave(token: Token) -> bool:
    """'a mass grave', a grave found holding bodies ('uncovered a clandestine grave containing 15
    bodies'), and graves found by the dozen ('440 graves', 'the discovery of hundreds of graves',
    'dozens of graves were discovered'); not 'the graves of his parents'."""
    if any(c.lower_ == "mass" for c in token.children):
        return True
    if token.head.lemma_.lower() in GRAVES_FOUND and any(t.lemma_.lower() in ("body", "corpse") or t.lower_ == "remains" for t in token.subtree):
        return True
    if token.tag_ != "NNS":
        return False
    counted = any(c.dep_ == "nummod" for c in token.children)
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if holder is not None and holder.lower_ in GRAVE_COUNTS:
        counted, token = True, holder
    found = token.head.lemma_.lower() in GRAVES_FOUND or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in GRAVES_FOUND)
    contained = token.head.lemma_.lower() == "contain" and token.head.head.head.lemma_.lower() in GRAVES_FOUND  # 'found a burial site containing 440 graves'
    return counted and (found or contained)


GRAVE_COUNTS = frozenset({"dozens", "hundreds", "scores", "thousands"})
GRAVES_FOUND = frozenset({"find", "discover", "uncover", "unearth", "exhume", "discovery", "exhumation"})


@use_of("leave", "abandon", "enter")
def _by_ground_forces(token: Token) -> bool:
    return any(c.dep_ == "nsubj" and GROUND_FORCES.search(c.text + " " + text_of(c.subtree)) for c in token.children)


def is_political_use(token: Token, lemma: str) -> bool:
    """Words that name a political interaction only in some uses."""
    plover = POLITICAL_TRIGGERS[lemma]
    children = {c.lower_ for c in token.children}
    if any(t.dep_ in ("relcl", "acl") for t in [token, *token.ancestors]):
        return False  # 'a volunteer who delivers food', 'Zelensky, who visited Izium': about a person, not news
    if token.dep_ == "advcl" and is_participle(token) and TRIGGERS.get(token.head.lemma_.lower()) not in (None, *POLITICAL_KINDS):
        return False  # 'arrested 130 people, accusing them of sabotage': part of the arrests
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and token.head.lemma_.lower() not in COMMITTING_VERBS:
        return False  # 'NATO was using Ukraine to threaten it': a purpose, not an interaction
    if plover == "ACCUSE":
        return any(c.dep_ == "dobj" for c in token.children)
    if lemma == "ask":
        return (any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)) and any(
            c.dep_ == "dobj" for c in token.children
        )  # 'asked the EU for help'
    if lemma == "ban":
        return token.pos_ == "VERB" and any(
            t.lemma_.lower() in ("export", "import", "entry", "flight", "sale", "transit", "purchase")
            for c in token.children
            if c.dep_ == "dobj"
            for t in c.subtree
        )
    if _only_proposed(token):
        return False  # 'suggest convening a summit', 'open to peace talks': no talks held
    if _called_off(token):
        return False  # 'the government suspended talks with the rebels': no talks held
    if lemma == "speak":
        return any(c.dep_ == "prep" and c.lower_ in ("with", "to") and any(_a_counterpart(o) for o in c.children if o.dep_ == "pobj") for c in token.children)
    if lemma == "call":
        if calls_for(token):
            return True  # 'called on NATO to', 'called for talks': a request (``coding``)
        return token.pos_ == "NOUN" and bool(children & {"phone", "telephone", "video"})
    if lemma == "talk" and token.pos_ == "VERB" and children & {"about", "of"} and not children & {"with", "to"}:
        return False  # 'soldiers talked about him as a good commander': talk of something, not talks with anyone
    if lemma == "solidarity":
        return token.head.lemma_.lower() in EXPRESSING_VERBS  # 'expressed solidarity', not 'a manifestation of solidarity'
    if plover == "AID" and lemma != "aid":
        return bool(AID_OBJECT.search(text_of(t for t in token.subtree if t.i != token.i)))
    if lemma == "aid":
        return token.dep_ not in ("compound",) and "first" not in children and _given(token, AID_GIVING_VERBS)
    if lemma == "sanction" and token.pos_ == "NOUN":
        return _given(token, SANCTIONING_VERBS)  # 'imposed new sanctions', not 'sanctions over the war'
    if lemma in ("support", "back"):
        return (token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children)) or token.head.lemma_.lower() in (
            "express",
            "voice",
            "reaffirm",
            "pledge",
        )
    if lemma == "threaten":
        subject = [t for c in token.children if c.dep_ == "nsubj" for t in c.subtree]
        military = any(act.is_armed(actor) for actor in actors_within(subject)) or bool(
            re.search(r"\b(forces|troops|units|soldiers)\b", text_of(subject), re.IGNORECASE)
        )
        manoeuvre = any(
            c.dep_ == "xcomp" and ((c.lemma_.lower() in TRIGGERS and TRIGGERS[c.lemma_.lower()] not in POLITICAL_KINDS) or c.lemma_.lower() in MANOEUVRES)
            for c in token.children
        )
        return (
            not military and not manoeuvre and any(c.dep_ in ("dobj", "xcomp") for c in token.children)
        )  # troops 'threatening' a town, or 'to encircle' it, are advancing on it
    if lemma == "warn":
        return any(c.dep_ == "ccomp" and any(a.lower_ in ("would", "will") for a in c.children) for c in token.children) or (
            any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        )  # 'warned Finland of retaliation'
    if lemma in ("meet", "visit", "talk", "discuss", "negotiate"):
        return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") for t in token.subtree if t.i != token.i) or any(
            t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") for c in token.children if c.dep_ == "nsubj" for t in c.subtree
        )
    if lemma == "draft":
        return token.pos_ == "NOUN" and token.head.lemma_.lower() in ("announce", "order", "begin", "start", "launch")
    return True


def _given(noun: Token, verbs: frozenset[str]) -> bool:
    """The noun is what one of ``verbs`` acts on: 'sent fresh military aid', '$1bn in aid was
    approved', 'a package of sanctions adopted on Monday'."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in noun.children):
        return True  # 'new sanctions imposed by the EU'
    for word in islice((noun, *noun.ancestors), 3):
        head = word.head
        if head.i == word.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            if word.dep_ == "nsubj" and head.lemma_.lower() in ARRIVING_VERBS:
                return True  # 'aid arrived in Kherson'
            given = word.dep_ in ("dobj", "nsubjpass", "pobj", "dative", "attr") or (word.dep_ == "prep" and word.lower_ in ("in", "of"))
            deciding = head.dep_ == "xcomp" and head.head.lemma_.lower() in verbs  # 'agreed to accept sanctions against Belarus'
            return given and (head.lemma_.lower() in verbs or deciding)  # 'approved $1bn in aid'
        if word.dep_ not in ("pobj", "prep", "conj", "appos"):
            return False
    return False


def calls_for(token: Token) -> bool:
    """'called for a tribunal', 'called on NATO to act', 'a call for a ceasefire': a request; not
    'called ... on Tuesday', nor 'a phone call with Putin on the Ukraine crisis' (talks on a topic)."""
    prepositions = ("for", "on") if token.pos_ == "VERB" else ("for",)
    return any(
        c.dep_ == "prep" and c.lower_ in prepositions and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
        for c in token.children
    )


def _a_counterpart(noun: Token) -> bool:
    """Someone a leader holds talks with: a named person or state, or a leader by title ('the
    Russian president'), not the press ('spoke to reporters', 'told the BBC')."""
    if noun.lower_ in PRESS_WORDS or noun.ent_type_ == "ORG":
        return False
    return noun.ent_type_ in ("PERSON", "GPE") or noun.lemma_.lower() in COUNTERPART_NOUNS or bool(actors_within(noun.subtree))


def _called_off(token: Token) -> bool:
    """Talks or a visit suspended, cancelled, postponed or broken off: 'suspended talks', 'broke off the negotiations'."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    return lemma in CALLING_OFF or (lemma in ("break", "call") and "off" in _particles(verb))


def _only_proposed(token: Token) -> bool:
    """Talks, a summit or aid that someone proposes, wishes or is open to, not one held or
    given: 'I suggest convening a summit', 'open to peace talks', 'inviting Putin to a summit'."""
    for word in islice((token, *token.ancestors), 3):
        if word.dep_ not in PROPOSAL_LINKS:
            return False  # the root's label is no link
        if word.head.lemma_.lower() in PROPOSING_WORDS:
            return True
    return False


def _in_the_direction_of(verb: Token) -> bool:
    """'fired in the direction of Azerbaijani positions'."""
    return any(c.lower_ == "in" and any(o.lower_ == "direction" for o in c.children) for c in verb.children)


def is_gunfire(token: Token) -> bool:
    """'opened fire', 'fired at the crowd', 'artillery fire', 'exchange of fire' — not 'fired the minister'."""
    children = {c.lower_ for c in token.children}
    if token.pos_ == "VERB":
        fired_words = [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]
        fired = {t.lemma_.lower() for t in fired_words}
        if fired & {"gas", "cannon", "canister", "flare", "stun", "pepper"} and not CHEMICAL.search(text_of(fired_words)):
            return False  # 'fired tear gas at the crowd': crowd control, not gunfire ('a rocket carrying chlorine gas' is a weapon)
        with_what = {p.lemma_.lower() for c in token.children if c.lower_ == "with" for p in c.children if p.dep_ == "pobj"}  # 'fired with real bullets'
        return bool(
            children
            & {
                "at",
                "on",
                "upon",
                "into",
                "shots",
                "rounds",
                "bullets",
                "missiles",
                "rockets",
                "shells",
                "weapons",
                "missile",
                "rocket",
                "shell",
                "barrage",
                "salvo",
                "volley",
            }
            or _in_the_direction_of(token)
            or with_what & {"bullet", "round", "ammunition", "weapon", "gun"}
        )
    return (
        token.head.lemma_.lower() in ("open", "exchange", "come", "return")
        or any(c.dep_ == "amod" and c.lemma_.lower() == "open" for c in token.children)  # 'a motorbike opened fire at', read as 'opened' describing 'fire'
        or bool(children & {"heavy", "artillery", "mortar", "machine", "gun", "sniper", "small", "arms"})
        or (token.head.lower_ == "of" and token.head.head.lemma_.lower() == "exchange")
        or (token.head.lower_ == "under" and token.head.head.lemma_.lower() == "come")  # 'came under fire from bandits'
    )
