"""Coding: a trigger's kind and the sentence's cues give the ACLED sub-event type and
actors (one coder per kind, ``_CODERS``); the classifier may overrule the rules when
much surer, or code alone a kind the rules leave to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from .. import actors as act
from ..lexicon.events import (
    ACCIDENTAL_BLAST,
    AFTER_LEAVING,
    AFTER_SECURITY_FORCES_ACTED,
    AIMED_AFTER,
    AIMED_SHOTS,
    AIR,
    AIRBORNE_WEAPONS,
    ANGRY_OVER,
    ARMED_MEN_NAMED,
    ARMED_WITH,
    ARMED_WORDS,
    ARMS_GIVEN_UP,
    AT_A_PROTEST,
    BACKGROUND_MARKERS,
    BY_SECURITY_FORCES,
    CAPTIVE_WORDS,
    CAPTIVES,
    CAPTIVES_EXCHANGED,
    CATTLE_DRIVEN_OFF,
    CHEMICAL,
    CIVILIAN_TARGET,
    CIVILIAN_VEHICLES,
    CIVILIAN_VENUE,
    COMING_BACK,
    COMMEMORATION,
    CROWD_AS_OBJECT,
    CROWD_AS_SUBJECT,
    CROWD_ASSAULTED,
    CROWD_NOUNS,
    CROWD_VIOLENCE_KINDS,
    CUSTODY_DEATH,
    DEATHS_TOLD,
    DIRECT_FIRE,
    DISAPPEARED,
    EARLIER_TIME,
    EITHER_SIDES_ACT,
    EXCHANGES_OF_FIRE,
    EXPLOSIVE,
    EXPLOSIVE_DEVICES,
    FENDING_OFF_LEMMAS,
    FIGHTING_KINDS,
    FIGHTING_WORDS,
    FIRE_BOMBS,
    FIRE_BOTH_WAYS,
    FIREARMS,
    FLYING_WEAPONS,
    FOR_AN_EARLIER_PROTEST,
    FORCE_ON_CROWD_KINDS,
    FORCE_OR_VIOLENCE_WORDS,
    FORCES_POSITIONS,
    GOODS,
    GRIEVANCE_WORDS,
    GROUND_AND_AIR,
    GROUND_FIRED,
    GROUND_HELD,
    HAND_GRENADE,
    HANDED_TO_ARMED_MEN,
    HEAVY_WEAPON_WORDS,
    HELD_BY_FORCES,
    HIM_OR_THEM,
    HIT_BY_WHAT_FORCES_FIRED,
    HURT_IN_A_RAID,
    HURT_TOLD,
    HURT_WITH_THE_ARREST,
    HURTING_LEMMAS,
    INFRASTRUCTURE,
    INTERCEPTED_ARMS,
    INTERVENTION,
    INTO_THE_AIR,
    KILLING_OF_ANOTHER_PERSON,
    KIN_OF,
    LABOUR_STRIKE,
    LEFT_THEN_TAKEN,
    LETHAL_FORCE,
    LIVED_IN_PLACES,
    MADE_SAFE,
    MILITARY_FACILITIES,
    MOB_NAMED,
    MUTUAL_BLAME,
    NAMED_FIGHTING,
    NO_FIGHT,
    NO_FIGHT_REPORTED,
    NO_ONE_HURT,
    NOTE_TAG,
    NOTE_TAGS,
    ONE_HAND_LEMMAS,
    PARAGRAPH_DRONES,
    PARAGRAPH_MISSILES,
    PARTY_PEOPLE,
    PHYSICAL_CLASH,
    POLITICAL_CROWD_WORDS,
    POLITICAL_DAYS,
    POLITICAL_KINDS,
    POLITICAL_TRIGGERS,
    PROTEST_FORMS,
    PROTEST_NAMED,
    PROTEST_VICTIMS,
    PROTESTERS_HELD,
    PROTESTING_CROWD,
    RELATION_NOUNS,
    REMEMBRANCE,
    REMOTE_WEAPON,
    REPORTING_LEMMAS,
    RETALIATION_WORDS,
    ROLES_IN_A_DEED,
    SECURITY_FORCES,
    SELF_HARM,
    SHELTERING,
    SHOOTING_LEMMAS,
    SHOTS_FIRED,
    SHOTS_ONLY,
    STATE_ARMED_WORDS,
    STATE_BUILDINGS,
    STATE_KILLING_GRIEVANCE,
    SUFFERED_BY_THE_CROWD,
    SUICIDE,
    SUSPECTED_OF,
    TAKEN_BY_FORCE_LEMMAS,
    TAKING_CONTROL_LEMMAS,
    TARGET_CUE,
    TERRITORY_KINDS,
    THE_CROWD,
    THE_PROTEST_ITSELF,
    THROWING_LEMMAS,
    THROWN_BY_HAND,
    THROWN_EXPLOSIVE,
    TRIGGERS,
    VICTIM_IN_CRIME,
    VIOLENCE_AS_CAUSE,
    VIOLENT_CROWD,
    VIOLENT_CROWD_ACTS,
    WAR_MEANS,
    WARTIME_DEALS,
    WHAT_IT_WAS_ABOUT,
    WORSHIP,
    WRECKING_LEMMAS,
)
from ..parse import paragraph_text, span_text
from ..phrases import ActorSpan, actors_within, sentence_actor_spans, spans_within, text_of
from ..taxonomy import BY_NAME, sub_event
from .agents import (
    acted_on_phrases,
    actor_near,
    acts_on_a_person,
    attacker_and_target,
    country_acting,
    crowd_and_target,
    is_crowd,
    is_someone,
    light_verb_of,
    nominal_subjects,
    objects_and_conjuncts,
    objects_of,
    passive_agent_words,
    responsible,
    retaliating_side,
    subject_actor,
    subject_words,
    told_off_duty,
    victims_of,
    with_a_leading_conjunct,
)
from .reported import clause_of
from .triggers import (
    PROTEST_AIM,
    answer_to_what_came_before,
    armed_men_neutralised,
    blockade_by_armed_men,
    broke_into_property,
    calls_for,
    driven_back,
    drives_out_of_ground,
    drugs_destroyed,
    establishes_control,
    held_by_the_state,
    is_a_walkout,
    is_trigger_use,
    is_weapons_seizure,
    names_people,
    new_holder,
    overturns_the_state,
    people_carried_off,
    raises_a_flag,
    recovers_ground,
    sets_up_a_base,
    sets_upon,
    taken_away_in_the_phrase,
    taken_by_armed_men,
    taken_from_home,
    taken_into_custody,
    takes_ground,
    takes_people,
    took_to_the_streets,
    verb_read_as_modifier,
)

DETECTED = "detected"  # the kind of an event no trigger word names, read by the event detector (``code_detected``)
FACILITY_REACH = 3  # words after an actor phrase to find the facility it owns
PEACEFUL_DEVELOPMENTS = frozenset(
    {"Other", "Change to group/activity", "Agreement", "Headquarters or base established", "Non-violent transfer of territory", "Arrests"}
)  # what no word of fighting can name (disrupted weapons and looting can: 'destroyed an IED', 'raided and looted')
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
        "handover": (_S,),
        "base": (_S,),
        "change": (_S,),
        "protest": (_P, _R),
        "riot": (_R,),  # 'students rioted': never a peaceful protest
        "group": (_S,),
        **{kind: () for kind in POLITICAL_KINDS},  # the classifier knows only ACLED's types
    }.items()
}


TERRITORY_SUB_EVENT_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"})
RULE_BONUS = 0.3  # how much surer than the rules the classifier must be to change their sub-event type


CLASSIFIER_ALONE = 0.5  # how sure the classifier must be to code a trigger the rules cannot


CLASSIFIER_OVERRULES = 0.6  # ... and to overrule the rules at all


@dataclass(frozen=True)
class Coded:
    kind: str
    sub_event_type: str | None  # None for a political interaction: see plover_type
    actor1: act.Actor | None
    actor2: act.Actor | None
    plover_type: str | None = None
    firm: bool = False  # rests on evidence beyond the sentence, which the classifier cannot see


def code(trigger: Token, sentence: Span, classified: dict[str, float]) -> Coded | None:
    """``_coded`` made consistent: a clash needs two armed sides, so armed men against
    civilians is an attack ('soldiers shot and killed a man': ACLED's violence against civilians)."""
    if TRIGGERS.get(trigger.lemma_.lower()) == "protest" and (_a_party_to_a_clash(trigger) or _doing_violence(trigger)):
        return None  # 'clashes between demonstrators and police', 'demonstrators stormed parliament': the crowd's violence is the event, no second one
    if TRIGGERS.get(trigger.lemma_.lower()) == "protest" and _describes_those_acted_on(trigger):
        return None  # 'threw stones at PDP supporters returning from a campaign rally': who was attacked, the attack is the event
    if TRIGGERS.get(trigger.lemma_.lower()) == "protest" and _a_protest_once_joined(trigger):
        return None  # 'arrested dozens for alleged participation in the protests': the protest they are held for, told before
    if TRIGGERS.get(trigger.lemma_.lower()) != "protest" and _describes_who_protested(trigger):
        return None  # 'relatives of a child who was hit by a driver blocked the highway': who protests, not a second event
    coded = _coded(trigger, sentence, classified)
    if coded is not None and coded.sub_event_type in CROWDS_POLICED and coded.actor2 is not None and coded.actor2.role == "military":
        paragraph = paragraph_text(trigger.doc)
        if POLICE_OR_FORCES_UNNAMED.search(paragraph) and not SOLDIERS_NAMED.search(paragraph):
            return replace(coded, actor2=replace(act.STATE_POLICE, country_code=coded.actor2.country_code))  # 'security forces fired tear gas at the crowd'
    if coded is not None and coded.sub_event_type == "Armed clash" and coded.actor2 is not None and coded.actor2.role in ("police", "military"):
        if told_off_duty(sentence.text):
            return replace(
                coded, sub_event_type="Attack", actor2=act.CIVILIANS_HERE
            )  # 'a police officer, apparently off duty, was killed when militants ambushed the bus'
    if (
        coded is not None
        and coded.sub_event_type == "Armed clash"
        and coded.actor2 is not None
        and coded.actor2.role == "civilians"
        and act.is_armed(coded.actor1)
    ):
        coded = replace(coded, sub_event_type="Attack")
        return _as_a_gang_fight(coded) if _one_of_a_gang_killed(coded, trigger) else coded
    if coded is not None and _one_of_a_gang_killed(coded, trigger):
        return _as_a_gang_fight(coded)  # 'The victim was a drug dealer.'
    if coded is not None and coded.sub_event_type and sub_event(coded.sub_event_type).event_type == _E and coded.actor1 in _hurt_by(trigger):
        return replace(coded, actor1=act.opponent_of(coded.actor1) or act.GUNMEN_HERE, actor2=coded.actor1)
    return coded


CROWDS_POLICED = frozenset({"Protest with intervention", "Excessive force against protesters", "Violent demonstration"})
PROTEST_THAT_FOLLOWED = re.compile(r"\b(followed|ensued|erupted|broke\s+out|in\s+response|in\s+reaction)\b", re.IGNORECASE)
POLICE_OR_FORCES_UNNAMED = re.compile(
    r"\bsecurity\s+(forces|personnel|agents|operatives|officers)\b|\bpolice\b", re.IGNORECASE
)  # 'security forces', or police named beside a military that is no actor ('against the military invasion')
SOLDIERS_NAMED = re.compile(
    r"\b(army|soldiers?|troops|gendarm\w*|paramilitar\w*|national\s+guard|rangers|marines|"
    r"(?<!police\sand\s)military(?!\s+(invasion|coup|rule|junta|government|operation|aggression|service|conscription|mobili[sz]ation|draft|regime|court|trial|spending|presence|base|action)))\b",
    re.IGNORECASE,
)  # the state's soldiers named as such: ACLED's police meet a crowd of 'security forces' named no more closely


def _a_named_place_entered(verb: Token) -> bool:
    """'moved into Bunagana', 'entered the town of Kidal': a settlement named, not a zone."""
    entered = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    return any(t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() in ("town", "city", "village") for t in entered)


def _flag_raised_after(verb: Token) -> bool:
    """The assault's doers raised their flag in a verb joined to it ('stormed the village and
    hoisted their flag'): a mark of control ACLED reads as ground taken."""
    return any(raises_a_flag(v) for v in verb.conjuncts)


def _posts_set_up(verb: Token) -> bool:
    """'set up a base', 'set up positions', 'established outposts': a base of one's own."""
    posts = any(c.dep_ == "dobj" and c.lemma_.lower() in ("position", "post", "outpost") for c in verb.children)
    return sets_up_a_base(verb) or (verb.lemma_.lower() in ("set", "establish") and posts)


def _arms_given_up(trigger: Token, sentence: Span) -> bool:
    """Fighters handing over or burning their own weapons ('1,060 MILF combatants handed over their
    firearms', 'burned their weapons at a ceremony'): a group's disarmament, ACLED's change to
    group/activity; not 'soldiers burned weapons seized from militants'."""
    arms = [g for g in objects_and_conjuncts(trigger) if g.lemma_.lower() in ARMS_GIVEN_UP]
    own = any(c.dep_ == "poss" and c.lower_ in ("their", "its", "his") for g in arms for c in g.children)
    return bool(arms) and (own or "ceremony" in sentence.text.lower())


def _hurt_by(trigger: Token) -> list[act.Actor]:
    """The actors a strike killed or wounded, as the sentence tells it: 'two Ukrainian soldiers
    were killed in shelling', 'five Malian soldiers died in an IED explosion' (their forces are
    the target, not the attacker)."""
    verb = next((a for a in islice(trigger.ancestors, 3) if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in HURTING_LEMMAS:
        return []
    hurt = "nsubj" if verb.lemma_.lower() == "die" else "nsubjpass"
    return [a for c in verb.children if c.dep_ == hurt for a in actors_within(c.subtree)]


def _coded(trigger: Token, sentence: Span, classified: dict[str, float]) -> Coded | None:
    """The rules' coding of the trigger, weighed against the classifier's reading of the sentence.

    The sub-event type is the one with the highest classifier probability, the rules'
    own choice getting ``RULE_BONUS`` on top. Where the rules cannot code the trigger
    (no side to the fighting, say), the classifier's choice stands if it is at least
    ``CLASSIFIER_ALONE`` sure and of an event type the trigger can report.
    """
    kind = TRIGGERS[trigger.lemma_.lower()]
    if any(c.lower_ in ("sexual", "sexually") for c in trigger.children):
        kind = "rape"  # 'sexually assaulted a girl', 'sexual violence'
    if kind == "capture" and took_to_the_streets(trigger):
        kind = "protest"  # 'thousands took to the streets of Tel Aviv to demand a hostage deal'
    elif kind == "change" and broke_into_property(trigger):
        kind = "loot"  # 'uniformed men broke into shops and carried off goods'
    elif kind == "protest" and blockade_by_armed_men(trigger):
        kind = "group"  # 'JNIM announced a blockade of Timbuktu'
    elif kind == "protest" and people_carried_off(trigger):
        kind = "abduct"  # 'armed men carried off three aid workers'
    elif kind == "capture" and taken_into_custody(trigger):
        kind = "arrest"  # 'the former prime minister was taken into custody at the airport'
    elif kind == "protest" and held_by_the_state(trigger):
        kind = "arrest"  # 'a TikToker who mocked the governor was held by the DSS'
    elif kind == "capture" and (
        taken_by_armed_men(trigger) or taken_from_home(trigger) or taken_away_in_the_phrase(trigger) or _taken_out_of_sight(trigger, sentence)
    ):
        kind = "abduct"  # 'the 15 passengers taken off a bus by gunmen'
    elif (
        kind == "capture"
        and takes_people(trigger)
        and not takes_ground(trigger)
        and (_armed_subject(trigger) or not is_crowd(trigger) or _men_unnamed(trigger))
    ):
        kind = "abduct"  # 'gunmen seized two Chinese nationals', 'armed men took away five young men': people taken, not ground
    elif kind == "capture" and is_crowd(trigger) and acts_on_a_person(trigger):
        kind = "violence"  # 'residents captured a man accused of theft': a mob, not a taking of ground
    elif kind == "capture" and is_crowd(trigger) and trigger.lemma_.lower() == "occupy" and PROTEST_AIM.search(sentence.text):
        kind = "protest"  # 'students occupied two high schools to demand better transport': a sit-in
    if kind == "violence" and trigger.lemma_.lower() in EXCHANGES_OF_FIRE:
        kind = "clash"  # 'police killed two suspected robbers during a shootout': an exchange of fire is a fight
    if trigger.lemma_.lower() in ("release", "free") and CAPTIVES_EXCHANGED.search(sentence.text):
        kind = "agreement"  # 'Israel freed 183 Palestinian prisoners in return': an exchange (a release alone is 'Other')
    if trigger.lemma_.lower() == "call" and calls_for(trigger):
        kind = "request"  # 'called for a fair tribunal', 'called on NATO to': no phone call
    if driven_back(trigger):
        kind = "clash"  # 'were driven back by military reinforcements': the attack repelled, a fight
    if trigger.lemma_.lower() in ("push", "expel", "oust") and drives_out_of_ground(trigger):
        kind = "capture"  # 'pushed them out of Kobo', 'expelled JNIM militants from the town', 'ousted government troops from Moqokori': ground taken
    elif recovers_ground(trigger):
        kind = "regain"  # 'the army recovered the village of Chai'
    elif establishes_control(trigger):
        kind = "capture"  # 'established full control over Sievierodonetsk'
    if kind == "capture" and not takes_ground(trigger) and any(c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & GOODS for c in trigger.children):
        kind = "loot"  # 'ISWAP fighters seized food supplies from villagers'
    if kind == "loot" and (takes_people(trigger) or sets_upon(trigger) or any(c.dep_ == "dobj" and c.lower_ in HIM_OR_THEM for c in trigger.children)):
        kind = "violence"  # 'set them ablaze', 'burned two suspected thieves': fire set to people is violence, not property destroyed
    if trigger.lemma_.lower() == "raid" and CATTLE_DRIVEN_OFF.search(sentence.text) and not HURT_IN_A_RAID.search(sentence.text):
        kind = "loot"  # 'armed youths raided a cattle camp and drove away 1,000 head of cattle': no one hurt, cattle taken
    if kind == "loot" and any(c.dep_ == "dobj" and c.lemma_.lower() == "effigy" for c in trigger.children):
        kind = "protest"  # 'students burned an effigy of the prime minister': a protest, no destruction
    if kind == "loot" and sets_up_a_base(trigger) and any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children):
        kind = "base"  # 'set up a new base'
    if (
        kind == "capture"
        and trigger.lemma_.lower() in ("move", "advance", "enter")
        and not _a_named_place_entered(trigger)
        and any(_posts_set_up(c) and TRIGGERS.get(c.lemma_.lower()) != "capture" for c in trigger.conjuncts)
    ):  # not 'entered and occupied the MINUSMA camp': a camp taken
        kind = "base"  # 'moved into the buffer zone and set up positions': a base, not a town taken from anyone
    if kind == "shootdown" and drugs_destroyed(trigger):
        kind = "loot"  # 'military police dismantled a cocaine lab': property destroyed, to ACLED
    if kind == "clash" and trigger.pos_ == "VERB" and _flag_raised_after(trigger):
        kind = "capture"  # 'JNIM militants stormed the village of Dioura and hoisted their flag over the town hall': ground taken
    if trigger.lemma_.lower() == "strike" and ((LABOUR_STRIKE.search(sentence.text) and not WAR_MEANS.search(sentence.text)) or is_a_walkout(trigger)):
        kind = "protest"  # 'striking workers rallied outside the company', 'held its weekly climate strike'
    if armed_men_neutralised(trigger):
        kind = "kill"  # 'the army neutralised 12 terrorists'
    if trigger.lemma_.lower() == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in trigger.children):
        kind = "shootdown"  # 'shot down a drone'
    if kind in ("handover", "loot") and _arms_given_up(trigger, sentence):
        return Coded(
            "change", "Change to group/activity", subject_actor(trigger, sentence), None, firm=True
        )  # 'PKK fighters burned their weapons at a ceremony'
    if overturns_the_state(trigger):
        return Coded("group", "Other", subject_actor(trigger, sentence), None, firm=True)  # 'soldiers deposed President Kabore': a coup
    if kind == "capture" and any(c.dep_ == "dobj" and c.lemma_.lower() == "power" for c in trigger.children):
        return Coded("group", "Other", subject_actor(trigger, sentence), None, firm=True)  # 'soldiers seized power in Niger': a coup (ACLED's 'Other')
    if trigger.lemma_.lower() in ("destroy", "neutralise", "neutralize", "intercept") and (_by_air_defences(trigger) or _weapons_in_flight_destroyed(trigger)):
        kind = "shootdown"  # 'Russian air defences destroyed 18 Ukrainian drones', 'the navy destroyed three sea drones': weapons stopped in flight
    if trigger.lemma_.lower() in ("repel", "repulse") and _an_attack_from_the_air(trigger):
        kind = "shootdown"  # 'air defence units repelled a massive drone attack': weapons stopped, no battle
    seized = (
        kind in ("explosion", "capture", "shootdown") or (kind == "violence" and trigger.pos_ == "VERB") or (kind == "remote" and trigger.pos_ == "NOUN")
    ) and is_weapons_seizure(trigger)  # 'destroyed an unexploded shell', 'found two rockets'
    detonated = trigger.lemma_.lower() == "detonate" or trigger.head.lemma_.lower() == "detonate"
    seized = seized and (
        not detonated or bool(MADE_SAFE.search(sentence.text))
    )  # 'militants detonated a device': an attack; 'sappers detonated an unexploded shell': made safe
    if seized or (kind == "explosion" and ACCIDENTAL_BLAST.search(sentence.text)):
        kind = "shootdown"  # 'defused 55 IEDs', 'seized arms and ammunition', 'an IED exploded by mistake': disrupted weapons use
    elif kind in ("remote", "clash", "violence", "kill") and _with_an_explosive_device(trigger):
        kind = "explosion"  # 'a mine attack against a convoy', 'ambushed with explosives', 'their vehicle hit a bomb'
    weapons_told = SUPPORT_GIVEN.sub(
        "", LABOUR_STRIKE.sub("", text_of(trigger.subtree) + " " + text_of(_doers_of_a_noun(trigger)))
    )  # 'shot dead a youth who had joined a flash strike': no air strike; 'troops, supported by aircraft, pushed them back': the troops' fire
    if kind == "violence" and (REMOTE_WEAPON.search(weapons_told) or AIR.search(weapons_told)):
        kind = "remote"  # 'artillery fire'
    elif kind == "remote" and trigger.lemma_.lower() == "hit" and HELD_OR_SMALL_ARMS.search(weapons_told) and not REMOTE_WEAPON.search(weapons_told):
        kind = "violence"  # 'was hit by gunfire', 'hit by a bullet', 'hit them with rocks': shot or struck, not shelled
    if kind not in POLITICAL_KINDS and (_a_grievance(trigger) or _what_someone_is_suspected_of(trigger) or _describes_someone_by_an_earlier_act(trigger)):
        return None  # 'protesters angered by the port explosion four days earlier', 'people suspected of taking part in the 8 January attacks
    if kind == "arrest" and (_describes_someone(trigger) or _protested_against(trigger)) and not CUSTODY_DEATH.search(sentence.text):
        return None  # 'relatives of a man who was detained protested', 'people missing under state detention': who they are, not the news
    text = sentence.text
    subject, military, mentioned = _parties(trigger, sentence, kind)
    if kind == "abduct" and TRIGGERS[trigger.lemma_.lower()] == "capture" and subject is not None and subject.role in ("police", "military"):
        kind = "arrest"  # 'soldiers seized two suspects': the state takes people into custody
    if kind == "withdraw" and (subject is None or subject.role == "civilians") and (_fled_somewhere(trigger) or trigger.lemma_.lower() == "displace"):
        return Coded(
            kind, "Other", act.CIVILIANS_HERE, None, firm=True
        )  # 'hundreds of families fled their homes after militants attacked': ACLED's displacement
    if kind in CROWD_VIOLENCE_KINDS and MOB_NAMED.search(text):
        victims = victims_of(trigger)
        return Coded(kind, "Mob violence", act.RIOTERS_HERE, victims[0] if victims else act.CIVILIANS_HERE, firm=True)  # 'killed in a mob justice attack'
    if kind in CROWD_VIOLENCE_KINDS and _fought_bare_handed(trigger, text) and not _done_by_the_state(trigger, subject):
        sub = "Violent demonstration" if _a_crowd_protesting(trigger, text) else "Mob violence"
        return Coded(kind, sub, act.RIOTERS_HERE, _crowds_target(trigger, sub, mentioned), firm=True)  # 'pelted riot police with Molotov cocktails'
    if subject is not None and subject.role == "rioters" and kind in CROWD_VIOLENCE_KINDS and not _a_crowd_protesting(trigger, text):
        return Coded(kind, "Mob violence", act.RIOTERS_HERE, _crowds_target(trigger, "Mob violence", mentioned), firm=True)  # 'a mob lynched a man'
    if kind == "clash" and TRIGGERS[trigger.lemma_.lower()] == "clash" and _between_crowd_and_others(trigger):
        return Coded(kind, "Violent demonstration", act.RIOTERS_HERE, crowd_and_target("Violent demonstration", mentioned)[1], firm=True)
    if subject is not None and subject.role in ("protesters", "rioters") and kind in CROWD_VIOLENCE_KINDS:
        force = crowd_and_target("Violent demonstration", mentioned)[1]
        return Coded(kind, "Violent demonstration", act.RIOTERS_HERE, force, firm=True)  # 'protesters set fire to... and clashed with police'
    crowd_as_agent = _done_by_a_crowd(trigger, subject)  # 'a woman was beaten to death by a crowd', 'stabbed to death by people'
    crowd_words = subject_words(trigger) + (passive_agent_words(trigger) if crowd_as_agent else [])
    unnamed_crowd = subject is None and any(t.lemma_.lower() in ("crowd", "mob") for t in crowd_words)  # 'a crowd attacked a police station'
    crowd_can_do_it = kind in CROWD_VIOLENCE_KINDS and trigger.lemma_.lower() not in HEAVY_WEAPON_WORDS  # a crowd attacks, it shells nothing
    if (unnamed_crowd or (subject is not None and subject.role == "civilians")) and crowd_can_do_it and (crowd_as_agent or is_crowd(trigger)):
        if _the_crowd_s_guns(text) and not unnamed_crowd:
            return Coded(kind, "Attack", act.GUNMEN_HERE, act.CIVILIANS_HERE)  # '4 men attacked and shot at a doctor': men with guns are armed men, no mob
        sub = "Violent demonstration" if _a_crowd_protesting(trigger, text) else "Mob violence"
        return Coded(
            kind, sub, act.RIOTERS_HERE, _crowds_target(trigger, sub, mentioned), firm=True
        )  # 'residents burned tyres to demand food', 'attacked health workers'
    on_protesters = kind in FORCE_ON_CROWD_KINDS and _force_on_protesters(
        trigger, text, subject or _the_only_force(trigger, subject, military, victims_of(trigger))
    )  # 'French soldiers and Nigerien gendarmes escorting a convoy fired on protesters'
    if on_protesters and _crowd_turned_violent(trigger):
        return Coded(
            kind, "Violent demonstration", *crowd_and_target("Violent demonstration", mentioned), firm=True
        )  # 'police shot dead two protesters after demonstrators threw stones at them'
    if on_protesters:
        lethal = (
            _lethal_force_on_them(text, paragraph_text(trigger.doc))
            or _lethal_force_later(trigger)
            or _lethal_by_its_own_words(trigger, text)
            or (kind != "arrest" and _deaths_told_after(trigger))
        )  # 'Soldiers also fired live bullets at them.'
        sub = "Excessive force against protesters" if kind != "arrest" and lethal else "Protest with intervention"
        return Coded(kind, sub, *crowd_and_target(sub, mentioned), firm=True)  # 'police detained protesters at a rally': the protest is the event
    if kind in ("violence", "kill", "clash") and _at_each_other(trigger) and not THROWN_BY_HAND.search(text) and not PHYSICAL_CLASH.search(text):
        shooters = subject if act.is_armed(subject) else act.GUNMEN_HERE
        return Coded(kind, "Armed clash", shooters, shooters, firm=True)  # 'rival gunmen shot at each other': both sides armed
    means = _named_means(kind, text)
    if means is not None:
        return replace(_coded_as(means, kind, subject, military, mentioned), firm=True)  # 'dropped chlorine gas', 'a suicide bomber'
    by_rules = _CODERS[kind](trigger, text, subject, military, mentioned) if kind in _CODERS else None
    if by_rules is not None and kind in ("abduct", "arrest") and (TRIGGERS[trigger.lemma_.lower()] == "capture" or people_carried_off(trigger)):
        by_rules = replace(by_rules, firm=True)  # people seized or taken away: what happened is said, whatever the classifier reads
    if by_rules is not None and (seized or (kind == "shootdown" and _brought_down(trigger))):
        return replace(by_rules, firm=True)  # 'defused two IEDs', 'shot down 12 cruise missiles': the text names the weapon stopped, no classifier overrules it
    taker = by_rules.actor1 if by_rules is not None and trigger.lemma_.lower() in TAKING_CONTROL_LEMMAS else None
    if (
        by_rules is not None
        and kind in ("capture", "regain")
        and trigger.lemma_.lower() not in TAKEN_BY_FORCE_LEMMAS
        and _taken_without_fighting(text, paragraph_text(trigger.doc), taker)
    ):
        return replace(by_rules, sub_event_type="Non-violent transfer of territory", firm=True)
    allowed = {s for s, p in classified.items() if sub_event(s).event_type in KIND_EVENT_TYPES[kind]}
    if kind in FIGHTING_KINDS - {"violence"}:  # 'militants attacked villages' is no displacement ('fired warning shots' may be 'Other')
        allowed -= PEACEFUL_DEVELOPMENTS
    if kind in ("capture", "regain") and by_rules is None and not takes_ground(trigger):
        allowed -= TERRITORY_SUB_EVENT_TYPES  # 'police took control of the situation': no ground changed hands
    if kind == "clash" and FOUGHT_FOR_CONTROL.search(sentence.text):
        allowed -= TERRITORY_SUB_EVENT_TYPES  # 'fought for control of rural areas': the contest, not its outcome
    if by_rules is not None:
        if by_rules.sub_event_type and sub_event(by_rules.sub_event_type).event_type == _E:  # ACLED: remote violence against civilians is still remote violence
            allowed = {s for s in allowed if sub_event(s).event_type != _V}
        if kind in TERRITORY_KINDS or not allowed or by_rules.firm:
            return by_rules
        scores = {s: classified.get(s, 0.0) + (RULE_BONUS if s == by_rules.sub_event_type else 0.0) for s in allowed | {by_rules.sub_event_type}}
        best = max(scores, key=scores.__getitem__)
        if (
            best == by_rules.sub_event_type
            or classified.get(best, 0.0) < CLASSIFIER_OVERRULES
            or _one_development_for_another(by_rules, best)
            or _beyond_the_text(best, trigger, subject, mentioned)
        ):
            return by_rules
        return _coded_as(best, kind, subject, military, mentioned)
    allowed = {s for s in allowed if not _beyond_the_text(s, trigger, subject, mentioned)}
    best = max(allowed, key=classified.__getitem__, default=None)
    if best is None or classified[best] < CLASSIFIER_ALONE:
        return None
    return _coded_as(best, kind, subject, military, mentioned)


def _beyond_the_text(sub_event_type: str, trigger: Token, subject: act.Actor | None, mentioned: list[act.Actor]) -> bool:
    """A sub-event type the classifier may not give, since the text tells nothing of what it needs."""
    return _force_untold(sub_event_type, trigger) or _no_crowd_for_a_riot(sub_event_type, subject, mentioned) or _ground_held(sub_event_type, trigger)


def _ground_held(sub_event_type: str, trigger: Token) -> bool:
    """Ground changing hands, which the classifier reads in 'control' and 'take', where the
    paragraph says it was held or only fought for: an armed clash, not a capture (not ground
    'captured and briefly held')."""
    if sub_event_type not in TERRITORY_SUB_EVENT_TYPES:
        return False
    paragraph = paragraph_text(trigger.doc)
    return any(not HELD_ONCE_TAKEN.search(paragraph, 0, held.start()) for held in GROUND_HELD.finditer(paragraph))


HELD_ONCE_TAKEN = re.compile(
    r"\b(captured|seized|took|overran|occupied|retook|recaptured|stormed)\s+(\w+\s+){0,3}?and\s+(briefly\s+|then\s+)?$", re.IGNORECASE
)  # 'captured and briefly held the town': held after it was taken


def _force_untold(sub_event_type: str, trigger: Token) -> bool:
    """Force on a protest that the paragraph does not tell: excessive force with no lethal or
    grave force named, an intervention with no word of one. The classifier reads who protested
    ('Resistance Committees ... denouncing the military coup'), and where such crowds were
    often shot at or dispersed, it would code force that this text does not report."""
    paragraph = paragraph_text(trigger.doc)
    if sub_event_type in ("Excessive force against protesters", "Protest with intervention") and (
        _crowd_turned_violent(trigger) or not PROTESTING_CROWD.search(paragraph)
    ):
        return True  # 'demonstrators ... threw stones. Police fired on the crowd, killing 8.': force met a riot; 'fired on residents': no protest
    if sub_event_type == "Excessive force against protesters":
        return not LETHAL_FORCE.search(paragraph)
    if sub_event_type == "Protest with intervention":
        return not (INTERVENTION.search(paragraph) or CROWD_ASSAULTED.search(paragraph))
    return False


def _no_crowd_for_a_riot(sub_event_type: str, subject: act.Actor | None, mentioned: list[act.Actor]) -> bool:
    """A riot the classifier would code where armed men act and no crowd is named ('Israeli
    forces physically assaulted a Palestinian'): soldiers and gunmen are no mob."""
    riot = sub_event_type in ("Mob violence", "Violent demonstration")
    return riot and act.is_armed(subject) and not any(a.role in ("protesters", "rioters") for a in mentioned)


def _one_development_for_another(by_rules: Coded, best: str) -> bool:
    """The classifier would trade one strategic development for another: it reads the whole
    sentence, and 'a mass grave found as the Russian guard reports sweeping arrests' is a grave
    and arrests, each named by its own word, not arrests that are 'Other'."""
    return by_rules.sub_event_type is not None and sub_event(by_rules.sub_event_type).event_type == _S and sub_event(best).event_type == _S


def _doers_of_a_noun(trigger: Token) -> list[Token]:
    """The subject of the light verb a trigger noun is the object of: 'the aviation of the
    aggression launched three raids' (the raids were from the air)."""
    light = light_verb_of(trigger)
    return subject_words(light) if light is not None else []


FOUGHT_FOR_CONTROL = re.compile(r"\b(fought|fighting|clash\w*|battl\w*)\s+(\w+\s+){0,4}?(for|over)\s+(the\s+)?control\b", re.IGNORECASE)
SUPPORT_GIVEN = re.compile(r"\b(supported|backed|aided|assisted|covered)\s+by\s+[^,;.]*|\bwith\s+(the\s+)?(air|aerial|artillery)\s+support\b", re.IGNORECASE)


def _taken_out_of_sight(trigger: Token, sentence: Span) -> bool:
    """'ELN fighters seized two police officers ... and took them to an unknown location': people
    taken where no one knows, armed or not, are abducted."""
    return trigger.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trigger.children) and DISAPPEARED.search(sentence.text) is not None


def _men_unnamed(trigger: Token) -> bool:
    """'men in a pickup truck without plates seized an activist', 'unidentified men snatched ...':
    a few men who take a person are abductors, not a crowd (which names itself: 'a mob', 'residents')."""
    words = {t.lower_ for t in subject_words(trigger)}
    return "men" in words and not words & CROWD_SELF_NAMES


CROWD_SELF_NAMES = frozenset({"crowd", "mob", "residents", "villagers", "locals", "youths", "people", "angry", "irate", "women", "students"})


def _armed_subject(trigger: Token) -> bool:
    """'armed men', 'gunmen', 'militants': whoever the subject is, they bear arms."""
    return any(t.lower_ in ARMED_WORDS or t.lower_ == "armed" for t in subject_words(trigger))


def _weapons_in_flight_destroyed(trigger: Token) -> bool:
    """'destroyed three Russian sea drones', 'neutralised two missiles'; not 'destroyed a drone
    workshop' nor 'drones destroyed three houses'."""
    return trigger.lemma_.lower() in ("destroy", "neutralise", "neutralize") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FLYING_WEAPONS for c in trigger.children
    )


def _brought_down(trigger: Token) -> bool:
    """'shot down a drone', 'downed a helicopter', 'intercepted rockets fired from Gaza' (not 'intercepted a boat')."""
    lemma = trigger.lemma_.lower()
    if _weapons_in_flight_destroyed(trigger):
        return True
    if lemma == "intercept":
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in AIRBORNE_WEAPONS for c in trigger.children)
    return lemma == "down" or (lemma == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in trigger.children))


CLAIM_OF_THOSE_PROTESTING = re.compile(r"\b(who|whose)\s+(\w+\s+)?(claim|say|said|allege|believe)\w*\b", re.IGNORECASE)
GRIEVANCE_CLAIM_REACH = 60  # characters before the trigger
KIN_OF_THOSE_ACTED_ON = re.compile(
    r"\b(relatives|families|family\s+members|friends|mothers|fathers|parents|wives|widows|sons|daughters|colleagues|supporters|followers"
    r"|comrades|classmates|co-workers|neighbou?rs|loved\s+ones)\s+of\s+([\w'-]+\s+){1,4}$",
    re.IGNORECASE,
)  # 'relatives of two sisters [detained for ...]': the people the protesters stand for


def _describes_who_protested(trigger: Token) -> bool:
    """The trigger lies in the subject of a protest ('families who claim their children were
    kidnapped staged a march'), or in a relative clause describing someone in a sentence that
    tells a protest ('friends of a police officer who was shot to death gathered'): it says who
    protested."""
    relative = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"), None)  # 'a child who was hit by a driver'
    sentence = span_text(trigger.sent)
    at = trigger.idx - trigger.sent.start_char
    claimed = CLAIM_OF_THOSE_PROTESTING.search(sentence, max(0, at - GRIEVANCE_CLAIM_REACH), at)
    kin_of_those_acted_on = any(
        word.tag_ == "VBN" and KIN_OF_THOSE_ACTED_ON.search(sentence[max(0, a - GRIEVANCE_CLAIM_REACH) : a]) is not None
        for word in (trigger, *trigger.ancestors)
        if 0 <= (a := word.idx - trigger.sent.start_char)
    )  # 'relatives of passengers abducted during the 28 March attack on the train protested': the attack too
    for word in trigger.sent:
        if word is trigger or TRIGGERS.get(word.lemma_.lower()) != "protest" or not is_trigger_use(word):
            continue  # 'strikes were carried out' carries no placards
        if claimed is not None and word.i > trigger.i:
            return True  # 'families who claim their children have been kidnapped by the PKK continued their sit-in protest', however parsed
        if kin_of_those_acted_on and word.i > trigger.i:
            return True  # 'relatives of people abducted by criminal groups protested', however parsed
        if relative is not None and word not in relative.subtree:
            return True  # the parse may lose the protest's subject, not the clause that describes someone
        verb = word if word.pos_ == "VERB" else (word.head if word.dep_ == "dobj" and word.head.pos_ == "VERB" else None)
        if verb is not None and any(trigger in s.subtree for s in verb.children if s.dep_ == "nsubj" and s is not trigger):
            return True
    return False


def _describes_someone(trigger: Token) -> bool:
    """An arrest told as what someone went through: a clause of a noun ('a man who was
    detained', 'the suspects arrested last week'), or a state ('under state detention')."""
    if trigger.dep_ == "acl" and (trigger.head.pos_ in ("PRON", "DET") or trigger.head.lower_ in ("those", "these")):
        return False  # 'Those detained included two teachers': the arrest itself, told again
    return trigger.dep_ in ("relcl", "acl") or (trigger.dep_ == "pobj" and trigger.head.lower_ == "under")


def _protested_against(trigger: Token) -> bool:
    """'protesting the arrest of 15 activists', 'a rally against the detention of ...': what a protest is about."""
    head = trigger.head
    return head.lemma_.lower() in ("protest", "denounce", "condemn", "decry", "oppose", "demand") or (
        trigger.dep_ == "pobj" and head.lower_ in ("against", "over")
    )


def _as_a_gang_fight(coded: Coded) -> Coded:
    return replace(coded, sub_event_type="Armed clash", actor1=coded.actor1 or act.GUNMEN_HERE, actor2=act.GUNMEN_HERE)


def _one_of_a_gang_killed(coded: Coded, trigger: Token) -> bool:
    """Unnamed armed men attack someone the sentence or the next says was of a gang or in the drug
    trade ('a man was shot dead by two armed individuals. The victim is a drug dealer.'): ACLED
    codes the fight between armed groups."""
    unnamed = coded.actor1 is None or coded.actor1.role == "unidentified"
    return coded.sub_event_type == "Attack" and coded.actor2 == act.CIVILIANS_HERE and unnamed and bool(VICTIM_IN_CRIME.search(_told_from(trigger)))


def _told_from(trigger: Token) -> str:
    """The trigger's sentence and what its paragraph goes on to say."""
    return paragraph_text(trigger.doc)[trigger.sent.start_char :]


def _done_by_a_crowd(trigger: Token, subject: act.Actor | None) -> bool:
    """The passive verb's agent is a crowd: 'by a crowd', 'by a mob', or unarmed people named in
    the plural ('by people', 'by four or five people', 'by a gang of up to 10 youths')."""
    agent = passive_agent_words(trigger)
    words = {t.lower_ for t in agent}
    if not agent or words & ARMED_WORDS or "armed" in words:
        return False
    if words & {"crowd", "mob"}:
        return subject is None or subject.role in ("civilians", "rioters")
    head = next((t for t in agent if t.dep_ == "pobj" and t.head.dep_ == "agent"), None)
    plural = head is not None and (head.tag_ == "NNS" or (head.lemma_.lower() in ("group", "gang") and any(t.tag_ == "NNS" for t in head.subtree)))
    shooting = bool(FIREARMS.search(trigger.sent.text))  # 'shot dead by two men': men who shoot are armed men, no crowd
    return plural and not shooting and subject is not None and subject.role == "civilians"


def _fled_somewhere(trigger: Token) -> bool:
    """'hundreds of families fled their homes', 'residents fled to Goma': people displaced from or
    to somewhere; not 'the herders fled without resistance', the flight of an attack's victims."""
    went = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("from", "to", "into", "across", "towards", "toward")) for c in trigger.children)
    return is_crowd(trigger) and went


def _describes_those_acted_on(trigger: Token) -> bool:
    """A rally people are told coming back from: 'threw stones at PDP supporters returning from a
    campaign rally' (the attack is the event; police detaining 'people staging a demonstration'
    still meet a protest); protesters a toll names ('leaving two protesters dead')."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "leave" and any(c.dep_ in ("oprd", "acomp", "xcomp") for c in trigger.head.children):
        return True  # 'clashed, leaving two protesters dead': the toll of the act told, no protest of its own
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "from" and trigger.head.head.lemma_.lower() in COMING_BACK


def _done_to_protesters(trigger: Token) -> bool:
    """The crowd's violence is aimed at protesters or a rally ('ruling party supporters attacked
    anti-government protesters with sticks'): the crowd is a mob, the protest its victim."""
    return any(
        t.lemma_.lower() in PROTEST_VICTIMS and t.ent_type_ != "DATE" for a in acted_on_phrases(trigger) for t in a.subtree
    )  # not the month of 'On 25 March


def _a_protest_once_joined(trigger: Token) -> bool:
    """'for alleged participation in the protests', 'who had taken part in an earlier protest'."""
    before = paragraph_text(trigger.doc)[trigger.sent.start_char : trigger.idx]
    found = list(FOR_AN_EARLIER_PROTEST.finditer(before))
    return bool(found) and len(before[found[-1].end() :].split()) <= 3


def _without_clauses_of_others(trigger: Token) -> str:
    """The trigger's sentence without the relative clauses that describe something else: 'arrested
    dozens for taking part in the protests [that followed the death of a woman in custody]'."""
    acted_on = objects_of(trigger)
    others = {t.i for r in trigger.sent if r.dep_ == "relcl" and trigger not in r.subtree and r.head not in acted_on for t in r.subtree}
    return " ".join(t.text for t in trigger.sent if t.i not in others)


def _what_someone_is_suspected_of(trigger: Token) -> bool:
    """'warrants against people suspected of taking part in the 8 January attacks', 'a man wanted
    for the bombing', 'held for their involvement in the kidnapping': the deed that describes
    someone, not an event reported here."""
    if _held_for(trigger):
        return True
    child = trigger
    for ancestor in trigger.ancestors:
        if ancestor.lemma_.lower() in SUSPECTED_OF and ancestor.dep_ in ("acl", "amod") and child.dep_ == "prep":
            return True
        if _a_role_held_against_someone(trigger, ancestor, child):
            return True  # 'detained for their involvement in the kidnapping and murder of a man'
        if ancestor.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis"):
            return False  # the clause that reports something
        child = ancestor
    return False


def _held_for(trigger: Token) -> bool:
    """'police arrested a man for beating his wife', 'detained two youths over the stabbing': the
    deed someone is held for, not an act of those who hold him."""
    preposition = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj"):
        return False
    holder = preposition.head
    return preposition.lower_ in ("for", "over") and holder.pos_ == "VERB" and TRIGGERS.get(holder.lemma_.lower()) == "arrest"


def _a_role_held_against_someone(trigger: Token, role: Token, preposition: Token) -> bool:
    """'detained for their involvement in the kidnapping', 'arrested over his role in the bombing':
    the deed is why someone is held, and the arrest is the event; not 'Kyiv denied any involvement
    in the explosion', nor a sentence passed for a role in an attack (history, dropped as such)."""
    is_a_role = role.lemma_.lower() in ROLES_IN_A_DEED and role.dep_ == "pobj" and role.head.lower_ in ("for", "over")
    held = is_a_role and TRIGGERS.get(role.head.head.lemma_.lower()) == "arrest"
    return trigger.pos_ == "NOUN" and held and preposition.dep_ == "prep" and preposition.lower_ == "in"


def _describes_someone_by_an_earlier_act(trigger: Token) -> bool:
    """A participle or relative clause that tells of an earlier day what befell someone ('relatives
    of Lucas Gonzalez, shot dead by police officers days earlier, marched'): who they are, not the news."""
    return trigger.dep_ in ("acl", "relcl") and EARLIER_TIME.search(text_of(trigger.subtree)) is not None


def _a_grievance(trigger: Token) -> bool:
    """'angered by the port explosion', 'outraged over the killing of a student', 'anger at the
    arrests': what stirred people, named as the cause of their feeling."""
    preposition = trigger.head
    if trigger.dep_ != "pobj" or preposition.lower_ not in ("by", "over", "at"):
        return False
    return preposition.head.lemma_.lower() in GRIEVANCE_WORDS


def _with_an_explosive_device(trigger: Token) -> bool:
    """The attack names its device: 'a mine attack', 'a remote explosive attack', 'attacked a
    vehicle with mines', 'ambushed with explosives', 'the vehicle hit a landmine'."""
    for child in trigger.children:
        if child.dep_ in ("compound", "amod") and _an_explosive_device(child):
            return True  # 'a mine attack', 'hand-grenade attack'
        if child.dep_ == "prep" and child.lower_ in ("with", "by") and any(_an_explosive_device(o) for o in child.children if o.dep_ == "pobj"):
            return True
        if child.dep_ == "dobj" and trigger.lemma_.lower() in ("hit", "strike") and child.lower_ in EXPLOSIVE_DEVICES:  # 'a minibus struck a landmine'
            return True
        if child.dep_ == "nsubj" and trigger.lemma_.lower() == "target" and _an_explosive_device(child):
            return True  # 'a remotely detonated explosive targeted the convoy'
        if child.dep_ == "advcl" and _vehicle_ran_over_a_device(child):
            return True  # 'a farmer was killed when his tractor drove over a mine'
    return False


def _vehicle_ran_over_a_device(verb: Token) -> bool:
    """'his tractor drove over a mine', 'their car ran over a landmine', 'stepped on a mine'."""
    over = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "on", "onto") for o in c.children if o.dep_ == "pobj"]
    return verb.lemma_.lower() in ("drive", "run", "roll", "step", "tread", "hit") and any(_an_explosive_device(o) for o in over)


def _an_explosive_device(noun: Token) -> bool:
    """'mines', 'an IED', 'improvised explosive devices', 'hand grenades'."""
    return (
        noun.lower_ in EXPLOSIVE_DEVICES
        or (noun.lemma_.lower() in ("device", "grenade") and any(c.lower_ in ("explosive", "hand") for c in noun.children))
        or noun.lemma_.lower() == "grenade"
    )


def _role_of_states(kind: str, sentence: Span) -> str:
    """Which of a state's bodies a country named as acting stands for: its government in
    politics and in deals between states ('Ukraine and Russia agreed a deal'), its police in
    arrests, its forces in fighting and in the deals of war (a ceasefire, a prisoner swap)."""
    if kind in POLITICAL_KINDS:
        return "government"
    if kind == "arrest":
        return "police"
    if kind == "agreement" and not any(t.lower_ in CAPTIVES or t.lemma_.lower() in WARTIME_DEALS for t in sentence):
        return "government"
    return "military"


def _who_it_came_from(trigger: Token) -> act.Actor | None:
    """'a police patrol came under attack from gunmen', 'came under fire from rioters': the attacker
    is who it came from, not the subject that came under it."""
    if not (trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.head.head.lemma_.lower() == "come"):
        return None
    sources = [o for holder in (trigger, trigger.head.head) for c in holder.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for o in c.subtree]
    return next(iter(actors_within(sources)), None)


def _parties(trigger: Token, sentence: Span, kind: str) -> tuple[act.Actor | None, list[act.Actor], list[act.Actor]]:
    """Who the sentence says acts (the subject, else who is held responsible), the armed actors
    it names (targets last) and every actor it names."""
    if kind not in POLITICAL_KINDS and (_answered_in_retaliation(trigger) or _blamed_on_each_other(trigger)):
        own = actors_within(trigger.subtree)  # 'retaliation for the Israeli bombing of the consulate': only its own phrase names who struck
        return (own[0] if own else None), [a for a in own if act.is_armed(a)], own
    role = _role_of_states(kind, sentence)
    subject = _who_it_came_from(trigger) or subject_actor(trigger, sentence, role)
    if kind not in POLITICAL_KINDS:
        subject = retaliating_side(trigger) or responsible(sentence) or subject or country_acting(trigger, sentence, role, announcing=kind == "arrest")
    found = spans_within(sentence)
    doc = sentence.doc
    if kind in SOURCES_NOT_PARTIES:
        found, subject = _without_sources(found, subject, trigger)
    if kind in ("remote", "explosion"):  # a strike's target is in its own clause: 'hit Kyiv ... after Biden had announced US military aid'
        found = [s for s in found if not _in_a_clause_of_others(doc[s.start], trigger, described=False, conjoined=False, subordinate=True)]
    elif kind in POLITICAL_KINDS:
        found = [
            s
            for s in found
            if not _in_a_clause_of_others(doc[s.start], trigger, subordinate=True)
            and not _a_venue(doc[s.start : s.end])
            and not _in_the_past_of(doc[s.start])
            and not _whom_someone_stands_to(doc[s.start : s.end].root)
        ]
        if kind != "consult":
            found = [s for s in found if not _on_the_receiving_end(doc[s.start : s.end].root, trigger)]
    text_of_doc = paragraph_text(doc)
    targets = [
        s.actor
        for s in found
        if (doc[s.start].idx > trigger.idx and TARGET_CUE.search(text_of_doc[trigger.idx : doc[s.start].idx])) or _owns_a_facility(s, doc)
    ]
    mentioned = [s.actor for s in found]
    allies = _allies_of(subject, trigger, found) if kind not in POLITICAL_KINDS else []
    military = [a for a in mentioned if act.is_armed(a) and a not in targets and a not in allies]
    military += [a for a in targets if act.is_armed(a)]  # targets last: never preferred as attacker
    if subject is None and targets and military and military[0] in targets and kind in FIGHTING_KINDS:  # 'strikes on Ukrainian positions': Russia's
        subject = act.opponent_of(military[0])
    return subject, military, mentioned


SOURCES_NOT_PARTIES = frozenset({"violence", "kill", "remote", "explosion"})  # not a clash, a taking of ground or an arrest: their reporters often did them


def _reports_it(word: Token, trigger: Token) -> bool:
    """The word names who tells of the event, not who took part: the subject of a reporting
    verb the trigger's clause hangs on ('Kharkiv was shelled overnight, Ukraine's military
    said'; not where the parse hangs the trigger on that subject: 'ADF rebels killed 40 people,
    officials said' read as 'rebels [who] killed ... said'), or the source 'according to' whom
    it happened."""
    for child, head in zip((word, *word.ancestors), word.ancestors):
        if child.dep_ == "nsubj" and head.lemma_.lower() in REPORTING_LEMMAS and _told_by(head, trigger) and child not in trigger.ancestors:
            return True
        if child.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
    return False


def _without_sources(found: list[ActorSpan], subject: act.Actor | None, trigger: Token) -> tuple[list[ActorSpan], act.Actor | None]:
    """The sentence's actors without who tells of the attack, when no other armed actor is named:
    'Kharkiv was shelled overnight, Ukraine's military said' was shelled by Ukraine's enemy, not
    by Ukraine; 'two villagers were shot dead, according to the police', by someone unnamed.
    Where the sentence names another side ('the Russian defence ministry said its weapons struck
    Ukrainian army training centres'), the teller may be the attacker and stays, unless the
    clause names its own doer ('Houthi rebels fired missiles at a ship, the US military said')."""
    doc = trigger.doc
    sources = [s for s in found if _reports_it(doc[s.start], trigger)]
    others = [s for s in found if s not in sources]
    if not sources:
        return found, subject
    if subject is not None and all(subject != s.actor for s in sources):
        return others, subject  # 'Houthi rebels fired missiles at a ship, the US military said': the teller was not fired at
    if any(act.is_armed(s.actor) for s in others) or _teller_acts(trigger):
        return found, subject
    teller = sources[0].actor
    return others, subject if subject is not None else (act.opponent_of(teller) if act.is_armed(teller) else None)


def _teller_acts(trigger: Token) -> bool:
    """The clause told names its doer by a pronoun, the teller's own: 'the Russian defence
    ministry said that its forces had carried out strikes', 'the army said it had shelled'."""
    verb = next((a for a in (trigger, *trigger.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")] if verb is not None else []
    return any(t.pos_ == "PRON" for doer in doers for t in doer.subtree)


def _told_by(verb: Token, trigger: Token) -> bool:
    """The trigger's clause is what the reporting verb tells, with a subject of its own ('Kharkiv
    was shelled, the military said'), not what its subject did ('forces claimed to have fired
    artillery shells': the claimer fired)."""
    clause = next((a for a in (trigger, *trigger.ancestors) if a.head == verb and a != verb), None)
    return clause is not None and clause.dep_ in ("ccomp", "parataxis")


def _whom_someone_stands_to(word: Token) -> bool:
    """'Kasparov, an opponent of Vladimir Putin's rule', 'a Putin critic', 'Kyiv's allies': whom a
    person named stands against or with did not act."""
    for child, head in zip((word, *word.ancestors), word.ancestors):
        if head.lemma_.lower() in RELATION_NOUNS and (child.dep_ in ("poss", "compound") or (child.dep_ == "prep" and child.lower_ == "of")):
            return True
    return False


def _in_the_past_of(word: Token) -> bool:
    """'the second call since Putin's attack on Ukraine': who acted in what dates the talks did not hold them."""
    return any(a.dep_ == "prep" and a.lower_ in BACKGROUND_MARKERS for a in word.ancestors)


VENUE_PREPOSITIONS_OF_TALKS = frozenset({"in", "at", "near", "to", "from", "across", "around", "outside"})


def _a_venue(phrase: Span) -> bool:
    """A capital or country named as where talks were held, not who held them: 'visited a square
    in central Kyiv', 'arrived at Moscow'. 'Kyiv said', 'talks with Moscow' name the government."""
    root = phrase.root
    return root.ent_type_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPOSITIONS_OF_TALKS


RECEIVING_LINKS = frozenset({"dobj", "dative", "prep", "pobj", "attr", "oprd", "ccomp", "xcomp"})


def _on_the_receiving_end(word: Token, trigger: Token) -> bool:
    """The phrase is whom the act is aimed at, under the trigger: 'accused Putin of killing',
    'an appeal to the President of Russia', 'aid to Ukraine'; not its subject or owner ('Russia's
    demand', 'EU sanctions'). Talks are between both, so this is not asked of them."""
    branch = _branch_under(word, trigger)
    if branch is not None and branch.dep_ in RECEIVING_LINKS:
        return True
    made_by = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None) if trigger.pos_ == "NOUN" else None  # 'made an appeal to the President'
    branch = _branch_under(word, made_by) if made_by is not None else None
    return branch is not None and branch.dep_ == "prep" and branch.lower_ in ("to", "against", "on", "at", "for", "with", "during")


def _branch_under(word: Token, head: Token) -> Token | None:
    """The child of ``head`` whose subtree holds ``word`` (None if none does)."""
    return next((a for a in (word, *word.ancestors) if a.head == head and a != head), None)


def _answered_in_retaliation(trigger: Token) -> bool:
    """The act is what another act answers: 'a retaliation for bombing the Iranian consulate',
    'in response to the strikes'. Whoever retaliates did not commit it."""
    return any(
        word.dep_ in ("pobj", "pcomp") and word.head.lower_ in ("for", "to") and word.head.head.lemma_.lower() in RETALIATION_WORDS
        for word in islice((trigger, *trigger.ancestors), 3)
    )


def _blamed_on_each_other(trigger: Token) -> bool:
    """The sides trade blame for the act: 'Kyiv and Moscow have traded accusations over a series
    of strikes on the Zaporizhzhia plant'. Neither subject is its attacker by the words alone."""
    return any(
        word.head.lemma_.lower() in MUTUAL_BLAME and word.head.head.lemma_.lower() in ("trade", "exchange") for word in islice((trigger, *trigger.ancestors), 4)
    )


def _in_a_clause_of_others(word: Token, trigger: Token, described: bool = True, conjoined: bool = True, subordinate: bool = False) -> bool:
    """With ``described``, the word lies in a relative clause or an apposition the trigger is not in: 'He visited a
    bridge in Irpin where Russian forces bombed civilians' (Russia's forces made no visit), 'met
    Garry Kasparov - an opponent of Vladimir Putin's rule' (Putin met no one); with ``conjoined``,
    in a second main clause with its own subject ('Kelly urged the U.S. ..., and he accused
    Putin'); with ``subordinate``, in a subordinate clause with its own subject ('hit Kyiv ...
    after Biden had announced US military aid', 'a bomb ... underlined how the Wagner fighters
    have made less progress'). An event's two sides may stand in two
    conjoined clauses ('Al Shabaab withdrew and the army entered') and an attacker's partners in a
    relative clause ('Turkish forces supported by JWS who operates under OPS'): callers say which apply."""
    own_subject = ("conj",) * conjoined + ("advcl", "ccomp") * subordinate
    described_by = ("relcl", "appos") if described else ()
    return any(
        (a.dep_ in described_by or (a.dep_ in own_subject and a.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in a.children)))
        and a != trigger
        and a not in trigger.ancestors
        for a in (word, *word.ancestors)
    )


def _allies_of(subject: act.Actor | None, trigger: Token, found: list) -> list[act.Actor]:
    """The other actors named in the subject's own phrase ('Turkish forces supported by JWS who
    operates under OPS shelled QSD positions'). With no subject found, the first armed actor of the
    phrase is it ('ENDF troops, supported by Eritrean forces, captured Shire from TPLF forces')."""
    heads = [trigger]
    if trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        heads.append(trigger.head)  # 'pro-Hadi and Giants Brigades forces clashed with Houthi forces and took control of'
    phrases = [with_a_leading_conjunct(list(c.subtree)) for head in heads for c in head.children if c.dep_ in ("nsubj", "agent")]
    if not phrases:
        phrases = (
            [words] if (words := subject_words(trigger)) else []
        )  # a subject the parse hung the verb from ('the Giants Brigades, supported by air raids, clashed')
    spans = [(min(t.i for t in phrase), max(t.i for t in phrase)) for phrase in phrases]
    inside = [s.actor for s in found if any(first <= s.start and s.end - 1 <= last for first, last in spans) and not _taken_from(trigger.doc[s.start])]
    if subject is None:
        subject = next((a for a in inside if act.is_armed(a)), None)
    if subject is None or _fight_each_other(trigger, inside):
        return []  # 'the army and the Rapid Support Forces clashed': the subject's parts fight each other
    return [a for a in inside if a != subject] if subject in inside else []


def _fight_each_other(trigger: Token, subjects: list[act.Actor]) -> bool:
    """A state's forces and an armed group as the one subject of 'clashed' or 'fought', with no
    'with' or 'against' naming another side ('police forces and suspected Gulf Clan members
    clashed'); not 'the combined force of KNLA and the PDF fought the military'."""
    reciprocal = trigger.lemma_.lower() in ("clash", "fight", "battle", "skirmish") and not any(
        (c.dep_ == "prep" and c.lower_ in ("with", "against")) or c.dep_ == "dobj" for c in trigger.children
    )
    state = any(a.inter == act.STATE_FORCES for a in subjects)
    return reciprocal and state and any(a.inter != act.STATE_FORCES and act.is_armed(a) for a in subjects)


def _taken_from(word: Token) -> bool:
    """'Ain district (Shabwah) from Houthi forces', misread as a second subject: whom ground is
    taken from or fought against is no ally."""
    return any(
        a.dep_ == "prep" and a.lower_ in ("from", "against") and a.head.lower_ not in ARMED_WORDS for a in word.ancestors
    )  # not 'forces from the 22nd Brigade'


def code_detected(verb: Token, sentence: Span, classified: dict[str, float]) -> Coded | None:
    """A sentence no trigger word speaks for, which the event detector reads as an ACLED event
    ('about 2,500 refugees from Ukraine arrived in Slovakia'): the classifier's sub-event type,
    if it is at least ``CLASSIFIER_ALONE`` sure, with the actors the sentence names."""
    best = max(classified, key=classified.__getitem__, default=None)
    if best is None or classified[best] < CLASSIFIER_ALONE:
        return None
    subject, military, mentioned = _parties(verb, sentence, DETECTED)
    if sub_event(best).event_type == "Protests" and subject is not None and subject.role in ("group", "unidentified"):
        return None  # 'M23 rebels took over the leadership of the local administration': armed men hold no protest
    if (
        sub_event(best).event_type == "Protests"
        and COMMEMORATION.search(sentence.text)
        and not _protesting(sentence.text)
        and not POLITICAL_DAYS.search(sentence.text)
    ):
        return None  # 'thousands gathered in Srebrenica to commemorate the victims': a remembrance with no cause voiced
    if sub_event(best).event_type == "Protests":  # 'took to the streets in Nantes. Police used tear gas': the protest rules say how it went
        return replace(_code_protest(verb, sentence.text, subject, military, mentioned), kind=DETECTED)
    return _coded_as(best, DETECTED, subject, military, mentioned)


TAGGED = "tagged"  # the kind of an event whose note opens with ACLED's tag for it (``code_tagged``)


SUB_EVENT_TYPE_NAMES = {name.lower(): name for name in BY_NAME}


def note_tag(sentence: Span) -> str | None:
    """The sub-event type an ACLED note's opening tag names ('Property destruction: On 18 March,
    ...', 'Displacement: ...'), for the sentence that opens its paragraph; else None."""
    if sentence.start != 0:
        return None
    found = NOTE_TAG.match(span_text(sentence))
    if found is None:
        return None
    tag = found["tag"].lower()
    return NOTE_TAGS.get(tag) or SUB_EVENT_TYPE_NAMES.get(tag)  # 'Headquarters or base established: ...' names it outright


def code_tagged(verb: Token, sentence: Span, sub_event_type: str) -> Coded:
    """The event a tagged note opens with, of the tag's sub-event type, with the actors the sentence names."""
    subject, military, mentioned = _parties(verb, sentence, TAGGED)
    return replace(_coded_as(sub_event_type, TAGGED, subject, military, mentioned), firm=True)


def _force_on_protesters(trigger: Token, text: str, subject: act.Actor | None) -> bool:
    """Police, soldiers or an armed group arresting, beating or dispersing protesters, or people
    at a protest: ACLED codes the protest (with intervention, or excessive force), not an arrest
    or an attack ('Taliban fighters beat women who were protesting', 'gunmen opened fire on a
    peaceful protest')."""
    arrest = (
        TRIGGERS.get(trigger.lemma_.lower()) == "arrest" and trigger.pos_ == "VERB"
    )  # who arrests is the state, named or not ('500 people were arrested for holding placards'); 'against the detention of activists' is an aim
    armed_doers = _armed_subject(trigger) or any(t.lower_ in ARMED_WORDS for t in _doers_of_a_noun(trigger))  # 'Rangers personnel opened fire'
    if not arrest and not armed_doers and (subject is None or not (subject.role in ("police", "military", "fixed") or act.is_armed(subject))):
        return False
    if FOR_AN_EARLIER_PROTEST.search(text):
        return False  # 'detained an activist for taking part in a protest in 2020': an arrest, not a protest broken up
    text = PROTEST_OF_ANOTHER_DAY.sub("", text)  # 'a day after FNDC demonstrations, ... were arrested': no protest was there
    protesters = any(v.role == "protesters" for v in victims_of(trigger))
    gathering = AT_A_PROTEST.search(text)
    if gathering and "vigil" in gathering.group(0).lower() and WORSHIP.search(text):
        gathering = None  # 'killed 21 worshippers during a night vigil at a Catholic church': prayer, no protest
    if gathering and (LONG_AFTER.search(text, 0, gathering.start()) or IT_HAD_ENDED.match(text, gathering.end())):
        gathering = None  # 'shot a party official hours after a rally had ended': no protest was there
    pressing_a_demand = any(
        t.tag_ == "VBG" and t.lemma_.lower() in DEMANDING_LEMMAS for o in trigger.children if o.dep_ in ("dobj", "nsubjpass", "csubjpass") for t in o.subtree
    )  # 'candidates ... demanding appointment letters were lathi-charged'
    return (
        protesters
        or pressing_a_demand
        or bool(gathering)
        or bool(
            re.search(
                r"\b(protest[eo]rs?|demonstrators?|marchers?|(staged|staging|held|holding)\s+(a\s+)?(demonstration|protest|rally|march|sit-in)|(who\s+were\s+)?(protesting|demonstrating|marching|rallying)"
                r"|(on|at|into)\s+(a|an|the)\s+([\w-]+\s+){0,2}(protest|demonstration|rally|march|sit-in|cacerolazo|procession|strike)"  # 'opened fire on a peaceful protest'
                r"|(people|crowds?|youths|men|women|residents|mourners)\s+(who\s+were\s+)?chanting"  # 'shot at people chanting against the government'
                r"|(people|crowds?|youths|men|women|residents|mourners|villagers)\s+(who|that)\s+([\w'-]+\s+){0,16}?(marched|protested|demonstrated|rallied)\b"
                r"|peaceful\s+(gathering|assembly)"  # 'fired at a peaceful gathering'
                r"|holding\s+(a\s+|an\s+|the\s+)?([\w-]+\s+)?(signs?|placards?|banners?|posters?)"
                r"|(tried|trying|attempted|attempting|set\s+out)\s+to\s+(march|protest|demonstrate|rally|stage\s+a|hold\s+a)"
                r"|(who|that)\s+(had\s+|were\s+|have\s+)?(gathered|assembled|rallied)\s+([\w-]+\s+){0,4}?(peacefully|to\s+(protest|demand|denounce|call)|over|against)\b"
                r"|(as|while|when)\s+([\w-]+\s+){0,8}?(protested|demonstrated|rallied|marched|picketed))\b",  # 'as they tried to march to parliament', 'as thousands of teachers demonstrated'
                PROTEST_OF_ANOTHER_DAY.sub("", _trigger_phrase(trigger)),
                re.IGNORECASE,
            )
        )
    )


PROTEST_OF_ANOTHER_DAY = re.compile(
    r"\b(((a|one|two|three|four|five|\d+)\s+(day|days|night|nights|week|weeks)|hours|days|weeks)\s+(after|before)|ahead\s+of|in\s+the\s+run-up\s+to)\s+[^,;.]*",
    re.IGNORECASE,
)  # a protest told as of another day than the act
DEMANDING_LEMMAS = frozenset({"demand", "protest", "denounce", "condemn", "oppose", "reject", "demonstrate", "chant"})


def _trigger_phrase(trigger: Token) -> str:
    """The trigger's words, with the targets of a light verb's object ('opened fire on residents
    protesting ...': the residents hang on 'opened', not on 'fire')."""
    phrase = text_of(
        trigger.head.subtree if verb_read_as_modifier(trigger) else trigger.subtree
    )  # 'police assaulted vendors protesting', 'assaulted' read as the vendors' modifier
    if trigger.dep_ == "dobj":
        targets = [c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")]
        phrase = " ".join([phrase, *(text_of(t.subtree) for t in targets)])
    elif trigger.dep_ == "advcl" and trigger.tag_ == "VBG":
        targets = [c for c in trigger.head.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "against"))]
        phrase = " ".join([phrase, *(text_of(t.subtree) for t in targets)])  # 'used lethal force against marchers, killing 7 people'
    return phrase


def _crowd_turned_violent(trigger: Token) -> bool:
    """The paragraph tells of the demonstrators' own violence: ACLED's violent demonstration,
    whatever force met it. An act either side may do ('beat a', 'attacked the') just after
    the security forces are named is theirs ('police beat a protester to death')."""
    paragraph = paragraph_text(trigger.doc)
    if _acted_violently(paragraph):
        return True
    return any(
        not (EITHER_SIDES_ACT.match(found.group(0)) and SECURITY_FORCES.search(paragraph[max(0, found.start() - FORCES_REACH) : found.start()]))
        and not SHELTERING.search(paragraph[max(0, found.start() - FORCES_REACH) : found.start()])
        and not _violence_of_another_time(paragraph, found)
        for found in VIOLENT_CROWD.finditer(paragraph)
    )


def _violence_of_another_time(paragraph: str, found: re.Match[str]) -> bool:
    """Violence the paragraph tells as what came before or what someone is held for, not the
    crowd's: 'took place following violent clashes between locals and refugees', 'a woman died
    following a clash', 'sentenced for ransacking the school', 'had already generated violent
    demonstrations a few days earlier'; a man who set himself on fire; and the kin who protest
    ('the mothers of soldiers who were killed in Bakhmut protested')."""
    before = paragraph[max(0, found.start() - FORCES_REACH) : found.start()]
    sentence_start = max(paragraph.rfind(". ", 0, found.start()) + 2, 0)
    sentence_end = paragraph.find(". ", found.end())
    sentence = paragraph[sentence_start : sentence_end if sentence_end != -1 else len(paragraph)]
    return bool(VIOLENCE_AS_CAUSE.search(before) or EARLIER_TIME.search(sentence) or SELF_HARM.match(found.group(0)) or KIN_OF.search(before))


FORCES_REACH = 30  # characters before the act in which the forces named are its doers


def _angered_by_the_state(text: str) -> bool:
    """A crowd answering a death in custody or a killing by the police: a riot with a cause
    ('angry youths set fire to a police post after a man died in custody'), not mob violence."""
    return bool(STATE_KILLING_GRIEVANCE.search(text))


def _done_by_the_state(trigger: Token, subject: act.Actor | None) -> bool:
    """The subject is the state's forces, named as an actor or within the subject's words ('a female municipal police officer')."""
    return any(a.inter == act.STATE_FORCES for a in ([subject] if subject else []) + actors_within(subject_words(trigger)))


def _fought_bare_handed(trigger: Token, text: str) -> bool:
    """Violence a mob does, whoever is named doing it: 'physical clashes erupted between activists
    and supporters', stones, bottles or Molotov cocktails thrown and no gun ('unknown assailants
    pelted riot police with Molotov cocktails', 'cult militiamen pelted stones at a car carrying
    soldiers'): ACLED's riot."""
    if FIREARMS.search(text) or REMOTE_WEAPON.search(text):
        return False
    return bool(PHYSICAL_CLASH.search(text)) or (trigger.lemma_.lower() in THROWING_LEMMAS and bool(THROWN_BY_HAND.search(text)))


def _a_crowd_protesting(trigger: Token, text: str) -> bool:
    """A violent crowd that protests, not one whose victims protested ('ruling party supporters
    attacked anti-government protesters': a mob, the protest is its victims). Its own clause
    says so: not the reporter's ('a man was beaten to death by a mob, police said, adding that
    a case had been registered against unidentified people')."""
    told = _own_clause(trigger) + " " + text_of(_doers_up_the_clause(trigger))
    return not _done_to_protesters(trigger) and bool(
        PROTEST_AIM.search(told)
        or PROTEST_FORMS.search(told)
        or re.search(
            r"\bdemonstrat\w*|\bopponents\s+of\b|\bcontest(ing|ed)\s+(\w+\s+){0,3}(results?|elections?|vote|verdict)", told, re.IGNORECASE
        )  # 'opponents of the reservoir project hurled Molotov cocktails'
        or _angered_by_the_state(told)
        or (_their_cause_told_next(trigger) and not acts_on_a_person(trigger))  # not a mob that beat a thief to death
        or (_called_demonstrators_later(trigger) and not acts_on_a_person(trigger))
        or (ANGRY_OVER.search(told) is not None and not acts_on_a_person(trigger))  # 'crowds angry over the fuel price hike stormed the city hall'
        or _turned_on_the_state(trigger)
    )


def _turned_on_the_state(trigger: Token) -> bool:
    """A crowd's violence aimed at the state: its forces or its buildings ('Sonko supporters
    burned vehicles and attacked police with stones', 'PTI supporters stormed the Corps
    Commander's residence'), in the verb or one joined to it. ACLED's violent demonstration,
    not a mob's violence against people among them."""
    if trigger.pos_ != "VERB" or not {t.lower_ for t in subject_words(trigger)} & POLITICAL_CROWD_WORDS:
        return False  # not 'a mob attacked a police station to free a suspect', 'residents stoned police officers who had come to arrest a witch'
    verbs = [trigger, *trigger.conjuncts]
    if any(acts_on_a_person(v) for v in verbs):
        return False
    struck = [t for v in verbs for head in acted_on_phrases(v) for t in head.subtree]
    forces = any(a.role in ("police", "military") for a in actors_within(struck))
    return forces or any(t.lemma_.lower() in STATE_BUILDINGS for t in struck)


DEMONSTRATORS_NAMED = re.compile(r"\b(demonstrators|protesters|protestors)\b", re.IGNORECASE)


def _called_demonstrators_later(trigger: Token) -> bool:
    """A later sentence of the paragraph calls the crowd demonstrators ('his supporters stormed the
    Republican Palace. Security forces fired live rounds; at least 12 demonstrators were killed.')."""
    later = [s for s in trigger.doc.sents if s.start >= trigger.sent.end]
    return any(DEMONSTRATORS_NAMED.search(s.text) for s in later)


def _doers_up_the_clause(trigger: Token) -> list[Token]:
    """The subject of the clause a participle with none of its own hangs from ('demonstrators
    demanding her resignation tried to take over the airport, hurling stones at police')."""
    token = trigger
    for _ in range(3):
        if token.pos_ != "VERB" or nominal_subjects(token) or token.dep_ not in ("advcl", "xcomp", "conj"):
            break
        token = token.head
        if nominal_subjects(token):
            return subject_words(token)
    return []


THEIR_CAUSE = re.compile(r"^\s*They\s+(were|are)\s+(angry|furious|outraged|upset|protesting|demanding|denouncing|calling)\b")


def _their_cause_told_next(trigger: Token) -> bool:
    """The next sentence gives the crowd's cause ('drivers set tyres on fire to block the highway.
    They were angry about increases in tolls.'): a violent demonstration, not a mob."""
    following = next((s for s in trigger.doc.sents if s.start >= trigger.sent.end), None)
    return following is not None and THEIR_CAUSE.match(following.text) is not None


def _own_clause(trigger: Token) -> str:
    """The words of the trigger's own clause, without the reporter's ('..., police said, adding that ...')."""
    return text_of(clause_of(trigger).subtree)


def _protesting(text: str) -> bool:
    """A crowd with a cause: demonstrators, or people demanding or protesting something."""
    return bool(PROTEST_AIM.search(text) or re.search(r"\b(demonstrat\w*|protest\w*|rall(y|ies|ied))\b", text, re.IGNORECASE))


def _named_means(kind: str, text: str) -> str | None:
    """ACLED codes violence by its means where the means is a chemical weapon, a suicide bomber
    or, outside a fight, a grenade or an explosive thrown by hand ('a grenade blast hit a police
    post', 'injured when assailants threw an explosive device'; a rocket-propelled grenade is a
    weapon of battle, a grenade dropped by a drone an air strike)."""
    if kind not in FIGHTING_KINDS:
        return None
    if CHEMICAL.search(text):
        return "Chemical weapon"
    if SUICIDE.search(text):
        return "Suicide bomb"
    used = ARMED_WITH.sub("", text)  # 'gunmen armed with rifles and grenades tried to storm the consulate': carried, not thrown
    if kind != "clash" and (HAND_GRENADE.search(used) or THROWN_EXPLOSIVE.search(used)) and not SHOTS_FIRED.search(text) and not AIR.search(text):
        return "Grenade"
    return None


def _taken_without_fighting(text: str, paragraph: str = "", taker: act.Actor | None = None) -> bool:
    """'took Tessit without a fight', 'entered the town unopposed', 'took control of Kidal after
    the army left' (no fighting named), 'took over the town. No clashes were reported.', and a
    rebel group ``taker`` taking control of a place, in words that say nothing of force, with no
    fighting told anywhere in the paragraph ('M23 fighters overtook Tanda'; not 'seized Goma'):
    ACLED's non-violent transfer of territory. A state's forces taking a
    place are in a battle unless the text says otherwise ('the army re-captured Quissanga')."""
    if NO_FIGHT.search(text) or NO_FIGHT_REPORTED.search(paragraph):
        return True
    rebels = (
        taker is not None and taker.role == "group" and taker.inter != act.STATE_FORCES and act.opponent_of(taker) is None
    )  # not a side of a war ACLED codes as battles
    if rebels and not FIGHTING_WORDS.search(paragraph or text):
        return True
    return bool(AFTER_LEAVING.search(text) or LEFT_THEN_TAKEN.search(text)) and not FIGHTING_WORDS.search(text)


def _owns_a_facility(span: ActorSpan, doc: Doc) -> bool:
    """'an explosion at the Russian military airport', 'the Russian Military Air Base': the
    force whose base is hit is the target. The facility word may follow two more name words."""
    for token in doc[span.end : span.end + FACILITY_REACH]:
        if token.lower_ in MILITARY_FACILITIES:
            return True
        if token.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return False
    return False


def _coded_as(name: str, kind: str, subject, military, mentioned) -> Coded:
    """Actors for a sub-event type the classifier chose: the one acting, and its target."""
    event_type = sub_event(name).event_type
    if event_type == "Violence against civilians":
        attacker = (
            subject if act.is_armed(subject) else (military[0] if military else act.GUNMEN_HERE)
        )  # ACLED: an unnamed attacker is an unidentified armed group
        return Coded(kind, name, attacker, act.CIVILIANS_HERE)
    if event_type in ("Protests", "Riots"):
        return Coded(kind, name, *crowd_and_target(name, mentioned))
    if name == "Suicide bomb":
        return Coded(kind, name, *_bomber_and_target(subject, military, mentioned))
    if event_type in ("Battles", "Explosions/Remote violence"):
        return Coded(kind, name, *attacker_and_target(subject, military, mentioned))
    return Coded(kind, name, subject or (military[0] if military else None), None)


def _code_regain(trigger, text, subject, military, mentioned) -> Coded | None:
    if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in trigger.children) and not takes_ground(trigger):
        return None  # 'to regain control of an oil truck': no ground
    if subject is None and military and len({a.country_code or a.name for a in military}) == 1:
        subject = military[0]  # 'as a result of operations by units of the Battlegroup Centre, Novohrodivka has been liberated'
    if takes_as_non_state(subject):
        return Coded("regain", "Non-state actor overtakes territory", subject, _other_side(subject, military))
    if subject is not None and act.is_armed(subject):
        return Coded("regain", "Government regains territory", subject, _other_side(subject, military))
    return Coded("regain", "Government regains territory", act.STATE_MILITARY, None)  # 'Menaka was retaken': the forces of the event's country


def _code_capture(trigger, text, subject, military, mentioned) -> Coded | None:
    if any(t.lower_ in ("neither", "no", "none") for t in subject_words(trigger)):
        return None  # 'with neither side gaining control': ground no one took
    holder = new_holder(trigger)
    if holder is not None:
        subject = next(iter(actors_within(with_a_leading_conjunct(list(holder)))), None) or (
            military[0] if military else None
        )  # 'Kaya fell to the militants', 'fell to pro-Hadi and Giants Brigades forces'
    ground = takes_ground(trigger)
    if subject is None and ground and _unnamed_armed_subject(trigger):
        subject = act.GUNMEN_HERE  # 'Tuareg fighters took over the town after clashes with the army': not the army
    if subject is None and military and ground:
        subject = military[0]  # a subject the parse lost ('pro-Hadi and Giants Brigades forces clashed ... and took control of'): the first armed actor named
    if subject is None and ground and _passive_without_agent(trigger):
        return Coded("capture", "Non-state actor overtakes territory", None, None)  # 'The outpost was captured': by whom, the sentence before may say
    if not act.is_armed(subject):
        return None
    captives = victims_of(trigger)
    if captives and act.is_armed(captives[0]) and captives[0].side != subject.side and not ground:
        return Coded("clash", "Armed clash", subject, captives[0])  # 'regime forces captured 2 rebels': taken in a fight
    if act.opponent_of(subject) is None and not ground:
        return None  # 'police seized a ton of marijuana': a seizure, not territory
    if takes_as_non_state(subject):
        return Coded("capture", "Non-state actor overtakes territory", subject, _other_side(subject, military))
    return Coded("capture", "Government regains territory", subject, _other_side(subject, military))


def _passive_without_agent(verb: Token) -> bool:
    """'The outpost was captured.': a passive that names no one who did it."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _unnamed_armed_subject(trigger: Token) -> bool:
    """The subject, or the agent of a passive, is armed men no actor name covers ('Tuareg fighters')."""
    agents = [t for c in trigger.children if c.dep_ == "agent" for t in c.subtree]
    phrase = subject_words(trigger) + agents
    words = {t.lower_ for t in phrase}
    return bool(words & ARMED_WORDS) and not words & STATE_ARMED_WORDS and not any(act.is_armed(a) for a in actors_within(phrase))


def takes_as_non_state(actor: act.Actor | None) -> bool:
    """ACLED codes ground taken by a rebel or militia, and by Russia in the war in Ukraine, as a non-state actor's."""
    return actor is not None and (
        (
            act.in_the_war_in_ukraine() and (actor.side == "Russia" or (actor.country_code == "RU" and actor.role == "military"))
        )  # 'units of the Battlegroup Centre'
        or actor.role in ("unidentified", *act.COMMUNAL_ROLES)
        or (actor.role == "group" and actor.inter not in (act.STATE_FORCES, act.EXTERNAL_FORCES))  # AMISOM, MONUSCO: the state's affiliates
    )


def _other_side(actor: act.Actor | None, military: list[act.Actor]) -> act.Actor | None:
    """The other party to a fight: the war's opponent, else another armed actor the sentence names."""
    return act.opponent_of(actor) or next((a for a in military if actor is None or not act.same_party(a, actor)), None)


def _code_withdraw(trigger, text, subject, military, mentioned) -> Coded | None:
    withdrawer = subject or actor_near(trigger) or (military[0] if len(military) == 1 else None)
    if withdrawer is None:
        return None
    gainer = act.opponent_of(withdrawer) or next((a for a in military if a.side != withdrawer.side), None)  # 'handing control to the Tuareg rebels'
    if gainer is None and HANDED_TO_ARMED_MEN.search(text):
        gainer = act.GUNMEN_HERE  # 'withdrew from the town, handing it over to local militias'
    if gainer is None:
        return None
    if trigger.dep_ == "conj" and _an_attempt(trigger.head):
        return Coded("clash", "Armed clash", withdrawer, gainer)  # 'tried to capture a police station but withdrew': an attack that failed
    return Coded("withdraw", "Non-violent transfer of territory", gainer, withdrawer)


def _an_attempt(verb: Token) -> bool:
    """'tried to capture', 'attempted to take', 'launched an operation to regain': what a withdrawal after it undoes."""
    launched = any(c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS for c in verb.children)
    return verb.lemma_.lower() in ("attempt", "try") or (verb.lemma_.lower() in ("launch", "mount", "begin", "start") and launched)


def _at_each_other(trigger: Token) -> bool:
    """'shot at each other', 'fired on one another': the two sides of a fight are the subject's own
    (with sticks or stones, a mob's: 'members of PPP and JUI-F attacked each other with sticks')."""
    if any(t.lower_ in PARTY_PEOPLE for t in subject_words(trigger)):
        return False  # 'Imbonerakure and CNL supporters fought one another': a mob's fight
    words = [t.lower_ for t in trigger.subtree if t.i > trigger.i][:6]
    return any(words[i : i + 2] in (["each", "other"], ["one", "another"]) for i in range(len(words) - 1))


def _code_clash(trigger, text, subject, military, mentioned) -> Coded | None:
    """Armed forces fighting each other; armed men beating civilians is an attack, and
    a fight among unarmed people (villagers, rival party supporters) is mob violence. A clash
    named with its sides ('after a clash between rival groups of workers') is theirs alone,
    not the police's who arrested people after it."""
    sides = [t for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree] if trigger.pos_ == "NOUN" else []
    if sides and subject is None:
        mentioned = actors_within(sides)
        military = [a for a in mentioned if act.is_armed(a)]
    actor1 = subject if act.is_armed(subject) else (military[0] if military else None)
    other = _other_side(actor1, military)
    if other is None and actor1 is not None and act.is_armed(actor1):
        other = next((a for a in mentioned if act.is_armed(a) and not act.same_party(a, actor1)), None)  # 'CJNG and Sinaloa Cartel gunmen fought'
    crowd = [a for a in mentioned if a.role in ("civilians", "protesters", "rioters")]
    if actor1 is not None and other is None and trigger.lemma_.lower() in EXCHANGES_OF_FIRE:
        return Coded("clash", "Armed clash", actor1, act.GUNMEN_HERE, firm=True)  # 'killed two suspected robbers during a shootout': they fired back
    if actor1 is not None and other is None and (crowd or acts_on_a_person(trigger)):
        return Coded("clash", "Attack", actor1, act.CIVILIANS_HERE)  # 'soldiers physically assaulted a Palestinian'
    if actor1 is None and (crowd or (is_crowd(trigger) and not military)) and act.opponent_of(subject) is None:
        if _protesting(_own_clause(trigger)):  # 'an angry crowd stormed the district office ... to protest the killing of a local leader'
            return Coded("clash", "Violent demonstration", *crowd_and_target("Violent demonstration", mentioned))
        return Coded(
            "clash", "Mob violence", act.RIOTERS_HERE, _crowds_target(trigger, "Mob violence", mentioned)
        )  # 'members of two parties clashed', no one armed
    if actor1 is not None and other is not None and _fended_off_by(trigger, actor1):
        actor1, other = other, actor1  # 'pro-Hadi forces thwarted and clashed with Houthi forces': the Houthis attacked
    return Coded("clash", "Armed clash", actor1, other, firm=trigger.lemma_.lower() in NAMED_FIGHTING and actor1 is not None and other is not None)


def _fended_off_by(trigger: Token, actor: act.Actor) -> bool:
    """The actor is the subject of a verb of fending off that the fighting is told with ('repelled
    Houthi forces', 'thwarted and clashed with Houthi forces'): ACLED's actor1 is then the side
    fended off, which attacked. Not where the attacker is told as the agent of the attack ('an
    attack by Taliban militants', ``agents``)."""
    verbs = [trigger, *([trigger.head] if trigger.dep_ == "conj" else []), *(c for c in trigger.children if c.dep_ == "conj")]
    if any(verb.lemma_.lower() in FENDING_OFF_LEMMAS and any(actor in actors_within(s.subtree) for s in nominal_subjects(verb)) for verb in verbs):
        return True
    pushed_back = [v for v in verbs if v.lemma_.lower() in ("push", "drive", "beat") and any(c.dep_ == "auxpass" for c in v.children)]
    return any(actor in actors_within(c.subtree) for v in pushed_back for c in v.children if c.dep_ == "agent")  # 'were pushed back by Ukrainian troops'


def _only_the_struck_named(trigger: Token, military: list[act.Actor]) -> bool:
    """Every armed side the sentence names lies in what the strike hit ('struck the heart of
    Russian military installations', 'targeted Ain al-Asad airbase, which hosts US-led forces'):
    none of them is its author."""
    struck = [p for p in acted_on_phrases(trigger) if p.lemma_.lower() not in INTERCEPTED_ARMS | HEAVY_WEAPON_WORDS]  # not 'Russian missiles were fired'
    hit = {a for phrase in struck for a in actors_within(phrase.subtree)}
    return bool(military) and all(act.same_party(a, military[0]) for a in military) and all(a in hit for a in military)  # one side named, and hit


def _forces_named_by_what_they_hold(trigger: Token) -> bool:
    """The state's forces attacked, named only by their convoy, patrol or post: 'attacked a military
    convoy', 'ambushed an army patrol'."""
    return any(
        o.lemma_.lower() in HELD_BY_FORCES
        and any(c.dep_ in ("amod", "compound") and c.lower_ in ("military", "army", "police", "security") for c in o.children)
        for o in objects_of(trigger)
    )


def _two_unnamed_groups(one: act.Actor, other: act.Actor) -> bool:
    """'armed men shot a member of a rival gang': two armed groups, neither named, may be two."""
    return one.role == other.role == "unidentified"


def _state_first(actor1: act.Actor | None, other: act.Actor | None) -> tuple[act.Actor | None, act.Actor | None]:
    """Fire exchanged ('a drug trafficker exchanged fire with military police') between the
    state's forces and unnamed armed men: ACLED names the state's forces first, since who fired
    first is not told. ('Armed men clashed with police' keeps its order: ACLED's notes do too.)"""
    if actor1 is not None and other is not None and actor1.role == "unidentified" and other.inter in (act.STATE_FORCES, act.EXTERNAL_FORCES):
        return other, actor1
    return actor1, other


def _crowds_target(trigger: Token, sub_event_type: str, mentioned: list[act.Actor]) -> act.Actor | None:
    """Whom a crowd's violence is done to: those it acts on ('lynched a man'), else the police or
    soldiers the sentence names ('villagers clashed with a police team'), else, for a mob, civilians."""
    victims = victims_of(trigger)
    return victims[0] if victims else crowd_and_target(sub_event_type, mentioned)[1]


def _code_remote(trigger, text, subject, military, mentioned) -> Coded | None:
    lemma = trigger.lemma_.lower()
    if lemma == "attack" and trigger.pos_ == "VERB" and SUPPORT_GIVEN.search(text):
        text = SUPPORT_GIVEN.sub("", text)  # 'attacked the base ... after troops, supported by aircraft, pushed them back': no air strike
    if lemma == "attack" and any(c.lower_ in ("bomb", "truck", "car", "suicide") for c in trigger.children):
        return _code_explosion(trigger, text, subject, military, mentioned)
    if lemma == "attack" and not (REMOTE_WEAPON.search(text) or AIR.search(text) or INFRASTRUCTURE.search(text)):
        return _code_attack(trigger, text, subject, military, mentioned)
    if trigger.pos_ == "VERB" and any(c.dep_ == "nsubj" and TRIGGERS.get(c.lemma_.lower()) == "explosion" for c in trigger.children):
        return _code_explosion(trigger, text, subject, military, mentioned)  # 'a second blast hit the city': the blast says what
    if lemma == "bomb" and trigger.pos_ == "NOUN" and not AIR.search(text):
        return _code_explosion(trigger, text, subject, military, mentioned)  # 'a bomb inside a shop detonated'
    attacker, target = attacker_and_target(subject, military, mentioned)
    if subject is None and military and _only_the_struck_named(trigger, military):
        struck = next((a for a in military if a.country_code is not None), military[0])  # the most precisely named ('the 80th brigade of PMF')
        attacker, target = act.opponent_of(struck), struck  # 'missiles struck Russian military installations in Crimea': Russia was hit
    armed_target = act.is_armed(target) or (target is None and FORCES_POSITIONS.search(text) is not None)  # 'fired at army positions'
    if (
        _fought_at_close_range(text, paragraph_text(trigger.doc))
        and act.is_armed(attacker)
        and armed_target
        and not (attacker is not None and target is not None and act.same_party(attacker, target))
    ):
        return Coded("clash", "Armed clash", attacker, target, firm=True)  # 'fired mortars and machine guns at the army's positions', 'the army fired back'
    if lemma in ("shell", "shelling"):
        sub = "Shelling/artillery/missile attack"  # 'shelled X amid the overflight of drones': the verb names the weapon
    elif lemma in ("airstrike", "bomb", "bombing") or AIR.search(text):
        sub = "Air/drone strike"  # 'the army bombed militant targets': from the air
    elif lemma == "strike" and not GROUND_FIRED.search(text) and act.strikes_from_the_air(attacker):
        sub = "Air/drone strike"  # 'an Israeli strike on the Nuseirat camp': the force strikes from the air
    else:
        sub = "Shelling/artillery/missile attack"
    named = lemma in ("airstrike", "bombardment", "shelling", "shell", "bomb", "bombing") or AIR.search(text_of(trigger.subtree))
    return Coded("remote", sub, attacker, target, firm=bool(named))  # 'killed by an airstrike': ACLED codes the weapon


def _fought_at_close_range(text: str, paragraph: str) -> bool:
    """Heavy weapons fired both ways ('a shelling exchange', 'the army fired back') or with the
    guns of a fight in sight ('mortars and machine guns'), nothing from the air; or strikes that
    go with troops on the ground ('artillery strikes and ground operations', 'an operation backed
    by airstrikes'): ACLED's armed clash, shelling and air strikes being one side's fire from afar."""
    if GROUND_AND_AIR.search(text):
        return True
    return not AIR.search(paragraph) and bool(FIRE_BOTH_WAYS.search(paragraph) or DIRECT_FIRE.search(text))


def _code_attack(trigger, text, subject, military, mentioned) -> Coded | None:
    attacked = victims_of(trigger)
    if attacked and act.is_armed(attacked[0]) and (subject is None or attacked[0].side != subject.side or _two_unnamed_groups(subject, attacked[0])):
        attacker = subject if act.is_armed(subject) else next((a for a in military if a.side != attacked[0].side), None)  # a subject the parse lost
        return Coded("clash", "Armed clash", attacker, attacked[0], firm=not _names_weapons(text))  # 'armed men attacked two police agents'
    vehicle = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CIVILIAN_VEHICLES for c in trigger.children)  # 'attacked a bus'
    if (
        CIVILIAN_TARGET.search(text)
        or (attacked and attacked[0].role == "civilians")
        or any(o.lemma_.lower() in LIVED_IN_PLACES for o in objects_of(trigger))  # 'Boko Haram fighters attacked Kerawa village'
        or (vehicle and act.is_armed(subject))
        or (not attacked and acts_on_a_person(trigger))
    ):
        attacker = subject if act.is_armed(subject) else (military[0] if military else None)
        return Coded("kill", "Attack", attacker, act.CIVILIANS_HERE)
    if act.is_armed(subject) and _other_side(subject, military) is not None:
        return _code_clash(trigger, text, subject, military, mentioned)
    if act.is_armed(subject) and subject.inter != act.STATE_FORCES and _forces_named_by_what_they_hold(trigger):
        return Coded("clash", "Armed clash", subject, act.STATE_MILITARY)  # 'the KNDF and the KA attacked a military convoy'
    return None  # 'armed men attacked a group of three men': the classifier weighs who was attacked


def _code_riot(trigger: Token, text: str, mentioned: list[act.Actor]) -> Coded:
    """A riot is a violent demonstration, but prisoners rioting for no cause told are a mob
    ('prisoners rioted in a detainment facility; seven guards were held hostage'), as ACLED
    codes them; not 'inmates rioted to denounce a search of their cells'."""
    doers = {t.lower_ for t in subject_words(trigger)} | {c.lower_ for c in trigger.children if c.dep_ in ("compound", "amod") and trigger.pos_ == "NOUN"}
    if doers & CAPTIVE_WORDS and not _a_crowd_protesting(trigger, text):  # 'a prison riot happened in the Social Rehabilitation Center'
        return Coded("riot", "Mob violence", act.RIOTERS_HERE, _crowds_target(trigger, "Mob violence", mentioned))
    return Coded("riot", "Violent demonstration", *crowd_and_target("Violent demonstration", mentioned))


def _code_explosion(trigger, text, subject, military, mentioned) -> Coded | None:
    """A bomb, a mine or an IED named is a remote explosive; explosions with no device named
    were caused by the weapons the sentence, else its paragraph, names ('Shahed drones flew
    towards Mykolaiv. There were explosions in Mykolaiv.': a drone strike). Petrol bombs thrown
    by people no armed group is named for are a riot ('about 20 people hurled petrol bombs at a
    police station')."""
    if FIRE_BOMBS.search(text) and (subject is None or subject.role in ("civilians", "protesters", "rioters", "unidentified")):
        sub = "Violent demonstration" if _protesting(text) else "Mob violence"
        return Coded("riot", sub, act.RIOTERS_HERE, next((a for a in mentioned if a.role in ("police", "military", "fixed")), None), firm=True)
    lowered = text.lower()
    paragraph = paragraph_text(trigger.doc)
    if "suicide" in lowered:
        sub = "Suicide bomb"
    elif HAND_GRENADE.search(text) or THROWN_EXPLOSIVE.search(text):
        sub = "Grenade"  # ACLED: a thrown explosive is a grenade ('hurled three bombs at a convoy')
    elif EXPLOSIVE.search(text):
        sub = "Remote explosive/landmine/IED"
    elif REMOTE_WEAPON.search(text):
        sub = "Shelling/artillery/missile attack"
    elif AIR.search(text) or (PARAGRAPH_DRONES.search(paragraph) and not EXPLOSIVE.search(paragraph)):
        sub = "Air/drone strike"
    elif PARAGRAPH_MISSILES.search(paragraph) and not EXPLOSIVE.search(paragraph):
        sub = "Shelling/artillery/missile attack"
    else:
        sub = "Remote explosive/landmine/IED"
    if sub == "Suicide bomb":
        return Coded("explosion", sub, *_bomber_and_target(subject, military, mentioned))
    return Coded("explosion", sub, *attacker_and_target(subject, military, mentioned))


def _bomber_and_target(subject, military, mentioned) -> tuple[act.Actor, act.Actor | None]:
    """A suicide bomber is the armed group named as doing it, else an unidentified armed group
    (ACLED's name for an unclaimed bomber); the soldiers or police named are the target ('a
    woman wearing an explosive vest detonated it at a checkpoint, killing two soldiers')."""
    groups = [a for a in military if a.inter not in (act.STATE_FORCES, act.EXTERNAL_FORCES)]
    bomber = subject if act.is_armed(subject) else (groups[0] if groups else act.GUNMEN_HERE)
    forces = [a for a in military if a.side != bomber.side]
    target = act.CIVILIANS_HERE if act.CIVILIANS_HERE in mentioned and not forces else (forces[0] if forces else act.CIVILIANS_HERE)
    return bomber, target


def _code_kill(trigger, text, subject, military, mentioned) -> Coded | None:
    victims = victims_of(trigger)
    attacker = subject if act.is_armed(subject) else None
    if victims and act.is_armed(victims[0]) and (attacker is None or victims[0].side != attacker.side):
        attacker = attacker or next((a for a in military if a != victims[0] and a.side != victims[0].side), None)  # 'were killed during an operation by police'
        return Coded("kill", "Armed clash", attacker, victims[0], firm=not _names_weapons(text))  # 'gunmen assassinated a QSD member'
    if act.CIVILIANS_HERE not in mentioned and not (attacker is not None and trigger.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trigger.children)):
        return None  # 'soldiers executed two members of the Fulani community': armed men killing the unarmed is an attack
    attacker = subject if act.is_armed(subject) else (military[0] if military else None)
    return Coded("kill", "Attack", attacker, act.CIVILIANS_HERE)


def _the_only_force(trigger: Token, subject: act.Actor | None, military: list[act.Actor], victims: list[act.Actor]) -> act.Actor | None:
    """The one armed actor of a sentence whose active verb's subject the parse lost ('the Myanmar
    border guard force shot two men': 'force' read as a verb); none for a passive verb or where
    the subject is someone else."""
    verb_like = trigger.pos_ == "VERB" or (
        trigger.dep_ == "ROOT" and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in trigger.children)
    )  # 'the military shot and killed a man': 'shot' parsed as a noun the verb 'killed' is joined to
    if subject is not None or not verb_like or any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return None
    forces = [a for a in military if a not in victims]
    if len(forces) == 1:
        return forces[0]
    armed_after = [span for span in spans_within(trigger.sent) if act.is_armed(span.actor) and span.start > trigger.i]
    return forces[0] if forces and not armed_after else None  # 'troops and Pyu Saw Htee militiamen raided the village': allies, none of them its target


def _aimed_at_civilian_things(trigger: Token, mentioned: list[act.Actor]) -> bool:
    """Shots aimed at a civilian thing or at 'them' where only civilians are named ('shot at an
    ambulance', 'chased fishermen and fired rubber bullets at them')."""
    holders = [trigger, trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [trigger]  # 'opened fire on a minibus'
    aimed = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "towards") for o in c.children if o.dep_ == "pobj"]
    if any(o.lower_ in HIM_OR_THEM for o in aimed):
        return act.CIVILIANS_HERE in mentioned
    fired_on = [o for o in aimed if o.head.lower_ != "at"]  # 'opened fire on a family party'; 'at a bar' may only say where
    return any(CIVILIAN_TARGET.search(text_of(o.subtree)) or o.lemma_.lower() in CIVILIAN_VEHICLES for o in aimed) or any(
        CIVILIAN_VENUE.search(o.text) for o in fired_on
    )


def _killing_people(trigger: Token) -> bool:
    """'raided Tar Taing village, killing residents who had not fled': the raid killed civilians;
    so did 'opened fire, killing 12 people' (the killing hangs on the verb of 'fire')."""
    acts = [trigger, trigger.head] if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else [trigger]
    killings = [c for a in acts for c in a.children if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in ("kill", "massacre", "execute", "murder")]
    return any(names_people(o) for k in killings for o in k.children if o.dep_ == "dobj")


def _fire_exchanged(trigger: Token) -> bool:
    """'exchanged fire', 'an exchange of fire', 'traded gunfire'."""
    head = trigger.head.head if trigger.head.lower_ == "of" else trigger.head
    return trigger.lemma_.lower() in ("fire", "gunfire", "shot") and head.lemma_.lower() in ("exchange", "trade")


def _names_weapons(text: str) -> bool:
    """Heavy weapons, explosives or aircraft: ACLED codes by the weapon, so the classifier may weigh in."""
    return bool(REMOTE_WEAPON.search(text) or EXPLOSIVE.search(text) or AIR.search(text))


def _code_violence(trigger, text, subject, military, mentioned) -> Coded | None:
    """'Gunmen wounded a civilian' is an attack on civilians; 'soldiers shot two rebels', a clash;
    two sides that exchange fire fight each other, whoever else is hurt."""
    if _fire_exchanged(trigger) and military:
        actor1 = subject if act.is_armed(subject) else military[0]
        return Coded("clash", "Armed clash", *_state_first(actor1, _other_side(actor1, military)), firm=True)  # 'forces of India and Pakistan exchanged fire'
    victims = victims_of(trigger)
    if trigger.lemma_.lower() == "lynch":
        return Coded(
            "violence", "Mob violence", act.RIOTERS_HERE, victims[0] if victims else act.CIVILIANS_HERE, firm=True
        )  # 'vigilantes lynched 13 suspected gang members'
    attacker = subject if act.is_armed(subject) else _the_only_force(trigger, subject, military, victims)
    if attacker is not None and not victims and trigger.lemma_.lower() in WRECKING_LEMMAS and not acts_on_a_person(trigger):
        return Coded("loot", "Looting/property destruction", attacker, act.CIVILIANS_HERE)  # 'militants destroyed a telecom tower', 'forces demolished homes'
    if attacker is not None and not victims and (acts_on_a_person(trigger) or _aimed_at_civilian_things(trigger, mentioned) or _killing_people(trigger)):
        return Coded("violence", "Attack", attacker, act.CIVILIANS_HERE)  # 'a local leader was stabbed to death by assailants'
    if (
        attacker is None
        and victims
        and (victims[0].role in ("police", "military", "fixed") or _shot_by_no_one_named(victims[0], military))
        and trigger.lemma_.lower() in SHOOTING_LEMMAS
    ):
        shooter = next((a for a in military if a.side != victims[0].side), act.GUNMEN_HERE)
        return Coded(
            "violence", "Armed clash", shooter, victims[0], firm=not _names_weapons(text)
        )  # 'police officers were shot by a man', 'a suspected gang member was shot dead': who shoots at armed men fights them
    if attacker is None and trigger.lemma_.lower() == "body" and _bodies_of_civilians(trigger):
        return Coded("violence", "Attack", act.GUNMEN_HERE, act.CIVILIANS_HERE)  # 'the bodies of 12 farmers were found': killed by no one named
    if attacker is None and victims and victims[0].role == "civilians" and _by_no_group(trigger, subject):
        return Coded(
            "violence", "Attack", act.GUNMEN_HERE, act.CIVILIANS_HERE, firm=subject is not None
        )  # 'two refugees were stabbed to death', 'a man stabbed a woman'
    if attacker is None or not victims:
        return None
    if victims[0].role in ("civilians", "protesters"):
        return Coded("violence", "Attack", attacker, act.CIVILIANS_HERE)  # 'a youth who had taken part in an earlier protest' is a civilian now
    if act.is_armed(victims[0]) and (victims[0].side != attacker.side or victims[0].role == "unidentified"):
        return Coded(
            "violence", "Armed clash", attacker, victims[0], firm=not _names_weapons(text)
        )  # 'armed suspects shot a drug trafficker': two unnamed armed men
    return None


def _shot_by_no_one_named(victim: act.Actor, military: list[act.Actor]) -> bool:
    """An armed man shot where no other armed party is named ('a suspected gang member was shot
    dead'): unnamed gunmen fought him. (Where another is named, the parse may have lost who shot.)"""
    return act.is_armed(victim) and all(act.same_party(a, victim) for a in military)


def _bodies_of_civilians(body: Token) -> bool:
    """'the bodies of 12 farmers', 'the bodies of two women'."""
    whose = [t for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return any(a.role == "civilians" for a in actors_within(whose))


def _by_no_group(trigger: Token, subject: act.Actor | None) -> bool:
    """Violence done to people by no one the text names ('were stabbed to death', no agent) or
    by one person ('a man stabbed a woman'): ACLED's attack, not a mob's violence."""
    if subject is None and trigger.lemma_.lower() in ONE_HAND_LEMMAS and _one_person_did_it(trigger):
        return True  # 'a security guard shot dead a journalist', 'shot dead by an unknown motorcyclist'
    if subject is None:
        agents = [o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        by_no_one = all(o.lemma_.lower() in SMALL_ARMS_LEMMAS for o in agents)  # 'hit by a stray bullet': a weapon, no doer
        return any(c.dep_ == "nsubjpass" for c in trigger.children) and by_no_one
    doer = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject.role == "civilians" and doer is not None and doer.tag_ in ("NN", "NNP") and not is_crowd(trigger)


def _one_person_did_it(trigger: Token) -> bool:
    """The verb's doer, its subject or passive agent, is one person the actors do not name: a
    singular noun, no crowd, group or organisation ('a security guard', 'an unknown motorcyclist')."""
    agent = [t for c in trigger.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
    doers = agent or [c for c in trigger.children if c.dep_ == "nsubj"]
    return (
        len(doers) == 1
        and doers[0].tag_ == "NN"
        and is_someone(doers[0])
        and doers[0].lower_ not in CROWD_NOUNS
        and not any(c.dep_ == "conj" for c in doers[0].children)
    )


def _code_group(trigger, text, subject, military, mentioned) -> Coded | None:
    """Captives released ('bandits freed 40 kidnapped villagers') are ACLED's non-violent
    activity, 'Other'; armed men who defect change their group's make-up; a group's other moves
    (deployed) are left to the classifier."""
    if trigger.lemma_.lower() in ("coup", "putsch"):
        return Coded("group", "Other", subject or (military[0] if military else None), None, firm=True)  # 'soldiers staged a coup in Niamey'
    if trigger.lemma_.lower() == "defect" and act.is_armed(subject or (military[0] if military else None)):
        return Coded("group", "Change to group/activity", subject or military[0], None, firm=True)  # 'a senior RSF commander has defected to the army'
    if blockade_by_armed_men(trigger):
        return Coded(
            "group", "Change to group/activity", subject or (military[0] if military else None), None, firm=True
        )  # 'JNIM announced a blockade of Timbuktu'
    if trigger.lemma_.lower() not in ("release", "free"):
        return None
    return Coded("group", "Other", subject or (military[0] if military else None), None)


def _fixed(kind: str, sub: str, default_actor2: act.Actor | None = None, default_actor1: act.Actor | None = None, firm: bool = False):
    """A sub-event type the trigger alone decides (``firm``: so surely that no classifier
    overrules it); the actor is the subject, else (when a default is given: the police who
    arrest) the default, else the first armed actor named."""

    def code(trigger, text, subject, military, mentioned) -> Coded:
        police = [a for a in military if a.role in ("police", "fixed")]  # 'the Russian national guard ... arrested'
        actor1 = subject or (police[0] if police and default_actor1 else None) or default_actor1 or (military[0] if military else None)
        return Coded(kind, sub, actor1, default_actor2, firm=firm)

    return code


_code_taking = _fixed("abduct", "Abduction/forced disappearance", act.CIVILIANS_HERE)


def _code_abduction(trigger, text, subject, military, mentioned) -> Coded:
    """The takers are the subject, else the first armed actor named; where the subject read is the
    people taken ('bandits ... held students hostage': the students) an armed actor named takes them."""
    if subject is not None and subject.role == "civilians" and military:
        subject = None
    if subject is not None and subject.role == "civilians" and _men_unnamed(trigger):
        subject = act.GUNMEN_HERE  # 'men in a pickup truck without plates seized an activist': ACLED's unidentified armed group
    return _code_taking(trigger, text, subject, military, mentioned)


def _by_air_defences(verb: Token) -> bool:
    """The verb's subject is an air defence ('Russian air defences destroyed 18 drones')."""
    words = " ".join(t.lower_ for t in subject_words(verb))
    return bool(re.search(r"\bair[\s-]+defen[cs]es?\b|\banti-?aircraft\b|\biron\s+dome\b|\bpatriot\b", words))


def _an_attack_from_the_air(verb: Token) -> bool:
    """The verb's object is an attack by drones, missiles or aircraft ('a massive drone attack')."""
    attacks = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("attack", "strike", "raid", "barrage")]
    return any(m.dep_ in ("compound", "amod") and (m.lemma_.lower() in AIRBORNE_WEAPONS or m.lower_ in ("air", "aerial")) for a in attacks for m in a.subtree)


def _doing_violence(noun: Token) -> bool:
    """The crowd noun is the subject of a violent act ('demonstrators stormed the parliament')."""
    verb = noun.head
    suffered = verb.lemma_.lower() == "die"  # 'a protester died after being hit by a tear gas canister'
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and TRIGGERS.get(verb.lemma_.lower()) in CROWD_VIOLENCE_KINDS and not suffered and is_trigger_use(verb)


def _a_party_to_a_clash(noun: Token) -> bool:
    """The noun is one of the sides 'between' which a clash broke out, or that clashed, or that
    others clashed 'with' ('police clashed with protesters', 'protesters and police clashed')."""
    side = noun
    while side.dep_ == "conj":
        side = side.head
    if side.dep_ == "nsubj" and TRIGGERS.get(side.head.lemma_.lower()) == "clash" and side.head.pos_ == "VERB":
        return True
    if side.dep_ == "pobj" and side.head.lower_ == "with" and TRIGGERS.get(side.head.head.lemma_.lower()) == "clash":
        return True
    between = next((a for a in noun.ancestors if a.dep_ == "prep" and a.lower_ == "between"), None)
    if between is None:
        return False
    clash = between.head if TRIGGERS.get(between.head.lemma_.lower()) == "clash" else next((c for c in between.head.children if c.dep_ == "nsubj"), None)
    return clash is not None and TRIGGERS.get(clash.lemma_.lower()) == "clash"


def _between_crowd_and_others(trigger: Token) -> bool:
    """'clashes broke out between demonstrators and security forces', 'protesters and security
    forces clashed', 'police clashed with protesters': a clash of a crowd of protesters (with the
    state's forces, when the sides are the subject and who it clashed 'with') is a violent
    demonstration (ACLED), not a battle."""
    holders = [trigger, trigger.head] if trigger.dep_ == "nsubj" else [trigger]  # 'clashes broke out between ...'
    between = [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between" for t in c.subtree]
    if any(a.role in ("protesters", "rioters") for a in actors_within(between)):
        return True
    named = actors_within(t for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree)
    for subject in nominal_subjects(trigger) if trigger.pos_ == "VERB" else []:
        named += actors_within(_without_modifying_phrases(subject))  # 'settlers under the protection of soldiers': the settlers
    # settlers who clashed with rioters are a mob, not the state meeting a demonstration
    return any(a.role in ("protesters", "rioters") for a in named) and any(a.role in ("police", "military") for a in named)


def _without_modifying_phrases(noun: Token) -> list[Token]:
    """The noun's phrase without its prepositional phrases other than 'of' ('a group of settlers
    [under the protection of soldiers]')."""
    return [t for t in noun.subtree if not any(a.dep_ == "prep" and a.lower_ != "of" and a in noun.subtree for a in (t, *t.ancestors))]


def _code_protest(trigger, text, subject, military, mentioned) -> Coded:
    """Demonstrators who burn, stone or smash (anywhere in the paragraph: 'They threw stones
    at the police.') are rioters in a violent demonstration; a protest the police or army
    break up is 'Protest with intervention'; one met with lethal force, 'Excessive force'."""
    if _crowd_turned_violent(trigger):
        later = _actors_told_later(trigger)  # 'The demonstrators burned the police station. Security forces fired live rounds.'
        return Coded("protest", "Violent demonstration", *crowd_and_target("Violent demonstration", mentioned + later), firm=True)
    sentence, paragraph = text, paragraph_text(trigger.doc)
    opening = answer_to_what_came_before(trigger)
    if opening is not None:  # 'police shot dead a motorcyclist, sparking protests': the force is the grievance, not met by the crowd
        text, paragraph = sentence[opening.idx - trigger.sent.start_char :], paragraph[opening.idx :]
        mentioned_here = actors_within(t for t in trigger.sent if t.i >= opening.i)
    forced = any(
        a.role in ("police", "military", "fixed") or act.is_armed(a) for a in (mentioned if opening is None else mentioned_here)
    )  # 'while QSD forcibly prevented the protesters
    crowd_hit = any(_the_crowd_was_hit(text, lethal) for lethal in LETHAL_FORCE.finditer(text))  # 'protesters were shot with live ammunition'
    answering = opening is None and PROTEST_THAT_FOLLOWED.search(sentence) is not None
    onward = paragraph[trigger.sent.start_char :] if answering else paragraph  # not 'Security forces beat a woman to death. Protests followed.'
    if _force_only_remembered(trigger, sentence):
        return Coded("protest", "Peaceful protest", *crowd_and_target("Peaceful protest", mentioned), firm=True)
    sub = "Peaceful protest"
    if ((forced or crowd_hit) and _lethal_force_on_them(text, paragraph)) or _lethal_force_later(trigger) or _crowd_shot_at(trigger, sentence):
        sub = "Excessive force against protesters"
    elif (
        (forced and _intervened(text))
        or (_intervened(onward) and (SECURITY_FORCES.search(onward) or CROWD_CONTROL_MEANS.search(onward)))  # 'wounded by a rubber bullet'
        or PROTESTERS_HELD.search(onward)
    ):
        sub = "Protest with intervention"  # 'Activists blocked traffic in Helsinki. Police dispersed the protest.' 'Two persons were arrested.'

    said_how = sub != "Peaceful protest" or re.search(r"\bpeaceful(ly)?\b", text, re.IGNORECASE) or not FORCE_OR_VIOLENCE_WORDS.search(paragraph)
    told_later = _actors_told_later(trigger) if sub != "Peaceful protest" else []  # the force that intervened, named in a later sentence
    return Coded("protest", sub, *crowd_and_target(sub, mentioned + told_later), firm=bool(said_how))  # the text says how it went: no classifier overrules it


def _force_only_remembered(trigger: Token, sentence: str) -> bool:
    """The only force the paragraph names is in what the protest remembers: no intervention before
    the words of remembrance nor in a later sentence ('held a candlelight vigil for the 135 people
    who died after police fired tear gas into the stands')."""
    remembered = REMEMBERING.search(sentence)
    if remembered is None:
        return False
    end = next((found.start() for found in REMEMBERED_CLAUSE_END.finditer(sentence, remembered.end())), len(sentence))
    later = paragraph_text(trigger.doc)[trigger.sent.end_char :]
    return not _intervened(sentence[: remembered.start()] + " " + sentence[end:]) and not _intervened(later)


def _actors_told_later(trigger: Token) -> list[act.Actor]:
    """The actors the paragraph names after the trigger's sentence."""
    return [span.actor for sentence in trigger.doc.sents if sentence.start > trigger.sent.start for span in sentence_actor_spans(sentence)]


_arrest = _fixed("arrest", "Arrests", act.CIVILIANS_HERE, act.STATE_POLICE)


def _code_arrest(trigger, text, subject, military, mentioned) -> Coded:
    """The state arrests; an armed group that detains people abducts them (ACLED: 'QSD
    detained a civilian' is an abduction). A death in custody is an attack."""
    coded = _arrest(trigger, text, subject, military, mentioned)
    if _told_as_done(CUSTODY_DEATH, _without_clauses_of_others(trigger)):  # not '... to demand accountability for the death in custody of ...'
        return Coded("kill", "Attack", coded.actor1, act.CIVILIANS_HERE, firm=True)  # 'arrested and beaten to death in custody'
    if _told_as_done(HURT_WITH_THE_ARREST, _without_clauses_of_others(trigger)) and coded.actor1 is not None and act.is_armed(coded.actor1):
        return Coded("violence", "Attack", coded.actor1, act.CIVILIANS_HERE, firm=True)  # 'the owner was slapped, knocked over and arrested by the military'
    non_state = (
        coded.actor1 is not None and coded.actor1.role in ("group", "unidentified") and coded.actor1.inter not in (act.STATE_FORCES, act.EXTERNAL_FORCES)
    )
    if non_state or DISAPPEARED.search(_told_from(trigger)):  # the sentence and the next: 'His family ... considers him forcibly disappeared.'
        return Coded("abduct", "Abduction/forced disappearance", coded.actor1, act.CIVILIANS_HERE, firm=True)  # 'his whereabouts remain unknown'
    return coded


def _code_agreement(trigger, text, subject, military, mentioned) -> Coded:
    """Two parties agree (a ceasefire, a prisoner exchange, a peace deal); one group declaring
    a ceasefire alone changes its own activity."""
    if re.search(r"\bunilateral(ly)?\b", text, re.IGNORECASE):
        return Coded("agreement", "Change to group/activity", subject or (military[0] if military else None), None, firm=True)
    subject = subject if subject is None or subject.role != "civilians" else None  # 'a corridor for the evacuation of women and children': whom it serves
    signing = [a for a in mentioned if a.role != "civilians"]
    parties = [a for a in (_co_signatory(trigger, subject), *signing) if a is not None and a != subject]
    return Coded("agreement", "Agreement", subject or (signing[0] if signing else None), parties[0] if subject and parties else None)


def _co_signatory(trigger: Token, subject: act.Actor | None) -> act.Actor | None:
    """The state named beside the subject of the deal ('Ukraine and Russia agreed a deal'), as
    the same body of the state as the subject (its government, its forces)."""
    if subject is None:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    conjuncts = (conjunct for word in nominal_subjects(verb) for conjunct in word.conjuncts)
    states = (act.actor_for_name(conjunct.text, subject.role) for conjunct in conjuncts if subject.role in act.STATE_ROLES)
    return next((state for state in states if state is not None and state != subject), None)


def _code_handover(trigger, text, subject, military, mentioned) -> Coded:
    """'Government troops handed over the town to the militants': the receiver gains it without a fight."""
    back = [c for c in trigger.children if c.lower_ == "back"]
    to = [c for c in (*trigger.children, *(w for b in back for w in b.children)) if c.dep_ == "prep" and c.lower_ == "to"]
    receiver = next((a for c in to for a in actors_within(c.subtree)), None)  # 'handed the town (back) to the army'
    gainer = receiver or act.opponent_of(subject) or next((a for a in military if a != subject), None)
    return Coded("handover", "Non-violent transfer of territory", gainer, subject, firm=True)


AIM_OF_RELATIVES = re.compile(r"\b(relatives|families|release)\s+of\b", re.IGNORECASE)


def _acted_violently(text: str) -> bool:
    """Demonstrators who looted, destroyed, burnt or attacked ('demanded the recovery of looted valuables' is their aim)."""
    return _told_as_done(VIOLENT_CROWD_ACTS, text, also_not_after=WHAT_IT_WAS_ABOUT)


def _intervened(text: str) -> bool:
    """Words of an intervention that tell what happened at the protest, not what it was about
    ('protesting the arrest of 15 activists', 'against the police for cane-charging farmers',
    'relatives of the detainee')."""
    return _told_as_done(INTERVENTION, text, also_not_after=AIM_OF_RELATIVES)


def _told_as_done(pattern: re.Pattern[str], text: str, also_not_after: re.Pattern[str] | None = None) -> bool:
    """Whether ``pattern`` matches in a sentence of ``text`` where no aim of the protest (nor
    ``also_not_after``) comes before it: what the crowd or the police did, not what was protested."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for found in pattern.finditer(sentence):
            before = PROTEST_NAMED.sub(
                "", sentence[_clause_start(sentence, found.start()) : found.start()]
            )  # 'protesters were forcibly removed': the people, no aim
            told_as_a_finite_passive = re.match(r"(were|was)\s", found.group(0), re.IGNORECASE) is not None  # '... against the reform were dispersed by police'
            if told_as_a_finite_passive or (not PROTEST_AIM.search(before) and not (also_not_after and also_not_after.search(before))):
                return True
    return False


CLAUSE_BREAK = re.compile(
    r";|\b(while|whereas|but|before|after\s+which|during\s+which|(ended|ending|ends)\s+with)\b|\band\s+(then\s+)?(later\s+)?\w+ed\b"
    r"|\band\s+(the\s+)?([\w-]+\s+){0,2}(police|policemen|officers|soldiers|troops|forces|fighters|guards|gendarmes)\b",
    re.IGNORECASE,
)  # '... and Taliban fighters fired into the air to disperse them': the forces' own clause
REMEMBERED_CLAUSE_END = re.compile(r",|" + CLAUSE_BREAK.pattern, re.IGNORECASE)  # 'on the first anniversary of the strike, ESMAD agents dispersed ...'
REMEMBERING = re.compile(
    r"\b(commemorat\w*|memorial|anniversary|in\s+memory\s+of|vigils?\b[^.;]{0,100}?\bfor)\b", re.IGNORECASE
)  # what a protest remembers, told to its clause's end


def _the_crowd_s_guns(text: str) -> bool:
    """Firearms the sentence names outside a clause of the security forces ('4 men attacked and shot
    at a doctor'), not 'youths torched a police post; police opened fire'."""
    return any(not SECURITY_FORCES.search(text, _clause_start(text, found.start()), found.start()) for found in FIREARMS.finditer(text))


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause that runs up to ``end`` begins: after the last 'while', 'but', ';' or
    past verb joined by 'and' ('demonstrating against the death of a colleague, blocked the
    road and attempted to attack commuters': the aim governs the first clause only)."""
    return max((found.start() for found in CLAUSE_BREAK.finditer(sentence, 0, end)), default=0)


CROWD_CONTROL_MEANS = re.compile(
    r"\b(tear\s*gas|water\s+cannons?|(rubber|plastic)\s+bullets?|stun\s+grenades?|pepper\s+spray)\b", re.IGNORECASE
)  # the police's, named or not
SMALL_ARMS_LEMMAS = frozenset({"bullet", "gunfire", "gunshot", "shot"})
HELD_OR_SMALL_ARMS = re.compile(
    r"\b(gunfire|gunshots?|bullets?|sniper\s+fire|live\s+(rounds|ammunition)|rocks|stones|sticks|clubs|batons|bricks|machetes?|knives|knife|axes?|sharp\s+objects)\b",
    re.IGNORECASE,
)
LONG_AFTER = re.compile(r"\b(hours|days|weeks|shortly|long|soon)\s+$", re.IGNORECASE)  # 'hours (after a rally)'
IT_HAD_ENDED = re.compile(r"\s+([\w-]+\s+){0,3}?(had|has|was)\s+(ended|finished|dispersed|over)\b", re.IGNORECASE)
ATTACK_NOUNS = frozenset({"operation", "offensive", "counteroffensive", "attack", "assault", "raid", "incursion", "push", "bid"})
RESULT_CLAUSE = re.compile(r"(killing|wounding|injuring)\b", re.IGNORECASE)  # ', killing two': what the act did
PROTESTERS_NAMED = re.compile(r"\bprotest[eo]rs?\b", re.IGNORECASE)  # the people, not an aim ('soldiers beat protesters to death')


def _lethal_force_on_them(text: str, paragraph: str = "") -> bool:
    """The sentence tells of security forces using force that kills or can ('police opened fire
    on the marchers, killing two', 'two protesters were shot dead by soldiers'), not of a
    killing the protest denounces ('marched to denounce the killing of a student by police'),
    mourns or commemorates ('families of killed soldiers', 'portraits of soldiers killed'), nor
    of shots the ``paragraph`` says hurt no one ('Police fired gunshots. No injuries were reported.')."""
    if REMEMBRANCE.search(text):
        return False
    for lethal in LETHAL_FORCE.finditer(text):
        if INTO_THE_AIR.match(text, lethal.end()) or (NO_ONE_HURT.search(text) and not AIMED_SHOTS.search(lethal.group(0))):
            continue  # 'fired live ammunition into the air to disperse them', 'fired shots ...; no injuries were reported': an intervention
        if (
            SHOTS_ONLY.match(lethal.group(0))
            and not (AIMED_SHOTS.search(lethal.group(0)) or AIMED_AFTER.match(text, lethal.end()))  # 'fired live bullets at youths'
            and (NO_ONE_HURT.search(paragraph) or not HURT_TOLD.search(paragraph or text))
        ):
            continue  # 'fired gunshots to disperse residents', no one told hurt: ACLED's intervention; shots fired at them are force, hurt or not
        if _describes_another_victim(text, lethal):
            continue  # 'gathered outside the home of a man who had been killed by police'
        if _what_the_crowd_answered(text, lethal):
            continue  # 'protesters blocked the road after a man was shot dead by police'
        own_clause = text[
            text.rfind(";", 0, lethal.start()) + 1 : lethal.start()
        ]  # 'clubbed demonstrators protesting the death of X; several were hospitalised'
        if PROTEST_AIM.search(THE_PROTEST_ITSELF.sub("crowd", PROTESTERS_NAMED.sub("crowd", own_clause))) and not (
            _befell_the_crowd(text, lethal) or _what_came_of_it(text, lethal)
        ):
            return False  # the killing the protest is about; the protesters named before the force are its victims
        if (
            SECURITY_FORCES.search(text[: lethal.start()])
            or ARMED_MEN_NAMED.search(text[: lethal.start()])  # 'gunmen firing from a rooftop targeted demonstrators ..., killing one'
            or BY_SECURITY_FORCES.match(text, lethal.end())
            or HIT_BY_WHAT_FORCES_FIRED.match(text, lethal.end())
            or AFTER_SECURITY_FORCES_ACTED.match(text, lethal.end())
            or CROWD_AS_OBJECT.match(text, lethal.end())
            or _the_crowd_was_hit(text, lethal)
        ):
            return True
    return False


ANSWERED_CLAUSE = re.compile(r"\b(after|following)\s+(?P<told>[^;:]*)$", re.IGNORECASE)


def _what_came_of_it(text: str, lethal: re.Match[str]) -> bool:
    """The force opens a clause of what the sentence's own act did ('fired birdshot at demonstrators
    marching against the president, killing two'): no aim of the protest reaches across the comma."""
    return RESULT_CLAUSE.match(lethal.group(0)) is not None and re.search(r",\s*$", text[: lethal.start()]) is not None


def _what_the_crowd_answered(text: str, lethal: re.Match[str]) -> bool:
    """The force is told in an 'after' clause that names no crowd ('protesters blocked the road
    after a man was shot dead by police', 'After police killed a youth, residents marched'): it came
    first, and the protest answers it (the crowd named, or only its protest: 'market women
    protested'). Not 'after police opened fire on them', nor 'after
    demonstrators threw stones, police shot two dead', whose force is the main clause's."""
    opened = ANSWERED_CLAUSE.search(text, 0, lethal.start())
    if opened is None or THE_CROWD.search(opened.group("told")):
        return False
    rest = re.split(r"[,;.]", text[lethal.end() :], maxsplit=1)[0]
    elsewhere = text[: opened.start()] + text[lethal.end() + len(rest) :]
    return not THE_CROWD.search(rest) and bool(THE_CROWD.search(elsewhere) or PROTESTING_CROWD.search(elsewhere))  # '..., market women protested'


def _crowd_shot_at(trigger: Token, text: str) -> bool:
    """The protest describes the people a lethal verb struck ('shot at villagers who were
    demonstrating'), or is what it struck ('opened fire on a peaceful protest', 'fired on a sit-in')."""
    if trigger.dep_ == "compound" and trigger.head.dep_ == "pobj":
        trigger = trigger.head  # 'sit' of 'sit-in'
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("on", "at", "into", "upon"):
        verb = trigger.head.head
        return _lethal_by_its_own_words(verb.head if verb.dep_ == "dobj" else verb, text)  # 'fire' of 'opened fire'
    if trigger.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in trigger.children):
        return False  # 'women killed during the year to protest femicides': no people the verb struck
    people = trigger.head
    if people.dep_ == "pobj" and people.head.lower_ in ("on", "at", "into", "upon"):
        return _lethal_by_its_own_words(people.head.head, text)  # 'shot at villagers': the noun hangs on 'at'
    return people.dep_ == "dobj" and _lethal_by_its_own_words(people.head, text)  # 'killing a man who was chanting slogans'


def _lethal_by_its_own_words(trigger: Token, text: str) -> bool:
    """The force's own verb kills or can ('separatists shot at villagers who were demonstrating'),
    whoever the force is: no list of security forces needed."""
    lethal = LETHAL_FORCE.match(text, trigger.idx - trigger.sent.start_char)
    return lethal is not None and not INTO_THE_AIR.match(text, lethal.end())


def _describes_another_victim(text: str, lethal: re.Match[str]) -> bool:
    """The killing describes a person other than the protesters: 'the family of a man killed by
    police', 'a man who had been shot by soldiers' (but 'protesters who were shot' are the crowd)."""
    described = KILLING_OF_ANOTHER_PERSON.search(text, 0, lethal.start())
    if described is None:
        return False
    who = described.group("who") or described.group("whose") or ""
    if PROTESTERS_NAMED.search(who) or re.search(r"\b(demonstrators?|of)\b", who, re.IGNORECASE):
        return False  # 'protesters who were shot', 'two of whom were shot dead'
    return described.group("who") is not None or re.match(r"(killed|shot|slain)\b", lethal.group(0), re.IGNORECASE) is not None


def _the_crowd_was_hit(text: str, lethal: re.Match[str]) -> bool:
    """The protesters are the passive subject of the killing or shooting: 'protesters in
    Khartoum were shot with live ammunition', 'two demonstrators were killed'."""
    crowd = CROWD_AS_SUBJECT.search(text, 0, lethal.start())
    if crowd is None:
        return False
    passive = re.match(r"(were|was)\s", lethal.group(0), re.IGNORECASE) is not None
    if crowd.group("be"):
        return re.match(r"(killed|shot|tortured|(wounded|injured|hit)\s+by)\b", lethal.group(0), re.IGNORECASE) is not None  # 'was wounded by a police bullet'
    return passive or SUFFERED_BY_THE_CROWD.match(lethal.group(0)) is not None


SAID_OF_ANOTHER = re.compile(r"\b(who|whom|which|that|killing|death|murder|shooting|after|following|over|because)\b", re.IGNORECASE)


def _befell_the_crowd(text: str, lethal: re.Match[str]) -> bool:
    """'villagers demonstrating against the mayor were shot and beaten by armed police': a
    passive verb of the sentence's own subject, after the aim's object, befell the crowd; 'against
    the killing of a man who was shot by police' is what they protested."""
    if not re.match(r"(were|was)\s", lethal.group(0), re.IGNORECASE):
        return False
    aims = list(PROTEST_AIM.finditer(text, 0, lethal.start()))
    return bool(aims) and not SAID_OF_ANOTHER.search(text, aims[-1].end(), lethal.start())


def _lethal_force_later(trigger: Token) -> bool:
    """A later sentence of the protest's paragraph tells of security forces killing or firing live
    rounds ('Police used tear gas to disperse them, killing two'); the protest's own sentence
    may name a killing it denounces, so it is not read here."""
    own = trigger.sent
    paragraph = paragraph_text(trigger.doc)
    return any(sentence.start > own.start and _lethal_force_on_them(sentence.text, paragraph) for sentence in trigger.doc.sents)


def _deaths_told_after(trigger: Token) -> bool:
    """Force already told as fired on protesters, a later sentence of the paragraph counts its
    dead ('Rangers opened fire on protesters ... Three people were killed.', ACLED's '3 fatalities.')."""
    own = trigger.sent
    return any(sentence.start > own.start and DEATHS_TOLD.search(sentence.text) for sentence in trigger.doc.sents)


def _political(plover: str):
    def code(trigger, text, subject, military, mentioned) -> Coded:
        speaking = next((a for a in mentioned if a.role in ("government", "organisation")), None)
        return Coded(plover.lower(), None, subject or speaking or (military[0] if military else None), None, plover_type=plover)

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
    "abduct": _code_abduction,
    "rape": _fixed("rape", "Sexual violence", act.CIVILIANS_HERE, firm=True),  # 'raped' says what happened: no classifier overrules it
    "arrest": _code_arrest,
    "grave": lambda *args: Coded("grave", "Other", None, None),
    "shootdown": _fixed("shootdown", "Disrupted weapons use"),
    "loot": _fixed("loot", "Looting/property destruction"),
    "agreement": _code_agreement,
    "base": _fixed("base", "Headquarters or base established"),
    "group": _code_group,
    "change": _fixed("change", "Change to group/activity"),
    "handover": _code_handover,
    "protest": _code_protest,
    "riot": lambda trigger, text, subject, military, mentioned: _code_riot(trigger, text, mentioned),
}
