"""Flood risk over three return periods for the Helsinki buildings (SYNTHETIC storm surges).

The sample data has no flood maps for Helsinki, so this step writes three SYNTHETIC depth
rasters (illustrations, not surveys or models): a sea at the south-west corner of the sample
area and ground rising 4 m per km inland; the 20-, 100- and 250-year surges stand 1.0, 1.8 and
2.6 m above the shore. urbanplan:floodrisk then gives each OpenStreetMap building its annual
chance of getting wet and its expected annual damage with the JRC Europe residential curve and
an EXAMPLE value of 2 000 per m² of footprint (not a published figure: use local values)."""
import numpy as np

CRS = "EPSG:3067"  # ETRS89 / TM35FIN, metres
EVENTS = ((20, 1.0), (100, 1.8), (250, 2.6))  # (return period in years, surge level in m)
VALUE_PER_M2 = 2000.0  # example value


def run(ctx):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsVectorLayer,
    )

    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    pbf = str(ctx.data / "helsinki" / "Helsinki.osm.pbf")
    buildings = QgsVectorLayer(f"{pbf}|layername=multipolygons", "buildings", "ogr")
    buildings.setSubsetString("building IS NOT NULL")
    ext = buildings.extent()
    xf = QgsCoordinateTransform(buildings.crs(), QgsCoordinateReferenceSystem(CRS),
                                QgsProject.instance())
    box = xf.transformBoundingBox(ext)
    cell = 2.0
    x0, y1 = box.xMinimum() - 50, box.yMaximum() + 50
    cols = int((box.width() + 100) / cell) + 1
    rows = int((box.height() + 100) / cell) + 1
    grid = Grid(x0, y1, cell, cell, rows, cols, crs_authid=CRS)
    xs, ys = grid.centres()
    x, y = np.meshgrid(xs - x0, ys - (y1 - rows * cell))
    ground = 0.004 * np.hypot(x, y)  # rises 4 m per km from the south-west corner
    paths = []
    for period, level in EVENTS:
        depth = (level - ground).astype(np.float32)
        depth[depth <= 0] = np.nan
        paths.append(write_geotiff(ctx.path(f"helsinki_synthetic_surge_rp{period}.tif"), depth,
                                   grid, crs=CRS, nodata=-9999.0))
    from qgis import processing
    # OpenStreetMap has a few self-intersecting outlines: repair them first, as a user would
    fixed = processing.run("native:fixgeometries", {"INPUT": buildings,
                                                    "OUTPUT": "memory:"})["OUTPUT"]
    res = ctx.run("floodrisk", {
        "HAZARDS": paths, "RETURN_PERIODS": ", ".join(str(p) for p, _ in EVENTS),
        "EXPOSURE": fixed, "VALUE_PER_M2": VALUE_PER_M2,
        "DAMAGE_CURVE": "jrc_europe_residential",
        "OUTPUT": ctx.path("helsinki_flood_risk_buildings.gpkg")})
    out = QgsVectorLayer(res["OUTPUT"], "risk", "ogr")
    wet = {p: 0 for p, _ in EVENTS}
    top = []
    for f in out.getFeatures():
        for p, _ in EVENTS:
            d = f[f"depth_rp{p}_m"]
            if d is not None and d == d and d > 0:
                wet[p] += 1
        if f["ead"] is not None and f["ead"] == f["ead"] and f["ead"] > 0:
            top.append((float(f["ead"]), f["name"] or f["osm_way_id"] or f["osm_id"]))
    print("Helsinki buildings (OpenStreetMap) under SYNTHETIC storm surges")
    print(f"  buildings analysed: {res['FEATURE_COUNT']:,}")
    for p, level in EVENTS:
        print(f"  {p:>3}-year surge ({level:.1f} m at the shore): {wet[p]:>4} buildings wet")
    print(f"  expected annual damage: {res['TOTAL_EAD']:,.0f} per year "
          f"(JRC Europe residential, example value {VALUE_PER_M2:,.0f} per m2)")
    for ead, name in sorted(top, reverse=True)[:3]:
        print(f"    {ead:>10,.0f} per year  {name}")
