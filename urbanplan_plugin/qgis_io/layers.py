"""QGIS layers in, engine arrays out, and back: the only place vector features meet core/.

Everything here reads features through QgsProcessingFeatureSource (so selections, feature
filters and on-the-fly sources from models work), reprojects to one projected CRS, and never
edits the input.
"""
import contextlib
import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsWkbTypes,
)

from ..core.common.errors import UrbanPlanError
from ..core.common.progress import Progress
from ..core.network.build import LineSet, build_network
from ..core.network.osm import is_walkable, parse_other_tags
from ..i18n import tr
from .qgis_compat import make_field

NETWORK_FIELDS = ("edge_id", "from_node", "to_node", "length_m", "component")


@contextlib.contextmanager
def engine_errors():
    """Turn the engine's input errors into QgsProcessingException (a clear message, exit 1 in
    qgis_process, no traceback). The message is translated into the interface language: the
    engine's English template goes through tr() before its values are filled in (a template
    without a translation stays English)."""
    try:
        yield
    except UrbanPlanError as exc:
        raise QgsProcessingException(engine_message(exc)) from exc


def engine_message(exc):
    """The message of an engine error (UrbanPlanError) in the interface language."""
    template = getattr(exc, "template", None)
    if template is None:
        return str(exc)
    values = getattr(exc, "values", None) or {}
    text = tr(template)
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: keep the English text
        return str(exc)


class FeedbackProgress(Progress):
    """Engine progress reported to a QgsProcessingFeedback (or nowhere when it is None)."""

    def __init__(self, feedback, start=0.0, end=100.0):
        self.feedback = feedback
        self.start, self.end = start, end

    def progress(self, percent):
        if self.feedback is not None:
            self.feedback.setProgress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.feedback is not None and self.feedback.isCanceled()

    def info(self, message):
        if self.feedback is not None:
            self.feedback.pushInfo(message)


def utm_crs_for(lon, lat):
    """The WGS 84 / UTM zone CRS that contains a longitude/latitude."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    epsg = (32600 if lat >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")


def source_extent(source):
    """The source's extent; scanned from the features when the provider does not know it
    (GDAL's OSM driver reports an empty extent until the file is read)."""
    ext = source.sourceExtent()
    if not ext.isNull() and not ext.isEmpty() and ext.width() > 0:
        return ext
    request = QgsFeatureRequest().setNoAttributes()
    ext = None
    for feat in source.getFeatures(request):
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        box = geom.boundingBox()
        if ext is None:
            ext = box
        else:
            ext.combineExtentWith(box)
    return ext if ext is not None else source.sourceExtent()


def working_crs(source_crs, extent, target_crs=None, feedback=None, what="input"):
    """The projected CRS an analysis runs in.

    An explicit valid ``target_crs`` wins; a projected source CRS is kept; a geographic one is
    replaced by the local UTM zone of the extent's centre (the log says so)."""
    if target_crs is not None and target_crs.isValid():
        if target_crs.isGeographic():
            raise QgsProcessingException(tr(
                "The target CRS {crs} is geographic (degrees). Choose a projected CRS in metres, "
                "or leave it empty to use the local UTM zone.").format(crs=target_crs.authid()))
        return target_crs
    if source_crs is None or not source_crs.isValid():
        raise QgsProcessingException(tr(
            "The {what} layer has no coordinate reference system. Set it with "
            "Layer Properties > Source > Assigned CRS, then run again.").format(what=what))
    if not source_crs.isGeographic():
        return source_crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = extent.center() if extent is not None else QgsPointXY(0, 0)
    if source_crs != wgs84:
        tr_ = QgsCoordinateTransform(source_crs, wgs84, QgsProject.instance())
        centre = tr_.transform(centre)
    crs = utm_crs_for(centre.x(), centre.y())
    if feedback is not None:
        feedback.pushInfo(tr("The {what} layer is in a geographic CRS ({src}); lengths and areas "
                             "are computed in {dst} ({desc}).").format(
            what=what, src=source_crs.authid(), dst=crs.authid(), desc=crs.description()))
    return crs


def transform_to(source, crs, context=None):
    """A coordinate transform from a feature source's CRS to ``crs`` (None when equal)."""
    src = source.sourceCrs()
    if src == crs:
        return None
    ctx = (context.transformContext() if context is not None
           else QgsProject.instance().transformContext())
    return QgsCoordinateTransform(src, crs, ctx)


def check_source(source, name, geometry_type=None, allow_empty=False):
    """Clear errors for a missing, empty or wrongly typed input."""
    if source is None:
        raise QgsProcessingException(tr(
            "The {name} input could not be opened. Check that the layer or file exists and is a "
            "vector layer.").format(name=name))
    if geometry_type is not None:
        got = QgsWkbTypes.geometryType(source.wkbType())
        allowed = geometry_type if isinstance(geometry_type, (tuple, list)) else (geometry_type,)
        if got not in allowed:
            names = {QgsWkbTypes.GeometryType.PointGeometry: tr("points"),
                     QgsWkbTypes.GeometryType.LineGeometry: tr("lines"),
                     QgsWkbTypes.GeometryType.PolygonGeometry: tr("polygons")}
            raise QgsProcessingException(tr(
                "The {name} layer has {got} geometry, but {want} are needed.").format(
                name=name, got=names.get(got, tr("no or unknown")),
                want=tr(" or ").join(names.get(a, "?") for a in allowed)))
    if not allow_empty and source.featureCount() == 0:
        raise QgsProcessingException(tr(
            "The {name} layer has no features. Choose a layer with data, or check its filter and "
            "selection.").format(name=name))


def _line_parts(geom):
    """Vertex arrays of the single parts of a (multi)line geometry, in 2D."""
    parts = []
    if geom.isMultipart():
        for part in geom.asMultiPolyline():
            parts.append(np.array([(p.x(), p.y()) for p in part], dtype=np.float64))
    else:
        parts.append(np.array([(p.x(), p.y()) for p in geom.asPolyline()], dtype=np.float64))
    return parts


def read_lines(source, crs, context=None, feedback=None, keep=None):
    """All line parts of a source as a :class:`LineSet` in ``crs``.

    ``keep(feature) -> bool`` filters features (the OSM walkability filter). Returns the line set
    and the list of feature ids (``LineSet.source`` indexes into it). Null and empty geometries
    are skipped and counted in the log."""
    xform = transform_to(source, crs, context)
    request = QgsFeatureRequest()
    total = max(source.featureCount(), 1)
    parts, owners, fids = [], [], []
    skipped_null = skipped_filter = 0
    for i, feat in enumerate(source.getFeatures(request)):
        if feedback is not None:
            if feedback.isCanceled():
                break
            if i % 5000 == 0:
                feedback.setProgress(40.0 * i / total)
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            skipped_null += 1
            continue
        if keep is not None and not keep(feat):
            skipped_filter += 1
            continue
        geom = QgsGeometry(geom)
        if xform is not None:
            geom.transform(xform)
        for part in _line_parts(geom):
            parts.append(part)
            owners.append(len(fids))
        fids.append(feat.id())
    if feedback is not None:
        if skipped_null:
            feedback.pushWarning(tr("Skipped {n} feature(s) with a null or empty geometry.").format(
                n=skipped_null))
        if skipped_filter:
            feedback.pushInfo(tr("The walkability filter left out {n} feature(s).").format(
                n=skipped_filter))
    return LineSet.from_lines(parts, np.array(owners, dtype=np.int64)), fids


def osm_walk_filter(source):
    """A feature filter implementing core.network.osm.is_walkable on GDAL's OSM ``lines`` layer (or
    any
    layer with a ``highway`` field; ``foot``/``access`` fields or ``other_tags`` are read)."""
    names = source.fields().names()
    if "highway" not in names:
        return None
    has_other = "other_tags" in names
    has_foot = "foot" in names
    has_access = "access" in names

    def keep(feat):
        tags = parse_other_tags(_value(feat["other_tags"])) if has_other else {}
        if has_foot and _value(feat["foot"]) is not None:
            tags["foot"] = feat["foot"]
        if has_access and _value(feat["access"]) is not None:
            tags["access"] = feat["access"]
        return is_walkable(_value(feat["highway"]), tags)

    return keep


def _value(v):
    """A Python value for an attribute, None for NULL (QVariant NULL on Qt5, None on Qt6)."""
    if v is None:
        return None
    if hasattr(v, "isNull") and v.isNull():
        return None
    return v


def is_prepared_network(source):
    """True for a layer written by preparewalknetwork (it carries its node ids and lengths)."""
    names = set(source.fields().names())
    return {"from_node", "to_node", "length_m"} <= names


def read_prepared_network(source, crs, context=None, feedback=None):
    """A WalkNetwork from a preparewalknetwork output without re-noding it: the arrays stored
    with the edges when they are still valid (qgis_io.network_store), else read from the edges.
    An ``anchor`` field (written for scenario networks) becomes the network's fragment anchor
    (such a layer is always read from its edges: the store does not keep the anchor)."""
    from ..core.network.store import prepared_network
    from .network_store import LOADS, stored_network
    has_anchor = "anchor" in source.fields().names()
    if not has_anchor:
        net = stored_network(source, crs, context, feedback)
        if net is not None:
            return net
    LOADS["rebuilt"] += 1
    xform = transform_to(source, crs, context)
    u, v, length, coords, anchor = [], [], [], [], []
    for feat in source.getFeatures():
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        geom = QgsGeometry(geom)
        if xform is not None:
            geom.transform(xform)
        parts = _line_parts(geom)
        xy = np.concatenate(parts) if len(parts) > 1 else parts[0]
        u.append(int(feat["from_node"]))
        v.append(int(feat["to_node"]))
        length.append(float(feat["length_m"]))
        coords.append(xy)
        if has_anchor:
            anchor.append(_value(feat["anchor"]) == 1)
    if not u:
        raise QgsProcessingException(tr("The network layer has no usable edges."))
    net = prepared_network(u, v, length, coords, crs=crs.authid())
    if has_anchor:
        net.anchor = np.array(anchor, dtype=bool)
    return net


def network_from_source(source, crs, context=None, feedback=None, osm_filter=True,
                        tolerance=0.5, name="network", ways=None):
    """A WalkNetwork from a prepared network layer, or from any line layer (prepared on the fly,
    with the OSM filter when the layer has a ``highway`` field).

    ``ways`` (:class:`qgis_io.ways.WayTags`, optional) records the OSM tags of the lines that go
    into the network, for the travel profiles; its filter also keeps the ways a profile other
    than walking may use (a cycleway closed to pedestrians, for a cyclist)."""
    check_source(source, name, QgsWkbTypes.GeometryType.LineGeometry)
    if is_prepared_network(source):
        if feedback is not None:
            feedback.pushInfo(tr("Using the prepared walking network as it is."))
        if ways is not None:
            ways.read_prepared(source)
        return read_prepared_network(source, crs, context, feedback)
    if ways is not None:
        keep = ways.line_filter(source, osm_filter)
    else:
        keep = osm_walk_filter(source) if osm_filter else None
    lines, _fids = read_lines(source, crs, context, feedback, keep)
    with engine_errors():
        net = build_network(lines, tolerance=tolerance, crs=crs.authid())
    if feedback is not None:
        for line in net.log:
            feedback.pushInfo(line)
    return net


def network_fields(tags=False, anchor=False):
    """The prepared network's fields; with ``tags`` also ``highway`` and ``other_tags`` (the
    OSM tags the travel profiles read, in GDAL's ``"k"=>"v"`` form); with ``anchor`` the
    ``anchor`` field of scenario networks (see core.network.fragments)."""
    from ..core import schema as S
    fields = QgsFields()
    names = [S.EDGE_ID, S.FROM_NODE, S.TO_NODE, S.LENGTH_M, S.COMPONENT]
    if tags:
        names += [S.HIGHWAY, S.OTHER_TAGS]
    if anchor:
        names.append(S.ANCHOR)
    for name, kind in S.spec("preparewalknetwork", "OUTPUT", names):
        fields.append(make_field(name, kind))
    return fields


def write_network(net, sink, feedback=None, ways=None):
    """Write one feature per edge (geometry from the source line, attributes from the arrays);
    with ``ways`` (:class:`qgis_io.ways.WayTags` that recorded the lines) each edge's OSM tags
    too (fields of :func:`network_fields` with ``tags=True``)."""
    comp = net.edge_component()
    tagged = ways is not None and ways.available
    total = max(net.edge_count, 1)
    for e in range(net.edge_count):
        if feedback is not None and e % 10000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(60.0 + 40.0 * e / total)
        xy = net.edge_coords(e)
        feat = QgsFeature()
        feat.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in xy]))
        attrs = [int(e), int(net.edge_from[e]), int(net.edge_to[e]),
                 float(net.edge_length[e]), int(comp[e])]
        if tagged:
            attrs += list(ways.line_tags(int(net.edge_source[e])))
        feat.setAttributes(attrs)
        sink.addFeature(feat)
