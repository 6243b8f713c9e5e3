"""The scenario and compare docks driven like a planner would (pytest-qt + pytest-qgis):
create a scenario, draw a feature, run a comparison, read the table; numbers equal direct
algorithm runs on the same inputs edited by hand."""
import csv

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsProject

from conftest import memory_layer
from test_scenarios_inputs import CRS, facilities, grid_streets, origins
from urbanplan_plugin.project.scenario_store import ScenarioStore, sketch_layers


@pytest.fixture
def docks(qgis_iface, qgis_new_project, provider, qtbot):
    from urbanplan_plugin.ui.compare_dock import CompareDock
    from urbanplan_plugin.ui.scenario_dock import ScenarioDock
    project = QgsProject.instance()
    project.clear()
    streets, fac, orig = grid_streets(), facilities(), origins()
    streets.setName("streets")
    fac.setName("facilities")
    orig.setName("homes")
    for lyr in (streets, fac, orig):
        project.addMapLayer(lyr)
    store = ScenarioStore(project)
    sdock = ScenarioDock(qgis_iface, store)
    cdock = CompareDock(qgis_iface, store)
    sdock.set_baseline_layer("streets", streets)
    sdock.set_baseline_layer("facilities", fac)
    sdock.set_baseline_layer("population", orig)
    yield sdock, cdock, store, (streets, fac, orig)
    if cdock.runner is not None and cdock.runner.running:
        cdock.runner.cancel()
        qtbot.waitUntil(lambda: not cdock.runner.running, timeout=20000)
    sdock.cleanup()
    cdock.cleanup()
    # delete the docks now (no event loop runs their deleteLater between tests): their layer
    # boxes must stop listening to the project before the next test adds layers
    from qgis.PyQt import sip
    for dock in (sdock, cdock):
        dock.close()
        sip.delete(dock)
    store.close()
    project.clear()


def draw_point(layer, wkt, **attrs):
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromWkt(wkt))
    for k, v in attrs.items():
        f[k] = v
    assert layer.addFeature(f)


def setup_fifteen(cdock):
    assert cdock.select_analysis("fifteenminutecity")
    form = cdock.form
    form.set_value("THRESHOLD_MIN", 5.0)
    form.set_value("CATEGORY_FIELD", "category")
    form.set_value("POPULATION_FIELD", "population")


def run_and_wait(cdock, qtbot, timeout=60000):
    assert cdock.run()
    with qtbot.waitSignal(cdock.runner.finished, timeout=timeout,
                          raising=True) as blocker:
        pass
    return blocker.args[0]


def test_create_draw_compare_and_read_the_table(docks, qtbot, run_alg, tmp_path):
    sdock, cdock, store, (streets, fac, orig) = docks
    s = sdock.new_scenario("New school")
    assert s is not None and sdock.current_scenario() is s
    # a duplicate name is refused with a message, nothing else happens
    assert sdock.new_scenario("new SCHOOL") is None
    assert "already exists" in sdock.messageLabel.text()
    assert store.sset.names() == ["New school"]
    # add a change: a sketch layer in edit mode, with the facilities' fields
    o = sdock.add_change("add", "facilities")
    layer = sketch_layers(QgsProject.instance())[o.uid]
    assert layer.isEditable() and "category" in layer.fields().names()
    draw_point(layer, "Point(400 400)", category="school")
    assert layer.commitChanges()
    qtbot.waitUntil(lambda: sdock.changeTree.topLevelItem(0).text(2) == "1", timeout=2000)
    assert len(store.sset.get("New school").overrides[0].features) == 1
    # the compare dock sees the scenario and preselects the baseline layers
    assert cdock.checked_scenarios() == ["New school"]
    setup_fifteen(cdock)
    values = cdock.form.values()
    assert values["NETWORK"] is streets and values["DESTINATIONS"] is fac
    assert values["ORIGINS"] is orig
    result = run_and_wait(cdock, qtbot)
    assert result.names == ["Baseline", "New school"]
    # the same numbers from direct runs on the equivalent inputs
    hand = facilities()
    hand.startEditing()
    draw_point(hand, "Point(400 400)", category="school")
    hand.commitChanges()
    params = {"ORIGINS": orig, "POPULATION_FIELD": "population", "CATEGORY_FIELD": "category",
              "NETWORK": streets, "THRESHOLD_MIN": 5.0, "OUTPUT": "memory:",
              "SUMMARY": "memory:"}
    base = run_alg("fifteenminutecity", dict(params, DESTINATIONS=fac))
    scen = run_alg("fifteenminutecity", dict(params, DESTINATIONS=hand))
    for key, res in (("Baseline", base), ("New school", scen)):
        shown = cdock.table_value("POP_SHARE_ALL_WITHIN", key)      # a share, shown in %
        assert shown.endswith("%")
        assert float(shown[:-1]) == pytest.approx(100 * res["POP_SHARE_ALL_WITHIN"], abs=0.05)
    school = {f["category"]: f["pop_within_pct"] for f in scen["SUMMARY"].getFeatures()
              if f["zone"] == "all" and f["pop_group"] == "all"}["school"]
    assert float(cdock.table_value("pop_within_pct|school|all", "New school")[:-1]) == \
        pytest.approx(school, abs=0.05)
    change = cdock.table_value("POP_SHARE_ALL_WITHIN", "Change\nNew school")
    delta = 100 * (scen["POP_SHARE_ALL_WITHIN"] - base["POP_SHARE_ALL_WITHIN"])
    assert change.endswith(" pp")
    if round(delta, 1) == 0:
        assert change == "0 pp"          # no change reads as none, not "+0.0"
    else:
        assert float(change[:-3]) == pytest.approx(delta, abs=0.05)
    # the exact numbers are in the result the table was made from
    row = {r["indicator"]: r for r in result.indicator_rows()}["POP_SHARE_ALL_WITHIN"]
    assert row["scenarios"]["New school"]["scenario"] == pytest.approx(
        scen["POP_SHARE_ALL_WITHIN"])
    # the difference layer is on the map, blue/red with readable labels
    delta = result.deltas["New school"]
    assert QgsProject.instance().mapLayer(delta.id()) is delta
    labels = [c.label() for c in delta.renderer().categories()]
    assert any(lbl.startswith("Better access") for lbl in labels)
    assert any(lbl.startswith("No change") for lbl in labels)
    assert "of 36 places better off" in cdock.statusLabel.text()
    # exports
    csv_path = cdock.export_table(str(tmp_path / "table.csv"))
    with open(csv_path, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["indicator", "label", "Baseline"]
    assert any(r[0] == "POP_SHARE_ALL_WITHIN" for r in rows)
    xlsx = cdock.export_table(str(tmp_path / "table.xlsx"))
    assert (tmp_path / "table.xlsx").stat().st_size > 0 and xlsx.endswith(".xlsx")
    names = cdock.export_layers(str(tmp_path / "layers.gpkg"))
    assert any("change" in n for n in names)
    from qgis.core import QgsVectorLayer
    saved = QgsVectorLayer(f"{tmp_path / 'layers.gpkg'}|layername={names[-1]}", "x", "ogr")
    assert saved.isValid() and saved.featureCount() == delta.featureCount()
    # chart drawn
    if cdock.figure is not None:
        assert cdock.figure.axes and cdock.figure.axes[0].get_title(loc="left")
    # linked views open and follow each other
    dlg = cdock.open_linked_views()
    qtbot.addWidget(dlg)
    dlg.left.setExtent(streets.extent().buffered(-100))
    assert dlg.right.extent().center().x() == pytest.approx(dlg.left.extent().center().x())
    assert dlg.field_combo.currentText().startswith("time_")
    assert "lower is better" in dlg.legend.text()
    # the views style private copies: the project's result layers keep their own style
    assert dlg.left.layers()[0] is not result.runs["Baseline"].layers["OUTPUT"]
    dlg.close()
    # the baseline was never edited
    assert fac.featureCount() == 4 and streets.featureCount() == 40


def test_rename_duplicate_delete_and_parameters(docks):
    sdock, cdock, store, _ = docks
    sdock.new_scenario("A")
    o = sdock.add_change("remove", "streets", draw=False)
    assert o.geometry == "line"
    assert sdock.add_param("walk_speed_kmh", "3.6")
    assert store.sset.get("A").params == {"WALK_SPEED_KMH": 3.6}
    assert sdock.rename_scenario("Slow walkers") is not None
    assert cdock.scenarioChecks.item(0).text() == "Slow walkers"
    dup = sdock.duplicate_scenario()
    assert dup.name == "Slow walkers (copy)"
    assert dup.overrides[0].uid != o.uid
    assert sdock.rename_scenario("slow WALKERS") is None          # taken by the original
    assert "already exists" in sdock.messageLabel.text()
    assert sdock.delete_scenario(confirm=False)
    assert store.sset.names() == ["Slow walkers"]
    assert [c.text() for c in (cdock.scenarioChecks.item(i)
                               for i in range(cdock.scenarioChecks.count()))] == ["Slow walkers"]


def test_deleted_baseline_layer_gives_a_message_not_a_crash(docks, qtbot):
    sdock, cdock, store, (streets, fac, orig) = docks
    sdock.new_scenario("S")
    o = sdock.add_change("add", "facilities")
    sketch = sketch_layers(QgsProject.instance())[o.uid]
    draw_point(sketch, "Point(10 10)", category="school")
    sketch.commitChanges()
    setup_fifteen(cdock)
    QgsProject.instance().removeMapLayer(fac.id())
    # the destinations box falls back to another point layer; the scenario's change to the
    # (now missing) facilities layer must not be dropped silently
    assert cdock.run()
    qtbot.waitUntil(lambda: not cdock.runner.running, timeout=30000)
    assert cdock.result is None
    assert "no longer in the project" in cdock.statusLabel.text()
    assert cdock.runButton.isEnabled()
    assert [lyr.name() for lyr in QgsProject.instance().mapLayers().values()
            if lyr.name() == "facilities"] == []


def test_cancel_leaves_everything_untouched(docks, qtbot):
    sdock, cdock, store, (streets, fac, orig) = docks
    sdock.new_scenario("S")
    sdock.add_param("WALK_SPEED_KMH", 3.0)
    setup_fifteen(cdock)
    n_layers = len(QgsProject.instance().mapLayers())
    assert cdock.run()
    with qtbot.waitSignal(cdock.runner.failed, timeout=30000) as blocker:
        cdock.cancel()
    assert "cancelled" in blocker.args[0]
    assert len(QgsProject.instance().mapLayers()) == n_layers
    assert cdock.runButton.isEnabled() and cdock.result is None


def test_wrong_sketch_geometry_is_reported_in_the_dock(docks, qtbot):
    sdock, cdock, store, (streets, fac, orig) = docks
    s = sdock.new_scenario("Bad")
    from urbanplan_plugin.core.scenarios.model import Override
    s.overrides.append(Override("add", "facilities", label="Polygons", crs=CRS,
                                features=["Polygon((0 0, 5 0, 5 5, 0 0))"]))
    setup_fifteen(cdock)
    assert cdock.run()
    with qtbot.waitSignal(cdock.runner.failed, timeout=30000) as blocker:
        pass
    assert "holds polygon" in blocker.args[0]
    assert "holds polygon" in cdock.statusLabel.text()


def test_plugin_adds_and_removes_the_docks(qgis_iface, provider):
    from urbanplan_plugin.plugin import UrbanPlanPlugin
    registry = QgsApplication.processingRegistry()
    plugin = UrbanPlanPlugin(qgis_iface)
    plugin.provider = registry.providerById("urbanplan")   # already registered by conftest
    plugin.initGui()
    try:
        names = sorted(d.objectName() for d in plugin.docks)
        assert names == ["UrbanPlanCompareDock", "UrbanPlanScenarioDock"]
        texts = [a.text() for a in plugin.menu.actions()]
        assert "UrbanPlan: scenarios" in texts and "UrbanPlan: compare scenarios" in texts
        toolbar_texts = [a.text() for a in plugin.toolbar.actions()]
        assert "UrbanPlan: scenarios" in toolbar_texts
    finally:
        plugin.provider = None        # keep the session's provider registered
        plugin.unload()
        # run the docks' deferred deletion now (QGIS's event loop would)
        from qgis.PyQt.QtCore import QCoreApplication, QEvent
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert plugin.docks == [] and plugin.scenario_store is None and plugin.menu is None
    assert registry.providerById("urbanplan") is not None


def test_layer_ids_outside_the_project_are_not_swapped():
    """A result layer of an earlier run passed to an analysis is left as it is."""
    lyr = memory_layer("Point", CRS, ["Point(0 0)"])
    from urbanplan_plugin.core.scenarios.model import ScenarioSet
    from urbanplan_plugin.project.scenario_inputs import ScenarioInputs
    assert ScenarioInputs(ScenarioSet()).role_of_layer(lyr) is None
