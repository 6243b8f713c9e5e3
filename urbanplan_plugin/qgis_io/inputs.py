"""Why an input file cannot be used, in words a planner can act on.

Processing itself only says "Incorrect parameter value for HAZARD" for a raster that does not
open. :func:`file_problem` tells apart a file that does not exist, a file that is not an
OpenStreetMap file (for the OSM inputs), a file GDAL cannot read (with GDAL's own words) and a
GeoPackage without the layer asked for. ``algorithms/base.py`` asks it before Processing's own
check (file parameters) and when that check fails (layer parameters).
"""
import os

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProperty,
)

from ..i18n import tr

OSM_SUFFIXES = (".osm", ".pbf", ".osm.pbf", ".osm.bz2")
LAYER_PARAMETERS = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                    QgsProcessingParameterRasterLayer, QgsProcessingParameterMapLayer,
                    QgsProcessingParameterMultipleLayers)


def is_osm_path(path):
    return str(path).lower().endswith(OSM_SUFFIXES)


def _gdal_open(path, vector=True, osm_only=False):
    """(dataset or None, GDAL's error messages)."""
    from osgeo import gdal

    from .gdal_errors import _pushed
    with _pushed() as collector:
        flags = gdal.OF_VECTOR if vector else gdal.OF_RASTER
        try:
            ds = gdal.OpenEx(path, flags | gdal.OF_READONLY,
                             allowed_drivers=["OSM"] if osm_only else None)
        except RuntimeError as exc:
            collector.failures.append(str(exc))
            ds = None
    return ds, collector.failures


def _split(text):
    """(file path, layer name or None) of a source string 'file.gpkg|layername=x'."""
    parts = str(text).split("|")
    layer = None
    for p in parts[1:]:
        if p.startswith("layername="):
            layer = p[len("layername="):]
    return parts[0], layer


def _looks_like_path(text):
    return os.sep in text or "/" in text or os.path.splitext(text)[1] != ""


def file_problem(what, value, context=None, raster=False, osm=False, layer=True, either=False):
    """The message for an input ``value`` (a path or source string) that cannot be used, or ''.

    ``what`` names the input; ``raster`` for raster inputs; ``osm`` for OpenStreetMap files;
    ``layer=False`` for plain files (presets, curves) that only need to exist; ``either`` for
    inputs that may be a raster or a vector layer."""
    if isinstance(value, QgsProperty):
        if value.propertyType() != QgsProperty.Type.StaticProperty:
            return ""
        value = value.staticValue()
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip()
    if layer and context is not None and context.project() is not None and \
            context.project().mapLayer(text) is not None:
        return ""
    path, layer_name = _split(text)
    if not _looks_like_path(path) or path.startswith(("memory", "/vsi", "dbname=", "ogr:",
                                                      "postgres")):
        return ""
    if not os.path.exists(path):
        return tr("The file given for '{what}' does not exist: {p}. Check the path (was the "
                  "file moved or renamed?) and choose it again.").format(what=what, p=path)
    if os.path.isdir(path) and not path.lower().endswith((".gdb", ".zarr")):
        return tr("The path given for '{what}' is a folder: {p}. Choose a file.").format(
            what=what, p=path)
    if not os.access(path, os.R_OK):
        return tr("The file given for '{what}' cannot be read (no permission): {p}. Check the "
                  "file's permissions.").format(what=what, p=path)
    if osm or (layer and not raster and is_osm_path(path)):
        ds, errors = _gdal_open(path, vector=True, osm_only=True)
        if ds is None:
            return tr("The file given for '{what}' is not an OpenStreetMap file GDAL can "
                      "read{e}: {p}. Choose an .osm or .osm.pbf file (an extract exported from "
                      "OpenStreetMap).").format(what=what, p=path,
                                                 e=f" ({errors[0]})" if errors else "")
        return ""
    if not layer:
        return ""
    ds, errors = _gdal_open(path, vector=not raster)
    if ds is None and either:
        ds, _ = _gdal_open(path, vector=raster)
        raster = not raster if ds is not None else raster
    if ds is None:
        kind = tr("raster") if raster else tr("vector layer")
        return tr("The file given for '{what}' could not be read as a {k}{e}: {p}. The file "
                  "is damaged, incomplete or of a format GDAL does not know. Open it in QGIS to "
                  "check it, or export it again.").format(what=what, p=path, k=kind,
                                                          e=f" ({errors[0]})" if errors else "")
    if layer_name and not raster:
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        if layer_name not in names:
            return tr("The file given for '{what}' has no layer '{n}': {p}. Its layers: "
                      "{names}.").format(what=what, p=path, n=layer_name,
                                         names=", ".join(names) or "-")
    return ""


def input_problems(alg, parameters, context, files_only=False):
    """The first message for an input file of ``alg`` that cannot be used, or ''."""
    for d in alg.parameterDefinitions():
        if d.isDestination() or d.name() not in parameters:
            continue
        value = parameters[d.name()]
        what = d.description()
        if isinstance(d, QgsProcessingParameterFile):
            if d.behavior() != QgsProcessingParameterFile.Behavior.File:
                continue        # a folder parameter: Processing checks it
            osm = "osm" in (d.fileFilter() or "").lower() or d.name() == "OSM_FILE"
            msg = file_problem(what, value, context, osm=osm, layer=False)
        elif files_only or not isinstance(d, LAYER_PARAMETERS):
            continue
        else:
            raster = isinstance(d, QgsProcessingParameterRasterLayer)
            values = value if isinstance(value, (list, tuple)) else [value]
            msg = ""
            for v in values:
                if isinstance(v, str) and QgsProcessingUtils.mapLayerFromString(
                        v, context) is not None:
                    continue
                msg = msg or file_problem(
                    what, v, context, raster=raster,
                    either=isinstance(d, (QgsProcessingParameterMapLayer,
                                          QgsProcessingParameterMultipleLayers)))
        if msg:
            return msg
    return ""
