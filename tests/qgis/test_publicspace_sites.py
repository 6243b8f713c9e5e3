"""urbanplan:suggestsites through processing.run: candidates as points and polygons, priority,
free placement, bad input (hand-worked case of tests/core/test_publicspace_siting.py)."""
import os
import tempfile

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsWkbTypes

from conftest import memory_layer
from test_publicspace_sdg1171 import (
    CRS,
    box_wkt,
    helsinki_layers,
    is_null,
    no_geometry_check,
)

STREET = "LineString(" + ", ".join(f"{x} 0" for x in range(0, 2001, 100)) + ")"
DEMAND = [(100, 10), (150, 10), (200, 10), (1000, 25), (1800, 20), (1900, 20)]


@pytest.fixture
def line_town():
    network = memory_layer("LineString", CRS, [STREET])
    demand = memory_layer("Point", CRS, [(f"Point({x} 0)", [p]) for x, p in DEMAND],
                          fields=[("pop", "double")])
    cands = memory_layer("Point", CRS, [(f"Point({x} 0)", [w]) for x, w in
                                        ((150, 1.0), (1850, 1.0), (1000, 2.0), (600, 1.0))],
                         fields=[("weight", "double")])
    return network, demand, cands


def run(run_alg, town, **extra):
    network, demand, cands = town
    p = {"DEMAND": demand, "POPULATION_FIELD": "pop", "CANDIDATES": cands, "K": 4,
         "DISTANCE_M": 200, "NETWORK": network, "OUTPUT": "memory:"}
    p.update(extra)
    return run_alg("suggestsites", p)


def test_ranked_sites_by_hand(run_alg, line_town):
    res = run(run_alg, line_town)
    rows = sorted(res["OUTPUT"].getFeatures(), key=lambda f: f["rank"])
    assert [f["candidate_fid"] for f in rows] == [2, 1, 3]          # memory fids start at 1
    assert [f["marginal_gain"] for f in rows] == [40, 30, 25]
    assert [f["cumulative_covered"] for f in rows] == [40, 70, 95]
    assert rows[-1]["cumulative_share_pct"] == pytest.approx(100)
    assert rows[0].geometry().asPoint().x() == pytest.approx(1850)
    assert res["SITES"] == 3 and res["COVERED_BEFORE_PCT"] == 0
    assert res["COVERED_AFTER_PCT"] == pytest.approx(100) and res["NEW_COVERED"] == 95


def test_existing_and_priority(run_alg, line_town):
    network, demand, cands = line_town
    existing = memory_layer("Polygon", CRS, [box_wkt(1840, 5, 1860, 25)])   # a park by x=1850
    res = run(run_alg, line_town, EXISTING=existing, K=1, PRIORITY_FIELD="weight",
              ENTRANCE_TOLERANCE_M=10)
    rows = list(res["OUTPUT"].getFeatures())
    # C is served by the park; B (25 people x 2) beats A (30 x 1)
    assert [f["candidate_fid"] for f in rows] == [3]
    assert rows[0]["weighted_gain"] == pytest.approx(50) and rows[0]["priority"] == 2
    assert res["COVERED_BEFORE_PCT"] == pytest.approx(100 * 40 / 95)


def test_polygon_candidates_keep_their_geometry(run_alg, line_town):
    network, demand, _ = line_town
    plots = memory_layer("Polygon", CRS, [box_wkt(130, 5, 170, 30), box_wkt(980, 5, 1020, 30)])
    res = run(run_alg, line_town, CANDIDATES=plots, K=2)
    layer = res["OUTPUT"]
    assert QgsWkbTypes.geometryType(layer.wkbType()) == \
        QgsWkbTypes.GeometryType.PolygonGeometry
    rows = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    assert [f["marginal_gain"] for f in rows] == [30, 25]
    assert rows[0].geometry().area() == pytest.approx(1000)


def test_free_placement(run_alg, line_town):
    network, demand, _ = line_town
    res = run(run_alg, line_town, CANDIDATES=None, K=3)
    rows = sorted(res["OUTPUT"].getFeatures(), key=lambda f: f["rank"])
    assert len(rows) == 3 and all(is_null(f["candidate_fid"]) for f in rows)
    assert sum(f["marginal_gain"] for f in rows) == pytest.approx(95)
    for f in rows:
        assert f.geometry().asPoint().y() == pytest.approx(0)      # on the street


@pytest.mark.parametrize("extra,message", [
    ({"K": 5}, "only 4 feature"),
    ({"DISTANCE_M": 0}, "more than 0 m"),
    ({"PRIORITY_FIELD": "weight", "CANDIDATES": "negative"}, "negative"),
])
def test_bad_input(run_alg, line_town, extra, message):
    if extra.get("CANDIDATES") == "negative":
        extra = dict(extra, CANDIDATES=memory_layer(
            "Point", CRS, [("Point(150 0)", [-1.0]), ("Point(1000 0)", [1.0])],
            fields=[("weight", "double")]), K=1)
    out = os.path.join(tempfile.mkdtemp(), "sites.gpkg")
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, line_town, OUTPUT=out, **extra)
    assert not os.path.exists(out)


def test_helsinki_free_placement(run_alg):
    lines, polys, grid = helsinki_layers()
    parks = polys.materialize(QgsFeatureRequest().setFilterExpression("\"leisure\" = 'park'"))
    ctx = no_geometry_check()
    res = run_alg("suggestsites", {"DEMAND": grid, "POPULATION_FIELD": "population",
                                   "EXISTING": parks, "K": 3, "DISTANCE_M": 300,
                                   "NETWORK": lines, "OUTPUT": "memory:"}, context=ctx)
    assert 1 <= res["SITES"] <= 3
    assert res["COVERED_AFTER_PCT"] >= res["COVERED_BEFORE_PCT"]
    gains = [f["marginal_gain"] for f in sorted(res["OUTPUT"].getFeatures(),
                                                key=lambda f: f["rank"])]
    assert gains == sorted(gains, reverse=True) and gains[0] > 0
