"""urbanplan:comparescenarios through processing.run: hand-worked deltas, NULL flags, summary."""
import pytest
from qgis.core import QgsProcessingException

from conftest import memory_layer

CRS = "EPSG:32723"
FIELDS = [("oid", "integer"), ("population", "double"), ("time_school", "double"),
          ("share_within", "double")]


def result_layer(rows):
    """rows: (x, oid, population, time_school, share_within)"""
    return memory_layer("Point", CRS, [(f"Point({x} 0)", [oid, pop, t, s])
                                       for x, oid, pop, t, s in rows], fields=FIELDS)


BASE = [(0, 1, 100, 10.0, 0.5), (10, 2, 50, 20.0, 0.5), (20, 3, 10, None, 0.0),
        (30, 4, 1, 5.0, 1.0)]
SCEN = [(0, 1, 100, 8.0, 0.5), (10, 2, 50, None, 0.2), (20, 3, 10, 12.0, 0.4),
        (30, 4, 1, 5.0, 1.0), (40, 5, 7, 3.0, 1.0)]


def by_oid(layer, field):
    return {f["oid"]: (None if f[field] is None or (hasattr(f[field], "isNull") and
                                                     f[field].isNull()) else f[field])
            for f in layer.getFeatures()}


def test_delta_layer_and_summary_by_key(run_alg):
    res = run_alg("comparescenarios", {
        "BASELINE": result_layer(BASE), "SCENARIO": result_layer(SCEN), "KEY_FIELD": "oid",
        "FIELDS": ["time_school", "share_within"], "POPULATION_FIELD": "population",
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    out = res["OUTPUT"]
    names = out.fields().names()
    for f in ("time_school", "share_within"):
        for suffix in ("base", "scen", "delta", "status"):
            assert f"{f}_{suffix}" in names
    assert "change" in names and "change_detail" in names
    status = by_oid(out, "time_school_status")
    assert status == {1: "better", 2: "newly_unreachable", 3: "newly_reachable", 4: "same",
                      5: "only_scenario"}
    delta = by_oid(out, "time_school_delta")
    assert delta[1] == pytest.approx(-2.0) and delta[2] is None and delta[3] is None
    change = by_oid(out, "change")
    # oid 2: time lost and share fell -> worse; oid 3: reachable and share up -> better
    assert change == {1: "better", 2: "worse", 3: "better", 4: "same", 5: "no_data"}
    assert by_oid(out, "change_detail")[2] == "newly_unreachable"
    assert res["N_ROWS"] == 5 and res["N_BETTER"] == 2 and res["N_WORSE"] == 1
    assert res["POP_BETTER"] == 110 and res["POP_WORSE"] == 50
    summary = {f["field"]: f for f in res["SUMMARY"].getFeatures()}
    t = summary["time_school"]
    assert t["direction"] == "lower" and t["null_means"] == "worst"
    assert t["n_better"] == 2 and t["n_worse"] == 1 and t["n_value_to_null"] == 1
    assert t["n_null_to_value"] == 1 and t["mean_delta"] == pytest.approx(-1.0)
    # population-weighted over rows with both values (oid 1 and 4): (100*-2 + 1*0) / 101
    assert t["pop_weighted_delta"] == pytest.approx(-200.0 / 101)
    s = summary["share_within"]
    assert s["direction"] == "higher" and s["n_better"] == 1 and s["n_worse"] == 1
    assert s["mean_delta"] == pytest.approx((0 - 0.3 + 0.4 + 0) / 4)


def test_pairing_by_geometry_and_all_common_fields(run_alg):
    base = result_layer(BASE)
    scen = result_layer(list(reversed(SCEN)))           # another order: pairing is by geometry
    res = run_alg("comparescenarios", {"BASELINE": base, "SCENARIO": scen,
                                       "POPULATION_FIELD": "population", "OUTPUT": "memory:"})
    names = res["OUTPUT"].fields().names()
    # identifiers (oid) and the population field are not outcomes: not compared
    assert "time_school_delta" in names and "share_within_delta" in names
    assert "population_delta" not in names and "oid_delta" not in names
    assert res["N_BETTER"] == 2 and res["N_WORSE"] == 1
    assert res["OUTPUT"].featureCount() == 5
    assert res["OUTPUT"].crs().authid() == CRS


def test_explicit_directions_override_the_names(run_alg):
    res = run_alg("comparescenarios", {
        "BASELINE": result_layer(BASE), "SCENARIO": result_layer(SCEN), "KEY_FIELD": "oid",
        "FIELDS": ["share_within"], "DIRECTIONS": "share_within: lower", "OUTPUT": "memory:"})
    status = by_oid(res["OUTPUT"], "share_within_status")
    assert status[2] == "better" and status[3] == "worse"


@pytest.mark.parametrize("case,message", [
    ("dupkey", "repeated key"),
    ("nokey_in_scen", "not in the scenario layer"),
    ("nocommon", "share no numeric field"),
    ("text", "holds text"),
    ("baddir", "is not a direction"),
    ("table_no_key", "only be paired by a key field"),
])
def test_bad_input(run_alg, case, message):
    base, scen = result_layer(BASE), result_layer(SCEN)
    params = {"BASELINE": base, "SCENARIO": scen, "OUTPUT": "memory:"}
    if case == "dupkey":
        params.update(KEY_FIELD="oid", BASELINE=result_layer(BASE + [(50, 1, 1, 1.0, 1.0)]))
    elif case == "nokey_in_scen":
        params.update(KEY_FIELD="oid", SCENARIO=memory_layer("Point", CRS, ["Point(0 0)"],
                                                             fields=[("x", "double")]))
    elif case == "nocommon":
        params.update(SCENARIO=memory_layer("Point", CRS, ["Point(0 0)"], fields=[("x", "double")]))
    elif case == "text":
        params.update(FIELDS=["t"],
                      BASELINE=memory_layer("Point", CRS, [("Point(0 0)", ["a"])],
                                            fields=[("t", "string")]),
                      SCENARIO=memory_layer("Point", CRS, [("Point(0 0)", ["b"])],
                                            fields=[("t", "string")]))
    elif case == "baddir":
        params.update(DIRECTIONS="time_school: faster")
    elif case == "table_no_key":
        params.update(BASELINE=memory_layer("None", "", [None], fields=[("v", "double")]),
                      SCENARIO=memory_layer("None", "", [None], fields=[("v", "double")]))
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("comparescenarios", params)


def test_inputs_untouched(run_alg):
    base, scen = result_layer(BASE), result_layer(SCEN)
    before = [f.attributes() for f in base.getFeatures()]
    run_alg("comparescenarios", {"BASELINE": base, "SCENARIO": scen, "KEY_FIELD": "oid",
                                 "OUTPUT": "memory:"})
    assert [f.attributes() for f in base.getFeatures()] == before
