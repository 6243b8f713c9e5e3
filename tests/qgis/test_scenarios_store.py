"""Scenarios and their sketch layers survive saving and reopening a .qgz project."""
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject

from conftest import memory_layer
from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.scenarios.model import Override
from urbanplan_plugin.project.scenario_store import (
    ENTRY_KEY,
    ENTRY_SCOPE,
    ScenarioStore,
    create_sketch_layer,
    layer_ref,
    read_scenarios,
    remove_sketch_layers,
    rename_scenario_group,
    scenario_group,
    sketch_layers,
)

CRS = "EPSG:32723"


@pytest.fixture
def project():
    p = QgsProject.instance()
    p.clear()
    yield p
    p.clear()


def test_save_and_reopen_keeps_scenarios_and_sketches(project, tmp_path):
    fac = memory_layer("Point", CRS, [("Point(0 0)", ["school"])], fields=[("category", "string")])
    fac.setName("schools")
    project.addMapLayer(fac)
    store = ScenarioStore(project)
    try:
        store.sset.set_baseline("facilities", layer_ref(fac))
        s = store.sset.create("Three shelters")
        s.params["WALK_SPEED_KMH"] = 3.6
        o = store.new_override(s, "add", "facilities", target=fac)
        sketch = create_sketch_layer(project, s, o, target=fac)
        assert sketch.fields().names() == ["category"]        # the target's fields
        assert sketch.crs().authid() == CRS
        # draw two points and leave the layer in edit mode, as a planner would
        sketch.startEditing()
        for x, cat in ((10, "shelter"), (20, "library")):
            f = QgsFeature(sketch.fields())
            f.setGeometry(QgsGeometry.fromWkt(f"Point({x} 5)"))
            f["category"] = cat
            sketch.addFeature(f)
        store.save()
        path = str(tmp_path / "plan.qgz")
        assert project.write(path)
    finally:
        store.close()
    project.clear()
    assert len(project.mapLayers()) == 0
    store = ScenarioStore(project)
    try:
        changed = []
        store.changed.connect(lambda: changed.append(1))
        assert project.read(path)
        assert changed, "the store did not notice the project being read"
        s = store.sset.get("three shelters")
        assert s.params == {"WALK_SPEED_KMH": 3.6}
        o = s.overrides[0]
        assert [f["attrs"]["category"] for f in o.features] == ["shelter", "library"]
        layers = sketch_layers(project)
        assert list(layers) == [o.uid]
        lyr = layers[o.uid]
        assert lyr.featureCount() == 2                     # refilled from the project entry
        assert sorted(f["category"] for f in lyr.getFeatures()) == ["library", "shelter"]
        assert store.sset.baseline["facilities"].name == "schools"
        assert scenario_group(project, "Three shelters", create=False) is not None
    finally:
        store.close()


def test_project_without_scenarios_and_broken_data(project):
    assert len(read_scenarios(project)) == 0
    project.writeEntry(ENTRY_SCOPE, ENTRY_KEY, "{not json")
    store = ScenarioStore(project)
    try:
        assert "not valid JSON" in store.error
        with pytest.raises(UrbanPlanError, match="not valid JSON"):
            store.save()
        # the broken data is left alone, not overwritten
        assert project.readEntry(ENTRY_SCOPE, ENTRY_KEY, "")[0] == "{not json"
    finally:
        store.close()


def test_group_rename_and_removal(project):
    store = ScenarioStore(project)
    try:
        s = store.sset.create("A")
        o = store.new_override(s, "remove", "streets")
        assert o.geometry == "line" and o.label == "Closed streets"
        lyr = create_sketch_layer(project, s, o)
        assert create_sketch_layer(project, s, o) is lyr       # one layer per change
        s.name = "B"
        rename_scenario_group(project, "A", "B")
        g = scenario_group(project, "B", create=False)
        assert g is not None and g.name() == "Scenario: B"
        assert g.findLayer(lyr.id()) is not None
        remove_sketch_layers(project, s)
        assert sketch_layers(project) == {}
        assert scenario_group(project, "B", create=False) is None
        # the change itself is still in the scenario
        assert s.overrides == [o]
    finally:
        store.close()


def test_cleared_project_resets_the_store(project):
    store = ScenarioStore(project)
    try:
        store.sset.create("X")
        project.clear()
        assert len(store.sset) == 0
    finally:
        store.close()


def test_override_from_dict_keeps_uid():
    o = Override("add", "parks")
    assert Override.from_dict(o.to_dict()).uid == o.uid
