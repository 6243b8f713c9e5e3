"""Flood disruption engine: depth along streets and walking access lost, on a hand-worked grid.

The grid (metres): two east-west streets y=0 and y=100 from x=0 to 300, joined by north-south
streets at x = 0, 100, 200, 300. Water 0.5 m deep covers the stretch x 120-180 of the street
y=0, so the edge (100,0)-(200,0) is impassable at the default 0.3 m threshold.

Walking at 4.8 km/h = 80 m/min, threshold 5 min = 400 m (search horizon 800 m).
School S at (300, 0), clinic C at (160, 3) (on the flooded edge).

origin          school before / after          clinic before / after
O  (0, 0)       300 m 3.75 min / 500 m 6.25    160 m 2.0 / cut off
O2 (300, 100)   100 m 1.25 / 1.25              240 m 3.0 / cut off
O3 (150, 0)     150 m 1.875 / cut off          10 m 0.125 / cut off (wades)
"""
import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.flood.flooddisruption import (
    DEFAULT_MAX_WALK_DEPTH_M,
    edge_lines,
    edge_max_depth,
    flood_disruption,
    load_walk_depth_presets,
)
from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.search import SearchGraph
from urbanplan_plugin.core.network.snap import EdgeIndex

ORIGINS = np.array([(0.0, 0.0), (300.0, 100.0), (150.0, 0.0)])
POP = np.array([10.0, 20.0, 5.0])
CHILDREN = np.array([2.0, 3.0, 1.0])
DESTS = np.array([(300.0, 0.0), (160.0, 3.0)])
LABELS = np.array(["school", "clinic"], dtype=object)


def street_grid():
    lines = [[(0, 0), (100, 0), (200, 0), (300, 0)],
             [(0, 100), (100, 100), (200, 100), (300, 100)]]
    lines += [[(x, 0), (x, 100)] for x in (0, 100, 200, 300)]
    return build_network(lines)


def flood_raster(depth=0.5):
    """10 m cells over x -50..350, y -50..150; water over x 120-180, y -20..20."""
    grid = Grid(-50.0, 150.0, 10.0, 10.0, 20, 40)
    vals = np.zeros(grid.shape, dtype=np.float32)
    xs, ys = grid.centres()
    wet = (xs[None, :] > 120) & (xs[None, :] < 180) & (ys[:, None] > -20) & (ys[:, None] < 20)
    vals[wet] = depth
    nodata = np.zeros(grid.shape, dtype=bool)
    nodata[0, 0] = True
    return Raster(vals, nodata, grid)


def flooded_edge(net):
    a = net.node_xy[net.edge_from]
    b = net.node_xy[net.edge_to]
    mid = (a + b) / 2
    return int(np.flatnonzero((np.abs(mid[:, 0] - 150) < 1) & (np.abs(mid[:, 1]) < 1))[0])


def run(net, depth=None, **kw):
    if depth is None:
        depth, _ = edge_max_depth(net, flood_raster())
    args = dict(threshold_min=5.0, speed_kmh=4.8, max_snap_m=50.0, population=POP,
                groups={"children": CHILDREN})
    args.update(kw)
    return flood_disruption(net, depth, ORIGINS, DESTS, LABELS, **args)


def test_edge_depth_is_the_deepest_cell_along_the_street():
    net = street_grid()
    depth, covered = edge_max_depth(net, flood_raster())
    e = flooded_edge(net)
    assert depth[e] == pytest.approx(0.5)
    assert covered.all()
    others = np.delete(depth, e)
    assert (others == 0).all()


def test_edge_depth_cells_crossed_not_corners_touched_and_negatives_dry():
    # a diagonal street through cell corners: it crosses the cells on the diagonal only
    net = build_network([[(0.0, 0.0), (30.0, 30.0)]])
    grid = Grid(0.0, 30.0, 10.0, 10.0, 3, 3)
    vals = np.zeros((3, 3), dtype=np.float32)
    vals[0, 1] = 1.2   # x 10-20, y 20-30: the line only touches its corner (20, 20)
    vals[1, 2] = 0.8   # x 20-30, y 10-20: touched at the same corner, not crossed
    vals[2, 0] = -1.0  # negative: dry, with a warning
    log = []
    depth, _ = edge_max_depth(net, Raster(vals, np.zeros((3, 3), bool), grid), log=log)
    # the line y = x crosses cells (row 2, col 0), (1, 1), (0, 2) only; all dry or negative
    assert depth[0] == 0.0
    assert any("negative" in msg for _, msg in log)
    vals[1, 1] = 0.4
    depth, _ = edge_max_depth(net, Raster(vals, np.zeros((3, 3), bool), grid))
    assert depth[0] == pytest.approx(0.4)


def test_edges_outside_the_raster_are_dry_and_not_covered():
    net = build_network([[(0.0, 0.0), (100.0, 0.0)], [(1000.0, 0.0), (1100.0, 0.0)]])
    grid = Grid(-10.0, 10.0, 10.0, 10.0, 2, 15)
    r = Raster(np.ones(grid.shape, np.float32), np.zeros(grid.shape, bool), grid)
    depth, covered = edge_max_depth(net, r)
    assert list(covered) == [True, False]
    assert depth[0] == pytest.approx(1.0) and depth[1] == 0.0


def test_edge_lines_follow_each_edge():
    net = street_grid()
    lines = edge_lines(net)
    assert len(lines) == net.edge_count
    for e in range(net.edge_count):
        assert np.allclose(lines.line(e), net.edge_coords(e))


def test_hand_worked_grid_before_and_after():
    net = street_grid()
    res = run(net)
    s = res.categories.index("school")
    c = res.categories.index("clinic")
    tb, ta = res.time_before, res.time_after
    assert tb[:, s] == pytest.approx([3.75, 1.25, 1.875])
    assert tb[:, c] == pytest.approx([2.0, 3.0, 0.125])
    assert ta[0, s] == pytest.approx(6.25) and ta[1, s] == pytest.approx(1.25)
    assert np.isnan(ta[2, s]) and np.isnan(ta[:, c]).all()  # cut off: NaN, never 0
    assert res.lost[:, s].tolist() == [True, False, True]
    assert res.lost[:, c].tolist() == [True, True, True]
    assert res.origin_street_flooded.tolist() == [False, False, True]
    assert res.edges_flooded == 1 and res.km_flooded == pytest.approx(0.1)
    assert res.pop_lost_access == pytest.approx(35.0)
    assert res.origins_lost_access == 3


def test_facilities_cut_off():
    net = street_grid()
    res = run(net)
    # school (feature 0) still reached by O2; clinic (feature 1) on the flooded street
    assert res.dest_reached_before.tolist() == [True, True]
    assert res.dest_reached_after.tolist() == [True, False]
    assert res.dest_cut_off.tolist() == [False, True]
    assert res.dest_street_flooded.tolist() == [False, True]
    assert res.facilities_cut_off == 1
    assert list(res.dest_category) == ["school", "clinic"]


def test_summary_by_category_and_group():
    net = street_grid()
    res = run(net)
    rows = {(r["category"], r["pop_group"]): r for r in res.summary}
    school = rows[("school", "all")]
    assert school["population"] == 35 and school["pop_within_before"] == 35
    assert school["pop_within_after"] == 20 and school["pop_lost_access"] == 15
    assert school["pop_lost_pct"] == pytest.approx(100 * 15 / 35)
    assert rows[("clinic", "children")]["pop_lost_access"] == 6
    assert rows[("school", "children")]["pop_lost_access"] == 3
    assert rows[("any_category", "all")]["pop_lost_access"] == 35


def test_summary_all_and_any_category_rows():
    # hand-worked from the table in the module docstring (threshold 5 min): before the flood
    # every origin reaches both categories; after it only O2 reaches one (the school)
    res = run(street_grid())
    rows = {(r["category"], r["pop_group"]): r for r in res.summary}
    allc, anyc = rows[("all_categories", "all")], rows[("any_category", "all")]
    assert (allc["pop_within_before"], allc["pop_within_after"]) == (35, 0)
    assert allc["pop_lost_access"] == 35 and allc["pop_lost_pct"] == pytest.approx(100.0)
    assert (anyc["pop_within_before"], anyc["pop_within_after"]) == (35, 20)
    assert anyc["pop_lost_access"] == 35          # O and O3 lose both, O2 loses the clinic
    # all_categories time = the farther of the two: O 3.75, O2 3.0, O3 1.875 (weights 10/20/5)
    assert allc["median_time_before_min"] == pytest.approx(3.0)
    assert np.isnan(allc["median_time_after_min"])  # nobody reaches both during the flood
    # any_category time = the nearer: O 2.0, O2 1.25, O3 0.125; after: O 6.25, O2 1.25
    assert anyc["median_time_before_min"] == pytest.approx(1.25)
    assert anyc["median_time_after_min"] == pytest.approx(1.25)
    assert rows[("all_categories", "children")]["pop_lost_access"] == 6
    # one category: the rows are still there and repeat it
    one = flood_disruption(street_grid(), edge_max_depth(street_grid(), flood_raster())[0],
                           ORIGINS, DESTS[:1], LABELS[:1], threshold_min=5.0, speed_kmh=4.8,
                           max_snap_m=50.0, population=POP)
    r1 = {r["category"]: r for r in one.summary}
    assert set(r1) == {"school", "all_categories", "any_category"}
    for c in ("all_categories", "any_category"):
        assert r1[c]["pop_lost_access"] == r1["school"]["pop_lost_access"] == 15


def test_before_equals_a_plain_nearest_distance_run():
    net = street_grid()
    res = run(net)
    idx = EdgeIndex(net)
    o = idx.snap(ORIGINS, max_distance=50)
    d = idx.snap(DESTS, max_distance=50)
    graph = SearchGraph(net)
    labels = np.asarray(LABELS, dtype=object)
    for j, cat in enumerate(res.categories):
        plain = graph.nearest(o, d, labels == cat, limit=800.0)
        assert np.allclose(res.time_before[:, j] * 80.0, plain, equal_nan=True)


def test_shallow_water_changes_nothing():
    net = street_grid()
    depth, _ = edge_max_depth(net, flood_raster(depth=0.3))  # float32 0.3 is not deeper
    res = run(net, depth=depth)
    assert res.edges_flooded == 0 and not res.lost.any()
    assert np.allclose(res.time_before, res.time_after, equal_nan=True)
    assert any("does not change" in line for line in res.log)
    # a stricter threshold closes it
    res = run(net, depth=depth, max_walk_depth_m=0.2)
    assert res.edges_flooded == 1


def test_default_threshold_comes_from_the_preset_file():
    default, presets = load_walk_depth_presets()
    assert presets[default]["max_walk_depth_m"] == DEFAULT_MAX_WALK_DEPTH_M == 0.3
    assert all(p["source"] for p in presets.values())


def test_bad_input():
    net = street_grid()
    with pytest.raises(UrbanPlanError, match="walking depth threshold"):
        run(net, max_walk_depth_m=-1)
    with pytest.raises(UrbanPlanError, match="one depth per network edge"):
        run(net, depth=np.zeros(3))
    with pytest.raises(UrbanPlanError, match="zero or positive"):
        run(net, population=np.array([1.0, np.nan, 2.0]))


# --- a long street half under water ---------------------------------------------------------
#
# A loop: the long street L (0,0)-(400,0) is one edge from junction to junction; streets
# W (0,0)-(0,300), T (0,300)-(400,300) and E (400,300)-(400,0) close the loop. Water 0.5 m deep
# covers L from x = 200 to 400 (10 m cells: the cell edge at x = 200 is where the water starts).
# School at (0, 300); clinic at (20, 0) on the dry end of L. Threshold 6 min at 80 m/min = 480 m.
#
# origin             school (before = after when dry)     clinic
# H1 (50, 0)  dry    50 + 300 = 350 m                     30 m
# H2 (100, 0) dry    400 m                                80 m
# H3 (150, 0) dry    450 m                                130 m
# H4 (300, 0) wet    via E and T: 100 + 300 + 400 + 300   280 m along L before; cut off after
#                    = 1100 m: beyond 960 m horizon
# O  (0, 150) on W   150 m                                150 + 20 = 170 m
#
# Closing the whole of L (the old rule) cut H1-H3 off from both and the clinic off from O.

HALF_ORIGINS = np.array([(50.0, 0.0), (100.0, 0.0), (150.0, 0.0), (300.0, 0.0), (0.0, 150.0)])
HALF_DESTS = np.array([(0.0, 300.0), (20.0, 0.0)])
HALF_LABELS = np.array(["school", "clinic"], dtype=object)


def half_flooded():
    net = build_network([[(0, 0), (400, 0)], [(0, 0), (0, 300)], [(0, 300), (400, 300)],
                         [(400, 300), (400, 0)]])
    grid = Grid(-50.0, 350.0, 10.0, 10.0, 40, 50)
    vals = np.zeros(grid.shape, dtype=np.float32)
    xs, ys = grid.centres()
    vals[(np.abs(ys[:, None]) < 20) & (xs[None, :] > 200) & (xs[None, :] < 400)] = 0.5
    return net, Raster(vals, np.zeros(grid.shape, bool), grid)


def test_depth_profile_cuts_edges_at_cell_edges():
    from urbanplan_plugin.core.flood.flooddisruption import edge_depth_profile
    net, raster = half_flooded()
    prof = edge_depth_profile(net, raster)
    long_edge = int(np.flatnonzero(net.edge_length == 400)[0])
    on = prof.edge == long_edge
    assert prof.start[on][0] == 0 and prof.end[on][-1] == pytest.approx(400)
    np.testing.assert_allclose(prof.start[on][1:], prof.end[on][:-1])    # contiguous
    wet = prof.depth[on] > 0.3
    assert prof.start[on][wet].min() == pytest.approx(200)
    assert (prof.end[on] - prof.start[on])[wet].sum() == pytest.approx(200)
    depth, covered = edge_max_depth(net, raster)
    assert depth[long_edge] == pytest.approx(0.5) and covered.all()


def test_long_street_half_under_water_closes_only_its_wet_half():
    from urbanplan_plugin.core.flood.flooddisruption import edge_depth_profile
    net, raster = half_flooded()
    res = flood_disruption(net, edge_depth_profile(net, raster), HALF_ORIGINS, HALF_DESTS,
                           HALF_LABELS, threshold_min=6.0, speed_kmh=4.8, max_snap_m=50.0)
    school, clinic = res.categories.index("school"), res.categories.index("clinic")
    d_after = res.after.dist
    np.testing.assert_allclose(d_after[:3, school], [350, 400, 450])
    np.testing.assert_allclose(d_after[:3, clinic], [30, 80, 130])
    assert d_after[4, clinic] == pytest.approx(170)
    assert np.isnan(d_after[3]).all()                       # on the wet half: cut off
    assert res.lost[:, clinic].tolist() == [False, False, False, True, False]
    assert res.origins_lost_access == 1
    assert res.origin_street_flooded.tolist() == [False, False, False, True, False]
    # the clinic on the dry end is not cut off; nothing on its street is flooded
    assert res.facilities_cut_off == 0 and not res.dest_street_flooded.any()
    # 200 m of street closed, not 400
    assert res.km_flooded == pytest.approx(0.2) and res.edges_flooded == 1
    assert any("partly under water" in line for line in res.log)
    # the whole-edge rule (an edge-level depth) still closes the whole street
    old = flood_disruption(net, edge_max_depth(net, raster)[0], HALF_ORIGINS, HALF_DESTS,
                           HALF_LABELS, threshold_min=6.0, speed_kmh=4.8, max_snap_m=50.0)
    assert old.origins_lost_access == 5 and old.facilities_cut_off == 1   # O loses the clinic
    assert old.km_flooded == pytest.approx(0.4)


def test_cut_network_before_the_flood_equals_the_uncut_one():
    # cutting edges at the water's edge changes no distance before the flood
    from urbanplan_plugin.core.flood.flooddisruption import edge_depth_profile
    net, raster = half_flooded()
    res = flood_disruption(net, edge_depth_profile(net, raster), HALF_ORIGINS, HALF_DESTS,
                           HALF_LABELS, threshold_min=6.0, speed_kmh=4.8, max_snap_m=50.0)
    plain = flood_disruption(net, np.zeros(net.edge_count), HALF_ORIGINS, HALF_DESTS,
                             HALF_LABELS, threshold_min=6.0, speed_kmh=4.8, max_snap_m=50.0)
    np.testing.assert_allclose(res.before.dist, plain.before.dist)
    assert res.stretches.edge_count == net.edge_count + 1
