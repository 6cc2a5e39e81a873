"""The HTML report: self-contained, with a map drawn from shipped borders, and escaped text."""

from __future__ import annotations

import pytest

from eventwire.models import Rejected
from eventwire.report import render_report


def event(sentence: str = "Russian missiles struck Kharkiv on Sunday.", **overrides):
    record = {
        "event_id": "e1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "disorder_type": "Political violence",
        "event_date": "2022-09-11",
        "date_range": ["2022-09-11", "2022-09-11"],
        "time_precision": 1,
        "actor1": "Military Forces of Russia (2000-)",
        "actor2": None,
        "inter1": 8,
        "inter2": None,
        "location": {
            "name": "Kharkiv",
            "admin1": "Kharkiv",
            "country": "Ukraine",
            "country_code": "UA",
            "latitude": 49.98,
            "longitude": 36.25,
            "geo_precision": 1,
            "geonameid": 706483,
        },
        "fatalities": 0,
        "fatalities_reported": [],
        "status": "claimed",
        "status_rule": "only ukraine-side sources report it",
        "conflicts": [],
        "source_count": 1,
        "notes": "",
        "sources": [
            {
                "article_id": "a1",
                "path": "a.txt",
                "title": "Strikes",
                "publisher": "Wire",
                "published": "2022-09-12",
                "url": None,
                "start": 0,
                "end": len(sentence),
                "text": sentence,
                "trigger": "struck",
                "trigger_start": sentence.find("struck"),
                "attributed_to": "the governor",
                "party": "ukrainian_government",
                "cue": "said",
                "hedges": [],
                "paragraph_kind": "body",
            }
        ],
    }
    record.update(overrides)
    return record


def test_the_report_needs_no_network():
    html = render_report([event()])
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html
    assert "<script src" not in html and html.count("<script>") == 1  # its one inline filter script loads nothing


def test_the_map_draws_ukraine_and_a_dot_per_located_event():
    html = render_report([event(), event(event_id="e2", location=None)])
    assert "class='country UKR'" in html
    assert html.count("<circle") == 1


def test_article_text_is_escaped_so_a_script_stays_text():
    html = render_report([event("<script>alert('x')</script> Russian missiles struck Kharkiv.")])
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def with_source_url(url):
    record = event()
    record["sources"] = [{**record["sources"][0], "url": url}]
    return record


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]
)
def test_a_source_url_that_is_not_http_is_shown_as_text_never_linked(url):
    html = render_report([with_source_url(url)])
    assert "href='java" not in html.lower() and "href='data" not in html.lower() and "href='vbscript" not in html.lower()
    assert "<script>alert" not in html


def test_an_http_source_url_is_a_link():
    html = render_report([with_source_url("https://example.org/a?x=1&y='2'")])
    assert "href='https://example.org/a?x=1&amp;y=&#x27;2&#x27;'" in html


def test_the_trigger_is_highlighted_in_its_sentence():
    assert "Russian missiles <mark class=ev-trigger title=trigger>struck</mark> Kharkiv" in render_report([event()])


def test_each_piece_of_evidence_is_marked_by_its_kind_and_the_trigger_wins_an_overlap():
    sentence = "Kharkiv's governor said missiles reportedly struck Kharkiv."
    source = event(sentence)["sources"][0] | {
        "evidence": [
            {"kind": "speaker", "start": 0, "end": 18},
            {"kind": "place", "start": 0, "end": 7},
            {"kind": "cue", "start": 19, "end": 23},
            {"kind": "hedge", "start": 33, "end": 43},
            {"kind": "trigger", "start": 44, "end": 50},
        ]
    }
    html = render_report([event(sentence, sources=[source])])
    assert "<mark class=ev-place title=place>Kharkiv</mark><mark class=ev-speaker title=speaker>&#x27;s governor</mark>" in html
    assert "<mark class=ev-cue title=cue>said</mark>" in html
    assert "<mark class=ev-hedge title=hedge>reportedly</mark> <mark class=ev-trigger title=trigger>struck</mark>" in html


def test_sources_are_grouped_by_party_and_conflicts_name_who_gives_each_value():
    governor = event()["sources"][0] | {"mention_id": "m1"}
    kremlin = governor | {"mention_id": "m2", "attributed_to": "The Kremlin", "party": "russian_government", "denial": True}
    conflict = {"field": "denial", "values": [{"value": "denied", "mention_ids": ["m2"]}, {"value": "reported", "mention_ids": ["m1"]}]}
    html = render_report([event(sources=[governor, kremlin], conflicts=[conflict], status="denied", status_rule="the accused side (The Kremlin) denies it")])
    assert html.index("Russian government or military (1)") < html.index("Ukrainian government or military (1)")
    assert "Denial: denied (The Kremlin); reported (the governor)" in html
    assert "the accused side (The Kremlin) denies it" in html


def test_rejected_inputs_are_listed_with_their_reasons():
    html = render_report([], [Rejected("bad.txt", "ingest", "binary file (contains NUL bytes), not text")])
    assert "bad.txt" in html and "binary file" in html


def test_the_heading_counts_events_apart_from_political_interactions():
    talks = event("Scholz spoke to Putin on Tuesday.", event_id="e2", event_type=None, sub_event_type=None, plover_type="CONSULT")
    assert "<p>2 events and 1 political interaction (3 claimed)" in render_report([event(), event(event_id="e3"), talks])
    assert "<p>1 event (1 claimed)" in render_report([event()])


def test_the_report_credits_the_data_its_places_and_map_come_from():
    html = render_report([event()])
    assert "contains GeoNames data (www.geonames.org), licensed under CC BY 4.0" in html
    assert "Natural Earth" in html


def test_the_legend_names_every_colour_a_dot_can_have_political_interactions_included():
    html = render_report([event()])
    assert "Political interaction (no ACLED type)" in html and "Explosions/Remote violence" in html


def test_the_timeline_is_a_real_time_axis_with_gaps_and_years():
    from eventwire.report import timeline_svg

    svg = timeline_svg([event(event_id="a", event_date="2022-08-30"), event(event_id="b", event_date="2022-09-30")])
    bars = [float(part.split("'")[1]) for part in svg.split("<rect x=")[1:]]
    assert bars[0] == 0.0 and bars[1] > 700  # a month between them, not two bars side by side
    assert "2022-08-30" in svg and ">2022-09<" in svg  # the first day, then each month with its year


def test_a_few_events_far_away_do_not_shrink_the_theatre():
    from eventwire.report import _bounds

    here = [event(event_id=str(i)) for i in range(30)]
    far = event(event_id="dc", location={"name": "Washington", "latitude": 38.9, "longitude": -77.0, "country_code": "US"})
    west, south, east, north = _bounds([*here, far])
    assert west > 0 and south > 40  # Washington's dot falls outside; the event stays in the table
    assert "Washington" in render_report([*here, far])


def test_the_table_can_be_filtered_offline_by_type_status_dates_and_words():
    html = render_report([event(), event(event_id="e2", status="confirmed", event_type=None, sub_event_type=None, plover_type="CONSULT")])
    assert "<form id=filters" in html and "addEventListener('input'" in html
    assert "data-type='Explosions/Remote violence'" in html and "data-type='Political interaction'" in html
    assert "data-status='confirmed'" in html and "data-date='2022-09-11'" in html
    assert "http" not in html.split("<script>")[1].split("</script>")[0]  # the script loads nothing
