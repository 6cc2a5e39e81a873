"""Train the event classifier shipped in ``data/event_classifier.npz`` (needs scikit-learn).

    pip install -e '.[train]'
    python scripts/train_classifier.py \\
        --split ../shared/eval/acled/acled-2022-world-dev.csv \\
        --split ../shared/eval/acled/acled-2020-05-dev.csv

Every row of a ``--train`` file is used for training. A ``--split`` file is cut in two
halves by a hash of each row's ACLED id (``in_training_half``): one half trains, the
other is held out, scored, and left for ``bench/acled_notes.py``, which leaves the
training half out when it evaluates that file. The model card (``event_classifier.json``)
records the files, the rule, the parameters and the held-out metrics.

The features are ``classify.terms`` (the same function the package runs), weighted by
TF-IDF with sublinear tf; the model is a multinomial logistic regression with balanced
class weights. A note of several sentences also gives its first sentence as a training
row of its own, since the pipeline classifies sentences. Training is deterministic
(lbfgs, no sampling).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np

from eventwire.classify import CARD_FILE, MODEL_FILE, load_classifier_from, terms
from eventwire.evaluate import f1_by_class, in_training_half, row_id
from eventwire.taxonomy import sub_event

VERSION = "acled-tfidf-lr-2"  # 2: first sentences of notes added as training rows
REGULARISATION_C = 30.0
MIN_DOCUMENT_FREQUENCY = 3
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data"


def read_notes(path: Path) -> list[tuple[str, str, str]]:
    """(id, notes, sub_event_type) of every row with notes and a known sub-event type."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            notes, label = (record.get("notes") or "").strip(), (record.get("sub_event_type") or "").strip()
            if notes and label:
                sub_event(label)  # KeyError on a name outside ACLED's taxonomy
                rows.append((row_id(record), notes, label))
    return rows


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def first_sentences(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The first sentence of each note of several, as a training row of its own: the pipeline
    classifies sentences, and a note's first sentence is the one that says what happened."""
    extra = []
    for identifier, notes, label in rows:
        first = SENTENCE_END.split(notes, maxsplit=1)[0]
        if first != notes:
            extra.append((identifier, first, label))
    return extra


def held_out_metrics(predicted: list[str], gold: list[str]) -> dict:
    event_gold = [sub_event(g).event_type for g in gold]
    event_predicted = [sub_event(p).event_type for p in predicted]
    sub_f1 = {k: round(v, 3) for k, v in f1_by_class(gold, predicted).items()}
    event_f1 = {k: round(v, 3) for k, v in f1_by_class(event_gold, event_predicted).items()}
    return {
        "n": len(gold),
        "sub_event_type_accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / len(gold), 3),
        "sub_event_type_macro_f1": round(sum(sub_f1.values()) / len(sub_f1), 3),
        "event_type_accuracy": round(sum(g == p for g, p in zip(event_gold, event_predicted)) / len(gold), 3),
        "event_type_macro_f1": round(sum(event_f1.values()) / len(event_f1), 3),
        "event_type_f1": event_f1,
        "sub_event_type_f1": sub_f1,
    }


def train(train_files: list[Path], split_files: list[Path], out: Path) -> dict:
    from sklearn import __version__ as sklearn_version
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    training, held_out, sources = [], [], []
    for path in train_files:
        rows = read_notes(path)
        training += rows
        sources.append({"file": path.name, "rows": len(rows), "use": "all rows"})
    for path in split_files:
        rows = read_notes(path)
        half = [r for r in rows if in_training_half(r[0])]
        training += half
        held_out += [r for r in rows if not in_training_half(r[0])]
        sources.append({"file": path.name, "rows": len(half), "use": "training half: crc32(event_id_cnty or data_id) % 2 == 0"})

    training += first_sentences(training)
    vectoriser = TfidfVectorizer(analyzer=terms, min_df=MIN_DOCUMENT_FREQUENCY, sublinear_tf=True)
    features = vectoriser.fit_transform([r[1] for r in training])
    model = LogisticRegression(C=REGULARISATION_C, class_weight="balanced", max_iter=5000)
    model.fit(features, [r[2] for r in training])

    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # scikit-learn keeps one row for two classes: p(second) = sigmoid(score)
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    out.mkdir(parents=True, exist_ok=True)
    vocabulary = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
    np.savez_compressed(
        out / MODEL_FILE,
        classes=np.array(model.classes_, dtype=str),
        vocabulary=np.array(vocabulary, dtype=str),
        idf=vectoriser.idf_.astype(np.float32),
        coef=coef.astype(np.float32),
        intercept=intercept.astype(np.float32),
    )
    card = {
        "version": VERSION,
        "trained": dt.date.today().isoformat(),
        "model": f"TF-IDF word 1-2 grams (min_df {MIN_DOCUMENT_FREQUENCY}, sublinear tf) + multinomial logistic regression (C {REGULARISATION_C}, balanced class weights), scikit-learn {sklearn_version}",
        "features": len(vocabulary),
        "classes": list(model.classes_),
        "training_rows": len(training),
        "training_labels": dict(Counter(r[2] for r in training).most_common()),
        "trained_on": sources,
        "held_out": {"files": [p.name for p in split_files], "rule": "crc32(event_id_cnty or data_id) % 2 == 1"},
    }
    if held_out:
        shipped = load_classifier_from(out / MODEL_FILE, card)
        predicted = [shipped.predict(r[1])[0] for r in held_out]
        _check_same_as_scikit_learn(shipped, model, vectoriser, [r[1] for r in held_out[:50]])
        card["held_out_metrics"] = held_out_metrics(predicted, [r[2] for r in held_out])
    (out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


def _check_same_as_scikit_learn(shipped, model, vectoriser, texts: list[str]) -> None:
    """The numpy model in the package must give scikit-learn's probabilities."""
    expected = model.predict_proba(vectoriser.transform(texts))
    for text, row in zip(texts, expected):
        got = shipped.probabilities(text)
        difference = max(abs(got[c] - p) for c, p in zip(model.classes_, row))
        if difference > 1e-4:
            raise AssertionError(f"shipped model differs from scikit-learn by {difference:.2g} on {text[:60]!r}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, action="append", default=[], help="ACLED CSV used whole for training")
    parser.add_argument("--split", type=Path, action="append", default=[], help="ACLED CSV cut in a training and a held-out half")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.train and not args.split:
        parser.error("give at least one --train or --split file")
    card = train(args.train, args.split, args.out)
    print(json.dumps({k: v for k, v in card.items() if k != "training_labels"}, indent=2))


if __name__ == "__main__":
    main()
