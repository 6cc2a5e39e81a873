"""bench/merge_scale.py: its synthetic stores hold what merge produces, and it reports its figures."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import merge_scale

from eventwire.merge import merge_block


@pytest.mark.parametrize("sub_event_type", ["Shelling/artillery/missile attack", "Government regains territory"])
def test_merging_component_by_component_gives_the_events_of_the_whole_block(sub_event_type):
    rng = random.Random(5)
    places = merge_scale.synthetic_places(merge_scale.SEED)
    reports = [merge_scale.random_report(rng, 0) for _ in range(300)]
    mentions = [merge_scale.mention_of(dataclass_with_sub(r, sub_event_type), places, f"a{i}", 0, str(i)) for i, r in enumerate(reports)]
    block = next(iter(merge_scale._by_block(mentions)))
    by_component = [e for part in merge_scale.components(block, mentions) for e in merge_block(block, part, merge_scale.WINDOW_DAYS)]
    assert sorted(e.event_id for e in by_component) == sorted(e.event_id for e in merge_block(block, mentions, merge_scale.WINDOW_DAYS))


def dataclass_with_sub(report, sub_event_type):
    return merge_scale.Report(**{**report.__dict__, "sub_event_type": sub_event_type})


@pytest.mark.slow
def test_a_small_run_checks_its_stores_and_ends_with_the_json_figures(tmp_path, capsys):
    assert merge_scale.main(["--sizes", "300,600", "--articles", "4", "--rounds", "2", "--workers", "1", "--db-dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert sum("20/20 random blocks hold exactly the events of a full merge_block" in line for line in lines) == 2
    figures = json.loads(lines[-1])
    assert set(figures) == {"ms_per_article_300", "ms_per_article_600", "ratio"}
    assert not list(tmp_path.glob("*.db"))  # removed unless --keep
