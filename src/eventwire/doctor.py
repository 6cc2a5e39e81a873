"""Doctor: find and repair what an older version, a crash or a poisoned article left in a store.

``check_store`` runs each check in turn; with ``repair`` it mends what it finds, in the
store's own terms, so the next run starts from a consistent store:

- event mentions whose record no longer decodes: quarantined;
- event mentions whose date no report can have (backwards, before 1900, after its
  article's publication): clamped by ``dates.plausible_range`` and merged again, or
  quarantined when nothing of the range is left;
- date columns that disagree with the mention's record (the index a merge searches):
  rewritten from the record;
- links from events to missing events or mentions, events with no mention left, and
  mentions marked merged that no event holds: the events concerned are dropped and their
  mentions merged again;
- mentions left unmerged by an interrupted run: merged (with the store's isolation, so a
  mention that still fails is quarantined instead of stopping the repair).

``release`` gives quarantined mentions another chance (after an upgrade that fixes what
failed); ``rebuild`` rewrites every event from its mentions, so events written by an older
merge take the current rules. Runs that never finished are reported, not changed: every
article they stored is complete.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sized
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from . import codec
from .dates import plausible_range
from .models import DateRange
from .settings import DEFAULTS
from .store import (
    Store,
    articles,
    date_window,
    event_mentions,
    event_sources,
    events,
    quarantine_mentions,
    quarantined_mentions,
    runs,
    unmerge_events,
)

SCAN_CHUNK = 2000  # event mentions read per step of the scan


@dataclass(frozen=True)
class Finding:
    """What one check found, and how much of it was mended."""

    check: str
    found: int
    repaired: int
    detail: str

    @property
    def open(self) -> int:
        return self.found - self.repaired


@dataclass
class _MentionProblems:
    undecodable: list[str]
    implausible: list[str]
    clamped: dict[str, dict[str, Any]]  # mention id -> its mended record
    stale_columns: dict[str, dict[str, Any]]  # mention id -> its record, whose date columns are wrong


def check_store(
    store: Store, repair: bool = True, release: bool = False, rebuild: bool = False, window_days: int = DEFAULTS.merge_window_days
) -> list[Finding]:
    """Every check's finding, in order; with ``repair``, each also mended."""
    findings: list[Finding] = []
    if release:
        findings.append(_release_quarantine(store, repair))
    findings.extend(_check_mentions(store, repair))
    findings.extend(_check_links(store, repair))
    findings.append(_merge_pending(store, repair, window_days))
    if rebuild:
        findings.append(_rebuild(store, repair, window_days))
    findings.append(_unfinished_runs(store))
    findings.append(_quarantine_summary(store))
    return findings


# -- event mentions ----------------------------------------------------------------------------


def _check_mentions(store: Store, repair: bool) -> list[Finding]:
    problems = _MentionProblems([], [], {}, {})
    for row in _scan_mentions(store):
        _diagnose(row, problems)
    if repair:
        with store.engine.begin() as connection:
            if problems.undecodable:
                quarantine_mentions(connection, problems.undecodable, "doctor", "the stored record cannot be decoded", None, None)
            if problems.implausible:
                quarantine_mentions(
                    connection, problems.implausible, "doctor", "date range no report can give (backwards, before 1900 or after publication)", None, None
                )
            _rewrite_records(connection, {**problems.stale_columns, **problems.clamped})
    return [
        Finding("undecodable mentions", len(problems.undecodable), _repaired(problems.undecodable, repair), "quarantined"),
        Finding("implausible dates", len(problems.implausible), _repaired(problems.implausible, repair), "nothing of the range is plausible: quarantined"),
        Finding(
            "dates outside their bounds", len(problems.clamped), _repaired(problems.clamped, repair), "clamped to 1900..publication + 1 day and merged again"
        ),
        Finding(
            "date index out of step",
            len(problems.stale_columns),
            _repaired(problems.stale_columns, repair),
            "date columns rewritten from the record and merged again",
        ),
    ]


def _scan_mentions(store: Store) -> Iterator[sa.Row]:
    """Every event mention with its article's publication date, in chunks by id."""
    c = event_mentions.c
    last = ""
    while True:
        query = (
            sa.select(c.mention_id, c.record, c.earliest, c.latest, c.span_days, articles.c.published)
            .join(articles, articles.c.article_id == c.article_id, isouter=True)
            .where(c.mention_id > last)
            .order_by(c.mention_id)
            .limit(SCAN_CHUNK)
        )
        with store.engine.connect() as connection:
            rows = connection.execute(query).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].mention_id


def _diagnose(row: sa.Row, problems: _MentionProblems) -> None:
    try:
        record = json.loads(row.record)
        date = codec.mention_from_json(record).date
    except (ValueError, KeyError, TypeError):
        problems.undecodable.append(row.mention_id)
        return
    sane = plausible_range(date, _published(row.published))
    if date is not None and sane is None:
        problems.implausible.append(row.mention_id)
    elif sane != date:
        problems.clamped[row.mention_id] = {**record, "date": codec.date_to_json(sane)}
    elif _columns_of(row) != date_window(record):
        problems.stale_columns[row.mention_id] = record


def _repaired(found: Sized, repair: bool) -> int:
    """How many of ``found`` were mended: all of them when repairing, none on a dry run."""
    return len(found) if repair else 0


def _published(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _columns_of(row: sa.Row) -> dict[str, Any]:
    return {"earliest": row.earliest, "latest": row.latest, "span_days": row.span_days}


def _rewrite_records(connection: Connection, records: dict[str, dict[str, Any]]) -> None:
    """Store mended records with their date columns; their events are merged again."""
    for mention_id, record in records.items():
        values = {"record": json.dumps(record), "merged": False, **date_window(record)}
        connection.execute(event_mentions.update().where(event_mentions.c.mention_id == mention_id).values(**values))
    held = connection.execute(sa.select(event_sources.c.event_id).where(event_sources.c.mention_id.in_(list(records)))).scalars().all() if records else []
    unmerge_events(connection, sorted(set(held)))


# -- links between events and mentions --------------------------------------------------------


def _check_links(store: Store, repair: bool) -> list[Finding]:
    s, e, m = event_sources.c, events.c, event_mentions.c
    with store.engine.connect() as connection:
        dangling = (
            connection.execute(
                sa.select(s.event_id).where(~sa.exists().where(e.event_id == s.event_id) | ~sa.exists().where(m.mention_id == s.mention_id)).distinct()
            )
            .scalars()
            .all()
        )
        empty = connection.execute(sa.select(e.event_id).where(~sa.exists().where(s.event_id == e.event_id))).scalars().all()
        homeless = connection.execute(sa.select(m.mention_id).where(m.merged.is_(True), ~sa.exists().where(s.mention_id == m.mention_id))).scalars().all()
    if repair:
        with store.engine.begin() as connection:
            unmerge_events(connection, sorted(set(dangling) | set(empty)))
            for mention_id in homeless:
                connection.execute(event_mentions.update().where(m.mention_id == mention_id).values(merged=False))
    return [
        Finding("events pointing at missing mentions", len(dangling), _repaired(dangling, repair), "dropped; their mentions merged again"),
        Finding("events with no mention", len(empty), _repaired(empty, repair), "dropped"),
        Finding("merged mentions in no event", len(homeless), _repaired(homeless, repair), "merged again"),
    ]


# -- merging, rebuilding, quarantine ----------------------------------------------------------


def _merge_pending(store: Store, repair: bool, window_days: int) -> Finding:
    pending = len(store.pending_blocks())
    if repair and pending:
        store.merge_pending(window_days)
    return Finding("blocks with unmerged mentions", pending, pending if repair else 0, "merged (a mention that fails is quarantined)")


def _rebuild(store: Store, repair: bool, window_days: int) -> Finding:
    with store.engine.connect() as connection:
        blocks = connection.execute(sa.select(event_mentions.c.block).distinct().order_by(event_mentions.c.block)).scalars().all()
    if repair:
        for block in blocks:
            store.rebuild_block(block, window_days)
    return Finding("blocks rebuilt", len(blocks), len(blocks) if repair else 0, "every event rewritten by the current merge")


def _release_quarantine(store: Store, repair: bool) -> Finding:
    """Put quarantined mentions back among the unmerged ones (all but those whose date is
    still implausible), for the merge that follows to try them again."""
    q = quarantined_mentions.c
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(q.mention_id, q.article_id, q.block, q.record, articles.c.published).join(articles, articles.c.article_id == q.article_id)
        ).all()
    releasable = [row for row in rows if _releasable(row)]
    if repair and releasable:
        with store.engine.begin() as connection:
            for row in releasable:
                record = json.loads(row.record)
                connection.execute(
                    event_mentions.insert().values(
                        mention_id=row.mention_id, article_id=row.article_id, block=row.block, merged=False, record=row.record, **date_window(record)
                    )
                )
                connection.execute(quarantined_mentions.delete().where(q.mention_id == row.mention_id))
    return Finding("quarantined mentions released", len(releasable), len(releasable) if repair else 0, "put back to be merged again")


def _releasable(row: sa.Row) -> bool:
    try:
        date: DateRange | None = codec.mention_from_json(json.loads(row.record)).date
    except (ValueError, KeyError, TypeError):
        return False
    return date is None or plausible_range(date, _published(row.published)) == date


def _unfinished_runs(store: Store) -> Finding:
    with store.engine.connect() as connection:
        count = connection.execute(sa.select(sa.func.count()).select_from(runs).where(runs.c.finished_at.is_(None))).scalar() or 0
    return Finding("runs that did not finish", count, count, "nothing to mend: every article they stored is complete")


def _quarantine_summary(store: Store) -> Finding:
    q = quarantined_mentions.c
    with store.engine.connect() as connection:
        by_stage = connection.execute(sa.select(q.stage, sa.func.count()).group_by(q.stage).order_by(q.stage)).all()
    total = sum(count for _, count in by_stage)
    detail = ", ".join(f"{count} from {stage}" for stage, count in by_stage) or "none"
    return Finding("mentions in quarantine", total, total, f"{detail} (kept out of events; `--release` retries them)")


def quarantine_details(store: Store) -> list[dict[str, Any]]:
    """Every quarantined mention: its article's path, the stage, the reason and the traceback."""
    q = quarantined_mentions.c
    query = (
        sa.select(q.mention_id, articles.c.path, q.stage, q.reason, q.detail, q.quarantined_at)
        .join(articles, articles.c.article_id == q.article_id)
        .order_by(articles.c.path, q.mention_id)
    )
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]
