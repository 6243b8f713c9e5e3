"""Public-space layers <-> engine: polygons and lines as WKB for shapely (the population output,
summary tables and ranked sites are written by :mod:`.outputs`).

Geometries cross the border as WKB bytes (2-D, straight segments) in the working CRS, together
with their feature ids, so the engine can name the features it repairs or leaves out."""
import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..i18n import tr
from .layers import _value, transform_to
from .qgis_compat import skip_geometry_checks_flag


def _clean_geometry(geom, xform):
    g = QgsGeometry(geom)
    if xform is not None:
        g.transform(xform)
    if g.constGet() is not None and g.constGet().hasCurvedSegments():
        g = QgsGeometry(g.constGet().segmentize())
    abstract = g.get()
    if abstract is not None:
        abstract.dropZValue()
        abstract.dropMValue()
    return g


def read_wkb(source, crs, context=None, feedback=None, fields=(), expression=None,
             what="layer", progress=None):
    """(wkbs, fids, attrs, areas) of every feature of ``source`` in ``crs``.

    ``expression``: an optional QGIS filter expression (features where it is false or NULL are
    skipped). Null/empty geometries give None; QGIS's invalid-geometry check is skipped (the
    engine repairs and names invalid polygons). ``areas``: planar area in ``crs`` (m²) per
    feature (NaN for null)."""
    xform = transform_to(source, crs, context)
    names = [f for f in fields if f]
    missing = [f for f in names if source.fields().lookupField(f) < 0]
    if missing:
        raise QgsProcessingException(tr("Field(s) {f} not found in the {w} layer.").format(
            f=", ".join(missing), w=what))
    request = QgsFeatureRequest()
    if expression:
        expr = QgsExpression(expression)
        if expr.hasParserError():
            raise QgsProcessingException(tr(
                "The filter expression for the {w} layer is not valid: {e}").format(
                w=what, e=expr.parserErrorString()))
        ectx = QgsExpressionContext()
        if context is not None:
            ectx = QgsExpressionContext(context.expressionContext())
        ectx.appendScope(QgsExpressionContextUtils.globalScope())
        request.setFilterExpression(expression)
        request.setExpressionContext(ectx)
    total = max(source.featureCount(), 1)
    wkbs, fids, areas = [], [], []
    attrs = {f: [] for f in names}
    # invalid polygons are repaired (and their ids logged) by the engine, so QGIS's own
    # validity check, which would stop the run with a generic message, is skipped here
    flags = skip_geometry_checks_flag()
    features = (source.getFeatures(request, flags)
                if isinstance(source, QgsProcessingFeatureSource) else source.getFeatures(request))
    for i, feat in enumerate(features):
        if i % 2000 == 0 and feedback is not None:
            if feedback.isCanceled():
                break
            if progress is not None:
                feedback.setProgress(progress[0] + (progress[1] - progress[0]) * i / total)
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            wkbs.append(None)
            areas.append(np.nan)
        else:
            g = _clean_geometry(geom, xform)
            wkbs.append(bytes(g.asWkb()))
            areas.append(g.area())
        fids.append(feat.id())
        for f in names:
            attrs[f].append(_value(feat[f]))
    return wkbs, fids, {f: np.array(v, dtype=object) for f, v in attrs.items()}, \
        np.array(areas, dtype=np.float64)


def numeric_values(values, name, fids, allow_null=False):
    """Float array of an attribute column; NULL (unless allowed) and text values are errors."""
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values):
        if v is None:
            continue
        try:
            out[i] = float(v)
        except (TypeError, ValueError):
            raise QgsProcessingException(tr(
                "Field '{f}' must hold numbers; feature id {fid} has '{v}'.").format(
                f=name, fid=fids[i], v=v)) from None
    if not allow_null and np.isnan(out).any():
        bad = [fids[i] for i in np.flatnonzero(np.isnan(out))[:10]]
        raise QgsProcessingException(tr(
            "{n} feature(s) have no value (NULL) in '{f}' (feature ids {ids}). Fill them in or "
            "filter them out.").format(n=int(np.isnan(out).sum()), f=name,
                                       ids=", ".join(map(str, bad))))
    return out


def is_polygon_source(source):
    return (QgsWkbTypes.geometryType(source.wkbType())
            == QgsWkbTypes.GeometryType.PolygonGeometry)


def is_line_source(source):
    return QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.LineGeometry


def point_feature(fields, x, y, attrs):
    feat = QgsFeature(fields)
    feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
    feat.setAttributes(list(attrs))
    return feat


def geometry_from_wkb(wkb):
    g = QgsGeometry()
    if wkb:
        g.fromWkb(wkb)
    return g


def polygon_areas(source, crs, context=None):
    """Planar area (m² in ``crs``) of every feature, in feature order (NaN for null)."""
    xform = transform_to(source, crs, context)
    out = []
    for feat in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            out.append(np.nan)
            continue
        g = QgsGeometry(geom)
        if xform is not None:
            g.transform(xform)
        out.append(g.area())
    return np.array(out, dtype=np.float64)


def group_values(points, source, group_fields):
    """{field: values} for the engine's group split: numeric fields as float arrays (people of
    that group per feature), other fields as text categories."""
    out = {}
    for name in group_fields:
        fld = source.fields().field(name)
        if fld.isNumeric():
            out[name] = points.numeric(name, what=tr("group field '{f}'").format(f=name),
                                       allow_null=False, allow_negative=False)
        else:
            out[name] = np.array([None if v is None else str(v) for v in points.attrs[name]],
                                 dtype=object)
    return out


def repair_wkb(data):
    """QGIS's make valid on WKB that GEOS could not read (e.g. a ring of two points); None
    when nothing usable is left."""
    g = QgsGeometry()
    g.fromWkb(data)
    if g.isNull():
        return None
    fixed = g.makeValid()
    if fixed is None or fixed.isNull() or fixed.isEmpty():
        return None
    return bytes(fixed.asWkb())


def polygons_from_source(source, crs, what, log, context=None, feedback=None, fields=(),
                         expression=None):
    """Clean shapely polygons of a polygon source: (geoms, fids, attrs). Unreadable or invalid
    polygons are repaired and named in ``log``; empty ones are None."""
    from ..core.geometry.polygons import clean_polygons, geometries_from_wkb
    wkbs, fids, attrs, _ = read_wkb(source, crs, context, feedback, fields=fields,
                                    expression=expression, what=what)
    fixed = []
    geoms = geometries_from_wkb(wkbs, repair=repair_wkb, fixed=fixed)
    geoms, _, _ = clean_polygons(geoms, fids, what, log, repaired_before=fixed)
    return geoms, fids, attrs


def expression_parameter(alg, parameters, name, context):
    """The text of an expression parameter, also when it does not parse.

    ``parameterAsExpression`` returns an empty string for an expression with a syntax error,
    which would silently drop the filter; the raw text is kept instead so that
    :func:`read_wkb` can stop with the parser's message."""
    value = alg.parameterAsExpression(parameters, name, context)
    raw = parameters.get(name)
    if not value and isinstance(raw, str) and raw.strip():
        return raw
    return value or None
