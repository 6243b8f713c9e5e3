"""An independent oracle for walking distances on a WalkNetwork (networkx), shared by the
routing and walkability tests."""
import numpy as np


def split_graph(net, snapped_sets):
    """An independent networkx graph in which every snapped point is a node that splits its
    edge (points on one edge are chained in order of their offsets)."""
    import networkx as nx
    g = nx.Graph()
    on_edge = {}
    for tag, snapped in snapped_sets.items():
        for i in np.flatnonzero(snapped.ok):
            on_edge.setdefault(int(snapped.edge[i]), []).append((float(snapped.offset[i]),
                                                                 (tag, int(i))))
    for e in range(net.edge_count):
        u, v, length = int(net.edge_from[e]), int(net.edge_to[e]), float(net.edge_length[e])
        chain = [(0.0, u)] + sorted(on_edge.get(e, []), key=lambda t: t[0]) + [(length, v)]
        for (a, na), (b, nb) in zip(chain[:-1], chain[1:]):
            w = b - a
            if g.has_edge(na, nb):
                w = min(w, g[na][nb]["length"])
            g.add_edge(na, nb, length=w)
    return g
