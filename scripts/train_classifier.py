"""Train the event classifier shipped in ``data/event_classifier.npz`` (needs scikit-learn).

    pip install -e '.[train]'
    python scripts/train_classifier.py \\
        --split ../shared/eval/acled/acled-2022-world-dev.csv \\
        --split ../shared/eval/acled/acled-2020-05-dev.csv

Every row of a ``--train`` file is used for training, each weighing ``--train-weight`` (1 by
default) against a note's 1: the project's own labelled news snippets
(``training/news_snippets_train.csv``) are trained on at 0.3, enough to teach news wording
without outweighing ACLED's notes. A ``--split`` file is cut in two
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
from collections.abc import Callable
from pathlib import Path

import numpy as np

from eventwire.classify import CARD_FILE, DETECTOR_CARD_FILE, DETECTOR_MODEL_FILE, MODEL_FILE, load_classifier_from, terms
from eventwire.evaluate import f1_by_class, in_training_half, row_id
from eventwire.taxonomy import sub_event

VERSION = "acled-tfidf-lr-3"  # 2: first sentences of notes added as training rows; 3: the project's news snippets, weight 0.3
REGULARISATION_C = 30.0
DETECTOR_VERSION = "acled-news-detector-1"
DETECTOR_C = 10.0
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


def train(
    train_files: list[Path],
    split_files: list[Path],
    out: Path,
    train_weight: float = 1.0,
    in_training: Callable[[str], bool] = in_training_half,
    split_rule: str = "crc32(event_id_cnty or data_id) % 2 == 0",
) -> dict:
    from sklearn import __version__ as sklearn_version
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    training, held_out, sources = [], [], []
    for path in train_files:
        rows = read_notes(path)
        training += rows
        sources.append({"file": path.name, "rows": len(rows), "use": f"all rows, weight {train_weight}"})
    weighed = {r[1] for r in training}
    for path in split_files:
        rows = read_notes(path)
        half = [r for r in rows if in_training(r[0])]
        training += half
        held_out += [r for r in rows if not in_training(r[0])]
        sources.append({"file": path.name, "rows": len(half), "use": f"training half: {split_rule}"})

    training += first_sentences(training)
    vectoriser = TfidfVectorizer(analyzer=terms, min_df=MIN_DOCUMENT_FREQUENCY, sublinear_tf=True)
    features = vectoriser.fit_transform([r[1] for r in training])
    model = LogisticRegression(C=REGULARISATION_C, class_weight="balanced", max_iter=5000)
    model.fit(features, [r[2] for r in training], sample_weight=[train_weight if r[1] in weighed else 1.0 for r in training])

    written = _write_model(out, MODEL_FILE, model, vectoriser)
    card = {
        "version": VERSION,
        "trained": dt.date.today().isoformat(),
        "model": f"TF-IDF word 1-2 grams (min_df {MIN_DOCUMENT_FREQUENCY}, sublinear tf) + multinomial logistic regression (C {REGULARISATION_C}, balanced class weights), scikit-learn {sklearn_version}",
        **written,
        "training_rows": len(training),
        "training_labels": dict(Counter(r[2] for r in training).most_common()),
        "trained_on": sources,
        "held_out": {"files": [p.name for p in split_files], "rule": f"not {split_rule}"},
    }
    if held_out:
        shipped = load_classifier_from(out / MODEL_FILE, card)
        predicted = [shipped.predict(r[1])[0] for r in held_out]
        _check_same_as_scikit_learn(shipped, model, vectoriser, [r[1] for r in held_out[:50]])
        card["held_out_metrics"] = held_out_metrics(predicted, [r[2] for r in held_out])
    (out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


NOTE_OPENING = re.compile(r"^\s*(?:[A-Z][\w/ -]{0,40}:\s*)?(?:(?:On|Around|Between|From|Overnight on|In)\b[^,]{0,60},\s*)?")
DETECTOR_CUTOFFS = (0.5, 0.7, 0.8, 0.9)


def without_note_opening(notes: str) -> str:
    """A note as a news sentence would say it: no ACLED tag ('Displacement:') and no opening date
    ('On 8 June 2022,'), which no news sentence shares and which would teach the detector
    the notes' style instead of what happened."""
    return NOTE_OPENING.sub("", notes, count=1)


def train_detector(split_files: list[Path], non_events: Path, out: Path, train_files: list[Path] | None = None) -> dict:
    """The event detector: does a sentence report an ACLED event at all? Positives are the
    training halves of the ACLED notes (and their first sentences) and every row of the
    ``--train`` files, negatives the mined news sentences of articles in the even half (CRC-32
    of the file name); the odd halves are scored."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    notes = [r for path in split_files for r in read_notes(path)]
    news = [json.loads(line) for line in non_events.read_text(encoding="utf-8").splitlines() if line.strip()]
    positives = [r for r in notes if in_training_half(r[0])] + [r for path in train_files or () for r in read_notes(path)]
    positives += first_sentences(positives)
    training = [(without_note_opening(r[1]), "event") for r in positives] + [(n["sentence"], "none") for n in news if in_training_half(n["file"])]
    held_out = [(without_note_opening(r[1]), "event") for r in notes if not in_training_half(r[0])] + [
        (n["sentence"], "none") for n in news if not in_training_half(n["file"])
    ]
    vectoriser = TfidfVectorizer(analyzer=terms, min_df=MIN_DOCUMENT_FREQUENCY, sublinear_tf=True)
    model = LogisticRegression(C=DETECTOR_C, class_weight="balanced", max_iter=5000)
    model.fit(vectoriser.fit_transform([t for t, _ in training]), [label for _, label in training])
    card = _write_model(out, DETECTOR_MODEL_FILE, model, vectoriser)
    card.update(
        {
            "version": DETECTOR_VERSION,
            "trained": dt.date.today().isoformat(),
            "model": f"TF-IDF word 1-2 grams (min_df {MIN_DOCUMENT_FREQUENCY}, sublinear tf) + logistic regression (C {DETECTOR_C}, balanced), event vs none",
            "training_rows": dict(Counter(label for _, label in training)),
            "trained_on": [f"{p.name}: all rows" for p in train_files or ()]
            + [f"{p.name}: training half" for p in split_files]
            + [f"{non_events.name}: articles of even CRC-32"],
        }
    )
    shipped = load_classifier_from(out / DETECTOR_MODEL_FILE, card)
    probability = [shipped.probabilities(text)["event"] for text, _ in held_out]
    truth = [label == "event" for _, label in held_out]
    card["held_out"] = {"rows": dict(Counter(label for _, label in held_out))}
    for cutoff in DETECTOR_CUTOFFS:
        said = [p >= cutoff for p in probability]
        right = sum(s and t for s, t in zip(said, truth))
        card["held_out"][str(cutoff)] = {
            "precision": round(right / max(1, sum(said)), 3),
            "recall": round(right / max(1, sum(truth)), 3),
            "news_sentences_called_events": round(sum(s and not t for s, t in zip(said, truth)) / max(1, truth.count(False)), 3),
        }
    (out / DETECTOR_CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


def _write_model(out: Path, name: str, model, vectoriser) -> dict:
    """The learnt numbers as the package reads them (``classify.load_classifier_from``)."""
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # scikit-learn keeps one row for two classes: p(second) = sigmoid(score)
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    out.mkdir(parents=True, exist_ok=True)
    vocabulary = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
    np.savez_compressed(
        out / name,
        classes=np.array(model.classes_, dtype=str),
        vocabulary=np.array(vocabulary, dtype=str),
        idf=vectoriser.idf_.astype(np.float32),
        coef=coef.astype(np.float32),
        intercept=intercept.astype(np.float32),
    )
    return {"features": len(vocabulary), "classes": list(model.classes_)}


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
    parser.add_argument("--train-weight", type=float, default=1.0, help="the weight of each --train row (a note of a --split file weighs 1)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--detector", type=Path, default=None, help="also train the event detector, with these mined news sentences as negatives")
    args = parser.parse_args(argv)
    if not args.train and not args.split:
        parser.error("give at least one --train or --split file")
    card = train(args.train, args.split, args.out, args.train_weight)
    print(json.dumps({k: v for k, v in card.items() if k != "training_labels"}, indent=2))
    if args.detector:
        print(json.dumps(train_detector(args.split, args.detector, args.out, args.train)["held_out"], indent=2))


if __name__ == "__main__":
    main()
