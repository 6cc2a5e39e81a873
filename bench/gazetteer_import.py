"""Benchmark: `eventwire gazetteer import` at the scale of a full GeoNames dump.

GeoNames' allCountries.txt holds about 12 million places; this machine has no copy, so
the benchmark writes a dump of made-up places in the same 19-column format (with two
alternate spellings each, and an alternateNamesV2-format file with one more), imports it
into a temporary cache folder, and prints:

- the import time and rate, and the size of the imported SQLite file;
- the time to load the gazetteer afterwards (the built-in index, copied from the usual
  cache, is not rebuilt);
- lookups per second of imported names, first time (a query each) and again (cached).

The last line is one JSON object: `places`, `import_s`, `places_per_s`, `db_mb`,
`load_s`, `lookups_per_s`, `cached_lookups_per_s`.

    python bench/gazetteer_import.py                 # 1,000,000 places
    python bench/gazetteer_import.py --places 200000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import string
import tempfile
import time
from pathlib import Path

from eventwire.geo import gazetteer
from eventwire.geo.gazetteer_import import cache_root, import_geonames, imported_path

LOOKUPS = 20_000


def made_up_name(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 12))).capitalize()


def write_dump(folder: Path, places: int, seed: int = 7) -> tuple[Path, Path, list[str]]:
    rng = random.Random(seed)
    dump, alternates, names = folder / "allCountries.txt", folder / "alternateNamesV2.txt", []
    with dump.open("w", encoding="utf-8") as d, alternates.open("w", encoding="utf-8") as a:
        for i in range(places):
            geonameid, name = 90_000_000 + i, made_up_name(rng)
            names.append(name)
            spellings = f"{name}a,{name}o"
            lat, lon = rng.uniform(-60, 70), rng.uniform(-180, 180)
            d.write(
                f"{geonameid}\t{name}\t{name}\t{spellings}\t{lat:.5f}\t{lon:.5f}\tP\tPPL\tUA\t\t07\t\t\t\t{rng.randint(0, 5000)}\t\t100\tEurope/Kyiv\t2024-01-01\n"
            )
            a.write(f"{i}\t{geonameid}\ten\t{name}y\t\t\t\t\t\t\n")
    return dump, alternates, names


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--places", type=int, default=1_000_000)
    args = parser.parse_args(argv)

    gazetteer.load_gazetteer()  # the built-in index, in the usual cache
    built_in = list(cache_root().glob("gaz-*.pickle"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "cache").mkdir()
        for index in built_in:
            shutil.copy(index, folder / "cache" / index.name)
        os.environ["EVENTWIRE_CACHE"] = str(folder / "cache")
        dump, alternates, names = write_dump(folder, args.places)
        print(f"dump: {args.places:,} made-up places, {dump.stat().st_size / 1e6:.0f} MB (+ {alternates.stat().st_size / 1e6:.0f} MB alternate names)")

        started = time.perf_counter()
        count = import_geonames(dump, alternates)
        import_s = time.perf_counter() - started
        db_mb = imported_path().stat().st_size / 1e6
        print(f"import: {count:,} places in {import_s:.1f} s ({count / import_s:,.0f} places/s); SQLite file {db_mb:.0f} MB")

        gazetteer.load_gazetteer.cache_clear()
        started = time.perf_counter()
        loaded = gazetteer.load_gazetteer()
        load_s = time.perf_counter() - started
        print(f"load after import: {load_s:.2f} s (built-in index not rebuilt)")

        sample = random.Random(1).sample(names, min(LOOKUPS, len(names)))
        rates = []
        for label in ("first", "again"):
            started = time.perf_counter()
            found = sum(1 for name in sample if loaded.lookup(name))
            elapsed = time.perf_counter() - started
            rates.append(len(sample) / elapsed)
            print(f"lookups ({label}): {len(sample):,} in {elapsed:.2f} s -> {rates[-1]:,.0f}/s; {found:,} found")

    figures = {
        "places": count,
        "import_s": round(import_s, 1),
        "places_per_s": round(count / import_s),
        "db_mb": round(db_mb),
        "load_s": round(load_s, 3),
        "lookups_per_s": round(rates[0]),
        "cached_lookups_per_s": round(rates[1]),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
