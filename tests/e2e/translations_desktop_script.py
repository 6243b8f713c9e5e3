"""Runs INSIDE real QGIS desktop (``qgis --code``) for test_translations_desktop_e2e.

QGIS starts with ``locale/userLocale`` set in its throw-away profile. The script waits for
iface.initializationCompleted, opens the Processing toolbox, collapses every provider but
UrbanPlan and expands UrbanPlan's groups, then saves screenshots (the toolbox alone and the main
window with the UrbanPlan menu title) and writes a JSON result with the texts shown in the tree,
then quits. QGIS's message log is recorded so the test can fail on a Python error.

Environment: URBANPLAN_E2E_OUT (folder for the result and screenshots), URBANPLAN_E2E_NAME
(file name prefix).
"""
import os
import sys
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface

sys.path.insert(0, os.environ["URBANPLAN_E2E_DIR"])
from e2e_harness import OUT, finish, init, result, state, step, write_result  # noqa: E402

NAME = init("qgis_desktop_zh_CN", screenshots=[])


def start():
    if state["started"]:
        return
    state["started"] = True
    QTimer.singleShot(1000, open_toolbox)


def _texts(model, parent, depth=0):
    """(depth, text) of every row below ``parent``, depth first."""
    rows = []
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        rows.append((depth, str(model.data(idx, Qt.ItemDataRole.DisplayRole))))
        rows += _texts(model, idx, depth + 1)
    return rows


def open_toolbox():
    try:
        step("started")
        win = iface.mainWindow()
        win.setGeometry(QgsApplication.primaryScreen().availableGeometry())
        from urbanplan_plugin import i18n
        result["plugin_locale"] = i18n.user_locale()
        result["translator_loaded"] = i18n._translator is not None
        result["qgis_locale"] = QgsApplication.locale()
        prov = QgsApplication.processingRegistry().providerById("urbanplan")
        result["provider"] = prov is not None
        result["display_names"] = {a.name(): a.displayName() for a in prov.algorithms()} \
            if prov else {}
        result["groups"] = sorted({a.group() for a in prov.algorithms()}) if prov else []
        for action in win.menuBar().actions():
            if action.menu() is not None and action.menu().objectName() == "UrbanPlanMenu":
                result["menu_title"] = action.menu().title()
                result["menu_groups"] = [a.text() for a in action.menu().actions() if a.menu()]

        from qgis.utils import plugins
        toolbox = plugins["processing"].toolbox
        plugins["processing"].toolboxAction.setChecked(True)
        toolbox.show()
        tree = toolbox.algorithmTree
        model = tree.model()
        tree.collapseAll()
        provider_index = None
        for r in range(model.rowCount()):
            idx = model.index(r, 0)
            if str(model.data(idx, Qt.ItemDataRole.DisplayRole)) == (prov.name() if prov else ""):
                provider_index = idx
        result["provider_in_tree"] = provider_index is not None
        if provider_index is not None:
            tree.expandRecursively(provider_index)
            tree.scrollTo(provider_index, tree.ScrollHint.PositionAtTop)
            result["tree_rows"] = _texts(model, provider_index)
        # a floating toolbox tall enough to show every UrbanPlan algorithm
        toolbox.setFloating(True)
        toolbox.resize(620, 980)
        toolbox.move(40, 10)
        step("toolbox open")
        QTimer.singleShot(1500, screenshots)
    except Exception:  # noqa: BLE001 - recorded, the test fails on it
        result["errors"].append(traceback.format_exc())
        finish()


def screenshots():
    try:
        QgsApplication.processEvents()
        from qgis.utils import plugins
        toolbox = plugins["processing"].toolbox
        shot = os.path.join(OUT, f"{NAME}_toolbox.png")
        if toolbox.grab().save(shot):
            result["screenshots"].append(shot)
        screen = os.path.join(OUT, f"{NAME}_screen.png")
        if QgsApplication.primaryScreen().grabWindow(0).save(screen):
            result["screenshots"].append(screen)
        step("screenshots")
    except Exception:  # noqa: BLE001
        result["errors"].append(traceback.format_exc())
    finish()


iface.initializationCompleted.connect(start)
QTimer.singleShot(20000, start)  # --code may run after initializationCompleted was emitted
QTimer.singleShot(120000, lambda: (result["errors"].append("script timed out"), finish()))
write_result()
