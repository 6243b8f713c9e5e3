"""The one point-in-zone rule (core.geometry.zones): borders and vertices by hand, holes and
parts, every input form, and shapely/GEOS as an independent oracle away from borders."""
import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon, box

from urbanplan_plugin.core.geometry.rasterize import PolygonSet
from urbanplan_plugin.core.geometry.wkb import polygons_from_wkb
from urbanplan_plugin.core.geometry.zones import points_in_polygons

# two districts sharing the border x = 3, and a third sharing only the vertex (10, 10)
WEST = [(0, 0), (3, 0), (3, 10), (0, 10)]
EAST = [(3, 0), (10, 0), (10, 10), (3, 10)]
NORTH_EAST = [(10, 10), (14, 10), (14, 14), (10, 14)]


def zone_sets():
    """The same three zones as a PolygonSet with open rings, one with closed rings (WKB), and
    as shapely polygons: every form the callers hand in."""
    rings = [WEST, EAST, NORTH_EAST]
    shapes = [Polygon(r) for r in rings]
    return {"open rings": PolygonSet.from_wkt_like([[r] for r in rings]),
            "wkb": polygons_from_wkb([s.wkb for s in shapes]),
            "shapely": shapes}


@pytest.mark.parametrize("form", ["open rings", "wkb", "shapely"])
def test_shared_border_and_vertex_go_to_the_first_zone(form):
    zones = zone_sets()[form]
    pts = [(3, 5),       # on the border west | east -> west (first)
           (3, 0),       # on a vertex shared by west and east -> west
           (10, 10),     # on the vertex shared by east and north-east -> east
           (10, 12),     # on north-east's outer edge only -> north-east
           (0, 0),       # the study area's outer corner: inside west
           (1.5, 5), (5, 5), (12, 12),
           (10.000001, 5),  # just outside east
           (np.nan, 5)]
    assert points_in_polygons(pts, zones).tolist() == [0, 0, 1, 2, 0, 0, 1, 2, -1, -1]


def test_the_order_of_the_zones_decides_a_border_point():
    shapes = [Polygon(EAST), Polygon(WEST)]
    assert points_in_polygons([(3, 5), (3, 0), (1, 1)], shapes).tolist() == [0, 0, 1]


def test_holes_parts_and_their_borders():
    park = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(3, 3), (7, 3), (7, 7), (3, 7)]])
    parts = MultiPolygon([box(20, 0, 25, 5), box(30, 0, 35, 5)])
    pts = [(5, 5),     # inside the hole: not in the park
           (3, 5),     # on the hole's edge: the park's boundary, so in it
           (7, 7),     # on the hole's vertex
           (1, 1), (22, 2), (32, 2), (27, 2),
           (25, 2)]    # on the first part's edge
    assert points_in_polygons(pts, [park, parts]).tolist() == [-1, 0, 0, 0, 1, 1, -1, 1]


def test_rounding_on_a_slanted_border_still_counts():
    # a border on the diagonal: a point computed on it (not exactly representable) is on it
    a, b = Polygon([(0, 0), (7, 3), (0, 3)]), Polygon([(0, 0), (7, 0), (7, 3)])
    t = np.linspace(0.05, 0.95, 19)
    on_diagonal = np.c_[7 * t, 3 * t]
    assert (points_in_polygons(on_diagonal, [a, b]) == 0).all()
    assert (points_in_polygons(on_diagonal, [b, a]) == 0).all()


def test_equals_geos_away_from_borders_and_on_vertices():
    rng = np.random.default_rng(7)
    shapes = []
    for i in range(25):
        c, r = rng.uniform(0, 100, 2), rng.uniform(4, 15)
        k = rng.integers(3, 12)  # star-shaped around c: angular gaps below pi, so simple
        ang = (np.arange(k) + rng.uniform(0.1, 0.9, k)) * 2 * np.pi / k
        rad = r * rng.uniform(0.4, 1.0, len(ang))
        p = Polygon(np.c_[c[0] + rad * np.cos(ang), c[1] + rad * np.sin(ang)])
        if i % 4 == 0:
            p = p.difference(Point(c).buffer(0.2 * r))
        shapes.append(p)
    pts = rng.uniform(0, 100, (4000, 2))
    vertices = np.vstack([np.asarray(s.exterior.coords) for s in shapes])
    got = points_in_polygons(np.vstack([pts, vertices]), shapes)

    def first_holding(x, y):  # GEOS intersects, first zone wins
        return next((i for i, s in enumerate(shapes) if s.intersects(Point(x, y))), -1)
    away = np.array([min(s.boundary.distance(Point(p)) for s in shapes) > 1e-6 for p in pts])
    want = np.array([first_holding(x, y) for x, y in pts[away]])
    assert (got[:len(pts)][away] == want).all() and (want >= 0).sum() > 300
    want_v = np.array([first_holding(x, y) for x, y in vertices])
    assert (got[len(pts):] == want_v).all()


def test_empty_zones_and_no_points():
    assert points_in_polygons(np.empty((0, 2)), [box(0, 0, 1, 1)]).tolist() == []
    assert points_in_polygons([(0.5, 0.5)], [None, box(0, 0, 1, 1)]).tolist() == [1]
    assert points_in_polygons([(0.5, 0.5)], []).tolist() == [-1]
