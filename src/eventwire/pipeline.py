"""Pipeline: the stages composed into one run, from input paths to a store and outputs.

``run`` streams articles through ingest and clean, analyses them in batches (in this
process, or in ``workers`` processes that each load the models once), stores each
article in its own transaction, merges the touched blocks, and writes the outputs.
Bad inputs become Rejected records and never stop the run: an article that fails to
clean, analyse or store is rejected with the stage and the reason (the traceback goes to
the ``eventwire`` logger), and one whose event mentions fail to merge has them quarantined
in the store (see ``store``), reported among the run's rejections.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import multiprocessing
import platform
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import sqlalchemy as sa

from . import __version__
from .analyse import analyse_batch
from .classify import classifier_version
from .clean import clean, junk_reason
from .export import write_outputs
from .geo.gazetteer import GAZETTEER_VERSION
from .ingest import read_inputs, read_manifest
from .models import Article, ArticleAnalysis, Rejected, RunSummary
from .settings import Settings, load_settings
from .store import Store, events, open_store
from .vectors import MODEL_VERSION as SENTENCE_MODEL_VERSION

logger = logging.getLogger(__name__)

ARTICLES_PER_BATCH = 16
SentBatch = tuple[list[Article], concurrent.futures.Future[list[ArticleAnalysis]]]  # a batch handed to a worker, and its analyses to come
Progress = Callable[[int], None]


def run(
    paths: Iterable[str | Path],
    meta: str | Path | None = None,
    db: str | None = None,
    out: str | Path | None = None,
    workers: int | None = None,
    config: str | Path | None = None,
    progress: Progress | None = None,
    follow_symlinks: bool | None = None,
    min_confidence: float | None = None,
    min_interaction_confidence: float | None = None,
) -> RunSummary:
    """Process the articles in ``paths`` into the store ``db`` and write outputs to ``out``."""
    started = time.perf_counter()
    settings = load_settings(
        config,
        db=db,
        workers=workers,
        follow_symlinks=follow_symlinks,
        min_confidence=min_confidence,
        min_interaction_confidence=min_interaction_confidence,
    )
    manifest = read_manifest(meta) if meta else None
    store = open_store(settings.db)
    run_id = store.start_run(settings.as_dict(), versions(settings))
    store.merge_pending(settings.merge_window_days, run_id)  # what an interrupted run left
    tally = _Tally()
    inputs = read_inputs(paths, manifest, settings.max_input_bytes, follow_symlinks=settings.follow_symlinks)
    for analysis in _analyses(_new_articles(inputs, store, tally), settings, tally):
        _save(store, analysis, run_id, tally)
        if progress:
            progress(1)
    store.merge_pending(settings.merge_window_days, run_id)
    tally.rejected.extend(store.quarantined(run_id))
    store.add_rejections(run_id, tally.rejected)
    outputs = write_outputs(store, Path(out), tally.rejected, settings.min_confidence, settings.min_interaction_confidence) if out else []
    summary = RunSummary(
        articles_read=tally.read,
        articles_new=tally.new,
        duplicates=tally.duplicates,
        already_stored=tally.already_stored,
        rejected=tuple(tally.rejected),
        event_mentions=tally.mentions,
        events=store.count(events),
        seconds=round(time.perf_counter() - started, 2),
        db_url=store.url,
        out_dir=str(out) if out else None,
        outputs=tuple(str(p) for p in outputs),
    )
    store.finish_run(
        run_id, {"articles_read": summary.articles_read, "articles_new": summary.articles_new, "rejected": len(summary.rejected), "events": summary.events}
    )
    return summary


def versions(settings: Settings) -> dict[str, str]:
    import spacy

    return {
        "eventwire": __version__,
        "spacy": spacy.__version__,
        "spacy_model": settings.spacy_model or "en_core_web_sm",
        "gazetteer": GAZETTEER_VERSION,
        "event_classifier": classifier_version(),
        "sentence_vectors": SENTENCE_MODEL_VERSION,
        "python": platform.python_version(),
    }


def _save(store: Store, analysis: ArticleAnalysis, run_id: str, tally: _Tally) -> None:
    """Store one article; one whose data the database refuses is rejected, the run goes on."""
    try:
        tally.new += store.save_analysis(analysis, run_id)
        tally.mentions += len(analysis.event_mentions)
    except sa.exc.OperationalError:
        raise  # the database itself is gone or locked: no other article could be stored either
    except Exception as exc:
        logger.error("storing %s failed", analysis.article.path, exc_info=True)
        tally.rejected.append(Rejected(analysis.article.path, "store", f"{type(exc).__name__}: {exc}"))


class _Tally:
    def __init__(self) -> None:
        self.read = self.new = self.duplicates = self.already_stored = self.mentions = 0
        self.rejected: list[Rejected] = []


def _new_articles(items: Iterable[Article | Rejected], store: Store, tally: _Tally) -> Iterator[Article]:
    """Cleaned articles not seen before in this run or in the store."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Rejected):
            tally.rejected.append(item)
            continue
        tally.read += 1
        if item.article_id in seen:
            tally.duplicates += 1
            continue
        seen.add(item.article_id)
        if store.known_article_ids([item.article_id]):
            tally.already_stored += 1
            continue
        try:
            cleaned = clean(item)
        except Exception as exc:  # one bad article never stops the run
            logger.error("cleaning %s failed", item.path, exc_info=True)
            tally.rejected.append(Rejected(item.path, "clean", f"{type(exc).__name__}: {exc}"))
            continue
        junk = junk_reason(cleaned)
        if junk:
            tally.rejected.append(Rejected(item.path, "clean", junk))
        else:
            yield cleaned


def _analyses(articles: Iterator[Article], settings: Settings, tally: _Tally) -> Iterator[ArticleAnalysis]:
    batches = _batches(articles, ARTICLES_PER_BATCH)
    if settings.workers <= 1:
        for batch in batches:
            yield from _analyse_safely(batch, settings, tally)
        return
    context = multiprocessing.get_context("fork")
    unsent: list[list[Article]] = []
    with concurrent.futures.ProcessPoolExecutor(settings.workers, mp_context=context) as pool:
        pending: deque[SentBatch] = deque()
        for batch in batches:
            try:
                pending.append((batch, pool.submit(analyse_batch, batch, settings.spacy_model, settings.batch_size)))
            except concurrent.futures.process.BrokenProcessPool:  # a worker died (killed, out of memory)
                logger.warning("a worker process died; analysing the remaining articles in this process")
                unsent.append(batch)
                break
            if len(pending) > 2 * settings.workers:
                yield from _collect(pending.popleft(), settings, tally)
        while pending:
            yield from _collect(pending.popleft(), settings, tally)
    for batch in itertools.chain(unsent, batches):  # left only when the pool broke
        yield from _analyse_safely(batch, settings, tally)


def _collect(item: SentBatch, settings: Settings, tally: _Tally) -> list[ArticleAnalysis]:
    batch, future = item
    try:
        return future.result()
    except Exception:
        return list(_analyse_safely(batch, settings, tally))


def _analyse_safely(batch: list[Article], settings: Settings, tally: _Tally) -> list[ArticleAnalysis]:
    """Analyse a batch; if it fails, analyse its articles one by one to find the bad one."""
    try:
        return analyse_batch(batch, settings.spacy_model, settings.batch_size)
    except Exception as exc:  # one bad article never stops the run
        if len(batch) == 1:
            logger.error("analysing %s failed", batch[0].path, exc_info=True)
            tally.rejected.append(Rejected(batch[0].path, "analyse", f"{type(exc).__name__}: {exc}"))
            return []
    return [analysis for article in batch for analysis in _analyse_safely([article], settings, tally)]


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
