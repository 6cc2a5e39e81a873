"""Gazetteer import: add a full GeoNames dump to the offline gazetteer.

For users who have one: ``allCountries.txt`` or a country file such as ``UA.txt``
(GeoNames' 19-column tab-separated format) and, optionally, ``alternateNamesV2.txt``
(10 columns) for more spellings. Populated places, administrative divisions, countries,
rivers and other named features are kept. They go to an SQLite file
(``imported-geonames.sqlite`` in the gazetteer cache folder), indexed by the folded
spelling of each name and merged with earlier imports by GeoNames id. The built-in
index is not rebuilt: lookups consult the imported file beside it (``ImportedIndex``), so
even the whole of GeoNames (12 million places) costs no load time, only a query per
new spelling. Both files are streamed, never held in memory.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from ..errors import ConfigError
from ..models import Feature, Place
from .spelling import index_key

logger = logging.getLogger(__name__)

IMPORTED_FILE = "imported-geonames.sqlite"
DUMP_COLUMNS = 19
ALTERNATE_NAME_COLUMNS = 10
BATCH_ROWS = 10_000
NON_NAME_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "abbr", "unlc", "tcid"})
FEATURES_BY_CODE: dict[str, Feature] = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLIX": "country",
    "ADM1": "region",
    "ADM2": "region",
    "ADM3": "region",
    "STM": "river",
    "STMS": "river",
}
FEATURES_BY_CLASS: dict[str, Feature] = {"P": "city", "A": "region", "H": "landmark", "L": "landmark", "S": "landmark", "T": "landmark", "V": "landmark"}
SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, feature TEXT NOT NULL, country_code TEXT NOT NULL,
    admin1_code TEXT, latitude REAL NOT NULL, longitude REAL NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, geonameid INTEGER NOT NULL, PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_by_place ON names (geonameid);
"""


@dataclass(frozen=True)
class ImportedPlace:
    place: Place
    names: tuple[str, ...]


def cache_root() -> Path:
    return Path(os.environ.get("EVENTWIRE_CACHE") or Path.home() / ".cache" / "eventwire")


def imported_path() -> Path:
    return cache_root() / IMPORTED_FILE


def import_geonames(dump: str | Path, alternate_names: str | Path | None = None, key_of: Callable[[str], str | None] | None = None) -> int:
    """Merge a GeoNames dump (and its alternate names) into the imported places; returns their count.

    ``key_of`` turns a name into its index key (None: not indexed); the gazetteer's own
    rule by default, so imported spellings match as the built-in ones do.
    """
    dump = Path(dump)
    if not dump.is_file():
        raise ConfigError(f"GeoNames dump {str(dump)!r} does not exist")
    if alternate_names is not None and not Path(alternate_names).is_file():
        raise ConfigError(f"alternate names file {str(alternate_names)!r} does not exist")
    key_of = key_of or _gazetteer_key
    path = imported_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)
        for batch in _batches(read_dump(dump)):
            _store_places(db, batch, key_of)
        if alternate_names is not None:
            for pairs in _batches(read_alternate_names(Path(alternate_names))):
                _store_names(db, pairs, key_of)
        return db.execute("SELECT COUNT(*) FROM places").fetchone()[0]


def read_dump(path: Path) -> Iterator[ImportedPlace]:
    """Places of a GeoNames dump; malformed lines raise ConfigError naming the line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) != DUMP_COLUMNS:
                raise ConfigError(f"{path.name}:{number}: expected {DUMP_COLUMNS} tab-separated GeoNames columns, found {len(columns)}")
            entry = _dump_entry(columns)
            if entry is not None:
                yield entry


def _dump_entry(columns: list[str]) -> ImportedPlace | None:
    geonameid, name, ascii_name, alternates, lat, lon, feature_class, feature_code, country = columns[:9]
    feature = FEATURES_BY_CODE.get(feature_code) or FEATURES_BY_CLASS.get(feature_class)
    if feature is None or not name:
        return None
    place = Place(
        geonameid=int(geonameid),
        name=name,
        feature=feature,
        country_code=country,
        country=country,
        admin1=None,
        admin1_code=columns[10] or None,
        latitude=float(lat),
        longitude=float(lon),
        population=int(columns[14] or 0),
    )
    names = [name, ascii_name, *(a for a in alternates.split(",") if a)]
    return ImportedPlace(place, tuple(dict.fromkeys(n for n in names if n)))


def read_alternate_names(path: Path) -> Iterator[tuple[int, str]]:
    """(geonameid, name) from ``alternateNamesV2.txt``; links, codes and postcodes skipped."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 4:
                raise ConfigError(f"{path.name}:{number}: expected {ALTERNATE_NAME_COLUMNS} tab-separated alternate-name columns")
            if columns[2] not in NON_NAME_LANGUAGES and columns[3]:
                yield int(columns[1]), columns[3]


def _batches(items: Iterable) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH_ROWS)):
        yield batch


def _store_places(db: sqlite3.Connection, entries: list[ImportedPlace], key_of: Callable[[str], str | None]) -> None:
    """Insert or replace the places, and replace their names (an import again merges by id)."""
    db.executemany(
        "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.place.geonameid,
                e.place.name,
                e.place.feature,
                e.place.country_code,
                e.place.admin1_code,
                e.place.latitude,
                e.place.longitude,
                e.place.population,
            )
            for e in entries
        ],
    )
    db.executemany("DELETE FROM names WHERE geonameid = ?", [(e.place.geonameid,) for e in entries])
    db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", _keys(((e.place.geonameid, n) for e in entries for n in e.names), key_of))


def _store_names(db: sqlite3.Connection, pairs: list[tuple[int, str]], key_of: Callable[[str], str | None]) -> None:
    """More spellings for places already imported (the others' names are not kept)."""
    db.executemany(
        "INSERT OR IGNORE INTO names SELECT ?, ? WHERE EXISTS (SELECT 1 FROM places WHERE geonameid = ?)",
        [(key, geonameid, geonameid) for key, geonameid in _keys(pairs, key_of)],
    )


def _keys(pairs: Iterable[tuple[int, str]], key_of: Callable[[str], str | None]) -> list[tuple[str, int]]:
    return [(key, geonameid) for geonameid, name in pairs if (key := key_of(name))]


def _gazetteer_key(name: str) -> str | None:

    return index_key(name)


class ImportedIndex:
    """Read-only lookups in the imported file, each spelling queried once per process."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._found: dict[str, list[tuple]] = {}

    def lookup(self, key: str) -> list[tuple]:
        """(geonameid, name, feature, country_code, admin1_code, latitude, longitude, population) rows."""
        found = self._found.get(key)
        if found is None:
            query = "SELECT p.* FROM names n JOIN places p USING (geonameid) WHERE n.key = ? ORDER BY p.geonameid"
            found = self._found[key] = self._db.execute(query, (key,)).fetchall()
        return found


def open_imported() -> ImportedIndex | None:
    """The imported places, or None when nothing was imported."""
    path = imported_path()
    if not path.is_file():
        return None
    try:
        return ImportedIndex(path)
    except sqlite3.Error as exc:
        logger.warning("the imported gazetteer %s cannot be opened (%s); looking up the built-in one only", path, exc)
        return None
