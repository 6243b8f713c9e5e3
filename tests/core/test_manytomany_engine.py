"""All pairs within a limit: equal to an independent networkx computation."""
import collections

import numpy as np
import pytest

from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.manytomany import all_pairs_within, pairs_within
from urbanplan_plugin.core.network.snap import EdgeIndex


def grid(n=9, spacing=100.0):
    xs = np.arange(n) * spacing
    lines = []
    for i in range(n):
        lines.append(np.c_[xs, np.full(n, xs[i])])
        lines.append(np.c_[np.full(n, xs[i]), xs])
    return build_network(lines)


def networkx_pairs(net, a, b, limit):
    """Reference: split every edge at the points on it, then Dijkstra from each point of a."""
    nx = pytest.importorskip("networkx")
    on_edge = collections.defaultdict(list)
    for tag, s in (("a", a), ("b", b)):
        for i in np.flatnonzero(s.ok):
            on_edge[int(s.edge[i])].append((float(s.offset[i]), (tag, int(i))))
    g = nx.Graph()
    for e in range(net.edge_count):
        u, v, length = int(net.edge_from[e]), int(net.edge_to[e]), float(net.edge_length[e])
        seq = [(0.0, u)] + sorted(on_edge.get(e, [])) + [(length, v)]
        for (o1, n1), (o2, n2) in zip(seq[:-1], seq[1:]):
            w = o2 - o1
            if not g.has_edge(n1, n2) or g[n1][n2]["weight"] > w:
                g.add_edge(n1, n2, weight=w)
    ref = {}
    for i in np.flatnonzero(a.ok):
        dist = nx.single_source_dijkstra_path_length(g, ("a", int(i)), cutoff=limit,
                                                     weight="weight")
        for j in np.flatnonzero(b.ok):
            if ("b", int(j)) in dist:
                ref[(int(i), int(j))] = dist[("b", int(j))]
    return ref


@pytest.mark.parametrize("na,nb", [(40, 15), (12, 50)])  # both search directions
def test_pairs_equal_networkx(na, nb):
    rng = np.random.default_rng(na)
    net = grid()
    idx = EdgeIndex(net)
    a = idx.snap(rng.uniform(-50, 850, (na, 2)), max_distance=30)
    b = idx.snap(rng.uniform(-50, 850, (nb, 2)), max_distance=30)
    ia, ib, d = all_pairs_within(net, a, b, 450.0)
    got = {(int(x), int(y)): float(z) for x, y, z in zip(ia, ib, d)}
    assert len(got) == len(ia)  # each pair once
    ref = networkx_pairs(net, a, b, 450.0)
    assert set(got) == set(ref) and len(ref) > 50
    np.testing.assert_allclose([got[k] for k in ref], [ref[k] for k in ref], atol=1e-6)


def test_chunks_give_the_same_pairs():
    rng = np.random.default_rng(3)
    net = grid(6)
    idx = EdgeIndex(net)
    a = idx.snap(rng.uniform(0, 500, (20, 2)))
    b = idx.snap(rng.uniform(0, 500, (30, 2)))
    whole = sorted(zip(*[x.tolist() for x in all_pairs_within(net, a, b, 300)]))
    parts = list(pairs_within(net, a, b, 300, chunk_budget=1))  # one source per chunk
    assert len(parts) == 20
    chunked = sorted(zip(*[np.concatenate([p[k] for p in parts]).tolist() for k in range(3)]))
    assert chunked == whole


def test_same_edge_direct_and_unsnapped_left_out():
    net = build_network([[(0, 0), (1000, 0)]])
    idx = EdgeIndex(net)
    a = idx.snap([(100, 0), (5000, 5000)], max_distance=50)
    b = idx.snap([(160, 0), (900, 0)])
    ia, ib, d = all_pairs_within(net, a, b, 100)
    assert ia.tolist() == [0] and ib.tolist() == [0] and d[0] == pytest.approx(60.0)


def test_loop_edge_both_ways_round():
    # a closed 400 m square is one loop edge from its corner node back to itself
    net = build_network([[(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]])
    assert net.edge_count == 1 and net.edge_from[0] == net.edge_to[0]
    idx = EdgeIndex(net)
    a = idx.snap([(50, 0)])     # 50 m from the corner one way, 350 m the other
    b = idx.snap([(0, 60)])     # 340 m along, 60 m back to the corner
    ia, ib, d = all_pairs_within(net, a, b, 1000)
    assert d.tolist() == [pytest.approx(110.0)]  # 50 to the corner + 60 up the other side


def test_spatial_pruning_gives_the_same_pairs():
    """On a 2 km grid with a 250 m limit each chunk searches only its neighbourhood; the
    pairs equal the independent networkx answer, and equal an unpruned run (costs that are
    not lengths switch pruning off)."""
    from urbanplan_plugin.core.network.manytomany import Regions
    rng = np.random.default_rng(9)
    net = grid(20, 100.0)
    idx = EdgeIndex(net)
    a = idx.snap(rng.uniform(0, 1900, (60, 2)))
    b = idx.snap(rng.uniform(0, 1900, (80, 2)))
    reg = Regions(net, None, 250.0)
    assert reg.enabled and len(reg.around((900, 900), (1000, 1000))[0]) < net.node_count / 4
    assert not Regions(net, net.edge_length * 2, 250.0).enabled
    parts = list(pairs_within(net, a, b, 250.0, chunk_budget=100))
    got = {(int(x), int(y)): float(z) for p in parts for x, y, z in zip(*p)}
    assert sum(len(p[0]) for p in parts) == len(got)
    ref = networkx_pairs(net, a, b, 250.0)
    assert set(got) == set(ref) and len(ref) > 20
    np.testing.assert_allclose([got[k] for k in ref], [ref[k] for k in ref], atol=1e-6)
    # unpruned: costs = 2 x length with a doubled limit give the same pairs at twice the cost
    ia, ib, d = all_pairs_within(net, a, b, 500.0, weights=net.edge_length * 2)
    assert {(int(x), int(y)) for x, y in zip(ia, ib)} == set(ref)
