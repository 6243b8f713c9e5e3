"""SDG 11.7.1 areas on a hand-worked city: a 400 m x 400 m built-up square with a 100 m street
grid (10 m wide streets) and a few parks, every number derived on paper below."""
import numpy as np
import pytest
from shapely.geometry import LineString, MultiPolygon, Polygon, box

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.geometry.polygons import (
    clean_polygons,
    overlay_areas,
    street_polygons,
    union_area,
)
from urbanplan_plugin.core.geometry.zones import points_in_polygons

BUILTUP = [box(0, 0, 400, 400)]                       # 160 000 m²
P1 = box(110, 110, 190, 190)                          # 6 400 m², inside a block
P2 = box(305, 305, 425, 385)                          # 9 600 m²; 25 m beyond x = 400
P3 = box(150, 150, 190, 190)                          # inside P1: must count once
P4 = box(500, 500, 550, 550)                          # wholly outside the built-up area


def grid_lines():
    """5 east-west and 5 north-south streets every 100 m, with a vertex at every junction."""
    xs = np.arange(0, 401, 100.0)
    lines = [LineString([(x, y) for x in xs]) for y in xs]
    lines += [LineString([(x, y) for y in xs]) for x in xs]
    return lines


def test_street_area_by_hand():
    streets, widths = street_polygons(grid_lines(), default_width=10.0)
    assert np.all(widths == 10.0)
    # every street is a 400 x 10 rectangle (flat ends, no overhang): 10 x 4 000 = 40 000 m²
    assert sum(s.area for s in streets) == pytest.approx(40000.0)
    res = overlay_areas(BUILTUP, {"street": streets})
    # inside the square: the 4 border streets are half inside (2 000 each), the 6 others whole
    # (4 000 each) = 32 000; junction squares counted twice: 9 inner x 100 + 12 border x 50 +
    # 4 corners x 25 = 1 600  ->  30 400 m² = 19 % of 160 000
    assert res.builtup_m2 == pytest.approx(160000.0)
    assert res.layer_m2["street"] == pytest.approx(30400.0)
    assert res.share_pct("street") == pytest.approx(19.0)
    assert res.overlap_m2["street"] == pytest.approx(1600.0)


def test_public_space_counts_overlaps_once():
    streets, _ = street_polygons(grid_lines(), default_width=10.0)
    res = overlay_areas(BUILTUP, {"open_space": [P1, P2, P3, P4], "street": streets},
                        track_outside=("open_space",), track_overlap=("open_space",))
    # open space: P1 6 400 (P3 inside it adds nothing) + P2 clipped to x <= 400: 95 x 80 = 7 600
    assert res.layer_m2["open_space"] == pytest.approx(14000.0)
    assert res.share_pct("open_space") == pytest.approx(8.75)
    # P2 overlaps the street x = 400 (395..400 inside the square) on 5 x 80 = 400 m²
    assert res.public_m2 == pytest.approx(30400.0 + 14000.0 - 400.0)
    assert res.share_pct() == pytest.approx(27.5)
    assert res.overlap_m2["open_space"] == pytest.approx(1600.0)       # P3 = 40 x 40
    assert res.overlap_pairs["open_space"] == [(0, 2)]
    assert res.outside_ids["open_space"] == [3]                        # P4
    # clipped off: P2 25 x 80 = 2 000 and P4 2 500
    assert res.outside_m2["open_space"] == pytest.approx(4500.0)


@pytest.mark.parametrize("tile", [None, 13.0, 37.0, 100.0, 1000.0])
def test_index_cells_do_not_change_the_areas(tile):
    """The cell size of the overlay's index grid changes which edges are compared where, never
    an area."""
    streets, _ = street_polygons(grid_lines(), default_width=10.0)
    zones = [box(-50, -50, 210, 450), box(210, -50, 450, 450)]
    res = overlay_areas(BUILTUP, {"open_space": [P1, P2, P3, P4], "street": streets},
                        zones=zones, tile_size=tile, track_outside=("open_space",))
    assert res.layer_m2["open_space"] == pytest.approx(14000.0)
    assert res.public_m2 == pytest.approx(44000.0)
    assert res.outside_m2["open_space"] == pytest.approx(4500.0)
    # zones split at x = 210: the west zone holds P1 and 210/400 of the square
    assert res.zone_builtup_m2 == pytest.approx([84000.0, 76000.0])
    assert res.zone_layer_m2["open_space"] == pytest.approx([6400.0, 7600.0])
    assert res.zone_public_m2.sum() == pytest.approx(44000.0)
    assert res.zone_layer_m2["street"].sum() == pytest.approx(30400.0)


def test_union_against_shapely_on_random_polygons():
    rng = np.random.default_rng(7)
    polys = [box(x, y, x + w, y + h) for (x, y), (w, h) in
             zip(rng.uniform(0, 900, (300, 2)), rng.uniform(5, 120, (300, 2)))]
    builtup = [Polygon([(100, 0), (1000, 200), (800, 1000), (0, 700)])]
    res = overlay_areas(builtup, {"a": polys}, tile_size=61.0)
    from shapely.ops import unary_union
    expect = unary_union(polys).intersection(builtup[0]).area
    assert res.layer_m2["a"] == pytest.approx(expect, rel=1e-9)
    assert res.builtup_m2 == pytest.approx(builtup[0].area, rel=1e-9)


def test_invalid_polygon_is_repaired_and_logged():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])   # self-intersecting
    assert not bowtie.is_valid
    log = []
    geoms, repaired, empty = clean_polygons([bowtie, None, box(0, 0, 1, 1)], [11, 12, 13],
                                            "open space", log)
    assert repaired == [11] and empty == [12]
    assert geoms[0].is_valid and geoms[0].area == pytest.approx(50.0)  # two 25 m² triangles
    assert any("11" in line and "Repaired" in line for line in log)
    assert any("12" in line for line in log)


def test_lines_are_not_polygons():
    with pytest.raises(UrbanPlanError, match="polygons are needed"):
        clean_polygons([LineString([(0, 0), (1, 1)])], [5], "open space")


def test_street_lines_without_width_and_no_default():
    with pytest.raises(UrbanPlanError, match="no usable width.*7"):
        street_polygons([LineString([(0, 0), (10, 0)])], widths=[None], ids=[7])
    polys, w = street_polygons([LineString([(0, 0), (10, 0)]), LineString([(0, 5), (10, 5)])],
                               widths=[None, 4.0], default_width=6.0)
    assert w.tolist() == [6.0, 4.0]
    assert polys[0].area == pytest.approx(60.0) and polys[1].area == pytest.approx(40.0)


def test_without_builtup_everything_counts_per_zone():
    res = overlay_areas(None, {"park": [P1, P3, P4]}, zones=[box(0, 0, 200, 200),
                                                            box(400, 400, 600, 600)])
    assert res.zone_layer_m2["park"] == pytest.approx([6400.0, 2500.0])
    assert union_area([P1, P3, P4]) == pytest.approx(8900.0)


def test_points_in_polygons_with_holes_and_parts():
    ring = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(3, 3), (7, 3), (7, 7), (3, 7)]])
    multi = MultiPolygon([box(20, 0, 25, 5), box(30, 0, 35, 5)])
    rng = np.random.default_rng(1)
    pts = rng.uniform(-2, 37, (3000, 2))
    got = points_in_polygons(pts, [ring, multi])
    from shapely.geometry import Point
    want = np.array([0 if ring.contains(Point(p)) else 1 if multi.contains(Point(p)) else -1
                     for p in pts])
    on_edge = np.array([ring.boundary.distance(Point(p)) < 1e-9
                        or multi.boundary.distance(Point(p)) < 1e-9 for p in pts])
    assert (got[~on_edge] == want[~on_edge]).all()
    assert (got == 0).sum() > 100 and (got == 1).sum() > 10
