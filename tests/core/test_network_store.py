"""core.network.store: network arrays stored with a prepared GeoPackage, loaded bit for bit,
invalidated when the edges change, invisible as a layer (no QGIS needed)."""
import sqlite3

import numpy as np
import pytest

from urbanplan_plugin.core.network import store
from urbanplan_plugin.core.network.build import LineSet, build_network

osgeo = pytest.importorskip("osgeo")


def _lines():
    # a T junction and a loop made of two lines sharing their ends; the long line is cut at
    # the junction vertex (100, 0)
    return [np.array([(0.0, 0.0), (100.0, 0.0), (250.0, 0.0)]),
            np.array([(100.0, 0.0), (100.0, 80.0)]),
            np.array([(250.0, 0.0), (300.0, 50.0), (250.0, 100.0)]),
            np.array([(250.0, 100.0), (250.0, 0.0)])]


def _write(tmp_path, net, name="network.gpkg"):
    from urbanplan_plugin.batch.network import write_prepared
    from urbanplan_plugin.batch.ogr_io import srs_from_user
    path = str(tmp_path / name)
    write_prepared(path, net, srs_from_user("EPSG:32723"))
    return path


def test_prepared_network_renumbers_ids_and_places_nodes():
    # node ids 7, 3, 9 (any integers) become 0..2 in sorted order: 3 -> 0, 7 -> 1, 9 -> 2
    lines = [np.array([(0.0, 0.0), (10.0, 0.0)]), np.array([(10.0, 0.0), (10.0, 5.0)])]
    net = store.prepared_network([7, 3], [3, 9], [10.0, 5.0], lines, crs="EPSG:32723")
    assert net.edge_from.tolist() == [1, 0] and net.edge_to.tolist() == [0, 2]
    assert net.node_xy.tolist() == [[10.0, 0.0], [0.0, 0.0], [10.0, 5.0]]
    assert net.edge_coords(1).tolist() == [[10.0, 0.0], [10.0, 5.0]]
    assert net.edge_source.tolist() == [0, 1] and net.crs == "EPSG:32723"


def test_prepared_form_is_what_the_layer_reads_back(tmp_path):
    from urbanplan_plugin.batch.network import read_prepared
    from urbanplan_plugin.batch.ogr_io import VectorLayer, srs_from_user
    net = build_network(LineSet.from_lines(_lines()), tolerance=0.5, crs="EPSG:32723")
    path = _write(tmp_path, net)
    stored = store.read_store(path, "network")
    assert stored is not None
    rebuilt = read_prepared(VectorLayer(path), srs_from_user("EPSG:32723"))
    expected = store.prepared_form(net)
    assert set(store.ARRAYS) > set(store.STORED) - {"offsets"}
    for name in store.ARRAYS:
        a, b, c = getattr(stored, name), getattr(rebuilt, name), getattr(expected, name)
        assert a.dtype == b.dtype == c.dtype, name
        assert np.array_equal(a, b) and np.array_equal(a, c), name
    # the same network: 5 edges (the long line cut at the junction), 5 nodes, same lengths
    assert stored.edge_count == net.edge_count == 5
    assert stored.node_count == 5
    assert sorted(stored.edge_length.round(6)) == sorted(net.edge_length.round(6))
    assert stored.crs == "EPSG:32723"


def test_store_is_not_listed_as_a_layer(tmp_path):
    from osgeo import ogr
    net = build_network(LineSet.from_lines(_lines()), crs="EPSG:32723")
    path = _write(tmp_path, net)
    ds = ogr.Open(path)
    assert [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] == ["network"]
    ds = None
    assert store.feature_tables(path) == ["network"]
    con = sqlite3.connect(path)
    assert con.execute("SELECT data_type FROM gpkg_contents WHERE table_name = ?",
                       (store.STORE_TABLE,)).fetchone() == (store.DATA_TYPE,)
    con.close()


def test_an_edit_through_gdal_invalidates_the_store(tmp_path):
    from osgeo import ogr
    net = build_network(LineSet.from_lines(_lines()), crs="EPSG:32723")
    path = _write(tmp_path, net)
    key = store.content_key(path, "network")
    assert store.store_info(path, "network")[0] == key
    ds = ogr.Open(path, 1)
    layer = ds.GetLayer(0)
    feat = layer.GetFeature(1)
    geom = feat.GetGeometryRef().Clone()
    geom.SetPoint_2D(0, -5.0, 0.0)  # move a vertex, attributes unchanged
    feat.SetGeometry(geom)
    layer.SetFeature(feat)
    ds = None
    assert store.content_key(path, "network") != key
    assert store.read_store(path, "network") is None
    assert store.read_store(path, "network", check=False) is not None


def test_an_attribute_edit_through_gdal_invalidates_the_store(tmp_path):
    from osgeo import ogr
    net = build_network(LineSet.from_lines(_lines()), crs="EPSG:32723")
    path = _write(tmp_path, net)
    con = sqlite3.connect(path)
    # a last_change in the past, so the edit below cannot fall in the same millisecond
    con.execute("UPDATE gpkg_contents SET last_change = '2000-01-01T00:00:00.000Z' "
                "WHERE table_name = 'network'")
    con.commit()
    con.close()
    store.write_store(path, "network", store.prepared_form(net))
    assert store.read_store(path, "network") is not None
    ds = ogr.Open(path, 1)
    layer = ds.GetLayer(0)
    feat = layer.GetFeature(2)
    feat.SetField("length_m", feat.GetField("length_m") + 1.0)
    layer.SetFeature(feat)
    ds = None
    assert store.read_store(path, "network") is None


def test_features_removed_with_sql_invalidate_the_store(tmp_path):
    net = build_network(LineSet.from_lines(_lines()), crs="EPSG:32723")
    path = _write(tmp_path, net)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM network WHERE fid = 2")  # GDAL's triggers keep the count
    con.commit()
    con.close()
    assert store.read_store(path, "network") is None


def test_only_a_prepared_form_is_stored(tmp_path):
    net = build_network(LineSet.from_lines(_lines()), crs="EPSG:32723")
    path = _write(tmp_path, net)
    with pytest.raises(ValueError, match="prepared form"):
        store.write_store(path, "network", net)  # edges share vertices: not prepared form


def test_unknown_format_is_ignored_not_misread(tmp_path):
    net = build_network(LineSet.from_lines(_lines()), crs="EPSG:32723")
    path = _write(tmp_path, net)
    con = sqlite3.connect(path)
    con.execute(f"UPDATE {store.STORE_TABLE} SET format = 99")
    con.commit()
    con.close()
    assert store.read_store(path, "network") is None


def test_not_a_geopackage_has_no_key(tmp_path):
    bad = tmp_path / "x.gpkg"
    bad.write_text("not sqlite")
    assert store.content_key(str(bad), "network") is None
    assert store.store_info(str(bad), "network") is None
    assert store.feature_tables(str(bad)) == []


def test_npz_cache_round_trip(tmp_path):
    net = build_network(LineSet.from_lines(_lines()), crs="EPSG:32723")
    path = str(tmp_path / "n.npz")
    store.save_npz(net, path, "k1")
    back, key = store.load_npz(path)
    assert key == "k1" and back.crs == "EPSG:32723"
    for name in store.ARRAYS:
        assert np.array_equal(getattr(back, name), getattr(net, name))
