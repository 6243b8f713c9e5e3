"""Engine tests on networks small enough to check by hand (no QGIS needed)."""
import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network.build import LineSet, build_network, sparse_graph
from urbanplan_plugin.core.network.osm import is_walkable, parse_other_tags


def test_plus_sign_splits_at_shared_vertex():
    # two 10 m lines crossing at a shared vertex (5, 0): 4 edges of 5 m, 5 nodes
    net = build_network([[(0, 0), (5, 0), (10, 0)], [(5, -5), (5, 0), (5, 5)]])
    assert net.edge_count == 4
    assert net.node_count == 5
    np.testing.assert_allclose(np.sort(net.edge_length), [5, 5, 5, 5])
    centre = np.flatnonzero((net.node_xy == [5, 0]).all(axis=1))
    assert len(centre) == 1
    degree = np.bincount(np.concatenate([net.edge_from, net.edge_to]))
    assert degree[centre[0]] == 4
    assert net.summary()["COMPONENTS"] == 1


def test_crossing_without_shared_vertex_stays_unconnected():
    # a bridge over a street: geometrically crossing, no shared vertex
    net = build_network([[(0, 0), (10, 0)], [(5, -5), (5, 5)]])
    assert net.edge_count == 2
    s = net.summary()
    assert s["COMPONENTS"] == 2
    assert s["LARGEST_COMPONENT_SHARE"] == pytest.approx(0.5)
    assert any("2 connected components" in line for line in net.log)


def test_interior_vertex_not_shared_is_not_a_node():
    net = build_network([[(0, 0), (3, 4), (6, 8)]])  # one line, bend in the middle
    assert net.edge_count == 1 and net.node_count == 2
    assert net.edge_length[0] == pytest.approx(10.0)
    np.testing.assert_allclose(net.edge_coords(0), [(0, 0), (3, 4), (6, 8)])


def test_snapping_tolerance_joins_near_misses():
    lines = [[(0, 0), (10, 0)], [(10.3, 0.2), (20, 0)]]
    assert build_network(lines, tolerance=0).summary()["COMPONENTS"] == 2
    net = build_network(lines, tolerance=0.5)
    assert net.summary()["COMPONENTS"] == 1
    assert net.node_count == 3


def test_zero_length_segments_dropped_and_logged():
    net = build_network([[(0, 0), (0, 0)], [(0, 0), (10, 0)], [(10, 0), (10, 0), (20, 0)]])
    assert net.edge_length.min() > 0
    assert net.total_length_m == pytest.approx(20.0)
    assert any("zero-length" in line for line in net.log)


def test_all_zero_length_raises_clear_error():
    with pytest.raises(UrbanPlanError, match="zero length"):
        build_network([[(1, 1), (1, 1)]])


def test_no_lines_raises_clear_error():
    with pytest.raises(UrbanPlanError, match="no line"):
        build_network(LineSet.from_lines([]))


def test_walk_time_at_speed():
    net = build_network([[(0, 0), (1200, 0)]])
    # 1200 m at 4.8 km/h = 80 m/min -> 15 minutes
    assert net.walk_time_min(4.8)[0] == pytest.approx(15.0)
    with pytest.raises(UrbanPlanError, match="positive"):
        net.walk_time_min(0)


def test_self_intersecting_line_is_split_at_repeated_vertex():
    # a lollipop: the line comes back to (10, 0)
    net = build_network([[(0, 0), (10, 0), (15, 5), (20, 0), (10, 0)]])
    assert net.node_count == 2
    lengths = np.sort(net.edge_length)
    assert lengths[0] == pytest.approx(10.0)
    assert lengths[1] == pytest.approx(2 * np.hypot(5, 5) + 10)


def test_sparse_graph_keeps_shortest_parallel_edge():
    g = sparse_graph([0, 0, 1], [1, 1, 0], [5.0, 3.0, 4.0], 2)
    assert g[0, 1] == pytest.approx(3.0)
    assert g[1, 0] == pytest.approx(3.0)


def test_components_ranked_by_length():
    net = build_network([[(0, 0), (1, 0)], [(100, 0), (200, 0)], [(200, 0), (300, 0)]])
    comp = net.edge_component()
    # the 200 m piece is component 0, the 1 m piece component 1
    assert comp[np.argmin(net.edge_length)] == 1
    assert set(comp[net.edge_length == 100]) == {0}


def test_subset_renumbers_nodes():
    net = build_network([[(0, 0), (5, 0), (10, 0)], [(5, -5), (5, 0), (5, 5)]])
    keep = net.edge_length > 0
    keep[0] = False
    sub = net.subset(keep)
    assert sub.edge_count == 3
    assert sub.node_count == 4
    assert sub.edge_from.max() < sub.node_count


@pytest.mark.parametrize("highway,tags,expected", [
    ("footway", {}, True),
    ("residential", {"access": "private"}, False),
    ("residential", {"access": "private", "foot": "yes"}, True),
    ("primary", {"foot": "no"}, False),
    ("motorway", {}, False),
    ("trunk", {"foot": "designated"}, True),
    ("steps", {}, True),
    (None, {}, False),
    ("construction", {}, False),
])
def test_osm_walkability_rule(highway, tags, expected):
    assert is_walkable(highway, tags) is expected


def test_parse_other_tags():
    tags = parse_other_tags('"foot"=>"no","name:en"=>"A \\"quoted\\" street","access"=>"private"')
    assert tags == {"foot": "no", "name:en": 'A "quoted" street', "access": "private"}
    assert parse_other_tags(None) == {}
