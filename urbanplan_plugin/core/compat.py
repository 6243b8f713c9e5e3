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


def osmnx_graph_from_bbox(west, south, east, north, network_type="walk"):
    """Download a graph for a lon/lat box. osmnx 2.0 takes ``bbox=(left, bottom, right, top)``;
    osmnx 1.x takes ``north, south, east, west`` (positional in 1.2)."""
    import osmnx as ox
    major = int(str(ox.__version__).split(".")[0])
    if major >= 2:
        return ox.graph_from_bbox((west, south, east, north), network_type=network_type,
                                  retain_all=True)
    return ox.graph_from_bbox(north, south, east, west, network_type=network_type,
                              retain_all=True)


def osmnx_graph_from_polygon(polygon, network_type="walk"):
    """Same signature in osmnx 1.2 and 2.x."""
    import osmnx as ox
    return ox.graph_from_polygon(polygon, network_type=network_type, retain_all=True)


def osmnx_requests_session_module():
    """The module through which osmnx sends HTTP requests (both 1.2 and 2.x use ``requests``;
    1.x calls it from ``osmnx.downloader``, 2.x from ``osmnx._http`` and ``osmnx._overpass``)."""
    import requests
    return requests


def networkx_major():
    import networkx as nx
    return int(nx.__version__.split(".")[0])
