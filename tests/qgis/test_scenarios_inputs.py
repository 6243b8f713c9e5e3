"""Scenario inputs materialised as memory layers equal copies edited by hand; the baseline is
never touched; bad input gets a clear message."""
import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject

from conftest import memory_layer
from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.scenarios.model import LayerRef, Override, ScenarioSet
from urbanplan_plugin.project.scenario_inputs import NetworkCache, ScenarioInputs
from urbanplan_plugin.project.scenario_store import layer_ref

CRS = "EPSG:32723"


def grid_streets(n=5, step=100.0, crs=CRS):
    wkts = []
    for i in range(n):
        for j in range(n - 1):
            wkts.append(f"LineString({j * step} {i * step}, {(j + 1) * step} {i * step})")
            wkts.append(f"LineString({i * step} {j * step}, {i * step} {(j + 1) * step})")
    return memory_layer("LineString", crs, wkts)


def facilities():
    return memory_layer("Point", CRS, [
        ("Point(50 0)", ["school", 1]), ("Point(250 100)", ["clinic", 2]),
        ("Point(350 300)", ["school", 3]), ("Point(100 350)", ["park", 4]),
    ], fields=[("category", "string"), ("ref", "integer")])


def origins():
    pts = [(x, y) for x in range(20, 400, 70) for y in range(30, 400, 70)]
    return memory_layer("Point", CRS, [(f"Point({x + 0.5} {y})", [i, 10 + i])
                                       for i, (x, y) in enumerate(pts)],
                        fields=[("oid", "integer"), ("population", "integer")])


def snapshot(layer):
    return sorted((f.geometry().asWkt(3), tuple(f.attributes())) for f in layer.getFeatures())


def setup_project(**layers):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    sset = ScenarioSet()
    for role, layer in layers.items():
        project.addMapLayer(layer)
        sset.set_baseline(role, layer_ref(layer))
    return project, sset


def test_facility_changes_equal_hand_edited_copy():
    fac = facilities()
    project, sset = setup_project(facilities=fac)
    before = snapshot(fac)
    s = sset.create("Two new shelters")
    # drawn in EPSG:4326 while the layer is in UTM 23S: reprojected on the way in
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform
    to_ll = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS),
                                   QgsCoordinateReferenceSystem("EPSG:4326"), project)
    p = to_ll.transform(300.0, 200.0)
    s.overrides.append(Override("add", "facilities", label="New shelters", crs=CRS, features=[
        ("Point(150 150)", {"category": "shelter", "ref": 10})]))
    s.overrides.append(Override("add", "facilities", label="Drawn on a map in degrees",
                                crs="EPSG:4326",
                                features=[(f"Point({p.x()} {p.y()})", {"category": "shelter"})]))
    # removal: a cross drawn 0.4 m from the clinic, and the park by its feature id
    park_fid = [f.id() for f in fac.getFeatures() if f["category"] == "park"][0]
    s.overrides.append(Override("remove", "facilities", crs=CRS, tolerance=1.0,
                                features=["Point(250.4 100)"], fids=[park_fid]))
    inputs = ScenarioInputs(sset, project, NetworkCache())
    out = inputs.layer("facilities", s)
    # by hand, on a copy
    hand = facilities()
    hand.startEditing()
    for f in list(hand.getFeatures()):
        if f["category"] in ("clinic", "park"):
            hand.deleteFeature(f.id())
    for wkt, attrs in (("Point(150 150)", ["shelter", 10]), ("Point(300 200)", ["shelter", None])):
        f = QgsFeature(hand.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        hand.addFeature(f)
    hand.commitChanges()
    assert snapshot(out) == snapshot(hand)
    assert out.crs().authid() == CRS
    assert snapshot(fac) == before, "the baseline layer was modified"
    assert any("2 added, 2 removed" in line for line in inputs.log)
    # an untouched role is the baseline layer itself, no copy
    assert inputs.layer("facilities", None) is fac


def test_match_mode_needs_the_same_geometry():
    parks = memory_layer("Polygon", CRS, ["Polygon((0 0, 10 0, 10 10, 0 10, 0 0))",
                                          "Polygon((20 0, 30 0, 30 10, 20 10, 20 0))"])
    project, sset = setup_project(parks=parks)
    s = sset.create("Lose a park")
    s.overrides.append(Override("remove", "parks", mode="match", crs=CRS, features=[
        "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))",      # a copy of the first park
        "Polygon((22 2, 28 2, 28 8, 22 8, 22 2))"]))    # inside the second: not the same
    out = ScenarioInputs(sset, project, NetworkCache()).layer("parks", s)
    assert out.featureCount() == 1
    s.overrides[0].mode = "touch"
    out = ScenarioInputs(sset, project, NetworkCache()).layer("parks", s)
    assert out.featureCount() == 0


def test_wrong_geometry_type_is_explained():
    project, sset = setup_project(facilities=facilities())
    s = sset.create("Bad sketch")
    s.overrides.append(Override("add", "facilities", label="Park polygons", crs=CRS,
                                features=["Polygon((0 0, 1 0, 1 1, 0 0))"]))
    with pytest.raises(UrbanPlanError, match="holds polygon, but the Facilities and "
                                             "destinations layer"):
        ScenarioInputs(sset, project, NetworkCache()).layer("facilities", s)


def test_removed_baseline_layer_is_explained():
    fac = facilities()
    project, sset = setup_project(facilities=fac)
    s = sset.create("S")
    s.overrides.append(Override("add", "facilities", crs=CRS, features=["Point(1 1)"]))
    project.removeMapLayer(fac.id())
    with pytest.raises(UrbanPlanError, match="no longer in the project"):
        ScenarioInputs(sset, project, NetworkCache()).layer("facilities", s)
    sset.baseline.pop("facilities")
    with pytest.raises(UrbanPlanError, match="No layer is set"):
        ScenarioInputs(sset, project, NetworkCache()).layer("facilities", s)


def test_replacement_must_have_the_same_geometry():
    fac = facilities()
    other = memory_layer("Polygon", CRS, ["Polygon((0 0, 1 0, 1 1, 0 0))"])
    project, sset = setup_project(facilities=fac)
    project.addMapLayer(other)
    s = sset.create("Replace")
    s.overrides.append(Override("replace", "facilities", layer=layer_ref(other)))
    with pytest.raises(UrbanPlanError, match="same geometry type"):
        ScenarioInputs(sset, project, NetworkCache()).layer("facilities", s)
    good = facilities()
    project.addMapLayer(good)
    s.overrides[0].layer = layer_ref(good)
    assert ScenarioInputs(sset, project, NetworkCache()).layer("facilities", s) is good


def test_network_is_built_once_and_scenarios_reuse_it():
    streets = grid_streets()
    project, sset = setup_project(streets=streets)
    a = sset.create("Footbridge")
    a.overrides.append(Override("add", "streets", crs=CRS,
                                features=["LineString(150 100, 150 200)"]))
    b = sset.create("Closure")
    b.overrides.append(Override("remove", "streets", crs=CRS,
                                features=["LineString(250 90, 250 110)"]))
    cache = NetworkCache()
    inputs = ScenarioInputs(sset, project, cache)
    base = inputs.layer("streets")
    la = inputs.layer("streets", a)
    lb = inputs.layer("streets", b)
    assert cache.builds == 1
    assert base.featureCount() == 40
    assert la.featureCount() == 40 + 2 + 1    # two streets split, one new edge
    assert lb.featureCount() == 39
    assert set(base.fields().names()) >= {"edge_id", "from_node", "to_node", "length_m"}
    # a second comparison reuses the cached baseline network
    ScenarioInputs(sset, project, cache).layer("streets", a)
    assert cache.builds == 1
    assert streets.featureCount() == 40
    # scenario networks carry the baseline's kept streets (the fragment rule's anchor), so a
    # street a closure cuts off stays attached to its homes; it reads back as it was written
    from qgis.core import QgsCoordinateReferenceSystem

    from urbanplan_plugin.qgis_io.layers import read_prepared_network
    assert "anchor" in lb.fields().names() and "anchor" not in base.fields().names()
    back = read_prepared_network(lb, QgsCoordinateReferenceSystem(CRS))
    assert back.anchor is not None and back.anchor.all() and len(back.anchor) == 39


def test_street_changes_must_be_lines():
    project, sset = setup_project(streets=grid_streets())
    s = sset.create("Bad")
    s.overrides.append(Override("remove", "streets", crs=CRS,
                                features=["Polygon((0 0, 10 0, 10 10, 0 0))"]))
    with pytest.raises(UrbanPlanError, match="closed with lines"):
        ScenarioInputs(sset, project, NetworkCache()).layer("streets", s)


def _times(layer):
    out = {}
    for f in layer.getFeatures():
        out[f["oid"]] = tuple(None if (v is None or (hasattr(v, "isNull") and v.isNull()))
                              else round(float(v), 6)
                              for k, v in zip(layer.fields().names(), f.attributes())
                              if k.startswith("time_"))
    return out


def test_fifteen_minute_city_on_scenario_inputs_equals_hand_edited_copies(run_alg):
    """The full chain: scenario -> materialised inputs -> analysis gives the same per-origin
    results as running the analysis on copies of the layers edited by hand."""
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().algorithmById("urbanplan:fifteenminutecity")
    if alg is None:
        pytest.skip("fifteenminutecity is not available")
    streets, fac, orig = grid_streets(), facilities(), origins()
    project, sset = setup_project(streets=streets, facilities=fac, population=orig)
    s = sset.create("Bridge, closure, shelter, slow")
    s.overrides.append(Override("add", "streets", crs=CRS,
                                features=["LineString(100 50, 150 50, 200 50)"]))
    s.overrides.append(Override("remove", "streets", crs=CRS,
                                features=["LineString(250 290, 250 310)"]))
    s.overrides.append(Override("add", "facilities", crs=CRS,
                                features=[("Point(400 400)", {"category": "school"})]))
    s.params["WALK_SPEED_KMH"] = 3.6
    s.params["WATER_LEVEL"] = 2.0
    base_params = {"ORIGINS": orig, "POPULATION_FIELD": "population", "DESTINATIONS": fac,
                   "CATEGORY_FIELD": "category", "NETWORK": streets, "THRESHOLD_MIN": 5.0,
                   "OUTPUT": "memory:"}
    inputs = ScenarioInputs(sset, project, NetworkCache())
    params, notes = inputs.params_for(alg, base_params, s)
    assert params["WALK_SPEED_KMH"] == 3.6 and "WATER_LEVEL" not in params
    assert any("WATER_LEVEL" in n for n in notes)
    assert params["ORIGINS"] is orig           # population unchanged: the baseline layer
    res = run_alg("fifteenminutecity", params)
    # by hand: split the two streets the path joins, add the path, delete the closed block,
    # add the school, then prepare the network and run with the slower speed
    hand_streets = grid_streets()
    hand_streets.startEditing()
    for f in list(hand_streets.getFeatures()):
        wkt = f.geometry().asWkt(0)
        if wkt == "LineString (100 0, 100 100)":
            hand_streets.changeGeometry(f.id(), QgsGeometry.fromWkt(
                "LineString(100 0, 100 50, 100 100)"))
        elif wkt == "LineString (200 0, 200 100)":
            hand_streets.changeGeometry(f.id(), QgsGeometry.fromWkt(
                "LineString(200 0, 200 50, 200 100)"))
        elif wkt == "LineString (200 300, 300 300)":
            hand_streets.deleteFeature(f.id())
    nf = QgsFeature(hand_streets.fields())
    nf.setGeometry(QgsGeometry.fromWkt("LineString(100 50, 150 50, 200 50)"))
    hand_streets.addFeature(nf)
    assert hand_streets.commitChanges()
    hand_fac = facilities()
    hand_fac.startEditing()
    nf = QgsFeature(hand_fac.fields())
    nf.setGeometry(QgsGeometry.fromWkt("Point(400 400)"))
    nf.setAttributes(["school", None])
    hand_fac.addFeature(nf)
    hand_fac.commitChanges()
    ref = run_alg("fifteenminutecity", dict(base_params, NETWORK=hand_streets,
                                            DESTINATIONS=hand_fac, WALK_SPEED_KMH=3.6))
    assert _times(res["OUTPUT"]) == _times(ref["OUTPUT"])
    assert res["POP_SHARE_ALL_WITHIN"] == pytest.approx(ref["POP_SHARE_ALL_WITHIN"])
    # and the scenario really changed something compared with the baseline
    bparams, _ = inputs.params_for(alg, base_params, None)
    base = run_alg("fifteenminutecity", bparams)
    assert _times(base["OUTPUT"]) != _times(res["OUTPUT"])
    assert streets.featureCount() == 40 and fac.featureCount() == 4


def test_layer_ref_round_trip_through_the_project():
    fac = facilities()
    project, sset = setup_project(facilities=fac)
    ref = sset.baseline["facilities"]
    assert ref.layer_id == fac.id() and ref.geometry == "point" and ref.crs == CRS
    # found again by source when the id changed (e.g. the layer was added again)
    sset.baseline["facilities"] = LayerRef("gone", ref.name, fac.source(), "memory", "point")
    assert ScenarioInputs(sset, project).baseline_layer("facilities") is fac
    assert np.isfinite(1.0)
