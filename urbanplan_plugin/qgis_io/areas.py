"""Study areas (an extent or polygon features) as longitude/latitude WKT for the engine."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
)

from ..i18n import tr
from .layers import _transformed, layer_label

WGS84 = "EPSG:4326"


def polygons_to_wgs84_wkt(source, context=None, feedback=None):
    """The union of a polygon source's features, in EPSG:4326, as WKT (invalid parts repaired,
    null and empty geometries skipped)."""
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    src_crs = source.sourceCrs()
    if not src_crs.isValid():
        raise QgsProcessingException(tr(
            "The area polygon layer has no coordinate reference system. Set it with Layer "
            "Properties > Source > Assigned CRS, then run again."))
    tctx = context.transformContext() if context is not None else \
        QgsProject.instance().transformContext()
    xform = QgsCoordinateTransform(src_crs, wgs84, tctx) if src_crs != wgs84 else None
    geoms = []
    for feat in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = QgsGeometry(geom)
        if not geom.isGeosValid():
            geom = geom.makeValid()
        geom = _transformed(geom, xform, layer_label(source))
        geoms.append(geom)
    if not geoms:
        raise QgsProcessingException(tr(
            "The area polygon layer has no usable polygon (all geometries are empty). Choose a "
            "layer with at least one polygon, or draw an extent instead."))
    union = QgsGeometry.unaryUnion(geoms) if len(geoms) > 1 else geoms[0]
    if union is None or union.isNull() or union.isEmpty():
        raise QgsProcessingException(tr("The area polygons could not be merged into one area. "
                                        "Repair them (Vector > Geometry tools > Fix geometries)."))
    if feedback is not None:
        feedback.pushInfo(tr("Study area: the union of {n} polygon(s).").format(n=len(geoms)))
    return union.asWkt(9)


def extent_to_wgs84_wkt(algorithm, parameters, name, context):
    """The extent parameter ``name`` as a lon/lat polygon WKT, or None when it is not set."""
    if parameters.get(name) in (None, ""):
        return None
    rect = algorithm.parameterAsExtent(parameters, name, context)
    if rect is None or rect.isNull() or rect.isEmpty():
        return None
    geom = algorithm.parameterAsExtentGeometry(parameters, name, context,
                                               QgsCoordinateReferenceSystem(WGS84))
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    return geom.asWkt(9)
