"""Points (origins, destinations, facilities) from any point or polygon layer, as arrays.

Polygons stand for their point on surface (a building, a parcel, a hexagon), or, for places one
enters from any side (a park), for every point where their boundary meets the network (the
engine's one entrance rule, :mod:`core.network.entrances`)."""
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsWkbTypes,
)

from ..core.geometry.wkb import polygons_from_wkb
from ..core.network.entrances import boundary_entrances
from ..i18n import tr
from .gdal_errors import reading
from .layers import Repairs, _transformed, _value, layer_label, transform_to


@dataclass
class PointSet:
    """One row per input feature: ``xy`` (n, 2) in the working CRS, ``fids`` feature ids,
    ``attrs`` {field name: numpy object array}. Features without geometry get NaN xy."""

    xy: np.ndarray
    fids: list
    attrs: dict = field(default_factory=dict)
    geometries: list = None  # working-CRS QgsGeometry per feature, when asked for

    def __len__(self):
        return len(self.fids)

    def numeric(self, name, what=None, allow_null=True, allow_negative=False):
        """A float array of a numeric field: NULL -> NaN (or an error), negatives -> error."""
        if name not in self.attrs:
            raise QgsProcessingException(tr("Field '{f}' is not in the layer.").format(f=name))
        vals = np.array([np.nan if v is None else v for v in self.attrs[name]], dtype=object)
        try:
            out = vals.astype(np.float64)
        except (TypeError, ValueError):
            raise QgsProcessingException(tr(
                "Field '{f}' must hold numbers; some values are text. Choose a numeric field "
                "or convert it with the Field calculator.").format(f=name)) from None
        what = what or name
        if not allow_null and np.isnan(out).any():
            raise QgsProcessingException(tr(
                "{n} feature(s) have no value (NULL) in '{f}'. Fill them in or filter them out.")
                .format(n=int(np.isnan(out).sum()), f=what))
        if not allow_negative and (out < 0).any():
            raise QgsProcessingException(tr(
                "{n} feature(s) have a negative value in '{f}' (first: feature id {fid}). "
                "Counts of people or places cannot be negative: fix the data.").format(
                n=int((out < 0).sum()), f=what, fid=self.fids[int(np.argmax(out < 0))]))
        return out


def read_points(source, crs, context=None, feedback=None, fields=(), keep_geometry=False):
    """Representative points of a point or polygon source, in ``crs``.

    Multipoints use their first point; lines their midpoint; polygons their point on surface."""
    xform = transform_to(source, crs, context)
    names = [f for f in fields if f]
    missing = [f for f in names if source.fields().lookupField(f) < 0]
    if missing:
        raise QgsProcessingException(tr("Field(s) {f} not found in the layer.").format(
            f=", ".join(missing)))
    xy, fids, geoms = [], [], []
    attrs = {f: [] for f in names}
    label = layer_label(source)
    repairs = Repairs(label)
    with reading(label):
        out = _read_point_features(source, xform, feedback, names, keep_geometry, label, xy,
                                   fids, geoms, attrs, repairs)
    repairs.report(feedback)
    return out


def _read_point_features(source, xform, feedback, names, keep_geometry, label, xy, fids, geoms,
                         attrs, repairs):
    for i, feat in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback is not None and i % 10000 == 0 and feedback.isCanceled():
            break
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            xy.append((np.nan, np.nan))
            geoms.append(None)
        else:
            geom = _transformed(repairs.valid(geom), xform, label)
            xy.append(representative_point(geom))
            geoms.append(geom if keep_geometry else None)
        fids.append(feat.id())
        for f in names:
            attrs[f].append(_value(feat[f]))
    pts = np.array(xy, dtype=np.float64).reshape(-1, 2)
    if feedback is not None:
        n_null = int(np.isnan(pts[:, 0]).sum())
        if n_null:
            feedback.pushWarning(tr("{n} feature(s) have no geometry and are left out.").format(
                n=n_null))
    return PointSet(pts, fids, {f: np.array(v, dtype=object) for f, v in attrs.items()},
                    geoms if keep_geometry else None)


def representative_point(geom):
    """(x, y) standing for a geometry: the point itself, a line's midpoint, a polygon's point on
    surface (always inside, unlike a centroid of an L-shaped block)."""
    gtype = QgsWkbTypes.geometryType(geom.wkbType())
    if gtype == QgsWkbTypes.GeometryType.PointGeometry:
        p = geom.asMultiPoint()[0] if geom.isMultipart() else geom.asPoint()
        return (p.x(), p.y())
    if gtype == QgsWkbTypes.GeometryType.LineGeometry:
        p = geom.interpolate(geom.length() / 2.0).asPoint()
        return (p.x(), p.y())
    p = geom.pointOnSurface()
    if p.isNull():  # invalid polygon (open or self-crossing ring): repair, then centroid
        p = geom.makeValid().pointOnSurface()
        if p.isNull():
            p = geom.centroid()
        if p.isNull():
            c = geom.boundingBox().center()
            return (c.x(), c.y())
    p = p.asPoint()
    return (p.x(), p.y())


def geometry_wkb(geom):
    """WKB of a QgsGeometry for the engine's WKB reader (core.geometry.wkb), curves segmentized
    (the engine reads straight segments); None for a missing or empty geometry."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    abstract = geom.constGet()
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        abstract = abstract.segmentize()
    return bytes(abstract.asWkb())


def boundary_access_points(geometries, network_index, tolerance):
    """Where polygon boundaries meet the network, by the engine's one entrance rule
    (:func:`core.network.entrances.boundary_entrances`, the rule sdg1171 uses too).

    ``geometries``: QgsGeometry polygons in the network's CRS (None: no polygon). Returns
    (xy (k, 2), owner (k,)) with owner = position of the polygon in ``geometries``. A polygon
    that no street comes within ``tolerance`` of gets its boundary point nearest to the network
    (however far: the analysis's snap distance then decides whether it is reachable), so it is
    never lost from the destination counts."""
    polys = polygons_from_wkb([geometry_wkb(g) for g in geometries])
    found = boundary_entrances(polys, network_index, tolerance, max_snap_m=np.inf)
    return found.xy, found.owner
