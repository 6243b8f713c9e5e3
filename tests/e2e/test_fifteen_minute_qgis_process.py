"""urbanplan:fifteenminutecity from qgis_process gives the same answer as processing.run."""
import json

import pytest

from conftest import DATA
from qgis_finder import qgis_process, qgis_process_env, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")]

TIMEOUT = 240


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    return qgis_process_env(tmp_path_factory.mktemp("qgis_process_15min"), timeout=TIMEOUT)


def test_same_answer_as_processing_run(qp_env, tmp_path, run_alg):
    hexes = str(DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg")
    lines = f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    params = {"ORIGINS": hexes, "POPULATION_FIELD": "population", "DESTINATIONS": hexes,
              "CATEGORY_FIELD": "schools", "NETWORK": lines, "THRESHOLD_MIN": "10",
              "PRESET": "none"}
    out = tmp_path / "access.gpkg"
    args = [qgis_process(), "--json", "run", "urbanplan:fifteenminutecity", "--"]
    args += [f"{k}={v}" for k, v in params.items()] + [f"OUTPUT={out}"]
    proc = run(args, qp_env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = proc.stdout
    res = json.loads(text[text.find("{"):])["results"]
    local = run_alg("fifteenminutecity", dict(params, THRESHOLD_MIN=10.0, OUTPUT="memory:"))
    assert res["POP_TOTAL"] == local["POP_TOTAL"] == 517570
    assert res["POP_SHARE_ALL_WITHIN"] == pytest.approx(local["POP_SHARE_ALL_WITHIN"], abs=1e-12)
    from qgis.core import QgsVectorLayer
    written = QgsVectorLayer(str(out), "access", "ogr")

    def score(f):
        v = f["score"]
        return None if v is None or (hasattr(v, "isNull") and v.isNull()) else float(v)
    by_id = {f["id"]: score(f) for f in written.getFeatures()}
    mem = {f["id"]: score(f) for f in local["OUTPUT"].getFeatures()}
    assert by_id.keys() == mem.keys()
    assert all((by_id[k] is None) == (mem[k] is None) for k in mem)
    assert all(by_id[k] == pytest.approx(mem[k]) for k in mem if mem[k] is not None)


def test_bad_speed_exits_1_with_our_message(qp_env, tmp_path):
    hexes = str(DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg")
    lines = f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    proc = run([qgis_process(), "--json", "run", "urbanplan:fifteenminutecity", "--",
                f"ORIGINS={hexes}", f"DESTINATIONS={hexes}", f"NETWORK={lines}",
                "WALK_SPEED_KMH=0", f"OUTPUT={tmp_path / 'x.gpkg'}"], qp_env, timeout=TIMEOUT)
    assert proc.returncode == 1
    assert "walking speed must be more than 0" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
