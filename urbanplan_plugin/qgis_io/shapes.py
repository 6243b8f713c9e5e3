"""Polygons between the engine (shapely, numpy rings) and QGIS, and outputs that copy the input.

Used by servicearea (isochrone polygons), accessibilitygrid (hexagons, zones) and supplydemand
(the demand and facility layers with new fields). Geometries cross the border as WKB, so the
engine never sees a QgsGeometry and QGIS never sees a shapely object."""
import math

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
)

from ..i18n import tr
from .layers import transform_to
from .qgis_compat import make_field


def to_qgs(shape):
    """A multi-polygon QgsGeometry from a shapely (multi)polygon (empty -> empty geometry)."""
    if shape is None or shape.is_empty:
        return QgsGeometry()
    geom = QgsGeometry()
    geom.fromWkb(bytes(shape.wkb))
    geom.convertToMultiType()
    return geom


def hexagon_geometry(ring):
    """A polygon QgsGeometry from one (k, 2) closed ring."""
    return QgsGeometry.fromPolygonXY([[QgsPointXY(float(x), float(y)) for x, y in ring]])


def read_polygons(source, crs, context=None, feedback=None):
    """Shapely polygons of a polygon source, reprojected to ``crs`` (null geometries skipped;
    curves segmentized; invalid ones repaired with makeValid)."""
    from shapely import wkb
    xform = transform_to(source, crs, context)
    out = []
    for feat in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if feedback is not None and feedback.isCanceled():
            break
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = QgsGeometry(geom)
        if xform is not None:
            geom.transform(xform)
        if geom.constGet().hasCurvedSegments():
            geom = QgsGeometry(geom.constGet().segmentize())
        if not geom.isGeosValid():
            geom = geom.makeValid()
        out.append(wkb.loads(bytes(geom.asWkb())))
    return out


def extent_tuple(rect):
    return (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())


def num(value, digits=None):
    """A float for an attribute, None for NaN/inf (written as NULL, never 0)."""
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return round(value, digits) if digits is not None else value


def fields_with(source_fields, new):
    """The source's fields (minus those the analysis writes anew) then ``new`` [(name, kind)].
    Returns (fields, kept indexes, dropped names)."""
    new_lower = {n.lower() for n, _ in new}
    fields = QgsFields()
    kept, dropped = [], []
    for i, f in enumerate(source_fields):
        if f.name().lower() in new_lower:
            dropped.append(f.name())
            continue
        fields.append(f)
        kept.append(i)
    for name, kind in new:
        fields.append(make_field(name, kind))
    return fields, kept, dropped


def write_copy(source, fids, columns, sink, fields, kept, feedback=None, progress=(90.0, 100.0)):
    """Copy every source feature (geometry in its own CRS, kept attributes) and append
    ``columns`` [(kind, values per row of ``fids``)]; NaN -> NULL. False when cancelled."""
    row_of = {fid: i for i, fid in enumerate(fids)}
    total = max(len(fids), 1)
    for j, feat in enumerate(source.getFeatures(QgsFeatureRequest())):
        if j % 5000 == 0 and feedback is not None:
            if feedback.isCanceled():
                return False
            feedback.setProgress(progress[0] + (progress[1] - progress[0]) * j / total)
        i = row_of.get(feat.id())
        out = QgsFeature(fields)
        out.setGeometry(feat.geometry())
        attrs = feat.attributes()
        values = [attrs[c] for c in kept]
        for kind, arr in columns:
            v = None if i is None else num(arr[i])
            if v is not None and kind in ("int", "int64"):
                v = int(round(v))
            values.append(v)
        out.setAttributes(values)
        if not sink.addFeature(out):
            raise QgsProcessingException(tr("Could not write a feature to the output."))
    return True


__all__ = ["to_qgs", "hexagon_geometry", "read_polygons", "extent_tuple", "num", "fields_with",
           "write_copy"]
