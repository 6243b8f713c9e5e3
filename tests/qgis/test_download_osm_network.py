"""urbanplan:downloadosmnetwork through processing.run, offline.

The OSM_FILE route reads the shipped .osm extract of central Helsinki; the download route is
answered by a fake Overpass server built from the same file (tests/fake_overpass.py)."""
import pytest
from qgis.core import QgsProcessingException

from conftest import DATA, memory_layer
from fake_overpass import FakeOverpass

ox = pytest.importorskip("osmnx")

OSM_FILE = str(DATA / "helsinki" / "helsinki_centre_streets.osm")
EXTENT = "24.940,24.947,60.169,60.173 [EPSG:4326]"  # xmin,xmax,ymin,ymax: the extract's box
NUMBERS = ("EDGE_COUNT", "NODE_COUNT", "COMPONENTS", "LARGEST_COMPONENT_SHARE", "TOTAL_LENGTH_KM")


def test_osm_file_agrees_with_preparewalknetwork(run_alg):
    res = run_alg("downloadosmnetwork", {"OSM_FILE": OSM_FILE, "OUTPUT": "memory:"})
    ref = run_alg("preparewalknetwork", {"INPUT": OSM_FILE + "|layername=lines",
                                         "OSM_FILTER": True, "SNAP_TOLERANCE": 0.0,
                                         "OUTPUT": "memory:"})
    layer = res["OUTPUT"]
    assert layer.crs().authid() == ref["OUTPUT"].crs().authid() == "EPSG:32635"
    # preparewalknetwork also keeps each edge's OSM tags (highway, other_tags) for the travel
    # profiles; the downloaded network has the same network fields before those
    ref_names = ref["OUTPUT"].fields().names()
    assert layer.fields().names() == [n for n in ref_names if n not in ("highway", "other_tags")]
    assert layer.featureCount() == res["EDGE_COUNT"] > 300
    # Same ways, same rule, same UTM zone: the totals differ only where osmnx and GDAL's OSM
    # driver classify ways differently (osmnx's simplification drops isolated closed rings; GDAL
    # turns some closed ways into polygons). Measured: 12.28 vs 12.29 km (0.1 %); 1 % allowed.
    assert res["TOTAL_LENGTH_KM"] == pytest.approx(ref["TOTAL_LENGTH_KM"], rel=0.01)
    assert abs(res["COMPONENTS"] - ref["COMPONENTS"]) <= 3
    assert res["LARGEST_COMPONENT_SHARE"] == pytest.approx(ref["LARGEST_COMPONENT_SHARE"], abs=0.02)
    # osmnx merges street pieces between junctions; preparewalknetwork also keeps way ends as
    # nodes, so it may have more, never fewer, nodes
    assert res["NODE_COUNT"] <= ref["NODE_COUNT"]
    for f in layer.getFeatures():
        assert f.geometry().length() == pytest.approx(f["length_m"], rel=1e-6)


def test_download_with_fake_overpass_equals_osm_file(run_alg, monkeypatch):
    fake = FakeOverpass(OSM_FILE).install(monkeypatch)
    res = run_alg("downloadosmnetwork", {"EXTENT": EXTENT, "OUTPUT": "memory:"})
    assert fake.blocked == [] and len(fake.interpreter_queries) == 1
    offline = run_alg("downloadosmnetwork", {"EXTENT": EXTENT, "OSM_FILE": OSM_FILE,
                                             "OUTPUT": "memory:"})
    assert res["OUTPUT"].crs().authid() == "EPSG:32635"
    for key in NUMBERS:
        assert res[key] == pytest.approx(offline[key], rel=1e-6), key


def test_polygon_layer_in_another_crs(run_alg, monkeypatch):
    FakeOverpass(OSM_FILE).install(monkeypatch)
    # the western half of the box, as a polygon in ETRS-TM35FIN (EPSG:3067)
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,
    )
    geom = QgsGeometry.fromWkt("POLYGON((24.940 60.169, 24.9435 60.169, 24.9435 60.173, "
                               "24.940 60.173, 24.940 60.169))")
    geom.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                          QgsCoordinateReferenceSystem("EPSG:3067"),
                                          QgsProject.instance()))
    layer = memory_layer("Polygon", "EPSG:3067", [geom.asWkt()])
    half = run_alg("downloadosmnetwork", {"POLYGON": layer, "EXTENT": EXTENT,
                                          "OUTPUT": "memory:"})
    full = run_alg("downloadosmnetwork", {"EXTENT": EXTENT, "OUTPUT": "memory:"})
    assert 0.2 * full["TOTAL_LENGTH_KM"] < half["TOTAL_LENGTH_KM"] < 0.8 * full["TOTAL_LENGTH_KM"]


def test_no_area_and_no_file(run_alg):
    with pytest.raises(QgsProcessingException, match="No area given"):
        run_alg("downloadosmnetwork", {"OUTPUT": "memory:"})


def test_too_large_extent(run_alg, monkeypatch):
    fake = FakeOverpass(OSM_FILE).install(monkeypatch)
    with pytest.raises(QgsProcessingException, match="km²"):
        run_alg("downloadosmnetwork", {"EXTENT": "24.5,25.5,60.0,60.5 [EPSG:4326]",
                                       "OUTPUT": "memory:"})
    assert fake.requests == []


def test_offline_message(run_alg, monkeypatch):
    FakeOverpass(offline=True).install(monkeypatch)
    monkeypatch.setattr(ox.settings, "overpass_rate_limit", False)
    with pytest.raises(QgsProcessingException, match="offline") as info:
        run_alg("downloadosmnetwork", {"EXTENT": EXTENT, "OUTPUT": "memory:"})
    assert "OSM file" in str(info.value) and ".osm.pbf" in str(info.value)


def test_pbf_file_is_redirected_to_preparewalknetwork(run_alg):
    with pytest.raises(QgsProcessingException, match="Prepare walking network"):
        run_alg("downloadosmnetwork", {"OSM_FILE": str(DATA / "helsinki" / "Helsinki.osm.pbf"),
                                       "OUTPUT": "memory:"})


def test_points_are_not_an_area(run_alg):
    layer = memory_layer("Point", "EPSG:4326", ["Point(24.94 60.17)"])
    with pytest.raises(QgsProcessingException):
        run_alg("downloadosmnetwork", {"POLYGON": layer, "OUTPUT": "memory:"})


def test_can_execute_names_osmnx_when_missing(provider, monkeypatch):
    import sys
    alg = provider.algorithm("downloadosmnetwork")
    ok, _ = alg.canExecute()
    assert ok
    monkeypatch.setitem(sys.modules, "osmnx", None)
    ok, message = alg.canExecute()
    assert not ok and "osmnx" in message and "python3-osmnx" in message
