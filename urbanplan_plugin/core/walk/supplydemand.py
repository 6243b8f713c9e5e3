"""Two-step floating catchment area (2SFCA): supply per resident where people live.

Luo, W. & Wang, F. (2003). Measures of spatial accessibility to health care in a GIS
environment: synthesis and a case study in the Chicago region. Environment and Planning B:
Planning and Design 30(6), 865-884. doi:10.1068/b29120.

With a catchment of T minutes (distance ``d0`` = T x walking speed along the network):

1. for every facility j with supply S_j (seats, beds, doctors), the demand within its catchment
   ``D_j = sum_k P_k * f(d_kj)`` over residents' locations k with ``d_kj <= d0``, and the
   supply-to-demand ratio ``R_j = S_j / D_j``;
2. for every residents' location i, the accessibility ``A_i = sum_j R_j * f(d_ij)`` over the
   facilities within ``d0``; reported per 1 000 residents (``1000 * A_i``).

``f = 1`` inside the catchment in the original method. With ``decay="gaussian"`` the weight falls
smoothly inside the catchment (Gaussian 2SFCA): ``f(d) = (exp(-0.5 (d/d0)^2) - exp(-0.5)) /
(1 - exp(-0.5))``, 1 at the facility and 0 at the catchment edge (Dai, D. (2010). Black
residential segregation, disparities in spatial access to health care facilities, and
late-stage breast cancer diagnosis in metropolitan Detroit. Health & Place 16(5), 1038-1052;
the weighted-catchment idea is the E2SFCA of Luo, W. & Qi, Y. (2009), Health & Place 15(4),
1100-1107).

Property (used as a test): when the same ``f`` weights both steps, ``sum_i A_i P_i`` equals the
total supply of the facilities that have some demand in their catchment, so supply is only
redistributed, never created or lost.

Conventions: a location off the network has NULL (NaN); a location on the network with no
facility within the catchment has 0 supply per 1 000 (a real zero: no supply reachable); a
facility with no demand in its catchment has a NULL ratio and its supply reaches nobody.

**How access is distributed.** By the property above, the population-weighted mean of ``A_i`` is
always the supply that reaches residents divided by the people on the network: it says nothing
about who gets it. The summary therefore describes the distribution over the people on the
network (a location off the network counts for nobody; one with 0 counts as 0):

* population-weighted percentiles of supply per 1 000 (10th, median, 90th: the lower weighted
  quantile, the smallest value such that at least that share of people has no more);
* the share of people below a standard: a planning norm in supply per 1 000 residents when
  given, else the whole area's ratio (total supply per 1 000 residents), i.e. the share who get
  less than an even spread would give them;
* the Gini coefficient of supply per resident over people (0: everyone the same, 1: all of it
  at one place), from the Lorenz curve ``G = 1 - sum_i (P_i - P_(i-1)) (L_i + L_(i-1))`` with
  people sorted by access, ``P`` their cumulative share and ``L`` the cumulative share of
  access. Lorenz curves and the Gini index for the equity of accessibility: Delbosc, A. &
  Currie, G. (2011). Using Lorenz curves to assess public transport equity. Journal of
  Transport Geography 19(6), 1252-1259. doi:10.1016/j.jtrangeo.2011.02.008.
"""
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError
from ..common.messages import log_line
from ..common.progress import Progress, SubProgress
from ..network.build import DEFAULT_WALK_SPEED_KMH, speed_to_m_per_min
from ..network.manytomany import pairs_within

DECAYS = ("none", "gaussian")
DEFAULT_CATCHMENT_MIN = 15.0
"""Default catchment: 15 minutes of walking, the 15-minute community life circle (Shanghai
Manual 2023; CASES.md)."""

PER = 1000.0


def weighted_gini(values, weights):
    """Gini coefficient of ``values`` over ``weights`` (people) from the Lorenz curve; NaN when
    there is no weight or every value is 0. NaN values are left out."""
    v = np.asarray(values, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    keep = np.isfinite(v) & (w > 0)
    v, w = v[keep], w[keep]
    if len(v) == 0 or not (v * w).sum() > 0:
        return np.nan
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    p = np.concatenate([[0.0], np.cumsum(w)]) / w.sum()
    lorenz = np.concatenate([[0.0], np.cumsum(v * w)]) / (v * w).sum()
    return float(1.0 - np.sum(np.diff(p) * (lorenz[1:] + lorenz[:-1])))


def access_distribution(access, population, standard):
    """{ACCESS_P10_PER_1000, ACCESS_MEDIAN_PER_1000, ACCESS_P90_PER_1000, STANDARD_PER_1000,
    POP_BELOW_STANDARD_PCT, GINI_ACCESS} of ``access`` (per 1 000, NaN off the network) over
    ``population`` (see the module's notes); the share below the standard in percent."""
    from .fifteenminutecity import weighted_quantile
    a = np.asarray(access, dtype=np.float64)
    p = np.asarray(population, dtype=np.float64)
    on = np.isfinite(a) & (p > 0)
    people = float(p[on].sum())
    below = (100.0 * float(p[on & (a < standard - 1e-9)].sum()) / people
             if people > 0 and np.isfinite(standard) else np.nan)
    return {
        "ACCESS_P10_PER_1000": weighted_quantile(a, p, 0.1),
        "ACCESS_MEDIAN_PER_1000": weighted_quantile(a, p, 0.5),
        "ACCESS_P90_PER_1000": weighted_quantile(a, p, 0.9),
        "STANDARD_PER_1000": float(standard),
        "POP_BELOW_STANDARD_PCT": below,
        "GINI_ACCESS": weighted_gini(a, p),
    }


def gaussian_weight(d, d0):
    """Dai (2010) Gaussian catchment weight: 1 at d = 0, 0 at d = d0 and beyond."""
    d = np.asarray(d, dtype=np.float64)
    e = np.exp(-0.5)
    w = (np.exp(-0.5 * (d / d0) ** 2) - e) / (1.0 - e)
    return np.where(d <= d0 + 1e-6, np.clip(w, 0.0, 1.0), 0.0)


def catchment_weight(d, d0, decay="none"):
    if decay == "none":
        return np.where(np.asarray(d) <= d0 + 1e-6, 1.0, 0.0)
    if decay == "gaussian":
        return gaussian_weight(d, d0)
    raise UrbanPlanError("Unknown distance decay {decay!r}; use one of {DECAYS}.",
                         decay=decay, DECAYS=', '.join(DECAYS))


@dataclass
class TwoStepResult:
    """Per residents' location: ``access_per_1000`` (NaN off the network), ``n_facilities``
    within the catchment, ``nearest_min`` to the nearest facility within it (NaN when none).
    Per facility: ``demand`` in its catchment (weighted), ``ratio_per_1000`` (NaN when no
    demand), ``n_locations`` reached."""

    access_per_1000: np.ndarray
    n_facilities: np.ndarray
    nearest_min: np.ndarray
    demand: np.ndarray
    ratio_per_1000: np.ndarray
    n_locations: np.ndarray
    summary: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    cancelled: bool = False


def two_step_fca(network, supply_snap, supply, demand_snap, population,
                 catchment_min=DEFAULT_CATCHMENT_MIN, speed_kmh=DEFAULT_WALK_SPEED_KMH,
                 decay="none", progress=None, standard_per_1000=None, travel=None):
    """2SFCA on the walking network. ``supply_snap``/``demand_snap`` are
    :class:`~.snap.Snapped`; ``supply`` and ``population`` are per point (no NaN, >= 0).
    ``standard_per_1000``: the norm for POP_BELOW_STANDARD_PCT (default: the area's overall
    ratio). ``travel`` (:class:`core.walk.profiles.Travel`): who travels (profile, way rules,
    slope); its flat speed replaces ``speed_kmh``, and the catchment is measured on the
    residents' trip to the facility (snap the points with ``travel.index``)."""
    progress = progress or Progress()
    costs = None
    if travel is not None:
        speed_kmh = travel.speed_kmh
        costs = None if travel.is_plain else travel.costs(network)
    m_per_min = speed_to_m_per_min(speed_kmh)
    if catchment_min is None or not np.isfinite(catchment_min) or catchment_min <= 0:
        raise UrbanPlanError("The catchment must be a positive number of minutes, got "
                             "{catchment_min!r}. {DEFAULT_CATCHMENT_MIN:g} minutes is usual.",
                             catchment_min=catchment_min,
                             DEFAULT_CATCHMENT_MIN=DEFAULT_CATCHMENT_MIN)
    if decay not in DECAYS:
        raise UrbanPlanError("Unknown distance decay {decay!r}; use one of {DECAYS}.",
                             decay=decay, DECAYS=', '.join(DECAYS))
    if standard_per_1000 is not None and not (np.isfinite(standard_per_1000)
                                              and standard_per_1000 >= 0):
        raise UrbanPlanError("The standard must be zero or a positive number per 1 000 "
                             "residents, got {standard!r}.", standard=standard_per_1000)
    supply = np.asarray(supply, dtype=np.float64)
    pop = np.asarray(population, dtype=np.float64)
    for name, arr, what in (("supply", supply, "facilities"), ("population", pop, "residents")):
        if len(arr) == 0:
            raise UrbanPlanError("There are no {what}: the layer is empty or filtered.",
                                 what=what)
        if np.isnan(arr).any():
            raise UrbanPlanError("{count} value(s) of the {name} field are "
                                 "NULL. Fill them in (0 if there is none) or filter them out.",
                                 count=int(np.isnan(arr).sum()), name=name)
        if (arr < 0).any():
            raise UrbanPlanError("{count} value(s) of the {name} field are "
                                 "negative. Counts cannot be negative: fix the data.",
                                 count=int((arr < 0).sum()), name=name)
    if not supply_snap.ok.any():
        raise UrbanPlanError(
            "None of the {n_supply} facilities is close enough to the walking network to be "
            "snapped. Check that facilities and network cover the same area (and CRS), or raise "
            "the largest snap distance.", n_supply=len(supply))
    if not demand_snap.ok.any():
        raise UrbanPlanError(
            "None of the {n_pop} residents' locations is close enough to the walking network "
            "to be snapped. Check that the layers cover the same area, or raise the largest snap "
            "distance.", n_pop=len(pop))
    d0 = float(catchment_min) * m_per_min
    log = []
    ns, nd = len(supply), len(pop)
    demand = np.zeros(ns)
    n_loc = np.zeros(ns, dtype=np.int64)
    # pairs within the catchment, kept (facility, location, distance): both steps need them
    fi, li, dd = [], [], []
    cancelled = False
    if costs is None:
        pairs = pairs_within(network, supply_snap, demand_snap, d0,
                             progress=SubProgress(progress, 0, 80))
    else:  # the residents' trip to the facility: (location, facility) pairs, swapped below
        pairs = ((b, a, d) for a, b, d in pairs_within(
            network, demand_snap, supply_snap, d0, progress=SubProgress(progress, 0, 80),
            costs=costs, reach=travel.reach_factor()))
    for a, b, d in pairs:
        fi.append(a)
        li.append(b)
        dd.append(d)
    if progress.is_canceled():
        cancelled = True
    fi = np.concatenate(fi) if fi else np.empty(0, dtype=np.int64)
    li = np.concatenate(li) if li else np.empty(0, dtype=np.int64)
    dd = np.concatenate(dd) if dd else np.empty(0)
    f = catchment_weight(dd, d0, decay)
    demand = np.bincount(fi, weights=pop[li] * f, minlength=ns)
    n_loc = np.bincount(fi, minlength=ns)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(demand > 0, supply / demand, np.nan)
    contrib = np.where(np.isfinite(ratio[fi]), ratio[fi] * f, 0.0)
    access = np.bincount(li, weights=contrib, minlength=nd)
    n_fac = np.bincount(li[f > 0], minlength=nd).astype(np.float64)
    nearest = np.full(nd, np.inf)
    np.minimum.at(nearest, li, dd)
    nearest = np.where(np.isfinite(nearest), nearest / m_per_min, np.nan)
    on = demand_snap.ok
    access = np.where(on, access * PER, np.nan)
    n_fac = np.where(on, n_fac, np.nan)
    progress.progress(100.0)

    s_on = supply_snap.ok
    from ..network.fragments import describe_moved
    for snapped, what in ((supply_snap, "facilities"), (demand_snap, "residents' locations")):
        line = describe_moved(snapped, what)
        if line:
            log.append(line)
    unused = s_on & ~(demand > 0)
    if (~s_on).any():
        log.append(log_line("{n_off} of {n} facilities are farther than the snap distance from "
                            "the network (or have no geometry): their supply reaches nobody.",
                            n_off=int((~s_on).sum()), n=int(ns)))
    if unused.any():
        log.append(log_line("{n} facilities have no residents within {catchment_min:g} min: "
                            "their ratio is NULL and their supply reaches nobody.",
                            n=int(unused.sum()), catchment_min=float(catchment_min)))
    if (~on).any():
        log.append(log_line("{n_off} of {n} residents' locations are off the network: NULL.",
                            n_off=int((~on).sum()), n=int(nd)))
    pop_on = float(pop[on].sum())
    covered = on & (n_fac > 0)
    total_supply = float(supply.sum())
    summary = {
        "TOTAL_SUPPLY": total_supply,
        "SUPPLY_REACHING_RESIDENTS": float(supply[s_on & (demand > 0)].sum()),
        "TOTAL_POPULATION": float(pop.sum()),
        "POPULATION_ON_NETWORK": pop_on,
        "POPULATION_WITH_ACCESS": float(pop[covered].sum()),
        "SHARE_WITH_ACCESS": float(pop[covered].sum() / pop_on) if pop_on > 0 else np.nan,
        "MEAN_ACCESS_PER_1000": (float(np.nansum(access[on] * pop[on]) / pop_on)
                                 if pop_on > 0 else np.nan),
        "OVERALL_RATIO_PER_1000": PER * total_supply / float(pop.sum()) if pop.sum() > 0
        else np.nan,
    }
    standard = (summary["OVERALL_RATIO_PER_1000"] if standard_per_1000 is None
                else float(standard_per_1000))
    summary.update(access_distribution(access, pop, standard))
    return TwoStepResult(access_per_1000=access, n_facilities=n_fac, nearest_min=nearest,
                         demand=np.where(s_on, demand, np.nan),
                         ratio_per_1000=np.where(s_on, ratio * PER, np.nan),
                         n_locations=n_loc, summary=summary, log=log, cancelled=cancelled)


__all__ = ["two_step_fca", "TwoStepResult", "gaussian_weight", "catchment_weight", "DECAYS",
           "access_distribution", "weighted_gini"]
