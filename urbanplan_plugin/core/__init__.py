"""UrbanPlan engine: pure Python with numpy and scipy (networkx, osmnx, scikit-learn at the
edges). Nothing below this package imports QGIS, so it is testable and usable without it."""
