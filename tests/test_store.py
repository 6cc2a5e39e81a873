"""Store: articles and merged events kept in SQLite (or PostgreSQL), consistently."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random

import pytest
import sqlalchemy as sa
from builders import IZIUM, KUPIANSK, mention, week_before

from eventwire.actors import RUSSIA_MILITARY, UKRAINE_MILITARY
from eventwire.ingest import make_article
from eventwire.models import ArticleAnalysis, DateRange, EventMention, Paragraph
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


# -- merging through the date index ----------------------------------------------------


def event_snapshot(store) -> list[tuple[str, list[str]]]:
    """Every stored event as its JSON record and its mention ids, in a stable order."""
    return sorted((json.dumps(event, sort_keys=True), [m["mention_id"] for m in sources]) for event, sources in store.iter_event_records())


def rebuilt_from_scratch(store) -> list[tuple[str, list[str]]]:
    with store.engine.connect() as connection:
        blocks = connection.execute(sa.select(event_mentions.c.block).distinct()).scalars().all()
    for block in blocks:
        store.rebuild_block(block)
    return event_snapshot(store)


def dated(earliest: str, days: int = 0, precision: int = 1) -> DateRange:
    start = dt.date.fromisoformat(earliest)
    return DateRange(start, start + dt.timedelta(days=days), precision)


def without_date(mention_: EventMention) -> EventMention:
    return dataclasses.replace(mention_, date=None)


SHELLING = "Shelling/artillery/missile attack"


def test_a_new_mention_rebuilds_only_the_events_its_dates_reach(store):
    clusters = ("2022-03-01", "2022-03-05", "2022-06-10")  # four days apart is apart: no slack outside territory
    for i, day_ in enumerate(clusters):
        store.save_analysis(analysis_of(f"old{i}", mention(f"old{i}", SHELLING, date=dated(day_))), "run")
    store.merge_pending()
    store.save_analysis(analysis_of("new", mention("new", SHELLING, date=dated("2022-03-05"))), "run")
    rebuilt = store.merge_new_mentions(f"remote|{IZIUM.geonameid}")
    assert [len(e.mentions) for e in rebuilt] == [2]
    assert store.count(events) == 3
    assert event_snapshot(store) == rebuilt_from_scratch(store)


def test_a_long_date_range_joins_the_events_on_either_side_of_it(store):
    for i, day_ in enumerate(("2022-03-01", "2022-03-20")):
        store.save_analysis(analysis_of(f"old{i}", mention(f"old{i}", SHELLING, date=dated(day_))), "run")
    store.merge_pending()
    store.save_analysis(analysis_of("month", mention("month", SHELLING, date=dated("2022-03-01", 30, 3))), "run")
    rebuilt = store.merge_new_mentions(f"remote|{IZIUM.geonameid}")
    assert sorted(m.mention_id for e in rebuilt for m in e.mentions) == sorted(m for _, ids in event_snapshot(store) for m in ids)
    assert event_snapshot(store) == rebuilt_from_scratch(store)


def test_a_day_inside_a_stored_long_date_range_reaches_back_to_its_start(store):
    month = mention("month", SHELLING, date=dated("2022-03-01", 30, 3))
    store.save_analysis(analysis_of("month", month), "run")
    store.merge_pending()
    store.save_analysis(analysis_of("day", mention("day", SHELLING, date=dated("2022-03-25"))), "run")
    rebuilt = store.merge_new_mentions(f"remote|{IZIUM.geonameid}")
    assert month.mention_id in {m.mention_id for e in rebuilt for m in e.mentions}
    assert store.count(events) == 1


def test_changes_of_territory_reach_as_far_as_the_merge_window(store):
    old = [mention(f"old{i}", date=dated(day_)) for i, day_ in enumerate(("2022-09-01", "2022-09-14", "2022-10-20"))]
    for m in old:
        store.save_analysis(analysis_of(m.article_id, m), "run")
    store.merge_pending()
    new = mention("new", date=dated("2022-09-27"))
    store.save_analysis(analysis_of("new", new), "run")
    rebuilt = store.merge_new_mentions(f"territory|{IZIUM.geonameid}", window_days=14)
    assert {m.mention_id for e in rebuilt for m in e.mentions} == {old[0].mention_id, old[1].mention_id, new.mention_id}  # 13-day steps, not 23
    assert event_snapshot(store) == rebuilt_from_scratch(store)


def test_undated_mentions_are_merged_with_the_undated_ones_only(store):
    undated, later = without_date(mention("undated", SHELLING)), without_date(mention("later", SHELLING))
    store.save_analysis(analysis_of("dated", mention("dated", SHELLING)), "run")
    store.save_analysis(analysis_of("undated", undated), "run")
    store.merge_pending()
    store.save_analysis(analysis_of("later", later), "run")
    rebuilt = store.merge_new_mentions(f"remote|{IZIUM.geonameid}")
    assert [{m.mention_id for m in e.mentions} for e in rebuilt] == [{undated.mention_id, later.mention_id}]
    assert event_snapshot(store) == rebuilt_from_scratch(store)


def random_mentions(seed: int, count: int) -> list:
    """Mentions in two places, two families, ten weeks, several date precisions and both sides."""
    rng = random.Random(seed)
    found = []
    for i in range(count):
        sub = rng.choice(("Government regains territory", "Non-state actor overtakes territory", SHELLING))
        sides = (UKRAINE_MILITARY, RUSSIA_MILITARY) if sub == "Government regains territory" else (RUSSIA_MILITARY, UKRAINE_MILITARY)
        start = dt.date(2022, 9, 1) + dt.timedelta(days=rng.randrange(70))
        date = rng.choice((dated(start.isoformat()), dated(start.isoformat(), 6, 2), dated(start.isoformat(), 29, 3), None, dated(start.isoformat())))
        place = rng.choice((IZIUM, KUPIANSK))
        found.append(mention(f"r{seed}-{i}", sub, place=place, date=date, actor1=sides[0], actor2=sides[1], fatalities=rng.choice((None, 1, 3))))
        if date is None:
            found[-1] = without_date(found[-1])
    return found


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merging_article_by_article_gives_the_events_of_a_rebuild_from_scratch(store, seed):
    rng = random.Random(seed)
    mentions = random_mentions(seed, 40)
    while mentions:
        batch, mentions = mentions[: rng.randint(1, 4)], mentions[4:]
        for m in batch:
            store.save_analysis(analysis_of(m.article_id, m), "run")
        store.merge_pending(window_days=14)
    assert event_snapshot(store) == rebuilt_from_scratch(store)


def test_a_store_of_schema_1_gains_the_date_columns_filled_from_its_records(store, tmp_path):
    store.save_analysis(analysis_of("one", mention("x", date=dated("2022-09-01", 6, 2))), "run")
    store.save_analysis(analysis_of("two", without_date(mention("y"))), "run")
    with store.engine.begin() as connection:  # back to schema 1, as a store written before it
        for name in ("ix_event_mentions_window", "ix_event_mentions_span", "ix_event_mentions_pending", "ix_event_sources_mention_id"):
            connection.execute(sa.text(f"DROP INDEX {name}"))
        for column in ("earliest", "latest", "span_days"):
            connection.execute(sa.text(f"ALTER TABLE event_mentions DROP COLUMN {column}"))
        for name, column in (("ix_event_mentions_block", "block"), ("ix_event_mentions_merged", "merged")):
            connection.execute(sa.text(f"CREATE INDEX {name} ON event_mentions ({column})"))
        connection.execute(schema_version.update().values(version=1))
    again = open_store(store.url if "postgres" in store.url else str(tmp_path / "test.db"))
    with again.engine.connect() as connection:
        assert connection.execute(sa.select(schema_version.c.version)).scalar() == SCHEMA_VERSION
        rows = connection.execute(sa.select(event_mentions.c.article_id, event_mentions.c.earliest, event_mentions.c.latest, event_mentions.c.span_days)).all()
        indexes = {i["name"] for i in sa.inspect(connection).get_indexes("event_mentions")}
    by_article = {row.article_id: tuple(row)[1:] for row in rows}
    assert by_article[analysis_of("one").article.article_id] == (dt.date(2022, 9, 1), dt.date(2022, 9, 7), 6)
    assert by_article[analysis_of("two").article.article_id] == (None, None, None)
    assert {"ix_event_mentions_window", "ix_event_mentions_span", "ix_event_mentions_pending"} <= indexes
    assert not indexes & {"ix_event_mentions_block", "ix_event_mentions_merged"}  # schema 3: their composites begin with them
    assert again.merge_pending() == 1
    assert again.count(events) == 2


def test_dropped_candidates_are_kept_with_their_article_and_reason(store):
    from eventwire.export import article_dicts
    from eventwire.models import DroppedCandidate

    analysis = analysis_of("one")
    text = analysis.article.text
    start = text.index("Ukrainian")
    dropped = DroppedCandidate(start, len(text), "recaptured", text.index("recaptured"), "figurative", "Government regains territory")
    store.save_analysis(dataclasses.replace(analysis, dropped=(dropped,)), "run")
    [article] = [a for a in article_dicts(store)]
    assert article["dropped"] == [
        {
            "start": start,
            "end": len(text),
            "trigger": "recaptured",
            "trigger_start": text.index("recaptured"),
            "reason": "figurative",
            "coded_as": "Government regains territory",
            "text": "Ukrainian forces recaptured Izium.",
        }
    ]


def test_a_dropped_candidate_survives_its_json_form():
    from eventwire.codec import dropped_from_json, dropped_to_json
    from eventwire.models import DroppedCandidate

    dropped = DroppedCandidate(10, 60, "blasted", 24, "figurative", "Remote explosive/landmine/IED")
    assert dropped_from_json(json.loads(json.dumps(dropped_to_json(dropped)))) == dropped
