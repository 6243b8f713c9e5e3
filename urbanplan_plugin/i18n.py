"""Translation helpers: one place that knows the plugin's Qt translation context."""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "UrbanPlan"
I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")


def tr(text):
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text)


def _engine_translations():
    """The engine's log lines (core.common.messages.log_line) in the interface language."""
    from .core.common import messages
    messages.set_translator(tr)


_engine_translations()


LANGUAGE_FILES = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh_sg": "zh_CN", "zh_hans": "zh_CN",
                  "pt_br": "pt", "pt_pt": "pt"}
"""Locales whose file has another name: Simplified Chinese is zh_CN whatever the region spelling
(Traditional zh_TW/zh_HK has no file and stays English); one Portuguese file (Brazilian usage)
serves pt, pt_BR and pt_PT."""
TRADITIONAL = {"tw", "hk", "mo", "hant"}

_translator = None
_translator_locale = None


def _normalise(loc):
    """'zh-Hans-CN.UTF-8' -> 'zh_Hans_CN'; None/'C'/'POSIX' -> ''."""
    loc = str(loc or "").split(".")[0].split("@")[0].replace("-", "_").strip()
    return "" if loc in ("C", "POSIX") else loc


def user_locale():
    """The QGIS interface language, e.g. 'zh_CN' or 'es'.

    QGIS 3.22 writes the language it starts in to the ``locale/userLocale`` setting (the system
    locale unless ``locale/overrideFlag`` is set, or ``--lang``) so that plugins follow it; newer
    versions keep the user's choice there and report the running translation through
    ``QgsApplication.translation()``. An explicit override wins, then the running translation,
    then the stored setting, then the system locale."""
    settings = QSettings()
    stored = _normalise(settings.value("locale/userLocale", "") or "")
    override = str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1")
    if override and stored:
        return stored
    running = ""
    try:
        from qgis.core import QgsApplication
        app = QgsApplication.instance()
        if app is not None and hasattr(app, "translation"):
            running = _normalise(app.translation())
    except Exception:  # noqa: BLE001 - no QGIS application (plain Qt): fall back below
        running = ""
    return running or stored or _normalise(QLocale.system().name())


def translation_files(loc, directory=None):
    """Candidate .qm paths for locale ``loc``, most specific first (existing or not)."""
    directory = directory or I18N_DIR
    loc = _normalise(loc)
    names = []
    parts = loc.split("_") if loc else []
    if parts and parts[0].lower() == "zh" and {p.lower() for p in parts[1:]} & TRADITIONAL:
        parts = parts[:1] + [p for p in parts[1:] if p.lower() in TRADITIONAL][:1]
        return [os.path.join(directory, f"urbanplan_{'_'.join(parts)}.qm")]
    for i in range(len(parts), 0, -1):
        name = "_".join(parts[:i])
        for cand in (name, LANGUAGE_FILES.get(name.lower())):
            if cand and cand not in names:
                names.append(cand)
    return [os.path.join(directory, f"urbanplan_{n}.qm") for n in names]


def install_translator(locale=None, directory=None):
    """Load i18n/urbanplan_<locale>.qm for the QGIS interface language (or ``locale``), e.g.
    urbanplan_zh_CN.qm, or the language's file (pt_BR -> urbanplan_pt.qm). English needs no
    file. Installing again for another locale replaces the previous translator."""
    global _translator, _translator_locale
    loc = _normalise(locale) if locale else user_locale()
    if _translator is not None and loc == _translator_locale:
        return _translator
    remove_translator()
    for path in translation_files(loc, directory):
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _translator, _translator_locale = translator, loc
                break
    return _translator


def remove_translator():
    """Take the plugin's translator out again (plugin unload, or before switching language)."""
    global _translator, _translator_locale
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
    _translator, _translator_locale = None, None


def tr_indicator(ind_id):
    """The translated readable name of an indicator id, e.g. 'share_within|school|pop_65plus' ->
    'Share within the threshold: school, pop_65plus' in the interface language (the label and
    the summary words come from core.scenarios.lenses; category and group names are data and stay as
    they are). tr(indicator_label(x)) cannot do this: the joined label is not in the catalogue."""
    from .core.scenarios.lenses import SUMMARY_WORDS, head_label
    parts = str(ind_id).split("|")
    head = head_label(parts[0], tr)
    rest = [tr(SUMMARY_WORDS[p]) if SUMMARY_WORDS.get(p) else p
            for p in parts[1:] if SUMMARY_WORDS.get(p, p)]
    if not rest:
        return head
    return tr("{indicator}: {keys}").format(indicator=head, keys=tr(", ").join(rest))
