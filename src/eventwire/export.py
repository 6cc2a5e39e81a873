"""Export: the store's events and articles in the formats of the output contract.

``event_dicts`` turns stored events into the ``events.jsonl`` shape (sources joined
with their articles); the writers below put those dicts into JSONL, ACLED-column CSV
and GeoJSON, and the stored articles into ``articles.jsonl``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from . import codec
from .attribution import side_of_claim
from .data_registry import data_file
from .evidence import evidence_in
from .models import EventMention, Rejected
from .review import corrections_by_mention, reviewed
from .store import Store

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
EXTRA_CSV_COLUMNS = ("status", "source_count", "event_id", "plover_type", "confidence", "reviewed")


@functools.cache
def country_regions() -> dict[str, tuple[str, str]]:
    """Country code -> (ISO 3166 numeric code, ACLED region), for every country."""
    rows = csv.DictReader(data_file("country_regions.csv").read_text(encoding="utf-8").splitlines())
    return {row["country_code"]: (row["iso"], row["region"]) for row in rows}


def event_dicts(store: Store, min_confidence: float = 0.0, min_interaction_confidence: float | None = None) -> Iterator[dict[str, Any]]:
    """The stored ACLED-typed events at least ``min_confidence`` sure and political interactions
    at least ``min_interaction_confidence`` sure (by default as sure as the events), in the
    ``events.jsonl`` shape, ordered by date then id (events stored before confidences were given
    count as sure), with analysts' corrections applied and named in ``reviewed`` (``review``)."""
    articles: dict[str, dict[str, Any]] = {}
    by_mention = corrections_by_mention(store)
    for record, mentions in store.iter_event_records():
        cut_off = min_confidence if record.get("event_type") or min_interaction_confidence is None else min_interaction_confidence
        if record.get("confidence", 1.0) < cut_off:
            continue
        missing = {m["article_id"] for m in mentions} - articles.keys()
        if missing:
            articles.update(store.articles_by_id(missing))
        yield reviewed(_event_dict(record, mentions, articles), by_mention)


def event_dict(store: Store, event_id: str) -> dict[str, Any] | None:
    """One stored event in the ``events.jsonl`` shape, with its sources; None if there is none."""
    found = store.event_with_sources(event_id)
    if found is None:
        return None
    record, mentions = found
    return reviewed(_event_dict(record, mentions, store.articles_by_id({m["article_id"] for m in mentions})), corrections_by_mention(store))


def _event_dict(record: dict[str, Any], mentions: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    sources = [_source(m, articles.get(m["article_id"], {})) for m in mentions]
    event = {k: v for k, v in record.items() if k != "mention_ids"}
    event.setdefault("confidence", 1.0)
    event["sources"] = sources
    event["source_count"] = len({s["article_id"] for s in sources})
    event["notes"] = summary_line(event)
    return event


def _source(mention: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    claim = mention["claim"]
    record = codec.mention_from_json(mention)
    return {
        "mention_id": mention["mention_id"],
        "article_id": mention["article_id"],
        "path": article.get("path"),
        "title": article.get("title"),
        "publisher": article.get("publisher"),
        "published": article.get("published"),
        "url": article.get("url"),
        "start": mention["start"],
        "end": mention["end"],
        "text": mention["sentence"],
        "trigger": mention["trigger"],
        "trigger_start": mention["trigger_start"],
        "sub_event_type": mention["sub_event_type"],
        "plover_type": mention.get("plover_type"),
        "fatalities": mention["fatalities"],
        "confidence": record.confidence,
        "attributed_to": claim["speaker"],
        "person": claim.get("person"),
        "speaks_for": claim.get("speaks_for"),
        "party": claim["party"],
        "side": side_of_claim(record.claim) if claim["party"] else None,
        "cue": claim["cue"],
        "hedges": claim["hedges"],
        "denial": claim["denial"],
        "paragraph_kind": mention["paragraph_kind"],
        "evidence": _evidence(record),
    }


def _evidence(mention: EventMention) -> list[dict[str, Any]]:
    return [
        {"kind": e.kind, "start": e.start, "end": e.end, "text": mention.sentence[e.start - mention.start : e.end - mention.start]}
        for e in evidence_in(mention)
    ]


def summary_line(event: dict[str, Any]) -> str:
    location = event["location"]
    where = f"{location['name']} ({location['admin1'] or location['country']})" if location else "an unknown place"
    when = (
        f"On {event['event_date']}"
        if event["time_precision"] == 1
        else f"Between {event['date_range'][0]} and {event['date_range'][1]}"
        if event["date_range"]
        else "On an unknown date"
    )
    actors = " vs ".join(a for a in (event["actor1"], event["actor2"]) if a) or "unidentified actors"
    deaths = f"; {event['fatalities']} fatalities" if event["fatalities"] else ""
    kind = event["sub_event_type"] or f"{event.get('plover_type')} (PLOVER)"
    return f"{when}, {kind.lower()} in {where}: {actors}{deaths}. {event['status'].capitalize()} ({event['status_rule']}); {event['source_count']} article(s)."


# -- writers -----------------------------------------------------------------------------


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        count += 1
    return count


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    location = event["location"] or {}
    inter1, inter2 = event["inter1"], event["inter2"]
    iso, region = country_regions().get(location.get("country_code") or "", ("", ""))
    return {
        "event_id_cnty": event["event_id"],
        "event_date": event["event_date"] or "",
        "year": event["event_date"][:4] if event["event_date"] else "",
        "time_precision": event["time_precision"] or "",
        "disorder_type": event["disorder_type"] or "",
        "event_type": event["event_type"] or "",
        "sub_event_type": event["sub_event_type"] or "",
        "actor1": event["actor1"] or "",
        "assoc_actor_1": "",
        "inter1": inter1 if inter1 is not None else "",
        "actor2": event["actor2"] or "",
        "assoc_actor_2": "",
        "inter2": inter2 if inter2 is not None else "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if (event["actor2"] or "").startswith("Civilians") else "",
        "iso": iso,
        "region": region,
        "country": location.get("country", ""),
        "admin1": location.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": location.get("name", ""),
        "latitude": location.get("latitude", ""),
        "longitude": location.get("longitude", ""),
        "geo_precision": location.get("geo_precision") or "",
        "source": "; ".join(sorted({s["publisher"] or s["path"] or "" for s in event["sources"]})),
        "source_scale": "",
        "notes": event["notes"],
        "fatalities": event["fatalities"],
        "tags": "",
        "timestamp": _timestamp(event),
        "status": event["status"],
        "source_count": event["source_count"],
        "event_id": event["event_id"],
        "plover_type": event.get("plover_type") or "",
        "confidence": event.get("confidence", 1.0),
        "reviewed": (event.get("reviewed") or {}).get("state", ""),  # verified, rejected or corrected by an analyst
    }


def _interaction(inter1: int | None, inter2: int | None) -> str:
    if inter1 is None:
        return ""
    if inter2 is None:
        return str(inter1 * 10)
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def _timestamp(event: dict[str, Any]) -> int | str:
    published = [s["published"] for s in event["sources"] if s["published"]]
    if not published:
        return ""
    latest = dt.date.fromisoformat(max(published))
    return int(dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.UTC).timestamp())


def write_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + EXTRA_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(acled_row(event))
        count += 1
    return count


def geojson_collection(events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [e["location"]["longitude"], e["location"]["latitude"]]}, "properties": e}
        for e in events
        if e["location"] and e["location"].get("latitude") is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    collection = geojson_collection(events)
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(collection["features"])


def article_dicts(store: Store, rejected: Iterable[Rejected] = ()) -> Iterator[dict[str, Any]]:
    """Stored articles in the ``articles.jsonl`` shape, then one line per rejected input."""
    for row in store.iter_articles():
        text = row["text"]
        yield {
            "article_id": row["article_id"],
            "path": row["path"],
            "title": row["title"],
            "published": row["published"],
            "publisher": row["publisher"],
            "url": row["url"],
            "language": row["language"],
            "paragraphs": [{"kind": p["kind"], "start": p["start"], "end": p["end"], "text": text[p["start"] : p["end"]]} for p in row["paragraphs"]],
            "places": [{k: v for k, v in p.items() if k != "place"} for p in row["places"]],
            "dropped": [{**d, "text": text[d["start"] : d["end"]]} for d in row["dropped"]],
            "rejected": None,
        }
    for item in rejected:
        yield {
            "article_id": None,
            "path": item.source,
            "title": None,
            "published": None,
            "publisher": None,
            "url": None,
            "language": None,
            "paragraphs": [],
            "places": [],
            "dropped": [],
            "rejected": {"stage": item.stage, "reason": item.reason},
        }


EVENT_WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}


def export_events(store: Store, format: str, out: TextIO, min_confidence: float = 0.0, min_interaction_confidence: float | None = None) -> int:
    """Write the stored events at least ``min_confidence`` sure (political interactions
    ``min_interaction_confidence``) to ``out`` in ``format`` (jsonl, csv, geojson)."""
    return EVENT_WRITERS[format](event_dicts(store, min_confidence, min_interaction_confidence), out)


def write_outputs(
    store: Store, out_dir: Path, rejected: Iterable[Rejected] = (), min_confidence: float = 0.0, min_interaction_confidence: float | None = None
) -> list[Path]:
    """All five outputs of a run into ``out_dir`` (events at least ``min_confidence`` sure,
    political interactions ``min_interaction_confidence``); returns their paths."""
    from .report import render_report

    out_dir.mkdir(parents=True, exist_ok=True)
    events = list(event_dicts(store, min_confidence, min_interaction_confidence))
    rejected = list(rejected)
    paths = []
    for format, writer in EVENT_WRITERS.items():
        path = out_dir / f"events.{format}"
        with _atomic_text(path) as out:
            writer(events, out)
        paths.append(path)
    with _atomic_text(out_dir / "articles.jsonl") as out:
        write_jsonl(article_dicts(store, rejected), out)
    paths.append(out_dir / "articles.jsonl")
    with _atomic_text(out_dir / "report.html") as out:
        out.write(render_report(events, rejected))
    paths.append(out_dir / "report.html")
    return paths


class _atomic_text:
    """Write a text file whole or not at all (a temporary file renamed into place)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.tmp")

    def __enter__(self) -> TextIO:
        self.handle = self.temporary.open("w", encoding="utf-8", newline="")
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:
        self.handle.close()
        if exc_type is None:
            self.temporary.replace(self.path)
        else:
            self.temporary.unlink(missing_ok=True)
