"""Walking networks from OpenStreetMap through osmnx: downloaded (Overpass API) or read offline
from an ``.osm`` XML file.

Both routes apply the same walkability rule as ``preparewalknetwork``
(:func:`core.network.osm.is_walkable`) so a network downloaded here and one prepared from an OSM
extract of the same area agree. osmnx is imported lazily and every version-sensitive osmnx call
goes through :mod:`core.common.compat` (osmnx 1.2 on Debian 12, 2.x on newer QGIS stacks).

Steps: get every ``highway`` way of the area as an unsimplified graph (Overpass query
``way["highway"]``, or all ways of the file), drop the ways the walkability rule excludes and
the outlines of areas (``area=yes``, closed ``highway=platform``: a square or platform drawn as an
area is a polygon, not a path; GDAL's OSM driver puts them in its ``multipolygons`` layer, so
``preparewalknetwork`` on an OSM file leaves them out too), merge chains of degree-2 nodes
(``ox.simplify_graph``), project to the local UTM zone (``ox.project_graph``), keep one edge per
street (undirected), measure every edge in metres along its projected geometry, and hand the
result to the array engine.
"""
from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING

import numpy as np

from ..common.compat import (
    ensure_pyproj_data,
    geometry_parts,
    line_coords,
    osmnx_error_kind,
    osmnx_graph_from_polygon_raw,
    osmnx_graph_from_xml,
    osmnx_overpass_url,
    osmnx_project_graph,
    osmnx_session,
    osmnx_simplify,
    osmnx_to_undirected,
    osmnx_truncate_polygon,
)
from ..common.errors import UrbanPlanError
from ..common.progress import Progress
from .build import log_components
from .graphs import from_networkx
from .osm import is_walkable

if TYPE_CHECKING:
    import networkx as nx
    from shapely.geometry.base import BaseGeometry

    from .build import WalkNetwork

MAX_DOWNLOAD_AREA_KM2 = 50.0
"""Largest area downloaded from the Overpass API in one run (km²).

50 km² is about 7 x 7 km: a district, several times the 1.2 km radius a 15-minute walk covers at
4.8 km/h, and roughly 10 000-60 000 walkable street segments in a dense city. Larger requests
take minutes on the public Overpass servers, are split into several queries and risk their
rate limits; whole cities are better prepared offline from an extract (``.osm.pbf``) with
``preparewalknetwork``."""

HIGHWAY_FILTER = '["highway"]'
"""Overpass way filter: every highway way; the walkability rule is applied afterwards, here,
so that the rule is the documented one (core.network.osm) and not osmnx's own 'walk' preset."""

WAY_TAGS = ("highway", "foot", "access", "area")
"""OSM way tags the walkability rule reads; added to osmnx's ``useful_tags_way`` while loading."""

CACHE_FOLDER = os.path.join(os.path.expanduser("~"), ".cache", "urbanplan", "osmnx")
"""osmnx's HTTP cache for Overpass answers (osmnx's default is ./cache in the working folder)."""

OFFLINE_MESSAGE = (
    "Could not reach the OpenStreetMap Overpass server: this computer seems to be offline, or a "
    "firewall or proxy blocks the connection ({detail}). Alternatives that work offline: "
    "(1) export the area as an .osm file (openstreetmap.org > Export, or JOSM) and give it as "
    "'OSM file'; (2) download an .osm.pbf extract of your region (for example from a regional "
    "extract service) and run 'Prepare walking network' on its 'lines' layer "
    "(file.osm.pbf|layername=lines).")


def osmnx_missing() -> str | None:
    """None when osmnx can be imported, else a message that names it and says how to install it."""
    ensure_pyproj_data()  # before osmnx imports pyproj (quiet, working projections in a venv)
    try:
        import osmnx  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - ImportError or a broken install
        return ("This algorithm needs the Python package 'osmnx' (with geopandas), which could "
                f"not be imported ({type(exc).__name__}: {exc}). Install it with your system's "
                "packages (Debian/Ubuntu: sudo apt install python3-osmnx; Windows: 'pip install "
                "osmnx' in the OSGeo4W shell) and restart QGIS. Without internet or osmnx, use "
                "'Prepare walking network' on an OpenStreetMap extract (.osm.pbf) instead.")
    return None


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone containing a longitude/latitude."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def as_area_polygon(area: str | BaseGeometry) -> BaseGeometry:
    """A valid shapely Polygon/MultiPolygon (lon/lat) from WKT or a shapely geometry."""
    from shapely import wkt
    from shapely.geometry import MultiPolygon, Polygon
    geom = wkt.loads(area) if isinstance(area, str) else area
    if geom is None or geom.is_empty:
        raise UrbanPlanError("The area is empty. Draw an extent or choose a polygon layer with "
                             "at least one non-empty polygon.")
    if not geom.is_valid:
        geom = geom.buffer(0)
    if isinstance(geom, (Polygon, MultiPolygon)) and not geom.is_empty:
        return geom
    polys = [p for p in geometry_parts(geom) if isinstance(p, Polygon) and not p.is_empty]
    if not polys:
        raise UrbanPlanError("The area must be a polygon (an extent or polygon features); got "
                             "a {geom_type}.", geom_type=geom.geom_type)
    return MultiPolygon(polys) if len(polys) > 1 else polys[0]


def area_km2(polygon: BaseGeometry) -> float:
    """Area of a lon/lat polygon in km², on a local equirectangular projection around its centre
    (within 0.1 % of the ellipsoidal area for a district-sized polygon; used only for the size
    limit)."""
    lat0 = math.radians(polygon.centroid.y)
    r = 6371.0088  # mean Earth radius (km), IUGG
    kx = r * math.cos(lat0) * math.pi / 180.0
    ky = r * math.pi / 180.0
    # scaling x by kx and y by ky multiplies every area by kx*ky (shapely.ops.transform, used
    # before, is deprecated in shapely 2.1+)
    return float(polygon.area * kx * ky)


def check_download_area(polygon: BaseGeometry,
                        max_area_km2: float = MAX_DOWNLOAD_AREA_KM2) -> float:
    """Raise a clear error for an area the public Overpass server should not be asked for."""
    km2 = area_km2(polygon)
    if max_area_km2 and km2 > max_area_km2:
        raise UrbanPlanError(
            "The area is {km2:,.0f} km², more than the {max_area_km2:g} km² UrbanPlan downloads "
            "from the OpenStreetMap Overpass server in one run (large requests are slow and hit "
            "the public server's limits). Choose a smaller extent or polygon, or download an "
            ".osm.pbf extract of your region and use 'Prepare walking network' on its lines "
            "layer.",
            km2=km2, max_area_km2=max_area_km2)
    return km2


AREA_HIGHWAY_ON_CLOSED_WAY = frozenset({"platform"})
"""Highway values that make a closed way an area (GDAL's OSM driver default ``osmconf.ini``,
``closed_ways_are_polygons``: ``highway=platform``; the OSM wiki's Key:area says the same)."""


def walkable_edge(data: dict, area_ways: frozenset | set = frozenset()) -> bool:
    """The walkability rule (core.network.osm.is_walkable) on an osmnx edge's tags; outlines of
    areas (``area=yes``, or a closed way in ``area_ways``) are not paths."""
    if str(data.get("area", "") or "").lower() == "yes":
        return False
    if area_ways and data.get("osmid") in area_ways:
        return False
    tags = {k: data.get(k) for k in ("foot", "access") if data.get(k) is not None}
    return is_walkable(data.get("highway"), tags)


def closed_area_ways(graph: nx.MultiDiGraph) -> set:
    """OSM way ids of closed ways that are areas by their highway value (a closed
    ``highway=platform``): a way is closed when every node it touches has two of its edges."""
    from collections import defaultdict
    pairs = defaultdict(set)
    for u, v, data in graph.edges(data=True):
        if str(data.get("highway", "")).lower() in AREA_HIGHWAY_ON_CLOSED_WAY:
            osmid = data.get("osmid")
            if isinstance(osmid, (int, np.integer, str)):
                pairs[osmid].add((min(u, v), max(u, v)) if u != v else (u, v))
    closed = set()
    for osmid, edges in pairs.items():
        degree = defaultdict(int)
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
        if len(edges) >= 3 and all(d == 2 for d in degree.values()):
            closed.add(osmid)
    return closed


def _useful_tags():
    import osmnx as ox
    tags = list(getattr(ox.settings, "useful_tags_way", []))
    return tags + [t for t in WAY_TAGS if t not in tags]


def graph_to_walk_network(graph: nx.MultiDiGraph, epsg: int | None = None,
                          log: list | None = None,
                          progress: Progress | None = None) -> WalkNetwork:
    """Filter, simplify and project an unsimplified lon/lat osmnx graph into a WalkNetwork."""
    progress = progress or Progress()
    log = [] if log is None else log
    n_all = graph.number_of_edges()
    # a fresh graph rather than remove_edges_from: osmnx's simplify_graph expects the parallel
    # edge keys to start at 0
    kept = graph.__class__(**graph.graph)
    n_drop = 0
    area_ways = closed_area_ways(graph)
    for u, v, data in graph.edges(data=True):
        if walkable_edge(data, area_ways):
            for n in (u, v):
                if n not in kept:
                    kept.add_node(n, **graph.nodes[n])
            kept.add_edge(u, v, **data)
        else:
            n_drop += 1
    graph = kept
    if graph.number_of_edges() == 0:
        raise UrbanPlanError(
            "No walkable street is left in the area (the OpenStreetMap data has no footway, path, "
            "residential or similar way there). Choose a larger area or check the input.")
    if n_drop:
        log.append(f"The walkability filter left out {n_drop} of {n_all} OpenStreetMap "
                   "way pieces (each counted once per walking direction).")
    progress.progress(55)
    graph = osmnx_simplify(graph)
    if epsg is None:
        xy = np.array([[d["x"], d["y"]] for _, d in graph.nodes(data=True)], dtype=np.float64)
        lon, lat = (xy.min(axis=0) + xy.max(axis=0)) / 2.0
        epsg = utm_epsg(lon, lat)
    crs = f"EPSG:{epsg}"
    log.append(f"OpenStreetMap coordinates (EPSG:4326) were projected to {crs} (local UTM zone); "
               "lengths are in metres.")
    progress.progress(65)
    graph = osmnx_project_graph(graph, crs)
    graph = osmnx_to_undirected(graph)
    # lengths along the projected geometry, as preparewalknetwork measures them
    for _u, _v, _k, data in graph.edges(keys=True, data=True):
        geom = data.get("geometry")
        if geom is not None:
            xy = line_coords(geom)
            data["length"] = float(np.hypot(*np.diff(xy, axis=0).T).sum())
        else:
            data.pop("length", None)  # from_networkx measures the straight edge
    progress.progress(80)
    net = from_networkx(graph, crs=crs)
    keep = net.edge_length > 1e-9
    if not keep.all():
        log.append(f"Dropped {int((~keep).sum())} zero-length segment(s).")
        net = net.subset(keep)
    net.log = log
    log_components(net, log)
    return net


def download_walk_network(area: str | BaseGeometry, max_area_km2: float = MAX_DOWNLOAD_AREA_KM2,
                          progress: Progress | None = None,
                          cache_folder: str = CACHE_FOLDER) -> WalkNetwork:
    """Download the walkable OpenStreetMap ways inside ``area`` (lon/lat polygon, WKT or shapely)
    from the Overpass API through osmnx and build the walking network in the local UTM zone."""
    progress = progress or Progress()
    missing = osmnx_missing()
    if missing:
        raise UrbanPlanError(missing)
    polygon = as_area_polygon(area)
    km2 = check_download_area(polygon, max_area_km2)
    log = [f"Downloading OpenStreetMap ways for an area of {km2:.2f} km² through osmnx."]
    progress.info(log[0])
    settings = {"useful_tags_way": _useful_tags()}
    if cache_folder:
        settings["cache_folder"] = cache_folder
    if not _host_resolves(osmnx_overpass_url()):
        # no DNS: most likely offline. osmnx 2.x would first wait 60 s for the server's slot
        # status it cannot get; skip that wait and let the request fail (or succeed through a
        # proxy) at once.
        settings["overpass_rate_limit"] = False
    with osmnx_session(**settings):
        try:
            graph = osmnx_graph_from_polygon_raw(polygon, HIGHWAY_FILTER)
        except Exception as exc:  # noqa: BLE001 - osmnx raises many types; classify them
            raise _download_error(exc) from exc
        if progress.is_canceled():
            raise UrbanPlanError("Cancelled.")
        progress.progress(50)
        lon, lat = polygon.centroid.x, polygon.centroid.y
        return graph_to_walk_network(graph, epsg=utm_epsg(lon, lat), log=log, progress=progress)


def _host_resolves(url):
    """True when the URL's host name resolves (the same look-up osmnx makes before a query)."""
    import socket
    from urllib.parse import urlparse
    host = urlparse(url).netloc.split(":")[0]
    try:
        socket.gethostbyname(host)
    except (OSError, UnicodeError):
        return False
    return True


def _download_error(exc):
    kind = osmnx_error_kind(exc)
    detail = f"{type(exc).__name__}: {str(exc)[:200]}"
    if kind == "offline":
        return UrbanPlanError(OFFLINE_MESSAGE, detail=detail)
    if kind == "empty" or "no data elements" in str(exc).lower() or "found no graph nodes" in \
            str(exc).lower():
        return UrbanPlanError("OpenStreetMap has no street in this area (the server answered "
                              "without data). Check the extent or polygon and its CRS.")
    return UrbanPlanError("The OpenStreetMap download through osmnx failed ({detail}). Try again "
                          "later, or use the 'OSM file' option with an exported .osm file.",
                          detail=detail)


def network_from_osm_xml(path: str, area: str | BaseGeometry | None = None,
                         progress: Progress | None = None) -> WalkNetwork:
    """The walking network from an OpenStreetMap XML file (``.osm``, ``.xml``, ``.osm.bz2``),
    read offline with osmnx's ``graph_from_xml``; optionally clipped to ``area`` (lon/lat)."""
    progress = progress or Progress()
    missing = osmnx_missing()
    if missing:
        raise UrbanPlanError(missing)
    path = str(path or "")
    if not path or not os.path.isfile(path):
        raise UrbanPlanError("The OSM file '{path}' does not exist. Choose an .osm XML file.",
                             path=path)
    low = path.lower()
    if low.endswith(".pbf"):
        raise UrbanPlanError(
            "'OSM file' reads OpenStreetMap XML (.osm). For an .osm.pbf extract use 'Prepare "
            "walking network' with the file's lines layer (file.osm.pbf|layername=lines), which "
            "applies the same walkability rule.")
    polygon = as_area_polygon(area) if area is not None else None
    log = [f"Reading OpenStreetMap XML from {os.path.basename(path)} with osmnx (offline)."]
    progress.info(log[0])
    with osmnx_session(useful_tags_way=_useful_tags()):
        try:
            graph = osmnx_graph_from_xml(path, simplify=False)
        except Exception as exc:  # noqa: BLE001 - XML parse errors, empty files
            raise UrbanPlanError(
                "Could not read '{basename}' as OpenStreetMap XML "
                "({name}: {exc}). Export the area again as .osm, or use "
                "'Prepare walking network' on an .osm.pbf extract.",
                basename=os.path.basename(path), name=type(exc).__name__,
                exc=str(exc)[:200]) from exc
        progress.progress(40)
        if polygon is not None:
            try:
                graph = osmnx_truncate_polygon(graph, polygon)
            except Exception as exc:  # noqa: BLE001 - osmnx raises ValueError when nothing is left
                raise UrbanPlanError("The OSM file has no street inside the given area. Check that "
                                     "the extent or polygon overlaps the file.") from exc
            if graph.number_of_nodes() == 0:
                raise UrbanPlanError("The OSM file has no street inside the given area. Check "
                                     "that the extent or polygon overlaps the file.")
        epsg = None
        if polygon is not None:
            epsg = utm_epsg(polygon.centroid.x, polygon.centroid.y)
        return graph_to_walk_network(graph, epsg=epsg, log=log, progress=progress)
