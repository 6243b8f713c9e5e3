"""The plugin as QGIS's command-line runner sees it: qgis_process with the plugin enabled in a
throw-away profile (no iface; only initProcessing() is called)."""
import json

import pytest

from conftest import DATA
from qgis_finder import qgis_process, qgis_process_env, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")]

TIMEOUT = 180


def _json(proc):
    text = proc.stdout
    start = text.find("{")
    assert start >= 0, f"no JSON in qgis_process output:\n{proc.stdout}\n{proc.stderr}"
    return json.loads(text[start:])


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    return qgis_process_env(tmp_path_factory.mktemp("qgis_process"), timeout=TIMEOUT)


def test_list_shows_urbanplan_algorithms(qp_env):
    proc = run([qgis_process(), "list"], qp_env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr
    assert "urbanplan:preparewalknetwork" in proc.stdout
    assert "urbanplan:downloadosmnetwork" in proc.stdout


def test_run_preparewalknetwork_returns_numbers(qp_env, tmp_path):
    out = tmp_path / "walk.gpkg"
    src = f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    proc = run([qgis_process(), "--json", "run", "urbanplan:preparewalknetwork", "--",
                f"INPUT={src}", "OSM_FILTER=true", "SNAP_TOLERANCE=0.5", f"OUTPUT={out}"],
               qp_env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = _json(proc)["results"]
    assert res["EDGE_COUNT"] > 5000 and res["NODE_COUNT"] > 3000
    assert 1 <= res["COMPONENTS"] < 200
    assert 0.9 < res["LARGEST_COMPONENT_SHARE"] <= 1.0
    assert 300 < res["TOTAL_LENGTH_KM"] < 2000
    assert out.exists()
    # read the written GeoPackage back (plain SQLite, independent of QGIS and GDAL) and recount
    import sqlite3
    with sqlite3.connect(out) as db:
        (table,) = db.execute("SELECT table_name FROM gpkg_contents "
                              "WHERE data_type = 'features'").fetchone()
        count, total_m = db.execute(f'SELECT COUNT(*), SUM(length_m) FROM "{table}"').fetchone()
    assert count == res["EDGE_COUNT"]
    total = total_m / 1000
    assert total == pytest.approx(res["TOTAL_LENGTH_KM"], rel=1e-9)


def test_bad_input_exits_1_with_our_message(qp_env, tmp_path, sample_copy):
    polygons = sample_copy("sao_paulo/spo_hexgrid_EPSG32723.gpkg")  # QGIS 3.44 writes into it
    proc = run([qgis_process(), "--json", "run", "urbanplan:preparewalknetwork", "--",
                f"INPUT={polygons}", f"OUTPUT={tmp_path / 'bad.gpkg'}"], qp_env, timeout=TIMEOUT)
    assert proc.returncode == 1
    assert "polygons geometry, but lines are needed" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_downloadosmnetwork_offline_file(qp_env, tmp_path):
    out = tmp_path / "osm.gpkg"
    osm = DATA / "helsinki" / "helsinki_centre_streets.osm"
    proc = run([qgis_process(), "--json", "run", "urbanplan:downloadosmnetwork", "--",
                f"OSM_FILE={osm}", f"OUTPUT={out}"], qp_env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = _json(proc)["results"]
    assert res["EDGE_COUNT"] > 300 and 10 < res["TOTAL_LENGTH_KM"] < 15
