"""urbanplan:supplydemand (2SFCA) through processing.run: the paper example and bad input."""
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


def street():
    return memory_layer("LineString", CRS, ["LineString(0 0, 1000 0, 2000 0, 3000 0)"])


def supply():
    return memory_layer("Point", CRS, [("Point(500 0)", ["A", 10]), ("Point(2000 5)", ["B", 30])],
                        fields=[("name", "string"), ("seats", "double")])


def demand():
    return memory_layer("Point", CRS, [("Point(0 0)", ["o1", 100]),
                                       ("Point(1200 0)", ["o2", 200]),
                                       ("Point(2600 0)", ["o3", 300])],
                        fields=[("name", "string"), ("pop", "integer")])


def run(run_alg, **kw):
    params = {"SUPPLY": supply(), "SUPPLY_FIELD": "seats", "DEMAND": demand(),
              "POPULATION_FIELD": "pop", "NETWORK": street(), "CATCHMENT_MIN": 10,
              "WALK_SPEED_KMH": 4.8, "OUTPUT": "memory:", "FACILITIES_OUTPUT": "memory:"}
    params.update(kw)
    return run_alg("supplydemand", params)


def test_paper_example(run_alg):
    """Same numbers as tests/core/test_twostep_engine.py: R_A = 10/300, R_B = 30/500."""
    res = run(run_alg)
    rows = {f["name"]: f for f in res["OUTPUT"].getFeatures()}
    assert rows["o1"]["access_per_1000"] == pytest.approx(1000 / 30, rel=1e-6)
    assert rows["o2"]["access_per_1000"] == pytest.approx(1000 * (10 / 300 + 30 / 500), rel=1e-6)
    assert rows["o3"]["access_per_1000"] == pytest.approx(60.0, rel=1e-6)
    assert [rows[k]["n_facilities"] for k in ("o1", "o2", "o3")] == [1, 2, 1]
    assert rows["o1"]["pop"] == 100  # input fields are kept
    fac = {f["name"]: f for f in res["FACILITIES_OUTPUT"].getFeatures()}
    assert fac["A"]["demand"] == pytest.approx(300) and fac["B"]["demand"] == pytest.approx(500)
    assert fac["B"]["ratio_per_1000"] == pytest.approx(60.0)
    assert res["TOTAL_SUPPLY"] == 40 and res["TOTAL_POPULATION"] == 600
    assert res["MEAN_ACCESS_PER_1000"] == pytest.approx(1000 * 40 / 600)
    assert res["SHARE_WITH_ACCESS"] == pytest.approx(1.0)
    # the distribution over people (worked in tests/core/test_twostep_engine.py)
    assert res["ACCESS_MEDIAN_PER_1000"] == pytest.approx(60.0)
    assert res["POP_BELOW_STANDARD_PCT"] == pytest.approx(100 * 2 / 3)
    assert res["GINI_ACCESS"] == pytest.approx(1 / 6)
    res = run(run_alg, STANDARD_PER_1000=50)
    assert res["STANDARD_PER_1000"] == 50
    assert res["POP_BELOW_STANDARD_PCT"] == pytest.approx(100 / 6)
    total = sum(f["access_per_1000"] / 1000 * f["pop"] for f in res["OUTPUT"].getFeatures())
    assert total == pytest.approx(40.0)  # supply conserved


def test_gaussian_option_and_zero_vs_null(run_alg):
    dem = memory_layer("Point", CRS, [("Point(500 0)", ["near", 100]),
                                      ("Point(2900 0)", ["far", 50]),
                                      ("Point(500 900)", ["off", 70])],
                       fields=[("name", "string"), ("pop", "integer")])
    res = run(run_alg, DEMAND=dem, SUPPLY=memory_layer(
        "Point", CRS, [("Point(500 0)", ["A", 10])], fields=[("name", "string"),
                                                            ("seats", "double")]),
        DECAY=1, MAX_SNAP_M=100, CATCHMENT_MIN=5)
    rows = {f["name"]: f for f in res["OUTPUT"].getFeatures()}
    assert rows["near"]["access_per_1000"] == pytest.approx(100.0)
    assert rows["far"]["access_per_1000"] == 0  # on the network, nothing within reach
    assert _value(rows["off"]["access_per_1000"]) is None  # off the network: NULL
    assert res["SHARE_WITH_ACCESS"] == pytest.approx(100 / 150)


def test_polygon_demand_and_inputs_untouched(run_alg):
    dem = memory_layer("Polygon", CRS, [("Polygon((-50 -50, 50 -50, 50 50, -50 50, -50 -50))",
                                         ["sq", 10])],
                       fields=[("name", "string"), ("pop", "integer")])
    before = [f.attributes() for f in dem.getFeatures()]
    res = run(run_alg, DEMAND=dem)
    f = next(res["OUTPUT"].getFeatures())
    assert f.geometry().area() == pytest.approx(10000)
    assert f["access_per_1000"] == pytest.approx(1000.0)  # 10 seats for 10 people
    assert [g.attributes() for g in dem.getFeatures()] == before
    assert dem.fields().names() == ["name", "pop"]


@pytest.mark.parametrize("kw,message", [
    ({"CATCHMENT_MIN": 0}, "catchment"),
    ({"WALK_SPEED_KMH": 0}, "speed"),
    ({"SUPPLY": "empty"}, "no features"),
    ({"SUPPLY": "far"}, "None of the 1 facilities"),
    ({"DEMAND": "nulls"}, "NULL"),
    ({"DEMAND": "negative"}, "negative"),
])
def test_bad_input(run_alg, kw, message):
    fields_s = [("name", "string"), ("seats", "double")]
    fields_d = [("name", "string"), ("pop", "integer")]
    if kw.get("SUPPLY") == "empty":
        kw["SUPPLY"] = memory_layer("Point", CRS, [], fields=fields_s)
    elif kw.get("SUPPLY") == "far":
        kw["SUPPLY"] = memory_layer("Point", CRS, [("Point(0 9000)", ["x", 1])], fields=fields_s)
    elif kw.get("DEMAND") == "nulls":
        kw["DEMAND"] = memory_layer("Point", CRS, [("Point(0 0)", ["x", None])], fields=fields_d)
    elif kw.get("DEMAND") == "negative":
        kw["DEMAND"] = memory_layer("Point", CRS, [("Point(0 0)", ["x", -5])], fields=fields_d)
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, **kw)


def test_sao_paulo_schools_per_population(run_alg, sao_paulo_lines, sp_hexes):
    """Schools (count per hexagon as supply) shared by the population of the hexagons."""
    from qgis.core import QgsVectorLayer
    path = sp_hexes
    hexes = QgsVectorLayer(path, "hex", "ogr")
    schools = QgsVectorLayer(path, "schools", "ogr")
    schools.setSubsetString('"schools" > 0')
    res = run_alg("supplydemand", {
        "SUPPLY": schools, "SUPPLY_FIELD": "schools", "DEMAND": hexes,
        "POPULATION_FIELD": "population", "NETWORK": sao_paulo_lines, "CATCHMENT_MIN": 15,
        "OUTPUT": "memory:"})
    feats = list(res["OUTPUT"].getFeatures())
    assert len(feats) == hexes.featureCount()
    assert 0 < res["SHARE_WITH_ACCESS"] <= 1
    covered = sum(f["access_per_1000"] / 1000 * f["population"] for f in feats
                  if _value(f["access_per_1000"]) is not None)
    # conservation: supply reaching residents is shared out exactly
    assert covered == pytest.approx(res["SUPPLY_REACHING_RESIDENTS"], rel=1e-6)
