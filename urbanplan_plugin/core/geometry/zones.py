"""Which zone each point falls in: the engine's one point-in-zone rule.

Every analysis that reports per zone (fifteenminutecity and the report through
``qgis_io.zones``, sdg1171 and greenspacecoverage, floodexposure and floodrisk) and the
assignment of given park entrances to their park use :func:`points_in_polygons`.

**Border rule.** Zones are closed: a point strictly inside a zone, or on its boundary (on an
edge or a vertex of its outer ring or of one of its holes), belongs to it; a point strictly
inside a hole does not. When several zones hold a point -- a point on the border two zones
share, on a vertex several zones share, or inside zones that overlap -- it belongs to the one
that comes first (the lowest index: the first in the layer's feature order). So a point belongs
to at most one zone, always the same one, and a point on the outer edge of the study area is
inside it. This is GEOS's ``intersects`` (QGIS's "Join attributes by location" with
*intersects*), with the first match kept. "On the boundary" allows for rounding: within
``BORDER_TOLERANCE`` times the zone's size (10 micrometres for a 10 km district).

Method: an even-odd crossing count (PNPOLY) plus a point-to-segment distance for the border,
both only for the pairs (point, ring edge) whose edge spans the point's height: the points of a
zone's bounding box are sorted by y once, so each edge meets only the points level with it
(about ``points x crossings of a horizontal line``, not ``points x edges``).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .rasterize import PolygonSet, runs

NO_ZONE_NAME = "(no zone name)"
"""The group of the zones whose name is NULL or empty: they are summarised together under this
name (never as 'NULL', never merged with a zone of that name)."""


def zone_name(value) -> str:
    """The name a zone is summarised under: its name as text, :data:`NO_ZONE_NAME` for a NULL or
    blank one."""
    if value is None:
        return NO_ZONE_NAME
    text = str(value)
    return text if text.strip() else NO_ZONE_NAME


BORDER_TOLERANCE = 1e-9
"""A point this close to a zone's boundary, relative to the zone's size (the larger side of its
bounding box), is on the boundary (and so in the zone)."""

PAIR_BUDGET = 4_000_000
"""(point, edge) pairs tested at once: bounds the memory of one step (about 100 MB)."""


def as_polygon_set(polygons: PolygonSet | Sequence) -> PolygonSet:
    """A :class:`PolygonSet` from a PolygonSet (returned as is) or from a sequence of shapely
    (multi)polygons (None or empty entries give polygons without rings)."""
    if isinstance(polygons, PolygonSet):
        return polygons
    from .polygons import ring_arrays
    geoms = list(polygons)
    coords, offsets, owner = ring_arrays(geoms)
    return PolygonSet(np.ascontiguousarray(coords), offsets, owner, len(geoms))


def points_in_polygons(xy: np.ndarray, polygons: PolygonSet | Sequence) -> np.ndarray:
    """Index of the zone holding each point, -1 for none (and for NaN points), by the border
    rule of this module: boundaries count as inside, the first zone wins.

    ``polygons``: a :class:`PolygonSet` or a sequence of shapely (multi)polygons; holes and
    multi-part zones are counted ring by ring (even-odd), so ring orientation does not matter and
    rings may be given open or closed."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    polys = as_polygon_set(polygons)
    out = np.full(len(xy), -1, dtype=np.int64)
    if polys.n == 0 or len(xy) == 0 or len(polys.xy) == 0:
        return out
    finite = np.flatnonzero(np.isfinite(xy).all(axis=1))
    by_x = finite[np.argsort(xy[finite, 0], kind="stable")]
    xs = xy[by_x, 0]
    bnd = polys.bounds()
    a, b, owner = _ring_edges(polys)
    e_first = np.searchsorted(owner, np.arange(polys.n), side="left")
    e_last = np.searchsorted(owner, np.arange(polys.n), side="right")
    for p in range(polys.n):
        if e_first[p] == e_last[p]:
            continue
        x0, y0, x1, y1 = bnd[p]
        tol = BORDER_TOLERANCE * max(x1 - x0, y1 - y0)
        lo = np.searchsorted(xs, x0 - tol, side="left")
        hi = np.searchsorted(xs, x1 + tol, side="right")
        cand = by_x[lo:hi]
        cand = cand[(out[cand] < 0) & (xy[cand, 1] >= y0 - tol) & (xy[cand, 1] <= y1 + tol)]
        if len(cand) == 0:
            continue
        inside = _inside(xy[cand], a[e_first[p]:e_last[p]], b[e_first[p]:e_last[p]], tol)
        out[cand[inside]] = p
    return out


def _ring_edges(polys: PolygonSet):
    """(a, b, owner) of every ring edge, each ring closed (an open ring gets its closing edge;
    a ring given closed gets none twice), sorted by owner."""
    counts = np.diff(polys.ring_offsets)
    keep = counts >= 2
    starts, counts, owners = polys.ring_offsets[:-1][keep], counts[keep], polys.ring_owner[keep]
    if len(starts) == 0:
        e = np.empty((0, 2))
        return e, e, np.empty(0, np.int64)
    idx = runs(starts, counts)
    nxt = idx + 1
    last = np.cumsum(counts) - 1                      # position of each ring's last vertex
    nxt[last] = starts                                # ... whose next vertex is the first
    a, b = polys.xy[idx], polys.xy[nxt]
    edge_owner = np.repeat(owners, counts)
    real = np.any(a != b, axis=1)                     # the closing edge of a closed ring is 0
    return a[real], b[real], edge_owner[real]


def _inside(pts: np.ndarray, a: np.ndarray, b: np.ndarray, tol: float) -> np.ndarray:
    """Closed even-odd test of ``pts`` against one zone's edges ``a -> b``."""
    order = np.argsort(pts[:, 1], kind="stable")
    ys = pts[order, 1]
    ylo = np.minimum(a[:, 1], b[:, 1]) - tol
    yhi = np.maximum(a[:, 1], b[:, 1]) + tol
    first = np.searchsorted(ys, ylo, side="left")
    count = np.searchsorted(ys, yhi, side="right") - first
    crossings = np.zeros(len(pts), dtype=np.int64)
    border = np.zeros(len(pts), dtype=bool)
    edges = np.flatnonzero(count > 0)
    cum = np.cumsum(count[edges])
    start = 0
    while start < len(edges):
        stop = int(np.searchsorted(cum, (cum[start - 1] if start else 0) + PAIR_BUDGET,
                                   side="right"))
        stop = max(stop, start + 1)
        e = edges[start:stop]
        n = count[e]
        pos = order[runs(first[e], n)]                # candidate points, by original position
        ei = np.repeat(e, n)
        px, py = pts[pos, 0], pts[pos, 1]
        ax, ay, bx, by = a[ei, 0], a[ei, 1], b[ei, 0], b[ei, 1]
        dx, dy = bx - ax, by - ay
        straddle = (ay > py) != (by > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            xint = ax + (py - ay) * dx / np.where(straddle, dy, 1.0)
        crossings += np.bincount(pos[straddle & (px < xint)], minlength=len(pts))
        seg2 = dx * dx + dy * dy
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.clip(np.where(seg2 > 0, ((px - ax) * dx + (py - ay) * dy) / seg2, 0.0), 0, 1)
        near = np.hypot(px - (ax + t * dx), py - (ay + t * dy)) <= tol
        border[pos[near]] = True
        start = stop
    return border | (crossings % 2 == 1)


__all__ = ["points_in_polygons", "as_polygon_set", "BORDER_TOLERANCE"]
