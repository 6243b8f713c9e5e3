"""urbanplan:preparewalknetwork through processing.run, on São Paulo and on bad input."""
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from conftest import memory_layer


def test_sao_paulo_network(run_alg, sao_paulo_lines):
    res = run_alg("preparewalknetwork", {"INPUT": sao_paulo_lines, "OSM_FILTER": True,
                                         "SNAP_TOLERANCE": 0.5, "OUTPUT": "memory:"})
    layer = res["OUTPUT"]
    assert layer.crs().authid() == "EPSG:32723"  # São Paulo is in UTM zone 23 south
    assert layer.featureCount() == res["EDGE_COUNT"] > 5000
    assert res["NODE_COUNT"] > 3000
    assert 0.5 < res["LARGEST_COMPONENT_SHARE"] <= 1.0
    total = sum(f["length_m"] for f in layer.getFeatures()) / 1000
    assert res["TOTAL_LENGTH_KM"] == pytest.approx(total, rel=1e-9)
    # geometric length of the written edges equals the stored length
    f = next(layer.getFeatures())
    assert f.geometry().length() == pytest.approx(f["length_m"], rel=1e-6)
    assert set(layer.fields().names()) >= {"edge_id", "from_node", "to_node", "length_m",
                                           "component"}
    # every edge ends exactly at its nodes (before: gaps up to 0.93 m after the 0.5 m merge)
    ends = {}
    for f in layer.getFeatures():
        line = f.geometry().asPolyline()
        for node, p in ((f["from_node"], line[0]), (f["to_node"], line[-1])):
            ends.setdefault(node, set()).add((p.x(), p.y()))
    assert max(len(points) for points in ends.values()) == 1


def test_osm_filter_removes_motorway_and_private(run_alg):
    layer = memory_layer("LineString", "EPSG:32723", [
        ("LineString(0 0, 100 0)", ["footway", None]),
        ("LineString(100 0, 200 0)", ["motorway", None]),
        ("LineString(100 0, 100 100)", ["residential", '"access"=>"private"']),
        ("LineString(0 0, 0 100)", ["residential", '"access"=>"private","foot"=>"yes"']),
    ], fields=[("highway", "string"), ("other_tags", "string")])
    res = run_alg("preparewalknetwork", {"INPUT": layer, "OSM_FILTER": True, "OUTPUT": "memory:"})
    assert res["EDGE_COUNT"] == 2 and res["TOTAL_LENGTH_KM"] == pytest.approx(0.2)
    res = run_alg("preparewalknetwork", {"INPUT": layer, "OSM_FILTER": False, "OUTPUT": "memory:"})
    assert res["EDGE_COUNT"] == 4


def test_input_is_not_modified(run_alg):
    layer = memory_layer("LineString", "EPSG:32723", ["LineString(0 0, 5 0, 10 0)",
                                                      "LineString(5 -5, 5 0, 5 5)"])
    before = [f.geometry().asWkt() for f in layer.getFeatures()]
    res = run_alg("preparewalknetwork", {"INPUT": layer, "OUTPUT": "memory:"})
    assert res["EDGE_COUNT"] == 4
    assert [f.geometry().asWkt() for f in layer.getFeatures()] == before
    assert layer.featureCount() == 2


def test_geographic_input_goes_to_utm_and_logs(run_alg):
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

    layer = memory_layer("LineString", "EPSG:4326", ["LineString(24.94 60.17, 24.95 60.17)"])
    fb = Log()
    res = run_alg("preparewalknetwork", {"INPUT": layer, "OUTPUT": "memory:"}, feedback=fb)
    assert res["OUTPUT"].crs().authid() == "EPSG:32635"
    # 0.01 degree of longitude at 60.17 N is about 553 m
    assert res["TOTAL_LENGTH_KM"] == pytest.approx(0.5545, rel=0.01)
    assert any("EPSG:32635" in line for line in fb.lines)


@pytest.mark.parametrize("case,message", [
    ("empty", "no features"),
    ("points", "lines are needed"),
    ("nocrs", "no coordinate reference system"),
    ("allnull", "No walkable line"),
    ("zerolength", "zero length"),
])
def test_bad_input_gives_clear_error(run_alg, case, message):
    if case == "empty":
        layer = memory_layer("LineString", "EPSG:32723", [])
    elif case == "points":
        layer = memory_layer("Point", "EPSG:32723", ["Point(0 0)"])
    elif case == "nocrs":
        layer = memory_layer("LineString", "", ["LineString(0 0, 1 1)"])
    elif case == "allnull":
        layer = memory_layer("LineString", "EPSG:32723", [None, None])
    else:
        layer = memory_layer("LineString", "EPSG:32723", ["LineString(3 3, 3 3)"])
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("preparewalknetwork", {"INPUT": layer, "OUTPUT": "memory:"},
                context=no_geometry_check())


def no_geometry_check():
    """A context that lets degenerate geometries reach the algorithm (QGIS's own validity check
    would stop them first with its generic message)."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext
    ctx = QgsProcessingContext()
    ctx.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return ctx


def test_output_reads_back_as_prepared_network(run_alg, tmp_path):
    from urbanplan_plugin.qgis_io.layers import (
        is_prepared_network,
        read_prepared_network,
    )
    layer = memory_layer("LineString", "EPSG:32723", ["LineString(0 0, 5 0, 10 0)",
                                                      "LineString(5 -5, 5 0, 5 5)"])
    out = str(tmp_path / "net.gpkg")
    run_alg("preparewalknetwork", {"INPUT": layer, "OUTPUT": out})
    back = QgsVectorLayer(out, "net", "ogr")
    assert is_prepared_network(back)
    net = read_prepared_network(back, back.crs())
    assert net.edge_count == 4 and net.node_count == 5


def test_edges_end_exactly_at_their_nodes_so_qgis_routes_on_them(run_alg, provider):
    """Vertices closer than the snapping tolerance (0.5 m) are merged into one node, by chains:
    (100, 0) - (100.3, 0) - (100.6, 0) are one junction although the outer two are 0.6 m apart.
    The written edges must end exactly at that node, or QGIS's own network tools (which join
    lines only where their ends coincide) see three separate streets. The walk from (0, 0) to
    (200.6, 0) then follows the first and third street: 100 m + 100.6 m (the third now starts
    at the node (100, 0)) = 200.6 m, the same route in native:shortestpathpointtopoint as in the
    engine (before, QGIS found no route at all)."""
    import numpy as np
    from qgis import processing

    from urbanplan_plugin.core.network.build import build_network
    from urbanplan_plugin.core.network.search import SearchGraph
    from urbanplan_plugin.core.network.snap import EdgeIndex
    wkt = ["LineString(0 0, 100 0)", "LineString(100.3 0, 100.3 100)",
           "LineString(100.6 0, 200.6 0)"]
    layer = memory_layer("LineString", "EPSG:32723", wkt)
    res = run_alg("preparewalknetwork", {"INPUT": layer, "SNAP_TOLERANCE": 0.5,
                                         "OUTPUT": "memory:"})
    out = res["OUTPUT"]
    assert res["NODE_COUNT"] == 4 and res["COMPONENTS"] == 1
    ends = {}
    for f in out.getFeatures():
        line = f.geometry().asPolyline()
        for node, p in ((f["from_node"], line[0]), (f["to_node"], line[-1])):
            ends.setdefault(node, set()).add((p.x(), p.y()))
        assert f.geometry().length() == pytest.approx(f["length_m"], abs=1e-9)
    assert all(len(points) == 1 for points in ends.values())     # no gap at any node
    # QGIS 3.22's graph builder measures costs on the WGS 84 ellipsoid, the engine in the
    # plane: compare the route QGIS finds (its vertices and planar length)
    qgis_route = processing.run("native:shortestpathpointtopoint", {
        "INPUT": out, "STRATEGY": 0, "START_POINT": "0,0 [EPSG:32723]",
        "END_POINT": "200.6,0 [EPSG:32723]", "OUTPUT": "memory:"})["OUTPUT"]
    route = next(qgis_route.getFeatures()).geometry()
    assert [(round(p.x(), 6), round(p.y(), 6)) for p in route.asPolyline()] == \
        [(0.0, 0.0), (100.0, 0.0), (200.6, 0.0)]
    net = build_network([np.array([(0.0, 0.0), (100.0, 0.0)]),
                         np.array([(100.3, 0.0), (100.3, 100.0)]),
                         np.array([(100.6, 0.0), (200.6, 0.0)])], tolerance=0.5)
    idx = EdgeIndex(net)
    engine = SearchGraph(net).nearest(idx.snap([(0.0, 0.0)]), idx.snap([(200.6, 0.0)]))[0]
    assert engine == pytest.approx(200.6)
    assert route.length() == pytest.approx(engine, abs=1e-6)
