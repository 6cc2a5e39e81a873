"""JSON forms of the records, for the store and the exports (one place, both ways)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from .models import Actor, Claim, Conflict, DateRange, DroppedCandidate, EventMention, Place, PlaceMention


def place_to_json(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "geonameid": place.geonameid,
        "feature": place.feature,
        "admin1": place.admin1,
        "admin1_code": place.admin1_code,
        "country": place.country,
        "country_code": place.country_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "population": place.population,
        "approximate": place.approximate,
    }


def place_from_json(data: dict[str, Any] | None) -> Place | None:
    if data is None:
        return None
    return Place(**{k: data[k] for k in Place.__dataclass_fields__ if k in data})


def place_mention_to_json(mention: PlaceMention) -> dict[str, Any]:
    resolved = place_to_json(mention.place) or {}
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        **{k: resolved.get(k) for k in ("name", "geonameid", "admin1", "country_code", "latitude", "longitude", "feature")},
        "confidence": mention.confidence,
        "method": mention.method,
        "place": resolved or None,
    }


def place_mention_from_json(data: dict[str, Any] | None) -> PlaceMention | None:
    if data is None:
        return None
    return PlaceMention(data["text"], data["start"], data["end"], place_from_json(data.get("place")), data["confidence"], data["method"])


def actor_to_json(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else {"name": actor.name, "side": actor.side, "inter": actor.inter}


def actor_from_json(data: dict[str, Any] | None) -> Actor | None:
    return None if data is None else Actor(data["name"], data["side"], data["inter"])


def date_to_json(date: DateRange | None) -> dict[str, Any] | None:
    if date is None:
        return None
    return {"earliest": date.earliest.isoformat(), "latest": date.latest.isoformat(), "time_precision": date.time_precision}


def date_from_json(data: dict[str, Any] | None) -> DateRange | None:
    if data is None:
        return None
    return DateRange(dt.date.fromisoformat(data["earliest"]), dt.date.fromisoformat(data["latest"]), data["time_precision"])


def claim_to_json(claim: Claim) -> dict[str, Any]:
    return {
        "speaker": claim.speaker,
        "party": claim.party,
        "cue": claim.cue,
        "hedges": list(claim.hedges),
        "denial": claim.denial,
        "cue_is_main": claim.cue_is_main,
        "person": claim.person,
        "speaks_for": claim.speaks_for,
        "speaker_at": list(claim.speaker_at) if claim.speaker_at else None,
        "cue_at": list(claim.cue_at) if claim.cue_at else None,
    }


def claim_from_json(data: dict[str, Any]) -> Claim:
    return Claim(
        data["speaker"],
        data["party"],
        data["cue"],
        tuple(data["hedges"]),
        data["denial"],
        data.get("cue_is_main", True),
        data.get("person"),
        data.get("speaks_for"),
        _offsets(data.get("speaker_at")),  # absent from records stored before schema 4's code
        _offsets(data.get("cue_at")),
    )


def _offsets(value: list[int] | None) -> tuple[int, int] | None:
    return (value[0], value[1]) if value else None


def mention_to_json(mention: EventMention) -> dict[str, Any]:
    return {
        "mention_id": mention.mention_id,
        "article_id": mention.article_id,
        "start": mention.start,
        "end": mention.end,
        "trigger": mention.trigger,
        "trigger_start": mention.trigger_start,
        "event_type": mention.event_type,
        "sub_event_type": mention.sub_event_type,
        "disorder_type": mention.disorder_type,
        "plover_type": mention.plover_type,
        "actor1": actor_to_json(mention.actor1),
        "actor2": actor_to_json(mention.actor2),
        "place": place_mention_to_json(mention.place) if mention.place else None,
        "geo_precision": mention.geo_precision,
        "date": date_to_json(mention.date),
        "fatalities": mention.fatalities,
        "claim": claim_to_json(mention.claim),
        "paragraph_kind": mention.paragraph_kind,
        "sentence": mention.sentence,
        "confidence": mention.confidence,
    }


def dropped_to_json(dropped: DroppedCandidate) -> dict[str, Any]:
    return dataclasses.asdict(dropped)


def dropped_from_json(data: dict[str, Any]) -> DroppedCandidate:
    known: dict[str, Any] = {f.name: data[f.name] for f in dataclasses.fields(DroppedCandidate) if f.name in data}
    return DroppedCandidate(**known)


def mention_from_json(data: dict[str, Any]) -> EventMention:
    return EventMention(
        mention_id=data["mention_id"],
        article_id=data["article_id"],
        start=data["start"],
        end=data["end"],
        trigger=data["trigger"],
        trigger_start=data["trigger_start"],
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        disorder_type=data["disorder_type"],
        plover_type=data.get("plover_type"),
        actor1=actor_from_json(data["actor1"]),
        actor2=actor_from_json(data["actor2"]),
        place=place_mention_from_json(data["place"]),
        geo_precision=data["geo_precision"],
        date=date_from_json(data["date"]),
        fatalities=data["fatalities"],
        claim=claim_from_json(data["claim"]),
        paragraph_kind=data["paragraph_kind"],
        sentence=data["sentence"],
        confidence=data.get("confidence", 1.0),  # stored before confidences were given: unknown, kept
    )


def conflict_to_json(conflict: Conflict) -> dict[str, Any]:
    return {"field": conflict.field, "values": [{"value": v, "mention_ids": list(ids)} for v, ids in conflict.values]}
