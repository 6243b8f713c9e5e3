"""One section builder per analysis: the facts, tables and charts a report shows for it."""
import math

import numpy as np

from .model import ALL, Chart, Fact, Section, Table

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
    from ..common.errors import UrbanPlanError
    from ..network.build import DEFAULT_WALK_SPEED_KMH
    from ..presets import get_preset
    from ..walk.fifteenminutecity import DEFAULT_THRESHOLD_MIN, category_threshold_min
    base = _f(item.param("THRESHOLD_MIN", DEFAULT_THRESHOLD_MIN)) or DEFAULT_THRESHOLD_MIN
    preset = item.param("PRESET")
    if category is None or not preset or preset == "none":
        return base
    speed = _f(item.param("WALK_SPEED_KMH", DEFAULT_WALK_SPEED_KMH)) or DEFAULT_WALK_SPEED_KMH
    try:
        minutes = category_threshold_min(get_preset(preset).rules, category, speed)
    except UrbanPlanError:  # a preset no longer shipped (or unreadable): the run's threshold
        return base
    return base if minutes is None else minutes


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
