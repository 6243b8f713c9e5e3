"""Sentinel values in elevation and water-depth rasters: "no data" written as a number.

A DEM exported without its nodata flag keeps its holes as -9999 (or -32768, -3.4e38...): taken
as ground, such a hole is a pit 10 km deep, and a flood model fills it (the issue behind this
module: a maximum depth of 10 000 m and a water volume 4 000 times the real one). A depth raster
written the same way has "depths" of -9999 m.

Rule (one for both kinds of raster, in metres):

- a value at or below :data:`LOW_LIMIT_M` (-1000 m: the lowest dry land, the Dead Sea shore,
  is about -430 m) or at or above :data:`HIGH_LIMIT_M` (9000 m: above Mount Everest, 8849 m)
  cannot be an elevation or a depth on land: it is a sentinel;
- a *dominant extreme value*: the raster's minimum or maximum, held by at least
  :data:`DOMINANT_SHARE` of its valid cells, and more than :data:`DOMINANT_GAP_M` away from
  every other value (a flat fill value standing apart from the terrain, such as 0 in a DEM of
  a plateau at 1200 m, or 9998 in a depth raster).

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

    ``nodata``: True where the cell is already no data (those are never sentinels)."""
    v = np.asarray(values, dtype=np.float64)
    valid = np.isfinite(v)
    if nodata is not None:
        valid &= ~np.asarray(nodata, dtype=bool)
    mask = valid & ((v <= LOW_LIMIT_M) | (v >= HIGH_LIMIT_M))
    rest = valid & ~mask
    n_valid = int(rest.sum())
    if n_valid > 1:
        vals = v[rest]
        lo, hi = float(vals.min()), float(vals.max())
        for extreme, other in ((lo, vals[vals > lo]), (hi, vals[vals < hi])):
            if other.size == 0:
                continue
            share = float(np.count_nonzero(vals == extreme)) / n_valid
            gap = float(np.min(np.abs(other - extreme)))
            if share >= DOMINANT_SHARE and gap > DOMINANT_GAP_M:
                mask |= rest & (v == extreme)
    found = v[mask]
    uniq, counts = np.unique(found, return_counts=True) if found.size else ([], [])
    order = np.argsort(-np.asarray(counts))[:5] if len(counts) else []
    return Sentinels(mask, [float(uniq[i]) for i in order], int(mask.sum()))


def describe_values(values) -> str:
    """'-9999, -32768' (numbers without trailing zeros)."""
    return ", ".join(f"{v:g}" for v in values)
