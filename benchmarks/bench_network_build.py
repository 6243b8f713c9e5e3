"""Building a walking network from line segments: UrbanPlan vs networkx/osmnx-style graph building."""
import numpy as np

from benchutil import grid_lines, timed


def urbanplan_build(n_segments):
    from urbanplan_plugin.core.network import LineSet, build_network
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
        g = nx.MultiGraph()
        for line in lines:
            for (x0, y0), (x1, y1) in zip(line[:-1].tolist(), line[1:].tolist()):
                a, b = (round(x0, 1), round(y0, 1)), (round(x1, 1), round(y1, 1))
                g.add_edge(a, b, length=float(np.hypot(x1 - x0, y1 - y0)))
        comps = nx.number_connected_components(g)
    res["note"] = f"{g.number_of_edges()} edges, {comps} comp."
    return res


def cases(quick=False):
    sizes = [10_000] if quick else [10_000, 100_000, 1_000_000]
    out = []
    for n in sizes:
        out.append((f"grid {n:,} segments", {
            "urbanplan": ("urbanplan_build", {"n_segments": n}),
            "networkx": ("networkx_build", {"n_segments": n}),
        }))
    return out
