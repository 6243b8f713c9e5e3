"""Synthetic small cities for the scale demo, the batch benchmark and the batch tests.

A city is a street grid whose junctions are moved a few metres at random (so no two streets are
exactly as long and no home is exactly as far from two streets), homes (points with population,
children and elderly counts) inside the blocks, and services (points with a category) at random
blocks. Cities are laid out side by side, far enough apart not to touch, in EPSG:32723 (UTM 23 S,
the CRS of the bundled São Paulo sample) so every file is in metres. Everything is seeded: the
same arguments give the same files.
"""
import os

import numpy as np

from ..core.network.build import LineSet, build_network
from . import ogr_io
from .network import write_prepared

CRS = "EPSG:32723"
ORIGIN = (300000.0, 7390000.0)
CATEGORIES = ("school", "clinic", "grocery", "pharmacy")


def grid_city(rng, x0, y0, blocks=10, spacing=100.0, jitter=6.0, homes_per_block=3,
              services=None):
    """(street lines, homes (xy, population, children, elderly), services (xy, category)).
    ``services``: how many of each of :data:`CATEGORIES` (default: about one school per 25
    blocks, a clinic per 50, a grocery per 20, a pharmacy per 50)."""
    if services is None:
        nb2 = blocks * blocks
        services = tuple(max(1, int(round(nb2 / d))) for d in (25, 50, 20, 50))
    n = blocks + 1
    jx = x0 + np.arange(n)[:, None] * spacing + rng.uniform(-jitter, jitter, (n, n))
    jy = y0 + np.arange(n)[None, :] * spacing + rng.uniform(-jitter, jitter, (n, n))
    lines = [np.c_[jx[:, j], jy[:, j]] for j in range(n)]
    lines += [np.c_[jx[i, :], jy[i, :]] for i in range(n)]
    nb = blocks * blocks * homes_per_block
    bi = rng.integers(0, blocks, nb)
    bj = rng.integers(0, blocks, nb)
    hx = x0 + (bi + rng.uniform(0.15, 0.85, nb)) * spacing
    hy = y0 + (bj + rng.uniform(0.15, 0.85, nb)) * spacing
    pop = rng.integers(1, 60, nb).astype(float)
    children = np.floor(pop * rng.uniform(0.0, 0.3, nb))
    elderly = np.floor(pop * rng.uniform(0.0, 0.25, nb))
    sxy, scat = [], []
    for cat, count in zip(CATEGORIES, services):
        k = int(count)
        si = rng.integers(0, blocks, k)
        sj = rng.integers(0, blocks, k)
        sxy.append(np.c_[x0 + (si + rng.uniform(0.1, 0.9, k)) * spacing,
                         y0 + (sj + rng.uniform(0.1, 0.9, k)) * spacing])
        scat += [cat] * k
    return (lines, (np.c_[hx, hy], pop, children, elderly),
            (np.vstack(sxy) if sxy else np.empty((0, 2)), scat))


def _point_wkb(x, y):
    import struct
    return struct.pack("<BIdd", 1, 1, float(x), float(y))


def _polygon_wkb(x0, y0, x1, y1):
    import struct
    ring = np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], dtype="<f8")
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + ring.tobytes()


def write_region(folder, cities=4, blocks=10, seed=1, gap=400.0, tiles=None, spacing=100.0):
    """Write a region of ``cities`` synthetic cities (in a square-ish layout) to ``folder``:
    ``streets.gpkg`` (lines), ``network.gpkg`` (the prepared network with stored arrays),
    ``homes.gpkg``, ``services.gpkg`` and ``areas.gpkg`` (one boundary per city, field
    ``city``), plus, with ``tiles=(nx, ny)``, ``tiles.gpkg`` (a regular tiling of the region,
    field ``tile``). Returns {name: path}."""
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(seed)
    side = blocks * spacing
    per_row = int(np.ceil(np.sqrt(cities)))
    all_lines, homes, services, bounds = [], [], [], []
    for c in range(cities):
        x0 = ORIGIN[0] + (c % per_row) * (side + gap)
        y0 = ORIGIN[1] + (c // per_row) * (side + gap)
        lines, h, s = grid_city(rng, x0, y0, blocks, spacing)
        all_lines += lines
        homes.append(h)
        services.append(s)
        bounds.append((x0 - gap / 2, y0 - gap / 2, x0 + side + gap / 2, y0 + side + gap / 2))
    srs = ogr_io.srs_from_user(CRS)
    _, ogr, _ = ogr_io.gdal_modules()
    paths = {k: os.path.join(folder, f"{k}.gpkg")
             for k in ("streets", "network", "homes", "services", "areas")}

    w = ogr_io.GpkgWriter(paths["streets"])
    lw = w.layer("streets", srs, ogr.wkbLineString, (), [("highway", "string")])
    lw.write([["residential"] for _ in all_lines],
             [_line(xy) for xy in all_lines])
    w.close()
    net = build_network(LineSet.from_lines(all_lines), tolerance=0.5, crs=CRS)
    write_prepared(paths["network"], net, srs)

    w = ogr_io.GpkgWriter(paths["homes"])
    lw = w.layer("homes", srs, ogr.wkbPoint, (),
                 [("home_id", "int64"), ("population", "double"), ("children", "double"),
                  ("elderly", "double"), ("city", "string")])
    rows, geoms, k = [], [], 0
    for c, (xy, pop, ch, el) in enumerate(homes):
        for i in range(len(xy)):
            rows.append([k, pop[i], ch[i], el[i], f"city{c:03d}"])
            geoms.append(_point_wkb(*xy[i]))
            k += 1
    lw.write(rows, geoms)
    w.close()

    w = ogr_io.GpkgWriter(paths["services"])
    lw = w.layer("services", srs, ogr.wkbPoint, (), [("category", "string")])
    rows, geoms = [], []
    for xy, cat in services:
        for i in range(len(xy)):
            rows.append([cat[i]])
            geoms.append(_point_wkb(*xy[i]))
    lw.write(rows, geoms)
    w.close()

    w = ogr_io.GpkgWriter(paths["areas"])
    lw = w.layer("areas", srs, ogr.wkbPolygon, (), [("city", "string")])
    lw.write([[f"city{c:03d}"] for c in range(cities)], [_polygon_wkb(*b) for b in bounds])
    w.close()

    # parks: squares filling one block (or 2 x 2 blocks), a few per city
    w = ogr_io.GpkgWriter(paths.setdefault("parks", os.path.join(folder, "parks.gpkg")))
    lw = w.layer("parks", srs, ogr.wkbPolygon, (), [("leisure", "string")])
    rows, geoms = [], []
    for b in bounds:
        x0, y0 = b[0] + gap / 2, b[1] + gap / 2
        for k in range(max(1, blocks // 4)):
            size = 2 if k % 3 == 0 else 1
            i, j = rng.integers(0, blocks - size + 1, 2)
            px, py = x0 + i * spacing + 12.0, y0 + j * spacing + 12.0
            geoms.append(_polygon_wkb(px, py, px + size * spacing - 24.0,
                                      py + size * spacing - 24.0))
            rows.append(["park"])
    lw.write(rows, geoms)
    w.close()
    # built-up area: each city's street grid
    w = ogr_io.GpkgWriter(paths.setdefault("builtup", os.path.join(folder, "builtup.gpkg")))
    lw = w.layer("builtup", srs, ogr.wkbPolygon, (), [("city", "string")])
    lw.write([[f"city{c:03d}"] for c in range(cities)],
             [_polygon_wkb(b[0] + gap / 2, b[1] + gap / 2, b[2] - gap / 2, b[3] - gap / 2)
              for b in bounds])
    w.close()
    # buildings: a 12 m square around every home
    w = ogr_io.GpkgWriter(paths.setdefault("buildings", os.path.join(folder, "buildings.gpkg")))
    lw = w.layer("buildings", srs, ogr.wkbPolygon, (),
                 [("building_id", "int64"), ("population", "double")])
    rows, geoms, k = [], [], 0
    for xy, pop, _, _ in homes:
        for i in range(len(xy)):
            rows.append([k, pop[i]])
            geoms.append(_polygon_wkb(xy[i, 0] - 6, xy[i, 1] - 6, xy[i, 0] + 6, xy[i, 1] + 6))
            k += 1
    lw.write(rows, geoms)
    w.close()
    # a flood depth raster (10 m cells): a river band across every city, deepest in its middle
    b = np.array(bounds)
    rx0, ry0, rx1, ry1 = b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()
    cell = 10.0
    cols, nrows = int(np.ceil((rx1 - rx0) / cell)), int(np.ceil((ry1 - ry0) / cell))
    xc = rx0 + (np.arange(cols) + 0.5) * cell
    yc = ry1 - (np.arange(nrows) + 0.5) * cell
    local = np.mod(yc[:, None] - ORIGIN[1] + 0.3 * (xc[None, :] - ORIGIN[0]), side + gap)
    depth = np.clip(2.2 - np.abs(local - side / 2) / 60.0, 0.0, None).astype(np.float32)
    depth[depth <= 0] = -9999.0
    gdal, _, _ = ogr_io.gdal_modules()
    paths["hazard"] = os.path.join(folder, "hazard.tif")
    ds = gdal.GetDriverByName("GTiff").Create(paths["hazard"], cols, nrows, 1, gdal.GDT_Float32,
                                              options=["COMPRESS=DEFLATE", "TILED=YES"])
    ds.SetGeoTransform((rx0, cell, 0.0, ry1, 0.0, -cell))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(depth)
    ds = None

    if tiles:
        nx, ny = tiles
        b = np.array(bounds)
        x0, y0, x1, y1 = b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()
        xs, ys = np.linspace(x0, x1, nx + 1), np.linspace(y0, y1, ny + 1)
        paths["tiles"] = os.path.join(folder, "tiles.gpkg")
        w = ogr_io.GpkgWriter(paths["tiles"])
        lw = w.layer("tiles", srs, ogr.wkbPolygon, (), [("tile", "string")])
        rows, geoms = [], []
        for j in range(ny):
            for i in range(nx):
                rows.append([f"t{j:02d}_{i:02d}"])
                geoms.append(_polygon_wkb(xs[i], ys[j], xs[i + 1], ys[j + 1]))
        lw.write(rows, geoms)
        w.close()
    return paths


def _line(xy):
    import struct
    xy = np.ascontiguousarray(xy, dtype="<f8")
    return struct.pack("<BII", 1, 2, len(xy)) + xy.tobytes()
