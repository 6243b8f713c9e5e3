"""The scenario and compare docks in real QGIS desktop under Xvfb.

tests/e2e/scenario_docks_script.py runs inside QGIS: loads the climate-shelter example, runs the
15-minute city comparison for the baseline and two scenarios in the background, adds the
difference layer, saves screenshots of both docks, the chart, the canvas and the linked views to
tests/_artifacts/ (look at them), then saves the project as .qgz and opens it again."""
import json
import os

import pytest

from conftest import ARTIFACTS
from qgis_finder import make_profile, qgis_desktop, run, xvfb_run
from test_qgis_desktop_e2e import python_errors

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_desktop() is None or xvfb_run() is None,
                                 reason="QGIS desktop or xvfb-run not installed")]

TIMEOUT = 200
SCRIPT = os.path.join(os.path.dirname(__file__), "scenario_docks_script.py")


def test_scenario_docks_in_qgis_desktop(tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = "scenario_docks"
    result_file = ARTIFACTS / f"{name}_result.json"
    if result_file.exists():
        result_file.unlink()
    env = make_profile(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)
    env.update({"URBANPLAN_E2E_OUT": str(ARTIFACTS), "URBANPLAN_E2E_NAME": name})
    proc = run([xvfb_run(), "-a", "-s", "-screen 0 1800x1050x24", qgis_desktop(), "--nologo",
                "--noversioncheck", "--code", SCRIPT], env, timeout=TIMEOUT, cwd=tmp_path)
    assert result_file.exists(), f"QGIS wrote no result (exit {proc.returncode}):\n" \
                                 f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    result = json.loads(result_file.read_text(encoding="utf-8"))
    errors = python_errors(result, proc.stderr)
    assert not errors, "\n\n".join(errors)
    assert result.get("done"), f"the script stopped early: {result.get('steps')}"
    assert result["docks"] == ["UrbanPlanScenarioDock", "UrbanPlanCompareDock"]
    assert result["example_scenarios"] == ["5 new shelters", "15 new shelters"]
    assert result["form"]["PRESET"] == "barcelona_climate_shelters"
    headers = [" ".join(h.split()) for h in result["table_headers"]]
    assert headers[:3] == ["Indicator", "Baseline", "5 new shelters"]
    # indicators of one kind under one heading, each row naming its category and group
    rows = [r[0].strip() for r in result["table"]]
    assert "Share within the threshold (%)" in rows   # the schema's label, with its unit
    assert "shelter_10min, pop_65plus" in rows
    assert any(lbl.startswith("Better access") for lbl in result["legend"])
    assert result["saved"] and result["reopened"]
    assert result["scenarios_after_reopen"] == ["5 new shelters", "15 new shelters"]
    assert all(n > 0 for n in result["sketch_features_after_reopen"].values())
    for png in result["screenshots"].values():
        assert os.path.getsize(png) > 10_000, f"{png} looks empty"
