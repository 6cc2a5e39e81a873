"""The sentence index answers ``doc.sents``, ``token.sent`` and ``span.sent`` as spaCy does,
from sentences found once when the parse is final."""

from __future__ import annotations

from eventwire.parse import SENTENCES, index_sentences

TEXT = "Russian forces shelled Kharkiv overnight. Two civilians were killed, the governor said. Ukraine denied it."


def sentences_unindexed(nlp, text: str):
    with nlp.select_pipes(disable=["eventwire_sentence_index"]):
        unindexed = nlp(text)  # the same parse, answered by spaCy itself
    return nlp(text), unindexed


def test_the_loaded_pipeline_indexes_sentences_last(nlp) -> None:
    assert nlp.pipe_names[-1] == "eventwire_sentence_index"
    assert SENTENCES in nlp(TEXT).user_data


def test_sentences_are_those_spacy_finds(nlp) -> None:
    doc, unindexed = sentences_unindexed(nlp, TEXT)
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in unindexed.sents]
    assert len(list(doc.sents)) == 3


def test_each_token_and_span_has_the_sentence_spacy_gives_it(nlp) -> None:
    doc, unindexed = sentences_unindexed(nlp, TEXT)
    for token, plain in zip(doc, unindexed, strict=True):
        assert (token.sent.start, token.sent.end) == (plain.sent.start, plain.sent.end)
    crossing = doc[4:8]  # 'overnight. Two civilians': the first sentence, as spaCy answers
    assert (crossing.sent.start, crossing.sent.end) == (unindexed[4:8].sent.start, unindexed[4:8].sent.end)


def test_a_token_s_sentence_is_found_once_and_kept(nlp) -> None:
    doc = nlp(TEXT)
    assert doc[6].sent is doc[7].sent
    assert doc[6].sent is list(doc.sents)[1]


def test_an_empty_text_is_left_as_it_is(nlp) -> None:
    empty = index_sentences(nlp.make_doc(""))
    assert SENTENCES not in empty.user_data
