"""Walkability layers <-> arrays: destinations (with park entrances), the origin output with
dist_/time_/n_within/score fields, and the summary table."""
import math
import os

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)

from ..core.network.entrances import DEFAULT_ENTRANCE_TOLERANCE_M
from ..core.walk.fifteenminutecity import ALL, SummaryTable, category_key
from ..i18n import tr
from .layers import _value
from .outputs import column, joined_fields, write_features
from .points import boundary_access_points, read_points
from .qgis_compat import make_field

ACCESS_AUTO, ACCESS_POINT, ACCESS_BOUNDARY = 0, 1, 2

ENTRANCE_TOLERANCE_M = DEFAULT_ENTRANCE_TOLERANCE_M
"""A street within this many metres of a polygon's boundary counts as an entrance: the engine's
one entrance rule and default (core.network.entrances), the same as sdg1171's."""


def read_destinations(source, crs, category_field=None, index=None, access=ACCESS_AUTO,
                      boundary_categories=(), context=None, feedback=None):
    """Destination points in ``crs``: (xy (m, 2), labels (m,), owner (m,), n_features, info).

    Points stand for themselves. Polygons stand for their point on surface, or, with
    ``access`` = boundary (or auto and a category in ``boundary_categories``, such as parks), for
    every point where their boundary meets the network (``index``: the network's EdgeIndex).
    ``owner`` is the feature's position, so a park with 6 entrances still counts once."""
    fields = [category_field] if category_field else []
    is_poly = (QgsWkbTypes.geometryType(source.wkbType())
               == QgsWkbTypes.GeometryType.PolygonGeometry)
    pts = read_points(source, crs, context, feedback, fields=fields, keep_geometry=is_poly)
    n = len(pts)
    if category_field:
        labels = np.array([None if v is None or str(v).strip() == "" else str(v)
                           for v in pts.attrs[category_field]], dtype=object)
    else:
        labels = np.full(n, ALL, dtype=object)
    owner = np.arange(n, dtype=np.int64)
    xy = pts.xy
    info = ""
    if is_poly and index is not None and access != ACCESS_POINT:
        bkeys = {category_key(c) for c in boundary_categories}
        use = np.array([access == ACCESS_BOUNDARY
                        or (lab is not None and category_key(lab) in bkeys) for lab in labels],
                       dtype=bool)
        use &= np.array([g is not None for g in pts.geometries], dtype=bool)
        if use.any():
            sel = np.flatnonzero(use)
            bxy, bown = boundary_access_points([pts.geometries[i] for i in sel], index,
                                               ENTRANCE_TOLERANCE_M)
            bown = sel[bown]
            keep = ~use
            xy = np.vstack([xy[keep], bxy])
            labels = np.concatenate([labels[keep], labels[bown]])
            owner = np.concatenate([owner[keep], bown])
            info = tr("{n} polygon destination(s) are reached through {k} entrance point(s) "
                      "where their boundary meets the network (within {t:g} m).").format(
                n=len(sel), k=len(bxy), t=ENTRANCE_TOLERANCE_M)
    return xy, labels, owner, n, info


def access_fields(source_fields, result, feedback=None):
    """Output fields: the origin's fields (minus any that the analysis writes anew), then
    dist_<cat> and time_<cat> per category, n_within and score. Returns (fields, kept indexes)."""
    new = []
    for r in result.rules:
        name = result.fields[r.name]
        new.append((f"dist_{name}", "double"))
        new.append((f"time_{name}", "double"))
    new += [("n_within", "int"), ("score", "double")]
    return joined_fields(source_fields, new, feedback)


def _num(v, digits=None):
    if v is None or not math.isfinite(v):
        return None
    return round(float(v), digits) if digits is not None else float(v)


def write_access_layer(source, fids, result, sink, kept, context=None, feedback=None,
                       start=80.0):
    """One output feature per origin feature, in the source's order and CRS: its geometry and
    kept attributes, then the analysis fields (NULL where NaN; metres to the cm, minutes to
    0.001)."""
    columns = []
    for c in range(len(result.rules)):
        columns.append(column(np.round(result.dist[:, c], 2)))
        columns.append(column(np.round(result.time[:, c], 3)))
    columns.append(column(result.n_within, "int"))
    columns.append(column(np.round(result.score, 2)))
    return write_features(source, fids, kept, columns, sink, context, feedback, start=start)


def summary_fields():
    fields = QgsFields()
    for name in SummaryTable.COLUMNS:
        fields.append(make_field(name, "string" if name in ("zone", "category", "group")
                                 else "double"))
    return fields


def write_summary(table, sink):
    for row in table.rows():
        feat = QgsFeature(summary_fields())
        feat.setAttributes([row[c] if c in ("zone", "category", "group") else _num(row[c])
                            for c in SummaryTable.COLUMNS])
        sink.addFeature(feat)


def population_array(points, field, what):
    """Population per origin from a numeric field: NULL or negative values are errors."""
    if not field:
        return None
    return points.numeric(field, what=what, allow_null=False, allow_negative=False)


def read_access_inputs(origins, destinations, crs, network, population_field, group_fields,
                       category_field, access=ACCESS_AUTO, context=None, feedback=None):
    """Everything "who reaches which services" reads, the same way for every such algorithm:
    origins (with population and group counts checked), the network's edge index, and the
    destinations (parks through their entrances). Returns
    (origins PointSet, population, groups, index, dest xy, labels, owner, n_destinations)."""
    from ..core.network.snap import EdgeIndex
    from ..core.presets import load_osm_mapping
    opts = read_points(origins, crs, context, feedback,
                       fields=[population_field] + list(group_fields))
    population = population_array(opts, population_field, tr("population field '{f}'").format(
        f=population_field))
    groups = {g: population_array(opts, g, tr("group field '{f}'").format(f=g))
              for g in group_fields}
    index = EdgeIndex(network)
    boundary_cats = [c for c, v in load_osm_mapping().categories.items()
                     if (v or {}).get("access") == "boundary"]
    dxy, labels, owner, n_dest, info = read_destinations(
        destinations, crs, category_field, index, access, boundary_cats, context, feedback)
    if info and feedback is not None:
        feedback.pushInfo(info)
    return opts, population, groups, index, dxy, labels, owner, n_dest


def check_category_field(source, field):
    if field and source.fields().lookupField(field) < 0:
        raise QgsProcessingException(tr("Category field '{f}' is not in the destination "
                                        "layer.").format(f=field))


__all__ = ["read_destinations", "read_access_inputs", "access_fields", "write_access_layer", "summary_fields",
           "write_summary", "population_array", "_value"]


OSM_SKIP_COLUMNS = {"osm_id", "osm_way_id", "other_tags", "name", "z_order"}


def osm_tags(feat, names):
    """{key: value} of a feature from GDAL's OSM driver: its tag columns plus ``other_tags``."""
    from ..core.network.osm import parse_other_tags
    tags = {}
    if "other_tags" in names:
        tags.update(parse_other_tags(_value(feat["other_tags"])))
    for n in names:
        if n in OSM_SKIP_COLUMNS:
            continue
        v = _value(feat[n])
        if v is not None and str(v) != "":
            tags[n] = str(v)
    return tags


def osm_destination_fields():
    fields = QgsFields()
    for name, kind in (("category", "string"), ("osm_id", "string"), ("name", "string"),
                       ("access", "string"), ("osm_layer", "string")):
        fields.append(make_field(name, kind))
    return fields


def read_osm_destinations(path, mapping, feedback=None):
    """Classified OSM features of an .osm/.pbf file's ``points`` and ``multipolygons`` layers.

    Returns a list of (layer name, QgsGeometry in EPSG:4326, attribute list) and per-category
    counts. Unclassified features are skipped."""
    from qgis.core import QgsVectorLayer

    from .gdal_errors import reading
    rows, counts = [], {}
    for k, layer_name in enumerate(("points", "multipolygons")):
        if feedback is not None:
            feedback.setProgress(1 + 45 * k)
        if not os.path.exists(path):
            raise QgsProcessingException(tr(
                "The OpenStreetMap file '{p}' does not exist. Check the path (was the file moved "
                "or renamed?) and choose it again.").format(p=path))
        layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(tr("'{p}' could not be read as an OpenStreetMap file "
                                            "(.osm or .osm.pbf).").format(p=path))
        with reading(tr("OpenStreetMap file '{p}'").format(p=os.path.basename(path))):
            if not _read_osm_layer(layer, layer_name, mapping, rows, counts, feedback):
                return rows, counts
    return rows, counts


def _read_osm_layer(layer, layer_name, mapping, rows, counts, feedback):
    """Classified features of one layer of an OSM file; False when cancelled."""
    from ..core.presets import classify_tags
    names = layer.fields().names()
    for i, feat in enumerate(layer.getFeatures()):
        if feedback is not None and i % 5000 == 0 and feedback.isCanceled():
            return False
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        cat = classify_tags(osm_tags(feat, names), mapping)
        if cat is None:
            continue
        osm_id = _value(feat["osm_id"]) if "osm_id" in names else None
        if osm_id is None and "osm_way_id" in names:
            osm_id = _value(feat["osm_way_id"])
        name = _value(feat["name"]) if "name" in names else None
        rows.append((layer_name, geom, [cat, None if osm_id is None else str(osm_id),
                                        name, mapping.access(cat), layer_name]))
        counts[cat] = counts.get(cat, 0) + 1
    return True
