"""QGIS layers <-> arrays for the flood algorithms (floodexposure, floodrisk).

Exposure, zones and polygon hazard maps are read once, reprojected to the hazard raster's CRS
(the raster is never resampled), and handed to the engine as flat vertex arrays (WKB parsed in
core.geometry.wkb). Outputs are written in the exposure's own CRS with its original geometry."""
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.common.errors import UrbanPlanError
from ..core.geometry.wkb import lines_from_wkb, points_from_wkb, polygons_from_wkb
from ..i18n import tr
from .layers import (
    Repairs,
    _transformed,
    _value,
    engine_message,
    transform_coords,
    transform_to,
    utm_crs_for,
)
from .outputs import (  # noqa: F401 (re-exported for the flood algorithms)
    column,
    joined_fields,
    result_fields,
    schema_spec,
    table_fields,
    write_features,
    write_rows,
)
from .rasters import transform_xy

KIND_NAMES = {QgsWkbTypes.GeometryType.PointGeometry: "point",
              QgsWkbTypes.GeometryType.LineGeometry: "line",
              QgsWkbTypes.GeometryType.PolygonGeometry: "polygon"}


@dataclass
class Exposure:
    """Exposure features as arrays in the hazard CRS. ``geoms``: (xy, owner) for points, a
    LineSet for lines, a PolygonSet for polygons. ``fids`` in reading order; ``attrs`` the
    requested fields as object arrays; ``areas_m2`` polygon areas (ellipsoidal, m²) when
    asked for."""

    kind: str
    geoms: object
    n: int
    fids: list
    attrs: dict = field(default_factory=dict)
    extent: tuple = None
    areas_m2: np.ndarray = None
    null_geometries: int = 0


def _wkb(geom):
    abstract = geom.constGet()
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        abstract = abstract.segmentize()
    return bytes(abstract.asWkb())


def exposure_kind(source):
    return KIND_NAMES.get(QgsWkbTypes.geometryType(source.wkbType()))


def read_exposure(source, crs, context=None, feedback=None, fields=(), areas=False,
                  what="exposure", bulk=None):
    """Read every feature of ``source`` into arrays in ``crs`` (see :class:`Exposure`).

    ``bulk`` (:func:`qgis_io.bulk.ogr_source` of the layer, for a file QGIS reads through OGR
    as it is) reads the features in batches with OGR instead of one by one, with the same
    answer (:func:`_read_exposure_bulk`; tests/qgis/test_bulk_io.py)."""
    kind = exposure_kind(source)
    if kind is None:
        raise QgsProcessingException(tr("The {what} layer has no point, line or polygon "
                                        "geometry.").format(what=what))
    names = [f for f in fields if f]
    missing = [f for f in names if source.fields().lookupField(f) < 0]
    if missing:
        raise QgsProcessingException(tr("Field(s) {f} not found in the {what} layer.").format(
            f=", ".join(missing), what=what))
    check_crs(source, what)
    xform = transform_to(source, crs, context)
    if bulk is not None and not areas:
        exposure = _read_exposure_bulk(source, bulk, kind, names, xform, feedback, what)
        if exposure is not None:
            return exposure
    request = QgsFeatureRequest()
    if names:
        request.setSubsetOfAttributes(names, source.fields())
    else:
        request.setNoAttributes()
    da = None
    if areas:
        da = QgsDistanceArea()
        ctx = context.transformContext() if context is not None else \
            QgsProject.instance().transformContext()
        da.setSourceCrs(source.sourceCrs(), ctx)
        da.setEllipsoid(source.sourceCrs().ellipsoidAcronym() or "WGS84")
    wkbs, fids, area_list = [], [], []
    attrs = {f: [] for f in names}
    total = max(source.featureCount(), 1)
    n_null = 0
    ltype = source.wkbType()
    maybe_curved = (QgsWkbTypes.isCurvedType(ltype)
                    or QgsWkbTypes.flatType(ltype) in (QgsWkbTypes.Type.Unknown,
                                                       QgsWkbTypes.Type.GeometryCollection))
    repairs = Repairs(what if isinstance(what, str) else tr("exposure"))
    for i, feat in enumerate(source.getFeatures(request)):
        if feedback is not None and i % 20000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(20.0 * i / total)
        geom = repairs.valid(feat.geometry())
        fids.append(feat.id())
        for f in names:
            attrs[f].append(_value(feat[f]))
        if geom is None or geom.isNull() or geom.isEmpty():
            wkbs.append(None)
            area_list.append(float("nan"))
            n_null += 1
            continue
        if da is not None:
            area_list.append(da.measureArea(geom))
        if xform is not None:
            geom = QgsGeometry(geom)
            try:
                geom.transform(xform)
            except Exception:  # noqa: BLE001 - a point outside the target CRS's area of use
                wkbs.append(None)
                n_null += 1
                continue
        wkbs.append(_wkb(geom) if maybe_curved else geom.asWkb())
    try:
        if kind == "point":
            geoms = points_from_wkb(wkbs)
            xy = geoms[0]
            extent = _xy_extent(xy)
        elif kind == "line":
            geoms, _ = lines_from_wkb(wkbs)
            extent = _xy_extent(geoms.coords)
        else:
            geoms = polygons_from_wkb(wkbs)
            extent = geoms.extent()
    except UrbanPlanError as exc:
        raise QgsProcessingException(engine_message(exc)) from None
    if feedback is not None and n_null:
        feedback.pushWarning(tr("{n} {what} feature(s) have no geometry; they are reported as "
                                "outside the hazard.").format(n=n_null, what=what))
    repairs.report(feedback)
    return Exposure(kind, geoms, len(fids), fids,
                    {f: np.array(v, dtype=object) for f, v in attrs.items()}, extent,
                    np.array(area_list, dtype=np.float64) if areas else None, n_null)


def _parse(kind, wkbs):
    """(parsed set, layout of the concatenated WKB) for ``kind``."""
    if kind == "point":
        return points_from_wkb(wkbs, layout=True)
    if kind == "line":
        return lines_from_wkb(wkbs, layout=True)
    return polygons_from_wkb(wkbs, layout=True)


def _proven_valid(kind, parsed, layout):
    """Per feature: True when its geometry is proven valid without GEOS
    (core.geometry.validity); only the others are checked one by one."""
    from ..core.geometry import validity as V
    types = V.single_part_types(layout=layout)
    n = len(types)
    proven = np.zeros(n, dtype=bool)

    def single(owner, code):
        """Features of type ``code`` with exactly one parsed piece (the reader drops rings
        of fewer than 3 points and empty points: those go to GEOS)."""
        return np.flatnonzero((types == code) & (np.bincount(owner, minlength=n) == 1))

    if kind == "polygon":
        sel = single(parsed.ring_owner, V.RING)
        ring = np.searchsorted(parsed.ring_owner, sel)
        proven[sel] = V.simple_rings(parsed.xy, parsed.ring_offsets, ring)
    elif kind == "line":
        lines, _ = parsed
        sel = single(lines.source, V.LINE)
        proven[sel] = V.valid_lines(lines.coords, lines.offsets,
                                    np.searchsorted(lines.source, sel))
    else:
        xy, owner = parsed
        sel = single(owner, V.POINT)
        proven[sel] = V.valid_points(xy[np.searchsorted(owner, sel)])
    return proven


def _read_exposure_bulk(source, bulk, kind, names, xform, feedback, what):
    """:func:`read_exposure` in bulk: attributes and WKB in OGR batches, one parse, validity
    proven for all at once where it can be (GEOS and ``makeValid`` for the rest, as the
    feature reader), one coordinate transform. None when this reader does not apply (the
    caller reads through QGIS)."""
    from ..core.geometry.wkb import replace_features
    from .bulk import read_columns
    label = what if isinstance(what, str) else tr("exposure")
    cols = read_columns(bulk, names, what=label)
    if cols is None:
        return None
    wkbs = cols.wkb
    try:
        parsed, layout = _parse(kind, wkbs)
    except UrbanPlanError:
        return None     # a geometry the WKB reader leaves to QGIS
    if feedback is not None:
        feedback.setProgress(8.0)
    proven = _proven_valid(kind, parsed, layout)
    del layout
    repairs = Repairs(label)
    changed, new_wkbs = [], []
    n_null = 0
    for k, i in enumerate(np.flatnonzero(~proven).tolist()):
        if feedback is not None and k % 20000 == 0 and feedback.isCanceled():
            break       # the caller sees the cancel and stops
        w = wkbs[i]
        if w is None:
            n_null += 1
            continue
        geom = QgsGeometry()
        geom.fromWkb(w)
        before = repairs.count
        geom = repairs.valid(geom)
        if geom is None or geom.isNull() or geom.isEmpty():
            changed.append(i)
            new_wkbs.append(None)
            n_null += 1
        elif repairs.count != before:
            changed.append(i)
            new_wkbs.append(bytes(geom.asWkb()))
    if changed:
        parsed = replace_features(kind, parsed, changed, new_wkbs)
    if feedback is not None:
        feedback.setProgress(14.0)
    try:
        if kind == "point":
            xy, owner = parsed
            geoms = (transform_coords(xy, xform, label), owner)
            extent = _xy_extent(geoms[0])
        elif kind == "line":
            lines, _ = parsed
            lines.coords = transform_coords(lines.coords, xform, label)
            geoms = lines
            extent = _xy_extent(lines.coords)
        else:
            parsed.xy = np.ascontiguousarray(transform_coords(parsed.xy, xform, label))
            geoms = parsed
            extent = geoms.extent()
    except QgsProcessingException:
        return None     # a point the transform cannot place: the feature reader drops it
    if feedback is not None:
        if n_null:
            feedback.pushWarning(tr("{n} {what} feature(s) have no geometry; they are "
                                    "reported as outside the hazard.").format(n=n_null,
                                                                              what=what))
        feedback.setProgress(20.0)
    repairs.report(feedback)
    return Exposure(kind, geoms, len(wkbs), cols.fids.tolist(),
                    {f: np.array(cols.attrs[f], dtype=object) for f in names}, extent, None,
                    n_null)


def check_crs(source, what):
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr(
            "The {what} layer has no coordinate reference system. Set it with Layer Properties > "
            "Source > Assigned CRS, then run again.").format(what=what))


def _xy_extent(xy):
    if len(xy) == 0:
        return None
    return (float(np.nanmin(xy[:, 0])), float(np.nanmin(xy[:, 1])),
            float(np.nanmax(xy[:, 0])), float(np.nanmax(xy[:, 1])))


def numeric_attr(exposure, name, what=None, allow_negative=False):
    """A float array of a numeric field (NULL -> NaN); text -> a clear error."""
    vals = exposure.attrs[name]
    try:
        out = np.array([np.nan if v is None else v for v in vals], dtype=object).astype(np.float64)
    except (TypeError, ValueError):
        raise QgsProcessingException(tr(
            "Field '{f}' must hold numbers; some values are text. Choose a numeric field or "
            "convert it with the Field calculator.").format(f=name)) from None
    if not allow_negative and (out < 0).any():
        raise QgsProcessingException(tr(
            "{n} feature(s) have a negative value in '{f}'. Counts of people and values cannot "
            "be negative: fix the data.").format(n=int((out < 0).sum()), f=what or name))
    return out


def read_polygon_hazard(source, field_name, crs, classes, context=None):
    """(PolygonSet in ``crs``, depth per polygon, depth_known) from a polygon hazard map.

    A numeric field holds depths in metres; a text field holds class names (or labels) of the
    depth class table, each burnt as the lower bound of its class (depth_known = False)."""
    if not field_name:
        raise QgsProcessingException(tr(
            "A polygon hazard map needs DEPTH_FIELD: the field with the water depth in metres "
            "or the depth class of each polygon."))
    idx = source.fields().lookupField(field_name)
    if idx < 0:
        raise QgsProcessingException(tr("Field '{f}' is not in the hazard layer.").format(
            f=field_name))
    numeric = source.fields().at(idx).isNumeric()
    lookup = {}
    for c in classes.classes:
        lookup[c.name.strip().lower()] = c.min_m
        lookup[(c.label or c.name).strip().lower()] = c.min_m
    check_crs(source, tr("hazard"))
    xform = transform_to(source, crs, context)
    wkbs, vals, unknown = [], [], set()
    for feat in source.getFeatures():
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = _transformed(geom, xform, tr("hazard polygons"))
        v = _value(feat[field_name])
        if numeric:
            val = float("nan") if v is None else float(v)
        else:
            key = "" if v is None else str(v).strip().lower()
            if key in ("", "dry", "none", "null"):
                val = float("nan")
            elif key in lookup:
                val = lookup[key]
            else:
                unknown.add(str(v))
                val = float("nan")
        wkbs.append(_wkb(geom))
        vals.append(val)
    if unknown:
        raise QgsProcessingException(tr(
            "The hazard field '{f}' holds class name(s) that are not in the depth class table: "
            "{u}. Use the names {names} (or choose a depth class file with these names).").format(
            f=field_name, u=", ".join(sorted(unknown)[:10]), names=", ".join(classes.names)))
    if not wkbs:
        raise QgsProcessingException(tr("The hazard layer has no polygon with a geometry."))
    return polygons_from_wkb(wkbs), np.array(vals, dtype=np.float64), numeric


def segment_lengths_m(lines, crs):
    """Metric length of every segment of a LineSet whose coordinates are in a geographic
    ``crs``: vertices are projected to the local UTM zone first."""
    from ..core.geometry.rasterize import segment_vertex_index
    xy = lines.coords
    if len(xy) == 0:
        return np.empty(0)
    centre = np.nanmean(xy, axis=0)
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    c = transform_xy(centre[None, :], crs, wgs)[0]
    utm = utm_crs_for(c[0], c[1])
    pxy = transform_xy(xy, crs, utm)
    s = segment_vertex_index(lines)
    return np.hypot(pxy[s + 1, 0] - pxy[s, 0], pxy[s + 1, 1] - pxy[s, 1])


# --- outputs ---------------------------------------------------------------------------------

def summary_table_spec():
    """[(name, kind)] of the floodexposure summary table (from core.schema)."""
    return schema_spec("floodexposure", "SUMMARY",
                       (S.ZONE, S.DEPTH_CLASS, S.POP_GROUP, S.ROAD_CLASS, S.FEATURES,
                        S.POPULATION, S.DISPLACED, S.ROAD_KM))


def summary_table_fields():
    return table_fields(summary_table_spec())
