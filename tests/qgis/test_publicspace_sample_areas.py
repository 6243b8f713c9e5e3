"""The bundled Helsinki sample data through urbanplan:sdg1171 and urbanplan:greenspacecoverage:
the exact overlay (core/geometry/overlay.py) gives the areas the tiled GEOS overlay gave before
(tests/tiled_overlay_oracle.py), to rounding, on the very geometries the algorithms hand to the
engine (OSM parks and playgrounds, repaired where invalid; street lines buffered by their
width; the buildings + 50 m built-up area of the worked example; zones that cut through parks
and streets)."""
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback

from conftest import memory_layer
from test_publicspace_sdg1171 import helsinki_layers

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import tiled_overlay_oracle  # noqa: E402

CRS = "EPSG:32635"


def _context():
    ctx = QgsProcessingContext()
    ctx.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return ctx


def _both(monkeypatch, module):
    """Make ``module.overlay_areas`` also run the tiled overlay on the same arguments; the
    (new, old) result pairs are collected in the returned list."""
    calls = []
    new = module.overlay_areas

    def overlay_areas(*args, **kwargs):
        res = new(*args, **kwargs)
        calls.append((res, tiled_overlay_oracle.overlay_areas(*args, **kwargs), args, kwargs))
        return res
    monkeypatch.setattr(module, "overlay_areas", overlay_areas)
    return calls


def _assert_same(new, old, names):
    assert new.builtup_m2 == pytest.approx(old.builtup_m2, rel=1e-9, nan_ok=True)
    assert new.public_m2 == pytest.approx(old.public_m2, rel=1e-9, abs=1e-6)
    for k in names:
        assert new.layer_m2[k] == pytest.approx(old.layer_m2[k], rel=1e-9, abs=1e-6)
    if not np.isnan(old.builtup_m2):
        # (without a built-up layer the tiled overlay measured each zone only over its tiles
        # holding a park; the exact overlay gives the zone's area; no algorithm reads it)
        assert new.zone_builtup_m2 == pytest.approx(old.zone_builtup_m2, rel=1e-9, abs=1e-6)
    assert new.zone_public_m2 == pytest.approx(old.zone_public_m2, rel=1e-9, abs=1e-6)
    for k in names:
        assert new.zone_layer_m2[k] == pytest.approx(old.zone_layer_m2[k], rel=1e-9, abs=1e-6)


def _builtup(polys):
    """The worked example's built-up area: OSM buildings + 50 m, dissolved (EPSG:32635)."""
    ctx = _context()
    fb = QgsProcessingFeedback()
    b = processing.run("native:extractbyexpression", {
        "INPUT": polys, "EXPRESSION": "\"building\" IS NOT NULL", "OUTPUT": "memory:"},
        context=ctx, feedback=fb)["OUTPUT"]
    b = processing.run("native:reprojectlayer", {
        "INPUT": b, "TARGET_CRS": CRS, "OUTPUT": "memory:"}, context=ctx, feedback=fb)["OUTPUT"]
    return processing.run("native:buffer", {
        "INPUT": b, "DISTANCE": 50, "SEGMENTS": 8, "DISSOLVE": True, "OUTPUT": "memory:"},
        context=ctx, feedback=fb)["OUTPUT"]


def _zones(layer):
    """Three zones over the layer's extent (in its CRS): west and east halves, and a middle
    band overlapping both."""
    e = layer.extent()
    x0, y0, x1, y1 = e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()
    xm, w = (x0 + x1) / 2, x1 - x0
    pad = w / 100

    def box(a, b, c, d):
        return f"Polygon(({a} {b}, {c} {b}, {c} {d}, {a} {d}, {a} {b}))"
    return memory_layer("Polygon", layer.crs().authid(), [
        (box(x0 - pad, y0 - pad, xm, y1 + pad), ["west"]),
        (box(xm, y0 - pad, x1 + pad, y1 + pad), ["east"]),
        (box(xm - w / 6, y0 + (y1 - y0) / 4, xm + w / 6, y1 - (y1 - y0) / 4), ["band"])],
        fields=[("name", "string")])


def test_helsinki_sdg1171_areas_unchanged(run_alg, monkeypatch):
    from urbanplan_plugin.core.publicspace import sdg1171
    lines, polys, grid = helsinki_layers()
    builtup = _builtup(polys)
    calls = _both(monkeypatch, sdg1171)
    res = run_alg("sdg1171", {
        "BUILTUP": builtup, "OPEN_SPACES": polys,
        "OPEN_SPACE_FILTER": "\"leisure\" IN ('park', 'playground', 'garden')",
        "STREETS": lines, "DEFAULT_STREET_WIDTH_M": 8, "NETWORK": lines, "POPULATION": grid,
        "POPULATION_FIELD": "population", "ZONES": _zones(builtup), "ZONE_FIELD": "name",
        "OUTPUT": "memory:", "SUMMARY": "memory:"}, context=_context())
    assert len(calls) == 1
    new, old, args, _kw = calls[0]
    assert len(args[1]["open_space"]) >= 20 and len(args[1]["street"]) > 1000
    _assert_same(new, old, ("open_space", "street"))
    assert new.outside_m2["open_space"] == pytest.approx(old.outside_m2["open_space"],
                                                         rel=1e-9, abs=1e-6)
    assert new.outside_ids["open_space"] == old.outside_ids["open_space"]
    assert 1.0 < new.builtup_m2 / 1e6 < 3.0 and new.zone_public_m2.min() > 0
    # the algorithm reports what the engine measured
    assert res["BUILTUP_AREA_KM2"] == pytest.approx(old.builtup_m2 / 1e6, rel=1e-9)
    for key, part in (("OPEN_SPACE_SHARE_PCT", old.layer_m2["open_space"]),
                      ("STREET_SHARE_PCT", old.layer_m2["street"]),
                      ("PUBLIC_SPACE_SHARE_PCT", old.public_m2)):
        assert res[key] == pytest.approx(100.0 * part / old.builtup_m2, rel=1e-9)


def test_helsinki_greenspacecoverage_park_areas_unchanged(run_alg, monkeypatch):
    from shapely.ops import unary_union

    from urbanplan_plugin.core.publicspace import greenspacecoverage
    lines, polys, grid = helsinki_layers()
    calls = _both(monkeypatch, greenspacecoverage)
    res = run_alg("greenspacecoverage", {
        "PARKS": polys, "PARK_FILTER": "\"leisure\" IN ('park', 'playground', 'garden')",
        "NETWORK": lines, "POPULATION": grid, "POPULATION_FIELD": "population",
        "ZONES": _zones(grid), "ZONE_FIELD": "name",
        "OUTPUT": "memory:", "UNDERSERVED": "memory:", "SUMMARY": "memory:"},
        context=_context())
    assert len(calls) == 1
    new, old, args, _kw = calls[0]
    parks = [g for g in args[1]["park"] if g is not None]
    _assert_same(new, old, ("park",))
    assert new.zone_layer_m2["park"].sum() > 0
    # the total park area (union_area, now exact by the same method) against GEOS's dissolve
    total = unary_union(parks).area
    assert res["PARK_M2_PER_RESIDENT"] == pytest.approx(total / res["POPULATION"], rel=1e-9)
