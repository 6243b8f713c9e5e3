"""Every algorithm's outputs against the one output schema (urbanplan_plugin/core/schema.py).

All algorithms run once, in this QGIS process, through processing.run on the small data of the
other tests (the São Paulo sample city of tests/report_city.py, the hand-worked grid towns of
the public-space, flood and walkability tests, the synthetic terrain of tests/flood_terrain.py),
each sink written to a GeoPackage. Then every written field and summary column must be declared
in the schema for its algorithm and output, with a matching kind; every column name must work
unquoted in SQL (GDAL's own SQL and SQLite, as ``ogrinfo -sql`` runs them); no number may reach
a layer as infinity or NaN; summary tables with categories carry the all_categories and
any_category rows whatever the number of categories; every numeric output is declared; the
styles draw each layer by a declared field; and an output run through its algorithm again keeps
its field names (the one field-clash policy)."""
import math
import shutil
import subprocess

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFields,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsVectorLayer,
)

import report_city
from conftest import DATA, memory_layer
from flood_terrain import tilted_plane
from urbanplan_plugin.core import schema as S

OGRINFO = shutil.which("ogrinfo")


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    def text(self):
        return "\n".join(self.lines)


class Runs:
    """The written outputs: [(algorithm, output, layer uri, input field names)] and the numeric
    results of every run."""

    def __init__(self, folder):
        self.folder = folder
        self.layers = []
        self.results = {}

    def sink(self, alg, output, tag=""):
        path = self.folder / f"{alg}{tag}.gpkg"
        table = S.table(alg, output)
        geom = "" if table is not None and table.geometry == "table" else " (geom)"
        return f"ogr:dbname='{path}' table=\"{output.lower()}\"{geom}"

    def run(self, alg, params, inputs=None, tag=""):
        """Run with every sink written to a GeoPackage; ``inputs``: {output: the input layer
        whose fields the output copies}."""
        from qgis import processing
        registry = QgsApplication.processingRegistry()
        algorithm = registry.algorithmById(f"urbanplan:{alg}")
        params = dict(params)
        for d in algorithm.destinationParameterDefinitions():
            if d.type() == "sink":
                params[d.name()] = self.sink(alg, d.name(), tag)
        res = processing.run(f"urbanplan:{alg}", params)
        self.results.setdefault(alg, []).append(res)
        for d in algorithm.destinationParameterDefinitions():
            if d.type() == "sink" and res.get(d.name()):
                copied = set()
                src = (inputs or {}).get(d.name())
                if src is not None:
                    copied = set(_layer(src).fields().names())
                self.layers.append((alg, d.name(), res[d.name()], copied))
        return res


def _layer(src):
    if isinstance(src, QgsVectorLayer):
        return src
    return QgsVectorLayer(str(src), "l", "ogr")


def _uri_parts(uri):
    """(GeoPackage path, table) of a layer source ('path|layername=table' or 'path')."""
    from osgeo import ogr
    from qgis.core import QgsProviderRegistry
    parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
    path, table = parts["path"], parts.get("layerName")
    if not table:
        ds = ogr.Open(path)
        table = ds.GetLayer(0).GetName()
        ds = None
    return path, table


@pytest.fixture(scope="module")
def runs(provider, tmp_path_factory):
    from qgis import processing
    from test_accessibilitygrid_alg import destinations as grid_dests
    from test_accessibilitygrid_alg import grid_streets as grid_net
    from test_flood_disruption_alg import params as disruption_params
    from test_flood_exposure_alg import CRS as FE_CRS
    from test_flood_exposure_alg import X0 as FE_X0
    from test_flood_exposure_alg import Y0 as FE_Y0
    from test_flood_exposure_alg import write_raster
    from test_flood_extent_alg import write_dem
    from test_flood_risk_alg import block, building
    from test_scenarios_scorecard import builtup, hazard, parks, scenario_file
    from test_supplydemand_alg import demand, street, supply

    from test_publicspace_sdg1171 import CRS as PS_CRS
    from test_publicspace_sdg1171 import box_wkt, grid_wkt
    from test_scenarios_inputs import facilities, grid_streets, origins
    from urbanplan_plugin.project.runs import forget_all
    forget_all()
    folder = tmp_path_factory.mktemp("schema_walk")
    r = Runs(folder)
    city = report_city.build(folder / "city")
    residents = city["residents"]
    shelters = f"{folder / 'city' / 'sao_paulo_climate_shelters.gpkg'}|layername=shelters"
    # the sample city's own runs (already in GeoPackages)
    r.layers += [
        ("preparewalknetwork", "OUTPUT", city["network"]["OUTPUT"], set()),
        ("fifteenminutecity", "OUTPUT", city["walk"]["OUTPUT"],
         set(_layer(residents).fields().names())),
        ("fifteenminutecity", "SUMMARY", city["walk"]["SUMMARY"], set()),
        ("comparescenarios", "OUTPUT", city["compare"]["OUTPUT"], {"population"}),
        ("comparescenarios", "SUMMARY", city["compare"]["SUMMARY"], set()),
        ("floodexposure", "OUTPUT", city["flood"]["OUTPUT"],
         set(_layer(residents).fields().names())),
        ("floodexposure", "SUMMARY", city["flood"]["SUMMARY"], set()),
        ("servicearea", "OUTPUT", city["areas"]["OUTPUT"], set()),
    ]
    for alg in ("preparewalknetwork", "fifteenminutecity", "comparescenarios", "floodexposure",
                "servicearea"):
        r.results.setdefault(alg, [])
    r.results["fifteenminutecity"].append(city["walk"])
    net = city["network"]["OUTPUT"]
    # one destination category: the summary still has the all_categories/any_category rows
    r.run("fifteenminutecity", {"ORIGINS": residents, "POPULATION_FIELD": "population",
                                "DESTINATIONS": shelters, "NETWORK": net, "ZONES": city["zones"],
                                "ZONE_FIELD": "name", "GROUP_FIELDS": ["pop_65plus"]},
          {"OUTPUT": residents}, tag="_one")
    r.run("accessibilitygrid", {"DESTINATIONS": grid_dests(), "CATEGORY_FIELD": "kind",
                                "WEIGHT_FIELD": "jobs", "NETWORK": grid_net(),
                                "EXTENT": "-50,250,-50,250 [EPSG:32723]", "CELL_SIZE": 100,
                                "THRESHOLD_MIN": 2.5, "HORIZON_MIN": 10})
    r.run("supplydemand", {"SUPPLY": supply(), "SUPPLY_FIELD": "seats", "DEMAND": demand(),
                           "POPULATION_FIELD": "pop", "NETWORK": street(),
                           "CATCHMENT_MIN": 10},
          {"OUTPUT": demand(), "FACILITIES_OUTPUT": supply()})
    # public space: the hand-worked grid city
    net_ps = memory_layer("LineString", PS_CRS, grid_wkt())
    people = memory_layer("Point", PS_CRS, [
        ("Point(0 0)", [10, 5, "F"]), ("Point(0 300)", [20, 10, "M"]),
        ("Point(400 400)", [30, 15, "F"]), ("Point(250 100)", [40, 20, "M"]),
        ("Point(150 100)", [50, 25, "F"]), ("Point(900 900)", [5, 2, "F"])],
        fields=[("pop", "double"), ("women", "double"), ("sex", "string")])
    open_spaces = memory_layer("Polygon", PS_CRS, [box_wkt(110, 110, 190, 190),
                                                   box_wkt(305, 305, 425, 385)])
    zones_ps = memory_layer("Polygon", PS_CRS, [(box_wkt(-10, -10, 210, 410), ["west"]),
                                                (box_wkt(210, -10, 410, 410), ["east"])],
                            fields=[("name", "string")])
    streets_ps = memory_layer("LineString", PS_CRS, [(w, [10.0]) for w in grid_wkt()],
                              fields=[("width", "double")])
    r.run("sdg1171", {"BUILTUP": memory_layer("Polygon", PS_CRS, [box_wkt(0, 0, 400, 400)]),
                      "OPEN_SPACES": open_spaces, "STREETS": streets_ps,
                      "STREET_WIDTH_FIELD": "width", "NETWORK": net_ps, "POPULATION": people,
                      "POPULATION_FIELD": "pop", "GROUP_FIELDS": ["women", "sex"],
                      "ZONES": zones_ps, "ZONE_FIELD": "name", "ENTRANCE_TOLERANCE_M": 20},
          {"OUTPUT": people})
    r.run("greenspacecoverage", {"PARKS": open_spaces, "NETWORK": net_ps, "POPULATION": people,
                                 "POPULATION_FIELD": "pop", "ZONES": zones_ps,
                                 "ZONE_FIELD": "name", "GROUP_FIELDS": ["women"],
                                 "CLASSES": ["pocket", 0, 300, "neighbourhood", 5000, 500],
                                 "ENTRANCE_TOLERANCE_M": 20},
          {"OUTPUT": people, "UNDERSERVED": people})
    r.run("suggestsites", {"DEMAND": people, "POPULATION_FIELD": "pop", "K": 2,
                           "DISTANCE_M": 200, "NETWORK": net_ps})
    # flood
    plane = write_raster(folder / "plane.tif", np.tile(np.linspace(2.0, 0.0, 10), (10, 1)))
    roads = memory_layer("LineString", FE_CRS, [
        (f"LineString({FE_X0} {FE_Y0 - 5}, {FE_X0 + 10} {FE_Y0 - 5})", ["primary"]),
        (f"LineString({FE_X0 + 2} {FE_Y0 - 1}, {FE_X0 + 2} {FE_Y0 - 9})", ["footway"])],
        fields=[("highway", "string")])
    r.run("floodexposure", {"HAZARD": plane, "EXPOSURE": roads, "ROAD_CLASS_FIELD": "highway"},
          {"OUTPUT": roads}, tag="_roads")
    events = [block(folder, "rp10", 0.0), block(folder, "rp50", 0.5),
              block(folder, "rp100", 1.0)]
    house = building()
    r.run("floodrisk", {"HAZARDS": events, "RETURN_PERIODS": "10, 50, 100",
                        "EXPOSURE": house, "VALUE_FIELD": "value"}, {"OUTPUT": house})
    from test_flood_disruption_alg import depth_raster as disruption_raster
    from test_flood_disruption_alg import destinations as fd_dests
    from test_flood_disruption_alg import origins as fd_origins
    fd_o, fd_d = fd_origins(), fd_dests()
    r.run("flooddisruption", disruption_params(disruption_raster(folder / "fd.tif"),
                                               ORIGINS=fd_o, DESTINATIONS=fd_d),
          {"OUTPUT": fd_o, "FACILITIES": fd_d})
    dem, grid = tilted_plane()
    r.results["floodextent"] = [processing.run(
        "urbanplan:floodextent", {"DEM": write_dem(folder / "dem.tif", dem, grid),
                                  "WATER_LEVEL": 2.2, "OUTPUT": str(folder / "depth.tif")})]
    from test_flood_simulation_alg import _pit_dem
    r.run("floodsimulation", {"DEM": _pit_dem(folder / "pit.tif")[0], "RAIN_MM": 20,
                              "DURATION_H": 0.5, "SIMULATION_H": 1.0, "POPULATION": fd_o,
                              "POPULATION_FIELD": "pop",
                              **{k: str(folder / f"sim_{k.lower()}.tif") for k in
                                 ("MAX_DEPTH", "MAX_VELOCITY", "HAZARD", "ARRIVAL_H",
                                  "RECESSION_H")}})
    # scenarios
    r.run("scorecard", {"SCENARIO": "park and shelter",
                        "SCENARIO_FILE": scenario_file(folder), "NETWORK": grid_streets(),
                        "POPULATION": origins(), "POPULATION_FIELD": "population",
                        "FACILITIES": facilities(), "CATEGORY_FIELD": "category",
                        "PARKS": parks(), "HAZARD": hazard(), "DEPTH_FIELD": "depth",
                        "BUILDINGS": origins(), "BUILTUP": builtup()})
    # prepare
    pbf = str(DATA / "sao_paulo" / "spo_osm.pbf")
    r.run("osmdestinations", {"INPUT": pbf})
    try:
        import osmnx  # noqa: F401
        r.run("downloadosmnetwork", {"OSM_FILE": str(DATA / "helsinki" /
                                                     "helsinki_centre_streets.osm")})
    except ImportError:
        pass
    return r


def _fields(uri):
    layer = QgsVectorLayer(uri, "l", "ogr")
    assert layer.isValid(), uri
    return layer


def _result_fields(layer, copied):
    return [f for f in layer.fields() if f.name() not in copied and f.name() != "fid"]


def test_every_algorithm_is_walked(runs, provider):
    walked = {a for a, *_ in runs.layers} | set(runs.results)
    ids = {a.name() for a in provider.algorithms()}
    # report writes files, not layers (numbers below); batchareas writes the layers of the
    # analysis it runs (tests/test_batch.py compares them with processing.run field by field)
    missing = ids - walked - {"report", "batchareas"}
    try:
        import osmnx  # noqa: F401
    except ImportError:
        missing.discard("downloadosmnetwork")
    assert not missing, missing


def test_every_written_field_is_declared_with_its_kind(runs):
    problems = []
    for alg, output, uri, copied in runs.layers:
        layer = _fields(uri)
        for f in _result_fields(layer, copied):
            col = S.column(alg, output, f.name())
            if col is None:
                problems.append(f"{alg} {output}: {f.name()} is not in core/schema.py")
            elif (col.kind == "string") == f.isNumeric():
                problems.append(f"{alg} {output}: {f.name()} is {f.typeName()}, the schema "
                                f"says {col.kind}")
    assert not problems, "\n".join(problems)


def test_every_output_of_an_algorithm_is_walked(runs, provider):
    written = {(a, o) for a, o, *_ in runs.layers}
    for alg in provider.algorithms():
        for d in alg.destinationParameterDefinitions():
            if d.type() == "sink" and alg.name() in {a for a, _ in written}:
                assert (alg.name(), d.name()) in written, (alg.name(), d.name())
                assert S.table(alg.name(), d.name()) is not None


def test_column_names_need_no_quoting_in_sql(runs):
    """``ogrinfo -sql "SELECT <columns> FROM <table>"`` works with the column names unquoted,
    in SQLite (the GeoPackage's own dialect) and in GDAL's OGR SQL: no reserved word."""
    from osgeo import gdal, ogr
    gdal.UseExceptions()
    for alg, output, uri, copied in runs.layers:
        layer = _fields(uri)
        names = [f.name() for f in _result_fields(layer, copied)]
        path, table = _uri_parts(layer.source())
        sql = f"SELECT {', '.join(names)} FROM \"{table}\""
        ds = ogr.Open(path)
        for dialect in ("SQLITE", "OGRSQL"):
            res = ds.ExecuteSQL(sql, dialect=dialect)
            assert res is not None, (alg, output, dialect, sql)
            ds.ReleaseResultSet(res)
        ds = None
        if OGRINFO and table in ("summary",):
            run = subprocess.run([OGRINFO, "-ro", "-q", "-sql", sql, path], capture_output=True,
                                 text=True, timeout=60)
            assert run.returncode == 0 and "ERROR" not in run.stderr, (alg, run.stderr)


def test_no_number_reaches_a_layer_as_infinity_or_nan(runs):
    from osgeo import ogr
    for alg, output, uri, _copied in runs.layers:
        path, table = _uri_parts(_fields(uri).source())
        ds = ogr.Open(path)
        lyr = ds.GetLayerByName(table)
        defn = lyr.GetLayerDefn()
        real = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())
                if defn.GetFieldDefn(i).GetType() == ogr.OFTReal]
        for feat in lyr:
            for name in real:
                if feat.IsFieldSetAndNotNull(name):
                    v = feat.GetFieldAsDouble(name)
                    assert math.isfinite(v), (alg, output, name, v)
        ds = None


def _rows(uri):
    layer = _fields(uri)
    names = layer.fields().names()
    return [dict(zip(names, [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                             for v in f.attributes()])) for f in layer.getFeatures()]


def test_category_summaries_always_have_the_combined_rows(runs):
    seen = 0
    for alg, output, uri, _ in runs.layers:
        table = S.table(alg, output)
        if not table.category_rows:
            continue
        rows = _rows(uri)
        keys = [k for k in (S.ZONE, S.POP_GROUP) if k in rows[0]]
        for key in {tuple(r[k] for k in keys) for r in rows}:
            cats = {r[S.CATEGORY] for r in rows if tuple(r[k] for k in keys) == key}
            assert {S.ALL_CATEGORIES, S.ANY_CATEGORY} <= cats, (alg, uri, key, cats)
            real = cats - {S.ALL_CATEGORIES, S.ANY_CATEGORY}
            if len(real) == 1:
                seen += 1
                # one category: the combined rows repeat it
                one = [r for r in rows if tuple(r[k] for k in keys) == key]
                by = {r[S.CATEGORY]: r for r in one}
                c = next(iter(real))
                for combined in (S.ALL_CATEGORIES, S.ANY_CATEGORY):
                    for col in (S.POPULATION, S.POP_WITHIN, S.POP_WITHIN_PCT):
                        if col in by[c]:
                            assert by[combined][col] == pytest.approx(by[c][col])
    assert seen > 0   # the one-category run was checked


def test_shares_are_percentages(runs):
    """Summary shares are in % (0-100), never fractions: read from the written tables."""
    for alg, output, uri, copied in runs.layers:
        layer = _fields(uri)
        for f in _result_fields(layer, copied):
            col = S.column(alg, output, f.name())
            if col is not None and col.unit == "pct" and col.name != S.CHANGE_PCT:
                vals = [r[f.name()] for r in _rows(uri) if r[f.name()] is not None]
                assert all(-1e-9 <= v <= 100 + 1e-9 for v in vals), (alg, f.name(), vals)
    walk = _rows(next(uri for a, o, uri, _ in runs.layers
                      if a == "fifteenminutecity" and o == "SUMMARY"))
    assert any(r[S.POP_WITHIN_PCT] > 1.0 for r in walk)   # percentages, not 0-1


def test_numeric_outputs_are_declared(provider):
    problems = []
    for alg in provider.algorithms():
        outs = {o.name() for o in alg.outputDefinitions()
                if isinstance(o, QgsProcessingOutputNumber)}
        declared = {c.name for c in S.numbers(alg.name())}
        if outs != declared:
            problems.append(f"{alg.name()}: outputs {sorted(outs - declared)} not declared, "
                            f"declared {sorted(declared - outs)} not returned")
    assert not problems, "\n".join(problems)


def test_numeric_outputs_are_finite_or_null(runs):
    for alg, results in runs.results.items():
        declared = {c.name for c in S.numbers(alg)}
        for res in results:
            for name in declared & set(res):
                v = res[name]
                assert v is None or math.isfinite(float(v)), (alg, name, v)


def test_styles_draw_by_declared_fields(runs):
    from urbanplan_plugin.project.styles import apply_style, style_plan
    styled = 0
    for alg, output, uri, _ in runs.layers:
        layer = _fields(uri)
        record = {"algorithm": alg, "output": output, "parameters": {}}
        plan = style_plan(layer, record)
        table = S.table(alg, output)
        if table.geometry == "table":
            assert plan is None
            continue
        if table.style or S.styled_columns(alg, output):
            assert plan is not None, (alg, output)
            assert apply_style(layer, record), (alg, output)
            styled += 1
        if plan is not None and "field" in plan[1]:
            field = plan[1]["field"]
            assert field in layer.fields().names()
            assert S.column(alg, output, field) is not None
            assert S.column(alg, output, field).style == plan[0]
        # the same plan from the fields alone (the report's maps, layers without a record)
        found = S.detect(layer.fields().names())
        if found is not None and table.signature:
            assert found == (alg, output) or S.table(*found).signature == table.signature
    assert styled >= 12


def test_running_an_output_again_replaces_its_fields(runs, run_alg):
    """The one field-clash policy: an input field with a result's name is replaced (and the
    log says so), so sdg1171 on its own output writes ``within`` again, not ``within_2``."""
    first = next(uri for a, o, uri, _ in runs.layers if a == "sdg1171" and o == "OUTPUT")
    layer = _fields(first)
    from test_publicspace_sdg1171 import CRS, box_wkt, grid_wkt
    log = Log()
    again = run_alg("sdg1171", {
        "BUILTUP": memory_layer("Polygon", CRS, [box_wkt(0, 0, 400, 400)]),
        "OPEN_SPACES": memory_layer("Polygon", CRS, [box_wkt(110, 110, 190, 190)]),
        "NETWORK": memory_layer("LineString", CRS, grid_wkt()), "POPULATION": layer,
        "POPULATION_FIELD": "pop", "OUTPUT": "memory:"}, feedback=log)
    names = again["OUTPUT"].fields().names()
    assert names == layer.fields().names()
    assert "within_2" not in names and names.count("within") == 1
    assert "dist_open_space_m, within" in log.text() and "replaced" in log.text()
    first15 = next(uri for a, o, uri, _ in runs.layers
                   if a == "fifteenminutecity" and o == "OUTPUT")
    layer15 = _fields(first15)
    again15 = run_alg("fifteenminutecity", {
        "ORIGINS": layer15, "POPULATION_FIELD": "population",
        "DESTINATIONS": runs_shelters(runs),
        "CATEGORY_FIELD": "category", "NETWORK": runs_network(runs),
        "PRESET": "barcelona_climate_shelters", "OUTPUT": "memory:"})
    assert again15["OUTPUT"].fields().names() == layer15.fields().names()


def runs_shelters(runs):
    return f"{runs.folder / 'city' / 'sao_paulo_climate_shelters.gpkg'}|layername=shelters"


def runs_network(runs):
    return next(uri for a, o, uri, _ in runs.layers if a == "preparewalknetwork")


# ------------------------------------------------------------------------------------------
# the writer's NaN/inf rule, on memory sinks
# ------------------------------------------------------------------------------------------

def test_writer_turns_nan_and_infinity_into_null():
    from urbanplan_plugin.qgis_io import outputs
    assert outputs.cell(float("inf")) is None and outputs.cell(-np.inf) is None
    assert outputs.cell(np.float32("nan")) is None and outputs.cell(None) is None
    assert outputs.cell(np.float64(2.5)) == 2.5 and outputs.cell(2.6, "int") == 3
    assert outputs.cell(1.23456, digits=2) == 1.23 and outputs.cell("x") == "x"
    assert outputs.column([1.0, np.inf, -np.inf, np.nan], digits=1) == [1.0, None, None, None]
    assert outputs.column(np.array([2.0, np.inf]), "int") == [2, None]

    spec = [("name", "string"), ("v", "double"), ("n", "int")]
    table = QgsVectorLayer("None?field=name:string&field=v:double&field=n:integer", "t",
                           "memory")
    outputs.write_rows([{"name": "a", "v": np.inf, "n": np.nan},
                        {"name": "b", "v": -np.inf, "n": 3.0},
                        {"name": "c", "v": 1.5}], spec, table.dataProvider())
    got = [[None if x is None or (hasattr(x, "isNull") and x.isNull()) else x
            for x in f.attributes()] for f in table.getFeatures()]
    assert got == [["a", None, None], ["b", None, 3], ["c", 1.5, None]]

    src = memory_layer("Point", "EPSG:32723", [("Point(0 0)", [1]), ("Point(1 1)", [2]),
                                              ("Point(2 2)", [3])], [("id", "integer")])
    fields, kept = outputs.joined_fields(src.fields(), [("time_x_min", "double"),
                                                        ("n_within", "int")])
    out = QgsVectorLayer("Point?crs=EPSG:32723", "o", "memory")
    out.dataProvider().addAttributes(fields.toList())
    out.updateFields()
    fids = [f.id() for f in src.getFeatures()]
    assert outputs.write_features(src, fids, kept, [np.array([np.inf, 2.0, np.nan]),
                                                    lambda i: [np.inf, 1, None][i]],
                                  out.dataProvider())
    vals = [[None if x is None or (hasattr(x, "isNull") and x.isNull()) else x
             for x in f.attributes()] for f in out.getFeatures()]
    assert vals == [[1, None, None], [2, 2.0, 1], [3, None, None]]


def test_joined_fields_replace_clashing_input_fields_with_a_log_line():
    from urbanplan_plugin.qgis_io import outputs
    fields = QgsFields()
    for f in memory_layer("Point", "EPSG:32723", [],
                          [("id", "integer"), ("WITHIN", "integer"),
                           ("note", "string")]).fields():
        fields.append(f)
    log = Log()
    out, kept = outputs.joined_fields(fields, [("within", "int")], log)
    assert out.names() == ["id", "note", "within"] and kept == [0, 2]
    assert "WITHIN" in log.text() and "replaced" in log.text()
    feat = QgsFeature(out)
    assert feat.fields().count() == 3
