"""São Paulo as a 15-minute city: who can walk to a school, a transit stop and other daily
services within 15 minutes? Population hexagons as origins; schools from the hexagon counts;
transit and services from the OpenStreetMap file (urbanplan:osmdestinations)."""
import contextlib


def destinations_layer(ctx, osm_points):
    """One point layer (EPSG:32723) with a 'category' and a 'count': a point per hexagon with
    schools (count = its number of schools) plus every classified OSM feature (count 1)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsProject,
        QgsVectorLayer,
    )
    crs = QgsCoordinateReferenceSystem("EPSG:32723")
    layer = QgsVectorLayer("Point?crs=EPSG:32723&field=category:string&field=count:integer"
                           "&field=source:string", "destinations", "memory")
    feats = []
    hexes = QgsVectorLayer(str(ctx.data / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg"), "hex", "ogr")
    for f in hexes.getFeatures():
        if f["schools"] and int(f["schools"]) > 0:
            g = QgsFeature(layer.fields())
            g.setGeometry(f.geometry().pointOnSurface())
            g.setAttributes(["school", int(f["schools"]), "hexagon counts (r5r/IPEA)"])
            feats.append(g)
    xf = QgsCoordinateTransform(osm_points.crs(), crs, QgsProject.instance())
    for f in osm_points.getFeatures():
        geom = QgsGeometry(f.geometry())
        geom.transform(xf)
        g = QgsFeature(layer.fields())
        g.setGeometry(geom)
        g.setAttributes([f["category"], 1, "OpenStreetMap"])
        feats.append(g)
    layer.dataProvider().addFeatures(feats)
    return layer


@contextlib.contextmanager
def quiet_gdal():
    """GDAL prints a harmless 'No geometry column' when a table without geometry is added to an
    existing GeoPackage; keep the demo's output readable."""
    from osgeo import gdal
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def _num(v):
    """A float, or None for NULL (a QVariant on Qt5) and NaN."""
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    v = float(v)
    return None if v != v else v


def run(ctx):
    from qgis.core import QgsVectorLayer
    pbf = ctx.data / "sao_paulo" / "spo_osm.pbf"
    network = ctx.results.get("network") or f"{pbf}|layername=lines"
    osm = ctx.run("osmdestinations", {"INPUT": str(pbf), "OUTPUT": "memory:"})
    dests = destinations_layer(ctx, osm["OUTPUT"])
    gpkg = ctx.path("sao_paulo_fifteen_minute_city.gpkg")
    with quiet_gdal():
        res = ctx.run("fifteenminutecity", {
            "ORIGINS": str(ctx.data / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg"),
            "POPULATION_FIELD": "population", "DESTINATIONS": dests, "CATEGORY_FIELD": "category",
            "NETWORK": network, "THRESHOLD_MIN": 15.0,
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"access\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"summary\"",
        })
    ctx.results["fifteen_minute"] = res
    summary = QgsVectorLayer(f"{gpkg}|layername=summary", "summary", "ogr")
    rows = [f for f in summary.getFeatures() if f["zone"] == "all" and f["pop_group"] == "all"]
    counts = {}
    for f in dests.getFeatures():
        counts[f["category"]] = counts.get(f["category"], 0) + 1
    print("São Paulo, 15-minute walk at 4.8 km/h (population hexagons, OSM + school counts)")
    print(f"  population:                       {res['POP_TOTAL']:>10,.0f}")
    print(f"  {'category':<22} {'places':>7} {'share within 15 min':>20} {'median walk':>12}")
    combined = ("all_categories", "any_category")
    rows = (sorted([r for r in rows if r["category"] not in combined],
                   key=lambda r: -(_num(r["pop_within_pct"]) or 0))
            + [r for r in rows if r["category"] in combined])
    for f in rows:
        med, share = _num(f["median_time_min"]), _num(f["pop_within_pct"])
        med_txt = "-" if med is None else f"{med:.1f} min"
        share_txt = "-" if share is None else f"{share:.1f} %"
        places = counts.get(f["category"], "")
        print(f"  {f['category']:<22} {places!s:>7} {share_txt:>20} {med_txt:>12}")
    print("  (the OSM extract is a street network with its stops: shops are barely mapped in it,"
          "\n   so the food and grocery lines describe the data more than the city)")
    # the SDG 11.2.1 reading of the same city: a bus/tram stop within 500 m or rail within 1 km
    with quiet_gdal():
        sdg = ctx.run("fifteenminutecity", {
            "ORIGINS": str(ctx.data / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg"),
            "POPULATION_FIELD": "population", "DESTINATIONS": dests, "CATEGORY_FIELD": "category",
            "NETWORK": network, "PRESET": "sdg_11_2_1",
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"sdg_11_2_1\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"sdg_11_2_1_summary\"",
        })
    table = QgsVectorLayer(f"{gpkg}|layername=sdg_11_2_1_summary", "sdg", "ogr")
    share = {f["category"]: _num(f["pop_within_pct"]) or 0.0 for f in table.getFeatures()
             if f["zone"] == "all" and f["pop_group"] == "all"}
    print("  SDG 11.2.1 (convenient access to public transport):")
    print(f"    low-capacity stop within 500 m:   {share.get('transit_low', 0):>6.1f} %")
    print(f"    high-capacity stop within 1 km:   {share.get('transit_high', 0):>6.1f} %")
    print(f"    either (the indicator):           {share.get('any_category', 0):>6.1f} %")
    print(f"  written to {gpkg} (layers access, summary, sdg_11_2_1, sdg_11_2_1_summary)")
    by_group(ctx, network, gpkg)
    return sdg


GROUP_PROFILES = {"pop_65plus": "older_adult", "pop_0_14": "child"}
"""Who walks slower: the residents aged 65+ as older adults, the children as young children
(travel profiles, resources/presets/travel_profiles.json)."""


def by_group(ctx, network, gpkg):
    """Access by age group, each at its own pace: the climate-shelter exercise's residents
    (real population, SYNTHETIC age groups and shelters) with GROUP_PROFILES, so the report
    shows the groups side by side. One search per profile and category: about a second."""
    import shutil
    data = ctx.out / "sao_paulo_climate_shelters.gpkg"     # a copy: the sample stays as it is
    shutil.copy(ctx.data / "examples" / "sao_paulo_climate_shelters.gpkg", data)
    with quiet_gdal():
        res = ctx.run("fifteenminutecity", {
            "ORIGINS": f"{data}|layername=residents", "POPULATION_FIELD": "population",
            "GROUP_FIELDS": list(GROUP_PROFILES),
            "GROUP_PROFILES": "; ".join(f"{g}={p}" for g, p in GROUP_PROFILES.items()),
            "DESTINATIONS": f"{data}|layername=shelters", "CATEGORY_FIELD": "category",
            "NETWORK": network, "PRESET": "barcelona_climate_shelters",
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"shelters_by_group\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"shelters_by_group_summary\""})
    ctx.results["shelters_by_group"] = res
    from qgis.core import QgsVectorLayer
    summary = QgsVectorLayer(f"{gpkg}|layername=shelters_by_group_summary", "s", "ogr")
    share = {(f["category"], f["pop_group"]): _num(f["pop_within_pct"])
             for f in summary.getFeatures() if f["zone"] == "all"}
    print("  Climate shelters by age group, each at its own pace (synthetic shelters and ages):")
    print(f"    {'':<14}{'everyone':>10}{'65+ (older_adult)':>20}{'0-14 (child)':>15}")
    for cat in ("shelter_10min", "shelter_5min"):
        cells = [share.get((cat, g)) for g in ("all", *GROUP_PROFILES)]
        widths = (10, 20, 15)
        print(f"    {cat:<14}" + "".join(
            f"{'-' if v is None else f'{v:.1f} %':>{w}}" for v, w in zip(cells, widths)))
    print(f"    written to {gpkg} (layers shelters_by_group, shelters_by_group_summary)")
    return res
