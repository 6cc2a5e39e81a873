"""Workbench latency on a large store: the events list and the map's GeoJSON, over loopback.

The issue's targets, on a store of 100,000 events: p95 under 300 ms for a filtered page of
100 events, and under 1 s for the map of 10,000 points.

The store is synthetic and seeded: ``--events`` event rows (default 100,000) written straight
into a fresh SQLite store (records in the shape ``store.event_record`` gives, with the filter
and search columns of schemas 6 and 8 and one mention and source each), over ten years, 4,000 made-up towns in
Ukraine and its neighbours, ACLED sub-event types in ACLED-like shares, statuses and
confidences drawn at random. No merge runs: only reading is measured.

``eventwire serve``'s application then runs in uvicorn on 127.0.0.1 (a free port), and a
fixed number of requests (``--requests``, each kind in turn) is sent one at a time with
httpx: a page of 100 events filtered by event type, status and minimum confidence (the
filters change from request to request), the GeoJSON of 10,000 events of a year, a page of
100 events found by words of their evidence (a scan of the case-folded evidence column), and
the timeline (counts by day and type) of one event type. It prints p50 and p95 of each, and
a last JSON line: ``events`` and ``<kind>_p50_ms``, ``<kind>_p95_ms`` for ``page``, ``map``,
``search`` and ``timeline``.

    python bench/serve_load.py                       # 100,000 events, 200 requests of each kind
    python bench/serve_load.py --events 20000 --requests 50
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from eventwire.store import articles, event_mentions, event_sources, events, filter_fields, open_store, search_fields
from eventwire.web import create_app

SUB_TYPES = (
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", 0.30),
    ("Air/drone strike", "Explosions/Remote violence", 0.15),
    ("Armed clash", "Battles", 0.20),
    ("Peaceful protest", "Protests", 0.12),
    ("Attack", "Violence against civilians", 0.08),
    ("Arrests", "Strategic developments", 0.05),
    ("Government regains territory", "Battles", 0.03),
    ("Mob violence", "Riots", 0.03),
    ("Other", "Strategic developments", 0.04),
)
STATUSES = ("confirmed", "claimed", "disputed", "unverified")
COUNTRIES = (("UA", "Ukraine", 48.5, 32.0), ("RU", "Russia", 52.0, 38.0), ("BY", "Belarus", 53.5, 28.0), ("MD", "Moldova", 47.0, 28.8))
TOWNS = 4_000
CHUNK = 5_000


def build_store(path: Path, count: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    towns = []
    for i in range(TOWNS):
        code, country, lat, lon = rng.choice(COUNTRIES)
        towns.append(
            {
                "name": f"Town {i}",
                "geonameid": 900_000 + i,
                "admin1": f"Region {i % 25}",
                "country": country,
                "country_code": code,
                "latitude": round(lat + rng.uniform(-3, 3), 4),
                "longitude": round(lon + rng.uniform(-4, 4), 4),
                "geo_precision": 1,
            }
        )
    weights = [w for _, _, w in SUB_TYPES]
    store = open_store(str(path))
    rows, mentions, sources = [], [], []
    with store.engine.begin() as connection:
        connection.execute(articles.insert().values(article_id="synthetic", path="synthetic.txt", title="Synthetic", text="", metadata="{}", run_id="load"))
        for n in range(count):
            sub, event_type, _ = rng.choices(SUB_TYPES, weights)[0]
            day = f"{2015 + rng.randrange(10)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            event_id, mention_id = f"e{n:015d}", f"m{n:015d}"
            record = {
                "event_id": event_id,
                "event_type": event_type,
                "sub_event_type": sub,
                "disorder_type": "Political violence",
                "plover_type": "ASSAULT",
                "event_date": day,
                "date_range": [day, day],
                "time_precision": 1,
                "actor1": "Military Forces of Russia (2000-)",
                "actor2": None,
                "inter1": 8,
                "inter2": None,
                "location": rng.choice(towns),
                "fatalities": rng.choice((0, 0, 0, 1, 2, 5)),
                "fatalities_reported": [],
                "status": rng.choice(STATUSES),
                "status_rule": "synthetic",
                "confidence": round(rng.random(), 3),
                "conflicts": [],
                "mention_ids": [mention_id],
            }
            said = {"mention_id": mention_id, "article_id": "synthetic", "sentence": f"Shelling hit Town {n % TOWNS}.", "claim": {"speaker": "Ukraine"}}
            searchable = search_fields(record, [said], {"synthetic": "Synthetic Wire"})
            rows.append({"event_id": event_id, "block": f"b{n % 997}", "event_date": day, "record": json.dumps(record), **filter_fields(record), **searchable})
            mentions.append({"mention_id": mention_id, "article_id": "synthetic", "block": f"b{n % 997}", "merged": True, "record": json.dumps(said)})
            sources.append({"event_id": event_id, "mention_id": mention_id})
            if len(rows) >= CHUNK:
                _flush(connection, rows, mentions, sources)
        _flush(connection, rows, mentions, sources)


def _flush(connection, rows: list, mentions: list, sources: list) -> None:
    if rows:
        connection.execute(events.insert(), rows)
        connection.execute(event_mentions.insert(), mentions)
        connection.execute(event_sources.insert(), sources)
    rows.clear(), mentions.clear(), sources.clear()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="requests of each kind")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="eventwire-serve-load-"))
    started = time.perf_counter()
    build_store(folder / "load.db", args.events)
    print(f"built a store of {args.events} events in {time.perf_counter() - started:.1f} s")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(open_store(str(folder / "load.db"))), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    rng = random.Random(7)
    timings: dict[str, list[float]] = {"page": [], "map": [], "search": [], "timeline": []}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for i in range(args.requests):
            _, event_type, _ = rng.choice(SUB_TYPES)
            page = {"event_type": event_type, "status": rng.choice(STATUSES), "min_confidence": round(rng.random() / 2, 2), "per_page": 100, "page": 1 + i % 3}
            year = 2015 + rng.randrange(10)
            layer = {"date_from": f"{year}-01-01", "date_to": f"{year}-12-31", "per_page": 10_000, "format": "geojson"}
            search = {"q": f"town {rng.randrange(TOWNS)}.", "per_page": 100}
            timeline = {"event_type": event_type, "min_confidence": 0.5}
            for kind, path, params in (
                ("page", "/api/events", page),
                ("map", "/api/events", layer),
                ("search", "/api/events", search),
                ("timeline", "/api/timeline", timeline),
            ):
                t0 = time.perf_counter()
                response = client.get(path, params=params)
                took = time.perf_counter() - t0
                response.raise_for_status()
                timings[kind].append(took * 1000)
    server.should_exit = True
    thread.join(timeout=10)
    figures = {"events": args.events}
    labels = (
        ("page", "filtered page of 100"),
        ("map", "map of 10,000 points (GeoJSON)"),
        ("search", "evidence words, a page of 100"),
        ("timeline", "timeline of one event type"),
    )
    for kind, label in labels:
        p50, p95 = statistics.median(timings[kind]), percentile(timings[kind], 0.95)
        print(f"{label}: p50 {p50:.0f} ms, p95 {p95:.0f} ms over {len(timings[kind])} requests")
        figures[f"{kind}_p50_ms"], figures[f"{kind}_p95_ms"] = round(p50, 1), round(p95, 1)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
