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
