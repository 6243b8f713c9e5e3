"""The comparison summary's means are taken over the same rows on both sides.

A new grocery makes a far-away place reachable (NULL -> 25 min) and shortens two walks by 2
minutes. Averaging each side over its own non-NULL rows would say the mean walk grew
((10+12)/2 = 11 -> (8+10+25)/3 = 14.3) although nobody got a longer walk; over the rows with a
value on both sides it falls 11 -> 9, and the newly reachable place is counted apart."""
import numpy as np
import pytest

from urbanplan_plugin.core.scenarios.compare import compare_tables

NAN = np.nan


def test_means_over_rows_valued_on_both_sides():
    keys = ["a", "b", "c"]
    base = {"time_grocery": np.array([10.0, 12.0, NAN])}
    scen = {"time_grocery": np.array([8.0, 10.0, 25.0])}
    comparison = compare_tables(keys, base, keys, scen, ["time_grocery"])
    row = comparison.summary()[0]
    assert row["mean_base"] == pytest.approx(11.0)
    assert row["mean_scenario"] == pytest.approx(9.0)
    assert row["mean_delta"] == pytest.approx(-2.0)
    assert row["n_better"] == 3               # two shorter walks and one newly reachable
    assert row["n_null_to_value"] == 1
    assert row["n_worse"] == 0


def test_a_place_that_becomes_unreachable_is_not_in_the_means():
    keys = [1, 2, 3, 4]
    base = {"time_x": np.array([5.0, 6.0, 7.0, 30.0])}
    scen = {"time_x": np.array([5.0, 6.0, 7.0, NAN])}
    row = compare_tables(keys, base, keys, scen, ["time_x"]).summary()[0]
    assert row["mean_base"] == pytest.approx(6.0) and row["mean_scenario"] == pytest.approx(6.0)
    assert row["n_value_to_null"] == 1 and row["n_worse"] == 1
