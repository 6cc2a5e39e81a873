"""The workbench in a real headless Chromium (Debian's ``chromium``, driven by Playwright):
DOM assertions, no screenshots. Skipped where no Chromium is installed."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
import socket
import threading
import time

import pytest
from builders import KHARKIV, KUPIANSK, day, mention, stored_analysis, told_analysis

from eventwire.actors import RUSSIA_MILITARY
from eventwire.export import export_events
from eventwire.store import open_store
from eventwire.web import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE_TITLE = '<img src=x onerror="window.__pwned = 1">'
expect = pytest.importorskip("playwright.sync_api").expect
pytestmark = [pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Three events: Izium recaptured, Kupiansk shelled (a hostile title and URL), Kharkiv shelled (told by two articles)."""
    store = open_store(str(tmp_path_factory.mktemp("browser") / "browser.db"))
    izium = mention(date=day("2022-09-10"), sentence="Ukrainian forces recaptured Izium on Saturday.")
    store.save_analysis(told_analysis("one", izium, comment="Reader: great news!"), "run")
    shelling = mention(
        "s",
        "Shelling/artillery/missile attack",
        place=KUPIANSK,
        date=day("2022-09-14"),
        sentence=f"Russian shells hit Kupiansk {HOSTILE_TITLE}.",
        actor1=RUSSIA_MILITARY,
        actor2=None,
    )
    store.save_analysis(stored_analysis("two", shelling, url="javascript:window.__pwned=2", title=HOSTILE_TITLE), "run")
    payloads = mention(
        "p",
        "Shelling/artillery/missile attack",
        place=None,  # no point on the map
        date=day("2022-09-13"),
        sentence='Shells hit Kupiansk <script>window.__pwned=4</script> <svg onload="window.__pwned=5">.',
        actor1=RUSSIA_MILITARY,
        actor2=None,
    )
    hostile = stored_analysis(
        "payloads",
        payloads,
        url="data:text/html,<script>alert(6)</script>",
        title="<script>window.__pwned=7</script>",
        publisher='<img src=y onerror="alert(8)">',
    )
    store.save_analysis(hostile, "run")
    for seed in ("three", "four"):
        kharkiv = mention(seed, "Shelling/artillery/missile attack", place=KHARKIV, date=day("2022-09-12"), sentence=f"Shells hit Kharkiv, report {seed} said.")
        store.save_analysis(stored_analysis(seed, dataclasses.replace(kharkiv, actor1=RUSSIA_MILITARY, actor2=None)), "run")
    store.merge_pending()
    return store


@pytest.fixture(scope="module")
def server(store):
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(create_app(store, token="browser-token"), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    while not app_server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def test_filtering_the_events_table_narrows_it_and_keeps_the_filter_in_the_url(server, page):
    page.goto(f"{server}/?min_confidence=0")
    assert page.locator("tbody tr").count() == 4
    page.select_option("select[name=event_type]", "Battles")
    page.click("button[type=submit]")
    assert "event_type=Battles" in page.url
    assert page.locator("tbody tr").count() == 1
    assert "Government regains territory" in page.locator("tbody").inner_text()


def test_an_event_page_marks_the_trigger_and_runs_nothing_from_the_articles(server, page):
    page.goto(f"{server}/?min_confidence=0&place=kupy")
    page.click("tbody a")
    assert page.locator("blockquote mark.ev-trigger").first.inner_text() == "hit"
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0  # the payload stayed text
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.dialogs == []


def test_the_map_draws_a_marker_per_event_and_clusters_them_when_zoomed_out(server, page):
    page.goto(f"{server}/map?min_confidence=0")
    expect(page.locator("path.event-marker")).to_have_count(3)  # once framed on them, 60 to 120 km apart
    assert "3 events on the map; 1 more has no place to show" in page.locator("#map-status").inner_text()
    for _ in range(8):  # out until the three, 60 to 120 km apart, share a cell of the grid
        page.click(".leaflet-control-zoom-out")
        page.wait_for_timeout(400)
        if page.locator(".event-cluster").count() and page.locator(".event-cluster").first.inner_text() == "3":
            break
    assert page.locator(".event-cluster").first.inner_text() == "3"
    assert page.locator("path.event-marker").count() == 0
    page.click(".event-cluster")  # zooms in to its points
    page.wait_for_selector("path.event-marker")


def test_dragging_across_the_timeline_filters_the_table_by_those_days(server, page):
    page.goto(f"{server}/?min_confidence=0")
    page.wait_for_selector("#timeline rect.day-bar")
    assert page.locator("#timeline rect.day-bar").count() == 4  # 10, 12, 13 and 14 September, the gap of the 11th drawn
    chart = page.locator("#timeline svg").bounding_box()
    page.mouse.move(chart["x"] + 1, chart["y"] + 20)
    page.mouse.down()
    page.mouse.move(chart["x"] + chart["width"] * 0.5, chart["y"] + 20)  # 10 to 12 September of a 10-14 axis
    page.mouse.up()
    page.wait_for_url("**date_from=2022-09-10**")
    assert "date_to=2022-09-12" in page.url
    assert page.locator("tbody tr").count() == 2
    assert page.locator("#all-dates").count() == 1


def test_a_source_opens_its_article_with_the_sentence_marked_in_its_paragraph(server, page):
    page.goto(f"{server}/?min_confidence=0&place=izyum")
    page.click("tbody a")
    page.click(".source a")
    assert page.locator("mark#evidence").inner_text().startswith("Ukrainian forces recaptured Izium")
    assert [k.lower() for k in page.locator(".para .kind").all_inner_texts()] == ["title", "body", "comment"]
    assert page.locator(".para.body mark#evidence").count() == 1


def test_a_reviewer_corrects_splits_and_undoes_in_the_pages_and_the_export_follows(server, page, store):
    page.goto(f"{server}/?min_confidence=0&q=shells+hit+kharkiv")  # (place=kharkiv would find Kupiansk too: its admin1 is Kharkiv)
    page.click("tbody a")
    page.fill("#correct-form input[name=fatalities]", "3")
    page.fill("#correct-form input[name=note]", "hospital figure")
    page.fill("#correct-form input[name=token]", "wrong")
    page.click("#correct-form button[type=submit]")
    assert "wrong or missing token" in page.locator(".error").inner_text()
    page.go_back()
    page.fill("#correct-form input[name=fatalities]", "3")
    page.fill("#correct-form input[name=note]", "hospital figure")
    page.fill("#correct-form input[name=token]", "browser-token")
    page.click("#correct-form button[type=submit]")
    assert "hospital figure" in page.locator("#corrections").inner_text()
    assert "fatalities (machine: 0)" in page.locator("#fields").inner_text()
    out = io.StringIO()
    export_events(store, "csv", out)
    [kharkiv] = [row for row in csv.DictReader(io.StringIO(out.getvalue())) if row["location"] == "Kharkiv"]
    assert (kharkiv["reviewed"], kharkiv["fatalities"]) == ("corrected", "3")
    page.locator("input[name=split_off]").first.check()  # the token is remembered by now (an HttpOnly cookie)
    page.click("#split-form button[type=submit]")
    assert page.locator(".source").count() == 1
    assert page.locator("#corrections").inner_text().count("split") == 1
    page.goto(f"{server}/?min_confidence=0&q=shells+hit+kharkiv")
    assert page.locator("tbody tr").count() == 2
    page.click("tbody a")
    page.locator("#corrections form button").last.click()  # undo the split
    assert page.locator(".source").count() == 2
    assert page.dialogs == []


def test_a_correction_sent_with_the_token_shows_in_the_export(server, page):
    event_id = page.request.get(f"{server}/api/events?sub_event_type=Government regains territory").json()["events"][0]["event_id"]
    made = page.request.post(
        f"{server}/api/events/{event_id}/corrections",
        data={"action": "correct", "fields": {"fatalities": 4}, "note": "morgue count"},
        headers={"Authorization": "Bearer browser-token"},
    )
    assert made.status == 201
    page.goto(f"{server}/events/{event_id}")
    assert "morgue count" in page.locator("body").inner_text()
    assert page.request.get(f"{server}/api/events/{event_id}").json()["reviewed"]["state"] == "corrected"


def test_payloads_in_title_body_publisher_and_url_run_nowhere(server, page):
    page.goto(f"{server}/?min_confidence=0&q=svg")
    page.click("tbody a")
    event_url = page.url
    page.click(".source a")  # the article view
    page.goto(f"{server}/store")
    page.goto(event_url)
    for found in (page.locator("script:not([src])"), page.locator("svg[onload]"), page.locator("img[src=y]"), page.locator("a[href^='data:']")):
        assert found.count() == 0
    assert "<script>window.__pwned=7</script>" in page.locator("body").inner_text()  # shown as text
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
