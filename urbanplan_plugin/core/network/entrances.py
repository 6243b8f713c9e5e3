"""Where a polygon destination (a park, a square, a campus) is entered from the walking network:
the engine's one entrance rule.

Every analysis that walks to polygons uses it, so one park has one walking distance in every
lens: sdg1171, greenspacecoverage and suggestsites call :func:`boundary_entrances` directly;
fifteenminutecity, accessibilitygrid and flooddisruption call it through
``qgis_io.points.boundary_access_points`` (``POLYGON_ACCESS`` = boundary, or auto for park-like
categories).

**The rule.** A polygon is entered wherever its boundary meets the network or comes within
``tolerance`` metres of it (default :data:`DEFAULT_ENTRANCE_TOLERANCE_M`): every ring of the
polygon (outer rings and holes) is sampled every ``max(tolerance, 1)`` metres and at each of its
corners, and every sample within ``tolerance`` of the network gives an entrance at its snapped
point on the network (samples that snap to the same point, to the millimetre, are one entrance).
Because consecutive samples are at most ``tolerance`` apart, a street that touches the boundary
between two samples is still within ``tolerance`` of one of them; the corners catch a gate at a
junction. Entrances are never thinned, so the nearest one is never dropped: a walk to the
polygon is the walk to its nearest entrance.
A polygon that no network line comes within ``tolerance`` of is entered at its boundary sample
nearest to the network, if that is within ``max_snap_m`` (else it has no entrance and nobody
reaches it).

Given entrance points (gates from a survey) replace the rule for the polygons they belong to
(:func:`assign_entrances`); :func:`gated_entrances` applies both.

**Gated polygons.** A polygon with given entrance points is *gated*: it is entered through its
gates only, never through its fence. A polygon without gates of its own that lies inside a
gated one (a playground inside a fenced park: its interior point lies in the park) is entered
from inside the park: at its boundary entrances that lie on the park's inner paths (inside the
park, more than :data:`FENCE_CLEARANCE_M` from its boundary), else through the park's gates. A
street running along the park's fence is therefore never an entrance to what lies inside.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from ..geometry.polygons import distance_to_rings
from ..geometry.rasterize import PolygonSet, runs
from ..geometry.zones import as_polygon_set, points_in_polygons
from .snap import EdgeIndex

FENCE_CLEARANCE_M = 0.5
"""An entrance of a space inside a gated park must lie this far inside the park's boundary to
count as reached from the park's inner paths (a street on the fence line is outside)."""

DEFAULT_ENTRANCE_TOLERANCE_M = 25.0
"""A network line within this distance of a polygon's boundary gives it an entrance: about a
sidewalk plus half a street width, since the centre line of a street bordering a park lies some
metres from the park edge. An example value, not a published one; every analysis uses it as its
default."""


class Entrances(NamedTuple):
    """Entrances of a list of polygons: ``xy`` (k, 2) and ``owner`` (k,) = position of the
    polygon; per polygon, ``near`` (n,): it has an entrance within the tolerance, ``reached``
    (n,): it has any entrance."""

    xy: np.ndarray
    owner: np.ndarray
    near: np.ndarray
    reached: np.ndarray


def closed_rings(polygons: PolygonSet | Sequence) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every ring of every polygon as (coords (k, 2), offsets (r + 1), owner (r,)), each ring
    closed (first vertex repeated at the end). Rings of fewer than 3 vertices (closing vertex
    included) are left out."""
    polys = as_polygon_set(polygons)
    counts = np.diff(polys.ring_offsets)
    keep = counts >= 2
    starts, counts, owner = polys.ring_offsets[:-1][keep], counts[keep], polys.ring_owner[keep]
    if len(starts) == 0:
        return np.empty((0, 2)), np.zeros(1, np.int64), np.empty(0, np.int64)
    first, last = polys.xy[starts], polys.xy[starts + counts - 1]
    is_open = np.any(first != last, axis=1)
    new_counts = counts + is_open
    sel = new_counts >= 3
    starts, counts, owner, is_open = starts[sel], counts[sel], owner[sel], is_open[sel]
    new_counts = new_counts[sel]
    offsets = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(new_counts, out=offsets[1:])
    coords = np.empty((int(offsets[-1]), 2))
    if len(starts):
        body = runs(starts, counts)
        pos = runs(offsets[:-1], counts)
        coords[pos] = polys.xy[body]
        coords[offsets[1:][is_open] - 1] = polys.xy[starts[is_open]]
    return coords, offsets, owner


def boundary_entrances(polygons: PolygonSet | Sequence, edge_index: EdgeIndex,
                       tolerance: float = DEFAULT_ENTRANCE_TOLERANCE_M,
                       max_snap_m: float = np.inf) -> Entrances:
    """Entrances of polygons by the rule of this module.

    ``polygons``: a :class:`PolygonSet` or a sequence of shapely (multi)polygons (None: no
    polygon), in the network's CRS. ``edge_index``: the network's :class:`EdgeIndex`."""
    polys = as_polygon_set(polygons)
    n = polys.n
    near = np.zeros(n, dtype=bool)
    reached = np.zeros(n, dtype=bool)
    coords, offsets, owner = closed_rings(polys)
    if len(owner) == 0:
        return Entrances(np.empty((0, 2)), np.empty(0, np.int64), near, reached)
    step = max(float(tolerance), 1.0)
    counts = np.diff(offsets)
    seg = np.hypot(*(coords[1:] - coords[:-1]).T)
    ring_of_vertex = np.repeat(np.arange(len(counts)), counts)
    same = ring_of_vertex[1:] == ring_of_vertex[:-1]
    seg = np.where(same, seg, 0.0)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    ring_len = cum[offsets[1:] - 1] - cum[offsets[:-1]]
    n_samp = np.maximum(np.ceil(ring_len / step).astype(np.int64), 1)
    samp_ring = np.repeat(np.arange(len(counts)), n_samp)
    k = np.arange(len(samp_ring)) - np.repeat(np.cumsum(n_samp) - n_samp, n_samp)
    pos = cum[offsets[:-1]][samp_ring] + k * (ring_len / n_samp)[samp_ring]
    # segment (global vertex j -> j + 1) holding each position, kept inside its ring
    j = np.searchsorted(cum, pos, side="right") - 1
    j = np.clip(j, offsets[:-1][samp_ring], offsets[1:][samp_ring] - 2)
    seglen = cum[j + 1] - cum[j]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(seglen > 0, (pos - cum[j]) / seglen, 0.0)
    t = np.clip(t, 0.0, 1.0)
    samples = coords[j] + (coords[j + 1] - coords[j]) * t[:, None]
    samp_owner = owner[samp_ring]
    # the outline's corners too, so a gate at a corner next to a junction is not missed
    last = np.zeros(len(coords), dtype=bool)
    last[offsets[1:] - 1] = True                 # closing vertex repeats the first
    samples = np.vstack([samples, coords[~last]])
    samp_owner = np.concatenate([samp_owner, owner[ring_of_vertex[~last]]])
    snapped = edge_index.snap(samples, max_distance=tolerance)
    ok = snapped.ok
    xy_ok = snapped.xy[ok]
    own_ok = samp_owner[ok]
    if len(own_ok):
        # samples snapping to the same network point (a street corner) are one entrance
        cells = np.round(xy_ok * 1000.0).astype(np.int64)
        key = np.column_stack([own_ok, cells])
        _, keep = np.unique(key, axis=0, return_index=True)
        keep = np.sort(keep)
        xy_ok, own_ok = xy_ok[keep], own_ok[keep]
    near[own_ok] = True
    # polygons with no network line within the tolerance: nearest boundary sample
    lone = np.flatnonzero(~near & np.isin(np.arange(n), owner))
    extra_xy, extra_owner = np.empty((0, 2)), np.empty(0, np.int64)
    if len(lone):
        sel = np.isin(samp_owner, lone)
        s2 = edge_index.snap(samples[sel], max_distance=max_snap_m)
        d = np.where(s2.ok, s2.distance, np.inf)
        own2 = samp_owner[sel]
        order = np.lexsort((d, own2))
        first = np.ones(len(order), dtype=bool)
        first[1:] = own2[order][1:] != own2[order][:-1]
        pick = order[first]
        good = np.isfinite(d[pick])
        extra_xy = samples[sel][pick[good]]
        extra_owner = own2[pick[good]]
    xy = np.vstack([xy_ok, extra_xy.reshape(-1, 2)])
    own = np.concatenate([own_ok, extra_owner.astype(np.int64)])
    reached[own] = True
    return Entrances(xy, own, near, reached)


def assign_entrances(entr_xy: np.ndarray, polygons: PolygonSet | Sequence,
                     tolerance: float) -> np.ndarray:
    """The polygon each given entrance point belongs to (-1: none): the one holding it (by the
    point-in-zone rule of :mod:`core.geometry.zones`: a gate on the boundary belongs to the
    polygon, the first one on a shared border) or, failing that, the one whose boundary is
    nearest within ``tolerance`` metres."""
    entr_xy = np.asarray(entr_xy, dtype=np.float64).reshape(-1, 2)
    polys = as_polygon_set(polygons)
    who = points_in_polygons(entr_xy, polys)
    rest = np.flatnonzero(who < 0)
    if len(rest):
        coords, offsets, owner = closed_rings(polys)
        _, w2 = distance_to_rings(entr_xy[rest], coords, offsets, owner, polys.n,
                                  max(float(tolerance), 0.0))
        who[rest] = w2
    return who


class GatedEntrances(NamedTuple):
    """Entrances of polygons some of which have given gates (:func:`gated_entrances`): ``xy``
    (k, 2) and ``owner`` (k,); per polygon ``gated`` (it has given entrance points),
    ``inside`` (the gated polygon holding it, -1: none), ``near`` and ``reached`` (as in
    :class:`Entrances`, for polygons entered by the boundary rule); ``stray``: given points
    that belong to no polygon."""

    xy: np.ndarray
    owner: np.ndarray
    gated: np.ndarray
    inside: np.ndarray
    near: np.ndarray
    reached: np.ndarray
    stray: int


def _subset(polys: PolygonSet, keep: np.ndarray) -> PolygonSet:
    """The same polygon numbering with only the rings of the polygons where ``keep``."""
    sel = np.flatnonzero(keep[polys.ring_owner])
    counts = np.diff(polys.ring_offsets)[sel]
    offsets = np.zeros(len(sel) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    xy = polys.xy[runs(polys.ring_offsets[:-1][sel], counts)] if len(sel) else np.empty((0, 2))
    return PolygonSet(np.ascontiguousarray(xy), offsets, polys.ring_owner[sel], polys.n)


def gated_entrances(polygons: PolygonSet | Sequence, edge_index: EdgeIndex,
                    gates_xy: np.ndarray | None = None,
                    tolerance: float = DEFAULT_ENTRANCE_TOLERANCE_M,
                    max_snap_m: float = np.inf) -> GatedEntrances:
    """Entrances by the module's rules: given gates for the polygons they belong to, the
    boundary rule for the others, and for a polygon inside a gated one, its entrances on the
    gated polygon's inner paths, else the gated polygon's gates."""
    from ..geometry.rasterize import interior_points
    polys = as_polygon_set(polygons)
    n = polys.n
    live = np.zeros(n, dtype=bool)
    live[polys.ring_owner] = True
    gates_xy = (np.empty((0, 2)) if gates_xy is None
                else np.asarray(gates_xy, dtype=np.float64).reshape(-1, 2))
    who = (assign_entrances(gates_xy, polys, tolerance) if len(gates_xy)
           else np.empty(0, np.int64))
    given = who >= 0
    gated = np.zeros(n, dtype=bool)
    gated[who[given]] = True
    xy_parts, own_parts = [gates_xy[given]], [who[given]]
    todo = live & ~gated
    inside = np.full(n, -1, dtype=np.int64)
    if gated.any() and todo.any():
        pts = interior_points(polys)
        sel = np.flatnonzero(todo)
        inside[sel] = points_in_polygons(pts[sel], _subset(polys, gated))
    near = np.zeros(n, dtype=bool)
    reached = np.zeros(n, dtype=bool)
    if todo.any():
        bxy, bown, near, reached = boundary_entrances(_subset(polys, todo), edge_index,
                                                      tolerance, max_snap_m)
        park = inside[bown]
        enclosed = park >= 0
        keep = ~enclosed
        if enclosed.any():
            # entrances of enclosed spaces: only those on the park's inner paths (points on
            # the network within the tolerance; a fallback boundary point would be snapped to
            # whatever street is nearest, through the fence)
            cand = np.flatnonzero(enclosed & near[bown])
            held = points_in_polygons(bxy[cand], _subset(polys, gated)) == park[cand]
            coords, offsets, owner = closed_rings(_subset(polys, gated))
            d, _ = distance_to_rings(bxy[cand], coords, offsets, owner, n, np.inf)
            keep[cand[held & (d > FENCE_CLEARANCE_M)]] = True
        xy_parts.append(bxy[keep])
        own_parts.append(bown[keep])
        # enclosed spaces with no entrance on the inner paths: the park's gates
        entered = np.zeros(n, dtype=bool)
        entered[bown[keep]] = True
        for x in np.flatnonzero((inside >= 0) & ~entered):
            g = given & (who == inside[x])
            xy_parts.append(gates_xy[g])
            own_parts.append(np.full(int(g.sum()), x, dtype=np.int64))
    xy = np.vstack(xy_parts) if xy_parts else np.empty((0, 2))
    own = np.concatenate(own_parts).astype(np.int64) if own_parts else np.empty(0, np.int64)
    return GatedEntrances(xy, own, gated, inside, near, reached, int((~given).sum()))


__all__ = ["DEFAULT_ENTRANCE_TOLERANCE_M", "FENCE_CLEARANCE_M", "Entrances", "GatedEntrances",
           "boundary_entrances", "assign_entrances", "closed_rings", "gated_entrances"]
