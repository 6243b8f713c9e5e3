"""The scenario model: names, overrides, JSON round trip, parameter changes."""
import json

import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.scenarios.model import (
    LayerRef,
    Override,
    Scenario,
    ScenarioSet,
    check_name,
    effective_params,
)


def sample_set():
    ss = ScenarioSet(baseline={"streets": LayerRef("l1", "streets", "/x/streets.gpkg", "ogr",
                                                   "line", "EPSG:32723")})
    s = ss.create("Footbridge")
    s.overrides.append(Override("add", "streets", label="New footbridge",
                                features=["LineString(0 0, 10 0)"], crs="EPSG:32723",
                                geometry="line"))
    s.overrides.append(Override("remove", "streets", label="Closed street",
                                features=[("LineString(5 -1, 5 1)", {"note": "works"})],
                                crs="EPSG:32723", geometry="line"))
    s.params["WALK_SPEED"] = 4.0
    return ss


def test_names_are_unique_ignoring_case_and_trimmed():
    ss = sample_set()
    with pytest.raises(UrbanPlanError, match="already exists"):
        ss.create("  footbridge ")
    with pytest.raises(UrbanPlanError, match="needs a name"):
        ss.create("   ")
    with pytest.raises(UrbanPlanError, match="untouched inputs"):
        ss.create("baseline")
    s = ss.create("Two   new   parks")
    assert s.name == "Two new parks"
    # renaming to its own name in another case is fine, to another's name is not
    ss.rename("two new parks", "TWO NEW PARKS")
    with pytest.raises(UrbanPlanError, match="already exists"):
        ss.rename("TWO NEW PARKS", "Footbridge")
    assert ss.names() == ["Footbridge", "TWO NEW PARKS"]
    assert check_name("x", ["X"], current="x") == "x"


def test_duplicate_is_a_deep_copy_and_remove():
    ss = sample_set()
    dup = ss.duplicate("Footbridge")
    assert dup.name == "Footbridge (copy)"
    dup.overrides[0].features.append({"wkt": "LineString(0 0, 0 10)", "attrs": {}})
    assert len(ss.get("Footbridge").overrides[0].features) == 1
    assert ss.duplicate("Footbridge").name == "Footbridge (copy) 2"
    ss.remove("footbridge (copy)")
    assert ss.names() == ["Footbridge", "Footbridge (copy) 2"]
    with pytest.raises(UrbanPlanError, match="no scenario named 'nope'"):
        ss.get("nope")


def test_json_round_trip_keeps_everything():
    ss = sample_set()
    text = ss.to_json()
    back = ScenarioSet.from_json(text)
    assert back.to_dict() == ss.to_dict()
    assert back.baseline["streets"].crs == "EPSG:32723"
    o = back.get("Footbridge").overrides[1]
    assert o.kind == "remove" and o.features[0]["attrs"] == {"note": "works"}
    assert json.loads(text)["urbanplan_scenarios"] == 1


def test_bad_json_and_future_versions_are_explained():
    with pytest.raises(UrbanPlanError, match="not valid JSON"):
        ScenarioSet.from_json("{oops")
    with pytest.raises(UrbanPlanError, match="version 99"):
        ScenarioSet.from_json('{"urbanplan_scenarios": 99}')
    assert len(ScenarioSet.from_json("")) == 0
    # a hand-written file with duplicate names is refused
    with pytest.raises(UrbanPlanError, match="already exists"):
        ScenarioSet.from_dict({"scenarios": [{"name": "A"}, {"name": "a"}]})


def test_override_validation():
    with pytest.raises(UrbanPlanError, match="Unknown scenario change"):
        Override("delete", "streets")
    with pytest.raises(UrbanPlanError, match="Unknown removal mode"):
        Override("remove", "streets", mode="nearby")
    with pytest.raises(UrbanPlanError, match="non-negative"):
        Override("remove", "streets", tolerance=-1)
    with pytest.raises(UrbanPlanError, match="WKT text"):
        Override("add", "facilities", features=[42])
    assert Override("add", "facilities").is_empty
    assert not Override("remove", "facilities", fids=[3]).is_empty


def test_replacement_and_changed_roles():
    s = Scenario("Plan B", overrides=[
        Override("replace", "streets", layer=LayerRef("a", "old plan")),
        Override("replace", "streets", layer={"layer_id": "b", "name": "new plan"}),
        Override("add", "parks"),
    ])
    assert s.replacement("streets").name == "new plan"
    assert s.replacement("parks") is None
    assert s.changed_roles() == ["streets"]   # the empty park override changes nothing
    assert any("replaced by new plan" in line for line in s.summary())


def test_parameter_changes_apply_only_where_the_analysis_has_them():
    s = Scenario("Slow walkers", params={"WALK_SPEED": 3.0, "WATER_LEVEL": 2.5})
    params, ignored = effective_params({"WALK_SPEED": 4.8, "THRESHOLD": 15}, s,
                                       accepted={"WALK_SPEED", "THRESHOLD"})
    assert params == {"WALK_SPEED": 3.0, "THRESHOLD": 15}
    assert ignored == ["WATER_LEVEL"]
    base, none = effective_params({"A": 1}, None)
    assert base == {"A": 1} and none == []


def test_unique_name_helper():
    ss = ScenarioSet()
    assert ss.unique_name("Baseline") == "Scenario"
    ss.create("Scenario")
    assert ss.unique_name("Scenario") == "Scenario 2"
    with pytest.raises(UrbanPlanError, match="Unknown baseline input"):
        ss.set_baseline("rivers", LayerRef())
