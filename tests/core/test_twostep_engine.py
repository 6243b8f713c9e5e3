"""Two-step floating catchment (Luo & Wang 2003): worked on paper, and supply conservation."""
import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.walk.supplydemand import gaussian_weight, two_step_fca

SPEED = 4.8  # 80 m/min


def street():
    return build_network([[(0, 0), (1000, 0), (2000, 0), (3000, 0)]])


def test_two_facilities_three_origins_on_paper():
    """A 3 km street, catchment 10 min = 800 m.

    Facilities: A at x=500 (10 seats), B at x=2000 (30 seats).
    Residents: o1 at x=0 (100 people), o2 at x=1200 (200), o3 at x=2600 (300).
    Distances: A-o1 500, A-o2 700, A-o3 2100; B-o1 2000, B-o2 800, B-o3 600.
    Step 1: D_A = 100 + 200 = 300, R_A = 10/300; D_B = 200 + 300 = 500, R_B = 30/500.
    Step 2: A_o1 = R_A = 0.0333.. -> 33.33 per 1000; A_o2 = R_A + R_B = 0.09333.. -> 93.33;
    A_o3 = R_B = 0.06 -> 60."""
    net = street()
    idx = EdgeIndex(net)
    sup = idx.snap([(500, 0), (2000, 0)])
    dem = idx.snap([(0, 0), (1200, 0), (2600, 0)])
    res = two_step_fca(net, sup, [10, 30], dem, [100, 200, 300], catchment_min=10,
                       speed_kmh=SPEED)
    np.testing.assert_allclose(res.access_per_1000, [1000 / 30, 1000 * (10 / 300 + 30 / 500),
                                                     60.0])
    np.testing.assert_allclose(res.demand, [300, 500])
    np.testing.assert_allclose(res.ratio_per_1000, [1000 * 10 / 300, 1000 * 30 / 500])
    assert res.n_facilities.tolist() == [1, 2, 1]
    np.testing.assert_allclose(res.nearest_min, [500 / 80, 700 / 80, 600 / 80])
    # conservation: every origin covered -> sum A_i P_i = total supply
    assert np.sum(res.access_per_1000 / 1000 * [100, 200, 300]) == pytest.approx(40.0)
    assert res.summary["MEAN_ACCESS_PER_1000"] == pytest.approx(1000 * 40 / 600)
    assert res.summary["SHARE_WITH_ACCESS"] == pytest.approx(1.0)


@pytest.mark.parametrize("decay", ["none", "gaussian"])
def test_supply_is_conserved_on_a_random_grid(decay):
    rng = np.random.default_rng(7)
    xs = np.arange(8) * 120.0
    lines = [np.c_[xs, np.full(8, x)] for x in xs] + [np.c_[np.full(8, x), xs] for x in xs]
    net = build_network(lines)
    idx = EdgeIndex(net)
    sup = idx.snap(rng.uniform(0, 840, (6, 2)))
    dem = idx.snap(rng.uniform(0, 840, (80, 2)))
    supply = rng.integers(1, 50, 6).astype(float)
    pop = rng.integers(0, 500, 80).astype(float)
    res = two_step_fca(net, sup, supply, dem, pop, catchment_min=30, speed_kmh=SPEED,
                       decay=decay)
    covered = res.n_facilities > 0
    assert covered.all()  # 30 min = 2.4 km covers this 840 m grid
    assert np.sum(res.access_per_1000 / 1000 * pop) == pytest.approx(supply.sum(), rel=1e-9)


def test_uncovered_origin_is_zero_off_network_is_null_and_empty_facility_null():
    net = build_network([[(0, 0), (5000, 0)]])
    idx = EdgeIndex(net)
    sup = idx.snap([(0, 0), (4000, 0)])
    dem = idx.snap([(100, 0), (2500, 0), (100, 900)], max_distance=200)
    res = two_step_fca(net, sup, [5, 7], dem, [50, 60, 70], catchment_min=5, speed_kmh=SPEED)
    assert res.access_per_1000[0] == pytest.approx(100.0)
    assert res.access_per_1000[1] == 0.0  # on the network, nothing within 400 m
    assert np.isnan(res.access_per_1000[2])  # off the network
    assert np.isnan(res.ratio_per_1000[1])  # facility at 4000 m has no residents nearby
    assert res.summary["SUPPLY_REACHING_RESIDENTS"] == 5
    assert any("no residents within" in line for line in res.log)


def test_gaussian_weight():
    d0 = 800.0
    assert gaussian_weight(0.0, d0) == pytest.approx(1.0)
    assert gaussian_weight(d0, d0) == pytest.approx(0.0)
    assert gaussian_weight(2 * d0, d0) == 0.0
    e = np.exp(-0.5)
    assert gaussian_weight(400.0, d0) == pytest.approx((np.exp(-0.125) - e) / (1 - e))


def test_gaussian_hand_worked():
    # one facility (10 seats) at x=0; residents at 0 m (100) and 400 m (100); d0 = 800 m
    net = street()
    idx = EdgeIndex(net)
    sup = idx.snap([(0, 0)])
    dem = idx.snap([(0, 0), (400, 0)])
    res = two_step_fca(net, sup, [10], dem, [100, 100], 10, SPEED, decay="gaussian")
    g = gaussian_weight(400.0, 800.0)
    r = 10 / (100 + 100 * g)
    np.testing.assert_allclose(res.access_per_1000, [1000 * r, 1000 * r * g])


@pytest.mark.parametrize("kwargs,message", [
    ({"catchment_min": 0}, "catchment"),
    ({"speed_kmh": -1}, "speed"),
    ({"decay": "cubic"}, "Unknown distance decay"),
    ({"supply": [np.nan]}, "NULL"),
    ({"population": [-3]}, "negative"),
])
def test_bad_input(kwargs, message):
    net = street()
    idx = EdgeIndex(net)
    args = dict(network=net, supply_snap=idx.snap([(0, 0)]), supply=[1],
                demand_snap=idx.snap([(10, 0)]), population=[5])
    args.update(kwargs)
    with pytest.raises(UrbanPlanError, match=message):
        two_step_fca(**args)


def test_all_facilities_off_network():
    net = street()
    idx = EdgeIndex(net)
    with pytest.raises(UrbanPlanError, match="None of the 1 facilities"):
        two_step_fca(net, idx.snap([(0, 900)], 100), [1], idx.snap([(0, 0)]), [1])


def test_distribution_of_access_not_only_the_mean():
    """The on-paper case above: 100 people at 33.33 per 1 000, 300 at 60, 200 at 93.33 (sorted
    by access). The mean (66.67) is only total supply / people. Population-weighted lower
    percentiles: P10 (60 people) 33.33, median (300) 60, P90 (540) 93.33. Below the area's
    overall ratio 1000 x 40 / 600 = 66.67: 100 + 300 of 600 people = 2/3. Gini from the Lorenz
    curve: people shares 1/6, 1/2, 1/3; cumulative access shares 1/12, 8/15, 1:
    1 - (1/6 x 1/12 + 1/2 x (1/12 + 8/15) + 1/3 x (8/15 + 1)) = 1/6 (the same as the mean
    absolute difference over all pairs of people / twice the mean: 8e6 / 48e6)."""
    net = street()
    idx = EdgeIndex(net)
    sup = idx.snap([(500, 0), (2000, 0)])
    dem = idx.snap([(0, 0), (1200, 0), (2600, 0)])
    res = two_step_fca(net, sup, [10, 30], dem, [100, 200, 300], catchment_min=10,
                       speed_kmh=SPEED)
    s = res.summary
    assert s["ACCESS_P10_PER_1000"] == pytest.approx(1000 / 30)
    assert s["ACCESS_MEDIAN_PER_1000"] == pytest.approx(60.0)
    assert s["ACCESS_P90_PER_1000"] == pytest.approx(1000 * (10 / 300 + 30 / 500))
    assert s["STANDARD_PER_1000"] == pytest.approx(1000 * 40 / 600)
    assert s["POP_BELOW_STANDARD_PCT"] == pytest.approx(100 * 2 / 3)
    assert s["GINI_ACCESS"] == pytest.approx(1 / 6)
    # a planning standard of 50 per 1 000: only the 100 people at 33.33 are below it
    res = two_step_fca(net, sup, [10, 30], dem, [100, 200, 300], catchment_min=10,
                       speed_kmh=SPEED, standard_per_1000=50)
    assert res.summary["POP_BELOW_STANDARD_PCT"] == pytest.approx(100 / 6)
    with pytest.raises(UrbanPlanError, match="standard"):
        two_step_fca(net, sup, [10, 30], dem, [100, 200, 300], standard_per_1000=-1)


def test_gini_by_hand():
    from urbanplan_plugin.core.walk.supplydemand import weighted_gini
    # half the people hold everything: 0.5; three people at 0 and one at 10: 0.75
    assert weighted_gini([0, 0, 10, 10], [1, 1, 1, 1]) == pytest.approx(0.5)
    assert weighted_gini([0, 10], [3, 1]) == pytest.approx(0.75)
    assert weighted_gini([5, 5, 5], [1, 2, 3]) == pytest.approx(0.0)
    assert np.isnan(weighted_gini([0, 0], [1, 1]))           # nobody has any: undefined
    assert weighted_gini([np.nan, 0, 10], [5, 3, 1]) == pytest.approx(0.75)  # NULL left out
