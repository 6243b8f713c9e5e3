"""What every UrbanPlan algorithm shares: translation, icon, help link, groups."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import ICON_PATH, help_url, resource_path


GROUPS = {
    "prepare": lambda: tr("Prepare"),
    "walkability": lambda: tr("Walkability"),
    "publicspace": lambda: tr("Public space"),
    "flood": lambda: tr("Flood"),
    "scenarios": lambda: tr("Scenarios"),
    "report": lambda: tr("Report"),
}


class UrbanPlanAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME``, ``GROUP`` and implement ``displayName``, ``shortHelpString``,
    ``initAlgorithm`` and ``processAlgorithm``."""

    NAME = ""
    GROUP = "prepare"

    def tr(self, text):
        return tr(text)

    def name(self):
        return self.NAME

    def group(self):
        return GROUPS[self.GROUP]()

    def groupId(self):  # noqa: N802
        return self.GROUP

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        """One icon per group, so toolbar buttons and menu entries can be told apart."""
        path = resource_path("icons", f"group_{self.GROUP}.svg")
        return path if os.path.exists(path) else ICON_PATH

    def helpUrl(self):  # noqa: N802
        """The algorithm's section of the algorithm pages: the copy installed with the
        plugin (offline), else the web page."""
        return help_url("algorithms", self.NAME)

    def createInstance(self):  # noqa: N802
        return type(self)()

    # every run is remembered (for urbanplan:report) and every output layer Processing loads
    # into the project gets its UrbanPlan style (project/runs.py, project/styles.py)
    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..project.runs import remember_parameters
        remember_parameters(self, parameters)
        return True

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        from ..project.runs import after_run
        after_run(self, context)
        return {}

    def add_origin_and_destination_parameters(self):
        """ORIGINS, POPULATION_FIELD, GROUP_FIELDS, DESTINATIONS and CATEGORY_FIELD, declared
        the same way by every algorithm that asks who reaches which services."""
        points_or_polygons = [QgsProcessing.SourceType.TypeVectorPoint,
                              QgsProcessing.SourceType.TypeVectorPolygon]
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ORIGINS", self.tr("Origins (homes, buildings, population grid: points or polygons)"),
            points_or_polygons))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_FIELD", self.tr("Population field (empty = every origin counts 1)"),
            parentLayerParameterName="ORIGINS", type=numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "GROUP_FIELDS", self.tr("Population group fields (people per group, e.g. children, "
                                    "elderly)"),
            parentLayerParameterName="ORIGINS", type=numeric, optional=True, allowMultiple=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DESTINATIONS", self.tr("Destinations (services: points or polygons)"),
            points_or_polygons))
        self.addParameter(QgsProcessingParameterField(
            "CATEGORY_FIELD", self.tr("Category field (empty = one category 'all')"),
            parentLayerParameterName="DESTINATIONS", optional=True))
