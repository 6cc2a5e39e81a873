"""The workbench in a real headless Chromium (Debian's ``chromium``, driven by Playwright):
DOM assertions, no screenshots. Skipped where no Chromium is installed."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest
from builders import KUPIANSK, day, mention, stored_analysis

from eventwire.actors import RUSSIA_MILITARY
from eventwire.store import open_store
from eventwire.web import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE_TITLE = '<img src=x onerror="window.__pwned = 1">'
pytestmark = [pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    store = open_store(str(tmp_path_factory.mktemp("browser") / "browser.db"))
    store.save_analysis(stored_analysis("one", mention(date=day("2022-09-10"), sentence="Ukrainian forces recaptured Izium on Saturday.")), "run")
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
    store.merge_pending()
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
    assert page.locator("tbody tr").count() == 2
    page.select_option("select[name=event_type]", "Battles")
    page.click("button[type=submit]")
    assert "event_type=Battles" in page.url
    assert page.locator("tbody tr").count() == 1
    assert "Government regains territory" in page.locator("tbody").inner_text()


def test_an_event_page_marks_the_trigger_and_runs_nothing_from_the_articles(server, page):
    page.goto(f"{server}/?min_confidence=0&place=kupy")
    page.click("tbody a")
    assert page.locator("mark").first.inner_text() == "hit"
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0  # the payload stayed text
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.dialogs == []


def test_the_map_draws_a_marker_per_located_event(server, page):
    page.goto(f"{server}/map?min_confidence=0")
    page.wait_for_selector("path.event-marker")
    assert page.locator("path.event-marker").count() == 2
    assert "2 events on the map" in page.locator("#map-status").inner_text()


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
