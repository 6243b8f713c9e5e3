"""Sentinel values in elevation and water-depth rasters: "no data" written as a number.

A DEM exported without its nodata flag keeps its holes as -9999 (or -32768, -3.4e38...): taken
as ground, such a hole is a pit 10 km deep, and a flood model fills it (the issue behind this
module: a maximum depth of 10 000 m and a water volume 4 000 times the real one). A depth raster
written the same way has "depths" of -9999 m.

Rule (one for both kinds of raster, in metres):

- a value at or below :data:`LOW_LIMIT_M` (-1000 m: the lowest dry land, the Dead Sea shore,
  is about -430 m) or at or above :data:`HIGH_LIMIT_M` (9000 m: above Mount Everest, 8849 m)
  cannot be an elevation or a depth on land: it is a sentinel;
- a *dominant extreme value*: the raster's minimum or maximum, held by at least two cells and
  at least :data:`DOMINANT_SHARE` of its valid cells, and more than :data:`DOMINANT_GAP_M`
  away from every other value (a flat fill value standing apart from the terrain, such as 0 in
  a DEM of a plateau at 1200 m, or 9998 in a depth raster).

Sentinels are masked (treated as no data) and the caller logs what was masked and how to set
the nodata value instead; a raster left with no valid cell is refused by the caller.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LOW_LIMIT_M = -1000.0
HIGH_LIMIT_M = 9000.0
DOMINANT_SHARE = 0.01
DOMINANT_GAP_M = 500.0


@dataclass
class Sentinels:
    """What :func:`find_sentinels` found: a mask of the sentinel cells, the distinct sentinel
    values (up to five, most frequent first) and how many cells hold them."""

    mask: np.ndarray
    values: list
    count: int

    def __bool__(self):
        return self.count > 0


def find_sentinels(values: np.ndarray, nodata: np.ndarray | None = None) -> Sentinels:
    """The sentinel cells among the valid cells of ``values`` (see the module doc).

    ``nodata``: True where the cell is already no data (those are never sentinels). Works in
    the raster's own number type (no float64 copy of a large DEM)."""
    v = np.asarray(values)
    if v.dtype.kind not in "fiu":
        v = v.astype(np.float64)
    valid = np.isfinite(v) if v.dtype.kind == "f" else np.ones(v.shape, dtype=bool)
    if nodata is not None:
        valid &= ~np.asarray(nodata, dtype=bool)
    if v.dtype.kind == "f":
        top, bottom = np.inf, -np.inf
    else:
        top, bottom = np.iinfo(v.dtype).max, np.iinfo(v.dtype).min
    # the valid range first: a raster within the limits (the usual case) needs no mask pass
    vmin = float(np.min(v, where=valid, initial=top))
    vmax = float(np.max(v, where=valid, initial=bottom))
    if vmin <= LOW_LIMIT_M or vmax >= HIGH_LIMIT_M:
        mask = valid & ((v <= LOW_LIMIT_M) | (v >= HIGH_LIMIT_M))
        rest = valid & ~mask
        n_valid = int(np.count_nonzero(rest))
        lo = float(np.min(v, where=rest, initial=top))
        hi = float(np.max(v, where=rest, initial=bottom))
    else:
        mask = np.zeros(v.shape, dtype=bool)
        rest = valid
        n_valid = int(np.count_nonzero(rest))
        lo, hi = vmin, vmax
    # a dominant extreme stands more than DOMINANT_GAP_M from every other value, so the range
    # must be wider than that (the gap is never more than hi - lo)
    if n_valid > 1 and hi > lo and hi - lo > DOMINANT_GAP_M:
        above_lo = float(np.min(v, where=rest & (v > lo), initial=top))
        below_hi = float(np.max(v, where=rest & (v < hi), initial=bottom))
        for extreme, gap in ((lo, above_lo - lo), (hi, hi - below_hi)):
            at = rest & (v == extreme)
            n_at = int(np.count_nonzero(at))
            # a value held by one cell is a peak or a pit, not a fill value
            if n_at >= 2 and n_at / n_valid >= DOMINANT_SHARE and gap > DOMINANT_GAP_M:
                mask |= at
    count = int(np.count_nonzero(mask))
    values_found = []
    if count:
        uniq, counts = np.unique(v[mask], return_counts=True)
        values_found = [float(uniq[i]) for i in np.argsort(-counts)[:5]]
    return Sentinels(mask, values_found, count)


def describe_values(values) -> str:
    """'-9999, -32768' (numbers without trailing zeros)."""
    return ", ".join(f"{v:g}" for v in values)
