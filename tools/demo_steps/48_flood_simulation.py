"""Rain on the Helsinki terrain (Lapinlahti, the bundled 2021 elevation model): a 40 mm, 1-hour
Chicago storm simulated for 1.5 hours, the baseline (no drainage) against the scenario
"Drainage 20 mm/h" (a parameter change, DRAINAGE_MM_H = 20), compared through the compare dock's
flood-simulation lens: the same runner, indicators and difference rasters the dock shows
(ui/compare_runner.py, core/scenarios/lenses.py). The people of the population grid count as
flooded where their cell's water reached 10 cm (and for 30 minutes or more).

The elevation model is in degrees (EPSG:4326); the simulation needs square cells in metres, so
it is first warped to ETRS-TM35FIN (EPSG:3067) with 2 m cells (about 115 x 175 cells: a quick
run). Buildings are not burned in (no footprints are bundled): water flows over the whole
surface model as it is."""
import shutil
import time

RAIN_MM = 40.0
CELL = 2.0
SCENARIO = "Drainage 20 mm/h"


def run(ctx):
    from osgeo import gdal
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication

    from urbanplan_plugin.core.scenarios.lenses import analysis, indicator_label
    from urbanplan_plugin.core.scenarios.model import BASELINE_NAME, ScenarioSet
    from urbanplan_plugin.project.scenario_store import layer_ref
    from urbanplan_plugin.ui.compare_dock import CompareDock
    from urbanplan_plugin.ui.compare_runner import CompareRunner

    gdal.UseExceptions()
    src = ctx.data / "helsinki" / "elevation_model_2021_lapinlahti.tif"
    dem_path = ctx.path("helsinki_dem_3067_2m.tif")
    gdal.Warp(str(dem_path), str(src), dstSRS="EPSG:3067", xRes=CELL, yRes=CELL,
              resampleAlg="bilinear", dstNodata=-9999.0)
    project = QgsProject.instance()
    dem = QgsRasterLayer(dem_path, "Terrain, Lapinlahti (2 m)", "gdal")
    people = QgsVectorLayer(f"{ctx.data / 'helsinki' / 'helsinki_population_grid_2020.gpkg'}",
                            "Population grid 2020", "ogr")
    project.addMapLayers([dem, people])
    sset = ScenarioSet()
    sset.set_baseline("terrain", layer_ref(dem))
    sset.set_baseline("population", layer_ref(people))
    sset.create(SCENARIO, "The sewer inlets remove 20 mm/h (the 'designed for a 20-year "
                          "event' knob): DRAINAGE_MM_H = 20.").params["DRAINAGE_MM_H"] = 20.0
    params = {"DEM": dem, "RAIN_MM": RAIN_MM, "DURATION_H": 1.0, "HYETOGRAPH": "chicago",
              "SIMULATION_H": 1.5, "BOUNDARY": "open", "DRAINAGE_MM_H": 0.0,
              "POPULATION": people, "POPULATION_FIELD": "population", "MIN_HOURS": 0.5}
    spec = analysis("floodsimulation")
    runner = CompareRunner(spec, sset, params, [SCENARIO], project)
    box = {}
    runner.finished.connect(lambda r: box.setdefault("ok", r))
    runner.failed.connect(lambda m: box.setdefault("fail", m))
    if not runner.start():
        raise RuntimeError(box.get("fail", "the comparison did not start"))
    while not box:                       # the runner works in QGIS tasks: serve their signals
        QCoreApplication.processEvents()
        time.sleep(0.02)
    if "fail" in box:
        raise RuntimeError(box["fail"])
    res = box["ok"]
    print(f"Rain on the Helsinki terrain: {RAIN_MM:g} mm in 1 h (Chicago storm), 1.5 h "
          f"simulated, {CELL:g} m cells; compared through the compare dock's lens "
          f"'{spec.label}'")
    print(f"  {'indicator':<48}{BASELINE_NAME:>12}{SCENARIO:>18}{'change':>12}  verdict")
    for row in CompareDock.visible_rows(res):
        c = row["scenarios"][SCENARIO]
        if row["base"] is None and c["scenario"] is None:
            continue
        print(f"  {indicator_label(row['indicator'])[:47]:<48}{_num(row['base']):>12}"
              f"{_num(c['scenario']):>18}{_num(c['delta'], signed=True):>12}  {c['verdict']}")
    counts = res.delta_counts[SCENARIO]
    print(f"  difference raster (scenario minus baseline): water shallower on "
          f"{counts['AREA_BETTER_M2']:,.0f} m², deeper on {counts['AREA_WORSE_M2']:,.0f} m²")
    saved = {}
    for name in res.names:
        tag = "baseline" if name == BASELINE_NAME else "drainage_20"
        saved[name] = ctx.path(f"helsinki_sim_{tag}_max_depth.tif")
        shutil.copyfile(res.runs[name].results["MAX_DEPTH"], saved[name])
    for output, layer in res.raster_deltas[SCENARIO].items():
        shutil.copyfile(layer.source(), ctx.path(f"helsinki_sim_change_{output.lower()}.tif"))
    ctx.results["flood_simulation_depth"] = saved[BASELINE_NAME]
    # the peak depth as the hazard of the exposure lens, each run
    for name, path in saved.items():
        exp = ctx.run("floodexposure", {"HAZARD": path, "EXPOSURE": people,
                                        "POPULATION_FIELD": "population", "OUTPUT": "memory:",
                                        "SUMMARY": "memory:"})
        print(f"  {name}: population in a flood class (floodexposure on MAX_DEPTH) "
              f"{exp['EXPOSED_POPULATION']:,.0f}")
    project.removeMapLayers([dem.id(), people.id()])


def _num(v, signed=False):
    if v is None:
        return "-"
    text = f"{v:+,.2f}" if signed else f"{v:,.2f}"
    return text[:-3] if text.endswith(".00") else text
