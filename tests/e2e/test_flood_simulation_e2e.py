"""`qgis_process run urbanplan:floodsimulation` on the workshop's terrain (QGIS's own Python,
as a model or a script calls it): the rasters and the summary numbers come back, the mass
balance closes, the log names the engine, and the numpy engine (forced with
URBANPLAN_FLOOD_KERNEL=numpy, as on a QGIS without numba) gives the same answer."""
import json

import pytest

from conftest import ROOT
from qgis_finder import qgis_process, qgis_process_env, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")]

TIMEOUT = 600
TERRAIN = ROOT / "resources" / "workshop" / "terrain_synthetic.tif"


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    return qgis_process_env(tmp_path_factory.mktemp("qgis_process"), timeout=TIMEOUT)


def _simulate(env, folder):
    folder.mkdir()
    outs = [f"{k}={folder / (k.lower() + '.tif')}"
            for k in ("MAX_DEPTH", "MAX_VELOCITY", "HAZARD", "ARRIVAL_H", "RECESSION_H")]
    proc = run([qgis_process(), "--json", "run", "urbanplan:floodsimulation", "--",
                f"DEM={TERRAIN}", "RAIN_MM=30", "DURATION_H=0.5", "HYETOGRAPH=chicago",
                "SIMULATION_H=0.75", "DRAINAGE_MM_H=10", "BOUNDARY=open",
                f"SUMMARY={folder / 'summary.gpkg'}", *outs], env, timeout=TIMEOUT)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    text = proc.stdout
    return json.loads(text[text.find("{"):]), proc.stdout + proc.stderr


def test_flood_simulation_through_qgis_process_on_both_engines(qp_env, tmp_path):
    import numpy as np
    from osgeo import gdal
    compiled, log_c = _simulate(qp_env, tmp_path / "auto")
    res = compiled["results"]
    assert abs(res["MASS_BALANCE_ERROR_PCT"]) < 0.5
    assert res["MAX_DEPTH_M"] > 0.05 and res["FLOODED_AREA_M2"] >= 0
    assert res["RAIN_VOLUME_M3"] > 0
    depth_c = gdal.Open(str(tmp_path / "auto" / "max_depth.tif")).ReadAsArray()
    assert depth_c.shape == gdal.Open(str(TERRAIN)).ReadAsArray().shape
    env = dict(qp_env, URBANPLAN_FLOOD_KERNEL="numpy")
    plain, log_n = _simulate(env, tmp_path / "numpy")
    assert "numpy engine" in log_n
    try:
        import numba  # noqa: F401 - is QGIS's Python the one with numba?
        assert "compiled engine" in log_c
    except ImportError:
        assert "numpy engine" in log_c
    for key in ("MAX_DEPTH_M", "FLOODED_AREA_M2", "RAIN_VOLUME_M3", "OUTFLOW_VOLUME_M3"):
        assert plain["results"][key] == pytest.approx(res[key], rel=1e-6, abs=1e-6), key
    depth_n = gdal.Open(str(tmp_path / "numpy" / "max_depth.tif")).ReadAsArray()
    assert np.allclose(depth_c, depth_n, atol=1e-5)
