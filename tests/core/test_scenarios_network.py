"""A scenario's walking network = baseline arrays with closed edges masked and new lines noded
in. Checked against building the network from scratch with the same edits made by hand."""
import numpy as np
import pytest

from urbanplan_plugin.core.network.build import LineSet, build_network
from urbanplan_plugin.core.network.edit import (
    closed_edges,
    edges_of_sources,
    extend_network,
    scenario_network,
)
from urbanplan_plugin.core.network.search import SearchGraph
from urbanplan_plugin.core.network.snap import EdgeIndex


def grid_segments(n=5, step=100.0):
    """An n x n grid of junctions, every 100 m block side its own line."""
    lines = []
    for i in range(n):
        for j in range(n - 1):
            lines.append([(j * step, i * step), ((j + 1) * step, i * step)])
            lines.append([(i * step, j * step), (i * step, (j + 1) * step)])
    return lines


def edge_set(net, nd=6):
    """The network as a set of undirected (end, end, length) tuples, for equality checks."""
    out = []
    for e in range(net.edge_count):
        a = tuple(np.round(net.node_xy[net.edge_from[e]], nd))
        b = tuple(np.round(net.node_xy[net.edge_to[e]], nd))
        out.append((min(a, b), max(a, b), round(float(net.edge_length[e]), nd)))
    return sorted(out)


def distances(net, origins, targets):
    index = EdgeIndex(net, min_component_nodes=0, min_component_m=0)   # every piece
    return SearchGraph(net).nearest(index.snap(origins), index.snap(targets))


def random_points(n, seed=1, lo=-20, hi=420):
    return np.random.default_rng(seed).uniform(lo, hi, size=(n, 2))


def test_closure_line_across_a_street_closes_that_block_only():
    net = build_network(grid_segments())
    # across the horizontal street y=100 between x=200 and x=300
    mask = closed_edges(net, [[(250, 90), (250, 110)]])
    assert mask.sum() == 1
    e = int(np.flatnonzero(mask)[0])
    xy = net.edge_coords(e)
    assert sorted(xy[:, 0]) == [200, 300] and set(xy[:, 1]) == {100}


def test_closure_line_along_a_street_spares_the_side_streets():
    net = build_network(grid_segments())
    # drawn exactly along y=200 from the junction x=100 to the junction x=300 (two blocks)
    mask = closed_edges(net, [[(100, 200), (300, 200)]])
    assert mask.sum() == 2
    for e in np.flatnonzero(mask):
        assert set(net.edge_coords(e)[:, 1]) == {200}


def test_closure_line_slightly_off_and_far_away():
    net = build_network(grid_segments())
    # 0.6 m beside the street, along it: within the 1 m tolerance
    assert closed_edges(net, [[(110, 200.6), (190, 200.6)]], tolerance=1.0).sum() == 1
    # 5 m beside it: nothing
    assert closed_edges(net, [[(110, 205), (190, 205)]], tolerance=1.0).sum() == 0
    # a steep diagonal crossing between two vertices is found too
    assert closed_edges(net, [[(149.7, 150), (150.3, 50)]]).sum() == 1


def test_removal_by_source_feature():
    lines = grid_segments()
    net = build_network(lines)
    mask = edges_of_sources(net, [0, 3])
    assert mask.sum() == 2
    assert set(net.edge_source[mask]) == {0, 3}


def test_footbridge_between_two_mid_block_points_equals_hand_edit():
    """A new path from the middle of one block to the middle of the next street: the two
    streets are split where it joins, exactly as with topological editing by hand."""
    lines = grid_segments()
    net = build_network(lines)
    bridge = [(150, 100), (150, 150), (150.0, 200)]
    change = extend_network(net, [bridge], tolerance=0.5)
    assert change.split == 2 and change.added == 1 and change.connections == 2
    assert change.unconnected_lines == 0
    # by hand: insert the junction vertices into the two streets, add the path, build again
    hand = [list(map(tuple, ln)) for ln in lines]
    for ln in hand:
        if ln == [(100.0, 100.0), (200.0, 100.0)]:
            ln.insert(1, (150.0, 100.0))
        if ln == [(100.0, 200.0), (200.0, 200.0)]:
            ln.insert(1, (150.0, 200.0))
    ref = build_network(hand + [bridge])
    assert edge_set(change.network) == edge_set(ref)
    o, t = random_points(200, 2), random_points(5, 3)
    np.testing.assert_allclose(distances(change.network, o, t), distances(ref, o, t))
    # the new edge carries a negative source (added line 0), split pieces their street's source
    src = change.network.edge_source
    assert list(src[src < 0]) == [-1]
    pieces = change.base_edge >= 0
    assert (src[pieces] >= 0).all()


def test_new_line_ending_on_junctions_and_crossing_a_street():
    lines = grid_segments()
    net = build_network(lines)
    # from junction (0,0) to junction (200,200) diagonally: it crosses no street at a vertex
    # (it passes exactly through junction (100,100) though: no vertex there, so no connection)
    diag = [(0, 0), (200, 200)]
    change = extend_network(net, [diag])
    assert change.split == 0 and change.connections == 2 and change.added == 1
    ref = build_network(lines + [diag])
    assert edge_set(change.network) == edge_set(ref)
    new = np.flatnonzero(change.network.edge_source < 0)
    assert len(new) == 1
    assert change.network.edge_length[new[0]] == pytest.approx(np.hypot(200, 200))


def test_unconnected_and_chained_new_lines():
    net = build_network(grid_segments())
    island = [(1000, 1000), (1100, 1000)]
    a = [(150, 100), (150, 130)]           # joins the street at (150,100)
    b = [(150, 130), (180, 130)]           # joins a at its end
    change = extend_network(net, [island, a, b], tolerance=0.5)
    assert change.unconnected_lines == 1
    assert any("islands" in line for line in change.log())
    o = np.array([[180, 131.0]])
    t = np.array([[0, 100.0]])
    d = distances(change.network, o, t)
    assert d[0] == pytest.approx(150 + 30 + 30, abs=1.01)


def test_closures_and_additions_together_equal_hand_edit():
    lines = grid_segments(6)
    net = build_network(lines)
    closures = LineSet.from_lines([[(250, 190), (250, 210)], [(190, 350), (210, 350)]])
    closed = closed_edges(net, closures)
    assert closed.sum() == 2
    path = [(300, 250), (350, 250), (400, 250)]   # mid-block path from street x=300 to x=400
    change = scenario_network(net, closed, [path], tolerance=0.5)
    assert change.closed == 2 and change.split == 2
    gone = {tuple(map(tuple, net.edge_coords(e))) for e in np.flatnonzero(closed)}
    hand = [ln for ln in lines if tuple(map(tuple, np.asarray(ln, float))) not in gone]
    hand = [list(map(tuple, ln)) for ln in hand]
    for ln in hand:
        if ln == [(300.0, 200.0), (300.0, 300.0)]:
            ln.insert(1, (300.0, 250.0))
        if ln == [(400.0, 200.0), (400.0, 300.0)]:
            ln.insert(1, (400.0, 250.0))
    ref = build_network(hand + [path])
    assert edge_set(change.network) == edge_set(ref)
    o, t = random_points(300, 5, hi=520), random_points(4, 6, hi=520)
    np.testing.assert_allclose(distances(change.network, o, t), distances(ref, o, t))
    # base_edge maps every kept or split edge back to the baseline edge it came from
    be = change.base_edge
    assert len(be) == change.network.edge_count
    assert not np.isin(np.flatnonzero(closed), be).any()


def test_scenario_network_without_changes_is_the_baseline():
    net = build_network(grid_segments())
    change = scenario_network(net)
    assert change.network is net
    assert (change.base_edge == np.arange(net.edge_count)).all()


def test_prepared_length_scale_is_kept_when_splitting():
    """A prepared network may store lengths that differ from the drawn geometry (e.g. slope);
    the split pieces keep the same proportion."""
    net = build_network([[(0, 0), (100, 0)], [(100, 0), (200, 0)]])
    net.edge_length = net.edge_length * 1.5
    change = extend_network(net, [[(50, 0), (50, 50)]])
    pieces = change.network.edge_length[change.base_edge >= 0]
    assert sorted(np.round(pieces, 6)) == [75.0, 75.0, 150.0]


def test_new_line_joining_only_a_closed_street_stays_unconnected():
    net = build_network(grid_segments())
    closed = closed_edges(net, [[(150, 190), (150, 210)]])       # block y=200, x 100..200
    path = [(150, 200), (150, 250)]                              # starts mid-block on it
    change = scenario_network(net, closed, [path])
    assert change.closed == 1
    new = np.flatnonzero(change.network.edge_source < 0)
    assert len(new) == 1
    # its start node touches no other edge: nothing leads onto the path
    n = change.network
    a, b = n.edge_from[new[0]], n.edge_to[new[0]]
    degree = np.bincount(np.concatenate([n.edge_from, n.edge_to]), minlength=n.node_count)
    assert sorted([degree[a], degree[b]]) == [1, 1]
    assert np.isnan(distances(n, np.array([[150.0, 240.0]]), np.array([[0.0, 0.0]]))[0])


def test_reusing_the_baseline_index_gives_the_same_network():
    from urbanplan_plugin.core.network.snap import EdgeIndex
    net = build_network(grid_segments(6))
    closed = closed_edges(net, [[(250, 190), (250, 210)]])
    path = [[(300, 250), (400, 250)]]
    a = scenario_network(net, closed, path, index=EdgeIndex(net))
    b = scenario_network(net, closed, path)
    assert edge_set(a.network) == edge_set(b.network)
