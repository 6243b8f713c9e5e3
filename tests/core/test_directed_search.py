"""The directed, sloped search (SearchGraph with a travel profile's edge costs): by hand on a
10 % street and against networkx on a directed graph where every point splits its edge."""
import math

import numpy as np
import pytest

from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
from urbanplan_plugin.core.network.build import build_network, from_edge_arrays
from urbanplan_plugin.core.network.search import SearchGraph
from urbanplan_plugin.core.network.slope import EdgeSlopes, edge_slopes, edge_times
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.walk.profiles import CLOSED, PUSH, TRAVEL, get_profile


def dem_of(f, xmin=-20.0, xmax=320.0, ymin=-20.0, ymax=320.0, cell=2.0):
    cols = int(round((xmax - xmin) / cell))
    rows = int(round((ymax - ymin) / cell))
    grid = Grid(xmin, ymax, cell, cell, rows, cols)
    xc, yc = grid.centres()
    values = f(xc[None, :], yc[:, None]) * np.ones((rows, cols))
    return Raster(values.astype(np.float64), np.zeros((rows, cols), dtype=bool), grid)


def grid_net(n=5, spacing=60.0):
    xs = np.arange(n) * spacing
    lines = []
    for i in range(n):
        lines.append(np.c_[xs, np.full(n, xs[i])])
        lines.append(np.c_[np.full(n, xs[i]), xs])
    return build_network(lines)


# --------------------------------------------------------------------------- by hand

def test_ten_percent_street_origin_to_facility():
    """Origin at the bottom, facility at the top of a straight street rising 10 %: walking up
    takes exp(0.35) times the flat time; with origin and facility swapped (walking down) exactly
    the flat time; a wheelchair cannot make it either way; at 5 % it can."""
    pts = np.array([(0.0, 0.0), (200.0, 0.0)])
    net = from_edge_arrays(pts, [0], [1], [200.0], [pts])
    dem = dem_of(lambda x, y: 0.1 * x + 0 * y)
    index = EdgeIndex(net)
    bottom = index.snap([(20.0, 1.0)])
    top = index.snap([(180.0, 1.0)])
    walk = get_profile("walk")
    per_min = walk.flat_speed_kmh * 1000 / 60
    costs = edge_times(edge_slopes(net, dem), walk)
    graph = SearchGraph(net, costs=costs)
    flat_time = 160.0 / per_min
    up = graph.nearest(bottom, top)[0]
    down = graph.nearest(top, bottom)[0]
    assert up / flat_time == pytest.approx(math.exp(0.35), rel=1e-9)
    assert down == pytest.approx(flat_time, rel=1e-9)
    # the same with the street drawn the other way (from-node at the top)
    rev = from_edge_arrays(pts[::-1], [0], [1], [200.0], [pts[::-1]])
    g2 = SearchGraph(rev, costs=edge_times(edge_slopes(rev, dem), walk))
    i2 = EdgeIndex(rev)
    assert g2.nearest(i2.snap([(20.0, 0)]), i2.snap([(180.0, 0)]))[0] == pytest.approx(up)
    assert g2.nearest(i2.snap([(180.0, 0)]), i2.snap([(20.0, 0)]))[0] == pytest.approx(down)
    wc = get_profile("wheelchair")
    gw = SearchGraph(net, costs=edge_times(edge_slopes(net, dem), wc))
    assert np.isnan(gw.nearest(bottom, top)[0]) and np.isnan(gw.nearest(top, bottom)[0])
    five = dem_of(lambda x, y: 0.05 * x + 0 * y)
    g5 = SearchGraph(net, costs=edge_times(edge_slopes(net, five), wc))
    wc_min = wc.flat_speed_kmh * 1000 / 60
    assert g5.nearest(bottom, top)[0] == pytest.approx(160 / wc_min * math.exp(3.5 * 0.05))


def test_origin_and_facility_through_nodes_with_steps():
    """A detour: the direct way has steps (closed for a wheelchair), the wheelchair goes round."""
    # square: bottom street 0-100 (steps), the other three sides 300 m round
    net = build_network([[(0, 0), (100, 0)], [(0, 0), (0, 100), (100, 100), (100, 0)]])
    steps_edge = [e for e in range(net.edge_count) if net.edge_length[e] == pytest.approx(100)]
    modes = np.full(net.edge_count, TRAVEL, dtype=np.int8)
    modes[steps_edge] = CLOSED
    wc = get_profile("wheelchair")
    costs = edge_times(EdgeSlopes.flat(net), wc, modes)
    per_min = wc.flat_speed_kmh * 1000 / 60
    # on the steps themselves a wheelchair cannot move: a point there is stuck (NULL) ...
    index = EdgeIndex(net)
    o = index.snap([(10.0, 0.0)])
    d = index.snap([(90.0, 0.0)])
    assert np.isnan(SearchGraph(net, costs=costs).nearest(o, d)[0])
    # ... so points snap to the ways the profile may use: the corners, 10 m away
    usable = EdgeIndex(net, usable=modes != CLOSED)
    o = usable.snap([(10.0, 0.0)])
    d = usable.snap([(90.0, 0.0)])
    assert o.distance[0] == pytest.approx(10.0) and o.edge[0] not in steps_edge
    got = SearchGraph(net, costs=costs).nearest(o, d)[0]
    assert got == pytest.approx(300 / per_min)
    walk = edge_times(EdgeSlopes.flat(net), get_profile("walk"))
    o, d = index.snap([(10.0, 0.0)]), index.snap([(90.0, 0.0)])
    assert SearchGraph(net, costs=walk).nearest(o, d)[0] == pytest.approx(
        80 / (4.8 * 1000 / 60))


# --------------------------------------------------------------------------- oracle

def stretch_minutes(slopes, profile, modes, e, a, b):
    """Independent: minutes to travel edge e from position a to b, piece by piece."""
    ptr = slopes.piece_ptr
    k = ptr[e + 1] - ptr[e]
    plen = slopes.edge_length[e] / k
    lo, hi = min(a, b), max(a, b)
    total = 0.0
    for j in range(k):
        s0, s1 = j * plen, (j + 1) * plen
        overlap = min(hi, s1) - max(lo, s0)
        if overlap <= 1e-12:
            continue
        slope = slopes.slope[ptr[e] + j] * (1 if b >= a else -1)
        v = profile.speed_kmh(slope, TRAVEL if modes is None else modes[e])
        if v <= 0:
            return math.inf
        total += overlap / (v * 1000 / 60)
    return total


def directed_split_graph(net, slopes, profile, modes, snapped_sets):
    import networkx as nx
    g = nx.DiGraph()
    on_edge = {}
    for tag, snapped in snapped_sets.items():
        for i in np.flatnonzero(snapped.ok):
            on_edge.setdefault(int(snapped.edge[i]), []).append(
                (float(snapped.offset[i]), (tag, int(i))))
    for e in range(net.edge_count):
        u, v, length = int(net.edge_from[e]), int(net.edge_to[e]), float(net.edge_length[e])
        chain = [(0.0, u)] + sorted(on_edge.get(e, []), key=lambda t: t[0]) + [(length, v)]
        for (a, na), (b, nb) in zip(chain[:-1], chain[1:]):
            for x, y, nx_, ny_ in ((a, b, na, nb), (b, a, nb, na)):
                t = stretch_minutes(slopes, profile, modes, e, x, y)
                if math.isinf(t):
                    continue
                if g.has_edge(nx_, ny_):
                    t = min(t, g[nx_][ny_]["t"])
                g.add_edge(nx_, ny_, t=t)
    return g


@pytest.mark.parametrize("pid,limit", [("walk", np.inf), ("wheelchair", np.inf),
                                       ("bicycle", np.inf), ("older_adult", 4.0)])
def test_directed_search_equals_networkx(pid, limit):
    nx = pytest.importorskip("networkx")
    net = grid_net(5, 60.0)
    # rolling terrain: slopes up to about 13 %, so some pieces are too steep for a wheelchair
    dem = dem_of(lambda x, y: 6.0 * np.sin(x / 45.0) + 0.04 * y)
    slopes = edge_slopes(net, dem)
    assert (np.abs(slopes.slope) > 1 / 12).any() and (np.abs(slopes.slope) < 0.05).any()
    profile = get_profile(pid)
    rng = np.random.default_rng(11)
    modes = rng.choice([TRAVEL, TRAVEL, TRAVEL, CLOSED, PUSH if pid == "bicycle" else TRAVEL],
                       size=net.edge_count).astype(np.int8)
    costs = edge_times(slopes, profile, modes)
    index = EdgeIndex(net)
    o = index.snap(rng.uniform(0, 240, (40, 2)))
    d = index.snap(rng.uniform(0, 240, (6, 2)))
    got = SearchGraph(net, costs=costs).nearest(o, d, limit=limit)
    g = directed_split_graph(net, slopes, profile, modes, {"o": o, "d": d})
    targets = {("d", i) for i in range(6)}
    expect = np.full(40, np.nan)
    for i in range(40):
        if ("o", i) not in g:
            continue
        dist = nx.single_source_dijkstra_path_length(g, ("o", i), weight="t")
        best = min((dist[t] for t in targets if t in dist), default=np.nan)
        expect[i] = best if best <= limit else np.nan
    assert (~np.isnan(expect)).sum() >= 10
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expect))
    np.testing.assert_allclose(got[~np.isnan(got)], expect[~np.isnan(expect)], rtol=1e-9,
                               atol=1e-9)
    # direction matters: the same points with origins and destinations swapped differ
    back = SearchGraph(net, costs=costs).nearest(d, o)
    assert back.shape == (6,)


def test_flat_profile_without_dem_equals_the_undirected_search():
    net = grid_net(5, 60.0)
    index = EdgeIndex(net)
    rng = np.random.default_rng(5)
    o = index.snap(rng.uniform(0, 240, (30, 2)))
    d = index.snap(rng.uniform(0, 240, (5, 2)))
    walk = get_profile("walk")
    costs = edge_times(EdgeSlopes.flat(net), walk).scaled(walk.flat_speed_kmh * 1000 / 60)
    np.testing.assert_allclose(SearchGraph(net, costs=costs).nearest(o, d),
                               SearchGraph(net).nearest(o, d), rtol=1e-12)


def test_reached_from_is_the_trip_the_other_way():
    """reached_from(sources, points) gives the trip source -> point: on the 10 % street the
    facility at the top is reached *from* the bottom in the uphill time, and nearest(points,
    sources) in the downhill one."""
    pts = np.array([(0.0, 0.0), (200.0, 0.0)])
    net = from_edge_arrays(pts, [0], [1], [200.0], [pts])
    dem = dem_of(lambda x, y: 0.1 * x + 0 * y)
    walk = get_profile("walk")
    graph = SearchGraph(net, costs=edge_times(edge_slopes(net, dem), walk))
    index = EdgeIndex(net)
    bottom, top = index.snap([(20.0, 0.0)]), index.snap([(180.0, 0.0)])
    flat = 160.0 / (walk.flat_speed_kmh * 1000 / 60)
    assert graph.reached_from(bottom, top)[0] == pytest.approx(flat * math.exp(0.35))
    assert graph.reached_from(top, bottom)[0] == pytest.approx(flat)
    # through nodes too: a second street continues uphill beyond the top node
    net2 = build_network([[(0, 0), (100, 0)], [(100, 0), (200, 0)]])
    g2 = SearchGraph(net2, costs=edge_times(edge_slopes(net2, dem), walk))
    i2 = EdgeIndex(net2)
    a, b = i2.snap([(50.0, 0.0)]), i2.snap([(150.0, 0.0)])
    assert g2.reached_from(a, b)[0] == pytest.approx(g2.nearest(a, b)[0])
    assert g2.reached_from(a, b)[0] == pytest.approx(100 / (walk.flat_speed_kmh * 1000 / 60)
                                                     * math.exp(0.35))
    assert g2.reached_from(b, a)[0] == pytest.approx(g2.nearest(b, a)[0])


@pytest.mark.parametrize("swap", [False, True])
def test_directed_pairs_within_equal_networkx(swap):
    """Every pair (a, b) with trip a -> b within the limit, from either side of the search, with
    the spatial pruning on (a 12 x 12 grid, a limit of a few blocks)."""
    nx = pytest.importorskip("networkx")
    from urbanplan_plugin.core.network.manytomany import all_pairs_within
    from urbanplan_plugin.core.walk.profiles import Travel
    net = grid_net(12, 60.0)
    dem = dem_of(lambda x, y: 6.0 * np.sin(x / 45.0) + 0.04 * y, xmax=700, ymax=700)
    slopes = edge_slopes(net, dem)
    profile = get_profile("walk")
    rng = np.random.default_rng(2)
    modes = rng.choice([TRAVEL] * 6 + [CLOSED], size=net.edge_count).astype(np.int8)
    travel = Travel(profile, slopes, modes)
    costs = travel.costs(net)            # flat-equivalent metres
    index = EdgeIndex(net)
    many = index.snap(rng.uniform(0, 660, (60, 2)))
    few = index.snap(rng.uniform(0, 660, (8, 2)))
    a, b = (few, many) if swap else (many, few)
    limit = 200.0
    ia, ib, d = all_pairs_within(net, a, b, limit, costs=costs, reach=travel.reach_factor())
    got = {(int(i), int(j)): float(x) for i, j, x in zip(ia, ib, d)}
    assert len(got) == len(ia)  # each pair once
    m_per_min = profile.flat_speed_kmh * 1000 / 60
    g = directed_split_graph(net, slopes, profile, modes, {"a": a, "b": b})
    expect = {}
    for i in np.flatnonzero(a.ok):
        if ("a", int(i)) not in g:
            continue
        dist = nx.single_source_dijkstra_path_length(g, ("a", int(i)), weight="t",
                                                     cutoff=limit / m_per_min + 1e-6)
        for j in np.flatnonzero(b.ok):
            t = dist.get(("b", int(j)))
            if t is not None and t * m_per_min <= limit:
                expect[(int(i), int(j))] = t * m_per_min
    assert len(expect) >= 20
    assert set(got) == set(expect)
    for key, val in expect.items():
        assert got[key] == pytest.approx(val, rel=1e-9, abs=1e-6)
