"""urbanplan:servicearea through processing.run: hand-worked areas, modes and bad input."""
import math

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import DATA, memory_layer
from urbanplan_plugin.qgis_io.layers import _value

CRS = "EPSG:32723"


@pytest.fixture(scope="module")
def sp_hexes(tmp_path_factory):
    """A copy of the São Paulo hexagons: QGIS writes to a GeoPackage's header just by opening
    it, and the sample data must stay untouched."""
    import shutil
    src = DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg"
    dst = tmp_path_factory.mktemp("spo") / src.name
    shutil.copy(src, dst)
    return str(dst)
S = 25.0
CAP = 16 * math.sin(math.pi / 16) * S * S  # two round caps of 8 segments per quarter circle


def street():
    return memory_layer("LineString", CRS, ["LineString(0 0, 1000 0, 2000 0)"])


def facility(wkt="Point(1000 10)", crs=CRS):
    return memory_layer("Point", crs, [wkt])


def run(run_alg, **kw):
    params = {"FACILITIES": facility(), "NETWORK": street(), "BANDS": "5", "WALK_SPEED_KMH": 4.8,
              "SHOULDER_M": S, "OUTPUT": "memory:"}
    params.update(kw)
    return run_alg("servicearea", params)


def test_straight_street_area(run_alg):
    res = run(run_alg)
    feats = list(res["OUTPUT"].getFeatures())
    assert len(feats) == 1
    f = feats[0]
    assert f["band_min"] == 5 and f["band_from_min"] == 0
    assert _value(f["facility_id"]) is None  # dissolved: no facility
    assert f["area_m2"] == pytest.approx(800 * 2 * S + CAP, rel=1e-6)
    assert f.geometry().area() == pytest.approx(f["area_m2"], rel=1e-6)
    assert res["LARGEST_BAND_AREA_KM2"] == pytest.approx((800 * 2 * S + CAP) / 1e6, rel=1e-6)
    assert res["FACILITIES_USED"] == 1 and res["FACILITIES_OFF_NETWORK"] == 0
    assert res["OUTPUT"].crs().authid() == CRS


def test_rings_add_up_and_per_facility_ids(run_alg):
    nested = run(run_alg, BANDS="5, 10")
    rings = run(run_alg, BANDS="10,5", BAND_MODE=1)
    a_nested = [f["area_m2"] for f in nested["OUTPUT"].getFeatures()]
    a_rings = [f["area_m2"] for f in rings["OUTPUT"].getFeatures()]
    assert sum(a_rings) == pytest.approx(a_nested[-1], rel=1e-6)
    assert [f["band_from_min"] for f in rings["OUTPUT"].getFeatures()] == [0, 5]
    two = memory_layer("Point", CRS, ["Point(200 0)", "Point(1800 5)"])
    per = run(run_alg, FACILITIES=two, BANDS="5", PER_FACILITY=True)
    feats = list(per["OUTPUT"].getFeatures())
    assert sorted(f["facility_id"] for f in feats) == sorted(f.id() for f in two.getFeatures())
    # 200 m from the street's start: 0..600 m reached
    areas = sorted(f["area_m2"] for f in feats)
    assert areas[0] == pytest.approx(600 * 2 * S + CAP, rel=1e-6)


def test_river_not_crossed(run_alg):
    net = memory_layer("LineString", CRS, ["LineString(0 0, 1000 0)",
                                           "LineString(0 200, 1000 200)"])
    res = run(run_alg, NETWORK=net, FACILITIES=facility("Point(500 0)"), BANDS="15",
              SHOULDER_M=50)
    geom = next(res["OUTPUT"].getFeatures()).geometry()
    assert geom.boundingBox().yMaximum() == pytest.approx(50.0)


def test_geographic_network_is_reprojected_and_logged(run_alg):
    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

    net = memory_layer("LineString", "EPSG:4326", ["LineString(24.93 60.17, 24.95 60.17)"])
    fac = facility("Point(24.94 60.17)", "EPSG:4326")
    fb = Log()
    from qgis import processing
    res = processing.run("urbanplan:servicearea", {
        "FACILITIES": fac, "NETWORK": net, "BANDS": "5", "SHOULDER_M": 20,
        "OUTPUT": "memory:"}, feedback=fb)
    assert res["OUTPUT"].crs().authid() == "EPSG:32635"
    assert any("EPSG:32635" in line for line in fb.lines)
    f = next(res["OUTPUT"].getFeatures())
    assert f["area_m2"] == pytest.approx(800 * 40 + 16 * math.sin(math.pi / 16) * 400, rel=1e-3)


def test_inputs_untouched(run_alg):
    fac, net = facility(), street()
    before = ([f.geometry().asWkt() for f in fac.getFeatures()],
              [f.geometry().asWkt() for f in net.getFeatures()])
    run(run_alg, FACILITIES=fac, NETWORK=net)
    assert before == ([f.geometry().asWkt() for f in fac.getFeatures()],
                      [f.geometry().asWkt() for f in net.getFeatures()])
    assert fac.featureCount() == 1 and len(fac.fields()) == 0


@pytest.mark.parametrize("kw,message", [
    ({"BANDS": "0, 5"}, "positive"),
    ({"BANDS": "-10"}, "positive"),
    ({"BANDS": "ten"}, "commas"),
    ({"WALK_SPEED_KMH": 0}, "speed"),
    ({"WALK_SPEED_KMH": -3}, "speed"),
    ({"SHOULDER_M": 0}, "shoulder"),
    ({"FACILITIES": "empty"}, "no features"),
    ({"FACILITIES": "far"}, "None of the 1 facilities"),
])
def test_bad_input(run_alg, kw, message):
    if kw.get("FACILITIES") == "empty":
        kw["FACILITIES"] = memory_layer("Point", CRS, [])
    elif kw.get("FACILITIES") == "far":
        kw["FACILITIES"] = facility("Point(1000 5000)")
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, **kw)


def test_sao_paulo_schools(run_alg, sao_paulo_lines, sp_hexes):
    """Service areas around the hexagons that have schools (hexagon centres as facilities)."""
    from qgis.core import QgsVectorLayer
    hexes = QgsVectorLayer(sp_hexes, "hex", "ogr")
    hexes.setSubsetString('"schools" > 0')
    n = hexes.featureCount()
    assert n > 10
    res = run_alg("servicearea", {"FACILITIES": hexes, "NETWORK": sao_paulo_lines,
                                  "BANDS": "5,10", "OUTPUT": "memory:"})
    feats = list(res["OUTPUT"].getFeatures())
    assert [f["band_min"] for f in feats] == [5, 10]
    assert 0 < feats[0]["area_m2"] < feats[1]["area_m2"]
    assert res["FACILITIES_USED"] + res["FACILITIES_OFF_NETWORK"] == n
    assert res["LARGEST_BAND_AREA_KM2"] == pytest.approx(feats[1]["area_m2"] / 1e6, rel=1e-6)
    assert all(f.geometry().isGeosValid() for f in feats)


def test_same_area_as_qgis_native_service_area_and_buffer(run_alg):
    """Independent check: QGIS's own service area (reached lines, partial edges included)
    buffered and dissolved with the same shoulder gives the same polygon. QGIS measures the
    edges on the ellipsoid (about 0.13% shorter than grid metres here, in São Paulo's UTM
    zone), so the areas agree to a few parts in 10 000, ours being the planar one."""
    from qgis import processing
    x0, y0 = 333000, 7394000
    xs = [i * 100 for i in range(6)]
    lines = []
    for c in xs:
        lines.append("LineString(" + ", ".join(f"{x0 + x} {y0 + c}" for x in xs) + ")")
        lines.append("LineString(" + ", ".join(f"{x0 + c} {y0 + y}" for y in xs) + ")")
    net = memory_layer("LineString", CRS, lines)
    fac = memory_layer("Point", CRS, [f"Point({x0 + 130} {y0 + 200})",
                                      f"Point({x0 + 400} {y0 + 365})"])
    ours = run(run_alg, NETWORK=net, FACILITIES=fac, BANDS="3", SHOULDER_M=20)
    area = next(ours["OUTPUT"].getFeatures())["area_m2"]
    sa = processing.run("native:serviceareafromlayer", {
        "INPUT": net, "STRATEGY": 0, "START_POINTS": fac, "TRAVEL_COST2": 240.0,
        "TOLERANCE": 0.0, "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "memory:"})
    buf = processing.run("native:buffer", {"INPUT": sa["OUTPUT_LINES"], "DISTANCE": 20,
                                           "SEGMENTS": 8, "DISSOLVE": True, "OUTPUT": "memory:"})
    native = sum(f.geometry().area() for f in buf["OUTPUT"].getFeatures())
    assert area == pytest.approx(native, rel=5e-4)
    assert area < 36 * 100 * 40  # a partial cover of the grid, not all of it
