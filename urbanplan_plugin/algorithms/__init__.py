"""One module per Processing algorithm. ``algorithm_classes`` is the provider's list.

Modules are imported here (not at plugin load), so a missing optional library only makes its
own algorithm unavailable."""
import importlib

ALGORITHM_MODULES = (
    ("preparewalknetwork", "PrepareWalkNetwork"),
    ("downloadosmnetwork", "DownloadOsmNetwork"),
    ("fifteenminutecity", "FifteenMinuteCity"),
    ("osmdestinations", "OsmDestinations"),
    ("servicearea", "ServiceArea"),
    ("accessibilitygrid", "AccessibilityGrid"),
    ("supplydemand", "SupplyDemand"),
    ("sdg1171", "Sdg1171"),
    ("greenspacecoverage", "GreenSpaceCoverage"),
    ("suggestsites", "SuggestSites"),
    ("comparescenarios", "CompareScenarios"),
    ("scorecard", "Scorecard"),
    ("floodexposure", "FloodExposure"),
    ("floodrisk", "FloodRisk"),
    ("floodextent", "FloodExtent"),
    ("floodsimulation", "FloodSimulation"),
    ("flooddisruption", "FloodDisruption"),
    ("report", "Report"),
    ("batchareas", "BatchAreas"),
)


def algorithm_classes():
    classes = []
    for module, cls in ALGORITHM_MODULES:
        try:
            mod = importlib.import_module(f"{__name__}.{module}")
        except ImportError as exc:
            # a missing optional library hides only this algorithm; the plugin still loads
            LOAD_ERRORS[module] = str(exc)
            _log(f"UrbanPlan: algorithm module '{module}' is unavailable: {exc}")
            continue
        classes.append(getattr(mod, cls))
    return classes


LOAD_ERRORS = {}


def _log(message):
    try:
        from qgis.core import Qgis, QgsMessageLog
        QgsMessageLog.logMessage(message, "UrbanPlan", Qgis.MessageLevel.Warning)
    except Exception:  # noqa: BLE001 - logging must never break loading
        pass
