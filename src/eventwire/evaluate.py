"""The quality gate: score the pipeline against sentences and short articles annotated by hand.

The annotated set (``data/evaluation/annotated.jsonl``, written by the project) holds
one item per line: ``id``, ``published``, ``text``, ``case`` ("event", or the kind of
non-event it tests: intention, prediction, hypothetical, question, negation,
comparison, background, boilerplate, comment) and the gold ``events``, each with
``event_type``, ``sub_event_type``, ``plover_type``, ``location`` with ``latitude`` and
``longitude``, ``date``, ``fatalities``, ``actor1`` and ``actor2``. A political
interaction's location is where it happened when the text says so (a summit's city, a
visited capital), else null: not the acting government's capital (the convention since
the news-precision issue; the set coded statements at capitals before).

Each item is run through the pipeline as one article published on its date, and its
merged events are matched one to one with the gold events (greedily, the pair agreeing
on most fields first). For each field, a true positive is a matched pair that agrees on
it; precision is over the predicted events, recall over the gold ones. A location
agrees within ``LOCATION_RADIUS_KM``; a date agrees on the day, or when both leave the
day open. ``spurious`` counts the items of each non-event case that produced an event
no gold event matches.

Floors (``data/evaluation/floors.json``) pin the figures CI must not fall below:
``eventwire evaluate --check-floors`` exits 1 naming each figure under its floor.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .analyse import analyse_articles
from .clean import clean
from .data_registry import data_file
from .geo.places import kilometres_between
from .ingest import make_article
from .merge import merge_mentions
from .models import Event

LOCATION_RADIUS_KM = 25.0
FIELDS = ("event", "event_type", "sub_event_type", "plover_type", "location", "date", "fatalities", "actor1")
NON_EVENT_CASES = ("intention", "prediction", "hypothetical", "question", "negation", "comparison", "background", "boilerplate", "comment")


@dataclass(frozen=True)
class GoldEvent:
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    date: dt.date | None
    fatalities: int
    actor1: str | None


@dataclass(frozen=True)
class Item:
    item_id: str
    published: dt.date
    text: str
    case: str
    events: tuple[GoldEvent, ...]


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    items: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    cases: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)  # one line per disagreement, for reading

    def figures(self) -> dict[str, float]:
        """Flat figures, as the floors file names them: 'event_type.f1', 'not_event.clean'..."""
        figures = {}
        for name, score in self.scores.items():
            figures[f"{name}.precision"] = round(score.precision, 3)
            figures[f"{name}.recall"] = round(score.recall, 3)
            figures[f"{name}.f1"] = round(score.f1, 3)
        non_events = sum(self.cases[c] for c in NON_EVENT_CASES)
        figures["not_event.clean"] = round(1 - sum(self.spurious.values()) / non_events, 3) if non_events else 1.0
        return figures


# -- the held-out split of ACLED files, shared by scripts/ and bench/ --------------------------------


ACLED_DATE_LAYOUTS = ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y")


def acled_event_date(value: str) -> dt.date:
    """An ACLED row's event_date: '9-May-20' in some exports, '2020-05-09' or '09 May 2020' in others."""
    for layout in ACLED_DATE_LAYOUTS:
        try:
            return dt.datetime.strptime(value.strip(), layout).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable event_date {value!r}")


def row_id(record: dict[str, str]) -> str:
    """An ACLED row's id (``event_id_cnty``, else ``data_id``)."""
    return record.get("event_id_cnty") or record.get("data_id") or ""


def in_training_half(identifier: str) -> bool:
    """The split rule of every ACLED file a table or model learns from: even CRC-32 of the
    ACLED id trains, odd is held out for ``bench/acled_notes.py``."""
    return zlib.crc32(identifier.encode("utf-8")) % 2 == 0


def quarter_of(identifier: str) -> int:
    """Which quarter of an ACLED file a row falls in (CRC-32 of its id modulo 4): quarters 0
    and 2 make the training half, so each can be coded by a model trained on the other."""
    return zlib.crc32(identifier.encode("utf-8")) % 4


def f1_by_class(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """F1 of each gold class (predicted labels outside the gold classes count only as errors)."""
    scores = {}
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        fp = sum(p == label != g for g, p in zip(gold, predicted))
        fn = sum(g == label != p for g, p in zip(gold, predicted))
        scores[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return scores


def default_items_path() -> Path:
    return Path(str(data_file("evaluation/annotated.jsonl")))


def default_floors_path() -> Path:
    return Path(str(data_file("evaluation/floors.json")))


def read_items(path: Path) -> list[Item]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            items.append(_item(record))
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a valid annotated item ({error})") from error
    return items


def _item(record: dict) -> Item:
    return Item(
        item_id=record["id"],
        published=dt.date.fromisoformat(record["published"]),
        text=record["text"],
        case=record.get("case", "event"),
        events=tuple(_gold_event(e) for e in record.get("events", [])),
    )


def _gold_event(record: dict) -> GoldEvent:
    return GoldEvent(
        event_type=record.get("event_type"),
        sub_event_type=record.get("sub_event_type"),
        plover_type=record.get("plover_type"),
        location=record.get("location"),
        latitude=record.get("latitude"),
        longitude=record.get("longitude"),
        date=dt.date.fromisoformat(record["date"]) if record.get("date") else None,
        fatalities=int(record.get("fatalities") or 0),
        actor1=record.get("actor1"),
    )


def evaluate(items: list[Item]) -> Report:
    """Run the pipeline on every item and score its events against the gold ones."""
    articles = [clean(make_article(f"eval:{item.item_id}", item.text, published=item.published)) for item in items]
    report = Report()
    for item, analysis in zip(items, analyse_articles(articles)):
        events = [e for e in merge_mentions(analysis.event_mentions) if e.status != "denied"]  # kept, but reported as not having happened
        _score_item(item, events, report)
    return report


def _score_item(item: Item, events: list[Event], report: Report) -> None:
    report.items += 1
    report.cases[item.case] += 1
    pairs = _matched(list(item.events), events)
    for name, score in report.scores.items():
        if name == "plover_type":  # political interactions only: ACLED events carry a PLOVER type derived from theirs
            score.predicted += sum(_plover(e) is not None and e.sub_event_type is None for e in events)
            score.gold += sum(g.plover_type is not None for g in item.events)
        elif name == "event_type" or name == "sub_event_type":
            score.predicted += sum(getattr(e, name) is not None for e in events)
            score.gold += sum(getattr(g, name) is not None for g in item.events)
        else:
            score.predicted += len(events)
            score.gold += len(item.events)
        score.true_positives += sum(_agrees(name, gold, event) for gold, event in pairs)
    unmatched = [e for e in events if all(e is not event for _, event in pairs)]
    if item.case in NON_EVENT_CASES and unmatched:
        report.spurious[item.case] += 1
    for gold, event in pairs:
        wrong = [name for name in FIELDS if name != "event" and not _agrees(name, gold, event) and _applies(name, gold)]
        if wrong:
            report.misses.append(f"{item.item_id}: " + "; ".join(f"{name} {_gold_value(name, gold)!r} got {_event_value(name, event)!r}" for name in wrong))
    for gold in item.events:
        if all(gold is not g for g, _ in pairs):
            report.misses.append(f"{item.item_id}: missed {gold.sub_event_type or gold.plover_type} at {gold.location}")
    for event in unmatched:
        report.misses.append(
            f"{item.item_id} ({item.case}): spurious {event.sub_event_type or _plover(event)} at {event.place.place.name if event.place and event.place.place else None}"
        )


def _applies(name: str, gold: GoldEvent) -> bool:
    return name != "plover_type" or gold.plover_type is not None


def _matched(gold: list[GoldEvent], events: list[Event]) -> list[tuple[GoldEvent, Event]]:
    """One-to-one pairs, most agreeing fields first; a pair must agree on the kind of event or place."""
    candidates = []
    for i, g in enumerate(gold):
        for j, e in enumerate(events):
            agreement = sum(_agrees(name, g, e) for name in FIELDS if name != "event")
            if _agrees("event_type", g, e) or _agrees("plover_type", g, e) or _agrees("location", g, e):
                candidates.append((-agreement, i, j))
    pairs, used_gold, used_events = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_events:
            used_gold.add(i)
            used_events.add(j)
            pairs.append((gold[i], events[j]))
    return pairs


def _plover(event: Event) -> str | None:
    return getattr(event, "plover_type", None)


def _agrees(name: str, gold: GoldEvent, event: Event) -> bool:
    if name == "event":
        return True
    if name == "location":
        place = event.place.place if event.place else None
        if place is None or gold.latitude is None or gold.longitude is None:
            return place is None and gold.latitude is None
        return kilometres_between(place.latitude, place.longitude, gold.latitude, gold.longitude) <= LOCATION_RADIUS_KM
    if name == "date":
        day = event.date.day if event.date else None
        return day == gold.date
    if name == "actor1":
        return gold.actor1 is None or _same_actor(event.actor1.name if event.actor1 else None, gold.actor1)
    if name == "plover_type":
        return gold.plover_type is not None and event.sub_event_type is None and _plover(event) == gold.plover_type
    if name in ("event_type", "sub_event_type"):  # a political interaction has neither: no ACLED type to get right
        return _gold_value(name, gold) is not None and _event_value(name, event) == _gold_value(name, gold)
    return _event_value(name, event) == _gold_value(name, gold)


ACLED_PERIOD = re.compile(r"\s+\(\d{4}-(\d{4})?\)")


def _same_actor(found: str | None, gold: str) -> bool:
    """Names agree; where the gold name leaves out ACLED's period ('Government of France'),
    the period of the found name ('Government of France (2017-)') is not held against it."""
    if found is None:
        return False
    return found == gold or (not ACLED_PERIOD.search(gold) and ACLED_PERIOD.sub("", found) == gold)


def _gold_value(name: str, gold: GoldEvent):
    return getattr(gold, name)


def _event_value(name: str, event: Event):
    if name == "location":
        return event.place.place.name if event.place and event.place.place else None
    if name == "date":
        return event.date.day if event.date else None
    if name == "actor1":
        return event.actor1.name if event.actor1 else None
    if name == "plover_type":
        return _plover(event)
    return getattr(event, name)


def read_floors(path: Path) -> dict[str, float]:
    return {k: float(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items() if not k.startswith("_")}


def below_floors(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One line per figure under its floor (or missing)."""
    failures = []
    for name, floor in sorted(floors.items()):
        value = figures.get(name)
        if value is None or value < floor:
            failures.append(f"{name} = {value} is below its floor {floor}")
    return failures


def summary_rows(report: Report) -> Iterable[tuple[str, float, float, float]]:
    for name, score in report.scores.items():
        yield name, score.precision, score.recall, score.f1
