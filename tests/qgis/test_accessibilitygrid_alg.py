"""urbanplan:accessibilitygrid through processing.run: fields, values, zones, bad input."""
import math

import numpy as np
import pytest
from qgis.core import QgsProcessingException

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


def grid_streets(n=3, spacing=100.0):
    """Streets crossing at shared vertices (so they are joined at every junction)."""
    xs = [i * spacing for i in range(n)]
    lines = []
    for c in xs:
        lines.append("LineString(" + ", ".join(f"{x} {c}" for x in xs) + ")")
        lines.append("LineString(" + ", ".join(f"{c} {y}" for y in xs) + ")")
    return memory_layer("LineString", CRS, lines)


def destinations():
    return memory_layer("Point", CRS, [("Point(200 200)", ["school", 10]),
                                       ("Point(0 0)", ["Shop & Café", 5])],
                        fields=[("kind", "string"), ("jobs", "integer")])


def run(run_alg, **kw):
    params = {"DESTINATIONS": destinations(), "CATEGORY_FIELD": "kind", "WEIGHT_FIELD": "jobs",
              "NETWORK": grid_streets(), "EXTENT": f"-50,250,-50,250 [{CRS}]", "CELL_SIZE": 100,
              "WALK_SPEED_KMH": 4.8, "THRESHOLD_MIN": 2.5, "HORIZON_MIN": 10,
              "OUTPUT": "memory:"}
    params.update(kw)
    return run_alg("accessibilitygrid", params)


def test_fields_and_values(run_alg):
    res = run(run_alg)
    layer = res["OUTPUT"]
    names = layer.fields().names()
    assert names == ["cell_id", "snap_m", "nearest_min", "time_shop_cafe_min", "time_school_min",
                     "opportunities", "gravity", "gravity_trunc_max_pct", "null_reason"]
    # exponential decay, beta 0.1: summed up to ln(100) / 0.1 min; nothing is left out here
    assert res["GRAVITY_CUTOFF_MIN"] == pytest.approx(math.log(100) / 0.1)
    assert res["GRAVITY_TRUNC_MAX_PCT"] == 0.0
    feats = list(layer.getFeatures())
    assert len(feats) == res["CELL_COUNT"] > 4
    hex_area = math.sqrt(3) / 2 * 100 ** 2
    for f in feats:
        assert f.geometry().area() == pytest.approx(hex_area, rel=1e-9)
    # the cell whose centre is nearest to (0, 0): shop at 0 m (cell centre snapped to the grid)
    on = [f for f in feats if _value(f["snap_m"]) is not None]
    assert res["CELLS_ON_NETWORK"] == len(on)
    # every value follows the formula: gravity = sum w exp(-0.1 t) over reached destinations
    for f in on:
        ts, tc = _value(f["time_school_min"]), _value(f["time_shop_cafe_min"])
        g = (10 * math.exp(-0.1 * ts) if ts is not None else 0) + \
            (5 * math.exp(-0.1 * tc) if tc is not None else 0)
        assert f["gravity"] == pytest.approx(g, rel=1e-3)  # times are written to 3 decimals
        opp = (10 if ts is not None and ts <= 2.5 + 1e-9 else 0) + \
              (5 if tc is not None and tc <= 2.5 + 1e-9 else 0)
        assert f["opportunities"] == pytest.approx(opp)
        assert ts is not None and tc is not None  # the whole 200 m grid is within 10 min
        assert f["nearest_min"] == pytest.approx(min(ts, tc), abs=1e-3)
    means = np.mean([f["opportunities"] for f in on])
    assert res["MEAN_OPPORTUNITIES"] == pytest.approx(means)


def test_zones_keep_touching_cells_and_off_network_is_null(run_alg):
    zone = memory_layer("Polygon", CRS, ["Polygon((-40 -40, 60 -40, 60 60, -40 60, -40 -40))"])
    res = run(run_alg, ZONES=zone, EXTENT=None)
    assert 1 <= res["CELL_COUNT"] <= 6
    far = memory_layer("Polygon", CRS, ["Polygon((1000 1000, 1400 1000, 1400 1400, "
                                        "1000 1400, 1000 1000))",
                                        "Polygon((-40 -40, 60 -40, 60 60, -40 60, -40 -40))"])
    res = run(run_alg, ZONES=far, EXTENT=None, MAX_SNAP_M=60)
    vals = [_value(f["opportunities"]) for f in res["OUTPUT"].getFeatures()]
    assert None in vals and any(v is not None for v in vals)
    assert res["CELLS_ON_NETWORK"] < res["CELL_COUNT"]


def test_power_decay_and_no_category(run_alg):
    res = run(run_alg, CATEGORY_FIELD=None, WEIGHT_FIELD=None, DECAY=1, BETA=2.0)
    layer = res["OUTPUT"]
    assert "time_all_min" in layer.fields().names()
    for f in layer.getFeatures():
        if _value(f["snap_m"]) is None:
            continue
        assert f["opportunities"] <= 2


@pytest.mark.parametrize("kw,message", [
    ({"CELL_SIZE": 0}, "cell size"),
    ({"CELL_SIZE": 0.05}, r"cells, more than"),
    ({"WALK_SPEED_KMH": 0}, "speed"),
    ({"THRESHOLD_MIN": -1}, "threshold"),
    ({"BETA": -1.0}, "beta"),
    ({"DESTINATIONS": "empty"}, "no features"),
    ({"DESTINATIONS": "far"}, "None of the 1 destinations"),
    ({"WEIGHT_FIELD": "nulls"}, "NULL"),
])
def test_bad_input(run_alg, kw, message):
    if kw.get("DESTINATIONS") == "empty":
        kw["DESTINATIONS"] = memory_layer("Point", CRS, [], fields=[("kind", "string"),
                                                                     ("jobs", "integer")])
    elif kw.get("DESTINATIONS") == "far":
        kw["DESTINATIONS"] = memory_layer("Point", CRS, [("Point(9000 9000)", ["x", 1])],
                                          fields=[("kind", "string"), ("jobs", "integer")])
    elif kw.get("WEIGHT_FIELD") == "nulls":
        kw["WEIGHT_FIELD"] = "jobs"
        kw["DESTINATIONS"] = memory_layer("Point", CRS, [("Point(0 0)", ["x", None])],
                                          fields=[("kind", "string"), ("jobs", "integer")])
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, **kw)


def test_sao_paulo_jobs_heat_map(run_alg, sao_paulo_lines, sp_hexes):
    from qgis.core import QgsVectorLayer
    hexes = QgsVectorLayer(sp_hexes, "hex", "ogr")
    total_jobs = sum(f["jobs"] for f in hexes.getFeatures())
    res = run_alg("accessibilitygrid", {
        "DESTINATIONS": hexes, "WEIGHT_FIELD": "jobs", "NETWORK": sao_paulo_lines,
        "ZONES": hexes, "CELL_SIZE": 400, "THRESHOLD_MIN": 15, "OUTPUT": "memory:"})
    feats = list(res["OUTPUT"].getFeatures())
    assert res["CELL_COUNT"] == len(feats) > 100
    assert res["CELLS_ON_NETWORK"] > 0.8 * res["CELL_COUNT"]
    opp = [f["opportunities"] for f in feats if _value(f["opportunities"]) is not None]
    assert 0 < max(opp) <= total_jobs
    assert 0 < res["MEAN_NEAREST_MIN"] < 15
