"""Flood extent engine: water level (bathtub) and ponding, on terrain with answers on paper,
and against independent reference implementations (a breadth-first flood fill and a textbook
heap-based priority-flood)."""
import heapq
import sys
from collections import deque
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from flood_terrain import SILL, basin_with_sill, bowl, tilted_plane, valley  # noqa: E402
from urbanplan_plugin.core.common.errors import UrbanPlanError  # noqa: E402
from urbanplan_plugin.core.flood.floodextent import (  # noqa: E402
    WGS84_AXES,
    fill_depressions,
    flood_from_level,
    ponding,
    row_cell_areas,
)
from urbanplan_plugin.core.geometry.rastergrid import Grid  # noqa: E402


def areas(grid):
    return row_cell_areas(grid)


# --- water level, hand-derived -------------------------------------------------------------------

def test_tilted_plane_floods_an_exact_strip():
    dem, grid = tilted_plane()
    res = flood_from_level(dem, 2.2, row_area=areas(grid))
    wet = ~np.isnan(res.depth)
    assert wet[:, :5].all() and not wet[:, 5:].any()
    assert res.flooded_cells == 50
    assert res.area_m2 == pytest.approx(5000.0)
    assert res.max_depth_m == pytest.approx(2.2, abs=1e-6)
    assert res.volume_m3 == pytest.approx(6000.0, rel=1e-6)
    assert res.depth[3, 4] == pytest.approx(0.2, abs=1e-6)


def test_ground_exactly_at_the_level_stays_dry():
    dem, grid = tilted_plane()
    res = flood_from_level(dem, 2.0, row_area=areas(grid))
    assert res.flooded_cells == 40  # columns 0-3; column 4 (2.0 m) is not below 2.0 m


def test_valley_with_source_at_the_low_end():
    dem, grid = valley()
    src = np.zeros(dem.shape, dtype=bool)
    src[:, 0] = True
    res = flood_from_level(dem, 1.0, sources=src, row_area=areas(grid))
    per_col = (~np.isnan(res.depth)).sum(axis=0)
    assert list(per_col[:6]) == [3, 3, 3, 1, 1, 0]
    assert res.flooded_cells == 11 and res.area_m2 == pytest.approx(1100.0)
    assert res.volume_m3 == pytest.approx(480.0, rel=1e-5)
    assert res.max_depth_m == pytest.approx(1.0)
    # independent count: cells with ground below the level, straight from the formula
    mid = dem.shape[0] // 2
    expected = sum(1 for r in range(dem.shape[0]) for c in range(dem.shape[1])
                   if 0.2 * c + 0.5 * abs(r - mid) < 1.0 - 1e-9)
    assert res.flooded_cells == expected


def test_valley_source_above_the_level_floods_nothing():
    dem, grid = valley()
    src = np.zeros(dem.shape, dtype=bool)
    src[:, -1] = True
    res = flood_from_level(dem, 1.0, sources=src, row_area=areas(grid))
    assert res.flooded_cells == 0 and res.area_m2 == 0.0
    assert np.isnan(res.depth).all()
    assert any("below the water level" in line for line in res.log)


def test_basin_behind_a_sill_is_dry_below_the_sill():
    dem, grid = basin_with_sill()
    sea = np.zeros(dem.shape, dtype=bool)
    sea[:, 0:3] = True
    res = flood_from_level(dem, 1.5, sources=sea, row_area=areas(grid))
    wet = ~np.isnan(res.depth)
    assert res.flooded_cells == 80 and wet[:, 0:4].all()
    assert not wet[5:15, 15:25].any()
    # without a source every cell below the level floods, the basin too
    res = flood_from_level(dem, 1.5, row_area=areas(grid))
    assert res.flooded_cells == 180
    assert res.depth[10, 20] == pytest.approx(0.5)


def test_basin_floods_once_the_level_tops_the_sill():
    dem, grid = basin_with_sill()
    sea = np.zeros(dem.shape, dtype=bool)
    sea[:, 0:3] = True
    res = flood_from_level(dem, 2.5, sources=sea, row_area=areas(grid))
    assert res.flooded_cells == 80 + 11 + 100
    assert res.area_m2 == pytest.approx(191 * 100.0)
    assert res.depth[10, 20] == pytest.approx(2.5 - SILL["floor"])
    assert res.depth[10, 8] == pytest.approx(2.5 - SILL["sill"])
    assert res.max_depth_m == pytest.approx(2.5)
    assert res.volume_m3 == pytest.approx((80 * 2.5 + 11 * 0.5 + 100 * 1.5) * 100.0, rel=1e-6)


def test_connectivity_four_keeps_a_diagonal_wall_tight():
    # a low field and a low pocket that touch only at a corner
    dem = np.full((5, 5), 5.0, dtype=np.float32)
    dem[0:2, 0:2] = 0.0   # the sea
    dem[2:4, 2:4] = 0.0   # touches the sea only diagonally at (1,1)-(2,2)
    src = np.zeros(dem.shape, dtype=bool)
    src[0, 0] = True
    assert flood_from_level(dem, 1.0, sources=src, connectivity=8).flooded_cells == 8
    assert flood_from_level(dem, 1.0, sources=src, connectivity=4).flooded_cells == 4


def test_nodata_never_floods_and_a_masked_sea_still_starts_the_flood():
    dem, grid = basin_with_sill()
    nodata = np.zeros(dem.shape, dtype=bool)
    nodata[:, 0:2] = True  # the sea's western half has no data (masked out of the DEM)
    sea = np.zeros(dem.shape, dtype=bool)
    sea[:, 0:2] = True     # ... and the source polygon covers only that masked part
    res = flood_from_level(dem, 2.5, nodata=nodata, sources=sea, row_area=areas(grid))
    wet = ~np.isnan(res.depth)
    assert not wet[:, 0:2].any()
    assert res.flooded_cells == 40 + 11 + 100
    # a nodata wall (not under the source) blocks the flood
    nodata2 = np.zeros(dem.shape, dtype=bool)
    nodata2[10, 10] = True
    src = np.zeros(dem.shape, dtype=bool)
    src[:, 0] = True
    res = flood_from_level(dem, 2.5, nodata=nodata2, sources=src, row_area=areas(grid))
    assert res.flooded_cells == 80 + 6  # sea + channel up to the hole; the basin stays dry


def test_against_breadth_first_flood_fill():
    rng = np.random.default_rng(7)
    for conn in (4, 8):
        dem = rng.normal(0, 1, (40, 50)).astype(np.float32)
        nodata = rng.random(dem.shape) < 0.05
        src = np.zeros(dem.shape, dtype=bool)
        src[0, :10] = True
        res = flood_from_level(dem, 0.3, nodata=nodata, sources=src, connectivity=conn)
        ref = _bfs_flood(dem, nodata, src, 0.3, conn)
        assert np.array_equal(~np.isnan(res.depth), ref)


def _bfs_flood(dem, nodata, src, level, conn):
    rows, cols = dem.shape
    below = (dem < level) & ~nodata
    carrier = below | (src & nodata)
    seen = np.zeros(dem.shape, dtype=bool)
    queue = deque()
    for r, c in zip(*np.nonzero(src & carrier)):
        seen[r, c] = True
        queue.append((r, c))
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    if conn == 8:
        steps += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    while queue:
        r, c = queue.popleft()
        for dr, dc in steps:
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols and carrier[rr, cc] and not seen[rr, cc]:
                seen[rr, cc] = True
                queue.append((rr, cc))
    return seen & below


# --- ponding -------------------------------------------------------------------------------------

def test_ponding_in_a_basin_equals_sill_minus_floor():
    dem, grid = basin_with_sill()
    res = ponding(dem, min_depth=0.1, row_area=areas(grid))
    wet = ~np.isnan(res.depth)
    assert res.flooded_cells == 100 and wet[5:15, 15:25].all()
    assert np.allclose(res.depth[wet], SILL["sill"] - SILL["floor"])
    assert res.max_depth_m == pytest.approx(1.0)
    assert res.volume_m3 == pytest.approx(10000.0)
    assert res.area_m2 == pytest.approx(10000.0)


def test_ponding_bowl_and_a_breached_rim():
    dem, grid = bowl()
    res = ponding(dem, min_depth=0.0, row_area=areas(grid))
    assert res.flooded_cells == 81 and res.max_depth_m == pytest.approx(2.0)
    dem[0, 5] = 1.0  # a breach in the rim down to the floor: the bowl drains
    res = ponding(dem, min_depth=0.0, row_area=areas(grid))
    assert res.flooded_cells == 0 and res.max_depth_m == 0.0


def test_min_depth_drops_shallow_cells():
    dem, grid = bowl(rim=1.05, floor=1.0)  # a 5 cm dip: DEM noise, not a pond
    assert ponding(dem, min_depth=0.1).flooded_cells == 0
    assert ponding(dem, min_depth=0.01).flooded_cells == 81


def test_nodata_is_an_outlet_for_ponding():
    dem, _ = bowl()
    nodata = np.zeros(dem.shape, dtype=bool)
    nodata[5, 5] = True  # a hole in the middle of the floor: water drains into it
    filled = fill_depressions(dem, nodata)
    assert np.isnan(filled[5, 5])
    assert np.allclose(filled[1:-1, 1:-1][~nodata[1:-1, 1:-1]], 1.0)


def test_fill_equals_textbook_priority_flood():
    rng = np.random.default_rng(3)
    for conn in (4, 8):
        for trial in range(4):
            dem = rng.normal(0, 1, (30, 37)).astype(np.float32)
            if trial % 2:
                # smooth terrain with plateaus (flats) and repeated values
                dem = np.round(np.cumsum(np.cumsum(dem, 0), 1) / 5.0).astype(np.float32)
            nodata = rng.random(dem.shape) < 0.03
            got = fill_depressions(dem, nodata, connectivity=conn)
            want = _priority_flood(dem, nodata, conn)
            assert np.array_equal(np.isnan(got), nodata)
            assert np.array_equal(got[~nodata], want[~nodata]), (conn, trial)


def test_fill_in_small_blocks_equals_one_block(monkeypatch):
    # the basin boundaries are scanned in blocks of rows; tiny blocks must give the same surface
    import urbanplan_plugin.core.flood.floodextent as fe
    rng = np.random.default_rng(5)
    dem = np.round(np.cumsum(np.cumsum(rng.normal(0, 1, (41, 29)), 0), 1) / 4).astype(np.float32)
    nodata = rng.random(dem.shape) < 0.02
    want = _priority_flood(dem, nodata, 8)
    for cells in (1, 30, 100):
        monkeypatch.setattr(fe, "PAIR_BLOCK_CELLS", cells)
        got = fill_depressions(dem, nodata, connectivity=8)
        assert np.array_equal(got[~nodata], want[~nodata]), cells


def test_min_per_pair_helpers_match_a_dictionary():
    import urbanplan_plugin.core.flood.floodextent as fe
    rng = np.random.default_rng(9)
    lo = rng.integers(0, 50, 2000)
    hi = lo + rng.integers(1, 5, 2000)
    w = rng.random(2000).astype(np.float32)
    want = {}
    for a, b, c in zip(lo.tolist(), hi.tolist(), w.tolist()):
        want[(a, b)] = min(want.get((a, b), np.inf), c)
    l1, h1, w1 = fe._min_per_pair(lo, hi, w, 60)
    key, w2 = fe._min_per_key(lo * 100 + hi, w)
    for got in ({(a, b): c for a, b, c in zip(l1.tolist(), h1.tolist(), w1.tolist())},
                {(k // 100, k % 100): c for k, c in zip(key.tolist(), w2.tolist())}):
        assert got.keys() == want.keys()
        assert all(np.float32(got[k]) == np.float32(want[k]) for k in want)


def _priority_flood(dem, nodata, conn):
    """Barnes et al. (2014) Algorithm 1 (priority-flood), with border and nodata-adjacent cells
    as the initial open set."""
    rows, cols = dem.shape
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    if conn == 8:
        steps += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    filled = dem.astype(np.float64).copy()
    closed = nodata.copy()
    heap = []
    for r in range(rows):
        for c in range(cols):
            if nodata[r, c]:
                continue
            edge = r in (0, rows - 1) or c in (0, cols - 1)
            near_nodata = any(0 <= r + dr < rows and 0 <= c + dc < cols and nodata[r + dr, c + dc]
                              for dr, dc in steps)
            if edge or near_nodata:
                heapq.heappush(heap, (filled[r, c], r, c))
                closed[r, c] = True
    while heap:
        z, r, c = heapq.heappop(heap)
        for dr, dc in steps:
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols and not closed[rr, cc]:
                closed[rr, cc] = True
                filled[rr, cc] = max(filled[rr, cc], z)
                heapq.heappush(heap, (filled[rr, cc], rr, cc))
    return filled.astype(np.float32)


# --- areas, bad input ----------------------------------------------------------------------------

def test_geographic_cell_areas_add_up_to_the_ellipsoid():
    # a 1-degree grid over the whole globe sums to the WGS 84 surface area, 510 065 621.7 km²
    grid = Grid(-180.0, 90.0, 1.0, 1.0, 180, 360)
    total = row_cell_areas(grid, geographic=True, axes=WGS84_AXES).sum() * 360
    assert total / 1e6 == pytest.approx(510065621.7, rel=1e-8)
    rows = row_cell_areas(grid, geographic=True)
    assert rows[0] < rows[45] < rows[89]  # cells shrink towards the pole
    # a sphere reduces to R² Δλ (sin φ2 - sin φ1)
    r = 6371000.0
    sphere = row_cell_areas(Grid(0.0, 1.0, 1.0, 1.0, 1, 1), geographic=True, axes=(r, r))
    assert sphere[0] == pytest.approx(r * r * np.radians(1.0) * np.sin(np.radians(1.0)))


def test_projected_areas_in_feet():
    grid = Grid(0.0, 0.0, 10.0, 10.0, 2, 2)
    assert row_cell_areas(grid, unit_to_m=0.3048)[0] == pytest.approx(100 * 0.3048 ** 2)


@pytest.mark.parametrize("call,message", [
    (lambda d: flood_from_level(d, float("nan")), "water level"),
    (lambda d: flood_from_level(d, 1.0, connectivity=6), "Connectivity"),
    (lambda d: flood_from_level(d, 1.0, sources=np.zeros(d.shape, bool)), "does not cover"),
    (lambda d: flood_from_level(d, 1.0, nodata=np.ones(d.shape, bool)), "no valid cell"),
    (lambda d: ponding(d, min_depth=-1), "minimum ponding depth"),
])
def test_bad_input(call, message):
    dem, _ = tilted_plane()
    with pytest.raises(UrbanPlanError, match=message):
        call(dem)


def test_inputs_are_not_modified():
    dem, _ = basin_with_sill()
    before = dem.copy()
    ponding(dem)
    flood_from_level(dem, 2.5)
    assert np.array_equal(dem, before)
