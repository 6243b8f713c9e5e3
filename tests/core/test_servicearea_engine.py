"""Service areas from reached edges: hand-worked areas, rivers, partial edges, rings."""
import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.walk.servicearea import (
    QUAD_SEGS,
    parse_bands,
    reached_stretches,
    service_areas,
)

SPEED = 4.8  # km/h = 80 m/min, so 5 minutes = 400 m


def cap_area(s):
    """Area of the two round caps of a buffered line as GEOS draws them (a 4*QUAD_SEGS-gon)."""
    q = QUAD_SEGS
    return 2 * q * np.sin(np.pi / (2 * q)) * s * s


def snap(net, pts, max_distance=np.inf):
    return EdgeIndex(net).snap(pts, max_distance=max_distance)


def test_straight_street_hand_worked():
    # a 2 km street, facility in the middle: 5 min = 400 m each way = an 800 m stretch
    net = build_network([[(0, 0), (700, 0), (1000, 0), (2000, 0)]])
    s = 30.0
    res = service_areas(net, snap(net, [(1000, 8)]), [5], SPEED, s)
    assert len(res) == 1 and res.facility[0] == -1 and res.band_min[0] == 5
    assert res.area_m2[0] == pytest.approx(800 * 2 * s + cap_area(s), rel=1e-9)
    # round caps: pi s^2 drawn as a polygon, within 1 %
    assert res.area_m2[0] == pytest.approx(800 * 2 * s + np.pi * s * s, rel=1e-3)
    x0, y0, x1, y1 = res.geometry[0].bounds
    assert (x0, x1) == (pytest.approx(600 - s), pytest.approx(1400 + s))
    assert (y0, y1) == (pytest.approx(-s), pytest.approx(s))


def test_river_without_bridge_is_not_crossed():
    # two parallel streets 200 m apart, joined only 1 km away (a bridge far upstream)
    net = build_network([[(0, 0), (1000, 0)], [(0, 200), (1000, 200)],
                         [(1000, 0), (1000, 200)]])
    res = service_areas(net, snap(net, [(100, 0)]), [5, 10], SPEED, 50.0)
    five, ten = res.geometry
    from shapely.geometry import Point
    # the far bank opposite the facility is 200 m away as the crow flies but 2 km on foot
    assert not five.intersects(Point(100, 200))
    assert not ten.intersects(Point(100, 200))
    assert ten.bounds[3] == pytest.approx(50.0)  # nothing north of the near street's shoulder
    # the same layout with a footbridge at x=100: the far bank is reached in 5 minutes
    net2 = build_network([[(0, 0), (100, 0), (1000, 0)], [(0, 200), (100, 200), (1000, 200)],
                          [(100, 0), (100, 200)]])
    res2 = service_areas(net2, snap(net2, [(100, 0)]), [5], SPEED, 50.0)
    assert res2.geometry[0].intersects(Point(100, 200))


def test_partial_edges_from_both_ends():
    # a 1 km block: facility at a corner; 7.5 min = 600 m reaches 600 m along both streets
    # leaving the corner, and a square loop brings the walker into the far edge from both ends
    sq = [(0, 0), (250, 0), (250, 250), (0, 250), (0, 0)]
    net = build_network([sq])
    res = service_areas(net, snap(net, [(0, 0)]), [7.5], SPEED, 10.0)
    # 600 m each way round a 1000 m loop: the whole loop is reached (600 + 600 >= 1000)
    loop_area = res.area_m2[0]
    ref = build_network([sq])
    full = service_areas(ref, snap(ref, [(0, 0)]), [60], SPEED, 10.0).area_m2[0]
    assert loop_area == pytest.approx(full, rel=1e-9)
    # 5 min = 400 m each way: 800 m of the 1000 m loop, the middle 200 m of the far side missing
    part = service_areas(net, snap(net, [(0, 0)]), [5], SPEED, 10.0)
    from shapely.geometry import Point
    g = part.geometry[0]
    assert g.intersects(Point(250, 150)) and g.intersects(Point(100, 250))
    assert not g.intersects(Point(200, 250))  # 250 + 250 + 50 = 550 m either way


def test_reached_stretches_arithmetic():
    net = build_network([[(0, 0), (100, 0)]])
    nd = np.array([0.0, 130.0])  # from-node at 0 m, to-node at 130 m (via elsewhere)
    e, s0, s1, full = reached_stretches(net, nd, 60.0)
    assert list(zip(e, s0, s1, full)) == [(0, 0.0, 60.0, False)]
    e, s0, s1, full = reached_stretches(net, np.array([0.0, 150.0]), 170.0)
    assert full.tolist() == [True] and s1[0] == pytest.approx(100.0)
    # from both ends without meeting: 0-30 from a, 80-100 from b
    e, s0, s1, full = reached_stretches(net, np.array([20.0, 30.0]), 50.0)
    got = sorted(zip(s0.round(9), s1.round(9)))
    assert got == [(0.0, 30.0), (80.0, 100.0)]


def test_facility_mid_edge_reaches_along_its_own_edge():
    net = build_network([[(0, 0), (2000, 0)]])
    e, s0, s1, full = reached_stretches(net, np.array([500.0, 1500.0]), 400.0, [0], [500.0])
    assert (s0.min(), s1.max()) == (pytest.approx(100.0), pytest.approx(900.0))


def test_nested_vs_rings_add_up_and_rings_do_not_overlap():
    lines = []
    for i in range(6):
        lines.append([(0, i * 150.0), (750, i * 150.0)])
        lines.append([(i * 150.0, 0), (i * 150.0, 750)])
    net = build_network(lines)
    fac = snap(net, [(300, 300), (700, 20)])
    nested = service_areas(net, fac, [2, 4, 6], SPEED, 25.0)
    rings = service_areas(net, fac, [2, 4, 6], SPEED, 25.0, rings=True)
    assert np.all(np.diff(nested.area_m2) > 0)
    assert rings.area_m2.sum() == pytest.approx(nested.area_m2[-1], rel=1e-9)
    assert rings.band_from_min.tolist() == [0, 2, 4] and rings.band_min.tolist() == [2, 4, 6]
    for i in range(3):
        for j in range(i + 1, 3):
            assert rings.geometry[i].intersection(rings.geometry[j]).area < 1e-6
    assert nested.largest_area_m2 == pytest.approx(nested.area_m2[-1])


def test_per_facility_one_polygon_each_and_union_is_dissolved():
    lines = [[(0, 0), (3000, 0)], [(1500, -500), (1500, 500)]]
    net = build_network(lines)
    fac = snap(net, [(200, 0), (2800, 0), (99999, 99999)], max_distance=100)
    per = service_areas(net, fac, [5, 10], SPEED, 20.0, per_facility=True)
    assert per.facility.tolist() == [0, 0, 1, 1]
    assert per.facilities_off_network == 1 and per.facilities_used == 2
    assert "farther than the snap" in per.log[0]
    dis = service_areas(net, fac, [5, 10], SPEED, 20.0)
    from shapely.ops import unary_union
    u = unary_union([per.geometry[1], per.geometry[3]])
    assert u.area == pytest.approx(dis.area_m2[1], rel=1e-6)
    assert per.largest_area_m2 == pytest.approx(dis.area_m2[1], rel=1e-6)
    # facility 0 at x=200: 5 min = 400 m -> stretch 0..600 (the street starts at 0)
    assert per.area_m2[0] == pytest.approx(600 * 40 + cap_area(20.0), rel=1e-9)


@pytest.mark.parametrize("bands,message", [
    ("0, 5", "positive"), ("-5", "positive"), ("five", "separated by commas"), ("", "at least one"),
])
def test_bad_bands(bands, message):
    with pytest.raises(UrbanPlanError, match=message):
        parse_bands(bands)


def test_bad_speed_shoulder_and_no_facility():
    net = build_network([[(0, 0), (100, 0)]])
    fac = snap(net, [(50, 0)])
    with pytest.raises(UrbanPlanError, match="speed"):
        service_areas(net, fac, [5], 0.0)
    with pytest.raises(UrbanPlanError, match="shoulder"):
        service_areas(net, fac, [5], SPEED, -1)
    with pytest.raises(UrbanPlanError, match="None of the 1 facilities"):
        service_areas(net, snap(net, [(5000, 5000)], 100), [5], SPEED)
    with pytest.raises(UrbanPlanError, match="no features"):
        service_areas(net, snap(net, np.empty((0, 2))), [5], SPEED)


def test_bands_sorted_and_deduplicated():
    assert parse_bands("15, 5,10, 5") == [5.0, 10.0, 15.0]


def test_per_facility_on_a_large_grid_equals_each_facility_alone():
    """A 2 km grid and 2-minute bands: per-facility searches run on the part of the network
    within reach only; each facility's polygons equal a run with that facility alone, and the
    rows come back in facility order."""
    xs = np.arange(21) * 100.0
    lines = [np.c_[xs, np.full(21, y)] for y in xs] + [np.c_[np.full(21, x), xs] for x in xs]
    net = build_network(lines)
    rng = np.random.default_rng(4)
    pts = rng.uniform(0, 2000, (7, 2))
    per = service_areas(net, snap(net, pts), [1, 2], SPEED, 15.0, per_facility=True)
    assert per.facility.tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]
    for i in range(7):
        alone = service_areas(net, snap(net, pts[i:i + 1]), [1, 2], SPEED, 15.0)
        np.testing.assert_allclose(per.area_m2[2 * i:2 * i + 2], alone.area_m2, rtol=1e-9)
        assert per.geometry[2 * i + 1].symmetric_difference(alone.geometry[1]).area < 1e-6
