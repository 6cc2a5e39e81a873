"""Benchmark: code ACLED's own event notes and compare with ACLED's coding.

Each row's ``notes`` (for example "On 9 May 2020, medical interns protested in Bat Galim
Square of Haifa city...") is run through the pipeline's understanding stages (clean,
parse, places, events) as a one-paragraph article published on the row's
``event_date``. The principal event is the first ACLED-coded event mention in the note
(notes open with the event they code); a note with none counts as a miss for every field. Against
the row, it scores:

- event_type and sub_event_type: accuracy, micro-F1 and macro-F1. Precision is over
  the notes with a prediction, recall over all notes; macro-F1 is the mean of the
  per-class F1 over ACLED's classes in the file;
- fatalities exact (a note without a principal event predicts 0);
- location within 25 km of the row's point;
- date exact (the mention's day, when it resolves to one day, equals event_date);
- actor1 exact (the principal event's actor1 is ACLED's name, period included), and
  actor2 exact (likewise, or neither names a second actor);
- each sub-event type's precision, recall and F1.

It prints the figures, the most frequent event-type confusions, and as the last line one
JSON object: n, event_type_micro_f1, event_type_macro_f1, sub_event_type_micro_f1,
sub_event_type_macro_f1, fatalities_exact, location_within25km, date_exact, actor1_exact,
actor2_exact, notes_per_s.
``notes_per_s`` times cleaning and understanding only (model and gazetteer loaded first).

Never scored on what the classifier learnt from: when the file is one whose training half
the shipped event classifier used (its model card, ``event_classifier.json``, lists it),
only the held-out half is scored (``eventwire.evaluate.in_training_half``), and the output
says so. ``--all-rows`` overrides that, for comparison only.

``--cross-quarters`` scores the training half instead, fairly: it trains the classifier
afresh (the shipped recipe, ``scripts/train_classifier.py``; needs ``pip install -e
'.[train]'``) on one quarter of the ACLED files' training halves and codes the other
quarter with it, then the other way round (``eventwire.evaluate.quarter_of``). The rules
were written reading these notes, so the figure is not a held-out one; but it shows what a
memorising classifier hides on the training half: the notes the rules leave to the
classifier, coded by one that never saw them. Developers tune on it; the held-out half is
what to report.

    python bench/acled_notes.py                                    # ../shared/eval/acled/acled-2020-05-dev.csv
    python bench/acled_notes.py ../shared/eval/acled/acled-2022-world-dev.csv --limit 1000
    python bench/acled_notes.py ../shared/eval/acled/acled-2022-world-dev.csv --cross-quarters
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from measure import haversine_km, positive_int  # bench/measure.py

from eventwire.analyse import analyse_articles
from eventwire.classify import classifier_in_use, load_classifier, load_classifier_from
from eventwire.clean import clean
from eventwire.evaluate import acled_event_date, f1_by_class, in_training_half, quarter_of, row_id
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.ingest import make_article
from eventwire.models import EventMention
from eventwire.parse import load_nlp

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = PROJECT / ".." / "shared" / "eval" / "acled" / "acled-2020-05-dev.csv"
NEWS_SNIPPETS = PROJECT / "training" / "news_snippets_train.csv"  # trained on at 0.3, as for the shipped classifier
TRAINING_QUARTERS = (0, 2)  # the quarters of the training half (CRC-32 % 4); odd ones are the held-out half
LOCATION_RADIUS_KM = 25.0
NO_EVENT = "(no event)"
CONFUSIONS_SHOWN = 15


@dataclass(frozen=True)
class Row:
    data_id: str
    notes: str
    date: dt.date
    event_type: str
    sub_event_type: str
    fatalities: int
    latitude: float
    longitude: float
    actor1: str = ""
    actor2: str = ""


@dataclass(frozen=True)
class Outcome:
    row: Row
    mention: EventMention | None

    @property
    def event_type(self) -> str:
        return self.mention.event_type if self.mention else NO_EVENT

    @property
    def sub_event_type(self) -> str:
        return self.mention.sub_event_type if self.mention else NO_EVENT

    @property
    def fatalities_exact(self) -> bool:
        predicted = (self.mention.fatalities or 0) if self.mention else 0
        return predicted == self.row.fatalities

    @property
    def location_within(self) -> bool:
        place = self.mention.place.place if self.mention and self.mention.place else None
        return place is not None and haversine_km(place.latitude, place.longitude, self.row.latitude, self.row.longitude) <= LOCATION_RADIUS_KM

    @property
    def actor1_exact(self) -> bool:
        return self.mention is not None and self.mention.actor1 is not None and self.mention.actor1.name == self.row.actor1

    @property
    def actor2_exact(self) -> bool:
        """ACLED's actor2, or none on both sides (a note of one actor)."""
        if self.mention is None:
            return False
        predicted = self.mention.actor2.name if self.mention.actor2 else ""
        return predicted == self.row.actor2

    @property
    def date_exact(self) -> bool:
        date = self.mention.date if self.mention else None
        return date is not None and date.earliest == date.latest == self.row.date


def trained_on_half_of(path: Path) -> bool:
    """Whether the shipped classifier trained on half of this file (by file name)."""
    return any(source["file"] == path.name and "half" in source["use"] for source in load_classifier().card.get("trained_on", []))


def read_rows(path: Path, limit: int | None, held_out_only: bool = False, quarter: int | None = None) -> list[Row]:
    """The rows with notes (only the held-out half's, or one quarter's, when asked)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, record in enumerate(csv.DictReader(handle), start=1):
            if not (record.get("notes") or "").strip():
                continue
            if held_out_only and in_training_half(row_id(record)):
                continue
            if quarter is not None and quarter_of(row_id(record)) != quarter:
                continue
            rows.append(
                Row(
                    record.get("data_id") or record.get("event_id_cnty") or str(number),
                    record["notes"],
                    acled_event_date(record["event_date"]),
                    record["event_type"],
                    record["sub_event_type"],
                    int(float(record["fatalities"] or 0)),
                    float(record["latitude"]),
                    float(record["longitude"]),
                    (record.get("actor1") or "").strip(),
                    (record.get("actor2") or "").strip(),
                )
            )
            if limit and len(rows) >= limit:
                break
    return rows


def principal(mentions: tuple[EventMention, ...]) -> EventMention | None:
    """The first ACLED-coded mention: a note codes an ACLED event, never a PLOVER-only interaction."""
    coded = [m for m in mentions if m.event_type is not None]
    return min(coded, key=lambda m: (m.start, m.trigger_start), default=None)


def code_notes(rows: list[Row]) -> tuple[list[Outcome], float]:
    articles = [clean(make_article(f"acled:{row.data_id}", row.notes, published=row.date)) for row in rows]
    started = time.perf_counter()
    analyses = list(analyse_articles(articles))
    elapsed = time.perf_counter() - started
    return [Outcome(row, principal(a.event_mentions)) for row, a in zip(rows, analyses)], elapsed


def code_across_quarters(path: Path, limit: int | None) -> tuple[list[Outcome], float]:
    """The training half of ``path``, each quarter coded with a classifier trained afresh on the
    other quarter of every file the shipped classifier split (and the project's news snippets)."""
    sys.path.insert(0, str(PROJECT / "scripts"))
    from train_classifier import train  # needs scikit-learn: pip install -e '.[train]'

    split_files = [PROJECT / ".." / "shared" / "eval" / "acled" / source["file"] for source in load_classifier().card["trained_on"] if "half" in source["use"]]
    outcomes, elapsed = [], 0.0
    for trained_on in TRAINING_QUARTERS:
        coded = TRAINING_QUARTERS[1 - TRAINING_QUARTERS.index(trained_on)]
        with tempfile.TemporaryDirectory() as out:
            card = train(
                [NEWS_SNIPPETS],
                split_files,
                Path(out),
                0.3,
                lambda identifier, quarter=trained_on: quarter_of(identifier) == quarter,
                f"crc32 % 4 == {trained_on}",
            )
            model = load_classifier_from(Path(out) / "event_classifier.npz", card)
        with classifier_in_use(model):
            found, seconds = code_notes(read_rows(path, limit, quarter=coded))
        outcomes += found
        elapsed += seconds
    return outcomes, elapsed


def f1_scores(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """(accuracy, micro-F1, macro-F1); NO_EVENT predictions are abstentions, not a class."""
    correct = sum(g == p for g, p in zip(gold, predicted))
    made = sum(p != NO_EVENT for p in predicted)
    precision, recall = (correct / made if made else 0.0), correct / len(gold)
    micro = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_class = list(f1_by_class(gold, predicted).values())
    return correct / len(gold), micro, sum(per_class) / len(per_class)


def print_per_class(gold: list[str], predicted: list[str]) -> None:
    """Each gold sub-event type's notes, precision, recall and F1, worst F1 first."""
    f1 = f1_by_class(gold, predicted)
    print("sub-event types (gold notes, precision, recall, F1), worst first:")
    for label in sorted(f1, key=lambda name: (f1[name], name)):
        made = sum(p == label for p in predicted)
        right = sum(g == p == label for g, p in zip(gold, predicted))
        total = sum(g == label for g in gold)
        precision = right / made if made else 0.0
        print(f"  {total:5d}  P {precision:.3f}  R {right / total:.3f}  F1 {f1[label]:.3f}  {label}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--limit", type=positive_int, default=None)
    parser.add_argument("--all-rows", action="store_true", help="score the classifier's training half too (not a fair figure)")
    parser.add_argument("--cross-quarters", action="store_true", help="score the training half, each quarter coded by a classifier trained on the other")
    args = parser.parse_args(argv)

    load_nlp(), load_gazetteer()
    held_out_only = trained_on_half_of(args.file) and not args.all_rows
    if args.cross_quarters:
        if not trained_on_half_of(args.file):
            parser.error(f"{args.file.name} is not split by the shipped classifier: nothing to cross")
        outcomes, elapsed = code_across_quarters(args.file.resolve(), args.limit)
        scope = "training half, each quarter coded by a classifier trained on the other (rules written reading these notes)"
    else:
        outcomes, elapsed = code_notes(read_rows(args.file.resolve(), args.limit, held_out_only))
        scope = "held-out half only (the classifier trained on the other half)" if held_out_only else "all rows"
    n = len(outcomes)
    print(f"file: {args.file} ({scope}); notes: {n}; with an event found: {sum(o.mention is not None for o in outcomes)}")

    figures = {"n": n}
    for field in ("event_type", "sub_event_type"):
        gold = [getattr(o.row, field) for o in outcomes]
        predicted = [getattr(o, field) for o in outcomes]
        accuracy, micro, macro = f1_scores(gold, predicted)
        print(f"{field}: accuracy {accuracy:.3f}, micro-F1 {micro:.3f}, macro-F1 {macro:.3f}")
        figures[f"{field}_micro_f1"] = round(micro, 3)
        figures[f"{field}_macro_f1"] = round(macro, 3)
    for label, attribute in (
        ("fatalities exact", "fatalities_exact"),
        ("location within 25 km", "location_within"),
        ("date exact", "date_exact"),
        ("actor1 exact", "actor1_exact"),
        ("actor2 exact", "actor2_exact"),
    ):
        share = sum(getattr(o, attribute) for o in outcomes) / n
        print(f"{label}: {share:.3f}")
    figures["fatalities_exact"] = round(sum(o.fatalities_exact for o in outcomes) / n, 3)
    figures["location_within25km"] = round(sum(o.location_within for o in outcomes) / n, 3)
    figures["date_exact"] = round(sum(o.date_exact for o in outcomes) / n, 3)
    figures["actor1_exact"] = round(sum(o.actor1_exact for o in outcomes) / n, 3)
    figures["actor2_exact"] = round(sum(o.actor2_exact for o in outcomes) / n, 3)
    figures["notes_per_s"] = round(n / elapsed, 1)
    print(f"speed: {n} notes in {elapsed:.1f} s -> {n / elapsed:.1f} notes/s (clean + understanding)")

    print_per_class([o.row.sub_event_type for o in outcomes], [o.sub_event_type for o in outcomes])
    print(f"{CONFUSIONS_SHOWN} most frequent event-type confusions (count  gold -> predicted):")
    confusions = Counter((o.row.event_type, o.event_type) for o in outcomes if o.row.event_type != o.event_type)
    for (gold, predicted), count in confusions.most_common(CONFUSIONS_SHOWN):
        print(f"  {count:5d}  {gold} -> {predicted}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
