"""Building footprints x depth raster (zonal max/mean per footprint): UrbanPlan vs QGIS
native:zonalstatisticsfb.

Data (generated once per size and cached in bench_output/_cache; generation is not timed):
* a square depth raster of n x n cells of 1 m (float32; about 40 % of the cells dry);
* footprints: rotated rectangles of 5-9 m a side on a 10 m lattice over the raster (about 50
  cells each), as many as asked (1 000 000 on the 10 000 x 10 000 raster).

Tools, honestly stated:
* ``urbanplan_engine``: core.flood.floodexposure.footprint_stats on footprint arrays already in
  memory (max, mean, count and depth-class counts of the cells whose centre is inside each
  footprint) — the engine time of the issue's target.
* ``urbanplan_alg``: the whole urbanplan:floodexposure run through processing.run (reading the
  GeoPackage through QGIS, writing the output layer with all result fields).
* ``qgis_zonalstats``: native:zonalstatisticsfb (count, mean, max) on the same footprints and
  raster, end to end like urbanplan_alg. Run on all footprints (``subset`` can limit it; the
  time is then scaled linearly and the note says so). Its numbers are compared with
  UrbanPlan's engine on every footprint covering 2 or more cell centres (QGIS uses
  area-weighted partial cells below that).
Notes give CPU seconds too: on a shared machine the wall time of every tool grows with the load.
"""
import time
from pathlib import Path

import numpy as np

from benchutil import timed

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench_output" / "_cache"
X0, Y0 = 300000.0, 7500000.0
CRS = "EPSG:32723"


def depth_raster(n, seed=0):
    """n x n float32 depths (m): smooth ponds plus noise, about 40 % dry; cached as GeoTIFF."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"flood_depth_{n}_{seed}.tif"
    npy = CACHE / f"flood_depth_{n}_{seed}.npy"
    if path.exists() and npy.exists():
        return np.load(npy), str(path)
    rng = np.random.default_rng(seed)
    m = n // 50 + 2
    coarse = rng.normal(0.4, 1.0, (m, m)).astype(np.float32)
    from scipy import ndimage
    depth = ndimage.zoom(coarse, n / m, order=1)[:n, :n].astype(np.float32)
    for i in range(0, n, 1000):
        depth[i:i + 1000] += rng.normal(0.0, 0.05, (min(1000, n - i), n)).astype(np.float32)
    np.maximum(depth, 0.0, out=depth)
    np.save(npy, depth)
    from osgeo import gdal, osr
    ds = gdal.GetDriverByName("GTiff").Create(str(path), n, n, 1, gdal.GDT_Float32,
                                              ["TILED=YES", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((X0, 1.0, 0.0, Y0, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32723)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(depth)
    ds = None
    return depth, str(path)


def footprints(n_raster, count, seed=1):
    """(xy (5 * count, 2), count): closed rotated rectangles on a 10 m lattice."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(count)))
    spacing = min(10.0, (n_raster - 10.0) / side)
    k = np.arange(count)
    cx = X0 + 5 + (k % side) * spacing + rng.uniform(-1, 1, count)
    cy = Y0 - 5 - (k // side) * spacing + rng.uniform(-1, 1, count)
    w, h = rng.uniform(5, 9, count), rng.uniform(5, 9, count)
    w = np.minimum(w, spacing * 0.9)
    h = np.minimum(h, spacing * 0.9)
    a = rng.uniform(0, np.pi / 2, count)
    corners = np.array([[-.5, -.5], [.5, -.5], [.5, .5], [-.5, .5], [-.5, -.5]])
    dx = corners[None, :, 0] * w[:, None]
    dy = corners[None, :, 1] * h[:, None]
    x = cx[:, None] + dx * np.cos(a)[:, None] - dy * np.sin(a)[:, None]
    y = cy[:, None] + dx * np.sin(a)[:, None] + dy * np.cos(a)[:, None]
    return np.stack([x, y], -1).reshape(-1, 2), count


def polygon_set(xy, count):
    from urbanplan_plugin.core.geometry.rasterize import PolygonSet
    return PolygonSet(xy, np.arange(count + 1, dtype=np.int64) * 5,
                      np.arange(count, dtype=np.int64), count)


def footprint_gpkg(n_raster, count):
    """The first ``count`` footprints as a GeoPackage (cached)."""
    path = CACHE / f"footprints_{n_raster}_{count}.gpkg"
    if path.exists():
        return str(path)
    from osgeo import ogr, osr
    xy, _ = footprints(n_raster, count)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32723)
    lyr = ds.CreateLayer("footprints", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("bid", ogr.OFTInteger))
    defn = lyr.GetLayerDefn()
    ds.StartTransaction()
    for i in range(count):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in xy[5 * i:5 * i + 5]:
            ring.AddPoint_2D(float(x), float(y))
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        f = ogr.Feature(defn)
        f.SetField("bid", i)
        f.SetGeometry(poly)
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    return str(path)


def _raster(depth):
    from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
    n = depth.shape[0]
    return Raster(depth, np.zeros(depth.shape, dtype=bool), Grid(X0, Y0, 1.0, 1.0, n, n))


def urbanplan_engine(n_raster, count):
    from urbanplan_plugin.core.flood import floodexposure as flood
    depth, _ = depth_raster(n_raster)
    xy, _ = footprints(n_raster, count)
    polys = polygon_set(xy, count)
    classes = flood.load_class_presets()["inasafe"]
    raster = _raster(depth)
    res = {}
    cpu = time.process_time()
    with timed(res):
        st = flood.footprint_stats(polys, raster, classes, by_class=False)
    cpu = time.process_time() - cpu
    res["note"] = (f"{count:,} footprints, {int(st.cells_total.sum()):,} cells, "
                   f"{n_raster:,}x{n_raster:,} raster; CPU {cpu:.1f} s")
    return res


def _start_qgis():
    import os
    import sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    return app


def urbanplan_alg(n_raster, count):
    app = _start_qgis()
    from qgis import processing
    from qgis.core import QgsApplication

    from urbanplan_plugin.provider import UrbanPlanProvider
    provider = UrbanPlanProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _, tif = depth_raster(n_raster)
    gpkg = footprint_gpkg(n_raster, count)
    processing.run("urbanplan:floodexposure", {  # warm-up (imports, provider), not timed
        "HAZARD": tif, "EXPOSURE": footprint_gpkg(n_raster, 100), "OUTPUT": "TEMPORARY_OUTPUT"})
    res = {}
    cpu = time.process_time()
    with timed(res):
        out = processing.run("urbanplan:floodexposure", {
            "HAZARD": tif, "EXPOSURE": gpkg, "OUTPUT": "TEMPORARY_OUTPUT"})
    res["note"] = (f"{count:,} footprints end to end, {out['EXPOSED_COUNT']:,} exposed; "
                   f"CPU {time.process_time() - cpu:.1f} s")
    del app
    return res


def qgis_zonalstats(n_raster, count, subset):
    """native:zonalstatisticsfb on ``subset`` footprints; seconds scaled to ``count``."""
    app = _start_qgis()
    from qgis import processing

    from urbanplan_plugin.core.flood import floodexposure as flood
    depth, tif = depth_raster(n_raster)
    gpkg = footprint_gpkg(n_raster, subset)
    processing.run("native:zonalstatisticsfb", {  # warm-up, not timed
        "INPUT": footprint_gpkg(n_raster, 100), "INPUT_RASTER": tif, "RASTER_BAND": 1,
        "COLUMN_PREFIX": "q_", "STATISTICS": [0, 2, 6], "OUTPUT": "TEMPORARY_OUTPUT"})
    res = {}
    cpu = time.process_time()
    with timed(res):
        out = processing.run("native:zonalstatisticsfb", {
            "INPUT": gpkg, "INPUT_RASTER": tif, "RASTER_BAND": 1, "COLUMN_PREFIX": "q_",
            "STATISTICS": [0, 2, 6], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    cpu = time.process_time() - cpu
    measured = res["seconds"]
    # the same numbers? UrbanPlan's engine on the same subset
    xy, _ = footprints(n_raster, subset)
    st = flood.footprint_stats(polygon_set(xy, subset), _raster(depth))
    same = total = 0
    for f in out.getFeatures():
        if f["q_count"] is None or f["q_count"] < 2:
            continue
        i = int(f["bid"])
        total += 1
        if (abs(st.depth_max[i] - f["q_max"]) < 1e-6 and abs(st.depth_mean[i] - f["q_mean"]) < 1e-6
                and st.cells_inside[i] == int(f["q_count"])):
            same += 1
    res["seconds"] = measured * count / subset
    scale = count / subset
    res["note"] = (f"measured {measured:.1f} s (CPU {cpu:.1f} s) on {subset:,} footprints"
                   + (f", x{scale:,.0f} to {count:,}" if scale != 1 else "")
                   + f"; same max/mean/count on {same:,} of {total:,}")
    del app
    return res


def cases(quick=False):
    n, count = (2_000, 20_000) if quick else (10_000, 1_000_000)
    return [
        (f"{count:,} footprints, {n:,}² raster", {
            "urbanplan_engine": ("urbanplan_engine", {"n_raster": n, "count": count}),
            "urbanplan_alg": ("urbanplan_alg", {"n_raster": n, "count": count}),
            "qgis_zonalstats": ("qgis_zonalstats", {"n_raster": n, "count": count,
                                                     "subset": count}),
        }),
    ]
