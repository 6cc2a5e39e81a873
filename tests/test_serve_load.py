"""bench/serve_load.py: its synthetic store answers every filter it times, and it reports its figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import serve_load

from eventwire.store import EventQuery, open_store


def test_the_synthetic_store_answers_the_filters_the_bench_times(tmp_path):
    serve_load.build_store(tmp_path / "load.db", 400)
    store = open_store(str(tmp_path / "load.db"))
    assert store.query_events(EventQuery()).total == 400
    assert store.query_events(EventQuery(text="town 1.")).total > 0  # the search columns are filled
    assert store.query_events(EventQuery(source="synthetic wire")).total == 400
    assert sum(count for _, _, count in store.event_counts(EventQuery())) == 400


def test_a_small_run_ends_with_the_json_figures(capsys):
    serve_load.main(["--events", "300", "--requests", "2"])
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert set(figures) == {"events"} | {f"{kind}_{p}_ms" for kind in ("page", "map", "search", "timeline") for p in ("p50", "p95")}
