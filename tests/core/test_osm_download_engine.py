"""core.network.osm_download: OpenStreetMap walking networks through osmnx, offline.

The .osm file is a 390 m x 445 m extract of central Helsinki (highway ways only, complete ways)
shipped in resources/data/helsinki/. Downloads are answered by a fake Overpass server built from
the same file (tests/fake_overpass.py); no test touches the real network."""
import math
import socket
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from conftest import DATA
from fake_overpass import FakeOverpass
from urbanplan_plugin.core.common.errors import UrbanPlanError
from urbanplan_plugin.core.network import osm_download as od
from urbanplan_plugin.core.network.osm import is_walkable

ox = pytest.importorskip("osmnx")

OSM_FILE = DATA / "helsinki" / "helsinki_centre_streets.osm"
BBOX = (24.940, 60.169, 24.947, 60.173)  # the extract's box (west, south, east, north)
BOX_WKT = "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(*BBOX)


def independent_walkable_length_m():
    """Total length of the walkable ways of the file, computed without osmnx or the engine:
    ElementTree + the documented rule + pyproj to UTM 35N, way by way (closed platforms and
    area=yes outlines are areas, as GDAL's OSM driver treats them)."""
    from pyproj import Transformer

    from urbanplan_plugin.core.common.compat import ensure_pyproj_data
    ensure_pyproj_data()
    root = ET.parse(OSM_FILE).getroot()
    nodes = {n.get("id"): (float(n.get("lon")), float(n.get("lat"))) for n in root.iter("node")}
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32635", always_xy=True)
    total = 0.0
    for way in root.iter("way"):
        tags = {t.get("k"): t.get("v") for t in way.findall("tag")}
        refs = [nd.get("ref") for nd in way.findall("nd")]
        closed = len(refs) > 3 and refs[0] == refs[-1]
        if tags.get("area") == "yes" or (closed and tags.get("highway") == "platform"):
            continue
        if not is_walkable(tags.get("highway"), tags):
            continue
        lon, lat = np.array([nodes[r] for r in refs]).T
        x, y = to_utm.transform(lon, lat)
        total += float(np.hypot(np.diff(x), np.diff(y)).sum())
    return total


def test_osm_file_network_matches_independent_length():
    net = od.network_from_osm_xml(OSM_FILE)
    assert net.crs == "EPSG:32635"  # Helsinki, 24.9 E: UTM zone 35 north
    s = net.summary()
    assert s["EDGE_COUNT"] > 300 and s["NODE_COUNT"] > 250
    assert 1 <= s["COMPONENTS"] < 60 and 0.7 < s["LARGEST_COMPONENT_SHARE"] <= 1.0
    # osmnx's simplification drops isolated rings (closed footways touching nothing): allow 1 %
    assert net.total_length_m == pytest.approx(independent_walkable_length_m(), rel=0.01)
    # UTM coordinates of central Helsinki
    assert 384_000 < net.node_xy[:, 0].min() and net.node_xy[:, 0].max() < 387_000
    assert 6_671_500 < net.node_xy[:, 1].min() and net.node_xy[:, 1].max() < 6_673_500
    assert any("EPSG:32635" in line for line in net.log)
    # edge lengths are the planar lengths of the edge geometries
    e = int(np.argmax(net.edge_length))
    xy = net.edge_coords(e)
    assert net.edge_length[e] == pytest.approx(np.hypot(*np.diff(xy, axis=0).T).sum())


def test_osm_file_clipped_to_area_is_smaller():
    full = od.network_from_osm_xml(OSM_FILE)
    half = "POLYGON((24.940 60.169, 24.9435 60.169, 24.9435 60.173, 24.940 60.173, 24.940 60.169))"
    clipped = od.network_from_osm_xml(OSM_FILE, area=half)
    assert 0.2 * full.total_length_m < clipped.total_length_m < 0.8 * full.total_length_m
    assert clipped.node_xy[:, 0].max() < full.node_xy[:, 0].max()


def test_download_through_fake_overpass_equals_osm_file(monkeypatch):
    fake = FakeOverpass(OSM_FILE).install(monkeypatch)
    before = socket.getaddrinfo
    net = od.download_walk_network(BOX_WKT, cache_folder=None)
    assert fake.blocked == []  # no real network call was attempted
    queries = fake.interpreter_queries
    assert len(queries) == 1
    query = queries[0]["data"]
    assert 'way["highway"]' in query and "poly:" in query
    # osmnx's global DNS pinning (socket.getaddrinfo) is undone after the download
    assert socket.getaddrinfo is before
    offline = od.network_from_osm_xml(OSM_FILE, area=BOX_WKT)
    assert net.crs == offline.crs == "EPSG:32635"
    assert net.edge_count == offline.edge_count
    assert net.total_length_m == pytest.approx(offline.total_length_m, rel=1e-6)
    assert net.components()[0] == offline.components()[0]


def test_offline_download_says_so_and_suggests_alternatives(monkeypatch):
    fake = FakeOverpass(offline=True).install(monkeypatch)
    monkeypatch.setattr(ox.settings, "overpass_rate_limit", False)
    with pytest.raises(UrbanPlanError, match="offline") as info:
        od.download_walk_network(BOX_WKT, cache_folder=None)
    assert "OSM file" in str(info.value) and "Prepare walking network" in str(info.value)
    assert fake.requests and fake.blocked == []


def test_too_large_area_is_refused_before_any_request(monkeypatch):
    fake = FakeOverpass(OSM_FILE).install(monkeypatch)
    big = "POLYGON((24.8 60.1, 25.0 60.1, 25.0 60.3, 24.8 60.3, 24.8 60.1))"  # about 245 km²
    with pytest.raises(UrbanPlanError, match="km²"):
        od.download_walk_network(big, cache_folder=None)
    assert fake.requests == []


def test_area_km2_hand_checked():
    # 0.01 x 0.01 degree at the equator: (6371.0088 * pi / 180 * 0.01)² = 1.2364 km²
    box = od.as_area_polygon("POLYGON((0 0, 0.01 0, 0.01 0.01, 0 0.01, 0 0))")
    assert od.area_km2(box) == pytest.approx((6371.0088 * math.pi / 180 * 0.01) ** 2, rel=1e-3)
    # at 60 N the same box is half as wide
    box60 = od.as_area_polygon("POLYGON((0 60, 0.01 60, 0.01 60.01, 0 60.01, 0 60))")
    assert od.area_km2(box60) == pytest.approx(od.area_km2(box) * 0.5, rel=1e-3)


@pytest.mark.parametrize("area,message", [
    ("POINT(24.94 60.17)", "must be a polygon"),
    ("POLYGON EMPTY", "empty"),
])
def test_bad_area(area, message):
    with pytest.raises(UrbanPlanError, match=message):
        od.as_area_polygon(area)


def test_osm_file_errors(tmp_path):
    with pytest.raises(UrbanPlanError, match="does not exist"):
        od.network_from_osm_xml(tmp_path / "missing.osm")
    pbf = DATA / "helsinki" / "Helsinki.osm.pbf"
    with pytest.raises(UrbanPlanError, match="layername=lines"):
        od.network_from_osm_xml(pbf)
    bad = tmp_path / "bad.osm"
    bad.write_text("this is not xml")
    with pytest.raises(UrbanPlanError, match="as OpenStreetMap XML"):
        od.network_from_osm_xml(bad)
    far = "POLYGON((0 0, 0.01 0, 0.01 0.01, 0 0.01, 0 0))"
    with pytest.raises(UrbanPlanError, match="no street inside"):
        od.network_from_osm_xml(OSM_FILE, area=far)


def test_walkable_edge_rule():
    assert od.walkable_edge({"highway": "footway"})
    assert not od.walkable_edge({"highway": "pedestrian", "area": "yes"})
    assert not od.walkable_edge({"highway": "motorway"})
    assert od.walkable_edge({"highway": "trunk", "foot": "yes"})
    assert not od.walkable_edge({"highway": "residential", "access": "private"})
    assert not od.walkable_edge({"highway": "platform", "osmid": 7}, area_ways={7})
    assert od.walkable_edge({"highway": "platform", "osmid": 8}, area_ways={7})


def test_osmnx_missing_message(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "osmnx", None)
    msg = od.osmnx_missing()
    assert "osmnx" in msg and "apt install python3-osmnx" in msg
    with pytest.raises(UrbanPlanError, match="osmnx"):
        od.download_walk_network(BOX_WKT)
