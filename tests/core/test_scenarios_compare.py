"""Deltas with direction and NULL knowledge, hand-worked."""
import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.scenarios.compare import (
    FieldRule,
    compare_tables,
    compare_values,
    indicator_change,
    indicator_table,
    match_keys,
    parse_directions,
    row_change,
    rule_for,
)

nan = np.nan


@pytest.mark.parametrize("name,direction,nan_means", [
    ("time_school", "lower", "worst"),
    ("walk_min", "lower", "worst"),
    ("dist_park_m", "lower", "worst"),
    ("depth_m", "lower", "best"),
    ("pop_exposed", "lower", "none"),
    ("share_within_10", "higher", "none"),
    ("share_unserved", "lower", "none"),
    ("park_m2_per_person", "higher", "none"),
    ("population", "none", "none"),
    ("SHARE_UNCOVERED_PCT", "lower", "none"),
    ("nearest_park_m", "lower", "worst"),
    ("wet_share", "lower", "best"),
    ("lost_any", "lower", "none"),
    ("FACILITIES_CUT_OFF", "lower", "none"),
    ("POP_COVERED_PCT", "higher", "none"),
    ("score", "higher", "none"),
    # declared in core.schema: the schema's rule, not a guess from the name
    ("time_school_min", "lower", "worst"),
    ("wet_pct", "lower", "best"),
    ("pop_within_pct", "higher", "none"),
    ("length_m", "none", "none"),
    ("rp_wet", "higher", "best"),
    ("wet_rp10", "lower", "none"),
])
def test_rules_from_names(name, direction, nan_means):
    assert rule_for(name) == FieldRule(direction, nan_means)


def test_explicit_directions():
    rules = parse_directions("score: lower/worst; population = higher")
    assert rules == {"score": FieldRule("lower", "worst"), "population": FieldRule("higher")}
    assert rule_for("score", rules) == FieldRule("lower", "worst")
    with pytest.raises(UrbanPlanError, match="is not a direction"):
        parse_directions("score: smaller")
    with pytest.raises(UrbanPlanError, match="needs a direction"):
        parse_directions("score")


def test_walk_times_null_means_unreachable():
    base = [10.0, 10.0, nan, 7.0, nan, 5.0]
    scen = [8.0, 12.0, 9.0, nan, nan, 5.0]
    delta, status = compare_values(base, scen, FieldRule("lower", "worst"))
    np.testing.assert_array_equal(delta, [-2.0, 2.0, nan, nan, nan, 0.0])
    assert list(status) == ["better", "worse", "newly_reachable", "newly_unreachable",
                            "unreachable", "same"]


def test_depth_null_means_dry():
    delta, status = compare_values([0.5, nan, 0.3], [nan, 0.2, 0.1], FieldRule("lower", "best"))
    assert list(status) == ["no_longer_affected", "newly_affected", "better"]
    assert np.isnan(delta[:2]).all() and delta[2] == pytest.approx(-0.2)


def test_higher_is_better_and_unknown_direction():
    _, st = compare_values([1, 2], [2, 1], FieldRule("higher"))
    assert list(st) == ["better", "worse"]
    _, st = compare_values([1, 2, nan], [2, 1, 3], FieldRule("none"))
    assert list(st) == ["increased", "decreased", "new_value"]


def test_row_change_and_detail():
    a = np.array(["better", "worse", "same", "newly_unreachable", "better", "unreachable"],
                 dtype=object)
    b = np.array(["same", "same", "same", "same", "worse", "unreachable"], dtype=object)
    change, detail = row_change([a, b])
    assert list(change) == ["better", "worse", "same", "worse", "mixed", "no_data"]
    assert list(detail) == ["better", "worse", "same", "newly_unreachable", "mixed", "no_data"]


def test_match_keys_and_duplicates():
    mb, ms, ob, os_ = match_keys([3, 1, 2, 9], [1, 2, 3, 4])
    assert list(zip(mb, ms)) == [(0, 2), (1, 0), (2, 1)]
    assert list(ob) == [3] and list(os_) == [3]
    with pytest.raises(UrbanPlanError, match="repeated key"):
        match_keys(["a", "a"], ["a"])
    mb, ms, _, _ = match_keys([b"\x01", b"\x02"], [b"\x02"])
    assert list(zip(mb, ms)) == [(1, 0)]


def test_compare_tables_summary_with_population():
    keys_b = [1, 2, 3, 4]
    keys_s = [4, 3, 2, 1, 5]                       # scenario in another order, plus a new row
    base = {"time_school": np.array([10.0, 20.0, nan, 5.0])}
    scen = {"time_school": np.array([5.0, nan, 12.0, 10.0, 3.0])}   # rows 4,3,2,1,5
    pop = np.array([100.0, 50.0, 10.0, 1.0])
    cmp = compare_tables(keys_b, base, keys_s, scen, ["time_school"], population=pop)
    b, s, d, st = cmp.values["time_school"]
    # key 1: 10 -> 10 same; key 2: 20 -> 12 better; key 3: nan -> nan; key 4: 5 -> 5 same
    assert list(st) == ["same", "better", "unreachable", "same", "only_scenario"]
    np.testing.assert_allclose(d[:4], [0.0, -8.0, nan, 0.0])
    row = cmp.summary()[0]
    assert row["n_better"] == 1 and row["n_worse"] == 0 and row["n_same"] == 2
    assert row["n_null_both"] == 1 and row["n_unmatched"] == 1
    assert row["mean_delta"] == pytest.approx(-8.0 / 3)
    # population-weighted: (100*0 + 50*-8 + 1*0) / 151
    assert row["pop_weighted_delta"] == pytest.approx(-400.0 / 151)
    assert row["pop_better"] == 50.0 and row["pop_worse"] == 0.0
    assert cmp.counts()["better"] == 1 and cmp.counts()["no_data"] == 2


def test_compare_tables_needs_fields():
    with pytest.raises(UrbanPlanError, match="no numeric field"):
        compare_tables([1], {}, [1], {}, [])
    with pytest.raises(UrbanPlanError, match="in both result layers"):
        compare_tables([1], {"a": [1.0]}, [1], {}, ["a"])


def test_indicator_rows():
    r = indicator_change("share_within_10", 0.5, 0.6)
    assert r["verdict"] == "better" and r["delta"] == pytest.approx(0.1)
    assert r["pct_change"] == pytest.approx(20.0)
    r = indicator_change("mean_time", 10, 12)
    assert r["verdict"] == "worse"
    assert indicator_change("x", 0, 1)["pct_change"] is None
    assert indicator_change("x", None, 1)["verdict"] == "n/a"
    assert indicator_change("population", 1, 1)["verdict"] == "same"
    rows = indicator_table({"a_share": 1.0}, {"S1": {"a_share": 2.0, "b_time": 3.0}})
    assert [r["indicator"] for r in rows] == ["a_share", "b_time"]
    assert rows[1]["scenarios"]["S1"]["verdict"] == "n/a"
