"""Store: articles, mentions and merged events in SQLite (default) or PostgreSQL.

SQLAlchemy Core, one ``Store`` object per database. The schema is versioned:
``MIGRATIONS`` lists the steps from an empty database, and ``open_store`` applies the
ones a database lacks. Every article is written in one transaction with its paragraphs,
place mentions and event mentions (marked unmerged); merging then rebuilds the events
of each touched block in a transaction of its own. A run killed at any point leaves
either an article fully stored or not at all, and unmerged mentions are merged by the
next run, so the store stays consistent and a re-run completes the work.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import codec
from .errors import StoreError
from .merge import block_of, merge_block
from .models import ArticleAnalysis, Event, Rejected

SCHEMA_VERSION = 1
QUERY_CHUNK = 500

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
    sa.Column("block", sa.String(120), nullable=False, index=True),
    sa.Column("merged", sa.Boolean, nullable=False, default=False, index=True),
    sa.Column("record", sa.Text, nullable=False),
)
events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String(32), primary_key=True),
    sa.Column("block", sa.String(120), nullable=False, index=True),
    sa.Column("event_date", sa.String(10), index=True),
    sa.Column("record", sa.Text, nullable=False),
)
event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("event_id", sa.String(32), sa.ForeignKey("events.event_id"), primary_key=True),
    sa.Column("mention_id", sa.String(32), sa.ForeignKey("event_mentions.mention_id"), primary_key=True),
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
    metadata.create_all(connection)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_create_v1,)


def database_url(db: str) -> str:
    """A SQLAlchemy URL for ``db``: a URL as given, or a SQLite file path."""
    if "://" in db:
        return db.replace("postgresql://", "postgresql+psycopg://", 1) if db.startswith("postgresql://") else db
    return f"sqlite:///{Path(db).expanduser()}"


def open_store(db: str) -> Store:
    url = database_url(db)
    try:
        engine = sa.create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            _configure_sqlite(engine)
        store = Store(engine)
        store.migrate()
        return store
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store {db!r}: {exc.__class__.__name__}: {exc}") from exc


def _configure_sqlite(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - driver hook
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
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
        rows = [{"run_id": run_id, "source": r.source, "stage": r.stage, "reason": r.reason} for r in rejected]
        if rows:
            with self.engine.begin() as connection:
                connection.execute(rejections.insert(), rows)

    # -- articles --------------------------------------------------------------------

    def known_article_ids(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        found: set[str] = set()
        with self.engine.connect() as connection:
            for chunk in _chunks(ids, QUERY_CHUNK):
                found.update(connection.execute(sa.select(articles.c.article_id).where(articles.c.article_id.in_(chunk))).scalars())
        return found

    def save_analysis(self, analysis: ArticleAnalysis, run_id: str) -> bool:
        """Store one article and everything found in it, in one transaction; False if known."""
        article = analysis.article
        with self.engine.begin() as connection:
            if connection.execute(sa.select(articles.c.article_id).where(articles.c.article_id == article.article_id)).first():
                return False
            connection.execute(articles.insert().values(**_article_row(article, run_id)))
            if article.paragraphs:
                connection.execute(paragraphs.insert(), [{"article_id": article.article_id, "position": i, "kind": p.kind, "start": p.start, "end": p.end} for i, p in enumerate(article.paragraphs)])
            if analysis.places:
                connection.execute(place_mentions.insert(), [_place_row(article.article_id, i, p) for i, p in enumerate(analysis.places)])
            if analysis.event_mentions:
                connection.execute(event_mentions.insert(), [_mention_row(m) for m in analysis.event_mentions])
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
                query = sa.select(place_mentions.c.article_id, place_mentions.c.record).where(place_mentions.c.article_id.in_(ids)).order_by(place_mentions.c.article_id, place_mentions.c.position)
                for article_id, record in connection.execute(query):
                    places.setdefault(article_id, []).append(json.loads(record))
                for row in chunk:
                    yield {**row, "paragraphs": paras.get(row["article_id"], []), "places": places.get(row["article_id"], [])}

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

    def merge_pending(self, window_days: int = 14) -> int:
        """Rebuild the events of every block with unmerged mentions; returns blocks merged."""
        blocks = self.pending_blocks()
        for block in blocks:
            self.merge_block(block, window_days)
        return len(blocks)

    def merge_block(self, block: str, window_days: int = 14) -> list[Event]:
        with self.engine.begin() as connection:
            records = connection.execute(sa.select(event_mentions.c.record).where(event_mentions.c.block == block)).scalars().all()
            merged = merge_block(block, [codec.mention_from_json(json.loads(r)) for r in records], window_days)
            old = sa.select(events.c.event_id).where(events.c.block == block)
            connection.execute(event_sources.delete().where(event_sources.c.event_id.in_(old)))
            connection.execute(events.delete().where(events.c.block == block))
            if merged:
                connection.execute(events.insert(), [_event_row(e) for e in merged])
                connection.execute(event_sources.insert(), [{"event_id": e.event_id, "mention_id": m.mention_id} for e in merged for m in e.mentions])
            connection.execute(event_mentions.update().where(event_mentions.c.block == block).values(merged=True))
        return merged

    # -- reading events --------------------------------------------------------------

    def count(self, table: sa.Table) -> int:
        with self.engine.connect() as connection:
            return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0

    def iter_event_records(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """Each stored event's record with its mentions' records, by date then id."""
        with self.engine.connect() as connection:
            query = sa.select(events.c.event_id, events.c.record).order_by(events.c.event_date, events.c.event_id)
            rows = connection.execute(query).all()
            for chunk in _chunks(rows, QUERY_CHUNK):
                ids = [r.event_id for r in chunk]
                join = sa.select(event_sources.c.event_id, event_mentions.c.record).join(event_mentions, event_mentions.c.mention_id == event_sources.c.mention_id)
                by_event: dict[str, list[dict[str, Any]]] = {}
                for event_id, record in connection.execute(join.where(event_sources.c.event_id.in_(ids))):
                    by_event.setdefault(event_id, []).append(json.loads(record))
                for row in chunk:
                    yield json.loads(row.record), sorted(by_event.get(row.event_id, []), key=lambda m: m["mention_id"])


def _article_row(article, run_id: str) -> dict[str, Any]:
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


def _place_row(article_id: str, position: int, mention) -> dict[str, Any]:
    record = codec.place_mention_to_json(mention)
    return {"article_id": article_id, "position": position, "start": mention.start, "end": mention.end, "geonameid": record["geonameid"], "record": json.dumps(record)}


def _mention_row(mention) -> dict[str, Any]:
    return {"mention_id": mention.mention_id, "article_id": mention.article_id, "block": block_of(mention), "merged": False, "record": json.dumps(codec.mention_to_json(mention))}


def _event_row(event: Event) -> dict[str, Any]:
    record = event_record(event)
    return {"event_id": event.event_id, "block": event.block, "event_date": record["event_date"], "record": json.dumps(record)}


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
        "conflicts": [codec.conflict_to_json(c) for c in event.conflicts],
        "mention_ids": [m.mention_id for m in event.mentions],
    }


def _location(place, geo_precision: int | None, text: str | None) -> dict[str, Any] | None:
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
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
