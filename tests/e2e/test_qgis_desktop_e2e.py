"""Real QGIS desktop under Xvfb with the plugin enabled in a throw-away profile.

tests/e2e/desktop_script.py runs inside QGIS (``qgis --code``): it waits for
iface.initializationCompleted, checks the provider, the 'UrbanPlan' menu and toolbar, runs
preparewalknetwork on São Paulo through processing.run, shows the result on the canvas and saves
screenshots to tests/_artifacts/ (qgis_desktop_window.png, qgis_desktop_canvas.png,
qgis_desktop_menu.png; look at them). The test fails on any Python error in QGIS's message log
or on stderr, and on a missing or incomplete result."""
import json
import os
import re

import pytest

from conftest import ARTIFACTS, DATA
from qgis_finder import make_profile, qgis_desktop, run, xvfb_run

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_desktop() is None or xvfb_run() is None,
                                 reason="QGIS desktop or xvfb-run not installed")]

TIMEOUT = 180
SCRIPT = os.path.join(os.path.dirname(__file__), "desktop_script.py")
# QGIS's own start-up noise on stderr that is not ours and not an error
HARMLESS_STDERR = (re.compile(r"DeprecationWarning: setapi\(\) is deprecated"),
                   re.compile(r"^<string>:\d+:"),
                   re.compile(r"QStandardPaths"),
                   re.compile(r"^\s*$"))


def python_errors(result, stderr):
    errors = list(result.get("errors", []))
    for msg in result.get("messages", []):
        tag, level, text = msg["tag"], msg["level"], msg["message"]
        # Qgis.MessageLevel: 0 Info, 1 Warning, 2 Critical, 3 Success
        if tag == "Python error":
            errors.append(f"[{tag}] {text}")
        elif tag == "Python warning" and "urbanplan" in text.lower():
            # warnings from other packages (e.g. a FutureWarning in a library) are not ours
            errors.append(f"[{tag}] {text}")
        elif "Traceback (most recent call last)" in text:
            errors.append(f"[{tag}] {text}")
        elif tag.lower().startswith("urbanplan") and level == 2:
            errors.append(f"[{tag}] {text}")
    lines = [ln for ln in stderr.splitlines()
             if not any(p.search(ln) for p in HARMLESS_STDERR)]
    joined = "\n".join(lines)
    if "Traceback (most recent call last)" in joined or re.search(r"\b\w+Error: ", joined):
        errors.append("stderr:\n" + joined[-4000:])
    return errors


def test_qgis_desktop_loads_plugin_runs_algorithm_and_shows_result(tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = "qgis_desktop"
    result_file = ARTIFACTS / f"{name}_result.json"
    for old in ARTIFACTS.glob(f"{name}_*"):
        old.unlink()
    env = make_profile(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) X display, not offscreen
    env.update({"URBANPLAN_E2E_OUT": str(ARTIFACTS), "URBANPLAN_E2E_NAME": name,
                "URBANPLAN_E2E_INPUT": f"{DATA / 'sao_paulo' / 'spo_osm.pbf'}|layername=lines"})
    proc = run([xvfb_run(), "-a", "-s", "-screen 0 1600x1000x24", qgis_desktop(), "--nologo",
                "--noversioncheck", "--code", SCRIPT], env, timeout=TIMEOUT, cwd=tmp_path)
    assert result_file.exists(), f"QGIS wrote no result (exit {proc.returncode}):\n" \
                                 f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    result = json.loads(result_file.read_text(encoding="utf-8"))
    errors = python_errors(result, proc.stderr)
    assert not errors, "\n\n".join(errors)
    assert result.get("done"), f"the script stopped early: {result.get('steps')}"

    assert result["provider"]
    assert {"urbanplan:preparewalknetwork", "urbanplan:downloadosmnetwork"} <= \
        set(result["algorithms"])
    assert result["menu_title"] == "UrbanPlan" and result["menu_in_menubar"]
    actions = [a for group in result["menu_groups"].values() for a in group]
    assert "urbanplan_preparewalknetwork" in actions
    assert "urbanplan_preparewalknetwork" in result["toolbar_actions"]

    numbers = result["numbers"]
    assert numbers["EDGE_COUNT"] > 5000 and 0.9 < numbers["LARGEST_COMPONENT_SHARE"] <= 1
    assert result["layer_valid"] and result["layer_features"] == numbers["EDGE_COUNT"]
    # written by a script, never loaded by Processing: the file still carries its style
    assert result["default_style"] == "RuleRenderer", result["default_style"]
    for png in result["screenshots"]:
        assert os.path.getsize(png) > 20_000, f"{png} looks empty"
