"""Per-zone indicators from per-feature results: the report's zone pages."""

import numpy as np

from .. import schema as S
from .model import Table, _identity, analysis_short_titles
from .sections import _wmean, population_weights

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
        k = len(S.matching(item.columns, S.TIME_CAT_MIN))
        nw = item.num(S.N_WITHIN)
        return [("population", tr("Population"), "int", total(w)),
                ("share_all", tr("Every category within reach"), "pct", share(nw >= k)),
                (S.SCORE, tr("Mean score"), "num1", lambda m: _wmean(item.num(S.SCORE)[m], w[m]))]
    if a == "sdg1171" and o == "OUTPUT":
        return [("population", tr("Population"), "int", total(w)),
                ("within_pct", tr("Within walking distance of open space"), "pct",
                 share(item.num(S.WITHIN) == 1))]
    if a == "greenspacecoverage" and o == "OUTPUT":
        return [("population", tr("Population"), "int", total(w)),
                ("covered_pct", tr("Covered by a park"), "pct", share(item.num(S.COVERED) == 1))]
    if a == "floodexposure" and o == "OUTPUT":
        ind = [(S.EXPOSED, tr("Features in a flood class"), "int",
                lambda m: int(np.nansum(item.num(S.EXPOSED)[m] == 1)))]
        if item.has(S.POP_EXPOSED):
            ind.append((S.POP_EXPOSED, tr("People exposed"), "int",
                        total(item.num(S.POP_EXPOSED))))
        return ind
    if a == "flooddisruption" and o == "OUTPUT":
        return [("population", tr("Population"), "int", total(w)),
                ("lost", tr("People losing access"), "int",
                 lambda m: float(w[m & (item.num(S.LOST_ANY) == 1)].sum()))]
    if a == "accessibilitygrid":
        return [("cells", tr("Cells"), "int", count),
                ("nearest", tr("Mean walk to the nearest destination (min)"), "num1",
                 mean(item.num(S.NEAREST_MIN)))]
    if a == "supplydemand" and o == "OUTPUT":
        return [("population", tr("Residents"), "int", total(w)),
                ("access", tr("Mean supply per 1 000"), "num3",
                 lambda m: _wmean(item.num(S.ACCESS_PER_1000)[m], w[m]))]
    if a == "floodrisk" and o == "OUTPUT":
        return [("features", tr("Features"), "int", count),
                (S.EAD, tr("Expected annual damage"), "num0", total(item.num(S.EAD)))]
    if a == "comparescenarios" and o == "OUTPUT":
        ch = item.col(S.CHANGE)
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
                from .build import run_name
                col = f"{it.analysis}.{it.name}.{cid}"
                title = f"{title} ({run_name([it], tr) or it.output})"
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
