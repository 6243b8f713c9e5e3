"""Many-to-nearest walking distances: the engine's one multi-source Dijkstra.

:class:`SearchGraph` holds a network's adjacency, built once and reused for every search. A
search starts from all selected points at once (a virtual source tied to both ends of every
point's edge by the partial lengths), so its cost does not grow with the number of origins:
fifteenminutecity, servicearea, accessibilitygrid, sdg1171, greenspacecoverage, suggestsites and
flooddisruption all run it, one search per destination category. Each origin then reads its
distance from its own edge's two end nodes (:func:`distances_to_points`), plus the direct walk
when a destination sits on the very same edge.

Searches that need every *pair* of points within a limit (cumulative and gravity access,
2SFCA) run one bounded search per point: :mod:`.manytomany`.
"""
from __future__ import annotations

import numpy as np

from .build import WalkNetwork, sparse_graph
from .snap import Snapped


def edge_fractions(network: WalkNetwork, edge: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Where each point lies along its edge, 0 (from-node) .. 1 (to-node)."""
    length = network.edge_length[edge]
    frac = np.where(length > 0, offset / np.where(length > 0, length, 1.0), 0.0)
    return np.clip(frac, 0.0, 1.0)


class SearchGraph:
    """A network's search graph, built once and reused for every multi-source search.

    ``weights`` are per-edge costs (default: length in metres). Partial edges are charged in
    proportion to the snap offset along the edge."""

    def __init__(self, network: WalkNetwork, weights: np.ndarray | None = None):
        self.net = network
        self.weights = (network.edge_length if weights is None
                        else np.asarray(weights, dtype=np.float64))
        g = sparse_graph(network.edge_from, network.edge_to, self.weights, network.node_count)
        self._indptr = g.indptr.astype(np.int64)
        self._indices = g.indices
        self._data = g.data

    def node_distances(self, snapped: Snapped, select: np.ndarray | None = None,
                       limit: float = np.inf) -> np.ndarray:
        """Cost from the nearest selected snapped point to every node (inf beyond ``limit``).

        One Dijkstra from a virtual source linked to both ends of each point's edge. The
        virtual node has out-going links only (searched with ``directed=True``), so it is never
        a shortcut; two points near one node keep the cheaper link."""
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra
        net = self.net
        n = net.node_count
        ok = snapped.ok if select is None else (snapped.ok & np.asarray(select, dtype=bool))
        e = snapped.edge[ok]
        if len(e) == 0:
            return np.full(n, np.inf)
        frac = edge_fractions(net, e, snapped.offset[ok])
        dst = np.concatenate([net.edge_from[e], net.edge_to[e]])
        w = np.concatenate([frac * self.weights[e], (1.0 - frac) * self.weights[e]])
        # one entry per node (the smallest), sorted, strictly positive (csgraph drops zeros)
        order = np.lexsort((w, dst))
        dst, w = dst[order], w[order]
        first = np.ones(len(dst), dtype=bool)
        first[1:] = dst[1:] != dst[:-1]
        dst, w = dst[first], np.maximum(w[first], 1e-9)
        nnz = len(self._data)
        indptr = np.concatenate([self._indptr, [nnz + len(dst)]])
        indices = np.concatenate([self._indices, dst.astype(self._indices.dtype)])
        data = np.concatenate([self._data, w])
        g = csr_matrix((data, indices, indptr), shape=(n + 1, n + 1))
        d = dijkstra(g, directed=True, indices=n, limit=limit)
        return d[:n]

    def nearest(self, origins: Snapped, targets: Snapped, select: np.ndarray | None = None,
                limit: float = np.inf) -> np.ndarray:
        """Cost from each snapped origin to the nearest selected target, including targets on
        the origin's own edge. NaN for origins off the network and for those beyond ``limit``:
        unreachable is never 0."""
        node_dist = self.node_distances(targets, select, limit)
        d = distances_to_points(self.net, node_dist, origins, targets, self.weights, select)
        d[~np.isfinite(d) | (d > limit)] = np.nan
        return d


def distances_to_points(network: WalkNetwork, node_dist: np.ndarray, origins: Snapped,
                        targets: Snapped | None = None, weights: np.ndarray | None = None,
                        target_select: np.ndarray | None = None) -> np.ndarray:
    """Distance from each snapped origin to the nearest source, given ``node_dist`` (from
    :meth:`SearchGraph.node_distances`).

    When ``targets`` (the snapped sources) are given, a target on the origin's own edge is
    reached directly along the edge. Unsnapped origins get NaN; unreachable ones get inf."""
    w = network.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
    out = np.full(len(origins.edge), np.nan)
    ok = origins.ok
    e = origins.edge[ok]
    frac = edge_fractions(network, e, origins.offset[ok])
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


__all__ = ["SearchGraph", "distances_to_points", "edge_fractions"]
