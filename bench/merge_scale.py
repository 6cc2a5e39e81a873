"""Merge cost per article against the size of the store: 10k against 1M stored events.

The issue's target: adding an article to a store of a million events costs about the
same as adding it to a near-empty one, within 1.5 times its cost at 10k events.

The synthetic world (seeded; the same distribution at every size, only denser):

* places: 4,000 made-up towns with real-looking GeoNames ids (drawn from 460,000 to
  12,000,000) in eight countries. An event's place is drawn with weight
  ``1 / (rank + 20)``, a Zipf-like curve with a flattened head: the busiest town gets
  0.9% of all events (about 2.5 a day over ten years at 1M, a front-line town), the
  median town 0.014% and the quietest 0.005% (one every 2.6 months at 1M).
* event types: ACLED sub-event types in ACLED-like shares: shelling and air strikes
  45%, armed clashes 20%, protests 12%, attacks on civilians 8%, arrests 5%, changes
  of territory 3%, riots 3%, other strategic developments 4%.
* dates: uniform over ten years, 2015-01-01 to 2024-12-31; 85% of reports give one day,
  12% a week (seven days), 3% a calendar month.
* each report is told by one, two or three mentions (60/30/10%) in different stored
  articles; a stored article carries about three mentions. Stored sentences are one
  template per sub-event type that names the place as "the town" (resolved by
  context), so merge's sentence vectors are computed once for them.

Building a store bypasses the analysis pipeline and the store's merge: the mentions of
each block are cut into connected components of meeting date ranges (a sort and sweep,
written here independently of the store's window queries), each component is merged
with ``merge.merge_block``, and mentions, events and sources are inserted directly,
with the store's secondary indexes dropped during the load and recreated after it.
Stored events are what ``merge`` produces (two reports of one place, family and day
become one event, so a size counts reports and the events stored are printed);
``--check-blocks`` random blocks are compared with a full ``merge_block`` of all their
mentions after the build.

Timed: for each size, a fresh ``open_store`` on the built file (the store's normal
SQLite settings), a few untimed warm-up articles, then ``--articles`` new articles of
three mentions each: half repeat the place, type and dates of a stored report (so they
join existing events), half are drawn fresh from the same distribution; each sentence
names its own dispatch, so merge embeds it as new wording when it meets another report.
Each article goes through ``Store.save_analysis`` and ``Store.merge_pending(14)``, timed
together. The sizes take turns over ``--rounds`` rounds, so load from other processes
falls on both alike; the builds are synced to disk and merge's sentence model loaded
before any timing. The stores live in ``--db-dir`` (a temporary directory by default);
they are removed at the end unless ``--keep``.

The last line of output is a JSON object: ``ms_per_article_10k``, ``ms_per_article_1m``
(named after the sizes given) and ``ratio`` (largest size over smallest; target <= 1.5).

Usage: python bench/merge_scale.py [--sizes 10000,1000000] [--articles 300] [--rounds 5]
       [--db-dir DIR] [--keep] [--workers 2] [--check-blocks 20]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import sqlalchemy as sa
from measure import positive_int  # bench/measure.py

from eventwire import codec
from eventwire.merge import block_of, merge_block
from eventwire.models import Actor, Article, ArticleAnalysis, Claim, DateRange, EventMention, Paragraph, Place, PlaceMention
from eventwire.store import _event_row, _mention_row, articles, event_mentions, event_sources, events, open_store
from eventwire.taxonomy import sub_event

SEED = 20240601
PLACE_COUNT = 4000
PLACE_RANK_OFFSET = 20  # weight 1 / (rank + offset): flattens the head of the Zipf curve
COUNTRIES = (("UA", "Ukraine"), ("SY", "Syria"), ("SD", "Sudan"), ("MM", "Myanmar"), ("YE", "Yemen"), ("ML", "Mali"), ("CO", "Colombia"), ("NG", "Nigeria"))
SUB_EVENT_SHARES = (
    ("Shelling/artillery/missile attack", 30),
    ("Air/drone strike", 15),
    ("Armed clash", 20),
    ("Peaceful protest", 12),
    ("Attack", 8),
    ("Arrests", 5),
    ("Non-state actor overtakes territory", 2),
    ("Government regains territory", 1),
    ("Violent demonstration", 3),
    ("Other", 4),
)
FIRST_DAY, DAYS = dt.date(2015, 1, 1), 3653  # ten years
PRECISION_SHARES = ((1, 85), (2, 12), (3, 3))  # ACLED time precision: day, week, month
WEEK_DAYS = 7
MENTIONS_PER_REPORT = ((1, 60), (2, 30), (3, 10))
MENTIONS_PER_STORED_ARTICLE = 3
MENTIONS_PER_NEW_ARTICLE = 3
WINDOW_DAYS = 14  # the pipeline's default merge window
SHARD_REPORTS = 20_000  # reports generated per worker task
SAMPLE_PER_SHARD = 200  # stored reports kept per shard, for new articles that repeat them
WARM_UP_ARTICLES = 10
LOAD_CACHE_KIB = 1_000_000  # SQLite page cache while loading (the timed store keeps the default)
ACTORS = (
    Actor("Military Forces of Ukraine (2019-)", "Ukraine", 1),
    Actor("Military Forces of Russia (2000-)", "Russia", 8),
    Actor("Civilians", "civilians", 7),
    Actor("Protesters", "protesters", 6),
)
NO_CLAIM = Claim(None, None, None)
TOWN = "the town"  # how every synthetic sentence names its place (resolved by context)


@dataclasses.dataclass(frozen=True)
class Report:
    """One synthetic real-world event: where, what, when and by whom."""

    place_index: int
    sub_event_type: str
    earliest: dt.date
    latest: dt.date
    precision: int
    actor1: int
    actor2: int
    fatalities: int | None


# -- the synthetic world ---------------------------------------------------------------


def synthetic_places(seed: int) -> list[Place]:
    rng = random.Random(seed)
    ids = rng.sample(range(460_000, 12_000_000), PLACE_COUNT)
    places = []
    for i, geonameid in enumerate(ids):
        code, country = COUNTRIES[i % len(COUNTRIES)]
        lat, lon = rng.uniform(-20, 60), rng.uniform(-80, 100)
        places.append(
            Place(
                geonameid,
                f"Town {geonameid}",
                "city",
                code,
                country,
                f"Province {i % 97}",
                str(i % 97),
                round(lat, 5),
                round(lon, 5),
                rng.randrange(500, 200_000),
            )
        )
    return places


def place_weights() -> list[float]:
    return [1 / (rank + PLACE_RANK_OFFSET) for rank in range(PLACE_COUNT)]


def random_report(rng: random.Random, place_index: int) -> Report:
    sub = _weighted(rng, SUB_EVENT_SHARES)
    precision = _weighted(rng, PRECISION_SHARES)
    earliest = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    if precision == 3:
        earliest = earliest.replace(day=1)
        latest = (earliest + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    else:
        latest = earliest + dt.timedelta(days=WEEK_DAYS - 1 if precision == 2 else 0)
    actor1 = rng.randrange(2)
    actor2 = 1 - actor1 if rng.random() < 0.7 else 2 + rng.randrange(2)
    return Report(place_index, sub, earliest, latest, precision, actor1, actor2, rng.choice((None, None, 0, 1, 2, 3, 5, 10)))


def _weighted(rng: random.Random, shares):
    return rng.choices([v for v, _ in shares], weights=[w for _, w in shares])[0]


def mention_of(report: Report, places: list[Place], article_id: str, start: int, key: str, source: str = "") -> EventMention:
    """A mention of ``report``: stored ones share one sentence per sub-event type, so their
    sentence vectors are computed once; new ones add their ``source``, worded so that they
    are no near copy of the stored sentence (merge links near copies without vectors), so
    a new article pays for the sentence vectors of its new wording, as a real one does."""
    place = places[report.place_index]
    sub = sub_event(report.sub_event_type)
    sentence = f"Sources reported {sub.name.lower()} in {TOWN}{source}."
    place_at = start + sentence.index(TOWN)
    return EventMention(
        mention_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        article_id=article_id,
        start=start,
        end=start + len(sentence),
        trigger=sub.name.split()[0].lower(),
        trigger_start=start + len("Sources reported "),
        event_type=sub.event_type,
        sub_event_type=sub.name,
        disorder_type=sub.disorder_type,
        plover_type=sub.plover,
        actor1=ACTORS[report.actor1],
        actor2=ACTORS[report.actor2],
        place=PlaceMention(TOWN, place_at, place_at + len(TOWN), place, 1.0, "context"),
        geo_precision=1,
        date=DateRange(report.earliest, report.latest, report.precision),
        fatalities=report.fatalities,
        claim=NO_CLAIM,
        paragraph_kind="body",
        sentence=sentence,
    )


# -- building a store --------------------------------------------------------------------


def build_shard(task: tuple[int, int, list[tuple[int, int]]]) -> dict:
    """Rows for the reports of some places, merged component by component."""
    seed, shard, counts = task
    rng = random.Random(f"{seed}:{shard}")
    places = synthetic_places(seed)
    reports = [random_report(rng, place_index) for place_index, count in counts for _ in range(count)]
    told = [(r, j) for i, r in enumerate(reports) for j in range(_weighted(rng, MENTIONS_PER_REPORT))]
    rng.shuffle(told)
    article_rows, mentions = [], []
    for a in range(0, len(told), MENTIONS_PER_STORED_ARTICLE):
        article_id = hashlib.sha1(f"stored:{seed}:{shard}:{a}".encode()).hexdigest()[:32]
        found, start = [], 0
        for report, _shard in told[a : a + MENTIONS_PER_STORED_ARTICLE]:
            found.append(mention_of(report, places, article_id, start, f"{seed}:{shard}:{a}:{start}"))
            start = found[-1].end + 1
        mentions.extend(found)
        article_rows.append(_stored_article_row(article_id, " ".join(m.sentence for m in found)))
    merged = [
        e for block, members in _by_block(mentions).items() for component in components(block, members) for e in merge_block(block, component, WINDOW_DAYS)
    ]
    rows = {
        articles: article_rows,
        event_mentions: [{**_mention_row(m), "merged": True} for m in mentions],
        events: [_event_row(e) for e in merged],
        event_sources: [{"event_id": e.event_id, "mention_id": m.mention_id} for e in merged for m in e.mentions],
    }
    return {
        "rows": {table.name: driver_rows(table, table_rows) for table, table_rows in rows.items()},
        "sample": rng.sample(reports, min(SAMPLE_PER_SHARD, len(reports))),
    }


def driver_rows(table: sa.Table, rows: list[dict]) -> list[tuple]:
    """Rows as SQLite's driver takes them, in column order: dates as ISO text, flags as 0 or 1."""
    return [tuple(_sqlite_value(row.get(c.name)) for c in table.columns) for row in rows]


def _sqlite_value(value):
    if isinstance(value, dt.date):
        return value.isoformat()  # how SQLAlchemy keeps a Date in SQLite
    return int(value) if isinstance(value, bool) else value


def _stored_article_row(article_id: str, text: str) -> dict:
    return {
        "article_id": article_id,
        "path": f"{article_id}.txt",
        "title": None,
        "published": None,
        "publisher": None,
        "url": None,
        "language": "en",
        "text": text,
        "metadata": "{}",
        "run_id": "synthetic",
    }


def _by_block(mentions: list[EventMention]) -> dict[str, list[EventMention]]:
    blocks: dict[str, list[EventMention]] = {}
    for m in mentions:
        blocks.setdefault(block_of(m), []).append(m)
    return blocks


def components(block: str, mentions: list[EventMention]) -> list[list[EventMention]]:
    """The block's mentions cut where no date range, stretched by merge's slack, reaches the next."""
    slack = dt.timedelta(days=WINDOW_DAYS if block.startswith("territory|") else 0)
    found: list[list[EventMention]] = []
    reach = dt.date.min
    for m in sorted(mentions, key=lambda m: m.date.earliest):
        if found and m.date.earliest <= reach:
            found[-1].append(m)
            reach = max(reach, m.date.latest + slack)
        else:
            found.append([m])
            reach = m.date.latest + slack
    return found


def shard_tasks(size: int, seed: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The places' report counts for ``size`` reports, cut into worker tasks."""
    rng = random.Random(f"{seed}:places:{size}")
    counts = Counter(rng.choices(range(PLACE_COUNT), weights=place_weights(), k=size))
    tasks, current, total = [], [], 0
    for place_index in sorted(counts):
        current.append((place_index, counts[place_index]))
        total += counts[place_index]
        if total >= SHARD_REPORTS:
            tasks.append(current)
            current, total = [], 0
    if current:
        tasks.append(current)
    return [(seed, i, t) for i, t in enumerate(tasks)]


def build_store(path: Path, size: int, seed: int, workers: int) -> tuple[list[Report], dict]:
    """A store of ``size`` synthetic reports at ``path``; the sampled reports and build figures."""
    store = open_store(str(path))
    started = time.perf_counter()
    sample: list[Report] = []
    indexes = [index for table in (event_mentions, event_sources, events) for index in table.indexes]
    with store.engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
        connection.exec_driver_sql("PRAGMA synchronous=OFF")
        for index in indexes:
            index.drop(connection)
        connection.commit()
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for rows in pool.imap_unordered(build_shard, shard_tasks(size, seed)):
                _insert(connection, rows["rows"])
                connection.commit()
                sample.extend(rows["sample"])
        loaded = time.perf_counter()
        for index in indexes:
            index.create(connection)
        connection.commit()
    store.engine.dispose()
    figures = {"events": store.count(events), "mentions": store.count(event_mentions), "load_s": loaded - started, "index_s": time.perf_counter() - loaded}
    store.engine.dispose()
    return sample, figures


def _insert(connection, rows: dict[str, list[tuple]]) -> None:
    for table in (articles, event_mentions, events, event_sources):
        if rows[table.name]:
            columns = ", ".join(f'"{c.name}"' for c in table.columns)
            marks = ", ".join("?" for _ in table.columns)
            connection.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", rows[table.name])


def check_blocks(path: Path, count: int, seed: int) -> tuple[int, int]:
    """How many of ``count`` random blocks hold exactly the events a full merge_block gives."""
    store = open_store(str(path))
    rng = random.Random(seed)
    with store.engine.connect() as connection:
        blocks = connection.execute(sa.select(event_mentions.c.block).distinct()).scalars().all()
        chosen = rng.sample(blocks, min(count, len(blocks)))
        equal = sum(_block_is_merged(connection, block) for block in chosen)
    store.engine.dispose()
    return equal, len(chosen)


def _block_is_merged(connection, block: str) -> bool:
    records = connection.execute(sa.select(event_mentions.c.record).where(event_mentions.c.block == block)).scalars().all()
    expected = {_event_row(e)["record"] for e in merge_block(block, [codec.mention_from_json(json.loads(r)) for r in records], WINDOW_DAYS)}
    stored = set(connection.execute(sa.select(events.c.record).where(events.c.block == block)).scalars())
    return stored == expected


# -- timing new articles -------------------------------------------------------------------


def new_articles(count: int, sample: list[Report], seed: int) -> list[ArticleAnalysis]:
    """``count`` articles of three mentions: half repeat a stored report, half are fresh."""
    rng = random.Random(f"{seed}:new")
    places, weights = synthetic_places(seed), place_weights()
    analyses = []
    for i in range(count):
        article_id = hashlib.sha1(f"new:{seed}:{i}".encode()).hexdigest()[:32]
        found, start = [], 0
        for j in range(MENTIONS_PER_NEW_ARTICLE):
            repeat = rng.random() < 0.5
            report = rng.choice(sample) if repeat else random_report(rng, rng.choices(range(PLACE_COUNT), weights=weights)[0])
            found.append(
                mention_of(
                    report,
                    places,
                    article_id,
                    start,
                    f"new:{seed}:{i}:{j}",
                    f", according to dispatch {i}-{j} filed by a correspondent who reached the scene after nightfall",
                )
            )
            start = found[-1].end + 1
        text = " ".join(m.sentence for m in found)
        article = Article(article_id, f"new-{i}.txt", text, language="en", paragraphs=(Paragraph("body", 0, len(text)),))
        analyses.append(ArticleAnalysis(article, (), tuple(found)))
    return analyses


def load_sentence_model() -> None:
    """Merge two reports of one event, so merge's sentence model is loaded before any timing."""
    report = random_report(random.Random(SEED), 0)
    places = synthetic_places(SEED)
    merge_block("warm-up", [mention_of(report, places, "a", 0, "warm-up:a", " today"), mention_of(report, places, "b", 0, "warm-up:b", " now")], WINDOW_DAYS)


def time_articles(path: Path, analyses: list[ArticleAnalysis]) -> list[float]:
    """Seconds per article for save_analysis and merge_pending, after an untimed warm-up."""
    store = open_store(str(path))
    run_id = store.start_run({"bench": "merge_scale"}, {})
    for analysis in analyses[:WARM_UP_ARTICLES]:
        store.save_analysis(analysis, run_id)
        store.merge_pending(WINDOW_DAYS)
    times = []
    for analysis in analyses[WARM_UP_ARTICLES:]:
        started = time.perf_counter()
        store.save_analysis(analysis, run_id)
        store.merge_pending(WINDOW_DAYS)
        times.append(time.perf_counter() - started)
    store.engine.dispose()
    return times


def size_name(size: int) -> str:
    for unit, suffix in ((1_000_000, "m"), (1_000, "k")):
        if size >= unit and size % unit == 0:
            return f"{size // unit}{suffix}"
    return str(size)


def built_store(size: int, args: argparse.Namespace, db_dir: Path) -> tuple[Path, list[Report]]:
    path = db_dir / f"merge_scale_{size_name(size)}.db"
    remove_store(path)
    sample, built = build_store(path, size, SEED, args.workers)
    print(
        f"{size_name(size)}: {size:,} reports -> {built['events']:,} events, {built['mentions']:,} mentions; built in {built['load_s'] + built['index_s']:.0f} s (rows {built['load_s']:.0f} s, indexes {built['index_s']:.0f} s); {path.stat().st_size / 1e6:.0f} MB",
        flush=True,
    )
    if args.check_blocks:
        equal, checked = check_blocks(path, args.check_blocks, SEED)
        print(f"  {equal}/{checked} random blocks hold exactly the events of a full merge_block", flush=True)
    return path, sample


def remove_store(path: Path) -> None:
    for stale in path.parent.glob(f"{path.name}*"):
        stale.unlink()


def timed_rounds(stores: dict[int, tuple[Path, list[Report]]], args: argparse.Namespace) -> dict[int, list[float]]:
    """Milliseconds per article at each size; the sizes take turns, round by round, so load on the machine hits them alike."""
    per_round = -(-args.articles // args.rounds)
    analyses = {size: new_articles(args.rounds * (per_round + WARM_UP_ARTICLES), sample, SEED) for size, (_, sample) in stores.items()}
    ms: dict[int, list[float]] = {size: [] for size in stores}
    for r in range(args.rounds):
        for size, (path, _) in stores.items():
            batch = analyses[size][r * (per_round + WARM_UP_ARTICLES) : (r + 1) * (per_round + WARM_UP_ARTICLES)]
            ms[size].extend(t * 1000 for t in time_articles(path, batch))
    return ms


def describe(size: int, ms: list[float]) -> str:
    p95 = sorted(ms)[int(0.95 * len(ms))]
    return f"{size_name(size)}: {len(ms)} new articles of {MENTIONS_PER_NEW_ARTICLE} mentions: {statistics.mean(ms):.2f} ms/article (median {statistics.median(ms):.2f}, p95 {p95:.2f})"


DISTRIBUTION = (
    f"synthetic reports: {PLACE_COUNT:,} places drawn with weight 1/(rank+{PLACE_RANK_OFFSET}); "
    f"{len(SUB_EVENT_SHARES)} ACLED sub-event types in ACLED-like shares; dates uniform over {FIRST_DAY}..{FIRST_DAY + dt.timedelta(days=DAYS - 1)} "
    "(85% one day, 12% a week, 3% a month); 1-3 mentions per report (60/30/10%); new articles: 3 mentions, half repeating a stored report"
)


def sizes(value: str) -> list[int]:
    found = sorted({positive_int(v.replace("_", "")) for v in value.split(",")})
    if len(found) < 2:
        raise argparse.ArgumentTypeError(f"expected at least two sizes separated by commas, got {value!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=sizes, default=[10_000, 1_000_000], help="store sizes in reports, comma separated (default 10000,1000000)")
    parser.add_argument("--articles", type=positive_int, default=300, help="new articles timed at each size (default 300)")
    parser.add_argument("--db-dir", type=Path, help="where to build the stores (default: a temporary directory)")
    parser.add_argument("--workers", type=positive_int, default=2, help="processes generating and merging rows (default 2)")
    parser.add_argument("--check-blocks", type=int, default=20, help="random blocks checked against a full merge after each build (default 20)")
    parser.add_argument("--rounds", type=positive_int, default=5, help="timing rounds; the sizes take turns each round (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the built stores in --db-dir")
    args = parser.parse_args(argv)
    print(DISTRIBUTION, flush=True)
    with tempfile.TemporaryDirectory(prefix="merge_scale_") as scratch:
        db_dir = args.db_dir or Path(scratch)
        db_dir.mkdir(parents=True, exist_ok=True)
        stores = {size: built_store(size, args, db_dir) for size in args.sizes}
        os.sync()  # the builds' gigabytes reach the disk now, not while articles are timed
        load_sentence_model()
        times = timed_rounds(stores, args)
        if not args.keep:
            for path, _ in stores.values():
                remove_store(path)
    for size in args.sizes:
        print(describe(size, times[size]))
    ms = {size: statistics.mean(times[size]) for size in args.sizes}
    smallest, largest = args.sizes[0], args.sizes[-1]
    ratio = ms[largest] / ms[smallest]
    median_ratio = statistics.median(times[largest]) / statistics.median(times[smallest])
    print(f"ratio {size_name(largest)}/{size_name(smallest)}: {ratio:.2f} of the means (target <= 1.5), {median_ratio:.2f} of the medians")
    print(json.dumps({**{f"ms_per_article_{size_name(s)}": round(ms[s], 3) for s in args.sizes}, "ratio": round(ratio, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
