"""Attach points to the nearest point of the nearest network edge.

A home in the middle of a long block should not walk to the far corner first: points snap to the
nearest *edge*, and the walk along it to either end node counts. Points farther than the snap
limit are unreachable (NaN), with the reason kept, never silently moved.

Points snap only to the network's *kept* pieces: small disconnected fragments (a courtyard
footway, a service road cut off by the walking filter) are left out by the engine's one fragment
rule, :mod:`.fragments`, so a home beside the main streets is never stranded on one.
``Snapped.moved`` marks the points whose nearest street was such a fragment.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .netkernel import for_size, kernel_arg

if TYPE_CHECKING:
    from .build import WalkNetwork


@dataclass
class Snapped:
    """Where each point meets the network. Arrays have one entry per input point; ``edge`` is
    -1 for points beyond the snap limit (their other entries are NaN)."""

    edge: np.ndarray        # edge index, -1 when not snapped
    offset: np.ndarray      # metres along the edge from its from-node
    to_to: np.ndarray       # metres from the snap point to the edge's to-node
    distance: np.ndarray    # straight-line metres from the point to the network
    xy: np.ndarray          # snapped location (n, 2)
    moved: np.ndarray = None  # nearest street was a pruned fragment (see .fragments)

    @property
    def ok(self) -> np.ndarray:
        return self.edge >= 0

    @property
    def to_from(self) -> np.ndarray:
        """Metres from the snap point to the edge's from-node: the offset itself."""
        return self.offset

    @property
    def unreachable_count(self) -> int:
        return int((~self.ok).sum())


_BIG = np.iinfo(np.int64).max
CELLS_PER_SEGMENT = 2.0
"""At most this many grid cells per indexed segment (4 bytes each): on a network spread thinly
over a large area the cells grow instead of the memory."""
RINGS = 12
CHUNK = 4096
BUILD_BLOCK = 1 << 17
"""Segments per block while the index is built (bounds the temporary memory)."""
"""Points per block of work: the temporary arrays of a block stay in the CPU cache (2-5x
faster than whole-array numpy on 100 000s of points)."""
"""Rings of cells searched around a point's own cell before the exact fallback (a KD-tree over
pieces of the segments, built only when some point needs it: points far from every street)."""


@dataclass
class Segments:
    """The straight segments of some edges of a network (one row per segment, edges in order):
    ``first`` vertex in ``network.coords``, ``edge``, ``a``/``b`` end points, ``length``, the
    length along the edge up to the segment (``start_along``) and each edge's geometric length
    (``geo_length``, per network edge, 0 for the edges left out)."""

    first: np.ndarray
    edge: np.ndarray
    a: np.ndarray
    b: np.ndarray
    length: np.ndarray
    start_along: np.ndarray
    geo_length: np.ndarray


def network_segments(network: WalkNetwork, edges: np.ndarray | None = None) -> Segments:
    """The segments of ``edges`` (bool mask or ids; default every edge), in edge order."""
    if edges is None:
        ids = np.arange(network.edge_count)
    else:
        edges = np.asarray(edges)
        ids = np.flatnonzero(edges) if edges.dtype == bool else edges.astype(np.int64)
    nseg = (network.edge_vend - network.edge_vstart)[ids]
    before = np.cumsum(nseg) - nseg
    first = np.repeat(network.edge_vstart[ids] - before, nseg) + np.arange(int(nseg.sum()))
    a, b = network.coords[first], network.coords[first + 1]
    length = np.hypot(*(b - a).T)
    cum = np.concatenate([[0.0], np.cumsum(length)])
    start_along = cum[:-1] - np.repeat(cum[before], nseg)
    geo = np.zeros(network.edge_count)
    geo[ids] = cum[before + nseg] - cum[before]
    return Segments(first, np.repeat(ids, nseg), a, b, length, start_along, geo)


def _project(flat, v, px, py):
    """(squared distance, t) from points (px, py) to the segments that start at vertex ``v``
    (``flat``: the network's coordinates as x0, y0, x1, y1, ...); t in [0, 1] along the
    segment, 0 for a segment of zero length. The one formula every answer uses, so equal
    distances compare equal (ties go to the lowest vertex number). In-place arithmetic: on
    blocks of a few thousand pairs it runs from the CPU cache."""
    i = 2 * v
    ax = flat[i]
    ay = flat[i + 1]
    dx = flat[i + 2]
    dx -= ax
    dy = flat[i + 3]
    dy -= ay
    wx = px - ax
    wy = py - ay
    den = dx * dx
    den += dy * dy
    t = wx * dx
    t += wy * dy
    # a segment of zero length has t = 0 / tiny = 0
    np.maximum(den, 1e-300, out=den)
    t /= den
    np.maximum(t, 0.0, out=t)
    np.minimum(t, 1.0, out=t)
    dx *= t
    dx -= wx
    dy *= t
    dy -= wy
    dx *= dx
    dy *= dy
    dx += dy
    return dx, t


def _stable_order(keys, top):
    """The stable sorting order of non-negative integer ``keys`` below ``top``: radix passes
    of 16 bits (numpy sorts 16-bit integers by radix: 2-4x faster than a comparison sort)."""
    order = None
    shift = 0
    while True:
        k = keys if order is None else keys[order]
        step = np.argsort(((k >> shift) & 0xFFFF).astype(np.uint16), kind="stable")
        order = step if order is None else order[step]
        shift += 16
        if (top - 1) >> shift <= 0:
            return order


def _lexmin(d2, v, d2b, vb):
    """Element-wise the better of two (squared distance, vertex) answers: the nearer, and on a
    tie the lower vertex number."""
    better = (d2b < d2) | ((d2b == d2) & (vb < v))
    return np.where(better, d2b, d2), np.where(better, vb, v)


class EdgeIndex:
    """Spatial index over the straight segments of a network's edges, for exact snapping.

    A uniform grid of square cells lists, for every cell, the segments that touch it (each
    segment is cut into pieces no longer than a cell and registered in every cell the bounding
    box of a piece touches, so a segment is listed in each cell holding one of its points). The
    nearest segment to a point is then found among the segments of its own cell and of the
    rings of cells around it, ring by ring, until the square of side 2d around the point (d:
    the nearest distance found so far) lies inside the cells searched: a segment nearer than d
    has a point in that square, hence in one of those cells, so the answer is exact, not a
    heuristic. Ties (two segments at the very same distance) go to the lowest segment number,
    i.e. the lowest edge number. Points still open after :data:`RINGS` rings (far from every
    street) are answered exactly by a KD-tree over pieces of the segments, built only then.

    The index holds two integer arrays (the segment of each cell entry, in cell order, and where
    each cell's entries start): about 8-12 bytes per segment, against some 100 for the KD-tree
    over segment samples it replaces. Every query is vectorised over the points.

    ``usable`` (bool per edge, optional) leaves edges out of the index: points snap only to the
    ways a travel profile may use (a home beside a flight of steps is reached, by a wheelchair,
    from the nearest street, not from the steps). The fragment rule then judges the pieces of
    the network those ways form (:func:`.fragments.kept_edges` with ``usable``): a piece the
    profile can only reach over steps is a piece of its own, kept or pruned by its size."""

    def __init__(self, network: WalkNetwork, spacing: float | None = None,
                 min_component_nodes: int | None = None, min_component_m: float | None = None,
                 keep: np.ndarray | None = None, anchor: np.ndarray | None = None,
                 usable: np.ndarray | None = None):
        """Index the edges of the network's kept pieces (:func:`.fragments.kept_edges` with
        ``min_component_nodes``/``min_component_m``, None = the defaults, ``anchor`` = edges
        whose pieces are kept whatever their size), or exactly the edges where ``keep`` is
        True; in both cases only edges that are ``usable``. Points never snap to the other
        edges (small fragments, ways the profile may not use). ``spacing``: the grid's cell
        size in metres (default: the median segment length, larger on a thinly spread
        network); it changes the speed, never the answers."""
        from .fragments import kept_edges
        self.net = network
        if usable is not None:
            usable = np.asarray(usable, dtype=bool).reshape(-1)
            if len(usable) != network.edge_count:
                raise ValueError("usable needs one value per edge")
            if usable.all():
                usable = None
        self.usable = usable
        """Edges the travel profile may use (None: every edge)."""
        self._pieces = None
        if keep is None:
            # the pieces are found once: the fragment rule judges them, piece_of reads them
            keep = kept_edges(network, min_component_nodes, min_component_m, anchor, usable,
                              pieces=self.pieces())
        self.kept = np.asarray(keep, dtype=bool).reshape(-1)
        if len(self.kept) != network.edge_count:
            raise ValueError("keep needs one value per edge")
        if usable is not None:
            self.kept = self.kept & usable
        self._full = None
        self._fragments = None
        self._far = None
        self._edge_scale = None
        self._cum = None
        self._kernel_layout = None
        self._kflat = None
        self.report_moved = True
        self._layout()
        self._build(spacing)

    # ------------------------------------------------------------------ layout and grid

    def _layout(self):
        """Segments are numbered by their first vertex in the coordinates, and a map from
        vertex to edge (4 bytes per vertex) gives a segment's edge: no per-segment arrays are
        kept. The network's own arrays are used as they are, unless its edges share or
        reorder coordinates (then the index keeps a compact copy of its kept edges')."""
        net = self.net
        ids = np.flatnonzero(self.kept)
        vs, ve = net.edge_vstart[ids], net.edge_vend[ids]
        ordered = (not len(ids)) or bool(np.all(vs[1:] > vs[:-1]) and np.all(ve[:-1] <= vs[1:]))
        if ordered:
            self._coords = np.ascontiguousarray(net.coords, dtype=np.float64)
            self._vstart, self._vend, self._edge_ids = net.edge_vstart, net.edge_vend, None
            slots = ids
        else:
            counts = ve - vs + 1
            off = np.concatenate([[0], np.cumsum(counts)])
            src = np.repeat(vs - off[:-1], counts) + np.arange(int(off[-1]))
            self._coords = np.ascontiguousarray(net.coords[src], dtype=np.float64)
            self._vstart, self._vend, self._edge_ids = off[:-1], off[1:] - 1, ids
            vs, ve = self._vstart, self._vend
            slots = np.arange(len(ids))
        self._flat = self._coords.reshape(-1)
        nseg = ve - vs
        before = np.cumsum(nseg) - nseg
        first = np.repeat(vs - before, nseg) + np.arange(int(nseg.sum()))
        big = len(slots) and int(slots[-1]) >= 2 ** 31 - 1
        self._vslot = np.full(len(self._coords), -1, dtype=np.int64 if big else np.int32)
        self._vslot[first] = np.repeat(slots, nseg)

    def _segment_firsts(self):
        return np.flatnonzero(self._vslot >= 0)

    def _build(self, spacing):
        c = self._coords
        v = self._segment_firsts()
        self.segment_count = len(v)
        vdtype = np.int32 if len(c) < 2 ** 31 - 2 else np.int64
        if len(v) == 0:
            self.spacing = float(spacing or 1.0)
            self._x0 = self._y0 = 0.0
            self._nx = self._ny = 0
            self._eps = 1e-6
            self._cell_vert = np.empty(0, dtype=vdtype)
            self._cell_start = np.zeros(1, dtype=np.int64)
            return
        f = self._flat
        length = np.hypot(f[2 * v + 2] - f[2 * v], f[2 * v + 3] - f[2 * v + 1])
        used = np.zeros(len(c), dtype=bool)
        used[v] = True
        used[v + 1] = True
        # column by column: numpy reduces an (n, 2) array along axis 0 some 8x slower
        xs, ys = c[used, 0], c[used, 1]
        lo = np.array([xs.min(), ys.min()])
        hi = np.array([xs.max(), ys.max()])
        del used, xs, ys
        if spacing is None:
            spacing = float(np.median(length))
        h = max(float(spacing), 1e-3)
        # at most CELLS_PER_SEGMENT cells per segment (memory), whatever the spread
        extent = np.maximum(hi - lo, 0.0)
        h = max(h, float(np.sqrt((extent[0] + h) * (extent[1] + h)
                                 / (CELLS_PER_SEGMENT * len(v) + 64))))
        self.spacing = h
        # slack for rounding in cell arithmetic: far above the rounding error of coordinates
        self._eps = max(1e-6, 64 * float(np.spacing(max(np.abs(lo).max(), np.abs(hi).max()))))
        self._x0, self._y0 = float(lo[0] - 0.5 * h), float(lo[1] - 0.5 * h)
        self._nx = int(np.floor((hi[0] + self._eps - self._x0) / h)) + 1
        self._ny = int(np.floor((hi[1] + self._eps - self._y0) / h)) + 1
        # (cell, segment) keys, segments in blocks (bounded temporary memory); each block's
        # keys sorted without repeats, so the whole is sorted runs merged by a stable sort
        nv = len(c)
        ncell = self._nx * self._ny
        kern = for_size(len(v))
        if kern is not None:
            self._build_compiled(kern, v, length, vdtype, ncell)
            return
        if (length <= h).all():
            # no segment is cut into pieces, so no entry repeats: group by cell with a radix
            # sort (the order inside a cell does not matter)
            parts = [self._cell_entries(v[i:i + BUILD_BLOCK], length[i:i + BUILD_BLOCK])
                     for i in range(0, len(v), BUILD_BLOCK)]
            del length
            cell = np.concatenate([p[0] for p in parts]) if len(parts) > 1 else parts[0][0]
            vert = np.concatenate([p[1] for p in parts]) if len(parts) > 1 else parts[0][1]
            del parts
            order = _stable_order(cell, ncell)
            cell = cell[order]
            self._cell_vert = vert[order].astype(vdtype)
            del order, vert
        else:
            keys = [self._cell_keys(v[i:i + BUILD_BLOCK], length[i:i + BUILD_BLOCK])
                    for i in range(0, len(v), BUILD_BLOCK)]
            del length
            key = np.concatenate(keys) if len(keys) > 1 else keys[0]
            del keys
            if (len(v) + BUILD_BLOCK - 1) // BUILD_BLOCK > 1:
                key.sort(kind="stable")
            cell = key // nv
            self._cell_vert = (key - cell * nv).astype(vdtype)
            del key
        self._cell_start = np.zeros(ncell + 1, dtype=np.int32 if len(cell) < 2 ** 31 - 1
                                    else np.int64)
        np.cumsum(np.bincount(cell, minlength=ncell), out=self._cell_start[1:])

    def _build_compiled(self, kern, v, length, vdtype, ncell):
        """The grid with the compiled counting sort (:mod:`.netkernel`): the same cells for
        every segment as :meth:`_cell_keys`, each cell's segments in increasing order."""
        max_pieces = int(np.ceil(length.max() / self.spacing)) + 1
        firsts = kernel_arg(v, dtype=np.int64)
        args = (self._kernel_flat(), firsts, float(self._x0), float(self._y0),
                float(self.spacing), int(self._nx), int(self._ny), float(self._eps),
                max_pieces)
        start = np.empty(ncell + 1, dtype=np.int64)
        kern.fill_cells(*args, start, np.empty(0, dtype=vdtype))
        if int(start[-1]) < 2 ** 31 - 1 and vdtype == np.int32:
            start = start.astype(np.int32)
        vert = np.empty(int(start[-1]), dtype=vdtype)
        kern.fill_cells(*args, start, vert)
        self._cell_start, self._cell_vert = start, vert

    def _cell_entries(self, v, length):
        """(cell, v) of every cell each segment ``v`` (none longer than a cell) touches: the
        cells of its bounding box (at most 2 x 2), widened by the rounding slack."""
        h, eps = self.spacing, self._eps
        f = self._flat
        i = 2 * v
        ax, ay, bx, by = f[i], f[i + 1], f[i + 2], f[i + 3]
        nx, ny = self._nx, self._ny
        ix0 = np.minimum(np.maximum(np.floor((np.minimum(ax, bx) - eps - self._x0) / h), 0), nx - 1)
        ix1 = np.minimum(np.maximum(np.floor((np.maximum(ax, bx) + eps - self._x0) / h), 0), nx - 1)
        iy0 = np.minimum(np.maximum(np.floor((np.minimum(ay, by) - eps - self._y0) / h), 0), ny - 1)
        iy1 = np.minimum(np.maximum(np.floor((np.maximum(ay, by) + eps - self._y0) / h), 0), ny - 1)
        base = (iy0 * nx + ix0).astype(np.int64)
        wide = np.flatnonzero(ix0 < ix1)
        tall = np.flatnonzero(iy0 < iy1)
        both = np.flatnonzero((ix0 < ix1) & (iy0 < iy1))
        cell = np.concatenate([base, base[wide] + 1, base[tall] + nx, base[both] + nx + 1])
        vert = np.concatenate([v, v[wide], v[tall], v[both]])
        return cell, vert

    def _cell_keys(self, v, length):
        """Sorted distinct keys cell * vertices + v of the cells each segment ``v`` touches:
        the segment is cut into pieces no longer than a cell, and registered in every cell
        the bounding box of a piece touches (at most 2 x 2), widened by the rounding slack."""
        c, h, eps = self._coords, self.spacing, self._eps
        a, b = c[v], c[v + 1]
        ns = np.maximum(np.ceil(length / h).astype(np.int64), 1)
        if (ns == 1).all():
            pa, pb, pv = a, b, v
        else:
            pv = np.repeat(v, ns)
            local = np.arange(len(pv)) - np.repeat(np.cumsum(ns) - ns, ns)
            nsr = np.repeat(ns, ns).astype(np.float64)
            ab = np.repeat(b - a, ns, axis=0)
            base = np.repeat(a, ns, axis=0)
            pa = base + ab * (local / nsr)[:, None]
            pb = base + ab * ((local + 1) / nsr)[:, None]
            del ab, base, local, nsr
        del a, b
        nx, ny = self._nx, self._ny
        ix0 = np.floor((np.minimum(pa[:, 0], pb[:, 0]) - eps - self._x0) / h).astype(np.int64)
        ix1 = np.floor((np.maximum(pa[:, 0], pb[:, 0]) + eps - self._x0) / h).astype(np.int64)
        iy0 = np.floor((np.minimum(pa[:, 1], pb[:, 1]) - eps - self._y0) / h).astype(np.int64)
        iy1 = np.floor((np.maximum(pa[:, 1], pb[:, 1]) + eps - self._y0) / h).astype(np.int64)
        del pa, pb
        np.clip(ix0, 0, nx - 1, out=ix0)
        np.clip(ix1, 0, nx - 1, out=ix1)
        np.clip(iy0, 0, ny - 1, out=iy0)
        np.clip(iy1, 0, ny - 1, out=iy1)
        nv = len(c)
        keys = []
        for dx in (0, 1):
            for dy in (0, 1):
                if dx == 0 and dy == 0:
                    m = slice(None)
                else:
                    m = np.flatnonzero((ix0 + dx <= ix1) & (iy0 + dy <= iy1))
                keys.append(((iy0[m] + dy) * nx + (ix0[m] + dx)) * nv + pv[m])
        key = np.concatenate(keys)
        key.sort()
        if len(key) > 1:
            first = np.empty(len(key), dtype=bool)
            first[0] = True
            np.not_equal(key[1:], key[:-1], out=first[1:])
            key = key[first]
        return key

    @property
    def nbytes(self) -> int:
        """Bytes held by the index (the grid; plus the far-point KD-tree once built)."""
        n = self._cell_vert.nbytes + self._cell_start.nbytes + self._vslot.nbytes
        if self._edge_ids is not None:       # a private copy of the coordinates
            n += (self._coords.nbytes + self._vstart.nbytes + self._vend.nbytes
                  + self._edge_ids.nbytes)
        if self._far is not None:
            n += self._far[1].nbytes + self._far[0].data.nbytes + self._far[0].indices.nbytes
        return int(n)

    # ------------------------------------------------------------------ queries

    def _evaluate(self, px, py, st, cnt):
        """Best (squared distance, vertex) per point over the cell entries ``st``..``st+cnt``
        of each point's cells (2-d arrays, one row per point). Points without candidates get
        (inf, _BIG)."""
        n = len(px)
        per = cnt.sum(axis=1)
        tot = int(per.sum())
        best = np.full(n, np.inf)
        bv = np.full(n, _BIG, dtype=np.int64)
        if tot == 0:
            return best, bv
        cnt = cnt.ravel()
        pos = np.repeat(st.ravel() - (np.cumsum(cnt) - cnt), cnt) + np.arange(tot)
        v = self._cell_vert[pos].astype(np.int64)
        pt = np.repeat(np.arange(n), per)
        d2, _t = _project(self._flat, v, px[pt], py[pt])
        has = np.flatnonzero(per > 0)
        gs = (np.cumsum(per) - per)[has]
        m = np.minimum.reduceat(d2, gs)
        best[has] = m
        bv[has] = np.minimum.reduceat(np.where(d2 == np.repeat(m, per[has]), v, _BIG), gs)
        return best, bv

    def _own_cell(self, px, py, st, cnt, best, bv):
        """Fill ``best``/``bv`` from each point's own cell (entries ``st``..``st+cnt``), in
        rectangular blocks of points whose cells hold up to 1, 2, 4, 8, ... entries (padded
        with the cell's first entry); among equally near segments the lowest vertex."""
        top = int(cnt.max()) if len(cnt) else 0
        width = 1
        lower = 0
        while lower < top:
            sel = np.flatnonzero((cnt > lower) & (cnt <= width))
            if len(sel):
                s0 = st[sel]
                m = len(sel)
                # one row per candidate rank (column-major): contiguous rows, compared row
                # by row (a reduction along short rows is slow in numpy)
                k = np.arange(width)
                idx = s0[None, :] + k[:, None]
                if width > 1:
                    idx = np.where(k[:, None] < cnt[sel][None, :], idx, s0[None, :])
                v = self._cell_vert[idx].astype(np.int64)
                d2, _t = _project(self._flat, v.ravel(), np.tile(px[sel], width),
                                  np.tile(py[sel], width))
                d2 = d2.reshape(width, m)
                if width <= 8:
                    b, bvert = d2[0], v[0]
                    for r in range(1, width):
                        # nearer, or as near with a lower vertex number
                        nearer = (d2[r] < b) | ((d2[r] == b) & (v[r] < bvert))
                        b = np.where(nearer, d2[r], b)
                        bvert = np.where(nearer, v[r], bvert)
                else:
                    b = d2.min(axis=0)
                    bvert = np.where(d2 == b[None, :], v, _BIG).min(axis=0)
                best[sel] = b
                bv[sel] = bvert
            lower = width
            width *= 2

    def _block(self, px, py, radius):
        """Cells (clipped to the grid) of the square of half-side ``radius`` around each point,
        as float arrays (lo_x, hi_x, lo_y, hi_y); an empty block has lo > hi."""
        inv = 1.0 / self.spacing
        reach = (radius + self._eps) * inv
        fx = (px - self._x0) * inv
        fy = (py - self._y0) * inv
        return (np.maximum(np.floor(fx - reach), 0.0),
                np.minimum(np.floor(fx + reach), self._nx - 1.0),
                np.maximum(np.floor(fy - reach), 0.0),
                np.minimum(np.floor(fy + reach), self._ny - 1.0))

    def _nearest_block(self, px, py, cap=None, kern=None):
        """(squared distance, vertex) of the nearest indexed segment for each point (arrays of
        finite coordinates, a block of at most a few thousand); vertex _BIG when there is none
        (within ``cap`` metres, a number or one per point, when given: the search stops
        there). ``kern``: the compiled kernels of :mod:`.netkernel` (the same answers)."""
        n = len(px)
        if kern is not None and n and self.segment_count:
            return self._nearest_compiled(kern, px, py, cap)
        best = np.full(n, np.inf)
        bv = np.full(n, _BIG, dtype=np.int64)
        if n == 0 or self.segment_count == 0:
            return best, bv
        nx, ny, inv = self._nx, self._ny, 1.0 / self.spacing
        fx = (px - self._x0) * inv
        fy = (py - self._y0) * inv
        cx = np.minimum(np.maximum(np.floor(fx), -1.0), float(nx))
        cy = np.minimum(np.maximum(np.floor(fy), -1.0), float(ny))
        inside = (cx >= 0) & (cx < nx) & (cy >= 0) & (cy < ny)
        cell = np.where(inside, cy * nx + cx, 0.0).astype(np.int64)
        st = self._cell_start[cell]
        cnt = self._cell_start[cell + 1] - st
        cnt[~inside] = 0
        self._own_cell(px, py, st, cnt, best, bv)
        capv = None if cap is None else np.broadcast_to(np.asarray(cap, dtype=np.float64), (n,))
        todo = None
        r = 0
        while True:
            # done when the square of half-side d (clipped to the grid) lies in the rings
            # searched: every segment nearer than d has a point in that square, and every
            # cell holding one of its points lists it
            b = best if todo is None else best[todo]
            radius = np.sqrt(b)
            if capv is not None:
                radius = np.minimum(radius, capv if todo is None else capv[todo])
            reach = (radius + self._eps) * inv
            tfx, tfy = (fx, fy) if todo is None else (fx[todo], fy[todo])
            tcx, tcy = (cx, cy) if todo is None else (cx[todo], cy[todo])
            lox = np.maximum(np.floor(tfx - reach), 0.0)
            hix = np.minimum(np.floor(tfx + reach), nx - 1.0)
            loy = np.maximum(np.floor(tfy - reach), 0.0)
            hiy = np.minimum(np.floor(tfy + reach), ny - 1.0)
            keep = ~((lox > hix) | (loy > hiy)
                     | ((lox >= tcx - r) & (hix <= tcx + r) & (loy >= tcy - r) & (hiy <= tcy + r)))
            todo = np.flatnonzero(keep) if todo is None else todo[keep]
            if len(todo) == 0 or r == RINGS:
                break
            lox, hix, loy, hiy = lox[keep], hix[keep], loy[keep], hiy[keep]
            r += 1
            # the next ring's cells inside each point's square
            ox, oy = self._ring(r)
            X = cx[todo][:, None] + ox[None, :]
            Y = cy[todo][:, None] + oy[None, :]
            use = ((X >= lox[:, None]) & (X <= hix[:, None])
                   & (Y >= loy[:, None]) & (Y <= hiy[:, None]))
            cells = np.where(use, Y * nx + X, 0.0).astype(np.int64)
            st = self._cell_start[cells]
            cnt = self._cell_start[cells + 1] - st
            cnt[~use] = 0
            d2b, vb = self._evaluate(px[todo], py[todo], st, cnt)
            best[todo], bv[todo] = _lexmin(best[todo], bv[todo], d2b, vb)
        if len(todo):
            d2b, vb = self._far_nearest(px[todo], py[todo],
                                        None if capv is None else capv[todo])
            best[todo], bv[todo] = _lexmin(best[todo], bv[todo], d2b, vb)
        if capv is not None:
            over = best > capv * capv
            best[over] = np.inf
            bv[over] = _BIG
        return best, bv

    def _snap_compiled(self, kern, pts, max_distance, frag, edge, offset, to_to, dist, xy,
                       moved):
        """:meth:`snap`'s work with the compiled kernels: one pass over the points, then the
        few far from every street (the far-point search) and the fragment check."""
        pts = kernel_arg(pts, dtype=np.float64)
        if self._kernel_layout is None:
            ids = self._edge_ids
            cells = (self._cell_start, self._cell_vert, self._vslot)
            if len({a.dtype for a in cells}) > 1:
                cells = tuple(a.astype(np.int64) for a in cells)
            self._kernel_layout = cells + (
                kernel_arg(self._vstart, dtype=np.int64),
                kernel_arg(self._vend, dtype=np.int64),
                np.empty(0, dtype=np.int64) if ids is None else kernel_arg(ids, dtype=np.int64),
                kernel_arg(self.net.edge_length, dtype=np.float64))
        start, vert, vslot, vstart, vend, ids, length = self._kernel_layout
        still = np.zeros(len(pts), dtype=bool)
        kern.snap_points(pts, float(max_distance), self._kernel_flat(), start, vert,
                         float(self._x0), float(self._y0), float(self.spacing), int(self._nx),
                         int(self._ny), float(self._eps), RINGS, vslot, vstart, vend, ids,
                         length, edge, offset, to_to, dist, xy, still)
        far = np.flatnonzero(still)
        if len(far):
            px, py = kernel_arg(pts[far, 0]), kernel_arg(pts[far, 1])
            d2, v = self._nearest_block(px, py, kern=kern)
            kern.place(px, py, d2, v, far, float(max_distance), self._kernel_flat(), vslot,
                       vstart, vend, ids, length, edge, offset, to_to, dist, xy)
        if frag is not None:
            idx = np.flatnonzero(~np.isnan(dist))
            px, py = kernel_arg(pts[idx, 0]), kernel_arg(pts[idx, 1])
            d = dist[idx]
            fd2, fv = frag._nearest_block(px, py, cap=np.minimum(d, max_distance), kern=kern)
            fd = np.sqrt(fd2)
            with np.errstate(invalid="ignore"):
                moved[idx] = (fv != _BIG) & (fd <= max_distance) & (fd < d)

    def _kernel_flat(self):
        """The coordinates as the kernels take them (a copy only when they are read-only)."""
        if self._kflat is None:
            self._kflat = kernel_arg(self._flat)
        return self._kflat

    def _nearest_compiled(self, kern, px, py, cap):
        """:meth:`_nearest_block` with the compiled grid search; the points it leaves open
        (far from every street) go to the same far-point search."""
        n = len(px)
        capv = (np.full(n, np.inf) if cap is None else kernel_arg(
            np.broadcast_to(np.asarray(cap, dtype=np.float64), (n,))))
        px = kernel_arg(px, dtype=np.float64)
        py = kernel_arg(py, dtype=np.float64)
        if self._cell_vert.dtype == self._cell_start.dtype:
            start, vert = self._cell_start, self._cell_vert
        else:
            start, vert = self._cell_start.astype(np.int64), self._cell_vert.astype(np.int64)
        best = np.empty(n)
        bv = np.empty(n, dtype=np.int64)
        still = np.empty(n, dtype=bool)
        kern.nearest(px, py, capv, self._kernel_flat(), start, vert, float(self._x0),
                     float(self._y0), float(self.spacing), int(self._nx), int(self._ny),
                     float(self._eps), RINGS, best, bv, still)
        todo = np.flatnonzero(still)
        if len(todo):
            d2b, vb = self._far_nearest(px[todo], py[todo], capv[todo])
            best[todo], bv[todo] = _lexmin(best[todo], bv[todo], d2b, vb)
            over = best > capv * capv
            best[over] = np.inf
            bv[over] = _BIG
        return best, bv

    @staticmethod
    def _ring(r):
        """Cell offsets (dx, dy) of ring ``r`` around a cell, as floats."""
        o = np.array([(dx, dy) for dy in range(-r, r + 1) for dx in range(-r, r + 1)
                      if max(abs(dx), abs(dy)) == r], dtype=np.float64)
        return o[:, 0], o[:, 1]

    def _far_nearest(self, px, py, cap=None):
        """Exact nearest segment for points far from every street: a KD-tree over the midpoints
        of pieces (at most one cell long) of every segment, built on first use. A segment
        nearer than d has a piece midpoint within d + half a cell, so the k nearest midpoints
        prove the answer once the k-th is farther than that; k grows until they do."""
        from scipy.spatial import cKDTree
        h = self.spacing
        if self._far is None:
            c = self._coords
            v = self._segment_firsts()
            a, b = c[v], c[v + 1]
            ns = np.maximum(np.ceil(np.hypot(*(b - a).T) / h).astype(np.int64), 1)
            pv = np.repeat(v, ns)
            local = np.arange(len(pv)) - np.repeat(np.cumsum(ns) - ns, ns)
            frac = (local + 0.5) / np.repeat(ns, ns)
            mid = np.repeat(a, ns, axis=0) + np.repeat(b - a, ns, axis=0) * frac[:, None]
            self._far = (cKDTree(mid, balanced_tree=False), pv.astype(self._cell_vert.dtype))
        tree, piece_v = self._far
        n = len(px)
        best = np.full(n, np.inf)
        bv = np.full(n, _BIG, dtype=np.int64)
        half = 0.5 * h + self._eps
        todo = np.arange(n)
        k = 8
        total = len(piece_v)
        while len(todo):
            kq = int(min(k, total))
            sd, si = tree.query(np.c_[px[todo], py[todo]], k=kq)
            sd, si = sd.reshape(len(todo), kq), si.reshape(len(todo), kq)
            v = piece_v[si].astype(np.int64)
            d2, _t = _project(self._flat, v.ravel(), np.repeat(px[todo], kq),
                              np.repeat(py[todo], kq))
            d2 = d2.reshape(len(todo), kq)
            m = d2.min(axis=1)
            vm = np.where(d2 == m[:, None], v, _BIG).min(axis=1)
            best[todo], bv[todo] = _lexmin(best[todo], bv[todo], m, vm)
            bound = np.sqrt(best[todo])
            if cap is not None:
                bound = np.minimum(bound, cap[todo])
            done = (sd[:, -1] > bound + half) | (kq >= total)
            todo = todo[~done]
            k *= 8
        return best, bv

    def _slot(self, v):
        return self._vslot[v]

    def edge_of(self, v: np.ndarray) -> np.ndarray:
        """The edge of each indexed segment (by its first vertex number)."""
        return self._edge_of_slot(self._slot(v))

    def _edge_of_slot(self, j):
        return j.astype(np.int64) if self._edge_ids is None else self._edge_ids[j]

    def _along(self, v, t, j=None):
        """(metres along the edge to the point at ``t`` on segment ``v``, the edge's geometric
        length), both from the coordinates. ``j``: :meth:`_slot` of ``v`` when known."""
        if j is None:
            j = self._slot(v)
        vs, ve = self._vstart[j], self._vend[j]
        c = self._coords
        f = self._flat
        i2 = 2 * v
        own = np.hypot(f[i2 + 2] - f[i2], f[i2 + 3] - f[i2 + 1])
        pre = np.zeros(len(v))
        geo = own.copy()
        # edges of one segment (most of them) need nothing more
        multi = np.flatnonzero(ve - vs > 1)
        if len(multi):
            v, vs, ve = v[multi], vs[multi], ve[multi]
            nseg = ve - vs
            tot = int(nseg.sum())
            if tot <= max(len(c) // 4, 8 * len(v)):
                gs = np.cumsum(nseg) - nseg
                idx = np.repeat(vs - gs, nseg) + np.arange(tot)
                seg = np.hypot(*(c[idx + 1] - c[idx]).T)
                geo[multi] = np.add.reduceat(seg, gs)
                seg[idx >= np.repeat(v, nseg)] = 0.0
                pre[multi] = np.add.reduceat(seg, gs)
            else:
                # very long edges: cumulative lengths over every vertex, kept once computed
                if self._cum is None:
                    self._cum = np.concatenate([[0.0], np.cumsum(np.hypot(*(c[1:] - c[:-1]).T))])
                cum = self._cum
                geo[multi] = cum[ve] - cum[vs]
                pre[multi] = cum[v] - cum[vs]
        return pre + t * own, geo

    @property
    def edge_scale(self) -> np.ndarray:
        """Per edge: edge_length / geometric length (1 where the geometry has no length). A
        prepared layer may store lengths that differ from its geometry; offsets are scaled by
        this so partial lengths always add up. Computed on first use."""
        if self._edge_scale is None:
            geo = network_segments(self.net).geo_length
            with np.errstate(divide="ignore", invalid="ignore"):
                self._edge_scale = np.where(geo > 0, self.net.edge_length / geo, 1.0)
        return self._edge_scale

    def near_segments(self, points: np.ndarray, radius: float
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every (point, indexed segment) pair within ``radius`` metres: (point index, edge,
        metres along the edge's geometry, the edge's geometric length, distance)."""
        pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        empty = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0), np.empty(0),
                 np.empty(0))
        keep = np.flatnonzero(np.isfinite(pts).all(axis=1))
        if len(keep) == 0 or self.segment_count == 0:
            return empty
        px, py = pts[keep, 0], pts[keep, 1]
        lox, hix, loy, hiy = self._block(px, py, np.full(len(px), float(radius)))
        w = int(np.ceil(2 * (radius + self._eps) / self.spacing)) + 2
        ox, oy = np.meshgrid(np.arange(w), np.arange(w))
        X = lox.astype(np.int64)[:, None] + ox.ravel()[None, :]
        Y = loy.astype(np.int64)[:, None] + oy.ravel()[None, :]
        use = (X <= hix[:, None]) & (Y <= hiy[:, None])
        cells = np.where(use, Y * self._nx + X, 0)
        st = self._cell_start[cells]
        cnt = np.where(use, self._cell_start[cells + 1] - st, 0)
        per = cnt.sum(axis=1)
        tot = int(per.sum())
        if tot == 0:
            return empty
        cnt = cnt.ravel()
        pos = np.repeat(st.ravel() - (np.cumsum(cnt) - cnt), cnt) + np.arange(tot)
        v = self._cell_vert[pos].astype(np.int64)
        pt = np.repeat(np.arange(len(px)), per)
        pair = np.unique(pt * (len(self._coords) + 1) + v)
        pt, v = pair // (len(self._coords) + 1), pair % (len(self._coords) + 1)
        d2, t = _project(self._flat, v, px[pt], py[pt])
        near = d2 <= float(radius) ** 2
        pt, v, t, d2 = pt[near], v[near], t[near], d2[near]
        j = self._slot(v)
        along, geo = self._along(v, t, j)
        return keep[pt], self._edge_of_slot(j), along, geo, np.sqrt(d2)

    # ------------------------------------------------------------------ fragments

    @property
    def pruned(self) -> np.ndarray:
        """Edges of the small fragments nothing snaps to (ways the profile may not use are not
        fragments: they are left out by the profile, not by the size rule)."""
        return ~self.kept if self.usable is None else ~self.kept & self.usable

    def pieces(self) -> tuple[int, np.ndarray]:
        """(count, label per node): the connected pieces of the network the fragment rule
        judged (on the usable ways only, with a travel profile), computed once."""
        if self._pieces is None:
            from .fragments import component_labels
            self._pieces = component_labels(self.net, self.usable)
        return self._pieces

    def piece_of(self, snapped: Snapped) -> np.ndarray:
        """The piece (:meth:`pieces` label) each snapped point is on, -1 off the network."""
        _count, labels = self.pieces()
        out = np.full(len(snapped.edge), -1, dtype=np.int64)
        ok = snapped.ok
        out[ok] = labels[self.net.edge_from[snapped.edge[ok]]]
        return out

    def all_edges(self) -> EdgeIndex:
        """An index over every edge, fragments included (for editing the network: a new
        footbridge may join a fragment). ``self`` when nothing is pruned."""
        if self.kept.all():
            return self
        if self._full is None:
            self._full = EdgeIndex(self.net, keep=np.ones(self.net.edge_count, dtype=bool))
        return self._full

    def _fragment_index(self) -> EdgeIndex | None:
        pruned = self.pruned
        if not pruned.any() or not self.report_moved:
            return None
        if self._fragments is None:
            self._fragments = EdgeIndex(self.net, keep=pruned)
            self._fragments.report_moved = False
        return self._fragments

    # ------------------------------------------------------------------ snapping

    def snap(self, points: np.ndarray, max_distance: float = np.inf, k: int | None = None
             ) -> Snapped:
        """Snap (n, 2) points to the nearest point of the nearest indexed edge; those farther
        than ``max_distance`` metres get edge -1 (``distance`` still says how far the network
        is). Rows with NaN coordinates (no geometry) get edge -1 and NaN. ``k`` is accepted
        for compatibility and ignored (the search is exact whatever it is)."""
        pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        n = len(pts)
        edge = np.full(n, -1, dtype=np.int64)
        offset = np.full(n, np.nan)
        to_to = np.full(n, np.nan)
        dist = np.full(n, np.nan)
        xy = np.full((n, 2), np.nan)
        moved = np.zeros(n, dtype=bool)
        if n == 0 or self.segment_count == 0:
            return Snapped(edge, offset, to_to, dist, xy, moved)
        frag = self._fragment_index()
        kern = for_size(n)
        if kern is not None:
            self._snap_compiled(kern, pts, max_distance, frag, edge, offset, to_to, dist, xy,
                                moved)
            return Snapped(edge, offset, to_to, dist, xy, moved)
        finite = np.isfinite(pts).all(axis=1)
        idx = np.flatnonzero(finite)
        for a in range(0, len(idx), CHUNK):
            rows = idx[a:a + CHUNK]
            px, py = pts[rows, 0], pts[rows, 1]
            d2, v = self._nearest_block(px, py)
            d = np.sqrt(d2)
            dist[rows] = d
            sel = np.flatnonzero(d <= max_distance)
            vs = v[sel]
            _d2, t = _project(self._flat, vs, px[sel], py[sel])
            j = self._slot(vs)
            e = self._edge_of_slot(j)
            along, geo = self._along(vs, t, j)
            length = self.net.edge_length[e]
            with np.errstate(divide="ignore", invalid="ignore"):
                scale = np.where(geo > 0, length / np.where(geo > 0, geo, 1.0), 1.0)
            off = np.minimum(along * scale, length)
            out = rows[sel]
            edge[out] = e
            offset[out] = off
            to_to[out] = np.maximum(length - off, 0.0)
            i2 = 2 * vs
            f = self._flat
            xy[out, 0] = f[i2] + t * (f[i2 + 2] - f[i2])
            xy[out, 1] = f[i2 + 1] + t * (f[i2 + 3] - f[i2 + 1])
            if frag is not None:
                # the nearest street within the limit is a fragment nothing snaps to
                fd2, fv = frag._nearest_block(px, py, cap=np.minimum(d, max_distance))
                fd = np.sqrt(fd2)
                with np.errstate(invalid="ignore"):
                    moved[rows] = (fv != _BIG) & (fd <= max_distance) & (fd < d)
        return Snapped(edge, offset, to_to, dist, xy, moved)
