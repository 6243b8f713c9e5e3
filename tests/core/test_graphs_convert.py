"""core.network.graphs: WalkNetwork <-> networkx / osmnx graphs (no QGIS needed)."""
import numpy as np
import pytest

from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.graphs import from_networkx, to_networkx, to_osmnx

nx = pytest.importorskip("networkx")


@pytest.fixture
def net():
    """A 100 m square block whose north side is split into two equal-length streets between the
    same two corners (an L around a small square: two parallel edges of equal length), a
    dead end to the east, and a separate 30 m path (second component).

        (0,100) ---- (100,100)         north: (0,100)-(100,100) straight, 100 m
           |  \\__(50,120)__/ |         and (0,100)-(50,100+h)-(100,100) ... see lines below
        (0,0) ------ (100,0) -- (150,0)
    """
    lines = [
        [(0, 0), (100, 0)],
        [(100, 0), (150, 0)],                         # dead end
        [(0, 0), (0, 100)],
        [(100, 0), (100, 100)],
        [(0, 100), (50, 120), (100, 100)],            # two parallel streets of equal length
        [(0, 100), (50, 80), (100, 100)],             # (mirror images), 2 x hypot(50, 20)
        [(500, 500), (530, 500)],                     # separate path
    ]
    return build_network(lines, crs="EPSG:32723")


def _lengths(network):
    return np.sort(network.edge_length)


def test_to_networkx_keeps_nodes_edges_lengths_components(net):
    g = to_networkx(net)
    assert g.number_of_nodes() == net.node_count == 7
    assert g.number_of_edges() == net.edge_count == 7
    total = sum(d["length"] for _, _, d in g.edges(data=True))
    assert total == pytest.approx(net.total_length_m)
    assert nx.number_connected_components(g) == net.components()[0] == 2
    # hand-checked: the two curved streets each measure 2 * hypot(50, 20)
    curved = sorted(d["length"] for _, _, d in g.edges(data=True) if d["length"] > 100.5)
    assert curved == pytest.approx([2 * np.hypot(50, 20)] * 2)


def test_networkx_round_trip(net):
    back = from_networkx(to_networkx(net), crs=net.crs)
    assert back.node_count == net.node_count and back.edge_count == net.edge_count
    np.testing.assert_allclose(_lengths(back), _lengths(net))
    np.testing.assert_allclose(back.node_xy, net.node_xy)
    assert back.components()[0] == net.components()[0]
    assert back.largest_component_share() == pytest.approx(net.largest_component_share())
    assert back.crs == "EPSG:32723"


def test_osmnx_layout_round_trip_keeps_parallel_equal_length_streets(net):
    g = to_osmnx(net)
    assert g.is_directed() and g.number_of_edges() == 2 * net.edge_count
    back = from_networkx(g)
    # both directions of a street become one edge; the two different streets of equal length
    # between the same corners stay two edges
    assert back.edge_count == net.edge_count
    np.testing.assert_allclose(_lengths(back), _lengths(net))
    assert back.crs == "EPSG:32723"
    # edge geometries run from their from-node to their to-node
    for e in range(back.edge_count):
        xy = back.edge_coords(e)
        np.testing.assert_allclose(xy[0], back.node_xy[back.edge_from[e]])
        np.testing.assert_allclose(xy[-1], back.node_xy[back.edge_to[e]])


def test_osmnx_functions_accept_to_osmnx_output(net):
    pytest.importorskip("osmnx")
    from urbanplan_plugin.core.common.compat import osmnx_graph_to_gdfs, osmnx_project_graph
    g = to_osmnx(net)
    nodes, edges = osmnx_graph_to_gdfs(g)
    assert len(nodes) == net.node_count and len(edges) == 2 * net.edge_count
    assert edges.crs is not None and edges.crs.to_epsg() == 32723
    assert edges["length"].sum() == pytest.approx(2 * net.total_length_m)
    # osmnx's projection to lon/lat and back keeps the geometry lengths (to a millimetre)
    there = osmnx_project_graph(g, "EPSG:4326")
    back = osmnx_project_graph(there, "EPSG:32723")
    _, edges_back = osmnx_graph_to_gdfs(back)
    assert edges_back.geometry.length.sum() == pytest.approx(2 * net.total_length_m, abs=1e-2)


def test_shortest_path_agrees_with_engine(net):
    from scipy.sparse.csgraph import dijkstra
    g = to_networkx(net)
    a = int(np.flatnonzero((net.node_xy == [0, 0]).all(axis=1))[0])
    b = int(np.flatnonzero((net.node_xy == [150, 0]).all(axis=1))[0])
    c = int(np.flatnonzero((net.node_xy == [100, 100]).all(axis=1))[0])
    dist = dijkstra(net.adjacency(), indices=a)
    assert nx.shortest_path_length(g, a, b, weight="length") == pytest.approx(dist[b]) == 150
    assert nx.shortest_path_length(g, a, c, weight="length") == pytest.approx(dist[c]) == 200


def test_from_networkx_rejects_graph_without_coordinates():
    from urbanplan_plugin.core.common.errors import UrbanPlanError
    g = nx.Graph()
    g.add_edge(1, 2)
    with pytest.raises(UrbanPlanError, match="'x' and 'y'"):
        from_networkx(g)
    with pytest.raises(UrbanPlanError, match="no nodes"):
        from_networkx(nx.Graph())
