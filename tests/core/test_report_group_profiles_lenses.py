"""The report's group tables of sdg1171, greenspacecoverage and flooddisruption with GROUP_PROFILES:
one row per group (everyone first) naming each group's travel profile, the numbers from the
summary, and a note when the run (so the profile) is not known."""
import numpy as np

import urbanplan_plugin.core.report as rp

RUN = {"time": "t", "parameters": {"PROFILE": "walk", "GROUP_PROFILES": "pop_wc=wheelchair"}}


def item(analysis, output, columns, **kw):
    cols = {k: (np.array(v, dtype=object) if any(isinstance(x, str) or x is None for x in v)
                else np.array(v, dtype=float)) for k, v in columns.items()}
    n = len(next(iter(cols.values())))
    return rp.ResultItem(analysis=analysis, output=output, name=f"{analysis}_{output}",
                         columns=cols, count=n, **kw)


def table(rep, key):
    return next(t for t in rep.sections[0].tables if t.key == key)


def sdg_items(run=RUN):
    nan = float("nan")
    summary = item("sdg1171", "SUMMARY", {
        "zone": ["all", "all"], "pop_group": ["all", "pop_wc"], "population": [400, 20],
        "pop_within": [300, 8], "pop_within_pct": [75.0, 40.0], "pop_unreachable": [0, 0],
        "median_dist_m": [210, 450], "builtup_m2": [1e5, nan], "open_space_m2": [1600, nan],
        "street_m2": [nan, nan], "public_space_m2": [nan, nan],
        "open_space_share_pct": [1.6, nan], "street_share_pct": [nan, nan],
        "public_space_share_pct": [nan, nan]}, run=run)
    out = item("sdg1171", "OUTPUT", {
        "pop": [100, 100, 100, 100], "pop_wc": [2, 4, 6, 8],
        "dist_open_space_m": [410, 310, 210, 110], "within": [0, 1, 1, 1],
        "dist_open_space_pop_wc_m": [650, 550, 450, 350], "within_pop_wc": [0, 0, 0, 1]},
        geometry="point", run=run)
    return summary, out


def test_sdg1171_groups_with_their_profiles():
    summary, out = sdg_items()
    rep = rp.build_report([summary, out], title="T")
    t = table(rep, "sdg1171.group")
    rows = {r["_key"]: r for r in t.rows}
    assert rows["pop_wc"]["profile"] == "Manual wheelchair users"
    assert rows["all"]["profile"] == "Walking (adults)"
    assert rows["pop_wc"]["pop_within_pct"] == 40.0 and rows["pop_wc"]["median_dist_m"] == 450
    assert [c[0] for c in t.columns][:2] == ["pop_group", "profile"]
    assert "own travel profile" in t.note
    charts = {c.title: c for c in rep.sections[0].charts}
    by_group = charts["Share of people within walking distance of an open public space, by "
                      "group"]
    assert by_group.categories == ["Everyone · Walking (adults)",
                                   "pop_wc · Manual wheelchair users"]
    cumulative = charts["Walking distance to the nearest open public space"]
    assert cumulative.categories == ["Everyone", "pop_wc"]
    d, w = cumulative.series["pop_wc"]
    assert d.tolist() == [650, 550, 450, 350] and w.tolist() == [2, 4, 6, 8]


def test_sdg1171_groups_without_the_run_say_so():
    summary, out = sdg_items(run=None)
    rep = rp.build_report([summary, out], title="T")
    t = table(rep, "sdg1171.group")
    assert "profile" not in [c[0] for c in t.columns]
    assert "own travel profile (GROUP_PROFILES): pop_wc" in t.note


def test_sdg1171_groups_travelling_alike_are_not_named():
    run = {"time": "t", "parameters": {"PROFILE": "walk"}}
    summary, _ = sdg_items(run=run)
    rep = rp.build_report([summary], title="T")
    t = table(rep, "sdg1171.group")
    assert "profile" not in [c[0] for c in t.columns] and t.note == ""


def test_greenspacecoverage_groups_with_their_profiles():
    nan = float("nan")
    summary = item("greenspacecoverage", "SUMMARY", {
        "zone": ["all", "all"], "pop_group": ["all", "pop_wc"], "population": [400, 20],
        "park_m2": [1600, nan], "park_m2_per_resident": [4.0, nan], "pop_cov_park": [400, 14],
        "pop_covered_any": [400, 14], "pop_uncovered": [0, 6], "pop_uncovered_pct": [0, 30.0],
        "pop_unreachable": [0, 0]}, run=RUN)
    rep = rp.build_report([summary], title="T")
    t = table(rep, "greenspacecoverage.group")
    rows = {r["_key"]: r for r in t.rows}
    assert rows["pop_wc"]["covered_pct"] == 70.0 and rows["all"]["covered_pct"] == 100.0
    assert rows["pop_wc"]["pop_cov_park"] == 70.0
    assert rows["pop_wc"]["profile"] == "Manual wheelchair users"


def test_flooddisruption_groups_with_their_profiles():
    cats = ["park", "all_categories", "any_category"]
    summary = item("flooddisruption", "SUMMARY", {
        "category": cats * 2, "pop_group": ["all"] * 3 + ["pop_wc"] * 3,
        "population": [400] * 3 + [20] * 3, "pop_within_before": [400] * 3 + [14] * 3,
        "pop_within_after": [400] * 3 + [0] * 3, "pop_lost_access": [0] * 3 + [14] * 3,
        "pop_lost_pct": [0.0] * 3 + [100.0] * 3, "median_time_before_min": [2.6] * 3 + [9.5] * 3,
        "median_time_after_min": [2.6] * 3 + [float("nan")] * 3}, run=RUN)
    rep = rp.build_report([summary], title="T")
    t = table(rep, "flooddisruption.group")
    rows = {r["_key"]: r for r in t.rows}
    assert rows["pop_wc"]["lost"] == 14 and rows["pop_wc"]["pop_lost_pct"] == 100.0
    assert rows["all"]["lost"] == 0 and rows["pop_wc"]["before"] == 14
    assert rows["pop_wc"]["profile"] == "Manual wheelchair users"
