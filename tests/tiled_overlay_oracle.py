"""The tiled GEOS overlay that measured the SDG 11.7.1 areas until the exact boundary method of
``core/geometry/overlay.py`` replaced it (kept verbatim as an oracle for the tests and the
before/after benchmark).

Per tile of a regular grid over the built-up area: the built-up parts, the open-space parts and
the street parts clipped to the tile (GEOS ``clip_by_rect``) and dissolved (``unary_union``:
the "million GEOS unions"), then intersected with each other and with the zones. Areas add up
over tiles exactly, so this is an independent exact answer (up to GEOS's rounding)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from urbanplan_plugin.core.common.compat import clip_rect, geometry_parts, union_geometries
from urbanplan_plugin.core.common.progress import Progress


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

    def share_pct(self, name: str | None = None) -> float:
        """Share (%) of the built-up area covered by a layer (or by all: the public space)."""
        part = self.public_m2 if name is None else self.layer_m2[name]
        return 100.0 * part / self.builtup_m2 if self.builtup_m2 > 0 else np.nan

    def zone_share_pct(self, name: str | None = None) -> np.ndarray:
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


def overlay_areas(builtup: Sequence | None, layers: dict, zones: Sequence | None = None,
                  tile_size: float | None = None, progress: Progress | None = None,
                  track_outside: Iterable[str] = (),
                  track_overlap: Iterable[str] = ()) -> AreaResult:
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


def union_area(geoms: Sequence) -> float:
    """Area of the union of polygonal geometries (overlaps once)."""
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return 0.0
    return float(union_geometries(geoms).area)
