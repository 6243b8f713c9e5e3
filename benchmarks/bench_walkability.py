"""15-minute city: 100 000 origins x 7 categories on 10k-1M-edge grids and São Paulo; UrbanPlan
vs networkx multi-source Dijkstra vs QGIS's native service-area workflow.

Every tool answers the same question: for each origin and category, is the nearest destination
within 15 minutes (1 200 m at 4.8 km/h)? Origins are distinct points lying exactly on random
street segments (homes along blocks); destinations sit on junctions. So all three tools can give
the exact same answer, and each tool's note gives its count of (origin, category) pairs within
reach, which must agree.

- urbanplan: core.walk.fifteenminutecity.walk_access (edge index, snapping every point to its
  nearest edge, one bounded multi-source Dijkstra per category, distances with partial edges, score)
  + summarize_access. Timed: the engine from a built network (network build time in the note).
- networkx: graph from the same edges (parallel streets reduced to the shortest beforehand,
  untimed), one nx.multi_source_dijkstra_path_length per category with cutoff = the search
  horizon (2 x 1 200 m), then each origin's distance from both ends of its edge (numpy). It is
  *given* each origin's edge and offset from the data generator, i.e. it skips the snapping that
  UrbanPlan does (generous to networkx; UrbanPlan's note splits snapping from searching).
- osmnx+networkx: the whole Python workflow a peer would write: an osmnx-style MultiDiGraph
  with edge geometries, osmnx.distance.nearest_edges + shapely project to place the origins,
  then the same networkx searches. Its per-point snapping takes about a minute per 100 000
  points on this machine, so it runs up to 100k edges and São Paulo.
- qgis_servicearea: per category native:serviceareafromlayer (shortest path, 1 200 m, both
  directions) from the category's destinations: the first step of the QGIS workflow. Finding
  which origins lie on the reachable lines would be a second step (extract within distance took
  longer than the service areas themselves in trials), so the timed QGIS figure is a lower bound.
  Same answer: the junctions reachable within 1 200 m per category, counted untimed by both
  UrbanPlan and QGIS, must agree. QGIS runs one Dijkstra per start point over the whole graph, so
  this runs at 10k edges and São Paulo only (hours at 100k+; not extrapolated in the table).
"""
import time
from contextlib import contextmanager

import numpy as np

from benchutil import grid_lines, timed


@contextmanager
def timed_cpu(res):
    """benchutil.timed plus this process's CPU seconds (all threads) in res['cpu_s']: the
    machine is shared, so CPU time is the steadier figure when other jobs load it."""
    c0 = time.process_time()
    with timed(res):
        yield res
    res["cpu_s"] = time.process_time() - c0


def _cpu(res):
    return f"cpu {res['cpu_s']:.2f} s; "

DENSITY_PER_KM2 = (0.5, 1.0, 2.0, 4.0, 8.0, 1.0, 3.0)   # 7 categories (schools ... shops)
SPEED_KMH = 4.8
THRESHOLD_MIN = 15.0
THRESHOLD_M = THRESHOLD_MIN * SPEED_KMH * 1000.0 / 60.0   # 1 200 m
SEED = 20


def _sao_paulo_network():
    """The São Paulo walking network from the OSM extract (GDAL + the engine's OSM filter)."""
    from pathlib import Path

    from osgeo import ogr, osr

    from urbanplan_plugin.core.network.build import LineSet, build_network
    from urbanplan_plugin.core.network.osm import is_walkable, parse_other_tags
    path = Path(__file__).resolve().parents[1] / "resources" / "data" / "sao_paulo" / "spo_osm.pbf"
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("lines")
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(32723)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    xf = osr.CoordinateTransformation(src, dst)
    parts = []
    for feat in layer:
        if not is_walkable(feat.GetField("highway"), parse_other_tags(feat.GetField("other_tags"))):
            continue
        geom = feat.GetGeometryRef()
        if geom is None:
            continue
        geom = geom.Clone()
        geom.Transform(xf)
        pts = np.array(geom.GetPoints())[:, :2] if geom.GetPointCount() else None
        if pts is not None and len(pts) >= 2:
            parts.append(pts)
    return build_network(LineSet.from_lines(parts), tolerance=0.5, crs="EPSG:32723")


def make_case(kind, n_edges=0, n_origins=100_000):
    """(network, origins xy, origin edge, origin offset, destination xy, labels, build seconds),
    deterministic. Origins lie exactly on random segments (uniform along the network length)."""
    import time

    from urbanplan_plugin.core.network.build import LineSet, build_network
    from urbanplan_plugin.core.network.snap import network_segments
    t0 = time.perf_counter()
    if kind == "sao_paulo":
        net = _sao_paulo_network()
    else:
        net = build_network(LineSet.from_lines(grid_lines(n_edges)), tolerance=0.5)
    build_s = time.perf_counter() - t0
    rng = np.random.default_rng(SEED)
    sg = network_segments(net)
    p = sg.length / sg.length.sum()
    seg = rng.choice(len(p), size=n_origins, p=p)
    t = rng.uniform(0.02, 0.98, n_origins)
    origins = sg.a[seg] + (sg.b[seg] - sg.a[seg]) * t[:, None]
    o_edge = sg.edge[seg]
    scale = np.where(sg.geo_length > 0, net.edge_length / np.where(sg.geo_length > 0,
                                                                   sg.geo_length, 1.0), 1.0)
    o_off = (sg.start_along[seg] + t * sg.length[seg]) * scale[o_edge]
    lo, hi = net.node_xy.min(axis=0), net.node_xy.max(axis=0)
    area_km2 = float(np.prod(hi - lo)) / 1e6
    dxy, labels = [], []
    for c, dens in enumerate(DENSITY_PER_KM2):
        k = max(int(round(area_km2 * dens)), 3)
        dxy.append(net.node_xy[rng.integers(0, net.node_count, k)])
        labels += [f"cat{c + 1}"] * k
    return (net, origins, o_edge, o_off, np.vstack(dxy), np.array(labels, dtype=object),
            build_s)


def urbanplan_access(kind, n_edges=0, n_origins=100_000):
    import time

    from urbanplan_plugin.core.network.search import SearchGraph
    from urbanplan_plugin.core.network.snap import EdgeIndex
    from urbanplan_plugin.core.walk.fifteenminutecity import (
        summarize_access,
        walk_access,
    )
    net, origins, _, _, dxy, labels, build_s = make_case(kind, n_edges, n_origins)
    pop = np.random.default_rng(1).integers(0, 50, len(origins)).astype(float)
    res = {}
    with timed_cpu(res):
        t0 = time.perf_counter()
        index = EdgeIndex(net)
        graph = SearchGraph(net)
        t1 = time.perf_counter()
        r = walk_access(net, origins, dxy, labels, threshold_min=THRESHOLD_MIN,
                        speed_kmh=SPEED_KMH, max_snap_m=50.0, index=index, graph=graph)
        t2 = time.perf_counter()
        summarize_access(r, pop)
        t3 = time.perf_counter()
    extra = ""
    if net.edge_count <= 20_000:
        extra = f"; reachable junctions {reachable_junctions(net, dxy, labels):,}"
    res["note"] = _cpu(res) + (f"{net.edge_count:,} edges, {len(dxy):,} dest.; within pairs "
                   f"{int(r.within.sum()):,}; index+graph {t1 - t0:.2f} s, snap+search "
                   f"{t2 - t1:.2f} s, summary {t3 - t2:.2f} s; network build {build_s:.1f} s "
                   f"(not timed){extra}")
    return res


def networkx_access(kind, n_edges=0, n_origins=100_000):
    import networkx as nx
    net, origins, o_edge, o_off, dxy, labels, _ = make_case(kind, n_edges, n_origins)
    # parallel streets between two junctions: keep the shortest (a simple Graph keeps the last)
    u = np.minimum(net.edge_from, net.edge_to)
    v = np.maximum(net.edge_from, net.edge_to)
    order = np.lexsort((net.edge_length, v, u))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (u[order][1:] != u[order][:-1]) | (v[order][1:] != v[order][:-1])
    keep = order[first & (u[order] != v[order])]
    edges = list(zip(u[keep].tolist(), v[keep].tolist(), net.edge_length[keep].tolist()))
    node_of = {tuple(xy): i for i, xy in enumerate(net.node_xy.tolist())}
    d_node = np.array([node_of[tuple(xy)] for xy in dxy.tolist()])
    a, b = net.edge_from[o_edge], net.edge_to[o_edge]
    length = net.edge_length[o_edge]
    res = {}
    with timed_cpu(res):
        g = nx.Graph()
        g.add_weighted_edges_from(edges, weight="length")
        within = 0
        for cat in sorted(set(labels.tolist())):
            srcs = set(d_node[labels == cat].tolist())
            dist = nx.multi_source_dijkstra_path_length(g, srcs, cutoff=2 * THRESHOLD_M,
                                                        weight="length")
            nd = np.full(net.node_count, np.inf)
            nd[np.fromiter(dist.keys(), dtype=np.int64, count=len(dist))] = np.fromiter(
                dist.values(), dtype=np.float64, count=len(dist))
            d = np.minimum(nd[a] + o_off, nd[b] + (length - o_off))
            within += int((d <= THRESHOLD_M + 1e-9).sum())
    res["note"] = _cpu(res) + (f"within pairs {within:,} "
                               "(origin edges and offsets given, not snapped)")
    return res


def osmnx_access(kind, n_edges=0, n_origins=100_000):
    """The full Python peer workflow: an osmnx-style graph with edge geometries, snapping with
    osmnx.distance.nearest_edges plus shapely's project for the offset, then the networkx
    multi-source Dijkstra per category (as in networkx_access)."""
    import networkx as nx
    import osmnx as ox
    from shapely.geometry import LineString, Point
    net, origins, _, _, dxy, labels, _ = make_case(kind, n_edges, n_origins)
    node_of = {tuple(xy): i for i, xy in enumerate(net.node_xy.tolist())}
    d_node = np.array([node_of[tuple(xy)] for xy in dxy.tolist()])
    res = {}
    with timed_cpu(res):
        G = nx.MultiDiGraph(crs="EPSG:32723")
        G.add_nodes_from((i, {"x": x, "y": y}) for i, (x, y) in enumerate(net.node_xy.tolist()))
        for e in range(net.edge_count):
            G.add_edge(int(net.edge_from[e]), int(net.edge_to[e]),
                       length=float(net.edge_length[e]),
                       geometry=LineString(net.edge_coords(e)))
        ne = ox.distance.nearest_edges(G, origins[:, 0], origins[:, 1])
        ou = np.array([t[0] for t in ne])
        ov = np.array([t[1] for t in ne])
        off = np.array([G.edges[t]["geometry"].project(Point(x, y))
                        for t, (x, y) in zip(ne, origins.tolist())])
        length = np.array([G.edges[t]["length"] for t in ne])
        g = nx.Graph()
        for a, b, ln in zip(net.edge_from.tolist(), net.edge_to.tolist(),
                            net.edge_length.tolist()):
            if a != b and (not g.has_edge(a, b) or g[a][b]["length"] > ln):
                g.add_edge(a, b, length=ln)
        within = 0
        for cat in sorted(set(labels.tolist())):
            srcs = set(d_node[labels == cat].tolist())
            dist = nx.multi_source_dijkstra_path_length(g, srcs, cutoff=2 * THRESHOLD_M,
                                                        weight="length")
            nd = np.full(net.node_count, np.inf)
            nd[np.fromiter(dist.keys(), dtype=np.int64, count=len(dist))] = np.fromiter(
                dist.values(), dtype=np.float64, count=len(dist))
            d = np.minimum(nd[ou] + off, nd[ov] + (length - off))
            within += int((d <= THRESHOLD_M + 1e-9).sum())
    res["note"] = _cpu(res) + f"within pairs {within:,}"
    return res


def qgis_servicearea(kind, n_edges=0, n_origins=100_000):
    import sys
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import (
        QgsApplication,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorLayer,
    )
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from qgis import processing
    net, origins, _, _, dxy, labels, _ = make_case(kind, n_edges, n_origins)
    crs = "EPSG:32723"
    lines = QgsVectorLayer(f"LineString?crs={crs}", "net", "memory")
    feats = []
    for e in range(net.edge_count):
        xy = net.edge_coords(e).copy()
        # end vertices exactly on the (merged) junctions, so QGIS's graph builder connects them
        xy[0], xy[-1] = net.node_xy[net.edge_from[e]], net.node_xy[net.edge_to[e]]
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in xy]))
        feats.append(f)
    lines.dataProvider().addFeatures(feats)

    def points(xy):
        layer = QgsVectorLayer(f"Point?crs={crs}", "pts", "memory")
        fs = []
        for x, y in xy:
            f = QgsFeature()
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            fs.append(f)
        layer.dataProvider().addFeatures(fs)
        return layer

    per_cat = {cat: points(dxy[labels == cat]) for cat in sorted(set(labels.tolist()))}
    outputs = {}
    res = {}
    with timed_cpu(res):
        for cat, dlayer in per_cat.items():
            outputs[cat] = processing.run("native:serviceareafromlayer", {
                "INPUT": lines, "STRATEGY": 0, "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
                "START_POINTS": dlayer, "TRAVEL_COST2": THRESHOLD_M, "INCLUDE_BOUNDS": False,
                "OUTPUT_LINES": "memory:", "OUTPUT": "memory:"})["OUTPUT"]
    # the same answer, checked untimed: junctions reachable within 1 200 m per category
    node_set = {(round(x, 2), round(y, 2)) for x, y in net.node_xy.tolist()}
    reach = 0
    for layer in outputs.values():
        seen = set()
        for f in layer.getFeatures():
            for p in f.geometry().vertices():
                key = (round(p.x(), 2), round(p.y(), 2))
                if key in node_set:
                    seen.add(key)
        reach += len(seen)
    res["note"] = _cpu(res) + (
        f"reachable junctions {reach:,} (service areas only: finding the origins in "
                   "them would add more)")
    app.exitQgis()
    return res


def reachable_junctions(net, dxy, labels):
    """Junctions within 1 200 m of each category, summed (the QGIS comparison, untimed)."""
    from urbanplan_plugin.core.network.search import SearchGraph
    from urbanplan_plugin.core.network.snap import EdgeIndex
    d = EdgeIndex(net).snap(dxy)
    g = SearchGraph(net)
    total = 0
    for cat in sorted(set(labels.tolist())):
        nd = g.node_distances(d, labels == cat, limit=THRESHOLD_M + 1e-6)
        total += int((nd <= THRESHOLD_M + 1e-6).sum())
    return total


def cases(quick=False):
    if quick:
        grids = [10_000]
        n_orig = 20_000
    else:
        grids = [10_000, 100_000, 1_000_000]
        n_orig = 100_000
    out = []
    for n in grids:
        kw = {"kind": "grid", "n_edges": n, "n_origins": n_orig}
        tools = {"urbanplan": ("urbanplan_access", kw),
                 "networkx (edges given)": ("networkx_access", kw)}
        if n <= 100_000:
            tools["osmnx+networkx"] = ("osmnx_access", kw)
        if n <= 10_000:
            tools["qgis_servicearea"] = ("qgis_servicearea", {"kind": "grid", "n_edges": n,
                                                              "n_origins": n_orig})
        out.append((f"grid {n:,} edges x {n_orig // 1000}k origins x 7", tools))
    out.append((f"São Paulo x {n_orig // 1000}k origins x 7", {
        "urbanplan": ("urbanplan_access", {"kind": "sao_paulo", "n_origins": n_orig}),
        "networkx (edges given)": ("networkx_access", {"kind": "sao_paulo", "n_origins": n_orig}),
        "osmnx+networkx": ("osmnx_access", {"kind": "sao_paulo", "n_origins": n_orig}),
        "qgis_servicearea": ("qgis_servicearea", {"kind": "sao_paulo", "n_origins": n_orig}),
    }))
    return out
