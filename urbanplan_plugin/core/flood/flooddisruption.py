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
from ..common.progress import Progress, SubProgress
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


@dataclass
class DepthProfile:
    """Water depth along every edge, stretch by stretch: stretch ``i`` of edge ``edge[i]`` runs
    from ``start[i]`` to ``end[i]`` metres along it (in ``edge_length``, from its from-node)
    with ``depth[i]`` metres of water (0 dry); stretches are the pieces of the edge in one
    raster cell, in order along each edge, and cover every edge from end to end. ``covered``
    (edges,): some part of the edge lies on the raster."""

    edge: np.ndarray
    start: np.ndarray
    end: np.ndarray
    depth: np.ndarray
    covered: np.ndarray

    @property
    def edge_count(self):
        return len(self.covered)

    def max_depth(self):
        """Deepest water along each edge (m, 0 when dry)."""
        out = np.zeros(self.edge_count)
        if len(self.edge):
            np.maximum.at(out, self.edge, self.depth)
        return out

    @classmethod
    def whole_edges(cls, network, depth):
        """One stretch per edge with the given depth (an edge-level hazard)."""
        depth = np.asarray(depth, dtype=np.float64)
        n = len(depth)
        return cls(np.arange(n), np.zeros(n), network.edge_length.astype(np.float64), depth,
                   np.ones(n, dtype=bool))


def edge_depth_profile(network, raster, coords=None, log=None):
    """:class:`DepthProfile` of the network on a depth raster: every edge cut at every cell edge
    it crosses, each piece with its cell's depth.

    ``raster`` is a :class:`core.geometry.rastergrid.Raster` of depths in metres; ``coords`` the
    network's vertex coordinates in the raster's CRS when it differs from the network's (the
    cut points are placed by their share of the edge's length there). Dry = nodata, NaN, zero,
    negative (reported in ``log``) or outside the raster."""
    from ..geometry.rasterize import line_pieces
    from .floodexposure import check_depth_raster
    log = [] if log is None else log
    m = network.edge_count
    empty = np.empty(0)
    if m == 0:
        return DepthProfile(empty.astype(np.int64), empty, empty, empty, np.zeros(0, bool))
    check_depth_raster(raster, log)
    pieces = line_pieces(edge_lines(network, coords), raster.grid)
    line, cell = pieces.line, pieces.cell
    inside = cell >= 0
    vals = np.zeros(len(line))
    if inside.any():
        v = raster.values.reshape(-1)[cell[inside]].astype(np.float64)
        wet = ~raster.nodata.reshape(-1)[cell[inside]] & (v > 0)
        vals[inside] = np.where(wet, v, 0.0)
    covered = np.zeros(m, dtype=bool)
    covered[line[inside]] = True
    # pieces come grouped by line (edge) in order along it: their share of the edge's length
    total = np.bincount(line, weights=pieces.length, minlength=m)
    cum = np.cumsum(pieces.length)
    first = np.flatnonzero(np.r_[True, line[1:] != line[:-1]])
    before = np.repeat(cum[first] - pieces.length[first], np.diff(np.r_[first, len(line)]))
    with np.errstate(invalid="ignore", divide="ignore"):
        f0 = np.where(total[line] > 0, (cum - pieces.length - before) / total[line], 0.0)
        f1 = np.where(total[line] > 0, (cum - before) / total[line], 1.0)
    f1[np.r_[first[1:] - 1, len(line) - 1]] = 1.0      # each edge's last piece ends at its end
    f0[first] = 0.0
    length = network.edge_length[line]
    return DepthProfile(line.astype(np.int64), f0 * length, np.clip(f1, 0.0, 1.0) * length,
                        vals, covered)


def edge_max_depth(network, raster, coords=None, log=None):
    """Deepest water along each edge: (depth (m, 0 when dry), covered (bool: some part of the
    edge lies on the raster)). See :func:`edge_depth_profile`."""
    profile = edge_depth_profile(network, raster, coords, log)
    return profile.max_depth(), profile.covered


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
    impassable: np.ndarray      # per edge: some stretch of it is impassable
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
    wet_m: np.ndarray = None          # per edge: metres of it that are impassable
    stretches: object = None          # the network cut where the water crosses the threshold
    stretch_edge: np.ndarray = None   # per stretch: the edge it is part of
    stretch_depth: np.ndarray = None  # per stretch: deepest water (m)
    stretch_impassable: np.ndarray = None
    groups: dict = None               # {group: DisruptionResult} of the groups with their own
    #                                   travel profile (GROUP_PROFILES)
    profile: str = "walk"

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
                     dest_owner=None, n_dest=None, index=None, progress=None, travel=None,
                     group_travel=None):
    """Walking access before and after the flood closes the streets deeper than
    ``max_walk_depth_m``.

    ``edge_depth``: a :class:`DepthProfile` (:func:`edge_depth_profile`): each edge is cut
    where the water crosses the threshold, and only its wet stretches close; or (edges,) the
    deepest water along each edge in metres, closing whole edges. ``origin_xy``, ``dest_xy``,
    ``dest_labels``, ``dest_owner``, ``threshold_min``,
    ``speed_kmh``, ``max_snap_m`` as in :func:`core.walk.fifteenminutecity.walk_access`; ``n_dest``
    the
    number of destination features (default: max owner + 1). ``population`` (n,) people per
    origin (default 1 each), ``groups`` {name: (n,) people of the group}. ``index``: the
    network's EdgeIndex when the caller already has one. ``travel``
    (:class:`core.walk.profiles.Travel`): who walks (profile, way rules, slope); the flooded
    streets are closed on top of the profile's own closures. ``group_travel``: {group:
    (Travel, edge index)} for population groups that travel with their own profile
    (GROUP_PROFILES): the same before/after run once per profile
    (:func:`core.walk.profiles.per_profile`; :attr:`DisruptionResult.groups`), and the summary
    rows of those groups come from it."""
    progress = progress or Progress()
    if group_travel:
        from ..walk.profiles import per_profile
        args = dict(max_walk_depth_m=max_walk_depth_m, threshold_min=threshold_min,
                    speed_kmh=speed_kmh, max_snap_m=max_snap_m, population=population,
                    groups=groups, dest_owner=dest_owner, n_dest=n_dest)
        main = flood_disruption(network, edge_depth, origin_xy, dest_xy, dest_labels,
                                index=index, progress=SubProgress(progress, 0, 60),
                                travel=travel, **args)
        if main is None:
            return None
        own = per_profile(group_travel, lambda t, idx, prog: flood_disruption(
            network, edge_depth, origin_xy, dest_xy, dest_labels, index=idx, progress=prog,
            travel=t, **args), SubProgress(progress, 60, 100))
        if own is None:
            return None
        if any(res.before.categories != main.before.categories for res in own.values()):
            raise UrbanPlanError("Internal: a group's result must have the same categories.")
        main.groups = own
        main.summary = [next((r for r in own[row[S.POP_GROUP]].summary
                              if r[S.POP_GROUP] == row[S.POP_GROUP]
                              and r[S.CATEGORY] == row[S.CATEGORY]), row)
                        if row[S.POP_GROUP] in own else row for row in main.summary]
        return main
    if travel is not None:
        speed_kmh = travel.speed_kmh
    if max_walk_depth_m is None or not np.isfinite(max_walk_depth_m) or max_walk_depth_m < 0:
        raise UrbanPlanError("The walking depth threshold must be zero or a positive number of "
                             "metres, got {max_walk_depth_m!r}. The default is "
                             "{DEFAULT_MAX_WALK_DEPTH_M} m.",
                             max_walk_depth_m=max_walk_depth_m,
                             DEFAULT_MAX_WALK_DEPTH_M=DEFAULT_MAX_WALK_DEPTH_M)
    if isinstance(edge_depth, DepthProfile):
        profile = edge_depth
        if profile.edge_count != network.edge_count:
            raise UrbanPlanError("Internal: the depth profile belongs to another network.")
    else:
        d = np.asarray(edge_depth, dtype=np.float64)
        if d.shape != (network.edge_count,):
            raise UrbanPlanError("Internal: one depth per network edge is needed.")
        profile = DepthProfile.whole_edges(network, d)
    stretch_depth = np.where(np.isfinite(profile.depth), profile.depth, 0.0)
    depth = np.zeros(network.edge_count)
    if len(stretch_depth):
        np.maximum.at(depth, profile.edge, stretch_depth)
    # float32 rasters store 0.3 as 0.30000001: compare with a micrometre of tolerance
    wet = stretch_depth > max_walk_depth_m + DEPTH_TOLERANCE_M
    impassable = np.zeros(network.edge_count, dtype=bool)
    impassable[profile.edge[wet]] = True
    wet_m = np.bincount(profile.edge[wet], weights=(profile.end - profile.start)[wet],
                        minlength=network.edge_count)
    work, base, work_wet, work_depth, work_start = _cut_at_water(network, profile, wet,
                                                                 stretch_depth)
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

    # the fragment rule of the street network before the flood (the water closes stretches,
    # it does not make pieces of the network small enough to be left out); with a travel
    # profile, on the ways it may use
    index = index or (travel.index(network) if travel is not None else EdgeIndex(network))
    if work is not network:
        index = EdgeIndex(work, keep=index.kept[base],
                          usable=None if index.usable is None else index.usable[base])
        if travel is not None:
            travel = travel.on_stretches(work, base, work_start)
        n_cut = int((np.bincount(base) > 1).sum())
        log.append(f"{n_cut} street edge(s) are partly under water: they are cut where the "
                   f"water crosses {max_walk_depth_m:g} m, and only their wet stretches close.")
    directed = travel is not None and not travel.is_plain
    graph_before = travel.graph(work) if directed else SearchGraph(work)
    sub = SubProgress(progress, 0, 45)
    before = walk_access(work, origin_xy, dest_xy, dest_labels, threshold_min=threshold_min,
                         speed_kmh=speed_kmh, max_snap_m=max_snap_m, dest_owner=dest_owner,
                         index=index, graph=graph_before, progress=sub, travel=travel)
    if before.cancelled or progress.is_canceled():
        return None
    if directed:
        from ..walk.profiles import CLOSED, TRAVEL, Travel
        modes = (np.full(work.edge_count, TRAVEL, dtype=np.int8) if travel.modes is None
                 else np.array(travel.modes, dtype=np.int8))
        modes[work_wet] = CLOSED
        graph_after = Travel(travel.profile, travel.slopes, modes).graph(work)
    else:
        weights_after = np.where(work_wet, IMPASSABLE_COST_M, work.edge_length)
        graph_after = SearchGraph(work, weights_after)
    after = walk_access(work, origin_xy, dest_xy, dest_labels, threshold_min=threshold_min,
                        speed_kmh=speed_kmh, max_snap_m=max_snap_m, dest_owner=dest_owner,
                        index=index, graph=graph_after, progress=SubProgress(progress, 45, 90),
                        travel=travel)
    if after.cancelled or progress.is_canceled():
        return None
    log.extend(before.log)
    cats = before.categories
    lost = before.within & ~after.within & before.origin_ok[:, None]

    o_snap = index.snap(origin_xy, max_distance=max_snap_m)
    street_flooded = o_snap.ok & work_wet[np.where(o_snap.ok, o_snap.edge, 0)]

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
    pt_flooded[pt_on] = work_wet[d_snap.edge[pt_on]]
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
    km = float(wet_m.sum()) / 1000.0
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
        km_flooded=km, facilities_cut_off=cut, log=log, wet_m=wet_m, stretches=work,
        stretch_edge=base, stretch_depth=work_depth, stretch_impassable=work_wet,
        profile=before.profile)


def _cut_at_water(network, profile, wet, depth):
    """The network cut where consecutive stretches of an edge change between wet and dry:
    (network, edge of the original per new edge, wet per new edge, deepest water per new
    edge, metres along the original edge where the new edge starts). The network itself when
    no edge is partly wet."""
    from ..network.edit import split_edges
    e = profile.edge
    same = e[1:] == e[:-1]
    change = np.flatnonzero(same & (wet[1:] != wet[:-1]))
    cuts = {}
    for i in change:
        cuts.setdefault(int(e[i]), []).append(float(profile.end[i]))
    if cuts:
        change_net = split_edges(network, cuts)
        work, base = change_net.network, change_net.base_edge
    else:
        work, base = network, np.arange(network.edge_count)
    # each new edge's range along its original edge (pieces come in order along it)
    length = work.edge_length
    order = np.lexsort((np.arange(len(base)), base))
    cum = np.zeros(len(base))
    sb, sl = base[order], length[order]
    run_start = np.r_[True, sb[1:] != sb[:-1]]
    c = np.cumsum(sl)
    start_of_run = np.repeat(c[run_start] - sl[run_start],
                             np.diff(np.r_[np.flatnonzero(run_start), len(sb)]))
    cum[order] = c - sl - start_of_run
    lo, hi = cum, cum + length
    # the stretches of the profile on one line: edge e occupies [off[e], off[e] + len[e]]
    off = np.concatenate([[0.0], np.cumsum(network.edge_length + 1.0)[:-1]])
    key = off[e] + profile.start
    srt = np.argsort(key, kind="stable")
    mid = off[base] + (lo + hi) / 2.0
    k = srt[np.clip(np.searchsorted(key[srt], mid, side="right") - 1, 0, len(srt) - 1)]
    work_wet = wet[k] if len(k) else np.zeros(0, dtype=bool)
    # deepest water on each new edge: its whole edge's, or for the pieces of a cut edge the
    # deepest of the stretches overlapping the piece
    edge_max = np.zeros(network.edge_count)
    if len(e):
        np.maximum.at(edge_max, e, depth)
    work_depth = edge_max[base]
    pieces = np.flatnonzero(np.bincount(base, minlength=network.edge_count)[base] > 1)
    if len(pieces):
        a = np.searchsorted(key[srt], off[base[pieces]] + lo[pieces], side="right") - 1
        b = np.searchsorted(key[srt], off[base[pieces]] + hi[pieces] - 1e-9, side="right") - 1
        for w, ia, ib in zip(pieces, a, b):
            work_depth[w] = depth[srt[max(ia, 0):ib + 1]].max() if ib >= ia else 0.0
    return work, base, work_wet, work_depth, lo


def _nearest(times):
    """Per origin, the walk to the nearest destination of any category (NaN when none)."""
    finite = np.isfinite(times)
    with np.errstate(invalid="ignore"):
        return np.where(finite.any(axis=1),
                        np.min(np.where(finite, times, np.inf), axis=1), np.nan)


