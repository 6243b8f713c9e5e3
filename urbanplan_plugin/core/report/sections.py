"""One section builder per analysis: the facts, tables and charts a report shows for it."""
import math

import numpy as np

from .. import schema as S
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


def _rows(item, match=None):
    """Rows (dicts) of a table item whose columns equal ``match`` {column: value} (None/''
    count as equal)."""
    match = match or {}
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
        rows = _rows(summary, {S.ZONE: ALL, S.POP_GROUP: ALL})
        total = rows[0][S.POPULATION] if rows else None
        b.fact(tr("Population"), total, "int", "population")
        combined = (S.ALL_CATEGORIES, S.ANY_CATEGORY)
        allrow = next((r for r in rows if r[S.CATEGORY] == S.ALL_CATEGORIES), None)
        anyrow = next((r for r in rows if r[S.CATEGORY] == S.ANY_CATEGORY), None)
        if allrow:
            b.fact(tr("Share of people reaching every category within its threshold"),
                   allrow[S.POP_WITHIN_PCT], "pct", "share_all")
        if anyrow:
            b.fact(tr("Share of people reaching at least one category"),
                   anyrow[S.POP_WITHIN_PCT], "pct", "share_any")
        trows = []
        for r in rows:
            cat = r[S.CATEGORY]
            label = {S.ALL_CATEGORIES: tr("every category"),
                     S.ANY_CATEGORY: tr("at least one category")}.get(cat, cat)
            trows.append({S.CATEGORY: label, "_key": cat, S.POPULATION: r[S.POPULATION],
                          S.POP_WITHIN: r[S.POP_WITHIN],
                          S.POP_WITHIN_PCT: r[S.POP_WITHIN_PCT],
                          S.MEDIAN_TIME_MIN: r[S.MEDIAN_TIME_MIN],
                          S.P90_TIME_MIN: r[S.P90_TIME_MIN]})
            if cat not in combined:
                cats_order.append(cat)
        b.table(tr("People within the threshold, by category"),
                [(S.CATEGORY, tr("Category"), "text"), (S.POPULATION, tr("Population"), "int"),
                 (S.POP_WITHIN, tr("People within the threshold"), "int"),
                 (S.POP_WITHIN_PCT, tr("Share within"), "pct"),
                 (S.MEDIAN_TIME_MIN, tr("Median walk (min)"), "num1"),
                 (S.P90_TIME_MIN, tr("90th percentile walk (min)"), "num1")],
                trows, key="category", row_key="_key")
        groups = [g for g in _distinct(summary.columns[S.POP_GROUP]) if g != ALL]
        if groups:
            build_group_access(b, summary, out, cats_order, groups, tr)
        else:
            b.chart(Chart("hbars", tr("Share of people within the threshold, by category"),
                          cats_order, {tr("Everyone"): [
                              next((r[S.POP_WITHIN_PCT] for r in trows if r["_key"] == c),
                                   None) for c in cats_order]},
                          xlabel=tr("Share within the threshold (%)"), percent=True))
        zones = [z for z in _distinct(summary.columns[S.ZONE]) if z != ALL]
        if zones:
            zrows = []
            for z in zones:
                zone = {S.ZONE: z, S.POP_GROUP: ALL}
                ra = _rows(summary, {**zone, S.CATEGORY: S.ALL_CATEGORIES})
                rn = _rows(summary, {**zone, S.CATEGORY: S.ANY_CATEGORY})
                rp = _rows(summary, zone)
                zrows.append({S.ZONE: z, "_key": z,
                              S.POPULATION: rp[0][S.POPULATION] if rp else None,
                              "share_all": ra[0][S.POP_WITHIN_PCT] if ra else None,
                              "share_any": rn[0][S.POP_WITHIN_PCT] if rn else None})
            b.table(tr("By zone"), [(S.ZONE, tr("Zone"), "text"),
                                    (S.POPULATION, tr("Population"), "int"),
                                    ("share_all", tr("Every category within reach"), "pct"),
                                    ("share_any", tr("At least one category"), "pct")],
                    zrows, key="zone", row_key="_key")
    if out is not None:
        w, _ = population_weights(out)
        # time_<cat>_<group>_min of GROUP_PROFILES are a group's own times (with its
        # within_<cat>_<group> flag), not categories: the group tables above show them
        times = {c: f for c, f in S.matching(out.columns, S.TIME_CAT_MIN).items()
                 if S.fill(S.WITHIN_CAT_GROUP, c) not in out.columns}
        cats = list(times)
        if summary is None:
            b.fact(tr("Population"), float(w.sum()), "int", "population")
            rows = []
            for c in cats:
                t = out.num(times[c])
                thr = _threshold_min(out, c)
                within = np.isfinite(t) & (t <= thr)
                share = float(w[within].sum() / w.sum()) if w.sum() > 0 else None
                rows.append({S.CATEGORY: c, "_key": c, "threshold": thr,
                             S.POP_WITHIN_PCT: _share_pct(share)})
            b.table(tr("People within the threshold, by category (from the walk times)"),
                    [(S.CATEGORY, tr("Category"), "text"),
                     ("threshold", tr("Threshold (min)"), "num1"),
                     (S.POP_WITHIN_PCT, tr("Share within"), "pct")], rows, key="category",
                    row_key="_key",
                    note=tr("Computed from the walk times of the origin layer with the "
                            "minute thresholds; give the SUMMARY table for the exact "
                            "indicators (metre thresholds, groups, zones)."))
        if cats:
            ok = {}
            top = 0.0
            for c in cats:
                t = out.num(times[c])
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
        b.fact(tr("Mean walkability score (0-100)"), _wmean(out.num(S.SCORE), w), "num1",
               "mean_score")


def _schema_label(name, tr, analysis="fifteenminutecity", output="SUMMARY"):
    """The translated label core.schema gives a column."""
    col = S.column(analysis, output, name)
    return tr(col.label) if col is not None and col.label else name


def _group_speeds(text):
    """{group: km/h} of a GROUP_SPEEDS text ('elderly=3.6; children=4'); bad entries left out
    (the run refused them already)."""
    import re
    out = {}
    for item in re.split(r"[;,]", str(text or "")):
        parts = re.split(r"[=:]", item, maxsplit=1)
        if len(parts) == 2:
            v = _f(parts[1].strip())
            if v is not None and v > 0:
                out[parts[0].strip()] = v
    return out


def group_travel(item, groups, tr):
    """How each group of a 15-minute city run travelled: {group (``all`` for everyone):
    (profile id, profile label, flat speed in km/h)} from the run's PROFILE, WALK_SPEED_KMH,
    GROUP_PROFILES and GROUP_SPEEDS; {} when the run is not known (a layer loaded from a file
    without its run record) or its profiles cannot be read."""
    if item is None or not item.run:
        return {}
    from ..common.errors import UrbanPlanError
    from ..walk.profiles import DEFAULT_PROFILE, load_profiles, parse_group_profiles
    try:
        known = load_profiles()
    except UrbanPlanError:
        return {}
    pid = str(item.param("PROFILE", DEFAULT_PROFILE))
    if pid.isdigit() and int(pid) < len(known):      # an option number (older models)
        pid = list(known)[int(pid)]
    if pid not in known:
        return {}

    def entry(prof_id, speed=None):
        prof = known[prof_id]
        if speed is None:
            speed = prof.flat_speed_kmh
            if prof_id == DEFAULT_PROFILE:
                speed = _f(item.param("WALK_SPEED_KMH", speed)) or speed
        return prof_id, tr(prof.label), float(speed)

    out = {ALL: entry(pid)}
    try:
        per_group = parse_group_profiles(item.param("GROUP_PROFILES", ""), None, known)
    except UrbanPlanError:
        per_group = {}
    speeds = _group_speeds(item.param("GROUP_SPEEDS", ""))
    for g in groups:
        if g in per_group:
            out[g] = entry(per_group[g])
        elif g in speeds:
            out[g] = entry(pid, speeds[g])
        else:
            out[g] = out[ALL]
    return out


def travel_named(item, groups, tr):
    """(travel, named): how each group travelled (:func:`group_travel`) and whether the
    report should name it -- the groups travelled differently (GROUP_PROFILES, GROUP_SPEEDS),
    or everyone with a profile other than walking, or on a terrain model."""
    travel = group_travel(item, groups, tr)
    dem = item.param("DEM") if item is not None else None
    named = bool(travel) and (
        any(travel[g] != travel[ALL] for g in groups) or travel[ALL][0] != "walk"
        or bool(dem))
    return travel, named


def group_rows_with_profiles(summary, out, groups, rows, columns, tr, own_pattern):
    """The group table of a lens whose summary has a row per population group (sdg1171,
    greenspacecoverage, flooddisruption): ``rows`` (one per group, everyone first, each with
    its group in ``_key``) and ``columns`` (the group's column first) with a column naming
    each group's travel profile when the groups travelled differently, and the table's note.
    ``own_pattern``: the schema pattern of the per-feature field a group with its own profile
    gets (``within_<group>``), to say so when the run (and so the profile) is not known."""
    item = next((i for i in (summary, out) if i is not None and i.run), summary)
    travel, named = travel_named(item, groups, tr)
    note = ""
    if named:
        for r in rows:
            entry = travel.get(r["_key"])
            r["profile"] = entry[1] if entry else None
        columns = columns[:1] + [("profile", tr("Travel profile"), "text")] + columns[1:]
        if any(travel[g] != travel[ALL] for g in groups):
            note = tr("Each group counted with its own travel profile (GROUP_PROFILES).")
    own = [g for g in groups if out is not None and S.fill(own_pattern, g) in out.columns]
    if own and not travel:
        note = tr("Groups with their own travel profile (GROUP_PROFILES): {groups}; which "
                  "profile is not known, as the run was not made in this QGIS session.").format(
            groups=", ".join(own))
    return rows, columns, note, (travel if named else {})


def _group_heading(row, travel, tr):
    """A group's name in a chart, with its travel profile when the report names them."""
    entry = travel.get(row["_key"]) if travel else None
    if entry is None:
        return row[S.POP_GROUP]
    return tr("{group} · {profile}").format(group=row[S.POP_GROUP], profile=entry[1])


def build_group_access(b, summary, out, cats, groups, tr):
    """Access by population group, side by side: one column per group (everyone first) and a
    row per category, the share within the threshold and the median walk time; when the
    groups travelled differently (GROUP_PROFILES, GROUP_SPEEDS, a profile other than walking,
    a terrain model) each column names its travel profile and a table says who travels how,
    with speeds and population."""
    item = next((i for i in (summary, out) if i is not None and i.run), summary)
    travel, named = travel_named(item, groups, tr)
    dem = item.param("DEM") if item is not None else None
    keys = [ALL] + groups

    def heading(g):
        who = tr("Everyone") if g == ALL else g
        if not named:
            return who
        return tr("{group} · {profile}").format(group=who, profile=travel[g][1])

    cat_rows = cats + [S.ALL_CATEGORIES]
    cat_label = {S.ALL_CATEGORIES: tr("every category")}
    share_rows, time_rows = [], []
    for cat in cat_rows:
        srow = {S.CATEGORY: cat_label.get(cat, cat), "_key": cat}
        trow = {S.CATEGORY: cat_label.get(cat, cat), "_key": cat}
        for g in keys:
            r = _rows(summary, {S.ZONE: ALL, S.POP_GROUP: g, S.CATEGORY: cat})
            srow[g] = r[0][S.POP_WITHIN_PCT] if r else None
            trow[g] = r[0][S.MEDIAN_TIME_MIN] if r else None
        share_rows.append(srow)
        time_rows.append(trow)
    share_label = _schema_label(S.POP_WITHIN_PCT, tr)
    time_label = _schema_label(S.MEDIAN_TIME_MIN, tr)
    category = _schema_label(S.CATEGORY, tr)
    if named:
        pops = {}
        for g in keys:
            r = _rows(summary, {S.ZONE: ALL, S.POP_GROUP: g})
            pops[g] = r[0][S.POPULATION] if r else None
        rows = [{S.POP_GROUP: tr("Everyone") if g == ALL else g, "_key": g,
                 "profile": travel[g][1], "profile_id": travel[g][0],
                 "speed_kmh": travel[g][2], S.POPULATION: pops[g]} for g in keys]
        note = ""
        if dem:
            import os
            name = (dem.get("layer") or dem.get("source")) if isinstance(dem, dict) else dem
            note = tr("Slopes from the terrain model {dem}: uphill takes longer (Tobler's "
                      "hiking function), and a wheelchair cannot pass streets steeper than "
                      "1:12.").format(dem=os.path.basename(str(name)))
        b.table(tr("Access by population group: who travels how"),
                [(S.POP_GROUP, _schema_label(S.POP_GROUP, tr), "text"),
                 ("profile", tr("Travel profile"), "text"),
                 ("profile_id", tr("Profile id"), "text"),
                 ("speed_kmh", tr("Speed on flat ground (km/h)"), "num2"),
                 (S.POPULATION, _schema_label(S.POPULATION, tr), "int")],
                rows, key="travel", row_key="_key", note=note)
    note = tr("{label}: each group with its own travel profile.").format(
        label=share_label) if named else ""
    own = [g for g in groups if out is not None and any(
        S.fill(S.WITHIN_CAT_GROUP, f"{c}_{g}") in out.columns for c in cats)]
    if own and not travel:
        note = tr("Groups with their own travel profile (GROUP_PROFILES): {groups}; which "
                  "profile is not known, as the run was not made in this QGIS session.").format(
            groups=", ".join(own))
    b.table(tr("Share within the threshold by population group"),
            [(S.CATEGORY, category, "text")] + [(g, heading(g), "pct") for g in keys],
            share_rows, key="group", row_key="_key", note=note)
    b.table(tr("Median walk time by population group (min)"),
            [(S.CATEGORY, category, "text")] + [(g, heading(g), "num1") for g in keys],
            time_rows, key="group_time", row_key="_key",
            note=tr("{label} of the people of the group who reach the category within the "
                    "search horizon.").format(label=time_label))
    series = {heading(g): [next((r[g] for r in share_rows if r["_key"] == c), None)
                           for c in cats] for g in keys}
    b.chart(Chart("hbars", tr("Share of people within the threshold, by category and "
                              "group"), cats, series, xlabel=share_label, percent=True))
    times = {heading(g): [next((r[g] for r in time_rows if r["_key"] == c), None)
                          for c in cats] for g in keys}
    if named and any(v is not None for vs in times.values() for v in vs):
        b.chart(Chart("hbars", tr("Median walk time, by category and group"), cats, times,
                      xlabel=time_label))


def _wmean(values, w):
    if values is None:
        return None
    ok = np.isfinite(values) & (w > 0)
    return float((values[ok] * w[ok]).sum() / w[ok].sum()) if ok.any() else None


def build_servicearea(b, items, tr):
    out = items[0]
    b.section.intro = tr("The area that can be reached on foot within each time band from the "
                         "facilities (isochrones).")
    lo, hi, area = out.num(S.BAND_FROM_MIN), out.num(S.BAND_MIN), out.num(S.AREA_M2)
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
    snap, near = out.num(S.SNAP_M), out.num(S.NEAREST_MIN)
    opp, grav = out.num(S.OPPORTUNITIES), out.num(S.GRAVITY)
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
        acc = out.num(S.ACCESS_PER_1000)
        nfac = out.num(S.N_FACILITIES)
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
        ratio = fac.num(S.RATIO_PER_1000)
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
        rows = _rows(summary, {S.ZONE: ALL, S.POP_GROUP: ALL})
        if rows:
            r = rows[0]
            b.fact(tr("Population"), r[S.POPULATION], "int", "population")
            b.fact(tr("Population within walking distance of an open public space"),
                   r[S.POP_WITHIN_PCT], "pct", "pop_within_pct")
            b.fact(tr("Built-up area (km²)"), (r[S.BUILTUP_M2] or 0) / 1e6
                   if r[S.BUILTUP_M2] is not None else None, "num3", "builtup_km2")
            b.fact(tr("Open space share of the built-up area"), r[S.OPEN_SPACE_SHARE_PCT],
                   "pct", "open_space_share_pct")
            b.fact(tr("Street share of the built-up area"), r[S.STREET_SHARE_PCT], "pct",
                   "street_share_pct")
            b.fact(tr("Public space share of the built-up area (11.7.1 a)"),
                   r[S.PUBLIC_SPACE_SHARE_PCT], "pct", "public_space_share_pct")
            b.fact(tr("Median walking distance to an open space (m)"), r[S.MEDIAN_DIST_M],
                   "int", "median_dist_m")
        groups = [g for g in _distinct(summary.columns[S.POP_GROUP]) if g != ALL]
        zones = [z for z in _distinct(summary.columns[S.ZONE]) if z != ALL]
        if groups:
            grows = []
            for g in [ALL] + groups:
                r = _rows(summary, {S.ZONE: ALL, S.POP_GROUP: g})
                if r:
                    grows.append({S.POP_GROUP: tr("Everyone") if g == ALL else g, "_key": g,
                                  S.POPULATION: r[0][S.POPULATION],
                                  S.POP_WITHIN: r[0][S.POP_WITHIN],
                                  S.POP_WITHIN_PCT: r[0][S.POP_WITHIN_PCT],
                                  S.MEDIAN_DIST_M: r[0][S.MEDIAN_DIST_M]})
            grows, gcols, note, travel = group_rows_with_profiles(
                summary, out, groups, grows,
                [(S.POP_GROUP, tr("Group"), "text"), (S.POPULATION, tr("Population"), "int"),
                 (S.POP_WITHIN, tr("Within walking distance"), "int"),
                 (S.POP_WITHIN_PCT, tr("Share within"), "pct"),
                 (S.MEDIAN_DIST_M, tr("Median walking distance (m)"), "int")], tr,
                S.WITHIN_GROUP)
            b.table(tr("Access by population group (11.7.1 b, disaggregated)"), gcols, grows,
                    key="group", row_key="_key", note=note)
            b.chart(Chart("hbars", tr("Share of people within walking distance of an open "
                                       "public space, by group"),
                          [_group_heading(r, travel, tr) for r in grows],
                          {tr("Share within"): [r[S.POP_WITHIN_PCT] for r in grows]},
                          xlabel=tr("Share within (%)"), percent=True))
        if zones:
            zrows = []
            for z in zones:
                r = _rows(summary, {S.ZONE: z, S.POP_GROUP: ALL})
                if r:
                    zrows.append({S.ZONE: z, "_key": z, S.POPULATION: r[0][S.POPULATION],
                                  S.POP_WITHIN_PCT: r[0][S.POP_WITHIN_PCT],
                                  S.PUBLIC_SPACE_SHARE_PCT: r[0][S.PUBLIC_SPACE_SHARE_PCT]})
            b.table(tr("By zone"), [(S.ZONE, tr("Zone"), "text"),
                                    (S.POPULATION, tr("Population"), "int"),
                                    (S.POP_WITHIN_PCT, tr("Share within walking distance"),
                                     "pct"),
                                    (S.PUBLIC_SPACE_SHARE_PCT, tr("Public space share"), "pct")],
                    zrows, key="zone", row_key="_key")
            if not groups:
                b.chart(Chart("hbars", tr("Share of people within walking distance of an open "
                                           "public space, by zone"),
                              [r[S.ZONE] for r in zrows],
                              {tr("Share within"): [r[S.POP_WITHIN_PCT] for r in zrows]},
                              xlabel=tr("Share within (%)"), percent=True))
    if out is not None:
        w, _ = population_weights(out)
        d = out.num(S.DIST_OPEN_SPACE_M)
        within = out.num(S.WITHIN)
        if summary is None:
            b.fact(tr("Population"), float(w.sum()), "int", "population")
            b.fact(tr("Population within walking distance of an open public space"),
                   100.0 * float(w[within == 1].sum() / w.sum()) if w.sum() > 0 else None,
                   "pct", "pop_within_pct")
        dist = _f(out.param("DISTANCE_M", 400.0)) or 400.0
        series = {tr("Everyone"): (d, w)}
        # groups with their own travel profile: their own distances, weighted by their people
        for g, field in S.matching(out.columns, S.DIST_OPEN_SPACE_GROUP_M).items():
            if out.has(g):
                gw = out.num(g)
                series[g] = (out.num(field), np.where(np.isfinite(gw), gw, 0.0))
        b.chart(Chart("cumulative", tr("Walking distance to the nearest open public space"),
                      list(series), series,
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
        rows = _rows(summary, {S.ZONE: ALL, S.POP_GROUP: ALL})
        classes = S.pattern_values(summary.columns, summary.analysis, summary.output,
                                   S.POP_COV_CLASS)
        if rows:
            r = rows[0]
            tot = r[S.POPULATION]
            b.fact(tr("Population"), tot, "int", "population")
            b.fact(tr("People covered by a park of some class"),
                   100.0 * r[S.POP_COVERED_ANY] / tot if tot else None, "pct", "pop_covered_pct")
            b.fact(tr("People not covered"), r[S.POP_UNCOVERED_PCT], "pct",
                   S.POP_UNCOVERED_PCT)
            b.fact(tr("Park area per resident (m²)"), r[S.PARK_M2_PER_RESIDENT], "num1",
                   "park_m2_per_resident")
            crow = [{"cls": c, "_key": c, "people": r.get(f),
                     "share": 100.0 * r[f] / tot if tot and r.get(f) is not None
                     else None} for c, f in classes.items()]
            b.table(tr("People covered, by park class"),
                    [("cls", tr("Park class"), "text"), ("people", tr("People covered"), "int"),
                     ("share", tr("Share"), "pct")], crow, key="class", row_key="_key")
            b.chart(Chart("hbars", tr("Share of people covered, by park class"),
                          [c["cls"] for c in crow], {tr("Share"): [c["share"] for c in crow]},
                          xlabel=tr("Share covered (%)"), percent=True))
        groups = [g for g in _distinct(summary.columns[S.POP_GROUP]) if g != ALL]
        if groups and rows:
            grows = []
            for g in [ALL] + groups:
                r = _rows(summary, {S.ZONE: ALL, S.POP_GROUP: g})
                if not r:
                    continue
                r = r[0]
                t = r[S.POPULATION]
                row = {S.POP_GROUP: tr("Everyone") if g == ALL else g, "_key": g,
                       S.POPULATION: t,
                       "covered_pct": 100.0 * r[S.POP_COVERED_ANY] / t if t else None}
                for f in classes.values():
                    row[f] = 100.0 * r[f] / t if t and r.get(f) is not None else None
                grows.append(row)
            grows, gcols, note, travel = group_rows_with_profiles(
                summary, out, groups, grows,
                [(S.POP_GROUP, tr("Group"), "text"), (S.POPULATION, tr("Population"), "int"),
                 ("covered_pct", tr("Covered by some class"), "pct")]
                + [(f, tr("Covered: {c}").format(c=c), "pct") for c, f in classes.items()],
                tr, S.COVERED_GROUP)
            b.table(tr("Coverage by population group"), gcols, grows, key="group",
                    row_key="_key", note=note)
            b.chart(Chart("hbars", tr("Share of people covered by a park, by group"),
                          [_group_heading(r, travel, tr) for r in grows],
                          {tr("Covered"): [r["covered_pct"] for r in grows]},
                          xlabel=tr("Share covered (%)"), percent=True))
        zones = [z for z in _distinct(summary.columns[S.ZONE]) if z != ALL]
        if zones:
            zrows = []
            for z in zones:
                r = _rows(summary, {S.ZONE: z, S.POP_GROUP: ALL})
                if r:
                    tot = r[0][S.POPULATION]
                    zrows.append({S.ZONE: z, "_key": z, S.POPULATION: tot,
                                  "covered_pct": 100.0 * r[0][S.POP_COVERED_ANY] / tot if tot
                                  else None,
                                  S.PARK_M2_PER_RESIDENT: r[0][S.PARK_M2_PER_RESIDENT]})
            b.table(tr("By zone"), [(S.ZONE, tr("Zone"), "text"),
                                    (S.POPULATION, tr("Population"), "int"),
                                    ("covered_pct", tr("Covered"), "pct"),
                                    (S.PARK_M2_PER_RESIDENT, tr("Park m² per resident"),
                                     "num1")],
                    zrows, key="zone", row_key="_key")
    elif out is not None:
        w, _ = population_weights(out)
        cov = out.num(S.COVERED)
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
    rank = out.num(S.RANK)
    order = np.argsort(rank)
    rows = []
    for i in order:
        rows.append({S.RANK: int(rank[i]), "_key": str(int(rank[i])),
                     S.MARGINAL_GAIN: _f(out.num(S.MARGINAL_GAIN)[i]),
                     S.CUMULATIVE_COVERED: _f(out.num(S.CUMULATIVE_COVERED)[i]),
                     S.CUMULATIVE_SHARE_PCT: _f(out.num(S.CUMULATIVE_SHARE_PCT)[i])})
    b.table(tr("Suggested sites"), [(S.RANK, tr("Rank"), "int"),
                                    (S.MARGINAL_GAIN, tr("People newly within reach"), "int"),
                                    (S.CUMULATIVE_COVERED, tr("People added, cumulative"), "int"),
                                    (S.CUMULATIVE_SHARE_PCT,
                                     tr("Share within reach after this site"), "pct")],
            rows, key="site", row_key="_key")
    if rows:
        b.chart(Chart("bars", tr("People newly within reach, by site"),
                      [str(r[S.RANK]) for r in rows],
                      {tr("People"): [r[S.MARGINAL_GAIN] for r in rows]},
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
    dry = (S.NOT_EXPOSED, S.OUTSIDE_HAZARD)
    if summary is not None:
        rows = [r for r in _rows(summary, {S.ZONE: ALL, S.POP_GROUP: ALL})]
        classes = _distinct([r[S.DEPTH_CLASS] for r in rows])
        agg = []
        for c in classes:
            rs = [r for r in rows if r[S.DEPTH_CLASS] == c]
            pop = [r[S.POPULATION] for r in rs if r[S.POPULATION] is not None]
            disp = [r[S.DISPLACED] for r in rs if r[S.DISPLACED] is not None]
            km = [r[S.ROAD_KM] for r in rs if r[S.ROAD_KM] is not None]
            agg.append({S.DEPTH_CLASS: c, "_key": c,
                        S.FEATURES: sum(r[S.FEATURES] or 0 for r in rs),
                        S.POPULATION: sum(pop) if pop else None,
                        S.DISPLACED: sum(disp) if disp else None,
                        S.ROAD_KM: sum(km) if km else None})
        cols = [(S.DEPTH_CLASS, tr("Depth class"), "text"), (S.FEATURES, tr("Features"), "int")]
        if any(a[S.POPULATION] is not None for a in agg):
            cols += [(S.POPULATION, tr("People"), "int"), (S.DISPLACED, tr("Displaced"), "int")]
        if any(a[S.ROAD_KM] is not None for a in agg):
            cols += [(S.ROAD_KM, tr("Road length (km)"), "num2")]
        b.table(tr("Exposure by depth class"), cols, agg, key="class", row_key="_key")
        exposed = [a for a in agg if a[S.DEPTH_CLASS] not in dry]
        b.fact(tr("Features in a flood class"), sum(a[S.FEATURES] for a in exposed), "int",
               "exposed_count")
        if any(a[S.POPULATION] is not None for a in exposed):
            b.fact(tr("People exposed"), sum(a[S.POPULATION] or 0 for a in exposed), "int",
                   "exposed_population")
            b.fact(tr("People displaced (estimate)"),
                   sum(a[S.DISPLACED] or 0 for a in exposed), "int", "displaced")
        if any(a[S.ROAD_KM] is not None for a in exposed):
            b.fact(tr("Flooded road length (km)"), sum(a[S.ROAD_KM] or 0 for a in exposed),
                   "num2", "road_km")
        series = {tr("Features"): [a[S.FEATURES] for a in exposed]}
        if any(a[S.POPULATION] is not None for a in exposed):
            series = {tr("People"): [a[S.POPULATION] for a in exposed]}
        if exposed:
            b.chart(Chart("bars", tr("Exposure by depth class"),
                          [a[S.DEPTH_CLASS] for a in exposed], series,
                          ylabel=next(iter(series)), colors={"_ramp": "Blues"}))
        groups = [g for g in _distinct(summary.columns[S.POP_GROUP]) if g != ALL]
        if groups:
            grows = []
            for g in groups:
                rs = [r for r in _rows(summary, {S.ZONE: ALL, S.POP_GROUP: g})
                      if r[S.DEPTH_CLASS] not in dry]
                grows.append({S.POP_GROUP: g, "_key": g,
                              S.POPULATION: sum(r[S.POPULATION] or 0 for r in rs)})
            b.table(tr("People exposed by group"),
                    [(S.POP_GROUP, tr("Group"), "text"),
                     (S.POPULATION, tr("People exposed"), "int")],
                    grows, key="group", row_key="_key")
        zones = [z for z in _distinct(summary.columns[S.ZONE]) if z != ALL]
        if zones:
            zrows = []
            for z in zones:
                rs = [r for r in _rows(summary, {S.ZONE: z, S.POP_GROUP: ALL})
                      if r[S.DEPTH_CLASS] not in dry]
                pops = [r[S.POPULATION] for r in rs if r[S.POPULATION] is not None]
                zrows.append({S.ZONE: z, "_key": z,
                              S.FEATURES: sum(r[S.FEATURES] or 0 for r in rs),
                              S.POPULATION: sum(pops) if pops else None})
            b.table(tr("Exposure by zone"), [(S.ZONE, tr("Zone"), "text"),
                                             (S.FEATURES, tr("Features in a flood class"), "int"),
                                             (S.POPULATION, tr("People exposed"), "int")],
                    zrows, key="zone", row_key="_key")
    elif out is not None:
        exposed = out.num(S.EXPOSED)
        b.fact(tr("Features in a flood class"), int(np.nansum(exposed == 1)), "int",
               "exposed_count")
        if out.has(S.POP_EXPOSED):
            b.fact(tr("People exposed"), float(np.nansum(out.num(S.POP_EXPOSED))), "int",
                   "exposed_population")
        cls = out.col(S.DEPTH_CLASS)
        names = [c for c in _distinct(cls) if c not in dry]
        counts = [int(sum(1 for v in cls if v == c)) for c in names]
        if names:
            b.chart(Chart("bars", tr("Exposure by depth class"), names,
                          {tr("Features"): counts}, ylabel=tr("Features"),
                          colors={"_ramp": "Blues"}))
    if out is not None:
        d = out.num(S.DEPTH_M)
        if d is not None and np.isfinite(d).any():
            b.fact(tr("Deepest water at a feature (m)"), float(np.nanmax(d)), "num2",
                   "max_depth_m")


JRC_CURRENCY = "EUR"
"""The currency of the JRC depth-damage database (Huizinga et al. 2017: maximum damage values in
2010 euros), used when a shipped JRC curve is applied and the run names no currency."""

NAME_FIELDS = ("name", "name:en", "addr_full", "address", "addr:full", "adresse", "nome",
               "endereco", "nimi", "osoite")
STREET_FIELDS = (("addr:street", "addr:housenumber"), ("addr_street", "addr_housenumber"),
                 ("street", "housenumber"))


def currency_of(item):
    """The money unit of a flood risk run: its CURRENCY parameter, else EUR for the shipped JRC
    curves, else '' (the unit of the asset values the user gave)."""
    cur = item.param("CURRENCY")
    if isinstance(cur, str) and cur.strip():
        return cur.strip()
    if item.param("DAMAGE_CURVE_FILE"):
        return ""
    return JRC_CURRENCY


def place_name(item, i, tr):
    """A feature as a reader knows it: its name, else its address, else 'Feature n'."""
    lower = {k.lower(): k for k in item.columns}
    for f in NAME_FIELDS:
        k = lower.get(f)
        if k is not None:
            v = item.columns[k][i]
            if v not in (None, "") and not (isinstance(v, float) and math.isnan(v)):
                return str(v)
    for street, number in STREET_FIELDS:
        ks, kn = lower.get(street), lower.get(number)
        if ks is not None and item.columns[ks][i] not in (None, ""):
            num = item.columns[kn][i] if kn is not None else None
            return f"{item.columns[ks][i]} {num}" if num not in (None, "") else \
                str(item.columns[ks][i])
    return tr("Feature {n}").format(n=i + 1)


def build_floodrisk(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    b.section.intro = tr("Several return periods combined into the annual chance of getting wet "
                         "and the expected annual damage (EAD) per feature.")
    cur = currency_of(out or summary or items[0])
    money = tr("Expected annual damage ({c} per year)").format(c=cur) if cur else \
        tr("Expected annual damage (asset value units per year)")
    dmg = tr("Damage ({c})").format(c=cur) if cur else tr("Damage")
    if cur == JRC_CURRENCY and not (out or summary or items[0]).param("CURRENCY"):
        b.section.notes.append(tr("Money in euros: the JRC depth-damage database the curve comes "
                                  "from gives its damage values in EUR (Huizinga et al. 2017); "
                                  "the asset values should be in EUR too."))
    if summary is not None:
        rows = _rows(summary, {S.ZONE: ALL})
        if rows:
            r = rows[0]
            b.fact(tr("Features analysed"), r[S.FEATURES], "int", "features")
            b.fact(tr("Features wet in at least one event"), r[S.WET_ANY], "int", "wet_any")
            b.fact(money, r[S.EAD], "num0", "ead")
            damage = S.pattern_values(summary.columns, summary.analysis, summary.output,
                                      S.DAMAGE_RP)
            tags = list(damage)
            if tags:
                trows = [{"event": t, "_key": t, "wet": r.get(S.fill(S.WET_RP, t)),
                          "damage": r.get(damage[t])} for t in tags]
                b.table(tr("Damage per event"), [("event", tr("Event"), "text"),
                                                 ("wet", tr("Features wet"), "int"),
                                                 ("damage", dmg, "num0")], trows,
                        key="event", row_key="_key")
                b.chart(Chart("bars", tr("Damage per event"), tags,
                              {dmg: [t["damage"] for t in trows]},
                              ylabel=dmg, colors={"_ramp": "Reds"}))
    elif out is not None:
        b.fact(tr("Features analysed"), out.count, "int", "features")
        b.fact(money, float(np.nansum(out.num(S.EAD))), "num0", "ead")
    if out is not None and out.has(S.EAD):
        ead = out.num(S.EAD)
        order = [int(i) for i in np.argsort(-np.nan_to_num(ead, nan=-1.0))
                 if np.isfinite(ead[i]) and ead[i] > 0][:10]
        if order:
            b.table(tr("Features with the highest expected annual damage"),
                    [("place", tr("Name or address"), "text"), ("ead", money, "num0"),
                     ("rp", tr("Wet from the event of (years)"), "num0")],
                    [{"place": place_name(out, i, tr), "ead": _f(ead[i]),
                      "rp": _f(out.num(S.RP_WET)[i]) if out.has(S.RP_WET) else None}
                     for i in order])


def build_flooddisruption(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    fac = next((i for i in items if i.output == "FACILITIES"), None)
    edges = next((i for i in items if i.output == "EDGES"), None)
    b.section.intro = tr("Walking access before and after the flood closes the streets deeper "
                         "than the walking limit.")
    if summary is not None:
        # the any_category row (people losing at least one category) closes the table; the
        # all_categories row is left out of the report
        rows = [r for r in _rows(summary, {S.POP_GROUP: ALL})
                if r[S.CATEGORY] != S.ALL_CATEGORIES]
        trows = []
        for r in rows:
            trows.append({S.CATEGORY: r[S.CATEGORY], "_key": r[S.CATEGORY],
                          "before": r[S.POP_WITHIN_BEFORE], "after": r[S.POP_WITHIN_AFTER],
                          "lost": r[S.POP_LOST_ACCESS], S.POP_LOST_PCT: r[S.POP_LOST_PCT]})
        b.table(tr("People within the threshold before and after the flood"),
                [(S.CATEGORY, tr("Category"), "text"), ("before", tr("Before"), "int"),
                 ("after", tr("After"), "int"), ("lost", tr("Lose access"), "int"),
                 (S.POP_LOST_PCT, tr("Share losing access"), "pct")], trows, key="category",
                row_key="_key")
        groups = [g for g in _distinct(summary.columns[S.POP_GROUP]) if g != ALL]
        if groups:
            grows = []
            for g in [ALL] + groups:
                r = _rows(summary, {S.POP_GROUP: g, S.CATEGORY: S.ANY_CATEGORY})
                if r:
                    r = r[0]
                    grows.append({S.POP_GROUP: tr("Everyone") if g == ALL else g, "_key": g,
                                  S.POPULATION: r[S.POPULATION],
                                  "before": r[S.POP_WITHIN_BEFORE],
                                  "after": r[S.POP_WITHIN_AFTER],
                                  "lost": r[S.POP_LOST_ACCESS],
                                  S.POP_LOST_PCT: r[S.POP_LOST_PCT]})
            grows, gcols, note, travel = group_rows_with_profiles(
                summary, out, groups, grows,
                [(S.POP_GROUP, tr("Group"), "text"), (S.POPULATION, tr("Population"), "int"),
                 ("before", tr("Some category within reach before"), "int"),
                 ("after", tr("Some category within reach during"), "int"),
                 ("lost", tr("Lose access to some category"), "int"),
                 (S.POP_LOST_PCT, tr("Share losing access"), "pct")], tr, S.LOST_ANY_GROUP)
            b.table(tr("Access lost by population group"), gcols, grows, key="group",
                    row_key="_key", note=note)
            b.chart(Chart("hbars", tr("Share of people losing access to some category, by "
                                      "group"),
                          [_group_heading(r, travel, tr) for r in grows],
                          {tr("Share losing access"): [r[S.POP_LOST_PCT] for r in grows]},
                          xlabel=tr("Share losing access (%)"), percent=True))
        cats = [t for t in trows if t["_key"] != S.ANY_CATEGORY]
        if cats:
            b.chart(Chart("pairs", tr("People within the threshold: before and after the flood"),
                          [t[S.CATEGORY] for t in cats],
                          {tr("Before"): [t["before"] for t in cats],
                           tr("After"): [t["after"] for t in cats]}, ylabel=tr("People"),
                          colors={tr("Before"): "#9ecae1", tr("After"): "#b2182b"}))
    if out is not None:
        w, _ = population_weights(out)
        lost = out.num(S.LOST_ANY)
        b.fact(tr("People losing access to at least one category"),
               float(w[lost == 1].sum()), "int", "pop_lost_access")
        b.fact(tr("Origins losing access"), int(np.nansum(lost == 1)), "int",
               "origins_lost_access")
    if fac is not None:
        b.fact(tr("Facilities cut off"), int(np.nansum(fac.num(S.CUT_OFF) == 1)), "int",
               "facilities_cut_off")
    if edges is not None:
        imp = edges.num(S.IMPASSABLE) == 1
        b.fact(tr("Impassable streets (km)"),
               float(np.nansum(edges.num(S.LENGTH_M)[imp])) / 1e3, "num2", "km_flooded")


def build_comparescenarios(b, items, tr):
    summary = next((i for i in items if i.output == "SUMMARY"), None)
    out = next((i for i in items if i.output == "OUTPUT"), None)
    b.section.intro = tr("The same analysis run on the baseline and on the scenario, feature by "
                         "feature: what gets better (blue) and what gets worse (red).")
    if out is not None:
        change = out.col(S.CHANGE)
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
        trows = [{S.FIELD: field_label(r[S.FIELD], tr), "_key": r[S.FIELD],
                  S.MEAN_BASE: r[S.MEAN_BASE],
                  S.MEAN_SCENARIO: r[S.MEAN_SCENARIO], S.MEAN_DELTA: r[S.MEAN_DELTA],
                  S.N_BETTER: r[S.N_BETTER], S.N_WORSE: r[S.N_WORSE],
                  S.POP_WEIGHTED_DELTA: r.get(S.POP_WEIGHTED_DELTA)} for r in rows]
        cols = [(S.FIELD, tr("Field"), "text"), (S.MEAN_BASE, tr("Baseline (mean)"), "num2"),
                (S.MEAN_SCENARIO, tr("Scenario (mean)"), "num2"),
                (S.MEAN_DELTA, tr("Change (mean)"), "num2"),
                (S.N_BETTER, tr("Better"), "int"), (S.N_WORSE, tr("Worse"), "int")]
        if any(t[S.POP_WEIGHTED_DELTA] is not None for t in trows):
            cols.append((S.POP_WEIGHTED_DELTA, tr("Population-weighted change"), "num2"))
        b.table(tr("Baseline versus scenario, per field"), cols, trows, key="field",
                row_key="_key")
        shown = [t for t in trows if t[S.MEAN_BASE] is not None
                 and t[S.MEAN_SCENARIO] is not None and (t[S.N_BETTER] or t[S.N_WORSE])][:12]
        if shown:
            b.chart(Chart("pairs", tr("Baseline versus scenario (means)"),
                          [t[S.FIELD] for t in shown],
                          {tr("Baseline"): [t[S.MEAN_BASE] for t in shown],
                           tr("Scenario"): [t[S.MEAN_SCENARIO] for t in shown]},
                          colors={tr("Baseline"): "#bdbdbd", tr("Scenario"): "#2166ac"}))


def field_label(name, tr):
    """The schema's label of a compared field ('time_shelter_5min_min' -> 'Walk to shelter_5min
    (min)'), else the name with spaces (so a table can wrap it between words)."""
    col = None
    try:
        col = S.find(name)
    except Exception:  # noqa: BLE001 - an input column: no schema entry
        col = None
    if col is not None and col.label:
        value = col.matches(name) if col.is_pattern else None
        try:
            return tr(col.label).format(**{col.placeholder: value}) if value else tr(col.label)
        except (KeyError, IndexError, ValueError):
            return col.label_for(value)
    return str(name).replace("_", " ")


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
        if r[S.BASELINE] is None and r[S.SCENARIO] is None:
            continue
        if r.get(S.VERDICT) in counted:
            counted[r[S.VERDICT]] += 1
        rows.append({S.LABEL: r.get(S.LABEL) or r.get(S.INDICATOR), "_key": r[S.INDICATOR],
                     S.LENS: r.get(S.LENS), S.BASELINE: r[S.BASELINE],
                     S.SCENARIO: r[S.SCENARIO], S.DELTA: r[S.DELTA],
                     S.CHANGE_PCT: r.get(S.CHANGE_PCT),
                     S.VERDICT: verdicts.get(r.get(S.VERDICT), r.get(S.VERDICT) or ""),
                     "_verdict": r.get(S.VERDICT)})
    b.fact(tr("Indicators better in the scenario"), counted["better"], "int", "n_better")
    b.fact(tr("Indicators worse in the scenario"), counted["worse"], "int", "n_worse")
    b.fact(tr("Indicators unchanged"), counted["same"], "int", "n_same")
    b.table(tr("Scorecard"), [(S.LENS, tr("Lens"), "text"), (S.LABEL, tr("Indicator"), "text"),
                              (S.BASELINE, tr("Baseline"), "num2"),
                              (S.SCENARIO, tr("Scenario"), "num2"),
                              (S.DELTA, tr("Change"), "num2"),
                              (S.CHANGE_PCT, tr("Change (%)"), "num1"),
                              (S.VERDICT, tr("Verdict"), "text")], rows, key="indicator",
            row_key="_key")
    shown = [r for r in rows if r[S.BASELINE] is not None and r[S.SCENARIO] is not None][:12]
    if shown:
        b.chart(Chart("pairs", tr("Baseline versus scenario, per indicator"),
                      [r[S.LABEL] for r in shown],
                      {tr("Baseline"): [r[S.BASELINE] for r in shown],
                       tr("Scenario"): [r[S.SCENARIO] for r in shown]},
                      colors={tr("Baseline"): "#bdbdbd", tr("Scenario"): "#2166ac",
                              "_verdicts": [r["_verdict"] for r in shown]}))


def build_preparewalknetwork(b, items, tr):
    out = items[0]
    b.section.intro = tr("The walking network every analysis walks along.")
    length = out.num(S.LENGTH_M)
    comp = out.num(S.COMPONENT)
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
