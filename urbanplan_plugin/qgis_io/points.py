"""Points (origins, destinations, facilities) from any point or polygon layer, as arrays.

Polygons stand for their point on surface (a building, a parcel, a hexagon), or, for places one
enters from any side (a park), for every point where their boundary meets the network."""
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from ..i18n import tr
from .layers import _value, transform_to


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
    for i, feat in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback is not None and i % 10000 == 0 and feedback.isCanceled():
            break
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            xy.append((np.nan, np.nan))
            geoms.append(None)
        else:
            geom = QgsGeometry(geom)
            if xform is not None:
                geom.transform(xform)
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


def boundary_access_points(geometries, network_index, tolerance):
    """Where polygon boundaries meet the network: for each polygon, the network points within
    ``tolerance`` metres of its boundary (sampled every ``tolerance`` metres along it).

    Returns (xy (k, 2), owner (k,)) with owner = position of the polygon in ``geometries``.
    A polygon that no street touches gets its nearest boundary point, so it is never lost."""
    xy, owner = [], []
    step = max(float(tolerance), 1.0)
    for i, geom in enumerate(geometries):
        if geom is None or geom.isEmpty():
            continue
        ring = QgsGeometry(geom.constGet().boundary()) if geom.constGet() is not None else None
        if ring is None or ring.isEmpty():
            continue
        length = ring.length()
        n = max(int(np.ceil(length / step)), 1)
        samples = []
        for k in range(n):
            p = ring.interpolate(k * length / n).asPoint()
            samples.append((p.x(), p.y()))
        # the outline's corners too, so a gate at a corner next to a junction is not missed
        samples.extend((v.x(), v.y()) for v in ring.vertices())
        samples = np.array(samples)
        snapped = network_index.snap(samples, max_distance=tolerance)
        ok = snapped.ok
        if ok.any():
            pts = snapped.xy[ok]
            # one access point per distinct spot (thin to the sampling step)
            _, keep = np.unique(np.round(pts / step), axis=0, return_index=True)
            xy.extend(pts[np.sort(keep)])
            owner.extend([i] * len(keep))
        else:
            snapped = network_index.snap(samples)
            j = int(np.nanargmin(snapped.distance))
            xy.append(samples[j])
            owner.append(i)
    return np.array(xy, dtype=np.float64).reshape(-1, 2), np.array(owner, dtype=np.int64)
