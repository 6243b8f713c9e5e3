"""Baseline vs scenario: deltas that know which way is better and what NULL means.

Every result UrbanPlan writes is a fact with a unit, and NULL (NaN) means "no value": an origin
that reaches no school within the limit, a building the water does not reach. A comparison must
not turn those into numbers. So each compared field has a :class:`FieldRule`:

- ``direction``: ``lower`` (walk time, distance, flood depth, people exposed: less is better),
  ``higher`` (coverage, share within a threshold, m² of park per person: more is better) or
  ``none`` (the change is reported as up/down, never as better/worse);
- ``nan_means``: ``worst`` (NULL walk time = unreachable), ``best`` (NULL depth = dry) or
  ``none`` (simply missing).

From the two values of one row the per-field status follows:

=====================  ==========================================  =====================
base -> scenario        status (nan_means worst / best / none)      counts as
=====================  ==========================================  =====================
value -> value          better / worse / same (increased/decreased  by direction
                        when the direction is unknown)
NULL -> value           newly_reachable / newly_affected / new_value better / worse / --
value -> NULL           newly_unreachable / no_longer_affected /    worse / better / --
                        value_lost
NULL -> NULL            unreachable / unaffected / null             --
=====================  ==========================================  =====================

The delta is scenario minus baseline, NULL whenever either side is NULL.
"""
import math
import re
from dataclasses import dataclass

import numpy as np

from .. import schema
from ..common.errors import UrbanPlanError

DIRECTIONS = ("lower", "higher", "none")
NAN_MEANINGS = ("worst", "best", "none")

# For fields UrbanPlan does not write (a user's own columns): a guess from the name.
# (pattern on the lower-cased field name, direction, what NULL means); first match wins
_GUESSES = (
    (r"unserved|unreachable|not_?reach|uncovered|not_?covered|without|deficit|_gap|^gap|"
     r"lost|cut_?off|impassable", "lower", "none"),
    (r"newly_?exposed|exposed|exposure|damage|loss|displac|affected", "lower", "none"),
    (r"depth|flood|inundat|water_?level|wet", "lower", "best"),
    (r"time|minutes|_min$|^min_|_min_|dist|cost|travel|detour|(^|_)m$", "lower", "worst"),
    (r"share|pct|percent|ratio|coverage|covered|within|reach|served|access|score|complete",
     "higher", "none"),
    (r"m2|area|park|green|open_?space|count|^n_|_n$|number|facilities|categories", "higher",
     "none"),
)


@dataclass(frozen=True)
class FieldRule:
    direction: str = "none"
    nan_means: str = "none"

    def __post_init__(self):
        if self.direction not in DIRECTIONS:
            raise UrbanPlanError("Direction '{direction}' is not one of {DIRECTIONS}.",
                                 direction=self.direction, DIRECTIONS=DIRECTIONS)
        if self.nan_means not in NAN_MEANINGS:
            raise UrbanPlanError("NULL meaning '{nan_means}' is not one of {NAN_MEANINGS}.",
                                 nan_means=self.nan_means, NAN_MEANINGS=NAN_MEANINGS)


def rule_for(name, overrides=None, analysis=None):
    """The FieldRule of a field: an explicit override, else what ``core.schema`` declares for
    it (in ``analysis`` when given; the per-field columns of a comparison, ``<field>_delta``...,
    take the field's rule), else a guess from its name."""
    if overrides and name in overrides:
        r = overrides[name]
        if isinstance(r, FieldRule):
            return r
        if isinstance(r, tuple):
            return FieldRule(*r)
        return parse_rule(r)
    col = schema.find(name, analysis) or (schema.find(name) if analysis else None)
    if col is not None and col.unit != "inherit":
        return FieldRule(col.better, col.null_means)
    low = str(name).lower()
    for pattern, direction, nan_means in _GUESSES:
        if re.search(pattern, low):
            return FieldRule(direction, nan_means)
    return FieldRule()


def parse_rule(text):
    """``lower``, ``higher``, ``none``, optionally with ``/worst`` ``/best`` ``/none`` for NULL."""
    parts = [p.strip().lower() for p in str(text).replace(":", "/").split("/") if p.strip()]
    if not parts or parts[0] not in DIRECTIONS:
        raise UrbanPlanError("'{text}' is not a direction: write lower (less is better), higher "
                             "(more is better) or none, optionally followed by /worst, /best or "
                             "/none for what an empty (NULL) value means.", text=text)
    nan = parts[1] if len(parts) > 1 else ("worst" if parts[0] == "lower" else "none")
    return FieldRule(parts[0], nan)


def parse_directions(text):
    """``"time_school_min: lower/worst, share_10: higher"`` -> {field: FieldRule}."""
    out = {}
    for item in re.split(r"[,;\n]+", str(text or "")):
        if not item.strip():
            continue
        if "=" in item:
            name, _, rule = item.partition("=")
        else:
            name, _, rule = item.partition(":")
        if not rule.strip():
            raise UrbanPlanError("'{item}' needs a direction: write field: lower or "
                                 "field: higher.", item=item.strip())
        out[name.strip()] = parse_rule(rule)
    return out


# status words by what NULL means: (null->value, value->null, null->null)
_NULL_WORDS = {
    "worst": ("newly_reachable", "newly_unreachable", "unreachable"),
    "best": ("newly_affected", "no_longer_affected", "unaffected"),
    "none": ("new_value", "value_lost", "null"),
}
BETTER_STATUSES = {"better", "newly_reachable", "no_longer_affected"}
WORSE_STATUSES = {"worse", "newly_unreachable", "newly_affected"}
NEUTRAL_STATUSES = {"same", "increased", "decreased", "new_value", "value_lost", "null",
                    "unreachable", "unaffected", "only_baseline", "only_scenario"}

CHANGE_CLASSES = ("better", "worse", "mixed", "same", "no_data")
CHANGE_DETAILS = ("newly_unreachable", "newly_affected", "worse", "mixed", "same", "better",
                  "newly_reachable", "no_longer_affected", "no_data")
"""``change_detail`` values, in legend order: the worst news first."""


def same_tolerance(base):
    """|delta| at or below this counts as no change: 1e-9 relative to the value, at least 1e-9."""
    return np.maximum(np.abs(base) * 1e-9, 1e-9)


def compare_values(base, scen, rule=FieldRule()):
    """(delta, status) arrays for paired baseline and scenario values of one field."""
    b = np.asarray(base, dtype=np.float64)
    s = np.asarray(scen, dtype=np.float64)
    if b.shape != s.shape:
        raise UrbanPlanError("Baseline and scenario values must be paired one to one.")
    nb, ns = np.isnan(b), np.isnan(s)
    delta = np.where(nb | ns, np.nan, s - b)
    status = np.full(b.shape, "same", dtype=object)
    both = ~nb & ~ns
    with np.errstate(invalid="ignore"):
        up = both & (delta > same_tolerance(b))
        down = both & (delta < -same_tolerance(b))
    if rule.direction == "lower":
        status[down], status[up] = "better", "worse"
    elif rule.direction == "higher":
        status[up], status[down] = "better", "worse"
    else:
        status[up], status[down] = "increased", "decreased"
    gained, lost, neither = _NULL_WORDS[rule.nan_means]
    status[nb & ~ns] = gained
    status[~nb & ns] = lost
    status[nb & ns] = neither
    return delta, status


def row_change(statuses):
    """Overall ``change`` and ``change_detail`` per row from per-field statuses (list of arrays).

    change: better (some field better, none worse), worse, mixed (both), same, no_data (no
    field had a value on either side). change_detail names the strongest news for the legend:
    newly unreachable / newly affected before plain worse, newly reachable before plain better."""
    if not statuses:
        raise UrbanPlanError("Nothing to compare: no field was chosen.")
    st = np.column_stack([np.asarray(s, dtype=object) for s in statuses])
    n = st.shape[0]
    better = np.isin(st, list(BETTER_STATUSES)).any(axis=1)
    worse = np.isin(st, list(WORSE_STATUSES)).any(axis=1)
    nodata = np.isin(st, ["unreachable", "unaffected", "null", "only_baseline",
                          "only_scenario"]).all(axis=1)
    change = np.full(n, "same", dtype=object)
    change[better & ~worse] = "better"
    change[worse & ~better] = "worse"
    change[better & worse] = "mixed"
    change[nodata] = "no_data"
    detail = change.copy()
    for word, cls in (("newly_reachable", "better"), ("no_longer_affected", "better"),
                      ("newly_affected", "worse"), ("newly_unreachable", "worse")):
        has = (st == word).any(axis=1) & (change == cls)
        detail[has] = word
    return change, detail


def match_keys(base_keys, scen_keys, what="key"):
    """Pair rows by key. Returns (base index, scenario index) of matched rows and the unmatched
    row indices of each side. Keys must be unique on each side."""
    kb = _key_array(base_keys)
    ks = _key_array(scen_keys)
    for keys, side in ((kb, "baseline"), (ks, "scenario")):
        if len(keys) == 0:
            continue
        uniq, counts = np.unique(keys, return_counts=True)
        if (counts > 1).any():
            dup = uniq[np.argmax(counts > 1)]
            raise UrbanPlanError(
                "The {side} layer has {count} repeated {what} value(s) "
                "(first: {dup!r}), so its rows cannot be paired. Choose a field with one "
                "unique value per feature, or leave the key empty to pair by geometry.",
                side=side, count=int((counts > 1).sum()), what=what, dup=dup)
    allk = np.concatenate([kb, ks])
    if len(allk) == 0:
        e = np.empty(0, dtype=np.int64)
        return e, e, e, e
    _, inv = np.unique(allk, return_inverse=True)
    inv = inv.reshape(-1)
    ib, is_ = inv[:len(kb)], inv[len(kb):]
    pos_s = np.full(inv.max() + 1, -1, dtype=np.int64)
    pos_s[is_] = np.arange(len(is_))
    pos_b = np.full(inv.max() + 1, -1, dtype=np.int64)
    pos_b[ib] = np.arange(len(ib))
    partner = pos_s[ib]
    mb = np.flatnonzero(partner >= 0)
    ms = partner[mb]
    only_b = np.flatnonzero(partner < 0)
    only_s = np.flatnonzero(pos_b[is_] < 0)
    return mb, ms, only_b, only_s


def _key_array(keys):
    """Keys as a sortable numpy array: integers, floats, text or bytes (mixed kinds as text)."""
    vals = list(keys)
    if not vals:
        return np.empty(0, dtype=object)
    if all(isinstance(k, (int, np.integer)) and not isinstance(k, bool) for k in vals):
        return np.asarray(vals, dtype=np.int64)
    if all(isinstance(k, (int, float, np.integer, np.floating)) for k in vals):
        return np.asarray(vals, dtype=np.float64)
    if all(isinstance(k, bytes) for k in vals):
        return np.asarray(vals, dtype=object)
    return np.asarray([str(k) for k in vals], dtype=object)


@dataclass
class Comparison:
    """The paired rows of two result tables and what changed.

    ``base_index``/``scen_index`` give, per output row, the row in each input (-1 = none);
    ``values[field] = (base, scen, delta, status)`` arrays; ``change``/``change_detail`` per
    row; ``rules`` per field."""

    base_index: np.ndarray
    scen_index: np.ndarray
    fields: list
    rules: dict
    values: dict
    change: np.ndarray
    change_detail: np.ndarray
    population: np.ndarray = None

    def __len__(self):
        return len(self.base_index)

    def summary(self):
        """One dict per field: counts better/worse/..., means and the population-weighted delta."""
        rows = []
        pop = self.population
        for f in self.fields:
            b, s, d, st = self.values[f]
            matched = (self.base_index >= 0) & (self.scen_index >= 0)
            # means over the same rows on both sides: rows with a value in both runs (a row
            # that becomes reachable is counted in n_null_to_value, not in the means)
            both = matched & np.isfinite(b) & np.isfinite(s)
            rule = self.rules[f]
            gained, lost, neither = _NULL_WORDS[rule.nan_means]
            row = {
                "field": f,
                "direction": rule.direction,
                "null_means": rule.nan_means,
                "n_rows": int(matched.sum()),
                "n_better": int(np.isin(st, list(BETTER_STATUSES)).sum()),
                "n_worse": int(np.isin(st, list(WORSE_STATUSES)).sum()),
                "n_same": int((st == "same").sum()),
                "n_null_to_value": int((st == gained).sum()),
                "n_value_to_null": int((st == lost).sum()),
                "n_null_both": int((st == neither).sum()),
                "n_unmatched": int((~matched).sum()),
                "mean_base": _nanmean(b[both]),
                "mean_scenario": _nanmean(s[both]),
                "mean_delta": _nanmean(d[both]),
                "pop_weighted_delta": None,
                "pop_better": None,
                "pop_worse": None,
            }
            if pop is not None:
                ok = np.isfinite(d) & np.isfinite(pop)
                wsum = float(pop[ok].sum())
                row["pop_weighted_delta"] = float((pop[ok] * d[ok]).sum() / wsum) if wsum > 0 \
                    else None
                pp = np.where(np.isfinite(pop), pop, 0.0)
                row["pop_better"] = float(pp[np.isin(st, list(BETTER_STATUSES))].sum())
                row["pop_worse"] = float(pp[np.isin(st, list(WORSE_STATUSES))].sum())
            rows.append(row)
        return rows

    def counts(self):
        """Rows per overall change class."""
        return {c: int((self.change == c).sum()) for c in CHANGE_CLASSES}


def _nanmean(a):
    a = np.asarray(a, dtype=np.float64)
    a = a[np.isfinite(a)]
    return float(a.mean()) if len(a) else None


def compare_tables(base_keys, base_values, scen_keys, scen_values, fields, rules=None,
                   population=None):
    """Pair two result tables by key and compare ``fields``.

    ``base_values``/``scen_values``: {field: float array (NaN = NULL)} in row order of each
    table; ``population`` (optional): float array per baseline row (scenario-only rows get the
    scenario's value when ``population`` is a (base, scen) tuple). Output rows: matched rows in
    baseline order, then baseline-only rows, then scenario-only rows."""
    if not fields:
        raise UrbanPlanError("There is no numeric field to compare. Name the fields, or compare "
                             "two result layers of the same analysis.")
    rules = dict(rules or {})
    mb, ms, ob, os_ = match_keys(base_keys, scen_keys)
    base_index = np.concatenate([mb, ob, np.full(len(os_), -1, np.int64)])
    scen_index = np.concatenate([ms, np.full(len(ob), -1, np.int64), os_])
    values, statuses, rule_of = {}, [], {}
    for f in fields:
        if f not in base_values or f not in scen_values:
            raise UrbanPlanError("Field '{f}' must be in both result layers.", f=f)
        rule = rules.get(f) or rule_for(f)
        rule_of[f] = rule
        bv = np.asarray(base_values[f], dtype=np.float64)
        sv = np.asarray(scen_values[f], dtype=np.float64)
        b = np.where(base_index >= 0, bv[np.maximum(base_index, 0)] if len(bv) else np.nan, np.nan)
        s = np.where(scen_index >= 0, sv[np.maximum(scen_index, 0)] if len(sv) else np.nan, np.nan)
        delta, status = compare_values(b, s, rule)
        status[base_index < 0] = "only_scenario"
        status[scen_index < 0] = "only_baseline"
        values[f] = (b, s, delta, status)
        statuses.append(status)
    change, detail = row_change(statuses)
    pop = None
    if population is not None:
        if isinstance(population, tuple):
            pb, ps = (np.asarray(p, dtype=np.float64) for p in population)
        else:
            pb, ps = np.asarray(population, dtype=np.float64), None
        pop = np.where(base_index >= 0, pb[np.maximum(base_index, 0)] if len(pb) else np.nan,
                       np.nan)
        if ps is not None and len(ps):
            pop = np.where(base_index < 0, ps[np.maximum(scen_index, 0)], pop)
    return Comparison(base_index, scen_index, list(fields), rule_of, values, change, detail, pop)


# ------------------------------------------------------------------------------------------
# indicator tables (one number per analysis output): absolute and percent change
# ------------------------------------------------------------------------------------------

def indicator_change(name, base, scen, rule=None):
    """One indicator row: base, scenario, delta, percent change and verdict."""
    rule = rule or rule_for(name)
    b = _num(base)
    s = _num(scen)
    delta = s - b if b is not None and s is not None else None
    pct = (100.0 * delta / abs(b)) if delta is not None and b not in (None, 0.0) else None
    if delta is None:
        verdict = "n/a"
    elif abs(delta) <= max(abs(b) * 1e-9, 1e-12):
        verdict = "same"
    elif rule.direction == "none":
        verdict = "increased" if delta > 0 else "decreased"
    else:
        good = (delta < 0) if rule.direction == "lower" else (delta > 0)
        verdict = "better" if good else "worse"
    return {"indicator": name, "base": b, "scenario": s, "delta": delta, "pct_change": pct,
            "direction": rule.direction, "verdict": verdict}


def _num(v):
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def indicator_table(base, scenarios, rules=None, order=None):
    """Rows for an indicator table: ``base`` {indicator: value}; ``scenarios`` {name: {indicator:
    value}}. Returns a list of {indicator, base, <scenario>: {...indicator_change...}}."""
    rules = rules or {}
    names = list(order) if order else list(base)
    for vals in scenarios.values():
        names += [k for k in vals if k not in names]
    rows = []
    for ind in names:
        row = {"indicator": ind, "base": _num(base.get(ind)), "scenarios": {}}
        for scn, vals in scenarios.items():
            row["scenarios"][scn] = indicator_change(ind, base.get(ind), vals.get(ind),
                                                     rules.get(ind))
        rows.append(row)
    return rows


# ------------------------------------------------------------------------------------------
# rasters: cell-by-cell differences (flood simulation depths and recession times)
# ------------------------------------------------------------------------------------------

@dataclass
class RasterChange:
    """Scenario minus baseline on one grid, and what it adds up to.

    ``delta``: float32, NaN where either side has no value; cells whose change is within
    ``tolerance`` count as ``same``. ``better``/``worse``/``same`` are cell counts (by the
    rule's direction; with direction ``none`` a change is neither), ``*_m2`` the same times the
    cell area, ``mean_delta`` the mean change over the cells with a value."""

    delta: np.ndarray
    better: int
    worse: int
    same: int
    no_data: int
    better_m2: float
    worse_m2: float
    mean_delta: float
    max_decrease: float
    max_increase: float


def raster_change(base, scen, rule=FieldRule("lower"), tolerance=0.0, cell_area_m2=1.0):
    """Cell-by-cell comparison of two rasters of the same grid (NaN = no value)."""
    b = np.asarray(base, dtype=np.float64)
    s = np.asarray(scen, dtype=np.float64)
    if b.shape != s.shape:
        raise UrbanPlanError("The baseline and scenario rasters have different grids "
                             "({a} and {b} cells): compare results of runs on the same "
                             "terrain model.", a="x".join(map(str, b.shape)),
                             b="x".join(map(str, s.shape)))
    delta = s - b
    known = np.isfinite(delta)
    up = known & (delta > tolerance)
    down = known & (delta < -tolerance)
    n_up, n_down = int(up.sum()), int(down.sum())
    if rule.direction == "lower":
        better, worse = n_down, n_up
    elif rule.direction == "higher":
        better, worse = n_up, n_down
    else:
        better = worse = 0
    n_known = int(known.sum())
    d = delta[known]
    return RasterChange(
        delta=delta.astype(np.float32), better=better, worse=worse,
        same=n_known - n_up - n_down, no_data=int(delta.size - n_known),
        better_m2=better * float(cell_area_m2), worse_m2=worse * float(cell_area_m2),
        mean_delta=float(d.mean()) if d.size else math.nan,
        max_decrease=float(min(d.min(), 0.0)) if d.size else math.nan,
        max_increase=float(max(d.max(), 0.0)) if d.size else math.nan)
