"""Prepared networks loaded instead of rebuilt, and the Dask batch from 1 to 2 workers.

Case "network ... load vs build": a street grid of about a million edges (100 000 with
--quick), prepared once into a GeoPackage with its arrays stored (core/network/store.py).
Loading the stored arrays (what every analysis now does) is compared with rebuilding the network
from the prepared edges (GDAL/OGR, the batch's fallback), with the QGIS reader the algorithms
used before (one feature at a time; skipped with --quick) and with building it from the street
lines. Ratios are time / the load time.

Case "batch ... cities": ``fifteenminutecity`` for simulated small cities (batch/synthetic.py)
on a local Dask cluster of 1 and of 2 worker processes (the cluster is started before the clock
runs; seconds = computing the areas). The note gives the time per area and what 100 workers
would need for 300 such cities (300 x the time per area / 100, plus the measured overhead per
area of sending and collecting it).

Data are written once to bench_output/batch_data/ and reused by later runs."""
import os
import resource
import shutil
import time
from pathlib import Path

from benchutil import grid_lines, timed

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench_output" / "batch_data"


def _network_file(n_segments):
    """(prepared gpkg with stored arrays, street lines gpkg) for a grid of ``n_segments``."""
    from urbanplan_plugin.batch import ogr_io
    from urbanplan_plugin.batch.network import write_prepared
    from urbanplan_plugin.batch.synthetic import _line
    from urbanplan_plugin.core.network.build import LineSet, build_network
    folder = DATA / f"grid_{n_segments}"
    prepared, streets = folder / "network.gpkg", folder / "streets.gpkg"
    if prepared.exists() and streets.exists():
        return str(prepared), str(streets)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    lines = grid_lines(n_segments)
    srs = ogr_io.srs_from_user("EPSG:32723")
    net = build_network(LineSet.from_lines(lines), tolerance=0.5, crs="EPSG:32723")
    write_prepared(str(prepared), net, srs)
    _, ogr, _ = ogr_io.gdal_modules()
    w = ogr_io.GpkgWriter(str(streets))
    lw = w.layer("streets", srs, ogr.wkbLineString, (), [("highway", "string")])
    lw.write([["residential"]] * len(lines), [_line(xy) for xy in lines])
    w.close()
    return str(prepared), str(streets)


def load_stored(n_segments):
    from urbanplan_plugin.core.network import store
    path, _ = _network_file(n_segments)
    res = {}
    with timed(res):
        net = store.read_store(path, "network")  # the content key is checked too
    res["note"] = f"{net.edge_count:,} edges, {net.node_count:,} nodes"
    return res


def rebuild_from_edges(n_segments):
    from urbanplan_plugin.batch import ogr_io
    from urbanplan_plugin.batch.network import read_prepared
    path, _ = _network_file(n_segments)
    res = {}
    with timed(res):
        layer = ogr_io.VectorLayer(path)
        net = read_prepared(layer, layer.srs())
    res["note"] = f"{net.edge_count:,} edges (OGR Arrow read + renumbering)"
    return res


def qgis_read_prepared(n_segments):
    """The QGIS reader the algorithms used before the store: one feature at a time."""
    import os as _os
    _os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    from urbanplan_plugin.qgis_io import layers, network_store
    path, _ = _network_file(n_segments)
    network_store.stored_network = lambda *a, **k: None  # the reader without the store
    layers_mod = layers
    res = {}
    layer = QgsVectorLayer(path, "network", "ogr")
    with timed(res):
        net = layers_mod.read_prepared_network(layer, layer.crs())
    res["note"] = f"{net.edge_count:,} edges (QgsFeature loop, before this change)"
    del layer
    app.exitQgis()
    return res


def build_from_lines(n_segments):
    from urbanplan_plugin.batch import ogr_io
    from urbanplan_plugin.batch.network import build_from_lines as build
    _, streets = _network_file(n_segments)
    res = {}
    with timed(res):
        layer = ogr_io.VectorLayer(streets)
        net = build(layer, layer.srs(), 0.5, True, [])
    res["note"] = f"{net.edge_count:,} edges from {layer.feature_count():,} lines"
    return res


def _cities(n_cities, blocks):
    from urbanplan_plugin.batch.synthetic import write_region
    folder = DATA / f"cities_{n_cities}_{blocks}"
    if not (folder / "areas.gpkg").exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_region(str(folder), cities=n_cities, blocks=blocks, seed=21)
    return {k: str(folder / f"{k}.gpkg") for k in ("homes", "services", "network", "areas")}


def batch_run(n_cities, blocks, workers):
    import numpy as np

    from urbanplan_plugin.batch.runner import Cluster, run_batch
    paths = _cities(n_cities, blocks)
    out = DATA / f"run_{n_cities}_{blocks}_{workers}"
    shutil.rmtree(out, ignore_errors=True)
    params = {"ORIGINS": paths["homes"], "POPULATION_FIELD": "population",
              "DESTINATIONS": paths["services"], "CATEGORY_FIELD": "category",
              "NETWORK": paths["network"]}
    cluster = Cluster(workers=workers)
    try:
        t0 = time.perf_counter()
        res = run_batch("fifteenminutecity", paths["areas"], params, str(out), area_id="city",
                        cluster=cluster, progress=False)
        wall = time.perf_counter() - t0
    finally:
        cluster.close()
    assert res.ok and res.done == n_cities, res.failed
    per_area = float(np.mean(res.area_seconds))
    # what one area costs the cluster beyond its own computing (sending, collecting)
    overhead = max(res.compute_seconds * workers / n_cities - per_area, 0.0)
    need = 300 * (per_area + overhead) / 100.0
    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    return {"seconds": res.compute_seconds,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
            "note": f"{workers} worker(s): {60 * n_cities / res.compute_seconds:.0f} areas/min; "
                    f"{per_area:.2f} s per area (+{overhead:.2f} s overhead); "
                    f"300 cities on 100 workers: {need:.1f} s; wall {wall:.1f} s with "
                    f"prepare and join; worker peak {workers_mb:.0f} MB"}


def cases(quick=False):
    n = 100_000 if quick else 1_000_000
    label = "100k" if quick else "1M"
    network = {"load stored arrays": ("load_stored", {"n_segments": n}),
               "rebuild from edges (OGR)": ("rebuild_from_edges", {"n_segments": n}),
               "build from street lines": ("build_from_lines", {"n_segments": n})}
    if not quick:
        network["QGIS reader before (edges)"] = ("qgis_read_prepared", {"n_segments": n})
    cities, blocks = (12, 8) if quick else (60, 12)
    batch = {"1 worker": ("batch_run", {"n_cities": cities, "blocks": blocks, "workers": 1}),
             "2 workers": ("batch_run", {"n_cities": cities, "blocks": blocks, "workers": 2})}
    return [(f"network {label} edges: load vs build", network),
            (f"batch {cities} cities: 1 vs 2 workers", batch)]


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for case, tools in cases(quick=True):
        for tool, (func, kwargs) in tools.items():
            print(case, tool, globals()[func](**kwargs))
