"""Store queries: the stored events a reader asks for, filtered, sorted and paged (SQLite)."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa
from builders import IZIUM, KUPIANSK, day, mention, stored_analysis

from eventwire.actors import RUSSIA_MILITARY
from eventwire.models import Claim
from eventwire.store import SCHEMA_VERSION, EventQuery, events, open_store, schema_version


@pytest.fixture
def store(tmp_path):
    store = open_store(str(tmp_path / "queries.db"))
    store.save_analysis(stored_analysis("recapture", mention(date=day("2022-09-10"), sentence="Ukrainian forces recaptured Izium on Saturday.")), "run")
    shelling = mention(
        "s",
        "Shelling/artillery/missile attack",
        place=KUPIANSK,
        date=day("2022-09-14"),
        sentence="Russian artillery shelled Kupiansk on Wednesday.",
        actor1=RUSSIA_MILITARY,
        actor2=None,
        fatalities=2,
    )
    store.save_analysis(stored_analysis("shelling", shelling), "run")
    arrest = mention("r", "Arrests", place=KUPIANSK, date=day("2022-09-12"), sentence="Police arrested two men in Kupiansk on Monday.")
    store.save_analysis(stored_analysis("arrest", arrest), "run")
    cyrillic = mention("c", "Peaceful protest", place=IZIUM, date=day("2022-09-11"), sentence="Мешканці Ізюма вийшли на мітинг у неділю.", actor2=None)
    store.save_analysis(
        stored_analysis("protest", dataclasses.replace(cyrillic, claim=Claim("Суспільне", "media", "reported", ())), publisher="Kyiv Independent"), "run"
    )
    store.merge_pending()
    return store


def sub_types(page) -> list[str]:
    return [e["sub_event_type"] for e in page.events]


def test_every_event_newest_first_with_the_count(store):
    page = store.query_events(EventQuery())
    assert page.total == 4
    assert sub_types(page) == ["Shelling/artillery/missile attack", "Arrests", "Peaceful protest", "Government regains territory"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(event_types=("Battles",)), ["Government regains territory"]),
        (EventQuery(sub_event_types=("Arrests",)), ["Arrests"]),
        (EventQuery(date_from="2022-09-12", date_to="2022-09-13"), ["Arrests"]),
        (EventQuery(place="KUPY"), ["Shelling/artillery/missile attack", "Arrests"]),
        (EventQuery(actor="russia", sub_event_types=("Shelling/artillery/missile attack",)), ["Shelling/artillery/missile attack"]),
        (EventQuery(text="ARTILLERY"), ["Shelling/artillery/missile attack"]),
        (EventQuery(text="100%_"), []),
        (EventQuery(interactions=True), []),
        (EventQuery(interactions=False, country_code="ua", event_types=("Battles", "Strategic developments")), ["Arrests", "Government regains territory"]),
        (EventQuery(text="ІЗЮМА"), ["Peaceful protest"]),  # any script, any case: folded in Python, not by the database
        (EventQuery(text="мітинг у"), ["Peaceful protest"]),
        (EventQuery(place="kharkiv", sub_event_types=("Arrests",)), ["Arrests"]),  # the admin1 of the place
        (EventQuery(source="суспільне"), ["Peaceful protest"]),  # a speaker
        (EventQuery(source="KYIV INDEPENDENT"), ["Peaceful protest"]),  # a publisher
        (EventQuery(source="media"), ["Peaceful protest"]),  # the party a speaker speaks for
    ],
)
def test_each_filter_keeps_the_events_that_pass_it(store, query, expected):
    assert sub_types(store.query_events(query)) == expected


def test_pages_split_the_events_and_keep_the_count(store):
    first, second = (store.query_events(EventQuery(sort="-date", per_page=2, page=n)) for n in (1, 2))
    assert (first.total, second.total) == (4, 4)
    assert sub_types(first) + sub_types(second) == ["Government regains territory", "Peaceful protest", "Arrests", "Shelling/artillery/missile attack"]


def test_a_minimum_confidence_and_a_status_filter_on_the_stored_values(store):
    everything = store.query_events(EventQuery()).events
    surest = max(e["confidence"] for e in everything)
    assert [e["confidence"] for e in store.query_events(EventQuery(min_confidence=surest)).events] == [surest] * sum(
        e["confidence"] == surest for e in everything
    )
    status = everything[0]["status"]
    assert all(e["status"] == status for e in store.query_events(EventQuery(statuses=(status,))).events)


@pytest.mark.parametrize("bad", [{"sort": "fatalities"}, {"page": 0}, {"per_page": 10_001}])
def test_a_query_out_of_bounds_is_refused_with_the_reason(bad):
    with pytest.raises(ValueError):
        EventQuery(**bad)


def test_one_event_comes_with_its_sources(store):
    event_id = store.query_events(EventQuery(sub_event_types=("Arrests",))).events[0]["event_id"]
    record, sources = store.event_with_sources(event_id)
    assert record["event_id"] == event_id
    assert [s["sentence"] for s in sources] == ["Police arrested two men in Kupiansk on Monday."]
    assert store.event_with_sources("no-such-event") is None


def test_a_store_of_schema_5_gains_the_filter_columns_filled_from_its_records(store, tmp_path):
    with store.engine.begin() as connection:
        connection.execute(sa.text("DROP INDEX ix_events_event_type"))
        connection.execute(sa.text("DROP INDEX ix_events_status"))
        connection.execute(sa.text("DROP INDEX ix_events_country_code"))
        for column in ("event_type", "sub_event_type", "plover_type", "status", "confidence", "country_code", "admin1", "place", "actors"):
            connection.execute(sa.text(f"ALTER TABLE events DROP COLUMN {column}"))
        connection.execute(schema_version.update().values(version=5))
    again = open_store(str(tmp_path / "queries.db"))
    with again.engine.connect() as connection:
        assert connection.execute(sa.select(schema_version.c.version)).scalar() == SCHEMA_VERSION
        assert connection.execute(sa.select(sa.func.count()).select_from(events).where(events.c.place == IZIUM.name)).scalar() == 2
    assert sub_types(again.query_events(EventQuery(place="KUPY"))) == ["Shelling/artillery/missile attack", "Arrests"]


def test_a_store_of_schema_7_gains_the_search_columns_filled_from_its_events_and_sources(store, tmp_path):
    with store.engine.begin() as connection:
        for column in ("evidence_text", "place_text", "source_text"):
            connection.execute(sa.text(f"ALTER TABLE events DROP COLUMN {column}"))
        connection.execute(schema_version.update().values(version=7))
    again = open_store(str(tmp_path / "queries.db"))
    assert sub_types(again.query_events(EventQuery(text="ізюма"))) == ["Peaceful protest"]
    assert sub_types(again.query_events(EventQuery(source="kyiv independent"))) == ["Peaceful protest"]


def test_the_timeline_counts_the_filtered_events_by_day_and_type(store):
    assert store.event_counts(EventQuery(place="izyum")) == [("2022-09-10", "Battles", 1), ("2022-09-11", "Protests", 1)]
    assert store.event_counts(EventQuery(page=2, per_page=1)) == store.event_counts(EventQuery())  # paging aside
