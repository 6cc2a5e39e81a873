"""Importing a GeoNames dump adds its places and spellings to the gazetteer."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.gazetteer import load_gazetteer
from eventwire.gazetteer_import import read_dump

pytestmark = pytest.mark.slow
runner = CliRunner()

# Two made-up places in GeoNames' 19-column format, and two alternate names for one.
DUMP = "\n".join(
    "\t".join(row)
    for row in [
        ["99000001", "Zzyxivka", "Zzyxivka", "Zzyxiwka,Ззиксівка", "49.50000", "37.10000", "P", "PPL", "UA", "", "07", "", "", "", "812", "", "150", "Europe/Kyiv", "2022-09-01"],
        ["99000002", "Zzyx River", "Zzyx River", "", "49.60000", "37.20000", "H", "STM", "UA", "", "07", "", "", "", "0", "", "120", "Europe/Kyiv", "2022-09-01"],
        ["99000003", "Some Mountain Spot", "Some Mountain Spot", "", "49.0", "37.0", "U", "UPLD", "UA", "", "07", "", "", "", "0", "", "0", "Europe/Kyiv", "2022-09-01"],
    ]
) + "\n"
ALTERNATE_NAMES = "1\t99000001\ten\tZzyxovka\t\t\t\t\t\t\n2\t99000001\tlink\thttps://example.org/zzyxivka\t\t\t\t\t\t\n"


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "cache"))
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
