"""Bulk validity (core/geometry/validity.py): whatever it proves valid, GEOS finds valid --
checked on thousands of random rings (convex, star-shaped, self-crossing, with repeated or
collinear vertices, unclosed, degenerate) and lines, with shapely (GEOS) as the oracle. And it
proves most ordinary footprints, so GEOS is only asked about the rest."""
import struct

import numpy as np
import pytest

from urbanplan_plugin.core.geometry.validity import (
    LINE,
    POINT,
    RING,
    simple_rings,
    single_part_types,
    valid_lines,
    valid_points,
)
from urbanplan_plugin.core.geometry.wkb import lines_from_wkb, polygons_from_wkb

shapely_geometry = pytest.importorskip("shapely.geometry")


def ring_wkb(ring):
    ring = np.asarray(ring, dtype=np.float64)
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + ring.tobytes()


def random_rings(rng, count):
    rings = []
    for _ in range(count):
        kind = rng.integers(0, 7)
        n = int(rng.integers(3, 14))
        centre = rng.uniform([300000, 7390000], [340000, 7400000])
        if kind == 0:       # convex: points on a circle, sorted by angle
            ang = np.sort(rng.uniform(0, 2 * np.pi, n))
            r = rng.uniform(2, 20)
            pts = centre + r * np.c_[np.cos(ang), np.sin(ang)]
        elif kind == 1:     # star-shaped (often not convex, always simple)
            ang = np.sort(rng.uniform(0, 2 * np.pi, n))
            r = rng.uniform(2, 20, n)
            pts = centre + r[:, None] * np.c_[np.cos(ang), np.sin(ang)]
        elif kind == 2:     # random order: mostly self-crossing
            pts = centre + rng.uniform(-10, 10, (n, 2))
        elif kind == 3:     # a rotated rectangle with a repeated or collinear vertex
            w, h, a = rng.uniform(3, 12), rng.uniform(3, 12), rng.uniform(0, np.pi)
            c = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=float)
            if rng.random() < 0.5:
                c = np.insert(c, 1, c[1], axis=0)
            else:
                c = np.insert(c, 1, [w / 2, 0], axis=0)
            rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
            pts = centre + c @ rot.T
        elif kind == 4:     # a pentagram or a doubled square: turns one way, winds twice
            k = 5 if rng.random() < 0.5 else 8
            ang = np.arange(k) * (4 * np.pi / k)
            pts = centre + rng.uniform(2, 20) * np.c_[np.cos(ang), np.sin(ang)]
        elif kind == 5:     # touching itself at a vertex (an hourglass with a shared tip)
            pts = centre + np.array([[0, 0], [4, 0], [2, 2], [4, 4], [0, 4], [2, 2.0]])
        else:               # an L-shaped building
            w, h, t = rng.uniform(6, 20), rng.uniform(6, 20), rng.uniform(1, 5)
            pts = centre + np.array([[0, 0], [w, 0], [w, t], [t, t], [t, h], [0, h]])
        pts = np.vstack([pts, pts[:1]])
        if rng.random() < 0.05:
            pts = pts[:-1]      # not closed
        rings.append(pts)
    return rings


def test_proven_rings_are_valid_for_geos():
    rng = np.random.default_rng(3)
    rings = random_rings(rng, 6000)
    wkbs = [ring_wkb(r) for r in rings]
    types = single_part_types(wkbs)
    assert (types == RING).all()
    polys = polygons_from_wkb(wkbs)
    proven = simple_rings(polys.xy, polys.ring_offsets, np.arange(len(rings)))
    geos = np.array([shapely_geometry.Polygon(r).is_valid if len(r) >= 4 else False
                     for r in rings])
    assert not (proven & ~geos).any()           # never a wrong proof
    assert proven.sum() > 0.5 * geos.sum()      # and most valid rings are proven
    assert (~geos).sum() > 500                  # the sample has plenty of invalid rings


def test_hand_cases():
    sq = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    bowtie = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]
    spike = [[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]]        # folds back along itself
    repeated = [[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]]     # valid for GEOS, left to it
    nan = [[0, 0], [1, 0], [np.nan, 1], [0, 1], [0, 0]]
    rings = [sq, bowtie, spike, repeated, nan]
    polys = polygons_from_wkb([ring_wkb(r) for r in rings])
    got = simple_rings(polys.xy, polys.ring_offsets, np.arange(len(rings)))
    assert got.tolist() == [True, False, False, False, False]


def test_single_part_types():
    pt = struct.pack("<BIdd", 1, 1, 1.0, 2.0)
    pt_z = struct.pack("<BIddd", 1, 1001, 1.0, 2.0, 3.0)
    line = struct.pack("<BII", 1, 2, 2) + np.array([[0, 0], [1, 1.0]]).tobytes()
    multi = struct.pack("<BII", 1, 6, 1) + ring_wkb([[0, 0], [1, 0], [1, 1], [0, 0]])
    hole = struct.pack("<BII", 1, 3, 2) + struct.pack("<I", 4) + \
        np.array([[0, 0], [9, 0], [9, 9], [0, 0]], float).tobytes() + struct.pack("<I", 4) + \
        np.array([[1, 1], [2, 1], [2, 2], [1, 1]], float).tobytes()
    big = struct.pack(">BIdd", 0, 1, 1.0, 2.0)
    got = single_part_types([pt, pt_z, line, multi, hole, big, None,
                             ring_wkb([[0, 0], [1, 0], [1, 1], [0, 0]])])
    assert got.tolist() == [POINT, POINT, LINE, 0, 0, 0, 0, RING]


def test_lines_and_points():
    geos_valid = []
    wkbs = []
    for pts in ([[0, 0], [1, 1]], [[0, 0], [0, 0]], [[0, 0], [0, 0], [2, 0]], [[0, 0]],
                [[0, 0], [np.inf, 1]], [[0, 0], [1, 0], [0, 0]]):
        pts = np.asarray(pts, dtype=float)
        wkbs.append(struct.pack("<BII", 1, 2, len(pts)) + pts.tobytes())
        try:
            geos_valid.append(len(pts) >= 2 and shapely_geometry.LineString(pts).is_valid)
        except ValueError:
            geos_valid.append(False)
    lines, _ = lines_from_wkb(wkbs)
    got = valid_lines(lines.coords, lines.offsets, np.arange(len(lines)))
    assert got.tolist() == [True, False, True, False, False, True]
    assert not (got & ~np.array(geos_valid)).any()
    assert valid_points(np.array([[0, 0], [np.nan, 1], [1, np.inf]])).tolist() == \
        [True, False, False]
