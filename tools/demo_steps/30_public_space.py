"""Helsinki public space: SDG 11.7.1 and park coverage by size class from the OpenStreetMap
extract and the 250 m population grid.

Choices (documented in docs/publicspace.md):
- Built-up area: the OSM buildings, buffered by 50 m and dissolved (the mapped, built part of
  the centre; the population grid reaches beyond the OSM extract, so its extent would count
  unmapped streets and parks as missing).
- Population: the grid cells whose centre lies in that built-up area, as centre points.
- Open public spaces: OSM multipolygons with leisure = park or playground.
- Streets: OSM lines with a highway value in resources/presets/osm_street_widths.json, buffered
  by the width given there (example widths, not a standard)."""
import json


def _context():
    """OSM lines hold a degenerate ferry line (two identical points): skip invalid features in
    the QGIS steps. UrbanPlan's own readers repair and report invalid polygons themselves."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    ctx.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid)
    return ctx


def _run(alg, params, context):
    from qgis import processing
    from qgis.core import QgsProcessingFeedback
    return processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())


def _pct(v):
    return "   -  " if v is None else f"{v:6.2f} %"


def run(ctx):
    from qgis.core import QgsVectorLayer

    from urbanplan_plugin.core.publicspace.greenspacecoverage import (
        compare_per_capita,
        load_park_presets,
    )
    from urbanplan_plugin.paths import resource_path

    pbf = ctx.data / "helsinki" / "Helsinki.osm.pbf"
    context = _context()
    lines = QgsVectorLayer(f"{pbf}|layername=lines", "lines", "ogr")
    polys = QgsVectorLayer(f"{pbf}|layername=multipolygons", "multipolygons", "ogr")
    grid = QgsVectorLayer(str(ctx.data / "helsinki" / "helsinki_population_grid_2020.gpkg"),
                          "population", "ogr")

    # built-up area: buildings + 50 m, dissolved, in the local UTM zone (EPSG:32635)
    buildings = _run("native:extractbyexpression", {
        "INPUT": polys, "EXPRESSION": "\"building\" IS NOT NULL", "OUTPUT": "memory:"},
        context)["OUTPUT"]
    buildings = _run("native:reprojectlayer", {
        "INPUT": buildings, "TARGET_CRS": "EPSG:32635", "OUTPUT": "memory:"}, context)["OUTPUT"]
    builtup = _run("native:buffer", {
        "INPUT": buildings, "DISTANCE": 50, "SEGMENTS": 8, "DISSOLVE": True,
        "OUTPUT": ctx.path("helsinki_builtup.gpkg")}, context)["OUTPUT"]

    # population: grid cell centres inside the built-up area
    centres = _run("native:centroids", {"INPUT": grid, "ALL_PARTS": False,
                                        "OUTPUT": "memory:"}, context)["OUTPUT"]
    people = _run("native:extractbylocation", {
        "INPUT": centres, "PREDICATE": [6], "INTERSECT": builtup,          # 6 = are within
        "OUTPUT": ctx.path("helsinki_population_points.gpkg")}, context)["OUTPUT"]

    # streets: OSM lines of the example width table, with a width field
    with open(resource_path("presets", "osm_street_widths.json"), encoding="utf-8") as fh:
        widths = json.load(fh)["widths_m"]
    values = ", ".join(f"'{k}'" for k in widths)
    case = "CASE " + " ".join(f"WHEN \"highway\" = '{k}' THEN {v}" for k, v in widths.items()) \
        + " END"
    streets = _run("native:extractbyexpression", {
        "INPUT": lines, "EXPRESSION": f"\"highway\" IN ({values})", "OUTPUT": "memory:"},
        context)["OUTPUT"]
    streets = _run("native:fieldcalculator", {
        "INPUT": streets, "FIELD_NAME": "width_m", "FIELD_TYPE": 0, "FIELD_LENGTH": 10,
        "FIELD_PRECISION": 2, "FORMULA": case, "OUTPUT": ctx.path("helsinki_streets.gpkg")},
        context)["OUTPUT"]

    parks_filter = "\"leisure\" IN ('park', 'playground')"
    sdg = _run("urbanplan:sdg1171", {
        "BUILTUP": builtup, "OPEN_SPACES": polys, "OPEN_SPACE_FILTER": parks_filter,
        "STREETS": streets, "STREET_WIDTH_FIELD": "width_m", "NETWORK": lines,
        "POPULATION": people, "POPULATION_FIELD": "population", "DISTANCE_M": 400,
        "OUTPUT": ctx.path("helsinki_sdg1171_population.gpkg"),
        "SUMMARY": ctx.path("helsinki_sdg1171_summary.gpkg")}, context)
    ctx.results["sdg1171"] = sdg
    print("Helsinki centre (OpenStreetMap + HSY 250 m population grid), SDG 11.7.1")
    print(f"  built-up area (buildings + 50 m): {sdg['BUILTUP_AREA_KM2']:8.3f} km²")
    print(f"  (a) open public space share:      {_pct(sdg['OPEN_SPACE_SHARE_PCT'])}")
    print(f"      street share:                 {_pct(sdg['STREET_SHARE_PCT'])}")
    print(f"      public space share:           {_pct(sdg['PUBLIC_SPACE_SHARE_PCT'])}"
          "   (overlaps counted once)")
    print(f"  (b) population within 400 m walk: {_pct(sdg['POP_WITHIN_PCT'])}"
          f"   of {sdg['POPULATION']:,.0f} people")

    cov = _run("urbanplan:greenspacecoverage", {
        "PARKS": polys, "PARK_FILTER": parks_filter, "NETWORK": lines, "POPULATION": people,
        "POPULATION_FIELD": "population", "PRESET": "example_three_tier",
        "OUTPUT": ctx.path("helsinki_park_coverage.gpkg"),
        "UNDERSERVED": ctx.path("helsinki_underserved.gpkg"),
        "SUMMARY": ctx.path("helsinki_park_coverage_summary.gpkg")}, context)
    ctx.results["greenspacecoverage"] = cov
    summary = QgsVectorLayer(cov["SUMMARY"], "summary", "ogr")
    top = next(f for f in summary.getFeatures() if f["zone"] == "all" and f["pop_group"] == "all")
    presets, benchmarks, _ = load_park_presets()
    print("Park coverage (example tiers: pocket 300 m, neighbourhood >= 0.5 ha 500 m, "
          "district >= 10 ha 1 000 m)")
    for c in presets["example_three_tier"][1]:
        v = top[f"pop_cov_{c.id}"]
        share = 100 * v / top["population"] if top["population"] else 0
        print(f"  {c.label:<20} within {c.service_distance_m:>5.0f} m: {v:>9,.0f} people "
              f"({share:5.1f} %)")
    print(f"  not covered by any class:             {top['pop_uncovered']:>9,.0f} people "
          f"({top['pop_uncovered_pct']:5.1f} %)")
    line = compare_per_capita(cov["PARK_M2_PER_RESIDENT"], benchmarks)
    if line:
        print(f"  park area: {line}")

    parks = _run("native:extractbyexpression", {"INPUT": polys, "EXPRESSION": parks_filter,
                                                "OUTPUT": "memory:"}, context)["OUTPUT"]
    sites = _run("urbanplan:suggestsites", {
        "DEMAND": people, "POPULATION_FIELD": "population", "EXISTING": parks,
        "K": 3, "DISTANCE_M": 300, "NETWORK": lines,
        "OUTPUT": ctx.path("helsinki_suggested_sites.gpkg")}, context)
    print(f"Up to three new pocket parks placed freely (300 m): {sites['SITES']} site(s) raise "
          f"the share within 300 m of a park from {sites['COVERED_BEFORE_PCT']:.1f} % to "
          f"{sites['COVERED_AFTER_PCT']:.1f} % (+{sites['NEW_COVERED']:,.0f} people)")
    print(f"  written to {ctx.out}/helsinki_*.gpkg")
