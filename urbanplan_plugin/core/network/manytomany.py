"""Every (origin, destination) pair within a walking limit, exactly, without a full matrix.

Cumulative opportunities, gravity access and two-step floating catchments all need the network
distance between *pairs* of points, but only for pairs closer than a cut-off (15 or 30 minutes).
A walking network is undirected, so d(a, b) = d(b, a) and the searches can start from whichever
side has fewer points (with a travel profile's direction-dependent costs, the searches from the
``b`` side run on the reversed graph, so the answer is still the trip a -> b). Each of those points
gets its own bounded Dijkstra (``limit=`` the
cut-off) from a virtual node tied to both ends of its edge by the partial lengths, so partial
edges count exactly as in :mod:`.search`. The other side's points are reached through the end
nodes of their own edges (plus the direct walk when both sit on the same edge); for every pair
the shorter of the candidate routes is kept, each pair produced once (no sorting). Searches run
in chunks of nearby sources on the part of the network within reach (:class:`Regions`: a walk of
D metres never ends more than D metres away in a straight line), so each search costs the size
of a walking neighbourhood, not of the city, and no points x nodes matrix is ever built.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from .build import sparse_graph
from .search import edge_fractions

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

    from ..common.progress import Progress
    from .build import WalkNetwork
    from .snap import Snapped

# entries of float64 per dense Dijkstra chunk (rows x nodes): about 64 MB
CHUNK_BUDGET = 8_000_000
LIMIT_TOLERANCE = 1e-6
"""Metres of slack at the limit, so a pair exactly at the limit is not lost to rounding."""


def _partials(network, snapped, w):
    ok = np.flatnonzero(snapped.ok)
    e = snapped.edge[ok]
    frac = edge_fractions(network, e, snapped.offset[ok])
    return ok, e, frac * w[e], (1.0 - frac) * w[e]


def with_virtual_sources(base: csr_matrix, node_a: np.ndarray, node_b: np.ndarray,
                         cost_a: np.ndarray, cost_b: np.ndarray) -> csr_matrix:
    """The network's symmetric CSR matrix plus one virtual node per source, appended as extra
    rows with out-going links only (to both ends of the source's edge, at the partial costs).

    Searched with ``directed=True`` from the virtual nodes, each search sees the real network
    and its own start, never another source's virtual node (they have no in-coming links)."""
    from scipy.sparse import csr_matrix
    n = base.shape[0]
    k = len(node_a)
    cols = np.column_stack([node_a, node_b]).astype(base.indices.dtype)
    data = np.maximum(np.column_stack([cost_a, cost_b]), 1e-9)
    same = node_a == node_b  # a loop edge: keep the cheaper way round
    data[same, 0] = data[same, 1] = np.minimum(data[same, 0], data[same, 1])
    indptr = np.concatenate([base.indptr.astype(np.int64),
                             base.nnz + 2 * np.arange(1, k + 1, dtype=np.int64)])
    return csr_matrix((np.concatenate([base.data, data.ravel()]),
                       np.concatenate([base.indices, cols.ravel()]), indptr),
                      shape=(n + k, n + k))


def _min_per_pair(a, b, d, nb):
    """Keep the smallest distance of each (a, b) pair."""
    if len(d) == 0:
        return a, b, d
    key = a.astype(np.int64) * np.int64(nb) + b
    order = np.lexsort((d, key))
    key, d = key[order], d[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    a, b = np.divmod(key[first], np.int64(nb))
    return a, b, d[first]


class Regions:
    """Spatial pruning of bounded searches.

    A walk of at most ``limit`` metres from a point never ends farther than ``limit`` from it
    in a straight line, because no edge is shorter than the straight line between its end
    nodes. So the searches from points inside a box only need the nodes inside the box grown by
    ``limit``: each chunk of nearby sources is searched on that sub-network, and the cost of a
    search no longer grows with the size of the city. Pruning is switched off when the costs are
    not lengths (or an edge is shorter than its chord); then every chunk uses the whole
    network."""

    def __init__(self, network: WalkNetwork, weights: np.ndarray | None, limit: float,
                 arcs: tuple | None = None, reach: float = 1.0):
        self.net = network
        self.w = network.edge_length if weights is None else np.asarray(weights, np.float64)
        self.limit = float(limit)
        # directed searches: the arcs (rows, cols, costs) of the graph to search; a trip of
        # cost C covers at most C x reach metres (flat-equivalent metres downhill, a cyclist)
        self.arcs = arcs
        self.radius = self.limit * float(reach)
        ef, et = network.edge_from, network.edge_to
        chord = np.hypot(*(network.node_xy[ef] - network.node_xy[et]).T)
        self.enabled = bool(
            np.isfinite(self.limit)
            and (arcs is not None or weights is None
                 or np.array_equal(self.w, network.edge_length))
            and np.all(network.edge_length >= chord * (1 - 1e-9) - 1e-6))
        self._whole = None

    def _graph(self, inside=None, loc=None, n=None) -> csr_matrix:
        """The CSR of the whole network, or of the nodes ``inside`` (renumbered by ``loc``)."""
        net = self.net
        if self.arcs is None:
            if inside is None:
                return sparse_graph(net.edge_from, net.edge_to, self.w, net.node_count)
            keep = inside[net.edge_from] & inside[net.edge_to]
            return sparse_graph(loc[net.edge_from[keep]], loc[net.edge_to[keep]], self.w[keep],
                                n)
        from scipy.sparse import csr_matrix
        rows, cols, w = self.arcs
        if inside is None:
            return csr_matrix((w, (rows, cols)), shape=(net.node_count, net.node_count))
        keep = inside[rows] & inside[cols]
        return csr_matrix((w[keep], (loc[rows[keep]], loc[cols[keep]])), shape=(n, n))

    def whole(self) -> tuple[np.ndarray, np.ndarray, csr_matrix]:
        if self._whole is None:
            n = self.net.node_count
            self._whole = (np.arange(n), np.arange(n), self._graph())
        return self._whole

    def around(self, lo: np.ndarray,
               hi: np.ndarray) -> tuple[np.ndarray, np.ndarray, csr_matrix]:
        """(nodes, local index per node or -1, sub-network CSR) for sources in [lo, hi]."""
        net = self.net
        if not self.enabled:
            return self.whole()
        inside = np.all((net.node_xy >= np.asarray(lo) - self.radius)
                        & (net.node_xy <= np.asarray(hi) + self.radius), axis=1)
        if inside.sum() > 0.6 * net.node_count:
            return self.whole()
        nodes = np.flatnonzero(inside)
        loc = np.full(net.node_count, -1, dtype=np.int64)
        loc[nodes] = np.arange(len(nodes))
        return nodes, loc, self._graph(inside, loc, len(nodes))

    def chunks(self, xy: np.ndarray, budget: int) -> Iterator[tuple[np.ndarray, tuple]]:
        """Groups of source positions (indices into ``xy``), nearby sources together, each
        with its region: yields (indices, (nodes, loc, sub))."""
        k = len(xy)
        if k == 0:
            return
        if not self.enabled:
            region = self.whole()
            rows = max(1, int(budget // max(self.net.node_count, 1)))
            for start in range(0, k, rows):
                yield np.arange(start, min(start + rows, k)), region
            return
        tile = max(2.0 * self.radius, 1.0)
        key = np.floor((xy - xy.min(axis=0)) / tile).astype(np.int64)
        order = np.lexsort((key[:, 0], key[:, 1]))
        key = key[order]
        cut = np.flatnonzero(np.any(key[1:] != key[:-1], axis=1)) + 1
        for group in np.split(order, cut):
            region = self.around(xy[group].min(axis=0), xy[group].max(axis=0))
            rows = max(1, int(budget // max(len(region[0]), 1)))
            for start in range(0, len(group), rows):
                yield group[start:start + rows], region


def pairs_within(network: WalkNetwork, a: Snapped, b: Snapped, limit: float,
                 weights: np.ndarray | None = None, progress: Progress | None = None,
                 chunk_budget: int = CHUNK_BUDGET, costs=None, reach: float = 1.0,
                 ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Yield ``(ia, ib, dist)`` arrays of all pairs of snapped points with ``dist <= limit``.

    ``a`` and ``b`` are :class:`~.snap.Snapped`; ``ia``/``ib`` index them; ``dist`` is the
    network distance (or cost, with per-edge ``weights``) along the shortest route, partial
    edges included. Each pair appears exactly once across all yielded chunks. Unsnapped points
    never appear. ``progress`` (core.common.progress.Progress) gets 0-100 and can cancel: a
    cancelled run simply stops yielding.

    ``costs`` (:class:`core.network.slope.EdgeTimes`): direction-dependent costs; ``dist`` is
    then the cost of the trip from the ``a`` point to the ``b`` point. The searches still start
    from the smaller side: from ``a`` on the graph as it is, or from ``b`` on the reversed
    graph. ``reach``: the most metres a unit of cost can cover (for the spatial pruning; 1 for
    lengths, more for flat-equivalent metres downhill or a cyclist's top speed)."""
    from scipy.sparse.csgraph import dijkstra
    w = network.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
    # a pair exactly at the limit counts; zero-length links are nudged to 1e-9 by sparse_graph
    limit = float(limit) + LIMIT_TOLERANCE
    na, nb = int(a.ok.sum()), int(b.ok.sum())
    if na == 0 or nb == 0:
        return
    swap = nb < na  # search from the smaller side
    src, tgt = (b, a) if swap else (a, b)
    arcs = along = None
    if costs is None:
        s_idx, s_edge, s_from, s_to = _partials(network, src, w)
        t_ok, t_edge, t_off_a, t_off_b = _partials(network, tgt, w)
    else:
        s_idx, s_edge, s_from, s_to, t_ok, t_edge, t_off_a, t_off_b, arcs, along = \
            _directed_parts(network, src, tgt, swap, costs)
    k = len(s_idx)
    s_a, s_b = network.edge_from[s_edge], network.edge_to[s_edge]
    t_a, t_b = network.edge_from[t_edge], network.edge_to[t_edge]
    csr_a, nodes_a = _csr(t_a)
    csr_b, nodes_b = _csr(t_b)
    # targets sorted by edge, for the direct walk along a shared edge
    t_order = np.argsort(t_edge, kind="stable")
    t_edge_sorted = t_edge[t_order]
    regions = Regions(network, weights, limit, arcs, reach)
    beyond = 2.0 * limit + 1.0  # cost of a link to a node outside the region: never used
    s_from = np.where(np.isfinite(s_from), s_from, beyond)
    s_to = np.where(np.isfinite(s_to), s_to, beyond)
    done = 0
    for c, (nodes, loc, sub) in regions.chunks(src.xy[s_idx], chunk_budget):
        if progress is not None and progress.is_canceled():
            return
        m = len(nodes)
        la, lb = loc[s_a[c]], loc[s_b[c]]
        g = with_virtual_sources(sub, np.maximum(la, 0), np.maximum(lb, 0),
                                 np.where(la >= 0, s_from[c], beyond),
                                 np.where(lb >= 0, s_to[c], beyond))
        dist = dijkstra(g, directed=True, indices=m + np.arange(len(c)), limit=limit)
        dist[:, m] = np.inf  # column m: "outside the region" (a virtual node's slot reused)
        dist = dist[:, :m + 1]
        ta = np.where(loc[t_a] >= 0, loc[t_a], m)
        tb = np.where(loc[t_b] >= 0, loc[t_b], m)
        # candidate pairs without duplicates: every target whose first end is reached, plus
        # those reached only through their second end
        r1, j1 = _reached(dist, csr_a, nodes_a, loc)
        r2, j2 = _reached(dist, csr_b, nodes_b, loc)
        only_b = ~np.isfinite(dist[r2, ta[j2]])
        r_all = np.concatenate([r1, r2[only_b]])
        j_all = np.concatenate([j1, j2[only_b]])
        d_all = np.minimum(dist[r_all, ta[j_all]] + t_off_a[j_all],
                           dist[r_all, tb[j_all]] + t_off_b[j_all])
        # the direct walk between two points on the same edge
        lo = np.searchsorted(t_edge_sorted, s_edge[c], side="left")
        hi = np.searchsorted(t_edge_sorted, s_edge[c], side="right")
        cnt = hi - lo
        if cnt.any():
            same = s_edge[c[r_all]] == t_edge[j_all]
            if same.any():
                direct = (along(c[r_all[same]], j_all[same]) if along is not None
                          else np.abs(s_from[c[r_all[same]]] - t_off_a[j_all[same]]))
                d_all[same] = np.minimum(d_all[same], direct)
            # same-edge pairs where neither end of the edge is within the limit
            r_s = np.repeat(np.arange(len(c)), cnt)
            js = t_order[np.repeat(lo - (np.cumsum(cnt) - cnt), cnt) + np.arange(int(cnt.sum()))]
            alone = ~np.isfinite(dist[r_s, ta[js]]) & ~np.isfinite(dist[r_s, tb[js]])
            if alone.any():
                r_s, js = r_s[alone], js[alone]
                r_all = np.concatenate([r_all, r_s])
                j_all = np.concatenate([j_all, js])
                d_all = np.concatenate([d_all, along(c[r_s], js) if along is not None
                                        else np.abs(s_from[c[r_s]] - t_off_a[js])])
        del dist
        keep = d_all <= limit
        s_glob = s_idx[c[r_all[keep]]]
        t_glob = t_ok[j_all[keep]]
        d_all = d_all[keep]
        done += len(c)
        if progress is not None:
            progress.progress(100.0 * done / k)
        if swap:
            yield t_glob, s_glob, d_all
        else:
            yield s_glob, t_glob, d_all


def _directed_parts(network, src, tgt, swap, costs):
    """Sources, targets and graph of a directed pair search (trip a -> b): searching from the
    ``a`` side on the graph as it is (leave the source, enter the target), or from the ``b``
    side on the reversed graph (enter the source, leave the target)."""
    from .search import links_from_points, links_to_points, reversed_graph
    s_links, t_links = ((links_to_points, links_from_points) if swap
                        else (links_from_points, links_to_points))
    s_idx, s_edge, s_pos = np.flatnonzero(src.ok), src.edge[src.ok], src.offset[src.ok]
    t_ok, t_edge, t_pos = np.flatnonzero(tgt.ok), tgt.edge[tgt.ok], tgt.offset[tgt.ok]
    s_from, s_to = s_links(network, s_edge, s_pos, costs=costs)
    t_off_a, t_off_b = t_links(network, t_edge, t_pos, costs=costs)
    g = reversed_graph(network, costs.forward, costs.backward)
    g = (g if swap else g.T.tocsr()).tocoo()
    arcs = (g.row.astype(np.int64), g.col.astype(np.int64), g.data)

    def along(si, tj):
        """The trip between a source and a target on the same edge, always a -> b."""
        if swap:
            return costs.between(s_edge[si], t_pos[tj], s_pos[si])
        return costs.between(s_edge[si], s_pos[si], t_pos[tj])

    return s_idx, s_edge, s_from, s_to, t_ok, t_edge, t_off_a, t_off_b, arcs, along


def _csr(node_of):
    """Targets grouped by node: ((ptr, order), distinct nodes); the targets of the i-th node
    are ``order[ptr[i]:ptr[i+1]]``."""
    order = np.argsort(node_of, kind="stable")
    nodes, first = np.unique(node_of[order], return_index=True)
    ptr = np.append(first, len(order)).astype(np.int64)
    return (ptr, order), nodes


def _reached(dist, csr, nodes, loc):
    """(row, target) for every target attached to a node (of the region) the row reached."""
    ptr, order = csr
    inside = np.flatnonzero(loc[nodes] >= 0)
    r, c = np.nonzero(np.isfinite(dist[:, loc[nodes[inside]]]))
    c = inside[c]
    counts = ptr[c + 1] - ptr[c]
    hit = np.repeat(np.arange(len(c)), counts)
    pos = np.repeat(ptr[c] - (np.cumsum(counts) - counts), counts) + np.arange(len(hit))
    return r[hit], order[pos]


def all_pairs_within(network: WalkNetwork, a: Snapped, b: Snapped, limit: float,
                     weights: np.ndarray | None = None, progress: Progress | None = None,
                     costs=None, reach: float = 1.0,
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs at once: concatenated ``(ia, ib, dist)`` from :func:`pairs_within`."""
    parts = list(pairs_within(network, a, b, limit, weights, progress, costs=costs,
                              reach=reach))
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), np.empty(0)
    return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]))


__all__ = ["pairs_within", "all_pairs_within"]
