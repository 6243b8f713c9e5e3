"""Polygons between the engine (shapely, numpy rings) and QGIS.

Used by servicearea (isochrone polygons) and accessibilitygrid (hexagons, zones). Geometries cross
the border as WKB, so the
engine never sees a QgsGeometry and QGIS never sees a shapely object."""
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
)

from .layers import _transformed, layer_label, transform_to


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
        geom = _transformed(geom, xform, layer_label(source))
        if geom.constGet().hasCurvedSegments():
            geom = QgsGeometry(geom.constGet().segmentize())
        if not geom.isGeosValid():
            geom = geom.makeValid()
        out.append(wkb.loads(bytes(geom.asWkb())))
    return out


def extent_tuple(rect):
    return (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())


__all__ = ["to_qgs", "hexagon_geometry", "read_polygons", "extent_tuple"]
