"""The headless batch (urbanplan_plugin.batch) without QGIS: parameters, the area rule, tiles
against one whole-region run for every algorithm, reruns, failures, summaries, the readers.

These runs use ``workers=0`` (the areas one by one in this process: same code, no Dask start-up);
tests/qgis/test_batch_areas.py runs the command line on a local Dask cluster of two workers and
compares it with ``processing.run``."""
import csv
import json
import os

import numpy as np
import pytest

pytest.importorskip("osgeo")

from urbanplan_plugin.batch import ogr_io  # noqa: E402
from urbanplan_plugin.batch.errors import BatchError  # noqa: E402
from urbanplan_plugin.batch.runner import run_batch  # noqa: E402


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    from urbanplan_plugin.batch.synthetic import write_region
    folder = tmp_path_factory.mktemp("region")
    paths = write_region(str(folder), cities=2, blocks=9, seed=7, tiles=(4, 4))
    # one big area around everything: "the whole region" in one piece
    from urbanplan_plugin.batch.synthetic import _polygon_wkb
    _, ogr, _ = ogr_io.gdal_modules()
    w = ogr_io.GpkgWriter(str(folder / "whole.gpkg"))
    lw = w.layer("whole", ogr_io.srs_from_user("EPSG:32723"), ogr.wkbPolygon, (),
                 [("name", "string")])
    lw.write([["region"]], [_polygon_wkb(0.0, 0.0, 1e7, 1e7)])
    w.close()
    paths["whole"] = str(folder / "whole.gpkg")
    return paths


def fifteen(region, **extra):
    p = {"ORIGINS": region["homes"], "POPULATION_FIELD": "population",
         "GROUP_FIELDS": "children,elderly", "DESTINATIONS": region["services"],
         "CATEGORY_FIELD": "category", "NETWORK": region["network"]}
    p.update(extra)
    return p


def result_rows(out_dir, key):
    layer = ogr_io.VectorLayer(os.path.join(out_dir, "result.gpkg") + "|layername=result")
    names = layer.field_names()
    feats = layer.read(names, geometry=False)
    layer.close()
    return {feats.attrs[key][i]: {n: feats.attrs[n][i] for n in names if n != "batch_area"}
            for i in range(len(feats))}, names


def run(alg, areas, params, out, area_id=None, **kw):
    return run_batch(alg, areas, {k: str(v) for k, v in params.items()}, str(out),
                     area_id=area_id, workers=0, progress=False, **kw)


# --------------------------------------------------------------------------- parameters

def test_unknown_and_missing_parameters_are_explained(region, tmp_path):
    with pytest.raises(BatchError, match="has no parameter THRESHOLD.*THRESHOLD_MIN"):
        run("fifteenminutecity", region["tiles"], dict(fifteen(region), THRESHOLD="15"),
            tmp_path / "a")
    params = fifteen(region)
    del params["NETWORK"]
    with pytest.raises(BatchError, match="needs the parameter NETWORK"):
        run("fifteenminutecity", region["tiles"], params, tmp_path / "b")
    with pytest.raises(BatchError,
                       match="POLYGON_ACCESS must be one of auto, point_on_surface, boundary"):
        run("fifteenminutecity", region["tiles"], dict(fifteen(region), POLYGON_ACCESS="7"),
            tmp_path / "c")
    with pytest.raises(BatchError, match="runs .*fifteenminutecity.*'servicearea'"):
        run("servicearea", region["tiles"], {}, tmp_path / "d")


def test_parameter_text_is_read_like_qgis_process():
    from urbanplan_plugin.batch.params import Param, convert, parse_pairs
    assert parse_pairs(["A=1", "B = x=y "]) == {"A": "1", "B": "x=y"}
    assert convert(Param("E", "extent"), "1,3,2,4 [EPSG:32723]") == (1.0, 2.0, 3.0, 4.0,
                                                                      "EPSG:32723")
    assert convert(Param("G", "fields"), "a, b;c") == ["a", "b", "c"]
    assert convert(Param("B", "bool"), "false") is False
    assert convert(Param("N", "number"), "") is None
    with pytest.raises(BatchError, match="twice"):
        parse_pairs(["A=1", "A=2"])


def test_output_folder_of_another_batch_is_refused(region, tmp_path):
    run("fifteenminutecity", region["areas"], fifteen(region), tmp_path, area_id="city")
    with pytest.raises(BatchError, match="holds a batch with other settings"):
        run("fifteenminutecity", region["areas"], fifteen(region, THRESHOLD_MIN=10), tmp_path,
            area_id="city")


# --------------------------------------------------------------------------- areas

def test_points_on_shared_tile_borders_belong_to_exactly_one_tile(tmp_path):
    from urbanplan_plugin.batch.areas import read_areas
    from urbanplan_plugin.batch.synthetic import _polygon_wkb
    _, ogr, _ = ogr_io.gdal_modules()
    srs = ogr_io.srs_from_user("EPSG:32723")
    w = ogr_io.GpkgWriter(str(tmp_path / "t.gpkg"))
    lw = w.layer("t", srs, ogr.wkbPolygon, (), [("name", "string")])
    lw.write([["a"], ["b"], ["c"], ["d"]],
             [_polygon_wkb(0, 0, 10, 10), _polygon_wkb(10, 0, 20, 10),
              _polygon_wkb(0, 10, 10, 20), _polygon_wkb(10, 10, 20, 20)])
    w.close()
    areas = read_areas(str(tmp_path / "t.gpkg"), "name", srs)
    # inside, on an edge between two tiles, on the corner of four, on the outer border
    pts = np.array([(5, 5), (10, 5), (5, 10), (10, 10), (15, 15), (10, 15), (0, 5), (20, 5)],
                   dtype=float)
    owned = np.array([a.owns(pts) for a in areas])
    inside = owned.sum(axis=0)
    assert inside[:6].tolist() == [1] * 6  # every inner point has exactly one owner
    # the one zone rule (core/geometry/zones.py): a point on a border shared by several areas
    # belongs to the first of them in the layer's order; an outer border belongs to its area
    assert owned[:, 1].tolist() == [True, False, False, False]  # x = 10: tile a, not b
    assert owned[:, 3].tolist() == [True, False, False, False]  # the corner of four: tile a
    assert inside[6:].tolist() == [1, 1]  # outer borders (left and right) belong


def test_duplicate_area_ids_are_refused(tmp_path):
    from urbanplan_plugin.batch.areas import read_areas
    from urbanplan_plugin.batch.synthetic import _polygon_wkb
    _, ogr, _ = ogr_io.gdal_modules()
    srs = ogr_io.srs_from_user("EPSG:32723")
    w = ogr_io.GpkgWriter(str(tmp_path / "t.gpkg"))
    lw = w.layer("t", srs, ogr.wkbPolygon, (), [("name", "string")])
    lw.write([["a"], ["a"]], [_polygon_wkb(0, 0, 1, 1), _polygon_wkb(1, 0, 2, 1)])
    w.close()
    with pytest.raises(BatchError, match="used twice"):
        read_areas(str(tmp_path / "t.gpkg"), "name", srs)


# --------------------------------------------------------------------------- exactness

def _whole_region_engine_run(region):
    """The oracle: walk_access once on the whole network with every origin and destination
    (what urbanplan:fifteenminutecity computes), rounded as the writers round."""
    from urbanplan_plugin.core.network import store
    from urbanplan_plugin.core.walk.fifteenminutecity import walk_access
    net = store.read_store(region["network"], "network")
    homes = ogr_io.VectorLayer(region["homes"]).read(["home_id"])
    serv = ogr_io.VectorLayer(region["services"]).read(["category"])
    res = walk_access(net, ogr_io.representative_points(homes.wkb),
                      ogr_io.representative_points(serv.wkb),
                      np.array(serv.attrs["category"], dtype=object))
    out = {}
    for i, hid in enumerate(homes.attrs["home_id"]):
        out[hid] = {f"dist_{res.fields[r.name]}_m": res.dist[i, j]
                    for j, r in enumerate(res.rules)}
    return out


def test_tiles_equal_the_whole_region_for_every_origin(region, tmp_path):
    res = run("fifteenminutecity", region["tiles"], fifteen(region), tmp_path / "tiles",
              area_id="tile")
    assert res.ok and res.total == 16 and res.done == 16
    whole = run("fifteenminutecity", region["whole"], fifteen(region), tmp_path / "whole",
                area_id="name")
    assert whole.ok
    tiles, names = result_rows(tmp_path / "tiles", "home_id")
    one, names1 = result_rows(tmp_path / "whole", "home_id")
    assert names == names1 and len(tiles) == len(one) > 300
    assert tiles == one  # every value of every origin, NULLs included
    oracle = _whole_region_engine_run(region)
    checked = 0
    for hid, row in tiles.items():
        for k, v in oracle[hid].items():
            expected = None if not np.isfinite(v) else float(np.round(v, 2))
            assert row[k] == expected, (hid, k)
            checked += expected is not None
    assert checked > 500
    # the tiles really are tiles: several of them computed origins
    areas = {json.load(open(p))["area"]: json.load(open(p))["stats"]["features"]
             for p in (tmp_path / "tiles" / "areas").glob("*.json")}
    assert sum(v > 0 for v in areas.values()) >= 8
    assert sum(areas.values()) == len(tiles)


@pytest.mark.parametrize("alg,params,key", [
    ("accessibilitygrid", lambda r: {"DESTINATIONS": r["services"],
                                     "CATEGORY_FIELD": "category", "NETWORK": r["network"],
                                     "CELL_SIZE": 150, "DECAY": 1}, "cell_id"),
    # a steep decay (gravity summed to ln(100) / 1 = 4.6 min) and a short horizon with a small
    # snap distance: each tile reads destinations only 0.5 km around it, yet gravity_trunc_max_pct
    # and null_reason see every destination on a cell's piece of network, as in one run
    ("accessibilitygrid", lambda r: {"DESTINATIONS": r["services"],
                                     "CATEGORY_FIELD": "category", "NETWORK": r["network"],
                                     "CELL_SIZE": 150, "BETA": 1, "HORIZON_MIN": 3,
                                     "THRESHOLD_MIN": 2, "MAX_SNAP_M": 30}, "cell_id"),
    ("sdg1171", lambda r: {"BUILTUP": r["builtup"], "OPEN_SPACES": r["parks"],
                           "NETWORK": r["network"], "POPULATION": r["homes"],
                           "POPULATION_FIELD": "population",
                           "GROUP_FIELDS": "children,elderly"}, "home_id"),
    ("greenspacecoverage", lambda r: {"PARKS": r["parks"], "NETWORK": r["network"],
                                      "POPULATION": r["homes"],
                                      "POPULATION_FIELD": "population"}, "home_id"),
    ("floodexposure", lambda r: {"HAZARD": r["hazard"], "EXPOSURE": r["buildings"],
                                 "POPULATION_FIELD": "population"}, "building_id"),
])
def test_every_algorithm_tiles_equal_one_area(region, tmp_path, alg, params, key):
    p = params(region)
    tiles = run(alg, region["tiles"], p, tmp_path / "tiles", area_id="tile")
    whole = run(alg, region["whole"], p, tmp_path / "whole", area_id="name")
    assert tiles.ok and whole.ok, (tiles.failed, whole.failed)
    a, na = result_rows(tmp_path / "tiles", key)
    b, nb = result_rows(tmp_path / "whole", key)
    assert na == nb and len(a) == len(b) > 100
    assert a == b
    if "gravity_trunc_max_pct" in na and p.get("BETA") == 1:
        trunc = [row["gravity_trunc_max_pct"] for row in a.values()]
        assert sum(t is not None and t > 0 for t in trunc) > 20
        reasons = {row["null_reason"] for row in a.values()}
        assert "beyond_horizon" in reasons
    # summaries: the engine's columns, one set of rows per area
    with open(tmp_path / "tiles" / "summary.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and rows[0].keys() >= {"batch_area"}
    assert len({r["batch_area"] for r in rows}) >= 8


def test_summary_has_the_engine_columns_and_areas_add_up(region, tmp_path):
    from urbanplan_plugin.core.publicspace.sdg1171 import SUMMARY_COLUMNS
    from urbanplan_plugin.core.walk.fifteenminutecity import SummaryTable
    run("fifteenminutecity", region["tiles"], fifteen(region), tmp_path / "f", area_id="tile")
    with open(tmp_path / "f" / "summary.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys()) == ["batch_area"] + list(SummaryTable.COLUMNS)
    # population over the tiles = population of the region (zone all, group all, one category)
    homes = ogr_io.VectorLayer(region["homes"]).read(["population"], geometry=False)
    total = sum(homes.attrs["population"])
    got = sum(float(r["population"]) for r in rows
              if r["zone"] == "all" and r["pop_group"] == "all" and r["category"] == "school")
    assert got == pytest.approx(total)
    params = {"BUILTUP": region["builtup"], "OPEN_SPACES": region["parks"],
              "NETWORK": region["network"], "POPULATION": region["homes"]}
    run("sdg1171", region["tiles"], params, tmp_path / "s", area_id="tile")
    with open(tmp_path / "s" / "summary.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys()) == ["batch_area"] + list(SUMMARY_COLUMNS)
    # the built-up area is cut at the tile borders: the tiles add up to the two cities
    builtup = sum(float(r["builtup_m2"]) for r in rows
                  if r["zone"] == "all" and r["pop_group"] == "all" and r["builtup_m2"])
    assert builtup == pytest.approx(2 * 900.0 * 900.0, rel=1e-9)


# --------------------------------------------------------------------------- runs

def test_rerun_skips_finished_areas_and_failures_do_not_stop_the_others(region, tmp_path):
    # an origin layer with a NULL population in one place: only its tile fails
    homes = ogr_io.VectorLayer(region["homes"])
    names = homes.field_names()
    feats = homes.read(names)
    pop = list(feats.attrs["population"])
    xy = ogr_io.representative_points(feats.wkb)
    bad = int(np.argmin(np.hypot(*(xy - xy.mean(axis=0)).T)))  # a home near the middle
    pop[bad] = None
    _, ogr, _ = ogr_io.gdal_modules()
    w = ogr_io.GpkgWriter(str(tmp_path / "homes_bad.gpkg"))
    lw = w.layer("homes", homes.srs(), ogr.wkbPoint, homes.field_defns())
    lw.write([[pop[i] if n == "population" else feats.attrs[n][i] for n in names]
              for i in range(len(feats))], feats.wkb, feats.fids)
    w.close()
    params = fifteen(region, ORIGINS=str(tmp_path / "homes_bad.gpkg"))
    out = tmp_path / "out"
    res = run("fifteenminutecity", region["tiles"], params, out, area_id="tile")
    assert len(res.failed) == 1 and res.done == 15
    (area, reason), = res.failed.items()
    assert "no value (NULL) in 'population field 'population''" in reason
    assert (out / "areas" / f"{area}.error.txt").exists()
    assert json.load(open(out / "batch.json"))["failed"] == {area: reason}
    # a second run computes only the failed area (and fails it again), skipping the 15
    again = run("fifteenminutecity", region["tiles"], params, out, area_id="tile")
    assert again.skipped == 15 and again.done == 0 and list(again.failed) == [area]
    # a finished area whose result is removed is computed again
    os.remove(out / "areas" / "t00_00.json")
    third = run("fifteenminutecity", region["tiles"], params, out, area_id="tile")
    assert third.skipped == 14 and third.done == 1


def test_a_line_layer_network_is_prepared_once_in_the_cache(region, tmp_path):
    res = run("fifteenminutecity", region["areas"], fifteen(region, NETWORK=region["streets"]),
              tmp_path, area_id="city")
    assert res.ok
    cached = list((tmp_path / "_cache").glob("network-*.npz"))
    assert len(cached) == 1
    a, _ = result_rows(tmp_path, "home_id")
    run("fifteenminutecity", region["areas"], fifteen(region), tmp_path / "prepared",
        area_id="city")
    b, _ = result_rows(tmp_path / "prepared", "home_id")
    assert a == b  # the same network as the prepared one: the same answers


def test_arrow_stream_and_feature_loop_read_the_same(region, monkeypatch):
    layer = ogr_io.VectorLayer(region["homes"])
    names = layer.field_names()
    box = (300200.0, 7390200.0, 300600.0, 7390500.0)
    a = layer.read(names, bbox=box)
    monkeypatch.setattr(ogr_io, "FORCE_FEATURE_LOOP", True)
    b = layer.read(names, bbox=box)
    assert ogr_io.arrow_available() is False
    assert a.fids.tolist() == b.fids.tolist() and len(a) > 10
    assert a.wkb == b.wkb and a.attrs == b.attrs


def test_the_batch_never_imports_qgis():
    """The batch runs where QGIS is not installed: importing it (and running an area) must not
    import qgis or Qt."""
    import subprocess
    import sys
    code = ("import sys, builtins\n"
            "real = builtins.__import__\n"
            "def guard(name, *a, **k):\n"
            "    if name.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6'):\n"
            "        raise ImportError('blocked: ' + name)\n"
            "    return real(name, *a, **k)\n"
            "builtins.__import__ = guard\n"
            "import urbanplan_plugin.batch.runner, urbanplan_plugin.batch.__main__\n"
            "import urbanplan_plugin.batch.algorithms as a\n"
            "[adapter.PARAMS for adapter in a.ALGORITHMS.values()]\n"
            "print('ok')\n")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                          text=True, timeout=120, env=dict(os.environ, PYTHONPATH=root))
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


@pytest.mark.slow
def test_an_existing_cluster_is_used_through_its_address(region, tmp_path):
    """--scheduler: a cluster started elsewhere (here a LocalCluster on 127.0.0.1)."""
    dd = pytest.importorskip("dask.distributed")
    import logging

    from urbanplan_plugin.batch.runner import plugin_root
    os.environ["PYTHONPATH"] = plugin_root() + (os.pathsep + os.environ["PYTHONPATH"]
                                                if os.environ.get("PYTHONPATH") else "")
    cluster = dd.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                              host="127.0.0.1", dashboard_address=None,
                              silence_logs=logging.ERROR)
    try:
        res = run_batch("fifteenminutecity", region["areas"],
                        {k: str(v) for k, v in fifteen(region).items()}, str(tmp_path),
                        area_id="city", scheduler=cluster.scheduler_address, progress=False)
    finally:
        cluster.close()
    assert res.ok and res.done == 2 and res.workers == 1
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
