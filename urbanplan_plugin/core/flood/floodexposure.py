"""Flood exposure: which features, people and roads sit in water how deep.

Hazard = a depth raster (metres) as a :class:`core.geometry.rastergrid.Raster`. Exposure = points,
lines or polygons as arrays (in the raster's CRS). Everything is vectorised: cell lookups,
polygon cells (:func:`core.geometry.rasterize.polygon_cells`), line pieces, class counts.

Rules (the same in the help and in docs/flood.md):

* **Dry**: nodata cells, NaN cells and cells with depth <= 0 are dry (depth 0). Negative depths
  are treated as dry and reported with a warning (a depth raster made as "water surface minus
  ground" without clipping has negative values on dry land). Values above
  :data:`SUSPICIOUS_DEPTH_M` trigger a warning that the raster may be a terrain model.
* **Outside**: exposure outside the raster's extent has no hazard information: its depth is
  NULL and its class ``outside_hazard``, never a silent 0; all exposure outside gives a warning.
* **Points**: the cell under the point (for multi-points, the deepest part).
* **Lines** (roads): cut exactly at cell edges; each piece takes the depth of its cell; a
  feature's depth is the deepest piece; flooded length per class is summed from the pieces.
* **Polygons** (buildings): the cells whose centre is inside the footprint (the rule of QGIS's
  zonal statistics). ``depth_m`` = the maximum, ``depth_mean_m`` = the mean over those cells
  with dry cells counted as 0. A footprint that contains no cell centre (smaller than a cell)
  takes the cell under its point on surface.
* **Classes**: a depth d is in class k when ``min_m <= d < max_m``; below the lowest class a
  feature is ``not_exposed``. A feature's class is the class of its maximum depth.
* **Population**: a feature's population (``POPULATION_FIELD``) is exposed at the class of its
  maximum depth; with ``area_weighted`` (population zones such as grid cells or hexagons) it is
  spread evenly over the polygon's cells and each class gets the share of cells in that class.
  Displaced = exposed population x the class's displacement rate.
"""
import json
import math
import os
from dataclasses import dataclass, field

import numpy as np

from .. import schema as S
from ..common.errors import UrbanPlanError
from ..common.progress import Progress
from ..common.tables import read_csv_rows
from ..geometry.rastergrid import Grid, Raster
from ..geometry.rasterize import (
    expand_spans,
    interior_points,
    line_pieces,
    polygon_cells,
    polygon_spans,
)
from ..geometry.zones import points_in_polygons

NOT_EXPOSED = S.NOT_EXPOSED
OUTSIDE = S.OUTSIDE_HAZARD
ALL = "all"
POP_RASTER_GROUP = "population_raster"
NO_ZONE = S.OUTSIDE_ZONES
CLASS_PRESETS_FILE = "flood_depth_classes.json"
DEFAULT_CLASS_PRESET = "inasafe"

SUSPICIOUS_DEPTH_M = 30.0
"""A depth raster with values above this many metres is probably a terrain model (DEM) given by
mistake; the run goes on with a warning. Urban flood depths beyond 30 m do not occur outside
dam-break or tsunami run-up studies."""

CODE_OUTSIDE = -2
CODE_NOT_EXPOSED = -1


# --- depth classes ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DepthClass:
    name: str
    min_m: float
    max_m: float  # math.inf for the open top class
    displacement_rate: float
    label: str = ""


@dataclass
class DepthClasses:
    """An ordered, gap-checked table of depth classes with its source."""

    classes: list
    name: str = ""
    source: str = ""

    def __post_init__(self):
        if not self.classes:
            raise UrbanPlanError("The depth class table is empty: give at least one class.")
        names = [c.name for c in self.classes]
        if len(set(names)) != len(names):
            raise UrbanPlanError("Depth class names repeat ({names}); give each "
                                 "class its own name.", names=', '.join(names))
        for c in self.classes:
            if c.name in (NOT_EXPOSED, OUTSIDE):
                raise UrbanPlanError("'{name}' is reserved; choose another class name.",
                                     name=c.name)
            if not (c.min_m >= 0):
                raise UrbanPlanError("Depth class '{name}': min_m must be 0 or more, got "
                                     "{min_m}.", name=c.name, min_m=c.min_m)
            if not (c.max_m > c.min_m):
                raise UrbanPlanError("Depth class '{name}': max_m ({max_m}) must be larger "
                                     "than min_m ({min_m}).",
                                     name=c.name, max_m=c.max_m, min_m=c.min_m)
            if not (0.0 <= c.displacement_rate <= 1.0):
                raise UrbanPlanError("Depth class '{name}': displacement_rate must be between "
                                     "0 and 1 (a share, 0.03 = 3%), got {displacement_rate}.",
                                     name=c.name, displacement_rate=c.displacement_rate)
        ordered = sorted(self.classes, key=lambda c: c.min_m)
        for a, b in zip(ordered[:-1], ordered[1:]):
            if b.min_m < a.max_m:
                raise UrbanPlanError("Depth classes '{name}' ({min_m}-{max_m} m) and "
                                     "'{name2}' ({min_m2}-{max_m2} m) overlap.",
                                     name=a.name, min_m=a.min_m, max_m=a.max_m,
                                     name2=b.name, min_m2=b.min_m, max_m2=b.max_m)
            if b.min_m > a.max_m:
                raise UrbanPlanError("There is a gap between depth classes '{name}' (up to "
                                     "{max_m} m) and '{name2}' (from {min_m} m); make "
                                     "each class start where the previous one ends.",
                                     name=a.name, max_m=a.max_m, name2=b.name, min_m=b.min_m)
        self.classes = ordered
        # depths and bounds are compared at single precision: depth rasters are float32, and a
        # cell stored as 0.7 (0.69999999 in float32) must fall in the class starting at 0.7
        self._bounds = np.array([c.min_m for c in ordered] + [ordered[-1].max_m],
                                dtype=np.float32).astype(np.float64)

    def __len__(self):
        return len(self.classes)

    @property
    def names(self):
        return [c.name for c in self.classes]

    @property
    def lowest_m(self):
        return self.classes[0].min_m

    @property
    def rates(self):
        return np.array([c.displacement_rate for c in self.classes])

    def bounds32(self):
        """Class bounds as float32 (for classifying float32 depths without conversion)."""
        return self._bounds.astype(np.float32)

    def classify(self, depth):
        """Class index per depth: 0..K-1, or -1 (not exposed: below the lowest class, at or
        above an upper bound of the top class, or NaN)."""
        d = np.asarray(depth, dtype=np.float64).astype(np.float32).astype(np.float64)
        k = np.searchsorted(self._bounds, d, side="right") - 1
        k = np.where(np.isnan(d) | (k < 0) | (k >= len(self.classes)), -1, k)
        return k.astype(np.int64)

    def describe(self):
        parts = []
        for c in self.classes:
            top = "" if math.isinf(c.max_m) else f"-{c.max_m:g}"
            more = "> " if math.isinf(c.max_m) else ""
            rng = f"{more}{c.min_m:g} m" if math.isinf(c.max_m) else f"{c.min_m:g}{top} m"
            parts.append(f"{c.name} {rng} (displacement {100 * c.displacement_rate:g}%)")
        return "; ".join(parts)


def _float(value, what, where):
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "null", "none",
                                                                              "inf")):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise UrbanPlanError("{where}: '{what}' must be a number, got {value!r}.",
                             where=where, what=what, value=value) from None


def classes_from_rows(rows, name="custom", source="", where="depth classes"):
    """DepthClasses from dicts with name, min_m, max_m (empty/None = open top), displacement_rate
    (share 0-1, or percent with a % sign), label (optional)."""
    out = []
    for i, row in enumerate(rows):
        cname = str(row.get("name") or "").strip()
        if not cname:
            raise UrbanPlanError("{where}: class {i} has no name.", where=where, i=i + 1)
        lo = _float(row.get("min_m"), "min_m", where)
        if lo is None:
            raise UrbanPlanError("{where}: class '{cname}' has no min_m.",
                                 where=where, cname=cname)
        hi = _float(row.get("max_m"), "max_m", where)
        rate_raw = row.get("displacement_rate", 0.0)
        if isinstance(rate_raw, str) and rate_raw.strip().endswith("%"):
            rate = _float(rate_raw.strip()[:-1], "displacement_rate", where) / 100.0
        else:
            rate = _float(rate_raw, "displacement_rate", where) or 0.0
        out.append(DepthClass(cname, lo, math.inf if hi is None else hi, rate,
                              str(row.get("label") or cname)))
    return DepthClasses(out, name=name, source=source)


def presets_path():
    from ...paths import resource_path
    return resource_path("presets", CLASS_PRESETS_FILE)


def load_class_presets(path=None):
    """{id: DepthClasses} of the shipped presets (file order)."""
    path = path or presets_path()
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for item in data.get("presets", []):
        out[item["id"]] = classes_from_rows(item["classes"], name=item.get("name", item["id"]),
                                            source=item.get("source", ""),
                                            where=f"preset '{item['id']}'")
    return out


def load_classes_file(path):
    """Depth classes from a user file: JSON (a preset file like the shipped one — the first
    preset is used —, one preset object with 'classes', or a list of classes) or CSV with a
    header ``name,min_m,max_m,displacement_rate[,label]``."""
    if not path or not os.path.exists(path):
        raise UrbanPlanError("The depth class file '{path}' does not exist.", path=path)
    where = f"depth class file '{os.path.basename(path)}'"
    if path.lower().endswith(".json"):
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except ValueError as exc:
            raise UrbanPlanError("{where} is not valid JSON: {exc}", where=where, exc=exc) from None
        if isinstance(data, dict) and "presets" in data:
            if not data["presets"]:
                raise UrbanPlanError("{where} has no preset.", where=where)
            data = data["presets"][0]
        if isinstance(data, dict):
            return classes_from_rows(data.get("classes") or [], name=data.get("name", "custom"),
                                     source=data.get("source", "user file"), where=where)
        if isinstance(data, list):
            return classes_from_rows(data, source="user file", where=where)
        raise UrbanPlanError("{where}: expected a list of classes or an object with 'classes'.",
                             where=where)
    rows = read_csv_rows(path)
    need = {"name", "min_m", "max_m", "displacement_rate"}
    if not rows or not need <= set(rows[0]):
        raise UrbanPlanError("{where} needs the columns name, min_m, max_m, displacement_rate "
                             "(max_m empty for the top class).", where=where)
    return classes_from_rows(rows, source="user file", where=where)


# --- hazard preparation ----------------------------------------------------------------------

def check_depth_raster(raster, log):
    """Warnings about a depth raster (negative values, DEM-like values, all dry). Returns the
    largest valid depth (NaN when none)."""
    vals = raster.values
    valid = ~raster.nodata
    if not valid.any():
        log.append(("warning", "The hazard raster has no data over the exposure (every cell is "
                               "nodata), so everything is dry."))
        return float("nan")
    with np.errstate(invalid="ignore"):
        neg = valid & (vals < 0)
    n_neg = int(np.count_nonzero(neg))
    if n_neg:
        log.append(("warning", f"{n_neg:,} hazard cell(s) have a negative depth (lowest "
                               f"{float(vals[neg].min()):.2f} m); they are treated as dry. A "
                               "depth raster made as 'water surface - ground' should be clipped "
                               "at 0."))
    vmax = float(np.nanmax(np.where(valid, vals, -np.inf)))
    if vmax > SUSPICIOUS_DEPTH_M:
        log.append(("warning", f"The hazard raster has depths up to {vmax:.1f} m. Is it a "
                               "terrain model (elevations) rather than water depths? "
                               "floodexposure needs water depth in metres; make one with "
                               "urbanplan:floodextent."))
    return vmax


def _depth_at(raster, rows, cols):
    """Depth at cells (dry = 0 for nodata, NaN, negative)."""
    v = raster.values[rows, cols].astype(np.float64)
    bad = raster.nodata[rows, cols] | ~(v > 0)
    v[bad] = 0.0
    return v


def burn_polygons(polys, values, grid, progress=None):
    """A Raster on ``grid`` holding, in each cell whose centre is inside a polygon, the polygon's
    value (the largest where polygons overlap); nodata elsewhere. Polygons with a NaN value are
    skipped."""
    out = np.full(grid.rows * grid.cols, -np.inf, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    for owner, cells in polygon_cells(polys, grid, progress=progress):
        v = values[owner]
        ok = ~np.isnan(v)
        cells, v = cells[ok], v[ok]
        if len(cells) == 0:
            continue
        order = np.argsort(cells, kind="stable")  # the deepest polygon wins where they overlap
        cells, v = cells[order], v[order]
        first = np.flatnonzero(np.r_[True, cells[1:] != cells[:-1]])
        uc = cells[first]
        out[uc] = np.maximum(out[uc], np.maximum.reduceat(v, first))
    nodata = ~np.isfinite(out)
    out[nodata] = np.nan
    return Raster(out.reshape(grid.shape).astype(np.float32), nodata.reshape(grid.shape), grid)


def grid_for_polygons(extent, geographic=False, cell=None, max_cells=40_000_000):
    """A grid covering ``extent`` for burning a polygon hazard map: 1 m cells in a projected
    CRS (1e-5 degree, about 1 m, in a geographic one), coarser when the grid would exceed
    ``max_cells``."""
    xmin, ymin, xmax, ymax = extent
    w, h = max(xmax - xmin, 1e-9), max(ymax - ymin, 1e-9)
    if cell is None:
        cell = 1e-5 if geographic else 1.0
        cell = max(cell, math.sqrt(w * h / max_cells))
    cols = max(int(math.ceil(w / cell)), 1)
    rows = max(int(math.ceil(h / cell)), 1)
    return Grid(xmin, ymax, cell, cell, rows, cols)


# --- exposure --------------------------------------------------------------------------------

@dataclass
class ExposureResult:
    """Per-feature arrays (length n) and the summary.

    ``depth`` max depth (NaN outside the hazard), ``depth_mean`` (polygons), ``code`` class
    index (-1 not exposed, -2 outside), ``wet_share`` (polygons: share of footprint cells in a
    class), ``zone`` index (-1 none), ``length_m`` and ``class_length_m`` (lines, (n, K)).
    ``summary``: list of dict rows; ``log``: (level, message) tuples."""

    n: int
    depth: np.ndarray
    code: np.ndarray
    zone: np.ndarray
    depth_mean: np.ndarray = None
    wet_share: np.ndarray = None
    cells: np.ndarray = None
    length_m: np.ndarray = None
    class_length_m: np.ndarray = None
    flooded_m: np.ndarray = None
    summary: list = field(default_factory=list)
    log: list = field(default_factory=list)
    exposed_count: int = 0
    exposed_population: float = float("nan")
    max_depth_m: float = float("nan")
    depth_known: bool = True
    population_raster: dict = None
    pop_exposed: np.ndarray = None
    displaced: np.ndarray = None

    def class_name(self, classes, code):
        if code == CODE_OUTSIDE:
            return OUTSIDE
        if code == CODE_NOT_EXPOSED:
            return NOT_EXPOSED
        return classes.classes[code].name


@dataclass
class FootprintStats:
    """Zonal statistics of polygons over a depth raster (see :func:`footprint_stats`)."""

    depth_max: np.ndarray
    depth_mean: np.ndarray
    cells_inside: np.ndarray
    cells_total: np.ndarray
    class_cells: np.ndarray  # (n, K + 1): cells per class, last column = not exposed
    damage_mean: np.ndarray = None


def _extended_grid(grid, extent):
    """A grid aligned with ``grid`` that covers both it and ``extent``; returns it and the
    (row, col) offset of ``grid`` inside it."""
    xmin, ymin, xmax, ymax = extent
    c_lo = min(int(math.floor((xmin - grid.x0) / grid.dx)) - 1, 0)
    c_hi = max(int(math.floor((xmax - grid.x0) / grid.dx)) + 2, grid.cols)
    r_lo = min(int(math.floor((grid.y0 - ymax) / grid.dy)) - 1, 0)
    r_hi = max(int(math.floor((grid.y0 - ymin) / grid.dy)) + 2, grid.rows)
    ext = Grid(grid.x0 + c_lo * grid.dx, grid.y0 - r_lo * grid.dy, grid.dx, grid.dy,
               r_hi - r_lo, c_hi - c_lo, grid.crs_wkt, grid.crs_authid)
    return ext, -r_lo, -c_lo


def footprint_stats(polys, raster, classes=None, damage=None, progress=None, by_class=True):
    """Zonal depth statistics of every polygon (cells whose centre is inside; a polygon with no
    cell centre inside takes the cell under its point on surface).

    Works on runs of cells per grid row (``core.geometry.rasterize.polygon_spans``): one gather of
    the
    depths, then per-run and per-polygon reductions, so a million footprints take a few
    seconds. Cells outside the raster count in ``cells_total`` only. ``damage`` (optional) is
    a callable depth -> damage fraction applied to wet cells; its mean over the inside cells is
    returned. Polygons entirely outside the raster get NaN depths and 0 inside cells.
    ``by_class=False`` counts only the cells in any class (``class_cells[:, 0]``) and the rest
    (``class_cells[:, K]``), which is all a building needs (wet share)."""
    n = polys.n
    grid = raster.grid
    K = len(classes) if classes is not None else 0
    dmax = np.full(n, np.nan)
    dsum = np.zeros(n)
    inside = np.zeros(n, dtype=np.int64)
    total = np.zeros(n, dtype=np.int64)
    ccount = np.zeros((n, K + 1), dtype=np.int64)
    dmg = np.zeros(n) if damage is not None else None
    if n == 0:
        return FootprintStats(dmax, dsum, inside, total, ccount, dmg)
    bnd = polys.bounds()
    gx0, gy0, gx1, gy1 = grid.extent
    touches = (np.isfinite(bnd[:, 0]) & (bnd[:, 0] < gx1) & (bnd[:, 2] > gx0)
               & (bnd[:, 1] < gy1) & (bnd[:, 3] > gy0))
    if not touches.any():
        return FootprintStats(dmax, dsum, inside, total, ccount, dmg)
    # polygons reaching beyond the raster are rasterised on a grid extended to cover them, so
    # their cells outside the raster are counted (for area shares) but have no depth
    ext_box = (np.nanmin(bnd[touches, 0]), np.nanmin(bnd[touches, 1]),
               np.nanmax(bnd[touches, 2]), np.nanmax(bnd[touches, 3]))
    within = (ext_box[0] >= gx0 and ext_box[2] <= gx1 and ext_box[1] >= gy0
              and ext_box[3] <= gy1)
    if within:  # the common case: spans index the raster directly
        egrid, roff, coff = grid, 0, 0
    else:
        egrid, roff, coff = _extended_grid(grid, ext_box)
    idx = np.flatnonzero(touches)
    sub = polys if len(idx) == n else _select(polys, idx)
    flat = raster.values.reshape(-1)
    if not np.issubdtype(flat.dtype, np.floating):
        flat = flat.astype(np.float32)
    flat_nodata = raster.nodata.reshape(-1) if raster.nodata.any() else None
    bounds = classes.bounds32() if classes is not None else None

    def add_cells(pu, cells, cstarts):
        """Statistics of ``cells`` (flat raster indices) of the polygons ``pu`` (unique), the
        cells of pu[i] starting at cstarts[i]."""
        d = flat[cells]
        np.fmax(d, d.dtype.type(0), out=d)  # dry (NaN, negative) -> 0
        if flat_nodata is not None:
            d[flat_nodata[cells]] = 0
        dmax[pu] = np.fmax(dmax[pu], np.maximum.reduceat(d, cstarts))
        dsum[pu] += np.add.reduceat(d, cstarts, dtype=np.float64)
        cnt = np.diff(np.append(cstarts, len(d)))
        inside[pu] += cnt
        if classes is not None:
            # ge[k] = cells at least as deep as bound k; class k = ge[k] - ge[k + 1]
            levels = range(K + 1) if by_class else (0, K)
            ge = {k: (np.add.reduceat((d >= bounds[k]).view(np.uint8), cstarts, dtype=np.int64)
                      if np.isfinite(bounds[k]) else np.zeros(len(pu), dtype=np.int64))
                  for k in levels}
            if by_class:
                for k in range(K):
                    ccount[pu, k] += ge[k] - ge[k + 1]
            else:
                ccount[pu, 0] += ge[0] - ge[K]
            ccount[pu, K] += cnt - ge[0] + ge[K]
        if dmg is not None:
            dmg[pu] += np.add.reduceat(np.where(d > 0, damage(d), 0.0), cstarts)

    for owner, row, c0, cnt in polygon_spans(sub, egrid, progress=progress):
        if len(idx) != n:
            owner = idx[owner]
        first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # spans grouped by owner
        total[owner[first]] += np.add.reduceat(cnt, first)
        if not within:  # clip the spans to the raster
            rr = row - roff
            a0 = np.maximum(c0 - coff, 0)
            a1 = np.minimum(c0 + cnt - coff, grid.cols)
            ok = (rr >= 0) & (rr < grid.rows) & (a1 > a0)
            if not ok.any():
                continue
            owner, row, c0, cnt = owner[ok], rr[ok], a0[ok], (a1 - a0)[ok]
            first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        cells, starts = expand_spans(row * grid.cols + c0, cnt)
        add_cells(owner[first], cells, starts[first])
    # footprints smaller than a cell: the cell under the point on surface
    small = idx[total[idx] == 0]
    if len(small):
        pts = interior_points(_select(polys, small))
        r, c = grid.cell_of(pts[:, 0], pts[:, 1])
        total[small] = 1
        ok = np.flatnonzero(r >= 0)
        if len(ok):
            add_cells(small[ok], r[ok] * grid.cols + c[ok], np.arange(len(ok)))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(inside > 0, dsum / np.maximum(inside, 1), np.nan)
        if dmg is not None:
            dmg = np.where(inside > 0, dmg / np.maximum(inside, 1), np.nan)
    dmax[inside == 0] = np.nan
    return FootprintStats(dmax, mean, inside, total, ccount, dmg)


def _select(polys, idx):
    """A PolygonSet of the polygons ``idx`` (sorted), renumbered 0..len(idx)-1."""
    from ..geometry.rasterize import PolygonSet
    idx = np.asarray(idx, dtype=np.int64)
    keep_ring = np.isin(polys.ring_owner, idx)
    rings = np.flatnonzero(keep_ring)
    counts = np.diff(polys.ring_offsets)[rings]
    offsets = np.zeros(len(rings) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    starts = polys.ring_offsets[rings]
    total = int(counts.sum())
    vstep = np.arange(total, dtype=np.int64) - np.repeat(offsets[:-1], counts)
    vidx = np.repeat(starts, counts) + vstep
    owner = np.searchsorted(idx, polys.ring_owner[rings])
    return PolygonSet(polys.xy[vidx], offsets, owner, len(idx))


def sample_points(raster, xy, owner, n):
    """Per feature: deepest depth under its point parts (NaN when every part is outside)."""
    depth = np.full(n, np.nan)
    if len(xy) == 0:
        return depth
    r, c = raster.grid.cell_of(xy[:, 0], xy[:, 1])
    ok = r >= 0
    _group_fmax(depth, owner[ok], _depth_at(raster, r[ok], c[ok]))
    return depth


def _group_fmax(target, owner, values):
    """target[o] = fmax(target[o], max of values of o) for every owner o (owners sorted)."""
    if len(owner) == 0:
        return
    if np.any(np.diff(owner) < 0):
        order = np.argsort(owner, kind="stable")
        owner, values = owner[order], values[order]
    first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    u = owner[first]
    target[u] = np.fmax(target[u], np.maximum.reduceat(values, first))


def result_names(classes, kind, with_population, with_zone):
    """Names of the per-feature result fields of ``floodexposure`` (see :func:`result_columns`)."""
    names = [S.DEPTH_M, S.DEPTH_CLASS, S.EXPOSED]
    if kind == "polygon":
        names += [S.DEPTH_MEAN_M, S.WET_PCT]
    if kind == "line":
        names += [S.LENGTH_M, S.FLOODED_M] + [S.fill(S.LEN_CLASS_M, c) for c in classes.names]
    if with_population:
        names += [S.POP_EXPOSED, S.DISPLACED]
    if with_zone:
        names.append(S.ZONE)
    return names


def result_columns(res, classes, kind, with_population, zone_names=None, with_zone=False,
                   depth_known=True):
    """The per-feature result fields of ``floodexposure`` as ``(names, arrays)``: the one list
    that the Processing algorithm and the headless batch both write (names from core.schema;
    NaN stays NaN here and becomes NULL in the writer). ``zone_names`` given: a zone column from
    ``res.zone``; ``with_zone`` without names: an empty zone column."""
    n = len(res.code)
    K = len(classes)
    outside = res.code == CODE_OUTSIDE
    labels = np.array(list(classes.names) + [NOT_EXPOSED], dtype=object)
    cls = labels[np.where(res.code >= 0, res.code, K)]
    cls[outside] = None
    exposed = np.where(res.code >= 0, 1.0, 0.0)
    exposed[outside] = np.nan
    nan = np.full(n, np.nan)
    arrays = [res.depth if depth_known else nan, cls, exposed]
    if kind == "polygon":
        arrays += [res.depth_mean if depth_known else nan, 100.0 * np.asarray(res.wet_share)]
    if kind == "line":
        arrays += [res.length_m, res.flooded_m] + [res.class_length_m[:, k] for k in range(K)]
    if with_population:
        arrays += [res.pop_exposed, res.displaced]
    if zone_names is not None:
        arrays.append(np.array(list(zone_names) + [None], dtype=object)[res.zone])
    elif with_zone:
        arrays.append(np.full(n, None, dtype=object))
    names = result_names(classes, kind, with_population,
                         zone_names is not None or with_zone)
    return names, arrays


def flood_exposure(raster, classes, kind, geoms, n, population=None, groups=None,
                   zones=None, zone_names=None, road_class=None, area_weighted=False,
                   segment_length=None, depth_known=True, outside_is_dry=False,
                   pop_raster=None, pop_to_hazard=None, analysis_extent=None, progress=None):
    """Hazard x exposure (see the module doc).

    ``kind`` is "point" (``geoms`` = (xy, owner)), "line" (a LineSet whose ``source`` is the
    feature index) or "polygon" (a PolygonSet). ``population`` (n,) people per feature (NaN =
    unknown, counted as 0 with a warning); ``groups`` {name: (n,)} people of each group;
    ``zones`` a PolygonSet in the raster CRS with ``zone_names``; ``road_class`` (n,) labels
    for lines. ``segment_length`` metres per line segment when the raster CRS is not in
    metres. ``depth_known=False`` when the hazard only gives classes (depth outputs NULL).
    ``outside_is_dry``: exposure outside the raster is dry, not unknown (a hazard burnt from
    polygons: land outside every polygon is dry). ``pop_raster`` (people per cell) with
    ``pop_to_hazard`` (points from its CRS to the hazard CRS, None when equal) adds exposed
    people counted on the raster (:func:`population_raster_exposure`) as summary rows of group
    ``population_raster``."""
    progress = progress or Progress()
    log = []
    K = len(classes)
    check_depth_raster(raster, log)
    if not depth_known:
        log.append(("info", "The hazard gives depth classes only: depth_m is left empty and "
                            "features are classed from the hazard's classes."))
    code = np.full(n, CODE_OUTSIDE, dtype=np.int64)
    depth = np.full(n, np.nan)
    res = ExposureResult(n=n, depth=depth, code=code, zone=np.full(n, -1, dtype=np.int64),
                         log=log, depth_known=depth_known)
    share = None  # (n, K + 2) share of each feature in class k / not exposed / outside
    pieces = None
    if kind == "point":
        xy, owner = geoms
        depth[:] = sample_points(raster, xy, owner, n)
        rep = np.full((n, 2), np.nan)
        if len(xy):
            first = np.ones(len(owner), dtype=bool)
            first[1:] = owner[1:] != owner[:-1]
            rep[owner[first]] = xy[first]
    elif kind == "line":
        lines = geoms
        pieces = line_pieces(lines, raster.grid, segment_length)
        res.length_m = np.bincount(lines.source[pieces.line], weights=pieces.length,
                                   minlength=n)
        inside = pieces.cell >= 0
        pr, pc = np.divmod(pieces.cell[inside], raster.grid.cols)
        pdepth = np.full(len(pieces.cell), np.nan)
        pdepth[inside] = _depth_at(raster, pr, pc)
        pfeat = lines.source[pieces.line]
        _group_fmax(depth, pfeat[inside], pdepth[inside])
        pcode = np.full(len(pieces.cell), CODE_OUTSIDE, dtype=np.int64)
        pcode[inside] = classes.classify(pdepth[inside])
        wet = pcode >= 0
        res.class_length_m = np.bincount(pfeat[wet] * K + pcode[wet], weights=pieces.length[wet],
                                         minlength=n * K).reshape(n, K)
        res.flooded_m = res.class_length_m.sum(axis=1)
        out_len = float(pieces.length[~inside].sum())
        if out_len > 0 and inside.any():
            log.append(("warning", f"{out_len / 1000.0:,.3f} km of the lines lie outside the "
                                   "hazard raster (reported as 'outside_hazard')."))
        pzone = points_in_polygons(pieces.mid, zones) if zones is not None else None
        pieces = (pfeat, pcode, pieces.length, pzone)
        rep = _line_midpoints(lines, n)
    elif kind == "polygon":
        polys = geoms
        st = footprint_stats(polys, raster, classes, progress=progress, by_class=area_weighted)
        depth[:] = st.depth_max
        res.depth_mean = st.depth_mean
        res.cells = st.cells_total
        with np.errstate(invalid="ignore", divide="ignore"):
            res.wet_share = np.where(st.cells_inside > 0,
                                     st.class_cells[:, :K].sum(axis=1)
                                     / np.maximum(st.cells_inside, 1), np.nan)
            tot = np.maximum(st.cells_total, 1)[:, None]
            share = np.concatenate([st.class_cells / tot,
                                    ((st.cells_total - st.cells_inside) / tot[:, 0])[:, None]],
                                   axis=1)
        share[st.cells_total == 0] = 0.0
        share[st.cells_total == 0, K + 1] = 1.0
        rep = interior_points(polys)
    else:
        raise UrbanPlanError("Unknown exposure kind {kind!r}", kind=kind)
    if outside_is_dry:
        depth[np.isnan(depth)] = 0.0
        if res.depth_mean is not None:
            res.depth_mean[np.isnan(res.depth_mean)] = 0.0
        if share is not None:
            share[:, K] += share[:, K + 1]
            share[:, K + 1] = 0.0
        if pieces is not None:
            pfeat, pcode, plen, pzone = pieces
            pieces = (pfeat, np.where(pcode == CODE_OUTSIDE, CODE_NOT_EXPOSED, pcode), plen,
                      pzone)
    known = ~np.isnan(depth)
    code[known] = classes.classify(depth[known])
    n_out = int((~known).sum())
    if n and n_out == n:
        log.append(("warning", "The exposure lies entirely outside the hazard raster: nothing "
                               "is exposed. Check that the hazard covers the area (and the "
                               "CRS of both layers)."))
    elif n_out:
        log.append(("warning", f"{n_out:,} of {n:,} exposure feature(s) lie outside the hazard "
                               "raster; they are reported as 'outside_hazard' (depth empty)."))
    # zones
    if zones is not None:
        res.zone = points_in_polygons(rep, zones)
    # population
    pop = None
    if population is not None:
        pop = np.asarray(population, dtype=np.float64)
        n_nan = int(np.isnan(pop).sum())
        if n_nan:
            log.append(("warning", f"{n_nan:,} feature(s) have no population value; counted "
                                   "as 0."))
            pop = np.where(np.isnan(pop), 0.0, pop)
    group_arrays = {}
    for gname, garr in (groups or {}).items():
        g = np.asarray(garr, dtype=np.float64)
        group_arrays[gname] = np.where(np.isnan(g), 0.0, g)
    if share is None or not area_weighted:
        share = np.zeros((n, K + 2))
        share[np.arange(n), np.where(code >= 0, code, np.where(code == CODE_OUTSIDE, K + 1, K))] = 1
    res.exposed_count = int((code >= 0).sum())
    if pop is not None:
        res.pop_exposed = pop * share[:, :K].sum(axis=1)
        res.displaced = pop * (share[:, :K] @ classes.rates)
        res.exposed_population = float(res.pop_exposed.sum())
    res.max_depth_m = float(np.nanmax(depth)) if known.any() else float("nan")
    if not depth_known:
        res.max_depth_m = float("nan")
    res.summary = _summary(res, classes, share, pop, group_arrays, zone_names, road_class,
                           pieces, kind)
    if pop_raster is not None:
        pr = population_raster_exposure(pop_raster, raster, classes, pop_to_hazard, zones,
                                        zone_names, analysis_extent=analysis_extent,
                                        progress=progress)
        res.population_raster = pr
        rates = dict(zip(classes.names, classes.rates))
        labels = classes.names + [NOT_EXPOSED, OUTSIDE]
        zrows = [(ALL, pr["by_class"])]
        if zone_names is not None:
            names = [str(z) for z in zone_names] + [NO_ZONE]
            for zname in names:
                vals = {lab: pr["by_zone_class"].get((zname, lab)) for lab in labels}
                if all(v is None for v in vals.values()):
                    continue
                zrows.append((zname, {k: (v or 0.0) for k, v in vals.items()}))
        for zname, by_class in zrows:
            for lab in labels:
                if lab == OUTSIDE and by_class.get(OUTSIDE, 0.0) == 0.0:
                    continue
                ppl = float(by_class.get(lab, 0.0))
                res.summary.append({S.ZONE: zname, S.DEPTH_CLASS: lab,
                                    S.POP_GROUP: POP_RASTER_GROUP, S.ROAD_CLASS: None,
                                    S.FEATURES: None, S.POPULATION: ppl,
                                    S.DISPLACED: ppl * rates.get(lab, 0.0),
                                    S.ROAD_KM: float("nan")})
        if pr["by_class"].get(OUTSIDE, 0.0) > 0:
            log.append(("warning", f"{pr['by_class'][OUTSIDE]:,.0f} of {pr['total']:,.0f} "
                                   "people of the population raster lie outside the hazard "
                                   "raster ('outside_hazard')."))
        log.append(("info", f"Population raster: {pr['exposed']:,.0f} of {pr['total']:,.0f} "
                            f"people in a flood class (each population cell split into "
                            f"{pr['k']} x {pr['k']} parts)."))
    if n and res.exposed_count == 0 and n_out < n:
        log.append(("warning", "No exposure feature is in a flood class: every feature is dry "
                               f"or shallower than {classes.lowest_m:g} m."))
    return res


def _line_midpoints(lines, n):
    """Midpoint (by length) of the first part of each line feature."""
    out = np.full((n, 2), np.nan)
    if len(lines) == 0:
        return out
    src = lines.source
    first = np.ones(len(src), dtype=bool)
    first[1:] = src[1:] != src[:-1]
    for i in np.flatnonzero(first):
        xy = lines.line(i)
        seg = np.hypot(*np.diff(xy, axis=0).T)
        tot = seg.sum()
        if tot <= 0:
            out[src[i]] = xy[0]
            continue
        cum = np.concatenate([[0.0], np.cumsum(seg)])
        half = tot / 2.0
        j = min(int(np.searchsorted(cum, half, side="right")) - 1, len(seg) - 1)
        t = (half - cum[j]) / seg[j] if seg[j] > 0 else 0.0
        out[src[i]] = xy[j] + t * (xy[j + 1] - xy[j])
    return out


def _summary(res, classes, share, pop, groups, zone_names, road_class, pieces, kind):
    """Rows per zone ("all" first), road class (lines), depth class and group, aggregated with
    bincount (no loop over features)."""
    K = len(classes)
    C = K + 2
    labels = classes.names + [NOT_EXPOSED, OUTSIDE]
    rates = np.concatenate([classes.rates, [0.0, 0.0]])
    n = res.n
    nz = len(zone_names) if zone_names is not None else 0
    zcol = (res.zone + 1) if nz else np.zeros(n, dtype=np.int64)  # 0 = no zone
    Z = nz + 1
    if kind == "line" and road_class is not None:
        rc_names, rcol = np.unique(np.array(["NULL" if v is None else str(v) for v in road_class],
                                            dtype=object).astype(str), return_inverse=True)
        rc_names = [str(v) for v in rc_names]
        rcol = rcol.reshape(-1)
    else:
        rc_names, rcol = [None], np.zeros(n, dtype=np.int64)
    R = len(rc_names)
    code_col = np.where(res.code >= 0, res.code, np.where(res.code == CODE_OUTSIDE, K + 1, K))
    zr = zcol * R + rcol
    counts = np.bincount(zr * C + code_col, minlength=Z * R * C).reshape(Z, R, C).astype(float)
    people = {}
    for gname, garr in [(ALL, pop)] + list(groups.items()):
        if garr is None:
            people[gname] = None
            continue
        arr = np.zeros((Z, R, C))
        for k in range(C):
            arr[:, :, k] = np.bincount(zr, weights=garr * share[:, k],
                                       minlength=Z * R).reshape(Z, R)
        people[gname] = arr
    km = None
    if kind == "line" and pieces is not None:
        pfeat, pcode, plen, pzone = pieces
        pcol = np.where(pcode >= 0, pcode, np.where(pcode == CODE_OUTSIDE, K + 1, K))
        pz = (pzone + 1) if (nz and pzone is not None) else zcol[pfeat]
        key = (pz * R + rcol[pfeat]) * C + pcol
        km = np.bincount(key, weights=plen, minlength=Z * R * C).reshape(Z, R, C) / 1000.0
    has_outside = bool(counts[:, :, K + 1].sum() > 0 or share[:, K + 1].sum() > 0
                       or (km is not None and km[:, :, K + 1].sum() > 0))
    class_range = range(C if has_outside else K + 1)
    zone_rows = [(None, ALL)]
    if nz:
        zone_rows += [(i + 1, str(z)) for i, z in enumerate(zone_names)]
        if counts[0].sum() > 0:
            zone_rows.append((0, NO_ZONE))
    rows = []
    for zi, zname in zone_rows:
        for ri, rc in enumerate(rc_names):
            for k in class_range:
                cnt = counts[:, ri, k].sum() if zi is None else counts[zi, ri, k]
                road = float("nan")
                if km is not None:
                    road = float(km[:, ri, k].sum() if zi is None else km[zi, ri, k])
                for gname, arr in people.items():
                    if arr is None:
                        ppl = float("nan")
                    else:
                        ppl = float(arr[:, ri, k].sum() if zi is None else arr[zi, ri, k])
                    rows.append({
                        S.ZONE: zname, S.DEPTH_CLASS: labels[k], S.POP_GROUP: gname,
                        S.ROAD_CLASS: rc, S.FEATURES: int(cnt), S.POPULATION: ppl,
                        S.DISPLACED: ppl * rates[k] if not math.isnan(ppl) else float("nan"),
                        S.ROAD_KM: road if gname == ALL else float("nan"),
                    })
    return rows


# --- population raster ------------------------------------------------------------------------

def population_raster_exposure(pop, hazard, classes, to_hazard=None, zones=None,
                               zone_names=None, max_samples=20_000_000, max_k=16,
                               analysis_extent=None, progress=None):
    """People per class (and zone) from a population raster (people per cell).

    Each populated cell is split into k x k sub-cells (k chosen so a sub-cell is about the size
    of a hazard cell, at most ``max_k``), each holding 1/k² of the cell's people; a sub-cell
    takes the depth of the hazard cell under its centre (``to_hazard`` converts points from the
    population CRS to the hazard CRS). With equal grids this is exactly the sum of population
    cells where the depth reaches the lowest class. Sub-cells outside ``analysis_extent``
    (xmin, ymin, xmax, ymax in the hazard CRS; the area studied) are left out; those inside it
    but outside the hazard raster count as ``outside_hazard``. Returns a dict with ``total``,
    ``by_class`` {name: people} (plus not_exposed and outside_hazard), ``exposed``,
    ``by_zone_class`` {(zone, class): people} and ``k``."""
    progress = progress or Progress()
    K = len(classes)
    labels = classes.names + [NOT_EXPOSED, OUTSIDE]
    vals = np.where(pop.nodata | ~(pop.values > 0), 0.0, pop.values.astype(np.float64))
    rr, cc = np.nonzero(vals > 0)
    people = vals[rr, cc]
    g = pop.grid
    # size of a population cell in hazard units, measured at the middle of the populated cells
    hz = hazard.grid
    k = 1
    if len(rr):
        xs, ys = g.centres(rr, cc)
        cx, cy = float(np.median(xs)), float(np.median(ys))
        probe = np.array([[cx, cy], [cx + g.dx, cy], [cx, cy + g.dy]])
        ph = to_hazard(probe) if to_hazard is not None else probe
        sx = float(np.hypot(*(ph[1] - ph[0])))
        sy = float(np.hypot(*(ph[2] - ph[0])))
        k = int(min(max(math.ceil(max(sx, sy) / min(hz.dx, hz.dy) - 1e-9), 1), max_k))
        while k > 1 and len(rr) * k * k > max_samples:
            k -= 1
    by_class = np.zeros(K + 2)
    by_zone = {}
    nz = len(zone_names) if zone_names is not None else 0
    zone_acc = np.zeros((nz + 1, K + 2))
    offs = (np.arange(k) + 0.5) / k
    sub_u, sub_v = np.meshgrid(offs, offs)
    sub_u, sub_v = sub_u.ravel(), sub_v.ravel()
    chunk = max(1, 2_000_000 // (k * k))
    total_people = 0.0
    for s in range(0, len(rr), chunk):
        if progress.is_canceled():
            break
        r = rr[s:s + chunk]
        c = cc[s:s + chunk]
        x = g.x0 + (c[:, None] + sub_u[None, :]) * g.dx
        y = g.y0 - (r[:, None] + sub_v[None, :]) * g.dy
        xy = np.c_[x.ravel(), y.ravel()]
        w = np.repeat(people[s:s + chunk] / (k * k), k * k)
        if to_hazard is not None:
            xy = to_hazard(xy)
        if analysis_extent is not None:
            ax0, ay0, ax1, ay1 = analysis_extent
            keep = ((xy[:, 0] >= ax0) & (xy[:, 0] <= ax1) & (xy[:, 1] >= ay0)
                    & (xy[:, 1] <= ay1))
            xy, w = xy[keep], w[keep]
            total_people += float(w.sum())
        else:
            total_people += float(w.sum())
        hr, hc = hz.cell_of(xy[:, 0], xy[:, 1])
        ok = hr >= 0
        code = np.full(len(xy), K + 1, dtype=np.int64)
        d = _depth_at(hazard, hr[ok], hc[ok])
        kk = classes.classify(d)
        code[ok] = np.where(kk >= 0, kk, K)
        by_class += np.bincount(code, weights=w, minlength=K + 2)
        if nz:
            zi = points_in_polygons(xy, zones)
            zi = np.where(zi < 0, nz, zi)
            zone_acc += np.bincount(zi * (K + 2) + code, weights=w,
                                    minlength=(nz + 1) * (K + 2)).reshape(nz + 1, K + 2)
        progress.progress(100.0 * min(s + chunk, len(rr)) / max(len(rr), 1))
    if nz:
        for zi in range(nz + 1):
            if zi == nz and zone_acc[nz].sum() == 0:
                continue
            zname = str(zone_names[zi]) if zi < nz else NO_ZONE
            for j in range(K + 2):
                by_zone[(zname, labels[j])] = float(zone_acc[zi, j])
    return {
        "total": total_people,
        "by_class": {labels[j]: float(by_class[j]) for j in range(K + 2)},
        "exposed": float(by_class[:K].sum()),
        "by_zone_class": by_zone,
        "k": k,
    }
