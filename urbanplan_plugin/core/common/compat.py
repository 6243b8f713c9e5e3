"""Calls whose spelling differs between the library generations we support.

Supported: QGIS 3.22 on Debian 12 (numpy 1.24, shapely 1.8, geopandas 0.12, osmnx 1.2,
networkx 2.8, scikit-learn 1.2) and QGIS 3.40/3.44/4.x stacks (numpy 2, shapely 2, geopandas 1.x,
osmnx 2, networkx 3, scikit-learn 1.5+). Every version-sensitive call lives here, with the
versions that need it, so the rest of the engine is written once.
"""
import numpy as np


def unique_rows_inverse(arr):
    """np.unique(axis=0, return_inverse=True) with a flat inverse.

    numpy 2.0.0 returned the inverse with the input's shape for axis=0; 1.x and >= 2.0.1 return
    it flat. Reshaping makes both behave the same."""
    uniq, inverse = np.unique(arr, axis=0, return_inverse=True)
    return uniq, inverse.reshape(-1)


def line_coords(geom):
    """(n, 2) coordinates of a shapely LineString (shapely 1.8 and 2.x both expose .coords;
    shapely 2 removed iteration over multi-part geometries, so callers pass single parts)."""
    return np.asarray(geom.coords, dtype=np.float64)[:, :2]


def geometry_parts(geom):
    """Single parts of a shapely geometry: ``.geoms`` exists on 1.8 and 2.x; iterating a
    Multi* directly was removed in shapely 2.0."""
    return list(geom.geoms) if hasattr(geom, "geoms") else [geom]


def osmnx_graph_from_xml(path, simplify=True):
    """Walk graph from an .osm XML file. osmnx 1.2 and 2.x share ``graph_from_xml``; 2.x makes
    the options keyword-only, so they are always passed by name."""
    import osmnx as ox
    return ox.graph_from_xml(str(path), bidirectional=True, simplify=simplify,
                             retain_all=True)


# --- pyproj / osmnx (1.2 on Debian 12, 2.x on QGIS 3.40+ stacks) --------------------------------

def ensure_pyproj_data():
    """Make pyproj find PROJ's data folder.

    pyproj 3.4 (Debian 12) looks for ``proj.db`` under ``sys.prefix``; in a virtualenv made with
    ``--system-site-packages`` that is the venv, not /usr, so every projection fails with
    "Valid PROJ data directory not found". QGIS's own PROJ search paths (or /usr/share/proj) are
    the same files, so point pyproj at them. Harmless when pyproj already finds its data."""
    import os
    import warnings
    try:
        with warnings.catch_warnings():
            # pyproj warns at import when it cannot find its data; that is repaired below
            warnings.filterwarnings("ignore", message="Valid PROJ data directory not found")
            import pyproj
        from pyproj.exceptions import DataDirError
    except ImportError:
        return
    try:
        pyproj.datadir.get_data_dir()
        return
    except DataDirError:
        pass
    candidates = []
    try:
        from osgeo import osr
        candidates += list(osr.GetPROJSearchPaths() or [])
    except Exception:  # noqa: BLE001 - GDAL without the call (< 3.0) or not importable
        pass
    candidates += ["/usr/share/proj", "/usr/local/share/proj"]
    for folder in candidates:
        if folder and os.path.exists(os.path.join(folder, "proj.db")):
            pyproj.datadir.set_data_dir(folder)
            return


def osmnx_major():
    import osmnx as ox
    return int(str(ox.__version__).split(".")[0])


class osmnx_session:  # noqa: N801 - used as a context manager
    """Temporarily change ``osmnx.settings`` and undo osmnx's global side effects afterwards.

    Both osmnx 1.2 (``downloader._config_dns``) and 2.x (``_http._config_dns``) replace
    ``socket.getaddrinfo`` process-wide to pin the Overpass host to one IP address; inside QGIS
    that would outlive the download, so the original function is put back on exit. Setting
    names used here (``useful_tags_way``, ``cache_folder``, ``use_cache``, ``log_console``) exist
    in 1.2 and 2.x; unknown names are ignored."""

    def __init__(self, **overrides):
        self.overrides = overrides
        self.saved = {}

    def __enter__(self):
        import socket
        ensure_pyproj_data()
        import osmnx as ox
        self._getaddrinfo = socket.getaddrinfo
        for name, value in self.overrides.items():
            if hasattr(ox.settings, name):
                self.saved[name] = getattr(ox.settings, name)
                setattr(ox.settings, name, value)
        return ox

    def __exit__(self, *exc):
        import socket

        import osmnx as ox
        socket.getaddrinfo = self._getaddrinfo
        for name, value in self.saved.items():
            setattr(ox.settings, name, value)
        return False


def osmnx_graph_from_polygon_raw(polygon, custom_filter):
    """Unsimplified graph of the ways matching ``custom_filter`` inside a lon/lat polygon, all
    components kept, every way walkable in both directions (network_type 'walk' is osmnx's
    bidirectional type in 1.2 and 2.x). Keyword names shared by 1.2 and 2.x; 1.2's
    ``clean_periphery`` (gone in 2.0) keeps its default."""
    import osmnx as ox
    return ox.graph_from_polygon(polygon, network_type="walk", custom_filter=custom_filter,
                                 simplify=False, retain_all=True, truncate_by_edge=False)


def osmnx_truncate_polygon(graph, polygon):
    """Keep the nodes inside a lon/lat polygon. osmnx 1.2 drops all but the largest component
    unless ``retain_all=True``; 2.x removed that argument and keeps every component."""
    import osmnx as ox
    if osmnx_major() >= 2:
        return ox.truncate.truncate_graph_polygon(graph, polygon, truncate_by_edge=False)
    return ox.truncate.truncate_graph_polygon(graph, polygon, retain_all=True,
                                              truncate_by_edge=False)


def osmnx_simplify(graph):
    """Merge chains of degree-2 nodes into single edges with a geometry. ``ox.simplify_graph``
    in 1.2 (strict mode by default) and 2.x (keyword-only options); both default calls work."""
    import osmnx as ox
    return ox.simplify_graph(graph)


def osmnx_project_graph(graph, to_crs):
    """``ox.project_graph(G, to_crs=...)``: same keyword in 1.2 and 2.x."""
    import osmnx as ox
    ensure_pyproj_data()
    return ox.project_graph(graph, to_crs=to_crs)


def osmnx_to_undirected(graph):
    """An undirected MultiGraph with one edge per street: ``ox.utils_graph.get_undirected`` in
    osmnx 1.x, ``ox.convert.to_undirected`` in 2.x."""
    import osmnx as ox
    convert = getattr(ox, "convert", None)
    if convert is not None and hasattr(convert, "to_undirected"):
        return convert.to_undirected(graph)
    return ox.utils_graph.get_undirected(graph)


def osmnx_graph_to_gdfs(graph, nodes=True, edges=True):
    """GeoDataFrames of a graph: ``ox.utils_graph.graph_to_gdfs`` in osmnx 1.x,
    ``ox.convert.graph_to_gdfs`` in 2.x (options keyword-only there)."""
    import osmnx as ox
    ensure_pyproj_data()
    convert = getattr(ox, "convert", None)
    if convert is not None and hasattr(convert, "graph_to_gdfs"):
        return convert.graph_to_gdfs(graph, nodes=nodes, edges=edges)
    return ox.utils_graph.graph_to_gdfs(graph, nodes=nodes, edges=edges)


def osmnx_error_kind(exc):
    """Classify an exception raised during an osmnx download.

    'offline': no connection (requests' ConnectionError/Timeout, socket errors, DNS failure);
    'empty': the server answered without data (``EmptyOverpassResponse`` in 1.2,
    ``InsufficientResponseError`` in 2.x); None: anything else."""
    import socket
    try:
        import requests
        net_errors = (requests.exceptions.ConnectionError, requests.exceptions.Timeout)
    except ImportError:  # pragma: no cover - osmnx always brings requests
        net_errors = ()
    if isinstance(exc, net_errors + (socket.gaierror, socket.timeout, ConnectionError)):
        return "offline"
    if type(exc).__name__ in ("EmptyOverpassResponse", "InsufficientResponseError"):
        return "empty"
    return None


def osmnx_overpass_url():
    """Base URL of the Overpass API osmnx uses: ``settings.overpass_endpoint`` in osmnx 1.x,
    ``settings.overpass_url`` in 2.x."""
    import osmnx as ox
    return str(getattr(ox.settings, "overpass_url", None)
               or getattr(ox.settings, "overpass_endpoint", "https://overpass-api.de/api"))


# --- shapely (1.8 on Debian 12, 2.x on QGIS 3.40+ stacks) ----------------------------------------

def shapely_major():
    """1 or 2. Detected from the API, not ``shapely.__version__``: Debian sid's python3-shapely
    2.x reports the version "0+unknown". The vectorised top-level functions (``shapely.union_all``
    and friends) are new in shapely 2.0."""
    import shapely
    return 2 if hasattr(shapely, "union_all") else 1


def buffer_lines(lines, distance, quad_segs=8):
    """Round-capped buffers of many polylines ((k, 2) arrays), as a list of shapely polygons.

    shapely 2 builds and buffers whole arrays in C (``shapely.linestrings(..., indices=)``,
    ``shapely.buffer(..., quad_segs=)``); shapely 1.8 has neither, so each line is buffered in a
    loop (the second positional argument is the segments per quarter circle in both)."""
    lines = [np.asarray(c, dtype=np.float64).reshape(-1, 2) for c in lines]
    lines = [c for c in lines if len(c) >= 2]
    if not lines:
        return []
    if shapely_major() >= 2:
        import shapely
        counts = np.array([len(c) for c in lines])
        geoms = shapely.linestrings(np.concatenate(lines),
                                    indices=np.repeat(np.arange(len(lines)), counts))
        return list(shapely.buffer(geoms, distance, quad_segs=int(quad_segs)))
    from shapely.geometry import LineString
    return [LineString(c).buffer(distance, int(quad_segs)) for c in lines]


def union_geometries(geoms):
    """Union of a list of shapely geometries: ``shapely.union_all`` in 2.x, the cascaded
    ``shapely.ops.unary_union`` in 1.8 (also present, deprecated-free, in 2.x)."""
    from shapely.geometry import Polygon
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return Polygon()
    if shapely_major() >= 2:
        import shapely
        return shapely.union_all(np.asarray(geoms, dtype=object))
    from shapely.ops import unary_union
    return unary_union(geoms)


def polygons_from_rings(rings):
    """Shapely polygons from (k, 2) exterior rings (same constructor in 1.8 and 2.x; shapely 2
    could vectorise with ``shapely.polygons`` but the loop is not a hot path)."""
    from shapely.geometry import Polygon
    return [Polygon(r) for r in rings]


def intersects_mask(geom, candidates):
    """Bool array: which of ``candidates`` (shapely geometries) intersect ``geom``.

    ``shapely.prepared.prep`` exists in 1.8 and 2.x; shapely 2 also has a vectorised
    ``shapely.intersects`` with automatic preparation, used when available."""
    if not len(candidates):
        return np.zeros(0, dtype=bool)
    if shapely_major() >= 2:
        import shapely
        shapely.prepare(geom)
        return np.asarray(shapely.intersects(geom, np.asarray(candidates, dtype=object)), bool)
    from shapely.prepared import prep
    p = prep(geom)
    return np.fromiter((p.intersects(c) for c in candidates), dtype=bool, count=len(candidates))


# --- public space (shapely 1.8 / 2.x, scikit-learn 1.2 / 1.9) ------------------------------------

def make_valid_polygonal(geom):
    """Repair an invalid polygon and keep its polygonal part (a MultiPolygon or Polygon; empty
    when nothing polygonal is left). ``shapely.validation.make_valid`` exists in shapely 1.8
    (GEOS >= 3.8) and 2.x (where ``shapely.make_valid`` is the same function). make_valid may
    return a GeometryCollection with lines or points from collapsed parts: those are dropped."""
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.validation import make_valid
    fixed = make_valid(geom) if not geom.is_valid else geom
    polys = []
    for part in geometry_parts(fixed):
        if part.geom_type == "Polygon" and not part.is_empty:
            polys.append(part)
        elif part.geom_type == "MultiPolygon":
            polys.extend(p for p in part.geoms if not p.is_empty)
        elif part.geom_type == "GeometryCollection":
            sub = make_valid_polygonal(part)
            polys.extend(geometry_parts(sub) if not sub.is_empty else [])
    if not polys:
        return Polygon()
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def polygon_rings(geoms):
    """Every ring of every polygon part of ``geoms`` (shapely (multi)polygons; None and empty
    entries and non-polygonal parts are skipped) as flat arrays: (xy (k, 2) float64,
    ring offsets (r + 1,), owner (r,) = position in ``geoms``, hole (r,) bool).

    shapely 2 extracts them in C (``get_parts`` / ``get_rings``, whose first ring of each part
    is the exterior, and ``get_coordinates``); shapely 1.8 has none of these (see below)."""
    geoms = list(geoms)
    if shapely_major() >= 2 and geoms:
        import shapely
        arr = np.empty(len(geoms), dtype=object)
        arr[:] = geoms
        parts, pidx = shapely.get_parts(arr, return_index=True)
        poly = np.asarray(shapely.get_type_id(parts)) == 3
        parts, pidx = parts[poly], pidx[poly]
        rings, ridx = shapely.get_rings(parts, return_index=True)
        xy, cidx = shapely.get_coordinates(rings, return_index=True)
        counts = np.bincount(cidx, minlength=len(rings)).astype(np.int64)
        offsets = np.zeros(len(rings) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        hole = np.ones(len(rings), dtype=bool)
        if len(ridx):
            hole[0] = False
            hole[1:] = ridx[1:] == ridx[:-1]
        return (np.ascontiguousarray(xy, dtype=np.float64).reshape(-1, 2), offsets,
                np.asarray(pidx, dtype=np.int64)[ridx], hole)
    # shapely 1.8: the WKB of every geometry (a fast C call) read by the engine's vectorised
    # WKB reader, which keeps each polygon's rings in order (outer ring first) but does not say
    # where a part starts: the few geometries with more than one ring are walked in Python
    from ..geometry.wkb import polygons_from_wkb
    wkbs = [None if g is None else g.wkb for g in geoms]
    ps = polygons_from_wkb(wkbs)
    owner = np.asarray(ps.ring_owner, dtype=np.int64)
    hole = np.zeros(len(owner), dtype=bool)
    if len(owner) > 1:
        multi = np.flatnonzero(np.bincount(owner, minlength=len(geoms)) > 1)
        starts = np.searchsorted(owner, multi)
        for i, r0 in zip(multi.tolist(), starts.tolist()):
            flags = []
            todo = [geoms[i]]
            while todo:                       # parts in WKB order, collections opened
                part = todo.pop(0)
                if part.geom_type in ("MultiPolygon", "GeometryCollection"):
                    todo[:0] = list(part.geoms)
                    continue
                if part.geom_type != "Polygon" or part.is_empty:
                    continue
                # the WKB reader leaves out rings of fewer than 3 points: so does this count
                flags += [k > 0 for k, ring in enumerate([part.exterior] + list(part.interiors))
                          if len(ring.coords) >= 3]
            hole[r0:r0 + len(flags)] = flags
    return ps.xy, np.asarray(ps.ring_offsets, dtype=np.int64), owner, hole


def shapely_buffer_flat(geom, distance):
    """Buffer a line with flat ends and mitred bends. shapely 1.8 takes integer styles
    (cap_style=2 flat, join_style=2 mitre); shapely 2.x documents names ("flat", "mitre") or
    its BufferCapStyle/BufferJoinStyle enums (same numbers)."""
    if shapely_major() >= 2:
        return geom.buffer(distance, cap_style="flat", join_style="mitre")
    return geom.buffer(distance, cap_style=2, join_style=2)


def kmeans_centres(xy, n_clusters, weights=None, seed=0, n_init=3):
    """Weighted k-means cluster centres of (n, 2) points (scikit-learn).

    scikit-learn 1.2/1.3 warn that ``n_init``'s default will change and 1.4+ default to
    ``"auto"``: it is always passed explicitly. ``algorithm="lloyd"`` is valid from 1.1 on
    (``"full"``/``"auto"`` were removed in 1.3/1.4). ``sample_weight`` is an argument of
    ``fit`` in 1.2 and 1.9 alike."""
    from sklearn.cluster import KMeans
    km = KMeans(n_clusters=int(n_clusters), n_init=int(n_init), random_state=int(seed),
                algorithm="lloyd")
    km.fit(np.asarray(xy, dtype=np.float64), sample_weight=weights)
    return np.asarray(km.cluster_centers_, dtype=np.float64)


def clip_rect(geom, bounds):
    """The part of a geometry inside an axis-aligned rectangle (xmin, ymin, xmax, ymax), by
    GEOS's fast rectangle clipping. ``shapely.ops.clip_by_rect`` exists in shapely 1.8 and 2.x
    (2.x also as ``shapely.clip_by_rect``). The result is exact but, on degenerate input, may be
    untidy (GEOS does not re-check topology): callers that overlay it further must be ready to
    fall back to ``intersection``."""
    from shapely.ops import clip_by_rect
    return clip_by_rect(geom, *bounds)
