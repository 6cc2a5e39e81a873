"""Report: a self-contained HTML situation report that opens with no network.

A map drawn as inline SVG from Natural Earth borders shipped with the package
(``data/borders.geojson``), a timeline of events per day, and a table of events with
their type, date, place, status (and the rule behind it), sources grouped by party,
and the evidence sentences with the trigger highlighted. Every piece of article text
is escaped: a ``<script>`` in an article stays text.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections import Counter, defaultdict
from html import escape
from typing import Any

from . import __version__
from .data_registry import data_file
from .models import Rejected
from .sanitise import link_url

MAP_WIDTH_PX = 760
MAP_HEIGHT_PX = 520
MAP_BOUNDS = (21.5, 43.8, 41.0, 53.0)  # lon/lat box around Ukraine, widened to fit events
MAP_MARGIN_DEGREES = 1.0
THEATRE_SHARE_OUT = 0.05  # the farthest twentieth of the events on each side may fall outside the map
TIMELINE_HEIGHT_PX = 90
MAX_TICKS = 12
TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#2c3e50",
}
UNATTRIBUTED = "unattributed"
PARTY_LABELS = {
    "ukrainian_government": "Ukrainian government or military",
    "russian_government": "Russian government or military",
    "russian_installed": "Russian-installed authorities",
    "other_government": "Other governments",
    "international_org": "International organisations",
    "analyst": "Independent analysts and think-tanks",
    "media": "Media",
    "pro_russian_media": "Pro-Russian media",
    "social_media": "Social media",
    "anonymous": "Anonymous sources",
    UNATTRIBUTED: "The articles' own reporting",
}
SIDE_NAMES = {"ukraine": "Ukrainian", "russia": "Russian"}
CONFLICT_LABELS = {"fatalities": "Fatalities", "event_date": "Date", "extent": "Extent of control", "denial": "Denial", "actor1": "Who did it"}
EVIDENCE_PRIORITY = {"trigger": 6, "fatalities": 5, "hedge": 4, "place": 3, "cue": 2, "speaker": 1}
INTERACTION_COLOUR = "#555555"
# The report's only script: it hides the table rows the filter form rules out (no network, no library).
FILTER_SCRIPT = """
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('filters'), rows = document.querySelectorAll('tr.event-row');
  function apply() {
    var type = form.type.value, status = form.status.value, from = form.from.value, to = form.to.value;
    var words = form.words.value.toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset, ok = (!type || d.type === type) && (!status || d.status === status)
        && (!from || d.date >= from) && (!to || (d.date && d.date <= to))
        && (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
      row.style.display = ok ? '' : 'none';
      if (ok) { shown += 1; }
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' rows shown (events and interactions)';
  }
  form.addEventListener('input', apply);
  apply();
});
"""
STATUS_COLOURS = {"confirmed": "#1e8449", "claimed": "#b9770e", "disputed": "#c0392b", "denied": "#7b241c", "unverified": "#7f8c8d"}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1c2833;background:#fbfcfc}
header{padding:16px 24px;background:#1c2833;color:#fff}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#d5d8dc}
main{padding:16px 24px}section{margin-bottom:28px}h2{font-size:17px;border-bottom:1px solid #d5d8dc;padding-bottom:4px}
.map svg{background:#eaf2f8;border:1px solid #aeb6bf;max-width:100%;height:auto}.country{fill:#f4f6f7;stroke:#95a5a6;stroke-width:.6}
.country.UKR{fill:#fdfefe;stroke:#5d6d7e;stroke-width:1.2}.event-dot{stroke:#fff;stroke-width:1;opacity:.85}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e5e8e8}
th{background:#f2f3f4;position:sticky;top:0}.status{color:#fff;border-radius:3px;padding:1px 6px;font-size:12px;white-space:nowrap}
.rule{color:#566573;font-size:12px}.sources{margin:0;padding-left:16px}.sources li{margin-bottom:6px}.party{font-size:11px;text-transform:uppercase;color:#566573;letter-spacing:.04em}
mark{background:#f9e79f;padding:0 1px}mark.ev-place{background:#d6eaf8}mark.ev-speaker,mark.ev-cue{background:#e8daef}mark.ev-hedge{background:#fadbd8}mark.ev-fatalities{background:#f5b7b1}.meta{color:#566573;font-size:12px}.legend span{display:inline-block;margin-right:12px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:middle}.conflict{color:#922b21;font-size:12px}
.rejected td{color:#922b21}
"""


ATTRIBUTION = "Places: contains GeoNames data (www.geonames.org), licensed under CC BY 4.0. Borders: Natural Earth (public domain)."


def render_report(events: list[dict[str, Any]], rejected: list[Rejected] | tuple[Rejected, ...] = ()) -> str:
    """The whole report as one HTML string."""
    counts = Counter(e["status"] for e in events)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no events"
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        f"<title>eventwire situation report</title><style>{CSS}</style></head><body>",
        f"<header><h1>Situation report</h1><p>{_how_many(events)} ({escape(summary)}) from "
        f"{len({s['article_id'] for e in events for s in e['sources']})} articles · eventwire {escape(__version__)}</p></header><main>",
        f"<section class=map><h2>Map</h2>{_legend()}{map_svg(events)}</section>",
        f"<section><h2>Timeline</h2>{timeline_svg(events)}</section>",
        f"<section><h2>Events</h2>{_event_table(events)}</section>",
        _rejected_section(rejected),
        f"</main><footer><p>{ATTRIBUTION}</p></footer></body></html>",
    ]
    return "\n".join(parts)


def _how_many(events: list[dict[str, Any]]) -> str:
    """'13 events and 5 political interactions': ACLED-typed events counted apart from the talks,
    aid and statements listed with them."""
    interactions = sum(1 for e in events if not e.get("event_type"))
    told = _counted(len(events) - interactions, "event")
    return told + (f" and {_counted(interactions, 'political interaction')}" if interactions else "")


def _counted(number: int, noun: str) -> str:
    """'1 event', '3 events'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


@functools.cache
def _borders() -> dict[str, Any]:
    return json.loads(data_file("borders.geojson").read_text("utf-8"))


def _bounds(events: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """The theatre: Ukraine's box, widened to the middle nine tenths of the events' points (a
    few events far away, a summit in Washington, do not shrink the theatre to a speck; their
    dots fall outside the map and stay in the table)."""
    west, south, east, north = MAP_BOUNDS
    points = [(e["location"]["longitude"], e["location"]["latitude"]) for e in events if e.get("location") and e["location"].get("latitude") is not None]
    if points:
        lons, lats = sorted(p[0] for p in points), sorted(p[1] for p in points)
        low, high = int(len(points) * THEATRE_SHARE_OUT), len(points) - 1 - int(len(points) * THEATRE_SHARE_OUT)
        west, east = min(west, lons[low] - MAP_MARGIN_DEGREES), max(east, lons[high] + MAP_MARGIN_DEGREES)
        south, north = min(south, lats[low] - MAP_MARGIN_DEGREES), max(north, lats[high] + MAP_MARGIN_DEGREES)
    return max(west, -180.0), max(south, -85.0), min(east, 180.0), min(north, 85.0)


class _Projection:
    """Equirectangular, scaled by the cosine of the middle latitude."""

    def __init__(self, bounds: tuple[float, float, float, float]) -> None:
        self.west, self.south, self.east, self.north = bounds
        self.aspect = math.cos(math.radians((self.south + self.north) / 2))
        self.scale = min(MAP_WIDTH_PX / ((self.east - self.west) * self.aspect), MAP_HEIGHT_PX / (self.north - self.south))

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return round((lon - self.west) * self.aspect * self.scale, 1), round((self.north - lat) * self.scale, 1)


def map_svg(events: list[dict[str, Any]]) -> str:
    project = _Projection(_bounds(events))
    shapes = [_country_path(f, project) for f in _borders()["features"]]
    west, south, east, north = project.west, project.south, project.east, project.north
    dots = [
        _event_dot(e, project)
        for e in events
        if e.get("location")
        and e["location"].get("latitude") is not None
        and west <= e["location"]["longitude"] <= east
        and south <= e["location"]["latitude"] <= north
    ]
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {MAP_WIDTH_PX} {MAP_HEIGHT_PX}' width='{MAP_WIDTH_PX}' height='{MAP_HEIGHT_PX}' role=img aria-label='Map of events'>"
        + "".join(shapes)
        + "".join(dots)
        + "</svg>"
    )


def _country_path(feature: dict[str, Any], project: _Projection) -> str:
    rings = [ring for polygon in feature["geometry"]["coordinates"] for ring in polygon]
    d = " ".join("M" + " L".join(f"{x},{y}" for x, y in (project(lon, lat) for lon, lat in ring)) + " Z" for ring in rings)
    code = escape(feature["properties"].get("iso_a3", ""))
    return f"<path class='country {code}' d='{d}'><title>{escape(feature['properties'].get('name', ''))}</title></path>"


def _event_dot(event: dict[str, Any], project: _Projection) -> str:
    loc = event["location"]
    x, y = project(loc["longitude"], loc["latitude"])
    radius = 4 + 2 * math.sqrt(event["source_count"])
    colour = TYPE_COLOURS.get(event["event_type"] or "", INTERACTION_COLOUR)
    label = f"{event['event_date'] or '?'} {event['sub_event_type'] or event.get('plover_type')} — {loc['name']} ({event['status']}, {_counted(event['source_count'], 'article')})"
    return f"<a href='#ev-{escape(event['event_id'])}'><circle class=event-dot cx='{x}' cy='{y}' r='{radius:.1f}' fill='{colour}'><title>{escape(label)}</title></circle></a>"


def _legend() -> str:
    kinds = {**TYPE_COLOURS, "Political interaction (no ACLED type)": INTERACTION_COLOUR}
    return "<p class=legend>" + "".join(f"<span><i style='background:{c}'></i>{escape(t)}</span>" for t, c in kinds.items()) + "</p>"


def timeline_svg(events: list[dict[str, Any]]) -> str:
    """Events per day on a real time axis: days without events are gaps, ticks name the month
    and year (or the year alone over long spans)."""
    per_day = Counter(e["event_date"] for e in events if e["event_date"])
    if not per_day:
        return "<p class=meta>No dated events.</p>"
    first, last = dt.date.fromisoformat(min(per_day)), dt.date.fromisoformat(max(per_day))
    span = (last - first).days + 1
    step = MAP_WIDTH_PX / span
    top = max(per_day.values())
    bars = []
    for day, count in sorted(per_day.items()):
        height = (TIMELINE_HEIGHT_PX - 20) * count / top
        x = (dt.date.fromisoformat(day) - first).days * step
        bars.append(
            f"<rect x='{x:.1f}' y='{TIMELINE_HEIGHT_PX - 16 - height:.1f}' width='{max(step - 1, 1):.1f}' height='{height:.1f}' fill='#5d6d7e'><title>{escape(day)}: {_counted(count, 'event')}</title></rect>"
        )
    ticks = [
        f"<line x1='{x:.1f}' x2='{x:.1f}' y1='{TIMELINE_HEIGHT_PX - 16}' y2='{TIMELINE_HEIGHT_PX - 12}' stroke='#566573'/>"
        f"<text x='{x:.1f}' y='{TIMELINE_HEIGHT_PX - 2}' font-size='9'>{escape(label)}</text>"
        for x, label in _ticks(first, last, step)
    ]
    axis = f"<line x1='0' x2='{MAP_WIDTH_PX}' y1='{TIMELINE_HEIGHT_PX - 16}' y2='{TIMELINE_HEIGHT_PX - 16}' stroke='#566573'/>"
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {MAP_WIDTH_PX} {TIMELINE_HEIGHT_PX}' width='{MAP_WIDTH_PX}' height='{TIMELINE_HEIGHT_PX}' role=img "
        f"aria-label='Events per day, {first} to {last}'>{''.join(bars)}{axis}{''.join(ticks)}</svg>"
    )


def _ticks(first: dt.date, last: dt.date, step: float) -> list[tuple[float, str]]:
    """A tick on the first day, then on each month's first day ('2022-09'), or each year's
    ('2023') when the span is over two years; at most ``MAX_TICKS``."""
    long_span = (last - first).days > 730
    marks = [first]
    day = dt.date(first.year + 1, 1, 1) if long_span else (dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1))
    while day <= last:
        marks.append(day)
        day = dt.date(day.year + 1, 1, 1) if long_span else dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    every = max(1, math.ceil(len(marks) / MAX_TICKS))
    shown = marks[::every]
    return [((d - first).days * step, d.isoformat() if d == first else (str(d.year) if long_span else d.isoformat()[:7])) for d in shown]


def _event_table(events: list[dict[str, Any]]) -> str:
    if not events:
        return "<p class=meta>No events found.</p>"
    head = "<tr><th>Date</th><th>Type</th><th>Place</th><th>Actors</th><th>Fatalities</th><th>Status</th><th>Sources and evidence</th></tr>"
    return _filters(events) + "<table>" + head + "".join(_event_row(e) for e in events) + "</table>"


def _filters(events: list[dict[str, Any]]) -> str:
    """A filter form for the table (type, status, dates, words); ``FILTER_SCRIPT`` applies it."""
    types = sorted({e["event_type"] or "Political interaction" for e in events})
    statuses = sorted({e["status"] for e in events})
    options = "".join(f"<option>{escape(t)}</option>" for t in types)
    status_options = "".join(f"<option>{escape(s)}</option>" for s in statuses)
    return (
        "<form id=filters class=meta onsubmit='return false'>"
        f"<label>type <select name=type><option value=''>any</option>{options}</select></label> "
        f"<label>status <select name=status><option value=''>any</option>{status_options}</select></label> "
        "<label>from <input type=date name=from></label> <label>to <input type=date name=to></label> "
        "<label>words <input type=search name=words></label> <span id=shown></span></form>"
        f"<script>{FILTER_SCRIPT}</script>"
    )


def _event_row(event: dict[str, Any]) -> str:
    loc = event["location"] or {}
    date = escape(event["event_date"] or "?")
    if event["date_range"] and event["time_precision"] != 1:
        date += f"<div class=meta>{escape(event['date_range'][0])} – {escape(event['date_range'][1])}</div>"
    place = escape(loc.get("name", "?")) + (
        f"<div class=meta>{escape(loc.get('admin1') or loc.get('country') or '')} · precision {loc.get('geo_precision')}</div>" if loc else ""
    )
    actors = "<br>".join(escape(a) for a in (event["actor1"], event["actor2"]) if a) or "<span class=meta>unidentified</span>"
    fatalities = str(event["fatalities"]) + (
        f"<div class=meta>reported: {escape(', '.join(map(str, event['fatalities_reported'])))}</div>" if len(event["fatalities_reported"]) > 1 else ""
    )
    colour = STATUS_COLOURS.get(event["status"], "#555")
    status = (
        f"<span class=status style='background:{colour}'>{escape(event['status'])}</span><div class=rule>{escape(event['status_rule'])}</div>"
        + _conflicts(event)
    )
    if event["event_type"]:
        kind = f"<b>{escape(event['event_type'])}</b><div class=meta>{escape(event['sub_event_type'])}</div>"
    else:
        kind = f"<b>Political interaction</b><div class=meta>PLOVER {escape(event.get('plover_type') or '?')}</div>"
    data = (
        f" data-type='{escape(event['event_type'] or 'Political interaction')}' data-status='{escape(event['status'])}'"
        f" data-date='{escape(event['event_date'] or '')}'"
    )
    return f"<tr class=event-row id='ev-{escape(event['event_id'])}'{data}><td>{date}</td><td>{kind}</td><td>{place}</td><td>{actors}</td><td>{fatalities}</td><td>{status}</td><td>{_sources(event)}</td></tr>"


def _conflicts(event: dict[str, Any]) -> str:
    """Each disagreement, each value with who gives it."""
    names = {s["mention_id"]: _source_name(s) for s in event["sources"] if "mention_id" in s}
    lines = []
    for conflict in event["conflicts"]:
        values = "; ".join(f"{v['value']} ({', '.join(dict.fromkeys(names.get(i, 'a source') for i in v['mention_ids']))})" for v in conflict["values"])
        lines.append(f"<div class=conflict>{escape(CONFLICT_LABELS.get(conflict['field'], conflict['field']))}: {escape(values)}</div>")
    return "".join(lines)


def _source_name(source: dict[str, Any]) -> str:
    return source.get("person") or source["attributed_to"] or source["publisher"] or source["path"] or "the article"


def _sources(event: dict[str, Any]) -> str:
    by_party: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for source in event["sources"]:
        by_party[_party_label(source)].append(source)
    blocks = []
    for label in sorted(by_party, key=lambda p: (p == PARTY_LABELS[UNATTRIBUTED], p)):
        items = "".join(_source_item(s) for s in by_party[label])
        blocks.append(f"<div class=party>{escape(label)} ({len(by_party[label])})</div><ul class=sources>{items}</ul>")
    return "".join(blocks)


def _party_label(source: dict[str, Any]) -> str:
    """'Social media (Russian side)': the party, and for media the side they are named by."""
    party = source["party"] or UNATTRIBUTED
    label = PARTY_LABELS.get(party, party.replace("_", " "))
    side = source.get("side")
    if side in SIDE_NAMES and party in ("media", "social_media", "anonymous"):
        label += f" ({SIDE_NAMES[side]} side)"
    return label


def _source_item(source: dict[str, Any]) -> str:
    who = f"{escape(source['attributed_to'])} {escape(source['cue'] or '')}" if source["attributed_to"] else "the article's own reporting"
    hedges = f" · hedges: {escape(', '.join(source['hedges']))}" if source["hedges"] else ""
    denial = " · <b>denial</b>" if source.get("denial") else ""
    title = escape(source["title"] or source["path"] or source["article_id"])
    url = link_url(source.get("url"))
    link = f"<a href='{escape(url)}' rel='noopener noreferrer'>{title}</a>" if url else title + (f" ({escape(source['url'])})" if source.get("url") else "")
    meta = f"{link} · {escape(source['publisher'] or '')} {escape(source['published'] or '')} · {who}{hedges}{denial} · {escape(source['paragraph_kind'])}"
    return f"<li>“{highlighted_sentence(source)}”<div class=meta>{meta}</div></li>"


def highlighted_sentence(source: dict[str, Any]) -> str:
    """The source's sentence, escaped, with each evidence span marked by its kind; where
    spans overlap (a place inside the speaker's title) the more telling kind wins."""
    sentence, start = source["text"], source["start"]
    evidence = source.get("evidence") or [{"kind": "trigger", "start": source["trigger_start"], "end": source["trigger_start"] + len(source["trigger"])}]
    kinds: list[str | None] = [None] * len(sentence)
    for span in sorted(evidence, key=lambda e: -EVIDENCE_PRIORITY.get(e["kind"], 0)):
        for i in range(max(0, span["start"] - start), min(len(sentence), span["end"] - start)):
            kinds[i] = kinds[i] or span["kind"]
    parts, i = [], 0
    while i < len(sentence):
        j = i
        while j < len(sentence) and kinds[j] == kinds[i]:
            j += 1
        text = escape(sentence[i:j])
        parts.append(f"<mark class=ev-{kinds[i]} title={kinds[i]}>{text}</mark>" if kinds[i] else text)
        i = j
    return "".join(parts)


def _rejected_section(rejected: list[Rejected] | tuple[Rejected, ...]) -> str:
    if not rejected:
        return ""
    rows = "".join(f"<tr><td>{escape(r.source)}</td><td>{escape(r.stage)}</td><td>{escape(r.reason)}</td></tr>" for r in rejected)
    return (
        f"<section class=rejected><h2>Rejected inputs ({len(rejected)})</h2><table><tr><th>Input</th><th>Stage</th><th>Reason</th></tr>{rows}</table></section>"
    )
