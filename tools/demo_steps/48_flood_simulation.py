"""Rain on the Helsinki terrain (Lapinlahti, the bundled 2021 elevation model): a 40 mm, 1-hour
Chicago storm simulated for 1.5 hours, with and without 20 mm/h of drainage capacity, and the
people of the population grid in water deeper than 10 cm in each case.

The elevation model is in degrees (EPSG:4326); the simulation needs square cells in metres, so
it is first warped to ETRS-TM35FIN (EPSG:3067) with 2 m cells (about 115 x 175 cells: a quick
run). Buildings are not burned in (no footprints are bundled): water flows over the whole
surface model as it is."""
RAIN_MM = 40.0
CELL = 2.0


def run(ctx):
    from osgeo import gdal
    gdal.UseExceptions()
    src = ctx.data / "helsinki" / "elevation_model_2021_lapinlahti.tif"
    dem = ctx.path("helsinki_dem_3067_2m.tif")
    gdal.Warp(str(dem), str(src), dstSRS="EPSG:3067", xRes=CELL, yRes=CELL,
              resampleAlg="bilinear", dstNodata=-9999.0)
    people = f"{ctx.data / 'helsinki' / 'helsinki_population_grid_2020.gpkg'}"
    results = {}
    for tag, drainage in (("no_drainage", 0.0), ("drainage_20", 20.0)):
        sim = ctx.run("floodsimulation", {
            "DEM": str(dem), "RAIN_MM": RAIN_MM, "DURATION_H": 1.0, "HYETOGRAPH": "chicago",
            "SIMULATION_H": 1.5, "BOUNDARY": "open", "DRAINAGE_MM_H": drainage,
            **{k: ctx.path(f"helsinki_sim_{tag}_{k.lower()}.tif")
               for k in ("MAX_DEPTH", "MAX_VELOCITY", "HAZARD", "ARRIVAL_H", "RECESSION_H")},
            "SUMMARY": "memory:"})
        exp = ctx.run("floodexposure", {"HAZARD": sim["MAX_DEPTH"], "EXPOSURE": people,
                                        "POPULATION_FIELD": "population", "OUTPUT": "memory:",
                                        "SUMMARY": "memory:"})
        results[tag] = (sim, exp)
    ctx.results["flood_simulation_depth"] = results["no_drainage"][0]["MAX_DEPTH"]
    print(f"Rain on the Helsinki terrain: {RAIN_MM:g} mm in 1 h (Chicago storm), 1.5 h "
          f"simulated, {CELL:g} m cells")
    for tag, (sim, exp) in results.items():
        print(f"  {tag:12s} max depth {sim['MAX_DEPTH_M']:.2f} m; "
              f"{sim['FLOODED_AREA_M2']:,.0f} m² deeper than 10 cm; outflow "
              f"{sim['OUTFLOW_VOLUME_M3']:,.0f} of {sim['RAIN_VOLUME_M3']:,.0f} m³; "
              f"mass-balance error {sim['MASS_BALANCE_ERROR_PCT']:.4f} %; "
              f"population in a flood class {exp['EXPOSED_POPULATION']:,.0f}")
