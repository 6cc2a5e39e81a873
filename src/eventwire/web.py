"""The analyst's workbench: a JSON API and server-rendered pages over a store.

``create_app(store)`` gives a FastAPI application (``eventwire serve`` runs it with uvicorn,
bound to 127.0.0.1 unless told otherwise):

- ``GET /api/health``: the store's state; ``GET /openapi.json``: the API's OpenAPI schema.
- ``GET /api/store`` and the page ``/store``: counts, the latest runs with their summaries,
  rejected inputs with their reasons; ``GET /api/articles``: the stored articles, paged;
  ``GET /api/articles/{id}`` and the page ``/articles/{id}?start=&end=``: one article's text
  by paragraph with each paragraph's kind (title, body, quote, comment, boilerplate), the
  span asked for marked (an event's source links there).
- ``GET /api/events``: the stored events that pass the filters (``api_filters``: dates, event
  and sub-event types, political interactions on or off, status, country, admin1, place,
  actor, publisher or speaker, minimum confidence, evidence words), sorted and paged;
  ``format=geojson`` gives a FeatureCollection of those with a point. ``GET /api/timeline``:
  how many of them fall on each day, by event type.
- ``GET /api/events/{event_id}``: one event with its sources (the ``events.jsonl`` shape,
  analysts' corrections applied and named in ``reviewed``).
- ``POST /api/events/{event_id}/corrections`` (``{"action": "verify"|"reject"|"correct"|
  "split"|"merge", "fields": {...}, "note": ..., "author": ...}``) and ``DELETE
  /api/corrections/{id}``: record or undo a correction (``review``); both need the server's
  token as ``Authorization: Bearer <token>``.
- ``GET /``: the events table with its filter form and the timeline (drag across it to set
  the dates), the filters in the URL (a view can be bookmarked and shared; the minimum
  confidence is the exports' default unless given); ``GET /map``: the same events,
  clustered by zoom, over the shipped borders (Leaflet vendored in ``web_assets``: no tiles,
  no CDN); ``GET /events/{event_id}``: every field, the conflicts side by side, each source
  sentence with its trigger, place, speaker and toll marked and a link to it in its
  article, and (when the server has a token) the review forms: verdict, field
  corrections, split, merge, undo. They post to ``/events/{id}/review`` and
  ``/corrections/{id}/undo``; the token typed once is kept in an HttpOnly, SameSite=Strict
  cookie of this site.

API errors are JSON with a message (``{"error": ...}``), never a 500 page; a refused form
gets a page saying why. Every page is rendered with all text escaped (``web_pages``) and
served with a Content-Security-Policy that allows no inline script (scripts come only from
the app's own files). The web layer is thin: the store's ``query_events`` and
``event_counts``, the export's ``event_dict`` and ``review`` do the work.
"""

from __future__ import annotations

import math
import secrets
from importlib import resources
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import web_pages
from .data_registry import data_file
from .export import event_dict, geojson_collection
from .review import ReviewError, add_correction, corrections_by_mention, reviewed, undo_correction
from .settings import DEFAULTS
from .store import MAX_PAGE, MAX_PER_PAGE, SCHEMA_VERSION, EventPage, EventQuery, Store, events

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)  # scripts only from the app's own files: no inline script, no CDN
STATIC_FILES = {  # vendored, offline: Leaflet 1.9.4 (BSD-2-Clause, web_assets/LEAFLET-LICENSE) and the app's own scripts
    "leaflet.js": "application/javascript",
    "leaflet.css": "text/css",
    "map.js": "application/javascript",
    "timeline.js": "application/javascript",
}
TOKEN_COOKIE = "eventwire_token"  # set after a review form carried the right token: HttpOnly, SameSite=Strict
MAX_FORM_BYTES = 65_536


class CorrectionIn(BaseModel):
    """What an analyst says of an event: verify it, reject it, correct some of its fields,
    split some of its sources off (``fields: {"mention_ids": [...]}``) or merge another
    event into it (``fields: {"event_id": ...}``)."""

    action: str
    fields: dict[str, Any] | None = None
    note: str | None = Field(None, max_length=4000)
    author: str | None = Field(None, max_length=200)


def api_filters(
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
    source: str | None = None,
    min_confidence: float = Query(0.0, ge=0.0, le=1.0),
    min_interaction_confidence: float | None = Query(None, ge=0.0, le=1.0),
    q: str | None = None,
    sort: str = "date",
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(100, ge=1, le=MAX_PER_PAGE),
) -> EventQuery:
    """The API's event filters (the same for the list, its GeoJSON and the timeline)."""
    return EventQuery(
        date_from=date_from,
        date_to=date_to,
        event_types=tuple(v for v in event_type or () if v),
        sub_event_types=tuple(v for v in sub_event_type or () if v),
        interactions=interactions,
        statuses=tuple(v for v in status or () if v),
        country_code=country,
        admin1=admin1,
        place=place,
        actor=actor,
        source=source,
        min_confidence=min_confidence,
        min_interaction_confidence=min_interaction_confidence,
        text=q,
        sort=sort,
        page=page,
        per_page=per_page,
    )


def page_query(request: Request) -> EventQuery:
    """The filters of a page's own query string, as the filter form writes them; the minimum
    confidence is the exports' default unless given."""
    params = request.query_params
    return EventQuery(
        date_from=params.get("date_from") or None,
        date_to=params.get("date_to") or None,
        event_types=tuple(v for v in params.getlist("event_type") if v),
        sub_event_types=tuple(v for v in params.getlist("sub_event_type") if v),
        statuses=tuple(v for v in params.getlist("status") if v),
        interactions={"true": True, "only": True, "false": False, "none": False}.get(params.get("interactions", "")),
        country_code=params.get("country") or None,
        admin1=params.get("admin1") or None,
        place=params.get("place") or None,
        actor=params.get("actor") or None,
        source=params.get("source") or None,
        min_confidence=_number(params.get("min_confidence"), DEFAULTS.min_confidence),
        min_interaction_confidence=_number(params.get("min_interaction_confidence"), DEFAULTS.min_interaction_confidence),
        text=params.get("q") or None,
        sort=params.get("sort") or "date",
        page=min(max(1, int(_number(params.get("page"), 1))), MAX_PAGE),
    )


def api_params(query: EventQuery) -> str:
    """The API query string that asks for ``query``'s events (paging aside): what a page's
    scripts send, so the map and the timeline show exactly the table's events."""
    pairs: list[tuple[str, Any]] = [("date_from", query.date_from), ("date_to", query.date_to)]
    pairs += [("event_type", v) for v in query.event_types] + [("sub_event_type", v) for v in query.sub_event_types] + [("status", v) for v in query.statuses]
    interactions = None if query.interactions is None else str(query.interactions).lower()
    pairs += [("interactions", interactions), ("country", query.country_code), ("admin1", query.admin1), ("place", query.place)]
    pairs += [("actor", query.actor), ("source", query.source), ("min_confidence", query.min_confidence)]
    pairs += [("min_interaction_confidence", query.min_interaction_confidence), ("q", query.text)]
    return urlencode([(k, v) for k, v in pairs if v is not None and v != ""])


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
    app.state.store = store

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

    @app.get("/favicon.ico", include_in_schema=False)
    def no_icon() -> Response:
        return Response(status_code=204)

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "schema": SCHEMA_VERSION, "events": store.count(events)}

    @app.get("/api/events")
    def list_events(query: Annotated[EventQuery, Depends(api_filters)], format: str = Query("json", pattern="^(json|geojson)$")) -> dict[str, Any]:
        found = _reviewed_page(store, query)
        if format == "geojson":  # with foreign members: how many events pass the filters, how many this page lists (placed or not)
            return {**geojson_collection(found.events), "total": found.total, "listed": len(found.events)}
        return {"total": found.total, "page": query.page, "per_page": query.per_page, "events": found.events}

    @app.get("/api/timeline")
    def timeline(query: Annotated[EventQuery, Depends(api_filters)]) -> dict[str, Any]:
        """How many of the filtered events fall on each day, by event type (paging aside)."""
        days: dict[str, dict[str, int]] = {}
        for date, event_type, count in store.event_counts(query):
            days.setdefault(date, {})[event_type or web_pages.INTERACTION] = count
        return {"total": sum(sum(c.values()) for c in days.values()), "days": [{"date": d, "counts": c} for d, c in days.items()]}

    @app.get("/api/store")
    def store_overview() -> dict[str, Any]:
        return store.overview()

    @app.get("/api/articles")
    def list_articles(page: int = Query(1, ge=1, le=MAX_PAGE), per_page: int = Query(100, ge=1, le=MAX_PER_PAGE)) -> dict[str, Any]:
        total, found = store.article_page(page, per_page)
        return {"total": total, "page": page, "per_page": per_page, "articles": found}

    @app.get("/api/articles/{article_id}")
    def one_article(article_id: str) -> dict[str, Any]:
        found = store.article_with_paragraphs(article_id)
        if found is None:
            raise StarletteHTTPException(404, f"no article {article_id!r}")
        return found

    @app.get("/store", response_class=HTMLResponse)
    def store_page() -> HTMLResponse:
        return HTMLResponse(web_pages.store_html(store.overview(), store.article_page(1, 50)))

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str, start: int | None = Query(None, ge=0), end: int | None = Query(None, ge=0)) -> HTMLResponse:
        found = store.article_with_paragraphs(article_id)
        if found is None:
            raise StarletteHTTPException(404, f"no article {article_id!r}")
        return HTMLResponse(web_pages.article_html(found, start, end))

    @app.get("/static/{name}")
    def static_file(name: str) -> Response:
        if name in ("borders.geojson", "world_borders.geojson"):
            return Response(data_file(name).read_bytes(), media_type="application/geo+json", headers={"Cache-Control": "max-age=86400"})
        if name not in STATIC_FILES:
            raise StarletteHTTPException(404, f"no file {name!r}")
        return Response((resources.files("eventwire") / "web_assets" / name).read_bytes(), media_type=STATIC_FILES[name])

    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request) -> HTMLResponse:
        query = page_query(request)
        return HTMLResponse(web_pages.map_html(query, dict(request.query_params), api_params(query)))

    @app.get("/api/events/{event_id}")
    def one_event(event_id: str) -> dict[str, Any]:
        found = event_dict(store, event_id)
        if found is None:
            raise StarletteHTTPException(404, f"no event {event_id!r}")
        return found

    def allowed_to_write(request: Request) -> None:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not _right_token(given, token):
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

    @app.post("/events/{event_id}/review", response_class=HTMLResponse)
    async def review_form(event_id: str, request: Request) -> Response:
        """A review form's post: the correction recorded, then the event as it now stands."""
        form, lists = await _form(request)
        back = f"/events/{event_id}"
        if not _right_token(form.get("token") or request.cookies.get(TOKEN_COOKIE, ""), token):
            return HTMLResponse(web_pages.error_page("wrong or missing token: reviewing needs the token the server printed at start", back), status_code=401)
        action, fields = web_pages.correction_from_form(form, lists.get("split_off", []))
        try:
            done = add_correction(store, event_id, action, fields, form.get("note") or None, form.get("author") or None)
        except ReviewError as refused:
            return HTMLResponse(web_pages.error_page(str(refused), back), status_code=422)
        except LookupError as missing:  # the event may have been split or merged since the page was shown
            return HTMLResponse(web_pages.error_page(str(missing).strip("'\""), "/"), status_code=404)
        now = (done.get("events") or [event_id])[0]
        return _signed_in(RedirectResponse(f"/events/{now}", status_code=303), form.get("token"))

    @app.post("/corrections/{correction_id}/undo", response_class=HTMLResponse)
    async def undo_form(correction_id: str, request: Request) -> Response:
        form, _ = await _form(request)
        if not _right_token(form.get("token") or request.cookies.get(TOKEN_COOKIE, ""), token):
            return HTMLResponse(web_pages.error_page("wrong or missing token: undoing needs the token the server printed at start", "/"), status_code=401)
        found = store.correction(correction_id)
        try:
            undo_correction(store, correction_id)
        except LookupError as missing:
            return HTMLResponse(web_pages.error_page(str(missing).strip("'\""), "/"), status_code=404)
        holding = store.events_holding(found["mention_ids"].split("\n")) if found else []
        return _signed_in(RedirectResponse(f"/events/{holding[0]}" if holding else "/", status_code=303), form.get("token"))

    @app.get("/", response_class=HTMLResponse)
    def events_page(request: Request) -> HTMLResponse:
        query = page_query(request)
        return HTMLResponse(web_pages.events_html(_reviewed_page(store, query), query, dict(request.query_params), api_params(query)))

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(event_id: str) -> HTMLResponse:
        found = event_dict(store, event_id)
        if found is None:
            raise StarletteHTTPException(404, f"no event {event_id!r}")
        return HTMLResponse(web_pages.event_html(found, writable=token is not None))

    return app


def _right_token(given: str | None, token: str | None) -> bool:
    return token is not None and bool(given) and secrets.compare_digest(str(given).encode(), token.encode())


def _signed_in(response: Response, given: str | None) -> Response:
    """Remember a token typed into a form, so the next form need not carry it (this site only)."""
    if given:
        response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict", path="/")
    return response


async def _form(request: Request) -> tuple[dict[str, str], dict[str, list[str]]]:
    """A posted form: its single values, and every value of each name."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise ValueError(f"the form is larger than {MAX_FORM_BYTES} bytes")
    lists = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[-1] for k, v in lists.items()}, lists


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
