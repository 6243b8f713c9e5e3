"""A flood scenario on São Paulo: flood extent from a terrain model, ponding in low spots, and
the walking access lost when the flooded streets close.

THE TERRAIN IS SYNTHETIC (tests/flood_terrain.py: city_valley): a straight river valley drawn
across the sample area with three hollows, generated here. It is not São Paulo's relief; it only
shows the workflow on a real street network and real population hexagons. With a real DEM (or an
official depth map) the same calls apply."""
import importlib.util
import sys

VALLEY = dict(river_start=(330100.0, 7392600.0), river_end=(336150.0, 7397500.0), bed=720.0,
              bed_slope=0.001, side_slope=0.02,
              hollows=((333300.0, 7396300.0, 70.0, 4.0), (334900.0, 7393900.0, 60.0, 3.5),
                       (331400.0, 7395900.0, 80.0, 4.5)))
WATER_LEVEL = 722.5  # 2.5 m above the river bed at the downstream edge
CELL = 5.0


def _load_step(ctx, name):
    path = ctx.data.parent.parent / "tools" / "demo_steps" / name
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(ctx):
    from qgis.core import QgsVectorLayer

    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    root = ctx.data.parent.parent
    sys.path.insert(0, str(root / "tests"))
    from flood_terrain import city_valley

    hexes = str(ctx.data / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg")
    x0, y0, x1, y1 = 330000.0, 7391900.0, 336300.0, 7398300.0
    grid = Grid(x0, y1, CELL, CELL, int((y1 - y0) / CELL), int((x1 - x0) / CELL),
                crs_authid="EPSG:32723")
    dem = city_valley(grid, **VALLEY)
    dem_path = write_geotiff(ctx.path("synthetic_dem_sao_paulo.tif"), dem, grid,
                             crs="EPSG:32723")
    (sx, sy), (ex, ey) = VALLEY["river_start"], VALLEY["river_end"]
    river = QgsVectorLayer("LineString?crs=EPSG:32723", "river", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(sx, sy), QgsPointXY(ex, ey)]))
    river.dataProvider().addFeatures([f])

    level = ctx.run("floodextent", {"DEM": dem_path, "WATER_LEVEL": WATER_LEVEL, "SOURCE": river,
                                    "CONNECTIVITY": 8,
                                    "OUTPUT": ctx.path("flood_depth_level.tif")})
    pond = ctx.run("floodextent", {"DEM": dem_path, "MODE": "ponding", "MIN_DEPTH_M": 0.1,
                                   "OUTPUT": ctx.path("flood_depth_ponding.tif")})
    ctx.results["flood_extent_depth"] = level["OUTPUT"]
    print("Flood extent on a SYNTHETIC terrain over São Paulo (not the real relief)")
    print(f"  DEM: {grid.rows} x {grid.cols} cells of {CELL:g} m; river bed 720 m rising "
          f"{VALLEY['bed_slope'] * 1000:g} m/km; sides {100 * VALLEY['side_slope']:g} %")
    print(f"  river at {WATER_LEVEL:g} m:   {level['FLOODED_AREA_M2'] / 1e4:>8.1f} ha flooded, "
          f"max depth {level['MAX_DEPTH_M']:.2f} m, {level['FLOODED_VOLUME_M3'] / 1e3:,.0f} "
          "thousand m³")
    print(f"  ponding in low spots: {pond['FLOODED_AREA_M2'] / 1e4:>8.1f} ha deeper than 0.1 m, "
          f"max depth {pond['MAX_DEPTH_M']:.2f} m, {pond['FLOODED_VOLUME_M3'] / 1e3:,.1f} "
          "thousand m³ of storage")

    # walking access lost when the flooded streets close
    step20 = _load_step(ctx, "20_fifteen_minute_city.py")
    pbf = ctx.data / "sao_paulo" / "spo_osm.pbf"
    network = ctx.results.get("network") or f"{pbf}|layername=lines"
    osm = ctx.run("osmdestinations", {"INPUT": str(pbf), "OUTPUT": "memory:"})
    dests = step20.destinations_layer(ctx, osm["OUTPUT"])
    gpkg = ctx.path("sao_paulo_flood_disruption.gpkg")
    with step20.quiet_gdal():
        dis = ctx.run("flooddisruption", {
            "NETWORK": network, "HAZARD": level["OUTPUT"], "MAX_WALK_DEPTH_M": 0.3,
            "ORIGINS": hexes, "POPULATION_FIELD": "population", "DESTINATIONS": dests,
            "CATEGORY_FIELD": "category", "THRESHOLD_MIN": 15.0,
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"access\" (geom)",
            "FACILITIES": f"ogr:dbname='{gpkg}' table=\"facilities\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"summary\"",
            "EDGES": f"ogr:dbname='{gpkg}' table=\"streets\" (geom)",
        })
    summary = QgsVectorLayer(f"{gpkg}|layername=summary", "summary", "ogr")
    rows = [r for r in summary.getFeatures() if r["pop_group"] == "all"]
    print(f"  streets deeper than 0.3 m: {dis['EDGES_FLOODED']:,} edges, "
          f"{dis['KM_FLOODED']:.1f} km closed to walking")
    print(f"  people losing a 15-min walk to at least one category: "
          f"{dis['POP_LOST_ACCESS']:,.0f} (in {dis['ORIGINS_LOST_ACCESS']} hexagons); "
          f"facilities cut off: {dis['FACILITIES_CUT_OFF']}")
    print(f"  {'category':<22} {'within before':>14} {'within after':>13} {'lost':>10}")
    for r in sorted(rows, key=lambda r: -(step20._num(r["pop_lost_access"]) or 0)):
        if r["category"] in ("all_categories", "any_category"):
            continue
        before = step20._num(r["pop_within_before"]) or 0
        after = step20._num(r["pop_within_after"]) or 0
        lost = step20._num(r["pop_lost_access"]) or 0
        print(f"  {r['category']:<22} {before:>14,.0f} {after:>13,.0f} {lost:>10,.0f}")
    print(f"  written to {level['OUTPUT']}, {pond['OUTPUT']} and {gpkg}")
    return dis
