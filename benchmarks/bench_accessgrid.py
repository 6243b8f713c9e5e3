"""Cumulative opportunities on a hexagon grid (São Paulo): UrbanPlan's bounded pair search vs
networkx.

Cells: 100 m hexagons over the São Paulo extract (centres snapped within 200 m). Destinations:
random points with a weight (fixed seed). Measure: the sum of weights within 15 minutes
(1 200 m at 4.8 km/h) and exponential gravity access within the same horizon.

Peer, honestly stated: ``networkx``: one ``single_source_dijkstra_path_length`` with a cutoff
per destination from its nearest node, and each cell reads the distance at its nearest node
(node-to-node, no partial edges, so its sums differ a little). Graph building is not timed.
"""
import numpy as np

from bench_servicearea import _network
from benchutil import timed

T_MIN = 15.0
SPEED = 4.8


def _inputs(n_dest, cell):
    from urbanplan_plugin.core.walk.accessibilitygrid import hex_grid
    net = _network()
    lo, hi = net.node_xy.min(axis=0), net.node_xy.max(axis=0)
    centres, rings = hex_grid((lo[0], lo[1], hi[0], hi[1]), cell)
    rng = np.random.default_rng(5)
    dxy = rng.uniform(lo, hi, (n_dest, 2))
    w = rng.integers(1, 100, n_dest).astype(float)
    return net, centres, rings, dxy, w


def urbanplan(n_dest, cell):
    from urbanplan_plugin.core.walk.accessibilitygrid import grid_access
    net, centres, rings, dxy, w = _inputs(n_dest, cell)
    res = {}
    with timed(res):
        out = grid_access(net, centres, rings, dxy, None, w, speed_kmh=SPEED, threshold_min=T_MIN,
                          horizon_min=T_MIN, gravity_cutoff=T_MIN)  # the peer's cut-off
    res["note"] = (f"{len(centres):,} cells, {n_dest:,} dest., mean opp. "
                   f"{out.summary['MEAN_OPPORTUNITIES']:,.0f}")
    return res


def networkx(n_dest, cell):
    import networkx as nx
    from scipy.spatial import cKDTree
    net, centres, rings, dxy, w = _inputs(n_dest, cell)
    g = nx.Graph()
    for e in range(net.edge_count):
        u, v = int(net.edge_from[e]), int(net.edge_to[e])
        if not g.has_edge(u, v) or g[u][v]["length"] > net.edge_length[e]:
            g.add_edge(u, v, length=float(net.edge_length[e]))
    m_per_min = SPEED * 1000 / 60
    res = {}
    with timed(res):
        tree = cKDTree(net.node_xy)
        dist_c, cnode = tree.query(centres)
        on = dist_c <= 200
        _, dnode = tree.query(dxy)
        by_node = {}
        for i in np.flatnonzero(on):
            by_node.setdefault(int(cnode[i]), []).append(i)
        opp = np.zeros(len(centres))
        grav = np.zeros(len(centres))
        for j, node in enumerate(dnode):
            lengths = nx.single_source_dijkstra_path_length(g, int(node), cutoff=T_MIN * m_per_min,
                                                            weight="length")
            for reached, d in lengths.items():
                for i in by_node.get(reached, ()):
                    opp[i] += w[j]
                    grav[i] += w[j] * np.exp(-0.1 * d / m_per_min)
    res["note"] = f"mean opp. {opp[on].mean():,.0f}"
    return res


def cases(quick=False):
    sizes = [(500, 200.0)] if quick else [(3000, 100.0), (10000, 100.0)]
    return [(f"SP grid {int(cell)} m, {n:,} dest.", {
        "urbanplan": ("urbanplan", {"n_dest": n, "cell": cell}),
        "networkx": ("networkx", {"n_dest": n, "cell": cell}),
    }) for n, cell in sizes]
