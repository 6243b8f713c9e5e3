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
  ``public = open + streets - (open ∩ streets)``. The overlay runs tile by tile (a regular grid
  over the built-up area): areas add up exactly over tiles, and each tile's dissolve stays small,
  so 10 000 parks and a city's street polygons take seconds, not minutes.
* Streets given as centre lines become polygons by a buffer of half their width with flat ends
  (mitred bends), from a width per feature or a default width.
* Access: an open space is entered wherever its boundary meets the walking network or comes
  within a tolerance of it (or at given entrance points). One multi-source search from all
  entrances at once gives every resident's walking distance to the nearest open space
  (:func:`core.walk.fifteenminutecity.walk_access`). Residents farther than the snap distance from the
  network are off the network: their distance is NULL and they count as not within.
* Population polygons (census blocks, grid cells) are represented by their point on surface:
  the whole polygon's population is within when that point is within. Polygons larger than the
  walking-distance circle (pi D^2) make this coarse; :func:`large_polygon_warning` says so.

No QGIS here: geometries arrive as shapely objects (or WKB) in the working CRS.
"""
import json
import os
from dataclasses import dataclass, field

import numpy as np

from ..common.compat import (
    clip_rect,
    geometry_parts,
    make_valid_polygonal,
    shapely_buffer_flat,
    union_geometries,
)
from ..common.errors import UrbanPlanError
from ..common.progress import Progress

DEFAULT_DISTANCE_M = 400.0
"""SDG 11.7.1 sub-indicator (b): 400 m walking distance along the street network (UN-Habitat
SDG 11.7.1 metadata)."""

DEFAULT_ENTRANCE_TOLERANCE_M = 25.0
"""A network line within this distance of an open space's boundary gives it an entrance: about
a sidewalk plus half a street width, since the centre line of a street bordering a park lies some
metres from the park edge. An example value (the same as the walkability analyses use), not a
published one."""

OPEN_SPACE = "open_space"
ALL = "all"
OUTSIDE_ZONES = "(outside zones)"


# --------------------------------------------------------------------------- geometry input

def geometries_from_wkb(wkbs, repair=None, fixed=None):
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


def clean_polygons(geoms, ids=None, what="polygon", log=None, repaired_before=()):
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
                   f"feature id(s): {_id_list(repaired)}.")
    if empty:
        log.append(f"Left out {len(empty)} {what} feature(s) with no area (null, empty or "
                   f"degenerate geometry), feature id(s): {_id_list(empty)}.")
    return out, repaired, empty


def _id_list(ids, limit=20):
    ids = list(ids)
    text = ", ".join(str(i) for i in ids[:limit])
    return text + (f" ... ({len(ids) - limit} more)" if len(ids) > limit else "")


def street_polygons(lines, widths=None, ids=None, default_width=None, log=None):
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
                count=int(bad.sum()), id_list=_id_list(which))
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

@dataclass
class AreaResult:
    """Areas in m² after dissolving and clipping to the built-up area.

    ``layer_m2[name]``: dissolved area of each layer inside the built-up area;
    ``public_m2``: area of the union of all layers inside it; ``overlap_m2[name]``: area
    counted more than once within a layer before dissolving (overlapping features);
    ``outside_m2[name]``: area of a layer's features outside the built-up area (clipped off,
    summed feature by feature; NaN unless the layer is in ``track_outside``);
    ``outside_ids[name]``: positions of features with no area inside it; ``overlap_pairs[name]``:
    up to 20 pairs of positions of overlapping features. ``zone_*``: the same per zone."""

    builtup_m2: float
    layer_m2: dict
    public_m2: float
    overlap_m2: dict
    outside_m2: dict
    outside_ids: dict
    overlap_pairs: dict
    zone_builtup_m2: np.ndarray = None
    zone_layer_m2: dict = None
    zone_public_m2: np.ndarray = None
    tiles: int = 0
    tile_size: float = 0.0

    def share_pct(self, name=None):
        """Share (%) of the built-up area covered by a layer (or by all: the public space)."""
        part = self.public_m2 if name is None else self.layer_m2[name]
        return 100.0 * part / self.builtup_m2 if self.builtup_m2 > 0 else np.nan

    def zone_share_pct(self, name=None):
        part = self.zone_public_m2 if name is None else self.zone_layer_m2[name]
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.zone_builtup_m2 > 0, 100.0 * part / self.zone_builtup_m2, np.nan)


def _bounds(geoms):
    b = np.full((len(geoms), 4), np.nan)
    for i, g in enumerate(geoms):
        if g is not None and not g.is_empty:
            b[i] = g.bounds
    return b


def _tile_pairs(bounds, x0, y0, size, nx, ny):
    """(tile id, geometry position) for every tile a geometry's box touches, sorted by tile."""
    ok = np.isfinite(bounds).all(axis=1)
    idx = np.flatnonzero(ok)
    b = bounds[ok]
    ix0 = np.floor((b[:, 0] - x0) / size).astype(np.int64)
    iy0 = np.floor((b[:, 1] - y0) / size).astype(np.int64)
    ix1 = np.floor((b[:, 2] - x0) / size).astype(np.int64)
    iy1 = np.floor((b[:, 3] - y0) / size).astype(np.int64)
    inside = (ix1 >= 0) & (iy1 >= 0) & (ix0 < nx) & (iy0 < ny)
    idx, ix0, iy0, ix1, iy1 = idx[inside], ix0[inside], iy0[inside], ix1[inside], iy1[inside]
    ix0, iy0 = np.clip(ix0, 0, nx - 1), np.clip(iy0, 0, ny - 1)
    ix1, iy1 = np.clip(ix1, 0, nx - 1), np.clip(iy1, 0, ny - 1)
    wx = ix1 - ix0 + 1
    counts = wx * (iy1 - iy0 + 1)
    total = int(counts.sum())
    if total == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    gi = np.repeat(idx, counts)
    local = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    w = np.repeat(wx, counts)
    tx = np.repeat(ix0, counts) + local % w
    ty = np.repeat(iy0, counts) + local // w
    tile = ty * nx + tx
    order = np.argsort(tile, kind="stable")
    return tile[order], gi[order]


class _TileLookup:
    def __init__(self, tiles, geoms):
        self.tiles, self.geoms = tiles, geoms

    def get(self, t):
        a = np.searchsorted(self.tiles, t, side="left")
        b = np.searchsorted(self.tiles, t, side="right")
        return self.geoms[a:b]


def _area(g):
    return 0.0 if g is None or g.is_empty else float(g.area)


def overlay_areas(builtup, layers, zones=None, tile_size=None, progress=None,
                  track_outside=(), track_overlap=()):
    """Dissolved, clipped areas of polygon layers inside a built-up area (and per zone).

    ``builtup``: list of polygonal shapely geometries (their union is the built-up area), or
    None to count everything (no clipping). ``layers``: {name: list of polygonal geometries or
    None}. ``zones``: list of polygonal geometries (areas per zone; zones may overlap).
    ``tile_size`` (m): side of the processing tiles (default: chosen from the number of
    geometries). ``track_outside``/``track_overlap``: layer names for which features with no
    area inside the built-up area / overlapping pairs are identified (costs some time)."""
    progress = progress or Progress()
    names = list(layers)
    lay_b = {k: _bounds(v) for k, v in layers.items()}
    z_b = _bounds(zones) if zones is not None else None
    if builtup is not None:
        b_b = _bounds(builtup)
        ext_src = b_b
    else:
        b_b = None
        ext_src = np.vstack([lay_b[k] for k in names] + ([z_b] if z_b is not None else []))
    finite = np.isfinite(ext_src).all(axis=1)
    res = AreaResult(0.0, {k: 0.0 for k in names}, 0.0, {k: 0.0 for k in names},
                     {k: 0.0 for k in names}, {k: [] for k in names}, {k: [] for k in names})
    nz = len(zones) if zones is not None else 0
    res.zone_builtup_m2 = np.zeros(nz)
    res.zone_layer_m2 = {k: np.zeros(nz) for k in names}
    res.zone_public_m2 = np.zeros(nz)
    if not finite.any():
        for k in names:
            res.outside_m2[k] = sum(_area(g) for g in layers[k])
            if k in track_outside:
                res.outside_ids[k] = [i for i, g in enumerate(layers[k]) if _area(g) > 0]
        return res
    x0, y0 = np.nanmin(ext_src[finite, 0]), np.nanmin(ext_src[finite, 1])
    x1, y1 = np.nanmax(ext_src[finite, 2]), np.nanmax(ext_src[finite, 3])
    w, h = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    n_geoms = sum(len(v) for v in layers.values()) + (len(builtup) if builtup else 0) + nz
    if tile_size is None or tile_size <= 0:
        # about 16 features per tile, but no tile below 50 m and at most 40 000 tiles
        target = int(np.clip(n_geoms / 16.0, 1, 40000))
        tile_size = max(np.sqrt(w * h / target), 50.0)
    size = float(tile_size)
    nx, ny = int(np.ceil(w / size)) or 1, int(np.ceil(h / size)) or 1
    # a geometry exactly on the far edge belongs to the last tile
    lookups = {k: _TileLookup(*_tile_pairs(lay_b[k], x0, y0, size, nx, ny)) for k in names}
    zlook = _TileLookup(*_tile_pairs(z_b, x0, y0, size, nx, ny)) if nz else None
    if builtup is not None:
        blook = _TileLookup(*_tile_pairs(b_b, x0, y0, size, nx, ny))
        todo = np.unique(blook.tiles)
    else:
        blook = None
        todo = np.unique(np.concatenate([lookups[k].tiles for k in names] or
                                        [np.empty(0, np.int64)]))
        if nz:
            todo = np.intersect1d(todo, np.unique(zlook.tiles))
    inside_area = {k: np.zeros(len(layers[k])) for k in track_outside}
    pair_seen = {k: set() for k in track_overlap}
    tile_area = size * size
    tol = 1e-9 * tile_area

    ctx = _TileContext(builtup, b_b, blook, layers, lay_b, lookups, zones, z_b, zlook, names,
                       track_outside, track_overlap, tile_area, tol, pair_seen)
    n_todo = max(len(todo), 1)
    for it, t in enumerate(todo):
        if it % 64 == 0:
            if progress.is_canceled():
                break
            progress.progress(100.0 * it / n_todo)
        ty, tx = divmod(int(t), nx)
        tbounds = (x0 + tx * size, y0 + ty * size, x0 + (tx + 1) * size, y0 + (ty + 1) * size)
        try:
            out = ctx.tile(t, tbounds, fast=True)
        except Exception:  # noqa: BLE001 - a GEOS topology error on the fast clip: redo exactly
            out = ctx.tile(t, tbounds, fast=False)
        if out is None:
            continue
        _add_tile(res, out, inside_area, names, nz)
    # area outside the built-up area, feature by feature (before dissolving)
    for k in names:
        if k in track_outside:
            total = np.array([_area(g) for g in layers[k]])
            res.outside_m2[k] = float(np.maximum(total - inside_area[k], 0.0).sum())
            res.outside_ids[k] = [int(i) for i in
                                  np.flatnonzero((total > 0) & (inside_area[k] <= tol))]
        else:
            res.outside_m2[k] = np.nan
        if k in track_overlap:
            res.overlap_pairs[k] = sorted(pair_seen[k])[:20]
    if builtup is None:
        res.builtup_m2 = np.nan
    res.tiles, res.tile_size = int(len(todo)), size
    progress.progress(100.0)
    return res


class _TileContext:
    """Everything one tile of :func:`overlay_areas` needs; :meth:`tile` returns the tile's
    areas (or None when the tile has no built-up area) without touching the totals, so a tile
    can be redone when the fast path fails."""

    def __init__(self, builtup, b_b, blook, layers, lay_b, lookups, zones, z_b, zlook, names,
                 track_outside, track_overlap, tile_area, tol, pair_seen):
        self.__dict__.update(locals())
        del self.__dict__["self"]

    @staticmethod
    def _clip(g, gb, tbounds, tb, fast):
        if gb[0] >= tbounds[0] and gb[1] >= tbounds[1] and gb[2] <= tbounds[2] \
                and gb[3] <= tbounds[3]:
            return g
        # GEOS's rectangle clipping is much faster than a general overlay; its output can be
        # untidy on rare degenerate input, in which case the tile is redone with intersection()
        return clip_rect(g, tbounds) if fast else g.intersection(tb)

    def tile(self, t, tbounds, fast):
        from shapely.geometry import box
        tb = box(*tbounds)
        tile_area, tol = self.tile_area, self.tol
        out = {"layer": {}, "overlap": {}, "inside": {}, "zones": []}
        if self.blook is not None:
            parts = [self._clip(self.builtup[i], self.b_b[i], tbounds, tb, fast)
                     for i in self.blook.get(t)]
            parts = [p for p in parts if not p.is_empty]
            if not parts:
                return None
            bt = parts[0] if len(parts) == 1 else union_geometries(parts)
            bt_area = _area(bt)
            if bt_area <= tol:
                return None
            full = abs(bt_area - tile_area) <= 1e-7 * tile_area
        else:
            # with no built-up layer the whole tile counts (areas are not clipped)
            bt, full, bt_area = tb, True, tile_area
        out["builtup"] = bt_area
        inside = {}
        for k in self.names:
            cand = self.lookups[k].get(t)
            inside[k] = None
            if len(cand) == 0:
                continue
            geoms, gb = self.layers[k], self.lay_b[k]
            parts, owners = [], []
            for i in cand:
                p = self._clip(geoms[i], gb[i], tbounds, tb, fast)
                if not p.is_empty and p.area > 0:
                    parts.append(p)
                    owners.append(i)
            if not parts:
                continue
            u = parts[0] if len(parts) == 1 else union_geometries(parts)
            u_area = _area(u)
            over = sum(p.area for p in parts) - u_area
            out["overlap"][k] = max(over, 0.0) if over > tol else 0.0
            if over > tol and k in self.track_overlap and len(self.pair_seen[k]) < 20:
                _find_overlaps(parts, owners, self.pair_seen[k], tol)
            ui = u if full else u.intersection(bt)
            ui_area = _area(ui)
            out["layer"][k] = ui_area
            if k in self.track_outside:
                out["inside"][k] = (owners, [p.area if full else _area(p.intersection(bt))
                                             for p in parts])
            inside[k] = ui if ui_area > 0 else None
        # public space = union of the layers, by inclusion-exclusion over the (few) layers:
        # |A u B| = |A| + |B| - |A n B| avoids a costly overlay of two large dissolved layers
        present = [g for g in inside.values() if g is not None]
        pub_area, pub_parts = _union_area_parts(present, fast)
        out["public"] = pub_area
        if self.zlook is not None:
            for zi in self.zlook.get(t):
                zt = self._clip(self.zones[zi], self.z_b[zi], tbounds, tb, fast)
                if zt.is_empty:
                    continue
                zt_area = zt.area
                if abs(zt_area - tile_area) <= 1e-7 * tile_area:
                    out["zones"].append((zi, bt_area, {k: _area(g) for k, g in inside.items()
                                                       if g is not None}, pub_area))
                    continue
                zb = zt_area if full else _area(zt.intersection(bt))
                zl = {k: _area(g.intersection(zt)) for k, g in inside.items() if g is not None}
                zp = sum(sign * _area(g.intersection(zt)) for sign, g in pub_parts)
                out["zones"].append((zi, zb, zl, zp))
        return out


def _add_tile(res, out, inside_area, names, nz):
    res.builtup_m2 += out["builtup"]
    res.public_m2 += out["public"]
    for k, v in out["layer"].items():
        res.layer_m2[k] += v
    for k, v in out["overlap"].items():
        res.overlap_m2[k] += v
    for k, (owners, areas) in out["inside"].items():
        np.add.at(inside_area[k], np.asarray(owners, dtype=np.int64), np.asarray(areas))
    for zi, zb, zl, zp in out["zones"]:
        res.zone_builtup_m2[zi] += zb
        for k, v in zl.items():
            res.zone_layer_m2[k][zi] += v
        res.zone_public_m2[zi] += zp


def _union_area_parts(geoms, fast=False):
    """(area of the union, [(sign, geometry)]) by inclusion-exclusion over a few geometries,
    so that the area of the union inside any other polygon Z is
    ``sum(sign * area(g n Z))``. Intersections are cheap next to dissolving large layers.
    ``fast``: intersect the larger geometry only near each part of the smaller one (rectangle
    clips first), which matters when one layer (the streets) is much more complex."""
    from itertools import combinations
    terms = []
    for r in range(1, len(geoms) + 1):
        sign = 1.0 if r % 2 else -1.0
        for combo in combinations(geoms, r):
            g = combo[0]
            for other in combo[1:]:
                g = _intersect(g, other, fast)
                if g.is_empty:
                    break
            if not g.is_empty and g.area > 0:
                terms.append((sign, g))
    return sum(s * g.area for s, g in terms), terms


def _intersect(a, b, fast):
    if not fast:
        return a.intersection(b)
    from shapely.geometry import MultiPolygon
    small, big = (a, b) if _vertex_count(a) <= _vertex_count(b) else (b, a)
    parts = geometry_parts(small)
    pieces = []
    for p in parts:
        near = clip_rect(big, p.bounds)
        if near.is_empty:
            continue
        x = near.intersection(p)
        if not x.is_empty:
            pieces.extend(q for q in geometry_parts(x) if q.geom_type == "Polygon")
    if not pieces:
        from shapely.geometry import Polygon
        return Polygon()
    return pieces[0] if len(pieces) == 1 else MultiPolygon(pieces)


def _vertex_count(g):
    """A cheap measure of a geometry's complexity: parts plus holes (no coordinate access)."""
    return sum(1 + len(p.interiors) for p in geometry_parts(g) if p.geom_type == "Polygon")


def _find_overlaps(parts, owners, seen, tol):
    """Add pairs (i, j) of overlapping parts (positive common area) to ``seen`` (max 20)."""
    b = np.array([p.bounds for p in parts])
    for a in range(len(parts)):
        cand = np.flatnonzero((b[a + 1:, 0] < b[a, 2]) & (b[a + 1:, 2] > b[a, 0])
                              & (b[a + 1:, 1] < b[a, 3]) & (b[a + 1:, 3] > b[a, 1])) + a + 1
        for c in cand:
            pair = (min(owners[a], owners[c]), max(owners[a], owners[c]))
            if pair in seen or pair[0] == pair[1]:
                continue
            if parts[a].intersection(parts[c]).area > tol:
                seen.add(pair)
                if len(seen) >= 20:
                    return


def union_area(geoms):
    """Area of the union of polygonal geometries (overlaps once)."""
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return 0.0
    return float(union_geometries(geoms).area)


# --------------------------------------------------------------------------- rings and points

def ring_arrays(geoms):
    """Every ring of every polygon part as flat arrays: (coords (k, 2), offsets (r + 1),
    owner (r,) = position of the geometry). Rings are closed (first == last vertex)."""
    rings, owner = [], []
    for i, g in enumerate(geoms):
        if g is None or g.is_empty:
            continue
        for part in geometry_parts(g):
            if part.geom_type != "Polygon" or part.is_empty:
                continue
            for ring in [part.exterior] + list(part.interiors):
                xy = np.asarray(ring.coords, dtype=np.float64)[:, :2]
                if len(xy) >= 3:
                    rings.append(xy)
                    owner.append(i)
    counts = np.array([len(r) for r in rings], dtype=np.int64)
    offsets = np.zeros(len(rings) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    coords = np.concatenate(rings) if rings else np.empty((0, 2))
    return coords, offsets, np.array(owner, dtype=np.int64)


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


def points_in_polygons(xy, geoms, chunk=4_000_000):
    """Position of the first polygon containing each point, -1 when none (even-odd rule over all
    rings of a polygon, so holes and multi-parts are right; a point on a boundary may go either
    way). Vectorised: polygons are visited one by one, points filtered by bounding box."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    out = np.full(len(xy), -1, dtype=np.int64)
    coords, offsets, owner = ring_arrays(geoms)
    a, b, seg_owner = _segments(coords, offsets, owner)
    if len(a) == 0 or len(xy) == 0:
        return out
    order = np.argsort(seg_owner, kind="stable")
    a, b, seg_owner = a[order], b[order], seg_owner[order]
    starts = np.searchsorted(seg_owner, np.arange(len(geoms)), side="left")
    ends = np.searchsorted(seg_owner, np.arange(len(geoms)), side="right")
    finite = np.isfinite(xy).all(axis=1)
    for gi in range(len(geoms)):
        s, e = starts[gi], ends[gi]
        if s == e:
            continue
        sa, sb = a[s:e], b[s:e]
        minx = min(sa[:, 0].min(), sb[:, 0].min())
        maxx = max(sa[:, 0].max(), sb[:, 0].max())
        miny = min(sa[:, 1].min(), sb[:, 1].min())
        maxy = max(sa[:, 1].max(), sb[:, 1].max())
        cand = np.flatnonzero(finite & (out < 0) & (xy[:, 0] >= minx) & (xy[:, 0] <= maxx)
                              & (xy[:, 1] >= miny) & (xy[:, 1] <= maxy))
        if len(cand) == 0:
            continue
        step = max(1, chunk // max(len(sa), 1))
        for c0 in range(0, len(cand), step):
            cc = cand[c0:c0 + step]
            px, py = xy[cc, 0][:, None], xy[cc, 1][:, None]
            ax, ay, bx, by = sa[:, 0][None], sa[:, 1][None], sb[:, 0][None], sb[:, 1][None]
            straddle = (ay > py) != (by > py)
            with np.errstate(divide="ignore", invalid="ignore"):
                xint = ax + (py - ay) * (bx - ax) / (by - ay)
            crossings = (straddle & (px < xint)).sum(axis=1)
            inside = (crossings % 2) == 1
            out[cc[inside]] = gi
    return out


def distance_to_rings(xy, coords, offsets, owner, n_owner, max_distance):
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


def boundary_entrances(geoms, edge_index, tolerance=DEFAULT_ENTRANCE_TOLERANCE_M,
                       max_snap_m=np.inf):
    """Entrances of polygons (parks, plots): every point where the boundary meets the network
    or comes within ``tolerance`` metres of it.

    The same rule as :func:`qgis_io.points.boundary_access_points`, vectorised for many
    polygons: each boundary ring is sampled every ``max(tolerance, 1)`` metres (so a street
    touching the boundary between two samples is still within ``tolerance`` of one) and at its
    corners, and every sample within ``tolerance`` of the network is snapped to it (duplicates
    merged; unlike the QGIS helper, samples are not thinned, so thinning never moves the
    nearest entrance).
    A polygon no network line comes near gets its boundary point nearest to the network, if that
    is within ``max_snap_m``; otherwise it has no entrance (unreachable).

    Returns (xy (k, 2), owner (k,), near (n,) bool: the polygon has an entrance within the
    tolerance, reached (n,) bool: it has any entrance)."""
    n = len(geoms)
    near = np.zeros(n, dtype=bool)
    reached = np.zeros(n, dtype=bool)
    coords, offsets, owner = ring_arrays(geoms)
    if len(owner) == 0:
        return np.empty((0, 2)), np.empty(0, np.int64), near, reached
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
    extra_xy, extra_owner = [], []
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
    xy = np.vstack([xy_ok, np.asarray(extra_xy).reshape(-1, 2)])
    own = np.concatenate([own_ok, np.asarray(extra_owner, dtype=np.int64)])
    reached[own] = True
    return xy, own, near, reached


def assign_entrances(entr_xy, geoms, tolerance):
    """The polygon each given entrance point belongs to: the one containing it or, failing that,
    the one whose boundary is nearest within ``tolerance`` metres (-1: none)."""
    entr_xy = np.asarray(entr_xy, dtype=np.float64).reshape(-1, 2)
    who = points_in_polygons(entr_xy, geoms)
    rest = np.flatnonzero(who < 0)
    if len(rest):
        coords, offsets, owner = ring_arrays(geoms)
        _, w2 = distance_to_rings(entr_xy[rest], coords, offsets, owner, len(geoms),
                                  max(float(tolerance), 0.0))
        who[rest] = w2
    return who


def large_polygon_warning(areas, distance_m):
    """A log line when population polygons are large compared with the walking distance."""
    areas = np.asarray(areas, dtype=np.float64)
    areas = areas[np.isfinite(areas) & (areas > 0)]
    if len(areas) == 0:
        return None
    circle = np.pi * distance_m ** 2
    big = int((areas > circle).sum())
    ratio = areas.max() / max(areas.min(), 1e-9)
    msg = []
    if big:
        msg.append(f"{big} population polygon(s) are larger than the {distance_m:g} m walking "
                   f"circle ({circle / 1e4:.1f} ha): each counts as wholly within or not, from "
                   "its point on surface. Split them (a finer grid or blocks) for a finer answer.")
    if ratio > 100:
        msg.append(f"Population polygons range from {areas.min():,.0f} to {areas.max():,.0f} "
                   "m²; the large ones are represented as coarsely as the small ones (one point "
                   "each).")
    return " ".join(msg) if msg else None


# --------------------------------------------------------------------------- groups and zones

def group_counts(population, groups):
    """{group name: people per feature} from group fields.

    ``groups``: {field: values}. Numeric fields are counts of people in that group (women,
    over_65, disabled); text fields are categories of each feature (sex = "F"), which split the
    feature's ``population`` by value into groups named ``field=value``."""
    pop = np.asarray(population, dtype=np.float64)
    out = {}
    for name, values in (groups or {}).items():
        vals = np.asarray(values, dtype=object)
        numeric = all(v is None or isinstance(v, (int, float, np.integer, np.floating))
                      and not isinstance(v, bool) for v in vals)
        if numeric:
            arr = np.array([np.nan if v is None else v for v in vals], dtype=np.float64)
            if np.isnan(arr).any() or (arr < 0).any():
                bad = int((np.isnan(arr) | (arr < 0)).sum())
                raise UrbanPlanError(
                    "Group field '{name}' has {bad} NULL or negative value(s). A numeric group "
                    "field holds the number of people of that group per feature: fill in 0 "
                    "where there are none.", name=name, bad=bad)
            out[str(name)] = arr
        else:
            labels = np.array(["NULL" if v is None else str(v) for v in vals], dtype=object)
            for lab in sorted(set(labels.tolist())):
                out[f"{name}={lab}"] = np.where(labels == lab, pop, 0.0)
    return out


def zone_labels(xy, zone_geoms, zone_names):
    """Zone name per point (None outside every zone), by point in polygon."""
    idx = points_in_polygons(xy, zone_geoms)
    names = np.asarray([str(z) for z in zone_names] + [None], dtype=object)
    return names[idx]


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


SUMMARY_FIELDS = (
    ("zone", "string"), ("group", "string"), ("population", "double"),
    ("pop_within", "double"), ("pop_within_pct", "double"), ("pop_unreachable", "double"),
    ("median_dist_m", "double"), ("builtup_m2", "double"), ("open_space_m2", "double"),
    ("street_m2", "double"), ("public_space_m2", "double"), ("open_space_share_pct", "double"),
    ("street_share_pct", "double"), ("public_space_share_pct", "double"),
)


def _check_distance(distance_m, what="walking distance"):
    if distance_m is None or not np.isfinite(distance_m) or distance_m <= 0:
        raise UrbanPlanError("The {what} must be a positive number of metres, got "
                             "{distance_m!r}. SDG 11.7.1 uses 400 m.",
                             what=what, distance_m=distance_m)


def open_space_access(network, pop_xy, open_spaces, distance_m=DEFAULT_DISTANCE_M,
                      entrances_xy=None, entrance_tolerance=DEFAULT_ENTRANCE_TOLERANCE_M,
                      max_snap_m=None, index=None, graph=None, progress=None, log=None):
    """Walking distance from every population point to the nearest open space.

    Returns (AccessResult from :func:`core.walk.fifteenminutecity.walk_access`, entrance xy, entrance
    owner). Entrances: the given points (each assigned to the open space containing it or
    within ``entrance_tolerance``), else the boundary rule of :func:`boundary_entrances`; open
    spaces without a given entrance fall back to the boundary rule."""
    from ..walk.fifteenminutecity import DEFAULT_MAX_SNAP_M, CategoryRule, walk_access
    from ..network.snap import EdgeIndex
    log = [] if log is None else log
    _check_distance(distance_m)
    max_snap_m = DEFAULT_MAX_SNAP_M if max_snap_m is None else float(max_snap_m)
    if entrance_tolerance is None or not np.isfinite(entrance_tolerance) or entrance_tolerance < 0:
        raise UrbanPlanError("The entrance tolerance must be zero or a positive number of metres.")
    index = index or EdgeIndex(network)
    n_os = len(open_spaces)
    live = np.array([g is not None for g in open_spaces], dtype=bool)
    if not live.any():
        raise UrbanPlanError("There is no open space (after the filter and after leaving out "
                             "empty geometries), so nobody can be within reach of one. Check "
                             "the open-space layer and its filter expression.")
    xy_parts, own_parts = [], []
    todo = live.copy()
    if entrances_xy is not None and len(entrances_xy):
        who = assign_entrances(entrances_xy, open_spaces, entrance_tolerance)
        lost = int((who < 0).sum())
        if lost:
            log.append(f"{lost} entrance point(s) are not on or within {entrance_tolerance:g} m "
                       "of a (filtered) open space and are left out.")
        ok = who >= 0
        xy_parts.append(np.asarray(entrances_xy, dtype=np.float64)[ok])
        own_parts.append(who[ok])
        todo[who[ok]] = False
        if todo.any():
            log.append(f"{int(todo.sum())} open space(s) have no entrance point; they are "
                       "entered wherever their boundary meets the network.")
    if todo.any():
        sub = [g if t else None for g, t in zip(open_spaces, todo)]
        bxy, bown, near, reached = boundary_entrances(sub, index, entrance_tolerance, max_snap_m)
        far = int((todo & ~near & reached).sum())
        if far:
            log.append(f"{far} open space(s) have no network line within "
                       f"{entrance_tolerance:g} m of their boundary; each is entered at its "
                       "boundary point nearest to the network.")
        xy_parts.append(bxy)
        own_parts.append(bown)
    exy = np.vstack(xy_parts) if xy_parts else np.empty((0, 2))
    eown = np.concatenate(own_parts) if own_parts else np.empty(0, np.int64)
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
                      horizon_factor=np.inf, index=index, graph=graph, progress=progress)
    log.extend(acc.log)
    return acc, exy, eown


def sdg_1171(network, pop_xy, population, open_spaces, builtup, streets=None,
             distance_m=DEFAULT_DISTANCE_M, entrances_xy=None,
             entrance_tolerance=DEFAULT_ENTRANCE_TOLERANCE_M, max_snap_m=None, groups=None,
             zones=None, zone_names=None, pop_zone=None, open_space_ids=None, index=None,
             progress=None):
    """SDG 11.7.1 for one city: both sub-indicators, per feature and per zone x group.

    ``pop_xy`` (n, 2) population points (polygons: their point on surface); ``population`` (n,)
    people per feature (None: one person each). ``open_spaces``, ``builtup``, ``streets``,
    ``zones``: lists of polygonal shapely geometries in the network's CRS (streets: already
    polygons, see :func:`street_polygons`; None: street share not computed). ``groups``:
    {field: values} (see :func:`group_counts`). ``pop_zone``: zone label per point (computed
    from ``zones`` when None). Returns :class:`Sdg1171Result`."""
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
    area_prog = _SubProgress(progress, 0, 40)
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
                   f"ids {_id_list([ids[i] for i in out_ids])}): their area is not counted in "
                   "the share; people may still walk to them.")
    if areas.outside_m2["open_space"] > 1e-6:
        log.append(f"{areas.outside_m2['open_space']:,.0f} m² of open space outside the "
                   "built-up area was clipped off.")
    acc, exy, eown = open_space_access(network, pop_xy, open_spaces, distance_m, entrances_xy,
                                       entrance_tolerance, max_snap_m, index=index,
                                       progress=_SubProgress(progress, 40, 90), log=log)
    if acc.cancelled or progress.is_canceled():
        return None
    dist = acc.dist[:, 0]
    ok = acc.origin_ok & np.isfinite(dist)
    within = np.where(ok, (dist <= distance_m + 1e-9).astype(np.float64), np.nan)
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
    summary = _sdg_rows(acc, pop, gcounts, pop_zone, areas, zone_names, streets is not None)
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
        log=log)


def _zone_codes(pop_zone, zone_names, n):
    """(zone labels in order: the zone layer's names first, then any other label such as
    ``(outside zones)``; code per person into that list, or None without zones)."""
    labels = list(dict.fromkeys(str(z) for z in (zone_names or [])))
    if pop_zone is None:
        return labels, None
    zarr = np.array([OUTSIDE_ZONES if z is None else str(z) for z in pop_zone], dtype=object)
    uniq, inv = np.unique(zarr, return_inverse=True)
    extra = sorted(set(uniq.tolist()) - set(labels))
    zone_list = labels + extra
    pos = {z: i for i, z in enumerate(zone_list)}
    codes = np.array([pos[u] for u in uniq.tolist()], dtype=np.int64)[inv.reshape(-1)]
    return zone_list, codes


def _grouped_median(codes, values, weights, nz):
    """Population-weighted (lower) median of ``values`` per zone code; NaN values ignored."""
    keep = np.isfinite(values) & (weights > 0)
    c, v, w = codes[keep], values[keep], weights[keep]
    out = np.full(nz, np.nan)
    if len(v) == 0:
        return out
    order = np.lexsort((v, c))
    c, v, w = c[order], v[order], w[order]
    cum = np.cumsum(w)
    tot = np.bincount(c, weights=w, minlength=nz)
    start = np.searchsorted(c, np.arange(nz), side="left")
    before = np.where(start > 0, cum[np.maximum(start - 1, 0)], 0.0)
    target = before + 0.5 * tot - 1e-9 * np.maximum(tot, 1.0)
    idx = np.clip(np.searchsorted(cum, target, side="left"), start, len(v) - 1)
    return np.where(tot > 0, v[idx], np.nan)


def _per_zone(codes, nz, values):
    """Totals per zone ([all] + zones) of a per-person array."""
    allv = np.array([float(values.sum())])
    if codes is None:
        return allv
    return np.concatenate([allv, np.bincount(codes, weights=values, minlength=nz)])


def _sdg_rows(acc, pop, gcounts, pop_zone, areas, zone_names, has_streets):
    """Rows of the SDG 11.7.1 summary: per zone (``all`` first) and group (``all`` first)."""
    dist = acc.dist[:, 0]
    ok = acc.origin_ok & np.isfinite(dist)
    win_flag = ok & (np.where(ok, dist, np.inf) <= _limit(acc) + 1e-9)
    zone_list, codes = _zone_codes(pop_zone, zone_names, len(pop))
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
        tot = _per_zone(codes, nz, gpop)
        win = _per_zone(codes, nz, gpop * win_flag)
        unr = _per_zone(codes, nz, gpop * ~ok)
        med = _grouped_median(all_codes, dist, gpop, 1)
        if codes is not None:
            med = np.concatenate([med, _grouped_median(codes, dist, gpop, nz)])
        table.append((gname, tot, win, unr, med))
    rows = []
    for zi, z in enumerate(labels):
        a = zarea[zi]
        b = a[0]
        for gname, tot, win, unr, med in table:
            t = float(tot[zi])
            row = {"zone": z, "group": gname, "population": t, "pop_within": float(win[zi]),
                   "pop_within_pct": 100.0 * float(win[zi]) / t if t > 0 else np.nan,
                   "pop_unreachable": float(unr[zi]), "median_dist_m": float(med[zi])}
            first = gname == ALL
            for key, val in zip(("builtup_m2", "open_space_m2", "street_m2", "public_space_m2"),
                                a):
                row[key] = float(val) if first else np.nan
            for key, val in (("open_space_share_pct", a[1]), ("street_share_pct", a[2]),
                             ("public_space_share_pct", a[3])):
                row[key] = (100.0 * val / b if first and np.isfinite(b) and b > 0
                            and np.isfinite(val) else np.nan)
            rows.append(row)
    return rows


def _limit(acc):
    return acc.rules[0].distance_threshold(acc.speed_kmh)


class _SubProgress(Progress):
    """Map a part of a task (start..end %) onto the parent's progress."""

    def __init__(self, parent, start, end):
        self.parent, self.start, self.end = parent, start, end

    def progress(self, percent):
        self.parent.progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.parent.is_canceled()

    def info(self, message):
        self.parent.info(message)


# --------------------------------------------------------------------------- park classes

@dataclass
class ParkClass:
    """A park size class: parks of at least ``min_area_m2`` serve homes within
    ``service_distance_m`` walking distance."""

    id: str
    label: str
    min_area_m2: float
    service_distance_m: float
    source: str = ""

    def __post_init__(self):
        if self.min_area_m2 is None or not np.isfinite(self.min_area_m2) or self.min_area_m2 < 0:
            raise UrbanPlanError("Park class '{id}': the minimum area must be zero or a "
                                 "positive number of m², got {min_area_m2!r}.",
                                 id=self.id, min_area_m2=self.min_area_m2)
        if (self.service_distance_m is None or not np.isfinite(self.service_distance_m)
                or self.service_distance_m <= 0):
            raise UrbanPlanError("Park class '{id}': the service distance must be a "
                                 "positive number of metres, got {service_distance_m!r}.",
                                 id=self.id, service_distance_m=self.service_distance_m)


PARK_CLASSES_FILE = "park_classes.json"


def park_classes_path():
    from ...paths import resource_path
    return resource_path("presets", PARK_CLASSES_FILE)


def load_park_presets(path=None):
    """The park class presets file: ({preset id: (label, [ParkClass])}, benchmarks, default)."""
    path = path or park_classes_path()
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise UrbanPlanError("The park class file {basename} could not be "
                             "read: {exc}", basename=os.path.basename(str(path)), exc=exc) from None
    presets = {}
    for p in data.get("presets", []):
        classes = [ParkClass(str(c["id"]), str(c.get("label", c["id"])),
                             float(c["min_area_m2"]), float(c["service_distance_m"]),
                             _source_text(c.get("source")))
                   for c in p.get("classes", [])]
        presets[str(p["id"])] = (str(p.get("label", p["id"])), classes)
    return presets, list(data.get("per_capita_benchmarks", [])), data.get("default")


def _source_text(src):
    if isinstance(src, dict):
        return "; ".join(f"{k}: {v}" for k, v in src.items())
    return str(src or "")


def park_classes_from_rows(rows):
    """ParkClass list from table rows [class, min_area_m2, service_distance_m] (the
    algorithm's editable matrix); ids must be unique, rows with an empty name are skipped."""
    out = []
    for r in rows:
        if not r or str(r[0]).strip() == "":
            continue
        if len(r) < 3:
            raise UrbanPlanError("Each park class row needs: name, minimum area (m²), service "
                                 "distance (m).")
        try:
            a, d = float(r[1]), float(r[2])
        except (TypeError, ValueError):
            raise UrbanPlanError("Park class '{name}': the minimum area and the service "
                                 "distance must be numbers.", name=r[0]) from None
        out.append(ParkClass(str(r[0]).strip(), str(r[0]).strip(), a, d,
                             str(r[3]) if len(r) > 3 and r[3] else "user table"))
    if not out:
        raise UrbanPlanError("No park class is defined. Fill in the class table or choose a "
                             "preset.")
    keys = [c.id for c in out]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise UrbanPlanError("Park class names repeat: {dup}.", dup=', '.join(dup))
    return out


def classify_parks(areas_m2, classes):
    """Class position per park: the class with the largest minimum area the park reaches
    (-1: smaller than every class)."""
    areas_m2 = np.asarray(areas_m2, dtype=np.float64)
    mins = np.array([c.min_area_m2 for c in classes], dtype=np.float64)
    order = np.argsort(mins, kind="stable")
    pos = np.searchsorted(mins[order], areas_m2, side="right") - 1
    out = np.where(pos >= 0, order[np.clip(pos, 0, None)], -1)
    return np.where(np.isfinite(areas_m2), out, -1)


@dataclass
class CoverageResult:
    classes: list
    park_class: np.ndarray       # class position per park (-1 too small / no geometry)
    park_area_m2: np.ndarray
    dist: np.ndarray             # (n, k) m to nearest park of each class (NaN unreachable)
    covered: np.ndarray          # (n, k) float 1/0/NaN
    covered_any: np.ndarray      # (n,) float 1/0/NaN
    origin_ok: np.ndarray
    fields: dict                 # class id -> safe field suffix
    summary: list
    log: list = field(default_factory=list)
    cancelled: bool = False


COVERAGE_SUMMARY_FIELDS = (
    ("zone", "string"), ("group", "string"), ("population", "double"),
    ("park_m2", "double"), ("park_m2_per_resident", "double"),
    ("pop_covered_any", "double"), ("pop_uncovered", "double"), ("share_uncovered_pct", "double"),
    ("pop_unreachable", "double"),
)


def green_space_coverage(network, pop_xy, population, parks, classes, groups=None, zones=None,
                         zone_names=None, pop_zone=None, entrance_tolerance=
                         DEFAULT_ENTRANCE_TOLERANCE_M, max_snap_m=None, index=None,
                         progress=None):
    """Park service coverage by size class.

    Each park (polygon) gets the class with the largest minimum area it reaches; a resident is
    covered by a class when a park of that class is within its service distance along the
    network, and covered when any class covers them. Per zone: park area (every park, dissolved,
    clipped to the zone) per resident, people covered per class, share uncovered.

    ``parks``: polygonal shapely geometries (None = left out); ``classes``: [ParkClass]."""
    from ..walk.fifteenminutecity import DEFAULT_MAX_SNAP_M, CategoryRule, safe_field_names, walk_access
    from ..network.snap import EdgeIndex
    progress = progress or Progress()
    log = []
    if not classes:
        raise UrbanPlanError("No park class is defined.")
    pop_xy = np.asarray(pop_xy, dtype=np.float64).reshape(-1, 2)
    n = len(pop_xy)
    if n == 0:
        raise UrbanPlanError("The population layer has no features.")
    pop = np.ones(n) if population is None else np.asarray(population, dtype=np.float64)
    if np.isnan(pop).any() or (pop < 0).any():
        raise UrbanPlanError("Population values must be zero or positive numbers (no NULL, no "
                             "negatives).")
    max_snap_m = DEFAULT_MAX_SNAP_M if max_snap_m is None else float(max_snap_m)
    area = np.array([np.nan if g is None else g.area for g in parks], dtype=np.float64)
    pclass = classify_parks(area, classes)
    if not (pclass >= 0).any():
        raise UrbanPlanError("No park reaches the smallest class's minimum area (or the park "
                             "layer is empty). Check the park layer or the class table.")
    small = int(((pclass < 0) & np.isfinite(area)).sum())
    if small:
        log.append(f"{small} park(s) are smaller than the smallest class's minimum area and are "
                   "left out.")
    index = index or EdgeIndex(network)
    usable = [g if c >= 0 else None for g, c in zip(parks, pclass)]
    exy, eown, near, reached = boundary_entrances(usable, index, entrance_tolerance, max_snap_m)
    lost = int(((pclass >= 0) & ~reached).sum())
    if lost:
        log.append(f"{lost} park(s) are farther than {max_snap_m:g} m from the network: nobody "
                   "can walk to them.")
    if len(exy) == 0:
        raise UrbanPlanError("No park is within {max_snap_m:g} m of the walking network. Check "
                             "that the parks and the network cover the same area (and CRS).",
                             max_snap_m=max_snap_m)
    labels = np.array([classes[c].id for c in pclass[eown]], dtype=object)
    rules = [CategoryRule(c.id, threshold_m=c.service_distance_m, source=c.source)
             for c in classes]
    acc = walk_access(network, pop_xy, exy, labels, rules=rules, max_snap_m=max_snap_m,
                      dest_owner=eown, horizon_factor=np.inf, index=index,
                      progress=_SubProgress(progress, 0, 80))
    log.extend(line for line in acc.log if "no destinations" not in line)
    for c, cnt in zip(classes, acc.dest_count):
        if cnt == 0:
            log.append(f"No park falls in class '{c.id}' (at least {c.min_area_m2:g} m²): "
                       "nobody is covered by it.")
    if acc.cancelled or progress.is_canceled():
        return None
    ok = acc.origin_ok
    thr = np.array([c.service_distance_m for c in classes])
    with np.errstate(invalid="ignore"):
        cov = np.isfinite(acc.dist) & (acc.dist <= thr[None, :] + 1e-9)
    covered = np.where(ok[:, None], cov.astype(np.float64), np.nan)
    covered_any = np.where(ok, cov.any(axis=1).astype(np.float64), np.nan)
    gcounts = group_counts(pop, groups)
    if pop_zone is None and zones is not None:
        pop_zone = zone_labels(pop_xy, zones, zone_names)
    # park area per zone (every park, dissolved, clipped to each zone), or in all when no zones
    if zones is not None:
        areas = overlay_areas(None, {"park": parks}, zones=zones,
                              progress=_SubProgress(progress, 80, 95))
        zone_park = {}
        for z, a in zip(zone_names, areas.zone_layer_m2["park"]):
            zone_park[str(z)] = zone_park.get(str(z), 0.0) + float(a)
    else:
        zone_park = {}
    total_park = union_area(parks)
    fields = safe_field_names([c.id for c in classes])
    summary = _coverage_rows(classes, fields, pop, gcounts, pop_zone, ok, cov, zone_park,
                             total_park, zone_names)
    progress.progress(100.0)
    return CoverageResult(classes=classes, park_class=pclass, park_area_m2=area, dist=acc.dist,
                          covered=covered, covered_any=covered_any, origin_ok=ok,
                          fields=fields, summary=summary, log=log)


def coverage_summary_fields(classes, fields):
    """Field spec of the coverage summary: the fixed columns plus pop_<class> per class."""
    spec = list(COVERAGE_SUMMARY_FIELDS[:5])
    spec += [(f"pop_{fields[c.id]}", "double") for c in classes]
    spec += list(COVERAGE_SUMMARY_FIELDS[5:])
    return spec


def _coverage_rows(classes, fields, pop, gcounts, pop_zone, ok, cov, zone_park, total_park,
                   zone_names):
    zone_list, codes = _zone_codes(pop_zone, zone_names, len(pop))
    nz = len(zone_list)
    labels = [ALL] + zone_list
    park = [total_park] + [zone_park.get(z, np.nan) for z in zone_list]
    any_cov = ok & cov.any(axis=1)
    table = []
    for gname, gpop in [(ALL, pop)] + list(gcounts.items()):
        gpop = np.asarray(gpop, dtype=np.float64)
        per_class = [_per_zone(codes, nz, gpop * (ok & cov[:, j])) for j in range(len(classes))]
        table.append((gname, _per_zone(codes, nz, gpop), per_class,
                      _per_zone(codes, nz, gpop * any_cov), _per_zone(codes, nz, gpop * ~ok)))
    rows = []
    for zi, z in enumerate(labels):
        for gname, tot, per_class, cv, unr in table:
            t, c = float(tot[zi]), float(cv[zi])
            first = gname == ALL
            pk = float(park[zi]) if first and park[zi] is not None else np.nan
            row = {"zone": z, "group": gname, "population": t, "park_m2": pk,
                   "park_m2_per_resident": pk / t if first and t > 0 and np.isfinite(pk)
                   else np.nan}
            for j, cl in enumerate(classes):
                row[f"pop_{fields[cl.id]}"] = float(per_class[j][zi])
            row["pop_covered_any"] = c
            row["pop_uncovered"] = t - c
            row["share_uncovered_pct"] = 100.0 * (t - c) / t if t > 0 else np.nan
            row["pop_unreachable"] = float(unr[zi])
            rows.append(row)
    return rows


def compare_per_capita(value, benchmarks):
    """A readable line placing a m²-per-resident value among the reference cities."""
    if value is None or not np.isfinite(value):
        return None
    refs = sorted(benchmarks, key=lambda b: b["m2_per_person"])
    parts = [f"{b['place']} {b['m2_per_person']:g}" for b in refs]
    below = [b["place"] for b in refs if b["m2_per_person"] > value]
    where = f"below {below[0]}" if below else "above all references"
    return (f"{value:.2f} m² per resident ({where}; references in m²/person: "
            + ", ".join(parts) + ")")
