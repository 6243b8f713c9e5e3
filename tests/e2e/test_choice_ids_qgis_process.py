"""qgis_process takes a choice by its text id (MODE=ponding), still by its option number
(MODE=1), refuses a wrong one with the accepted values, and its help lists the ids."""
import json

import numpy as np
import pytest

from qgis_finder import qgis_process, qgis_process_env, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")]

TIMEOUT = 180


@pytest.fixture(scope="module")
def qp_env(tmp_path_factory):
    return qgis_process_env(tmp_path_factory.mktemp("qgis_process_choices"), timeout=TIMEOUT)


@pytest.fixture(scope="module")
def dem(tmp_path_factory):
    """5 x 5 cells of 1 m at 10 m elevation with one closed hollow of 8.5 m in the middle:
    ponding fills it to its spill point, 10 m: one cell, 1.5 m deep, 1.5 m³."""
    from urbanplan_plugin.core.geometry.rastergrid import Grid
    from urbanplan_plugin.qgis_io.rasters import write_geotiff
    values = np.full((5, 5), 10.0, dtype=np.float32)
    values[2, 2] = 8.5
    path = tmp_path_factory.mktemp("dem") / "dem.tif"
    return write_geotiff(str(path), values, Grid(300000.0, 7400005.0, 1.0, 1.0, 5, 5),
                         crs="EPSG:32723")


def _floodextent(qp_env, dem, tmp_path, mode):
    out = tmp_path / f"depth_{mode}.tif"
    return run([qgis_process(), "--json", "run", "urbanplan:floodextent", "--", f"DEM={dem}",
                f"MODE={mode}", f"OUTPUT={out}"], qp_env, timeout=TIMEOUT)


def _results(proc):
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    text = proc.stdout
    return json.loads(text[text.find("{"):])["results"]


def test_mode_by_text_id_and_by_number(qp_env, dem, tmp_path):
    by_id = _results(_floodextent(qp_env, dem, tmp_path, "ponding"))
    assert by_id["FLOODED_CELLS"] == 1
    assert by_id["MAX_DEPTH_M"] == pytest.approx(1.5)
    assert by_id["FLOODED_VOLUME_M3"] == pytest.approx(1.5)
    by_number = _results(_floodextent(qp_env, dem, tmp_path, "1"))
    assert {k: v for k, v in by_number.items() if k != "OUTPUT"} == \
        {k: v for k, v in by_id.items() if k != "OUTPUT"}


def test_wrong_mode_exits_1_with_the_accepted_values(qp_env, dem, tmp_path):
    proc = _floodextent(qp_env, dem, tmp_path, "puddle")
    text = proc.stdout + proc.stderr
    assert proc.returncode == 1
    assert "'puddle' is not a valid MODE. Use one of: level, ponding" in text
    assert "Traceback" not in text


def test_help_lists_the_ids(qp_env):
    proc = run([qgis_process(), "help", "urbanplan:floodextent"], qp_env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "MODE (default: level):" in proc.stdout
    assert "- ponding (1):" in proc.stdout
