"""Runs INSIDE real QGIS desktop (``qgis --code workshop_script.py``) for
test_workshop_project_desktop.py.

Clicks "UrbanPlan > Open workshop project…" (HOME points at a throw-away folder, so the copy goes
there), waits for the project, checks its layers and scenarios, runs every scenario through
urbanplan:scorecard (baseline vs scenario, all lenses), writes a report of the three scorecards
with urbanplan:report, shows the Scenario dock and saves screenshots. Writes a JSON result.

Environment: URBANPLAN_E2E_OUT (folder for the result and screenshots), URBANPLAN_E2E_NAME.
"""
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget
from qgis.utils import iface

sys.path.insert(0, os.environ["URBANPLAN_E2E_DIR"])
from e2e_harness import OUT, finish, init, result, state, step, write_result  # noqa: E402

NAME = init("workshop")
state["opened"] = False


def start():
    if state["started"]:
        return
    state["started"] = True
    QTimer.singleShot(1000, open_project)


def open_project():
    try:
        win = iface.mainWindow()
        win.setGeometry(QgsApplication.primaryScreen().availableGeometry())
        action = win.findChild(QAction, "urbanplan_open_workshop")
        result["menu_action"] = action is not None and action.text()
        QgsProject.instance().readProject.connect(lambda *_: QTimer.singleShot(1500, check))
        step("clicking open workshop")
        action.trigger()
        QTimer.singleShot(20000, lambda: None if state["opened"] else (
            result["errors"].append("the project did not open"), finish()))
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
        finish()


def layer(name_start):
    for lyr in QgsProject.instance().mapLayers().values():
        if lyr.name().startswith(name_start):
            return lyr
    raise RuntimeError(f"no layer '{name_start}' in the workshop project")


def check():
    if state["opened"]:
        return
    state["opened"] = True
    try:
        project = QgsProject.instance()
        result["project_file"] = project.fileName()
        result["layers"] = {lyr.name(): lyr.isValid() for lyr in project.mapLayers().values()}
        from urbanplan_plugin.project.scenario_store import read_scenarios
        sset = read_scenarios(project)
        result["scenarios"] = sset.names()
        import qgis.utils
        plugin = qgis.utils.plugins.get("urbanplan_plugin")
        result["dock_scenarios"] = plugin.scenario_store.sset.names() if plugin else None
        step("project opened")
        # the Scenario dock, shown for the screenshot
        dock = iface.mainWindow().findChild(QDockWidget, "UrbanPlanScenarioDock")
        if dock is not None:
            dock.show()
        canvas = iface.mapCanvas()
        canvas.setExtent(layer("Buildings").extent())
        canvas.refresh()
        QTimer.singleShot(3000, run_scenarios)
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
        finish()


def run_scenarios():
    try:
        from qgis import processing
        canvas_png = os.path.join(OUT, f"{NAME}_window.png")
        iface.mainWindow().grab().save(canvas_png)
        result["screenshots"] = [canvas_png]
        base = {"NETWORK": layer("Walking network"), "POPULATION": layer("Buildings"),
                "FACILITIES": layer("Climate shelters"), "PARKS": layer("Parks"),
                "BUILDINGS": layer("Buildings"), "HAZARD": layer("Flood depth, water at 1.2"),
                "BUILTUP": layer("Study area")}
        scorecards = {}
        tables = []
        for name in result["scenarios"]:
            path = os.path.join(OUT, f"{NAME}_scorecard_{len(tables) + 1}.gpkg")
            res = processing.run("urbanplan:scorecard", dict(base, SCENARIO=name, OUTPUT=path))
            rows = {}
            from qgis.core import QgsVectorLayer
            table = QgsVectorLayer(res["OUTPUT"], name, "ogr")
            for f in table.getFeatures():
                rows[f["indicator"]] = {"baseline": f["baseline"], "scenario": f["scenario"],
                                        "verdict": f["verdict"]}
            scorecards[name] = {"analyses": res["N_ANALYSES"], "better": res["N_BETTER"],
                                "worse": res["N_WORSE"], "rows": rows}
            tables.append(res["OUTPUT"])
            step(f"scenario run: {name}")
        result["scorecards"] = scorecards
        result["pocket_park"] = pocket_park_gain(base)
        step("pocket park compared")
        rep = processing.run("urbanplan:report", {
            "COMPARISON": tables, "TITLE": "Workshop: central Helsinki",
            "OUTPUT_HTML": os.path.join(OUT, f"{NAME}_report.html"),
            "OUTPUT_PDF": os.path.join(OUT, f"{NAME}_report.pdf")})
        result["report"] = {k: v for k, v in rep.items()}
        step("report written")
        QTimer.singleShot(1500, screenshots)
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
        finish()


def pocket_park_gain(base):
    """Park coverage by class, baseline vs 'Pocket park on an idle plot', the way the compare
    dock runs it: the scenario's inputs materialised from the project's scenario set."""
    from qgis import processing
    from qgis.core import QgsApplication, QgsVectorLayer

    from urbanplan_plugin.core.scenarios.lenses import analysis
    from urbanplan_plugin.project.scenario_inputs import ScenarioInputs, analysis_params
    from urbanplan_plugin.project.scenario_store import read_scenarios
    sset = read_scenarios(QgsProject.instance())
    spec = analysis("greenspacecoverage")
    alg = QgsApplication.processingRegistry().algorithmById(spec.alg_id)
    roles = {"streets": base["NETWORK"], "population": base["POPULATION"],
             "parks": base["PARKS"]}
    params, missing = analysis_params(spec, alg, roles, dict(sset.baseline_params))
    inputs = ScenarioInputs(sset, QgsProject.instance())
    out = {}
    for label, scn in (("baseline", None), ("scenario", sset.get("Pocket park on an idle plot"))):
        p, _notes = inputs.params_for(alg, params, scn)
        p = dict(p, OUTPUT="memory:", UNDERSERVED="memory:",
                 SUMMARY=os.path.join(OUT, f"{NAME}_parks_{label}.csv"))
        res = processing.run(spec.alg_id, p)
        table = QgsVectorLayer(res["SUMMARY"], "s", "ogr")
        row = next(f for f in table.getFeatures() if f["zone"] == "all" and f["pop_group"] == "all")
        out[label] = {n: row[n] for n in table.fields().names() if n.startswith("pop_")}
        out[label]["park_m2_per_resident"] = row["park_m2_per_resident"]
    out["missing"] = missing
    return out


def screenshots():
    try:
        QgsApplication.processEvents()
        shot = os.path.join(OUT, f"{NAME}_window_after.png")
        iface.mainWindow().grab().save(shot)
        result["screenshots"].append(shot)
        canvas_png = os.path.join(OUT, f"{NAME}_canvas.png")
        iface.mapCanvas().saveAsImage(canvas_png)
        result["screenshots"].append(canvas_png)
        step("screenshots")
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
    finish()


iface.initializationCompleted.connect(start)
QTimer.singleShot(20000, start)
QTimer.singleShot(280000, lambda: (result["errors"].append("script timed out"), finish()))
write_result()
