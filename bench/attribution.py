"""Benchmark: attribution spans (source, cue, content) against PolNeAR's brat annotations.

For each ``text/NAME.txt`` of a PolNeAR directory (default
``../shared/eval/attribution/PolNeAR/dev``) the text is parsed whole and
``attribution.attributions_in`` finds its attributions; ``attributions/NAME_xxxx.ann``
holds the gold ``Source``, ``Cue`` and ``Content`` spans (a span may have several
fragments, "315 448;463 553"). Each role is scored on its own:

- exact: a predicted span counts when a gold span of that role has the same bounds
  (a fragmented gold span: from its first start to its last end);
- overlap: a predicted span counts when it overlaps a gold span of that role, and a gold
  span is found when a predicted one overlaps it.

It prints precision, recall and F1 per role and as the last line one JSON object:
source_f1_exact, source_f1_overlap, cue_f1_exact, cue_f1_overlap, content_f1_exact,
content_f1_overlap, docs_per_s (parsing included).

    python bench/attribution.py
    python bench/attribution.py ../shared/eval/attribution/PolNeAR/train --limit 200
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from measure import positive_int  # bench/measure.py

from eventwire.attribution import attributions_in
from eventwire.parse import load_nlp

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "attribution" / "PolNeAR" / "dev"
ROLES = ("source", "cue", "content")
Span = tuple[int, int]
TEXT_BOUND_LINE = re.compile(r"T\d+\t")


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    precise: int = 0  # predicted spans that count
    found: int = 0  # gold spans that are found

    def f1(self) -> float:
        precision = self.precise / self.predicted if self.predicted else 0.0
        recall = self.found / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Scores:
    exact: dict[str, Score] = field(default_factory=lambda: {r: Score() for r in ROLES})
    overlap: dict[str, Score] = field(default_factory=lambda: {r: Score() for r in ROLES})


def gold_spans(ann: Path) -> dict[str, list[Span]]:
    """The gold spans of each role in a brat file; fragments joined into one envelope."""
    spans: dict[str, list[Span]] = {r: [] for r in ROLES}
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not TEXT_BOUND_LINE.match(line):
            continue  # relations, events, and the later lines of a span text that runs over a line break
        _, kind_and_offsets, *_ = line.split("\t")
        kind, offsets = kind_and_offsets.split(" ", 1)
        if kind.lower() not in spans:
            continue
        fragments = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
        spans[kind.lower()].append((fragments[0][0], fragments[-1][1]))
    return spans


def predicted_spans(text: str, nlp) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {r: [] for r in ROLES}
    for a in attributions_in(nlp(text)):
        spans["cue"].append((a.cue_start, a.cue_end))
        if a.source_start is not None:
            spans["source"].append((a.source_start, a.source_end))
        if a.content_start is not None:
            spans["content"].append((a.content_start, a.content_end))
    return spans


def overlaps(one: Span, other: Span) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def score(predicted: dict[str, list[Span]], gold: dict[str, list[Span]], scores: Scores) -> None:
    for role in ROLES:
        for board, same in ((scores.exact, lambda p, g: p == g), (scores.overlap, overlaps)):
            s = board[role]
            s.predicted += len(predicted[role])
            s.gold += len(gold[role])
            s.precise += sum(any(same(p, g) for g in gold[role]) for p in predicted[role])
            s.found += sum(any(same(p, g) for p in predicted[role]) for g in gold[role])


def pairs(directory: Path, limit: int | None) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs: 'NAME.txt' goes with 'NAME_xxxx.ann'."""
    texts = {p.stem: p for p in (directory / "text").glob("*.txt")}
    found = []
    for ann in sorted((directory / "attributions").glob("*.ann")):
        text = texts.get(ann.stem.rsplit("_", 1)[0])
        if text is not None:
            found.append((text, ann))
    return found[:limit] if limit else found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--limit", type=positive_int, default=None)
    args = parser.parse_args(argv)
    nlp = load_nlp()
    documents = pairs(args.directory.resolve(), args.limit)
    scores = Scores()
    started = time.perf_counter()
    for text_path, ann_path in documents:
        score(predicted_spans(text_path.read_text(encoding="utf-8"), nlp), gold_spans(ann_path), scores)
    elapsed = time.perf_counter() - started
    print(f"directory: {args.directory}; documents: {len(documents)}")
    figures = {}
    for role in ROLES:
        for name, board in (("exact", scores.exact), ("overlap", scores.overlap)):
            s = board[role]
            print(f"{role:8s} {name:8s} predicted {s.predicted:5d}  gold {s.gold:5d}  F1 {s.f1():.3f}")
            figures[f"{role}_f1_{name}"] = round(s.f1(), 3)
    figures["docs_per_s"] = round(len(documents) / elapsed, 1)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
