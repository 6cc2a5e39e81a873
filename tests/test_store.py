"""Store: articles and merged events kept in SQLite (or PostgreSQL), consistently."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from builders import KUPIANSK, mention, week_before

from eventwire.ingest import make_article
from eventwire.models import ArticleAnalysis, Paragraph
from eventwire.store import SCHEMA_VERSION, database_url, event_mentions, events, open_store, schema_version

POSTGRES_URL = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL")


def _backends():
    yield pytest.param("sqlite", id="sqlite")
    yield pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)


@pytest.fixture(params=list(_backends()))
def store(request, tmp_path):
    if request.param == "sqlite":
        return open_store(str(tmp_path / "test.db"))
    return open_store(request.getfixturevalue("empty_postgres"))


def analysis_of(article_id_seed: str, *mentions) -> ArticleAnalysis:
    article = make_article(f"{article_id_seed}.txt", f"Report {article_id_seed}\n\nUkrainian forces recaptured Izium.")
    article = article.__class__(**{**article.__dict__, "paragraphs": (Paragraph("title", 0, 8 + len(article_id_seed)),)})
    fixed = tuple(m.__class__(**{**m.__dict__, "article_id": article.article_id}) for m in mentions)
    return ArticleAnalysis(article, (), fixed)


def test_a_new_store_is_created_at_the_current_schema_version(store):
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(schema_version.c.version)).scalar() == SCHEMA_VERSION


def test_opening_an_existing_store_again_keeps_its_data(store, tmp_path):
    store.save_analysis(analysis_of("one", mention()), "run")
    again = open_store(store.url if "postgres" in store.url else str(tmp_path / "test.db"))
    assert again.count(event_mentions) == 1


def test_articles_are_stored_once_and_events_merged_across_articles(store):
    assert store.save_analysis(analysis_of("one", mention("x")), "run")
    assert store.save_analysis(analysis_of("two", mention("y", date=week_before("2022-09-12"))), "run")
    assert not store.save_analysis(analysis_of("one", mention("x")), "run")
    store.merge_pending()
    records = list(store.iter_event_records())
    assert len(records) == 1
    event, sources = records[0]
    assert event["sub_event_type"] == "Government regains territory"
    assert len({s["article_id"] for s in sources}) == 2


def test_adding_an_article_later_merges_with_what_is_stored(store):
    store.save_analysis(analysis_of("one", mention("x")), "run")
    store.merge_pending()
    first_ids = [e["event_id"] for e, _ in store.iter_event_records()]
    store.save_analysis(analysis_of("two", mention("y"), mention("y", place=KUPIANSK, start=50)), "run")
    store.merge_pending()
    records = list(store.iter_event_records())
    assert len(records) == 2
    assert first_ids[0] not in [e["event_id"] for e, _ in records]  # the Izium event now rests on more evidence


def test_mentions_saved_before_an_interruption_are_merged_by_the_next_run(store, tmp_path):
    store.save_analysis(analysis_of("one", mention("x")), "run")  # the run dies before merging
    assert store.pending_blocks()
    assert store.count(events) == 0
    assert store.merge_pending() == 1
    assert store.count(events) == 1
    assert not store.pending_blocks()


def test_sqlite_paths_and_urls_are_both_accepted():
    assert database_url("eventwire.db") == "sqlite:///eventwire.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"
