"""The report model: which analysis a result comes from, and what a report says about it.

No QGIS here. ``project.report`` reads result layers into :class:`ResultItem` (columns as
numpy arrays), the engine builds a :class:`Report` (sections of facts, tables, charts, maps,
method and parameters), ``core.report.charts`` draws the charts with matplotlib and
:func:`render_html` writes the HTML. Every sentence and label goes through the ``tr`` function
given to :func:`build_report` (the plugin passes its Qt translation function), so the report
follows the interface language; data values (category names, zone names) are left as they are.

Every number shown in a table carries its full-precision value and a stable key
(``data-key``/``data-value`` attributes in the HTML), so tests and scripts can read the report
back and check it against the algorithm outputs.
"""
import html
import math
import os
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError


def _identity(text):
    return text


ALL = "all"

# ------------------------------------------------------------------------------------------
# which analysis a layer comes from
# ------------------------------------------------------------------------------------------

# (analysis, output, fields that must all be present, prefixes of which one field must exist)
SIGNATURES = (
    ("fifteenminutecity", "SUMMARY",
     {"zone", "category", "group", "population_within", "share_within", "median_time"}, ()),
    ("flooddisruption", "SUMMARY",
     {"category", "group", "pop_within_before", "pop_within_after", "pop_lost_access"}, ()),
    ("flooddisruption", "FACILITIES", {"reached_before", "reached_after", "cut_off"}, ()),
    ("flooddisruption", "EDGES", {"edge_id", "length_m", "depth_m", "impassable"}, ()),
    ("flooddisruption", "OUTPUT", {"lost_any", "street_flooded"}, ("time_before_",)),
    ("fifteenminutecity", "OUTPUT", {"n_within", "score"}, ("time_",)),
    ("servicearea", "OUTPUT", {"facility_id", "band_from_min", "band_min", "area_m2"}, ()),
    ("accessibilitygrid", "OUTPUT",
     {"cell_id", "snap_m", "nearest_min", "opportunities", "gravity"}, ()),
    ("supplydemand", "OUTPUT", {"access_per_1000", "n_facilities", "nearest_min"}, ()),
    ("supplydemand", "FACILITIES_OUTPUT", {"demand", "ratio_per_1000", "n_locations"}, ()),
    ("sdg1171", "SUMMARY",
     {"zone", "group", "pop_within", "pop_within_pct", "public_space_share_pct"}, ()),
    ("sdg1171", "OUTPUT", {"dist_open_space_m", "within"}, ()),
    ("sdg1171", "ACCESS_POINTS", {"open_space_fid"}, ()),
    ("greenspacecoverage", "SUMMARY",
     {"zone", "group", "park_m2_per_resident", "pop_covered_any", "share_uncovered_pct"}, ()),
    ("greenspacecoverage", "UNDERSERVED", {"nearest_park_m", "reason"}, ()),
    ("greenspacecoverage", "OUTPUT", {"covered"}, ("cov_",)),
    ("suggestsites", "OUTPUT",
     {"rank", "candidate_fid", "marginal_gain", "cumulative_covered", "cumulative_share"}, ()),
    ("floodexposure", "SUMMARY",
     {"zone", "depth_class", "group", "road_class", "count", "displaced", "road_km"}, ()),
    ("floodexposure", "OUTPUT", {"depth_m", "depth_class", "exposed"}, ()),
    ("floodrisk", "SUMMARY", {"zone", "features", "wet_any", "ead", "ead_fraction_mean"}, ()),
    ("floodrisk", "OUTPUT", {"aep_wet", "rp_wet", "ead", "ead_fraction"}, ()),
    ("comparescenarios", "SUMMARY",
     {"field", "direction", "n_better", "n_worse", "mean_base", "mean_scenario"}, ()),
    ("comparescenarios", "OUTPUT", {"change", "change_detail"}, ()),
    ("scorecard", "OUTPUT",
     {"lens", "analysis", "indicator", "baseline", "scenario", "verdict"}, ()),
    ("preparewalknetwork", "OUTPUT",
     {"edge_id", "from_node", "to_node", "length_m", "component"}, ()),
)

COMPARISON_ANALYSES = ("comparescenarios", "scorecard")
ANALYSIS_ORDER = ("scorecard", "comparescenarios", "fifteenminutecity", "servicearea",
                  "accessibilitygrid", "supplydemand", "sdg1171", "greenspacecoverage",
                  "suggestsites", "floodextent", "floodexposure", "floodrisk", "flooddisruption",
                  "preparewalknetwork")


def detect_output(field_names, geometry="table", band_count=0):
    """(analysis, output name) of a result layer from its field names, or None.

    A single-band raster is taken as a water depth raster (``floodextent``, or any depth map
    used as a hazard)."""
    if geometry == "raster":
        return ("floodextent", "OUTPUT") if band_count == 1 else None
    names = {str(n).lower() for n in field_names}
    for analysis, output, required, prefixes in SIGNATURES:
        if not required <= names:
            continue
        if prefixes and not any(n.startswith(p) for n in names for p in prefixes):
            continue
        return analysis, output
    return None


def analysis_titles(tr=_identity):
    return {
        "fifteenminutecity": tr("15-minute city: walking access to daily services"),
        "servicearea": tr("Service areas (walking isochrones)"),
        "accessibilitygrid": tr("Accessibility heat map"),
        "supplydemand": tr("Supply and demand (two-step floating catchment)"),
        "sdg1171": tr("SDG 11.7.1: public space share and access"),
        "greenspacecoverage": tr("Park coverage and park area per resident"),
        "suggestsites": tr("Suggested sites for new public spaces"),
        "floodextent": tr("Flood extent and water depth"),
        "floodexposure": tr("Flood exposure by depth class"),
        "floodrisk": tr("Flood risk over several return periods"),
        "flooddisruption": tr("Walking access lost when streets flood"),
        "comparescenarios": tr("Baseline versus scenario"),
        "scorecard": tr("Scenario scorecard (all lenses)"),
        "preparewalknetwork": tr("Walking network"),
    }


def analysis_short_titles(tr=_identity):
    return {
        "fifteenminutecity": tr("15-minute city"), "servicearea": tr("Service areas"),
        "accessibilitygrid": tr("Accessibility"), "supplydemand": tr("Supply/demand"),
        "sdg1171": tr("SDG 11.7.1"), "greenspacecoverage": tr("Parks"),
        "suggestsites": tr("Sites"), "floodextent": tr("Flood extent"),
        "floodexposure": tr("Flood exposure"), "floodrisk": tr("Flood risk"),
        "flooddisruption": tr("Flood disruption"), "comparescenarios": tr("Scenario"),
        "scorecard": tr("Scorecard"), "preparewalknetwork": tr("Network"),
    }


def accepted_description(tr=_identity):
    """A sentence listing what the report accepts (for error messages)."""
    return tr("The report accepts the outputs of the UrbanPlan analyses (15-minute city, service "
              "areas, accessibility grid, supply and demand, SDG 11.7.1, park coverage, suggested "
              "sites, flood extent, flood exposure, flood risk, flood disruption, scenario "
              "comparison and scorecard) and the walking network, with their field names as the "
              "algorithms wrote them.")


# ------------------------------------------------------------------------------------------
# inputs and the model
# ------------------------------------------------------------------------------------------

@dataclass
class ResultItem:
    """One result layer, read into plain arrays by the QGIS glue.

    ``columns``: {field: numpy array} (float with NaN for NULL, or object with None);
    ``geometry``: point/line/polygon/table/raster; ``run``: the run record (parameters) when
    known; ``zone``: per-feature zone names (object array) when zones were given;
    ``raster``: {"depth": 1-D array of wet depths (m), "cell_area_m2", "cells", "nodata_cells"}
    for a depth raster; ``map_image``: the rendered map (set by the glue)."""

    analysis: str
    output: str
    name: str
    columns: dict = field(default_factory=dict)
    geometry: str = "table"
    count: int = 0
    run: dict = None
    source: str = ""
    crs: str = ""
    zone: object = None
    raster: dict = None
    map_image: str = ""
    map_title: str = ""
    layer_id: str = ""

    def has(self, name):
        return name in self.columns

    def col(self, name):
        return self.columns.get(name)

    def num(self, name):
        v = self.columns.get(name)
        if v is None:
            return None
        return np.asarray(v, dtype=np.float64) if v.dtype != object else _to_float(v)

    def param(self, name, default=None):
        if self.run and name in (self.run.get("parameters") or {}):
            v = self.run["parameters"][name]
            return default if v in (None, "") else v
        if self.run and name in (self.run.get("defaults") or {}):
            v = self.run["defaults"][name]
            return default if v in (None, "") else v
        return default


def _to_float(arr):
    out = np.full(len(arr), np.nan)
    for i, v in enumerate(arr):
        try:
            out[i] = float(v) if v is not None else np.nan
        except (TypeError, ValueError):
            pass
    return out


@dataclass
class Fact:
    label: str
    value: object
    fmt: str = "num"
    key: str = ""
    note: str = ""
    section: str = ""


@dataclass
class Table:
    title: str
    columns: list            # [(id, label, fmt)]
    rows: list               # [dict id -> value]
    key: str = ""            # data-key prefix: key.<row key>.<column id>
    row_key: str = ""        # column whose value names the row in data keys
    note: str = ""


@dataclass
class Chart:
    kind: str                # bars | hbars | cumulative | hist | pairs | lines
    title: str
    categories: list = field(default_factory=list)
    series: dict = field(default_factory=dict)       # name -> values
    xlabel: str = ""
    ylabel: str = ""
    threshold: float = None
    threshold_label: str = ""
    colors: dict = field(default_factory=dict)
    percent: bool = False
    image: str = ""
    name: str = ""


@dataclass
class Figure:
    image: str
    title: str
    caption: str = ""


@dataclass
class Section:
    key: str
    title: str
    intro: str = ""
    facts: list = field(default_factory=list)
    tables: list = field(default_factory=list)
    charts: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    method: str = ""
    method_full: str = ""
    parameters: list = field(default_factory=list)   # [(label, value, is_default, name)]
    presets: list = field(default_factory=list)      # [(name, source)]
    notes: list = field(default_factory=list)
    layers: list = field(default_factory=list)       # [(name, source, count, crs)]


@dataclass
class ZonePage:
    zone: str
    figures: list = field(default_factory=list)
    table: Table = None


@dataclass
class Report:
    title: str
    subtitle: str = ""
    created: str = ""
    language: str = "en"
    summary: list = field(default_factory=list)      # [Fact]
    sections: list = field(default_factory=list)
    zone_pages: list = field(default_factory=list)
    zone_table: Table = None
    software: list = field(default_factory=list)     # [(name, version)]
    attribution: list = field(default_factory=list)  # [text]
    labels: dict = field(default_factory=dict)       # fixed headings, translated

    def charts(self):
        for s in self.sections:
            yield from s.charts

    def all_tables(self):
        for s in self.sections:
            yield from s.tables
        if self.zone_table is not None:
            yield self.zone_table
        for z in self.zone_pages:
            if z.table is not None:
                yield z.table


# ------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------

def _finite(v):
    try:
        return v is not None and math.isfinite(float(v))
    except (TypeError, ValueError):
        return False


def _f(v):
    return float(v) if _finite(v) else None


def population_weights(item):
    """People per feature: the run's population field, else a 'population' field, else 1."""
    for name in (item.param("POPULATION_FIELD"), "population", "pop", "POPULATION"):
        if name and item.has(name):
            w = item.num(name)
            return np.where(np.isfinite(w), w, 0.0), name
    return np.ones(item.count), None


def _rows(item, **match):
    """Rows (dicts) of a table item whose columns equal ``match`` (None/'' count as equal)."""
    cols = item.columns
    n = item.count
    names = list(cols)
    out = []
    for i in range(n):
        ok = True
        for k, v in match.items():
            if k not in cols:
                ok = False
                break
            cell = cols[k][i]
            if v is None:
                if cell not in (None, "") and not (isinstance(cell, float) and math.isnan(cell)):
                    ok = False
                    break
            elif str(cell) != str(v):
                ok = False
                break
        if ok:
            out.append({c: _cell(cols[c][i]) for c in names})
    return out


def _cell(v):
    if isinstance(v, (np.floating, float)):
        return None if math.isnan(float(v)) else float(v)
    if isinstance(v, np.integer):
        return int(v)
    return v


def _distinct(values):
    seen = []
    for v in values:
        if v is None:
            continue
        if v not in seen:
            seen.append(v)
    return seen


def _threshold_min(item, category=None):
    """Minutes of the threshold of a walkability result (per category when a preset gives it)."""
    base = _f(item.param("THRESHOLD_MIN", 15.0)) or 15.0
    preset = item.param("PRESET")
    if category is not None and preset and preset != "none":
        try:
            from ..presets import get_preset
            from ..walk.fifteenminutecity import safe_field_names
            p = get_preset(preset)
            if p is not None:
                names = safe_field_names([r.name for r in p.rules])
                speed = _f(item.param("WALK_SPEED_KMH", 4.8)) or 4.8
                for r in p.rules:
                    if category in (r.name, names.get(r.name)):
                        limits = []
                        if r.threshold_min:
                            limits.append(r.threshold_min)
                        if r.threshold_m:
                            limits.append(r.threshold_m / (speed * 1000.0 / 60.0))
                        if limits:
                            return min(limits)
        except Exception:  # noqa: BLE001 - a missing preset only loses the per-category value
            pass
    return base


# ------------------------------------------------------------------------------------------
# section builders (one per analysis)
# ------------------------------------------------------------------------------------------

class _Builder:
    def __init__(self, tr, key, title):
        self.tr = tr
        self.section = Section(key=key, title=title)

    def fact(self, label, value, fmt="num", key="", note=""):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            value = None
        self.section.facts.append(Fact(label, value, fmt, f"{self.section.key}.{key}" if key
                                       else "", note))

    def table(self, title, columns, rows, key="", row_key="", note=""):
        if rows:
            self.section.tables.append(Table(title, columns, rows,
                                             f"{self.section.key}.{key}" if key else "",
                                             row_key, note))

    def chart(self, chart):
        if chart.categories or chart.series:
            chart.name = f"{self.section.key}_{len(self.section.charts) + 1}"
            self.section.charts.append(chart)


def _share_pct(x):
    return None if x is None else 100.0 * x


def build_fifteenminutecity(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    b.section.intro = tr("Who can walk to which daily services within the threshold, along the "
                         "street network. Shares are shares of the population of the origins.")
    cats_order = []
    if summary is not None:
        rows = _rows(summary, zone=ALL, group=ALL)
        total = rows[0]["population"] if rows else None
        b.fact(tr("Population"), total, "int", "population")
        allrow = next((r for r in rows if r["category"] == "all_categories"), None)
        anyrow = next((r for r in rows if r["category"] == "any_category"), None)
        if allrow:
            b.fact(tr("Share of people reaching every category within its threshold"),
                   _share_pct(allrow["share_within"]), "pct", "share_all")
        if anyrow:
            b.fact(tr("Share of people reaching at least one category"),
                   _share_pct(anyrow["share_within"]), "pct", "share_any")
        trows = []
        for r in rows:
            cat = r["category"]
            label = {"all_categories": tr("every category"),
                     "any_category": tr("at least one category")}.get(cat, cat)
            trows.append({"category": label, "_key": cat, "population": r["population"],
                          "population_within": r["population_within"],
                          "share_within": _share_pct(r["share_within"]),
                          "median_time": r["median_time"], "p90_time": r["p90_time"]})
            if cat not in ("all_categories", "any_category"):
                cats_order.append(cat)
        b.table(tr("People within the threshold, by category"),
                [("category", tr("Category"), "text"), ("population", tr("Population"), "int"),
                 ("population_within", tr("People within the threshold"), "int"),
                 ("share_within", tr("Share within"), "pct"),
                 ("median_time", tr("Median walk (min)"), "num1"),
                 ("p90_time", tr("90th percentile walk (min)"), "num1")],
                trows, key="category", row_key="_key")
        groups = [g for g in _distinct(summary.columns["group"]) if g != ALL]
        if groups:
            grows = []
            for cat in cats_order + ["all_categories"]:
                row = {"category": cat, "_key": cat}
                for g in [ALL] + groups:
                    r = _rows(summary, zone=ALL, group=g, category=cat)
                    row[g] = _share_pct(r[0]["share_within"]) if r else None
                grows.append(row)
            b.table(tr("Share within the threshold by population group"),
                    [("category", tr("Category"), "text"), (ALL, tr("Everyone"), "pct")]
                    + [(g, g, "pct") for g in groups], grows, key="group", row_key="_key")
            series = {}
            for g in [ALL] + groups:
                series[tr("Everyone") if g == ALL else g] = [
                    next((r[g] for r in grows if r["_key"] == c), None) for c in cats_order]
            b.chart(Chart("hbars", tr("Share of people within the threshold, by category and "
                                       "group"), cats_order, series,
                          xlabel=tr("Share within the threshold (%)"), percent=True))
        else:
            b.chart(Chart("hbars", tr("Share of people within the threshold, by category"),
                          cats_order, {tr("Everyone"): [
                              next((r["share_within"] for r in trows if r["_key"] == c), None)
                              for c in cats_order]},
                          xlabel=tr("Share within the threshold (%)"), percent=True))
        zones = [z for z in _distinct(summary.columns["zone"]) if z != ALL]
        if zones:
            zrows = []
            for z in zones:
                ra = _rows(summary, zone=z, group=ALL, category="all_categories")
                rn = _rows(summary, zone=z, group=ALL, category="any_category")
                rp = _rows(summary, zone=z, group=ALL)
                zrows.append({"zone": z, "_key": z,
                              "population": rp[0]["population"] if rp else None,
                              "share_all": _share_pct(ra[0]["share_within"]) if ra else None,
                              "share_any": _share_pct(rn[0]["share_within"]) if rn else None})
            b.table(tr("By zone"), [("zone", tr("Zone"), "text"),
                                    ("population", tr("Population"), "int"),
                                    ("share_all", tr("Every category within reach"), "pct"),
                                    ("share_any", tr("At least one category"), "pct")],
                    zrows, key="zone", row_key="_key")
    if out is not None:
        w, _ = population_weights(out)
        cats = [n[5:] for n in out.columns if n.startswith("time_")]
        if summary is None:
            b.fact(tr("Population"), float(w.sum()), "int", "population")
            rows = []
            for c in cats:
                t = out.num(f"time_{c}")
                thr = _threshold_min(out, c)
                within = np.isfinite(t) & (t <= thr)
                share = float(w[within].sum() / w.sum()) if w.sum() > 0 else None
                rows.append({"category": c, "_key": c, "threshold": thr,
                             "share_within": _share_pct(share)})
            b.table(tr("People within the threshold, by category (from the walk times)"),
                    [("category", tr("Category"), "text"),
                     ("threshold", tr("Threshold (min)"), "num1"),
                     ("share_within", tr("Share within"), "pct")], rows, key="category",
                    row_key="_key",
                    note=tr("Computed from the walk times of the origin layer with the "
                            "minute thresholds; give the SUMMARY table for the exact "
                            "indicators (metre thresholds, groups, zones)."))
        if cats:
            ok = {}
            top = 0.0
            for c in cats:
                t = out.num(f"time_{c}")
                ok[c] = t
                if np.isfinite(t).any():
                    top = max(top, float(np.nanmax(t)))
            thrs = sorted({_threshold_min(out, c) for c in cats})
            b.chart(Chart("cumulative", tr("How long people walk: share of the population within "
                                           "t minutes"), cats,
                          {c: (ok[c], w) for c in cats}, xlabel=tr("Walk time (minutes)"),
                          ylabel=tr("Share of the population (%)"),
                          threshold=[(t, tr("{t:g} min").format(t=t)) for t in thrs],
                          percent=True))
        b.fact(tr("Mean walkability score (0-100)"), _wmean(out.num("score"), w), "num1",
               "mean_score")


def _wmean(values, w):
    if values is None:
        return None
    ok = np.isfinite(values) & (w > 0)
    return float((values[ok] * w[ok]).sum() / w[ok].sum()) if ok.any() else None


def build_servicearea(b, items, tr):
    out = items[0]
    b.section.intro = tr("The area that can be reached on foot within each time band from the "
                         "facilities (isochrones).")
    lo, hi, area = out.num("band_from_min"), out.num("band_min"), out.num("area_m2")
    bands = sorted({(float(a), float(c)) for a, c in zip(lo, hi) if np.isfinite(c)},
                   key=lambda x: x[1])
    rows = []
    for a, c in bands:
        m = (hi == c) & (lo == a)
        rows.append({"band": f"{a:g}-{c:g}", "_key": f"{c:g}",
                     "area_km2": float(np.nansum(area[m])) / 1e6, "features": int(m.sum())})
    b.table(tr("Area per time band"), [("band", tr("Band (min)"), "text"),
                                       ("area_km2", tr("Area (km²)"), "num3"),
                                       ("features", tr("Polygons"), "int")], rows,
            key="band", row_key="_key")
    if rows:
        b.chart(Chart("bars", tr("Area within each time band"), [r["band"] for r in rows],
                      {tr("Area (km²)"): [r["area_km2"] for r in rows]},
                      ylabel=tr("km²")))


def build_accessibilitygrid(b, items, tr):
    out = items[0]
    b.section.intro = tr("A hexagon grid of walking access: minutes to the nearest destination, "
                         "opportunities within the threshold and gravity access.")
    snap, near = out.num("snap_m"), out.num("nearest_min")
    opp, grav = out.num("opportunities"), out.num("gravity")
    on = np.isfinite(snap)
    b.fact(tr("Cells"), out.count, "int", "cells")
    b.fact(tr("Cells whose centre is on the network"), int(on.sum()), "int", "cells_on_network")
    b.fact(tr("Mean walk to the nearest destination (min)"),
           float(np.nanmean(near)) if np.isfinite(near).any() else None, "num1", "mean_nearest")
    b.fact(tr("Mean opportunities within the threshold"),
           float(np.nanmean(opp[on])) if on.any() and np.isfinite(opp[on]).any() else None,
           "num1", "mean_opportunities")
    thr = _threshold_min(out)
    b.chart(Chart("hist", tr("Walk to the nearest destination (cells)"), [],
                  {tr("cells"): near[np.isfinite(near)]}, xlabel=tr("Walk time (minutes)"),
                  ylabel=tr("Cells"), threshold=thr,
                  threshold_label=tr("threshold {t:g} min").format(t=thr)))
    del grav


def build_supplydemand(b, items, tr):
    out = next((i for i in items if i.output == "OUTPUT"), None)
    fac = next((i for i in items if i.output == "FACILITIES_OUTPUT"), None)
    b.section.intro = tr("Supply per 1 000 residents within a walking catchment (two-step "
                         "floating catchment area, Luo & Wang 2003).")
    if out is not None:
        w, _ = population_weights(out)
        acc = out.num("access_per_1000")
        nfac = out.num("n_facilities")
        b.fact(tr("Residents"), float(w.sum()), "int", "residents")
        on = np.isfinite(acc)
        pop_on = float(w[on].sum())
        covered = on & (nfac > 0)
        b.fact(tr("Share of residents on the network with a facility in reach"),
               100.0 * float(w[covered].sum()) / pop_on if pop_on > 0 else None, "pct",
               "share_with_access")
        b.fact(tr("Population-weighted mean supply per 1 000 residents"),
               float(np.nansum(acc[on] * w[on]) / pop_on) if pop_on > 0 else None, "num3",
               "mean_access_per_1000")
        b.chart(Chart("hist", tr("Supply per 1 000 residents (origins)"), [],
                      {tr("origins"): acc[np.isfinite(acc)]}, xlabel=tr("Supply per 1 000"),
                      ylabel=tr("Origins")))
    if fac is not None:
        ratio = fac.num("ratio_per_1000")
        b.fact(tr("Facilities"), fac.count, "int", "facilities")
        b.fact(tr("Median supply-to-demand ratio per 1 000 at a facility"),
               float(np.nanmedian(ratio)) if np.isfinite(ratio).any() else None, "num3",
               "median_ratio")


def build_sdg1171(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    b.section.intro = tr("SDG indicator 11.7.1 as UN-Habitat defines it: (a) the share of the "
                         "built-up area that is open space for public use (open public space and "
                         "streets) and (b) the share of the population within 400 m walking "
                         "distance of an open public space.")
    if summary is not None:
        rows = _rows(summary, zone=ALL, group=ALL)
        if rows:
            r = rows[0]
            b.fact(tr("Population"), r["population"], "int", "population")
            b.fact(tr("Population within walking distance of an open public space"),
                   r["pop_within_pct"], "pct", "pop_within_pct")
            b.fact(tr("Built-up area (km²)"), (r["builtup_m2"] or 0) / 1e6
                   if r["builtup_m2"] is not None else None, "num3", "builtup_km2")
            b.fact(tr("Open space share of the built-up area"), r["open_space_share_pct"], "pct",
                   "open_space_share_pct")
            b.fact(tr("Street share of the built-up area"), r["street_share_pct"], "pct",
                   "street_share_pct")
            b.fact(tr("Public space share of the built-up area (11.7.1 a)"),
                   r["public_space_share_pct"], "pct", "public_space_share_pct")
            b.fact(tr("Median walking distance to an open space (m)"), r["median_dist_m"],
                   "int", "median_dist_m")
        groups = [g for g in _distinct(summary.columns["group"]) if g != ALL]
        zones = [z for z in _distinct(summary.columns["zone"]) if z != ALL]
        if groups:
            grows = []
            for g in [ALL] + groups:
                r = _rows(summary, zone=ALL, group=g)
                if r:
                    grows.append({"group": tr("Everyone") if g == ALL else g, "_key": g,
                                  "population": r[0]["population"],
                                  "pop_within": r[0]["pop_within"],
                                  "pop_within_pct": r[0]["pop_within_pct"]})
            b.table(tr("Access by population group (11.7.1 b, disaggregated)"),
                    [("group", tr("Group"), "text"), ("population", tr("Population"), "int"),
                     ("pop_within", tr("Within walking distance"), "int"),
                     ("pop_within_pct", tr("Share within"), "pct")], grows, key="group",
                    row_key="_key")
            b.chart(Chart("hbars", tr("Share of people within walking distance of an open "
                                       "public space, by group"), [r["group"] for r in grows],
                          {tr("Share within"): [r["pop_within_pct"] for r in grows]},
                          xlabel=tr("Share within (%)"), percent=True))
        if zones:
            zrows = []
            for z in zones:
                r = _rows(summary, zone=z, group=ALL)
                if r:
                    zrows.append({"zone": z, "_key": z, "population": r[0]["population"],
                                  "pop_within_pct": r[0]["pop_within_pct"],
                                  "public_space_share_pct": r[0]["public_space_share_pct"]})
            b.table(tr("By zone"), [("zone", tr("Zone"), "text"),
                                    ("population", tr("Population"), "int"),
                                    ("pop_within_pct", tr("Share within walking distance"), "pct"),
                                    ("public_space_share_pct", tr("Public space share"), "pct")],
                    zrows, key="zone", row_key="_key")
            if not groups:
                b.chart(Chart("hbars", tr("Share of people within walking distance of an open "
                                           "public space, by zone"),
                              [r["zone"] for r in zrows],
                              {tr("Share within"): [r["pop_within_pct"] for r in zrows]},
                              xlabel=tr("Share within (%)"), percent=True))
    if out is not None:
        w, _ = population_weights(out)
        d = out.num("dist_open_space_m")
        within = out.num("within")
        if summary is None:
            b.fact(tr("Population"), float(w.sum()), "int", "population")
            b.fact(tr("Population within walking distance of an open public space"),
                   100.0 * float(w[within == 1].sum() / w.sum()) if w.sum() > 0 else None,
                   "pct", "pop_within_pct")
        dist = _f(out.param("DISTANCE_M", 400.0)) or 400.0
        b.chart(Chart("cumulative", tr("Walking distance to the nearest open public space"),
                      [tr("Everyone")], {tr("Everyone"): (d, w)},
                      xlabel=tr("Walking distance (m)"), ylabel=tr("Share of the population (%)"),
                      threshold=dist, threshold_label=tr("{d:g} m").format(d=dist), percent=True))


def build_greenspacecoverage(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    under = next((i for i in items if i.output == "UNDERSERVED"), None)
    b.section.intro = tr("Which residents have a park of each size class within its service "
                         "distance along the streets, and how much park area there is per "
                         "resident.")
    if summary is not None:
        rows = _rows(summary, zone=ALL, group=ALL)
        classes = [c[4:] for c in summary.columns if c.startswith("pop_")
                   and c not in ("pop_covered_any", "pop_uncovered", "pop_unreachable")]
        if rows:
            r = rows[0]
            tot = r["population"]
            b.fact(tr("Population"), tot, "int", "population")
            b.fact(tr("People covered by a park of some class"),
                   100.0 * r["pop_covered_any"] / tot if tot else None, "pct", "pop_covered_pct")
            b.fact(tr("People not covered"), r["share_uncovered_pct"], "pct",
                   "share_uncovered_pct")
            b.fact(tr("Park area per resident (m²)"), r["park_m2_per_resident"], "num1",
                   "park_m2_per_resident")
            crow = [{"cls": c, "_key": c, "people": r.get(f"pop_{c}"),
                     "share": 100.0 * r[f"pop_{c}"] / tot if tot and r.get(f"pop_{c}") is not None
                     else None} for c in classes]
            b.table(tr("People covered, by park class"),
                    [("cls", tr("Park class"), "text"), ("people", tr("People covered"), "int"),
                     ("share", tr("Share"), "pct")], crow, key="class", row_key="_key")
            b.chart(Chart("hbars", tr("Share of people covered, by park class"),
                          [c["cls"] for c in crow], {tr("Share"): [c["share"] for c in crow]},
                          xlabel=tr("Share covered (%)"), percent=True))
        zones = [z for z in _distinct(summary.columns["zone"]) if z != ALL]
        if zones:
            zrows = []
            for z in zones:
                r = _rows(summary, zone=z, group=ALL)
                if r:
                    tot = r[0]["population"]
                    zrows.append({"zone": z, "_key": z, "population": tot,
                                  "covered_pct": 100.0 * r[0]["pop_covered_any"] / tot if tot
                                  else None,
                                  "park_m2_per_resident": r[0]["park_m2_per_resident"]})
            b.table(tr("By zone"), [("zone", tr("Zone"), "text"),
                                    ("population", tr("Population"), "int"),
                                    ("covered_pct", tr("Covered"), "pct"),
                                    ("park_m2_per_resident", tr("Park m² per resident"), "num1")],
                    zrows, key="zone", row_key="_key")
    elif out is not None:
        w, _ = population_weights(out)
        cov = out.num("covered")
        b.fact(tr("Population"), float(w.sum()), "int", "population")
        b.fact(tr("People covered by a park of some class"),
               100.0 * float(w[cov == 1].sum() / w.sum()) if w.sum() > 0 else None, "pct",
               "pop_covered_pct")
    if under is not None:
        w, _ = population_weights(under)
        b.fact(tr("Underserved origins"), under.count, "int", "underserved")


def build_suggestsites(b, items, tr):
    out = items[0]
    b.section.intro = tr("Sites ranked by how many people not yet within walking distance each "
                         "would serve (greedy maximal covering).")
    rank = out.num("rank")
    order = np.argsort(rank)
    rows = []
    for i in order:
        rows.append({"rank": int(rank[i]), "_key": str(int(rank[i])),
                     "marginal_gain": _f(out.num("marginal_gain")[i]),
                     "cumulative_covered": _f(out.num("cumulative_covered")[i]),
                     "cumulative_share": _f(out.num("cumulative_share")[i])})
    b.table(tr("Suggested sites"), [("rank", tr("Rank"), "int"),
                                    ("marginal_gain", tr("People newly within reach"), "int"),
                                    ("cumulative_covered", tr("People added, cumulative"), "int"),
                                    ("cumulative_share", tr("Share within reach after this site"),
                                     "pct")], rows, key="site", row_key="_key")
    if rows:
        b.chart(Chart("bars", tr("People newly within reach, by site"),
                      [str(r["rank"]) for r in rows],
                      {tr("People"): [r["marginal_gain"] for r in rows]},
                      xlabel=tr("Site (rank)"), ylabel=tr("People")))


def build_floodextent(b, items, tr):
    b.section.intro = tr("Water depth in metres; cells without water are dry.")
    for it in items:
        r = it.raster or {}
        depth = np.asarray(r.get("depth", []), dtype=np.float64)
        area = float(r.get("cell_area_m2", 0.0))
        wet = depth[np.isfinite(depth) & (depth > 0)]
        sfx = f"{it.name}." if len(items) > 1 else ""
        b.fact(tr("Flooded area (ha)") + (f" — {it.name}" if len(items) > 1 else ""),
               len(wet) * area / 1e4 if area else None, "num1", sfx + "flooded_ha")
        b.fact(tr("Maximum water depth (m)") + (f" — {it.name}" if len(items) > 1 else ""),
               float(wet.max()) if len(wet) else None, "num2", sfx + "max_depth_m")
        b.fact(tr("Water volume (m³)") + (f" — {it.name}" if len(items) > 1 else ""),
               float(wet.sum() * area) if area else None, "int", sfx + "volume_m3")
        if len(wet):
            b.chart(Chart("hist", tr("Flooded area by water depth") + (f" — {it.name}"
                                                                      if len(items) > 1 else ""),
                          [], {tr("cells"): wet}, xlabel=tr("Water depth (m)"),
                          ylabel=tr("Cells")))


def build_floodexposure(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    b.section.intro = tr("What sits in water how deep: features, people and road length per "
                         "depth class.")
    if summary is not None:
        rows = [r for r in _rows(summary, zone=ALL, group=ALL)]
        classes = _distinct([r["depth_class"] for r in rows])
        agg = []
        for c in classes:
            rs = [r for r in rows if r["depth_class"] == c]
            pop = [r["population"] for r in rs if r["population"] is not None]
            disp = [r["displaced"] for r in rs if r["displaced"] is not None]
            km = [r["road_km"] for r in rs if r["road_km"] is not None]
            agg.append({"depth_class": c, "_key": c, "count": sum(r["count"] or 0 for r in rs),
                        "population": sum(pop) if pop else None,
                        "displaced": sum(disp) if disp else None,
                        "road_km": sum(km) if km else None})
        cols = [("depth_class", tr("Depth class"), "text"), ("count", tr("Features"), "int")]
        if any(a["population"] is not None for a in agg):
            cols += [("population", tr("People"), "int"), ("displaced", tr("Displaced"), "int")]
        if any(a["road_km"] is not None for a in agg):
            cols += [("road_km", tr("Road length (km)"), "num2")]
        b.table(tr("Exposure by depth class"), cols, agg, key="class", row_key="_key")
        exposed = [a for a in agg if a["depth_class"] not in ("not_exposed", "outside_hazard")]
        b.fact(tr("Features in a flood class"), sum(a["count"] for a in exposed), "int",
               "exposed_count")
        if any(a["population"] is not None for a in exposed):
            b.fact(tr("People exposed"), sum(a["population"] or 0 for a in exposed), "int",
                   "exposed_population")
            b.fact(tr("People displaced (estimate)"), sum(a["displaced"] or 0 for a in exposed),
                   "int", "displaced")
        if any(a["road_km"] is not None for a in exposed):
            b.fact(tr("Flooded road length (km)"), sum(a["road_km"] or 0 for a in exposed),
                   "num2", "road_km")
        series = {tr("Features"): [a["count"] for a in exposed]}
        if any(a["population"] is not None for a in exposed):
            series = {tr("People"): [a["population"] for a in exposed]}
        if exposed:
            b.chart(Chart("bars", tr("Exposure by depth class"),
                          [a["depth_class"] for a in exposed], series,
                          ylabel=next(iter(series)), colors={"_ramp": "Blues"}))
        groups = [g for g in _distinct(summary.columns["group"]) if g != ALL]
        if groups:
            grows = []
            for g in groups:
                rs = [r for r in _rows(summary, zone=ALL, group=g)
                      if r["depth_class"] not in ("not_exposed", "outside_hazard")]
                grows.append({"group": g, "_key": g,
                              "population": sum(r["population"] or 0 for r in rs)})
            b.table(tr("People exposed by group"), [("group", tr("Group"), "text"),
                                                    ("population", tr("People exposed"), "int")],
                    grows, key="group", row_key="_key")
        zones = [z for z in _distinct(summary.columns["zone"]) if z != ALL]
        if zones:
            zrows = []
            for z in zones:
                rs = [r for r in _rows(summary, zone=z, group=ALL)
                      if r["depth_class"] not in ("not_exposed", "outside_hazard")]
                pops = [r["population"] for r in rs if r["population"] is not None]
                zrows.append({"zone": z, "_key": z, "count": sum(r["count"] or 0 for r in rs),
                              "population": sum(pops) if pops else None})
            b.table(tr("Exposure by zone"), [("zone", tr("Zone"), "text"),
                                             ("count", tr("Features in a flood class"), "int"),
                                             ("population", tr("People exposed"), "int")],
                    zrows, key="zone", row_key="_key")
    elif out is not None:
        exposed = out.num("exposed")
        b.fact(tr("Features in a flood class"), int(np.nansum(exposed == 1)), "int",
               "exposed_count")
        if out.has("pop_exposed"):
            b.fact(tr("People exposed"), float(np.nansum(out.num("pop_exposed"))), "int",
                   "exposed_population")
        cls = out.col("depth_class")
        names = [c for c in _distinct(cls) if c not in ("not_exposed", "outside_hazard")]
        counts = [int(sum(1 for v in cls if v == c)) for c in names]
        if names:
            b.chart(Chart("bars", tr("Exposure by depth class"), names,
                          {tr("Features"): counts}, ylabel=tr("Features"),
                          colors={"_ramp": "Blues"}))
    if out is not None:
        d = out.num("depth_m")
        if d is not None and np.isfinite(d).any():
            b.fact(tr("Deepest water at a feature (m)"), float(np.nanmax(d)), "num2",
                   "max_depth_m")


def build_floodrisk(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    b.section.intro = tr("Several return periods combined into the annual chance of getting wet "
                         "and the expected annual damage (EAD) per feature.")
    if summary is not None:
        rows = _rows(summary, zone=ALL)
        if rows:
            r = rows[0]
            b.fact(tr("Features analysed"), r["features"], "int", "features")
            b.fact(tr("Features wet in at least one event"), r["wet_any"], "int", "wet_any")
            b.fact(tr("Expected annual damage"), r["ead"], "num0", "ead")
            tags = [c[7:] for c in summary.columns if c.startswith("damage_")]
            if tags:
                trows = [{"event": t, "_key": t, "wet": r.get(f"wet_{t}"),
                          "damage": r.get(f"damage_{t}")} for t in tags]
                b.table(tr("Damage per event"), [("event", tr("Event"), "text"),
                                                 ("wet", tr("Features wet"), "int"),
                                                 ("damage", tr("Damage"), "num0")], trows,
                        key="event", row_key="_key")
                b.chart(Chart("bars", tr("Damage per event"), tags,
                              {tr("Damage"): [t["damage"] for t in trows]},
                              ylabel=tr("Damage"), colors={"_ramp": "Reds"}))
    elif out is not None:
        b.fact(tr("Features analysed"), out.count, "int", "features")
        b.fact(tr("Expected annual damage"), float(np.nansum(out.num("ead"))), "num0", "ead")


def build_flooddisruption(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    fac = next((i for i in items if i.output == "FACILITIES"), None)
    edges = next((i for i in items if i.output == "EDGES"), None)
    b.section.intro = tr("Walking access before and after the flood closes the streets deeper "
                         "than the walking limit.")
    if summary is not None:
        rows = [r for r in _rows(summary, group=ALL)]
        trows = []
        for r in rows:
            trows.append({"category": r["category"], "_key": r["category"],
                          "before": r["pop_within_before"], "after": r["pop_within_after"],
                          "lost": r["pop_lost_access"], "share_lost": _share_pct(r["share_lost"])})
        b.table(tr("People within the threshold before and after the flood"),
                [("category", tr("Category"), "text"), ("before", tr("Before"), "int"),
                 ("after", tr("After"), "int"), ("lost", tr("Lose access"), "int"),
                 ("share_lost", tr("Share losing access"), "pct")], trows, key="category",
                row_key="_key")
        cats = [t for t in trows if not str(t["category"]).startswith("(")]
        if cats:
            b.chart(Chart("pairs", tr("People within the threshold: before and after the flood"),
                          [t["category"] for t in cats],
                          {tr("Before"): [t["before"] for t in cats],
                           tr("After"): [t["after"] for t in cats]}, ylabel=tr("People"),
                          colors={tr("Before"): "#9ecae1", tr("After"): "#b2182b"}))
    if out is not None:
        w, _ = population_weights(out)
        lost = out.num("lost_any")
        b.fact(tr("People losing access to at least one category"),
               float(w[lost == 1].sum()), "int", "pop_lost_access")
        b.fact(tr("Origins losing access"), int(np.nansum(lost == 1)), "int",
               "origins_lost_access")
    if fac is not None:
        b.fact(tr("Facilities cut off"), int(np.nansum(fac.num("cut_off") == 1)), "int",
               "facilities_cut_off")
    if edges is not None:
        imp = edges.num("impassable") == 1
        b.fact(tr("Impassable streets (km)"), float(np.nansum(edges.num("length_m")[imp])) / 1e3,
               "num2", "km_flooded")


def build_comparescenarios(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    b.section.intro = tr("The same analysis run on the baseline and on the scenario, feature by "
                         "feature: what gets better (blue) and what gets worse (red).")
    if out is not None:
        change = out.col("change")
        counts = {k: int(sum(1 for v in change if v == k))
                  for k in ("better", "worse", "mixed", "same", "no_data")}
        labels = {"better": tr("Better"), "worse": tr("Worse"), "mixed": tr("Mixed"),
                  "same": tr("No change"), "no_data": tr("No data")}
        for k, v in counts.items():
            b.fact(tr("Features: {what}").format(what=labels[k]), v, "int", f"n_{k}")
        b.chart(Chart("bars", tr("Features better and worse off"),
                      [labels[k] for k in counts], {tr("Features"): list(counts.values())},
                      ylabel=tr("Features"),
                      colors={"_list": ["#2166ac", "#b2182b", "#c2a5cf", "#d9d9d9", "#f7f7f7"]}))
    if summary is not None:
        rows = _rows(summary)
        trows = [{"field": r["field"], "_key": r["field"], "mean_base": r["mean_base"],
                  "mean_scenario": r["mean_scenario"], "mean_delta": r["mean_delta"],
                  "n_better": r["n_better"], "n_worse": r["n_worse"],
                  "pop_weighted_delta": r.get("pop_weighted_delta")} for r in rows]
        cols = [("field", tr("Field"), "text"), ("mean_base", tr("Baseline (mean)"), "num2"),
                ("mean_scenario", tr("Scenario (mean)"), "num2"),
                ("mean_delta", tr("Change (mean)"), "num2"),
                ("n_better", tr("Better"), "int"), ("n_worse", tr("Worse"), "int")]
        if any(t["pop_weighted_delta"] is not None for t in trows):
            cols.append(("pop_weighted_delta", tr("Population-weighted change"), "num2"))
        b.table(tr("Baseline versus scenario, per field"), cols, trows, key="field",
                row_key="_key")
        shown = [t for t in trows if t["mean_base"] is not None
                 and t["mean_scenario"] is not None and (t["n_better"] or t["n_worse"])][:12]
        if shown:
            b.chart(Chart("pairs", tr("Baseline versus scenario (means)"),
                          [t["field"] for t in shown],
                          {tr("Baseline"): [t["mean_base"] for t in shown],
                           tr("Scenario"): [t["mean_scenario"] for t in shown]},
                          colors={tr("Baseline"): "#bdbdbd", tr("Scenario"): "#2166ac"}))


def build_scorecard(b, items, tr):
    out = items[0]
    b.section.intro = tr("One scenario through every lens: each indicator for the baseline and "
                         "the scenario, and whether the scenario is better or worse.")
    verdicts = {"better": tr("better"), "worse": tr("worse"), "same": tr("same")}
    rows = []
    scenario = out.param("SCENARIO")
    if isinstance(scenario, str) and scenario:
        b.section.intro += " " + tr("Scenario: {s}.").format(s=scenario)
    counted = {"better": 0, "worse": 0, "same": 0}
    for r in _rows(out):
        if r["baseline"] is None and r["scenario"] is None:
            continue
        if r.get("verdict") in counted:
            counted[r["verdict"]] += 1
        rows.append({"label": r.get("label") or r.get("indicator"), "_key": r["indicator"],
                     "lens": r.get("lens"), "baseline": r["baseline"],
                     "scenario": r["scenario"], "change": r["change"],
                     "pct_change": r.get("pct_change"),
                     "verdict": verdicts.get(r.get("verdict"), r.get("verdict") or ""),
                     "_verdict": r.get("verdict")})
    b.fact(tr("Indicators better in the scenario"), counted["better"], "int", "n_better")
    b.fact(tr("Indicators worse in the scenario"), counted["worse"], "int", "n_worse")
    b.fact(tr("Indicators unchanged"), counted["same"], "int", "n_same")
    b.table(tr("Scorecard"), [("lens", tr("Lens"), "text"), ("label", tr("Indicator"), "text"),
                              ("baseline", tr("Baseline"), "num2"),
                              ("scenario", tr("Scenario"), "num2"),
                              ("change", tr("Change"), "num2"),
                              ("pct_change", tr("Change (%)"), "num1"),
                              ("verdict", tr("Verdict"), "text")], rows, key="indicator",
            row_key="_key")
    shown = [r for r in rows if r["baseline"] is not None and r["scenario"] is not None][:12]
    if shown:
        b.chart(Chart("pairs", tr("Baseline versus scenario, per indicator"),
                      [r["label"] for r in shown],
                      {tr("Baseline"): [r["baseline"] for r in shown],
                       tr("Scenario"): [r["scenario"] for r in shown]},
                      colors={tr("Baseline"): "#bdbdbd", tr("Scenario"): "#2166ac",
                              "_verdicts": [r["_verdict"] for r in shown]}))


def build_preparewalknetwork(b, items, tr):
    out = items[0]
    b.section.intro = tr("The walking network every analysis walks along.")
    length = out.num("length_m")
    comp = out.num("component")
    b.fact(tr("Street segments (edges)"), out.count, "int", "edges")
    b.fact(tr("Total length (km)"), float(np.nansum(length)) / 1e3, "num1", "length_km")
    b.fact(tr("Connected pieces"), len(set(comp[np.isfinite(comp)].tolist())), "int",
           "components")
    tot = float(np.nansum(length))
    b.fact(tr("Share of the length in the largest piece"),
           100.0 * float(np.nansum(length[comp == 0])) / tot if tot > 0 else None, "pct",
           "largest_share")


BUILDERS = {
    "fifteenminutecity": build_fifteenminutecity,
    "servicearea": build_servicearea,
    "accessibilitygrid": build_accessibilitygrid,
    "supplydemand": build_supplydemand,
    "sdg1171": build_sdg1171,
    "greenspacecoverage": build_greenspacecoverage,
    "suggestsites": build_suggestsites,
    "floodextent": build_floodextent,
    "floodexposure": build_floodexposure,
    "floodrisk": build_floodrisk,
    "flooddisruption": build_flooddisruption,
    "comparescenarios": build_comparescenarios,
    "scorecard": build_scorecard,
    "preparewalknetwork": build_preparewalknetwork,
}

# the output whose map stands for the analysis (first present wins)
MAP_OUTPUTS = {
    "flooddisruption": ("OUTPUT", "EDGES", "FACILITIES"),
    "greenspacecoverage": ("OUTPUT", "UNDERSERVED"),
    "supplydemand": ("OUTPUT", "FACILITIES_OUTPUT"),
    "sdg1171": ("OUTPUT",),
}


# ------------------------------------------------------------------------------------------
# per-zone indicators from per-feature results
# ------------------------------------------------------------------------------------------

def zone_indicators(item, tr=_identity):
    """[(column id, label, fmt, function(mask) -> value)] for one per-feature result, or []."""
    a, o = item.analysis, item.output
    w, _ = population_weights(item)

    def share(flag):
        def f(m):
            tot = float(w[m].sum())
            return 100.0 * float(w[m & flag].sum()) / tot if tot > 0 else None
        return f

    def total(values):
        def f(m):
            return float(np.nansum(values[m]))
        return f

    def mean(values):
        def f(m):
            v = values[m]
            return float(np.nanmean(v)) if np.isfinite(v).any() else None
        return f

    def count(m):
        return int(m.sum())

    if a == "fifteenminutecity" and o == "OUTPUT":
        k = len([n for n in item.columns if n.startswith("time_")])
        nw = item.num("n_within")
        return [("population", tr("Population"), "int", total(w)),
                ("share_all", tr("Every category within reach"), "pct", share(nw >= k)),
                ("score", tr("Mean score"), "num1", lambda m: _wmean(item.num("score")[m], w[m]))]
    if a == "sdg1171" and o == "OUTPUT":
        return [("population", tr("Population"), "int", total(w)),
                ("within_pct", tr("Within walking distance of open space"), "pct",
                 share(item.num("within") == 1))]
    if a == "greenspacecoverage" and o == "OUTPUT":
        return [("population", tr("Population"), "int", total(w)),
                ("covered_pct", tr("Covered by a park"), "pct", share(item.num("covered") == 1))]
    if a == "floodexposure" and o == "OUTPUT":
        ind = [("exposed", tr("Features in a flood class"), "int",
                lambda m: int(np.nansum(item.num("exposed")[m] == 1)))]
        if item.has("pop_exposed"):
            ind.append(("pop_exposed", tr("People exposed"), "int",
                        total(item.num("pop_exposed"))))
        return ind
    if a == "flooddisruption" and o == "OUTPUT":
        return [("population", tr("Population"), "int", total(w)),
                ("lost", tr("People losing access"), "int",
                 lambda m: float(w[m & (item.num("lost_any") == 1)].sum()))]
    if a == "accessibilitygrid":
        return [("cells", tr("Cells"), "int", count),
                ("nearest", tr("Mean walk to the nearest destination (min)"), "num1",
                 mean(item.num("nearest_min")))]
    if a == "supplydemand" and o == "OUTPUT":
        return [("population", tr("Residents"), "int", total(w)),
                ("access", tr("Mean supply per 1 000"), "num3",
                 lambda m: _wmean(item.num("access_per_1000")[m], w[m]))]
    if a == "floodrisk" and o == "OUTPUT":
        return [("features", tr("Features"), "int", count),
                ("ead", tr("Expected annual damage"), "num0", total(item.num("ead")))]
    if a == "comparescenarios" and o == "OUTPUT":
        ch = item.col("change")
        return [("better", tr("Better"), "int",
                 lambda m: int(sum(1 for v in ch[m] if v == "better"))),
                ("worse", tr("Worse"), "int",
                 lambda m: int(sum(1 for v in ch[m] if v == "worse")))]
    return []


def build_zone_tables(items, zone_names, tr=_identity):
    """(overview Table over all zones, {zone: Table}) from the per-feature results that carry a
    ``zone`` array."""
    titles = analysis_short_titles(tr)
    columns = [("zone", tr("Zone"), "text")]
    funcs = []
    zoned = [it for it in items if it.zone is not None and it.geometry not in ("table", "raster")
             and zone_indicators(it, tr)]
    repeated = {a for a in (it.analysis for it in zoned)
                if sum(1 for x in zoned if x.analysis == a) > 1}
    for it in zoned:
        for cid, label, fmt, fn in zone_indicators(it, tr):
            col = f"{it.analysis}.{it.output}.{cid}"
            title = titles.get(it.analysis, it.analysis)
            if it.analysis in repeated:
                col = f"{it.analysis}.{it.name}.{cid}"
                title = f"{title} ({it.name})"
            columns.append((col, f"{title}: {label}", fmt))
            funcs.append((col, it, fn))
    if not funcs:
        return None, {}
    rows = []
    per_zone = {}
    for z in zone_names:
        row = {"zone": z, "_key": z}
        for col, it, fn in funcs:
            m = np.array([v == z for v in it.zone], dtype=bool)
            row[col] = fn(m) if m.any() else None
        rows.append(row)
        per_zone[z] = Table(tr("Indicators in {zone}").format(zone=z),
                            [("indicator", tr("Indicator"), "text"),
                             ("value", tr("Value"), "fmt")],
                            [{"indicator": label, "_key": col, "value": row[col], "_fmt": fmt}
                             for col, label, fmt in columns[1:]],
                            key=f"zone.{z}", row_key="_key")
    overview = Table(tr("Indicators by zone"), columns, rows, key="zones", row_key="_key")
    return overview, per_zone


# ------------------------------------------------------------------------------------------
# the report
# ------------------------------------------------------------------------------------------

def group_items(items):
    """[(analysis, [items of one run])]: items of the same analysis and run record together;
    without run records, one OUTPUT and its tables (SUMMARY ...) form one group."""
    by_analysis = {}
    for it in items:
        by_analysis.setdefault(it.analysis, []).append(it)
    groups = []
    for analysis in sorted(by_analysis, key=lambda a: (ANALYSIS_ORDER.index(a)
                                                        if a in ANALYSIS_ORDER else 99)):
        its = by_analysis[analysis]
        runs = {}
        loose = []
        for it in its:
            key = None
            if it.run and it.run.get("time"):
                key = (it.run.get("time"), repr(sorted((it.run.get("parameters") or {}).items(),
                                                       key=lambda kv: kv[0])))
            if key is None:
                loose.append(it)
            else:
                runs.setdefault(key, []).append(it)
        for members in runs.values():
            groups.append((analysis, members))
        if analysis == "floodextent":
            if loose:
                groups.append((analysis, loose))
            continue
        # loose items: pair by output name (one of each output per group)
        while loose:
            group, used = [], set()
            for it in list(loose):
                if it.output not in used:
                    group.append(it)
                    used.add(it.output)
                    loose.remove(it)
            groups.append((analysis, group))
    return groups


def build_report(items, tr=_identity, title="", subtitle="", created="", language="en",
                 comparison=(), zone_names=None, zone_figures=None, methods=None,
                 parameter_labels=None, software=(), attribution=(), preset_sources=None):
    """The :class:`Report` for result items (and comparison items).

    ``methods``: {analysis: (short description, full help)} (translated); ``parameter_labels``:
    {analysis: {parameter: label}}; ``preset_sources``: function(item) -> [(name, source)];
    ``zone_figures``: {zone: [Figure]} (atlas pages)."""
    items = list(comparison) + list(items)
    if not items:
        raise UrbanPlanError(tr("No result to report on: give at least one result layer."))
    titles = analysis_titles(tr)
    report = Report(title=title or tr("UrbanPlan report"), subtitle=subtitle, created=created,
                    language=language, software=list(software), attribution=list(attribution))
    report.labels = {
        "summary": tr("Summary"), "contents": tr("Contents"), "method": tr("Method"),
        "parameters": tr("Parameters of the run"),
        "methods_full": tr("Methods in full"), "analysis": tr("Analysis"),
        "indicator": tr("Indicator"), "presets": tr("Presets and their sources"),
        "layers": tr("Result layers"), "software": tr("Software and data versions"),
        "attribution": tr("Data sources and attribution"), "zones": tr("Zones"),
        "parameter": tr("Parameter"), "value": tr("Value"), "default": tr("(default)"),
        "name": tr("Name"), "version": tr("Version"), "source": tr("Source"),
        "features": tr("Features"), "crs": tr("CRS"), "created": tr("Created"),
        "page": tr("Page {n} of {m}"), "unknown_run": tr(
            "The parameters of this run are not known: the layer was not made in this QGIS "
            "session or loaded from Processing into this project. Keep the Processing log "
            "(History) to document the run."),
        "generated": tr("Made with UrbanPlan for QGIS"),
    }
    groups = group_items(items)
    counts = {}
    for analysis, _ in groups:
        counts[analysis] = counts.get(analysis, 0) + 1
    seen = {}
    for analysis, members in groups:
        seen[analysis] = seen.get(analysis, 0) + 1
        key = analysis if counts[analysis] == 1 else f"{analysis}{seen[analysis]}"
        stitle = titles.get(analysis, analysis)
        if counts[analysis] > 1:
            named = next((m.param("SCENARIO") for m in members
                          if analysis == "scorecard" and isinstance(m.param("SCENARIO"), str)
                          and m.param("SCENARIO")), None)
            stitle += f" — {named or members[0].name}"
        b = _Builder(tr, key, stitle)
        try:
            BUILDERS[analysis](b, members, tr)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise UrbanPlanError(tr(
                "The results of '{a}' ({n}) could not be read: {e}. Give the layers and "
                "tables as the analysis wrote them (were columns renamed or edited?).").format(
                a=stitle, n=", ".join(m.name for m in members), e=exc)) from None
        sec = b.section
        # maps: the main output first
        order = MAP_OUTPUTS.get(analysis, ("OUTPUT",))
        for out in order + tuple(sorted({m.output for m in members} - set(order))):
            for m in members:
                if m.output == out and m.map_image:
                    sec.figures.append(Figure(m.map_image, m.map_title or m.name))
        run = next((m.run for m in members if m.run), None)
        if methods and analysis in methods:
            short, full = methods[analysis]
            sec.method, sec.method_full = short, full
        if run:
            labels = (parameter_labels or {}).get(analysis, {})
            defaults = run.get("defaults") or {}
            for pname, value in (run.get("parameters") or {}).items():
                is_default = pname in defaults and _same(value, defaults[pname])
                sec.parameters.append((labels.get(pname, pname), _param_text(value),
                                       is_default, pname))
        else:
            sec.notes.append(report.labels["unknown_run"])
        if preset_sources is not None:
            for m in members:
                for p in preset_sources(m):
                    if p not in sec.presets:
                        sec.presets.append(p)
        for m in members:
            sec.layers.append((m.name, m.source, m.count, m.crs))
        report.sections.append(sec)
        for f in sec.facts[:3]:
            report.summary.append(Fact(f.label, f.value, f.fmt, f.key, section=stitle))
    if zone_names:
        report.zone_table, per_zone = build_zone_tables(items, zone_names, tr)
        for z in zone_names:
            figs = list((zone_figures or {}).get(z) or [])
            table = per_zone.get(z)
            if figs or table is not None:
                report.zone_pages.append(ZonePage(z, figs, table))
    return report


def _same(a, b):
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


def _param_text(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        if "layer" in value:
            return f"{value['layer']} ({value.get('source', '')})"
        return ", ".join(f"{k}={_param_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_param_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# ------------------------------------------------------------------------------------------
# numbers as text
# ------------------------------------------------------------------------------------------

def format_value(value, fmt):
    """Readable text of a value: int (thousands separated), num0..num3, pct (a percentage
    0-100), text. None/NaN -> '–'."""
    if fmt == "text":
        return "" if value is None else str(value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if fmt == "int":
        return f"{v:,.0f}"
    if fmt == "pct":
        return f"{v:.1f}%"
    if fmt.startswith("num") and fmt[3:].isdigit():
        return f"{v:,.{int(fmt[3:])}f}"
    return f"{v:,.4g}"


# ------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------

CSS = """
body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, 'Microsoft YaHei', 'WenQuanYi Micro Hei',
       sans-serif; font-size: 10.5pt; color: #222; max-width: 60em; margin: 2em auto;
       padding: 0 1em; line-height: 1.4; }
h1 { font-size: 20pt; color: #16365c; margin-bottom: 0.1em; }
h2 { font-size: 15pt; color: #16365c; border-bottom: 2px solid #16365c; padding-bottom: 2px;
     margin-top: 1.6em; }
h3 { font-size: 12pt; color: #16365c; margin-top: 1.1em; }
p.subtitle { font-size: 12pt; color: #555; margin-top: 0; }
p.meta, p.note, p.caption { color: #555; font-size: 9pt; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
table.maps td { border: none; vertical-align: top; }
th { background: #dce6f1; text-align: left; padding: 3px 6px; border: 1px solid #b8c7da;
     font-weight: bold; }
td { padding: 3px 6px; border: 1px solid #d0d7e1; }
td.num { text-align: right; white-space: nowrap; }
table.facts td.value { font-weight: bold; text-align: right; white-space: nowrap; }
div.figure { margin: 0.6em 0 1em 0; }
img { max-width: 100%; }
pre.method { white-space: pre-wrap; font-family: inherit; font-size: 9pt; color: #333;
             background: #f6f8fa; padding: 6px; border: 1px solid #e1e4e8; }
"""


def _esc(text):
    return html.escape("" if text is None else str(text))


def _attr(value):
    if value is None:
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if math.isnan(v) else repr(v)


def _table_html(t, qt=False):
    out = []
    attrs = ' cellspacing="0" cellpadding="4" border="1"' if qt else ""
    if t.title:
        out.append(f"<h3>{_esc(t.title)}</h3>")
    out.append(f'<table class="data"{attrs}><tr>'
               + "".join(f"<th>{_esc(label)}</th>" for _, label, _ in t.columns) + "</tr>")
    for row in t.rows:
        rk = row.get(t.row_key) if t.row_key else None
        cells = []
        for cid, _, fmt in t.columns:
            v = row.get(cid)
            f = row.get("_fmt", "num") if fmt == "fmt" else fmt
            if f == "text":
                cells.append(f"<td>{_esc(v)}</td>")
                continue
            key = f"{t.key}.{rk}.{cid}" if t.key and rk is not None else ""
            data = (f' data-key="{_esc(key)}" data-value="{_attr(v)}"' if key else "")
            align = ' align="right"' if qt else ""
            cells.append(f'<td class="num"{align}{data}>{_esc(format_value(v, f))}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    if t.note:
        out.append(f'<p class="note">{_esc(t.note)}</p>')
    return "\n".join(out)


def _facts_html(facts, qt=False, with_section=False):
    if not facts:
        return ""
    attrs = ' cellspacing="0" cellpadding="4" border="1"' if qt else ""
    rows = []
    last = None
    for f in facts:
        data = f' data-key="{_esc(f.key)}" data-value="{_attr(f.value)}"' if f.key else ""
        align = ' align="right"' if qt else ""
        head = ""
        if with_section:
            head = f"<td>{_esc(f.section) if f.section != last else ''}</td>"
            last = f.section
        rows.append(f"<tr>{head}<td>{_esc(f.label)}</td><td class=\"value\"{align}{data}><b>"
                    f"{_esc(format_value(f.value, f.fmt))}</b></td></tr>")
    return f'<table class="facts"{attrs}>' + "".join(rows) + "</table>"


def render_html(report, image_src=None, qt=False, page_breaks=False):
    """The report as one HTML document.

    ``image_src(path) -> str`` gives the ``src`` of an image (a data URI for a self-contained
    file, a resource name for Qt); ``qt`` writes the attributes QTextDocument understands;
    ``page_breaks``: each section, zone page and appendix starts a new page (for the PDF; the
    break is a style of the heading itself, so no empty paragraph can spill onto a blank page)."""
    brk = ' style="page-break-before: always"' if page_breaks else ""
    image_src = image_src or (lambda p: p)
    L = report.labels
    h = [f'<!DOCTYPE html>\n<html lang="{_esc(report.language)}"><head><meta charset="utf-8">'
         f"<title>{_esc(report.title)}</title><style>{CSS}</style></head><body>"]
    h.append(f"<h1>{_esc(report.title)}</h1>")
    if report.subtitle:
        h.append(f'<p class="subtitle">{_esc(report.subtitle)}</p>')
    h.append(f'<p class="meta">{_esc(L["created"])}: {_esc(report.created)} · '
             f'{_esc(L["generated"])}</p>')
    if report.summary:
        h.append(f'<h2>{_esc(L["summary"])}</h2>')
        h.append(_facts_html(report.summary, qt, with_section=True))
    h.append(f'<h3>{_esc(L["contents"])}</h3><ol>')
    for s in report.sections:
        h.append(f'<li><a href="#{_esc(s.key)}">{_esc(s.title)}</a></li>')
    if report.zone_pages or report.zone_table is not None:
        h.append(f'<li><a href="#zones">{_esc(L["zones"])}</a></li>')
    if any(s.method_full for s in report.sections):
        h.append(f'<li><a href="#methods">{_esc(L["methods_full"])}</a></li>')
    h.append(f'<li><a href="#software">{_esc(L["software"])}</a></li></ol>')
    for s in report.sections:
        h.append(f'<h2 id="{_esc(s.key)}"{brk}><a name="{_esc(s.key)}"></a>{_esc(s.title)}</h2>')
        if s.intro:
            h.append(f"<p>{_esc(s.intro)}</p>")
        h.append(_facts_html(s.facts, qt))
        for fig in s.figures:
            h.append(f'<div class="figure"><img src="{_esc(image_src(fig.image))}" '
                     f'alt="{_esc(fig.title)}"{_qt_width(qt, 1.0, fig.image)}>'
                     f'<p class="caption">{_esc(fig.title)}</p></div>')
        for t in s.tables:
            h.append(_table_html(t, qt))
        for c in s.charts:
            if c.image:
                h.append(f'<div class="figure"><img src="{_esc(image_src(c.image))}" '
                         f'alt="{_esc(c.title)}"{_qt_width(qt, 0.85, c.image)}></div>')
        for n in s.notes:
            h.append(f'<p class="note">{_esc(n)}</p>')
        if s.method:
            more = (f' <a href="#method_{_esc(s.key)}">{_esc(L["methods_full"])}</a>'
                    if s.method_full else "")
            h.append(f'<h3>{_esc(L["method"])}</h3><p>{_esc(s.method)}{more}</p>')
        if s.parameters:
            h.append(f'<h3>{_esc(L["parameters"])}</h3>')
            attrs = ' cellspacing="0" cellpadding="3" border="1"' if qt else ""
            h.append(f'<table class="params"{attrs}><tr><th>{_esc(L["parameter"])}</th>'
                     f'<th>{_esc(L["value"])}</th></tr>')
            for label, value, is_default, pname in s.parameters:
                mark = f' <span class="note">{_esc(L["default"])}</span>' if is_default else ""
                h.append(f'<tr><td>{_esc(label)} <code>{_esc(pname)}</code></td>'
                         f'<td>{_esc(value)}{mark}</td></tr>')
            h.append("</table>")
        if s.presets:
            h.append(f'<h3>{_esc(L["presets"])}</h3><ul>')
            for name, source in s.presets:
                h.append(f"<li><b>{_esc(name)}</b>: {_esc(source)}</li>")
            h.append("</ul>")
        if s.layers:
            h.append(f'<h3>{_esc(L["layers"])}</h3><ul>')
            for name, source, count, crs in s.layers:
                h.append(f'<li>{_esc(name)} — {_esc(L["features"])}: {count:,}'
                         + (f", {_esc(L['crs'])}: {_esc(crs)}" if crs else "")
                         + f'<br><span class="note">{_esc(source)}</span></li>')
            h.append("</ul>")
    if report.zone_table is not None or report.zone_pages:
        h.append(f'<h2 id="zones"{brk}><a name="zones"></a>{_esc(L["zones"])}</h2>')
        if report.zone_table is not None:
            h.append(_table_html(report.zone_table, qt))
        for zp in report.zone_pages:
            h.append(f"<h3{brk}>{_esc(zp.zone)}</h3>")
            # maps first: a long indicator table then breaks across pages on its own, where a
            # map row that does not fit would leave the rest of the page empty
            if zp.figures:
                h.append('<table class="maps" cellspacing="0" cellpadding="2" border="0">')
                for k in range(0, len(zp.figures), 2):
                    cells = []
                    for fig in zp.figures[k:k + 2]:
                        w = (_qt_width(qt, 0.48, fig.image) if qt else ' style="width: 100%"')
                        cells.append(f'<td width="50%"><img src="{_esc(image_src(fig.image))}" '
                                     f'alt="{_esc(fig.title)}"{w}></td>')
                    h.append("<tr>" + "".join(cells) + "</tr>")
                h.append("</table>")
            if zp.table is not None:
                t = Table("", zp.table.columns, zp.table.rows, zp.table.key, zp.table.row_key)
                h.append(_table_html(t, qt))
    fulls = [s for s in report.sections if s.method_full]
    if fulls:
        h.append(f'<h2 id="methods"{brk}><a name="methods"></a>{_esc(L["methods_full"])}</h2>')
        done = set()
        for s in fulls:
            if s.method_full in done:
                continue
            done.add(s.method_full)
            h.append(f'<h3 id="method_{_esc(s.key)}"><a name="method_{_esc(s.key)}"></a>'
                     f'{_esc(s.title)}</h3><pre class="method">{_esc(s.method_full)}</pre>')
    h.append(f'<h2 id="software"{brk}><a name="software"></a>{_esc(L["software"])}</h2>')
    attrs = ' cellspacing="0" cellpadding="3" border="1"' if qt else ""
    h.append(f'<table{attrs}><tr><th>{_esc(L["name"])}</th><th>{_esc(L["version"])}</th></tr>')
    for name, version in report.software:
        h.append(f"<tr><td>{_esc(name)}</td><td>{_esc(version)}</td></tr>")
    h.append("</table>")
    if report.attribution:
        h.append(f'<h3>{_esc(L["attribution"])}</h3>')
        for a in report.attribution:
            h.append(f'<p class="note">{_esc(a)}</p>')
    h.append("</body></html>")
    return "\n".join(x for x in h if x)


QT_TEXT_WIDTH_PX = 680
"""Width (px) of the text column the PDF lays the HTML out in (A4, 96 dpi, ~15 mm margins)."""


def _qt_width(qt, share, path=None):
    """width (and height, from the PNG header) attributes for Qt's text engine, which otherwise
    reserves the unscaled height of an image in a table row."""
    if not qt:
        return ""
    w = int(QT_TEXT_WIDTH_PX * share)
    size = _png_size(path) if path else None
    if size and size[0] > 0:
        return f' width="{w}" height="{int(round(w * size[1] / size[0]))}"'
    return f' width="{w}"'


def _png_size(path):
    """(width, height) of a PNG file from its header, or None."""
    import struct
    try:
        with open(path, "rb") as fh:
            head = fh.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def data_uri(path):
    """A data: URI embedding a PNG (or JPEG) file, for a self-contained HTML file."""
    import base64
    ext = os.path.splitext(path)[1].lower()
    mime = "image/jpeg" if ext in (".jpg", ".jpeg") else "image/png"
    with open(path, "rb") as fh:
        return f"data:{mime};base64," + base64.b64encode(fh.read()).decode("ascii")
