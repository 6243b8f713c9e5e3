"""UrbanPlan: walkability, public space and flood exposure for city planners, inside QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """QGIS calls this to load the plugin. Nothing here may need ``iface`` at import time:
    qgis_process loads the plugin without one and calls only initProcessing()."""
    from .plugin import UrbanPlanPlugin
    return UrbanPlanPlugin(iface)
