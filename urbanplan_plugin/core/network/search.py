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

**Direction.** With ``costs`` (:class:`core.network.slope.EdgeTimes`: a travel profile's time
per edge piece, forward and backward, e.g. uphill slower than downhill, steps closed to
wheelchairs) the graph is directed. What counts is the trip from the origin to the destination,
but the search spreads from the destinations, so it runs on the *reversed* graph: the arc
to-node -> from-node carries the cost of travelling from-node -> to-node, and vice versa. A
destination is tied to its edge's from-node by the cost from that node to it (the first part
of the edge, forward) and to the to-node by the cost from that node to it (the last part,
backward); an origin leaves towards either end at the cost of the part it covers in that
direction, and reaches a destination on its own edge along the stretch in between. Still one
search per destination category.
"""
from __future__ import annotations

import threading

import numpy as np

from .build import WalkNetwork, sparse_graph
from .netkernel import for_size, kernel_arg
from .snap import Snapped


def edge_fractions(network: WalkNetwork, edge: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Where each point lies along its edge, 0 (from-node) .. 1 (to-node)."""
    length = network.edge_length[edge]
    frac = np.where(length > 0, offset / np.where(length > 0, length, 1.0), 0.0)
    return np.minimum(np.maximum(frac, 0.0), 1.0)   # np.clip costs ~20 us a call


class SearchGraph:
    """A network's search graph, built once and reused for every multi-source search.

    ``weights`` are per-edge costs (default: length in metres). Partial edges are charged in
    proportion to the snap offset along the edge. ``costs`` (an
    :class:`~core.network.slope.EdgeTimes`, optional) replaces ``weights`` with costs that
    depend on the direction of travel and vary along the edge: the search is then directed
    (see the module help) and every cost, partial edges included, comes from ``costs``."""

    def __init__(self, network: WalkNetwork, weights: np.ndarray | None = None, costs=None):
        self.net = network
        self.costs = costs
        if costs is not None:
            self.weights = None
            if len(costs.forward) != network.edge_count:
                raise ValueError("costs must have one entry per network edge")
            g = reversed_graph(network, costs.forward, costs.backward)
            self._forward = None
        else:
            self.weights = (network.edge_length if weights is None
                            else np.asarray(weights, dtype=np.float64))
            g = sparse_graph(network.edge_from, network.edge_to, self.weights,
                             network.node_count)
        self._bufs = {}
        self._base = {"graph": (g.indptr, g.indices, g.data)}
        self._links = None   # (origins, outward, links): the last origins' links, reused
        self._line = None    # the compiled nearest's per-edge arrays, made once
        self._mark_lock = threading.Lock()   # its scratch ("which edges hold a target")

    def _origin_links(self, origins: Snapped, outward: bool = False):
        """:func:`origin_links` of ``origins``, computed once for a run of searches (one per
        category) over the same snapped points."""
        cached = self._links
        if cached is not None and cached[0] is origins and cached[1] == outward:
            return cached[2]
        links = origin_links(self.net, origins, self.weights, self.costs, outward)
        self._links = (origins, outward, links)
        return links

    def node_distances(self, snapped: Snapped, select: np.ndarray | None = None,
                       limit: float = np.inf, outward: bool = False) -> np.ndarray:
        """Cost from the nearest selected snapped point to every node (inf beyond ``limit``).

        One Dijkstra from a virtual source linked to both ends of each point's edge. The
        virtual node has out-going links only (searched with ``directed=True``), so it is never
        a shortcut; two points near one node keep the cheaper link. With direction-dependent
        ``costs`` this is the cost from every node *to* the nearest point (the search runs on
        the reversed graph), or with ``outward=True`` the cost from the nearest point to every
        node (on the graph as it is)."""
        from scipy.sparse.csgraph import dijkstra
        net = self.net
        n = net.node_count
        ok = snapped.ok if select is None else (snapped.ok & np.asarray(select, dtype=bool))
        e = snapped.edge[ok]
        if len(e) == 0:
            return np.full(n, np.inf)
        key = "graph"
        if outward and self.costs is not None:
            to_from, to_to = links_from_points(net, e, snapped.offset[ok], costs=self.costs)
            key = "forward"
            if key not in self._base:
                fw = reversed_graph(net, self.costs.forward, self.costs.backward).T.tocsr()
                self._base[key] = (fw.indptr, fw.indices, fw.data)
        else:
            to_from, to_to = links_to_points(net, e, snapped.offset[ok], self.weights,
                                             self.costs)
        dst = np.concatenate([net.edge_from[e], net.edge_to[e]])
        w = np.concatenate([to_from, to_to])
        # a point exactly on an end node needs no link to the other end: the edge itself
        # gives that node the same cost (a destination on a junction, the usual case, then
        # starts one search entry instead of two: ~15 % faster searches)
        passable = np.isfinite(w) & ~np.concatenate([(to_to <= 0) & (to_from > 0),
                                                     (to_from <= 0) & (to_to > 0)])
        dst, w = dst[passable], w[passable]
        if len(dst) == 0:
            return np.full(n, np.inf)
        # one entry per node (the smallest), sorted, strictly positive (csgraph drops zeros)
        order = np.lexsort((w, dst))
        dst, w = dst[order], w[order]
        first = np.ones(len(dst), dtype=bool)
        first[1:] = dst[1:] != dst[:-1]
        dst, w = dst[first], np.maximum(w[first], 1e-9)
        g = self._with_source(key, dst, w)
        d = dijkstra(g, directed=True, indices=n, limit=limit)
        return d[:n]

    def _with_source(self, key, dst, w):
        """The graph ``key`` plus a last node (the virtual source) with arcs to ``dst`` of
        costs ``w``. The arrays live in buffers with room at the end, so a search per category
        writes only the source's arcs instead of copying the whole graph (and, with 32-bit
        indices as scipy's Dijkstra wants them, nothing is converted on the way)."""
        from scipy.sparse import csr_matrix
        n = self.net.node_count
        k = len(dst)
        buf = self._bufs.get(key)
        if buf is None or len(buf[2]) < buf[3] + k:
            indptr0, indices0, data0 = (self._base[key] if buf is None else
                                        (buf[0][:-1], buf[1][:buf[3]], buf[2][:buf[3]]))
            nnz = len(data0)
            room = max(2 * k, 1024)
            itype = np.int32 if nnz + room < 2 ** 31 - 1 else np.int64
            indptr = np.empty(len(indptr0) + 1, dtype=itype)
            indptr[:-1] = indptr0
            indices = np.empty(nnz + room, dtype=itype)
            indices[:nnz] = indices0
            data = np.empty(nnz + room)
            data[:nnz] = data0
            buf = (indptr, indices, data, nnz)
            self._bufs[key] = buf
            self._base.pop(key, None)      # the buffer holds the graph from now on
        indptr, indices, data, nnz = buf
        indptr[-1] = nnz + k
        indices[nnz:nnz + k] = dst
        data[nnz:nnz + k] = w
        return csr_matrix((data[:nnz + k], indices[:nnz + k], indptr), shape=(n + 1, n + 1))

    def nearest(self, origins: Snapped, targets: Snapped, select: np.ndarray | None = None,
                limit: float = np.inf, out: np.ndarray | None = None) -> np.ndarray:
        """Cost from each snapped origin to the nearest selected target, including targets on
        the origin's own edge. NaN for origins off the network and for those beyond ``limit``:
        unreachable is never 0. ``out``: a float64 array (one value per origin, contiguous)
        to write the answer into (a column of the caller's table: no new array)."""
        node_dist = self.node_distances(targets, select, limit)
        if self.costs is None:
            kern = for_size(len(origins.edge))
            if kern is not None and (out is None or (out.dtype == np.float64
                                                     and out.flags.c_contiguous)):
                return self._nearest_compiled(kern, node_dist, origins, targets, select, limit,
                                              out)
        d = self._nearest_numpy(node_dist, origins, targets, select, limit)
        if out is None:
            return d
        out[:] = d
        return out

    def _nearest_numpy(self, node_dist, origins, targets, select, limit):
        d = distances_to_points(self.net, node_dist, origins, targets, self.weights, select,
                                costs=self.costs, links=self._origin_links(origins))
        with np.errstate(invalid="ignore"):
            keep = d <= limit
            keep &= d < np.inf              # unreachable (inf, NaN) or beyond the limit: NaN
            d[~keep] = np.nan
        return d

    def _nearest_compiled(self, kern, node_dist, origins, targets, select, limit, out=None):
        """:meth:`nearest` with plain costs through the compiled kernel (the same numbers)."""
        net = self.net
        if self._line is None:
            w = self.weights
            length = net.edge_length
            self._line = (
                np.concatenate([[0.0], np.cumsum(length + 1.0)[:-1]]),
                np.where(length > 0, w / np.where(length > 0, length, 1), 0.0),
                np.zeros(net.edge_count, dtype=np.uint8))
            ends = (net.edge_from, net.edge_to)
            if len({a.dtype for a in ends}) > 1 or ends[0].dtype not in (np.int32, np.int64):
                ends = tuple(a.astype(np.int64) for a in ends)
            self._line += tuple(kernel_arg(a) for a in ends) + (
                kernel_arg(net.edge_length, dtype=np.float64),
                kernel_arg(self.weights, dtype=np.float64))
        start, scale, mark, efrom, eto, length, weights = self._line
        tok = targets.ok if select is None else (targets.ok & np.asarray(select, dtype=bool))
        te, toff = targets.edge[tok], targets.offset[tok]
        order = np.lexsort((toff, te)) if len(te) > 1 else np.arange(len(te))
        if out is None:
            out = np.empty(len(origins.edge))
        with self._mark_lock:       # two searches at once (compare tasks) never share it
            kern.origin_distances(kernel_arg(node_dist, dtype=np.float64),
                                  kernel_arg(origins.edge, dtype=np.int64),
                                  kernel_arg(origins.offset, dtype=np.float64), efrom, eto,
                                  length, weights, start, kernel_arg(te[order], dtype=np.int64),
                                  kernel_arg(toff[order], dtype=np.float64), scale,
                                  float(limit), out, mark)
        return out

    def reached_from(self, sources: Snapped, points: Snapped, select: np.ndarray | None = None,
                     limit: float = np.inf) -> np.ndarray:
        """Cost from the nearest selected source to each point (the trip source -> point: with
        direction-dependent costs the other way round from :meth:`nearest`). NaN beyond
        ``limit`` or off the network."""
        node_dist = self.node_distances(sources, select, limit, outward=True)
        d = distances_to_points(self.net, node_dist, points, sources, self.weights, select,
                                costs=self.costs, outward=True,
                                links=self._origin_links(points, outward=True))
        d[~np.isfinite(d) | (d > limit)] = np.nan
        return d


def reversed_graph(network: WalkNetwork, forward: np.ndarray, backward: np.ndarray):
    """CSR matrix of the network with every edge's arcs reversed: row ``to``, column ``from``
    carries the cost of travelling from-node -> to-node (``forward``), and row ``from``, column
    ``to`` the cost to-node -> from-node (``backward``). A search on it from a set of points
    gives each node its cost *to* the nearest point. Impassable arcs (inf) are left out;
    parallel arcs keep their smallest cost."""
    from scipy.sparse import csr_matrix
    u, v = network.edge_from, network.edge_to
    rows = np.concatenate([v, u])
    cols = np.concatenate([u, v])
    w = np.concatenate([np.asarray(forward, dtype=np.float64),
                        np.asarray(backward, dtype=np.float64)])
    keep = np.isfinite(w) & (rows != cols)
    rows, cols, w = rows[keep], cols[keep], np.maximum(w[keep], 1e-9)
    order = np.lexsort((w, cols, rows))
    rows, cols, w = rows[order], cols[order], w[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    n = network.node_count
    return csr_matrix((w[first], (rows[first], cols[first])), shape=(n, n))


def links_to_points(network: WalkNetwork, edge, offset, weights=None, costs=None):
    """(cost from-node -> point, cost to-node -> point) for points at ``offset`` metres along
    ``edge``: the partial lengths (or weights), or with ``costs`` the direction-dependent
    cost of the part of the edge covered."""
    if costs is not None:
        return (costs.between(edge, 0.0, offset),
                costs.between(edge, network.edge_length[edge], offset))
    w = network.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
    frac = edge_fractions(network, edge, offset)
    return frac * w[edge], (1.0 - frac) * w[edge]


def links_from_points(network: WalkNetwork, edge, offset, weights=None, costs=None):
    """(cost point -> from-node, cost point -> to-node); the same as :func:`links_to_points`
    unless ``costs`` depend on the direction."""
    if costs is not None:
        return (costs.between(edge, offset, 0.0),
                costs.between(edge, offset, network.edge_length[edge]))
    return links_to_points(network, edge, offset, weights)


def origin_links(network: WalkNetwork, origins: Snapped, weights: np.ndarray | None = None,
                 costs=None, outward: bool = False):
    """(snapped rows, their edges' from-nodes, to-nodes, cost to the from-node, cost to the
    to-node, their edges) for the snapped ``origins``: what every search reads its per-origin
    distance from (see :func:`distances_to_points`)."""
    w = network.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
    rows = np.flatnonzero(origins.ok)
    e = origins.edge[rows]
    links = links_to_points if outward else links_from_points
    to_from, to_to = links(network, e, origins.offset[rows], w, costs)
    return rows, network.edge_from[e], network.edge_to[e], to_from, to_to, e


def distances_to_points(network: WalkNetwork, node_dist: np.ndarray, origins: Snapped,
                        targets: Snapped | None = None, weights: np.ndarray | None = None,
                        target_select: np.ndarray | None = None, costs=None,
                        outward: bool = False, links=None) -> np.ndarray:
    """Distance from each snapped origin to the nearest source, given ``node_dist`` (from
    :meth:`SearchGraph.node_distances`; with ``costs``, the search on the reversed graph).
    With ``outward`` (``node_dist`` from the search on the graph as it is): the distance from
    the nearest source *to* each of the ``origins`` points. ``links``: :func:`origin_links` of
    the origins when already computed (the same for every category).

    When ``targets`` (the snapped sources) are given, a target on the origin's own edge is
    reached directly along the edge. Unsnapped origins get NaN; unreachable ones get inf."""
    w = network.edge_length if weights is None else np.asarray(weights, dtype=np.float64)
    out = np.full(len(origins.edge), np.nan)
    if links is None:
        links = origin_links(network, origins, w, costs, outward)
    rows, a, b, to_from, to_to, edges = links
    best = node_dist[a]
    best += to_from
    via_to = node_dist[b]
    via_to += to_to
    np.minimum(best, via_to, out=best)
    out[rows] = best
    if targets is not None:
        _same_edge_distance(network, origins, targets, w, target_select, costs, outward, out,
                            (rows, edges))
    return out


def _same_edge_distance(network, origins, targets, w, target_select=None, costs=None,
                        outward=False, out=None, snapped_rows=None):
    """Distance along the shared edge to the nearest target on the origin's own edge (with
    ``costs``: the nearest one on each side, at the cost of the stretch in that direction).
    With ``out``: lowers ``out`` where that is shorter (in place) instead of returning it.
    ``snapped_rows``: (the snapped origins' rows, their edges) when known."""
    n = len(origins.edge)
    res = np.full(n, np.inf) if out is None else out
    tok = targets.ok if target_select is None else (targets.ok & target_select)
    if not tok.any():
        return res
    # only origins on an edge that holds a target
    holds = np.zeros(network.edge_count, dtype=bool)
    holds[targets.edge[tok]] = True
    if snapped_rows is None:
        oi = np.flatnonzero(origins.ok)
        oi = oi[holds[origins.edge[oi]]]
    else:
        oi = snapped_rows[0][holds[snapped_rows[1]]]
    if len(oi) == 0:
        return res
    # place every point on one long line: edge e occupies [start[e], start[e] + len[e]]
    start = np.concatenate([[0.0], np.cumsum(network.edge_length + 1.0)[:-1]])
    tpos = np.sort(start[targets.edge[tok]] + targets.offset[tok])
    tedge_sorted = np.searchsorted(start, tpos, side="right") - 1
    oe = origins.edge[oi]
    opos = start[oe] + origins.offset[oi]
    k = np.searchsorted(tpos, opos)
    for cand in (k - 1, k):
        valid = (cand >= 0) & (cand < len(tpos))
        c = np.minimum(np.maximum(cand, 0), max(len(tpos) - 1, 0))
        same = valid & (tedge_sorted[c] == oe)
        if costs is not None:
            d = np.full(len(oi), np.inf)
            if same.any():
                here = origins.offset[oi][same]
                there = tpos[c][same] - start[oe[same]]
                d[same] = (costs.between(oe[same], there, here) if outward
                           else costs.between(oe[same], here, there))
        else:
            length = network.edge_length[oe]
            scale = np.where(length > 0, w[oe] / np.where(length > 0, length, 1), 0.0)
            d = np.abs(tpos[c] - opos) * scale
        cur = res[oi]
        res[oi] = np.where(same & ~(cur <= d), d, cur)
    return res


__all__ = ["SearchGraph", "distances_to_points", "edge_fractions", "links_from_points",
           "links_to_points", "origin_links", "reversed_graph"]
