"""Train the confidence model (``eventwire.events.confidence``) from hand-labelled candidates.

``training/news_candidates.jsonl`` lists ACLED-typed mentions eventwire produced on real
news (``../shared/corpus/ukraine-news``), each labelled by hand: ``reported`` is true when
the sentence reports, literally, one specific occurrence of an event of the coded type that
happened within 30 days before publication (see ``training/README.md``). This script runs
the pipeline on the labelled articles, finds each labelled mention again by its file and
trigger offset, and fits a logistic regression (scikit-learn, L2) on the mention's
``confidence_features`` and on the TF-IDF terms of its sentence: one model for ACLED-typed
events, one for political interactions. It prints each one's precision and recall at the
cut-offs 0.3 to 0.7, cross-validated in five folds that never split an article, and writes
the weights with a model card to ``src/eventwire/data/event_confidence.json``.

    python scripts/train_confidence.py                   # needs ../shared/corpus/ukraine-news and scikit-learn
    python scripts/train_confidence.py --dry-run         # figures only, nothing written
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedGroupKFold

from eventwire.analyse import analyse_articles
from eventwire.classify import terms
from eventwire.clean import clean
from eventwire.events.confidence import FEATURES, HEADS, MODEL_FILE
from eventwire.ingest import read_inputs, read_manifest
from eventwire.models import Article

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "training" / "news_candidates.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "ukraine-news"
OUTPUT = ROOT / "src" / "eventwire" / "data" / MODEL_FILE
# scikit-learn's C per head, chosen by cross-validated average precision (2026-12-04: events
# 0.758 at C=2, 0.771 at 4, 0.780 at 8, 0.784 at 16; interactions 0.759 at 0.5 and 1, 0.754 at 2)
REGULARISATION = {"events": 8.0, "interactions": 1.0}
MIN_TERM_DOCUMENTS = 2  # a word or bigram seen in fewer labelled sentences is not learnt from
MIN_TERM_WEIGHT = 0.01  # terms weighing less are not shipped
CUTOFFS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = labelled_features(labels, args.corpus)
    model_data: dict = {}
    card: dict = {
        "version": f"news-lr-{dt.date.today().isoformat()}",
        "model": f"logistic regression, L2, C={REGULARISATION} by head, over the features and the sentence's TF-IDF terms",
    }
    for head in HEADS:
        rows = [row for row in found if row.interaction == (head == "interactions")]
        y = np.array([row.label for row in rows])
        print(f"{head}: {len(y)} labelled candidates found again ({int(y.sum())} reported, {len({row.file for row in rows})} articles)")
        probabilities = _grouped_cross_validation(rows, y)
        figures = {str(cutoff): precision_recall(probabilities, y, cutoff) for cutoff in CUTOFFS}
        ranking = round(float(average_precision_score(y, probabilities)), 3)
        print(f"  average precision {ranking} (precision over the whole ranking, cross-validated: compares feature sets without a cut-off)")
        for cutoff, (precision, recall, kept) in figures.items():
            print(f"  cut-off {cutoff}: precision {precision:.3f}, recall {recall:.3f}, {kept} kept of {len(y)} (5-fold cross-validation by article)")
        vectoriser, model = _fit(rows, y)
        names = vectoriser.get_feature_names_out()
        text_weights, feature_weights = model.coef_[0][: len(names)], model.coef_[0][len(names) :]
        weights = {name: round(float(w), 4) for name, w in zip(FEATURES, feature_weights)}
        for name, weight in sorted(weights.items(), key=lambda item: -abs(item[1]))[:6]:
            print(f"    {weight:+.3f}  {name}")
        terms_kept = [
            [str(t), round(float(idf), 4), round(float(w), 4)] for t, idf, w in zip(names, vectoriser.idf_, text_weights) if abs(w) >= MIN_TERM_WEIGHT
        ]
        model_data[head] = {"weights": weights, "intercept": round(float(model.intercept_[0]), 4), "terms": terms_kept}
        card[head] = {
            "trained_on": f"{len(y)} hand-labelled candidates, {int(y.sum())} reported",
            "cross_validated": {cutoff: {"precision": p, "recall": r, "kept": k} for cutoff, (p, r, k) in figures.items()},
            "cross_validated_average_precision": ranking,
        }
    print(f"{len(labels) - len(found)} labelled candidates this version no longer produces")
    if not args.dry_run:
        OUTPUT.write_text(json.dumps({**model_data, "card": card}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT}")


def _fit(rows: list[Labelled], y: np.ndarray) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectoriser = TfidfVectorizer(analyzer=terms, min_df=MIN_TERM_DOCUMENTS, sublinear_tf=True)
    text = vectoriser.fit_transform([row.sentence for row in rows])
    x = hstack([text, csr_matrix(np.array([row.values for row in rows]))]).tocsr()
    return vectoriser, LogisticRegression(C=REGULARISATION["interactions" if rows[0].interaction else "events"], max_iter=2000).fit(x, y)


def _grouped_cross_validation(rows: list[Labelled], y: np.ndarray) -> np.ndarray:
    """Out-of-fold probabilities, no article's candidates on both sides of a fold."""
    probabilities = np.zeros(len(y))
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=2026)
    for train, test in folds.split(np.zeros(len(y)), y, [row.file for row in rows]):
        vectoriser, model = _fit([rows[i] for i in train], y[train])
        text = vectoriser.transform([rows[i].sentence for i in test])
        x = hstack([text, csr_matrix(np.array([rows[i].values for i in test]))]).tocsr()
        probabilities[test] = model.predict_proba(x)[:, 1]
    return probabilities


@dataclass(frozen=True)
class Labelled:
    file: str
    sentence: str
    values: list[float]  # in FEATURES order
    label: int
    interaction: bool


def labelled_features(labels: list[dict], corpus: Path) -> list[Labelled]:
    """Each labelled mention as this version produces it, found again by file and trigger offset."""
    wanted = {(row["file"], row["trigger_start"]): row["reported"] for row in labels}
    files = sorted({row["file"] for row in labels})
    manifest = read_manifest(corpus / "manifest.csv")
    articles = [clean(item) for item in read_inputs([corpus / name for name in files], manifest) if isinstance(item, Article)]
    found: dict[tuple[str, int], Labelled] = {}
    for analysis in analyse_articles(articles):
        name = Path(analysis.article.path).name
        for mention in analysis.event_mentions:
            key = (name, mention.trigger_start)
            if key in wanted:
                values = dict(mention.confidence_features)
                found[key] = Labelled(name, mention.sentence, [values.get(f, 0.0) for f in FEATURES], int(wanted[key]), mention.sub_event_type is None)
    return list(found.values())


def precision_recall(probabilities: np.ndarray, truth: np.ndarray, cutoff: float) -> tuple[float, float, int]:
    kept = probabilities >= cutoff
    hits = int((kept & (truth == 1)).sum())
    precision = hits / int(kept.sum()) if kept.any() else 0.0
    recall = hits / int(truth.sum()) if truth.any() else 0.0
    return round(precision, 3), round(recall, 3), int(kept.sum())


if __name__ == "__main__":
    main()
