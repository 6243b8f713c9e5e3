"""Walking service areas (5/10/15 min) on São Paulo: UrbanPlan vs networkx + shapely vs QGIS native.

UrbanPlan: urbanplan_plugin.core.walk.servicearea.service_areas (reached edges + 50 m shoulder).

Network: the walkable lines of the São Paulo OSM extract (the documented OSM filter), UTM 23S.
Facilities: random points inside the extract (fixed seed), snapped within 200 m.

Peers, honestly stated:
* ``networkx_shapely``: the usual Python recipe (osmnx's isochrone example): shortest-path
  lengths from the nearest node with a cutoff (``multi_source_dijkstra_path_length`` for the
  dissolved case, one ``single_source_dijkstra_path_length`` per facility otherwise), the edges
  whose two ends are reached, each buffered by 50 m, merged with ``unary_union``. It draws no
  partial edges, so its areas are a little smaller; graph building is not timed.
* ``qgis_native``: ``native:serviceareafromlayer`` (shortest, distance; one run per band, with
  the reached lines incl. partial edges) then ``native:buffer`` 50 m with DISSOLVE (dissolved
  case) or ``native:buffer`` + ``native:dissolve`` by start point (per facility). The network
  layer is written to a GeoPackage before timing.
"""
import numpy as np

from benchutil import timed

BANDS = (5.0, 10.0, 15.0)
SPEED = 4.8
SHOULDER = 50.0


def _network():
    import sys
    from pathlib import Path

    from osgeo import ogr, osr
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from urbanplan_plugin.core.network.build import build_network
    from urbanplan_plugin.core.network.osm import is_walkable, parse_other_tags
    ds = ogr.Open(str(root / "resources" / "data" / "sao_paulo" / "spo_osm.pbf"))
    layer = ds.GetLayerByName("lines")
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst.ImportFromEPSG(32723)
    for ref in (src, dst):
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    xform = osr.CoordinateTransformation(src, dst)
    lines = []
    for feat in layer:
        if not is_walkable(feat.GetField("highway"), parse_other_tags(feat.GetField("other_tags"))):
            continue
        geom = feat.GetGeometryRef().Clone()
        geom.Transform(xform)
        pts = np.array(geom.GetPoints(), dtype=np.float64)[:, :2]
        if len(pts) >= 2:
            lines.append(pts)
    return build_network(lines, tolerance=0.5, crs="EPSG:32723")


def _facilities(net, n, seed=1):
    rng = np.random.default_rng(seed)
    lo, hi = net.node_xy.min(axis=0), net.node_xy.max(axis=0)
    return rng.uniform(lo + 800, hi - 800, (n, 2))


def urbanplan(n_facilities, per_facility):
    from urbanplan_plugin.core.network.snap import EdgeIndex
    from urbanplan_plugin.core.walk.servicearea import service_areas
    net = _network()
    xy = _facilities(net, n_facilities)
    res = {}
    with timed(res):
        snapped = EdgeIndex(net).snap(xy, max_distance=200)
        out = service_areas(net, snapped, BANDS, SPEED, SHOULDER, per_facility=per_facility)
    res["note"] = (f"{net.edge_count} edges, {out.facilities_used} fac., 15-min area "
                   f"{out.largest_area_m2 / 1e6:.2f} km2")
    return res


def networkx_shapely(n_facilities, per_facility):
    import networkx as nx
    from scipy.spatial import cKDTree
    from shapely.geometry import LineString, Point
    from shapely.ops import unary_union
    net = _network()
    xy = _facilities(net, n_facilities)
    g = nx.Graph()
    for e in range(net.edge_count):
        u, v = int(net.edge_from[e]), int(net.edge_to[e])
        if not g.has_edge(u, v) or g[u][v]["length"] > net.edge_length[e]:
            g.add_edge(u, v, length=float(net.edge_length[e]), e=e)
    m_per_min = SPEED * 1000 / 60
    res = {}
    with timed(res):
        _, near = cKDTree(net.node_xy).query(xy)
        sources = [[int(n)] for n in near] if per_facility else [[int(n) for n in near]]
        area = 0.0
        for src in sources:
            dist = nx.multi_source_dijkstra_path_length(g, src, cutoff=BANDS[-1] * m_per_min,
                                                        weight="length")
            for band in BANDS:
                cut = band * m_per_min
                reached = {n for n, d in dist.items() if d <= cut}
                parts = [LineString(net.edge_coords(d["e"])).buffer(SHOULDER)
                         for u, v, d in g.subgraph(reached).edges(data=True)]
                parts += [Point(net.node_xy[n]).buffer(SHOULDER) for n in reached]
                poly = unary_union(parts)
            area = max(area, poly.area)
    res["note"] = f"{len(sources)} search(es), largest 15-min area {area / 1e6:.2f} km2"
    return res


def qgis_native(n_facilities, per_facility):
    import os
    import sys
    import tempfile
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from qgis import processing
    net = _network()
    xy = _facilities(net, n_facilities)
    tmp = tempfile.mkdtemp()
    lines = QgsVectorLayer("LineString?crs=EPSG:32723", "net", "memory")
    feats = []
    for e in range(net.edge_count):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in
                                                  net.edge_coords(e)]))
        feats.append(f)
    lines.dataProvider().addFeatures(feats)
    path = os.path.join(tmp, "net.gpkg")
    QgsVectorFileWriter.writeAsVectorFormat(lines, path, "UTF-8", lines.crs(), "GPKG")
    pts = QgsVectorLayer("Point?crs=EPSG:32723&field=fid_:integer", "fac", "memory")
    pf = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(pts.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([i])
        pf.append(f)
    pts.dataProvider().addFeatures(pf)
    m_per_min = SPEED * 1000 / 60
    res = {}
    with timed(res):
        area = 0.0
        for band in BANDS:
            sa = processing.run("native:serviceareafromlayer", {
                "INPUT": path, "STRATEGY": 0, "START_POINTS": pts, "TRAVEL_COST2": band * m_per_min,
                "TOLERANCE": 0.5, "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "memory:"})
            if per_facility:
                buf = processing.run("native:buffer", {
                    "INPUT": sa["OUTPUT_LINES"], "DISTANCE": SHOULDER, "SEGMENTS": 8,
                    "DISSOLVE": False, "OUTPUT": "memory:"})
                out = processing.run("native:dissolve", {
                    "INPUT": buf["OUTPUT"], "FIELD": ["fid_"], "OUTPUT": "memory:"})["OUTPUT"]
            else:
                out = processing.run("native:buffer", {
                    "INPUT": sa["OUTPUT_LINES"], "DISTANCE": SHOULDER, "SEGMENTS": 8,
                    "DISSOLVE": True, "OUTPUT": "memory:"})["OUTPUT"]
            area = max(area, max(f.geometry().area() for f in out.getFeatures()))
    res["note"] = f"{n_facilities} fac., largest 15-min area {area / 1e6:.2f} km2"
    return res


def cases(quick=False):
    sizes = [(10, False), (10, True)] if quick else [(30, False), (30, True)]
    out = []
    for n, per in sizes:
        kw = {"n_facilities": n, "per_facility": per}
        out.append((f"SP {n} fac. {'per facility' if per else 'dissolved'}", {
            "urbanplan": ("urbanplan", kw),
            "networkx_shapely": ("networkx_shapely", kw),
            "qgis_native": ("qgis_native", kw),
        }))
    return out
