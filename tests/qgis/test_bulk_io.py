"""Read in bulk, write in bulk (issue 19): floodexposure's bulk paths give exactly what the
feature-by-feature paths give.

* the exposure read through OGR batches (qgis_io.bulk, validity proven in numpy, GEOS for the
  rest) equals the QGIS feature reader: ids, attributes, vertices bit for bit, NULL geometries,
  repaired invalid polygons -- for polygons, lines and points, in the hazard's CRS or another;
* the output GeoPackage copied by SQLite (qgis_io.gpkg_write) equals the one QGIS's feature
  writer makes: fields (names, types, widths), feature ids, values, geometries, extent, feature
  count, and a valid spatial index (SQLite's own ``rtreecheck``) that answers box queries as the
  writer's does; an input the copy cannot reproduce (a MultiPolygon row in a Polygon table)
  falls back to the feature writer;
* a memory-layer output (result values cleaned per column) is unchanged.

The oracle is the same algorithm with the bulk paths switched off."""
import sqlite3

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from urbanplan_plugin.algorithms import base
from urbanplan_plugin.qgis_io import gpkg_write
from urbanplan_plugin.qgis_io.bulk import ogr_source
from urbanplan_plugin.qgis_io.flood_io import read_exposure

X0, Y0 = 300000.0, 7400400.0
CRS = "EPSG:32723"

FIELDS = [("pop", ogr.OFTInteger, None), ("big", ogr.OFTInteger64, None),
          ("ratio", ogr.OFTReal, None), ("name", ogr.OFTString, None),
          ("day", ogr.OFTDate, None), ("stamp", ogr.OFTDateTime, None),
          ("flag", ogr.OFTInteger, ogr.OFSTBoolean), ("blob", ogr.OFTBinary, None)]


def depth_raster(path):
    rng = np.random.default_rng(5)
    depth = np.clip(rng.normal(0.3, 0.6, (400, 400)), 0, None).astype(np.float32)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 400, 400, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 1.0, 0.0, Y0, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32723)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(depth)
    ds = None
    return str(path)


def shapes(rng, n):
    """WKT of rotated rectangles, L-shapes, a bow-tie (invalid), a polygon with a hole, a
    spike (invalid), and None (no geometry)."""
    out = []
    for i in range(n):
        cx, cy = X0 + 10 + (i % 19) * 20 + rng.uniform(-2, 2), Y0 - 10 - (i // 19) * 20
        kind = i % 9
        if kind == 5:
            out.append(f"POLYGON(({cx} {cy},{cx + 8} {cy + 8},{cx + 8} {cy},{cx} {cy + 8},"
                       f"{cx} {cy}))")
        elif kind == 6:
            out.append(f"POLYGON(({cx} {cy},{cx + 12} {cy},{cx + 12} {cy + 12},{cx} {cy + 12},"
                       f"{cx} {cy}),({cx + 3} {cy + 3},{cx + 6} {cy + 3},{cx + 6} {cy + 6},"
                       f"{cx + 3} {cy + 3}))")
        elif kind == 7:
            out.append(None if i % 2 else f"POLYGON(({cx} {cy},{cx + 9} {cy},{cx + 4} {cy},"
                                          f"{cx + 4} {cy + 7},{cx} {cy}))")
        elif kind == 8:
            w, t = rng.uniform(8, 14), rng.uniform(2, 4)
            out.append(f"POLYGON(({cx} {cy},{cx + w} {cy},{cx + w} {cy + t},{cx + t} {cy + t},"
                       f"{cx + t} {cy + w},{cx} {cy + w},{cx} {cy}))")
        else:
            w, h, a = rng.uniform(4, 12), rng.uniform(4, 12), rng.uniform(0, np.pi)
            c = np.array([[0, 0], [w, 0], [w, h], [0, h], [0, 0]])
            rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
            p = c @ rot.T + [cx, cy]
            out.append("POLYGON((" + ",".join(f"{x!r} {y!r}" for x, y in p.tolist()) + "))")
    return out


def make_gpkg(path, n=300, multi_row=False, epsg=32723, geom_type=ogr.wkbPolygon,
              wkts=None):
    rng = np.random.default_rng(11)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer("buildings", srs, geom_type)
    for name, kind, sub in FIELDS:
        fd = ogr.FieldDefn(name, kind)
        if sub is not None:
            fd.SetSubType(sub)
        lyr.CreateField(fd)
    to_srs = None
    if epsg != 32723:
        utm = osr.SpatialReference()
        utm.ImportFromEPSG(32723)
        utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_srs = osr.CoordinateTransformation(utm, srs)
    wkts = wkts if wkts is not None else shapes(rng, n)
    ds.StartTransaction()
    for i, wkt in enumerate(wkts):
        f = ogr.Feature(lyr.GetLayerDefn())
        if i % 7 != 3:
            f.SetField("pop", int(rng.integers(0, 50)))
            f.SetField("big", int(rng.integers(0, 2**40)))
            f.SetField("ratio", float(rng.normal()))
            f.SetField("name", f"b{i}é")
            f.SetField("day", 2020, 1 + i % 12, 1 + i % 28, 0, 0, 0, 0)
            f.SetField("stamp", 2021, 1 + i % 12, 2, 10, i % 60, 30.0, 100)
            f.SetField("flag", i % 2)
            f.SetFieldBinaryFromHexString("blob", f"{i:04X}")
        if wkt is not None:
            g = ogr.CreateGeometryFromWkt(wkt)
            if to_srs is not None:
                g.Transform(to_srs)
            if multi_row and i == 10:
                g = ogr.ForceToMultiPolygon(g)
            f.SetGeometry(g)
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    return str(path)


def outputs_equal(a, b):
    la, lb = QgsVectorLayer(a, "a", "ogr"), QgsVectorLayer(b, "b", "ogr")
    assert la.isValid() and lb.isValid()
    fields = [[(f.name(), f.typeName(), f.type(), f.length(), f.precision()) for f in x.fields()]
              for x in (la, lb)]
    assert fields[0] == fields[1]
    fa, fb = list(la.getFeatures()), list(lb.getFeatures())
    assert len(fa) == len(fb) == la.featureCount() == lb.featureCount()
    for x, y in zip(fa, fb):
        assert x.id() == y.id()
        assert x.attributes() == y.attributes()
        assert x.geometry().asWkb() == y.geometry().asWkb()
    assert la.extent() == lb.extent()
    return fa


def run_both(run_alg, monkeypatch, params, tmp_path):
    """floodexposure with the bulk paths off (old) and on (new); the calls the copy made."""
    outs, copies = {}, []
    real_copy = gpkg_write.copy_with_results

    def spy(*args, **kwargs):
        copies.append(real_copy(*args, **kwargs))
        return copies[-1]

    monkeypatch.setattr(gpkg_write, "copy_with_results", spy)
    for mode in ("old", "new"):
        with monkeypatch.context() as m:
            if mode == "old":
                m.setattr(base.UrbanPlanAlgorithm, "bulk_source", lambda *a, **k: None)
                m.setattr(base.UrbanPlanAlgorithm, "bulk_copy", lambda *a, **k: None)
            out = params["OUTPUT"]
            if out != "TEMPORARY_OUTPUT":
                out = str(tmp_path / f"{mode}_{out}")
            outs[mode] = run_alg("floodexposure", dict(params, OUTPUT=out))
    return outs, copies


def rtree_ok(path):
    con = sqlite3.connect(path)
    try:
        name = con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'rtree_%' AND "
                           "sql LIKE 'CREATE VIRTUAL TABLE%'").fetchone()[0]
        check = con.execute(f"SELECT rtreecheck('{name}')").fetchone()[0]
        boxes = [(X0 + 50, X0 + 120, Y0 - 200, Y0 - 90), (X0, X0 + 400, Y0 - 400, Y0),
                 (X0 + 300, X0 + 301, Y0 - 30, Y0 - 29)]
        hits = [sorted(r[0] for r in con.execute(
            f"SELECT id FROM {name} WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?",
            (b[1], b[0], b[3], b[2]))) for b in boxes]
        counts = con.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents "
                             "ORDER BY table_name").fetchall()
        extent = con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE "
                             "data_type = 'features'").fetchall()
        return check, hits, [c[1] for c in counts if c[0] != "layer_styles"], extent
    finally:
        con.close()


@pytest.fixture(scope="module")
def hazard(tmp_path_factory):
    return depth_raster(tmp_path_factory.mktemp("bulk") / "depth.tif")


def test_geopackage_copy_equals_the_feature_writer(run_alg, monkeypatch, tmp_path, hazard):
    src = make_gpkg(tmp_path / "buildings.gpkg")
    outs, copies = run_both(run_alg, monkeypatch, {"HAZARD": hazard, "EXPOSURE": src,
                                                   "POPULATION_FIELD": "pop",
                                                   "OUTPUT": "exposure.gpkg"}, tmp_path)
    assert copies == [300]                      # the bulk copy wrote the output
    feats = outputs_equal(outs["old"]["OUTPUT"], outs["new"]["OUTPUT"])
    for key in ("EXPOSED_COUNT", "EXPOSED_POPULATION", "MAX_DEPTH_M"):
        assert outs["old"][key] == outs["new"][key]
    # the comparison is not vacuous: NULLs, repaired and missing geometries, every type
    names = [f.name() for f in feats[0].fields()]
    assert {"pop", "big", "ratio", "name", "day", "stamp", "flag", "blob", "depth_m",
            "depth_class", "wet_pct"} <= set(names)
    assert sum(f.geometry().isEmpty() for f in feats) > 5     # written as QGIS writes them
    assert sum(f["name"] is None or str(f["name"]) == "NULL" for f in feats) > 20
    old, new = rtree_ok(outs["old"]["OUTPUT"]), rtree_ok(outs["new"]["OUTPUT"])
    assert new[0] == "ok" and old[0] == "ok"
    assert new[1] == old[1] and all(new[1][:2])
    assert new[2] == old[2] == [300]
    assert new[3] == old[3]


def test_a_row_the_copy_cannot_reproduce_falls_back(run_alg, monkeypatch, tmp_path, hazard):
    """A MultiPolygon row in a Polygon table: QGIS's writer may convert it, so the rows are
    written feature by feature (same output)."""
    src = make_gpkg(tmp_path / "mixed.gpkg", multi_row=True)
    outs, copies = run_both(run_alg, monkeypatch, {"HAZARD": hazard, "EXPOSURE": src,
                                                   "OUTPUT": "exposure.gpkg"}, tmp_path)
    assert copies == []
    outputs_equal(outs["old"]["OUTPUT"], outs["new"]["OUTPUT"])


def test_memory_output_and_another_crs(run_alg, monkeypatch, tmp_path, hazard):
    """Exposure in EPSG:4326 (read in bulk, transformed at once) written to a memory layer."""
    src = make_gpkg(tmp_path / "wgs84.gpkg", epsg=4326)
    outs, copies = run_both(run_alg, monkeypatch, {"HAZARD": hazard, "EXPOSURE": src,
                                                   "POPULATION_FIELD": "pop",
                                                   "OUTPUT": "TEMPORARY_OUTPUT"}, tmp_path)
    assert copies == []
    a, b = outs["old"]["OUTPUT"], outs["new"]["OUTPUT"]
    fa, fb = list(a.getFeatures()), list(b.getFeatures())
    assert len(fa) == len(fb) == 300
    assert [f.attributes() for f in fa] == [f.attributes() for f in fb]
    assert [f.geometry().asWkb() for f in fa] == [f.geometry().asWkb() for f in fb]
    assert outs["old"]["EXPOSED_COUNT"] == outs["new"]["EXPOSED_COUNT"] > 0


def read_both(path, crs, fields=()):
    layer = QgsVectorLayer(path, "x", "ogr")
    ref = ogr_source(layer, None, fields)
    assert ref is not None
    old = read_exposure(layer, crs, fields=fields)
    new = read_exposure(layer, crs, fields=fields, bulk=ref)
    return old, new


def same_exposure(old, new):
    assert (new.kind, new.n, new.fids, new.null_geometries) == \
        (old.kind, old.n, old.fids, old.null_geometries)
    assert new.extent == old.extent
    for f in old.attrs:
        assert new.attrs[f].tolist() == old.attrs[f].tolist()
    if old.kind == "polygon":
        for k in ("xy", "ring_offsets", "ring_owner"):
            assert np.array_equal(getattr(new.geoms, k), getattr(old.geoms, k))
    elif old.kind == "line":
        for k in ("coords", "offsets", "source"):
            assert np.array_equal(getattr(new.geoms, k), getattr(old.geoms, k))
    else:
        assert np.array_equal(new.geoms[0], old.geoms[0])
        assert np.array_equal(new.geoms[1], old.geoms[1])


@pytest.mark.parametrize("epsg", [32723, 4326])
def test_bulk_reader_equals_the_feature_reader(qgis_app, tmp_path, epsg):
    crs = QgsCoordinateReferenceSystem(CRS)
    old, new = read_both(make_gpkg(tmp_path / "p.gpkg", epsg=epsg), crs,
                         ["pop", "ratio", "name"])
    same_exposure(old, new)
    assert old.null_geometries > 5


def test_bulk_reader_lines_and_points(qgis_app, tmp_path):
    crs = QgsCoordinateReferenceSystem(CRS)
    lines = [f"LINESTRING({X0 + i} {Y0 - i},{X0 + i + 5} {Y0 - i - 3},{X0 + i + 9} {Y0 - i})"
             for i in range(40)]
    lines[3] = f"LINESTRING({X0} {Y0},{X0} {Y0})"              # one distinct point: invalid
    lines[4] = None
    lines[5] = f"LINESTRING({X0} {Y0},{X0} {Y0},{X0 + 4} {Y0})"  # repeated point: valid
    old, new = read_both(make_gpkg(tmp_path / "l.gpkg", geom_type=ogr.wkbLineString,
                                   wkts=lines), crs, ["name"])
    same_exposure(old, new)
    points = [f"POINT({X0 + i} {Y0 - 2 * i})" for i in range(30)] + [None, "POINT EMPTY"]
    old, new = read_both(make_gpkg(tmp_path / "pt.gpkg", geom_type=ogr.wkbPoint, wkts=points,
                                   epsg=4326), crs, ["pop"])
    same_exposure(old, new)
    assert old.null_geometries == 2


def test_fifteenminutecity_output_copied_in_bulk(run_alg, monkeypatch, tmp_path, sample_copy):
    """The per-origin output of fifteenminutecity (São Paulo: OSM street lines read in bulk,
    323 resident hexagons copied by SQLite) equals the feature writer's."""
    from conftest import DATA
    gpkg = sample_copy("examples/sao_paulo_climate_shelters.gpkg")
    params = {"NETWORK": f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines",
              "ORIGINS": f"{gpkg}|layername=residents", "POPULATION_FIELD": "population",
              "DESTINATIONS": f"{gpkg}|layername=shelters", "CATEGORY_FIELD": "category",
              "OUTPUT": "access.gpkg"}
    outs = {}
    copies = []
    real_copy = gpkg_write.copy_with_results
    monkeypatch.setattr(gpkg_write, "copy_with_results",
                        lambda *a, **k: copies.append(real_copy(*a, **k)) or copies[-1])
    for mode in ("old", "new"):
        with monkeypatch.context() as m:
            if mode == "old":
                m.setattr(base.UrbanPlanAlgorithm, "bulk_source", lambda *a, **k: None)
                m.setattr(base.UrbanPlanAlgorithm, "bulk_copy", lambda *a, **k: None)
            outs[mode] = run_alg("fifteenminutecity",
                                 dict(params, OUTPUT=str(tmp_path / f"{mode}_access.gpkg")))
    assert copies == [323]
    feats = outputs_equal(outs["old"]["OUTPUT"], outs["new"]["OUTPUT"])
    assert outs["old"]["POP_TOTAL"] == outs["new"]["POP_TOTAL"]
    assert sum(f["n_within"] is not None and f["n_within"] > 0 for f in feats) > 100
    assert rtree_ok(outs["new"]["OUTPUT"])[0] == "ok"
