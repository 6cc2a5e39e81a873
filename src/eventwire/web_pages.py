"""The workbench's pages, rendered on the server: every piece of stored text goes through ``_e``.

No page carries inline script (the Content-Security-Policy forbids it): the map and the
timeline are the app's own files in ``web_assets``, reading the JSON API; the review forms
are plain HTML forms that post to the app.
"""

from __future__ import annotations

import html
import json
from typing import Any, get_args
from urllib.parse import urlencode

from .export import summary_line
from .models import Status
from .report import INTERACTION_COLOUR, TYPE_COLOURS, highlighted_sentence
from .sanitise import link_url
from .store import SORTS, EventPage, EventQuery
from .taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

STATUSES = get_args(Status)
PAGE_STYLE = (
    "body{font:14px system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}"
    "td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}"
    "form label{margin-right:1em;display:inline-block;margin-bottom:4px}"
    "mark{background:#f9e79f;padding:0 1px}mark.ev-place{background:#d6eaf8}mark.ev-speaker,mark.ev-cue{background:#e8daef}"
    "mark.ev-hedge{background:#fadbd8}mark.ev-fatalities{background:#f5b7b1}mark#evidence{background:#f9e79f;outline:2px solid #d4ac0d}"
    ".para{border-left:4px solid #aeb6bf;padding:2px 10px;margin:8px 0}.para .kind{color:#566573;font-size:11px;text-transform:uppercase}"
    ".para.body{border-color:#2e86c1}.para.quote{border-color:#8e44ad}.para.comment{border-color:#e67e22;background:#fdf2e9}"
    ".para.boilerplate{border-color:#bdc3c7;color:#7b7d7d}.para.title{border-color:#1c2833;font-weight:bold}"
    "fieldset{margin:8px 0;border:1px solid #d5d8dc}.error{color:#922b21;font-weight:bold}"
    "#timeline{height:130px;border:1px solid #d5d8dc;margin:8px 0;user-select:none}"
)
ATTRIBUTION = (
    "Places: <a href='https://www.geonames.org'>GeoNames</a> (CC BY 4.0) · Borders: Natural Earth · "
    "Map: <a href='https://leafletjs.com'>Leaflet</a> (BSD-2-Clause) · Events coded by eventwire from the articles stored"
)
INTERACTION = "Political interaction (no ACLED type)"
MAP_COLOURS = {**TYPE_COLOURS, INTERACTION: INTERACTION_COLOUR}  # the report's colours; map.js and timeline.js read them from the page (``colours_attribute``)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def page(title: str, body: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)}</title><style>{PAGE_STYLE}</style>{head}</head>"
        f"<body>{body}<footer><p style='color:#566573;font-size:12px'>{ATTRIBUTION}</p></footer></body></html>"
    )


def error_page(message: str, back: str) -> str:
    return page("eventwire: refused", f"<p class=error>{_e(message)}</p><p><a href='{_e(back)}'>back</a></p>")


def colours_attribute() -> str:
    """The type colours as the page's scripts read them: ``data-colours`` holding JSON."""
    return f"data-colours='{_e(json.dumps({'types': TYPE_COLOURS, 'other': INTERACTION_COLOUR}))}'"


def legend() -> str:
    return " ".join(f"<span style='color:{c}'>●</span> {_e(name)}" for name, c in MAP_COLOURS.items())


def _options(values, chosen, labels: dict[str, str] | None = None) -> str:
    return "".join(f"<option value='{_e(v)}'{' selected' if v in chosen else ''}>{_e((labels or {}).get(v, v))}</option>" for v in values)


# -- events ------------------------------------------------------------------------------


def filter_form(query: EventQuery, action: str = "/") -> str:
    interactions = {None: "", True: "true", False: "false"}[query.interactions]
    return (
        f"<form method='get' action='{_e(action)}' id=filters>"
        f"<label>from <input type='date' name='date_from' value='{_e(query.date_from)}'></label>"
        f"<label>to <input type='date' name='date_to' value='{_e(query.date_to)}'></label>"
        f"<label>type <select name='event_type'><option value=''>any</option>{_options(EVENT_TYPES, query.event_types)}</select></label>"
        f"<label>sub-type <select name='sub_event_type'><option value=''>any</option>{_options([s.name for s in SUB_EVENT_TYPES], query.sub_event_types)}</select></label>"
        "<label>political interactions <select name='interactions'>"
        f"{_options(('', 'true', 'false'), (interactions,), {'': 'with the rest', 'true': 'only these', 'false': 'none'})}</select></label>"
        f"<label>status <select name='status'><option value=''>any</option>{_options(STATUSES, query.statuses)}</select></label>"
        f"<label>place or admin1 <input name='place' value='{_e(query.place)}'></label>"
        f"<label>actor <input name='actor' value='{_e(query.actor)}'></label>"
        f"<label>publisher or speaker <input name='source' value='{_e(query.source)}'></label>"
        f"<label>events at least <input name='min_confidence' size='4' value='{_e(query.min_confidence)}'> sure</label>"
        f"<label>interactions at least <input name='min_interaction_confidence' size='4' value='{_e(query.min_interaction_confidence)}'> sure</label>"
        f"<label>evidence words <input name='q' value='{_e(query.text)}'></label>"
        f"<label>sort <select name='sort'>{_options(SORTS, (query.sort,))}</select></label>"
        "<button type='submit'>filter</button> <a href='/'>clear</a></form>"
    )


def timeline_box(params: dict[str, str], path: str, api_query: str) -> str:
    """The timeline's place on a page; ``timeline.js`` draws it from ``/api/timeline`` and
    turns a drag across it into the page's date filter."""
    undated = {k: v for k, v in params.items() if k not in ("date_from", "date_to", "page")}
    all_dates = f" · <a href='{_e(path)}?{_e(urlencode(undated))}' id=all-dates>all dates</a>" if "date_from" in params or "date_to" in params else ""
    return f"<p class=legend>{legend()} · drag across the timeline to choose dates{all_dates}</p><div id=timeline data-query='{_e(api_query)}' {colours_attribute()}></div>"


def events_html(found: EventPage, query: EventQuery, params: dict[str, str], api_query: str) -> str:
    rows = "".join(
        "<tr class=event-row>"
        f"<td>{_e(e.get('event_date'))}</td>"
        f"<td><a href='/events/{_e(e['event_id'])}'>{_e(e.get('sub_event_type') or e.get('plover_type'))}</a></td>"
        f"<td>{_e((e.get('location') or {}).get('name'))}</td>"
        f"<td>{_e(e.get('actor1'))}</td><td>{_e(e.get('actor2'))}</td>"
        f"<td>{_e(e.get('fatalities'))}</td><td>{_e(e.get('status'))}</td><td>{_e(e.get('confidence'))}</td>"
        f"<td>{_e((e.get('reviewed') or {}).get('state', ''))}</td>"
        "</tr>"
        for e in found.events
    )
    table = (
        "<table id=events><thead><tr><th>date</th><th>type</th><th>place</th><th>actor 1</th><th>actor 2</th>"
        f"<th>fatalities</th><th>status</th><th>confidence</th><th>reviewed</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    pages = -(-found.total // query.per_page) if found.total else 1
    links = []
    for number, label in ((query.page - 1, "previous"), (query.page + 1, "next")):
        if 1 <= number <= pages:
            links.append(f"<a href='/?{_e(urlencode({**params, 'page': number}))}'>{label}</a>")
    summary = f"<p id=summary>{found.total} events; page {query.page} of {pages} {' '.join(links)}</p>"
    shared = urlencode({k: v for k, v in params.items() if k != "page"})
    nav = (
        f"<p><a href='/map?{_e(shared)}'>these events on the map</a> · <a href='/api/events?{_e(api_query)}&amp;format=geojson&amp;per_page=10000'>as GeoJSON</a>"
        " · <a href='/store'>store</a></p>"
    )
    return page(
        "eventwire: events",
        f"{nav}<h1>Events</h1>{filter_form(query)}{timeline_box(params, '/', api_query)}{summary}{table}<script src='/static/timeline.js'></script>",
    )


def map_html(query: EventQuery, params: dict[str, str], api_query: str) -> str:
    back = f"/?{urlencode(params)}" if params else "/"
    body = (
        f"<p><a href='{_e(back)}'>these events in the table</a> · <a href='/store'>store</a></p><h1>Map</h1>"
        f"{filter_form(query, '/map')}{timeline_box(params, '/map', api_query)}<p id=map-status>loading…</p>"
        f"<div id=map data-query='{_e(api_query)}' {colours_attribute()} style='height:620px;border:1px solid #aeb6bf'></div>"
        "<script src='/static/leaflet.js'></script><script src='/static/map.js'></script><script src='/static/timeline.js'></script>"
    )
    return page("eventwire: map", body, head="<link rel=stylesheet href='/static/leaflet.css'>")


# -- one event, and its review -------------------------------------------------------------


def event_html(event: dict[str, Any], writable: bool) -> str:
    location = event.get("location") or {}
    fields = [
        ("event id", event.get("event_id")),
        ("type", " / ".join(v for v in (event.get("event_type"), event.get("sub_event_type") or event.get("plover_type")) if v)),
        ("date", " to ".join(event.get("date_range") or []) or event.get("event_date")),
        ("place", ", ".join(str(v) for v in (location.get("name"), location.get("admin1"), location.get("country")) if v) or "none resolved"),
        ("precision", location.get("geo_precision")),
        ("actors", " vs ".join(a for a in (event.get("actor1"), event.get("actor2")) if a)),
        ("fatalities", event.get("fatalities")),
        ("tolls reported", ", ".join(str(n) for n in event.get("fatalities_reported") or []) or "none"),
        ("status", f"{event.get('status')}: {event.get('status_rule')}"),
        ("confidence", event.get("confidence")),
        ("reviewed", _review_line(event.get("reviewed"))),
        ("summary", summary_line(event)),
    ]
    table = "".join(f"<tr><th>{_e(name)}</th><td>{_e(value)}</td></tr>" for name, value in fields)
    by_mention = {s["mention_id"]: s for s in event.get("sources", [])}
    conflicts = "".join(f"<tr><th>{_e(c.get('field'))}</th>{_conflict_values(c, by_mention)}</tr>" for c in event.get("conflicts", []))
    sources = "".join(_source_html(s, i) for i, s in enumerate(event.get("sources", [])))
    title = event.get("sub_event_type") or event.get("plover_type")
    return page(
        f"eventwire: {title}",
        f"<p><a href='/'>all events</a></p><h1>{_e(title)}</h1><table id=fields>{table}</table>"
        f"<h2>Conflicts between sources</h2><table id=conflicts>{conflicts or '<tr><td>none</td></tr>'}</table>"
        f"<h2>Sources ({len(event.get('sources', []))})</h2><p class=legend><mark>trigger</mark> <mark class=ev-place>place</mark> "
        "<mark class=ev-speaker>speaker</mark> <mark class=ev-fatalities>toll</mark> <mark class=ev-hedge>hedge</mark></p>"
        f"{review_forms(event, sources, writable)}{_corrections_html(event.get('reviewed'), writable)}",
    )


def _conflict_values(conflict: dict[str, Any], sources: dict[str, dict[str, Any]]) -> str:
    """A conflict's competing values side by side, each with the sources that give it."""
    cells = []
    for value in conflict.get("values") or []:
        who = "; ".join(_e(_source_name(sources.get(m, {}))) for m in value.get("mention_ids", []))
        cells.append(f"<td><b>{_e(value.get('value'))}</b><div class=meta>{who}</div></td>")
    return "".join(cells)


def _source_name(source: dict[str, Any]) -> str:
    return " ".join(str(v) for v in (source.get("publisher") or source.get("title") or source.get("path"), source.get("attributed_to")) if v) or "a source"


def _review_line(review: dict[str, Any] | None) -> str:
    if not review:
        return "not reviewed"
    changed = ", ".join(f"{name} (machine: {value})" for name, value in review["machine"].items())
    return f"{review['state']}{' — ' + changed if changed else ''}"


def _source_html(source: dict[str, Any], position: int) -> str:
    title = _e(source.get("title") or source.get("path"))
    in_context = f"/articles/{source.get('article_id')}?start={source.get('start')}&end={source.get('end')}#evidence"
    url = link_url(source.get("url"))
    original = f" · <a href='{_e(url)}' rel='noopener noreferrer'>original</a>" if url else ""  # other schemes: shown as text on the article's page
    speaker = f" — {_e(source.get('attributed_to'))} {_e(source.get('cue') or '')}" if source.get("attributed_to") else " — the article's own reporting"
    split = f"<label><input type=checkbox name=split_off value='{_e(source.get('mention_id'))}' form=split-form> split off</label>"
    return (
        f"<div class=source id='source-{position}'><p><b><a href='{_e(in_context)}'>{title}</a></b>{original} ({_e(source.get('publisher'))}, "
        f"{_e(source.get('published'))}, {_e(source.get('paragraph_kind'))}){speaker} {split}</p>"
        f"<blockquote>{highlighted_sentence(source)}</blockquote></div>"
    )


def review_forms(event: dict[str, Any], sources: str, writable: bool) -> str:
    """The sources, with the review forms around them: verdicts, field corrections, split, merge."""
    if not writable:
        return f"{sources}<p>Reviewing needs the server to be started with a token (<code>eventwire serve</code> prints one).</p>"
    action = f"/events/{_e(event['event_id'])}/review"
    common = (
        "<label>note <input name=note size=40></label><label>analyst <input name=author size=12></label>"
        "<label>token <input type=password name=token size=14 autocomplete=current-password></label>"
    )
    subs = "".join(f"<option>{_e(s.name)}</option>" for s in SUB_EVENT_TYPES)
    location = event.get("location") or {}
    correct = (
        f"<form method=post action='{action}' id=correct-form><fieldset><legend>correct fields (leave blank what is right)</legend>"
        "<input type=hidden name=action value=correct>"
        f"<label>sub-type <select name=sub_event_type><option value=''>unchanged</option>{subs}</select></label>"
        "<label>date <input type=date name=event_date></label><label>fatalities <input name=fatalities size=4 inputmode=numeric></label>"
        "<label>actor 1 <input name=actor1></label><label>actor 2 <input name=actor2></label>"
        f"<label>place <input name=place_name placeholder='{_e(location.get('name'))}'></label>"
        "<label>latitude <input name=latitude size=8></label><label>longitude <input name=longitude size=8></label>"
        "<small> (a place by name alone is the gazetteer's most populous of that name; coordinates overrule it)</small>"
        f"<br>{common}<button type=submit>save correction</button></fieldset></form>"
    )
    verdict = (
        f"<form method=post action='{action}' id=verdict-form><fieldset><legend>verdict</legend>{common}"
        "<button type=submit name=action value=verify>verified</button> <button type=submit name=action value=reject>rejected: no such event</button></fieldset></form>"
    )
    split = (
        f"<form method=post action='{action}' id=split-form><input type=hidden name=action value=split><fieldset><legend>split</legend>"
        f"Tick the sources that tell another event, then {common}<button type=submit>split them off</button></fieldset></form>"
    )
    merge = (
        f"<form method=post action='{action}' id=merge-form><input type=hidden name=action value=merge><fieldset><legend>merge</legend>"
        f"<label>the same event as event <input name=merge_with size=18 placeholder='event id'></label>{common}<button type=submit>merge into this one</button></fieldset></form>"
    )
    return f"{verdict}{sources}{split}{merge}{correct}"


def _corrections_html(review: dict[str, Any] | None, writable: bool) -> str:
    if not review:
        return "<h2>Corrections</h2><p>none</p>"
    rows = []
    for c in review["corrections"]:
        undo = (
            f"<form method=post action='/corrections/{_e(c['correction_id'])}/undo'><input type=password name=token size=10 placeholder=token>"
            "<button type=submit>undo</button></form>"
            if writable
            else ""
        )
        what = ", ".join(f"{k}: {v}" for k, v in (c.get("fields") or {}).items() if k != "moved")
        rows.append(
            f"<tr><td>{_e(c['created_at'])}</td><td>{_e(c['author'] or 'someone')}</td><td>{_e(c['action'])}</td><td>{_e(what)}</td><td>{_e(c['note'])}</td><td>{undo}</td></tr>"
        )
    return (
        f"<h2>Corrections</h2><table id=corrections><tr><th>when</th><th>who</th><th>what</th><th>fields</th><th>why</th><th></th></tr>{''.join(rows)}</table>"
    )


def correction_from_form(form: dict[str, str], split_off: list[str]) -> tuple[str, dict[str, Any] | None]:
    """The action and fields a review form asks for, as ``review.add_correction`` takes them."""
    action = form.get("action", "")
    if action == "split":
        return action, {"mention_ids": split_off}
    if action == "merge":
        return action, {"event_id": form.get("merge_with", "").strip()}
    if action != "correct":
        return action, None
    fields: dict[str, Any] = {}
    for name in ("sub_event_type", "event_date", "actor1", "actor2"):
        if form.get(name, "").strip():
            fields[name] = form[name].strip()
    if form.get("fatalities", "").strip():
        text = form["fatalities"].strip()
        fields["fatalities"] = int(text) if text.isdigit() else text
    if any(form.get(k, "").strip() for k in ("place_name", "latitude", "longitude")):
        fields["location"] = {"name": form.get("place_name", "").strip() or None, "latitude": form.get("latitude"), "longitude": form.get("longitude")}
    return action, fields


# -- articles and the store ---------------------------------------------------------------


def article_html(article: dict[str, Any], start: int | None, end: int | None) -> str:
    """The stored article, paragraph by paragraph with its kind, the span ``start``-``end`` marked."""
    text = article["text"]
    parts = []
    for p in article["paragraphs"] or [{"kind": "body", "start": 0, "end": len(text)}]:
        parts.append(
            f"<div class='para {_e(p['kind'])}'><span class=kind>{_e(p['kind'])}</span><div>{_marked(text, p['start'], p['end'], start, end)}</div></div>"
        )
    meta = f"{_e(article.get('publisher'))} · {_e(article.get('published'))} · {_link(article.get('url'))}"
    return page(
        f"eventwire: {article.get('title') or article.get('path')}",
        f"<p><a href='/'>events</a> · <a href='/store'>store</a></p><h1>{_e(article.get('title') or article.get('path'))}</h1><p>{meta}</p>{''.join(parts)}",
    )


def _marked(text: str, begin: int, finish: int, start: int | None, end: int | None) -> str:
    if start is None or end is None or end <= begin or start >= finish:
        return _e(text[begin:finish])
    a, b = max(begin, start), min(finish, end)
    return f"{_e(text[begin:a])}<mark id=evidence>{_e(text[a:b])}</mark>{_e(text[b:finish])}"


def store_html(overview: dict[str, Any], articles_page: tuple[int, list[dict[str, Any]]]) -> str:
    counts = "".join(
        f"<tr><th>{_e(name.replace('_', ' '))}</th><td>{_e(overview[name])}</td></tr>"
        for name in ("articles", "event_mentions", "events", "quarantined_mentions", "corrections")
    )
    runs = "".join(
        f"<tr><td>{_e(r['started_at'])}</td><td>{_e(r['finished_at'] or 'unfinished')}</td><td>{_e(_run_line(r['summary']))}</td></tr>"
        for r in overview["runs"]
    )
    rejected = "".join(f"<tr><td>{_e(r['source'])}</td><td>{_e(r['stage'])}</td><td>{_e(r['reason'])}</td></tr>" for r in overview["rejections"])
    total, articles = articles_page
    listed = "".join(
        f"<tr><td>{_e(a['published'])}</td><td><a href='/articles/{_e(a['article_id'])}'>{_e(a['title'] or a['path'])}</a></td>"
        f"<td>{_e(a['publisher'])}</td><td>{_link(a['url'])}</td></tr>"
        for a in articles
    )
    return page(
        "eventwire: store",
        "<p><a href='/'>events</a></p><h1>Store</h1>"
        f"<table>{counts}</table>"
        f"<h2>Runs</h2><table><tr><th>started</th><th>finished</th><th>summary</th></tr>{runs}</table>"
        f"<h2>Rejected inputs</h2><table><tr><th>input</th><th>stage</th><th>reason</th></tr>{rejected or '<tr><td>none</td></tr>'}</table>"
        f"<h2>Articles ({total}; the latest 50, all at /api/articles)</h2><table>{listed}</table>",
    )


def _run_line(summary: dict[str, Any] | None) -> str:
    if not summary:
        return ""
    return ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in summary.items() if isinstance(value, int | float | str))


def _link(url: str | None) -> str:
    safe = link_url(url)
    return f"<a href='{_e(safe)}' rel='noopener noreferrer'>{_e(safe)}</a>" if safe else _e(url)
