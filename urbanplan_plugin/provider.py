"""The Processing provider (id ``urbanplan``): lists the plugin's algorithms."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .paths import ICON_PATH


class UrbanPlanProvider(QgsProcessingProvider):

    def id(self):
        return "urbanplan"

    def name(self):
        return tr("UrbanPlan")

    def longName(self):
        return tr("UrbanPlan: walkability, public space and flood exposure")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):
        return ICON_PATH

    def loadAlgorithms(self):
        from .algorithms import algorithm_classes
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
