"""The QGIS plugin object: provider, menu and toolbar in; unload() takes them all out again."""
from qgis.core import QgsApplication

from .i18n import install_translator, remove_translator, tr
from .paths import ICON_PATH, resource_path
from .provider import UrbanPlanProvider

TOOLBAR_ALGORITHMS = ("preparewalknetwork", "fifteenminutecity", "sdg1171", "floodexposure")
"""Algorithms that also get a toolbar button (those that exist in this version)."""
WORKFLOW = ("prepare", "walkability", "publicspace", "flood", "scenarios", "report")
"""Menu groups in the order a planner works: prepare the data, the three lenses, compare
scenarios, report (any other group after them, alphabetically)."""
DOCK_ICONS = {"UrbanPlanScenarioDock": "dock_scenarios.svg",
              "UrbanPlanCompareDock": "dock_compare.svg"}


def workflow_order(alg):
    group = alg.groupId()
    rank = WORKFLOW.index(group) if group in WORKFLOW else len(WORKFLOW)
    return (rank, group, alg.name())


class UrbanPlanPlugin:

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.docks = []
        self.scenario_store = None
        self._tabified = False
        install_translator()

    def initProcessing(self):  # noqa: N802 - qgis_process calls only this, without iface
        if self.provider is None:
            self.provider = UrbanPlanProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        from qgis.PyQt.QtWidgets import QAction, QMenu
        self.initProcessing()
        main = self.iface.mainWindow()
        self.menu = QMenu(tr("UrbanPlan"), main)
        self.menu.setObjectName("UrbanPlanMenu")
        self.toolbar = self.iface.addToolBar(tr("UrbanPlan"))
        self.toolbar.setObjectName("UrbanPlanToolbar")
        submenus = {}
        for alg in sorted(self.provider.algorithms(), key=workflow_order):
            sub = submenus.get(alg.groupId())
            if sub is None:
                sub = submenus[alg.groupId()] = self.menu.addMenu(alg.group())
            action = QAction(alg.icon(), alg.displayName() + "…", main)
            action.setObjectName(f"urbanplan_{alg.name()}")
            action.setToolTip(alg.shortDescription() or alg.displayName())
            action.triggered.connect(lambda _=False, a=alg.id(): self.open_algorithm(a))  # noqa: B008
            sub.addAction(action)
            self.actions.append(action)
            if alg.name() in TOOLBAR_ALGORITHMS:
                self.toolbar.addAction(action)
        menubar = main.menuBar()
        # place the menu before "Help", where users look for plugin menus
        help_action = next((a for a in menubar.actions()
                            if a.menu() is not None and a.menu().objectName() == "mHelpMenu"), None)
        if help_action is not None:
            menubar.insertMenu(help_action, self.menu)
        else:
            menubar.addMenu(self.menu)
        self.init_docks()
        self.init_workshop_action()

    def init_workshop_action(self):
        """UrbanPlan > Open workshop project… (project/workshop.py)."""
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction
        action = QAction(QIcon(ICON_PATH), tr("Open workshop project…"), self.iface.mainWindow())
        action.setObjectName("urbanplan_open_workshop")
        action.setToolTip(tr("Open the sample project with ready scenarios for a training "
                             "session (a copy in your Documents folder)."))
        action.triggered.connect(self.open_workshop)
        self.menu.addSeparator()
        self.menu.addAction(action)
        self.actions.append(action)

    def open_workshop(self):
        from .project.workshop import open_workshop_project
        try:
            open_workshop_project(self.iface)
        except Exception as exc:  # noqa: BLE001 - shown in the message bar, never a traceback
            from qgis.core import Qgis, QgsMessageLog
            QgsMessageLog.logMessage(str(exc), "UrbanPlan", Qgis.MessageLevel.Warning)

    def init_docks(self):
        """The scenario and compare docks (hidden until their menu/toolbar toggle is used)."""
        from qgis.core import Qgis, QgsMessageLog
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QIcon
        try:
            from .project.scenario_store import ScenarioStore
            from .ui.compare_dock import CompareDock
            from .ui.scenario_dock import ScenarioDock
            main = self.iface.mainWindow()
            self.scenario_store = ScenarioStore(parent=main)
            self.menu.addSeparator()
            for cls in (ScenarioDock, CompareDock):
                dock = cls(self.iface, self.scenario_store, main)
                self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
                dock.hide()
                action = dock.toggleViewAction()
                action.setIcon(QIcon(resource_path(
                    "icons", DOCK_ICONS.get(dock.objectName(), "group_scenarios.svg"))))
                # a dock opened from the menu comes to the front of its tab group
                action.toggled.connect(lambda on, d=dock: self._dock_opened(d) if on else None)
                self.menu.addAction(action)
                self.toolbar.addAction(action)
                self.docks.append(dock)
            self._tabified = False
        except Exception as exc:  # the docks must never stop the plugin (and Processing) loading
            QgsMessageLog.logMessage(tr("The UrbanPlan scenario docks could not be created: {e}")
                                     .format(e=exc), "UrbanPlan", Qgis.MessageLevel.Warning)

    def _dock_opened(self, dock):
        """Bring a dock opened from the menu or toolbar to the front. The first time both
        docks are open in the same dock area they become two tabs there, so each has the
        window's full height (stacked, on a 1000-pixel screen, neither shows its lists);
        an arrangement the user makes later is left alone."""
        try:
            main = self.iface.mainWindow()
            others = [d for d in self.docks if d is not dock and d.isVisible()]
            if not self._tabified and others and not dock.isFloating() and \
                    not others[0].isFloating() and \
                    main.dockWidgetArea(others[0]) == main.dockWidgetArea(dock):
                main.tabifyDockWidget(others[0], dock)
                self._tabified = True
            dock.raise_()
        except (AttributeError, RuntimeError):
            pass

    def unload_docks(self):
        from .ui.compat import remove_dock
        for dock in self.docks:
            if self.toolbar is not None:
                self.toolbar.removeAction(dock.toggleViewAction())
            if self.menu is not None:
                self.menu.removeAction(dock.toggleViewAction())
            dock.cleanup()
            remove_dock(self.iface, dock)
        self.docks = []
        if self.scenario_store is not None:
            self.scenario_store.close()
            self.scenario_store.deleteLater()
            self.scenario_store = None

    def open_algorithm(self, alg_id):
        """Open the Processing dialog of one of our algorithms."""
        from qgis import processing
        processing.execAlgorithmDialog(alg_id, {})

    def unload(self):
        self.unload_docks()
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
