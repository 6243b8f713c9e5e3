"""Editing a built walking network without rebuilding it: mask closed edges, node added lines into
the baseline arrays (only the added lines and the edges they touch are rebuilt). Scenarios use it
for closed streets and new footbridges."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..common.errors import UrbanPlanError
from .build import LineSet, WalkNetwork, cluster_vertices

if TYPE_CHECKING:
    from .snap import EdgeIndex

DEFAULT_TOLERANCE_M = 1.0
"""Metres: how close a drawn geometry must come to a baseline feature to touch or match it, and
how close a new line's vertex must be to a street to connect to it."""


def edges_of_sources(network: WalkNetwork, source_ids: Iterable[int]) -> np.ndarray:
    """Mask of edges cut from the given input features (``edge_source`` values)."""
    ids = np.asarray(list(source_ids), dtype=np.int64)
    if len(ids) == 0:
        return np.zeros(network.edge_count, dtype=bool)
    return np.isin(network.edge_source, ids)


def closed_edges(network: WalkNetwork, closures: LineSet | Sequence,
                 tolerance: float = DEFAULT_TOLERANCE_M,
                 index: EdgeIndex | None = None) -> np.ndarray:
    """Mask of edges that drawn closure lines close.

    An edge is closed when a closure line crosses it, or runs along it, within ``tolerance``
    metres *away from the edge's two end nodes*: a line drawn across a street closes that
    street between its two junctions; a line drawn along a street from junction to junction
    closes that street only, not the side streets it touches at the junctions.

    The closure lines are sampled every ``tolerance`` metres (plus every vertex), so a crossing
    at any angle has a sample within ``tolerance / 2`` of the crossing point."""
    from .snap import EdgeIndex
    if not isinstance(closures, LineSet):
        closures = LineSet.from_lines(closures)
    mask = np.zeros(network.edge_count, dtype=bool)
    if len(closures) == 0 or network.edge_count == 0:
        return mask
    tol = max(float(tolerance), 0.05)
    samples = _sample_lines(closures, tol)
    if len(samples) == 0:
        return mask
    # every edge, fragments included: a closure line may close one
    idx = (index.all_edges() if index is not None
           else EdgeIndex(network, keep=np.ones(network.edge_count, dtype=bool)))
    _pt, edge, along, geo, _d = idx.near_segments(samples, tol)
    if len(edge) == 0:
        return mask
    end_tol = np.minimum(tol, 0.25 * geo)
    interior = (along > end_tol) & (along < geo - end_tol)
    mask[edge[interior]] = True
    return mask


def _sample_lines(lines, step):
    """Points every ``step`` metres along each line, plus every vertex."""
    out = []
    for i in range(len(lines)):
        xy = lines.line(i)
        if len(xy) == 0:
            continue
        out.append(xy)
        if len(xy) < 2:
            continue
        a, b = xy[:-1], xy[1:]
        seg_len = np.hypot(*(b - a).T)
        n = np.maximum(np.ceil(seg_len / step).astype(np.int64), 1)
        k = np.repeat(np.arange(len(n)), n)
        local = np.arange(len(k)) - np.repeat(np.cumsum(n) - n, n)
        frac = local / np.repeat(n, n)
        out.append(a[k] + (b[k] - a[k]) * frac[:, None])
    return np.concatenate(out) if out else np.empty((0, 2))


@dataclass
class NetworkChange:
    """What :func:`scenario_network` did: the new network, for each of its edges the baseline
    edge it is (a piece of) or -1 for a new line, and counts for the log."""

    network: WalkNetwork
    base_edge: np.ndarray
    closed: int = 0
    split: int = 0
    added: int = 0
    connections: int = 0
    unconnected_lines: int = 0

    def log(self) -> list[str]:
        lines = []
        if self.closed:
            lines.append(f"{self.closed} street segment(s) closed.")
        if self.added:
            lines.append(f"{self.added} new segment(s) added, connected to the streets at "
                         f"{self.connections} point(s); {self.split} existing segment(s) were "
                         "split where new lines join them.")
        if self.unconnected_lines:
            lines.append(f"{self.unconnected_lines} new line(s) touch no street (within the "
                         "tolerance) and no other new line: they are islands nobody can reach. "
                         "Snap their ends onto a street (enable snapping while drawing).")
        return lines


def scenario_network(base: WalkNetwork, closed: np.ndarray | None = None,
                     added: LineSet | Sequence | None = None,
                     tolerance: float = DEFAULT_TOLERANCE_M,
                     index: EdgeIndex | None = None) -> NetworkChange:
    """The walking network of a scenario, reusing the baseline arrays.

    ``added`` new lines (LineSet or list of coordinate arrays) are noded into the baseline
    (with its EdgeIndex ``index`` when given, so nothing is indexed again); then the edges in
    the ``closed`` mask, and the pieces a new line split off them, are removed. A new line that
    only touches closed streets therefore ends up unconnected, as it would if the closures were
    drawn first. Only the touched edges are rebuilt; everything else is array masking.

    The new network's ``anchor`` marks the edges that were on kept pieces of the baseline (by
    ``index``'s fragment rule, else the default), so a street a closure cuts off stays there
    for the analyses (:mod:`.fragments`)."""
    closed = (np.zeros(base.edge_count, dtype=bool) if closed is None
              else np.asarray(closed, dtype=bool))
    n_closed = int(closed.sum())
    if added is not None and len(added) > 0:
        change = extend_network(base, added, tolerance=tolerance, index=index)
    else:
        change = NetworkChange(base, np.arange(base.edge_count))
    if n_closed:
        be = change.base_edge
        keep = ~((be >= 0) & closed[np.maximum(be, 0)])
        change.network = change.network.subset(keep)
        change.base_edge = be[keep]
        change.closed = n_closed
    if change.network is not base:
        # the fragment rule of the baseline holds on: a piece cut off by a closure is cut off,
        # not pruned (its homes would be attached to another street)
        from .fragments import kept_edges
        base_kept = (index.kept if index is not None and index.net is base
                     else kept_edges(base))
        be = change.base_edge
        change.network.anchor = (be >= 0) & base_kept[np.maximum(be, 0)]
    return change


def extend_network(net: WalkNetwork, added: LineSet | Sequence,
                   tolerance: float = DEFAULT_TOLERANCE_M,
                   index: EdgeIndex | None = None) -> NetworkChange:
    """Node new lines into an existing network, rebuilding only what they touch.

    Rules (the same as building the network from scratch with the new lines drawn in, and with
    QGIS's topological editing adding their junction vertices to the streets):

    - a vertex of a new line within ``tolerance`` of a street connects to it: to the street's
      end node when it is that close to it, else the street segment is split there;
    - new lines connect to each other where they share a vertex (within ``tolerance``);
    - new lines crossing a street without a vertex there (a footbridge over a road) do not
      connect to it.

    New edges get ``edge_source = -1 - i`` for the i-th added line's source index. Returns a
    :class:`NetworkChange` (``base_edge`` = the edge of ``net`` each edge comes from, -1 = new).
    """
    from .snap import EdgeIndex
    if not isinstance(added, LineSet):
        added = LineSet.from_lines(added)
    counts = np.diff(added.offsets)
    if (counts < 2).any():
        keep = np.flatnonzero(counts >= 2)
        added = LineSet.from_lines([added.line(i) for i in keep], added.source[keep])
        counts = np.diff(added.offsets)
    if len(added) == 0:
        return NetworkChange(net, np.arange(net.edge_count))
    if not np.isfinite(added.coords).all():
        raise UrbanPlanError("A new line has non-finite coordinates (NaN or infinity); "
                             "redraw it.")
    tol = float(tolerance)
    eps = max(tol, 1e-6)
    # 1. new lines among themselves: merge vertices closer than the tolerance
    cl, reps = cluster_vertices(added.coords, tol)
    nrep = len(reps)
    rep_xy = reps.copy()
    # 2. connect clusters to the network: to a node, or by splitting an edge
    # every edge, fragments included: a new footbridge may join a fragment to the streets
    idx = (index.all_edges() if index is not None
           else EdgeIndex(net, keep=np.ones(net.edge_count, dtype=bool)))
    snapped = idx.snap(reps, max_distance=eps)
    rep_node = np.full(nrep, -1, dtype=np.int64)
    splits = {}                       # edge -> list of (along, rep)
    for r in np.flatnonzero(snapped.ok):
        e = int(snapped.edge[r])
        coords = net.edge_coords(e)
        along, geo_len = _along_line(coords, snapped.xy[r])
        if along <= eps:
            rep_node[r] = net.edge_from[e]
            rep_xy[r] = net.node_xy[net.edge_from[e]]
        elif along >= geo_len - eps:
            rep_node[r] = net.edge_to[e]
            rep_xy[r] = net.node_xy[net.edge_to[e]]
        else:
            splits.setdefault(e, []).append((along, r))
            rep_xy[r] = snapped.xy[r]
    n0 = net.node_count
    new_xy = []
    # 3. split nodes: one per distinct position along each touched edge
    pieces_coords, pieces_from, pieces_to = [], [], []
    pieces_len, pieces_src, pieces_base = [], [], []
    for e in sorted(splits):
        pts = sorted(splits[e])
        coords = net.edge_coords(e)
        geo_len = float(np.hypot(*np.diff(coords, axis=0).T).sum())
        scale = net.edge_length[e] / geo_len if geo_len > 0 else 1.0
        cuts, cut_nodes = [], []
        for along, r in pts:
            if cuts and along - cuts[-1] <= eps:
                rep_node[r] = cut_nodes[-1]
                rep_xy[r] = new_xy[cut_nodes[-1] - n0]
                continue
            node = n0 + len(new_xy)
            new_xy.append(rep_xy[r].copy())
            cuts.append(along)
            cut_nodes.append(node)
            rep_node[r] = node
        bounds = [0.0] + cuts + [geo_len]
        nodes = [int(net.edge_from[e])] + cut_nodes + [int(net.edge_to[e])]
        for k in range(len(bounds) - 1):
            piece = _cut_line(coords, bounds[k], bounds[k + 1])
            # the piece ends exactly at its nodes (a cut node is the snapped point)
            if nodes[k] >= n0:
                piece[0] = new_xy[nodes[k] - n0]
            if nodes[k + 1] >= n0:
                piece[-1] = new_xy[nodes[k + 1] - n0]
            pieces_coords.append(piece)
            pieces_from.append(nodes[k])
            pieces_to.append(nodes[k + 1])
            pieces_len.append((bounds[k + 1] - bounds[k]) * scale)
            pieces_src.append(int(net.edge_source[e]))
            pieces_base.append(e)
    n_split = len(splits)
    n_connect = int((rep_node >= 0).sum())
    # 4. nodes of the new lines: ends, shared vertices, connections
    vcoords = rep_xy[cl]
    uses = np.bincount(cl, minlength=nrep)
    is_end = np.zeros(len(cl), dtype=bool)
    is_end[added.offsets[:-1]] = True
    is_end[added.offsets[1:] - 1] = True
    is_node = is_end | (uses[cl] > 1) | (rep_node[cl] >= 0)
    need = np.unique(cl[is_node & (rep_node[cl] < 0)])
    for r in need:
        rep_node[r] = n0 + len(new_xy)
        new_xy.append(rep_xy[r].copy())
    line_of = np.repeat(np.arange(len(added)), counts)
    seg = np.hypot(*(vcoords[1:] - vcoords[:-1]).T)
    seg = np.where(line_of[1:] == line_of[:-1], seg, 0.0)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    nv = np.flatnonzero(is_node)
    starts, ends = nv[:-1], nv[1:]
    same = line_of[starts] == line_of[ends]
    starts, ends = starts[same], ends[same]
    n_added = 0
    for s, t in zip(starts, ends):
        length = cum[t] - cum[s]
        a, b = rep_node[cl[s]], rep_node[cl[t]]
        if length <= 1e-9 or (a == b and length <= eps):
            continue
        pieces_coords.append(vcoords[s:t + 1])
        pieces_from.append(int(a))
        pieces_to.append(int(b))
        pieces_len.append(length)
        pieces_src.append(-1 - int(added.source[line_of[s]]))
        pieces_base.append(-1)
        n_added += 1
    # lines that touch nothing: no vertex connected and no vertex shared with another new line
    lines_per_rep = np.bincount(np.unique(np.c_[cl, line_of], axis=0)[:, 0], minlength=nrep)
    touched_line = np.zeros(len(added), dtype=bool)
    touched_line[line_of[snapped.ok[cl] | (lines_per_rep[cl] > 1)]] = True
    # 5. assemble: untouched edges as they are, then the pieces
    keep = np.ones(net.edge_count, dtype=bool)
    keep[list(splits)] = False
    kept = np.flatnonzero(keep)
    out, base_edge = _with_pieces(net, kept, new_xy, pieces_coords, pieces_from, pieces_to,
                                  pieces_len, pieces_src, pieces_base)
    return NetworkChange(out, base_edge, split=n_split, added=n_added, connections=n_connect,
                         unconnected_lines=int((~touched_line).sum()))


def split_edges(net: WalkNetwork, cuts: dict) -> NetworkChange:
    """Split edges at given distances along them: ``cuts`` = {edge: distances (metres of
    ``edge_length``, strictly between 0 and the edge's length)}. Each cut point becomes a new
    node; the pieces keep the edge's source and are charged their share of its length. Returns
    a :class:`NetworkChange` (``base_edge``: the edge each piece comes from; untouched edges
    keep their own index order first)."""
    n0 = net.node_count
    new_xy = []
    pieces_coords, pieces_from, pieces_to = [], [], []
    pieces_len, pieces_src, pieces_base = [], [], []
    for e in sorted(cuts):
        length = float(net.edge_length[e])
        along = sorted({float(a) for a in cuts[e] if 1e-9 < float(a) < length - 1e-9})
        if not along:
            continue
        coords = net.edge_coords(e)
        geo_len = float(np.hypot(*np.diff(coords, axis=0).T).sum())
        to_geo = geo_len / length if length > 0 else 1.0
        bounds = [0.0] + along + [length]
        nodes = [int(net.edge_from[e])]
        for _ in along:
            nodes.append(n0 + len(new_xy))
            new_xy.append(None)
        nodes.append(int(net.edge_to[e]))
        for k in range(len(bounds) - 1):
            piece = _cut_line(coords, bounds[k] * to_geo, bounds[k + 1] * to_geo)
            if nodes[k + 1] >= n0:
                new_xy[nodes[k + 1] - n0] = piece[-1].copy()
            if nodes[k] >= n0:
                piece[0] = new_xy[nodes[k] - n0]
            pieces_coords.append(piece)
            pieces_from.append(nodes[k])
            pieces_to.append(nodes[k + 1])
            pieces_len.append(bounds[k + 1] - bounds[k])
            pieces_src.append(int(net.edge_source[e]))
            pieces_base.append(e)
    if not pieces_coords:
        return NetworkChange(net, np.arange(net.edge_count))
    split = np.unique(pieces_base)
    keep = np.ones(net.edge_count, dtype=bool)
    keep[split] = False
    kept = np.flatnonzero(keep)
    out, base_edge = _with_pieces(net, kept, new_xy, pieces_coords, pieces_from, pieces_to,
                                  pieces_len, pieces_src, pieces_base)
    return NetworkChange(out, base_edge, split=len(split))


def _with_pieces(net, kept, new_xy, pieces_coords, pieces_from, pieces_to, pieces_len,
                 pieces_src, pieces_base):
    """(network, base edge of every edge): the ``kept`` edges of ``net`` as they are, then the
    new pieces (their vertices, end nodes, lengths, sources and the base edge each comes
    from, -1 for a new line); ``new_xy``: the nodes the pieces add."""
    ls = LineSet.from_lines(pieces_coords) if pieces_coords else LineSet(np.empty((0, 2)),
                                                                         np.zeros(1, np.int64))
    shift = len(net.coords)
    out = WalkNetwork(
        node_xy=np.vstack([net.node_xy, np.asarray(new_xy, dtype=np.float64).reshape(-1, 2)]),
        edge_from=np.concatenate([net.edge_from[kept], np.asarray(pieces_from, np.int64)]),
        edge_to=np.concatenate([net.edge_to[kept], np.asarray(pieces_to, np.int64)]),
        edge_length=np.concatenate([net.edge_length[kept], np.asarray(pieces_len, np.float64)]),
        coords=np.vstack([net.coords, ls.coords]),
        edge_vstart=np.concatenate([net.edge_vstart[kept], ls.offsets[:-1] + shift]),
        edge_vend=np.concatenate([net.edge_vend[kept], ls.offsets[1:] - 1 + shift]),
        edge_source=np.concatenate([net.edge_source[kept], np.asarray(pieces_src, np.int64)]),
        crs=net.crs,
        log=list(net.log),
    )
    return out, np.concatenate([kept, np.asarray(pieces_base, np.int64)])


def _along_line(coords, p):
    """(distance along the polyline to the point nearest to ``p``, polyline length)."""
    a, b = coords[:-1], coords[1:]
    ab = b - a
    seg_len = np.hypot(*ab.T)
    denom = np.where(seg_len > 0, seg_len ** 2, 1.0)
    t = np.clip(((p - a) * ab).sum(axis=1) / denom, 0.0, 1.0)
    proj = a + ab * t[:, None]
    d = np.hypot(*(proj - p).T)
    j = int(np.argmin(d))
    before = float(seg_len[:j].sum())
    return before + float(t[j] * seg_len[j]), float(seg_len.sum())


def _cut_line(coords, start, end):
    """The part of a polyline between two distances along it (inclusive end points)."""
    seg_len = np.hypot(*np.diff(coords, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg_len)])

    def point_at(s):
        j = int(np.clip(np.searchsorted(cum, s, side="right") - 1, 0, len(seg_len) - 1))
        t = 0.0 if seg_len[j] == 0 else (s - cum[j]) / seg_len[j]
        return coords[j] + (coords[j + 1] - coords[j]) * np.clip(t, 0.0, 1.0)

    inner = coords[(cum > start) & (cum < end)]
    return np.vstack([point_at(start), inner, point_at(end)])
