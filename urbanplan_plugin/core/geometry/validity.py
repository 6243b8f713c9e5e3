"""Geometries proven valid in bulk, so only the others need GEOS one at a time.

The readers repair invalid polygons (GEOS ``isValid``, then ``makeValid``) before use: one GEOS
call per feature, a few seconds for a million buildings. Most inputs are simple shapes whose
validity numpy can prove for all of them at once; this module gives, per feature, True only when
GEOS's validity test (OGC Simple Features, as GEOS's ``IsValidOp``) is certain to pass:

* a single point with finite coordinates;
* a single line string with finite coordinates and two different consecutive vertices;
* a polygon with one ring (no hole, one part) that is closed (first vertex == last), has
  finite coordinates, at least three edges, no zero-length edge, no two consecutive edges on
  one line, and no two non-adjacent edges that meet or come within floating-point doubt of
  meeting (a simple ring; at most :data:`MAX_EDGES` edges, tested pair by pair).

Everything else is "not proven" (False) and goes to GEOS as before: a False is never a claim
that the geometry is invalid. Orientations are decided only with a margin (a sine of 1e-9)
far above the rounding error of the cross products (the differences of nearby coordinates are
exact, Sterbenz's lemma), so a proof never rests on a sign floating point could get wrong.
"""
import numpy as np

MAX_EDGES = 16
"""Rings with more edges are left to GEOS (the pair test grows with the square)."""

_MARGIN = 1e-9
"""An orientation counts only when |cross| > _MARGIN * |u| * |v| (the sine of the angle)."""

POINT, LINE, RING = 1, 2, 3


def single_part_types(wkbs=None, layout=None):
    """Per WKB (None allowed): 1 for a point, 2 for a line string, 3 for a polygon with one
    ring (little-endian ISO or plain WKB, with or without Z/M), 0 for anything else
    (multi-geometries, holes, big-endian, EWKB, empty, None). ``layout``: the concatenated
    WKB a ``core.geometry.wkb`` reader made (``layout=True``), instead of ``wkbs``."""
    if layout is None:
        from .wkb import _collect
        layout = _collect(list(wkbs))[0].layout
    raw, starts, lens, owners, n = layout
    out = np.zeros(n, dtype=np.int8)
    ok = np.flatnonzero(lens >= 21)
    if len(ok) == 0:
        return out
    buf = np.frombuffer(raw, dtype=np.uint8)
    ln = lens[ok]
    st = starts[ok]

    def u32(pos):
        b = buf[pos[:, None] + np.arange(4)]
        return np.ascontiguousarray(b).view("<u4").reshape(-1).astype(np.int64)

    little = buf[st] == 1
    code = u32(st + 1)
    base = code % 1000
    dims = 2 + ((code // 1000) > 0) + ((code // 1000) == 3)
    plain = little & (code < 4000)
    t = np.zeros(len(ok), dtype=np.int8)
    t[plain & (base == 1) & (ln == 5 + 8 * dims)] = POINT
    line = plain & (base == 2)
    if line.any():
        j = np.flatnonzero(line)
        cnt = u32(st[j] + 5)
        t[j[ln[j] == 9 + 8 * dims[j] * cnt]] = LINE
    poly = plain & (base == 3)
    if poly.any():
        j = np.flatnonzero(poly)
        rings = u32(st[j] + 5)
        j = j[rings == 1]
        cnt = u32(st[j] + 9)
        t[j[ln[j] == 13 + 8 * dims[j] * cnt]] = RING
    out[owners[ok]] = t
    return out


def valid_points(xy):
    """(k, 2) points: True where both coordinates are finite."""
    return np.isfinite(xy).all(axis=1)


def valid_lines(xy, offsets, lines):
    """True per line ``lines[i]`` (index into ``offsets``) with finite vertices and two
    different consecutive vertices."""
    lines = np.asarray(lines, dtype=np.int64)
    out = np.zeros(len(lines), dtype=bool)
    if len(lines) == 0:
        return out
    start, end = offsets[lines], offsets[lines + 1]
    cnt = end - start
    good = cnt >= 2
    finite = np.isfinite(xy).all(axis=1)
    # per line: all vertices finite, and some step of non-zero length
    idx = np.flatnonzero(good)
    if len(idx) == 0:
        return out
    counts = cnt[idx]
    owner = np.repeat(np.arange(len(idx)), counts)
    vert = np.concatenate([np.arange(s, e) for s, e in zip(start[idx], end[idx])]) \
        if len(idx) < 64 else _ranges(start[idx], counts)
    bad = np.zeros(len(idx), dtype=bool)
    np.logical_or.at(bad, owner, ~finite[vert])
    step = np.zeros(len(idx), dtype=bool)
    moved = np.any(xy[vert[1:]] != xy[vert[:-1]], axis=1)
    same_line = owner[1:] == owner[:-1]
    np.logical_or.at(step, owner[1:][same_line], moved[same_line])
    out[idx] = ~bad & step
    return out


def _ranges(starts, counts):
    """Concatenated aranges start..start+count (vectorised)."""
    total = int(counts.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    first = np.cumsum(counts) - counts
    return np.arange(total, dtype=np.int64) - np.repeat(first - starts, counts)


def simple_rings(xy, offsets, rings):
    """True per ring ``rings[i]`` (index into ``offsets``) proven to be a simple closed ring:
    a polygon of it alone is valid (see the module help)."""
    rings = np.asarray(rings, dtype=np.int64)
    out = np.zeros(len(rings), dtype=bool)
    if len(rings) == 0:
        return out
    cnt = offsets[rings + 1] - offsets[rings]
    for m in np.unique(cnt).tolist():
        edges = m - 1
        if edges < 3 or edges > MAX_EDGES:
            continue
        sel = np.flatnonzero(cnt == m)
        start = offsets[rings[sel]]
        pts = xy[start[:, None] + np.arange(m)]          # (k, m, 2)
        out[sel] = _simple(pts)
    return out


def _simple(pts):
    """(k, m, 2) closed rings -> proven simple (bool per ring)."""
    e = pts.shape[1] - 1
    ok = np.isfinite(pts).all(axis=(1, 2)) & (pts[:, 0] == pts[:, -1]).all(axis=1)
    with np.errstate(invalid="ignore", over="ignore"):
        a = pts[:, :-1]                                   # edge i: a[i] -> a[i] + d[i]
        d = pts[:, 1:] - a
        length = np.hypot(d[..., 0], d[..., 1])
        ok &= (length > 0).all(axis=1)
        # consecutive edges (cyclic) must turn: not on one line
        d_next = np.roll(d, -1, axis=1)
        turn = d[..., 0] * d_next[..., 1] - d[..., 1] * d_next[..., 0]
        margin = _MARGIN * length * np.roll(length, -1, axis=1)
        left, right = turn > margin, turn < -margin
        ok &= (left | right).all(axis=1)
        # convex: every turn the same way and the edges' direction turns once round (its y
        # sign changes twice, an edge along x taking the sign of the next edge): simple
        convex = ok & (left.all(axis=1) | right.all(axis=1))
        sy = np.sign(d[..., 1])
        sy = np.where(sy == 0, np.roll(sy, -1, axis=1), sy)
        convex &= (sy != np.roll(sy, -1, axis=1)).sum(axis=1) == 2
        # other rings: non-adjacent edges (i, j), j >= i + 2, not the pair joined by the
        # closing vertex, must be apart
        rest = np.flatnonzero(ok & ~convex)
        ii, jj = np.triu_indices(e, 2)
        keep = ~((ii == 0) & (jj == e - 1))
        ii, jj = ii[keep], jj[keep]
        if len(rest) and len(ii):
            b = a + d
            ar, br = a[rest], b[rest]
            ok[rest] = _apart(ar[:, ii], br[:, ii], ar[:, jj], br[:, jj]).all(axis=1)
    return ok


def _apart(p1, p2, q1, q2):
    """Segments p1p2 and q1q2 (arrays of (..., 2)) proven not to meet."""
    # separated bounding boxes
    box = ((np.maximum(p1[..., 0], p2[..., 0]) < np.minimum(q1[..., 0], q2[..., 0]))
           | (np.maximum(q1[..., 0], q2[..., 0]) < np.minimum(p1[..., 0], p2[..., 0]))
           | (np.maximum(p1[..., 1], p2[..., 1]) < np.minimum(q1[..., 1], q2[..., 1]))
           | (np.maximum(q1[..., 1], q2[..., 1]) < np.minimum(p1[..., 1], p2[..., 1])))
    return box | _one_side(p1, p2, q1, q2) | _one_side(q1, q2, p1, p2)


def _one_side(a, b, c, d):
    """Both c and d strictly on one side of the line through a, b (with the margin)."""
    u = b - a
    v1, v2 = c - a, d - a
    lu = np.hypot(u[..., 0], u[..., 1])
    o1 = u[..., 0] * v1[..., 1] - u[..., 1] * v1[..., 0]
    o2 = u[..., 0] * v2[..., 1] - u[..., 1] * v2[..., 0]
    t1 = _MARGIN * lu * np.hypot(v1[..., 0], v1[..., 1])
    t2 = _MARGIN * lu * np.hypot(v2[..., 0], v2[..., 1])
    return ((o1 > t1) & (o2 > t2)) | ((o1 < -t1) & (o2 < -t2))
