"""The workshop kit as a planner sees it: real QGIS desktop under Xvfb on a 1600 x 1000 screen,
in English and in Simplified Chinese (tests/e2e/user_view_script.py runs inside QGIS).

The workshop project is opened from the menu, both UrbanPlan docks are opened from the toolbar
and left where QGIS docks them (on the right), the Compare dock runs the 15-minute city for the
baseline and "3 new climate shelters", then the project is saved, closed and opened again.
Checked: the docks are usable at that size (the scenario list and several table rows are
visible), numbers read as numbers, the chart draws without missing glyphs or layout warnings,
the comparison layers are GeoPackage layers beside the project that keep their features and
styles after reopening. Screenshots: tests/_artifacts/user_view_<lang>_*.png (look at them)."""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTIFACTS, ROOT
from qgis_finder import make_profile, qgis_desktop, run, xvfb_run
from test_qgis_desktop_e2e import python_errors

pytestmark = [pytest.mark.e2e, pytest.mark.slow,
              pytest.mark.skipif(qgis_desktop() is None or xvfb_run() is None,
                                 reason="QGIS desktop or xvfb-run not installed"),
              pytest.mark.skipif(shutil.which("lrelease") is None,
                                 reason="lrelease (qttools5-dev-tools) missing")]

SCRIPT = os.path.join(os.path.dirname(__file__), "user_view_script.py")
TIMEOUT = 300
CJK = re.compile(r"[\u4e00-\u9fff]")
NOISE = ("Glyph", "missing from current font", "Tight layout not applied",
         "not available", "tight_layout")


def compile_translations():
    for ts in sorted((ROOT / "urbanplan_plugin" / "i18n").glob("urbanplan_*.ts")):
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, timeout=120)


def build_docs():
    """The offline pages (what `make docs` builds into build/docs; a checkout's plugin finds
    them there, an installed one in its docs/ folder)."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_docs.py"), "--out",
                    str(ROOT / "build" / "docs")], check=True, timeout=120)


def run_user_view(tmp_path, lang):
    compile_translations()
    build_docs()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = f"user_view_{lang}"
    for old in ARTIFACTS.glob(f"{name}_*"):
        old.unlink()
    env = make_profile(tmp_path / "profile")
    ini = Path(env["QGIS_CUSTOM_CONFIG_PATH"]) / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    with open(ini, "a", encoding="utf-8") as fh:
        fh.write(f"\n[locale]\nuserLocale={lang}\noverrideFlag=true\n")
    env.pop("QT_QPA_PLATFORM", None)
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    out = tmp_path / "out"
    out.mkdir()
    env.update({"HOME": str(home), "URBANPLAN_E2E_OUT": str(out), "URBANPLAN_E2E_NAME": name,
                "LANG": "C.UTF-8"})
    proc = run([xvfb_run(), "-a", "-s", "-screen 0 1600x1000x24", qgis_desktop(), "--nologo",
                "--noversioncheck", "--code", SCRIPT], env, timeout=TIMEOUT, cwd=tmp_path)
    for f in out.glob(f"{name}_*"):
        shutil.copy(f, ARTIFACTS / f.name)
    (ARTIFACTS / f"{name}_stderr.txt").write_text(proc.stderr, encoding="utf-8")
    result_file = out / f"{name}_result.json"
    assert result_file.exists(), f"QGIS wrote no result (exit {proc.returncode}):\n" \
                                 f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    result = json.loads(result_file.read_text(encoding="utf-8"))
    errors = python_errors(result, proc.stderr)
    assert not errors, "\n\n".join(errors)
    assert result.get("done"), f"the script stopped early: {result.get('steps')}"
    return result, proc.stderr, home


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_workshop_comparison_as_a_user_sees_it(tmp_path, lang):
    result, stderr, home = run_user_view(tmp_path, lang)
    assert result["window"][0] <= 1600 and result["window"][1] <= 1000
    # nothing QGIS or matplotlib complains about: fonts, glyphs, chart layout
    noisy = [ln for ln in stderr.splitlines() if any(n in ln for n in NOISE)]
    noisy += [m["message"] for m in result["messages"] if any(n in m["message"] for n in NOISE)]
    assert not noisy, "\n".join(noisy[:20])
    # menu groups in workflow order, two distinct dock icons, docks on the right
    assert len(result["menu_groups"]) == 7
    if lang == "en":
        assert result["menu_groups"] == ["Prepare", "Walkability", "Public space", "Flood",
                                         "Scenarios", "Report", "Batch"]
    else:
        assert result["menu_groups"] == ["准备", "步行可达性", "公共空间", "洪水", "情景", "报告",
                                         "批处理"]
    assert result["dock_icons_distinct"]
    assert set(result["dock_areas"]) == {result["right_area"]}
    # the Scenario dock shows its whole scenario list
    lst = result["scenario_list"]
    assert lst["count"] == 3 and lst["visible_rows"] == 3, lst
    # the results table shows several rows; numbers read as numbers
    assert result["table_visible_rows"] >= 5, result["table_visible_rows"]
    cells = [c for row in result["table"] for c in row[1:]]
    assert cells and not [c for c in cells if re.fullmatch(r"[+-]?[\d,]+\.0( .*)?", c)], cells
    # the comparison group is open, its change layer shown, the new shelters drawn
    group = result["comparison_group"]
    assert group["expanded"], group
    assert any(v["visible"] and v["features"] > 0 for v in group["layers"].values()), group
    assert all(v["provider"] == "ogr" for v in group["layers"].values()), group
    assert any(v["visible"] and v["features"] == 3 for v in result["sketches"].values()), \
        result["sketches"]
    # side-by-side maps open on a field that changes
    assert result["linked_field"] and not result["linked_field"].startswith("pop")
    # saved, closed, opened again: the comparison layers keep their features and style
    assert result["saved"] and result["reopened"]
    again = result["after_reopen"]
    assert again and all(v["valid"] and v["features"] > 0 for v in again.values()), again
    change = [v for v in again.values() if v["renderer"] == "categorizedSymbol"]
    assert change and all(v["categories"] >= 2 for v in change), again
    assert all(v.get("default_style") == v["renderer"] for v in again.values()), again
    # run again in the reopened project and saved again: one group, new files beside it
    second = result["after_second_run"]
    assert result["saved_again"] and second["groups"] == 1, second
    assert all(v["features"] > 0 for v in second["layers"].values()), second
    assert {v["source"] for v in second["layers"].values()}.isdisjoint(
        {v["source"] for v in again.values()}), second
    folder = os.path.splitext(result["project_file"])[0] + "_comparisons"
    assert all(os.path.dirname(v["source"].split("|")[0]) == folder for v in again.values())
    # help and the exercises open the pages installed with the plugin (offline)
    assert result["help_url"].startswith("file://") and \
        result["help_url"].endswith("algorithms.html#fifteenminutecity"), result["help_url"]
    sheet = "workshop_2h.zh_CN.html" if lang == "zh_CN" else "workshop_2h.html"
    urls = list(result["exercise_buttons"].values())
    assert len(urls) == 1 and urls[0].startswith("file://") and urls[0].endswith(sheet), urls
    if lang == "zh_CN":
        assert result["plugin_locale"] == "zh_CN"
        assert list(result["exercise_buttons"]) == ["打开练习"]
        assert CJK.search(result["table_headers"][1]), result["table_headers"]
    for png in result["screenshots"].values():
        assert os.path.getsize(png) > 10_000, f"{png} looks empty"
