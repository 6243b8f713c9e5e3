"""The compare dock's result layers, kept in GeoPackages beside the project so they survive
saving and opening the project again.

Where: one GeoPackage per comparison run, ``<analysis>_<date-time>.gpkg``, in the folder
``<project folder>/<project name>_comparisons/`` once the project has a file; before the project
is first saved, in a folder of this QGIS session's temporary directory. A file is written once,
before any of its layers is opened (QGIS keeps GeoPackages it has opened in a shared connection;
rewriting a table of such a file can block), and a new run never reuses a file.

Whenever the project is written (``QgsProject.writeProject``, emitted before the layers are
written), every comparison layer whose file is not in the folder beside the project -- a new,
unsaved project; "Save As" into another folder -- is copied there (into a file of the same
name, with its style) and the layer is pointed at the copy, so the ``.qgz`` refers to files
beside it (QGIS stores them as relative paths: the folder can be moved or zipped as a whole).

Every table gets its style as the default style in its GeoPackage's ``layer_styles`` table, so
it is styled also when opened on its own (drag and drop, another project). Raster layers (the
flood simulation's depths and their differences) are GeoTIFFs beside the GeoPackage,
``<gpkg name>_<table>.tif``, each with its style in a ``.qml`` of the same name."""
import hashlib
import os
import re
import tempfile

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.common.errors import UrbanPlanError
from .runs import RUN_PROPERTY

FOLDER_SUFFIX = "_comparisons"
LAYER_PROPERTY = "urbanplan/comparison_table"
"""Custom property of a comparison layer: its table name in the GeoPackage."""
GROUP_PROPERTY = "urbanplan/comparison"
"""Custom property of the Layers panel group of a comparison: the analysis key."""

_session = {}


def _session_folder():
    if "dir" not in _session or not os.path.isdir(_session["dir"]):
        _session["dir"] = tempfile.mkdtemp(prefix="urbanplan_comparisons_")
    return _session["dir"]


def comparison_folder(project=None):
    """The folder the comparison GeoPackages of ``project`` belong in."""
    project = project or QgsProject.instance()
    path = project.fileName()
    if path and not path.startswith(("postgresql:", "geopackage:")):
        folder = os.path.dirname(os.path.abspath(path))
        stem = os.path.splitext(os.path.basename(path))[0] or "project"
        return os.path.join(folder, f"{stem}{FOLDER_SUFFIX}")
    return _session_folder()


def new_comparison_gpkg(key, project=None):
    """A GeoPackage path for one comparison run of analysis ``key`` that no file has yet."""
    import datetime
    folder = comparison_folder(project)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"{table_name(key)}_{stamp}"
    path, n = os.path.join(folder, f"{base}.gpkg"), 1
    while os.path.exists(path):
        n += 1
        path = os.path.join(folder, f"{base}_{n}.gpkg")
    return path


def table_name(*parts):
    """A GeoPackage table name from readable parts: lower-case ASCII, digits and '_'; a short
    hash keeps names apart whose non-ASCII letters (e.g. Chinese) were dropped."""
    text = "_".join(str(p) for p in parts if p)
    clean = re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")
    if not clean or not text.isascii():
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        clean = f"{clean}_{digest}".strip("_")
    if clean[0].isdigit():
        clean = "t_" + clean
    return clean[:60]


def _file_part(source):
    return str(source).split("|")[0]


def write_table(layer, path, table):
    """Write ``layer``'s features to table ``table`` of GeoPackage ``path`` (created when
    missing, the table replaced when present). Raises UrbanPlanError when it cannot."""
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = table
    opts.fileEncoding = "UTF-8"
    opts.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if os.path.exists(path)
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    except OSError as exc:
        error = exc.strerror or str(exc)
    else:
        res = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path,
                                                        QgsCoordinateTransformContext(), opts)
        if res[0] == QgsVectorFileWriter.WriterError.NoError:
            return
        error = res[1]
    raise UrbanPlanError("The comparison layer '{name}' could not be written to {path}: "
                         "{error}. Check that the folder is writable and has free space.",
                         name=layer.name(), path=path, error=error)


def _take_look(src, dst):
    """Renderer, labels, custom properties and name of ``src`` onto ``dst``."""
    if src.renderer() is not None:
        dst.setRenderer(src.renderer().clone())
    if isinstance(src, QgsVectorLayer) and src.labeling() is not None:
        dst.setLabeling(src.labeling().clone())
        dst.setLabelsEnabled(src.labelsEnabled())
    for key in src.customPropertyKeys():
        if key.startswith("urbanplan/"):
            dst.setCustomProperty(key, src.customProperty(key))
    dst.setName(src.name())


def _store_style(layer, uri):
    """``layer``'s style as the default style of the GeoPackage table ``uri``, written through
    a layer of its own (a layer that stays open while ``layer_styles`` is created reads the
    file once more and GDAL logs an error doing it)."""
    from .styles import save_style_with_output
    styled = QgsVectorLayer(uri, layer.name(), "ogr")
    if styled.isValid():
        _take_look(layer, styled)
        save_style_with_output(styled)
    del styled


def save_layers(entries, path, project=None):
    """Comparison layers (memory layers) as GeoPackage layers: every ``(layer, table, record)``
    of ``entries`` is written to ``path`` with its style stored as the table's default style,
    then opened again with the same look. ``record`` (a run record, see project.runs) is kept
    as the layer's ``urbanplan/run`` property for reports. Layers of the project that read the
    same file are refreshed (another connection changed it). Returns the new layers, in the
    order of ``entries`` (not yet in a project)."""
    import json
    for layer, table, _record in entries:
        if isinstance(layer, QgsRasterLayer):
            write_raster(layer, raster_path(path, table))
            continue
        write_table(layer, path, table)
        _store_style(layer, f"{path}|layername={table}")
    _refresh_readers(path, project)
    out = []
    for layer, table, record in entries:
        if isinstance(layer, QgsRasterLayer):
            new = QgsRasterLayer(raster_path(path, table), layer.name(), "gdal")
        else:
            new = QgsVectorLayer(f"{path}|layername={table}", layer.name(), "ogr")
        if not new.isValid():
            raise UrbanPlanError("The comparison layer '{name}' was written to {path} but "
                                 "cannot be opened again.", name=layer.name(), path=path)
        _take_look(layer, new)
        new.setCustomProperty(LAYER_PROPERTY, table)
        if record:
            new.setCustomProperty(RUN_PROPERTY, json.dumps(record, default=str))
        out.append(new)
    return out


def raster_path(gpkg, table):
    """Where a comparison raster goes: a GeoTIFF beside the comparison's GeoPackage, named
    after it and the table (GeoPackage rasters are tiles, not the float cells of a
    difference)."""
    return f"{os.path.splitext(gpkg)[0]}_{table}.tif"


def write_raster(layer, target):
    """Copy a raster layer's GeoTIFF to ``target`` with its style as a .qml beside it (QGIS
    loads it as the file's default style). Raises UrbanPlanError when it cannot."""
    import shutil

    from .styles import save_style_with_output
    src = _file_part(layer.source())
    try:
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        shutil.copyfile(src, target)
    except OSError as exc:
        raise UrbanPlanError("The comparison layer '{name}' could not be written to {path}: "
                             "{error}. Check that the folder is writable and has free space.",
                             name=layer.name(), path=target,
                             error=exc.strerror or str(exc)) from None
    copy = QgsRasterLayer(target, layer.name(), "gdal")
    if copy.isValid():
        _take_look(layer, copy)
        save_style_with_output(copy)
    del copy


def _refresh_readers(path, project=None):
    """Layers of the project reading ``path`` reopen it (GDAL fails once, with an error in the
    log, on a GeoPackage another connection has written to)."""
    project = project or QgsProject.instance()
    for lyr in project.mapLayers().values():
        try:
            src = _file_part(lyr.source())
            if os.path.exists(src) and os.path.samefile(src, path):
                lyr.dataProvider().reloadData()
        except (OSError, RuntimeError, AttributeError):
            continue


def comparison_layers(project=None):
    """The project's comparison layers (those saved by :func:`save_layer`)."""
    project = project or QgsProject.instance()
    return [lyr for lyr in project.mapLayers().values()
            if isinstance(lyr, (QgsVectorLayer, QgsRasterLayer))
            and lyr.customProperty(LAYER_PROPERTY)]


def move_beside_project(project=None):
    """Copy every comparison layer kept elsewhere into the folder beside the project (a file of
    the same name, created for the copy) and point the layer at the copy. Returns the number of
    layers moved. Called just before the project is written; a layer that cannot be copied
    keeps its source (and is reported in the message log)."""
    project = project or QgsProject.instance()
    if not project.fileName():
        return 0
    folder = comparison_folder(project)
    targets = {}            # source file -> the new file beside the project
    todo, problems = [], []
    for layer in comparison_layers(project):
        src = _file_part(layer.source())
        if os.path.isdir(folder) and os.path.exists(src) and \
                os.path.samefile(os.path.dirname(src), folder):
            continue
        if isinstance(layer, QgsRasterLayer):
            target = os.path.join(folder, os.path.basename(src))
            stem, n = os.path.splitext(target)[0], 2
            while os.path.exists(target):
                target = f"{stem}_{n}.tif"
                n += 1
            try:
                write_raster(layer, target)
            except UrbanPlanError as exc:
                problems.append(str(exc))
                continue
            todo.append((layer, target, None))
            continue
        if src not in targets:
            target = os.path.join(folder, os.path.basename(src))
            if os.path.exists(target):          # never write into a file QGIS may hold open
                stem = os.path.splitext(target)[0]
                n = 2
                while os.path.exists(f"{stem}_{n}.gpkg"):
                    n += 1
                target = f"{stem}_{n}.gpkg"
            targets[src] = target
        table = str(layer.customProperty(LAYER_PROPERTY))
        try:
            write_table(layer, targets[src], table)
        except UrbanPlanError as exc:
            problems.append(str(exc))
            continue
        _store_style(layer, f"{targets[src]}|layername={table}")
        todo.append((layer, targets[src], table))
    for layer, target, table in todo:
        if table is None:
            layer.setDataSource(target, layer.name(), "gdal")
        else:
            layer.setDataSource(f"{target}|layername={table}", layer.name(), "ogr")
    if problems:
        from qgis.core import Qgis, QgsMessageLog
        for p in problems:
            QgsMessageLog.logMessage(p, "UrbanPlan", Qgis.MessageLevel.Warning)
    return len(todo)
