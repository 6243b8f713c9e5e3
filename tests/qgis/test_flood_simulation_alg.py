"""urbanplan:floodsimulation through processing.run on tiny synthetic terrains whose answers are
worked out by hand (volumes) or come from the other flood algorithms' hand-worked tests."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from test_flood_disruption_alg import X0 as FD_X0
from test_flood_disruption_alg import Y0 as FD_Y0
from test_flood_disruption_alg import check_hand_worked, origins
from test_flood_disruption_alg import params as disruption_params
from test_flood_extent_alg import read_depth, write_dem

from conftest import memory_layer
from flood_terrain import bowl, tilted_plane

RASTERS = ("MAX_DEPTH", "MAX_VELOCITY", "HAZARD", "ARRIVAL_H", "RECESSION_H")


def outputs(tmp_path, tag=""):
    return {k: str(tmp_path / f"{k.lower()}{tag}.tif") for k in RASTERS} | {"SUMMARY": "memory:"}


def summary(res):
    layer = res["SUMMARY"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "s", "ogr")
    feats = list(layer.getFeatures())
    assert len(feats) == 1
    return dict(zip(layer.fields().names(), feats[0].attributes()))


def test_closed_bowl_keeps_every_drop_and_fills_its_floor(run_alg, tmp_path):
    # 11 x 11 cells of 10 m, rim 3 m, floor 1 m (81 cells). 30 mm on 121 cells = 363 m³; all
    # of it runs off the rim onto the floor: 363 / 8 100 m² = 4.48 cm deep
    dem, grid = bowl()
    res = run_alg("floodsimulation", {
        "DEM": write_dem(tmp_path / "bowl.tif", dem, grid), "RAIN_MM": 30, "DURATION_H": 0.25,
        "HYETOGRAPH": "uniform", "SIMULATION_H": 1.0, "BOUNDARY": "closed",
        **outputs(tmp_path)})
    row = summary(res)
    assert row["rain_m3"] == pytest.approx(363.0, rel=1e-9)
    assert row["outflow_m3"] == 0.0
    assert abs(row["mass_balance_error_pct"]) < 0.5
    assert row["stored_m3"] == pytest.approx(363.0, rel=5e-3)
    assert res["MASS_BALANCE_ERROR_PCT"] == pytest.approx(row["mass_balance_error_pct"])
    depth, nod, proj, gt = read_depth(res["MAX_DEPTH"])
    assert gt == pytest.approx(grid.geotransform) and "32723" in proj
    floor = depth[1:-1, 1:-1]
    assert np.nanmean(floor) == pytest.approx(363.0 / 8100.0, rel=0.05)
    assert row["simulated_min"] == pytest.approx(60.0)
    assert row["flooded_10cm_m2"] == 0.0      # nowhere 10 cm deep
    assert row["wet_m2"] == pytest.approx(8100.0)


def test_open_plane_drains_and_balances(run_alg, tmp_path):
    # a plane falling westwards: with the edges open most rain leaves; the balance still closes
    dem, grid = tilted_plane(step=0.1)
    log = []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.append(info)

    res = run_alg("floodsimulation", {
        "DEM": write_dem(tmp_path / "plane.tif", dem, grid), "RAIN_MM": 20,
        "DURATION_H": 0.5, "SIMULATION_H": 1.5, "BOUNDARY": "open", "DRAINAGE_MM_H": 5,
        **outputs(tmp_path)}, feedback=Log())
    row = summary(res)
    assert row["outflow_m3"] > 0.5 * row["rain_m3"]
    assert row["drainage_m3"] > 0
    assert abs(row["mass_balance_error_pct"]) < 0.5
    assert any("Simulated" in line for line in log)
    arrival, *_ = read_depth(res["ARRIVAL_H"])
    assert np.nanmax(arrival) <= 0.5 + 1e-6      # everything is wet during the storm


def _pit_dem(path):
    """The disruption test's 40 x 20 grid (10 m) as terrain: a 1 m deep pit under exactly its
    wet cells (x 120-180, y -20..20 of its streets), ground sloping 1 % towards the pit."""
    cols, rows = 40, 20
    xs = -50 + (np.arange(cols) + 0.5) * 10
    ys = 150 - (np.arange(rows) + 0.5) * 10
    pit = (xs[None, :] > 120) & (xs[None, :] < 180) & (ys[:, None] > -20) & (ys[:, None] < 20)
    dist = np.hypot(xs[None, :] - 150, ys[:, None] - 0)
    dem = 10.0 + 0.01 * dist
    dem[pit] = 9.0
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    grid = Grid(FD_X0 - 50, FD_Y0 + 150, 10.0, 10.0, rows, cols, crs_authid="EPSG:32723")
    return write_dem(path, dem.astype(np.float32), grid), pit


def test_max_depth_is_the_hazard_of_floodexposure_and_flooddisruption(run_alg, tmp_path):
    dem_path, pit = _pit_dem(tmp_path / "pit.tif")
    res = run_alg("floodsimulation", {
        "DEM": dem_path, "RAIN_MM": 20, "DURATION_H": 0.5, "HYETOGRAPH": "chicago",
        "SIMULATION_H": 2.0, "BOUNDARY": "closed", "POPULATION": origins(),
        "POPULATION_FIELD": "pop", "MIN_HOURS": 1.0, **outputs(tmp_path)})
    depth, *_ = read_depth(res["MAX_DEPTH"])
    assert np.nanmin(depth[pit]) > 0.3          # the pit holds most of the 1 600 m³
    assert np.nanmax(depth[~pit]) < 0.1         # a film on the slopes
    # the origin in the pit (O3, 5 people) is flooded, and still flooded at the end
    row = summary(res)
    assert row["pop_flooded"] == 5 and row["pop_still_flooded"] == 5
    assert row["pop_flooded_long"] == 5 and res["POP_FLOODED_LONG"] == 5
    # the disruption test's hand-worked answer, with the simulated depth as its hazard
    check_hand_worked(run_alg("flooddisruption", disruption_params(res["MAX_DEPTH"])))
    exp = run_alg("floodexposure", {"HAZARD": res["MAX_DEPTH"], "EXPOSURE": origins(),
                                    "POPULATION_FIELD": "pop", "OUTPUT": "memory:",
                                    "SUMMARY": "memory:"})
    assert exp["EXPOSED_COUNT"] == 1 and exp["EXPOSED_POPULATION"] == 5


def test_buildings_are_obstacles_and_their_rain_is_reported(run_alg, tmp_path):
    dem, grid = bowl()
    x0, y0 = grid.x0 + 30, grid.y0 - 30     # a 20 m square block: 4 cell centres
    wkt = f"Polygon(({x0} {y0}, {x0 + 20} {y0}, {x0 + 20} {y0 - 20}, {x0} {y0 - 20}, {x0} {y0}))"
    res = run_alg("floodsimulation", {
        "DEM": write_dem(tmp_path / "bowl.tif", dem, grid), "RAIN_MM": 30, "DURATION_H": 0.25,
        "HYETOGRAPH": "uniform", "SIMULATION_H": 0.5, "BOUNDARY": "closed",
        "BUILDINGS": memory_layer("Polygon", "EPSG:32723", [wkt]), **outputs(tmp_path)})
    row = summary(res)
    assert row["rain_on_buildings_m3"] == pytest.approx(4 * 100 * 0.03)
    assert row["rain_m3"] == pytest.approx(117 * 100 * 0.03)
    depth, *_ = read_depth(res["MAX_DEPTH"])
    assert np.isnan(depth[3:5, 3:5]).all()


def test_bad_inputs_are_refused(run_alg, tmp_path):
    dem, grid = bowl()
    path = write_dem(tmp_path / "geo.tif", dem, grid.__class__(
        -46.6, -23.5, 0.0001, 0.0001, grid.rows, grid.cols, crs_authid="EPSG:4326"),
        crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="degrees"):
        run_alg("floodsimulation", {"DEM": path, **outputs(tmp_path)})
    rect = grid.__class__(grid.x0, grid.y0, 10.0, 5.0, grid.rows, grid.cols,
                          crs_authid="EPSG:32723")
    with pytest.raises(QgsProcessingException, match="square"):
        run_alg("floodsimulation", {"DEM": write_dem(tmp_path / "rect.tif", dem, rect),
                                    **outputs(tmp_path)})
    ok = write_dem(tmp_path / "b.tif", dem, grid)
    with pytest.raises(QgsProcessingException, match="HYETOGRAPH_FILE"):
        run_alg("floodsimulation", {"DEM": ok, "HYETOGRAPH": "csv", **outputs(tmp_path)})
    with pytest.raises(QgsProcessingException, match="RETURN_PERIOD"):
        idf = tmp_path / "idf.csv"
        idf.write_text("return_period,10,30,60\n20,150,90,60\n")
        run_alg("floodsimulation", {"DEM": ok, "IDF_FILE": str(idf), **outputs(tmp_path)})


def test_idf_table_and_csv_storms(run_alg, tmp_path):
    dem, grid = bowl()
    ok = write_dem(tmp_path / "b.tif", dem, grid)
    idf = tmp_path / "idf.csv"
    idf.write_text("return_period,10,30,60,120\n20,150,90,60,38\n")
    # uniform 20-year 1 h storm: 60 mm/h for an hour on 121 cells of 100 m²
    res = run_alg("floodsimulation", {"DEM": ok, "IDF_FILE": str(idf), "RETURN_PERIOD": 20,
                                      "DURATION_H": 1.0, "HYETOGRAPH": "uniform",
                                      "SIMULATION_H": 1.0, "BOUNDARY": "closed",
                                      **outputs(tmp_path)})
    assert res["RAIN_VOLUME_M3"] == pytest.approx(121 * 100 * 0.060, rel=1e-6)
    rain = tmp_path / "rain.csv"
    rain.write_text("intensity\n12\n24\n12\n")    # 3 steps of 5 min: 4 mm
    res = run_alg("floodsimulation", {"DEM": ok, "HYETOGRAPH": "csv",
                                      "HYETOGRAPH_FILE": str(rain), "SIMULATION_H": 0.5,
                                      "BOUNDARY": "closed", **outputs(tmp_path, "c")})
    assert res["RAIN_VOLUME_M3"] == pytest.approx(121 * 100 * 0.004, rel=1e-6)


def test_landcover_manning_table(run_alg, tmp_path):
    dem, grid = tilted_plane(step=0.1)
    ok = write_dem(tmp_path / "p.tif", dem, grid)
    lc = np.ones_like(dem)
    lc[:, 10:] = 2
    lc_path = write_dem(tmp_path / "lc.tif", lc, grid)
    table = tmp_path / "n.csv"
    table.write_text("class,n\n1,0.015\n2,0.1\n")
    base = {"DEM": ok, "RAIN_MM": 20, "DURATION_H": 0.5, "SIMULATION_H": 0.5}
    smooth = run_alg("floodsimulation", {**base, **outputs(tmp_path, "s")})
    rough = run_alg("floodsimulation", {**base, "LANDCOVER": lc_path,
                                        "MANNING_TABLE": str(table), **outputs(tmp_path, "r")})
    # kinematic depth grows with n^0.6: deeper on the rough east (n 0.1 against the default
    # 0.03), shallower on the smooth west (0.015)
    ds, *_ = read_depth(smooth["MAX_DEPTH"])
    dr, *_ = read_depth(rough["MAX_DEPTH"])
    assert np.nanmean(dr[:, 12:]) > 1.3 * np.nanmean(ds[:, 12:])
    assert np.nanmean(dr[:, 1:8]) < np.nanmean(ds[:, 1:8])
    with pytest.raises(QgsProcessingException, match="MANNING_TABLE"):
        run_alg("floodsimulation", {**base, "LANDCOVER": lc_path, **outputs(tmp_path, "x")})


def test_people_in_a_building_burned_in_stand_in_the_water_around_it(run_alg, tmp_path):
    """The same layer as BUILDINGS (obstacles) and POPULATION: its people are read at the
    nearest simulated cell (water against the walls), not at the obstacle ('no water')."""
    dem, grid = bowl()                      # the floor ponds 30 mm x 121 / 77 cells ~ 4.7 cm
    x0, y0 = grid.x0 + 30, grid.y0 - 30     # a 20 m square block on the floor: 4 cells
    wkt = f"Polygon(({x0} {y0}, {x0 + 20} {y0}, {x0 + 20} {y0 - 20}, {x0} {y0 - 20}, {x0} {y0}))"
    homes = memory_layer("Polygon", "EPSG:32723", [(wkt, [12.0])],
                         fields=(("residents", "double"),))
    res = run_alg("floodsimulation", {
        "DEM": write_dem(tmp_path / "bowl.tif", dem, grid), "RAIN_MM": 30, "DURATION_H": 0.25,
        "HYETOGRAPH": "uniform", "SIMULATION_H": 0.5, "BOUNDARY": "closed",
        "RECESSION_DEPTH_M": 0.02, "MIN_HOURS": 0.1, "BUILDINGS": homes, "POPULATION": homes,
        "POPULATION_FIELD": "residents", **outputs(tmp_path)})
    depth, *_ = read_depth(res["MAX_DEPTH"])
    assert np.isnan(depth[3:5, 3:5]).all()              # the building stays dry inside
    assert np.nanmin(depth[2:6, 2:6][~np.isnan(depth[2:6, 2:6])]) > 0.02   # water around it
    row = summary(res)
    assert row["pop_flooded"] == 12 and row["pop_still_flooded"] == 12
