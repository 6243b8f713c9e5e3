"""Many-to-nearest walking distances: one multi-source search per destination category.

The search starts from all destinations of a category at once (a virtual source tied to both
ends of every destination's edge by the partial lengths), so its cost does not grow with the
number of origins. Each origin then reads its distance from its own edge's two end nodes, plus
the case where a destination sits on the very same edge.
"""
import numpy as np

from .build import sparse_graph
from .snap import EdgeIndex, Snapped


def node_distances_from(network, snapped, limit=np.inf, weights=None, select=None):
    """Distance from the nearest of the snapped points to every node (inf beyond ``limit``).

    ``select`` (bool mask) restricts the sources to a subset of ``snapped``. ``weights`` are per
    edge costs (default: edge length in metres); partial edges are scaled in proportion."""
    from scipy.sparse.csgraph import dijkstra
    n = network.node_count
    w = network.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
    ok = snapped.ok if select is None else (snapped.ok & select)
    e = snapped.edge[ok]
    if len(e) == 0:
        return np.full(n, np.inf)
    frac = np.where(network.edge_length[e] > 0, snapped.offset[ok] / network.edge_length[e], 0.0)
    part_from = frac * w[e]
    part_to = (1.0 - frac) * w[e]
    # virtual source node n, linked to both ends of each destination edge
    src = np.full(2 * len(e), n, dtype=np.int64)
    dst = np.concatenate([network.edge_from[e], network.edge_to[e]])
    ws = np.concatenate([part_from, part_to])
    u = np.concatenate([network.edge_from, src])
    v = np.concatenate([network.edge_to, dst])
    g = sparse_graph(u, v, np.concatenate([w, ws]), n + 1)
    d = dijkstra(g, directed=False, indices=n, limit=limit)
    return d[:n]


def distances_to_points(network, node_dist, origins, targets=None, weights=None,
                        target_select=None):
    """Distance from each snapped origin to the nearest source, given ``node_dist``.

    When ``targets`` (the snapped sources) are given, a target on the origin's own edge is
    reached directly along the edge. Unsnapped origins get NaN; unreachable ones get inf."""
    w = network.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
    out = np.full(len(origins.edge), np.nan)
    ok = origins.ok
    e = origins.edge[ok]
    length = network.edge_length[e]
    frac = np.where(length > 0, origins.offset[ok] / np.where(length > 0, length, 1), 0.0)
    via_from = node_dist[network.edge_from[e]] + frac * w[e]
    via_to = node_dist[network.edge_to[e]] + (1.0 - frac) * w[e]
    best = np.minimum(via_from, via_to)
    if targets is not None:
        best = np.minimum(best, _same_edge_distance(network, origins, targets, w,
                                                    target_select)[ok])
    out[ok] = best
    return out


def _same_edge_distance(network, origins, targets, w, target_select=None):
    """Distance along the shared edge to the nearest target on the origin's own edge."""
    n = len(origins.edge)
    res = np.full(n, np.inf)
    tok = targets.ok if target_select is None else (targets.ok & target_select)
    if not tok.any() or not origins.ok.any():
        return res
    # place every point on one long line: edge e occupies [start[e], start[e] + len[e]]
    start = np.concatenate([[0.0], np.cumsum(network.edge_length + 1.0)[:-1]])
    tpos = np.sort(start[targets.edge[tok]] + targets.offset[tok])
    tedge_sorted = np.searchsorted(start, tpos, side="right") - 1
    oi = np.flatnonzero(origins.ok)
    opos = start[origins.edge[oi]] + origins.offset[oi]
    k = np.searchsorted(tpos, opos)
    scale = np.where(network.edge_length > 0, w / np.where(network.edge_length > 0,
                                                           network.edge_length, 1), 0.0)
    for cand in (k - 1, k):
        valid = (cand >= 0) & (cand < len(tpos))
        c = np.clip(cand, 0, max(len(tpos) - 1, 0))
        same = valid & (tedge_sorted[c] == origins.edge[oi])
        d = np.abs(tpos[c] - opos) * scale[origins.edge[oi]]
        res[oi] = np.where(same, np.minimum(res[oi], d), res[oi])
    return res


def nearest_distance(network, origins, targets, limit=np.inf, weights=None, target_select=None):
    """Walking distance (or cost) from each origin to the nearest target.

    ``origins`` and ``targets`` are :class:`Snapped`. Returns NaN for origins that are not
    on the network and for those beyond ``limit``: unreachable is never 0."""
    node_dist = node_distances_from(network, targets, limit=limit, weights=weights,
                                    select=target_select)
    d = distances_to_points(network, node_dist, origins, targets, weights, target_select)
    d[~np.isfinite(d) | (d > limit)] = np.nan
    return d


def nearest_by_category(network, origins, targets, categories, limit=np.inf, weights=None,
                        feedback=None):
    """One multi-source search per category. Returns {category: distance array (NaN beyond)}.

    ``categories`` gives one label per target (same order as ``targets``)."""
    cats = np.asarray(categories, dtype=object)
    out = {}
    names = sorted(set(cats.tolist()), key=str)
    for i, name in enumerate(names):
        if feedback is not None and feedback.is_canceled():
            break
        out[name] = nearest_distance(network, origins, targets, limit=limit, weights=weights,
                                     target_select=(cats == name))
        if feedback is not None:
            feedback.progress(100.0 * (i + 1) / len(names))
    return out


def snap_points(network, points, max_distance=np.inf, index=None):
    """Convenience: build (or reuse) the edge index and snap points to it."""
    index = index or EdgeIndex(network)
    return index.snap(points, max_distance=max_distance)


__all__ = ["Snapped", "EdgeIndex", "snap_points", "nearest_distance", "nearest_by_category",
           "node_distances_from", "distances_to_points"]
