"""A flood scenario on São Paulo: who and which streets sit in water how deep.

The sample data has no flood map for São Paulo. When the flood extent step ran before this one
(``make demo``), its depth raster is used: urbanplan:floodextent on the SYNTHETIC river-valley
terrain of tests/flood_terrain.py (the shared generator). Run alone (``--only flood_exposure``),
this step writes its own SYNTHETIC depth raster (not a survey, not a model of a real flood): a
river valley south-west to north-east across the sample area, water 2.5 m deep on the river line,
the ground rising 4 mm per metre away from it, plus gentle undulations. Then
urbanplan:floodexposure counts the people of the 323 population hexagons (spread over each
hexagon's area) and the street length per depth class (InaSAFE classes)."""
import csv
from collections import defaultdict

import numpy as np

CRS = "EPSG:32723"  # WGS 84 / UTM 23 S, the hexagons' CRS
CELL_M = 5.0
RIVER = ((330000.0, 7394500.0), (336300.0, 7396800.0))  # synthetic river line (metres)


def synthetic_depth(extent, cell=CELL_M):
    """Water depth (m, NaN where dry) on a grid over ``extent``: 2.5 m on the river line, the
    ground rising 0.004 m/m with distance from it, +/- 0.6 m undulations."""
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    xmin, ymin, xmax, ymax = extent
    cols = int(np.ceil((xmax - xmin) / cell))
    rows = int(np.ceil((ymax - ymin) / cell))
    grid = Grid(xmin, ymax, cell, cell, rows, cols, crs_authid=CRS)
    xs, ys = grid.centres()
    x, y = np.meshgrid(xs, ys)
    (ax, ay), (bx, by) = RIVER
    dx, dy = bx - ax, by - ay
    dist = np.abs((x - ax) * dy - (y - ay) * dx) / np.hypot(dx, dy)
    ground = 0.004 * dist + 0.6 * np.sin(x / 350.0) * np.sin(y / 420.0)
    depth = 2.5 - ground
    depth[depth <= 0] = np.nan
    return depth.astype(np.float32), grid


def run(ctx):
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    hexes = str(ctx.data / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg")
    streets = f"{ctx.data / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    tif = ctx.results.get("flood_extent_depth")
    if tif:
        print(f"Depth raster from the flood extent step (SYNTHETIC terrain): {tif}")
    else:
        depth, grid = synthetic_depth((329900.0, 7391900.0, 336300.0, 7398300.0))
        tif = write_geotiff(ctx.path("sao_paulo_synthetic_flood_depth.tif"), depth, grid,
                            crs=CRS, nodata=-9999.0)
        print("Synthetic flood depth raster (SYNTHETIC: a river valley across the sample area)")
        print(f"  {grid.rows} x {grid.cols} cells of {CELL_M:g} m, wet "
              f"{np.isfinite(depth).mean():.0%} of the area, deepest {np.nanmax(depth):.2f} m "
              f"-> {tif}")
    ctx.results["flood_depth"] = tif

    summary_csv = ctx.path("sao_paulo_flood_population_summary.csv")
    res = ctx.run("floodexposure", {
        "HAZARD": tif, "EXPOSURE": hexes, "POPULATION_FIELD": "population",
        "AREA_WEIGHTED": True, "CLASSES": "inasafe",
        "OUTPUT": ctx.path("sao_paulo_flood_hexagons.gpkg"), "SUMMARY": summary_csv})
    with open(summary_csv, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    total = sum(float(r["population"]) for r in rows
                if r["zone"] == "all" and r["pop_group"] == "all")
    print("\nPopulation (323 hexagons, people spread over each hexagon's area)")
    print(f"  {'depth class':<14}{'hexagons*':>9}{'people':>11}{'share':>8}{'displaced':>11}")
    for r in rows:
        if r["zone"] != "all" or r["pop_group"] != "all":
            continue
        ppl = float(r["population"])
        print(f"  {r['depth_class']:<14}{int(r['features']):>9}{ppl:>11,.0f}"
              f"{ppl / total if total else 0:>8.1%}{float(r['displaced']):>11,.0f}")
    print("  * hexagons by their deepest cell; people by the share of each hexagon's area")
    print(f"  exposed people: {res['EXPOSED_POPULATION']:,.0f} of {total:,.0f}; "
          f"deepest water at a hexagon {res['MAX_DEPTH_M']:.2f} m")

    road_csv = ctx.path("sao_paulo_flood_roads_summary.csv")
    res = ctx.run("floodexposure", {
        "HAZARD": tif, "EXPOSURE": streets, "ROAD_CLASS_FIELD": "highway",
        "OUTPUT": ctx.path("sao_paulo_flood_streets.gpkg"), "SUMMARY": road_csv})
    km = defaultdict(lambda: defaultdict(float))
    with open(road_csv, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["zone"] == "all" and r["pop_group"] == "all" and r["road_km"]:
                km[r["road_class"]][r["depth_class"]] += float(r["road_km"])
    print("\nStreets under water (km, OpenStreetMap lines)")
    print(f"  {'highway':<16}{'low':>8}{'medium':>8}{'high':>8}")
    top = sorted(km, key=lambda k: -sum(km[k][c] for c in ("low", "medium", "high")))[:8]
    for k in top:
        print(f"  {k:<16}" + "".join(f"{km[k][c]:>8.2f}" for c in ("low", "medium", "high")))
    print(f"  flooded street length: {res['EXPOSED_ROAD_KM']:.1f} km in "
          f"{res['EXPOSED_COUNT']:,} street segments")
