"""Comparison results out: the indicator table as CSV or XLSX, the layers to a GeoPackage (raster
layers as GeoTIFFs beside it)."""
import csv
import os
import re

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.scenarios.lenses import indicator_label
from ..core.scenarios.model import BASELINE_NAME
from ..qgis_io.qgis_compat import save_style_to_database


def table_rows(result):
    """The side-by-side table as a header and rows of plain values."""
    header = ["indicator", "label", BASELINE_NAME]
    for n in result.names[1:]:
        header += [n, f"{n} change", f"{n} % change", f"{n} verdict"]
    rows = []
    for row in result.indicator_rows():
        line = [row["indicator"], indicator_label(row["indicator"]), row["base"]]
        for n in result.names[1:]:
            c = row["scenarios"][n]
            line += [c["scenario"], c["delta"], c["pct_change"], c["verdict"]]
        rows.append(line)
    return [header] + rows


def export_table(path, rows):
    """Write rows (header first) to .csv (UTF-8 with BOM, opens in Excel) or .xlsx (openpyxl
    when installed, else GDAL's XLSX driver). Returns the path written."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".xlsx":
        try:
            import openpyxl
        except ImportError:
            openpyxl = None
        if openpyxl is not None:
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "comparison"
            for r in rows:
                ws.append(list(r))
            wb.save(path)
            return path
        return _xlsx_with_gdal(path, rows)
    if ext != ".csv":
        path += ".csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
    return path


def _xlsx_with_gdal(path, rows):
    from osgeo import ogr
    drv = ogr.GetDriverByName("XLSX")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer("comparison", geom_type=ogr.wkbNone)
    header = rows[0]
    names = []
    for i, h in enumerate(header):
        numeric = all(isinstance(r[i], (int, float)) or r[i] is None for r in rows[1:])
        name = str(h)[:60]
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTReal if numeric and i >= 2 else ogr.OFTString))
        names.append(name)
    defn = lyr.GetLayerDefn()
    for r in rows[1:]:
        f = ogr.Feature(defn)
        for i, v in enumerate(r):
            if v is not None:
                f.SetField(i, v if isinstance(v, (int, float)) else str(v))
        lyr.CreateFeature(f)
    ds = None
    return path


def _safe(name):
    s = re.sub(r"[^0-9A-Za-z_]+", "_", name).strip("_").lower()
    return s[:60] or "layer"


def export_layers(path, result):
    """Results, difference layers (with their style as the default style) and summaries into
    one GeoPackage. Returns the layer names written."""
    written = []
    todo = []
    for name in result.names:
        for out, layer in result.runs[name].layers.items():
            todo.append((f"{result.spec.key}_{out.lower()}_{name}", layer, False))
    for name, layer in result.deltas.items():
        if name in result.raster_deltas:
            for out, raster in result.raster_deltas[name].items():
                todo.append((f"{result.spec.key}_change_{out.lower()}_{name}", raster, True))
        elif layer is not None:
            todo.append((f"{result.spec.key}_change_{name}", layer, True))
    for lname, layer, styled in todo:
        if isinstance(layer, QgsRasterLayer):
            # rasters as GeoTIFFs beside the GeoPackage, with their style (.qml)
            from ..project.comparison_store import raster_path, write_raster
            write_raster(layer, raster_path(path, _safe(lname)))
            written.append(os.path.basename(raster_path(path, _safe(lname))))
            continue
        opts = QgsVectorFileWriter.SaveVectorOptions()
        opts.driverName = "GPKG"
        opts.layerName = _safe(lname)
        opts.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if os.path.exists(path)
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
        res = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, path, QgsCoordinateTransformContext(), opts)
        if res[0] != QgsVectorFileWriter.WriterError.NoError:
            raise OSError(f"Could not write {opts.layerName} to {path}: {res[1]}")
        written.append(opts.layerName)
        if styled:
            saved = QgsVectorLayer(f"{path}|layername={opts.layerName}", opts.layerName, "ogr")
            if saved.isValid():
                saved.setRenderer(layer.renderer().clone())
                save_style_to_database(saved, opts.layerName[:30],
                                       "UrbanPlan: blue = better, red = worse", True)
    return written
