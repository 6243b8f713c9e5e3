"""Translation helpers: one place that knows the plugin's Qt translation context."""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "UrbanPlan"
I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")
_translator = None


def tr(text):
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text)


def user_locale():
    """The QGIS interface language, e.g. 'zh_CN' or 'es' (QGIS's locale/userLocale setting)."""
    settings = QSettings()
    if settings.value("locale/overrideFlag", False, type=bool) or settings.value("locale/userLocale"):
        loc = settings.value("locale/userLocale", "") or ""
    else:
        loc = ""
    return str(loc or QLocale.system().name())


def install_translator():
    """Load i18n/urbanplan_<locale>.qm (or the language part alone) if it exists."""
    global _translator
    if _translator is not None:
        return _translator
    loc = user_locale()
    for name in (loc, loc.split("_")[0]):
        path = os.path.join(I18N_DIR, f"urbanplan_{name}.qm")
        if name and os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _translator = translator
                break
    return _translator
