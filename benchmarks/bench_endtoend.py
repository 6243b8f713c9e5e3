"""End to end (issue 19): floodexposure vs native:zonalstatisticsfb on 1M footprints, and the
start-up / read / engine / write split of floodexposure and fifteenminutecity.

Every tool runs in its own Python process that starts QGIS, registers the providers and runs
one algorithm through ``processing.run`` (a warm-up run on a tiny input first, not timed, so
imports and provider loading count as start-up); the seconds and CPU seconds are those of the
timed ``processing.run``. The start-up (QgsApplication, Processing, the UrbanPlan provider) is
measured in the same process and given in the note.

* ``floodexposure end to end vs native:zonalstatisticsfb``: 1 000 000 synthetic footprints
  (bench_flood's rotated rectangles, a GeoPackage) on a 10 000 x 10 000 depth raster of 1 m
  cells; both tools write a GeoPackage (a copy of the input features with their result columns:
  zonal statistics adds count, mean and max; floodexposure its depth, class and wet share) and
  the case ``... -> memory layer`` writes TEMPORARY_OUTPUT instead. Interleaved, REPEATS runs.
* ``fifteenminutecity end-to-end split``: the São Paulo OSM extract (``spo_osm.pbf``, the lines
  layer as it is: 6 195 ways, 10 297 walkable edges after noding -- the largest bundled city;
  the issue's 26 000-edge figure came from a larger extract), 323 resident hexagons and 51
  climate shelters (resources/data/examples), the result written to a GeoPackage.

The split (note ``split``): ``read`` = time inside processAlgorithm outside the engine and the
writer (reading layers and files, CRS work, checks); ``engine`` = the engine's calls (noding,
edge index, searches, summary; floodexposure's statistics and result columns); ``write`` = the
algorithm's ``_write`` (sinks, features, closing the files) plus ``postProcessAlgorithm``
(styles, run record); ``other`` = the rest of processing.run (parameter checks, staging).
Each part is the exclusive time of wrapped functions (an engine call inside a reader counts as
engine).

``root=`` (a checkout of the plugin) lets the same code time another version of the plugin:
``python3 benchmarks/bench_endtoend.py --before /path/to/old/checkout`` prints both splits.
"""
import os
import sys
import time
from pathlib import Path

from benchutil import peak_mb

REPEATS = 3
ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench_output" / "_cache"
OUT = ROOT / "bench_output" / "endtoend"
N_RASTER, N_FOOTPRINTS = 10_000, 1_000_000


# ------------------------------------------------------------------------------- QGIS
def _start_qgis(root):
    t0, c0 = time.perf_counter(), time.process_time()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(root))
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from urbanplan_plugin.provider import UrbanPlanProvider
    provider = UrbanPlanProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider, (time.perf_counter() - t0, time.process_time() - c0)


class _Split:
    """Exclusive wall time per part of the run (a stack of wrapped calls)."""

    def __init__(self):
        self.parts = {}
        self.stack = []

    def wrap(self, owner, name, part):
        func = getattr(owner, name, None)
        if func is None or getattr(func, "_split_wrapped", False):
            return
        split = self

        def wrapped(*args, **kwargs):
            split.stack.append([part, time.perf_counter(), 0.0])
            try:
                return func(*args, **kwargs)
            finally:
                p, t0, inner = split.stack.pop()
                dt = time.perf_counter() - t0
                split.parts[p] = split.parts.get(p, 0.0) + dt - inner
                if split.stack:
                    split.stack[-1][2] += dt
        wrapped._split_wrapped = True
        setattr(owner, name, wrapped)

    def text(self, total, startup):
        p = self.parts
        known = p.get("read", 0.0) + p.get("engine", 0.0) + p.get("write", 0.0)
        return (f"split start-up {startup:.2f} / read {p.get('read', 0.0):.2f} / engine "
                f"{p.get('engine', 0.0):.2f} / write {p.get('write', 0.0):.2f} / other "
                f"{max(total - known, 0.0):.2f} s")


def _instrument(alg_module, alg_class):
    """Wrap the engine calls, the writer and the algorithm of one run."""
    import importlib
    split = _Split()
    engine = [("urbanplan_plugin.core.network.build", "build_network"),
              ("urbanplan_plugin.qgis_io.layers", "build_network"),
              ("urbanplan_plugin.qgis_io.network_read", "build_network"),
              ("urbanplan_plugin.core.walk.fifteenminutecity", "walk_access"),
              ("urbanplan_plugin.core.walk.fifteenminutecity", "summarize_access"),
              ("urbanplan_plugin.algorithms.fifteenminutecity", "walk_access"),
              ("urbanplan_plugin.algorithms.fifteenminutecity", "summarize_access"),
              ("urbanplan_plugin.core.flood.floodexposure", "flood_exposure"),
              ("urbanplan_plugin.core.flood.floodexposure", "result_columns")]
    for mod_name, func in engine:
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            continue
        split.wrap(mod, func, "engine")
    from urbanplan_plugin.core.network.snap import EdgeIndex
    split.wrap(EdgeIndex, "__init__", "engine")
    mod = importlib.import_module(alg_module)
    cls = getattr(mod, alg_class)
    split.wrap(cls, "_write", "write")
    split.wrap(cls, "postProcessAlgorithm", "write")
    split.wrap(cls, "processAlgorithm", "read")   # what is left inside it is reading
    return split


def _run(alg_id, params, warm, root, split_of=None):
    app, provider, (startup, startup_cpu) = _start_qgis(root)
    from qgis import processing
    processing.run(alg_id, warm)    # imports, first-use caches: not timed
    split = _instrument(*split_of) if split_of else None
    res = {}
    c0, t0 = time.process_time(), time.perf_counter()
    out = processing.run(alg_id, params)
    res["seconds"] = time.perf_counter() - t0
    res["cpu_s"] = time.process_time() - c0
    res["peak_mb"] = peak_mb()
    res["startup_s"] = startup
    res["note"] = f"start-up {startup:.2f} s (CPU {startup_cpu:.2f})"
    if split is not None:
        res["note"] += "; " + split.text(res["seconds"], startup)
        res["split"] = dict(split.parts, startup=startup, total=res["seconds"])
    del app, provider
    return res, out


# ------------------------------------------------------------------------------- data
def _flood_data(quick=False):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_flood as bf
    n, count = (2_000, 20_000) if quick else (N_RASTER, N_FOOTPRINTS)
    _, tif = bf.depth_raster(n)
    return tif, bf.footprint_gpkg(n, count), bf.footprint_gpkg(n, 100), count


def _output(name, fmt):
    if fmt == "memory":
        return "TEMPORARY_OUTPUT"
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}_{os.getpid()}.gpkg"
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        if p.exists():
            p.unlink()
    return str(path)


def _cleanup(path):
    if path != "TEMPORARY_OUTPUT":
        for p in (Path(path), Path(path + "-wal"), Path(path + "-shm")):
            if p.exists():
                p.unlink()


def floodexposure(fmt="gpkg", quick=False, root=None):
    tif, gpkg, small, count = _flood_data(quick)
    out = _output("floodexposure", fmt)
    res, result = _run("urbanplan:floodexposure",
                       {"HAZARD": tif, "EXPOSURE": gpkg, "OUTPUT": out},
                       {"HAZARD": tif, "EXPOSURE": small, "OUTPUT": "TEMPORARY_OUTPUT"},
                       root or ROOT, ("urbanplan_plugin.algorithms.floodexposure",
                                      "FloodExposure"))
    res["note"] = (f"{count:,} footprints -> {fmt}, {result['EXPOSED_COUNT']:,} exposed; "
                   + res["note"])
    _cleanup(out)
    return res


def zonalstatistics(fmt="gpkg", quick=False, root=None):
    tif, gpkg, small, count = _flood_data(quick)
    out = _output("zonalstats", fmt)
    params = {"INPUT_RASTER": tif, "RASTER_BAND": 1, "COLUMN_PREFIX": "q_",
              "STATISTICS": [0, 2, 6]}
    res, _ = _run("native:zonalstatisticsfb", dict(params, INPUT=gpkg, OUTPUT=out),
                  dict(params, INPUT=small, OUTPUT="TEMPORARY_OUTPUT"), root or ROOT)
    res["note"] = f"{count:,} footprints -> {fmt} (count, mean, max); " + res["note"]
    _cleanup(out)
    return res


def _walk_data():
    import shutil
    CACHE.mkdir(parents=True, exist_ok=True)
    gpkg = CACHE / "sao_paulo_climate_shelters.gpkg"    # QGIS touches a GeoPackage it opens
    if not gpkg.exists():
        shutil.copy2(ROOT / "resources" / "data" / "examples" / "sao_paulo_climate_shelters.gpkg",
                     gpkg)
    osm = ROOT / "resources" / "data" / "sao_paulo" / "spo_osm.pbf"
    return f"{osm}|layername=lines", f"{gpkg}|layername=residents", f"{gpkg}|layername=shelters"


def fifteenminutecity(quick=False, root=None):
    lines, residents, shelters = _walk_data()
    out = _output("fifteenminutecity", "gpkg")
    params = {"NETWORK": lines, "ORIGINS": residents, "POPULATION_FIELD": "population",
              "DESTINATIONS": shelters, "CATEGORY_FIELD": "category", "OUTPUT": out}
    res, result = _run("urbanplan:fifteenminutecity", params,
                       dict(params, OUTPUT="TEMPORARY_OUTPUT"), root or ROOT,
                       ("urbanplan_plugin.algorithms.fifteenminutecity", "FifteenMinuteCity"))
    res["note"] = (f"São Paulo OSM lines, 323 origins, 51 destinations, POP_TOTAL "
                   f"{result['POP_TOTAL']:,.0f}; " + res["note"])
    _cleanup(out)
    return res


def cases(quick=False):
    flood = f"{'20,000' if quick else '1,000,000'} footprints"
    return [
        (f"floodexposure end to end vs native:zonalstatisticsfb, {flood} -> GeoPackage", {
            "urbanplan floodexposure": ("floodexposure", {"fmt": "gpkg", "quick": quick}),
            "native:zonalstatisticsfb": ("zonalstatistics", {"fmt": "gpkg", "quick": quick}),
        }),
        (f"floodexposure end to end vs native:zonalstatisticsfb, {flood} -> memory layer", {
            "urbanplan floodexposure": ("floodexposure", {"fmt": "memory", "quick": quick}),
            "native:zonalstatisticsfb": ("zonalstatistics", {"fmt": "memory", "quick": quick}),
        }),
        ("fifteenminutecity end-to-end split, São Paulo OSM (10k walkable edges)", {
            "urbanplan fifteenminutecity": ("fifteenminutecity", {"quick": quick}),
        }),
    ]


def _main():
    """Print the split of floodexposure and fifteenminutecity for this checkout and, with
    ``--before PATH``, for another checkout of the plugin (min of ``--repeats`` runs each)."""
    import argparse
    import json
    import subprocess
    parser = argparse.ArgumentParser(description=_main.__doc__)
    parser.add_argument("--before", help="another checkout of the plugin (e.g. main)")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="fifteenminutecity,floodexposure")
    args = parser.parse_args()
    roots = [("after", str(ROOT))] + ([("before", args.before)] if args.before else [])
    rows = {}
    for _ in range(args.repeats):
        for func in args.only.split(","):
            for label, root in roots:
                kwargs = {"quick": args.quick, "root": root}
                code = ("import json,sys;sys.path[:0]=[%r];import bench_endtoend as b;"
                        "print('RESULT'+json.dumps(b.%s(**json.loads(sys.argv[1]))))"
                        % (str(ROOT / "benchmarks"), func))
                proc = subprocess.run([sys.executable, "-c", code, json.dumps(kwargs)],
                                      capture_output=True, text=True,
                                      env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
                line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT")),
                            None)
                if line is None:
                    print(label, func, "failed:", proc.stderr.strip()[-400:])
                    continue
                r = json.loads(line[6:])
                key = (func, label)
                if key not in rows or r["seconds"] < rows[key]["seconds"]:
                    rows[key] = r
                print(label, func, f"{r['seconds']:.2f} s cpu {r['cpu_s']:.2f}", r["note"],
                      flush=True)
    print("\n| run | version | start-up s | read s | engine s | write s | other s | run s "
          "| CPU s |\n|---|---|---|---|---|---|---|---|---|")
    for (func, label), r in sorted(rows.items()):
        s = r.get("split", {})
        total = s.get("total", r["seconds"])
        known = s.get("read", 0) + s.get("engine", 0) + s.get("write", 0)
        print(f"| {func} | {label} | {s.get('startup', 0):.2f} | {s.get('read', 0):.2f} | "
              f"{s.get('engine', 0):.2f} | {s.get('write', 0):.2f} | "
              f"{max(total - known, 0):.2f} | {r['seconds']:.2f} | {r['cpu_s']:.2f} |")


if __name__ == "__main__":
    _main()
