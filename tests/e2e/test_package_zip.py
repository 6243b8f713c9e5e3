"""`make package`: the zip QGIS's "Install from ZIP" accepts, and that it loads in qgis_process."""
import configparser
import shutil
import subprocess
import zipfile

import pytest

from conftest import ROOT
from qgis_finder import make_profile, qgis_process, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TIMEOUT = 180
PLUGIN = "urbanplan_plugin"


def metadata_version():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "metadata.txt", encoding="utf-8")
    return cfg["general"]["version"]


@pytest.fixture(scope="module")
def package_zip():
    if shutil.which("make") is None or shutil.which("zip") is None:
        pytest.skip("make or zip not installed")
    # -o setup: the environment is already set up (this test runs inside it)
    proc = subprocess.run(["make", "-o", "setup", "package"], cwd=ROOT, capture_output=True,
                          text=True, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    path = ROOT / "dist" / f"{PLUGIN}-{metadata_version()}.zip"
    assert path.exists(), proc.stdout
    return path


def test_zip_layout(package_zip):
    with zipfile.ZipFile(package_zip) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
        meta = zf.read(f"{PLUGIN}/metadata.txt").decode("utf-8")
    assert all(n.startswith(f"{PLUGIN}/") for n in names), "everything inside urbanplan_plugin/"
    for required in ("__init__.py", "metadata.txt", "LICENSE", "CHANGELOG.md", "provider.py",
                     "resources/icons/urbanplan.svg", "algorithms/preparewalknetwork.py",
                     "core/network/build.py"):
        assert f"{PLUGIN}/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts"))]
    assert f"version={metadata_version()}" in meta and "hasProcessingProvider=yes" in meta
    # the icon named in metadata.txt is inside the package
    icon = next(line.split("=", 1)[1] for line in meta.splitlines() if line.startswith("icon="))
    assert f"{PLUGIN}/{icon.strip()}" in names


def test_zip_holds_the_documentation(package_zip):
    """The user guide, the algorithm pages, the workshop sheets (English and Chinese) and the
    sources ship as HTML, so the Help buttons work offline; every docs/*.md has its page."""
    with zipfile.ZipFile(package_zip) as zf:
        names = set(zf.namelist())
        guide = zf.read(f"{PLUGIN}/docs/user_guide.html").decode("utf-8")
        algorithms = zf.read(f"{PLUGIN}/docs/algorithms.html").decode("utf-8")
    pages = {p.stem for p in (ROOT / "docs").glob("*.md")}
    for page in pages | {"index"}:
        assert f"{PLUGIN}/docs/{page}.html" in names, page
    for page in ("user_guide", "algorithms", "workshop_2h", "workshop_1day", "workshop_2h.zh_CN",
                 "workshop_1day.zh_CN", "sources"):
        assert page in pages
    assert f"{PLUGIN}/docs/urbanplan.css" in names
    assert 'href="sources.html' in guide or 'href="sources.html' in algorithms or \
        f"{PLUGIN}/docs/sources.html" in names
    assert 'id="fifteenminutecity"' in algorithms


@pytest.mark.skipif(qgis_process() is None, reason="qgis_process not installed")
def test_unzipped_plugin_loads_in_qgis_process(package_zip, tmp_path):
    with zipfile.ZipFile(package_zip) as zf:
        zf.extractall(tmp_path / "unzipped")
    plugin_dir = tmp_path / "unzipped" / PLUGIN
    assert not (plugin_dir / "metadata.txt").is_symlink()
    env = make_profile(tmp_path / "profile", plugin_dir=plugin_dir, enable=False)
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = run([qgis_process(), "plugins", "enable", PLUGIN], env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = run([qgis_process(), "list"], env, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr
    assert "urbanplan:preparewalknetwork" in proc.stdout
    # and QGIS lists it as an enabled plugin
    proc = run([qgis_process(), "plugins"], env, timeout=TIMEOUT)
    assert PLUGIN in proc.stdout
