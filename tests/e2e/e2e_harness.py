"""What every script that runs INSIDE real QGIS desktop (``qgis --code``) shares: the JSON
result file, every message of QGIS's message log, and finishing and quitting cleanly.

A script imports it after putting ``URBANPLAN_E2E_DIR`` (set by qgis_finder.make_profile) on
sys.path, calls ``init(default_name, **extra_result_keys)``, then uses ``result``, ``state``,
``step``, ``write_result`` and ``finish``."""
import json
import os

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer

OUT = os.environ["URBANPLAN_E2E_OUT"]
result = {}
state = {}
_paths = {}


def init(default_name, **extra):
    """Name the result file, reset the result and start recording QGIS's message log."""
    name = os.environ.get("URBANPLAN_E2E_NAME", default_name)
    _paths["result"] = os.path.join(OUT, f"{name}_result.json")
    result.clear()
    result.update({"qgis_version": Qgis.QGIS_VERSION, "errors": [], "messages": [],
                   "steps": []}, **extra)
    state.clear()
    state.update({"started": False, "finished": False})
    QgsApplication.messageLog().messageReceived.connect(_on_message)
    return name


def _on_message(message, tag, level):
    result["messages"].append({"tag": tag, "level": int(getattr(level, "value", level)),
                               "message": message})


def write_result():
    with open(_paths["result"], "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1, ensure_ascii=False, default=str)


def step(name):
    result["steps"].append(name)
    write_result()


def finish():
    """Write the result once and quit QGIS shortly after (the project marked clean first)."""
    if state["finished"]:
        return
    state["finished"] = True
    result["done"] = True
    write_result()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(300, _quit_qgis)


def _quit_qgis():
    QgsProject.instance().setDirty(False)
    QgsApplication.instance().quit()
    # if a dialog or the event loop keeps QGIS alive, leave hard (the result is written)
    QTimer.singleShot(5000, lambda: os._exit(0))
