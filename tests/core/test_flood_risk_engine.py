"""Flood risk engine (core.flood.floodrisk): depth-damage curves, EAD by hand, bad input."""
import math

import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.flood import floodrisk
from urbanplan_plugin.core.geometry.rastergrid import Grid, Raster
from urbanplan_plugin.core.geometry.rasterize import PolygonSet


def block_raster(depth, rows=4, cols=4):
    """A 4 x 4 raster of 1 m cells, all cells ``depth`` metres (0 = dry)."""
    vals = np.full((rows, cols), depth, dtype=np.float32)
    return Raster(vals, np.zeros_like(vals, dtype=bool), Grid(0.0, float(rows), 1.0, 1.0, rows,
                                                               cols))


EUROPE = floodrisk.load_curve_presets()["jrc_europe_residential"]


def test_jrc_presets_are_the_published_table():
    presets = floodrisk.load_curve_presets()
    assert EUROPE.depths.tolist() == [0, 0.5, 1, 1.5, 2, 3, 4, 5, 6]
    assert EUROPE.fractions.tolist() == [0, 0.25, 0.4, 0.5, 0.6, 0.75, 0.85, 0.95, 1.0]
    assert presets["jrc_south_america_residential"].fractions.tolist()[:3] == [0, 0.491, 0.711]
    assert "10.2760/16510" in EUROPE.source
    for c in presets.values():  # every shipped curve is monotonic and ends at full damage
        assert np.all(np.diff(c.fractions) >= 0) and c.fractions[-1] == 1.0


def test_curve_interpolates_and_is_zero_when_dry():
    assert EUROPE([0.0, 0.25, 0.5, 0.75, 2.5, 10.0, -1.0, np.nan]).tolist() == pytest.approx(
        [0.0, 0.125, 0.25, 0.325, 0.675, 1.0, 0.0, 0.0])


def test_user_curve_csv_and_its_errors(tmp_path):
    ok = tmp_path / "curve.csv"
    ok.write_text("depth_m,damage_fraction\n0,0\n1,0.5\n2,1\n")
    c = floodrisk.load_curve_csv(str(ok))
    assert c(1.5) == pytest.approx(0.75)
    bad = tmp_path / "bad.csv"
    bad.write_text("depth_m,damage_fraction\n0,0\n1,0.6\n2,0.4\n")
    with pytest.raises(UrbanPlanError, match="not monotonic"):
        floodrisk.load_curve_csv(str(bad))
    dup = tmp_path / "dup.csv"
    dup.write_text("depth_m,damage_fraction\n0,0\n1,0.6\n1,0.7\n")
    with pytest.raises(UrbanPlanError, match="twice"):
        floodrisk.load_curve_csv(str(dup))
    pct = tmp_path / "pct.csv"
    pct.write_text("depth_m,damage_fraction\n0,0\n1,60\n")
    with pytest.raises(UrbanPlanError, match="outside 0-1"):
        floodrisk.load_curve_csv(str(pct))
    cols = tmp_path / "cols.csv"
    cols.write_text("d,f\n0,0\n")
    with pytest.raises(UrbanPlanError, match="depth_m,damage_fraction"):
        floodrisk.load_curve_csv(str(cols))


@pytest.mark.parametrize("text,n,message", [
    ("10, 100, 50", 3, "must increase"),
    ("10, 10, 100", 3, "given twice"),
    ("10, 50", 3, "give exactly one"),
    ("10, fifty", 2, "numbers"),
    ("0.5, 10", 2, "at least 1 year"),
])
def test_bad_return_periods(text, n, message):
    with pytest.raises(UrbanPlanError, match=message):
        floodrisk.parse_return_periods(text, n)


def test_ead_by_hand():
    # events 10, 50, 100 years: p = 0.1, 0.02, 0.01; damages 100, 400, 1000
    # trapezoids: (0.1-0.02)*(100+400)/2 = 20; (0.02-0.01)*(400+1000)/2 = 7;
    # rare tail 0.01*1000 = 10
    d = np.array([[100.0, 400.0, 1000.0]])
    assert floodrisk.expected_annual_damage([10, 50, 100], d).tolist() == pytest.approx([37.0])
    assert floodrisk.expected_annual_damage([10, 50, 100], d, "none").tolist() == \
        pytest.approx([27.0])
    # one event only: the held rare tail p * D; nothing without it
    assert floodrisk.expected_annual_damage([20], [[500.0]]).tolist() == pytest.approx([25.0])
    assert floodrisk.expected_annual_damage([20], [[500.0]], "none").tolist() == [0.0]


def test_flood_risk_on_blocks_of_known_depth():
    # three events over one 2 x 2 m building (4 cells): 10-year dry, 50-year 0.5 m,
    # 100-year 1.0 m -> fractions 0, 0.25, 0.4 (JRC Europe residential), value 1000
    rasters = [block_raster(0.0), block_raster(0.5), block_raster(1.0)]
    polys = PolygonSet.from_wkt_like([[[(1, 1), (3, 1), (3, 3), (1, 3)]]])
    res = floodrisk.flood_risk(rasters, "10,50,100", "polygon", polys, 1, EUROPE,
                               values=np.array([1000.0]))
    assert res.fraction[0].tolist() == pytest.approx([0.0, 0.25, 0.4])
    assert res.damage[0].tolist() == pytest.approx([0.0, 250.0, 400.0])
    # EAD = (0.1-0.02)*(0+250)/2 + (0.02-0.01)*(250+400)/2 + 0.01*400 = 10 + 3.25 + 4 = 17.25
    assert res.ead[0] == pytest.approx(17.25)
    assert res.aep_wet[0] == pytest.approx(0.02) and res.rp_wet[0] == 50
    assert res.total_ead == pytest.approx(17.25) and res.wet_count == 1
    row = res.summary[0]
    assert row["zone"] == "all" and row["wet_rp50"] == 1 and row["damage_rp100"] == 400.0


def test_partly_wet_footprint_takes_the_mean_fraction():
    vals = np.zeros((4, 4), dtype=np.float32)
    vals[:, :2] = 2.0  # west half 2 m deep (fraction 0.6), east half dry
    r = Raster(vals, np.zeros_like(vals, dtype=bool), Grid(0.0, 4.0, 1.0, 1.0, 4, 4))
    polys = PolygonSet.from_wkt_like([[[(0, 0), (4, 0), (4, 4), (0, 4)]]])
    res = floodrisk.flood_risk([r], [100], "polygon", polys, 1, EUROPE,
                               values=np.array([100.0]))
    assert res.fraction[0, 0] == pytest.approx(0.3)  # half the cells at 0.6
    assert res.ead[0] == pytest.approx(0.01 * 30.0)


def test_points_outside_one_raster_are_dry_there_and_outside_all_are_empty():
    small = Raster(np.full((2, 2), 1.0, dtype=np.float32), np.zeros((2, 2), dtype=bool),
                   Grid(0.0, 4.0, 1.0, 1.0, 2, 2))
    big = block_raster(2.0)
    xy = np.array([[3.5, 0.5], [0.5, 3.5], [50.0, 50.0]])
    res = floodrisk.flood_risk([small, big], "10,100", "point", (xy, np.arange(3)), 3, EUROPE,
                               values=np.array([10.0, 10.0, 10.0]))
    assert res.depth[0].tolist() == [0.0, 2.0]  # outside the 10-year raster: dry there
    assert res.rp_wet.tolist()[:2] == [100, 10]
    assert math.isnan(res.ead[2]) and not res.covered[2]
    assert any("outside every hazard" in m for _, m in res.log)
