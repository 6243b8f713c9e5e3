"""Polygons for the engine: WKB in, cleaned and repaired shapely polygons, street polygons from
centre lines, ring arrays and distance to rings. Exact dissolved and clipped areas
(:func:`overlay_areas`, :class:`AreaResult`) come from :mod:`.overlay` (boundary integration,
no GEOS union) and are re-exported here.

Which zone a point is in: :mod:`.zones`. Where a polygon is entered from the walking network:
:mod:`core.network.entrances`."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

from ..common.compat import make_valid_polygonal, shapely_buffer_flat
from ..common.errors import UrbanPlanError
from .overlay import AreaResult, overlay_areas  # noqa: F401 - re-exported

# --------------------------------------------------------------------------- geometry input

def geometries_from_wkb(wkbs: Sequence[bytes | None],
                        repair: Callable[[bytes], bytes | None] | None = None,
                        fixed: list | None = None) -> list:
    """Shapely geometries from WKB bytes (None stays None).

    GEOS refuses some geometries outright (a polygon ring of two points, as OSM multipolygons
    sometimes hold). ``repair(bytes) -> bytes or None`` gets a chance to fix those (the QGIS
    glue passes QGIS's make valid); their positions are appended to ``fixed``. What cannot be
    read even then becomes None (left out, and logged by :func:`clean_polygons`)."""
    import logging

    from shapely import wkb
    out = []
    # shapely 1.8 also logs GEOS's complaint (shapely.geos logger); the error is handled here
    geos_log = logging.getLogger("shapely.geos")
    for i, b in enumerate(wkbs):
        if b is None or len(b) == 0:
            out.append(None)
            continue
        level = geos_log.level
        geos_log.setLevel(logging.CRITICAL)
        try:
            out.append(wkb.loads(bytes(b)))
            continue
        except Exception:  # noqa: BLE001 - shapely 1.8 WKBReadingError / 2.x GEOSException
            pass
        finally:
            geos_log.setLevel(level)
        g = None
        if repair is not None:
            fixed_b = repair(bytes(b))
            if fixed_b:
                try:
                    g = wkb.loads(bytes(fixed_b))
                except Exception:  # noqa: BLE001
                    g = None
        if g is not None and fixed is not None:
            fixed.append(i)
        out.append(g)
    return out


def clean_polygons(geoms: Sequence, ids: Sequence | None = None, what: str = "polygon",
                   log: list | None = None,
                   repaired_before: Iterable[int] = ()) -> tuple[list, list, list]:
    """Polygonal shapely geometries, invalid ones repaired; (geoms, repaired ids, empty ids).

    Null and empty geometries become None (left out). Invalid polygons (self-intersections,
    bow-ties, wrong ring order) are repaired with GEOS *make valid* and only their polygonal
    part is kept; the ids of repaired features (and of ``repaired_before``: positions already
    repaired while reading) are logged. A non-polygonal geometry is an
    error naming the feature."""
    ids = list(range(len(geoms))) if ids is None else list(ids)
    log = [] if log is None else log
    out, repaired, empty = [], [ids[i] for i in repaired_before], []
    for g, fid in zip(geoms, ids):
        if g is None or g.is_empty:
            out.append(None)
            empty.append(fid)
            continue
        if g.geom_type not in ("Polygon", "MultiPolygon"):
            if g.geom_type == "GeometryCollection":
                g = make_valid_polygonal(g)
            else:
                raise UrbanPlanError(
                    "The {what} layer has a {geom_type} (feature id {fid}); polygons are "
                    "needed. Choose a polygon layer.", what=what, geom_type=g.geom_type, fid=fid)
        if not g.is_valid:
            g = make_valid_polygonal(g)
            repaired.append(fid)
        if g.is_empty or g.area <= 0:
            out.append(None)
            empty.append(fid)
            continue
        out.append(g)
    if repaired:
        log.append(f"Repaired {len(repaired)} invalid {what} polygon(s) (GEOS make valid), "
                   f"feature id(s): {id_list(repaired)}.")
    if empty:
        log.append(f"Left out {len(empty)} {what} feature(s) with no area (null, empty or "
                   f"degenerate geometry), feature id(s): {id_list(empty)}.")
    return out, repaired, empty


def id_list(ids: Iterable, limit: int = 20) -> str:
    """The first ``limit`` ids as text, and how many more there are."""
    ids = list(ids)
    text = ", ".join(str(i) for i in ids[:limit])
    return text + (f" ... ({len(ids) - limit} more)" if len(ids) > limit else "")


def street_polygons(lines: Sequence, widths: Sequence | None = None,
                    ids: Sequence | None = None, default_width: float | None = None,
                    log: list | None = None) -> tuple[list, np.ndarray]:
    """Street polygons from centre lines: a flat-ended buffer of half the width of each line.

    ``lines``: shapely (multi)line geometries. ``widths``: metres per line (NaN/None/<=0 =
    unknown). Unknown widths take ``default_width``; without one the error names the features."""
    ids = list(range(len(lines))) if ids is None else list(ids)
    log = [] if log is None else log
    n = len(lines)
    w = np.full(n, np.nan) if widths is None else np.array(
        [np.nan if v is None else v for v in widths], dtype=np.float64)
    bad = ~np.isfinite(w) | (w <= 0)
    if bad.any():
        if default_width is None or not np.isfinite(default_width) or default_width <= 0:
            which = [ids[i] for i in np.flatnonzero(bad)]
            raise UrbanPlanError(
                "{count} street line(s) have no usable width (no width field, or "
                "NULL/zero/negative values), feature id(s): {id_list}. Choose a width "
                "field, fill in the widths, or give a default street width in metres.",
                count=int(bad.sum()), id_list=id_list(which))
        w = np.where(bad, float(default_width), w)
        if widths is not None:
            log.append(f"{int(bad.sum())} street line(s) without a usable width got the default "
                       f"width of {default_width:g} m.")
    out = []
    for g, width in zip(lines, w):
        if g is None or g.is_empty:
            out.append(None)
            continue
        if g.geom_type not in ("LineString", "MultiLineString", "LinearRing"):
            raise UrbanPlanError("Street lines must be lines, got a {geom_type}.",
                                 geom_type=g.geom_type)
        out.append(shapely_buffer_flat(g, width / 2.0))
    return out, w


# --------------------------------------------------------------------------- areas

def union_area(geoms: Sequence) -> float:
    """Area of the union of polygonal geometries (overlaps once), exact
    (:func:`core.geometry.overlay.overlay_areas`, no GEOS union)."""
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return 0.0
    return float(overlay_areas(None, {"a": geoms}).layer_m2["a"])


# --------------------------------------------------------------------------- rings and points

def ring_arrays(geoms: Sequence) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every ring of every polygon part as flat arrays: (coords (k, 2), offsets (r + 1),
    owner (r,) = position of the geometry). Rings are closed (first == last vertex); rings of
    fewer than 3 points are left out. Read in bulk (:func:`core.common.compat.polygon_rings`),
    not ring by ring."""
    from ..common.compat import polygon_rings
    xy, offsets, owner, _hole = polygon_rings(geoms)
    counts = np.diff(offsets)
    keep = counts >= 3
    if not keep.all():
        xy = xy[np.repeat(keep, counts)]
        counts, owner = counts[keep], owner[keep]
        offsets = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
    return np.ascontiguousarray(xy, dtype=np.float64), offsets, owner


def _segments(coords, offsets, owner):
    """Segment arrays (a, b, owner) of closed rings."""
    if len(coords) < 2:
        e = np.empty((0, 2))
        return e, e, np.empty(0, np.int64)
    ring_of_vertex = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    same = ring_of_vertex[1:] == ring_of_vertex[:-1]
    a = coords[:-1][same]
    b = coords[1:][same]
    return a, b, owner[ring_of_vertex[:-1][same]]


def distance_to_rings(xy: np.ndarray, coords: np.ndarray, offsets: np.ndarray,
                      owner: np.ndarray, n_owner: int,
                      max_distance: float) -> tuple[np.ndarray, np.ndarray]:
    """(distance, owner) of the nearest polygon boundary within ``max_distance`` of each point
    (inf / -1 when none). Loops over polygons; each is compared with the points in its box."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    best = np.full(len(xy), np.inf)
    who = np.full(len(xy), -1, dtype=np.int64)
    a, b, seg_owner = _segments(coords, offsets, owner)
    if len(a) == 0:
        return best, who
    order = np.argsort(seg_owner, kind="stable")
    a, b, seg_owner = a[order], b[order], seg_owner[order]
    starts = np.searchsorted(seg_owner, np.arange(n_owner), side="left")
    ends = np.searchsorted(seg_owner, np.arange(n_owner), side="right")
    for gi in range(n_owner):
        s, e = starts[gi], ends[gi]
        if s == e:
            continue
        sa, sb = a[s:e], b[s:e]
        lo = np.minimum(sa.min(axis=0), sb.min(axis=0)) - max_distance
        hi = np.maximum(sa.max(axis=0), sb.max(axis=0)) + max_distance
        cand = np.flatnonzero((xy[:, 0] >= lo[0]) & (xy[:, 0] <= hi[0])
                              & (xy[:, 1] >= lo[1]) & (xy[:, 1] <= hi[1]))
        if len(cand) == 0:
            continue
        d = _point_segment_distance(xy[cand], sa, sb).min(axis=1)
        better = (d <= max_distance) & (d < best[cand])
        best[cand[better]] = d[better]
        who[cand[better]] = gi
    return best, who


def _point_segment_distance(p, a, b):
    """(n, m) distances from n points to m segments."""
    ab = b - a
    denom = (ab * ab).sum(axis=1)
    ap_x = p[:, 0][:, None] - a[:, 0][None]
    ap_y = p[:, 1][:, None] - a[:, 1][None]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(denom[None] > 0, (ap_x * ab[:, 0][None] + ap_y * ab[:, 1][None])
                     / denom[None], 0.0)
    t = np.clip(t, 0.0, 1.0)
    dx = ap_x - t * ab[:, 0][None]
    dy = ap_y - t * ab[:, 1][None]
    return np.hypot(dx, dy)
