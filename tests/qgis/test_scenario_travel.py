"""Who travels, from the docks: the Scenario dock's travel profile, terrain model and profiles per
group go into every Processing run the Compare dock makes, are kept with the scenarios in the
project (save, close, open: the same settings, also in docks made afresh), and the way rules
reach the runs through the scenario networks: a flight of steps blocks a wheelchair, a ramp
drawn in a scenario does not.

The street plan (metres, EPSG:32723), hand-worked:

    S2  (0,100) ------------------------------------------ (1000,100)
         |steps          F (10,105)    h2 (200,105)                 | connector
    S1  (0,0) -------------------------------------------- (1000,0)
           h1 (10,-5)

F is the school; h1 (100 people, 40 aged 65+) walks 5 + 10 + 100 + 10 + 5 = 130 m up the steps
(1.6 min at 4.8 km/h); a wheelchair must go round by the connector, about 2 km (44 min at
2.84 km/h). h2 (50 people, 10 aged 65+) is 190 m along S2 from F: 2.4 min walking, 4.0 min by
wheelchair. With an 8-minute threshold: walking 150 of 150 people (100 %), by wheelchair
50 of 150 (33.3 %); the 65+ group travelling by wheelchair: 10 of 50 (20 %). A ramp drawn in a
scenario at x = 20 (no OSM tags: every profile may use it) brings h1 back within reach."""
import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from conftest import memory_layer
from urbanplan_plugin.project.scenario_store import ScenarioStore, sketch_layers

CRS = "EPSG:32723"
SCHOOL = "pop_within_pct|school|all"
GROUP65 = "pop_within_pct|school|pop_65plus"


def _save(layer, path, name):
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = name
    if path.exists():
        opts.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path),
                                                    QgsCoordinateTransformContext(), opts)
    assert err[0] == QgsVectorFileWriter.WriterError.NoError, err
    out = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert out.isValid()
    return out


def flat_dem(path):
    """A flat terrain model (100 m everywhere) over the street plan: times stay the flat ones."""
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 120, 30, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((-100.0, 10.0, 0.0, 200.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32723)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((30, 120), 100.0, dtype=np.float32))
    ds = None
    layer = QgsRasterLayer(str(path), "terrain")
    assert layer.isValid()
    return layer


def town(folder):
    gpkg = folder / "town.gpkg"
    streets = memory_layer("LineString", CRS, [
        ("LineString(0 0, 1000 0)", ["residential"]),
        ("LineString(0 100, 1000 100)", ["residential"]),
        ("LineString(1000 0, 1000 100)", ["residential"]),
        ("LineString(0 0, 0 100)", ["steps"]),
    ], fields=[("highway", "string")])
    school = memory_layer("Point", CRS, [("Point(10 105)", ["school"])],
                          fields=[("category", "string")])
    homes = memory_layer("Point", CRS, [("Point(10 -5)", [1, 100, 40]),
                                        ("Point(200 105)", [2, 50, 10])],
                         fields=[("oid", "integer"), ("population", "integer"),
                                 ("pop_65plus", "integer")])
    return (_save(streets, gpkg, "streets"), _save(school, gpkg, "school"),
            _save(homes, gpkg, "homes"), flat_dem(folder / "terrain.tif"))


def make_docks(iface, project):
    from urbanplan_plugin.ui.compare_dock import CompareDock
    from urbanplan_plugin.ui.scenario_dock import ScenarioDock
    store = ScenarioStore(project)
    return store, ScenarioDock(iface, store), CompareDock(iface, store)


def close_docks(store, sdock, cdock, qtbot):
    from qgis.PyQt import sip
    if cdock.runner is not None and cdock.runner.running:
        cdock.runner.cancel()
        qtbot.waitUntil(lambda: not cdock.runner.running, timeout=20000)
    sdock.cleanup()
    cdock.cleanup()
    for dock in (sdock, cdock):
        dock.close()
        sip.delete(dock)
    store.close()


@pytest.fixture
def world(qgis_iface, qgis_new_project, provider, qtbot, tmp_path):
    project = QgsProject.instance()
    project.clear()
    layers = town(tmp_path)
    for lyr in layers:
        project.addMapLayer(lyr)
    store, sdock, cdock = make_docks(qgis_iface, project)
    streets, school, homes, _dem = layers
    sdock.set_baseline_layer("streets", streets)
    sdock.set_baseline_layer("facilities", school)
    sdock.set_baseline_layer("population", homes)
    docks = [(store, sdock, cdock)]
    yield project, docks, layers
    for trio in docks:
        close_docks(*trio, qtbot)
    project.clear()


def setup_fifteen(cdock):
    assert cdock.select_analysis("fifteenminutecity")
    cdock.form.set_value("THRESHOLD_MIN", 8.0)
    cdock.form.set_value("CATEGORY_FIELD", "category")
    cdock.form.set_value("POPULATION_FIELD", "population")


def run(cdock, qtbot):
    assert cdock.run(), cdock.statusLabel.text()
    with qtbot.waitSignal(cdock.runner.finished, timeout=60000, raising=True) as blocker:
        pass
    return blocker.args[0]


def share(result, run_name, indicator=SCHOOL):
    return result.runs[run_name].indicators[indicator]


def form_value(cdock, name):
    return cdock.form.values().get(name)


def test_profile_and_terrain_go_into_the_runs_and_steps_block(world, qtbot):
    project, docks, (streets, school, homes, dem) = world
    store, sdock, cdock = docks[0]
    s = sdock.new_scenario("Ramp")
    o = sdock.add_change("add", "streets", draw=False)
    from qgis.core import QgsFeature, QgsGeometry
    sketch = sketch_layers(project)[o.uid]
    assert sketch.startEditing()
    f = QgsFeature(sketch.fields())
    f.setGeometry(QgsGeometry.fromWkt("LineString(20 0, 20 100)"))
    assert sketch.addFeature(f) and sketch.commitChanges()
    assert s is not None
    setup_fifteen(cdock)
    # walking (the default): everyone is within 8 minutes, by the steps
    walk = run(cdock, qtbot)
    assert share(walk, "Baseline") == pytest.approx(100.0)
    assert walk.runs["Baseline"].record["parameters"].get("PROFILE", "walk") == "walk"
    # the Scenario dock's Who travels box: a wheelchair, on the terrain model
    sdock.set_travel(profile="wheelchair", terrain=dem)
    assert store.sset.baseline_params["PROFILE"] == "wheelchair"
    assert store.sset.baseline["terrain"].layer_id == dem.id()
    combo = cdock.form.widgets["PROFILE"][1]
    assert combo.currentData() == "wheelchair"
    assert combo.currentText() == "Manual wheelchair users"       # the label, not the id
    assert cdock.form.widgets["DEM"][1].currentLayer() is dem
    wheel = run(cdock, qtbot)
    params = wheel.runs["Baseline"].record["parameters"]
    assert params["PROFILE"] == "wheelchair"
    assert params["DEM"]["source"] == dem.source()
    assert wheel.runs["Ramp"].record["parameters"]["PROFILE"] == "wheelchair"
    # the steps block the wheelchair: only h2 (50 of 150 people) is within reach ...
    assert share(wheel, "Baseline") == pytest.approx(100.0 * 50 / 150)
    assert share(wheel, "Baseline") < share(walk, "Baseline")
    # ... and the ramp drawn in the scenario (a line without OSM tags) is usable
    assert share(wheel, "Ramp") == pytest.approx(100.0)
    # the flood hazard is never taken for the terrain model (DEM is the terrain role)
    assert cdock._param_roles()["DEM"] == "terrain"


def test_compare_dock_settings_are_the_baselines_and_survive_save_and_reopen(
        world, qtbot, qgis_iface, tmp_path):
    project, docks, (streets, school, homes, dem) = world
    store, sdock, cdock = docks[0]
    setup_fifteen(cdock)
    # set in the Compare dock as a user would: the combo box, the layer box, the text box
    combo = cdock.form.widgets["PROFILE"][1]
    combo.setCurrentIndex(combo.findData("older_adult"))
    cdock.form.widgets["DEM"][1].setLayer(dem)
    edit = cdock.form.widgets["GROUP_PROFILES"][1]
    edit.setText("pop_65plus : wheelchair")
    edit.editingFinished.emit()
    # stored with the scenarios and shown in the Scenario dock
    assert store.sset.baseline_params["PROFILE"] == "older_adult"
    assert store.sset.baseline_params["GROUP_PROFILES"] == "pop_65plus=wheelchair"
    assert store.sset.baseline["terrain"].layer_id == dem.id()
    assert sdock.profileCombo.currentData() == "older_adult"
    assert sdock.groupProfilesEdit.text() == "pop_65plus=wheelchair"
    assert sdock.role_combos["terrain"].currentLayer() is dem
    # a wrong profile name is refused with a message, the stored value stays
    sdock.groupProfilesEdit.setText("pop_65plus=scooter")
    sdock.groupProfilesEdit.editingFinished.emit()
    assert "not a travel profile" in sdock.messageLabel.text()
    assert store.sset.baseline_params["GROUP_PROFILES"] == "pop_65plus=wheelchair"
    # save, close: the Compare dock is back at the defaults
    path = tmp_path / "town.qgz"
    dem_source = dem.source()
    assert project.write(str(path))
    project.clear()
    assert form_value(cdock, "PROFILE") == "walk"
    assert form_value(cdock, "DEM") is None and not form_value(cdock, "GROUP_PROFILES")
    # open: the same docks and docks made afresh (QGIS started again) show the settings
    assert project.read(str(path))
    fresh = make_docks(qgis_iface, project)
    docks.append(fresh)
    for st, sd, cd in (docks[0], fresh):
        assert st.sset.baseline_params["PROFILE"] == "older_adult"
        assert sd.profileCombo.currentData() == "older_adult"
        assert sd.groupProfilesEdit.text() == "pop_65plus=wheelchair"
        terrain = sd.role_combos["terrain"].currentLayer()
        assert terrain is not None and terrain.source() == dem_source
        setup_fifteen(cd)
        assert form_value(cd, "PROFILE") == "older_adult"
        assert form_value(cd, "GROUP_PROFILES") == "pop_65plus=wheelchair"
        assert form_value(cd, "DEM") is terrain
    # the reopened project's runs carry them: the 65+ group by wheelchair (10 of 50 people),
    # everyone else as an older adult (3.49 km/h: h1 at 2.2 min, h2 at 3.3 min)
    st, sd, cd = fresh
    sd.new_scenario("Same")
    result = run(cd, qtbot)
    params = result.runs["Baseline"].record["parameters"]
    assert params["PROFILE"] == "older_adult" and params["GROUP_PROFILES"] == \
        "pop_65plus=wheelchair"
    assert params["GROUP_FIELDS"] == ["pop_65plus"]          # ticked for the group profile
    assert params["DEM"]["source"] == dem_source
    assert share(result, "Baseline") == pytest.approx(100.0)
    assert share(result, "Baseline", GROUP65) == pytest.approx(100.0 * 10 / 50)


def test_scenario_can_change_the_profile(world, qtbot):
    """A scenario's parameter change PROFILE=wheelchair: baseline walking, scenario by wheelchair,
    side by side in one comparison."""
    project, docks, _layers = world
    store, sdock, cdock = docks[0]
    sdock.new_scenario("By wheelchair")
    assert sdock.add_param("PROFILE", "wheelchair")
    setup_fifteen(cdock)
    result = run(cdock, qtbot)
    assert share(result, "Baseline") == pytest.approx(100.0)
    assert share(result, "By wheelchair") == pytest.approx(100.0 * 50 / 150)
    row = {r["indicator"]: r for r in result.indicator_rows()}[SCHOOL]
    assert row["scenarios"]["By wheelchair"]["verdict"] == "worse"


def test_scorecard_uses_the_stored_travel_settings(world, tmp_path):
    """urbanplan:scorecard reads the travel profile and terrain model kept with the project's
    scenarios; its DEM parameter overrides the stored terrain model."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
    project, docks, (streets, school, homes, dem) = world
    store, sdock, _cdock = docks[0]
    context = QgsProcessingContext()
    context.setProject(project)
    params = {"NETWORK": streets, "POPULATION": homes, "POPULATION_FIELD": "population",
              "FACILITIES": school, "CATEGORY_FIELD": "category", "OUTPUT": "memory:"}

    def share():
        res = processing.run("urbanplan:scorecard", params, context=context,
                             feedback=QgsProcessingFeedback())
        return {f["indicator"]: f["baseline"] for f in res["OUTPUT"].getFeatures()}[
            "POP_SHARE_ALL_WITHIN"]
    assert share() == pytest.approx(1.0)              # walking, by the steps
    sdock.set_travel(profile="wheelchair", terrain=dem)
    assert share() == pytest.approx(50 / 150)         # the steps block the wheelchair
    # a DEM given to the scorecard wins over the stored one: one far away stops the walk lens
    far = tmp_path / "far.tif"
    gdal.Translate(str(far), dem.source(), outputBounds=[50000, 60000, 51000, 59700])
    with pytest.raises(QgsProcessingException, match="does not cover the network"):
        processing.run("urbanplan:scorecard", dict(params, DEM=str(far)), context=context,
                       feedback=QgsProcessingFeedback())
