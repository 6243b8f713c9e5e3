"""São Paulo: school service areas (5/10/15 min), a jobs accessibility heat map and school
places per 1 000 residents (two-step floating catchment)."""
import shutil


def run(ctx):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer
    network = ctx.results.get("network") or \
        f"{ctx.data / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    # work on a copy: QGIS writes to a GeoPackage's header just by opening it
    hex_path = ctx.path("sao_paulo_hexagons.gpkg")
    shutil.copy(ctx.data / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg", hex_path)
    source = QgsVectorLayer(hex_path, "hexagons", "ogr")
    hexes = source.materialize(QgsFeatureRequest())
    schools = source.materialize(QgsFeatureRequest().setFilterExpression('"schools" > 0'))
    del source

    sa = ctx.run("servicearea", {"FACILITIES": schools, "NETWORK": network, "BANDS": "5, 10, 15",
                                 "BAND_MODE": "rings",
                                 "OUTPUT": ctx.path("sao_paulo_school_areas.gpkg")})
    print(f"School service areas ({sa['FACILITIES_USED']} hexagons with schools, rings 0-5, "
          "5-10, 10-15 min)")
    layer = QgsVectorLayer(sa["OUTPUT"], "areas", "ogr")
    for f in layer.getFeatures():
        print(f"  {f['band_from_min']:>4g}-{f['band_min']:<4g} min: {f['area_m2'] / 1e6:7.2f} km²")
    print(f"  within 15 min of a school:  {sa['LARGEST_BAND_AREA_KM2']:7.2f} km²")

    grid = ctx.run("accessibilitygrid", {
        "DESTINATIONS": hexes, "WEIGHT_FIELD": "jobs", "NETWORK": network, "ZONES": hexes,
        "CELL_SIZE": 250, "THRESHOLD_MIN": 15, "OUTPUT": ctx.path("sao_paulo_jobs_grid.gpkg")})
    print(f"Jobs heat map: {grid['CELL_COUNT']:,} hexagons of 250 m "
          f"({grid['CELLS_ON_NETWORK']:,} on the network)")
    print(f"  mean jobs within a 15-min walk: {grid['MEAN_OPPORTUNITIES']:10,.0f}")
    print(f"  mean walk to the nearest job hexagon: {grid['MEAN_NEAREST_MIN']:.1f} min")

    sd = ctx.run("supplydemand", {
        "SUPPLY": schools, "SUPPLY_FIELD": "schools", "DEMAND": hexes,
        "POPULATION_FIELD": "population", "NETWORK": network, "CATCHMENT_MIN": 15,
        "OUTPUT": ctx.path("sao_paulo_schools_2sfca.gpkg"),
        "FACILITIES_OUTPUT": ctx.path("sao_paulo_schools_ratio.gpkg")})
    print("Schools per 1 000 residents within a 15-min walk (2SFCA, Luo & Wang 2003)")
    print(f"  residents:                 {sd['TOTAL_POPULATION']:10,.0f}")
    print(f"  with a school in reach:    {100 * sd['SHARE_WITH_ACCESS']:9.1f} %")
    print(f"  mean schools per 1 000:    {sd['MEAN_ACCESS_PER_1000']:10.3f}")
    print(f"  overall schools per 1 000: {sd['OVERALL_RATIO_PER_1000']:10.3f}")
    ctx.results["school_areas"] = sa["OUTPUT"]
    ctx.results["jobs_grid"] = grid["OUTPUT"]
    ctx.results["schools_2sfca"] = sd["OUTPUT"]
