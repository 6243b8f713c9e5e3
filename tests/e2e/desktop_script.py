"""Runs INSIDE real QGIS desktop (``qgis --code desktop_script.py``) for test_qgis_desktop_e2e.

Waits for iface.initializationCompleted, checks the UrbanPlan provider, menu and toolbar, runs
preparewalknetwork through processing.run, adds the output to the canvas, zooms to it, saves
screenshots (main window, canvas, main window with the UrbanPlan menu open) and writes a JSON
result, then quits. Every message of QGIS's message log is recorded, so the test can fail on a
Python error anywhere (a plugin's exception is logged under the tag 'Python error').

Environment: URBANPLAN_E2E_OUT (folder for the result and screenshots), URBANPLAN_E2E_INPUT
(line layer source), URBANPLAN_E2E_NAME (file name prefix).
"""
import os
import sys
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QToolBar
from qgis.utils import iface

sys.path.insert(0, os.environ["URBANPLAN_E2E_DIR"])
from e2e_harness import OUT, finish, init, result, state, step, write_result  # noqa: E402

INPUT = os.environ["URBANPLAN_E2E_INPUT"]
NAME = init("qgis_desktop", init_signal=False)


def urbanplan_menu():
    for action in iface.mainWindow().menuBar().actions():
        menu = action.menu()
        if menu is not None and menu.objectName() == "UrbanPlanMenu":
            return action, menu
    return None, None


def start(from_signal=False):
    if from_signal:
        result["init_signal"] = True
    if state["started"]:
        return
    state["started"] = True
    QTimer.singleShot(1000, check_and_run)


def check_and_run():
    try:
        step("started")
        win = iface.mainWindow()
        # no window manager under Xvfb: showMaximized() does nothing, so fill the screen
        win.setGeometry(QgsApplication.primaryScreen().availableGeometry())
        prov = QgsApplication.processingRegistry().providerById("urbanplan")
        result["provider"] = prov is not None
        result["algorithms"] = sorted(a.id() for a in prov.algorithms()) if prov else []
        action, menu = urbanplan_menu()
        result["menu_title"] = menu.title() if menu else None
        result["menu_in_menubar"] = action is not None and action.isVisible()
        groups = {}
        if menu is not None:
            for sub in menu.actions():
                if sub.menu() is not None:
                    groups[sub.text()] = [a.objectName() for a in sub.menu().actions()]
        result["menu_groups"] = groups
        toolbar = win.findChild(QToolBar, "UrbanPlanToolbar")
        result["toolbar_actions"] = [a.objectName() for a in toolbar.actions()] if toolbar else None
        step("ui checked")

        from qgis import processing
        out = os.path.join(OUT, f"{NAME}_network.gpkg")
        if os.path.exists(out):
            os.remove(out)
        res = processing.run("urbanplan:preparewalknetwork",
                             {"INPUT": INPUT, "OSM_FILTER": True, "SNAP_TOLERANCE": 0.5,
                              "OUTPUT": out})
        result["numbers"] = {k: v for k, v in res.items() if k != "OUTPUT"}
        step("algorithm run")

        # the GeoPackage also holds the output's style (layer_styles): name the layer, or QGIS
        # asks which of its tables to add
        uri = res["OUTPUT"] if "|" in res["OUTPUT"] else \
            f"{res['OUTPUT']}|layername={os.path.splitext(os.path.basename(out))[0]}"
        layer = iface.addVectorLayer(uri, "Walking network", "ogr")
        result["default_style"] = layer.renderer().type() if layer else None
        result["layer_valid"] = bool(layer and layer.isValid())
        result["layer_features"] = layer.featureCount() if layer else 0
        if layer is not None:
            from qgis.core import (
                QgsCategorizedSymbolRenderer,
                QgsLineSymbol,
                QgsRendererCategory,
            )
            # main component dark blue, smaller pieces orange: a reader sees the gaps at once
            main = QgsLineSymbol.createSimple({"line_color": "30,60,160", "line_width": "0.4"})
            other = QgsLineSymbol.createSimple({"line_color": "240,120,0", "line_width": "0.8"})
            cats = [QgsRendererCategory("main", main, "largest component"),
                    QgsRendererCategory("other", other, "other components")]
            renderer = QgsCategorizedSymbolRenderer(
                "if(\"component\" = 0, 'main', 'other')", cats)
            layer.setRenderer(renderer)
            layer.triggerRepaint()
            canvas = iface.mapCanvas()
            canvas.setDestinationCrs(layer.crs())
            canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
            canvas.refresh()
            result["canvas_layers"] = [lyr.name() for lyr in canvas.layers()]
        step("layer added")
        canvas = iface.mapCanvas()
        canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(800, screenshots))
        QTimer.singleShot(15000, screenshots)  # in case no refresh signal comes
    except Exception:  # noqa: BLE001 - recorded, the test fails on it
        result["errors"].append(traceback.format_exc())
        finish()


def screenshots():
    if state["finished"] or "screenshots" in result:
        return
    try:
        QgsApplication.processEvents()
        win = iface.mainWindow()
        shot = os.path.join(OUT, f"{NAME}_window.png")
        result["screenshot_saved"] = bool(win.grab().save(shot))
        result["screenshots"] = [shot]
        canvas_png = os.path.join(OUT, f"{NAME}_canvas.png")
        iface.mapCanvas().saveAsImage(canvas_png)
        result["screenshots"].append(canvas_png)
        result["canvas_extent"] = iface.mapCanvas().extent().toString(1)
        step("screenshots")
        # open the UrbanPlan menu and one group, then grab the whole screen (menus are windows)
        _action, menu = urbanplan_menu()
        if menu is not None:
            geo = win.menuBar().actionGeometry(_action)
            menu.popup(win.menuBar().mapToGlobal(geo.bottomLeft()))
            QTimer.singleShot(700, lambda: open_submenu(menu))
        else:
            finish()
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
        finish()


def open_submenu(menu):
    try:
        first = next((a for a in menu.actions() if a.menu() is not None), None)
        if first is not None:
            menu.setActiveAction(first)
            first.menu().popup(menu.mapToGlobal(menu.actionGeometry(first).topRight()))
        QTimer.singleShot(700, lambda: grab_menu(menu))
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
        finish()


def grab_menu(menu):
    try:
        screen = QgsApplication.primaryScreen()
        shot = os.path.join(OUT, f"{NAME}_menu.png")
        screen.grabWindow(0).save(shot)
        result["screenshots"].append(shot)
        for a in menu.actions():
            if a.menu() is not None:
                a.menu().hide()
        menu.hide()
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
    finish()


iface.initializationCompleted.connect(lambda: start(True))
# --code may run after initializationCompleted was emitted: start anyway after a while
QTimer.singleShot(20000, start)
QTimer.singleShot(150000, lambda: (result["errors"].append("script timed out"), finish()))
write_result()
