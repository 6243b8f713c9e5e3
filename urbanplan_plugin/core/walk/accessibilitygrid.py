"""Accessibility heat map on a hexagon grid: nearest time, cumulative and gravity access.

Cells: regular hexagons (pointy top) whose centres are ``cell_size`` metres apart (the width of
a cell across its flat sides); cell area = sqrt(3)/2 x cell_size^2. A cell stands for its
centre, snapped to the nearest street edge like any origin (cells farther than the snap distance
from every street -- water, rail yards, large parks -- are NULL, not 0).

Per cell:

- ``time_<category>``: walk time (min) to the nearest destination of each category, one
  multi-source search per category (:class:`core.network.search.SearchGraph`), up to the horizon;
- ``opportunities``: the sum of the destinations' weights (jobs, seats; 1 each without a weight
  field) within ``threshold_min`` minutes (a cumulative-opportunities measure);
- ``gravity``: ``sum_j w_j f(t_ij)`` over the destinations reachable on the network, with
  ``f(t) = exp(-beta t)`` (negative exponential) or ``f(t) = max(t, t_min)^-beta`` (power); the
  gravity measure of Hansen, W.G. (1959), How accessibility shapes land use, Journal of the
  American Institute of Planners 25(2), 73-76. The beta defaults below are *examples*: calibrate
  them to local travel surveys when possible.
  Hansen's sum runs over every destination; the engine sums until the weight is negligible: up
  to the time where ``f(t)`` falls to :data:`GRAVITY_MIN_SHARE` (1 %) of ``f(0)``
  (:func:`gravity_cutoff_min`; exponential beta 0.1: 46.1 min; power beta 1: 100 min), at
  most :data:`MAX_GRAVITY_CUTOFF_MIN`, independent of the search horizon of the nearest
  times. What the cut-off leaves out is bounded per cell: every destination beyond it weighs at
  most ``f(t_cut)``, so the left-out share of the full sum is at most
  ``gravity_trunc_max_pct = 100 f(t_cut) W_out / (gravity + f(t_cut) W_out)``, with ``W_out`` the
  weight
  of the destinations on the cell's piece of network that are not summed (0 when all are).

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
from ..network.fragments import (
    describe_moved,
    describe_pruning,
    null_reason_codes,
    null_reason_text,
)
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

GRAVITY_MIN_SHARE = 0.01
"""Gravity sums destinations until their weight ``f(t)`` falls below 1 % of ``f(0)``: beyond
that a destination adds less than a hundredth of one at the doorstep. UrbanPlan's rule (an
example value); the left-out share is bounded per cell (``gravity_trunc_max_pct``)."""

MAX_GRAVITY_CUTOFF_MIN = 60.0
"""The gravity search stops after at most an hour of walking (an example cap that bounds the run
time for slowly decaying power functions; ``gravity_trunc_max_pct`` then says how much it leaves
out)."""

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


def gravity_cutoff_min(decay="exponential", beta=None, min_share=GRAVITY_MIN_SHARE,
                       cap=MAX_GRAVITY_CUTOFF_MIN):
    """Minutes after which the decay weight falls below ``min_share`` of its value at 0 min:
    ``ln(1 / share) / beta`` (exponential), ``t_min * share^(-1 / beta)`` (power); at most
    ``cap``."""
    decay_weight(0.0, decay, beta)  # validates
    beta = DEFAULT_BETA[decay] if beta is None else float(beta)
    if not (0 < min_share < 1):
        raise UrbanPlanError("The gravity cut-off share must be between 0 and 1, got "
                             "{min_share!r}.", min_share=min_share)
    if decay == "exponential":
        t = np.log(1.0 / min_share) / beta
    else:
        t = POWER_T_MIN * min_share ** (-1.0 / beta)
    return float(min(t, cap))


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
    gravity_trunc_max_pct: np.ndarray = None  # upper bound of the % of Hansen's sum left out
    gravity_cutoff_min: float = np.nan
    null_reason: list = None        # per cell: why a time_ is NULL (core.network.fragments)
    summary: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    cancelled: bool = False


def pieces_weight(index, dests, owner, owner_weight):
    """Per piece of ``index``'s network (:meth:`core.network.snap.EdgeIndex.piece_of`): the
    weight of the destinations snapped onto it, a destination with several access points
    (``owner``) counted once per piece it has one on."""
    n_comp = index.pieces()[0]
    dest_comp = index.piece_of(dests)
    ok = dests.ok
    pairs = np.unique(np.c_[np.asarray(owner)[ok], dest_comp[ok]], axis=0)
    if not len(pairs):
        return np.zeros(n_comp)
    return np.bincount(pairs[:, 1], weights=np.asarray(owner_weight)[pairs[:, 0]],
                       minlength=n_comp)


def grid_access(network, centres, rings, dest_xy, dest_labels=None, dest_weight=None,
                speed_kmh=DEFAULT_WALK_SPEED_KMH, threshold_min=DEFAULT_THRESHOLD_MIN,
                horizon_min=DEFAULT_HORIZON_MIN, decay="exponential", beta=None,
                max_snap_m=200.0, dest_owner=None, index=None, graph=None, progress=None,
                gravity_cutoff=None, travel=None, dest_pieces=None, piece_weight=None):
    """Nearest time per category (up to ``horizon_min``), cumulative opportunities within
    ``threshold_min`` and gravity access (up to ``gravity_cutoff`` minutes, default
    :func:`gravity_cutoff_min` of the decay) for every cell centre.

    ``travel`` (:class:`core.walk.profiles.Travel`): who travels (profile, way rules, slope);
    its flat speed replaces ``speed_kmh`` and every time is the trip cell -> destination.

    ``dest_owner`` (per destination point) groups several access points of one destination (a
    park's entrances, all with the same weight): it then counts once per cell, at its nearest
    entrance.

    ``null_reason`` and ``gravity_trunc_max_pct`` look at the pieces of network of ``index`` (see
    :mod:`core.network.fragments`). When more destinations exist than those given (the batch
    gives an area's nearby ones only), ``dest_pieces`` ({category: piece labels holding one})
    and ``piece_weight`` (per piece label: the weight of the destinations on it, a destination
    with several entrances counted once per piece) describe all of them."""
    from ..network.search import SearchGraph
    from ..network.snap import EdgeIndex
    progress = progress or Progress()
    if travel is not None:
        speed_kmh = travel.speed_kmh
        index = index or travel.index(network)
        graph = graph or travel.graph(network)
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
    cut_min = (gravity_cutoff_min(decay, beta) if gravity_cutoff is None
               else float(gravity_cutoff))
    if not np.isfinite(cut_min) or cut_min <= 0:
        raise UrbanPlanError("The gravity cut-off must be a positive number of minutes, got "
                             "{gravity_cutoff!r}.", gravity_cutoff=gravity_cutoff)
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
    for line in (describe_pruning(index.net, index.kept, index.usable),
                 describe_moved(cells, "cell centre(s)"),
                 describe_moved(dests, "destination(s)")):
        if line:
            log.append(line)
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
    cut_m = cut_min * m_per_min
    n = len(centres)
    time = np.full((n, len(cats)), np.nan)
    dest_comp = index.piece_of(dests)
    cat_comps = []
    cancelled = False
    steps = len(cats) + 1
    str_labels = np.array([str(v) for v in labels], dtype=object)
    for j, c in enumerate(cats):
        if progress.is_canceled():
            cancelled = True
            break
        sel = (str_labels == c) & ~blank
        cat_comps.append(np.asarray(dest_pieces[c], dtype=np.int64)
                         if dest_pieces is not None and c in dest_pieces
                         else np.unique(dest_comp[sel & dests.ok]))
        time[:, j] = graph.nearest(cells, dests, sel, limit=horizon_m) / m_per_min
        progress.progress(100.0 * (j + 1) / steps)
    opp = np.zeros(n)
    grav = np.zeros(n)
    summed = np.zeros(n)  # weight of the destinations inside the gravity cut-off
    owner = (np.arange(nd) if dest_owner is None
             else np.asarray(dest_owner, dtype=np.int64).reshape(-1))
    n_owner = int(owner.max()) + 1 if nd else 0
    multi = np.bincount(owner, minlength=n_owner)[owner] > 1
    owner_weight = np.zeros(n_owner)
    owner_weight[owner] = weight

    def add(ci, d, w):
        within = d <= thr_m + 1e-6
        opp[:] += np.bincount(ci[within], weights=w[within], minlength=n)
        g = d <= cut_m + 1e-6
        grav[:] += np.bincount(ci[g], weights=w[g] * decay_weight(d[g] / m_per_min, decay, beta),
                               minlength=n)
        summed[:] += np.bincount(ci[g], weights=w[g], minlength=n)

    if not cancelled:
        sub = SubProgress(progress, 100.0 * len(cats) / steps, 100.0)
        held = []  # pairs with multi-entrance destinations: keep the nearest entrance per cell
        reach = travel.reach_factor() if travel is not None else 1.0
        for ci, di, d in pairs_within(network, cells, dests, max(thr_m, cut_m), graph.weights,
                                      sub, costs=graph.costs, reach=reach):
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
    stuck = (travel.stuck(network, cells, graph) if travel is not None
             else np.zeros(n, dtype=bool))
    # what the cut-off leaves out, at most: every destination on the cell's piece of network
    # that was not summed weighs at most f(t_cut) (owners with several entrances count once
    # per piece they have an entrance on)
    cell_comp = index.piece_of(cells)
    if piece_weight is None:
        piece_weight = pieces_weight(index, dests, owner, owner_weight)
    w_comp = np.asarray(piece_weight, dtype=np.float64)
    w_out = np.where(on, np.maximum(w_comp[np.maximum(cell_comp, 0)] - summed, 0.0), 0.0)
    f_cut = float(decay_weight(cut_min, decay, beta))
    with np.errstate(invalid="ignore", divide="ignore"):
        trunc = np.where(w_out > 0, 100.0 * f_cut * w_out / (grav + f_cut * w_out), 0.0)
    trunc = np.where(on, trunc, np.nan)
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
        "GRAVITY_CUTOFF_MIN": cut_min,
        "GRAVITY_TRUNC_MAX_PCT": float(np.nanmax(trunc)) if on.any() else np.nan,
    }
    progress.progress(100.0)
    return GridAccess(centres=centres, rings=np.asarray(rings), on_network=on,
                      snap_m=np.where(on, cells.distance, np.nan), categories=cats, time=time,
                      opportunities=opp, gravity=grav, nearest_min=nearest_any,
                      gravity_trunc_max_pct=trunc, gravity_cutoff_min=cut_min,
                      null_reason=null_reason_text(null_reason_codes(cell_comp, time, cat_comps,
                                                                     stuck))
                      if len(cat_comps) == len(cats) else None,
                      summary=summary, log=log, cancelled=cancelled)


__all__ = ["hex_grid", "cells_in_zones", "decay_weight", "gravity_cutoff_min", "grid_access",
           "pieces_weight",
           "GridAccess", "GRAVITY_MIN_SHARE", "MAX_GRAVITY_CUTOFF_MIN",
           "hex_area", "MAX_CELLS", "DECAYS", "DEFAULT_BETA"]
