"""The fragment rule (core.network.fragments): small disconnected pieces of the network are not
snapped to, real islands above the limit keep working, and a NULL origin says why.

Hand-worked city: a 10 x 10 grid of 100 m blocks (100 junctions, 18 km of street) with two
small fragments inside its blocks (a 3-edge courtyard footway and a 2-edge service road), a
separate 7 x 7 grid (49 junctions) far away for a real island, and destinations on junctions.
Walking at 6 km/h = 100 m per minute, so minutes are metres / 100."""
import numpy as np
import pytest

from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.walk.fifteenminutecity import CategoryRule, walk_access

SPEED = 6.0


def grid_lines(n, spacing=100.0, x0=0.0, y0=0.0):
    xs = np.arange(n) * spacing
    lines = []
    for i in range(n):
        lines.append(np.c_[x0 + xs, np.full(n, y0 + xs[i])])
        lines.append(np.c_[np.full(n, x0 + xs[i]), y0 + xs])
    return lines


COURTYARD = [np.array([(420.0, 530.0), (480.0, 530.0)]),     # 3 edges, 4 nodes, 160 m,
             np.array([(480.0, 530.0), (480.0, 570.0)]),     # inside block (400-500, 500-600)
             np.array([(480.0, 570.0), (420.0, 570.0)])]
SERVICE_ROAD = [np.array([(120.0, 820.0), (180.0, 820.0)]),  # 2 edges, 3 nodes, 120 m,
                np.array([(180.0, 820.0), (180.0, 880.0)])]  # inside block (100-200, 800-900)
ISLAND = grid_lines(7, 100.0, 2000.0, 2000.0)                # 49 nodes, 8.4 km


def city():
    return build_network(grid_lines(10) + COURTYARD + SERVICE_ROAD + ISLAND)


HOME_BY_COURTYARD = (450.0, 524.0)   # 6 m from the footway, 24 m from the street y = 500
HOME_ON_GRID = (150.0, 700.0)        # on the street y = 700
HOME_ON_ISLAND = (2300.0, 2050.0)    # on the island street x = 2300
HOME_FAR = (5000.0, 5000.0)          # nowhere near a street
ORIGINS = [HOME_BY_COURTYARD, HOME_ON_GRID, HOME_ON_ISLAND, HOME_FAR]
SCHOOL = (700.0, 500.0)              # junction of the main grid
CLINIC = (150.0, 826.0)              # 6 m from the service road, 26 m from the street y = 800
ISLAND_SCHOOL = (2300.0, 2300.0)
RULES = [CategoryRule("school", threshold_min=15), CategoryRule("clinic", threshold_min=15)]


def run(index=None, max_snap_m=50.0):
    net = city()
    dests = [SCHOOL, CLINIC, ISLAND_SCHOOL]
    labels = ["school", "clinic", "school"]
    return net, walk_access(net, ORIGINS, dests, labels, rules=RULES, speed_kmh=SPEED,
                            max_snap_m=max_snap_m, index=index)


def test_home_beside_a_fragment_snaps_to_the_main_streets():
    # today the home snaps to the courtyard footway 6 m away and reaches nothing (NULL); with the
    # rule it snaps to the street y = 500 at (450, 500), 24 m away, and walks east 250 m to the
    # school at (700, 500); to the clinic, attached at (150, 800): west 50 m to (400, 500),
    # 300 m north to (400, 800), 250 m west = 600 m
    _net, r = run()
    assert r.dist[0, 0] == pytest.approx(250.0)
    assert r.dist[0, 1] == pytest.approx(600.0)
    assert r.origin_snap_m[0] == pytest.approx(24.0)


def test_facility_beside_a_fragment_serves_the_neighbourhood():
    # the clinic lies 6 m from a 2-edge service road: today nobody on the streets reaches it;
    # now it is attached to the street y = 800 at (150, 800): from (150, 700) west 50 m,
    # north 100 m, east 50 m = 200 m
    _net, r = run()
    assert r.dist[1, 1] == pytest.approx(200.0)
    # and the school: (150, 700) -> (200, 700) 50 m, down to (200, 500) 200 m, east 500 m
    assert r.dist[1, 0] == pytest.approx(750.0)


def test_real_island_above_the_limit_keeps_its_own_services():
    # the 7 x 7 island (49 nodes >= 40) is kept: its home reaches its own school 250 m away;
    # the clinic is not on the island: NULL, and the reason says so
    _net, r = run()
    assert r.dist[2, 0] == pytest.approx(250.0)
    assert np.isnan(r.dist[2, 1])
    assert r.null_reason[2] == "island"


def test_null_reasons_off_network_island_beyond_horizon():
    net = city()
    rules = [CategoryRule("school", threshold_min=1)]   # horizon 2 min = 200 m
    r = walk_access(net, ORIGINS, [SCHOOL, ISLAND_SCHOOL], ["school", "school"], rules=rules,
                    speed_kmh=SPEED, max_snap_m=50.0)
    # the home by the courtyard: 250 m > 200 m horizon; on the grid: 750 m; the island home:
    # 250 m; the far home: off the network
    assert r.null_reason == ["beyond_horizon", "beyond_horizon", "beyond_horizon",
                             "off_network"]
    r = walk_access(net, ORIGINS, [SCHOOL], ["school"], rules=rules, speed_kmh=SPEED,
                    max_snap_m=50.0)
    assert r.null_reason[2] == "island"
    # a value in every category: no reason
    _net, full = run()
    assert full.null_reason[0] is None and full.null_reason[1] is None


def test_moved_points_are_logged_and_marked():
    _net, r = run()
    text = "\n".join(r.log)
    assert "2 small disconnected piece(s)" in text          # courtyard and service road
    assert "1 origin(s) lay nearest to a small fragment" in text
    assert "1 destination point(s) lay nearest to a small fragment" in text
    assert r.origin_moved.tolist() == [True, False, False, False]


def test_moved_point_with_no_kept_street_in_reach_is_off_network():
    # snap limit 10 m: the courtyard home's footway is 6 m away, the street 24 m: off the network
    _net, r = run(max_snap_m=10.0)
    assert r.null_reason[0] == "off_network"
    assert "1 have no kept street within the snap distance" in "\n".join(r.log)


def test_limits_are_parameters_and_zero_keeps_every_piece():
    net = city()
    keep_all = EdgeIndex(net, min_component_nodes=0, min_component_m=0)
    assert keep_all.kept.all()
    _net, r = run(index=keep_all)
    assert np.isnan(r.dist[0]).all()            # the old behaviour: stranded on the footway
    # the island is pruned when the node limit is above its 49 nodes and the length limit
    # above its 8.4 km: its home then has no kept street within 50 m
    strict = EdgeIndex(net, min_component_nodes=50, min_component_m=9000)
    _net, r = run(index=strict)
    assert r.null_reason[2] == "off_network"
    # a piece exactly at the limits is kept (fewer than N nodes AND shorter than M is pruned)
    assert EdgeIndex(net, min_component_nodes=49, min_component_m=1e9).kept.sum() \
        == EdgeIndex(net, min_component_nodes=50, min_component_m=8400).kept.sum() \
        == net.edge_count - 5


def test_long_piece_with_few_nodes_is_kept():
    # a 3 km path with two nodes: fewer than 40 nodes but longer than the default length limit
    from urbanplan_plugin.core.network.fragments import MIN_COMPONENT_M, kept_edges
    path = np.array([(0.0, 5000.0), (1.25 * MIN_COMPONENT_M, 5000.0)])
    net = build_network(grid_lines(10) + [path])
    assert kept_edges(net).all()
    short = np.array([(0.0, 5000.0), (0.5 * MIN_COMPONENT_M, 5000.0)])
    net = build_network(grid_lines(10) + [short])
    assert kept_edges(net).sum() == net.edge_count - 1


def test_largest_piece_is_always_kept():
    # a hand-drawn network smaller than both limits still works
    net = build_network([[(0, 0), (100, 0)], [(100, 0), (100, 100)]])
    r = walk_access(net, [(10, 0)], [(100, 90)], ["shop"], threshold_min=15, speed_kmh=SPEED)
    assert r.dist[0, 0] == pytest.approx(180.0)


def test_a_street_cut_off_by_a_scenario_closure_is_cut_off_not_pruned():
    """A cul-de-sac (3 nodes, 200 m) hangs off the grid at (900, 400). A scenario closes its
    only link. The cul-de-sac is now a small piece, but it was part of the kept network before:
    its home stays on it and loses access (NULL, 'island'), instead of being attached to the
    grid street 130 m away as if nothing had happened."""
    from urbanplan_plugin.core.network.edit import closed_edges, scenario_network
    culdesac = [np.array([(900.0, 400.0), (1000.0, 400.0)]),
                np.array([(1000.0, 400.0), (1000.0, 500.0)]),
                np.array([(1000.0, 500.0), (1050.0, 500.0)])]
    base = build_network(grid_lines(10) + culdesac)
    home, clinic = [(1030.0, 505.0)], [(0.0, 0.0)]
    before = walk_access(base, home, clinic, ["clinic"], threshold_min=60, speed_kmh=SPEED,
                         max_snap_m=200.0)
    assert before.dist[0, 0] == pytest.approx(30 + 100 + 100 + 900 + 400)
    change = scenario_network(base, closed_edges(base, [[(950.0, 390.0), (950.0, 410.0)]]))
    assert change.closed == 1 and change.network.anchor.all()
    after = walk_access(change.network, home, clinic, ["clinic"], threshold_min=60,
                        speed_kmh=SPEED, max_snap_m=200.0)
    assert np.isnan(after.dist[0, 0]) and after.null_reason == ["island"]
    # without the baseline's anchor the piece would be pruned and the home moved
    change.network.anchor = None
    moved = walk_access(change.network, home, clinic, ["clinic"], threshold_min=60,
                        speed_kmh=SPEED, max_snap_m=200.0)
    assert moved.origin_moved[0] and np.isfinite(moved.dist[0, 0])


# --------------------------------------------------------------------------- travel profiles

STEPS = np.array([(420.0, 530.0), (400.0, 500.0)])  # the courtyard's only link: a flight of steps


def terrace():
    """The grid with the courtyard footway joined to the junction (400, 500) by steps
    (36.06 m): one piece for a walker, two for a wheelchair (steps are closed to it)."""
    net = build_network(grid_lines(10) + COURTYARD + [STEPS])
    starts = net.coords[net.edge_vstart]
    ends = net.coords[net.edge_vend]
    steps = np.flatnonzero((np.hypot(*(starts - STEPS[0]).T) < 1e-9)
                           & (np.hypot(*(ends - STEPS[1]).T) < 1e-9)
                           | (np.hypot(*(starts - STEPS[1]).T) < 1e-9)
                           & (np.hypot(*(ends - STEPS[0]).T) < 1e-9))
    assert len(steps) == 1
    return net, int(steps[0])


def wheelchair(net, steps):
    from urbanplan_plugin.core.walk.profiles import CLOSED, TRAVEL, Travel, get_profile
    modes = np.full(net.edge_count, TRAVEL, dtype=np.int8)
    modes[steps] = CLOSED
    return Travel(get_profile("wheelchair").with_speed(SPEED), None, modes)


def test_the_fragment_rule_judges_the_pieces_a_profile_may_use():
    """Walking, the courtyard is part of the main network (the steps join it): the home 6 m
    from its footway snaps there and walks 30 m west, down the steps (36.06 m) and 300 m east
    to the school. By wheelchair the steps are closed, so the footway is a piece of its own
    (4 nodes, 160 m): a fragment. The wheelchair user's home snaps to the street y = 500,
    24 m away, and rolls 250 m to the school, instead of being stranded on the footway."""
    net, steps = terrace()
    walk = walk_access(net, [HOME_BY_COURTYARD], [SCHOOL], ["school"], threshold_min=15,
                       speed_kmh=SPEED, max_snap_m=50.0)
    assert walk.dist[0, 0] == pytest.approx(30.0 + np.hypot(20.0, 30.0) + 300.0)
    assert walk.origin_snap_m[0] == pytest.approx(6.0) and not walk.origin_moved[0]
    travel = wheelchair(net, steps)
    index = travel.index(net)
    assert index.pruned.sum() == 3 and not index.pruned[steps] and not index.kept[steps]
    wc = walk_access(net, [HOME_BY_COURTYARD], [SCHOOL], ["school"], threshold_min=15,
                     max_snap_m=50.0, travel=travel, index=index)
    assert wc.dist[0, 0] == pytest.approx(250.0)
    assert wc.origin_snap_m[0] == pytest.approx(24.0) and wc.origin_moved[0]
    assert "3 edges" in "\n".join(wc.log)       # the footway, not the steps, is the fragment


def test_on_a_kept_piece_the_profile_cannot_leave_the_reason_is_island():
    """With every piece kept (limits 0) the wheelchair user's home stays on the footway: the
    school is on the main network, which the footway joins only by steps, so for this profile
    the home's piece holds no school: 'island' (judged on the whole network it would look like
    the school is merely too far, 'beyond_horizon')."""
    net, steps = terrace()
    travel = wheelchair(net, steps)
    index = travel.index(net, min_component_nodes=0, min_component_m=0)
    wc = walk_access(net, [HOME_BY_COURTYARD, HOME_ON_GRID], [SCHOOL], ["school"],
                     threshold_min=15, max_snap_m=50.0, travel=travel, index=index)
    assert np.isnan(wc.dist[0, 0]) and wc.null_reason == ["island", None]
    assert wc.dist[1, 0] == pytest.approx(750.0)
