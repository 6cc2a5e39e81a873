"""The token tables answer as spaCy's attribute ruler and lemmatizer do, token for token."""

from __future__ import annotations

import pytest
import spacy

from eventwire.parse import model_package
from eventwire.token_tables import use_token_tables

SENTENCES = [
    "Russian forces shelled Kharkiv overnight, and two civilians were killed, the governor said.",
    "There is no water and there were no lights in Izium after the strike.",  # 'there' + 'is': a rule of two tokens
    "The village got hit again; it gets hit every day, and nothin' is done about it.",  # LEMMA set by rule; a regex rule
    "Did they do it?  They did, and they have had enough of it.",  # 'do'/'have' as verbs by dependency; two spaces
    "Those who fled said that this was the worst week, and these are their words.\n\nMore follows.",  # white space tokens
    "He's gonna go, I'm told; y'all can't stop 'em, and we'd've known.",  # contractions and their lemmas
    "Ukraine's forces retook 3 villages near Kupiansk on Sept. 10 -- officials said they'd confirm.",
]
ANNOTATIONS = ("tag_", "pos_", "morph", "lemma_", "dep_", "head", "ent_iob_", "ent_type_")


def annotations(doc) -> list[tuple[str, ...]]:
    return [tuple(str(getattr(token, name)) for name in ANNOTATIONS) for token in doc]


@pytest.fixture(scope="module")
def published():
    return spacy.load(model_package())


@pytest.fixture(scope="module")
def tabled():
    return use_token_tables(spacy.load(model_package()))


def test_the_tables_stand_in_for_the_ruler_and_the_lemmatizer(tabled) -> None:
    names = tabled.pipe_names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("eventwire_attribute_table") < names.index("eventwire_lemma_table") < names.index("ner")


@pytest.mark.parametrize("text", SENTENCES)
def test_every_token_is_annotated_as_the_published_model_annotates_it(published, tabled, text: str) -> None:
    assert annotations(tabled(text)) == annotations(published(text))


def test_a_word_met_again_is_annotated_the_same_from_the_table(published, tabled) -> None:
    texts = SENTENCES * 2
    assert [annotations(doc) for doc in tabled.pipe(texts)] == [annotations(doc) for doc in published.pipe(texts)]


def test_words_new_to_the_tables_and_met_twice_in_one_text_are_each_annotated_as_published(published) -> None:
    tabled = use_token_tables(spacy.load(model_package()))  # empty tables: every word of the first text is new
    text = "In Izium, in Kupiansk and in Lyman, to the east, troops dug in, to wait; they had to."
    assert annotations(tabled(text)) == annotations(published(text))
    assert [annotations(doc) for doc in tabled.pipe(SENTENCES)] == [annotations(doc) for doc in published.pipe(SENTENCES)]


def test_the_lemmatizer_s_word_lists_are_asked_as_sets(tabled) -> None:
    lemmatizer = tabled.get_pipe("eventwire_lemma_table").lemmatizer
    index = lemmatizer.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())


def test_rules_the_table_cannot_answer_still_apply_in_the_rulers_order() -> None:
    published, tabled = spacy.load(model_package()), spacy.load(model_package())
    for nlp in (published, tabled):
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.add([[{"LENGTH": 7, "IS_TITLE": True}]], {"POS": "X"})  # attributes the table does not read: the Matcher's
        ruler.add([[{"LOWER": "shelled"}, {"LOWER": "kharkiv"}]], {"LEMMA": "kharkiv-town"}, index=-1)
        ruler.add([[{"LOWER": {"IN": ["kharkiv", "izium"]}}]], {"MORPH": "Number=Sing"})  # a later rule wins
    use_token_tables(tabled)
    text = "Russian forces shelled Kharkiv and Izium overnight, residents said."
    assert annotations(tabled(text)) == annotations(published(text))
    assert [t.lemma_ for t in tabled(text)][3] == "kharkiv-town"
    assert tabled(text)[0].pos_ == "X"  # 'Russian': seven letters, title case


def test_an_empty_text_passes_through(tabled) -> None:
    assert len(tabled("")) == 0


def test_swapping_twice_changes_nothing(tabled) -> None:
    names = list(tabled.pipe_names)
    assert use_token_tables(tabled).pipe_names == names


def test_the_models_rules_of_two_tokens_are_answered_without_a_matcher(tabled) -> None:
    table = tabled.get_pipe("eventwire_attribute_table")
    assert table.sequences and len(table.longer) == 0  # 'there' + 'is', 'gon' + 'na': steps answered per token


def test_a_longer_rule_with_a_quantifier_is_left_to_the_matcher_and_still_applies() -> None:
    published, tabled = spacy.load(model_package()), spacy.load(model_package())
    for nlp in (published, tabled):
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": "shelled"}, {"IS_PUNCT": True, "OP": "?"}, {"LOWER": "kharkiv"}]], {"LEMMA": "hit"})
    use_token_tables(tabled)
    assert len(tabled.get_pipe("eventwire_attribute_table").longer) == 1
    for text in ("Russian forces shelled Kharkiv overnight.", "They shelled , Kharkiv again."):
        assert annotations(tabled(text)) == annotations(published(text))
        assert [t.lemma_ for t in tabled(text)].count("hit") == 1
