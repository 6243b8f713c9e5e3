"""GROUP_PROFILES in the public-space and flood engines (no QGIS): one run per profile shared by
the groups that use it, the groups' summary rows from their own profile, everything else as
without it. The town of tests/qgis/test_group_profiles_lenses.py: homes on a street, a park
gate 60 m up a flight of steps or 300 m round a ramp."""
import numpy as np
import pytest
from shapely.geometry import box

from urbanplan_plugin.core.common.progress import Progress
from urbanplan_plugin.core.network.build import build_network
from urbanplan_plugin.core.walk.profiles import CLOSED, TRAVEL, Travel, get_profile, per_profile

XS = np.array([50.0, 150.0, 250.0, 350.0])
POP = np.full(4, 100.0)
POP_WC = np.array([2.0, 4.0, 6.0, 8.0])


def town():
    net = build_network([[(0, 0), (400, 0)], [(400, 0), (400, 60)],
                         [(400, 0), (520, 0), (520, 60), (400, 60)]])
    steps = np.array([np.isclose(net.edge_length[e], 60.0) for e in range(net.edge_count)])
    assert steps.sum() == 1
    modes = np.where(steps, CLOSED, TRAVEL).astype(np.int8)
    walk = Travel(get_profile("walk"))
    wheel = Travel(get_profile("wheelchair"), None, modes)
    homes = np.column_stack([XS, np.full(4, -5.0)])
    return net, walk, wheel, homes


def same(a, b):
    """Two summary rows equal, NaN equal to NaN."""
    assert a.keys() == b.keys()
    for k in a:
        x, y = a[k], b[k]
        if isinstance(x, float) and isinstance(y, float) and np.isnan(x) and np.isnan(y):
            continue
        assert x == y, (k, x, y)
    return True


def test_per_profile_runs_once_per_profile():
    calls = []

    class T:
        def __init__(self, pid):
            self.profile = type("P", (), {"id": pid})()

    wc, older = T("wheelchair"), T("older_adult")
    group_travel = {"a": (wc, "idx-wc"), "b": (older, "idx-old"), "c": (wc, "idx-wc")}
    seen = []

    class Bar(Progress):
        def progress(self, p):
            seen.append(p)

    def run(t, idx, prog):
        calls.append((t.profile.id, idx))
        prog.progress(100.0)
        return f"result-{t.profile.id}"

    out = per_profile(group_travel, run, Bar())
    assert calls == [("wheelchair", "idx-wc"), ("older_adult", "idx-old")]
    assert out == {"a": "result-wheelchair", "b": "result-older_adult",
                   "c": "result-wheelchair"}
    assert seen == [50.0, 100.0]
    assert per_profile({}, run) == {} and per_profile(None, run) == {}
    assert per_profile(group_travel, lambda t, i, p: None) is None


def test_sdg1171_groups_with_their_own_profile(monkeypatch):
    from urbanplan_plugin.core.publicspace import sdg1171 as sdg
    from urbanplan_plugin.core.walk import fifteenminutecity as f15
    net, walk, wheel, homes = town()
    park = [box(360, 60, 400, 100)]
    builtup = [box(-50, -50, 600, 150)]
    groups = {"pop_wc": POP_WC, "pop_wc2": POP_WC * 2, "other": POP_WC}
    kw = dict(distance_m=400.0, entrance_tolerance=5.0, max_snap_m=20.0, groups=groups,
              travel=walk)
    plain = sdg.sdg_1171(net, homes, POP, park, builtup, **kw)
    searches = []
    real = f15.walk_access

    def counting(*a, **k):
        searches.append(k.get("travel").profile.id)
        return real(*a, **k)

    monkeypatch.setattr(f15, "walk_access", counting)
    index = wheel.index(net)
    res = sdg.sdg_1171(net, homes, POP, park, builtup,
                       group_travel={"pop_wc": (wheel, index), "pop_wc2": (wheel, index)}, **kw)
    # one search for everyone, one for the wheelchair profile shared by its two groups
    assert searches == ["walk", "wheelchair"]
    assert res.group_access["pop_wc"] is res.group_access["pop_wc2"]
    dist, within, reason = res.group_columns("pop_wc")
    assert dist.tolist() == pytest.approx([650, 550, 450, 350])
    assert within.tolist() == [0, 0, 0, 1] and reason == [None] * 4
    rows = {r["pop_group"]: r for r in res.summary if r["zone"] == "all"}
    before = {r["pop_group"]: r for r in plain.summary if r["zone"] == "all"}
    assert rows["pop_wc"]["pop_within_pct"] == pytest.approx(40.0)
    assert rows["pop_wc2"]["pop_within"] == pytest.approx(16.0)
    assert rows["pop_wc"]["median_dist_m"] == pytest.approx(450.0)
    # everyone and the group without a profile: exactly as without GROUP_PROFILES
    for g in ("all", "other"):
        assert same(rows[g], before[g])
    assert before["pop_wc"]["pop_within_pct"] == pytest.approx(90.0)
    assert np.array_equal(res.dist, plain.dist) and res.pop_within_pct == plain.pop_within_pct


def test_greenspacecoverage_groups_with_their_own_profile():
    from urbanplan_plugin.core.publicspace.greenspacecoverage import (
        ParkClass,
        green_space_coverage,
    )
    net, walk, wheel, homes = town()
    classes = [ParkClass("park", "park", 0.0, 500.0)]
    kw = dict(groups={"pop_wc": POP_WC}, entrance_tolerance=5.0, max_snap_m=20.0, travel=walk)
    plain = green_space_coverage(net, homes, POP, [box(360, 60, 400, 100)], classes, **kw)
    res = green_space_coverage(net, homes, POP, [box(360, 60, 400, 100)], classes,
                               group_travel={"pop_wc": (wheel, wheel.index(net))}, **kw)
    g = res.groups["pop_wc"]
    assert g.profile == "wheelchair"
    assert g.dist[:, 0].tolist() == pytest.approx([650, 550, 450, 350])
    assert g.covered_any.tolist() == [0, 0, 1, 1]
    rows = {r["pop_group"]: r for r in res.summary if r["zone"] == "all"}
    assert rows["pop_wc"]["pop_covered_any"] == pytest.approx(14.0)
    assert rows["pop_wc"]["pop_uncovered_pct"] == pytest.approx(30.0)
    assert same(rows["all"], {r["pop_group"]: r for r in plain.summary
                              if r["zone"] == "all"}["all"])
    assert np.array_equal(res.covered, plain.covered)


def test_flooddisruption_groups_with_their_own_profile():
    from urbanplan_plugin.core.flood.flooddisruption import flood_disruption
    net, walk, wheel, homes = town()
    # water 0.5 m deep on the ramp's north-south leg (x = 520): whole edges close
    depth = np.zeros(net.edge_count)
    for e in range(net.edge_count):
        xy = net.edge_coords(e)
        if np.isclose(xy[:, 0], 520.0).any() and np.isclose(net.edge_length[e], 300.0):
            depth[e] = 0.5
    assert depth.max() == 0.5
    gate = np.array([(398.0, 62.0)])
    kw = dict(threshold_min=10.0, max_snap_m=20.0, population=POP, groups={"pop_wc": POP_WC},
              travel=walk)
    plain = flood_disruption(net, depth, homes, gate, ["park"], **kw)
    res = flood_disruption(net, depth, homes, gate, ["park"],
                           group_travel={"pop_wc": (wheel, wheel.index(net))}, **kw)
    assert res.groups["pop_wc"].profile == "wheelchair"
    assert res.groups["pop_wc"].lost[:, 0].tolist() == [False, False, True, True]
    rows = {(r["category"], r["pop_group"]): r for r in res.summary}
    before = {(r["category"], r["pop_group"]): r for r in plain.summary}
    assert rows[("park", "pop_wc")]["pop_lost_access"] == pytest.approx(14.0)
    assert before[("park", "pop_wc")]["pop_lost_access"] == 0.0
    for key in before:
        if key[1] == "all":
            assert same(rows[key], before[key])
    assert res.pop_lost_access == plain.pop_lost_access == 0.0
