"""Flood exposure engine (core.flood.floodexposure, core.geometry.rasterize, core.geometry.wkb):
hand-worked cases on synthetic rasters whose answers follow on paper, plus independent
computations (shapely / brute force)."""
import json
import math

import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.flood import floodexposure as flood
from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
from urbanplan_plugin.core.geometry.rasterize import (
    PolygonSet,
    interior_points,
    line_pieces,
    polygon_cells,
)
from urbanplan_plugin.core.geometry.wkb import (
    lines_from_wkb,
    points_from_wkb,
    polygons_from_wkb,
)
from urbanplan_plugin.core.geometry.zones import points_in_polygons
from urbanplan_plugin.core.network.build import LineSet

CLASSES = flood.load_class_presets()["inasafe"]


def plane(rows=10, cols=10, step=0.2):
    """Tilted plane of depths: column c holds c * step metres (column 0 dry); 1 m cells with
    the top-left corner at (0, rows)."""
    depth = np.tile(np.arange(cols) * step, (rows, 1)).astype(np.float32)
    return Raster(depth, np.zeros_like(depth, dtype=bool), Grid(0.0, float(rows), 1.0, 1.0,
                                                                  rows, cols))


def rect(x0, y0, x1, y1):
    return [[(x0, y0), (x1, y0), (x1, y1), (x0, y1)]]


# --- classes -----------------------------------------------------------------------------

def test_inasafe_preset_is_the_cases_table():
    c = CLASSES
    assert c.names == ["low", "medium", "high"]
    assert [k.min_m for k in c.classes] == [0.1, 0.7, 1.5]
    assert math.isinf(c.classes[-1].max_m)
    assert list(c.rates) == [0.01, 0.03, 0.05]
    assert "InaSAFE" in c.source


def test_classify_bounds_lower_inclusive_and_float32_safe():
    d = np.array([0.0, 0.09, 0.1, 0.69, np.float32(0.7), 1.49, 1.5, 12.0, np.nan])
    assert CLASSES.classify(d).tolist() == [-1, -1, 0, 0, 1, 1, 2, 2, -1]


@pytest.mark.parametrize("rows,message", [
    ([{"name": "a", "min_m": 0.1, "max_m": 0.5, "displacement_rate": 0.01},
      {"name": "b", "min_m": 0.4, "max_m": None, "displacement_rate": 0.02}], "overlap"),
    ([{"name": "a", "min_m": 0.1, "max_m": 0.5, "displacement_rate": 0.01},
      {"name": "b", "min_m": 0.6, "max_m": None, "displacement_rate": 0.02}], "gap"),
    ([{"name": "a", "min_m": 0.1, "max_m": 0.5, "displacement_rate": 3}], "between 0 and 1"),
    ([{"name": "a", "min_m": 0.5, "max_m": 0.1, "displacement_rate": 0}], "larger than"),
    ([{"name": "a", "min_m": 0.1, "max_m": 0.5, "displacement_rate": 0},
      {"name": "a", "min_m": 0.5, "max_m": None, "displacement_rate": 0}], "repeat"),
])
def test_bad_class_tables(rows, message):
    with pytest.raises(UrbanPlanError, match=message):
        flood.classes_from_rows(rows)


def test_class_files_csv_and_json(tmp_path):
    csv_path = tmp_path / "classes.csv"
    csv_path.write_text("name,min_m,max_m,displacement_rate\nankle,0.05,0.3,1%\nknee,0.3,,0.02\n")
    c = flood.load_classes_file(str(csv_path))
    assert c.names == ["ankle", "knee"] and list(c.rates) == [0.01, 0.02]
    assert math.isinf(c.classes[1].max_m)
    json_path = tmp_path / "classes.json"
    json_path.write_text(json.dumps({"classes": [
        {"name": "wet", "min_m": 0.01, "max_m": None, "displacement_rate": 0.5}]}))
    assert flood.load_classes_file(str(json_path)).names == ["wet"]
    bad = tmp_path / "bad.csv"
    bad.write_text("label,lower\nx,1\n")
    with pytest.raises(UrbanPlanError, match="columns"):
        flood.load_classes_file(str(bad))


# --- geometry on the grid ----------------------------------------------------------------

def _random_polygons(rng, n, box=(0, 0, 60, 50)):
    from shapely.geometry import Polygon
    out, shp = [], []
    while len(out) < n:
        cx, cy = rng.uniform(box[0], box[2]), rng.uniform(box[1], box[3])
        k = rng.integers(3, 9)
        ang = np.sort(rng.uniform(0, 2 * np.pi, k))
        rad = rng.uniform(0.4, 7, k)
        ring = np.c_[cx + rad * np.cos(ang), cy + rad * np.sin(ang)]
        rings = [ring]
        if len(out) % 4 == 0:
            t = np.linspace(0, 2 * np.pi, 7)[:-1]
            rings.append(np.c_[cx + 0.2 * rad.min() * np.cos(t), cy + 0.2 * rad.min() * np.sin(t)])
        p = Polygon(rings[0], rings[1:])
        if p.is_valid:
            out.append(rings)
            shp.append(p)
    return out, shp


def test_polygon_cells_equal_centre_in_polygon_brute_force():
    from shapely.geometry import Point
    rng = np.random.default_rng(3)
    polys, shp = _random_polygons(rng, 120)
    grid = Grid(0.0, 50.0, 1.0, 1.0, 50, 60)
    got = {}
    for owner, cells in polygon_cells(PolygonSet.from_wkt_like(polys), grid, max_vertices=200):
        assert np.all(np.diff(owner) >= 0)  # grouped by owner
        for o, c in zip(owner.tolist(), cells.tolist()):
            got.setdefault(o, []).append(c)
    xs, ys = grid.centres()
    for i, p in enumerate(shp):
        x0, y0, x1, y1 = p.bounds
        expected = [r * grid.cols + c for r in range(grid.rows) for c in range(grid.cols)
                    if x0 <= xs[c] <= x1 and y0 <= ys[r] <= y1 and p.contains(Point(xs[c], ys[r]))]
        assert sorted(got.get(i, [])) == expected, i


def test_interior_points_are_inside_and_points_in_polygons():
    from shapely.geometry import Point
    rng = np.random.default_rng(5)
    polys, shp = _random_polygons(rng, 60)
    ps = PolygonSet.from_wkt_like(polys)
    ip = interior_points(ps)
    assert all(p.contains(Point(*ip[i])) for i, p in enumerate(shp))
    pts = rng.uniform([0, 0], [60, 50], size=(400, 2))
    idx = points_in_polygons(pts, ps)
    for k, (x, y) in enumerate(pts):
        inside = [i for i, p in enumerate(shp) if p.contains(Point(x, y))]
        assert idx[k] == (inside[0] if inside else -1)


def test_line_pieces_are_exact_per_cell():
    grid = Grid(0.0, 10.0, 1.0, 1.0, 10, 10)
    # a diagonal from (0.5, 9.5) to (3.5, 6.5): crosses 3 columns and 3 rows
    lines = LineSet.from_lines([np.array([[0.5, 9.5], [3.5, 6.5]]),
                                np.array([[-2.0, 5.5], [12.0, 5.5]])])
    pc = line_pieces(lines, grid)
    first = pc.line == 0
    assert pc.length[first].sum() == pytest.approx(3 * math.sqrt(2))
    # cells along the diagonal: (0,0) half, (0,1)? the line passes through corners exactly:
    # it touches cells (0,0), (1,1), (2,2), (3,3) only, with lengths 0.5, 1, 1, 0.5 (x sqrt 2)
    cells = {int(c): float(n) for c, n in zip(pc.cell[first], pc.length[first])}
    assert set(cells) == {0, 11, 22, 33}
    assert cells[0] == pytest.approx(0.5 * math.sqrt(2))
    assert cells[11] == pytest.approx(math.sqrt(2))
    second = pc.line == 1
    assert pc.length[second].sum() == pytest.approx(14.0)
    assert pc.length[second & (pc.cell < 0)].sum() == pytest.approx(4.0)  # 2 m each side
    assert sorted(pc.cell[second & (pc.cell >= 0)].tolist()) == list(range(40, 50))


def test_wkb_parsing_matches_shapely():
    from shapely import wkb as swkb
    from shapely.geometry import LineString, MultiPolygon, Point, Polygon
    poly = Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (2, 1), (2, 2)]])
    mpoly = MultiPolygon([poly, Polygon([(10, 10), (11, 10), (11, 11)])])
    ps = polygons_from_wkb([swkb.dumps(poly), None, swkb.dumps(mpoly)])
    assert ps.n == 3 and ps.ring_owner.tolist() == [0, 0, 2, 2, 2]
    assert np.allclose(ps.xy[:5], np.array(poly.exterior.coords))
    line = LineString([(0, 0, 5), (3, 4, 6)])  # 3-D: Z dropped
    ls, n = lines_from_wkb([swkb.dumps(line, big_endian=True)])
    assert n == 1 and np.allclose(ls.coords, [[0, 0], [3, 4]])
    xy, owner = points_from_wkb([swkb.dumps(Point(1, 2)), swkb.dumps(Point(3, 4))])
    assert xy.tolist() == [[1, 2], [3, 4]] and owner.tolist() == [0, 1]


# --- exposure ----------------------------------------------------------------------------

def test_points_on_a_tilted_plane():
    r = plane()
    xy = np.array([[0.5, 5], [1.5, 5], [4.5, 5], [8.5, 5], [20, 5]])
    res = flood.flood_exposure(r, CLASSES, "point", (xy, np.arange(5)), 5,
                               population=np.array([10, 20, 30, 40, 50.0]))
    # depths 0, 0.2, 0.8, 1.6, outside -> not exposed, low, medium, high, outside
    assert np.allclose(res.depth[:4], [0, 0.2, 0.8, 1.6]) and np.isnan(res.depth[4])
    assert res.code.tolist() == [-1, 0, 1, 2, -2]
    assert res.exposed_count == 3 and res.exposed_population == pytest.approx(90)
    assert res.max_depth_m == pytest.approx(1.6)
    rows = {(r["zone"], r["depth_class"], r["pop_group"]): r for r in res.summary}
    assert rows[("all", "high", "all")]["displaced"] == pytest.approx(40 * 0.05)
    assert rows[("all", "outside_hazard", "all")]["features"] == 1
    assert any("outside the hazard" in m for lvl, m in res.log if lvl == "warning")


def test_building_max_mean_and_small_footprint_rule():
    r = plane()
    polys = PolygonSet.from_wkt_like([
        rect(2, 0, 6, 10),          # columns 2-5: depths 0.4 0.6 0.8 1.0 -> max 1.0, mean 0.7
        [[(7.2, 3.2), (7.4, 3.2), (7.4, 3.4)]],  # no centre inside: cell under it (col 7) 1.4
        rect(-3, 2, 1, 4),          # half outside: inside cells column 0 (dry)
    ])
    res = flood.flood_exposure(r, CLASSES, "polygon", polys, 3)
    assert res.depth[:2] == pytest.approx([1.0, 1.4])
    assert res.depth_mean[:2] == pytest.approx([0.7, 1.4])
    assert res.code.tolist() == [1, 1, -1]
    assert res.wet_share[0] == pytest.approx(1.0)
    assert res.cells.tolist()[:2] == [40, 1]
    assert res.depth[2] == 0.0 and res.cells[2] == 8  # 2 rows x 4 columns, 2 of them inside


def test_area_weighted_population_shares():
    r = plane()
    # columns 0-4 (depths 0, .2, .4, .6, .8) over 2 rows: 10 cells, 2 dry, 6 low, 2 medium
    polys = PolygonSet.from_wkt_like([rect(0, 0, 5, 2)])
    res = flood.flood_exposure(r, CLASSES, "polygon", polys, 1, population=np.array([100.0]),
                               area_weighted=True)
    rows = {(r_["depth_class"]): r_ for r_ in res.summary if r_["pop_group"] == "all"}
    assert rows["not_exposed"]["population"] == pytest.approx(20)
    assert rows["low"]["population"] == pytest.approx(60)
    assert rows["medium"]["population"] == pytest.approx(20)
    assert rows["medium"]["displaced"] == pytest.approx(0.6)
    assert res.exposed_population == pytest.approx(80)
    assert res.displaced[0] == pytest.approx(60 * 0.01 + 20 * 0.03)
    # the same building counted whole (residents of a building): all 100 at its max (medium)
    res = flood.flood_exposure(r, CLASSES, "polygon", polys, 1, population=np.array([100.0]))
    assert res.exposed_population == pytest.approx(100) and res.code[0] == 1


def test_roads_flooded_length_by_class_and_road_class():
    r = plane()
    lines = LineSet.from_lines([np.array([[-1, 5.5], [10.5, 5.5]]),
                                np.array([[3.5, 0.5], [3.5, 9.5]])], source=np.array([0, 1]))
    res = flood.flood_exposure(r, CLASSES, "line", lines, 2,
                               road_class=np.array(["primary", "footway"], dtype=object))
    # road 0: columns 1-3 low (3 m), 4-7 medium (4 m), 8-9 high (2 m), column 0 dry, 1.5 m out
    assert res.class_length_m[0].tolist() == pytest.approx([3, 4, 2])
    assert res.length_m[0] == pytest.approx(11.5) and res.flooded_m[0] == pytest.approx(9)
    # road 1: 9 m in column 3 (0.6 m: low)
    assert res.class_length_m[1].tolist() == pytest.approx([9, 0, 0])
    rows = {(x["road_class"], x["depth_class"]): x for x in res.summary if x["zone"] == "all"}
    assert rows[("primary", "medium")]["road_km"] == pytest.approx(0.004)
    assert rows[("primary", "outside_hazard")]["road_km"] == pytest.approx(0.0015)
    assert rows[("footway", "low")]["road_km"] == pytest.approx(0.009)
    assert rows[("primary", "high")]["features"] == 1


def test_nodata_is_dry_and_negative_depths_warn():
    r = plane()
    r.nodata[:, 5:] = True
    r.values[:, 2] = -1.5
    xy = np.array([[2.5, 5], [6.5, 5], [1.5, 5]])
    res = flood.flood_exposure(r, CLASSES, "point", (xy, np.arange(3)), 3)
    assert res.depth.tolist() == pytest.approx([0.0, 0.0, 0.2])
    assert res.code.tolist() == [-1, -1, 0]
    warnings = [m for lvl, m in res.log if lvl == "warning"]
    assert any("negative depth" in m and "-1.50" in m for m in warnings)


def test_dem_like_values_warn_and_all_outside_warns():
    r = plane(step=10.0)  # up to 90 m: looks like a terrain model
    res = flood.flood_exposure(r, CLASSES, "point", (np.array([[100.0, 100.0]]), np.array([0])), 1)
    warnings = [m for lvl, m in res.log if lvl == "warning"]
    assert any("terrain model" in m for m in warnings)
    assert any("entirely outside" in m for m in warnings)
    assert res.exposed_count == 0 and res.code[0] == -2 and math.isnan(res.max_depth_m)


def test_zones_split_the_summary():
    r = plane()
    xy = np.array([[1.5, 5], [4.5, 5], [8.5, 5]])
    zones = PolygonSet.from_wkt_like([rect(0, 0, 3, 10), rect(3, 0, 10, 10)])
    res = flood.flood_exposure(r, CLASSES, "point", (xy, np.arange(3)), 3,
                               population=np.array([1.0, 2.0, 4.0]),
                               groups={"elderly": np.array([0.5, 1.0, 1.0])},
                               zones=zones, zone_names=["west", "east"])
    assert res.zone.tolist() == [0, 1, 1]
    rows = {(x["zone"], x["depth_class"], x["pop_group"]): x for x in res.summary}
    assert rows[("west", "low", "all")]["population"] == 1.0
    assert rows[("east", "medium", "all")]["population"] == 2.0
    assert rows[("east", "high", "elderly")]["population"] == 1.0
    assert rows[("all", "high", "elderly")]["displaced"] == pytest.approx(0.05)


def test_overlapping_footprints_each_get_their_cells():
    r = plane()
    polys = PolygonSet.from_wkt_like([rect(1, 0, 5, 4), rect(3, 2, 9, 6)])
    st = flood.footprint_stats(polys, r, CLASSES)
    assert st.cells_inside.tolist() == [16, 24]
    assert st.depth_max.tolist() == pytest.approx([0.8, 1.6])
    assert st.depth_mean.tolist() == pytest.approx([0.5, 1.1])


def test_burn_polygon_hazard_takes_the_deepest():
    grid = Grid(0.0, 10.0, 1.0, 1.0, 10, 10)
    polys = PolygonSet.from_wkt_like([rect(0, 0, 6, 10), rect(4, 0, 10, 10)])
    hz = flood.burn_polygons(polys, [0.5, 1.0], grid)
    assert hz.values[0, :4].tolist() == [0.5] * 4 and hz.values[0, 4:].tolist() == [1.0] * 6
    assert not hz.nodata.any()


def test_population_raster_same_grid_and_coarser_grid():
    hz = plane()
    pop = Raster(np.full((10, 10), 2.0), np.zeros((10, 10), dtype=bool), hz.grid)
    res = flood.population_raster_exposure(pop, hz, CLASSES)
    # columns 1-9 are >= 0.2 m: 9 columns x 10 rows x 2 people
    assert res["exposed"] == pytest.approx(180) and res["total"] == pytest.approx(200)
    assert res["by_class"]["low"] == pytest.approx(3 * 20)  # columns 1-3
    assert res["k"] == 1
    # a 2 m population grid over the 1 m hazard: each cell split in 2 x 2 parts
    coarse = Raster(np.full((5, 5), 8.0), np.zeros((5, 5), dtype=bool),
                    Grid(0.0, 10.0, 2.0, 2.0, 5, 5))
    res = flood.population_raster_exposure(coarse, hz, CLASSES)
    assert res["k"] == 2
    assert res["exposed"] == pytest.approx(180) and res["by_class"]["medium"] == pytest.approx(80)


def test_wkb_fast_path_and_walker_agree_in_feature_order():
    """Simple geometries are read vectorised, the rest by the walker; the result keeps the
    features' order and every ring of every feature."""
    from shapely import wkb as swkb
    from shapely.geometry import MultiPolygon, Point, Polygon
    sq = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    holed = Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (2, 1), (2, 2)]])
    z = Polygon([(5, 5, 1), (6, 5, 1), (6, 6, 1)])
    one_part = MultiPolygon([Polygon([(7, 7), (8, 7), (8, 8)])])
    two_parts = MultiPolygon([sq, Polygon([(9, 9), (10, 9), (10, 10)])])
    geoms = [holed, sq, z, None, one_part, two_parts, sq]
    wkbs = [None if g is None else swkb.dumps(g) for g in geoms]
    wkbs[6] = swkb.dumps(sq, big_endian=True)
    ps = polygons_from_wkb(wkbs)
    assert ps.n == 7
    assert ps.ring_owner.tolist() == [0, 0, 1, 2, 4, 5, 5, 6]
    expected = []
    for g in geoms:
        if g is None:
            continue
        polys = list(g.geoms) if hasattr(g, "geoms") else [g]
        for p in polys:
            expected.append(np.array(p.exterior.coords)[:, :2])
            expected += [np.array(r.coords)[:, :2] for r in p.interiors]
    got = [ps.xy[ps.ring_offsets[j]:ps.ring_offsets[j + 1]] for j in range(len(expected))]
    assert all(np.allclose(a, b) for a, b in zip(got, expected))
    xy, owner = points_from_wkb([swkb.dumps(Point(1, 2)), None, swkb.dumps(Point(3, 4, 5))])
    assert xy.tolist() == [[1, 2], [3, 4]] and owner.tolist() == [0, 2]


def test_wkb_iso_z_polygon_and_multilinestring_as_qgis_writes_them():
    import struct
    ring = [(0, 0, 9), (2, 0, 9), (2, 2, 9), (0, 0, 9)]
    poly_z = (b"\x01" + struct.pack("<III", 1003, 1, 4)
              + b"".join(struct.pack("<ddd", *p) for p in ring))
    ps = polygons_from_wkb([poly_z])
    assert ps.xy.tolist() == [[0, 0], [2, 0], [2, 2], [0, 0]]
    line = b"\x01" + struct.pack("<II", 2, 2) + struct.pack("<dddd", 0, 0, 3, 4)
    mline = b"\x01" + struct.pack("<I", 5) + struct.pack("<I", 1) + line
    ls, n = lines_from_wkb([mline, line])
    assert n == 2 and ls.source.tolist() == [0, 1]
    assert ls.coords.tolist() == [[0, 0], [3, 4], [0, 0], [3, 4]]


def test_point_in_zone_rule_matches_matplotlib():
    """The engine's one point-in-zone rule (core.geometry.zones) against matplotlib's C
    point-in-path test (the test floodexposure used before), on a star-shaped ring."""
    from matplotlib.path import Path
    rng = np.random.default_rng(9)
    t = np.sort(rng.uniform(0, 2 * np.pi, 40))
    ring = np.c_[np.cos(t) * rng.uniform(2, 5, 40), np.sin(t) * rng.uniform(2, 5, 40)]
    pts = rng.uniform(-5, 5, size=(2000, 2))
    got = points_in_polygons(pts, PolygonSet.from_wkt_like([[ring]])) == 0
    assert np.array_equal(got, Path(ring).contains_points(pts))
