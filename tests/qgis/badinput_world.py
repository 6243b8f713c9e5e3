"""A tiny, hand-built city for the bad-input catalogue (tests/qgis/test_bad_input_catalogue.py).

Everything lies in WGS 84 / UTM zone 35N (EPSG:32635) near Helsinki (60.2° N, where Web Mercator
stretches lengths by 1/cos 60° = 2), in a 400 m x 400 m square with its south-west corner at
(X0, Y0):

- streets: a 5 x 5 grid of lines 100 m apart (every junction a shared vertex), fields
  ``name`` and ``highway``;
- homes: 9 points in the blocks at (35 + 100 i, 55 + 100 j), each 35 m from its nearest street
  (never two streets at the same distance), fields ``pop`` (10 + i + 3j),
  ``kids`` (2), ``zone_name``;
- services: a school at (100, 150) and a shop at (300, 250), on streets, field ``category``;
- zones: West (x < 200) and East, field ``name``;
- built-up area: the whole square; a park (210..290, 210..290);
- buildings: 4 squares 20 m wide around (50, 50), (150, 150), (250, 250), (350, 350), fields
  ``value``, ``pop``;
- DEM: 21 x 21 cells of 20 m (from half a cell outside the square), a bowl 10 m deep at the
  centre (z = 10 + (r / 20)² / 10 for the distance r from the centre in metres, capped at 30),
  nodata -9999 flagged;
- depth rasters (10- and 100-year events): water 1 m deep at the centre, less outward;
- hazard polygons: a square (150..250, 150..250) 0.8 m deep;
- a small OSM XML file with the same street grid (lat/lon) and a school node.

Files are written once into a folder the caller gives; every variant a case needs (an empty
layer, a layer without CRS...) is a memory layer or a small file made by the helpers below.
"""
import json
import os

import numpy as np

CRS = "EPSG:32635"
X0, Y0 = 385000.0, 6672000.0
SIZE = 400.0
STEP = 100.0


def xy(x, y):
    return f"{X0 + x:.3f} {Y0 + y:.3f}"


def street_wkts():
    n = int(SIZE / STEP)
    out = []
    for k in range(n + 1):
        c = k * STEP
        out.append("LineString (" + ", ".join(xy(c, j * STEP) for j in range(n + 1)) + ")")
        out.append("LineString (" + ", ".join(xy(i * STEP, c) for i in range(n + 1)) + ")")
    return out


def square(x, y, half):
    pts = [(x - half, y - half), (x + half, y - half), (x + half, y + half),
           (x - half, y + half), (x - half, y - half)]
    return "Polygon ((" + ", ".join(xy(a, b) for a, b in pts) + "))"


def box(x0, y0, x1, y1):
    return square((x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2) if x1 - x0 == y1 - y0 else \
        "Polygon ((" + ", ".join(xy(a, b) for a, b in
                                 [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]) + "))"


HOMES = [((35 + 100 * i, 55 + 100 * j), 10 + i + 3 * j) for j in range(3) for i in range(3)]
SERVICES = [((100, 150), "school"), ((300, 250), "shop")]
BUILDINGS = [((50, 50), 100000.0, 4), ((150, 150), 200000.0, 6), ((250, 250), 150000.0, 5),
             ((350, 350), 50000.0, 3)]


def memory_layer(geom_type, crs, features, fields=(), name="test"):
    """A memory layer from WKT (or (wkt, attrs)) items; ``crs`` "" for a layer without CRS."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    parts = [f"crs={crs}"] if crs else []
    parts += [f"field={fname}:{kind}" for fname, kind in fields]
    spec = f"{geom_type}?" + "&".join(parts)
    layer = QgsVectorLayer(spec, name, "memory")
    assert layer.isValid(), spec
    feats = []
    for item in features:
        wkt, attrs = (item, []) if item is None or isinstance(item, str) else item
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry())
        if attrs:
            f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    if not crs:
        from qgis.core import QgsCoordinateReferenceSystem
        layer.setCrs(QgsCoordinateReferenceSystem())   # QGIS would assign its default CRS
    return layer


def write_layer(layer, path, layer_name=None, driver="GPKG"):
    """Save a layer to a file and return its path (with |layername= for GeoPackages)."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = driver
    if layer_name:
        opts.layerName = layer_name
    if os.path.exists(path):
        opts.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    res = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path),
                                                    QgsCoordinateTransformContext(), opts)
    assert res[0] == QgsVectorFileWriter.WriterError.NoError, res
    return f"{path}|layername={layer_name}" if layer_name else str(path)


def write_tif(path, array, x0, y1, cell, crs_wkt, nodata=None, dtype="Float32"):
    from osgeo import gdal
    rows, cols = array.shape
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), cols, rows, 1, getattr(gdal, f"GDT_{dtype}"))
    assert ds is not None, path
    ds.SetGeoTransform((x0, cell, 0.0, y1, 0.0, -cell))
    if crs_wkt:
        ds.SetProjection(crs_wkt)
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(float(nodata))
    band.WriteArray(array)
    band.FlushCache()
    ds = None
    return str(path)


def crs_wkt(authid=CRS):
    from osgeo import osr
    s = osr.SpatialReference()
    s.SetFromUserInput(authid)
    return s.ExportToWkt()


RASTER_X0, RASTER_Y1, RASTER_N = X0 - 10.0, Y0 + SIZE + 10.0, 21
"""Rasters start half a cell outside the square, so every street runs through cell centres
(never along a cell border, where a vertex moved by 1e-9 m would change the cell it samples)."""


def dem_array(cell=20.0, n=RASTER_N):
    c = (np.arange(n) + 0.5) * cell - 10.0
    xx, yy = np.meshgrid(c, SIZE - c)
    r = np.hypot(xx - SIZE / 2, yy - SIZE / 2)
    return np.minimum(10.0 + (r / 20.0) ** 2 / 10.0, 30.0).astype(np.float32)


def depth_array(peak=1.0, cell=20.0, n=RASTER_N):
    c = (np.arange(n) + 0.5) * cell - 10.0
    xx, yy = np.meshgrid(c, SIZE - c)
    r = np.hypot(xx - SIZE / 2, yy - SIZE / 2)
    return np.maximum(peak * (1.0 - r / 150.0), 0.0).astype(np.float32)


def lonlat(x, y):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsPointXY,
        QgsProject,
    )
    t = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS),
                               QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    p = t.transform(QgsPointXY(X0 + x, Y0 + y))
    return p.x(), p.y()


def osm_xml():
    """The street grid as OSM XML (nodes at every junction, one way per street) and a school."""
    n = int(SIZE / STEP)
    nodes, ways = [], []
    nid = {}
    for i in range(n + 1):
        for j in range(n + 1):
            k = len(nid) + 1
            nid[(i, j)] = k
            lon, lat = lonlat(i * STEP, j * STEP)
            nodes.append(f'  <node id="{k}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"/>')
    w = 1000
    for k in range(n + 1):
        for refs in ([nid[(k, j)] for j in range(n + 1)], [nid[(i, k)] for i in range(n + 1)]):
            w += 1
            nds = "".join(f'<nd ref="{r}"/>' for r in refs)
            ways.append(f'  <way id="{w}" version="1">{nds}'
                        f'<tag k="highway" v="residential"/><tag k="name" v="Street {w}"/></way>')
    lon, lat = lonlat(100, 150)
    nodes.append(f'  <node id="9001" version="1" lat="{lat:.7f}" lon="{lon:.7f}">'
                 f'<tag k="amenity" v="school"/><tag k="name" v="School"/></node>')
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" generator=\"test\">\n"
            + "\n".join(nodes + ways) + "\n</osm>\n")


class World:
    """The city's files in ``folder`` (see the module doc) and helpers for variants."""

    def __init__(self, folder):
        self.folder = str(folder)
        os.makedirs(self.folder, exist_ok=True)
        f = self.path
        self.gpkg = f("city.gpkg")
        self.streets = write_layer(self.streets_layer(), self.gpkg, "streets")
        self.homes = write_layer(self.homes_layer(), self.gpkg, "homes")
        self.services = write_layer(self.services_layer(), self.gpkg, "services")
        self.zones = write_layer(self.zones_layer(), self.gpkg, "zones")
        self.builtup = write_layer(memory_layer("Polygon", CRS, [box(0, 0, SIZE, SIZE)]),
                                   self.gpkg, "builtup")
        self.parks = write_layer(memory_layer("Polygon", CRS, [(box(210, 210, 290, 290),
                                                                ["park"])],
                                              [("kind", "string")]), self.gpkg, "parks")
        self.buildings = write_layer(self.buildings_layer(), self.gpkg, "buildings")
        self.hazard_polys = write_layer(memory_layer(
            "Polygon", CRS, [(box(150, 150, 250, 250), [0.8])], [("depth", "double")]),
            self.gpkg, "hazard")
        self.dem = self.tif("dem.tif", dem_array(), nodata=-9999)
        self.depth10 = self.tif("depth_10.tif", depth_array(0.5), nodata=-9999)
        self.depth100 = self.tif("depth_100.tif", depth_array(1.0), nodata=-9999)
        self.osm = f("city.osm")
        with open(self.osm, "w", encoding="utf-8") as fh:
            fh.write(osm_xml())
        self.scenario_file = f("scenario.json")
        self.write_scenario(self.scenario_file, [f"Point ({xy(300, 50)})"])
        self.curve_csv = f("curve.csv")
        with open(self.curve_csv, "w", encoding="utf-8") as fh:
            fh.write("depth_m,damage_fraction\n0,0\n0.5,0.3\n1,0.5\n2,0.8\n")

    def path(self, name):
        return os.path.join(self.folder, name)

    def tif(self, name, array, nodata=None, crs=CRS, folder=None):
        """A raster on the city's grid (21 x 21 cells of 20 m) in ``folder`` (default: the
        city's)."""
        return write_tif(os.path.join(folder or self.folder, name), array, RASTER_X0, RASTER_Y1,
                         20.0, crs_wkt(crs) if crs else "", nodata)

    # -- layers (memory copies for variants) ----------------------------------------------------
    def streets_layer(self, crs=CRS, extra=()):
        feats = [(w, [f"Street {k}", "residential"]) for k, w in enumerate(street_wkts())]
        feats += list(extra)
        return memory_layer("LineString", crs, feats, [("name", "string"),
                                                       ("highway", "string")], "streets")

    def homes_layer(self, pops=None, geom=None):
        pops = pops if pops is not None else [p for _, p in HOMES]
        feats = []
        for k, ((x, y), _) in enumerate(HOMES):
            feats.append((geom(x, y) if geom else f"Point ({xy(x, y)})",
                          [pops[k], 2, "West" if x < 200 else "East"]))
        return memory_layer("Point", CRS, feats, [("pop", "double"), ("kids", "integer"),
                                                  ("zone_name", "string")], "homes")

    def services_layer(self):
        return memory_layer("Point", CRS, [(f"Point ({xy(x, y)})", [c, 100.0])
                                           for (x, y), c in SERVICES],
                            [("category", "string"), ("capacity", "double")], "services")

    def zones_layer(self, names=("West", "East")):
        return memory_layer("Polygon", CRS, [(box(0, 0, 200, SIZE), [names[0]]),
                                             (box(200, 0, SIZE, SIZE), [names[1]])],
                            [("name", "string")], "zones")

    def buildings_layer(self):
        return memory_layer("Polygon", CRS, [(square(x, y, 10), [v, p])
                                             for (x, y), v, p in BUILDINGS],
                            [("value", "double"), ("pop", "double")], "buildings")

    def write_scenario(self, path, facility_wkts, name="New school"):
        data = {
            "urbanplan_scenarios": 1,
            "baseline": {},
            "baseline_params": {"CATEGORY_FIELD": "category", "POPULATION_FIELD": "pop"},
            "scenarios": [{
                "name": name, "description": "",
                "overrides": [{
                    "kind": "add", "role": "facilities", "label": "New school",
                    "features": [{"wkt": w, "attrs": {"category": "school", "name": f"S{k}"}}
                                 for k, w in enumerate(facility_wkts)],
                    "crs": CRS, "geometry": "point", "mode": "touch", "fids": [],
                    "layer": None, "tolerance": 1.0, "uid": f"u{abs(hash(path)) % 10**8}"}],
                "params": {}}],
        }
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        return path


def sha256(path):
    """The SHA-256 of a file's bytes; of a GeoPackage's content (every table's schema and rows,
    read as an immutable database) for ``.gpkg`` files: QGIS's own SQLite connections rewrite
    a GeoPackage's header when they close (the WAL checkpoint of QGIS 3.44) without changing
    anything in it."""
    import hashlib
    if str(path).lower().endswith((".gpkg", ".sqlite")):
        import sqlite3
        from urllib.parse import quote
        db = sqlite3.connect(f"file:{quote(str(path))}?immutable=1", uri=True)
        try:
            h = hashlib.sha256()
            tables = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                "ORDER BY name").fetchall()
            for name, sql in tables:
                h.update(repr((name, sql)).encode("utf-8"))
                rows = db.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
                h.update(repr(rows).encode("utf-8"))
            return h.hexdigest()
        finally:
            db.close()
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def digests(folder):
    """{relative path: sha256} of every file under ``folder``. SQLite's ``-wal``/``-shm``/
    ``-journal`` files are left out: they exist while QGIS keeps a GeoPackage open (QGIS opens
    GeoPackages in WAL mode) and are not the file; the GeoPackage itself is compared."""
    out = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.endswith(("-wal", "-shm", "-journal")):
                continue
            p = os.path.join(root, name)
            out[os.path.relpath(p, folder)] = sha256(p)
    return out
