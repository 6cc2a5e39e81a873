"""Front lines: where a war was being fought on a given day, as points, by country.

Among namesake villages ('near Vodiane': twenty villages of Ukraine bear the name), the one
near the fighting of the article's date is the likelier. ``data/front_lines.csv`` lists
towns on or near each front with the period it held (the Donbas line of contact of
2014–2022; the fronts of the full-scale invasion since February 2022); a front still held
has no end date. The data is selected
by each candidate place's country: a country without rows has no front, and no code path
assumes a theatre.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..data_registry import data_file

FRONT_LINES = "front_lines.csv"
EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class FrontPoint:
    country_code: str
    start: dt.date
    end: dt.date
    town: str
    latitude: float
    longitude: float


def period_of(row: dict[str, str]) -> tuple[dt.date, dt.date]:
    """A row's ``start`` and ``end`` (no end: still held), in the front tables' columns."""
    return dt.date.fromisoformat(row["start"]), dt.date.fromisoformat(row["end"]) if row["end"] else dt.date.max


@functools.cache
def front_table() -> tuple[FrontPoint, ...]:
    text = data_file(FRONT_LINES).read_text("utf-8")
    return tuple(
        FrontPoint(
            row["country_code"],
            *period_of(row),
            row["town"],
            float(row["latitude"]),
            float(row["longitude"]),
        )
        for row in csv.DictReader(text.splitlines())
    )


class Front:
    """The fronts of one day, by country, and how near a place lies to them (each place
    reckoned once: the same villages recur in article after article of a day)."""

    def __init__(self, points: Iterable[tuple[str, float, float]] = ()) -> None:
        self.points = tuple(dict.fromkeys(points))
        by_country: dict[str, list[tuple[float, float]]] = {}
        for country, latitude, longitude in self.points:
            by_country.setdefault(country, []).append((latitude, longitude))
        self._radians = {country: np.radians(np.array(points)) for country, points in by_country.items()}
        self._distances: dict[tuple[str, float, float], float | None] = {}

    def __bool__(self) -> bool:
        return bool(self.points)

    def kilometres_to(self, country_code: str, latitude: float, longitude: float) -> float | None:
        """The great-circle distance to the nearest front point of the place's country (None
        where its country had no front that day)."""
        key = (country_code, latitude, longitude)
        if key not in self._distances:
            self._distances[key] = self._nearest(country_code, latitude, longitude)
        return self._distances[key]

    def _nearest(self, country_code: str, latitude: float, longitude: float) -> float | None:
        points = self._radians.get(country_code)
        if points is None:
            return None
        phi, lam = math.radians(latitude), math.radians(longitude)
        h = np.sin((points[:, 0] - phi) / 2) ** 2 + math.cos(phi) * np.cos(points[:, 0]) * np.sin((points[:, 1] - lam) / 2) ** 2
        return float(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(h.min())))


NO_FRONT = Front()


@functools.lru_cache(maxsize=4096)
def fronts_on(when: dt.date | None) -> Front:
    """The fronts held on ``when`` (none without a date: an undated text says nothing of
    where the fighting was)."""
    if when is None:
        return NO_FRONT
    return Front((p.country_code, p.latitude, p.longitude) for p in front_table() if p.start <= when <= p.end)
