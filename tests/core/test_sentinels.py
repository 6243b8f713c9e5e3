"""Sentinel values in elevation and depth rasters (core.geometry.sentinels), hand-worked."""
import numpy as np

from urbanplan_plugin.core.geometry.sentinels import find_sentinels


def test_minus_9999_holes_without_a_flag_are_found():
    z = np.full((4, 4), 12.0, dtype=np.float32)
    z[0, 0] = z[3, 3] = -9999
    found = find_sentinels(z)
    assert found.count == 2 and found.values == [-9999.0]
    assert found.mask[0, 0] and found.mask[3, 3] and found.mask.sum() == 2


def test_cells_already_no_data_and_nan_are_not_counted():
    z = np.array([[-9999.0, np.nan], [5.0, 6.0]], dtype=np.float32)
    nodata = np.array([[True, False], [False, False]])
    assert find_sentinels(z, nodata).count == 0


def test_real_terrain_extremes_are_kept():
    # the Dead Sea shore (-430 m) and Mount Everest (8849 m) are real ground
    z = np.array([[-430.0, 0.0], [1200.0, 8849.0]])
    assert find_sentinels(z).count == 0


def test_high_fill_value_of_a_depth_raster():
    d = np.array([[0.0, 0.3, 1.2], [9999.0, 9999.0, 0.0]], dtype=np.float32)
    found = find_sentinels(d)
    assert found.count == 2 and found.values == [9999.0]


def test_dominant_extreme_standing_apart_is_a_sentinel():
    # a plateau at 1200-1210 m with its holes filled with 0: 0 is 1200 m below every other cell
    z = np.full((10, 10), 1200.0) + np.arange(100).reshape(10, 10) / 10.0
    z[0, :3] = 0.0
    found = find_sentinels(z)
    assert found.count == 3 and found.values == [0.0]


def test_dominant_extreme_close_to_the_rest_is_terrain():
    # a coast: sea at 0 next to land rising from 2 m: 0 is the ground, not a sentinel
    z = np.concatenate([np.zeros(50), np.linspace(2.0, 800.0, 50)]).reshape(10, 10)
    assert find_sentinels(z).count == 0


def test_a_rare_extreme_is_not_dominant():
    # one isolated low cell (a mine pit) out of 1000 is below the 1 % share: kept
    z = np.full(1000, 900.0) + np.arange(1000) / 100.0
    z[0] = 100.0
    assert find_sentinels(z.reshape(10, 100)).count == 0


def test_integer_rasters():
    z = np.array([[-32768, 10], [11, 12]], dtype=np.int16)
    found = find_sentinels(z)
    assert found.count == 1 and found.values == [-32768.0]
