"""Review: analysts' corrections of events, kept apart from the machine's values, through the
library, the exports and the workbench's API."""

from __future__ import annotations

import io
import json

import pytest
from builders import KUPIANSK, day, mention, stored_analysis
from fastapi.testclient import TestClient

from eventwire.doctor import check_store
from eventwire.export import event_dicts, export_events
from eventwire.review import ReviewError, add_correction, undo_correction
from eventwire.store import open_store
from eventwire.web import create_app

TOKEN = "secret-token"


@pytest.fixture
def store(tmp_path):
    store = open_store(str(tmp_path / "review.db"))
    store.save_analysis(stored_analysis("one", mention("x", date=day("2022-09-10"), sentence="Ukrainian forces recaptured Izium on Saturday.")), "run")
    store.merge_pending()
    return store


def only_event(store) -> dict:
    [event] = list(event_dicts(store))
    return event


def test_an_event_no_one_reviewed_says_so(store):
    assert only_event(store)["reviewed"] is None


def test_a_correction_changes_the_output_and_keeps_the_machines_values(store):
    event_id = only_event(store)["event_id"]
    add_correction(store, event_id, "correct", {"sub_event_type": "Non-violent transfer of territory", "fatalities": 2}, note="no fighting", author="ana")
    event = only_event(store)
    assert (event["sub_event_type"], event["event_type"], event["fatalities"]) == ("Non-violent transfer of territory", "Strategic developments", 2)
    assert event["reviewed"]["state"] == "corrected"
    assert event["reviewed"]["machine"] == {"sub_event_type": "Government regains territory", "event_type": "Battles", "fatalities": 0}
    assert [c["note"] for c in event["reviewed"]["corrections"]] == ["no fighting"]
    [stored] = list(store.iter_event_records())
    assert stored[0]["sub_event_type"] == "Government regains territory"  # never overwritten


def test_a_place_corrected_by_name_alone_is_the_gazetteers_and_an_unknown_name_is_refused(store):
    event_id = only_event(store)["event_id"]
    add_correction(store, event_id, "correct", {"location": {"name": "Balakliia"}})
    location = only_event(store)["location"]
    assert (location["country_code"], location["admin1"], location["geo_precision"]) == ("UA", "Kharkiv", 1)
    assert abs(location["latitude"] - 49.46) < 0.1 and abs(location["longitude"] - 36.86) < 0.1
    with pytest.raises(ReviewError, match="knows no place named 'Nowhereville'"):
        add_correction(store, event_id, "correct", {"location": {"name": "Nowhereville"}})


def test_a_verdict_and_its_undoing(store):
    event_id = only_event(store)["event_id"]
    correction = add_correction(store, event_id, "reject", note="a forecast, not an event")
    assert only_event(store)["reviewed"]["state"] == "rejected"
    undo_correction(store, correction["correction_id"])
    assert only_event(store)["reviewed"] is None
    with pytest.raises(LookupError):
        undo_correction(store, correction["correction_id"])


def test_corrections_survive_a_rebuild_that_gives_the_event_another_id(store):
    event_id = only_event(store)["event_id"]
    add_correction(store, event_id, "verify", author="ana")
    store.save_analysis(stored_analysis("two", mention("y", date=day("2022-09-10"), sentence="Kyiv said its troops retook Izium.")), "run")
    store.merge_pending()
    event = only_event(store)
    assert len(event["sources"]) == 2
    assert event["reviewed"]["state"] == "verified"


def test_the_csv_export_has_a_reviewed_column(store):
    add_correction(store, only_event(store)["event_id"], "verify")
    out = io.StringIO()
    export_events(store, "csv", out)
    header, row = out.getvalue().splitlines()[:2]
    assert header.split(",")[-1] == "reviewed" and row.endswith(",verified")


@pytest.mark.parametrize(
    ("action", "fields", "reason"),
    [
        ("approve", None, "action must be one of"),
        ("correct", None, "at least one field"),
        ("correct", {"notes": "x"}, "cannot correct notes"),
        ("correct", {"sub_event_type": "Picnic"}, "unknown sub-event type"),
        ("correct", {"event_date": "last week"}, "event_date must be a date"),
        ("correct", {"fatalities": -1}, "fatalities must be"),
        ("correct", {"location": {"name": "Nowhere", "latitude": 91, "longitude": 0}}, "latitude must lie"),
    ],
)
def test_a_correction_that_makes_no_sense_is_refused_with_its_reason(store, action, fields, reason):
    with pytest.raises(ReviewError, match=reason):
        add_correction(store, only_event(store)["event_id"], action, fields)


def test_a_correction_of_no_event_is_refused(store):
    with pytest.raises(LookupError):
        add_correction(store, "no-such-event", "verify")


# -- splits and merges ------------------------------------------------------------------


@pytest.fixture
def two_reports(store):
    """The fixture's Izium event told by a second article, and a Kupiansk event apart."""
    store.save_analysis(stored_analysis("two", mention("y", date=day("2022-09-10"), sentence="Kyiv said its troops retook Izium.")), "run")
    kupiansk = mention("z", place=KUPIANSK, date=day("2022-09-09"), sentence="Ukrainian forces recaptured Kupiansk on Friday.")
    store.save_analysis(stored_analysis("three", kupiansk), "run")
    store.merge_pending()
    return store


def events_by_place(store) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for event in event_dicts(store):
        found.setdefault(event["location"]["name"], []).append(event)
    return found


def test_a_split_takes_sources_out_into_an_event_of_their_own(two_reports):
    [izium] = events_by_place(two_reports)["Izyum"]
    second = next(s["mention_id"] for s in izium["sources"] if "Kyiv said" in s["text"])
    done = add_correction(two_reports, izium["event_id"], "split", {"mention_ids": [second]}, note="a different day's recapture", author="ana")
    halves = events_by_place(two_reports)["Izyum"]
    assert sorted(len(e["sources"]) for e in halves) == [1, 1]
    assert sorted(done["events"]) == sorted(e["event_id"] for e in halves)
    assert all(e["reviewed"]["corrections"][0]["action"] == "split" for e in halves)


def test_a_split_survives_new_reports_and_its_undoing_joins_them_again(two_reports):
    [izium] = events_by_place(two_reports)["Izyum"]
    second = next(s["mention_id"] for s in izium["sources"] if "Kyiv said" in s["text"])
    done = add_correction(two_reports, izium["event_id"], "split", {"mention_ids": [second]})
    two_reports.save_analysis(stored_analysis("four", mention("w", date=day("2022-09-10"), sentence="Izium was recaptured, the army said.")), "run")
    two_reports.merge_pending()
    halves = events_by_place(two_reports)["Izyum"]
    assert len(halves) == 2 and any(len(e["sources"]) == 1 and e["sources"][0]["mention_id"] == second for e in halves)
    undo_correction(two_reports, done["correction_id"])
    [whole] = events_by_place(two_reports)["Izyum"]
    assert len(whole["sources"]) == 3 and whole["reviewed"] is None


def test_a_merge_joins_events_of_two_places_and_survives_a_new_report(two_reports):
    by_place = events_by_place(two_reports)
    [izium], [kupiansk] = by_place["Izyum"], by_place["Kupyansk"]
    done = add_correction(two_reports, izium["event_id"], "merge", {"event_id": kupiansk["event_id"]}, note="one offensive, one report")
    [merged] = list(event_dicts(two_reports))
    assert len(merged["sources"]) == 3 and done["events"] == [merged["event_id"]]
    assert merged["location"]["name"] == "Izyum"  # the event merged into keeps its block and its place
    two_reports.save_analysis(stored_analysis("five", mention("v", place=KUPIANSK, date=day("2022-09-09"), sentence="Kupiansk is Ukrainian again.")), "run")
    two_reports.merge_pending()
    assert sorted(len(e["sources"]) for e in event_dicts(two_reports)) == [1, 3]  # the new Kupiansk report makes its own event; the merge holds
    undo_correction(two_reports, done["correction_id"])
    by_place = events_by_place(two_reports)
    assert len(by_place["Izyum"][0]["sources"]) == 2 and len(by_place["Kupyansk"][0]["sources"]) == 2


def test_splits_and_merges_hold_through_a_doctors_rebuild_and_leave_nothing_for_it_to_mend(two_reports):
    by_place = events_by_place(two_reports)
    [izium], [kupiansk] = by_place["Izyum"], by_place["Kupyansk"]
    second = next(s["mention_id"] for s in izium["sources"] if "Kyiv said" in s["text"])
    add_correction(two_reports, izium["event_id"], "split", {"mention_ids": [second]})
    [kept] = [e for e in events_by_place(two_reports)["Izyum"] if len(e["sources"]) == 1 and e["sources"][0]["mention_id"] != second]
    add_correction(two_reports, kept["event_id"], "merge", {"event_id": kupiansk["event_id"]})
    shape = sorted(sorted(s["mention_id"] for s in e["sources"]) for e in event_dicts(two_reports))
    findings = check_store(two_reports, repair=False)
    assert [f.check for f in findings if f.found] == []
    check_store(two_reports, rebuild=True)
    assert sorted(sorted(s["mention_id"] for s in e["sources"]) for e in event_dicts(two_reports)) == shape
    assert len(shape) == 2  # the split-off report alone; the other Izium report with Kupiansk's


@pytest.mark.parametrize(
    ("action", "fields", "reason"),
    [
        ("split", None, "a split needs"),
        ("split", {"mention_ids": []}, "not none and not all"),
        ("split", {"mention_ids": ["nope"]}, "the event has no mention"),
        ("merge", {"event_id": 3}, "a merge needs"),
    ],
)
def test_a_split_or_merge_that_makes_no_sense_is_refused(two_reports, action, fields, reason):
    [izium] = events_by_place(two_reports)["Izyum"]
    with pytest.raises(ReviewError, match=reason):
        add_correction(two_reports, izium["event_id"], action, fields)


def test_a_split_of_every_source_or_a_merge_with_itself_is_refused(two_reports):
    [izium] = events_by_place(two_reports)["Izyum"]
    with pytest.raises(ReviewError, match="not none and not all"):
        add_correction(two_reports, izium["event_id"], "split", {"mention_ids": [s["mention_id"] for s in izium["sources"]]})
    with pytest.raises(ReviewError, match="with itself"):
        add_correction(two_reports, izium["event_id"], "merge", {"event_id": izium["event_id"]})
    with pytest.raises(LookupError):
        add_correction(two_reports, izium["event_id"], "merge", {"event_id": "no-such-event"})


# -- through the workbench's API --


def test_the_api_records_and_undoes_corrections_with_the_token_only(store):
    client = TestClient(create_app(store, TOKEN))
    event_id = only_event(store)["event_id"]
    body = {"action": "correct", "fields": {"fatalities": 3}, "note": "hospital figure", "author": "ana"}
    assert client.post(f"/api/events/{event_id}/corrections", json=body).status_code == 401
    assert client.post(f"/api/events/{event_id}/corrections", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    made = client.post(f"/api/events/{event_id}/corrections", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert made.status_code == 201
    assert client.get(f"/api/events/{event_id}").json()["fatalities"] == 3
    assert client.get("/api/events").json()["events"][0]["reviewed"]["state"] == "corrected"
    assert "hospital figure" in client.get(f"/events/{event_id}").text
    undone = client.delete(f"/api/corrections/{made.json()['correction_id']}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert undone.status_code == 204
    assert client.get(f"/api/events/{event_id}").json()["reviewed"] is None


def test_the_api_refuses_bad_corrections_as_json(store):
    client = TestClient(create_app(store, TOKEN))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    event_id = only_event(store)["event_id"]
    bad = client.post(f"/api/events/{event_id}/corrections", json={"action": "correct", "fields": {"fatalities": "many"}}, headers=headers)
    assert bad.status_code == 422 and "fatalities" in bad.json()["error"]
    missing = client.post("/api/events/nothing/corrections", json={"action": "verify"}, headers=headers)
    assert missing.status_code == 404 and "nothing" in missing.json()["error"]
    malformed = client.post(f"/api/events/{event_id}/corrections", content=b"{not json", headers={**headers, "content-type": "application/json"})
    assert malformed.status_code == 422 and json.loads(malformed.text)["error"]


def test_without_a_token_the_workbench_only_reads(store):
    client = TestClient(create_app(store))
    event_id = only_event(store)["event_id"]
    assert client.post(f"/api/events/{event_id}/corrections", json={"action": "verify"}, headers={"Authorization": "Bearer "}).status_code == 401
