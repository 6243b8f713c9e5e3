"""Vector geometry against a raster grid, vectorised with numpy (no GEOS, no per-feature loop).

* :func:`polygon_cells` — for many polygons at once, the cells whose **centre** lies inside each
  polygon (the rule of QGIS's zonal statistics and of GDAL's default rasterisation). Overlapping
  polygons are fine: every polygon gets its own cells, nothing is burnt into a shared label grid.
* :func:`interior_points` — one point guaranteed inside each polygon (the midpoint of the widest
  inside span on the horizontal line through the middle of the polygon's bounding box, the idea
  of GEOS's ``pointOnSurface``); used when a polygon is smaller than a cell.
* :func:`line_pieces` — lines cut exactly at cell edges: each piece lies in one cell, with its
  length.

Which zone a *point* falls in is :func:`core.geometry.zones.points_in_polygons` (one border rule
for the whole engine).

Scanline rule (even-odd, as the classic PNPOLY test): a horizontal line through a cell centre
crosses an edge from (xa, ya) to (xb, yb) when exactly one end is above it
(``(ya > y) != (yb > y)``); a centre is inside when an odd number of crossings lie strictly to its
right. Holes and multi-part polygons follow from counting the crossings of all rings together.
A centre exactly on an edge may fall either way (GEOS counts it as outside); such ties are
measure-zero on real data. (Cells are areas: a cell belongs to every polygon that holds its
centre, as in QGIS's zonal statistics; only points follow the zones' one-owner border rule.)
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..common.errors import UrbanPlanError

if TYPE_CHECKING:
    from ..common.progress import Progress
    from ..network.build import LineSet
    from .rastergrid import Grid


@dataclass
class PolygonSet:
    """Polygons as flat arrays: ring ``j`` is ``xy[ring_offsets[j]:ring_offsets[j + 1]]`` and
    belongs to polygon ``ring_owner[j]`` (rings sorted by owner). ``n`` polygons in all; a
    polygon may have no ring (empty geometry)."""

    xy: np.ndarray
    ring_offsets: np.ndarray
    ring_owner: np.ndarray
    n: int

    @classmethod
    def from_rings(cls, rings: Sequence, owners: Sequence[int], n: int) -> PolygonSet:
        rings = [np.asarray(r, dtype=np.float64).reshape(-1, 2) for r in rings]
        owners = np.asarray(owners, dtype=np.int64)
        if len(rings) and np.any(np.diff(owners) < 0):
            order = np.argsort(owners, kind="stable")
            rings = [rings[i] for i in order]
            owners = owners[order]
        counts = np.array([len(r) for r in rings], dtype=np.int64)
        offsets = np.zeros(len(rings) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        xy = np.concatenate(rings) if rings else np.empty((0, 2))
        return cls(np.ascontiguousarray(xy), offsets, owners, int(n))

    @classmethod
    def from_wkt_like(cls, polygons: Sequence) -> PolygonSet:
        """From nested lists: polygons[i] = [ring, ring, ...] (each ring a list of (x, y))."""
        rings, owners = [], []
        for i, poly in enumerate(polygons):
            for ring in poly:
                rings.append(ring)
                owners.append(i)
        return cls.from_rings(rings, owners, len(polygons))

    def __len__(self):
        return self.n

    def bounds(self) -> np.ndarray:
        """(n, 4) xmin, ymin, xmax, ymax per polygon (NaN for empty ones)."""
        out = np.full((self.n, 4), np.nan)
        if len(self.xy) == 0:
            return out
        # rings are sorted by owner, so each polygon's vertices are one contiguous range
        counts = np.diff(self.ring_offsets)
        ring_first = np.ones(len(self.ring_owner), dtype=bool)
        ring_first[1:] = self.ring_owner[1:] != self.ring_owner[:-1]
        nonempty = ring_first & (counts > 0)
        starts = self.ring_offsets[:-1][nonempty]
        owners = self.ring_owner[nonempty]
        x, y = self.xy[:, 0], self.xy[:, 1]
        out[owners, 0] = np.minimum.reduceat(x, starts)
        out[owners, 1] = np.minimum.reduceat(y, starts)
        out[owners, 2] = np.maximum.reduceat(x, starts)
        out[owners, 3] = np.maximum.reduceat(y, starts)
        return out

    def extent(self) -> tuple[float, float, float, float] | None:
        if len(self.xy) == 0:
            return None
        return (float(self.xy[:, 0].min()), float(self.xy[:, 1].min()),
                float(self.xy[:, 0].max()), float(self.xy[:, 1].max()))

    def subset(self, p0: int, p1: int) -> PolygonSet:
        """Polygons p0..p1-1 as a PolygonSet (owners renumbered from 0)."""
        r0, r1 = np.searchsorted(self.ring_owner, [p0, p1])
        v0, v1 = self.ring_offsets[r0], self.ring_offsets[r1]
        return PolygonSet(self.xy[v0:v1], self.ring_offsets[r0:r1 + 1] - v0,
                          self.ring_owner[r0:r1] - p0, int(p1 - p0))


def _edges(polys):
    """Edge start/end coordinates and owner for every ring edge (closing edge included; a ring
    already closed gives a zero-length closing edge, which crosses nothing)."""
    xy = polys.xy
    k = len(xy)
    nxt = np.arange(1, k + 1)
    if k:
        nxt[polys.ring_offsets[1:] - 1] = polys.ring_offsets[:-1]
    counts = np.diff(polys.ring_offsets)
    if len(counts) and counts.min() > 0:
        owner = polys.ring_owner[group_index(counts)]
    else:
        owner = np.repeat(polys.ring_owner, counts)
    return xy, xy[nxt] if k else xy, owner


def _scan_crossings(ua, va, ub, vb, owner, row_lo, row_hi):
    """Crossings of edges with the integer scanlines v = r (row_lo <= r <= row_hi).

    Returns (owner, row, u) of each crossing, unsorted."""
    vmin = np.minimum(va, vb)
    vmax = np.maximum(va, vb)
    r0 = np.maximum(np.ceil(vmin), row_lo)
    r1 = np.minimum(np.ceil(vmax) - 1, row_hi)
    n = np.maximum(r1 - r0 + 1, 0).astype(np.int64)
    keep = n > 0
    if not keep.any():
        e = np.empty(0, dtype=np.int64)
        return e, e, np.empty(0)
    idx = np.flatnonzero(keep)
    n = n[idx]
    rep = group_index(n)  # which edge each crossing belongs to (position in idx)
    r0i = r0[idx].astype(np.int64)
    row = runs(r0i, n)
    slope = (ub[idx] - ua[idx]) / (vb[idx] - va[idx])
    u = ua[idx][rep] + (row - va[idx][rep]) * slope[rep]
    return owner[idx][rep], row, u


def group_index(counts: np.ndarray) -> np.ndarray:
    """For groups of ``counts`` (all > 0) laid end to end: the group of every element
    (np.repeat(arange(len(counts)), counts), computed with a cumulative sum: numpy's repeat is
    slow for many short groups)."""
    total = int(counts.sum())
    marks = np.zeros(total, dtype=np.int64)
    if len(counts) > 1:
        marks[np.cumsum(counts[:-1])] = 1
    return np.cumsum(marks, out=marks)


def runs(start: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Runs of consecutive integers: start[i], start[i] + 1, ... (counts[i] values each;
    counts > 0), concatenated (a cumulative sum of steps)."""
    total = int(counts.sum())
    step = np.ones(total, dtype=np.int64)
    if total == 0:
        return step
    first = np.cumsum(counts) - counts
    step[0] = start[0]
    if len(counts) > 1:
        step[first[1:]] = start[1:] - (start[:-1] + counts[:-1] - 1)
    return np.cumsum(step, out=step)


def _sort_crossings(key, u):
    """Crossings sorted by (key, u). Keys come almost sorted (polygons in order, each edge's
    rows in a run), so a stable argsort of the keys is fast; most groups hold two crossings
    (convex rows), which are put in order by a swap; larger groups are sorted fully."""
    order = np.argsort(key, kind="stable")
    key, u = key[order], u[order]
    n = len(key)
    if n == 0:
        return key, u, np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    first = np.ones(n, dtype=bool)
    first[1:] = key[1:] != key[:-1]
    gstart = np.flatnonzero(first)
    gsize = np.diff(np.append(gstart, n))
    two = gstart[gsize == 2]
    swap = two[u[two] > u[two + 1]]
    u[swap], u[swap + 1] = u[swap + 1], u[swap].copy()
    big = gsize > 2
    if big.any():
        sel = np.repeat(big, gsize)
        idx = np.flatnonzero(sel)
        sub = np.lexsort((u[idx], key[idx]))
        u[idx] = u[idx][sub]
    return key, u, gstart, gsize


def _chunks(polys, max_vertices):
    """Polygon index ranges holding about ``max_vertices`` vertices each."""
    if polys.n == 0:
        return []
    vcount = np.bincount(polys.ring_owner, weights=np.diff(polys.ring_offsets),
                         minlength=polys.n).astype(np.int64)
    cum = np.cumsum(vcount)
    bounds = [0]
    target = max_vertices
    while bounds[-1] < polys.n:
        nxt = int(np.searchsorted(cum, target, side="right"))
        nxt = max(nxt, bounds[-1] + 1)
        nxt = min(nxt, polys.n)
        bounds.append(nxt)
        target = cum[nxt - 1] + max_vertices
    return list(zip(bounds[:-1], bounds[1:]))


def polygon_spans(polys: PolygonSet, grid: Grid, max_vertices: int = 200_000,
                  progress: Progress | None = None,
                  ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Yield ``(owner, row, col0, count)`` arrays per chunk of polygons: runs of cells on one
    grid row whose centres lie inside a polygon (columns ``col0 .. col0 + count - 1``), sorted
    by owner then row then column. Clipped to the grid. Polygons are processed in chunks of
    about ``max_vertices`` vertices."""
    chunks = _chunks(polys, max_vertices)
    for k, (p0, p1) in enumerate(chunks):
        if progress is not None:
            if progress.is_canceled():
                return
            progress.progress(100.0 * k / max(len(chunks), 1))
        sub = polys.subset(p0, p1)
        a, b, owner = _edges(sub)
        ua = (a[:, 0] - grid.x0) / grid.dx - 0.5
        ub = (b[:, 0] - grid.x0) / grid.dx - 0.5
        va = (grid.y0 - a[:, 1]) / grid.dy - 0.5
        vb = (grid.y0 - b[:, 1]) / grid.dy - 0.5
        own, row, u = _scan_crossings(ua, va, ub, vb, owner, 0, grid.rows - 1)
        if len(own) == 0:
            continue
        key = own * np.int64(grid.rows) + row
        key, u, gstart, gsize = _sort_crossings(key, u)
        # crossings pair up per (owner, row) group: (u0, u1), (u2, u3), ...
        if np.any(gsize % 2):
            # an odd count means an open ring (never happens for closed rings): drop the
            # unpaired last crossing of such groups
            odd = gsize % 2 == 1
            drop = gstart[odd] + gsize[odd] - 1
            keep = np.ones(len(key), dtype=bool)
            keep[drop] = False
            key, u = key[keep], u[keep]
        left, right = u[0::2], u[1::2]
        skey = key[0::2]
        c0 = np.maximum(np.ceil(left), 0).astype(np.int64)
        c1 = np.minimum(np.ceil(right) - 1, grid.cols - 1).astype(np.int64)
        n = c1 - c0 + 1
        ok = n > 0
        if not ok.any():
            continue
        c0, n, skey = c0[ok], n[ok], skey[ok]
        span_owner = skey // grid.rows
        span_row = skey - span_owner * grid.rows
        yield span_owner + p0, span_row, c0, n
    if progress is not None:
        progress.progress(100.0)


def expand_spans(base: np.ndarray, count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flat indices of the cells of spans starting at flat index ``base`` with ``count`` (> 0)
    cells, and the position of each span's first cell in the result."""
    starts = np.cumsum(count) - count
    return runs(base, count), starts


def polygon_cells(polys: PolygonSet, grid: Grid, max_vertices: int = 200_000,
                  progress: Progress | None = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield ``(owner, cell)`` arrays: the flat cell indices (``row * cols + col``) whose centre
    lies inside each polygon, grouped by owner in increasing owner order (within an owner, row
    then column order). Cells outside the grid are never returned."""
    for owner, row, c0, n in polygon_spans(polys, grid, max_vertices, progress):
        cells, _ = expand_spans(row * grid.cols + c0, n)
        yield owner[group_index(n)], cells


def interior_points(polys: PolygonSet) -> np.ndarray:
    """(n, 2) one point inside each polygon (NaN for polygons without rings): the midpoint of
    the widest inside span on the horizontal line through the middle of its bounding box
    (nudged off vertex heights); a degenerate polygon gets its first vertex."""
    out = np.full((polys.n, 2), np.nan)
    if polys.n == 0 or len(polys.xy) == 0:
        return out
    bnd = polys.bounds()
    ymid = (bnd[:, 1] + bnd[:, 3]) / 2.0
    a, b, owner = _edges(polys)
    # nudge the scanline off any vertex lying exactly on it
    height = np.maximum(bnd[:, 3] - bnd[:, 1], 1e-12)
    on_vertex = np.zeros(polys.n, dtype=bool)
    np.logical_or.at(on_vertex, owner, a[:, 1] == ymid[owner])
    ymid = np.where(on_vertex, ymid + height * 1e-7, ymid)
    y = ymid[owner]
    cross = (a[:, 1] > y) != (b[:, 1] > y)
    idx = np.flatnonzero(cross)
    own = owner[idx]
    xa, ya, xb, yb = a[idx, 0], a[idx, 1], b[idx, 0], b[idx, 1]
    xint = xa + (y[idx] - ya) * (xb - xa) / (yb - ya)
    order = np.lexsort((xint, own))
    own, xint = own[order], xint[order]
    first = np.ones(len(own), dtype=bool)
    first[1:] = own[1:] != own[:-1]
    pos = np.arange(len(own)) - np.repeat(np.flatnonzero(first), np.diff(
        np.append(np.flatnonzero(first), len(own))))
    even = pos % 2 == 0
    # pairs (even, next) within the same owner
    has_next = np.zeros(len(own), dtype=bool)
    has_next[:-1] = own[1:] == own[:-1]
    sel = np.flatnonzero(even & has_next)
    if len(sel):
        width = xint[sel + 1] - xint[sel]
        mid = (xint[sel + 1] + xint[sel]) / 2.0
        sown = own[sel]
        # widest span per owner
        order = np.lexsort((-width, sown))
        sown, mid = sown[order], mid[order]
        firsts = np.ones(len(sown), dtype=bool)
        firsts[1:] = sown[1:] != sown[:-1]
        out[sown[firsts], 0] = mid[firsts]
        out[sown[firsts], 1] = ymid[sown[firsts]]
    missing = np.isnan(out[:, 0]) & (np.bincount(polys.ring_owner, minlength=polys.n) > 0)
    if missing.any():
        first_vertex = polys.xy[polys.ring_offsets[:-1]]
        ring_first = np.ones(len(polys.ring_owner), dtype=bool)
        ring_first[1:] = polys.ring_owner[1:] != polys.ring_owner[:-1]
        fv = np.full((polys.n, 2), np.nan)
        fv[polys.ring_owner[ring_first]] = first_vertex[ring_first]
        out[missing] = fv[missing]
    return out


@dataclass
class LinePieces:
    """Lines cut at cell edges. Piece i lies in flat cell ``cell[i]`` (-1 outside the grid),
    belongs to line ``line[i]`` (index in the LineSet) and has length ``length[i]``; ``mid``
    is its midpoint (n, 2)."""

    line: np.ndarray
    cell: np.ndarray
    length: np.ndarray
    mid: np.ndarray


def line_pieces(lines: LineSet, grid: Grid,
                segment_length: np.ndarray | None = None) -> LinePieces:
    """Cut every segment of a LineSet at the grid's cell edges.

    ``segment_length`` (optional, one value per segment, in metres) replaces the segments' CRS
    length, so a line read in a geographic CRS is still measured in metres: each piece gets the
    share of its segment's metric length that its parameter range covers."""
    xy = lines.coords
    offs = lines.offsets
    nverts = len(xy)
    if nverts == 0:
        e = np.empty(0, dtype=np.int64)
        return LinePieces(e, e, np.empty(0), np.empty((0, 2)))
    s = _segment_starts(offs)  # segments: vertex i -> i + 1 inside each line
    a, b = xy[s], xy[s + 1]
    nseg = len(s)
    if segment_length is None:
        seg_len = np.hypot(b[:, 0] - a[:, 0], b[:, 1] - a[:, 1])
    else:
        seg_len = np.asarray(segment_length, dtype=np.float64)
        if len(seg_len) != nseg:
            raise UrbanPlanError("segment_length must hold one value per segment")
    ua = (a[:, 0] - grid.x0) / grid.dx
    ub = (b[:, 0] - grid.x0) / grid.dx
    va = (grid.y0 - a[:, 1]) / grid.dy
    vb = (grid.y0 - b[:, 1]) / grid.dy
    du, dv = ub - ua, vb - va
    # Liang-Barsky: the parameter range [t0, t1] inside the grid rectangle
    t0 = np.zeros(nseg)
    t1 = np.ones(nseg)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-du, ua), (du, grid.cols - ua), (-dv, va), (dv, grid.rows - va)):
            par = p == 0
            outside = par & (q < 0)
            t0[outside] = 1.0
            t1[outside] = 0.0
            r = q / p
            neg = (p < 0) & ~par
            pos = (p > 0) & ~par
            t0 = np.where(neg, np.maximum(t0, r), t0)
            t1 = np.where(pos, np.minimum(t1, r), t1)
    inside = t1 > t0
    breaks_seg = [np.arange(nseg), np.arange(nseg)]
    breaks_t = [np.zeros(nseg), np.ones(nseg)]
    idx = np.flatnonzero(inside)
    if len(idx):
        breaks_seg += [idx, idx]
        breaks_t += [t0[idx], t1[idx]]
        for w_a, w_d in ((ua, du), (va, dv)):
            wa = w_a[idx] + t0[idx] * w_d[idx]
            wb = w_a[idx] + t1[idx] * w_d[idx]
            lo = np.minimum(wa, wb)
            hi = np.maximum(wa, wb)
            k0 = np.floor(lo) + 1
            k1 = np.ceil(hi) - 1
            n = np.maximum(k1 - k0 + 1, 0).astype(np.int64)
            has = n > 0
            if not has.any():
                continue
            sidx = idx[has]
            n = n[has]
            rep = np.repeat(np.arange(len(sidx)), n)
            starts = np.cumsum(n) - n
            step = np.arange(int(n.sum())) - np.repeat(starts, n)
            k = k0[has][rep] + step
            seg = sidx[rep]
            breaks_seg.append(seg)
            breaks_t.append((k - w_a[seg]) / w_d[seg])
    bseg = np.concatenate(breaks_seg)
    bt = np.clip(np.concatenate(breaks_t), 0.0, 1.0)
    order = np.lexsort((bt, bseg))
    bseg, bt = bseg[order], bt[order]
    same = bseg[1:] == bseg[:-1]
    tlo, thi, pseg = bt[:-1][same], bt[1:][same], bseg[:-1][same]
    keep = thi > tlo
    tlo, thi, pseg = tlo[keep], thi[keep], pseg[keep]
    tm = (tlo + thi) / 2.0
    mid = a[pseg] + (b[pseg] - a[pseg]) * tm[:, None]
    r, c = grid.cell_of(mid[:, 0], mid[:, 1])
    cell = np.where(r >= 0, r * grid.cols + c, -1)
    length = (thi - tlo) * seg_len[pseg]
    line_of_seg = _segment_lines(offs)
    return LinePieces(line_of_seg[pseg], cell, length, mid)


def _segment_starts(offs):
    """Index of the first vertex of every segment (vertex i with i + 1 in the same line)."""
    counts = np.maximum(np.diff(offs) - 1, 0)
    total = int(counts.sum())
    starts = np.cumsum(counts) - counts
    step = np.arange(total, dtype=np.int64) - np.repeat(starts, counts)
    return np.repeat(offs[:-1], counts) + step


def _segment_lines(offs):
    counts = np.maximum(np.diff(offs) - 1, 0)
    return np.repeat(np.arange(len(offs) - 1, dtype=np.int64), counts)


def segment_vertex_index(lines: LineSet) -> np.ndarray:
    """Start vertex of every segment of a LineSet, in the order :func:`line_pieces` uses."""
    return _segment_starts(lines.offsets)
