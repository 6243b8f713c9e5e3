"""Flood extent from a terrain model: still water at a level (bathtub) or ponding in low spots.

Two questions a planner asks when no hydraulic model or official hazard map exists (the Dakar
PING-GIRI case in CASES.md: a terrain model instead of a hazard map):

* **Water level** ("bathtub"): the sea, a lake or a river stands at ``level`` metres. A cell
  floods when its ground is strictly below the level and, when a source water body is given,
  it is connected to that water body through other cells below the level (4 or 8 neighbours).
  Depth = level - ground.
* **Ponding** (pluvial waterlogging): rain that cannot drain collects in closed depressions up
  to their spill point. The depressions are filled exactly as the priority-flood algorithm does
  (Barnes, Lehman & Mulla 2014, "Priority-flood: An optimal depression-filling and
  watershed-labeling algorithm for digital elevation models", Computers & Geosciences 62:
  117-127): the filled surface of a cell is the lowest possible "highest point" on any path from
  the cell to an outlet. Depth = filled - ground, reported where it exceeds a minimum.

Outlets for ponding are the raster's border and its nodata cells: water leaves the grid there
(the convention of priority-flood, which seeds its queue with edge cells and cells next to
nodata). Nodata cells themselves never hold water in either mode.

Everything is whole-array numpy/scipy work; no Python loop runs per cell. Memory for a
10 000 x 10 000 float32 DEM stays within a few GB (see ``fill_depressions``).
"""
from dataclasses import dataclass, field

import numpy as np

from ..common.errors import UrbanPlanError
from ..common.progress import Progress, SubProgress

WGS84_AXES = (6378137.0, 6356752.314245179)
"""Semi-major and semi-minor axis of the WGS 84 ellipsoid in metres (NIMA TR8350.2)."""

DEFAULT_MIN_PONDING_DEPTH_M = 0.1
"""Depressions shallower than this are not reported as ponding. 0.1 m is the lower bound of the
"low" flood depth class of InaSAFE (CASES.md); shallower ponds in a DEM are mostly noise."""

DEFAULT_CONNECTIVITY = 8

PAIR_BLOCK_CELLS = 2_000_000
"""Cells per block when the basin boundaries are scanned (bounds the temporary memory)."""

MODE_LEVEL = "level"
MODE_PONDING = "ponding"


@dataclass
class FloodExtent:
    """Result of either mode. ``depth`` is float32 metres with NaN where dry (and on nodata)."""

    depth: np.ndarray
    mode: str
    flooded_cells: int
    area_m2: float
    max_depth_m: float
    volume_m3: float
    level: float = float("nan")
    log: list = field(default_factory=list)


# --- neighbourhoods ------------------------------------------------------------------------------

def _check_connectivity(connectivity):
    if connectivity not in (4, 8):
        raise UrbanPlanError("Connectivity must be 4 (edge neighbours only) or 8 (edges and "
                             "corners), got {connectivity!r}.", connectivity=connectivity)


def _structure(connectivity):
    from scipy import ndimage
    return ndimage.generate_binary_structure(2, 1 if connectivity == 4 else 2)


def _half_offsets(connectivity):
    """One direction of each neighbour pair: every unordered pair of neighbours appears once."""
    return [(0, 1), (1, 0)] if connectivity == 4 else [(0, 1), (1, 0), (1, 1), (1, -1)]


def _full_offsets(connectivity):
    half = _half_offsets(connectivity)
    return half + [(-dr, -dc) for dr, dc in half]


def _pair_slices(dr, dc, rows, cols):
    """Slices (a, b) so that ``arr[b]`` holds the neighbour at (+dr, +dc) of ``arr[a]``."""
    def axis(d, n):
        if d >= 0:
            return slice(0, n - d), slice(d, n)
        return slice(-d, n), slice(0, n + d)
    ra, rb = axis(dr, rows)
    ca, cb = axis(dc, cols)
    return (ra, ca), (rb, cb)


# --- cell areas ----------------------------------------------------------------------------------

def _authalic_integral(phi, e):
    """Primitive of the ellipsoid's area element over latitude (divided by b^2 / 2)."""
    s = np.sin(phi)
    if e == 0:
        return 2.0 * s
    return s / (1.0 - (e * s) ** 2) + np.log((1.0 + e * s) / (1.0 - e * s)) / (2.0 * e)


def row_cell_areas(grid, geographic=False, axes=WGS84_AXES, unit_to_m=1.0):
    """Area in m² of one cell in each row of ``grid`` (a :class:`rastergrid.Grid`).

    Projected grids: ``dx * dy`` times ``unit_to_m`` squared (1 for metres, 0.3048 for feet).
    Geographic grids (degrees): the exact area of the cell's quadrangle on the ellipsoid with
    semi-axes ``axes`` (a, b), A = b²·Δλ/2 · [g(φ2) - g(φ1)] with
    g(φ) = sin φ / (1 - e² sin² φ) + ln((1 + e sin φ) / (1 - e sin φ)) / (2e), so that rows
    near the poles count less than rows at the equator."""
    if not geographic:
        return np.full(grid.rows, grid.dx * grid.dy * unit_to_m ** 2)
    a, b = (float(v) for v in axes)
    if not (a > 0 and b > 0 and b <= a):
        raise UrbanPlanError("Invalid ellipsoid axes {axes!r}.", axes=axes)
    e = np.sqrt(1.0 - (b / a) ** 2)
    top = grid.y0 - np.arange(grid.rows) * grid.dy
    bottom = top - grid.dy
    if top.max() > 90.0 + 1e-9 or bottom.min() < -90.0 - 1e-9:
        raise UrbanPlanError("The raster is said to be in degrees but its rows reach beyond "
                             "±90° latitude. Check its CRS.")
    phi1 = np.radians(np.clip(bottom, -90.0, 90.0))
    phi2 = np.radians(np.clip(top, -90.0, 90.0))
    return b * b * np.radians(grid.dx) / 2.0 * (_authalic_integral(phi2, e)
                                                 - _authalic_integral(phi1, e))


def _summarise(depth, row_area):
    """(cells, area m², max depth, volume m³) of a depth array with NaN where dry."""
    wet = ~np.isnan(depth)
    per_row = wet.sum(axis=1)
    cells = int(per_row.sum())
    if cells == 0:
        return 0, 0.0, 0.0, 0.0
    area = float((per_row * row_area).sum())
    vol_row = np.where(wet, depth, np.float32(0)).sum(axis=1, dtype=np.float64)
    volume = float((vol_row * row_area).sum())
    return cells, area, float(np.nanmax(depth)), volume


def _prepare(dem, nodata):
    z = np.asarray(dem)
    if z.ndim != 2:
        raise UrbanPlanError("The terrain model must be a single-band 2-D raster.")
    if z.dtype not in (np.float32, np.float64):
        z = z.astype(np.float32)
    valid = np.isfinite(z)
    if nodata is not None:
        valid &= ~np.asarray(nodata, dtype=bool)
    if not valid.any():
        raise UrbanPlanError("The terrain model has no valid cell (all nodata). Check its "
                             "nodata value and that it covers the area of interest.")
    return z, valid


# --- water source --------------------------------------------------------------------------------

def source_mask(grid, kind, geoms):
    """Cells of ``grid`` covered by the water source (bool (rows, cols)).

    ``kind`` 'polygon' (a :class:`core.geometry.rasterize.PolygonSet`): the cells whose centre lies
    inside
    (GDAL's default rasterisation rule); a polygon smaller than a cell takes the cell under a
    point inside it. 'line' (a LineSet): every cell the line passes through. 'point'
    ((xy, owner) or an (n, 2) array): the cell under each point. Parts outside the grid are
    ignored."""
    from ..geometry.rasterize import interior_points, line_pieces, polygon_cells
    mask = np.zeros(grid.rows * grid.cols, dtype=bool)
    if kind == "polygon":
        hit = np.zeros(geoms.n, dtype=bool)
        for owner, cells in polygon_cells(geoms, grid):
            mask[cells] = True
            hit[owner] = True
        small = np.flatnonzero(~hit)
        if len(small):
            xy = interior_points(geoms)[small]
            r, c = grid.cell_of(xy[:, 0], xy[:, 1])
            ok = r >= 0
            mask[r[ok] * grid.cols + c[ok]] = True
    elif kind == "line":
        pieces = line_pieces(geoms, grid)
        cells = pieces.cell[(pieces.cell >= 0) & (pieces.length > 0)]
        mask[cells] = True
    elif kind == "point":
        xy = geoms[0] if isinstance(geoms, tuple) else geoms
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        r, c = grid.cell_of(xy[:, 0], xy[:, 1])
        ok = r >= 0
        mask[r[ok] * grid.cols + c[ok]] = True
    else:
        raise UrbanPlanError("The water source must be polygons, lines or points, not {kind!r}.",
                             kind=kind)
    return mask.reshape(grid.shape)


# --- water level (bathtub) -----------------------------------------------------------------------

def flood_from_level(dem, level, nodata=None, sources=None, connectivity=DEFAULT_CONNECTIVITY,
                     row_area=None, progress=None):
    """Cells below ``level`` and, with ``sources``, connected to them.

    ``dem`` (rows, cols) ground elevation in metres, same vertical datum as ``level``;
    ``nodata`` bool mask of cells without data (NaN counts as nodata too); ``sources`` bool mask
    of the cells covered by the water body the flood comes from (None: every cell below the level
    floods). A source cell starts the flood when its ground is below the level or it has no data
    (a sea masked out of the DEM); nodata cells under the source carry the water between source
    cells but never get a depth. ``row_area`` (rows,) m² per cell in each row (default 1).
    Returns a :class:`FloodExtent`, or None when cancelled."""
    progress = progress or Progress()
    _check_connectivity(connectivity)
    if level is None or not np.isfinite(level):
        raise UrbanPlanError("Give the water level in metres (the same vertical datum as the "
                             "terrain model), for example 2.5.")
    z, valid = _prepare(dem, nodata)
    row_area = np.ones(z.shape[0]) if row_area is None else np.asarray(row_area, dtype=float)
    log = []
    with np.errstate(invalid="ignore"):
        wet = z < level
    wet &= valid
    progress.progress(20)
    if sources is not None:
        from scipy import ndimage
        src = np.asarray(sources, dtype=bool)
        if src.shape != z.shape:
            raise UrbanPlanError("The source mask does not have the terrain model's shape.")
        if not src.any():
            raise UrbanPlanError(
                "The water source does not cover any cell of the terrain model. Check that the "
                "source layer overlaps the DEM (and its CRS).")
        carrier = wet | (src & ~valid)
        start = src & carrier
        if not start.any():
            log.append("No cell of the water source lies below the water level, so nothing "
                       "floods from it.")
            wet[:] = False
        else:
            labels, count = ndimage.label(carrier, structure=_structure(connectivity))
            del carrier
            if progress.is_canceled():
                return None
            progress.progress(60)
            keep = np.zeros(count + 1, dtype=bool)
            keep[np.unique(labels[start])] = True
            keep[0] = False
            wet &= keep[labels]
            del labels
    progress.progress(75)
    if progress.is_canceled():
        return None
    depth = np.subtract(z.dtype.type(level), z, dtype=z.dtype)
    if depth.dtype != np.float32:
        depth = depth.astype(np.float32)
    depth[~wet] = np.nan
    del wet
    cells, area, max_depth, volume = _summarise(depth, row_area)
    progress.progress(100)
    if cells == 0:
        log.append(f"No cell floods at a water level of {level:g} m.")
    return FloodExtent(depth, MODE_LEVEL, cells, area, max_depth, volume, float(level), log)


# --- ponding (depression filling) ----------------------------------------------------------------

def fill_depressions(dem, nodata=None, connectivity=DEFAULT_CONNECTIVITY, progress=None):
    """The depression-filled surface (as priority-flood gives it), float array, NaN on nodata.

    Method, with arrays only:

    1. every cell points to its lowest neighbour if that one is strictly lower (steepest descent);
       cells with no lower neighbour are pits. Two neighbouring pits have the same elevation, so
       the connected groups of pits are flat pit areas;
    2. pointer jumping sends every cell to its pit: the cells draining to one pit area form a
       *basin*; every cell of a basin reaches the pit going downhill only;
    3. neighbouring basins are joined by the lowest pass between them (the higher ground of the
       two cells, minimised over all neighbouring cell pairs); the raster border and nodata
       cells form one "outside" node, joined to a basin at the ground of its lowest border cell;
    4. the water level of a basin is its minimax (bottleneck) path to the outside in that graph,
       read off a minimum spanning tree: a basin fills up to the lowest pass on its best way out;
    5. filled = max(ground, level of the cell's basin).

    Step 4 is exact because, inside a basin, any two cells are joined by going down to the pit
    and up again, which never climbs above the higher of the two; so the best path over cells
    equals the best path over basins. Memory: a few arrays the size of the DEM (int32 indices
    while it has fewer than 2^31 cells). Returns None when cancelled."""
    from scipy import ndimage
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import breadth_first_order, minimum_spanning_tree

    progress = progress or Progress()
    _check_connectivity(connectivity)
    z, valid = _prepare(dem, nodata)
    rows, cols = z.shape
    n = rows * cols
    itype = np.int32 if n < 2 ** 31 - 1 else np.int64
    full = _full_offsets(connectivity)

    # 0. raise every single-cell pit (lower than all its neighbours, not at the border or next
    #    to nodata) to its lowest neighbour. Exact: every way out of such a cell passes one of
    #    its neighbours, so its filled level is at least that high, and no path through it gets
    #    higher. Noise pits (most of the pits of a LiDAR DEM) then join a neighbouring basin.
    footprint = _structure(connectivity).copy()
    footprint[1, 1] = False
    zz = np.where(valid, z, -np.inf).astype(z.dtype, copy=False)
    low = ndimage.minimum_filter(zz, footprint=footprint, mode="constant", cval=-np.inf)
    raised = valid & (z < low)
    zr = z.copy()
    np.copyto(zr, low, where=raised)
    del low

    # 1. steepest descent among valid neighbours; a raised cell drains to a neighbour at its
    #    new level (that neighbour is not raised, so the pointers never form a cycle)
    np.copyto(zz, zr)
    zz[~valid] = np.inf
    best = zz.copy()
    direction = np.full(z.shape, -1, dtype=np.int8)
    for k, (dr, dc) in enumerate(full):
        sa, sb = _pair_slices(dr, dc, rows, cols)
        nb = zz[sb]
        cur = best[sa]
        lower = np.less(nb, cur)
        np.minimum(cur, nb, out=cur)
        np.copyto(direction[sa], np.int8(k), where=lower)
        del lower, nb, cur
    del best
    ridx = np.flatnonzero(raised)  # never on the border, so every neighbour exists
    del raised
    if len(ridx):
        zflat, dflat = zz.ravel(), direction.ravel()
        rz = zflat[ridx]
        rdir = np.full(len(ridx), -1, dtype=np.int8)
        for k, (dr, dc) in enumerate(full):
            hit = (rdir < 0) & (zflat[ridx + (dr * cols + dc)] == rz)
            rdir[hit] = k
        dflat[ridx] = np.where(rdir >= 0, rdir, dflat[ridx])
        del rz, rdir, zflat, dflat
    del zz, ridx
    direction[~valid] = -1
    pits = direction < 0
    pits &= valid
    step = np.array([dr * cols + dc for dr, dc in full] + [0], dtype=itype)
    parent = np.arange(n, dtype=itype)
    parent += step[direction.ravel()]  # direction -1 (a pit) takes the last entry, 0
    del direction
    progress.progress(20)
    if progress.is_canceled():
        return None

    # 2. pointer jumping to the pit of every cell
    active = None
    while True:
        if active is None:
            nxt = parent[parent]
            changed = nxt != parent
            count = int(np.count_nonzero(changed))
            parent = nxt
            del nxt
            if count == 0:
                break
            if count < n // 8:
                active = np.flatnonzero(changed).astype(itype)
            del changed
        else:
            p = parent[active]
            pp = parent[p]
            moved = pp != p
            parent[active] = pp
            active = active[moved]
            if active.size == 0:
                break
        if progress.is_canceled():
            return None
    progress.progress(45)

    # pit areas -> basin number per cell (0 = no data: part of the outside)
    pit_label, n_basins = ndimage.label(pits, structure=_structure(connectivity))
    del pits
    basin = pit_label.ravel()[parent].reshape(rows, cols)
    del pit_label, parent
    progress.progress(55)

    # 3. lowest pass between neighbouring basins, and from basins to the outside; scanned in
    #    blocks of rows so the temporary pair arrays stay small
    zlow = np.where(valid, zr, -np.inf).astype(z.dtype, copy=False).ravel()
    bflat = basin.ravel()
    n_nodes = n_basins + 1
    los, his, costs = [], [], []
    block = max(1, PAIR_BLOCK_CELLS // cols) * cols
    offsets = _half_offsets(connectivity)
    for i0 in range(0, n, block):
        part = []
        for dr, dc in offsets:
            shift = dr * cols + dc
            i1 = min(i0 + block, n - shift)
            if i1 <= i0:
                continue
            differ = bflat[i0:i1] != bflat[i0 + shift:i1 + shift]
            if dc > 0:  # pairs that wrap around a row end are not neighbours
                differ[cols - 1::cols] = False
            elif dc < 0:
                differ[0::cols] = False
            idx = np.flatnonzero(differ)
            del differ
            idx += i0
            u, v = bflat[idx], bflat[idx + shift]
            w = np.maximum(zlow[idx], zlow[idx + shift])
            del idx
            part.append(_fold_runs(np.minimum(u, v), np.maximum(u, v), w))
            del u, v, w
        lo = np.concatenate([p[0] for p in part]) if part else np.empty(0, bflat.dtype)
        if len(lo) == 0:
            continue
        hi = np.concatenate([p[1] for p in part])
        w = np.concatenate([p[2] for p in part])
        del part
        base, top = int(lo.min()), int(lo.max())
        if top - base < 4 * len(lo):  # labels are local here: linear grouping
            lo, hi, w = _min_per_pair(lo - base, hi, w, top - base + 1)
            lo += base
        else:
            key, w = _min_per_key(lo.astype(np.int64) * n_nodes + hi, w)
            lo, hi = key // n_nodes, key % n_nodes
            del key
        los.append(lo.astype(bflat.dtype))
        his.append(hi.astype(bflat.dtype))
        costs.append(w)
        del lo, hi, w
        if progress.is_canceled():
            return None
    del zlow, bflat
    border = np.zeros(z.shape, dtype=bool)
    border[0, :] = border[-1, :] = border[:, 0] = border[:, -1] = True
    border &= valid
    his.append(basin[border])
    los.append(np.zeros(len(his[-1]), dtype=his[-1].dtype))
    costs.append(zr[border])
    del border
    lo, hi, cost = _min_per_pair(np.concatenate(los), np.concatenate(his),
                                 np.concatenate(costs), n_nodes)
    del los, his, costs
    progress.progress(70)
    if progress.is_canceled():
        return None

    # 4. bottleneck level of every basin via a minimum spanning tree rooted at the outside
    # csgraph drops zero weights, so costs are shifted to start at 1 (exact for float32 ground:
    # float32 values and their differences are exact in float64)
    base = float(cost.min()) - 1.0
    graph = csr_matrix((cost.astype(np.float64) - base, (lo, hi)), shape=(n_nodes, n_nodes))
    del lo, hi, cost
    tree = minimum_spanning_tree(graph).tocoo()
    del graph
    order, pred = breadth_first_order(tree, 0, directed=False, return_predecessors=True)
    ti, tj = tree.row.astype(np.int64), tree.col.astype(np.int64)
    tw = tree.data + base
    up = np.full(n_nodes, -np.inf)
    child = np.where(pred[tj] == ti, tj, ti)  # the end of each tree edge farther from the root
    up[child] = tw
    anc = np.where(pred >= 0, pred, 0).astype(np.int64)
    anc[0] = 0
    level = up.copy()
    level[0] = -np.inf
    reached = np.zeros(n_nodes, dtype=bool)
    reached[order] = True
    while np.any(anc != 0):
        level = np.maximum(level, level[anc])
        anc = anc[anc]
    level[~reached] = -np.inf  # cannot happen on a grid (every basin reaches an outlet); safe
    progress.progress(85)

    # 5. filled surface
    filled = np.maximum(zr, level.astype(z.dtype)[basin], out=zr)
    del basin
    filled[~valid] = np.nan
    progress.progress(100)
    return filled


def _fold_runs(lo, hi, w):
    """Fold runs of the same (lo, hi) pair next to each other (a long boundary between two
    basins, scanned row by row) into one entry with their minimum, in linear time."""
    if len(lo) < 2:
        return lo, hi, w
    start = np.flatnonzero(np.r_[True, (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])])
    if len(start) == len(lo):
        return lo, hi, w
    return lo[start], hi[start], np.minimum.reduceat(w, start)


def _min_per_key(key, w):
    """Unique int64 keys (sorted) and the minimum ``w`` of each."""
    if len(key) == 0:
        return key, w
    order = np.argsort(key)
    key, w = key[order], w[order]
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    return key[start], np.minimum.reduceat(w, start)


def _min_per_pair(lo, hi, w, n_nodes):
    """Unique (lo, hi) pairs and the minimum ``w`` of each.

    Grouping by ``lo`` is a counting sort (scipy's COO -> CSR conversion, linear; every entry has
    its own column, so nothing is summed), then each row's few ``hi`` are sorted in place
    (CSR ``sort_indices``) and runs of equal pairs are reduced to their minimum. This is several
    times faster than sorting 64-bit pair keys when there are tens of millions of pairs."""
    from scipy.sparse import csr_matrix
    m = len(lo)
    if m == 0:
        return lo.astype(np.int64), hi.astype(np.int64), w
    itype = np.int32 if max(m, n_nodes) < 2 ** 31 - 1 else np.int64
    by_row = csr_matrix((np.arange(1, m + 1, dtype=itype), (lo.astype(itype),
                                                             np.arange(m, dtype=itype))),
                        shape=(n_nodes, m))
    order = by_row.data - 1  # positions of the entries, grouped by lo, in input order
    indptr = by_row.indptr
    del by_row
    grouped = csr_matrix((w[order], hi[order].astype(itype), indptr), shape=(n_nodes, n_nodes))
    del order
    grouped.sort_indices()
    row = np.repeat(np.arange(n_nodes, dtype=itype), np.diff(grouped.indptr))
    col = grouped.indices
    start = np.flatnonzero(np.r_[True, (col[1:] != col[:-1]) | (row[1:] != row[:-1])])
    return (row[start].astype(np.int64), col[start].astype(np.int64),
            np.minimum.reduceat(grouped.data, start))


def ponding(dem, nodata=None, min_depth=DEFAULT_MIN_PONDING_DEPTH_M,
            connectivity=DEFAULT_CONNECTIVITY, row_area=None, progress=None):
    """Water held in closed depressions (filled to their spill point), where deeper than
    ``min_depth`` metres. Returns a :class:`FloodExtent`, or None when cancelled."""
    progress = progress or Progress()
    if min_depth is None or not np.isfinite(min_depth) or min_depth < 0:
        raise UrbanPlanError("The minimum ponding depth must be zero or a positive number of "
                             "metres, got {min_depth!r}.", min_depth=min_depth)
    z, valid = _prepare(dem, nodata)
    row_area = np.ones(z.shape[0]) if row_area is None else np.asarray(row_area, dtype=float)
    sub = SubProgress(progress, 0, 90)
    filled = fill_depressions(z, ~valid, connectivity, sub)
    if filled is None:
        return None
    depth = np.subtract(filled, z, dtype=z.dtype)
    del filled
    if depth.dtype != np.float32:
        depth = depth.astype(np.float32)
    with np.errstate(invalid="ignore"):
        dry = ~(depth > min_depth)
    depth[dry] = np.nan
    del dry
    cells, area, max_depth, volume = _summarise(depth, row_area)
    log = []
    if cells == 0:
        log.append(f"No closed depression is deeper than {min_depth:g} m.")
    progress.progress(100)
    return FloodExtent(depth, MODE_PONDING, cells, area, max_depth, volume, float("nan"), log)


