"""servicearea, accessibilitygrid and supplydemand through qgis_process: the same numbers as
processing.run inside Python."""
import json

import pytest

from conftest import DATA
from qgis_finder import qgis_process, qgis_process_env, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")]

TIMEOUT = 240


def _json(proc):
    text = proc.stdout
    start = text.find("{")
    assert start >= 0, f"no JSON in qgis_process output:\n{proc.stdout}\n{proc.stderr}"
    return json.loads(text[start:])


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    return qgis_process_env(tmp_path_factory.mktemp("qgis_process_catch"), timeout=TIMEOUT)


@pytest.fixture(scope="module")
def hexes(tmp_path_factory):
    """A copy of the São Paulo hexagons (opening a GeoPackage writes to its header)."""
    import shutil
    src = DATA / "sao_paulo" / "spo_hexgrid_EPSG32723.gpkg"
    dst = tmp_path_factory.mktemp("spo_e2e") / src.name
    shutil.copy(src, dst)
    return str(dst)


def _same_as_processing_run(alg, params, results, keys):
    from qgis import processing
    ref = processing.run(f"urbanplan:{alg}", {**params, "OUTPUT": "memory:"})
    for k in keys:
        assert results[k] == pytest.approx(ref[k], rel=1e-9), k


def test_servicearea_cli(qp_env, tmp_path, run_alg, hexes):
    lines = f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    params = {"FACILITIES": f"{hexes}|subset=\"schools\" > 1", "NETWORK": lines,
              "BANDS": "5,10", "BAND_MODE": 1}
    out = tmp_path / "areas.gpkg"
    proc = run([qgis_process(), "--json", "run", "urbanplan:servicearea", "--"]
               + [f"{k}={v}" for k, v in params.items()] + [f"OUTPUT={out}"],
               qp_env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = _json(proc)["results"]
    assert res["FACILITIES_USED"] > 0 and res["LARGEST_BAND_AREA_KM2"] > 0
    _same_as_processing_run("servicearea", params, res,
                            ["LARGEST_BAND_AREA_KM2", "FACILITIES_USED"])


def test_supplydemand_bad_input_exits_1(qp_env, tmp_path, hexes):
    lines = f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"
    proc = run([qgis_process(), "--json", "run", "urbanplan:supplydemand", "--",
                f"SUPPLY={hexes}", "SUPPLY_FIELD=schools", f"DEMAND={hexes}",
                "POPULATION_FIELD=population", f"NETWORK={lines}", "CATCHMENT_MIN=0",
                f"OUTPUT={tmp_path / 'x.gpkg'}"], qp_env, timeout=TIMEOUT)
    assert proc.returncode == 1
    assert "catchment" in (proc.stdout + proc.stderr)
