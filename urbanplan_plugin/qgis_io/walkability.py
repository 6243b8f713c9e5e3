"""Walkability layers <-> arrays: destinations (with park entrances), the origin output with
dist_<cat>_m/time_<cat>_min/n_within/score fields, and the summary table."""
import os

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsWkbTypes,
)

from ..core import schema as S
from ..core.network.entrances import DEFAULT_ENTRANCE_TOLERANCE_M
from ..core.walk.fifteenminutecity import ALL, SummaryTable, category_key
from ..i18n import tr
from .layers import _value
from .outputs import column, result_fields, schema_spec, table_fields, write_features, write_rows
from .points import boundary_access_points, read_points

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


def group_suffixes(groups):
    """{group: safe name} of the population groups with their own travel profile, the part
    of their field names after the category (``time_<category>_<group>_min``); the same rule
    for every analysis (lowercase letters, digits and _, at most 20 characters)."""
    from ..core.walk.fifteenminutecity import safe_field_names
    return safe_field_names(list(groups), max_length=20)


def group_field_names(result, group_results):
    """{group: {category: (time field, within field)}} for groups with their own profile:
    ``time_<category>_<group>_min`` and ``within_<category>_<group>`` (safe names)."""
    out = {}
    if not group_results:
        return out
    gsafe = group_suffixes(group_results)
    for g in group_results:
        out[g] = {r.name: (S.fill(S.TIME_CAT_MIN, f"{result.fields[r.name]}_{gsafe[g]}"),
                           S.fill(S.WITHIN_CAT_GROUP, f"{result.fields[r.name]}_{gsafe[g]}"))
                  for r in result.rules}
    return out


def access_fields(source_fields, result, feedback=None, analysis="fifteenminutecity",
                  group_results=None):
    """Output fields: the origin's fields (minus any that the analysis writes anew), then
    dist_<cat>_m and time_<cat>_min per category, n_within and score; with group profiles
    (``group_results`` {group: AccessResult}) time_<cat>_<group>_min and within_<cat>_<group>
    per group and category; then null_reason (why a value is NULL: off_network, island,
    beyond_horizon, impassable; core.network.fragments). Returns (fields, kept indexes)."""
    new = []
    for r in result.rules:
        name = result.fields[r.name]
        new += [S.fill(S.DIST_CAT_M, name), S.fill(S.TIME_CAT_MIN, name)]
    new += [S.N_WITHIN, S.SCORE]
    for per_cat in group_field_names(result, group_results).values():
        for r in result.rules:
            new += list(per_cat[r.name])
    new.append(S.NULL_REASON)
    return result_fields(source_fields, analysis, "OUTPUT", new, feedback)


def null_reasons(result, group_results=None):
    """One text per origin: the reasons of the main result (``off_network``, ``island``,
    ``beyond_horizon``, ``impassable``; several joined by ``;``) and, with group profiles, the
    reasons a group's profile adds as ``<group>:<reason>`` (same separator); None when every
    value is there."""
    main = result.null_reason
    groups = {g: res.null_reason for g, res in (group_results or {}).items()}
    out = []
    for i in range(len(result.origin_ok)):
        parts = main[i].split(";") if main[i] else []
        for g, reasons in groups.items():
            if reasons[i]:
                parts += [f"{g}:{r}" for r in reasons[i].split(";") if r not in parts]
        out.append(";".join(parts) if parts else None)
    return out


def write_access_layer(source, fids, result, sink, kept, context=None, feedback=None,
                       start=80.0, group_results=None, bulk=None):
    """One output feature per origin feature, in the source's order and CRS: its geometry and
    kept attributes, then the analysis fields (NULL where NaN; metres to the cm, minutes to
    0.001). ``bulk``: see :func:`qgis_io.outputs.write_features`."""
    columns = []
    for c in range(len(result.rules)):
        columns.append(column(np.round(result.dist[:, c], 2)))
        columns.append(column(np.round(result.time[:, c], 3)))
    columns.append(column(result.n_within, "int"))
    columns.append(column(np.round(result.score, 2)))
    for res in (group_results or {}).values():
        for c in range(len(result.rules)):
            columns.append(column(np.round(res.time[:, c], 3)))
            within = np.where(res.origin_ok, res.within[:, c].astype(np.float64), np.nan)
            columns.append(column(within, "int"))
    columns.append(null_reasons(result, group_results))
    return write_features(source, fids, kept, columns, sink, context, feedback, start=start,
                          bulk=bulk)


def summary_spec():
    return schema_spec("fifteenminutecity", "SUMMARY", SummaryTable.COLUMNS)


def summary_fields():
    return table_fields(summary_spec())


def write_summary(table, sink):
    write_rows(table.rows(), summary_spec(), sink)


def population_array(points, field, what):
    """Population per origin from a numeric field: NULL or negative values are errors."""
    if not field:
        return None
    return points.numeric(field, what=what, allow_null=False, allow_negative=False)


def read_access_inputs(origins, destinations, crs, network, population_field, group_fields,
                       category_field, access=ACCESS_AUTO, context=None, feedback=None,
                       index=None, fragments=None):
    """Everything "who reaches which services" reads, the same way for every such algorithm:
    origins (with population and group counts checked), the network's edge index, and the
    destinations (parks through their entrances). Returns
    (origins PointSet, population, groups, index, dest xy, labels, owner, n_destinations).
    ``index``: the edge index to use (a travel profile's: only the ways it may use); else one
    with the fragment rule ``fragments`` ({min_component_nodes, min_component_m})."""
    from ..core.network.snap import EdgeIndex
    from ..core.presets import load_osm_mapping
    opts = read_points(origins, crs, context, feedback,
                       fields=[population_field] + list(group_fields))
    population = population_array(opts, population_field, tr("population field '{f}'").format(
        f=population_field))
    groups = {g: population_array(opts, g, tr("group field '{f}'").format(f=g))
              for g in group_fields}
    index = index or EdgeIndex(network, **(fragments or {}))
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


__all__ = ["read_destinations", "read_access_inputs", "access_fields", "write_access_layer",
           "summary_fields", "write_summary", "population_array", "null_reasons", "_value"]


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
    return table_fields(schema_spec("osmdestinations", "OUTPUT",
                                    (S.CATEGORY, S.OSM_ID, S.NAME, S.ACCESS, S.OSM_LAYER)))


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
