"""Zones (districts, subdistricts, neighbourhoods): which zone each point falls in.

The zone polygons are read as WKB (reprojected, curves segmentized) and handed to the engine's
one point-in-zone rule, :func:`core.geometry.zones.points_in_polygons`: a point on a zone's
border belongs to it, and a point that several zones hold (a shared border or vertex,
overlapping zones) goes to the first of them in the layer's feature order."""
import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..core.geometry.wkb import polygons_from_wkb
from ..core.geometry.zones import points_in_polygons, zone_name
from ..i18n import tr
from .layers import Repairs, _transformed, _value, transform_to, unchecked_features
from .points import geometry_wkb


def read_zone_polygons(zones, field, crs, context=None, feedback=None, skip_empty=False):
    """(PolygonSet in ``crs``, label per polygon) of a zone layer, in feature order.

    ``field`` names the zones (a NULL name is labelled ``(no zone name)``,
    core.geometry.zones.NO_ZONE_NAME); without a field each zone is named by its feature id.
    Features without geometry get a polygon without rings (they hold no point), or are left
    out with ``skip_empty`` (the lenses that report per zone), which then refuses a layer
    without any polygon."""
    if field and zones.fields().lookupField(field) < 0:
        raise QgsProcessingException(tr("Zone field '{f}' is not in the zone layer.").format(
            f=field))
    xform = transform_to(zones, crs, context, tr("zone"))
    request = (QgsFeatureRequest().setSubsetOfAttributes([field], zones.fields()) if field
               else QgsFeatureRequest().setNoAttributes())
    wkbs, labels = [], []
    repairs = Repairs(tr("zones"))
    for feat in unchecked_features(zones, request):
        if feedback is not None and feedback.isCanceled():
            break
        geom = feat.geometry()
        empty = geom is None or geom.isNull() or geom.isEmpty()
        if empty and skip_empty:
            continue
        labels.append(zone_name(_value(feat[field])) if field else str(feat.id()))
        if not empty:
            geom = _transformed(repairs.valid(geom), xform, tr("zones"))
        wkbs.append(geometry_wkb(geom))
    if skip_empty and not wkbs:
        raise QgsProcessingException(tr("The zone layer has no polygon with a geometry."))
    repairs.report(feedback)
    return polygons_from_wkb(wkbs), labels


def zone_of_points(xy, zones, field, crs, context=None, feedback=None):
    """The ``field`` value of the zone polygon holding each point (None outside every zone).

    ``xy`` (n, 2) are in ``crs``; zones in any CRS are reprojected. Border rule: see the
    module (a point on a border belongs to the first zone, in feature order, that has it)."""
    polys, labels = read_zone_polygons(zones, field, crs, context, feedback)
    idx = points_in_polygons(np.asarray(xy, dtype=np.float64).reshape(-1, 2), polys)
    names = np.array(labels + [None], dtype=object)
    return names[idx]
