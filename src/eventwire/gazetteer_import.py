"""Gazetteer import: add a full GeoNames dump to the offline gazetteer.

For users who have one: ``allCountries.txt`` or a country file such as ``UA.txt``
(GeoNames' 19-column tab-separated format) and, optionally, ``alternateNamesV2.txt``
(10 columns) for more spellings. Populated places, administrative divisions, countries,
rivers and other named features are kept; everything is written to
``imported-geonames.tsv`` in the gazetteer cache folder, merged with earlier imports by
GeoNames id, and the next ``load_gazetteer`` rebuilds the index with it.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .models import Place

IMPORTED_FILE = "imported-geonames.tsv"
DUMP_COLUMNS = 19
ALTERNATE_NAME_COLUMNS = 10
NAME_SEPARATOR = "|"
NON_NAME_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "abbr", "unlc", "tcid"})
FEATURES_BY_CODE = {"PCLI": "country", "PCLD": "country", "PCLIX": "country", "ADM1": "region", "ADM2": "region", "ADM3": "region", "STM": "river", "STMS": "river"}
FEATURES_BY_CLASS = {"P": "city", "A": "region", "H": "landmark", "L": "landmark", "S": "landmark", "T": "landmark", "V": "landmark"}
FIELDS = ("geonameid", "name", "feature", "country_code", "admin1_code", "latitude", "longitude", "population", "names")


@dataclass(frozen=True)
class ImportedPlace:
    place: Place
    names: tuple[str, ...]


def cache_root() -> Path:
    return Path(os.environ.get("EVENTWIRE_CACHE") or Path.home() / ".cache" / "eventwire")


def imported_path() -> Path:
    return cache_root() / IMPORTED_FILE


def import_geonames(dump: str | Path, alternate_names: str | Path | None = None) -> int:
    """Merge a GeoNames dump (and its alternate names) into the imported places; returns their count."""
    dump = Path(dump)
    if not dump.is_file():
        raise ConfigError(f"GeoNames dump {str(dump)!r} does not exist")
    extra_names = read_alternate_names(Path(alternate_names)) if alternate_names else {}
    merged = {p.place.geonameid: p for p in load_imported()}
    for entry in read_dump(dump):
        names = entry.names + tuple(extra_names.get(entry.place.geonameid, ()))
        merged[entry.place.geonameid] = ImportedPlace(entry.place, tuple(dict.fromkeys(names)))
    _write_imported(sorted(merged.values(), key=lambda p: p.place.geonameid))
    return len(merged)


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


def read_alternate_names(path: Path) -> dict[int, list[str]]:
    """geonameid -> extra names from ``alternateNamesV2.txt`` (links, codes and postcodes skipped)."""
    names: dict[int, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 4:
                raise ConfigError(f"{path.name}:{number}: expected {ALTERNATE_NAME_COLUMNS} tab-separated alternate-name columns")
            if columns[2] not in NON_NAME_LANGUAGES and columns[3]:
                names[int(columns[1])].append(columns[3])
    return names


def load_imported() -> list[ImportedPlace]:
    """The places imported so far (none when nothing was imported)."""
    path = imported_path()
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [_from_row(row) for row in csv.DictReader(handle, delimiter="\t")]


def imported_fingerprint() -> str:
    path = imported_path()
    if not path.is_file():
        return "none"
    stat = path.stat()
    return f"{stat.st_size}-{int(stat.st_mtime_ns)}"


def _from_row(row: dict[str, str]) -> ImportedPlace:
    place = Place(
        geonameid=int(row["geonameid"]),
        name=row["name"],
        feature=row["feature"],  # type: ignore[arg-type]
        country_code=row["country_code"],
        country=row["country_code"],
        admin1=None,
        admin1_code=row["admin1_code"] or None,
        latitude=float(row["latitude"]),
        longitude=float(row["longitude"]),
        population=int(row["population"] or 0),
    )
    return ImportedPlace(place, tuple(row["names"].split(NAME_SEPARATOR)))


def _write_imported(entries: list[ImportedPlace]) -> None:
    path = imported_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(FIELDS)
        for entry in entries:
            p = entry.place
            names = NAME_SEPARATOR.join(n.replace(NAME_SEPARATOR, " ") for n in entry.names)
            writer.writerow([p.geonameid, p.name, p.feature, p.country_code, p.admin1_code or "", p.latitude, p.longitude, p.population, names])
    temporary.replace(path)
