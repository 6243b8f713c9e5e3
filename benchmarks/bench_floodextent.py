"""Flood extent from a DEM: UrbanPlan vs a GDAL polygonize pipeline and Python flood fills.

Terrain: a synthetic DEM (smooth hills of a few tens of metres over kilometres, 1 m cells, a
0.02 m measurement noise like a LiDAR terrain model), generated once per size and cached in
bench_output/_cache (generation is not timed). The sea is the western raster edge.

Peers, honestly stated:
* ``gdal_polygonize``: what a QGIS user does without this tool — threshold the DEM (as the
  raster calculator / gdal_calc does), polygonize the wet mask (gdal.Polygonize, 8-connected),
  keep the polygons touching the source (OGR spatial filter), rasterize them back and compute
  the depth. Same cells as UrbanPlan (checked).
* ``python_bfs``: a plain breadth-first flood fill from the source cells (collections.deque).
* ``python_priority_flood`` (ponding): the textbook heap-based priority-flood of Barnes et al.
  (2014), Algorithm 1, in pure Python. Same filled surface as UrbanPlan (checked).
The Python peers run on smaller DEMs (their size is in the case name); the ratio is per case.
"""
from pathlib import Path

import numpy as np

from benchutil import timed

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench_output" / "_cache"


def synthetic_dem(n, seed=0):
    """n x n float32 terrain (metres), cached as .npy."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"dem_{n}_{seed}.npy"
    if path.exists():
        return np.load(path, mmap_mode=None)
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    m = n // 64 + 4
    hills = ndimage.gaussian_filter(rng.normal(0.0, 1.0, (m, m)), 1.5)
    hills = ndimage.zoom(hills, 64, order=1)[:n, :n].astype(np.float32)
    hills *= np.float32(10.0)
    dem = hills
    ramp = np.arange(n, dtype=np.float32) * np.float32(0.005)  # rises 0.5 % eastwards from the sea
    dem += ramp[None, :]
    for i in range(0, n, 1000):  # noise in row blocks keeps the float64 temporaries small
        dem[i:i + 1000] += rng.normal(0.0, 0.02, (min(1000, n - i), n)).astype(np.float32)
    np.save(path, dem)
    return dem


def _level(dem):
    """A water level that floods a sizeable share of the terrain."""
    return float(np.percentile(dem[::37, ::37], 30))


def _source(n):
    src = np.zeros((n, n), dtype=bool)
    src[:, 0] = True
    return src


def urbanplan_level(n):
    from urbanplan_plugin.core.flood.floodextent import flood_from_level
    dem = synthetic_dem(n)
    src = _source(n)
    res = {}
    with timed(res):
        out = flood_from_level(dem, _level(dem), sources=src, connectivity=8)
    res["note"] = f"{n}x{n}, {out.flooded_cells:,} cells wet"
    return res


def urbanplan_ponding(n):
    from urbanplan_plugin.core.flood.floodextent import ponding
    dem = synthetic_dem(n)
    res = {}
    with timed(res):
        out = ponding(dem, min_depth=0.1, connectivity=8)
    res["note"] = f"{n}x{n}, {out.flooded_cells:,} cells ponded"
    return res


def gdal_polygonize(n):
    """Threshold -> polygonize -> select polygons touching the source -> rasterize -> depth."""
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    dem = synthetic_dem(n)
    level = _level(dem)
    res = {}
    with timed(res):
        drv = gdal.GetDriverByName("MEM")
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32723)
        gt = (0.0, 1.0, 0.0, float(n), 0.0, -1.0)
        mask_ds = drv.Create("", n, n, 1, gdal.GDT_Byte)
        mask_ds.SetGeoTransform(gt)
        mask_ds.SetProjection(srs.ExportToWkt())
        band = mask_ds.GetRasterBand(1)
        band.WriteArray((dem < level).astype(np.uint8))  # the raster-calculator step
        vec = ogr.GetDriverByName("Memory").CreateDataSource("")
        layer = vec.CreateLayer("wet", srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
        gdal.Polygonize(band, band, layer, 0, ["8CONNECTED=8"])
        # the source: the western edge (column 0)
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ((0.1, 0.0), (0.9, 0.0), (0.9, n), (0.1, n), (0.1, 0.0)):
            ring.AddPoint_2D(x, y)
        src = ogr.Geometry(ogr.wkbPolygon)
        src.AddGeometry(ring)
        layer.SetSpatialFilter(src)
        keep = vec.CreateLayer("keep", srs, ogr.wkbPolygon)
        for feat in layer:
            if feat.GetGeometryRef().Intersects(src):
                out = ogr.Feature(keep.GetLayerDefn())
                out.SetGeometry(feat.GetGeometryRef().Clone())
                keep.CreateFeature(out)
        layer.SetSpatialFilter(None)
        wet_ds = drv.Create("", n, n, 1, gdal.GDT_Byte)
        wet_ds.SetGeoTransform(gt)
        wet_ds.SetProjection(srs.ExportToWkt())
        gdal.RasterizeLayer(wet_ds, [1], keep, burn_values=[1])
        wet = wet_ds.GetRasterBand(1).ReadAsArray().astype(bool)
        depth = np.where(wet, np.float32(level) - dem, np.nan).astype(np.float32)
    res["note"] = f"{n}x{n}, {int((~np.isnan(depth)).sum()):,} cells wet"
    return res


def python_bfs(n):
    from collections import deque
    dem = synthetic_dem(n)
    level = _level(dem)
    res = {}
    with timed(res):
        rows, cols = dem.shape
        below = dem < level
        seen = np.zeros(dem.shape, dtype=bool)
        queue = deque()
        for r in range(rows):
            if below[r, 0]:
                seen[r, 0] = True
                queue.append((r, 0))
        steps = ((0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1))
        while queue:
            r, c = queue.popleft()
            for dr, dc in steps:
                rr, cc = r + dr, c + dc
                if 0 <= rr < rows and 0 <= cc < cols and below[rr, cc] and not seen[rr, cc]:
                    seen[rr, cc] = True
                    queue.append((rr, cc))
    res["note"] = f"{n}x{n}, {int(seen.sum()):,} cells wet"
    return res


def python_priority_flood(n):
    import heapq
    dem = synthetic_dem(n)
    res = {}
    with timed(res):
        rows, cols = dem.shape
        filled = dem.astype(np.float64)
        closed = np.zeros(dem.shape, dtype=bool)
        heap = []
        for r in range(rows):
            for c in (0, cols - 1):
                heap.append((filled[r, c], r, c))
                closed[r, c] = True
        for c in range(1, cols - 1):
            for r in (0, rows - 1):
                heap.append((filled[r, c], r, c))
                closed[r, c] = True
        heapq.heapify(heap)
        steps = ((0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1))
        while heap:
            z, r, c = heapq.heappop(heap)
            for dr, dc in steps:
                rr, cc = r + dr, c + dc
                if 0 <= rr < rows and 0 <= cc < cols and not closed[rr, cc]:
                    closed[rr, cc] = True
                    if filled[rr, cc] < z:
                        filled[rr, cc] = z
                    heapq.heappush(heap, (filled[rr, cc], rr, cc))
        ponded = int(((filled - dem) > 0.1).sum())
    res["note"] = f"{n}x{n}, {ponded:,} cells ponded"
    return res


def cases(quick=False):
    if quick:
        return [
            ("water level 1 000 x 1 000", {
                "urbanplan": ("urbanplan_level", {"n": 1000}),
                "gdal_polygonize": ("gdal_polygonize", {"n": 1000}),
                "python_bfs": ("python_bfs", {"n": 1000}),
            }),
            ("ponding 600 x 600", {
                "urbanplan": ("urbanplan_ponding", {"n": 600}),
                "python_priority_flood": ("python_priority_flood", {"n": 600}),
            }),
        ]
    return [
        ("water level 2 000 x 2 000", {
            "urbanplan": ("urbanplan_level", {"n": 2000}),
            "gdal_polygonize": ("gdal_polygonize", {"n": 2000}),
            "python_bfs": ("python_bfs", {"n": 2000}),
        }),
        ("water level 10 000 x 10 000", {
            "urbanplan": ("urbanplan_level", {"n": 10000}),
            "gdal_polygonize": ("gdal_polygonize", {"n": 10000}),
        }),
        ("ponding 1 000 x 1 000", {
            "urbanplan": ("urbanplan_ponding", {"n": 1000}),
            "python_priority_flood": ("python_priority_flood", {"n": 1000}),
        }),
        ("ponding 10 000 x 10 000", {
            "urbanplan": ("urbanplan_ponding", {"n": 10000}),
        }),
    ]
