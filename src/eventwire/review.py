"""Review: an analyst's verdicts and corrections of events, kept apart from the machine's values.

A correction is its own record (who, when, what, why): ``verify`` or ``reject`` an event,
``correct`` some of its fields (sub-event type, date, fatalities, actors, place), ``split``
some of its sources out into an event of their own, or ``merge`` another event into it. It never
overwrites what the pipeline stored. It names the event's mentions, so that it still finds
the event after a re-run or a re-merge gives the event another id: a re-merged event takes
every correction made on any of its mentions, in the order they were made. Undoing a
correction marks it undone; it stays in the store. Splits and merges change which events
exist, so the store applies them itself (``merge.regrouped``) after every merge of their
blocks; undoing one merges its mentions again without it.

``reviewed(event, corrections)`` gives an event as the exports and the workbench show it:
the corrected values in place, and a ``reviewed`` field with the verdict, the corrections
applied and the machine's own values of every field they changed.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from .store import Store
from .taxonomy import sub_event

ACTIONS = ("verify", "reject", "correct", "split", "merge")
REGROUPINGS = ("split", "merge")
CORRECTABLE = ("sub_event_type", "event_date", "fatalities", "actor1", "actor2", "location")


class ReviewError(ValueError):
    """A correction that cannot be recorded, with the reason."""


def add_correction(
    store: Store, event_id: str, action: str, fields: dict[str, Any] | None = None, note: str | None = None, author: str | None = None
) -> dict[str, Any]:
    """Record a correction of a stored event; the stored record, or ``ReviewError``.

    ``split`` takes ``fields["mention_ids"]`` (some of the event's mentions, not all) out into
    an event of their own; ``merge`` joins the event ``fields["event_id"]`` to this one. Both
    rebuild the events at once, and the record's ``events`` names the events that result.
    """
    if action not in ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    checked = _checked_fields(fields or {}) if action == "correct" else {}
    if action == "correct" and not checked:
        raise ReviewError("a correction must change at least one field")
    mention_ids = store.mention_ids_of(event_id)
    if mention_ids is None:
        raise LookupError(f"no event {event_id!r}")
    if action == "split":
        checked = {"mention_ids": _split_off(fields or {}, mention_ids)}
    elif action == "merge":
        other = _merged_with(fields or {}, event_id)
        other_mentions = store.mention_ids_of(other)
        if other_mentions is None:
            raise LookupError(f"no event {other!r} to merge with")
        checked = {"event_id": other}
        mention_ids = [*mention_ids, *other_mentions]
    row = {
        "correction_id": str(uuid.uuid4()),
        "event_id": event_id,
        "mention_ids": "\n".join(sorted(mention_ids)),
        "action": action,
        "fields": json.dumps(checked, ensure_ascii=False),
        "note": note,
        "author": author,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        "undone_at": None,
    }
    if action in REGROUPINGS:
        return {**_public(row), "events": store.add_regrouping(row)}
    store.add_correction(row)
    return _public(row)


def _split_off(fields: dict[str, Any], mention_ids: list[str]) -> list[str]:
    chosen = fields.get("mention_ids")
    if set(fields) != {"mention_ids"} or not isinstance(chosen, list) or not all(isinstance(m, str) for m in chosen):
        raise ReviewError("a split needs fields {'mention_ids': [...]}: the mentions to take out into an event of their own")
    unknown = set(chosen) - set(mention_ids)
    if unknown:
        raise ReviewError(f"the event has no mention {sorted(unknown)[0]!r}")
    if not chosen or set(chosen) >= set(mention_ids):
        raise ReviewError("a split takes out some of the event's mentions, not none and not all")
    return sorted(set(chosen))


def _merged_with(fields: dict[str, Any], event_id: str) -> str:
    other = fields.get("event_id")
    if set(fields) != {"event_id"} or not isinstance(other, str) or not other:
        raise ReviewError("a merge needs fields {'event_id': ...}: the event to join to this one")
    if other == event_id:
        raise ReviewError("an event cannot be merged with itself")
    return other


def undo_correction(store: Store, correction_id: str) -> None:
    if not store.undo_correction(correction_id, dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")):
        raise LookupError(f"no correction {correction_id!r} to undo")


def corrections_by_mention(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every active correction, under each mention it names (oldest first)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for row in store.active_corrections():
        for mention_id in row["mention_ids"].split("\n"):
            found.setdefault(mention_id, []).append(row)
    return found


def reviewed(event: dict[str, Any], by_mention: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The event with its corrections applied, and ``reviewed`` saying what they were
    (None when no one reviewed it)."""
    mention_ids = event.get("mention_ids") or [s["mention_id"] for s in event.get("sources", [])]
    rows = sorted({r["correction_id"]: r for m in mention_ids for r in by_mention.get(m, [])}.values(), key=lambda r: r["created_at"])
    if not rows:
        return {**event, "reviewed": None}
    corrected = dict(event)
    machine: dict[str, Any] = {}
    verdict = "corrected"
    for row in rows:
        if row["action"] in ("verify", "reject"):
            verdict = "verified" if row["action"] == "verify" else "rejected"
            continue
        if row["action"] in REGROUPINGS:  # already applied by the merge: its fields name mentions and events, not values
            continue
        for name, value in json.loads(row["fields"]).items():
            machine.setdefault(name, event.get(name))
            corrected[name] = value
            if name == "sub_event_type":
                machine.setdefault("event_type", event.get("event_type"))
                corrected["event_type"] = sub_event(value).event_type
            if name == "event_date":
                machine.setdefault("date_range", event.get("date_range"))
                corrected["date_range"] = [value, value]
    corrected["reviewed"] = {"state": verdict, "corrections": [_public(r) for r in rows], "machine": machine}
    return corrected


def _public(row: dict[str, Any]) -> dict[str, Any]:
    fields = row["fields"]
    return {
        "correction_id": row["correction_id"],
        "event_id": row["event_id"],
        "action": row["action"],
        "fields": json.loads(fields) if isinstance(fields, str) else fields,
        "note": row["note"],
        "author": row["author"],
        "created_at": row["created_at"],
    }


def _checked_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(CORRECTABLE)
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(sorted(unknown))}; correctable: {', '.join(CORRECTABLE)}")
    checked: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "sub_event_type":
            try:
                checked[name] = sub_event(str(value)).name
            except KeyError:
                raise ReviewError(f"unknown sub-event type {value!r}") from None
        elif name == "event_date":
            try:
                checked[name] = dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise ReviewError(f"event_date must be a date like 2022-09-10, not {value!r}") from None
        elif name == "fatalities":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ReviewError(f"fatalities must be a whole number of 0 or more, not {value!r}")
            checked[name] = value
        elif name in ("actor1", "actor2"):
            if value is not None and not isinstance(value, str):
                raise ReviewError(f"{name} must be an actor's name or null")
            checked[name] = value
        else:
            checked[name] = _checked_location(value)
    return checked


def _checked_location(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or not value["name"].strip():
        raise ReviewError("location must be an object with a name, and latitude and longitude (or a name the gazetteer knows)")
    if value.get("latitude") in (None, "") and value.get("longitude") in (None, ""):
        return _gazetteer_location(value["name"].strip())
    try:
        latitude, longitude = float(value["latitude"]), float(value["longitude"])
    except (KeyError, TypeError, ValueError):
        raise ReviewError("location needs a numeric latitude and longitude") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ReviewError("latitude must lie in -90..90 and longitude in -180..180")
    precision = value.get("geo_precision", 1)
    if precision not in (1, 2, 3):
        raise ReviewError("geo_precision must be 1, 2 or 3")
    return {
        "name": value["name"],
        "latitude": latitude,
        "longitude": longitude,
        "country": value.get("country"),
        "country_code": value.get("country_code"),
        "admin1": value.get("admin1"),
        "geo_precision": precision,
    }


def _gazetteer_location(name: str) -> dict[str, Any]:
    """The place a name given without coordinates stands for: the gazetteer's most populous
    place of that name (the event then shows which one, and coordinates can overrule it)."""
    from .geo.gazetteer import load_gazetteer  # only a correction by name pays for loading it

    found = load_gazetteer().lookup(name)
    if not found:
        raise ReviewError(f"the gazetteer knows no place named {name!r}: give its latitude and longitude")
    place = max(found, key=lambda p: (p.feature == "city", p.population, -p.geonameid))
    return {
        "name": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "country": place.country,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "geo_precision": {"city": 1, "landmark": 1, "river": 2, "region": 2}.get(place.feature, 3),
        "geonameid": place.geonameid,
    }
