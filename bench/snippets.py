"""Benchmark: code short labelled news snippets and compare with their ACLED sub-event types.

The input is a JSONL file, one snippet per line: ``{"id": ..., "text": ..., "sub_event_type":
<ACLED sub-event type or null>}`` (null: the snippet reports no ACLED event). Each snippet is
run through the pipeline's understanding stages (clean, parse, places, events) as a
one-paragraph article published on ``--published`` (or the line's own ``published``). The
predicted sub-type is that of the snippet's first ACLED-coded event mention, or none.

Scores, over the snippets scored:

- weighted F1: the per-class F1 over the gold classes ("no event" included), weighted by
  each class's share of the snippets; macro-F1: their plain mean;
- found among any: the share of event snippets whose gold sub-type is that of *any* event
  mention of the snippet;
- false events: the share of no-event snippets given an ACLED-coded event;
- per gold sub-type: right / total and the predictions most often made instead.

``--half tune`` or ``--half held-out`` scores one half of the file, split by a hash of each
snippet's id (so the halves stay the same as the file grows); the default scores both, each
apart. Rules are written while reading the tuning half's errors only. ``--whole`` scores every
snippet as one held-out set, for a file kept wholly unseen (``bench/data/snippets_unseen.jsonl``:
its errors are never listed).

The last line is one JSON object: n, weighted_f1, macro_f1, found_among_any, false_events.

    python bench/snippets.py bench/data/snippets.jsonl --half held-out
    python bench/snippets.py bench/data/snippets_unseen.jsonl --whole
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from eventwire.analyse import analyse_articles
from eventwire.clean import clean
from eventwire.evaluate import f1_by_class
from eventwire.ingest import make_article
from eventwire.models import EventMention
from eventwire.parse import load_nlp

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "snippets.jsonl"
DEFAULT_PUBLISHED = dt.date(2024, 3, 15)
NO_EVENT = "(no event)"
HALVES = ("tune", "held-out")


@dataclass(frozen=True)
class Snippet:
    snippet_id: str
    text: str
    gold: str
    published: dt.date | None

    @property
    def half(self) -> str:
        """The half the snippet belongs to: by the parity of its id's hash, never by its content."""
        return HALVES[hashlib.sha1(self.snippet_id.encode("utf-8")).digest()[0] % 2]


@dataclass(frozen=True)
class Outcome:
    snippet: Snippet
    predicted: str
    found: frozenset[str]  # the sub-types of every ACLED-coded mention


def read_snippets(path: Path, published: dt.date | None) -> list[Snippet]:
    snippets = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        day = dt.date.fromisoformat(record["published"]) if record.get("published") else published
        snippets.append(Snippet(str(record.get("id") or number), record["text"], record.get("sub_event_type") or NO_EVENT, day))
    return snippets


def first_coded(mentions: tuple[EventMention, ...]) -> EventMention | None:
    coded = [m for m in mentions if m.event_type is not None]
    return min(coded, key=lambda m: (m.start, m.trigger_start), default=None)


def code_snippets(snippets: list[Snippet]) -> list[Outcome]:
    articles = [clean(make_article(f"snippet:{s.snippet_id}", s.text, published=s.published)) for s in snippets]
    outcomes = []
    for snippet, analysis in zip(snippets, analyse_articles(articles)):
        principal = first_coded(analysis.event_mentions)
        found = frozenset(m.sub_event_type for m in analysis.event_mentions if m.event_type is not None and m.sub_event_type)
        outcomes.append(Outcome(snippet, principal.sub_event_type if principal and principal.sub_event_type else NO_EVENT, found))
    return outcomes


def figures_of(outcomes: list[Outcome]) -> dict[str, float]:
    gold = [o.snippet.gold for o in outcomes]
    predicted = [o.predicted for o in outcomes]
    f1 = f1_by_class(gold, predicted)
    shares = Counter(gold)
    events = [o for o in outcomes if o.snippet.gold != NO_EVENT]
    quiet = [o for o in outcomes if o.snippet.gold == NO_EVENT]
    return {
        "n": len(outcomes),
        "weighted_f1": round(sum(f1[label] * shares[label] for label in f1) / len(outcomes), 3),
        "macro_f1": round(sum(f1.values()) / len(f1), 3),
        "found_among_any": round(sum(o.snippet.gold in o.found for o in events) / len(events), 3) if events else 0.0,
        "false_events": round(sum(o.predicted != NO_EVENT for o in quiet) / len(quiet), 3) if quiet else 0.0,
    }


def print_per_class(outcomes: list[Outcome]) -> None:
    """Each gold class, right / total and F1, worst first, with what was predicted instead."""
    gold = [o.snippet.gold for o in outcomes]
    f1 = f1_by_class(gold, [o.predicted for o in outcomes])
    instead: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        if o.predicted != o.snippet.gold:
            instead[o.snippet.gold][o.predicted] += 1
    for label in sorted(f1, key=lambda name: (f1[name], name)):
        total = gold.count(label)
        right = total - sum(instead[label].values())
        others = ", ".join(f"{name} {count}" for name, count in instead[label].most_common(3))
        print(f"  {right:3d}/{total:<3d} F1 {f1[label]:.3f}  {label}" + (f"  (instead: {others})" if others else ""))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--half", choices=HALVES, default=None, help="score one half only (default: each half apart)")
    parser.add_argument("--whole", action="store_true", help="score the whole file as one held-out set (no errors listed)")
    parser.add_argument("--published", type=dt.date.fromisoformat, default=DEFAULT_PUBLISHED)
    parser.add_argument("--undated", action="store_true", help="code the snippets with no publication date (explicit dates are then never 'history')")
    parser.add_argument("--errors", action="store_true", help="list the wrongly coded snippets (of the tuning half only)")
    args = parser.parse_args(argv)

    load_nlp()
    snippets = read_snippets(args.file, None if args.undated else args.published)
    outcomes = code_snippets(snippets)
    if args.whole:
        print(f"== whole file, held out: {len(outcomes)} snippets")
        print_per_class(outcomes)
        print(json.dumps(figures_of(outcomes)))
        return
    figures = {}
    for half in (args.half,) if args.half else HALVES:
        scored = [o for o in outcomes if o.snippet.half == half]
        figures[half] = figures_of(scored)
        print(f"== {half} half: {len(scored)} snippets")
        print_per_class(scored)
        print("  " + ", ".join(f"{k} {v}" for k, v in figures[half].items()))
    if args.errors:
        print("errors of the tuning half (gold -> predicted):")
        for o in outcomes:
            if o.snippet.half == "tune" and o.predicted != o.snippet.gold:
                print(f"  [{o.snippet.snippet_id}] {o.snippet.gold} -> {o.predicted}: {o.snippet.text}")
    print(json.dumps(figures[args.half] if args.half else figures))


if __name__ == "__main__":
    main()
