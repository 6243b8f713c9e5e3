"""Raster grids as plain numpy: geometry of a north-up grid and a band with its nodata mask.

No QGIS here. ``qgis_io.rasters`` reads files and layers into :class:`Raster` and writes them
back; the engine only sees arrays and this grid arithmetic.

Conventions (the same as GDAL's): the grid is north-up; ``x0, y0`` is the top-left corner;
cell (row r, column c) covers ``x0 + c*dx <= x < x0 + (c+1)*dx`` and
``y0 - (r+1)*dy < y <= y0 - r*dy``; its centre is ``(x0 + (c+0.5)*dx, y0 - (r+0.5)*dy)``.
A point on a shared cell edge belongs to the cell to its right / below (``floor``), as in
GDAL's own pixel lookup.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..common.errors import UrbanPlanError


@dataclass(frozen=True)
class Grid:
    """A north-up raster grid. ``dx`` and ``dy`` are positive cell sizes in CRS units."""

    x0: float
    y0: float
    dx: float
    dy: float
    rows: int
    cols: int
    crs_wkt: str = ""
    crs_authid: str = ""

    @classmethod
    def from_geotransform(cls, gt: Sequence[float], rows: int, cols: int, crs_wkt: str = "",
                          crs_authid: str = "") -> Grid:
        """From a GDAL geotransform ``(x0, dx, rot, y0, rot, -dy)``. Rotated grids are refused;
        a south-up geotransform (positive last term) is refused here (the reader flips it)."""
        gt = tuple(float(v) for v in gt)
        if gt[2] != 0.0 or gt[4] != 0.0:
            raise UrbanPlanError(
                "The raster is rotated (its geotransform has rotation terms). Warp it to a "
                "north-up grid first (Raster > Projections > Warp (Reproject)).")
        if gt[1] <= 0 or gt[5] >= 0:
            raise UrbanPlanError(
                "The raster's cell size is not positive in x and negative in y (it is not "
                "north-up). Warp it to a north-up grid first (Raster > Projections > Warp).")
        return cls(gt[0], gt[3], gt[1], -gt[5], int(rows), int(cols), crs_wkt or "",
                   crs_authid or "")

    @property
    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        return (self.x0, self.dx, 0.0, self.y0, 0.0, -self.dy)

    @property
    def shape(self) -> tuple[int, int]:
        return (self.rows, self.cols)

    @property
    def cell_area(self) -> float:
        return self.dx * self.dy

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax)."""
        return (self.x0, self.y0 - self.rows * self.dy, self.x0 + self.cols * self.dx, self.y0)

    def overlaps(self, bbox: Sequence[float]) -> bool:
        xmin, ymin, xmax, ymax = self.extent
        return not (bbox[0] >= xmax or bbox[2] <= xmin or bbox[1] >= ymax or bbox[3] <= ymin)

    def cell_of(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row, col) integer arrays of the cells under points; -1 for both outside the grid
        (and for NaN coordinates)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        with np.errstate(invalid="ignore"):
            c = np.floor((x - self.x0) / self.dx)
            r = np.floor((self.y0 - y) / self.dy)
            inside = (c >= 0) & (c < self.cols) & (r >= 0) & (r < self.rows)
        r = np.where(inside, r, -1).astype(np.int64)
        c = np.where(inside, c, -1).astype(np.int64)
        return r, c

    def centres(self, rows: np.ndarray | None = None,
                cols: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """x of column centres and y of row centres (1-D arrays)."""
        rows = np.arange(self.rows) if rows is None else np.asarray(rows)
        cols = np.arange(self.cols) if cols is None else np.asarray(cols)
        return self.x0 + (cols + 0.5) * self.dx, self.y0 - (rows + 0.5) * self.dy

    def window(self, bbox: Sequence[float],
               pad: int = 0) -> tuple[int, int, int, int] | None:
        """(row0, row1, col0, col1) half-open cell window covering ``bbox`` (xmin, ymin, xmax,
        ymax) plus ``pad`` cells, clipped to the grid; None when it does not overlap."""
        xmin, ymin, xmax, ymax = (float(v) for v in bbox)
        c0 = int(np.floor((xmin - self.x0) / self.dx)) - pad
        c1 = int(np.floor((xmax - self.x0) / self.dx)) + 1 + pad
        r0 = int(np.floor((self.y0 - ymax) / self.dy)) - pad
        r1 = int(np.floor((self.y0 - ymin) / self.dy)) + 1 + pad
        c0, c1 = max(c0, 0), min(c1, self.cols)
        r0, r1 = max(r0, 0), min(r1, self.rows)
        if c0 >= c1 or r0 >= r1:
            return None
        return r0, r1, c0, c1

    def subgrid(self, row0: int, row1: int, col0: int, col1: int) -> Grid:
        """The grid of a window (half-open rows and columns)."""
        return replace(self, x0=self.x0 + col0 * self.dx, y0=self.y0 - row0 * self.dy,
                       rows=int(row1 - row0), cols=int(col1 - col0))

    def same_as(self, other: Grid, tol: float = 1e-9) -> bool:
        """True when two grids have the same cells (same origin, size and shape)."""
        scale = max(abs(self.dx), abs(self.dy))
        return (self.rows == other.rows and self.cols == other.cols
                and abs(self.x0 - other.x0) <= tol * max(scale, 1.0) * 1e3
                and abs(self.y0 - other.y0) <= tol * max(scale, 1.0) * 1e3
                and abs(self.dx - other.dx) <= tol * scale
                and abs(self.dy - other.dy) <= tol * scale)


@dataclass
class Raster:
    """One band: ``values`` (rows, cols) and ``nodata`` (bool, True where the cell has no
    data: the band's nodata value, NaN, or a user nodata range). ``nodata_value`` is what the
    file used (None when it declared none)."""

    values: np.ndarray
    nodata: np.ndarray
    grid: Grid
    nodata_value: float = None
    source: str = ""

    @property
    def shape(self) -> tuple[int, int]:
        return self.values.shape

    def window(self, row0: int, row1: int, col0: int, col1: int) -> Raster:
        """A view of a sub-window (no copy)."""
        return Raster(self.values[row0:row1, col0:col1], self.nodata[row0:row1, col0:col1],
                      self.grid.subgrid(row0, row1, col0, col1), self.nodata_value, self.source)

    def sample(self, x: np.ndarray,
               y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Values under points: (values float64, has_data bool, inside bool). Points outside
        the grid or on nodata get NaN."""
        r, c = self.grid.cell_of(x, y)
        inside = r >= 0
        out = np.full(r.shape, np.nan)
        ok = np.zeros(r.shape, dtype=bool)
        if inside.any():
            rr, cc = r[inside], c[inside]
            has = ~self.nodata[rr, cc]
            vals = self.values[rr, cc].astype(np.float64)
            out[inside] = np.where(has, vals, np.nan)
            ok[inside] = has
        return out, ok, inside

    def filled(self, fill: float = np.nan, dtype: type = np.float64) -> np.ndarray:
        """Values as ``dtype`` with nodata cells set to ``fill``."""
        arr = self.values.astype(dtype, copy=True)
        arr[self.nodata] = fill
        return arr
