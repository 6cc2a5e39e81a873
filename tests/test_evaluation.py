"""The quality gate: the annotated set, its scoring, and the floors CI enforces (loads spaCy)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.evaluate import NON_EVENT_CASES, below_floors, default_floors_path, default_items_path, evaluate, read_floors, read_items
from eventwire.taxonomy import BY_NAME, PLOVER_TYPES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def shipped_items():
    return read_items(default_items_path())


def test_the_annotated_set_has_200_items_every_sub_event_type_and_every_non_event_case(shipped_items):
    assert len(shipped_items) >= 200
    coded = {e.sub_event_type for item in shipped_items for e in item.events}
    assert set(BY_NAME) <= coded
    assert set(NON_EVENT_CASES) <= {item.case for item in shipped_items}
    assert {e.plover_type for item in shipped_items for e in item.events if e.plover_type} <= set(PLOVER_TYPES)


def test_the_pipeline_stays_above_the_pinned_floors(shipped_items):
    figures = evaluate(shipped_items).figures()
    assert below_floors(figures, read_floors(default_floors_path())) == []


def _items(tmp_path, *records):
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


SHELLING = {
    "id": "shell",
    "published": "2022-09-14",
    "case": "event",
    "text": "Russian forces shelled Kharkiv on Tuesday, killing two civilians.",
    "events": [
        {
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "plover_type": None,
            "location": "Kharkiv",
            "latitude": 49.99,
            "longitude": 36.23,
            "date": "2022-09-13",
            "fatalities": 2,
            "actor1": "Military Forces of Russia (2000-)",
            "actor2": "Civilians (Ukraine)",
        }
    ],
}
INTENTION = {"id": "plan", "published": "2022-09-14", "case": "intention", "text": "Ukraine is preparing to retake Kherson.", "events": []}


def test_a_report_coded_exactly_scores_one_on_every_field(tmp_path):
    report = evaluate(read_items(_items(tmp_path, SHELLING, INTENTION)))
    figures = report.figures()
    for field in ("event", "event_type", "sub_event_type", "location", "date", "fatalities", "actor1"):
        assert figures[f"{field}.f1"] == 1.0, (field, report.misses)
    assert figures["not_event.clean"] == 1.0


def test_a_wrong_field_costs_that_field_only(tmp_path):
    wrong = json.loads(json.dumps(SHELLING))
    wrong["events"][0]["fatalities"] = 5
    figures = evaluate(read_items(_items(tmp_path, wrong))).figures()
    assert figures["fatalities.f1"] == 0.0
    assert figures["event_type.f1"] == figures["location.f1"] == 1.0


MEETING = {
    "id": "talks",
    "published": "2022-09-14",
    "case": "event",
    "text": "The foreign ministers of Ukraine and Poland met in Warsaw on Tuesday.",
    "events": [
        {
            "event_type": None,
            "sub_event_type": None,
            "plover_type": "CONSULT",
            "location": "Warsaw",
            "latitude": 52.23,
            "longitude": 21.01,
            "date": "2022-09-13",
            "fatalities": 0,
            "actor1": None,
        }
    ],
}


def test_a_political_interaction_is_no_true_positive_of_the_acled_type_fields(tmp_path):
    report = evaluate(read_items(_items(tmp_path, MEETING)))
    assert report.scores["plover_type"].true_positives == 1  # the meeting is found and paired
    for field in ("event_type", "sub_event_type"):
        score = report.scores[field]
        assert (score.true_positives, score.gold) == (0, 0), field
        assert score.recall <= 1.0


def test_an_event_from_a_non_event_item_counts_as_spurious(tmp_path):
    claimed_plan = dict(INTENTION, text="Russian forces shelled Kharkiv on Tuesday.")
    report = evaluate(read_items(_items(tmp_path, claimed_plan)))
    assert report.spurious["intention"] == 1
    assert report.figures()["not_event.clean"] == 0.0


def test_floors_name_each_figure_below_them():
    assert below_floors({"event.f1": 0.5, "date.f1": 0.9}, {"event.f1": 0.6, "date.f1": 0.8, "actor1.f1": 0.1}) == [
        "actor1.f1 = None is below its floor 0.1",
        "event.f1 = 0.5 is below its floor 0.6",
    ]


def test_a_broken_line_is_named_with_its_number(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(INTENTION) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"items.jsonl:2"):
        read_items(path)


def test_the_command_prints_a_table_and_checks_floors(tmp_path):
    items = _items(tmp_path, SHELLING, INTENTION)
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"event.f1": 0.9}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(items), "--check-floors", "--floors", str(floors)])
    assert result.exit_code == 0, result.output
    assert "sub_event_type" in result.output
    floors.write_text(json.dumps({"plover_type.precision": 2.0}), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(items), "--check-floors", "--floors", str(floors)])
    assert result.exit_code == 1
    assert "below floor" in result.output
