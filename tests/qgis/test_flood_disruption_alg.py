"""urbanplan:flooddisruption through processing.run on the hand-worked grid of
tests/core/test_flood_disruption_engine.py (shifted into UTM 23 S coordinates).

Streets y=0 and y=100 (x 0-300) joined at x = 0, 100, 200, 300; water 0.5 m deep over x 120-180
of the street y=0 (the stretch that closes). Origins O (0,0) pop 10, O2 (300,100) pop 20,
O3 (150,0) pop 5; school at (300,0), clinic at (160,3). 5 min at 4.8 km/h: O loses the school
(3.75 -> 6.25 min), everyone loses the clinic (its street is flooded), O3 is on the flooded
street itself."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import memory_layer

X0, Y0 = 330000.0, 7390000.0


def p(x, y):
    return f"Point({X0 + x} {Y0 + y})"


def line(*pts):
    return "LineString(" + ", ".join(f"{X0 + x} {Y0 + y}" for x, y in pts) + ")"


def network(crs="EPSG:32723"):
    lines = [line((0, 0), (100, 0), (200, 0), (300, 0)),
             line((0, 100), (100, 100), (200, 100), (300, 100))]
    lines += [line((x, 0), (x, 100)) for x in (0, 100, 200, 300)]
    return memory_layer("LineString", crs, lines)


def origins():
    return memory_layer("Point", "EPSG:32723", [
        (p(0, 0), ["O", 10, 2]), (p(300, 100), ["O2", 20, 3]), (p(150, 0), ["O3", 5, 1])],
        fields=[("name", "string"), ("pop", "double"), ("children", "double")])


def destinations():
    return memory_layer("Point", "EPSG:32723", [(p(300, 0), ["school"]), (p(160, 3), ["clinic"])],
                        fields=[("kind", "string")])


def depth_raster(path, crs="EPSG:32723", depth=0.5, with_crs=True):
    from osgeo import gdal, osr
    gdal.UseExceptions()
    cols, rows = 40, 20
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0 - 50, 10.0, 0.0, Y0 + 150, 0.0, -10.0))
    if with_crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        ds.SetProjection(srs.ExportToWkt())
    xs = X0 - 50 + (np.arange(cols) + 0.5) * 10
    ys = Y0 + 150 - (np.arange(rows) + 0.5) * 10
    wet = ((xs[None, :] > X0 + 120) & (xs[None, :] < X0 + 180)
           & (ys[:, None] > Y0 - 20) & (ys[:, None] < Y0 + 20))
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(np.where(wet, depth, -9999.0).astype(np.float32))
    ds = None
    return str(path)


def params(hazard, **kw):
    base = {"NETWORK": network(), "HAZARD": hazard, "ORIGINS": origins(),
            "POPULATION_FIELD": "pop", "GROUP_FIELDS": ["children"],
            "DESTINATIONS": destinations(), "CATEGORY_FIELD": "kind", "WALK_SPEED_KMH": 4.8,
            "THRESHOLD_MIN": 5.0, "MAX_SNAP_M": 50.0, "OUTPUT": "memory:",
            "FACILITIES": "memory:", "SUMMARY": "memory:", "EDGES": "memory:"}
    base.update(kw)
    return base


def check_hand_worked(res):
    assert res["POP_LOST_ACCESS"] == pytest.approx(35.0)
    assert res["ORIGINS_LOST_ACCESS"] == 3
    assert res["EDGES_FLOODED"] == 1
    assert res["KM_FLOODED"] == pytest.approx(0.06, abs=1e-6)   # the wet stretch x 120-180
    assert res["FACILITIES_CUT_OFF"] == 1
    rows = {f["name"]: f for f in res["OUTPUT"].getFeatures()}
    o = rows["O"]
    assert o["time_before_school_min"] == pytest.approx(3.75)
    assert o["time_after_school_min"] == pytest.approx(6.25)
    assert o["lost_school"] == 1 and o["lost_clinic"] == 1 and o["street_flooded"] == 0
    assert rows["O2"]["lost_school"] == 0
    assert rows["O2"]["time_after_school_min"] == pytest.approx(1.25)
    o3 = rows["O3"]
    assert o3["street_flooded"] == 1 and o3["lost_any"] == 1
    assert is_null(o3["time_after_school_min"]) and is_null(o3["time_after_clinic_min"])
    assert o3["time_before_clinic_min"] == pytest.approx(0.125)


def is_null(v):
    """NULL attribute: None on Qt6, a null QVariant on Qt5 (never 0)."""
    return v is None or (hasattr(v, "isNull") and v.isNull())


def test_raster_hazard_hand_worked(run_alg, tmp_path):
    res = run_alg("flooddisruption", params(depth_raster(tmp_path / "depth.tif")))
    check_hand_worked(res)
    fac = {f["kind"]: f for f in res["FACILITIES"].getFeatures()}
    assert fac["clinic"]["cut_off"] == 1 and fac["clinic"]["street_flooded"] == 1
    assert fac["school"]["cut_off"] == 0 and fac["school"]["reached_after"] == 1
    summary = {(f["category"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    assert summary[("school", "all")]["pop_lost_access"] == pytest.approx(15)
    assert summary[("clinic", "children")]["pop_lost_access"] == pytest.approx(6)
    assert summary[("any_category", "all")]["pop_lost_access"] == pytest.approx(35)
    edges = list(res["EDGES"].getFeatures())
    assert sum(f["impassable"] for f in edges) == 1
    assert max(f["depth_m"] for f in edges) == pytest.approx(0.5)
    # origins keep their own attributes and CRS
    assert res["OUTPUT"].crs().authid() == "EPSG:32723"
    assert res["OUTPUT"].featureCount() == 3


def test_polygon_hazard_gives_the_same_answer(run_alg):
    poly = memory_layer("Polygon", "EPSG:32723", [
        (f"Polygon(({X0 + 120} {Y0 - 20}, {X0 + 180} {Y0 - 20}, {X0 + 180} {Y0 + 20}, "
         f"{X0 + 120} {Y0 + 20}, {X0 + 120} {Y0 - 20}))", [0.5])], fields=[("depth", "double")])
    res = run_alg("flooddisruption", params(poly, DEPTH_FIELD="depth"))
    check_hand_worked(res)


def test_raster_in_another_crs_is_not_resampled(run_alg, tmp_path):
    # SIRGAS 2000 / UTM 23S: the network is reprojected to the raster's CRS for the lookup
    res = run_alg("flooddisruption", params(depth_raster(tmp_path / "d.tif", crs="EPSG:31983")))
    check_hand_worked(res)


def test_higher_threshold_keeps_access(run_alg, tmp_path):
    res = run_alg("flooddisruption", params(depth_raster(tmp_path / "d.tif"),
                                            MAX_WALK_DEPTH_M=0.6))
    assert res["EDGES_FLOODED"] == 0 and res["POP_LOST_ACCESS"] == 0
    assert res["FACILITIES_CUT_OFF"] == 0


def test_inputs_not_modified(run_alg, tmp_path):
    net, orig = network(), origins()
    res = run_alg("flooddisruption", params(depth_raster(tmp_path / "d.tif"), NETWORK=net,
                                            ORIGINS=orig))
    assert res["EDGES_FLOODED"] == 1
    assert orig.fields().names() == ["name", "pop", "children"] and orig.featureCount() == 3
    assert net.featureCount() == 6


@pytest.mark.parametrize("case,message", [
    ("nocrs", "no coordinate reference system"),
    ("nofield", "DEPTH_FIELD"),
    ("points", "lines are needed"),
    ("negativepop", "negative"),
])
def test_bad_input(run_alg, tmp_path, case, message):
    kw = {}
    hazard = depth_raster(tmp_path / "d.tif", with_crs=case != "nocrs")
    if case == "nofield":
        hazard = memory_layer("Polygon", "EPSG:32723", [
            f"Polygon(({X0} {Y0}, {X0 + 10} {Y0}, {X0 + 10} {Y0 + 10}, {X0} {Y0}))"])
    elif case == "points":
        kw["NETWORK"] = memory_layer("Point", "EPSG:32723", [p(0, 0)])
    elif case == "negativepop":
        kw["ORIGINS"] = memory_layer("Point", "EPSG:32723", [(p(0, 0), ["O", -1, 0])],
                                     fields=[("name", "string"), ("pop", "double"),
                                             ("children", "double")])
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("flooddisruption", params(hazard, **kw))


def half_flooded_raster(path):
    """Water 0.5 m deep over the long street (0,0)-(400,0) from x = 200 to 400 (10 m cells)."""
    from osgeo import gdal, osr
    gdal.UseExceptions()
    cols, rows = 50, 40
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0 - 50, 10.0, 0.0, Y0 + 350, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.SetFromUserInput("EPSG:32723")
    ds.SetProjection(srs.ExportToWkt())
    xs = X0 - 50 + (np.arange(cols) + 0.5) * 10
    ys = Y0 + 350 - (np.arange(rows) + 0.5) * 10
    wet = ((xs[None, :] > X0 + 200) & (xs[None, :] < X0 + 400)
           & (np.abs(ys[:, None] - Y0) < 20))
    ds.GetRasterBand(1).WriteArray(np.where(wet, 0.5, 0.0).astype(np.float32))
    ds = None
    return str(path)


def test_long_street_half_under_water(run_alg, tmp_path):
    """The hand case of tests/core/test_flood_disruption_engine.py: a loop whose long street
    (0,0)-(400,0) is one edge, under water from x = 200 to 400. Homes H1-H3 on its dry half
    keep their way out (before: closing the whole street cut them off), H4 on the wet half is
    cut off, and the clinic on its dry end still serves O on the west street."""
    net = memory_layer("LineString", "EPSG:32723", [
        line((0, 0), (400, 0)), line((0, 0), (0, 300)), line((0, 300), (400, 300)),
        line((400, 300), (400, 0))])
    homes = memory_layer("Point", "EPSG:32723", [
        (p(x, y), [name]) for name, x, y in (("H1", 50, 0), ("H2", 100, 0), ("H3", 150, 0),
                                             ("H4", 300, 0), ("O", 0, 150))],
        fields=[("name", "string")])
    dests = memory_layer("Point", "EPSG:32723", [(p(0, 300), ["school"]),
                                                 (p(20, 0), ["clinic"])],
                         fields=[("kind", "string")])
    res = run_alg("flooddisruption", {
        "NETWORK": net, "HAZARD": half_flooded_raster(tmp_path / "half.tif"), "ORIGINS": homes,
        "DESTINATIONS": dests, "CATEGORY_FIELD": "kind", "WALK_SPEED_KMH": 4.8,
        "THRESHOLD_MIN": 6.0, "MAX_SNAP_M": 50.0, "OUTPUT": "memory:",
        "FACILITIES": "memory:", "EDGES": "memory:"})
    assert res["ORIGINS_LOST_ACCESS"] == 1           # H4 only (was 5 with the whole street)
    assert res["FACILITIES_CUT_OFF"] == 0            # the clinic on the dry end (was 1)
    assert res["KM_FLOODED"] == pytest.approx(0.2)   # (was 0.4)
    rows = {f["name"]: f for f in res["OUTPUT"].getFeatures()}
    for name, school_min in (("H1", 350 / 80), ("H2", 400 / 80), ("H3", 450 / 80)):
        assert rows[name]["time_after_school_min"] == pytest.approx(school_min)
        assert rows[name]["lost_any"] == 0 and rows[name]["street_flooded"] == 0
    assert rows["H4"]["street_flooded"] == 1 and rows["H4"]["lost_clinic"] == 1
    assert rows["O"]["time_after_clinic_min"] == pytest.approx(170 / 80)
    # the long street is written as two stretches of one edge: 200 m dry, 200 m impassable
    feats = list(res["EDGES"].getFeatures())
    long_id = next(f["edge_id"] for f in feats if f["impassable"] == 1)
    halves = {f["impassable"]: f["length_m"] for f in feats if f["edge_id"] == long_id}
    assert halves == {0: pytest.approx(200), 1: pytest.approx(200)}
    assert len(feats) == 5
