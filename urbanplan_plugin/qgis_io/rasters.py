"""Rasters in and out: a QGIS raster layer or a file path -> numpy band + grid, and numpy ->
GeoTIFF. The only place rasters meet the engine.

API (everything the flood algorithms need):

``read_raster(layer_or_path, band=1, bbox=None, dtype=np.float32, what="raster") -> Raster``
    ``Raster.values`` (rows, cols) array, ``Raster.nodata`` bool mask (True = no data: the
    band's nodata value, NaN, and the layer's own "additional no data" ranges),
    ``Raster.grid`` (core.geometry.rastergrid.Grid: ``geotransform``, ``crs_wkt``, ``crs_authid``,
    ``cell_of()``, ``window()``...). ``bbox`` (xmin, ymin, xmax, ymax in the raster's CRS)
    reads only the cells covering it (plus one cell); None when it does not overlap.
    A raster without CRS, a rotated raster or an unreadable band raises
    QgsProcessingException with a clear message.
``raster_grid(layer_or_path, what="raster") -> Grid``
    The grid and CRS without reading any cell.
``raster_crs(layer_or_path) -> QgsCoordinateReferenceSystem``
``write_geotiff(path, array, grid_or_geotransform, crs=None, nodata=None) -> path``
    A tiled, DEFLATE-compressed GeoTIFF (BigTIFF when needed). ``crs``: a
    QgsCoordinateReferenceSystem, WKT or "EPSG:xxxx" (default: the grid's own CRS). NaN cells
    are written as ``nodata`` when one is given. Float64 arrays are written as Float32 unless
    ``keep_float64=True``.
``transform_xy(xy, src_crs, dst_crs) -> xy``
    Many points between two CRSs at once (OSR, traditional x/y order).

Layers from the GDAL provider are read through GDAL directly (fast, windowed); other providers
(WMS/WCS, virtual rasters made by QGIS) through QgsRasterDataProvider.block.
"""
import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsRasterLayer,
    QgsRectangle,
)

from ..core.common.errors import UrbanPlanError
from ..core.geometry.rastergrid import Grid, Raster
from ..i18n import tr
from .qgis_compat import gdal_exceptions


def _gdal():
    """The gdal module, with the process-wide exception setting left as it is (see
    qgis_compat.gdal_exceptions for the blocks that want exceptions)."""
    from osgeo import gdal
    return gdal


def _as_layer(src, what):
    """(QgsRasterLayer or None, file path or None) for a layer or a path."""
    if isinstance(src, QgsRasterLayer):
        if not src.isValid():
            raise QgsProcessingException(tr("The {what} layer is not valid (the file may have "
                                            "moved or be unreadable).").format(what=what))
        return src, (src.source() if src.providerType() == "gdal" else None)
    if src is None or (isinstance(src, str) and not src):
        raise QgsProcessingException(tr("No {what} was given.").format(what=what))
    return None, str(src)


def _open(path, what):
    try:
        with gdal_exceptions() as gdal:
            ds = gdal.Open(path, gdal.GA_ReadOnly)
    except RuntimeError as exc:
        raise QgsProcessingException(tr("The {what} '{p}' could not be opened as a raster: {e}")
                                     .format(what=what, p=path, e=exc)) from None
    if ds is None:
        raise QgsProcessingException(tr("The {what} '{p}' could not be opened as a raster.")
                                     .format(what=what, p=path))
    return ds


def raster_crs(src, what="raster"):
    """The CRS of a raster layer (as QGIS knows it: a CRS assigned in QGIS wins) or file."""
    layer, path = _as_layer(src, what)
    if layer is not None:
        return layer.crs()
    ds = _open(path, what)
    wkt = ds.GetProjection() or ""
    return QgsCoordinateReferenceSystem.fromWkt(wkt) if wkt else QgsCoordinateReferenceSystem()


def _check_crs(crs, what):
    if crs is None or not crs.isValid():
        raise QgsProcessingException(tr(
            "The {what} has no coordinate reference system, so it cannot be placed on the map "
            "with the other layers. Assign its CRS (Layer Properties > Source, or Raster > "
            "Projections > Assign Projection) and run again.").format(what=what))


def _crs_wkt(crs):
    try:
        from qgis.core import QgsCoordinateReferenceSystem as C
        return crs.toWkt(C.WktVariant.WKT_PREFERRED_GDAL)
    except AttributeError:  # very old bindings
        return crs.toWkt()


def raster_grid(src, what="raster"):
    """The raster's Grid (with CRS) without reading cells."""
    layer, path = _as_layer(src, what)
    crs = layer.crs() if layer is not None else raster_crs(path, what)
    _check_crs(crs, what)
    if path is not None:
        ds = _open(path, what)
        gt, rows, cols = ds.GetGeoTransform(), ds.RasterYSize, ds.RasterXSize
    else:
        ext = layer.extent()
        rows, cols = layer.height(), layer.width()
        gt = (ext.xMinimum(), ext.width() / cols, 0.0, ext.yMaximum(), 0.0, -ext.height() / rows)
    gt = tuple(gt)
    if gt[5] > 0 and gt[2] == 0 and gt[4] == 0:  # south-up: described as the flipped grid
        gt = (gt[0], gt[1], 0.0, gt[3] + rows * gt[5], 0.0, -gt[5])
    try:
        return Grid.from_geotransform(gt, rows, cols, _crs_wkt(crs), crs.authid())
    except UrbanPlanError as exc:
        from .layers import engine_message
        raise QgsProcessingException(f"{what}: {engine_message(exc)}") from None


def _user_nodata(layer, band, values):
    """Mask of the layer's 'additional no data values' ranges (Layer Properties > Transparency)."""
    mask = np.zeros(values.shape, dtype=bool)
    if layer is None:
        return mask
    for rng in layer.dataProvider().userNoDataValues(band):
        lo, hi = rng.min(), rng.max()  # treated as inclusive
        mask |= (values >= lo) & (values <= hi)
    return mask


def read_raster(src, band=1, bbox=None, dtype=np.float32, what="raster"):
    """One band of a raster layer or file as a :class:`core.geometry.rastergrid.Raster` (see module
    doc).

    Returns None when ``bbox`` is given and does not overlap the raster."""
    layer, path = _as_layer(src, what)
    grid = raster_grid(src, what)
    win = (0, grid.rows, 0, grid.cols)
    if bbox is not None:
        win = grid.window(bbox, pad=1)
        if win is None:
            return None
    r0, r1, c0, c1 = win
    sub = grid.subgrid(r0, r1, c0, c1)
    use_source_nodata = True
    if layer is not None:
        nb = layer.bandCount()
        if band < 1 or band > nb:
            raise QgsProcessingException(tr("The {what} has {n} band(s); band {b} does not exist.")
                                         .format(what=what, n=nb, b=band))
        use_source_nodata = layer.dataProvider().useSourceNoDataValue(band)
    if path is not None:
        ds = _open(path, what)
        if band < 1 or band > ds.RasterCount:
            raise QgsProcessingException(tr("The {what} has {n} band(s); band {b} does not exist.")
                                         .format(what=what, n=ds.RasterCount, b=band))
        b = ds.GetRasterBand(band)
        south_up = ds.GetGeoTransform()[5] > 0
        if south_up:  # file rows run south to north: read the mirrored window and flip it
            rr0, rr1 = grid.rows - r1, grid.rows - r0
        else:
            rr0, rr1 = r0, r1
        from .gdal_errors import _pushed, damaged_message
        with _pushed() as errors:       # GDAL's own words, not just "failed"
            try:
                arr = b.ReadAsArray(c0, rr0, c1 - c0, rr1 - rr0)
            except RuntimeError as exc:
                errors.failures.append(str(exc))
                arr = None
        if arr is None or errors.failures:
            raise QgsProcessingException(damaged_message(
                tr("{what} '{p}'").format(what=what, p=os.path.basename(path)),
                errors.failures or [tr("no cell could be read")]))
        if south_up:
            arr = arr[::-1]
        nodata_value = b.GetNoDataValue() if use_source_nodata else None
    else:
        arr, nodata_value = _read_block(layer, band, sub)
    nodata = np.zeros(arr.shape, dtype=bool)
    if nodata_value is not None and not np.isnan(nodata_value):
        nodata |= arr == np.asarray(nodata_value).astype(arr.dtype)
    values = arr.astype(dtype, copy=False) if dtype is not None else arr
    if np.issubdtype(values.dtype, np.floating):
        nodata |= np.isnan(values)
    nodata |= _user_nodata(layer, band, values)
    source = path or (layer.source() if layer is not None else "")
    return Raster(values, nodata, sub, nodata_value, source)


_QGIS_DTYPES = {
    "Byte": np.uint8, "UInt16": np.uint16, "Int16": np.int16, "UInt32": np.uint32,
    "Int32": np.int32, "Float32": np.float32, "Float64": np.float64,
}


def _read_block(layer, band, grid):
    """Cells through QgsRasterDataProvider.block (non-GDAL providers)."""
    xmin, ymin, xmax, ymax = grid.extent
    prov = layer.dataProvider()
    block = prov.block(band, QgsRectangle(xmin, ymin, xmax, ymax), grid.cols, grid.rows)
    if block is None or not block.isValid():
        raise QgsProcessingException(tr("The raster layer's provider returned no data."))
    dtype_name = str(block.dataType()).split(".")[-1]
    np_type = _QGIS_DTYPES.get(dtype_name)
    if np_type is None:
        # any other type: go cell by cell through value() (slow, rare)
        arr = np.array([[block.value(r, c) for c in range(grid.cols)] for r in range(grid.rows)],
                       dtype=np.float64)
    else:
        arr = np.frombuffer(bytes(block.data()), dtype=np_type).reshape(grid.rows, grid.cols).copy()
    arr = arr.astype(np.float64)
    if block.hasNoDataValue():
        arr[arr == block.noDataValue()] = np.nan
    elif block.hasNoData():
        nodata = np.array([[block.isNoData(r, c) for c in range(grid.cols)]
                           for r in range(grid.rows)], dtype=bool)
        arr[nodata] = np.nan
    return arr, None


def _crs_to_wkt(crs, grid=None):
    if crs is None:
        return grid.crs_wkt if grid is not None else ""
    if isinstance(crs, QgsCoordinateReferenceSystem):
        return _crs_wkt(crs) if crs.isValid() else ""
    text = str(crs)
    if text.upper().startswith(("EPSG:", "ESRI:", "IGNF:")) or text.startswith("+proj"):
        c = QgsCoordinateReferenceSystem(text)
        return _crs_wkt(c) if c.isValid() else ""
    return text


def write_geotiff(path, array, grid, crs=None, nodata=None, keep_float64=False):
    """Write a 2-D array as a GeoTIFF (see module doc). ``grid``: a Grid or a geotransform."""
    gdal = _gdal()
    arr = np.asarray(array)
    if arr.ndim != 2:
        raise QgsProcessingException("write_geotiff needs a 2-D array")
    gt = grid.geotransform if isinstance(grid, Grid) else tuple(grid)
    wkt = _crs_to_wkt(crs, grid if isinstance(grid, Grid) else None)
    if arr.dtype == np.float64 and not keep_float64:
        arr = arr.astype(np.float32)
    if arr.dtype == np.bool_:
        arr = arr.astype(np.uint8)
    codes = {np.dtype(np.uint8): gdal.GDT_Byte, np.dtype(np.int16): gdal.GDT_Int16,
             np.dtype(np.uint16): gdal.GDT_UInt16, np.dtype(np.int32): gdal.GDT_Int32,
             np.dtype(np.uint32): gdal.GDT_UInt32, np.dtype(np.float32): gdal.GDT_Float32,
             np.dtype(np.float64): gdal.GDT_Float64}
    if arr.dtype not in codes:
        arr = arr.astype(np.float32 if np.issubdtype(arr.dtype, np.floating) else np.int32)
    if nodata is not None and np.issubdtype(arr.dtype, np.floating):
        arr = np.where(np.isnan(arr), np.asarray(nodata, dtype=arr.dtype), arr)
    path = str(path)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    rows, cols = arr.shape
    opts = ["COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
    if rows >= 256 and cols >= 256:
        opts += ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"]
    if np.issubdtype(arr.dtype, np.floating):
        opts.append("PREDICTOR=3")
    if os.path.exists(path):
        gdal.GetDriverByName("GTiff").Delete(path) if _is_gtiff(path) else os.remove(path)
    ds = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, codes[arr.dtype], opts)
    if ds is None:
        raise QgsProcessingException(tr("Could not create the GeoTIFF '{p}'.").format(p=path))
    ds.SetGeoTransform(gt)
    if wkt:
        ds.SetProjection(wkt)
    b = ds.GetRasterBand(1)
    if nodata is not None:
        b.SetNoDataValue(float(nodata))
    b.WriteArray(arr)
    valid = arr[arr != nodata] if nodata is not None else arr.ravel()
    if np.issubdtype(valid.dtype, np.floating):
        valid = valid[np.isfinite(valid)]
    if valid.size:
        # exact statistics stored with the file: GDAL would otherwise estimate them from a
        # sample, which misses a small flooded area and logs "no valid pixels found"
        v = valid.astype(np.float64)
        b.SetStatistics(float(v.min()), float(v.max()), float(v.mean()), float(v.std()))
    b.FlushCache()
    ds = None
    return path


def _is_gtiff(path):
    return path.lower().endswith((".tif", ".tiff"))


def transform_xy(xy, src_crs, dst_crs):
    """(n, 2) points from one CRS to another (QgsCoordinateReferenceSystem, WKT or authid)."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    src_wkt, dst_wkt = _crs_to_wkt(src_crs), _crs_to_wkt(dst_crs)
    if not len(xy) or src_wkt == dst_wkt:
        return xy.copy()
    from osgeo import osr
    with gdal_exceptions():
        s, d = osr.SpatialReference(), osr.SpatialReference()
        s.ImportFromWkt(src_wkt)
        d.ImportFromWkt(dst_wkt)
        if s.IsSame(d):
            return xy.copy()
        for ref in (s, d):
            ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ct = osr.CoordinateTransformation(s, d)
    out = np.full_like(xy, np.nan)
    ok = np.isfinite(xy).all(axis=1)
    if ok.any():
        res = np.asarray(ct.TransformPoints(xy[ok].tolist()), dtype=np.float64)
        out[ok] = res[:, :2]
    return out


def crs_metrics(grid):
    """(geographic, metres per CRS unit, (semi-major, semi-minor) axes in metres) of a Grid's
    CRS, read with OSR (the same answer on every QGIS version). Used to turn cell counts into
    m²: projected grids scale by the unit (feet...), geographic grids use the ellipsoid."""
    from osgeo import osr
    srs = osr.SpatialReference()
    with gdal_exceptions():
        srs.ImportFromWkt(grid.crs_wkt
                          or _crs_to_wkt(QgsCoordinateReferenceSystem(grid.crs_authid)))
    geographic = bool(srs.IsGeographic())
    unit = 1.0 if geographic else float(srs.GetLinearUnits() or 1.0)
    return geographic, unit, (float(srs.GetSemiMajor()), float(srs.GetSemiMinor()))


def ground_cell_areas(grid, crs, feedback=None, what="raster"):
    """Cell areas in m² per row of a projected grid whose map unit is not a ground metre (Web
    Mercator away from the equator, a CRS in feet): each row's cell in the middle column
    measured on the CRS's ellipsoid, with a log note. None for a grid in ground metres or in
    degrees (their areas are exact already)."""
    from qgis.core import QgsDistanceArea, QgsGeometry, QgsPointXY, QgsProject

    from .layers import GROUND_METRE_TOLERANCE, metres_per_unit
    if crs is None or not crs.isValid() or crs.isGeographic():
        return None
    xmin, ymin, xmax, ymax = grid.extent
    k = metres_per_unit(crs, QgsRectangle(xmin, ymin, xmax, ymax))
    if k is None or abs(k - 1.0) <= GROUND_METRE_TOLERANCE:
        return None
    da = QgsDistanceArea()
    da.setSourceCrs(crs, QgsProject.instance().transformContext())
    if not da.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030"):
        da.setEllipsoid("EPSG:7030")
    x0 = xmin + (grid.cols // 2) * grid.dx
    areas = np.empty(grid.rows)
    for r in range(grid.rows):
        top = ymax - r * grid.dy
        ring = [QgsPointXY(x0, top), QgsPointXY(x0 + grid.dx, top),
                QgsPointXY(x0 + grid.dx, top - grid.dy), QgsPointXY(x0, top - grid.dy),
                QgsPointXY(x0, top)]
        areas[r] = da.measureArea(QgsGeometry.fromPolygonXY([ring]))
    if feedback is not None:
        feedback.pushInfo(tr(
            "The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its "
            "centre (Web Mercator and CRSs in feet are not in ground metres): cell areas are "
            "measured on the ellipsoid row by row ({lo:,.1f} to {hi:,.1f} m² instead of "
            "{nominal:,.1f}).").format(what=what, c=crs.authid(), d=crs.description(), k=k,
                                       lo=float(areas.min()), hi=float(areas.max()),
                                       nominal=grid.dx * grid.dy))
    return areas


def has_valid_cell(src, band=1, what="raster"):
    """True when the raster holds at least one cell with data (read block by block, stopping at
    the first valid one; layers of other providers are read whole)."""
    layer, path = _as_layer(src, what)
    if path is None:
        r = read_raster(src, band=band, what=what)
        return bool((~r.nodata).any())
    ds = _open(path, what)
    if band < 1 or band > ds.RasterCount:
        return False
    b = ds.GetRasterBand(band)
    use_nodata = layer.dataProvider().useSourceNoDataValue(band) if layer is not None else True
    nodata_value = b.GetNoDataValue() if use_nodata else None
    _bx, by = b.GetBlockSize()
    rows_per_read = max(1, 4_000_000 // max(ds.RasterXSize, 1))    # about 16 MB a read
    step = max(by, 1) * max(1, rows_per_read // max(by, 1))
    for r0 in range(0, ds.RasterYSize, step):
        rows = min(step, ds.RasterYSize - r0)
        try:
            arr = b.ReadAsArray(0, r0, ds.RasterXSize, rows)
        except RuntimeError:    # GDAL exceptions on: unreadable, the read itself reports it
            arr = None
        if arr is None:
            return True     # unreadable: the read itself reports it
        ok = np.ones(arr.shape, dtype=bool)
        if nodata_value is not None and not np.isnan(nodata_value):
            ok &= arr != np.asarray(nodata_value).astype(arr.dtype)
        if np.issubdtype(arr.dtype, np.floating):
            ok &= ~np.isnan(arr)
        ok &= ~_user_nodata(layer, band, arr)
        if ok.any():
            return True
    return False


def check_has_data(src, what, band=1):
    """Refuse a raster whose every cell is no data (a flood event raster read as 'dry
    everywhere' would silently lower the expected damage)."""
    if not has_valid_cell(src, band, what):
        raise QgsProcessingException(tr(
            "The {what} has no valid cell: every cell is no data. Check its nodata value (Layer "
            "Properties > Transparency, or the file's nodata flag) and that it is the right "
            "file.").format(what=what))


def mask_sentinels(raster, what, feedback=None, refuse_empty=True):
    """Mask sentinel values (core.geometry.sentinels: -9999 holes of a raster exported without
    its nodata flag...) as no data, with a warning that says how to fix the file; refuse a
    raster left without any valid cell (``refuse_empty``; a depth window may well be all no
    data where the water model wrote no data for dry land). Returns the raster (its mask updated
    in place)."""
    from ..core.geometry.sentinels import describe_values, find_sentinels
    found = find_sentinels(raster.values, raster.nodata)
    if found:
        raster.nodata = raster.nodata | found.mask
        if feedback is not None:
            flag = (tr("its nodata value is {v:g}").format(v=raster.nodata_value)
                    if raster.nodata_value is not None else tr("it has no nodata value set"))
            feedback.pushWarning(tr(
                "The {what} holds {n:,} cell(s) of {vals} ({flag}): no ground elevation or "
                "water depth is that far from sea level, so they are treated as no data. Set "
                "the raster's nodata value (Layer Properties > Transparency, or gdal_translate "
                "-a_nodata) to make this explicit.").format(
                what=what, n=found.count, vals=describe_values(found.values), flag=flag))
    if refuse_empty and raster.nodata.all():
        raise QgsProcessingException(tr(
            "The {what} has no valid cell here: every cell is no data. Check its nodata value "
            "(Layer Properties > Transparency, or the file's nodata flag) and that it covers "
            "the area.").format(what=what))
    return raster


def ground_cells_or_refuse(grid, crs, what="raster"):
    """Refuse a projected grid whose map unit is not a ground metre at its centre (Web
    Mercator away from the equator, a CRS in feet) where the cells must be metres (a water
    flow simulation): the message says how far off it is and how to reproject."""
    from .layers import GROUND_METRE_TOLERANCE, metres_per_unit
    if crs is None or not crs.isValid() or crs.isGeographic():
        return
    xmin, ymin, xmax, ymax = grid.extent
    k = metres_per_unit(crs, QgsRectangle(xmin, ymin, xmax, ymax))
    if k is not None and abs(k - 1.0) > GROUND_METRE_TOLERANCE:
        raise QgsProcessingException(tr(
            "The {what} is in {c} ({d}), where one map unit is {k:.3f} ground metres at its "
            "centre (Web Mercator and CRSs in feet are not in ground metres), so its cells are "
            "not the size they say. Reproject it to a projected CRS in metres (for example the "
            "UTM zone of the area) with Raster > Projections > Warp, then run again.").format(
            what=what, c=crs.authid(), d=crs.description(), k=k))
