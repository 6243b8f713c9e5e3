"""Public space: SDG 11.7.1, park service coverage by size class, public space per resident.

SDG 11.7.1 (UN-Habitat is the custodian agency; indicator metadata, "Average share of the
built-up area of cities that is open space for public use for all, by sex, age and persons with
disabilities") has two sub-indicators:

(a) share of the built-up area that is open space in public use:
    ``(area of open public space + area of streets) / built-up area x 100``;
(b) share of the population within **400 m walking distance along the street network** of an
    open public space, disaggregated by sex, age and disability where the data allow.

How this module computes them:

* Areas are exact polygon areas in a projected CRS (metres). Open spaces and streets are each
  dissolved (overlaps counted once) and clipped to the built-up area; the public space is the
  union of both, so an open space overlapping a street polygon is counted once:
  ``public = open + streets - (open ∩ streets)``. The areas are measured from the polygons'
  edges (:func:`core.geometry.overlay.overlay_areas`, Green's theorem over the cut edges), so no
  layer is ever dissolved: 10 000 parks and the street polygons of a 1M-segment city take a
  few seconds.
* Streets given as centre lines become polygons by a buffer of half their width with flat ends
  (mitred bends), from a width per feature or a default width.
* Access: an open space is entered wherever its boundary meets the walking network or comes
  within a tolerance of it (or at given entrance points). One multi-source search from all
  entrances at once gives every resident's walking distance to the nearest open space
  (:func:`core.walk.fifteenminutecity.walk_access`). Residents farther than the snap distance from
  the
  network are off the network: their distance is NULL and they count as not within.
* Population polygons (census blocks, grid cells) are represented by their point on surface:
  the whole polygon's population is within when that point is within. Polygons larger than the
  walking-distance circle (pi D^2) make this coarse; :func:`large_polygon_warning` says so.

No QGIS here: geometries arrive as shapely objects (or WKB) in the working CRS.
"""
from dataclasses import dataclass, field

import numpy as np

from .. import schema as S
from ..common.errors import UrbanPlanError
from ..common.progress import Progress, SubProgress
from ..geometry.polygons import AreaResult, id_list, overlay_areas
from ..network.entrances import DEFAULT_ENTRANCE_TOLERANCE_M, gated_entrances
from .common import (
    ALL,
    distance_limit,
    group_counts,
    grouped_median,
    per_zone,
    zone_codes,
    zone_labels,
)

DEFAULT_DISTANCE_M = 400.0
"""SDG 11.7.1 sub-indicator (b): 400 m walking distance along the street network (UN-Habitat
SDG 11.7.1 metadata)."""

OPEN_SPACE = "open_space"



# --------------------------------------------------------------------------- SDG 11.7.1

@dataclass
class Sdg1171Result:
    """Scalars (percent), per-feature arrays and the summary rows of SDG 11.7.1."""

    open_space_share_pct: float
    street_share_pct: float
    public_space_share_pct: float
    pop_within_pct: float
    population: float
    pop_within: float
    areas: AreaResult
    dist: np.ndarray            # m per population feature (NaN: unreachable)
    within: np.ndarray          # 1.0 / 0.0 / NaN (unreachable)
    origin_ok: np.ndarray
    summary: list               # list of dicts (rows)
    entrances_xy: np.ndarray
    entrance_owner: np.ndarray
    log: list = field(default_factory=list)
    cancelled: bool = False
    null_reason: list = None    # per feature: why dist is NULL (off_network, island)
    group_access: dict = None   # {group: AccessResult} of the groups with their own profile

    def group_columns(self, group):
        """(distance m, within 1/0/NaN, null_reason) per feature for a group that travels
        with its own profile (GROUP_PROFILES)."""
        acc = self.group_access[group]
        dist, _, within = access_flags(acc)
        return dist, within, acc.null_reason


SUMMARY_COLUMNS = (
    S.ZONE, S.POP_GROUP, S.POPULATION, S.POP_WITHIN, S.POP_WITHIN_PCT, S.POP_UNREACHABLE,
    S.MEDIAN_DIST_M, S.BUILTUP_M2, S.OPEN_SPACE_M2, S.STREET_M2, S.PUBLIC_SPACE_M2,
    S.OPEN_SPACE_SHARE_PCT, S.STREET_SHARE_PCT, S.PUBLIC_SPACE_SHARE_PCT,
)
"""The summary table's columns, in order (units and kinds in ``core.schema``)."""


def _check_distance(distance_m, what="walking distance"):
    if distance_m is None or not np.isfinite(distance_m) or distance_m <= 0:
        raise UrbanPlanError("The {what} must be a positive number of metres, got "
                             "{distance_m!r}. SDG 11.7.1 uses 400 m.",
                             what=what, distance_m=distance_m)


def open_space_access(network, pop_xy, open_spaces, distance_m=DEFAULT_DISTANCE_M,
                      entrances_xy=None, entrance_tolerance=DEFAULT_ENTRANCE_TOLERANCE_M,
                      max_snap_m=None, index=None, graph=None, progress=None, log=None,
                      travel=None):
    """Walking distance from every population point to the nearest open space.

    Returns (AccessResult from :func:`core.walk.fifteenminutecity.walk_access`, entrance xy,
    entrance
    owner). Entrances by :func:`core.network.entrances.gated_entrances`: the given points (each
    assigned to the open space containing it or within ``entrance_tolerance``); open spaces
    without a given entrance by the boundary rule, except inside a gated open space (one with
    given entrances), where they are entered from its inner paths or through its gates.
    ``travel`` (:class:`core.walk.profiles.Travel`): who walks (profile, way rules, slope);
    distances are then flat-equivalent metres at the profile's flat speed."""
    from ..network.snap import EdgeIndex
    from ..walk.fifteenminutecity import DEFAULT_MAX_SNAP_M, CategoryRule, walk_access
    log = [] if log is None else log
    _check_distance(distance_m)
    max_snap_m = DEFAULT_MAX_SNAP_M if max_snap_m is None else float(max_snap_m)
    if entrance_tolerance is None or not np.isfinite(entrance_tolerance) or entrance_tolerance < 0:
        raise UrbanPlanError("The entrance tolerance must be zero or a positive number of metres.")
    index = index or (travel.index(network) if travel is not None else EdgeIndex(network))
    n_os = len(open_spaces)
    live = np.array([g is not None for g in open_spaces], dtype=bool)
    if not live.any():
        raise UrbanPlanError("There is no open space (after the filter and after leaving out "
                             "empty geometries), so nobody can be within reach of one. Check "
                             "the open-space layer and its filter expression.")
    ent = gated_entrances([g if ok else None for g, ok in zip(open_spaces, live)], index,
                          entrances_xy, entrance_tolerance, max_snap_m)
    if ent.stray:
        log.append(f"{ent.stray} entrance point(s) are not on or within {entrance_tolerance:g} m "
                   "of a (filtered) open space and are left out.")
    todo = live & ~ent.gated
    if ent.gated.any() and todo.any():
        log.append(f"{int(todo.sum())} open space(s) have no entrance point; they are "
                   "entered wherever their boundary meets the network.")
    enclosed = int((ent.inside >= 0).sum())
    if enclosed:
        log.append(f"{enclosed} of them lie inside an open space with entrance points (a "
                   "fenced park): they are entered from its inner paths or through its gates, "
                   "never through its fence.")
    far = int((todo & (ent.inside < 0) & ~ent.near & ent.reached).sum())
    if far:
        log.append(f"{far} open space(s) have no network line within "
                   f"{entrance_tolerance:g} m of their boundary; each is entered at its "
                   "boundary point nearest to the network.")
    exy, eown = ent.xy, ent.owner
    unreached = live & ~np.isin(np.arange(n_os), eown)
    if unreached.any():
        log.append(f"{int(unreached.sum())} open space(s) are farther than {max_snap_m:g} m from "
                   "the network: nobody can walk to them.")
    if len(exy) == 0:
        raise UrbanPlanError(
            "No open space is within {max_snap_m:g} m of the walking network. Check that the "
            "open spaces and the network cover the same area (and CRS).", max_snap_m=max_snap_m)
    rule = CategoryRule(OPEN_SPACE, threshold_m=float(distance_m),
                        source="SDG 11.7.1: 400 m walking distance" if distance_m == 400 else
                        "distance parameter")
    acc = walk_access(network, pop_xy, exy, np.full(len(exy), OPEN_SPACE, dtype=object),
                      rules=[rule], max_snap_m=max_snap_m, dest_owner=eown,
                      horizon_factor=np.inf, index=index, graph=graph, progress=progress,
                      travel=travel)
    log.extend(acc.log)
    return acc, exy, eown


def access_flags(acc):
    """(distance m, reached, within 1/0/NaN) per feature of an open-space access result:
    within when the walk is at most the distance; NaN when no open space is reached."""
    dist = acc.dist[:, 0]
    ok = acc.origin_ok & np.isfinite(dist)
    within = np.where(ok, (np.where(ok, dist, np.inf) <= distance_limit(acc) + 1e-9)
                      .astype(np.float64), np.nan)
    return dist, ok, within


def group_open_space_access(network, pop_xy, open_spaces, group_travel,
                            distance_m=DEFAULT_DISTANCE_M, entrances_xy=None,
                            entrance_tolerance=DEFAULT_ENTRANCE_TOLERANCE_M, max_snap_m=None,
                            progress=None, log=None):
    """{group: AccessResult} for the groups that travel with their own profile
    (``group_travel``: {group: (Travel, edge index)}, GROUP_PROFILES): the same access as
    :func:`open_space_access`, entered where the open spaces meet the ways that profile may
    use, once per profile (:func:`core.walk.profiles.per_profile`). None when cancelled."""
    from ..walk.profiles import per_profile
    log = [] if log is None else log

    def run(travel, index, prog):
        own = []
        acc, _, _ = open_space_access(network, pop_xy, open_spaces, distance_m, entrances_xy,
                                      entrance_tolerance, max_snap_m, index=index,
                                      progress=prog, log=own, travel=travel)
        log.extend(f"Travel profile '{travel.profile.id}': {line}" for line in own
                   if line not in log)
        return None if acc.cancelled else acc

    return per_profile(group_travel, run, progress) if group_travel else {}


def sdg_1171(network, pop_xy, population, open_spaces, builtup, streets=None,
             distance_m=DEFAULT_DISTANCE_M, entrances_xy=None,
             entrance_tolerance=DEFAULT_ENTRANCE_TOLERANCE_M, max_snap_m=None, groups=None,
             zones=None, zone_names=None, pop_zone=None, open_space_ids=None, index=None,
             progress=None, travel=None, group_travel=None):
    """SDG 11.7.1 for one city: both sub-indicators, per feature and per zone x group.

    ``pop_xy`` (n, 2) population points (polygons: their point on surface); ``population`` (n,)
    people per feature (None: one person each). ``open_spaces``, ``builtup``, ``streets``,
    ``zones``: lists of polygonal shapely geometries in the network's CRS (streets: already
    polygons, see :func:`street_polygons`; None: street share not computed). ``groups``:
    {field: values} (see :func:`group_counts`). ``pop_zone``: zone label per point (computed
    from ``zones`` when None). ``travel``: see :func:`open_space_access`. ``group_travel``:
    {group: (Travel, edge index)} for population groups that travel with their own profile
    (GROUP_PROFILES; :func:`group_open_space_access`): their summary rows use it. Returns
    :class:`Sdg1171Result`."""
    progress = progress or Progress()
    log = []
    _check_distance(distance_m)
    pop_xy = np.asarray(pop_xy, dtype=np.float64).reshape(-1, 2)
    n = len(pop_xy)
    if n == 0:
        raise UrbanPlanError("The population layer has no features.")
    pop = np.ones(n) if population is None else np.asarray(population, dtype=np.float64)
    if np.isnan(pop).any() or (pop < 0).any():
        raise UrbanPlanError("Population values must be zero or positive numbers (no NULL, no "
                             "negatives).")
    builtup = [g for g in builtup if g is not None and not g.is_empty]
    if not builtup:
        raise UrbanPlanError("The built-up area layer has no polygon with an area. SDG 11.7.1 "
                             "needs the city's built-up area (for example the urban extent).")
    if not any(g is not None for g in open_spaces):
        raise UrbanPlanError("There is no open space (after the filter and after leaving out "
                             "empty geometries), so nobody can be within reach of one. Check "
                             "the open-space layer and its filter expression.")
    ids = list(range(len(open_spaces))) if open_space_ids is None else list(open_space_ids)
    layers = {"open_space": open_spaces}
    if streets is not None:
        layers["street"] = streets
    area_prog = SubProgress(progress, 0, 40)
    areas = overlay_areas(builtup, layers, zones=zones, progress=area_prog,
                          track_outside=("open_space",), track_overlap=("open_space",))
    if progress.is_canceled():
        return None
    if areas.builtup_m2 <= 0:
        raise UrbanPlanError("The built-up area has no area. Check the built-up layer.")
    if areas.overlap_m2["open_space"] > 1e-6:
        pairs = ", ".join(f"{ids[a]}/{ids[b]}" for a, b in areas.overlap_pairs["open_space"])
        log.append(f"Open spaces overlap ({areas.overlap_m2['open_space']:,.0f} m² counted more "
                   f"than once before dissolving; counted once). Overlapping feature ids: "
                   f"{pairs}.")
    if streets is not None and areas.overlap_m2["street"] > 1e-6:
        log.append(f"Street polygons overlap at junctions or double-mapped streets "
                   f"({areas.overlap_m2['street']:,.0f} m²); counted once.")
    out_ids = areas.outside_ids["open_space"]
    if out_ids:
        log.append(f"{len(out_ids)} open space(s) lie wholly outside the built-up area (feature "
                   f"ids {id_list([ids[i] for i in out_ids])}): their area is not counted in "
                   "the share; people may still walk to them.")
    if areas.outside_m2["open_space"] > 1e-6:
        log.append(f"{areas.outside_m2['open_space']:,.0f} m² of open space outside the "
                   "built-up area was clipped off.")
    acc, exy, eown = open_space_access(network, pop_xy, open_spaces, distance_m, entrances_xy,
                                       entrance_tolerance, max_snap_m, index=index,
                                       progress=SubProgress(progress, 40, 90), log=log,
                                       travel=travel)
    if acc.cancelled or progress.is_canceled():
        return None
    group_acc = group_open_space_access(network, pop_xy, open_spaces, group_travel, distance_m,
                                        entrances_xy, entrance_tolerance, max_snap_m,
                                        progress=SubProgress(progress, 90, 98), log=log)
    if group_acc is None or progress.is_canceled():
        return None
    dist, ok, within = access_flags(acc)
    total = float(pop.sum())
    pop_within = float(pop[within == 1].sum())
    unreach = ~ok
    if unreach.any():
        log.append(f"{float(pop[unreach].sum()):,.0f} people ({int(unreach.sum())} feature(s)) "
                   "cannot reach any open space over the network (off the network or on a "
                   "piece of it without open space): they count as not within.")
    gcounts = group_counts(pop, groups)
    if pop_zone is None and zones is not None:
        pop_zone = zone_labels(pop_xy, zones, zone_names)
    summary = _sdg_rows(acc, pop, gcounts, pop_zone, areas, zone_names, streets is not None,
                        group_acc)
    progress.progress(100.0)
    street_pct = areas.share_pct("street") if streets is not None else np.nan
    public_pct = areas.share_pct() if streets is not None else np.nan
    if streets is None:
        log.append("No street layer: the street share and the public space share (which needs "
                   "streets) are not computed (NULL).")
    return Sdg1171Result(
        open_space_share_pct=areas.share_pct("open_space"), street_share_pct=street_pct,
        public_space_share_pct=public_pct,
        pop_within_pct=100.0 * pop_within / total if total > 0 else np.nan,
        population=total, pop_within=pop_within, areas=areas, dist=dist, within=within,
        origin_ok=acc.origin_ok, summary=summary, entrances_xy=exy, entrance_owner=eown,
        log=log, null_reason=acc.null_reason, group_access=group_acc)


def _sdg_rows(acc, pop, gcounts, pop_zone, areas, zone_names, has_streets, group_acc=None):
    """Rows of the SDG 11.7.1 summary: per zone (``all`` first) and group (``all`` first); a
    group in ``group_acc`` ({group: AccessResult}) is counted with its own profile's access."""
    group_acc = group_acc or {}
    zone_list, codes = zone_codes(pop_zone, zone_names, len(pop))
    nz = len(zone_list)
    # areas per zone name (zones sharing a name are added up)
    zarea = np.full((nz + 1, 4), np.nan)
    zarea[0] = (areas.builtup_m2, areas.layer_m2["open_space"],
                areas.layer_m2.get("street", np.nan), areas.public_m2)
    for i, name in enumerate(zone_names or []):
        j = zone_list.index(str(name)) + 1
        vals = (areas.zone_builtup_m2[i], areas.zone_layer_m2["open_space"][i],
                areas.zone_layer_m2["street"][i] if has_streets else np.nan,
                areas.zone_public_m2[i])
        zarea[j] = np.where(np.isnan(zarea[j]), 0.0, zarea[j]) + np.asarray(vals)
    if not has_streets:
        zarea[:, 2:] = np.nan
    labels = [ALL] + zone_list
    all_codes = np.zeros(len(pop), np.int64)
    table = []
    for gname, gpop in [(ALL, pop)] + list(gcounts.items()):
        gpop = np.asarray(gpop, dtype=np.float64)
        dist, ok, within = access_flags(group_acc.get(gname, acc))
        win_flag = within == 1
        tot = per_zone(codes, nz, gpop)
        win = per_zone(codes, nz, gpop * win_flag)
        unr = per_zone(codes, nz, gpop * ~ok)
        med = grouped_median(all_codes, dist, gpop, 1)
        if codes is not None:
            med = np.concatenate([med, grouped_median(codes, dist, gpop, nz)])
        table.append((gname, tot, win, unr, med))
    rows = []
    for zi, z in enumerate(labels):
        a = zarea[zi]
        b = a[0]
        for gname, tot, win, unr, med in table:
            t = float(tot[zi])
            row = {S.ZONE: z, S.POP_GROUP: gname, S.POPULATION: t, S.POP_WITHIN: float(win[zi]),
                   S.POP_WITHIN_PCT: 100.0 * float(win[zi]) / t if t > 0 else np.nan,
                   S.POP_UNREACHABLE: float(unr[zi]), S.MEDIAN_DIST_M: float(med[zi])}
            first = gname == ALL
            for key, val in zip((S.BUILTUP_M2, S.OPEN_SPACE_M2, S.STREET_M2, S.PUBLIC_SPACE_M2),
                                a):
                row[key] = float(val) if first else np.nan
            for key, val in ((S.OPEN_SPACE_SHARE_PCT, a[1]), (S.STREET_SHARE_PCT, a[2]),
                             (S.PUBLIC_SPACE_SHARE_PCT, a[3])):
                row[key] = (100.0 * val / b if first and np.isfinite(b) and b > 0
                            and np.isfinite(val) else np.nan)
            rows.append(row)
    return rows


