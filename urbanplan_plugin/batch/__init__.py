"""Headless batch runs: one UrbanPlan analysis over many areas (cities, or tiles of a region),
without QGIS, on a Dask cluster.

    python3 -m urbanplan_plugin.batch ALGORITHM --areas AREAS.gpkg [--area-id FIELD] \\
        --param KEY=VALUE ... --out DIR [--scheduler tcp://host:8786] [--workers N]

See docs/batch.md. Reading and writing use GDAL/OGR (``ogr_io``); the computing is the engine's
(``core``), called as the Processing algorithms call it (``algorithms``); ``runner`` sends the
areas to Dask and joins the results. Nothing here imports QGIS.
"""


def run_batch(*args, **kwargs):
    from .runner import run_batch as run
    return run(*args, **kwargs)


def algorithm_names():
    from .algorithms import ALGORITHMS
    return sorted(ALGORITHMS)
