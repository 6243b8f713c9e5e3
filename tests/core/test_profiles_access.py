"""Travel profiles in the analyses: the 10 % street through walk_access, NULL reasons, one
result per group profile in the summary, and the other engines taking a Travel."""
import math

import numpy as np
import pytest

from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
from urbanplan_plugin.core.network.build import build_network, from_edge_arrays
from urbanplan_plugin.core.network.slope import edge_slopes
from urbanplan_plugin.core.walk.fifteenminutecity import (
    CategoryRule,
    summarize_access,
    walk_access,
)
from urbanplan_plugin.core.walk.profiles import CLOSED, Travel, get_profile


def plane(grade, cell=2.0, size=400.0):
    n = int(size / cell)
    grid = Grid(-50.0, size - 50.0, cell, cell, n, n)
    xc, _ = grid.centres()
    values = np.tile(grade * xc, (n, 1))
    return Raster(values, np.zeros_like(values, dtype=bool), grid)


def street(length=200.0):
    pts = np.array([(0.0, 0.0), (length, 0.0)])
    return from_edge_arrays(pts, [0], [1], [length], [pts])


def travel_on(net, pid, grade=None, modes=None):
    slopes = edge_slopes(net, plane(grade)) if grade is not None else None
    return Travel(get_profile(pid), slopes, modes)


def test_ten_percent_street_through_walk_access():
    net = street()
    bottom, top = np.array([(20.0, 3.0)]), np.array([(180.0, 3.0)])
    walk = travel_on(net, "walk", 0.10)
    flat_min = 160.0 / (4.8 * 1000 / 60)
    up = walk_access(net, bottom, top, ["shelter"], threshold_min=10, travel=walk)
    down = walk_access(net, top, bottom, ["shelter"], threshold_min=10, travel=walk)
    assert up.time[0, 0] == pytest.approx(flat_min * math.exp(0.35), rel=1e-9)
    assert down.time[0, 0] == pytest.approx(flat_min, rel=1e-9)
    # dist is flat-equivalent metres: minutes x the profile's flat speed
    assert up.dist[0, 0] == pytest.approx(160.0 * math.exp(0.35))
    assert up.null_reason == [None] and up.profile == "walk"
    # wheelchair: 10 % is impassable, with the reason; 5 % passes
    wc = walk_access(net, bottom, top, ["shelter"], threshold_min=30,
                     travel=travel_on(net, "wheelchair", 0.10))
    assert np.isnan(wc.time[0, 0]) and wc.score[0] == 0
    assert wc.null_reason == ["impassable"]  # its own way is too steep in both directions
    assert any("impassable for the profile 'wheelchair'" in line for line in wc.log)
    wc5 = walk_access(net, bottom, top, ["shelter"], threshold_min=30,
                      travel=travel_on(net, "wheelchair", 0.05))
    wc_min = 160.0 / (get_profile("wheelchair").flat_speed_kmh * 1000 / 60)
    assert wc5.time[0, 0] == pytest.approx(wc_min * math.exp(3.5 * 0.05))
    assert wc5.within[0, 0]


def test_without_dem_profiles_still_apply_speed_and_ways():
    # a 300 m street, steps as a 100 m shortcut: origin and shelter at the two ends of the steps
    net = build_network([[(0, 0), (100, 0)], [(0, 0), (0, 100), (100, 100), (100, 0)]])
    steps = np.array([net.edge_length[e] == pytest.approx(100.0) for e in range(net.edge_count)])
    modes = np.where(steps, CLOSED, 1).astype(np.int8)
    o, d = np.array([(0.0, 5.0)]), np.array([(100.0, 5.0)])
    older = walk_access(net, o, d, ["x"], threshold_min=15,
                        travel=Travel(get_profile("older_adult")))
    assert older.time[0, 0] == pytest.approx((5 + 100 + 5) / (3.49 * 1000 / 60), rel=1e-6)
    wc = walk_access(net, o, d, ["x"], threshold_min=15,
                     travel=Travel(get_profile("wheelchair"), None, modes))
    assert wc.time[0, 0] == pytest.approx((95 + 100 + 95) / (2.84 * 1000 / 60), rel=1e-6)


def test_group_profiles_in_the_summary():
    """One search per profile x category: the summary row of each group uses its own result."""
    net = street(400.0)
    origins = np.array([(20.0, 2.0), (250.0, 2.0), (330.0, 2.0)])
    shelter = np.array([(0.0, 0.0)])
    rules = [CategoryRule("shelter", threshold_min=4.0)]
    base = walk_access(net, origins, shelter, ["shelter"], rules=rules,
                       travel=Travel(get_profile("walk")))
    older = walk_access(net, origins, shelter, ["shelter"], rules=rules,
                        travel=Travel(get_profile("older_adult")))
    # 4 minutes: 320 m walking, 233 m for older adults
    assert base.within[:, 0].tolist() == [True, True, False]
    assert older.within[:, 0].tolist() == [True, False, False]
    pop = np.array([100.0, 100.0, 100.0])
    g65 = np.array([10.0, 30.0, 20.0])
    table = summarize_access(base, pop, {"pop_65plus": g65}, group_results={"pop_65plus": older})
    row_all = table.find(category="shelter", group="all")
    row_65 = table.find(category="shelter", group="pop_65plus")
    assert row_all["pop_within"] == 200.0
    assert row_65["pop_within"] == 10.0
    assert row_65["median_time_min"] == pytest.approx(250 / (3.49 * 1000 / 60), rel=1e-6)


def test_other_engines_take_a_travel():
    from urbanplan_plugin.core.flood.flooddisruption import flood_disruption
    from urbanplan_plugin.core.walk.accessibilitygrid import grid_access
    from urbanplan_plugin.core.walk.servicearea import service_areas
    from urbanplan_plugin.core.walk.supplydemand import two_step_fca
    net = street()
    wc10 = travel_on(net, "wheelchair", 0.10)
    walk10 = travel_on(net, "walk", 0.10)
    bottom, top = np.array([(20.0, 0.0)]), np.array([(180.0, 0.0)])
    # grid access: cell at the bottom, destination at the top
    g = grid_access(net, bottom, [None], top, ["x"], threshold_min=5, horizon_min=10,
                    travel=walk10)
    assert g.time[0, 0] == pytest.approx(160 / 80 * math.exp(0.35))
    assert g.opportunities[0] == 1.0
    g = grid_access(net, bottom, [None], top, ["x"], threshold_min=5, horizon_min=10,
                    travel=wc10)
    assert np.isnan(g.time[0, 0]) and g.opportunities[0] == 0.0
    # 2SFCA: residents at the bottom, a clinic at the top, 3-minute catchment: walking up takes
    # 2 x 1.419 = 2.84 min (in), walking down would be 2 min
    idx = walk10.index(net)
    r = two_step_fca(net, idx.snap(top), [1.0], idx.snap(bottom), [1000.0], catchment_min=2.5,
                     travel=walk10)
    assert r.n_facilities[0] == 0            # the uphill trip is 2.84 min > 2.5
    r = two_step_fca(net, idx.snap(bottom), [1.0], idx.snap(top), [1000.0], catchment_min=2.5,
                     travel=walk10)
    assert r.n_facilities[0] == 1 and r.nearest_min[0] == pytest.approx(2.0)
    # service area: where people can walk *to* the facility at the top within 2 minutes
    # (160 m on the flat): only 160 / exp(0.35) = 113 m of the uphill street below it
    sa = service_areas(net, idx.snap(top), bands_min=[2], shoulder_m=1.0, travel=walk10)
    xmin = sa.geometry[0].bounds[0]
    assert xmin == pytest.approx(180 - 160 / math.exp(0.35) - 1.0, abs=0.05)
    # flood disruption: the profile's closures and the flood's add up
    fd = flood_disruption(net, np.zeros(1), bottom, top, ["x"], threshold_min=5, travel=walk10)
    assert fd.before.time[0, 0] == pytest.approx(2 * math.exp(0.35))
    assert fd.dest_reached_before[0] and fd.dest_reached_after[0]
    fd = flood_disruption(net, np.full(1, 0.5), bottom, top, ["x"], threshold_min=5,
                          travel=walk10)
    assert np.isnan(fd.after.time[0, 0]) and not fd.dest_reached_after[0]
    fd = flood_disruption(net, np.zeros(1), bottom, top, ["x"], threshold_min=5, travel=wc10)
    assert np.isnan(fd.before.time[0, 0]) and not fd.dest_reached_before[0]


def test_service_area_per_facility_with_a_profile_matches_the_dissolved_one():
    from urbanplan_plugin.core.walk.servicearea import service_areas
    net = street()
    walk10 = travel_on(net, "walk", 0.10)
    idx = walk10.index(net)
    fac = idx.snap(np.array([(180.0, 0.0)]))
    one = service_areas(net, fac, bands_min=[1, 2], shoulder_m=1.0, travel=walk10,
                        per_facility=True)
    dis = service_areas(net, fac, bands_min=[1, 2], shoulder_m=1.0, travel=walk10)
    assert list(one.facility) == [0, 0]
    for a, b in zip(one.geometry, dis.geometry):
        assert a.symmetric_difference(b).area == pytest.approx(0.0, abs=1e-6)
    assert one.geometry[0].bounds[0] == pytest.approx(180 - 80 / math.exp(0.35) - 1, abs=0.05)


def test_partly_wet_sloped_street_closes_only_its_wet_stretch_for_the_profile():
    """The 200 m street rising 10 % is under water from x = 125 to 200 (0.5 m, deeper than the
    0.3 m walking depth). Walking up from x = 20: to a shop at x = 100 (dry) it takes
    80 m / 80 m/min x exp(0.35) = 1.419 min before and during the flood; to a shelter at
    x = 150 (wet) 130 / 80 x exp(0.35) = 2.306 min before, cut off during. The cut at x = 125
    falls inside a 10 m slope piece: the stretches keep the edge's direction and slope, so the
    times before the flood equal those on the uncut street. Closing the whole street (the
    edge-level depth) would cut the home off from the dry shop too."""
    from urbanplan_plugin.core.flood.flooddisruption import DepthProfile, flood_disruption
    net = street()
    walk10 = travel_on(net, "walk", 0.10)
    home = np.array([(20.0, 0.0)])
    dests = np.array([(100.0, 0.0), (150.0, 0.0)])
    labels = np.array(["shop", "shelter"], dtype=object)
    water = DepthProfile(np.array([0, 0]), np.array([0.0, 125.0]), np.array([125.0, 200.0]),
                         np.array([0.0, 0.5]), np.array([True]))
    fd = flood_disruption(net, water, home, dests, labels, threshold_min=5, travel=walk10)
    shop, shelter = fd.categories.index("shop"), fd.categories.index("shelter")
    up = math.exp(0.35)
    assert fd.stretches.edge_count == 2
    assert fd.before.time[0, shop] == pytest.approx(1.0 * up, rel=1e-9)
    assert fd.before.time[0, shelter] == pytest.approx(130 / 80 * up, rel=1e-9)
    assert fd.after.time[0, shop] == pytest.approx(1.0 * up, rel=1e-9)
    assert np.isnan(fd.after.time[0, shelter])
    assert fd.lost[0, shelter] and not fd.lost[0, shop]
    assert fd.km_flooded == pytest.approx(0.075)
    plain = walk_access(net, home, dests, labels, threshold_min=5, travel=walk10)
    np.testing.assert_allclose(fd.before.time, plain.time, rtol=1e-9)
    whole = flood_disruption(net, np.full(1, 0.5), home, dests, labels, threshold_min=5,
                             travel=walk10)
    assert np.isnan(whole.after.time[0]).all()


def test_stretches_take_the_pieces_of_their_edge():
    from urbanplan_plugin.core.network.slope import stretch_slopes
    net = street()
    slopes = edge_slopes(net, plane(0.10))          # 2 m cells: 10 m pieces
    assert slopes.piece_count.tolist() == [20]
    # the whole edge as one stretch: exactly its pieces
    same = stretch_slopes(slopes, [0], [0.0], [200.0])
    np.testing.assert_array_equal(same.piece_ptr, slopes.piece_ptr)
    np.testing.assert_array_equal(same.slope, slopes.slope)
    # cut at 120 m (a piece boundary): 12 + 8 pieces with the same slopes
    cut = stretch_slopes(slopes, [0, 0], [0.0, 120.0], [120.0, 80.0])
    assert cut.piece_count.tolist() == [12, 8]
    np.testing.assert_allclose(cut.slope, slopes.slope)
    # a piece under the cut at 125 m: the stretch keeps pieces of at most 10 m
    odd = stretch_slopes(slopes, [0, 0], [0.0, 125.0], [125.0, 75.0])
    assert odd.piece_count.tolist() == [13, 8]
    assert (odd.piece_length <= 10.0 + 1e-9).all()
