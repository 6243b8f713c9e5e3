"""Accessibility heat map on a hexagon grid: nearest time, cumulative and gravity access.

Cells: regular hexagons (pointy top) whose centres are ``cell_size`` metres apart (the width of
a cell across its flat sides); cell area = sqrt(3)/2 x cell_size^2. A cell stands for its
centre, snapped to the nearest street edge like any origin (cells farther than the snap distance
from every street -- water, rail yards, large parks -- are NULL, not 0).

Per cell:

- ``time_<category>``: walk time (min) to the nearest destination of each category, one
  multi-source search per category (:class:`.accessibility.SearchGraph`), up to the horizon;
- ``opportunities``: the sum of the destinations' weights (jobs, seats; 1 each without a weight
  field) within ``threshold_min`` minutes (a cumulative-opportunities measure);
- ``gravity``: ``sum_j w_j f(t_ij)`` over the destinations within the horizon, with
  ``f(t) = exp(-beta t)`` (negative exponential) or ``f(t) = max(t, t_min)^-beta`` (power); the
  gravity measure of Hansen, W.G. (1959), How accessibility shapes land use, Journal of the
  American Institute of Planners 25(2), 73-76. The beta defaults below are *examples*: calibrate
  them to local travel surveys when possible.

Exact method for the pair sums: the network is undirected, so every (cell, destination) pair
within the horizon is found by bounded Dijkstra searches (``limit`` = the horizon) from whichever
side has fewer points, each point starting from a virtual node tied to both ends of its edge, and
the other side's points are read off the end nodes of their own edges (plus the direct walk when
both share an edge): :func:`.manytomany.pairs_within`. No origin x destination matrix is built;
the work grows with the number of searched points times the size of a walk-horizon
neighbourhood, not with the city size squared.
"""
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError
from ..common.messages import log_line
from ..common.progress import Progress, SubProgress
from ..network.build import DEFAULT_WALK_SPEED_KMH, speed_to_m_per_min
from ..network.manytomany import _min_per_pair, pairs_within

SQRT3 = 3.0 ** 0.5
MAX_CELLS = 1_000_000
"""Largest grid the tool makes; a finer one is almost always a wrong unit or extent."""

DEFAULT_CELL_SIZE_M = 200.0
"""Default distance between cell centres (example: two to three city blocks)."""

DECAYS = ("exponential", "power")
DEFAULT_BETA = {"exponential": 0.1, "power": 1.0}
"""Example decay parameters (per minute for exponential: a weight of 0.22 at 15 minutes and
0.05 at 30; power: 1/t). Labelled *example*: no single published value fits every city."""

POWER_T_MIN = 1.0
"""Power decay is capped below at 1 minute so a destination at the cell centre does not get an
infinite weight (example value)."""

DEFAULT_THRESHOLD_MIN = 15.0
DEFAULT_HORIZON_MIN = 30.0


def hex_area(cell_size):
    return SQRT3 / 2.0 * cell_size * cell_size


def hex_grid(extent, cell_size, max_cells=MAX_CELLS):
    """Centres (n, 2) and rings (n, 7, 2) of pointy-top hexagons covering ``extent`` =
    (xmin, ymin, xmax, ymax); centres ``cell_size`` apart, rows ``cell_size * sqrt(3)/2``
    apart, every other row shifted by half a cell."""
    if cell_size is None or not np.isfinite(cell_size) or cell_size <= 0:
        raise UrbanPlanError("The cell size must be a positive number of metres, got "
                             "{cell_size!r}. Try {DEFAULT_CELL_SIZE_M:g} m.",
                             cell_size=cell_size, DEFAULT_CELL_SIZE_M=DEFAULT_CELL_SIZE_M)
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    if not all(np.isfinite([xmin, ymin, xmax, ymax])) or xmax < xmin or ymax < ymin:
        raise UrbanPlanError("The grid extent is empty or invalid. Give an extent or zones.")
    r = cell_size / SQRT3  # circumradius
    dy = 1.5 * r
    n_rows = int(np.floor((ymax - ymin) / dy)) + 2
    n_cols = int(np.floor((xmax - xmin) / cell_size)) + 2
    count = n_rows * n_cols
    if count > max_cells:
        suggest = cell_size * np.sqrt(count / max_cells) * 1.05
        raise UrbanPlanError(
            "A {cell_size:g} m grid over this extent ({width_km:.1f} x "
            "{height_km:.1f} km) would have about {count:,} cells, more than the "
            "{max_cells:,} allowed. Use a larger cell size (at least {suggest:.0f} m), a smaller "
            "extent, or zones. Check also that the extent is in metres, not degrees.",
            cell_size=cell_size, width_km=(xmax - xmin) / 1000, height_km=(ymax - ymin) / 1000,
            count=count, max_cells=max_cells, suggest=suggest)
    rows = np.arange(n_rows)
    cols = np.arange(n_cols)
    cy = ymin + rows * dy
    cx = xmin + cols * cell_size
    gx, gy = np.meshgrid(cx, cy)
    gx = gx + np.where(rows % 2 == 1, cell_size / 2.0, 0.0)[:, None]
    centres = np.column_stack([gx.ravel(), gy.ravel()])
    # keep hexagons that touch the extent (their bounding box overlaps it)
    half_w = cell_size / 2.0
    keep = ((centres[:, 0] + half_w >= xmin) & (centres[:, 0] - half_w <= xmax)
            & (centres[:, 1] + r >= ymin) & (centres[:, 1] - r <= ymax))
    centres = centres[keep]
    ang = np.deg2rad(30.0 + 60.0 * np.arange(7))
    rings = centres[:, None, :] + r * np.stack([np.cos(ang), np.sin(ang)], axis=1)[None, :, :]
    return centres, rings


def cells_in_zones(rings, zones):
    """Bool mask of hexagons (rings) that intersect any of the ``zones`` (shapely polygons)."""
    from ..common.compat import intersects_mask, polygons_from_rings
    keep = np.zeros(len(rings), dtype=bool)
    if not len(rings):
        return keep
    lo = rings.min(axis=1)
    hi = rings.max(axis=1)
    for z in zones:
        if z is None or z.is_empty:
            continue
        zx0, zy0, zx1, zy1 = z.bounds
        cand = np.flatnonzero(~keep & (hi[:, 0] >= zx0) & (lo[:, 0] <= zx1)
                              & (hi[:, 1] >= zy0) & (lo[:, 1] <= zy1))
        if len(cand):
            keep[cand[intersects_mask(z, polygons_from_rings(rings[cand]))]] = True
    return keep


def decay_weight(t_min, decay="exponential", beta=None):
    """Gravity weight of a walk of ``t_min`` minutes."""
    if decay not in DECAYS:
        raise UrbanPlanError("Unknown decay function {decay!r}; use exponential or power.",
                             decay=decay)
    beta = DEFAULT_BETA[decay] if beta is None else float(beta)
    if not np.isfinite(beta) or beta <= 0:
        raise UrbanPlanError("The decay parameter beta must be a positive number, got {beta!r}.",
                             beta=beta)
    t = np.asarray(t_min, dtype=np.float64)
    if decay == "exponential":
        return np.exp(-beta * t)
    return np.maximum(t, POWER_T_MIN) ** (-beta)


@dataclass
class GridAccess:
    """Results per cell; ``time`` is (n_cells, n_categories) minutes (NaN beyond the horizon
    or off the network); ``opportunities`` and ``gravity`` are NaN off the network."""

    centres: np.ndarray
    rings: np.ndarray
    on_network: np.ndarray
    snap_m: np.ndarray
    categories: list
    time: np.ndarray
    opportunities: np.ndarray
    gravity: np.ndarray
    nearest_min: np.ndarray = None  # to the nearest destination of any category
    summary: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    cancelled: bool = False


def grid_access(network, centres, rings, dest_xy, dest_labels=None, dest_weight=None,
                speed_kmh=DEFAULT_WALK_SPEED_KMH, threshold_min=DEFAULT_THRESHOLD_MIN,
                horizon_min=DEFAULT_HORIZON_MIN, decay="exponential", beta=None,
                max_snap_m=200.0, dest_owner=None, index=None, graph=None, progress=None):
    """Nearest time per category, cumulative opportunities within ``threshold_min`` and gravity
    access (up to ``horizon_min``) for every cell centre.

    ``dest_owner`` (per destination point) groups several access points of one destination (a
    park's entrances, all with the same weight): it then counts once per cell, at its nearest
    entrance."""
    from ..network.snap import EdgeIndex
    from .fifteenminutecity import SearchGraph
    progress = progress or Progress()
    m_per_min = speed_to_m_per_min(speed_kmh)
    if threshold_min is None or not np.isfinite(threshold_min) or threshold_min <= 0:
        raise UrbanPlanError("The time threshold must be a positive number of minutes, got "
                             "{threshold_min!r}.", threshold_min=threshold_min)
    if horizon_min is None or not np.isfinite(horizon_min) or horizon_min <= 0:
        raise UrbanPlanError("The search horizon must be a positive number of minutes, got "
                             "{horizon_min!r}.", horizon_min=horizon_min)
    if max_snap_m is None or not np.isfinite(max_snap_m) or max_snap_m <= 0:
        raise UrbanPlanError("The largest snap distance must be a positive number of metres, "
                             "got {max_snap_m!r}.", max_snap_m=max_snap_m)
    decay_weight(0.0, decay, beta)  # validates decay and beta
    log = []
    if horizon_min < threshold_min:
        log.append(log_line("The search horizon ({horizon_min:g} min) was raised to the "
                            "threshold ({threshold_min:g} min).", horizon_min=float(horizon_min),
                            threshold_min=float(threshold_min)))
        horizon_min = float(threshold_min)
    centres = np.asarray(centres, dtype=np.float64).reshape(-1, 2)
    dest_xy = np.asarray(dest_xy, dtype=np.float64).reshape(-1, 2)
    nd = len(dest_xy)
    if nd == 0:
        raise UrbanPlanError("There are no destinations: the layer is empty or filtered.")
    if len(centres) == 0:
        raise UrbanPlanError("The grid has no cells: the extent or the zones are empty.")
    weight = np.ones(nd) if dest_weight is None else np.asarray(dest_weight, dtype=np.float64)
    if np.isnan(weight).any() or (weight < 0).any():
        raise UrbanPlanError("Destination weights must be zero or positive numbers (no NULL, "
                             "no negatives). Fix the weight field or filter those features.")
    labels = (np.array(["all"] * nd, dtype=object) if dest_labels is None
              else np.asarray(dest_labels, dtype=object))
    index = index or EdgeIndex(network)
    graph = graph or SearchGraph(network)
    cells = index.snap(centres, max_distance=max_snap_m)
    dests = index.snap(dest_xy, max_distance=max_snap_m)
    if not dests.ok.any():
        raise UrbanPlanError(
            "None of the {nd} destinations is within {max_snap_m:g} m of the walking network. "
            "Check that destinations and network cover the same area (and CRS), or raise the "
            "largest snap distance.", nd=nd, max_snap_m=max_snap_m)
    if not cells.ok.any():
        raise UrbanPlanError(
            "None of the {n_centres} cell centres is within {max_snap_m:g} m of the walking "
            "network. Check that the extent or zones cover the network, or raise the largest "
            "snap distance.", n_centres=len(centres), max_snap_m=max_snap_m)
    if (~dests.ok).any():
        log.append(log_line("{n_off} of {n} destinations are farther than {max_snap_m:g} m from "
                            "the network and are left out.", n_off=int((~dests.ok).sum()),
                            n=int(nd), max_snap_m=float(max_snap_m)))
    n_off = int((~cells.ok).sum())
    if n_off:
        log.append(log_line("{n_off} of {n} cells have their centre farther than "
                            "{max_snap_m:g} m from the network: NULL.", n_off=int(n_off),
                            n=len(centres), max_snap_m=float(max_snap_m)))
    blank = np.array([v is None or str(v).strip() == "" for v in labels], dtype=bool)
    if blank.any():
        log.append(log_line("{n} destinations have no category and only count in the "
                            "opportunities and gravity sums.", n=int(blank.sum())))
    cats = sorted({str(v) for v, b in zip(labels, blank) if not b})
    horizon_m = horizon_min * m_per_min
    thr_m = threshold_min * m_per_min
    n = len(centres)
    time = np.full((n, len(cats)), np.nan)
    cancelled = False
    steps = len(cats) + 1
    str_labels = np.array([str(v) for v in labels], dtype=object)
    for j, c in enumerate(cats):
        if progress.is_canceled():
            cancelled = True
            break
        sel = (str_labels == c) & ~blank
        time[:, j] = graph.nearest(cells, dests, sel, limit=horizon_m) / m_per_min
        progress.progress(100.0 * (j + 1) / steps)
    opp = np.zeros(n)
    grav = np.zeros(n)
    owner = (np.arange(nd) if dest_owner is None
             else np.asarray(dest_owner, dtype=np.int64).reshape(-1))
    n_owner = int(owner.max()) + 1 if nd else 0
    multi = np.bincount(owner, minlength=n_owner)[owner] > 1
    owner_weight = np.zeros(n_owner)
    owner_weight[owner] = weight

    def add(ci, d, w):
        within = d <= thr_m + 1e-6
        opp[:] += np.bincount(ci[within], weights=w[within], minlength=n)
        grav[:] += np.bincount(ci, weights=w * decay_weight(d / m_per_min, decay, beta),
                               minlength=n)

    if not cancelled:
        sub = SubProgress(progress, 100.0 * len(cats) / steps, 100.0)
        held = []  # pairs with multi-entrance destinations: keep the nearest entrance per cell
        for ci, di, d in pairs_within(network, cells, dests, horizon_m, graph.weights, sub):
            m = multi[di]
            add(ci[~m], d[~m], weight[di[~m]])
            if m.any():
                held.append((ci[m], owner[di[m]], d[m]))
        if held:
            ci, ow, d = _min_per_pair(*(np.concatenate([h[k] for h in held]) for k in range(3)),
                                      n_owner)
            add(ci, d, owner_weight[ow])
        cancelled = progress.is_canceled()
    on = cells.ok
    opp = np.where(on, opp, np.nan)
    grav = np.where(on, grav, np.nan)
    nearest_any = (np.min(np.where(np.isnan(time), np.inf, time), axis=1) if len(cats)
                   else np.full(n, np.inf))
    nearest_any = np.where(np.isfinite(nearest_any) & on, nearest_any, np.nan)
    summary = {
        "CELL_COUNT": int(n),
        "CELLS_ON_NETWORK": int(on.sum()),
        "MEAN_OPPORTUNITIES": float(np.nanmean(opp)) if on.any() else np.nan,
        "MEAN_GRAVITY": float(np.nanmean(grav)) if on.any() else np.nan,
        "MEAN_NEAREST_MIN": (float(np.nanmean(nearest_any))
                             if np.isfinite(nearest_any).any() else np.nan),
        "TOTAL_WEIGHT": float(weight[dests.ok].sum()),
    }
    progress.progress(100.0)
    return GridAccess(centres=centres, rings=np.asarray(rings), on_network=on,
                      snap_m=np.where(on, cells.distance, np.nan), categories=cats, time=time,
                      opportunities=opp, gravity=grav, nearest_min=nearest_any,
                      summary=summary, log=log,
                      cancelled=cancelled)


__all__ = ["hex_grid", "cells_in_zones", "decay_weight", "grid_access", "GridAccess",
           "hex_area", "MAX_CELLS", "DECAYS", "DEFAULT_BETA"]
