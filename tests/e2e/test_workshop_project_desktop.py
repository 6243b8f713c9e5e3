"""The workshop project in real QGIS desktop under Xvfb: "UrbanPlan > Open workshop project…"
copies and opens it offline (no network: the run is isolated), every layer is valid, its three
scenarios are in the project and in the Scenario dock, each runs through urbanplan:scorecard
(baseline vs scenario on every lens) and urbanplan:report writes their report. Screenshots:
tests/_artifacts/workshop_window.png, workshop_window_after.png, workshop_canvas.png (look at
them)."""
import json
import os
import shutil

import pytest

from conftest import ARTIFACTS
from qgis_finder import make_profile, qgis_desktop, run, xvfb_run
from test_qgis_desktop_e2e import python_errors

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_desktop() is None or xvfb_run() is None,
                                 reason="QGIS desktop or xvfb-run not installed")]

SCRIPT = os.path.join(os.path.dirname(__file__), "workshop_script.py")
TIMEOUT = 300


def test_workshop_project_opens_and_its_scenarios_run(tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = "workshop"
    for old in ARTIFACTS.glob(f"{name}_*"):
        old.unlink()
    env = make_profile(tmp_path / "profile")
    env.pop("QT_QPA_PLATFORM", None)
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    out = tmp_path / "out"      # this run's own folder: nothing else can write into it
    out.mkdir()
    env.update({"HOME": str(home), "URBANPLAN_E2E_OUT": str(out),
                "URBANPLAN_E2E_NAME": name})
    proc = run([xvfb_run(), "-a", "-s", "-screen 0 1600x1000x24", qgis_desktop(), "--nologo",
                "--noversioncheck", "--code", SCRIPT], env, timeout=TIMEOUT, cwd=tmp_path)
    for f in out.glob(f"{name}_*"):
        if f.suffix in (".png", ".json", ".pdf", ".html"):
            shutil.copy(f, ARTIFACTS / f.name)
    result_file = out / f"{name}_result.json"
    assert result_file.exists(), f"QGIS wrote no result (exit {proc.returncode}):\n" \
                                 f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    result = json.loads(result_file.read_text(encoding="utf-8"))
    errors = python_errors(result, proc.stderr)
    assert not errors, "\n\n".join(errors)
    assert result.get("done"), f"the script stopped early: {result.get('steps')}"

    assert result["menu_action"] == "Open workshop project…"
    # the copy went to the (throw-away) Documents folder, the shipped project is untouched
    assert result["project_file"] == str(home / "Documents" / "UrbanPlan workshop" /
                                         "helsinki_workshop.qgz")
    assert len(result["layers"]) >= 12 and all(result["layers"].values()), result["layers"]
    names = result["scenarios"]
    assert len(names) == 3 and result["dock_scenarios"] == names
    cards = result["scorecards"]
    shelters = next(v for k, v in cards.items() if "shelters" in k)
    park = cards["Pocket park on an idle plot"]
    flood = cards["Water at 2.0 m"]
    for card in cards.values():
        assert card["analyses"] >= 4
    # new shelters: more people reach a shelter; a pocket park: more people covered by a park;
    # more water: more people exposed
    # (since the fragment rule, 0.2.0, homes beside the main streets are no longer stranded on
    # small pieces: 99 % of people already reach a shelter, so the share cannot grow much; the
    # walk to the nearest shelter gets shorter)
    walk = shelters["rows"]["median_time_min|any_category|all"]
    assert walk["verdict"] == "better" and walk["scenario"] < walk["baseline"]
    assert shelters["rows"]["POP_SHARE_ALL_WITHIN"]["verdict"] in ("better", "same")
    # nearly everyone in central Helsinki already has some park within 1 km: the scorecard's
    # 'covered by any class' stays; the pocket-park class (300 m) and m² per resident grow
    assert "worse" not in [r["verdict"] for r in park["rows"].values()]
    gain = result["pocket_park"]
    assert not gain["missing"]
    assert float(gain["scenario"]["pop_cov_pocket_park"]) > \
        float(gain["baseline"]["pop_cov_pocket_park"])
    assert float(gain["scenario"]["park_m2_per_resident"]) > \
        float(gain["baseline"]["park_m2_per_resident"])
    assert flood["rows"]["EXPOSED_POPULATION"]["verdict"] == "worse"
    assert flood["rows"]["EXPOSED_POPULATION"]["scenario"] > \
        flood["rows"]["EXPOSED_POPULATION"]["baseline"]
    assert os.path.getsize(result["report"]["OUTPUT_PDF"]) > 20_000
    for png in result["screenshots"]:
        assert os.path.getsize(png) > 20_000, f"{png} looks empty"
