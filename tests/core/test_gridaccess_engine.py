"""Hexagon grid, nearest time, cumulative opportunities and gravity access."""
import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.walk.accessibilitygrid import (
    cells_in_zones,
    decay_weight,
    grid_access,
    hex_area,
    hex_grid,
)

SPEED = 4.8  # 80 m/min


def street_grid(n=3, spacing=100.0):
    xs = np.arange(n) * spacing
    lines = []
    for i in range(n):
        lines.append(np.c_[xs, np.full(n, xs[i])])
        lines.append(np.c_[np.full(n, xs[i]), xs])
    return build_network(lines)


def test_hexagons_tile_the_extent():
    from shapely.geometry import Polygon, box
    from shapely.ops import unary_union
    centres, rings = hex_grid((0, 0, 1000, 600), 100.0)
    polys = [Polygon(r) for r in rings]
    assert polys[0].area == pytest.approx(hex_area(100.0))
    assert hex_area(100.0) == pytest.approx(np.sqrt(3) / 2 * 1e4)
    u = unary_union(polys)
    assert u.area == pytest.approx(sum(p.area for p in polys), rel=1e-9)  # no overlaps
    assert u.intersection(box(0, 0, 1000, 600)).area == pytest.approx(600000, rel=1e-9)
    # neighbours are exactly one cell size apart
    from scipy.spatial import cKDTree
    d, _ = cKDTree(centres).query(centres, k=2)
    np.testing.assert_allclose(d[:, 1], 100.0)


def test_too_many_cells_is_an_error_with_the_count():
    with pytest.raises(UrbanPlanError, match=r"about [\d,]+ cells.*at least \d+ m"):
        hex_grid((0, 0, 100000, 100000), 10.0)
    with pytest.raises(UrbanPlanError, match="positive"):
        hex_grid((0, 0, 10, 10), 0.0)


def test_cells_in_zones():
    from shapely.geometry import box
    centres, rings = hex_grid((0, 0, 1000, 1000), 100.0)
    keep = cells_in_zones(rings, [box(0, 0, 300, 300), None])
    assert 9 <= keep.sum() <= 30
    from shapely.geometry import Polygon
    for r, k in zip(rings, keep):
        assert Polygon(r).intersects(box(0, 0, 300, 300)) == k


def test_hand_worked_three_by_three():
    """Streets on a 3 x 3 grid (0, 100, 200 m). School (weight 10) at (200, 200), shop (5) at
    (0, 0). Cells: c1 = (0, 0), c2 = (100, 50) halfway up the middle street, c3 = (200, 100).
    Walks: c1 -> school 400 m, shop 0; c2 -> school 50 + 100 + 100 = 250, shop 50 + 100 = 150;
    c3 -> school 100, shop 300. At 80 m/min and a 200 m (2.5 min) threshold."""
    net = street_grid()
    centres = np.array([(0, 0), (100, 50), (200, 100)], float)
    res = grid_access(net, centres, None, [(200, 200), (0, 0)], ["school", "shop"], [10, 5],
                      speed_kmh=SPEED, threshold_min=2.5, horizon_min=10)
    assert res.categories == ["school", "shop"]
    np.testing.assert_allclose(res.time[:, 0], np.array([400, 250, 100]) / 80)
    np.testing.assert_allclose(res.time[:, 1], np.array([0, 150, 300]) / 80, atol=1e-9)
    np.testing.assert_allclose(res.opportunities, [5, 5, 10])
    t = np.array([[400, 0], [250, 150], [100, 300]]) / 80.0
    expect = (np.array([10, 5]) * np.exp(-0.1 * t)).sum(axis=1)
    np.testing.assert_allclose(res.gravity, expect)
    pw = grid_access(net, centres, None, [(200, 200), (0, 0)], ["school", "shop"], [10, 5],
                     speed_kmh=SPEED, threshold_min=2.5, horizon_min=10, decay="power", beta=2)
    expect = (np.array([10, 5]) * np.maximum(t, 1.0) ** -2.0).sum(axis=1)
    np.testing.assert_allclose(pw.gravity, expect)
    assert res.summary["CELL_COUNT"] == 3 and res.summary["CELLS_ON_NETWORK"] == 3
    assert res.summary["MEAN_OPPORTUNITIES"] == pytest.approx(20 / 3)


def test_horizon_cuts_nearest_time_not_gravity():
    net = street_grid()
    res = grid_access(net, [(0, 0)], None, [(200, 200)], None, None, speed_kmh=SPEED,
                      threshold_min=2, horizon_min=3)  # 400 m = 5 min > 3 min horizon
    assert np.isnan(res.time[0, 0]) and res.opportunities[0] == 0
    assert res.null_reason == ["beyond_horizon"]
    # gravity sums until the weight falls below 1 % of f(0) (46 min at beta 0.1), not to the
    # horizon of the nearest times
    assert res.gravity[0] == pytest.approx(np.exp(-0.1 * 5.0))
    assert res.gravity_trunc_max_pct[0] == 0.0          # nothing on the network left out


def test_gravity_sums_until_the_weight_is_negligible():
    """A 6 km street walked at 6 km/h (100 m per minute); the cell at its west end; one
    destination 3.5 km away (35 min), one 5 km away (50 min). Exponential decay, beta 0.1:
    f(35) = 0.0302, f(50) = 0.0067. The cut-off is where f falls to 1 % of f(0):
    ln(100) / 0.1 = 46.05 min; so the first counts (it did not when gravity stopped at the
    30-minute horizon), the second does not, and the share left out is bounded by
    f(46.05) x 1 / (f(35) + f(46.05) x 1) = 0.01 / 0.0402 = 24.9 % (the true share is
    0.0067 / 0.0369 = 18 %)."""
    from urbanplan_plugin.core.walk.accessibilitygrid import gravity_cutoff_min
    net = build_network([[(0.0, 0.0), (6000.0, 0.0)]])
    res = grid_access(net, [(0.0, 0.0)], None, [(3500.0, 0.0), (5000.0, 0.0)], None, None,
                      speed_kmh=6.0, threshold_min=15, horizon_min=30)
    assert gravity_cutoff_min("exponential", 0.1) == pytest.approx(np.log(100) / 0.1)
    assert res.summary["GRAVITY_CUTOFF_MIN"] == pytest.approx(46.0517, abs=1e-4)
    assert res.gravity[0] == pytest.approx(np.exp(-3.5))
    bound = 0.01 / (np.exp(-3.5) + 0.01)
    assert res.gravity_trunc_max_pct[0] == pytest.approx(100 * bound)
    true_share = np.exp(-5.0) / (np.exp(-3.5) + np.exp(-5.0))
    assert 100 * true_share <= res.gravity_trunc_max_pct[0]
    assert res.summary["GRAVITY_TRUNC_MAX_PCT"] == pytest.approx(100 * bound)
    # with a longer cut-off both count and nothing is left out
    full = grid_access(net, [(0.0, 0.0)], None, [(3500.0, 0.0), (5000.0, 0.0)], None, None,
                       speed_kmh=6.0, threshold_min=15, horizon_min=30, gravity_cutoff=60)
    assert full.gravity[0] == pytest.approx(np.exp(-3.5) + np.exp(-5.0))
    assert full.gravity_trunc_max_pct[0] == 0.0
    # power decay, beta 1: f(t) = 1/t falls to 1 % of f(0) = 1 at 100 min; capped at 60 min
    assert gravity_cutoff_min("power", 1.0, cap=1e9) == pytest.approx(100.0)
    assert gravity_cutoff_min("power", 1.0) == pytest.approx(60.0)


def test_cumulative_and_gravity_equal_networkx_brute_force():
    nx = pytest.importorskip("networkx")
    from urbanplan_plugin.core.network.graphs import to_networkx
    rng = np.random.default_rng(11)
    net = street_grid(10, 80.0)
    cells = rng.choice(net.node_count, 60, replace=False)
    dests = rng.choice(net.node_count, 25, replace=False)
    w = rng.integers(1, 100, 25).astype(float)
    res = grid_access(net, net.node_xy[cells], None, net.node_xy[dests], None, w,
                      speed_kmh=SPEED, threshold_min=5, horizon_min=8, decay="exponential",
                      beta=0.2)
    g = to_networkx(net)
    all_d = dict(nx.all_pairs_dijkstra_path_length(g, weight="length"))
    exp_opp = np.zeros(60)
    exp_grav = np.zeros(60)
    for i, c in enumerate(cells):
        for j, d in enumerate(dests):
            t = all_d[int(c)][int(d)] / 80.0
            if t <= 5 + 1e-9:
                exp_opp[i] += w[j]
            if t <= np.log(100) / 0.2 + 1e-9:      # f(t) >= 1 % of f(0): 23 min
                exp_grav[i] += w[j] * np.exp(-0.2 * t)
    np.testing.assert_allclose(res.opportunities, exp_opp)
    np.testing.assert_allclose(res.gravity, exp_grav, rtol=1e-9)
    assert exp_opp.max() > 0 and (exp_opp < w.sum()).any()


def test_off_network_cells_are_null():
    net = street_grid()
    res = grid_access(net, [(0, 0), (5000, 5000)], None, [(100, 100)], max_snap_m=50,
                      speed_kmh=SPEED)
    assert not np.isnan(res.opportunities[0]) and np.isnan(res.opportunities[1])
    assert np.isnan(res.gravity[1]) and np.isnan(res.time[1, 0])
    assert any("farther than 50 m" in line for line in res.log)


def test_decay_formulas_and_bad_parameters():
    assert decay_weight(10.0, "exponential", 0.1) == pytest.approx(np.exp(-1.0))
    assert decay_weight(4.0, "power", 2.0) == pytest.approx(1 / 16)
    assert decay_weight(0.0, "power", 2.0) == pytest.approx(1.0)  # capped at 1 minute
    with pytest.raises(UrbanPlanError, match="beta"):
        decay_weight(1.0, "exponential", -1)
    with pytest.raises(UrbanPlanError, match="Unknown decay"):
        decay_weight(1.0, "logistic")


@pytest.mark.parametrize("kwargs,message", [
    ({"threshold_min": 0}, "threshold"),
    ({"speed_kmh": 0}, "speed"),
    ({"dest_weight": [-1]}, "weights"),
    ({"max_snap_m": 0}, "snap"),
])
def test_bad_input(kwargs, message):
    net = street_grid()
    args = dict(network=net, centres=[(0, 0)], rings=None, dest_xy=[(100, 100)])
    args.update(kwargs)
    with pytest.raises(UrbanPlanError, match=message):
        grid_access(**args)


def test_destinations_all_off_network():
    net = street_grid()
    with pytest.raises(UrbanPlanError, match="None of the 1 destinations"):
        grid_access(net, [(0, 0)], None, [(9000, 9000)], max_snap_m=100)


def test_a_park_with_several_entrances_counts_once():
    net = street_grid()
    # a park (weight 7) entered at (100, 0) and (0, 100); a shop (weight 2) at (200, 0)
    res = grid_access(net, [(0, 0)], None, [(100, 0), (0, 100), (200, 0)], None, [7, 7, 2],
                      speed_kmh=SPEED, threshold_min=5, horizon_min=5, dest_owner=[0, 0, 1])
    assert res.opportunities[0] == pytest.approx(9.0)
    assert res.gravity[0] == pytest.approx(7 * np.exp(-0.1 * 100 / 80) + 2 * np.exp(-0.1 * 2.5))
