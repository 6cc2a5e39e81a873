"""Reported: whether a coded candidate is one real event the article reports, and if not, why.

A trigger the coder can type is only a candidate. It reports an event when it is

- **literal**: 'an assault on sovereignty', 'strike a knockout blow', 'fight climate
  change', 'rally support', 'blasted the decision', 'history has demonstrated that...'
  are figures of speech (``figurative``);
- **realis**: 'an excuse to attack', 'the worst scenario: a Russian attack', 'no signs of
  withdrawal', 'defend its cities from attacks', 'a potential offensive' are possible,
  feared or argued about, not reported (``irrealis``; modals, conditions and intentions are
  ``events.assertion``'s);
- **specific**: 'killing 1,000 troops each day', 'have used cluster bombs during the war',
  'Russia has been fighting a war of attrition' are habitual or cumulative (``generic``),
  and 'Russia's attack on Ukraine', 'its fight against the invasion' name the war as a
  whole (``war_as_a_whole``), not one occurrence of it;
- **recent**: World War II, the Soviet army, 2014 are history (``historical``), unless the
  sentence dates its own event.

``not_reported_because`` gives the first reason that applies, or None; the events stage
keeps the reason with the dropped candidate (``models.DroppedCandidate``) so that an
analyst can see why a sentence was not coded.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Span, Token

from .. import actors as act
from ..dates import time_expressions
from ..lexicon.events import (
    ABSTRACT_OBJECTS,
    AIRBORNE_WEAPONS,
    BACKGROUND_ADVERBS,
    BACKGROUND_PREPOSITIONS,
    BECOMING_LEMMAS,
    COMMON_CRIME,
    CONTEST_MODIFIERS,
    CONTRAST_DRAWN,
    CRITICISING_LEMMAS,
    CUMULATIVE_TOLL,
    EVIDENTIAL_VERBS,
    EXPLOSIVE,
    EXPLOSIVE_DEVICES,
    FACT_CHECK,
    FIGURATIVE_OBJECTS,
    FIGURATIVE_SUBJECTS,
    GAME_MODIFIERS,
    GENERIC_TIME,
    GROUNDS_HEADS,
    HISTORICAL,
    IRREALIS_MODIFIERS,
    IRREALIS_NOUNS,
    IRREALIS_VERBS,
    JUDICIAL_VERBS,
    KIND_MODIFIERS,
    MAX_EVENT_FATALITIES,
    MOURNING_NOUNS,
    OBITUARY,
    OVER_PAST_DAYS,
    PARTISANS,
    PEOPLE_HURT,
    PERSONAL_QUARREL,
    POLITICAL_KINDS,
    PRESS_WORDS,
    PROTEST_AIM_VERBS,
    RALLIED_OBJECTS,
    RALLYING_LEMMAS,
    REACTION_LEMMAS,
    RECALLING_LEMMAS,
    REPEATED_ADVERBS,
    REPORTING_LEMMAS,
    ROAD_VEHICLES,
    SERIES_NOUNS,
    SHOWING_LEMMAS,
    SPORTS_REPORT,
    STAGING_VERBS,
    SUSPICION_NOUNS,
    THIEVES,
    TOLL_OVER_A_PERIOD,
    TRIGGERS,
    VISIT_LEMMAS,
    WAR_AS_A_WHOLE_NOUNS,
    WORK_NOUNS,
)
from ..lexicon.places import PLACE_LABELS, PLACE_NAME_PARTICLES
from ..phrases import actors_within, text_of
from ..quantities import fatalities_in
from .dating import plainly_after, time_before, token_at_char
from .triggers import blockade_by_armed_men, not_held, overturns_the_state

FIGURATIVE, HYPOTHETICAL, GENERIC, WAR_AS_A_WHOLE, HISTORY = "figurative", "hypothetical", "generic", "the war as a whole", "history"
PRESS_BRIEFING, GROUNDS, ARGUED_FROM = "a press briefing", "the grounds of another act", "an act argued from"
ANSWERED = "an act another answers"
CONTRAST = "a contrast drawn"
COMMON_CRIME_REASON = "an ordinary crime"
ORDINARY_PEOPLE = frozenset({"man", "woman", "boy", "girl", "youth", "suspect", "person", "people", "individual", "teenager", "thief", "robber", "burglar"})
REFERENCE = "an event told elsewhere, with no day or place here"
STAGED = "a film, game or drill"
FALSE_PICTURE = "a fact check of a false picture"
BIOGRAPHY = "a life told in an obituary"
REPEATED = "many acts told as one"
COMPARISON = "an event something is likened to"
SUSPECTED = "what someone is held or charged for"
ANSWERING_NOUNS = frozenset({"response", "reply", "answer", "rebuttal"})
DESCRIPTION = "a description of a place"
DESCRIPTION_OF_PEOPLE = "a description of people"
SERVICE_LEMMAS = frozenset({"fight", "defend", "serve"})  # 'soldiers who fought in Mariupol': what they are, not a report
CLAUSE_BOUNDARIES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "ROOT"})
MAX_CLIMB = 4  # words between a trigger and the noun or verb that makes it irrealis ('the threat of a new attack')
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
NOT_AIMED_KINDS = POLITICAL_KINDS | {"protest"}


def not_reported_because(trigger: Token, sentence: Span) -> str | None:
    """Why the candidate at ``trigger`` is no report of one real, recent event, or None.

    A clause that gives its own time ('on Monday', 'overnight') reports a dated occurrence,
    however habitual or historical the rest of the sentence sounds.
    """
    at = trigger.idx - sentence.start_char
    if any(a <= at < b for a, b in _stretches(sentence)):
        return GENERIC  # 'during the fighting', 'throughout the war': the trigger names the stretch of time
    dated = has_own_time(trigger, sentence)
    told_for_another_reason = _told_for_something_else(trigger, sentence)
    if told_for_another_reason is not None:
        return told_for_another_reason
    if not dated and any(c.dep_ == "advmod" and c.lower_ in REPEATED_ADVERBS for c in trigger.children):
        return REPEATED  # 'Palmyra, twice overrun by Islamic State fighters during the civil war'
    if _counted_over_a_stretch(trigger, sentence):
        return GENERIC  # 'killed in gang violence so far this year', 'arrested 230 suspects in the past two weeks', 'similar bombings'
    if _one_of_a_series(trigger) and not _on_one_day(sentence):
        return GENERIC  # 'a series of strikes this month on the Zaporizhzhia plant': many events, none told
    if is_figurative(trigger):
        return FIGURATIVE
    if _what_people_fled(trigger):
        return GENERIC  # 'crossed into Chad fleeing the fighting in West Darfur': the flight is the event told
    if TRIGGERS.get(trigger.lemma_.lower()) in ("arrest", "loot") and COMMON_CRIME.search(sentence.text) and _ordinary_people_arrested(sentence):
        return COMMON_CRIME_REASON  # 'two men were arrested for stealing copper wire'; not 'a US soldier was detained in Vladivostok on charges of theft'
    if TRIGGERS.get(trigger.lemma_.lower()) in ("kill", "violence", "clash", "arrest") and _a_private_quarrel(sentence):
        return COMMON_CRIME_REASON  # 'two men were shot and wounded in a dispute over a parking space'
    if is_irrealis(trigger):
        return HYPOTHETICAL
    if (not dated and is_generic(trigger, sentence)) or _what_left_a_thing_so(trigger):
        return GENERIC
    if is_war_as_a_whole(trigger):
        return WAR_AS_A_WHOLE
    if not dated and HISTORICAL.search(sentence.text):
        return HISTORY
    if not dated and CONTRAST_DRAWN.search(sentence.text[trigger.idx - sentence.start_char :]):
        return CONTRAST  # 'Grad rockets hit Mariupol, not European cities': a speech's point, not a report
    if not dated and describes_a_place(trigger):
        return DESCRIPTION
    if not dated and describes_people(trigger):
        return DESCRIPTION_OF_PEOPLE
    if not dated and describes_a_site_visited(trigger):
        return DESCRIPTION
    if is_judged(trigger) and (not dated or not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.subtree)):
        return HISTORY  # the day a sentence gives is the verdict's ('sentenced ... on Thursday for crimes including ... rape')
    return None


def _told_for_something_else(trigger: Token, sentence: Span) -> str | None:
    """Why the act is told for something other than itself, whatever day the text gives it: a
    film's or a drill's, a false picture's, a likeness, a population, a mourning, an ordinary theft,
    a memory, a suspicion, a life."""
    if is_staged(trigger):
        return STAGED
    if FACT_CHECK.search(sentence.text):
        return FALSE_PICTURE
    if _compared_with(trigger):
        return COMPARISON
    if trigger.lemma_.lower() == "displace" and _a_displaced_population(trigger):
        return GENERIC  # 'some 6.9 million people are displaced within DR Congo': a population, not a flight
    if _mourned(trigger):
        return HISTORY  # 'residents observed a minute's silence for the three people killed at the city festival'
    if TRIGGERS.get(trigger.lemma_.lower()) == "loot" and any(c.dep_ == "nsubj" and c.lemma_.lower() in THIEVES for c in trigger.children):
        return COMMON_CRIME_REASON  # 'thieves stole copper cable from a railway line'
    if _recalled(trigger):
        return HISTORY  # 'pointedly recalling the strike there that killed Hassan Nasrallah in September 2024'
    if _suspected_of(trigger):
        return SUSPECTED  # 'arrested a man on suspicion of murdering his partner on Friday night'
    if OBITUARY.search(sentence.text) and trigger.lemma_.lower() != "kill":
        return BIOGRAPHY
    return None


def _counted_over_a_stretch(trigger: Token, sentence: Span) -> bool:
    """Acts counted over weeks, a quarter or a year, or told as a kind ('similar bombings'), unless a day is named."""
    if trigger.dep_ == "dobj" and any(c.dep_ == "amod" and c.lower_ in KIND_MODIFIERS for c in trigger.children):
        return True  # 'authorities have blamed similar bombings on the Pakistani Taliban'
    if OVER_PAST_DAYS.search(sentence.text) and not _on_one_day(sentence):
        return True  # 'troops neutralised 120 terrorists and arrested 230 suspects across the North East in the past two weeks'
    toll = TRIGGERS.get(trigger.lemma_.lower()) == "kill" and TOLL_OVER_A_PERIOD.search(sentence.text)
    return bool(toll) and not _on_one_day(sentence)  # 'at least 4,000 people have been killed in gang violence in Haiti so far this year'


def is_staged(trigger: Token) -> bool:
    """Told inside a film, a book, a game or a drill, or as what one imagines or simulates: 'a
    feature about a family trapped in Khartoum when fighting broke out', 'an instalment that lets
    players storm a city', 'drills simulating a blockade of key ports'."""
    for word in trigger.ancestors:
        lemma = word.lemma_.lower()
        if word.pos_ == "NOUN" and (lemma in WORK_NOUNS or word.lower_ in WORK_NOUNS):
            return True
        if word.pos_ == "NOUN" and lemma == "game" and any(c.lower_ in GAME_MODIFIERS for c in word.children if c.dep_ in ("compound", "amod")):
            return True
        if word.pos_ == "VERB" and lemma in STAGING_VERBS:
            return True
    if any(c.dep_ == "prep" and c.lower_ in ("during", "in") and any(p.lemma_.lower() in WORK_NOUNS for p in c.children) for c in trigger.children):
        return True  # 'fired artillery and rockets at targets ... during a week-long live-fire exercise'
    return any(m.lower_ in ("fictional", "imaginary", "virtual") for o in _objects_of(trigger) for m in o.children if m.dep_ == "amod")


def _denied_outright(trigger: Token) -> bool:
    """The trigger, or a noun over it, is what 'no' denies: 'no fighting was reported', 'there
    are no reports of fighting', 'has seen no evidence to support claims of a strike'."""
    for word in [trigger, *islice(trigger.ancestors, MAX_CLIMB + 2)]:
        if word.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
            return True
        if word.pos_ in ("VERB", "AUX") and word.dep_ in CLAUSE_BOUNDARIES:
            return False
    return False


def _compared_with(trigger: Token) -> bool:
    """'cruise missiles like those that hit Kyiv's children's hospital last summer', 'unlike the
    attack on ...': what something is likened to, told for the likeness."""
    compared = trigger.head if trigger.dep_ == "relcl" else trigger
    return compared.dep_ == "pobj" and compared.head.lower_ in ("like", "unlike")


def _a_private_quarrel(sentence: Span) -> bool:
    """Violence over a parking space or a debt between people no party, group or force is named
    for ('activists of Chhatra League injured in a clash with locals following an altercation over
    parking' is a party's, which ACLED codes)."""
    partisans = PARTISANS.search(sentence.text)
    return bool(PERSONAL_QUARREL.search(sentence.text)) and not partisans and all(a.role in ("civilians", "police") for a in actors_within(sentence))


def _a_displaced_population(trigger: Token) -> bool:
    """'6.9 million people are displaced', 'remain displaced', 'have been displaced since 2023',
    'the number of people forcibly displaced worldwide': who live displaced, counted, not people
    who fled on a day ('were displaced by the fighting on Monday')."""
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"are", "is", "remain", "remains", "have", "has", "been"} or trigger.head.lemma_.lower() == "remain":
        return True
    return any(a.lemma_.lower() in ("number", "total", "figure", "count", "tally") for a in islice(trigger.ancestors, MAX_CLIMB))


def _mourned(trigger: Token) -> bool:
    """Told as what a silence, tribute or memorial is for: 'a minute's silence for the three
    people killed at the city festival', 'a tribute to the victims of the attack'."""
    for word in islice(trigger.ancestors, MAX_CLIMB + 2):
        if word.pos_ == "NOUN" and word.lemma_.lower() in MOURNING_NOUNS and word.i < trigger.i:
            return True
        if word.pos_ in ("VERB", "AUX") and word.dep_ in CLAUSE_BOUNDARIES and word.dep_ != "relcl":
            return False
    return False


def _recalled(trigger: Token) -> bool:
    """The object of 'recall', 'remember', 'commemorate': an event of the past, whatever day it is given."""
    return any(token.dep_ == "dobj" and token.head.lemma_.lower() in RECALLING_LEMMAS for token in _up_to_its_clause(trigger))


def _suspected_of(trigger: Token) -> bool:
    """The act in 'on suspicion of murdering his partner', 'on charges of attacking a mosque':
    what an arrest or a charge is for, which the arrest is the news of."""
    token = trigger
    for _ in range(MAX_CLIMB):
        head = token.head
        if head is token:
            return False
        if head.lower_ == "of" and head.head.lower_ in SUSPICION_NOUNS:
            return True
        if head.lower_ in ("of", "over") and head.head.lemma_.lower() == "accuse" and head.head.dep_ == "acl":
            return True  # 'more than 50 people accused over a failed attempt to seize power'
        token = head
    return False


def _ordinary_people_arrested(sentence: Span) -> bool:
    """Those the sentence's arrest takes are people named by no more than their number and kind
    ('two men', 'a suspect'), not a soldier, a foreigner, an official or anyone named."""
    taken = [c for t in sentence if t.lemma_.lower() in ("arrest", "detain", "hold") for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(taken) and all(
        c.lemma_.lower() in ORDINARY_PEOPLE and not any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for t in c.subtree) for c in taken
    )


def _what_people_fled(trigger: Token) -> bool:
    """The fighting or violence people fled ('fleeing the fighting', 'fled from the violence')."""
    head = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "from" else trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj") and head.lemma_.lower() in ("flee", "escape")


def is_a_reference(trigger: Token) -> bool:
    """The event is told as what another act follows, answers or shows, not reported for itself:
    'the US used leverage after an Israeli strike killed aid workers', 'despite Russia's attacks
    last week', 'the Pope decried a missile strike on a mall', 'the recording shows the moment of
    the attack'. Such an event was reported elsewhere; it is this text's only where the text
    gives it a day and a place (``mentions``)."""
    if plainly_after(trigger) is not None or time_before(trigger) is not None:
        return True
    return any(
        (token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPOSITIONS) or (token.dep_ == "dobj" and token.head.lemma_.lower() in REACTION_LEMMAS)
        for token in _up_to_its_clause(trigger)
    )


def _up_to_its_clause(trigger: Token) -> Iterator[Token]:
    """The trigger and the words above it, up to the head of its clause."""
    for token in [trigger, *trigger.ancestors]:
        yield token
        if token.dep_ in CLAUSE_BOUNDARIES:
            return


def describes_a_place(trigger: Token) -> bool:
    """A participle without an auxiliary that a background adverb modifies: 'towns in the Donetsk
    region, recently retaken by Russian forces', 'the newly liberated city'. It says what a place
    now is; 'the town was recently retaken' (with its auxiliary) still reports the act."""
    return (
        trigger.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in trigger.children)
        and any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in trigger.children)
    )


def describes_people(trigger: Token) -> bool:
    """A relative clause telling whom a noun means by where they fought or served: 'the families
    of soldiers who fought in Mariupol', 'people who defended their land'. It says who they are;
    'soldiers who fought off an attack on Monday' (with its own time) still reports it."""
    if trigger.lemma_.lower() in SERVICE_LEMMAS and trigger.tag_ == "VBN" and any(c.lower_ == "have" and c.dep_ == "aux" for c in trigger.children):
        return trigger.dep_ in ("xcomp", "conj")  # 'the new leader is believed ... to have fought in Syria'
    return trigger.dep_ == "relcl" and trigger.lemma_.lower() in SERVICE_LEMMAS and trigger.head.pos_ == "NOUN"


SITE_VISIT_LEMMAS = VISIT_LEMMAS | {"take", "show", "lead", "guide"}  # 'was taken to the church grounds where...'
SITE_LINKS = frozenset({"pobj", "prep", "dobj", "conj", "appos", "compound"})  # from the site to the visiting verb


def describes_a_site_visited(trigger: Token) -> bool:
    """A relative clause telling what happened at a site someone visits or is shown: 'he visited
    a bridge in Irpin where Russian forces bombed civilians', 'toured an apartment block that was
    heavily shelled'. It says what the site is (the visit is the news); with its own time it
    still reports the act."""
    clause = clause_of(trigger)
    if clause.dep_ != "relcl":
        return False
    for word in islice((clause.head, *clause.head.ancestors), MAX_CLIMB + 1):
        if word.pos_ in ("VERB", "AUX"):
            return word.lemma_.lower() in SITE_VISIT_LEMMAS
        if word.dep_ not in SITE_LINKS:
            return False  # the root's label is no link
    return False


def is_judged(trigger: Token) -> bool:
    """The act a court or prosecutor deals with, named in a phrase of the judging verb ('sentenced
    to 10 years for his role in the 2019 attack', 'convicted a soldier of killing a civilian',
    'charged with attacking a mosque', 'sentenced ... for crimes including murder, rape and forced
    marriage'): an earlier event, the trial is the news. Not a clause of its own ('charged after
    gunmen attacked a bus')."""
    token = trigger
    for _ in range(JUDGED_CLIMB + 1):
        head = token.head
        if head is token or token.dep_ not in JUDGED_PHRASE_LINKS:
            return False
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in JUDICIAL_VERBS and not _second_half_of_a_word(head):
            return token.dep_ in ("prep", "dobj") and token is not trigger

        token = head
    return False


def _second_half_of_a_word(token: Token) -> bool:
    """'baton-charged', 'lathi-charged': police force, no charge in court."""
    return token.i > 1 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 2].whitespace_


JUDGED_PHRASE_LINKS = frozenset({"pobj", "pcomp", "prep", "dobj", "compound", "conj"})  # 'for his role in the attack', 'a soldier of killing', 'murder, rape'
JUDGED_CLIMB = MAX_CLIMB + 2  # 'rape' of 'for crimes including murder, rape and forced marriage' is six words below 'sentenced'


def not_an_interaction_because(trigger: Token, plover: str | None) -> str | None:
    """Why a political candidate is no interaction between actors: a call or briefing with
    reporters ('the official told reporters during a phone call'), the grounds of another
    act ('sanctions on Belarus for supporting Russia's aggression': the support is the charge),
    or an act told before that a speaker argues from ('the urgent request proves that the
    counterattack frightened the invaders': not the speaker's request) or that another answers
    ('responses to Russian security demands')."""
    if plover is None:
        return None
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ == "NOUN" and trigger.head.lemma_.lower() in EVIDENTIAL_VERBS:
        return ARGUED_FROM
    verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if plover == "CONSULT" and verb is not None and any(c.lower_ in PRESS_WORDS for c in verb.children):
        return PRESS_BRIEFING
    preposition = trigger.head
    if trigger.dep_ == "pobj" and preposition.lower_ == "to" and preposition.head.lemma_.lower() in ANSWERING_NOUNS:
        return ANSWERED  # 'delivered their written responses to Russian security demands'
    if trigger.dep_ in ("pcomp", "pobj") and preposition.lower_ == "for":
        act_ = preposition.head  # 'sanctions ... for', 'imposed sanctions ... for'
        if act_.lemma_.lower() in GROUNDS_HEADS or any(c.dep_ == "dobj" and c.lemma_.lower() in GROUNDS_HEADS for c in act_.children):
            return GROUNDS
    return None


def has_own_time(trigger: Token, sentence: Span) -> bool:
    """The trigger's clause says when: 'on Monday', 'overnight' (not 'after two years', 'for months')."""
    own_clause = clause_of(trigger)
    stretches = _stretches(sentence)
    return any(
        clause_of(_token_at(sentence, match.start())) == own_clause and not any(a < match.end() and match.start() < b for a, b in stretches)
        for _, match in time_expressions(sentence.text)
    )


def _stretches(sentence: Span) -> tuple[tuple[int, int], ...]:
    """Where the sentence speaks of a stretch of time ('for months', 'during the war'): character spans."""
    return _stretches_in(sentence.text)


@functools.lru_cache(maxsize=4096)
def _stretches_in(text: str) -> tuple[tuple[int, int], ...]:  # asked for each candidate of a sentence, and by the confidence features
    return tuple(match.span() for match in GENERIC_TIME.finditer(text))


def _shown(child: Token) -> bool:
    """What one demonstrates when showing, not protesting: an object or a clause ('demonstrated its
    resolve', 'demonstrated that...'), not an aim ('workers demonstrated to demand their wages'), nor
    the tail of a place's name the parser took for an object ('demonstrated in Bad Neustadt an der
    Saale', 'in Frankfurt an der Oder')."""
    if child.dep_ == "dobj" and child.pos_ == "PROPN" and (child.ent_type_ in PLACE_LABELS or any(t.lower_ in PLACE_NAME_PARTICLES for t in child.lefts)):
        return False
    if child.dep_ in ("dobj", "ccomp"):
        return True
    return child.dep_ == "xcomp" and child.lemma_.lower() not in PROTEST_AIM_VERBS


def _a_road_accident(trigger: Token, objects: list[Token]) -> bool:
    """A vehicle that hits someone or something, no explosive in sight: a road accident, not a strike."""
    driven = any(c.dep_ == "nsubj" and c.lemma_.lower() in ROAD_VEHICLES for c in trigger.children)
    return driven and not EXPLOSIVE.search(trigger.sent.text) and not any(o.lower_ in EXPLOSIVE_DEVICES for o in objects)


def is_figurative(trigger: Token) -> bool:
    if overturns_the_state(trigger):
        return False  # 'dissolved the Sovereignty Council': a coup, however abstract its object
    lemma = trigger.lemma_.lower()
    aimed_at = any(c.dep_ == "prep" and c.lower_ in ("at", "into", "on", "upon") for c in trigger.children)
    objects = [
        o for o in _objects_of(trigger) if not (TRIGGERS.get(lemma) == "arrest" and o.head.lower_ == "for") and not (aimed_at and o.head.lower_ == "against")
    ]  # 'arrested two men for their role in the bombing': why, not whom; 'fired into a cacerolazo against the tax reform': what the crowd opposed
    aimed = TRIGGERS.get(lemma) not in NOT_AIMED_KINDS  # one protests against a decision, and talks about a plan
    if aimed and any(o.lemma_.lower() in ABSTRACT_OBJECTS or o.lower_ in ABSTRACT_OBJECTS for o in objects):
        return True  # 'an assault on sovereignty', 'fight corruption'
    if any(o.lemma_.lower() in FIGURATIVE_OBJECTS.get(lemma, ()) for o in objects):
        return True  # 'strike a blow', 'seize the moment'
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FIGURATIVE_SUBJECTS.get(lemma, ()) for c in trigger.children):
        return True  # 'prices of wheat exploded'
    if lemma in ("hit", "strike") and _a_road_accident(trigger, objects):
        return True  # 'a truck hit and killed a pedestrian'
    if TRIGGERS.get(lemma) in ("clash", "remote", "explosion", "violence") and SPORTS_REPORT.search(trigger.sent.text):
        return not PEOPLE_HURT.search(trigger.sent.text)  # 'battled past Chelsea 3-1'; fans who clash and hurt someone are no match report
    if trigger.pos_ != "VERB":
        contest = any(c.dep_ in ("compound", "amod") and c.lower_ in CONTEST_MODIFIERS for c in trigger.children)  # 'a hostile takeover battle'
        return contest or _is_under_fire_for_something(trigger) or _what_something_became(trigger)
    if lemma in SHOWING_LEMMAS:
        return any(_shown(c) for c in trigger.children if c.i > trigger.i)  # 'demonstrated that', 'demonstrated swift exits'
    if lemma in RALLYING_LEMMAS:
        return any(
            (c.dep_ == "dobj" and c.lemma_.lower() in RALLIED_OBJECTS) or (c.dep_ == "prep" and c.lower_ in ("behind", "around")) for c in trigger.children
        )
    if lemma in CRITICISING_LEMMAS:
        return any(c.dep_ == "dobj" for c in trigger.children)  # 'blasted the decision', 'slammed Kyiv'
    return aimed and _person_against_person(trigger)


def _objects_of(trigger: Token) -> Iterator[Token]:
    """What the trigger acts on: its object, or the object of its 'on', 'against', 'for'."""
    for child in trigger.children:
        if child.dep_ in ("dobj", "attr"):
            yield child
        elif child.dep_ == "prep" and child.lower_ in ("on", "against", "for", "upon"):
            yield from (o for o in child.children if o.dep_ == "pobj")


def _is_under_fire_for_something(trigger: Token) -> bool:
    """'came under fire for its decision', 'under fire over the remarks': criticised."""
    head = trigger.head
    return trigger.lower_ == "fire" and head.lower_ == "under" and any(s.dep_ == "prep" and s.lower_ in ("for", "over") for s in head.head.children)


def _what_something_became(trigger: Token) -> bool:
    """'towns and cities turned into mass graves', 'the city has become a battlefield': what a
    place is likened to, not an event in it."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "into":
        return head.head.lemma_.lower() in BECOMING_LEMMAS
    return trigger.dep_ in ("attr", "oprd") and head.lemma_.lower() in BECOMING_LEMMAS


def _person_against_person(trigger: Token) -> bool:
    """'Putin attacked Biden', 'Johnson attacked the BBC': a person's words against another; no
    one's words retake a place ('ENDF ... retook Lalibela', both read as persons)."""
    if TRIGGERS.get(trigger.lemma_.lower()) in ("regain", "capture"):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return (
        bool(subjects and objects)
        and all(s.ent_type_ == "PERSON" for s in subjects)
        and all(o.ent_type_ in ("PERSON", "ORG") and not any(act.is_armed(a) for a in actors_within(o.subtree)) for o in objects)
    )


def is_irrealis(trigger: Token) -> bool:
    """Under a noun or verb of possibility, fear or prevention, or modified as possible or future."""
    if any(c.dep_ in ("amod", "det") and c.lower_ in IRREALIS_MODIFIERS for c in trigger.children):
        return True  # 'a potential offensive', 'any attack'
    if trigger.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() in IRREALIS_NOUNS for c in trigger.head.children):
        return True  # 'the worst scenario is a Russian attack'
    if _denied_outright(trigger):
        return True  # 'there are no reports of fighting', 'no evidence to support Houthi claims of a strike'
    if (
        TRIGGERS.get(trigger.lemma_.lower()) == "protest"
        and trigger.pos_ == "NOUN"
        and trigger.head.lemma_.lower() in ("announce", "plan", "schedule")
        and not blockade_by_armed_men(trigger)
    ):
        return True  # 'students announce a new march to Kragujevac next weekend'
    if TRIGGERS.get(trigger.lemma_.lower()) == "protest" and trigger.pos_ == "NOUN" and not_held(trigger):
        return True  # 'called off the anti-government protests planned for Monday', 'banned a march planned for Tuesday'
    token = trigger
    for _ in range(MAX_CLIMB):
        if token.dep_ == "ROOT" or (token.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
            return False  # 'a town recently liberated by...' describes, 'an excuse to attack' does not
        head = token.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in IRREALIS_NOUNS:
            return True  # 'an excuse to attack', 'no signs of withdrawal', 'the scenario: an attack'
        if _crowd_kept_from_acting(token, head):
            return False  # 'police prevented protesters from sticking posters': the protesters were there
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in IRREALIS_VERBS and token.dep_ not in ("nsubj", "conj") and not _what_the_doer_did(token):
            return True  # 'defend its cities from attacks', 'weapons that allow Ukraine to strike'; 'the arrests foiled a plot' and 'foiled a plot and arrested two suspects' happened
        if token.dep_ in CLAUSE_BOUNDARIES:
            return False
        token = head
    return False


def _crowd_kept_from_acting(token: Token, head: Token) -> bool:
    """'prevented the protesters from marching': the crowd, the object of 'prevent', was there;
    only what it meant to do next was stopped."""
    return (
        token.dep_ == "dobj"
        and token.lemma_.lower() in ("protester", "demonstrator", "marcher")
        and head.lemma_.lower() in ("prevent", "stop", "bar", "block")
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children)
    )


def _what_the_doer_did(token: Token) -> bool:
    """A participle clause of the verb, told as done with it: 'police prevented the march from
    forming, detaining dozens of demonstrators' (not 'prevented them from attacking')."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in token.children)


DAY_EXPRESSIONS = frozenset({"iso", "day_month", "month_day", "weekday", "yesterday", "today", "last_night", "days_ago"})  # of ``dates.PATTERNS``


def _one_of_a_series(trigger: Token) -> bool:
    """'a series of strikes', 'a spate of kidnappings': events told by the dozen, with no one of
    them said (not 'the second of two strikes', nor 'a number of protesters')."""
    head = trigger.head
    return trigger.tag_ == "NNS" and trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SERIES_NOUNS


def _on_one_day(sentence: Span) -> bool:
    """The sentence dates what it tells to one day ('On 4 May 2020, relatives took part in a
    series of one-person protests'): one event of several parts."""
    return any(name in DAY_EXPRESSIONS and not _the_report_s_day(sentence, found.start()) for name, found in time_expressions(sentence.text))


def _the_report_s_day(sentence: Span, char: int) -> bool:
    """The day dates the telling: 'the U.N. human rights office said on Tuesday'."""
    token = token_at_char(sentence, char)
    while token is not None and token.dep_ in ("pobj", "prep", "npadvmod", "compound", "nummod") and token.head.i != token.i:
        token = token.head
        if token.pos_ == "VERB":
            return token.lemma_.lower() in REPORTING_LEMMAS
    return False


def is_generic(trigger: Token, sentence: Span) -> bool:
    """Habitual, cumulative or ongoing for a long time, in the trigger's own clause: 'each
    day', 'during the war', 'has been fighting' (not '...where people had been buried
    during the occupation', which dates another clause)."""
    own_clause = clause_of(trigger)
    if any(clause_of(_token_at(sentence, start)) == own_clause for start, _ in _stretches(sentence)):
        return True
    if _said_of_a_kind(trigger) or _done_habitually(trigger):
        return True
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    return trigger.tag_ == "VBG" and "been" in aux and bool(aux & {"has", "have", "'s", "'ve"})  # 'has been shelling'


def _what_left_a_thing_so(trigger: Token) -> bool:
    """'rebuild a power grid battered by Russian strikes': plural strikes as the agent of a
    participle that describes a thing, on no day of their own, tell its state, not an event."""
    agent = trigger.head
    participle = agent.head
    if trigger.tag_ != "NNS" or trigger.dep_ != "pobj" or agent.dep_ != "agent" or participle.dep_ not in ("acl", "amod") or participle.tag_ != "VBN":
        return False
    return participle.lemma_.lower() in DAMAGED and not time_expressions(text_of(participle.subtree))  # not 'an operation backed by airstrikes'


DAMAGED = frozenset({"batter", "devastate", "damage", "destroy", "ravage", "scar", "shatter", "flatten", "raze", "wreck", "cripple", "pound", "level"})


def _done_habitually(trigger: Token) -> bool:
    """'Shoigu kills children', 'Russian invaders shell Ukrainian cities': the simple present with
    a bare plural object says what someone does, not what happened (not 'Russia shells Kharkiv',
    a headline's one event)."""
    present = trigger.tag_ in ("VBZ", "VBP") or (trigger.dep_ == "conj" and trigger.head.tag_ in ("VBZ", "VBP") and trigger.tag_ == "VB")
    if not present or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    objects = next(
        ([c for c in verb.children if c.dep_ == "dobj"] for verb in (trigger, *trigger.conjuncts) if any(c.dep_ == "dobj" for c in verb.children)), []
    )
    return bool(objects) and all(o.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children) for o in objects)


def _said_of_a_kind(trigger: Token) -> bool:
    """'strikes on supply lines were a legitimate part of war', 'each of these strikes is an
    argument for more weapons': what such events are, said of them all; not 'the strike was
    the deadliest', 'clashes were the heaviest in months' (one event, or no noun to class it)."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return False
    subject = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in ("each", "all", "every", "many", "most"):
        subject = trigger.head.head  # 'each of these strikes'
    elif any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
        return False  # 'the strikes', 'Russia's strikes', 'three strikes': particular events
    copula = subject.head
    return subject.dep_ == "nsubj" and copula.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in copula.children)


def clause_of(token: Token) -> Token:
    """The head of the clause a word belongs to: the nearest ancestor (or itself) that heads a
    clause of its own (a subordinate, relative or reported clause, or the sentence)."""
    while token.dep_ not in CLAUSE_BOUNDARIES and token.head.i != token.i:
        token = token.head
    return token


def _token_at(sentence: Span, char: int) -> Token:
    return token_at_char(sentence, char) or sentence[-1]


def is_war_as_a_whole(trigger: Token) -> bool:
    """'Russia's attack on Ukraine', 'the fight against Russia's invasion', 'the ongoing fight':
    the war itself, named as the setting, not one of its events."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in ("fight", "wage"):
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("war", "conflict") for c in trigger.children)  # 'how this war is fought'
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in WAR_AS_A_WHOLE_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_MEANS for c in trigger.children):
        return False  # 'a drone attack on Russia', 'missile attacks on Ukraine': strikes, not the war
    aimed_at = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "in", "with") for o in c.children if o.dep_ == "pobj"]
    if any(is_country_name(o) or o.lemma_.lower() in WAR_AS_A_WHOLE_NOUNS for o in aimed_at):
        return True
    if trigger.lemma_.lower() in ("fight", "struggle", "war", "conflict", "campaign"):
        return not any(o.ent_type_ in PLACE_ENTITIES and not is_country_name(o) for o in aimed_at)  # 'the ongoing fight'; not 'the fighting in Bakhmut'
    return False


def fatalities_of_the_event(sentence: str) -> int | None:
    """The dead a sentence reports for its own event: not a war's, a year's or a campaign's
    toll ('70,000 Russian losses so far in the conflict', '300,000 died in ten years')."""
    deaths = fatalities_in(sentence)
    if deaths is None or CUMULATIVE_TOLL.search(sentence) or GENERIC_TIME.search(sentence) or deaths > MAX_EVENT_FATALITIES:
        return None
    return deaths


ARMED_MEANS = AIRBORNE_WEAPONS | {"air", "artillery", "mortar", "suicide", "terrorist", "terror"}


def is_country_name(token: Token) -> bool:
    """A country's name ('Ukraine'), not its capital's ('an attack on Kyiv' is one on the city)."""
    return act.actor_for_name(token.text) is not None and not act.is_a_capital(token.text)
