"""SDG 11.7.1 access and park coverage: hand-worked distances on a street grid, and the
population within distance checked against networkx on the same network."""
import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.geometry.polygons import street_polygons
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.entrances import boundary_entrances
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.publicspace.common import group_counts, large_polygon_warning
from urbanplan_plugin.core.publicspace.greenspacecoverage import (
    ParkClass,
    classify_parks,
    green_space_coverage,
    load_park_presets,
    park_classes_from_rows,
)
from urbanplan_plugin.core.publicspace.sdg1171 import sdg_1171

BUILTUP = [box(0, 0, 400, 400)]
P1 = box(110, 110, 190, 190)          # 10 m from the four streets around block (100..200)²


def grid(extra=()):
    xs = np.arange(0, 401, 100.0)
    lines = [np.array([(x, y) for x in xs]) for y in xs]
    lines += [np.array([(x, y) for y in xs]) for x in xs]
    return build_network(lines + [np.asarray(e, float) for e in extra])


def test_entrances_where_the_boundary_meets_the_network():
    net = grid()
    xy, owner, near, reached = boundary_entrances([P1], EdgeIndex(net), tolerance=20.0)
    assert near.all() and reached.all() and (owner == 0).all()
    # every entrance lies on one of the four streets around the block, beside the park
    on_x = np.isclose(xy[:, 0], 100) | np.isclose(xy[:, 0], 200)
    on_y = np.isclose(xy[:, 1], 100) | np.isclose(xy[:, 1], 200)
    assert (on_x | on_y).all()
    along = np.where(on_x, xy[:, 1], xy[:, 0])
    assert ((along >= 110 - 1e-9) & (along <= 190 + 1e-9)).all()
    # samples every 20 m along the 320 m boundary: 16, minus corner duplicates at most
    assert 12 <= len(xy) <= 16


def test_hand_worked_distances():
    net = grid()
    pts = np.array([[0, 0], [0, 300], [400, 400], [250, 100], [150, 100]], float)
    pop = np.array([10, 20, 30, 40, 50], float)
    res = sdg_1171(net, pts, pop, [P1], BUILTUP, None, distance_m=400,
                   entrance_tolerance=20.0)
    # (0,0): 200 m to the block corner (100,100), then 10 m to the entrance beside the park
    # (0,300): 100 east + 100 south to (100,200), + 10; (400,400): 400 to (200,200) + 10
    # (250,100): 50 to (200,100) + 10; (150,100): an entrance right there
    assert res.dist == pytest.approx([210, 210, 410, 60, 0], abs=1e-6)
    assert res.within.tolist() == [1, 1, 0, 1, 1]
    assert res.pop_within_pct == pytest.approx(100 * 120 / 150)
    assert np.isnan(res.street_share_pct) and np.isnan(res.public_space_share_pct)
    assert res.open_space_share_pct == pytest.approx(4.0)
    top = res.summary[0]
    assert top["zone"] == "all" and top["pop_group"] == "all"
    assert top["pop_within"] == pytest.approx(120.0) and top["pop_unreachable"] == 0
    assert top["median_dist_m"] == pytest.approx(60.0)   # weights 50@0, 40@60, 10@210 ...


def test_full_indicator_with_streets():
    net = grid()
    xs = np.arange(0, 401, 100.0)
    lines = [LineString([(x, y) for x in xs]) for y in xs]
    lines += [LineString([(x, y) for y in xs]) for x in xs]
    streets, _ = street_polygons(lines, default_width=10.0)
    res = sdg_1171(net, [[0, 0]], None, [P1], BUILTUP, streets, entrance_tolerance=20.0)
    assert res.street_share_pct == pytest.approx(19.0)              # 30 400 / 160 000
    assert res.public_space_share_pct == pytest.approx(23.0)        # + 6 400, no overlap
    assert res.pop_within_pct == pytest.approx(100.0)


def test_unreachable_people_are_null_and_not_within():
    # a separate street far away (its own component) and a home 500 m from any street
    net = grid(extra=[[(1000, 0), (1100, 0)]])
    pts = np.array([[0, 0], [1050, 0], [2000, 2000]], float)
    res = sdg_1171(net, pts, [1, 2, 3], [P1], BUILTUP, None, entrance_tolerance=20.0,
                   max_snap_m=200)
    assert res.dist[0] == pytest.approx(210)
    assert np.isnan(res.dist[1:]).all() and np.isnan(res.within[1:]).all()
    assert res.pop_within_pct == pytest.approx(100 / 6)
    assert res.summary[0]["pop_unreachable"] == pytest.approx(5.0)
    assert any("cannot reach" in line for line in res.log)


def test_given_entrances_replace_the_boundary_rule():
    net = grid()
    # one gate on the west street beside the park; a stray point far from any park
    res = sdg_1171(net, [[0, 0], [200, 200]], None, [P1], BUILTUP, None,
                   entrances_xy=[[100, 150], [350, 350]], entrance_tolerance=20.0)
    # (0,0) -> (100,0) -> north to the gate (100,150): 100 + 150 = 250
    # (200,200) -> west to (100,200) -> south to the gate: 100 + 50 = 150
    assert res.dist == pytest.approx([250, 150])
    assert any("not on or within" in line for line in res.log)


def test_population_within_equals_networkx():
    import networkx as nx
    rng = np.random.default_rng(11)
    n = 9
    P = np.array([[x * 100 + rng.uniform(-25, 25), y * 100 + rng.uniform(-25, 25)]
                  for y in range(n) for x in range(n)])
    lines = []
    for y in range(n):
        for x in range(n):
            i = y * n + x
            if x < n - 1 and rng.random() > 0.2:
                lines.append(np.array([P[i], P[i + 1]]))
            if y < n - 1 and rng.random() > 0.2:
                lines.append(np.array([P[i], P[i + n]]))
    net = build_network(lines)
    parks = [box(x, y, x + 40, y + 30) for x, y in rng.uniform(50, 700, (6, 2))]
    # population exactly on edges, at known offsets (so no snapping is involved in the check)
    pe = rng.integers(0, net.edge_count, 300)
    frac = rng.uniform(0, 1, 300)
    pts = np.array([LineString(net.edge_coords(e)).interpolate(f, normalized=True).coords[0]
                    for e, f in zip(pe, frac)])
    pop = rng.integers(1, 20, 300).astype(float)
    res = sdg_1171(net, pts, pop, parks, [box(-100, -100, 1000, 1000)], None, distance_m=400)

    # independent: networkx graph with every entrance and home inserted into its edge
    g = nx.Graph()
    lines_geo = [LineString(net.edge_coords(e)) for e in range(net.edge_count)]
    stops = {e: [] for e in range(net.edge_count)}
    for i, (e, f) in enumerate(zip(pe, frac)):
        stops[e].append((f * lines_geo[e].length, ("home", i)))
    for k, xy in enumerate(res.entrances_xy):
        # a park no street comes near is entered at its boundary point nearest to a street
        p = Point(xy)
        e = int(np.argmin([ln.distance(p) for ln in lines_geo]))
        stops[e].append((lines_geo[e].project(p), ("gate", k)))
    for e in range(net.edge_count):
        seq = [(0.0, ("node", int(net.edge_from[e])))] + sorted(stops[e]) + \
              [(lines_geo[e].length, ("node", int(net.edge_to[e])))]
        for (a, na), (b, nb) in zip(seq[:-1], seq[1:]):
            w = max(b - a, 0.0)
            if not g.has_edge(na, nb) or g[na][nb]["w"] > w:
                g.add_edge(na, nb, w=w)
    gates = [("gate", k) for k in range(len(res.entrances_xy))]
    dist = nx.multi_source_dijkstra_path_length(g, gates, weight="w")
    want = np.array([dist.get(("home", i), np.nan) for i in range(300)])
    both = np.isfinite(want)
    assert (np.isfinite(res.dist) == both).all()
    assert res.dist[both] == pytest.approx(want[both], abs=1e-6)
    within = both & (want <= 400)
    assert res.pop_within == pytest.approx(pop[within].sum())
    assert 0 < within.sum() < 300


def test_groups_and_zones():
    net = grid()
    pts = np.array([[0, 0], [400, 400], [250, 100], [0, 300]], float)
    pop = np.array([10, 30, 40, 20], float)
    groups = {"women": [5, 10, 25, 10], "sex_major": ["F", "M", "F", None]}
    zones = [box(-10, -10, 210, 410), box(210, -10, 410, 410)]
    res = sdg_1171(net, pts, pop, [P1], BUILTUP, None, entrance_tolerance=20.0, groups=groups,
                   zones=zones, zone_names=["west", "east"])
    rows = {(r["zone"], r["pop_group"]): r for r in res.summary}
    assert rows[("all", "all")]["pop_within"] == pytest.approx(70)        # all but (400,400)
    assert rows[("all", "women")]["population"] == pytest.approx(50)
    assert rows[("all", "women")]["pop_within"] == pytest.approx(40)      # 5 + 25 + 10
    assert rows[("all", "sex_major=F")]["population"] == pytest.approx(50)
    assert rows[("all", "sex_major=F")]["pop_within"] == pytest.approx(50)
    assert rows[("all", "sex_major=NULL")]["population"] == pytest.approx(20)
    assert rows[("west", "all")]["population"] == pytest.approx(30)       # (0,0), (0,300)
    assert rows[("east", "all")]["pop_within_pct"] == pytest.approx(100 * 40 / 70)
    # the park lies in the west zone: 6 400 of its 210 x 400 = 84 000 m² built-up area
    assert rows[("west", "all")]["open_space_m2"] == pytest.approx(6400)
    assert rows[("west", "all")]["open_space_share_pct"] == pytest.approx(100 * 6400 / 84000)
    assert rows[("east", "all")]["open_space_m2"] == pytest.approx(0)
    assert np.isnan(rows[("west", "women")]["builtup_m2"])                # areas once per zone


def test_group_fields_must_be_counts_without_null():
    with pytest.raises(UrbanPlanError, match="NULL or negative"):
        group_counts([1, 2], {"children": [1.0, None]})


@pytest.mark.parametrize("kwargs,message", [
    ({"distance_m": 0}, "positive number of metres"),
    ({"distance_m": -5}, "positive number of metres"),
    ({"builtup": []}, "built-up area layer has no polygon"),
    ({"open_spaces": [None]}, "no open space"),
])
def test_bad_input(kwargs, message):
    net = grid()
    args = {"open_spaces": [P1], "builtup": BUILTUP}
    args.update(kwargs)
    with pytest.raises(UrbanPlanError, match=message):
        sdg_1171(net, [[0, 0]], None, args.pop("open_spaces"), args.pop("builtup"), None,
                 **args)


def test_large_population_polygons_are_flagged():
    assert large_polygon_warning([1e4, 2e4], 400) is None
    msg = large_polygon_warning([100.0, 1e6], 400)
    assert "larger than the 400 m walking circle" in msg and "range from" in msg


# ------------------------------------------------------------------ green space coverage

SMALL = box(310, 10, 350, 50)           # 1 600 m², 10 m from the streets x = 300 and y = 0


def test_park_classes_by_area():
    classes = [ParkClass("pocket", "Pocket", 0, 300), ParkClass("district", "District", 1e5, 1000),
               ParkClass("neigh", "Neighbourhood", 5000, 500)]
    assert classify_parks([1600, 6400, 2e5, np.nan], classes).tolist() == [0, 2, 1, -1]
    assert classify_parks([10], [ParkClass("big", "Big", 100, 300)]).tolist() == [-1]


def test_green_space_coverage_by_hand():
    net = grid(extra=[[(400, 400), (1000, 400)]])
    classes = [ParkClass("pocket", "Pocket park", 0, 300),
               ParkClass("neighbourhood", "Neighbourhood park", 5000, 500)]
    pts = np.array([[0, 0], [400, 400], [0, 400], [1000, 400]], float)
    pop = np.array([10, 20, 30, 40], float)
    res = green_space_coverage(net, pts, pop, [P1, SMALL], classes, entrance_tolerance=20.0)
    assert res.park_class.tolist() == [1, 0]
    # neighbourhood park P1: 210, 410, 310 and 410 + 600 = 1010
    assert res.dist[:, 1] == pytest.approx([210, 410, 310, 1010])
    # pocket park (entrances on x = 300 for y 10..50 and on y = 0 for x 310..350):
    # (0,0): 300 to (300,0) + 10 = 310; (400,400): 400 south + 50 west = 450
    assert res.dist[0, 0] == pytest.approx(310) and res.dist[1, 0] == pytest.approx(450)
    assert res.covered[:, 0].tolist() == [0, 0, 0, 0]
    assert res.covered[:, 1].tolist() == [1, 1, 1, 0]
    assert res.covered_any.tolist() == [1, 1, 1, 0]
    top = res.summary[0]
    assert top["pop_cov_neighbourhood"] == pytest.approx(60) and top["pop_cov_pocket"] == 0
    assert top["pop_uncovered"] == pytest.approx(40)
    assert top["pop_uncovered_pct"] == pytest.approx(40.0)
    assert top["park_m2"] == pytest.approx(8000.0)
    assert top["park_m2_per_resident"] == pytest.approx(80.0)


def test_shipped_park_presets_have_sources():
    presets, benchmarks, default = load_park_presets()
    assert default in presets
    for _, (label, classes) in presets.items():
        assert classes and label
        for c in classes:
            assert c.source, c.id
    places = {b["place"]: b["m2_per_person"] for b in benchmarks}
    assert places == {"Yangon": 0.37, "Bangkok": 8.5, "Paris": 30, "Fortaleza": 6.42,
                      "Fuzhou": 14.8}
    assert all(b["source"] for b in benchmarks)


def test_class_table_rows():
    classes = park_classes_from_rows([["pocket", "0", "300"], ["", "", ""], ["big", 1e4, 800]])
    assert [(c.id, c.min_area_m2, c.service_distance_m) for c in classes] == \
        [("pocket", 0.0, 300.0), ("big", 1e4, 800.0)]
    with pytest.raises(UrbanPlanError, match="repeat"):
        park_classes_from_rows([["a", 0, 300], ["a", 10, 500]])
    with pytest.raises(UrbanPlanError, match="service distance"):
        park_classes_from_rows([["a", 0, 0]])


PLAYGROUND = box(150, 150, 190, 190)   # inside P1, in its north-east corner


def test_space_inside_a_gated_park_is_entered_through_the_gates_not_the_fence():
    """Park P1 (110..190)² is fenced, with one gate at (100, 150) on the west street. The
    playground (150..190)² inside it has no gate of its own; its boundary is 10 m from the
    east street x = 200 and the north street y = 200, which used to give it entrances through
    the park's fence. It is entered through the park's gate: from (200, 170) on the east street,
    north 30 m to (200, 200), west 100 m, south 50 m to the gate = 180 m (was 0 m: an
    'entrance' on the fence). Within 100 m: 1 of 2 people (was 2 of 2)."""
    net = grid()
    people = [[200, 170], [100, 120]]
    res = sdg_1171(net, people, [10, 30], [P1, PLAYGROUND], BUILTUP, None, distance_m=100,
                   entrances_xy=[[100, 150]], entrance_tolerance=20.0)
    # (100, 120): 30 m north to the gate
    assert res.dist == pytest.approx([180, 30])
    assert res.within.tolist() == [0, 1]
    assert res.pop_within_pct == pytest.approx(75.0)
    # the playground's only entrance is the park's gate
    assert res.entrances_xy[res.entrance_owner == 1].tolist() == [[100.0, 150.0]]
    assert any("never through its fence" in line for line in res.log)


def test_space_inside_a_gated_park_is_entered_from_its_inner_paths():
    """The same park with an inner path from the gate (100, 150) east to (170, 150), along the
    playground's south edge. The playground is entered where that path meets its boundary
    (x 150..170 on y = 150, inside the park), not from the streets outside the fence. From
    (200, 170) the nearest open space is still the park itself, at its gate: 180 m."""
    xs = np.arange(0, 401, 100.0)
    lines = [np.array([(x, y) for x in xs]) for y in xs]
    lines += [np.array([(x, y) for y in xs]) for x in xs if x != 100]
    lines.append(np.array([(100, 0), (100, 100), (100, 150), (100, 200), (100, 300),
                           (100, 400)], float))            # the west street, a vertex at the gate
    lines.append(np.array([(100, 150), (170, 150)], float))  # the inner path
    net = build_network(lines)
    res = sdg_1171(net, [[200, 170]], None, [P1, PLAYGROUND], BUILTUP, None, distance_m=400,
                   entrances_xy=[[100, 150]], entrance_tolerance=20.0)
    assert res.dist == pytest.approx([180])
    own = res.entrances_xy[res.entrance_owner == 1]
    assert len(own) and np.allclose(own[:, 1], 150)
    assert ((own[:, 0] >= 150 - 1e-9) & (own[:, 0] <= 170 + 1e-9)).all()
