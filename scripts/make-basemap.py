#!/usr/bin/env python3
"""Builds data/basemap/basemap.bin from Natural Earth 1:10m admin-0 country polygons.

Usage: scripts/make-basemap.py [--source ZIP] [--output FILE]

The source defaults to $TUMEN_GEODATA/ne_10m_admin_0_countries_deu.zip, else to
../shared/geodata/ (relative to the repository root, or to its parent); the output defaults to data/basemap/basemap.bin. The app reads only the
output, never the source. The result is deterministic: the same source gives the same bytes,
which tests/basemap-reproduces.sh checks. data/basemap/README.md documents the format.

What it does, and why:
- Region layers: every country polygon ring is simplified (Douglas-Peucker, on the whole
  ring so that clipping cannot create shortcuts), then clipped to the region box
  (Sutherland-Hodgman). Three tolerances serve three zoom ranges; the finest keeps the
  Tumen and Yalu rivers (the China/North Korea border) as a line at the border zoom.
- A world layer at one coarse tolerance, unclipped, for views outside the region.
- Coordinates are quantized to a per-layer step and written as zigzag varint deltas.
"""

import argparse
import io
import os
import sys
import unicodedata
import zipfile

import shapefile  # pyshp

MAGIC = b"TUMENMAP1\n"
MICRO = 1_000_000  # header values are in millionths of a degree

# (name, clip box (west, south, east, north) or None, tolerance in degrees, quantization step)
REGION = (90.0, 8.0, 135.0, 52.0)
LAYERS = [
    ("region-fine", REGION, 0.01, 0.002),
    ("region-medium", REGION, 0.04, 0.005),
    ("region-coarse", REGION, 0.15, 0.02),
    ("world", None, 0.3, 0.05),
]


def read_countries(path):
    """Yields (code, name, label point, [ring, ...]) per country, rings as lists of
    (lon, lat), in file order. The name is the shorter of NAME and NAME_EN ("North Korea"
    rather than "Dem. Rep. Korea", "China" rather than "People's Republic of China"),
    without accents."""
    archive = zipfile.ZipFile(path)
    stem = next(n[:-4] for n in archive.namelist() if n.endswith(".shp"))
    reader = shapefile.Reader(
        shp=io.BytesIO(archive.read(stem + ".shp")),
        shx=io.BytesIO(archive.read(stem + ".shx")),
        dbf=io.BytesIO(archive.read(stem + ".dbf")),
    )
    for item in reader.iterShapeRecords():
        shape = item.shape
        parts = list(shape.parts) + [len(shape.points)]
        rings = [[tuple(p[:2]) for p in shape.points[a:b]] for a, b in zip(parts, parts[1:])]
        record = item.record
        name = min([record["NAME"], record["NAME_EN"]], key=lambda n: (len(n), n))
        # ASCII, so the map's country names show on any terminal ("Curaçao" -> "Curacao").
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
        yield record["ADM0_A3"], name, (record["LABEL_X"], record["LABEL_Y"]), rings


def perpendicular_distance(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def douglas_peucker(points, tolerance):
    """Iterative Douglas-Peucker on an open polyline; keeps both ends."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = perpendicular_distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, tolerance):
    """Splits the closed ring at its first point and the point farthest from it, so both
    halves are open polylines Douglas-Peucker can handle. Returns the ring without its
    closing duplicate, or None when nothing of size is left."""
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        return None
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    if max(xs) - min(xs) < tolerance and max(ys) - min(ys) < tolerance:
        return None  # an island smaller than the tolerance
    start = ring[0]
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - start[0]) ** 2 + (ring[i][1] - start[1]) ** 2)
    first = douglas_peucker(ring[: far + 1], tolerance)
    second = douglas_peucker(ring[far:] + [start], tolerance)
    result = first[:-1] + second[:-1]
    return result if len(result) >= 3 else None


def clip_ring(ring, box):
    """Sutherland-Hodgman against an axis-aligned box. Edges it adds lie on the box
    boundary; the renderer does not draw those."""
    west, south, east, north = box
    edges = [
        (lambda p: p[0] >= west, lambda a, b: cut_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: cut_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: cut_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: cut_y(a, b, north)),
    ]
    points = ring
    for inside, cut in edges:
        if not points:
            break
        output = []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    output.append(cut(previous, current))
                output.append(current)
            elif inside(previous):
                output.append(cut(previous, current))
            previous = current
        points = output
    return points


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def intersects(ring, box):
    west, south, east, north = box
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north


def quantize(ring, step):
    """Integer grid coordinates, dropping points that collapse onto their predecessor."""
    out = []
    for lon, lat in ring:
        q = (int(round(lon / step)), int(round(lat / step)))
        if not out or out[-1] != q:
            out.append(q)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out if len(out) >= 3 else None


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def zigzag(value):
    return varint((value << 1) if value >= 0 else ((-value << 1) - 1))


def build_layer(countries, box, tolerance, step):
    shapes = []
    for code, name, label, rings in countries:
        kept = []
        for ring in rings:
            if box is not None and not intersects(ring, box):
                continue
            simple = simplify_ring(ring, tolerance)
            if simple is None:
                continue
            if box is not None:
                simple = clip_ring(simple, box)
                if len(simple) < 3:
                    continue
            q = quantize(simple, step)
            if q is not None:
                kept.append(q)
        if kept:
            shapes.append((code, name, label, kept))
    return shapes


def encode_layer(name, box, tolerance, step, shapes):
    out = bytearray()
    name_bytes = name.encode("ascii")
    out += varint(len(name_bytes)) + name_bytes
    west, south, east, north = box if box is not None else (-180.0, -90.0, 180.0, 90.0)
    for value in (west, south, east, north):
        out += zigzag(int(round(value * MICRO)))
    out += varint(int(round(tolerance * MICRO))) + varint(int(round(step * MICRO)))
    out += varint(len(shapes))
    x = y = 0
    points = 0
    for code, name, label, rings in shapes:
        for text in (code, name):
            encoded = text.encode("utf-8")
            out += varint(len(encoded)) + encoded
        out += zigzag(int(round(label[0] * MICRO))) + zigzag(int(round(label[1] * MICRO)))
        out += varint(len(rings))
        for ring in rings:
            out += varint(len(ring))
            for qx, qy in ring:
                out += zigzag(qx - x) + zigzag(qy - y)
                x, y = qx, qy
            points += len(ring)
    return bytes(out), points


def default_source(root):
    """$TUMEN_GEODATA, else shared/geodata beside the clone (or beside its parent, for a
    git worktree kept one level down)."""
    name = "ne_10m_admin_0_countries_deu.zip"
    if os.environ.get("TUMEN_GEODATA"):
        return os.path.join(os.environ["TUMEN_GEODATA"], name)
    candidates = [os.path.join(root, "..", "shared", "geodata", name),
                  os.path.join(root, "..", "..", "shared", "geodata", name)]
    return next((c for c in candidates if os.path.exists(c)), candidates[0])


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", default=default_source(root))
    parser.add_argument("--output", default=os.path.join(root, "data", "basemap", "basemap.bin"))
    args = parser.parse_args()
    if not os.path.exists(args.source):
        print(f"make-basemap: source not found: {args.source}", file=sys.stderr)
        return 66
    countries = list(read_countries(args.source))
    body = bytearray(MAGIC)
    body += varint(len(LAYERS))
    for name, box, tolerance, step in LAYERS:
        shapes = build_layer(countries, box, tolerance, step)
        encoded, points = encode_layer(name, box, tolerance, step, shapes)
        body += varint(len(encoded)) + encoded
        rings = sum(len(shape[3]) for shape in shapes)
        print(f"{name}: {len(shapes)} countries, {rings} rings, {points} points, {len(encoded)} bytes", file=sys.stderr)
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "wb") as f:
        f.write(bytes(body))
    print(f"wrote {args.output}: {len(body)} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
