"""Phrases of the parse: the actors a phrase names, found once per paragraph, and a phrase's words.

The first time the events stage asks about a sentence, ``actors.actors_in`` runs on it
once and what it finds is kept on the ``Doc`` (in ``doc.user_data``, by sentence):
``ActorSpan`` records with token offsets. The events stage then asks
which actors lie inside a phrase of the parse ("the subject of this verb", "the object of
'on'") with ``actors_within`` instead of rebuilding the phrase's text and searching it
again. Paragraphs without a trigger word are never searched for actors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .actors import actors_in
from .models import Actor
from .parse import span_text

ACTOR_SPANS = "eventwire.actor_spans"  # key in ``Doc.user_data``: sentence start -> its actor phrases


@dataclass(frozen=True)
class ActorSpan:
    """An actor phrase of a parsed paragraph: tokens ``start`` to ``end`` (exclusive)."""

    actor: Actor
    start: int
    end: int


def find_actor_spans(sentence: Span) -> tuple[ActorSpan, ...]:
    """The actor phrases of one sentence, left to right, as token spans of its doc."""
    doc, found = sentence.doc, []
    for mention in actors_in(span_text(sentence)):
        span = doc.char_span(sentence.start_char + mention.start, sentence.start_char + mention.end, alignment_mode="expand")
        if span is not None:
            found.append(ActorSpan(mention.actor, span.start, span.end))
    return tuple(found)


def sentence_actor_spans(sentence: Span) -> tuple[ActorSpan, ...]:
    """The actor phrases of one sentence, found the first time they are asked for."""
    by_sentence = sentence.doc.user_data.setdefault(ACTOR_SPANS, {})
    found = by_sentence.get(sentence.start)
    if found is None:
        found = by_sentence[sentence.start] = find_actor_spans(sentence)
    return found


def actors_within(tokens: Iterable[Token]) -> list[Actor]:
    """The actors whose whole phrase lies among ``tokens`` (a subtree, say), left to right."""
    return [span.actor for span in spans_within(tokens)]


def spans_within(tokens: Iterable[Token]) -> list[ActorSpan]:
    """The actor phrases that lie wholly among ``tokens``, left to right."""
    tokens = list(tokens)
    if not tokens:
        return []
    indices = {token.i for token in tokens}
    sentences = {token.sent.start: token.sent for token in (tokens[0], tokens[-1])}  # a phrase lies in one sentence, mostly
    found = [span for sentence in sentences.values() for span in sentence_actor_spans(sentence)]
    return sorted((span for span in found if all(i in indices for i in range(span.start, span.end))), key=lambda span: span.start)


def text_of(tokens: Iterable[Token]) -> str:
    """The words of a phrase, one space apart (what the rules' regular expressions read)."""
    return " ".join(token.text for token in tokens)


HEADLINE_SHARE = 0.8  # the share of a sentence's longer words written with capitals that makes it a headline


def is_headline(sentence: Span) -> bool:
    """A title-cased line ('Russian Forces Shell Kharkiv Overnight')."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) / len(words) >= HEADLINE_SHARE
