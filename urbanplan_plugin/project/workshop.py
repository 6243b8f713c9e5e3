"""The workshop kit: the sample project shipped in ``resources/workshop`` (built by
tools/build_workshop_project.py), opened from the menu "UrbanPlan > Open workshop project".

Participants work on a copy in their own folder (``<Documents>/UrbanPlan workshop``), so the
shipped project stays clean and every participant can start again by deleting the copy."""
import os
import shutil

from ..core.common.errors import UrbanPlanError
from ..i18n import tr
from ..paths import resource_path

PROJECT_FILE = "helsinki_workshop.qgz"


def workshop_dir():
    return resource_path("workshop")


def shipped_project():
    return os.path.join(workshop_dir(), PROJECT_FILE)


def default_target():
    """<Documents>/UrbanPlan workshop (the home folder when there is no Documents folder)."""
    from qgis.PyQt.QtCore import QStandardPaths
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not docs or not os.path.isdir(docs):
        docs = os.path.expanduser("~")
    return os.path.join(docs, "UrbanPlan workshop")


def prepare_copy(target=None, fresh=False):
    """Copy the workshop folder to ``target`` (once; ``fresh`` replaces an earlier copy) and
    return the path of the project file in it."""
    src = workshop_dir()
    if not os.path.exists(shipped_project()):
        raise UrbanPlanError(tr(
            "The workshop project is not installed ({p}). Reinstall the plugin, or build it with "
            "'python tools/build_workshop_project.py' in a development checkout.").format(
            p=shipped_project()))
    target = target or default_target()
    project = os.path.join(target, PROJECT_FILE)
    if fresh and os.path.isdir(target):
        shutil.rmtree(target)
    if not os.path.exists(project):
        try:
            os.makedirs(target, exist_ok=True)
            for name in os.listdir(src):
                s = os.path.join(src, name)
                if os.path.isfile(s) and not name.endswith(".aux.xml"):
                    shutil.copy2(s, os.path.join(target, name))
        except OSError as exc:
            raise UrbanPlanError(tr("The workshop project could not be copied to {t}: {e}")
                                 .format(t=target, e=exc)) from None
    return project


def open_workshop_project(iface, target=None, ask=True):
    """Open (a copy of) the workshop project in QGIS. Returns the project path, or None when
    the user keeps the current project."""
    from qgis.core import Qgis, QgsProject
    try:
        path = prepare_copy(target)
    except UrbanPlanError as exc:
        if iface is not None:
            from ..qgis_io.layers import engine_message
            iface.messageBar().pushMessage(tr("UrbanPlan"), engine_message(exc),
                                           Qgis.MessageLevel.Critical)
        raise
    if iface is not None:
        if ask and not iface.newProject(True):   # the user cancelled saving the current one
            return None
        iface.addProject(path)
        push_opened_message(iface, path)
    else:
        QgsProject.instance().read(path)
    return path


def exercise_sheet():
    """The workshop sheet for the interface language: 'workshop_2h.zh_CN' in Chinese,
    'workshop_2h' otherwise."""
    from ..i18n import user_locale
    return "workshop_2h.zh_CN" if user_locale().lower().startswith("zh") else "workshop_2h"


def push_opened_message(iface, path):
    """A short message after opening, with a button that opens the exercises: the copy of the
    workshop sheets installed with the plugin (offline), else the web page."""
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QDesktopServices
    from qgis.PyQt.QtWidgets import QPushButton

    from ..paths import help_url
    url = help_url(exercise_sheet())
    bar = iface.messageBar()
    text = tr("Workshop project opened (your copy: {f}). Its three scenarios are in the "
              "Scenario dock. Delete the folder to start again.").format(f=os.path.dirname(path))
    try:
        item = bar.createMessage(tr("UrbanPlan"), text)
        button = QPushButton(tr("Open the exercises"), item)
        button.setToolTip(url)
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
        item.layout().addWidget(button)
        item.setLevel(Qgis.MessageLevel.Info)
        item.setDuration(30)
        bar.pushItem(item)
    except (AttributeError, TypeError, RuntimeError):   # a minimal interface (tests)
        bar.pushMessage(tr("UrbanPlan"), text + " " + url, Qgis.MessageLevel.Info, 15)
    return url
