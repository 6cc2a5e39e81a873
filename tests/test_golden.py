"""End to end: the shipped example articles give exactly the recorded outputs.

Run ``pytest tests/test_golden.py --update`` to rewrite the golden files on purpose,
then read the diff before committing it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import eventwire

pytestmark = pytest.mark.slow
GOLDEN = Path(__file__).parent / "golden"
VOLATILE_KEYS = frozenset({"timestamp"})


@pytest.fixture(scope="module")
def example_run(tmp_path_factory, examples_dir):
    out = tmp_path_factory.mktemp("golden")
    summary = eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=str(out / "golden.db"), out=out / "out")
    return summary, out / "out"


def normalised(path: Path):
    """The output as data, with run-dependent values removed."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8") as handle:
            return [{k: v for k, v in row.items() if k not in VOLATILE_KEYS} for row in csv.DictReader(handle)]
    if path.suffix == ".geojson":
        return json.loads(path.read_text("utf-8"))
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("name", ["events.jsonl", "events.csv", "events.geojson", "articles.jsonl"])
def test_outputs_match_the_golden_files(example_run, name, update_golden):
    _, out = example_run
    golden = GOLDEN / name
    if update_golden or not golden.exists():
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text((out / name).read_text("utf-8"), "utf-8")
    assert normalised(out / name) == normalised(golden)


def test_every_example_is_read_and_nothing_rejected(example_run):
    summary, _ = example_run
    assert (summary.articles_read, summary.articles_new, summary.rejected, summary.exit_code) == (5, 5, (), 0)


def test_the_recaptures_of_izium_and_kupiansk_are_each_one_event_with_several_articles(example_run):
    _, out = example_run
    events = normalised(out / "events.jsonl")
    territory = [e for e in events if e["event_type"] == "Battles" or e["sub_event_type"] == "Non-violent transfer of territory"]
    by_place = {e["location"]["name"]: e for e in territory}
    assert by_place["Izyum"]["source_count"] >= 3
    assert by_place["Izyum"]["status"] == "confirmed"
    assert sum(1 for e in territory if e["location"]["name"] == "Izyum") == 1


def test_every_source_quotes_the_article_text_at_its_offsets(example_run):
    summary, out = example_run
    articles = {a["article_id"]: a for a in normalised(out / "articles.jsonl") if a["article_id"]}
    for event in normalised(out / "events.jsonl"):
        for source in event["sources"]:
            paragraphs = articles[source["article_id"]]["paragraphs"]
            container = next(p for p in paragraphs if p["start"] <= source["start"] and source["end"] <= p["end"])
            offset = source["start"] - container["start"]
            assert container["text"][offset : offset + len(source["text"])] == source["text"]


def test_no_event_rests_on_a_reader_comment_or_boilerplate(example_run):
    _, out = example_run
    kinds = {s["paragraph_kind"] for e in normalised(out / "events.jsonl") for s in e["sources"]}
    assert kinds <= {"title", "body", "quote"}


def test_running_again_on_the_same_inputs_adds_nothing(example_run, examples_dir):
    summary, out = example_run
    again = eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=str(out.parent / "golden.db"))
    assert (again.articles_new, again.events) == (0, summary.events)
