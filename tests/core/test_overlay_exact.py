"""The exact overlay areas (core/geometry/overlay.py: boundary integration, no GEOS union) against
two independent answers:

* a whole-layer GEOS dissolve: ``unary_union`` of every layer, intersected with the union of the
  built-up polygons and with each zone (the definition of the SDG 11.7.1 areas, written the
  obvious way);
* the tiled GEOS overlay UrbanPlan used before (tests/tiled_overlay_oracle.py, kept verbatim).

Cases: random overlapping parks (boxes, rotated boxes, star polygons, polygons with holes,
multipolygons, exact duplicates), parks crossing zone and built-up borders, parks outside every
zone and outside the built-up area, overlapping zones, several overlapping built-up polygons, no
built-up layer; and the degenerate contacts real data is full of: parcels sharing edges, zones
that are the built-up area, a vertex on another polygon's edge, a hole touching its outer ring,
buffered street centre lines meeting at junctions, a park covering the whole built-up area;
each also far from the origin (UTM and web-mercator sized coordinates)."""
import sys
from pathlib import Path

import numpy as np
import pytest
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Polygon, box
from shapely.ops import unary_union

from urbanplan_plugin.core.common.compat import make_valid_polygonal
from urbanplan_plugin.core.geometry.overlay import overlay_areas
from urbanplan_plugin.core.geometry.polygons import street_polygons, union_area

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import tiled_overlay_oracle  # noqa: E402


def dissolve_oracle(builtup, layers, zones):
    """Every number of an AreaResult, by dissolving whole layers with GEOS."""
    b = unary_union(builtup) if builtup is not None else None

    def clip(g):
        return g.intersection(b) if b is not None else g

    out = {"builtup": b.area if b is not None else np.nan, "layer": {}, "overlap": {},
           "outside": {}, "outside_ids": {}, "pairs": {}}
    unions = {}
    for name, geoms in layers.items():
        live = [g for g in geoms if g is not None and not g.is_empty]
        u = clip(unary_union(live)) if live else Polygon()
        unions[name] = u
        out["layer"][name] = u.area
        inside = [clip(g).area if g is not None else 0.0 for g in geoms]
        out["overlap"][name] = sum(inside) - u.area
        out["outside"][name] = sum((g.area if g is not None else 0.0) - a
                                   for g, a in zip(geoms, inside))
        out["outside_ids"][name] = [i for i, (g, a) in enumerate(zip(geoms, inside))
                                    if g is not None and g.area > 0 and a <= 1e-9 * g.area]
        pairs = [(i, j) for i in range(len(geoms)) for j in range(i + 1, len(geoms))
                 if geoms[i] is not None and geoms[j] is not None
                 and clip(geoms[i].intersection(geoms[j])).area > 1e-7]
        out["pairs"][name] = pairs[:20]
    public = clip(unary_union(list(unions.values()))) if unions else Polygon()
    out["public"] = public.area
    if zones is not None:
        out["zone_builtup"] = [z.intersection(b).area if b is not None else z.area
                               for z in zones]
        out["zone_layer"] = {k: [u.intersection(z).area for z in zones]
                             for k, u in unions.items()}
        out["zone_public"] = [public.intersection(z).area for z in zones]
    return out


def assert_same(builtup, layers, zones, tile=None):
    names = list(layers)
    res = overlay_areas(builtup, layers, zones=zones, tile_size=tile, track_outside=names,
                        track_overlap=names)
    want = dissolve_oracle(builtup, layers, zones)
    sizes = [g.area for v in layers.values() for g in v if g is not None]
    scale = max([want["builtup"] if builtup is not None else 0.0] + sizes + [1.0])
    tol = 1e-9 * scale

    def close(got, exp):
        assert got == pytest.approx(exp, abs=tol, nan_ok=True)

    close(res.builtup_m2, want["builtup"])
    close(res.public_m2, want["public"])
    for k in names:
        close(res.layer_m2[k], want["layer"][k])
        close(res.overlap_m2[k], want["overlap"][k])
        close(res.outside_m2[k], want["outside"][k])
        assert res.outside_ids[k] == want["outside_ids"][k]
        assert res.overlap_pairs[k] == want["pairs"][k]
    if zones is not None:
        close(list(res.zone_builtup_m2), want["zone_builtup"])
        close(list(res.zone_public_m2), want["zone_public"])
        for k in names:
            close(list(res.zone_layer_m2[k]), want["zone_layer"][k])
    return res


# --------------------------------------------------------------------------- random layers

def _star(rng, cx, cy, r, n):
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    rad = rng.uniform(0.3, 1.0, n) * r
    return Polygon(np.c_[cx + rad * np.cos(ang), cy + rad * np.sin(ang)])


def random_layer(seed, rounded):
    """Overlapping polygons of every kind; ``rounded``: on a 10 m grid, so that edges coincide,
    vertices fall on other edges and parks share borders with each other and with zones."""
    rng = np.random.default_rng(seed)
    snap = (lambda v: np.round(v / 10.0) * 10.0) if rounded else (lambda v: v)

    def rbox():
        x, y = snap(rng.uniform(0, 900, 2))
        w, h = snap(rng.uniform(10, 200, 2)) + (10.0 if rounded else 0.0)
        return box(x, y, x + w, y + h)

    out = []
    for _ in range(int(rng.integers(8, 30))):
        kind = int(rng.integers(0, 6))
        if kind == 0:
            g = rbox()
        elif kind == 1:
            g = _star(rng, *rng.uniform(0, 900, 2), rng.uniform(10, 150), int(rng.integers(3, 12)))
        elif kind == 2:                                        # a polygon with a hole
            x0, y0, x1, y1 = rbox().bounds
            w, h = x1 - x0, y1 - y0
            g = box(x0, y0, x1, y1).difference(
                box(x0 + 0.3 * w, y0 + 0.3 * h, x0 + 0.6 * w, y0 + 0.6 * h))
        elif kind == 3:                                        # two parts, maybe overlapping
            g = make_valid_polygonal(MultiPolygon([rbox(), rbox()]))
        elif kind == 4 and out:                                # an exact duplicate
            g = out[int(rng.integers(len(out)))]
        else:
            g = affinity.rotate(rbox(), rng.uniform(0, 90))
        if not g.is_valid:
            g = make_valid_polygonal(g)
        if g.geom_type in ("Polygon", "MultiPolygon") and not g.is_empty:
            out.append(g)
    return out


ZONES = [Polygon([(0, 0), (600, 100), (400, 900)]), box(300, 300, 1100, 1100),
         box(-500, -500, -100, -100)]                          # the last one holds nothing
ROUND_ZONES = [box(0, 0, 500, 1000), box(500, 0, 1000, 1000), box(300, 300, 700, 700)]


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("rounded", [False, True], ids=["float", "rounded"])
@pytest.mark.parametrize("with_builtup", [True, False], ids=["builtup", "no-builtup"])
def test_random_layers_match_the_dissolve(seed, rounded, with_builtup):
    a, b = random_layer(seed, rounded), random_layer(seed + 100, rounded)
    a.append(box(2000, 2000, 2050, 2050))           # outside the built-up area and every zone
    if rounded:
        builtup = [box(100, 100, 800, 800), box(500, 500, 950, 950)]   # overlapping, shared x
        zones = ROUND_ZONES
    else:
        builtup = [Polygon([(100, 0), (1000, 200), (800, 1000), (0, 700)])]
        zones = ZONES
    assert_same(builtup if with_builtup else None, {"a": a, "b": b}, zones)


@pytest.mark.parametrize("seed", range(3))
def test_random_layers_match_the_tiled_overlay_used_before(seed):
    """The old implementation's answers (the whole AreaResult, overlap measured the same way)."""
    a, b = random_layer(seed, False), random_layer(seed + 50, True)
    builtup = [Polygon([(100, 0), (1000, 200), (800, 1000), (0, 700)])]
    new = overlay_areas(builtup, {"a": a, "b": b}, zones=ZONES, track_outside=("a",))
    old = tiled_overlay_oracle.overlay_areas(builtup, {"a": a, "b": b}, zones=ZONES,
                                             track_outside=("a",))
    assert new.builtup_m2 == pytest.approx(old.builtup_m2, rel=1e-9)
    assert new.public_m2 == pytest.approx(old.public_m2, rel=1e-9)
    assert new.layer_m2 == pytest.approx(old.layer_m2, rel=1e-9)
    assert new.outside_m2["a"] == pytest.approx(old.outside_m2["a"], rel=1e-9)
    assert new.outside_ids["a"] == old.outside_ids["a"]
    assert new.zone_builtup_m2 == pytest.approx(old.zone_builtup_m2, rel=1e-9, abs=1e-6)
    assert new.zone_public_m2 == pytest.approx(old.zone_public_m2, rel=1e-9, abs=1e-6)
    for k in ("a", "b"):
        assert new.zone_layer_m2[k] == pytest.approx(old.zone_layer_m2[k], rel=1e-9, abs=1e-6)


# --------------------------------------------------------------------------- degenerate contacts

OFFSETS = [(0.0, 0.0), (500000.0, 6700000.0), (-1234567.891, 7654321.123)]


def _moved(geoms, off):
    return None if geoms is None else [affinity.translate(g, *off) for g in geoms]


def _street_grid():
    """10 m streets from 100 m centre-line segments (flat ends meeting at every junction) and
    one diagonal street across them."""
    xs = np.arange(0, 601, 100.0)
    lines = [LineString([(x0, y), (x0 + 100, y)]) for y in xs for x0 in xs[:-1]]
    lines += [LineString([(x, y0), (x, y0 + 100)]) for x in xs for y0 in xs[:-1]]
    lines.append(LineString([(0, 0), (600, 600)]))
    return street_polygons(lines, default_width=10.0)[0]


def _parcels():
    return [box(x, y, x + 20, y + 20) for x in range(0, 200, 20) for y in range(0, 200, 20)]


def _degenerate_cases():
    parcels = _parcels()
    parks = [parcels[i] for i in (3, 4, 5, 14, 15)] + [box(30, 30, 50, 70), box(40, 40, 60, 60)]
    halves = [box(0, 0, 100, 200), box(100, 0, 200, 200)]
    thirds = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(0, 100, 200, 200)]
    holey = Polygon([(0, 0), (100, 0), (100, 100), (0, 100)], [[(0, 50), (50, 20), (50, 80)]])
    rng = np.random.default_rng(3)
    corners = np.round(rng.uniform(0, 550, (40, 2)) / 5) * 5
    sides = np.round(rng.uniform(10, 120, (40, 2)) / 5) * 5
    street_parks = [box(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sides)]
    streets = _street_grid()
    return {
        "parcels sharing edges": ([box(10, 10, 190, 190)],
                                  {"parcels": parcels, "parks": parks}, halves),
        "zones are the built-up area": (thirds, {"parks": parks}, thirds),
        "vertex on an edge, hole touching its ring": (
            [box(-10, -10, 160, 140)],
            {"a": [holey, box(100, 20, 150, 60), box(50, 100, 80, 130),
                   Polygon([(50, 20), (70, 0), (90, 20)]), box(25, 40, 45, 60)]},
            [box(-20, -20, 50, 150), Polygon([(50, -20), (200, -20), (50, 150)])]),
        "street buffers and parks": (
            [box(50, 50, 550, 550), Polygon([(0, 300), (300, 0), (600, 300), (300, 600)])],
            {"street": streets, "open_space": street_parks},
            [box(0, 0, 300, 300), box(300, 0, 600, 300), box(0, 300, 600, 600),
             box(95, 95, 105, 405)]),
        "street buffers, no built-up layer": (
            None, {"street": streets, "open_space": street_parks},
            [box(0, 0, 300, 300), box(300, 0, 600, 300)]),
        "parts touching at a vertex, park = built-up": (
            [box(0, 0, 20, 20)],
            {"a": [MultiPolygon([box(0, 0, 10, 10), box(10, 10, 20, 20)]), box(0, 0, 20, 20),
                   box(5, 5, 15, 15), box(30, 30, 40, 40)]},
            [box(0, 0, 20, 20), box(0, 0, 10, 20)]),
        # a park edge crossing, at one point, a park border that runs along the built-up
        # border: two cuts a rounding error apart on the crossing edge
        "one crossing of two collinear edges": (
            [box(500, 500, 950, 950)],
            {"a": [box(380, 690, 500, 830), affinity.rotate(box(490, 820, 570, 940), 6.5)]},
            [box(0, 0, 700, 1000)]),
        "two parks covering the whole built-up area": (
            [box(10, 10, 20, 20)], {"a": [box(0, 0, 30, 30), box(5, 5, 25, 25)]}, None),
    }


@pytest.mark.parametrize("offset", OFFSETS, ids=["origin", "utm", "far"])
@pytest.mark.parametrize("case", list(_degenerate_cases()))
def test_degenerate_contacts_match_the_dissolve(case, offset):
    builtup, layers, zones = _degenerate_cases()[case]
    for tile in (None, 7.3):
        assert_same(_moved(builtup, offset), {k: _moved(v, offset) for k, v in layers.items()},
                    _moved(zones, offset), tile=tile)


# Three groups of street polygons from the Helsinki sample data (OSM lines buffered by their
# width, EPSG:32635): buffered copies of the same street side a rounding error apart, nearly
# collinear edges at tiny angles, a vertex 7e-8 m from another street's edge. Each group once
# made an earlier version of the method miss or double a boundary stretch.
HELSINKI_STREETS = [
    [
        ("POLYGON ((385698.08445014805 6672402.663829529, 385689.6810018035 6672402.457915906, "
         "385689.3371577386 6672417.690184647, 385710.1214130284 6672418.159327682, "
         "385726.0528184392 6672418.509313373, 385750.1124693241 6672419.041684266, "
         "385750.4573683617 6672403.82827668, 385737.6804890973 6672403.545621822, "
         "385732.79783675546 6672403.4302574, 385729.7508552178 6672403.369174239, "
         "385721.64961808914 6672403.18758523, 385717.3021302734 6672403.089067987, "
         "385713.8961169039 6672403.017025134, 385705.1923517414 6672402.8207111135, "
         "385701.60124014865 6672402.7432196075, 385698.08445014805 6672402.663829529))"),
        ("POLYGON ((385733.5003783086 6672411.45510522, 385750.27676895953 6672411.826238751, "
         "385750.62643114413 6672396.279163318, 385740.3889610412 6672396.050466168, "
         "385733.8493896292 6672395.880576372, 385733.5003783086 6672411.45510522))"),
        ("POLYGON ((385658.26418830414 6672439.313866671, 385683.106138485 6672439.853145869, "
         "385683.2783261531 6672432.3800136065, 385683.7703607214 6672410.344192238, "
         "385689.5001941348 6672410.467683361, 385689.4274284571 6672413.691197946, "
         "385688.84009607154 6672439.983148437, 385713.62320768635 6672440.542552321, "
         "385714.12136221264 6672418.247200261, 385722.0516927276 6672418.421415677, "
         "385721.5483091863 6672440.725081917, 385749.61587485764 6672441.345720971, "
         "385750.2030952983 6672415.044195919, 385750.36665903864 6672407.829441523, "
         "385750.62633674964 6672396.283360393, 385737.84971068706 6672395.984518936, "
         "385729.9246816422 6672395.80817401, 385721.81853196747 6672395.62647472, "
         "385714.06719677866 6672395.455963247, 385710.1884974519 6672395.368478839, "
         "385710.4609088374 6672383.278221724, 385654.0518739521 6672382.026208235, "
         "385653.6785901871 6672398.603099237, 385659.1789961904 6672398.721137815, "
         "385658.26418830414 6672439.313866671), (385666.44255098427 6672431.48952111, "
         "385667.3574036709 6672390.894804328, 385661.8568541941 6672390.776762671, "
         "385661.8698036508 6672390.201699534, 385702.28267206426 6672391.098673866, "
         "385702.269647378 6672391.6767400345, 385697.88584352436 6672391.579509841, "
         "385697.6366002715 6672402.641183883, 385675.9508016518 6672402.173804917, "
         "385675.2919272515 6672431.681626984, 385666.44255098427 6672431.48952111), "
         "(385697.6687318265 6672403.091757147, 385705.1822930161 6672403.257598123, "
         "385713.89014343166 6672403.454003842, 385721.6400905258 6672403.624484432, "
         "385729.74638673937 6672403.806186954, 385737.66719223047 6672403.9824378975, "
         "385742.44864199776 6672404.094274576, 385742.3687059253 6672407.648482618, "
         "385742.20510379825 6672414.864940687, 385741.79639711103 6672433.170858581, "
         "385729.72686530865 6672432.903973205, 385730.23027485923 6672410.599154562, "
         "385706.3019941777 6672410.073492314, 385705.8039474796 6672432.364018424, "
         "385697.0167254236 6672432.165673429, 385697.4254015845 6672413.871270353, "
         "385697.6687318265 6672403.091757147))"),
    ],
    [
        ("POLYGON ((386403.1752501117 6672620.99317356, 386402.8459867846 6672633.656465201, "
         "386402.6868167982 6672639.802257962, 386402.45968584844 6672648.770675048, "
         "386402.39423539786 6672651.312612037, 386402.13199388765 6672661.472977197, "
         "386401.9693490683 6672667.825486732, 386426.2147082849 6672668.448064763, "
         "386431.0050016893 6672668.568269387, 386431.1258460262 6672663.995006791, "
         "386431.91319530475 6672633.343895716, 386432.2140250159 6672621.738199723, "
         "386403.1752501117 6672620.99317356), (386410.1718120357 6672660.03347445, "
         "386410.3915816299 6672651.5186539255, 386410.4571001534 6672648.9740592865, "
         "386410.6841647835 6672640.00823494, 386410.8432891918 6672633.86420121, "
         "386410.96467797057 6672629.195653634, 386424.00935908995 6672629.530331277, "
         "386423.91584535845 6672633.137997551, 386423.21636545565 6672660.368435559, "
         "386410.1718120357 6672660.03347445))"),
        ("POLYGON ((385661.79654899274 6672398.777310434, 385661.6780571487 6672404.05166763, "
         "385663.3114361347 6672404.089824064, 385662.5947441103 6672435.923902188, "
         "385683.1891385028 6672436.374345785, 385683.85956011084 6672406.349379706, "
         "385684.02140234795 6672399.273783889, 385698.1719504896 6672399.58702307, "
         "385701.70515391737 6672399.666187262, 385710.0874747796 6672399.852102314, "
         "385710.4609088374 6672383.278221724, 385654.0518739521 6672382.026208235, "
         "385653.6785901871 6672398.603099237, 385661.79654899274 6672398.777310434), "
         "(385668.86095190735 6672390.941818378, 385663.3593771513 6672390.809006777, "
         "385661.8568541941 6672390.776762671, 385661.8698036508 6672390.201699534, "
         "385702.28267206426 6672391.098673866, 385702.269647378 6672391.6767400345, "
         "385701.8839028523 6672391.668184447, 385698.34953744296 6672391.588994366, "
         "385668.86107084143 6672390.936232151, 385668.86095190735 6672390.941818378), "
         "(385671.3591196146 6672402.06185783, 385675.9532287531 6672402.1627903795, "
         "385675.8615779649 6672406.169705615, 385675.36963649 6672428.201403163, "
         "385670.7728941575 6672428.100862545, 385671.3591196146 6672402.06185783))"),
        ("POLYGON ((385658.26418830414 6672439.313866671, 385683.106138485 6672439.853145869, "
         "385683.2783261531 6672432.3800136065, 385683.7703607214 6672410.344192238, "
         "385689.5001941348 6672410.467683361, 385689.4274284571 6672413.691197946, "
         "385688.84009607154 6672439.983148437, 385713.62320768635 6672440.542552321, "
         "385714.12136221264 6672418.247200261, 385722.0516927276 6672418.421415677, "
         "385721.5483091863 6672440.725081917, 385749.61587485764 6672441.345720971, "
         "385750.2030952983 6672415.044195919, 385750.36665903864 6672407.829441523, "
         "385750.62633674964 6672396.283360393, 385737.84971068706 6672395.984518936, "
         "385729.9246816422 6672395.80817401, 385721.81853196747 6672395.62647472, "
         "385714.06719677866 6672395.455963247, 385710.1884974519 6672395.368478839, "
         "385710.4609088374 6672383.278221724, 385654.0518739521 6672382.026208235, "
         "385653.6785901871 6672398.603099237, 385659.1789961904 6672398.721137815, "
         "385658.26418830414 6672439.313866671), (385666.44255098427 6672431.48952111, "
         "385667.3574036709 6672390.894804328, 385661.8568541941 6672390.776762671, "
         "385661.8698036508 6672390.201699534, 385702.28267206426 6672391.098673866, "
         "385702.269647378 6672391.6767400345, 385697.88584352436 6672391.579509841, "
         "385697.6366002715 6672402.641183883, 385675.9508016518 6672402.173804917, "
         "385675.2919272515 6672431.681626984, 385666.44255098427 6672431.48952111), "
         "(385697.6687318265 6672403.091757147, 385705.1822930161 6672403.257598123, "
         "385713.89014343166 6672403.454003842, 385721.6400905258 6672403.624484432, "
         "385729.74638673937 6672403.806186954, 385737.66719223047 6672403.9824378975, "
         "385742.44864199776 6672404.094274576, 385742.3687059253 6672407.648482618, "
         "385742.20510379825 6672414.864940687, 385741.79639711103 6672433.170858581, "
         "385729.72686530865 6672432.903973205, 385730.23027485923 6672410.599154562, "
         "385706.3019941777 6672410.073492314, 385705.8039474796 6672432.364018424, "
         "385697.0167254236 6672432.165673429, 385697.4254015845 6672413.871270353, "
         "385697.6687318265 6672403.091757147))"),
        ("POLYGON ((385683.8072897373 6672408.690314779, 385701.92814019247 6672409.116081641, "
         "385702.2599145871 6672395.681932501, 385702.47629066574 6672385.968314789, "
         "385659.4853708439 6672385.0099804085, 385659.26920314075 6672394.718388897, "
         "385658.26418830414 6672439.313866671, 385683.106138485 6672439.853145869, "
         "385683.2783261531 6672432.3800136065, 385683.8072897373 6672408.690314779), "
         "(385675.2919272515 6672431.681626984, 385666.44255098427 6672431.48952111, "
         "385667.2672087471 6672394.897013117, 385667.3052998424 6672393.186286179, "
         "385694.30011745467 6672393.788042594, 385694.2621141738 6672395.494096908, "
         "385694.1278524517 6672400.93059842, 385675.9876351518 6672400.504376515, "
         "385675.8615744834 6672406.1698615365, 385675.2919272515 6672431.681626984))"),
    ],
    [
        ("POLYGON ((386403.1752501117 6672620.99317356, 386402.8459867846 6672633.656465201, "
         "386402.6868167982 6672639.802257962, 386402.45968584844 6672648.770675048, "
         "386402.39423539786 6672651.312612037, 386402.13199388765 6672661.472977197, "
         "386401.9693490683 6672667.825486732, 386426.2147082849 6672668.448064763, "
         "386431.0050016893 6672668.568269387, 386431.1258460262 6672663.995006791, "
         "386431.91319530475 6672633.343895716, 386432.2140250159 6672621.738199723, "
         "386403.1752501117 6672620.99317356), (386410.1718120357 6672660.03347445, "
         "386410.3915816299 6672651.5186539255, 386410.4571001534 6672648.9740592865, "
         "386410.6841647835 6672640.00823494, 386410.8432891918 6672633.86420121, "
         "386410.96467797057 6672629.195653634, 386424.00935908995 6672629.530331277, "
         "386423.91584535845 6672633.137997551, 386423.21636545565 6672660.368435559, "
         "386410.1718120357 6672660.03347445))"),
        ("POLYGON ((385658.26418830414 6672439.313866671, 385683.106138485 6672439.853145869, "
         "385683.2783261531 6672432.3800136065, 385683.7703607214 6672410.344192238, "
         "385689.5001941348 6672410.467683361, 385689.4274284571 6672413.691197946, "
         "385688.84009607154 6672439.983148437, 385713.62320768635 6672440.542552321, "
         "385714.12136221264 6672418.247200261, 385722.0516927276 6672418.421415677, "
         "385721.5483091863 6672440.725081917, 385749.61587485764 6672441.345720971, "
         "385750.2030952983 6672415.044195919, 385750.36665903864 6672407.829441523, "
         "385750.62633674964 6672396.283360393, 385737.84971068706 6672395.984518936, "
         "385729.9246816422 6672395.80817401, 385721.81853196747 6672395.62647472, "
         "385714.06719677866 6672395.455963247, 385710.1884974519 6672395.368478839, "
         "385710.4609088374 6672383.278221724, 385654.0518739521 6672382.026208235, "
         "385653.6785901871 6672398.603099237, 385659.1789961904 6672398.721137815, "
         "385658.26418830414 6672439.313866671), (385666.44255098427 6672431.48952111, "
         "385667.3574036709 6672390.894804328, 385661.8568541941 6672390.776762671, "
         "385661.8698036508 6672390.201699534, 385702.28267206426 6672391.098673866, "
         "385702.269647378 6672391.6767400345, 385697.88584352436 6672391.579509841, "
         "385697.6366002715 6672402.641183883, 385675.9508016518 6672402.173804917, "
         "385675.2919272515 6672431.681626984, 385666.44255098427 6672431.48952111), "
         "(385697.6687318265 6672403.091757147, 385705.1822930161 6672403.257598123, "
         "385713.89014343166 6672403.454003842, 385721.6400905258 6672403.624484432, "
         "385729.74638673937 6672403.806186954, 385737.66719223047 6672403.9824378975, "
         "385742.44864199776 6672404.094274576, 385742.3687059253 6672407.648482618, "
         "385742.20510379825 6672414.864940687, 385741.79639711103 6672433.170858581, "
         "385729.72686530865 6672432.903973205, 385730.23027485923 6672410.599154562, "
         "385706.3019941777 6672410.073492314, 385705.8039474796 6672432.364018424, "
         "385697.0167254236 6672432.165673429, 385697.4254015845 6672413.871270353, "
         "385697.6687318265 6672403.091757147))"),
        ("POLYGON ((385717.71811895363 6672411.105265318, 385718.0666838092 6672395.546172033, "
         "385701.362120849 6672395.16939913, 385701.0135927861 6672410.728493584, "
         "385717.71811895363 6672411.105265318))"),
        ("POLYGON ((385701.362120849 6672395.16939913, 385701.0135927861 6672410.728493584, "
         "385713.7213312706 6672411.015117498, 385717.1269226398 6672411.087151426, "
         "385721.46887029544 6672411.185543124, 385729.5810449369 6672411.367377418, "
         "385732.623180584 6672411.428363432, 385737.4975388563 6672411.543531887, "
         "385750.27676895953 6672411.826238751, 385750.62643114413 6672396.279163318, "
         "385740.3889610412 6672396.050466168, 385737.854884036 6672395.984634051, "
         "385729.9246816422 6672395.80817401, 385721.81853196747 6672395.62647472, "
         "385714.06719677866 6672395.455963247, 385701.362120849 6672395.16939913))"),
    ],
]




@pytest.mark.parametrize("group", range(len(HELSINKI_STREETS)))
def test_near_duplicate_street_sides_from_the_sample_data(group):
    from shapely import wkt
    streets = [wkt.loads(w) for w in HELSINKI_STREETS[group]]
    # the reference: GEOS near the origin, where its own rounding is smallest (at the sample's
    # UTM coordinates GEOS's answers move by about 3e-9 of these areas)
    near = _moved(streets, (-385700.0, -6672400.0))
    frame = box(*unary_union(near).buffer(-3).bounds)
    exact, exact_clipped = unary_union(near).area, unary_union(near).intersection(frame).area
    for off in ((385700.0, 6672400.0), (0.0, 0.0)):
        moved = _moved(near, off)
        res = overlay_areas(None, {"s": moved})
        assert res.layer_m2["s"] == pytest.approx(exact, rel=1e-9)
        clipped = overlay_areas(_moved([frame], off), {"s": moved})
        assert clipped.layer_m2["s"] == pytest.approx(exact_clipped, rel=1e-9)


@pytest.mark.parametrize("offset", OFFSETS[:2], ids=["origin", "utm"])
def test_three_copies_of_one_side_a_tolerance_apart(offset):
    """Three parks whose southern sides are copies of one line: A's at y = 0, B's rising to
    1.5 tolerances at its east end, C's at 0.75 tolerances. A and C, and B and C, run along
    each other all the way; A and B only on the western two thirds ("runs along" is not
    transitive there). The union's southern border counts once over its whole length."""
    from urbanplan_plugin.core.geometry import overlay as ov
    d = ov.REL_TOL * 40.0                              # the tolerance for a 40 m wide scene
    parks = [box(0, 0, 10, 5),
             Polygon([(0, 0), (10, 1.5 * d), (10, 6), (0, 6)]),
             Polygon([(0, 0.75 * d), (10, 0.75 * d), (10, 4), (0, 4)]),
             box(30, 0, 40, 1)]                        # sets the extent
    parks = _moved(parks, offset)
    res = overlay_areas(None, {"p": parks})
    assert res.layer_m2["p"] == pytest.approx(60.0 + 10.0, rel=1e-12)
    clipped = overlay_areas(_moved([box(-1, -1, 41, 3)], offset), {"p": parks})
    assert clipped.layer_m2["p"] == pytest.approx(30.0 + 10.0, rel=1e-12)


def test_street_grid_by_hand():
    """Streets 10 m wide along x = 100..600 and y = 100..600 (every 100 m), each from 0 to 600
    in 100 m segments with flat ends: 12 streets x 6 000 m² = 72 000 m². Counted twice: the 25
    inner crossings (10 x 10 m each), the 10 crossings with the streets at 600 whose flat end
    stops in the middle of the crossing (5 x 10 m) and the corner (5 x 5 m): 2 500 + 500 + 25 =
    3 025 m². Segments of one street meet end to end and overlap nowhere."""
    xs = np.arange(0, 601, 100.0)
    lines = [LineString([(x0, y), (x0 + 100, y)]) for y in xs[1:] for x0 in xs[:-1]]
    lines += [LineString([(x, y0), (x, y0 + 100)]) for x in xs[1:] for y0 in xs[:-1]]
    streets = street_polygons(lines, default_width=10.0)[0]
    res = overlay_areas(None, {"s": streets})
    assert res.layer_m2["s"] == pytest.approx(72000.0 - 3025.0)
    assert res.overlap_m2["s"] == pytest.approx(3025.0)
    # inside the square 0..600: the streets at 600 lose their outer half (2 x 3 000 m²); no
    # doubly counted area lies outside it
    clipped = overlay_areas([box(0, 0, 600, 600)], {"s": streets})
    assert clipped.layer_m2["s"] == pytest.approx(72000.0 - 6000.0 - 3025.0)
    assert clipped.overlap_m2["s"] == pytest.approx(3025.0)


def test_union_area_is_exact():
    a, b = box(0, 0, 2, 2), box(1, 1, 3, 3)
    assert union_area([a, b, None, box(1, 1, 2, 2)]) == pytest.approx(7.0)
    assert union_area([]) == 0.0


def test_nothing_inside_the_built_up_area():
    parks = [box(0, 0, 10, 10), None]
    res = overlay_areas([Polygon()], {"p": parks}, track_outside=("p",))
    assert res.builtup_m2 == 0.0
    assert res.outside_ids["p"] == [0] and res.outside_m2["p"] == pytest.approx(100.0)
    res = overlay_areas([box(100, 100, 110, 110)], {"p": parks}, track_outside=("p",))
    assert res.builtup_m2 == pytest.approx(100.0) and res.layer_m2["p"] == 0.0
    assert res.outside_ids["p"] == [0]
