"""The sample city the report tests share: small runs of the analyses on the bundled São Paulo
data (real streets and population hexagons, the SYNTHETIC climate shelters of the Barcelona
exercise, a SYNTHETIC flood depth raster), written to GeoPackages in one folder.

``build(folder)`` returns {name: processing results}; every run goes through processing.run, so
its run record (parameters) is remembered for the report."""
import json
import shutil
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "resources" / "data"
CRS = "EPSG:32723"
BOX = (329900.0, 7391900.0, 336300.0, 7398300.0)
ZONES = {"South-west": (0, 0), "South-east": (1, 0), "North-west": (0, 1), "North-east": (1, 1)}


def zones_layer(path):
    """Four quadrant zones over the sample area, written to ``path`` (GeoPackage)."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsRectangle,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )
    lyr = QgsVectorLayer(f"Polygon?crs={CRS}&field=name:string", "zones", "memory")
    x0, y0, x1, y1 = BOX
    w, h = (x1 - x0) / 2, (y1 - y0) / 2
    feats = []
    for name, (i, j) in ZONES.items():
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 + i * w, y0 + j * h,
                                                        x0 + (i + 1) * w, y0 + (j + 1) * h)))
        f.setAttributes([name])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(lyr, str(path), QgsCoordinateTransformContext(),
                                              opts)
    return str(path)


def depth_raster(path, cell=20.0):
    """SYNTHETIC water depth: a river valley across the area, 2.5 m deep on its line."""
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    x0, y0, x1, y1 = BOX
    grid = Grid(x0, y1, cell, cell, int((y1 - y0) / cell), int((x1 - x0) / cell),
                crs_authid=CRS)
    xs, ys = grid.centres()
    x, y = np.meshgrid(xs, ys)
    (ax, ay), (bx, by) = (330000.0, 7394500.0), (336300.0, 7396800.0)
    dist = np.abs((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / np.hypot(bx - ax, by - ay)
    depth = (2.5 - 0.004 * dist).astype(np.float32)
    depth[depth <= 0] = np.nan
    return write_geotiff(str(path), depth, grid, crs=CRS, nodata=-9999.0)


def scenario_shelters(shelters):
    """The baseline shelters plus the 5 new ones of the shipped exercise (a memory layer)."""
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer
    base = QgsVectorLayer(shelters, "shelters", "ogr")
    layer = base.materialize(QgsFeatureRequest())
    with open(ROOT / "resources" / "examples" / "barcelona_climate_shelters.json",
              encoding="utf-8") as fh:
        ex = json.load(fh)
    feats = []
    for spec in ex["scenarios"][0]["overrides"][0]["features"]:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(spec["wkt"]))
        f["name"] = spec["attrs"]["name"]
        f["category"] = spec["attrs"]["category"]
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def build(folder):
    from qgis import processing
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "sao_paulo_climate_shelters.gpkg"
    shutil.copy(DATA / "examples" / "sao_paulo_climate_shelters.gpkg", gpkg)
    residents = f"{gpkg}|layername=residents"
    shelters = f"{gpkg}|layername=shelters"
    zones = zones_layer(folder / "zones.gpkg")
    out = {"zones": zones, "residents": residents}

    def run(alg, params):
        return processing.run(f"urbanplan:{alg}", params)

    out["network"] = run("preparewalknetwork", {
        "INPUT": f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines", "OSM_FILTER": True,
        "OUTPUT": str(folder / "network.gpkg")})
    net = out["network"]["OUTPUT"]
    fmc = folder / "walk.gpkg"
    common = {"ORIGINS": residents, "POPULATION_FIELD": "population",
              "GROUP_FIELDS": ["pop_65plus", "pop_0_14"], "CATEGORY_FIELD": "category",
              "NETWORK": net, "PRESET": "barcelona_climate_shelters"}
    out["walk"] = run("fifteenminutecity", dict(
        common, DESTINATIONS=shelters, ZONES=zones, ZONE_FIELD="name",
        OUTPUT=f"ogr:dbname='{fmc}' table=\"access\" (geom)",
        SUMMARY=f"ogr:dbname='{fmc}' table=\"summary\""))
    out["walk_scenario"] = run("fifteenminutecity", dict(
        common, DESTINATIONS=scenario_shelters(shelters),
        OUTPUT=f"ogr:dbname='{fmc}' table=\"access_scenario\" (geom)"))
    cmp_ = folder / "compare.gpkg"
    out["compare"] = run("comparescenarios", {
        "BASELINE": out["walk"]["OUTPUT"], "SCENARIO": out["walk_scenario"]["OUTPUT"],
        "POPULATION_FIELD": "population",
        "OUTPUT": f"ogr:dbname='{cmp_}' table=\"differences\" (geom)",
        "SUMMARY": f"ogr:dbname='{cmp_}' table=\"summary\""})
    out["depth"] = depth_raster(folder / "depth.tif")
    fl = folder / "flood.gpkg"
    out["flood"] = run("floodexposure", {
        "HAZARD": out["depth"], "EXPOSURE": residents, "POPULATION_FIELD": "population",
        "GROUP_FIELDS": ["pop_65plus"], "AREA_WEIGHTED": True, "ZONES": zones,
        "ZONE_FIELD": "name", "OUTPUT": f"ogr:dbname='{fl}' table=\"exposure\" (geom)",
        "SUMMARY": f"ogr:dbname='{fl}' table=\"summary\""})
    out["areas"] = run("servicearea", {"FACILITIES": shelters, "NETWORK": net,
                                       "BANDS": "5, 10, 15",
                                       "OUTPUT": str(folder / "service_areas.gpkg")})
    return out


def report_inputs(city):
    """(RESULTS, COMPARISON) for urbanplan:report from build()'s results."""
    results = [city["walk"]["OUTPUT"], city["walk"]["SUMMARY"], city["flood"]["OUTPUT"],
               city["flood"]["SUMMARY"], city["depth"], city["areas"]["OUTPUT"]]
    comparison = [city["compare"]["OUTPUT"], city["compare"]["SUMMARY"]]
    return results, comparison
