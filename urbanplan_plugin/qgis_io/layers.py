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
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core.common.errors import UrbanPlanError
from ..core.common.progress import Progress
from ..core.network.build import LineSet, build_network
from ..core.network.osm import is_walkable, parse_other_tags
from ..i18n import tr
from .gdal_errors import reading
from .qgis_compat import make_field

NETWORK_FIELDS = ("edge_id", "from_node", "to_node", "length_m", "component")

LINE_TAG_FIELDS = ("highway", "other_tags", "foot", "access", "bicycle", "wheelchair",
                   "smoothness", "incline", "bridge", "tunnel")
"""The fields the OSM filters of street lines read (``highway``, GDAL's ``other_tags`` and
tag fields of their own; see qgis_io.ways.TAG_KEYS)."""


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
    with reading(layer_label(source)):     # a truncated OSM file fails here first
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


GROUND_METRE_TOLERANCE = 0.005
"""How far one map unit may be from one ground metre (as a share) for a projected CRS to be used
as it is: UTM is within 0.1 % across its zone and national grids closer still; Web Mercator is
off by 1/cos(latitude) (2 at 60°), a CRS in feet by 3.28."""


def metres_per_unit(crs, extent):
    """Ground metres per map unit at the centre of ``extent`` (an average of the east-west and
    north-south directions, on the CRS's ellipsoid), or None when it cannot be measured."""
    from qgis.core import QgsDistanceArea
    if crs is None or not crs.isValid() or crs.isGeographic() or extent is None or \
            extent.isNull():
        return None
    centre = extent.center()
    step = max(extent.width(), extent.height(), 1.0) / 100.0
    da = QgsDistanceArea()
    da.setSourceCrs(crs, QgsProject.instance().transformContext())
    ell = crs.ellipsoidAcronym() or "EPSG:7030"
    if not da.setEllipsoid(ell):
        da.setEllipsoid("EPSG:7030")
    try:
        east = da.measureLine(QgsPointXY(centre.x() - step / 2, centre.y()),
                              QgsPointXY(centre.x() + step / 2, centre.y()))
        north = da.measureLine(QgsPointXY(centre.x(), centre.y() - step / 2),
                               QgsPointXY(centre.x(), centre.y() + step / 2))
    except Exception:  # noqa: BLE001 - a centre outside the CRS's area of use
        return None
    if not (east > 0 and north > 0) or not math.isfinite(east + north):
        return None
    return (east + north) / (2.0 * step)


def ground_metres(crs, extent):
    """True when one map unit of a projected ``crs`` is one ground metre (within
    :data:`GROUND_METRE_TOLERANCE`) at the centre of ``extent``; None when unknown."""
    k = metres_per_unit(crs, extent)
    if k is None:
        return None
    return abs(k - 1.0) <= GROUND_METRE_TOLERANCE


def _local_utm(source_crs, extent):
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = extent.center() if extent is not None else QgsPointXY(0, 0)
    if source_crs != wgs84:
        tr_ = QgsCoordinateTransform(source_crs, wgs84, QgsProject.instance())
        try:
            centre = tr_.transform(centre)
        except QgsCsException:
            raise QgsProcessingException(tr(
                "The centre of the layer's extent cannot be placed on the globe from {a}: the "
                "layer's CRS is probably wrong. Check it in Layer Properties > Source.").format(
                a=source_crs.authid())) from None
    if not (math.isfinite(centre.x()) and math.isfinite(centre.y())):
        raise QgsProcessingException(tr(
            "The layer has no extent to find its local UTM zone from (no feature with a "
            "geometry could be read). Check that the layer has features with geometries, or "
            "give a target CRS."))
    return utm_crs_for(centre.x(), centre.y())


def working_crs(source_crs, extent, target_crs=None, feedback=None, what="input"):
    """The projected CRS in ground metres an analysis runs in.

    An explicit valid ``target_crs`` wins; a projected source CRS whose map unit is a ground
    metre at the data's centre is kept; a geographic one, or a projected one whose unit is not a
    ground metre there (Web Mercator away from the equator, a CRS in feet), is replaced by the
    local UTM zone of the extent's centre (the log says so)."""
    if target_crs is not None and target_crs.isValid():
        if target_crs.isGeographic():
            raise QgsProcessingException(tr(
                "The target CRS {crs} is geographic (degrees). Choose a projected CRS in metres, "
                "or leave it empty to use the local UTM zone.").format(crs=target_crs.authid()))
        k = metres_per_unit(target_crs, _extent_in(extent, source_crs, target_crs))
        if k is not None and abs(k - 1.0) > GROUND_METRE_TOLERANCE and feedback is not None:
            feedback.pushWarning(tr(
                "The target CRS {crs}: one map unit is {k:.3f} ground metres here, so lengths "
                "and areas are in its units, not metres. Leave the target CRS empty to use the "
                "local UTM zone.").format(crs=target_crs.authid(), k=k))
        return target_crs
    if source_crs is None or not source_crs.isValid():
        raise QgsProcessingException(tr(
            "The {what} layer has no coordinate reference system. Set it with "
            "Layer Properties > Source > Assigned CRS, then run again.").format(what=what))
    if not source_crs.isGeographic():
        k = metres_per_unit(source_crs, extent)
        if k is None or abs(k - 1.0) <= GROUND_METRE_TOLERANCE:
            return source_crs
        crs = _local_utm(source_crs, extent)
        if feedback is not None:
            feedback.pushInfo(tr(
                "The {what} layer is in {src} ({sdesc}), where one map unit is {k:.3f} ground "
                "metres at the data's centre (Web Mercator and CRSs in feet are not in ground "
                "metres); lengths and areas are computed in {dst} ({desc}).").format(
                what=what, src=source_crs.authid(), sdesc=source_crs.description(), k=k,
                dst=crs.authid(), desc=crs.description()))
        return crs
    if extent is not None and not extent.isNull() and (
            extent.xMinimum() < -360.0 or extent.xMaximum() > 360.0 or
            extent.yMinimum() < -90.5 or extent.yMaximum() > 90.5):
        raise QgsProcessingException(tr(
            "The {what} layer is said to be in {src} (degrees), but its coordinates reach "
            "x {x0:.0f} to {x1:.0f}, y {y0:.0f} to {y1:.0f}: they are not longitudes and "
            "latitudes, so the layer's CRS is wrong. Set the CRS its coordinates are in with "
            "Layer Properties > Source > Assigned CRS.").format(
            what=what, src=source_crs.authid(), x0=extent.xMinimum(), x1=extent.xMaximum(),
            y0=extent.yMinimum(), y1=extent.yMaximum()))
    crs = _local_utm(source_crs, extent)
    if feedback is not None:
        feedback.pushInfo(tr("The {what} layer is in a geographic CRS ({src}); lengths and areas "
                             "are computed in {dst} ({desc}).").format(
            what=what, src=source_crs.authid(), dst=crs.authid(), desc=crs.description()))
    return crs


def _extent_in(extent, src, dst):
    if extent is None or src is None or not src.isValid() or src == dst:
        return extent
    try:
        return QgsCoordinateTransform(src, dst, QgsProject.instance()).transformBoundingBox(extent)
    except QgsCsException:
        return None


def transform_to(source, crs, context=None, what=None):
    """A coordinate transform from a feature source's CRS to ``crs`` (None when equal). A
    source with geometries but without a CRS cannot be placed with the others: refused with the
    fix (it would otherwise be read as if it were in ``crs``)."""
    src = source.sourceCrs()
    if src == crs:
        return None
    if not src.isValid():
        if QgsWkbTypes.geometryType(source.wkbType()) in (
                QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry):
            return None
        raise QgsProcessingException(tr(
            "The {what} layer has no coordinate reference system. Set it with "
            "Layer Properties > Source > Assigned CRS, then run again.").format(
            what=what or layer_label(source)))
    ctx = (context.transformContext() if context is not None
           else QgsProject.instance().transformContext())
    return QgsCoordinateTransform(src, crs, ctx)


def _transformed(geom, xform, what):
    """A copy of ``geom`` in the working CRS; a point the transform cannot place stops the run
    with both CRSs named (instead of PROJ's bare 'fallback transform failed')."""
    geom = QgsGeometry(geom)
    if xform is None:
        return geom
    try:
        geom.transform(xform)
    except QgsCsException as exc:
        raise QgsProcessingException(transform_error(what, xform, exc)) from None
    box = geom.boundingBox()
    if not all(math.isfinite(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(),
                                           box.yMaximum())):
        raise QgsProcessingException(transform_error(what, xform))
    return geom


def unchecked_features(source, request=None):
    """The features of a Processing source without QGIS's invalid-geometry check (see
    :class:`Repairs`); a plain layer's features as they are."""
    from qgis.core import QgsProcessingFeatureSource

    from .qgis_compat import skip_geometry_checks_flag
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, skip_geometry_checks_flag())
    return source.getFeatures(request)


class Repairs:
    """Invalid geometries a reader repaired itself (``makeValid``) instead of letting QGIS's
    invalid-geometry check stop the run from inside the feature iterator: that check raises a
    C++ exception through the iterator, which on QGIS 3.22 leaves Python in a broken state (a
    later generator crashes the process). Readers that use it request the features with
    :func:`qgis_compat.skip_geometry_checks_flag` and pass each geometry through
    :meth:`valid`; :meth:`report` logs the count."""

    def __init__(self, what):
        self.what, self.count = what, 0

    def valid(self, geom):
        if geom is None or geom.isNull() or geom.isEmpty() or geom.isGeosValid():
            return geom
        fixed = geom.makeValid()
        if fixed is None or fixed.isNull():
            return geom
        self.count += 1
        return fixed

    def report(self, feedback):
        if self.count and feedback is not None:
            feedback.pushWarning(tr(
                "{n} invalid geometry(ies) of the {what} layer (self-intersecting rings...) "
                "were repaired (Fix geometries' method) before use. Check them with Vector > "
                "Geometry Tools > Check Validity.").format(n=self.count, what=self.what))


def layer_label(source):
    """'layer 'name'' for messages about a source without a better name."""
    name = source.sourceName() if hasattr(source, "sourceName") else ""
    return tr("layer '{n}'").format(n=name) if name else tr("layer")


def transform_error(what, xform, exc=None):
    """The message for features that cannot be transformed between two CRSs."""
    src, dst = xform.sourceCrs(), xform.destinationCrs()
    return tr("The {what} cannot be transformed from {a} to {b}{e}: some coordinates lie "
              "outside the area where {a} is defined, or the layer's CRS is wrong. Check the "
              "layer's CRS (Layer Properties > Source) and its extent.").format(
        what=what, a=src.authid() or src.description(), b=dst.authid() or dst.description(),
        e=f" ({exc})" if exc is not None and str(exc) else "")


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


def read_lines(source, crs, context=None, feedback=None, keep=None, what=None):
    """All line parts of a source as a :class:`LineSet` in ``crs``.

    ``keep(feature) -> bool`` filters features (the OSM walkability filter). Returns the line set
    and the list of feature ids (``LineSet.source`` indexes into it). Null and empty geometries
    are skipped and counted in the log. ``what`` names the layer in messages (a file GDAL
    cannot read to its end, a point the CRS transform cannot place)."""
    what = what or tr("street lines")
    xform = transform_to(source, crs, context)
    scan = _scan_qgis(source, keep, feedback, what)
    _report_skipped(scan, feedback)
    return LineSet(transform_coords(scan.coords, xform, what), scan.offsets, scan.owner), scan.fids


def _report_skipped(scan, feedback):
    """Log the features a read left out (no geometry; the walkability filter)."""
    if feedback is None:
        return
    if scan.skipped_null:
        feedback.pushWarning(tr("Skipped {n} feature(s) with a null or empty geometry.").format(
            n=scan.skipped_null))
    if scan.skipped_filter:
        feedback.pushInfo(tr("The walkability filter left out {n} feature(s).").format(
            n=scan.skipped_filter))


def transform_coords(xy, xform, what):
    """(n, 2) coordinates through a QgsCoordinateTransform at once (None: unchanged).

    The points go through one QgsLineString, so QGIS transforms them exactly as it transforms
    each geometry's vertices (``QgsGeometry.transform`` calls the same
    ``QgsCoordinateTransform.transformCoords`` on every part), in one call instead of one per
    feature. A point the transform cannot place stops the run (as :func:`_transformed`)."""
    from qgis.core import QgsLineString
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if xform is None or len(xy) == 0:
        return xy
    line = QgsLineString(xy[:, 0].tolist(), xy[:, 1].tolist())
    try:
        line.transform(xform)
    except QgsCsException as exc:
        raise QgsProcessingException(transform_error(what, xform, exc)) from None
    wkb = bytes(line.asWkb())
    out = np.frombuffer(wkb, dtype="<f8" if wkb[0] == 1 else ">f8", offset=9,
                        count=2 * len(xy)).reshape(-1, 2).astype(np.float64)
    if not np.isfinite(out).all():
        raise QgsProcessingException(transform_error(what, xform))
    return out


class _Scan:
    """Line parts of the kept features in the source's CRS, read in one pass."""

    def __init__(self, coords, offsets, owner, fids, box, skipped_null, skipped_filter):
        self.coords, self.offsets, self.owner, self.fids = coords, offsets, owner, fids
        self.box = box      # (xmin, ymin, xmax, ymax) of every feature with a geometry
        self.skipped_null, self.skipped_filter = skipped_null, skipped_filter


def _scan_qgis(source, keep, feedback, what):
    """The QGIS reader: one pass over the features (extent, filter, parts)."""
    total = max(source.featureCount(), 1)
    parts, owners, fids = [], [], []
    skipped_null = skipped_filter = 0
    box = None
    with reading(what):
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest())):
            if feedback is not None:
                if feedback.isCanceled():
                    break
                if i % 5000 == 0:
                    feedback.setProgress(40.0 * i / total)
            geom = feat.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                skipped_null += 1
                continue
            b = geom.boundingBox()
            b = (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())
            box = b if box is None else (min(box[0], b[0]), min(box[1], b[1]),
                                         max(box[2], b[2]), max(box[3], b[3]))
            if keep is not None and not keep(feat):
                skipped_filter += 1
                continue
            for part in _line_parts(geom):
                parts.append(part)
                owners.append(len(fids))
            fids.append(feat.id())
    lines = LineSet.from_lines(parts, np.array(owners, dtype=np.int64))
    return _Scan(lines.coords, lines.offsets, lines.source, fids, box, skipped_null,
                 skipped_filter)


def _scan_bulk(bulk, fields, keep_columns, what):
    """The OGR reader (qgis_io.bulk): every feature in one batch read, the filter on columns;
    None when the file cannot be read this way."""
    from ..core.geometry.wkb import lines_from_wkb
    from .bulk import read_columns
    cols = read_columns(bulk, fields, what=what)
    if cols is None:
        return None
    try:
        lines, n = lines_from_wkb(cols.wkb)
    except UrbanPlanError:
        return None     # a geometry the WKB reader leaves to QGIS
    has_geom = np.zeros(n, dtype=bool)
    has_geom[lines.source] = True
    box = None
    if len(lines.coords):
        c = lines.coords
        box = (float(c[:, 0].min()), float(c[:, 1].min()), float(c[:, 0].max()),
               float(c[:, 1].max()))
    keep = has_geom.copy()
    if keep_columns is not None:
        idx = np.flatnonzero(has_geom)
        mask = np.asarray(keep_columns({f: [v[i] for i in idx.tolist()]
                                        for f, v in cols.attrs.items()}, len(idx)), dtype=bool)
        keep[idx[~mask]] = False
    kept = np.flatnonzero(keep)
    new_index = np.full(n, -1, dtype=np.int64)
    new_index[kept] = np.arange(len(kept))
    part_kept = keep[lines.source]
    counts = np.diff(lines.offsets)[part_kept]
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    vertex_kept = np.repeat(part_kept, np.diff(lines.offsets))
    return _Scan(lines.coords[vertex_kept], offsets, new_index[lines.source[part_kept]],
                 cols.fids[kept].tolist(), box, int(n - has_geom.sum()),
                 int(has_geom.sum() - len(kept)))


def read_street_lines(source, choose_crs, context=None, feedback=None, ways=None,
                      osm_filter=True, bulk=None, what=None):
    """Street lines read once: (LineSet in the working CRS, feature ids, working CRS).

    One pass gives the features' extent, the OSM filter (``ways``:
    :class:`qgis_io.ways.WayTags`, which also records the kept lines' tags; without it
    :func:`osm_walk_filter`) and the line parts; ``choose_crs(extent)`` then picks the working
    CRS (the extent is the layer's own when the provider knows it, else the features', as
    :func:`source_extent`) and the parts are transformed at once. ``bulk``
    (:func:`qgis_io.bulk.ogr_source` of the layer) reads the file with OGR in batches and
    filters the columns (the same ways as the QGIS path: tests/qgis/test_read_once.py)."""
    what = what or tr("street lines")
    scan = None
    if bulk is not None:
        if ways is not None:
            fields, keep_columns = ways.columns_filter(source, osm_filter)
        else:
            fields, keep_columns = osm_walk_columns(source) if osm_filter else ((), None)
        scan = _scan_bulk(bulk, fields, keep_columns, what)
        if scan is None and ways is not None:
            ways.reset()
    if scan is None:
        if ways is not None:
            keep = ways.line_filter(source, osm_filter)
        else:
            keep = osm_walk_filter(source) if osm_filter else None
        scan = _scan_qgis(source, keep, feedback, what)
    ext = source.sourceExtent()
    if ext.isNull() or ext.isEmpty() or not ext.width() > 0:
        ext = QgsRectangle(*scan.box) if scan.box is not None else source.sourceExtent()
    crs = choose_crs(ext)
    coords = transform_coords(scan.coords, transform_to(source, crs, context), what)
    if feedback is not None:
        feedback.setProgress(40.0)
    _report_skipped(scan, feedback)
    return LineSet(coords, scan.offsets, scan.owner), scan.fids, crs


def osm_walk_columns(source):
    """:func:`osm_walk_filter` on columns (for :func:`read_street_lines`' bulk reader):
    (fields to read, ``keep(columns, n) -> bool array``), or ((), None) without ``highway``."""
    from ..core.network.osm import judge_ways, tag_columns
    names = source.fields().names()
    if "highway" not in names:
        return (), None
    direct = [k for k in ("foot", "access") if k in names]
    fields = ["highway"] + (["other_tags"] if "other_tags" in names else []) + direct

    def keep(cols, n):
        tags = tag_columns(cols.get("other_tags", [None] * n), ("foot", "access"),
                           {k: cols[k] for k in direct})
        highway = [None if v is None else v for v in cols["highway"]]
        return judge_ways(highway, tags, is_walkable)

    return fields, keep


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
        geom = _transformed(geom, xform, tr("network"))
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
                        tolerance=0.5, name="network", ways=None, bulk=None):
    """A WalkNetwork from a prepared network layer, or from any line layer (prepared on the fly,
    with the OSM filter when the layer has a ``highway`` field), in ``crs``.

    ``ways`` (:class:`qgis_io.ways.WayTags`, optional) records the OSM tags of the lines that go
    into the network, for the travel profiles; its filter also keeps the ways a profile other
    than walking may use (a cycleway closed to pedestrians, for a cyclist). ``bulk``: see
    :func:`read_street_lines`."""
    net, _crs = network_and_crs(source, lambda _extent: crs, context, feedback, osm_filter,
                                tolerance, name, ways, bulk)
    return net


def network_and_crs(source, choose_crs, context=None, feedback=None, osm_filter=True,
                    tolerance=0.5, name="network", ways=None, bulk=None):
    """(WalkNetwork, working CRS) as :func:`network_from_source`, the CRS picked by
    ``choose_crs(extent)`` from the layer's extent, found in the same single pass that reads
    the lines (:func:`read_street_lines`)."""
    check_source(source, name, QgsWkbTypes.GeometryType.LineGeometry)
    if is_prepared_network(source):
        crs = choose_crs(source_extent(source))
        if feedback is not None:
            feedback.pushInfo(tr("Using the prepared walking network as it is."))
        if ways is not None:
            ways.read_prepared(source)
        return read_prepared_network(source, crs, context, feedback), crs
    lines, _fids, crs = read_street_lines(source, choose_crs, context, feedback, ways,
                                          osm_filter, bulk)
    with engine_errors():
        net = build_network(lines, tolerance=tolerance, crs=crs.authid())
    if feedback is not None:
        for line in net.log:
            feedback.pushInfo(line)
    return net, crs


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
