"""The 15-minute-city engine (core.walk.fifteenminutecity): hand-worked grids, the score
formula, the population summary, bad input, and an independent networkx computation."""
import sys
from pathlib import Path

import numpy as np
import pytest

from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.network.snap import EdgeIndex
from urbanplan_plugin.core.walk.fifteenminutecity import (
    ALL,
    ALL_CATEGORIES,
    ANY_CATEGORY,
    OUTSIDE_ZONES,
    CategoryRule,
    category_key,
    category_score,
    parse_group_speeds,
    safe_field_names,
    summarize_access,
    walk_access,
    weighted_quantile,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from network_oracle import split_graph  # noqa: E402

SPEED = 6.0  # km/h = 100 m per minute: times are distances / 100


def grid(n=3, spacing=100.0, extra=()):
    xs = np.arange(n) * spacing
    lines = []
    for i in range(n):
        lines.append(np.c_[xs, np.full(n, xs[i])])
        lines.append(np.c_[np.full(n, xs[i]), xs])
    return build_network(lines + list(extra))


def test_hand_worked_grid_distances_times_score():
    # 3 x 3 grid of 100 m blocks plus a separate street far away
    net = grid(3, extra=[np.array([(500.0, 500.0), (600.0, 500.0)])])
    origins = [(30, 0),        # A: 30 m along the bottom street
               (1000, 1000),   # B: off the network
               (550, 502)]     # C: on the separate street, reaches nothing
    dests = [(200, 20), (0, 100), (200, 200)]
    labels = ["school", "park", "clinic"]
    rules = [CategoryRule("school", threshold_min=2), CategoryRule("park", threshold_min=1),
             CategoryRule("clinic", threshold_min=1.5)]
    # every piece kept (the fragment rule is tested in test_fragments_engine.py)
    r = walk_access(net, origins, dests, labels, rules=rules, speed_kmh=SPEED, max_snap_m=50,
                    index=EdgeIndex(net, min_component_nodes=0, min_component_m=0))
    # A -> school: 70 m to (100,0), 100 m to (200,0), 20 m up = 190 m, 1.9 min: within 2 min
    # A -> park: 30 m to (0,0), 100 m up = 130 m: 1.3 x its 100 m threshold -> 70 points
    # A -> clinic: 370 m > the 300 m horizon (2 x 150 m): NULL and 0 points
    np.testing.assert_allclose(r.dist[0], [190.0, 130.0, np.nan], rtol=1e-9)
    np.testing.assert_allclose(r.time[0], [1.9, 1.3, np.nan], rtol=1e-9)
    assert list(r.within[0]) == [True, False, False]
    assert r.n_within[0] == 1
    assert r.score[0] == pytest.approx((100 + 70 + 0) / 3)
    # B is off the network: everything NULL, never 0
    assert np.isnan(r.dist[1]).all() and np.isnan(r.n_within[1]) and np.isnan(r.score[1])
    # C is on the network but reaches nothing: distances NULL, n_within and score a real 0
    assert np.isnan(r.dist[2]).all() and r.n_within[2] == 0 and r.score[2] == 0
    assert list(r.origin_ok) == [True, False, True]
    assert any("1 of 3 origin" in line for line in r.log)


def test_score_formula_by_hand():
    d = np.array([0.0, 100.0, 150.0, 200.0, 250.0, np.nan])
    np.testing.assert_allclose(category_score(d, 100.0), [100, 100, 50, 0, 0, 0])
    # the help's worked example: 12 and 20 minutes against 15 -> 100 and 66.7, mean 83.3
    s = (category_score(12.0, 15.0) + category_score(20.0, 15.0)) / 2
    assert float(s) == pytest.approx(83.333, abs=1e-3)


def test_weighted_score_and_metre_thresholds():
    net = grid(3)
    rules = [CategoryRule("stop", threshold_m=150, threshold_min=10, weight=3),
             CategoryRule("rail", threshold_m=100, weight=1)]
    r = walk_access(net, [(0, 0)], [(0, 120), (0, 150)], ["stop", "rail"], rules=rules,
                    speed_kmh=SPEED)
    # stop at 120 m <= min(150 m, 10 min x 100 m/min): 100; rail at 150 m vs 100 m -> 50
    assert list(r.within[0]) == [True, False]
    assert r.score[0] == pytest.approx((3 * 100 + 1 * 50) / 4)
    # a category with minutes and metres: the shorter limit binds (800 m / 20 min at 1.2 km/h)
    slow = CategoryRule("care", threshold_m=800, threshold_min=20)
    assert slow.distance_threshold(1.2) == pytest.approx(400.0)
    assert slow.distance_threshold(4.8) == pytest.approx(800.0)


@pytest.mark.parametrize("seed", [1, 2])
def test_equals_networkx_with_partial_edges(seed):
    nx = pytest.importorskip("networkx")
    rng = np.random.default_rng(seed)
    # an irregular grid: jittered nodes so every edge has its own length
    n, sp = 9, 80.0
    xy = np.stack(np.meshgrid(np.arange(n) * sp, np.arange(n) * sp), -1).reshape(-1, 2)
    xy += rng.uniform(-15, 15, xy.shape)
    idx = np.arange(n * n).reshape(n, n)
    pairs = [(idx[i, j], idx[i, j + 1]) for i in range(n) for j in range(n - 1)]
    pairs += [(idx[i, j], idx[i + 1, j]) for i in range(n - 1) for j in range(n)]
    keep = rng.random(len(pairs)) > 0.1  # a few missing links
    net = build_network([xy[[a, b]] for (a, b), k in zip(pairs, keep) if k])
    origins = rng.uniform(-10, n * sp, (300, 2))
    dests = rng.uniform(0, n * sp - sp, (24, 2))
    labels = np.array(["a", "b", "c"] * 8, dtype=object)
    r = walk_access(net, origins, dests, labels, threshold_min=60, speed_kmh=SPEED,
                    max_snap_m=40)
    index = EdgeIndex(net)
    o = index.snap(origins, max_distance=40)
    d = index.snap(dests, max_distance=40)
    g = split_graph(net, {"o": o, "d": d})
    for j, cat in enumerate(r.categories):
        srcs = [("d", int(i)) for i in np.flatnonzero(d.ok & (labels == cat))]
        ref = nx.multi_source_dijkstra_path_length(g, srcs, weight="length")
        expect = np.array([ref.get(("o", i), np.nan) if o.ok[i] else np.nan
                           for i in range(len(origins))])
        got = r.dist[:, j]
        np.testing.assert_array_equal(np.isnan(got), np.isnan(expect))
        ok = ~np.isnan(expect)
        assert ok.sum() > 100
        np.testing.assert_allclose(got[ok], expect[ok], rtol=1e-3, atol=1e-6)


def test_entrances_count_once_and_nearest_entrance_wins():
    net = grid(3)
    # one park with two entrances (owner 0), a school (owner 1)
    dxy = [(0, 200), (200, 200), (100, 0)]
    r = walk_access(net, [(200, 100)], dxy, ["park", "park", "school"], dest_owner=[0, 0, 1],
                    threshold_min=15, speed_kmh=SPEED)
    assert r.dest_count.tolist() == [1, 1]  # categories sorted: park, school
    assert r.categories == ["park", "school"]
    np.testing.assert_allclose(r.dist[0], [100.0, 200.0])


def test_summary_hand_worked_with_zones_and_groups():
    line = build_network([[(0, 0), (1000, 0)]])
    origins = [(100, 0), (200, 0), (400, 0), (0, 5000)]  # 1, 2, 4 min; the last off network
    r = walk_access(line, origins, [(0, 0)], ["clinic"], threshold_min=3, speed_kmh=SPEED,
                    group_speeds_kmh={"elderly": 3.0}, max_snap_m=50)
    pop = np.array([10.0, 20.0, 30.0, 40.0])
    elderly = np.array([0.0, 10.0, 10.0, 0.0])
    t = summarize_access(r, pop, {"elderly": elderly}, ["A", "A", "B", None],
                         group_speeds_kmh={"elderly": 3.0})
    row = t.find(ALL, "clinic", ALL)
    assert row["population"] == 100 and row["pop_within"] == 30
    assert row["pop_within_pct"] == pytest.approx(100 * 0.3)
    assert row["median_time_min"] == pytest.approx(2.0)   # weights 10/20/30 on 1/2/4 min
    assert row["p90_time_min"] == pytest.approx(4.0)
    assert row["pop_reached"] == 60           # the off-network 40 are left out
    a = t.find("A", "clinic", ALL)
    assert (a["population"], a["pop_within"], a["median_time_min"]) == (30, 30, 2.0)
    b = t.find("B", "clinic", ALL)
    assert (b["population"], b["pop_within"], b["median_time_min"]) == (30, 0, 4.0)
    out = t.find(OUTSIDE_ZONES, "clinic", ALL)
    assert out["population"] == 40 and out["pop_within_pct"] == 0
    assert np.isnan(out["median_time_min"]) and out["pop_reached"] == 0
    # elderly walk 3 km/h = 50 m/min: 200 m = 4 min, 400 m = 8 min: nobody within 3 min
    e = t.find(ALL, "clinic", "elderly")
    assert (e["population"], e["pop_within"], e["pop_within_pct"]) == (20, 0, 0)
    assert e["median_time_min"] == pytest.approx(4.0) and e["p90_time_min"] == pytest.approx(8.0)
    # one category: the all/any rows are there too (the same rows whatever the number of
    # categories) and repeat the category's row
    for combined in (ALL_CATEGORIES, ANY_CATEGORY):
        for zone, group in ((ALL, ALL), ("A", ALL), (ALL, "elderly")):
            c, one = t.find(zone, combined, group), t.find(zone, "clinic", group)
            assert c is not None
            assert {k: v for k, v in c.items() if k != "category"} == pytest.approx(
                {k: v for k, v in one.items() if k != "category"}, nan_ok=True)


def test_summary_all_and_any_category_rows():
    line = build_network([[(0, 0), (1000, 0)]])
    r = walk_access(line, [(100, 0), (600, 0)], [(0, 0), (700, 0)], ["a", "b"],
                    threshold_min=4, speed_kmh=SPEED)
    t = summarize_access(r)
    allc = t.find(ALL, ALL_CATEGORIES, ALL)
    anyc = t.find(ALL, ANY_CATEGORY, ALL)
    # origin 1: a at 1 min, b at 6 min; origin 2: a at 6 min, b at 1 min
    assert allc["pop_within"] == 0 and anyc["pop_within"] == 2
    assert anyc["median_time_min"] == pytest.approx(1.0)
    assert allc["median_time_min"] == pytest.approx(6.0)


def test_weighted_quantile():
    assert weighted_quantile([3, 1, 2, 4], [1, 1, 1, 1], 0.5) == 2
    assert weighted_quantile([1, 2, 3], [1, 1, 8], 0.5) == 3
    assert weighted_quantile([1, np.nan, 3], [5, 100, 5], 0.9) == 3
    assert np.isnan(weighted_quantile([np.nan], [1], 0.5))
    assert np.isnan(weighted_quantile([1.0, 2.0], [0, 0], 0.5))


def test_safe_field_names_and_keys():
    assert category_key("Escola Pública!") == "escola_publica"
    assert category_key("学校") == "学校"
    names = safe_field_names(["Café", "cafe!", "学校", "x" * 60, "Escola/Pública"])
    assert names["Café"] == "cafe" and names["cafe!"] == "cafe_2"
    assert names["学校"] == "cat3"
    assert len(names["x" * 60]) == 40
    assert names["Escola/Pública"] == "escola_publica"
    assert all(n.isascii() and n == n.lower() for n in names.values())


def test_odd_category_values_merge_and_log():
    net = grid(3)
    r = walk_access(net, [(0, 0)], [(100, 0), (200, 0), (0, 100), (0, 200)],
                    ["Escola Pública", "escola pública", "学校", None], speed_kmh=SPEED)
    assert sorted(r.categories) == sorted(["Escola Pública", "学校"])
    j = r.categories.index("Escola Pública")
    assert r.dist[0, j] == pytest.approx(100.0)
    assert any("treated as one category" in line for line in r.log)
    assert any("no category" in line for line in r.log)
    assert set(r.fields.values()) <= {"escola_publica", "cat1", "cat2"}


def test_preset_category_without_destinations_counts_zero():
    net = grid(3)
    rules = [CategoryRule("school", threshold_min=5), CategoryRule("pharmacy", threshold_min=5)]
    r = walk_access(net, [(0, 0)], [(100, 0), (0, 100)], ["school", "bakery"], rules=rules,
                    speed_kmh=SPEED)
    assert r.dest_count.tolist() == [1, 0]
    assert np.isnan(r.dist[0, 1]) and r.score[0] == pytest.approx(50.0)
    assert any("'pharmacy' has no destinations" in line for line in r.log)
    assert any("not in the preset" in line and "bakery" in line for line in r.log)


@pytest.mark.parametrize("kwargs,message", [
    ({"speed_kmh": 0}, "positive number of km/h"),
    ({"speed_kmh": -3}, "positive number of km/h"),
    ({"threshold_min": 0}, "positive number of minutes"),
    ({"threshold_min": -5}, "positive number of minutes"),
    ({"max_snap_m": 0}, "snap distance"),
    ({"group_speeds_kmh": {"elderly": 0}}, "km/h"),
])
def test_bad_numbers(kwargs, message):
    net = grid(3)
    with pytest.raises(UrbanPlanError, match=message):
        walk_access(net, [(0, 0)], [(100, 0)], ["a"], **kwargs)


def test_bad_destinations():
    net = grid(3)
    with pytest.raises(UrbanPlanError, match="no destinations with a category"):
        walk_access(net, [(0, 0)], [(100, 0)], [None])
    with pytest.raises(UrbanPlanError, match="no destinations with a category"):
        walk_access(net, [(0, 0)], np.empty((0, 2)), [])
    with pytest.raises(UrbanPlanError, match="No destination is within"):
        walk_access(net, [(0, 0)], [(5000, 5000), (-900, 0)], ["a", "b"], max_snap_m=100)
    with pytest.raises(UrbanPlanError, match="positive number of minutes"):
        CategoryRule("x", threshold_min=-1)
    with pytest.raises(UrbanPlanError, match="no threshold"):
        CategoryRule("x")


def test_population_with_nan_or_negative_is_refused():
    net = grid(3)
    r = walk_access(net, [(0, 0), (100, 0)], [(100, 0)], ["a"])
    with pytest.raises(UrbanPlanError, match="no NULL, no negatives"):
        summarize_access(r, np.array([1.0, np.nan]))
    with pytest.raises(UrbanPlanError, match="no NULL, no negatives"):
        summarize_access(r, np.array([1.0, 2.0]), {"kids": np.array([-1.0, 0.0])})


def test_parse_group_speeds():
    assert parse_group_speeds("elderly=3.6; children:4", ["elderly", "children"]) == {
        "elderly": 3.6, "children": 4.0}
    assert parse_group_speeds("", ["a"]) == {}
    with pytest.raises(UrbanPlanError, match="not one of the population group"):
        parse_group_speeds("kids=3", ["elderly"])
    with pytest.raises(UrbanPlanError, match="must be a number"):
        parse_group_speeds("elderly=slow", ["elderly"])
    with pytest.raises(UrbanPlanError, match="km/h"):
        parse_group_speeds("elderly=-1", ["elderly"])


def test_horizon_scales_with_the_fastest_group():
    line = build_network([[(0, 0), (5000, 0)]])
    # at 6 km/h a 5 min threshold is 500 m, horizon 1 000 m; a group at 12 km/h widens it
    r = walk_access(line, [(1500, 0)], [(0, 0)], ["a"], threshold_min=5, speed_kmh=SPEED)
    assert np.isnan(r.dist[0, 0])
    r = walk_access(line, [(1500, 0)], [(0, 0)], ["a"], threshold_min=5, speed_kmh=SPEED,
                    group_speeds_kmh={"runners": 12.0})
    assert r.dist[0, 0] == pytest.approx(1500.0)
    assert not r.within[0, 0] and not r.within_at(12.0)[0, 0]  # 1 500 m > 5 min x 200 m/min
    assert r.within_at(18.0)[0, 0]  # 5 min x 300 m/min = 1 500 m


@pytest.mark.parametrize("seed", [0, 1])
def test_snap_is_exact_against_brute_force(seed):
    # dense, irregular short segments plus points on junctions: the escalating candidate search
    # must still find the truly nearest segment
    rng = np.random.default_rng(seed)
    n = 12
    xy = np.stack(np.meshgrid(np.arange(n) * 20.0, np.arange(n) * 20.0), -1).reshape(-1, 2)
    xy += rng.uniform(-6, 6, xy.shape)
    idx = np.arange(n * n).reshape(n, n)
    lines = [xy[[idx[i, j], idx[i, j + 1]]] for i in range(n) for j in range(n - 1)]
    lines += [xy[[idx[i, j], idx[i + 1, j]]] for i in range(n - 1) for j in range(n)]
    lines += [np.array([(0.0, 0.0), (230.0, 230.0)])]  # a long diagonal across everything
    net = build_network(lines)
    pts = np.vstack([rng.uniform(-20, 240, (1500, 2)), net.node_xy[:200]])
    s = EdgeIndex(net, min_component_nodes=0, min_component_m=0).snap(pts)   # every piece
    a = np.vstack([net.edge_coords(e)[0] for e in range(net.edge_count)])
    b = np.vstack([net.edge_coords(e)[-1] for e in range(net.edge_count)])
    ab = b - a
    t = np.clip((((pts[:, None, :] - a[None]) * ab[None]).sum(-1)) / (ab * ab).sum(-1)[None], 0, 1)
    dist = np.hypot(*(pts[:, None, :] - (a[None] + t[..., None] * ab[None])).transpose(2, 0, 1))
    np.testing.assert_allclose(s.distance, dist.min(axis=1), atol=1e-9)


def test_one_threshold_rule_in_metres_and_minutes():
    """A category within 20 min *and* 800 m: at 4.8 km/h (80 m/min) the 800 m bind (10 min);
    at 1.8 km/h (30 m/min) the 20 min bind (600 m)."""
    from urbanplan_plugin.core.walk.fifteenminutecity import category_threshold_min
    care = CategoryRule("Child care", threshold_min=20, threshold_m=800)
    assert care.distance_threshold(4.8) == pytest.approx(800.0)
    assert care.time_threshold(4.8) == pytest.approx(10.0)
    assert care.distance_threshold(1.8) == pytest.approx(600.0)
    assert care.time_threshold(1.8) == pytest.approx(20.0)
    assert CategoryRule("rail", threshold_m=600).time_threshold(6.0) == pytest.approx(6.0)
    assert CategoryRule("school", threshold_min=10).distance_threshold(6.0) == pytest.approx(1000)
    rules = [care, CategoryRule("rail", threshold_m=600)]
    # by the category's name or by the <name> of its dist_/time_ fields
    assert category_threshold_min(rules, "Child care", 4.8) == pytest.approx(10.0)
    assert category_threshold_min(rules, "child_care", 1.8) == pytest.approx(20.0)
    assert category_threshold_min(rules, "rail", 6.0) == pytest.approx(6.0)
    assert category_threshold_min(rules, "bakery", 6.0) is None
    with pytest.raises(UrbanPlanError, match="Walking speed"):
        care.time_threshold(0.0)


def test_report_threshold_uses_the_run_speed_and_the_preset():
    """The report's per-category threshold is the engine's rule at the run's speed (the
    default speed when the run record has none); an unknown preset or a broken speed falls back
    to the run's THRESHOLD_MIN, never to an error."""
    from urbanplan_plugin.core.report.model import ResultItem
    from urbanplan_plugin.core.report.sections import _threshold_min

    def run_item(**params):
        return ResultItem(analysis="fifteenminutecity", output="OUTPUT", name="x", columns={},
                          count=0, run={"parameters": params})
    sdg = {"PRESET": "sdg_11_2_1", "THRESHOLD_MIN": 12.0}
    assert _threshold_min(run_item(WALK_SPEED_KMH=6.0, **sdg), "transit_low") == 5.0
    assert _threshold_min(run_item(**sdg), "transit_high") == pytest.approx(1000 / 80)
    assert _threshold_min(run_item(WALK_SPEED_KMH=-1.0, **sdg), "transit_low") == 12.0
    assert _threshold_min(run_item(PRESET="gone", THRESHOLD_MIN=12.0), "transit_low") == 12.0
    assert _threshold_min(run_item(**sdg), "bakery") == 12.0
    assert _threshold_min(run_item(**sdg)) == 12.0
