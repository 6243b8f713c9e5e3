"""The background runner behind the compare dock: service-area differences as areas gained and
lost, cancelling while the analyses run, the shipped example loading and resolving."""
import pytest
from qgis.core import QgsApplication, QgsGeometry, QgsProject

from test_scenarios_inputs import CRS, facilities, grid_streets, setup_project
from urbanplan_plugin.core.scenarios.lenses import analysis
from urbanplan_plugin.core.scenarios.model import Override, ScenarioSet
from urbanplan_plugin.ui.compare_runner import CompareRunner


def wait(qtbot, runner):
    box = {}
    runner.finished.connect(lambda r: box.setdefault("ok", r))
    runner.failed.connect(lambda m: box.setdefault("fail", m))
    return box


def test_service_areas_gained_and_lost(qtbot, provider):
    if QgsApplication.processingRegistry().algorithmById("urbanplan:servicearea") is None:
        pytest.skip("servicearea not installed")
    streets, fac = grid_streets(), facilities()
    project, sset = setup_project(streets=streets, facilities=fac)
    s = sset.create("Clinic moves")
    s.overrides.append(Override("remove", "facilities", crs=CRS, features=["Point(250 100)"]))
    s.overrides.append(Override("add", "facilities", crs=CRS,
                                features=[("Point(0 400)", {"category": "clinic"})]))
    runner = CompareRunner(analysis("servicearea"), sset,
                           {"FACILITIES": fac, "NETWORK": streets, "BANDS": "2"},
                           ["Clinic moves"], project)
    box = wait(qtbot, runner)
    assert runner.start()
    qtbot.waitUntil(lambda: bool(box), timeout=60000)
    assert "ok" in box, box.get("fail")
    res = box["ok"]
    delta = res.deltas["Clinic moves"]
    changes = {f["change"] for f in delta.getFeatures()}
    assert changes == {"better", "worse"}               # covered near (0,400), lost near (250,100)
    c = res.delta_counts["Clinic moves"]
    assert c["AREA_GAINED_M2"] > 0 and c["AREA_LOST_M2"] > 0
    # the area lost lies around the removed clinic, the area gained around the new one
    lost = [f.geometry() for f in delta.getFeatures() if f["change"] == "worse"][0]
    gained = [f.geometry() for f in delta.getFeatures() if f["change"] == "better"][0]
    assert lost.distance(QgsGeometry.fromWkt("Point(250 100)")) < 60
    assert gained.distance(QgsGeometry.fromWkt("Point(0 400)")) < 60


def test_cancel_while_the_analyses_run(qtbot, provider):
    streets, fac = grid_streets(), facilities()
    from test_scenarios_inputs import origins
    orig = origins()
    project, sset = setup_project(streets=streets, facilities=fac, population=orig)
    for i in range(3):
        sset.create(f"S{i}").params["WALK_SPEED_KMH"] = 3.0 + i
    runner = CompareRunner(analysis("fifteenminutecity"), sset,
                           {"ORIGINS": orig, "DESTINATIONS": fac, "NETWORK": streets,
                            "CATEGORY_FIELD": "category"}, sset.names(), project)
    box = wait(qtbot, runner)
    started = []
    runner.message.connect(lambda m: started.append(m) if m.startswith("Running") else None)
    n_layers = len(project.mapLayers())
    runner.start()
    qtbot.waitUntil(lambda: bool(started or box), timeout=30000)
    runner.cancel()
    qtbot.waitUntil(lambda: bool(box), timeout=30000)
    assert "fail" in box and "cancelled" in box["fail"]
    assert not runner.running
    assert len(project.mapLayers()) == n_layers
    assert streets.featureCount() == 40 and fac.featureCount() == 4


def test_shipped_example_loads_and_resolves(qgis_new_project, provider):
    from urbanplan_plugin.paths import resource_path
    from urbanplan_plugin.project.scenario_inputs import ScenarioInputs
    with open(resource_path("examples", "barcelona_climate_shelters.json"),
              encoding="utf-8") as fh:
        sset = ScenarioSet.from_json(fh.read())
    assert sset.names() == ["5 new shelters", "15 new shelters"]
    assert sset.baseline_params["PRESET"] == "barcelona_climate_shelters"
    inputs = ScenarioInputs(sset, QgsProject.instance())
    for role in ("streets", "population", "facilities"):
        layer = inputs.baseline_layer(role)          # {data} sources opened from the files
        # (the OSM driver does not know its feature count before reading: -1)
        assert layer.isValid() and next(layer.getFeatures(), None) is not None
    fac = inputs.layer("facilities", sset.get("15 new shelters"))
    assert fac.featureCount() == inputs.baseline_layer("facilities").featureCount() + 15
    assert {f["category"] for f in fac.getFeatures()} == {"climate_shelter"}
    pop = inputs.baseline_layer("population")
    assert {"pop_65plus", "pop_0_14"} <= set(pop.fields().names())
    # the preset the example names exists
    from urbanplan_plugin.core.presets import load_presets
    assert "barcelona_climate_shelters" in load_presets()
    assert QgsProject.instance().count() == 0           # nothing added to the project
