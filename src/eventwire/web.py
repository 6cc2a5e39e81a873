"""The analyst's workbench, first slice: a JSON API and server-rendered pages over a store.

``create_app(store)`` gives a FastAPI application (``eventwire serve`` runs it with uvicorn,
bound to 127.0.0.1 unless told otherwise):

- ``GET /api/health``: the store's state; ``GET /openapi.json``: the API's OpenAPI schema.
- ``GET /api/store`` and the page ``/store``: counts, the latest runs with their summaries,
  rejected inputs with their reasons; ``GET /api/articles``: the stored articles, paged.
- ``GET /api/events``: the stored events that pass the filters (``EventQuery``: dates, event
  and sub-event types, political interactions on or off, status, country, admin1, place,
  actor, minimum confidence, evidence text), sorted and paged; ``format=geojson`` gives a
  FeatureCollection of those with a point.
- ``GET /api/events/{event_id}``: one event with its sources (the ``events.jsonl`` shape,
  analysts' corrections applied and named in ``reviewed``).
- ``POST /api/events/{event_id}/corrections`` (``{"action": "verify"|"reject"|"correct",
  "fields": {...}, "note": ..., "author": ...}``) and ``DELETE /api/corrections/{id}``:
  record or undo a correction (``review``); both need the server's token.
- ``GET /map``: the filtered events (the page's own query string) as coloured points over
  the shipped country borders, with Leaflet vendored in ``web_assets`` (no tiles, no CDN);
  a point opens its event.
- ``GET /``: the events table with its filter form, the filters in the URL (a view can be
  bookmarked and shared; the minimum confidence is the exports' default unless given); ``GET /events/{event_id}``: one event, each source sentence with
  its trigger marked and a link to its article (``http``/``https`` only).

Every error is JSON with a message (``{"error": ...}``), never a 500 page. Every page is
rendered with all text escaped and served with a Content-Security-Policy that allows no
inline script (scripts come only from the app's own files). The web layer is thin: the store's ``query_events``, the export's
``event_dict`` and ``review`` do the work.
"""

from __future__ import annotations

import html
import math
import secrets
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .data_registry import data_file
from .export import event_dict, geojson_collection, summary_line
from .review import add_correction, corrections_by_mention, reviewed, undo_correction
from .sanitise import link_url
from .settings import DEFAULTS
from .store import MAX_PAGE, MAX_PER_PAGE, SCHEMA_VERSION, SORTS, EventPage, EventQuery, Store, events
from .taxonomy import EVENT_TYPES

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)  # scripts only from the app's own files: no inline script, no CDN
STATIC_FILES = {  # vendored, offline: Leaflet 1.9.4 (BSD-2-Clause, web_assets/LEAFLET-LICENSE) and the map's own script
    "leaflet.js": "application/javascript",
    "leaflet.css": "text/css",
    "map.js": "application/javascript",
}
STATUSES = ("confirmed", "claimed", "disputed", "denied", "unverified")


class CorrectionIn(BaseModel):
    """What an analyst says of an event: verify it, reject it, or correct some of its fields."""

    action: str
    fields: dict[str, Any] | None = None
    note: str | None = Field(None, max_length=4000)
    author: str | None = Field(None, max_length=200)


def create_app(store: Store, token: str | None = None) -> FastAPI:
    """The workbench over ``store``. Writes (corrections) need ``token`` (sent as
    ``Authorization: Bearer <token>``); without one, the app only reads."""
    app = FastAPI(
        title="eventwire",
        summary="Events coded from news, with their sources",
        version=str(SCHEMA_VERSION),
        docs_url=None,  # FastAPI's docs pages load their scripts from a CDN: offline, the schema itself is served
        redoc_url=None,
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"error": f"invalid request: {problems}"}, status_code=422)

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=422)

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "schema": SCHEMA_VERSION, "events": store.count(events)}

    @app.get("/api/events")
    def list_events(
        date_from: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        date_to: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        event_type: Annotated[list[str] | None, Query()] = None,
        sub_event_type: Annotated[list[str] | None, Query()] = None,
        interactions: bool | None = None,
        status: Annotated[list[str] | None, Query()] = None,
        country: str | None = Query(None, min_length=2, max_length=2),
        admin1: str | None = None,
        place: str | None = None,
        actor: str | None = None,
        min_confidence: float = Query(0.0, ge=0.0, le=1.0),
        q: str | None = None,
        sort: str = "date",
        page: int = Query(1, ge=1, le=MAX_PAGE),
        per_page: int = Query(100, ge=1, le=MAX_PER_PAGE),
        format: str = Query("json", pattern="^(json|geojson)$"),
    ) -> dict[str, Any]:
        query = EventQuery(
            date_from=date_from,
            date_to=date_to,
            event_types=tuple(event_type or ()),
            sub_event_types=tuple(sub_event_type or ()),
            interactions=interactions,
            statuses=tuple(status or ()),
            country_code=country,
            admin1=admin1,
            place=place,
            actor=actor,
            min_confidence=min_confidence,
            text=q,
            sort=sort,
            page=page,
            per_page=per_page,
        )
        found = _reviewed_page(store, query)
        if format == "geojson":
            return geojson_collection(found.events)
        return {"total": found.total, "page": page, "per_page": per_page, "events": found.events}

    @app.get("/api/store")
    def store_overview() -> dict[str, Any]:
        return store.overview()

    @app.get("/api/articles")
    def list_articles(page: int = Query(1, ge=1, le=MAX_PAGE), per_page: int = Query(100, ge=1, le=MAX_PER_PAGE)) -> dict[str, Any]:
        total, found = store.article_page(page, per_page)
        return {"total": total, "page": page, "per_page": per_page, "articles": found}

    @app.get("/store", response_class=HTMLResponse)
    def store_page() -> HTMLResponse:
        return HTMLResponse(_store_html(store.overview(), store.article_page(1, 50)))

    @app.get("/static/{name}")
    def static_file(name: str) -> Response:
        if name == "borders.geojson":
            return Response(data_file("borders.geojson").read_bytes(), media_type="application/geo+json")
        if name not in STATIC_FILES:
            raise StarletteHTTPException(404, f"no file {name!r}")
        return Response((resources.files("eventwire") / "web_assets" / name).read_bytes(), media_type=STATIC_FILES[name])

    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request) -> HTMLResponse:
        back = f"/?{request.url.query}" if request.url.query else "/"
        body = (
            f"<p><a href='{_e(back)}'>events</a> · <a href='/store'>store</a></p><h1>Map</h1><p id=map-status>loading…</p>"
            f"<p class=legend>{_map_legend()}</p><div id=map style='height:620px;border:1px solid #aeb6bf'></div>"
            "<script src='/static/leaflet.js'></script><script src='/static/map.js'></script>"
        )
        return HTMLResponse(_page("eventwire: map", body, head="<link rel=stylesheet href='/static/leaflet.css'>"))

    @app.get("/api/events/{event_id}")
    def one_event(event_id: str) -> dict[str, Any]:
        found = event_dict(store, event_id)
        if found is None:
            raise StarletteHTTPException(404, f"no event {event_id!r}")
        return found

    def allowed_to_write(request: Request) -> None:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if token is None or not secrets.compare_digest(given.encode(), token.encode()):
            raise StarletteHTTPException(401, "writes need the token the server printed at start (Authorization: Bearer <token>)")

    @app.post("/api/events/{event_id}/corrections", status_code=201)
    def correct_event(event_id: str, correction: CorrectionIn, request: Request) -> dict[str, Any]:
        allowed_to_write(request)
        try:
            return add_correction(store, event_id, correction.action, correction.fields, correction.note, correction.author)
        except LookupError as missing:
            raise StarletteHTTPException(404, str(missing).strip("'\"")) from None

    @app.delete("/api/corrections/{correction_id}", status_code=204)
    def undo(correction_id: str, request: Request) -> Response:
        allowed_to_write(request)
        try:
            undo_correction(store, correction_id)
        except LookupError as missing:
            raise StarletteHTTPException(404, str(missing).strip("'\"")) from None
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse)
    def events_page(request: Request) -> HTMLResponse:
        params = request.query_params
        query = EventQuery(
            date_from=params.get("date_from") or None,
            date_to=params.get("date_to") or None,
            event_types=tuple(v for v in params.getlist("event_type") if v),
            statuses=tuple(v for v in params.getlist("status") if v),
            interactions={"only": True, "none": False}.get(params.get("interactions", "")),
            place=params.get("place") or None,
            actor=params.get("actor") or None,
            min_confidence=_number(params.get("min_confidence"), DEFAULTS.min_confidence),  # as the exports, unless asked
            text=params.get("q") or None,
            sort=params.get("sort") or "date",
            page=min(max(1, int(_number(params.get("page"), 1))), MAX_PAGE),
        )
        return HTMLResponse(_events_html(_reviewed_page(store, query), query, dict(params)))

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(event_id: str) -> HTMLResponse:
        found = event_dict(store, event_id)
        if found is None:
            raise StarletteHTTPException(404, f"no event {event_id!r}")
        return HTMLResponse(_event_html(found))

    return app


def _reviewed_page(store: Store, query: EventQuery) -> EventPage:
    """A page of events as analysts left them (corrections applied, ``reviewed`` set)."""
    found = store.query_events(query)
    by_mention = corrections_by_mention(store)
    return EventPage(found.total, [reviewed(e, by_mention) for e in found.events])


def _number(value: str | None, default: float = 0.0) -> float:
    try:
        number = float(value) if value else default
    except ValueError:
        raise ValueError(f"not a number: {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {value!r}")
    return number


# -- pages: every piece of text goes through _e -----------------------------------------


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


PAGE_STYLE = "body{font:14px system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}mark{background:#ffe08a}form label{margin-right:1em}"


ATTRIBUTION = (
    "Places: <a href='https://www.geonames.org'>GeoNames</a> (CC BY 4.0) · Borders: Natural Earth · "
    "Map: <a href='https://leafletjs.com'>Leaflet</a> (BSD-2-Clause) · Events coded by eventwire from the articles stored"
)


def _page(title: str, body: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)}</title><style>{PAGE_STYLE}</style>{head}</head>"
        f"<body>{body}<footer><p style='color:#566573;font-size:12px'>{ATTRIBUTION}</p></footer></body></html>"
    )


MAP_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#d35400",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
    "Political interaction (no ACLED type)": "#555555",
}  # as in web_assets/map.js


def _map_legend() -> str:
    return " ".join(f"<span style='color:{c}'>●</span> {_e(name)}" for name, c in MAP_COLOURS.items())


def _events_html(found, query: EventQuery, params: dict[str, str]) -> str:
    form = (
        "<form method='get' action='/'>"
        f"<label>from <input type='date' name='date_from' value='{_e(query.date_from)}'></label>"
        f"<label>to <input type='date' name='date_to' value='{_e(query.date_to)}'></label>"
        f"<label>type <select name='event_type'><option value=''>any</option>{_options(EVENT_TYPES, query.event_types)}</select></label>"
        f"<label>status <select name='status'><option value=''>any</option>{_options(STATUSES, query.statuses)}</select></label>"
        f"<label>place <input name='place' value='{_e(query.place)}'></label>"
        f"<label>actor <input name='actor' value='{_e(query.actor)}'></label>"
        f"<label>at least <input name='min_confidence' size='4' value='{_e(query.min_confidence)}'> sure</label>"
        f"<label>evidence <input name='q' value='{_e(query.text)}'></label>"
        f"<label>sort <select name='sort'>{_options(SORTS, (query.sort,))}</select></label>"
        "<button type='submit'>filter</button></form>"
    )
    rows = "".join(
        "<tr>"
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
        "<table><thead><tr><th>date</th><th>type</th><th>place</th><th>actor 1</th><th>actor 2</th>"
        f"<th>fatalities</th><th>status</th><th>confidence</th><th>reviewed</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    pages = -(-found.total // query.per_page) if found.total else 1
    links = []
    for number, label in ((query.page - 1, "previous"), (query.page + 1, "next")):
        if 1 <= number <= pages:
            links.append(f"<a href='/?{_e(urlencode({**params, 'page': number}))}'>{label}</a>")
    summary = f"<p>{found.total} events; page {query.page} of {pages} {' '.join(links)}</p>"
    on_map = f"/map?{urlencode(params)}" if params else "/map"
    return _page(
        "eventwire: events", f"<p><a href='{_e(on_map)}'>these events on the map</a> · <a href='/store'>store</a></p><h1>Events</h1>{form}{summary}{table}"
    )


def _store_html(overview: dict[str, Any], articles_page: tuple[int, list[dict[str, Any]]]) -> str:
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
        f"<tr><td>{_e(a['published'])}</td><td>{_e(a['title'] or a['path'])}</td><td>{_e(a['publisher'])}</td><td>{_link(a['url'])}</td></tr>" for a in articles
    )
    return _page(
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


def _options(values, chosen) -> str:
    return "".join(f"<option{' selected' if v in chosen else ''}>{_e(v)}</option>" for v in values)


def _event_html(event: dict[str, Any]) -> str:
    location = event.get("location") or {}
    fields = [
        ("type", f"{event.get('event_type') or ''} / {event.get('sub_event_type') or event.get('plover_type') or ''}"),
        ("date", " to ".join(event.get("date_range") or []) or event.get("event_date")),
        ("place", ", ".join(str(v) for v in (location.get("name"), location.get("admin1"), location.get("country")) if v)),
        ("precision", location.get("geo_precision")),
        ("actors", " vs ".join(a for a in (event.get("actor1"), event.get("actor2")) if a)),
        ("fatalities", event.get("fatalities")),
        ("status", f"{event.get('status')}: {event.get('status_rule')}"),
        ("confidence", event.get("confidence")),
        ("reviewed", _review_line(event.get("reviewed"))),
        ("summary", summary_line(event)),
    ]
    table = "".join(f"<tr><th>{_e(name)}</th><td>{_e(value)}</td></tr>" for name, value in fields)
    sources = "".join(_source_html(s) for s in event.get("sources", []))
    conflicts = "".join(f"<li>{_e(c)}</li>" for c in event.get("conflicts", []))
    return _page(
        f"eventwire: {event.get('sub_event_type') or event.get('plover_type')}",
        f"<p><a href='/'>all events</a></p><h1>{_e(event.get('sub_event_type') or event.get('plover_type'))}</h1>"
        f"<table>{table}</table><h2>Conflicts</h2><ul>{conflicts or '<li>none</li>'}</ul><h2>Sources</h2>{sources}",
    )


def _review_line(review: dict[str, Any] | None) -> str:
    if not review:
        return "not reviewed"
    changed = ", ".join(f"{name} (machine: {value})" for name, value in review["machine"].items())
    notes = "; ".join(f"{c['author'] or 'someone'}: {c['action']}{' — ' + c['note'] if c['note'] else ''}" for c in review["corrections"])
    return f"{review['state']}{' — ' + changed if changed else ''} [{notes}]"


def _source_html(source: dict[str, Any]) -> str:
    text, start = source.get("text") or "", source.get("start") or 0
    at = (source.get("trigger_start") or start) - start
    trigger = source.get("trigger") or ""
    if 0 <= at <= len(text) - len(trigger) and text[at : at + len(trigger)] == trigger:
        sentence = f"{_e(text[:at])}<mark>{_e(trigger)}</mark>{_e(text[at + len(trigger) :])}"
    else:
        sentence = _e(text)
    title = _e(source.get("title") or source.get("path"))
    url = link_url(source.get("url"))
    heading = f"<a href='{_e(url)}' rel='noopener noreferrer'>{title}</a>" if url else title  # the title links to the article
    speaker = f" — {_e(source.get('attributed_to'))}" if source.get("attributed_to") else ""
    return (
        f"<div><p><b>{heading}</b> ({_e(source.get('publisher'))}, {_e(source.get('published'))}, {_e(source.get('paragraph_kind'))}){speaker}</p>"
        f"<blockquote>{sentence}</blockquote></div>"
    )
