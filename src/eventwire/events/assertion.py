"""Assertion: whether a trigger reports an event that happened, as news.

Not an event: a trigger under a modal, an intention or a purpose, a comparison, a
long-running state, history dated long before publication, or a crosshead; background
phrases ('since the invasion', 'in 2014') govern the words they attach to.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from ..dates import time_expressions
from ..lexicon.events import (
    BACKGROUND,
    BACKGROUND_MARKERS,
    CROWD_NOUNS,
    DURATION_WORDS,
    FREQUENCY_WORDS,
    INTENT_LEMMAS,
    KIN_WORDS,
    LIST_NUMBER,
    MODALS,
    OCCURRENCE_VERBS,
    PLEDGES,
    POLITICAL_DECISIONS,
    POLITICAL_MODALS,
    REPORTING_LEMMAS,
    RIOT_S_CROWD,
    SERIES_WORDS,
    TRIGGERS,
)
from ..models import DateRange
from ..parse import paragraph_text, span_text
from ..phrases import actors_within, is_headline
from .dating import token_at_char
from .places import is_participle

HISTORY_DAYS = 30  # an event over by this long before publication is background to the news, not news (the annotation guide's rule)


CROSSHEAD_MAX_WORDS = 8
NUMBERED_CROSSHEAD_MAX_WORDS = 12
LEAD_MIN_WORDS = 20
CONSEQUENCE_MODALS = frozenset(
    {"would", "will", "'ll", "wo"}
)  # 'its recapture would degrade': the recapture is foreseen  # a first line ending in a full stop and longer than this is a lead, not a headline


def is_crosshead(sentence: Span) -> bool:
    """'Massive Russian strikes': a short line standing alone as its paragraph, with no full
    stop, heads the paragraphs below it rather than reporting an event of its own."""
    text = LIST_NUMBER.sub("", span_text(sentence).strip())
    paragraph = paragraph_text(sentence.doc).strip()
    numbered = LIST_NUMBER.match(paragraph) is not None  # '2. Ukraine takes war behind enemy lines with apparent strikes': one of a list of headings
    longest = NUMBERED_CROSSHEAD_MAX_WORDS if numbered else CROSSHEAD_MAX_WORDS
    return text == LIST_NUMBER.sub("", paragraph) and len(text.split()) <= longest and not text.endswith((".", "!", "?", "”", '"'))


def is_a_headline(sentence: Span, kind: str) -> bool:
    """A title or a crosshead: it sums up what the paragraphs below report. A first line that
    is a long, full sentence ('The arrest of ... on July 21 may be the public manifestation
    of ...') is the article's lead, taken for its title by a text file with none."""
    if kind == "title":
        text = paragraph_text(sentence.doc).strip()
        return not (text.endswith(".") and len(text.split()) > LEAD_MIN_WORDS)
    return is_crosshead(sentence)


def is_history(when: DateRange | None, published: dt.date | None) -> bool:
    return when is not None and published is not None and when.latest < published - dt.timedelta(days=HISTORY_DAYS)


BLAST_KINDS = frozenset({"explosion", "remote"})  # 'a landmine exploded', 'a shell hit': one blast, told by its weapon and its verb


def has_own_substance(sentence: Span, trigger: Token) -> bool:
    """A sentence naming no place the gazetteer knows reports an event only if it names who
    acted, when, or a place of the event the gazetteer lacks ('a sarin attack on Khan Sheikhoun').
    A word of the event that is the subject of a verb of the same event has the verb's clause ('a
    landmine exploded in Burkina Faso's north'; not 'the shelling is carried out by Ukraine')."""
    head = trigger.head
    blasts = TRIGGERS.get(trigger.lemma_.lower()) in BLAST_KINDS and TRIGGERS.get(head.lemma_.lower()) in BLAST_KINDS
    clause = head if trigger.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and blasts else trigger
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in clause.subtree if t.i != trigger.i):
        return True
    acting = [actor for actor in actors_within(sentence) if actor.side not in ("civilians",)]
    named_actor = any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in trigger.subtree) or any(
        t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree
    )
    return bool(acting or named_actor or time_expressions(span_text(sentence)))


def background_governors(sentence: Span) -> set[Token]:
    """The words that phrases like "in the spring" or "in 2014" attach to.

    A trigger that is such a word, or lies below one, reports background, not news.
    """
    governors = set()
    for match in BACKGROUND.finditer(span_text(sentence)):
        token = token_at_char(sentence, match.start())
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


def _names_what_it_calls(verb: Token) -> bool:
    """'what officials called an inadvertent strike', 'the attack, which Kyiv called a war crime':
    'call' names a thing, it asks for nothing (no 'for', no 'on ... to')."""
    if verb.lemma_.lower() != "call":
        return False
    asks = any(c.lower_ in ("for", "on") or c.dep_ in ("xcomp",) for c in verb.children)
    return not asks and any(c.dep_ in ("oprd", "dobj", "attr") for c in verb.children)


def _governs_as_intent(verb: Token, trigger: Token) -> bool:
    """'Russia plans to attack', 'troops were ordered to advance': the intent comes first or has a
    subject; 'workers gathered ... to commemorate the day, call for higher wages' is a list of
    aims the parser hung the gathering from."""
    if verb.i < trigger.i:
        return True
    told_as_done = trigger.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in trigger.children)
    return not told_as_done and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)  # 'students protested ..., they also called for help'


def _inside_a_name(token: Token) -> bool:
    """'We Will Stop Femicides Movement members staged a protest': a capitalised modal inside a
    sentence is a word of a name, not the verb's mood; not in a headline, whose words all
    start with capitals ('Russia Will Attack Kyiv Again')."""
    after_a_name_word = token.i > token.sent.start and token.doc[token.i - 1].text[:1].isupper()
    return token.text[:1].isupper() and after_a_name_word and not is_headline(token.sent)


def _without_it(trigger: Token) -> bool:
    """The trigger noun in a 'without' phrase, through the nouns and prepositions above it."""
    token = trigger
    while token.dep_ in ("pobj", "compound", "amod", "prep") and token.head.i != token.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ == "without":
            return True
    return False


PLANS = frozenset({"plan", "proposal", "bill", "resolution", "draft", "scheme", "blueprint"})


def _planned_for_others(trigger: Token) -> bool:
    """'approved a plan early on Friday for the military to take control': the infinitive clause of
    a verb whose object is a plan tells the plan, the parse hanging it on the verb."""
    if trigger.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PLANS for c in trigger.head.children)


ANSWERED_BY = {
    "arrest": frozenset({"protest", "riot", "loot", "clash"}),  # 'following the arrest of Imran Khan, PTI supporters stormed ...'
    "clash": frozenset({"agreement"}),  # 'after two days of heavy fighting along the border, ... agreed on a ceasefire'
}


def _what_the_act_answered(trigger: Token) -> bool:
    """An event named by a noun in an 'after' or 'following' phrase of an act of the kind that
    answers it: the cause the sentence's act answers or ends, told as what came first."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in TRIGGERS:
        return False
    phrase = trigger.head
    if phrase.lower_ == "of" and phrase.head.dep_ == "pobj":
        phrase = phrase.head.head  # 'after two days of heavy fighting'
    verb = phrase.head
    if phrase.dep_ != "prep" or phrase.lower_ not in ("after", "following") or verb.pos_ != "VERB" or verb.lemma_.lower() not in TRIGGERS:
        return False
    return TRIGGERS[verb.lemma_.lower()] in ANSWERED_BY.get(TRIGGERS[trigger.lemma_.lower()], frozenset())


def unasserted_reason(trigger: Token, plover_type: str | None = None) -> str | None:
    """Why the trigger asserts no event (an intention, prediction, hypothetical, negation or background), or None.

    For a political interaction (its ``plover_type`` given) a decision is the event itself
    ('ordered a mobilisation'), and for a pledge or a threat so is the future: 'will send
    tanks', 'would respond harshly'. 'Would be open to negotiations' is still no talks.
    """
    modals = POLITICAL_MODALS if plover_type in PLEDGES else MODALS
    intents = INTENT_LEMMAS - POLITICAL_DECISIONS if plover_type else INTENT_LEMMAS
    if _dated_by_its_participle(trigger):
        return None  # 'under the deal signed on Friday, the rebels will hand over their weapons': the deal was signed
    if _a_change_announced(trigger):
        return None  # 'armed factions announced that they would dissolve': the announcement is the change (ACLED)
    if _what_the_act_answered(trigger):
        return "background"  # 'following the arrest of Imran Khan, PTI supporters stormed ...'
    if _without_it(trigger):
        return "negated"  # 'talks were adjourned without agreement on a ceasefire', 'took the town without a fight'
    if _planned_for_others(trigger):
        return "intention"  # 'approved a plan for the military to take control of Gaza City'
    token = trigger
    for depth in range(6):
        children = list(token.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals and not _inside_a_name(c) for c in children):
            return "hypothetical"
        if any(c.dep_ == "neg" or (c.lower_ in ("no", "never") and c.dep_ == "det") for c in children) and depth <= 1:
            return "negated"
        if token is trigger and any(c.dep_ == "nsubj" and any(d.lower_ in ("neither", "no") and d.dep_ == "det" for d in c.children) for c in children):
            return "negated"  # 'neither group took control of the area', 'no side captured the hill'
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
            return "hypothetical"
        if token is trigger and _is_compared(trigger):
            return "comparison"
        if token is trigger and _a_series_told(trigger):
            return "generic"  # 'despite repeated Russian attacks on port infrastructure'
        if token is not trigger and trigger.pos_ == "NOUN" and token.lemma_.lower() in ("accuse", "allege", "suspect") and not _dated_in(token):
            # 'accused of numerous abuses – torture, rape...': an allegation in general ('... near Robotyne on Wednesday' is an event)
            return "generic"
        if token is not trigger and token.lemma_.lower() == "pledge" and trigger.lemma_.lower() == "allegiance":
            break  # 'factions pledged allegiance to a single commander': the pledge is the change
        if (
            token is not trigger
            and token.lemma_.lower() in intents
            and not (token.head.lower_ == "without" and token.dep_ == "pcomp")  # 'opened fire without warning on a protest'
            and not _attempt_made(token, trigger)
            and not _names_what_it_calls(token)
            and _governs_as_intent(token, trigger)
        ):
            return "intention"
        told_by_its_clause = token is trigger or (token.i == trigger.head.i and trigger.dep_ in ("nsubj", "nsubjpass"))  # 'since fighting erupted'
        if token.lower_ in BACKGROUND_MARKERS or any(
            c.dep_ in ("mark", "prep") and c.lower_ in BACKGROUND_MARKERS and c.i < trigger.i and not _a_span_of_time_before(c)
            for c in children
            if told_by_its_clause
        ):
            return "background"
        if token.dep_ == "relcl" and token.head.dep_ == "pobj" and token.head.head.lower_ in BACKGROUND_MARKERS:
            return "background"  # '30 years since the genocide in which 800,000 people were killed'
        if token.dep_ in ("acl", "relcl") and any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in children):
            if not (token is trigger and _the_crowd_force_met(token)):
                return "background"  # not 'arrested 24 activists who had sat down in the road': the protest met with the arrests
        if token is trigger and token.dep_ in ("acl", "relcl") and _kin_of(token.head, token):
            return "background"  # 'the mothers of soldiers who were killed in Bakhmut protested': who protested, not a killing told
        if _is_purpose(token):
            return "intention"  # 'regrouping in order to attack Kharkiv'
        if token is trigger and _is_long_running(trigger):
            return "generic"  # 'captured the town after months of fighting'
        if _presupposed_below(token):
            break  # 'the arrest ... may be a sign of', 'may have triggered his arrest': the arrest is given
        if (
            token.head.i == token.i
            or token.dep_ in ("acl", "relcl", "appos")
            or (token.dep_ == "advcl" and is_participle(token))
            or (token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING_LEMMAS)
            or (token.dep_ == "ccomp" and token.i < token.head.i and _told_as_done(token))
            or (token.dep_ == "conj" and token.tag_ == "VBD" and (any(c.dep_ == "nsubj" for c in token.children) or token.head.tag_ == "VBD"))
            or (token.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in token.children))
        ):
            break  # the last two: 'Russian forces attempted to advance ..., but Ukrainian forces repelled the assault', '... and were repelled', 'attempted to take the town and clashed with soldiers': a clause of its own
        token = token.head
    return None


def _a_series_told(trigger: Token) -> bool:
    """'despite repeated Russian attacks on port infrastructure', 'where attacks on villages remain
    frequent': many events told as one habit, none of them dated; not 'repeated strikes hit Kharkiv
    on Tuesday'."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS" or _dated_in(trigger.head if trigger.dep_ == "nsubj" else trigger):
        return False
    described = any(c.dep_ == "amod" and c.lower_ in SERIES_WORDS for c in trigger.children)
    how_often = trigger.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in FREQUENCY_WORDS for c in trigger.head.children)
    return described or how_often


def _kin_of(noun: Token, clause: Token) -> bool:
    """The clause tells of those whose kin someone is: 'the mothers of soldiers who were killed',
    'families of those killed' (however the parse hangs the clause: on 'soldiers', or on
    'mothers' across them). What befell their own says who the kin are, not what happened."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in KIN_WORDS:
        return True
    whose = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    befell = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)  # 'who were killed'; not 'relatives of a man ... protested'
    return noun.lower_ in KIN_WORDS and befell and any(o.i < clause.i for o in whose)


def _dated_by_its_participle(noun: Token) -> bool:
    """A noun whose own past participle gives it a day: 'the deal signed on Friday', 'the strike
    carried out on Monday'. What the rest of the sentence plans or fears, that was done."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in noun.children)


def _dated_in(verb: Token) -> bool:
    """The verb's clause names a day ('accused Russian troops of using chemical grenades ... on Wednesday')."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _a_change_announced(trigger: Token) -> bool:
    """A group's change told as what it announced or decided it would do."""
    if TRIGGERS.get(trigger.lemma_.lower()) != "change" or trigger.pos_ != "VERB":
        return False
    clause = trigger.head if trigger.dep_ == "conj" else trigger
    return clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in ("announce", "declare", "decide", "agree", "vote")


def _told_as_done(verb: Token) -> bool:
    """A verb in the past with a subject of its own and no auxiliary: 'about 30 people gathered',
    whatever the parser hangs it from ('... gathered in Montgomery ... the draft opinion which, if
    ruled upon, would overturn Roe v. Wade' is no hypothetical gathering)."""
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    no_auxiliary = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return own_subject and no_auxiliary and verb.tag_ in ("VBD", "VBN")


def _presupposed_below(token: Token) -> bool:
    """The words above ``token`` say something about an event it names as given: it is the
    subject of a verb that is not one of happening ('the arrest ... may be a sign'), or an
    event owned by someone ('his arrest') as an object. An event whose consequences are
    foretold ('its recapture would degrade...') is not given."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in token.children)
    if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN" and definite:
        consequence = any(c.dep_ == "aux" and c.lower_ in CONSEQUENCE_MODALS for c in token.head.children)  # 'its recapture would degrade...'
        return token.head.lemma_.lower() not in OCCURRENCE_VERBS and not consequence
    return token.dep_ == "dobj" and token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in token.children)


def _is_long_running(trigger: Token) -> bool:
    """'after months of fighting': the background to what is reported, not an event of its own."""
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in DURATION_WORDS


GATHERING_FOR_A_FIGHT = frozenset(
    {"join", "unite", "form", "merge", "recruit", "mobilize", "mobilise", "deploy", "send", "dispatch", "regroup", "train", "ally"}
)  # verbs whose purpose clause is a fight to come, not one told (a crowd gathered to protest protests)


FIGHTS_FOR_GROUND = frozenset(
    {"offensive", "counteroffensive", "counter-offensive", "operation", "campaign", "bid", "effort", "push", "assault", "attack", "drive", "battle", "fight"}
)  # 'an offensive to retake the town'
FIGHTING_FOR_GROUND = frozenset({"fight", "battle", "struggle", "push", "advance", "attack", "clash", "move", "press"})  # 'fought to regain control'


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose: 'in order to attack', 'so as to encircle'."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    if token.dep_ == "advcl" and head.lemma_.lower() in GATHERING_FOR_A_FIGHT and TRIGGERS.get(token.lemma_.lower()) != "protest":
        return True  # 'joining forces under the Wazalendo banner to fight the M23', 'deployed troops to retake the town'
    if TRIGGERS.get(token.lemma_.lower()) in ("regain", "capture") and (
        (token.dep_ in ("acl", "relcl") and head.lemma_.lower() in FIGHTS_FOR_GROUND)
        or (token.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in FIGHTING_FOR_GROUND)
    ):
        return True  # 'launched an offensive to recapture Ceel Buur', 'fought to regain control of the village': the fight, not the ground taken
    return (
        (head.lower_ == "order" and any(t.lower_ == "in" for t in (head.head, *head.lefts)))
        or (head.lower_ == "as" and head.i > 0 and token.doc[head.i - 1].lower_ == "so")
        or any(c.lower_ in ("order", "as") and c.i < token.i and c.dep_ in ("mark", "prep", "advmod") for c in token.children)
    )


ATTEMPT_LEMMAS = frozenset({"attempt", "try"})
ATTEMPTED_KINDS = frozenset({"kill", "rape", "abduct"})  # an attempt on a person is an attack made on them


CROWD_DISPERSING_LEMMAS = frozenset({"disperse", "remove", "evict", "scatter", "stop", "teargas", "tear-gas"})


def _the_crowd_force_met(protest: Token) -> bool:
    """A protest told in a clause of the people the sentence's force acts on ('arrested 24
    supporters who had sat down in the road', '15 activists who had gathered ... were arrested')."""
    people = protest.head
    if people.dep_ == "pobj" and people.head.lower_ == "of":
        people = people.head.head  # 'dozens of opposition supporters who had gathered'
    force = people.head
    acts_on_them = people.dep_ in ("dobj", "nsubjpass") and force.pos_ == "VERB"
    return acts_on_them and (TRIGGERS.get(force.lemma_.lower()) in ("arrest", "violence", "kill") or force.lemma_.lower() in CROWD_DISPERSING_LEMMAS)


def _a_span_of_time_before(marker: Token) -> bool:
    """'a day before the rally, detectives picked up ...': 'before' dates the act against another,
    it does not set the act in the past."""
    return marker.lower_ == "before" and any(c.dep_ == "npadvmod" for c in (*marker.children, *marker.head.children) if c.i < marker.i)


def _people_tried(intent: Token) -> bool:
    """The attempt's subject names people or a crowd: they were out, whatever stopped them."""
    subjects = [c for c in intent.children if c.dep_ == "nsubj"]
    crowds = ("civilians", "protesters", "rioters", "group")
    return any(RIOT_S_CROWD.search(c.text) or c.lemma_.lower() in CROWD_NOUNS or any(a.role in crowds for a in actors_within(c.subtree)) for c in subjects)


def _attempt_made(intent: Token, trigger: Token) -> bool:
    """'a man attempted to rape a woman', 'gunmen tried to kill a trader': the attempt is the
    event (ACLED codes it); not 'tried to capture the town', which took no ground. A crowd
    described as trying to march is out marching: 'fired tear gas at farmers attempting to march
    towards Delhi'."""
    if intent.lemma_.lower() not in ATTEMPT_LEMMAS:
        return False
    kind = TRIGGERS.get(trigger.lemma_.lower())
    crowd = any(RIOT_S_CROWD.search(c.text) for c in intent.children if c.dep_ == "nsubj")
    return (
        (intent.tag_ in ("VBD", "VBN") and kind in ATTEMPTED_KINDS)
        or (intent.tag_ == "VBG" and intent.dep_ in ("acl", "advcl", "relcl") and kind == "protest")
        or (intent.tag_ == "VBD" and crowd and trigger.lemma_.lower() == "storm")
        or (intent.tag_ == "VBD" and kind == "protest" and trigger.dep_ == "nsubj" and trigger.head == intent)
        or (intent.tag_ == "VBD" and kind == "protest" and _people_tried(intent))  # 'JI workers tried to march to the Sindh Assembly
    )  # 'demonstrators attempted to storm the airport': a riot; 'demonstrators ... tried to take over the airport': out, whatever they tried
