"""urbanplan:sdg1171 through processing.run: the hand-worked grid city, the Helsinki sample data
and bad input."""
import numpy as np
import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from conftest import DATA, memory_layer

CRS = "EPSG:32635"
XS = range(0, 401, 100)


def grid_wkt():
    rows = ["LineString(" + ", ".join(f"{x} {y}" for x in XS) + ")" for y in XS]
    cols = ["LineString(" + ", ".join(f"{x} {y}" for y in XS) + ")" for x in XS]
    return rows + cols


def box_wkt(x0, y0, x1, y1):
    return f"Polygon(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


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


def is_null(v):
    """NULL attribute: None on Qt6 builds, a null QVariant on QGIS 3.22 / Qt5."""
    return v is None or (hasattr(v, "isNull") and v.isNull())


def no_geometry_check():
    ctx = QgsProcessingContext()
    ctx.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return ctx


@pytest.fixture
def city():
    """The grid city of tests/core/test_publicspace_areas.py as layers."""
    network = memory_layer("LineString", CRS, grid_wkt())
    streets = memory_layer("LineString", CRS, [(w, [10.0]) for w in grid_wkt()],
                           fields=[("width", "double")])
    builtup = memory_layer("Polygon", CRS, [box_wkt(0, 0, 400, 400)])
    parks = memory_layer("Polygon", CRS, [
        (box_wkt(110, 110, 190, 190), ["park", "yes"]),
        (box_wkt(305, 305, 425, 385), ["park", "yes"]),
        (box_wkt(150, 150, 190, 190), ["playground", "yes"]),
        (box_wkt(500, 500, 550, 550), ["park", "yes"]),
        (box_wkt(10, 310, 90, 390), ["garden", "private"]),
    ], fields=[("leisure", "string"), ("access", "string")])
    people = memory_layer("Point", CRS, [
        ("Point(0 0)", [10, 5, "F"]), ("Point(0 300)", [20, 10, "M"]),
        ("Point(400 400)", [30, 15, "F"]), ("Point(250 100)", [40, 20, "M"]),
        ("Point(150 100)", [50, 25, "F"]), ("Point(900 900)", [5, 2, "F"]),
    ], fields=[("pop", "double"), ("women", "double"), ("sex", "string")])
    return {"NETWORK": network, "STREETS": streets, "BUILTUP": builtup, "OPEN_SPACES": parks,
            "POPULATION": people}


def params(city, **extra):
    p = {"BUILTUP": city["BUILTUP"], "OPEN_SPACES": city["OPEN_SPACES"],
         "OPEN_SPACE_FILTER": "\"access\" = 'yes'", "STREETS": city["STREETS"],
         "STREET_WIDTH_FIELD": "width", "NETWORK": city["NETWORK"],
         "POPULATION": city["POPULATION"], "POPULATION_FIELD": "pop", "DISTANCE_M": 400,
         "ENTRANCE_TOLERANCE_M": 20, "OUTPUT": "memory:", "SUMMARY": "memory:"}
    p.update(extra)
    return p


def test_grid_city_by_hand(run_alg, city):
    fb = Log()
    res = run_alg("sdg1171", params(city), feedback=fb)
    # see test_publicspace_areas.py: streets 30 400, open space 14 000 (the private garden is
    # filtered out), overlap 400 -> public 44 000 of 160 000 m²
    assert res["STREET_SHARE_PCT"] == pytest.approx(19.0)
    assert res["OPEN_SPACE_SHARE_PCT"] == pytest.approx(8.75)
    assert res["PUBLIC_SPACE_SHARE_PCT"] == pytest.approx(27.5)
    assert res["BUILTUP_AREA_KM2"] == pytest.approx(0.16)
    # distances by hand as in tests/core/test_publicspace_access.py
    out = {f["pop"]: (f["dist_open_space_m"], f["within"]) for f in res["OUTPUT"].getFeatures()}
    assert out[10][0] == pytest.approx(210) and out[10][1] == 1
    assert out[50][0] == pytest.approx(0) and out[50][1] == 1
    assert is_null(out[5][0]) and is_null(out[5][1])        # NULL, not 0
    reasons = {f["pop"]: f["null_reason"] for f in res["OUTPUT"].getFeatures()}
    assert reasons[5] == "off_network" and is_null(reasons[10])
    # (900,900) is 700 m from the network: unreachable, counted as not within
    total = 155.0
    within = sum(p for p, (d, w) in out.items() if w == 1)
    assert res["POP_WITHIN_PCT"] == pytest.approx(100 * within / total)
    assert res["POPULATION"] == pytest.approx(total)
    assert "overlap" in fb.text().lower()
    assert "outside the built-up area" in fb.text()
    assert "3" in fb.text()                     # the id of the park wholly outside


def test_output_keeps_features_and_fields(run_alg, city):
    res = run_alg("sdg1171", params(city))
    layer = res["OUTPUT"]
    assert layer.featureCount() == 6
    assert layer.fields().names()[:3] == ["pop", "women", "sex"]
    assert {"dist_open_space_m", "within"} <= set(layer.fields().names())
    assert city["POPULATION"].featureCount() == 6       # input untouched
    assert "dist_open_space_m" not in city["POPULATION"].fields().names()


def test_summary_per_zone_and_group(run_alg, city):
    zones = memory_layer("Polygon", CRS, [(box_wkt(-10, -10, 210, 410), ["west"]),
                                          (box_wkt(210, -10, 410, 410), ["east"])],
                         fields=[("name", "string")])
    res = run_alg("sdg1171", params(city, ZONES=zones, ZONE_FIELD="name",
                                    GROUP_FIELDS=["women", "sex"]))
    rows = {(f["zone"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    assert ("all", "all") in rows and ("west", "women") in rows and ("east", "sex=F") in rows
    assert rows[("all", "all")]["population"] == pytest.approx(155)
    assert rows[("all", "women")]["population"] == pytest.approx(77)
    assert rows[("west", "all")]["builtup_m2"] == pytest.approx(84000)
    assert rows[("west", "all")]["open_space_m2"] == pytest.approx(6400)
    assert rows[("east", "all")]["open_space_m2"] == pytest.approx(7600)
    assert rows[("all", "all")]["public_space_share_pct"] == pytest.approx(27.5)
    assert rows[("(outside zones)", "all")]["population"] == pytest.approx(5)


def test_street_polygons_and_default_width(run_alg, city):
    streets = memory_layer("LineString", CRS, grid_wkt())
    res = run_alg("sdg1171", params(city, STREETS=streets, STREET_WIDTH_FIELD=None,
                                    DEFAULT_STREET_WIDTH_M=10))
    assert res["STREET_SHARE_PCT"] == pytest.approx(19.0)
    polys = memory_layer("Polygon", CRS, [box_wkt(0, 195, 400, 205)])
    res = run_alg("sdg1171", params(city, STREETS=polys, STREET_WIDTH_FIELD=None))
    assert res["STREET_SHARE_PCT"] == pytest.approx(100 * 4000 / 160000)


def test_given_entrances(run_alg, city):
    gates = memory_layer("Point", CRS, ["Point(100 150)", "Point(400 350)"])
    fb = Log()
    res = run_alg("sdg1171", params(city, ENTRANCES=gates, ACCESS_POINTS="memory:"),
                  feedback=fb)
    out = {f["pop"]: f["dist_open_space_m"] for f in res["OUTPUT"].getFeatures()}
    assert out[10] == pytest.approx(250)        # (0,0) -> (100,0) -> (100,150)
    pts = {}
    for f in res["ACCESS_POINTS"].getFeatures():
        p = f.geometry().asPoint()
        pts.setdefault((round(p.x()), round(p.y())), set()).add(f[0])
    # gate -> park feature id; the playground (3) inside the fenced park 1 has no gate of its
    # own: it is entered through the park's gate, never through the fence (logged)
    assert pts[(100, 150)] == {1, 3} and pts[(400, 350)] == {2}
    assert "no entrance point" in fb.text() and "never through its fence" in fb.text()
    # park 4, outside the grid, is entered at its boundary point nearest to the network
    assert set().union(*pts.values()) == {1, 2, 3, 4}


def test_geographic_input_is_reprojected_and_logged(run_alg):
    # a 0.004° x 0.002° block near Helsinki in EPSG:4326, streets around it
    x0, y0 = 24.94, 60.17
    dx, dy = 0.004, 0.002
    ring = [(x0, y0), (x0 + dx, y0), (x0 + dx, y0 + dy), (x0, y0 + dy), (x0, y0)]
    net = memory_layer("LineString", "EPSG:4326",
                       ["LineString(" + ", ".join(f"{x} {y}" for x, y in ring) + ")"])
    builtup = memory_layer("Polygon", "EPSG:4326", [
        "Polygon((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"])
    park = memory_layer("Polygon", "EPSG:4326", [
        f"Polygon(({x0 + 0.001} {y0 + 0.0005}, {x0 + 0.003} {y0 + 0.0005}, "
        f"{x0 + 0.003} {y0 + 0.0015}, {x0 + 0.001} {y0 + 0.0015}, {x0 + 0.001} {y0 + 0.0005}))"])
    people = memory_layer("Point", "EPSG:4326", [f"Point({x0} {y0})"])
    fb = Log()
    res = run_alg("sdg1171", {"BUILTUP": builtup, "OPEN_SPACES": park, "NETWORK": net,
                              "POPULATION": people, "ENTRANCE_TOLERANCE_M": 80,
                              "OUTPUT": "memory:"}, feedback=fb)
    assert "EPSG:32635" in fb.text()
    assert "geographic" in fb.text()
    # the park is half the block in both directions: a quarter of its area (UTM areas)
    assert res["OPEN_SPACE_SHARE_PCT"] == pytest.approx(25.0, rel=0.01)
    assert res["STREET_SHARE_PCT"] is None
    assert res["POP_WITHIN_PCT"] == pytest.approx(100.0)


def test_invalid_open_space_is_repaired_and_named(run_alg, city):
    bowtie = "Polygon((110 110, 190 190, 190 110, 110 190, 110 110))"
    parks = memory_layer("Polygon", CRS, [bowtie])
    fb = Log()
    # default context: QGIS's own validity check would stop the run; the algorithm repairs
    res = run_alg("sdg1171", params(city, OPEN_SPACES=parks, OPEN_SPACE_FILTER=None),
                  feedback=fb)
    assert "Repaired 1 invalid open space" in fb.text()
    assert res["OPEN_SPACE_SHARE_PCT"] == pytest.approx(100 * 3200 / 160000)


@pytest.mark.parametrize("case,message", [
    ("empty_builtup", "built-up area layer has no features"),
    ("null_builtup", "no polygon with an area"),
    ("no_width", "no width"),
    ("zero_distance", "more than 0 m"),
    ("bad_filter", "not valid"),
    ("no_zone_field", "no zone name field"),
    ("filter_all", "no open space"),
])
def test_bad_input(run_alg, city, case, message):
    p = params(city)
    if case == "empty_builtup":
        p["BUILTUP"] = memory_layer("Polygon", CRS, [])
    elif case == "null_builtup":
        p["BUILTUP"] = memory_layer("Polygon", CRS, [None])
    elif case == "no_width":
        p["STREET_WIDTH_FIELD"] = None
    elif case == "zero_distance":
        p["DISTANCE_M"] = 0
    elif case == "bad_filter":
        p["OPEN_SPACE_FILTER"] = "\"access\" = 'yes"
    elif case == "no_zone_field":
        p["ZONES"] = city["BUILTUP"]
    elif case == "filter_all":
        p["OPEN_SPACE_FILTER"] = "\"access\" = 'never'"
    out = str(pytest.importorskip("tempfile").mkdtemp()) + "/out.gpkg"
    p["OUTPUT"] = out
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("sdg1171", p, context=no_geometry_check())
    import os
    assert not os.path.exists(out)              # nothing half-written


# ------------------------------------------------------------------ Helsinki smoke test

def helsinki_layers():
    """The Helsinki OSM lines and multipolygons and the 250 m population grid. Made inside each
    test (not in a fixture: pytest would keep the OGR layers alive past QGIS's exit, which
    crashes the interpreter at shutdown)."""
    pbf = DATA / "helsinki" / "Helsinki.osm.pbf"
    lines = QgsVectorLayer(f"{pbf}|layername=lines", "lines", "ogr")
    polys = QgsVectorLayer(f"{pbf}|layername=multipolygons", "mp", "ogr")
    grid = QgsVectorLayer(str(DATA / "helsinki" / "helsinki_population_grid_2020.gpkg"), "pop",
                          "ogr")
    assert lines.isValid() and polys.isValid() and grid.isValid()
    return lines, polys, grid


def test_helsinki_smoke(run_alg):
    lines, polys, grid = helsinki_layers()
    # built-up area: the OSM extract's street extent, as a polygon (the population grid reaches
    # beyond the mapped streets)
    ext = lines.extent()
    builtup = memory_layer("Polygon", "EPSG:4326", [
        f"Polygon(({ext.xMinimum()} {ext.yMinimum()}, {ext.xMaximum()} {ext.yMinimum()}, "
        f"{ext.xMaximum()} {ext.yMaximum()}, {ext.xMinimum()} {ext.yMaximum()}, "
        f"{ext.xMinimum()} {ext.yMinimum()}))"])
    fb = Log()
    ctx = no_geometry_check()
    res = run_alg("sdg1171", {
        "BUILTUP": builtup, "OPEN_SPACES": polys,
        "OPEN_SPACE_FILTER": "\"leisure\" IN ('park', 'playground', 'garden')",
        "STREETS": lines, "DEFAULT_STREET_WIDTH_M": 8,
        "NETWORK": lines, "POPULATION": grid, "POPULATION_FIELD": "population",
        "OUTPUT": "memory:", "SUMMARY": "memory:"}, feedback=fb, context=ctx)
    # (the OSM lines hold a degenerate two-identical-point ferry line: no QGIS validity check)
    assert 0.5 < res["BUILTUP_AREA_KM2"] < 3.5
    assert 1 < res["OPEN_SPACE_SHARE_PCT"] < 40
    assert 5 < res["STREET_SHARE_PCT"] < 60
    assert res["OPEN_SPACE_SHARE_PCT"] < res["PUBLIC_SPACE_SHARE_PCT"] <= \
        res["OPEN_SPACE_SHARE_PCT"] + res["STREET_SHARE_PCT"] + 1e-9
    assert 0 < res["POP_WITHIN_PCT"] <= 100
    assert res["OUTPUT"].featureCount() == grid.featureCount()
    d = [f["dist_open_space_m"] for f in res["OUTPUT"].getFeatures()]
    finite = [v for v in d if isinstance(v, float) and np.isfinite(v)]
    assert finite and min(finite) >= 0 and max(finite) < 5000
    assert "EPSG:32635" in fb.text()


def test_qgis_layers_and_engine_polygons_get_the_same_entrances(qgis_app):
    """qgis_io.points.boundary_access_points (fifteenminutecity, accessibilitygrid,
    flooddisruption) is the engine's one entrance rule (core.network.entrances), which sdg1171,
    greenspacecoverage and suggestsites call with shapely polygons: the same entrances, exactly
    (a polygon no street comes near keeps its nearest boundary point, however far)."""
    from qgis.core import QgsGeometry
    from shapely import wkb

    from urbanplan_plugin.core.network.build import build_network
    from urbanplan_plugin.core.network.entrances import boundary_entrances
    from urbanplan_plugin.core.network.snap import EdgeIndex
    from urbanplan_plugin.qgis_io.points import boundary_access_points
    xs = np.arange(0, 401, 100.0)
    net = build_network([np.array([(x, y) for x in xs]) for y in xs]
                        + [np.array([(x, y) for y in xs]) for x in xs])
    index = EdgeIndex(net)
    wkts = [box_wkt(110, 110, 190, 190), box_wkt(305, 305, 425, 385),
            "Polygon((20 20, 80 30, 60 90, 20 20))", box_wkt(600, 600, 650, 650),
            "CurvePolygon(CircularString(250 250, 290 250, 250 250))"]
    qgeoms = [QgsGeometry.fromWkt(w) for w in wkts]
    shapes = [wkb.loads(bytes(g.constGet().segmentize().asWkb())) for g in qgeoms]
    for tol in (10.0, 25.0):
        q_xy, q_own = boundary_access_points(qgeoms + [None], index, tol)
        c_xy, c_own, near, reached = boundary_entrances(shapes + [None], index, tol)
        np.testing.assert_array_equal(q_own, c_own)
        np.testing.assert_allclose(q_xy, c_xy)
        assert near.tolist() == [True, True, True, False, True, False]
        assert reached.tolist() == [True] * 5 + [False]


def test_one_park_one_distance_in_fifteenminutecity_and_sdg1171(run_alg):
    """The same park, the same people, the same streets: fifteenminutecity (a park polygon is
    entered at its boundary) and sdg1171 give the same walking distances, worked by hand.

    The park fills the block 105..195 of the 100 m grid, 5 m from its four streets; with the
    default 25 m tolerance its 360 m boundary is sampled every 24 m from (105, 105) and at its
    corners, each sample snapped to the street beside it."""
    network = memory_layer("LineString", CRS, grid_wkt())
    park = memory_layer("Polygon", CRS, [(box_wkt(105, 105, 195, 195), ["park"])],
                        fields=[("leisure", "string")])
    people = memory_layer("Point", CRS, [
        ("Point(300 150)", [1.0]),   # 50 south, 100 west to (200, 100), 5 north: 155 m
        ("Point(0 0)", [1.0]),       # 200 m to (100, 100), 5 to the corner gate: 205 m
        ("Point(150 100)", [1.0]),   # beside the park; the gate at x = 153: 3 m
        ("Point(400 400)", [1.0]),   # 400 m to (200, 200), + 5: 405 m
    ], fields=[("pop", "double")])
    expected = [155.0, 205.0, 3.0, 405.0]
    fifteen = run_alg("fifteenminutecity", {
        "ORIGINS": people, "DESTINATIONS": park, "CATEGORY_FIELD": "leisure",
        "NETWORK": network, "THRESHOLD_MIN": 15.0, "OUTPUT": "memory:"})
    sdg = run_alg("sdg1171", {
        "BUILTUP": memory_layer("Polygon", CRS, [box_wkt(0, 0, 400, 400)]),
        "OPEN_SPACES": park, "NETWORK": network, "POPULATION": people,
        "POPULATION_FIELD": "pop", "DISTANCE_M": 400, "OUTPUT": "memory:",
        "SUMMARY": "memory:"})
    d15 = [f["dist_park_m"] for f in fifteen["OUTPUT"].getFeatures()]
    dsdg = [f["dist_open_space_m"] for f in sdg["OUTPUT"].getFeatures()]
    assert d15 == pytest.approx(expected, abs=0.01)
    assert dsdg == pytest.approx(expected, abs=0.01)


def test_gates_closer_together_than_the_tolerance_are_all_kept(run_alg):
    """fifteenminutecity used to thin a park's entrances to one per 25 m cell, so it could
    drop the nearest gate and report a longer walk than sdg1171; both now keep every gate.

    The park (113..193 x 105..195) has a 340 m boundary, sampled every 340 / 14 = 24.29 m from
    its first vertex (113, 105): gates at x = 113, 137.29, 161.57, 185.86 on the street y = 100.
    Walking from (135, 100), the gate at 137.29 is 2.29 m away (the thinned rule kept x = 113
    and x = 161.57 only: 22 m)."""
    network = memory_layer("LineString", CRS, grid_wkt())
    park = memory_layer("Polygon", CRS, [(box_wkt(113, 105, 193, 195), ["park"])],
                        fields=[("leisure", "string")])
    people = memory_layer("Point", CRS, [("Point(135 100)", [1.0])], fields=[("pop", "double")])
    fifteen = run_alg("fifteenminutecity", {
        "ORIGINS": people, "DESTINATIONS": park, "CATEGORY_FIELD": "leisure",
        "NETWORK": network, "THRESHOLD_MIN": 15.0, "OUTPUT": "memory:"})
    sdg = run_alg("sdg1171", {
        "BUILTUP": memory_layer("Polygon", CRS, [box_wkt(0, 0, 400, 400)]),
        "OPEN_SPACES": park, "NETWORK": network, "POPULATION": people,
        "POPULATION_FIELD": "pop", "DISTANCE_M": 400, "OUTPUT": "memory:",
        "SUMMARY": "memory:"})
    d15 = [f["dist_park_m"] for f in fifteen["OUTPUT"].getFeatures()]
    dsdg = [f["dist_open_space_m"] for f in sdg["OUTPUT"].getFeatures()]
    assert d15 == pytest.approx([340 / 14 + 113 - 135], abs=0.01)
    assert dsdg == pytest.approx(d15, abs=0.01)
