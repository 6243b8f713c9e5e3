"""Snapping and the many-to-nearest search the plugin runs (core.network.search.SearchGraph),
checked by hand and against networkx."""
import sys
from pathlib import Path

import numpy as np
import pytest

from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.search import SearchGraph
from urbanplan_plugin.core.network.snap import EdgeIndex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from network_oracle import split_graph  # noqa: E402


def nearest_distance(net, o, d, limit=np.inf):
    return SearchGraph(net).nearest(o, d, limit=limit)


def grid(n=5, spacing=100.0):
    xs = np.arange(n) * spacing
    lines = []
    for i in range(n):
        lines.append(np.c_[xs, np.full(n, xs[i])])
        lines.append(np.c_[np.full(n, xs[i]), xs])
    return build_network(lines)


def test_snap_to_edge_interior_with_partial_lengths():
    net = build_network([[(0, 0), (100, 0)]])
    s = EdgeIndex(net).snap([(30, 7), (-5, 0), (500, 500)], max_distance=50)
    assert list(s.edge) == [0, 0, -1]
    assert s.offset[0] == pytest.approx(30) and s.to_to[0] == pytest.approx(70)
    assert s.distance[0] == pytest.approx(7)
    assert s.offset[1] == pytest.approx(0) and s.distance[1] == pytest.approx(5)
    assert np.isnan(s.offset[2]) and s.unreachable_count == 1


def test_snap_finds_true_nearest_on_long_segments():
    # a long edge whose samples are sparse and a short one nearby: the exact search must pick
    # the segment that is really nearest
    net = build_network([[(0, 0), (10000, 0)], [(5000, 30), (5010, 30)]])
    s = EdgeIndex(net, spacing=50).snap([(5025, 14)])
    a, b = net.edge_coords(s.edge[0])[[0, -1]]
    assert s.distance[0] == pytest.approx(14.0)  # the long edge at y=0 (16 from the short one)
    assert a[1] == b[1] == 0


def test_distance_along_block_hand_worked():
    # origin 30 m along the bottom street of a 100 m grid, destination 20 m up the street at x=200
    net = grid(3)
    idx = EdgeIndex(net)
    o = idx.snap([(30, 2)])
    d = idx.snap([(198, 20)])
    # 70 m to (100,0), 100 m to (200,0), 20 m up = 190 m
    assert nearest_distance(net, o, d)[0] == pytest.approx(190.0)


def test_same_edge_destination_direct():
    net = grid(3)
    idx = EdgeIndex(net)
    o = idx.snap([(30, 0)])
    d = idx.snap([(60, 0)])
    assert nearest_distance(net, o, d)[0] == pytest.approx(30.0)


def test_limit_and_unsnapped_are_nan_never_zero():
    net = grid(3)
    idx = EdgeIndex(net)
    o = idx.snap([(0, 0), (1000, 1000)], max_distance=50)
    d = idx.snap([(200, 200)])
    res = nearest_distance(net, o, d, limit=300)
    assert np.isnan(res).all()  # 400 m > limit; the second origin is off the network
    res = nearest_distance(net, o, d, limit=500)
    assert res[0] == pytest.approx(400.0) and np.isnan(res[1])


def test_disconnected_component_unreachable():
    net = build_network([[(0, 0), (100, 0)], [(0, 50), (100, 50)]])
    idx = EdgeIndex(net, min_component_nodes=0, min_component_m=0)   # keep both pieces
    res = nearest_distance(net, idx.snap([(10, 0)]), idx.snap([(10, 50)]))
    assert np.isnan(res[0])


def test_many_to_nearest_equals_networkx():
    nx = pytest.importorskip("networkx")
    from urbanplan_plugin.core.network.graphs import to_networkx
    rng = np.random.default_rng(42)
    net = grid(8, 75.0)
    idx = EdgeIndex(net)
    # origins and destinations exactly on nodes so networkx can answer independently
    nodes = rng.choice(net.node_count, size=40, replace=False)
    origins, dests = nodes[:30], nodes[30:]
    cats = np.array(["a", "b"] * 5)
    o = idx.snap(net.node_xy[origins])
    d = idx.snap(net.node_xy[dests])
    graph = SearchGraph(net)
    got = {cat: graph.nearest(o, d, cats == cat) for cat in ("a", "b")}
    g = to_networkx(net)
    for cat in ("a", "b"):
        srcs = set(dests[cats == cat].tolist())
        ref = nx.multi_source_dijkstra_path_length(g, srcs, weight="length")
        expect = np.array([ref.get(int(n), np.nan) for n in origins])
        np.testing.assert_allclose(got[cat], expect, rtol=1e-9, atol=1e-6)


@pytest.mark.parametrize("limit", [np.inf, 120.0])
def test_partial_edges_and_limit_equal_networkx(limit):
    """Points anywhere on edges (not only on nodes), with and without a search limit: the
    distance equals networkx's on a graph where every point splits its edge; beyond the limit
    it is NaN."""
    nx = pytest.importorskip("networkx")
    net = grid(6, 50.0)
    index = EdgeIndex(net)
    rng = np.random.default_rng(3)
    o = index.snap(rng.uniform(0, 250, (50, 2)))
    d = index.snap(rng.uniform(0, 250, (7, 2)))
    got = SearchGraph(net).nearest(o, d, limit=limit)
    g = split_graph(net, {"o": o, "d": d})
    ref = nx.multi_source_dijkstra_path_length(g, [("d", i) for i in range(7)], weight="length")
    expect = np.array([ref.get(("o", i), np.nan) for i in range(50)])
    expect[expect > limit] = np.nan
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expect))
    assert (~np.isnan(expect)).sum() >= (50 if np.isinf(limit) else 10)
    np.testing.assert_allclose(got[~np.isnan(got)], expect[~np.isnan(expect)], rtol=1e-9,
                               atol=1e-6)


def test_weights_scale_partial_edges():
    """Per-edge costs (walk time, flood detours) are charged in proportion along a partial
    edge: doubling every weight doubles every answer; a very costly edge is walked round."""
    net = grid(3)
    idx = EdgeIndex(net)
    o = idx.snap([(30, 2), (170, 0)])
    d = idx.snap([(198, 20)])
    plain = SearchGraph(net).nearest(o, d)
    assert plain[0] == pytest.approx(190.0) and plain[1] == pytest.approx(50.0)
    np.testing.assert_allclose(SearchGraph(net, 2 * net.edge_length).nearest(o, d), 2 * plain)
    # make the bottom street between x=100 and x=200 cost 1e6: the first origin walks round
    # by (100, 100) and (200, 100); the second, on that street, pays its share of the cost
    e = int(idx.snap([(150, 0)]).edge[0])
    w = net.edge_length.copy()
    w[e] = 1e6
    detour = SearchGraph(net, w).nearest(o, d)
    assert detour[0] == pytest.approx(70 + 100 + 100 + 80)
    assert detour[1] == pytest.approx(min(0.3 * 1e6 + 20, 0.7 * 1e6 + 350))
