"""Front lines: where a war was being fought on a given day, as points, by country.

Among namesake villages ('near Vodiane': twenty villages of Ukraine bear the name), the one
near the fighting of the article's date is the likelier. ``data/front_lines.csv`` lists
towns on or near each front with the period it held (the Donbas line of contact of
2014–2022; the fronts of the full-scale invasion since February 2022). The data is selected
by each candidate place's country: a country without rows has no front, and no code path
assumes a theatre.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from dataclasses import dataclass

from ..data_registry import data_file

FRONT_LINES = "front_lines.csv"


@dataclass(frozen=True)
class FrontPoint:
    country_code: str
    start: dt.date
    end: dt.date
    town: str
    latitude: float
    longitude: float


@functools.cache
def front_table() -> tuple[FrontPoint, ...]:
    text = data_file(FRONT_LINES).read_text("utf-8")
    return tuple(
        FrontPoint(
            row["country_code"],
            dt.date.fromisoformat(row["start"]),
            dt.date.fromisoformat(row["end"]),
            row["town"],
            float(row["latitude"]),
            float(row["longitude"]),
        )
        for row in csv.DictReader(text.splitlines())
    )


@functools.lru_cache(maxsize=4096)
def front_points(when: dt.date | None) -> tuple[tuple[str, float, float], ...]:
    """The points ``(country code, latitude, longitude)`` of every front held on ``when``
    (none without a date: an undated text says nothing of where the fighting was)."""
    if when is None:
        return ()
    return tuple(dict.fromkeys((p.country_code, p.latitude, p.longitude) for p in front_table() if p.start <= when <= p.end))
