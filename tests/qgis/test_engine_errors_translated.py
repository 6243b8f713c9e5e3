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


class _Log:
    """Collects what an algorithm pushes to the log."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        log = self

        class Feedback(QgsProcessingFeedback):
            def pushInfo(self, info):  # noqa: N802
                log.lines.append(info)
                super().pushInfo(info)

            def pushWarning(self, warning):  # noqa: N802
                log.lines.append(warning)
                super().pushWarning(warning)
        self.lines = []
        self.feedback = Feedback()


def _two_pieces_network(run_alg):
    """preparewalknetwork on two separate streets: the engine logs the connected components."""
    layer = memory_layer("LineString", "EPSG:32723", ["LineString(0 0, 100 0)",
                                                      "LineString(0 500, 300 500)"])
    log = _Log()
    run_alg("preparewalknetwork", {"INPUT": layer, "OUTPUT": "memory:"}, feedback=log.feedback)
    return [line for line in log.lines if "75.0" in line]


def test_engine_log_lines_in_the_interface_language(language, run_alg):
    """Engine log lines (core.common.messages.log_line) are translated like engine errors."""
    from urbanplan_plugin import i18n
    language("zh_CN")
    lines = _two_pieces_network(run_alg)
    assert lines and CJK.search(lines[0]), lines
    assert "网络有 2 个连通分量" in lines[0] and "75.0%" in lines[0], lines
    language("es")
    lines = _two_pieces_network(run_alg)
    assert lines and lines[0].startswith("La red tiene 2 componentes conexos"), lines
    i18n.remove_translator()
    lines = _two_pieces_network(run_alg)
    assert lines and lines[0].startswith("The network has 2 connected components"), lines


def test_log_line_keeps_its_template_and_falls_back_to_english():
    from urbanplan_plugin.core.common import messages
    line = messages.log_line("Dropped {n} zero-length segment(s).", n=3)
    assert line.template == "Dropped {n} zero-length segment(s)." and line.values == {"n": 3}
    assert line.english() == "Dropped 3 zero-length segment(s)."
    saved = messages._translator[0]
    try:
        messages.set_translator(lambda t: "broken {m}")     # a translation with a wrong name
        assert str(messages.log_line("Dropped {n} x.", n=3)) == "Dropped 3 x."
        messages.set_translator(None)
        assert str(messages.log_line("Dropped {n} x.", n=3)) == "Dropped 3 x."
    finally:
        messages.set_translator(saved)
