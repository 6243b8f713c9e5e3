"""The one entrance rule (core.network.entrances): hand-worked entrances of a park, the same
walking distance through the path fifteenminutecity takes (polygons as WKB arrays, one point per
entrance, counted once per park) and the path sdg1171 takes (shapely polygons)."""
import numpy as np
import pytest
from shapely.geometry import Polygon, box

from urbanplan_plugin.core.geometry.rasterize import PolygonSet
from urbanplan_plugin.core.geometry.wkb import polygons_from_wkb
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.entrances import (
    DEFAULT_ENTRANCE_TOLERANCE_M,
    assign_entrances,
    boundary_entrances,
    closed_rings,
)
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.publicspace.sdg1171 import open_space_access
from urbanplan_plugin.core.walk.fifteenminutecity import walk_access

# a park filling most of the block 100..200 x 100..200 of a 100 m grid: 5 m from every street
PARK = box(105, 105, 195, 195)
FAR_PARK = Polygon([(600, 50), (640, 30), (640, 70)])  # its tip 200 m east of (400, 50)
ORIGINS = np.array([[300.0, 150.0],   # 50 down, 100 west to (200, 100), 5 up to the gate: 155
                    [0.0, 0.0],       # 100 east, 100 north to (100, 100), 5 to a gate: 205
                    [150.0, 100.0],   # beside the park: gates every 24 m from x = 105: 153, 3
                    [400.0, 400.0]])  # 200 + 200 to (200, 200), + 5: 405
EXPECTED = [155.0, 205.0, 3.0, 405.0]


def grid():
    xs = np.arange(0, 401, 100.0)
    lines = [np.array([(x, y) for x in xs]) for y in xs]
    lines += [np.array([(x, y) for y in xs]) for x in xs]
    return build_network(lines)


def test_hand_worked_entrances_of_a_park():
    net = grid()
    found = boundary_entrances([PARK], EdgeIndex(net), tolerance=25.0)
    assert found.near.tolist() == [True] and found.reached.tolist() == [True]
    xy = found.xy
    # every entrance is a point of one of the four streets around the block, beside the park
    on_x = np.isclose(xy[:, 0], 100) | np.isclose(xy[:, 0], 200)
    on_y = np.isclose(xy[:, 1], 100) | np.isclose(xy[:, 1], 200)
    assert (on_x | on_y).all()
    along = np.where(on_x, xy[:, 1], xy[:, 0])
    assert ((along >= 105 - 1e-9) & (along <= 195 + 1e-9)).all()
    # the boundary (360 m) is sampled every 25 m (15 samples) plus its 4 corners; never thinned,
    # so entrances 25 m apart or less are all kept
    assert 15 <= len(xy) <= 19
    gaps = np.sort(along[np.isclose(xy[:, 0], 200)])
    assert np.diff(gaps).max() <= 25.0 + 1e-9


@pytest.mark.parametrize("form", ["shapely", "wkb", "open rings"])
def test_one_rule_whatever_the_polygon_form(form):
    net = grid()
    index = EdgeIndex(net)
    ref = boundary_entrances([PARK, FAR_PARK], index, 25.0, 250.0)
    polys = {"shapely": [PARK, FAR_PARK],
             "wkb": polygons_from_wkb([PARK.wkb, FAR_PARK.wkb]),
             "open rings": PolygonSet.from_wkt_like(
                 [[list(PARK.exterior.coords)[:-1]], [list(FAR_PARK.exterior.coords)[:-1]]])}[form]
    got = boundary_entrances(polys, index, 25.0, 250.0)
    for a, b in zip(got, ref):
        np.testing.assert_allclose(a, b)
    # the far park: no street within 25 m, entered at its boundary point nearest the network
    assert ref.near.tolist() == [True, False] and ref.reached.tolist() == [True, True]
    assert ref.xy[ref.owner == 1].tolist() == [[600.0, 50.0]]
    # beyond max_snap_m it has no entrance at all
    none = boundary_entrances([PARK, FAR_PARK], index, 25.0, 150.0)
    assert none.reached.tolist() == [True, False]


def test_fifteenminutecity_and_sdg1171_give_one_park_the_same_distance():
    net = grid()
    index = EdgeIndex(net)
    # fifteenminutecity's path: polygons arrive as WKB, one destination point per entrance,
    # grouped by owner so the park counts once (qgis_io.points.boundary_access_points)
    polys = polygons_from_wkb([PARK.wkb])
    found = boundary_entrances(polys, index, DEFAULT_ENTRANCE_TOLERANCE_M, max_snap_m=np.inf)
    walk = walk_access(net, ORIGINS, found.xy, np.full(len(found.xy), "park", dtype=object),
                       dest_owner=found.owner, threshold_min=15, speed_kmh=4.8, index=index)
    assert walk.dest_count.tolist() == [1]
    # sdg1171's path: shapely polygons, the same rule
    acc, exy, eown = open_space_access(net, ORIGINS, [PARK], distance_m=400.0,
                                       entrance_tolerance=DEFAULT_ENTRANCE_TOLERANCE_M,
                                       index=index)
    np.testing.assert_allclose(walk.dist[:, 0], EXPECTED, atol=1e-6)
    np.testing.assert_allclose(acc.dist[:, 0], EXPECTED, atol=1e-6)
    np.testing.assert_allclose(exy, found.xy)


def test_given_gates_belong_to_the_park_holding_them_or_nearest():
    a, b = box(0, 0, 10, 10), box(10, 0, 20, 10)       # two parks sharing the side x = 10
    gates = [(5, 5), (10, 5), (15, 5), (21, 5), (40, 5)]
    # inside a; on the shared side: the first park; inside b; 1 m from b; too far
    assert assign_entrances(gates, [a, b], 2.0).tolist() == [0, 0, 1, 1, -1]
    assert assign_entrances(gates, [b, a], 2.0).tolist() == [1, 0, 0, 0, -1]


def test_closed_rings_close_open_rings_and_drop_degenerate_ones():
    polys = PolygonSet.from_wkt_like([[[(0, 0), (1, 0), (1, 1)]],          # open triangle
                                      [[(0, 0), (2, 0), (2, 2), (0, 0)]],  # closed already
                                      [[(5, 5)]],                          # a single vertex
                                      []])
    coords, offsets, owner = closed_rings(polys)
    assert owner.tolist() == [0, 1]
    assert coords[offsets[0]:offsets[1]].tolist() == [[0, 0], [1, 0], [1, 1], [0, 0]]
    assert coords[offsets[1]:offsets[2]].tolist() == [[0, 0], [2, 0], [2, 2], [0, 0]]
    assert Polygon(coords[offsets[0]:offsets[1]]).area == pytest.approx(0.5)
