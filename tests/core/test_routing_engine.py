"""Snapping and many-to-nearest search, checked by hand and against networkx."""
import numpy as np
import pytest

from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.search import nearest_by_category, nearest_distance
from urbanplan_plugin.core.network.snap import EdgeIndex


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
    idx = EdgeIndex(net)
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
    got = nearest_by_category(net, o, d, cats)
    g = to_networkx(net)
    for cat in ("a", "b"):
        srcs = set(dests[cats == cat].tolist())
        ref = nx.multi_source_dijkstra_path_length(g, srcs, weight="length")
        expect = np.array([ref.get(int(n), np.nan) for n in origins])
        np.testing.assert_allclose(got[cat], expect, rtol=1e-9, atol=1e-6)
