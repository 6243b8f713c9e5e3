"""Build the workshop kit: resources/workshop/helsinki_workshop.qgz and its data, from the
bundled Helsinki sample (resources/data/helsinki). Run once; the outputs are committed
(about 2 MB) and open offline in QGIS 3.22 and later.

    .venv/bin/python tools/build_workshop_project.py

What is real and what is not (also in resources/workshop/README.md and every report):

- REAL: the streets, buildings, parks, playgrounds, car parks, construction sites, libraries,
  schools, community centres and water of central Helsinki (OpenStreetMap, ODbL), and the
  population of the 250 m grid 2020 (HSY, CC BY 4.0);
- DERIVED: the population of each building = its grid cell's population spread over the cell's
  residential buildings in proportion to their footprint area (dasymetric mapping; cells cut by
  the edge of the OSM extract keep the share of their area inside it);
- SYNTHETIC: the older-resident and child counts (per cell, 12-24% aged 65+, 8-16% aged 0-14,
  seed 8), the terrain (rising 8 mm per metre away from the water of Töölönlahti bay, with
  gentle undulations; the bay is the flood's source) and therefore the two flood depths (water
  at 1.2 m and 2.0 m), and the four zones (quadrants, not districts).

The three ready scenarios are drafts made with the plugin itself, the way a trainer prepares a
Rapid Planning Studio: new climate shelters placed by urbanplan:suggestsites (K = 3; it stops when
a further site would serve nobody new) where older residents are farther than 400 m from one
(Barcelona climate-shelter case); a pocket park on the
car park or construction site that brings most residents within 300 m of a park (Fuzhou and
Fortaleza pocket and micro parks); the water at 2.0 m instead of 1.2 m (a flood level).
"""
import math
import os
import shutil
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = os.path.join(ROOT, "resources", "data", "helsinki")
OUT = os.path.join(ROOT, "resources", "workshop")
GPKG_NAME = "helsinki_workshop.gpkg"
PROJECT_NAME = "helsinki_workshop.qgz"
CRS = "EPSG:3067"
SEED = 8
BASE_LEVEL, SURGE_LEVEL = 1.2, 2.0
NON_RESIDENTIAL = {"church", "school", "university", "office", "commercial", "retail", "public",
                   "roof", "kiosk", "shed", "utility", "tower", "pavilion", "atrium", "museum",
                   "ship", "train_station", "transportation", "government", "cathedral",
                   "chapel", "hotel", "parking", "garage", "garages", "industrial", "warehouse",
                   "service", "construction", "bridge", "civic", "hospital", "kindergarten",
                   "station", "theatre", "stadium", "sports_hall", "grandstand", "toilets"}
SHELTER_AMENITIES = ("library", "community_centre", "social_centre")


def start():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from urbanplan_plugin.provider import UrbanPlanProvider
    provider = UrbanPlanProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def run(alg, params):
    """processing.run without QGIS's invalid-geometry check: a few OSM outlines are
    self-intersecting; the UrbanPlan algorithms repair what they need."""
    from qgis import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())


def osm(layer):
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(f"{DATA}/Helsinki.osm.pbf|layername={layer}", layer, "ogr")
    assert lyr.isValid(), layer
    return lyr


def tags(feat, names):
    from urbanplan_plugin.core.network.osm import parse_other_tags
    out = {}
    if "other_tags" in names and feat["other_tags"]:
        out.update(parse_other_tags(str(feat["other_tags"])))
    for n in names:
        v = feat[n]
        if n != "other_tags" and v is not None and str(v) not in ("", "NULL"):
            out[n] = str(v)
    return out


def to_crs(geom, src):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,
    )
    g = QgsGeometry(geom)
    g.transform(QgsCoordinateTransform(src, QgsCoordinateReferenceSystem(CRS),
                                       QgsProject.instance()))
    return g


def write_layer(path, name, geom_type, fields, rows, overwrite_file=False):
    """rows: [(QgsGeometry, [attrs])] -> a GeoPackage layer."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    spec = f"{geom_type}?crs={CRS}" + "".join(f"&field={n}:{t}" for n, t in fields)
    mem = QgsVectorLayer(spec, name, "memory")
    feats = []
    for g, attrs in rows:
        f = QgsFeature(mem.fields())
        g = QgsGeometry(g)
        if geom_type.startswith("Multi"):
            if QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.Type.GeometryCollection:
                g.convertGeometryCollectionToSubclass(QgsWkbTypes.GeometryType.PolygonGeometry)
            g.convertToMultiType()
        f.setGeometry(g)
        f.setAttributes(list(attrs))
        feats.append(f)
    ok, _ = mem.dataProvider().addFeatures(feats)
    if not ok or mem.featureCount() != len(rows):
        raise SystemExit(f"{name}: {mem.featureCount()} of {len(rows)} features accepted")
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = name
    opts.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
                                 if overwrite_file or not os.path.exists(path) else
                                 QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    err = QgsVectorFileWriter.writeAsVectorFormatV3(mem, path, QgsCoordinateTransformContext(),
                                                    opts)
    if err[0] != QgsVectorFileWriter.WriterError.NoError:
        raise SystemExit(f"writing {name}: {err}")
    return f"{path}|layername={name}"


def polygons(where):
    """[(geometry in CRS, tags)] of OSM multipolygons passing ``where(tags)`` (repaired)."""
    lyr = osm("multipolygons")
    names = lyr.fields().names()
    out = []
    for f in lyr.getFeatures():
        t = tags(f, names)
        if not where(t):
            continue
        g = f.geometry()
        if g is None or g.isEmpty():
            continue
        g = to_crs(g, lyr.crs()).makeValid()
        if g.isEmpty() or g.area() <= 0:
            continue
        out.append((g, t))
    return out


def main():
    from qgis.core import (
        QgsFeatureRequest,
        QgsGeometry,
        QgsRectangle,
        QgsVectorLayer,
    )
    app, _provider = start()
    # everything is built in a staging folder and moved into resources/workshop at the end, so a
    # failed build leaves the committed kit as it was
    global OUT
    final = OUT
    OUT = tempfile.mkdtemp(prefix="urbanplan-workshop-")
    gpkg = os.path.join(OUT, GPKG_NAME)
    rng = np.random.default_rng(SEED)

    # --- the walking network -------------------------------------------------------------
    net = run("urbanplan:preparewalknetwork", {
        "INPUT": f"{DATA}/Helsinki.osm.pbf|layername=lines", "OSM_FILTER": True,
        "SNAP_TOLERANCE": 0.5, "TARGET_CRS": CRS,
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"walk_network\" (geom)"})
    print(f"walk_network: {net['EDGE_COUNT']} edges, {net['TOTAL_LENGTH_KM']:.1f} km")
    net_layer = QgsVectorLayer(net["OUTPUT"], "net", "ogr")
    ext = QgsRectangle(net_layer.extent())

    # --- study area, water, zones -------------------------------------------------------------
    water = polygons(lambda t: t.get("natural") == "water" or t.get("water") or
                     t.get("landuse") in ("basin", "reservoir"))
    water_union = QgsGeometry.unaryUnion([g for g, _ in water])
    # the flood comes from the bay (Töölönlahti, connected to the sea), not from fountains
    bay = [(g, t) for g, t in water if g.area() >= 1000.0]
    bay_union = QgsGeometry.unaryUnion([g for g, _ in bay])
    study = QgsGeometry.fromRect(ext).difference(water_union)
    write_layer(gpkg, "water", "MultiPolygon", [("name", "string")],
                [(g, [t.get("name")]) for g, t in water])
    write_layer(gpkg, "flood_source", "MultiPolygon", [("name", "string")],
                [(g, [t.get("name") or "Töölönlahti bay"]) for g, t in bay])
    write_layer(gpkg, "study_area", "MultiPolygon", [("name", "string")],
                [(study, ["Central Helsinki (OSM extract, water removed)"])])
    xm, ym = ext.center().x(), ext.center().y()
    quads = {"North-west": (ext.xMinimum(), ym, xm, ext.yMaximum()),
             "North-east": (xm, ym, ext.xMaximum(), ext.yMaximum()),
             "South-west": (ext.xMinimum(), ext.yMinimum(), xm, ym),
             "South-east": (xm, ext.yMinimum(), ext.xMaximum(), ym)}
    write_layer(gpkg, "zones", "Polygon", [("name", "string")],
                [(QgsGeometry.fromRect(QgsRectangle(*b)), [n]) for n, b in quads.items()])

    # --- buildings with population (dasymetric) and synthetic age groups --------------------
    bld = polygons(lambda t: "building" in t)
    grid = QgsVectorLayer(f"{DATA}/helsinki_population_grid_2020.gpkg", "grid", "ogr")
    cells = []
    area_box = QgsGeometry.fromRect(ext)
    for f in grid.getFeatures():
        g = to_crs(f.geometry(), grid.crs())
        inside = g.intersection(area_box).area() / g.area() if g.area() > 0 else 0.0
        if inside > 0:
            cells.append((g, float(f["population"] or 0) * inside, rng.uniform(0.12, 0.24),
                          rng.uniform(0.08, 0.16)))
    res_idx = [i for i, (g, t) in enumerate(bld) if t.get("building") not in NON_RESIDENTIAL]
    pop = np.zeros(len(bld))
    p65 = np.zeros(len(bld))
    p14 = np.zeros(len(bld))
    lost = 0.0
    centres = {i: bld[i][0].pointOnSurface() for i in res_idx}
    for g, people, s65, s14 in cells:
        members = [i for i in res_idx if g.contains(centres[i])]
        areas = np.array([bld[i][0].area() for i in members])
        if not members or areas.sum() <= 0:
            lost += people
            continue
        share = areas / areas.sum() * people
        for i, v in zip(members, share):
            pop[i] += v
            p65[i] += v * s65
            p14[i] += v * s14
    print(f"buildings: {len(bld)} ({len(res_idx)} residential), population "
          f"{pop.sum():,.0f} (cells without residential building: {lost:,.0f} people left out)")
    write_layer(gpkg, "buildings", "MultiPolygon",
                [("osm_id", "string"), ("name", "string"), ("building", "string"),
                 ("population", "double"), ("pop_65plus", "double"),
                 ("pop_0_14", "double")],
                [(g, [t.get("osm_id") or t.get("osm_way_id"), t.get("name"), t.get("building"),
                      round(float(pop[i]), 1), round(float(p65[i]), 1),
                      round(float(p14[i]), 1)]) for i, (g, t) in enumerate(bld)])

    # --- parks, idle plots, climate shelters, services ----------------------------------------
    parks = polygons(lambda t: t.get("leisure") in ("park", "garden", "playground", "common"))
    write_layer(gpkg, "parks", "MultiPolygon", [("name", "string"), ("leisure", "string")],
                [(g, [t.get("name"), t.get("leisure")]) for g, t in parks])
    idle = polygons(lambda t: t.get("amenity") == "parking" or
                    t.get("landuse") in ("construction", "brownfield", "greenfield"))
    idle = [(g, t) for g, t in idle if g.area() >= 150.0]
    write_layer(gpkg, "idle_plots", "MultiPolygon",
                [("name", "string"), ("kind", "string"), ("area_m2", "double")],
                [(g, [t.get("name"), "car park" if t.get("amenity") == "parking"
                      else t.get("landuse"), round(g.area(), 1)]) for g, t in idle])
    shelters = []
    for layer_name in ("points", "multipolygons"):
        lyr = osm(layer_name)
        names = lyr.fields().names()
        for f in lyr.getFeatures():
            t = tags(f, names)
            if t.get("amenity") not in SHELTER_AMENITIES:
                continue
            g = to_crs(f.geometry(), lyr.crs())
            p = g.pointOnSurface() if layer_name == "multipolygons" else g
            shelters.append((p, [t.get("name") or t["amenity"], "climate_shelter",
                                 t["amenity"]]))
    write_layer(gpkg, "climate_shelters", "Point",
                [("name", "string"), ("category", "string"), ("amenity", "string")], shelters)
    print(f"parks: {len(parks)}, idle plots: {len(idle)}, climate shelters (libraries, "
          f"community centres): {len(shelters)}")
    dest = run("urbanplan:osmdestinations", {"INPUT": f"{DATA}/Helsinki.osm.pbf",
                                             "OUTPUT": "memory:"})["OUTPUT"]
    srv = [(to_crs(f.geometry(), dest.crs()), [f["category"], f["name"], f["osm_id"]])
           for f in dest.getFeatures()]
    write_layer(gpkg, "services", "Point",
                [("category", "string"), ("name", "string"), ("osm_id", "string")], srv)

    # --- synthetic terrain and two flood levels -------------------------------------------------
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    cell = 5.0
    x0, y1 = math.floor(ext.xMinimum()) - 20, math.ceil(ext.yMaximum()) + 20
    cols = int((ext.width() + 40) / cell) + 1
    rows_n = int((ext.height() + 40) / cell) + 1
    g = Grid(x0, y1, cell, cell, rows_n, cols, crs_authid=CRS)
    xs, ys = g.centres()
    X, Y = np.meshgrid(xs, ys)
    dist = np.full(X.shape, np.inf)
    from qgis.core import QgsPointXY
    for geom, _t in bay:
        # distance to the water, on a coarse grid of the water's vertices (fast enough here)
        pts = np.array([(v.x(), v.y()) for v in geom.vertices()])
        if len(pts) > 400:
            pts = pts[:: max(1, len(pts) // 400)]
        for px, py in pts:
            np.minimum(dist, np.hypot(X - px, Y - py), out=dist)
    for i in range(rows_n):
        for j in range(cols):
            if dist[i, j] < 30 and bay_union.contains(QgsGeometry.fromPointXY(
                    QgsPointXY(X[i, j], Y[i, j]))):
                dist[i, j] = 0.0
    ground = (0.3 + 0.008 * dist + 0.35 * np.sin(X / 140.0) * np.sin(Y / 190.0)).astype(
        np.float32)
    dem = write_geotiff(os.path.join(OUT, "terrain_synthetic.tif"), ground, g, crs=CRS)
    depths = {}
    for level, name in ((BASE_LEVEL, "flood_1_2m_synthetic.tif"),
                        (SURGE_LEVEL, "flood_2_0m_synthetic.tif")):
        r = run("urbanplan:floodextent", {
            "DEM": dem, "MODE": 0, "WATER_LEVEL": level,
            "SOURCE": f"{gpkg}|layername=flood_source", "CONNECTIVITY": 8,
            "OUTPUT": os.path.join(OUT, name)})
        depths[level] = r["OUTPUT"]
        print(f"water at {level} m: {r['FLOODED_AREA_M2'] / 1e4:.1f} ha, max depth "
              f"{r['MAX_DEPTH_M']:.2f} m")

    # --- the scenarios' features, placed by the plugin --------------------------------------
    bl = f"{gpkg}|layername=buildings"
    new_shelters = run("urbanplan:suggestsites", {  # libraries and community centres today
        "DEMAND": bl, "POPULATION_FIELD": "pop_65plus",
        "EXISTING": f"{gpkg}|layername=climate_shelters", "K": 3, "DISTANCE_M": 400.0,
        "NETWORK": net["OUTPUT"], "OUTPUT": "memory:"})
    shelter_sites = [(f.geometry().asWkt(2), f["rank"])
                     for f in new_shelters["OUTPUT"].getFeatures()]
    print(f"new shelters: {len(shelter_sites)}, older residents within 400 m "
          f"{new_shelters['COVERED_BEFORE_PCT']:.1f}% -> {new_shelters['COVERED_AFTER_PCT']:.1f}%")
    park = run("urbanplan:suggestsites", {
        "DEMAND": bl, "POPULATION_FIELD": "population",
        "EXISTING": f"{gpkg}|layername=parks",
        "CANDIDATES": f"{gpkg}|layername=idle_plots", "K": 1, "DISTANCE_M": 300.0,
        "NETWORK": net["OUTPUT"], "OUTPUT": "memory:"})
    site = next(park["OUTPUT"].getFeatures())
    plots = QgsVectorLayer(f"{gpkg}|layername=idle_plots", "plots", "ogr")
    plot = next(plots.getFeatures(QgsFeatureRequest(int(site["candidate_fid"]))))
    print(f"pocket park on idle plot {plot['kind']} ({plot['area_m2']:.0f} m²): people within "
          f"300 m of a park {park['COVERED_BEFORE_PCT']:.1f}% -> {park['COVERED_AFTER_PCT']:.1f}%")

    build_project(gpkg, net["OUTPUT"], depths, dem, shelter_sites, plot)
    from qgis.core import QgsProject
    QgsProject.instance().clear()          # release the files before moving them
    staging, OUT = OUT, final
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name != "README.md":
            os.remove(os.path.join(OUT, name))
    for name in os.listdir(staging):
        if not name.endswith(".aux.xml"):  # statistics QGIS wrote while building
            shutil.move(os.path.join(staging, name), os.path.join(OUT, name))
    shutil.rmtree(staging, ignore_errors=True)
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print(f"resources/workshop: {total / 1e6:.1f} MB")
    app.exitQgis()


def build_project(gpkg, network, depths, dem, shelter_sites, plot):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsProject,
        QgsRasterLayer,
        QgsReferencedRectangle,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    from urbanplan_plugin.core.scenarios.model import LayerRef, Override, Scenario, ScenarioSet
    from urbanplan_plugin.project.scenario_store import layer_ref, write_scenarios
    from urbanplan_plugin.project.styles import apply_style, style_zones

    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem(CRS))
    project.setTitle("UrbanPlan workshop: central Helsinki")
    path = os.path.join(OUT, PROJECT_NAME)
    project.setFileName(path)

    def vec(name, title):
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", title, "ogr")
        assert lyr.isValid(), name
        return lyr

    def single(lyr, sym):
        lyr.setRenderer(QgsSingleSymbolRenderer(sym))
        return lyr

    shelters = single(vec("climate_shelters", "Climate shelters (libraries, community "
                                              "centres)"),
                      QgsMarkerSymbol.createSimple({"name": "triangle", "color": "#2166ac",
                                                    "size": "4", "outline_color": "white"}))
    services = single(vec("services", "Daily services (OpenStreetMap)"),
                      QgsMarkerSymbol.createSimple({"name": "circle", "color": "#6a6a6a",
                                                    "size": "1.6", "outline_color": "white"}))
    parks = single(vec("parks", "Parks and playgrounds"),
                   QgsFillSymbol.createSimple({"color": "#a1d99b", "outline_color": "#31a354",
                                               "outline_width": "0.3"}))
    plots = single(vec("idle_plots", "Idle plots (car parks, construction sites)"),
                   QgsFillSymbol.createSimple({"color": "#fdae61", "style": "b_diagonal",
                                               "outline_color": "#e6550d",
                                               "outline_width": "0.3"}))
    buildings = single(vec("buildings", "Buildings with residents"),
                       QgsFillSymbol.createSimple({"color": "#d9d9d9",
                                                   "outline_color": "#969696",
                                                   "outline_width": "0.1"}))
    net = single(vec("walk_network", "Walking network"),
                 QgsLineSymbol.createSimple({"line_color": "#9e9e9e", "line_width": "0.2"}))
    zones = vec("zones", "Zones (quadrants)")
    style_zones(zones, "name")
    study = single(vec("study_area", "Study area (built-up area)"),
                   QgsFillSymbol.createSimple({"style": "no", "outline_color": "#252525",
                                               "outline_width": "0.5",
                                               "outline_style": "dash"}))
    water = single(vec("water", "Water"),
                   QgsFillSymbol.createSimple({"color": "#c6dbef", "outline_style": "no"}))
    source = single(vec("flood_source", "Flood source: Töölönlahti bay"),
                    QgsFillSymbol.createSimple({"color": "#6baed6", "outline_color": "#08519c",
                                                "outline_width": "0.4"}))
    flood_base = QgsRasterLayer(depths[BASE_LEVEL], "Flood depth, water at 1.2 m (synthetic)")
    flood_surge = QgsRasterLayer(depths[SURGE_LEVEL], "Flood depth, water at 2.0 m (synthetic)")
    terrain = QgsRasterLayer(dem, "Terrain (synthetic)")
    for r in (flood_base, flood_surge):
        apply_style(r)
    root = project.layerTreeRoot()
    base = root.addGroup("Baseline: central Helsinki")
    flood = root.addGroup("Flood (synthetic terrain)")
    for lyr in (shelters, services, parks, plots, buildings, net, zones, study, water):
        project.addMapLayer(lyr, False)
        base.addLayer(lyr)
    for lyr in (source, flood_base, flood_surge, terrain):
        project.addMapLayer(lyr, False)
        flood.addLayer(lyr)
    for lyr in (services, zones, study):
        root.findLayer(lyr.id()).setItemVisibilityChecked(False)
    for lyr in (flood_surge, terrain, source):
        root.findLayer(lyr.id()).setItemVisibilityChecked(False)
    flood.setExpanded(False)

    sset = ScenarioSet(notes=(
        "UrbanPlan workshop on central Helsinki. Streets, buildings, parks, services: "
        "OpenStreetMap (ODbL); population: HSY 250 m grid 2020 (CC BY 4.0) spread over the "
        "residential buildings; age groups, terrain and flood depths are SYNTHETIC. Exercises: "
        "docs/workshop_2h.md and docs/workshop_1day.md."))
    def ref(lyr):
        """A LayerRef by layer id and name; the source keeps only the file name (the kit is
        copied elsewhere before it is used, the project's own relative paths find the files)."""
        r = layer_ref(lyr)
        r.source = os.path.basename(r.source.split("|")[0]) + (
            "|" + r.source.split("|", 1)[1] if "|" in r.source else "")
        return r
    for role, lyr in (("streets", net), ("population", buildings), ("facilities", shelters),
                      ("parks", parks), ("buildings", buildings), ("hazard", flood_base)):
        sset.set_baseline(role, ref(lyr))
    sset.baseline_params.update({"POPULATION_FIELD": "population",
                                 "GROUP_FIELDS": ["pop_65plus", "pop_0_14"],
                                 "CATEGORY_FIELD": "category", "THRESHOLD_MIN": 10.0})
    n_new = len(shelter_sites)
    s1 = Scenario(name=f"{n_new} new climate shelters", description=(
        "Barcelona-style climate shelters (Shanghai Manual 2025: over 90% of the most "
        "vulnerable within a 10-minute walk, everyone within 5 minutes by 2030): "
        f"{n_new} new shelters where the residents aged 65+ farther than 400 m (5 minutes at "
        "4.8 km/h) from a shelter are (placed with urbanplan:suggestsites)."))
    s1.overrides.append(Override(
        kind="add", role="facilities", label="New climate shelters", geometry="point", crs=CRS,
        features=[{"wkt": wkt, "attrs": {"name": f"New climate shelter {int(rank)}",
                                         "category": "climate_shelter",
                                         "amenity": "community_centre"}}
                  for wkt, rank in shelter_sites]))
    s2 = Scenario(name="Pocket park on an idle plot", description=(
        f"A pocket park on the {plot['kind']} of {plot['area_m2']:.0f} m² that brings the most "
        "residents within 300 m of a park (Fuzhou pocket parks, Fortaleza micro-parks on idle "
        "plots; chosen with urbanplan:suggestsites)."))
    s2.overrides.append(Override(
        kind="add", role="parks", label="New pocket park", geometry="polygon", crs=CRS,
        features=[{"wkt": plot.geometry().asWkt(2),
                   "attrs": {"name": "Pocket park (idle plot)", "leisure": "park"}}]))
    s3 = Scenario(name="Water at 2.0 m", description=(
        "The water stands at 2.0 m instead of 1.2 m (SYNTHETIC terrain): who is exposed, and "
        "who loses the walk to a climate shelter?"))
    s3.overrides.append(Override(kind="replace", role="hazard", label="Water at 2.0 m",
                                 layer=ref(flood_surge)))
    for s in (s1, s2, s3):
        sset.add(s)
    write_scenarios(sset, project)
    project.viewSettings().setDefaultViewExtent(
        QgsReferencedRectangle(buildings.extent(), buildings.crs()))
    if not project.write(path):
        raise SystemExit(f"could not write {path}")
    # no label font that only some computers have (QGIS would warn on opening)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from fix_workshop_fonts import fix
    fix(path)
    print("wrote", os.path.relpath(path, ROOT), "with scenarios:", ", ".join(sset.names()))
    del LayerRef


if __name__ == "__main__":
    main()
