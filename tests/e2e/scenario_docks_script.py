"""Runs INSIDE real QGIS desktop for test_scenario_docks_desktop (``qgis --code``).

Loads the built-in climate-shelter example through the Scenario dock, runs the 15-minute city
comparison (baseline + 2 scenarios) from the Compare dock in the background, puts the
difference layer on the canvas, then saves screenshots into URBANPLAN_E2E_OUT:
scenario_docks_window.png (whole window, both docks open), scenario_dock.png, compare_dock.png,
compare_dock_chart.png (chart tab), scenario_docks_canvas.png, linked_views.png, and a JSON
result with the table, the legend and every message QGIS logged. It also saves the project as
a .qgz, reopens it and records the scenarios found again.
"""
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

sys.path.insert(0, os.environ["URBANPLAN_E2E_DIR"])
from e2e_harness import OUT, finish, init, result, state, step, write_result  # noqa: E402

NAME = init("scenario_docks")


def guarded(func):
    def wrapper(*args):
        try:
            return func(*args)
        except Exception:  # noqa: BLE001 - recorded, the test fails on it
            result["errors"].append(traceback.format_exc())
            finish()
    return wrapper


def docks():
    from qgis.utils import plugins
    plugin = plugins.get("urbanplan_plugin")
    found = {d.objectName(): d for d in (plugin.docks if plugin is not None else [])}
    return found.get("UrbanPlanScenarioDock"), found.get("UrbanPlanCompareDock")


def start():
    if state["started"]:
        return
    state["started"] = True
    QTimer.singleShot(1000, run_example)


@guarded
def run_example():
    step("started")
    win = iface.mainWindow()
    win.setGeometry(QgsApplication.primaryScreen().availableGeometry())
    sdock, cdock = docks()
    result["docks"] = [d.objectName() for d in (sdock, cdock) if d is not None]
    if sdock is None or cdock is None:
        result["errors"].append("the UrbanPlan docks were not created")
        return finish()
    # open both docks with their toggle actions, as a user would from the menu
    for d in (sdock, cdock):
        if not d.isVisible():
            d.toggleViewAction().trigger()
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QDockWidget
    for d in win.findChildren(QDockWidget):
        if d.objectName() == "Browser":      # room for the Layers panel and the dock
            d.hide()
    win.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, sdock)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, cdock)
    win.resizeDocks([sdock, cdock], [430, 560], Qt.Orientation.Horizontal)
    names = sdock.load_example()
    result["example_scenarios"] = names
    result["scenario_message"] = sdock.messageLabel.text()
    step("example loaded")
    cdock.select_analysis("fifteenminutecity")
    values = cdock.form.values()
    result["form"] = {k: (v.name() if hasattr(v, "name") else v) for k, v in values.items()}
    cdock.runner = None
    ok = cdock.run()
    result["run_started"] = ok
    if not ok:
        result["errors"].append("run did not start: " + cdock.statusLabel.text())
        return finish()
    cdock.runner.finished.connect(lambda r: QTimer.singleShot(500, lambda: after_run(r)))
    cdock.runner.failed.connect(lambda m: (result["errors"].append("comparison failed: " + m),
                                           finish()))
    step("comparison started")


@guarded
def after_run(res):
    sdock, cdock = docks()
    step("comparison finished")
    result["seconds"] = res.seconds
    result["status"] = cdock.statusLabel.text()
    t = cdock.resultTable
    result["table_headers"] = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    result["table"] = [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
                       for r in range(t.rowCount())]
    delta = res.deltas.get(res.names[1])
    result["legend"] = [c.label() for c in delta.renderer().categories()]
    result["layers_in_project"] = [lyr.name() for lyr in QgsProject.instance().mapLayers().values()]
    canvas = iface.mapCanvas()
    ext = delta.extent()
    dest = canvas.mapSettings().destinationCrs()
    if dest.isValid() and dest != delta.crs():
        xform = QgsCoordinateTransform(delta.crs(), dest, QgsProject.instance())
        ext = xform.transformBoundingBox(ext)
    canvas.setExtent(ext.buffered(ext.width() * 0.02))
    canvas.refresh()
    QTimer.singleShot(3000, screenshots)


@guarded
def screenshots():
    sdock, cdock = docks()
    QgsApplication.processEvents()
    win = iface.mainWindow()
    shots = {}
    shots["window"] = os.path.join(OUT, f"{NAME}_window.png")
    win.grab().save(shots["window"])
    shots["scenario_dock"] = os.path.join(OUT, "scenario_dock.png")
    # the whole dock content (the dock scrolls when the window is short)
    sdock.scrollContents.grab().save(shots["scenario_dock"])
    shots["compare_dock"] = os.path.join(OUT, "compare_dock.png")
    cdock.grab().save(shots["compare_dock"])
    shots["canvas"] = os.path.join(OUT, f"{NAME}_canvas.png")
    iface.mapCanvas().saveAsImage(shots["canvas"])
    cdock.resultTabs.setCurrentIndex(1)
    QgsApplication.processEvents()
    shots["chart"] = os.path.join(OUT, "compare_dock_chart.png")
    cdock.grab().save(shots["chart"])
    cdock.resultTabs.setCurrentIndex(0)
    result["screenshots"] = shots
    step("screenshots")
    dlg = cdock.open_linked_views()
    dlg.resize(1100, 520)
    QTimer.singleShot(2500, lambda: linked(dlg))


@guarded
def linked(dlg):
    QgsApplication.processEvents()
    path = os.path.join(OUT, "linked_views.png")
    dlg.grab().save(path)
    result["screenshots"]["linked_views"] = path
    dlg.close()
    step("linked views")
    save_and_reopen()


@guarded
def save_and_reopen():
    project = QgsProject.instance()
    path = os.path.join(OUT, f"{NAME}_project.qgz")
    if os.path.exists(path):
        os.remove(path)
    result["saved"] = project.write(path)
    project.clear()
    result["reopened"] = project.read(path)
    sdock, cdock = docks()
    result["scenarios_after_reopen"] = sdock.store.sset.names()
    result["sketch_features_after_reopen"] = {
        lyr.name(): lyr.featureCount() for lyr in project.mapLayers().values()
        if lyr.customProperty("urbanplan/sketch")}
    step("reopened")
    finish()


iface.initializationCompleted.connect(start)
QTimer.singleShot(20000, start)
QTimer.singleShot(170000, lambda: (result["errors"].append("script timed out"), finish()))
write_result()
