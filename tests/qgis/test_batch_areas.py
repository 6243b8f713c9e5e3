"""Prepare once, reuse everywhere; the batch on a Dask cluster equals one QGIS run.

* ``preparewalknetwork`` stores the network arrays with its GeoPackage and the analyses load
  them (a run that rebuilds the network from its edges fails the test);
* ``python3 -m urbanplan_plugin.batch fifteenminutecity`` over 16 tiles on a local cluster of
  two workers gives every origin the very distances of one ``urbanplan:fifteenminutecity`` run
  (processing.run) over the whole region;
* ``urbanplan:batchareas`` runs the same runner from Processing (slow: a cluster starts)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    from urbanplan_plugin.batch.synthetic import write_region
    folder = tmp_path_factory.mktemp("batch_region")
    return write_region(str(folder), cities=2, blocks=9, seed=3, tiles=(4, 4))


@pytest.fixture(scope="module")
def prepared(region, provider, tmp_path_factory):
    """The region's street lines prepared by urbanplan:preparewalknetwork (QGIS)."""
    from qgis import processing
    out = str(tmp_path_factory.mktemp("prepared") / "walk.gpkg")
    res = processing.run("urbanplan:preparewalknetwork",
                         {"INPUT": region["streets"], "OSM_FILTER": True, "OUTPUT": out})
    return res


def _python():
    for exe in ("/usr/bin/python3", sys.executable):
        if os.path.exists(exe):
            return exe
    return "python3"


def _values(layer, key):
    out = {}
    for f in layer.getFeatures():
        row = {}
        for name in layer.fields().names():
            v = f[name]
            row[name] = None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
        out[row[key]] = row
    return out


def test_preparewalknetwork_stores_the_arrays(prepared):
    from urbanplan_plugin.core.network import store
    path = prepared["OUTPUT"]
    assert store.feature_tables(path) == ["walk"]
    info = store.store_info(path, "walk")
    assert info is not None and info[0] == store.content_key(path, "walk")
    net = store.read_store(path, "walk")
    assert net.edge_count == prepared["EDGE_COUNT"] and net.node_count == prepared["NODE_COUNT"]
    # QGIS lists one layer in the file: the store is not a layer
    layer = QgsVectorLayer(path, "walk", "ogr")
    assert len(layer.dataProvider().subLayers()) == 1


def test_analyses_load_the_stored_network_instead_of_rebuilding(prepared, region, run_alg,
                                                                monkeypatch, tmp_path):
    from urbanplan_plugin.qgis_io import layers, network_store

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the prepared network was rebuilt from its edges")

    before = dict(network_store.LOADS)
    # the rebuild path reads the edges' geometries: make it fail
    monkeypatch.setattr(layers, "_line_parts", no_rebuild)
    res = run_alg("fifteenminutecity", {
        "ORIGINS": region["homes"], "DESTINATIONS": region["services"],
        "CATEGORY_FIELD": "category", "NETWORK": prepared["OUTPUT"],
        "OUTPUT": str(tmp_path / "a.gpkg")})
    assert res["POP_TOTAL"] > 0
    assert network_store.LOADS["stored"] == before["stored"] + 1
    assert network_store.LOADS["rebuilt"] == before["rebuilt"]


def test_an_edited_network_is_read_from_its_edges(prepared, region, run_alg, tmp_path):
    import shutil

    from urbanplan_plugin.qgis_io import network_store
    path = str(tmp_path / "edited.gpkg")
    shutil.copy(prepared["OUTPUT"], path)
    layer = QgsVectorLayer(path, "walk", "ogr")
    fid = next(layer.getFeatures()).id()
    idx = layer.fields().indexOf("length_m")
    assert layer.dataProvider().changeAttributeValues({fid: {idx: 1.0}})
    del layer
    before = dict(network_store.LOADS)
    run_alg("fifteenminutecity", {
        "ORIGINS": region["homes"], "DESTINATIONS": region["services"],
        "CATEGORY_FIELD": "category", "NETWORK": path, "OUTPUT": str(tmp_path / "b.gpkg")})
    assert network_store.LOADS["rebuilt"] == before["rebuilt"] + 1
    assert network_store.LOADS["stored"] == before["stored"]


def test_a_selection_or_a_namesake_never_uses_another_tables_arrays(prepared, region, run_alg,
                                                                    tmp_path):
    import shutil

    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    from urbanplan_plugin.core.network import store
    from urbanplan_plugin.qgis_io import network_store
    copy = str(tmp_path / "walk.gpkg")
    shutil.copy(prepared["OUTPUT"], copy)
    original = QgsVectorLayer(prepared["OUTPUT"], "walk", "ogr")
    twin = QgsVectorLayer(copy, "walk", "ogr")  # same name, same table name, its own file
    fid = next(twin.getFeatures()).id()
    assert twin.dataProvider().changeAttributeValues(
        {fid: {twin.fields().indexOf("length_m"): 1.0}})
    assert store.read_store(copy, "walk") is None  # the twin's own arrays are stale
    project = QgsProject.instance()
    project.addMapLayers([original, twin])
    try:
        base = {"ORIGINS": region["homes"], "DESTINATIONS": region["services"],
                "CATEGORY_FIELD": "category"}
        before = dict(network_store.LOADS)
        run_alg("fifteenminutecity", dict(base, NETWORK=twin.id(),
                                          OUTPUT=str(tmp_path / "t.gpkg")))
        assert network_store.LOADS["rebuilt"] == before["rebuilt"] + 1
        assert network_store.LOADS["stored"] == before["stored"]
        original.selectByIds([f.id() for f in original.getFeatures()][:-1])  # all but one
        run_alg("fifteenminutecity", dict(base, NETWORK=QgsProcessingFeatureSourceDefinition(
            original.id(), selectedFeaturesOnly=True), OUTPUT=str(tmp_path / "s.gpkg")))
        assert network_store.LOADS["rebuilt"] == before["rebuilt"] + 2
        run_alg("fifteenminutecity", dict(base, NETWORK=original.id(),
                                          OUTPUT=str(tmp_path / "o.gpkg")))
        assert network_store.LOADS["stored"] == before["stored"] + 1
    finally:
        project.removeMapLayers([original.id(), twin.id()])


def test_dask_batch_over_tiles_equals_one_qgis_run(prepared, region, run_alg, tmp_path):
    params = {"ORIGINS": region["homes"], "POPULATION_FIELD": "population",
              "GROUP_FIELDS": ["children", "elderly"], "DESTINATIONS": region["services"],
              "CATEGORY_FIELD": "category", "NETWORK": prepared["OUTPUT"],
              "GROUP_SPEEDS": "elderly=3.6"}
    qgis_out = str(tmp_path / "qgis.gpkg")
    run_alg("fifteenminutecity", dict(params, OUTPUT=qgis_out))
    out = tmp_path / "batch"
    cmd = [_python(), "-m", "urbanplan_plugin.batch", "fifteenminutecity",
           "--areas", region["tiles"], "--area-id", "tile", "--out", str(out),
           "--workers", "2"]
    for k, v in params.items():
        cmd += ["--param", f"{k}={','.join(v) if isinstance(v, list) else v}"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "[16/16]" in proc.stderr
    assert "arrays stored with 'walk' are loaded" in proc.stderr
    import json
    record = json.loads((out / "batch.json").read_text())
    assert record["workers"] == 2 and record["areas_computed"] == 16
    assert record["network"] == "store"

    q = QgsVectorLayer(qgis_out, "q", "ogr")
    b = QgsVectorLayer(str(out / "result.gpkg") + "|layername=result", "b", "ogr")
    assert q.featureCount() == b.featureCount() > 300
    qnames = [n for n in q.fields().names() if n != "fid"]
    assert [n for n in b.fields().names() if n not in ("fid", "batch_area")] == qnames
    qv, bv = _values(q, "home_id"), _values(b, "home_id")
    dist_fields = [n for n in qnames if n.startswith(("dist_", "time_"))]
    assert len(dist_fields) == 8
    reached = 0
    for hid, row in qv.items():
        for n in qnames:
            assert bv[hid][n] == row[n], (hid, n, bv[hid][n], row[n])
        reached += sum(row[n] is not None for n in dist_fields)
    assert reached > 1000
    # and the tiles were computed apart: more than half of them own origins
    assert len({r["batch_area"] for r in bv.values()}) >= 8
    # the summary has one block of rows per tile, with the algorithm's columns
    from urbanplan_plugin.core.walk.fifteenminutecity import SummaryTable
    header = (out / "summary.csv").read_text().splitlines()[0].split(",")
    assert header == ["batch_area"] + list(SummaryTable.COLUMNS)


def test_batch_parameters_match_the_processing_algorithms(provider):
    from urbanplan_plugin.batch.algorithms import ALGORITHMS
    registry = provider
    for name, adapter in ALGORITHMS.items():
        alg = registry.algorithm(name)
        assert alg is not None, name
        qgis_names = {p.name() for p in alg.parameterDefinitions()}
        batch_names = set(adapter.param_names())
        assert batch_names == qgis_names, (name, batch_names ^ qgis_names)


@pytest.mark.slow
def test_batchareas_runs_the_same_runner(prepared, region, run_alg, tmp_path):
    out = str(tmp_path / "alg")
    res = run_alg("batchareas", {
        "ALGORITHM": "fifteenminutecity", "AREAS": region["areas"], "AREA_ID": "city",
        "PARAMETERS": f"ORIGINS={region['homes']}\nDESTINATIONS={region['services']}\n"
                      f"CATEGORY_FIELD=category\nNETWORK={prepared['OUTPUT']}",
        "WORKERS": 1, "OUTPUT_FOLDER": out})
    assert res["AREAS_DONE"] == 2 and res["AREAS_FAILED"] == 0
    layer = QgsVectorLayer(res["RESULT"], "r", "ogr")
    assert layer.isValid() and layer.featureCount() > 300
    assert os.path.exists(res["SUMMARY"])


def test_batchareas_reads_its_parameter_text(provider, region):
    from qgis.core import QgsProcessingException, QgsProject

    from urbanplan_plugin.algorithms.batchareas import BatchAreas, python_command
    layer = QgsVectorLayer(region["homes"], "my homes", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        items = BatchAreas.parse_parameters("ORIGINS=my homes\n# a comment\n\nTHRESHOLD_MIN = 10;"
                                            "CATEGORY_FIELD=category")
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert items == [f"ORIGINS={region['homes']}", "THRESHOLD_MIN=10", "CATEGORY_FIELD=category"]
    with pytest.raises(QgsProcessingException, match="is not KEY=VALUE"):
        BatchAreas.parse_parameters("THRESHOLD_MIN 10")
    exe = python_command()
    assert exe and os.path.exists(exe)
    ok, _ = BatchAreas().canExecute()
    assert ok  # dask and distributed are installed by make setup


CASES = {
    "accessibilitygrid": (lambda r, net: {"DESTINATIONS": r["services"],
                                          "CATEGORY_FIELD": "category", "NETWORK": net,
                                          "CELL_SIZE": 150}, "cell_id", {}),
    "sdg1171": (lambda r, net: {"BUILTUP": r["builtup"], "OPEN_SPACES": r["parks"],
                                "NETWORK": net, "POPULATION": r["homes"],
                                "POPULATION_FIELD": "population",
                                "GROUP_FIELDS": ["children", "elderly"]}, "home_id", {}),
    "greenspacecoverage": (lambda r, net: {"PARKS": r["parks"], "NETWORK": net,
                                           "POPULATION": r["homes"],
                                           "POPULATION_FIELD": "population"}, "home_id",
                           {"UNDERSERVED": "TEMPORARY_OUTPUT"}),
    "floodexposure": (lambda r, net: {"HAZARD": r["hazard"], "EXPOSURE": r["buildings"],
                                      "POPULATION_FIELD": "population"}, "building_id", {}),
}


@pytest.mark.parametrize("alg", sorted(CASES))
def test_other_algorithms_over_tiles_equal_one_qgis_run(alg, prepared, region, run_alg,
                                                        tmp_path):
    """The same check for the other four algorithms, the areas computed in this process (the
    runner's --workers 0): field names and every value as urbanplan:<alg> writes them."""
    from urbanplan_plugin.batch.runner import run_batch
    make, key, extra = CASES[alg]
    params = make(region, prepared["OUTPUT"])
    qgis_out = str(tmp_path / "qgis.gpkg")
    run_alg(alg, dict(params, OUTPUT=qgis_out, **extra))
    raw = {k: ",".join(v) if isinstance(v, list) else str(v) for k, v in params.items()}
    res = run_batch(alg, region["tiles"], raw, str(tmp_path / "batch"), area_id="tile",
                    workers=0, progress=False)
    assert res.ok, res.failed
    q = QgsVectorLayer(qgis_out, "q", "ogr")
    b = QgsVectorLayer(str(tmp_path / "batch" / "result.gpkg") + "|layername=result", "b", "ogr")
    qnames = [n for n in q.fields().names() if n != "fid"]
    assert [n for n in b.fields().names() if n not in ("fid", "batch_area")] == qnames
    qv, bv = _values(q, key), _values(b, key)
    assert qv.keys() == bv.keys() and len(qv) > 100
    for k, row in qv.items():
        for n in qnames:
            assert bv[k][n] == row[n], (k, n, bv[k][n], row[n])
