"""Exact areas of overlaid polygon layers, measured from their boundaries without building the
overlay (no GEOS union, no dissolve).

SDG 11.7.1 (a) and the green-space coverage need *areas*, not shapes: the area of the union of a
layer (overlapping features counted once) inside the union of the built-up polygons, per zone,
and the area of the union of several layers (open space + streets). Dissolving the layers with
GEOS gives those exactly but costs one polygon overlay per junction of a street grid (about 20 s
for a city of 1M street segments). This module gets the same numbers from the edges alone.

**Method (Green's theorem).** The area of a region bounded by straight edges, each oriented with
the region on its left, is the sum over the edges of ``(x0 * y1 - x1 * y0) / 2`` (the shoelace
formula). Every region asked for here (a layer's union clipped to the built-up area and to a
zone, the union of all layers, ...) is bounded by pieces of the input edges. So:

1. every ring edge is oriented with its polygon on its left (outer rings counter-clockwise,
   holes clockwise): the number of polygons of a layer covering a point (its winding number) is
   then the signed count of the layer's edges crossing a ray from that point;
2. every edge is cut where another polygon's edge crosses it, touches it, or starts or stops
   running along it. Only edges that share a cell of a uniform grid are compared;
3. for every piece, the number of polygons of each layer covering the ground just to its right
   and just to its left is known: from a count at the grid cell's corner (one sweep per grid
   row) plus the crossings on a short path inside the cell, for the first piece of every edge
   and after every touching point; along an edge, by adding +1/-1 at every crossing;
4. a piece adds its shoelace term to a region's area when the region is on its left and not on
   its right, subtracts it in the opposite case, and adds nothing otherwise (both sides inside:
   the piece is interior to a dissolved layer, e.g. a street edge inside a crossing street). A
   piece that several edges share (a border shared by two parcels, one street side buffered
   twice: edges that run along each other, a relation closed transitively) is counted once,
   by the edge with the smallest number; its two sides are those of the whole bundle.

Degenerate contacts (a vertex on another edge, collinear overlapping edges, several polygons
through one point) are handled by symbolic rules, not by nudging coordinates: the paths that
count crossings turn at irrational fractions of a cell, ties on a path's line count as left of
it, and the edges along a piece are crossed symbolically from the side the path arrives on.
The answer is exact up to floating-point rounding, with one tolerance (``REL_TOL``, below).

Inputs must be valid polygons (:func:`core.geometry.polygons.clean_polygons` repairs invalid
ones); a layer's features may overlap each other freely, and zones may overlap too.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..common.compat import polygon_rings
from ..common.progress import Progress
from .rasterize import group_index, runs

REL_TOL = 1e-12
INPUT_ULPS = 8
"""The tolerance: points and edges closer than ``REL_TOL`` times the data's extent (70 nm for
a 70 km city), and at least 8 units in the last place of the largest input coordinate (12 nm
at a UTM northing of 6 700 km), are touching or run along each other. Copies of one border
computed twice (two buffered streets sharing a side, parcels digitised twice) differ by about
the input's rounding and are then one border; lines genuinely apart by more are measured as
they are. An area changes by at most about the tolerance times the length of such borders,
plus the tolerance times the distance from the data's centre per place where a vertex lies
within the tolerance of another edge."""

MAX_CELLS = 4_000_000
"""At most this many grid cells (the cell-corner counts are an int32 per cell and layer)."""

PAIR_BUDGET = 500_000
"""Candidate edge pairs or (point, edge) pairs handled at once (memory of one step)."""

PIECE_BUDGET = 250000
"""Edge pieces handled at once."""

STRETCH = 16.0
"""Two edges within the tolerance of each other along more than this many tolerances run
along each other there (below it, a vertex near an edge is a touching point)."""

CELL_LOAD = 3.0
"""Edge-cell incidences per cell the automatic cell size aims at."""

_FRAC = (0.2360679774997897, 0.4142135623730951)
"""Irrational offsets of the grid origin (in cells), so that grid lines and cell corners do not
fall on the round coordinates of planned or synthetic data."""


@dataclass
class AreaResult:
    """Areas in m² after dissolving and clipping to the built-up area.

    ``layer_m2[name]``: dissolved area of each layer inside the built-up area;
    ``public_m2``: area of the union of all layers inside it; ``overlap_m2[name]``: area
    counted more than once within a layer before dissolving (overlapping features), inside the
    built-up area; ``outside_m2[name]``: area of a layer's features outside the built-up area
    (clipped off, summed feature by feature; NaN unless the layer is in ``track_outside``);
    ``outside_ids[name]``: positions of features with no area inside it; ``overlap_pairs[name]``:
    up to 20 pairs of positions of features overlapping inside it. ``zone_*``: the same per
    zone (with no built-up layer, ``zone_builtup_m2`` is each zone's area). ``tiles`` and
    ``tile_size``: the cells of the index grid and their side (m); the areas do not depend on
    them."""

    builtup_m2: float
    layer_m2: dict
    public_m2: float
    overlap_m2: dict
    outside_m2: dict
    outside_ids: dict
    overlap_pairs: dict
    zone_builtup_m2: np.ndarray = None
    zone_layer_m2: dict = None
    zone_public_m2: np.ndarray = None
    tiles: int = 0
    tile_size: float = 0.0

    def share_pct(self, name: str | None = None) -> float:
        """Share (%) of the built-up area covered by a layer (or by all: the public space)."""
        part = self.public_m2 if name is None else self.layer_m2[name]
        return 100.0 * part / self.builtup_m2 if self.builtup_m2 > 0 else np.nan

    def zone_share_pct(self, name: str | None = None) -> np.ndarray:
        part = self.zone_public_m2 if name is None else self.zone_layer_m2[name]
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.zone_builtup_m2 > 0, 100.0 * part / self.zone_builtup_m2, np.nan)


# --------------------------------------------------------------------------- edges

def _ring_edges(xy, offsets, owner, hole):
    """Oriented edges (ax, ay, bx, by, owner) of rings: outer rings counter-clockwise, holes
    clockwise; zero-length edges and rings without area left out."""
    counts = np.diff(offsets)
    keep = counts >= 3
    if not keep.any():
        e = np.empty(0)
        return e, e, e, e, np.empty(0, np.int64)
    starts, counts = offsets[:-1][keep], counts[keep]
    owner, hole = owner[keep], hole[keep]
    idx = runs(starts, counts)
    ring = group_index(counts)
    nxt = idx + 1
    last = np.cumsum(counts) - 1
    nxt[last] = starts
    ax, ay = xy[idx, 0], xy[idx, 1]
    bx, by = xy[nxt, 0], xy[nxt, 1]
    real = (ax != bx) | (ay != by)
    ax, ay, bx, by, ring = ax[real], ay[real], bx[real], by[real], ring[real]
    area2 = np.bincount(ring, weights=ax * by - bx * ay, minlength=len(counts))
    flip = np.where(hole, area2 > 0, area2 < 0)[ring]
    good = (area2 != 0)[ring]
    ax, bx = np.where(flip, bx, ax), np.where(flip, ax, bx)
    ay, by = np.where(flip, by, ay), np.where(flip, ay, by)
    return ax[good], ay[good], bx[good], by[good], owner[ring[good]]


class _Edges:
    """All edges of all families, in coordinates relative to ``origin``."""

    def __init__(self, parts):
        def cat(i, dt):
            return np.concatenate([p[i] for p in parts]).astype(dt) if parts else np.empty(0, dt)

        self.ax, self.ay = cat(0, np.float64), cat(1, np.float64)
        self.bx, self.by = cat(2, np.float64), cat(3, np.float64)
        self.feat = cat(4, np.int64)          # global feature id (edges of one feature never cut)
        self.dkey = cat(5, np.int64)          # dense key: builtup / layer, -1 none
        self.ikey = cat(6, np.int64)          # identity key: zone / tracked feature, -1 none
        self.dx = self.bx - self.ax
        self.dy = self.by - self.ay
        self.length = np.hypot(self.dx, self.dy)
        self.cross = self.ax * self.by - self.bx * self.ay      # twice the shoelace term
        self.n = len(self.ax)
        self.inner = np.zeros(self.n, dtype=bool)

    def set_inner(self, box):
        """Which edges lie inside the box, and the parameter range (t_in, t_out) of each
        edge's part inside it (empty: t_in > t_out)."""
        x0, y0, x1, y1 = box
        self.inner = ((np.minimum(self.ax, self.bx) >= x0) & (np.maximum(self.ax, self.bx) <= x1)
                      & (np.minimum(self.ay, self.by) >= y0)
                      & (np.maximum(self.ay, self.by) <= y1))
        t_in, t_out = np.zeros(self.n), np.ones(self.n)
        for a, d, lo, hi in ((self.ax, self.dx, x0, x1), (self.ay, self.dy, y0, y1)):
            flat = d == 0
            with np.errstate(divide="ignore", invalid="ignore"):
                ta = (lo - a) / d
                tb = (hi - a) / d
            enter = np.where(flat, np.where((a >= lo) & (a <= hi), -np.inf, np.inf),
                             np.minimum(ta, tb))
            leave = np.where(flat, np.inf, np.maximum(ta, tb))
            t_in, t_out = np.maximum(t_in, enter), np.minimum(t_out, leave)
        self.t_in = np.where(self.inner, 0.0, t_in)
        self.t_out = np.where(self.inner, 1.0, t_out)


# --------------------------------------------------------------------------- grid

@dataclass
class _Grid:
    x0: float
    y0: float
    size: float
    nx: int
    ny: int
    inner: tuple

    @property
    def ncells(self):
        return self.nx * self.ny

    def corner_x(self, i):
        return self.x0 + np.asarray(i, dtype=np.float64) * self.size

    def corner_y(self, j):
        return self.y0 + np.asarray(j, dtype=np.float64) * self.size

    def cell_of(self, x, y):
        """(i, j, inside): the cell holding each point, with its lower-left corner at or
        below/left of the point (also after rounding)."""
        i = np.floor((x - self.x0) / self.size)
        j = np.floor((y - self.y0) / self.size)
        i = np.where(self.corner_x(i) > x, i - 1, i)
        j = np.where(self.corner_y(j) > y, j - 1, j)
        ok = (i >= 0) & (i < self.nx) & (j >= 0) & (j < self.ny)
        return i.astype(np.int64), j.astype(np.int64), ok


def _edge_cells(E, sel, grid, pad):
    """(edge, cell) for every cell each selected edge passes through or comes within ``pad``
    cells of, each pair once, sorted by cell."""
    idx = np.flatnonzero(sel)
    s = grid.size
    ua, ub = (E.ax[idx] - grid.x0) / s, (E.bx[idx] - grid.x0) / s
    c0 = np.clip(np.floor(np.minimum(ua, ub) - pad), 0, grid.nx - 1).astype(np.int64)
    c1 = np.clip(np.floor(np.maximum(ua, ub) + pad), 0, grid.nx - 1).astype(np.int64)
    ncol = np.maximum(c1 - c0 + 1, 0)
    cum = np.cumsum(ncol)
    edges, cells = [], []
    a = 0
    while a < len(idx):
        done = cum[a - 1] if a else 0
        b = max(int(np.searchsorted(cum, done + PAIR_BUDGET, side="right")), a + 1)
        e, c = _edge_cells_part(E, idx[a:b], c0[a:b], ncol[a:b], grid, pad)
        edges.append(e)
        cells.append(c)
        a = b
    if not edges:
        e = np.empty(0, np.int64)
        return e, e
    small = grid.ncells < 2 ** 31 and E.n < 2 ** 31
    dt = np.int32 if small else np.int64
    edge = np.concatenate(edges).astype(dt)
    cell = np.concatenate(cells).astype(dt)
    order = np.argsort(cell, kind="stable")
    return edge[order], cell[order]


def _edge_cells_part(E, idx, c0, n, grid, pad):
    s = grid.size
    u0, u1 = (E.ax[idx] - grid.x0) / s, (E.bx[idx] - grid.x0) / s
    v0, v1 = (E.ay[idx] - grid.y0) / s, (E.by[idx] - grid.y0) / s
    umin, umax = np.minimum(u0, u1) - pad, np.maximum(u0, u1) + pad
    nzm = n > 0
    rep = np.flatnonzero(nzm)[group_index(n[nzm])] if nzm.any() else np.empty(0, np.int64)
    col = runs(c0[nzm], n[nzm]) if nzm.any() else np.empty(0, np.int64)
    du, dv = (u1 - u0)[rep], (v1 - v0)[rep]
    lo = np.maximum(umin[rep], col)
    hi = np.minimum(umax[rep], col + 1.0)
    steep = np.abs(du) <= 1e-12
    with np.errstate(divide="ignore", invalid="ignore"):
        ta = np.where(steep, 0.0, (lo - u0[rep]) / np.where(steep, 1.0, du))
        tb = np.where(steep, 1.0, (hi - u0[rep]) / np.where(steep, 1.0, du))
    ta, tb = np.clip(ta, 0.0, 1.0), np.clip(tb, 0.0, 1.0)
    va, vb = v0[rep] + ta * dv, v0[rep] + tb * dv
    r0 = np.clip(np.floor(np.minimum(va, vb) - pad), 0, grid.ny - 1).astype(np.int64)
    r1 = np.clip(np.floor(np.maximum(va, vb) + pad), 0, grid.ny - 1).astype(np.int64)
    m = np.maximum(r1 - r0 + 1, 0)
    keep = m > 0
    rep, col, r0, m = rep[keep], col[keep], r0[keep], m[keep]
    if len(m) == 0:
        e = np.empty(0, np.int64)
        return e, e
    which = group_index(m)
    cell = runs(r0, m) * grid.nx + col[which]
    return idx[rep[which]], cell


def _row_crossings(E, sel, grid):
    """(edge, row, I) for every crossing of a selected edge with a horizontal grid line
    ``y_j`` (half-open: one end above, the other not), where ``I`` is the number of cell
    corners of that row strictly left of the crossing (the corners whose rightward ray it
    crosses)."""
    idx = np.flatnonzero(sel)
    ay, by = E.ay[idx], E.by[idx]
    ymin, ymax = np.minimum(ay, by), np.maximum(ay, by)
    j0 = np.clip(np.ceil((ymin - grid.y0) / grid.size) - 1, 0, grid.ny)
    j1 = np.clip(np.ceil((ymax - grid.y0) / grid.size) + 1, 0, grid.ny)
    n = (j1 - j0).astype(np.int64)
    keep = n > 0
    idx, j0, n = idx[keep], j0[keep].astype(np.int64), n[keep]
    if len(idx) == 0:
        e = np.empty(0, np.int64)
        return e, e, e
    rep = group_index(n)
    e = idx[rep]
    j = runs(j0, n)
    yj = grid.corner_y(j)
    cross = (E.ay[e] > yj) != (E.by[e] > yj)
    e, j, yj = e[cross], j[cross], yj[cross]
    xc = E.ax[e] + (yj - E.ay[e]) * E.dx[e] / E.dy[e]
    i = np.clip(np.ceil((xc - grid.x0) / grid.size), 0, grid.nx)
    up = (i < grid.nx) & (grid.corner_x(i) < xc)
    i = i + up
    down = (i > 0) & (grid.corner_x(i - 1) >= xc)
    i = (i - down).astype(np.int64)
    return e, j, i


def _dense_reference(E, grid, nd):
    """Winding number of every dense key at every cell's lower-left corner: (ncells, nd)."""
    out = np.zeros((grid.ncells, max(nd, 1)), dtype=np.int32)
    if nd == 0:
        return out
    sel = (E.dkey >= 0) & (np.maximum(E.ax, E.bx) >= grid.x0)
    e, j, i = _row_crossings(E, sel, grid)
    if len(e) == 0:
        return out
    sign = np.sign(E.dy[e])
    w = grid.nx + 1
    for key in range(nd):
        m = E.dkey[e] == key
        acc = np.bincount(j[m] * w + i[m], weights=sign[m],
                          minlength=grid.ny * w).astype(np.int32).reshape(grid.ny, w)
        # corner i counts the crossings with I > i: a suffix sum along the row
        acc = np.cumsum(acc[:, ::-1], axis=1, dtype=np.int32)[:, ::-1]
        out[:, key] = acc[:, 1:].reshape(-1)
    return out


def _identity_reference(E, grid):
    """Sparse winding numbers of the identity keys (zones, tracked features) at the cell
    corners: (ptr (ncells + 1), key, w) sorted by cell."""
    sel = (E.ikey >= 0) & (np.maximum(E.ax, E.bx) >= grid.x0)
    e, j, i = _row_crossings(E, sel, grid)
    empty = (np.zeros(grid.ncells + 1, np.int64), np.empty(0, np.int64),
             np.empty(0, np.int64))
    if len(e) == 0:
        return empty
    key = E.ikey[e]
    sign = np.sign(E.dy[e]).astype(np.int64)
    w = grid.nx + 1
    # one entry per (key, row, I), rows in descending I so that a running sum gives the
    # winding of the corners left of each crossing
    combo = (key * grid.ny + j) * w + (grid.nx - i)
    uniq, inv = np.unique(combo, return_inverse=True)
    s = np.bincount(inv.reshape(-1), weights=sign).astype(np.int64)
    kj = uniq // w
    i_u = grid.nx - (uniq % w)
    first = np.ones(len(uniq), dtype=bool)
    first[1:] = kj[1:] != kj[:-1]
    csum = np.cumsum(s)
    base = np.maximum.accumulate(np.where(first, np.arange(len(uniq)), 0))
    val = csum - np.where(base > 0, csum[base - 1], 0)
    # corners [next I, this I) of the row carry val (next I: the following, smaller I)
    nxt_i = np.where(np.append(first[1:], True), 0, np.append(i_u[1:], 0))
    count = i_u - nxt_i
    keep = (val != 0) & (count > 0)
    if not keep.any():
        return empty
    kj, lo, count, val = kj[keep], nxt_i[keep], count[keep], val[keep]
    rep = group_index(count)
    col = runs(lo, count)
    row = (kj % grid.ny)[rep]
    cell = row * grid.nx + col
    keys = (kj // grid.ny)[rep]
    order = np.argsort(cell, kind="stable")
    cell, keys, vals = cell[order], keys[order], val[rep][order]
    ptr = np.searchsorted(cell, np.arange(grid.ncells + 1))
    return ptr, keys, vals


# --------------------------------------------------------------------------- cutting

class _Events:
    """Cutting points found so far (in chunks), and the collinear pairs."""

    def __init__(self, n_edges):
        self.small = n_edges < 2 ** 31
        self.edge, self.t, self.deg, self.dkey, self.sign = [], [], [], [], []
        self.co = []                     # collinear candidate pairs (a < b)

    def add(self, edge, t, deg, dkey=None, sign=None):
        n = len(edge)
        if n == 0:
            return
        self.edge.append(np.asarray(edge, np.int32 if self.small else np.int64))
        self.t.append(np.asarray(t, np.float64))
        self.deg.append(np.full(n, bool(deg)))
        self.dkey.append(np.full(n, -1, np.int8) if dkey is None else dkey.astype(np.int8))
        self.sign.append(np.zeros(n, np.int8) if sign is None else sign.astype(np.int8))

    def sorted_arrays(self, n_edges):
        """(edge, t, degenerate, dense key, sign) of every event, sorted by (edge, t)."""
        if not self.edge:
            e = np.empty(0, np.int64)
            return e, np.empty(0), np.empty(0, bool), e.astype(np.int8), e.astype(np.int8)
        edge = np.concatenate(self.edge)
        self.edge = []
        t = np.concatenate(self.t)
        self.t = []
        order = _edge_t_order(edge, t, n_edges)
        out = [edge[order]]
        del edge
        out.append(t[order])
        del t
        for name in ("deg", "dkey", "sign"):
            out.append(np.concatenate(getattr(self, name))[order])
            setattr(self, name, [])
        return tuple(out)


def _edge_t_order(edge, t, n_edges):
    """Order of events by (edge, t): one integer sort key (edge in the high bits, t in
    [0, 1] in the low ones), several times faster than a two-key sort. Events whose t agree to
    the key's resolution (2**-40 of the edge or finer) keep their order: they are closer than
    the tolerance and become one cut anyway."""
    bits = max(int(n_edges).bit_length(), 1)
    tbits = 62 - bits
    if tbits < 32:
        return np.lexsort((t, edge))
    key = (edge.astype(np.int64) << tbits) | (np.clip(t, 0.0, 1.0) * float(2 ** tbits - 1)
                                                ).astype(np.int64)
    return np.argsort(key, kind="stable")


def _pairs_within(group, value):
    """(a, b) with a < b for every two different values sharing a group (``group`` sorted)."""
    n = len(group)
    if n < 2:
        e = np.empty(0, np.int64)
        return e, e
    first = np.ones(n, dtype=bool)
    first[1:] = group[1:] != group[:-1]
    gstart = np.flatnonzero(first)
    gsize = np.diff(np.append(gstart, n))
    cnt = gsize[np.cumsum(first) - 1] - 1 - (np.arange(n) - np.repeat(gstart, gsize))
    ok = cnt > 0
    if not ok.any():
        e = np.empty(0, np.int64)
        return e, e
    pos = np.flatnonzero(ok)
    a = value[np.repeat(pos, cnt[ok])]
    b = value[runs(pos + 1, cnt[ok])]
    keep = a != b
    return np.minimum(a, b)[keep], np.maximum(a, b)[keep]


def _candidate_pairs(inc_edge, inc_cell, feat, budget=PAIR_BUDGET):
    """Chunks of (edge a, edge b, cell) for every two edges of different features sharing a
    cell."""
    n = len(inc_cell)
    if n < 2:
        return
    first = np.ones(n, dtype=bool)
    first[1:] = inc_cell[1:] != inc_cell[:-1]
    gstart = np.flatnonzero(first)
    gsize = np.diff(np.append(gstart, n))
    pairs = gsize * (gsize - 1) // 2
    cum = np.cumsum(pairs)
    g = 0
    while g < len(gstart):
        done = cum[g - 1] if g else 0
        h = int(np.searchsorted(cum, done + budget, side="right"))
        h = max(h, g + 1)
        p0, p1 = gstart[g], gstart[h] if h < len(gstart) else n
        pos = np.arange(p0, p1)
        grp = np.repeat(np.arange(g, h), gsize[g:h])
        cnt = gsize[grp] - 1 - (pos - gstart[grp])
        ok = cnt > 0
        if ok.any():
            a = np.repeat(pos[ok], cnt[ok])
            b = runs(pos[ok] + 1, cnt[ok])
            ea, eb = inc_edge[a], inc_edge[b]
            diff = feat[ea] != feat[eb]
            yield ea[diff], eb[diff], inc_cell[a][diff]
        g = h


def _cut(E, a, b, cell, grid, delta, ev):
    """Cutting points of the edge pairs (a, b) found in ``cell``: each is recorded in the cell
    holding it only, so a pair met in several cells is cut once. Collinear pairs are kept
    aside (:func:`_cut_collinear`)."""
    aax, aay, dax, day = E.ax[a], E.ay[a], E.dx[a], E.dy[a]
    bax, bay, dbx, dby = E.ax[b], E.ay[b], E.dx[b], E.dy[b]
    rx0, ry0 = bax - aax, bay - aay                          # B0 - A0
    oB0 = dax * ry0 - day * rx0                               # cross(da, B0 - A0)
    oB1 = oB0 + dax * dby - day * dbx                         # cross(da, B1 - A0)
    oA0 = dby * rx0 - dbx * ry0                               # cross(db, A0 - B0)
    oA1 = oA0 + dbx * day - dby * dax                         # cross(db, A1 - B0)
    la2, lb2 = dax * dax + day * day, dbx * dbx + dby * dby
    tol_a2, tol_b2 = delta * delta * la2, delta * delta * lb2
    # clear cases first: each edge's ends strictly on both sides of the other (a crossing), or
    # both ends of one strictly on one side of the other (nothing)
    pa = oB0 * oB1
    pb = oA0 * oA1
    far_b = (oB0 * oB0 > tol_a2) & (oB1 * oB1 > tol_a2)
    far_a = (oA0 * oA0 > tol_b2) & (oA1 * oA1 > tol_b2)
    # ... unless the edges meet at so small an angle that they stay within the tolerance of
    # each other along a stretch (their crossing point is then ill-conditioned): such pairs
    # go through the stretch rule of _cut_touching
    k = dax * dby - day * dbx
    clear = far_a & far_b & ((k * STRETCH) ** 2 >= 4.0 * la2 * lb2)
    prop = clear & (pa < 0) & (pb < 0)
    if prop.any():
        idx = np.flatnonzero(prop)
        o0, o1 = oA0[idx], oA1[idx]
        t_a = o0 / (o0 - o1)
        px = aax[idx] + t_a * dax[idx]
        py = aay[idx] + t_a * day[idx]
        i, j, ok = grid.cell_of(px, py)
        keep = ok & (j * grid.nx + i == cell[idx])
        idx, t_a = idx[keep], t_a[keep]
        q0 = oB0[idx]
        aa, bb = a[idx], b[idx]
        # one crossing point for both edges (their own formulas disagree for nearly parallel
        # edges): its projection on b
        t_b = _project(E, bb, px[keep], py[keep])
        # walking along a on its right side, crossing b from b's right to its left enters b
        ev.add(aa, t_a, False, E.dkey[bb], np.where(q0 > 0, 1, -1))
        ev.add(bb, t_b, False, E.dkey[aa], np.where(o0 > 0, 1, -1)[keep])
    rest = np.flatnonzero(~clear)
    if len(rest):
        _cut_touching(E, a[rest], b[rest], cell[rest], grid, delta, ev,
                      oB0[rest], oB1[rest], oA0[rest], oA1[rest], la2[rest], lb2[rest])


def _cut_touching(E, a, b, cell, grid, delta, ev, oB0, oB1, oA0, oA1, la2, lb2):
    """The pairs where an end of one edge lies within the tolerance of the other's line."""
    la, lb = np.sqrt(la2), np.sqrt(lb2)
    ta_tol, tb_tol = delta * la, delta * lb
    nB0, nB1 = np.abs(oB0) <= ta_tol, np.abs(oB1) <= ta_tol
    nA0, nA1 = np.abs(oA0) <= tb_tol, np.abs(oA1) <= tb_tol
    # edges that stay within the tolerance of each other along a stretch (collinear, or at so
    # small an angle that a vertex within the tolerance of the other edge may hide a crossing
    # far from it) run along each other over that stretch
    lo_a, hi_a = _stretch(E, a, b, delta)
    lo_b, hi_b = _stretch(E, b, a, delta)
    col = ((hi_a - lo_a) * la > STRETCH * delta) & ((hi_b - lo_b) * lb > STRETCH * delta)
    if col.any():
        ev.co.append(np.stack([np.minimum(a[col], b[col]), np.maximum(a[col], b[col])], 1))
    gen = ~col
    dax, day, dbx, dby = E.dx[a], E.dy[a], E.dx[b], E.dy[b]
    ea, eb = delta / la, delta / lb
    rx0, ry0 = E.ax[b] - E.ax[a], E.ay[b] - E.ay[a]
    rx1, ry1 = E.bx[b] - E.ax[a], E.by[b] - E.ay[a]
    tB0 = (rx0 * dax + ry0 * day) / la2
    tB1 = (rx1 * dax + ry1 * day) / la2
    tA0 = (-rx0 * dbx - ry0 * dby) / lb2
    tA1 = ((E.bx[a] - E.ax[b]) * dbx + (E.by[a] - E.ay[b]) * dby) / lb2

    def here(m, px, py):
        i, j, ok = grid.cell_of(px, py)
        return ok & (j * grid.nx + i == cell[m])

    # an end of b on the inside of a (a vertex on an edge): a is cut there
    for near, t, px, py in ((nB0, tB0, E.ax[b], E.ay[b]), (nB1, tB1, E.bx[b], E.by[b])):
        m = gen & near & (t > ea) & (t < 1.0 - ea)
        m[m] = here(m, px[m], py[m])
        ev.add(a[m], t[m], True)
    for near, t, px, py in ((nA0, tA0, E.ax[a], E.ay[a]), (nA1, tA1, E.bx[a], E.by[a])):
        m = gen & near & (t > eb) & (t < 1.0 - eb)
        m[m] = here(m, px[m], py[m])
        ev.add(b[m], t[m], True)
    # crossings where an end of one edge is near, but not within the tolerance of, the other
    prop = gen & (((oB0 > ta_tol) & (oB1 < -ta_tol)) | ((oB0 < -ta_tol) & (oB1 > ta_tol))) \
        & (((oA0 > tb_tol) & (oA1 < -tb_tol)) | ((oA0 < -tb_tol) & (oA1 > tb_tol)))
    if not prop.any():
        return
    idx = np.flatnonzero(prop)
    t_a = oA0[idx] / (oA0[idx] - oA1[idx])
    px = E.ax[a[idx]] + t_a * dax[idx]
    py = E.ay[a[idx]] + t_a * day[idx]
    keep = here(idx, px, py)
    idx, t_a = idx[keep], t_a[keep]
    aa, bb = a[idx], b[idx]
    t_b = _project(E, bb, px[keep], py[keep])
    ev.add(aa, t_a, False, E.dkey[bb], np.where(oB0[idx] > 0, 1, -1))
    ev.add(bb, t_b, False, E.dkey[aa], np.where(oA0[idx] > 0, 1, -1))


def _project(E, e, px, py):
    """Parameter of the points' projections on the edges ``e`` (clipped to [0, 1])."""
    t = ((px - E.ax[e]) * E.dx[e] + (py - E.ay[e]) * E.dy[e]) / (E.length[e] ** 2)
    return np.clip(t, 0.0, 1.0)


def _stretch(E, a, b, delta):
    """(lo, hi): the parameter range of edge a alongside edge b and within ``delta`` of its
    line (empty when lo >= hi)."""
    dax, day, dbx, dby = E.dx[a], E.dy[a], E.dx[b], E.dy[b]
    la2, lb2 = dax * dax + day * day, dbx * dbx + dby * dby
    rx, ry = E.ax[a] - E.ax[b], E.ay[a] - E.ay[b]                # A0 - B0
    o0 = dbx * ry - dby * rx                                     # cross(db, A0 - B0)
    k = dbx * day - dby * dax                                    # d/dt of it
    tol = delta * np.sqrt(lb2)
    with np.errstate(divide="ignore", invalid="ignore"):
        r1 = (tol - o0) / k
        r2 = (-tol - o0) / k
    par = k == 0
    near = np.abs(o0) <= tol
    lo = np.where(par, np.where(near, 0.0, np.inf), np.minimum(r1, r2))
    hi = np.where(par, np.where(near, 1.0, -np.inf), np.maximum(r1, r2))
    # alongside b: between the projections of its ends
    t0 = (-rx * dax - ry * day) / la2
    t1 = ((E.bx[b] - E.ax[a]) * dax + (E.by[b] - E.ay[a]) * day) / la2
    lo = np.maximum(np.maximum(lo, np.minimum(t0, t1)), 0.0)
    hi = np.minimum(np.minimum(hi, np.maximum(t0, t1)), 1.0)
    return lo, hi


def _cut_collinear(E, pairs, delta, ev):
    """Edge pairs running along each other (found once each): cut each edge where the stretch
    along the other begins and ends, and return those stretches as intervals
    (edge, partner, t_lo, t_hi), sorted by edge."""
    if not len(pairs):
        e = np.empty(0, np.int64)
        return e, e, np.empty(0), np.empty(0)
    pairs = np.unique(pairs, axis=0)
    out = []
    for a, b in ((pairs[:, 0], pairs[:, 1]), (pairs[:, 1], pairs[:, 0])):
        la = E.length[a]
        lo, hi = _stretch(E, a, b, delta)
        eps = delta / la
        for t in (lo, hi):
            m = (t > eps) & (t < 1.0 - eps)
            ev.add(a[m], t[m], True)
        m = hi > lo
        out.append((a[m], b[m], lo[m], hi[m]))
    edge, part, lo, hi = (np.concatenate([o[i] for o in out]) for i in range(4))
    edge, part, lo, hi = _close_groups(E, edge, part, lo, hi, delta, ev)
    order = np.argsort(edge, kind="stable")
    return edge[order], part[order], lo[order], hi[order]


def _merge_intervals(edge, part, lo, hi, tiny):
    """The union of the intervals of each (edge, partner), as disjoint sorted intervals
    (intervals closer than ``tiny`` join)."""
    order = np.lexsort((lo, part, edge))
    edge, part, lo, hi, tiny = edge[order], part[order], lo[order], hi[order], tiny[order]
    n = len(edge)
    if n == 0:
        return edge, part, lo, hi
    new = np.ones(n, dtype=bool)
    new[1:] = (edge[1:] != edge[:-1]) | (part[1:] != part[:-1])
    # running maximum of hi within each (edge, partner): hi is in [0, 1], so adding twice the
    # pair's number keeps earlier pairs below later ones
    grp = 2.0 * (np.cumsum(new) - 1)
    run = np.maximum.accumulate(grp + hi) - grp
    new[1:] |= lo[1:] > run[:-1] + tiny[1:]
    first = np.flatnonzero(new)
    return edge[first], part[first], lo[first], np.maximum.reduceat(hi, first)


def _close_groups(E, edge, part, lo, hi, delta, ev, rounds=16):
    """Make "runs along" transitive: where edge e runs along g and g along h, e runs along h
    (three copies of one street side, a rounding error apart, are one boundary even where two
    of them are slightly more than the tolerance apart). The partner's partner's interval is
    carried over to e by projection; new interval ends cut e."""
    if not len(edge):
        return edge, part, lo, hi
    tiny = delta / E.length[edge]
    edge, part, lo, hi = _merge_intervals(edge, part, lo, hi, tiny)
    for _ in range(rounds):
        # intervals (e, g) joined with the intervals (g, h), h != e
        order = np.argsort(edge, kind="stable")
        s_edge = edge[order]
        first = np.searchsorted(s_edge, part, side="left")
        cnt = np.searchsorted(s_edge, part, side="right") - first
        if not cnt.any():
            break
        i = np.repeat(np.arange(len(edge)), cnt)
        j = order[runs(first[cnt > 0], cnt[cnt > 0])]
        keep = part[j] != edge[i]
        i, j = i[keep], j[keep]
        if not len(i):
            break
        e, g, h = edge[i], part[i], part[j]
        # g's interval with h, as points, projected on e
        ga, gd = np.stack([E.ax[g], E.ay[g]]), np.stack([E.dx[g], E.dy[g]])
        p0 = ga + gd * lo[j]
        p1 = ga + gd * hi[j]
        u0 = _project(E, e, p0[0], p0[1])
        u1 = _project(E, e, p1[0], p1[1])
        nlo = np.maximum(np.minimum(u0, u1), lo[i])
        nhi = np.minimum(np.maximum(u0, u1), hi[i])
        ok = (nhi - nlo) * E.length[e] > delta
        if not ok.any():
            break
        before = float(((hi - lo) * E.length[edge]).sum())
        edge2 = np.concatenate([edge, e[ok]])
        part2 = np.concatenate([part, h[ok]])
        lo2 = np.concatenate([lo, nlo[ok]])
        hi2 = np.concatenate([hi, nhi[ok]])
        edge, part, lo, hi = _merge_intervals(edge2, part2, lo2, hi2, delta / E.length[edge2])
        after = float(((hi - lo) * E.length[edge]).sum())
        if after <= before + delta:
            break
    # every interval end cuts its edge (the pieces on either side have other partners)
    eps = delta / E.length[edge]
    for t in (lo, hi):
        m = (t > eps) & (t < 1.0 - eps)
        ev.add(edge[m], t[m], True)
    return edge, part, lo, hi


# --------------------------------------------------------------------------- queries

def _path_pairs(q_cell, inc_ptr, inc_edge, want):
    """(query, edge) pairs of every query with the edges of its cell that ``want`` keeps."""
    cnt = inc_ptr[q_cell + 1] - inc_ptr[q_cell]
    ok = cnt > 0
    if not ok.any():
        e = np.empty(0, np.int64)
        return e, e
    q = np.repeat(np.flatnonzero(ok), cnt[ok])
    g = inc_edge[runs(inc_ptr[q_cell[ok]], cnt[ok])]
    keep = want[g]
    return q[keep], g[keep]


def _leg_crossings(px, py, qx, qy, gax, gay, gbx, gby):
    """Signed crossings of the legs P -> Q with the edges g: +1 where the leg enters the left
    side of g (its polygon), -1 where it leaves it, 0 where it does not cross. An end of g
    exactly on the leg's line counts as lying left of it (a consistent tie rule)."""
    lx, ly = qx - px, qy - py
    s0 = lx * (gay - py) - ly * (gax - px) >= 0
    s1 = lx * (gby - py) - ly * (gbx - px) >= 0
    gx, gy = gbx - gax, gby - gay
    o_p = gx * (py - gay) - gy * (px - gax)
    o_q = gx * (qy - gay) - gy * (qx - gax)
    hit = (s0 != s1) & (((o_p < 0) & (o_q > 0)) | ((o_p > 0) & (o_q < 0)))
    return np.where(hit, np.where(o_q > 0, 1, -1), 0).astype(np.int64)


def _path_crossings(E, Q, q, g):
    """Signed change of the winding number of edge g's key along query q's path from its cell
    corner C through the turning point T to (just before) its point M."""
    gax, gay, gbx, gby = E.ax[g], E.ay[g], E.bx[g], E.by[g]
    first = _leg_crossings(Q.cx[q], Q.cy[q], Q.tx[q], Q.ty[q], gax, gay, gbx, gby)
    last = _leg_crossings(Q.tx[q], Q.ty[q], Q.mx[q], Q.my[q], gax, gay, gbx, gby)
    # the last leg ends on the query's own line: the edges along it are handled apart
    excl = (g == Q.edge[q]) | _is_partner(Q, q, g)
    return first + np.where(excl, 0, last)


def _is_partner(Q, q, g):
    if len(Q.part_key) == 0:
        return np.zeros(len(q), dtype=bool)
    key = q * np.int64(Q.n_edges) + g
    pos = np.searchsorted(Q.part_key, key)
    pos = np.minimum(pos, len(Q.part_key) - 1)
    return Q.part_key[pos] == key


_T_FRAC = (0.5772156649015329, 0.3819660112501051)
"""Where the query path turns inside the box between the cell corner and the point (fractions
of its width and height): irrational, so the turning point is no data coordinate."""


class _Queries:
    """Points (piece midpoints) at which winding numbers are evaluated: the piece's right side
    (``right``) and left side (``left = right + c_left``). The path to each point starts at
    its cell's lower-left corner C (counted by the row sweep), turns at T and ends at M."""

    def __init__(self, E, grid, mx, my, edge, part_q, part_e):
        self.n = len(mx)
        self.n_edges = E.n
        self.edge = edge
        dx, dy = E.dx[edge], E.dy[edge]
        i, j, ok = grid.cell_of(mx, my)
        if not ok.all():                        # pieces inside the inner box always are
            raise RuntimeError("overlay: a query point lies outside the index grid")
        self.cell = j * grid.nx + i
        self.cx, self.cy = grid.corner_x(i), grid.corner_y(j)
        self.mx, self.my = mx, my
        self.tx = self.cx + _T_FRAC[0] * (mx - self.cx)
        self.ty = self.cy + _T_FRAC[1] * (my - self.cy)
        # the edges along the piece: its own edge and its collinear partners
        self.c_q = np.concatenate([np.arange(self.n), part_q])
        self.c_e = np.concatenate([edge, part_e])
        same = (E.dx[self.c_e] * dx[self.c_q] + E.dy[self.c_e] * dy[self.c_q]) > 0
        # the path arrives from T's side of the piece; from its left side, the edges along the
        # piece are crossed to reach the right side (leaving those pointing the same way)
        arrive_left = (dx * (self.ty - my) - dy * (self.tx - mx) > 0)[self.c_q]
        self.c_right = np.where(arrive_left, np.where(same, -1, 1), 0)
        self.c_left = np.where(same, 1, -1)          # right -> left across each of them
        key = part_q * np.int64(E.n) + part_e
        self.part_key = np.sort(key)


def _dense_winding(E, grid, Q, ref, inc_ptr, inc_edge, nd):
    """(right, left) winding numbers (nd, n) of the dense keys at the queries."""
    right = np.ascontiguousarray(ref[Q.cell].T, dtype=np.int64)
    if nd == 0 or Q.n == 0:
        return right, right.copy()
    want = E.dkey >= 0
    flat = right.reshape(-1)
    for q, g in _chunked_pairs(Q, inc_ptr, inc_edge, want):
        d = _path_crossings(E, Q, q, g)
        nzm = d != 0
        flat += np.bincount(E.dkey[g[nzm]] * Q.n + q[nzm], weights=d[nzm],
                            minlength=Q.n * nd).astype(np.int64)
    ck = E.dkey[Q.c_e]
    m = ck >= 0
    idx = ck[m] * Q.n + Q.c_q[m]
    flat += np.bincount(idx, weights=Q.c_right[m], minlength=Q.n * nd).astype(np.int64)
    left = right + np.bincount(idx, weights=Q.c_left[m],
                               minlength=Q.n * nd).astype(np.int64).reshape(nd, Q.n)
    return right, left


def _chunked_pairs(Q, inc_ptr, inc_edge, want):
    cnt = inc_ptr[Q.cell + 1] - inc_ptr[Q.cell]
    cum = np.cumsum(cnt)
    s = 0
    while s < Q.n:
        done = cum[s - 1] if s else 0
        t = max(int(np.searchsorted(cum, done + PAIR_BUDGET, side="right")), s + 1)
        q, g = _path_pairs(Q.cell[s:t], inc_ptr, inc_edge, want)
        yield q + s, g
        s = t


def _identity_winding(E, grid, Q, ref, inc_ptr, inc_edge):
    """Sparse (query, key, right, left) winding numbers of the identity keys at the queries
    (entries where both are 0 left out)."""
    ptr, rkey, rval = ref
    parts_q, parts_k, parts_r, parts_l = [], [], [], []
    cnt = ptr[Q.cell + 1] - ptr[Q.cell]
    ok = cnt > 0
    if ok.any():
        pos = runs(ptr[Q.cell[ok]], cnt[ok])
        parts_q.append(np.repeat(np.flatnonzero(ok), cnt[ok]))
        parts_k.append(rkey[pos])
        parts_r.append(rval[pos])
        parts_l.append(np.zeros(len(pos), np.int64))
    want = E.ikey >= 0
    for q, g in _chunked_pairs(Q, inc_ptr, inc_edge, want):
        d = _path_crossings(E, Q, q, g)
        nzm = d != 0
        parts_q.append(q[nzm])
        parts_k.append(E.ikey[g[nzm]])
        parts_r.append(d[nzm])
        parts_l.append(np.zeros(int(nzm.sum()), np.int64))
    ck = E.ikey[Q.c_e]
    m = ck >= 0
    parts_q.append(Q.c_q[m])
    parts_k.append(ck[m])
    parts_r.append(Q.c_right[m].astype(np.int64))
    parts_l.append(Q.c_left[m].astype(np.int64))
    q = np.concatenate(parts_q)
    if len(q) == 0:
        e = np.empty(0, np.int64)
        return e, e, e, e
    k = np.concatenate(parts_k)
    nk = int(k.max()) + 1
    combo = q * nk + k
    uniq, inv = np.unique(combo, return_inverse=True)
    inv = inv.reshape(-1)
    r = np.bincount(inv, weights=np.concatenate(parts_r)).astype(np.int64)
    dl = np.bincount(inv, weights=np.concatenate(parts_l)).astype(np.int64)
    left = r + dl
    keep = (r != 0) | (left != 0)
    return uniq[keep] // nk, uniq[keep] % nk, r[keep], left[keep]


# --------------------------------------------------------------------------- the driver

def overlay_areas(builtup: Sequence | None, layers: dict, zones: Sequence | None = None,
                  tile_size: float | None = None, progress: Progress | None = None,
                  track_outside: Iterable[str] = (),
                  track_overlap: Iterable[str] = ()) -> AreaResult:
    """Dissolved, clipped areas of polygon layers inside a built-up area (and per zone), exact.

    ``builtup``: list of polygonal shapely geometries (their union is the built-up area), or
    None to count everything (no clipping). ``layers``: {name: list of polygonal geometries or
    None}. ``zones``: list of polygonal geometries (areas per zone; zones may overlap).
    ``tile_size`` (m): side of the index grid's cells (default: chosen from the data; the
    areas do not depend on it). ``track_outside``/``track_overlap``: layer names for which
    features with no area inside the built-up area / overlapping pairs are identified."""
    progress = progress or Progress()
    names = list(layers)
    track_outside = [k for k in names if k in set(track_outside)]
    track_overlap = [k for k in names if k in set(track_overlap)]
    ident = [k for k in names if k in track_outside or k in track_overlap]
    nz = len(zones) if zones is not None else 0
    res = AreaResult(0.0, {k: 0.0 for k in names}, 0.0, {k: 0.0 for k in names},
                     {k: (0.0 if k in track_outside else np.nan) for k in names},
                     {k: [] for k in names}, {k: [] for k in names})
    res.zone_builtup_m2 = np.zeros(nz)
    res.zone_layer_m2 = {k: np.zeros(nz) for k in names}
    res.zone_public_m2 = np.zeros(nz)
    nb = 1 if builtup is not None else 0
    nd = nb + len(names)
    # families: (geoms, dense key, identity key base or -1)
    fams, ibase, layer_ibase = [], nz, {}
    if builtup is not None:
        fams.append((list(builtup), 0, -1))
    for li, k in enumerate(names):
        base = -1
        if k in ident:
            base = ibase
            layer_ibase[k] = base
            ibase += len(layers[k])
        fams.append((list(layers[k]), nb + li, base))
    if nz:
        fams.append((list(zones), -1, 0))
    rings = [polygon_rings(g) for g, _, _ in fams]
    if builtup is not None:
        ext_xy = rings[0][0]
    else:
        ext_xy = np.concatenate([r[0] for r in rings]) if rings else np.empty((0, 2))
    ext_xy = ext_xy[np.isfinite(ext_xy).all(axis=1)] if len(ext_xy) else ext_xy
    if len(ext_xy) == 0:
        # nothing to measure against: every tracked feature lies wholly outside
        for fi, k in enumerate(names):
            fam = rings[nb + fi]
            areas = _feature_areas(fam, len(layers[k]), (0.0, 0.0))
            if k in track_outside:
                res.outside_m2[k] = float(areas.sum())
                res.outside_ids[k] = [int(i) for i in np.flatnonzero(areas > 0)]
        if builtup is None:
            res.builtup_m2 = np.nan
        return res
    lo, hi = ext_xy.min(axis=0), ext_xy.max(axis=0)
    origin = (float((lo[0] + hi[0]) / 2), float((lo[1] + hi[1]) / 2))
    extent = float(max(hi[0] - lo[0], hi[1] - lo[1], 1e-6))
    big = float(np.abs(ext_xy).max())
    delta = max(REL_TOL * extent, INPUT_ULPS * np.finfo(float).eps * big, 1e-15)
    parts, feat_off = [], 0
    feat_areas = {}
    for (geoms, dkey, base), (xy, offs, owner, hole), fi in zip(fams, rings, range(len(fams))):
        ax, ay, bx, by, own = _ring_edges(xy - np.asarray(origin), offs, owner, hole)
        parts.append((ax, ay, bx, by, own + feat_off, np.full(len(ax), dkey),
                      own + base if base >= 0 else np.full(len(ax), -1)))
        if fi >= nb and fi < nb + len(names):
            k = names[fi - nb]
            feat_areas[k] = np.bincount(own, weights=(ax * by - bx * ay) / 2.0,
                                        minlength=len(geoms))
        feat_off += len(geoms)
    E = _Edges(parts)
    half = (hi - lo) / 2.0
    bx0, by0, bx1, by1 = -half[0], -half[1], half[0], half[1]
    margin = max(1e-6 * extent, 1e4 * delta)
    grid = _make_grid(E, (bx0, by0, bx1, by1), margin, tile_size)
    res.tiles, res.tile_size = int(grid.ncells), float(grid.size)
    E.set_inner(grid.inner)
    progress.progress(2.0)
    # which edges can hold a piece that matters: those reaching into the grid
    gx1 = grid.x0 + grid.nx * grid.size
    gy1 = grid.y0 + grid.ny * grid.size
    reach = ((np.maximum(E.ax, E.bx) >= grid.x0) & (np.minimum(E.ax, E.bx) <= gx1)
             & (np.maximum(E.ay, E.by) >= grid.y0) & (np.minimum(E.ay, E.by) <= gy1))
    pad = 4.0 * delta / grid.size + 1e-12
    inc_edge, inc_cell = _edge_cells(E, reach, grid, pad)
    inc_ptr = np.searchsorted(inc_cell, np.arange(grid.ncells + 1))
    dref = _dense_reference(E, grid, nd)
    iref = _identity_reference(E, grid) if ibase > 0 else None
    progress.progress(10.0)
    if progress.is_canceled():
        return res
    ev = _Events(E.n)
    for a, b, cell in _candidate_pairs(inc_edge, inc_cell, E.feat):
        _cut(E, a, b, cell, grid, delta, ev)
        if progress.is_canceled():
            return res
    co = _cut_collinear(E, np.concatenate(ev.co) if ev.co else np.empty((0, 2), np.int64),
                        delta, ev)
    progress.progress(35.0)
    ev_edge, ev_t, ev_deg, ev_dkey, ev_sign = ev.sorted_arrays(E.n)
    acc = _Accumulator(res, names, nb, nd, nz,
                       {k: (b, len(layers[k])) for k, b in layer_ibase.items()},
                       track_overlap, builtup is None)
    edges = np.flatnonzero(reach)
    ev_lo = np.searchsorted(ev_edge, edges, side="left")
    ev_hi = np.searchsorted(ev_edge, edges, side="right")
    npieces = ev_hi - ev_lo + 1
    cum = np.cumsum(npieces)
    s = 0
    while s < len(edges):
        done = cum[s - 1] if s else 0
        t = max(int(np.searchsorted(cum, done + PIECE_BUDGET, side="right")), s + 1)
        ce = edges[s:t]
        sl = slice(ev_lo[s], ev_hi[t - 1])
        _pieces(E, grid, ce, ev_edge[sl], ev_t[sl], ev_deg[sl], ev_dkey[sl], ev_sign[sl], co,
                dref, iref, inc_ptr, inc_edge, nd, delta, acc)
        progress.progress(35.0 + 65.0 * float(cum[t - 1]) / float(cum[-1]))
        if progress.is_canceled():
            return res
        s = t
    acc.finish(feat_areas, track_outside)
    if builtup is None:
        res.builtup_m2 = np.nan
    progress.progress(100.0)
    return res


def _feature_areas(fam, n, origin):
    xy, offs, owner, hole = fam
    ax, ay, bx, by, own = _ring_edges(xy - np.asarray(origin), offs, owner, hole)
    return np.bincount(own, weights=(ax * by - bx * ay) / 2.0, minlength=n)


def _make_grid(E, box, margin, tile_size):
    bx0, by0, bx1, by1 = box
    w, h = bx1 - bx0 + 2 * margin, by1 - by0 + 2 * margin
    area = w * h
    inside = ((np.maximum(E.ax, E.bx) >= bx0 - margin) & (np.minimum(E.ax, E.bx) <= bx1 + margin)
              & (np.maximum(E.ay, E.by) >= by0 - margin)
              & (np.minimum(E.ay, E.by) <= by1 + margin))
    n = float(inside.sum())
    length = float(np.minimum(np.hypot(E.dx[inside], E.dy[inside]), 2 * max(w, h)).sum())
    if tile_size is not None and tile_size > 0:
        size = float(tile_size)
    elif n > 0:
        u = (length + np.sqrt(length * length + 4 * CELL_LOAD * area * n)) / (2 * CELL_LOAD * area)
        size = 1.0 / u
    else:
        size = max(w, h)
    size = max(size, np.sqrt(area / MAX_CELLS), 1e-9 * max(w, h, 1.0))
    x0 = bx0 - margin - _FRAC[0] * size
    y0 = by0 - margin - _FRAC[1] * size
    nx = max(int(np.ceil((bx1 + margin - x0) / size)), 1)
    ny = max(int(np.ceil((by1 + margin - y0) / size)), 1)
    inner = (bx0 - margin / 2, by0 - margin / 2, bx1 + margin / 2, by1 + margin / 2)
    return _Grid(float(x0), float(y0), float(size), nx, ny, inner)


def _pieces(E, grid, ce, ev_edge, ev_t, ev_deg, ev_dkey, ev_sign, co, dref, iref, inc_ptr,
            inc_edge, nd, delta, acc):
    """Cut the edges ``ce`` at their events, find both sides' winding numbers of every piece
    and add the pieces' shoelace terms to the areas."""
    ne = len(ce)
    # events closer than the tolerance along an edge are one cut (two edges running along each
    # other, crossed by a third, give two events a rounding error apart)
    if len(ev_edge):
        new = np.ones(len(ev_edge), dtype=bool)
        new[1:] = (ev_edge[1:] != ev_edge[:-1]) | \
            ((ev_t[1:] - ev_t[:-1]) * E.length[ev_edge[1:]] > delta)
        cl = np.flatnonzero(new)
        cid = np.cumsum(new) - 1
        cl_edge, cl_t = ev_edge[cl], ev_t[cl]
        cl_deg = np.logical_or.reduceat(ev_deg, cl)
    else:
        cl_edge, cl_t, cl_deg, cid = ev_edge, ev_t, ev_deg, np.empty(0, np.int64)
    ncl = len(cl_edge)
    n_cl = np.searchsorted(cl_edge, ce, side="right") - np.searchsorted(cl_edge, ce, side="left")
    P = ncl + ne
    pedge = np.repeat(ce, n_cl + 1)
    end_piece = np.arange(ncl) + np.repeat(np.arange(ne), n_cl)
    pstart = np.cumsum(n_cl + 1) - (n_cl + 1)
    t0 = np.zeros(P)
    t1 = np.ones(P)
    t1[end_piece] = cl_t
    t0[end_piece + 1] = cl_t
    start_deg = np.zeros(P, dtype=bool)
    start_deg[end_piece + 1] = cl_deg
    start_deg[pstart] = True
    # pieces that matter: of positive length and inside the inner box (whole edges inside it
    # need no test per piece)
    ok = t1 > t0
    cross_edge = ~E.inner[ce]
    if cross_edge.any():
        ok &= (t0 >= np.repeat(E.t_in[ce], n_cl + 1)) & (t1 <= np.repeat(E.t_out[ce], n_cl + 1))
    # collinear partners of each piece
    co_edge, co_part, co_lo, co_hi = co
    part_p = np.empty(0, np.int64)
    part_e = np.empty(0, np.int64)
    if len(co_edge):
        c_lo = np.searchsorted(co_edge, ce, side="left")
        c_n = np.searchsorted(co_edge, ce, side="right") - c_lo
        has_e = c_n > 0
        if has_e.any():
            hp = np.flatnonzero(np.repeat(has_e, n_cl + 1) & ok)
            cnt = np.repeat(c_n, n_cl + 1)[hp]
            first_co = np.repeat(c_lo, n_cl + 1)[hp]
            pp = np.repeat(hp, cnt)
            ci = runs(first_co, cnt)
            tm = 0.5 * (t0[pp] + t1[pp])
            inside = (co_lo[ci] < tm) & (tm < co_hi[ci])
            part_p, part_e = pp[inside], co_part[ci[inside]]
    # pieces shared by several edges (running along each other): one of them, the edge with
    # the smallest number, carries the shared piece's term; the others add nothing
    k = 1 + np.bincount(part_p, minlength=P)
    rep = np.ones(P)
    if len(part_p):
        rep[part_p[part_e < pedge[part_p]]] = 0.0
    prev_ok = np.ones(P, dtype=bool)
    prev_ok[1:] = ok[:-1]
    fresh = ok & (start_deg | ~prev_ok | (k > 1))
    # dense winding numbers: at the fresh pieces by a query, along the edges by the crossings
    fq = np.flatnonzero(fresh)
    qmap = np.full(P, -1, np.int64)
    qmap[fq] = np.arange(len(fq))
    sel = fresh[part_p] if len(part_p) else np.zeros(0, bool)
    tm = 0.5 * (t0[fq] + t1[fq])
    fe = pedge[fq]
    Q = _Queries(E, grid, E.ax[fe] + tm * E.dx[fe], E.ay[fe] + tm * E.dy[fe], fe,
                 qmap[part_p[sel]], part_e[sel])
    wr_f, wl_f = _dense_winding(E, grid, Q, dref, inc_ptr, inc_edge, nd)
    all_ok = bool(ok.all())
    use = np.arange(P) if all_ok else np.flatnonzero(ok)
    own = E.dkey[pedge if all_ok else pedge[use]].astype(np.int64)
    fu = fq if all_ok else np.flatnonzero(fresh[use])
    # winding numbers along an edge: a running sum of the crossings, reset at every fresh
    # piece to its query's answer
    ndd = max(nd, 1)
    if ncl:
        hd = ev_dkey >= 0
        steps = np.bincount(cid[hd] * ndd + ev_dkey[hd].astype(np.int64),
                            weights=ev_sign[hd],
                            minlength=ncl * ndd).reshape(ncl, ndd)
    fpos = np.cumsum(fresh) - 1                 # query number of the last fresh piece so far
    prev = np.maximum(fq - 1, 0)
    anc = np.maximum.accumulate(np.where(fresh, np.arange(P), -1))[prev]
    anc = np.where(fq > 0, anc, -1)
    code_r = np.zeros(len(use), np.int64) if nd else np.ones(len(use), np.int64)
    count_r = np.empty((nd, len(use)), np.int64)
    for key in range(nd):
        d = np.zeros(P, np.int64)
        if ncl:
            d[end_piece + 1] = steps[:, key]
        cs = np.cumsum(d)
        # the running value just before each fresh piece, and the jump that resets it there
        before = np.where(anc >= 0, wr_f[key][fpos[np.maximum(anc, 0)]] + cs[prev]
                          - cs[np.maximum(anc, 0)], np.where(fq > 0, cs[prev], 0))
        d[fq] = wr_f[key] - before
        w = np.cumsum(d)
        count_r[key] = w if all_ok else w[use]
        code_r |= (count_r[key] > 0).astype(np.int64) << acc.bit[key]
    if not acc.nb:
        code_r |= 1
    # the left side: one more polygon of the piece's own key (fresh pieces: their query)
    code_l = code_r | np.where(own >= 0, 1 << acc.bit[np.maximum(own, 0)], 0) if nd else \
        code_r.copy()
    code_l[fu] = acc.code(wl_f)
    c = (t1 - t0) * E.cross[pedge] / 2.0 * rep
    if not all_ok:
        c = c[use]
    acc.add_dense(c, code_r, code_l, count_r, own, fu, wr_f, wl_f)
    if iref is None:
        return
    # identity winding numbers (zones, tracked features), only where they can change an area:
    # zones where a region's edge runs (or a zone's edge inside a region), tracked features
    # on their own edges and where the built-up edge runs
    own_i = E.ikey[pedge[use]]
    zone_edge = (own_i >= 0) & (own_i < acc.nz)
    feat_edge = own_i >= acc.nz
    if len(part_p):
        pk = E.ikey[part_e]
        zp = np.zeros(P, dtype=bool)
        zp[part_p[(pk >= 0) & (pk < acc.nz)]] = True
        fp = np.zeros(P, dtype=bool)
        fp[part_p[pk >= acc.nz]] = True
        zone_edge |= zp[use]
        feat_edge |= fp[use]
    need = np.zeros(len(use), dtype=bool)
    if acc.nz:
        # some region changes across the piece, or a zone's edge runs inside some region
        need |= acc.any_change[code_l, code_r] | (zone_edge & (acc.in_any[code_l]
                                                              | acc.in_any[code_r]))
    if acc.tracking:
        need |= feat_edge | (acc.inb[code_l] != acc.inb[code_r])
    if not need.any():
        return
    nu = use[need]
    qmap2 = np.full(P, -1, np.int64)
    qmap2[nu] = np.arange(len(nu))
    sel2 = qmap2[part_p] >= 0 if len(part_p) else np.zeros(0, bool)
    tm = 0.5 * (t0[nu] + t1[nu])
    ne_ = pedge[nu]
    Q2 = _Queries(E, grid, E.ax[ne_] + tm * E.dx[ne_], E.ay[ne_] + tm * E.dy[ne_], ne_,
                  qmap2[part_p[sel2]], part_e[sel2])
    qi, key, r, left = _identity_winding(E, grid, Q2, iref, inc_ptr, inc_edge)
    sub = np.flatnonzero(need)
    acc.add_identity(c[sub], code_r[sub], code_l[sub], qi, key, r, left, own_i[sub])


class _Accumulator:
    """Running totals of the shoelace terms, per target region.

    Each side of a piece gets a code: bit 0 = inside the built-up area (always set without
    one), bit 1 + i = covered by layer i. The regions are functions of the code (tables
    ``tab``: built-up, each layer inside it, any layer inside it), so the dense totals are a
    histogram of (left code, right code) weighted by the shoelace terms."""

    def __init__(self, res, names, nb, nd, nz, layer_keys, track_overlap, no_builtup):
        self.res, self.names, self.nb, self.nd, self.nz = res, names, nb, nd, nz
        self.layer_keys = layer_keys            # {tracked layer: (first key, features)}
        self.tracking = bool(layer_keys)
        self.no_builtup = no_builtup
        nl = len(names)
        self.nbits = 1 + nl
        # bit of each dense key in a side's code (no built-up layer: bit 0 always set)
        self.bit = np.arange(nd, dtype=np.int64) + (1 - nb)
        codes = np.arange(1 << self.nbits)
        inb = (codes & 1) > 0
        lay = [((codes >> (1 + i)) & 1) > 0 for i in range(nl)]
        anyl = np.zeros(len(codes), dtype=bool)
        for v in lay:
            anyl |= v
        # tables: built-up, each layer inside it, any layer (public) inside it
        self.tab = np.array([inb] + [v & inb for v in lay] + [anyl & inb], dtype=np.float64)
        self.inb = inb
        self.in_any = self.tab.any(axis=0)
        diff = self.tab[:, :, None] != self.tab[:, None, :]
        self.any_change = diff.any(axis=0)               # [left code, right code]
        self.sums = np.zeros(len(self.tab))
        self.overlap = np.zeros(nl)
        self.inside = {k: np.zeros(n) for k, (_, n) in layer_keys.items()}
        self.pairs = {k: np.empty(0, np.int64) for k in track_overlap if k in layer_keys}

    def code(self, w):
        """Side codes from winding numbers (nd, n)."""
        code = np.zeros(w.shape[1], np.int64) if self.nb else np.ones(w.shape[1], np.int64)
        for key in range(self.nd):
            code |= (w[key] > 0).astype(np.int64) << self.bit[key]
        return code

    def add_dense(self, c, code_r, code_l, count_r, own, fresh, wr_f, wl_f):
        """Add the pieces' shoelace terms ``c`` to every region, from the codes of their sides.

        Overlap (coverage beyond the first polygon of a layer, inside the built-up area): on a
        piece of layer k's edge that is not a query (its left side has one polygon of k more
        than its right side), it grows by one exactly where the right side is covered by k
        inside the built-up area: a histogram of (own key, right code). Queried pieces and
        pieces of the built-up edge are added one by one from their counts."""
        size = 1 << self.nbits
        h = np.bincount(code_l * size + code_r, weights=c,
                        minlength=size * size).reshape(size, size)
        # sum over (l, r) of h * (T(l) - T(r))
        self.sums += self.tab @ h.sum(axis=1) - self.tab @ h.sum(axis=0)
        nl = len(self.names)
        if not nl:
            return
        bulk = np.ones(len(c), dtype=bool)
        bulk[fresh] = False
        layer_own = own - self.nb                     # layer index of the piece's own edge
        lay = bulk & (layer_own >= 0)
        h2 = np.bincount(layer_own[lay] * size + code_r[lay], weights=c[lay],
                         minlength=nl * size).reshape(nl, size)
        codes = np.arange(size)
        for i in range(nl):
            covered = ((codes & 1) > 0) & (((codes >> (1 + i)) & 1) > 0)
            self.overlap[i] += float(h2[i][covered].sum())
        # one by one: the queried pieces, and the built-up edge's pieces (the built-up side
        # changes across them with the full count of every layer)
        one = np.flatnonzero(~bulk | (own == 0)) if self.nb else np.flatnonzero(~bulk)
        if not len(one):
            return
        fmap = np.full(len(c), -1, np.int64)
        fmap[fresh] = np.arange(len(fresh))
        qf = fmap[one]
        isq = qf >= 0
        inb_l, inb_r = self.inb[code_l[one]], self.inb[code_r[one]]
        for i in range(nl):
            key = self.nb + i
            right = np.where(isq, wr_f[key][np.maximum(qf, 0)], count_r[key][one])
            left = np.where(isq, wl_f[key][np.maximum(qf, 0)], right)
            o_l = np.where(inb_l, np.maximum(left - 1, 0), 0)
            o_r = np.where(inb_r, np.maximum(right - 1, 0), 0)
            self.overlap[i] += float(np.dot(c[one], o_l - o_r))

    def add_identity(self, c, code_r, code_l, qi, key, r, left, own_key):
        nl, nz, res = len(self.names), self.nz, self.res
        on_l, on_r = (left > 0).astype(np.float64), (r > 0).astype(np.float64)
        cl, cr = code_l[qi], code_r[qi]
        if nz:
            z = key < nz
            kz, cz = key[z], c[qi[z]]

            def zsum(t):
                tab = self.tab[t]
                return np.bincount(kz, weights=cz * (tab[cl[z]] * on_l[z] - tab[cr[z]] * on_r[z]),
                                   minlength=nz)
            res.zone_builtup_m2 += zsum(0)
            for i, name in enumerate(self.names):
                res.zone_layer_m2[name] += zsum(1 + i)
            res.zone_public_m2 += zsum(1 + nl)
        inb = self.tab[0]
        for name, (base, n) in self.layer_keys.items():
            m = (key >= base) & (key < base + n)
            q, f = qi[m], key[m] - base
            self.inside[name] += np.bincount(
                f, weights=c[q] * (inb[cl[m]] * on_l[m] - inb[cr[m]] * on_r[m]), minlength=n)
            if name in self.pairs:
                # features covering the left side of a piece inside the built-up area overlap
                # there (a piece of one's own edge, or of the built-up edge inside both)
                cov = (on_l[m] > 0) & (inb[cl[m]] > 0)
                a, b = _pairs_within(q[cov], f[cov])
                if len(a):
                    keys = np.unique(np.concatenate([self.pairs[name], a * n + b]))
                    self.pairs[name] = keys[:20]

    def finish(self, feat_areas, track_outside):
        res = self.res
        nl = len(self.names)
        res.builtup_m2 = float(self.sums[0])
        res.public_m2 = float(self.sums[1 + nl])
        for i, k in enumerate(self.names):
            res.layer_m2[k] = float(self.sums[1 + i])
            res.overlap_m2[k] = max(float(self.overlap[i]), 0.0)
        for k in self.layer_keys:
            area = feat_areas[k]
            inside = area.copy() if self.no_builtup else self.inside[k]
            if k in track_outside:
                res.outside_m2[k] = float(np.maximum(area - inside, 0.0).sum())
                tol = 1e-9 * np.maximum(area, 1.0)
                res.outside_ids[k] = [int(i) for i in
                                      np.flatnonzero((area > 0) & (inside <= tol))]
            if k in self.pairs:
                n = len(area)
                res.overlap_pairs[k] = [(int(v // n), int(v % n)) for v in self.pairs[k]]
