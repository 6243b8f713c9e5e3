"""Scenario files keep layer paths relative to the file and read them from the file's folder,
whatever the working directory; a layer that cannot be found is reported with a fix for where
the scenarios come from (a parameter and the file for the scorecard, not the Scenario dock)."""
import json
import os

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from test_scenarios_inputs import facilities, grid_streets, origins
from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.scenarios.model import LayerRef, Override, ScenarioSet
from urbanplan_plugin.project.scenario_inputs import ScenarioInputs
from urbanplan_plugin.project.scenario_store import (
    expand_source,
    layer_ref,
    read_scenario_file,
    write_scenario_file,
)


def to_gpkg(layer, path, table):
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = table
    opts.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if os.path.exists(path)
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path),
                                                    QgsCoordinateTransformContext(), opts)
    assert err[0] == QgsVectorFileWriter.WriterError.NoError, err
    out = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert out.isValid()
    return out


@pytest.fixture
def data_folder(tmp_path):
    """tmp/data/city.gpkg (streets, homes, shelters, more_shelters) and tmp/work/ (the
    scenario file's folder), tmp/elsewhere (the working directory of the runs)."""
    data = tmp_path / "data"
    data.mkdir()
    gpkg = data / "city.gpkg"
    fac = facilities()
    more = facilities()
    more.startEditing()
    for f in more.getFeatures():
        more.changeAttributeValue(f.id(), more.fields().lookupField("category"), "school")
    more.commitChanges()
    layers = {"streets": to_gpkg(grid_streets(), gpkg, "streets"),
              "population": to_gpkg(origins(), gpkg, "homes"),
              "facilities": to_gpkg(fac, gpkg, "shelters"),
              "more": to_gpkg(more, gpkg, "more_shelters")}
    (tmp_path / "work").mkdir()
    (tmp_path / "elsewhere").mkdir()
    return tmp_path, layers


def scenario_set(layers):
    ss = ScenarioSet()
    for role in ("streets", "population", "facilities"):
        ss.set_baseline(role, layer_ref(layers[role]))
    s = ss.create("Other shelters")
    s.overrides.append(Override("replace", "facilities", label="Other shelters",
                                layer=layer_ref(layers["more"])))
    return ss


def test_written_paths_are_relative_to_the_file(data_folder):
    tmp, layers = data_folder
    path = write_scenario_file(scenario_set(layers), str(tmp / "work" / "scn.json"))
    data = json.loads(open(path, encoding="utf-8").read())
    sources = [ref["source"] for ref in data["baseline"].values()]
    sources.append(data["scenarios"][0]["overrides"][0]["layer"]["source"])
    assert sources == ["../data/city.gpkg|layername=streets", "../data/city.gpkg|layername=homes",
                       "../data/city.gpkg|layername=shelters",
                       "../data/city.gpkg|layername=more_shelters"]
    # examples' {data} sources are left for the sample-data folder
    ss = ScenarioSet()
    ss.set_baseline("streets", LayerRef(source="{data}/x.gpkg|layername=a", provider="ogr"))
    write_scenario_file(ss, str(tmp / "work" / "example.json"))
    assert "{data}/x.gpkg" in open(tmp / "work" / "example.json", encoding="utf-8").read()


def test_expand_source_reads_relative_paths_from_the_folder(tmp_path):
    base = str(tmp_path / "work")
    assert expand_source("../data/a.gpkg|layername=x", base_dir=base) == \
        os.path.normpath(str(tmp_path / "data" / "a.gpkg")) + "|layername=x"
    assert expand_source("{here}/a.tif", base_dir=base) == f"{base}/a.tif"
    assert expand_source("/abs/a.gpkg", base_dir=base) == "/abs/a.gpkg"
    assert expand_source("Point?crs=EPSG:3857", base_dir=base) == "Point?crs=EPSG:3857"
    assert expand_source("a.gpkg") == "a.gpkg"        # no folder known: unchanged


def test_a_scenario_file_works_from_any_folder(data_folder, monkeypatch):
    tmp, layers = data_folder
    path = write_scenario_file(scenario_set(layers), str(tmp / "work" / "scn.json"))
    monkeypatch.chdir(tmp / "elsewhere")
    project = QgsProject()          # an empty project: every layer comes from the file
    sset = read_scenario_file(path)
    inputs = ScenarioInputs(sset, project)
    streets = inputs.baseline_layer("streets")
    assert streets.isValid() and streets.featureCount() == layers["streets"].featureCount()
    replaced = inputs.layer("facilities", sset.get("Other shelters"))
    assert {f["category"] for f in replaced.getFeatures()} == {"school"}


def test_scorecard_reads_the_file_from_another_folder(data_folder, monkeypatch, run_alg):
    tmp, layers = data_folder
    path = write_scenario_file(scenario_set(layers), str(tmp / "work" / "scn.json"))
    monkeypatch.chdir(tmp / "elsewhere")
    res = run_alg("scorecard", {
        "SCENARIO": "Other shelters", "SCENARIO_FILE": path, "NETWORK": layers["streets"],
        "POPULATION": layers["population"], "FACILITIES": layers["facilities"],
        "CATEGORY_FIELD": "category", "OUTPUT": "memory:"})
    assert res["N_ANALYSES"] >= 1 and res["N_INDICATORS"] > 0


def test_missing_layer_speaks_of_parameters_and_the_file(data_folder, monkeypatch, run_alg):
    tmp, layers = data_folder
    ss = scenario_set(layers)
    ss.get("Other shelters").overrides[0].layer = LayerRef(
        name="gone", source=str(tmp / "data" / "gone.gpkg") + "|layername=x", provider="ogr",
        geometry="point")
    path = write_scenario_file(ss, str(tmp / "work" / "scn.json"))
    monkeypatch.chdir(tmp / "elsewhere")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("scorecard", {
            "SCENARIO": "Other shelters", "SCENARIO_FILE": path, "NETWORK": layers["streets"],
            "POPULATION": layers["population"], "FACILITIES": layers["facilities"],
            "CATEGORY_FIELD": "category", "OUTPUT": "memory:"})
    text = str(err.value)
    assert "gone.gpkg does not exist" in text and "scn.json" in text, text
    assert "Scenario dock" not in text, text
    # a baseline layer the scorecard was not given: its parameter is named
    sset = read_scenario_file(path)
    sset.baseline["streets"] = LayerRef(name="old streets", source="missing.gpkg",
                                        provider="ogr", geometry="line")
    inputs = ScenarioInputs(sset, QgsProject(), layers={}, role_params={"streets": "NETWORK"})
    with pytest.raises(UrbanPlanError) as err2:
        inputs.baseline_layer("streets")
    text = str(err2.value)
    assert "NETWORK=" in text and "relative path is read from" in text and \
        str(tmp / "work") in text, text
    # from the docks (no parameters, no file): the Scenario dock's way
    docked = ScenarioSet()
    docked.baseline["streets"] = LayerRef(name="old streets", layer_id="nope")
    with pytest.raises(UrbanPlanError, match="Scenario dock"):
        ScenarioInputs(docked, QgsProject()).baseline_layer("streets")
