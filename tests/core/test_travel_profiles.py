"""Travel profiles (speeds, way rules, slope rules) and slope-dependent edge times, by hand."""
import json
import math

import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
from urbanplan_plugin.core.network.build import DEFAULT_WALK_SPEED_KMH, from_edge_arrays
from urbanplan_plugin.core.network.slope import (
    EdgeSlopes,
    bilinear,
    edge_slopes,
    edge_times,
    points_along_edges,
)
from urbanplan_plugin.core.walk.profiles import (
    CLOSED,
    PUSH,
    TRAVEL,
    get_profile,
    load_profiles,
    parse_group_profiles,
    parse_incline,
    parse_profiles,
    profiles_path,
    tobler_speed,
)

# --------------------------------------------------------------------------- presets

def test_every_profile_names_its_sources_and_walk_is_todays_default():
    profiles = load_profiles()
    assert list(profiles)[:1] == ["walk"]
    assert {"walk", "older_adult", "child", "wheelchair", "bicycle"} <= set(profiles)
    for p in profiles.values():
        assert p.sources["flat_speed"].strip(), p.id
        assert p.sources["slope"].strip(), p.id
        assert p.sources["ways"].strip(), p.id
    assert profiles["walk"].flat_speed_kmh == DEFAULT_WALK_SPEED_KMH
    # the published numbers the speeds come from (m/s x 3.6)
    assert profiles["older_adult"].flat_speed_kmh == pytest.approx(0.97 * 3.6, abs=0.01)
    assert profiles["child"].flat_speed_kmh == pytest.approx(0.88 * 3.6, abs=0.01)
    assert profiles["wheelchair"].flat_speed_kmh == pytest.approx(0.79 * 3.6, abs=0.01)
    assert profiles["wheelchair"].max_running_slope == pytest.approx(1 / 12)
    raw = json.load(open(profiles_path(), encoding="utf-8"))
    wc = [p for p in raw["profiles"] if p["id"] == "wheelchair"][0]
    assert "405.2" in wc["slope"]["max_running_slope_source"]


def test_unknown_profile_and_bad_files_say_what_is_wrong():
    with pytest.raises(UrbanPlanError, match="Unknown travel profile 'skate'"):
        get_profile("skate")
    assert get_profile(None).id == "walk"
    with pytest.raises(UrbanPlanError, match="flat_speed_kmh"):
        parse_profiles({"profiles": [{"id": "x", "flat_speed_kmh": -1,
                                      "flat_speed_source": "example"}]})
    with pytest.raises(UrbanPlanError, match="flat_speed_source"):
        parse_profiles({"profiles": [{"id": "x", "flat_speed_kmh": 4}]})
    with pytest.raises(UrbanPlanError, match="unknown slope rule"):
        parse_profiles({"profiles": [{"id": "x", "flat_speed_kmh": 4, "flat_speed_source": "e",
                                      "slope": {"rule": "magic"}}]})


def test_group_profiles_text():
    groups = ["pop_65plus", "pop_0_14"]
    assert parse_group_profiles("pop_65plus=older_adult; pop_0_14 : child", groups) == {
        "pop_65plus": "older_adult", "pop_0_14": "child"}
    assert parse_group_profiles("", groups) == {}
    with pytest.raises(UrbanPlanError, match="not one of the population group"):
        parse_group_profiles("elderly=older_adult", groups)
    with pytest.raises(UrbanPlanError, match="not a travel profile"):
        parse_group_profiles("pop_65plus=scooter", groups)
    with pytest.raises(UrbanPlanError, match="is not 'group=profile'"):
        parse_group_profiles("pop_65plus", groups)


# --------------------------------------------------------------------------- slope rules

def test_tobler_normalised_hand_numbers():
    walk = get_profile("walk")
    v0 = walk.flat_speed_kmh
    assert walk.speed_kmh(0.0) == pytest.approx(v0)
    # 10 % uphill: exp(-3.5 * (0.15 - 0.05)) = exp(-0.35): the time is exp(0.35) = 1.419 x
    assert v0 / walk.speed_kmh(0.10) == pytest.approx(math.exp(0.35), rel=1e-12)
    assert math.exp(0.35) == pytest.approx(1.419, abs=5e-4)
    # 10 % downhill: |S + 0.05| = 0.05 -> exactly the flat speed
    assert walk.speed_kmh(-0.10) == pytest.approx(v0, rel=1e-12)
    # the fastest slope is -5 % (Tobler's 6 km/h peak over his 5.04 km/h flat speed)
    assert walk.speed_kmh(-0.05) / v0 == pytest.approx(6.0 / (6.0 * math.exp(-0.175)))
    s = np.linspace(-0.3, 0.3, 61)
    assert np.argmax(tobler_speed(s, v0)) == np.argmin(np.abs(s + 0.05))
    # every walking profile slows by the same ratio
    for pid in ("older_adult", "child"):
        p = get_profile(pid)
        assert p.speed_kmh(0.1) / p.flat_speed_kmh == pytest.approx(math.exp(-0.35))


def test_wheelchair_max_running_slope():
    wc = get_profile("wheelchair")
    v0 = wc.flat_speed_kmh
    for s in (0.10, -0.10, 0.0834, -0.09):
        assert wc.speed_kmh(s) == 0.0, s
        assert wc.minutes_per_metre(s) == np.inf
    # 1:12 itself passes (a ramp built to the limit is a ramp), and 5 % passes, slowed
    assert wc.speed_kmh(1 / 12) > 0
    assert wc.speed_kmh(0.05) == pytest.approx(v0 * math.exp(-3.5 * 0.05))
    assert wc.speed_kmh(-0.05) == pytest.approx(v0 * math.exp(3.5 * 0.05))
    # walking profiles have no limit
    assert get_profile("older_adult").speed_kmh(0.3) > 0


def _power_balance_bisect(power, slope, m, cda, crr, rho):
    """Independent oracle: bisection on P(v) = v (0.5 rho CdA v^2 + m g (Crr cos + sin))."""
    a = math.atan(slope)
    lo, hi = 0.0, 40.0
    for _ in range(200):
        v = 0.5 * (lo + hi)
        p = v * (0.5 * rho * cda * v * v + m * 9.80665 * (crr * math.cos(a) + math.sin(a)))
        lo, hi = (v, hi) if p < power else (lo, v)
    return 0.5 * (lo + hi)


def test_bicycle_slope_rule_against_an_independent_solve():
    bike = get_profile("bicycle")
    prm = bike.slope
    v0 = bike.flat_speed_kmh
    m, cda, crr, rho = prm["mass_kg"], prm["cda_m2"], prm["crr"], prm["air_density_kg_m3"]
    u0 = v0 / 3.6
    p_flat = u0 * (0.5 * rho * cda * u0 ** 2 + m * 9.80665 * crr)
    assert bike.speed_kmh(0.0) == pytest.approx(v0)
    for s in (0.01, 0.03, 0.05):
        factor = 1 + (prm["climb_power_factor"] - 1) * min(s / prm["climb_power_full_at_slope"], 1)
        along = _power_balance_bisect(p_flat * factor, s, m, cda, crr, rho)
        expect = max(along * 3.6 * math.cos(math.atan(s)), tobler_speed(s, 4.8))
        assert bike.speed_kmh(s) == pytest.approx(expect, rel=1e-9), s
    # continuous at 0 and slower uphill, faster downhill
    assert bike.speed_kmh(1e-7) == pytest.approx(v0, rel=1e-4)
    assert bike.speed_kmh(0.02) < v0 < bike.speed_kmh(-0.02)
    # Parkin and Rotheram (2010): 22 -> 25 km/h at 3 % downhill, i.e. x (1 + 3 * 4.545 / 100)
    assert bike.speed_kmh(-0.03) == pytest.approx(v0 * (1 + 0.03 * 4.545))
    assert bike.speed_kmh(-0.5) == pytest.approx(35.0)
    # where riding is slower than walking, the cyclist pushes at walking speed
    assert bike.speed_kmh(0.25) == pytest.approx(tobler_speed(0.25, 4.8))
    # a PUSH way goes at walking speed whatever the slope rule
    assert bike.speed_kmh(0.0, PUSH) == pytest.approx(4.8)
    assert bike.speed_kmh(0.0, CLOSED) == 0.0


# --------------------------------------------------------------------------- way rules

def test_way_rules():
    walk, wc, bike = get_profile("walk"), get_profile("wheelchair"), get_profile("bicycle")
    assert walk.way_mode("steps") == TRAVEL
    assert wc.way_mode("steps") == CLOSED
    assert wc.way_mode("steps", {"wheelchair": "yes"}) == CLOSED  # steps never
    assert wc.way_mode("footway") == TRAVEL
    assert wc.way_mode("footway", {"wheelchair": "no"}) == CLOSED
    assert wc.way_mode("footway", {"smoothness": "very_bad"}) == CLOSED
    assert wc.way_mode("footway", {"smoothness": "intermediate"}) == TRAVEL
    assert wc.way_mode("footway", {"incline": "12%"}) == CLOSED
    assert wc.way_mode("footway", {"incline": "-6 %"}) == TRAVEL
    assert wc.way_mode("footway", {"incline": "up"}) == TRAVEL
    assert wc.way_mode("residential", {"foot": "no"}) == CLOSED  # the walk rule still holds
    assert wc.way_mode("motorway") == CLOSED
    # bicycle
    assert bike.way_mode("residential") == TRAVEL
    assert bike.way_mode("cycleway", {"foot": "no"}) == TRAVEL
    assert bike.way_mode("footway") == PUSH
    assert bike.way_mode("footway", {"bicycle": "yes"}) == TRAVEL
    assert bike.way_mode("footway", {"bicycle": "no"}) == CLOSED
    assert bike.way_mode("footway", {"foot": "no"}) == CLOSED  # cannot push where no one walks
    assert bike.way_mode("residential", {"bicycle": "dismount"}) == PUSH
    assert bike.way_mode("primary", {"bicycle": "use_sidepath"}) == CLOSED
    assert bike.way_mode("trunk") == CLOSED
    assert bike.way_mode("trunk", {"bicycle": "designated"}) == TRAVEL
    assert bike.way_mode("steps") == CLOSED
    assert bike.way_mode("steps", {"bicycle": "yes"}) == CLOSED
    assert bike.way_mode("motorway", {"bicycle": "yes"}) == CLOSED
    assert bike.way_mode("service", {"access": "private"}) == CLOSED
    assert bike.way_mode("service", {"access": "private", "bicycle": "yes"}) == TRAVEL
    modes = wc.way_modes(["steps", "footway", "steps", None], [{}, {}, {}, {}])
    assert modes.tolist() == [CLOSED, TRAVEL, CLOSED, CLOSED]
    assert wc.way_modes(None) is None


def test_parse_incline():
    assert parse_incline("12%") == pytest.approx(0.12)
    assert parse_incline("-8 %") == pytest.approx(-0.08)
    assert parse_incline("8,5%") == pytest.approx(0.085)
    assert parse_incline("10") == pytest.approx(0.10)
    assert parse_incline("5°") == pytest.approx(math.tan(math.radians(5)))
    assert parse_incline("up") is None and parse_incline(None) is None


# --------------------------------------------------------------------------- terrain

def terrain(f, xmin=-10.0, xmax=210.0, ymin=-20.0, ymax=20.0, cell=1.0, nodata=None):
    """A DEM whose height depends on x only; cell centres on whole metres when cell=1."""
    cols = int(round((xmax - xmin) / cell))
    rows = int(round((ymax - ymin) / cell))
    grid = Grid(xmin - cell / 2, ymax + cell / 2, cell, cell, rows, cols)
    xc, _ = grid.centres()
    values = np.tile(f(xc), (rows, 1)).astype(np.float64)
    mask = np.zeros_like(values, dtype=bool) if nodata is None else nodata(grid, values)
    return Raster(values, mask, grid)


def street(*points):
    pts = np.asarray(points, dtype=float)
    length = float(np.hypot(*np.diff(pts, axis=0).T).sum())
    return from_edge_arrays([pts[0], pts[-1]], [0], [1], [length], [pts])


def test_bilinear_is_exact_on_a_plane_and_skips_nodata():
    dem = terrain(lambda x: 0.1 * x)
    z = bilinear(dem, np.array([0.0, 12.3, 99.99, 500.0]), np.array([0.0, 3.7, -2.2, 0.0]))
    assert z[:3] == pytest.approx([0.0, 1.23, 9.999])
    assert np.isnan(z[3])
    holes = terrain(lambda x: 0.1 * x, nodata=lambda g, v: np.broadcast_to(
        (g.centres()[0] > 50)[None, :], v.shape).copy())
    assert np.isnan(bilinear(holes, np.array([80.0]), np.array([0.0])))[0]
    assert bilinear(holes, np.array([50.2]), np.array([0.0]))[0] == pytest.approx(5.0)


def test_points_along_a_bent_edge():
    net = street((0, 0), (30, 0), (30, 40))
    xy = points_along_edges(net, np.array([0, 4]), np.array([0.0, 0.3, 0.5, 1.0]))
    assert np.allclose(xy, [[0, 0], [21, 0], [30, 5], [30, 40]])


def test_ten_percent_street_walk_uphill_and_downhill():
    net = street((0, 0), (100, 0))            # from-node at x=0, rising to x=100
    slopes = edge_slopes(net, terrain(lambda x: 0.1 * x))
    assert slopes.slope == pytest.approx(np.full(len(slopes.slope), 0.1))
    assert slopes.unknown_m == 0.0
    walk = get_profile("walk")
    t = edge_times(slopes, walk)
    flat = 100.0 / (walk.flat_speed_kmh * 1000 / 60)
    assert t.forward[0] / flat == pytest.approx(math.exp(0.35), rel=1e-12)
    assert t.backward[0] == pytest.approx(flat, rel=1e-12)
    # a part of the edge costs its share; both directions
    assert t.between([0], [20.0], [70.0])[0] == pytest.approx(0.5 * t.forward[0])
    assert t.between([0], [70.0], [20.0])[0] == pytest.approx(0.5 * flat)
    assert t.between([0], [33.0], [33.0])[0] == 0.0
    # without a DEM: one flat piece, same time both ways
    t0 = edge_times(EdgeSlopes.flat(net), walk)
    assert t0.forward[0] == pytest.approx(flat) and t0.backward[0] == pytest.approx(flat)


def test_wheelchair_on_ten_and_five_percent_and_steps():
    wc = get_profile("wheelchair")
    net = street((0, 0), (100, 0))
    ten = edge_times(edge_slopes(net, terrain(lambda x: 0.1 * x)), wc)
    assert ten.forward[0] == np.inf and ten.backward[0] == np.inf
    five = edge_times(edge_slopes(net, terrain(lambda x: 0.05 * x)), wc)
    flat = 100.0 / (wc.flat_speed_kmh * 1000 / 60)
    assert five.forward[0] == pytest.approx(flat * math.exp(3.5 * 0.05))
    assert five.backward[0] == pytest.approx(flat * math.exp(-3.5 * 0.05))
    # steps: closed by the way rule, whatever the terrain
    mode = wc.way_modes(["steps"])
    steps = edge_times(EdgeSlopes.flat(net), wc, modes=mode)
    assert steps.forward[0] == np.inf and steps.backward[0] == np.inf


def test_a_steep_stretch_blocks_only_what_crosses_it():
    # 10 % for the first 50 m, then flat: a wheelchair can use the flat half
    net = street((0, 0), (100, 0))
    slopes = edge_slopes(net, terrain(lambda x: 0.1 * np.clip(x, 0, 50)))
    assert slopes.step_m == 10.0 and len(slopes.slope) == 10
    assert slopes.slope[:5] == pytest.approx([0.1] * 5)
    assert slopes.slope[5:] == pytest.approx([0.0] * 5)
    wc = get_profile("wheelchair")
    t = edge_times(slopes, wc)
    per_m = 60.0 / (wc.flat_speed_kmh * 1000)
    assert t.forward[0] == np.inf
    assert t.between([0], [100.0], [60.0])[0] == pytest.approx(40 * per_m)
    assert t.between([0], [60.0], [100.0])[0] == pytest.approx(40 * per_m)
    assert t.between([0], [50.0], [100.0])[0] == pytest.approx(50 * per_m)
    assert t.between([0], [100.0], [49.0])[0] == np.inf
    assert t.between([0], [0.0], [20.0])[0] == np.inf
    # walking: the sum of the piece times (uphill half slower, flat half at flat speed)
    walk = get_profile("walk")
    tw = edge_times(slopes, walk)
    wpm = 60.0 / (walk.flat_speed_kmh * 1000)
    assert tw.forward[0] == pytest.approx(50 * wpm * math.exp(0.35) + 50 * wpm)
    assert tw.backward[0] == pytest.approx(100 * wpm)


def test_up_and_down_costs_both_climbs_not_the_end_to_end_gradient():
    # a street over a 5 m hump: end heights equal, but the walk goes 10 % up then 10 % down
    net = street((0, 0), (100, 0))
    dem = terrain(lambda x: 0.1 * np.minimum(np.clip(x, 0, 100), 100 - np.clip(x, 0, 100)))
    walk = get_profile("walk")
    t = edge_times(edge_slopes(net, dem), walk)
    wpm = 60.0 / (walk.flat_speed_kmh * 1000)
    expect = 50 * wpm * math.exp(0.35) + 50 * wpm
    assert t.forward[0] == pytest.approx(expect) and t.backward[0] == pytest.approx(expect)
    assert t.forward[0] > 100 * wpm


def test_outside_the_dem_counts_as_flat_and_is_reported():
    net = street((0, 0), (100, 0))
    dem = terrain(lambda x: 0.1 * x, xmin=-10, xmax=51)   # cell centres up to x = 50
    slopes = edge_slopes(net, dem)
    assert slopes.unknown_m == pytest.approx(50.0)
    assert any("outside the terrain model" in line for line in slopes.describe())
    assert slopes.slope[-1] == 0.0


def test_straight_edges_use_end_heights_only():
    net = street((0, 0), (100, 0))
    dem = terrain(lambda x: 0.1 * np.minimum(np.clip(x, 0, 100), 100 - np.clip(x, 0, 100)))
    s = edge_slopes(net, dem, straight=[True])
    assert len(s.slope) == 1 and s.slope[0] == pytest.approx(0.0)


def test_pieces_follow_the_stored_edge_length():
    # a prepared layer may store a length that differs from the geometry: pieces scale to it,
    # the slope stays the terrain's ratio
    pts = np.array([(0.0, 0.0), (100.0, 0.0)])
    net = from_edge_arrays(pts, [0], [1], [110.0], [pts])
    s = edge_slopes(net, terrain(lambda x: 0.1 * x))
    assert s.piece_length.sum() == pytest.approx(110.0)
    assert s.slope == pytest.approx(np.full(len(s.slope), 0.1))


def test_reach_inverts_between():
    # the hump street: 10 % up for 50 m then 10 % down; walking
    net = street((0, 0), (100, 0))
    dem = terrain(lambda x: 0.1 * np.minimum(np.clip(x, 0, 100), 100 - np.clip(x, 0, 100)))
    walk = get_profile("walk")
    t = edge_times(edge_slopes(net, dem), walk)
    rng = np.random.default_rng(1)
    for _ in range(50):
        target = rng.uniform(0, 100)
        budget = rng.uniform(0, 1.5)
        hi = t.reach([0], [target], [budget], "after")[0]
        lo = t.reach([0], [target], [budget], "before")[0]
        assert target - 1e-9 <= hi <= 100 and 0 <= lo <= target + 1e-9
        # the trip from the reach limit costs exactly the budget unless the edge end came first
        if hi < 100 - 1e-9:
            assert t.between([0], [hi], [target])[0] == pytest.approx(budget, abs=1e-9)
        else:
            assert t.between([0], [100.0], [target])[0] <= budget + 1e-9
        if lo > 1e-9:
            assert t.between([0], [lo], [target])[0] == pytest.approx(budget, abs=1e-9)
    assert np.isnan(t.reach([0], [50.0], [-1.0], "after")[0])
    # an impassable stretch stops the reach
    wc = edge_times(edge_slopes(net, terrain(lambda x: 0.1 * np.clip(x, 0, 50))),
                    get_profile("wheelchair"))
    assert wc.reach([0], [100.0], [100.0], "before")[0] == pytest.approx(50.0)
    assert wc.reach([0], [0.0], [100.0], "after")[0] == pytest.approx(0.0)


def test_shipped_labels_are_the_files_labels():
    """The labels listed for translation are those of the shipped profile file."""
    from urbanplan_plugin.core.walk.profiles import SHIPPED_LABELS, load_profiles
    assert {p.id: p.label for p in load_profiles().values()} == SHIPPED_LABELS


def test_group_profiles_normalised_for_the_docks():
    from urbanplan_plugin.core.common.errors import UrbanPlanError
    from urbanplan_plugin.core.walk.profiles import normalise_group_profiles
    assert normalise_group_profiles(" pop_65plus : older_adult , pop_0_14=child;") == \
        "pop_65plus=older_adult; pop_0_14=child"
    assert normalise_group_profiles("  ") == ""
    with pytest.raises(UrbanPlanError, match="not a travel profile"):
        normalise_group_profiles("pop_65plus=scooter")
    with pytest.raises(UrbanPlanError, match="is not 'group=profile'"):
        normalise_group_profiles("pop_65plus")
