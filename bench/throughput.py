"""Throughput of the full eventwire pipeline against a bare spaCy ``nlp.pipe``.

What is measured, in one process and over the same articles with the same model:

* bare: ``nlp.pipe`` over the whole text of every article, documents thrown away:
  the language model alone, the reference. It is the published model as
  ``spacy.load`` gives it, without what eventwire does to it (its lemma and entity
  fixes, and the tables that answer for the attribute ruler and the lemmatizer,
  ``eventwire.token_tables``); ``--reference eventwire`` times eventwire's own loaded
  model on the bare path instead.
* pipeline: ``eventwire.run`` into a fresh temporary SQLite store, with no outputs
  written. It re-reads and re-cleans the files, parses only the event-bearing
  paragraphs, finds places and events, stores and merges them: everything counts.
  It also skips duplicate and junk articles that the bare path still parses, so
  the ratio can exceed 1 on a small corpus.

Both rates use the same denominator: the articles ``read_inputs`` returns (inputs it
rejects are left out of both) and their words, ``len(article.text.split())``. The
ratio is pipeline words/s divided by bare words/s; higher is better, the target is at
least 0.8.

To keep the comparison fair, both models (the published one and ``load_nlp``'s, cached
per process, so ``run`` gets the same object) and the gazetteer are loaded before any timing, and both paths
get a small untimed warm-up. Each round times the bare path first, then the pipeline;
with ``--repeat N`` the rounds alternate and the best time of each path is kept.

Peak RSS is ``ru_maxrss`` of this process over the whole run (model, both paths).
With ``--workers N`` > 1 the pipeline analyses in forked worker processes while the
bare path stays in one process, so the ratio is no longer like for like; the workers'
own peak RSS is shown on a separate line.

The last line of output is one JSON object with the headline numbers. A run that
has not finished after ``--timeout`` seconds (warm-up and timing together) is stopped:
the stack of the main process goes to stderr, and the exit status is 3.

Usage: python bench/throughput.py [CORPUS_DIR] [--workers N] [--limit N] [--repeat N] [--timeout S] [--reference published|eventwire]
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import multiprocessing
import resource
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import spacy
from measure import positive_int  # bench/measure.py

import eventwire
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.ingest import expand_paths, read_inputs, read_manifest
from eventwire.models import Article, RunSummary
from eventwire.parse import load_nlp, model_package, model_version
from eventwire.settings import load_settings

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "ukraine-news"
MANIFEST_NAME = "manifest.csv"
BARE_BATCH_SIZE = 32  # texts per nlp.pipe batch; the pipeline's default batch_size too
WARMUP_FILES = 4  # files in the untimed warm-up run of each path
TARGET_RATIO = 0.8  # pipeline words/s over bare words/s
RSS_UNITS_PER_MB = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
DEFAULT_TIMEOUT_S = 1800  # a stuck run is stopped with a traceback rather than left to spin
EXIT_TIMEOUT = 3


@dataclass(frozen=True)
class Corpus:
    """A directory of input files and the manifest that goes with it, if any."""

    directory: Path
    manifest: Path | None


@dataclass(frozen=True)
class Timings:
    bare_seconds: float
    pipeline_seconds: float
    summary: RunSummary


# -- inputs ------------------------------------------------------------------------


def find_corpus(directory: Path) -> Corpus:
    if not directory.is_dir():
        raise SystemExit(f"corpus directory {str(directory)!r} does not exist")
    manifest = directory / MANIFEST_NAME
    return Corpus(directory, manifest if manifest.is_file() else None)


def input_files(corpus: Corpus) -> list[Path]:
    """The files ``run`` would read, in its order (the manifest is not an input)."""
    return expand_paths([corpus.directory], skip=[corpus.manifest] if corpus.manifest else [])


def first_files(corpus: Corpus, count: int, workdir: Path) -> Corpus:
    """A corpus in ``workdir`` of symlinks to the first ``count`` files, manifest filtered."""
    chosen = input_files(corpus)[:count]
    for file in chosen:
        link = workdir / file.relative_to(corpus.directory)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(file.resolve())
    manifest = None
    if corpus.manifest:
        manifest = workdir / MANIFEST_NAME
        write_filtered_manifest(corpus.manifest, {f.name for f in chosen}, manifest)
    return Corpus(workdir, manifest)


def write_filtered_manifest(source: Path, names: set[str], target: Path) -> None:
    with source.open(encoding="utf-8-sig", newline="") as infile:
        reader = csv.DictReader(infile)
        rows = [row for row in reader if Path((row.get("file") or "").strip()).name in names]
        fieldnames = reader.fieldnames or []
    with target.open("w", encoding="utf-8", newline="") as outfile:
        writer = csv.DictWriter(outfile, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(rows)


def read_articles(corpus: Corpus) -> tuple[list[Article], int]:
    """The articles ``read_inputs`` accepts, and how many inputs it rejected."""
    manifest = read_manifest(corpus.manifest) if corpus.manifest else None
    items = list(read_inputs([corpus.directory], manifest))
    articles = [item for item in items if isinstance(item, Article)]
    return articles, len(items) - len(articles)


def word_count(articles: list[Article]) -> int:
    return sum(len(article.text.split()) for article in articles)


# -- the two paths -----------------------------------------------------------------


def time_bare(nlp, texts: list[str]) -> float:
    """Seconds for ``nlp.pipe`` over ``texts``, documents discarded."""
    gc.collect()
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=BARE_BATCH_SIZE):
        pass
    return time.perf_counter() - started


def time_pipeline(corpus: Corpus, workers: int) -> tuple[float, RunSummary]:
    """Seconds for ``eventwire.run`` over the corpus into a fresh temporary store."""
    gc.collect()
    with tempfile.TemporaryDirectory(prefix="ewbench-db-") as tmp:
        started = time.perf_counter()
        summary = eventwire.run(
            paths=[corpus.directory],
            meta=corpus.manifest,
            db=str(Path(tmp) / "bench.db"),
            out=None,
            workers=workers,
        )
        return time.perf_counter() - started, summary


def warm_up(nlp, corpus: Corpus, texts: list[str]) -> None:
    """One small untimed pass down each path: lazy imports, caches, first batches."""
    time_bare(nlp, texts[:WARMUP_FILES])
    with tempfile.TemporaryDirectory(prefix="ewbench-warmup-") as tmp:
        time_pipeline(first_files(corpus, WARMUP_FILES, Path(tmp)), workers=1)


def measure(nlp, corpus: Corpus, texts: list[str], workers: int, repeat: int) -> Timings:
    """Alternate bare and pipeline ``repeat`` times; keep the best time of each."""
    bare, pipeline, summary = [], [], None
    for round_number in range(1, repeat + 1):
        bare.append(time_bare(nlp, texts))
        seconds, summary = time_pipeline(corpus, workers)
        pipeline.append(seconds)
        if repeat > 1:
            print(f"round {round_number}/{repeat}: bare {bare[-1]:.2f} s, pipeline {seconds:.2f} s", flush=True)
    assert summary is not None
    return Timings(min(bare), min(pipeline), summary)


# -- report ------------------------------------------------------------------------


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / RSS_UNITS_PER_MB


def rejected_by_stage(summary: RunSummary) -> str:
    counts = Counter(r.stage for r in summary.rejected)
    return ", ".join(f"{stage} {n}" for stage, n in sorted(counts.items())) or "none"


def report(articles: list[Article], words: int, timings: Timings, workers: int, repeat: int) -> dict[str, float]:
    """Print the human-readable lines; return the headline numbers."""
    summary = timings.summary
    bare_words_per_s = words / timings.bare_seconds
    words_per_s = words / timings.pipeline_seconds
    results = {
        "articles_per_s": round(len(articles) / timings.pipeline_seconds, 2),
        "words_per_s": round(words_per_s, 1),
        "bare_words_per_s": round(bare_words_per_s, 1),
        "ratio": round(words_per_s / bare_words_per_s, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    best = f" (best of {repeat})" if repeat > 1 else ""
    print(f"bare nlp.pipe:  {timings.bare_seconds:8.2f} s{best}  {len(articles) / timings.bare_seconds:8.2f} articles/s  {bare_words_per_s:10.1f} words/s")
    print(f"pipeline:       {timings.pipeline_seconds:8.2f} s{best}  {results['articles_per_s']:8.2f} articles/s  {words_per_s:10.1f} words/s")
    print(
        f"pipeline run:   {summary.articles_read} read, {summary.articles_new} new, {summary.duplicates} duplicates, "
        f"rejected: {rejected_by_stage(summary)}; {summary.event_mentions} event mentions, {summary.events} events"
    )
    if summary.articles_read != len(articles):
        print(f"note: run read {summary.articles_read} articles but read_inputs gave {len(articles)}; rates use {len(articles)}")
    print(f"ratio pipeline/bare: {results['ratio']:.3f} (target >= {TARGET_RATIO})")
    print(f"peak RSS:       {results['peak_rss_mb']:.1f} MB (this process, whole run)")
    if workers > 1:
        print(f"peak RSS:       {peak_rss_mb(resource.RUSAGE_CHILDREN):.1f} MB (largest worker process)")
        print(f"note: the pipeline ran with {workers} workers but the bare path is single-process; the ratio is not like for like")
    return results


# -- timeout -----------------------------------------------------------------------


def stop_after(seconds: int, workers: int) -> None:
    """After ``seconds`` (0: never), print where the run is, kill its workers, exit.

    Exiting by SystemExit, raised where the run is stuck, lets temporary directories
    be removed on the way out.
    """

    def on_timeout(_signum: int, frame) -> None:
        print(f"error: no result after {seconds} s; the main process was here:", file=sys.stderr)
        traceback.print_stack(frame, file=sys.stderr)
        if workers > 1:
            print("(worker processes' stacks are not shown; rerun with --workers 1 to see them)", file=sys.stderr)
        for child in multiprocessing.active_children():
            child.kill()
        raise SystemExit(EXIT_TIMEOUT)

    signal.signal(signal.SIGALRM, on_timeout)
    signal.alarm(seconds)


# -- main --------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help=f"directory of articles (default: {DEFAULT_CORPUS})")
    parser.add_argument("--workers", type=positive_int, default=1, help="worker processes for the pipeline (default: 1)")
    parser.add_argument("--limit", type=positive_int, default=None, help="use only the first N files of the corpus")
    parser.add_argument("--repeat", type=positive_int, default=1, help="alternate the two paths N times and keep the best of each (default: 1)")
    parser.add_argument(
        "--timeout",
        type=int,
        default=DEFAULT_TIMEOUT_S,
        help=f"stop a stuck run after this many seconds of measuring, 0 for never (default: {DEFAULT_TIMEOUT_S})",
    )
    parser.add_argument(
        "--reference",
        choices=("published", "eventwire"),
        default="published",
        help="the model timed on the bare path: as spacy.load gives it (default), or as eventwire loads it",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    corpus = find_corpus(args.corpus.expanduser().resolve())
    with tempfile.TemporaryDirectory(prefix="ewbench-corpus-") as tmp:
        if args.limit:
            corpus = first_files(corpus, args.limit, Path(tmp))
        articles, rejected = read_articles(corpus)
        if not articles:
            raise SystemExit(f"no readable articles in {corpus.directory}")
        texts = [article.text for article in articles]
        words = word_count(articles)
        settings = load_settings(workers=args.workers)
        nlp = load_nlp(settings.spacy_model)  # positional, as analyse calls it, so the cached model is shared
        if args.reference == "published":
            nlp = spacy.load(model_package(settings.spacy_model))
        load_gazetteer()
        limit = f" (first {args.limit} files)" if args.limit else ""
        print(f"corpus:         {args.corpus}{limit}")
        print(f"articles:       {len(articles)} ({rejected} inputs rejected at ingest, left out of both paths)")
        print(f"words:          {words}")
        print(
            f"model:          {model_version(nlp)} ({args.reference} on the bare path); bare batch_size {BARE_BATCH_SIZE}, pipeline batch_size {settings.batch_size}; workers {args.workers}"
        )
        print("order:          bare nlp.pipe first, then the pipeline" + (", alternating" if args.repeat > 1 else ""), flush=True)
        stop_after(max(0, args.timeout), args.workers)
        warm_up(nlp, corpus, texts)
        timings = measure(nlp, corpus, texts, args.workers, args.repeat)
        signal.alarm(0)
        results = report(articles, words, timings, args.workers, args.repeat)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
