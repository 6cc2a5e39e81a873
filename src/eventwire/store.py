"""Store: articles, mentions and merged events in SQLite (default) or PostgreSQL.

SQLAlchemy Core, one ``Store`` object per database. The schema is versioned:
``MIGRATIONS`` lists the steps from an empty database, and ``open_store`` applies the
ones a database lacks. Every article is written in one transaction with its paragraphs,
place mentions and event mentions (marked unmerged); merging then rebuilds, in
transactions of up to ``BLOCKS_PER_TRANSACTION`` touched blocks, only the events that
the new mentions can change. A run
killed at any point leaves either an article fully stored or not at all, and unmerged
mentions are merged by the next run, so the store stays consistent and a re-run
completes the work.

Merging through the date index: ``merge.merge_block`` puts two mentions of a block in
one event only if their date ranges meet, within a slack of ``window_days`` for changes
of territory and of none otherwise, and undated mentions only with undated ones. So the
events a new mention can change are those made of the mentions it is linked to through
a chain of such meetings: its connected component. Each event mention keeps its
``earliest`` and ``latest`` dates and their ``span_days`` in indexed columns;
``merge_pending`` grows each new mention's date window by range queries on
``(block, earliest, latest)`` until no stored mention meets it, merges that component
alone and replaces the events of its mentions (found through ``event_sources``). The
result equals a rebuild of the whole block, at a cost set by the component, not by the
size of the block or of the store.

Isolation: merging never stops a run. Blocks are merged up to ``BLOCKS_PER_TRANSACTION``
a transaction; if one fails, the chunk is merged again a block a transaction, and a block
that still fails is merged an article at a time. The event mentions of an article whose
merge fails are moved to ``quarantined_mentions`` with the stage, the reason and the
traceback, so no later run meets them again; ``eventwire doctor`` lists them and can put
them back once a fixed version can merge them. Mentions whose date no report can have
(``dates.plausible_range``) are quarantined when they are saved and never reach the date
index.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import traceback
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from . import codec
from .dates import is_plausible
from .errors import StoreError
from .merge import Regrouping, block_of, merge_block, regrouped, slack_days
from .models import Article, ArticleAnalysis, Event, EventMention, Place, PlaceMention, Rejected
from .settings import DEFAULTS

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 8
QUERY_CHUNK = 500
BACKFILL_CHUNK = 5000  # event mentions read per step when a migration fills the date columns
T = TypeVar("T")  # what a sequence cut into chunks (``_chunks``) holds

metadata = sa.MetaData()
schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, nullable=False))
runs = sa.Table(
    "runs",
    metadata,
    sa.Column("run_id", sa.String(36), primary_key=True),
    sa.Column("started_at", sa.String(40), nullable=False),
    sa.Column("finished_at", sa.String(40)),
    sa.Column("settings", sa.Text, nullable=False),
    sa.Column("versions", sa.Text, nullable=False),
    sa.Column("summary", sa.Text),
)
articles = sa.Table(
    "articles",
    metadata,
    sa.Column("article_id", sa.String(32), primary_key=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("publisher", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("metadata", sa.Text, nullable=False),
    sa.Column("run_id", sa.String(36), nullable=False),
)
paragraphs = sa.Table(
    "paragraphs",
    metadata,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.article_id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
)
place_mentions = sa.Table(
    "place_mentions",
    metadata,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.article_id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("record", sa.Text, nullable=False),
)
event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column("mention_id", sa.String(32), primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.article_id"), nullable=False, index=True),
    sa.Column("block", sa.String(120), nullable=False),  # indexed first in ix_event_mentions_window and _span
    sa.Column("merged", sa.Boolean, nullable=False, default=False),  # indexed first in ix_event_mentions_pending
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("earliest", sa.Date),  # the mention's date range (null when undated), since schema 2
    sa.Column("latest", sa.Date),
    sa.Column("span_days", sa.Integer),  # latest - earliest, so a window query knows how far back to look
    sa.Index("ix_event_mentions_window", "block", "earliest", "latest"),
    sa.Index("ix_event_mentions_span", "block", "span_days"),
    sa.Index("ix_event_mentions_pending", "merged", "block"),
)
events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String(32), primary_key=True),
    sa.Column("block", sa.String(120), nullable=False, index=True),
    sa.Column("event_date", sa.String(10), index=True),
    sa.Column("record", sa.Text, nullable=False),
    # since schema 6: the fields a reader filters on, copied from the record (``query_events``)
    sa.Column("event_type", sa.String(40), index=True),  # null for a political interaction
    sa.Column("sub_event_type", sa.String(60)),
    sa.Column("plover_type", sa.String(20)),
    sa.Column("status", sa.String(16), index=True),
    sa.Column("confidence", sa.Float),
    sa.Column("country_code", sa.String(2), index=True),
    sa.Column("admin1", sa.String(120)),
    sa.Column("place", sa.String(200)),
    sa.Column("actors", sa.Text),  # actor1 and actor2, one per line
    # since schema 8: what the words filters search, case-folded in Python (so "Ізюм" finds "ІЗЮМ" in any database)
    sa.Column("evidence_text", sa.Text),  # the sources' sentences, one per line
    sa.Column("place_text", sa.Text),  # the place's name, as written, its admin1 and country
    sa.Column("source_text", sa.Text),  # the sources' publishers, speakers and the parties they speak for
)
FILTER_COLUMNS = ("event_type", "sub_event_type", "plover_type", "status", "confidence", "country_code", "admin1", "place", "actors")
SEARCH_COLUMNS = ("evidence_text", "place_text", "source_text")
SOURCE_FIELDS = ("speaker", "person", "party", "speaks_for")  # what a source filter finds in a mention's claim, beside its publisher
event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("event_id", sa.String(32), sa.ForeignKey("events.event_id"), primary_key=True),
    sa.Column("mention_id", sa.String(32), sa.ForeignKey("event_mentions.mention_id"), primary_key=True),
    sa.Index("ix_event_sources_mention_id", "mention_id"),
)
quarantined_mentions = sa.Table(
    "quarantined_mentions",
    metadata,
    sa.Column("mention_id", sa.String(32), primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.article_id"), nullable=False, index=True),
    sa.Column("block", sa.String(120), nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("stage", sa.String(32), nullable=False),  # store (refused on saving) or merge
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("detail", sa.Text),  # the traceback of a failed merge
    sa.Column("run_id", sa.String(36)),
    sa.Column("quarantined_at", sa.String(40), nullable=False),
)
dropped_candidates = sa.Table(  # since schema 5: what the events stage read and did not code, and why
    "dropped_candidates",
    metadata,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.article_id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("record", sa.Text, nullable=False),
)
corrections = sa.Table(  # since schema 7: an analyst's review of an event, kept apart from the machine's values (``review``)
    "corrections",
    metadata,
    sa.Column("correction_id", sa.String(36), primary_key=True),
    sa.Column("event_id", sa.String(32), nullable=False, index=True),  # the event as it was when reviewed
    sa.Column("mention_ids", sa.Text, nullable=False),  # its mentions, one per line: how a re-merged event finds it again
    sa.Column("action", sa.String(16), nullable=False),  # verify, reject, correct, split or merge
    sa.Column("fields", sa.Text, nullable=False),  # JSON: the corrected fields (correct only)
    sa.Column("note", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("undone_at", sa.String(40)),
)
rejections = sa.Table(
    "rejections",
    metadata,
    sa.Column("run_id", sa.String(36), nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("stage", sa.String(32), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
)


def _create_v1(connection: Connection) -> None:
    metadata.create_all(connection)  # a new database gets today's schema; later steps find it done


def _add_date_windows_v2(connection: Connection) -> None:
    """Date columns and indexes on event mentions, filled from each mention's record."""
    present = {column["name"] for column in sa.inspect(connection).get_columns("event_mentions")}
    for column in (event_mentions.c.earliest, event_mentions.c.latest, event_mentions.c.span_days):
        if column.name not in present:
            kind = column.type.compile(dialect=connection.dialect)
            connection.execute(sa.text(f"ALTER TABLE event_mentions ADD COLUMN {column.name} {kind}"))
    for table in (event_mentions, event_sources):
        for index in table.indexes:
            index.create(connection, checkfirst=True)
    _backfill_date_windows(connection)


def _backfill_date_windows(connection: Connection) -> None:
    c = event_mentions.c
    update = event_mentions.update().where(c.mention_id == sa.bindparam("b_mention_id"))
    update = update.values(earliest=sa.bindparam("b_earliest"), latest=sa.bindparam("b_latest"), span_days=sa.bindparam("b_span_days"))
    last = ""
    while True:
        query = sa.select(c.mention_id, c.record).where(c.mention_id > last, c.span_days.is_(None)).order_by(c.mention_id).limit(BACKFILL_CHUNK)
        rows = connection.execute(query).all()
        if not rows:
            return
        last = rows[-1].mention_id
        windows = [{"b_mention_id": row.mention_id, **{f"b_{k}": v for k, v in date_window(json.loads(row.record)).items()}} for row in rows]
        dated = [w for w in windows if w["b_earliest"] is not None]
        if dated:
            connection.execute(update, dated)


def _drop_prefix_indexes_v3(connection: Connection) -> None:
    """Single-column indexes on block and merged, which the composite ones begin with: one
    B-tree fewer to write each, for every mention stored."""
    for name in ("ix_event_mentions_block", "ix_event_mentions_merged"):
        connection.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))


def _add_quarantine_v4(connection: Connection) -> None:
    """A table for the event mentions that could not be merged, with why."""
    quarantined_mentions.create(connection, checkfirst=True)
    for index in quarantined_mentions.indexes:
        index.create(connection, checkfirst=True)


def _add_dropped_candidates_v5(connection: Connection) -> None:
    """A table for the candidates the events stage dropped as no report of a real event."""
    dropped_candidates.create(connection, checkfirst=True)


def _add_event_filters_v6(connection: Connection) -> None:
    """Columns for the fields readers filter events on, filled from each event's record."""
    present = {column["name"] for column in sa.inspect(connection).get_columns("events")}
    for name in FILTER_COLUMNS:
        if name not in present:
            kind = events.c[name].type.compile(dialect=connection.dialect)
            connection.execute(sa.text(f"ALTER TABLE events ADD COLUMN {name} {kind}"))
    for index in events.indexes:
        index.create(connection, checkfirst=True)
    update = events.update().where(events.c.event_id == sa.bindparam("b_event_id")).values({n: sa.bindparam(f"b_{n}") for n in FILTER_COLUMNS})
    rows = connection.execute(sa.select(events.c.event_id, events.c.record)).all()
    for chunk in _chunks(rows, BACKFILL_CHUNK):
        values = [{"b_event_id": row.event_id, **{f"b_{k}": v for k, v in filter_fields(json.loads(row.record)).items()}} for row in chunk]
        if values:
            connection.execute(update, values)


def _add_corrections_v7(connection: Connection) -> None:
    """A table for analysts' corrections of events."""
    corrections.create(connection, checkfirst=True)
    for index in corrections.indexes:
        index.create(connection, checkfirst=True)


def _add_search_columns_v8(connection: Connection) -> None:
    """Case-folded text columns for the words filters (evidence, place, source), filled from
    each event's record, its mentions' records and their articles' publishers."""
    present = {column["name"] for column in sa.inspect(connection).get_columns("events")}
    for name in SEARCH_COLUMNS:
        if name not in present:
            connection.execute(sa.text(f"ALTER TABLE events ADD COLUMN {name} {events.c[name].type.compile(dialect=connection.dialect)}"))
    update = events.update().where(events.c.event_id == sa.bindparam("b_event_id")).values({n: sa.bindparam(f"b_{n}") for n in SEARCH_COLUMNS})
    rows = connection.execute(sa.select(events.c.event_id, events.c.record)).all()
    for chunk in _chunks(rows, QUERY_CHUNK):
        mentions = _mention_records_of(connection, [row.event_id for row in chunk])
        publishers = _publishers(connection, {m["article_id"] for found in mentions.values() for m in found})
        values = []
        for row in chunk:
            found = mentions.get(row.event_id, [])
            fields = search_fields(json.loads(row.record), found, publishers)
            values.append({"b_event_id": row.event_id, **{f"b_{k}": v for k, v in fields.items()}})
        if values:
            connection.execute(update, values)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _create_v1,
    _add_date_windows_v2,
    _drop_prefix_indexes_v3,
    _add_quarantine_v4,
    _add_dropped_candidates_v5,
    _add_event_filters_v6,
    _add_corrections_v7,
    _add_search_columns_v8,
)


def database_url(db: str) -> str:
    """A SQLAlchemy URL for ``db``: a URL as given, or a SQLite file path."""
    if "://" in db:
        return db.replace("postgresql://", "postgresql+psycopg://", 1) if db.startswith("postgresql://") else db
    return f"sqlite:///{Path(db).expanduser()}"


def open_store(db: str) -> Store:
    """The store at ``db`` (a SQLite file, made with its folder if need be, or a URL), migrated."""
    url = database_url(db)
    try:
        engine = sa.create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            _make_folder_of(engine)
            _configure_sqlite(engine)
        store = Store(engine)
        store.migrate()
        return store
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store {db!r}: {exc.__class__.__name__}: {exc}") from exc


def _make_folder_of(engine: Engine) -> None:
    database = engine.url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot make the folder of the store {database!r}: {exc.strerror or exc}") from exc


BLOCKS_PER_TRANSACTION = 200
SQLITE_CACHE_KIB = 65_536  # 64 MiB of page cache per connection (SQLite's default is 2 MiB)
SQLITE_MMAP_BYTES = 1 << 30  # read up to 1 GiB of the file through memory mapping


def _configure_sqlite(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:  # pragma: no cover - driver hook
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")  # index pages of a large store stay in memory
        cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
        cursor.close()


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def migrate(self) -> None:
        with self.engine.begin() as connection:
            current = self._version(connection)
            for version, step in enumerate(MIGRATIONS, start=1):
                if version > current:
                    step(connection)
                    connection.execute(schema_version.delete())
                    connection.execute(schema_version.insert().values(version=version))

    def _version(self, connection: Connection) -> int:
        if not sa.inspect(connection).has_table("schema_version"):
            return 0
        return connection.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0

    # -- runs ------------------------------------------------------------------------

    def start_run(self, settings: dict[str, Any], versions: dict[str, str]) -> str:
        run_id = str(uuid.uuid4())
        with self.engine.begin() as connection:
            connection.execute(runs.insert().values(run_id=run_id, started_at=_now(), settings=json.dumps(settings), versions=json.dumps(versions)))
        return run_id

    def finish_run(self, run_id: str, summary: dict[str, Any]) -> None:
        with self.engine.begin() as connection:
            connection.execute(runs.update().where(runs.c.run_id == run_id).values(finished_at=_now(), summary=json.dumps(summary)))

    def add_rejections(self, run_id: str, rejected: Iterable[Rejected]) -> None:
        """Record the run's rejections; one already recorded by an earlier run (the same
        input, stage and reason) is kept once, under the latest run that met it."""
        rows = [{"run_id": run_id, "source": r.source, "stage": r.stage, "reason": r.reason} for r in dict.fromkeys(rejected)]
        if rows:
            c = rejections.c
            same = sa.and_(c.source == sa.bindparam("b_source"), c.stage == sa.bindparam("b_stage"), c.reason == sa.bindparam("b_reason"))
            with self.engine.begin() as connection:
                connection.execute(rejections.delete().where(same), [{"b_source": r["source"], "b_stage": r["stage"], "b_reason": r["reason"]} for r in rows])
                connection.execute(rejections.insert(), rows)

    def overview(self, recent_runs: int = 20, rejected: int = 200) -> dict[str, Any]:
        """What the store holds: counts, the latest runs with their summaries, and the latest
        rejected inputs with their reasons."""
        with self.engine.connect() as connection:
            run_rows = connection.execute(sa.select(runs).order_by(runs.c.started_at.desc()).limit(recent_runs)).mappings().all()
            rejection_rows = connection.execute(
                sa.select(rejections.c.run_id, rejections.c.source, rejections.c.stage, rejections.c.reason).order_by(rejections.c.source).limit(rejected)
            ).mappings()
            found_rejections = [dict(r) for r in rejection_rows]
        return {
            "articles": self.count(articles),
            "event_mentions": self.count(event_mentions),
            "events": self.count(events),
            "quarantined_mentions": self.count(quarantined_mentions),
            "corrections": self.count(corrections),
            "runs": [
                {
                    "run_id": r["run_id"],
                    "started_at": r["started_at"],
                    "finished_at": r["finished_at"],
                    "summary": json.loads(r["summary"]) if r["summary"] else None,
                }
                for r in run_rows
            ],
            "rejections": found_rejections,
        }

    def article_page(self, page: int = 1, per_page: int = 100) -> tuple[int, list[dict[str, Any]]]:
        """A page of the stored articles (no text), by publication date, newest first."""
        if not 1 <= page <= MAX_PAGE or not 1 <= per_page <= MAX_PER_PAGE:
            raise ValueError(f"page must lie between 1 and {MAX_PAGE} and per_page between 1 and {MAX_PER_PAGE}")
        columns = (articles.c.article_id, articles.c.path, articles.c.title, articles.c.published, articles.c.publisher, articles.c.url)
        with self.engine.connect() as connection:
            query = sa.select(*columns).order_by(articles.c.published.desc(), articles.c.article_id).limit(per_page).offset((page - 1) * per_page)
            return self.count(articles), [dict(r) for r in connection.execute(query).mappings()]

    # -- articles --------------------------------------------------------------------

    def known_article_ids(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        found: set[str] = set()
        with self.engine.connect() as connection:
            for chunk in _chunks(ids, QUERY_CHUNK):
                found.update(connection.execute(sa.select(articles.c.article_id).where(articles.c.article_id.in_(chunk))).scalars())
        return found

    def save_analysis(self, analysis: ArticleAnalysis, run_id: str) -> bool:
        """Store one article and everything found in it, in one transaction; False if known.

        An event mention whose date no report published that day can have (backwards,
        before 1900, after publication) is quarantined instead: it never reaches the date index.
        """
        article = analysis.article
        with self.engine.begin() as connection:
            if connection.execute(sa.select(articles.c.article_id).where(articles.c.article_id == article.article_id)).first():
                return False
            connection.execute(articles.insert().values(**_article_row(article, run_id)))
            if article.paragraphs:
                connection.execute(
                    paragraphs.insert(),
                    [
                        {"article_id": article.article_id, "position": i, "kind": p.kind, "start": p.start, "end": p.end}
                        for i, p in enumerate(article.paragraphs)
                    ],
                )
            if analysis.places:
                connection.execute(place_mentions.insert(), [_place_row(article.article_id, i, p) for i, p in enumerate(analysis.places)])
            if analysis.dropped:
                rows = [
                    {"article_id": article.article_id, "position": i, "record": json.dumps(codec.dropped_to_json(d))} for i, d in enumerate(analysis.dropped)
                ]
                connection.execute(dropped_candidates.insert(), rows)
            plausible = {m.mention_id: is_plausible(m.date, article.published) for m in analysis.event_mentions}
            sane = [m for m in analysis.event_mentions if plausible[m.mention_id]]
            if sane:
                connection.execute(event_mentions.insert(), [_mention_row(m) for m in sane])
            refused = [m for m in analysis.event_mentions if not plausible[m.mention_id]]
            if refused:
                connection.execute(quarantined_mentions.insert(), [_refused_row(m, article.published, run_id) for m in refused])
        return True

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        """Every stored article as a row, with its paragraphs and place mentions."""
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(articles).order_by(articles.c.path, articles.c.article_id)).mappings().all()
            for chunk in _chunks(rows, QUERY_CHUNK):
                ids = [row["article_id"] for row in chunk]
                paras: dict[str, list[dict[str, Any]]] = {}
                query = sa.select(paragraphs).where(paragraphs.c.article_id.in_(ids)).order_by(paragraphs.c.article_id, paragraphs.c.position)
                for p in connection.execute(query).mappings():
                    paras.setdefault(p["article_id"], []).append(dict(p))
                places: dict[str, list[dict[str, Any]]] = {}
                query = (
                    sa.select(place_mentions.c.article_id, place_mentions.c.record)
                    .where(place_mentions.c.article_id.in_(ids))
                    .order_by(place_mentions.c.article_id, place_mentions.c.position)
                )
                for article_id, record in connection.execute(query):
                    places.setdefault(article_id, []).append(json.loads(record))
                dropped = self._dropped_of(connection, ids)
                for row in chunk:
                    found = {
                        "paragraphs": paras.get(row["article_id"], []),
                        "places": places.get(row["article_id"], []),
                        "dropped": dropped.get(row["article_id"], []),
                    }
                    yield {**row, **found}

    def _dropped_of(self, connection: Connection, article_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        c = dropped_candidates.c
        query = sa.select(c.article_id, c.record).where(c.article_id.in_(article_ids)).order_by(c.article_id, c.position)
        found: dict[str, list[dict[str, Any]]] = {}
        for article_id, record in connection.execute(query):
            found.setdefault(article_id, []).append(json.loads(record))
        return found

    def articles_by_id(self, article_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(sorted(set(article_ids)), QUERY_CHUNK):
                query = sa.select(articles.c.article_id, articles.c.path, articles.c.title, articles.c.publisher, articles.c.published, articles.c.url)
                for row in connection.execute(query.where(articles.c.article_id.in_(chunk))).mappings():
                    found[row["article_id"]] = dict(row)
        return found

    # -- merging ---------------------------------------------------------------------

    def pending_blocks(self) -> list[str]:
        with self.engine.connect() as connection:
            query = sa.select(event_mentions.c.block).where(event_mentions.c.merged.is_(False)).distinct()
            return sorted(connection.execute(query).scalars())

    def merge_pending(self, window_days: int = DEFAULTS.merge_window_days, run_id: str | None = None) -> int:
        """Merge every unmerged mention into the events of its block, up to
        ``BLOCKS_PER_TRANSACTION`` blocks a transaction (not a commit per block); returns
        the number of blocks merged. A chunk that fails is merged again a block at a time
        (see ``_merge_or_quarantine``): one bad article never stops the merge."""
        blocks = self.pending_blocks()
        with self.engine.connect() as connection:
            regroupings = _regroupings(connection)
        for chunk in _chunks(blocks, BLOCKS_PER_TRANSACTION):
            try:
                with self.engine.begin() as connection:
                    for block in chunk:
                        _merge_new_mentions(connection, block, window_days, regroupings=regroupings)
            except sa.exc.OperationalError:
                raise
            except Exception:
                for block in chunk:
                    self._merge_or_quarantine(block, window_days, run_id)
        return len(blocks)

    def _merge_or_quarantine(self, block: str, window_days: int, run_id: str | None) -> None:
        """Merge one block; if that fails, merge its new mentions an article at a time and
        quarantine the mentions of each article whose merge still fails."""
        try:
            with self.engine.begin() as connection:
                _merge_new_mentions(connection, block, window_days)
            return
        except sa.exc.OperationalError:
            raise
        except Exception:
            logger.warning("merging block %s failed; merging its articles one at a time", block, exc_info=True)
        with self.engine.connect() as connection:
            by_article = _pending_by_article(connection, block)
        for article_id, mention_ids in sorted(by_article.items()):
            try:
                with self.engine.begin() as connection:
                    _merge_new_mentions(connection, block, window_days, only=set(mention_ids))
            except sa.exc.OperationalError:
                raise
            except Exception as exc:
                logger.error(
                    "merge failed for article %s in block %s; its %d event mentions are quarantined", article_id, block, len(mention_ids), exc_info=True
                )
                with self.engine.begin() as connection:
                    quarantine_mentions(connection, mention_ids, "merge", f"{type(exc).__name__}: {exc}", traceback.format_exc(), run_id)

    def quarantined(self, run_id: str | None = None) -> list[Rejected]:
        """The quarantined event mentions, one Rejected record per article and stage (of one run, if given)."""
        q = quarantined_mentions.c
        query = sa.select(articles.c.path, q.stage, sa.func.min(q.reason), sa.func.count()).join(articles, articles.c.article_id == q.article_id)
        if run_id is not None:
            query = query.where(q.run_id == run_id)
        query = query.group_by(articles.c.path, q.stage).order_by(articles.c.path, q.stage)
        with self.engine.connect() as connection:
            return [
                Rejected(path, stage, f"{reason}; {count} event mention(s) quarantined (see `eventwire doctor --quarantine`)")
                for path, stage, reason, count in connection.execute(query)
            ]

    def merge_new_mentions(self, block: str, window_days: int = DEFAULTS.merge_window_days) -> list[Event]:
        """Rebuild the events that the block's unmerged mentions can change; returns them.

        The same events as ``rebuild_block``, from the connected components of the new
        mentions (see the module docstring) instead of the whole block.
        """
        with self.engine.begin() as connection:
            return _merge_new_mentions(connection, block, window_days)

    def rebuild_block(self, block: str, window_days: int = DEFAULTS.merge_window_days) -> list[Event]:
        """Rebuild every event of ``block`` from all its mentions; returns them."""
        with self.engine.begin() as connection:
            records = connection.execute(sa.select(event_mentions.c.record).where(event_mentions.c.block == block)).scalars().all()
            merged = merge_block(block, [codec.mention_from_json(json.loads(r)) for r in records], window_days)
            merged = regrouped(block, merged, _regroupings(connection))
            old = connection.execute(sa.select(events.c.event_id).where(events.c.block == block)).scalars().all()
            _replace_events(connection, old, merged, rewrite_unchanged=True)  # a rebuild also refreshes what an older merge wrote
            connection.execute(event_mentions.update().where(event_mentions.c.block == block).values(merged=True))
        return merged

    # -- reading events --------------------------------------------------------------

    def count(self, table: sa.Table) -> int:
        with self.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0

    def query_events(self, query: EventQuery) -> EventPage:
        """One page of the stored events that pass ``query``'s filters, and how many pass."""
        conditions = query.conditions()
        order = {
            "date": (events.c.event_date.desc(), events.c.event_id),
            "-date": (events.c.event_date, events.c.event_id),
            "confidence": (events.c.confidence.desc(), events.c.event_id),
            "type": (events.c.event_type, events.c.sub_event_type, events.c.event_id),
        }[query.sort]
        with self.engine.connect() as connection:
            total = connection.execute(sa.select(sa.func.count()).select_from(events).where(*conditions)).scalar() or 0
            rows = connection.execute(
                sa.select(events.c.record).where(*conditions).order_by(*order).limit(query.per_page).offset((query.page - 1) * query.per_page)
            ).all()
        return EventPage(total, [json.loads(row.record) for row in rows])

    def event_counts(self, query: EventQuery) -> list[tuple[str, str | None, int]]:
        """How many events pass ``query``'s filters (its page aside), by date and event type
        (None for political interactions), by date; undated events are not counted."""
        c = events.c
        found = sa.select(c.event_date, c.event_type, sa.func.count()).where(c.event_date.is_not(None), *query.conditions())
        with self.engine.connect() as connection:
            rows = connection.execute(found.group_by(c.event_date, c.event_type).order_by(c.event_date, c.event_type)).all()
        return [(date, event_type, count) for date, event_type, count in rows]

    def article_with_paragraphs(self, article_id: str) -> dict[str, Any] | None:
        """One stored article (text included) with its paragraphs, or None."""
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(articles).where(articles.c.article_id == article_id)).mappings().first()
            if row is None:
                return None
            query = sa.select(paragraphs.c.kind, paragraphs.c.start, paragraphs.c.end).where(paragraphs.c.article_id == article_id)
            found = [dict(p) for p in connection.execute(query.order_by(paragraphs.c.position)).mappings()]
        return {**dict(row), "paragraphs": found}

    def event_with_sources(self, event_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        """One stored event's record with its mentions' records, or None."""
        with self.engine.connect() as connection:
            record = connection.execute(sa.select(events.c.record).where(events.c.event_id == event_id)).scalar()
            if record is None:
                return None
            join = sa.select(event_mentions.c.record).join(event_sources, event_mentions.c.mention_id == event_sources.c.mention_id)
            mentions = [json.loads(r) for r in connection.execute(join.where(event_sources.c.event_id == event_id)).scalars()]
        return json.loads(record), sorted(mentions, key=lambda m: m["mention_id"])

    def add_correction(self, row: dict[str, Any]) -> None:
        with self.engine.begin() as connection:
            connection.execute(corrections.insert().values(**row))

    def undo_correction(self, correction_id: str, when: str) -> bool:
        """Mark a correction undone (it stays, for the record); False if there is none to undo.
        Undoing a split or a merge puts moved mentions back in their blocks and merges them again."""
        c = corrections.c
        with self.engine.begin() as connection:
            row = connection.execute(sa.select(c.action, c.mention_ids, c.fields).where(c.correction_id == correction_id, c.undone_at.is_(None))).first()
            if row is None:
                return False
            connection.execute(corrections.update().where(c.correction_id == correction_id).values(undone_at=when))
            if row.action in ("split", "merge"):
                moved = json.loads(row.fields).get("moved", {})
                if moved:
                    back = event_mentions.update().where(event_mentions.c.mention_id == sa.bindparam("b_mention_id")).values(block=sa.bindparam("b_block"))
                    connection.execute(back, [{"b_mention_id": m, "b_block": b} for m, b in moved.items()])
                remerge_mentions(connection, row.mention_ids.split("\n"))
            return True

    def add_regrouping(self, row: dict[str, Any]) -> list[str]:
        """Record an analyst's split or merge (``review``) and rebuild the events it touches;
        returns the ids of the events its mentions now belong to. A merge moves the other
        event's mentions into the block of the event it joins (``fields["moved"]`` keeps
        where they came from, for undoing), so that every later merge of that block sees them."""
        mention_ids = row["mention_ids"].split("\n")
        with self.engine.begin() as connection:
            if row["action"] == "merge":
                block = connection.execute(sa.select(events.c.block).where(events.c.event_id == row["event_id"])).scalar_one()
                c = event_mentions.c
                query = sa.select(c.mention_id, c.block).where(c.mention_id.in_(mention_ids), c.block != block)
                moved = {mention_id: old_block for mention_id, old_block in connection.execute(query)}
                row = {**row, "fields": json.dumps({**json.loads(row["fields"]), "moved": moved}, ensure_ascii=False)}
                for chunk in _chunks(sorted(moved), QUERY_CHUNK):
                    connection.execute(event_mentions.update().where(c.mention_id.in_(chunk)).values(block=block))
            connection.execute(corrections.insert().values(**row))
            remerge_mentions(connection, mention_ids)
            return _events_of_mentions(connection, mention_ids)

    def active_corrections(self) -> list[dict[str, Any]]:
        """Every correction not undone, oldest first."""
        with self.engine.connect() as connection:
            rows = connection.execute(sa.select(corrections).where(corrections.c.undone_at.is_(None)).order_by(corrections.c.created_at)).mappings()
            return [dict(row) for row in rows]

    def correction(self, correction_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(corrections).where(corrections.c.correction_id == correction_id)).mappings().first()
            return dict(row) if row else None

    def events_holding(self, mention_ids: Sequence[str]) -> list[str]:
        """The ids of the stored events that hold any of these mentions."""
        with self.engine.connect() as connection:
            return _events_of_mentions(connection, mention_ids)

    def mention_ids_of(self, event_id: str) -> list[str] | None:
        """The mentions of a stored event, or None if there is no such event."""
        with self.engine.connect() as connection:
            if connection.execute(sa.select(events.c.event_id).where(events.c.event_id == event_id)).first() is None:
                return None
            return list(connection.execute(sa.select(event_sources.c.mention_id).where(event_sources.c.event_id == event_id)).scalars())

    def iter_event_records(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """Each stored event's record with its mentions' records, by date then id."""
        with self.engine.connect() as connection:
            query = sa.select(events.c.event_id, events.c.record).order_by(events.c.event_date, events.c.event_id)
            rows = connection.execute(query).all()
            for chunk in _chunks(rows, QUERY_CHUNK):
                by_event = _mention_records_of(connection, [r.event_id for r in chunk])
                for row in chunk:
                    yield json.loads(row.record), by_event.get(row.event_id, [])


SORTS = ("date", "-date", "confidence", "type")
MAX_PER_PAGE = 10_000  # a map layer of ten thousand points in one request
MAX_PAGE = 1_000_000  # past any store's last page, and within every database's integers


@dataclass(frozen=True)
class EventQuery:
    """Which stored events a reader wants (every filter optional), and which page of them."""

    date_from: str | None = None  # ISO dates, inclusive, on the event's date
    date_to: str | None = None
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    interactions: bool | None = None  # True: political interactions only; False: ACLED-typed events only
    statuses: tuple[str, ...] = ()
    country_code: str | None = None
    admin1: str | None = None
    place: str | None = None  # part of the place's name (as resolved or as written), its admin1 or country; any case, any script
    actor: str | None = None  # part of actor1's or actor2's name, any case
    source: str | None = None  # part of a source's publisher or speaker, any case
    min_confidence: float = 0.0
    min_interaction_confidence: float | None = None  # political interactions' own cut-off; None: ``min_confidence``
    text: str | None = None  # words of an evidence sentence, any case, any script
    sort: str = "date"
    page: int = 1
    per_page: int = 100

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")
        if not 1 <= self.page <= MAX_PAGE or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise ValueError(f"page must lie between 1 and {MAX_PAGE} and per_page between 1 and {MAX_PER_PAGE}")

    def conditions(self) -> list[Any]:
        c = events.c
        found: list[Any] = []
        if self.date_from:
            found.append(c.event_date >= self.date_from)
        if self.date_to:
            found.append(c.event_date <= self.date_to)
        if self.event_types:
            found.append(c.event_type.in_(self.event_types))
        if self.sub_event_types:
            found.append(c.sub_event_type.in_(self.sub_event_types))
        if self.interactions is not None:
            found.append(c.event_type.is_(None) if self.interactions else c.event_type.is_not(None))
        if self.statuses:
            found.append(c.status.in_(self.statuses))
        if self.country_code:
            found.append(c.country_code == self.country_code.upper())
        if self.admin1:
            found.append(c.admin1 == self.admin1)
        if self.place:
            found.append(c.place_text.contains(self.place.casefold(), autoescape=True))
        if self.actor:
            found.append(sa.func.lower(c.actors).contains(self.actor.lower(), autoescape=True))
        interaction_cut_off = self.min_confidence if self.min_interaction_confidence is None else self.min_interaction_confidence
        if self.min_confidence > 0 or interaction_cut_off > 0:
            found.append(
                sa.or_(
                    sa.and_(c.event_type.is_not(None), c.confidence >= self.min_confidence),
                    sa.and_(c.event_type.is_(None), c.confidence >= interaction_cut_off),
                )
            )
        if self.source:
            found.append(c.source_text.contains(self.source.casefold(), autoescape=True))
        if self.text:
            found.append(c.evidence_text.contains(self.text.casefold(), autoescape=True))
        return found


@dataclass(frozen=True)
class EventPage:
    total: int  # events that pass the filters, on every page
    events: list[dict[str, Any]]  # this page's event records (``event_record``), without sources


def _article_row(article: Article, run_id: str) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "path": article.path,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "publisher": article.publisher,
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "metadata": json.dumps(dict(article.metadata)),
        "run_id": run_id,
    }


def _place_row(article_id: str, position: int, mention: PlaceMention) -> dict[str, Any]:
    record = codec.place_mention_to_json(mention)
    return {
        "article_id": article_id,
        "position": position,
        "start": mention.start,
        "end": mention.end,
        "geonameid": record["geonameid"],
        "record": json.dumps(record),
    }


def _mention_row(mention: EventMention) -> dict[str, Any]:
    record = codec.mention_to_json(mention)
    return {
        "mention_id": mention.mention_id,
        "article_id": mention.article_id,
        "block": block_of(mention),
        "merged": False,
        "record": json.dumps(record),
        **date_window(record),
    }


def _refused_row(mention: EventMention, published: dt.date | None, run_id: str) -> dict[str, Any]:
    date = mention.date
    days = f"{date.earliest}..{date.latest}" if date is not None else "none"  # always a range: an undated mention is plausible
    reason = f"date {days} is not one a report published {published or 'on an unknown day'} can give (backwards, before 1900 or after publication)"
    return _quarantine_row(_mention_row(mention), "store", reason, None, run_id)


def _quarantine_row(row: dict[str, Any], stage: str, reason: str, detail: str | None, run_id: str | None) -> dict[str, Any]:
    return {
        "mention_id": row["mention_id"],
        "article_id": row["article_id"],
        "block": row["block"],
        "record": row["record"],
        "stage": stage,
        "reason": reason,
        "detail": detail,
        "run_id": run_id,
        "quarantined_at": _now(),
    }


def date_window(record: dict[str, Any]) -> dict[str, Any]:
    """The date columns of an event mention, from its stored record."""
    date = codec.date_from_json(record["date"])
    if date is None:
        return {"earliest": None, "latest": None, "span_days": None}
    return {"earliest": date.earliest, "latest": date.latest, "span_days": (date.latest - date.earliest).days}


# -- merging through the date index ----------------------------------------------------

Window = tuple[dt.date, dt.date]  # closed, in days
MentionRow = sa.Row[*tuple[Any, ...]]  # columns of event_mentions, as each query selects them


def _pending_rows(connection: Connection, block: str) -> Sequence[MentionRow]:
    c = event_mentions.c
    query = sa.select(c.mention_id, c.earliest, c.latest, c.record).where(c.merged.is_(False), c.block == block)
    return connection.execute(query).all()


def _pending_by_article(connection: Connection, block: str) -> dict[str, list[str]]:
    c = event_mentions.c
    found: dict[str, list[str]] = {}
    for article_id, mention_id in connection.execute(sa.select(c.article_id, c.mention_id).where(c.merged.is_(False), c.block == block)):
        found.setdefault(article_id, []).append(mention_id)
    return found


def _merge_new_mentions(
    connection: Connection, block: str, window_days: int, only: set[str] | None = None, regroupings: list[Regrouping] | None = None
) -> list[Event]:
    """Merge the block's unmerged mentions (``only`` these, if given, leaving the other
    unmerged ones out of the events until their own turn) into its stored events, then
    apply the analysts' splits and merges (``regroupings``, read from the store if not given)."""
    pending = [row for row in _pending_rows(connection, block) if only is None or row.mention_id in only]
    if not pending:
        return []
    if regroupings is None:
        regroupings = _regroupings(connection)
    component = _component_of(connection, block, pending, slack_days(block, window_days), only)
    _add_joined(connection, block, component, regroupings)
    merged = merge_block(block, [codec.mention_from_json(json.loads(r)) for r in component.values()], window_days)
    merged = regrouped(block, merged, regroupings)
    _replace_events(connection, _events_of_mentions(connection, list(component)), merged)
    _mark_merged(connection, [row.mention_id for row in pending])
    return merged


def _regroupings(connection: Connection) -> list[Regrouping]:
    """The analysts' splits and merges not undone, oldest first (``review``)."""
    c = corrections.c
    query = sa.select(c.action, c.mention_ids, c.fields).where(c.action.in_(("split", "merge")), c.undone_at.is_(None)).order_by(c.created_at)
    found = []
    for action, mention_ids, fields in connection.execute(query):
        if action == "merge":
            found.append(Regrouping("join", frozenset(mention_ids.split("\n"))))
        else:
            found.append(Regrouping("split", frozenset(json.loads(fields)["mention_ids"])))
    return found


def _add_joined(connection: Connection, block: str, component: dict[str, str], regroupings: list[Regrouping]) -> None:
    """Add to ``component`` the block's mentions that an analyst's merge joins to it, however far their dates lie."""
    joins = [r.mention_ids for r in regroupings if r.kind == "join"]
    while True:
        wanted = sorted({m for ids in joins if not ids.isdisjoint(component) for m in ids} - component.keys())
        if not wanted:
            return
        c = event_mentions.c
        found: dict[str, str] = {}
        for chunk in _chunks(wanted, QUERY_CHUNK):
            found.update(
                (mention_id, record)
                for mention_id, record in connection.execute(sa.select(c.mention_id, c.record).where(c.block == block, c.mention_id.in_(chunk)))
            )
        if not found:
            return
        component.update(found)
        joins = [ids for ids in joins if not ids.isdisjoint(found)]  # only a join reaching the new ones can add more


def remerge_mentions(connection: Connection, mention_ids: list[str], window_days: int = DEFAULTS.merge_window_days) -> None:
    """Drop the events holding these mentions and merge their blocks again (after an analyst's split or merge, or its undoing)."""
    members = unmerge_events(connection, _events_of_mentions(connection, mention_ids))
    c = event_mentions.c
    blocks: set[str] = set()
    for chunk in _chunks(sorted(set(mention_ids) | set(members)), QUERY_CHUNK):
        blocks.update(connection.execute(sa.select(c.block).where(c.mention_id.in_(chunk))).scalars())
    regroupings = _regroupings(connection)
    for block in sorted(blocks):
        _merge_new_mentions(connection, block, window_days, regroupings=regroupings)


def quarantine_mentions(connection: Connection, mention_ids: list[str], stage: str, reason: str, detail: str | None, run_id: str | None) -> None:
    """Move event mentions out of the date index into ``quarantined_mentions``. Events that
    held any of them are dropped and their other mentions marked unmerged, to be merged again."""
    c = event_mentions.c
    for chunk in _chunks(mention_ids, QUERY_CHUNK):
        rows = connection.execute(sa.select(c.mention_id, c.article_id, c.block, c.record).where(c.mention_id.in_(chunk))).mappings().all()
        if rows:
            connection.execute(quarantined_mentions.insert(), [_quarantine_row(dict(row), stage, reason, detail, run_id) for row in rows])
        unmerge_events(connection, _events_of_mentions(connection, chunk))
        connection.execute(event_mentions.delete().where(c.mention_id.in_(chunk)))


def unmerge_events(connection: Connection, event_ids: list[str]) -> list[str]:
    """Drop these events and mark their mentions unmerged, so the next merge rebuilds them; returns those mentions."""
    unmerged: list[str] = []
    for chunk in _chunks(event_ids, QUERY_CHUNK):
        members = connection.execute(sa.select(event_sources.c.mention_id).where(event_sources.c.event_id.in_(chunk))).scalars().all()
        connection.execute(event_sources.delete().where(event_sources.c.event_id.in_(chunk)))
        connection.execute(events.delete().where(events.c.event_id.in_(chunk)))
        for members_chunk in _chunks(members, QUERY_CHUNK):
            connection.execute(event_mentions.update().where(event_mentions.c.mention_id.in_(members_chunk)).values(merged=False))
        unmerged.extend(members)
    return unmerged


def _component_of(connection: Connection, block: str, pending: list[MentionRow], slack_in_days: int, only: set[str] | None = None) -> dict[str, str]:
    """The records of every mention of ``block`` linked to a pending one by meeting dates, by id.

    With each mention's range stretched by the slack at its end, two mentions meet when
    their stretched ranges overlap, so a component covers one unbroken stretch of days
    and every mention overlapping that stretch belongs to it. The stretches are grown
    by window queries, each asking only for the days not asked before, until a round
    finds nothing new. Every round but the last adds a stored mention, so the search ends
    after at most as many rounds as the block has mentions, whatever dates they hold.
    """
    slack = dt.timedelta(days=slack_in_days)
    found = {row.mention_id: row.record for row in pending}
    if any(row.earliest is None for row in pending):
        found.update(_undated_rows(connection, block, only))
    stretches = _joined([_stretch(row, slack) for row in pending if row.earliest is not None])
    if not stretches:
        return found
    max_span = dt.timedelta(days=_max_span_days(connection, block))
    asked: list[Window] = []
    while todo := _minus(stretches, asked):
        new = []
        for window in todo:
            for row in _rows_meeting(connection, block, window, slack, max_span):
                if row.mention_id not in found and _in_turn(row, only):
                    found[row.mention_id] = row.record
                    new.append(_stretch(row, slack))
        if not new:
            break
        asked = _joined(asked + todo)
        stretches = _joined(stretches + new)
    return found


def _stretch(row: MentionRow, slack: dt.timedelta) -> Window:
    """A dated mention's days stretched by the slack at their end; the days in order even
    for a range stored backwards by an older version (``eventwire doctor`` mends those)."""
    earliest, latest = min(row.earliest, row.latest), max(row.earliest, row.latest)
    return earliest, _later(latest, slack)


def _in_turn(row: MentionRow, only: set[str] | None) -> bool:
    """A stored mention takes part in this merge: merged already, or among ``only`` (all when None)."""
    return only is None or row.merged or row.mention_id in only


def _undated_rows(connection: Connection, block: str, only: set[str] | None = None) -> dict[str, str]:
    c = event_mentions.c
    query = sa.select(c.mention_id, c.merged, c.record).where(c.block == block, c.earliest.is_(None))
    return {row.mention_id: row.record for row in connection.execute(query) if _in_turn(row, only)}


def _max_span_days(connection: Connection, block: str) -> int:
    c = event_mentions.c
    query = sa.select(c.span_days).where(c.block == block, c.span_days.is_not(None)).order_by(c.span_days.desc()).limit(1)
    return connection.execute(query).scalar() or 0  # the last entry of (block, span_days): no scan of the block


def _rows_meeting(connection: Connection, block: str, window: Window, slack: dt.timedelta, max_span: dt.timedelta) -> Sequence[MentionRow]:
    """The dated mentions of ``block`` whose range, stretched by ``slack``, overlaps ``window``.

    A range that ends in the window starts at most ``max_span`` before it, so the scan of
    ``(block, earliest, latest)`` is bounded at both ends.
    """
    c = event_mentions.c
    reach_back = _earlier(window[0], slack + max_span)
    query = sa.select(c.mention_id, c.earliest, c.latest, c.merged, c.record).where(
        c.block == block, c.earliest >= reach_back, c.earliest <= window[1], c.latest >= _earlier(window[0], slack)
    )
    return connection.execute(query).all()


def _joined(windows: list[Window]) -> list[Window]:
    """The same days as ``windows``, as sorted, disjoint windows (touching ones joined)."""
    joined: list[Window] = []
    for start, end in sorted(windows):
        if joined and start <= _later(joined[-1][1], dt.timedelta(days=1)):
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _minus(windows: list[Window], taken: list[Window]) -> list[Window]:
    """The days of ``windows`` outside ``taken`` (both sorted and disjoint), as windows."""
    day = dt.timedelta(days=1)
    left: list[Window] = []
    for start, end in windows:
        for t_start, t_end in taken:
            if t_end < start or t_start > end:
                continue
            if t_start > start:
                left.append((start, _earlier(t_start, day)))
            start = _later(t_end, day)
            if start > end or t_end == dt.date.max:
                break
        else:
            left.append((start, end))
    return left


def _later(date: dt.date, delta: dt.timedelta) -> dt.date:
    return dt.date.max if (dt.date.max - date) < delta else date + delta


def _earlier(date: dt.date, delta: dt.timedelta) -> dt.date:
    return dt.date.min if (date - dt.date.min) < delta else date - delta


def _events_of_mentions(connection: Connection, mention_ids: Sequence[str]) -> list[str]:
    found: set[str] = set()
    for chunk in _chunks(mention_ids, QUERY_CHUNK):
        found.update(connection.execute(sa.select(event_sources.c.event_id).where(event_sources.c.mention_id.in_(chunk))).scalars())
    return sorted(found)


def _replace_events(connection: Connection, old_event_ids: Sequence[str], merged: list[Event], rewrite_unchanged: bool = False) -> None:
    """Store ``merged`` in place of the events ``old_event_ids``. An event whose id is among
    both is left as stored: its id is a hash of its mentions, and the same mentions make the
    same event, so a new report rewrites only the events it changes."""
    unchanged = set() if rewrite_unchanged else set(old_event_ids) & {e.event_id for e in merged}
    gone = [event_id for event_id in old_event_ids if event_id not in unchanged]
    new = [e for e in merged if e.event_id not in unchanged]
    for chunk in _chunks(gone, QUERY_CHUNK):
        connection.execute(event_sources.delete().where(event_sources.c.event_id.in_(chunk)))
        connection.execute(events.delete().where(events.c.event_id.in_(chunk)))
    if new:
        publishers = _publishers(connection, {m.article_id for e in new for m in e.mentions})
        connection.execute(events.insert(), [_event_row(e, publishers) for e in new])
        connection.execute(event_sources.insert(), [{"event_id": e.event_id, "mention_id": m.mention_id} for e in new for m in e.mentions])


def _mark_merged(connection: Connection, mention_ids: list[str]) -> None:
    for chunk in _chunks(mention_ids, QUERY_CHUNK):
        connection.execute(event_mentions.update().where(event_mentions.c.mention_id.in_(chunk)).values(merged=True))


def _event_row(event: Event, publishers: dict[str, str | None] | None = None) -> dict[str, Any]:
    record = event_record(event)
    mentions = [_searchable(m) for m in event.mentions]
    return {
        "event_id": event.event_id,
        "block": event.block,
        "event_date": record["event_date"],
        "record": json.dumps(record),
        **filter_fields(record),
        **search_fields(record, mentions, publishers or {}),
    }


def _searchable(mention: EventMention) -> dict[str, Any]:
    """The parts of a mention's record that ``search_fields`` reads."""
    claim = mention.claim
    return {
        "article_id": mention.article_id,
        "sentence": mention.sentence,
        "claim": {"speaker": claim.speaker, "person": claim.person, "party": claim.party, "speaks_for": claim.speaks_for},
    }


def search_fields(record: dict[str, Any], mentions: list[dict[str, Any]], publishers: dict[str, str | None]) -> dict[str, str | None]:
    """The case-folded text the words filters search (``EventQuery``): the evidence
    sentences, the place's names, the sources' publishers and speakers."""
    location = record.get("location") or {}
    claims = [m.get("claim") or {} for m in mentions]
    return {
        "evidence_text": _folded(m.get("sentence") for m in mentions),
        "place_text": _folded(location.get(k) for k in ("name", "as_written", "admin1", "country")),
        "source_text": _folded([publishers.get(m["article_id"]) for m in mentions] + [c.get(k) for c in claims for k in SOURCE_FIELDS]),
    }


def _folded(values: Iterable[str | None]) -> str | None:
    found = dict.fromkeys(v.casefold() for v in values if v)
    return "\n".join(found) or None


def _publishers(connection: Connection, article_ids: set[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for chunk in _chunks(sorted(article_ids), QUERY_CHUNK):
        query = sa.select(articles.c.article_id, articles.c.publisher).where(articles.c.article_id.in_(chunk))
        found.update((article_id, publisher) for article_id, publisher in connection.execute(query))
    return found


def _mention_records_of(connection: Connection, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The records of these events' mentions, by event id (ordered by mention id)."""
    join = sa.select(event_sources.c.event_id, event_mentions.c.record).join(event_mentions, event_mentions.c.mention_id == event_sources.c.mention_id)
    found: dict[str, list[dict[str, Any]]] = {}
    for chunk in _chunks(event_ids, QUERY_CHUNK):
        for event_id, record in connection.execute(join.where(event_sources.c.event_id.in_(chunk))):
            found.setdefault(event_id, []).append(json.loads(record))
    for records in found.values():
        records.sort(key=lambda m: m["mention_id"])
    return found


def filter_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The columns ``query_events`` filters on, from an event's stored record."""
    location = record.get("location") or {}
    return {
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "plover_type": record.get("plover_type"),
        "status": record.get("status"),
        "confidence": record.get("confidence"),
        "country_code": location.get("country_code"),
        "admin1": location.get("admin1"),
        "place": location.get("name"),
        "actors": "\n".join(a for a in (record.get("actor1"), record.get("actor2")) if a) or None,
    }


def event_record(event: Event) -> dict[str, Any]:
    """The stored form of an event: every field of the contract but its sources."""
    date = event.date
    place = event.place.place if event.place else None
    return {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "disorder_type": event.disorder_type,
        "plover_type": event.plover_type,
        "event_date": date.latest.isoformat() if date else None,
        "date_range": [date.earliest.isoformat(), date.latest.isoformat()] if date else None,
        "time_precision": date.time_precision if date else None,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "inter1": event.actor1.inter if event.actor1 else None,
        "inter2": event.actor2.inter if event.actor2 else None,
        "location": _location(place, event.geo_precision, event.place.text if event.place else None),
        "fatalities": event.fatalities,
        "fatalities_reported": list(event.fatalities_reported),
        "status": event.status,
        "status_rule": event.status_rule,
        "confidence": event.confidence,
        "conflicts": [codec.conflict_to_json(c) for c in event.conflicts],
        "mention_ids": [m.mention_id for m in event.mentions],
    }


def _location(place: Place | None, geo_precision: int | None, text: str | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "as_written": text,
        "geonameid": place.geonameid,
        "admin1": place.admin1,
        "country": place.country,
        "country_code": place.country_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": geo_precision,
    }


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
