"""Agents: who did it to whom. The acting subject of a trigger (or the speaker a pronoun
stands for), who is blamed or claims responsibility, attackers, crowds and victims,
and each actor named as ACLED names it in the event's country and year.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import takewhile

from spacy.tokens import Span, Token

from .. import actors as act
from ..data_registry import data_file
from ..geo.front_lines import period_of
from ..geo.gazetteer import kilometres_between
from ..geo.place_names import countries_of_bodies_named, neighbours_of
from ..geo.spelling import fold
from ..lexicon.actors import COUNTED_HEADS, MIGRANT_WORDS, MIXED_CROWD_HEADS
from ..lexicon.attribution import DENIAL_LEMMAS
from ..lexicon.events import (
    ANNOUNCING_OWN_GAINS,
    ARMED_WORDS,
    LIGHT_VERBS,
    MILITARY_FACILITIES,
    NEVER_PASSIVE,
    PARTY_PEOPLE,
    PERSON_NOUNS,
    POLITICAL_KINDS,
    PRESENTING_LEMMAS,
    PRONOUN_SUBJECTS,
    REPORTING_LEMMAS,
    RETALIATION_WORDS,
    TERRITORY_OBJECTS,
    TRIGGERS,
)
from ..models import Article, DateRange, PlaceMention
from ..phrases import actors_within, sentence_actor_spans, text_of
from ..taxonomy import sub_event


def nominal_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is conjoined to ('residents captured a man and beat him')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def subject_words(verb: Token) -> list[Token]:
    """The words of the verb's subjects (``nominal_subjects``), else of the noun the parse hung the
    verb, or the verb it is conjoined to, from as a participle ('the Giants Brigades, supported by
    air raids, clashed with Houthi forces and took over Al Fulayhah')."""
    subjects = nominal_subjects(verb)
    if subjects:
        return [t for c in subjects for t in c.subtree]
    if verb.dep_ == "amod" and verb_of_a_verbless_parse(verb):
        return [t for t in verb.sent.root.subtree if t.i < verb.i]  # 'OLA fighters, operating alongside TPLF forces, captured Kemise'
    participle = verb.head if verb.dep_ == "conj" and _misread_subject(verb) is None else verb
    misread = _misread_subject(participle)
    return [t for t in misread.subtree if t.i < participle.i] if misread is not None else []


def objects_of(verb: Token) -> list[Token]:
    """The verb's object or passive subject: what it is done to ('shot a man', 'a man was shot')."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def objects_and_conjuncts(verb: Token) -> list[Token]:
    """The heads of the verb's objects and of the nouns joined to them ('dissolved the council and the government')."""
    heads = objects_of(verb)
    return heads + [c for h in heads for c in h.children if c.dep_ == "conj"]


def acted_on_phrases(verb: Token) -> list[Token]:
    """The heads of what the verb acts on: its object or passive subject, and what it is aimed
    'at', 'on' or 'against' ('attacked protesters', 'threw stones at supporters')."""
    return objects_of(verb) + [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against") for o in c.children if o.dep_ == "pobj"]


def passive_agent_words(verb: Token) -> list[Token]:
    """The words of the passive verb's agent ('a woman was beaten to death by a crowd': 'a crowd')."""
    return [t for c in verb.children if c.dep_ == "agent" for t in c.subtree if t is not c]


def is_crowd(trigger: Token) -> bool:
    """Whether the trigger's subject is a crowd of people ('residents', 'a group of people', 'youths'), not one person."""
    subjects = [(c, list(c.subtree)) for c in nominal_subjects(trigger)]
    misread = _misread_subject(trigger)
    if not subjects and misread is not None:
        subjects = [(misread, [t for t in misread.subtree if t.i < trigger.i or t.i == misread.i])]  # 'a group of citizens clashed with police'
    if not subjects:
        return False
    head, phrase = subjects[0]
    words = {t.lower_ for t in phrase}
    if words & ARMED_WORDS or any(t.lower_ == "armed" and t.head == head for t in phrase):
        return False  # 'LNA forces', 'ethnic militias', 'criminal groups', 'armed youths': armed, not a crowd
    return head.tag_ in ("NNS", "NNPS") or bool(words & {"group", "mob", "crowd", "dozens", "hundreds"})


AIMED_AT = frozenset({"at", "on", "upon", "against", "towards", "toward", "into"})


def victims_of(trigger: Token) -> list[act.Actor]:
    """The actors a violent verb acts on: its object, passive subject, or the object of 'at'/'on' ('opened fire on a civilian vehicle')."""
    acted_on = ("dobj", "nsubjpass", "nsubj") if _passive_in_headline(trigger) else ("dobj", "nsubjpass")  # 'Three soldiers killed near Gao'
    phrases = [c for c in trigger.children if c.dep_ in acted_on]
    phrases += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in AIMED_AT for o in c.children if o.dep_ == "pobj"]
    if (
        trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB"
    ):  # 'opened fire on', 'fired shots towards': the preposition hangs from the verb
        phrases += [o for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in AIMED_AT for o in c.children if o.dep_ == "pobj"]
    found = [_as_civilians_if_party_people(actor, phrase) for phrase in phrases for actor in actors_within(phrase.subtree)]
    if found:
        return found
    shared = [o for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"]  # 'shot and killed a policewoman'
    return [_as_civilians_if_party_people(actor, phrase) for phrase in shared for actor in actors_within(phrase.subtree)]


def _as_civilians_if_party_people(actor: act.Actor, phrase: Token) -> act.Actor:
    """'shot dead a PDP chieftain', 'attacked APC supporters': people of a party that ACLED lists as
    a political militia when it fights are civilians when harm befalls them."""
    if actor.role == "group" and actor.inter == act.POLITICAL_MILITIA and phrase.lower_ in PARTY_PEOPLE:
        return act.CIVILIANS_HERE
    return actor


OFF_DUTY = re.compile(r"\boff[\s-]+duty\b", re.IGNORECASE)


def told_off_duty(text: str) -> bool:
    """The text says someone was off duty ('an off-duty member of the Frontier Reserve Police', 'a
    police officer, apparently off duty'), not that it is unclear ('not clear from the source if he
    was off-duty'): ACLED codes police and soldiers off duty as civilians."""
    return any(not DOUBTED.search(text, max(0, found.start() - 40), found.start()) for found in OFF_DUTY.finditer(text))


DOUBTED = re.compile(r"\b(if|whether|unclear|not\s+clear)\b[^.]*$", re.IGNORECASE)


PRONOUNS_REFERRED = frozenset({"it", "them", "him", "her"})


def referent_of(noun: Token) -> Token:
    """What a pronoun object stands for when its verb is joined to one that named it ('attacked
    the military camp and took control of it', 'pulled two young men from their homes and shot
    them dead'); else the word itself."""
    if noun.lower_ not in PRONOUNS_REFERRED:
        return noun
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head
        named = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if named:
            return named[0]
    return noun


def acts_on_a_person(trigger: Token) -> bool:
    """The verb's object or passive subject is an unarmed person ('a local leader of Jubo League'),
    or a person named by their people ('shot and killed a Palestinian', 'two Afghans were beaten')."""
    acted_on = [referent_of(o) for o in objects_of(trigger)] or [
        o for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"
    ]  # 'shot and killed a man'
    if any(c.lemma_.lower() in PERSON_NOUNS or _one_of_a_people(c) for c in acted_on):
        return True
    done_to_the_living = (
        trigger.lemma_.lower() in DONE_TO_THE_LIVING
        or any(c.lemma_.lower() in DONE_TO_THE_LIVING for c in trigger.children if c.dep_ == "conj")
        or _to_death(trigger)
    )
    if done_to_the_living and any(is_someone(c) for c in acted_on):
        return True  # 'shot and killed the former trustee of the municipality'
    return trigger.lemma_.lower() in DONE_TO_SOMEONE_HELD and any(
        is_someone(c) and c.lemma_.lower() not in HELD_GROUND for c in acted_on
    )  # 'assaulted a qat seller'


def _to_death(verb: Token) -> bool:
    """'shot dead', 'beaten to death': the verb says its object was alive."""
    return any(c.lower_ == "dead" or (c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children)) for c in verb.children)


DONE_TO_SOMEONE_HELD = frozenset({"assault", "ambush", "beat", "abuse", "whip", "flog"})  # done to people, or to ground and troops (``HELD_GROUND``)
HELD_GROUND = (
    TERRITORY_OBJECTS
    | MILITARY_FACILITIES
    | frozenset("post patrol vehicle truck building station front frontline line unit force troop army police soldier militant fighter".split())
)


DONE_TO_THE_LIVING = frozenset({"kill", "stab", "assassinate", "behead", "strangle", "murder", "lynch", "torture", "hack", "maim", "slaughter", "massacre"})
NOT_SOMEONE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "DATE", "TIME", "MONEY"})


def is_someone(token: Token) -> bool:
    """A noun phrase that is no place, organisation or thing the parser knows: what only a living
    being can be when it is killed, stabbed or tortured."""
    return token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in NOT_SOMEONE_ENTITIES


def _one_of_a_people(token: Token) -> bool:
    """'a Palestinian', 'two Syrians': a people's name heading an object (whatever part of speech
    the tagger gives it), not describing its noun."""
    return token.ent_type_ == "NORP" and not any(c.dep_ == "compound" for c in token.children)


def attacker_and_target(subject, military, mentioned) -> tuple[act.Actor | None, act.Actor | None]:
    attacker = subject if act.is_armed(subject) else (military[0] if military else None)
    others = [a for a in military if attacker is None or not act.same_party(a, attacker)]
    if attacker is None and others:
        attacker = act.opponent_of(others[0])
    target = act.CIVILIANS_HERE if act.CIVILIANS_HERE in mentioned else (others[0] if others else None)
    return attacker, target


def crowd_and_target(sub_event_type: str, mentioned: list[act.Actor]) -> tuple[act.Actor | None, act.Actor | None]:
    """ACLED: a protest's actor1 is its protesters, a riot's its rioters; the police or army
    that intervene are actor2, and a mob's victims are civilians unless the text names others."""
    force = next((a for a in mentioned if a.role in ("police", "military", "fixed")), None)
    if sub_event(sub_event_type).event_type == "Protests":
        force = force or next((a for a in mentioned if act.is_armed(a)), None)  # 'Ambazonian fighters intervened'
        return act.PROTESTERS_HERE, force if sub_event_type != "Peaceful protest" else None
    if sub_event_type == "Mob violence":
        return act.RIOTERS_HERE, force or act.CIVILIANS_HERE
    return act.RIOTERS_HERE, force


def verb_of_a_verbless_parse(token: Token) -> bool:
    """'OLA fighters, operating alongside TPLF forces, captured Kemise town': the sentence parsed
    as one noun phrase, its verb after the commas read as a modifier of its object."""
    root = token.sent.root
    return root.pos_ in ("NOUN", "PROPN") and token.i > root.i and token.doc[token.i - 1].text == "," and token.head.i > token.i


def _misread_subject(verb: Token) -> Token | None:
    """The noun a finite verb hangs from when the parse read the verb as its participle ('a group
    of citizens clashed with police': 'clashed' an acl of 'group'); that noun is the subject."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return None
    return verb.head if verb.tag_ == "VBD" or verb.lemma_.lower() in NEVER_PASSIVE else None


def _passive_in_headline(trigger: Token) -> bool:
    """A past participle with a subject, no auxiliary and no object, as headlines and
    crossheads write the passive: 'Putin's man detained', 'Three soldiers killed near Gao'."""
    children = {c.dep_ for c in trigger.children}
    return (
        trigger.pos_ == "VERB"
        and trigger.tag_ == "VBN"
        and trigger.dep_ == "ROOT"
        and "nsubj" in children
        and not children & {"aux", "auxpass", "dobj", "conj"}
    )


def light_verb_of(noun: Token) -> Token | None:
    """The light verb a trigger noun is the object of: 'opened' of 'opened fire', 'launched' of 'launched three raids'."""
    return noun.head if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS else None


def subject_actor(trigger: Token, sentence: Span, role: str = "military") -> act.Actor | None:
    """The actor named by the trigger's subject, agent or possessor (for nouns); a country named
    as the actor ("Ukraine recaptured", "Germany pledged") stands for its ``role``.

    A political interaction named by a noun takes the subject of the verb it hangs from
    ("Blinken arrived for talks", "The Pentagon announced an aid package").
    """
    accused = _accused(trigger)
    if accused is not None:
        return accused
    if _passive_in_headline(trigger):
        return None  # 'Putin's man detained': the man was detained, he detained no one
    heads = [trigger]
    verb = trigger
    while (
        (verb.dep_ in ("conj", "xcomp") or _participle_adjunct(verb) or participle_after_an_object(verb))
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not (verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children))
    ):  # not 'forcing the surviving soldiers to retreat': the soldiers retreat
        verb = verb.head.head if participle_after_an_object(verb) else verb.head
        heads.append(
            verb
        )  # 'protesters set fire to the building and clashed with police': one subject for both; 'Russia has begun mobilizing'; 'entered Karma village and rounded up and shot residents'
    if any(c.dep_ == "auxpass" for c in trigger.children) and not any(c.dep_ == "agent" for c in trigger.children):
        heads += [c for c in trigger.children if c.dep_ == "conj" and any(a.dep_ == "agent" for a in c.children)]  # 'beaten and then arrested by the police'
    light = light_verb_of(trigger)
    if light is not None:
        heads.append(light)  # 'soldiers opened fire', 'militants carried out an attack'
        if light.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in light.children):
            heads.append(light.head)  # 'gunmen believed to belong to a cartel opened fire': the subject of the verb it is joined to
    elif (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in ANNOUNCING_OWN_GAINS
        and TRIGGERS.get(trigger.lemma_.lower()) in ("regain", "capture")
    ):
        heads.append(trigger.head)  # 'the Giants Brigades announced the liberation of Bayhan': their own gain
    if role == "government" and trigger.pos_ in ("NOUN", "PROPN"):
        heads += [a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")][:1]
    speaker = _speaker_for_pronoun(trigger)
    if speaker is not None:
        heads.append(speaker)  # 'Britain said it was supplying Ukraine...': 'it' is Britain
    for head in heads:
        if (head is not trigger or _misread_subject(head) is not None) and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            found = actors_within(t for t in head.head.subtree if t.i < head.i)
            if found:
                return found[0]  # 'IS snipers targeted and wounded two policemen', 'a group of citizens clashed', parsed as snipers-who-targeted
        for child in _children_and_owners(head) if head is trigger else head.children:
            if speaker is not None and head is trigger and child.dep_ == "nsubj" and _has_pronoun_owner(child):
                continue  # 'the ministry acknowledged that its troops withdrew': the ministry's troops
            by_whom = head is trigger and _nominal_agent(child)  # 'an attack by Taliban militants'
            if (
                (child.dep_ in ("nsubj", "poss", "agent", "compound", "amod") and (head is trigger or child.dep_ in ("nsubj", "agent")))
                or (child.dep_ == "nsubjpass" and head is not trigger and role == "government")
                or by_whom
            ):
                # without what describes it, with it ('Wang Wenbin, a spokesman for China's ministry'), its head alone ('Belarus together with Russia')
                readings = [list(_agent_object(child))] if child.dep_ == "agent" or by_whom else [_without_descriptions(child), list(child.subtree), [child]]
                for tokens in readings:
                    found = _umbrella_of(tokens) or actors_within(with_a_leading_conjunct(tokens))
                    if child.dep_ == "compound" and found and found[0].role == "civilians":
                        break  # 'gunmen took 12 passengers hostage': the passengers are taken, the gunmen take
                    if found and found[0].role == "civilians":
                        apposed = [t for c in child.children if c.dep_ == "appos" for t in c.subtree]  # not 'a man who was wanted by the police'
                        armed = [a for a in actors_within(apposed) if act.is_armed(a)]
                        if armed:
                            return _named_group_of(armed)  # 'men in military uniforms, reportedly soldiers and VDP': the soldiers
                    if found:
                        return _named_group_of(found)
                    named = act.actor_for_name(text_of(tokens).replace("'s", "").replace("’s", ""), role)
                    if named:
                        return named
    return None


def _participle_adjunct(verb: Token) -> bool:
    """A present participle after the main clause that tells more of what its subject did
    ('Al Shabaab fighters forced clan militias out of Yasooman, retaking the village')."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and not any(c.dep_ in ("mark", "prep") for c in verb.children)
        and TRIGGERS.get(verb.lemma_.lower()) not in POLITICAL_KINDS
    )  # not 'Ukraine has lost 15% of its grain storage, threatening its role': no one threatened


def participle_after_an_object(verb: Token) -> bool:
    """A present participle after a comma, read as a modifier of the main verb's object, that tells
    what the main clause's subject did next ('security forces concluded a clearance operation in
    Mach, regaining control of the town'); not one that says what the object does ('an area
    controlled by the gang', 'a convoy carrying aid')."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.head.dep_ == "dobj"
        and verb.head.head.pos_ == "VERB"
        and TRIGGERS.get(verb.lemma_.lower()) not in POLITICAL_KINDS
    )


def _children_and_owners(noun: Token) -> list[Token]:
    """The word's children, and the owner of a word naming its kind: 'Russia's missile and drone
    attacks' hangs 'Russia's' on 'missile'."""
    return [*noun.children, *(g for c in noun.children if c.dep_ in ("nmod", "compound") for g in c.children if g.dep_ == "poss")]


def _without_descriptions(phrase: Token) -> list[Token]:
    """The phrase's words without the apposition or relative clause describing its head ('Beijing,
    a key commercial partner of Russia, refused ...': Russia refused nothing); read first, so that
    a head that names an actor is not overruled by what describes it."""
    described = [c for c in phrase.children if c.dep_ == "appos" or (c.dep_ == "relcl" and phrase.pos_ == "PROPN")]  # 'men who belong to the ADF' say who
    if not described:
        return list(phrase.subtree)
    if phrase.i == phrase.sent.start and phrase.text.isupper() and described[-1].dep_ == "appos":
        return list(described[-1].subtree)  # 'MOSCOW, 23 April (BelTA) - Belarus ... calls': a dateline the parse made the subject
    left_out = {t.i for c in described for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in left_out]


def _named_group_of(found: list[act.Actor]) -> act.Actor:
    """'armed men of the CODECO militia', 'gunmen belonging to the ADF': the group the subject
    names after unnamed gunmen is who acts."""
    if found[0].role == "unidentified":
        return next((a for a in found[1:] if a.role == "group"), found[0])
    return found[0]


def with_a_leading_conjunct(tokens: list[Token]) -> list[Token]:
    """The subject with the actor joined to it by 'and' just before it, or cut in two by it,
    where the parser left that actor out ('pro-Hadi and Giants Brigades forces clashed':
    pro-Hadi forces lead, as the first named), or a list of them ('pro-Hadi forces, the Popular
    Resistance and the Giants Brigades fought')."""
    if not tokens:
        return tokens
    start = min(token.i for token in tokens)
    doc = tokens[0].doc
    spans = sentence_actor_spans(doc[start].sent)
    cut = next((span for span in spans if span.start < start < span.end and doc[start - 1].text in ("-", "–")), None)  # the parser split 'pro-Hadi'
    if cut is not None:
        return [*doc[cut.start : start], *tokens]
    first = start
    while first >= 2 and doc[first - 1].lower_ in ("and", ","):  # 'pro-Hadi forces, the Popular Resistance and the Giants Brigades'
        leading = next((span for span in spans if span.end == first - 1), None)
        if leading is None or (leading.start > 0 and doc[leading.start - 1].pos_ in ("ADP", "VERB")):
            break  # not 'backed by Saudi-led coalition airstrikes, pro-Hadi forces ...': no list of sides that far
        first = leading.start
    return tokens if first == start else [*doc[first:start], *tokens]


def _umbrella_of(tokens: list[Token]) -> list[act.Actor]:
    """'JWS operating under OPS shelled...': the operation or coalition a group acts under is the actor."""
    for token in tokens:
        if token.lemma_.lower() == "operate":
            under = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "under"]
            if under:
                return actors_within(under[0].subtree)
    return []


QUOTED_CLAUSE_DEPTH = 2  # clauses between a pronoun's verb and the reporting verb ('"That's why I asked ...," she wrote')


def _speaker_for_pronoun(trigger: Token) -> Token | None:
    """The reporting verb whose subject a pronoun subject of the trigger stands for ('Britain said it
    would...', '"That's why I asked President Xi ...," the chancellor wrote')."""
    pronoun = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in PRONOUN_SUBJECTS or _has_pronoun_owner(c))), None)
    if pronoun is None:
        return None
    clause = trigger
    for _ in range(QUOTED_CLAUSE_DEPTH):
        if clause.dep_ != "ccomp":
            return None
        if clause.head.lemma_.lower() in REPORTING_LEMMAS:
            return clause.head
        clause = clause.head
    return None


def _has_pronoun_owner(noun: Token) -> bool:
    """'its troops', 'their forces': owned by whoever says so."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in noun.children)


def _accused(trigger: Token) -> act.Actor | None:
    """'Ukraine accused Russian forces of shelling', 'blamed Kyiv for the blast': the accused did it."""
    verb = trigger.head.head if trigger.head.dep_ == "prep" and trigger.head.lower_ in ("of", "for") else None
    if verb is None or verb.lemma_.lower() not in ("accuse", "blame", "charge") or trigger.dep_ not in ("pcomp", "pobj"):
        return None
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if accused is None:
        return None
    found = actors_within(accused.subtree)
    return found[0] if found else act.actor_for_name(text_of(accused.subtree).replace("'s", "").replace("’s", ""))  # 'accused Kyiv of attacking'


def retaliating_side(trigger: Token) -> act.Actor | None:
    """Who presents the attack as their own retaliation: 'Putin presented the strikes as
    retaliation for the bomb attack' (Russia's forces struck), 'Hamas described the rocket fire
    as a response to the raid'. Only the presented attack: not the bomb attack it answers."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in PRESENTING_LEMMAS:
        return None
    as_what = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if not any(c.dep_ == "pobj" and c.lemma_.lower() in RETALIATION_WORDS for a in as_what for c in a.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = actors_within(subject.subtree) if subject is not None else []
    actor = found[0] if found else act.actor_for_name(text_of(subject.subtree)) if subject is not None else None
    if actor is not None and actor.role == "government" and actor.country_code:
        return act.state_actor("military", actor.country_code)  # a head of state speaks for the forces that struck
    return actor if actor is not None and act.is_armed(actor) else None


def responsible(sentence: Span) -> act.Actor | None:
    """Who the sentence holds responsible: 'al-Shabaab claimed responsibility', 'blaming Ukrainian forces'."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "attack") for c in token.children):
            phrases = [c for c in token.children if c.dep_ == "nsubj"]
        elif lemma == "blame":
            phrases = [c for c in token.children if c.dep_ == "dobj"]
        else:
            continue
        for phrase in phrases:
            found = [actor for actor in actors_within(phrase.subtree) if act.is_armed(actor)]
            named = found[0] if found else act.actor_for_name(text_of(phrase.subtree).replace("'s", "").replace("’s", ""))
            if named is not None:
                return named
    return None


def country_acting(trigger: Token, sentence: Span, role: str = "military", announcing: bool = False) -> act.Actor | None:
    """A country as the subject of a verb that is not reporting and governs the trigger: 'Russia
    fired a wave of missiles...'; with ``announcing``, of a reporting verb too: 'Russia has
    announced the arrest of eight people'. Not a country that denies the act ('Kyiv denied any
    involvement in the explosion') nor one acting in another clause ('..., but Ukraine has always
    stressed that it intends to seize the peninsula')."""
    for token in sentence:
        verb = token.head
        if (
            token.dep_ == "nsubj"
            and verb.pos_ == "VERB"
            and (announcing or verb.lemma_.lower() not in REPORTING_LEMMAS)
            and verb.lemma_.lower() not in DENIAL_LEMMAS
            and (verb == trigger or verb in trigger.ancestors)
            and not _a_subject_under(verb, trigger)
        ):
            named = act.actor_for_name(token.text, role)
            if named is not None:
                return named
    return None


def _a_subject_under(verb: Token, trigger: Token) -> bool:
    """The trigger's phrase is itself a subject of ``verb``: 'despite Russia's attacks last week,
    most Ukrainians had a weekend without blackouts' ('Ukrainians' is no attacker)."""
    below = takewhile(lambda word: word != verb, (trigger, *trigger.ancestors))
    return any(word.dep_ in ("nsubj", "nsubjpass", "csubj") for word in below)


def _nominal_agent(child: Token) -> bool:
    """The 'by' phrase of an event noun names its doer ('an attack by Taliban militants', 'the
    shelling of Kharkiv by Russian forces')."""
    return child.dep_ == "prep" and child.lower_ == "by" and child.head.pos_ == "NOUN"


def _agent_object(agent: Token) -> Iterable[Token]:
    for child in agent.children:
        if child.dep_ == "pobj":
            return child.subtree
    return []


def actor_near(trigger: Token) -> act.Actor | None:
    """'the retreat of Russian forces': an actor in the trigger's own phrase."""
    found = actors_within(trigger.subtree)
    return found[0] if found else None


def placed(
    actor: act.Actor | None, place: PlaceMention | None, date: DateRange | None, article: Article, home: str | None = None, sentence: str = ""
) -> act.Actor | None:
    """The actor as ACLED names it where and when the event happened ('Civilians (Yemen)'), and
    as its ``sentence`` (with the rest of its paragraph) describes it ('a drive-by' in Mexico). With no place, the event is in
    ``home``, the country its other actors or its sentence say."""
    year = date.earliest.year if date is not None else article.published.year if article.published else None
    day = date.earliest if date is not None else None  # a state's period may begin within the year
    if place is None or place.place is None or not place.place.country_code:  # no place, or a sea: no country's
        if actor is not None and actor.role in act.STATE_ROLES and actor.country_code:
            return act.placed(actor, actor.country_code, year, day=day)  # 'IRG forces' somewhere unresolved: still Yemen's military
        if actor is not None and home is not None and (actor.role in UNPLACED_BY_THEMSELVES or (actor.role in act.STATE_ROLES and not actor.country_code)):
            return act.placed(actor, home, year, sentence=sentence, day=day)  # 'Palestinian protesters held a march in an unknown camp': Protesters (Palestine)
        return actor
    return act.placed(actor, place.place.country_code, year, place.place.country, sentence, day=day)


def of_the_state_named(actor: act.Actor | None, other: act.Actor | None, sentence: str) -> act.Actor | None:
    """'overran the military camp ... after clashing with the Malian army': forces named by role
    alone are those of the one state whose forces of that role the sentence names, unless they
    are the other side's ('soldiers entered Izium after Russian units abandoned it')."""
    if actor is None or actor.role not in act.STATE_ROLES or actor.country_code:
        return actor
    codes = {m.actor.country_code for m in act.actors_in(sentence) if m.actor.role == actor.role and m.actor.country_code}
    codes.discard(other.country_code if other is not None else None)
    return replace(actor, country_code=codes.pop()) if len(codes) == 1 else actor


def at_home_of_their_enemy(forces: act.Actor | None, enemy: act.Actor | None, place: PlaceMention | None) -> str | None:
    """The country of unnamed state forces ('the military') fighting a group of one country when
    the place's reading lies in a country neither that one nor its neighbour ('the PDF captured
    a military outpost in Kani township': Myanmar's military, whatever Kani, Japan, says)."""
    if forces is None or forces.role not in act.STATE_ROLES or forces.country_code:
        return None
    home = enemy.country_code if enemy is not None and enemy.role == "group" else None
    where = place.place.country_code if place is not None and place.place is not None else None
    if not home or not where or where == home or where in neighbours_of(home):
        return None
    return home


CROWDS_OF_A_NATION = frozenset({"protesters", "rioters"})


def crowd_nationality(trigger: Token, actor: act.Actor | None) -> str | None:
    """The country whose people the crowd doing the event are, where its head word says it
    ('Ukrainians living in Thessaloniki rallied', 'a group of Israeli settlers hurled stones',
    'Afghanistan refugees held a protest', 'police assaulted Palestinian protesters', 'a
    Palestinian protest'): ACLED names such a crowd by its nation, not by where it gathered.
    Not a mixed crowd ('people, including Ukrainians', 'members of the Ukrainian community'),
    nor one the forces of a state speak for ('Kenyan police dispersed the crowd')."""
    if actor is None or actor.role not in CROWDS_OF_A_NATION:
        return None
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger  # 'held a protest'
    heads = [c for c in nominal_subjects(verb) if all(a.role in act.CROWD_ROLES for a in actors_within(c.subtree))]  # not the police
    heads += [o for o in acted_on_phrases(verb) if any(a.role in CROWDS_OF_A_NATION for a in actors_within(o.subtree))]
    for head in heads:
        nation = _nation_of_head(head)
        if nation is not None:
            return nation
    return _nation_of_modifiers(trigger) if trigger.pos_ == "NOUN" else None


def _nation_of_head(phrase: Token) -> str | None:
    chain = _counting_chain(phrase)
    head = chain[-1]
    if head.lower_ in COUNTED_HEADS or head.lower_ in MIXED_CROWD_HEADS:
        return None  # 'hundreds of people, including Ukrainians'
    if any(c.dep_ == "conj" and not _nation_of_people(c) for link in chain for c in link.children):
        return None  # 'thousands of Ukrainians and their supporters'
    if _nation_of_modifiers(head) is not None and act.nations_named(head.text):
        return None  # 'Kosovo Serbs', 'Ukrainian Americans': a people of two nations; where they are says which
    return _nation_of_people(head)


def _nation_of_people(noun: Token) -> str | None:
    """The nation of 'Ukrainians', 'Palestinians' or 'Senegalese youths'."""
    if noun.tag_ in ("NNS", "NNPS") and (nations := act.nations_named(noun.text)):
        return nations[0]
    return _nation_of_modifiers(noun)


def _nation_of_modifiers(noun: Token) -> str | None:
    """The nation an adjective or name before the noun gives it ('Senegalese youths', 'Afghanistan refugees')."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.i < noun.i and not _pro_or_anti(child) and (nations := act.nations_named(child.text)):
            return nations[0]
    return None


INTERNATIONAL = "International"  # ACLED's country for people of several or no stated nations abroad


def nation_of_migrants(trigger: Token, actor: act.Actor | None) -> str | None:
    """The country of the migrants or refugees an event acts on (its civilians, or no one yet
    named), as ACLED names them: their one stated nation ('detained 30 Afghan migrants', '119
    migrants from Guatemala'), else ``INTERNATIONAL`` ('312 migrants', 'migrants from
    Nicaragua, Honduras and Cuba')."""
    if actor is not None and actor.role != "civilians":
        return None
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    acted_on = [*acted_on_phrases(verb), *(o for c in verb.children if c.dep_ == "conj" for o in acted_on_phrases(c))]  # 'captured and detained 28 migrants'
    return _nation_of_migrants_in(acted_on, verb)


def nation_of_the_displaced(trigger: Token, actor: act.Actor | None) -> str | None:
    """The country of the refugees or migrants who fled or arrived, the doers of a displacement,
    as ACLED names them: 'about 2,500 refugees from Ukraine arrived in Slovakia' are Civilians
    (Ukraine), not Slovakia's; 'refugees entered Poland from Ukraine' too."""
    if actor is not None and actor.role != "civilians":
        return None
    return _nation_of_migrants_in(nominal_subjects(trigger), trigger)


def _nation_of_migrants_in(phrases: Iterable[Token], verb: Token) -> str | None:
    """The one stated nation of the migrants among ``phrases`` ('30 Afghan migrants', '119
    migrants from Guatemala', 'refugees entered Poland from Ukraine'), else ``INTERNATIONAL``;
    None where no phrase names migrants."""
    for head in (_counting_chain(phrase)[-1] for phrase in phrases):
        if head.lower_ not in MIGRANT_WORDS:
            continue
        froms = [
            c
            for c in (*head.children, *head.head.children, *verb.children)
            if c.dep_ == "prep" and c.lower_ == "from" and (c.head in (head, verb) or c.i == head.i + 1)
        ]
        origins = [o for c in froms for o in c.children if o.dep_ == "pobj"]  # 'migrants from Guatemala', however the parse hangs it
        nations = {n for o in origins for t in (o, *o.conjuncts) for n in act.nations_named(t.text)}
        if len(nations) == 1:
            return nations.pop()
        return (_nation_of_modifiers(head) if not origins else None) or INTERNATIONAL
    return None


def _counting_chain(phrase: Token) -> list[Token]:
    """The phrase's head and, through the words that count them, the people counted: 'a total of
    28 migrants', 'a group of Israeli settlers' (the last is a counting word where none follows)."""
    chain = [phrase]
    while chain[-1].lower_ in COUNTED_HEADS:
        counted = [o for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if not counted:
            break
        chain.append(counted[0])
    return chain


def _pro_or_anti(token: Token) -> bool:
    """'pro-Russian protesters', 'anti-Chinese rioters': a stance, not a nationality."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("pro", "anti")


UNPLACED_BY_THEMSELVES = frozenset({"civilians", "protesters", "rioters", "unidentified", *act.COMMUNAL_ROLES})  # named by the event's country alone


def home_of(actors: tuple[act.Actor | None, ...], sentence: str) -> str | None:
    """The country an event with no place is in: that of a state's forces or a group of one
    country acting in it, else the first country whose people or state the sentence names,
    else that of the parties or unions it names, or of its kind of district ('cadres of NC and
    CPN(UML) clashed in Baudikali rural municipality': Nepal's)."""
    own = [
        a.country_code for a in actors if a is not None and a.country_code and a.role not in UNPLACED_BY_THEMSELVES and a != act.NOVOROSSIYA
    ]  # 'separatist fighters' are Novorossiya's only where the event is placed in Ukraine: they place nothing themselves
    if own:
        return own[0]
    named = act.nations_named(sentence) or tuple(countries_of_bodies_named(sentence))
    return named[0] if named else None


FRONT_SIDES = "front_sides.csv"
FRONT_SUB_EVENT_TYPES = frozenset({"Shelling/artillery/missile attack", "Armed clash"})
SAME_FRONT_PLACE_KM = 5.0  # a place this near a front's place of the table is that place
NAMESAKE_ON_THE_FRONT_KM = 150.0  # a place of the table's name this near its point is it, read as a namesake ('near Vodyane')


@dataclass(frozen=True)
class FrontSide:
    """Who fires on a place of a front, and who holds it, in the front's period (``data/front_sides.csv``)."""

    country_code: str
    start: dt.date
    end: dt.date
    location: str
    latitude: float
    longitude: float
    fired_on_by: str
    held_by: str


@functools.cache
def front_sides() -> tuple[FrontSide, ...]:
    rows = csv.DictReader(data_file(FRONT_SIDES).read_text("utf-8").splitlines())
    return tuple(
        FrontSide(
            r["country_code"],
            *period_of(r),
            r["location"],
            float(r["latitude"]),
            float(r["longitude"]),
            r["fired_on_by"],
            r["held_by"],
        )
        for r in rows
    )


def sides_across_the_front(place: PlaceMention | None, date: DateRange | None) -> tuple[act.Actor | None, act.Actor | None] | None:
    """Who fired on a place of a front, and who held it, on the report's days, where the report
    names no one firing ('the OSCE SMM observed 6 explosions near Lozove': the Military Forces
    of Ukraine, firing on a village the NAF held). The table is selected by the place's country
    and the day: a country with no front has none."""
    if place is None or place.place is None or date is None:
        return None
    spot, names = place.place, {fold(place.text), fold(place.place.name)}
    for side in front_sides():
        if side.country_code != spot.country_code or not side.start <= date.earliest <= date.latest <= side.end:
            continue
        apart = kilometres_between(side.latitude, side.longitude, spot.latitude, spot.longitude)
        if apart <= SAME_FRONT_PLACE_KM or (fold(side.location) in names and apart <= NAMESAKE_ON_THE_FRONT_KM):
            return _acled_actor(side.fired_on_by), _acled_actor(side.held_by)
    return None


def _acled_actor(name: str) -> act.Actor | None:
    """The actor ACLED's full name names ('Military Forces of Ukraine (2019-)'), as the actor tables know it."""
    whole = [m.actor for m in act.actors_in(name) if m.start == 0] if name else []
    return whole[0] if whole else None
