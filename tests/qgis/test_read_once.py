"""Read once (issue 19): the street lines of an OSM file are read in one pass, in bulk through
OGR with the way filter on columns, and keep exactly the ways the per-feature Python filter
kept -- the same feature ids, the same vertices (bit for bit, in the working CRS), the same
tags recorded for the travel profiles -- for both bundled OSM extracts and every travel
profile's way rule. The oracle is the previous reader (``read_lines`` with
``WayTags.line_filter`` / ``osm_walk_filter``, one QGIS feature at a time)."""
import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from conftest import DATA
from urbanplan_plugin.core.walk.profiles import load_profiles
from urbanplan_plugin.qgis_io import bulk as bulk_mod
from urbanplan_plugin.qgis_io.bulk import ogr_source, read_columns
from urbanplan_plugin.qgis_io.layers import (
    LINE_TAG_FIELDS,
    osm_walk_filter,
    read_lines,
    read_street_lines,
    source_extent,
    working_crs,
)
from urbanplan_plugin.qgis_io.ways import WayTags

OSM_FILES = {"helsinki": DATA / "helsinki" / "Helsinki.osm.pbf",
             "sao_paulo": DATA / "sao_paulo" / "spo_osm.pbf"}


def lines_layer(name):
    layer = QgsVectorLayer(f"{OSM_FILES[name]}|layername=lines", name, "ogr")
    assert layer.isValid()
    return layer


def bulk_of(layer):
    names = set(layer.fields().names())
    ref = ogr_source(layer, None, [f for f in LINE_TAG_FIELDS if f in names])
    assert ref is not None and ref.driver == "OSM"
    return ref


def old_read(layer, crs, profiles, osm_filter):
    """The previous reader: a per-feature Python filter over QGIS features."""
    if profiles is None:
        keep = osm_walk_filter(layer) if osm_filter else None
        ways = None
    else:
        ways = WayTags(profiles)
        keep = ways.line_filter(layer, osm_filter)
    lines, fids = read_lines(layer, crs, None, None, keep)
    return lines, fids, ways


def new_read(layer, crs, profiles, osm_filter, bulk):
    ways = None if profiles is None else WayTags(profiles)
    lines, fids, got_crs = read_street_lines(layer, lambda _e: crs, None, None, ways, osm_filter,
                                             bulk)
    assert got_crs == crs
    return lines, fids, ways


def assert_same(old, new):
    (lo, fo, wo), (ln, fn, wn) = old, new
    assert fn == fo
    assert np.array_equal(ln.offsets, lo.offsets)
    assert np.array_equal(ln.source, lo.source)
    assert np.array_equal(ln.coords, lo.coords)    # bit for bit
    if wo is not None:
        assert wn.available == wo.available
        assert wn.highway == wo.highway
        assert wn.tags == wo.tags


RULES = [("walk filter", None)] + [(pid, [p]) for pid, p in load_profiles().items()] + \
    [("every profile", list(load_profiles().values()))]


@pytest.fixture(scope="module")
def layers(qgis_app):
    out = {}
    for name in OSM_FILES:
        layer = lines_layer(name)
        crs = working_crs(layer.sourceCrs(), source_extent(layer))
        out[name] = (layer, crs, bulk_of(layer))
    return out


CASES = [(rule, True) for rule, _ in RULES] + [("walk filter", False), ("every profile", False)]


@pytest.mark.parametrize("city", sorted(OSM_FILES))
@pytest.mark.parametrize("rule,osm_filter", CASES)
def test_bulk_reader_keeps_the_same_ways(layers, city, rule, osm_filter):
    layer, crs, bulk = layers[city]
    profiles = dict(RULES)[rule]
    old = old_read(layer, crs, profiles, osm_filter)
    assert len(old[1]) > 1000
    assert_same(old, new_read(layer, crs, profiles, osm_filter, bulk))      # OGR, one pass
    if rule in ("walk filter", "every profile"):
        assert_same(old, new_read(layer, crs, profiles, osm_filter, None))  # QGIS, one pass


@pytest.mark.parametrize("city", sorted(OSM_FILES))
def test_the_filter_leaves_ways_out_and_profiles_add_some(layers, city):
    """The comparison above is not vacuous: the filter drops many ways, and a cyclist keeps
    ways a pedestrian may not use."""
    layer, crs, bulk = layers[city]
    every = new_read(layer, crs, None, False, bulk)[1]
    walk = new_read(layer, crs, None, True, bulk)[1]
    bike = new_read(layer, crs, [load_profiles()["bicycle"]], True, bulk)[1]
    chair = new_read(layer, crs, [load_profiles()["wheelchair"]], True, bulk)[1]
    assert len(walk) < len(every)
    assert set(chair) <= set(walk) | set(bike)
    assert set(walk) != set(bike)


def test_feature_loop_gives_the_arrow_answer(layers, monkeypatch):
    layer, crs, bulk = layers["helsinki"]
    arrow = read_columns(bulk, ["highway", "other_tags"])
    monkeypatch.setattr(bulk_mod, "FORCE_FEATURE_LOOP", True)
    loop = read_columns(bulk, ["highway", "other_tags"])
    assert np.array_equal(arrow.fids, loop.fids)
    assert arrow.attrs == loop.attrs
    assert arrow.wkb == loop.wkb
    profiles = list(load_profiles().values())
    old = old_read(layer, crs, profiles, True)
    assert_same(old, new_read(layer, crs, profiles, True, bulk))


def test_extent_and_working_crs_from_the_one_pass(layers):
    """The OSM driver knows no extent before reading: the one pass gives the features' extent
    (every feature with a geometry, kept or not), which picks the same UTM zone."""
    for layer, crs, bulk in layers.values():
        seen = []
        source_crs = layer.sourceCrs()

        def choose(extent, _seen=seen, _crs=source_crs):
            _seen.append(extent)
            return working_crs(_crs, extent)

        _lines, _fids, got = read_street_lines(layer, choose, bulk=bulk)
        assert got == crs
        ref = source_extent(QgsVectorLayer(layer.source(), "again", "ogr"))
        assert seen[0] == ref


def test_ogr_source_refuses_what_ogr_would_read_differently(qgis_app, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition
    layer = lines_layer("helsinki")
    assert ogr_source(layer, QgsProcessingFeatureSourceDefinition(layer.source())) is not None
    assert ogr_source(layer, QgsProcessingFeatureSourceDefinition(
        layer.source(), selectedFeaturesOnly=True)) is None
    limited = QgsProcessingFeatureSourceDefinition(layer.source())
    limited.featureLimit = 10
    assert ogr_source(layer, limited) is None
    subset = lines_layer("helsinki")
    subset.setSubsetString("highway = 'footway'")
    assert ogr_source(subset, None) is None
    mem = QgsVectorLayer("LineString?crs=EPSG:4326&field=highway:string", "m", "memory")
    assert ogr_source(mem, None) is None
    assert ogr_source(layer, None, ["no_such_field"]) is None


def test_prepare_walk_network_unchanged(run_alg, tmp_path):
    """The algorithm reads the OSM file in bulk: same edges as the per-feature reader."""
    from urbanplan_plugin.core.network.build import build_network
    layer = lines_layer("sao_paulo")
    res = run_alg("preparewalknetwork", {"INPUT": layer.source(), "OUTPUT": "memory:"})
    out = res["OUTPUT"]
    crs = QgsCoordinateReferenceSystem(out.crs())
    lines, _fids, _ways = old_read(layer, crs, [], True)
    net = build_network(lines, tolerance=0.5, crs=crs.authid())
    assert out.featureCount() == net.edge_count == res["EDGE_COUNT"]
    lengths = sorted(f["length_m"] for f in out.getFeatures())
    np.testing.assert_allclose(lengths, np.sort(net.edge_length), rtol=0, atol=1e-9)
