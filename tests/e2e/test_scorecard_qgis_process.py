"""`qgis_process run urbanplan:scorecard SCENARIO_FILE=…` works from any folder: the scenario
file's layer paths are relative to the file and read from its folder, not from the working
directory; a layer that is not found is reported with a command-line fix (the parameter, the
file's path), not with advice about the Scenario dock."""
import json
import shutil

import pytest

from conftest import ROOT
from qgis_finder import qgis_process, qgis_process_env, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")]

TIMEOUT = 240
WORKSHOP = ROOT / "resources" / "workshop" / "helsinki_workshop.gpkg"


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    return qgis_process_env(tmp_path_factory.mktemp("qgis_process"), timeout=TIMEOUT)


@pytest.fixture
def folders(tmp_path, qgis_app):
    """tmp/data/city.gpkg (a copy of the workshop data), tmp/work/scenarios.json whose layer
    paths are relative to tmp/work, tmp/else/where (the working directory of the run)."""
    from qgis.core import QgsVectorLayer

    from urbanplan_plugin.core.scenarios.model import Override, ScenarioSet
    from urbanplan_plugin.project.scenario_store import layer_ref, write_scenario_file
    # the working directory is two levels down: "../data" from it is not the data folder
    data, work, elsewhere = tmp_path / "data", tmp_path / "work", tmp_path / "else" / "where"
    for d in (data, work, elsewhere):
        d.mkdir(parents=True)
    gpkg = data / "city.gpkg"
    shutil.copy(WORKSHOP, gpkg)

    def layer(name):
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        assert lyr.isValid(), name
        return lyr

    sset = ScenarioSet()
    sset.set_baseline("streets", layer_ref(layer("walk_network")))
    sset.set_baseline("population", layer_ref(layer("buildings")))
    sset.set_baseline("facilities", layer_ref(layer("climate_shelters")))
    scn = sset.create("Services as shelters")
    scn.overrides.append(Override("replace", "facilities", label="Services as shelters",
                                  layer=layer_ref(layer("services"))))
    path = write_scenario_file(sset, str(work / "scenarios.json"))
    text = (work / "scenarios.json").read_text(encoding="utf-8")
    assert "../data/city.gpkg|layername=services" in text and str(data) not in text
    return {"gpkg": gpkg, "file": path, "cwd": elsewhere, "sset": sset}


def _scorecard(qp_env, folders, tmp_path, scenario_file):
    g = folders["gpkg"]
    return run([qgis_process(), "--json", "run", "urbanplan:scorecard", "--",
                "SCENARIO=Services as shelters", f"SCENARIO_FILE={scenario_file}",
                f"NETWORK={g}|layername=walk_network", f"POPULATION={g}|layername=buildings",
                f"FACILITIES={g}|layername=climate_shelters", "POPULATION_FIELD=population",
                "CATEGORY_FIELD=category", f"OUTPUT={tmp_path / 'card.gpkg'}"],
               qp_env, timeout=TIMEOUT, cwd=folders["cwd"])


def test_scorecard_from_another_folder(qp_env, folders, tmp_path):
    proc = _scorecard(qp_env, folders, tmp_path, folders["file"])
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    text = proc.stdout
    res = json.loads(text[text.find("{"):])["results"]
    assert res["N_ANALYSES"] >= 1 and res["N_INDICATORS"] > 0


def test_missing_layer_is_reported_for_the_command_line(qp_env, folders, tmp_path):
    from urbanplan_plugin.project.scenario_store import write_scenario_file
    sset = folders["sset"]
    sset.get("Services as shelters").overrides[0].layer.source = \
        str(folders["gpkg"].parent / "moved_away.gpkg") + "|layername=services"
    sset.get("Services as shelters").overrides[0].layer.layer_id = ""
    sset.get("Services as shelters").overrides[0].layer.name = "moved away"
    path = write_scenario_file(sset, str(tmp_path / "work" / "broken.json"))
    proc = _scorecard(qp_env, folders, tmp_path, path)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out[-3000:]
    assert "moved_away.gpkg does not exist" in out and "broken.json" in out, out[-3000:]
    assert "Scenario dock" not in out and "Traceback" not in out, out[-3000:]
