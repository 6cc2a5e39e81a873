"""Trigger tables: every kind of trigger is known to every table that must know it, and
every word's use rule belongs to a trigger word.

A kind missing from one table used to surface as a KeyError in one article, turned into
a rejected article: these tests catch it when the table is written.
"""

from __future__ import annotations

import pytest

from eventwire.events.coding import _CODERS, KIND_EVENT_TYPES
from eventwire.events.triggers import USE_RULES, is_trigger_use, triggers_in
from eventwire.lexicon.events import CLASSIFIER_ONLY_KINDS, KIND_PRIORITY, POLITICAL_KINDS, POLITICAL_TRIGGERS, TRIGGERS

EVERY_KIND = frozenset(TRIGGERS.values()) | POLITICAL_KINDS


@pytest.mark.parametrize("kind", sorted(EVERY_KIND))
def test_every_kind_has_a_priority_and_the_event_types_it_can_take(kind):
    assert kind in KIND_PRIORITY
    assert kind in KIND_EVENT_TYPES


def test_every_kind_is_coded_by_rules_or_left_to_the_classifier_on_purpose():
    assert EVERY_KIND == set(_CODERS) | CLASSIFIER_ONLY_KINDS
    assert not CLASSIFIER_ONLY_KINDS & set(_CODERS)


def test_the_tables_name_no_kind_that_no_trigger_word_has():
    assert set(KIND_PRIORITY) == EVERY_KIND
    assert set(KIND_EVENT_TYPES) == EVERY_KIND


def test_every_use_rule_belongs_to_a_trigger_word():
    assert [lemma for lemma in USE_RULES if lemma not in TRIGGERS and lemma not in POLITICAL_TRIGGERS] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, word, is_trigger",
    [
        ("Ukrainian forces took control of the village.", "took", True),
        ("Officials took part in the ceremony.", "took", False),
        ("The crew shot a documentary in the city.", "shot", False),
        ("Russian troops left the town on Sunday.", "left", True),
        ("The minister left the meeting early.", "left", False),
        ("Three people were found dead in the flat.", "found", True),
        ("A missile hit the market.", "hit", True),
        ("The protester was hit by a tear gas canister.", "hit", False),
        ("A cyclist was hit by a car on the bridge.", "hit", False),
    ],
)
def test_a_word_that_is_a_trigger_only_in_some_uses_follows_its_rule(nlp, sentence, word, is_trigger):
    token = next(t for t in nlp(sentence) if t.text == word)

    assert is_trigger_use(token) is is_trigger


def test_a_press_conference_is_a_protest_only_when_held_with_banners(nlp):
    def words(sentence):
        return [t.lemma_ for t in triggers_in(next(nlp(sentence).sents))]

    assert "conference" in words("Activists held a press conference with banners outside the city hall.")
    assert "conference" not in words("The minister held a press conference in Kyiv on Monday.")


@pytest.mark.slow
def test_the_first_half_of_a_hyphenated_word_is_no_trigger_but_a_shoot_out_is_one(nlp):
    assert "bomb" not in [t.text for t in triggers_in(nlp("Soldiers destroyed a bomb-making factory near Mosul.")[:])]
    assert [(t.text, t.lemma_) for t in triggers_in(nlp("Militants engaged troops in a shoot-out in Kano.")[:])] == [("shoot-out", "shootout")]
    assert [t.lemma_ for t in triggers_in(nlp("Shoot-outs between unknown shooters took place in Penha.")[:])] == ["shootout"]


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The Malian army retook control of Menaka after a week of fighting.", "retook"),
        ("Taliban fighters overran a district centre in Badakhshan.", "overran"),
        ("Menaka was overrun by militants.", "overrun"),
    ],
)
def test_past_tenses_the_tagger_does_not_know_are_read_as_verbs(nlp, sentence, word):
    [token] = [t for t in nlp(sentence) if t.text == word]
    assert token.pos_ == "VERB"
