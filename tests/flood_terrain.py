"""Synthetic terrain models whose flood answers can be worked out on paper (no QGIS needed).

Each generator returns ``(dem, grid)``: a float32 array (row 0 = north) and a
``core.geometry.rastergrid.Grid`` in a projected CRS (metres). The docstrings give the hand-derived
answers the tests check.
"""
import numpy as np

from urbanplan_plugin.core.geometry.rastergrid import Grid

CRS = "EPSG:32723"  # UTM 23 S (São Paulo), metres


def _grid(rows, cols, cell, x0=300000.0, y0=7400000.0, crs=CRS):
    return Grid(x0, y0, cell, cell, rows, cols, crs_authid=crs)


def tilted_plane(rows=10, cols=20, cell=10.0, step=0.5, x0=300000.0, y0=7400000.0):
    """A plane rising eastwards: column c has ground ``c * step`` metres (column 0 at 0 m).

    At water level L every column with ``c * step < L`` floods, the whole height of the raster:
    an exact strip of ``ceil(L / step)`` columns, area = columns * rows * cell², depth in column
    c = L - c * step. Example (defaults, L = 2.2 m): columns 0-4, 50 cells, 5 000 m²,
    maximum depth 2.2 m, volume = 10 * (2.2 + 1.7 + 1.2 + 0.7 + 0.2) * 100 = 6 000 m³."""
    dem = np.tile((np.arange(cols) * step).astype(np.float32), (rows, 1))
    return dem, _grid(rows, cols, cell, x0, y0)


def valley(rows=21, cols=30, cell=10.0, floor_step=0.2, side_step=0.5):
    """A V-shaped valley running west-east, its floor on the middle row rising eastwards.

    Ground at (row r, column c) = ``floor_step * c + side_step * |r - mid|``. At level 1.0 m
    (defaults) the flooded cells per column are 3, 3, 3, 1, 1 (columns 0-4): 11 cells,
    1 100 m²; depths along the floor 1.0, 0.8, 0.6, 0.4, 0.2 and on the sides of columns 0-2
    0.5, 0.3, 0.1, so the volume is (2.0 + 1.4 + 0.8 + 0.4 + 0.2) * 100 = 480 m³.
    A river source across column 0 floods exactly these cells; a source across the last column
    (ground above 1.0 m) floods nothing."""
    mid = rows // 2
    r = np.abs(np.arange(rows) - mid)[:, None]
    c = np.arange(cols)[None, :]
    dem = (floor_step * c + side_step * r).astype(np.float32)
    return dem, _grid(rows, cols, cell)


SILL = dict(sea=0.0, plateau=5.0, floor=1.0, sill=2.0)


def basin_with_sill(rows=20, cols=30, cell=10.0):
    """Sea on the west, a closed basin inland, joined by a one-cell channel (the sill).

    * plateau 5.0 m everywhere else;
    * sea: columns 0-3, ground 0.0 m (80 cells);
    * basin: rows 5-14, columns 15-24 (100 cells), floor 1.0 m;
    * channel: row 10, columns 4-14 (11 cells), ground 2.0 m = the sill.

    Water level with the sea as source: below 2.0 m only the sea floods (80 cells, the basin
    stays dry); at 2.5 m sea (depth 2.5) + channel (0.5) + basin (1.5) = 191 cells.
    Without a source at 1.5 m: sea + basin (180 cells, the basin 0.5 deep).
    Ponding: the basin fills to the sill, depth 2.0 - 1.0 = 1.0 m over its 100 cells
    (volume 100 * 1.0 * 100 = 10 000 m³); the sea touches the raster edge and drains."""
    dem = np.full((rows, cols), SILL["plateau"], dtype=np.float32)
    dem[:, 0:4] = SILL["sea"]
    dem[5:15, 15:25] = SILL["floor"]
    dem[10, 4:15] = SILL["sill"]
    return dem, _grid(rows, cols, cell)


def bowl(rows=11, cols=11, cell=10.0, rim=3.0, floor=1.0):
    """A square bowl: a one-cell rim at ``rim`` metres around a flat floor at ``floor``.

    Ponding fills the floor to the rim: depth rim - floor over (rows - 2) * (cols - 2) cells.
    With one rim cell lowered to ``floor`` the bowl drains (no ponding)."""
    dem = np.full((rows, cols), rim, dtype=np.float32)
    dem[1:-1, 1:-1] = floor
    return dem, _grid(rows, cols, cell)


def city_valley(grid, river_start, river_end, bed=720.0, bed_slope=0.001, side_slope=0.02,
                hollows=(), noise=0.02, seed=0):
    """A SYNTHETIC terrain to demonstrate the flood tools over a real street network (it is not
    a survey of any place): a straight river valley from ``river_start`` (downstream, bed at
    ``bed`` m) to ``river_end``, its bed rising ``bed_slope`` m/m upstream and its sides
    ``side_slope`` m/m, plus bowl-shaped hollows ``(x, y, sigma_m, depth_m)`` (Gaussian) that hold
    rain water, and a little seeded noise. Returns a float32 array on ``grid``.

    With a water level L >= bed the river floods a band that is 2 (L - bed - bed_slope * a) /
    side_slope wide at a metres upstream, up to (L - bed) / bed_slope upstream."""
    xs, ys = grid.centres()
    x, y = np.meshgrid(xs, ys)
    (x0, y0), (x1, y1) = river_start, river_end
    length = float(np.hypot(x1 - x0, y1 - y0))
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    along = np.clip((x - x0) * ux + (y - y0) * uy, 0.0, length)
    across = np.abs(-(x - x0) * uy + (y - y0) * ux)
    dem = bed + bed_slope * along + side_slope * across
    for hx, hy, sigma, depth in hollows:
        dem -= depth * np.exp(-((x - hx) ** 2 + (y - hy) ** 2) / (2.0 * sigma * sigma))
    if noise:
        dem += np.random.default_rng(seed).normal(0.0, noise, size=dem.shape)
    return dem.astype(np.float32)
