"""The rain-on-grid flood simulation engine (core/flood/floodsimulation.py) against results worked
out by hand or from theory: mass conservation, the kinematic-wave depth on a plane, fill and
spill of depressions, simplified UK Environment Agency benchmark cases, losses, obstacles,
arrival and recession times, design storms and cancel. Small grids only (the whole file runs in
seconds).

Every test runs twice: with the numpy engine (forced, as on a QGIS whose Python has no numba)
and with the compiled kernels (core/flood/floodkernel.py) when numba is installed; the two are
also compared cell by cell."""
import math

import numpy as np
import pytest

from urbanplan_plugin.core.flood import floodkernel
from urbanplan_plugin.core.flood import floodsimulation as fs

UrbanPlanError = fs.UrbanPlanError
HAVE_NUMBA = floodkernel.kernels() is not None


@pytest.fixture(autouse=True, params=["numpy", "compiled"])
def kernel(request, monkeypatch):
    """The engine every call of this module uses by default ('auto' reads the environment)."""
    if request.param == "compiled" and not HAVE_NUMBA:
        pytest.skip("numba is not installed: the compiled kernels cannot run here")
    monkeypatch.setenv(floodkernel.ENV, request.param)
    return request.param


def rough_dem(n=40, seed=3):
    """Smooth random hills (about +-1.5 m) on a 0.5 % slope plus 2 cm noise: pits and ridges."""
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    hills = ndimage.gaussian_filter(rng.normal(0.0, 1.0, (n, n)), 2.5) * 6.0
    return hills + np.arange(n)[None, :] * 0.01 + rng.normal(0.0, 0.02, (n, n))


def rain_mm(storm):
    """Total depth of a hyetograph, summed here from its steps (not from the engine)."""
    return float(np.sum(np.asarray(storm.intensity_mm_h) * np.diff(storm.edges_s)) / 3600.0)


# --- mass ------------------------------------------------------------------------------------

@pytest.mark.parametrize("boundary, losses", [("closed", False), ("open", True)])
def test_mass_is_conserved(boundary, losses):
    dem = rough_dem()
    dx = 4.0
    storm = fs.chicago_storm(1200.0, 12.0, 0.78, 30.0, r=0.4)
    kw = {}
    if losses:
        rng = np.random.default_rng(5)
        kw = {"infiltration_mm_h": rng.uniform(0.0, 8.0, dem.shape), "drainage_mm_h": 4.0,
              "manning_n": rng.uniform(0.02, 0.08, dem.shape)}
    res = fs.simulate_flood(dem, dx, storm, 1.0, boundary=boundary, **kw)
    s = res.summary
    rain = rain_mm(storm) / 1000.0 * dem.size * dx * dx
    stored = float(np.nansum(res.final_depth, dtype=np.float64)) * dx * dx
    assert s["rain_m3"] == pytest.approx(rain, rel=1e-9)
    assert s["stored_m3"] == pytest.approx(stored, rel=1e-5)
    if boundary == "closed":
        assert s["outflow_m3"] == 0.0
    else:
        assert s["outflow_m3"] > 0.01 * rain  # the slope drains east and west at least
    if losses:
        assert s["infiltration_m3"] > 0 and s["drainage_m3"] > 0
        assert s["losses_m3"] == pytest.approx(s["infiltration_m3"] + s["drainage_m3"])
    else:
        assert s["losses_m3"] == 0.0
    error = (rain - stored - s["outflow_m3"] - s["losses_m3"]) / rain * 100.0
    assert abs(error) < 0.5
    assert abs(s["mass_balance_error_pct"]) < 0.5
    assert np.all(res.final_depth >= 0)


# --- kinematic wave ----------------------------------------------------------------------------

def test_tilted_plane_reaches_the_kinematic_wave_depth():
    """Steady rain i on a plane of slope S: at x m from the divide the discharge is q = i x and
    friction balances the slope, so Manning gives h(x) = (n i x / sqrt(S))^(3/5) and the
    velocity q / h. Checked away from the divide (where the surface slope still differs from S)
    and from the outlet."""
    length, dx, slope, n, i_mm_h = 200.0, 2.0, 0.01, 0.03, 100.0
    cols = int(length / dx)
    x_centre = (np.arange(cols) + 0.5) * dx
    dem = np.tile(10.0 - slope * x_centre, (3, 1))
    storm = fs.uniform_storm(i_mm_h * 2.0, 2.0)  # still raining at the end
    res = fs.simulate_flood(dem, dx, storm, 1.25, manning_n=n, boundary={"east": "open"},
                            velocity_depth_m=0.001)  # the depths here are 5-25 mm
    i = i_mm_h / 1000.0 / 3600.0
    expected = (n * i * x_centre / math.sqrt(slope)) ** 0.6
    got = res.final_depth[1]
    sel = (x_centre > 0.2 * length) & (x_centre < 0.9 * length)
    assert np.max(np.abs(got[sel] / expected[sel] - 1.0)) < 0.03
    # the cell-centre discharge is the rain from upslope, i x, and the velocity q / h
    assert np.max(np.abs(res.hazard[1][sel] / (i * x_centre[sel]) - 1.0)) < 0.01
    speed = i * x_centre / expected
    assert np.max(np.abs(res.max_velocity[1][sel] / speed[sel] - 1.0)) < 0.03


# --- fill and spill --------------------------------------------------------------------------

def test_closed_depression_fills_to_its_spill_level():
    """A bowl west of a rim at 0.5 m, a slope east of it to an open edge; far more rain than
    the bowl holds. When the rain has stopped and the excess has run off, the lake is flat at
    the rim level and the rest of the rain has left through the edge."""
    dx = 5.0
    cols = 40
    x = np.arange(cols)
    ground = np.where(x <= 21, 0.5 * ((x - 11) / 10.0) ** 2, 0.5 - 0.05 * (x - 22))
    ground[0] = 1.0  # west wall
    ground[22] = 0.5  # the rim (sill)
    dem = np.tile(ground, (5, 1))
    storm = fs.uniform_storm(400.0, 1.0)
    res = fs.simulate_flood(dem, dx, storm, 3.0, boundary={"east": "open"}, manning_n=0.03)
    lake = (slice(None), slice(2, 21))
    level = dem[lake] + res.final_depth[lake]
    assert np.ptp(level) < 0.002  # flat
    assert level.mean() == pytest.approx(0.5, abs=0.01)  # at the rim
    lake_m3 = float(res.final_depth[lake].sum()) * dx * dx
    s = res.summary
    assert s["outflow_m3"] == pytest.approx(s["rain_m3"] - s["stored_m3"], rel=1e-6)
    assert s["stored_m3"] == pytest.approx(lake_m3, rel=0.02)


def _basins(widths, floors, walls, rows=3):
    """A 1-D chain of flat-floored basins separated by one-cell walls; returns the DEM and the
    column slice of each basin."""
    ground, slices, c = [], [], 0
    for k, (w, f) in enumerate(zip(widths, floors)):
        ground += [f] * w
        slices.append(slice(c, c + w))
        c += w
        if k < len(walls):
            ground.append(walls[k])
            c += 1
    return np.tile(np.array(ground, dtype=float), (rows, 1)), slices


@pytest.mark.parametrize("right_floor, start_level, connected",
                         [(0.5, 2.0, True), (-2.0, 1.3, False)])
def test_neelz_pender_1_disconnected_water_body(right_floor, start_level, connected):
    """Neelz & Pender (2013, EA report SC120002) test 1, simplified: their time-varying level
    boundary is replaced by water standing behind a 1.0 m ridge at the start (what the test
    checks is the same: water crosses the ridge, wets the dry basin beyond, and levels at rest
    are conserved). Left basin 20 columns, floor 0; ridge 1 column; right basin 9 columns.
    Connected: water at 2.0 m, the right floor at 0.5 m; one water body at the level that holds
    the volume, 20 * 2 = 20 L + (L - 1) + 9 (L - 0.5), L = 45.5 / 30, on both sides.
    Disconnected: water at 1.3 m, the right floor at -2 m; the left basin drains to the ridge
    crest and stays there, cut off; the right one holds the 20 * 0.3 column-metres that
    crossed, level -2 + 6 / 9 (less the few mm still over the crest). The release is gentle
    (0.3 m over the crest): a violent one drives water at the ridge and leaves the basin below
    its crest (2.5 cm with a 1 m head in our runs), as inertia does in real water too."""
    dx = 5.0
    dem, (left, right) = _basins([20, 9], [0.0, right_floor], [1.0])
    h0 = np.zeros_like(dem)
    h0[:, left] = start_level
    hours = 2.0 if connected else 1.0  # the connected lake's seiche takes ~2 h to die down
    res = fs.simulate_flood(dem, dx, None, hours, initial_depth=h0, manning_n=0.03)
    eta = dem + res.final_depth
    lvl_left = eta[:, left][res.final_depth[:, left] > 0.001]
    lvl_right = eta[:, right][res.final_depth[:, right] > 0.001]
    assert np.ptp(lvl_left) < 0.002 and np.ptp(lvl_right) < 0.002  # at rest: flat
    if connected:
        expected = 45.5 / 30.0
        assert lvl_left.mean() == pytest.approx(expected, abs=0.002)
        assert lvl_right.mean() == pytest.approx(expected, abs=0.002)
    else:
        assert 1.0 - 0.001 <= lvl_left.mean() <= 1.0 + 0.01  # stopped at the crest
        crossed = 20 * (start_level - lvl_left.mean())  # column-metres
        assert lvl_right.mean() == pytest.approx(-2.0 + crossed / 9.0, abs=0.003)
    assert res.summary["stored_m3"] == pytest.approx(20 * 3 * start_level * dx * dx, rel=1e-9)


def test_neelz_pender_2_filling_of_floodplain_depressions():
    """Neelz & Pender (2013) test 2, simplified: instead of their inflow hydrograph into a 4 x 4
    field of depressions, water released from a wide first depression (40 columns, 0.6 m above
    its sill) into a chain of three more (8 columns each) behind sills at 2.0, 1.5 and 1.0 m.
    Filling goes depression by depression: each fills to its sill before the next gets
    water. Hand-worked: the 24 column-metres above the first sill fill the second to 1.5 m
    (12), the third to 1.0 m (8) and leave 4 for the last: 0.5 m over its 8 columns (less the
    few mm of head still draining over each sill)."""
    dx = 5.0
    dem, basins = _basins([40, 8, 8, 8], [0.0] * 4, [2.0, 1.5, 1.0])
    h0 = np.zeros_like(dem)
    h0[:, basins[0]] = 2.6
    res = fs.simulate_flood(dem, dx, None, 1.5, initial_depth=h0, manning_n=0.03)
    eta = dem + res.final_depth
    levels = [float(eta[:, b].mean()) for b in basins]
    for lvl, sill in zip(levels[:3], (2.0, 1.5, 1.0)):
        assert sill - 0.001 <= lvl <= sill + 0.015
    assert levels[3] == pytest.approx(0.5, abs=0.05)
    assert res.summary["mass_balance_error_pct"] == pytest.approx(0.0, abs=1e-6)


def test_lake_at_rest_stays_at_rest_and_a_disturbed_pond_calms_down():
    """A lake in a rough bowl: still water must stay still (the surface slope, not the bed
    slope, drives flow). Then 10 cm of extra water on its deep part: the waves must die down
    to a flat surface, not grow (the original scheme's weakness at low friction)."""
    n = 30
    yy, xx = np.mgrid[0:n, 0:n]
    dem = 0.004 * ((xx - 14.5) ** 2 + (yy - 14.5) ** 2)
    dem += np.random.default_rng(7).normal(0.0, 0.05, dem.shape)
    h0 = np.maximum(1.0 - dem, 0.0)
    res = fs.simulate_flood(dem, 4.0, None, 0.25, initial_depth=h0)
    assert np.max(np.abs(res.final_depth - h0)) < 1e-6
    assert np.nanmax(res.max_velocity) < 1e-3
    h1 = h0.copy()
    h1[h0 > 0.5] += 0.1
    res = fs.simulate_flood(dem, 4.0, None, 0.75, initial_depth=h1, manning_n=0.02)
    lake = res.final_depth > 0.2
    eta = (dem + res.final_depth)[lake]
    assert np.ptp(eta) < 0.002
    assert np.nanmax(res.max_velocity) < 2.0  # sane (an unstable run reached 30-80 m/s)


# --- losses ----------------------------------------------------------------------------------

def test_infiltration_takes_only_the_water_present():
    """Flat closed ground, 20 mm/h for 1 h, infiltration 5 mm/h: 15 mm stand at 1 h, then sink
    at 5 mm/h, 5 mm left at 3 h; infiltrated 5 + 10 mm. With 50 mm/h infiltration the ground
    stays dry and takes exactly the 20 mm that fell, not its 150 mm capacity."""
    dem = np.zeros((6, 6))
    area = dem.size * 100.0
    storm = fs.uniform_storm(20.0, 1.0)
    res = fs.simulate_flood(dem, 10.0, storm, 3.0, infiltration_mm_h=5.0)
    assert np.allclose(res.final_depth, 0.005, atol=1e-9)
    assert res.summary["infiltration_m3"] == pytest.approx(0.015 * area, rel=1e-9)
    assert res.summary["drainage_m3"] == pytest.approx(0.0, abs=1e-9)
    res = fs.simulate_flood(dem, 10.0, storm, 3.0, infiltration_mm_h=50.0)
    assert np.all(res.final_depth == 0.0)
    assert res.summary["infiltration_m3"] == pytest.approx(0.020 * area, rel=1e-9)


def test_drainage_per_cell_and_nothing_when_dry():
    """Two flat compartments split by an obstacle wall; drainage 10 mm/h in the west one only.
    After 20 mm/h for 1 h and 3 h in all: west drained 20 mm (its rain, never more: it is dry
    from 2 h on), east keeps its 20 mm."""
    dem = np.zeros((4, 9))
    wall = np.zeros(dem.shape, dtype=bool)
    wall[:, 4] = True
    drain = np.zeros(dem.shape)
    drain[:, :4] = 10.0
    storm = fs.uniform_storm(20.0, 1.0)
    res = fs.simulate_flood(dem, 10.0, storm, 3.0, drainage_mm_h=drain, obstacles=wall)
    assert np.all(res.final_depth[:, :4] == 0.0)
    assert np.allclose(res.final_depth[:, 5:], 0.020, atol=1e-9)
    assert np.allclose(res.max_depth[:, :4], 0.010, atol=1e-6)  # 20 - 10 mm/h for one hour
    assert res.summary["drainage_m3"] == pytest.approx(0.020 * 16 * 100.0, rel=1e-9)
    assert res.summary["infiltration_m3"] == pytest.approx(0.0, abs=1e-12)


# --- obstacles, nodata ------------------------------------------------------------------------

def test_obstacles_stay_dry_and_block_flow():
    """A wall of buildings across a tilted plane: the cells downhill of it keep only the rain
    that fell on them (nothing passes or leaks through the wall); the wall is never wet; its
    rain is reported as not simulated."""
    dx = 4.0
    dem = np.tile(5.0 - 0.02 * np.arange(30) * dx, (8, 1))
    wall = np.zeros(dem.shape, dtype=bool)
    wall[:, 15:17] = True
    storm = fs.uniform_storm(30.0, 0.5)
    res = fs.simulate_flood(dem, dx, storm, 1.0, obstacles=wall)
    assert np.all(np.isnan(res.max_depth[wall])) and np.all(np.isnan(res.final_depth[wall]))
    down = float(res.final_depth[:, 17:].sum()) * dx * dx
    up = float(res.final_depth[:, :15].sum()) * dx * dx
    assert down == pytest.approx(0.030 * 8 * 13 * dx * dx, rel=1e-6)  # float32 output
    assert up == pytest.approx(0.030 * 8 * 15 * dx * dx, rel=1e-6)
    assert res.max_depth[:, 14].mean() > 5 * res.max_depth[:, 17].mean()  # ponds at the wall
    s = res.summary
    assert s["rain_on_obstacles_m3"] == pytest.approx(0.030 * 16 * dx * dx, rel=1e-9)
    assert s["rain_m3"] == pytest.approx(0.030 * 8 * 28 * dx * dx, rel=1e-9)
    assert any("not simulated" in line for line in res.log)


def test_nodata_cells_are_outside():
    dem = rough_dem(20, seed=11)
    dem[8:12, 8:12] = -9999.0
    storm = fs.uniform_storm(40.0, 0.5)
    res = fs.simulate_flood(dem, 5.0, storm, 0.75, nodata=-9999.0)
    assert np.all(np.isnan(res.max_depth[8:12, 8:12]))
    assert res.summary["rain_m3"] == pytest.approx(0.040 * (400 - 16) * 25.0, rel=1e-9)
    assert res.summary["stored_m3"] == pytest.approx(res.summary["rain_m3"], rel=1e-9)
    in_model = float(np.nansum(res.final_depth, dtype=np.float64)) * 25.0
    assert in_model == pytest.approx(res.summary["rain_m3"], rel=1e-6)  # none in the hole


# --- times -----------------------------------------------------------------------------------

def test_arrival_and_recession_times_by_hand():
    """Flat compartments (no flow), 20 mm/h for 1 h. West: drainage 10 mm/h, so depth rises at
    10 mm/h to 10 mm at 1 h (its peak) and falls at 10 mm/h to 0 at 2 h. East: no losses, 20 mm
    from 1 h on. Wet threshold 4.55 mm: arrival 0.455 h west, 0.2275 h east. Recession depth
    8 mm: west falls below it at 1.2 h, 0.2 h after its peak; east never falls (pending).
    Sampled every 60 s, so times are late by less than a minute."""
    dem = np.zeros((3, 7))
    wall = np.zeros(dem.shape, dtype=bool)
    wall[:, 3] = True
    drain = np.zeros(dem.shape)
    drain[:, :3] = 10.0
    res = fs.simulate_flood(dem, 10.0, fs.uniform_storm(20.0, 1.0), 3.0, drainage_mm_h=drain,
                            obstacles=wall, wet_depth_m=0.00455, recession_depth_m=0.008,
                            stats_interval_s=60.0)
    step_h = 60.0 / 3600.0
    west, east = (slice(None), slice(0, 3)), (slice(None), slice(4, 7))
    assert np.all((res.arrival_h[west] >= 0.455) & (res.arrival_h[west] <= 0.455 + step_h))
    assert np.all((res.arrival_h[east] >= 0.2275) & (res.arrival_h[east] <= 0.2275 + step_h))
    assert np.all(np.abs(res.recession_h[west] - 0.2) <= step_h + 1e-9)
    assert not res.recession_pending[west].any()
    assert np.all(np.isnan(res.recession_h[east])) and res.recession_pending[east].all()
    # a cell that never reaches the recession depth: NaN and not pending
    res = fs.simulate_flood(dem, 10.0, fs.uniform_storm(20.0, 1.0), 3.0, drainage_mm_h=drain,
                            obstacles=wall, recession_depth_m=0.015, stats_interval_s=60.0)
    assert np.all(np.isnan(res.recession_h[west])) and not res.recession_pending[west].any()
    assert np.all(np.isnan(res.arrival_h[wall]))


# --- storms ----------------------------------------------------------------------------------

def test_chicago_storm_holds_the_idf_depth_in_every_window_around_the_peak():
    a, b, c = 1500.0, 15.0, 0.8
    storm = fs.chicago_storm(a, b, c, 120.0, r=0.5, step_min=5.0)
    depth = storm.intensity_mm_h * 5.0 / 60.0  # mm per 5-min block

    def idf_mm(t_min):
        return a / (t_min + b) ** c * t_min / 60.0

    assert depth.sum() == pytest.approx(idf_mm(120.0), rel=1e-9)
    for k in (2, 6, 12):  # 10, 30, 60 min windows: the best one holds the IDF depth
        best = max(depth[j:j + k].sum() for j in range(len(depth) - k + 1))
        assert best == pytest.approx(idf_mm(5.0 * k), rel=1e-9)
    assert int(np.argmax(depth)) in (11, 12)  # the peak at r = 0.5 of 24 blocks
    early = fs.chicago_storm(a, b, c, 120.0, r=0.25, step_min=5.0)
    assert int(np.argmax(early.intensity_mm_h)) in (5, 6)


def test_idf_table_fit_and_uniform_storm():
    a, b, c = 1100.0, 10.0, 0.75
    durations = [5, 10, 15, 30, 60, 120, 360, 720, 1440]
    table = {10: {d: a / (d + b) ** c for d in durations}, 2: {30: 40.0, 60: 25.0}}
    fa, fb, fc, _rmse = fs.fit_idf(durations, [table[10][d] for d in durations])
    assert (fa, fb, fc) == pytest.approx((a, b, c), rel=0.01)
    chicago = fs.storm_from_idf_table(table, 10, 60.0, shape="chicago")
    assert rain_mm(chicago) == pytest.approx(a / (60 + b) ** c, rel=0.01)
    uni = fs.storm_from_idf_table(table, 2, 60.0, shape="uniform")
    assert rain_mm(uni) == pytest.approx(25.0) and uni.end_s == 3600.0
    mid = fs.storm_from_idf_table(table, 2, 45.0, shape="uniform")  # log-log between 30 and 60
    expected = math.exp(np.interp(math.log(45), [math.log(30), math.log(60)],
                                  [math.log(40), math.log(25)]))
    assert mid.intensity_mm_h[0] == pytest.approx(expected)
    with pytest.raises(UrbanPlanError):
        fs.storm_from_idf_table(table, 2, 90.0, shape="uniform")  # outside the table
    with pytest.raises(UrbanPlanError):
        fs.storm_from_idf_table(table, 2, 60.0, shape="chicago")  # two durations: no fit
    with pytest.raises(UrbanPlanError):
        fs.storm_from_idf_table(table, 50, 60.0)


def test_rain_from_csv_pairs_and_functions(tmp_path):
    two = tmp_path / "storm.csv"
    two.write_text("minute;mm/h\n0;10,5\n10;30\n20;0\n", encoding="utf-8")
    st = fs.storm_from_csv(two)
    assert list(st.edges_s) == [0.0, 600.0, 1200.0, 1800.0]
    assert rain_mm(st) == pytest.approx(10.5 / 6 + 5.0)
    one = tmp_path / "one.csv"
    one.write_text("12\n24\n", encoding="utf-8")
    st = fs.storm_from_csv(one, time_unit="min", step=5)
    assert rain_mm(st) == pytest.approx(3.0)
    with pytest.raises(UrbanPlanError):
        fs.storm_from_csv(one)  # one column needs the step
    # the same rain as rows, as a function: same volume on a closed flat grid
    dem = np.zeros((3, 3))
    rows = fs.simulate_flood(dem, 1.0, [(0.0, 36.0), (600.0, 0.0)], 0.5)
    func = fs.simulate_flood(dem, 1.0, lambda t: 36.0 if t < 600.0 else 0.0, 0.5)
    assert rows.summary["rain_m3"] == pytest.approx(0.006 * 9)
    assert func.summary["rain_m3"] == pytest.approx(0.006 * 9)


# --- input and cancel ------------------------------------------------------------------------

def test_refuses_bad_input():
    dem = np.zeros((5, 5))
    storm = fs.uniform_storm(10.0, 1.0)
    with pytest.raises(UrbanPlanError, match="square"):
        fs.simulate_flood(dem, (2.0, -2.5), storm, 1.0)
    fs.simulate_flood(dem, (2.0, -2.0), storm, 0.01)  # a north-up geotransform's dy is fine
    with pytest.raises(UrbanPlanError):
        fs.simulate_flood(dem, 2.0, storm, 1.0, boundary="leaky")
    with pytest.raises(UrbanPlanError):
        fs.simulate_flood(dem, 2.0, storm, 1.0, manning_n=0.0)
    with pytest.raises(UrbanPlanError):
        fs.simulate_flood(dem, 2.0, storm, 1.0, obstacles=np.ones((5, 5), dtype=bool))
    with pytest.raises(UrbanPlanError):
        fs.simulate_flood(np.full((3, 3), np.nan), 2.0, storm, 1.0)


class _Cancel(fs.Progress):
    def __init__(self, after):
        self.after, self.calls, self.reported = after, 0, []

    def progress(self, percent):
        self.reported.append(percent)

    def is_canceled(self):
        self.calls += 1
        return self.calls > self.after


def test_cancel_stops_the_run_and_progress_reaches_100():
    dem = rough_dem(20)
    storm = fs.uniform_storm(30.0, 1.0)
    stopper = _Cancel(after=5)
    assert fs.simulate_flood(dem, 2.0, storm, 2.0, progress=stopper) is None
    assert stopper.calls == 6  # stopped at the first check that said cancel
    watcher = _Cancel(after=10 ** 9)
    res = fs.simulate_flood(dem, 2.0, storm, 0.5, progress=watcher)
    assert res is not None and watcher.reported[-1] == 100
    assert watcher.reported == sorted(watcher.reported)


# --- the two engines --------------------------------------------------------------------------

def test_the_kernel_asked_for_is_the_one_that_ran(kernel):
    dem = rough_dem(12)
    res = fs.simulate_flood(dem, 2.0, fs.uniform_storm(10.0, 0.1), 0.1)
    assert res.summary["kernel"] == kernel
    forced = fs.simulate_flood(dem, 2.0, fs.uniform_storm(10.0, 0.1), 0.1, kernel="numpy")
    assert forced.summary["kernel"] == "numpy"


@pytest.mark.skipif(not HAVE_NUMBA, reason="numba is not installed")
@pytest.mark.parametrize("theta, boundary", [(0.9, "open"), (1.0, {"east": "open"}),
                                              (0.9, "closed")])
def test_compiled_and_numpy_engines_agree(kernel, theta, boundary):
    """Hills with pits, per-cell Manning's n and losses, an obstacle, nodata, a Chicago storm:
    every output raster and summary number the same to round-off."""
    if kernel != "numpy":
        pytest.skip("run once")
    dem = rough_dem(36, seed=5)
    dem[0, :5] = np.nan
    wall = np.zeros(dem.shape, dtype=bool)
    wall[10:14, 20] = True
    rng = np.random.default_rng(1)
    n = rng.uniform(0.02, 0.08, dem.shape)
    drain = np.where(np.arange(36)[None, :] > 18, 15.0, 0.0) * np.ones(dem.shape)
    storm = fs.chicago_storm(1200.0, 12.0, 0.78, 30.0)
    kw = dict(manning_n=n, infiltration_mm_h=3.0, drainage_mm_h=drain, obstacles=wall,
              boundary=boundary, theta=theta)
    a = fs.simulate_flood(dem, 3.0, storm, 1.0, kernel="numpy", **kw)
    b = fs.simulate_flood(dem, 3.0, storm, 1.0, kernel="compiled", **kw)
    assert a.summary["kernel"] == "numpy" and b.summary["kernel"] == "compiled"
    assert a.summary["steps"] == b.summary["steps"]
    for name in ("max_depth", "max_velocity", "hazard", "arrival_h", "recession_h",
                 "final_depth"):
        x, y = getattr(a, name), getattr(b, name)
        assert np.array_equal(np.isnan(x), np.isnan(y)), name
        assert np.allclose(x, y, rtol=1e-4, atol=1e-5, equal_nan=True), name
    assert np.array_equal(a.recession_pending, b.recession_pending)
    for key in ("rain_m3", "stored_m3", "outflow_m3", "infiltration_m3", "drainage_m3",
                "max_depth_m", "wet_area_m2"):
        assert b.summary[key] == pytest.approx(a.summary[key], rel=1e-6, abs=1e-6), key
    assert abs(b.summary["mass_balance_error_pct"]) < 1e-8
    assert np.nanmax(a.max_depth) > 0.1                  # the case does flood


def test_without_numba_auto_falls_back_to_numpy(monkeypatch):
    monkeypatch.setenv(floodkernel.ENV, "")
    monkeypatch.setitem(floodkernel._STATE, "tried", True)
    monkeypatch.setitem(floodkernel._STATE, "kernels", None)
    monkeypatch.setitem(floodkernel._STATE, "error", "ModuleNotFoundError: No module named "
                                                      "'numba'")
    dem = rough_dem(10)
    res = fs.simulate_flood(dem, 2.0, fs.uniform_storm(10.0, 0.1), 0.1)
    assert res.summary["kernel"] == "numpy"
    with pytest.raises(UrbanPlanError, match="python3-numba"):
        fs.simulate_flood(dem, 2.0, fs.uniform_storm(10.0, 0.1), 0.1, kernel="compiled")


def test_two_runs_at_once_give_the_results_of_one(kernel):
    """The compare dock runs the baseline and a scenario in parallel threads: both engines
    (two worker threads each) must give what a run alone gives."""
    import threading
    dem = rough_dem(30, seed=7)
    storm = fs.uniform_storm(25.0, 0.2)
    alone = fs.simulate_flood(dem, 2.0, storm, 0.3, threads=2, drainage_mm_h=5.0)
    out = {}

    def run(i):
        out[i] = fs.simulate_flood(dem, 2.0, storm, 0.3, threads=2,
                                   drainage_mm_h=5.0 * (i + 1))

    workers = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert np.array_equal(out[0].max_depth, alone.max_depth, equal_nan=True)
    assert out[1].summary["drainage_m3"] > out[0].summary["drainage_m3"]
