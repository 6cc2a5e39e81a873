"""Phrases of the parse: the actors a phrase names are found once per paragraph, by span."""

from eventwire.actors import RUSSIA_MILITARY, UKRAINE_MILITARY
from eventwire.parse import span_text
from eventwire.phrases import actors_within, sentence_actor_spans, spans_within, text_of


def test_each_actor_phrase_is_a_token_span_of_the_paragraph(nlp):
    doc = nlp("Russian troops shelled the village. Ukrainian forces returned fire.")
    spans = [span for sentence in doc.sents for span in sentence_actor_spans(sentence)]
    assert [(doc[s.start : s.end].text, s.actor) for s in spans] == [("Russian troops", RUSSIA_MILITARY), ("Ukrainian forces", UKRAINE_MILITARY)]


def test_a_phrase_names_only_the_actors_wholly_inside_it(nlp):
    doc = nlp("Russian troops shelled positions of Ukrainian forces near the town.")
    verb = next(t for t in doc if t.lemma_ == "shell")
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    assert actors_within(subject.subtree) == [RUSSIA_MILITARY]
    assert actors_within(obj.subtree) == [UKRAINE_MILITARY]
    assert actors_within([]) == []
    assert [s.actor for s in spans_within(doc)] == [RUSSIA_MILITARY, UKRAINE_MILITARY]


def test_spans_are_found_once_per_sentence_and_kept_on_the_doc(nlp):
    doc = nlp("Ukrainian forces retook the town.")
    [sentence] = doc.sents
    assert sentence_actor_spans(sentence) is sentence_actor_spans(sentence)
    assert spans_within(doc) == list(sentence_actor_spans(sentence))


def test_a_phrase_text_is_its_words_one_space_apart(nlp):
    doc = nlp("Russia's army withdrew.")
    assert text_of(doc[0:3]) == "Russia 's army"


def test_a_sentence_text_cut_from_its_paragraph_is_the_sentence_text(nlp):
    doc = nlp("Shelling hit Kharkiv on Monday.  Two people died , officials said. “We will rebuild,” the mayor said. ")
    assert [span_text(sentence) for sentence in doc.sents] == [sentence.text for sentence in doc.sents]
    assert span_text(doc[0:0]) == ""
