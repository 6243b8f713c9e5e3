"""Exact snapping (core.network.snap.EdgeIndex) against a brute-force oracle.

The oracle walks every segment of every indexed edge in plain Python (math.hypot, its own
projection formula) and keeps, for each point, the smallest distance and the segments that reach
it. The index must give that distance, an edge among those segments (on an exact tie: the lowest
edge number), the offset along the edge the oracle computes for the projected point, and the
same answers whatever its cell size (the cell size changes the speed, never the answer).

Networks are random polylines with repeated vertices (zero-length segments), edges whose
vertices all coincide, collinear overlapping edges, very long and very short segments; points
lie on segments, on vertices, near and far (beyond every ring of cells: the KD-tree fallback),
plus rows without coordinates. Exact ties are built on integer coordinates, where every
distance is computed without rounding.
"""
import math

import numpy as np
import pytest

from urbanplan_plugin.core.network.build import from_edge_arrays
from urbanplan_plugin.core.network.snap import EdgeIndex


def oracle(net, pts, edges=None):
    """(distance, list of (edge, along-the-edge offset) at that distance within 1e-9) per point,
    by brute force over every segment of ``edges`` (default: all)."""
    ids = range(net.edge_count) if edges is None else np.flatnonzero(edges)
    out = []
    for px, py in pts.tolist():
        if not (math.isfinite(px) and math.isfinite(py)):
            out.append((math.nan, []))
            continue
        found = []
        for e in ids:
            xy = net.edge_coords(int(e)).tolist()
            geo = sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(xy[:-1], xy[1:]))
            scale = net.edge_length[e] / geo if geo > 0 else 1.0
            before = 0.0
            for (ax, ay), (bx, by) in zip(xy[:-1], xy[1:]):
                seg = math.hypot(bx - ax, by - ay)
                if seg > 0:
                    t = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / (seg * seg)
                    t = min(max(t, 0.0), 1.0)
                else:
                    t = 0.0
                d = math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py)
                found.append((d, int(e), min((before + t * seg) * scale, net.edge_length[e])))
                before += seg
        best = min(f[0] for f in found)
        out.append((best, [(e, off) for d, e, off in found if d <= best + 1e-9]))
    return out


def random_network(rng, n_edges=40, extent=400.0):
    """Random polyline edges (from_edge_arrays keeps them exactly as given)."""
    nodes = rng.uniform(0, extent, (max(n_edges // 2, 2), 2))
    u = rng.integers(0, len(nodes), n_edges)
    v = rng.integers(0, len(nodes), n_edges)
    coords, length = [], []
    for i in range(n_edges):
        a, b = nodes[u[i]], nodes[v[i]]
        kind = rng.integers(0, 6)
        if kind == 0:       # every vertex the same (an edge with no extent)
            xy = np.repeat(a[None], 3, axis=0)
        elif kind == 1:     # repeated vertices: zero-length segments inside
            mid = a + (b - a) * 0.4
            xy = np.array([a, mid, mid, b, b])
        elif kind == 2:     # a bent polyline of many short segments
            k = rng.integers(3, 12)
            t = np.sort(rng.uniform(0, 1, k))
            xy = np.vstack([a, a + (b - a) * t[:, None] + rng.normal(0, 3, (k, 2)), b])
        elif kind == 3 and i > 0:   # collinear with (and overlapping) an earlier edge
            j = rng.integers(0, i)
            p, q = coords[j][0], coords[j][-1]
            xy = np.array([p + (q - p) * 0.25, p + (q - p) * 1.25])
        else:
            xy = np.array([a, b])
        coords.append(np.asarray(xy, dtype=float))
        geo = float(np.hypot(*np.diff(coords[-1], axis=0).T).sum())
        # some stored lengths differ from the geometry (a prepared layer): offsets are scaled
        length.append(geo * (1.0 if rng.random() < 0.7 else rng.uniform(0.8, 1.3)) or 1.0)
    node_xy = np.array([c[0] for c in coords] + [c[-1] for c in coords])
    m = len(coords)
    return from_edge_arrays(node_xy, np.arange(m), np.arange(m) + m, np.array(length), coords)


def random_points(rng, net, n=60, extent=400.0):
    xy = net.coords
    k = rng.integers(0, len(xy) - 1, n // 4)
    t = rng.uniform(0, 1, n // 4)[:, None]
    on_seg = xy[k] + (xy[k + 1] - xy[k]) * t          # on (or between edges across) segments
    on_vertex = xy[rng.integers(0, len(xy), n // 8)]
    near = rng.uniform(-20, extent + 20, (n // 2, 2))
    far = rng.uniform(-1, 1, (12, 2)) * 1e4             # beyond every ring of cells
    missing = np.array([[np.nan, 1.0], [np.nan, np.nan]])
    return np.vstack([on_seg, on_vertex, near, far, missing])


def check(net, index, pts, want, keep=None):
    s = index.snap(pts)
    for i, (d, hits) in enumerate(want):
        if math.isnan(d):
            assert s.edge[i] == -1 and np.isnan(s.distance[i])
            continue
        assert s.distance[i] == pytest.approx(d, rel=1e-9, abs=1e-7), i
        edges = {e for e, _ in hits}
        assert s.edge[i] in edges, (i, s.edge[i], edges)
        offs = [off for e, off in hits if e == s.edge[i]]
        assert min(abs(s.offset[i] - o) for o in offs) <= 1e-6 * max(1.0, d), (i, s.offset[i],
                                                                                offs)
        assert s.offset[i] + s.to_to[i] == pytest.approx(net.edge_length[s.edge[i]], abs=1e-6)
        assert math.hypot(*(s.xy[i] - pts[i])) == pytest.approx(d, rel=1e-9, abs=1e-7)
    return s


@pytest.mark.parametrize("seed", range(12))
def test_snapping_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    net = random_network(rng)
    pts = random_points(rng, net)
    want = oracle(net, pts)
    every = np.ones(net.edge_count, dtype=bool)
    base = check(net, EdgeIndex(net, keep=every), pts, want)
    # the cell size changes the speed, never the answer (ties included)
    for spacing in (0.7, 9.0, 80.0, 5000.0):
        s = check(net, EdgeIndex(net, keep=every, spacing=spacing), pts, want)
        np.testing.assert_array_equal(s.edge, base.edge)
        np.testing.assert_array_equal(s.offset, base.offset)


@pytest.mark.parametrize("seed", range(4))
def test_snapping_to_a_subset_of_edges(seed):
    """Points snap only to the kept edges (fragments, ways a profile may not use)."""
    rng = np.random.default_rng(100 + seed)
    net = random_network(rng, n_edges=30)
    keep = rng.random(net.edge_count) < 0.5
    keep[0] = True
    pts = random_points(rng, net, n=40)
    check(net, EdgeIndex(net, keep=keep, spacing=6.0), pts, oracle(net, pts, keep), keep)


def square_grid(order):
    """A 3 x 3 block grid of 100 m (integer coordinates), edges numbered in ``order``."""
    segs = []
    for i in range(4):
        for j in range(3):
            segs.append(((j * 100, i * 100), ((j + 1) * 100, i * 100)))
            segs.append(((i * 100, j * 100), (i * 100, (j + 1) * 100)))
    segs = [segs[k] for k in order]
    coords = [np.array(s, dtype=float) for s in segs]
    m = len(coords)
    node_xy = np.array([c[0] for c in coords] + [c[-1] for c in coords])
    return from_edge_arrays(node_xy, np.arange(m), np.arange(m) + m,
                            np.full(m, 100.0), coords)


@pytest.mark.parametrize("spacing", [None, 7.0, 30.0, 100.0, 250.0])
@pytest.mark.parametrize("seed", range(3))
def test_exact_ties_go_to_the_lowest_edge(spacing, seed):
    """Block centres are 50 m from four edges, junctions 0 m from up to four, points on the
    diagonals equally far from two: every distance is exact on these integer coordinates, and
    the lowest edge number among the nearest wins."""
    rng = np.random.default_rng(seed)
    net = square_grid(rng.permutation(24))
    centres = [(x + 50.0, y + 50.0) for x in (0, 100, 200) for y in (0, 100, 200)]
    junctions = [(x, y) for x in (0.0, 100.0, 200.0, 300.0) for y in (0.0, 100.0, 300.0)]
    diagonal = [(x + d, y + d) for x in (0, 100, 200) for y in (0, 200) for d in (10.0, 25.0)]
    outside = [(-30.0, 150.0), (150.0, 340.0), (-40.0, -40.0)]
    pts = np.array(centres + junctions + diagonal + outside)
    want = oracle(net, pts)
    index = EdgeIndex(net, keep=np.ones(net.edge_count, dtype=bool), spacing=spacing)
    s = check(net, index, pts, want)
    for i, (_d, hits) in enumerate(want):
        assert s.edge[i] == min(e for e, _ in hits), (pts[i], s.edge[i], hits)
    assert sum(len(h) > 1 for _d, h in want) >= len(centres) + len(junctions)


def test_snap_limit_and_far_points():
    rng = np.random.default_rng(7)
    net = random_network(rng)
    pts = random_points(rng, net)
    want = oracle(net, pts)
    index = EdgeIndex(net, keep=np.ones(net.edge_count, dtype=bool), spacing=3.0)
    s = index.snap(pts, max_distance=12.0)
    d = np.array([w[0] for w in want])
    with np.errstate(invalid="ignore"):
        assert (s.edge[d > 12.0 + 1e-9] == -1).all()
        assert (s.edge[d < 12.0 - 1e-9] >= 0).all()
    np.testing.assert_allclose(s.distance, d, rtol=1e-9, atol=1e-7)   # reported even when off
    assert np.isnan(s.offset[s.edge < 0]).all()


def test_near_segments_matches_brute_force():
    rng = np.random.default_rng(11)
    net = random_network(rng)
    pts = random_points(rng, net)[:-2]
    index = EdgeIndex(net, keep=np.ones(net.edge_count, dtype=bool), spacing=5.0)
    pt, edge, along, geo, dist = index.near_segments(pts, 15.0)
    got = {(int(p), int(e)) for p, e in zip(pt, edge)}
    want = set()
    for i, p in enumerate(pts):
        for e in range(net.edge_count):
            if oracle(net, p[None], np.arange(net.edge_count) == e)[0][0] <= 15.0:
                want.add((i, e))
    assert got == want
    assert (dist <= 15.0).all() and (along >= 0).all() and (along <= geo + 1e-9).all()


def test_index_is_lean():
    """Grid arrays only: a few bytes per segment (a KD-tree over segment samples used ~100)."""
    rng = np.random.default_rng(3)
    net = random_network(rng, n_edges=400, extent=3000.0)
    index = EdgeIndex(net, keep=np.ones(net.edge_count, dtype=bool))
    nseg = int((net.edge_vend - net.edge_vstart).sum())
    assert index.nbytes <= 40 * nseg + 4 * len(net.coords) + 1024


def test_edges_in_another_order_than_their_coordinates():
    """A network whose edges do not follow their coordinates' order (edited or reloaded):
    the index keeps its own compact copy, with the same answers."""
    from dataclasses import replace
    rng = np.random.default_rng(21)
    net = random_network(rng, n_edges=30)
    perm = rng.permutation(net.edge_count)
    shuffled = replace(net, edge_from=net.edge_from[perm], edge_to=net.edge_to[perm],
                       edge_length=net.edge_length[perm], edge_vstart=net.edge_vstart[perm],
                       edge_vend=net.edge_vend[perm], edge_source=net.edge_source[perm])
    pts = random_points(rng, shuffled, n=40)
    index = EdgeIndex(shuffled, keep=np.ones(net.edge_count, dtype=bool), spacing=4.0)
    assert index._edge_ids is not None        # the private copy is in use
    check(shuffled, index, pts, oracle(shuffled, pts))


@pytest.mark.parametrize("top", [1, 300, 70_000, 5_000_000])
def test_radix_order_is_a_stable_sort(top):
    """The index groups its entries by cell with 16-bit radix passes (one pass below 65 536
    cells, two below 2^32): the same order as a stable sort."""
    from urbanplan_plugin.core.network.snap import _stable_order
    keys = np.random.default_rng(top).integers(0, top, 50_000)
    np.testing.assert_array_equal(_stable_order(keys, top), np.argsort(keys, kind="stable"))


def test_large_grid_matches_the_sort_path():
    """Many short segments (over 65 536 cells: two radix passes) against the same network with
    one long segment added far away (every block then takes the sorting path)."""
    rng = np.random.default_rng(5)
    k = 60_000
    a = rng.uniform(0, 20_000, (k, 2))
    b = a + rng.normal(0, 3, (k, 2))
    coords = [np.vstack([p, q]) for p, q in zip(a, b)]
    m = len(coords)
    node_xy = np.array([c[0] for c in coords] + [c[-1] for c in coords])
    length = np.array([max(float(np.hypot(*(c[1] - c[0]))), 1e-3) for c in coords])
    net = from_edge_arrays(node_xy, np.arange(m), np.arange(m) + m, length, coords)
    pts = rng.uniform(0, 20_000, (3000, 2))
    one = EdgeIndex(net, keep=np.ones(m, dtype=bool))
    assert one._nx * one._ny > 65_536
    long_net = from_edge_arrays(np.vstack([node_xy, [[-9e4, -9e4], [-8e4, -9e4]]]),
                                np.r_[np.arange(m), 2 * m], np.r_[np.arange(m) + m, 2 * m + 1],
                                np.r_[length, 1e4], coords + [np.array([[-9e4, -9e4],
                                                                        [-8e4, -9e4]])])
    two = EdgeIndex(long_net, keep=np.ones(m + 1, dtype=bool), spacing=one.spacing)
    s1, s2 = one.snap(pts), two.snap(pts)
    np.testing.assert_array_equal(s1.edge, s2.edge)
    np.testing.assert_array_equal(s1.distance, s2.distance)
