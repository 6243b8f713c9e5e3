"""urbanplan:fifteenminutecity and urbanplan:osmdestinations through processing.run: an
independent networkx check on São Paulo's prepared network, hand-built grids, NULL handling,
zones, groups, presets and bad input."""
import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from conftest import DATA, memory_layer

CRS = "EPSG:32723"
X0, Y0 = 330000.0, 7390000.0  # central São Paulo, UTM 23S
SPEED = 6.0                   # km/h = 100 m per minute


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    def text(self):
        return "\n".join(self.lines)


def grid_layer(n=4, spacing=100.0, extra=()):
    """Streets of an n x n grid (each street one line through its junctions)."""
    feats = []
    for i in range(n):
        c = i * spacing
        row = ", ".join(f"{X0 + j * spacing} {Y0 + c}" for j in range(n))
        col = ", ".join(f"{X0 + c} {Y0 + j * spacing}" for j in range(n))
        feats += [f"LineString({row})", f"LineString({col})"]
    return memory_layer("LineString", CRS, feats + list(extra))


def pt(x, y):
    return f"Point({X0 + x} {Y0 + y})"


def values(layer, field):
    return [None if f[field] is None or (hasattr(f[field], "isNull") and f[field].isNull())
            else f[field] for f in layer.getFeatures()]


def no_check():
    ctx = QgsProcessingContext()
    ctx.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return ctx


def base_params(**kw):
    origins = memory_layer("Point", CRS, [(pt(30, 0), [100]), (pt(300, 300), [50]),
                                          (pt(5000, 5000), [7])], [("pop", "integer")])
    dests = memory_layer("Point", CRS, [(pt(200, 20), ["school"]), (pt(0, 100), ["park"])],
                         [("kind", "string")])
    params = {"ORIGINS": origins, "POPULATION_FIELD": "pop", "DESTINATIONS": dests,
              "CATEGORY_FIELD": "kind", "NETWORK": grid_layer(), "WALK_SPEED_KMH": SPEED,
              "THRESHOLD_MIN": 2.0, "MAX_SNAP_M": 50.0, "OUTPUT": "memory:", "SUMMARY": "memory:"}
    params.update(kw)
    return params


def test_hand_worked_grid_fields_and_nulls(run_alg):
    fb = Log()
    res = run_alg("fifteenminutecity", base_params(), feedback=fb)
    out = res["OUTPUT"]
    names = out.fields().names()
    assert names[:1] == ["pop"]
    assert {"dist_school_m", "time_school_min", "dist_park_m", "time_park_min", "n_within",
            "score"} <= set(names)
    # origin 1: school 70 + 100 + 20 = 190 m (1.9 min), park 30 + 100 = 130 m (1.3 min)
    assert values(out, "dist_school_m")[0] == pytest.approx(190.0)
    assert values(out, "time_school_min")[0] == pytest.approx(1.9)
    assert values(out, "dist_park_m")[0] == pytest.approx(130.0)
    assert values(out, "n_within")[0] == 2 and values(out, "score")[0] == pytest.approx(100.0)
    # origin 2 (300, 300): 100 m west, 280 m down to the school = 380 m, inside the 400 m
    # horizon but beyond 2 min: 100 x (2 - 380/200) = 10 points; the park (500 m) is beyond the
    # horizon: NULL and 0 points; score (10 + 0) / 2 = 5
    assert values(out, "dist_school_m")[1] == pytest.approx(380.0)
    assert values(out, "dist_park_m")[1] is None
    assert values(out, "n_within")[1] == 0 and values(out, "score")[1] == pytest.approx(5.0)
    # origin 3 is off the network: NULL everywhere, never 0
    for f in ("dist_school_m", "time_school_min", "dist_park_m", "n_within", "score"):
        assert values(out, f)[2] is None, f
    # why NULL: origin 2's park is beyond the search horizon, origin 3 is off the network
    assert values(out, "null_reason") == [None, "beyond_horizon", "off_network"]
    assert res["POP_TOTAL"] == 157
    assert res["POP_SHARE_ALL_WITHIN"] == pytest.approx(100 / 157)
    assert res["ORIGINS_OFF_NETWORK"] == 1
    assert "farther than 50 m" in fb.text() and "dist_school_m" in fb.text()
    rows = {(f["zone"], f["category"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    row = rows[("all", "school", "all")]
    assert row["population"] == 157 and row["pop_within"] == 100
    assert row["pop_within_pct"] == pytest.approx(100 * 100 / 157)
    assert ("all", "all_categories", "all") in rows and ("all", "any_category", "all") in rows


def test_same_distances_as_networkx_on_sao_paulo(run_alg, sao_paulo_lines):
    nx = pytest.importorskip("networkx")
    from urbanplan_plugin.core.network.graphs import to_networkx
    from urbanplan_plugin.qgis_io.layers import read_prepared_network
    net_layer = run_alg("preparewalknetwork", {"INPUT": sao_paulo_lines,
                                               "OUTPUT": "memory:"})["OUTPUT"]
    net = read_prepared_network(net_layer, net_layer.crs())
    # origins and destinations exactly on nodes: networkx answers independently
    rng = np.random.default_rng(7)
    comp = net.components()[1]
    main = np.flatnonzero(comp == np.bincount(comp).argmax())
    nodes = rng.choice(main, size=330, replace=False)
    o_nodes, d_nodes = nodes[:300], nodes[300:]
    cats = ["school", "clinic", "stop"] * 10
    # .tolist(): Python floats; repr() of a numpy 2 scalar is "np.float64(...)", not a number
    origins = memory_layer("Point", CRS, [f"Point({x!r} {y!r})"
                                          for x, y in net.node_xy[o_nodes].tolist()])
    dests = memory_layer("Point", CRS, [(f"Point({x!r} {y!r})", [c])
                                        for (x, y), c in zip(net.node_xy[d_nodes].tolist(), cats)],
                         [("kind", "string")])
    res = run_alg("fifteenminutecity", {
        "ORIGINS": origins, "DESTINATIONS": dests, "CATEGORY_FIELD": "kind",
        "NETWORK": net_layer, "THRESHOLD_MIN": 60.0, "OUTPUT": "memory:"})
    out = res["OUTPUT"]
    g = to_networkx(net)
    for cat in ("school", "clinic", "stop"):
        srcs = {int(n) for n, c in zip(d_nodes, cats) if c == cat}
        ref = nx.multi_source_dijkstra_path_length(g, srcs, weight="length")
        expect = np.array([ref.get(int(n), np.nan) for n in o_nodes])
        got = np.array([np.nan if v is None else v for v in values(out, f"dist_{cat}_m")])
        horizon = 2 * 60 * 4.8 * 1000 / 60
        assert np.isnan(got[np.isnan(expect)]).all()
        ok = ~np.isnan(got)
        assert ok.sum() > 250
        np.testing.assert_allclose(got[ok], expect[ok], rtol=1e-3, atol=0.01)
        assert (expect[~ok & ~np.isnan(expect)] > horizon).all()


def schools_from_hexagons():
    """A point per São Paulo hexagon with schools > 0 (the demo's school layer)."""
    hexes = QgsVectorLayer(str(DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg"), "hex", "ogr")
    feats = []
    for f in hexes.getFeatures():
        if f["schools"] and f["schools"] > 0:
            p = f.geometry().pointOnSurface().asPoint()
            feats.append((f"Point({p.x()} {p.y()})", ["school", int(f["schools"])]))
    return memory_layer("Point", CRS, feats, [("category", "string"), ("count", "integer")])


def test_sao_paulo_population_hexagons(run_alg, sao_paulo_lines):
    hexes = str(DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg")
    fb = Log()
    res = run_alg("fifteenminutecity", {
        "ORIGINS": hexes, "POPULATION_FIELD": "population", "DESTINATIONS": schools_from_hexagons(),
        "CATEGORY_FIELD": "category", "NETWORK": sao_paulo_lines, "OUTPUT": "memory:",
        "SUMMARY": "memory:"}, feedback=fb)
    out = res["OUTPUT"]
    assert out.featureCount() == 323
    assert res["POP_TOTAL"] == 517570
    assert 0.5 < res["POP_SHARE_ALL_WITHIN"] <= 1.0
    t = [v for v in values(out, "time_school_min") if v is not None]
    assert len(t) > 300 and min(t) >= 0 and np.median(t) < 15
    # the geometry is the hexagon itself, in the origin CRS
    assert out.crs().authid() == CRS and out.geometryType() == 2
    rows = list(res["SUMMARY"].getFeatures())
    row = [r for r in rows if r["zone"] == "all" and r["category"] == "school"][0]
    assert row["pop_within_pct"] == pytest.approx(100 * res["POP_SHARE_ALL_WITHIN"])
    assert row["median_time_min"] <= row["p90_time_min"] <= 30


def test_origins_in_another_crs_give_the_same_answer(run_alg):
    params = base_params()
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    xf = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), wgs, QgsProject.instance())
    feats = []
    for f in params["ORIGINS"].getFeatures():
        p = xf.transform(f.geometry().asPoint())
        feats.append((f"Point({p.x()!r} {p.y()!r})", [f["pop"]]))
    geo = memory_layer("Point", "EPSG:4326", feats, [("pop", "integer")])
    a = run_alg("fifteenminutecity", params)["OUTPUT"]
    b = run_alg("fifteenminutecity", base_params(ORIGINS=geo))["OUTPUT"]
    assert b.crs().authid() == "EPSG:4326"  # outputs keep the origins' own CRS
    for field in ("dist_school_m", "dist_park_m"):
        va, vb = values(a, field), values(b, field)
        assert [v is None for v in va] == [v is None for v in vb]
        assert [v for v in vb if v is not None] == pytest.approx(
            [v for v in va if v is not None], abs=0.02)


def test_geographic_network_is_analysed_in_utm(run_alg):
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    xf = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), wgs, QgsProject.instance())
    feats = []
    for f in grid_layer().getFeatures():
        line = [xf.transform(QgsPointXY(p)) for p in f.geometry().asPolyline()]
        feats.append("LineString(" + ", ".join(f"{p.x()!r} {p.y()!r}" for p in line) + ")")
    net = memory_layer("LineString", "EPSG:4326", feats)
    fb = Log()
    out = run_alg("fifteenminutecity", base_params(NETWORK=net), feedback=fb)["OUTPUT"]
    assert "EPSG:32723" in fb.text()
    # straight lines in degrees are not exactly straight in UTM: within 0.1%
    assert values(out, "dist_school_m")[0] == pytest.approx(190.0, rel=1e-3)


def test_zones_groups_and_group_speeds(run_alg):
    origins = memory_layer("Point", CRS, [(pt(100, 0), [10, 2]), (pt(200, 0), [20, 5]),
                                          (pt(300, 300), [30, 10])],
                           [("pop", "integer"), ("elderly", "integer")])
    dests = memory_layer("Point", CRS, [(pt(0, 0), ["clinic"])], [("kind", "string")])
    zones = memory_layer("Polygon", CRS, [
        (f"Polygon(({X0 - 50} {Y0 - 50}, {X0 + 150} {Y0 - 50}, {X0 + 150} {Y0 + 50}, "
         f"{X0 - 50} {Y0 + 50}, {X0 - 50} {Y0 - 50}))", ["west"]),
        (f"Polygon(({X0 + 150} {Y0 - 50}, {X0 + 400} {Y0 - 50}, {X0 + 400} {Y0 + 400}, "
         f"{X0 + 150} {Y0 + 400}, {X0 + 150} {Y0 - 50}))", ["east"])], [("name", "string")])
    res = run_alg("fifteenminutecity", {
        "ORIGINS": origins, "POPULATION_FIELD": "pop", "GROUP_FIELDS": ["elderly"],
        "GROUP_SPEEDS": "elderly=3", "DESTINATIONS": dests, "CATEGORY_FIELD": "kind",
        "NETWORK": grid_layer(), "WALK_SPEED_KMH": SPEED, "THRESHOLD_MIN": 2.0,
        "ZONES": zones, "ZONE_FIELD": "name", "OUTPUT": "memory:", "SUMMARY": "memory:"})
    rows = {(f["zone"], f["category"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    # 100 m (1 min) and 200 m (2 min) are within 2 min; 600 m is not
    assert rows[("west", "clinic", "all")]["pop_within"] == 10
    assert rows[("east", "clinic", "all")]["population"] == 50
    assert rows[("east", "clinic", "all")]["pop_within"] == 20
    # the elderly walk 3 km/h (50 m/min): only the 100 m origin is within 2 min
    assert rows[("all", "clinic", "elderly")]["population"] == 17
    assert rows[("all", "clinic", "elderly")]["pop_within"] == 2
    assert rows[("all", "clinic", "elderly")]["median_time_min"] == pytest.approx(4.0)


def test_preset_and_preset_file(run_alg, tmp_path):
    dests = memory_layer("Point", CRS, [(pt(0, 200), ["transit_low"]),
                                        (pt(300, 0), ["transit_high"]),
                                        (pt(100, 100), ["bakery"])], [("kind", "string")])
    fb = Log()
    res = run_alg("fifteenminutecity", base_params(DESTINATIONS=dests, PRESET="sdg_11_2_1"),
                  feedback=fb)
    names = res["OUTPUT"].fields().names()
    assert "dist_transit_low_m" in names and "dist_transit_high_m" in names
    assert "dist_bakery_m" not in names and "bakery" in fb.text()
    assert "SDG indicator 11.2.1" in fb.text()
    path = tmp_path / "mine.csv"
    path.write_text("category,metres,match\nbus,250,transit_low\n")
    res = run_alg("fifteenminutecity", base_params(DESTINATIONS=dests, PRESET_FILE=str(path)))
    out = res["OUTPUT"]
    assert "dist_bus_m" in out.fields().names()
    # origin (30, 0) -> (0, 200): 30 + 200 = 230 m <= 250 m
    assert values(out, "n_within")[0] == 1


def test_odd_category_names_get_safe_fields(run_alg):
    dests = memory_layer("Point", CRS, [(pt(200, 20), ["Escola Pública"]),
                                        (pt(0, 100), ["Parque/Praça"]),
                                        (pt(100, 0), ["学校"]), (pt(100, 100), ["dist"])],
                         [("kind", "string")])
    fb = Log()
    out = run_alg("fifteenminutecity", base_params(DESTINATIONS=dests), feedback=fb)["OUTPUT"]
    names = out.fields().names()
    for f in ("dist_escola_publica_m", "time_parque_praca_min", "dist_cat4_m", "dist_dist_m"):
        assert f in names  # categories in sorted order: 学校 is the 4th
    assert "学校 -> dist_cat4_m" in fb.text()
    assert all(n.isascii() for n in names)


def test_polygon_park_reached_at_its_boundary(run_alg):
    # a park filling the block x 100..200, y 100..200; from the origin at (300, 150): 50 m down
    # and 100 m west to the junction (200, 100) at the park's corner, 5 m from its gate; its
    # centre (150, 150) would snap 50 m into the street x = 200: 50 + 100 + 50 = 200 m
    park = memory_layer("Polygon", CRS, [(
        f"Polygon(({X0 + 105} {Y0 + 105}, {X0 + 195} {Y0 + 105}, {X0 + 195} {Y0 + 195}, "
        f"{X0 + 105} {Y0 + 195}, {X0 + 105} {Y0 + 105}))", ["park"])], [("kind", "string")])
    origins = memory_layer("Point", CRS, [pt(300, 150)])
    params = base_params(ORIGINS=origins, POPULATION_FIELD=None, DESTINATIONS=park)
    auto = run_alg("fifteenminutecity", params)["OUTPUT"]
    assert values(auto, "dist_park_m")[0] == pytest.approx(155.0, abs=0.5)
    point = run_alg("fifteenminutecity", dict(params, POLYGON_ACCESS=1))["OUTPUT"]
    assert values(point, "dist_park_m")[0] == pytest.approx(200.0, abs=0.5)


def test_inputs_are_not_modified(run_alg):
    params = base_params()
    before = [(f.geometry().asWkt(), f.attributes()) for f in params["ORIGINS"].getFeatures()]
    run_alg("fifteenminutecity", params)
    after = [(f.geometry().asWkt(), f.attributes()) for f in params["ORIGINS"].getFeatures()]
    assert after == before
    assert params["ORIGINS"].fields().names() == ["pop"]


@pytest.mark.parametrize("change,message", [
    ({"WALK_SPEED_KMH": 0.0}, "walking speed must be more than 0"),
    ({"WALK_SPEED_KMH": -4.0}, "walking speed must be more than 0"),
    ({"THRESHOLD_MIN": 0.0}, "threshold must be more than 0"),
    ({"THRESHOLD_MIN": -15.0}, "threshold must be more than 0"),
    ({"MAX_SNAP_M": 0.0}, "snap distance must be more than 0"),
    ({"GROUP_SPEEDS": "kids=3"}, "not one of the population group"),
    ({"CATEGORY_FIELD": "nope"}, "not in the destination layer|nope"),
    ({"PRESET_FILE": "/nonexistent.json"}, "does not exist|nonexistent"),
])
def test_bad_parameters(run_alg, change, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("fifteenminutecity", base_params(**change))


def test_bad_layers(run_alg):
    cases = [
        ({"DESTINATIONS": memory_layer("Point", CRS, [(pt(0, 0), [None]), (pt(100, 0), [""])],
                                       [("kind", "string")])}, "no destinations with a category"),
        ({"DESTINATIONS": memory_layer("Point", CRS, [(pt(9000, 0), ["a"]), (pt(0, 9000), ["b"])],
                                       [("kind", "string")])}, "No destination is within 50 m"),
        ({"DESTINATIONS": memory_layer("Point", CRS, [], [("kind", "string")])}, "no features"),
        ({"ORIGINS": memory_layer("Point", CRS, [(pt(0, 0), [None]), (pt(100, 0), [5])],
                                  [("pop", "integer")])}, "NULL"),
        ({"ORIGINS": memory_layer("Point", CRS, [(pt(0, 0), [-3])], [("pop", "integer")])},
         "negative value"),
        ({"ORIGINS": memory_layer("LineString", CRS, ["LineString(0 0, 1 1)"])}, "lines"),
        ({"NETWORK": memory_layer("LineString", "", ["LineString(0 0, 100 0)"])},
         "no coordinate reference system"),
        ({"ZONES": memory_layer("Polygon", CRS, ["Polygon((0 0, 1 0, 1 1, 0 0))"])},
         "zone name field"),
    ]
    for change, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            run_alg("fifteenminutecity", base_params(**change), context=no_check())


def test_osm_destinations_sao_paulo_and_helsinki(run_alg):
    sp = run_alg("osmdestinations", {"INPUT": str(DATA / "sao_paulo" / "spo_osm.pbf"),
                                     "OUTPUT": "memory:"})
    cats = values(sp["OUTPUT"], "category")
    assert sp["DESTINATION_COUNT"] == len(cats) > 300
    assert cats.count("transit_low") > 100 and cats.count("transit_high") > 50
    hel = run_alg("osmdestinations", {"INPUT": str(DATA / "helsinki" / "Helsinki.osm.pbf"),
                                      "OUTPUT": "memory:", "OUTPUT_AREAS": "memory:"},
                  context=no_check())
    cats = values(hel["OUTPUT"], "category")
    assert {"school", "park", "library", "grocery", "transit_low"} <= set(cats)
    areas = values(hel["OUTPUT_AREAS"], "category")
    assert "park" in areas and all(a in cats for a in areas)
    assert set(values(hel["OUTPUT"], "access")) == {"point", "boundary"}


def test_osm_file_alone_gives_a_first_analysis(run_alg):
    pbf = str(DATA / "sao_paulo" / "spo_osm.pbf")
    dests = run_alg("osmdestinations", {"INPUT": pbf, "OUTPUT": "memory:"})["OUTPUT"]
    res = run_alg("fifteenminutecity", {
        "ORIGINS": str(DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg"),
        "POPULATION_FIELD": "population", "DESTINATIONS": dests, "CATEGORY_FIELD": "category",
        "PRESET": "sdg_11_2_1", "NETWORK": f"{pbf}|layername=lines", "OUTPUT": "memory:",
        "SUMMARY": "memory:"})
    rows = {(f["zone"], f["category"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    share_any = rows[("all", "any_category", "all")]["pop_within_pct"]
    assert 50.0 < share_any <= 100.0
    assert 100 * res["POP_SHARE_ALL_WITHIN"] <= share_any
