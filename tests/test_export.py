"""Export: the ACLED-shaped rows of ``events.csv``."""

from __future__ import annotations

import pytest

from eventwire.export import acled_row, country_regions


def located_in(country_code: str, country: str) -> dict:
    return {
        "event_id": "e1",
        "event_date": "2022-09-11",
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": None,
        "actor2": None,
        "inter1": None,
        "inter2": None,
        "location": {"name": "Somewhere", "country": country, "country_code": country_code, "latitude": 0.0, "longitude": 0.0, "geo_precision": 1},
        "sources": [],
        "notes": "",
        "fatalities": 0,
        "status": "claimed",
        "source_count": 1,
    }


@pytest.mark.parametrize(
    ("code", "country", "iso", "region"),
    [
        ("YE", "Yemen", "887", "Middle East"),
        ("UA", "Ukraine", "804", "Europe"),
        ("ML", "Mali", "466", "Western Africa"),
        ("BR", "Brazil", "76", "South America"),
        ("MM", "Myanmar", "104", "Southeast Asia"),
        ("US", "United States", "840", "North America"),
        ("FJ", "Fiji", "242", "Oceania"),
    ],
)
def test_every_row_carries_its_country_s_iso_code_and_acled_region(code, country, iso, region):
    row = acled_row(located_in(code, country))
    assert (str(row["iso"]), row["region"]) == (iso, region)


def test_every_country_has_an_iso_code_and_a_region():
    assert len(country_regions()) > 240
    assert all(iso and region for iso, region in country_regions().values())


def test_an_event_with_no_place_has_no_iso_or_region():
    row = acled_row({**located_in("UA", "Ukraine"), "location": None})
    assert (row["iso"], row["region"]) == ("", "")
