"""Zones (districts, subdistricts, neighbourhoods): which zone each point falls in."""
import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessingException

from ..i18n import tr
from .layers import _value, transform_to


def zone_of_points(xy, zones, field, crs, context=None, feedback=None):
    """The ``field`` value of the zone polygon containing each point (None outside every zone).

    ``xy`` (n, 2) are in ``crs``; zones in any CRS are reprojected. A point on a shared border
    or inside overlapping zones goes to the first zone (in feature order) that contains it."""
    if zones.fields().lookupField(field) < 0:
        raise QgsProcessingException(tr("Zone field '{f}' is not in the zone layer.").format(
            f=field))
    xform = transform_to(zones, crs, context)
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    out = np.full(len(xy), None, dtype=object)
    todo = np.isfinite(xy).all(axis=1)
    request = QgsFeatureRequest().setSubsetOfAttributes([field], zones.fields())
    for feat in zones.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = QgsGeometry(geom)
        if xform is not None:
            geom.transform(xform)
        box = geom.boundingBox()
        cand = np.flatnonzero(todo & (xy[:, 0] >= box.xMinimum()) & (xy[:, 0] <= box.xMaximum())
                              & (xy[:, 1] >= box.yMinimum()) & (xy[:, 1] <= box.yMaximum()))
        if len(cand) == 0:
            continue
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        value = _value(feat[field])
        label = "NULL" if value is None else str(value)
        for i in cand:
            pt = QgsGeometry.fromPointXY(QgsPointXY(xy[i, 0], xy[i, 1]))
            if engine.intersects(pt.constGet()):
                out[i] = label
                todo[i] = False
    return out
