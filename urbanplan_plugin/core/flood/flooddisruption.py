"""Who loses walking access to daily services when streets flood.

The walking network meets a flood hazard (a depth raster or polygons burnt into one): every
street edge takes the **deepest water anywhere along it** (the edge is cut at every cell edge it
crosses, as floodexposure does for roads, so no cell it touches is skipped). Edges deeper than
the walking threshold are impassable. The 15-minute-city engine (:mod:`core.walk.fifteenminutecity`)
then runs twice on the same snapped origins and destinations: before the flood on the whole
network, after it with impassable edges given a prohibitive cost. Per origin and category:
time before, time after, and ``lost`` = within the threshold before and not after.

Decisions (the same in the help and in docs/flood_extent.md):

* **Depth along an edge** = the maximum over the raster cells the edge passes through (dry =
  nodata, NaN or <= 0, as in floodexposure; negative depths are dry with a warning). Edges
  outside the hazard raster are dry (nothing is mapped there); the log says how many km.
* **Impassable**: depth > ``max_walk_depth_m`` (strictly greater). Default 0.3 m, the upper
  depth of hazard class H1 "generally safe for vehicles, people and buildings" of the Australian
  Disaster Resilience Guideline 7-3 "Flood Hazard" (AIDR 2017); see
  resources/presets/flood_walking_depth.json. Velocity is not considered.
* **Origins and destinations keep their snapping**: a home on a flooded street must wade along
  it to leave, so it is cut off unless it sits at a dry junction; the partial walk along a
  flooded edge costs :data:`IMPASSABLE_COST_M`, far beyond any search horizon.
* **Facilities cut off**: destinations that at least one origin reached within the threshold
  before the flood and none reaches after it. ``street_flooded``: every access point of the
  destination lies on an impassable edge.
"""
import json
import os
from dataclasses import dataclass, field

import numpy as np

from .. import schema as S
from ..common.errors import UrbanPlanError
from ..common.progress import Progress
from ..network.build import DEFAULT_WALK_SPEED_KMH, LineSet
from ..network.search import SearchGraph
from ..network.snap import EdgeIndex
from ..walk.fifteenminutecity import (
    DEFAULT_MAX_SNAP_M,
    DEFAULT_THRESHOLD_MIN,
    category_key,
    walk_access,
    weighted_quantile,
)

WALK_DEPTH_PRESETS = "flood_walking_depth.json"

DEFAULT_MAX_WALK_DEPTH_M = 0.3
"""Streets deeper than this are impassable on foot: the upper depth of hazard class H1
("generally safe for vehicles, people and buildings") in the Australian Disaster Resilience
Guideline 7-3 "Flood Hazard" (AIDR 2017). See resources/presets/flood_walking_depth.json."""

IMPASSABLE_COST_M = 1.0e12
"""Cost in metres of walking along an impassable edge: finite (so a point exactly at a dry
junction is still 0 m from it) but beyond any search horizon."""

DEPTH_TOLERANCE_M = 1e-6
"""Depths within a micrometre of the threshold count as equal to it (float32 rounding)."""

ALL_CATEGORIES = S.ALL_CATEGORIES
ANY_CATEGORY = S.ANY_CATEGORY
ALL = S.ALL


def load_walk_depth_presets(path=None):
    """(default id, {id: dict with max_walk_depth_m, label, source}) from the preset file."""
    if path is None:
        from ...paths import resource_path
        path = resource_path("presets", WALK_DEPTH_PRESETS)
    if not os.path.exists(path):
        return "default", {"default": {"max_walk_depth_m": DEFAULT_MAX_WALK_DEPTH_M,
                                       "label": f"{DEFAULT_MAX_WALK_DEPTH_M} m", "source": ""}}
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for item in data.get("thresholds", []):
        value = float(item["max_walk_depth_m"])
        if not value > 0:
            raise UrbanPlanError("{path}: max_walk_depth_m of '{id}' must be > 0.",
                                 path=path, id=item.get('id'))
        out[str(item["id"])] = dict(item, max_walk_depth_m=value)
    return str(data.get("default", next(iter(out), "default"))), out


# --- depth along the network ---------------------------------------------------------------------

def edge_lines(network, coords=None):
    """A :class:`LineSet` with one line per edge (its own vertices), optionally with the vertex
    coordinates replaced by ``coords`` (the network's ``coords`` in another CRS)."""
    xy = network.coords if coords is None else np.asarray(coords, dtype=np.float64)
    counts = network.edge_vend - network.edge_vstart + 1
    starts = np.cumsum(counts) - counts
    idx = np.repeat(network.edge_vstart - starts, counts) + np.arange(int(counts.sum()))
    offsets = np.zeros(network.edge_count + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    return LineSet(xy[idx], offsets)


def edge_max_depth(network, raster, coords=None, log=None):
    """Deepest water along each edge: (depth (m, 0 when dry), covered (bool: some part of the
    edge lies on the raster)).

    ``raster`` is a :class:`core.geometry.rastergrid.Raster` of depths in metres; ``coords`` the
    network's vertex coordinates in the raster's CRS when it differs from the network's.
    Dry = nodata, NaN, zero or negative (negative values are reported in ``log``)."""
    from ..geometry.rasterize import line_pieces
    from .floodexposure import check_depth_raster
    log = [] if log is None else log
    depth = np.zeros(network.edge_count)
    covered = np.zeros(network.edge_count, dtype=bool)
    if network.edge_count == 0:
        return depth, covered
    check_depth_raster(raster, log)
    pieces = line_pieces(edge_lines(network, coords), raster.grid)
    inside = pieces.cell >= 0
    if not inside.any():
        return depth, covered
    line = pieces.line[inside]
    cell = pieces.cell[inside]
    vals = raster.values.reshape(-1)[cell].astype(np.float64)
    wet = ~raster.nodata.reshape(-1)[cell] & (vals > 0)
    vals = np.where(wet, vals, 0.0)
    # pieces come grouped by line (edge) in increasing order
    start = np.flatnonzero(np.r_[True, line[1:] != line[:-1]])
    edges = line[start]
    depth[edges] = np.maximum.reduceat(vals, start)
    covered[edges] = True
    return depth, covered


# --- before / after accessibility ---------------------------------------------------------------

@dataclass
class DisruptionResult:
    """Per origin (n) x category (k): ``time_before``/``time_after`` (min, NaN beyond the search
    horizon or off the network), ``within_before``/``within_after``, ``lost``. Per edge:
    ``edge_depth`` (m), ``impassable``. Per destination feature: ``dest_category``,
    ``dest_street_flooded``, ``dest_reached_before``/``after`` and ``dest_cut_off`` (NaN /
    False for features without a category or off the network). ``summary``: list of dicts."""

    categories: list
    fields: dict
    before: object
    after: object
    edge_depth: np.ndarray
    impassable: np.ndarray
    lost: np.ndarray
    origin_street_flooded: np.ndarray
    dest_category: np.ndarray
    dest_on_network: np.ndarray
    dest_street_flooded: np.ndarray
    dest_reached_before: np.ndarray
    dest_reached_after: np.ndarray
    summary: list
    pop_lost_access: float
    origins_lost_access: int
    edges_flooded: int
    km_flooded: float
    facilities_cut_off: int
    log: list = field(default_factory=list)
    cancelled: bool = False

    @property
    def time_before(self):
        return self.before.time

    @property
    def time_after(self):
        return self.after.time

    @property
    def within_before(self):
        return self.before.within

    @property
    def within_after(self):
        return self.after.within

    @property
    def dest_cut_off(self):
        return self.dest_reached_before & ~self.dest_reached_after


def flood_disruption(network, edge_depth, origin_xy, dest_xy, dest_labels,
                     max_walk_depth_m=DEFAULT_MAX_WALK_DEPTH_M,
                     threshold_min=DEFAULT_THRESHOLD_MIN, speed_kmh=DEFAULT_WALK_SPEED_KMH,
                     max_snap_m=DEFAULT_MAX_SNAP_M, population=None, groups=None,
                     dest_owner=None, n_dest=None, index=None, progress=None, travel=None):
    """Walking access before and after the flood closes the streets deeper than
    ``max_walk_depth_m``.

    ``edge_depth`` (edges,) deepest water along each edge in metres (:func:`edge_max_depth`).
    ``origin_xy``, ``dest_xy``, ``dest_labels``, ``dest_owner``, ``threshold_min``,
    ``speed_kmh``, ``max_snap_m`` as in :func:`core.walk.fifteenminutecity.walk_access`; ``n_dest`` the
    number of destination features (default: max owner + 1). ``population`` (n,) people per
    origin (default 1 each), ``groups`` {name: (n,) people of the group}. ``index``: the
    network's EdgeIndex when the caller already has one. ``travel``
    (:class:`core.walk.profiles.Travel`): who walks (profile, way rules, slope); the flooded
    streets are closed on top of the profile's own closures."""
    progress = progress or Progress()
    if travel is not None:
        speed_kmh = travel.speed_kmh
    if max_walk_depth_m is None or not np.isfinite(max_walk_depth_m) or max_walk_depth_m < 0:
        raise UrbanPlanError("The walking depth threshold must be zero or a positive number of "
                             "metres, got {max_walk_depth_m!r}. The default is "
                             "{DEFAULT_MAX_WALK_DEPTH_M} m.",
                             max_walk_depth_m=max_walk_depth_m,
                             DEFAULT_MAX_WALK_DEPTH_M=DEFAULT_MAX_WALK_DEPTH_M)
    depth = np.asarray(edge_depth, dtype=np.float64)
    if depth.shape != (network.edge_count,):
        raise UrbanPlanError("Internal: one depth per network edge is needed.")
    depth = np.where(np.isfinite(depth), depth, 0.0)
    # float32 rasters store 0.3 as 0.30000001: compare with a micrometre of tolerance
    impassable = depth > max_walk_depth_m + DEPTH_TOLERANCE_M
    log = []
    origin_xy = np.asarray(origin_xy, dtype=np.float64).reshape(-1, 2)
    n = len(origin_xy)
    pop = np.ones(n) if population is None else np.asarray(population, dtype=np.float64)
    group_arrays = {ALL: pop}
    for name, values in (groups or {}).items():
        group_arrays[str(name)] = np.asarray(values, dtype=np.float64)
    for name, arr in group_arrays.items():
        if arr.shape != (n,):
            raise UrbanPlanError("Internal: one population value per origin is needed.")
        if np.isnan(arr).any() or (arr < 0).any():
            raise UrbanPlanError("Population values of '{name}' must be zero or positive "
                                 "numbers (no NULL, no negatives).", name=name)

    directed = travel is not None and not travel.is_plain
    index = index or (travel.index(network) if travel is not None else EdgeIndex(network))
    graph_before = travel.graph(network) if directed else SearchGraph(network)
    sub = _Sub(progress, 0, 45)
    before = walk_access(network, origin_xy, dest_xy, dest_labels, threshold_min=threshold_min,
                         speed_kmh=speed_kmh, max_snap_m=max_snap_m, dest_owner=dest_owner,
                         index=index, graph=graph_before, progress=sub, travel=travel)
    if before.cancelled or progress.is_canceled():
        return None
    if directed:
        from ..walk.profiles import CLOSED, TRAVEL, Travel
        modes = (np.full(network.edge_count, TRAVEL, dtype=np.int8) if travel.modes is None
                 else np.array(travel.modes, dtype=np.int8))
        modes[impassable] = CLOSED
        graph_after = Travel(travel.profile, travel.slopes, modes).graph(network)
    else:
        weights_after = np.where(impassable, IMPASSABLE_COST_M, network.edge_length)
        graph_after = SearchGraph(network, weights_after)
    after = walk_access(network, origin_xy, dest_xy, dest_labels, threshold_min=threshold_min,
                        speed_kmh=speed_kmh, max_snap_m=max_snap_m, dest_owner=dest_owner,
                        index=index, graph=graph_after, progress=_Sub(progress, 45, 90),
                        travel=travel)
    if after.cancelled or progress.is_canceled():
        return None
    log.extend(before.log)
    cats = before.categories
    lost = before.within & ~after.within & before.origin_ok[:, None]

    o_snap = index.snap(origin_xy, max_distance=max_snap_m)
    street_flooded = o_snap.ok & impassable[np.where(o_snap.ok, o_snap.edge, 0)]

    # destinations: reached within their category's threshold by at least one origin?
    dest_xy = np.asarray(dest_xy, dtype=np.float64).reshape(-1, 2)
    labels = np.asarray(dest_labels, dtype=object).reshape(-1)
    owner = (np.arange(len(dest_xy)) if dest_owner is None
             else np.asarray(dest_owner, dtype=np.int64).reshape(-1))
    m = int(n_dest) if n_dest is not None else (int(owner.max()) + 1 if len(owner) else 0)
    d_snap = index.snap(dest_xy, max_distance=max_snap_m)
    rule_of_key = {}
    for j, r in enumerate(before.rules):
        for mt in r.match:
            rule_of_key.setdefault(category_key(mt), j)
    point_rule = np.array([-1 if lab is None else rule_of_key.get(category_key(lab), -1)
                           for lab in labels], dtype=np.int64)
    limit_per_rule = np.array([r.distance_threshold(speed_kmh) for r in before.rules])
    point_limit = np.where(point_rule >= 0, limit_per_rule[np.maximum(point_rule, 0)], np.nan)
    reach = {}
    for key, graph in (("before", graph_before), ("after", graph_after)):
        if not o_snap.ok.any() or not len(dest_xy):
            reach[key] = np.zeros(len(dest_xy), dtype=bool)
            continue
        lim = float(np.nanmax(point_limit)) if np.isfinite(point_limit).any() else 0.0
        # the trip origin -> destination (with a travel profile the direction matters)
        dd = graph.reached_from(o_snap, d_snap, limit=lim)
        with np.errstate(invalid="ignore"):
            reach[key] = np.isfinite(dd) & (dd <= point_limit + 1e-9)
    dest_cat = np.full(m, None, dtype=object)
    on_net = np.zeros(m, dtype=bool)
    reached_b = np.zeros(m, dtype=bool)
    reached_a = np.zeros(m, dtype=bool)
    all_flooded = np.ones(m, dtype=bool)
    has_point = np.zeros(m, dtype=bool)
    valid = point_rule >= 0
    for arr, vals in ((reached_b, reach["before"]), (reached_a, reach["after"])):
        np.logical_or.at(arr, owner[valid], vals[valid])
    pt_on = d_snap.ok & valid
    np.logical_or.at(on_net, owner[pt_on], True)
    np.logical_or.at(has_point, owner[pt_on], True)
    pt_flooded = np.zeros(len(dest_xy), dtype=bool)
    pt_flooded[pt_on] = impassable[d_snap.edge[pt_on]]
    np.logical_and.at(all_flooded, owner[pt_on], pt_flooded[pt_on])
    dest_flooded = has_point & all_flooded
    for i in np.flatnonzero(valid):
        if dest_cat[owner[i]] is None:
            dest_cat[owner[i]] = cats[point_rule[i]]

    # summary per category x group, then the rows every summary with categories has:
    # all_categories (within every category; lost = had every category, not any more) and
    # any_category (within at least one; lost = loses at least one category, POP_LOST_ACCESS)
    wb = before.within & before.origin_ok[:, None]
    wa = after.within & after.origin_ok[:, None]
    items = [(c, wb[:, j], wa[:, j], lost[:, j], before.time[:, j], after.time[:, j])
             for j, c in enumerate(cats)]
    items.append((ALL_CATEGORIES, wb.all(axis=1), wa.all(axis=1),
                  wb.all(axis=1) & ~wa.all(axis=1), before.time.max(axis=1),
                  after.time.max(axis=1)))
    items.append((ANY_CATEGORY, wb.any(axis=1), wa.any(axis=1), lost.any(axis=1),
                  _nearest(before.time), _nearest(after.time)))
    rows = []
    for gname, gpop in group_arrays.items():
        total = float(gpop.sum())
        for c, w_b, w_a, lost_c, t_b, t_a in items:
            pb = float((gpop * w_b).sum())
            pa = float((gpop * w_a).sum())
            pl = float((gpop * lost_c).sum())
            rows.append({
                S.CATEGORY: c, S.POP_GROUP: gname, S.POPULATION: total,
                S.POP_WITHIN_BEFORE: pb, S.POP_WITHIN_AFTER: pa, S.POP_LOST_ACCESS: pl,
                S.POP_LOST_PCT: 100.0 * pl / pb if pb > 0 else float("nan"),
                S.MEDIAN_TIME_BEFORE_MIN: weighted_quantile(t_b, gpop, 0.5),
                S.MEDIAN_TIME_AFTER_MIN: weighted_quantile(t_a, gpop, 0.5),
            })

    n_flooded = int(impassable.sum())
    km = float(network.edge_length[impassable].sum()) / 1000.0
    if n_flooded == 0:
        log.append(f"No street is deeper than {max_walk_depth_m:g} m: walking access does not "
                   "change.")
    cut = int((reached_b & ~reached_a).sum())
    progress.progress(100)
    return DisruptionResult(
        categories=cats, fields=before.fields, before=before, after=after, edge_depth=depth,
        impassable=impassable, lost=lost, origin_street_flooded=street_flooded,
        dest_category=dest_cat, dest_on_network=on_net, dest_street_flooded=dest_flooded,
        dest_reached_before=reached_b, dest_reached_after=reached_a, summary=rows,
        pop_lost_access=float((pop * lost.any(axis=1)).sum()),
        origins_lost_access=int(lost.any(axis=1).sum()), edges_flooded=n_flooded,
        km_flooded=km, facilities_cut_off=cut, log=log)


def _nearest(times):
    """Per origin, the walk to the nearest destination of any category (NaN when none)."""
    finite = np.isfinite(times)
    with np.errstate(invalid="ignore"):
        return np.where(finite.any(axis=1),
                        np.min(np.where(finite, times, np.inf), axis=1), np.nan)


class _Sub(Progress):
    def __init__(self, parent, start, end):
        self.parent, self.start, self.end = parent, start, end

    def progress(self, percent):
        self.parent.progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.parent.is_canceled()
