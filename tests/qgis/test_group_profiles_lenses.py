"""GROUP_PROFILES on sdg1171, greenspacecoverage and flooddisruption through processing.run.

The hand-worked town: homes along one street (y = 0), a park whose gate N = (400, 60) is 60 m
up a flight of steps (highway=steps) from the street's end, or 300 m round a wheelchair ramp
(a footway east along y = 0, north, and back west along y = 60):

    y=60        park gate N o-----------------------+  ramp (footway, 120 + 60 + 120 m)
                          | steps (60 m)            |
    y=0   o----o----o----o+-------------------------+
          50  150  250  350  400                    520      homes at (x, -5), snapped to y=0

A home at x walks (400 - x) + 60 m to the gate; a wheelchair wheels (400 - x) + 300 m (the
snap offset is not counted). Homes at x = 50, 150, 250, 350 with 100 people each, of whom
pop_wc = 2, 4, 6, 8 are wheelchair users (20 in all):

=========  ======  ======  ======  ======
x          50      150     250     350
walk (m)   410     310     210     110
wheel (m)  650     550     450     350
=========  ======  ======  ======  ======

SDG 11.7.1 (400 m): everyone 300 / 400 = 75 %; the wheelchair users counted as walkers
(4 + 6 + 8) / 20 = 90 %, with their own profile 8 / 20 = 40 %: 50 points lower.
Park coverage (one class, 500 m): walkers 100 %; wheelchair users (6 + 8) / 20 = 70 %.
Flood disruption (10 minutes; wheelchair 2.84 km/h = 47.33 m/min reaches 473.3 m): water
0.5 m deep on the ramp's far side closes it. Walkers keep the steps and lose nothing; the
wheelchair users at x = 250 and 350 (450 m = 9.51 min, 350 m = 7.39 min) had the park within
10 minutes and lose it: 14 people, 14 / 14 = 100 % of those within before.
"""
import pytest
from qgis.core import QgsProcessingException

from conftest import memory_layer

CRS = "EPSG:32635"
XS = (50, 150, 250, 350)
POP_WC = (2, 4, 6, 8)
WC_M_PER_MIN = 2.84 * 1000 / 60


def box(x0, y0, x1, y1):
    return f"Polygon(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def network():
    return memory_layer("LineString", CRS, [
        ("LineString(0 0, 400 0)", ["residential", None]),
        ("LineString(400 0, 400 60)", ["steps", None]),
        ("LineString(400 0, 520 0, 520 60, 400 60)", ["footway", '"wheelchair"=>"yes"']),
    ], [("highway", "string"), ("other_tags", "string")])


def homes(sex=False):
    fields = [("pop", "double"), ("pop_wc", "double"), ("sex", "string")]
    return memory_layer("Point", CRS, [
        (f"Point({x} -5)", [100.0, float(w), "F" if k % 2 else "M"])
        for k, (x, w) in enumerate(zip(XS, POP_WC))], fields)


def park():
    return memory_layer("Polygon", CRS, [box(360, 60, 400, 100)])


def val(feat, name):
    v = feat[name]
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def rows_of(layer, *keys):
    return {tuple(f[k] for k in keys): f for f in layer.getFeatures()}


def ordered(layer):
    return sorted(layer.getFeatures(), key=lambda f: f.geometry().asPoint().x())


def assert_main_fields_unchanged(plain, grouped):
    """Every field of the run without GROUP_PROFILES holds the same values with it."""
    names = plain.fields().names()
    assert set(names) <= set(grouped.fields().names())
    a = [[val(f, n) for n in names] for f in ordered(plain)]
    b = [[val(f, n) for n in names] for f in ordered(grouped)]
    assert a == b


# ------------------------------------------------------------------------------ sdg1171

def sdg_params(**kw):
    p = {"BUILTUP": memory_layer("Polygon", CRS, [box(-50, -50, 600, 150)]),
         "OPEN_SPACES": park(), "NETWORK": network(), "POPULATION": homes(),
         "POPULATION_FIELD": "pop", "GROUP_FIELDS": ["pop_wc"], "DISTANCE_M": 400.0,
         "ENTRANCE_TOLERANCE_M": 5.0, "MAX_SNAP_M": 20.0,
         "OUTPUT": "memory:", "SUMMARY": "memory:"}
    p.update(kw)
    return p


def test_sdg1171_wheelchair_group_loses_the_park_behind_the_steps(run_alg):
    plain = run_alg("sdg1171", sdg_params())
    res = run_alg("sdg1171", sdg_params(GROUP_PROFILES="pop_wc=wheelchair"))
    # everyone walks: 3 of 4 homes within 400 m, with and without GROUP_PROFILES
    for r in (plain, res):
        assert r["POP_WITHIN_PCT"] == pytest.approx(75.0)
        rows = rows_of(r["SUMMARY"], "zone", "pop_group")
        assert rows[("all", "all")]["pop_within_pct"] == pytest.approx(75.0)
        assert rows[("all", "all")]["median_dist_m"] == pytest.approx(210.0)
    before = rows_of(plain["SUMMARY"], "zone", "pop_group")[("all", "pop_wc")]
    after = rows_of(res["SUMMARY"], "zone", "pop_group")[("all", "pop_wc")]
    assert before["pop_within"] == pytest.approx(18.0)
    assert before["pop_within_pct"] == pytest.approx(90.0)
    assert after["pop_within"] == pytest.approx(8.0)
    assert after["pop_within_pct"] == pytest.approx(40.0)
    assert before["pop_within_pct"] - after["pop_within_pct"] == pytest.approx(50.0)
    # the median of the wheelchair users' own distances (weights 2, 4, 6, 8: 10 of 20 at 450)
    assert after["median_dist_m"] == pytest.approx(450.0)
    assert after["population"] == pytest.approx(20.0)
    # per home: the main fields unchanged, the group's own distance and flag added
    assert_main_fields_unchanged(plain["OUTPUT"], res["OUTPUT"])
    feats = ordered(res["OUTPUT"])
    assert [val(f, "dist_open_space_m") for f in feats] == pytest.approx([410, 310, 210, 110])
    assert [val(f, "dist_open_space_pop_wc_m") for f in feats] == pytest.approx(
        [650, 550, 450, 350])
    assert [val(f, "within_pop_wc") for f in feats] == [0, 0, 0, 1]
    assert "dist_open_space_pop_wc_m" not in plain["OUTPUT"].fields().names()


def test_sdg1171_group_with_the_main_profile_gets_no_fields(run_alg):
    from test_publicspace_sdg1171 import Log
    log = Log()
    res = run_alg("sdg1171", sdg_params(GROUP_PROFILES="pop_wc=walk"), feedback=log)
    assert "within_pop_wc" not in res["OUTPUT"].fields().names()
    assert rows_of(res["SUMMARY"], "zone", "pop_group")[("all", "pop_wc")][
        "pop_within_pct"] == pytest.approx(90.0)
    assert "travels as everyone does" in log.text()


def test_sdg1171_main_profile_wheelchair_walkers_as_a_group(run_alg):
    """The other way round: everyone wheels, the group walks (the steps are theirs)."""
    res = run_alg("sdg1171", sdg_params(PROFILE="wheelchair", GROUP_PROFILES="pop_wc=walk"))
    rows = rows_of(res["SUMMARY"], "zone", "pop_group")
    assert rows[("all", "all")]["pop_within_pct"] == pytest.approx(25.0)
    assert rows[("all", "pop_wc")]["pop_within_pct"] == pytest.approx(90.0)
    feats = ordered(res["OUTPUT"])
    assert [val(f, "dist_open_space_pop_wc_m") for f in feats] == pytest.approx(
        [410, 310, 210, 110])


@pytest.mark.parametrize("alg", ["sdg1171", "greenspacecoverage"])
def test_bad_group_profiles_are_refused_with_the_fix(run_alg, alg):
    make = sdg_params if alg == "sdg1171" else cov_params
    with pytest.raises(QgsProcessingException, match="not one of the population group"):
        run_alg(alg, make(GROUP_PROFILES="elderly=older_adult"))
    with pytest.raises(QgsProcessingException, match="GROUP_FIELDS"):
        run_alg(alg, make(GROUP_PROFILES="elderly=older_adult"))
    with pytest.raises(QgsProcessingException, match="not a travel profile.*wheelchair"):
        run_alg(alg, make(GROUP_PROFILES="pop_wc=scooter"))
    with pytest.raises(QgsProcessingException, match="text field"):
        run_alg(alg, make(GROUP_FIELDS=["pop_wc", "sex"], GROUP_PROFILES="sex=wheelchair"))


# ------------------------------------------------------------------------------ greenspacecoverage

def cov_params(**kw):
    p = {"PARKS": park(), "NETWORK": network(), "POPULATION": homes(),
         "POPULATION_FIELD": "pop", "GROUP_FIELDS": ["pop_wc"],
         "CLASSES": ["park", 0, 500], "ENTRANCE_TOLERANCE_M": 5.0, "MAX_SNAP_M": 20.0,
         "OUTPUT": "memory:", "UNDERSERVED": "memory:", "SUMMARY": "memory:"}
    p.update(kw)
    return p


def test_greenspacecoverage_wheelchair_group(run_alg):
    plain = run_alg("greenspacecoverage", cov_params())
    res = run_alg("greenspacecoverage", cov_params(GROUP_PROFILES="pop_wc=wheelchair"))
    for r in (plain, res):
        assert r["POP_COVERED_PCT"] == pytest.approx(100.0)
        assert rows_of(r["SUMMARY"], "zone", "pop_group")[("all", "all")][
            "pop_covered_any"] == pytest.approx(400.0)
    before = rows_of(plain["SUMMARY"], "zone", "pop_group")[("all", "pop_wc")]
    after = rows_of(res["SUMMARY"], "zone", "pop_group")[("all", "pop_wc")]
    assert before["pop_covered_any"] == pytest.approx(20.0)
    assert before["pop_uncovered_pct"] == pytest.approx(0.0)
    assert after["pop_covered_any"] == pytest.approx(14.0)
    assert after["pop_cov_park"] == pytest.approx(14.0)
    assert after["pop_uncovered_pct"] == pytest.approx(30.0)
    assert_main_fields_unchanged(plain["OUTPUT"], res["OUTPUT"])
    feats = ordered(res["OUTPUT"])
    assert [val(f, "dist_park_m") for f in feats] == pytest.approx([410, 310, 210, 110])
    assert [val(f, "covered") for f in feats] == [1, 1, 1, 1]
    assert [val(f, "dist_park_pop_wc_m") for f in feats] == pytest.approx([650, 550, 450, 350])
    assert [val(f, "cov_park_pop_wc") for f in feats] == [0, 0, 1, 1]
    assert [val(f, "covered_pop_wc") for f in feats] == [0, 0, 1, 1]


# ------------------------------------------------------------------------------ flooddisruption

def flood_params(**kw):
    hazard = memory_layer("Polygon", CRS, [(box(505, 20, 535, 40), [0.5])],
                          [("depth", "double")])
    gate = memory_layer("Point", CRS, [("Point(398 62)", ["park"])], [("category", "string")])
    p = {"NETWORK": network(), "HAZARD": hazard, "DEPTH_FIELD": "depth",
         "MAX_WALK_DEPTH_M": 0.3, "ORIGINS": homes(), "POPULATION_FIELD": "pop",
         "GROUP_FIELDS": ["pop_wc"], "DESTINATIONS": gate, "CATEGORY_FIELD": "category",
         "THRESHOLD_MIN": 10.0, "MAX_SNAP_M": 20.0, "OUTPUT": "memory:", "SUMMARY": "memory:"}
    p.update(kw)
    return p


def test_flooddisruption_wheelchair_group_loses_the_ramp(run_alg):
    plain = run_alg("flooddisruption", flood_params())
    res = run_alg("flooddisruption", flood_params(GROUP_PROFILES="pop_wc=wheelchair"))
    for r in (plain, res):
        assert r["POP_LOST_ACCESS"] == pytest.approx(0.0)
        rows = rows_of(r["SUMMARY"], "category", "pop_group")
        assert rows[("park", "all")]["pop_within_before"] == pytest.approx(400.0)
        assert rows[("park", "all")]["pop_lost_access"] == pytest.approx(0.0)
    before = rows_of(plain["SUMMARY"], "category", "pop_group")
    after = rows_of(res["SUMMARY"], "category", "pop_group")
    assert before[("park", "pop_wc")]["pop_within_before"] == pytest.approx(20.0)
    assert before[("park", "pop_wc")]["pop_lost_access"] == pytest.approx(0.0)
    g = after[("park", "pop_wc")]
    assert g["pop_within_before"] == pytest.approx(14.0)
    assert g["pop_within_after"] == pytest.approx(0.0)
    assert g["pop_lost_access"] == pytest.approx(14.0)
    assert g["pop_lost_pct"] == pytest.approx(100.0)
    assert after[("any_category", "pop_wc")]["pop_lost_access"] == pytest.approx(14.0)
    # median wheeling time before over the 20 wheelchair users (all within the 20-minute
    # search horizon = 946.7 m): 8 at 7.39 min, 6 at 9.51, 4 at 11.62, 2 at 13.73 -> 9.51 min
    assert g["median_time_before_min"] == pytest.approx(450 / WC_M_PER_MIN, abs=1e-3)
    assert_main_fields_unchanged(plain["OUTPUT"], res["OUTPUT"])
    feats = ordered(res["OUTPUT"])
    assert [val(f, "lost_any") for f in feats] == [0, 0, 0, 0]
    assert [val(f, "lost_park_pop_wc") for f in feats] == [0, 0, 1, 1]
    assert [val(f, "lost_any_pop_wc") for f in feats] == [0, 0, 1, 1]
    assert [val(f, "time_before_park_min") for f in feats] == pytest.approx(
        [(400 - x + 60) / 80.0 for x in XS], abs=1e-3)


# ------------------------------------------------------------------------------ the report

def test_report_shows_the_groups_of_sdg1171_with_their_profiles(run_alg, tmp_path):
    """sdg1171 with GROUP_PROFILES written to a GeoPackage, then urbanplan:report: the group
    table names each group's profile (from the run's record) and holds the summary's shares."""
    from test_report_alg import Cells

    from urbanplan_plugin.project.runs import forget_all
    forget_all()
    gpkg = tmp_path / "sdg.gpkg"
    res = run_alg("sdg1171", sdg_params(
        GROUP_PROFILES="pop_wc=wheelchair",
        OUTPUT=f"ogr:dbname='{gpkg}' table=\"access\" (geom)",
        SUMMARY=f"ogr:dbname='{gpkg}' table=\"summary\""))
    html = tmp_path / "report.html"
    run_alg("report", {"RESULTS": [res["OUTPUT"], res["SUMMARY"]], "TITLE": "Open space",
                       "MAPS": False, "OUTPUT_HTML": str(html), "OUTPUT_PDF": ""})
    text = html.read_text(encoding="utf-8")
    cells = Cells()
    cells.feed(text)
    assert cells.values["sdg1171.group.all.pop_within_pct"] == pytest.approx(75.0)
    assert cells.values["sdg1171.group.pop_wc.pop_within_pct"] == pytest.approx(40.0)
    assert "Manual wheelchair users" in text and "Travel profile" in text
