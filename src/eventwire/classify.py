"""The event classifier: which ACLED sub-event type a sentence reports, as probabilities.

A linear model (multinomial logistic regression over TF-IDF word unigrams and bigrams)
that the project trains itself from ACLED's coded notes with
``python scripts/train_classifier.py``. Only its learned numbers ship, in
``data/event_classifier.npz`` with ``data/event_classifier.json`` (version, training
files, held-out split, metrics); running it needs numpy alone, no scikit-learn, torch or
network. The events stage combines it with its trigger rules: the rules decide *whether*
and *where* a sentence reports an event, the classifier helps decide *which* type.

The text is prepared exactly as at training time (``prepare``): bracketed ACLED tags
("[size=no report]") dropped, numbers folded to one token, lower case.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from .data_registry import data_file

MODEL_FILE = "event_classifier.npz"
CARD_FILE = "event_classifier.json"
DETECTOR_MODEL_FILE = "event_detector.npz"  # event or none: see ``load_detector``
DETECTOR_CARD_FILE = "event_detector.json"
TOKEN = re.compile(r"(?u)\b\w\w+\b")
BRACKETED_TAG = re.compile(r"\[[^\]]*\]")
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def prepare(text: str) -> str:
    """The text as the model sees it: no ACLED tags, numbers folded, lower case."""
    return DIGITS.sub(" 0 ", BRACKETED_TAG.sub(" ", text)).lower()


def terms(text: str) -> list[str]:
    """Word unigrams and bigrams of the prepared text (tokens of two or more word characters)."""
    tokens = TOKEN.findall(prepare(text))
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


@dataclass(frozen=True)
class EventClassifier:
    classes: tuple[str, ...]  # ACLED sub-event type names
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray  # (classes,)
    card: dict

    @property
    def version(self) -> str:
        return self.card.get("version", "unknown")

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse TF-IDF vector (indices, values), sublinear tf and unit length."""
        counts = Counter(i for i in (self.vocabulary.get(t) for t in terms(text)) if i is not None)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        indices = np.fromiter(counts, dtype=np.int64)
        values = np.array([1.0 + math.log(counts[i]) for i in indices]) * self.idf[indices]
        return indices, values / np.linalg.norm(values)

    def probabilities(self, text: str) -> dict[str, float]:
        """P(sub-event type | text) for every class; sums to 1."""
        indices, values = self.vector(text)
        scores = self.coef[:, indices] @ values + self.intercept
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.classes, scores.tolist()))

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable sub-event type and its probability."""
        probabilities = self.probabilities(text)
        best = max(probabilities, key=probabilities.__getitem__)
        return best, probabilities[best]


def load_classifier_from(npz_path, card: dict) -> EventClassifier:
    with np.load(npz_path, allow_pickle=False) as data:
        vocabulary = {term: i for i, term in enumerate(data["vocabulary"].tolist())}
        return EventClassifier(
            classes=tuple(data["classes"].tolist()),
            vocabulary=vocabulary,
            idf=data["idf"].astype(np.float64),
            coef=data["coef"].astype(np.float64),
            intercept=data["intercept"].astype(np.float64),
            card=card,
        )


def classifier_version() -> str:
    """The version named on the shipped classifier's card, without loading the model."""
    card = json.loads(data_file(CARD_FILE).read_text(encoding="utf-8"))
    return str(card.get("version", "unknown"))


_IN_USE: list[EventClassifier] = []  # a classifier put in the shipped one's place (``classifier_in_use``)


@contextmanager
def classifier_in_use(classifier: EventClassifier) -> Iterator[EventClassifier]:
    """Code with ``classifier`` instead of the shipped one while the block runs: a benchmark
    scores notes with a model that never saw them (``bench/acled_notes.py --cross-quarters``)."""
    _IN_USE.append(classifier)
    try:
        yield classifier
    finally:
        _IN_USE.pop()


def load_classifier() -> EventClassifier:
    """The classifier the pipeline codes with: the shipped one, unless a block puts another in its place."""
    return _IN_USE[-1] if _IN_USE else _shipped_classifier()


@cache
def _shipped_classifier() -> EventClassifier:
    """The classifier shipped in the package (loaded once per process)."""
    card = json.loads(data_file(CARD_FILE).read_text(encoding="utf-8"))
    with resources.as_file(data_file(MODEL_FILE)) as path:
        return load_classifier_from(path, card)


@cache
def load_detector() -> EventClassifier:
    """The event detector shipped in the package: P('event') that a sentence reports an ACLED
    event at all, learnt from ACLED notes against news sentences that report none
    (``scripts/train_classifier.py --detector``). The events stage asks it only of sentences
    no trigger word speaks for."""
    card = json.loads(data_file(DETECTOR_CARD_FILE).read_text(encoding="utf-8"))
    with resources.as_file(data_file(DETECTOR_MODEL_FILE)) as path:
        return load_classifier_from(path, card)
