"""Well-known binary (WKB) geometries to flat numpy vertex arrays, without GEOS or QGIS.

QGIS glue hands the engine ``QgsGeometry.asWkb()`` bytes; this module turns many of them into
the flat arrays the engine works on (x, y only; Z and M are dropped):

* polygons -> ``PolygonSet`` (every ring of every part, each ring tagged with its feature);
* lines -> ``core.network.build.LineSet`` (every part one polyline, tagged with its feature);
* points -> (n_parts, 2) with the feature index of each part.

ISO WKB (type codes 1000/2000/3000 + base type, as QGIS writes) and EWKB flags (PostGIS) are
both read. Curved geometries must be segmentized before (QGIS: ``geom.constGet().segmentize()``).
"""
from __future__ import annotations

import struct
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from ..common.errors import UrbanPlanError
from .rasterize import PolygonSet, group_index

if TYPE_CHECKING:
    from ..network.build import LineSet

_POINT, _LINE, _POLY, _MPOINT, _MLINE, _MPOLY, _COLL = 1, 2, 3, 4, 5, 6, 7


_U32 = {"<": struct.Struct("<I"), ">": struct.Struct(">I")}
_XY = {"<": struct.Struct("<dd"), ">": struct.Struct(">dd")}


def _header(buf, pos):
    """(endian char, base type, dims, new pos)."""
    end = "<" if buf[pos] == 1 else ">"
    (code,) = _U32[end].unpack_from(buf, pos + 1)
    pos += 5
    dims = 2
    if code & 0x20000000:  # EWKB SRID
        pos += 4
    if code & 0xE0000000:
        has_z = bool(code & 0x80000000)
        has_m = bool(code & 0x40000000)
        base = code & 0x0FFFFFFF
        dims = 2 + has_z + has_m
    else:
        base = code % 1000
        flavour = code // 1000
        dims = {0: 2, 1: 3, 2: 3, 3: 4}.get(flavour, 2)
    return end, base, dims, pos


class _Collector:
    """Walks WKB headers in Python but copies no coordinate: it records where each ring, line
    or point's coordinates start in one concatenated buffer, and :meth:`coords` gathers them
    all at once with numpy."""

    def __init__(self):
        self.items = {"ring": ([], [], [], [], []), "line": ([], [], [], [], []),
                      "point": ([], [], [], [], [])}
        self.batches = {}  # kind -> (offsets, counts, dims, owners) read vectorised
        self.base = 0

    def _add(self, kind, pos, n, dims, end, owner):
        off, cnt, dim, big, own = self.items[kind]
        off.append(self.base + pos)
        cnt.append(n)
        dim.append(dims)
        big.append(end == ">")
        own.append(owner)

    def read(self, buf, pos, owner):
        end, base, dims, pos = _header(buf, pos)
        u32 = _U32[end].unpack_from
        if base == _POLY:
            (nr,) = u32(buf, pos)
            pos += 4
            for _ in range(nr):
                (n,) = u32(buf, pos)
                if n >= 3:
                    self._add("ring", pos + 4, n, dims, end, owner)
                pos += 4 + 8 * dims * n
            return pos
        if base == _POINT:
            x, y = _XY[end].unpack_from(buf, pos)
            if x == x and y == y:  # an empty point is written as NaN NaN
                self._add("point", pos, 1, dims, end, owner)
            return pos + 8 * dims
        if base == _LINE:
            (n,) = u32(buf, pos)
            if n:
                self._add("line", pos + 4, n, dims, end, owner)
            return pos + 4 + 8 * dims * n
        if base in (_MPOINT, _MLINE, _MPOLY, _COLL):
            (n,) = u32(buf, pos)
            pos += 4
            for _ in range(n):
                pos = self.read(buf, pos, owner)
            return pos
        raise UrbanPlanError(
            "Geometry type {base} is not supported here (curved or 3-D solid geometry). "
            "Convert the layer to plain points, lines or polygons first (Vector > Geometry "
            "tools, or 'Segmentize' for curves).", base=base)

    def coords(self, kind, buf):
        """(xy (V, 2), counts (k,), owners (k,)) of every recorded item of ``kind``."""
        off, cnt, dim, big, own = (np.asarray(v) for v in self.items[kind])
        off, cnt, dim = (a.astype(np.int64) for a in (off, cnt, dim))
        big, own = big.astype(bool), own.astype(np.int64)
        if kind in self.batches:  # merge the vectorised items, then order by feature
            b_off, b_cnt, b_dim, b_own = self.batches[kind]
            off = np.concatenate([b_off, off])
            cnt = np.concatenate([b_cnt, cnt])
            dim = np.concatenate([b_dim, dim])
            big = np.concatenate([np.zeros(len(b_off), dtype=bool), big])
            own = np.concatenate([b_own, own])
            order = np.argsort(own, kind="stable")
            off, cnt, dim, big, own = off[order], cnt[order], dim[order], big[order], own[order]
        if len(off) == 0:
            e = np.empty(0, dtype=np.int64)
            return np.empty((0, 2)), e, e
        # every vertex of an item shares its byte alignment and byte order: the items are
        # grouped by (order, alignment) so each group is read through one typed view
        cls = (off % 8) + 8 * big
        iorder = np.argsort(cls, kind="stable")
        cnt_o = cnt[iorder]
        item = group_index(cnt_o)
        k = np.arange(len(item), dtype=np.int64) - np.repeat(np.cumsum(cnt_o) - cnt_o, cnt_o)
        xo = off[iorder][item] + 8 * dim[iorder][item] * k  # byte offset of x; y at + 8
        dest = (np.cumsum(cnt) - cnt)[iorder][item] + k      # the vertex's place in the output
        xy = np.empty((len(xo), 2))
        per_cls = np.bincount(cls, weights=cnt, minlength=16).astype(np.int64)
        end = np.cumsum(per_cls)
        for c in np.flatnonzero(per_cls).tolist():
            a, order = c % 8, (">f8" if c >= 8 else "<f8")
            s0, s1 = end[c] - per_cls[c], end[c]
            view = np.frombuffer(buf, dtype=order, offset=a, count=(len(buf) - a) // 8)
            j = (xo[s0:s1] - a) // 8
            xy[dest[s0:s1], 0] = view[j]
            xy[dest[s0:s1], 1] = view[j + 1]
        return xy, cnt, own


def _u32le(u8, pos):
    """Little-endian uint32 at byte positions ``pos`` of a uint8 array."""
    b = u8[pos[:, None] + np.arange(4)]
    return np.ascontiguousarray(b).view("<u4").reshape(-1).astype(np.int64)


_SIMPLE = {  # base type -> (item kind, multi base type of its single part)
    _POLY: ("ring", _MPOLY), _LINE: ("line", _MLINE), _POINT: ("point", _MPOINT)}


def _simple_items(u8, starts, lens):
    """Vectorised reading of the common simple geometries (little-endian ISO WKB; a polygon
    with one ring, a line, a point, or a multi-geometry holding exactly one of these). Returns
    {kind: (feature positions, coordinate byte offsets, vertex counts, dims)}; every other
    geometry is left to the Python walker."""
    out = {}
    n = len(starts)
    if n == 0:
        return out
    ok = lens >= 9
    idx = np.flatnonzero(ok)
    if len(idx) == 0:
        return out
    st, ln = starts[idx], lens[idx]
    little = u8[st] == 1
    code = _u32le(u8, st + 1)
    iso = (code < 4000) & little
    base, dims = code % 1000, 2 + ((code // 1000) > 0) + ((code // 1000) == 3)
    for single, (kind, multi) in _SIMPLE.items():
        # single geometry
        m = iso & (base == single)
        # one-part multi geometry: its part header sits 9 bytes in
        mm = iso & (base == multi) & (ln >= 18)
        found = []
        for sel, head in ((m, 5), (mm, 14)):
            j = np.flatnonzero(sel)
            if len(j) == 0:
                continue
            s0 = st[j]
            if head == 14:
                parts = _u32le(u8, s0 + 5)
                pcode = _u32le(u8, s0 + 10)
                keep = (parts == 1) & (u8[s0 + 9] == 1) & (pcode == code[j] - multi + single)
                j, s0 = j[keep], s0[keep]
                if len(j) == 0:
                    continue
            d = dims[j]
            if kind == "ring":
                rings = _u32le(u8, s0 + head)
                keep = rings == 1
                j, s0, d = j[keep], s0[keep], d[keep]
                cnt = _u32le(u8, s0 + head + 4)
                off = s0 + head + 8
            elif kind == "line":
                cnt = _u32le(u8, s0 + head)
                off = s0 + head + 4
            else:
                cnt = np.ones(len(j), dtype=np.int64)
                off = s0 + head
            good = (off + 8 * d * cnt == st[j] + ln[j]) & (cnt >= (3 if kind == "ring" else 1))
            found.append((idx[j[good]], off[good], cnt[good], d[good]))
        if found:
            out[kind] = tuple(np.concatenate([f[k] for f in found]) for k in range(4))
    return out


def _collect(wkbs):
    types = set(map(type, wkbs))
    if types and types <= {bytes, type(None)}:     # a bulk read: no loop in Python
        if type(None) in types:
            lens = np.fromiter(map(len, [w or b"" for w in wkbs]), dtype=np.int64,
                               count=len(wkbs))
        else:
            lens = np.fromiter(map(len, wkbs), dtype=np.int64, count=len(wkbs))
        owners = np.flatnonzero(lens > 0)
        parts = wkbs if len(owners) == len(wkbs) else [wkbs[i] for i in owners.tolist()]
        lens = lens[owners]
    else:
        parts, owners = [], []
        for i, wkb in enumerate(wkbs):
            if wkb is None or len(wkb) == 0:
                continue
            parts.append(wkb if isinstance(wkb, bytes) else bytes(wkb))  # QByteArray (QGIS)
            owners.append(i)
        lens = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
        owners = np.asarray(owners, dtype=np.int64)
    buf = b"".join(parts)
    starts = np.cumsum(lens) - lens
    col = _Collector()
    col.layout = (buf, starts, lens, owners, len(wkbs))
    handled = np.zeros(len(parts), dtype=bool)
    for kind, (pos, off, cnt, dims) in _simple_items(np.frombuffer(buf, dtype=np.uint8),
                                                     starts, lens).items():
        handled[pos] = True
        col.batches[kind] = (off, cnt, dims, owners[pos])
    for j in np.flatnonzero(~handled).tolist():
        col.base = int(starts[j])
        col.read(parts[j], 0, int(owners[j]))
    return col, buf


def polygons_from_wkb(wkbs: Iterable[bytes | None], layout=False) -> PolygonSet:
    """A PolygonSet from a sequence of WKB (None/empty entries give polygons without rings).
    ``layout=True``: (PolygonSet, layout), the layout being the concatenated WKB for
    ``core.geometry.validity.single_part_types`` (no second copy)."""
    wkbs = list(wkbs)
    col, buf = _collect(wkbs)
    xy, cnt, own = col.coords("ring", buf)
    offsets = np.zeros(len(cnt) + 1, dtype=np.int64)
    np.cumsum(cnt, out=offsets[1:])
    out = PolygonSet(np.ascontiguousarray(xy), offsets, own, len(wkbs))
    return (out, col.layout) if layout else out


def lines_from_wkb(wkbs: Iterable[bytes | None], layout=False) -> tuple[LineSet, int]:
    """(LineSet, n_features): every line part of every feature (polygon rings are not lines);
    ``layout``: see :func:`polygons_from_wkb` (then ((LineSet, n), layout))."""
    from ..network.build import LineSet
    wkbs = list(wkbs)
    col, buf = _collect(wkbs)
    xy, cnt, own = col.coords("line", buf)
    offsets = np.zeros(len(cnt) + 1, dtype=np.int64)
    np.cumsum(cnt, out=offsets[1:])
    out = LineSet(xy, offsets, own), len(wkbs)
    return (out, col.layout) if layout else out


def points_from_wkb(wkbs: Iterable[bytes | None], layout=False) -> tuple[np.ndarray, np.ndarray]:
    """(xy (k, 2), owner (k,)): every point part of every feature; ``layout``: see
    :func:`polygons_from_wkb`."""
    wkbs = list(wkbs)
    col, buf = _collect(wkbs)
    xy, _cnt, own = col.coords("point", buf)
    ok = np.isfinite(xy).all(axis=1)  # an empty point is NaN NaN
    out = xy[ok].astype(np.float64), own[ok]
    return (out, col.layout) if layout else out


def _pieces(kind, parsed):
    """(xy, offsets, owner, n) of a parsed set of ``kind``; see :func:`replace_features`."""
    if kind == "polygon":
        return parsed.xy, parsed.ring_offsets, parsed.ring_owner, parsed.n
    if kind == "line":
        lines, n = parsed
        return lines.coords, lines.offsets, lines.source, n
    xy, owner = parsed
    return xy, np.arange(len(xy) + 1, dtype=np.int64), owner, None


def replace_features(kind, parsed, features, wkbs, n=None):
    """A parsed set (as :func:`polygons_from_wkb` for "polygon", (LineSet, n) from
    :func:`lines_from_wkb` for "line", (xy, owner) from :func:`points_from_wkb` for "point")
    with the features ``features`` (indices) given by ``wkbs`` instead (None: no geometry).
    Pieces stay in feature order (a feature's own pieces in their order)."""
    features = np.asarray(features, dtype=np.int64)
    xy, offsets, owner, total = _pieces(kind, parsed)
    if len(features) == 0:
        return parsed
    new = {"polygon": polygons_from_wkb, "line": lambda w: lines_from_wkb(w),
           "point": points_from_wkb}[kind](list(wkbs))
    nxy, noff, nown, _ = _pieces(kind, new)
    nown = features[nown]
    drop = np.isin(owner, features)
    keep_piece = ~drop
    counts = np.diff(offsets)
    keep_vert = np.repeat(keep_piece, counts)
    all_counts = np.concatenate([counts[keep_piece], np.diff(noff)])
    all_owner = np.concatenate([owner[keep_piece], nown])
    all_xy = np.concatenate([xy[keep_vert], nxy]).reshape(-1, 2)
    piece_of_vertex = np.repeat(np.arange(len(all_counts)), all_counts)
    order = np.argsort(all_owner, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    vorder = np.argsort(rank[piece_of_vertex], kind="stable")
    xy_out = all_xy[vorder]
    counts_out = all_counts[order]
    owner_out = all_owner[order]
    off = np.zeros(len(counts_out) + 1, dtype=np.int64)
    np.cumsum(counts_out, out=off[1:])
    if kind == "polygon":
        return PolygonSet(np.ascontiguousarray(xy_out), off, owner_out, total)
    if kind == "line":
        from ..network.build import LineSet
        return LineSet(xy_out, off, owner_out), n if n is not None else parsed[1]
    return xy_out, owner_out
