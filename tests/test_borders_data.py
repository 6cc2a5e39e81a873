"""Sanity checks for the shipped country borders (built by scripts/build_borders.py)."""

import importlib.resources
import json
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
REPO_BORDERS_PATH = REPO_ROOT / "src" / "eventwire" / "data" / "borders.geojson"

# Ukraine's real extent, degrees: lon 22.1..40.2, lat 44.4..52.4 (Crimea included)
UKRAINE_BBOX_DEG = (22.0, 44.3, 40.3, 52.4)
BBOX_SLACK_DEG = 0.2
KHARKIV_LON_LAT = (36.23, 49.99)


def read_borders_text():
    try:
        resource = importlib.resources.files("eventwire") / "data" / "borders.geojson"
    except ModuleNotFoundError:
        return REPO_BORDERS_PATH.read_text(encoding="utf-8")
    return resource.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def features_by_iso():
    collection = json.loads(read_borders_text())
    assert collection["type"] == "FeatureCollection"
    return {feature["properties"]["iso_a3"]: feature for feature in collection["features"]}


def multipolygon_bbox(coordinates):
    points = [point for polygon in coordinates for ring in polygon for point in ring]
    lons = [lon for lon, _ in points]
    lats = [lat for _, lat in points]
    return min(lons), min(lats), max(lons), max(lats)


def ring_contains(ring, point):
    """Ray casting: count edges crossed by a ray going east from the point."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def multipolygon_contains(coordinates, point):
    return any(ring_contains(exterior, point) and not any(ring_contains(hole, point) for hole in holes) for exterior, *holes in coordinates)


def test_ukraine_is_present(features_by_iso):
    ukraine = features_by_iso["UKR"]
    assert ukraine["properties"]["name"] == "Ukraine"
    assert ukraine["geometry"]["type"] == "MultiPolygon"


def test_ukraine_bbox(features_by_iso):
    actual = multipolygon_bbox(features_by_iso["UKR"]["geometry"]["coordinates"])
    for actual_deg, expected_deg in zip(actual, UKRAINE_BBOX_DEG):
        assert actual_deg == pytest.approx(expected_deg, abs=BBOX_SLACK_DEG)


def test_kharkiv_is_in_ukraine(features_by_iso):
    ukraine = features_by_iso["UKR"]["geometry"]["coordinates"]
    assert multipolygon_contains(ukraine, KHARKIV_LON_LAT)


def test_kharkiv_is_not_in_russia(features_by_iso):
    russia = features_by_iso["RUS"]["geometry"]["coordinates"]
    assert not multipolygon_contains(russia, KHARKIV_LON_LAT)


@pytest.fixture(scope="module")
def world_by_iso():
    from eventwire.data_registry import data_file

    collection = json.loads(data_file("world_borders.geojson").read_text("utf-8"))
    return {feature["properties"]["iso_a3"]: feature for feature in collection["features"]}


@pytest.mark.parametrize(
    ("iso_a3", "lon_lat"),
    [("UKR", KHARKIV_LON_LAT), ("MLI", (-8.0, 12.65)), ("YEM", (44.2, 15.35)), ("BRA", (-47.9, -15.8)), ("USA", (-77.04, 38.9)), ("MMR", (96.1, 19.75))],
)
def test_the_workbench_map_has_every_continents_countries_around_their_capitals(world_by_iso, iso_a3, lon_lat):
    assert multipolygon_contains(world_by_iso[iso_a3]["geometry"]["coordinates"], lon_lat)


def test_the_world_borders_are_small_enough_to_load_in_a_page(world_by_iso):
    from eventwire.data_registry import data_file

    assert len(world_by_iso) > 180  # every country but those smaller than WORLD_MIN_AREA_SQ_DEG
    assert len(data_file("world_borders.geojson").read_bytes()) < 800_000
