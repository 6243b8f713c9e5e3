"""urbanplan:floodrisk through processing.run: three blocks of known depth, EAD by hand, value
per m², bad input."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import memory_layer

X0, Y0 = 300000.0, 7400004.0
CRS = "EPSG:32723"


def block(tmp_path, name, depth, rows=4, cols=4):
    """4 x 4 cells of 1 m, every cell ``depth`` metres."""
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    return write_geotiff(str(tmp_path / f"{name}.tif"),
                         np.full((rows, cols), depth, dtype=np.float32),
                         Grid(X0, Y0, 1.0, 1.0, rows, cols), crs=CRS, nodata=-9999.0)


@pytest.fixture
def events(tmp_path):
    return [block(tmp_path, "rp10", 0.0), block(tmp_path, "rp50", 0.5),
            block(tmp_path, "rp100", 1.0)]


def building(value=1000.0):
    # a 2 x 2 m footprint (4 cells) in the middle of the rasters
    wkt = (f"Polygon(({X0 + 1} {Y0 - 3}, {X0 + 3} {Y0 - 3}, {X0 + 3} {Y0 - 1}, {X0 + 1} "
           f"{Y0 - 1}, {X0 + 1} {Y0 - 3}))")
    return memory_layer("Polygon", CRS, [(wkt, [value])], fields=[("value", "double")])


def attrs(layer):
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def test_ead_of_a_building_by_hand(run_alg, events):
    res = run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10, 50, 100",
                                "EXPOSURE": building(), "VALUE_FIELD": "value",
                                "OUTPUT": "memory:", "SUMMARY": "memory:"})
    out = attrs(res["OUTPUT"])[0]
    # JRC Europe residential: 0 m -> 0, 0.5 m -> 0.25, 1 m -> 0.4; value 1000
    assert [out["damage_rp10"], out["damage_rp50"], out["damage_rp100"]] == \
        pytest.approx([0, 250, 400])
    # EAD = 0.08*(0+250)/2 + 0.01*(250+400)/2 + 0.01*400 = 10 + 3.25 + 4
    assert out["ead"] == pytest.approx(17.25) and res["TOTAL_EAD"] == pytest.approx(17.25)
    assert out["aep_wet"] == pytest.approx(0.02) and out["rp_wet"] == 50
    assert out["depth_rp100_m"] == pytest.approx(1.0)
    summary = attrs(res["SUMMARY"])[0]
    assert summary["zone"] == "all" and summary["wet_rp50"] == 1
    assert summary["ead"] == pytest.approx(17.25)
    res = run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10, 50, 100",
                                "EXPOSURE": building(), "VALUE_FIELD": "value",
                                "RARE_TAIL": "none", "OUTPUT": "memory:"})
    assert res["TOTAL_EAD"] == pytest.approx(13.25)


def test_value_per_m2_and_own_curve(run_alg, events, tmp_path):
    curve = tmp_path / "curve.csv"
    curve.write_text("depth_m,damage_fraction\n0,0\n1,1\n")
    res = run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10,50,100",
                                "EXPOSURE": building(), "VALUE_PER_M2": 100.0,
                                "DAMAGE_CURVE_FILE": str(curve), "OUTPUT": "memory:"})
    out = attrs(res["OUTPUT"])[0]
    assert out["asset_value"] == pytest.approx(400.0, rel=1e-3)  # 4 m² x 100 (ellipsoidal area)
    # fractions 0, 0.5, 1 -> damages 0, 200, 400; EAD = 0.08*100 + 0.01*300 + 0.01*400 = 15
    assert out["ead"] == pytest.approx(15.0, rel=1e-3)


def test_points_and_zones(run_alg, events):
    pts = memory_layer("Point", CRS, [(f"Point({X0 + 0.5} {Y0 - 0.5})", [10.0]),
                                      (f"Point({X0 + 50} {Y0 - 0.5})", [10.0])],
                       fields=[("value", "double")])
    zones = memory_layer("Polygon", CRS, [(f"Polygon(({X0} {Y0 - 4}, {X0 + 4} {Y0 - 4}, "
                                           f"{X0 + 4} {Y0}, {X0} {Y0}, {X0} {Y0 - 4}))", ["z1"])],
                         fields=[("name", "string")])
    res = run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10,50,100",
                                "EXPOSURE": pts, "VALUE_FIELD": "value", "ZONES": zones,
                                "ZONE_FIELD": "name", "OUTPUT": "memory:", "SUMMARY": "memory:"})
    out = attrs(res["OUTPUT"])
    assert out[0]["ead"] == pytest.approx(0.1725) and out[0]["zone"] == "z1"
    assert str(out[1]["ead"]) == "NULL"  # outside every raster: empty, not 0
    rows = {r["zone"]: r for r in attrs(res["SUMMARY"])}
    assert rows["z1"]["features"] == 1 and rows["(outside zones)"]["features"] == 1
    assert res["WET_COUNT"] == 1


@pytest.mark.parametrize("periods,message", [
    ("10, 100, 50", "must increase"),
    ("10, 10, 100", "given twice"),
    ("10, 50", "exactly one return period per raster"),
    ("10, 50, 100, 500", "exactly one return period per raster"),
])
def test_bad_return_periods(run_alg, events, periods, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": periods,
                              "EXPOSURE": building(), "OUTPUT": "memory:"})


def test_bad_curve_and_value_inputs(run_alg, events, tmp_path):
    curve = tmp_path / "falls.csv"
    curve.write_text("depth_m,damage_fraction\n0,0\n1,0.7\n2,0.5\n")
    with pytest.raises(QgsProcessingException, match="not monotonic"):
        run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10,50,100",
                              "EXPOSURE": building(), "DAMAGE_CURVE_FILE": str(curve),
                              "OUTPUT": "memory:"})
    pts = memory_layer("Point", CRS, [f"Point({X0 + 1} {Y0 - 1})"])
    with pytest.raises(QgsProcessingException, match="points have no area"):
        run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10,50,100",
                              "EXPOSURE": pts, "VALUE_PER_M2": 10.0, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="not both"):
        run_alg("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10,50,100",
                              "EXPOSURE": building(), "VALUE_FIELD": "value",
                              "VALUE_PER_M2": 10.0, "OUTPUT": "memory:"})
