"""urbanplan:floodexposure through processing.run: synthetic rasters with paper answers, the
zonal statistics of QGIS itself (native:zonalstatisticsfb) on the same footprints, CRS handling,
sinks and bad input."""

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from conftest import memory_layer

X0, Y0 = 300000.0, 7400010.0  # top-left corner of the test rasters (UTM 23 S, metres)
CRS = "EPSG:32723"


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)


def write_raster(path, values, cell=1.0, crs=CRS, nodata=-9999.0, x0=X0, y0=Y0):
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    rows, cols = values.shape
    return write_geotiff(str(path), values.astype(np.float32),
                         Grid(x0, y0, cell, cell, rows, cols), crs=crs, nodata=nodata)


@pytest.fixture
def plane(tmp_path):
    """10 x 10 cells of 1 m; column c holds 0.2 c metres of water (column 0 dry)."""
    return write_raster(tmp_path / "plane.tif", np.tile(np.arange(10) * 0.2, (10, 1)))


def box(x0, y0, x1, y1):
    return (f"Polygon(({X0 + x0} {Y0 - 10 + y0}, {X0 + x1} {Y0 - 10 + y0}, {X0 + x1} "
            f"{Y0 - 10 + y1}, {X0 + x0} {Y0 - 10 + y1}, {X0 + x0} {Y0 - 10 + y0}))")


def attrs(layer):
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def test_buildings_on_a_tilted_plane(run_alg, plane):
    bld = memory_layer("Polygon", CRS, [(box(2, 0, 6, 10), [100, "a"]),
                                        (box(0, 0, 1, 10), [50, "b"])],
                       fields=[("pop", "double"), ("name", "string")])
    res = run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": bld, "POPULATION_FIELD": "pop",
                                    "OUTPUT": "memory:", "SUMMARY": "memory:"})
    out = attrs(res["OUTPUT"])
    # columns 2-5: 0.4, 0.6, 0.8, 1.0 m -> max 1.0 (medium), mean 0.7; column 0 dry
    assert out[0]["depth_m"] == pytest.approx(1.0) and out[0]["depth_mean_m"] == pytest.approx(0.7)
    assert out[0]["depth_class"] == "medium" and out[0]["exposed"] == 1
    assert out[0]["name"] == "a" and out[0]["pop_exposed"] == 100
    assert out[0]["displaced"] == pytest.approx(3.0)
    assert out[1]["depth_class"] == "not_exposed" and out[1]["depth_m"] == 0.0
    assert res["EXPOSED_COUNT"] == 1 and res["EXPOSED_POPULATION"] == 100
    assert res["MAX_DEPTH_M"] == pytest.approx(1.0)
    rows = {(r["zone"], r["depth_class"], r["pop_group"]): r for r in attrs(res["SUMMARY"])}
    assert rows[("all", "medium", "all")]["features"] == 1
    assert rows[("all", "not_exposed", "all")]["population"] == 50


def test_equals_qgis_zonal_statistics(run_alg, tmp_path):
    """Max, mean and count of cells whose centre is inside each footprint equal QGIS's own
    native:zonalstatisticsfb (for footprints covering 2 or more cell centres; with fewer QGIS
    switches to area-weighted partial cells)."""
    from qgis import processing
    rng = np.random.default_rng(11)
    depth = rng.uniform(0.01, 3.0, size=(60, 80)).astype(np.float32)
    path = write_raster(tmp_path / "random.tif", depth, cell=2.0)
    feats = []
    for i in range(150):
        cx, cy = rng.uniform(5, 155), rng.uniform(5, 115)
        w, h, a = rng.uniform(2, 14), rng.uniform(2, 14), rng.uniform(0, np.pi)
        pts = []
        for dx, dy in ((-w, -h), (w, -h), (w, h), (-w, h), (-w, -h)):
            x = cx + 0.5 * (dx * np.cos(a) - dy * np.sin(a))
            y = cy + 0.5 * (dx * np.sin(a) + dy * np.cos(a))
            pts.append(f"{X0 + x} {Y0 - 120 + y}")
        feats.append((f"Polygon(({', '.join(pts)}))", [i]))
    layer = memory_layer("Polygon", CRS, feats, fields=[("fid_", "int")])
    ours = {f["fid_"]: f for f in attrs(run_alg("floodexposure", {
        "HAZARD": path, "EXPOSURE": layer, "OUTPUT": "memory:"})["OUTPUT"])}
    theirs = processing.run("native:zonalstatisticsfb", {
        "INPUT": layer, "INPUT_RASTER": path, "RASTER_BAND": 1, "COLUMN_PREFIX": "q_",
        "STATISTICS": [0, 2, 6], "OUTPUT": "memory:"})["OUTPUT"]
    compared = 0
    for f in attrs(theirs):
        if f["q_count"] is None or f["q_count"] < 2:
            continue
        o = ours[f["fid_"]]
        assert o["depth_m"] == pytest.approx(f["q_max"], abs=1e-6)
        assert o["depth_mean_m"] == pytest.approx(f["q_mean"], abs=1e-6)
        compared += 1
    assert compared > 100


def test_exposure_in_another_crs_is_reprojected(run_alg, plane):
    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS),
                                    QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsProject.instance())
    p = to_wgs.transform(QgsPointXY(X0 + 8.5, Y0 - 4.5))  # column 8: 1.6 m (high)
    pts = memory_layer("Point", "EPSG:4326", [f"Point({p.x()} {p.y()})"])
    log = Log()
    res = run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": pts, "OUTPUT": "memory:"},
                  feedback=log)
    out = attrs(res["OUTPUT"])[0]
    assert out["depth_m"] == pytest.approx(1.6) and out["depth_class"] == "high"
    assert res["OUTPUT"].crs().authid() == "EPSG:4326"  # output kept in the exposure's CRS
    assert any("reprojected" in m for m in log.infos)


def test_roads_by_class_and_summary(run_alg, plane):
    roads = memory_layer("LineString", CRS, [
        (f"LineString({X0 - 1} {Y0 - 4.5}, {X0 + 10.5} {Y0 - 4.5})", ["primary"]),
        (f"LineString({X0 + 3.5} {Y0 - 0.5}, {X0 + 3.5} {Y0 - 9.5})", ["footway"])],
        fields=[("highway", "string")])
    log = Log()
    res = run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": roads,
                                    "ROAD_CLASS_FIELD": "highway", "OUTPUT": "memory:",
                                    "SUMMARY": "memory:"}, feedback=log)
    out = attrs(res["OUTPUT"])
    assert [out[0][f"len_{c}_m"] for c in ("low", "medium", "high")] == pytest.approx([3, 4, 2])
    assert out[0]["flooded_m"] == pytest.approx(9) and out[1]["flooded_m"] == pytest.approx(9)
    assert res["EXPOSED_ROAD_KM"] == pytest.approx(0.018)
    rows = {(r["road_class"], r["depth_class"]): r for r in attrs(res["SUMMARY"])
            if r["zone"] == "all"}
    assert rows[("primary", "outside_hazard")]["road_km"] == pytest.approx(0.0015)
    assert rows[("footway", "low")]["road_km"] == pytest.approx(0.009)
    assert any("outside the hazard" in w for w in log.warnings)


def test_zones_groups_population_raster_and_file_sinks(run_alg, plane, tmp_path):
    pop = write_raster(tmp_path / "pop.tif", np.full((5, 5), 8.0), cell=2.0)
    pts = memory_layer("Point", CRS, [(f"Point({X0 + 1.5} {Y0 - 5})", [10, 2]),
                                      (f"Point({X0 + 8.5} {Y0 - 5})", [20, 5])],
                       fields=[("pop", "double"), ("elderly", "double")])
    zones = memory_layer("Polygon", CRS, [(box(0, 0, 5, 10), ["west"]),
                                          (box(5, 0, 10, 10), ["east"])],
                         fields=[("name", "string")])
    out_path = str(tmp_path / "exposure.gpkg")
    sum_path = str(tmp_path / "summary.csv")
    res = run_alg("floodexposure", {
        "HAZARD": plane, "EXPOSURE": pts, "POPULATION_FIELD": "pop", "GROUP_FIELDS": ["elderly"],
        "POPULATION_RASTER": pop, "ZONES": zones, "ZONE_FIELD": "name",
        "OUTPUT": out_path, "SUMMARY": sum_path})
    assert res["OUTPUT"] == out_path and res["SUMMARY"] == sum_path
    layer = QgsVectorLayer(out_path, "x", "ogr")
    out = attrs(layer)
    assert [o["zone"] for o in out] == ["west", "east"]
    assert [o["depth_class"] for o in out] == ["low", "high"]
    table = QgsVectorLayer(sum_path, "s", "ogr")
    rows = {(r["zone"], r["depth_class"], r["pop_group"]): r for r in attrs(table)}
    assert float(rows[("east", "high", "elderly")]["population"]) == 5
    # population raster: 8 people per 2 m cell = 2 per hazard cell; columns 1-9 wet: 180
    assert res["EXPOSED_POPULATION_RASTER"] == pytest.approx(180)
    assert float(rows[("all", "medium", "population_raster")]["population"]) == pytest.approx(80)
    assert float(rows[("west", "low", "population_raster")]["population"]) == pytest.approx(60)
    assert res["EXPOSED_POPULATION"] == 30


def test_polygon_hazard_depth_field_and_class_field(run_alg):
    hz = memory_layer("Polygon", CRS, [(box(0, 0, 5, 10), [0.5, "low"]),
                                       (box(5, 0, 10, 10), [2.0, "high"])],
                      fields=[("depth", "double"), ("cls", "string")])
    pts = memory_layer("Point", CRS, [f"Point({X0 + 2.5} {Y0 - 5})", f"Point({X0 + 7.5} {Y0 - 5})",
                                      f"Point({X0 + 30} {Y0 - 5})"])
    res = run_alg("floodexposure", {"HAZARD": hz, "DEPTH_FIELD": "depth", "EXPOSURE": pts,
                                    "OUTPUT": "memory:"})
    out = attrs(res["OUTPUT"])
    assert [o["depth_m"] for o in out] == pytest.approx([0.5, 2.0, 0.0])
    assert [o["depth_class"] for o in out] == ["low", "high", "not_exposed"]
    res = run_alg("floodexposure", {"HAZARD": hz, "DEPTH_FIELD": "cls", "EXPOSURE": pts,
                                    "OUTPUT": "memory:"})
    out = attrs(res["OUTPUT"])
    assert [o["depth_class"] for o in out] == ["low", "high", "not_exposed"]
    assert out[0]["depth_m"] is None or out[0]["depth_m"] != out[0]["depth_m"] \
        or str(out[0]["depth_m"]) == "NULL"
    assert res["MAX_DEPTH_M"] is None  # no depth known: NULL, as every missing number


def test_entirely_outside_is_zero_with_a_warning(run_alg, plane):
    pts = memory_layer("Point", CRS, [f"Point({X0 + 5000} {Y0})"])
    log = Log()
    res = run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": pts, "OUTPUT": "memory:",
                                    "SUMMARY": "memory:"}, feedback=log)
    assert res["EXPOSED_COUNT"] == 0
    assert any("entirely outside" in w for w in log.warnings)
    out = attrs(res["OUTPUT"])[0]
    assert str(out["depth_class"]) == "NULL"


def test_negative_depths_are_dry_with_a_warning(run_alg, tmp_path):
    vals = np.full((4, 4), -0.5)
    vals[:, 2:] = 1.0
    path = write_raster(tmp_path / "neg.tif", vals)
    pts = memory_layer("Point", CRS, [f"Point({X0 + 0.5} {Y0 - 0.5})",
                                      f"Point({X0 + 3.5} {Y0 - 0.5})"])
    log = Log()
    res = run_alg("floodexposure", {"HAZARD": path, "EXPOSURE": pts, "OUTPUT": "memory:"},
                  feedback=log)
    assert [o["depth_m"] for o in attrs(res["OUTPUT"])] == [0.0, 1.0]
    assert any("negative depth" in w for w in log.warnings)


def test_input_is_not_modified(run_alg, plane):
    bld = memory_layer("Polygon", CRS, [box(2, 0, 6, 10)], fields=[("a", "int")])
    before = [f.attributes() for f in bld.getFeatures()]
    run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": bld, "OUTPUT": "memory:"})
    assert [f.attributes() for f in bld.getFeatures()] == before
    assert bld.fields().names() == ["a"]


def test_bad_inputs(run_alg, tmp_path, plane):
    from osgeo import gdal
    nocrs = str(tmp_path / "nocrs.tif")
    ds = gdal.GetDriverByName("GTiff").Create(nocrs, 4, 4, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, 1, 0, Y0, 0, -1))
    ds.GetRasterBand(1).WriteArray(np.ones((4, 4)))
    ds = None
    pts = memory_layer("Point", CRS, [f"Point({X0 + 1} {Y0 - 1})"], fields=[("pop", "string")])
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run_alg("floodexposure", {"HAZARD": nocrs, "EXPOSURE": pts, "OUTPUT": "memory:"})
    gap = tmp_path / "gap.csv"
    gap.write_text("name,min_m,max_m,displacement_rate\na,0.1,0.5,0\nb,0.7,,0\n")
    with pytest.raises(QgsProcessingException, match="gap"):
        run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": pts, "CLASSES_FILE": str(gap),
                                  "OUTPUT": "memory:"})
    hz = memory_layer("Polygon", CRS, [(box(0, 0, 5, 10), ["deep"])], fields=[("cls", "string")])
    with pytest.raises(QgsProcessingException, match="not in the depth class table"):
        run_alg("floodexposure", {"HAZARD": hz, "DEPTH_FIELD": "cls", "EXPOSURE": pts,
                                  "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="DEPTH_FIELD"):
        run_alg("floodexposure", {"HAZARD": hz, "EXPOSURE": pts, "OUTPUT": "memory:"})
    empty = memory_layer("Point", CRS, [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": empty, "OUTPUT": "memory:"})
    zones = memory_layer("Polygon", CRS, [box(0, 0, 5, 10)])
    with pytest.raises(QgsProcessingException, match="zone name field"):
        run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": pts, "ZONES": zones,
                                  "OUTPUT": "memory:"})


def test_geographic_raster_lengths_in_metres(run_alg, tmp_path):
    """A hazard raster in EPSG:4326 (degrees): road lengths are still metres."""
    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS),
                                    QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsProject.instance())
    corner = to_wgs.transform(QgsPointXY(X0 - 20, Y0 + 20))
    path = write_raster(tmp_path / "geo.tif", np.full((20, 20), 1.0), cell=0.0001,
                        crs="EPSG:4326", x0=corner.x(), y0=corner.y())
    road = memory_layer("LineString", CRS, [f"LineString({X0} {Y0 - 10}, {X0 + 60} {Y0 - 90})"])
    res = run_alg("floodexposure", {"HAZARD": path, "EXPOSURE": road, "OUTPUT": "memory:"})
    out = attrs(res["OUTPUT"])[0]
    assert out["length_m"] == pytest.approx(100.0, rel=1e-4)  # a 60-80-100 triangle
    assert out["flooded_m"] == pytest.approx(100.0, rel=1e-4)
    assert out["len_medium_m"] == pytest.approx(100.0, rel=1e-4)


def test_exposure_without_crs_is_refused(run_alg, plane):
    pts = memory_layer("Point", "", [f"Point({X0 + 1} {Y0 - 1})"])
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run_alg("floodexposure", {"HAZARD": plane, "EXPOSURE": pts, "OUTPUT": "memory:"})
