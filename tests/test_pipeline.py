"""The whole run: interruptions leave the store consistent and the next run completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

import eventwire
from eventwire.store import Store

pytestmark = pytest.mark.slow
POLL_SECONDS = 0.05
POLL_LIMIT_SECONDS = 60.0


def wait_for_stored_articles(db: str, process: subprocess.Popen) -> int:
    """Poll the store until the running process has committed some articles."""
    import sqlite3

    deadline = time.monotonic() + POLL_LIMIT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(db) as connection:
                count = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            if count:
                return count
        except sqlite3.Error:
            pass
        time.sleep(POLL_SECONDS)
    return 0


def events_of(db: str) -> list[tuple]:
    from eventwire.export import event_dicts
    from eventwire.store import open_store

    return sorted((e["event_id"], e["sub_event_type"], e["source_count"]) for e in event_dicts(open_store(db)))


@pytest.fixture(scope="module")
def reference(tmp_path_factory, examples_dir):
    db = str(tmp_path_factory.mktemp("ref") / "ref.db")
    eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=db)
    return events_of(db)


def test_a_run_interrupted_mid_way_is_completed_by_the_next(tmp_path, examples_dir, monkeypatch, reference):
    db = str(tmp_path / "cut.db")
    original = Store.save_analysis
    calls = {"n": 0}

    def save_then_stop(self, analysis, run_id):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, analysis, run_id)

    monkeypatch.setattr(Store, "save_analysis", save_then_stop)
    with pytest.raises(KeyboardInterrupt):
        eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=db)
    monkeypatch.setattr(Store, "save_analysis", original)
    summary = eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=db)
    assert summary.articles_new == 3
    assert events_of(db) == reference


def test_a_run_killed_with_sigkill_is_completed_by_the_next(tmp_path, examples_dir, reference):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for copy in range(8):  # enough work that the kill lands mid-run
        for article in examples_dir.glob("*.txt"):
            text = article.read_text("utf-8") + ("" if copy == 0 else f"\n\nUpdate {copy}.")
            (inputs / f"{copy}_{article.name}").write_text(text, "utf-8")
    db = str(tmp_path / "killed.db")
    command = [sys.executable, "-m", "eventwire.cli", "run", str(inputs), "--db", db]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    stored = wait_for_stored_articles(db, process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < stored < 8 * 5, "the kill should land mid-run"
    finished = subprocess.run(command, capture_output=True, text=True, env={**os.environ})
    assert finished.returncode == 0, finished.stderr
    fresh = str(tmp_path / "fresh.db")
    subprocess.run([*command[:-1], fresh], check=True, capture_output=True)
    assert events_of(db) == events_of(fresh)


@pytest.mark.postgres
def test_a_postgresql_store_gives_the_same_events_as_sqlite(examples_dir, reference, empty_postgres):
    url = empty_postgres
    first = eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=url)
    again = eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=url)
    assert (first.articles_new, again.articles_new, again.events) == (5, 0, first.events)
    assert events_of(url) == reference


def test_worker_processes_give_the_same_events_as_one_process(tmp_path, examples_dir, reference):
    db = str(tmp_path / "workers.db")
    summary = eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=db, workers=2)
    assert summary.articles_new == 5
    assert events_of(db) == reference


def test_every_run_records_its_settings_and_the_versions_of_models_and_data(tmp_path, examples_dir):
    import json

    import sqlalchemy as sa

    from eventwire.store import open_store, runs

    db = str(tmp_path / "versions.db")
    eventwire.run([str(examples_dir)], meta=examples_dir / "manifest.csv", db=db)

    with open_store(db).engine.connect() as connection:
        settings, versions = connection.execute(sa.select(runs.c.settings, runs.c.versions)).one()
    assert json.loads(settings)["merge_window_days"] == 14
    assert {"eventwire", "spacy", "spacy_model", "gazetteer", "event_classifier", "sentence_vectors"} <= set(json.loads(versions))
    assert json.loads(versions)["event_classifier"].startswith("acled-")


def entities_after_the_fix(text: str, start: int, end: int, label: str) -> list[tuple[str, str]]:
    import spacy
    from spacy.tokens import Span

    from eventwire.parse import fix_entities

    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return [(e.text, e.label_) for e in fix_entities(doc).ents]


def test_an_entity_run_across_an_opening_bracket_is_split_into_its_places_or_dropped():
    assert entities_after_the_fix("marched in Drummondville (Quebec) on Monday", 2, 5, "GPE") == [("Drummondville", "GPE"), ("Quebec", "GPE")]
    assert entities_after_the_fix("marched through Dubbo (New South Wales) on Monday", 2, 7, "ORG") == []


def test_an_organisation_and_its_bracketed_acronym_stay_one_entity():
    assert entities_after_the_fix("members of the Union du Quebec (SFPQ) gathered", 3, 8, "ORG") == [("Union du Quebec (SFPQ", "ORG")]


def subjects_of_the_verb(sentence: str, verb: str) -> list[str]:
    from eventwire.parse import load_nlp

    doc = load_nlp()(sentence)
    return [c.text for t in doc if t.text == verb for c in t.children if c.dep_ == "nsubj"]


def test_the_region_after_a_notes_opening_place_is_not_read_as_the_subject():
    sentence = "On 24 March 2022, in Alpuyeca, Morelos, residents captured two men accused of theft."
    assert subjects_of_the_verb(sentence, "captured") == ["residents"]


def test_the_islamic_state_s_acronym_is_no_verb():
    from eventwire.parse import load_nlp

    doc = load_nlp()("On 2 June 2022, IS militants attacked an army post near Kirkuk.")
    militants = next(t for t in doc if t.text == "militants")
    assert militants.dep_ == "nsubj" and [c.text for c in militants.children] == ["IS"]
    assert subjects_of_the_verb("Around 15 May 2022, IS claimed the attack on the convoy.", "claimed") == ["IS"]
    assert next(t for t in load_nlp()("THE WAR IS OVER, HE SAID.") if t.text == "IS").pos_ == "AUX"


def test_a_subject_after_a_notes_opening_place_is_not_read_as_the_places_apposition():
    sentence = "On 4 May 2022, in Camaguey, Camaguey, a group of residents captured a man after he stole a phone."
    assert subjects_of_the_verb(sentence, "captured") == ["group"]
    sentence = "On 18 May 2022, in Kinchil, Yucatan, a female municipal police officer threw a rock at a journalist."
    assert subjects_of_the_verb(sentence, "threw") == ["officer"]
