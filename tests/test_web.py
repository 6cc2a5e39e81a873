"""The workbench's API and pages (FastAPI's test client over a store of written-for-the-purpose events)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import KUPIANSK, day, mention, stored_analysis
from fastapi.testclient import TestClient

from eventwire.actors import RUSSIA_MILITARY
from eventwire.store import SCHEMA_VERSION, open_store
from eventwire.web import create_app

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def client(tmp_path):
    store = open_store(str(tmp_path / "web.db"))
    store.save_analysis(stored_analysis("recapture", mention(date=day("2022-09-10"), sentence="Ukrainian forces recaptured Izium on Saturday.")), "run")
    shelling = mention(
        "s",
        "Shelling/artillery/missile attack",
        place=KUPIANSK,
        date=day("2022-09-14"),
        sentence=f"Russian artillery shelled Kupiansk {HOSTILE} on Wednesday.",
        actor1=RUSSIA_MILITARY,
        actor2=None,
    )
    store.save_analysis(stored_analysis("shelling", shelling, url="javascript:alert(2)", title=f"Title {HOSTILE}"), "run")
    store.merge_pending()
    return TestClient(create_app(store))


def test_health_names_the_schema_and_counts_the_events(client):
    assert client.get("/api/health").json() == {"status": "ok", "schema": SCHEMA_VERSION, "events": 2}


def test_the_events_api_filters_pages_and_counts(client):
    body = client.get("/api/events", params={"event_type": "Battles"}).json()
    assert body["total"] == 1 and [e["sub_event_type"] for e in body["events"]] == ["Government regains territory"]
    body = client.get("/api/events", params={"per_page": 1, "page": 2, "sort": "-date"}).json()
    assert (body["total"], [e["sub_event_type"] for e in body["events"]]) == (2, ["Shelling/artillery/missile attack"])


def test_the_events_api_gives_geojson_points(client):
    body = client.get("/api/events", params={"format": "geojson"}).json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 2
    assert all(f["geometry"]["type"] == "Point" for f in body["features"])


def test_one_event_comes_with_its_sources_and_an_unknown_one_is_a_json_404(client):
    event_id = client.get("/api/events", params={"q": "artillery"}).json()["events"][0]["event_id"]
    event = client.get(f"/api/events/{event_id}").json()
    assert [s["text"] for s in event["sources"]] == [f"Russian artillery shelled Kupiansk {HOSTILE} on Wednesday."]
    missing = client.get("/api/events/nothing-here")
    assert missing.status_code == 404 and "nothing-here" in missing.json()["error"]


@pytest.mark.parametrize(
    "params",
    [{"per_page": 0}, {"per_page": 10_001}, {"page": 0}, {"min_confidence": 2}, {"date_from": "yesterday"}, {"sort": "fatalities"}, {"format": "xml"}],
)
def test_a_bad_query_is_a_json_error_with_its_reason_never_a_500(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["error"]


def test_pages_escape_every_text_and_link_only_http_urls(client):
    page = client.get("/", params={"place": "kupy"})
    assert page.status_code == 200 and "Kupyansk" in page.text and "Izyum" not in page.text
    event_id = client.get("/api/events", params={"place": "kupy"}).json()["events"][0]["event_id"]
    detail = client.get(f"/events/{event_id}").text
    assert HOSTILE not in detail and "&lt;script&gt;" in detail
    assert "javascript:" not in detail
    assert "<mark class=ev-trigger title=trigger>shelled</mark>" in detail


def test_every_response_allows_scripts_only_from_the_apps_own_files(client):
    for path in ("/", "/map", "/api/health", "/api/events/nothing"):
        policy = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self';" in policy and "unsafe-inline'; img" in policy
        assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]  # no inline script


def test_the_map_page_loads_vendored_leaflet_and_the_borders_from_the_app(client):
    page = client.get("/map", params={"event_type": "Battles"}).text
    assert "<script src='/static/leaflet.js'></script><script src='/static/map.js'></script>" in page
    assert "href='/?event_type=Battles'" in page
    assert client.get("/static/leaflet.js").headers["content-type"].startswith("application/javascript")
    assert client.get("/static/borders.geojson").json()["type"] == "FeatureCollection"
    assert client.get("/static/../store.py").status_code == 404
    assert client.get("/static/secrets.txt").status_code == 404


def test_the_filters_live_in_the_url_of_the_next_page(client):
    page = client.get("/", params={"sort": "-date", "place": "y"}).text
    assert "2 events; page 1 of 1" in page
    assert "value='y'" in page


@pytest.mark.parametrize(("name", "value"), [("min_confidence", "very"), ("page", "inf"), ("page", "nan"), ("min_confidence", "-inf"), ("sort", "x")])
def test_a_bad_filter_on_a_page_is_a_json_error(client, name, value):
    response = client.get("/", params={name: value})
    assert response.status_code == 422 and response.json()["error"]


def test_a_page_past_the_last_shows_no_events(client):
    assert "page 1000000 of 1" in client.get("/", params={"page": "99999999999999999999"}).text


def test_the_api_publishes_its_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/health", "/api/events", "/api/events/{event_id}"} <= set(paths)


def test_serve_is_a_command_of_the_cli():
    from typer.testing import CliRunner

    from eventwire.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "127.0.0.1" in result.output


def test_the_page_shows_what_the_exports_show_unless_asked_for_less_sure_events(tmp_path):
    store = open_store(str(tmp_path / "unsure.db"))
    store.save_analysis(stored_analysis("unsure", dataclasses.replace(mention(date=day("2022-09-10")), confidence=0.2)), "run")
    store.merge_pending()
    client = TestClient(create_app(store))
    assert "0 events" in client.get("/").text
    assert "1 events" in client.get("/", params={"min_confidence": 0}).text


def test_the_store_overview_counts_lists_runs_rejections_and_articles(tmp_path):
    from eventwire.models import Rejected

    store = open_store(str(tmp_path / "overview.db"))
    run_id = store.start_run({}, {})
    store.save_analysis(stored_analysis("one", mention(date=day("2022-09-10")), url="javascript:alert(3)", title=f"One {HOSTILE}"), run_id)
    store.merge_pending()
    store.add_rejections(run_id, [Rejected(f"bad{HOSTILE}.bin", "ingest", "binary file")])
    store.finish_run(run_id, {"articles": 1, "rejected": 1})
    client = TestClient(create_app(store))
    overview = client.get("/api/store").json()
    assert (overview["articles"], overview["events"], overview["corrections"]) == (1, 1, 0)
    assert [r["reason"] for r in overview["rejections"]] == ["binary file"]
    assert overview["runs"][0]["summary"] == {"articles": 1, "rejected": 1}
    assert client.get("/api/articles").json()["total"] == 1
    page = client.get("/store").text
    assert "binary file" in page and HOSTILE not in page
    assert "href='javascript" not in page and "javascript:alert(3)" in page  # shown as text, never a link


def test_every_page_names_the_data_it_rests_on(client):
    for path in ("/", "/map", "/store"):
        text = client.get(path).text
        assert "GeoNames" in text and "CC BY 4.0" in text and "Natural Earth" in text


# -- the timeline, the article view and the review forms -------------------------------------


def test_the_timeline_api_counts_the_filtered_events_by_day_and_type(client):
    assert client.get("/api/timeline").json() == {
        "total": 2,
        "days": [{"date": "2022-09-10", "counts": {"Battles": 1}}, {"date": "2022-09-14", "counts": {"Explosions/Remote violence": 1}}],
    }
    assert client.get("/api/timeline", params={"date_from": "2022-09-11"}).json()["total"] == 1


def test_the_map_and_timeline_ask_the_api_for_exactly_the_pages_events(client):
    page = client.get("/map", params={"event_type": "Battles", "interactions": "false", "place": "izy"}).text
    assert "data-query='date_from" not in page  # no empty filters sent
    assert (
        "event_type=Battles&amp;interactions=false&amp;place=izy&amp;min_confidence=0.8&amp;min_interaction_confidence=0.7" in page
    )  # the exports' default minimums, made explicit


def test_an_article_opens_with_its_paragraph_kinds_and_the_asked_span_marked(client):
    event = client.get("/api/events", params={"q": "artillery"}).json()["events"][0]
    source = client.get(f"/api/events/{event['event_id']}").json()["sources"][0]
    article = client.get(f"/api/articles/{source['article_id']}").json()
    assert [p["kind"] for p in article["paragraphs"]] == ["title"]
    page = client.get(f"/articles/{source['article_id']}", params={"start": 0, "end": 6}).text
    assert "<mark id=evidence>Report</mark>" in page and "class='para title'" in page
    assert client.get("/articles/nothing").status_code == 404


@pytest.fixture
def writable(client):
    """The same store, served with a token: review forms shown and accepted."""
    return TestClient(create_app(client.app.state.store, token="t0ken"))


def test_a_review_form_needs_the_token_then_remembers_it(writable):
    event_id = writable.get("/api/events", params={"event_type": "Battles"}).json()["events"][0]["event_id"]
    refused = writable.post(f"/events/{event_id}/review", data={"action": "verify", "token": "nope"}, follow_redirects=False)
    assert refused.status_code == 401 and "wrong or missing token" in refused.text
    done = writable.post(f"/events/{event_id}/review", data={"action": "verify", "token": "t0ken", "note": HOSTILE}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/events/{event_id}"
    assert "httponly" in done.headers["set-cookie"].lower() and "samesite=strict" in done.headers["set-cookie"].lower()
    again = writable.post(f"/events/{event_id}/review", data={"action": "reject"}, follow_redirects=False)  # the cookie carries the token
    assert again.status_code == 303
    page = writable.get(f"/events/{event_id}").text
    assert "rejected" in page and HOSTILE not in page and "&lt;script&gt;" in page


def test_a_review_form_that_makes_no_sense_says_why_in_a_page(writable):
    event_id = writable.get("/api/events", params={"event_type": "Battles"}).json()["events"][0]["event_id"]
    bad = writable.post(f"/events/{event_id}/review", data={"action": "correct", "fatalities": "many", "token": "t0ken"})
    assert bad.status_code == 422 and "fatalities must be" in bad.text
    bad = writable.post(f"/events/{event_id}/review", data={"action": "merge", "merge_with": "<b>x</b>", "token": "t0ken"})
    assert bad.status_code == 404 and "&lt;b&gt;" in bad.text and "<b>x</b>" not in bad.text


def test_a_read_only_workbench_shows_no_review_forms(client):
    event_id = client.get("/api/events").json()["events"][0]["event_id"]
    page = client.get(f"/events/{event_id}").text
    assert "id=correct-form" not in page and "started with a token" in page
