"""What SDG 11.7.1 and green-space coverage share: population groups, zones, medians per zone,
the large-polygon warning."""

import numpy as np

from ..common.errors import UrbanPlanError
from ..geometry.zones import points_in_polygons

OUTSIDE_ZONES = "(outside zones)"
ALL = "all"


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
    """Zone name per point (None outside every zone), by the engine's one border rule
    (:func:`core.geometry.zones.points_in_polygons`: borders count, the first zone wins)."""
    idx = points_in_polygons(xy, zone_geoms)
    names = np.asarray([str(z) for z in zone_names] + [None], dtype=object)
    return names[idx]


def zone_codes(pop_zone, zone_names, n):
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


def grouped_median(codes, values, weights, nz):
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


def per_zone(codes, nz, values):
    """Totals per zone ([all] + zones) of a per-person array."""
    allv = np.array([float(values.sum())])
    if codes is None:
        return allv
    return np.concatenate([allv, np.bincount(codes, weights=values, minlength=nz)])


def distance_limit(acc):
    return acc.rules[0].distance_threshold(acc.speed_kmh)


