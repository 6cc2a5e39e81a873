"""The command line: thin, with exit codes that say whether anything was rejected."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from eventwire import __version__
from eventwire.cli import app
from eventwire.settings import DEFAULTS, cut_offs

runner = CliRunner()


def test_version_prints_the_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_run_on_a_missing_path_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_export_of_a_missing_store_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db"), "--format", "csv"])
    assert result.exit_code == 2


def test_export_rejects_an_unknown_format(tmp_path):
    (tmp_path / "x.db").write_bytes(b"")
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "x.db"), "--format", "xml"])
    assert result.exit_code == 2
    assert "unknown format" in result.output


@pytest.mark.slow
def test_run_then_export_in_every_format(tmp_path, examples_dir):
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["run", str(examples_dir), "--meta", str(examples_dir / "manifest.csv"), "--db", db, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "merged events" in result.output
    for name in ("events.jsonl", "events.csv", "events.geojson", "articles.jsonl", "report.html"):
        assert (tmp_path / "out" / name).is_file()
    csv_out = runner.invoke(app, ["export", "--db", db, "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type")
    geojson = runner.invoke(app, ["export", "--db", db, "--format", "geojson", "-o", str(tmp_path / "e.geojson")])
    assert geojson.exit_code == 0
    assert json.loads((tmp_path / "e.geojson").read_text())["type"] == "FeatureCollection"
    jsonl = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert all(json.loads(line)["sources"] for line in jsonl.stdout.splitlines())


@pytest.mark.slow
def test_a_rejected_input_makes_the_exit_code_1_and_is_listed(tmp_path, examples_dir):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((examples_dir / "03_kharkiv_strikes.txt").read_text("utf-8"), "utf-8")
    (inputs / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(app, ["run", str(inputs), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 1
    assert "broken.txt" in result.output and "binary" in result.output


@pytest.mark.slow
def test_demo_runs_on_the_shipped_examples_and_says_where_the_report_is(tmp_path):
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = runner.invoke(app, ["demo"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "eventwire.db").is_file()
    assert (tmp_path / "eventwire-demo" / "report.html").is_file()
    assert "report.html" in result.output


@pytest.mark.slow
def test_places_prints_each_mention_with_its_resolution_as_jsonl():
    result = runner.invoke(app, ["places", "-", "--format", "jsonl"], input="Russian shelling hit Izioum and Kremina in Luhansk region.")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["name"], r["feature"]) for r in rows] == [
        ("Izioum", "Izyum", "city"),
        ("Kremina", "Kreminna", "city"),
        ("Luhansk region", "Luhansk", "region"),
    ]
    assert all(r["confidence"] > 0 and r["latitude"] for r in rows)


@pytest.mark.slow
def test_places_prints_a_table_for_a_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Strikes\n\nMissiles struck Kharkiv overnight.", "utf-8")
    result = runner.invoke(app, ["places", str(article)])
    assert result.exit_code == 0
    assert "Kharkiv" in result.stdout and "49.9" in result.stdout


def test_dash_h_shows_the_help():
    result = runner.invoke(app, ["-h"])

    assert result.exit_code == 0 and "Usage" in result.output


def test_importing_the_package_or_the_cli_loads_neither_spacy_nor_sqlalchemy():
    import subprocess
    import sys

    code = "import sys, eventwire, eventwire.cli; print(sorted(m for m in ('spacy', 'sqlalchemy') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()

    assert loaded == "[]"


def test_an_empty_input_folder_says_no_articles_were_found_and_exits_1(tmp_path):
    (tmp_path / "empty").mkdir()

    result = runner.invoke(app, ["run", str(tmp_path / "empty"), "--db", str(tmp_path / "s.db")])

    assert result.exit_code == 1
    assert "no articles found" in result.output


def test_a_store_in_a_folder_that_does_not_exist_yet_is_made_with_its_folder(tmp_path):
    from eventwire.store import articles, open_store

    store = open_store(str(tmp_path / "new" / "folder" / "s.db"))

    assert store.count(articles) == 0 and (tmp_path / "new" / "folder" / "s.db").exists()


REPORT = "Shelling in Kharkiv\n\nRussian forces shelled Kharkiv on Monday, killing two civilians, the regional governor said.\n"


@pytest.mark.slow
def test_quiet_prints_no_summary_and_verbose_says_more(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")

    quiet = runner.invoke(app, ["-q", "run", str(tmp_path / "in"), "--db", str(tmp_path / "q.db")])
    normal = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", str(tmp_path / "n.db")])

    assert quiet.exit_code == normal.exit_code == 0
    assert "eventwire run" not in quiet.output and "eventwire run" in normal.output


@pytest.mark.slow
def test_a_failing_analysis_is_rejected_and_its_traceback_goes_to_the_log(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")

    def broken_rule(*args, **kwargs):
        raise KeyError("a trigger kind missing from a rule table")

    monkeypatch.setattr("eventwire.analyse.find_event_candidates", broken_rule)
    log = tmp_path / "run.log"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--log", str(log)])

    assert result.exit_code == 1
    assert "error: analysing a.txt failed" in result.output  # one line on the terminal
    assert "Traceback (most recent call last)" not in result.output
    text = log.read_text("utf-8")
    assert "analysing a.txt failed" in text and "Traceback (most recent call last)" in text and "broken_rule" in text


@pytest.mark.slow
def test_acled_events_and_political_interactions_have_their_own_default_cut_offs(tmp_path, examples_dir):
    db = str(tmp_path / "cli.db")
    talks = tmp_path / "talks.txt"
    talks.write_text(
        "Zelensky meets Macron in Paris\n\nUkrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Monday, "
        "his office said. The two leaders discussed air defence.\n\nRussian artillery shelled Kupiansk on Monday, killing two civilians, "
        "the regional governor said.\n",
        "utf-8",
    )
    runner.invoke(app, ["run", str(examples_dir), str(talks), "--db", db])

    def exported(*flags: str) -> set[str]:
        return {json.loads(line)["event_id"] for line in runner.invoke(app, ["export", "--db", db, *flags]).stdout.splitlines()}

    every = [json.loads(line) for line in runner.invoke(app, ["export", "--db", db, "--min-confidence", "0"]).stdout.splitlines()]
    assert any(e["event_type"] is None for e in every) and any(e["event_type"] for e in every)
    cut_off = {True: DEFAULTS.min_confidence, False: DEFAULTS.min_interaction_confidence}
    assert exported() == {e["event_id"] for e in every if e["confidence"] >= cut_off[e["event_type"] is not None]}
    assert exported("--min-interaction-confidence", "0") == {
        e["event_id"] for e in every if e["event_type"] is None or e["confidence"] >= DEFAULTS.min_confidence
    }


def test_one_confidence_flag_alone_sets_both_cut_offs():
    assert cut_offs(None, None) == (DEFAULTS.min_confidence, DEFAULTS.min_interaction_confidence)
    assert cut_offs(0.0, None) == (0.0, 0.0)
    assert cut_offs(0.9, 0.5) == (0.9, 0.5)
    assert cut_offs(None, 0.5) == (DEFAULTS.min_confidence, 0.5)


@pytest.mark.slow
def test_min_confidence_keeps_the_exports_to_the_events_that_sure(tmp_path, examples_dir):
    db = str(tmp_path / "cli.db")
    runner.invoke(app, ["run", str(examples_dir), "--meta", str(examples_dir / "manifest.csv"), "--db", db, "--min-confidence", "0"])
    every = [json.loads(line) for line in runner.invoke(app, ["export", "--db", db, "--min-confidence", "0"]).stdout.splitlines()]
    sure = [json.loads(line) for line in runner.invoke(app, ["export", "--db", db, "--min-confidence", "0.9"]).stdout.splitlines()]
    assert every and all(0 <= e["confidence"] <= 1 for e in every)
    assert sorted(e["event_id"] for e in sure) == sorted(e["event_id"] for e in every if e["confidence"] >= 0.9)
    assert len(sure) < len(every)
    assert runner.invoke(app, ["export", "--db", db, "--min-confidence", "1.5"]).exit_code == 2
