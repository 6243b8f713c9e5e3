"""The bad-input catalogue: every algorithm fed what planners really feed it, in one QGIS process.

Each case runs ``urbanplan:<alg>`` through ``processing.run`` on the tiny city of
``badinput_world.py`` with one thing wrong, and asserts one of three outcomes:

- ``Error(words)``: a QgsProcessingException whose message holds every word (case-insensitive;
  a tuple means any of its words): the words name the problem *and* the fix;
- ``Handled(words, check)``: the run succeeds, its log holds the words (the note that says
  what was done about the input), and ``check(results, log)`` holds (a correct result);
- ``Ok(check)``: the run succeeds with a correct result (no note is needed);
- ``Cancelled(at)``: the run is cancelled when its progress reaches ``at`` percent (while
  computing, or while writing its outputs) and returns nothing.

After every case: every input file (the city's and the case's own) is byte-identical; after an
error or a cancel the output folder holds nothing (no partial file, no staging folder); after a
success it holds no staging folder. ``test_catalogue_size`` counts the cases per outcome.
"""
import math
import os
from collections import Counter

import numpy as np
import pytest
from badinput_world import (
    CRS,
    SIZE,
    World,
    box,
    crs_wkt,
    dem_array,
    depth_array,
    digests,
    memory_layer,
    square,
    street_wkts,
    write_layer,
    write_tif,
    xy,
)
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

PARTIAL = ".urbanplan-partial-"
_WORLD_PATHS = {}
_WORLD = {}
_CASE_OUT = {}


# ------------------------------------------------------------------------------------------
# outcomes
# ------------------------------------------------------------------------------------------

class Error:
    kind = "error with message"

    def __init__(self, *words, older=None):
        self.words = words
        self.older = older or {}    # {file name: bytes}: files there before, left as they were


class Handled:
    kind = "handled with log note"

    def __init__(self, *words, check=None):
        self.words, self.check = words, check


class Ok:
    kind = "correct result"

    def __init__(self, check=None):
        self.check = check


class Cancelled:
    kind = "cancelled, nothing left"

    def __init__(self, at, older=None):
        self.at = at
        self.older = older or {}


class Case:
    def __init__(self, alg, name, params, expect, files=None):
        self.alg, self.name, self.params, self.expect = alg, name, params, expect
        self.files = files      # function(folder) writing the case's own input files

    @property
    def id(self):
        return f"{self.alg}-{self.name}"


def _has(text, word):
    if isinstance(word, tuple):
        return any(_has(text, w) for w in word)
    return word.lower() in text.lower()


# ------------------------------------------------------------------------------------------
# the harness
# ------------------------------------------------------------------------------------------

class LogFeedback(QgsProcessingFeedback):
    """Keeps every message; cancels when the progress first reaches ``cancel_at`` percent."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.lines = []
        self.cancel_at = cancel_at
        self.fired = False
        if cancel_at is not None:
            self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if not self.fired and value >= self.cancel_at:
            self.fired = True
            self.cancel()

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.lines.append(error)
        super().reportError(error, fatalError)

    def pushDebugInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def text(self):
        return "\n".join(self.lines)


@pytest.fixture(scope="module")
def world(provider, tmp_path_factory):
    """The tiny city, plus result layers of two analyses (for comparescenarios and report)."""
    from qgis import processing
    w = World(tmp_path_factory.mktemp("badinput_world"))
    _WORLD_PATHS.update(dem=w.dem, depth100=w.depth100, depth10=w.depth10)
    _WORLD["w"] = w
    res = w.path("results.gpkg")
    base = processing.run("urbanplan:fifteenminutecity", {
        **fifteen(w), "OUTPUT": f"ogr:dbname='{res}' table=\"access_base\" (geom)"})
    w.access_base = base["OUTPUT"]
    services2 = write_layer(memory_layer("Point", CRS, [
        (f"Point ({xy(100, 150)})", ["school", 100.0]), (f"Point ({xy(300, 250)})", ["shop", 1.0]),
        (f"Point ({xy(300, 50)})", ["school", 1.0])],
        [("category", "string"), ("capacity", "double")]), w.gpkg, "services2")
    scen = processing.run("urbanplan:fifteenminutecity", {
        **fifteen(w), "DESTINATIONS": services2,
        "OUTPUT": f"ogr:dbname='{res}' table=\"access_scen\" (geom)"})
    w.access_scen = scen["OUTPUT"]
    expo = processing.run("urbanplan:floodexposure", {
        "HAZARD": w.depth100, "EXPOSURE": w.homes, "POPULATION_FIELD": "pop",
        "OUTPUT": f"ogr:dbname='{res}' table=\"exposure\" (geom)"})
    w.exposure = expo["OUTPUT"]
    # open every layer once, so that what QGIS does on a first open (QGIS 3.44 updates a
    # GeoPackage's SQLite header) is done before the hashes are taken
    from osgeo import ogr
    for path in (w.gpkg, w.path("results.gpkg")):
        ds = ogr.Open(path)
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        ds = None
        for name in names:
            lyr = QgsVectorLayer(f"{path}|layername={name}", "probe", "ogr")
            lyr.featureCount()
            del lyr
    return w


@pytest.fixture
def check_case(world, tmp_path):
    def run(case):
        from qgis import processing
        _CURRENT["alg"] = case.alg
        inputs = tmp_path / "in put ü"
        inputs.mkdir()
        out = tmp_path / "out"
        out.mkdir()
        _CASE_OUT["dir"] = str(out)
        if case.files:
            case.files(str(inputs))
        before_world = digests(world.folder)
        before_case = digests(str(inputs))
        params = case.params(world, Paths(str(out), str(inputs)))
        exp = case.expect
        feedback = LogFeedback(exp.at if isinstance(exp, Cancelled) else None)
        results, error = None, None
        try:
            results = processing.run(f"urbanplan:{case.alg}", params, feedback=feedback)
        except QgsProcessingException as exc:
            error = str(exc)
        log = feedback.text()
        if os.environ.get("BADINPUT_SHOW"):     # BADINPUT_SHOW=1 pytest -s: every message
            print(f"\n[{case.id}] " + " ".join((error or (log.splitlines() or [""])[-1]).split()))
        where = f"\nlog:\n{log}\nerror: {error}\nresults: {results}"
        if isinstance(exp, Error):
            assert error is not None, "expected an error" + where
            missing = [w for w in exp.words if not _has(error, w)]
            assert not missing, f"the message lacks {missing}" + where
            assert "Traceback" not in error, where
        elif isinstance(exp, Cancelled):
            assert feedback.fired, "the run never reached the cancel point" + where
            assert error is None or "cancel" in error.lower(), where
            assert not results or all(k not in results for k in ("OUTPUT", "OUTPUT_HTML")), where
        else:
            assert error is None, "unexpected error" + where
            if isinstance(exp, Handled):
                missing = [w for w in exp.words if not _has(log, w)]
                assert not missing, f"the log lacks {missing}" + where
            if exp.check is not None:
                exp.check(results, log, world)
        left = []
        for root, dirs, files in os.walk(out):
            left += [os.path.relpath(os.path.join(root, n), out) for n in dirs + files]
        if isinstance(exp, (Error, Cancelled)):
            older = getattr(exp, "older", {})
            assert sorted(left) == sorted(older), f"left behind in the output folder: {left}" + \
                where
            for name, data in older.items():
                assert (out / name).read_bytes() == data, f"{name} was changed"
        else:
            assert not [n for n in left if PARTIAL in n], f"staging left: {left}" + where
        assert digests(world.folder) == before_world, "an input file of the city changed"
        assert digests(str(inputs)) == before_case, "an input file of the case changed"
        return results, log
    return run


class Paths:
    """out("name"): a file in the case's output folder; inp("name"): in its input folder."""

    def __init__(self, out, inp):
        self.out_dir, self.in_dir = out, inp

    def out(self, name):
        return os.path.join(self.out_dir, name)

    def inp(self, name):
        return os.path.join(self.in_dir, name)


# ------------------------------------------------------------------------------------------
# valid parameters of every algorithm (each case changes one thing)
# ------------------------------------------------------------------------------------------

def fifteen(w, p=None):
    return {"ORIGINS": w.homes, "POPULATION_FIELD": "pop", "DESTINATIONS": w.services,
            "CATEGORY_FIELD": "category", "NETWORK": w.streets, "ZONES": w.zones,
            "ZONE_FIELD": "name", "OUTPUT": p.out("access.gpkg") if p else "TEMPORARY_OUTPUT",
            "SUMMARY": p.out("summary.csv") if p else "TEMPORARY_OUTPUT"}


BASE = {
    "preparewalknetwork": lambda w, p: {"INPUT": w.streets, "OUTPUT": p.out("net.gpkg")},
    "downloadosmnetwork": lambda w, p: {"OSM_FILE": w.osm, "OUTPUT": p.out("net.gpkg")},
    "fifteenminutecity": fifteen,
    "osmdestinations": lambda w, p: {"INPUT": w.osm, "OUTPUT": p.out("dest.gpkg")},
    "servicearea": lambda w, p: {"FACILITIES": w.services, "NETWORK": w.streets,
                                 "BANDS": "5, 10", "OUTPUT": p.out("areas.gpkg")},
    "accessibilitygrid": lambda w, p: {"DESTINATIONS": w.services, "CATEGORY_FIELD": "category",
                                       "NETWORK": w.streets, "CELL_SIZE": 50,
                                       "OUTPUT": p.out("grid.gpkg")},
    "supplydemand": lambda w, p: {"SUPPLY": w.services, "SUPPLY_FIELD": "capacity",
                                  "DEMAND": w.homes, "POPULATION_FIELD": "pop",
                                  "NETWORK": w.streets, "OUTPUT": p.out("sd.gpkg"),
                                  "FACILITIES_OUTPUT": p.out("sd_fac.gpkg")},
    "sdg1171": lambda w, p: {"BUILTUP": w.builtup, "OPEN_SPACES": w.parks, "NETWORK": w.streets,
                             "POPULATION": w.homes, "POPULATION_FIELD": "pop",
                             "ZONES": w.zones, "ZONE_FIELD": "name",
                             "OUTPUT": p.out("sdg.gpkg"), "SUMMARY": p.out("sdg.csv")},
    "greenspacecoverage": lambda w, p: {"PARKS": w.parks, "NETWORK": w.streets,
                                        "POPULATION": w.homes, "POPULATION_FIELD": "pop",
                                        "ZONES": w.zones, "ZONE_FIELD": "name",
                                        "OUTPUT": p.out("cov.gpkg"),
                                        "UNDERSERVED": p.out("under.gpkg"),
                                        "SUMMARY": p.out("cov.csv")},
    "suggestsites": lambda w, p: {"DEMAND": w.homes, "POPULATION_FIELD": "pop",
                                  "EXISTING": w.parks, "K": 2, "DISTANCE_M": 160,
                                  "NETWORK": w.streets, "OUTPUT": p.out("sites.gpkg")},
    "comparescenarios": lambda w, p: {"BASELINE": w.access_base, "SCENARIO": w.access_scen,
                                      "OUTPUT": p.out("delta.gpkg"),
                                      "SUMMARY": p.out("delta.csv")},
    "scorecard": lambda w, p: {"SCENARIO_FILE": w.scenario_file, "SCENARIO": "New school",
                               "NETWORK": w.streets, "POPULATION": w.homes,
                               "FACILITIES": w.services, "POPULATION_FIELD": "pop",
                               "CATEGORY_FIELD": "category", "OUTPUT": p.out("card.csv")},
    "floodexposure": lambda w, p: {"HAZARD": w.depth100, "EXPOSURE": w.buildings,
                                   "POPULATION_FIELD": "pop", "ZONES": w.zones,
                                   "ZONE_FIELD": "name", "OUTPUT": p.out("exp.gpkg"),
                                   "SUMMARY": p.out("exp.csv")},
    "floodextent": lambda w, p: {"DEM": w.dem, "MODE": "level", "WATER_LEVEL": 12.0,
                                 "OUTPUT": p.out("depth.tif")},
    "floodrisk": lambda w, p: {"HAZARDS": [w.depth10, w.depth100], "RETURN_PERIODS": "10, 100",
                               "EXPOSURE": w.buildings, "VALUE_FIELD": "value",
                               "OUTPUT": p.out("risk.gpkg"), "SUMMARY": p.out("risk.csv")},
    "flooddisruption": lambda w, p: {"NETWORK": w.streets, "HAZARD": w.depth100,
                                     "MAX_WALK_DEPTH_M": 0.3, "ORIGINS": w.homes,
                                     "POPULATION_FIELD": "pop", "DESTINATIONS": w.services,
                                     "CATEGORY_FIELD": "category",
                                     "OUTPUT": p.out("dis.gpkg"),
                                     "SUMMARY": p.out("dis.csv")},
    "floodsimulation": lambda w, p: {
        "DEM": w.dem, "RAIN_MM": 30, "DURATION_H": 0.25, "HYETOGRAPH": "uniform",
        "SIMULATION_H": 0.5, "BOUNDARY": "closed", "MAX_DEPTH": p.out("depth.tif"),
        "MAX_VELOCITY": p.out("velocity.tif"), "HAZARD": p.out("hazard.tif"),
        "ARRIVAL_H": p.out("arrival.tif"), "RECESSION_H": p.out("recession.tif"),
        "SUMMARY": p.out("sim.csv")},
    "report": lambda w, p: {"RESULTS": [w.access_base], "MAPS": False,
                            "OUTPUT_HTML": p.out("report.html"), "OUTPUT_PDF": ""},
}
ALGS = list(BASE)
MAIN_OUTPUT = {a: ("OUTPUT_HTML" if a == "report" else "MAX_DEPTH" if a == "floodsimulation"
                   else "OUTPUT") for a in ALGS}
MAIN_INPUT = {  # a file input each algorithm reads (for "output onto an input")
    "preparewalknetwork": "INPUT", "downloadosmnetwork": "OSM_FILE",
    "fifteenminutecity": "ORIGINS", "osmdestinations": "INPUT", "servicearea": "FACILITIES",
    "accessibilitygrid": "NETWORK", "supplydemand": "DEMAND", "sdg1171": "POPULATION",
    "greenspacecoverage": "POPULATION", "suggestsites": "DEMAND", "comparescenarios": "BASELINE",
    "scorecard": "POPULATION", "floodexposure": "EXPOSURE", "floodextent": "DEM",
    "floodrisk": "EXPOSURE", "flooddisruption": "ORIGINS", "report": "RESULTS",
    "floodsimulation": "DEM",
}
OUT_EXT = {"floodextent": ".tif", "report": ".html", "floodsimulation": ".tif"}
# the progress (percent) at which each algorithm is computing, and at which it writes
CANCEL_AT = {
    "preparewalknetwork": (20, 60), "downloadosmnetwork": (1, 60), "fifteenminutecity": (30, 76),
    "osmdestinations": (1, 90), "servicearea": (20, 90), "accessibilitygrid": (15, 90),
    "supplydemand": (20, 85), "sdg1171": (10, 85), "greenspacecoverage": (10, 80),
    "suggestsites": (10, 95), "comparescenarios": (50, 50), "scorecard": (0, 30),
    "floodexposure": (25, 75), "floodextent": (10, 85), "floodrisk": (10, 80),
    "flooddisruption": (20, 85), "report": (2, 20), "floodsimulation": (20, 96),
}


def with_(alg, **changes):
    """The algorithm's valid parameters with some changed (a value may be a function of the
    world and the paths)."""
    def params(w, p):
        out = dict(BASE[alg](w, p))
        for k, v in changes.items():
            v = v(w, p) if callable(v) else v
            if v is None:
                out.pop(k, None)
            else:
                out[k] = v
        return out
    return params


def num(results, key, expected, rel=0.02):
    got = results[key]
    assert got is not None and math.isclose(got, expected, rel_tol=rel), (key, got, expected)


# ------------------------------------------------------------------------------------------
# variants of the inputs
# ------------------------------------------------------------------------------------------

def streets_in(crs):
    """The street grid reprojected to ``crs`` (a memory layer)."""
    from qgis import processing
    return lambda w, p: processing.run("native:reprojectlayer", {
        "INPUT": w.streets, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def layer_in(attr, crs):
    from qgis import processing
    return lambda w, p: processing.run("native:reprojectlayer", {
        "INPUT": getattr(w, attr), "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def empty(geom, fields=()):
    return lambda w, p: memory_layer(geom, CRS, [], fields)


def points_layer(fields=(("pop", "double"),), rows=None):
    rows = rows or [(f"Point ({xy(x, y)})", [pop]) for (x, y), pop in
                    [((50, 50), 10.0), ((150, 150), 20.0)]]
    return lambda w, p: memory_layer("Point", CRS, rows, fields)


def homes_with(pops, fields=(("pop", "double"), ("kids", "integer"), ("zone_name", "string")),
               kind="Point"):
    def make(w, p):
        rows = [(f"Point ({xy(x, y)})", [pops[k], 2, "W"]) for k, ((x, y), _) in
                enumerate(__import__("badinput_world").HOMES)]
        return memory_layer(kind, CRS, rows, fields)
    return make


def no_crs(layer_attr):
    def make(w, p):
        src = QgsVectorLayer(getattr(w, layer_attr), "x", "ogr")
        geom = {0: "Point", 1: "LineString", 2: "Polygon"}[int(src.geometryType())]
        rows = [(f.geometry().asWkt(), f.attributes()[1:]) for f in src.getFeatures()]
        fields = [(f.name(), {"String": "string", "Real": "double", "Integer": "integer",
                              "Integer64": "integer"}.get(f.typeName(), "string"))
                  for f in src.fields()][1:]
        return memory_layer(geom, "", rows, fields)
    return make


def text_pop(w, p):
    from badinput_world import HOMES
    rows = [(f"Point ({xy(x, y)})", [str(pop) if k else "many"]) for k, ((x, y), pop) in
            enumerate(HOMES)]
    return memory_layer("Point", CRS, rows, [("pop", "string")])


def far_home(w, p):
    from badinput_world import HOMES
    rows = [(f"Point ({xy(x, y)})", [float(pop)]) for (x, y), pop in HOMES]
    rows.append((f"Point ({xy(50000, 50000)})", [100.0]))
    return memory_layer("Point", CRS, rows, [("pop", "double")])


def streets_with(extra):
    return lambda w, p: w.streets_layer(extra=extra)


ISLAND = [(f"LineString ({xy(2000, 2000)}, {xy(2100, 2000)})", ["island", "residential"])]
NULL_LINE = [(None, ["nothing", "residential"])]


def multi_streets(w, p):
    wkts = street_wkts()
    rows = [("MultiLineString (" + ", ".join(w_[len("LineString "):] for w_ in wkts[:5]) + ")",
             ["a", "residential"]),
            ("MultiLineString (" + ", ".join(w_[len("LineString "):] for w_ in wkts[5:]) + ")",
             ["b", "residential"])]
    return memory_layer("MultiLineString", CRS, rows, [("name", "string"),
                                                       ("highway", "string")])


def zones_named(*names):
    return lambda w, p: w.zones_layer(names)


def bowtie_zones(w, p):
    bow = ("Polygon ((" + ", ".join(xy(a, b) for a, b in
                                     [(0, 0), (200, 400), (200, 0), (0, 400), (0, 0)]) + "))")
    return memory_layer("Polygon", CRS, [(bow, ["West"]), (box(200, 0, SIZE, SIZE), ["East"])],
                        [("name", "string")])


def lines_as(geom_attr):
    return lambda w, p: w.streets_layer()


def osm_file(content_fn):
    def files(folder):
        with open(os.path.join(folder, "city.osm"), "w", encoding="utf-8") as fh:
            fh.write(content_fn())
    return files


def truncated_osm(folder):
    from badinput_world import osm_xml
    text = osm_xml()
    with open(os.path.join(folder, "city.osm"), "w", encoding="utf-8") as fh:
        fh.write(text[: int(len(text) * 0.7)])


def osm_file_named(name):
    def files(folder):
        from badinput_world import osm_xml
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(osm_xml())
    return files


def not_osm(folder):
    with open(os.path.join(folder, "city.osm"), "w", encoding="utf-8") as fh:
        fh.write("name,lat,lon\nschool,60.2,24.9\n")


def truncated_pbf(folder):
    from conftest import DATA
    data = (DATA / "helsinki" / "Helsinki.osm.pbf").read_bytes()
    with open(os.path.join(folder, "city.osm.pbf"), "wb") as fh:
        fh.write(data[: len(data) // 3])


def rasters(**arrays):
    """Files writing GeoTIFFs on the city's grid into the case folder: name=(array, nodata,
    crs) (crs None for a raster without CRS)."""
    def files(folder):
        from badinput_world import World
        for name, (arr, nodata, crs) in arrays.items():
            World.tif(None, f"{name}.tif", arr, nodata, crs, folder)
    return files


def warped(name, src_attr, crs):
    """A copy of one of the city's rasters warped to ``crs``."""
    def files(folder):
        from osgeo import gdal
        src = _WORLD_PATHS[src_attr]
        out = gdal.Warp(os.path.join(folder, f"{name}.tif"), src, dstSRS=crs)
        assert out is not None, name
        out = None
    return files


def corrupt_tif(folder):
    from badinput_world import World
    good = World.tif(None, "good.tif", depth_array(1.0), -9999, CRS, folder)
    data = open(good, "rb").read()
    with open(os.path.join(folder, "bad.tif"), "wb") as fh:
        fh.write(data[: len(data) // 2])
    os.remove(good)


def text_file(name, text):
    def files(folder):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(text)
    return files


def many(*fns):
    def files(folder):
        for f in fns:
            f(folder)
    return files


def subfolder(folder, name, file_name):
    os.makedirs(os.path.join(folder, name), exist_ok=True)
    return os.path.join(folder, name, file_name)


def only_files(*names):
    """The output folder holds these files (and the styles QGIS keeps beside them)."""
    def check(results, log, w):
        got = [n for n in os.listdir(_CASE_OUT["dir"]) if not n.endswith(".qml")]
        assert sorted(got) == sorted(names)
    return check


def exists(key):
    def check(results, log, w):
        path = str(results[key]).split("|")[0]
        assert os.path.isfile(path), results
    return check


# ------------------------------------------------------------------------------------------
# the cases
# ------------------------------------------------------------------------------------------

CASES = []


def add(alg, name, params, expect, files=None):
    CASES.append(Case(alg, name, params, expect, files))


NOT_FOLDER = ("does not exist", "is a file")

# -- outputs and cancellation: every algorithm --------------------------------------------------
for alg in ALGS:
    out = MAIN_OUTPUT[alg]
    ext = OUT_EXT.get(alg, ".gpkg")
    add(alg, "output-folder-missing", with_(alg, **{out: lambda w, p, e=ext: p.out(
        f"no/such/folder/r{e}")}), Error("does not exist", "Create it or choose another"))
    add(alg, "output-parent-is-a-file", with_(alg, **{out: lambda w, p, e=ext: os.path.join(
        w.osm, f"r{e}")}), Error("is a file", "Choose a folder"))
    add(alg, "output-read-only-folder", with_(alg, **{out: f"/sys/urbanplan_r{ext}"}),
        Error("cannot be written", "Choose a folder you can write to"))
    if alg == "report":
        add(alg, "output-onto-input", with_(alg, OUTPUT_HTML=lambda w, p: w.access_base.split(
            "|")[0]), Error("would destroy the input", "Choose another file name"))
    else:
        inp = MAIN_INPUT[alg]
        add(alg, "output-onto-input", with_(alg, **{out: lambda w, p, a=alg, i=inp: (
            lambda v: (v[0] if isinstance(v, list) else v).split("|")[0])(BASE[a](w, p)[i])}),
            Error("would destroy the input", "Choose another file name"))
    add(alg, "output-unicode-spaces-path", with_(alg, **{out: lambda w, p, e=ext: subfolder(
        p.out_dir, "dír ü 名 x", f"out put ü{e}")}), Ok(exists(out)))
    comp, write = CANCEL_AT[alg]
    add(alg, "cancel-while-computing", BASE[alg], Cancelled(comp))
    if write != comp:
        add(alg, "cancel-while-writing", BASE[alg], Cancelled(write))


# -- oracles --------------------------------------------------------------------------------------

_BASE_RESULTS = {}


def base_results(alg, w):
    """The algorithm's numeric results on the valid city (memory outputs), computed once."""
    if alg not in _BASE_RESULTS:
        from qgis import processing
        from qgis.core import QgsApplication
        params = dict(BASE[alg](w, Paths("/nonexistent", "/nonexistent")))
        a = QgsApplication.processingRegistry().algorithmById(f"urbanplan:{alg}")
        for d in a.destinationParameterDefinitions():
            if d.name() in params:
                params[d.name()] = "TEMPORARY_OUTPUT"
        res = processing.run(f"urbanplan:{alg}", params)
        _BASE_RESULTS[alg] = {k: v for k, v in res.items() if isinstance(v, (int, float))}
    return _BASE_RESULTS[alg]


def same_as_valid(*keys, rel=0.01):
    """The numeric results equal those of the valid city: the answer must not depend on the
    CRS the input came in, on its multipart form or on the path it was read from."""
    def check(results, log, w):
        alg = _CURRENT["alg"]
        ref = base_results(alg, w)
        for k in keys or [k for k in ref if k in results]:
            a, b = results[k], ref[k]
            if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
                continue
            assert a is not None and b is not None, (k, a, b)
            assert math.isclose(a, b, rel_tol=rel, abs_tol=1e-6), (k, a, b)
    return check


def value(key, expected, rel=0.02):
    def check(results, log, w):
        num(results, key, expected, rel)
    return check


def table_has(key, text):
    def check(results, log, w):
        lyr = QgsVectorLayer(str(results[key]), "t", "ogr")
        assert lyr.isValid(), results[key]
        rows = [" | ".join("" if v is None else str(v) for v in f.attributes())
                for f in lyr.getFeatures()]
        assert any(text in r for r in rows), rows
    return check


def all_of(*checks):
    def check(results, log, w):
        for c in checks:
            c(results, log, w)
    return check


_CURRENT = {}

NO_FEATURES = ("no features", "Choose a layer with data")
NO_CRS = ("no coordinate reference system", "Assigned CRS")
RANGE = ("must be",)

NETWORK_ALGS = {"preparewalknetwork": "INPUT", "fifteenminutecity": "NETWORK",
                "servicearea": "NETWORK", "accessibilitygrid": "NETWORK",
                "supplydemand": "NETWORK", "sdg1171": "NETWORK", "greenspacecoverage": "NETWORK",
                "suggestsites": "NETWORK", "flooddisruption": "NETWORK", "scorecard": "NETWORK"}
CHECK_KEYS = {
    "preparewalknetwork": ("TOTAL_LENGTH_KM", "EDGE_COUNT"),
    "fifteenminutecity": ("POP_TOTAL", "POP_SHARE_ALL_WITHIN"),
    "servicearea": ("LARGEST_BAND_AREA_KM2",), "accessibilitygrid": ("MEAN_NEAREST_MIN",),
    "supplydemand": ("MEAN_ACCESS_PER_1000",), "sdg1171": ("POP_WITHIN_PCT",),
    "greenspacecoverage": ("POP_COVERED_PCT",), "suggestsites": ("NEW_COVERED",),
    "flooddisruption": ("POP_LOST_ACCESS", "KM_FLOODED"), "scorecard": ("N_INDICATORS",),
}
for alg, net in NETWORK_ALGS.items():
    keys = CHECK_KEYS[alg]
    add(alg, "network-empty", with_(alg, **{net: empty("LineString")}), Error(*NO_FEATURES))
    add(alg, "network-points", with_(alg, **{net: points_layer()}), Error("lines"))
    add(alg, "network-no-crs", with_(alg, **{net: no_crs("streets")}), Error(*NO_CRS))
    add(alg, "network-web-mercator", with_(alg, **{net: streets_in("EPSG:3857")}),
        Handled("EPSG:3857", "ground metres", "EPSG:32635", check=same_as_valid(*keys)))
    if alg in ("preparewalknetwork", "fifteenminutecity", "servicearea", "sdg1171",
               "flooddisruption"):
        add(alg, "network-geographic", with_(alg, **{net: streets_in("EPSG:4326")}),
            Handled("geographic", "EPSG:32635", check=same_as_valid(*keys)))
        add(alg, "network-null-geometry", with_(alg, **{net: streets_with(NULL_LINE)}),
            Handled("null or empty geometry", check=same_as_valid(*keys)))
        add(alg, "network-multipart", with_(alg, **{net: multi_streets}),
            Ok(same_as_valid(*keys)))
    if alg in ("preparewalknetwork", "fifteenminutecity", "accessibilitygrid"):
        add(alg, "network-disconnected", with_(alg, **{net: streets_with(ISLAND)}),
            Handled("component"))
    if alg in ("fifteenminutecity", "servicearea", "preparewalknetwork"):
        add(alg, "network-wrong-crs-assigned",
            with_(alg, **{net: lambda w, p: memory_layer(
                "LineString", "EPSG:4326", street_wkts(), ())}),
            Error(("EPSG:4326",), ("transform", "degrees", "latitude", "CRS")))

# -- origins, population, zones -----------------------------------------------------------------
ORIGIN_ALGS = {"fifteenminutecity": ("ORIGINS", "POPULATION_FIELD"),
               "flooddisruption": ("ORIGINS", "POPULATION_FIELD"),
               "supplydemand": ("DEMAND", "POPULATION_FIELD"),
               "sdg1171": ("POPULATION", "POPULATION_FIELD"),
               "greenspacecoverage": ("POPULATION", "POPULATION_FIELD"),
               "suggestsites": ("DEMAND", "POPULATION_FIELD"),
               "scorecard": ("POPULATION", "POPULATION_FIELD")}
for alg, (org, popf) in ORIGIN_ALGS.items():
    keys = CHECK_KEYS[alg]
    add(alg, "population-empty", with_(alg, **{org: empty("Point", (("pop", "double"),))}),
        Error(*NO_FEATURES))
    add(alg, "population-lines", with_(alg, **{org: lambda w, p: memory_layer(
        "LineString", CRS, [(wk, [5.0]) for wk in street_wkts()], [("pop", "double")])}),
        Error("points or polygons"))
    add(alg, "population-null-values", with_(alg, **{org: homes_with(
        [None, 5, 5, 5, 5, 5, 5, 5, 5])}), Error("NULL", ("Fill them in", "fill in")))
    add(alg, "population-negative", with_(alg, **{org: homes_with(
        [-5, 5, 5, 5, 5, 5, 5, 5, 5])}), Error("negative", ("fix the data", "must be")))
    add(alg, "population-field-missing", with_(alg, **{popf: "nosuch"}), Error("nosuch"))
    add(alg, "population-text-values", with_(alg, **{org: text_pop}),
        Error("pop", ("number", "numeric")))
    add(alg, "population-geographic", with_(alg, **{org: layer_in("homes", "EPSG:4326")}),
        Ok(same_as_valid(*keys)))
    if alg in ("fifteenminutecity", "supplydemand", "sdg1171", "greenspacecoverage"):
        add(alg, "population-far-away-point", with_(alg, **{org: far_home}),
            Handled(("snap distance", "off the network", "farther than")))
    if alg in ("fifteenminutecity", "sdg1171"):
        add(alg, "population-web-mercator", with_(alg, **{org: layer_in("homes", "EPSG:3857")}),
            Ok(same_as_valid(*keys)))

for alg in ("fifteenminutecity", "flooddisruption"):
    add(alg, "destinations-empty", with_(alg, DESTINATIONS=empty("Point", (("category",
                                                                           "string"),))),
        Error(*NO_FEATURES))
    add(alg, "destinations-category-missing", with_(alg, CATEGORY_FIELD="nosuch"),
        Error("nosuch"))
    add(alg, "destinations-no-crs", with_(alg, DESTINATIONS=no_crs("services")), Error(*NO_CRS))

ZONE_ALGS = ("fifteenminutecity", "sdg1171", "floodexposure", "greenspacecoverage")
ZONE_SUMMARY = {"fifteenminutecity": "SUMMARY", "sdg1171": "SUMMARY", "floodexposure": "SUMMARY",
                "greenspacecoverage": "SUMMARY"}
for alg in ZONE_ALGS:
    extra = {}
    add(alg, "zones-null-names", with_(alg, **extra, ZONES=zones_named(None, None)),
        Handled("(no zone name)", check=table_has(ZONE_SUMMARY[alg], "(no zone name)")))
    add(alg, "zones-without-name-field", with_(alg, **extra, ZONE_FIELD=None),
        Error("no zone name field", "choose the field"))
    add(alg, "zones-lines", with_(alg, **extra, ZONES=lambda w, p: w.streets_layer(),
                                  ZONE_FIELD="name"), Error("polygons"))
    add(alg, "zones-no-crs", with_(alg, **extra, ZONES=no_crs("zones")), Error(*NO_CRS))
    # zones are repaired (makeValid) with a warning: QGIS's own invalid-geometry check would
    # raise from inside the feature iterator, which leaves QGIS 3.22's Python broken
    add(alg, "zones-invalid-bowtie", with_(alg, **extra, ZONES=bowtie_zones),
        Handled(("invalid", "repaired", "self-intersect")))
    add(alg, "zones-unicode-field", with_(alg, **extra, ZONES=lambda w, p: memory_layer(
        "Polygon", CRS, [(box(0, 0, 200, SIZE), ["Wëst 区"]), (box(200, 0, SIZE, SIZE),
                                                            ["East"])],
        [("zöne namé", "string")]), ZONE_FIELD="zöne namé"),
        Ok(table_has(ZONE_SUMMARY[alg], "Wëst 区")))


# -- rasters --------------------------------------------------------------------------------------
NODATA_ONLY = np.full((21, 21), -9999, dtype=np.float32)


def holed_dem():
    """The DEM with a 3 x 3 hole of -9999 at its rim (a 'no data' sentinel without the flag)."""
    a = dem_array().copy()
    a[0:3, 0:3] = -9999
    return a


def case_file(name):
    return lambda w, p: p.inp(name)


RASTER_INPUTS = {"floodextent": "DEM", "floodexposure": "HAZARD", "flooddisruption": "HAZARD",
                 "floodrisk": "HAZARDS", "floodsimulation": "DEM"}


def raster_param(alg, name):
    """The raster parameter set to the case's own file (floodrisk: as the rare event)."""
    key = RASTER_INPUTS[alg]
    if alg == "floodrisk":
        return {key: lambda w, p: [w.depth10, p.inp(name)]}
    return {key: case_file(name)}


for alg in RASTER_INPUTS:
    is_dem = alg in ("floodextent", "floodsimulation")
    good = dem_array() if is_dem else depth_array(1.0)
    add(alg, "raster-nodata-only", with_(alg, **raster_param(alg, "r.tif")),
        Error("no valid cell", ("nodata", "no data")),
        files=rasters(r=(NODATA_ONLY, -9999, CRS)))
    add(alg, "raster-no-crs", with_(alg, **raster_param(alg, "r.tif")),
        Error("no coordinate reference system", "Assign"), files=rasters(r=(good, -9999, None)))
    add(alg, "raster-corrupt-geotiff", with_(alg, **raster_param(alg, "bad.tif")),
        Error(("could not be opened", "could not be read"), ("damaged", "export it again")),
        files=corrupt_tif)
    add(alg, "raster-missing-file", with_(alg, **raster_param(alg, "nowhere.tif")),
        Error(("does not exist", "could not be opened", "cannot be opened", "not found")))
    add(alg, "raster-in-geographic-crs", with_(alg, **raster_param(alg, "r4326.tif")),
        Error("degrees", "Warp") if alg == "floodsimulation" else Ok(),
        files=warped("r4326", "dem" if is_dem else "depth100", "EPSG:4326"))
    if is_dem:
        add(alg, "dem-sentinel-without-nodata-flag", with_(alg, DEM=case_file("r.tif")),
            Handled("-9999", ("no data", "nodata"),
                    check=lambda r, log, w: r["MAX_DEPTH_M"] < 3.0),
            files=rasters(r=(holed_dem(), None, CRS)))
        add(alg, "dem-sentinel-with-nodata-flag", with_(alg, DEM=case_file("r.tif")),
            Ok(lambda r, log, w: r["MAX_DEPTH_M"] < 3.0),
            files=rasters(r=(holed_dem(), -9999, CRS)))
    if alg == "floodextent":
        add(alg, "dem-web-mercator", with_(alg, DEM=case_file("r3857.tif")),
            Handled("EPSG:3857", "ellipsoid", check=same_as_valid("FLOODED_AREA_M2", rel=0.05)),
            files=warped("r3857", "dem", "EPSG:3857"))
        add(alg, "dem-geographic-area", with_(alg, DEM=case_file("r4326.tif")),
            Handled("degrees", check=same_as_valid("FLOODED_AREA_M2", rel=0.08)),
            files=warped("r4326", "dem", "EPSG:4326"))
    if alg == "floodsimulation":    # the flow needs square cells in metres: refused
        add(alg, "dem-web-mercator", with_(alg, DEM=case_file("r3857.tif")),
            Error("EPSG:3857", "ground metres", "Warp"),
            files=warped("r3857", "dem", "EPSG:3857"))
    if is_dem:
        pass
    elif alg == "flooddisruption":  # -9999 is below any walking depth: passable, as dry
        add(alg, "depth-sentinel-without-nodata-flag", with_(alg, **raster_param(alg, "r.tif")),
            Ok(same_as_valid("KM_FLOODED", "POP_LOST_ACCESS")),
            files=rasters(r=(np.where(depth_array(1.0) > 0, depth_array(1.0), -9999)
                             .astype(np.float32), None, CRS)))
    else:
        add(alg, "depth-sentinel-without-nodata-flag", with_(alg, **raster_param(alg, "r.tif")),
            Handled("-9999", ("no data", "nodata"), check=same_as_valid()),
            files=rasters(r=(np.where(depth_array(1.0) > 0, depth_array(1.0), -9999)
                             .astype(np.float32), None, CRS)))

# -- flood parameters -----------------------------------------------------------------------------
add("floodextent", "water-level-missing", with_("floodextent", WATER_LEVEL=None),
    Error("WATER_LEVEL", "Ponding"))
add("floodextent", "water-level-below-ground", with_("floodextent", WATER_LEVEL=-50.0),
    Ok(lambda r, log, w: r["FLOODED_CELLS"] == 0))
add("floodextent", "water-level-huge", with_("floodextent", WATER_LEVEL=1e6),
    Ok(lambda r, log, w: r["FLOODED_CELLS"] == 21 * 21))
add("floodextent", "connectivity-6", with_("floodextent", CONNECTIVITY=6),
    Error("4", "8"))
add("floodextent", "min-depth-negative", with_("floodextent", MODE="ponding",
                                                MIN_DEPTH_M=-1, WATER_LEVEL=None),
    Error("MIN_DEPTH_M", *RANGE))
add("floodextent", "ponding", with_("floodextent", MODE="ponding", WATER_LEVEL=None), Ok())
add("floodextent", "output-not-geotiff", with_("floodextent", OUTPUT=lambda w, p: p.out(
    "depth.gpkg")), Error(".tif"))
add("floodrisk", "return-periods-count", with_("floodrisk", RETURN_PERIODS="10"),
    Error("2", ("return period", "RETURN_PERIODS")))
add("floodrisk", "return-periods-text", with_("floodrisk", RETURN_PERIODS="ten, hundred"),
    Error(("number", "return period")))
add("floodrisk", "return-periods-zero", with_("floodrisk", RETURN_PERIODS="0, 100"),
    Error("at least 1 year"))
add("floodrisk", "return-periods-duplicate", with_("floodrisk", RETURN_PERIODS="100, 100"),
    Error(("twice", "same", "duplicate", "different", "increasing", "order")))
add("floodrisk", "value-field-null-handled", with_("floodrisk", EXPOSURE=lambda w, p: memory_layer(
    "Polygon", CRS, [(square(x, y, 10), [None if k == 0 else v]) for k, ((x, y), v, _) in
                     enumerate(__import__("badinput_world").BUILDINGS)], [("value", "double")])),
    Handled("1 feature(s) have no value", "left empty"))
add("floodrisk", "value-per-m2-negative", with_("floodrisk", VALUE_FIELD=None, VALUE_PER_M2=-5),
    Error("VALUE_PER_M2", *RANGE))
add("floodrisk", "curve-file-missing", with_("floodrisk", DAMAGE_CURVE_FILE=case_file(
    "nowhere.csv")), Error(("does not exist", "not found")))
add("floodrisk", "curve-file-broken", with_("floodrisk", DAMAGE_CURVE_FILE=case_file(
    "curve.csv")), Error(("depth", "curve")), files=text_file("curve.csv", "a;b\nx;y\n"))
add("floodrisk", "zones-null-names", with_("floodrisk", ZONES=zones_named(None, None),
                                           ZONE_FIELD="name"),
    Handled("(no zone name)", check=table_has("SUMMARY", "(no zone name)")))
add("floodexposure", "hazard-polygons", with_("floodexposure", HAZARD=lambda w, p: w.hazard_polys,
                                              DEPTH_FIELD="depth"), Ok())
add("floodexposure", "hazard-polygons-no-depth-field",
    with_("floodexposure", HAZARD=lambda w, p: w.hazard_polys, DEPTH_FIELD=None),
    Error(("depth", "DEPTH_FIELD")))
add("floodexposure", "exposure-empty", with_("floodexposure", EXPOSURE=empty("Polygon")),
    Error(*NO_FEATURES))
add("floodexposure", "exposure-web-mercator",
    with_("floodexposure", EXPOSURE=layer_in("buildings", "EPSG:3857")),
    Ok(same_as_valid("EXPOSED_COUNT", "EXPOSED_POPULATION")))
add("floodexposure", "exposure-null-geometry", with_("floodexposure", EXPOSURE=lambda w, p:
                                                     memory_layer("Polygon", CRS, [None, (square(
                                                         200, 200, 10), [5.0])],
                                                         [("pop", "double")])),
    Handled(("no geometry", "null")))
add("floodexposure", "classes-file-broken", with_("floodexposure", CLASSES_FILE=case_file(
    "classes.csv")), Error(("class", "depth")), files=text_file("classes.csv", "nonsense\n"))
add("floodexposure", "roads-web-mercator", with_(
    "floodexposure", EXPOSURE=streets_in("EPSG:3857"), POPULATION_FIELD=None, ZONES=None,
    ZONE_FIELD=None),
    Ok(lambda r, log, w: math.isclose(r["EXPOSED_ROAD_KM"], _road_km(w), rel_tol=0.02)))
add("flooddisruption", "walk-depth-negative", with_("flooddisruption", MAX_WALK_DEPTH_M=-1),
    Error("MAX_WALK_DEPTH_M", *RANGE))
add("flooddisruption", "hazard-far-away", with_("flooddisruption", HAZARD=lambda w, p: memory_layer(
    "Polygon", CRS, [(square(50000, 50000, 50), [1.0])], [("depth", "double")]),
    DEPTH_FIELD="depth"), Handled("do not overlap", check=lambda r, log, w:
                                  r["EDGES_FLOODED"] == 0 and r["POP_LOST_ACCESS"] == 0))


def _road_km(w):
    """The flooded road length on the valid city, in its own CRS (the oracle for 3857)."""
    from qgis import processing
    r = processing.run("urbanplan:floodexposure", {"HAZARD": w.depth100, "EXPOSURE": w.streets,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["EXPOSED_ROAD_KM"] > 0
    return r["EXPOSED_ROAD_KM"]


# -- files: OpenStreetMap, presets, scenarios ---------------------------------------------------
OSM_ALGS = {"preparewalknetwork": ("INPUT", "|layername=lines"),
            "osmdestinations": ("INPUT", ""), "downloadosmnetwork": ("OSM_FILE", "")}
for alg, (key, suffix) in OSM_ALGS.items():
    # downloadosmnetwork reads .osm XML with osmnx, whose parser names the broken line
    truncated = (Error("OpenStreetMap XML", "unclosed token", "Export the area again")
                 if alg == "downloadosmnetwork" else
                 Error("damaged or incomplete", ("download", "export")))
    add(alg, "osm-truncated", with_(alg, **{key: lambda w, p, s=suffix: p.inp("city.osm") + s}),
        truncated, files=truncated_osm)
    add(alg, "osm-not-osm", with_(alg, **{key: lambda w, p, s=suffix: p.inp("city.osm") + s}),
        Error("not an OpenStreetMap file"), files=not_osm)
    add(alg, "osm-missing", with_(alg, **{key: lambda w, p, s=suffix: p.inp("nowhere.osm") + s}),
        Error("does not exist"))
    add(alg, "osm-unicode-path", with_(alg, **{key: lambda w, p, s=suffix: p.inp("cïty ü.osm")
                                               + s}),
        Ok(), files=osm_file_named("cïty ü.osm"))
add("preparewalknetwork", "osm-pbf-truncated",
    with_("preparewalknetwork", INPUT=lambda w, p: p.inp("city.osm.pbf") + "|layername=lines"),
    Error("damaged or incomplete"), files=truncated_pbf)
add("osmdestinations", "osm-pbf-truncated",
    with_("osmdestinations", INPUT=lambda w, p: p.inp("city.osm.pbf")),
    Error("damaged or incomplete"), files=truncated_pbf)
add("downloadosmnetwork", "osm-pbf", with_("downloadosmnetwork", OSM_FILE=lambda w, p: p.inp(
    "city.osm.pbf")), Error("Prepare walking network", "layername=lines"), files=truncated_pbf)
add("downloadosmnetwork", "no-area-no-file", with_("downloadosmnetwork", OSM_FILE=None),
    Error("No area given"))
add("osmdestinations", "mapping-file-broken", with_("osmdestinations", MAPPING_FILE=case_file(
    "rules.json")), Error(("JSON", "rules", "mapping")), files=text_file("rules.json", "{oops"))
add("fifteenminutecity", "preset-file-missing", with_("fifteenminutecity",
                                                      PRESET_FILE=case_file("nowhere.json")),
    Error("does not exist"))
add("fifteenminutecity", "preset-file-broken", with_("fifteenminutecity",
                                                     PRESET_FILE=case_file("p.json")),
    Error(("JSON", "preset")), files=text_file("p.json", "{not json"))
add("scorecard", "scenario-file-missing", with_("scorecard", SCENARIO_FILE=case_file(
    "nowhere.json")), Error(("does not exist", "could not be read")))
add("scorecard", "scenario-file-broken", with_("scorecard", SCENARIO_FILE=case_file("s.json")),
    Error(("JSON", "scenario")), files=text_file("s.json", "{not json"))
add("scorecard", "scenario-unparseable-wkt", with_("scorecard", SCENARIO_FILE=case_file(
    "s.json")), Error("S0", "WKT", "New school"),
    files=lambda folder: World.write_scenario(None, os.path.join(folder, "s.json"),
                                              ["Pointy (1 2)"]))
add("scorecard", "scenario-name-unknown", with_("scorecard", SCENARIO="No such plan"),
    Error("No such plan"))
add("scorecard", "scenario-point-wrong-crs", with_("scorecard", SCENARIO_FILE=case_file(
    "s.json")), Error("New school", "EPSG:4326", "EPSG:32635", "cannot be transformed"),
    files=lambda folder: _scenario_in(folder, "EPSG:4326"))
add("scorecard", "population-web-mercator", with_("scorecard", POPULATION=layer_in(
    "homes", "EPSG:3857")), Ok(same_as_valid("N_INDICATORS")))

add("scorecard", "only-streets-and-population", with_("scorecard", FACILITIES=None,
                                                      CATEGORY_FIELD=None),
    Error("No analysis could run", "needs an input", "FACILITIES"))
add("scorecard", "scenario-baseline-layer-gone-but-given", with_(
    "scorecard", SCENARIO_FILE=case_file("s.json")),
    Ok(lambda r, log, w: "Scenario dock" not in log),
    files=lambda folder: _scenario_with_gone_facilities(folder))


def _scenario_with_gone_facilities(folder):
    """A scenario file whose baseline facilities layer no longer exists (a script runs it)."""
    import json
    path = os.path.join(folder, "s.json")
    World.write_scenario(None, path, [f"Point ({xy(300, 50)})"])
    data = json.load(open(path, encoding="utf-8"))
    data["baseline"]["facilities"] = {"layer_id": "", "name": "old services",
                                      "source": os.path.join(folder, "gone.gpkg") +
                                      "|layername=services", "provider": "ogr",
                                      "geometry": "point", "crs": CRS}
    json.dump(data, open(path, "w", encoding="utf-8"))


def _scenario_in(folder, crs):
    """A scenario whose new school is given in ``crs`` with the city's metre coordinates."""
    path = os.path.join(folder, "s.json")
    World.write_scenario(None, path, [f"Point ({xy(300, 50)})"])
    import json
    data = json.load(open(path, encoding="utf-8"))
    data["scenarios"][0]["overrides"][0]["crs"] = crs
    json.dump(data, open(path, "w", encoding="utf-8"))


# -- numbers: zero, negative, huge ----------------------------------------------------------------
NUMBERS = [
    ("fifteenminutecity", "WALK_SPEED_KMH"), ("fifteenminutecity", "THRESHOLD_MIN"),
    ("fifteenminutecity", "MAX_SNAP_M"), ("servicearea", "SHOULDER_M"),
    ("servicearea", "WALK_SPEED_KMH"), ("accessibilitygrid", "CELL_SIZE"),
    ("accessibilitygrid", "HORIZON_MIN"), ("supplydemand", "CATCHMENT_MIN"),
    ("sdg1171", "DISTANCE_M"), ("suggestsites", "K"), ("suggestsites", "DISTANCE_M"),
    ("flooddisruption", "THRESHOLD_MIN"), ("preparewalknetwork", "SNAP_TOLERANCE"),
]
for alg, key in NUMBERS:
    zero_ok = key in ("SNAP_TOLERANCE",)
    if not zero_ok:
        add(alg, f"{key.lower()}-zero", with_(alg, **{key: 0}), Error(key, *RANGE))
    add(alg, f"{key.lower()}-negative", with_(alg, **{key: -5}), Error(key, *RANGE, "-5"))
    add(alg, f"{key.lower()}-text", with_(alg, **{key: "fast"}), Error(key))
add("fifteenminutecity", "threshold-huge", with_("fifteenminutecity", THRESHOLD_MIN=1e6),
    Ok(value("POP_SHARE_ALL_WITHIN", 1.0)))
add("fifteenminutecity", "snap-huge", with_("fifteenminutecity", ORIGINS=far_home,
                                            MAX_SNAP_M=1e9),
    Ok(lambda r, log, w: r["ORIGINS_OFF_NETWORK"] == 0))
add("accessibilitygrid", "cell-size-tiny", with_("accessibilitygrid", CELL_SIZE=0.001),
    Error(("cells", "cell size"), ("larger", "smaller extent", "bigger")))
add("accessibilitygrid", "cell-size-huge", with_("accessibilitygrid", CELL_SIZE=1e6), Ok())
add("servicearea", "bands-text", with_("servicearea", BANDS="five"), Error("BANDS"))
add("servicearea", "bands-negative", with_("servicearea", BANDS="-5, 10"),
    Error(("more than 0", "positive", "greater than")))
add("servicearea", "bands-huge", with_("servicearea", BANDS="100000"),
    Ok(lambda r, log, w: r["LARGEST_BAND_AREA_KM2"] > 0.1))
add("suggestsites", "k-more-than-candidates", with_("suggestsites", K=50,
                                                    CANDIDATES=lambda w, p: w.services),
    Error("K = 50", "candidate"))
add("suggestsites", "k-huge-free", with_("suggestsites", K=1000), Handled("K = 1000"))
add("preparewalknetwork", "snap-tolerance-huge", with_("preparewalknetwork",
                                                       SNAP_TOLERANCE=1e6),
    Error("snapping tolerance", "Check the layer's units"))

# -- comparisons ------------------------------------------------------------------------------
add("comparescenarios", "mismatched-analyses", with_("comparescenarios",
                                                     SCENARIO=lambda w, p: w.exposure),
    Error("fifteenminutecity", "floodexposure", "same analysis"))
add("comparescenarios", "same-layer-twice", with_("comparescenarios",
                                                  SCENARIO=lambda w, p: w.access_base),
    Ok(lambda r, log, w: r["N_SAME"] == r["N_ROWS"] == 9))
add("comparescenarios", "better-after-new-school", BASE["comparescenarios"],
    Ok(lambda r, log, w: r["N_WORSE"] == 0 and r["N_ROWS"] == 9))
add("comparescenarios", "duplicate-keys", with_("comparescenarios", KEY_FIELD="kids"),
    Error("repeated key", "unique value"))
add("comparescenarios", "scenario-not-a-result",
    with_("comparescenarios", SCENARIO=lambda w, p: w.homes),
    Error("fifteenminutecity", "no UrbanPlan analysis", "same analysis"))
add("comparescenarios", "scenario-empty", with_("comparescenarios", SCENARIO=empty(
    "Point", (("pop", "double"),))), Error(*NO_FEATURES))
add("comparescenarios", "input-not-a-result", with_("comparescenarios",
                                                    BASELINE=lambda w, p: w.homes,
                                                    SCENARIO=lambda w, p: w.homes),
    Ok(lambda r, log, w: r["N_SAME"] == r["N_ROWS"] == 9))
add("report", "result-is-an-input", with_("report", RESULTS=lambda w, p: [w.homes]),
    Error("not a result"))
add("report", "result-missing", with_("report", RESULTS=lambda w, p: [p.inp("nowhere.gpkg")]),
    Error("does not exist"))
add("report", "comparison-of-another-analysis", with_("report", COMPARISON=lambda w, p: [
    w.access_base]), Error("not a scenario comparison"))
add("report", "zones-without-field", with_("report", ZONES=lambda w, p: w.zones),
    Error("no zone name field"))
add("report", "html-equals-pdf", with_("report", OUTPUT_PDF=lambda w, p: p.out("report.html")),
    Error(("two different file names", "same file")))
add("report", "null-zone-names", with_("report", ZONES=zones_named(None, None),
                                       ZONE_FIELD="name"), Ok())

# -- mixed CRSs, unicode and spaces ---------------------------------------------------------
add("fifteenminutecity", "mixed-crs-inputs", with_(
    "fifteenminutecity", ORIGINS=layer_in("homes", "EPSG:4326"),
    DESTINATIONS=layer_in("services", "EPSG:3857"), ZONES=layer_in("zones", "EPSG:3067")),
    Ok(same_as_valid("POP_TOTAL", "POP_SHARE_ALL_WITHIN")))
add("sdg1171", "mixed-crs-inputs", with_(
    "sdg1171", BUILTUP=layer_in("builtup", "EPSG:4326"), OPEN_SPACES=layer_in("parks",
                                                                              "EPSG:3857")),
    Ok(same_as_valid("POP_WITHIN_PCT", "OPEN_SPACE_SHARE_PCT")))
add("floodexposure", "mixed-crs-inputs", with_(
    "floodexposure", EXPOSURE=layer_in("buildings", "EPSG:4326"),
    ZONES=layer_in("zones", "EPSG:3857")),
    Ok(same_as_valid("EXPOSED_COUNT", "EXPOSED_POPULATION")))
for alg, key, attr in (("fifteenminutecity", "ORIGINS", "homes"),
                       ("preparewalknetwork", "INPUT", "streets"),
                       ("floodrisk", "EXPOSURE", "buildings"),
                       ("supplydemand", "DEMAND", "homes")):
    add(alg, "input-unicode-spaces-path", with_(alg, **{key: lambda w, p: p.inp(
        "cïty ü 名.gpkg") + "|layername=läyer ü"}), Ok(same_as_valid()),
        files=lambda folder, a=attr: write_layer(QgsVectorLayer(getattr(_WORLD["w"], a), a, "ogr"),
                                                 os.path.join(folder, "cïty ü 名.gpkg"),
                                                 "läyer ü"))
add("fifteenminutecity", "population-unicode-field", with_(
    "fifteenminutecity", ORIGINS=homes_with([10 + k for k in range(9)], fields=(
        ("pöp ulätion", "double"), ("kids", "integer"), ("zone_name", "string"))),
    POPULATION_FIELD="pöp ulätion"), Ok(value("POP_TOTAL", sum(10 + k for k in range(9)))))
add("supplydemand", "supply-null", with_("supplydemand", SUPPLY=lambda w, p: memory_layer(
    "Point", CRS, [(f"Point ({xy(100, 150)})", [None])], [("capacity", "double")])),
    Error("NULL"))
add("accessibilitygrid", "weight-negative", with_("accessibilitygrid", WEIGHT_FIELD="w",
                                                  DESTINATIONS=lambda w, p: memory_layer(
                                                      "Point", CRS, [(f"Point ({xy(100, 150)})",
                                                                      ["school", -1.0])],
                                                      [("category", "string"),
                                                       ("w", "double")])),
    Error("negative"))
add("greenspacecoverage", "parks-empty", with_("greenspacecoverage", PARKS=empty("Polygon")),
    Error(*NO_FEATURES))
add("sdg1171", "builtup-empty", with_("sdg1171", BUILTUP=empty("Polygon")), Error(*NO_FEATURES))
add("sdg1171", "street-lines-without-width", with_("sdg1171", STREETS=lambda w, p: w.streets),
    Error("width"))
add("servicearea", "facilities-far-away", with_("servicearea", FACILITIES=lambda w, p:
                                                memory_layer("Point", CRS, [
                                                    f"Point ({xy(100, 150)})",
                                                    f"Point ({xy(90000, 150)})"])),
    Handled(("snap distance", "off the network", "farther than"),
            check=lambda r, log, w: r["FACILITIES_OFF_NETWORK"] == 1))


# -- outputs as GeoPackage tables (the dialog's "Save to GeoPackage") -----------------------------
def gpkg_table(name, table):
    return lambda w, p: f"ogr:dbname='{p.out(name)}' table=\"{table}\" (geom)"


def has_table(path_of, table, count=None):
    def check(results, log, w):
        from osgeo import ogr
        ds = ogr.Open(path_of(w))
        assert ds is not None
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        lyr = ds.GetLayerByName(table)
        n = lyr.GetFeatureCount() if lyr is not None else None
        lyr = ds = None
        assert table in names, names
        if count is not None:
            assert n == count
    return check


for alg in ("preparewalknetwork", "fifteenminutecity", "floodexposure", "comparescenarios"):
    add(alg, "output-geopackage-table", with_(alg, OUTPUT=gpkg_table("res ü.gpkg", "rés ult")),
        Ok(has_table(lambda w: os.path.join(_CASE_OUT["dir"], "res ü.gpkg"), "rés ult")))
    add(alg, "output-geopackage-table-onto-input",
        with_(alg, OUTPUT=lambda w, p, a=alg: "ogr:dbname='{}' table=\"{}\" (geom)".format(
            *BASE[a](w, p)[MAIN_INPUT[a]].split("|layername="))),
        Error("would destroy the input", "Choose another file name"))
    add(alg, "cancel-while-writing-geopackage-table",
        with_(alg, OUTPUT=gpkg_table("res.gpkg", "result")), Cancelled(CANCEL_AT[alg][1]))

for alg in ("fifteenminutecity", "floodexposure"):
    add(alg, "outputs-two-tables-of-one-new-geopackage", with_(
        alg, OUTPUT=gpkg_table("res.gpkg", "result"),
        SUMMARY=lambda w, p: f"ogr:dbname='{p.out('res.gpkg')}' table=\"summary\""),
        Ok(all_of(has_table(lambda w: os.path.join(_CASE_OUT["dir"], "res.gpkg"), "result"),
                  has_table(lambda w: os.path.join(_CASE_OUT["dir"], "res.gpkg"), "summary"),
                  only_files("res.gpkg"))))
    add(alg, "outputs-one-table-twice", with_(
        alg, OUTPUT=gpkg_table("res.gpkg", "result"),
        SUMMARY=lambda w, p: f"ogr:dbname='{p.out('res.gpkg')}' table=\"result\""),
        Error("same file", "its own file"))
    add(alg, "cancel-writing-two-tables-of-one-new-geopackage", with_(
        alg, OUTPUT=gpkg_table("res.gpkg", "result"),
        SUMMARY=lambda w, p: f"ogr:dbname='{p.out('res.gpkg')}' table=\"summary\""),
        Cancelled(CANCEL_AT[alg][1]))

# -- two outputs to one file ---------------------------------------------------------------------
SECOND_OUTPUT = {"fifteenminutecity": "SUMMARY", "supplydemand": "FACILITIES_OUTPUT",
                 "sdg1171": "SUMMARY", "greenspacecoverage": "UNDERSERVED",
                 "floodexposure": "SUMMARY", "floodrisk": "SUMMARY", "flooddisruption": "SUMMARY",
                 "comparescenarios": "SUMMARY", "osmdestinations": "OUTPUT_AREAS"}
for alg, second in SECOND_OUTPUT.items():
    add(alg, "two-outputs-one-file", with_(alg, OUTPUT=lambda w, p: p.out("same.gpkg"),
                                           **{second: lambda w, p: p.out("same.gpkg")}),
        Error("same file", "its own file"))


# -- more of the smaller algorithms ----------------------------------------------------------------
add("downloadosmnetwork", "area-polygon-empty", with_("downloadosmnetwork",
                                                      POLYGON=empty("Polygon")),
    Error(*NO_FEATURES))
add("downloadosmnetwork", "area-polygon-lines", with_("downloadosmnetwork",
                                                      POLYGON=lambda w, p: w.streets_layer()),
    Error("polygons"))
add("downloadosmnetwork", "area-polygon-web-mercator", with_(
    "downloadosmnetwork", POLYGON=layer_in("builtup", "EPSG:3857")),
    Ok(lambda r, log, w: r["EDGE_COUNT"] > 0))
add("downloadosmnetwork", "area-polygon-no-crs", with_("downloadosmnetwork",
                                                       POLYGON=no_crs("builtup")),
    Error(*NO_CRS))
add("comparescenarios", "directions-garbage", with_("comparescenarios",
                                                    DIRECTIONS="score: sideways"),
    Error("sideways"))
add("comparescenarios", "population-field-not-in-baseline",
    with_("comparescenarios", POPULATION_FIELD="nosuch"), Error("nosuch"))
add("report", "nothing-to-report", with_("report", RESULTS=None), Error("at least one result"))
add("report", "two-results-of-one-analysis", with_("report", RESULTS=lambda w, p: [
    w.access_base, w.access_scen]), Ok(lambda r, log, w: r["SECTIONS"] >= 1))
add("report", "result-and-its-flood-exposure", with_("report", RESULTS=lambda w, p: [
    w.access_base, w.exposure]), Ok(lambda r, log, w: r["SECTIONS"] == 2))


# -- output formats: the staging moves every file of the output ---------------------------------
add("preparewalknetwork", "output-without-extension", with_(
    "preparewalknetwork", OUTPUT=lambda w, p: p.out("net")), Ok(only_files("net.gpkg")))
add("preparewalknetwork", "output-shapefile", with_(
    "preparewalknetwork", OUTPUT=lambda w, p: p.out("net.shp")),
    Ok(all_of(exists("OUTPUT"), lambda r, log, w: not [
        n for n in os.listdir(_CASE_OUT["dir"]) if not n.startswith("net.")])))
add("fifteenminutecity", "outputs-geojson-and-xlsx", with_(
    "fifteenminutecity", OUTPUT=lambda w, p: p.out("access.geojson"),
    SUMMARY=lambda w, p: p.out("summary.xlsx")),
    Ok(only_files("access.geojson", "summary.xlsx")))
add("preparewalknetwork", "output-replaces-an-older-file", with_(
    "preparewalknetwork", OUTPUT=lambda w, p: _older(p.out("net.gpkg"))),
    Ok(all_of(only_files("net.gpkg"), lambda r, log, w: QgsVectorLayer(
        str(r["OUTPUT"]), "n", "ogr").featureCount() == 40)))
add("preparewalknetwork", "failure-keeps-an-older-file", with_(
    "preparewalknetwork", INPUT=empty("LineString"),
    OUTPUT=lambda w, p: _older(p.out("net.gpkg"))),
    Error(*NO_FEATURES, older={"net.gpkg": b"an older result"}))
add("preparewalknetwork", "cancel-keeps-an-older-file", with_(
    "preparewalknetwork", OUTPUT=lambda w, p: _older(p.out("net.gpkg"))),
    Cancelled(60, older={"net.gpkg": b"an older result"}))
add("floodextent", "cancel-keeps-an-older-raster", with_(
    "floodextent", OUTPUT=lambda w, p: _older(p.out("depth.tif"))),
    Cancelled(85, older={"depth.tif": b"an older result"}))


def _older(path):
    """An older file at ``path``, before the run: a failed run must leave it as it was."""
    with open(path, "wb") as fh:
        fh.write(b"an older result")
    return path


# -- geometry forms: multipart, invalid, null ----------------------------------------------------
def multi_homes(w, p):
    from badinput_world import HOMES
    rows = [(f"MultiPoint (({xy(x, y)}))", [float(pop), 2, "W"]) for (x, y), pop in HOMES]
    return memory_layer("MultiPoint", CRS, rows, [("pop", "double"), ("kids", "integer"),
                                                  ("zone_name", "string")])


def multi_buildings(w, p):
    from badinput_world import BUILDINGS
    rows = [("MultiPolygon (" + square(x, y, 10)[len("Polygon "):] + ")", [v, pop])
            for (x, y), v, pop in BUILDINGS]
    return memory_layer("MultiPolygon", CRS, rows, [("value", "double"), ("pop", "double")])


def bowtie_park(w, p):
    bow = ("Polygon ((" + ", ".join(xy(a, b) for a, b in
                                     [(210, 210), (290, 290), (290, 210), (210, 290),
                                      (210, 210)]) + "))")
    return memory_layer("Polygon", CRS, [(bow, ["park"])], [("kind", "string")])


def homes_with_null_geometry(w, p):
    from badinput_world import HOMES
    rows = [(f"Point ({xy(x, y)})", [float(pop)]) for (x, y), pop in HOMES] + [(None, [50.0])]
    return memory_layer("Point", CRS, rows, [("pop", "double")])


for alg, key in (("fifteenminutecity", "ORIGINS"), ("supplydemand", "DEMAND"),
                 ("sdg1171", "POPULATION")):
    add(alg, "population-multipoints", with_(alg, **{key: multi_homes}),
        Ok(same_as_valid(*CHECK_KEYS[alg])))
    add(alg, "population-null-geometry", with_(alg, **{key: homes_with_null_geometry}),
        Handled(("no geometry", "null")))
for alg in ("floodexposure", "floodrisk"):
    add(alg, "exposure-multipolygons", with_(alg, EXPOSURE=multi_buildings),
        Ok(same_as_valid()))
add("greenspacecoverage", "parks-invalid-bowtie", with_("greenspacecoverage",
                                                        PARKS=bowtie_park),
    Handled(("invalid", "repaired", "self-intersect")))
add("sdg1171", "open-spaces-invalid-bowtie", with_("sdg1171", OPEN_SPACES=bowtie_park),
    Handled(("invalid", "repaired", "self-intersect")))


# -- batchareas: checked before any worker starts ----------------------------------------------
def batch(**changes):
    def params(w, p):
        out = {"ALGORITHM": "fifteenminutecity", "AREAS": w.zones, "AREA_ID": "name",
               "PARAMETERS": "ORIGINS=" + w.homes + "\nDESTINATIONS=" + w.services +
               "\nNETWORK=" + w.streets, "WORKERS": 1, "OUTPUT_FOLDER": p.out("batch")}
        for k, v in changes.items():
            v = v(w, p) if callable(v) else v
            if v is None:
                out.pop(k, None)
            else:
                out[k] = v
        return out
    return params


add("batchareas", "workers-zero", batch(WORKERS=0), Error("WORKERS", "at least 1", "0"))
add("batchareas", "workers-text", batch(WORKERS="many"), Error("WORKERS"))
add("batchareas", "parameters-not-key-value", batch(PARAMETERS="THRESHOLD 15"),
    Error("is not KEY=VALUE", "THRESHOLD_MIN=15"))
add("batchareas", "areas-lines", batch(AREAS=lambda w, p: w.streets_layer()), Error("AREAS"))
add("batchareas", "areas-missing-file", batch(AREAS=lambda w, p: p.inp("nowhere.gpkg")),
    Error("does not exist"))
add("batchareas", "analysis-unknown", batch(ALGORITHM="teleport"), Error("teleport"))
add("batchareas", "existing-output-folder-is-fine", batch(
    OUTPUT_FOLDER=lambda w, p: p.out_dir, PARAMETERS="THRESHOLD 15"),
    Error("is not KEY=VALUE"))


# -- the travel block's terrain model (slope) --------------------------------------------------
for alg in ("fifteenminutecity", "servicearea"):
    if alg not in BASE:
        continue
    add(alg, "slope-dem-sentinel-without-nodata-flag", with_(alg, DEM=case_file("r.tif")),
        Handled("-9999", ("no data", "nodata")),
        files=rasters(r=(holed_dem(), None, CRS)))
    add(alg, "slope-dem-nodata-only", with_(alg, DEM=case_file("r.tif")),
        Error("does not cover the network", "run without a DEM"),
        files=rasters(r=(NODATA_ONLY, -9999, CRS)))
    add(alg, "slope-dem-no-crs", with_(alg, DEM=case_file("r.tif")),
        Error("no coordinate reference system", "Assign"),
        files=rasters(r=(dem_array(), -9999, None)))
    add(alg, "slope-dem-elsewhere", with_(alg, DEM=case_file("r4326.tif")),
        Error("does not cover the network"),
        files=lambda folder: write_tif(os.path.join(folder, "r4326.tif"), dem_array(), 10.0,
                                       10.0, 0.0003, crs_wkt("EPSG:4326"), -9999))


# -- travel profiles per population group (GROUP_PROFILES) ------------------------------------
# the homes have a numeric group field 'kids' and a text field 'zone_name'
for alg in ("fifteenminutecity", "sdg1171", "greenspacecoverage", "flooddisruption"):
    if alg not in BASE:
        continue
    add(alg, "group-profiles-group-not-chosen",
        with_(alg, GROUP_FIELDS=["kids"], GROUP_PROFILES="elderly=wheelchair"),
        Error("elderly", "not one of the population group fields", "GROUP_FIELDS"))
    add(alg, "group-profiles-unknown-profile",
        with_(alg, GROUP_FIELDS=["kids"], GROUP_PROFILES="kids=scooter"),
        Error("scooter", "not a travel profile", "wheelchair"))
    add(alg, "group-profiles-not-group-eq-profile",
        with_(alg, GROUP_FIELDS=["kids"], GROUP_PROFILES="kids wheelchair"),
        Error("is not 'group=profile'", "pop_65plus=older_adult"))
for alg in ("sdg1171", "greenspacecoverage"):
    add(alg, "group-profiles-text-group-field",
        with_(alg, GROUP_FIELDS=["zone_name"], GROUP_PROFILES="zone_name=wheelchair"),
        Error("zone_name", "text field", "numeric field", "GROUP_FIELDS"))
    add(alg, "group-profiles-as-everyone",
        with_(alg, GROUP_FIELDS=["kids"], GROUP_PROFILES="kids=walk"),
        Handled("travels as everyone does", check=same_as_valid(*CHECK_KEYS[alg])))


# -- invalid polygons read by every reader (repaired with a warning, never QGIS's exception) -----
def bowtie_buildings(w, p):
    from badinput_world import BUILDINGS
    rows = []
    for k, ((x, y), v, pop) in enumerate(BUILDINGS):
        if k == 0:
            ring = [(x - 10, y - 10), (x + 10, y + 10), (x + 10, y - 10), (x - 10, y + 10),
                    (x - 10, y - 10)]
            wkt = "Polygon ((" + ", ".join(xy(a, b) for a, b in ring) + "))"
        else:
            wkt = square(x, y, 10)
        rows.append((wkt, [v, pop]))
    return memory_layer("Polygon", CRS, rows, [("value", "double"), ("pop", "double")])


for alg, key in (("floodexposure", "EXPOSURE"), ("floodrisk", "EXPOSURE"),
                 ("fifteenminutecity", "ORIGINS"), ("supplydemand", "DEMAND")):
    add(alg, "polygons-invalid-bowtie", with_(alg, **{key: bowtie_buildings}),
        Handled(("invalid", "repaired")))


# ------------------------------------------------------------------------------------------
# the tests
# ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(check_case, case):
    check_case(case)


def test_catalogue_size():
    """At least 200 cases, every algorithm in it; the counts per outcome are printed."""
    counts = Counter(c.expect.kind for c in CASES)
    per_alg = Counter(c.alg for c in CASES)
    print("\nbad-input catalogue:", len(CASES), "cases;", dict(counts))
    assert len(CASES) >= 200, len(CASES)
    from urbanplan_plugin.algorithms import ALGORITHM_MODULES
    assert set(per_alg) == {m for m, _ in ALGORITHM_MODULES}, "every algorithm has its cases"
    assert len({c.id for c in CASES}) == len(CASES), "case ids must be unique"


def test_file_output_loads_from_its_final_place(world, tmp_path):
    """A staged output is registered for loading into the project under the place it was moved
    to (Processing's list of layers to load follows the move), and opens from there."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject
    out = tmp_path / "net work ü.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run("urbanplan:preparewalknetwork", {
        "INPUT": world.streets,
        "OUTPUT": QgsProcessingOutputLayerDefinition(str(out), QgsProject.instance())},
        context=context)
    assert str(res["OUTPUT"]).split("|")[0] == str(out)
    loads = list(context.layersToLoadOnCompletion())
    assert len(loads) == 1 and loads[0].split("|")[0] == str(out), loads
    layer = QgsVectorLayer(loads[0], "net", "ogr")
    assert layer.isValid() and layer.featureCount() == 40
    assert sorted(os.listdir(tmp_path)) == [out.name]


@pytest.mark.parametrize("how", ["cancel", "error"])
def test_table_half_written_into_an_existing_geopackage_is_dropped(world, tmp_path, how):
    """An output added as a new table of an existing GeoPackage cannot be staged beside it: a
    cancelled or failed run drops the table again, and the file's other tables stay."""
    from osgeo import ogr
    from qgis import processing
    gpkg = tmp_path / "mine.gpkg"
    write_layer(world.zones_layer(), gpkg, "keep")
    params = {"INPUT": world.streets,
              "OUTPUT": f"ogr:dbname='{gpkg}' table=\"net\" (geom)"}
    feedback = LogFeedback(cancel_at=60 if how == "cancel" else None)
    if how == "error":      # fails after the sink exists: the writer is made to raise
        params["INPUT"] = world.streets
        from urbanplan_plugin.qgis_io import layers
        original = layers.write_network

        def broken(net, sink, *args, **kwargs):
            original(net, sink, *args, **kwargs)
            raise QgsProcessingException("writing failed half-way")
        layers.write_network = broken
        import urbanplan_plugin.algorithms.preparewalknetwork as mod
        mod.write_network = broken
    try:
        if how == "error":
            with pytest.raises(QgsProcessingException, match="half-way"):
                processing.run("urbanplan:preparewalknetwork", params, feedback=feedback)
        else:
            assert processing.run("urbanplan:preparewalknetwork", params,
                                  feedback=feedback) == {}
            assert feedback.fired
    finally:
        if how == "error":
            layers.write_network = original
            mod.write_network = original
    ds = ogr.Open(str(gpkg))
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    kept = ds.GetLayerByName("keep").GetFeatureCount()
    ds = None       # closed before asserting: a failing test must not keep the file open
    assert names == ["keep"] and kept == 2
