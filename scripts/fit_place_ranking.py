"""Fit the weights of the place ranking (``geo.places.RANKING_WEIGHTS``) on one geoparsing set
and score them on another.

Each article of the training set (GeoWebNews or LGL, read from ``../shared/eval/geoparsing``)
is parsed and its places found with the gold toponyms given as names, as ``bench/geoparse.py``
does. For every name with several readings, ``geo.places.ranking_features`` of each reading
is recorded; a reading within 161 km of the gold point is right, the others wrong. A logistic
regression without intercept on the differences of right and wrong readings' features (both
orders) learns weights under which the right reading scores higher. The weights are rescaled
so that population keeps its hand-set weight (the confidence, a logistic of score gaps, keeps
its scale).

Scored on the other set: the share of ambiguous gold toponyms whose best reading under each
set of weights lies within 161 km, for the hand-set and the fitted weights. With ``--write``
the fitted weights are printed as a Python dict to paste into ``RANKING_WEIGHTS``; nothing is
written to the package by this script.

    python scripts/fit_place_ranking.py --train lgl        # fit on LGL, score on GeoWebNews
    python scripts/fit_place_ranking.py --train gwn        # and the other way round
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import geoparse  # noqa: E402  (bench/geoparse.py: the gold readers)
from measure import haversine_km  # noqa: E402

from eventwire.geo import places as geo_places  # noqa: E402
from eventwire.geo.gazetteer import load_gazetteer  # noqa: E402
from eventwire.parse import load_nlp  # noqa: E402

SETS = {"gwn": (geoparse.DEFAULT_GWN, geoparse.gwn_toponym), "lgl": (geoparse.DEFAULT_LGL, geoparse.lgl_toponym)}
RADIUS_KM = geoparse.ACCURACY_RADIUS_KM


@dataclass(frozen=True)
class Ambiguous:
    """One gold toponym's readings: their features, and which lie within the radius."""

    features: np.ndarray  # (readings, features)
    right: np.ndarray  # (readings,) bool


def recorded_readings(name: str, limit: int | None) -> list[Ambiguous]:
    path, toponym_of = SETS[name]
    articles = geoparse.read_articles(path, toponym_of, limit)
    nlp, gazetteer = load_nlp(), load_gazetteer()
    names = list(geo_places.RANKING_WEIGHTS)
    seen: dict[int, list] = {}
    original = geo_places._resolve

    def recording(candidate, context, capitals):
        cities = {(p.country_code, p.admin1_code) for p in candidate.places if p.feature == "city"}
        seen[candidate.start] = [(p, geo_places.ranking_features(p, candidate, context, capitals, cities)) for p in candidate.places]
        return original(candidate, context, capitals)

    found: list[Ambiguous] = []
    geo_places._resolve = recording
    try:
        for article in articles:
            seen.clear()
            doc = nlp(article.text)
            geo_places.find_places([(doc, 0)], gazetteer, [(t.name, t.start, t.end) for t in article.toponyms])
            for toponym in article.toponyms:
                readings = seen.get(toponym.start)
                if not readings or len(readings) < 2:
                    continue
                right = np.array([haversine_km(p.latitude, p.longitude, toponym.latitude, toponym.longitude) <= RADIUS_KM for p, _ in readings])
                if right.any() and not right.all():
                    found.append(Ambiguous(np.array([[f[n] for n in names] for _, f in readings]), right))
    finally:
        geo_places._resolve = original
    return found


def fit(examples: list[Ambiguous]) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    differences = [
        example.features[i] - example.features[j] for example in examples for i in np.flatnonzero(example.right) for j in np.flatnonzero(~example.right)
    ]
    x = np.array(differences + [-d for d in differences])
    y = np.array([1] * len(differences) + [0] * len(differences))
    weights = LogisticRegression(fit_intercept=False, C=1.0, max_iter=5000).fit(x, y).coef_[0]
    population = list(geo_places.RANKING_WEIGHTS).index("log_population")
    return weights * (geo_places.RANKING_WEIGHTS["log_population"] / weights[population]) if weights[population] > 0 else weights


def accuracy(examples: list[Ambiguous], weights: np.ndarray) -> float:
    return sum(bool(e.right[int(np.argmax(e.features @ weights))]) for e in examples) / len(examples) if examples else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", choices=sorted(SETS), default="lgl")
    parser.add_argument("--limit", type=int, default=None, help="articles read from each set")
    args = parser.parse_args()
    test = next(name for name in SETS if name != args.train)
    training, testing = recorded_readings(args.train, args.limit), recorded_readings(test, args.limit)
    hand = np.array(list(geo_places.RANKING_WEIGHTS.values()))
    fitted = fit(training)
    print(f"ambiguous gold toponyms: {len(training)} in {args.train} (fit), {len(testing)} in {test} (scored)")
    for label, weights in (("hand-set", hand), ("fitted", fitted)):
        print(f"  {label}: best reading within {RADIUS_KM:.0f} km: {args.train} {accuracy(training, weights):.3f}, {test} {accuracy(testing, weights):.3f}")
    print("fitted weights:")
    print("{" + ", ".join(f'"{n}": {w:.3f}' for n, w in zip(geo_places.RANKING_WEIGHTS, fitted)) + "}")


if __name__ == "__main__":
    main()
