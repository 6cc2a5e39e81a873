"""Importing a GeoNames dump adds its places and spellings to the gazetteer."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.gazetteer_import import cache_root, read_dump

pytestmark = pytest.mark.slow
runner = CliRunner()

# Made-up places in GeoNames' 19-column format (one with two alternate names), and two
# alternate names for the first.


def geonames_row(geonameid: str, name: str, alternates: str, lat: str, lon: str, feature: str, code: str, population: str, elevation: str) -> str:
    """A row of a GeoNames country dump: id, names, point, feature, country UA, admin1 07."""
    return "\t".join(
        [geonameid, name, name, alternates, lat, lon, feature, code, "UA", "", "07", "", "", "", population, "", elevation, "Europe/Kyiv", "2022-09-01"]
    )


DUMP = (
    "\n".join(
        [
            geonames_row("99000001", "Zzyxivka", "Zzyxiwka,Ззиксівка", "49.50000", "37.10000", "P", "PPL", "812", "150"),
            geonames_row("99000002", "Zzyx River", "", "49.60000", "37.20000", "H", "STM", "0", "120"),
            geonames_row("99000003", "Some Mountain Spot", "", "49.0", "37.0", "U", "UPLD", "0", "0"),
        ]
    )
    + "\n"
)
ALTERNATE_NAMES = "1\t99000001\ten\tZzyxovka\t\t\t\t\t\t\n2\t99000001\tlink\thttps://example.org/zzyxivka\t\t\t\t\t\t\n"


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache folder of its own (no imports yet), holding a copy of the built-in index."""
    load_gazetteer()  # built (once per session) in the usual cache
    fresh = tmp_path / "cache"
    fresh.mkdir()
    for index in cache_root().glob("gaz-*.pickle"):
        shutil.copy(index, fresh / index.name)
    monkeypatch.setenv("EVENTWIRE_CACHE", str(fresh))
    load_gazetteer.cache_clear()
    yield tmp_path
    load_gazetteer.cache_clear()


def test_a_dump_and_its_alternate_names_are_imported_and_found(fresh_cache):
    (fresh_cache / "UA.txt").write_text(DUMP, "utf-8")
    (fresh_cache / "alternateNamesV2.txt").write_text(ALTERNATE_NAMES, "utf-8")
    result = runner.invoke(app, ["gazetteer", "import", str(fresh_cache / "UA.txt"), "--alternate-names", str(fresh_cache / "alternateNamesV2.txt")])
    assert result.exit_code == 0, result.output
    assert "2 imported places" in result.output  # the upland of feature class U is not a place we keep
    gazetteer = load_gazetteer()
    for spelling in ("Zzyxivka", "Zzyxiwka", "Zzyxovka"):
        [place] = gazetteer.lookup(spelling)
        assert (place.geonameid, place.feature, place.admin1, place.latitude) == (99000001, "city", "Kharkiv", 49.5)
    assert gazetteer.lookup("https://example.org/zzyxivka") == []
    assert [p.feature for p in gazetteer.lookup("Zzyx River")] == ["river"]


def test_importing_again_merges_by_geonames_id(fresh_cache):
    (fresh_cache / "UA.txt").write_text(DUMP, "utf-8")
    runner.invoke(app, ["gazetteer", "import", str(fresh_cache / "UA.txt")])
    result = runner.invoke(app, ["gazetteer", "import", str(fresh_cache / "UA.txt")])
    assert "2 imported places" in result.output


def test_a_malformed_dump_is_a_usage_error_naming_the_line(fresh_cache):
    (fresh_cache / "bad.txt").write_text("123\tonly three\tcolumns\n", "utf-8")
    result = runner.invoke(app, ["gazetteer", "import", str(fresh_cache / "bad.txt")])
    assert result.exit_code == 2
    assert "bad.txt:1" in result.output


def test_read_dump_maps_feature_codes(tmp_path):
    (tmp_path / "UA.txt").write_text(DUMP, "utf-8")
    assert [(e.place.name, e.place.feature) for e in read_dump(tmp_path / "UA.txt")] == [("Zzyxivka", "city"), ("Zzyx River", "river")]


def test_importing_does_not_rebuild_the_built_in_index(fresh_cache):
    load_gazetteer()  # builds and caches the built-in index once
    [cached] = list((fresh_cache / "cache").glob("gaz-*.pickle"))
    built = cached.stat().st_mtime_ns
    (fresh_cache / "UA.txt").write_text(DUMP, "utf-8")
    runner.invoke(app, ["gazetteer", "import", str(fresh_cache / "UA.txt")])
    assert [p.name for p in load_gazetteer().lookup("Zzyxivka")] == ["Zzyxivka"]
    assert cached.stat().st_mtime_ns == built


def test_an_imported_place_replaces_the_built_in_one_with_its_id(fresh_cache):
    kupiansk = next(p for p in load_gazetteer().lookup("Kupiansk") if p.population > 20_000)
    row = [
        str(kupiansk.geonameid),
        "Kupiansk",
        "Kupiansk",
        "Kupjansk",
        "49.7106",
        "37.6156",
        "P",
        "PPLA2",
        "UA",
        "",
        "07",
        "",
        "",
        "",
        "26000",
        "",
        "100",
        "Europe/Kyiv",
        "2024-01-01",
    ]
    (fresh_cache / "UA.txt").write_text("\t".join(row) + "\n", "utf-8")
    runner.invoke(app, ["gazetteer", "import", str(fresh_cache / "UA.txt")])
    found = [p for p in load_gazetteer().lookup("Kupiansk") if p.geonameid == kupiansk.geonameid]
    assert [(p.name, p.population, p.admin1) for p in found] == [("Kupiansk", 26000, "Kharkiv")]


def test_a_missing_alternate_names_file_is_a_usage_error(fresh_cache):
    (fresh_cache / "UA.txt").write_text(DUMP, "utf-8")
    result = runner.invoke(app, ["gazetteer", "import", str(fresh_cache / "UA.txt"), "--alternate-names", str(fresh_cache / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output
