"""Confidence: what the model reads off a mention and its article (loads spaCy)."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import analysis_of_report

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2023, 7, 22)

ARREST = "Police arrested the former officer Ivan Sokol in Tver on July 21."
ARREST_RETOLD = "Sokol's arrest on July 21 followed months of public criticism of the army."
SHELLING = "Russian artillery shelled Kherson on July 21, the regional governor said."


def mentions(*paragraphs: str):
    return [m for m in analysis_of_report(*paragraphs, published=PUBLISHED).event_mentions if m.event_type]


def feature(mention, name: str) -> float:
    return dict(mention.confidence_features)[name]


def test_an_event_told_in_two_sentences_of_an_article_is_retold_in_both():
    found = mentions(ARREST, ARREST_RETOLD)
    assert [m.sub_event_type for m in found] == ["Arrests", "Arrests"]
    assert [feature(m, "retold") for m in found] == [1.0, 1.0]


def test_an_event_told_once_is_not_retold_by_an_event_of_another_kind():
    found = mentions(ARREST, SHELLING)
    assert {m.sub_event_type: feature(m, "retold") for m in found} == {"Arrests": 0.0, "Shelling/artillery/missile attack": 0.0}


def test_an_event_on_other_days_does_not_retell_it():
    found = mentions(ARREST, "Sokol's first arrest, in March 2019, ended with a fine.")
    assert [feature(m, "retold") for m in found if "July" in m.sentence] == [0.0]


def test_a_retold_event_is_surer_than_the_same_sentence_alone():
    alone = mentions(ARREST)[0]
    retold = next(m for m in mentions(ARREST, ARREST_RETOLD) if m.sentence == ARREST)
    assert retold.confidence > alone.confidence


def test_an_infinitive_takes_the_tense_of_the_verb_that_governs_it():
    [remand] = mentions("A court in Tver ruled on July 21 to remand the former officer Ivan Sokol in custody.")
    assert feature(remand, "past_tense") == 1.0
