"""The compiled kernels of :mod:`.netkernel` (numba; imported only through it, so that a
Python without numba never imports this module). Module-level functions, so numba's cache
(beside this file, or in the user's cache when the folder is read-only) holds them across
runs."""
import math

import numpy as np
from numba import njit

BIG = np.iinfo(np.int64).max
OPTS = {"cache": True, "nogil": True, "fastmath": False}
NEAREST_SIGS = [f"void(f8[::1], f8[::1], f8[::1], f8[::1], {i}[::1], {i}[::1], f8, f8, f8, i8, "
                f"i8, f8, i8, f8[::1], i8[::1], b1[::1])" for i in ("i4", "i8")]


@njit(**OPTS)
def project(x, y, flat, v):
    """(t, sx, sy, wx, wy) of the point on the segment starting at vertex ``v``: its
    parameter along the segment clamped to 0..1, the segment's vector, the vector from the
    segment's start to the point; the formula of snap._project, operation by operation."""
    i = 2 * v
    ax = flat[i]
    ay = flat[i + 1]
    sx = flat[i + 2] - ax
    sy = flat[i + 3] - ay
    wx = x - ax
    wy = y - ay
    den = sx * sx
    den += sy * sy
    t = wx * sx
    t += wy * sy
    if den < 1e-300:
        den = 1e-300
    t /= den
    if t < 0.0:
        t = 0.0
    if t > 1.0:
        t = 1.0
    return t, sx, sy, wx, wy


@njit(**OPTS)
def scan(x, y, flat, cell_vert, lo, hi, b, bv):
    """Lexicographic minimum (squared distance, vertex) over the entries lo..hi of one
    cell."""
    for e in range(lo, hi):
        v = np.int64(cell_vert[e])
        t, dx, dy, wx, wy = project(x, y, flat, v)
        dx = dx * t - wx
        dy = dy * t - wy
        d2 = dx * dx
        d2 += dy * dy
        if d2 < b or (d2 == b and v < bv):
            b = d2
            bv = v
    return b, bv


@njit(**OPTS)
def nearest_one(x, y, cap, flat, cell_start, cell_vert, x0, y0, inv, nx, ny, eps, rings):
    """(squared distance, first vertex, still open) of the nearest indexed segment to one
    point, searched as EdgeIndex._nearest_block does: its own cell, then ring after ring
    until the square of half-side d (d: the best distance so far, at most ``cap``) lies in
    the cells searched; open when unproven after ``rings`` rings (the caller answers it
    with its far-point search). Beyond ``cap``: (inf, BIG)."""
    fnx = float(nx)
    fny = float(ny)
    fx = (x - x0) * inv
    fy = (y - y0) * inv
    cx = min(max(np.floor(fx), -1.0), fnx)
    cy = min(max(np.floor(fy), -1.0), fny)
    b = np.inf
    bv = BIG
    if cx >= 0.0 and cx < fnx and cy >= 0.0 and cy < fny:
        c = np.int64(cy) * nx + np.int64(cx)
        b, bv = scan(x, y, flat, cell_vert, np.int64(cell_start[c]),
                     np.int64(cell_start[c + 1]), b, bv)
    r = 0
    still = False
    while True:
        radius = math.sqrt(b)
        if cap < radius:
            radius = cap
        reach = (radius + eps) * inv
        lox = max(np.floor(fx - reach), 0.0)
        hix = min(np.floor(fx + reach), fnx - 1.0)
        loy = max(np.floor(fy - reach), 0.0)
        hiy = min(np.floor(fy + reach), fny - 1.0)
        if (lox > hix or loy > hiy or (lox >= cx - r and hix <= cx + r
                                       and loy >= cy - r and hiy <= cy + r)):
            break
        if r == rings:
            still = True
            break
        r += 1
        y_lo = max(cy - r, loy)
        y_hi = min(cy + r, hiy)
        x_lo = max(cx - r, lox)
        x_hi = min(cx + r, hix)
        yy = y_lo
        while yy <= y_hi:
            edge_row = yy == cy - r or yy == cy + r
            xx = x_lo
            while xx <= x_hi:
                if edge_row or xx == cx - r or xx == cx + r:
                    c = np.int64(yy) * nx + np.int64(xx)
                    b, bv = scan(x, y, flat, cell_vert, np.int64(cell_start[c]),
                                 np.int64(cell_start[c + 1]), b, bv)
                    xx += 1.0
                else:
                    xx = cx + r     # jump over the ring's inside
            yy += 1.0
    if b > cap * cap:
        b = np.inf
        bv = BIG
    return b, bv, still


@njit(**OPTS)
def place_one(x, y, v, flat, vslot, vstart, vend, edge_ids, edge_length):
    """(edge, metres along it scaled to its stored length, metres left to its to-node,
    snapped x, y) for a point whose nearest segment starts at vertex ``v``, as EdgeIndex.snap
    computes them in numpy."""
    t, sx, sy, _wx, _wy = project(x, y, flat, v)
    j = np.int64(vslot[v])
    e = j if edge_ids.shape[0] == 0 else edge_ids[j]
    own = math.hypot(sx, sy)
    pre = 0.0
    geo = own
    vs = vstart[j]
    ve = vend[j]
    if ve - vs > 1:
        geo = 0.0
        for k in range(vs, ve):
            seg = math.hypot(flat[2 * k + 2] - flat[2 * k], flat[2 * k + 3] - flat[2 * k + 1])
            geo += seg
            if k < v:
                pre += seg
    along = pre + t * own
    length = edge_length[e]
    scale = length / geo if geo > 0 else 1.0
    off = along * scale
    if off > length:
        off = length
    rest = length - off
    return e, off, (rest if rest > 0.0 else 0.0), flat[2 * v] + t * sx, flat[2 * v + 1] + t * sy


@njit(NEAREST_SIGS, **OPTS)
def nearest(px, py, cap, flat, cell_start, cell_vert, x0, y0, h, nx, ny, eps, rings,
            best, bvert, open_):
    """:func:`nearest_one` for every point (``cap``: one value per point)."""
    inv = 1.0 / h
    for p in range(px.shape[0]):
        best[p], bvert[p], open_[p] = nearest_one(px[p], py[p], cap[p], flat, cell_start,
                                                  cell_vert, x0, y0, inv, nx, ny, eps, rings)


PLACE_SIGS = [f"void(f8[::1], f8[::1], f8[::1], i8[::1], i8[::1], f8, f8[::1], {i}[::1], "
              f"i8[::1], i8[::1], i8[::1], f8[::1], i8[::1], f8[::1], f8[::1], f8[::1], "
              f"f8[:, ::1])" for i in ("i4", "i8")]


@njit(PLACE_SIGS, **OPTS)
def place(px, py, d2, vert, rows, max_distance, flat, vslot, vstart, vend, edge_ids,
          edge_length, edge, offset, to_to, dist, xy):
    """Where each point meets its nearest segment (``vert``, squared distance ``d2``):
    the straight-line distance, and within ``max_distance`` :func:`place_one`; point p's
    answers go to row ``rows[p]`` of the outputs (the other rows are left as they are)."""
    for p in range(px.shape[0]):
        d = math.sqrt(d2[p])
        r = rows[p]
        dist[r] = d
        if not d <= max_distance:
            continue
        edge[r], offset[r], to_to[r], xy[r, 0], xy[r, 1] = place_one(
            px[p], py[p], vert[p], flat, vslot, vstart, vend, edge_ids, edge_length)


BLOCK_SHIFT = 3
"""Blocks of 8 x 8 grid cells: the order in which points are snapped."""


@njit(**OPTS)
def block_order(pts, x0, y0, inv, nx, ny):
    """The rows of ``pts`` with finite coordinates, grouped by block of grid cells (a
    counting sort; rows in their order within a block)."""
    n = pts.shape[0]
    bnx = (nx >> BLOCK_SHIFT) + 1
    bny = (ny >> BLOCK_SHIFT) + 1
    start = np.zeros(bnx * bny + 1, dtype=np.int64)
    key = np.empty(n, dtype=np.int64)
    for p in range(n):
        x = pts[p, 0]
        y = pts[p, 1]
        if not (np.isfinite(x) and np.isfinite(y)):
            key[p] = -1
            continue
        cx = min(max((x - x0) * inv, 0.0), nx - 1.0)
        cy = min(max((y - y0) * inv, 0.0), ny - 1.0)
        k = (np.int64(cy) >> BLOCK_SHIFT) * bnx + (np.int64(cx) >> BLOCK_SHIFT)
        key[p] = k
        start[k + 1] += 1
    for k in range(bnx * bny):
        start[k + 1] += start[k]
    order = np.empty(start[bnx * bny], dtype=np.int64)
    for p in range(n):
        k = key[p]
        if k >= 0:
            order[start[k]] = p
            start[k] += 1
    return order


SNAP_SIGS = [f"void(f8[:, ::1], f8, f8[::1], {i}[::1], {i}[::1], f8, f8, f8, i8, i8, f8, i8, "
             f"{i}[::1], i8[::1], i8[::1], i8[::1], f8[::1], i8[::1], f8[::1], f8[::1], "
             f"f8[::1], f8[:, ::1], b1[::1])" for i in ("i4", "i8")]


@njit(SNAP_SIGS, **OPTS)
def snap_points(pts, max_distance, flat, cell_start, cell_vert, x0, y0, h, nx, ny, eps,
                rings, vslot, vstart, vend, edge_ids, edge_length, edge, offset, to_to, dist,
                xy, open_):
    """EdgeIndex.snap for every point with finite coordinates in one pass (no arrays in
    between): :func:`nearest_one` then :func:`place_one` within ``max_distance``. Points
    left open by the grid search are only marked (``open_``), for the caller's far-point
    search; rows without coordinates are left as they are. The points are visited block
    of cells by block of cells (:func:`block_order`), so the streets they are compared
    with stay in the CPU cache; each one's answer is its own whatever the order."""
    inv = 1.0 / h
    order = block_order(pts, x0, y0, inv, nx, ny)
    for q in range(order.shape[0]):
        p = order[q]
        x = pts[p, 0]
        y = pts[p, 1]
        b, v, still = nearest_one(x, y, np.inf, flat, cell_start, cell_vert, x0, y0, inv, nx,
                                  ny, eps, rings)
        if still:
            open_[p] = True
            continue
        d = math.sqrt(b)
        dist[p] = d
        if not d <= max_distance:
            continue
        edge[p], offset[p], to_to[p], xy[p, 0], xy[p, 1] = place_one(
            x, y, v, flat, vslot, vstart, vend, edge_ids, edge_length)


@njit(**OPTS)
def quantiles_by_group(codes, values, weights, n_groups, qs, out, key):
    """fifteenminutecity._grouped_quantiles compiled: per group and q, the smallest value
    whose group weight at or below it reaches q of the group's total (NaN without weight).
    Three passes: totals and range, a weight histogram of 1 024 buckets per group, then
    only the values of the bucket holding each quantile, sorted. ``key``: scratch, one
    integer per value."""
    n = values.shape[0]
    nq = qs.shape[0]
    tot = np.zeros(n_groups)
    lo = np.inf
    hi = -np.inf
    one = 0.0           # one group (the whole area): its total in a register
    for i in range(n):
        v = values[i]
        w = weights[i]
        if np.isfinite(v) and w > 0:
            if n_groups == 1:
                one += w
            else:
                tot[codes[i]] += w
            lo = min(lo, v)
            hi = max(hi, v)
    if n_groups == 1:
        tot[0] = one
    out[:, :] = np.nan
    if not lo <= hi:
        return
    nb = 1024 if hi > lo else 1
    scale = nb / (hi - lo) if nb > 1 else 0.0
    hist = np.zeros(n_groups * nb)
    count = np.zeros(n_groups * nb, dtype=np.int64)
    for i in range(n):                       # key: group * nb + bucket, -1 when left out
        v = values[i]
        if np.isfinite(v) and weights[i] > 0:
            kk = codes[i] * nb + min(np.int64((v - lo) * scale), nb - 1)
            key[i] = kk
            hist[kk] += weights[i]
            count[kk] += 1
        else:
            key[i] = -1
    # the bucket holding each (q, group) and the weight below it
    pick = np.full((nq, n_groups), -1, dtype=np.int64)
    below = np.zeros((nq, n_groups))
    target = np.zeros((nq, n_groups))
    wanted = np.zeros(n_groups * nb, dtype=np.bool_)
    for g in range(n_groups):
        if not tot[g] > 0:
            continue
        for k in range(nq):
            t = qs[k] * tot[g] - 1e-9 * max(tot[g], 1.0)
            run = 0.0
            b = nb - 1
            prev = 0.0
            for bb in range(nb):
                prev = run
                run += hist[g * nb + bb]
                if run >= t:
                    b = bb
                    break
            pick[k, g] = b
            below[k, g] = prev
            target[k, g] = t
            wanted[g * nb + b] = True
    # the values of the picked buckets, sorted by (bucket, value), ties in data order
    m = 0
    for kk in range(n_groups * nb):
        if wanted[kk]:
            m += count[kk]
    sk = np.empty(m, dtype=np.int64)
    sv = np.empty(m)
    sw = np.empty(m)
    m = 0
    for i in range(n):
        if key[i] >= 0 and wanted[key[i]]:
            sk[m] = key[i]
            sv[m] = values[i]
            sw[m] = weights[i]
            m += 1
    order = np.argsort(sv, kind="mergesort")
    order = order[np.argsort(sk[order], kind="mergesort")]
    sk = sk[order]
    sv = sv[order]
    sw = sw[order]
    for g in range(n_groups):
        for k in range(nq):
            b = pick[k, g]
            if b < 0:
                continue
            kk = g * nb + b
            first = np.searchsorted(sk, kk)
            last = np.searchsorted(sk, kk, side="right")
            if last == first:
                continue
            need = target[k, g] - below[k, g]
            run = 0.0
            j = last - 1
            for mm in range(first, last):
                run += sw[mm]
                if run >= need:
                    j = mm
                    break
            out[k, g] = sv[j]


QUANTILE_SIGS = ["void(i8[::1], f8[::1], f8[::1], i8, f8[::1], f8[:, ::1])"]


@njit(QUANTILE_SIGS, **OPTS)
def grouped_quantiles(codes, values, weights, n_groups, qs, out):
    """:func:`quantiles_by_group` with its own signature (called from Python)."""
    quantiles_by_group(codes, values, weights, n_groups, qs, out,
                       np.empty(values.shape[0], dtype=np.int64))


NEAREST_ORIGIN_SIGS = [f"void(f8[::1], i8[::1], f8[::1], {i}[::1], {i}[::1], f8[::1], "
                       f"f8[::1], f8[::1], i8[::1], f8[::1], f8[::1], f8, f8[::1], u1[::1])"
                       for i in ("i4", "i8")]


@njit(NEAREST_ORIGIN_SIGS, **OPTS)
def origin_distances(node_dist, o_edge, o_offset, edge_from, edge_to, edge_length, weights,
                     start, t_edge, t_offset, scale, limit, out, mark):
    """search.SearchGraph.nearest for plain (direction-free) costs, compiled: per snapped
    origin (``o_edge`` >= 0) the cheaper way through either end of its edge (the partial
    costs of search.links_to_points), or along the edge itself to a target on it (targets
    sorted by edge, then offset; positions on one line, ``start[e]`` + offset, as
    search._same_edge_distance computes them); NaN beyond ``limit``, unreachable or off the
    network. ``mark``: one zero byte per edge (scratch, left zero)."""
    nt = t_edge.shape[0]
    for m in range(nt):
        mark[t_edge[m]] = 1
    for i in range(o_edge.shape[0]):
        e = o_edge[i]
        if e < 0:
            out[i] = np.nan
            continue
        length = edge_length[e]
        frac = o_offset[i] / length if length > 0 else 0.0
        if frac < 0.0:
            frac = 0.0
        if frac > 1.0:
            frac = 1.0
        w = weights[e]
        d = node_dist[edge_from[e]] + frac * w
        via = node_dist[edge_to[e]] + (1.0 - frac) * w
        if via < d:
            d = via
        if mark[e]:
            lo = 0
            hi = nt
            while lo < hi:                  # the first target on an edge >= e
                mid = (lo + hi) >> 1
                if t_edge[mid] < e:
                    lo = mid + 1
                else:
                    hi = mid
            op = start[e] + o_offset[i]
            m = lo
            while m < nt and t_edge[m] == e:
                s = abs((start[e] + t_offset[m]) - op) * scale[e]
                if not d <= s:
                    d = s
                m += 1
        if d <= limit and d < np.inf:
            out[i] = d
        else:
            out[i] = np.nan
    for m in range(nt):
        mark[t_edge[m]] = 0


SUMMARY_SIGS = ["void(f8[:, ::1], f8[::1], f8, b1[::1], f8[::1], i8[::1], i8, f8[::1], "
                "f8[::1], f8[:, ::1], f8[:, ::1], f8[:, :, ::1])"]


@njit(SUMMARY_SIGS, **OPTS)
def access_summary(dist_t, limit, m_per_min, ok, pop, codes, n_zones, qs, people, within,
                   reached, quantiles):
    """One population group's rows of fifteenminutecity.summarize_access, compiled: from
    the distances (``dist_t``: one row per category, the transpose of the F-ordered
    (origins, categories) array) the times at ``m_per_min``, per category and for all and
    any category: people, people within ``limit`` (per category, + 1e-9), people reached,
    and the weighted quantiles ``qs`` of the time, per zone code. Output rows: the k
    categories, then all, then any."""
    k, n = dist_t.shape
    # the distance to the farthest (all) and the nearest (any) category's destination:
    # np.maximum (NaN wins) and np.fmin (NaN only when every category is NaN) in order;
    # the times are these / m_per_min (division by a positive number keeps the order)
    extreme = np.empty((2, n))
    all_w = np.ones(n, dtype=np.bool_)
    any_w = np.zeros(n, dtype=np.bool_)
    people[:] = 0.0
    within[:, :] = 0.0
    reached[:, :] = 0.0
    for i in range(n):
        people[codes[i]] += pop[i]
    for j in range(k):                  # branch-free: the flags are data, not jumps
        lim = limit[j] + 1e-9
        sw = 0.0
        sr = 0.0
        for i in range(n):
            d = dist_t[j, i]
            f = ok[i] & (d <= lim)
            p = pop[i]
            if n_zones == 1:            # the whole area: sums in registers
                sw += p * f
                sr += p * (d == d)
            else:
                z = codes[i]
                within[j, z] += p * f
                reached[j, z] += p * (d == d)
            any_w[i] |= f
            all_w[i] &= f
        if n_zones == 1:
            within[j, 0] = sw
            reached[j, 0] = sr
    if k:
        for i in range(n):
            extreme[0, i] = dist_t[0, i]
            extreme[1, i] = dist_t[0, i]
    for j in range(1, k):
        for i in range(n):
            d = dist_t[j, i]
            a = extreme[0, i]
            extreme[0, i] = max(a, d) if (a == a and d == d) else np.nan
            b = extreme[1, i]
            extreme[1, i] = min(b, d) if (d == d and b == b) else (d if b != b else b)
    if k == 0:
        extreme[:, :] = np.nan
    for i in range(n):
        z = codes[i]
        p = pop[i]
        within[k, z] += p if (all_w[i] or k == 0) else 0.0
        within[k + 1, z] += p if (any_w[i] and k > 0) else 0.0
        reached[k, z] += p if extreme[0, i] == extreme[0, i] else 0.0
        reached[k + 1, z] += p if extreme[1, i] == extreme[1, i] else 0.0
    # quantiles of the distances, then as times: dividing by a positive number keeps the
    # order, so the value picked is the same origin's (or one of equal time)
    key = np.empty(n, dtype=np.int64)
    for j in range(k):
        quantiles_by_group(codes, dist_t[j], pop, n_zones, qs, quantiles[j], key)
    for j in range(2):
        quantiles_by_group(codes, extreme[j], pop, n_zones, qs, quantiles[k + j], key)
    for j in range(k + 2):
        for a in range(qs.shape[0]):
            for z in range(n_zones):
                quantiles[j, a, z] = quantiles[j, a, z] / m_per_min


SCORE_SIGS = ["void(f8[:, ::1], f8[::1], f8[::1], f8, b1[::1], b1[:, ::1], f8[::1], f8[::1])"]


@njit(SCORE_SIGS, **OPTS)
def score_origins(dist_t, thr, weights, weight_sum, ok, within_t, n_within, score):
    """The per-origin columns of fifteenminutecity.walk_access, compiled, from the distances
    (``dist_t``: one row per category): within each category's threshold (+ 1e-9), how many
    categories, and the weighted score (category_score: 100 within the threshold, linear
    to 0 at twice it), NaN for origins off the network. The same operations in the same
    order as the numpy code."""
    k, n = dist_t.shape
    use = k > 0 and weight_sum > 0
    n_within[:] = 0.0
    score[:] = 0.0
    for j in range(k):                  # category by category: contiguous rows
        lim = thr[j] + 1e-9
        slope = -1.0 / thr[j]
        w = weights[j]
        row = within_t[j]
        for i in range(n):
            d = dist_t[j, i]
            f = d <= lim
            row[i] = f
            n_within[i] += 1.0 if f else 0.0
            if use:
                x = d * slope
                x += 2.0
                if not x >= 0.0:            # np.fmax(x, 0): NaN (not reached) -> 0
                    x = 0.0
                if x > 1.0:
                    x = 1.0
                x *= 100.0
                score[i] += x * w
    for i in range(n):
        if not ok[i]:
            n_within[i] = np.nan
            score[i] = np.nan
        elif use:
            score[i] /= weight_sum


@njit(**OPTS)
def segment_cells(flat, v, x0, y0, h, nx, ny, eps, buf):
    """The distinct grid cells of segment ``v`` (its first vertex), as EdgeIndex._cell_keys
    registers it: cut into pieces no longer than a cell, each listed in every cell of its
    bounding box widened by ``eps``. Writes them sorted into ``buf``; returns how many."""
    i = 2 * v
    ax = flat[i]
    ay = flat[i + 1]
    dx = flat[i + 2] - ax
    dy = flat[i + 3] - ay
    ns = max(np.int64(np.ceil(math.hypot(dx, dy) / h)), 1)
    m = 0
    for k in range(ns):
        if ns == 1:
            px0, py0, px1, py1 = ax, ay, flat[i + 2], flat[i + 3]
        else:
            px0 = ax + dx * (k / ns)
            py0 = ay + dy * (k / ns)
            px1 = ax + dx * ((k + 1) / ns)
            py1 = ay + dy * ((k + 1) / ns)
        ix0 = min(max(np.int64(np.floor((min(px0, px1) - eps - x0) / h)), 0), nx - 1)
        ix1 = min(max(np.int64(np.floor((max(px0, px1) + eps - x0) / h)), 0), nx - 1)
        iy0 = min(max(np.int64(np.floor((min(py0, py1) - eps - y0) / h)), 0), ny - 1)
        iy1 = min(max(np.int64(np.floor((max(py0, py1) + eps - y0) / h)), 0), ny - 1)
        for yy in range(iy0, min(iy0 + 1, iy1) + 1):
            for xx in range(ix0, min(ix0 + 1, ix1) + 1):
                buf[m] = yy * nx + xx
                m += 1
    if ns > 1:
        buf[:m].sort()
        u = 1
        for j in range(1, m):
            if buf[j] != buf[u - 1]:
                buf[u] = buf[j]
                u += 1
        m = u
    return m


CELL_SIGS = [f"void(f8[::1], i8[::1], f8, f8, f8, i8, i8, f8, i8, {c}[::1], {i}[::1])"
             for c, i in (("i4", "i4"), ("i8", "i8"), ("i8", "i4"))]


@njit(CELL_SIGS, **OPTS)
def fill_cells(flat, firsts, x0, y0, h, nx, ny, eps, max_pieces, cell_start, cell_vert):
    """The grid of EdgeIndex in two passes (a counting sort, no sort of keys): with an
    empty ``cell_vert`` only the count per cell, cumulated into ``cell_start`` (ncell + 1);
    with ``cell_vert`` of cell_start[-1] entries, each cell's segments (first vertices) in
    increasing order."""
    buf = np.empty(4 * max_pieces, dtype=np.int64)
    if cell_vert.shape[0] == 0:
        cell_start[:] = 0
        for s in range(firsts.shape[0]):
            m = segment_cells(flat, firsts[s], x0, y0, h, nx, ny, eps, buf)
            for j in range(m):
                cell_start[buf[j] + 1] += 1
        for c in range(cell_start.shape[0] - 1):
            cell_start[c + 1] += cell_start[c]
        return
    cursor = cell_start[:-1].copy()
    for s in range(firsts.shape[0]):
        v = firsts[s]
        m = segment_cells(flat, v, x0, y0, h, nx, ny, eps, buf)
        for j in range(m):
            c = buf[j]
            cell_vert[cursor[c]] = v
            cursor[c] += 1


GRAPH_SIGS = ["i8(i8[::1], i8[::1], f8[::1], i8, i4[::1], i4[::1], f8[::1])"]


@njit(GRAPH_SIGS, **OPTS)
def csr_graph(u, v, w, n, indptr, indices, data):
    """build.sparse_graph compiled: the symmetric CSR arrays of undirected edges u-v of
    weight w (at least 1e-9), loops left out, parallel edges reduced to the lightest, each
    row's columns in increasing order (a counting sort by row, then each short row sorted).
    ``indices``/``data`` need room for two arcs per edge; returns the arcs kept."""
    m = u.shape[0]
    indptr[:] = 0
    for e in range(m):
        if u[e] != v[e]:
            indptr[u[e] + 1] += 1
            indptr[v[e] + 1] += 1
    for r in range(n):
        indptr[r + 1] += indptr[r]
    cursor = indptr[:n].copy()
    for e in range(m):
        a = u[e]
        b = v[e]
        if a == b:
            continue
        x = w[e] if w[e] > 1e-9 else 1e-9
        indices[cursor[a]] = b
        data[cursor[a]] = x
        cursor[a] += 1
        indices[cursor[b]] = a
        data[cursor[b]] = x
        cursor[b] += 1
    # each row sorted by (column, weight), then one arc per column (the lightest), packed
    out = 0
    lo = 0
    for r in range(n):
        hi = indptr[r + 1]
        for i in range(lo + 1, hi):
            c = indices[i]
            x = data[i]
            j = i - 1
            while j >= lo and (indices[j] > c or (indices[j] == c and data[j] > x)):
                indices[j + 1] = indices[j]
                data[j + 1] = data[j]
                j -= 1
            indices[j + 1] = c
            data[j + 1] = x
        indptr[r] = out
        for i in range(lo, hi):
            if i == lo or indices[i] != indices[i - 1]:
                indices[out] = indices[i]
                data[out] = data[i]
                out += 1
        lo = hi
    indptr[n] = out
    return out
