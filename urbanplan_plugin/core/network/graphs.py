"""Convert walking networks to and from networkx / osmnx graphs (at the edges of the engine).

networkx is imported lazily: the hot path never needs it."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..common.compat import line_coords
from ..common.errors import UrbanPlanError
from .build import from_edge_arrays

if TYPE_CHECKING:
    import networkx as nx

    from .build import WalkNetwork


def to_networkx(network: WalkNetwork, weight: str = "length") -> nx.MultiGraph:
    """An undirected ``networkx.MultiGraph``: nodes carry ``x``, ``y``; edges carry ``length``
    (metres), ``edge_id`` and ``source`` (input feature index)."""
    import networkx as nx
    g = nx.MultiGraph(crs=network.crs)
    for i, (x, y) in enumerate(network.node_xy):
        g.add_node(i, x=float(x), y=float(y))
    for e in range(network.edge_count):
        g.add_edge(int(network.edge_from[e]), int(network.edge_to[e]),
                   **{weight: float(network.edge_length[e]), "edge_id": e,
                      "source": int(network.edge_source[e])})
    return g


def to_osmnx(network: WalkNetwork) -> nx.MultiDiGraph:
    """A ``networkx.MultiDiGraph`` in osmnx's layout (both directions, ``graph['crs']``,
    ``length`` and a shapely ``geometry`` per edge) so osmnx functions accept it."""
    import networkx as nx
    from shapely.geometry import LineString
    # simplified=True: the edges carry their full geometry, as in a simplified osmnx graph
    # (ox.project_graph in osmnx 1.2 and 2.x drops edge geometries of unsimplified graphs)
    g = nx.MultiDiGraph(crs=network.crs, simplified=True)
    for i, (x, y) in enumerate(network.node_xy):
        g.add_node(i, x=float(x), y=float(y))
    for e in range(network.edge_count):
        u, v = int(network.edge_from[e]), int(network.edge_to[e])
        coords = network.edge_coords(e)
        attrs = {"length": float(network.edge_length[e]), "edge_id": e, "osmid": e}
        g.add_edge(u, v, geometry=LineString(coords), **attrs)
        g.add_edge(v, u, geometry=LineString(coords[::-1]), **attrs)
    return g


def from_networkx(graph: nx.Graph, crs: str | None = None) -> WalkNetwork:
    """A :class:`WalkNetwork` from a networkx/osmnx graph.

    Nodes need ``x`` and ``y``; edges may carry ``length`` (else the straight or geometry length
    is used) and ``geometry``. A directed graph's two directions of one street are merged."""
    nodes = list(graph.nodes)
    if not nodes:
        raise UrbanPlanError("The graph has no nodes.")
    index = {n: i for i, n in enumerate(nodes)}
    try:
        node_xy = np.array([[graph.nodes[n]["x"], graph.nodes[n]["y"]] for n in nodes], float)
    except KeyError as exc:
        raise UrbanPlanError(
            "Graph nodes need 'x' and 'y' attributes (as osmnx writes them).") from exc
    u, v, length, coords = [], [], [], []
    seen = set()
    multi = graph.is_multigraph()
    edges = graph.edges(keys=True, data=True) if multi else (
        (a, b, 0, d) for a, b, d in graph.edges(data=True))
    for a, b, _k, data in edges:
        ia, ib = index[a], index[b]
        geom = data.get("geometry")
        if geom is not None:
            xy = line_coords(geom)
            # make the geometry run from node a to node b
            if np.hypot(*(xy[0] - node_xy[ia])) > np.hypot(*(xy[-1] - node_xy[ia])):
                xy = xy[::-1]
        else:
            xy = np.vstack([node_xy[ia], node_xy[ib]])
        seg = float(np.hypot(*np.diff(xy, axis=0).T).sum())
        ln = float(data.get("length", seg))
        if graph.is_directed():
            # the two directions of one street: same end nodes, same length and the same
            # vertices (the coordinate sums do not depend on direction). Two different streets
            # of equal length between the same junctions differ in their vertices and stay.
            key = (min(ia, ib), max(ia, ib), round(ln, 3),
                   round(float(xy[:, 0].sum()), 3), round(float(xy[:, 1].sum()), 3))
            if key in seen:
                continue
            seen.add(key)
        u.append(ia)
        v.append(ib)
        length.append(ln)
        coords.append(xy)
    crs = crs if crs is not None else str(graph.graph.get("crs", ""))
    return from_edge_arrays(node_xy, u, v, length, coords, crs=crs)
