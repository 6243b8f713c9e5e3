"""Results written into a GeoPackage in bulk: "the input features plus result columns" without
a feature passing through Python.

An analysis such as floodexposure writes a copy of its input with a few result columns. For a
GeoPackage input written to a new GeoPackage file, :func:`copy_with_results` does it in SQLite:

1. QGIS creates the output layer (through Processing's sink, so its schema -- field names,
   types, widths, the layer name, the CRS, the spatial index and its triggers -- is exactly
   what the feature writer makes) and closes it empty;
2. the result columns go into a temporary table (one ``executemany``), then one
   ``INSERT ... SELECT`` joins them to the input table by feature id: the input's rows and
   geometry blobs are copied as they are stored, never parsed;
3. the spatial index (SQLite R*Tree, which GDAL 3.6 fills one row at a time: ~15 s for a
   million features) is packed in bulk (:func:`pack_rtree`, sort-tile-recursive) from the
   bounding boxes GDAL's own ``ST_MinX``... functions give, with SQLite's float rounding, and
   the triggers and metadata GDAL keeps (``gpkg_contents`` extent, ``gpkg_ogr_contents``
   count) are restored.

Everything runs in one transaction: on any doubt (a schema that does not match, a geometry
type the feature writer would convert, a value SQLite cannot take) nothing is written and the
caller writes the features one by one instead. The staged-output rule is untouched (the file is
in the staging folder; qgis_io.staging moves it into place). tests/qgis/test_bulk_io.py compares
the output with the feature writer's: fields, types, values, geometries, the index.
"""
import os
import sqlite3
from urllib.parse import quote

import numpy as np

_RNDTOWARDS = 1.0 - 1.0 / 8388608.0
_RNDAWAY = 1.0 + 1.0 / 8388608.0
_CELL = 24          # 8-byte id + 4 float32 (2-D R*Tree)


class NotApplicable(Exception):
    """The bulk copy does not apply; write feature by feature."""


def _q(name):
    return '"' + str(name).replace('"', '""') + '"'


# ------------------------------------------------------------------------------------------
# R*Tree
# ------------------------------------------------------------------------------------------

def sqlite_boxes(minx, maxx, miny, maxy):
    """Bounding boxes as SQLite's R*Tree stores them (float32, minimum rounded down and
    maximum up: ``rtreeValueDown``/``rtreeValueUp`` of SQLite's rtree.c)."""
    def down(d):
        d = np.asarray(d, dtype=np.float64)
        f = d.astype(np.float32)
        bad = f > d
        if bad.any():
            f[bad] = (d[bad] * np.where(d[bad] < 0, _RNDAWAY, _RNDTOWARDS)).astype(np.float32)
        return f

    def up(d):
        d = np.asarray(d, dtype=np.float64)
        f = d.astype(np.float32)
        bad = f < d
        if bad.any():
            f[bad] = (d[bad] * np.where(d[bad] < 0, _RNDTOWARDS, _RNDAWAY)).astype(np.float32)
        return f

    return np.stack([down(minx), up(maxx), down(miny), up(maxy)], axis=1)


def _node_blobs(ids, boxes, starts, counts, node_size, depth=None):
    """Node blobs (bytes) of nodes holding entries ``ids``/``boxes`` in runs
    ``starts``/``counts`` (SQLite's layout: 2-byte depth (root only), 2-byte cell count, then
    cells of a big-endian 8-byte id and four big-endian float32)."""
    cap = (node_size - 4) // _CELL
    g = len(starts)
    cells = np.zeros((g, cap), dtype=[("id", ">i8"), ("box", ">f4", (4,))])
    pos = np.arange(len(ids)) - np.repeat(starts, counts)
    node = np.repeat(np.arange(g), counts)
    cells["id"][node, pos] = ids
    cells["box"][node, pos] = boxes
    blob = np.zeros((g, node_size), dtype=np.uint8)
    blob[:, 2:4] = counts.astype(">u2").view(np.uint8).reshape(g, 2)
    if depth is not None:
        blob[:, 0:2] = np.full(g, depth, dtype=">u2").view(np.uint8).reshape(g, 2)
    blob[:, 4:4 + cap * _CELL] = cells.view(np.uint8).reshape(g, cap * _CELL)
    return [bytes(b) for b in blob]


def _str_order(boxes, cap):
    """Sort-tile-recursive order of boxes: vertical slices by x centre, each sorted by y."""
    n = len(boxes)
    nodes = -(-n // cap)
    slices = int(np.ceil(np.sqrt(nodes)))
    cx = 0.5 * (boxes[:, 0].astype(np.float64) + boxes[:, 1])
    cy = 0.5 * (boxes[:, 2].astype(np.float64) + boxes[:, 3])
    by_x = np.argsort(cx, kind="stable")
    slice_of = np.empty(n, dtype=np.int64)
    slice_of[by_x] = np.arange(n) // (slices * cap)
    return np.lexsort((cy, slice_of))


def pack_rtree(ids, boxes, node_size):
    """The tables of a SQLite R*Tree holding ``ids`` with float32 ``boxes`` (n, 4: minx, maxx,
    miny, maxy as :func:`sqlite_boxes`): (node rows [(nodeno, blob)], parent rows
    [(nodeno, parent)], rowid rows [(rowid, nodeno)]). Node 1 is the root."""
    cap = (node_size - 4) // _CELL
    ids = np.asarray(ids, dtype=np.int64)
    boxes = np.asarray(boxes, dtype=np.float32)
    nodes, parents, rowids = [], [], []
    height, next_no = 0, 2
    while True:
        n = len(ids)
        if n <= cap:        # the root
            nodes += list(zip([1], _node_blobs(ids, boxes, np.array([0]), np.array([n]),
                                               node_size, depth=height)))
            (rowids if height == 0 else parents).append(
                (ids, np.ones(n, dtype=np.int64)))
            break
        order = _str_order(boxes, cap)
        ids, boxes = ids[order], boxes[order]
        starts = np.arange(0, n, cap)
        counts = np.minimum(cap, n - starts)
        numbers = np.arange(next_no, next_no + len(starts), dtype=np.int64)
        next_no += len(starts)
        nodes += list(zip(numbers.tolist(), _node_blobs(ids, boxes, starts, counts,
                                                           node_size)))
        (rowids if height == 0 else parents).append((ids, np.repeat(numbers, counts)))
        boxes = np.stack([np.minimum.reduceat(boxes[:, 0], starts),
                          np.maximum.reduceat(boxes[:, 1], starts),
                          np.minimum.reduceat(boxes[:, 2], starts),
                          np.maximum.reduceat(boxes[:, 3], starts)], axis=1)
        ids = numbers
        height += 1

    def rows(pairs):
        if not pairs:
            return []
        a = np.concatenate([p[0] for p in pairs])
        b = np.concatenate([p[1] for p in pairs])
        return list(zip(a.tolist(), b.tolist()))
    return nodes, rows(parents), rows(rowids)


# ------------------------------------------------------------------------------------------
# the copy
# ------------------------------------------------------------------------------------------

def _feature_table(con, schema, name=None):
    """(table, geometry column, srs_id, type name, z, m, pk column) of a feature table."""
    rows = con.execute(f"SELECT table_name, column_name, srs_id, geometry_type_name, z, m "
                       f"FROM {schema}.gpkg_geometry_columns").fetchall()
    if name is not None:
        rows = [r for r in rows if r[0].lower() == name.lower()]
    if len(rows) != 1:
        raise NotApplicable("no single feature table")
    table, geom, srs, gtype, z, m = rows[0]
    info = con.execute(f"PRAGMA {schema}.table_info({_q(table)})").fetchall()
    pk = [r[1] for r in info if r[5] == 1]
    if len(pk) != 1:
        raise NotApplicable("no single primary key")
    columns = [r[1] for r in info if r[1] not in (pk[0], geom)]
    return table, geom, srs, str(gtype).upper(), z, m, pk[0], columns


def input_bounds(path, layer=None):
    """(ids, minx, maxx, miny, maxy) of the non-empty geometries of a GeoPackage feature table
    (``layer`` None: the file's only one), by GDAL's own SQL functions (those of the R*Tree
    triggers), in Arrow batches. Raises :class:`NotApplicable` when a geometry is empty or of
    another type than the table declares (the feature writer would convert it: the blobs
    cannot be copied as they are)."""
    from osgeo import ogr

    from .qgis_compat import gdal_exceptions, ogr_arrow_reader
    if not ogr_arrow_reader():
        raise NotApplicable("no Arrow reader")
    con = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True)
    try:
        table, geom, _srs, gtype, z, m, pk, _cols = _feature_table(con, "main", layer)
    except sqlite3.Error as exc:
        raise NotApplicable(str(exc)) from None
    finally:
        con.close()
    g = _q(geom)
    with gdal_exceptions():
        try:
            ds = ogr.Open(path, 0)
            want_z = {0: "0", 1: "1", 2: "0, 1"}.get(z)
            want_m = {0: "0", 1: "1", 2: "0, 1"}.get(m)
            if gtype == "GEOMETRY" or want_z is None or want_m is None or "'" in gtype:
                raise NotApplicable("no single geometry type")
            odd = ds.ExecuteSQL(
                f"SELECT count(*) FROM {_q(table)} WHERE {g} IS NOT NULL AND "
                f"(ST_GeometryType({g}) != '{gtype}' OR ST_Is3D({g}) NOT IN ({want_z}) OR "
                f"ST_IsMeasured({g}) NOT IN ({want_m}) OR ST_IsEmpty({g}))")
            try:
                n_odd = odd.GetNextFeature().GetField(0)
            finally:
                ds.ReleaseResultSet(odd)
            if n_odd:
                raise NotApplicable("geometry types differ from the table's")
            lyr = ds.ExecuteSQL(
                f"SELECT {_q(pk)} AS i, ST_MinX({g}) AS x0, ST_MaxX({g}) AS x1, "
                f"ST_MinY({g}) AS y0, ST_MaxY({g}) AS y1 FROM {_q(table)} "
                f"WHERE {g} IS NOT NULL AND NOT ST_IsEmpty({g})")
            try:
                parts = {k: [] for k in ("i", "x0", "x1", "y0", "y1")}
                fid_name = lyr.GetFIDColumn() or "i"     # the key becomes the fid column
                for batch in lyr.GetArrowStreamAsNumPy(["INCLUDE_FID=YES"]):
                    for k in parts:
                        parts[k].append(np.ma.getdata(batch[k if k in batch else fid_name]))
            finally:
                ds.ReleaseResultSet(lyr)
            del ds
        except RuntimeError as exc:
            raise NotApplicable(str(exc)) from None
    out = [np.concatenate(v) if v else np.empty(0) for v in parts.values()]
    return (out[0].astype(np.int64),) + tuple(a.astype(np.float64) for a in out[1:])


def fid_field_of(names, n_results, pk):
    """The kept field QGIS's writer made the output's fid column (named like it), or None."""
    return next((n for n in list(names)[:len(names) - int(n_results)]
                 if n.lower() == str(pk).lower()), None)


def copy_with_results(src_path, src_layer, out_path, out_layer, field_names, n_results, fids,
                      rows, bounds=None, done=0):
    """Write ``out_layer`` of the GeoPackage ``out_path`` (created empty by QGIS with the
    fields ``field_names``: the kept input fields, then ``n_results`` result fields) as the rows
    of ``src_layer`` (None: the file's only feature table) of ``src_path`` whose feature id is
    in ``fids``, each followed by its result values ``rows[i]`` (tuples of Python values,
    NULL as None); ``bounds``: :func:`input_bounds` of the input (read when None). A kept
    field named like the output's fid column is written as the fid (as QGIS's writer does).
    Rows without a geometry are not copied: the caller wrote them (``done`` of them) through
    the feature writer, which decides how they are stored.
    Returns the number of features written. Raises :class:`NotApplicable` (nothing written)
    when the copy would not be the feature writer's output."""
    if not (os.path.isfile(src_path) and os.path.isfile(out_path)):
        raise NotApplicable("not files")
    con = sqlite3.connect(f"file:{quote(os.path.abspath(out_path))}", uri=True,
                          isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ? AS src",
                    (f"file:{quote(os.path.abspath(src_path))}?mode=ro",))
        s_table, s_geom, s_srs, s_type, s_z, s_m, s_pk, s_cols = _feature_table(
            con, "src", src_layer)
        o_table, o_geom, o_srs, o_type, o_z, o_m, o_pk, o_cols = _feature_table(
            con, "main", out_layer)
        if (s_srs, s_type, s_z, s_m) != (o_srs, o_type, o_z, o_m):
            raise NotApplicable("geometry column differs")
        if con.execute(f"SELECT count(*) FROM main.{_q(o_table)}").fetchone()[0] != done:
            raise NotApplicable("unexpected rows in the output")
        if done and fid_field_of(field_names, n_results, o_pk) is None:
            raise NotApplicable("rows written before the copy need their fid")
        names = list(field_names)
        n_res = int(n_results)
        fid_field = fid_field_of(names, n_res, o_pk)
        expect = [n for n in names if fid_field is None or n != fid_field]
        if [c.lower() for c in o_cols] != [n.lower() for n in expect]:
            raise NotApplicable("output columns differ")
        by_lower = {c.lower(): c for c in s_cols}
        select, target = [], []
        if fid_field is not None:
            if fid_field.lower() != s_pk.lower():
                raise NotApplicable("the fid field is not the input's fid")
            select.append(f"s.{_q(s_pk)}")
            target.append(_q(o_pk))
        select.append(f"s.{_q(s_geom)}")
        target.append(_q(o_geom))
        for name, col in zip(expect[:len(expect) - n_res], o_cols):
            src_col = by_lower.get(name.lower())
            if src_col is None:
                raise NotApplicable(f"field {name} not in the input table")
            select.append(f"s.{_q(src_col)}")
            target.append(_q(col))
        for j, col in enumerate(o_cols[len(o_cols) - n_res:]):
            select.append(f"r.c{j}")
            target.append(_q(col))
        rtree = f"rtree_{o_table}_{o_geom}"
        has_rtree = con.execute("SELECT count(*) FROM main.sqlite_master WHERE type='table' "
                                "AND name=?", (rtree,)).fetchone()[0] == 1
        node_size = None
        if has_rtree:
            info = [r[1] for r in con.execute(f"PRAGMA main.table_info({_q(rtree + '_rowid')})")]
            if info != ["rowid", "nodeno"]:
                raise NotApplicable("unknown R*Tree layout")
            node_size = con.execute(f"SELECT length(data) FROM main.{_q(rtree + '_node')} "
                                    f"WHERE nodeno = 1").fetchone()[0]

        con.execute("BEGIN")
        try:
            triggers = con.execute("SELECT name, sql FROM main.sqlite_master WHERE "
                                   "type='trigger' AND lower(tbl_name)=lower(?)",
                                   (o_table,)).fetchall()
            for name, _sql in triggers:
                con.execute(f"DROP TRIGGER main.{_q(name)}")
            cols = ", ".join(f"c{j}" for j in range(n_res))
            con.execute(f"CREATE TEMP TABLE bulk_results (k INTEGER PRIMARY KEY"
                        f"{', ' if n_res else ''}{cols})")
            marks = ", ".join("?" * (n_res + 1))
            fid_list = np.asarray(fids, dtype=np.int64).tolist()
            con.executemany(f"INSERT INTO temp.bulk_results VALUES ({marks})",
                            ((k,) + tuple(r) for k, r in zip(fid_list, rows)))
            con.execute(f"INSERT INTO main.{_q(o_table)} ({', '.join(target)}) "
                        f"SELECT {', '.join(select)} FROM src.{_q(s_table)} AS s "
                        f"JOIN temp.bulk_results AS r ON r.k = s.{_q(s_pk)} "
                        f"WHERE s.{_q(s_geom)} IS NOT NULL ORDER BY s.{_q(s_pk)}")
            count = con.execute(f"SELECT count(*) FROM main.{_q(o_table)}").fetchone()[0]
            extent = None
            if bounds is None:
                bounds = input_bounds(src_path, src_layer)
            ids, x0, x1, y0, y1 = bounds
            keep = np.isin(ids, fid_list)
            ids, x0, x1, y0, y1 = ids[keep], x0[keep], x1[keep], y0[keep], y1[keep]
            if fid_field is None:   # new fids, 1..n in the input's fid order
                written = np.sort(np.asarray(fid_list, dtype=np.int64))
                ids = np.searchsorted(written, ids) + 1
                if count and con.execute(f"SELECT min({_q(o_pk)}), max({_q(o_pk)}) FROM "
                                         f"main.{_q(o_table)}").fetchone() != (1, count):
                    raise NotApplicable("unexpected fids")
            if has_rtree:
                _write_rtree(con, rtree, ids, x0, x1, y0, y1, node_size)
            if len(ids):
                extent = (x0.min(), y0.min(), x1.max(), y1.max())
            con.execute("DROP TABLE temp.bulk_results")
            for _name, sql in triggers:
                con.execute(sql)
            if extent is not None:
                # as GDAL writes it: printed by SQLite's printf ("%.18g", at most 16
                # significant digits) into SQL text that SQLite reads back
                con.execute("UPDATE main.gpkg_contents SET "
                            "min_x=CAST(printf('%.18g', ?) AS REAL), "
                            "min_y=CAST(printf('%.18g', ?) AS REAL), "
                            "max_x=CAST(printf('%.18g', ?) AS REAL), "
                            "max_y=CAST(printf('%.18g', ?) AS REAL) "
                            "WHERE lower(table_name)=lower(?)",
                            tuple(float(v) for v in extent) + (o_table,))
            con.execute("UPDATE main.gpkg_contents SET last_change="
                        "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE lower(table_name)=lower(?)",
                        (o_table,))
            if con.execute("SELECT count(*) FROM main.sqlite_master WHERE type='table' AND "
                           "name='gpkg_ogr_contents'").fetchone()[0]:
                con.execute("UPDATE main.gpkg_ogr_contents SET feature_count=? WHERE "
                            "lower(table_name)=lower(?)", (count, o_table))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    except (sqlite3.Error, TypeError, ValueError, OverflowError, RuntimeError) as exc:
        raise NotApplicable(str(exc)) from None
    finally:
        con.close()
    return count


def _write_rtree(con, rtree, ids, x0, x1, y0, y1, node_size):
    boxes = sqlite_boxes(x0, x1, y0, y1)
    nodes, parents, rowids = pack_rtree(ids, boxes, node_size)
    for suffix in ("_node", "_parent", "_rowid"):
        con.execute(f"DELETE FROM main.{_q(rtree + suffix)}")
    con.executemany(f"INSERT INTO main.{_q(rtree + '_node')} (nodeno, data) VALUES (?, ?)",
                    nodes)
    _insert_pairs(con, f"main.{_q(rtree + '_parent')}", "nodeno", "parentnode", parents)
    _insert_pairs(con, f"main.{_q(rtree + '_rowid')}", "rowid", "nodeno", rowids)


def _insert_pairs(con, table, a, b, pairs):
    """Rows (a, b) of integers, grouped by b (runs of equal b, as the packer makes them): one
    statement per group with its a values as a JSON array (integers are exact in JSON);
    plain ``executemany`` where SQLite has no JSON functions."""
    import json
    if not pairs:
        return
    arr = np.asarray(pairs, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, arr[1:, 1] != arr[:-1, 1]])
    ends = np.r_[starts[1:], len(arr)]
    first = arr[:, 0].tolist()
    groups = ((int(arr[s0, 1]), json.dumps(first[s0:e0])) for s0, e0 in zip(starts, ends))
    try:
        con.executemany(f"INSERT INTO {table} ({a}, {b}) SELECT value, ? FROM json_each(?)",
                        groups)
    except sqlite3.OperationalError:
        con.executemany(f"INSERT INTO {table} ({a}, {b}) VALUES (?, ?)", pairs)
