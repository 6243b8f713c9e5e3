"""Building a walking network from line segments: UrbanPlan vs networkx/osmnx-style graph
building."""
import numpy as np

from benchutil import grid_lines, timed


def urbanplan_build(n_segments):
    import scipy.sparse.csgraph  # noqa: F401 - imported before timing, as networkx is
    import scipy.spatial  # noqa: F401

    from urbanplan_plugin.core.network.build import LineSet, build_network
    lines = LineSet.from_lines(grid_lines(n_segments))
    res = {}
    with timed(res):
        net = build_network(lines, tolerance=0.5)
        net.components()
    res["note"] = f"{net.edge_count} edges"
    return res


def networkx_build(n_segments):
    """The usual Python route: a node per rounded vertex, an edge per segment, networkx graph
    and its connected components (what osmnx does after parsing)."""
    import networkx as nx
    lines = grid_lines(n_segments)
    res = {}
    with timed(res):
        g = _networkx_graph(lines)
        comps = nx.number_connected_components(g)
    res["note"] = f"{g.number_of_edges()} edges, {comps} comp."
    return res


SAO_PAULO_TILE_M = 8000.0
"""Offset between copies of the São Paulo extract (about 6 x 6 km) when it is tiled to reach a
million segments: the copies do not touch, so each keeps São Paulo's own topology."""


def sao_paulo_lines(tiles=1):
    """The walkable lines of the São Paulo OSM extract (the documented OSM filter), in UTM 23S
    metres, read with GDAL/OGR; ``tiles`` > 1 repeats them on a grid of non-touching copies
    (44 copies = 1.0 million segments of real street geometry)."""
    import sys
    from pathlib import Path

    from osgeo import ogr, osr
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from urbanplan_plugin.core.network.osm import is_walkable, parse_other_tags
    ds = ogr.Open(str(root / "resources" / "data" / "sao_paulo" / "spo_osm.pbf"))
    layer = ds.GetLayerByName("lines")
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(32723)
    for ref in (src, dst):
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    xform = osr.CoordinateTransformation(src, dst)
    lines = []
    for feat in layer:
        if not is_walkable(feat.GetField("highway"), parse_other_tags(feat.GetField("other_tags"))):
            continue
        geom = feat.GetGeometryRef()
        if geom is None or geom.GetPointCount() < 2:
            continue
        xy = np.array(xform.TransformPoints(geom.GetPoints()), dtype=np.float64)[:, :2]
        lines.append(xy)
    if tiles <= 1:
        return lines
    side = int(np.ceil(np.sqrt(tiles)))
    out = []
    for t in range(tiles):
        offset = np.array([(t % side) * SAO_PAULO_TILE_M, (t // side) * SAO_PAULO_TILE_M])
        out.extend(line + offset for line in lines)
    return out


def _networkx_graph(lines):
    """A node per vertex rounded to 0.1 m, an edge per segment (networkx MultiGraph)."""
    import networkx as nx
    g = nx.MultiGraph()
    for line in lines:
        for (x0, y0), (x1, y1) in zip(line[:-1].tolist(), line[1:].tolist()):
            a, b = (round(x0, 1), round(y0, 1)), (round(x1, 1), round(y1, 1))
            g.add_edge(a, b, length=float(np.hypot(x1 - x0, y1 - y0)))
    return g


def urbanplan_sao_paulo(tiles=1):
    import scipy.sparse.csgraph  # noqa: F401 - imported before timing, as networkx is
    import scipy.spatial  # noqa: F401

    from urbanplan_plugin.core.network.build import LineSet, build_network
    lines = LineSet.from_lines(sao_paulo_lines(tiles))
    segments = len(lines.coords) - len(lines)
    res = {}
    with timed(res):
        net = build_network(lines, tolerance=0.5)
        count, _ = net.components()
    res["note"] = f"{segments:,} segments -> {net.edge_count:,} edges, {count:,} comp."
    return res


def networkx_sao_paulo(tiles=1):
    """The usual Python route on the same segments: networkx graph + connected components."""
    import networkx as nx
    lines = sao_paulo_lines(tiles)
    res = {}
    with timed(res):
        g = _networkx_graph(lines)
        comps = nx.number_connected_components(g)
    res["note"] = f"{g.number_of_edges():,} segment edges, {comps:,} comp."
    return res


def osmnx_sao_paulo(tiles=1):
    """What osmnx does after parsing OSM (graph_from_xml / graph_from_polygon): a directed
    MultiDiGraph with a node per OSM vertex and an edge per segment in both directions, then
    ox.simplify_graph merges the chains between junctions, then connected components."""
    import networkx as nx
    import osmnx as ox
    lines = sao_paulo_lines(tiles)
    res = {}
    with timed(res):
        g = nx.MultiDiGraph(crs="EPSG:32723")
        ids = {}
        for way, line in enumerate(lines):
            prev = None
            for x, y in line.tolist():
                key = (round(x, 1), round(y, 1))
                node = ids.get(key)
                if node is None:
                    node = ids[key] = len(ids)
                    g.add_node(node, x=key[0], y=key[1])
                if prev is not None and prev != node:
                    length = float(np.hypot(key[0] - g.nodes[prev]["x"],
                                            key[1] - g.nodes[prev]["y"]))
                    g.add_edge(prev, node, osmid=way, length=length)
                    g.add_edge(node, prev, osmid=way, length=length)
                prev = node
        g = ox.simplify_graph(g)
        comps = nx.number_weakly_connected_components(g)
    res["note"] = f"{g.number_of_edges() // 2:,} edges after simplify, {comps:,} comp."
    return res


def cases(quick=False):
    sizes = [10_000] if quick else [10_000, 100_000, 1_000_000]
    out = []
    for n in sizes:
        out.append((f"grid {n:,} segments", {
            "urbanplan": ("urbanplan_build", {"n_segments": n}),
            "networkx": ("networkx_build", {"n_segments": n}),
        }))
    out.append(("São Paulo OSM (22.8k segments)", {
        "urbanplan": ("urbanplan_sao_paulo", {"tiles": 1}),
        "networkx": ("networkx_sao_paulo", {"tiles": 1}),
        "osmnx (graph + simplify)": ("osmnx_sao_paulo", {"tiles": 1}),
    }))
    if not quick:
        # osmnx's route is left out at this size: about 8 GB of Python objects on this machine
        out.append(("São Paulo tiled x44 (1.0M segments)", {
            "urbanplan": ("urbanplan_sao_paulo", {"tiles": 44}),
            "networkx": ("networkx_sao_paulo", {"tiles": 44}),
        }))
    return out
