"""Benchmark: code whole news articles and score the events against hand-coded gold.

``../shared/eval/news-events/gold-dev.jsonl`` holds, for 32 articles of
``../shared/corpus/ukraine-news``, every event an ACLED coder would code from each
article and every political interaction that happened. This script copies exactly those
articles (with their manifest rows, so publication dates are known) into a temporary
folder, runs ``eventwire.run`` on them into a temporary SQLite store, and calls the
gold's own scorer (``score.py``, run as a program, never copied) on the ``events.jsonl``
it wrote.

The gold is scored three times: all articles, then the two halves of a split fixed before
any rule was written against it. An article is in the **tuning** half when the CRC-32 of
its file name is even (``eventwire.evaluate.in_training_half``), and **held out**
otherwise; rules may be written while reading the tuning half's misses only, so the
held-out figure is the honest one (still small: 16 articles).

It prints the scorer's output for each and, as the last line, one JSON object: the
scorer's figures for all articles, with ``tuning`` and ``held_out`` holding the halves'
figures, and ``articles_per_s`` for the run.

    python bench/news_events.py
    python bench/news_events.py --misses             # the scorer's per-article extras and misses (tuning half)
    python bench/news_events.py --min-confidence 0.5 # export only events (and, alone, interactions) at least this sure
                                                     # (default: the settings', events 0.8 and interactions 0.7)
    python bench/news_events.py --sweep              # figures at each cut-off from 0 to 0.9 (one run)
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventwire.evaluate import in_training_half
from eventwire.pipeline import run
from eventwire.settings import cut_offs

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEFAULT_GOLD = SHARED / "eval" / "news-events" / "gold-dev.jsonl"
DEFAULT_CORPUS = SHARED / "corpus" / "ukraine-news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="list the tuning half's extra and missed events")
    parser.add_argument("--keep", type=Path, help="copy events.jsonl and articles.jsonl here")
    parser.add_argument("--min-confidence", type=float, default=None, help="export only the events at least this sure (alone: interactions too)")
    parser.add_argument("--min-interaction-confidence", type=float, default=None, help="export only the political interactions at least this sure")
    parser.add_argument("--sweep", action="store_true", help="score the events at each confidence cut-off 0, 0.1 ... 0.9")
    args = parser.parse_args()
    gold_lines = [line for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = [json.loads(line)["file"] for line in gold_lines]
    with tempfile.TemporaryDirectory(prefix="eventwire-news-") as tmp:
        folder = Path(tmp)
        articles = _copy_articles(files, args.corpus, folder / "articles")
        started = time.perf_counter()
        events_cut_off, interactions_cut_off = (0.0, 0.0) if args.sweep else cut_offs(args.min_confidence, args.min_interaction_confidence)
        run(
            [articles],
            meta=folder / "manifest.csv",
            db=str(folder / "events.db"),
            out=folder / "out",
            min_confidence=events_cut_off,
            min_interaction_confidence=interactions_cut_off,
        )
        seconds = time.perf_counter() - started
        events = folder / "out" / "events.jsonl"
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("events.jsonl", "articles.jsonl"):
                shutil.copy(folder / "out" / name, args.keep / name)
        if args.sweep:
            _sweep(args.gold.parent / "score.py", gold_lines, events, folder)
        halves = {
            "all": gold_lines,
            "tuning": [line for line in gold_lines if in_training_half(json.loads(line)["file"])],
            "held_out": [line for line in gold_lines if not in_training_half(json.loads(line)["file"])],
        }
        scores = {}
        for name, lines in halves.items():
            gold = folder / f"gold-{name}.jsonl"
            gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
            scores[name] = _score(args.gold.parent / "score.py", gold, events, misses=args.misses and name == "tuning")
            print(f"{name} ({len(lines)} articles): {json.dumps(scores[name])}")
    summary = dict(scores["all"], tuning=scores["tuning"], held_out=scores["held_out"], articles_per_s=round(len(files) / seconds, 2))
    print(json.dumps(summary))


def _sweep(scorer: Path, gold_lines: list[str], events: Path, folder: Path) -> None:
    """Event and interaction precision and recall of each half at each confidence cut-off."""
    records = [line for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
    halves = {name: folder / f"sweep-gold-{name}.jsonl" for name in ("all", "tuning", "held_out")}
    choosers = {"all": lambda file: True, "tuning": in_training_half, "held_out": lambda file: not in_training_half(file)}
    for name, path in halves.items():
        wanted = choosers[name]
        path.write_text("\n".join(line for line in gold_lines if wanted(json.loads(line)["file"])) + "\n", encoding="utf-8")
    for tenths in range(10):
        cutoff = tenths / 10
        kept = folder / f"sweep-{tenths}.jsonl"
        kept.write_text("".join(line + "\n" for line in records if json.loads(line).get("confidence", 1.0) >= cutoff), encoding="utf-8")
        figures = {name: _score(scorer, path, kept, misses=False) for name, path in halves.items()}
        print(
            f"cut-off {cutoff:.1f}: "
            + "; ".join(
                f"{name} events P {f['event_precision']} R {f['event_recall']} ({f['system_events']}), interactions P {f['interaction_precision']} R {f['interaction_recall']}"
                for name, f in figures.items()
            )
        )


def _copy_articles(files: list[str], corpus: Path, target: Path) -> Path:
    """The gold's articles and their manifest rows, in a folder of their own."""
    target.mkdir(parents=True)
    wanted = set(files)
    for name in files:
        shutil.copy(corpus / name, target / name)
    with (corpus / "manifest.csv").open(encoding="utf-8", newline="") as source:
        reader = csv.DictReader(source)
        rows = [row for row in reader if row["file"] in wanted]
        fields = reader.fieldnames or []
    with (target.parent / "manifest.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.DictWriter(manifest, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return target


def _score(scorer: Path, gold: Path, events: Path, misses: bool) -> dict:
    command = [sys.executable, str(scorer), str(gold), str(events)] + (["--misses"] if misses else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip().splitlines()
    if misses:
        print("\n".join(output[:-1]))
    return json.loads(output[-1])


if __name__ == "__main__":
    main()
