"""Real QGIS desktop under Xvfb, set to Simplified Chinese (``locale/userLocale=zh_CN`` in a
throw-away profile): the plugin loads its zh_CN translation and the Processing toolbox shows the
UrbanPlan provider with Chinese group and algorithm names.

The .ts sources are compiled into urbanplan_plugin/i18n/*.qm first (what `make translations`
does; the .qm files are git-ignored). tests/e2e/translations_desktop_script.py runs inside QGIS
and saves tests/_artifacts/qgis_desktop_zh_CN_toolbox.png (the toolbox, UrbanPlan expanded) and
qgis_desktop_zh_CN_screen.png: look at them (Chinese text must render, not boxes: the CJK font
fonts-wqy-microhei comes from tools/setup.sh)."""
import json
import os
import re
import shutil
import subprocess
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

TIMEOUT = 180
SCRIPT = os.path.join(os.path.dirname(__file__), "translations_desktop_script.py")
CJK = re.compile(r"[\u4e00-\u9fff]")


def compile_translations():
    for ts in sorted((ROOT / "urbanplan_plugin" / "i18n").glob("urbanplan_*.ts")):
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, timeout=120)


def test_toolbox_shows_chinese_names(tmp_path):
    compile_translations()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = "qgis_desktop_zh_CN"
    for old in ARTIFACTS.glob(f"{name}_*"):
        old.unlink()
    env = make_profile(tmp_path)
    ini = Path(env["QGIS_CUSTOM_CONFIG_PATH"]) / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    with open(ini, "a", encoding="utf-8") as fh:
        fh.write("\n[locale]\nuserLocale=zh_CN\noverrideFlag=true\n")
    env.pop("QT_QPA_PLATFORM", None)
    env.update({"URBANPLAN_E2E_OUT": str(ARTIFACTS), "URBANPLAN_E2E_NAME": name,
                "LANG": "C.UTF-8"})
    proc = run([xvfb_run(), "-a", "-s", "-screen 0 1600x1000x24", qgis_desktop(), "--nologo",
                "--noversioncheck", "--code", SCRIPT], env, timeout=TIMEOUT, cwd=tmp_path)
    result_file = ARTIFACTS / f"{name}_result.json"
    assert result_file.exists(), f"QGIS wrote no result (exit {proc.returncode}):\n" \
                                 f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    result = json.loads(result_file.read_text(encoding="utf-8"))
    errors = python_errors(result, proc.stderr)
    assert not errors, "\n\n".join(errors)
    assert result.get("done"), f"the script stopped early: {result.get('steps')}"

    assert result["plugin_locale"] == "zh_CN" and result["translator_loaded"]
    assert result["provider"] and result["provider_in_tree"]
    names = result["display_names"]
    assert names["fifteenminutecity"] == "15分钟生活圈：步行可达的日常服务"
    assert all(CJK.search(n) for n in names.values()), names
    assert {"准备", "步行可达性", "公共空间", "洪水", "情景", "报告"} <= set(result["groups"])
    # the toolbox tree under UrbanPlan: groups (depth 0) and algorithms (depth 1), in Chinese
    rows = result["tree_rows"]
    shown = {text for depth, text in rows if depth == 1}
    assert set(names.values()) <= shown, set(names.values()) - shown
    assert all(CJK.search(text) for _, text in rows), rows
    assert result["menu_title"] == "UrbanPlan"
    assert all(CJK.search(g) for g in result["menu_groups"]), result["menu_groups"]
    for png in result["screenshots"]:
        assert os.path.getsize(png) > 20_000, f"{png} looks empty"
    assert len(result["screenshots"]) == 2
