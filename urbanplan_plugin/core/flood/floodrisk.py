"""Flood risk over several return periods: depth-damage curves and expected annual damage.

Method (the same text is in the algorithm's help and docs/flood.md):

* Each hazard raster is the water depth of an event with return period T years; its annual
  exceedance probability (AEP) is p = 1/T.
* Damage of a feature in an event = damage fraction x value. For a building footprint the
  fraction is the **mean of the curve over the footprint's cells** (cells whose centre is inside;
  dry cells count 0), so a building wet at one corner is not fully damaged; for a point it is the
  curve at the point's depth. The curve is interpolated linearly between its points, is 0 on dry
  cells and below its first depth, and keeps its last value beyond its last depth.
* Expected annual damage, EAD = integral of damage over AEP, by the trapezoid rule between the
  events (sorted from frequent to rare, p1 > p2 > ... > pn):
  ``EAD = sum_i (p_i - p_i+1) * (D_i + D_i+1) / 2`` plus the tails:
  - frequent tail (p > p1, events more frequent than the most frequent one given): **no
    damage** (as if the area were protected up to the most frequent event);
  - rare tail (p < pn): by default the damage of the rarest event is **held** for all rarer
    events, adding ``pn * Dn``; ``rare_tail="none"`` stops the integral at pn.
  Both tails are lower bounds (damage never falls as events get rarer), so EAD is not
  overstated by the tails.
* AEP of getting wet = 1/T of the most frequent event in which the feature is wet (any cell of
  the footprint deeper than 0); NULL when no event wets it.

Reference for the integration: the risk-curve integral is the standard EAD definition used with
the JRC global depth-damage functions (Huizinga, de Moel, Szewczyk 2017, EUR 28552 EN,
doi:10.2760/16510); the tail choices here are this plugin's, stated above.
"""
import json
import math
import os
from dataclasses import dataclass, field

import numpy as np

from .. import schema as S
from ..common.errors import UrbanPlanError
from ..common.progress import Progress
from ..common.tables import read_csv_rows
from ..geometry.rasterize import interior_points
from ..geometry.zones import points_in_polygons
from .floodexposure import footprint_stats, sample_points

CURVE_PRESETS_FILE = "depth_damage_jrc.json"
DEFAULT_CURVE = "jrc_europe_residential"
RARE_TAIL_HOLD = "hold"
RARE_TAIL_NONE = "none"


@dataclass
class DamageCurve:
    """Damage fraction (0-1) as a function of water depth (m)."""

    depths: np.ndarray
    fractions: np.ndarray
    name: str = "custom"
    source: str = ""

    def __post_init__(self):
        d = np.asarray(self.depths, dtype=np.float64)
        f = np.asarray(self.fractions, dtype=np.float64)
        where = f"damage curve '{self.name}'"
        if d.ndim != 1 or len(d) != len(f) or len(d) < 2:
            raise UrbanPlanError("The {where} needs at least two points (depth_m, "
                                 "damage_fraction).", where=where)
        if not (np.isfinite(d).all() and np.isfinite(f).all()):
            raise UrbanPlanError("The {where} has empty or non-numeric values.", where=where)
        order = np.argsort(d, kind="stable")
        d, f = d[order], f[order]
        dup = d[1:][d[1:] == d[:-1]]
        if len(dup):
            raise UrbanPlanError("The {where} gives depth {dup:g} m twice; give each depth "
                                 "once.", where=where, dup=dup[0])
        if (d < 0).any():
            raise UrbanPlanError("The {where} has a negative depth; depths start at 0 m.",
                                 where=where)
        if (f < 0).any() or (f > 1).any():
            raise UrbanPlanError("The {where} has damage fractions outside 0-1 (use 0.25 for "
                                 "25%).", where=where)
        drop = np.flatnonzero(np.diff(f) < 0)
        if len(drop):
            i = int(drop[0])
            raise UrbanPlanError(
                "The {where} is not monotonic: damage falls from {f:g} at {d:g} m to "
                "{f2:g} at {d2:g} m. Deeper water must not do less damage: fix "
                "the curve so the damage fraction never decreases with depth.",
                where=where, f=f[i], d=d[i], f2=f[i + 1], d2=d[i + 1])
        self.depths, self.fractions = d, f

    def __call__(self, depth):
        """Damage fraction at depths (0 where dry, i.e. depth <= 0 or NaN)."""
        d = np.asarray(depth, dtype=np.float64)
        out = np.interp(d, self.depths, self.fractions, left=0.0, right=self.fractions[-1])
        out = np.where(d < self.depths[0], 0.0, out)
        return np.where(np.isnan(d) | (d <= 0), 0.0, out)

    def describe(self):
        pts = ", ".join(f"{a:g} m: {b:g}" for a, b in zip(self.depths, self.fractions))
        return f"{self.name} ({pts})"


def curves_path():
    from ...paths import resource_path
    return resource_path("presets", CURVE_PRESETS_FILE)


def load_curve_presets(path=None):
    """{id: DamageCurve} of the shipped JRC curves (file order)."""
    with open(path or curves_path(), encoding="utf-8") as fh:
        data = json.load(fh)
    depths = data["depths_m"]
    out = {}
    for item in data["curves"]:
        out[item["id"]] = DamageCurve(depths, item["damage_fraction"], name=item["name"],
                                      source=data.get("citation", ""))
    return out


def load_curve_csv(path):
    """A user curve from CSV with columns depth_m, damage_fraction (header required)."""
    if not path or not os.path.exists(path):
        raise UrbanPlanError("The damage curve file '{path}' does not exist.", path=path)
    name = os.path.basename(path)
    rows = read_csv_rows(path)
    if not rows or not {"depth_m", "damage_fraction"} <= set(rows[0]):
        raise UrbanPlanError("The damage curve file '{name}' needs a header with the columns "
                             "depth_m,damage_fraction and one row per point.", name=name)
    try:
        d = [float(r["depth_m"]) for r in rows]
        f = [float(r["damage_fraction"]) for r in rows]
    except (TypeError, ValueError):
        raise UrbanPlanError("The damage curve file '{name}' has a value that is not a number.",
                             name=name
                             ) from None
    return DamageCurve(d, f, name=name, source="user file")


def parse_return_periods(text_or_list, n_hazards=None):
    """Return periods (years) from "10, 50, 100" or a list; checked: numbers >= 1, strictly
    increasing (no duplicates), one per hazard raster."""
    if isinstance(text_or_list, str):
        parts = [p for p in text_or_list.replace(";", ",").split(",") if p.strip()]
    else:
        parts = list(text_or_list)
    try:
        periods = [float(p) for p in parts]
    except (TypeError, ValueError):
        raise UrbanPlanError("Return periods must be numbers in years, separated by commas "
                             "(e.g. 10, 50, 100).") from None
    if not periods:
        raise UrbanPlanError("Give one return period (years) per hazard raster, e.g. 10, 50, 100.")
    if any(not math.isfinite(t) or t < 1 for t in periods):
        raise UrbanPlanError("Return periods must be at least 1 year (an annual exceedance "
                             "probability of at most 1).")
    for a, b in zip(periods[:-1], periods[1:]):
        if b == a:
            raise UrbanPlanError("The return period {a:g} is given twice. Give each event once, "
                                 "in the same order as the hazard rasters.", a=a)
        if b < a:
            raise UrbanPlanError("Return periods must increase in the order of the hazard "
                                 "rasters (most frequent first): {b:g} comes after {a:g}. Order "
                                 "the rasters and the periods from frequent to rare.", b=b, a=a)
    if n_hazards is not None and n_hazards != len(periods):
        raise UrbanPlanError("{n_hazards} hazard raster(s) but {n_periods} return period(s): "
                             "give exactly one return period per raster, in the same order.",
                             n_hazards=n_hazards, n_periods=len(periods))
    return periods


def expected_annual_damage(return_periods, damages, rare_tail=RARE_TAIL_HOLD):
    """EAD per row of ``damages`` (n, n_events; events in increasing return period order) by
    the trapezoid rule over annual exceedance probability, with the tails of the module doc.
    NaN damages give NaN."""
    T = np.asarray(return_periods, dtype=np.float64)
    D = np.atleast_2d(np.asarray(damages, dtype=np.float64))
    if D.shape[1] != len(T):
        raise UrbanPlanError("one damage column per return period is needed")
    p = 1.0 / T
    ead = np.zeros(D.shape[0])
    for i in range(len(T) - 1):
        ead += (p[i] - p[i + 1]) * (D[:, i] + D[:, i + 1]) / 2.0
    if rare_tail == RARE_TAIL_HOLD:
        ead += p[-1] * D[:, -1]
    elif rare_tail != RARE_TAIL_NONE:
        raise UrbanPlanError("unknown rare_tail {rare_tail!r}", rare_tail=rare_tail)
    return ead


@dataclass
class RiskResult:
    """Per feature (n): ``depth`` (n, E) deepest water per event, ``fraction`` (n, E) damage
    fraction, ``damage`` (n, E) (NaN without values), ``aep_wet`` / ``rp_wet``, ``ead`` (value
    units, NaN without values), ``ead_fraction``; ``zone``; ``summary`` rows; ``log``."""

    return_periods: list
    depth: np.ndarray
    fraction: np.ndarray
    damage: np.ndarray
    aep_wet: np.ndarray
    rp_wet: np.ndarray
    ead: np.ndarray
    ead_fraction: np.ndarray
    zone: np.ndarray
    covered: np.ndarray
    summary: list = field(default_factory=list)
    log: list = field(default_factory=list)
    total_ead: float = float("nan")
    wet_count: int = 0


def flood_risk(rasters, return_periods, kind, geoms, n, curve, values=None, zones=None,
               zone_names=None, rare_tail=RARE_TAIL_HOLD, progress=None):
    """Damage per event and EAD per feature (module doc). ``rasters`` in the order of
    ``return_periods`` (increasing); ``kind`` "point" ((xy, owner)) or "polygon" (PolygonSet),
    geometries in the rasters' CRS (one geometry set per raster is accepted as a list when
    the rasters differ in CRS). ``values`` (n,) asset value per feature."""
    progress = progress or Progress()
    T = parse_return_periods(return_periods, len(rasters))
    E = len(T)
    log = []
    depth = np.full((n, E), np.nan)
    frac = np.full((n, E), np.nan)
    geoms_list = geoms if isinstance(geoms, list) else [geoms] * E
    for e, (raster, g) in enumerate(zip(rasters, geoms_list)):
        if progress.is_canceled():
            break
        if kind == "polygon":
            st = footprint_stats(g, raster, damage=curve)
            depth[:, e] = st.depth_max
            frac[:, e] = st.damage_mean
        elif kind == "point":
            xy, owner = g
            d = sample_points(raster, xy, owner, n)
            depth[:, e] = d
            frac[:, e] = np.where(np.isnan(d), np.nan, curve(d))
        else:
            raise UrbanPlanError("floodrisk needs points or polygons, not {kind}", kind=kind)
        progress.progress(100.0 * (e + 1) / E)
    covered_any = ~np.isnan(depth).all(axis=1)
    partial = covered_any & np.isnan(depth).any(axis=1)
    if partial.any():
        log.append(("info", f"{int(partial.sum()):,} feature(s) lie outside the extent of some "
                            "hazard rasters; they are taken as dry in those events (hazard maps "
                            "are often cut to their flooded area)."))
        depth = np.where(partial[:, None] & np.isnan(depth), 0.0, depth)
        frac = np.where(partial[:, None] & np.isnan(frac), 0.0, frac)
    n_out = int((~covered_any).sum())
    if n and n_out == n:
        log.append(("warning", "The exposure lies entirely outside every hazard raster: no "
                               "damage can be computed (EAD empty). Check the extent and CRS."))
    elif n_out:
        log.append(("warning", f"{n_out:,} feature(s) lie outside every hazard raster; their "
                               "EAD is left empty."))
    wet = depth > 0
    any_wet = wet.any(axis=1)
    first_wet = np.argmax(wet, axis=1)
    Tarr = np.asarray(T)
    rp_wet = np.where(any_wet, Tarr[first_wet], np.nan)
    aep_wet = 1.0 / rp_wet
    ead_frac = expected_annual_damage(T, frac, rare_tail)
    if values is not None:
        v = np.asarray(values, dtype=np.float64)
        n_nan = int(np.isnan(v).sum())
        if n_nan:
            log.append(("warning", f"{n_nan:,} feature(s) have no value; their damage and EAD "
                                   "are left empty."))
        damage = frac * v[:, None]
        ead = ead_frac * v
    else:
        damage = np.full((n, E), np.nan)
        ead = np.full(n, np.nan)
    # non-monotonic depths across events (a rarer event shallower) are reported, not changed
    with np.errstate(invalid="ignore"):
        nonmono = (np.diff(np.nan_to_num(depth), axis=1) < -1e-6).any(axis=1) if E > 1 else \
            np.zeros(n, dtype=bool)
    if nonmono.any():
        log.append(("info", f"{int(nonmono.sum()):,} feature(s) are shallower in a rarer event "
                            "than in a more frequent one; the hazard maps may come from "
                            "different models. EAD integrates the damages as given."))
    zone = np.full(n, -1, dtype=np.int64)
    if zones is not None:
        g0 = geoms_list[0]
        if kind == "polygon":
            rep = interior_points(g0)
        else:
            xy, owner = g0
            rep = np.full((n, 2), np.nan)
            if len(xy):
                first = np.ones(len(owner), dtype=bool)
                first[1:] = owner[1:] != owner[:-1]
                rep[owner[first]] = xy[first]
        zone = points_in_polygons(rep, zones)
    res = RiskResult(T, depth, frac, damage, aep_wet, rp_wet, ead, ead_frac, zone, covered_any,
                     log=log)
    res.wet_count = int(any_wet.sum())
    res.total_ead = float(np.nansum(ead)) if values is not None else float("nan")
    res.summary = _risk_summary(res, values, zone_names)
    if n and res.wet_count == 0 and n_out < n:
        log.append(("warning", "No feature is wet in any event: EAD is 0 everywhere."))
    return res


def _risk_summary(res, values, zone_names):
    """One row per zone ("all" first): features, wet per event, value, damage per event, EAD."""
    n, E = res.depth.shape
    nz = len(zone_names) if zone_names is not None else 0
    zone_rows = [(None, S.ALL)]
    if nz:
        zone_rows += [(i, str(z)) for i, z in enumerate(zone_names)]
        if (res.zone < 0).any():
            zone_rows.append((-1, S.OUTSIDE_ZONES))
    rows = []
    val = np.asarray(values, dtype=np.float64) if values is not None else None
    for zi, zname in zone_rows:
        m = np.ones(n, dtype=bool) if zi is None else res.zone == zi
        row = {S.ZONE: zname, S.FEATURES: int(m.sum()),
               S.WET_ANY: int((res.depth[m] > 0).any(axis=1).sum()),
               S.ASSET_VALUE: float(np.nansum(val[m])) if val is not None else float("nan"),
               S.EAD: float(np.nansum(res.ead[m])) if val is not None else float("nan"),
               S.EAD_FRACTION_MEAN: float(np.nanmean(res.ead_fraction[m])) if m.any()
               and not np.isnan(res.ead_fraction[m]).all() else float("nan")}
        for e, t in enumerate(res.return_periods):
            row[S.fill(S.WET_RP, _rp_tag(t))] = int((res.depth[m, e] > 0).sum())
            row[S.fill(S.DAMAGE_RP, _rp_tag(t))] = (float(np.nansum(res.damage[m, e]))
                                                    if val is not None else float("nan"))
        rows.append(row)
    return rows


def _rp_tag(t):
    """Field-name tag of a return period: 10 -> rp10, 2.5 -> rp2_5."""
    return "rp" + (f"{t:g}".replace(".", "_"))


rp_tag = _rp_tag
