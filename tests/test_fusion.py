"""Fusion end to end: four short articles (written for this test, ``fixtures/fusion``) that
report the same week in different words, from different mouths, become one event per
real-world event, each with all its sources, a status an analyst would sign and its
disagreements in the open.

- Vovchansk: the general staff claims the recapture (Monday), an analyst repeats it, and
  Russia's ministry admits the withdrawal (Tuesday): confirmed, with a date conflict.
- The Zaporizhzhia market: three dead (governor, UN), five dead (emergency service):
  confirmed, 3 fatalities, the figures in conflict. A power plant hit the same day in the
  same town is another event, told by "He added": the governor's, carried over.
- Kherson: Ukraine accuses, the Russian ministry denies: denied.
- Bilohorivka: "half of" against "completely liberated": disputed.
- Melitopol: residents on social media, and "could not be independently verified": unverified.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventwire

pytestmark = pytest.mark.slow
FUSION = Path(__file__).parent / "fixtures" / "fusion"
ARTICLES = ["wire.txt", "ministry.txt", "analysis.txt", "telegram.txt"]


def run_on(tmp_path: Path, *runs: list[str]) -> list[dict]:
    """The events after running the pipeline once per list of articles, into one store."""
    out = tmp_path / "out"
    for order in runs:
        eventwire.run([str(FUSION / name) for name in order], meta=FUSION / "manifest.csv", db=str(tmp_path / "store.db"), out=out)
    return [json.loads(line) for line in (out / "events.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> list[dict]:
    return run_on(tmp_path_factory.mktemp("fusion"), ARTICLES)


def the_event(events: list[dict], place: str, kind: str) -> dict:
    [found] = [e for e in events if e["location"] and e["location"]["name"].startswith(place) and kind in (e["sub_event_type"] or e["plover_type"] or "")]
    return found


def the_event_all(events: list[dict], place: str, kind: str) -> list[dict]:
    return [e for e in events if e["location"] and e["location"]["name"].startswith(place) and kind in (e["sub_event_type"] or "")]


def speakers(event: dict) -> set[str]:
    return {s["attributed_to"] for s in event["sources"]}


def test_a_recapture_claimed_by_one_side_and_admitted_by_the_other_is_one_confirmed_event(events):
    event = the_event(events, "Vovchansk", "regains territory")
    assert {s["path"] for s in event["sources"]} == {"wire.txt", "ministry.txt", "analysis.txt"}
    assert event["status"] == "confirmed"
    assert "Russia's defence ministry" in event["status_rule"] and "admits" in event["status_rule"]


def test_sources_that_give_different_days_are_a_date_conflict_and_most_of_them_win(events):
    event = the_event(events, "Vovchansk", "regains territory")
    [conflict] = [c for c in event["conflicts"] if c["field"] == "event_date"]
    assert [v["value"] for v in conflict["values"]] == ["2023-05-15", "2023-05-16"]
    assert event["event_date"] == "2023-05-15"


def test_different_death_tolls_keep_the_lowest_and_show_each_figure_with_its_sources(events):
    market = next(e for e in the_event_all(events, "Zaporizhzh", "Shelling") if "market" in " ".join(s["text"] for s in e["sources"]))
    assert market["fatalities"] == 3 and market["fatalities_reported"] == [3, 5]
    [conflict] = [c for c in market["conflicts"] if c["field"] == "fatalities"]
    by_value = {v["value"]: v["mention_ids"] for v in conflict["values"]}
    sources = {s["mention_id"]: s["attributed_to"] for s in market["sources"]}
    assert {sources[i] for i in by_value["5"]} == {"the state emergency service"}
    assert len(by_value["3"]) == 2


def test_independent_sources_of_different_parties_confirm_an_event(events):
    market = next(e for e in the_event_all(events, "Zaporizhzh", "Shelling") if len(e["sources"]) > 1)
    assert market["status"] == "confirmed"
    assert {s["party"] for s in market["sources"]} >= {"international_org", "ukrainian_government"}


def test_a_strike_on_a_power_plant_the_same_day_in_the_same_town_is_another_event(events):
    strikes = the_event_all(events, "Zaporizhzh", "Shelling")
    assert len(strikes) == 2
    [plant] = [e for e in strikes if "power plant" in e["sources"][0]["text"]]
    assert len(plant["sources"]) == 1


def test_he_added_carries_the_speaker_of_the_sentence_before(events):
    [plant] = [e for e in the_event_all(events, "Zaporizhzh", "Shelling") if "power plant" in e["sources"][0]["text"]]
    [source] = plant["sources"]
    assert source["text"].startswith("He added")
    assert source["attributed_to"] == "the regional governor Ivan Fedorov"
    assert plant["status"] == "claimed"


def test_the_accused_side_denying_an_attack_makes_it_denied_and_the_denial_a_conflict(events):
    shelling = the_event(events, "Kherson", "Shelling")
    assert shelling["status"] == "denied"
    assert "The Russian defence ministry" in shelling["status_rule"]
    [conflict] = [c for c in shelling["conflicts"] if c["field"] == "denial"]
    assert [v["value"] for v in conflict["values"]] == ["denied", "reported"]


def test_half_of_a_village_against_completely_liberated_is_disputed(events):
    event = the_event(events, "Bilohorivka", "regains territory")
    assert event["status"] == "disputed"
    assert speakers(event) == {"Pro-Russian Telegram channels", "the Luhansk regional governor"}
    [conflict] = event["conflicts"]
    assert [v["value"] for v in conflict["values"]] == ["full control", "partial control"]


def test_reporting_that_could_not_verify_leaves_the_event_unverified(events):
    event = the_event(events, "Melitopol", "explosive")
    assert event["status"] == "unverified"
    assert "unverified" in event["sources"][0]["hedges"]
    assert "social media" in event["sources"][0]["text"]  # the hedge is the next sentence's, and covers its paragraph


def summary(events: list[dict]) -> list[tuple]:
    return sorted((e["event_id"], e["status"], len(e["sources"]), json.dumps(e["conflicts"])) for e in events)


def test_the_same_articles_in_another_order_give_the_same_events_and_ids(events, tmp_path):
    assert summary(run_on(tmp_path, list(reversed(ARTICLES)))) == summary(events)


def test_articles_added_to_a_store_in_later_runs_merge_into_the_events_already_there(events, tmp_path):
    assert summary(run_on(tmp_path, ["analysis.txt"], ["telegram.txt", "ministry.txt"], ["wire.txt"])) == summary(events)
