"""PROFILE, DEM and GROUP_PROFILES through processing.run: a straight street rising 10 % from a
home to a climate shelter (a synthetic DEM GeoTIFF), steps tagged in OSM, and the same block on
the other network algorithms."""
import math

import numpy as np
import pytest
from osgeo import gdal, osr

from conftest import memory_layer

CRS = "EPSG:32723"
X0, Y0 = 330000.0, 7390000.0
FLAT_MIN = 160.0 / (4.8 * 1000 / 60)     # 160 m at 4.8 km/h


def dem_tif(path, grade, cell=2.0, size=400.0, crs_epsg=32723):
    """A GeoTIFF whose height rises by ``grade`` per metre eastwards from X0 - 50."""
    n = int(size / cell)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), n, n, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0 - 50.0, cell, 0.0, Y0 + size / 2, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(crs_epsg)
    ds.SetProjection(srs.ExportToWkt())
    x = X0 - 50.0 + (np.arange(n) + 0.5) * cell
    ds.GetRasterBand(1).WriteArray(np.tile((grade * (x - X0)).astype(np.float32), (n, 1)))
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds = None
    return str(path)


def street(extra=()):
    """One 200 m street eastwards from X0 (tagged like GDAL's OSM lines layer)."""
    return memory_layer("LineString", CRS,
                        [(f"LineString({X0} {Y0}, {X0 + 200} {Y0})", ["residential", None])]
                        + list(extra), [("highway", "string"), ("other_tags", "string")])


def inputs(home_x, shelter_x, groups=False):
    fields = [("pop", "integer")] + ([("pop_65plus", "integer")] if groups else [])
    attrs = [100, 30] if groups else [100]
    origins = memory_layer("Point", CRS, [(f"Point({X0 + home_x} {Y0 + 3})", attrs)], fields)
    dests = memory_layer("Point", CRS, [(f"Point({X0 + shelter_x} {Y0 + 3})", ["shelter"])],
                         [("kind", "string")])
    return origins, dests


def run15(run_alg, home_x, shelter_x, network=None, **kw):
    origins, dests = inputs(home_x, shelter_x, groups="GROUP_PROFILES" in kw)
    params = {"ORIGINS": origins, "POPULATION_FIELD": "pop", "DESTINATIONS": dests,
              "CATEGORY_FIELD": "kind", "NETWORK": network or street(), "THRESHOLD_MIN": 10.0,
              "MAX_SNAP_M": 50.0, "OUTPUT": "memory:", "SUMMARY": "memory:"}
    if "GROUP_PROFILES" in kw:
        params["GROUP_FIELDS"] = ["pop_65plus"]
    params.update(kw)
    res = run_alg("fifteenminutecity", params)
    feat = next(res["OUTPUT"].getFeatures())
    return res, feat


def val(feat, name):
    v = feat[name]
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def test_ten_percent_street_walk_and_wheelchair(run_alg, tmp_path):
    ten = dem_tif(tmp_path / "ten.tif", 0.10)
    _, up = run15(run_alg, 20, 180, DEM=ten)
    _, down = run15(run_alg, 180, 20, DEM=ten)
    assert val(up, "time_shelter_min") == pytest.approx(FLAT_MIN * math.exp(0.35), abs=1e-3)
    assert val(down, "time_shelter_min") == pytest.approx(FLAT_MIN, abs=1e-3)
    # without the DEM: the flat time both ways; null_reason is written always (one field,
    # core.network.fragments), NULL where every value is there
    res, flat = run15(run_alg, 20, 180)
    assert val(flat, "time_shelter_min") == pytest.approx(FLAT_MIN, abs=1e-3)
    assert val(flat, "null_reason") is None
    # wheelchair: 10 % is impassable (NULL with the reason), 5 % passes
    _, wc = run15(run_alg, 20, 180, DEM=ten, PROFILE="wheelchair")
    assert val(wc, "time_shelter_min") is None
    assert val(wc, "null_reason") == "impassable"
    five = dem_tif(tmp_path / "five.tif", 0.05)
    _, wc5 = run15(run_alg, 20, 180, DEM=five, PROFILE="wheelchair")
    wc_min = 160.0 / (2.84 * 1000 / 60)
    assert val(wc5, "time_shelter_min") == pytest.approx(wc_min * math.exp(3.5 * 0.05), abs=1e-3)
    assert val(wc5, "null_reason") is None


def test_dem_in_another_crs_gives_the_same_times(run_alg, tmp_path):
    """The DEM is read in its own CRS (here WGS 84, warped from the UTM one)."""
    utm = dem_tif(tmp_path / "utm.tif", 0.10)
    wgs = str(tmp_path / "wgs.tif")
    gdal.Warp(wgs, utm, dstSRS="EPSG:4326", resampleAlg="bilinear")
    _, up = run15(run_alg, 20, 180, DEM=wgs)
    assert val(up, "time_shelter_min") == pytest.approx(FLAT_MIN * math.exp(0.35), rel=0.01)


def test_steps_are_closed_to_a_wheelchair(run_alg):
    # the direct way is a flight of steps; the wheelchair goes round by a 400 m detour
    net = memory_layer("LineString", CRS, [
        (f"LineString({X0} {Y0}, {X0 + 200} {Y0})", ["steps", None]),
        (f"LineString({X0} {Y0}, {X0} {Y0 + 100}, {X0 + 200} {Y0 + 100}, {X0 + 200} {Y0})",
         ["footway", '"wheelchair"=>"yes"'])], [("highway", "string"), ("other_tags", "string")])
    origins = memory_layer("Point", CRS, [(f"Point({X0 - 5} {Y0 - 5})", [1])], [("pop", "integer")])
    dests = memory_layer("Point", CRS, [(f"Point({X0 + 205} {Y0 - 5})", ["shelter"])],
                         [("kind", "string")])
    params = {"ORIGINS": origins, "DESTINATIONS": dests, "CATEGORY_FIELD": "kind",
              "NETWORK": net, "THRESHOLD_MIN": 30.0, "MAX_SNAP_M": 50.0, "OUTPUT": "memory:"}
    walk = next(run_alg("fifteenminutecity", params)["OUTPUT"].getFeatures())
    wc = next(run_alg("fifteenminutecity", dict(params, PROFILE="wheelchair"))["OUTPUT"]
              .getFeatures())
    assert val(walk, "dist_shelter_m") == pytest.approx(200.0, abs=0.01)
    assert val(wc, "dist_shelter_m") == pytest.approx(400.0, abs=0.01)
    assert val(wc, "time_shelter_min") == pytest.approx(400.0 / (2.84 * 1000 / 60), abs=1e-3)


def test_group_profiles_fields_and_summary(run_alg, tmp_path):
    ten = dem_tif(tmp_path / "ten.tif", 0.10)
    res, feat = run15(run_alg, 20, 180, DEM=ten, THRESHOLD_MIN=3.0,
                      GROUP_PROFILES="pop_65plus=older_adult")
    older_min = 160.0 / (3.49 * 1000 / 60) * math.exp(0.35)
    assert val(feat, "time_shelter_min") == pytest.approx(FLAT_MIN * math.exp(0.35), abs=1e-3)
    assert val(feat, "time_shelter_pop_65plus_min") == pytest.approx(older_min, abs=1e-3)
    assert val(feat, "within_shelter_pop_65plus") == 0        # 4.3 min > 3 min
    rows = {(f["zone"], f["category"], f["pop_group"]): f for f in res["SUMMARY"].getFeatures()}
    assert rows[("all", "shelter", "all")]["pop_within"] == 100
    assert rows[("all", "shelter", "pop_65plus")]["pop_within"] == 0
    assert rows[("all", "shelter", "pop_65plus")]["median_time_min"] == pytest.approx(older_min,
                                                                                  abs=1e-3)


def test_a_group_profiles_own_null_reason(run_alg, tmp_path):
    """Everyone walks up the 10 % street; the group travels by wheelchair and cannot (steeper
    than 1:12 both ways from the home's own street): one null_reason field, the group's reason
    after its name."""
    ten = dem_tif(tmp_path / "ten.tif", 0.10)
    _, feat = run15(run_alg, 20, 180, DEM=ten, GROUP_PROFILES="pop_65plus=wheelchair")
    assert val(feat, "time_shelter_min") == pytest.approx(FLAT_MIN * math.exp(0.35), abs=1e-3)
    assert val(feat, "time_shelter_pop_65plus_min") is None
    assert val(feat, "null_reason") == "pop_65plus:impassable"


def test_bad_group_profiles_say_what_is_wrong(run_alg):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="not a travel profile"):
        run15(run_alg, 20, 180, GROUP_PROFILES="pop_65plus=scooter")
    with pytest.raises(QgsProcessingException, match="not one of the population group"):
        run15(run_alg, 20, 180, GROUP_PROFILES="elderly=older_adult")
    with pytest.raises(QgsProcessingException):
        run15(run_alg, 20, 180, PROFILE="skateboard")


def test_dem_that_misses_the_network(run_alg, tmp_path):
    from qgis.core import QgsProcessingException
    far = dem_tif(tmp_path / "far.tif", 0.1)
    ds = gdal.Open(far, gdal.GA_Update)
    ds.SetGeoTransform((X0 + 50_000, 2.0, 0.0, Y0 + 50_000, 0.0, -2.0))
    ds = None
    with pytest.raises(QgsProcessingException, match="does not cover the network"):
        run15(run_alg, 20, 180, DEM=far)


@pytest.mark.parametrize("alg", ["fifteenminutecity", "servicearea", "accessibilitygrid",
                                 "supplydemand", "sdg1171", "greenspacecoverage",
                                 "flooddisruption"])
def test_every_network_algorithm_has_the_travel_block(provider, alg):
    from qgis.core import QgsApplication
    a = QgsApplication.processingRegistry().algorithmById(f"urbanplan:{alg}")
    names = [d.name() for d in a.parameterDefinitions()]
    assert "PROFILE" in names and "DEM" in names
    assert ("GROUP_PROFILES" in names) == (alg in ("fifteenminutecity", "sdg1171",
                                                   "greenspacecoverage", "flooddisruption"))
    assert a.parameterDefinition("PROFILE").choice.ids() == [
        "walk", "older_adult", "child", "wheelchair", "bicycle"]
    assert "1:12" in a.shortHelpString()


def test_service_area_uphill_reaches_less_far(run_alg, tmp_path):
    ten = dem_tif(tmp_path / "ten.tif", 0.10)
    fac = memory_layer("Point", CRS, [f"Point({X0 + 180} {Y0})"])
    params = {"FACILITIES": fac, "NETWORK": street(), "BANDS": "2", "SHOULDER_M": 1.0,
              "OUTPUT": "memory:"}
    flat = run_alg("servicearea", params)["OUTPUT"]
    up = run_alg("servicearea", dict(params, DEM=ten))["OUTPUT"]
    flat_x0 = flat.extent().xMinimum() - X0
    up_x0 = up.extent().xMinimum() - X0
    assert flat_x0 == pytest.approx(180 - 160 - 1, abs=0.05)
    # people below the facility walk uphill to it: 2 minutes reach 160 / exp(0.35) m
    assert up_x0 == pytest.approx(180 - 160 / math.exp(0.35) - 1, abs=0.05)
    assert up.extent().xMaximum() - X0 == pytest.approx(201.0, abs=0.05)


def test_supplydemand_counts_the_residents_trip_uphill(run_alg, tmp_path):
    ten = dem_tif(tmp_path / "ten.tif", 0.10)
    supply = memory_layer("Point", CRS, [(f"Point({X0 + 180} {Y0})", [1])],
                          [("seats", "integer")])
    demand = memory_layer("Point", CRS, [(f"Point({X0 + 20} {Y0})", [1000])],
                          [("pop", "integer")])
    params = {"SUPPLY": supply, "SUPPLY_FIELD": "seats", "DEMAND": demand,
              "POPULATION_FIELD": "pop", "NETWORK": street(), "CATCHMENT_MIN": 2.5,
              "OUTPUT": "memory:", "FACILITIES_OUTPUT": "memory:"}
    flat = next(run_alg("supplydemand", params)["OUTPUT"].getFeatures())
    up = next(run_alg("supplydemand", dict(params, DEM=ten))["OUTPUT"].getFeatures())
    fields = flat.fields().names()
    n_name = [f for f in fields if f.startswith("n_fac")][0]
    assert flat[n_name] == 1          # 2 min on the flat
    assert up[n_name] == 0            # 2.84 min uphill > 2.5


def test_prepared_network_keeps_the_tags_for_the_profiles(run_alg):
    """preparewalknetwork writes highway and other_tags, so a wheelchair still knows the
    steps on the prepared network."""
    net = memory_layer("LineString", CRS, [
        (f"LineString({X0} {Y0}, {X0 + 200} {Y0})", ["steps", None]),
        (f"LineString({X0} {Y0}, {X0} {Y0 + 100}, {X0 + 200} {Y0 + 100}, {X0 + 200} {Y0})",
         ["footway", '"wheelchair"=>"yes","smoothness"=>"good"'])],
        [("highway", "string"), ("other_tags", "string")])
    prepared = run_alg("preparewalknetwork", {"INPUT": net, "OUTPUT": "memory:"})["OUTPUT"]
    assert {"highway", "other_tags"} <= set(prepared.fields().names())
    tags = sorted((f["highway"], f["other_tags"]) for f in prepared.getFeatures())
    assert tags[0][0] == "footway" and '"smoothness"=>"good"' in tags[0][1]
    assert tags[-1][0] == "steps"
    origins = memory_layer("Point", CRS, [(f"Point({X0 - 5} {Y0 - 5})", [1])],
                           [("pop", "integer")])
    dests = memory_layer("Point", CRS, [(f"Point({X0 + 205} {Y0 - 5})", ["shelter"])],
                         [("kind", "string")])
    params = {"ORIGINS": origins, "DESTINATIONS": dests, "CATEGORY_FIELD": "kind",
              "NETWORK": prepared, "THRESHOLD_MIN": 30.0, "MAX_SNAP_M": 50.0,
              "OUTPUT": "memory:", "PROFILE": "wheelchair"}
    wc = next(run_alg("fifteenminutecity", params)["OUTPUT"].getFeatures())
    assert val(wc, "dist_shelter_m") == pytest.approx(400.0, abs=0.01)
