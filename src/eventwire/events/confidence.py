"""Confidence: how sure eventwire is that a coded mention reports an event that happened.

Every mention that passes the rules (``events.reported``, ``events.assertion``) gets a
confidence between 0 and 1 from a small logistic model over what its sentence shows
(``features``): whether the sentence itself names the place and the time, whether the
verb reports something done (past tense, in the main clause) or names an activity (a
noun, a present tense), whether someone is named as acting, whether a toll is given,
who says it, whether it is a quotation or a headline, how sure the event classifier is of
the coded type, whether the article tells an event of the same type on the same days in
another sentence (``retold``), and the sentence's words (TF-IDF of unigrams and bigrams).

The weights are learnt by ``python scripts/train_confidence.py`` from candidates of real
news labelled by hand (``training/news_candidates.jsonl``; see ``training/README.md``)
and ship in ``data/event_confidence.json`` with the model card; running the model needs
nothing but arithmetic. An event's confidence combines its mentions' as independent
reports (``merge``), and ``--min-confidence`` keeps the exports to the events at least
that sure.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from .. import actors as act
from ..classify import terms
from ..data_registry import data_file
from ..lexicon.events import FIRST_PERSON, REPORTING_LEMMAS, WAR_NOUNS
from ..phrases import actors_within
from ..quantities import fatalities_in
from ..taxonomy import EVENT_TYPES, PLOVER_TYPES
from .reported import clause_of, has_own_time

MODEL_FILE = "event_confidence.json"
PAST_TAGS = frozenset({"VBD", "VBN"})
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VBG"})

FEATURES = (
    "place_in_sentence",
    "place_is_a_town",
    "place_from_context",
    "no_place",
    "dated_in_clause",
    "past_tense",
    "present_tense",
    "main_clause",
    "noun_trigger",
    "plural_trigger",
    "armed_actor_named",
    "toll_given",
    "source_named",
    "quotation",
    "headline",
    "classifier_agrees",
    "in_a_phrase",
    "first_person",
    "perfect_or_ongoing",
    "passive_past",
    "armed_subject",
    "long_sentence",
    "article_reports_events",
    "retold",
    "war_noun",
    *(f"type:{event_type}" for event_type in EVENT_TYPES),
    *(f"plover:{plover}" for plover in PLOVER_TYPES),
)
LONG_SENTENCE_WORDS = 35
ARTICLE_EVENTS = 2  # dated, placed events an article must report before it reads as a report of events


def features(  # place_basis: what placed the mention, best first: sentence, antecedent, paragraph, article, none
    trigger: Token,
    sentence: Span,
    coded_as: tuple[str | None, str | None],
    place_basis: str,
    geo_precision: int | None,
    speaker: str | None,
    paragraph_kind: str,
    classifier_probability: float,
) -> dict[str, float]:
    """The features of one coded mention (``coded_as``: its ACLED event type and PLOVER type),
    each 0 or 1 except the classifier's probability."""
    event_type, plover = coded_as
    verb = _finite_verb(trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb(trigger))
    flags = {
        "place_in_sentence": place_basis == "sentence",
        "place_is_a_town": place_basis == "sentence" and geo_precision == 1,
        "place_from_context": place_basis in ("antecedent", "paragraph", "article"),
        "no_place": place_basis == "none",
        "dated_in_clause": has_own_time(trigger, sentence),
        "past_tense": verb is not None and (verb.tag_ in PAST_TAGS or any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)),
        "present_tense": verb is not None and verb.tag_ in PRESENT_TAGS and not any(c.dep_ == "aux" for c in verb.children),
        "main_clause": _in_main_clause(trigger),
        "noun_trigger": trigger.pos_ == "NOUN",
        "plural_trigger": trigger.tag_ == "NNS",
        "armed_actor_named": any(act.is_armed(a) for a in actors_within(sentence)),
        "toll_given": fatalities_in(sentence.text) is not None,
        "source_named": bool(speaker),
        "quotation": paragraph_kind == "quote" or sentence.text.lstrip().startswith(("“", '"')),
        "headline": paragraph_kind == "title",
        "in_a_phrase": trigger.dep_ in ("pobj", "compound", "poss"),
        "first_person": any(t.lower_ in FIRST_PERSON for t in sentence),
        "perfect_or_ongoing": verb is not None and _perfect_or_ongoing(verb),
        "passive_past": verb is not None and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children),
        "armed_subject": verb is not None and any(act.is_armed(a) for c in verb.children if c.dep_ in ("nsubj", "agent") for a in actors_within(c.subtree)),
        "long_sentence": len(sentence) > LONG_SENTENCE_WORDS,
        "war_noun": trigger.pos_ == "NOUN" and trigger.lemma_.lower() in WAR_NOUNS,
        f"type:{event_type}": event_type is not None,
        f"plover:{plover}": event_type is None and plover is not None,
    }
    return {**{name: float(value) for name, value in flags.items()}, "classifier_agrees": classifier_probability}


def _finite_verb(verb: Token | None) -> Token | None:
    """The verb that carries the tense: an infinitive takes its governor's ('a court ruled to
    remand him', 'the army managed to retake'); a verb under a modal keeps its own."""
    while verb is not None and verb.tag_ == "VB" and _is_infinitive_of(verb) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _is_infinitive_of(verb: Token) -> bool:
    """A 'to' infinitive completing its governor ('ruled to remand'; the parser hangs it as xcomp or advcl)."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _perfect_or_ongoing(verb: Token) -> bool:
    """'have killed', 'has been shelling', 'are fighting': a state reached or still going on."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & {"has", "have", "'ve"}) or (verb.tag_ == "VBG" and bool(auxiliaries & {"is", "are", "'s", "'re"}))


def with_article_signal(found: Iterable[tuple[str, float]], reports_events: bool, retold: bool) -> dict[str, float]:
    """A mention's features with the article's: does it report dated, placed events at all,
    and does another of its sentences tell an event of the same kind on the same days?"""
    return {**dict(found), "article_reports_events": float(reports_events), "retold": float(retold)}


def reports_events(mentions_features: list[dict[str, float]]) -> bool:
    """An article of news, not of opinion: at least ``ARTICLE_EVENTS`` mentions name their town and time."""
    return sum(1 for f in mentions_features if f.get("place_is_a_town") and f.get("dated_in_clause")) >= ARTICLE_EVENTS


def _governing_verb(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _in_main_clause(trigger: Token) -> bool:
    """The trigger's clause is the sentence's own statement, or what a source says ('X said the army shelled')."""
    head = clause_of(trigger)
    return head.dep_ == "ROOT" or (head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_LEMMAS)


HEADS = ("events", "interactions")  # ACLED-typed events, and political interactions: each its own weights


@dataclass(frozen=True)
class LogisticHead:
    """Weights of the sentence's features and of its words (TF-IDF of unigrams and bigrams,
    the event classifier's ``terms``, sublinear term frequency, L2-normalised)."""

    weights: dict[str, float]
    intercept: float
    term_weights: dict[str, tuple[float, float]] = field(default_factory=dict)  # term -> (idf, weight)

    def confidence(self, values: dict[str, float], sentence: str = "") -> float:
        score = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        score += self._words_score(sentence)
        return round(1 / (1 + math.exp(-score)), 3)

    def _words_score(self, sentence: str) -> float:
        if not self.term_weights or not sentence:
            return 0.0
        counts = Counter(t for t in terms(sentence) if t in self.term_weights)
        values = {t: (1 + math.log(n)) * self.term_weights[t][0] for t, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values()))
        return sum(v / norm * self.term_weights[t][1] for t, v in values.items()) if norm else 0.0


@dataclass(frozen=True)
class ConfidenceModel:
    heads: dict[str, LogisticHead]
    card: dict

    @property
    def version(self) -> str:
        return str(self.card.get("version", "unknown"))

    def confidence(self, values: dict[str, float], sentence: str = "", interaction: bool = False) -> float:
        """How sure, from 0 to 1, that a mention with these ``features`` and this ``sentence`` reports what happened."""
        return self.heads["interactions" if interaction else "events"].confidence(values, sentence)


@cache
def load_confidence_model() -> ConfidenceModel:
    data = json.loads(data_file(MODEL_FILE).read_text(encoding="utf-8"))
    heads = {name: _head(data[name]) for name in HEADS}
    return ConfidenceModel(heads, data.get("card", {}))


def _head(data: dict) -> LogisticHead:
    term_weights = {term: (float(idf), float(weight)) for term, idf, weight in data.get("terms", [])}
    return LogisticHead({k: float(v) for k, v in data["weights"].items()}, float(data["intercept"]), term_weights)
