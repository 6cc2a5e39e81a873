"""Events: find the events each sentence reports and code them as ACLED does.

For every sentence of reporting (title, body or quote paragraphs):

1. **Triggers**: words whose lemma names an event ("recapture", "shell", "arrest"),
   from ``lexicon.events.TRIGGERS``; compound modifiers ("riot gear") are not triggers.
2. **Not an event**: a trigger governed by a modal ("would retake"), an intention or
   prediction verb ("preparing to liberate", "expected ... to fall"), "if", a negation,
   a question, a comparison or background ("since", "in 2014", "in the spring",
   "early stages of the war") is recognised and dropped.
3. **Type**: the trigger's kind and the sentence's cues (weapons, who acts on whom:
   armed men on civilians, crowds on police) choose the ACLED sub-event type
   (``taxonomy``); the project's classifier (``classify``) may overrule the rules when
   much surer, except where the rules rest on what it cannot see (``_Coded.firm``), and
   codes alone a trigger the rules cannot. Political interactions get a PLOVER type.
4. **Place**: the most precise settlement named for the event, from ``events.places``;
   with no place of its own, an earlier report of the same kind of event, the paragraph
   or the article gives one (``FallbackPlaces``), and a statement is placed at the seat
   of whoever makes it.
5. **Date**, **actors** (placed in the event's country and year), **fatalities** and
   **attribution** from their own modules.

Every mention keeps its sentence offsets and trigger, so it can be shown in context.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .. import actors as act
from ..attribution import SpeakerMemory, attribute, claim_for_trigger, paragraph_hedges
from ..classify import load_classifier
from ..dates import WEEK, plausible_published, plausible_range, resolve_date, resolve_expression, time_expressions
from ..geo.gazetteer import Gazetteer
from ..lexicon.events import (
    AIR,
    ARMED_WORDS,
    BACKGROUND,
    BACKGROUND_MARKERS,
    CASUALTY_LEMMAS,
    CIVILIAN_TARGET,
    CROWD_VIOLENCE_KINDS,
    DURATION_WORDS,
    EXPLOSIVE,
    FIGHTING_KINDS,
    INFRASTRUCTURE,
    INTENT_LEMMAS,
    INTENTION_PHRASE,
    INTERVENTION,
    LETHAL_FORCE,
    LIGHT_VERBS,
    MODALS,
    NAMED_FIGHTING,
    PERSON_NOUNS,
    PLEDGES,
    POLITICAL_DECISIONS,
    POLITICAL_KINDS,
    POLITICAL_MODALS,
    POLITICAL_TRIGGERS,
    PRONOUN_SUBJECTS,
    REMOTE_WEAPON,
    REPORTING_LEMMAS,
    TARGET_CUE,
    TERRITORY_KINDS,
    TERRITORY_OBJECTS,
    TRIGGERS,
    VICTIM_WORDS,
    VIOLENT_CROWD,
)
from ..models import Article, Claim, DateRange, EventMention, PlaceMention
from ..quantities import fatalities_in
from ..taxonomy import family_of, sub_event
from .places import FallbackPlaces, event_places, is_participle, place_scope
from .triggers import PROTEST_AIM, is_weapons_seizure, triggers_in

UNDATED_LOOKBACK_DAYS = 7  # an undated report of an event places it in the week before publication
MENTION_ID_HEX_CHARS = 16

_B, _E, _V, _P, _R, _S = "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"
KIND_EVENT_TYPES: dict[str, frozenset[str]] = {
    kind: frozenset(types)
    for kind, types in {
        "regain": (_B, _S),
        "capture": (_B, _S),
        "withdraw": (_B, _S),
        "clash": (_B, _V, _R, _E),
        "remote": (_E, _B, _V, _S),
        "explosion": (_E, _B, _V, _S),
        "kill": (_V, _B, _E, _R, _P),
        "violence": (_V, _B, _E, _R, _P, _S),
        "abduct": (_V,),
        "rape": (_V,),
        "arrest": (_S,),
        "grave": (_S, _V),
        "shootdown": (_S, _E),
        "loot": (_S, _R),
        "agreement": (_S,),
        "protest": (_P, _R),
        "riot": (_R, _P),
        "group": (_S,),
        **{kind: () for kind in POLITICAL_KINDS},  # the classifier knows only ACLED's types
    }.items()
}
RULE_BONUS = 0.3  # how much surer than the rules the classifier must be to change their sub-event type
CLASSIFIER_ALONE = 0.5  # how sure the classifier must be to code a trigger the rules cannot
CLASSIFIER_OVERRULES = 0.6  # ... and to overrule the rules at all


@dataclass(frozen=True)
class _Coded:
    kind: str
    sub_event_type: str | None  # None for a political interaction: see plover_type
    actor1: act.Actor | None
    actor2: act.Actor | None
    plover_type: str | None = None
    firm: bool = False  # rests on evidence beyond the sentence, which the classifier cannot see


def find_event_mentions(
    article: Article, sentences: Iterable[tuple[Span, int, str]], places: list[PlaceMention], gazetteer: Gazetteer | None = None
) -> list[EventMention]:
    """Event mentions in the article's parsed sentences ``(sentence, offset, paragraph kind)``.

    With a ``gazetteer``, a political interaction whose clause names no town is placed at
    the seat of the government or organisation acting (ACLED's practice for statements).
    A publication date no report can have (before 1900, after tomorrow) counts as unknown.
    """
    if article.published != plausible_published(article.published):
        article = replace(article, published=None)
    memory = SpeakerMemory()
    fallback = FallbackPlaces(places, gazetteer)
    found: list[EventMention] = []
    previous_date: DateRange | None = None
    previous_paragraph: int | None = None
    for sentence, offset, kind in sentences:
        if offset != previous_paragraph:
            previous_date, previous_paragraph = None, offset
        date = resolve_date(sentence.text, article.published, previous_date)
        hedges = paragraph_hedges(sentence.doc.text)
        after_event = bool(found) and found[-1].start >= offset  # an event earlier in this paragraph
        triggers = triggers_in(sentence)
        toll_only = after_event and _reports_only_a_toll(triggers)
        mentions = [] if toll_only else list(_mentions_in(article, sentence, triggers, offset, kind, places, previous_date, memory, hedges, fallback))
        if not mentions and after_event and found[-1].fatalities is None:
            found[-1] = _with_toll_from_next_sentence(found[-1], sentence.text)
        found.extend(mentions)
        previous_date = date or previous_date
    return found


def _reports_only_a_toll(triggers: list[Token]) -> bool:
    """'Two people were killed and five wounded.': the toll of the event before, not an event.

    Every trigger is a casualty word with no one named as doing it: passive, 'died', or
    a subject that is the victims themselves ('five wounded', 'three civilians died').
    """
    return bool(triggers) and all(
        t.lemma_.lower() in CASUALTY_LEMMAS and all(_is_victims(c) for c in t.children if c.dep_ in ("nsubj", "agent")) for t in triggers
    )


def _is_victims(subject: Token) -> bool:
    return subject.pos_ == "NUM" or subject.lemma_.lower() in VICTIM_WORDS


def _with_toll_from_next_sentence(mention: EventMention, sentence: str) -> EventMention:
    """'A missile hit a building. At least two people were killed.': the toll of the event before."""
    deaths = fatalities_in(sentence)
    if deaths is None or mention.event_type in (None, "Strategic developments"):
        return mention
    return replace(mention, fatalities=deaths)


def _mentions_in(
    article, sentence: Span, triggers: list[Token], offset: int, kind: str, places, date, memory, hedges, fallback: FallbackPlaces
) -> Iterable[EventMention]:
    sentence_claim = attribute(sentence, memory, hedges)
    if sentence.text.rstrip().endswith("?") or INTENTION_PHRASE.search(sentence.text):
        return
    if not triggers:
        return
    background = _background_governors(sentence)
    classified = load_classifier().probabilities(sentence.text)
    seen: set[tuple[str, int, str]] = set()
    for trigger, coded, claim, located in _coded_triggers(sentence, triggers, offset, places, sentence_claim, classified, background):
        family = family_of(coded.sub_event_type, coded.plover_type)
        if coded.sub_event_type is None and coded.actor1 is None and not located:
            continue  # 'The West has adopted heavy sanctions': no one to code and nowhere to put it
        seat = fallback.seat_of(coded.actor1) if coded.sub_event_type is None and not located else None
        if seat is not None:
            located = [(seat, 3)]  # 'The Kremlin accused Britain...': Moscow, not the article's Ukraine
        antecedent = None if located else fallback.antecedent(family)
        if antecedent is not None:
            located = [(antecedent.place, antecedent.geo_precision)]
        elif not located and (kind == "title" or _is_crosshead(sentence)):
            continue  # a headline or crosshead naming no place of its own sums up what the body reports
        elif not located and not _has_own_substance(sentence, trigger):
            continue  # "buildings destroyed, people killed": no place, actor or date of its own to report
        elif not located:
            located = fallback.for_sentence(sentence, offset) or [(None, None)]
        for place, precision in located:
            key = (family, place.place.geonameid if place and place.place else 0, claim.speaker or "")
            if key in seen:
                continue
            seen.add(key)
            when = _date_for(trigger, sentence, background, date, article.published, antecedent.date if antecedent else None)
            if _is_history(when, article.published):
                break  # 'Russian forces captured Izium in early April', in a September report: background
            mention = _mention(article, sentence, offset, kind, trigger, coded, place, precision, when, claim)
            fallback.remember(mention)
            yield mention


def _coded_triggers(sentence: Span, triggers: list[Token], offset: int, places, sentence_claim: Claim, classified, background):
    """The asserted, coded triggers with their claims and own places; those that name a place
    come first, so that one naming none ('the bodies were exhumed from a mass grave in Izium')
    can join the event its sentence places."""
    coded_triggers = []
    for trigger in triggers:
        coded = _code(trigger, sentence, classified)
        if coded is None or not is_asserted(trigger, coded.plover_type if coded.sub_event_type is None else None) or background & {trigger, *trigger.ancestors}:
            continue
        claim = claim_for_trigger(trigger, sentence_claim)
        coded_triggers.append((trigger, coded, claim, event_places(trigger, sentence, offset, places, claim, kind=coded.kind)))
    return sorted(coded_triggers, key=lambda item: not item[3])


HISTORY_DAYS = 45  # an event over by this long before publication is background to the news, not news


CROSSHEAD_MAX_WORDS = 8


def _is_crosshead(sentence: Span) -> bool:
    """'Massive Russian strikes': a short line standing alone as its paragraph, with no full
    stop, heads the paragraphs below it rather than reporting an event of its own."""
    text = sentence.text.strip()
    return text == sentence.doc.text.strip() and len(text.split()) <= CROSSHEAD_MAX_WORDS and not text.endswith((".", "!", "?", "”", '"'))


def _is_history(when: DateRange | None, published: dt.date | None) -> bool:
    return when is not None and published is not None and when.latest < published - dt.timedelta(days=HISTORY_DAYS)


def _has_own_substance(sentence: Span, trigger: Token) -> bool:
    """A sentence naming no place reports an event only if it names who acted or when."""
    acting = [m for m in act.actors_in(sentence.text) if m.actor.side not in ("civilians",)]
    named_actor = any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in trigger.subtree) or any(
        t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree
    )
    return bool(acting or named_actor or time_expressions(sentence.text))


def _background_governors(sentence: Span) -> set[Token]:
    """The words that phrases like "in the spring" or "in 2014" attach to.

    A trigger that is such a word, or lies below one, reports background, not news.
    """
    governors = set()
    for match in BACKGROUND.finditer(sentence.text):
        token = _token_at_char(sentence, match.start())
        while token is not None and token.dep_ != "prep" and token.head.i != token.i:
            token = token.head
        if token is not None and token.dep_ == "prep":
            governor = token.head
            governors.add(governor)
            if governor.dep_ == "conj":
                governors.add(governor.head)  # "have been the subject of fighting, and ... was celebrated during the early stages"
    return governors


def _is_compared(trigger: Token) -> bool:
    """'The strikes were the heaviest since...', 'shelling was heavier than in spring': a comparison, not a report."""
    if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.lemma_ != "be":
        return False
    return any(t.tag_ in ("JJS", "JJR", "RBS", "RBR") for c in trigger.head.children if c.dep_ in ("attr", "acomp") for t in c.subtree)


def is_asserted(trigger: Token, plover_type: str | None = None) -> bool:
    """False for intentions, predictions, hypotheticals, negations and background.

    For a political interaction (its ``plover_type`` given) a decision is the event itself
    ('ordered a mobilisation'), and for a pledge or a threat so is the future: 'will send
    tanks', 'would respond harshly'. 'Would be open to negotiations' is still no talks.
    """
    modals = POLITICAL_MODALS if plover_type in PLEDGES else MODALS
    intents = INTENT_LEMMAS - POLITICAL_DECISIONS if plover_type else INTENT_LEMMAS
    token = trigger
    for depth in range(6):
        children = list(token.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in children):
            return False
        if any(c.dep_ == "neg" or (c.lower_ in ("no", "never") and c.dep_ == "det") for c in children) and depth <= 1:
            return False
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
            return False
        if token is trigger and _is_compared(trigger):
            return False
        if token is not trigger and trigger.pos_ == "NOUN" and token.lemma_.lower() in ("accuse", "allege", "suspect"):
            return False  # 'accused of numerous abuses – torture, rape...': an allegation in general, not an event
        if token is not trigger and token.lemma_.lower() in intents:
            return False
        if token.lower_ in BACKGROUND_MARKERS or any(
            c.dep_ in ("mark", "prep") and c.lower_ in BACKGROUND_MARKERS and c.i < trigger.i for c in children if token is trigger
        ):
            return False
        if token.dep_ in ("acl", "relcl") and any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in children):
            return False
        if _is_purpose(token):
            return False  # 'regrouping in order to attack Kharkiv'
        if token is trigger and _is_long_running(trigger):
            return False  # 'captured the town after months of fighting'
        if (
            token.head.i == token.i
            or token.dep_ in ("acl", "relcl", "appos")
            or (token.dep_ == "advcl" and is_participle(token))
            or (token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING_LEMMAS)
        ):
            break
        token = token.head
    return True


def _is_long_running(trigger: Token) -> bool:
    """'after months of fighting': the background to what is reported, not an event of its own."""
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in DURATION_WORDS


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose: 'in order to attack', 'so as to encircle'."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    return (
        (head.lower_ == "order" and any(t.lower_ == "in" for t in (head.head, *head.lefts)))
        or (head.lower_ == "as" and head.i > 0 and token.doc[head.i - 1].lower_ == "so")
        or any(c.lower_ in ("order", "as") and c.i < token.i and c.dep_ in ("mark", "prep", "advmod") for c in token.children)
    )


def _code(trigger: Token, sentence: Span, classified: dict[str, float]) -> _Coded | None:
    """The rules' coding of the trigger, weighed against the classifier's reading of the sentence.

    The sub-event type is the one with the highest classifier probability, the rules'
    own choice getting ``RULE_BONUS`` on top. Where the rules cannot code the trigger
    (no side to the fighting, say), the classifier's choice stands if it is at least
    ``CLASSIFIER_ALONE`` sure and of an event type the trigger can report.
    """
    kind = TRIGGERS[trigger.lemma_.lower()]
    if trigger.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children):
        kind = "shootdown"  # 'shot down a drone'
    if kind in ("explosion", "capture", "shootdown") and is_weapons_seizure(trigger):
        kind = "shootdown"  # 'defused 55 IEDs', 'seized arms and ammunition': disrupted weapons use
    if kind == "violence" and (REMOTE_WEAPON.search(" ".join(t.text for t in trigger.subtree)) or AIR.search(" ".join(t.text for t in trigger.subtree))):
        kind = "remote"  # 'artillery fire'
    text = sentence.text
    subject = _subject_actor(trigger, sentence, "government" if kind in POLITICAL_KINDS else "police" if kind == "arrest" else "military")
    if kind not in POLITICAL_KINDS:
        subject = _responsible(sentence) or subject or _country_acting(sentence, "police" if kind == "arrest" else "military", announcing=kind == "arrest")
    found = act.actors_in(text)
    trigger_at = trigger.idx - sentence.start_char
    targets = [m.actor for m in found if m.start > trigger_at and TARGET_CUE.search(text[trigger_at : m.start])]
    mentioned = [m.actor for m in found]
    military = [a for a in mentioned if act.is_armed(a) and a not in targets]
    military += [a for a in targets if act.is_armed(a)]  # targets last: never preferred as attacker
    if subject is None and targets and military and military[0] in targets and kind in FIGHTING_KINDS:  # 'strikes on Ukrainian positions': Russia's
        subject = act.opponent_of(military[0])
    if subject is not None and subject.role in ("protesters", "rioters") and kind in CROWD_VIOLENCE_KINDS:
        force = next((a for a in mentioned if a.role in ("police", "military", "fixed")), None)
        return _Coded(kind, "Violent demonstration", act.RIOTERS_HERE, force, firm=True)  # 'protesters set fire to... and clashed with police'
    if subject is not None and subject.role == "civilians" and kind in CROWD_VIOLENCE_KINDS and _is_crowd(trigger):
        victims = _victims_of(trigger)
        if PROTEST_AIM.search(text) or re.search(r"\bdemonstrat\w*", text, re.IGNORECASE):
            return _Coded(
                kind, "Violent demonstration", act.RIOTERS_HERE, victims[0] if victims else None, firm=True
            )  # 'residents burned tyres to demand food'
        return _Coded(
            kind, "Mob violence", act.RIOTERS_HERE, victims[0] if victims else act.CIVILIANS_HERE, firm=True
        )  # 'residents attacked health workers with stones'
    by_rules = _CODERS[kind](trigger, text, subject, military, mentioned) if kind in _CODERS else None
    allowed = {s for s, p in classified.items() if sub_event(s).event_type in KIND_EVENT_TYPES[kind]}
    if by_rules is not None:
        if by_rules.sub_event_type and sub_event(by_rules.sub_event_type).event_type == _E:  # ACLED: remote violence against civilians is still remote violence
            allowed = {s for s in allowed if sub_event(s).event_type != _V}
        if kind in TERRITORY_KINDS or not allowed or by_rules.firm:
            return by_rules
        scores = {s: classified[s] + (RULE_BONUS if s == by_rules.sub_event_type else 0.0) for s in allowed | {by_rules.sub_event_type}}
        best = max(scores, key=scores.__getitem__)
        if best == by_rules.sub_event_type or classified[best] < CLASSIFIER_OVERRULES:
            return by_rules
        return _coded_as(best, kind, subject, military, mentioned)
    best = max(allowed, key=classified.__getitem__, default=None)
    if best is None or classified[best] < CLASSIFIER_ALONE:
        return None
    return _coded_as(best, kind, subject, military, mentioned)


def _coded_as(name: str, kind: str, subject, military, mentioned) -> _Coded:
    """Actors for a sub-event type the classifier chose: the one acting, and its target."""
    event_type = sub_event(name).event_type
    if event_type == "Violence against civilians":
        attacker = (
            subject if act.is_armed(subject) else (military[0] if military else act.GUNMEN_HERE)
        )  # ACLED: an unnamed attacker is an unidentified armed group
        return _Coded(kind, name, attacker, act.CIVILIANS_HERE)
    if event_type in ("Protests", "Riots"):
        return _Coded(kind, name, *_crowd_and_target(name, mentioned))
    if event_type in ("Battles", "Explosions/Remote violence"):
        return _Coded(kind, name, *_attacker_and_target(subject, military, mentioned))
    return _Coded(kind, name, subject or (military[0] if military else None), None)


def _code_regain(trigger, text, subject, military, mentioned) -> _Coded | None:
    if _takes_as_non_state(subject):
        return _Coded("regain", "Non-state actor overtakes territory", subject, _other_side(subject, military))
    if subject is not None and act.is_armed(subject):
        return _Coded("regain", "Government regains territory", subject, _other_side(subject, military))
    return _Coded("regain", "Government regains territory", act.UKRAINE_MILITARY, act.RUSSIA_MILITARY)


def _code_capture(trigger, text, subject, military, mentioned) -> _Coded | None:
    if not act.is_armed(subject):
        return None
    if act.opponent_of(subject) is None and not _takes_ground(trigger):
        return None  # 'police seized a ton of marijuana': a seizure, not territory
    if _takes_as_non_state(subject):
        return _Coded("capture", "Non-state actor overtakes territory", subject, _other_side(subject, military))
    return _Coded("capture", "Government regains territory", subject, _other_side(subject, military))


def _takes_ground(trigger: Token) -> bool:
    """Whether what is taken is ground: a named place or a word for one ('seized the town', 'took control')."""
    if trigger.dep_ in ("acl", "relcl"):
        return False  # 'an area controlled by the gang': a state of affairs, not an event
    taken = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in TERRITORY_OBJECTS for c in taken for t in c.subtree)


def _takes_as_non_state(actor: act.Actor | None) -> bool:
    """ACLED codes ground taken by a rebel or militia, and by Russia in Ukraine, as a non-state actor's."""
    return actor is not None and (actor.side == "Russia" or actor.role == "unidentified" or (actor.role == "group" and actor.inter != act.STATE_FORCES))


def _other_side(actor: act.Actor | None, military: list[act.Actor]) -> act.Actor | None:
    """The other party to a fight: the war's opponent, else another armed actor the sentence names."""
    return act.opponent_of(actor) or next((a for a in military if actor is None or a.side != actor.side), None)


def _code_withdraw(trigger, text, subject, military, mentioned) -> _Coded | None:
    withdrawer = subject or _actor_near(trigger) or (military[0] if len(military) == 1 else None)
    if withdrawer is None or act.opponent_of(withdrawer) is None:
        return None
    return _Coded("withdraw", "Non-violent transfer of territory", act.opponent_of(withdrawer), withdrawer)


def _code_clash(trigger, text, subject, military, mentioned) -> _Coded | None:
    """Armed forces fighting each other; armed men beating civilians is an attack, and
    a fight among unarmed people (villagers, rival party supporters) is mob violence."""
    actor1 = subject if act.is_armed(subject) else (military[0] if military else None)
    other = _other_side(actor1, military)
    crowd = [a for a in mentioned if a.role in ("civilians", "protesters", "rioters")]
    if actor1 is not None and other is None and crowd:
        return _Coded("clash", "Attack", actor1, act.CIVILIANS_HERE)
    if actor1 is None and (crowd or (_is_crowd(trigger) and not military)) and act.opponent_of(subject) is None:
        return _Coded("clash", "Mob violence", act.RIOTERS_HERE, act.CIVILIANS_HERE)  # 'members of two parties clashed', no one armed
    return _Coded("clash", "Armed clash", actor1, other, firm=trigger.lemma_.lower() in NAMED_FIGHTING and actor1 is not None and other is not None)


def _code_remote(trigger, text, subject, military, mentioned) -> _Coded | None:
    lemma = trigger.lemma_.lower()
    if lemma == "attack" and any(c.lower_ in ("bomb", "truck", "car", "suicide") for c in trigger.children):
        return _code_explosion(trigger, text, subject, military, mentioned)
    if lemma == "attack" and not (REMOTE_WEAPON.search(text) or AIR.search(text) or INFRASTRUCTURE.search(text)):
        return _code_attack(trigger, text, subject, military, mentioned)
    if lemma == "bomb" and trigger.pos_ == "NOUN" and not AIR.search(text):
        return _code_explosion(trigger, text, subject, military, mentioned)  # 'a bomb inside a shop detonated'
    if lemma in ("shell", "shelling"):
        sub = "Shelling/artillery/missile attack"  # 'shelled X amid the overflight of drones': the verb names the weapon
    elif lemma in ("airstrike", "bomb", "bombing") or AIR.search(text):
        sub = "Air/drone strike"  # 'the army bombed militant targets': from the air
    else:
        sub = "Shelling/artillery/missile attack"
    named = lemma in ("airstrike", "bombardment", "shelling", "shell", "bomb", "bombing") or AIR.search(" ".join(t.text for t in trigger.subtree))
    return _Coded("remote", sub, *_attacker_and_target(subject, military, mentioned), firm=bool(named))  # 'killed by an airstrike': ACLED codes the weapon


def _code_attack(trigger, text, subject, military, mentioned) -> _Coded | None:
    attacked = _victims_of(trigger)
    if attacked and act.is_armed(attacked[0]) and (subject is None or attacked[0].side != subject.side):
        return _Coded(
            "clash", "Armed clash", subject if act.is_armed(subject) else None, attacked[0], firm=not _names_weapons(text)
        )  # 'armed men attacked two police agents'
    if CIVILIAN_TARGET.search(text) or (attacked and attacked[0].role == "civilians"):
        attacker = subject if act.is_armed(subject) else (military[0] if military else None)
        return _Coded("kill", "Attack", attacker, act.CIVILIANS_HERE)
    if act.is_armed(subject) and _other_side(subject, military) is not None:
        return _code_clash(trigger, text, subject, military, mentioned)
    return None  # 'armed men attacked a group of three men': the classifier weighs who was attacked


def _code_explosion(trigger, text, subject, military, mentioned) -> _Coded | None:
    lowered = text.lower()
    if "suicide" in lowered:
        sub = "Suicide bomb"
    elif "grenade" in lowered:
        sub = "Grenade"
    elif EXPLOSIVE.search(text) or not REMOTE_WEAPON.search(text):
        sub = "Remote explosive/landmine/IED"
    else:
        sub = "Shelling/artillery/missile attack"
    return _Coded("explosion", sub, *_attacker_and_target(subject, military, mentioned))


def _code_kill(trigger, text, subject, military, mentioned) -> _Coded | None:
    victims = _victims_of(trigger)
    attacker = subject if act.is_armed(subject) else None
    if victims and act.is_armed(victims[0]) and (attacker is None or victims[0].side != attacker.side):
        return _Coded("kill", "Armed clash", attacker, victims[0], firm=not _names_weapons(text))  # 'gunmen assassinated a QSD member'
    if act.CIVILIANS_HERE not in mentioned and not (attacker is not None and trigger.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trigger.children)):
        return None  # 'soldiers executed two members of the Fulani community': armed men killing the unarmed is an attack
    attacker = subject if act.is_armed(subject) else (military[0] if military else None)
    return _Coded("kill", "Attack", attacker, act.CIVILIANS_HERE)


def _names_weapons(text: str) -> bool:
    """Heavy weapons, explosives or aircraft: ACLED codes by the weapon, so the classifier may weigh in."""
    return bool(REMOTE_WEAPON.search(text) or EXPLOSIVE.search(text) or AIR.search(text))


def _is_crowd(trigger: Token) -> bool:
    """Whether the trigger's subject is a crowd of people ('residents', 'a group of people', 'youths'), not one person."""
    for child in trigger.children:
        if child.dep_ == "nsubj":
            words = {t.lower_ for t in child.subtree}
            if words & ARMED_WORDS:
                return False  # 'LNA forces', 'ethnic militias', 'criminal groups': armed, not a crowd
            return child.tag_ in ("NNS", "NNPS") or bool(words & {"group", "mob", "crowd", "dozens", "hundreds"})
    return False


def _victims_of(trigger: Token) -> list[act.Actor]:
    """The actors a violent verb acts on: its object, passive subject, or the object of 'at'/'on' ('opened fire on a civilian vehicle')."""
    phrases = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    phrases += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "against") for o in c.children if o.dep_ == "pobj"]
    if trigger.lower_ == "fire" and trigger.head.pos_ == "VERB":  # 'opened fire on': the preposition hangs from 'opened'
        phrases += [o for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") for o in c.children if o.dep_ == "pobj"]
    found = [m.actor for phrase in phrases for m in act.actors_in(" ".join(t.text for t in phrase.subtree))]
    if found:
        return found
    shared = [o for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"]  # 'shot and killed a policewoman'
    return [m.actor for phrase in shared for m in act.actors_in(" ".join(t.text for t in phrase.subtree))]


def _acts_on_a_person(trigger: Token) -> bool:
    """The verb's object or passive subject is an unarmed person ('a local leader of Jubo League')."""
    return any(c.lemma_.lower() in PERSON_NOUNS for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))


def _code_violence(trigger, text, subject, military, mentioned) -> _Coded | None:
    """'Gunmen wounded a civilian' is an attack on civilians; 'soldiers shot two rebels', a clash."""
    attacker = subject if act.is_armed(subject) else None
    victims = _victims_of(trigger)
    if attacker is not None and not victims and _acts_on_a_person(trigger):
        return _Coded("violence", "Attack", attacker, act.CIVILIANS_HERE)  # 'a local leader was stabbed to death by assailants'
    if attacker is None or not victims:
        return None
    if victims[0].role == "civilians":
        return _Coded("violence", "Attack", attacker, act.CIVILIANS_HERE)
    if act.is_armed(victims[0]) and victims[0].side != attacker.side:
        return _Coded("violence", "Armed clash", attacker, victims[0], firm=not _names_weapons(text))
    return None


def _fixed(kind: str, sub: str, default_actor2: act.Actor | None = None, default_actor1: act.Actor | None = None):
    """A sub-event type the trigger alone decides; the actor is the subject, else (when a default
    is given: the police who arrest) the default, else the first armed actor named."""

    def code(trigger, text, subject, military, mentioned) -> _Coded:
        police = [a for a in military if a.role in ("police", "fixed")]  # 'the Russian national guard ... arrested'
        actor1 = subject or (police[0] if police and default_actor1 else None) or default_actor1 or (military[0] if military else None)
        return _Coded(kind, sub, actor1, default_actor2)

    return code


def _attacker_and_target(subject, military, mentioned) -> tuple[act.Actor | None, act.Actor | None]:
    attacker = subject if act.is_armed(subject) else (military[0] if military else None)
    others = [a for a in military if attacker is None or a.side != attacker.side]
    if attacker is None and others:
        attacker = act.opponent_of(others[0])
    target = act.CIVILIANS_HERE if act.CIVILIANS_HERE in mentioned else (others[0] if others else None)
    return attacker, target


def _crowd_and_target(sub_event_type: str, mentioned: list[act.Actor]) -> tuple[act.Actor | None, act.Actor | None]:
    """ACLED: a protest's actor1 is its protesters, a riot's its rioters; the police or army
    that intervene are actor2, and a mob's victims are civilians unless the text names others."""
    force = next((a for a in mentioned if a.role in ("police", "military", "fixed")), None)
    if sub_event(sub_event_type).event_type == "Protests":
        return act.PROTESTERS_HERE, force if sub_event_type != "Peaceful protest" else None
    if sub_event_type == "Mob violence":
        return act.RIOTERS_HERE, force or act.CIVILIANS_HERE
    return act.RIOTERS_HERE, force


def _code_protest(trigger, text, subject, military, mentioned) -> _Coded:
    """Demonstrators who burn, stone or smash (anywhere in the paragraph: 'They threw stones
    at the police.') are rioters in a violent demonstration; a protest the police or army
    break up is 'Protest with intervention'; one met with lethal force, 'Excessive force'."""
    if VIOLENT_CROWD.search(trigger.doc.text):
        return _Coded("protest", "Violent demonstration", *_crowd_and_target("Violent demonstration", mentioned), firm=True)
    forced = any(a.role in ("police", "military", "fixed") for a in mentioned)
    sub = "Peaceful protest"
    if forced and LETHAL_FORCE.search(text):
        sub = "Excessive force against protesters"
    elif (forced and INTERVENTION.search(text)) or (INTERVENTION.search(text) and re.search(r"\bpolice\b", text, re.IGNORECASE)):
        sub = "Protest with intervention"
    said_how = sub != "Peaceful protest" or re.search(r"\bpeaceful(ly)?\b", text, re.IGNORECASE)
    return _Coded("protest", sub, *_crowd_and_target(sub, mentioned), firm=bool(said_how))  # the text says how it went: no classifier overrules it


def _political(plover: str):
    def code(trigger, text, subject, military, mentioned) -> _Coded:
        speaking = next((a for a in mentioned if a.role in ("government", "organisation")), None)
        return _Coded(plover.lower(), None, subject or speaking or (military[0] if military else None), None, plover_type=plover)

    return code


_CODERS = {
    **{plover.lower(): _political(plover) for plover in set(POLITICAL_TRIGGERS.values())},
    "regain": _code_regain,
    "capture": _code_capture,
    "withdraw": _code_withdraw,
    "clash": _code_clash,
    "remote": _code_remote,
    "explosion": _code_explosion,
    "kill": _code_kill,
    "violence": _code_violence,
    "abduct": _fixed("abduct", "Abduction/forced disappearance", act.CIVILIANS_HERE),
    "rape": _fixed("rape", "Sexual violence", act.CIVILIANS_HERE),
    "arrest": _fixed("arrest", "Arrests", act.CIVILIANS_HERE, act.STATE_POLICE),
    "grave": lambda *args: _Coded("grave", "Other", None, None),
    "shootdown": _fixed("shootdown", "Disrupted weapons use"),
    "loot": _fixed("loot", "Looting/property destruction"),
    "agreement": _fixed("agreement", "Agreement"),
    "protest": _code_protest,
    "riot": lambda trigger, text, subject, military, mentioned: _Coded("riot", "Violent demonstration", *_crowd_and_target("Violent demonstration", mentioned)),
}


def _subject_actor(trigger: Token, sentence: Span, role: str = "military") -> act.Actor | None:
    """The actor named by the trigger's subject, agent or possessor (for nouns); a country named
    as the actor ("Ukraine recaptured", "Germany pledged") stands for its ``role``.

    A political interaction named by a noun takes the subject of the verb it hangs from
    ("Blinken arrived for talks", "The Pentagon announced an aid package").
    """
    accused = _accused(trigger)
    if accused is not None:
        return accused
    heads = [trigger]
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        heads.append(trigger.head)  # 'protesters set fire to the building and clashed with police': one subject for both
    if any(c.dep_ == "auxpass" for c in trigger.children) and not any(c.dep_ == "agent" for c in trigger.children):
        heads += [c for c in trigger.children if c.dep_ == "conj" and any(a.dep_ == "agent" for a in c.children)]  # 'beaten and then arrested by the police'
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in LIGHT_VERBS:
        heads.append(trigger.head)  # 'soldiers opened fire', 'militants carried out an attack'
    if role == "government" and trigger.pos_ in ("NOUN", "PROPN"):
        heads += [a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")][:1]
    speaker = _speaker_for_pronoun(trigger)
    if speaker is not None:
        heads.append(speaker)  # 'Britain said it was supplying Ukraine...': 'it' is Britain
    for head in heads:
        if head is not trigger and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            found = act.actors_in(" ".join(t.text for t in head.head.subtree if t.i < head.i))
            if found:
                return found[0].actor  # 'IS snipers targeted and wounded two policemen', parsed as snipers-who-targeted
        for child in head.children:
            if speaker is not None and head is trigger and child.dep_ == "nsubj" and _has_pronoun_owner(child):
                continue  # 'the ministry acknowledged that its troops withdrew': the ministry's troops
            if (child.dep_ in ("nsubj", "poss", "agent", "compound", "amod") and (head is trigger or child.dep_ in ("nsubj", "agent"))) or (
                child.dep_ == "nsubjpass" and head is not trigger and role == "government"
            ):
                phrase = " ".join(t.text for t in (child.subtree if child.dep_ != "agent" else _agent_object(child)))
                found = act.actors_in(phrase)
                if found:
                    return found[0].actor
                named = act.actor_for_name(phrase.replace("'s", "").replace("’s", ""), role)
                if named:
                    return named
    return None


def _speaker_for_pronoun(trigger: Token) -> Token | None:
    """The reporting verb whose subject a pronoun subject of the trigger stands for ('Britain said it would...')."""
    pronoun = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in PRONOUN_SUBJECTS or _has_pronoun_owner(c))), None)
    if pronoun is None or trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return trigger.head


def _has_pronoun_owner(noun: Token) -> bool:
    """'its troops', 'their forces': owned by whoever says so."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in noun.children)


def _accused(trigger: Token) -> act.Actor | None:
    """'Ukraine accused Russian forces of shelling', 'blamed Kyiv for the blast': the accused did it."""
    verb = trigger.head.head if trigger.head.dep_ == "prep" and trigger.head.lower_ in ("of", "for") else None
    if verb is None or verb.lemma_.lower() not in ("accuse", "blame", "charge") or trigger.dep_ not in ("pcomp", "pobj"):
        return None
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    found = act.actors_in(" ".join(t.text for t in accused.subtree)) if accused is not None else []
    return found[0].actor if found else None


def _responsible(sentence: Span) -> act.Actor | None:
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
            text = " ".join(t.text for t in phrase.subtree)
            found = [m.actor for m in act.actors_in(text) if act.is_armed(m.actor)]
            named = found[0] if found else act.actor_for_name(text.replace("'s", "").replace("’s", ""))
            if named is not None:
                return named
    return None


def _country_acting(sentence: Span, role: str = "military", announcing: bool = False) -> act.Actor | None:
    """A country as the subject of a verb that is not reporting: 'Russia fired a wave of missiles...';
    with ``announcing``, of a reporting verb too: 'Russia has announced the arrest of eight people'."""
    for token in sentence:
        if token.dep_ == "nsubj" and (announcing or token.head.lemma_.lower() not in REPORTING_LEMMAS) and token.head.pos_ == "VERB":
            named = act.actor_for_name(token.text, role)
            if named is not None:
                return named
    return None


def _agent_object(agent: Token) -> Iterable[Token]:
    for child in agent.children:
        if child.dep_ == "pobj":
            return child.subtree
    return []


def _actor_near(trigger: Token) -> act.Actor | None:
    """'the retreat of Russian forces': an actor in the trigger's own phrase."""
    phrase = " ".join(t.text for t in trigger.subtree)
    found = act.actors_in(phrase)
    return found[0].actor if found else None


def _date_for(
    trigger: Token, sentence: Span, background: set[Token], carried: DateRange | None, published: dt.date | None, antecedent: DateRange | None = None
) -> DateRange | None:
    """The date of the trigger's own clause; else its antecedent's or the paragraph's; else the week before publication.

    A time expression in another clause ("since the February 24 invasion", or the main
    clause of a sentence whose trigger sits in a relative clause) does not date it.
    """
    in_modifier = any(t.dep_ in ("acl", "relcl") or (t.dep_ == "advcl" and is_participle(t)) for t in [trigger, *trigger.ancestors])
    others = _modifier_clauses(sentence, trigger)
    scopes = [set(trigger.subtree)] if in_modifier else [place_scope(trigger, sentence) - others, set(sentence) - others]
    dates = _sentence_dates(sentence, background, published, carried)
    for scope in scopes:
        for token, resolved in dates:
            if token in scope:
                return resolved
    named = {resolved for token, resolved in dates if not any(a.lower_ in BACKGROUND_MARKERS for a in token.ancestors)}
    if len(named) == 1 and not in_modifier:
        return named.pop()  # 'shot dead a man riding a bicycle in Bucha on 5 March': the parser hung the one date on another clause
    if antecedent is not None:
        return antecedent
    if carried is not None and not in_modifier:
        return carried
    if published is None:
        return None
    return DateRange(published - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), published, WEEK)


def _sentence_dates(sentence: Span, background: set[Token], published: dt.date | None, carried: DateRange | None) -> list[tuple[Token, DateRange]]:
    """The sentence's resolved time expressions, each with the token it starts at, outside background phrases."""
    dates = []
    for found in time_expressions(sentence.text):
        token = _token_at_char(sentence, found[1].start())
        if token is not None and not background & {token, *token.ancestors}:
            resolved = resolve_expression(found, published, carried)
            if resolved is not None:
                dates.append((token, resolved))
    return dates


def _modifier_clauses(sentence: Span, trigger: Token) -> set[Token]:
    """Relative and participle clauses that do not hold the trigger: their dates are their own."""
    return {t for c in sentence if c.dep_ in ("relcl", "acl") and trigger not in c.subtree for t in c.subtree}


def _token_at_char(sentence: Span, local: int) -> Token | None:
    """The token of ``sentence`` starting at or after character ``local`` of the sentence."""
    return next((t for t in sentence if t.idx - sentence.start_char >= local), None)


def _placed(actor: act.Actor | None, place: PlaceMention | None, date: DateRange | None, article: Article) -> act.Actor | None:
    """The actor as ACLED names it where and when the event happened ('Civilians (Yemen)')."""
    if place is None or place.place is None:
        return actor
    year = date.earliest.year if date is not None else article.published.year if article.published else None
    return act.placed(actor, place.place.country_code, year, place.place.country)


def _mention(
    article: Article,
    sentence: Span,
    offset: int,
    kind: str,
    trigger: Token,
    coded: _Coded,
    place: PlaceMention | None,
    precision: int | None,
    date,
    claim: Claim,
) -> EventMention:
    sub = sub_event(coded.sub_event_type) if coded.sub_event_type else None
    start, end = offset + sentence.start_char, offset + sentence.end_char
    trigger_start = offset + trigger.idx
    fatalities = fatalities_in(sentence.text) if sub is not None and sub.event_type != "Strategic developments" else None
    date = plausible_range(date, article.published)
    key = f"{article.article_id}:{start}:{trigger_start}:{place.place.geonameid if place and place.place else ''}:{sub.name if sub else coded.plover_type}"
    return EventMention(
        mention_id=hashlib.sha1(key.encode()).hexdigest()[:MENTION_ID_HEX_CHARS],
        article_id=article.article_id,
        start=start,
        end=end,
        trigger=trigger.text,
        trigger_start=trigger_start,
        event_type=sub.event_type if sub else None,
        sub_event_type=sub.name if sub else None,
        disorder_type=sub.disorder_type if sub else None,
        plover_type=sub.plover if sub else coded.plover_type,
        actor1=_placed(coded.actor1, place, date, article),
        actor2=_placed(coded.actor2, place, date, article),
        place=place,
        geo_precision=precision,
        date=date,
        fatalities=fatalities,
        claim=claim,
        paragraph_kind=kind,
        sentence=article.text[start:end],
    )
