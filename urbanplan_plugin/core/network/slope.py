"""Slope from a terrain model and direction-dependent travel time along every edge.

**Pieces.** Each edge is cut into pieces of equal map length, at most ``step`` metres each
(default: twice the DEM cell size, at least 10 m), so a long street that climbs and then
descends is split where its gradient changes instead of being judged by its end points. The
terrain height at both ends of every piece is read from the DEM (bilinear between cell centres;
nodata cells are left out of the weights) and the piece's slope is ``S = rise / run`` from the
edge's from-node towards its to-node. Travelling the other way, the slope is ``-S``.

**Time.** With a travel profile (anything with ``minutes_per_metre(slope, mode)``, such as
:class:`core.walk.profiles.TravelProfile`), the time of a piece is its map length times the
profile's minutes per metre on that slope, forward and backward; the time of an edge, or of any
part of it (a snapped home to the end of its street), is the sum over the pieces it covers, a
piece covered in part counting in proportion. A piece the profile cannot pass (a wheelchair on
a slope steeper than 1:12) makes every stretch that crosses it impassable in that direction,
but not the rest of the edge: a home below a too-steep stretch still reaches the street's lower
end.

Without a DEM every edge is one flat piece, so the times are length / flat speed, per way mode.
Pieces outside the DEM or on nodata count as flat (and are counted in ``EdgeSlopes.unknown_m``).
The DEM is bare terrain: on bridges and in tunnels it is not the deck, so such edges can be given
as ``straight`` (slope from the heights at the two ends only).
"""
from dataclasses import dataclass

import numpy as np

from ..common.errors import UrbanPlanError

MIN_STEP_M = 10.0
"""Shortest default piece (m): finer pieces read DEM noise (kerbs, cars, cell steps) as slope."""


@dataclass
class EdgeSlopes:
    """The pieces of every edge and their slope (from-node -> to-node), independent of any
    profile: compute once per network and DEM, reuse for every profile.

    Piece ``j`` of edge ``e`` is ``piece_ptr[e] + j``; edge ``e`` has
    ``piece_ptr[e + 1] - piece_ptr[e]`` pieces of equal length ``edge_length[e] / count``."""

    piece_ptr: np.ndarray      # (m + 1,) int64
    slope: np.ndarray          # (P,) rise / run from the edge's from-node, 0 where unknown
    known: np.ndarray          # (P,) bool: both ends had terrain heights
    edge_length: np.ndarray    # (m,) metres (the network's, pieces scale to it)
    step_m: float = np.nan
    unknown_m: float = 0.0     # map length of pieces without terrain heights

    @property
    def piece_count(self):
        return np.diff(self.piece_ptr)

    @property
    def piece_edge(self):
        return np.repeat(np.arange(len(self.piece_count)), self.piece_count)

    @property
    def piece_length(self):
        return (self.edge_length / np.maximum(self.piece_count, 1))[self.piece_edge]

    @classmethod
    def flat(cls, network):
        """One flat piece per edge (no DEM)."""
        m = network.edge_count
        return cls(piece_ptr=np.arange(m + 1, dtype=np.int64), slope=np.zeros(m),
                   known=np.zeros(m, dtype=bool),
                   edge_length=np.asarray(network.edge_length, dtype=np.float64))

    def describe(self):
        """Log lines: pieces, slope spread, length without terrain heights."""
        total = float(self.edge_length.sum())
        lines = []
        if len(self.slope) and np.isfinite(self.step_m):
            s = np.abs(self.slope[self.known])
            w = self.piece_length[self.known]
            steep = float(w[s > 0.05].sum()) / total * 100 if total > 0 else 0.0
            lines.append(f"Slope from the terrain model: {len(self.slope)} pieces of at most "
                         f"{self.step_m:g} m on {len(self.piece_ptr) - 1} edges; "
                         f"{steep:.1f}% of the network length is steeper than 5 %.")
        if self.unknown_m > 0 and total > 0:
            lines.append(f"{100 * self.unknown_m / total:.1f}% of the network length lies "
                         "outside the terrain model or on nodata cells and counts as flat.")
        return lines


def _edge_segments(network):
    """Straight segments of every edge: (seg_edge, a, b, seg_len, start_along)."""
    nseg = network.edge_vend - network.edge_vstart
    seg_edge = np.repeat(np.arange(network.edge_count), nseg)
    first_seg = np.concatenate([[0], np.cumsum(nseg)[:-1]])
    first = (np.repeat(network.edge_vstart - first_seg, nseg) + np.arange(len(seg_edge)))
    a = network.coords[first]
    b = network.coords[first + 1]
    seg_len = np.hypot(*(b - a).T) if len(a) else np.zeros(0)
    cum = np.cumsum(seg_len)
    before = np.concatenate([[0.0], cum[:-1]])
    start_along = before - np.repeat(before[first_seg], nseg) if len(a) else before
    return seg_edge, a, b, seg_len, start_along, nseg, first_seg


def points_along_edges(network, fractions_ptr, fractions):
    """Coordinates of points at ``fractions`` (0-1 of the geometric length) along each edge.

    ``fractions_ptr`` (m + 1) gives each edge's range in ``fractions``."""
    seg_edge, a, b, seg_len, start_along, nseg, first_seg = _edge_segments(network)
    geo_len = np.bincount(seg_edge, weights=seg_len, minlength=network.edge_count)
    counts = np.diff(fractions_ptr)
    pe = np.repeat(np.arange(network.edge_count), counts)
    along = np.asarray(fractions, dtype=np.float64) * geo_len[pe]
    # global positions: edge e occupies [base[e], base[e] + geo_len[e]]
    base = np.concatenate([[0.0], np.cumsum(geo_len + 1.0)[:-1]])
    seg_pos = base[seg_edge] + start_along
    k = np.searchsorted(seg_pos, base[pe] + along, side="right") - 1
    # stay within the point's own edge (the end point belongs to the edge's last segment)
    k = np.clip(k, first_seg[pe], first_seg[pe] + np.maximum(nseg[pe], 1) - 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(seg_len[k] > 0, (along - start_along[k]) / seg_len[k], 0.0)
    t = np.clip(t, 0.0, 1.0)[:, None]
    return a[k] + (b[k] - a[k]) * t


def bilinear(raster, x, y):
    """Terrain height at points by bilinear interpolation between cell centres. Nodata
    neighbours are left out (weights renormalised); NaN where no neighbour has data or the
    point is outside the grid."""
    g = raster.grid
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    out = np.full(x.shape, np.nan)
    xmin, ymin, xmax, ymax = g.extent
    inside = (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
    if not inside.any():
        return out
    fc = (x[inside] - g.x0) / g.dx - 0.5
    fr = (g.y0 - y[inside]) / g.dy - 0.5
    c0 = np.floor(fc).astype(np.int64)
    r0 = np.floor(fr).astype(np.int64)
    tc = fc - c0
    tr = fr - r0
    vals = np.zeros(len(fc))
    wsum = np.zeros(len(fc))
    values = raster.values
    nodata = raster.nodata
    for dr, dc, w in ((0, 0, (1 - tr) * (1 - tc)), (0, 1, (1 - tr) * tc),
                      (1, 0, tr * (1 - tc)), (1, 1, tr * tc)):
        rr = np.clip(r0 + dr, 0, g.rows - 1)
        cc = np.clip(c0 + dc, 0, g.cols - 1)
        v = values[rr, cc].astype(np.float64)
        ok = ~nodata[rr, cc] & np.isfinite(v)
        vals += np.where(ok, v * w, 0.0)
        wsum += np.where(ok, w, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out[inside] = np.where(wsum > 1e-12, vals / wsum, np.nan)
    return out


def edge_slopes(network, dem, step_m=None, straight=None, to_dem=None, cell_m=None):
    """Cut every edge into pieces and read their slope from ``dem`` (a
    :class:`core.geometry.rastergrid.Raster`, heights in metres).

    ``step_m``: longest piece (default: twice the cell size, at least :data:`MIN_STEP_M`).
    ``straight`` (bool per edge, optional): one piece from end height to end height (bridges,
    tunnels: the DEM is not their deck). ``to_dem``: a function taking (k, 2) network
    coordinates to the DEM's CRS (default: the same CRS); ``cell_m``: the DEM's cell size in
    metres when its CRS is not in metres (default: the grid's cell size)."""
    if dem is None:
        return EdgeSlopes.flat(network)
    cell = float(cell_m) if cell_m else max(float(dem.grid.dx), float(dem.grid.dy))
    step = float(step_m) if step_m else max(2.0 * cell, MIN_STEP_M)
    if not np.isfinite(step) or step <= 0:
        raise UrbanPlanError("The slope sampling step must be a positive number of metres, "
                             "got {step!r}.", step=step_m)
    length = np.asarray(network.edge_length, dtype=np.float64)
    count = np.maximum(np.ceil(length / step - 1e-9).astype(np.int64), 1)
    if straight is not None:
        count = np.where(np.asarray(straight, dtype=bool), 1, count)
    m = network.edge_count
    piece_ptr = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(count, out=piece_ptr[1:])
    # count + 1 sample points per edge at fractions j / count
    npts = count + 1
    pts_ptr = np.zeros(m + 1, dtype=np.int64)
    np.cumsum(npts, out=pts_ptr[1:])
    local = np.arange(pts_ptr[-1]) - np.repeat(pts_ptr[:-1], npts)
    frac = local / np.repeat(count, npts)
    xy = points_along_edges(network, pts_ptr, frac)
    dxy = xy if to_dem is None else np.asarray(to_dem(xy), dtype=np.float64).reshape(-1, 2)
    z = bilinear(dem, dxy[:, 0], dxy[:, 1])
    # piece j of edge e runs between points pts_ptr[e] + j and pts_ptr[e] + j + 1
    pe = np.repeat(np.arange(m), count)
    j = np.arange(piece_ptr[-1]) - piece_ptr[pe]
    i0 = pts_ptr[pe] + j
    z0, z1 = z[i0], z[i0 + 1]
    # the rise is over the piece's geometric run; the map length may be scaled (prepared
    # layers store their own length), the slope is a ratio and is not
    seg = np.hypot(*(xy[i0 + 1] - xy[i0]).T)
    run = np.maximum(seg, 1e-9)
    known = np.isfinite(z0) & np.isfinite(z1) & (seg > 1e-9)
    slope = np.where(known, (z1 - z0) / run, 0.0)
    piece_len = (length / count)[pe]
    return EdgeSlopes(piece_ptr=piece_ptr, slope=slope, known=known, edge_length=length,
                      step_m=step, unknown_m=float(piece_len[~known].sum()))


def stretch_slopes(slopes, base, start, length):
    """The :class:`EdgeSlopes` of edges that are stretches of the edges of ``slopes`` (a street
    cut where flood water crosses the walking depth): stretch ``i`` runs from ``start[i]``
    metres along edge ``base[i]`` for ``length[i]`` metres, in the edge's direction.

    Pieces keep the original piece length (a stretch of ``l`` metres of an edge with pieces of
    ``p`` metres gets ``ceil(l / p)`` equal pieces), and each takes the slope of the original
    piece under its middle. A stretch that is a whole edge gets exactly that edge's pieces; a
    cut stretch may shift a slope change by less than one piece near its cut."""
    base = np.asarray(base, dtype=np.int64).reshape(-1)
    start = np.asarray(start, dtype=np.float64).reshape(-1)
    length = np.asarray(length, dtype=np.float64).reshape(-1)
    count0 = np.maximum(slopes.piece_count, 1)
    plen0 = slopes.edge_length / count0
    with np.errstate(divide="ignore", invalid="ignore"):
        count = np.where(plen0[base] > 0,
                         np.ceil(length / plen0[base] - 1e-9), 1).astype(np.int64)
    count = np.maximum(count, 1)
    piece_ptr = np.zeros(len(base) + 1, dtype=np.int64)
    np.cumsum(count, out=piece_ptr[1:])
    pe = np.repeat(np.arange(len(base)), count)
    j = np.arange(piece_ptr[-1]) - piece_ptr[pe]
    mid = start[pe] + (j + 0.5) * (length / count)[pe]
    e0 = base[pe]
    with np.errstate(divide="ignore", invalid="ignore"):
        k = np.where(plen0[e0] > 0, np.floor(mid / plen0[e0]), 0).astype(np.int64)
    k = np.clip(k, 0, count0[e0] - 1)
    src = slopes.piece_ptr[e0] + k
    slope = slopes.slope[src] if len(src) else np.zeros(0)
    known = slopes.known[src] if len(src) else np.zeros(0, dtype=bool)
    piece_len = (length / count)[pe]
    return EdgeSlopes(piece_ptr=piece_ptr, slope=slope, known=known, edge_length=length.copy(),
                      step_m=slopes.step_m, unknown_m=float(piece_len[~known].sum()))


@dataclass
class EdgeTimes:
    """Travel time (minutes) of every edge and of any part of it, in both directions.

    ``forward[e]``: from-node -> to-node; ``backward[e]``: to-node -> from-node (inf where
    impassable). :meth:`between` gives the time between two positions on an edge."""

    slopes: EdgeSlopes
    piece_fwd: np.ndarray      # (P,) minutes to travel the piece from-node -> to-node
    piece_bwd: np.ndarray      # (P,) minutes the other way
    forward: np.ndarray
    backward: np.ndarray

    def __post_init__(self):
        ptr = self.slopes.piece_ptr
        pe = self.slopes.piece_edge
        self._prefix = {}
        for name, t in (("fwd", self.piece_fwd), ("bwd", self.piece_bwd)):
            blocked = ~np.isfinite(t)
            fin = np.where(blocked, 0.0, t)
            # per-edge exclusive prefix sums of the finite time and of the blocked count
            cs = np.cumsum(fin)
            cb = np.cumsum(blocked.astype(np.float64))
            start_cs = np.concatenate([[0.0], cs])[ptr[:-1]]
            start_cb = np.concatenate([[0.0], cb])[ptr[:-1]]
            self._prefix[name] = (fin, blocked.astype(np.float64),
                                  cs - fin - start_cs[pe], cb - blocked - start_cb[pe])

    @property
    def edge_count(self):
        return len(self.forward)

    def scaled(self, factor):
        """The same times in another unit (``factor`` per minute), e.g. flat-ground metres at
        a reference speed: ``times.scaled(m_per_min)`` gives the distance that takes as long
        on flat ground, which is what the metre-based analyses compare with their limits."""
        f = float(factor)
        return EdgeTimes(slopes=self.slopes, piece_fwd=self.piece_fwd * f,
                         piece_bwd=self.piece_bwd * f, forward=self.forward * f,
                         backward=self.backward * f)

    def _at(self, edges, pos, name):
        """Cumulative (finite time, blocked measure) from the edge's from-node to ``pos``."""
        fin, blk, pre_fin, pre_blk = self._prefix[name]
        ptr = self.slopes.piece_ptr
        count = ptr[edges + 1] - ptr[edges]
        length = self.slopes.edge_length[edges]
        with np.errstate(divide="ignore", invalid="ignore"):
            u = np.where(length > 0, np.clip(pos / length, 0.0, 1.0), 0.0) * count
        j = np.minimum(np.floor(u).astype(np.int64), count - 1)
        f = u - j
        k = ptr[edges] + j
        return pre_fin[k] + f * fin[k], pre_blk[k] + f * blk[k]

    def between(self, edges, p, q):
        """Minutes to travel along ``edges`` from position ``p`` to position ``q`` (metres from
        each edge's from-node; forward where ``q >= p``, backward otherwise); inf where an
        impassable piece lies in between."""
        edges = np.asarray(edges, dtype=np.int64)
        p = np.asarray(p, dtype=np.float64)
        q = np.asarray(q, dtype=np.float64)
        p, q, edges = np.broadcast_arrays(p, q, edges)
        out = np.empty(p.shape)
        fwd = q >= p
        for name, sel, a, b in (("fwd", fwd, p, q), ("bwd", ~fwd, q, p)):
            if not sel.any():
                continue
            ta, ba = self._at(edges[sel], a[sel], name)
            tb, bb = self._at(edges[sel], b[sel], name)
            out[sel] = np.where(bb - ba > 1e-12, np.inf, np.maximum(tb - ta, 0.0))
        return out


    def reach(self, edges, target, budget, side):
        """How far along each edge a trip *to* position ``target`` stays within ``budget``.

        ``side="after"``: the largest x >= target whose trip x -> target (backward) costs at
        most ``budget``; ``side="before"``: the smallest x <= target whose trip x -> target
        (forward) does. With ``target`` = 0 or the edge length this is how far a trip to the
        from- or to-node reaches into the edge. Pieces are walked from ``target`` outwards, a
        piece covered in part in proportion to its cost; an impassable piece stops the reach.
        NaN where ``budget < 0``."""
        edges, target, budget = np.broadcast_arrays(np.asarray(edges, dtype=np.int64),
                                                    np.asarray(target, dtype=np.float64),
                                                    np.asarray(budget, dtype=np.float64))
        ptr = self.slopes.piece_ptr
        count = ptr[edges + 1] - ptr[edges]
        length = self.slopes.edge_length[edges]
        plen = length / np.maximum(count, 1)
        after = side == "after"
        cost = self.piece_bwd if after else self.piece_fwd
        pos = np.clip(target, 0.0, length).astype(np.float64)
        rem = budget.astype(np.float64).copy()
        going = rem >= 0
        for _ in range(int(count.max()) + 1 if len(count) else 0):
            act = np.flatnonzero(going & ((pos < length - 1e-12) if after else (pos > 1e-12)))
            if len(act) == 0:
                break
            pl = plen[act]
            with np.errstate(divide="ignore", invalid="ignore"):
                u = np.where(pl > 0, pos[act] / pl, 0.0)
            if after:
                j = np.minimum(np.floor(u + 1e-12).astype(np.int64), count[act] - 1)
                bound = np.minimum((j + 1) * pl, length[act])
                span = bound - pos[act]
            else:
                j = np.maximum(np.ceil(u - 1e-12).astype(np.int64) - 1, 0)
                bound = j * pl
                span = pos[act] - bound
            with np.errstate(invalid="ignore"):
                c = cost[ptr[edges[act]] + j] * np.where(pl > 0, span / pl, 0.0)
            c = np.where(span > 0, c, 0.0)
            whole = c <= rem[act]
            pos[act[whole]] = bound[whole]
            rem[act[whole]] -= c[whole]
            part = ~whole
            cp = c[part]
            with np.errstate(invalid="ignore", divide="ignore"):
                frac = np.where(np.isfinite(cp) & (cp > 0), rem[act[part]] / cp, 0.0)
            step = span[part] * np.clip(frac, 0.0, 1.0)
            pos[act[part]] += step if after else -step
            going[act[part]] = False
        return np.where(budget >= 0, pos, np.nan)


def edge_times(slopes, profile, modes=None):
    """:class:`EdgeTimes` of ``profile`` on the pieces of ``slopes``.

    ``modes`` (int per edge, optional): the profile's way mode of each edge (see
    ``core.walk.profiles``: 0 closed, 1 travel, 2 push); default: travel everywhere."""
    pe = slopes.piece_edge
    if modes is None:
        piece_mode = np.ones(len(pe), dtype=np.int8)
    else:
        modes = np.asarray(modes)
        if len(modes) != len(slopes.piece_ptr) - 1:
            raise UrbanPlanError("Internal: one way mode per edge is needed.")
        piece_mode = modes[pe]
    plen = slopes.piece_length
    fwd = plen * profile.minutes_per_metre(slopes.slope, piece_mode)
    bwd = plen * profile.minutes_per_metre(-slopes.slope, piece_mode)
    m = len(slopes.piece_ptr) - 1
    forward = _edge_sum(fwd, pe, m)
    backward = _edge_sum(bwd, pe, m)
    return EdgeTimes(slopes=slopes, piece_fwd=fwd, piece_bwd=bwd, forward=forward,
                     backward=backward)


def _edge_sum(t, pe, m):
    blocked = np.bincount(pe, weights=(~np.isfinite(t)).astype(np.float64), minlength=m)
    total = np.bincount(pe, weights=np.where(np.isfinite(t), t, 0.0), minlength=m)
    return np.where(blocked > 0, np.inf, total)
