"""A prepared walking network stored next to its edges, so it is loaded instead of rebuilt.

``preparewalknetwork`` writes its edges to a GeoPackage layer. Reading that layer back means
reading every geometry and rebuilding the node numbering: most of the time of a small analysis.
This module keeps the arrays the engine needs (:class:`~.build.WalkNetwork`) in the same
GeoPackage, in a table ``urbanplan_network`` with one row per edge layer:

======================  ==================================================================
column                  meaning
======================  ==================================================================
table_name              the edge layer (GeoPackage table) the arrays describe
format                  :data:`FORMAT` (a newer layout is ignored, not misread)
content_key             :func:`content_key` of the edge layer when the arrays were written
crs                     the network's CRS (authority id)
edge_count, node_count  sizes, for a quick look with any SQLite tool
created                 UTC time of writing
<array name>            one BLOB per array of :data:`ARRAYS`, in numpy's ``.npy`` format
======================  ==================================================================

The table is registered in ``gpkg_contents`` with its own data type ``urbanplan_network`` (the
GeoPackage standard lets extensions define data types), so GDAL and QGIS do not list it as a
layer. Only Python's ``sqlite3`` is used: no QGIS, no GDAL.

**Invalidation.** The arrays are used only while the edge layer is unchanged. Its content key is
made of what the GeoPackage's own bookkeeping answers at once (no pass over a million rows):
the feature count (``gpkg_ogr_contents``, kept by GDAL's triggers; counted when absent), the
largest feature id, and ``gpkg_contents.last_change``, which GDAL, and so QGIS, updates with
every edit it makes. A changed key means "read the edges again". (An edit made with raw SQL that
neither adds nor removes features nor touches ``last_change`` is not seen: edit networks with
QGIS or GDAL, or run ``preparewalknetwork`` again.)

**Exactness.** :func:`prepared_network` is the one function that turns stored edges into a
network; the QGIS reader (``qgis_io.layers.read_prepared_network``), the headless batch reader and
:func:`prepared_form` (what is stored) all go through it, so a loaded network and a network
rebuilt from the layer are the same arrays, bit for bit.
"""
import datetime
import hashlib
import io
import sqlite3
from pathlib import Path

import numpy as np

from .build import LineSet, WalkNetwork

STORE_TABLE = "urbanplan_network"
DATA_TYPE = "urbanplan_network"
FORMAT = 1
ARRAYS = ("node_xy", "edge_from", "edge_to", "edge_length", "coords", "edge_vstart",
          "edge_vend", "edge_source")
"""Every array of a :class:`~.build.WalkNetwork`."""
STORED = ("node_xy", "edge_from", "edge_to", "edge_length", "coords", "offsets")
"""What the GeoPackage table keeps: a prepared network's edges own consecutive vertex runs, so
``edge_vstart``/``edge_vend`` are ``offsets[:-1]``/``offsets[1:] - 1`` and ``edge_source`` is
``0..m-1``; they are made again on loading."""
NETWORK_COLUMNS = ("from_node", "to_node", "length_m")


# --------------------------------------------------------------------------- the arrays

def prepared_network(edge_from_ids, edge_to_ids, edge_length, lines, crs=""):
    """The walking network a prepared edge table describes.

    ``edge_from_ids``/``edge_to_ids``: the node ids written with each edge (any integers);
    ``edge_length``: metres per edge; ``lines``: a :class:`~.build.LineSet` (or a list of
    (k, 2) arrays) with each edge's vertices from its from-node to its to-node. Node ids are
    renumbered 0..n-1 in sorted order; a node's coordinate is the end of the last edge that
    ends there (else the start of the last edge that starts there)."""
    u = np.asarray(edge_from_ids, dtype=np.int64).reshape(-1)
    v = np.asarray(edge_to_ids, dtype=np.int64).reshape(-1)
    if not isinstance(lines, LineSet):
        lines = LineSet.from_lines(lines)
    m = len(u)
    ids, inv = np.unique(np.concatenate([u, v]), return_inverse=True)
    inv = inv.reshape(-1)
    node_xy = np.zeros((len(ids), 2))
    node_xy[inv[:m]] = lines.coords[lines.offsets[:-1]]
    node_xy[inv[m:]] = lines.coords[lines.offsets[1:] - 1]
    return WalkNetwork(
        node_xy=node_xy, edge_from=inv[:m].astype(np.int64), edge_to=inv[m:].astype(np.int64),
        edge_length=np.asarray(edge_length, dtype=np.float64).reshape(-1),
        coords=lines.coords, edge_vstart=lines.offsets[:-1].copy(),
        edge_vend=lines.offsets[1:] - 1, edge_source=np.arange(m, dtype=np.int64), crs=crs)


def edge_lines(net):
    """Each edge's vertices (from-node to to-node) as one :class:`~.build.LineSet`."""
    counts = (net.edge_vend - net.edge_vstart + 1).astype(np.int64)
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    idx = np.repeat(net.edge_vstart - offsets[:-1], counts) + np.arange(int(offsets[-1]))
    return LineSet(net.coords[idx], offsets)


def prepared_form(net):
    """The network exactly as it is read back from its ``preparewalknetwork`` layer (one edge per
    feature, node ids as written): what the store keeps for that layer."""
    return prepared_network(net.edge_from, net.edge_to, net.edge_length, edge_lines(net),
                            net.crs)


def to_arrays(net):
    return {name: np.ascontiguousarray(getattr(net, name)) for name in ARRAYS}


def from_arrays(arrays, crs=""):
    return WalkNetwork(**{name: arrays[name] for name in ARRAYS}, crs=crs)


def _npy(arr):
    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=False)
    return buf.getvalue()


def _from_npy(blob):
    return np.load(io.BytesIO(blob), allow_pickle=False)


def save_npz(net, path, key=""):
    """Write a network to an ``.npz`` file (a cache file of the headless batch)."""
    np.savez(path, crs=np.array(net.crs), key=np.array(key), **to_arrays(net))


def load_npz(path):
    """(network, key) from :func:`save_npz`."""
    with np.load(path, allow_pickle=False) as data:
        arrays = {name: data[name] for name in ARRAYS}
        return from_arrays(arrays, str(data["crs"])), str(data["key"])


# --------------------------------------------------------------------------- GeoPackage

def _connect(path, readonly=True):
    uri = Path(path).resolve().as_uri() + ("?mode=ro" if readonly else "")
    con = sqlite3.connect(uri, uri=True, timeout=30.0)
    return con


def _quote(name):
    return '"' + str(name).replace('"', '""') + '"'


def feature_tables(path):
    """Names of the feature tables (layers with geometry) of a GeoPackage, in its order."""
    con = _connect(path)
    try:
        rows = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' "
                           "ORDER BY rowid").fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        con.close()
    return [r[0] for r in rows]


def _fid_column(con, table):
    for row in con.execute(f"PRAGMA table_info({_quote(table)})"):
        if row[5]:  # pk
            return row[1]
    return "rowid"


def content_key(path, table):
    """A fingerprint of an edge table: its feature count, largest fid and ``last_change`` in
    ``gpkg_contents`` (see the module doc). None when the file is not a GeoPackage or has no
    such table."""
    try:
        con = _connect(path)
    except sqlite3.Error:
        return None
    try:
        fid = _fid_column(con, table)
        change = con.execute("SELECT last_change FROM gpkg_contents WHERE table_name = ?",
                             (table,)).fetchone()
        if change is None:
            return None
        count = None
        try:
            row = con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                              (table,)).fetchone()
            count = row[0] if row else None
        except sqlite3.Error:
            count = None
        if count is None:
            count = con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
        top = con.execute(f"SELECT max({_quote(fid)}) FROM {_quote(table)}").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        con.close()
    text = repr((str(table), int(count), top, change[0]))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def write_store(path, table, net, key=None):
    """Store ``net`` (already in :func:`prepared_form`) for the edge table ``table`` of the
    GeoPackage ``path``. ``key``: the table's :func:`content_key` (computed when None).
    Returns the key written."""
    key = key or content_key(path, table)
    if key is None:
        raise ValueError(f"{path}: '{table}' is not a prepared network table of a GeoPackage")
    arrays = _stored_arrays(net)
    cols = ", ".join(f"{name} BLOB" for name in STORED)
    con = _connect(path, readonly=False)
    try:
        with con:
            con.execute(f"CREATE TABLE IF NOT EXISTS {STORE_TABLE} (table_name TEXT PRIMARY KEY, "
                        f"format INTEGER, content_key TEXT, crs TEXT, edge_count INTEGER, "
                        f"node_count INTEGER, created TEXT, {cols})")
            names = ", ".join(STORED)
            marks = ", ".join("?" for _ in STORED)
            now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            con.execute(f"INSERT OR REPLACE INTO {STORE_TABLE} (table_name, format, "
                        f"content_key, crs, edge_count, node_count, created, {names}) VALUES "
                        f"(?, ?, ?, ?, ?, ?, ?, {marks})",
                        [table, FORMAT, key, net.crs, int(net.edge_count), int(net.node_count),
                         now] + [sqlite3.Binary(_npy(arrays[n])) for n in STORED])
            # registered with its own data type: GDAL and QGIS do not list it as a layer
            con.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
                        "description) VALUES (?, ?, ?, ?)",
                        (STORE_TABLE, DATA_TYPE, STORE_TABLE,
                         "UrbanPlan: walking network arrays of prepared edge layers"))
    finally:
        con.close()
    return key


def store_info(path, table):
    """(content key, format, crs) stored for ``table``, or None when there is none."""
    try:
        con = _connect(path)
    except sqlite3.Error:
        return None
    try:
        row = con.execute(f"SELECT content_key, format, crs FROM {STORE_TABLE} "
                          "WHERE table_name = ?", (table,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return tuple(row) if row else None


def read_store(path, table, check=True):
    """The stored network of ``table``, or None when there is none, its format is unknown, or
    (with ``check``) the edge table changed since it was stored."""
    info = store_info(path, table)
    if info is None or info[1] != FORMAT:
        return None
    if check and content_key(path, table) != info[0]:
        return None
    con = _connect(path)
    try:
        con.execute("PRAGMA mmap_size = 4294967296")  # blobs read through the page cache map
        names = ", ".join(STORED)
        row = con.execute(f"SELECT crs, {names} FROM {STORE_TABLE} WHERE table_name = ?",
                          (table,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    if row is None:
        return None
    a = {name: _from_npy(blob) for name, blob in zip(STORED, row[1:])}
    offsets = a["offsets"]
    return WalkNetwork(node_xy=a["node_xy"], edge_from=a["edge_from"], edge_to=a["edge_to"],
                       edge_length=a["edge_length"], coords=a["coords"],
                       edge_vstart=offsets[:-1].copy(), edge_vend=offsets[1:] - 1,
                       edge_source=np.arange(len(a["edge_from"]), dtype=np.int64),
                       crs=row[0] or "")


def _stored_arrays(net):
    """The :data:`STORED` arrays of a network in prepared form (ValueError otherwise)."""
    m = net.edge_count
    offsets = np.concatenate([net.edge_vstart, [net.edge_vend[-1] + 1 if m else 0]])
    offsets = offsets.astype(np.int64)
    if (m and (not np.array_equal(net.edge_vend, offsets[1:] - 1)
               or offsets[0] != 0 or offsets[-1] != len(net.coords)
               or not np.array_equal(net.edge_source, np.arange(m)))):
        raise ValueError("only a network in prepared form (core.network.store.prepared_form) "
                         "can be stored")
    return {"node_xy": np.ascontiguousarray(net.node_xy, dtype=np.float64),
            "edge_from": np.ascontiguousarray(net.edge_from, dtype=np.int64),
            "edge_to": np.ascontiguousarray(net.edge_to, dtype=np.int64),
            "edge_length": np.ascontiguousarray(net.edge_length, dtype=np.float64),
            "coords": np.ascontiguousarray(net.coords, dtype=np.float64),
            "offsets": offsets}


__all__ = ["STORE_TABLE", "ARRAYS", "STORED", "prepared_network", "prepared_form", "edge_lines",
           "content_key",
           "write_store", "read_store", "store_info", "feature_tables", "save_npz", "load_npz"]
