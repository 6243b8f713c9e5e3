"""core.report.model without QGIS: which analysis a table comes from, hand-made indicator tables,
every sentence of the report through tr(), number formats, charts drawn with matplotlib."""
import math
from html.parser import HTMLParser

import numpy as np
import pytest

from urbanplan_plugin.core import report as rp


def item(analysis, output, columns, **kw):
    cols = {k: (np.array(v, dtype=object) if any(isinstance(x, str) or x is None for x in v)
                else np.array(v, dtype=float)) for k, v in columns.items()}
    n = len(next(iter(cols.values())))
    return rp.ResultItem(analysis=analysis, output=output, name=f"{analysis}_{output}",
                         columns=cols, count=n, **kw)


def fifteen_summary():
    rows = [("all", "school", "all", 1000, 800, 80.0, 6.0, 12.0, 900),
            ("all", "clinic", "all", 1000, 500, 50.0, 9.0, 20.0, 950),
            ("all", "all_categories", "all", 1000, 450, 45.0, 9.0, 20.0, 900),
            ("all", "any_category", "all", 1000, 850, 85.0, 6.0, 12.0, 950),
            ("all", "school", "elderly", 200, 150, 75.0, 7.0, 13.0, 190),
            ("all", "clinic", "elderly", 200, 80, 40.0, 10.0, 21.0, 190),
            ("all", "all_categories", "elderly", 200, 70, 35.0, 10.0, 21.0, 190),
            ("North", "all_categories", "all", 600, 300, 50.0, 8.0, 15.0, 580),
            ("North", "any_category", "all", 600, 500, 100 * 5 / 6, 8.0, 15.0, 580)]
    names = ("zone", "category", "pop_group", "population", "pop_within", "pop_within_pct",
             "median_time_min", "p90_time_min", "pop_reached")
    return item("fifteenminutecity", "SUMMARY",
                {n: [r[i] for r in rows] for i, n in enumerate(names)})


@pytest.mark.parametrize("fields,geometry,expected", [
    (["zone", "category", "pop_group", "population", "pop_within", "pop_within_pct",
      "median_time_min", "p90_time_min", "pop_reached"], "table",
     ("fifteenminutecity", "SUMMARY")),
    (["id", "pop", "dist_school_m", "time_school_min", "n_within", "score"], "polygon",
     ("fifteenminutecity", "OUTPUT")),
    (["pop", "time_before_school_min", "time_after_school_min", "lost_school", "lost_any",
      "street_flooded"], "point", ("flooddisruption", "OUTPUT")),
    (["facility_id", "band_from_min", "band_min", "area_m2"], "polygon",
     ("servicearea", "OUTPUT")),
    (["x", "depth_m", "depth_class", "exposed", "pop_exposed", "displaced"], "polygon",
     ("floodexposure", "OUTPUT")),
    (["zone", "depth_class", "pop_group", "road_class", "features", "population", "displaced",
      "road_km"], "table", ("floodexposure", "SUMMARY")),
    (["pop", "dist_open_space_m", "within"], "point", ("sdg1171", "OUTPUT")),
    (["pop", "dist_park_m", "cov_park", "covered"], "point", ("greenspacecoverage", "OUTPUT")),
    (["key", "score_base", "score_scen", "score_delta", "score_status", "change",
      "change_detail"], "polygon", ("comparescenarios", "OUTPUT")),
    (["lens", "analysis", "indicator", "label", "baseline", "scenario", "delta", "change_pct",
      "verdict"], "table", ("scorecard", "OUTPUT")),
    (["edge_id", "from_node", "to_node", "length_m", "component"], "line",
     ("preparewalknetwork", "OUTPUT")),
    (["id_hex", "population", "jobs", "schools"], "polygon", None),
    (["n_within"], "point", None),
])
def test_detect_output(fields, geometry, expected):
    assert rp.detect_output(fields, geometry) == expected


def test_detect_raster():
    assert rp.detect_output([], "raster", 1) == ("floodextent", "OUTPUT")
    assert rp.detect_output([], "raster", 3) is None


def test_fifteen_minute_tables_from_the_summary():
    rep = rp.build_report([fifteen_summary()], title="T", zone_names=None)
    sec = rep.sections[0]
    facts = {f.key: f.value for f in sec.facts}
    assert facts["fifteenminutecity.population"] == 1000
    assert facts["fifteenminutecity.share_all"] == pytest.approx(45.0)
    assert facts["fifteenminutecity.share_any"] == pytest.approx(85.0)
    by_cat = {t.title: t for t in sec.tables}
    cat = by_cat["People within the threshold, by category"]
    assert [r["_key"] for r in cat.rows] == ["school", "clinic", "all_categories", "any_category"]
    assert cat.rows[1]["pop_within_pct"] == pytest.approx(50.0)
    grp = by_cat["Share within the threshold by population group"]
    assert grp.rows[1]["elderly"] == pytest.approx(40.0) and grp.rows[1]["all"] == 50.0
    zones = by_cat["By zone"]
    assert zones.rows == [{"zone": "North", "_key": "North", "population": 600.0,
                           "share_all": pytest.approx(50.0),
                           "share_any": pytest.approx(100 * 5 / 6)}]
    # one chart: coverage by category and group
    assert [c.kind for c in sec.charts] == ["hbars"]
    assert sec.charts[0].series["Everyone"] == [80.0, 50.0]


def test_per_feature_indicators_and_zones():
    out = item("fifteenminutecity", "OUTPUT",
               {"population": [100, 50, 10, 40], "time_school_min": [3.0, 20.0, np.nan, 9.0],
                "dist_school_m": [1, 2, 3, 4], "n_within": [1, 0, 0, 1],
                "score": [100, 20, 0, 100]},
               zone=np.array(["A", "A", "B", "B"], dtype=object), geometry="point",
               run={"parameters": {"POPULATION_FIELD": "population", "THRESHOLD_MIN": 10.0},
                    "time": "t"})
    rep = rp.build_report([out], zone_names=["A", "B", "C"])
    facts = {f.key: f.value for f in rep.sections[0].facts}
    assert facts["fifteenminutecity.population"] == 200
    # share within 10 min by hand: (100 + 40) / 200
    table = rep.sections[0].tables[0]
    assert table.rows[0]["pop_within_pct"] == pytest.approx(70.0)
    assert facts["fifteenminutecity.mean_score"] == pytest.approx(
        (100 * 100 + 50 * 20 + 10 * 0 + 40 * 100) / 200)
    z = {r["zone"]: r for r in rep.zone_table.rows}
    assert z["A"]["fifteenminutecity.OUTPUT.share_all"] == pytest.approx(100 * 100 / 150)
    assert z["B"]["fifteenminutecity.OUTPUT.share_all"] == pytest.approx(100 * 40 / 50)
    assert z["C"]["fifteenminutecity.OUTPUT.population"] is None   # no feature: unknown
    assert [p.zone for p in rep.zone_pages] == ["A", "B", "C"]
    cum = [c for c in rep.sections[0].charts if c.kind == "cumulative"][0]
    assert cum.threshold == [(10.0, "10 min")]


def test_flood_exposure_summary_sums_road_classes():
    rows = [("all", "low", "all", "primary", 2, None, None, 1.5),
            ("all", "low", "all", "footway", 3, None, None, 0.5),
            ("all", "high", "all", "primary", 1, None, None, 0.25),
            ("all", "not_exposed", "all", "primary", 10, None, None, 4.0)]
    names = ("zone", "depth_class", "pop_group", "road_class", "features", "population",
             "displaced", "road_km")
    summ = item("floodexposure", "SUMMARY", {n: [r[i] for r in rows] for i, n in
                                              enumerate(names)})
    rep = rp.build_report([summ])
    facts = {f.key: f.value for f in rep.sections[0].facts}
    assert facts["floodexposure.exposed_count"] == 6
    assert facts["floodexposure.road_km"] == pytest.approx(2.25)
    table = rep.sections[0].tables[0]
    assert {r["_key"]: r["road_km"] for r in table.rows} == {
        "low": 2.0, "high": 0.25, "not_exposed": 4.0}


def test_group_items_pairs_outputs_and_tables():
    a = item("fifteenminutecity", "OUTPUT", {"n_within": [1], "score": [1.0]})
    b = fifteen_summary()
    c = item("fifteenminutecity", "OUTPUT", {"n_within": [1], "score": [2.0]})
    groups = rp.group_items([a, b, c])
    assert [[i.output for i in g] for _a, g in groups] == [["OUTPUT", "SUMMARY"], ["OUTPUT"]]
    run = {"time": "x", "parameters": {"P": 1}}
    d = item("servicearea", "OUTPUT", {"band_min": [5.0], "band_from_min": [0.0],
                                       "area_m2": [1.0], "facility_id": [1]}, run=run)
    assert rp.group_items([d])[0][1] == [d]


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.found = [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if data.strip() and self.stack:
            self.found.append((self.stack[-1][0], data.strip()))


def test_every_sentence_goes_through_tr():
    """With a marking translation function, every heading, table header and label of the
    report carries the mark: nothing English is hard-coded in the HTML."""
    def mark(text):
        return "§" + text
    rep = rp.build_report([fifteen_summary()], tr=mark, title=mark("Title"),
                          software=[("numpy", "1.0")])
    html = rp.render_html(rep)
    parser = Text()
    parser.feed(html)
    data = {"elderly"}          # a population group of the data, shown as a column
    for tag, text in parser.found:
        if tag in ("h1", "h2", "h3", "th", "a", "title") and text not in data:
            assert text.startswith("§"), (tag, text)
    labels = [t for tag, t in parser.found if tag == "td"]
    assert "§Population" in labels
    assert all(f.label.startswith("§") for s in rep.sections for f in s.facts)
    assert all(v.startswith("§") for v in rep.labels.values())
    for sec in rep.sections:
        for chart in sec.charts:
            assert chart.title.startswith("§") and chart.xlabel.startswith("§")


def test_html_carries_exact_values():
    rep = rp.build_report([fifteen_summary()])
    html = rp.render_html(rep)
    assert 'data-key="fifteenminutecity.category.clinic.pop_within_pct" data-value="50.0"' in html
    assert ">50.0%<" in html


@pytest.mark.parametrize("value,fmt,text", [
    (1234567.4, "int", "1,234,567"), (45.678, "pct", "45.7%"), (None, "num1", "–"),
    (float("nan"), "int", "–"), (3.14159, "num2", "3.14"), ("abc", "text", "abc"),
    (0.000123, "num", "0.000123")])
def test_format_value(value, fmt, text):
    assert rp.format_value(value, fmt) == text


def test_charts_render(tmp_path):
    pytest.importorskip("matplotlib")
    from urbanplan_plugin.core.report.charts import render_chart
    charts = [
        rp.Chart("hbars", "Coverage", ["school", "clinic"], {"all": [80, 50], "old": [70, 40]},
                 xlabel="%", percent=True),
        rp.Chart("bars", "Exposure", ["low", "high"], {"People": [1200, 300]},
                 colors={"_ramp": "Blues"}),
        rp.Chart("pairs", "Scorecard", ["a", "b", "c"], {"Baseline": [1, 2, None],
                                                          "Scenario": [2, 1, 3]},
                 colors={"_verdicts": ["better", "worse", "same"]}),
        rp.Chart("cumulative", "Walk", ["school"], {"school": (np.array([1.0, 5, np.nan, 30]),
                                                               np.array([1.0, 1, 1, 1]))},
                 threshold=[(10.0, "10 min"), (5.0, "5 min")], percent=True),
        rp.Chart("hist", "Depth", [], {"cells": np.linspace(0.1, 2.0, 50)}, threshold=0.7,
                 threshold_label="0.7 m"),
    ]
    for i, c in enumerate(charts):
        path = render_chart(c, str(tmp_path / f"c{i}.png"))
        with open(path, "rb") as fh:
            assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(rp.UrbanPlanError, match="Unknown chart kind"):
        render_chart(rp.Chart("pie", "x"), str(tmp_path / "x.png"))


def test_no_result_is_an_error():
    with pytest.raises(rp.UrbanPlanError, match="No result to report on"):
        rp.build_report([])


def test_no_qgis_import():
    import urbanplan_plugin.core.report.charts as rc
    for mod in (rp, rc):
        with open(mod.__file__, encoding="utf-8") as fh:
            src = fh.read()
        assert "import qgis" not in src and "from qgis" not in src
    assert math.isfinite(rp.format_value(1, "int") and 1.0)


def test_groups_side_by_side_with_their_travel_profiles():
    """GROUP_PROFILES: one column per group naming its profile, shares and median times from
    the summary, who travels how (speeds from the profile file, WALK_SPEED_KMH for walking,
    GROUP_SPEEDS for a group without a profile); the group's own time fields are no
    categories of the walk-time chart."""
    from urbanplan_plugin.core.walk.profiles import load_profiles
    run = {"time": "t", "parameters": {"PROFILE": "walk", "WALK_SPEED_KMH": 5.0,
                                       "GROUP_PROFILES": "elderly=older_adult",
                                       "GROUP_SPEEDS": "kids=4"}}
    summary = fifteen_summary()
    summary.run = run
    rows = [("all", "school", "kids", 100, 90, 90.0, 5.0, 8.0, 100)]
    for name, col in summary.columns.items():
        extra = [r[list(summary.columns).index(name)] for r in rows]
        summary.columns[name] = np.concatenate([col, np.array(extra, dtype=col.dtype)])
    summary.count += len(rows)
    out = item("fifteenminutecity", "OUTPUT",
               {"population": [100, 50], "time_school_min": [3.0, 9.0],
                "time_school_elderly_min": [4.0, 12.0], "within_school_elderly": [1, 0],
                "n_within": [1, 1], "score": [100, 90]}, geometry="point", run=run)
    rep = rp.build_report([summary, out], title="T")
    sec = rep.sections[0]
    tables = {t.key: t for t in sec.tables}
    travel = {r["_key"]: r for r in tables["fifteenminutecity.travel"].rows}
    known = load_profiles()
    assert travel["all"]["profile_id"] == "walk" and travel["all"]["speed_kmh"] == 5.0
    assert travel["elderly"]["profile_id"] == "older_adult"
    assert travel["elderly"]["speed_kmh"] == known["older_adult"].flat_speed_kmh
    assert travel["kids"]["profile_id"] == "walk" and travel["kids"]["speed_kmh"] == 4.0
    assert travel["elderly"]["population"] == 200
    share = tables["fifteenminutecity.group"]
    heads = {cid: label for cid, label, _fmt in share.columns}
    assert heads["elderly"] == "elderly · Older adults (65+)"
    assert heads["all"] == "Everyone · Walking (adults)"
    by_cat = {r["_key"]: r for r in share.rows}
    assert by_cat["clinic"]["elderly"] == 40.0 and by_cat["school"]["kids"] == 90.0
    assert by_cat["clinic"]["kids"] is None                  # no row: no value, not 0
    times = {r["_key"]: r for r in tables["fifteenminutecity.group_time"].rows}
    assert times["school"]["elderly"] == 7.0 and times["all_categories"]["all"] == 9.0
    kinds = {c.title: c for c in sec.charts}
    assert "Median walk time, by category and group" in kinds
    cumulative = next(c for c in sec.charts if c.kind == "cumulative")
    assert cumulative.categories == ["school"]              # not school_elderly


def test_groups_without_a_known_run_are_named_plainly():
    rep = rp.build_report([fifteen_summary()], title="T")
    keys = [t.key for t in rep.sections[0].tables]
    assert "fifteenminutecity.travel" not in keys
    share = next(t for t in rep.sections[0].tables if t.key == "fifteenminutecity.group")
    assert [label for _c, label, _f in share.columns] == ["Category", "Everyone", "elderly"]
    assert "fifteenminutecity.group_time" in keys


def test_groups_with_own_profiles_but_no_run_record_say_so():
    out = item("fifteenminutecity", "OUTPUT",
               {"population": [100, 50], "time_school_min": [3.0, 9.0],
                "time_school_elderly_min": [4.0, 12.0], "within_school_elderly": [1, 0],
                "n_within": [1, 1], "score": [100, 90]}, geometry="point")
    rep = rp.build_report([fifteen_summary(), out], title="T")
    share = next(t for t in rep.sections[0].tables if t.key == "fifteenminutecity.group")
    assert "own travel profile (GROUP_PROFILES): elderly" in share.note
