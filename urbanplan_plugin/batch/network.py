"""The walking network of a batch: prepared once by the driver, loaded once per worker.

The NETWORK parameter may be

* a ``preparewalknetwork`` GeoPackage whose arrays are stored with it (core.network.store) and
  still match its edges: workers load the arrays directly (the fast path);
* a prepared network without stored arrays (older output, another format): the driver reads its
  edges once (the same function as QGIS, ``core.network.store.prepared_network``) and keeps the
  arrays in ``DIR/_cache/network-<key>.npz``;
* any street line layer: the driver builds the network once (``core.network.build``, the OSM
  walkability filter when the layer has a ``highway`` field, as ``network_from_source`` does) and
  keeps it in the same cache.

The input file is never modified. Every worker keeps the network, its edge index and its search
graph in memory for all the areas it computes; areas search a *masked* copy of the network
(:func:`masked_network`) whose far edges are turned into loops, so each search only touches the
neighbourhood of its area while node and edge numbers (and so every floating-point partial sum)
stay those of the whole network.
"""
import hashlib
import os
from dataclasses import dataclass

import numpy as np

from ..core.network import store
from ..core.network.build import LineSet, WalkNetwork, build_network
from ..core.network.osm import is_walkable, parse_other_tags
from . import ogr_io
from .errors import BatchError

DEFAULT_TOLERANCE_M = 0.5
"""The snapping tolerance ``network_from_source`` uses when it prepares a line layer on the fly."""


@dataclass
class NetworkSpec:
    """Where workers find the network: ``kind`` "store" (path, table) or "npz" (path)."""

    kind: str
    path: str
    table: str = ""
    key: str = ""
    crs_wkt: str = ""
    crs_authid: str = ""
    edge_count: int = 0
    built: bool = False     # the driver had to build or read it (not loaded from a store)


def working_srs(layer):
    """The projected CRS of an analysis on ``layer``: its own when projected, else the UTM zone
    of its extent's centre (the rule of ``qgis_io.layers.working_crs``)."""
    layer.check_crs()
    srs = layer.srs()
    if not srs.IsGeographic():
        return srs
    ext = layer.extent()
    if ext is None:
        raise BatchError("The {what} layer is empty.", what=layer.what)
    cx, cy = (ext[0] + ext[2]) / 2.0, (ext[1] + ext[3]) / 2.0
    wgs = ogr_io.srs_from_user("EPSG:4326")
    if not ogr_io.same_srs(srs, wgs):
        cx, cy = ogr_io.Transformer(srs, wgs).xy([[cx, cy]])[0]
    return ogr_io.srs_from_user(ogr_io.utm_for(cx, cy))


def is_prepared(layer):
    return set(store.NETWORK_COLUMNS) <= set(layer.field_names())


def _file_key(layer, *extra):
    st = os.stat(layer.path)
    text = repr((os.path.abspath(layer.path), layer.name, st.st_size, st.st_mtime_ns,
                 store.FORMAT) + tuple(extra))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def prepare_network(uri, cache_dir, tolerance=DEFAULT_TOLERANCE_M, osm_filter=True, log=None):
    """Driver side: a :class:`NetworkSpec` for the NETWORK parameter (see the module doc)."""
    log = [] if log is None else log
    layer = ogr_io.VectorLayer(uri, "network")
    if layer.kind() != "line":
        raise BatchError("The network layer '{uri}' must hold lines (a prepared walking "
                         "network or street lines).", uri=uri)
    srs = working_srs(layer)
    wkt, authid = srs.ExportToWkt(), ogr_io.srs_authid(srs)
    same = ogr_io.same_srs(layer.srs(), srs)
    if is_prepared(layer) and same and layer.path.lower().endswith(".gpkg"):
        table = layer.name
        info = store.store_info(layer.path, table)
        if info is not None and info[1] == store.FORMAT:
            key = store.content_key(layer.path, table)
            if key == info[0]:
                layer.close()
                log.append(f"Network: the arrays stored with '{table}' are loaded as they are.")
                return NetworkSpec("store", os.path.abspath(layer.path), table, key, wkt,
                                   authid, layer.feature_count())
            log.append(f"Network: the arrays stored with '{table}' are out of date (the edges "
                       "changed); they are read from the edges once for this batch.")
    prepared = is_prepared(layer)
    key = _file_key(layer, authid, prepared, tolerance, osm_filter)
    os.makedirs(cache_dir, exist_ok=True)
    path = os.path.join(cache_dir, f"network-{key}.npz")
    if os.path.exists(path):
        net, _ = store.load_npz(path)
        log.append("Network: loaded from the batch cache.")
        return NetworkSpec("npz", os.path.abspath(path), "", key, wkt, authid, net.edge_count,
                           True)
    if prepared:
        net = read_prepared(layer, srs)
        log.append(f"Network: read the prepared edges of '{uri}' ({net.edge_count:,} edges).")
    else:
        net = build_from_lines(layer, srs, tolerance, osm_filter, log)
    layer.close()
    tmp = path + ".part.npz"
    store.save_npz(net, tmp, key)
    os.replace(tmp, path)
    return NetworkSpec("npz", os.path.abspath(path), "", key, wkt, authid, net.edge_count, True)


def _feature_lines(wkbs):
    """(LineSet of all line parts, owner feature per part) from WKB."""
    from ..core.geometry.wkb import lines_from_wkb
    lines, _ = lines_from_wkb(wkbs)
    return lines


def read_prepared(layer, srs):
    """A prepared edge layer read the way ``qgis_io.layers.read_prepared_network`` reads it."""
    feats = layer.read(list(store.NETWORK_COLUMNS), to_srs=srs)
    keep = [i for i, w in enumerate(feats.wkb) if w is not None]
    if not keep:
        raise BatchError("The network layer has no usable edges.")
    feats = feats.subset(keep)
    parts = _feature_lines(feats.wkb)
    # one line per feature: a multi-part edge's parts joined in order
    counts = np.bincount(parts.source, minlength=len(feats))
    if (counts == 0).any():
        raise BatchError("The network layer has no usable edges.")
    part_len = np.diff(parts.offsets)
    per_feat = np.bincount(parts.source, weights=part_len, minlength=len(feats)).astype(np.int64)
    offsets = np.zeros(len(feats) + 1, dtype=np.int64)
    np.cumsum(per_feat, out=offsets[1:])
    order = np.argsort(parts.source, kind="stable")
    coords = np.concatenate([parts.coords[parts.offsets[p]:parts.offsets[p + 1]] for p in order]) \
        if (counts > 1).any() else parts.coords
    lines = LineSet(coords, offsets)
    u = [int(v) for v in feats.attrs["from_node"]]
    v = [int(x) for x in feats.attrs["to_node"]]
    length = [float(x) for x in feats.attrs["length_m"]]
    return store.prepared_network(u, v, length, lines, crs=ogr_io.srs_authid(srs))


def build_from_lines(layer, srs, tolerance, osm_filter, log):
    """Street lines -> a network, with the OSM walkability filter of ``osm_walk_filter``."""
    names = layer.field_names()
    tag_fields = [f for f in ("highway", "foot", "access", "other_tags") if f in names]
    use_filter = osm_filter and "highway" in names
    feats = layer.read(tag_fields if use_filter else [], to_srs=srs)
    keep = []
    skipped = 0
    for i in range(len(feats)):
        if feats.wkb[i] is None:
            continue
        if use_filter:
            a = feats.attrs
            tags = parse_other_tags(a["other_tags"][i]) if "other_tags" in a else {}
            if "foot" in a and a["foot"][i] is not None:
                tags["foot"] = a["foot"][i]
            if "access" in a and a["access"][i] is not None:
                tags["access"] = a["access"][i]
            if not is_walkable(a["highway"][i], tags):
                skipped += 1
                continue
        keep.append(i)
    if skipped:
        log.append(f"Network: the walkability filter left out {skipped} feature(s).")
    if not keep:
        raise BatchError("No walkable line is left in the network layer: its features are "
                         "empty or were all removed by the OSM filter.")
    feats = feats.subset(keep)
    lines = _feature_lines(feats.wkb)
    net = build_network(lines, tolerance=tolerance, crs=ogr_io.srs_authid(srs))
    log.extend(f"Network: {line}" for line in net.log)
    log.append(f"Network: built from the lines of '{layer.uri}' ({net.edge_count:,} edges).")
    return net


# --------------------------------------------------------------------------- worker side

_CACHE = {}


def load(spec):
    """The network of a :class:`NetworkSpec` (cached in this process)."""
    key = ("net", spec.kind, spec.path, spec.table, spec.key)
    if key not in _CACHE:
        _CACHE.clear()  # one network per worker at a time
        if spec.kind == "store":
            net = store.read_store(spec.path, spec.table, check=False)
            if net is None:
                raise BatchError("The stored network of '{p}' could not be read.",
                                 p=spec.path)
        else:
            net, _ = store.load_npz(spec.path)
        _CACHE[key] = net
    return _CACHE[key]


def cached(spec, name, make):
    """A per-process object derived from the network (edge index, edge boxes...)."""
    load(spec)
    key = ("obj", name, spec.kind, spec.path, spec.table, spec.key)
    if key not in _CACHE:
        _CACHE[key] = make(load(spec))
    return _CACHE[key]


def edge_index(spec, min_component_nodes=None, min_component_m=None):
    """The edge index of the whole network with the fragment rule (None: the defaults of
    core.network.fragments), as a whole-region run builds it."""
    from ..core.network.snap import EdgeIndex

    def make(net):
        return EdgeIndex(net, min_component_nodes=min_component_nodes,
                         min_component_m=min_component_m)
    return cached(spec, ("index", min_component_nodes, min_component_m), make)


def edge_boxes(spec):
    def make(net):
        lines = store.edge_lines(net)
        start = lines.offsets[:-1]
        x, y = lines.coords[:, 0], lines.coords[:, 1]
        return np.column_stack([np.minimum.reduceat(x, start), np.minimum.reduceat(y, start),
                                np.maximum.reduceat(x, start), np.maximum.reduceat(y, start)])
    return cached(spec, "boxes", make)


def masked_network(spec, bbox, radius):
    """The whole network with every edge farther than ``radius`` from ``bbox`` (by bounding
    box) made a loop at its from-node, so searches stay near the box. Returns (network,
    number of edges kept)."""
    net = load(spec)
    boxes = edge_boxes(spec)
    x0, y0, x1, y1 = bbox
    keep = ((boxes[:, 2] >= x0 - radius) & (boxes[:, 0] <= x1 + radius)
            & (boxes[:, 3] >= y0 - radius) & (boxes[:, 1] <= y1 + radius))
    masked = WalkNetwork(
        node_xy=net.node_xy, edge_from=net.edge_from,
        edge_to=np.where(keep, net.edge_to, net.edge_from), edge_length=net.edge_length,
        coords=net.coords, edge_vstart=net.edge_vstart, edge_vend=net.edge_vend,
        edge_source=net.edge_source, crs=net.crs)
    return masked, int(keep.sum())


def network_bbox(spec):
    def make(net):
        return (float(net.coords[:, 0].min()), float(net.coords[:, 1].min()),
                float(net.coords[:, 0].max()), float(net.coords[:, 1].max()))
    return cached(spec, "bbox", make)


def write_prepared(path, net, srs, layer="network"):
    """Write a network as ``preparewalknetwork`` does (edges with edge_id, from_node, to_node,
    length_m, component) with its arrays stored alongside: the headless way to prepare a
    network once for many batches. Returns the path."""
    _, ogr, _ = ogr_io.gdal_modules()
    writer = ogr_io.GpkgWriter(path)
    lw = writer.layer(layer, srs, ogr.wkbLineString, (),
                      [("edge_id", "int64"), ("from_node", "int64"), ("to_node", "int64"),
                       ("length_m", "double"), ("component", "int")])
    lines = store.edge_lines(net)
    comp = net.edge_component()
    wkb = [_line_wkb(lines.coords[lines.offsets[e]:lines.offsets[e + 1]])
           for e in range(net.edge_count)]
    rows = [[e, int(net.edge_from[e]), int(net.edge_to[e]), float(net.edge_length[e]),
             int(comp[e])] for e in range(net.edge_count)]
    lw.write(rows, wkb, fids=list(range(1, net.edge_count + 1)))
    writer.close()
    store.write_store(path, layer, store.prepared_form(net))
    return path


def _line_wkb(xy):
    import struct
    xy = np.ascontiguousarray(xy, dtype="<f8")
    return struct.pack("<BII", 1, 2, len(xy)) + xy.tobytes()
