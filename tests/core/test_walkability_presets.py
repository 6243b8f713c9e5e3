"""Walkability presets and the OSM tag -> category mapping (data files + their readers)."""
import json

import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.presets import (
    NO_PRESET,
    classify_tags,
    get_preset,
    load_osm_mapping,
    load_preset_file,
    load_presets,
    preset_ids,
)
from urbanplan_plugin.core.walk.fifteenminutecity import walk_access


def test_every_shipped_preset_and_category_names_its_source():
    presets = load_presets()
    assert len(presets) >= 7
    for p in presets.values():
        assert p.source.strip(), p.id
        for r in p.rules:
            assert r.source.strip(), (p.id, r.name)
    assert preset_ids()[0] == NO_PRESET


def test_case_thresholds_match_cases_md():
    sdg = {r.name: r for r in get_preset("sdg_11_2_1").rules}
    assert sdg["transit_low"].threshold_m == 500 and sdg["transit_high"].threshold_m == 1000
    assert sdg["transit_low"].threshold_min is None
    bogota = get_preset("bogota_care_blocks").rules
    assert all(r.threshold_m == 800 and r.threshold_min == 20 for r in bogota)
    barcelona = sorted(r.threshold_min for r in get_preset("barcelona_climate_shelters").rules)
    assert barcelona == [5, 10]
    wanli = get_preset("wanli_rail_600m").rules
    assert [r.threshold_m for r in wanli] == [600]
    hangzhou = get_preset("hangzhou_5_15").rules
    assert len(hangzhou) == 9 and {r.threshold_min for r in hangzhou} == {5, 15}
    shanghai = get_preset("shanghai_life_circle").rules
    assert {r.threshold_min for r in shanghai if r.threshold_min} == {5, 10, 15}
    assert any(r.threshold_m == 600 for r in shanghai)


def test_tiers_not_in_the_source_are_marked_example():
    # CASES.md states the 15-minute circle and 600 m for Shanghai, and only "5 and 15" for
    # Hangzhou: every 5- or 10-minute tier there is an example
    for pid in ("shanghai_life_circle", "hangzhou_5_15"):
        for r in get_preset(pid).rules:
            if r.threshold_min in (5, 10) or pid == "hangzhou_5_15":
                assert "example" in r.source, (pid, r.name)


def test_user_json_and_csv_presets(tmp_path):
    js = tmp_path / "mine.json"
    js.write_text(json.dumps({"id": "mine", "name": "Mine", "source": "our plan",
                              "categories": [{"name": "school", "minutes": 10},
                                             {"name": "stop", "metres": 400,
                                              "match": ["transit_low", "transit_high"]}]}))
    p = load_preset_file(str(js))["mine"]
    assert [r.name for r in p.rules] == ["school", "stop"]
    assert p.rules[1].match == ("transit_low", "transit_high")
    csv = tmp_path / "plan.csv"
    csv.write_text("category;minutes;metres;match;weight;source\n"
                   "school;10;;;2;our plan\n"
                   "stop;;400;transit_low|transit_high;;SDG-like\n", encoding="utf-8")
    p = load_preset_file(str(csv))["plan"]
    assert p.rules[0].threshold_min == 10 and p.rules[0].weight == 2
    assert p.rules[1].threshold_m == 400 and p.rules[1].match == ("transit_low", "transit_high")
    # the preset drives walk_access: "stop" gathers both transit categories
    net = build_network([[(0, 0), (1000, 0)]])
    r = walk_access(net, [(0, 0)], [(300, 0), (900, 0), (100, 0)],
                    ["transit_high", "transit_low", "school"], rules=p.rules, speed_kmh=6)
    assert r.categories == ["school", "stop"]
    np.testing.assert_allclose(r.dist[0], [100.0, 300.0])


@pytest.mark.parametrize("content,message", [
    ('{"categories": [{"name": "a", "minutes": -5}]}', "positive number of minutes"),
    ('{"categories": []}', "non-empty 'categories'"),
    ('{"categories": [{"name": "a"}]}', "no threshold"),
    ('{"categories": [{"name": "a", "minutes": 5}, {"name": "A", "minutes": 9}]}', "repeat"),
    ('{"categories": [{"name": "a", "minutes": "soon"}]}', "must be a number"),
    ('not json', "could not be read as JSON"),
    ('{"something": 1}', "expected a JSON object"),
])
def test_bad_preset_files(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(UrbanPlanError, match=message):
        load_preset_file(str(path))


def test_unknown_preset_and_missing_file():
    with pytest.raises(UrbanPlanError, match="Unknown preset"):
        get_preset("atlantis")
    with pytest.raises(UrbanPlanError, match="does not exist"):
        load_preset_file("/nonexistent/preset.json")
    assert get_preset(NO_PRESET) is None


@pytest.mark.parametrize("tags,category", [
    ({"amenity": "school"}, "school"),
    ({"amenity": "school;kindergarten"}, "school"),
    ({"amenity": "kindergarten"}, "kindergarten"),
    ({"amenity": "clinic"}, "clinic"),
    ({"healthcare": "doctor"}, "clinic"),
    ({"amenity": "pharmacy", "healthcare": "pharmacy"}, "pharmacy"),
    ({"shop": "supermarket"}, "grocery"),
    ({"amenity": "social_facility", "social_facility:for": "senior"}, "elderly_care"),
    ({"amenity": "social_facility", "social_facility:for": "homeless"}, None),
    ({"leisure": "park"}, "park"),
    ({"leisure": "playground"}, "playground"),
    ({"amenity": "library"}, "library"),
    ({"highway": "bus_stop"}, "transit_low"),
    ({"public_transport": "platform", "bus": "yes"}, "transit_low"),
    ({"railway": "tram_stop", "public_transport": "stop_position", "tram": "yes"}, "transit_low"),
    ({"railway": "station", "public_transport": "station", "train": "yes"}, "transit_high"),
    ({"railway": "subway_entrance"}, "transit_high"),
    ({"public_transport": "stop_position", "subway": "yes"}, "transit_high"),
    ({"amenity": "ferry_terminal"}, "transit_high"),
    ({"amenity": "bench"}, None),
    ({"highway": "crossing"}, None),
    ({}, None),
])
def test_osm_tags_to_categories(tags, category):
    assert classify_tags(tags, load_osm_mapping()) == category


def test_osm_mapping_categories_and_access():
    m = load_osm_mapping()
    used = {cat for cat, _ in m.rules}
    assert used <= set(m.categories)  # every rule's category is described
    assert m.access("park") == "boundary" and m.access("school") == "point"
    assert {"amenity", "shop", "leisure", "healthcare", "public_transport", "railway",
            "highway"} <= set(m.keys())
    # every category a shipped preset matches exists in the mapping or is a documented alias
    presets = load_presets()
    matched = {k for p in presets.values() for r in p.rules for k in r.match}
    assert {"school", "clinic", "grocery", "park", "transit_low", "transit_high",
            "elderly_care", "pharmacy", "library"} <= matched & set(m.categories)


def test_bad_osm_mapping(tmp_path):
    path = tmp_path / "map.json"
    path.write_text('{"rules": [{"category": "x"}]}')
    with pytest.raises(UrbanPlanError, match="needs a 'category' and a 'tags'"):
        load_osm_mapping(str(path))
