"""Engine errors (core.common.errors.UrbanPlanError, raised in Qt-free code with an English
template and named values) reach the user in the interface language:
qgis_io.layers.engine_errors translates the template with tr() and then fills in the values.
Without a translator they stay English."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import memory_layer

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
LRELEASE = shutil.which("lrelease")

pytestmark = pytest.mark.skipif(LRELEASE is None, reason="lrelease (qttools5-dev-tools) missing")


@pytest.fixture(scope="module")
def engine_qm_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("qm_engine")
    for ts in sorted((ROOT / "urbanplan_plugin" / "i18n").glob("urbanplan_*.ts")):
        subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(out / (ts.stem + ".qm"))],
                       check=True, timeout=120)
    return out


@pytest.fixture
def language(engine_qm_dir, monkeypatch, provider):
    """Install the plugin's translator for a locale; remove it and restore the settings after."""
    from qgis.PyQt.QtCore import QSettings

    from urbanplan_plugin import i18n
    monkeypatch.setattr(i18n, "I18N_DIR", str(engine_qm_dir))
    settings = QSettings()
    saved = {k: settings.value(k) for k in ("locale/userLocale", "locale/overrideFlag")}

    def switch(locale):
        settings.setValue("locale/userLocale", locale)
        settings.setValue("locale/overrideFlag", True)
        return i18n.install_translator()

    yield switch
    i18n.remove_translator()
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def _no_geometry_check():
    from qgis.core import QgsFeatureRequest, QgsProcessingContext
    ctx = QgsProcessingContext()
    ctx.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return ctx


def _zero_length_error(run_alg):
    from qgis.core import QgsProcessingException
    layer = memory_layer("LineString", "EPSG:32723", ["LineString(3 3, 3 3)"])
    with pytest.raises(QgsProcessingException) as err:
        run_alg("preparewalknetwork", {"INPUT": layer, "OUTPUT": "memory:"},
                context=_no_geometry_check())
    return str(err.value)


def test_engine_error_in_chinese_then_english(language, run_alg):
    from urbanplan_plugin import i18n
    assert language("zh_CN") is not None
    message = _zero_length_error(run_alg)
    assert CJK.search(message), message
    assert "所有线段长度均为零" in message
    assert "{" not in message  # the values are filled in after translation
    assert "All line segments" not in message

    i18n.remove_translator()
    message = _zero_length_error(run_alg)
    assert message.startswith("All line segments have zero length"), message
    assert not CJK.search(message), message


def test_engine_message_fills_translated_template(language):
    from urbanplan_plugin.core.common.errors import UrbanPlanError
    from urbanplan_plugin.qgis_io.layers import engine_message
    language("fr")
    exc = UrbanPlanError("Field '{f}' must be in both result layers.", f="pop")
    assert engine_message(exc) == "Le champ 'pop' doit figurer dans les deux couches de résultats."
    # a template without a translation stays English, values filled in
    exc = UrbanPlanError("No such message {x:.1f} anywhere.", x=2.25)
    assert engine_message(exc) == "No such message 2.2 anywhere."
    # a plain message (no values) is never formatted: braces are safe
    assert engine_message(UrbanPlanError("Use {braces} as is.")) == "Use {braces} as is."
