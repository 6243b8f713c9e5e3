"""urbanplan:greenspacecoverage through processing.run: the hand-worked grid city (see
tests/core/test_publicspace_access.py), own class tables, Helsinki, bad input."""
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import memory_layer
from test_publicspace_sdg1171 import (
    CRS,
    Log,
    box_wkt,
    grid_wkt,
    helsinki_layers,
    is_null,
    no_geometry_check,
)


@pytest.fixture
def town():
    network = memory_layer("LineString", CRS, grid_wkt() + ["LineString(400 400, 1000 400)"])
    parks = memory_layer("Polygon", CRS, [(box_wkt(110, 110, 190, 190), ["Central"]),
                                          (box_wkt(310, 10, 350, 50), ["Corner"])],
                         fields=[("name", "string")])
    people = memory_layer("Point", CRS, [("Point(0 0)", [10]), ("Point(400 400)", [20]),
                                         ("Point(0 400)", [30]), ("Point(1000 400)", [40])],
                          fields=[("pop", "double")])
    return network, parks, people


def run(run_alg, town, **extra):
    network, parks, people = town
    p = {"PARKS": parks, "NETWORK": network, "POPULATION": people, "POPULATION_FIELD": "pop",
         "CLASSES": ["pocket", 0, 300, "neighbourhood", 5000, 500],
         "ENTRANCE_TOLERANCE_M": 20, "OUTPUT": "memory:", "UNDERSERVED": "memory:",
         "SUMMARY": "memory:"}
    p.update(extra)
    return run_alg("greenspacecoverage", p)


def test_coverage_by_hand(run_alg, town):
    res = run(run_alg, town)
    rows = {f["pop"]: f for f in res["OUTPUT"].getFeatures()}
    assert rows[10]["dist_neighbourhood_m"] == pytest.approx(210)
    assert rows[10]["dist_pocket_m"] == pytest.approx(310)
    assert rows[10]["cov_pocket"] == 0 and rows[10]["cov_neighbourhood"] == 1
    assert rows[40]["covered"] == 0
    assert [f["covered"] for f in rows.values()] == [1, 1, 1, 0]
    under = list(res["UNDERSERVED"].getFeatures())
    assert len(under) == 1 and under[0]["pop"] == 40
    assert under[0]["nearest_park_m"] == pytest.approx(1010)
    assert "service distance" in under[0]["reason"]
    assert res["POPULATION"] == pytest.approx(100)
    assert res["POP_COVERED_PCT"] == pytest.approx(60)
    assert res["SHARE_UNCOVERED_PCT"] == pytest.approx(40)
    assert res["PARK_M2_PER_RESIDENT"] == pytest.approx(80)      # (6 400 + 1 600) / 100
    summary = {(f["zone"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    top = summary[("all", "all")]
    assert top["pop_cov_neighbourhood"] == pytest.approx(60) and top["pop_cov_pocket"] == 0


def test_preset_and_zones(run_alg, town):
    zones = memory_layer("Polygon", CRS, [(box_wkt(-10, -10, 210, 410), ["west"]),
                                          (box_wkt(210, -10, 1010, 410), ["east"])],
                         fields=[("name", "string")])
    fb = Log()
    res = run(run_alg, town, CLASSES=None, PRESET="park_within_500m", ZONES=zones,
              ZONE_FIELD="name")
    summary = {(f["zone"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    assert summary[("west", "all")]["park_m2"] == pytest.approx(6400)
    assert summary[("east", "all")]["park_m2"] == pytest.approx(1600)
    # west: (0,0) and (0,400): 40 people
    assert summary[("west", "all")]["park_m2_per_resident"] == pytest.approx(6400 / 40)
    # one class "park" within 500 m: (0,0) 210, (400,400) 410, (0,400) 310, (1000,400) 1010
    assert summary[("all", "all")]["pop_cov_park"] == pytest.approx(60)
    # the default preset, through the default parameters
    res = run_alg("greenspacecoverage", {
        "PARKS": town[1], "NETWORK": town[0], "POPULATION": town[2], "POPULATION_FIELD": "pop",
        "OUTPUT": "memory:", "UNDERSERVED": "memory:"}, feedback=fb)
    names = res["OUTPUT"].fields().names()
    assert {"dist_pocket_park_m", "cov_neighbourhood_park", "cov_district_park"} <= set(names)
    assert "Fuzhou" in fb.text() and "m² per resident" in fb.text()


def test_off_network_population_is_underserved_with_reason(run_alg, town):
    network, parks, _ = town
    people = memory_layer("Point", CRS, [("Point(0 0)", [10]), ("Point(3000 3000)", [5])],
                          fields=[("pop", "double")])
    res = run(run_alg, (network, parks, people))
    under = {f["pop"]: f for f in res["UNDERSERVED"].getFeatures()}
    assert list(under) == [5]
    assert "off the network" in under[5]["reason"] and is_null(under[5]["nearest_park_m"])


@pytest.mark.parametrize("classes,message", [
    (["pocket", 0, 300, "pocket", 10, 500], "repeat"),
    (["pocket", 0, -1], "service distance"),
    (["big", 1e9, 300], "No park reaches"),
])
def test_bad_class_tables(run_alg, town, classes, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, town, CLASSES=classes)


def test_helsinki_smoke(run_alg):
    lines, polys, grid = helsinki_layers()
    fb = Log()
    ctx = no_geometry_check()
    res = run_alg("greenspacecoverage", {
        "PARKS": polys, "PARK_FILTER": "\"leisure\" IN ('park', 'playground', 'garden')",
        "NETWORK": lines, "POPULATION": grid, "POPULATION_FIELD": "population",
        "OUTPUT": "memory:", "UNDERSERVED": "memory:", "SUMMARY": "memory:"},
        feedback=fb, context=ctx)
    assert res["POPULATION"] > 10000
    assert 0 <= res["POP_COVERED_PCT"] <= 100
    assert res["POP_COVERED_PCT"] + res["SHARE_UNCOVERED_PCT"] == pytest.approx(100)
    assert 0.1 < res["PARK_M2_PER_RESIDENT"] < 100
    assert res["UNDERSERVED"].featureCount() <= grid.featureCount()
    assert isinstance(fb, QgsProcessingFeedback)
