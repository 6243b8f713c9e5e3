"""Runs INSIDE real QGIS desktop (``qgis --code user_view_script.py``) for
test_user_view_desktop.py: the workshop kit looked at as a planner would, on a 1600 x 1000
screen, in the interface language of the profile (English or Simplified Chinese).

1. "UrbanPlan > Open workshop project…" (HOME is a throw-away folder: the copy goes there);
2. both UrbanPlan docks opened with their toolbar toggles, left where QGIS puts them (docked on
   the right);
3. the Compare dock runs the 15-minute city for the baseline and "3 new climate shelters";
4. screenshots of the window, each dock, the chart and the side-by-side maps;
5. the project is saved, closed and opened again: the comparison layers are read back.

Writes <name>_result.json and <name>_*.png into URBANPLAN_E2E_OUT.
"""
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction
from qgis.utils import iface

sys.path.insert(0, os.environ["URBANPLAN_E2E_DIR"])
from e2e_harness import OUT, finish, init, result, state, step, write_result  # noqa: E402

NAME = init("user_view")
SCENARIO = "3 new climate shelters"
state["opened"] = False
result["screenshots"] = {}


def guarded(func):
    def wrapper(*args):
        try:
            return func(*args)
        except Exception:  # noqa: BLE001 - recorded, the test fails on it
            result["errors"].append(traceback.format_exc())
            finish()
    return wrapper


def plugin():
    import qgis.utils
    return qgis.utils.plugins.get("urbanplan_plugin")


def docks():
    found = {d.objectName(): d for d in (plugin().docks if plugin() is not None else [])}
    return found.get("UrbanPlanScenarioDock"), found.get("UrbanPlanCompareDock")


def shot(key, widget):
    path = os.path.join(OUT, f"{NAME}_{key}.png")
    QgsApplication.processEvents()
    widget.grab().save(path)
    result["screenshots"][key] = path
    return path


def start():
    if state["started"]:
        return
    state["started"] = True
    QTimer.singleShot(1000, open_project)


@guarded
def open_project():
    win = iface.mainWindow()
    win.setGeometry(QgsApplication.primaryScreen().availableGeometry())
    result["window"] = [win.width(), win.height()]
    from urbanplan_plugin.i18n import _translator_locale
    result["plugin_locale"] = _translator_locale
    action = win.findChild(QAction, "urbanplan_open_workshop")
    result["menu_action"] = action.text() if action is not None else None
    menu = next((a.menu() for a in win.menuBar().actions()
                 if a.menu() is not None and a.menu().objectName() == "UrbanPlanMenu"), None)
    result["menu_groups"] = [a.text() for a in menu.actions() if a.menu() is not None] \
        if menu is not None else []
    toolbar = plugin().toolbar
    result["toolbar_icons"] = {a.objectName() or a.text(): a.icon().cacheKey()
                               for a in toolbar.actions()}
    images = [d.toggleViewAction().icon().pixmap(24, 24).toImage() for d in docks() if d]
    result["dock_icons_distinct"] = len(images) == 2 and images[0] != images[1]
    QgsProject.instance().readProject.connect(lambda *_: QTimer.singleShot(1500, opened))
    step("opening the workshop project")
    action.trigger()
    QTimer.singleShot(30000, lambda: None if state["opened"] else (
        result["errors"].append("the project did not open"), finish()))


@guarded
def opened():
    if state["opened"]:
        return
    state["opened"] = True
    project = QgsProject.instance()
    result["project_file"] = project.fileName()
    result["message_bar"] = [w.text() if hasattr(w, "text") else "" for w in
                             iface.messageBar().items()]
    from qgis.PyQt.QtWidgets import QPushButton
    result["exercise_buttons"] = {b.text(): b.toolTip() for w in iface.messageBar().items()
                                  for b in w.findChildren(QPushButton)}
    from qgis.core import QgsApplication as App
    alg = App.processingRegistry().algorithmById("urbanplan:fifteenminutecity")
    result["help_url"] = alg.helpUrl() if alg is not None else None
    sdock, cdock = docks()
    for d in (sdock, cdock):
        if not d.isVisible():
            d.toggleViewAction().trigger()
    from qgis.PyQt.QtCore import Qt
    win = iface.mainWindow()
    result["dock_areas"] = [int(getattr(win.dockWidgetArea(d), "value", win.dockWidgetArea(d)))
                            for d in (sdock, cdock)]
    result["right_area"] = int(getattr(Qt.DockWidgetArea.RightDockWidgetArea, "value",
                                       Qt.DockWidgetArea.RightDockWidgetArea))
    step("docks shown")
    QTimer.singleShot(1500, scenario_dock_view)


@guarded
def scenario_dock_view():
    sdock, cdock = docks()
    sdock.raise_()
    QgsApplication.processEvents()
    shot("window_scenarios", iface.mainWindow())
    shot("scenario_dock", sdock)
    lst = sdock.scenarioList
    result["scenario_list"] = {
        "count": lst.count(), "visible_height": lst.viewport().height(),
        "row_height": lst.sizeHintForRow(0) if lst.count() else 0,
        "visible_rows": sum(1 for i in range(lst.count())
                            if lst.visualItemRect(lst.item(i)).bottom() <= lst.viewport().height())}
    step("scenario dock")
    cdock.raise_()
    cdock.select_analysis("fifteenminutecity")
    QTimer.singleShot(800, lambda: (shot("compare_setup", cdock), run_comparison()))


@guarded
def run_comparison():
    sdock, cdock = docks()
    cdock.select_analysis("fifteenminutecity")
    cdock.set_checked([SCENARIO])
    cdock.runner = None
    if not cdock.run():
        result["errors"].append("the comparison did not start: " + cdock.statusLabel.text())
        return finish()
    cdock.runner.finished.connect(lambda r: QTimer.singleShot(1500, lambda: compared(r)))
    cdock.runner.failed.connect(lambda m: (result["errors"].append("comparison failed: " + m),
                                           finish()))
    step("comparison started")


@guarded
def compared(res):
    sdock, cdock = docks()
    step("comparison finished")
    project = QgsProject.instance()
    t = cdock.resultTable
    result["status"] = cdock.statusLabel.text()
    result["table_headers"] = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    result["table"] = [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
                       for r in range(t.rowCount())]
    result["table_visible_rows"] = sum(
        1 for r in range(t.rowCount())
        if t.rowViewportPosition(r) >= 0
        and t.rowViewportPosition(r) + t.rowHeight(r) <= t.viewport().height())
    result["compare_fields"] = list(getattr(res, "compared_fields", []) or [])
    root = project.layerTreeRoot()
    groups = [g for g in root.findGroups() if g.name().startswith(
        cdock.comparison_group_title(res) if hasattr(cdock, "comparison_group_title") else "Comp")]
    group = groups[0] if groups else None
    result["comparison_group"] = {
        "name": group.name() if group else None,
        "expanded": group.isExpanded() if group else None,
        "layers": {n.layer().name(): {"visible": n.isVisible(),
                                      "features": n.layer().featureCount(),
                                      "source": n.layer().source(),
                                      "provider": n.layer().providerType()}
                   for n in (group.findLayers() if group else []) if n.layer() is not None}}
    sketches = [lyr for lyr in project.mapLayers().values()
                if lyr.customProperty("urbanplan/sketch")]
    result["sketches"] = {lyr.name(): {
        "visible": bool(root.findLayer(lyr.id()) and root.findLayer(lyr.id()).isVisible()),
        "features": lyr.featureCount()} for lyr in sketches}
    delta = res.deltas.get(SCENARIO)
    canvas = iface.mapCanvas()
    if delta is not None:
        from qgis.core import QgsCoordinateTransform
        ext = delta.extent()
        dest = canvas.mapSettings().destinationCrs()
        if dest.isValid() and dest != delta.crs():
            ext = QgsCoordinateTransform(delta.crs(), dest, project).transformBoundingBox(ext)
        canvas.setExtent(ext.buffered(ext.width() * 0.02))
        canvas.refresh()
    QTimer.singleShot(3000, lambda: screenshots(res))


@guarded
def screenshots(res):
    sdock, cdock = docks()
    shot("window_compare", iface.mainWindow())
    shot("compare_dock", cdock)
    tabs = cdock.resultTabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QgsApplication.processEvents()
        shot(f"compare_tab{i}", cdock)
    tabs.setCurrentIndex(0)
    path = os.path.join(OUT, f"{NAME}_canvas.png")
    iface.mapCanvas().saveAsImage(path)
    result["screenshots"]["canvas"] = path
    if cdock.figure is not None:
        path = os.path.join(OUT, f"{NAME}_chart.png")
        cdock.figure.savefig(path, dpi=110)
        result["screenshots"]["chart"] = path
    step("screenshots")
    dlg = cdock.open_linked_views()
    if dlg is None:
        return save_and_reopen()
    result["linked_field"] = dlg.field_combo.currentText()
    QTimer.singleShot(2500, lambda: linked(dlg))


@guarded
def linked(dlg):
    shot("linked_views", dlg)
    dlg.close()
    step("linked views")
    save_and_reopen()


@guarded
def save_and_reopen():
    project = QgsProject.instance()
    path = project.fileName()
    result["saved"] = project.write()
    project.clear()
    result["reopened"] = project.read(path)
    QTimer.singleShot(2000, after_reopen)


@guarded
def after_reopen():
    from qgis.core import QgsVectorLayer
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    found = {}
    for g in root.findGroups():
        if g.customProperty("urbanplan/comparison"):
            for n in g.findLayers():
                lyr = n.layer()
                if lyr is None:
                    continue
                r = lyr.renderer() if isinstance(lyr, QgsVectorLayer) else None
                found[lyr.name()] = {
                    "features": lyr.featureCount(), "valid": lyr.isValid(),
                    "provider": lyr.providerType(), "source": lyr.source(),
                    "renderer": r.type() if r is not None else None,
                    "categories": len(r.categories()) if hasattr(r, "categories") else 0}
                if isinstance(lyr, QgsVectorLayer) and lyr.providerType() == "ogr":
                    # the style stored in the GeoPackage: a fresh layer, default style loaded
                    fresh = QgsVectorLayer(lyr.source(), "fresh", "ogr")
                    fr = fresh.renderer()
                    found[lyr.name()]["default_style"] = fr.type() if fr is not None else None
    result["after_reopen"] = found
    canvas = iface.mapCanvas()
    canvas.refresh()
    QTimer.singleShot(2500, last_shot)


@guarded
def last_shot():
    shot("window_reopened", iface.mainWindow())
    step("reopened")
    # the planner runs the comparison again in the reopened project and saves it again
    sdock, cdock = docks()
    cdock.select_analysis("fifteenminutecity")
    cdock.set_checked([SCENARIO])
    cdock.runner = None
    if not cdock.run():
        result["errors"].append("the second run did not start: " + cdock.statusLabel.text())
        return finish()
    cdock.runner.finished.connect(lambda r: QTimer.singleShot(1000, lambda: compared_again(r)))
    cdock.runner.failed.connect(lambda m: (result["errors"].append("second run failed: " + m),
                                           finish()))


@guarded
def compared_again(res):
    from qgis.core import QgsVectorLayer
    project = QgsProject.instance()
    result["saved_again"] = project.write()
    groups = [g for g in project.layerTreeRoot().findGroups()
              if g.customProperty("urbanplan/comparison")]
    result["after_second_run"] = {
        "groups": len(groups),
        "layers": {n.layer().name(): {"features": n.layer().featureCount(),
                                      "source": n.layer().source()}
                   for g in groups for n in g.findLayers()
                   if isinstance(n.layer(), QgsVectorLayer)}}
    step("second run saved")
    finish()


iface.initializationCompleted.connect(start)
QTimer.singleShot(20000, start)
QTimer.singleShot(280000, lambda: (result["errors"].append("script timed out"), finish()))
write_result()
